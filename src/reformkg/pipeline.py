"""The pipeline as a Python API: ``compile_dataset``, ``validate``, ``build``.

``build`` is all or nothing: it writes a new generation beside the current one and
swaps a symlink (``build/current``) in one atomic rename, so on any error, or a crash
at any point, ``build/`` still holds the previous complete build.
"""

from __future__ import annotations

import errno
import fcntl
import gc
import hashlib
import io
import json
import os
import shutil
import time
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, NamedTuple

from rdflib import Graph, URIRef

from . import basememo
from .basememo import LazyIndex
from .errors import BuildMissing, DataError, Finding, ReformkgError, Report, UsageError
from .lint import lint
from .parallel import graph_nquads
from .loader import LoadedPage, Registry, load_annotation, load_registry
from .rdfmap import (GRAPH_ONTOLOGY, GRAPH_REGISTRY, Mapped, ontology_graph, page_graph,
                     page_graph_iri, registry_graph, vocabulary_graph)
from .shacl import load_shapes, validate_graph
from .vocab import Vocabularies, load_vocabularies

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Project:
    """Where things are. Every path derives from the project root (the repository)."""

    root: Path

    @classmethod
    def at(cls, root: str | Path | None = None) -> "Project":
        root = Path(root or os.environ.get("REFORMKG_HOME") or Path.cwd()).resolve()
        if not (root / "data").is_dir():
            raise ReformkgError(f"{root} is not a reformkg project: it has no data/ directory (use --project DIR)")
        return cls(root)

    data = property(lambda self: self.root / "data")
    articles = property(lambda self: self.root / "data" / "articles")
    annotations = property(lambda self: self.root / "data" / "annotations")
    entities = property(lambda self: self.root / "data" / "entities")
    vocab = property(lambda self: self.root / "data" / "vocab")
    ontology = property(lambda self: self.root / "ontology")
    shapes = property(lambda self: self.root / "shapes")
    queries = property(lambda self: self.root / "queries")
    build_dir = property(lambda self: self.root / "build")

    def annotation_files(self, paths: list[str | Path] | None = None) -> list[Path]:
        """The annotation files named by ``paths`` (a directory stands for its *.yaml files), or
        all of data/annotations/ when none are given."""
        if not paths:
            return sorted(self.annotations.glob("*.yaml"))
        out = []
        for p in map(Path, paths):
            if p.is_dir():
                found = sorted(p.glob("*.yaml"))
                if not found:
                    raise UsageError(f"{p} holds no annotation files (*.yaml)")
                out += found
            else:
                out.append(p)
        return out

    def rel(self, path: str | Path) -> str:
        try:
            return str(Path(path).resolve().relative_to(self.root))
        except ValueError:
            return str(path)


@dataclass
class Compiled:
    """The whole dataset in memory: one graph per named graph, plus what was loaded."""

    graphs: dict[URIRef, Graph]
    pages: list[LoadedPage]
    registry: Registry
    vocab: Vocabularies
    findings: list[Finding] = field(default_factory=list)


def _relative(project: Project, findings: Iterable[Finding]) -> list[Finding]:
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
        return vocab, registry, _relative(project, findings + reg_findings)

    vocab, registry, findings = _memo("base", project, _stamp(project.vocab, project.entities), make)
    return vocab, registry, list(findings)


@dataclass
class _ValidationBase:
    """The registry and vocabulary graph of ``validate``, with what SHACL finds in it alone."""

    graph: LazyIndex  # its triples, by subject
    sources: dict
    findings: list[Finding]  # SHACL on the registry + vocabularies


class _BaseMemo(NamedTuple):
    """What :mod:`basememo` keeps: the registry inputs as ``validate`` and ``build`` use them."""

    vocab: Vocabularies
    registry: Registry
    findings: list[Finding]  # of reading the registry and vocabularies
    base: _ValidationBase | None  # None when those findings hold an error
    registry_part: "GraphPart | None" = None  # the registry graph's N-Quads (written by build only)


