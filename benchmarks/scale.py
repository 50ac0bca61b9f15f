"""Scale benchmark: full, cached and incremental builds of synthetic corpora, validate of one
file, canned queries on the store (vs rdflib in memory), the cost of query --timeout, peak
memory. Prints a Markdown table; every ratio is measured in this one run.

    python benchmarks/scale.py --pages 100 1000 10000 [--jobs 2] [--work /tmp/reformkg-scale]

``--baseline`` also builds the first size with the reference engines (pyshacl and ruamel's
pure-Python YAML parser: ``REFORMKG_SHACL=pyshacl REFORMKG_YAML=pure``), cache empty, so that
the speed-up of the compiled SHACL validator and libyaml is a ratio measured in this run.
rdflib answers each query in a forked child with ``--rdflib-timeout`` seconds; a query it
does not finish in time gives a lower bound on the speed-up (``>``).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from engines import reference_engines  # noqa: E402
from synth import make_corpus, registry_entries  # noqa: E402

from reformkg.settings import Project  # noqa: E402
from reformkg.pipeline.orchestrate import build, validate  # noqa: E402
from reformkg.layout import dump_files  # noqa: E402
from reformkg.query.catalog import canned_queries  # noqa: E402
from reformkg.query.sparql import open_store, run  # noqa: E402
from reformkg.query.formats import rows  # noqa: E402
from reformkg.layout import store_path  # noqa: E402


SLOW_QUERY = 2.0  # s: a query slower than this on its first run is not repeated


def timed(fn, *a, **kw):
    t = time.perf_counter()
    out = fn(*a, **kw)
    return time.perf_counter() - t, out


def peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def query_p50(project: Project, repeat: int, limit: float) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
    """Three maps, query name → seconds:

    - p50 of ``repeat`` runs of ``rows(run(store path, text))``, the canned query as ``query``
      answers it: from the answer the build made (reformkg.pipeline.answers), else from the engine;
    - p50 of ``repeat`` runs of the same answer serialised as CSV (what ``query --format csv``
      and ``serve`` send);
    - the engine: ``query --fresh --timeout limit`` once (a query still running then is stopped and
      recorded as ``-limit``), and when that took under SLOW_QUERY s, the p50 of ``repeat`` runs
      on the open store in the process (as the runs before this change measured every query)."""
    from reformkg.query.stored import answer_file
    from reformkg.errors import QueryError
    from reformkg.query.formats import serialize

    loc = store_path(project.build_dir)
    store = open_store(project.build_dir)
    made, csv, engine = {}, {}, {}
    for q in canned_queries(project.queries):
        t = time.perf_counter()
        try:
            rows(run(loc, q.text, timeout=limit, fresh=True))
            engine[q.name] = time.perf_counter() - t
        except QueryError:
            engine[q.name] = -limit
        if 0 <= engine[q.name] <= SLOW_QUERY:  # on the open store: a query on an open store asks the engine
            engine[q.name] = statistics.median(timed(lambda: rows(run(store, q.text)))[0] for _ in range(repeat))
        if answer_file(loc.resolve().parent, q.text) is None:
            made[q.name] = csv[q.name] = engine[q.name]
            continue
        made[q.name] = statistics.median(timed(lambda: rows(run(loc, q.text)))[0] for _ in range(repeat))
        csv[q.name] = statistics.median(timed(lambda: serialize(run(loc, q.text), "csv"))[0] for _ in range(repeat))
    return made, csv, engine


def _rdflib_child(build_dir: str, texts: list[str], timeout: float, conn) -> None:  # pragma: no cover - a child
    """Load the N-Quads once, then answer each query in a fork of this process (sharing the
    loaded graph), killed after ``timeout`` s; sends ("load", s) then ("query", s or -timeout)."""
    import select
    import signal

    from rdflib import Dataset

    from reformkg.namespaces import PREFIX_MAP

    ds = Dataset(default_union=True)
    t = time.perf_counter()
    for segment in dump_files(build_dir):
        ds.parse(segment, format="nquads")
    conn.send(("load", time.perf_counter() - t))
    for text in texts:
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(r)
            t = time.perf_counter()
            list(ds.query(text, initNs=PREFIX_MAP))
            os.write(w, repr(time.perf_counter() - t).encode())
            os._exit(0)
        os.close(w)
        ready, _, _ = select.select([r], [], [], timeout)
        if ready:
            conn.send(("query", float(os.read(r, 64).decode())))
        else:
            os.kill(pid, signal.SIGKILL)
            conn.send(("query", -timeout))
        os.waitpid(pid, 0)
        os.close(r)
    conn.close()


def rdflib_times(project: Project, names: list[str], timeout: float) -> tuple[float | None, dict[str, float]]:
    """(load seconds, query name → seconds, or -timeout when rdflib had not answered within
    ``timeout`` s) — rdflib in memory on the build's N-Quads, one run each, in a child."""
    queries = [q for q in canned_queries(project.queries) if q.name in names]
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_rdflib_child,
                       args=(str(project.build_dir), [q.text for q in queries], timeout, child))
    proc.start()
    child.close()
    load, out = None, {}
    try:
        if parent.poll(3600):
            load = parent.recv()[1]
        for q in queries if load is not None else []:
            if not parent.poll(timeout + 60):
                break
            out[q.name] = parent.recv()[1]
    finally:
        proc.kill()
        proc.join()
    return load, out


