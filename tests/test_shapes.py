"""Shapes accept the real data and the valid fixture, and reject each bad fixture with
exactly the constraint it names (pySHACL's *.test.ttl habit)."""

import re

import pytest
from rdflib import Graph, Namespace
from rdflib.namespace import RDF

from helpers import FIXTURES, ROOT
from reformkg.layout import read_dump
from reformkg.rdf.shacl import load_shapes, validate_graph

SH = Namespace("http://www.w3.org/ns/shacl#")
SHAPES = load_shapes(ROOT / "shapes")
INVALID = sorted((FIXTURES / "invalid" / "shacl").glob("*.ttl"))


def violated(g: Graph) -> set[str]:
    findings = validate_graph(g, SHAPES, {})
    return {re.search(r"\[shape ([^\]]+)\]", f.message).group(1) for f in findings}


def test_every_shape_is_documented():
    for shape in set(SHAPES.subjects(RDF.type, SH.NodeShape)) | set(SHAPES.subjects(RDF.type, SH.PropertyShape)):
        for prop in (SH.name, SH.message):
            assert SHAPES.value(shape, prop) is not None, (shape, prop)
        assert {m.language for m in SHAPES.objects(shape, SH.message)} >= {"zh", "en"}, shape


def test_every_constraint_has_a_bad_fixture():
    named = {f.stem for f in INVALID}
    property_shapes = {str(s).split("#")[1] for s in SHAPES.subjects(RDF.type, SH.PropertyShape)}
    node_only = {str(s).split("#")[1] for s in SHAPES.subjects(RDF.type, SH.NodeShape)
                 if SHAPES.value(s, SH["or"]) is not None}
    assert len(INVALID) >= 50
    assert property_shapes | node_only <= named, sorted((property_shapes | node_only) - named)


def test_valid_fixture_conforms():
    g = Graph().parse(FIXTURES / "valid" / "shacl-minimal.ttl")
    assert violated(g) == set()


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_bad_fixture_reports_exactly_its_shape(path):
    header = path.read_text(encoding="utf-8").splitlines()[0]
    expected = re.match(r"# violates: shapes:(\S+)", header).group(1)
    assert violated(Graph().parse(path)) == {expected}


@pytest.mark.slow
def test_real_data_conforms(built):
    """The build validated every page; its whole dataset passes the shapes once more."""
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(data=read_dump(built.build_dir), format="nquads")
    union = Graph()
    for s, p, o, g in ds.quads((None, None, None, None)):
        if not str(g).endswith("graph/ontology"):
            union.add((s, p, o))
    from reformkg.rdf.mapping import vocabulary_graph
    from reformkg.annotation.vocab import load_vocabularies

    union += vocabulary_graph(load_vocabularies(built.vocab)[0])
    assert violated(union) == set()
