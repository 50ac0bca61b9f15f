"""The README as a contract: every command example of README.md and docs/annotation.md runs on a
copy of the project and prints what the document shows under it.

An example is a line ``$ COMMAND`` in a fenced block (the command goes on over the next lines
while a quote is open or a line ends in ``\\``); the lines under it, up to the next ``$`` line or
the end of the block, are what it prints, stdout and stderr together. The examples of one
section (the text under one heading) run in order, with bash, in one copy of the project, and
share what they do to it; the copy is built first unless the section builds it itself
(``reformkg build``, ``make run``). Where the text between two examples says the reader changes
a file, STEPS does it.

What is compared, and how (every rule is here):

- a line ``…`` matches any run of lines, none included; any other line matches one whole line
  (a line's end, ``\\n`` or ``\\r\\n``, is not compared);
- MASKS: a generation id, the seconds of ``in 2.1 s`` and a size in bytes, kB, MB or GB match any
  value of their form. Within a section one generation id of the document stands for one id of
  the program and the other way round, and a command that names an id is run with the program's;
- PLACES: the document's paths and ports are replaced in a command by the run's own (temporary
  directories, free ports of 127.0.0.1), and back in what it prints; the copy's own path is
  removed from what it prints;
- a shell comment on a command (``# …``) is for the reader, except ``exit N`` in it: the exit
  status expected. Without it the status must be 0;
- ``reformkg serve …`` and a command ending in ``&`` are servers: started in the background, the
  lines under them are what they have printed once they answer on their port; ``kill %N`` stops
  the section's N-th server, and the others stop at the end of the section;
- ``make …`` runs with the project's ``.venv`` linked into the copy and its install steps marked
  done (``make -o``), so that nothing is installed;
- EXCLUDED commands are not run: each says why and which test covers it instead.

Every mismatch is reported with its file and line.
"""

from __future__ import annotations

import functools
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from helpers import FIXTURES, ROOT, copy_project, stop, store_quads, tree_digest

from reformkg.layout import read_dump
from reformkg.pipeline.orchestrate import build

pytestmark = pytest.mark.slow

DOCS = ("README.md", "docs/annotation.md")
BIN = Path(sys.executable).parent  # reformkg and oxigraph of the project's environment
NEWPAGE = FIXTURES / "newpage"
PAGE = "005_5e1f0a9c3b7d2e48"

# Examples not run here: the command's beginning, why, and what tests it instead.
EXCLUDED = {
    "python benchmarks/synth.py --pages 1000":
        "writes 1,000 pages (10 s); tests/test_synth.py runs the generator on 12 pages and validates them",
    "reformkg --project /tmp/corpus-1000 build":
        "builds 1,000 synthetic pages (over 2 minutes); benchmarks/scale.py times it, tests/test_pages.py "
        "and tests/test_orchestrate.py test the build",
}

# Volatile parts: what matches any value of the same form (see the module's docstring).
MASKS = {
    "generation id": r"gen-[0-9a-f]{16}(?:-[0-9a-f]{16})?",  # a build's; in an ETag, with the request's hash
    "seconds": r"(?<=\bin )\d+(?:\.\d+)?(?= s\b)",  # "… 33904 quads in 2.1 s"
    "size": r"\d+(?= bytes\b)|\d+(?:\.\d+)?(?= [kMG]B\b)",  # "(1819273 bytes)", "(99.6 MB of data)"
}
VOLATILE = re.compile("|".join(f"(?P<m{i}>{p})" for i, p in enumerate(MASKS.values())))
GENERATION = re.compile(MASKS["generation id"])
PORTS = ("8000", "7878", "8786")  # the document's: reformkg serve's, oxigraph's, a Dask scheduler's
ELLIPSIS = "…"


# --------------------------------------------------------------------------- the examples


@dataclass
class Example:
    doc: str
    line: int  # of the `$`
    command: str  # as written, comment included
    shown: list[tuple[int, str]] = field(default_factory=list)  # (line, text) of what it prints

    @property
    def where(self) -> str:
        return f"{self.doc}:{self.line}"

    def parts(self) -> tuple[str, str]:
        """The command without its shell comment, and the comment."""
        m = re.search(r"\s+#\s([^'\"]*)$", self.command)
        if m and _complete(self.command[:m.start()]):
            return self.command[:m.start()], m.group(1)
        return self.command, ""

    @property
    def excluded(self) -> str | None:
        return next((why for start, why in EXCLUDED.items() if self.command.startswith(start)), None)


@dataclass
class Section:
    doc: str
    heading: str
    line: int
    text: list[str]
    examples: list[Example] = field(default_factory=list)

    @property
    def builds(self) -> bool:
        return any(e.command.startswith(("reformkg build", "make ")) for e in self.examples if not e.excluded)


