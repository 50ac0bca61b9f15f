"""What a linked-data portal imports besides the data: dumps in every RDF format, a VoID +
DCAT description, a JSON-LD context, HTML docs of the ontology (pyLODE), and flat CSV tables
with a codebook for statistics packages. Everything is written under ``build/docs/``.

Every file is derived from the built store only, so the docs always describe the build
they sit beside (the generation id is in the VoID description).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Callable

import pyoxigraph as ox
from rdflib import RDFS as R
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, PROV, RDF
from rdflib.namespace import XSD as X

from reformkg.errors import TooLargeForMemory
from reformkg.layout import current_link
from reformkg.namespaces import BASE, PREFIXES
from reformkg.publish.catalogue import describe_catalogue
from reformkg.publish.export import RDF_FORMATS, export_to, stats
from reformkg.query.sparql import open_store

DOCS_BASE = BASE + "docs/"  # where the published docs live; w3id redirects it (README)
DATASET = BASE + "dataset"
ONTOLOGY = BASE + "ontology"
RKO = BASE + "ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
OA = "http://www.w3.org/ns/oa#"
ORG = "http://www.w3.org/ns/org#"
XSD = "http://www.w3.org/2001/XMLSchema#"

DUMP_NAME = "reformkg"
FORMAT_IRIS = {  # W3C format IRIs (http://www.w3.org/ns/formats/)
    "turtle": "Turtle", "trig": "TriG", "nquads": "N-Quads", "ntriples": "N-Triples", "jsonld": "JSON-LD",
}


# --------------------------------------------------------------------------- flat tables


class Reader:
    """Property values of a node in the store, as text for a table cell."""

    def __init__(self, store):

        self.store, self.ox = store, ox
        self._labels: dict[str, str] = {}

    def objects(self, s: str, p: str) -> list:
        ox = self.ox
        return [q.object for q in self.store.quads_for_pattern(ox.NamedNode(s), ox.NamedNode(p), None, None)]

    def one(self, s: str, p: str):
        values = self.objects(s, p)
        return values[0] if values else None

    def label(self, iri: str) -> str:
        if iri not in self._labels:
            text = ""
            for p in (RDFS + "label", SKOS + "prefLabel", DCT + "title"):
                values = self.objects(iri, p)
                if values:
                    zh = [v.value for v in values if getattr(v, "language", None) == "zh"]
                    text = (zh or sorted(v.value for v in values))[0]
                    break
            self._labels[iri] = text
        return self._labels[iri]

    def subjects(self, cls: str) -> list[str]:
        ox = self.ox
        return sorted({q.subject.value for q in self.store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), ox.NamedNode(cls), None)})


def _join(values) -> str:
    return "; ".join(v for v in values if v)


def _flat(text: str) -> str:
    """A quote on one line: the scan's hard line breaks go; other whitespace becomes one space."""
    return re.sub(r"[ \t\u3000]+", " ", re.sub(r"\s*\n\s*", "", text)).strip()


