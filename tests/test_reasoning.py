"""The ontology stays true under reasoning (issue 18, part 8).

The OWL 2 RL closure (owlrl) of the ontology, the whole built dump and the official W3C files of
the vocabularies the ontology reuses — PROV-O, ORG, Web Annotation, OWL-Time and Data Cube, read
from ``../shared/standards/vocabularies/`` beside the repository — is consistent: owlrl reports no
inconsistency, nothing is an owl:Nothing, no node is in two classes declared disjoint, no fact is
both a prov:Activity and a prov:Entity, no facility both an org:Organization and an org:Site, no
indicator concept a qb:MeasureProperty or rdf:Property, and every subject of rko:evidence has a
class that is a subclass of its domain. The crafted tests add one bad triple per check to real
nodes and see each check name exactly that node, so the checks are not vacuous. The offsets test checks that the dump, the store and the exports
type ``oa:start``/``oa:end`` alike (README, "Portal files").
"""

from __future__ import annotations

import io
import time
from dataclasses import dataclass, field
from pathlib import Path

import owlrl
import pyoxigraph
import pytest
from rdflib import Dataset, Graph, Namespace, URIRef
from rdflib.namespace import ORG, OWL, PROV, RDF, RDFS, SKOS

from helpers import ROOT, exported
from reformkg.layout import read_dump
from reformkg.query.sparql import open_store

pytestmark = pytest.mark.slow  # the closure of the whole data takes ~30 s

VOCABULARIES = ROOT.parent / "shared" / "standards" / "vocabularies"
REUSED = ("prov-o.ttl", "org.ttl", "oa.ttl", "time.ttl", "cube.ttl")
RKO = Namespace("https://w3id.org/reformkg/ontology#")
QB = Namespace("http://purl.org/linked-data/cube#")
OA = Namespace("http://www.w3.org/ns/oa#")
ERR = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")  # where owlrl writes what it finds inconsistent
INDICATORS = URIRef("https://w3id.org/reformkg/vocab/indicator")


def base_graph(ontology: Path) -> Graph:
    """The ontology and the five vocabularies as one graph of triples (no contexts: owlrl runs over
    every triple once per round, and a plain store is the fastest rdflib has)."""
    missing = [name for name in REUSED if not (VOCABULARIES / name).is_file()]
    assert not missing, f"the W3C vocabulary files {missing} are not in {VOCABULARIES}"
    g = Graph(store="SimpleMemory")
    g.parse(ontology, format="turtle")
    for name in REUSED:
        g.parse(VOCABULARIES / name, format="turtle")
    return g


def dump_triples(build_dir: Path) -> Graph:
    """Every quad of the dump (build/nquads/), as a triple: the union of the named graphs."""
    ds = Dataset()
    ds.parse(data=read_dump(build_dir), format="nquads")
    g = Graph(store="SimpleMemory")
    for s, p, o, _graph in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


@dataclass
class Closure:
    graph: Graph
    asserted: dict[URIRef, set[URIRef]]  # node → its rdf:types before reasoning
    evidence_domains: set[URIRef]  # rdfs:domain of rko:evidence as the ontology states it
    before: int
    after: int = 0
    seconds: float = 0.0
    problems: dict[str, list[str]] = field(default_factory=dict)


def close(g: Graph) -> Closure:
    c = Closure(g, {}, set(g.objects(RKO.evidence, RDFS.domain)), len(g))
    for s, cls in g.subject_objects(RDF.type):
        c.asserted.setdefault(s, set()).add(cls)
    start = time.perf_counter()
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    c.seconds, c.after = time.perf_counter() - start, len(g)
    c.problems = problems(c)
    return c


def members(g: Graph, cls: URIRef) -> set:
    return set(g.subjects(RDF.type, cls))


