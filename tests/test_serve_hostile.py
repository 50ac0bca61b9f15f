"""`reformkg serve` against hostile and careless requests (issue 19): every one is a 4xx with a
one-line message, the server logs it on one line without a traceback, and answers the next
query; a huge body is refused while it is read, without the server's memory growing by it;
every response carries the security headers.

The requests go over a socket to the real server on 127.0.0.1, byte for byte as written here
(an HTTP client would tidy the odd paths), one connection each."""

from __future__ import annotations

import html
import re
import socket
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from test_serve import free_port, stop, wait_until_up

from reformkg.serve.inputs import MAX_BODY
from reformkg.serve.middleware import CSP

pytestmark = pytest.mark.slow  # starts a server

RK = "https://w3id.org/reformkg/"
FORM = "application/x-www-form-urlencoded"
SPARQL = "application/sparql-query"
READ_ONLY = "this endpoint is read-only: SPARQL Update is refused; change the annotations and run `reformkg build`"
NOT_UTF8 = "the body is not valid UTF-8: send it in UTF-8"
UTF8_ONLY = "the SPARQL 1.1 Protocol takes queries in UTF-8 only (application/sparql-query and forms alike): send UTF-8"
TOO_BIG = f"the body is larger than {MAX_BODY} bytes (serve --max-body)"
SECURITY = {"content-security-policy": CSP, "x-content-type-options": "nosniff", "x-frame-options": "DENY",
            "referrer-policy": "no-referrer"}


@dataclass
class Case:
    name: str
    target: str  # the request target exactly as sent
    status: int
    message: str | None  # the response's first line (for an HTML page: its error paragraph)
    method: str = "GET"
    headers: dict = field(default_factory=dict)
    body: bytes = b""
    page: bool = False  # an HTML error page rather than plain text
    app: bool = True  # answered by the app (with the security headers), not by uvicorn's HTTP parser
    exact: bool = True  # the whole body is that one line


def q(text: str) -> str:
    return quote(text, safe="")


UTF16_QUERY = 'SELECT ("中文" AS ?x) {}'.encode("utf-16")
LATIN1_QUERY = 'SELECT ("café" AS ?x) {}'.encode("latin-1")
CSV = {"Accept": "text/csv"}

