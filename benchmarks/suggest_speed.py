"""Cold `reformkg suggest` of one page: a new process each time, as an annotator runs it.

Each run is `reformkg suggest PAGE --format json` in a fresh Python process (imports, the
registry and vocabularies, jieba, the rules). jieba's and suggest's cache files in the temp
directory are kept (they are made by the first run on a machine and stay); `--no-cache` first
removes suggest's tokenizer cache before every run, so each run builds the tokenizer again.

--baseline REV runs the same command with the source tree of git revision REV (extracted
into a temporary directory, run from this project's root so both read the same data/), alternating
baseline and head, and prints both and their ratio. Wall time depends on the machine's load (two
cores shared), so the CPU time (user + system) of the child process is printed too.

Run: .venv/bin/python benchmarks/suggest_speed.py [--baseline REV] [--repeat N] [--no-cache] PAGE...
(default pages: the new page of the README's walk-through and data/articles/000_*.txt)
"""

from __future__ import annotations

import argparse
import glob
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def extract(rev: str, dest: Path) -> Path:
    """``src/`` of git revision ``rev`` under ``dest``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest / "src"


def run_once(src: Path, page: str, no_cache: bool) -> tuple[float, float]:
    """(wall seconds, child CPU seconds) of one cold suggest."""
    if no_cache:
        for f in glob.glob(os.path.join(tempfile.gettempdir(), "reformkg-jieba-*.cache")) + \
                glob.glob(os.path.join(tempfile.gettempdir(), "reformkg-re-*.cache")):  # (the tokenizer's, the patterns')
            os.unlink(f)
    env = {**os.environ, "PYTHONPATH": str(src)}
    code = "import sys; from reformkg.cli import main; sys.argv = ['reformkg', 'suggest', sys.argv[1], '--format', 'json']; main()"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, page], cwd=ROOT, env=env, capture_output=True, check=False)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode != 0:
        raise SystemExit(f"suggest failed on {page} ({src}): {out.stderr.decode()[-500:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pages", nargs="*")
    ap.add_argument("--baseline")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-cache", action="store_true")
    args = ap.parse_args()
    pages = args.pages or [str(ROOT / "tests/fixtures/newpage/005_5e1f0a9c3b7d2e48.txt"),
                           *sorted(glob.glob(str(ROOT / "data/articles/000_*.txt")))]
    sides = {"head": ROOT / "src"}
    with tempfile.TemporaryDirectory() as tmp:
        if args.baseline:
            sides = {"base": extract(args.baseline, Path(tmp)), **sides}
        for name, src in sides.items():  # one warm-up each: jieba's and suggest's caches exist
            run_once(src, pages[0], False)
        res = {name: {p: [] for p in pages} for name in sides}
        for _ in range(args.repeat):
            for p in pages:
                for name, src in sides.items():
                    res[name][p].append(run_once(src, p, args.no_cache))
    print(f"cold suggest, median of {args.repeat}{' (tokenizer cache removed each run)' if args.no_cache else ''}; "
          f"load average {os.getloadavg()[0]:.1f}")
    head = " | ".join(f"{n} wall | {n} CPU" for n in sides)
    print(f"| page | {head} |" + (" head/base wall | head/base CPU |" if args.baseline else ""))
    for p in pages:
        cells, med = [], {}
        for name in sides:
            w = statistics.median(x[0] for x in res[name][p])
            c = statistics.median(x[1] for x in res[name][p])
            med[name] = (w, c)
            cells.append(f"{w:.2f} s | {c:.2f} s")
        ratio = (f" {med['head'][0] / med['base'][0]:.2f} | {med['head'][1] / med['base'][1]:.2f} |"
                 if args.baseline else "")
        print(f"| {Path(p).name} ({len(Path(p).read_text(encoding='utf-8'))} chars) | {' | '.join(cells)} |{ratio}")


if __name__ == "__main__":
    main()
