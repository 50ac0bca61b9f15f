"""What keeping the canned queries' answers costs a one-page rebuild, in three ways:

- ``all``: as built — an answer whose query reads nothing that changed is kept (reads_of);
  ``per page`` answers are patched, ``counted per page`` ones added up, the rest made afresh;
- ``no-filter``: the same without keeping the answers that read nothing that changed;
- ``no-counts``: neither, and ``counted per page`` answers made afresh (as the first version).

    python benchmarks/answers.py --project /tmp/reformkg-scale/corpus-1000 [--changes 4]

Run it on a corpus that ``benchmarks/scale.py`` built (page cache in ``--cache``, default
``<corpus>/../cache-<pages>``). For each way, one build to switch to it (not counted), then
``--changes`` builds, each after one more annotation edited the way scale.py does (a label gets
a prefix). Prints each build's seconds and answers phase, and the means.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from reformkg.pipeline import answers  # noqa: E402
from reformkg.settings import Project  # noqa: E402
from reformkg.pipeline.orchestrate import build  # noqa: E402

REAL_READS_ANY, REAL_PLANS = answers._reads_any, answers.plans


def no_counts(queries_dir):
    return [replace(p, mode=answers.WHOLE) if p.mode == answers.COUNTED else p for p in REAL_PLANS(queries_dir)]


WAYS = {
    "all": (REAL_READS_ANY, REAL_PLANS),
    "no-filter": (lambda *_a: True, REAL_PLANS),
    "no-counts": (lambda *_a: True, no_counts),
}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--project", type=Path, required=True)
    ap.add_argument("--cache", type=Path, help="the page cache (default: <corpus>/../cache-<pages>)")
    ap.add_argument("--changes", type=int, default=4, help="measured one-annotation changes per way")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    proj = Project(args.project.resolve())
    files = proj.annotation_files()
    n = len(files)
    cache = args.cache or proj.root.parent / f"cache-{n}"
    t = time.perf_counter()
    first = build(proj, jobs=args.jobs, cache_dir=cache)  # brings build/ up to date
    print(f"{n} pages: first build {time.perf_counter() - t:.1f} s, store {first.store}", flush=True)
    k, means = 0, {}
    for way, (reads_any, make_plans) in WAYS.items():
        answers._reads_any, answers.plans = reads_any, make_plans
        runs = []
        for i in range(args.changes + 1):
            ann = files[(n // 3 + k * max(1, n // (4 * args.changes))) % n]
            k += 1
            ann.write_text(ann.read_text(encoding="utf-8").replace("label: \"", "label: \"（答）", 1), encoding="utf-8")
            t = time.perf_counter()
            res = build(proj, jobs=args.jobs, cache_dir=cache)
            took = time.perf_counter() - t
            made = Counter(h.split(" ")[0] for h in res.answers.values())
            print(f"  {way} {'(switch)' if i == 0 else i}: {took:.2f} s, answers {res.phases.get('answers', 0):.2f} s: "
                  + ", ".join(f"{v} {w}" for w, v in sorted(made.items())), flush=True)
            if i:
                runs.append((took, res.phases.get("answers", 0.0)))
        means[way] = (statistics.mean(t for t, _ in runs), statistics.mean(a for _, a in runs))
    answers._reads_any, answers.plans = REAL_READS_ANY, REAL_PLANS
    for way, (total, phase) in means.items():
        print(f"{way:>9}: one-page rebuild mean {total:.2f} s, of which answers {phase:.2f} s "
              f"({args.changes} builds; answers {phase / means['all'][1]:.1f}× the first way's)")


if __name__ == "__main__":
    main()
