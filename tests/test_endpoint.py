"""`reformkg query --endpoint URL` and `describe --endpoint URL` against the Oxigraph server
(PyPI `oxigraph`) on 127.0.0.1, holding the build pushed with `reformkg push`: the same output as
on the build, the same exit codes, the server's errors in one line."""

from __future__ import annotations

import json
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from click.testing import CliRunner
from test_push import free_port, oxigraph_binary

from reformkg.cli import main
from reformkg.query.catalog import canned_queries
from reformkg.query.endpoint import with_prologue


def cli(project, *args):
    return CliRunner().invoke(main, ["--project", str(project.root), *args], catch_exceptions=False)


@pytest.fixture(scope="module")
def server(built, tmp_path_factory):
    """The Oxigraph server, its default graph the union of the named graphs, with the build pushed."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path_factory.mktemp("ox")),
                             "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while True:
        assert proc.poll() is None, f"oxigraph exited: {proc.stderr.read().decode()}"
        try:
            httpx.get(url + "/query", params={"query": "ASK {}"}, timeout=2)
            break
        except httpx.TransportError:
            assert time.monotonic() < deadline, "oxigraph did not start within 30 s"
            time.sleep(0.1)
    res = cli(built, "push", "--store", url + "/store")
    assert res.exit_code == 0, res.output
    yield url + "/query"
    proc.terminate()
    proc.wait(timeout=10)


def lines(text: str) -> list[str]:
    return sorted(text.splitlines())


def test_every_canned_query_gives_the_builds_rows(built, server):
    names = [q.name for q in canned_queries(built.queries)]
    assert len(names) >= 20
    for name in names:
        local = cli(built, "query", name, "--format", "csv")
        remote = cli(built, "query", name, "--format", "csv", "--endpoint", server)
        assert local.exit_code == 0 and remote.exit_code == 0, (name, remote.output)
        assert local.stdout.splitlines()[0] == remote.stdout.splitlines()[0], name  # columns, in order
        assert lines(remote.stdout) == lines(local.stdout), name
        assert len(remote.stdout.splitlines()) > 1, f"{name} gave no rows"


def test_formats_ask_and_construct(built, server):
    q = "SELECT ?r ?l WHERE { ?r a rko:Region ; rdfs:label ?l } ORDER BY ?r LIMIT 5"
    for fmt in ("table", "csv", "tsv", "json", "xml"):
        local = cli(built, "query", q, "--format", fmt)
        remote = cli(built, "query", q, "--format", fmt, "--endpoint", server)
        assert remote.exit_code == 0, remote.output
        assert remote.stdout == local.stdout, fmt
    ask = cli(built, "query", "ASK { region:xunyang a rko:Region }", "--format", "json", "--endpoint", server)
    assert json.loads(ask.stdout)["boolean"] is True
    ask_csv = cli(built, "query", "ASK { ?s ?p ?o }", "--format", "csv", "--endpoint", server)
    assert ask_csv.exit_code == 1 and "ASK query answers true or false" in ask_csv.stderr
    construct = "CONSTRUCT { region:xunyang ?p ?o } WHERE { region:xunyang ?p ?o }"
    local = cli(built, "query", construct, "--format", "csv")
    remote = cli(built, "query", construct, "--format", "csv", "--endpoint", server)
    assert remote.exit_code == 0 and len(lines(remote.stdout)) > 3
    assert lines(remote.stdout) == lines(local.stdout)


def test_relative_iris_resolve_against_the_dataset_namespace(built, server):
    res = cli(built, "query", "SELECT ?l WHERE { <region/xunyang> rdfs:label ?l }", "--format", "csv", "--endpoint", server)
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines() == ["l", "旬阳市"]


def test_describe_over_the_endpoint_is_the_same(built, server):
    for name in ("旬阳", "https://w3id.org/reformkg/organisation/shaanxi-ftu"):
        for fmt in ("text", "json"):
            local = cli(built, "describe", name, "--format", fmt)
            remote = cli(built, "describe", name, "--format", fmt, "--endpoint", server)
            assert remote.exit_code == 0, remote.output
            assert remote.stdout == local.stdout, (name, fmt)
    assert "facts on" in remote.stdout or "pages" in remote.stdout
    unknown = cli(built, "describe", "陕西省总公会", "--endpoint", server)
    assert unknown.exit_code == 1
    assert "no entity named '陕西省总公会'" in unknown.stderr and "陕西省总工会" in unknown.stderr


def test_server_errors_are_one_line_exit_1(built, server):
    bad = cli(built, "query", "SELECT ?x WHERE { ?x ?p }", "--endpoint", server)
    assert bad.exit_code == 1
    assert bad.stdout == ""
    assert bad.stderr.startswith(f"Error: {server} answered 400 Bad Request: error at 1:")
    assert len(bad.stderr.strip().splitlines()) == 1
    down = f"http://127.0.0.1:{free_port()}/query"
    res = cli(built, "describe", "旬阳", "--endpoint", down)
    assert res.exit_code == 1
    assert res.stderr.startswith(f"Error: cannot reach {down} (ConnectError") and "is the server running?" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_the_guard_applies_before_anything_is_sent(built):
    seen = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            seen.append(self.rfile.read(int(self.headers["Content-Length"])))
            self.send_response(500)
            self.end_headers()

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/sparql"
    try:
        update = cli(built, "query", "INSERT DATA { <a:b> <a:c> <a:d> }", "--endpoint", url)
        assert update.exit_code == 1 and "SPARQL Update" in update.stderr
        service = cli(built, "query", "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "--endpoint", url)
        assert service.exit_code == 1 and "SERVICE" in service.stderr
        assert seen == []
    finally:
        httpd.shutdown()


def test_slow_or_odd_servers(built):
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            if self.path == "/slow":
                time.sleep(3)
            if self.path == "/anytime":  # Virtuoso past MaxQueryExecutionTime: what it had, flagged in headers
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("X-SQL-State", "S1TAT")
                self.send_header("X-SQL-Message", "RC...: Returning incomplete results, query interrupted by result timeout.")
                self.end_headers()
                self.wfile.write(b'{"head": {"vars": ["s"]}, "results": {"bindings": []}}')
                return
            try:
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(b"<html>hello</html>")
            except BrokenPipeError:  # the client gave up (--timeout): nobody to answer
                pass

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        slow = cli(built, "query", "ASK {}", "--endpoint", url + "/slow", "--timeout", "0.5")
        assert slow.exit_code == 1
        assert slow.stderr.strip() == (f"Error: {url}/slow did not answer within 0.5 s (--timeout); "
                                       "narrow the query (LIMIT, more specific patterns) or allow more time")
        partial = cli(built, "query", "SELECT ?s WHERE { ?s ?p ?o }", "--endpoint", url + "/anytime")
        assert partial.exit_code == 1 and partial.stdout == ""
        assert partial.stderr.startswith(f"Error: {url}/anytime answered with incomplete results (S1TAT: RC...: Returning incomplete")
        odd = cli(built, "query", "ASK {}", "--endpoint", url + "/html")
        assert odd.exit_code == 1 and f"{url}/html answered in text/html, not a W3C SPARQL results" in odd.stderr
    finally:
        httpd.shutdown()


def test_usage_errors(built):
    res = cli(built, "query", "ASK {}", "--endpoint", "127.0.0.1:7878/query")
    assert res.exit_code == 2 and "--endpoint must be the http(s) URL of a SPARQL endpoint" in res.stderr
    res = cli(built, "query", "ASK {}", "--endpoint", "http://127.0.0.1:1/q", "--data", str(built.root / "ontology" / "reformkg.ttl"))
    assert res.exit_code == 2 and "not both" in res.stderr


def test_prologue_declares_only_what_the_query_uses_and_lacks():
    text = "PREFIX rko: <http://other/>\nSELECT ?x WHERE { ?x a rko:Region ; rdfs:label \"a:b\" }"
    out = with_prologue(text)
    assert out == "BASE <https://w3id.org/reformkg/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " + text
    assert out.count("\n") == text.count("\n"), "the server's line numbers are the query's"
    assert with_prologue("ASK {}", None) == "ASK {}"


@pytest.fixture()
def csv_server():
    """Answers every query in text/csv with the body of the path asked, and records the Accept
    header of each request."""
    bodies = {"/virtuoso": '"place","label","n"\n"https://w3id.org/reformkg/region/xunyang","旬阳, 市",12\n'
                           '"https://w3id.org/reformkg/region/ankang","说 ""好""\n两行",\n,"",1.5\n',
              "/one-column": "x\r\n\r\nb\r\n",
              "/ragged": "a,b\r\n1,2\r\n3\r\n",
              "/empty": ""}
    accepts = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            accepts.append(self.headers["Accept"])
            self.send_response(200)
            self.send_header("Content-Type", "text/csv; charset=UTF-8")
            self.end_headers()
            self.wfile.write(bodies[self.path].encode())

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", accepts
    httpd.shutdown()


def test_table_and_csv_ask_a_select_for_csv_and_show_it(built, csv_server):
    url, accepts = csv_server
    select = "SELECT ?place ?label ?n WHERE { ?place rdfs:label ?label }"
    res = cli(built, "query", select, "--format", "csv", "--endpoint", url + "/virtuoso")
    assert res.exit_code == 0, res.output
    assert accepts[-1].startswith("text/csv, application/sparql-results+json;q=0.9")
    assert res.stdout_bytes.decode() == ('place,label,n\r\nhttps://w3id.org/reformkg/region/xunyang,"旬阳, 市",12\r\n'
                                        'https://w3id.org/reformkg/region/ankang,"说 ""好""\n两行",\r\n,,1.5\r\n')
    res = cli(built, "query", select, "--endpoint", url + "/virtuoso")
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines()[2].split() == ["region:xunyang", "旬阳,", "市", "12"]
    assert res.stdout.splitlines()[-1] == "(3 rows)"
    assert accepts[-1] == accepts[-2]
    res = cli(built, "query", "SELECT ?x WHERE { ?x ?p ?o }", "--format", "csv", "--endpoint", url + "/one-column")
    assert res.exit_code == 0 and res.stdout_bytes == b"x\r\n\r\nb\r\n"


def test_typed_formats_ask_and_other_forms_do_not_ask_for_csv(built, csv_server):
    url, accepts = csv_server
    for args in (["SELECT ?x WHERE { ?x ?p ?o }", "--format", "json"], ["SELECT ?x WHERE { ?x ?p ?o }", "--format", "tsv"],
                 ["ASK { ?s ?p ?o }"], ["CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "--format", "csv"]):
        res = cli(built, "query", *args, "--endpoint", url + "/virtuoso")
        assert res.exit_code == 1 and res.stdout == "", args  # CSV loses types: pyoxigraph refuses to read it as typed
        assert res.stderr.startswith(f"Error: {url}/virtuoso sent text/csv that does not parse: "), args
        assert accepts[-1].startswith("application/sparql-results+json, "), args


def test_a_csv_answer_that_is_not_a_table_is_one_line(built, csv_server):
    url, _ = csv_server
    res = cli(built, "query", "SELECT ?a ?b WHERE { ?a ?p ?b }", "--endpoint", url + "/ragged")
    assert res.exit_code == 1 and res.stdout == ""
    assert res.stderr == f"Error: {url}/ragged sent text/csv whose line 3 has 1 values, not 2 as its header\n"
    res = cli(built, "query", "SELECT ?a ?b WHERE { ?a ?p ?b }", "--format", "csv", "--endpoint", url + "/empty")
    assert res.exit_code == 1 and res.stderr == f"Error: {url}/empty sent text/csv without a header line\n"