def _code(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


# Getters: (reader, iri) → cell text.
Getter = Callable[[Reader, str], str]


def iri_(r, s):
    return s


def lit(p: str) -> Getter:
    return lambda r, s: _join(sorted(o.value for o in r.objects(s, p)))


def ref(p: str) -> Getter:
    return lambda r, s: _join(sorted(o.value for o in r.objects(s, p)))


def lab(p: str) -> Getter:
    """Labels in the order of the IRIs (``ref``), so the two columns line up."""
    return lambda r, s: _join(r.label(v) for v in sorted(o.value for o in r.objects(s, p)))


def code(p: str) -> Getter:
    return lambda r, s: _join(sorted(_code(o.value) for o in r.objects(s, p)))


def time_(p: str) -> Getter:
    def get(r, s):
        node = r.one(s, RKO + "referenceTime")
        if node is None:
            return ""
        if p == "label":
            return _join(_flat(o.value) for o in r.objects(node.value, RDFS + "label"))
        return lit(RKO + p)(r, node.value)
    return get


def page_(r, s):
    story = r.one(s, RKO + "reportedIn")
    page = r.one(story.value, DCT + "isPartOf") if story else None
    return r.one(page.value, DCT + "identifier").value if page else ""


def story_(field: str) -> Getter:
    def get(r, s):
        story = r.one(s, RKO + "reportedIn")
        if story is None:
            return ""
        if field == "iri":
            return story.value
        return lit(DCT + field)(r, story.value)
    return get


def _evidence(r, s):
    out = []
    for ev in sorted(r.objects(s, RKO + "evidence"), key=lambda n: int(_code(n.value))):
        exact = start = end = None
        for sel in r.objects(ev.value, OA + "hasSelector"):
            exact = exact or r.one(sel.value, OA + "exact")
            start = start or r.one(sel.value, OA + "start")
            end = end or r.one(sel.value, OA + "end")
        out.append((exact.value if exact else "", start.value if start else "", end.value if end else ""))
    return out


def quote_(r, s):
    return " … ".join(_flat(q) for q, _a, _b in _evidence(r, s))


def offsets_(r, s):
    return _join(f"{a}-{b}" for _q, a, b in _evidence(r, s))


def classes_(r, s):
    return _join(sorted(_code(o.value) for o in r.objects(s, RDF_TYPE) if o.value != RKO + "Organisation"
                        and o.value.startswith(RKO)) or ["Organisation"])


def count_in(p: str, of_class: str | None = None) -> Getter:
    """How many nodes (of ``of_class``, when given) point to the row's node through ``p``."""
    def get(r, s):
        ox = r.ox
        subjects = {q.subject for q in r.store.quads_for_pattern(None, ox.NamedNode(p), ox.NamedNode(s), None)}
        if of_class is not None:
            rdf_type, cls = ox.NamedNode(RDF_TYPE), ox.NamedNode(of_class)
            subjects = {x for x in subjects if next(r.store.quads_for_pattern(x, rdf_type, cls, None), None) is not None}
        return str(len(subjects))
    return get


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    get: Getter


@dataclass(frozen=True)
class Table:
    name: str
    cls: str
    description: str
    columns: tuple[Column, ...]


LIST = "list (values separated by '; ')"
DATE = "date (ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD)"

FACT_COLUMNS = (
    Column("page", "text", "Page id: the source file data/articles/{page}.txt", page_),
    Column("story_iri", "IRI", "The story the fact was reported in", story_("iri")),
    Column("story_title", "text", "Title of that story", story_("title")),
    Column("story_date", DATE, "Date of that story (as printed or inferred)", story_("date")),
)
EVIDENCE_COLUMNS = (
    Column("quote", "text", "The evidence: exact text of the page the fact was annotated from, on one line "
           "(the scan's line breaks removed); fragments of a split sentence joined by ' … '", quote_),
    Column("quote_offsets", LIST, "Where the quote is in the page file: start-end in Unicode code points, "
           "one pair per fragment (Web Annotation TextPositionSelector)", offsets_),
)
TIME_COLUMNS = (
    Column("time_kind", "text", "Kind of reference time: as_of, on, by, since, during, period or text", time_("timeKind")),
    Column("time_text", "text", "The reference time as printed (截至2024年底 …)", time_("label")),
    Column("time_date", DATE, "The date for as_of / on / by", time_("date")),
    Column("time_start", DATE, "Start of a period", time_("start")),
    Column("time_end", DATE, "End of a period", time_("end")),
)
ENTITY_COLUMNS = (
    Column("iri", "IRI", "Stable identifier; dereferenceable through https://w3id.org/reformkg/", iri_),
    Column("id", "text", "Local id as in the annotation or registry file", lit(DCT + "identifier")),
    Column("label", "text", "Name or label in Chinese", lambda r, s: r.label(s)),
)

TABLES = (
    Table("measures", RKO + "Measure", "One row per reform measure reported in a story.", ENTITY_COLUMNS + (
        Column("measure_type", "code", "Measure type (vocab measure-type)", code(RKO + "measureType")),
        Column("measure_type_label", "text", "Measure type, label", lab(RKO + "measureType")),
        Column("lead_iris", LIST, "Organisations leading the measure", ref(RKO + "leadActor")),
        Column("lead_labels", LIST, "Their names", lab(RKO + "leadActor")),
        Column("partner_labels", LIST, "Partner organisations, names", lab(RKO + "partner")),
        Column("region_iris", LIST, "Regions where the measure applies", ref(RKO + "region")),
        Column("region_labels", LIST, "Their names", lab(RKO + "region")),
        Column("reform_areas", LIST, "Reform areas, codes (vocab reform-area)", code(RKO + "reformArea")),
        Column("reform_area_labels", LIST, "Reform areas, labels", lab(RKO + "reformArea")),
        Column("target_groups", LIST, "Target groups, codes (vocab target-group)", code(RKO + "targetGroup")),
        Column("target_group_labels", LIST, "Target groups, labels", lab(RKO + "targetGroup")),
        Column("document_iri", "IRI", "Policy document the measure is or rests on", ref(RKO + "document")),
        Column("document_title", "text", "Its title", lab(RKO + "document")),
        Column("part_of_iri", "IRI", "Parent measure", ref(RKO + "partOfMeasure")),
        Column("implements_iri", "IRI", "Measure this one implements", ref(RKO + "implements")),
    ) + TIME_COLUMNS + FACT_COLUMNS + EVIDENCE_COLUMNS),
    Table("observations", RKO + "Observation", "One row per reported figure.", ENTITY_COLUMNS + (
        Column("indicator", "code", "Indicator (vocab indicator)", code(RKO + "indicator")),
        Column("indicator_label", "text", "Indicator, label", lab(RKO + "indicator")),
        Column("value", "decimal", "Normalised value (35.8万 → 358000); empty for a range or a change", lit(RKO + "value")),
        Column("min_value", "decimal", "Lower bound of a range (800元至5000元 → 800)", lit(RKO + "minValue")),
        Column("max_value", "decimal", "Upper bound of a range", lit(RKO + "maxValue")),
        Column("from_value", "decimal", "Start value of a change (由4万人增加到4.5万人 → 40000)", lit(RKO + "fromValue")),
        Column("to_value", "decimal", "End value of a change", lit(RKO + "toValue")),
        Column("unit", "code", "Unit (vocab unit): person, yuan, percent, count …", code(RKO + "unit")),
        Column("unit_label", "text", "Unit, label", lab(RKO + "unit")),
        Column("original_text", "text", "The figure as printed (35.8万人)", lit(RKO + "originalText")),
        Column("approximation", "code", "more-than / nearly / about … when the figure is approximate (余/多/近/超/约)",
               code(RKO + "approximation")),
        Column("status", "code", "achieved or target", code(RKO + "status")),
        Column("qualifier", "text", "Qualifier of the figure (公有制企业 …)", lit(RKO + "qualifier")),
        Column("about_iris", LIST, "What the figure describes: regions, organisations, measures or groups", ref(RKO + "about")),
        Column("about_labels", LIST, "Their labels", lab(RKO + "about")),
    ) + TIME_COLUMNS + FACT_COLUMNS + EVIDENCE_COLUMNS),
    Table("recognitions", RKO + "Recognition", "One row per designation or honour.", ENTITY_COLUMNS + (
        Column("honour", "text", "The designation or honour as printed", lit(RKO + "honour")),
        Column("recipient_iris", LIST, "Who received it", ref(RKO + "recipient")),
        Column("recipient_labels", LIST, "Their names", lab(RKO + "recipient")),
        Column("level", "code", "Administrative level of the grant (vocab admin-level)", code(RKO + "level")),
        Column("granted_by_iri", "IRI", "Body that granted it", ref(RKO + "grantedBy")),
        Column("granted_by_label", "text", "Its name", lab(RKO + "grantedBy")),
    ) + TIME_COLUMNS + FACT_COLUMNS + EVIDENCE_COLUMNS),
    Table("documents", RKO + "PolicyDocument", "One row per policy document in the registry.", ENTITY_COLUMNS + (
        Column("title", "text", "Title as printed (without 《》)", lit(DCT + "title")),
        Column("document_kind", "code", "Kind of document (vocab document-kind)", code(RKO + "documentKind")),
        Column("issuer_iris", LIST, "Issuing organisations", ref(DCT + "creator")),
        Column("issuer_labels", LIST, "Their names", lab(DCT + "creator")),
        Column("issued", DATE, "Date of issue", lit(DCT + "issued")),
        Column("measures", "integer", "Number of measures that refer to the document", count_in(RKO + "document")),
    )),
    Table("organisations", RKO + "Organisation", "One row per organisation in the registry.", ENTITY_COLUMNS + (
        Column("class", "code", "Ontology class: TradeUnion, UnionFederation, Enterprise, GovernmentBody, PartyBody, "
               "School, Studio, ServiceFacility or Organisation", classes_),
        Column("org_kind", "code", "Kind of organisation (vocab org-kind)", code(RKO + "orgKind")),
        Column("admin_level", "code", "Administrative level (vocab admin-level)", code(RKO + "adminLevel")),
        Column("region_iri", "IRI", "Region the organisation is located in", ref(RKO + "locatedIn")),
        Column("region_label", "text", "Its name", lab(RKO + "locatedIn")),
        Column("parent_iri", "IRI", "Parent organisation (org:subOrganizationOf)", ref(ORG + "subOrganizationOf")),
        Column("parent_label", "text", "Its name", lab(ORG + "subOrganizationOf")),
        Column("aliases", LIST, "Other names", lit(SKOS + "altLabel")),
        Column("measures_led", "integer", "Number of measures the organisation leads", count_in(RKO + "leadActor")),
    )),
    Table("regions", RKO + "Region", "One row per region in the registry.", ENTITY_COLUMNS + (
        Column("admin_level", "code", "Administrative level (vocab admin-level)", code(RKO + "adminLevel")),
        Column("gb_code", "text", "GB/T 2260 six-digit code, where one exists (text: keep leading zeros)", lit(RKO + "gbCode")),
        Column("parent_iri", "IRI", "Region it lies within", ref(RKO + "withinRegion")),
        Column("parent_label", "text", "Its name", lab(RKO + "withinRegion")),
        Column("aliases", LIST, "Other names", lit(SKOS + "altLabel")),
        Column("measures", "integer", "Number of measures that apply to the region", count_in(RKO + "region", RKO + "Measure")),
        Column("observations", "integer", "Number of figures about the region", count_in(RKO + "about")),
    )),
)


def table_rows(store, table: Table) -> list[list[str]]:
    r = Reader(store)
    return [[c.get(r, s) for c in table.columns] for s in r.subjects(table.cls)]


def write_csv(build_dir: Path, out_dir: Path) -> list[Path]:
    """One CSV per table (UTF-8, RFC 4180, header row) and ``codebook.csv``; returns the files."""
    store = open_store(build_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for t in TABLES:
        path = out_dir / f"{t.name}.csv"
        _write_rows(path, [c.name for c in t.columns], table_rows(store, t))
        written.append(path)
    book = out_dir / "codebook.csv"
    _write_rows(book, ["table", "column", "type", "description"],
                [[t.name, "", "table", f"{t.description} File {t.name}.csv; class <{t.cls}>."] for t in TABLES]
                + [[t.name, c.name, c.type, c.description] for t in TABLES for c in t.columns])
    written.append(book)
    return written


def _write_rows(path: Path, header: list[str], rows: list[list[str]]):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


# --------------------------------------------------------------------------- JSON-LD context


def ontology_graph(build_dir: Path):
    """The ontology's own terms from the build (without the SKOS concept lists), as rdflib."""

    store = open_store(build_dir)
    g = ox.NamedNode(BASE + "graph/ontology")
    skip = {q.subject for q in store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), None, g)
            if q.object.value in (SKOS + "Concept", SKOS + "ConceptScheme")}
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, g)
               if q.subject not in skip]
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    out = Graph()
    for p, ns in PREFIXES.items():
        out.bind(p, ns, override=True)
    out.parse(data=data, format="nt")
    return out


