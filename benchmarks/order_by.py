"""What the sort costs: each canned query that ends in ORDER BY, as it is and without that clause,
on a built project's store (opened read-only, as ``query`` and ``serve`` open it). Prints rows and
the median of ``--runs`` in the process for both forms, and the ratio; then the median ratio.

    python benchmarks/order_by.py --project /tmp/reformkg-scale/corpus-1000
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from reformkg.settings import Project  # noqa: E402
from reformkg.query.catalog import canned_queries  # noqa: E402
from reformkg.query.sparql import open_store, run  # noqa: E402

TRAILING_ORDER_BY = re.compile(r"\n\s*ORDER BY[^\n]*\s*$")


def timed(store, text: str, runs: int) -> tuple[float, int]:
    """(median seconds, rows) of ``runs`` runs, the solutions iterated and nothing else."""
    times, n = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        n = sum(1 for _ in run(store, text))
        times.append(time.perf_counter() - t)
    return statistics.median(times), n


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--project", type=Path, required=True, help="a built project (build/current)")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    project = Project.at(args.project)
    store = open_store(project.build_dir)
    ratios = []
    print("| query | rows | with ORDER BY (ms) | without (ms) | ratio |\n|---|---|---|---|---|")
    for q in canned_queries(project.queries):
        m = TRAILING_ORDER_BY.search(q.text)
        if not m:
            continue
        with_sort, n = timed(store, q.text, args.runs)
        without, n2 = timed(store, q.text[:m.start()], args.runs)
        assert n == n2, (q.name, n, n2)
        ratios.append(with_sort / without)
        print(f"| {q.name} | {n} | {1000 * with_sort:.0f} | {1000 * without:.0f} | {ratios[-1]:.2f}× |", flush=True)
    if ratios:
        print(f"\nmedian ratio {statistics.median(ratios):.2f}×, range {min(ratios):.2f}–{max(ratios):.2f}× "
              f"({len(ratios)} queries)")


if __name__ == "__main__":
    main()
