"""The compiled validator (reformkg.rdf.shaclcore) reports exactly what pyshacl reports: on every
bad fixture, on the valid one, on the real pages and on randomly mutated page graphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

from helpers import FIXTURES, ROOT
from reformkg.settings import Project
from reformkg.pipeline.inputs import checked_base
from reformkg.pipeline.check import _reached, reached_triples
from reformkg.annotation.loader import load_annotation
from reformkg.rdf.mapping import page_graph
from reformkg.rdf.shacl import compiled, load_shapes, results_pyshacl, validate_graph
from reformkg.rdf.shaclcore import Unsupported, Validator

SHAPES = load_shapes(ROOT / "shapes")
FILES = sorted((FIXTURES / "invalid" / "shacl").glob("*.ttl")) + [FIXTURES / "valid" / "shacl-minimal.ttl"]


def key(results) -> set:
    return {(r.focus, r.shape, r.value, r.severity, frozenset(r.messages)) for r in results}


def test_the_project_shapes_compile():
    assert compiled(SHAPES) is not None


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_same_results_as_pyshacl_on_each_fixture(path):
    g = Graph().parse(path)
    ours = key(compiled(SHAPES).validate(g))
    assert ours == key(results_pyshacl(g, SHAPES))
    assert bool(ours) == ("invalid" in path.parts)


@pytest.fixture(scope="module")
def page_graphs():
    """Each real page graph plus the registry and vocabulary nodes it reaches (what a build
    validates), smallest first."""
    project = Project(ROOT)
    vocab, registry, reg, base, _findings, _base_shacl = checked_base(project)
    graphs = []
    for path in project.annotation_files():
        lp, _ = load_annotation(path, project.articles, registry, vocab)
        graphs.append(_reached(page_graph(lp, vocab).graph, base))
    return sorted(graphs, key=len)


@pytest.mark.slow
def test_same_results_on_the_real_pages(page_graphs):
    for g in page_graphs:
        assert key(compiled(SHAPES).validate(g)) == key(results_pyshacl(g, SHAPES)) == set()


@pytest.mark.slow
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2 ** 32 - 1), drop=st.floats(0.0, 0.2), swap=st.floats(0.0, 0.1))
def test_same_results_on_mutated_pages(page_graphs, seed, drop, swap):
    """Drop triples, replace literals by a wrong one and objects by another node: whatever
    breaks, both validators name the same focus nodes, shapes and values."""
    import random

    rnd = random.Random(seed)
    triples = sorted(page_graphs[0])
    nodes = [t[0] for t in triples]
    g = Graph()
    for s, p, o in triples:
        if rnd.random() < drop:
            continue
        if rnd.random() < swap:
            o = rnd.choice([Literal("x"), Literal(-1), Literal("1.5", datatype=URIRef("http://www.w3.org/2001/XMLSchema#integer")),
                            rnd.choice(nodes), Literal(True)])
        g.add((s, p, o))
    ours = key(compiled(SHAPES).validate(g))
    assert ours == key(results_pyshacl(g, SHAPES))


def test_a_shape_without_message_falls_back_to_pyshacl():
    shapes = Graph().parse(data=EXTRA_SHAPES.replace('sh:message "v"@en', ""), format="turtle")
    with pytest.raises(Unsupported, match="A-v reports results but has no sh:message"):
        Validator(shapes)


def test_unknown_feature_falls_back_to_pyshacl():
    """A SHACL-SPARQL constraint (not SHACL Core) is not compiled: pyshacl validates."""
    shapes = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1 ] ;
             sh:sparql [ sh:select "SELECT $this WHERE { $this <http://example.org/q> ?v }" ] ;
             sh:message "needs p, not q"@en .
    """, format="turtle")
    with pytest.raises(Unsupported, match="sparql"):
        Validator(shapes)
    assert compiled(shapes) is None
    data = Graph().parse(data="<http://example.org/a> a <http://example.org/C> ; <http://example.org/q> 1 .",
                         format="turtle")
    messages = sorted(f.message for f in validate_graph(data, shapes, {}))
    assert len(messages) == 2 and "needs p, not q [shape http://example.org/S]" in messages  # both, by pyshacl


def test_engine_switch_gives_the_same_findings(monkeypatch):
    g = Graph().parse(FIXTURES / "invalid" / "shacl" / "Observation-min.ttl")
    core = validate_graph(g, SHAPES, {})
    monkeypatch.setenv("REFORMKG_SHACL", "pyshacl")
    assert validate_graph(g, SHAPES, {}) == core
    assert core and all("Observation-min" in f.message for f in core)


def test_triples_and_graph_give_the_same_results():
    """The build hands the validator the reached triples as a list, not a graph."""
    project = Project(ROOT)
    vocab, registry, reg, base, _findings, _base_shacl = checked_base(project)
    path = project.annotation_files()[0]
    lp, _ = load_annotation(path, project.articles, registry, vocab)
    page = page_graph(lp, vocab).graph
    triples = reached_triples(page, base)
    assert set(triples) == set(_reached(page, base))
    broken = [t for t in triples if "reportedIn" not in str(t[1])]  # every fact loses its story
    as_graph = Graph()
    for t in broken:
        as_graph.add(t)
    found = key(compiled(SHAPES).validate(broken))
    assert found == key(compiled(SHAPES).validate(as_graph)) == key(results_pyshacl(as_graph, SHAPES))
    assert {str(r[1]).split("#")[1] for r in found} >= {"GroundedFact-story"}


EXTRA_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:A a sh:NodeShape ; sh:targetSubjectsOf ex:v ; sh:message "A"@en ;
  sh:property ex:A-v , ex:A-w , ex:A-name , ex:A-inv , ex:A-kind .
