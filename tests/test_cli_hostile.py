"""The command line against hostile and careless input (issue 19): SPARQL that is too deep, too
long, an Update or a fetch in disguise; query files that are no text; YAML bombs and wrong types;
inputs that are FIFOs, directories or symlinks; outputs aimed at the build's inputs.

Each case runs the real ``reformkg`` in a process of its own (a query that crashed the engine
would take the interpreter with it) on a built copy of two pages, and asserts the exit code, exactly
one error line (the line itself; no traceback, no "Internal error"), that build/ is byte for byte
what it was (the generation's files, the store, the dump), that data/ is unchanged (a case that
changes data/ to make its input puts it back first), that no connection reached a local listener
the LOAD and SERVICE cases aim at, and that a cheap query still answers the same afterwards."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import TWO, copy_project, tree_digest

from reformkg.pipeline.orchestrate import build

pytestmark = pytest.mark.slow  # about 70 processes, a dozen of them validate or build

REFORMKG = Path(sys.executable).parent / "reformkg"
A = "data/annotations/004_6de9715287bc3ad3.yaml"
T = "data/articles/004_6de9715287bc3ad3.txt"
A0 = "data/annotations/000_239e137822c9727a.yaml"
REGIONS = "data/entities/regions.yaml"
CHEAP = "SELECT (COUNT(*) AS ?n) WHERE { ?r a rko:Region }"
READ_ONLY = ("which is refused: the graph is read-only; change the annotations and run `reformkg build` "
             "instead")
NOT_ALLOWED = "is not allowed: queries do not fetch from other servers (reformkg query --allow-service HOST allows one)"
NOT_REGULAR = "not a regular file (a FIFO, socket or device)"
DEEP = re.compile(r"Error: the query nests [\d,]+ levels deep, over the limit of 100: ")
SYNTAX = re.compile(r"Error: the query is not valid SPARQL at line \d+, column \d+: ")


# --- the project, the listener, the picture of build/ ----------------------------------------


class Listener:
    """A TCP port on 127.0.0.1 that counts the connections made to it: LOAD and SERVICE aim here."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            conn.close()


@pytest.fixture(scope="module")
def listener():
    lst = Listener()
    yield lst
    lst.sock.close()


@pytest.fixture(scope="module")
def proj(tmp_path_factory):
    """Two real pages, built, with a pristine copy of data/ to put back after each case."""
    root = tmp_path_factory.mktemp("hostile") / "proj"
    project = copy_project(root, TWO)
    build(project)
    shutil.copytree(root / "data", root.parent / "pristine")
    return root


def restore(root: Path) -> None:
    shutil.rmtree(root / "data")
    shutil.copytree(root.parent / "pristine", root / "data", symlinks=True)


def picture(root: Path) -> dict:
    """build/ byte for byte (the current generation's files, its store and its dump; the links), and data/."""
    return {"build": tree_digest(root / "build"), "data": tree_digest(root / "data")}