def _validation_inputs(project: Project) -> tuple[Vocabularies, Registry, list[Finding], _ValidationBase | None]:
    """What ``validate`` reads before it checks a file: vocabularies, registry, their findings
    and, when they hold no error, the registry + vocabulary graph with its own SHACL findings.
    Memoised in the process like ``load_base`` (plus ``shapes/``), and on disk by the sha256 of
    the inputs (:mod:`basememo`, written by ``build`` too), so that a cold ``validate`` of one
    file does not read and check the whole registry again."""
    def make():
        key = basememo.memo_key(project)
        hit = basememo.load(project, key)
        if isinstance(hit, _BaseMemo):
            return hit.vocab, hit.registry, hit.findings, hit.base
        vocab, registry, findings = load_base(project)
        vbase = None
        if not any(f.is_error for f in findings):
            reg = registry_graph(registry, vocab)
            triples = [*reg.graph, *vocabulary_graph(vocab)]
            vbase = _ValidationBase(LazyIndex(triples), reg.sources, _relative(
                project, validate_graph(triples, load_shapes(project.shapes), reg.sources)))
        basememo.save(project, key, _BaseMemo(vocab, registry, findings, vbase))
        return vocab, registry, findings, vbase

    vocab, registry, findings, vbase = _memo("validation", project,
                                             _stamp(project.vocab, project.entities, project.shapes), make)
    return vocab, registry, list(findings), vbase


_BASE_INDEX: dict = {}  # id(base graph) -> (graph, subject -> [(p, o)]); the last one only


def _base_index(base: Graph | list) -> dict:
    hit = _BASE_INDEX.get(id(base))
    if hit is None or hit[0] is not base:
        out: dict = {}
        for s, p, o in base:
            out.setdefault(s, []).append((p, o))
        _BASE_INDEX.clear()
        _BASE_INDEX[id(base)] = hit = (base, out)
    return hit[1]


def _reached_triples(page: Graph, base: Graph | list, extra: Iterable[URIRef] = ()) -> list:
    """The triples of the page graph plus those of every registry or vocabulary node it (or
    ``extra``) reaches (through object IRIs, transitively; not through rdf:type), each with
    all its triples in ``base``."""
    from rdflib.namespace import RDF

    index = base if isinstance(base, LazyIndex) else _base_index(base)
    out = list(page)
    todo = [o for _s, _p, o in out if isinstance(o, URIRef)] + [s for s, _p, _o in out if isinstance(s, URIRef)]
    todo += list(extra)
    seen = set()
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for p, o in index.get(node, ()):
            out.append((node, p, o))
            if isinstance(o, URIRef) and p != RDF.type:
                todo.append(o)
    return out


def _reached(page: Graph, base: Graph, extra: Iterable[URIRef] = ()) -> Graph:
    """:func:`_reached_triples` as a graph."""
    out = Graph()
    out.addN((s, p, o, out) for s, p, o in _reached_triples(page, base, extra))
    return out


def _check_page(project: Project, path: Path, registry: Registry, vocab: Vocabularies,
                base_graph: Graph | list, base_sources: dict, text: str | None = None,
                base_findings: list[Finding] | None = None):
    """Load, map and check one annotation. With ``base_findings`` (what SHACL finds in
    ``base_graph`` alone) empty, SHACL sees only the page graph and the registry and
    vocabulary nodes it reaches (``_reached``): the shapes constrain a node through its
    own triples and the nodes it points to, so the findings are the same as on the page
    plus the whole base, in about two thirds of the time."""
    lp, findings = load_annotation(path, project.articles, registry, vocab, text)
    mapped = None
    if lp is not None and base_graph is not None:
        mapped = page_graph(lp, vocab)
        sources = {**base_sources, **mapped.sources}
        if base_findings is not None and not base_findings:
            data = _reached_triples(mapped.graph, base_graph)
        else:
            data = [*mapped.graph, *base_graph]
        findings = findings + validate_graph(data, load_shapes(project.shapes), sources, str(path), inplace=True)
    return lp, mapped, _relative(project, findings)


def _checked_base(project: Project):
    """Vocabularies and registry, loaded and validated (SHACL) once for a whole build:
    (vocab, registry, registry Mapped, registry + vocabulary triples (a list), findings, the SHACL
    findings of the registry + vocabulary graph alone)."""
    vocab, registry, findings = load_base(project)
    if any(f.is_error for f in findings):
        raise DataError(findings)
    reg = registry_graph(registry, vocab)
    # a list, not a graph: copying 250,000 registry triples into a new rdflib graph took 5 s
    # at 10,000 synthetic pages; SHACL and _reached_triples read triples either way
    base = [*reg.graph, *vocabulary_graph(vocab)]
    base_shacl = _relative(project, validate_graph(base, load_shapes(project.shapes), reg.sources))
    return vocab, registry, reg, base, findings + base_shacl, base_shacl