CASES = [
    # ----- paths: odd escapes name IRIs nobody has (404); what is no URL path at all is a 400
    Case("space", "/region/a%20b", 404, f"nothing is known about {RK}region/a%20b", page=True),
    Case("quotes", "/region/%22x%22", 404, f"nothing is known about {RK}region/%22x%22", page=True),
    Case("braces", "/region/%7Bx%7D", 404, f"nothing is known about {RK}region/%7Bx%7D", page=True),
    Case("NUL", "/region/%00", 404, f"nothing is known about {RK}region/%00", page=True),
    Case("newline", "/region/xunyang%0A", 404, f"nothing is known about {RK}region/xunyang%0A", page=True),
    Case("escaped script", "/region/%3Cscript%3Ealert(1)%3C/script%3E", 404,
         f"nothing is known about {RK}region/%3Cscript%3Ealert(1)%3C/script%3E", page=True),
    Case("raw script", "/region/<script>alert(1)</script>", 400,
         "the path holds '<', which a URL path cannot: percent-encode it", page=True),
    Case("raw pipe, as Turtle", "/region/a|b", 400, "the path holds '|', which a URL path cannot: percent-encode it",
         headers={"Accept": "text/turtle"}),
    Case("backslash", "/region/..\\..\\etc", 400, "the path holds '\\\\', which a URL path cannot: percent-encode it",
         headers={"Accept": "text/plain, text/html;q=0.5"}),
    Case("dot segments", "/region/../../etc/passwd", 400, "the path has a '.' or '..' segment; dataset IRIs have none",
         page=True),
    Case("escaped dots", "/region/%2e%2E/ontology", 400, "the path has a '.' or '..' segment; dataset IRIs have none",
         page=True),
    Case("escaped slashes", "/..%2F..%2Fetc%2Fpasswd", 404, f"nothing is known about {RK}..%2F..%2Fetc%2Fpasswd",
         page=True),
    Case("not UTF-8", "/%ff%FE", 404, f"nothing is known about {RK}%FF%FE", page=True),
    Case("broken escape", "/region/%zz", 400, "the path has a '%' that is not followed by two hex digits", page=True),
    Case("escape cut short", "/region/x%4", 400, "the path has a '%' that is not followed by two hex digits",
         headers={"Accept": "text/turtle"}),
    Case("very long path", "/region/" + "a" * 5000, 414,
         "the path is longer than 2048 bytes; no IRI of this dataset is", headers={"Accept": "text/turtle"}),
    Case("bytes not ASCII", "/region/\u4e2d", 400, None, app=False),  # the request line itself: h11 refuses it
    Case("docs traversal", "/docs/../../../etc/passwd", 404, "Not Found"),
    Case("docs escaped traversal", "/docs/%2e%2e/%2e%2e/etc/passwd", 404, "Not Found"),
    Case("format twice", "/region/xunyang?format=ttl&format=nt", 400, "more than one 'format' parameter: send one",
         headers={"Accept": "text/turtle"}),
    Case("format not UTF-8", "/region/xunyang?format=%ff", 400, "the query string is not UTF-8 once percent-decoded",
         headers={"Accept": "text/turtle"}),
    Case("unknown format", "/region/xunyang?format=%3Cb%3E", 400,
         "unknown format '<b>'; expected one of ttl, jsonld, nt, rdf, html"),
    Case("Accept image", "/region/xunyang", 406,
         f"{RK}region/xunyang is available as text/html, text/turtle, application/n-triples, application/ld+json, "
         "application/rdf+xml", headers={"Accept": "image/png"}),
    Case("Accept garbage", "/region/xunyang", 406, None, headers={"Accept": ";;;,,q=x,*/*;q=nan"}, exact=False),
    # ----- /sparql parameters
    Case("two queries", "/sparql?query=ASK%7B%7D&query=SELECT%20*%20%7B%7D", 400,
         "more than one 'query' parameter: send one"),
    Case("query not UTF-8", "/sparql?query=ASK%ff", 400, "the query string is not UTF-8 once percent-decoded"),
    Case("NUL in query", "/sparql?query=ASK%00%7B%7D", 400,
         "the query holds the control character '\\x00' at offset 3: send SPARQL as text"),
    Case("empty query", "/sparql?query=%20", 400, "the query is empty"),
    Case("too many parameters", "/sparql?" + "&".join(f"p{i}=1" for i in range(150)), 400,
         "the query string has more than 100 parameters"),
    Case("graph not an IRI", "/sparql?query=ASK%7B%7D&default-graph-uri=%3Cx%3E%20y", 400,
         "default-graph-uri '<x> y' is not an IRI"),
    Case("syntax error", "/sparql?query=" + q("SELECT ?x WHERE { ?x ?y }"), 400,
         "the query is not valid SPARQL at line 1, column 26: ", exact=False),
    # ----- Update, by every route: refused, nothing changes
    Case("DROP via GET", "/sparql?query=" + q("DROP GRAPH <http://example.org/g>"), 403, None, exact=False),
    Case("INSERT via GET", "/sparql?query=" + q("INSERT DATA { <http://example.org/x> <http://example.org/y> 1 }"),
         403, None, exact=False),
    Case("update param via GET", "/sparql?update=CLEAR%20ALL", 403, READ_ONLY),
    Case("update via form", "/sparql", 403, READ_ONLY, method="POST", headers={"Content-Type": FORM},
         body=b"update=" + q("DROP ALL").encode()),
    Case("sparql-update body", "/sparql", 403, READ_ONLY, method="POST",
         headers={"Content-Type": "application/sparql-update"}, body=b"CLEAR ALL"),
    Case("DROP on the query form", "/?query=" + q("DROP GRAPH <http://example.org/g>"), 403, None, page=True,
         exact=False),
    Case("DROP with a default graph", "/sparql?default-graph-uri=" + q(RK + "graph/registry") + "&query="
         + q("DROP GRAPH <http://example.org/g>"), 403, None, exact=False),
    # ----- bodies
    Case("binary body", "/sparql", 400, NOT_UTF8, method="POST", headers={"Content-Type": SPARQL},
         body=bytes(range(256))),
    Case("UTF-16 body, no charset", "/sparql", 400, NOT_UTF8, method="POST", headers={"Content-Type": SPARQL},
         body=UTF16_QUERY),
    Case("Latin-1 body, no charset", "/sparql", 400, NOT_UTF8, method="POST", headers={"Content-Type": SPARQL},
         body=LATIN1_QUERY),
    Case("UTF-8 body said to be ASCII", "/sparql", 400, "the body is not valid ascii: send it in UTF-8",
         method="POST", headers={"Content-Type": SPARQL + "; charset=ascii"}, body='ASK { FILTER("中" = "中") }'.encode()),
    Case("NUL bytes", "/sparql", 400, "the body holds the control character '\\x00' at offset 0: send SPARQL as text",
         method="POST", headers={"Content-Type": SPARQL}, body=b"\x00" * 64),
    Case("unknown charset", "/sparql", 415, "unknown charset 'x-no-such': send UTF-8", method="POST",
         headers={"Content-Type": SPARQL + "; charset=x-no-such"}, body=b"ASK {}"),
    Case("a codec that is no charset", "/sparql", 415, "unknown charset 'rot13': send UTF-8", method="POST",
         headers={"Content-Type": SPARQL + ";charset=rot13"}, body=b"NFX {}"),
    Case("form not UTF-8", "/sparql", 400, "the form is not UTF-8 once percent-decoded", method="POST",
         headers={"Content-Type": FORM}, body=b"query=ASK%ff"),
    Case("raw bytes in a form", "/sparql", 400, NOT_UTF8, method="POST", headers={"Content-Type": FORM},
         body=b"query=ASK\xff"),
    Case("query in the URL and in the form", "/sparql?query=ASK%7B%7D", 400, "more than one 'query' parameter: send one",
         method="POST", headers={"Content-Type": FORM}, body=b"query=ASK%7B%7D"),
    Case("query in the URL and as the body", "/sparql?query=ASK%7B%7D", 400,
         "more than one 'query' parameter: send one", method="POST", headers={"Content-Type": SPARQL}, body=b"ASK {}"),
    Case("empty body", "/sparql", 400, "the query is empty", method="POST", headers={"Content-Type": SPARQL}),
    Case("body over the limit", "/sparql", 413, TOO_BIG, method="POST", headers={"Content-Type": SPARQL},
         body=b"#" * (MAX_BODY + 1)),
    Case("body over the limit, chunked", "/sparql", 413, TOO_BIG, method="POST",
         headers={"Content-Type": SPARQL, "Transfer-Encoding": "chunked"},
         body=b"".join(b"%x\r\n%s\r\n" % (65536, b"#" * 65536) for _ in range(40)) + b"0\r\n\r\n"),
    Case("Content-Length a lie", "/sparql", 400, None, method="POST",
         headers={"Content-Type": SPARQL, "Content-Length": "abc"}, body=b"ASK {}", app=False),
    Case("gzip body", "/sparql", 415, "Content-Encoding 'gzip' is not supported: send the body as it is",
         method="POST", headers={"Content-Type": SPARQL, "Content-Encoding": "gzip"}, body=b"\x1f\x8b\x08\x00"),
    # ----- media types that lie or are missing
    Case("no Content-Type", "/sparql", 415,
         f"unsupported content type (none): send {SPARQL} or an {FORM} form", method="POST", body=b"ASK {}"),
    Case("JSON", "/sparql", 415, f"unsupported content type application/json: send {SPARQL} or an {FORM} form",
         method="POST", headers={"Content-Type": "application/json"}, body=b'{"query": "ASK {}"}'),
    Case("multipart", "/sparql", 415,
         f"unsupported content type multipart/form-data: send {SPARQL} or an {FORM} form", method="POST",
         headers={"Content-Type": "multipart/form-data; boundary=x"}, body=b"--x\r\n\r\nASK {}\r\n--x--\r\n"),
    Case("a form sent as a query", "/sparql", 400, "the query is not valid SPARQL", method="POST",
         headers={"Content-Type": SPARQL}, body=b"query=ASK%7B%7D", exact=False),
    Case("a query sent as a form", "/sparql", 400, "the form has no 'query' parameter", method="POST",
         headers={"Content-Type": FORM}, body=b"ASK {}"),
    # ----- methods
    Case("PUT /sparql", "/sparql", 405, "Method Not Allowed", method="PUT", headers={"Content-Type": SPARQL},
         body=b"ASK {}"),
    Case("DELETE /", "/", 405, "Method Not Allowed", method="DELETE"),
    Case("POST an entity", "/region/xunyang", 405, "Method Not Allowed", method="POST", headers={"Content-Type": FORM},
         body=b"a=b"),
    Case("PATCH the query form", "/", 405, "Method Not Allowed", method="PATCH"),
    Case("OPTIONS", "/sparql", 405, "Method Not Allowed", method="OPTIONS"),
    Case("TRACE", "/region/xunyang", 405, "Method Not Allowed", method="TRACE"),
    # ----- the query form
    Case("two queries on the form", "/?query=money&query=targets", 400, "more than one 'query' parameter: send one",
         page=True),
    Case("NUL on the form", "/?query=ASK%00", 400,
         "the query holds the control character '\\x00' at offset 3: send SPARQL as text", page=True),
]


