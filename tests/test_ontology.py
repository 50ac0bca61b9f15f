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


def test_readme_table_of_reused_terms_is_the_ontology():
    """README "The ontology under reasoning" lists exactly what the ontology specialises outside
    its own namespace (rdfs:subClassOf, rdfs:subPropertyOf, rdf:type other than OWL's), and the
    classes named in brackets in its first column are subclasses of the row's class."""
    import re

    g = ontology()
    prefixes = {p: str(ns) for p, ns in g.namespaces()}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### The ontology under reasoning"):]
    rows = re.findall(r"^\| (`rko:.*?) \| (.*?) \|$", section.split("\n\n")[2], re.M)
    assert len(rows) >= 10, rows

    def iri(curie: str) -> URIRef:
        prefix, local = curie.split(":")
        return URIRef(prefixes[prefix] + local)

    shown = set()
    for left, right in rows:
        terms = re.findall(r"`(rko:\w+)`", re.sub(r"\(.*?\)", "", left))
        reused = re.findall(r"`(\w+:\w+)`", re.sub(r"\(.*?\)", "", right))
        assert terms and reused, (left, right)
        shown |= {(iri(t), iri(r)) for t in terms for r in reused}
        for inner in re.findall(r"\((.*?)\)", left):
            for name in re.findall(r"`(\w+)`", inner):
                assert iri(terms[0]) in set(g.transitive_objects(iri(f"rko:{name}"), RDFS.subClassOf)), name
    declared = {(s, o) for p in (RDFS.subClassOf, RDFS.subPropertyOf, RDF.type) for s, o in g.subject_objects(p)
                if str(s).startswith(RKO) and not str(o).startswith((RKO, str(OWL)))}
    assert shown == declared, (sorted(shown - declared), sorted(declared - shown))
