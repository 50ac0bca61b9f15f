"""The registry and vocabularies as ``validate`` and ``build`` read them: loaded, checked, memoised."""

from __future__ import annotations

import gc
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, NamedTuple

from reformkg.annotation.loader import Registry, load_registry
from reformkg.annotation.model import PAGE_PATTERN
from reformkg.annotation.vocab import Vocabularies, load_vocabularies
from reformkg.annotation.yamlio import Document, read_yaml
from reformkg.errors import DataError, Finding
from reformkg.pipeline import memo as basememo
from reformkg.pipeline.generation import GraphPart
from reformkg.pipeline.memo import LazyIndex
from reformkg.rdf.mapping import registry_graph, vocabulary_graph
from reformkg.rdf.shacl import load_shapes, validate_graph
from reformkg.settings import Project


def relative(project: Project, findings: Iterable[Finding]) -> list[Finding]:
    out = []
    for f in findings:
        out.append(Finding(project.rel(f.path) if f.path.startswith("/") else f.path,
                           f.line, f.col, f.code, f.field, f.message, f.severity))
    return out


def _stamp(*dirs: Path) -> tuple:
    """The name, mtime and size of every file in ``dirs``: a change to any of them (or a
    file added or removed) gives another stamp."""
    out = []
    for d in dirs:
        for path in sorted(Path(d).glob("*")):
            try:
                st = path.stat()
            except OSError:
                continue
            out.append((str(path), st.st_mtime_ns, st.st_size))
    return tuple(out)


_BASE_CACHE: dict[tuple, tuple] = {}  # (kind, project root) -> (stamp, value); one entry per kind and project


def _memo(kind: str, project: Project, stamp: tuple, make: Callable[[], object]):
    key = (kind, str(project.root))
    hit = _BASE_CACHE.get(key)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    # The registry and its graphs are millions of objects on a national corpus, all kept: the
    # garbage collector's full passes, triggered again and again while they are made, would
    # walk them each time (a third of a cold validate at 32,000 registry entries).
    enabled = gc.isenabled()
    gc.disable()
    try:
        value = make()
    finally:
        if enabled:
            gc.enable()
    _BASE_CACHE[key] = (stamp, value)
    return value


def load_base(project: Project) -> tuple[Vocabularies, Registry, list[Finding]]:
    """Vocabularies and registry, memoised in the process by the names, mtimes and sizes of
    ``data/vocab/`` and ``data/entities/`` (a second ``validate`` in the same process, as in
    an editor integration, does not read them again). The returned objects are shared:
    callers must not modify them."""
    def make():
        vocab, findings = load_vocabularies(project.vocab)
        registry, reg_findings = load_registry(project.entities, vocab)
        return vocab, registry, relative(project, findings + reg_findings)

    vocab, registry, findings = _memo("base", project, _stamp(project.vocab, project.entities), make)
    return vocab, registry, list(findings)


@dataclass
class ValidationBase:
    """The registry and vocabulary graph of ``validate``, with what SHACL finds in it alone."""

    graph: LazyIndex  # its triples, by subject
    sources: dict
    findings: list[Finding]  # SHACL on the registry + vocabularies


class BaseMemo(NamedTuple):
    """What :mod:`basememo` keeps: the registry inputs as ``validate`` and ``build`` use them."""

    vocab: Vocabularies
    registry: Registry
    findings: list[Finding]  # of reading the registry and vocabularies
    base: ValidationBase | None  # None when those findings hold an error
    registry_part: "GraphPart | None" = None  # the registry graph's N-Quads (written by build only)


