"""The IRIs of reformkg: its base, the namespaces and prefixes it reuses, and how ids become IRIs.

IRIs are minted from ids and codes only (never from order or randomness), so the same
annotations give the same IRIs on every build.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

BASE = "https://w3id.org/reformkg/"


RK = Namespace(BASE)


RKO = Namespace(BASE + "ontology#")


VOC = Namespace(BASE + "vocab/")


OA = Namespace("http://www.w3.org/ns/oa#")


QB = Namespace("http://purl.org/linked-data/cube#")


TIME = Namespace("http://www.w3.org/2006/time#")


VOID = Namespace("http://rdfs.org/ns/void#")


GRAPH_ONTOLOGY = URIRef(BASE + "graph/ontology")


GRAPH_REGISTRY = URIRef(BASE + "graph/registry")


PREFIXES = {
    "rk": RK, "rko": RKO, "voc": VOC, "oa": OA, "qb": QB, "time": TIME, "org": ORG, "prov": PROV,
    "skos": SKOS, "dcterms": DCTERMS, "foaf": FOAF, "dcat": DCAT, "void": VOID, "owl": OWL,
    "rdf": RDF, "rdfs": RDFS, "xsd": XSD,
    # one prefix per IRI family, so that queries can write region:shaanxi, indicator:studios
    "region": Namespace(BASE + "region/"), "organisation": Namespace(BASE + "organisation/"),
    "person": Namespace(BASE + "person/"), "document": Namespace(BASE + "document/"),
    "indicator": Namespace(BASE + "vocab/indicator/"), "unit": Namespace(BASE + "vocab/unit/"),
    "area": Namespace(BASE + "vocab/reform-area/"), "group": Namespace(BASE + "vocab/target-group/"),
    "level": Namespace(BASE + "vocab/admin-level/"), "mtype": Namespace(BASE + "vocab/measure-type/"),
}


REGISTRY_KIND = {"regions": "region", "organisations": "organisation", "people": "person", "documents": "document",
                 "initiatives": "initiative"}


def page_graph_iri(page_id: str) -> URIRef:
    return URIRef(f"{BASE}graph/page/{page_id}")


def entity_iri(section: str, eid: str) -> URIRef:
    return URIRef(f"{BASE}{REGISTRY_KIND[section]}/{eid}")


def concept_iri(scheme: str, cid: str) -> URIRef:
    return URIRef(f"{BASE}vocab/{scheme}/{cid}")


PREFIX_MAP = {p: str(ns) for p, ns in PREFIXES.items()}
