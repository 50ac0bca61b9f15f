"""The query guard (reformkg.query.guard): what never reaches the engine, on every path (the CLI,
reformkg.select, reformkg.query.sparql.run), and what does."""

from __future__ import annotations

import json
import random
import re
import shlex
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pyoxigraph
import pytest
from helpers import ROOT, tree_digest

import reformkg
from reformkg.errors import QueryError
from reformkg.layout import store_path
from reformkg.query.catalog import canned_queries
from reformkg.query.guard import MAX_CHARS, MAX_DEPTH, MAX_REPARSED, check
from reformkg.query.sparql import run

REFORMKG = Path(sys.executable).parent / "reformkg"
README = (ROOT / "README.md").read_text(encoding="utf-8")


def refused(sparql: str, **kw) -> str:
    with pytest.raises(QueryError) as info:
        check(sparql, **kw)
    message = str(info.value)
    assert "\n" not in message
    return message


def nests(sparql: str) -> int:
    """The depth the guard reports for a query past the limit."""
    return int(re.search(r"nests ([\d,]+) levels deep", refused(sparql)).group(1).replace(",", ""))


# Families of nesting, each with the depth the guard measures for n: at n = limit(family) the query
# is at the limit, or one under it where the family grows by two levels a step.
FAMILIES = {
    "parentheses": (lambda n: "ASK { FILTER(" + "(" * n + "true" + ")" * n + ") }", lambda n: n + 3),
    "function calls": (lambda n: "ASK { FILTER(" + "STR(" * n + "true" + ")" * n + ") }", lambda n: n + 3),
    "|| chain": (lambda n: "ASK { FILTER(" + " || ".join(["true"] * n) + ") }", lambda n: n + 2),
    "UNION chain": (lambda n: "ASK { " + " UNION ".join(["{}"] * n) + " }", lambda n: n + 2),
    "triple patterns": (lambda n: "ASK { " + " . ".join(["?s ?p ?o"] * n) + " }", lambda n: n),
    "sub-selects": (lambda n: "ASK { " + "{ SELECT * WHERE " * n + "{ ?s ?p ?o }" + " }" * n + " }", lambda n: n + 3),
    "braces": (lambda n: "ASK " + "{" * n + "}" * n, lambda n: 2 * n - 1),
    "OPTIONAL": (lambda n: "ASK { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o " * n + "}" * n + "}", lambda n: 2 * n + 1),
    "FILTER NOT EXISTS": (lambda n: "ASK { ?s ?p ?o " + "FILTER NOT EXISTS { ?s ?p ?o " * n + "}" * n + "}",
                          lambda n: 2 * n + 1),
}


def largest(depth) -> int:
    return max(n for n in range(1, MAX_DEPTH + 2) if depth(n) <= MAX_DEPTH)


@pytest.mark.parametrize("family", FAMILIES)
def test_at_the_limit_passes_and_one_deeper_is_refused(family):
    make, depth = FAMILIES[family]
    n = largest(depth)
    assert MAX_DEPTH - 1 <= depth(n) <= MAX_DEPTH
    check(make(n))
    assert nests(make(n + 1)) == depth(n + 1) > MAX_DEPTH
    pyoxigraph.Store().query(make(n))  # the engine takes the deepest query let through


def test_exactly_the_limit():
    make, _ = FAMILIES["parentheses"]
    check(make(MAX_DEPTH - 3))
    assert nests(make(MAX_DEPTH - 2)) == MAX_DEPTH + 1


def test_cli_and_api_at_the_limit_and_one_deeper(built, run_cli):
    make, _ = FAMILIES["triple patterns"]
    at_limit = "SELECT ?p WHERE { " + " . ".join(["?p a rko:Page"] * MAX_DEPTH) + " } ORDER BY ?p"
    pages = sorted(f"https://w3id.org/reformkg/page/{f.stem}" for f in built.annotation_files())
    check(at_limit)
    res = run_cli(built, "query", at_limit, "--format", "csv")
    assert res.exit_code == 0 and res.output.splitlines() == ["p", *pages]
    deeper = make(MAX_DEPTH + 1)
    res = run_cli(built, "query", deeper)
    assert res.exit_code == 1
    assert res.output == f"Error: {refused(deeper)}\n"
    assert "nests 101 levels deep, over the limit of 100" in res.output
    with pytest.raises(QueryError, match="nests 101 levels deep"):
        reformkg.select(built, deeper)
    assert reformkg.select(built, at_limit) == (["p"], [[p] for p in pages])