def problems(c: Closure) -> dict[str, list[str]]:
    """What makes the closure untrue, by check: the offending nodes (or owlrl's messages)."""
    g = c.graph
    disjoint = set()
    for a, b in g.subject_objects(OWL.disjointWith):
        disjoint |= {f"{n} in {a} and {b}" for n in members(g, a) & members(g, b)}
    concepts = set(g.subjects(SKOS.inScheme, INDICATORS)) | set(g.objects(None, RKO.indicator))

    def within_domain(node) -> bool:
        return any(c.evidence_domains <= set(g.transitive_objects(cls, RDFS.subClassOf))
                   for cls in c.asserted.get(node, ()))

    return {
        "owlrl inconsistency": sorted(str(m) for m in g.objects(None, ERR.error)),
        "owl:Nothing": sorted(map(str, members(g, OWL.Nothing))),
        "two disjoint classes": sorted(disjoint),
        "prov:Activity and prov:Entity": sorted(map(str, members(g, PROV.Activity) & members(g, PROV.Entity))),
        "org:Organization and org:Site": sorted(map(str, members(g, ORG.Organization) & members(g, ORG.Site))),
        "indicator typed qb:MeasureProperty or rdf:Property": sorted(
            str(x) for x in concepts if {QB.MeasureProperty, RDF.Property} & set(g.objects(x, RDF.type))),
        "rko:evidence outside its domain": sorted(
            str(s) for s in set(g.subjects(RKO.evidence, None)) if not within_domain(s)),
    }


CHECKS = [
    "owlrl inconsistency", "owl:Nothing", "two disjoint classes", "prov:Activity and prov:Entity",
    "org:Organization and org:Site", "indicator typed qb:MeasureProperty or rdf:Property",
    "rko:evidence outside its domain"]


@pytest.fixture(scope="module")
def data(built) -> Graph:
    return dump_triples(built.build_dir)


@pytest.fixture(scope="module")
def closure(built, data) -> Closure:
    g = base_graph(built.root / "ontology" / "reformkg.ttl")
    g += data
    c = close(g)
    print(f"\nOWL 2 RL closure: {c.before} triples -> {c.after} in {c.seconds:.1f} s")
    return c


def test_every_check_is_run(closure):
    assert sorted(closure.problems) == sorted(CHECKS)


@pytest.mark.parametrize("check", CHECKS)
def test_closure_is_consistent(closure, check):
    found = closure.problems[check]
    assert not found, f"{check}: {len(found)} nodes, e.g. " + "; ".join(found[:5])


def test_closure_entails_what_the_ontology_says(closure):
    """The reasoning did run over the data and the vocabularies: what they entail is there."""
    g = closure.graph
    assert closure.after > closure.before
    facts = {s for s, types in closure.asserted.items() if types & {RKO.Measure, RKO.Event, RKO.Post}}
    assert facts and all((f, RDF.type, PROV.Entity) in g for f in facts)  # GroundedFact ⊑ prov:Entity
    leads = set(g.objects(None, RKO.leadActor)) | set(g.objects(None, RKO.organiser))
    assert leads and all((o, RDF.type, PROV.Agent) in g for o in leads)  # ⊑ prov:wasAttributedTo
    facilities = members(g, RKO.ServiceFacility)
    assert facilities and all((f, RDF.type, ORG.Organization) in g for f in facilities)
    assert (RKO.indicator, RDF.type, QB.ComponentProperty) in g  # a qb:DimensionProperty
    assert set(g.subjects(SKOS.inScheme, INDICATORS)) >= set(g.objects(None, RKO.indicator)) != set()
    grounded = set(g.subjects(RKO.evidence, None))
    assert grounded and grounded <= members(g, RKO.Grounded)


def crafted(built, data, nodes, *bad) -> dict[str, list[str]]:
    """The checks on the ontology, the vocabularies, the dump's triples about ``nodes`` and ``bad``."""
    g = base_graph(built.root / "ontology" / "reformkg.ttl")
    for node in nodes:
        for p, o in data.predicate_objects(node):
            g.add((node, p, o))
    for t in bad:
        g.add(t)
    return close(g).problems


