"""Each canned query has an expected result on the real data; each check query returns no rows.

Refresh the expected files after a deliberate data change, in its own commit:
    REFORMKG_REFRESH_EXPECTED=1 .venv/bin/python -m pytest tests/test_queries.py
and read the diff before committing it.
"""

import csv
import io
import os

import pytest

from helpers import ROOT
from reformkg.query.catalog import canned_queries
from reformkg.query.sparql import open_store, run
from reformkg.query.formats import serialize

CANNED = canned_queries(ROOT / "queries")
CHECKS = canned_queries(ROOT / "queries", checks=True)
REFRESH = os.environ.get("REFORMKG_REFRESH_EXPECTED") == "1"


def test_globs_match():
    assert len(CANNED) >= 20 and len(CHECKS) >= 5


@pytest.mark.parametrize("q", CANNED + CHECKS, ids=lambda q: q.name)
def test_query_is_documented(q):
    assert q.title and q.zh and q.en, f"{q.path} needs '# title:', '# zh:' and '# en:' lines"


def _rows(text: str) -> tuple[list[str], list[list[str]]]:
    rows = list(csv.reader(io.StringIO(text)))
    return rows[0], rows[1:]


@pytest.mark.parametrize("q", CANNED, ids=lambda q: q.name)
def test_canned_query_expected_result(built, q):
    got = serialize(run(open_store(built.build_dir), q.text), "csv")
    if REFRESH:
        q.expected_path.write_text(got, encoding="utf-8", newline="")
    assert q.expected_path.is_file(), f"no expected result {q.expected_path.name}"
    head, rows = _rows(got)
    exp_head, exp_rows = _rows(q.expected_path.read_text(encoding="utf-8"))
    assert head == exp_head
    assert rows == exp_rows
    assert rows, "a canned query must answer something on the real data"


@pytest.mark.parametrize("q", CHECKS, ids=lambda q: q.name)
def test_check_query_returns_nothing(built, q):
    head, rows = _rows(serialize(run(open_store(built.build_dir), q.text), "csv"))
    assert rows == [], f"{q.name}: {rows[:5]}"


def test_check_query_catches_a_bad_graph(tmp_path):
    """The check family is not vacuous: a graph with a fact lacking evidence is caught."""
    import pyoxigraph

    store = pyoxigraph.Store()
    store.add(pyoxigraph.Quad(pyoxigraph.NamedNode("https://w3id.org/reformkg/measure/p/m1"),
                              pyoxigraph.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                              pyoxigraph.NamedNode("https://w3id.org/reformkg/ontology#Measure"),
                              pyoxigraph.NamedNode("https://w3id.org/reformkg/graph/page/p")))
    [q] = [c for c in CHECKS if c.name == "checks/facts-without-evidence"]
    head, rows = _rows(serialize(run(store, q.text), "csv"))
    assert rows == [["https://w3id.org/reformkg/measure/p/m1"]]