def reformkg(root: Path, *args, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([str(REFORMKG), "--project", str(root), *args], cwd=root, capture_output=True,
                          timeout=timeout, check=False)


def cheap(root: Path) -> bytes:
    res = reformkg(root, "query", CHEAP, "--format", "csv")
    assert res.returncode == 0, res.stderr
    return res.stdout


@pytest.fixture(scope="module")
def before(proj):
    return picture(proj), cheap(proj)


# --- the cases ---------------------------------------------------------------------------------


@dataclass
class Case:
    name: str
    args: tuple  # after `reformkg --project ROOT`; "{port}" and "{root}" and "{tmp}" are filled in
    code: int
    error: str | re.Pattern | None  # the one error line (str: exactly; a pattern: its start), None: no error line
    setup: Callable | None = None  # (root, tmp) -> None: makes the input (changes under data/ are undone)
    context: int = 0  # lines a syntax error shows under its message (the query's line and a caret)
    out: str | None = None  # the standard output, when it matters
    check: Callable | None = None  # (root, tmp) -> None: more to assert after the run
    timeout: float = 60


def put(rel: str, data: bytes | str):
    def setup(root, tmp):
        path = root / rel if rel.startswith("data/") else tmp / rel
        if path.is_symlink() or path.is_file():
            path.unlink()
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return setup


def fifo(rel: str):
    def setup(root, tmp):
        path = root / rel if rel.startswith("data/") else tmp / rel
        if path.exists():
            path.unlink()
        os.mkfifo(path)
    return setup


def replace(rel: str, old: str, new: str):
    def setup(root, tmp):
        path = root / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, old
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return setup


def both(*setups):
    def setup(root, tmp):
        for s in setups:
            s(root, tmp)
    return setup


def page_text_a_directory(root, tmp):
    (root / T).unlink()
    (root / T).mkdir()


def link_to_data(root, tmp):
    (tmp / "elsewhere").symlink_to(root / "data" / "articles")


def zero_link(root, tmp):
    (tmp / "zero.ttl").symlink_to("/dev/zero")


def a_directory(root, tmp):
    (tmp / "out").mkdir()


def page_intact(root, tmp):
    assert (root / T).read_bytes() == (root.parent / "pristine" / "articles" / T.rsplit("/", 1)[1]).read_bytes()


def fifo_kept(root, tmp):
    assert (tmp / "out.fifo").is_fifo()
    assert tmp.joinpath("read").read_bytes().startswith(b"<https://w3id.org/reformkg/")


def reader_of_fifo(root, tmp):
    fifo("out.fifo")(root, tmp)

    def read():
        with open(tmp / "out.fifo", "rb") as fh, open(tmp / "read", "wb") as out:
            shutil.copyfileobj(fh, out)
    threading.Thread(target=read, daemon=True).start()


def anchors_bomb() -> str:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        prev, name = chr(96 + i), chr(97 + i)
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
    return "\n".join(lines) + "\n"


HUGE_QUOTE = "记" * 100_000
LONG = 'ASK { ?s ?p "' + "a" * 70_000 + '" }\n'
E_FILE = f"{A}:1:1: error E001 (file): "


def cases() -> list[Case]:
    u = "http://127.0.0.1:{port}/"
    return [
        # ----- SPARQL Update, in any casing, after comments and queries: refused before the engine
        Case("update in lower case", ("query", "insert data { <a> <b> <c> }"), 1,
             f"Error: this is SPARQL Update (INSERT), {READ_ONLY}"),
        Case("update after a comment, mixed case", ("query", "# just a look\nDeLeTe WHERE { ?s ?p ?o }"), 1,
             f"Error: this is SPARQL Update (DELETE), {READ_ONLY}"),
        Case("update after a query and ;", ("query", "SELECT * WHERE { ?s ?p ?o } ;\nClEaR ALL"), 1,
             f"Error: this is SPARQL Update (CLEAR), {READ_ONLY}"),
        Case("update in a query file", ("query", "@{tmp}/drop.rq"), 1,
             f"Error: this is SPARQL Update (DROP), {READ_ONLY}", setup=put("drop.rq", "PREFIX x: <y:>\nDROP SILENT ALL\n")),
        # ----- LOAD and SERVICE, hidden: nothing reaches the listener
        Case("LOAD on a line after a comment", ("query", "SELECT * WHERE { ?s ?p ?o } # x\nLOAD <" + u + "x>"), 1,
             "Error: LOAD <" + u + "x> is refused: SPARQL Update is never run, so nothing is fetched; the graph is "
             "read-only (change the annotations and run `reformkg build`)"),
        Case("load silent into graph", ("query", "load silent <" + u + "x> into graph <g>"), 1,
             "Error: LOAD <" + u + "x> is refused: SPARQL Update is never run, so nothing is fetched; the graph is "
             "read-only (change the annotations and run `reformkg build`)"),
        Case("LOAD spelt with a \\u escape", ("query", "L\\u004fAD <" + u + "x>"), 1, SYNTAX, context=2),
        Case("SERVICE in mixed case", ("query", "SELECT * WHERE { SeRvIcE <" + u + "> { ?s ?p ?o } }"), 1,
             f"Error: SERVICE <{u}> {NOT_ALLOWED}"),
        Case("SERVICE SILENT by a prefixed name",
             ("query", "PREFIX e: <" + u + "> SELECT * WHERE { SERVICE SILENT e:x { ?s ?p ?o } }"), 1,
             f"Error: SERVICE e:x {NOT_ALLOWED}"),
        Case("SERVICE with no space before it", ("query", "SELECT * WHERE { FILTER(true)SERVICE<" + u + ">{?s ?p ?o} }"),
             1, f"Error: SERVICE <{u}> {NOT_ALLOWED}"),
        Case("SERVICE host in \\u escapes, another host allowed",
             ("query", "SELECT * WHERE { SERVICE <http://\\u0031\\u0032\\u0037.0.0.1:{port}/> { ?s ?p ?o } }",
              "--allow-service", "example.org"), 1,
             "Error: SERVICE <http://\\u0031\\u0032\\u0037.0.0.1:{port}/> is not allowed: its host 127.0.0.1 is not in "
             "--allow-service (example.org)"),
        Case("SERVICE on the allowed host, another port",
             ("query", "SELECT * WHERE { SERVICE <" + u + "> { ?s ?p ?o } }", "--allow-service", "127.0.0.1:1"), 1,
             "Error: SERVICE <" + u + "> is not allowed: its host 127.0.0.1 is not in --allow-service (127.0.0.1:1)"),
        # ----- too deep, too long, too costly to parse
        Case("3,000 nested groups", ("query", "SELECT * WHERE " + "{" * 3000 + "}" * 3000), 1, DEEP),
        Case("1,000 nested STR()", ("query", "SELECT * WHERE { FILTER(" + "STR(" * 1000 + "1" + ")" * 1000 + ") }"), 1,
             DEEP),
        Case("a chain of 150 ||", ("query", "SELECT * WHERE { ?s ?p ?o FILTER(" + " || ".join(["?o = 1"] * 150) + ") }"),
             1, DEEP),
        Case("REGEX in REGEX 8 deep", ("query", "ASK { FILTER(" + "REGEX(" * 8 + '"a"' + ', "a")' * 8 + ") }"), 1,
             "Error: REGEX, SUBSTR, REPLACE and GROUP_CONCAT are nested 8 deep, over the limit of 6: the engine parses "
             "each of them twice, so its work doubles with each level"),
        Case("a 70,000-character literal", ("query", "@{tmp}/long.rq"), 1,
             f"Error: the query is {len(LONG):,} characters long, over the limit of 65,536", setup=put("long.rq", LONG)),
        # ----- query files that are no text, or no file
        Case("a binary query file", ("query", "@{tmp}/bin.rq"), 2,
             "Error: {tmp}/bin.rq: the query file is not UTF-8 text (invalid start byte at byte 0); save it as UTF-8",
             setup=put("bin.rq", b"\xff\xfeS\x00E\x00L\x00")),
        Case("a Latin-1 query file", ("query", "@{tmp}/latin1.rq"), 2,
             "Error: {tmp}/latin1.rq: the query file is not UTF-8 text (invalid continuation byte at byte 21); save it "
             "as UTF-8", setup=put("latin1.rq", 'SELECT * { ?s ?p "caf\xe9" }'.encode("latin-1"))),
        Case("NUL in a query file", ("query", "@{tmp}/nul.rq"), 1,
             "Error: the query holds the control character '\\x00' at offset 3: send SPARQL as text",
             setup=put("nul.rq", b"ASK\x00{}")),
        Case("a UTF-8 byte order mark", ("query", "@{tmp}/bom.rq", "--format", "csv"), 0, None,
             setup=put("bom.rq", "\ufeffSELECT ?n WHERE { VALUES ?n { 7 } }".encode("utf-8")), out="n\r\n7\r\n"),
        Case("a query file that is a FIFO", ("query", "@{tmp}/q.fifo"), 2, "Error: no query file {tmp}/q.fifo",
             setup=fifo("q.fifo"), timeout=20),
        Case("a query file that is a directory", ("query", "@{tmp}"), 2, "Error: no query file {tmp}"),
        # ----- options out of their range
        Case("--timeout nan", ("query", "ASK {}", "--timeout", "nan"), 2,
             "Error: Invalid value for '--timeout': nan is not a number of seconds: give one such as 10 or 0.5"),
        Case("--timeout inf", ("query", "ASK {}", "--timeout", "inf"), 2,
             "Error: Invalid value for '--timeout': inf is not a number of seconds: give one such as 10 or 0.5"),
        Case("--base that is no IRI", ("query", "ASK {}", "--base", "not an iri"), 2,
             "Error: Invalid value for '--base': 'not an iri' is not an absolute IRI (Invalid IRI code point ' '); "
             "give one such as https://w3id.org/reformkg/"),
        # ----- describe: names that try to be SPARQL, or are no name
        Case("describe a name that closes the query", ("describe", '"} UNION { ?s ?p ?o } #'), 1,
             "Error: no entity named '\"} UNION { ?s ?p ?o } #' (searched labels, aliases, ids and IRIs)"),
        Case("describe an IRI that closes the query", ("describe", "http://x/> } ; DROP ALL ; #"), 1,
             "Error: 'http://x/> } ; DROP ALL ; #' is not a valid IRI"),
        Case("describe a 100,000-character name", ("describe", "a" * 100_000), 2,
             "Error: the name is 100,000 characters long; no name, alias, id or IRI here is over 2,048"),
        Case("describe bytes that are not UTF-8", ("describe", b"\xff\xfe"), 2, "Error: the name is not valid UTF-8 text"),
        # ----- annotations: bombs, wrong types, control characters, FIFOs
        Case("an anchors-and-aliases bomb", ("build",), 1,
             f"{A}:1:4: error E001 (file): anchors and aliases (&, *) are not allowed; write the value out",
             setup=put(A, anchors_bomb())),
        Case("flow nesting 100,000 deep", ("validate", A), 1,
             f"{A}:1:57: error E001 (file): nesting deeper than 50 levels",
             setup=put(A, "page: " + "[" * 100_000 + "]" * 100_000 + "\n")),
        Case("a python tag", ("validate", A), 1,
             f"{A}:3:12: error E001 (file): the tag tag:yaml.org,2002:python/object/apply:os.system is not allowed; "
             "only plain YAML is read",
             setup=replace(A, "newspaper: 工人日报", "newspaper: !!python/object/apply:os.system ['touch /tmp/pwned']")),
        Case("a NUL in an annotation", ("validate", A), 1,
             f"{A}:2:27: error E001 (file): not valid YAML: the character '\\x00' is not allowed in YAML (control "
             "characters are not); remove it", setup=put(A, b"format: 2\npage: 004_6de9715287bc3ad3\x00\n")),
        Case("an annotation in GBK", ("validate", A), 1,
             f"{E_FILE}the file is not UTF-8 text (invalid continuation byte at byte 16)",
             setup=put(A, "format: 2\npage: 中文\n".encode("gbk"))),
        Case("validate a device", ("validate", "/dev/zero"), 1,
             f"/dev/zero:0:0: error E001 (file): cannot read the file: {NOT_REGULAR}", timeout=20),
        Case("validate a file outside the project", ("validate", "/etc/passwd"), 1,
             "/etc/passwd:1:1: error E002 (file): an annotation is a mapping with page, stories, measures, observations …"),
        Case("query --data, a link to a device", ("query", "ASK {}", "--data", "{tmp}/zero.ttl"), 1,
             re.compile(r"Error: /\S+/zero\.ttl: not valid Turtle: Parser error at line 1 column 1: "), setup=zero_link,
             timeout=20),
        Case("newspaper: a list", ("validate", A), 1, f"{A}:3:1: error E002 newspaper: expected a string, not a list",
             setup=replace(A, "newspaper: 工人日报", "newspaper: [x]")),
        Case("newspaper: a mapping", ("validate", A), 1,
             f"{A}:3:1: error E002 newspaper: expected a string, not a mapping",
             setup=replace(A, "newspaper: 工人日报", "newspaper: {a: 1}")),
        Case("stories: a mapping", ("validate", A), 1, f"{A}:4:1: error E002 stories: expected a list, not a mapping",
             setup=put(A, "format: 2\npage: 004_6de9715287bc3ad3\nnewspaper: 工人日报\nstories: {}\n")),
        Case("stories: an empty string", ("build",), 1, f"{A}:4:1: error E002 stories: expected a list, not a string",
             setup=put(A, "format: 2\npage: 004_6de9715287bc3ad3\nnewspaper: 工人日报\nstories: ''\n")),
        Case("page: a list", ("validate", A), 1, f"{A}:2:1: error E002 page: expected a string, not a list",
             setup=replace(A, "page: 004_6de9715287bc3ad3", "page: [004_6de9715287bc3ad3]")),
        Case("extent: a number", ("validate", A), 1,
             f"{A}:15:5: error E002 stories[0].extent: expected a list, not a number",
             setup=replace(A, "    extent: [{from: “工作好不好，哪里要发力，要听职工怎么说” 济南市总建立健全, "
                              "to: 形成有价值的调查报告，问计于职工。}]", "    extent: 7")),
        Case("date: .nan", ("validate", A), 1,
             f"{A}:13:12: error E002 stories[0].date.value: '.nan' is not a date: expected YYYY, YYYY-MM or "
             "YYYY-MM-DD in ASCII digits", setup=replace(A, "date: {value: 2021-03,", "date: {value: .nan,")),
        Case("a 100,000-character quote", ("validate", A), 1,
             re.compile(re.escape(f"{A}:11:59: error E005 stories[0].byline[0].quote: quote not found in the page text "
                                  f"(whitespace ignored): '{'记' * 300}'… (100,000 characters); closest passage")),
             setup=replace(A, "quote: 记者田国全}", f"quote: {HUGE_QUOTE}}}"), timeout=30),
        Case("an annotation that is a FIFO (validate)", ("validate", A), 1,
             f"{A}:0:0: error E001 (file): cannot read the file: {NOT_REGULAR}", setup=fifo(A), timeout=30),
        Case("an annotation that is a FIFO (build)", ("build",), 1, f"Error: {{root}}/{A}: {NOT_REGULAR}",
             setup=fifo(A), timeout=30),
        Case("a page text that is a FIFO, the page cached", ("build",), 1,
             f"{A}:2:1: error E009 page: no page text {T} for page '004_6de9715287bc3ad3'", setup=fifo(T), timeout=30),
        Case("a page text that is a directory", ("validate", A), 1,
             f"{A}:2:1: error E009 page: no page text {T} for page '004_6de9715287bc3ad3'", setup=page_text_a_directory),
        Case("a page text in GBK", ("build",), 1,
             f"{A}:2:1: error E009 page: the page text {T} cannot be read: byte 0 (line 1) is not UTF-8 (invalid "
             "continuation byte); expected UTF-8 text", setup=put(T, "中文".encode("gbk") * 10)),
        # ----- the registry
        Case("a registry file that is a FIFO", ("build",), 1,
             f"data/entities/people.yaml:0:0: error E001 (file): cannot read the file: {NOT_REGULAR}",
             setup=fifo("data/entities/people.yaml"), timeout=30),
        Case("a parent cycle in the registry", ("build",), 1,
             f"{REGIONS}:7:78: error E004 regions[beijing].parent: the parent chain loops: beijing → beijing; "
             "expected a chain that ends at an entry without parent",
             setup=replace(REGIONS, 'code: "110000", level: province, parent: china}',
                           'code: "110000", level: province, parent: beijing}')),
        # ----- export: never onto an input, never renaming over a FIFO or a device
        Case("export onto a page text", ("export", "-o", T), 1,
             f"Error: {T} is an input of the build ({T}); write the export elsewhere", check=page_intact),
        Case("export through a link to data/", ("export", "-o", "{tmp}/elsewhere/x.ttl"), 1,
             "Error: {tmp}/elsewhere/x.ttl is an input of the build (data/articles/x.ttl); write the export elsewhere",
             setup=link_to_data),
        Case("export tables into data/vocab", ("export", "--format", "csv", "-o", "data/vocab"), 1,
             "Error: data/vocab is an input of the build (data/vocab); write the export elsewhere"),
        Case("export onto a directory", ("export", "-o", "{tmp}/out"), 2,
             "Error: {tmp}/out is a directory; give -o a file name", setup=a_directory),
        Case("export into a FIFO", ("export", "--format", "nquads", "-o", "{tmp}/out.fifo"), 0, None,
             setup=reader_of_fifo, check=fifo_kept),
        # ----- migrate, suggest, coverage, push
        Case("migrate a FIFO", ("migrate", "{tmp}/m.fifo"), 2,
             "Error: no annotation file {tmp}/m.fifo: give files such as data/annotations/PAGE.yaml",
             setup=fifo("m.fifo"), timeout=20),
        Case("migrate a binary file", ("migrate", "{tmp}/bin.yaml"), 1,
             "Error: {tmp}/bin.yaml: the file is not UTF-8 text (invalid start byte at byte 0)",
             setup=put("bin.yaml", b"\xff\xfe\x00")),
        Case("suggest over a page text", ("suggest", T, "-o", A0.replace("annotations", "articles").replace("yaml", "txt")),
             2, "Error: data/articles/000_239e137822c9727a.txt exists; suggest never overwrites an annotation "
                "(remove it or pick another name)", check=page_intact),
        Case("suggest a GBK text", ("suggest", "{tmp}/gbk.txt"), 1,
             "Error: {tmp}/gbk.txt: the file is not UTF-8 text (invalid continuation byte at byte 0)",
             setup=put("gbk.txt", "中文".encode("gbk"))),
        Case("coverage of a FIFO", ("coverage", "{tmp}/c.fifo"), 1,
             f"{{tmp}}/c.fifo:0:0: error E001 (file): cannot read the file: {NOT_REGULAR}", setup=fifo("c.fifo"),
             timeout=20),
        Case("push to no URL", ("push", "--store", "file:///etc/passwd"), 2,
             "Error: --store must be an http(s) URL of a Graph Store Protocol endpoint, got 'file:///etc/passwd'"),
        Case("push to a broken IPv6 URL", ("push", "--store", "http://[::1/store"), 2,
             "Error: Invalid value for '--store': 'http://[::1/store' is not a URL (Invalid IPv6 URL)"),
        Case("push to port 99999", ("push", "--store", "http://127.0.0.1:1/store", "--query-url",
                                    "http://127.0.0.1:99999/query"), 2,
             "Error: Invalid value for '--query-url': 'http://127.0.0.1:99999/query' is not a URL (Port out of range "
             "0-65535)"),
        Case("push --timeout nan", ("push", "--store", "http://127.0.0.1:1/store", "--timeout", "nan"), 2,
             "Error: Invalid value for '--timeout': nan is not a number of seconds: give one such as 60"),
        Case("push to a closed port", ("push", "--store", "http://127.0.0.1:1/store", "--timeout", "5"), 1,
             "Error: cannot reach http://127.0.0.1:1/store (ConnectError: [Errno 111] Connection refused); is the "
             "server running?"),
    ]


CASES = cases()
ERROR_LINE = re.compile(r"^(Error: |Internal error|Traceback|.*:\d+:\d+: error [EW]\d{3} )")


def fill(value, root: Path, tmp: Path, port: int):
    if isinstance(value, bytes):
        return value
    if isinstance(value, re.Pattern):
        return value
    return value.replace("{root}", str(root)).replace("{tmp}", str(tmp)).replace("{port}", str(port))


def test_there_are_enough_cases():
    """The issue asks for at least 30 cases of our own beside those it lists."""
    assert len(CASES) >= 30
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input(case: Case, proj: Path, before, listener, tmp_path):
    picture_before, answer_before = before
    if case.setup:
        case.setup(proj, tmp_path)
    try:
        args = [fill(a, proj, tmp_path, listener.port) for a in case.args]
        res = reformkg(proj, *args, timeout=case.timeout)
    finally:
        restore(proj)
    out, err = res.stdout.decode("utf-8", "replace"), res.stderr.decode("utf-8", "replace")
    shown = f"exit {res.returncode}\nstdout: {out[-3000:]}\nstderr: {err[-3000:]}"
    assert res.returncode == case.code, shown
    assert "Traceback" not in out + err and "Internal error" not in out + err, shown
    lines = [line for line in (out + err).splitlines() if ERROR_LINE.match(line)]
    expected = fill(case.error, proj, tmp_path, listener.port) if case.error is not None else None
    if expected is None:
        assert lines == [], shown
    else:
        assert len(lines) == 1, shown
        if isinstance(expected, re.Pattern):
            assert expected.match(lines[0]), shown
        else:
            assert lines[0] == expected, shown
        assert len(lines[0]) < 2000, "one readable line"
        if lines[0].startswith("Error:"):  # a message, then only the lines a syntax error shows under it
            after = err.split(lines[0], 1)[1].splitlines()[1:]
            assert len(after) == case.context and all(x.startswith("  ") for x in after), shown
    if case.out is not None:
        assert out == case.out
    if case.check:
        case.check(proj, tmp_path)
    assert listener.connections == 0, "nothing is fetched"
    assert picture(proj) == picture_before, "build/ and data/ are unchanged"
    assert cheap(proj) == answer_before