def jsonld_context(onto) -> dict:
    """A JSON-LD context: the prefixes, and a short term for every class and property of the
    ontology (object properties typed @id, datatype properties with their xsd range).

    A term never shadows a prefix: the properties named like one (``rko:region`` beside the
    prefix ``region:``, likewise ``document``, ``indicator``, ``level``, ``unit``) keep their
    compact IRI as the term, so ``"rko:region": "region:xunyang"`` is the region's IRI and
    compaction writes ``region:xunyang``, not ``rk:region/xunyang``."""

    ctx: dict = {p: str(ns) for p, ns in sorted(PREFIXES.items())}
    terms = {}
    for s in sorted(set(onto.subjects(RDF.type, OWL.Class))):
        if str(s).startswith(RKO):
            terms[str(s)[len(RKO):]] = f"rko:{str(s)[len(RKO):]}"
    for s in sorted(set(onto.subjects(RDF.type, OWL.ObjectProperty))):
        if str(s).startswith(RKO):
            terms[str(s)[len(RKO):]] = {"@id": f"rko:{str(s)[len(RKO):]}", "@type": "@id"}
    for s in sorted(set(onto.subjects(RDF.type, OWL.DatatypeProperty))):
        if str(s).startswith(RKO):
            name = str(s)[len(RKO):]
            rng = onto.value(s, R.range)
            if rng is not None and str(rng).startswith(XSD) and str(rng) != XSD + "string":
                terms[name] = {"@id": f"rko:{name}", "@type": f"xsd:{str(rng)[len(XSD):]}"}
            else:
                terms[name] = f"rko:{name}"
    # reused terms the data uses most, where the short name is free
    reused = {"label": "rdfs:label", "prefLabel": "skos:prefLabel", "altLabel": "skos:altLabel",
              "identifier": "dcterms:identifier", "title": "dcterms:title",
              "isPartOf": {"@id": "dcterms:isPartOf", "@type": "@id"},
              "hasSource": {"@id": "oa:hasSource", "@type": "@id"},
              "hasSelector": {"@id": "oa:hasSelector", "@type": "@id"},
              "exact": "oa:exact", "prefix": "oa:prefix", "suffix": "oa:suffix"}
    for k, v in reused.items():
        terms.setdefault(k, v)
    for name in [t for t in terms if t in ctx]:  # a prefix of that name: the term is the compact IRI
        terms[f"rko:{name}"] = terms.pop(name)
    ctx.update(dict(sorted(terms.items())))
    return {"@context": ctx}