def send(port: int, case: Case) -> tuple[int, dict[str, str], bytes]:
    """(status, headers, body) of ``case`` sent as written on its own connection."""
    headers = {"Host": f"127.0.0.1:{port}", "Connection": "close", **case.headers}
    if case.body and "Transfer-Encoding" not in headers:
        headers.setdefault("Content-Length", str(len(case.body)))
    head = f"{case.method} {case.target} HTTP/1.1\r\n".encode() + b"".join(
        f"{k}: {v}\r\n".encode() for k, v in headers.items()) + b"\r\n"
    data = b""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        try:
            s.sendall(head + case.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered before it read the whole body: its answer is read below
        try:
            while chunk := s.recv(1 << 16):
                data += chunk
        except ConnectionResetError:
            pass
    top, _, body = data.partition(b"\r\n\r\n")
    lines = top.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    return status, {k.lower(): v.strip() for k, v in (x.split(":", 1) for x in lines[1:])}, body


def launch(root: Path, log: Path, *options: str):
    """`reformkg serve` logging into ``log`` (uvicorn writes the access lines on stdout, the rest on
    stderr): (base URL, process)."""
    port = free_port()
    with log.open("wb") as err:
        proc = subprocess.Popen([str(Path(sys.executable).parent / "reformkg"), "--project", str(root), "serve",
                                 "--port", str(port), *options], stdout=err, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    wait_until_up(base + "/sparql", proc)
    return base, proc


@pytest.fixture(scope="module")
def server(built, tmp_path_factory):
    docs = built.build_dir / "docs"
    docs.mkdir(exist_ok=True)
    if not (docs / "void.ttl").is_file():  # test_portal writes the real one; this stands in when it did not run
        (docs / "void.ttl").write_text("<https://w3id.org/reformkg/dataset> a <http://rdfs.org/ns/void#Dataset> .\n",
                                       encoding="utf-8")
    log = tmp_path_factory.mktemp("serve-log") / "serve.log"
    base, proc = launch(built.root, log)
    yield base, proc, log
    stop(proc)


def answers(base: str, n: int) -> bool:
    """Whether the server still runs a query through the engine and answers it right."""
    r = httpx.get(base + "/sparql", params={"query": f"ASK {{ FILTER({n} = {n}) }}"}, headers=CSV, timeout=10)
    return (r.status_code, r.text, r.headers.get("x-cache")) == (200, "true", "miss")


def quads(base: str) -> int:
    r = httpx.get(base + "/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
                  headers={**CSV, "Cache-Control": "no-cache"}, timeout=10)
    return int(r.text.split()[1])


def test_the_table_has_enough_cases():
    assert len(CASES) >= 30 and len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_request(server, case):
    base, proc, _log = server
    port = int(base.rsplit(":", 1)[1])
    status, headers, body = send(port, case)
    assert status == case.status, body[:300]
    text = body.decode("utf-8")
    if case.page:
        assert headers["content-type"].startswith("text/html")
        shown = re.findall(r'<p class="error">(.*?)</p>', text, re.DOTALL)
        assert len(shown) == 1 and "<script" not in text
        text = html.unescape(shown[0]) + "\n"
    elif case.app and status != 405:
        assert headers["content-type"].startswith("text/plain")
    if case.message is not None:
        assert text.splitlines()[0] == case.message if case.exact else text.startswith(case.message), text[:300]
    if case.exact and not case.page and case.app:
        assert len(text.splitlines()) == 1, text[:300]
    if status == 403 and case.message is None:  # an Update the engine never ran
        assert "update" in text.splitlines()[0].lower()
    if case.app:
        assert {k: headers.get(k) for k in SECURITY} == SECURITY
    assert proc.poll() is None and answers(base, CASES.index(case))


def test_bodies_in_another_charset_than_utf8_are_refused(server):
    """The SPARQL 1.1 Protocol takes a query in UTF-8 only (the W3C test bad_query_non_utf8 sends
    UTF-16 and expects a 4xx): a body declared in another charset is a 400, however well it is
    written in it; UTF-8 (with or without a byte-order mark) and US-ASCII are answered."""
    base = server[0]
    for body, charset in ((UTF16_QUERY, "utf-16"), (UTF16_QUERY, "UTF-16"), (LATIN1_QUERY, "ISO-8859-1")):
        r = httpx.post(base + "/sparql", content=body, headers={**CSV, "Content-Type": f"{SPARQL}; charset=\"{charset}\""})
        assert (r.status_code, r.text) == (400, f"the body is declared {charset}: {UTF8_ONLY}\n"), charset
    form = "query=" + quote('SELECT ("é" AS ?x) {}', encoding="latin-1")
    r = httpx.post(base + "/sparql", content=form.encode(), headers={**CSV, "Content-Type": FORM + "; charset=latin-1"})
    assert (r.status_code, r.text) == (400, f"the body is declared latin-1: {UTF8_ONLY}\n")
    for body, charset, value in (("\ufeffSELECT (\"中\" AS ?x) {}".encode(), "utf-8", "中"),
                                 (b'SELECT ("x" AS ?x) {}', "us-ascii", "x"), ('SELECT ("中" AS ?x) {}'.encode(), "UTF8", "中")):
        r = httpx.post(base + "/sparql", content=body, headers={**CSV, "Content-Type": f"{SPARQL}; charset={charset}"})
        assert (r.status_code, r.text) == (200, f"x\r\n{value}\r\n"), charset


def test_odd_but_good_requests_are_answered(server):
    base = server[0]
    port = int(base.rsplit(":", 1)[1])
    # an unreserved character escaped names the same IRI
    status, _h, body = send(port, Case("", "/region/xun%79ang", 200, None, headers={"Accept": "text/turtle"}))
    assert status == 200 and "旬阳市" in body.decode()
    # garbage in If-None-Match and Range: the answer, whole
    r = httpx.get(base + "/sparql", params={"query": "ASK { FILTER(1 = 1) }"},
                  headers={**CSV, "If-None-Match": 'W/"", ,,"x', "Range": "bytes=0-1"})
    assert (r.status_code, r.text) == (200, "true")
    # a Host header that would break the Service Description's Turtle is not used in it
    status, _h, body = send(port, Case("", "/sparql", 200, None, headers={"Host": "x> . <y"}))
    assert status == 400 or "<http://127.0.0.1" in body.decode()
    # a long Accept header
    r = httpx.get(base + "/region/xunyang", headers={"Accept": ", ".join(f"a{i}/b{i};q=0.{i % 10}" for i in range(500)) + ", text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    assert answers(base, 10_001)


def test_nothing_was_changed_and_nothing_was_fetched(server):
    base = server[0]
    r = httpx.get(base + "/sparql", params={"query": "ASK { GRAPH ?g { <http://example.org/x> ?p ?o } }"}, headers=CSV)
    assert r.text == "false"
    r = httpx.get(base + "/sparql", params={"query": "ASK { GRAPH <http://example.org/g> { ?s ?p ?o } }"}, headers=CSV)
    assert r.text == "false" and quads(base) > 30000


def test_no_route_makes_the_server_fetch(server):
    """LOAD and SERVICE by every route, aimed at a listener on 127.0.0.1: each refused (the query
    guard, reformkg.query.guard), and the listener never called."""
    base = server[0]
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.setblocking(False)
        target = f"<http://127.0.0.1:{listener.getsockname()[1]}/sparql>"
        load, service = f"LOAD {target}", f"SELECT * {{ SERVICE {target} {{ ?s ?p ?o }} }}"
        registry = {"default-graph-uri": RK + "graph/registry"}
        for text, status in ((load, 403), (service, 400)):
            for r in (httpx.get(base + "/sparql", params={"query": text}),
                      httpx.get(base + "/sparql", params={"query": text, **registry}),
                      httpx.post(base + "/sparql", data={"query": text, **registry}),
                      httpx.post(base + "/sparql", content=text.encode(), headers={"Content-Type": SPARQL}),
                      httpx.get(base + "/", params={"query": text})):
                assert r.status_code == status, (text, r.url, r.text[:200])
                text_shown = html.unescape(r.text)  # the form shows it as HTML
                assert target in text_shown and ("refused" in text_shown or "not allowed" in text_shown)
        with pytest.raises(BlockingIOError):
            listener.accept()
    assert answers(base, 10_004)


def test_security_headers_on_pages_and_answers(server):
    base = server[0]
    for path, params, accept in (("/", None, "text/html"), ("/region/xunyang", None, "text/html"),
                                 ("/sparql", {"query": "SELECT ?s { ?s a rko:Region } LIMIT 1"}, "text/csv"),
                                 ("/sparql", {"query": "SELECT ?s { ?s a rko:Region } LIMIT 1"}, None),
                                 ("/region/xunyang", None, "text/turtle"), ("/", {"query": "money"}, None),
                                 ("/no/such/thing", None, None), ("/sparql", None, "text/turtle")):
        r = httpx.get(base + path, params=params, headers={"Accept": accept} if accept else {})
        assert r.status_code in (200, 404), path
        assert {k: r.headers.get(k) for k in SECURITY} == SECURITY, (path, accept)


def test_a_huge_body_is_refused_while_read_without_memory(server):
    """20 MB, with and without Content-Length: 413, and the server's peak memory (VmHWM) does not
    grow by it (before: a 200 MB body took the server from 61 MB to a peak of 1.2 GB)."""
    base, proc, _log = server

    def peak_kb() -> int:
        status = Path(f"/proc/{proc.pid}/status").read_text()
        return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1))

    answers(base, 10_002)
    before = peak_kb()
    size = 20 << 20
    r = httpx.post(base + "/sparql", content=b"#" * size, headers={"Content-Type": SPARQL}, timeout=60)
    assert (r.status_code, r.text) == (413, TOO_BIG + "\n")

    def chunks():
        for _ in range(size >> 20):
            yield b"#" * (1 << 20)

    r = httpx.post(base + "/sparql", content=chunks(), headers={"Content-Type": FORM}, timeout=60)
    assert (r.status_code, r.text) == (413, TOO_BIG + "\n")
    grown = peak_kb() - before
    assert grown < 8 << 10, f"peak memory grew by {grown} kB for a {size >> 20} MB body"
    assert answers(base, 10_003)


def test_max_body_is_configurable(built, tmp_path):
    base, proc = launch(built.root, tmp_path / "serve.log", "--max-body", "100", "--quiet")
    try:
        small = "ASK { FILTER(1 = 1) }"
        r = httpx.post(base + "/sparql", content=small.encode(), headers={**CSV, "Content-Type": SPARQL})
        assert (r.status_code, r.text) == (200, "true")
        r = httpx.post(base + "/sparql", content=(small + " " * 80).encode(), headers={**CSV, "Content-Type": SPARQL})
        assert (r.status_code, r.text) == (413, "the body is larger than 100 bytes (serve --max-body)\n")
    finally:
        stop(proc)


def test_the_log_has_one_line_per_request_and_no_traceback(built, tmp_path):
    """The table once more, on a server of its own: each request is one access line with its
    status, each refusal by uvicorn's parser one warning; no traceback, no internal error."""
    base, proc = launch(built.root, tmp_path / "serve.log")
    try:
        port = int(base.rsplit(":", 1)[1])
        sent = CASES
        assert [send(port, c)[0] for c in sent] == [c.status for c in sent]
    finally:
        stop(proc)
    lines = (tmp_path / "serve.log").read_text(encoding="utf-8", errors="replace").splitlines()
    assert not [line for line in lines if "Traceback" in line or "internal error" in line or "ERROR" in line]
    statuses = [int(line.rsplit('HTTP/1.1" ', 1)[1].split()[0]) for line in lines if 'HTTP/1.1" ' in line]
    answered = [c.status for c in sent if c.app]
    assert statuses[-len(answered):] == answered  # after the requests that waited for the server to start
    assert sum(line.startswith("WARNING:  Invalid HTTP request received.") for line in lines) == sum(not c.app for c in sent)
    assert all(line.startswith(("INFO:", "WARNING:", "serving build/")) for line in lines), lines


def test_an_unexpected_exception_is_a_bare_500_and_one_log_line(built, monkeypatch, caplog):
    """The last resort, for a bug (no request of the table gets here): the client learns
    nothing of the server's insides, the log gets one line that says where, no traceback."""
    import asyncio
    import logging

    from reformkg.serve.app import create_app

    app = create_app(built)

    def broken(iri):
        raise KeyError(f"secret {iri}")

    monkeypatch.setattr(app.state.site, "entity", broken)

    async def ask():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
            return await http.get("/region/xunyang"), await http.get("/sparql", params={"query": "ASK {}"}, headers=CSV)

    with caplog.at_level(logging.INFO, logger="uvicorn.error"):
        broken_page, still = asyncio.run(ask())
    assert (broken_page.status_code, broken_page.text) == (500, "internal error: the server's log says more\n")
    assert {k: broken_page.headers.get(k) for k in SECURITY} == SECURITY
    assert (still.status_code, still.text) == (200, "true")
    [record] = [r for r in caplog.records if r.name == "uvicorn.error"]
    line = record.getMessage()
    assert line.startswith("internal error on GET /region/xunyang: KeyError: 'secret https://w3id.org/reformkg/region/")
    assert line.endswith(f"(test_serve_hostile.py:{broken.__code__.co_firstlineno + 1})")
    assert "\n" not in line and record.exc_info is None
