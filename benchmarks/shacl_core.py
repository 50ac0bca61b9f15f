"""SHACL validation before and after the compiled validator took all of SHACL Core (issue 20), in one run.

``--base`` is a git revision of the code before the change; its ``src/`` is extracted to a temporary
directory. Each side runs in its own process with ``PYTHONPATH`` at its tree, alternating base and
head ``--rounds`` times, on this tree's project files (shapes, data):

* compiling ``shapes/`` (``Validator(load_shapes(...))``), the median of 20;
* the compiled validator on each of the five page graphs plus the registry nodes they reach (what a
  build validates), the sum over the pages of the median of 10;
* ``results_pyshacl`` (the pySHACL path) on the smallest page graph, the median of 5.

    .venv/bin/python benchmarks/shacl_core.py --base d732280 --rounds 5
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, statistics, sys, time
from pathlib import Path
from reformkg.settings import Project
from reformkg.pipeline.inputs import checked_base
from reformkg.pipeline.check import _reached
from reformkg.annotation.loader import load_annotation
from reformkg.rdf.mapping import page_graph
from reformkg.rdf.shacl import load_shapes, results_pyshacl
from reformkg.rdf.shaclcore import Validator

root = Path(sys.argv[1])
project = Project(root)
shapes = load_shapes(root / "shapes")
vocab, registry, _reg, base, _f, _b = checked_base(project)
graphs = []
for path in project.annotation_files():
    lp, _ = load_annotation(path, project.articles, registry, vocab)
    graphs.append(_reached(page_graph(lp, vocab).graph, base))
graphs.sort(key=len)

def median(fn, n):
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return statistics.median(out)

out = {"compile": median(lambda: Validator(shapes), 20)}
validator = Validator(shapes)
counts = [len(validator.validate(g)) for g in graphs]
out["pages"] = sum(median(lambda g=g: validator.validate(g), 10) for g in graphs)
out["pyshacl"] = median(lambda: results_pyshacl(graphs[0], shapes), 5)
out["results"] = counts
print(json.dumps(out))
"""


def extract(rev: str, dest: Path) -> Path:
    tar = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(tar)) as t:
        t.extractall(dest, filter="data")
    return dest / "src"


def measure(src: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run([sys.executable, "-c", CHILD, str(ROOT)], env=env, check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True, help="git revision before the change")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base_src = extract(args.base, Path(tmp))
        runs: dict = {"base": [], "head": []}
        for _ in range(args.rounds):
            runs["base"].append(measure(base_src))
            runs["head"].append(measure(ROOT / "src"))
    assert runs["base"][0]["results"] == runs["head"][0]["results"], "the two sides found different results"
    print(f"rounds: {args.rounds}, base {args.base}; results per page {runs['head'][0]['results']}")
    print(f"{'':32} {'base':>10} {'head':>10} {'head/base':>9}")
    for key, label in (("compile", "compile shapes/"), ("pages", "compiled, five pages"),
                       ("pyshacl", "pySHACL path, smallest page")):
        b = statistics.median(r[key] for r in runs["base"]) * 1000
        h = statistics.median(r[key] for r in runs["head"]) * 1000
        print(f"{label:32} {b:8.1f}ms {h:8.1f}ms {h / b:9.2f}")


if __name__ == "__main__":
    main()
