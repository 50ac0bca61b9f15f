"""How much slower a patched store answers the canned queries, against the patches since it
was last compacted — the measurement behind ``pipeline.COMPACT_AFTER``.

For a built project (a synthetic corpus: **its annotations are edited**) it builds once with
compaction (so the store starts compacted), times every canned query, then changes one more
annotation and builds without compacting (``compact_after=0``) until the store holds each
count of ``--patches``, timing the queries at each, and finally builds one more change with
compaction and times them once more. Each query: best of ``--runs`` in the process, on the store
opened read-only as ``query`` and ``serve`` open it. Prints a table of milliseconds per query
and, per state, the median ratio to the compacted store and the builds' seconds.

    python benchmarks/compaction.py --project /tmp/reformkg-scale/corpus-1000 \\
        --cache /tmp/reformkg-scale/cache-1000 --patches 1 2 4 8
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from reformkg.settings import Project  # noqa: E402
from reformkg.pipeline.orchestrate import build  # noqa: E402
from reformkg.query.catalog import canned_queries  # noqa: E402
from reformkg.query.sparql import open_store, run  # noqa: E402
from reformkg.query.formats import rows  # noqa: E402


def query_times(project: Project, runs: int) -> dict[str, float]:
    """query name → best of ``runs`` (seconds) on the current store, opened read-only."""
    store = open_store(project.build_dir)
    out = {}
    for q in canned_queries(project.queries):
        best = float("inf")
        for _ in range(runs):
            t = time.perf_counter()
            rows(run(store, q.text))
            best = min(best, time.perf_counter() - t)
        out[q.name] = best
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--project", type=Path, required=True, help="a built synthetic corpus (its annotations are edited)")
    ap.add_argument("--cache", type=Path, default=None, help="page cache of its builds")
    ap.add_argument("--patches", type=int, nargs="+", default=[1, 2, 4, 8])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    proj = Project(args.project)
    files = proj.annotation_files()
    edited = 0

    def change_and_build(compact_after: int) -> float:
        nonlocal edited
        ann = files[(len(files) // 3 + 37 * edited) % len(files)]  # a different page each time
        edited += 1
        ann.write_text(ann.read_text(encoding="utf-8").replace('label: "', 'label: "（改）', 1), encoding="utf-8")
        t = time.perf_counter()
        res = build(proj, cache_dir=args.cache, compact_after=compact_after)
        assert res.store == "incremental", res.store
        return time.perf_counter() - t

    t = time.perf_counter()
    build(proj, cache_dir=args.cache, compact_after=1)  # a full build compacts; so does the first patch here
    change_and_build(compact_after=1)
    states = {"compacted": (time.perf_counter() - t, query_times(proj, args.runs))}
    done, seconds = 0, 0.0
    for k in sorted(set(args.patches)):
        while done < k:
            seconds += change_and_build(compact_after=0)
            done += 1
        states[f"{k} patch{'es' if k > 1 else ''}"] = (seconds, query_times(proj, args.runs))
    t_compact = change_and_build(compact_after=1)
    states["compacted again"] = (t_compact, query_times(proj, args.runs))

    names = list(states)
    base = states["compacted"][1]
    print("| query | " + " | ".join(names) + " |")
    print("|---" * (len(names) + 1) + "|")
    for q in base:
        print(f"| {q} | " + " | ".join(f"{states[s][1][q] * 1000:.1f}" for s in names) + " |")
    for s in names:
        ratio = statistics.median(states[s][1][q] / base[q] for q in base)
        total = sum(states[s][1].values())
        print(f"{s}: median ratio to the compacted store {ratio:.2f}, all {len(base)} queries {total:.2f} s, "
              f"builds to reach it {states[s][0]:.1f} s")


if __name__ == "__main__":
    main()