def compile_dataset(project: Project, progress: Progress | None = None) -> Compiled:
    vocab, registry, reg, base, findings, base_shacl = _checked_base(project)
    graphs: dict[URIRef, Graph] = {GRAPH_ONTOLOGY: ontology_graph(project.ontology, vocab), GRAPH_REGISTRY: reg.graph}
    pages: list[LoadedPage] = []
    files = project.annotation_files()
    for i, path in enumerate(files):
        if progress:
            progress(path.name, i, len(files))
        lp, mapped, page_findings = _check_page(project, path, registry, vocab, base, reg.sources,
                                                    base_findings=base_shacl)
        findings += page_findings
        if lp is not None and not any(f.is_error for f in page_findings):
            twin = next((p for p in pages if p.page_id == lp.page_id), None)
            if twin is not None:
                findings.append(Finding(project.rel(path), lp.doc.locate(("page",))[0], 1, "E003", "page",
                                        f"page {lp.page_id!r} is already annotated in {project.rel(twin.path)}"))
                continue
            pages.append(lp)
            graphs[page_graph_iri(lp.page_id)] = mapped.graph
    if progress:
        progress("", len(files), len(files))
    if any(f.is_error for f in findings):
        raise DataError(findings)
    return Compiled(graphs, pages, registry, vocab, findings)


def validate(project: Project, paths: list[str | Path] | None = None) -> Report:
    """Check annotation files (all when ``paths`` is empty) against the registry and shapes."""
    vocab, registry, findings, vbase = _validation_inputs(project)
    report = Report(findings=findings)
    # With errors in the registry or vocabularies, annotations are still checked, without SHACL.
    base, sources, base_findings = None, {}, None
    if vbase is not None:
        base, sources, base_findings = vbase.graph, vbase.sources, vbase.findings
    for path in project.annotation_files(paths):
        report.files.append(project.rel(path))
        if path.resolve().parent in (project.entities.resolve(), project.vocab.resolve()):
            continue  # registry and vocabulary files were checked above
        _lp, _mapped, page_findings = _check_page(project, path, registry, vocab, base, sources,
                                                  base_findings=base_findings)
        page_findings = lint(path, _lp, page_findings, registry, vocab, project.rel)  # E010, W101-W103
        report.findings.extend(page_findings)
    report.findings.sort()
    return report


# --------------------------------------------------------------------------- serialisation


def nquads(graphs: dict[URIRef, Graph]) -> str:
    """All graphs as N-Quads: graphs in IRI order, lines sorted within each graph, so two
    builds of the same data are byte-identical and a build can stream them graph by graph."""
    return "".join(graph_nquads(name, graphs[name]) for name in sorted(graphs, key=str))


@dataclass
class GraphPart:
    """One named graph of a build: its sorted N-Quads, in memory or in a (cache) file."""

    name: str
    digest: str  # sha256 of its N-Quads
    quads: int
    text: bytes | None = None
    path: Path | None = None

    @classmethod
    def of(cls, name, graph: Graph) -> "GraphPart":
        data = graph_nquads(name, graph).encode("utf-8")
        return cls(str(name), hashlib.sha256(data).hexdigest(), data.count(b"\n"), text=data)

    def data(self) -> bytes:
        return self.text if self.text is not None else Path(self.path).read_bytes()


def generation_of(parts: list[GraphPart], salt: str = "") -> str:
    """The generation's name: a digest of its graphs (and of ``salt``: the canned queries, whose
    answers it holds)."""
    h = hashlib.sha256(salt.encode("utf-8"))
    for part in sorted(parts, key=lambda p: p.name):
        h.update(f"{part.name} {part.digest}\n".encode("utf-8"))
    return f"gen-{h.hexdigest()[:16]}"


# --------------------------------------------------------------------------- build


