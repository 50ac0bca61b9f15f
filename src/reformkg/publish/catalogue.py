"""The DCAT-AP 3.0.0 part of ``build/docs/void.ttl``: the catalogue, the dataset's publisher,
contact point, keywords, spatial and temporal coverage, themes and licence, and what DCAT-AP asks
of every distribution (access URL, format, licence, availability, description), every class the
profile's range shapes name typed as such.

What the data cannot say (publisher, contact, licence, availability, keywords) is the project's
choice, kept in ``data/catalogue.yaml``; the regions' bounding boxes and centroids are in
``data/region-extents.yaml`` (written by ``scripts/region_extents.py``). Everything else is read
from the store. ``tests/test_dcat_ap.py`` validates the result with pySHACL against the official
shapes (shapes.ttl, range.ttl, shapes_recommended.ttl): no violation, no warning.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, RDFS, SKOS
from rdflib.namespace import XSD as X
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from reformkg.errors import ReformkgError
from reformkg.namespaces import BASE

CATALOGUE_FILE = "catalogue.yaml"  # under data/
EXTENTS_FILE = "region-extents.yaml"  # under data/
CATALOGUE = BASE + "catalogue"

DCATAP = Namespace("http://data.europa.eu/r5r/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
EU = "http://publications.europa.eu/resource/authority/"
# EU Vocabularies "file type" for dct:format, by media type
FILE_TYPES = {"text/turtle": "RDF_TURTLE", "application/trig": "RDF_TRIG", "application/n-quads": "RDF_N_QUADS",
              "application/n-triples": "RDF_N_TRIPLES", "application/ld+json": "JSON_LD", "text/csv": "CSV",
              "text/html": "HTML"}
LANGUAGES = {"ZHO": ("中文", "Chinese"), "ENG": ("英语", "English")}
THEME_SCHEME = BASE + "vocab/reform-area"

_RKO = BASE + "ontology#"
_TYPE = ox.NamedNode(str(RDF.type))
_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def read_choices(data_dir: Path) -> dict:
    """``data/catalogue.yaml``, checked: one clear line naming what is missing or wrong."""

    path = Path(data_dir) / CATALOGUE_FILE
    try:
        doc = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ReformkgError(f"data/{CATALOGUE_FILE}: cannot read it ({exc.strerror}); it holds the publisher, "
                            f"contact and licence of the catalogue `export --portal` writes") from None
    except YAMLError as exc:
        raise ReformkgError(f"data/{CATALOGUE_FILE}: not valid YAML ({str(exc).splitlines()[0]})") from None
    required = ("publisher.name.zh", "publisher.name.en", "publisher.type.iri", "publisher.type.label",
                "contact.name", "contact.url", "licence.iri", "licence.title", "licence.type.iri",
                "licence.type.label", "availability.iri", "availability.label", "issued", "keywords.zh",
                "keywords.en")
    for key in required:
        node = doc
        for part in key.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        if node in (None, "", []):
            raise ReformkgError(f"data/{CATALOGUE_FILE}: {key} is missing; expected a value (see the README, "
                                f"\"Portal files\")")
    if not _DATE.match(str(doc["issued"])):
        raise ReformkgError(f"data/{CATALOGUE_FILE}: issued: {doc['issued']!r} is no date; expected YYYY-MM-DD")
    return doc


def read_extents(data_dir: Path) -> dict[str, list[float]]:
    """GB/T 2260 code → [west, south, east, north, centroid lon, centroid lat]; {} without the file."""

    path = Path(data_dir) / EXTENTS_FILE
    if not path.is_file():
        return {}
    try:
        doc = YAML(typ="safe").load(path.read_text(encoding="utf-8")) or {}
    except YAMLError as exc:
        raise ReformkgError(f"data/{EXTENTS_FILE}: not valid YAML ({str(exc).splitlines()[0]})") from None
    extents = doc.get("extents") or {}
    for code, values in extents.items():
        if not (isinstance(values, list) and len(values) == 6 and all(isinstance(v, (int, float)) for v in values)):
            raise ReformkgError(f"data/{EXTENTS_FILE}: {code}: expected [west, south, east, north, lon, lat]")
    return {str(k): v for k, v in extents.items()}


def _concept(g: Graph, iri: str, label: str, lang: str = "en") -> URIRef:
    node = URIRef(iri)
    g.add((node, RDF.type, SKOS.Concept))
    g.add((node, SKOS.prefLabel, Literal(label, lang=lang)))
    return node


def _wkt(n: float) -> str:
    return f"{n:.4f}".rstrip("0").rstrip(".")


def _period(lit: ox.Literal) -> tuple[dt.date, dt.date] | None:
    """The first and last day of an xsd:date, xsd:gYearMonth or xsd:gYear value."""

    m = _DATE.match(lit.value)
    if not m:
        return None
    y, mo, d = int(m[1]), int(m[2] or 0), int(m[3] or 0)
    if d:
        return dt.date(y, mo, d), dt.date(y, mo, d)
    if mo:
        nxt = dt.date(y + mo // 12, mo % 12 + 1, 1)
        return dt.date(y, mo, 1), nxt - dt.timedelta(days=1)
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def page_dates(store) -> dict[str, ox.Literal]:
    """Each page's date: the latest date of its stories (the issue's date; of 2025-01 and
    2025-01-20, the day), as the store has it."""

    dates: dict[str, tuple] = {}
    part_of, date = ox.NamedNode(str(DCTERMS.isPartOf)), ox.NamedNode(str(DCTERMS.date))
    for q in store.quads_for_pattern(None, _TYPE, ox.NamedNode(_RKO + "Story"), None):
        page = next(store.quads_for_pattern(q.subject, part_of, None, None), None)
        for d in store.quads_for_pattern(q.subject, date, None, None):
            span = _period(d.object) if isinstance(d.object, ox.Literal) else None
            key = span and (span[0], span[0] - span[1])  # the latest start; then the shortest span
            if page and span and (page.object.value not in dates or key > dates[page.object.value][0]):
                dates[page.object.value] = (key, d.object)
    return {p: lit for p, (_span, lit) in sorted(dates.items())}


def _literal(lit: ox.Literal) -> Literal:
    return Literal(lit.value, datatype=URIRef(lit.datatype.value))


def describe_catalogue(g: Graph, store, data_dir: Path, dataset: URIRef,
                       distributions: dict[URIRef, tuple[str, str]], landing: URIRef, itself: URIRef) -> None:
    """Add the catalogue and the DCAT-AP properties of ``dataset`` and its ``distributions``
    (distribution → (media type, description)) to ``g``; ``itself`` is the file the catalogue is
    written to, its own distribution (without size or checksum, which it cannot hold)."""

    choices = read_choices(data_dir)
    extents = read_extents(data_dir)
    g.bind("dcatap", DCATAP)
    g.bind("vcard", VCARD)
    g.bind("geo", GEO)

    # who publishes, whom to ask, under which licence
    publisher = URIRef(BASE + "publisher")
    g.add((publisher, RDF.type, FOAF.Agent))
    for lang in ("zh", "en"):
        g.add((publisher, FOAF.name, Literal(choices["publisher"]["name"][lang], lang=lang)))
    g.add((publisher, DCTERMS.type, _concept(g, choices["publisher"]["type"]["iri"], choices["publisher"]["type"]["label"])))
    contact = URIRef(BASE + "contact")
    g.add((contact, RDF.type, VCARD.Kind))
    g.add((contact, RDF.type, VCARD.Organization))
    g.add((contact, VCARD.fn, Literal(choices["contact"]["name"])))
    g.add((contact, VCARD.hasURL, URIRef(choices["contact"]["url"])))
    if choices["contact"].get("email"):
        g.add((contact, VCARD.hasEmail, URIRef("mailto:" + str(choices["contact"]["email"]))))
    licence = URIRef(choices["licence"]["iri"])
    g.add((licence, RDF.type, DCTERMS.LicenseDocument))
    g.add((licence, DCTERMS.title, Literal(choices["licence"]["title"], lang="en")))
    g.add((licence, DCTERMS.type, _concept(g, choices["licence"]["type"]["iri"], choices["licence"]["type"]["label"])))
    availability = _concept(g, choices["availability"]["iri"], choices["availability"]["label"])
    languages = []
    for code, (zh, en) in LANGUAGES.items():
        lang = URIRef(EU + "language/" + code)
        g.add((lang, RDF.type, DCTERMS.LinguisticSystem))
        g.add((lang, RDFS.label, Literal(zh, lang="zh")))
        g.add((lang, RDFS.label, Literal(en, lang="en")))
        languages.append(lang)

    # where: the regions with a GB/T 2260 code, with their extents
    spatial = []
    gb_code = ox.NamedNode(_RKO + "gbCode")
    for q in sorted(store.quads_for_pattern(None, gb_code, None, None), key=lambda q: q.object.value):
        region = URIRef(q.subject.value)
        if region in spatial:
            continue
        spatial.append(region)
        g.add((region, RDF.type, DCTERMS.Location))
        g.add((region, DCTERMS.identifier, Literal(q.object.value)))
        g.add((region, SKOS.notation, Literal(q.object.value)))
        for lab in store.quads_for_pattern(q.subject, ox.NamedNode(str(RDFS.label)), None, None):
            g.add((region, SKOS.prefLabel, Literal(lab.object.value, lang=lab.object.language)))
        if q.object.value in extents:  # CRS84: longitude first (CGCS2000 and WGS 84 agree to cm)
            w, s, e, n, x, y = (_wkt(v) for v in extents[q.object.value])
            g.add((region, DCAT.bbox, Literal(f"POLYGON(({w} {s}, {e} {s}, {e} {n}, {w} {n}, {w} {s}))",
                                              datatype=GEO.wktLiteral)))
            g.add((region, DCAT.centroid, Literal(f"POINT({x} {y})", datatype=GEO.wktLiteral)))

    # when: from the first page's date to the last's
    dates = list(page_dates(store).values())
    if dates:
        period = URIRef(str(dataset) + "/temporal")
        g.add((period, RDF.type, DCTERMS.PeriodOfTime))
        g.add((period, DCAT.startDate, _literal(min(dates, key=lambda d: _period(d)[0]))))
        g.add((period, DCAT.endDate, _literal(max(dates, key=lambda d: _period(d)[1]))))

    # what about: the reform areas the measures name
    scheme = URIRef(THEME_SCHEME)
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    for lab in store.quads_for_pattern(ox.NamedNode(THEME_SCHEME), ox.NamedNode(str(SKOS.prefLabel)), None, None):
        g.add((scheme, DCTERMS.title, Literal(lab.object.value, lang=lab.object.language)))
    themes = sorted({q.object.value for q in store.quads_for_pattern(None, ox.NamedNode(_RKO + "reformArea"), None, None)})
    for theme in themes:
        node = URIRef(theme)
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, SKOS.inScheme, scheme))
        for lab in store.quads_for_pattern(ox.NamedNode(theme), ox.NamedNode(str(SKOS.prefLabel)), None, None):
            g.add((node, SKOS.prefLabel, Literal(lab.object.value, lang=lab.object.language)))

    # the dataset, and the catalogue (which DCAT 3 makes a dcat:Dataset too: validated with the
    # vocabulary, it is held to the Dataset shapes as well)
    cat = URIRef(CATALOGUE)
    for node in (dataset, cat):
        g.add((node, DCTERMS.publisher, publisher))
        g.add((node, DCAT.contactPoint, contact))
        for lang in ("zh", "en"):
            for word in choices["keywords"][lang]:
                g.add((node, DCAT.keyword, Literal(word, lang=lang)))
        for region in spatial:
            g.add((node, DCTERMS.spatial, region))
        for lang in languages:
            g.add((node, DCTERMS.language, lang))
        if dates:
            g.add((node, DCTERMS.temporal, period))
        for theme in themes:
            g.add((node, DCAT.theme, URIRef(theme)))
    g.add((dataset, DCTERMS.identifier, Literal(str(dataset))))
    g.add((dataset, DCTERMS.license, licence))

    # its files; the catalogue's own file
    cat_file = (itself, ("text/turtle", "This catalogue: DCAT-AP 3.0.0 and VoID description of the dataset and its files."))
    g.add((itself, RDF.type, DCAT.Distribution))
    g.add((itself, DCAT.downloadURL, itself))
    g.add((cat, DCAT.distribution, itself))
    for dist, (media, description) in [*distributions.items(), cat_file]:
        g.add((dist, DCAT.accessURL, dist))
        g.add((dist, DCTERMS.description, Literal(description, lang="en")))
        g.add((dist, DCTERMS.license, licence))
        g.add((dist, DCATAP.availability, availability))
        media_type = URIRef(f"https://www.iana.org/assignments/media-types/{media}")
        g.add((dist, DCAT.mediaType, media_type))
        g.add((media_type, RDF.type, DCTERMS.MediaType))
        fmt = URIRef(EU + "file-type/" + FILE_TYPES[media])
        g.add((dist, DCTERMS["format"], fmt))
        g.add((fmt, RDF.type, DCTERMS.MediaTypeOrExtent))

    # the catalogue that lists it
    g.add((cat, RDF.type, DCAT.Catalog))
    g.add((cat, DCTERMS.title, Literal("产业工人队伍建设改革知识图谱数据目录", lang="zh")))
    g.add((cat, DCTERMS.title, Literal("reformkg catalogue", lang="en")))
    g.add((cat, DCTERMS.description, Literal(
        "The catalogue of reformkg: one dataset, the knowledge graph of China's industrial-workforce reform, "
        "with its dumps, tables, JSON-LD context and ontology documentation.", lang="en")))
    g.add((cat, DCTERMS.publisher, publisher))
    g.add((cat, DCAT.dataset, dataset))
    g.add((cat, DCTERMS.license, licence))
    g.add((cat, FOAF.homepage, landing))
    g.add((cat, DCAT.themeTaxonomy, scheme))
    g.add((cat, DCTERMS.issued, Literal(str(choices["issued"]), datatype=X.date)))
    g.add((cat, DCTERMS.modified, Literal(dt.datetime.now(dt.UTC).date().isoformat(), datatype=X.date)))
