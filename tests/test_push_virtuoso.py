"""`reformkg push` into Virtuoso Open Source 7 (Debian `virtuoso-opensource-7`, installed by
`.ci/run`), a real `virtuoso-t` started on 127.0.0.1 with a temporary ini and free ports: by the
Graph Store Protocol and by the bulk loader, counts checked per graph; then `query --endpoint`
and `describe --endpoint` give the build's answers."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from helpers import stop

from reformkg.cli import main
from reformkg.query.endpoint import Endpoint
from reformkg.query.endpoint import run as run_remote
from reformkg.query.formats import TextSolutions

COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
PASSWORD = "dba"  # a new database's dba password


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
CheckpointInterval = 0
DirsAllowed = ., {d}
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
ThreadsPerQuery = 2
MaxSortedTopRows = 10000000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}/vsp
ServerThreads = 4
Charset = UTF-8
EnabledDavVSP = 0
[SPARQL]
ResultSetMaxRows = 100000000
MaxQueryExecutionTime = 0
MaxQueryCostEstimationTime = 0
"""


class Virtuoso:
    """virtuoso-t in the foreground over a new database in ``location``, on free ports; stopped by :meth:`stop`.
    Its SPARQL endpoint does not cut answers short (ResultSetMaxRows, no execution time limit)."""

    def __init__(self, location: Path, buffers: int = 10000):
        binary = shutil.which("virtuoso-t")
        assert binary, "virtuoso-t is missing: apt-get install virtuoso-opensource-7 (.ci/run installs it)"
        location.mkdir(parents=True, exist_ok=True)
        (location / "vsp").mkdir(exist_ok=True)
        self.location = location
        self.sql_port, self.http_port = free_port(), free_port()
        self.url = f"http://127.0.0.1:{self.http_port}"
        self.isql = f"127.0.0.1:{self.sql_port}"
        ini = location / "virtuoso.ini"
        ini.write_text(INI.format(d=location, sql=self.sql_port, http=self.http_port,
                                  buffers=buffers, dirty=buffers * 3 // 4), encoding="utf-8")
        self.log = open(location / "stdout.log", "wb")  # noqa: SIM115 - closed by stop()
        self.proc = subprocess.Popen([binary, "-f", "-c", str(ini)], cwd=location, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited: {(location / 'stdout.log').read_text()[-2000:]}")
            try:
                if httpx.get(self.url + "/sparql", params={"query": "ASK {}"}, timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("virtuoso-t did not start within 60 s")
            time.sleep(0.2)

    @property
    def store(self) -> str:
        return self.url + "/sparql-graph-crud-auth"

    @property
    def endpoint(self) -> str:
        return self.url + "/sparql"

    def counts(self) -> dict[str, int]:
        r = httpx.post(self.endpoint, data={"query": COUNTS}, headers={"Accept": "application/sparql-results+json"})
        return {b["g"]["value"]: int(b["n"]["value"]) for b in r.json()["results"]["bindings"]
                if b["g"]["value"].startswith("https://w3id.org/reformkg/")}

    def stop(self):
        stop(self.proc, timeout=30)  # Virtuoso writes a checkpoint on SIGTERM
        self.log.close()


def cli(project, *args):
    return CliRunner().invoke(main, ["--project", str(project.root), *args], catch_exceptions=False)


def build_counts(built) -> dict[str, int]:
    store = ox.Store.read_only(str(built.build_dir / "current" / "store"))
    out: dict[str, int] = {}
    for q in store:
        out[q.graph_name.value] = out.get(q.graph_name.value, 0) + 1
    return out


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    server = Virtuoso(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def password_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("secret") / "password"
    path.write_text(PASSWORD + "\n", encoding="utf-8")
    return str(path)


@pytest.mark.slow
def test_push_by_the_graph_store_protocol_twice(built, virtuoso, password_file):
    expected = build_counts(built)
    res = cli(built, "push", "--store", virtuoso.store, "--user", "dba", "--password-file", password_file)
    assert res.exit_code == 0, res.output
    assert res.stdout.count("created ") == len(expected)
    assert res.stdout.rstrip().endswith(f"pushed {len(expected)} graphs, {sum(expected.values())} triples; counts match on the server")
    assert virtuoso.counts() == expected
    again = cli(built, "push", "--store", virtuoso.store, "--engine", "virtuoso", "--user", "dba", "--password-file", password_file)
    assert again.exit_code == 0, again.output
    assert again.stdout.count("replaced ") == len(expected)
    assert virtuoso.counts() == expected


@pytest.mark.slow
def test_push_by_the_bulk_loader_then_query_and_describe(built, virtuoso, password_file):
    """The bulk loader replaces what is there (after a graph was spoilt), then the endpoint answers as the build."""
    expected = build_counts(built)
    page = next(g for g in expected if "/graph/page/" in g)
    r = httpx.put(virtuoso.store, params={"graph": page}, content=b"<http://x.org/a> <http://x.org/b> <http://x.org/c> .\n",
                  headers={"Content-Type": "application/n-triples"}, auth=httpx.DigestAuth("dba", PASSWORD))
    assert r.status_code in (200, 201, 204)
    res = cli(built, "push", "--store", virtuoso.store, "--user", "dba", "--password-file", password_file,
              "--bulk", str(virtuoso.location), "--isql", virtuoso.isql)
    assert res.exit_code == 0, res.output
    assert res.stdout.count("loaded ") == len(expected)
    assert virtuoso.counts() == expected
    assert not list(virtuoso.location.glob("reformkg-*")), "the files given to the loader are removed"
    for name in ("person-posts", "measures-by-type", "documents-per-year"):
        local = cli(built, "query", name, "--format", "csv")
        remote = cli(built, "query", name, "--format", "csv", "--endpoint", virtuoso.endpoint)
        assert remote.exit_code == 0, remote.output
        assert sorted(remote.stdout.splitlines()) == sorted(local.stdout.splitlines()), name
    # table and csv ask a SELECT for CSV, which Virtuoso writes many times faster than JSON: read as text
    text = run_remote(Endpoint(virtuoso.endpoint), "SELECT ?l WHERE { region:xunyang rdfs:label ?l }", text_only=True)
    assert text == TextSolutions(["l"], [["旬阳市"]])
    ask = cli(built, "query", "ASK { region:xunyang a rko:Region }", "--format", "json", "--endpoint", virtuoso.endpoint)
    assert ask.exit_code == 0 and ask.stdout.strip() == '{"head":{},"boolean":true}'
    # Virtuoso cannot take SUBSTR of a long literal (the page text) in `example`: its error, one line, exit 1
    failed = cli(built, "query", "example", "--endpoint", virtuoso.endpoint)
    assert failed.exit_code == 1 and failed.stdout == ""
    assert failed.stderr.startswith(f"Error: {virtuoso.endpoint} answered 500 SPARQL Request Failed: Virtuoso 22003 Error SR586")
    assert len(failed.stderr.strip().splitlines()) == 1
    local = cli(built, "describe", "旬阳", "--format", "json")
    remote = cli(built, "describe", "旬阳", "--format", "json", "--endpoint", virtuoso.endpoint)
    assert remote.exit_code == 0, remote.output
    assert remote.stdout == local.stdout
    # a sorted part of more than 10,000 rows (Virtuoso's MaxSortedTopRows, raised by the ini): answered in full
    whole = 'SELECT ?s ?p WHERE { ?s ?p ?o FILTER(isIRI(?o) && STRSTARTS(STR(?s), "https://w3id.org/reformkg/")) }'
    remote = cli(built, "query", whole + " ORDER BY ?s ?p LIMIT 12000", "--format", "csv", "--endpoint", virtuoso.endpoint)
    assert remote.exit_code == 0, remote.output
    rows = remote.stdout.splitlines()
    assert len(rows) == 12001 and set(rows) <= set(cli(built, "query", whole, "--format", "csv").stdout.splitlines())


def test_wrong_password_and_no_login_are_clear_errors(built, virtuoso, tmp_path):
    wrong = tmp_path / "wrong"
    wrong.write_text("nope\n", encoding="utf-8")
    res = cli(built, "push", "--store", virtuoso.store, "--user", "dba", "--password-file", str(wrong))
    assert res.exit_code == 1
    assert "the server answered 401 Unauthorized" in res.stderr and "give --user and --password-file" in res.stderr
    res = cli(built, "push", "--store", virtuoso.store, "--user", "dba", "--password-file", str(wrong),
              "--bulk", str(virtuoso.location), "--isql", virtuoso.isql)
    assert res.exit_code == 1
    assert res.stderr.startswith(f"Error: isql at {virtuoso.isql}: 28000: [Virtuoso Driver]CL034: Bad login")
    res = cli(built, "push", "--store", virtuoso.store, "--bulk", str(virtuoso.location))
    assert res.exit_code == 2 and "give --user and --password-file" in res.stderr


def test_virtuoso_down_is_a_clear_error(built, password_file):
    port = free_port()
    res = cli(built, "push", "--store", f"http://127.0.0.1:{port}/sparql-graph-crud-auth",
              "--user", "dba", "--password-file", password_file)
    assert res.exit_code == 1
    assert res.stderr.startswith(f"Error: cannot reach http://127.0.0.1:{port}/sparql-graph-crud-auth (ConnectError")
    assert "is the server running?" in res.stderr
    res = cli(built, "push", "--store", f"http://127.0.0.1:{port}/sparql-graph-crud-auth", "--user", "dba",
              "--password-file", password_file, "--bulk", str(built.root), "--isql", f"127.0.0.1:{port}")
    assert res.exit_code == 1
    assert res.stderr.startswith(f"Error: cannot reach Virtuoso's SQL port 127.0.0.1:{port} (")
    assert "is the server running?" in res.stderr
    res = cli(built, "query", "ASK {}", "--endpoint", f"http://127.0.0.1:{port}/sparql")
    assert res.exit_code == 1 and "is the server running?" in res.stderr
