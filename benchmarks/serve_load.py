"""A load test of `reformkg serve` against 127.0.0.1 (issue 19): cheap requests keep answering while
runaway queries and stalled clients hit the server, and the server is idle again after they leave.

    .venv/bin/python benchmarks/serve_load.py [--project DIR] [--query-timeout 10] [--clients 200]
                                              [--requests 10] [--runaway 8] [--stalled 45]

Builds the real data in a temporary copy (or takes ``--project``, built) and starts `reformkg serve
--answer-cache 0 --query-timeout T` on a free port (so every cheap request reads its answer from
the build's answer files, none from memory). Then, bounded in count and time:

1. idle: the CPU and resident memory of the server and all its processes (from /proc) over 2 s;
2. alone (the baseline): ``--clients`` concurrent clients, each on its own connection, each sending
   ``--requests`` cheap requests (a canned query to /sparql, whose answer the build made: 1.2 ms
   of the server's CPU each, where an entity page takes 24 ms), ``--pause`` seconds apart on average (0.5× to 1.5×);
3. under attack: the same cheap clients, while ``--runaway`` clients send a cartesian product
   that never ends (and send it again as soon as they are answered, after Retry-After when
   told), ``--stalled`` clients send a POST whose body comes one byte a second (each reconnects
   when it is answered), and one client sends a small query the engine must answer every 0.5 s;
   Steps 2 and 3 take turns ``--rounds`` times, so that the machine's other load weighs on both;
4. after: every client leaves; how long until the server's processes are idle again (CPU under
   5 % of one core over 0.5 s), and their memory then against idle (both measured with every
   worker having answered one small query, so that each has opened the store).

Prints the Markdown recorded in benchmarks/README.md (section serve, load test). Crashes are the
server process ending, and any 500 or broken connection.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from reformkg.pipeline.orchestrate import build
from reformkg.query.catalog import canned_queries
from reformkg.settings import Project

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SMALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s a rko:Region }  # request "  # + a number: no answer is reused
TICK = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


# --------------------------------------------------------------------------- /proc


def tree(pid: int) -> set[int]:
    out, todo = {pid}, [pid]
    while todo:
        p = todo.pop()
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                kids = {int(c) for c in (task / "children").read_text().split()}
            except OSError:
                continue
            todo += list(kids - out)
            out |= kids
    return out


def ticks(pids) -> int:
    total = 0
    for p in pids:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except OSError:
            pass
    return total


def rss(pids) -> int:
    total = 0
    for p in pids:
        try:
            total += int(Path(f"/proc/{p}/statm").read_text().split()[1]) * PAGE
        except OSError:
            pass
    return total


def cpu_share(pid: int, seconds: float) -> float:
    """The server's processes' CPU over ``seconds``, as a share of one core."""
    pids = tree(pid)
    before = ticks(pids)
    time.sleep(seconds)
    return (ticks(pids | tree(pid)) - before) / TICK / seconds


# --------------------------------------------------------------------------- a small HTTP/1.1 client


class Conn:
    """One keep-alive connection; requests written by hand, answers read by Content-Length."""

    def __init__(self, port: int):
        self.port = port
        self.reader = self.writer = None

    async def open(self):
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)

    async def request(self, method: str, target: str, headers: dict | None = None, body: bytes = b"") -> tuple[int, dict, bytes]:
        if self.writer is None:
            await self.open()
        head = [f"{method} {target} HTTP/1.1", "Host: 127.0.0.1"]
        head += [f"{k}: {v}" for k, v in (headers or {}).items()]
        if body or method == "POST":
            head.append(f"Content-Length: {len(body)}")
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        await self.writer.drain()
        return await self.response()

    async def response(self) -> tuple[int, dict, bytes]:
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionError("closed")
        status = int(status_line.split()[1])
        headers = {}
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            k, _, v = line.decode("latin-1").partition(":")
            headers[k.strip().lower()] = v.strip()
        body = await self.reader.readexactly(int(headers.get("content-length", "0")))
        if headers.get("connection", "").lower() == "close":
            self.close()
        return status, headers, body

    def close(self):
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


def pct(values, p):
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


# --------------------------------------------------------------------------- the clients


async def cheap_client(port: int, targets: list[str], n: int, pause: float, out: dict, rng: random.Random):
    conn = Conn(port)
    await asyncio.sleep(rng.uniform(0, 1.0))
    for _ in range(n):
        target = rng.choice(targets)
        headers = {"Accept": "application/sparql-results+json"}
        t0 = time.perf_counter()
        try:
            status, _, _ = await conn.request("GET", target, headers)
        except (ConnectionError, OSError, asyncio.IncompleteReadError):
            out["errors"] += 1
            conn.close()
            continue
        out["times"].append(time.perf_counter() - t0)
        out["status"][status] += 1
        await asyncio.sleep(rng.uniform(0.5 * pause, 1.5 * pause))
    conn.close()


async def runaway_client(port: int, stop: asyncio.Event, out: dict):
    body = urlencode({"query": RUNAWAY}).encode()
    while not stop.is_set():
        conn = Conn(port)
        t0 = time.perf_counter()
        try:
            status, headers, _ = await conn.request("POST", "/sparql", {"Content-Type": "application/x-www-form-urlencoded",
                                                                         "Accept": "text/csv"}, body)
        except (ConnectionError, OSError, asyncio.IncompleteReadError):
            out["errors"] += 1
            status, headers = None, {}
        conn.close()
        out["status"][status] += 1
        if status == 504:
            out["504 after"].append(time.perf_counter() - t0)
        if status == 503:
            await asyncio.sleep(min(float(headers.get("retry-after", 1)), 2))


async def stalled_client(port: int, stop: asyncio.Event, out: dict):
    while not stop.is_set():
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                         b"Content-Length: 1000\r\n\r\n")
            t0 = time.perf_counter()
            answered = None
            for _ in range(1000):
                writer.write(b" ")
                await writer.drain()
                try:
                    line = await asyncio.wait_for(reader.readline(), 1.0)
                except TimeoutError:
                    if stop.is_set():
                        break
                    continue
                answered = int(line.split()[1]) if line else None
                break
            writer.close()
            out["status"][answered] += 1
            if answered == 408:
                out["408 after"].append(time.perf_counter() - t0)
        except (ConnectionError, OSError):
            out["errors"] += 1
            await asyncio.sleep(0.5)


async def small_client(port: int, stop: asyncio.Event, out: dict):
    conn = Conn(port)
    k = 0
    while not stop.is_set():
        k += 1
        t0 = time.perf_counter()
        try:
            status, _, _ = await conn.request("GET", "/sparql?query=" + quote(SMALL + str(k)), {"Accept": "text/csv"})
        except (ConnectionError, OSError, asyncio.IncompleteReadError):
            out["errors"] += 1
            conn.close()
            continue
        out["status"][status] += 1
        out["times"].append(time.perf_counter() - t0)
        await asyncio.sleep(0.5)
    conn.close()


async def warm_workers(port: int, n: int) -> None:
    async def one(k):
        await Conn(port).request("GET", "/sparql?query=" + quote(SMALL + f"warm {k}"), {"Accept": "text/csv"})

    await asyncio.gather(*(one(k) for k in range(n)))


def fresh(kind: str) -> dict:
    return {"times": [], "status": Counter(), "errors": 0, "504 after": [], "408 after": [], "kind": kind}


async def hostile(port: int, runaways: int, stalls: int, seconds: float, stop, out) -> None:
    """The hostile clients, until ``stop`` is set; their counts put in ``out``."""
    runaway, stalled, small = fresh("runaway"), fresh("stalled"), fresh("small")
    done = asyncio.Event()
    tasks = [asyncio.create_task(runaway_client(port, done, runaway)) for _ in range(runaways)]
    tasks += [asyncio.create_task(stalled_client(port, done, stalled)) for _ in range(stalls)]
    tasks.append(asyncio.create_task(small_client(port, done, small)))
    while not stop.is_set():
        await asyncio.sleep(0.1)
    done.set()
    _, pending = await asyncio.wait(tasks, timeout=seconds + 5)
    for t in pending:
        t.cancel()
    out.send((runaway, stalled, small))


def hostile_process(port: int, runaways: int, stalls: int, seconds: float, stop, out) -> None:
    os.nice(10)  # they would be on other machines: their own work does not take the server's CPU here
    asyncio.run(hostile(port, runaways, stalls, seconds, stop, out))


async def phase(port: int, targets, args, attack: bool, seed: int):
    """The cheap clients in this process, the hostile ones (with ``attack``) in another: on other
    machines, as they would be, their own work does not delay the cheap clients' clocks."""
    rng = random.Random(seed)
    cheap = fresh("cheap")
    if attack:
        ctx = multiprocessing.get_context("spawn")
        stop, (receiver, sender) = ctx.Event(), ctx.Pipe(duplex=False)
        other = ctx.Process(target=hostile_process, args=(port, args.runaway, args.stalled, args.query_timeout, stop, sender))
        other.start()
        await asyncio.sleep(2.0)  # the workers taken, the stalled bodies on their way
    t0 = time.perf_counter()
    await asyncio.gather(*(cheap_client(port, targets, args.requests, args.pause, cheap, rng)
                           for _ in range(args.clients)))
    took = time.perf_counter() - t0
    if not attack:
        return took, cheap, fresh("runaway"), fresh("stalled"), fresh("small")
    stop.set()
    runaway, stalled, small = await asyncio.get_running_loop().run_in_executor(None, receiver.recv)
    other.join(10)
    return took, cheap, runaway, stalled, small


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--project", type=Path, help="a built project (default: the real data, built in a temporary copy)")
    ap.add_argument("--query-timeout", type=float, default=10.0)
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--requests", type=int, default=10, help="cheap requests per client")
    ap.add_argument("--pause", type=float, default=1.0, help="mean seconds between a client's requests (0.5× to 1.5×)")
    ap.add_argument("--runaway", type=int, default=8)
    ap.add_argument("--stalled", type=int, default=45)
    ap.add_argument("--rounds", type=int, default=2, help="rounds of (alone, under attack)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.project:
            project = Project.at(args.project)
        else:
            for part in ("data", "ontology", "shapes", "queries"):
                shutil.copytree(ROOT / part, Path(tmp) / part)
            project = Project(Path(tmp))
            build(project)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        proc = subprocess.Popen([str(Path(sys.executable).parent / "reformkg"), "--project", str(project.root), "serve",
                                 "--port", str(port), "--quiet", "--answer-cache", "0",
                                 "--query-timeout", str(args.query_timeout)], stderr=subprocess.PIPE)
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.1)
            targets = [f"/sparql?query={quote(q.text)}" for q in canned_queries(project.queries)]
            asyncio.run(phase(port, targets, argparse.Namespace(**{**vars(args), "clients": 5, "requests": 3}), False, 0))
            asyncio.run(warm_workers(port, 8))  # every worker has opened the store, as after any engine query
            time.sleep(3.0)  # the workers up, the first requests' imports done
            idle_cpu = cpu_share(proc.pid, 2.0)
            idle_rss, idle_main = rss(tree(proc.pid)), rss([proc.pid])
            print(f"`serve --answer-cache 0 --query-timeout {args.query_timeout:g}` on 127.0.0.1, "
                  f"{len(tree(proc.pid)) - 1} processes under it; {os.cpu_count()} CPUs")
            print(f"load average of the machine before: {os.getloadavg()[0]:.1f}; {args.clients} clients, "
                  f"{args.requests} requests each, {args.pause:g} s apart on average")
            print(f"idle: CPU {idle_cpu * 100:.1f} % of a core, memory {idle_rss / 2**20:.0f} MB (all its processes)\n")
            rounds = []  # alone and under attack in turn: the machine's other load drifts over both alike
            for k in range(args.rounds):
                rounds.append(("alone", asyncio.run(phase(port, targets, args, False, 2 * k + 1))))
                rounds.append(("under attack", asyncio.run(phase(port, targets, args, True, 2 * k + 2))))
            left = time.monotonic()
            alive = proc.poll() is None
            back = None
            while time.monotonic() - left < 3 * args.query_timeout:
                if cpu_share(proc.pid, 0.5) < 0.05:
                    back = time.monotonic() - left
                    break
            asyncio.run(warm_workers(port, 8))  # the fresh workers open the store, as at idle
            time.sleep(1.0)
            after_rss, after_main = rss(tree(proc.pid)), rss([proc.pid])
            after_cpu = cpu_share(proc.pid, 2.0)
            alive = alive and proc.poll() is None
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        print("| cheap requests | clients | requests | took s | p50 ms | p95 ms | p99 ms | max ms | statuses | broken |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|")
        for k, (name, (took, cheap, *_rest)) in enumerate(rounds):
            name = f"{name}, round {k // 2 + 1}"
            t = cheap["times"]
            print(f"| {name} | {args.clients} | {len(t)} | {took:.1f} | {statistics.median(t) * 1e3:.1f} "
                  f"| {pct(t, 95) * 1e3:.1f} | {pct(t, 99) * 1e3:.1f} | {max(t) * 1e3:.1f} "
                  f"| {dict(sorted(cheap['status'].items()))} | {cheap['errors']} |")
        alone = [t for name, r in rounds if name == "alone" for t in r[1]["times"]]
        attacked = [t for name, r in rounds if name != "alone" for t in r[1]["times"]]
        print(f"| **all alone** | | {len(alone)} | | {statistics.median(alone) * 1e3:.1f} | {pct(alone, 95) * 1e3:.1f} "
              f"| {pct(alone, 99) * 1e3:.1f} | {max(alone) * 1e3:.1f} | | |")
        print(f"| **all under attack** | | {len(attacked)} | | {statistics.median(attacked) * 1e3:.1f} "
              f"| {pct(attacked, 95) * 1e3:.1f} | {pct(attacked, 99) * 1e3:.1f} | {max(attacked) * 1e3:.1f} | | |")
        print(f"\np99 under attack / p99 alone: {pct(attacked, 99) / pct(alone, 99):.2f}×\n")

        def merged(i):
            out = fresh("")
            for name, r in rounds:
                if name != "alone":
                    out["status"].update(r[i]["status"])
                    out["errors"] += r[i]["errors"]
                    for key in ("times", "504 after", "408 after"):
                        out[key] += r[i][key]
            return out

        runaway, stalled, small = merged(2), merged(3), merged(4)
        print("| hostile clients | count | statuses | broken | note |\n|---|---:|---|---:|---|")
        note = (f"504 after {statistics.median(runaway['504 after']):.1f} s (median, from sending: a wait for a "
                "worker included)" if runaway["504 after"] else "")
        print(f"| runaway (cartesian product, resent at once) | {args.runaway} | {dict(runaway['status'])} "
              f"| {runaway['errors']} | {note} |")
        note = (f"408 after {statistics.median(stalled['408 after']):.1f} s (median)" if stalled["408 after"] else "")
        print(f"| stalled body (1 byte/s, reconnecting) | {args.stalled} | {dict(stalled['status'])} "
              f"| {stalled['errors']} | {note} |")
        st = small["times"]
        note = f"p50 {statistics.median(st) * 1e3:.0f} ms, max {max(st) * 1e3:.0f} ms" if st else ""
        print(f"| small engine query every 0.5 s | 1 | {dict(small['status'])} | {small['errors']} | {note} |")
        cheap_all = [r[1] for _name, r in rounds]
        fives = sum(n for d in (*cheap_all, runaway, stalled, small) for s, n in d["status"].items() if s == 500)
        broken = sum(d["errors"] for d in (*cheap_all, small))
        print(f"\ncrashes: server {'alive' if alive else 'ENDED'}; {fives} answers 500; {broken} broken connections "
              "of cheap and small clients")
        back_text = f"{back:.1f} s" if back is not None else "NEVER (within 3× the time limit)"
        print(f"after the clients left: CPU under 5 % of a core after {back_text} "
              f"(time limit {args.query_timeout:g} s); then {after_cpu * 100:.1f} % (idle {idle_cpu * 100:.1f} %)")
        print(f"memory after: {after_rss / 2**20:.0f} MB, idle {idle_rss / 2**20:.0f} MB: "
              f"{(after_rss / idle_rss - 1) * 100:+.1f} % (the server process {idle_main / 2**20:.0f} → "
              f"{after_main / 2**20:.0f} MB, its workers and helpers {(idle_rss - idle_main) / 2**20:.0f} → "
              f"{(after_rss - after_main) / 2**20:.0f} MB)")


if __name__ == "__main__":
    main()
