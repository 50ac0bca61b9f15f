"""`reformkg serve` over HTTP on the built real data: the SPARQL protocol, entity pages,
content negotiation, and one entity page rendered in headless Chromium."""

from __future__ import annotations

import contextlib
import csv
import html
import io
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from helpers import stop  # noqa: F401 - test_serve_hostile imports it from here too
from rdflib import Graph, Literal, URIRef

ROOT = Path(__file__).resolve().parent.parent
RK = "https://w3id.org/reformkg/"
PREFIXES = "PREFIX rko: <https://w3id.org/reformkg/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#> "
HIGHLIGHT = (0xFF, 0xD2, 0x1F)  # mark.evidence background in serve/templates/base.html


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, proc: subprocess.Popen, seconds: float = 30.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}: {proc.stderr.read().decode()}")
        try:
            httpx.get(url, timeout=2)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


@contextlib.contextmanager
def serving(root: Path, *options: str):
    """`reformkg serve` on a free port of 127.0.0.1 over the project at ``root``: (base URL, process)."""
    port = free_port()
    proc = subprocess.Popen([str(Path(sys.executable).parent / "reformkg"), "--project", str(root), "serve",
                             "--port", str(port), "--quiet", *options], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/sparql", proc)
        yield base, proc
    finally:
        stop(proc)


@pytest.fixture(scope="module")
def server(built):
    """`reformkg serve` over the session's build."""
    with serving(built.root) as (base, _proc):
        yield base


@pytest.fixture(scope="module")
def store(built):
    return ox.Store.read_only(str(built.build_dir / "current" / "store"))


def local(store, sparql):
    return list(store.query(PREFIXES + sparql, use_default_graph_as_union=True))


PAGES_Q = "SELECT ?id WHERE { ?p a rko:Page ; <http://purl.org/dc/terms/identifier> ?id } ORDER BY ?id"


# --------------------------------------------------------------------------- SPARQL protocol


def test_select_formats_by_accept(server, built):
    pages = sorted(f.stem for f in built.annotation_files())
    q = {"query": PAGES_Q}
    r = httpx.get(server + "/sparql", params=q, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/sparql-results+json")
    assert [b["id"]["value"] for b in r.json()["results"]["bindings"]] == pages
    r = httpx.get(server + "/sparql", params=q, headers={"Accept": "text/csv"})
    assert r.headers["content-type"].startswith("text/csv")
    assert [row[0] for row in csv.reader(io.StringIO(r.text))] == ["id", *pages]
    r = httpx.get(server + "/sparql", params=q, headers={"Accept": "text/tab-separated-values"})
    assert r.text.splitlines()[0] == "?id" and len(r.text.splitlines()) == len(pages) + 1
    r = httpx.get(server + "/sparql", params=q, headers={"Accept": "application/sparql-results+xml"})
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    assert [e.text for e in ET.fromstring(r.content).findall(".//s:literal", ns)] == pages
    # q-values decide: CSV preferred over JSON
    r = httpx.get(server + "/sparql", params=q, headers={"Accept": "application/sparql-results+json;q=0.5, text/csv"})
    assert r.headers["content-type"].startswith("text/csv")


def test_post_forms_give_the_same_answer(server):
    get = httpx.get(server + "/sparql", params={"query": PAGES_Q}).json()
    form = httpx.post(server + "/sparql", data={"query": PAGES_Q}).json()
    direct = httpx.post(server + "/sparql", content=PAGES_Q.encode(),
                        headers={"Content-Type": "application/sparql-query"}).json()
    assert get == form == direct and len(get["results"]["bindings"]) == 5


def test_construct_by_accept(server, store):
    q = PREFIXES + "CONSTRUCT { ?r rko:gbCode ?c } WHERE { ?r a rko:Region ; rko:gbCode ?c }"
    expected = {(str(t.subject.value), t.object.value) for t in store.query(q, use_default_graph_as_union=True)}
    assert expected
    for media, fmt in (("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"),
                       ("application/rdf+xml", "xml")):
        r = httpx.get(server + "/sparql", params={"query": q}, headers={"Accept": media})
        assert r.status_code == 200 and r.headers["content-type"].startswith(media), media
        g = Graph().parse(data=r.content, format=fmt)
        assert {(str(s), str(o)) for s, _p, o in g} == expected, media


def test_update_is_refused(server, store):
    insert = "INSERT DATA { <http://example.org/x> <http://example.org/y> <http://example.org/z> }"
    for r in (httpx.post(server + "/sparql", data={"update": insert}),
              httpx.post(server + "/sparql", content=insert, headers={"Content-Type": "application/sparql-update"}),
              httpx.get(server + "/sparql", params={"query": insert})):
        assert r.status_code == 403 and "read-only" in r.text
    r = httpx.get(server + "/sparql", params={"query": "ASK { <http://example.org/x> ?p ?o }"})
    assert r.json()["boolean"] is False


def test_bad_requests(server):
    r = httpx.get(server + "/sparql", params={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert r.status_code == 400 and "not valid SPARQL" in r.text and "Traceback" not in r.text
    r = httpx.get(server + "/sparql", params={"query": PAGES_Q}, headers={"Accept": "image/png"})
    assert r.status_code == 406 and "application/sparql-results+json" in r.text
    r = httpx.post(server + "/sparql", content=b"x", headers={"Content-Type": "text/plain"})
    assert r.status_code == 415


def test_default_graph_uri_restricts_the_default_graph(server, store):
    g = RK + "graph/registry"
    expected = len(list(store.quads_for_pattern(None, None, None, ox.NamedNode(g))))
    r = httpx.get(server + "/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                                               "default-graph-uri": g})
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == expected


def test_protocol_dataset_is_only_the_graphs_named(server, store):
    """SPARQL 1.1 Protocol 2.1.4: named-graph-uri alone leaves an empty default graph (not the
    union), default-graph-uri alone no named graphs."""
    g = RK + "graph/registry"
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    r = httpx.get(server + "/sparql", params={"query": count, "named-graph-uri": g})
    assert r.json()["results"]["bindings"][0]["n"]["value"] == "0"
    r = httpx.get(server + "/sparql", params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                                               "named-graph-uri": g})
    assert [b["g"]["value"] for b in r.json()["results"]["bindings"]] == [g]
    r = httpx.get(server + "/sparql", params={"query": "ASK { GRAPH ?g { ?s ?p ?o } }", "default-graph-uri": g})
    assert r.json()["boolean"] is False


def test_from_and_from_named_give_the_dataset(server, store):
    """SPARQL 1.1 §13.2: FROM and FROM NAMED were ignored (the union of every graph answered);
    the union is the default graph only when the query has no dataset clause, and
    default-graph-uri/named-graph-uri override the clause (Protocol 2.1.4)."""
    g = RK + "graph/page/000_239e137822c9727a"
    in_g = len(list(store.quads_for_pattern(None, None, None, ox.NamedNode(g))))
    assert 0 < in_g < len(store)

    def n(query, **params):
        r = httpx.get(server + "/sparql", params={"query": query, **params}, headers={"Accept": "text/csv"})
        assert r.status_code == 200, r.text
        return int(r.text.split()[1])

    count = "SELECT (COUNT(*) AS ?n) DATASET { ?s ?p ?o }"
    assert n(count.replace("DATASET", "")) == len(store)
    assert n(count.replace("DATASET", f"FROM <{g}>")) == in_g
    assert n(count.replace("DATASET", "FROM <http://example.org/none>")) == 0
    assert n(count.replace("DATASET", f"FROM NAMED <{g}>")) == 0  # FROM NAMED alone: an empty default graph
    assert n(f"SELECT (COUNT(*) AS ?n) FROM NAMED <{g}> {{ GRAPH ?g {{ ?s ?p ?o }} }}") == in_g
    assert n(count.replace("DATASET", "FROM <http://example.org/none>"), **{"default-graph-uri": g}) == in_g
    r = httpx.get(server + "/sparql", params={"query": count.replace("DATASET", "FROM <nowhere>")}, headers={"Accept": "text/csv"})
    assert r.text == "n\r\n0\r\n"  # a relative IRI in FROM too: the endpoint's


def test_relative_iris_resolve_against_the_endpoint(server):
    """No base IRI gave 400 "IRI parsing failed" to `SELECT * {<s> ?p ?o}` and to the W3C test
    query_content_type_construct (`CONSTRUCT { <s> <p> 1 } WHERE {}`)."""
    r = httpx.get(server + "/sparql", params={"query": "SELECT ?x WHERE { BIND(<s> AS ?x) }"}, headers={"Accept": "text/csv"})
    assert (r.status_code, r.text) == (200, f"x\r\n{server}/s\r\n")
    r = httpx.get(server + "/sparql", params={"query": "SELECT * { <s> ?p ?o }"})
    assert r.status_code == 200 and r.json()["results"]["bindings"] == []
    r = httpx.post(server + "/sparql", content=b"CONSTRUCT { <s> <p> 1 } WHERE {}",
                   headers={"Content-Type": "application/sparql-query", "Accept": "application/n-triples"})
    assert (r.status_code, r.text) == (200, f"<{server}/s> <{server}/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n")
    # BASE in the query comes first
    r = httpx.get(server + "/sparql", params={"query": "BASE <http://example.org/> SELECT ?x WHERE { BIND(<s> AS ?x) }"},
                  headers={"Accept": "text/csv"})
    assert r.text == "x\r\nhttp://example.org/s\r\n"


def test_construct_asked_with_results_types_only_comes_as_turtle(server, store):
    """A client that asks for SPARQL results types whatever the query's form (rdflib's
    SPARQLStore: `Accept: application/sparql-results+json`) got 406 for a CONSTRUCT."""
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    q = PREFIXES + "CONSTRUCT { ?r rko:gbCode ?c } WHERE { ?r a rko:Region ; rko:gbCode ?c }"
    expected = {(str(t.subject.value), t.object.value) for t in store.query(q, use_default_graph_as_union=True)}
    r = httpx.get(server + "/sparql", params={"query": q}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    assert {(str(s), str(o)) for s, _p, o in Graph().parse(data=r.text, format="turtle")} == expected
    remote = SPARQLStore(server + "/sparql", returnFormat="json")
    assert {(str(s), str(o)) for s, _p, o in remote.query(q)} == expected
    # an Accept that allows neither RDF nor results types is still a 406
    r = httpx.get(server + "/sparql", params={"query": q}, headers={"Accept": "image/png"})
    assert r.status_code == 406


def test_service_description(server):
    r = httpx.get(server + "/sparql")
    g = Graph().parse(data=r.text, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert (None, URIRef(sd + "endpoint"), URIRef(server + "/sparql")) in g


# --------------------------------------------------------------------------- pages


def expected_evidence(store, entity):
    """(fact, story, quote) for every fact that links to ``entity``, from the store."""
    out = set()
    for s in local(store, f"""SELECT ?fact ?story ?start ?end ?text WHERE {{
            ?fact ?p <{entity}> ; rko:evidence ?ev ; rko:reportedIn ?story .
            ?ev oa:hasSource ?page ; oa:hasSelector ?sel . ?sel oa:start ?start ; oa:end ?end .
            ?page rko:text ?text }}"""):
        out.add((s["fact"].value, s["story"].value, s["text"].value[int(s["start"].value):int(s["end"].value)]))
    return out


def marks(page: str) -> list[str]:
    return [html.unescape(m) for m in re.findall(r'<mark class="evidence">(.*?)</mark>', page, re.S)]


def test_entity_page_lists_facts_with_highlighted_evidence(server, store):
    entity = RK + "region/xunyang"
    expected = expected_evidence(store, entity)
    assert len({f for f, _s, _q in expected}) > 10
    r = httpx.get(server + "/region/xunyang", headers={"Accept": "text/html"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "旬阳市" in r.text
    assert sorted(marks(r.text)) == sorted(q for _f, _s, q in expected)
    for fact, story, _q in expected:
        assert f'href="/{fact[len(RK):]}"' in r.text and f'href="/{story[len(RK):]}"' in r.text


def test_fact_page_shows_its_own_evidence_and_story(server, store):
    fact = local(store, "SELECT ?f WHERE { ?f a rko:Observation } ORDER BY ?f LIMIT 1")[0]["f"].value
    quotes = [s["q"].value for s in local(store, f"""SELECT ?q ?ev WHERE {{ <{fact}> rko:evidence ?ev .
            ?ev oa:hasSelector ?sel . ?sel oa:exact ?q }} ORDER BY ?ev""")]
    story = local(store, f"SELECT ?s WHERE {{ <{fact}> rko:reportedIn ?s }}")[0]["s"].value
    r = httpx.get(server + "/" + fact[len(RK):])
    assert r.status_code == 200
    assert marks(r.text) == quotes and f'href="/{story[len(RK):]}"' in r.text


def test_entity_as_turtle_and_jsonld(server):
    iri = URIRef(RK + "region/xunyang")
    for media, fmt in (("text/turtle", "turtle"), ("application/ld+json", "json-ld")):
        r = httpx.get(server + "/region/xunyang", headers={"Accept": media})
        assert r.status_code == 200 and r.headers["content-type"].startswith(media)
        assert "Accept" in r.headers["vary"]
        g = Graph().parse(data=r.content, format=fmt)
        assert (iri, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("旬阳市", lang="zh")) in g, media
        assert {s for s in g.subjects()} == {iri}, media
    # the same through ?format= (links a person can click); an unknown one is a 400
    r = httpx.get(server + "/region/xunyang", params={"format": "ttl"})
    assert r.headers["content-type"].startswith("text/turtle") and (iri, None, None) in Graph().parse(data=r.text, format="turtle")
    assert httpx.get(server + "/region/xunyang", params={"format": "pdf"}).status_code == 400
    # a fact's description carries its evidence nodes, its status cue and their offsets
    r = httpx.get(server + "/measure/000_239e137822c9727a/m1", headers={"Accept": "text/turtle"})
    g = Graph().parse(data=r.text, format="turtle")
    starts = list(g.objects(None, URIRef("http://www.w3.org/ns/oa#start")))
    grounded = [*g.objects(None, URIRef(RK + "ontology#evidence")), *g.objects(None, URIRef(RK + "ontology#statusCue"))]
    assert len(starts) == len(grounded) >= 2


def test_unknown_iri_is_404(server):
    assert httpx.get(server + "/region/no-such-place").status_code == 404
    assert httpx.get(server + "/region/no-such-place", headers={"Accept": "text/turtle"}).status_code == 404


def test_index_counts_canned_queries_and_query_form(server, built, store):
    r = httpx.get(server + "/")
    n_obs = len(local(store, "SELECT DISTINCT ?o WHERE { ?o a rko:Observation }"))
    assert r.status_code == 200 and f"<td>{n_obs}</td>" in r.text
    for q in built.queries.glob("*.rq"):
        assert f">{q.stem}</a>" in r.text
    r = httpx.get(server + "/", params={"query": "SELECT ?r WHERE { ?r a rko:Region } ORDER BY ?r"})
    n_regions = len(local(store, "SELECT DISTINCT ?r WHERE { ?r a rko:Region }"))
    table = r.text.split('<table id="results">', 1)[1].split("</table>", 1)[0]
    assert table.count("<tr>") == n_regions + 1 and f"{n_regions} rows" in r.text
    r = httpx.get(server + "/", params={"query": "SELECT ?x WHERE {"})
    assert r.status_code == 400 and "not valid SPARQL" in r.text


def test_query_form_reads_no_file(server, built):
    """`@file` on the query form ran the file as a query and showed it in the form: any file the
    server could read (/etc/passwd). Only canned names and SPARQL text are taken."""
    secret = built.root / "secret.txt"
    secret.write_text("top secret line\n", encoding="utf-8")
    for typed in (f"@{secret}", "@/etc/passwd"):
        r = httpx.get(server + "/", params={"query": typed})
        assert r.status_code == 400 and "not valid SPARQL" in r.text, typed
        assert "top secret" not in r.text and "root:" not in r.text, typed


# --------------------------------------------------------------------------- parts, without a server


def test_negotiate_by_q_then_specific_then_the_headers_order():
    from reformkg.serve.negotiation import RESULT_TYPES, negotiate

    results = list(RESULT_TYPES)
    assert negotiate(None, results) == negotiate("*/*", results) == "application/sparql-results+json"
    assert negotiate("application/sparql-results+json;q=0.5, text/csv", results) == "text/csv"
    assert negotiate("text/csv, application/sparql-results+json", results) == "text/csv"  # equal q: the header's order
    assert negotiate("*/*;q=0.9, text/tab-separated-values;q=0.9", results) == "text/tab-separated-values"
    assert negotiate("text/*", results) == "text/csv"  # a wildcard: the first offered that fits
    assert negotiate("text/csv;q=0", results) is None and negotiate("text/csv;q=x", results) is None
    assert negotiate("image/png", results) is None


def test_every_template_compiles_from_the_package():
    import jinja2

    from reformkg.serve.app import TEMPLATES

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)
    names = sorted(p.name for p in TEMPLATES.glob("*.html"))
    assert names == ["base.html", "entity.html", "error.html", "index.html", "term.html"]
    for name in names:
        env.get_template(name)
    assert "mark.evidence{background:#ffd21f" in (TEMPLATES / "base.html").read_text(encoding="utf-8")  # HIGHLIGHT


# --------------------------------------------------------------------------- CLI


def test_serve_reports_a_port_in_use(built, run_cli):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        res = run_cli(built, "serve", "--port", str(s.getsockname()[1]))
    assert res.exit_code == 1 and "choose another port with --port" in res.output


def test_serve_without_build(tmp_path, run_cli):
    (tmp_path / "data").mkdir()
    res = run_cli(tmp_path, "serve", "--port", str(free_port()))
    assert res.exit_code == 1 and "run `reformkg build` first" in res.output


# --------------------------------------------------------------------------- a browser


@pytest.mark.slow
def test_entity_page_in_headless_chromium(server):
    """The highlighted quote is drawn on screen: the screenshot holds the highlight colour."""
    from PIL import Image

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        message = "Debian package chromium is not installed (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    shot = ROOT / "build" / "screenshots" / "entity-region-xunyang.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    shot.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        proc = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                               "--no-first-run", "--disable-background-networking", "--disable-component-update",
                               "--disable-sync", f"--user-data-dir={profile}", "--window-size=1280,900",
                               f"--screenshot={shot}", server + "/region/xunyang"],
                              capture_output=True, timeout=90)
    assert shot.is_file(), proc.stderr.decode(errors="replace")[-2000:]
    img = Image.open(shot).convert("RGB")
    assert img.size == (1280, 900)
    width = img.size[0]
    pixels = list(img.get_flattened_data())
    highlighted = [i for i, p in enumerate(pixels) if p == HIGHLIGHT]
    assert len(highlighted) > 2000  # several marks, each a filled box around its text
    # the first mark's glyphs are drawn inside it: dark pixels within its box
    rows = sorted({i // width for i in highlighted})
    band = [r for k, r in enumerate(rows) if r - rows[0] == k]  # the first run of consecutive rows
    cols = [i % width for i in highlighted if band[0] <= i // width <= band[-1]]
    box = img.crop((min(cols), band[0], max(cols) + 1, band[-1] + 1))
    dark = [p for p in box.get_flattened_data() if sum(p) < 200]
    assert len(dark) > 50, f"no text drawn inside the highlight at rows {band[0]}-{band[-1]}"


@pytest.mark.slow  # starts a server
def test_serve_data_files(tmp_path):
    """`serve --data`: TriG keeps its named graphs, Turtle's triples are in the default graph,
    the union is the default graph of a query, and the pages and the index work without a build."""
    (tmp_path / "g.trig").write_text("<http://example.org/g> { <http://example.org/a> <http://example.org/p> 1 }\n",
                                     encoding="utf-8")
    (tmp_path / "d.ttl").write_text(f"@prefix rko: <{RK}ontology#> .\n<{RK}region/r1> a rko:Region ;"
                                    f" <http://www.w3.org/2000/01/rdf-schema#label> \"甲\"@zh ; <p> <o> .\n", encoding="utf-8")
    empty = tmp_path / "elsewhere"
    empty.mkdir()  # no project, no build: --data needs neither
    with serving(empty, "--data", str(tmp_path / "g.trig"), "--data", str(tmp_path / "d.ttl")) as (base, proc):
        csv_ = {"Accept": "text/csv"}
        r = httpx.get(base + "/sparql", params={"query": "SELECT ?g ?o { GRAPH ?g { ?s ?p ?o } }"}, headers=csv_)
        assert r.text == "g,o\r\nhttp://example.org/g,1\r\n"
        r = httpx.get(base + "/sparql", params={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"}, headers=csv_)
        assert r.text == "n\r\n4\r\n"
        # relative IRIs of a file resolve against the file's own URL
        r = httpx.get(base + "/sparql", params={"query": f"SELECT ?o {{ <{RK}region/r1> <{(tmp_path / 'p').as_uri()}> ?o }}"},
                      headers=csv_)
        assert r.text == f"o\r\n{(tmp_path / 'o').as_uri()}\r\n"
        r = httpx.get(base + "/region/r1")
        assert r.status_code == 200 and "甲" in r.text
        r = httpx.get(base + "/")
        assert r.status_code == 200 and "<td>1</td>" in r.text and "http://example.org/g" in r.text
        assert httpx.get(base + "/docs/").status_code == 404
        r1 = httpx.get(base + "/sparql", params={"query": "ASK {}"})
        assert r1.headers["etag"].startswith('W/"data-') and r1.headers["x-cache"] == "miss"
        assert httpx.get(base + "/sparql", params={"query": "ASK {}"}).headers["x-cache"] == "hit"
    assert b"Traceback" not in proc.stderr.read()


def test_serve_data_refuses_bad_files(tmp_path, run_cli):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix : <http://x/> .\n:a :b :c ;\n  :d .\n", encoding="utf-8")
    res = run_cli(tmp_path, "serve", "--data", str(bad), "--port", str(free_port()))
    assert res.exit_code == 1 and res.output == (f"Error: {bad}: not valid Turtle: Parser error at line 3 column 6: "
                                                 ". is not a valid RDF object\n")
    res = run_cli(tmp_path, "serve", "--data", str(tmp_path / "none.nt"), "--port", str(free_port()))
    assert res.exit_code == 1 and res.output == f"Error: {tmp_path / 'none.nt'}: No such file or directory\n"
    (tmp_path / "x.csv").write_text("a,b\n", encoding="utf-8")
    res = run_cli(tmp_path, "serve", "--data", str(tmp_path / "x.csv"), "--port", str(free_port()))
    assert res.exit_code == 2 and "unknown RDF file extension '.csv'" in res.output


def test_server_follows_a_new_build(tmp_path):
    """After `build` swaps build/current, the next request sees the new generation."""
    from rdflib import Graph as G

    from reformkg.pipeline.orchestrate import write_build
    from reformkg.serve.site import Site
    from reformkg.settings import Project

    (tmp_path / "data").mkdir()
    project = Project(tmp_path)
    label = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
    region = URIRef(RK + "region/r1")

    def graphs(name):
        g = G()
        g.add((region, label, Literal(name, lang="zh")))
        return {URIRef(RK + "graph/registry"): g}

    write_build(project, graphs("甲"))
    site = Site(project)
    assert site._stats is None  # counted when the index page first asks, not before every first request
    assert site.label(str(region)) == "甲" and site.stats["quads"] == 1 and "pages" not in site.stats
    write_build(project, graphs("乙"))
    site.refresh()
    assert site.label(str(region)) == "乙" and site._stats is None


def test_docs_ontology_and_void_are_served(server, built, store):
    docs = built.build_dir / "docs"
    docs.mkdir(exist_ok=True)
    for name, text in (("void.ttl", "<https://w3id.org/reformkg/dataset> a <http://rdfs.org/ns/void#Dataset> .\n"),
                       ("ontology.html", "<!doctype html><title>ontology</title>\n")):
        if not (docs / name).is_file():  # test_portal writes the real ones; these stand in when it did not run
            (docs / name).write_text(text, encoding="utf-8")
    r = httpx.get(server + "/.well-known/void", follow_redirects=True)
    assert r.status_code == 200 and r.content == (docs / "void.ttl").read_bytes()
    r = httpx.get(server + "/ontology", headers={"Accept": "text/html"})
    assert r.status_code == 303 and r.headers["location"] == "/docs/ontology.html"
    assert httpx.get(server + r.headers["location"]).content == (docs / "ontology.html").read_bytes()
    # machines get the ontology resource itself
    r = httpx.get(server + "/ontology", headers={"Accept": "text/turtle"})
    g = Graph().parse(data=r.text, format="turtle")
    assert (URIRef(RK + "ontology"), URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            URIRef("http://www.w3.org/2002/07/owl#Ontology")) in g
    # a browser asking for /sparql without a query gets the query form
    r = httpx.get(server + "/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 303 and r.headers["location"] == "/"


def test_docs_before_export_portal_is_404(tmp_path):
    """/docs/ of a build that `export --portal` has not written yet: a 404 that says what to run."""
    from reformkg.pipeline.orchestrate import write_build
    from reformkg.settings import Project

    (tmp_path / "data").mkdir()
    project = Project(tmp_path)
    g = Graph()
    g.add((URIRef(RK + "region/r1"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("甲", lang="zh")))
    write_build(project, {URIRef(RK + "graph/registry"): g})
    with serving(tmp_path) as (base, proc):
        for path in ("/docs/", "/docs/void.ttl"):
            r = httpx.get(base + path)
            assert r.status_code == 404 and r.text == "no portal files yet: run `reformkg export --portal`\n", path
        (project.build_dir / "docs").mkdir()
        (project.build_dir / "docs" / "void.ttl").write_text("# void\n", encoding="utf-8")
        r = httpx.get(base + "/docs/void.ttl")
        assert r.status_code == 200 and r.text == "# void\n"
    assert b"Traceback" not in proc.stderr.read()


def test_entity_page_shows_where_status_dimensions_items(server, store):
    """A fact's block on an entity page says where it holds and how that was found, a measure's
    status with its cue, an observation's dimensions, the items it enumerates and its initiative."""
    import html

    r = httpx.get(server + "/organisation/xijing-electric", headers={"Accept": "text/html"})
    text = html.unescape(r.text)
    assert "<dt>status</dt><dd>done (cue “设立”)</dd>" in text
    assert "<dt>items</dt><dd>1. 技能职称津贴；2. 学历提升津贴；" in text and "班组长津贴 等</dd>" in text
    assert "<dt>where</dt><dd>陕西省 (annotated)</dd>" in text
    r = httpx.get(server + "/organisation/shaanxi-unions", headers={"Accept": "text/html"})
    assert "<dt>ownership</dt><dd>public</dd>" in r.text and "<dt>ownership</dt><dd>non-public</dd>" in r.text
    r = httpx.get(server + "/region/xunyang", headers={"Accept": "text/html"})
    assert "<dt>initiative</dt><dd>旬阳市全省产业工人队伍建设改革示范县命名</dd>" in r.text
    assert "(derived from organisation:" in html.unescape(r.text)
