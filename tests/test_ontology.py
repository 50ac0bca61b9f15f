"""Every term of the ontology is labelled and defined in zh and en."""

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from helpers import ROOT
from reformkg.layout import read_dump

RKO = "https://w3id.org/reformkg/ontology#"


def ontology():
    return Graph().parse(ROOT / "ontology" / "reformkg.ttl")


def test_ontology_header():
    g = ontology()
    onto = URIRef("https://w3id.org/reformkg/ontology")
    assert (onto, RDF.type, OWL.Ontology) in g
    assert g.value(onto, OWL.versionIRI) is not None


def test_every_term_labelled_and_defined():
    g = ontology()
    terms = {s for s in g.subjects() if str(s).startswith(RKO)}
    assert len(terms) > 60
    for t in terms:
        for prop in (RDFS.label, SKOS.definition):
            langs = {o.language for o in g.objects(t, prop)}
            assert {"zh", "en"} <= langs, f"{t} lacks {prop} in zh and en"


def test_every_used_term_is_declared(built):
    """Each rko: term in the built data is declared in the ontology."""
    declared = {str(s) for s in ontology().subjects() if str(s).startswith(RKO)}
    text = read_dump(built.build_dir).decode("utf-8")
    import re

    used = set(re.findall(r"<(https://w3id\.org/reformkg/ontology#[A-Za-z]+)>", text))
    assert used and used <= declared, sorted(used - declared)
