"""The W3C SPARQL 1.1 Protocol tests against `reformkg serve --data`.

Reads ``../shared/standards/sparql11/protocol/manifest.ttl`` (w3c/rdf-tests, not copied into the
project) with rdflib and runs every test that applies to a read-only endpoint: each request as
the manifest describes it (method, path and parameters, headers, body in its character
encoding), each response checked as the manifest says (status class, results format, boolean).
The manifest's ``ht:absolutePath`` values start with ``/sparql/``, which the manifest asks a
runner to replace with the endpoint's path: here ``/sparql``.

The tests' data: the graphs the manifest's ``ut:graphData`` name (``data1.nt`` … as the named
graphs ``http://kasei.us/2009/09/sparql/data/data1.rdf`` …, their ``rdfs:label``), written to one
N-Quads file that one server serves for the module.

Not applicable: the tests whose Update must succeed (the endpoint is read-only; it refuses
every Update with 403). The tests that send an Update and expect a 4xx are run. A test listed in
EXPECTED_FAILURES must fail (strict xfail); there are none. README's Conformance row is checked
against the counts.
"""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection
from test_serve import serving

ROOT = Path(__file__).resolve().parent.parent
SUITE = ROOT.parent / "shared" / "standards" / "sparql11" / "protocol"
MANIFEST = SUITE / "manifest.ttl"

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")

READ_ONLY = "an Update that must succeed: the endpoint is read-only and refuses every Update with 403"
NOT_APPLICABLE = {name: READ_ONLY for name in (
    "update_dataset_default_graph", "update_dataset_default_graphs", "update_dataset_named_graphs",
    "update_dataset_full", "update_post_form", "update_post_direct", "update_base_uri")}
EXPECTED_FAILURES: dict[str, str] = {}  # name → why (none: every applicable test passes)

BOOLEAN_TYPES = ("application/sparql-results+json", "application/sparql-results+xml")
TABULAR_TYPES = (*BOOLEAN_TYPES, "text/csv", "text/tab-separated-values")
RDF_TYPES = {"application/rdf+xml": "xml", "text/turtle": "turtle", "application/n-triples": "nt"}
RESULTS_NS = {"s": "http://www.w3.org/2005/sparql-results#"}
STATUS = {HTS.StatusCode2xx: 2, HTS.StatusCode3xx: 3, HTS.StatusCode4xx: 4, HTS.StatusCode5xx: 5}


def _manifest() -> Graph:
    return Graph().parse(MANIFEST, format="turtle")


GRAPH = _manifest()


def entries() -> list[URIRef]:
    manifest = next(GRAPH.subjects(RDF.type, MF.Manifest))
    return list(Collection(GRAPH, GRAPH.value(manifest, MF.entries)))


def name(test: URIRef) -> str:
    return str(test).rsplit("#", 1)[1]


def requests_of(test: URIRef) -> list:
    return list(Collection(GRAPH, GRAPH.value(GRAPH.value(test, MF.action), HT.requests)))


def headers_of(request) -> dict[str, str]:
    node = GRAPH.value(request, HT.headers)
    return {str(GRAPH.value(h, HT.fieldName)): str(GRAPH.value(h, HT.fieldValue))
            for h in (Collection(GRAPH, node) if node is not None else [])}


def body_of(request) -> bytes | None:
    body = GRAPH.value(request, HT.body)
    if body is None:
        return None
    return str(GRAPH.value(body, CNT.chars)).encode(str(GRAPH.value(body, CNT.characterEncoding)))


def expected_statuses(request) -> set[int]:
    return {STATUS[s] for s in GRAPH.objects(GRAPH.value(request, HT.resp), MF.expectedStatus)}


def is_update(request) -> bool:
    """Whether a request sends SPARQL Update (``update=`` or ``application/sparql-update``)."""
    body = body_of(request) or b""
    path = str(GRAPH.value(request, HT.absolutePath))
    return ("sparql-update" in headers_of(request).get("content-type", "") or body.startswith(b"update=")
            or "update=" in urlsplit(path).query)


def applicable(test: URIRef) -> bool:
    """A test applies unless one of its requests is an Update that must succeed."""
    return not any(is_update(r) and expected_statuses(r) & {2, 3} for r in requests_of(test))