def cold_validate(proj: Project, ann: Path):
    """``validate`` of one file with nothing memoised in the process (as a new ``reformkg validate``)."""
    from reformkg.pipeline import orchestrate as pipeline

    pipeline._BASE_CACHE.clear()
    try:
        return timed(validate, proj, [ann])
    finally:
        pipeline._BASE_CACHE.clear()


def baseline_build(proj: Project, work: Path, jobs: int) -> float:
    """A cold build with the reference engines (pyshacl, pure-Python YAML), its own cache."""
    cache = work / "cache-baseline"
    shutil.rmtree(cache, ignore_errors=True)
    try:
        with reference_engines():
            t, _ = timed(build, proj, jobs=jobs, cache_dir=cache)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(proj.build_dir, ignore_errors=True)  # the cold build after it writes its own store
    return t


def one(n: int, work: Path, jobs: int, rdflib_max: int, rdflib_timeout: float, baseline: bool,
        cached_max: int, repeat: int, limit: float, changes: int = 1) -> dict:
    corpus = work / f"corpus-{n}"
    t_gen, _ = timed(make_corpus, n, corpus)
    proj = Project(corpus)
    t_base = baseline_build(proj, work, jobs) if baseline else None
    cache = work / f"cache-{n}"
    shutil.rmtree(cache, ignore_errors=True)
    t_full, res = timed(build, proj, jobs=jobs, cache_dir=cache)
    t_cached, res_c = None, None
    if n <= cached_max:
        (proj.build_dir / "current").unlink()  # everything cached, the store rewritten
        t_cached, res_c = timed(build, proj, jobs=jobs, cache_dir=cache)
    t_noop, _ = timed(build, proj, jobs=jobs, cache_dir=cache)  # nothing changed at all
    files = proj.annotation_files()
    ones = []  # one changed annotation, ``changes`` times in a row (a different page each time)
    for k in range(changes):
        ann = files[(n // 2 + k * max(1, n // changes)) % n]
        text = ann.read_text(encoding="utf-8")
        ann.write_text(text.replace("label: \"", "label: \"（改）", 1), encoding="utf-8")
        t_one, res_one = timed(build, proj, jobs=jobs, cache_dir=cache)
        ones.append((t_one, res_one.phases, res_one.segments))
    t_val, report = cold_validate(proj, ann)  # the memo the builds left (reformkg.pipeline.memo)
    assert report.ok, report.findings[:3]
    os.environ["REFORMKG_BASE_MEMO"] = "0"
    try:
        t_val0, report0 = cold_validate(proj, ann)  # every input read and checked again
    finally:
        os.environ["REFORMKG_BASE_MEMO"] = str(work / "memo")
    assert report0.findings == report.findings
    registry = sum(len(items) for items in registry_entries(corpus).values())
    p50, p50_csv, engine = query_p50(proj, repeat, limit)
    answered = sorted((t, name) for name, t in engine.items() if t >= 0)
    slow = answered[len(answered) // 2][1]  # the median query on the engine: the cost of --timeout
    loc = store_path(proj.build_dir)
    q = next(c for c in canned_queries(proj.queries) if c.name == slow).text
    plain, worker, plain0, worker0 = [], [], [], []
    trivial = "SELECT (COUNT(*) AS ?n) WHERE { ?p a rko:Page }"
    for _ in range(7):  # interleaved, so that both see the same page cache
        plain.append(timed(lambda: rows(run(loc, q, fresh=True)))[0])
        worker.append(timed(lambda: rows(run(loc, q, timeout=600, fresh=True)))[0])
        plain0.append(timed(lambda: rows(run(loc, trivial)))[0])
        worker0.append(timed(lambda: rows(run(loc, trivial, timeout=600)))[0])
    t_plain, t_worker = statistics.median(plain), statistics.median(worker)
    t_plain0, t_worker0 = statistics.median(plain0), statistics.median(worker0)
    rd_load, rd = rdflib_times(proj, list(engine), rdflib_timeout) if n <= rdflib_max else (None, {})
    own, kids = peak_mb()
    return {"n": n, "gen": t_gen, "full": t_full, "quads": res.quads, "cached": t_cached, "noop": t_noop,
            "one": ones[0][0], "ones": ones, "one_store": res_one.store, "one_cached": res_one.cached, "validate": t_val, "validate_nomemo": t_val0,
            "p50": p50, "p50_csv": p50_csv, "engine": engine, "rdflib": rd, "rdflib_load": rd_load, "baseline": t_base, "registry": registry, "slowest": slow, "plain": t_plain, "worker": t_worker, "plain0": t_plain0, "worker0": t_worker0,
            "rss_parent": own, "rss_workers": kids, "cached_pages": res_c.cached if res_c else None,
            "phases": {"full": res.phases, "cached": res_c.phases if res_c else None, "one": ones[0][1]},
            "answers": {"full": res.answers, "one": res_one.answers}}


def fit(xs, ys) -> tuple[float, float, float]:
    mx, my = statistics.mean(xs), statistics.mean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx
    icpt = my - slope * mx
    ss_res = sum((y - (icpt + slope * x)) ** 2 for x, y in zip(xs, ys))
    ss_tot = sum((y - my) ** 2 for y in ys) or 1.0
    return slope, icpt, 1 - ss_res / ss_tot


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, nargs="+", default=[100, 1000, 10000])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--work", type=Path, default=Path("/tmp/reformkg-scale"))
    ap.add_argument("--rdflib-max", type=int, default=100, help="compare with rdflib up to this many pages")
    ap.add_argument("--rdflib-timeout", type=float, default=120.0, help="seconds rdflib gets per query")
    ap.add_argument("--baseline", action="store_true", help="also build the first size with pyshacl + pure YAML")
    ap.add_argument("--cached-max", type=int, default=1000, help="rebuild from a full cache up to this many pages")
    ap.add_argument("--repeat", type=int, default=5, help="runs of each canned query (p50)")
    ap.add_argument("--query-limit", type=float, default=120.0, help="seconds a canned query may run (query --timeout)")
    ap.add_argument("--changes", type=int, default=1,
                    help="one-annotation changes built in a row, each patching the store (a different page each time)")
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    os.environ["REFORMKG_BASE_MEMO"] = str(args.work / "memo")  # validate's on-disk memo, not the user's
    results = []
    for i, n in enumerate(args.pages):
        r = one(n, args.work, args.jobs, args.rdflib_max, args.rdflib_timeout, args.baseline and i == 0,
                args.cached_max, args.repeat, args.query_limit, args.changes)
        results.append(r)
        print(f"# {n} pages done: full {r['full']:.1f} s", file=sys.stderr, flush=True)
        report(results)
        sys.stdout.flush()


def report(results: list[dict]) -> None:
    print(f"\n| pages | registry entries | quads | full build | s/page | all cached, store rewritten | no change | one changed (share of full) | validate 1 file (no memo) | canned queries p50: median / max / under 100 ms | the same on the engine | peak RSS parent / workers |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    def spread(p50: dict) -> str:
        times = [abs(t) for t in p50.values()]
        worst = max(p50, key=lambda k: abs(p50[k]))
        over = ">" if p50[worst] < 0 else ""
        fast = sum(0 <= t < 0.1 for t in p50.values())
        return f"{1000 * statistics.median(times):.0f} / {over}{1000 * abs(p50[worst]):.0f} ms ({worst}) / {fast} of {len(times)}"

    for r in results:
        cached = f"{r['cached']:.1f} s" if r["cached"] is not None else "—"
        print(f"| {r['n']:,} | {r['registry']:,} | {r['quads']:,} | {r['full']:.1f} s | {r['full'] / r['n']:.3f} | {cached} "
              f"| {r['noop']:.2f} s | {r['one']:.2f} s ({100 * r['one'] / r['full']:.1f}%, store {r['one_store']}) "
              f"| {r['validate']:.2f} s ({r['validate_nomemo']:.2f} s) | {spread(r['p50'])} | {spread(r['engine'])} "
              f"| {r['rss_parent']:.0f} / {r['rss_workers']:.0f} MB |")
    for r in results:
        if r["baseline"]:
            print(f"\nbaseline (pyshacl + pure-Python YAML), {r['n']:,} pages, cold: {r['baseline']:.1f} s "
                  f"({r['baseline'] / r['n']:.3f} s/page) against {r['full']:.1f} s: {r['baseline'] / r['full']:.1f}× faster")
    if len(results) >= 2:
        slope, icpt, r2 = fit([r["n"] for r in results], [r["full"] for r in results])
        print(f"\nfull build time ≈ {icpt:.1f} s + {slope:.3f} s × pages (R² = {r2:.4f}, {len(results)} sizes)")
    for r in results:
        ph = r["phases"]
        print(f"\n{r['n']:,} pages — where the time went (s): "
              + "; ".join(f"{what}: " + ", ".join(f"{k} {v:.1f}" for k, v in ph[what].items())
                          for what in ("full", "cached", "one") if ph[what])
              + f"; page work of the full build {ph['full']['pages'] / r['n']:.3f} s/page")
    for r in results:
        if len(r["ones"]) > 1:
            times = [t for t, *_ in r["ones"]]
            segs = [s for *_, s in r["ones"]]
            print(f"\n{r['n']:,} pages — {len(times)} one-annotation changes built in a row: "
                  + ", ".join(f"{t:.1f} s" + (f" (compaction {ph['optimize']:.1f} s)" if ph.get("optimize") else "")
                              for t, ph, _s in r["ones"])
                  + f"; mean {statistics.mean(times):.1f} s = {100 * statistics.mean(times) / r['full']:.1f}% of the full build"
                  + f", max {100 * max(times) / r['full']:.1f}%; dump segment files written "
                  + ", ".join(f"{total - linked} of {total}" for total, linked in segs))
    for r in results:
        print(f"\n{r['n']:,} pages — canned queries: the answer the build made, p50 of the runs (rows / CSV), "
              "and the engine (query --fresh, 1 run)"
              + (f"; rdflib in memory (1 run; N-Quads load {r['rdflib_load']:.0f} s) against the engine" if r["rdflib_load"] else "") + ":")
        ratios = []
        for name, t in sorted(r["p50"].items()):
            e = r["engine"][name]
            extra = ""
            if name in r["rdflib"]:
                rt = r["rdflib"][name]
                ratio = abs(rt) / abs(e)
                ratios.append(ratio)
                extra = f"; rdflib {'>' if rt < 0 else ''}{1000 * abs(rt):.0f} ms ({'>' if rt < 0 else ''}{ratio:.0f}×)"
            how = ", ".join(f"{k} {r['answers'][k].get(name, '—')}" for k in ("full", "one"))
            print(f"  {name}: {'>' if t < 0 else ''}{1000 * abs(t):.1f} ms / {1000 * abs(r['p50_csv'][name]):.1f} ms; "
                  f"engine {'>' if e < 0 else ''}{1000 * abs(e):.1f} ms ({abs(e) / abs(t):.0f}×){extra} [{how}]")
        if ratios:
            print(f"  the engine's speed-up over rdflib: median {statistics.median(ratios):.0f}×, min {min(ratios):.0f}× "
                  f"({sum(x >= 20 for x in ratios)} of {len(ratios)} queries ≥ 20×)")
        print(f"  query --timeout overhead (open store + query + rows, p50 of 7) on the median query, {r['slowest']}: "
              f"{1000 * r['plain']:.0f} ms in process, {1000 * r['worker']:.0f} ms in a worker ({r['worker'] / r['plain']:.2f}×); "
              f"a one-row count {1000 * r['plain0']:.1f} ms vs {1000 * r['worker0']:.1f} ms (+{1000 * (r['worker0'] - r['plain0']):.1f} ms)")


if __name__ == "__main__":
    main()
