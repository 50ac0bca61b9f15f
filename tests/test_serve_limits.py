"""`reformkg serve`'s limits really stop work (issue 19): a runaway query is answered 504 at its
time limit and its worker process is killed (its CPU free again) and replaced; a client that
leaves frees its worker too; a worker that grows past its memory limit is stopped; answers are
capped in rows and bytes with X-Reformkg-Truncated; a query finding every worker busy gets 503
with Retry-After while the answers a build made still come back at once; a body that does not
arrive in time is a 408; the first Ctrl-C or SIGTERM stops the server, running queries and all,
and leaves no process behind.

Each test runs the real server on 127.0.0.1 and looks at its processes in /proc."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from helpers import children
from test_serve import free_port, serving, wait_until_up

pytestmark = pytest.mark.slow  # starts servers

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # never ends
HOG = "SELECT ?a ?b WHERE { ?a ?p ?o . ?b ?q ?r } ORDER BY ?a ?b"  # sorts 2 billion rows: memory grows fast
CSV = {"Accept": "text/csv"}
JSON = {"Accept": "application/sparql-results+json"}
TIMEOUT = 2  # --query-timeout of the module's server
OPTIONS = ("--query-timeout", str(TIMEOUT), "--max-queries", "1", "--max-rows", "5", "--query-memory", "400")


# --------------------------------------------------------------------------- processes, from /proc


def descendants(pid: int) -> set[int]:
    out, todo = set(), [pid]
    while todo:
        for c in children(todo.pop()):
            if c not in out:
                out.add(c)
                todo.append(c)
    return out


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def cpu_ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])  # utime + stime


def workers(server: int) -> set[int]:
    """The query workers: the children of the fork server (the server's children are the fork
    server and multiprocessing's resource tracker)."""
    return {w for c in children(server) for w in children(c) if alive(w)}


def wait_for(predicate, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"{what} within {seconds} s")


def tree_ticks(server: int, seconds: float = 1.0) -> int:
    pids = {server, *descendants(server)}
    before = sum(cpu_ticks(p) for p in pids)
    time.sleep(seconds)
    return sum(cpu_ticks(p) for p in pids) - before


@pytest.fixture(scope="module")
def limited(built):
    with serving(built.root, *OPTIONS) as (base, proc):
        wait_for(lambda: workers(proc.pid), 20, "a query worker started")
        yield base, proc


def in_background(fn, *args, **kwargs):
    out = {}
    thread = threading.Thread(target=lambda: out.setdefault("value", fn(*args, **kwargs)), daemon=True)
    thread.start()
    return thread, out


# --------------------------------------------------------------------------- time limit and client gone


def test_a_runaway_query_gets_504_and_its_worker_is_killed(limited):
    base, proc = limited
    [before] = workers(proc.pid)
    started = time.monotonic()
    r = httpx.post(base + "/sparql", data={"query": RUNAWAY}, headers=CSV, timeout=30)
    took = time.monotonic() - started
    assert r.status_code == 504
    assert r.text == (f"the query did not finish within {TIMEOUT} s (serve --query-timeout) and was stopped; "
                      "narrow it (LIMIT, more specific patterns)\n")
    assert TIMEOUT <= took < TIMEOUT + 1.5
    assert not alive(before), "the runaway worker still runs"
    [after] = wait_for(lambda: workers(proc.pid), 10, "a fresh worker")
    assert after != before
    assert tree_ticks(proc.pid) < 20, "the server and its workers are not idle"  # < 0.2 s of CPU in 1 s
    ok = httpx.post(base + "/sparql", data={"query": "SELECT (COUNT(*) AS ?n) { ?s a rko:Region }"}, headers=CSV)
    assert ok.status_code == 200 and ok.text.startswith("n\r\n")


def test_a_client_that_leaves_frees_its_worker(limited):
    base, proc = limited
    [worker] = wait_for(lambda: workers(proc.pid), 10, "a worker")
    with socket.create_connection(("127.0.0.1", int(base.rsplit(":", 1)[1]))) as sock:
        body = str(httpx.QueryParams({"query": RUNAWAY})).encode()
        before = cpu_ticks(worker)
        sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                     b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
        time.sleep(1.2)
        # (the CPU it used since the query came, not over the last half second: a loaded machine lends it less)
        assert cpu_ticks(worker) - before > 5, "the worker runs the query"
    left = time.monotonic()
    wait_for(lambda: not alive(worker), 1.0, "the worker of a client that left is stopped")
    assert time.monotonic() - left < TIMEOUT - 0.5  # well before the time limit
    wait_for(lambda: workers(proc.pid), 10, "a fresh worker")


def test_a_query_past_its_memory_limit_is_stopped(limited):
    base, proc = limited
    [worker] = wait_for(lambda: workers(proc.pid), 10, "a worker")
    r = httpx.post(base + "/sparql", data={"query": HOG}, headers=CSV, timeout=30)
    assert r.status_code == 503
    assert r.text == "the query needed more than 400 MB (serve --query-memory) and was stopped; narrow it\n"
    assert not alive(worker)
    wait_for(lambda: workers(proc.pid), 10, "a fresh worker")


def test_the_query_form_says_so_too(limited):
    base, proc = limited
    wait_for(lambda: workers(proc.pid), 10, "a worker")
    r = httpx.get(base + "/", params={"query": RUNAWAY}, timeout=30)
    assert r.status_code == 504
    assert "the query did not finish within 2 s (serve --query-timeout) and was stopped" in r.text


# --------------------------------------------------------------------------- caps


def test_the_row_cap_truncates_with_the_header(limited):
    base, _ = limited
    q = "SELECT ?s WHERE { ?s a rko:Region } ORDER BY ?s"
    r = httpx.post(base + "/sparql", data={"query": q}, headers=JSON, timeout=30)
    assert r.status_code == 200 and r.headers["x-reformkg-truncated"] == "rows=5"
    assert len(json.loads(r.text)["results"]["bindings"]) == 5
    whole = httpx.post(base + "/sparql", data={"query": q + " LIMIT 5"}, headers=JSON, timeout=30)
    assert whole.status_code == 200 and "x-reformkg-truncated" not in whole.headers  # 5 rows: nothing cut
    assert json.loads(whole.text) == json.loads(r.text)
    graph = httpx.post(base + "/sparql", data={"query": "CONSTRUCT { ?s a rko:Region } WHERE { ?s a rko:Region }"},
                       headers={"Accept": "application/n-triples"}, timeout=30)
    assert graph.headers["x-reformkg-truncated"] == "rows=5" and len(graph.text.splitlines()) == 5


def test_the_byte_cap_sends_whole_rows_only(built):
    with serving(built.root, "--max-bytes", "2000") as (base, _):
        r = httpx.post(base + "/sparql", data={"query": "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"}, headers=JSON, timeout=60)
        assert r.status_code == 200 and r.headers["x-reformkg-truncated"] == "bytes=2000"
        assert 1000 < len(r.content) <= 2000
        assert json.loads(r.text)["results"]["bindings"]  # valid, with whole rows
        canned = httpx.post(base + "/sparql", data={"query": (built.queries / "example.rq").read_text()}, headers=CSV)
        assert canned.status_code == 200 and "x-reformkg-truncated" not in canned.headers


# --------------------------------------------------------------------------- bounded concurrency


def test_busy_workers_answer_503_while_canned_answers_come_back(limited, built):
    base, proc = limited
    wait_for(lambda: workers(proc.pid), 10, "a worker")
    runaway, _ = in_background(httpx.post, base + "/sparql", data={"query": RUNAWAY}, headers=CSV, timeout=30)
    time.sleep(0.5)  # the one worker is taken
    started = time.monotonic()
    r = httpx.post(base + "/sparql", data={"query": "ASK { ?s ?p ?o }"}, headers=CSV, timeout=30)
    assert r.status_code == 503
    assert r.text == "all 1 query workers are busy (serve --max-queries): try again shortly\n"
    assert 1 <= int(r.headers["retry-after"]) <= TIMEOUT
    assert time.monotonic() - started < TIMEOUT + 0.5
    example = (built.queries / "example.rq").read_text(encoding="utf-8")
    for _ in range(5):  # what the build answered needs no worker
        t0 = time.monotonic()
        canned = httpx.post(base + "/sparql", data={"query": example}, headers=CSV)
        assert canned.status_code == 200 and canned.text.startswith("region,qualifier,value")
        assert time.monotonic() - t0 < 0.5
    page = httpx.get(base + "/region/xunyang")
    assert page.status_code == 200
    runaway.join(30)


def test_a_body_that_does_not_arrive_is_a_408(limited):
    base, _ = limited
    with socket.create_connection(("127.0.0.1", int(base.rsplit(":", 1)[1]))) as sock:
        sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                     b"Content-Length: 100\r\n\r\nASK")
        sock.settimeout(TIMEOUT + 5)
        started = time.monotonic()
        reply = b""
        while not reply.endswith(b"\n\n") and b"--query-timeout)\n" not in reply:
            part = sock.recv(4096)
            if not part:
                break
            reply += part
        reply = reply.decode()
    assert reply.startswith("HTTP/1.1 408 ")
    assert reply.endswith(f"\r\n\r\nthe body did not arrive within {TIMEOUT} s (serve --query-timeout)\n")
    assert time.monotonic() - started < TIMEOUT + 1


# --------------------------------------------------------------------------- signals


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_one_signal_stops_the_server_and_its_queries(built, sig):
    port = free_port()
    proc = subprocess.Popen([str(Path(sys.executable).parent / "reformkg"), "--project", str(built.root), "serve",
                             "--port", str(port), "--quiet", "--max-queries", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/sparql", proc)
        wait_for(lambda: len(workers(proc.pid)) == 2, 20, "two workers")
        running = [in_background(httpx.post, base + "/sparql", data={"query": RUNAWAY}, headers=CSV, timeout=30)
                   for _ in range(2)]
        time.sleep(1.0)
        tree = descendants(proc.pid)
        assert len(tree) >= 4  # the fork server, the resource tracker, two workers
        proc.send_signal(sig)
        sent = time.monotonic()
        proc.wait(timeout=10)
        assert time.monotonic() - sent < 3.0
        assert proc.returncode == {signal.SIGINT: 130, signal.SIGTERM: -signal.SIGTERM}[sig]  # as the shell says: 130, 143
        wait_for(lambda: not any(alive(p) for p in tree), 2.0, "no process of the server's is left")
        for thread, out in running:
            thread.join(5)
            assert out["value"].status_code == 503 and out["value"].text == "the server is shutting down\n"
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