@contextmanager
def build_lock(project: Project):
    """One build at a time; a second one started meanwhile stops with a clear message."""
    lock_path = project.root / ".build.lock"
    fd = os.open(lock_path, os.O_CREAT | os.O_RDWR, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ReformkgError("another build is running in this project (lock .build.lock); wait for it and retry") from None
        yield fd
    finally:
        os.close(fd)


@dataclass
class BuildResult:
    path: Path
    generation: str
    quads: int
    graphs: int
    pages: int
    seconds: float
    findings: list[Finding]
    cached: int = 0  # pages taken from the cache
    jobs: int = 1
    store: str = ""  # how the store was written: full, incremental or unchanged
    patch: tuple[int, int] = (0, 0)  # an incremental store: quads removed, quads added
    segments: tuple[int, int] = (0, 0)  # the dump's segment files, and how many were hard-linked, not written
    answers: dict = field(default_factory=dict)  # canned query → how its answer was made (reformkg.answers)
    phases: dict = field(default_factory=dict)  # seconds per phase (base, pages, nquads, store, optimize, answers, sync, memo)


DUMP = "nquads"  # the dump: a directory of N-Quads segment files
STABLE_LINKS = ("store", DUMP)
RETIRED_LINKS = ("reformkg.nq",)  # links an earlier layout made in build/, removed by the next build
# A segment of the dump ends after a graph whose IRI hashes to 0 modulo SEGMENT_EVERY (about
# SEGMENT_EVERY graphs a segment: ~40 MB at 1.3 MB a synthetic page). The boundaries depend on the
# graphs' names only, so a changed, added or removed page changes one segment (two when it was a
# boundary); every other segment is the previous generation's file, hard-linked, not written again.
SEGMENT_EVERY = 32


def dump_files(build_dir: str | Path) -> list[Path]:
    """The segment files of the current build's N-Quads dump, in order: concatenated, they are
    the whole dataset, graph after graph in IRI order, lines sorted within each graph."""
    dump = Path(build_dir) / "current" / DUMP
    if not dump.is_dir():
        raise BuildMissing(f"no build in {build_dir}: run `reformkg build` first")
    return sorted(dump.glob("*.nq"))


def read_dump(build_dir: str | Path) -> bytes:
    """The whole N-Quads dump of the current build as one byte string (small builds, tests)."""
    return b"".join(f.read_bytes() for f in dump_files(build_dir))


def current_generation(build_dir: Path) -> Path | None:
    link = build_dir / "current"
    return link.resolve() if link.is_symlink() and link.resolve().is_dir() else None


def write_build(project: Project, graphs: dict[URIRef, Graph], extra: Callable[[Path], None] | None = None) -> tuple[str, int]:
    """Write a generation and swap it in atomically. Returns (generation name, quad count)."""
    return write_parts(project, [GraphPart.of(name, g) for name, g in graphs.items()], extra)


MANIFEST = "manifest.json"
INCREMENTAL_SHARE = 0.25  # load the store incrementally while at most this share of quads changed
# Compacting (Store.optimize) rewrites the whole store: 22 s at 1,000 synthetic pages, 203 s at
# 10,000, against 2 s and ~30 s for a one-page rebuild. A store patched quad by quad (_patch_store)
# answers the canned queries about as fast as a compacted one (median 0.97-1.12x after 1 to 32
# patches at 1,000 pages; 1.09-1.11x at 100: benchmarks/compaction.py), so by default only full
# builds compact; ``compact_after`` N > 0 compacts on the N-th patch since the last compaction.
COMPACT_AFTER = 0


class _Previous(NamedTuple):
    """The current generation, as the next build reads it."""

    path: Path
    graphs: dict  # graph IRI -> [digest, quads, segment file, offset, length]
    patches: int  # patches since its store was compacted
    segments: dict  # segment id -> its file in path / DUMP


def _previous(build_dir: Path) -> _Previous | None:
    cur = current_generation(build_dir)
    if cur is None or not (cur / "store").is_dir():
        return None
    try:
        manifest = json.loads((cur / MANIFEST).read_text(encoding="utf-8"))
        segments = {_segment_id_of(f): f for f in manifest.get("segments", [])}
        return _Previous(cur, manifest["graphs"], int(manifest.get("patches", 0)), segments)
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):  # unreadable: build afresh
        return None


