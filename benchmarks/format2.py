"""Annotation format 2 against format 1, in one run: cold build of the five pages and of N
synthetic pages, each side with its own code, data and synthetic corpus (issue 18 asks both
within 20% of before).

    python benchmarks/format2.py --base 1924983 [--repeat 3] [--pages 1000]

``--base`` is a git revision of the format-1 project; its tree (code, data, definitions and the
synthetic generator) and that of HEAD are extracted to a temporary directory (uncommitted edits
take no part). Each side's generator makes its own
corpus from its own five pages (format 1 on the base side, format 2 here), so both corpora have
N pages cloned from the same texts. Builds run as their own processes, alternating base and head
so both see the same machine load, each from an empty build/ and page cache. Prints a Markdown
table of medians and head/base ratios, of wall time and of CPU time (the build's processes and
their workers, which a loaded machine disturbs less than wall time).
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARTS = ("src", "data", "ontology", "shapes", "queries", "benchmarks")


def extract(rev: str, dest: Path) -> Path:
    data = subprocess.run(["git", "-C", str(ROOT), "archive", rev, *PARTS], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(dest, filter="data")
    return dest


class Side:
    def __init__(self, name: str, tree: Path, work: Path):
        self.name, self.tree, self.work = name, tree, work
        work.mkdir(parents=True)
        self.env = {**os.environ, "PYTHONPATH": str(tree / "src"), "REFORMKG_JOBS": "2"}
        self.project = work / "five"
        for part in ("data", "ontology", "shapes", "queries"):
            shutil.copytree(tree / part, self.project / part)

    def synth(self, pages: int) -> Path:
        out = self.work / f"corpus-{pages}"
        subprocess.run([sys.executable, str(self.tree / "benchmarks" / "synth.py"), "--pages", str(pages), "--out", str(out)],
                       check=True, stdout=subprocess.DEVNULL, env=self.env)
        return out

    def build(self, project: Path) -> tuple[float, float]:
        """(wall seconds, CPU seconds of the build and its workers)."""
        for d in (project / "build", project / ".cache"):
            shutil.rmtree(d, ignore_errors=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "reformkg.cli", "--project", str(project), "build"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={**self.env, "REFORMKG_CACHE": str(project / ".cache")})
        wall = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", required=True, help="git revision of the format-1 project")
    ap.add_argument("--repeat", type=int, default=3, help="cold builds of the five pages per side")
    ap.add_argument("--pages", type=int, default=1000, help="synthetic pages (0: skip)")
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="reformkg-format2-"))
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    sides = [Side(f"base {args.base}", extract(args.base, tmp / "base-tree"), tmp / "base"),
             Side(f"head {head}", extract("HEAD", tmp / "head-tree"), tmp / "head")]
    times: dict[str, dict[str, list[float]]] = {s.name: {} for s in sides}
    def note(side, what, seconds):
        wall, cpu = seconds
        times[side.name].setdefault(f"{what}, wall", []).append(wall)
        times[side.name].setdefault(f"{what}, CPU", []).append(cpu)
        print(f"# {side.name}: {what}: {wall:.2f} s wall, {cpu:.2f} s CPU", flush=True)

    for i in range(args.repeat):
        for side in (sides if i % 2 == 0 else sides[::-1]):
            note(side, "cold build, 5 pages", side.build(side.project))
    if args.pages:
        corpora = {s.name: s.synth(args.pages) for s in sides}
        for side in sides:
            note(side, f"cold build, {args.pages} synthetic pages", side.build(corpora[side.name]))
    base, head_side = sides
    print(f"| timing | {base.name} | {head_side.name} | head / base |\n|---|---|---|---|")
    for what in times[base.name]:
        b, h = statistics.median(times[base.name][what]), statistics.median(times[head_side.name][what])
        print(f"| {what} | {b:.2f} s | {h:.2f} s | {h / b:.2f} |")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