# --------------------------------------------------------------------------- ontology HTML


def ontology_html(onto) -> str:
    """HTML documentation of the ontology, made by pyLODE (3.3.4: 3.4.1 fails at import)."""

    from pylode import OntPub  # lazy: pylode loads its templates, only for --portal

    logging.getLogger().setLevel(max(logging.getLogger().level, logging.WARNING))
    return OntPub(ontology=onto, sort_subjects=True).make_html()


# --------------------------------------------------------------------------- VoID + DCAT


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def void_description(build_dir: Path, files: dict[str, tuple[Path, str]]):
    """VoID + DCAT for the build; ``files`` maps a docs-relative path to (file, media type)."""

    VOID = Namespace("http://rdfs.org/ns/void#")
    SPDX = Namespace("http://spdx.org/rdf/terms#")
    store = open_store(build_dir)
    s = stats(build_dir)
    g = Graph()
    for p, ns in PREFIXES.items():
        g.bind(p, ns, override=True)
    g.bind("spdx", SPDX)
    ds = URIRef(DATASET)
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, RDF.type, DCAT.Dataset))
    g.add((ds, DCTERMS.title, Literal("产业工人队伍建设改革知识图谱", lang="zh")))
    g.add((ds, DCTERMS.title, Literal("reformkg: a knowledge graph of China's industrial-workforce reform", lang="en")))
    g.add((ds, DCTERMS.description, Literal(
        "Reform measures, figures, recognitions, posts and events of China's industrial-workforce reform (产改) "
        "and trade-union work, annotated from newspaper pages; every fact points to its story and to the "
        "exact evidence span of the page text.", lang="en")))
    generation = current_link(build_dir).resolve().name
    g.add((ds, OWL.versionInfo, Literal(generation)))
    g.add((ds, VOID.uriSpace, Literal(BASE)))
    g.add((ds, VOID.triples, Literal(s["quads"], datatype=X.integer)))
    subjects = {q.subject for q in store if isinstance(q.subject, ox.NamedNode)}
    g.add((ds, VOID.distinctSubjects, Literal(len(subjects), datatype=X.integer)))
    g.add((ds, VOID.entities, Literal(sum(s["classes"].values()), datatype=X.integer)))
    g.add((ds, VOID.properties, Literal(len({q.predicate for q in store}), datatype=X.integer)))
    g.add((ds, DCTERMS.conformsTo, URIRef(ONTOLOGY)))
    g.add((ds, VOID.vocabulary, URIRef(RKO)))
    for prefix in ("org", "prov", "oa", "qb", "skos", "dcterms", "time", "foaf"):
        g.add((ds, VOID.vocabulary, URIRef(str(PREFIXES[prefix]))))
    g.add((ds, VOID.exampleResource, URIRef(BASE + "region/xunyang")))
    g.add((ds, VOID.rootResource, URIRef(ONTOLOGY)))
    # entities per class
    for cls, n in s["classes"].items():
        part = URIRef(f"{DATASET}/class/{cls}")
        g.add((ds, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef((str(PREFIXES["skos"]) if cls == "Concept" else RKO) + cls)))
        g.add((part, VOID.entities, Literal(n, datatype=X.integer)))
    # named graphs
    for graph in s["graphs"]:
        n = sum(1 for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
        node = URIRef(graph)
        g.add((ds, VOID.subset, node))
        g.add((node, RDF.type, VOID.Dataset))
        g.add((node, VOID.triples, Literal(n, datatype=X.integer)))
        if "/graph/page/" in graph:
            g.add((node, DCTERMS.source, URIRef(BASE + "page/" + graph.rsplit("/", 1)[-1])))
    # sources: the page files with their sha256 (prov:wasDerivedFrom: DCAT-AP keeps dct:source
    # of a dcat:Dataset for the datasets it derives from, and a page file is none)
    for q in store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), ox.NamedNode(RKO + "Page"), None):
        page = q.subject
        node = URIRef(page.value)
        sha = next(store.quads_for_pattern(page, ox.NamedNode(RKO + "sha256"), None, None)).object.value
        name = next(store.quads_for_pattern(page, ox.NamedNode(RDFS + "label"), None, None)).object.value
        g.add((ds, PROV.wasDerivedFrom, node))
        g.add((node, RDF.type, FOAF.Document))
        g.add((node, DCTERMS.title, Literal(f"data/articles/{name}")))
        g.add((node, DCTERMS["format"], Literal("text/plain; charset=utf-8")))
        _checksum(g, node, sha, SPDX)
    # distributions (byte size xsd:decimal and checksum xsd:hexBinary, as DCAT-AP 3.0.0 has them)
    distributions = {}
    for rel, (path, media) in sorted(files.items()):
        dist = URIRef(DOCS_BASE + rel)
        g.add((ds, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCTERMS.title, Literal(rel)))
        g.add((dist, DCAT.downloadURL, dist))
        g.add((dist, DCAT.byteSize, Literal(str(path.stat().st_size), datatype=X.decimal)))
        _checksum(g, dist, _sha256(path), SPDX)
        fmt = next((f for f, (suffix, _m, _q) in RDF_FORMATS.items() if rel == f"dumps/{DUMP_NAME}{suffix}"), None)
        if fmt:
            g.add((ds, VOID.dataDump, dist))
            standard = URIRef(f"http://www.w3.org/ns/formats/{FORMAT_IRIS[fmt]}")
            g.add((dist, DCTERMS.conformsTo, standard))
            g.add((standard, RDF.type, DCTERMS.Standard))
        distributions[dist] = (media, _file_description(rel, fmt))
    # the ontology and its documentation
    onto = URIRef(ONTOLOGY)
    g.add((onto, RDF.type, OWL.Ontology))
    g.add((onto, RDF.type, DCTERMS.Standard))
    for page in ("ontology.html", "index.html"):
        g.add((URIRef(DOCS_BASE + page), RDF.type, FOAF.Document))
    g.add((onto, DCAT.landingPage, URIRef(DOCS_BASE + "ontology.html")))
    g.add((ds, DCAT.landingPage, URIRef(DOCS_BASE + "index.html")))
    describe_catalogue(g, store, build_dir.parent / "data", ds, distributions, URIRef(DOCS_BASE + "index.html"),
                       URIRef(DOCS_BASE + "void.ttl"))
    return g


