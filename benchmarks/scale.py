"""Scale benchmark: full, cached and incremental builds of synthetic corpora, validate of one
file, canned queries on the store (vs rdflib in memory), the cost of query --timeout, peak
memory. Prints a Markdown table; every ratio is measured in this one run.

    python benchmarks/scale.py --pages 100 1000 10000 [--jobs 2] [--work /tmp/reformkg-scale]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import make_corpus  # noqa: E402

from reformkg.pipeline import Project, build, validate  # noqa: E402
from reformkg.query import canned_queries, open_store, rows, run, store_path  # noqa: E402


def timed(fn, *a, **kw):
    t = time.perf_counter()
    out = fn(*a, **kw)
    return time.perf_counter() - t, out


def peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def query_p50(project: Project, repeat: int) -> dict[str, float]:
    store = open_store(project.build_dir)
    out = {}
    for q in canned_queries(project.queries):
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            rows(run(store, q.text))
            times.append(time.perf_counter() - t)
        out[q.name] = statistics.median(times)
    return out


def rdflib_p50(project: Project, names: list[str], repeat: int) -> dict[str, float]:
    from rdflib import Dataset

    from reformkg.query import PREFIX_MAP

    ds = Dataset(default_union=True)
    ds.parse(project.build_dir / "reformkg.nq", format="nquads")
    out = {}
    for q in canned_queries(project.queries):
        if q.name not in names:
            continue
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            list(ds.query(q.text, initNs=PREFIX_MAP))
            times.append(time.perf_counter() - t)
        out[q.name] = statistics.median(times)
    return out


def one(n: int, work: Path, jobs: int, rdflib_max: int) -> dict:
    corpus = work / f"corpus-{n}"
    t_gen, _ = timed(make_corpus, n, corpus)
    proj = Project(corpus)
    cache = work / f"cache-{n}"
    shutil.rmtree(cache, ignore_errors=True)
    t_full, res = timed(build, proj, jobs=jobs, cache_dir=cache)
    (proj.build_dir / "current").unlink()  # everything cached, the store rewritten
    t_cached, res_c = timed(build, proj, jobs=jobs, cache_dir=cache)
    t_noop, _ = timed(build, proj, jobs=jobs, cache_dir=cache)  # nothing changed at all
    ann = proj.annotation_files()[n // 2]
    text = ann.read_text(encoding="utf-8")
    ann.write_text(text.replace("label: \"", "label: \"（改）", 1), encoding="utf-8")
    t_one, res_one = timed(build, proj, jobs=jobs, cache_dir=cache)
    t_val, report = timed(validate, proj, [ann])
    assert report.ok, report.findings[:3]
    p50 = query_p50(proj, repeat=5)
    slow = max(p50, key=p50.get)
    loc = store_path(proj.build_dir)
    q = next(c for c in canned_queries(proj.queries) if c.name == slow).text
    plain, worker, plain0, worker0 = [], [], [], []
    trivial = "SELECT (COUNT(*) AS ?n) WHERE { ?p a rko:Page }"
    for _ in range(7):  # interleaved, so that both see the same page cache
        plain.append(timed(lambda: rows(run(loc, q)))[0])
        worker.append(timed(lambda: rows(run(loc, q, timeout=600)))[0])
        plain0.append(timed(lambda: rows(run(loc, trivial)))[0])
        worker0.append(timed(lambda: rows(run(loc, trivial, timeout=600)))[0])
    t_plain, t_worker = statistics.median(plain), statistics.median(worker)
    t_plain0, t_worker0 = statistics.median(plain0), statistics.median(worker0)
    rd = rdflib_p50(proj, list(p50), repeat=1) if n <= rdflib_max else {}
    own, kids = peak_mb()
    return {"n": n, "gen": t_gen, "full": t_full, "quads": res.quads, "cached": t_cached, "noop": t_noop,
            "one": t_one, "one_store": res_one.store, "one_cached": res_one.cached, "validate": t_val,
            "p50": p50, "rdflib": rd, "slowest": slow, "plain": t_plain, "worker": t_worker, "plain0": t_plain0, "worker0": t_worker0,
            "rss_parent": own, "rss_workers": kids, "cached_pages": res_c.cached}


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
    ap.add_argument("--rdflib-max", type=int, default=10, help="compare with rdflib up to this many pages")
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    results = []
    for n in args.pages:
        r = one(n, args.work, args.jobs, args.rdflib_max)
        results.append(r)
        print(f"# {n} pages done: full {r['full']:.1f} s", file=sys.stderr, flush=True)
    print(f"| pages | quads | full build | s/page | cached rebuild | no-change | one changed (share of full) | validate 1 file | query p50 max | peak RSS parent / workers |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['n']:,} | {r['quads']:,} | {r['full']:.1f} s | {r['full'] / r['n']:.3f} | {r['cached']:.1f} s "
              f"| {r['noop']:.2f} s | {r['one']:.2f} s ({100 * r['one'] / r['full']:.1f}%, store {r['one_store']}) "
              f"| {r['validate']:.2f} s | {1000 * max(r['p50'].values()):.0f} ms ({r['slowest']}) "
              f"| {r['rss_parent']:.0f} / {r['rss_workers']:.0f} MB |")
    if len(results) >= 2:
        slope, icpt, r2 = fit([r["n"] for r in results], [r["full"] for r in results])
        print(f"\nfull build time ≈ {icpt:.1f} s + {slope:.3f} s × pages (R² = {r2:.4f}, {len(results)} sizes)")
    for r in results:
        print(f"\n{r['n']:,} pages — canned queries, p50 of 5 runs (pyoxigraph store)"
              + (" vs rdflib in memory (1 run)" if r["rdflib"] else "") + ":")
        for name, t in sorted(r["p50"].items()):
            extra = f"; rdflib {1000 * r['rdflib'][name]:.0f} ms ({r['rdflib'][name] / t:.0f}×)" if name in r["rdflib"] else ""
            print(f"  {name}: {1000 * t:.1f} ms{extra}")
        print(f"  query --timeout overhead (open store + query + rows, p50 of 7): {r['slowest']} "
              f"{1000 * r['plain']:.0f} ms in process, {1000 * r['worker']:.0f} ms in a worker ({r['worker'] / r['plain']:.2f}×); "
              f"a one-row count {1000 * r['plain0']:.1f} ms vs {1000 * r['worker0']:.1f} ms (+{1000 * (r['worker0'] - r['plain0']):.1f} ms)")


if __name__ == "__main__":
    main()
