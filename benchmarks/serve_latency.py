"""Query latency through `reformkg serve` (p50, p95 over the canned queries), against a
baseline: the same query run and serialized in-process by pyoxigraph, in the same script.

    .venv/bin/python benchmarks/serve_latency.py [--repeat 20]

Builds the real data in a temporary copy, starts `reformkg serve` on a free port of
127.0.0.1, and asks every canned query `--repeat` times over HTTP (SPARQL JSON results,
one keep-alive connection) and in-process. Also times entity pages (HTML). Prints the
Markdown recorded in benchmarks/README.md (section serve).
"""

from __future__ import annotations

import argparse
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

from reformkg.pipeline import Project, build  # noqa: E402
from reformkg.query import canned_queries, open_store, run, serialize  # noqa: E402

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
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for part in ("data", "ontology", "shapes", "queries"):
            shutil.copytree(ROOT / part, Path(tmp) / part)
        project = Project(Path(tmp))
        build(project)
        store = open_store(project.build_dir)
        port = free_port()
        proc = subprocess.Popen([str(Path(sys.executable).parent / "reformkg"), "--project", tmp, "serve",
                                 "--port", str(port), "--quiet"], stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    httpx.get(base + "/sparql", timeout=1)
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            queries = canned_queries(project.queries)
            http_all, local_all = [], []
            print("| query | p50 local ms | p50 serve ms | p95 serve ms | serve / local |")
            print("|---|---:|---:|---:|---:|")
            with httpx.Client(timeout=60) as client:
                for q in queries:
                    local, http = [], []
                    for _ in range(args.repeat):  # alternate, so drift hits both alike
                        t0 = time.perf_counter()
                        serialize(run(store, q.text), "json")
                        local.append(time.perf_counter() - t0)
                        t0 = time.perf_counter()
                        r = client.post(base + "/sparql", data={"query": q.text},
                                        headers={"Accept": "application/sparql-results+json"})
                        http.append(time.perf_counter() - t0)
                        assert r.status_code == 200, (q.name, r.text)
                    http_all += http
                    local_all += local
                    print(f"| {q.name} | {statistics.median(local) * 1e3:.1f} | {statistics.median(http) * 1e3:.1f} "
                          f"| {pct(http, 95) * 1e3:.1f} | {statistics.median(http) / statistics.median(local):.1f}× |")
                print(f"| **all {len(queries)} queries** | {statistics.median(local_all) * 1e3:.1f} "
                      f"| {statistics.median(http_all) * 1e3:.1f} | {pct(http_all, 95) * 1e3:.1f} "
                      f"| {statistics.median(http_all) / statistics.median(local_all):.1f}× |")
                print("\n| entity page (HTML) | p50 ms | p95 ms |\n|---|---:|---:|")
                for path in ENTITY_PAGES:
                    times = []
                    for _ in range(args.repeat):
                        t0 = time.perf_counter()
                        r = client.get(base + path)
                        times.append(time.perf_counter() - t0)
                        assert r.status_code == 200, path
                    print(f"| {path} | {statistics.median(times) * 1e3:.1f} | {pct(times, 95) * 1e3:.1f} |")
        finally:
            proc.terminate()
            proc.wait(timeout=10)


if __name__ == "__main__":
    main()