DUMP_DESCRIPTIONS = {
    "turtle": "The whole dataset in Turtle: the union of the named graphs.",
    "trig": "The whole dataset in TriG: one named graph per page, the registry and the ontology.",
    "nquads": "The whole dataset in N-Quads, lines sorted: one named graph per page, the registry and the ontology.",
    "ntriples": "The whole dataset in N-Triples: the union of the named graphs.",
    "jsonld": "The whole dataset in JSON-LD (expanded form): one @graph per named graph.",
}
OTHER_DESCRIPTIONS = {
    "context.jsonld": "JSON-LD context: the prefixes and a short term for every class and property of the ontology.",
    "ontology.html": "The ontology documented for people (HTML, made by pyLODE).",
    "ontology.ttl": "The ontology's classes and properties in Turtle.",
    "csv/codebook.csv": "Codebook of the CSV tables: table, column, type and description of every column.",
}


def _file_description(rel: str, fmt: str | None) -> str:
    if fmt:
        return DUMP_DESCRIPTIONS[fmt]
    table = next((t for t in TABLES if rel == f"csv/{t.name}.csv"), None)
    if table:
        return f"Flat table (CSV, UTF-8, RFC 4180): {table.description}"
    return OTHER_DESCRIPTIONS.get(rel, rel)