ex:A-v a sh:PropertyShape ; sh:path ex:v ; sh:maxInclusive 10 ; sh:minExclusive -3 ; sh:maxCount 2 ;
  sh:message "v"@en .
ex:A-w a sh:PropertyShape ; sh:path ex:w ; sh:maxExclusive 5.5 ; sh:equals ex:v ; sh:disjoint ex:u ;
  sh:message "w"@en .
ex:A-name a sh:PropertyShape ; sh:path ex:name ; sh:maxLength 3 ; sh:pattern "^a" ; sh:flags "i" ;
  sh:datatype xsd:string ; sh:message "name"@en .
ex:A-inv a sh:PropertyShape ; sh:path [ sh:inversePath ex:link ] ; sh:minCount 1 ;
  sh:message "inv"@en .
ex:A-kind a sh:PropertyShape ; sh:path ex:u ; sh:nodeKind sh:IRI ; sh:message "kind"@en .
ex:B a sh:NodeShape ; sh:targetObjectsOf ex:link ; sh:message "B"@en ; sh:xone ( [ sh:path ex:v ; sh:minCount 1 ] [ sh:path ex:name ; sh:minCount 1 ] ) .
ex:C a sh:NodeShape ; sh:targetNode ex:n0 ; sh:not [ sh:path ex:v ; sh:hasValue 1 ] ; sh:message "C"@en .
"""


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.sampled_from(["v", "w", "name", "link", "u"]),
                          st.one_of(st.integers(-5, 12), st.decimals(-5, 12, places=1), st.sampled_from(
                              ["a", "Ab", "abcd", "b", "n1", "n2", "n0"]), st.booleans())), max_size=14))
def test_same_results_on_every_supported_component(triples):
    """Components the project's shapes do not use yet (ranges, lengths, pairs, logic, inverse
    paths, other targets) agree with pyshacl too, on random small graphs."""
    shapes = Graph().parse(data=EXTRA_SHAPES, format="turtle")
    ex = "http://example.org/"
    g = Graph()
    for s, p, o in triples:
        if isinstance(o, str) and o.startswith("n") and o[1:].isdigit():
            o = URIRef(ex + o)
        elif not isinstance(o, URIRef):
            o = Literal(o)
        g.add((URIRef(f"{ex}n{s}"), URIRef(ex + p), o))
    assert key(Validator(shapes).validate(g)) == key(results_pyshacl(g, shapes))


CORE_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
ex:D a sh:NodeShape ; sh:targetSubjectsOf ex:v ; sh:message "D"@en ; sh:closed true ;
  sh:ignoredProperties ( ex:u ) ; sh:property ex:D-v , ex:D-name , ex:D-alt , ex:D-star , ex:D-q .
ex:D-v a sh:PropertyShape ; sh:path ex:v ; sh:node ex:E ; sh:message "v"@en .
ex:D-name a sh:PropertyShape ; sh:path ex:name ; sh:languageIn ( "en" "zh" ) ; sh:uniqueLang true ;
  sh:message "name"@en .
ex:D-alt a sh:PropertyShape ; sh:path [ sh:alternativePath ( ex:v [ sh:inversePath ex:link ] ) ] ;
  sh:maxCount 2 ; sh:message "alt"@en .
ex:D-star a sh:PropertyShape ; sh:path [ sh:oneOrMorePath ex:link ] ; sh:nodeKind sh:IRI ;
  sh:not [ sh:hasValue ex:n0 ] ; sh:message "star"@en .
ex:D-q a sh:PropertyShape ; sh:path ex:link ; sh:qualifiedValueShape [ sh:path ex:v ; sh:minCount 1 ] ;
  sh:qualifiedMaxCount 1 ; sh:qualifiedValueShapesDisjoint true ; sh:message "q"@en .
ex:D-r a sh:PropertyShape ; sh:path ex:link ; sh:qualifiedValueShape [ sh:path ex:name ; sh:minCount 1 ] ;
  sh:qualifiedMinCount 1 ; sh:message "r"@en .
ex:D sh:property ex:D-r .
ex:E a sh:NodeShape ; sh:message "E"@en ; sh:property [ sh:path [ sh:zeroOrMorePath ex:link ] ; sh:minCount 2 ;
  sh:message "E-star"@en ] .
ex:F a sh:PropertyShape ; sh:targetObjectsOf ex:link ; sh:path [ sh:zeroOrOnePath ex:v ] ; sh:datatype <http://www.w3.org/2001/XMLSchema#integer> ;
  sh:message "F"@en .
"""


def full_key(results) -> set:
    return {(r.focus, r.shape, r.value, r.severity, frozenset(r.messages), r.path, r.component) for r in results}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.sampled_from(["v", "name", "link", "u", "w"]),
                          st.one_of(st.integers(-2, 3), st.sampled_from(["n0", "n1", "n2", "n3"]),
                                    st.sampled_from([("a", "en"), ("b", "en"), ("c", "zh"), ("d", "fr"), ("e", None)]))),
                max_size=14))
def test_same_results_on_the_rest_of_core(triples):
    """What the compiled validator took from the W3C suite on (sh:node, sh:closed, sh:languageIn,
    sh:uniqueLang, disjoint qualified shapes, alternative and closure paths, a targeted property
    shape) agrees with pyshacl on random small graphs, paths and components included."""
    shapes = Graph().parse(data=CORE_SHAPES, format="turtle")
    ex = "http://example.org/"
    g = Graph()
    for s, p, o in triples:
        if isinstance(o, str):
            o = URIRef(ex + o)
        elif isinstance(o, tuple):
            o = Literal(o[0], lang=o[1])
        else:
            o = Literal(o)
        g.add((URIRef(f"{ex}n{s}"), URIRef(ex + p), o))
    assert full_key(Validator(shapes).validate(g)) == full_key(results_pyshacl(g, shapes))