def test_fact_without_where_check_catches_a_bad_graph():
    """checks/fact-without-where-violation finds a fact with no region that is not marked
    rko:NotLocated, and a fact whose region is no registry region; not a located one."""
    import pyoxigraph

    RKO = "https://w3id.org/reformkg/ontology#"
    RK = "https://w3id.org/reformkg/"
    n = pyoxigraph.NamedNode
    graph = n(RK + "graph/page/p")
    store = pyoxigraph.Store()
    quads = [(RK + "observation/p/o1", RKO + "regionSource", RKO + "Derived"),         # no region
             (RK + "measure/p/m1", RKO + "region", RK + "organisation/x"),             # not a region
             (RK + "event/p/e1", RKO + "regionSource", RKO + "NotLocated"),            # says so: fine
             (RK + "recognition/p/r1", RKO + "region", RK + "region/x"),               # located: fine
             (RK + "region/x", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", RKO + "Region")]
    kinds = {"observation": "Observation", "measure": "Measure", "event": "Event", "recognition": "Recognition"}
    for kind, cls in kinds.items():
        quads.append((f"{RK}{kind}/p/{kind[0]}1", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", RKO + cls))
    for s, p, o in quads:
        store.add(pyoxigraph.Quad(n(s), n(p), n(o), graph))
    [q] = [c for c in CHECKS if c.name == "checks/fact-without-where-violation"]
    _head, rows = _rows(serialize(run(store, q.text), "csv"))
    assert sorted(rows) == [[RK + "measure/p/m1"], [RK + "observation/p/o1"]]


def test_readme_where_examples_print_what_they_show(built, run_cli):
    """README "Where every fact holds": each `$ reformkg query '…'` prints the lines below it."""
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Where every fact holds"):]
    section = section[:section.index("\n### ")]
    examples = re.findall(r"^\$ reformkg query '([^\n]*)'\n(.*?)(?=^\$ |^```)", section, re.MULTILINE | re.DOTALL)
    assert len(examples) == 2
    for sparql, shown in examples:
        res = run_cli(built, "query", sparql)
        assert res.exit_code == 0, res.output
        assert [line.rstrip() for line in res.output.splitlines()] == shown.rstrip("\n").splitlines()


def _store_of(turtle: str):
    import pyoxigraph

    store = pyoxigraph.Store()
    prefixes = ("@prefix rko: <https://w3id.org/reformkg/ontology#> . @prefix rk: <https://w3id.org/reformkg/> . "
                "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix dcterms: <http://purl.org/dc/terms/> . "
                "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n")
    store.load(input=(prefixes + turtle).encode(), format=pyoxigraph.RdfFormat.TURTLE,
               to_graph=pyoxigraph.NamedNode("https://w3id.org/reformkg/graph/page/p"))
    return store


def test_duplicates_check_finds_one_programme_on_two_pages_unless_linked():
    facts = """
    rk:measure\\/a\\/m1 a rko:Measure ; rdfs:label "“求学圆梦”行动"@zh ; rko:region rk:region\\/x ; rko:reportedIn rk:story\\/a\\/s1 .
    rk:measure\\/b\\/m9 a rko:Measure ; rdfs:label "求学圆梦行动"@zh ; rko:region rk:region\\/x ; rko:reportedIn rk:story\\/b\\/s1 .
    rk:measure\\/b\\/m8 a rko:Measure ; rdfs:label "求学圆梦行动"@zh ; rko:region rk:region\\/y ; rko:reportedIn rk:story\\/b\\/s1 .
    rk:story\\/a\\/s1 dcterms:isPartOf rk:page\\/a . rk:story\\/b\\/s1 dcterms:isPartOf rk:page\\/b .
    """
    [q] = [c for c in CHECKS if c.name == "checks/duplicates-violation"]
    _head, rows = _rows(serialize(run(_store_of(facts), q.text), "csv"))
    assert [r[:2] for r in rows] == [["https://w3id.org/reformkg/measure/a/m1", "https://w3id.org/reformkg/measure/b/m9"]]
    linked = facts + "rk:measure\\/a\\/m1 rko:initiative rk:initiative\\/q . rk:measure\\/b\\/m9 rko:initiative rk:initiative\\/q ."
    assert _rows(serialize(run(_store_of(linked), q.text), "csv"))[1] == []


def test_indicators_used_once_check_wants_a_used_sibling():
    data = """
    rk:vocab\\/indicator\\/lonely skos:broader rk:vocab\\/indicator\\/top-a ; skos:prefLabel "孤"@zh .
    rk:vocab\\/indicator\\/paired skos:broader rk:vocab\\/indicator\\/top-b ; skos:prefLabel "对"@zh .
    rk:vocab\\/indicator\\/sibling skos:broader rk:vocab\\/indicator\\/top-b ; skos:prefLabel "兄"@zh .
    rk:observation\\/p\\/o1 a rko:Observation ; rko:indicator rk:vocab\\/indicator\\/lonely .
    rk:observation\\/p\\/o2 a rko:Observation ; rko:indicator rk:vocab\\/indicator\\/paired .
    rk:observation\\/p\\/o3 a rko:Observation ; rko:indicator rk:vocab\\/indicator\\/sibling .
    rk:observation\\/p\\/o4 a rko:Observation ; rko:indicator rk:vocab\\/indicator\\/sibling .
    """
    [q] = [c for c in CHECKS if c.name == "checks/indicators-used-once-violation"]
    _head, rows = _rows(serialize(run(_store_of(data), q.text), "csv"))
    assert rows == [["https://w3id.org/reformkg/vocab/indicator/lonely", "孤"]]
