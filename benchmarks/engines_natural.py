"""The canned questions as a researcher writes them, on three engines: the embedded store, the
Oxigraph server and Virtuoso Open Source 7 (issue 23).

The queries are ``benchmarks/natural/*.rq``: one per canned query, straight basic graph patterns
with no sub-select or join-order tricks (where the canned query is already such a pattern, its
own text). On a built project (a synthetic corpus, ``benchmarks/synth.py``):

* **embedded** — the build's pyoxigraph store, read-only, each query in a worker process
  (``reformkg.query.sparql.run(…, timeout=, fresh=True)``); load time: pyoxigraph's bulk loader
  on the dump into a new store (what ``build`` does);
* **oxigraph server** — ``oxigraph load`` (its bulk loader) of the dump, then
  ``oxigraph serve-read-only --union-default-graph``;
* **virtuoso** — ``virtuoso-t`` with a temporary ini, loaded with ``reformkg push --bulk`` (its bulk
  loader through isql, then the per-graph count check).

The servers are asked through ``reformkg.query.endpoint.run`` (the code of ``query --endpoint``),
so the times include HTTP and reading the answer, as a researcher sees them (``--text``: as
``query --format table|csv`` asks, CSV first; else as ``--format json`` does). Each query runs
``--repeat`` times (p50, p95 of those runs), with ``--limit`` seconds at most per run. Results are
compared with the embedded store's as sets of rows, numbers normalised (Virtuoso writes
``"1.50"^^xsd:decimal`` as 1.5). Disk: the store's files; memory: peak resident size of the
engine's process (the embedded store's query workers; the server).

    python benchmarks/engines_natural.py --project /tmp/corpus-1000 --repeat 5
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

import httpx
import pyoxigraph
from test_push_virtuoso import Virtuoso, free_port

from reformkg.errors import QueryError
from reformkg.layout import dump_files, store_path
from reformkg.query import endpoint as endpoint_module
from reformkg.query.endpoint import Endpoint
from reformkg.query.endpoint import run as run_remote
from reformkg.query.formats import rows
from reformkg.query.sparql import run as run_local

NATURAL = Path(__file__).resolve().parent / "natural"
NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


def norm(value: str) -> str:
    if NUMBER.match(value):
        try:
            d = Decimal(value).normalize()
            return format(d, "f") if d == d.to_integral() else str(d)
        except InvalidOperation:
            pass
    return value


class Raw(NamedTuple):
    """An answer timed to its last byte and not parsed: its rows counted, never compared."""
    lines: int


def raw_answer(url: str, accept: str):
    def ask(text: str, limit: float) -> Raw:
        try:
            r = httpx.post(url, data={"query": endpoint_module.with_prologue(text)}, headers={"Accept": accept},
                           timeout=limit)
        except httpx.TimeoutException:
            raise QueryError(f"{url} did not answer within {limit:g} s") from None
        if r.status_code >= 400:
            raise QueryError(f"{url} answered {r.status_code}")
        return Raw(r.content.count(b"\n") - 1)
    return ask


def row_set(result) -> tuple[int, frozenset | None]:
    if isinstance(result, Raw):
        return result.lines, None
    _, data = rows(result)
    return len(data), frozenset(tuple(norm(v) for v in row) for row in data)


def du(paths) -> int:
    total = 0
    for p in paths:
        p = Path(p)
        files = [p] if p.is_file() else [f for f in p.rglob("*") if f.is_file()]
        total += sum(f.stat().st_blocks * 512 for f in files)
    return total


def peak_rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


def measure(ask, queries: dict[str, str], repeat: int, limit: float) -> dict[str, dict]:
    out = {}
    for name, text in queries.items():
        times, answer, error = [], None, None
        for _ in range(repeat):
            t0 = time.perf_counter()
            try:
                answer = row_set(ask(text, limit))
            except QueryError as exc:
                error = str(exc).splitlines()[0][:160]
                times.append(None)
                break  # a query over the limit is not asked again
            times.append(time.perf_counter() - t0)
        ok = [t for t in times if t is not None]
        out[name] = {"times": ok, "error": error, "rows": answer[0] if answer else None,
                     "set": answer[1] if answer else None}
        shown = f"{statistics.median(ok) * 1000:.0f} ms" if ok and not error else error
        print(f"  {name}: {shown} ({answer[0] if answer else '-'} rows)", flush=True)
    return out


def pct(times: list[float], q: float) -> float | None:
    if not times:
        return None
    s = sorted(times)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--project", type=Path, required=True, help="a built project (synthetic corpus)")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--limit", type=float, default=60.0, help="seconds a query may run")
    ap.add_argument("--work", type=Path, default=None)
    ap.add_argument("--buffers", type=int, default=170000, help="Virtuoso NumberOfBuffers (8 KB pages)")
    ap.add_argument("--only", nargs="*", help="these queries only")
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument("--engines", nargs="+", default=["embedded", "oxigraph", "virtuoso"],
                    help="run these only (several runs at once: each writes --json, then --report)")
    ap.add_argument("--no-load", action="store_true", help="embedded: query the build's store without timing a load")
    ap.add_argument("--serve-build-store", action="store_true",
                    help="oxigraph server: serve the build's own store (the same version's files) instead of loading the dump")
    ap.add_argument("--reuse", action="store_true",
                    help="virtuoso: start the server on the database a previous run loaded into --work, no push")
    ap.add_argument("--accept", help="ask the servers for this media type only (e.g. text/tab-separated-values: "
                                     "Virtuoso writes it ten times faster than JSON); the engine is named with it")
    ap.add_argument("--text", action="store_true",
                    help="ask the servers as `query --format table|csv` does (text only: a SELECT asks for CSV first)")
    ap.add_argument("--raw", action="store_true",
                    help="with --accept: time the server's answer to its last byte, not parsed (rows: its lines less "
                         "the header; not compared) — the engine's time when the client cannot read that type")
    ap.add_argument("--report", nargs="+", type=Path, help="print the table of these --json files and stop")
    args = ap.parse_args()
    if args.report:
        merged = {"engines": {}}
        for f in args.report:
            merged["engines"].update(json.loads(f.read_text())["engines"])
        for e in merged["engines"].values():
            for q in e["queries"].values():
                q["set"] = frozenset(tuple(r) for r in q["set"]) if q["set"] is not None else None
        report(merged, next(iter(merged["engines"].values()))["queries"])
        return

    if args.accept:
        endpoint_module.ACCEPT = args.accept
    queries = {p.stem: p.read_text(encoding="utf-8") for p in sorted(NATURAL.glob("*.rq"))}
    if args.only:
        queries = {k: v for k, v in queries.items() if k in args.only}
    build_dir = args.project / "build"
    store = store_path(build_dir)
    dump = dump_files(build_dir)
    quads = sum(f.read_bytes().count(b"\n") for f in dump)
    work = Path(args.work or tempfile.mkdtemp(prefix="engines-natural-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"{args.project}: {quads} quads in {len(dump)} dump files; {len(queries)} queries; work in {work}", flush=True)
    figures: dict[str, dict] = {"quads": quads, "engines": {}}

    if "embedded" in args.engines:
        embedded(args, work, store, dump, queries, figures)
    if "oxigraph" in args.engines:
        oxigraph(args, work, store if args.serve_build_store else None, dump, queries, figures)
    if "virtuoso" in args.engines:
        virtuoso(args, work, queries, figures)
    if "embedded" in figures["engines"]:
        report(figures, queries)
    if args.json:
        for e in figures["engines"].values():
            for q in e["queries"].values():
                q["set"] = sorted(q["set"]) if q["set"] is not None else None
        args.json.write_text(json.dumps(figures, indent=1, ensure_ascii=False))


def embedded(args, work, store, dump, queries, figures):
    loc = work / "embedded"
    load = None
    if not args.no_load:
        shutil.rmtree(loc, ignore_errors=True)
        t0 = time.perf_counter()
        s = pyoxigraph.Store(str(loc))
        for f in dump:
            s.bulk_load(path=str(f), format=pyoxigraph.RdfFormat.N_QUADS)
        s.optimize()
        del s
        load = time.perf_counter() - t0
        print(f"embedded: bulk load {load:.1f} s", flush=True)
    res = measure(lambda text, limit: run_local(store, text, timeout=limit, fresh=True), queries, args.repeat, args.limit)
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    figures["engines"]["embedded"] = {"load": load, "disk": du([store]), "rss": rss, "queries": res}


def oxigraph(args, work, store, dump, queries, figures):
    """``store``: serve this store (the build's, written by the same Oxigraph version), no load."""
    oxi = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    loc, load = Path(store) if store else work / "oxigraph", None
    if store is None:
        shutil.rmtree(loc, ignore_errors=True)
        t0 = time.perf_counter()
        subprocess.run([oxi, "load", "--location", str(loc), *[a for f in dump for a in ("--file", str(f))]],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        load = time.perf_counter() - t0
    port = free_port()
    proc = subprocess.Popen([oxi, "serve-read-only", "--location", str(loc), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph", "--timeout-s", str(int(args.limit))],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    for _ in range(300):
        try:
            httpx.get(url, params={"query": "ASK {}"}, timeout=2)
            break
        except httpx.TransportError:
            time.sleep(0.1)
    print(f"oxigraph server: load {load:.1f} s" if load is not None else f"oxigraph server: serving {loc}", flush=True)
    try:
        res = measure(lambda text, limit: run_remote(Endpoint(url), text, timeout=limit, text_only=args.text), queries, args.repeat, args.limit)
        figures["engines"]["oxigraph server"] = {"load": load, "disk": du([loc]), "rss": peak_rss(proc.pid), "queries": res}
    finally:
        proc.terminate()
        proc.wait()


def virtuoso(args, work, queries, figures):
    loc = work / "virtuoso"
    if not args.reuse:
        shutil.rmtree(loc, ignore_errors=True)
    server = Virtuoso(loc, buffers=args.buffers)
    name = (f"virtuoso ({args.accept}{', raw' if args.raw else ''})" if args.accept
            else "virtuoso (csv, as table/csv output)" if args.text else "virtuoso")
    load = None
    try:
        pw = loc / "password"
        pw.write_text("dba\n")
        t0 = time.perf_counter()
        if not args.reuse:
            subprocess.run([str(Path(sys.executable).parent / "reformkg"), "--project", str(args.project), "push",
                            "--store", server.store, "--user", "dba", "--password-file", str(pw),
                            "--bulk", str(loc), "--isql", server.isql, "--timeout", "7200"],
                           check=True, stdout=subprocess.DEVNULL)
            load = time.perf_counter() - t0
            print(f"virtuoso: push --bulk {load:.1f} s (counts match)", flush=True)
        ask = (raw_answer(server.endpoint, args.accept) if args.raw
               else lambda text, limit: run_remote(Endpoint(server.endpoint), text, timeout=limit, text_only=args.text))
        res = measure(ask, queries, args.repeat, args.limit)
        disk = du([f for f in loc.iterdir() if f.suffix in (".db", ".trx")])
        figures["engines"][name] = {"load": load, "disk": disk, "rss": peak_rss(server.proc.pid), "queries": res}
    finally:
        server.stop()


def report(figures: dict, queries: dict) -> None:
    engines = list(figures["engines"])
    base = figures["engines"]["embedded"]["queries"]

    def reference(name, e):
        """The embedded store's rows; where it went over the limit, the Oxigraph server's (the same engine)."""
        if base[name]["set"] is not None or e == "oxigraph server" or "oxigraph server" not in figures["engines"]:
            return base[name]["set"]
        return figures["engines"]["oxigraph server"]["queries"][name]["set"]

    def cell(e, name):
        r = figures["engines"][e]["queries"][name]
        if r["error"]:
            return "error" if "did not answer" not in r["error"] and "did not finish" not in r["error"] else "> limit"
        p50, p95 = pct(r["times"], 0.5), pct(r["times"], 0.95)
        ref = reference(name, e)
        same = ("" if e == "embedded" else " ?" if ref is None else " ·" if r["set"] is None
                else "" if r["set"] == ref else " ≠")
        return f"{p50 * 1000:,.0f} / {p95 * 1000:,.0f}{same}"

    print("\n| query | rows | " + " | ".join(f"{e} p50 / p95 ms" for e in engines) + " |")
    print("|---|---:|" + "---:|" * len(engines))
    for name in queries:
        n = next((figures["engines"][e]["queries"][name]["rows"] for e in engines
                  if figures["engines"][e]["queries"][name]["rows"] is not None), "-")
        print(f"| {name} | {n} | "
              + " | ".join(cell(e, name) for e in engines) + " |")
    print()
    for e in engines:
        d = figures["engines"][e]
        p50s = [pct(r["times"], 0.5) for r in d["queries"].values() if r["times"] and not r["error"]] or [0.0]
        failed = sum(1 for r in d["queries"].values() if r["error"])
        differ = sum(1 for n, r in d["queries"].items() if e != "embedded" and r["set"] is not None
                     and reference(n, e) is not None and r["set"] != reference(n, e))
        loaded = (f"{d['load']:.1f} s" if d["load"] is not None
                  else "in the build" if e == "embedded" else "none (the build's store, or loaded by an earlier run)")
        print(f"{e}: load {loaded}, disk {d['disk'] / 1e6:,.0f} MB, peak RSS {d['rss'] / 1e6:,.0f} MB; "
              f"median of p50s {statistics.median(p50s) * 1000:,.0f} ms, "
              f"{sum(1 for p in p50s if p < 1)} of {len(d['queries'])} under 1 s, "
              f"slowest p50 {max(p50s) * 1000:,.0f} ms, {failed} failed or over the limit, {differ} with other rows")
        for n, r in d["queries"].items():
            if r["error"]:
                print(f"   {n}: {r['error']}")


if __name__ == "__main__":
    main()