def write_parts(project: Project, parts: list[GraphPart], extra: Callable[[Path], None] | None = None,
                stats: dict | None = None, compact_after: int = COMPACT_AFTER) -> tuple[str, int]:
    """Write the graphs as a new generation and swap it in atomically.

    The dump, ``build/<gen>/nquads/``, is written segment by segment (a segment unchanged since
    the previous generation is hard-linked from it: _write_dump). The store is bulk-loaded from
    it, or, when a previous generation exists and at most INCREMENTAL_SHARE of the quads
    changed, copied from the previous store (RocksDB checkpoint: hard links, the old files
    are never written) and patched graph by graph; the ``compact_after``-th patch since the
    store was last compacted compacts it (0: never). The canned queries' answers are then made
    on the new store, or patched from the previous generation's (reformkg.answers). Returns
    (generation name, quad count)."""
    import pyoxigraph

    from . import answers

    parts = sorted(parts, key=lambda p: p.name)
    quads = sum(p.quads for p in parts)
    build_dir = project.build_dir
    build_dir.mkdir(exist_ok=True)
    plans = answers.plans(project.queries)
    name = generation_of(parts, answers.salt(plans))
    final = build_dir / name
    stats = stats if stats is not None else {}
    if current_generation(build_dir) == final.resolve() and (final / DUMP).is_dir():
        stats["store"] = "unchanged"
        return name, quads
    previous = _previous(build_dir)
    staging = build_dir / f".staging-{os.getpid()}-{time.time_ns()}"
    staging.mkdir()
    phases = stats.setdefault("phases", {})
    lap = _Lap(phases)
    try:
        offsets, segments, linked = _write_dump(staging / DUMP, parts, previous)
        stats["segments"] = (len(segments), linked)
        lap("nquads")
        manifest = {p.name: [p.digest, p.quads, *offsets[p.name]] for p in parts}
        changed = [p for p in parts if previous is None or previous.graphs.get(p.name, [None])[0] != p.digest]
        removed = [] if previous is None else [g for g in previous.graphs if g not in manifest]
        moved = sum(p.quads for p in changed) + (sum(previous.graphs[g][1] for g in removed) if previous else 0)
        if previous is not None and moved <= INCREMENTAL_SHARE * max(quads, 1):
            pyoxigraph.Store.read_only(str(previous.path / "store")).backup(str(staging / "store"))
            store = pyoxigraph.Store(str(staging / "store"))
            for g in removed:
                store.remove_graph(pyoxigraph.NamedNode(g))
            diff = _patch_store(store, changed, previous)
            stats.update(store="incremental", graphs_loaded=len(changed), graphs_removed=len(removed),
                         quads_removed=diff[0], quads_added=diff[1])
            patches = previous.patches + 1
            if compact_after and patches >= compact_after:
                lap("store")
                store.optimize()
                patches = 0
        else:
            store = pyoxigraph.Store(str(staging / "store"))
            with io.BufferedReader(_Concatenated([staging / DUMP / f for f in segments]), 1 << 20) as dump:
                store.bulk_load(input=dump, format=pyoxigraph.RdfFormat.N_QUADS)
            # Compacted before it is closed: RocksDB compacts in the background, and the store is
            # only ever opened read-only afterwards (query, serve), where it never would.
            lap("store")
            store.optimize()
            stats.update(store="full", graphs_loaded=len(parts), graphs_removed=0)
            patches = 0
        store.flush()
        del store
        lap("optimize" if "store" in phases else "store")
        stats["answers"] = answers.materialise(plans, staging, manifest, previous)
        lap("answers")
        stats["patches"] = patches
        (staging / MANIFEST).write_text(json.dumps({"graphs": manifest, "patches": patches, "segments": segments},
                                                   indent=0, sort_keys=True), encoding="utf-8")
        if extra:
            extra(staging)
        _fsync_tree(staging)
        lap("sync")
        if final.exists():
            shutil.rmtree(final)
        os.rename(staging, final)
        for retired in RETIRED_LINKS:
            if (build_dir / retired).is_symlink():
                (build_dir / retired).unlink()
        for stable in STABLE_LINKS:  # created once; they always point through current/
            link = build_dir / stable
            if not link.is_symlink():
                if link.exists():
                    shutil.rmtree(link) if link.is_dir() else link.unlink()
                link.symlink_to(Path("current") / stable)
        tmp_link = build_dir / f".current-{os.getpid()}"
        if tmp_link.is_symlink():
            tmp_link.unlink()
        tmp_link.symlink_to(name)
        os.replace(tmp_link, build_dir / "current")  # the atomic swap
        _fsync_dir(build_dir)
    except OSError as exc:  # a full disk, a read-only directory: the user's to fix, not a bug
        shutil.rmtree(staging, ignore_errors=True)
        where = exc.filename or build_dir
        raise ReformkgError(f"cannot write the build: {exc.strerror or exc} ({where}); "
                            f"the previous build in {project.rel(build_dir)}/ is unchanged") from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    for old in build_dir.iterdir():
        if old.name.startswith(("gen-", ".staging-", ".current-")) and old.name != name:
            shutil.rmtree(old, ignore_errors=True) if old.is_dir() and not old.is_symlink() else old.unlink()
    lap("cleanup")
    return name, quads


PATCH_IN_MEMORY = 200_000  # added quads up to this many go in one transaction, more through the bulk loader


