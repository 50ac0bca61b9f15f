"""Time of ``reformkg export --portal`` (``write_portal``) with the code of the working tree
against a baseline revision of ``src/`` (``git archive``), on one built copy of the project, runs
alternated, each in a fresh process; prints the medians and their ratio.

    python benchmarks/portal_speed.py --baseline b8ea83a^ --now 506833c --runs 7

``--now REV`` takes that revision's ``src/`` instead of the working tree's (to time one change
while others edit the tree).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = """
import sys, time
from pathlib import Path
from reformkg.publish.portal import write_portal
t = time.perf_counter()
write_portal(Path(sys.argv[1]))
print(time.perf_counter() - t)
"""


def checkout(rev: str, dest: Path) -> Path:
    """``src/`` of a revision, extracted under ``dest``."""
    dest.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest / "src"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", required=True, help="git revision whose src/ is the baseline")
    ap.add_argument("--now", help="git revision whose src/ is timed (default: the working tree)")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "tests"))
    sys.path.insert(0, str(ROOT / "src"))
    from helpers import copy_project

    from reformkg.pipeline.orchestrate import build

    with tempfile.TemporaryDirectory(prefix="reformkg-portal-") as tmp:
        base_src = checkout(args.baseline, Path(tmp) / "baseline")
        now_src = checkout(args.now, Path(tmp) / "now") if args.now else ROOT / "src"
        proj = copy_project(Path(tmp) / "proj")
        build(proj)
        times: dict[str, list[float]] = {"baseline": [], "now": []}
        for _ in range(args.runs):
            for name, src in (("baseline", base_src), ("now", now_src)):
                out = subprocess.run([sys.executable, "-c", CHILD, str(proj.build_dir)], check=True, capture_output=True,
                                     text=True, env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"})
                times[name].append(float(out.stdout.strip().splitlines()[-1]))
    base, now = statistics.median(times["baseline"]), statistics.median(times["now"])
    print(f"baseline {args.baseline}: median {base:.2f} s of {args.runs} ({', '.join(f'{t:.2f}' for t in times['baseline'])})")
    print(f"now {args.now or 'working tree'}: median {now:.2f} s of {args.runs} ({', '.join(f'{t:.2f}' for t in times['now'])})")
    print(f"ratio now/baseline: {now / base:.3f}")


if __name__ == "__main__":
    main()
