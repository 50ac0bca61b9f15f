"""The package before and after a change of its code, in one run: the four timings the layers
issue asks to hold within ±10% (cold build of the five pages, one-page rebuild at 100 synthetic
pages, validate of one file, a `query` process).

    python benchmarks/layers.py --base 9c5fda0 [--repeat 5] [--pages 100]

``--base`` is a git revision; its ``src/`` is extracted to a temporary directory and every timed
command runs as its own process with ``PYTHONPATH`` pointing at one of the two trees, alternating
base and head, so both see the same machine load. Each side has its own copy of the project, page
cache and memo. Prints a Markdown table of medians and head/base ratios.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402

PARTS = ("data", "ontology", "shapes", "queries")
PAGE = "000_239e137822c9727a"


def extract_src(rev: str, dest: Path) -> Path:
    """``src/`` of git revision ``rev`` in ``dest``."""
    data = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(dest, filter="data")
    return dest / "src"


class Side:
    """One version of the code, with its own project copies, page caches and memo."""

    def __init__(self, name: str, src: Path, work: Path):
        self.name, self.src, self.work = name, src, work
        work.mkdir(parents=True)
        self.env = {**os.environ, "PYTHONPATH": str(src), "REFORMKG_BASE_MEMO": str(work / "memo"), "REFORMKG_JOBS": "2"}

    def run(self, project: Path, *args: str, env: dict | None = None) -> float:
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "reformkg.cli", "--project", str(project), *args], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**self.env, **(env or {})})
        return time.perf_counter() - t


def copy_project(src: Path, dest: Path) -> Path:
    for part in PARTS:
        shutil.copytree(src / part, dest / part)
    return dest


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", required=True, help="git revision of the code before the change")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--pages", type=int, default=100)
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="reformkg-layers-"))
    head_rev = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    sides = [Side(f"base {args.base}", extract_src(args.base, tmp / "base-code"), tmp / "base"),
             Side(f"head {head_rev}", ROOT / "src", tmp / "head")]
    corpus = synth.make_corpus(args.pages, tmp / "corpus")
    times: dict[str, dict[str, list[float]]] = {s.name: {} for s in sides}

    def note(side, what, seconds):
        times[side.name].setdefault(what, []).append(seconds)

    for side in sides:  # each side: its own built copies (not timed)
        side.five = copy_project(ROOT, side.work / "five")
        side.big = copy_project(corpus, side.work / "big")
        side.run(side.five, "build")
        side.run(side.big, "build")
    files = sorted((corpus / "data" / "annotations").glob("*.yaml"))
    for i in range(args.repeat):
        for side in (sides if i % 2 == 0 else sides[::-1]):
            cold = side.work / f"cold-{i}"
            copy_project(ROOT, cold)
            note(side, "cold build, 5 pages", side.run(cold, "build", env={"REFORMKG_CACHE": str(cold / "cache"),
                                                                          "REFORMKG_BASE_MEMO": "0"}))
            shutil.rmtree(cold)
            ann = side.big / "data" / "annotations" / files[i % len(files)].name
            text = ann.read_text(encoding="utf-8")
            ann.write_text(text.replace('label: "', f'label: "（改{i}）', 1), encoding="utf-8")
            note(side, f"one-page rebuild, {args.pages} pages", side.run(side.big, "build"))
            note(side, "validate one file", side.run(side.five, "validate", f"data/annotations/{PAGE}.yaml"))
            note(side, "query process (canned answer)", side.run(side.five, "query", "example"))
            note(side, "query process (--fresh)", side.run(side.five, "query", "example", "--fresh"))
    base, head = (times[s.name] for s in sides)
    print(f"| timing (median of {args.repeat}) | {sides[0].name} | {sides[1].name} | head / base |")
    print("|---|---|---|---|")
    for what in base:
        b, h = statistics.median(base[what]), statistics.median(head[what])
        print(f"| {what} | {b:.2f} s | {h:.2f} s | {h / b:.2f} |")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
