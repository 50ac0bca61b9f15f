"""Exports of the build (reformkg.publish.export): every RDF format holds the store's quads, the
N-Quads stream sorted in runs, a format made in memory is refused when it would not fit, and
`stats` counts what the store holds."""

import re

import pytest
from helpers import exported
from rdflib import Dataset, Graph

from reformkg.layout import read_dump


@pytest.mark.slow
def test_export_round_trips(built, run_cli, tmp_path):
    store_quads = Dataset()
    store_quads.parse(data=read_dump(built.build_dir), format="nquads")
    n_quads = len(list(store_quads.quads((None, None, None, None))))
    union = Graph()
    for s, p, o, _g in store_quads.quads((None, None, None, None)):
        union.add((s, p, o))
    for fmt, parse_as, quads in (("trig", "trig", True), ("nquads", "nquads", True), ("jsonld", "json-ld", True),
                                 ("turtle", "turtle", False), ("ntriples", "nt", False)):
        out = tmp_path / f"x.{fmt}"
        res = run_cli(built, "export", "--format", fmt, "-o", str(out))
        assert res.exit_code == 0, res.output
        if quads:
            ds = Dataset()
            ds.parse(out, format=parse_as)
            assert len(list(ds.quads((None, None, None, None)))) == n_quads, fmt
        else:
            g = Graph().parse(out, format=parse_as)
            assert len(g) == len(union), fmt


PAGE_QUERY_PLAIN = """
SELECT ?page (COUNT(DISTINCT ?story) AS ?stories) (COUNT(DISTINCT ?fact) AS ?facts) WHERE {
  ?p a rko:Page ; dcterms:identifier ?page .
  ?story dcterms:isPartOf ?p .
  OPTIONAL { ?fact rko:reportedIn ?story . FILTER NOT EXISTS { ?fact a rko:NoFactPassage } }
} GROUP BY ?page ORDER BY ?page
"""


def test_facts_per_page_are_those_of_the_plain_form(built):
    """`stats` counts facts per page with sub-selects (10x faster at scale); the plain form of the
    query gives the same rows."""
    from reformkg.publish.export import PAGE_QUERY
    from reformkg.query.sparql import open_store, run
    from reformkg.query.formats import rows

    store = open_store(built.build_dir)
    fast, plain = rows(run(store, PAGE_QUERY)), rows(run(store, PAGE_QUERY_PLAIN))
    assert fast == plain and len(fast[1]) == len(built.annotation_files())
    assert all(int(facts) > 0 for _page, _stories, facts in fast[1])


def test_the_quad_count_is_the_manifests_and_the_stores(built, tmp_path):
    """`stats` takes the quad count from the manifest; it is the store's. Without a manifest
    (a hand-made build/) the store is counted."""
    import shutil

    from reformkg.publish.export import quad_count
    from reformkg.query.sparql import open_store

    counted = len(open_store(built.build_dir))
    assert quad_count(built.build_dir) == counted
    copy = tmp_path / "build"
    shutil.copytree(built.build_dir / "current", copy / "gen-x")
    (copy / "current").symlink_to("gen-x")
    (copy / "gen-x" / "manifest.json").unlink()
    assert quad_count(copy) == counted


@pytest.mark.slow
def test_nquads_are_sorted_on_disk_in_runs(built, monkeypatch):
    """The N-Quads export streams: sorted in runs of SORT_RUN_LINES lines and merged, it gives
    the bytes of sorting all lines in memory, whether it takes one run or many."""
    import pyoxigraph

    from reformkg.publish import export as ex
    from reformkg.query.sparql import open_store

    in_memory = b"".join(sorted(open_store(built.build_dir).dump(format=pyoxigraph.RdfFormat.N_QUADS)
                                .splitlines(keepends=True)))
    assert in_memory.count(b"\n") > 10_000
    one_run = exported(built.build_dir, "nquads")
    monkeypatch.setattr(ex, "SORT_RUN_LINES", 1000)
    assert exported(built.build_dir, "nquads") == one_run == in_memory


def test_a_format_made_in_memory_that_would_not_fit_is_refused(built, run_cli, monkeypatch, tmp_path):
    """Turtle, N-Triples, TriG and JSON-LD are made in memory: an export that would need more
    than is available stops with the sizes and the way out, before writing; N-Quads stream."""
    from reformkg.publish import export as ex

    monkeypatch.setattr(ex, "available_memory", lambda: 1 << 20)  # 1 MB left
    out = tmp_path / "x.ttl"
    res = run_cli(built, "export", "--format", "turtle", "-o", str(out))
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert re.search(r"Error: --format turtle is made in memory: about [\d.]+ MB for [\d,]{6,} quads, and 1\.0 MB "
                     r"are available; use --format nquads, which streams, or a machine with more memory", res.output), res.output
    assert not out.exists() and not list(tmp_path.iterdir())  # nothing written, no part left
    out.write_text("an earlier export\n")
    assert run_cli(built, "export", "--format", "jsonld", "-o", str(out)).exit_code == 1
    assert out.read_text() == "an earlier export\n"
    assert run_cli(built, "export", "--format", "nquads", "-o", str(tmp_path / "x.nq")).exit_code == 0
    monkeypatch.setattr(ex, "available_memory", lambda: None)  # unknown: no guess, the export runs
    assert run_cli(built, "export", "--format", "turtle", "-o", str(out)).exit_code == 0 and out.stat().st_size > 1000