def _patch_store(store, changed: list[GraphPart], previous: _Previous) -> tuple[int, int]:
    """Bring the changed graphs of ``store`` (a copy of the previous generation's) to their new
    N-Quads by removing and adding only the quads that differ; returns (removed, added).

    A graph's lines are sorted and canonical, so its old lines — read from the previous
    generation's dump where its manifest puts them — and its new ones compare as
    sets. Removing the whole graph and loading it again wrote a tombstone and a new entry for
    every quad of the graph, in two more files per index on top of the compacted ones, each
    consulted by every index seek afterwards: after eight such patches the canned queries ran
    2.7x slower at 100 pages and 1.5x at 1,000; quad by quad, 1.1x and 1.0x
    (benchmarks/README.md#patches-and-compaction). A graph not in the previous generation, or
    whose old place is not recorded, is loaded whole. The quads to add go in one transaction at
    the end, or through the bulk loader PATCH_IN_MEMORY at a time, so memory stays bounded when
    many pages changed."""
    import pyoxigraph

    nquads_format = pyoxigraph.RdfFormat.N_QUADS
    removed = added = 0
    pending: list[bytes] = []  # lines to add
    with _SegmentReader(previous.path / DUMP) as old_dump:
        for part in changed:
            new_lines = part.data().splitlines(keepends=True)
            old_bytes = old_dump.read(previous.graphs.get(part.name))
            if old_bytes is None:
                store.remove_graph(pyoxigraph.NamedNode(part.name))
                gone, new = [], new_lines
            else:
                old_lines = set(old_bytes.splitlines(keepends=True))
                new_set = set(new_lines)
                gone = [line for line in old_lines if line not in new_set]
                new = [line for line in new_lines if line not in old_lines]
            for quad in pyoxigraph.parse(input=b"".join(gone), format=nquads_format):
                store.remove(quad)
            removed, added = removed + len(gone), added + len(new)
            pending += new
            if len(pending) > PATCH_IN_MEMORY:
                store.bulk_load(input=b"".join(pending), format=nquads_format)
                pending = []
    store.extend(pyoxigraph.parse(input=b"".join(pending), format=nquads_format))
    return removed, added


class _SegmentReader:
    """Graphs of a previous generation's dump by their manifest entries, segment files opened once."""

    def __init__(self, dump: Path):
        self.dump, self.fds = dump, {}

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for fd in self.fds.values():
            os.close(fd)

    def fd(self, entry) -> int | None:
        """The open segment file an entry ([digest, quads, file, offset, length]) points into."""
        if not entry or len(entry) != 5:
            return None
        if entry[2] not in self.fds:
            try:
                self.fds[entry[2]] = os.open(self.dump / entry[2], os.O_RDONLY)
            except FileNotFoundError:
                return None
        return self.fds[entry[2]]

    def read(self, entry) -> bytes | None:
        fd = self.fd(entry)
        if fd is None:
            return None
        data = os.pread(fd, entry[4], entry[3])
        if len(data) != entry[4]:
            raise OSError(f"{self.dump / entry[2]} is shorter than its manifest says")
        return data


def _ends_segment(name: str) -> bool:
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big") % SEGMENT_EVERY == 0


def _segments(parts: list[GraphPart]) -> list[list[GraphPart]]:
    """The parts (in IRI order) cut into segments at content-defined boundaries."""
    out, current = [], []
    for part in parts:
        current.append(part)
        if _ends_segment(part.name):
            out.append(current)
            current = []
    return out + [current] if current else out


def _segment_id(segment: list[GraphPart]) -> str:
    h = hashlib.sha256()
    for part in segment:
        h.update(f"{part.name} {part.digest}\n".encode("utf-8"))
    return h.hexdigest()[:16]


def _segment_id_of(file_name: str) -> str:
    return file_name.split("-", 1)[1].removesuffix(".nq")


