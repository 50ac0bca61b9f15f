"""The catalogue `reformkg export --portal` writes (build/docs/void.ttl) against the official
DCAT-AP 3.0.0 SHACL shapes, read from ../shared/standards/dcat-ap-3.0.0/ beside the repository:
no violation of shapes.ttl (mandatory) and range.ttl (classes of values), no warning of
shapes_recommended.ttl; and what it says is what the data and data/catalogue.yaml hold."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from helpers import ROOT, copy_project
from pyshacl import validate
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, SH, SKOS
from ruamel.yaml import YAML

from reformkg.cli.common import main

pytestmark = pytest.mark.slow  # the session's build, then export --portal

DCAT_AP = ROOT.parent / "shared" / "standards" / "dcat-ap-3.0.0"
VOCABULARIES = ROOT.parent / "shared" / "standards" / "vocabularies"
SHAPES = ("shapes.ttl", "range.ttl", "shapes_recommended.ttl")
RK = "https://w3id.org/reformkg/"
RKO = Namespace(RK + "ontology#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
DCATAP = Namespace("http://data.europa.eu/r5r/")
DCAT = Namespace("http://www.w3.org/ns/dcat#")  # open: pytest probes module attributes, and the closed one warns
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
DATASET, CATALOGUE = URIRef(RK + "dataset"), URIRef(RK + "catalogue")
# the classes the profile's shapes target (sh:targetClass of the three files)
TARGETS = (DCAT.Catalog, DCAT.Dataset, DCAT.Distribution, FOAF.Agent, SPDX.Checksum, DCTERMS.LicenseDocument,
           DCTERMS.Location, DCTERMS.PeriodOfTime, SKOS.Concept, SKOS.ConceptScheme)


@pytest.fixture(scope="module")
def void(built) -> Graph:
    res = CliRunner().invoke(main, ["--project", str(built.root), "export", "--portal"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return Graph().parse(built.build_dir / "docs" / "void.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> dict[str, Graph]:
    assert DCAT_AP.is_dir(), f"{DCAT_AP}: the DCAT-AP 3.0.0 shapes are missing"
    return {name: Graph().parse(DCAT_AP / name, format="turtle") for name in SHAPES}


def results(data: Graph, shapes: Graph, ont: Graph | None = None) -> list[str]:
    """Every result (violation or warning) as one line: severity, focus node, path, message."""
    _conforms, report, _text = validate(data, shacl_graph=shapes, ont_graph=ont, inference="none",
                                        allow_warnings=True)
    return sorted(f"{str(report.value(r, SH.resultSeverity)).rsplit('#')[-1]} {report.value(r, SH.focusNode)} "
                  f"{report.value(r, SH.resultPath)}: {report.value(r, SH.resultMessage)}"
                  for r in report.subjects(RDF.type, SH.ValidationResult))


def test_no_violation_and_no_warning_of_the_official_shapes(void, shapes):
    for name, graph in shapes.items():
        assert results(void, graph) == [], name
    # the data holds a node of every class the shapes target, so each shape file has had work
    for cls in TARGETS:
        assert next(void.subjects(RDF.type, cls), None) is not None, cls


def test_none_either_with_the_class_hierarchy_of_the_vocabularies(void, shapes):
    """imports.ttl names the vocabularies the range shapes assume; with the ones in
    ../shared/standards/vocabularies/ (DCAT 3, PROV-O, OWL-Time) beside the data, their
    subclasses count (a dcat:Catalog is a dcat:Dataset): still nothing."""
    ont = Graph()
    for name in ("dcat3.ttl", "prov-o.ttl", "time.ttl"):
        ont.parse(VOCABULARIES / name, format="turtle")
    for name, graph in shapes.items():
        assert results(void, graph, ont) == [], name


def test_the_shapes_find_what_the_catalogue_was_missing(void, shapes):
    """The issue's findings, put back one at a time, are found again: the test can fail."""
    dist = URIRef(RK + "docs/dumps/reformkg.nq")
    cases = [  # (shape file, change, expected result)
        ("shapes.ttl", [(dist, DCAT.accessURL, dist)], [], "dcat#accessURL"),
        ("shapes.ttl", [(dist, DCAT.byteSize, void.value(dist, DCAT.byteSize))],
         [(dist, DCAT.byteSize, Literal(5, datatype=XSD.nonNegativeInteger))], "xsd:decimal"),
        ("range.ttl", [], [(DATASET, DCTERMS.source, URIRef(RK + "page/000_239e137822c9727a"))], "dcat:Dataset"),
        ("range.ttl", [(void.value(dist, DCAT.mediaType), RDF.type, DCTERMS.MediaType)], [], "dct:MediaType"),
        ("shapes_recommended.ttl", [(DATASET, DCAT.contactPoint, void.value(DATASET, DCAT.contactPoint))], [],
         "dcat#contactPoint"),
        ("shapes_recommended.ttl", [(URIRef(RK + "region/xunyang"), DCAT.bbox, None)], [], "dcat#bbox"),
    ]
    for name, remove, add, expected in cases:
        g = Graph()
        g += void
        for t in remove:
            g.remove(t)
        for t in add:
            g.add(t)
        found = results(g, shapes[name])
        assert len(found) == 1 and expected in found[0], (name, expected, found)