def _complete(command: str) -> bool:
    """A command is complete when its quotes are closed and it does not end in a backslash."""
    try:
        shlex.split(command, comments=True)
    except ValueError:
        return False
    return not command.endswith("\\")


@functools.cache
def sections() -> tuple[Section, ...]:
    found: list[Section] = []
    for doc in DOCS:
        lines = (ROOT / doc).read_text(encoding="utf-8").split("\n")
        heading, heading_line, fence, i = "", 0, False, 0
        while i < len(lines):
            text = lines[i]
            if text.startswith("```"):
                fence = not fence
            elif not fence and re.match(r"#{1,3} ", text):
                heading, heading_line = text, i + 1
            elif fence and text.startswith("$ "):
                if not found or (found[-1].doc, found[-1].line) != (doc, heading_line):
                    found.append(Section(doc, heading, heading_line, lines))
                example = Example(doc, i + 1, text[2:])
                while not _complete(example.command):
                    i += 1
                    example.command += "\n" + lines[i]
                i += 1
                while i < len(lines) and not lines[i].startswith(("```", "$ ")):
                    example.shown.append((i + 1, lines[i]))
                    i += 1
                found[-1].examples.append(example)
                continue
            i += 1
    return tuple(found)


# What the text between two examples has the reader do, done before the first example after it.
def _fill_the_draft(project: Path):
    """Step 3 of the walk-through: markers filled, the new document in the registry, but the
    headline, subtitle and quoted speech not yet under no_fact: the finished file without them."""
    shutil.copy(NEWPAGE / "entities.yaml", project / "data" / "entities" / "newpage.yaml")
    finished = (NEWPAGE / f"{PAGE}.yaml").read_text(encoding="utf-8")
    (project / "data" / "annotations" / f"{PAGE}.yaml").write_text(finished[:finished.index("\nno_fact:") + 1],
                                                                   encoding="utf-8")


def _finish_the_draft(project: Path):
    shutil.copy(NEWPAGE / f"{PAGE}.yaml", project / "data" / "annotations" / f"{PAGE}.yaml")


STEPS = {
    ("README.md", "**3. Fix.**"): _fill_the_draft,
    ("README.md", "With the headline, subtitle and quoted speech listed under `no_fact`"): _finish_the_draft,
}


def steps_before(section: Section) -> dict[int, object]:
    """The line of the example each step comes before."""
    out = {}
    for (doc, anchor), step in STEPS.items():
        if doc != section.doc:
            continue
        at = [n for n, text in enumerate(section.text, 1) if anchor in text]
        assert len(at) == 1, f"{doc}: the text {anchor!r} of a step is there {len(at)} times, not once"
        later = [e.line for e in section.examples if e.line > at[0]]
        if later and section.line < at[0]:
            out[min(later)] = step
    return out


# --------------------------------------------------------------------------- comparing


def _pattern(text: str) -> re.Pattern:
    """A line of the document as a regular expression: its volatile parts match any value."""
    out, at = [], 0
    for m in VOLATILE.finditer(text):
        out.append(re.escape(text[at:m.start()]))
        mask = list(MASKS.values())[int(m.lastgroup[1:])]
        out.append(f"({mask})" if mask == GENERATION.pattern else f"(?:{mask})")
        at = m.end()
    out.append(re.escape(text[at:]))
    return re.compile("".join(out))


def align(shown: list[tuple[int, str]], got: list[str]) -> list[tuple[int, str, str]] | None:
    """The lines shown paired with the lines printed (a `…` with any run), or None."""
    pats = [None if text.strip() == ELLIPSIS else _pattern(text) for _, text in shown]

    @functools.cache
    def fits(i: int, j: int) -> bool:
        if i == len(pats):
            return j == len(got)
        if pats[i] is None:
            return fits(i + 1, j) or (j < len(got) and fits(i, j + 1))
        return j < len(got) and pats[i].fullmatch(got[j]) is not None and fits(i + 1, j + 1)

    if not fits(0, 0):
        return None
    pairs, i, j = [], 0, 0
    while i < len(pats):
        if pats[i] is None:
            if fits(i + 1, j):
                i += 1
            else:
                j += 1
        else:
            pairs.append((shown[i][0], shown[i][1], got[j]))
            i, j = i + 1, j + 1
    return pairs


