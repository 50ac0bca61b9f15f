"""Query latency through `reformkg serve` (p50, p95 over the canned queries), against a
baseline: the same query run and serialized in-process by pyoxigraph, in the same script.

    .venv/bin/python benchmarks/serve_latency.py [--repeat 20] [--project DIR] [--answer-cache MB] [--no-local]
                                                 [--against REF] [--fresh]

Builds the real data in a temporary copy (or takes ``--project``, built), starts `reformkg serve`
on a free port of 127.0.0.1, and asks every canned query once and then `--repeat` times over
HTTP (SPARQL JSON results, one keep-alive connection) and in-process. The server keeps no
answer by default (``--answer-cache 0``), so every request runs the query; with
``--answer-cache MB`` the repeated requests are answered from memory (X-Cache: hit, counted).
Also times entity pages (HTML) of the real data. Prints the Markdown recorded in
benchmarks/README.md (section serve).

With ``--against REF`` (a git commit), a second `reformkg serve` runs the package as it was at
REF (its ``src/``, from ``git archive``, first on PYTHONPATH) over the same build, and each
request goes to both servers in turn: the table adds REF's p50 and the ratio of the two, the
slowdown of the code since REF measured in one run. With ``--fresh`` each canned query is sent
with a comment line appended, so that no server answers it from the answer its build made: the
engine runs every request.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from reformkg.settings import Project  # noqa: E402
from reformkg.pipeline.orchestrate import build  # noqa: E402
from reformkg.query.catalog import canned_queries  # noqa: E402
from reformkg.query.sparql import open_store, run  # noqa: E402
from reformkg.query.formats import serialize  # noqa: E402

ENTITY_PAGES = ["/region/xunyang", "/region/shaanxi", "/organisation/acftu", "/measure/000_239e137822c9727a/m1"]


def pct(values, p):
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--project", type=Path, help="a built project (default: the real data, built in a temporary copy)")
    ap.add_argument("--answer-cache", type=float, default=0, metavar="MB",
                    help="serve --answer-cache (default 0: every request runs the query)")
    ap.add_argument("--no-local", action="store_true", help="skip the in-process baseline (large stores)")
    ap.add_argument("--against", metavar="REF", help="also serve the package as it was at git commit REF, "
                                                      "and compare the two servers request by request")
    ap.add_argument("--fresh", action="store_true", help="append a comment to each query: the engine answers, "
                                                         "not the answers the build made")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.project:
            project = Project.at(args.project)
        else:
            for part in ("data", "ontology", "shapes", "queries"):
                shutil.copytree(ROOT / part, Path(tmp) / part)
            project = Project(Path(tmp))
            build(project)
        store = open_store(project.build_dir)

        def start(src: Path):
            port = free_port()
            proc = subprocess.Popen([str(Path(sys.executable).parent / "reformkg"), "--project", str(project.root),
                                     "serve", "--port", str(port), "--quiet", "--answer-cache", str(args.answer_cache)],
                                    stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(src)})
            base = f"http://127.0.0.1:{port}"
            started = time.perf_counter()
            while proc.poll() is None:  # a large store: serve counts its classes before it listens
                try:
                    httpx.get(base + "/sparql", timeout=1)
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            return proc, base, time.perf_counter() - started

        procs = []
        try:
            proc, base, took = start(ROOT / "src")
            procs.append(proc)
            print(f"serve answered after {took:.1f} s")
            other = None
            if args.against:
                old = Path(tmp) / "against"
                old.mkdir()
                archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.against, "src"],
                                         check=True, capture_output=True).stdout
                subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
                old_proc, other, _ = start(old / "src")
                procs.append(old_proc)
                print(f"and the package at {args.against} on a second port")
            t0 = time.perf_counter()
            assert httpx.get(base + "/", timeout=3600).status_code == 200
            print(f"the index page (counts per class), first request: {time.perf_counter() - t0:.1f} s", flush=True)
            queries = canned_queries(project.queries)
            if args.fresh:  # a text the build made no answer for
                queries = [dataclasses.replace(q, text=q.text + "\n# fresh\n") for q in queries]
            http_all, local_all, first_all, old_all, hits = [], [], [], [], 0
            print(f"--answer-cache {args.answer_cache:g} MB; {args.repeat} requests a query after the first\n")
            against = f" p50 serve@{args.against} ms | serve / serve@{args.against} |" if other else ""
            print(f"| query | p50 local ms | first request ms | p50 serve ms | p95 serve ms | serve / local |{against}")
            print("|---|---:|---:|---:|---:|---:|" + ("---:|---:|" if other else ""))
            with httpx.Client(timeout=600) as client:
                def ask(q, where=base):
                    t0 = time.perf_counter()
                    r = client.post(where + "/sparql", data={"query": q.text},
                                    headers={"Accept": "application/sparql-results+json"})
                    assert r.status_code == 200, (q.name, r.text)
                    return time.perf_counter() - t0, r.headers.get("x-cache") == "hit"

                def ratio_of(a, b):
                    return f"{statistics.median(a) / statistics.median(b):.2f}×" if b else "—"

                for q in queries:
                    first, _ = ask(q)
                    if other:
                        ask(q, other)
                    local, http, old_http = [], [], []
                    for i in range(args.repeat):  # alternate, so drift hits both alike
                        if not args.no_local:
                            t0 = time.perf_counter()
                            serialize(run(store, q.text), "json")
                            local.append(time.perf_counter() - t0)
                        if other and i % 2:  # the two servers take turns at being asked first
                            old_http.append(ask(q, other)[0])
                        t, hit = ask(q)
                        http.append(t)
                        hits += hit
                        if other and not i % 2:
                            old_http.append(ask(q, other)[0])
                    http_all += http
                    local_all += local
                    old_all += old_http
                    first_all.append(first)
                    loc = f"{statistics.median(local) * 1e3:.1f}" if local else "—"
                    tail = f" {statistics.median(old_http) * 1e3:.1f} | {ratio_of(http, old_http)} |" if other else ""
                    print(f"| {q.name} | {loc} | {first * 1e3:.1f} | {statistics.median(http) * 1e3:.1f} "
                          f"| {pct(http, 95) * 1e3:.1f} | {ratio_of(http, local)} |{tail}", flush=True)
                loc = f"{statistics.median(local_all) * 1e3:.1f}" if local_all else "—"
                tail = f" {statistics.median(old_all) * 1e3:.1f} | {ratio_of(http_all, old_all)} |" if other else ""
                print(f"| **all {len(queries)} queries** | {loc} | {statistics.median(first_all) * 1e3:.1f} "
                      f"| {statistics.median(http_all) * 1e3:.1f} | {pct(http_all, 95) * 1e3:.1f} "
                      f"| {ratio_of(http_all, local_all)} |{tail}")
                print(f"\n{hits} of {len(http_all)} repeated requests answered from the answer cache")
                print("\n| entity page (HTML) | p50 ms | p95 ms |\n|---|---:|---:|")
                for path in ENTITY_PAGES if not args.project else []:
                    times = []
                    for _ in range(args.repeat):
                        t0 = time.perf_counter()
                        r = client.get(base + path)
                        times.append(time.perf_counter() - t0)
                        assert r.status_code == 200, path
                    print(f"| {path} | {statistics.median(times) * 1e3:.1f} | {pct(times, 95) * 1e3:.1f} |")
        finally:
            for proc in procs:
                proc.terminate()
                proc.wait(timeout=10)


if __name__ == "__main__":
    main()