def graph_data() -> dict[str, Path]:
    """The tests' data graphs, by graph IRI: every ``ut:graphData`` of the manifest (the same
    file wherever a graph is named)."""
    out: dict[str, Path] = {}
    for test in entries():
        for node in GRAPH.objects(test, UT.graphData):
            iri, path = str(GRAPH.value(node, RDFS.label)), SUITE / Path(urlsplit(str(GRAPH.value(node, UT.graph))).path).name
            assert out.setdefault(iri, path) == path, iri
    return out


TESTS = entries()
RUN = [t for t in TESTS if applicable(t)]


def test_the_manifest_is_read_whole():
    """34 tests, the not-applicable ones exactly those listed, every test's requests read."""
    assert len(TESTS) == 34 and all(requests_of(t) for t in TESTS)
    assert {name(t) for t in TESTS if not applicable(t)} == set(NOT_APPLICABLE)
    assert set(EXPECTED_FAILURES) <= {name(t) for t in RUN}
    data = graph_data()
    assert sorted(p.name for p in data.values()) == ["data1.nt", "data2.nt", "data3.nt"]
    assert all(p.is_file() for p in data.values())


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    """`reformkg serve --data` over the tests' graphs (one N-Quads file): the /sparql URL."""
    store = ox.Store()
    for iri, path in graph_data().items():
        store.load(path=str(path), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(iri))
    data = tmp_path_factory.mktemp("protocol") / "graphs.nq"
    store.dump(str(data), format=ox.RdfFormat.N_QUADS)
    with serving(ROOT, "--data", str(data)) as (base, _proc):
        yield base + "/sparql"


def send(endpoint: str, request) -> httpx.Response:
    path = str(GRAPH.value(request, HT.absolutePath))
    assert path.startswith("/sparql/")
    url = endpoint + path.removeprefix("/sparql/")
    return httpx.request(str(GRAPH.value(request, HT.methodName)), url, headers=headers_of(request),
                         content=body_of(request), timeout=30, follow_redirects=False)


def boolean_of(media: str, body: bytes) -> bool:
    if media == "application/sparql-results+json":
        return json.loads(body)["boolean"]
    text = ET.fromstring(body).find("s:boolean", RESULTS_NS).text
    return {"true": True, "false": False}[text]


def check_response(request, r: httpx.Response) -> None:
    resp = GRAPH.value(request, HT.resp)
    assert r.status_code // 100 in expected_statuses(request), (r.status_code, r.text[:300])
    fmt = GRAPH.value(resp, MF.expectedFormat)
    media = r.headers.get("content-type", "").split(";")[0].strip()
    if fmt is not None:
        fmt = str(fmt)
        if fmt == "boolean":
            assert media in BOOLEAN_TYPES, media
            boolean_of(media, r.content)  # parses
        elif fmt == "tabular":
            assert media in TABULAR_TYPES, media
            if media == "application/sparql-results+json":
                assert "vars" in r.json()["head"] and "bindings" in r.json()["results"]
            elif media == "application/sparql-results+xml":
                assert ET.fromstring(r.content).find("s:results", RESULTS_NS) is not None
        else:
            assert fmt == "RDF" and media in RDF_TYPES, (fmt, media)
            Graph().parse(io.BytesIO(r.content), format=RDF_TYPES[media])
    expected = GRAPH.value(resp, MF.expectedBoolean)
    if expected is not None:
        assert boolean_of(media, r.content) is expected.toPython()


@pytest.mark.slow  # starts a server
@pytest.mark.parametrize("test", [
    pytest.param(t, id=name(t), marks=[pytest.mark.xfail(strict=True, reason=EXPECTED_FAILURES[name(t)])]
                 if name(t) in EXPECTED_FAILURES else []) for t in RUN])
def test_protocol(endpoint, test):
    for request in requests_of(test):
        check_response(request, send(endpoint, request))


def test_readme_row_holds_the_counts():
    """README's Conformance row of this suite: tests run, passed, expected failures, and the
    not-applicable count it states."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = [line for line in readme.splitlines() if line.startswith("| SPARQL 1.1 Protocol")]
    assert len(rows) == 1, rows
    cells = [c.strip() for c in rows[0].strip("|").split("|")]
    assert [int(c) for c in cells[1:4]] == [len(RUN), len(RUN) - len(EXPECTED_FAILURES), len(EXPECTED_FAILURES)]
    assert re.search(rf"\b{len(NOT_APPLICABLE)} not applicable\b", cells[0]), cells[0]
