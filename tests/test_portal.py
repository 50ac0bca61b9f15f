"""`reformkg export --portal` and `--format csv` on the built real data: every dump parses back
to the store's dataset, the VoID/DCAT description tells the truth about the files, the CSV
tables match the store and the codebook explains every column."""

from __future__ import annotations

import csv
import hashlib
import json
import re
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from helpers import exported
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS

from reformkg.cli.common import main

RK = "https://w3id.org/reformkg/"
RKO = Namespace(RK + "ontology#")
VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")  # an open namespace: pytest probes module attributes, and the closed one warns
SPDX = Namespace("http://spdx.org/rdf/terms#")
OA = Namespace("http://www.w3.org/ns/oa#")
PROV = Namespace("http://www.w3.org/ns/prov#")
DUMPS = {  # format → (file, rdflib parser, keeps named graphs)
    "turtle": ("reformkg.ttl", "turtle", False),
    "trig": ("reformkg.trig", "trig", True),
    "nquads": ("reformkg.nq", "nquads", True),
    "ntriples": ("reformkg.nt", "nt", False),
    "jsonld": ("reformkg.jsonld", "json-ld", True),
}


@pytest.fixture(scope="module")
def docs(built) -> Path:
    res = CliRunner().invoke(main, ["--project", str(built.root), "export", "--portal"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert "wrote build/docs/void.ttl" in res.output
    return built.build_dir / "docs"


@pytest.fixture(scope="module")
def store(built):
    return ox.Store.read_only(str(built.build_dir / "current" / "store"))


@pytest.fixture(scope="module")
def reference(store) -> Dataset:
    """The store's dataset, read by rdflib from pyoxigraph's own N-Quads dump."""
    ds = Dataset()
    ds.parse(data=store.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
    return ds


def quads(ds: Dataset) -> set:
    return {(s, p, o, g) for s, p, o, g in ds.quads((None, None, None, None))}


# --------------------------------------------------------------------------- round trips


@pytest.mark.slow
@pytest.mark.parametrize("fmt", list(DUMPS))
def test_dump_parses_back_isomorphic_to_the_store(fmt, docs, reference):
    name, parser, keeps_graphs = DUMPS[fmt]
    expected = quads(reference)
    assert not any(isinstance(t, BNode) for q in expected for t in q)  # ground: isomorphic == equal
    if keeps_graphs:
        ds = Dataset()
        ds.parse(docs / "dumps" / name, format=parser)
        got = quads(ds)
        assert len(got) == len(expected) and got == expected
    else:
        g = Graph().parse(docs / "dumps" / name, format=parser)
        union = {(s, p, o) for s, p, o, _g in expected}
        assert len(g) == len(union) and set(g) == union


# --------------------------------------------------------------------------- VoID + DCAT


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def checksum(g: Graph, node) -> str:
    c = g.value(node, SPDX.checksum)
    assert g.value(c, SPDX.algorithm) == SPDX.checksumAlgorithm_sha256
    return str(g.value(c, SPDX.checksumValue))


@pytest.mark.slow
def test_void_dcat_describes_the_build(docs, store, built):
    g = Graph().parse(docs / "void.ttl", format="turtle")
    ds = URIRef(RK + "dataset")
    assert (ds, RDF.type, VOID.Dataset) in g and (ds, RDF.type, DCAT.Dataset) in g
    assert g.value(ds, VOID.triples).toPython() == len(store)
    assert g.value(ds, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert (ds, VOID.vocabulary, URIRef(str(RKO))) in g and (ds, DCTERMS.conformsTo, URIRef(RK + "ontology")) in g
    # entities per class, counted again here
    parts = {g.value(p, VOID["class"]): g.value(p, VOID.entities).toPython() for p in g.objects(ds, VOID.classPartition)}
    for cls in ("Measure", "Observation", "Recognition", "Region", "Organisation", "PolicyDocument", "Page"):
        n = len({q.subject for q in store.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(RKO[cls]), None)})
        assert parts[RKO[cls]] == n > 0, cls
    # named graphs with their triples
    graphs = {str(s): g.value(s, VOID.triples).toPython() for s in g.objects(ds, VOID.subset)}
    assert graphs == {gn.value: sum(1 for _ in store.quads_for_pattern(None, None, None, gn)) for gn in store.named_graphs()}
    # sources: every page file with its sha256, computed here from data/articles
    sources = {str(g.value(s, DCTERMS.title)): checksum(g, s) for s in g.objects(ds, PROV.wasDerivedFrom)}
    assert sources == {f"data/articles/{p.name}": sha256(p) for p in sorted(built.articles.glob("*.txt"))}
    # distributions: every file, its media type, byte size and sha256
    dists = list(g.objects(ds, DCAT.distribution))
    assert len(dists) >= len(DUMPS) + 7
    for d in dists:
        path = docs / str(d)[len(RK + "docs/"):]
        assert path.is_file(), d
        assert g.value(d, DCAT.byteSize).toPython() == path.stat().st_size, d
        assert checksum(g, d) == sha256(path), d
        assert str(g.value(d, DCAT.mediaType)).startswith("https://www.iana.org/assignments/media-types/")
    media = {str(d).rsplit("/", 1)[-1]: str(g.value(d, DCAT.mediaType)).rsplit("/", 2)[-2:] for d in dists}
    assert media["reformkg.nq"] == ["application", "n-quads"] and media["measures.csv"] == ["text", "csv"]
    assert {str(d).rsplit("/", 1)[-1] for d in g.objects(ds, VOID.dataDump)} == {n for n, _p, _k in DUMPS.values()}


# --------------------------------------------------------------------------- JSON-LD context and ontology docs


@pytest.mark.slow
def test_jsonld_context_covers_the_ontology_and_expands_right(docs, store):
    ctx = json.loads((docs / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    onto = Graph().parse(docs / "ontology.ttl", format="turtle")
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty):
        for term in onto.subjects(RDF.type, kind):
            if str(term).startswith(str(RKO)):
                name = str(term)[len(str(RKO)):]
                assert name in ctx or f"rko:{name}" in ctx, term  # rko:region: `region` is a prefix
    doc = {"@context": ctx, "@id": "rk:measure/p/m1", "@type": "Measure", "rko:region": "region:xunyang",
           "value": "358000", "label": "举措"}
    g = Graph().parse(data=json.dumps(doc), format="json-ld")
    m = URIRef(RK + "measure/p/m1")
    assert (m, RDF.type, RKO.Measure) in g
    assert (m, RKO.region, URIRef(RK + "region/xunyang")) in g  # an object property gives an IRI
    assert g.value(m, RKO.value).datatype == URIRef("http://www.w3.org/2001/XMLSchema#decimal")
    assert (m, RDFS.label, Literal("举措")) in g


@pytest.mark.slow
def test_ontology_html_documents_every_class_and_property(docs):
    page = (docs / "ontology.html").read_text(encoding="utf-8")
    onto = Graph().parse(docs / "ontology.ttl", format="turtle")
    terms = [t for k in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty) for t in onto.subjects(RDF.type, k)
             if str(t).startswith(str(RKO))]
    assert len(terms) > 50
    for t in terms:
        en = next(str(label) for label in onto.objects(t, RDFS.label) if label.language == "en")
        assert en in page, t
    assert "改革举措" in page  # zh labels too


# --------------------------------------------------------------------------- CSV


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


TABLES = {"measures": "Measure", "observations": "Observation", "recognitions": "Recognition",
          "documents": "PolicyDocument", "organisations": "Organisation", "regions": "Region"}


@pytest.mark.slow
def test_csv_tables_have_a_row_per_entity_and_a_codebook_entry_per_column(docs, store):
    book = read_csv(docs / "csv" / "codebook.csv")
    for table, cls in TABLES.items():
        rows = read_csv(docs / "csv" / f"{table}.csv")
        iris = {q.subject.value for q in store.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(RKO[cls]), None)}
        assert [r["iri"] for r in rows] == sorted(iris), table
        explained = [b["column"] for b in book if b["table"] == table and b["column"]]
        assert explained == list(rows[0]), table
        assert all(b["description"] and b["type"] for b in book if b["table"] == table)


@pytest.mark.slow
def test_observation_values_and_quotes_match_the_store(docs, store, built):
    rows = read_csv(docs / "csv" / "observations.csv")
    texts = {p.stem: re.sub(r"\s", "", p.read_text(encoding="utf-8")) for p in built.articles.glob("*.txt")}
    checked = 0
    for row in rows:
        node = ox.NamedNode(row["iri"])
        values = [q.object.value for q in store.quads_for_pattern(node, ox.NamedNode(RKO.value), None, None)]
        assert (Decimal(row["value"]) if row["value"] else None) == (Decimal(values[0]) if values else None), row["iri"]
        for fragment in row["quote"].split(" … "):
            assert re.sub(r"\s", "", fragment) in texts[row["page"]], row["iri"]
        assert len(row["quote_offsets"].split("; ")) == len(row["quote"].split(" … "))
        checked += 1
    assert checked == len(rows) > 100
    # a normalised value next to its printed form
    assert any(r["original_text"].endswith("万人") and Decimal(r["value"]) >= 10000 for r in rows if r["value"])


@pytest.mark.slow
def test_region_table_keeps_codes_and_counts(docs, store):
    rows = {r["id"]: r for r in read_csv(docs / "csv" / "regions.csv")}
    assert all(re.fullmatch(r"\d{6}", r["gb_code"]) for r in rows.values() if r["gb_code"])
    facts = {q.subject for q in store.quads_for_pattern(None, ox.NamedNode(RKO.region),
                                                        ox.NamedNode(RK + "region/xunyang"), None)}
    measures = {f for f in facts if next(store.quads_for_pattern(f, ox.NamedNode(str(RDF.type)), ox.NamedNode(RKO.Measure), None), None)}
    assert int(rows["xunyang"]["measures"]) == len(measures) > 0
    assert len(facts) > len(measures)  # every fact has a region now: the column counts measures only
    assert rows["xunyang"]["parent_label"] == "安康市"


# --------------------------------------------------------------------------- CLI


def test_export_csv_to_a_directory_and_usage_errors(built, run_cli, tmp_path):
    res = run_cli(built, "export", "--format", "csv", "-o", str(tmp_path / "tables"))
    assert res.exit_code == 0 and "measures.csv" in res.output
    assert sorted(p.name for p in (tmp_path / "tables").iterdir()) == sorted([f"{t}.csv" for t in TABLES] + ["codebook.csv"])
    f = tmp_path / "file.txt"
    f.write_text("x")
    res = run_cli(built, "export", "--format", "csv", "-o", str(f))
    assert res.exit_code == 2 and "is a file" in res.output
    res = run_cli(built, "export", "--portal", "-o", str(tmp_path / "x"))
    assert res.exit_code == 2 and "--portal" in res.output


def test_export_portal_without_build(tmp_path, run_cli):
    (tmp_path / "data").mkdir()
    res = run_cli(tmp_path, "export", "--portal")
    assert res.exit_code == 1 and "run `reformkg build` first" in res.output


@pytest.mark.slow
def test_dumps_are_byte_identical_for_the_same_build(docs, built):
    """Published checksums only change when the data does."""
    for fmt, (name, _parser, _graphs) in DUMPS.items():
        assert exported(built.build_dir, fmt) == (docs / "dumps" / name).read_bytes(), fmt


@pytest.mark.slow
def test_a_portal_leaves_out_the_dumps_that_would_not_fit(tmp_path, run_cli, monkeypatch):
    """With memory for TriG but not for Turtle, N-Triples or JSON-LD, `export --portal` writes
    the rest, says which dumps it left out and why, removes earlier ones of those names, and the
    VoID describes only what is there."""
    from helpers import copy_project

    from reformkg.pipeline.orchestrate import build
    from reformkg.publish import export as ex

    proj = copy_project(tmp_path / "p")
    build(proj)
    stale = proj.build_dir / "docs" / "dumps" / "reformkg.ttl"
    stale.parent.mkdir(parents=True)
    stale.write_text("from an earlier portal\n")
    quads = ex.quad_count(proj.build_dir)
    monkeypatch.setattr(ex, "available_memory", lambda: quads * 600)  # TriG (300 a quad) fits, Turtle (1,100) not
    res = run_cli(proj, "export", "--portal")
    assert res.exit_code == 0, res.output
    for name in ("reformkg.ttl", "reformkg.nt", "reformkg.jsonld"):
        assert f"skipped build/docs/dumps/{name}: --format " in res.output
        assert not (proj.build_dir / "docs" / "dumps" / name).exists()
    assert "wrote build/docs/dumps/reformkg.nq" in res.output and "wrote build/docs/dumps/reformkg.trig" in res.output
    void = (proj.build_dir / "docs" / "void.ttl").read_text(encoding="utf-8")
    assert "reformkg.trig" in void and "reformkg.nq" in void and "reformkg.ttl" not in void
