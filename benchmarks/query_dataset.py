"""`query` before and after issue 20 (dataset clause, base IRI, SELECT * order), in one run.

``--base`` is a git revision of the code before the change; its ``src/`` is extracted to a temporary
directory. The project's data is copied and built once (with the code of this tree), and both
trees then answer the same queries on that one store, each side in its own process with
``PYTHONPATH`` at its tree, alternating base and head ``--rounds`` times:

* every canned query through ``reformkg.query.sparql.run(open store, text)`` (the engine, not the
  build's stored answers), its rows read and written as CSV: the sum of the medians;
* four queries the change touches: ``SELECT *`` over every quad (the columns reordered, at the
  cost of a plan without ORDER BY), the same with ``ORDER BY``, a ``FROM``-less count and a
  query whose text says ``from`` without a dataset clause (the dataset reader's tokenising);
* the ``reformkg query example --fresh`` process.

    .venv/bin/python benchmarks/query_dataset.py --base 3eb8fc7 --rounds 5
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PARTS = ("data", "ontology", "shapes", "queries")

EXTRA = {
    "select * (every quad)": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }",
    "select * ... order by ?s": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?s",
    "count, no dataset clause": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "'from' in a literal": 'SELECT ?s WHERE { ?s rdfs:label ?l FILTER(CONTAINS(STR(?l), "from")) }',
}

INNER = r"""
import json, statistics, sys, time
from pathlib import Path
from reformkg.query.catalog import canned_queries
from reformkg.query.formats import serialize
from reformkg.query.sparql import open_store, run
build, queries, repeat, extra = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), json.loads(sys.argv[4])
store = open_store(build)
texts = {q.name: q.text for q in canned_queries(queries)} | extra
out = {}
for name, text in texts.items():
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        serialize(run(store, text), "csv")
        times.append(time.perf_counter() - t)
    out[name] = statistics.median(times)
print(json.dumps(out))
"""


def extract_src(rev: str, dest: Path) -> Path:
    data = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(dest, filter="data")
    return dest / "src"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", required=True, help="git revision of the code before the change")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each query in a round (median)")
    args = ap.parse_args(argv)
    head_rev = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        sides = {"base": extract_src(args.base, tmp / "base"), "head": ROOT / "src"}
        project = tmp / "proj"
        for part in PARTS:
            shutil.copytree(ROOT / part, project / part)
        env = {**os.environ, "REFORMKG_BASE_MEMO": str(tmp / "memo")}
        subprocess.run([sys.executable, "-m", "reformkg.cli", "--project", str(project), "build"], check=True,
                       stdout=subprocess.DEVNULL, env={**env, "PYTHONPATH": str(ROOT / "src")})
        per_query = {s: [] for s in sides}
        process = {s: [] for s in sides}
        for r in range(args.rounds):
            for side in (sides if r % 2 == 0 else reversed(list(sides))):
                side_env = {**env, "PYTHONPATH": str(sides[side])}
                res = subprocess.run([sys.executable, "-c", INNER, str(project / "build"), str(project / "queries"),
                                      str(args.repeat), json.dumps(EXTRA)],
                                     check=True, capture_output=True, text=True, env=side_env)
                per_query[side].append(json.loads(res.stdout))
                t = time.perf_counter()
                subprocess.run([sys.executable, "-m", "reformkg.cli", "--project", str(project), "query", "example",
                                "--fresh"], check=True, stdout=subprocess.DEVNULL, env=side_env)
                process[side].append(time.perf_counter() - t)
    names = list(per_query["base"][0])
    med = {s: {n: statistics.median(run[n] for run in per_query[s]) for n in names} for s in sides}
    canned = [n for n in names if n not in EXTRA]
    print(f"base {args.base}, head {head_rev}; medians of {args.rounds} rounds (each the median of {args.repeat} runs)")
    print(f"| timing | base {args.base} | head {head_rev} | head / base |")
    print("|---|---|---|---|")
    b, h = sum(med["base"][n] for n in canned), sum(med["head"][n] for n in canned)
    print(f"| {len(canned)} canned queries on the engine, sum | {b * 1000:.0f} ms | {h * 1000:.0f} ms | {h / b:.2f} |")
    for n in EXTRA:
        b, h = med["base"][n], med["head"][n]
        print(f"| {n} | {b * 1000:.1f} ms | {h * 1000:.1f} ms | {h / b:.2f} |")
    b, h = statistics.median(process["base"]), statistics.median(process["head"])
    print(f"| `query example --fresh` process | {b * 1000:.0f} ms | {h * 1000:.0f} ms | {h / b:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
