"""`reformkg push` against the Oxigraph server binary (PyPI `oxigraph`) on 127.0.0.1."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from helpers import stop

RK = "https://w3id.org/reformkg/"
COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str:
    found = Path(sys.executable).parent / "oxigraph"
    path = str(found) if found.is_file() else shutil.which("oxigraph")
    assert path, "the oxigraph server binary is missing: pip install oxigraph==0.5.13 (test extra)"
    return path


class Oxigraph:
    """An Oxigraph server on a free port over a temporary directory, stopped on exit."""

    def __init__(self, location: Path, command: str = "serve"):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([oxigraph_binary(), command, "--location", str(location),
                                      "--bind", f"127.0.0.1:{self.port}"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"oxigraph exited: {self.proc.stderr.read().decode()}")
            try:
                httpx.get(self.url + "/query", params={"query": "ASK {}"}, timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise RuntimeError("oxigraph did not start within 30 s") from None
                time.sleep(0.1)

    def counts(self) -> dict[str, int]:
        r = httpx.post(self.url + "/query", data={"query": COUNTS}, headers={"Accept": "application/sparql-results+json"})
        return {b["g"]["value"]: int(b["n"]["value"]) for b in r.json()["results"]["bindings"]}

    def stop(self):
        stop(self.proc)


@pytest.fixture
def oxigraph(tmp_path):
    server = Oxigraph(tmp_path / "ox")
    yield server
    server.stop()


def build_counts(built) -> dict[str, int]:
    store = ox.Store.read_only(str(built.build_dir / "current" / "store"))
    out: dict[str, int] = {}
    for q in store:
        out[q.graph_name.value] = out.get(q.graph_name.value, 0) + 1
    return out


def page_triples(url: str, graph: str) -> set[tuple[str, str, str]]:
    r = httpx.get(url, params={"graph": graph}, headers={"Accept": "application/n-triples"})
    assert r.status_code == 200
    return {(str(t.subject), str(t.predicate), str(t.object))
            for t in ox.parse(r.content, format=ox.RdfFormat.N_TRIPLES)}


@pytest.mark.slow
def test_push_twice_replaces_never_duplicates(built, run_cli, oxigraph):
    expected = build_counts(built)
    assert len(expected) == len(built.annotation_files()) + 2
    res = run_cli(built, "push", "--store", oxigraph.url + "/store")
    assert res.exit_code == 0, res.output
    assert res.output.count("created ") == len(expected) and "counts match" in res.output
    assert oxigraph.counts() == expected
    res = run_cli(built, "push", "--store", oxigraph.url + "/store")
    assert res.exit_code == 0, res.output
    assert res.output.count("replaced ") == len(expected) and "created " not in res.output
    assert oxigraph.counts() == expected
    # the content, not only the counts: a page graph on the server equals the build's
    page = RK + "graph/page/" + built.annotation_files()[0].stem
    store = ox.Store.read_only(str(built.build_dir / "current" / "store"))
    local = {(str(q.subject), str(q.predicate), str(q.object))
             for q in store.quads_for_pattern(None, None, None, ox.NamedNode(page))}
    assert page_triples(oxigraph.url + "/store", page) == local


@pytest.mark.slow
def test_stale_graphs_are_reported_and_pruned(built, run_cli, oxigraph):
    stale = RK + "graph/page/999_removed"
    r = httpx.put(oxigraph.url + "/store", params={"graph": stale}, content=b"<http://x.org/a> <http://x.org/b> <http://x.org/c> .\n",
                  headers={"Content-Type": "application/n-triples"})
    assert r.status_code == 201
    res = run_cli(built, "push", "--store", oxigraph.url + "/store")
    assert res.exit_code == 0 and f"the server also holds {stale}" in res.output
    assert stale in oxigraph.counts()
    res = run_cli(built, "push", "--store", oxigraph.url + "/store", "--prune")
    assert res.exit_code == 0 and f"deleted   {stale}" in res.output
    assert oxigraph.counts() == build_counts(built)


def test_server_down_is_a_clear_error(built, run_cli):
    url = f"http://127.0.0.1:{free_port()}/store"
    res = run_cli(built, "push", "--store", url, "--timeout", "5")
    assert res.exit_code == 1
    assert res.output.startswith(f"Error: cannot reach {url}") and "is the server running?" in res.output
    assert "Traceback" not in res.output


def test_server_refusing_writes_is_a_clear_error(built, run_cli, tmp_path):
    empty = ox.Store(str(tmp_path / "ro"))  # serve-read-only needs an existing store
    empty.flush()
    del empty
    server = Oxigraph(tmp_path / "ro", command="serve-read-only")
    try:
        res = run_cli(built, "push", "--store", server.url + "/store")
    finally:
        server.stop()
    assert res.exit_code == 1
    assert "Error: PUT graph https://w3id.org/reformkg/graph/" in res.output and "answered 403" in res.output


def test_wrong_path_is_a_clear_error(built, run_cli, oxigraph):
    res = run_cli(built, "push", "--store", oxigraph.url + "/nosuch", "--query-url", oxigraph.url + "/query")
    assert res.exit_code == 1 and "answered 404" in res.output


def test_count_mismatch_is_an_error(built, run_cli, oxigraph, tmp_path):
    other = Oxigraph(tmp_path / "other")  # counts asked of an empty server: nothing matches
    try:
        res = run_cli(built, "push", "--store", oxigraph.url + "/store", "--query-url", other.url + "/query")
    finally:
        other.stop()
    assert res.exit_code == 1 and "other triple counts than the build" in res.output
    assert f"{RK}graph/registry: 0 on the server" in res.output


def test_usage_errors(built, run_cli):
    assert run_cli(built, "push").exit_code == 2
    res = run_cli(built, "push", "--store", "ftp://example.org/store")
    assert res.exit_code == 2 and "http(s) URL" in res.output
    res = run_cli(built, "push", "--store", "http://127.0.0.1:9/graphs")
    assert res.exit_code == 2 and "--query-url" in res.output


def test_server_error_is_a_clear_error(built, run_cli):
    """A store that answers 500 (a stand-in server from the standard library)."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Failing(BaseHTTPRequestHandler):
        def do_PUT(self):
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            body = b"disk full"
            self.send_response(500)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Failing)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/store"
        res = run_cli(built, "push", "--store", url, "--timeout", "10")
    finally:
        httpd.shutdown()
        thread.join(timeout=10)
        httpd.server_close()
    assert res.exit_code == 1
    assert "answered 500 Internal Server Error: disk full" in res.output and "Traceback" not in res.output
