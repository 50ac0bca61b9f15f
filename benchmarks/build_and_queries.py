"""Time a cold build and every canned query; baseline: rdflib in-memory SPARQL on the same data.

    .venv/bin/python benchmarks/build_and_queries.py [--repeat 5]

Prints a Markdown table (the one recorded in benchmarks/README.md). Both engines answer the
same query text over the union of the named graphs, in the same process.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from reformkg.settings import Project  # noqa: E402
from reformkg.pipeline.orchestrate import build  # noqa: E402
from reformkg.layout import dump_files  # noqa: E402
from reformkg.namespaces import PREFIX_MAP  # noqa: E402
from reformkg.query.catalog import canned_queries  # noqa: E402
from reformkg.query.sparql import open_store, run  # noqa: E402
from reformkg.query.formats import rows  # noqa: E402


def timed(fn, repeat):
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for part in ("data", "ontology", "shapes", "queries"):
            shutil.copytree(ROOT / part, Path(tmp) / part)
        project = Project(Path(tmp))
        t0 = time.perf_counter()
        res = build(project)
        cold = time.perf_counter() - t0
        print(f"cold build: {cold:.2f} s for {res.pages} pages, {res.quads} quads "
              f"({cold / res.pages:.2f} s per page)\n")

        from rdflib import Dataset

        t0 = time.perf_counter()
        ds = Dataset(default_union=True)
        for segment in dump_files(project.build_dir):
            ds.parse(segment, format="nquads")
        load_rdflib = time.perf_counter() - t0
        store = open_store(project.build_dir)
        print(f"rdflib load of the N-Quads: {load_rdflib:.2f} s\n")
        print("| query | rows | pyoxigraph ms | rdflib ms | speed-up |")
        print("|---|---:|---:|---:|---:|")
        ratios = []
        for q in canned_queries(project.queries) + canned_queries(project.queries, checks=True):
            t_ox, r = timed(lambda: rows(run(store, q.text)), args.repeat)
            try:
                t_rl, rl = timed(lambda: list(ds.query(q.text, initNs=PREFIX_MAP)), args.repeat)
                same = len(rl) == len(r[1])
                ratio = t_rl / t_ox
                ratios.append(ratio)
                cell = f"{t_rl * 1000:.1f}{'' if same else ' (rows differ)'} | {ratio:.0f}×"
            except Exception as exc:  # rdflib cannot run every SPARQL 1.1 query
                cell = f"fails ({type(exc).__name__}) | —"
            print(f"| {q.name} | {len(r[1])} | {t_ox * 1000:.1f} | {cell} |")
        if ratios:
            print(f"\nmedian speed-up of pyoxigraph over rdflib: {statistics.median(ratios):.0f}× "
                  f"(min {min(ratios):.0f}×, max {max(ratios):.0f}×) over {len(ratios)} queries")


if __name__ == "__main__":
    main()
