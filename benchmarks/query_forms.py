"""Canned queries before and after: store compaction and the sub-select forms, in one run.

For a built project (a synthetic corpus, say) it answers every canned query three ways, on the
same data in the same process:

  A. the query as it was at ``--baseline REV`` (git), on the store as the bulk loader leaves it,
     closed and opened read-only (what builds gave before they compacted the store);
  B. the same query on the build's own store (compacted by ``Store.optimize()``: give it a
     project whose last build was a full one);
  C. the query as it is now (``queries/``), on the compacted store.

It checks that B and C give the same rows in the same order, and prints the best of ``--runs``
for each, with the ratios A/B (compaction) and B/C (the rewrite). The uncompacted twin is made by
bulk-loading the build's dump (``nquads/``) into a temporary store; the time of that load and of
compacting the twin afterwards are printed too.

    python benchmarks/query_forms.py --project /tmp/reformkg-scale/corpus-1000 --baseline 8b8b6e1
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import pyoxigraph as ox  # noqa: E402

from reformkg.layout import dump_files  # noqa: E402
from reformkg.namespaces import PREFIX_MAP  # noqa: E402
from reformkg.query.catalog import canned_queries  # noqa: E402


def answer(store, text: str) -> list[tuple]:
    res = store.query(text, prefixes=PREFIX_MAP, use_default_graph_as_union=True)
    return [tuple(None if v is None else str(v) for v in sol) for sol in res]


def best(store, text: str, runs: int) -> tuple[float, list]:
    times, rows = [], []
    for _ in range(runs):
        t = time.perf_counter()
        rows = answer(store, text)
        times.append(time.perf_counter() - t)
    return min(times), rows


def old_text(rev: str, name: str) -> str | None:
    out = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:queries/{name}.rq"],
                         capture_output=True, text=True)
    return out.stdout if out.returncode == 0 else None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--project", type=Path, required=True, help="a built project (build/current)")
    ap.add_argument("--baseline", required=True, help="git revision of the queries before")
    ap.add_argument("--runs", type=int, default=2, help="runs of each form (the best counts; the first is cold)")
    args = ap.parse_args(argv)
    current = (args.project / "build" / "current").resolve()
    compacted = ox.Store.read_only(str(current / "store"))
    tmp = Path(tempfile.mkdtemp(prefix="query-forms-"))
    try:
        t = time.perf_counter()
        loose = ox.Store(str(tmp / "store"))
        for segment in dump_files(args.project / "build"):
            loose.bulk_load(path=str(segment), format=ox.RdfFormat.N_QUADS)
        loose.flush()
        del loose  # closed as builds closed it, and opened read-only as query and serve open it:
        loose = ox.Store.read_only(str(tmp / "store"))  # RocksDB never compacts it then
        t_load = time.perf_counter() - t
        print(f"{args.project}: {sum(1 for _ in compacted.named_graphs())} graphs; uncompacted twin "
              f"bulk-loaded in {t_load:.1f} s; best of {args.runs} runs (ms)\n")
        print("| query | A: before (old form, uncompacted) | B: old form, compacted | C: now (new form, compacted) "
              "| compaction A/B | rewrite B/C | overall A/C |")
        print("|---|---|---|---|---|---|---|")
        ratios: dict = {"ab": [], "bc": [], "ac": []}
        reordered: list = []
        for q in canned_queries(ROOT / "queries"):
            before = old_text(args.baseline, q.name)
            if before is None:
                continue
            a, rows_a = best(loose, before, args.runs)
            b, rows_b = best(compacted, before, args.runs)
            c, rows_c = best(compacted, q.text, args.runs)
            if sorted(rows_c) != sorted(rows_b) or sorted(rows_a) != sorted(rows_b):
                print(f"| {q.name} | rows differ: {len(rows_a)} / {len(rows_b)} / {len(rows_c)} | | | | | |")
                return 1
            changed = "" if before.strip() == q.text.strip() else " (rewritten)"
            if rows_c != rows_b:  # plan-and-parts now orders its ties; the old form left them open
                changed += " (same rows; ties in another order)"
                reordered.append(q.name)
            ratios["ab"].append(a / b)
            ratios["bc"].append(b / c)
            ratios["ac"].append(a / c)
            print(f"| {q.name}{changed} | {1000 * a:.1f} | {1000 * b:.1f} | {1000 * c:.1f} "
                  f"| {a / b:.1f}× | {b / c:.1f}× | {a / c:.1f}× |")
        print(f"\nmedian ratios over {len(ratios['ac'])} queries: compaction {statistics.median(ratios['ab']):.1f}×, "
              f"rewrite {statistics.median(ratios['bc']):.1f}×, overall {statistics.median(ratios['ac']):.1f}×; "
              f"same rows before and after the rewrite: all; in another order: {', '.join(reordered) or 'none'}")
        del loose
        t = time.perf_counter()
        twin = ox.Store(str(tmp / "store"))
        twin.optimize()
        twin.flush()
        print(f"compacting the twin (Store.optimize) took {time.perf_counter() - t:.1f} s "
              f"(bulk load {t_load:.1f} s)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