# The depths that crashed the engine (SIGSEGV, exit 139) before the guard, measured with an 8 MB stack.
CRASHES = {
    "5,000 braces (issue 19)": "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000,
    "1,000 function calls": "SELECT * WHERE { ?s ?p ?o FILTER(" + "STR(" * 1000 + "?o" + ")" * 1000 + ") }",
    "900 FILTER NOT EXISTS": "SELECT * WHERE { ?s ?p ?o " + "FILTER NOT EXISTS { ?s ?p ?o " * 900 + "}" * 900 + "}",
    "8,000 UNION": "SELECT * WHERE { " + "UNION".join(["{}"] * 8000) + " }",
    "10,000 triple patterns": "SELECT * WHERE { ?s ?p " + ",".join(["?o"] * 10000) + " }",
}


@pytest.mark.slow
@pytest.mark.parametrize("name", CRASHES)
@pytest.mark.parametrize("timeout", [[], ["--timeout", "30"]], ids=["here", "worker"])
def test_a_crash_depth_is_refused_not_a_crash(built, name, timeout):
    out = subprocess.run([str(REFORMKG), "--project", str(built.root), "query", CRASHES[name], *timeout],
                         capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 1, (out.returncode, out.stderr[-300:])
    assert out.stdout == "" and out.stderr.startswith("Error: the query nests ") and out.stderr.count("\n") == 1


def test_size_limit():
    pad = "#" * (MAX_CHARS - len("ASK {}\n")) + "\n"
    check(pad + "ASK {}")
    assert refused(pad + "ASK { }") == f"the query is {MAX_CHARS + 1:,} characters long, over the limit of {MAX_CHARS:,}"


def test_nested_regex_is_refused_before_the_engine_parses_it_exponentially():
    def make(n):
        return "ASK { ?s ?p ?o FILTER(" + "REGEX(" * n + "?o" + ', "a")' * n + ") }"

    check(make(MAX_REPARSED))
    assert "nested 7 deep, over the limit of 6" in refused(make(MAX_REPARSED + 1))
    mixed = "ASK { ?s ?p ?o FILTER(" + "REPLACE(SUBSTR(STR(" * 4 + "?o" + '), 1), "a", "b")' * 4 + ") }"
    assert "nested 8 deep" in refused(mixed)
    wide = "ASK { ?s ?p ?o FILTER(" + " && ".join(['REGEX(REGEX(?o, "a"), "b")'] * 20) + ") }"
    check(wide)  # side by side, not in one another: parsed twice each, not 2^20 times


UPDATES = [
    "INSERT DATA { <http://x/s> <http://x/p> <http://x/o> }",
    "DELETE DATA { <http://x/s> <http://x/p> <http://x/o> }",
    "DELETE WHERE { ?s ?p ?o }",
    "PREFIX ex: <http://x/> INSERT { ?s ex:p 1 } WHERE { ?s ?p ?o }",
    "WITH <http://x/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "CLEAR ALL",
    "clear silent graph <http://x/g>",
    "CREATE GRAPH <http://x/g>",
    "DROP GRAPH <https://w3id.org/reformkg/graph/registry>",
    "DROP ALL",
    "ADD <http://x/a> TO <http://x/b>",
    "MOVE DEFAULT TO <http://x/b>",
    "COPY <http://x/a> TO DEFAULT",
    "ASK {} ; DROP ALL",
]


@pytest.mark.parametrize("update", UPDATES)
def test_every_update_form_is_refused(built, run_cli, update):
    word = next(w for w in ("INSERT", "DELETE", "CLEAR", "CREATE", "DROP", "ADD", "MOVE", "COPY") if w in update.upper())
    message = refused(update)
    assert message.startswith(f"this is SPARQL Update ({word}), which is refused: the graph is read-only")
    res = run_cli(built, "query", update)
    assert res.exit_code == 1 and res.output == f"Error: {message}\n"


def test_update_leaves_the_build_unchanged(built, run_cli):
    before = tree_digest(built.build_dir)
    for update in UPDATES:
        assert run_cli(built, "query", update).exit_code == 1
    assert tree_digest(built.build_dir) == before


class Listener:
    """A TCP listener on 127.0.0.1 that counts the connections it is offered (and closes them)."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self):
        self.stop.set()
        self.thread.join()
        self.sock.close()


@pytest.fixture
def listener():
    lst = Listener()
    yield lst
    lst.close()


def test_load_and_service_never_connect(built, run_cli, listener):
    url = f"http://127.0.0.1:{listener.port}"
    queries = [
        f"LOAD <{url}/data.ttl>",
        f"LOAD SILENT <{url}/data.ttl> INTO GRAPH <http://x/g>",
        f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE SILENT <{url}/sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?p a rko:Page . ?s ?q trueSERVICE <{url}/sparql> {{ }} }}",
        f"SELECT * WHERE {{ ?s ?q 1.service#\n<{url}/sparql>\n{{ }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ SERVICE <{url}/a> {{ ?s ?p ?x }} }} }}",
    ]
    for q in queries:
        for args in ([], ["--timeout", "30"], ["--allow-service", "example.org"]):
            res = run_cli(built, "query", q, *args)
            assert res.exit_code == 1, (q, args, res.output)
            assert res.output.count("\n") == 1 and ("SERVICE <" in res.output or "LOAD <" in res.output)
        with pytest.raises(QueryError):
            reformkg.select(built, q)
        with pytest.raises(QueryError):
            run(store_path(built.build_dir), q, fresh=True)
    time.sleep(1)  # a connection made would be accepted by now
    assert listener.connections == 0
    # The listener works: with its host allowed, the engine does connect (and fails: no HTTP answer).
    res = run_cli(built, "query", queries[2], "--allow-service", "127.0.0.1")
    assert res.exit_code == 1 and res.output.startswith("Error: the query failed: ")
    assert res.output.count("\n") == 1
    deadline = time.monotonic() + 5
    while listener.connections == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert listener.connections >= 1


def test_load_is_refused_as_load_not_as_a_syntax_error(built, run_cli):
    res = run_cli(built, "query", "LOAD <http://127.0.0.1:9/unreachable.ttl>")
    assert res.exit_code == 1
    assert res.output == ("Error: LOAD <http://127.0.0.1:9/unreachable.ttl> is refused: SPARQL Update is never run, "
                          "so nothing is fetched; the graph is read-only (change the annotations and run "
                          "`reformkg build`)\n")


TEXT_NOT_CODE = [
    'SELECT ?s WHERE { ?s rdfs:label "SERVICE {{{" }',
    "SELECT ?s WHERE { ?s rdfs:label '''LOAD <http://127.0.0.1:9/> { { {''' }",
    'SELECT ?s WHERE { ?s rdfs:label "' + "{" * 5000 + '" }',
    "SELECT ?s WHERE { ?s rdfs:label ?l } # SERVICE <http://127.0.0.1:9/> { " + "{" * 300 + "\nLIMIT 1",
    "SELECT ?s WHERE { ?s ?p <http://example.org/SERVICE/LOAD/DROP> }",
    'SELECT ?s WHERE { ?s rdfs:label "x\\" SERVICE <http://127.0.0.1:9/> { }" }',
    "SELECT ?service ?load ?drop WHERE { ?service ?load ?drop } LIMIT 1",
    "SELECT ?s WHERE { ?s a rko:ServiceFacility OPTIONAL { ?s rdfs:label ?l } }",
    "SELECT ?g WHERE { GRAPH ?g { ?s a rko:Page } } # }}}}}}}}",
]


@pytest.mark.parametrize("q", TEXT_NOT_CODE)
def test_strings_iris_and_comments_do_not_trip_the_guard(built, run_cli, q):
    check(q)
    res = run_cli(built, "query", q, "--format", "csv")
    assert res.exit_code == 0, res.output
    assert res.output.splitlines()[0] in ("s", "service,load,drop", "g")


@pytest.mark.parametrize("q", [
    "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }",
    "PREFIX e: <http://127.0.0.1:9/> SELECT * WHERE { SERVICE e:sparql { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICEe:x { } }",
    "SELECT * WHERE { ?s ?p ?o SERVICESILENT<http://127.0.0.1:9/>{} }",
    "PREFIX ex: <http://x:> SELECT * { ?s ?p ex:SERVICE <http://127.0.0.1:9/> {} }",
])
def test_every_spelling_of_service_is_refused(q):
    assert "is not allowed" in refused(q)
    assert "is not allowed" in refused(q, allow_service=("127.0.0.1:8",))


class Responder(BaseHTTPRequestHandler):
    """A tiny SPARQL endpoint: one row, ?x = "from afar", whatever it is asked; or an error page."""

    requests: ClassVar[list] = []

    def do_POST(self):
        self.requests.append(self.rfile.read(int(self.headers.get("content-length") or 0)).decode())
        if "broken" in self.path:
            body, status, media = b"<html>\n<h1>Internal Server Error</h1>\n<p>secret page</p>\n</html>\n", 500, "text/html"
        else:
            body = json.dumps({"head": {"vars": ["x"]},
                               "results": {"bindings": [{"x": {"type": "literal", "value": "from afar"}}]}}).encode()
            status, media = 200, "application/sparql-results+json"
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST

    def log_message(self, *args):
        pass


@pytest.fixture
def endpoint():
    Responder.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Responder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd.server_address[1]
    httpd.shutdown()
    httpd.server_close()


def test_allow_service_lets_that_host_through(built, run_cli, endpoint):
    q = f"SELECT ?x WHERE {{ SERVICE <http://127.0.0.1:{endpoint}/sparql> {{ ?x ?p ?o }} }}"
    for args in (["--allow-service", "127.0.0.1"], ["--allow-service", f"127.0.0.1:{endpoint}", "--timeout", "30"],
                 ["--allow-service", "example.org", "--allow-service", "127.0.0.1"]):
        res = run_cli(built, "query", q, "--format", "csv", *args)
        assert res.exit_code == 0, res.output
        assert res.output == "x\nfrom afar\n"
    assert len(Responder.requests) == 3 and "?x ?p ?o" in Responder.requests[0]
    res = run_cli(built, "query", q, "--allow-service", "localhost")
    assert res.exit_code == 1
    assert res.output == f"Error: SERVICE <http://127.0.0.1:{endpoint}/sparql> is not allowed: its host 127.0.0.1 " \
                         "is not in --allow-service (localhost)\n"
    res = run_cli(built, "query", q, "--allow-service", f"127.0.0.1:{endpoint + 1}")
    assert res.exit_code == 1 and "is not in --allow-service" in res.output
    assert len(Responder.requests) == 3


def test_a_failing_allowed_service_is_one_line_without_the_remote_page(built, run_cli, endpoint):
    q = f"SELECT ?x WHERE {{ SERVICE <http://127.0.0.1:{endpoint}/broken> {{ ?x ?p ?o }} }}"
    for args in ([], ["--timeout", "30"]):
        res = run_cli(built, "query", q, "--allow-service", "127.0.0.1", *args)
        assert res.exit_code == 1
        assert res.output.startswith("Error: the query failed: ") and res.output.count("\n") == 1
        assert "secret page" not in res.output and "Internal error" not in res.output


@pytest.mark.parametrize("value", ["http://127.0.0.1/", "127.0.0.1/sparql", "", "user@host", "host:port"])
def test_allow_service_wants_a_host(built, run_cli, value):
    res = run_cli(built, "query", "ASK {}", "--allow-service", value)
    assert res.exit_code == 2 and "is not a host: give HOST or HOST:PORT" in res.output


def test_the_canned_queries_all_pass():
    queries = canned_queries(ROOT / "queries") + canned_queries(ROOT / "queries", checks=True)
    assert len(queries) == len(list((ROOT / "queries").rglob("*.rq"))) >= 25
    for q in queries:
        check(q.text)
    from reformkg.query import describe

    for text in (describe.FIND, describe.PROPS, describe.FACTS):
        check(text)


def test_random_nesting_within_the_limit_passes_and_runs():
    """Random queries nesting groups, OPTIONAL, MINUS, NOT EXISTS, sub-selects, UNION and expressions, up
    to a cost that bounds what the guard measures: every one passes, and the engine runs it."""
    rng = random.Random(19)
    wrappers = [  # (text before, text after, levels at most)
        ("{ ", " }", 2), ("OPTIONAL { ?s ?p ?o ", " }", 2), ("MINUS { ", " }", 2),
        ("FILTER NOT EXISTS { ", " }", 2), ("{ SELECT * WHERE { ", " } }", 3),
        ("{ ?s ?p ?o } UNION { ", " }", 3), ("GRAPH ?g { ", " }", 2),
    ]
    expressions = [("(", ")", 1), ("STR(", ")", 1), ("!(", ")", 2), ("COALESCE(?o, ", ")", 1)]
    store = pyoxigraph.Store()
    for _ in range(300):
        budget = rng.randint(1, MAX_DEPTH)
        head, tail, cost = "SELECT * WHERE { ?s ?p ?o ", " }", 1
        while True:
            w = rng.choice(wrappers)
            if cost + w[2] + 4 > budget:
                break
            head, tail, cost = head + w[0], w[1] + tail, cost + w[2]
        inner, close = "FILTER(", ")"
        cost += 3  # FILTER, its parentheses, the comparison
        while True:
            e = rng.choice(expressions)
            if cost + e[2] > budget:
                break
            inner, close, cost = inner + e[0], e[1] + close, cost + e[2]
        q = head + inner + "?o = 1" + close + tail
        assert cost <= max(budget, 4)
        check(q)
        list(store.query(q))


def test_readme_example_prints_what_it_shows(built, run_cli):
    start = README.index("Before the engine sees a query, a guard")
    block = re.search(r"```\n(.*?)```", README[start:], re.DOTALL).group(1).splitlines()
    command, shown = block[0], block[1:]
    assert command.startswith("$ reformkg query ") and command.endswith("# exit 1")
    args = shlex.split(command[2:], comments=True)[1:]
    res = run_cli(built, *args)
    assert res.exit_code == 1
    assert res.output.splitlines() == shown


def test_readme_and_help_state_the_limits(run_cli, project):
    part = README[README.index("Before the engine sees a query, a guard"):README.index("**`reformkg queries`**")]
    part = " ".join(part.split())
    assert f"over {MAX_CHARS:,} characters" in part and f"deeper than {MAX_DEPTH} levels" in part
    assert f"more than {MAX_REPARSED} deep" in part
    res = run_cli(project, "query", "--help")
    assert f"{MAX_CHARS:,}" in res.output and f"deeper than {MAX_DEPTH}" in " ".join(res.output.split())
    assert "--allow-service HOST" in res.output


@pytest.mark.slow
def test_serve_refuses_on_every_path_and_stays_up(built, listener):
    """`reformkg serve`: /sparql (with and without a dataset: default-graph-uri sends the query to the
    store directly) and the / form give 400 (403 for Update) and the server answers on."""
    import httpx
    import markupsafe

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([str(REFORMKG), "--project", str(built.root), "serve", "--port", str(port), "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None and time.monotonic() < deadline, "serve did not start"
            try:
                httpx.get(base + "/sparql", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        service = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/sparql> {{ ?s ?p ?o }} }}"
        cases = [(CRASHES["5,000 braces (issue 19)"], 400), (service, 400),
                 (f"LOAD <http://127.0.0.1:{listener.port}/x>", 403), ("DROP GRAPH <http://x/g>", 403)]
        graph = {"default-graph-uri": "https://w3id.org/reformkg/graph/registry"}
        for q, status in cases:
            for params in ({}, graph, {"named-graph-uri": graph["default-graph-uri"]}):
                r = httpx.post(base + "/sparql", data={"query": q, **params}, timeout=30)
                assert r.status_code == status and r.text == refused(q) + "\n", (q, params, r.status_code)
            r = httpx.get(base + "/", params={"query": q}, timeout=30)  # the query form, as HTML
            assert r.status_code == status and str(markupsafe.escape(refused(q))) in r.text
            assert httpx.get(base + "/sparql", params={"query": "ASK {}"}, timeout=30).status_code == 200
        assert proc.poll() is None
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    time.sleep(0.5)
    assert listener.connections == 0