def validation_inputs(project: Project) -> tuple[Vocabularies, Registry, list[Finding], ValidationBase | None]:
    """What ``validate`` reads before it checks a file: vocabularies, registry, their findings
    and, when they hold no error, the registry + vocabulary graph with its own SHACL findings.
    Memoised in the process like ``load_base`` (plus ``shapes/``), and on disk by the sha256 of
    the inputs (:mod:`basememo`, written by ``build`` too), so that a cold ``validate`` of one
    file does not read and check the whole registry again."""
    def make():
        key = basememo.memo_key(project)
        hit = basememo.load(project, key)
        if isinstance(hit, BaseMemo):
            return hit.vocab, hit.registry, hit.findings, hit.base
        vocab, registry, findings = load_base(project)
        vbase = None
        if not any(f.is_error for f in findings):
            reg = registry_graph(registry, vocab)
            triples = [*reg.graph, *vocabulary_graph(vocab)]
            vbase = ValidationBase(LazyIndex(triples), reg.sources, relative(
                project, validate_graph(triples, load_shapes(project.shapes), reg.sources)))
        basememo.save(project, key, BaseMemo(vocab, registry, findings, vbase))
        return vocab, registry, findings, vbase

    vocab, registry, findings, vbase = _memo("validation", project,
                                             _stamp(project.vocab, project.entities, project.shapes), make)
    return vocab, registry, list(findings), vbase


def checked_base(project: Project):
    """Vocabularies and registry, loaded and validated (SHACL) once for a whole build:
    (vocab, registry, registry Mapped, registry + vocabulary triples (a list), findings, the SHACL
    findings of the registry + vocabulary graph alone)."""
    vocab, registry, findings = load_base(project)
    if any(f.is_error for f in findings):
        raise DataError(findings)
    reg = registry_graph(registry, vocab)
    # a list, not a graph: copying 250,000 registry triples into a new rdflib graph took 5 s
    # at 10,000 synthetic pages; SHACL and reached_triples read triples either way
    base = [*reg.graph, *vocabulary_graph(vocab)]
    base_shacl = relative(project, validate_graph(base, load_shapes(project.shapes), reg.sources))
    return vocab, registry, reg, base, findings + base_shacl, base_shacl


_PAGE_KEY = re.compile(rb"^page:[ \t]*([^#\r\n]*?)[ \t]*(?:#[^\r\n]*)?\r?$", re.MULTILINE)
_PAGE_OF: dict[tuple, tuple[str, int] | None] = {}  # (path, mtime, size) -> page_of(path)


def page_of(path: Path) -> tuple[str, int] | None:
    """The page id an annotation file names and the line of its ``page:`` key, or None when it
    names none. For the files ``validate`` is not given, read cheaply: a top-level ``page:``
    line in the file's first 4 kB (where it is), else in the whole file, else the page the YAML
    reads; memoised in the process by path, mtime and size."""
    path = Path(path)
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):  # a FIFO would block the read; reading the file says what it is
            return None
        key = (str(path), st.st_mtime_ns, st.st_size)
        if key in _PAGE_OF:
            return _PAGE_OF[key]
        with open(path, "rb") as fh:
            data = fh.read(4096)
            hit = _PAGE_KEY.search(data)
            if hit is None or hit.end() == len(data):  # not in the head, or cut there
                data += fh.read()
                hit = _PAGE_KEY.search(data)
    except OSError:
        return None
    found = None
    if hit is not None:
        value = hit.group(1).decode("utf-8", "replace").strip()
        if len(value) > 1 and value[0] in "'\"" and value[-1] == value[0]:
            value = value[1:-1]
        if re.fullmatch(PAGE_PATTERN, value):
            found = value, data[:hit.start()].count(b"\n") + 1
    else:  # no page line (a flow mapping, say): the page as the YAML reads it
        doc = read_yaml(path, data)
        if isinstance(doc, Document) and isinstance(doc.data, dict):
            page = doc.data.get("page")
            if isinstance(page, str) and re.fullmatch(PAGE_PATTERN, page):
                found = page, doc.locate(("page",))[0]
    if len(_PAGE_OF) > 100_000:
        _PAGE_OF.clear()
    _PAGE_OF[key] = found
    return found