def test_each_crafted_triple_is_caught(built, data):
    """Real nodes of the dump plus one bad triple per check: each check names exactly its node."""
    measure = next(iter(data.subjects(RKO.leadActor, None)))
    observation = next(iter(data.subjects(RKO.indicator, None)))
    concept = data.value(observation, RKO.indicator)
    facility = next(iter(data.subjects(RDF.type, RKO.ServiceFacility)))
    story = data.value(measure, RKO.reportedIn)
    found = crafted(built, data, (measure, observation, concept, facility, story),
                    (measure, RDF.type, PROV.Activity),  # a fact made an activity
                    (RKO.indicator, RDFS.subPropertyOf, QB.measureType),  # the axiom before issue 18
                    (RKO.ServiceFacility, RDFS.subClassOf, ORG.Site),  # the axiom before issue 18
                    (story, RKO.evidence, URIRef(f"{story}/evidence/1")))  # a story is not grounded
    assert found["prov:Activity and prov:Entity"] == [str(measure)]
    assert found["org:Organization and org:Site"] == [str(facility)]
    assert found["two disjoint classes"] == sorted([f"{measure} in {PROV.Activity} and {PROV.Entity}",
                                                    f"{facility} in {ORG.Organization} and {ORG.Site}"])
    assert found["indicator typed qb:MeasureProperty or rdf:Property"] == [str(concept)]
    assert found["rko:evidence outside its domain"] == [str(story)]
    assert found["owl:Nothing"] == []
    messages = found["owlrl inconsistency"]
    assert len(messages) == 2, messages
    assert any(str(measure) in m for m in messages) and any(str(facility) in m for m in messages), messages


def test_an_unsatisfiable_class_is_caught(built, data):
    """A member of owl:Nothing (which the closure puts in every class) is named."""
    person = next(iter(data.subjects(RDF.type, RKO.Person)))
    found = crafted(built, data, (person,), (RKO.Person, RDFS.subClassOf, OWL.Nothing))
    assert found["owl:Nothing"] == [str(person)]
    assert str(person) in "".join(found["owlrl inconsistency"])


# ------------------------------------------------------------------------------ offsets


def offsets(triples) -> set[tuple[str, str, str, str]]:
    return {(str(s), str(p), str(o), str(o.datatype)) for s, p, o in triples if p in (OA.start, OA.end)}


def test_offsets_typed_alike_in_dump_store_and_exports(built, data):
    """oa:start/oa:end are xsd:integer ≥ 0 in the dump, the store and the exports — the values of
    Web Annotation's range xsd:nonNegativeInteger, written as the store keeps them."""
    from rdflib.namespace import XSD  # here: pytest would probe a module-level XSD for mock attributes

    dump = offsets(data)
    assert dump, "no offsets in the dump"
    assert {dt for *_rest, dt in dump} == {str(XSD.integer)}, sorted({dt for *_rest, dt in dump})
    negative = sorted(x for x in dump if int(x[2]) < 0)
    assert not negative, negative[:5]
    store = open_store(built.build_dir)
    in_store = {(q.subject.value, q.predicate.value, q.object.value, q.object.datatype.value)
                for p in (OA.start, OA.end) for q in store.quads_for_pattern(None, pyoxigraph.NamedNode(str(p)), None)}
    assert in_store == dump
    for fmt in ("nquads", "turtle"):
        if fmt == "nquads":
            ds = Dataset()
            ds.parse(io.BytesIO(exported(built.build_dir, fmt)), format="nquads")
            got = offsets((s, p, o) for s, p, o, _g in ds.quads((None, None, None, None)))
        else:
            got = offsets(Graph().parse(io.BytesIO(exported(built.build_dir, fmt)), format="turtle"))
        assert got == dump, f"{fmt} export: {sorted(got ^ dump)[:3]}"

