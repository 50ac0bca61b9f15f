"""The build on a Dask distributed cluster against the local build (issue 23): wall and CPU time
of a cold build of a synthetic corpus, ``reformkg build`` with its default local worker processes
(``REFORMKG_JOBS=2``) against ``reformkg build --scheduler`` on a local cluster of two single-threaded
worker processes, in alternating rounds; the overhead ratio is distributed / local, per round.

    python benchmarks/distributed_build.py --pages 1000 --rounds 2 [--work /tmp/reformkg-dask]

Every build is cold: an empty page cache (``REFORMKG_CACHE`` in the work directory), no
``build/``, no registry memo (``REFORMKG_BASE_MEMO=0``). Each runs as its own process; its CPU
is RUSAGE_CHILDREN (the build and its local workers), plus, for the cluster, the CPU the
scheduler and the two workers spent meanwhile (from /proc). The cluster is started once, before
the first round (its start-up is reported apart, as a cluster that is already running). The two
builds' dumps and manifests are compared: the same bytes, or the script stops.

The phases are the build's own (``BuildResult.phases``): ``pages`` is the part that runs on the
cluster; the rest (the store, the canned answers) runs in the building process in both.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import socket
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import make_corpus  # noqa: E402

BIN = Path(sys.executable).parent
TICK = os.sysconf("SC_CLK_TCK")

# A build in a process of its own: its result, as JSON on stdout.
BUILD = """
import json, sys
from reformkg.settings import Project
from reformkg.pipeline.orchestrate import build
res = build(Project.at(sys.argv[1]), scheduler=sys.argv[2] or None)
print(json.dumps({"generation": res.generation, "pages": res.pages, "quads": res.quads, "cached": res.cached,
                  "seconds": res.seconds, "phases": res.phases}))
"""


def cpu_of(pids: list[int]) -> float:
    """User + system seconds of the processes so far (/proc/PID/stat)."""
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / TICK


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_cluster(work: Path, workers: int = 2):
    address = f"tcp://127.0.0.1:{free_port()}"
    log = open(work / "cluster.log", "wb")
    t = time.perf_counter()
    procs = [subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port",
                               address.rsplit(":", 1)[1], "--no-dashboard"], stdout=log, stderr=log)]
    procs += [subprocess.Popen([str(BIN / "dask"), "worker", address, "--nthreads", "1", "--no-nanny",
                                "--host", "127.0.0.1", "--no-dashboard"], stdout=log, stderr=log)
              for _ in range(workers)]
    from distributed import Client

    with Client(address, timeout=60, set_as_default=False) as client:
        client.wait_for_workers(workers, timeout=120)
    return address, procs, time.perf_counter() - t


def digest(project: Path) -> str:
    """sha256 of the current generation's dump and manifest."""
    gen = (project / "build" / "current").resolve()
    h = hashlib.sha256()
    for p in sorted([*(gen / "nquads").rglob("*"), gen / "manifest.json"]):
        if p.is_file():
            h.update(str(p.relative_to(gen)).encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def cold_build(project: Path, work: Path, scheduler: str, cluster: list[int]) -> dict:
    shutil.rmtree(project / "build", ignore_errors=True)
    cache = work / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    env = {**os.environ, "REFORMKG_CACHE": str(cache), "REFORMKG_BASE_MEMO": "0", "REFORMKG_JOBS": "2"}
    cpu0, ccpu0, t = children_cpu(), cpu_of(cluster), time.perf_counter()
    out = subprocess.run([sys.executable, "-c", BUILD, str(project), scheduler], env=env, capture_output=True,
                         text=True)
    wall = time.perf_counter() - t
    if out.returncode != 0:
        sys.exit(f"the build failed: {out.stderr.strip()}")
    res = json.loads(out.stdout.strip().splitlines()[-1])
    res.update(wall=wall, cpu_build=children_cpu() - cpu0, cpu_cluster=cpu_of(cluster) - ccpu0,
               digest=digest(project), load=os.getloadavg()[0])
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--work", type=Path, default=Path("/tmp/reformkg-dask"))
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    project = args.work / f"corpus-{args.pages}"
    t = time.perf_counter()
    make_corpus(args.pages, project)
    print(f"corpus of {args.pages} pages in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    address, procs, started = start_cluster(args.work)
    print(f"cluster of 2 workers started in {started:.1f} s", file=sys.stderr)
    cluster = [p.pid for p in procs]
    load0 = os.getloadavg()
    runs: list[tuple[str, dict]] = []
    try:
        for r in range(args.rounds):
            order = [("local", ""), ("cluster", address)]
            for name, scheduler in (order if r % 2 == 0 else order[::-1]):  # alternating: neither always first
                res = cold_build(project, args.work, scheduler, cluster if scheduler else [])
                runs.append((name, res))
                print(f"round {r + 1} {name}: {res['wall']:.1f} s wall, pages {res['phases'].get('pages', 0):.1f} s, "
                      f"CPU {res['cpu_build']:.1f} + {res['cpu_cluster']:.1f} s, load {res['load']:.2f}, "
                      f"{res['generation']}, dump {res['digest'][:16]}", file=sys.stderr)
    finally:
        for p in procs[1:] + procs[:1]:  # the workers first: a worker whose scheduler is gone hangs on closing
            p.terminate()
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
    load1 = os.getloadavg()
    digests = {res["digest"] for _, res in runs}
    generations = {res["generation"] for _, res in runs}
    if len(digests) != 1 or len(generations) != 1:
        sys.exit(f"the builds differ: {generations}, {digests}")
    first = runs[0][1]
    print(f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; {args.pages} synthetic pages, {first['quads']} quads, "
          f"{args.rounds} round(s); load average (1 min) {load0[0]:.2f} before, {load1[0]:.2f} after; "
          f"the same generation {first['generation']} and dump every time\n")
    print("| round | build | wall s | pages phase s | CPU s (build + cluster) | wall ratio | pages ratio | CPU ratio |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    local = {}
    for n, (name, res) in enumerate(runs):
        r = n // 2 + 1
        cpu = res["cpu_build"] + res["cpu_cluster"]
        if name == "local":
            local[r] = res
        row = (f"| {r} | {name} | {res['wall']:.1f} | {res['phases'].get('pages', 0):.1f} | "
               f"{cpu:.1f} ({res['cpu_build']:.1f} + {res['cpu_cluster']:.1f}) ")
        runs[n] = (name, {**res, "row": row, "round": r})
    for name, res in runs:
        base = local[res["round"]]
        bcpu = base["cpu_build"] + base["cpu_cluster"]
        cpu = res["cpu_build"] + res["cpu_cluster"]
        print(res["row"] + f"| {res['wall'] / base['wall']:.2f} | "
              f"{res['phases'].get('pages', 0) / base['phases'].get('pages', 1):.2f} | {cpu / bcpu:.2f} |")
    print("\nphases (s): " + "; ".join(
        f"{name} {res['round']}: " + ", ".join(f"{k} {v:.1f}" for k, v in res["phases"].items()) for name, res in runs))


if __name__ == "__main__":
    main()