def _checksum(g, node, sha: str, SPDX):

    c = BNode()
    g.add((node, SPDX.checksum, c))
    g.add((c, RDF.type, SPDX.Checksum))
    g.add((c, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
    g.add((c, SPDX.checksumValue, Literal(sha, datatype=X.hexBinary)))


# --------------------------------------------------------------------------- everything


INDEX = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>reformkg: dataset files</title></head>
<body><h1>reformkg: dataset files</h1><p>Build {generation}. Licence: {license}.</p><ul>
{items}
</ul></body></html>
"""


def write_portal(build_dir: Path, progress: Callable[[str, int, int], None] | None = None,
                 skipped: list | None = None) -> list[Path]:
    """Write dumps, CSV tables + codebook, JSON-LD context, ontology docs and VoID/DCAT under
    ``build/docs/``; returns the files written (VoID last: it describes the others). A dump
    whose format is made in memory and would not fit is left out (an earlier one of that name
    removed), appended to ``skipped`` as (file, reason), and not described."""

    build_dir = Path(build_dir)
    open_store(build_dir)  # a clear error when there is no build
    docs = build_dir / "docs"
    (docs / "dumps").mkdir(parents=True, exist_ok=True)
    files: dict[str, tuple[Path, str]] = {}
    steps = list(RDF_FORMATS) + ["csv", "context", "ontology", "void"]

    def step(name, i):
        if progress:
            progress(name, i, len(steps))

    for i, fmt in enumerate(RDF_FORMATS):
        step(fmt, i)
        suffix, media, _quads = RDF_FORMATS[fmt]
        path = docs / "dumps" / f"{DUMP_NAME}{suffix}"
        try:
            with open(path, "wb") as fh:
                export_to(build_dir, fmt, fh)
        except TooLargeForMemory as exc:  # the other files are still worth having
            path.unlink(missing_ok=True)
            if skipped is not None:
                skipped.append((f"dumps/{path.name}", str(exc)))
            continue
        files[f"dumps/{path.name}"] = (path, media)
    step("csv", len(RDF_FORMATS))
    for path in write_csv(build_dir, docs / "csv"):
        files[f"csv/{path.name}"] = (path, "text/csv")
    step("context", len(RDF_FORMATS) + 1)
    onto = ontology_graph(build_dir)
    ctx = docs / "context.jsonld"
    ctx.write_text(json.dumps(jsonld_context(onto), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    files["context.jsonld"] = (ctx, "application/ld+json")
    step("ontology", len(RDF_FORMATS) + 2)
    html = docs / "ontology.html"
    html.write_text(ontology_html(onto), encoding="utf-8")
    files["ontology.html"] = (html, "text/html")
    onto_ttl = docs / "ontology.ttl"
    onto_ttl.write_bytes(onto.serialize(format="turtle").encode("utf-8"))
    files["ontology.ttl"] = (onto_ttl, "text/turtle")
    step("void", len(RDF_FORMATS) + 3)
    void = void_description(build_dir, files)
    void_path = docs / "void.ttl"
    void_path.write_text(void.serialize(format="turtle"), encoding="utf-8")
    licence = ", ".join(sorted(str(o) for o in void.objects(URIRef(DATASET), DCTERMS.license)))
    items = "\n".join(f'<li><a href="{escape(rel)}">{escape(rel)}</a> ({path.stat().st_size} bytes, {escape(media)})</li>'
                      for rel, (path, media) in sorted({**files, "void.ttl": (void_path, "text/turtle")}.items()))
    index = docs / "index.html"
    index.write_text(INDEX.format(generation=escape(current_link(build_dir).resolve().name),
                                  license=escape(licence), items=items), encoding="utf-8")
    if progress:
        progress("", len(steps), len(steps))
    return [p for p, _m in files.values()] + [void_path, index]