def first_difference(example: Example, got: list[str]) -> str:
    """Where the lines shown and the lines printed part, for the report."""
    shown, j = example.shown, 0
    for k, (line, text) in enumerate(shown):
        if text.strip() == ELLIPSIS:
            nxt = next(((ln, t) for ln, t in shown[k + 1:] if t.strip() != ELLIPSIS), None)
            if nxt is None:
                return f"{example.doc}:{line}: the lines around `…` do not fit what the command printed"
            at = next((n for n in range(j, len(got)) if _pattern(nxt[1]).fullmatch(got[n])), None)
            if at is None:
                return f"{example.doc}:{nxt[0]}: shows {nxt[1]!r}, which the command did not print (after `…`)"
            j = at
            continue
        if j >= len(got):
            return f"{example.doc}:{line}: shows {text!r}; the command printed nothing more"
        if not _pattern(text).fullmatch(got[j]):
            return f"{example.doc}:{line}: shows {text!r}; the command printed {got[j]!r}"
        j += 1
    last = shown[-1][0] if shown else example.line
    return (f"{example.doc}:{last}: the command printed {len(got) - j} more line(s) than shown, "
            f"first {got[j]!r}" if j < len(got) else f"{example.doc}:{last}: does not fit what the command printed")


# --------------------------------------------------------------------------- running


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Run:
    """One section's run: the copy, the replacements, the servers, the generation ids seen."""

    project: Path
    tmp: Path
    places: list[tuple[str, str]]
    servers: list[subprocess.Popen] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)  # the document's generation id -> the program's
    problems: list[str] = field(default_factory=list)

    @property
    def env(self) -> dict[str, str]:
        # a user's shell: no REFORMKG_* of the test run, and not inside `make test` (a make started
        # from a make prints "make[1]: Entering directory" lines)
        env = {k: v for k, v in os.environ.items() if (not k.startswith("REFORMKG_") or k == "REFORMKG_BASE_MEMO")
               and k not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS", "MAKEOVERRIDES")}
        env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
        env["PYTHONUNBUFFERED"] = "1"  # stdout and stderr come in the order they were written
        env["PYTHONIOENCODING"] = "utf-8"
        return env

    def command(self, example: Example) -> str:
        command, _ = example.parts()
        for doc_text, run_text in self.places:
            command = command.replace(doc_text, run_text)
        for token in set(GENERATION.findall(command)):
            if token in self.ids:
                command = command.replace(token, self.ids[token])
            else:
                self.problems.append(f"{example.where}: the command names {token}, which no output above shows")
        if command.startswith("make "):
            command = "make -o .venv/.installed -o .venv/bin/python " + command[len("make "):]
        return command

    def printed(self, out: str) -> list[str]:
        out = out.replace(f"{self.project}/", "")
        for doc_text, run_text in self.places:
            out = out.replace(run_text, doc_text)
        lines = [line.removesuffix("\r") for line in out.split("\n")]
        return lines[:-1] if lines and lines[-1] == "" else lines

    def compare(self, example: Example, got: list[str]) -> bool:
        pairs = align(example.shown, got)
        if pairs is None:
            self.problems.append(first_difference(example, got))
            return False
        back = {v: k for k, v in self.ids.items()}
        for line, text, printed in pairs:
            for doc_id, run_id in zip(GENERATION.findall(text), GENERATION.findall(printed)):
                if self.ids.setdefault(doc_id, run_id) != run_id:
                    self.problems.append(f"{example.doc}:{line}: {doc_id} stands for {self.ids[doc_id]} above, "
                                         f"but the program printed {run_id} here")
                elif back.setdefault(run_id, doc_id) != doc_id:
                    self.problems.append(f"{example.doc}:{line}: the program printed {run_id} again, which the "
                                         f"document shows as {back[run_id]} above, not {doc_id}")
        return True

    def run(self, example: Example):
        command, comment = example.parts()
        if re.fullmatch(r"kill %\d+", command):
            stop(self.servers[int(command[6:]) - 1])
            return
        if command.startswith("reformkg serve") or command.endswith("&"):
            self.serve(example)
            return
        m = re.search(r"\bexit (\d+)\b", comment)
        expected = int(m.group(1)) if m else 0
        proc = subprocess.run(["bash", "-c", self.command(example)], cwd=self.project, env=self.env, check=False,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)
        self.compare(example, self.printed(proc.stdout.decode("utf-8", "replace")))
        if proc.returncode != expected:
            self.problems.append(f"{example.where}: exit status {proc.returncode}, expected {expected}"
                                 + ("" if m else " (say `# exit N` on the command when it is not 0)"))

    def serve(self, example: Example):
        command = self.command(example).removesuffix("&").strip()
        port = int(re.search(r"(?:127\.0\.0\.1:|--port )(\d+)", command).group(1))
        log = self.tmp / f"server-{len(self.servers) + 1}.log"
        with log.open("wb") as out:
            proc = subprocess.Popen(["bash", "-c", f"exec {command}"], cwd=self.project, env=self.env,
                                    stdout=out, stderr=subprocess.STDOUT)
        self.servers.append(proc)
        deadline = time.monotonic() + 30
        while not _answers(port):
            if proc.poll() is not None or time.monotonic() > deadline:
                self.problems.append(f"{example.where}: the server did not answer on port {port}: "
                                     f"{log.read_text(encoding='utf-8', errors='replace')[-2000:]}")
                return
            time.sleep(0.1)
        deadline = time.monotonic() + 5  # what it prints once it answers may still be on its way
        while align(example.shown, self.printed(log.read_text(encoding="utf-8", errors="replace"))) is None \
                and time.monotonic() < deadline:
            time.sleep(0.1)
        self.compare(example, self.printed(log.read_text(encoding="utf-8", errors="replace")))

    def close(self):
        for proc in self.servers:
            stop(proc)


def _answers(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


def project_for(section: Section, built, dest: Path) -> Path:
    """A copy of the project: built unless the section builds it; the fixtures the examples name;
    the Makefile and the environment for `make`."""
    if section.builds:
        copy_project(dest)
    else:
        shutil.copytree(built.root, dest, symlinks=True)
    shutil.copytree(FIXTURES, dest / "tests" / "fixtures")
    if any(e.command.startswith("make ") for e in section.examples):
        shutil.copy2(ROOT / "Makefile", dest / "Makefile")
        (dest / ".venv").symlink_to(BIN.parent)
    return dest


# --------------------------------------------------------------------------- the tests


def test_examples_are_found_and_every_exclusion_names_one():
    examples = [e for s in sections() for e in s.examples]
    assert sum(e.doc == "README.md" for e in examples) >= 30
    assert any(e.doc == "docs/annotation.md" for e in examples)
    for start in EXCLUDED:
        assert any(e.command.startswith(start) for e in examples), f"EXCLUDED names no example: {start!r}"
    for e in examples:
        assert e.command.startswith(("reformkg ", "make ", "curl ", "cp ", "oxigraph ", "kill ", "python ", "printf ", "dask ")), \
            f"{e.where}: an example runs a command this test has no rule for: {e.command[:60]!r}"


@pytest.mark.parametrize("section", sections(), ids=lambda s: f"{s.doc}:{s.line}")
def test_examples_print_what_the_docs_show(section, built, tmp_path):
    run = Run(project_for(section, built, tmp_path / "project"), tmp_path,
              [("~/scans/", f"{NEWPAGE}/"), ("/tmp/ox", str(tmp_path / "ox"))])
    run.places += [(f"{prefix}{port}", f"{prefix}{free}") for port in PORTS
                   for free in [str(free_port())] for prefix in ("127.0.0.1:", "--port ")]
    steps = steps_before(section)
    try:
        for example in section.examples:
            if example.excluded:
                continue
            if example.line in steps:
                steps[example.line](run.project)
            run.run(example)
    finally:
        run.close()
    assert not run.problems, "\n".join(run.problems)


def test_the_example_query_gives_its_rows_in_one_order(built, run_cli):
    """The canned `example` (make run's answer): the build's stored answer, `--fresh` and
    queries/example.expected.csv give the same rows in the same order."""
    stored = run_cli(built, "query", "example", "--format", "csv")
    fresh = run_cli(built, "query", "example", "--format", "csv", "--fresh")
    assert stored.exit_code == fresh.exit_code == 0
    expected = (ROOT / "queries" / "example.expected.csv").read_text(encoding="utf-8")
    assert stored.stdout == fresh.stdout == expected


def test_two_builds_are_byte_identical_where_the_readme_says(built, tmp_path):
    """README, `reformkg build`: two builds of the same data give the same generation, dump,
    manifest and canned answers, byte for byte; the store's RocksDB files differ, their quads do not."""
    other = copy_project(tmp_path / "p")
    build(other)
    one, two = (Path(p.build_dir) / "current" for p in (built, other))
    assert one.resolve().name == two.resolve().name  # the generation id
    assert read_dump(built.build_dir) == read_dump(other.build_dir)
    for name in ("manifest.json", "answers"):
        a, b = one / name, two / name
        if a.is_dir():
            same = {k: v for k, v in tree_digest(a).items() if k != "seconds.json"}  # how long each took
            assert same == {k: v for k, v in tree_digest(b).items() if k != "seconds.json"} and same
        else:
            assert a.read_bytes() == b.read_bytes()
    assert tree_digest(one / "nquads") == tree_digest(two / "nquads")
    assert store_quads(built.build_dir) == store_quads(other.build_dir)
    assert tree_digest(one / "store") != tree_digest(two / "store"), \
        "the stores' files are byte-identical now: say so in the README"
