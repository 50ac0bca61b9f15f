"""What keeping the canned queries' answers costs a one-page rebuild, with and without skipping
the answers whose query reads nothing that changed (reformkg.answers.reads_of).

    python benchmarks/answers.py --project /tmp/reformkg-scale/corpus-1000 [--changes 8]

Run it on a corpus that ``benchmarks/scale.py`` built (its page cache in ``--cache``, default
``<corpus>/../cache-<pages>``). Each change edits one more annotation the way scale.py does (a
label gets a prefix) and builds; the builds alternate between the filter on and off (off: every
answer whose data changed is patched or made afresh), so both see the same corpus and page cache.
Prints, per build, its seconds, the answers phase and how each answer was made.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from reformkg import answers  # noqa: E402
from reformkg.pipeline import Project, build  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--project", type=Path, required=True)
    ap.add_argument("--cache", type=Path, help="the page cache (default: <corpus>/../cache-<pages>)")
    ap.add_argument("--changes", type=int, default=8, help="one-annotation changes, half with the filter")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    proj = Project(args.project.resolve())
    files = proj.annotation_files()
    n = len(files)
    cache = args.cache or proj.root.parent / f"cache-{n}"
    t = time.perf_counter()
    first = build(proj, jobs=args.jobs, cache_dir=cache)  # brings build/ up to date (and its answers)
    print(f"{n} pages: first build {time.perf_counter() - t:.1f} s, store {first.store}, "
          f"answers {Counter(h.split(' ')[0] for h in first.answers.values())}", flush=True)
    real = answers._reads_any
    runs: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
    for k in range(args.changes):
        on = k % 2 == 0
        answers._reads_any = real if on else (lambda *_a: True)
        ann = files[(n // 3 + k * max(1, n // args.changes)) % n]
        ann.write_text(ann.read_text(encoding="utf-8").replace("label: \"", "label: \"（答）", 1), encoding="utf-8")
        t = time.perf_counter()
        res = build(proj, jobs=args.jobs, cache_dir=cache)
        took = time.perf_counter() - t
        runs[on].append((took, res.phases.get("answers", 0.0)))
        made = Counter(h.split(" ")[0] for h in res.answers.values())
        print(f"  change {k + 1} (filter {'on' if on else 'off'}): {took:.2f} s, answers {res.phases.get('answers', 0):.2f} s: "
              + ", ".join(f"{v} {w}" for w, v in sorted(made.items())), flush=True)
    answers._reads_any = real
    for on in (True, False):
        if runs[on]:
            total = statistics.mean(t for t, _ in runs[on])
            phase = statistics.mean(a for _, a in runs[on])
            print(f"filter {'on ' if on else 'off'}: one-page rebuild mean {total:.2f} s, of which answers {phase:.2f} s "
                  f"({len(runs[on])} builds)")


if __name__ == "__main__":
    main()