def test_the_catalogue_says_what_the_data_and_the_choices_hold(void, built):
    choices = YAML(typ="safe").load((built.data / "catalogue.yaml").read_text(encoding="utf-8"))
    assert (CATALOGUE, DCAT.dataset, DATASET) in void
    for node in (DATASET, CATALOGUE):
        publisher = void.value(node, DCTERMS.publisher)
        assert {str(n) for n in void.objects(publisher, FOAF.name)} == set(choices["publisher"]["name"].values())
        keywords = {(str(k), k.language) for k in void.objects(node, DCAT.keyword)}
        assert keywords == {(k, lang) for lang in ("zh", "en") for k in choices["keywords"][lang]}
    licence = URIRef(choices["licence"]["iri"])
    assert void.value(DATASET, DCTERMS.license) == licence
    dists = list(void.objects(DATASET, DCAT.distribution))
    assert len(dists) >= 15
    for d in dists:
        assert void.value(d, DCTERMS.license) == licence and void.value(d, DCAT.accessURL) == d
        assert void.value(d, DCATAP.availability) == URIRef(choices["availability"]["iri"])
        assert void.value(d, DCTERMS.description) and void.value(d, DCTERMS["format"])
        assert void.value(d, DCAT.byteSize).datatype == XSD.decimal
        assert void.value(void.value(d, SPDX.checksum), SPDX.checksumValue).datatype == XSD.hexBinary
    # where: every region with a GB/T 2260 code, with that code, inside its bounding box
    regions = YAML(typ="safe").load((built.entities / "regions.yaml").read_text(encoding="utf-8"))["regions"]
    coded = {URIRef(RK + "region/" + r["id"]): r["code"] for r in regions if r.get("code")}
    spatial = set(void.objects(DATASET, DCTERMS.spatial))
    assert spatial == set(coded) and len(spatial) > 50
    for region, code in coded.items():
        assert str(void.value(region, DCTERMS.identifier)) == code
        bbox, centroid = void.value(region, DCAT.bbox), void.value(region, DCAT.centroid)
        assert bbox.datatype == centroid.datatype == GEO.wktLiteral
        xs = [float(v) for v in re.findall(r"[-\d.]+", str(bbox))]
        x, y = (float(v) for v in re.findall(r"[-\d.]+", str(centroid)))
        assert min(xs[0::2]) < x < max(xs[0::2]) and min(xs[1::2]) < y < max(xs[1::2]), region
    # when: from the first page's date to the last's (a page's date: its latest story date)
    period = void.value(DATASET, DCTERMS.temporal)
    assert (str(void.value(period, DCAT.startDate)), str(void.value(period, DCAT.endDate))) == ("2021-03-26", "2025-04-28")
    # what about: the reform areas the measures name, with their labels
    themes = set(void.objects(DATASET, DCAT.theme))
    assert URIRef(RK + "vocab/reform-area/skills") in themes and len(themes) >= 10
    assert all(void.value(t, SKOS.prefLabel) for t in themes)
    # the page files: derived from, not dct:source (which DCAT-AP keeps for datasets)
    assert len(list(void.objects(DATASET, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")))) == len(
        list(built.articles.glob("*.txt")))
    assert void.value(DATASET, DCTERMS.source) is None


def test_every_coded_region_has_an_extent_inside_its_parents():
    """data/region-extents.yaml (scripts/region_extents.py) covers the registry: a region added
    with a code and no extent fails here, before the catalogue lacks its bbox."""
    yaml = YAML(typ="safe")
    regions = {r["id"]: r for r in yaml.load((ROOT / "data" / "entities" / "regions.yaml").read_text(encoding="utf-8"))["regions"]}
    extents = {str(k): v for k, v in yaml.load((ROOT / "data" / "region-extents.yaml").read_text(encoding="utf-8"))["extents"].items()}
    assert {r["code"] for r in regions.values() if r.get("code")} == set(extents)
    for r in regions.values():
        parent = regions.get(r.get("parent"))
        if r.get("code") and parent and parent.get("code"):
            w, s, e, n, _x, _y = extents[r["code"]]
            pw, ps, pe, pn, _px, _py = extents[parent["code"]]
            assert pw - 0.01 <= w < e <= pe + 0.01 and ps - 0.01 <= s < n <= pn + 0.01, r["id"]


def test_a_catalogue_choice_missing_is_one_line_and_exit_1(tmp_path, run_cli):
    from reformkg.pipeline.orchestrate import build

    proj = copy_project(tmp_path / "p", annotations=["000_239e137822c9727a"])
    build(proj)
    path = proj.data / "catalogue.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  url: ", "  homepage: "), encoding="utf-8")
    res = run_cli(proj, "export", "--portal")
    assert res.exit_code == 1
    assert res.output.strip().splitlines()[-1] == (
        'Error: data/catalogue.yaml: contact.url is missing; expected a value (see the README, "Portal files")')
    assert "Traceback" not in res.output


def test_the_readme_conformance_row_is_this_suite(void, shapes):
    row = next(line for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
               if line.startswith("| DCAT-AP 3.0.0"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert "violations 0, warnings 0" in cells[0]
    nodes = len({s for cls in TARGETS for s in void.subjects(RDF.type, cls)})
    assert f"{nodes} nodes" in cells[0], nodes
    assert cells[1:] == [str(len(SHAPES)), str(len(SHAPES)), "0"]