def _write_dump(dump: Path, parts: list[GraphPart], previous: _Previous | None) -> tuple[dict, list[str], int]:
    """Write the dump as segment files ``NNNNNN-<id>.nq`` (``id``: a hash of the segment's graph
    names and digests), in order. Returns ({graph: (file, offset, length)}, the files in order,
    how many of them were hard-linked).

    A segment the previous generation also has (same id) is hard-linked from it: no byte is
    read or written. In a new segment, a graph unchanged since the previous generation is
    copied from its old segment file with ``copy_file_range`` (in the kernel), the rest is written
    from the part. Same bytes either way. Before segments, every build wrote the whole dump:
    13 GB at 10,000 synthetic pages, 19-140 s of a one-page rebuild."""
    dump.mkdir()
    old = previous.graphs if previous is not None else {}
    old_dump = previous.path / DUMP if previous is not None else None
    offsets: dict = {}
    files: list[str] = []
    linked = 0
    with _SegmentReader(old_dump) if old_dump else nullcontext() as reader:
        for i, segment in enumerate(_segments(parts)):
            sid = _segment_id(segment)
            name = f"{i:06d}-{sid}.nq"
            files.append(name)
            source = previous.segments.get(sid) if previous is not None else None
            if source is not None and _link(old_dump / source, dump / name):
                linked += 1
                for part in segment:  # the same graphs in the same bytes: the same places
                    offsets[part.name] = (name, old[part.name][3], old[part.name][4])
                continue
            fd = os.open(dump / name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            try:
                pos = 0
                for part in segment:
                    entry = old.get(part.name)
                    src = reader.fd(entry) if reader is not None and entry and entry[0] == part.digest else None
                    if src is not None:
                        _copy_range(src, fd, entry[3], pos, entry[4])
                        length = entry[4]
                    else:
                        length = _pwrite_all(fd, part.data(), pos)
                    offsets[part.name] = (name, pos, length)
                    pos += length
            finally:
                os.close(fd)
    return offsets, files, linked


def _link(source: Path, target: Path) -> bool:
    try:
        os.link(source, target)
        return True
    except OSError as exc:  # gone, or a file system without hard links: the segment is written
        if exc.errno in (errno.ENOENT, errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOTSUP):
            return False
        raise


def _copy_range(src: int, dst: int, src_off: int, dst_off: int, length: int) -> None:
    """``length`` bytes from ``src`` at ``src_off`` to ``dst`` at ``dst_off``, in the kernel where it can."""
    while length:
        try:
            n = os.copy_file_range(src, dst, length, src_off, dst_off)
        except (OSError, AttributeError) as exc:  # not supported here: copy through user space
            if isinstance(exc, OSError) and exc.errno not in _NO_KERNEL_COPY:
                raise
            n = _pwrite_all(dst, os.pread(src, min(length, 1 << 24), src_off), dst_off)
        if n == 0:
            raise OSError("a segment of the previous dump is shorter than its manifest says")
        src_off, dst_off, length = src_off + n, dst_off + n, length - n


class _Concatenated(io.RawIOBase):
    """Files read one after the other as one stream (the dump's segments, for the bulk loader)."""

    def __init__(self, paths: list[Path]):
        self.paths, self.file = list(reversed(paths)), None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while True:
            if self.file is None:
                if not self.paths:
                    return 0
                self.file = open(self.paths.pop(), "rb", buffering=0)
            n = self.file.readinto(buffer)
            if n:
                return n
            self.file.close()
            self.file = None

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None
        super().close()


_NO_KERNEL_COPY = {errno.EXDEV, errno.ENOSYS, errno.EOPNOTSUPP, errno.EINVAL, errno.EPERM, errno.EBADF}


def _pwrite_all(fd: int, data: bytes, offset: int) -> int:
    view = memoryview(data)
    while view:
        n = os.pwrite(fd, view, offset)
        view, offset = view[n:], offset + n
    return len(data)


class _Lap:
    """Adds the seconds since the previous lap to ``phases[name]``."""

    def __init__(self, phases: dict):
        self.phases, self.last = phases, time.perf_counter()

    def __call__(self, name: str) -> None:
        now = time.perf_counter()
        self.phases[name] = round(self.phases.get(name, 0.0) + now - self.last, 3)
        self.last = now

    def skip(self) -> None:
        """Count the time since the last lap in no phase (another _Lap timed it)."""
        self.last = time.perf_counter()


def _fsync_dir(path: Path):
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(root: Path):
    for dirpath, _dirs, files in os.walk(root):
        for f in files:
            fd = os.open(os.path.join(dirpath, f), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        _fsync_dir(Path(dirpath))


def default_jobs() -> int:
    env = os.environ.get("REFORMKG_JOBS", "")
    return int(env) if env.isdigit() and int(env) > 0 else (os.cpu_count() or 1)


def default_compact_after() -> int:
    env = os.environ.get("REFORMKG_COMPACT_AFTER", "").strip()
    if not env:
        return COMPACT_AFTER
    if not env.isdigit():
        raise UsageError(f"REFORMKG_COMPACT_AFTER must be a whole number, 0 or more (0: incremental builds never "
                         f"compact the store), not {env!r}")
    return int(env)


def build(project: Project, progress: Progress | None = None, *, jobs: int | None = None,
          cache_dir: str | Path | None = None, compact_after: int | None = None) -> BuildResult:
    """Check every page (in ``jobs`` worker processes, reusing cached pages) and write a
    new generation of ``build/`` atomically. Gives the same bytes as
    ``write_build(project, compile_dataset(project).graphs)``, the serial in-memory path.

    ``jobs`` defaults to ``REFORMKG_JOBS`` or the number of CPUs; the page cache is
    ``cache_dir``, else ``REFORMKG_CACHE``, else ``.cache/reformkg/`` in the project. The store
    is compacted by every ``compact_after``-th incremental build since its last compaction
    (default ``REFORMKG_COMPACT_AFTER``, else COMPACT_AFTER = 0: only full builds compact)."""
    from .parallel import PageCache, default_cache_dir, fingerprint, run_pages

    started = time.perf_counter()
    jobs = jobs or default_jobs()
    compact_after = default_compact_after() if compact_after is None else compact_after  # a bad value stops here
    phases: dict = {}
    lap = _Lap(phases)
    with build_lock(project) as lock_fd:
        fp = fingerprint(project)  # before the inputs are read: a file changed meanwhile gives another key
        memo_key = basememo.memo_key(project, fp)
        memo = basememo.load(project, memo_key)
        if isinstance(memo, _BaseMemo) and memo.base is not None and memo.registry_part is not None:  # a build's
            vocab, registry, base_load_findings, vbase, registry_part = memo
            sources, base, base_shacl = vbase.sources, vbase.graph, vbase.findings
            findings = base_load_findings + base_shacl
        else:
            memo = None
            vocab, registry, reg, base, findings, base_shacl = _checked_base(project)
            sources, base_load_findings = reg.sources, findings[:len(findings) - len(base_shacl)]
            registry_part = GraphPart.of(GRAPH_REGISTRY, reg.graph)
            # Indexed here, before the workers fork, so that they share it frozen (parallel.run_pages):
            # made in each worker, the garbage collector walked it again and again, and a page cost
            # 0.26 instead of 0.21 s at 31,935 registry entries (the same as at 3,331 once frozen).
            if not base_shacl:  # (with findings in the registry, pages are checked against all of it)
                _base_index(base)
        lap("base")
        ontology = ontology_graph(project.ontology, vocab)
        cache = PageCache(Path(cache_dir) if cache_dir else default_cache_dir(project))
        files = project.annotation_files()
        state = {"fingerprint": fp, "registry": registry, "vocab": vocab,
                 "base": base, "sources": sources, "base_findings": base_shacl, "lock_fd": lock_fd}
        outs = run_pages(project, files, state, cache, jobs, progress)
        lap("pages")
        pages, seen = [], {}
        for out in outs:
            findings += out.findings
            if not out.ok:
                continue
            if out.page_id in seen:
                findings.append(Finding(out.path, out.page_line, 1, "E003", "page",
                                        f"page {out.page_id!r} is already annotated in {seen[out.page_id].path}"))
                continue
            seen[out.page_id] = out
            pages.append(out)
        if progress:
            progress("", len(files), len(files))
        if any(f.is_error for f in findings):
            raise DataError(findings)
        parts = [GraphPart.of(GRAPH_ONTOLOGY, ontology), registry_part]
        parts += [GraphPart(o.graph, o.digest, o.quads, path=cache.data_path(o.key)) for o in pages]
        lap("graphs")
        stats: dict = {"phases": phases}
        name, quads = write_parts(project, parts, stats=stats, compact_after=compact_after)  # (its own laps)
        lap.skip()
        if memo is None and basememo.memo_dir() is not None:  # what the next build, and a validate, read first
            basememo.save(project, memo_key, _BaseMemo(vocab, registry, base_load_findings,
                                                       _ValidationBase(LazyIndex(base), sources, base_shacl), registry_part))
            lap("memo")
    return BuildResult(project.build_dir, name, quads, len(parts), len(pages), time.perf_counter() - started,
                       findings, cached=sum(o.cached for o in outs), jobs=jobs, store=stats.get("store", ""),
                       patch=(stats.get("quads_removed", 0), stats.get("quads_added", 0)),
                       segments=stats.get("segments", (0, 0)), answers=stats.get("answers", {}), phases=phases)


def load_pages(project: Project, paths: list[str | Path] | None = None) -> tuple[list[LoadedPage], list[Finding]]:
    """Load and ground annotations without mapping or SHACL (for coverage and describe-like tools)."""
    vocab, registry, findings = load_base(project)
    pages = []
    for path in project.annotation_files(paths):
        lp, page_findings = load_annotation(path, project.articles, registry, vocab)
        findings += _relative(project, page_findings)
        if lp is not None:
            pages.append(lp)
    return pages, findings
