"""The pipeline's top: ``validate`` and ``build`` (and ``write_parts``, which writes a generation).

``build`` reads the registry and vocabularies (:mod:`.inputs`), checks every page in worker
processes (:mod:`.pages`, each page by :mod:`.check`), writes the dump (:mod:`.generation`), the
store (:mod:`.store`) and the canned answers (:mod:`.answers`), and swaps the generation in. It is
all or nothing: it writes a new generation beside the current one and
swaps a symlink (``build/current``) in one atomic rename, so on any error, or a crash
at any point, ``build/`` still holds the previous complete build.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from rdflib import Graph, URIRef

from reformkg.annotation.lint import lint
from reformkg.annotation.loader import LoadedPage, load_annotation
from reformkg.errors import DataError, Finding, ReformkgError, Report
from reformkg.layout import DUMP
from reformkg.namespaces import GRAPH_ONTOLOGY, GRAPH_REGISTRY
from reformkg.pipeline import answers, distributed
from reformkg.pipeline import memo as basememo
from reformkg.pipeline.check import base_index, check_page
from reformkg.pipeline.fingerprint import fingerprint
from reformkg.pipeline.generation import (
    GraphPart,
    build_lock,
    fsync_tree,
    generation_of,
    is_current,
    new_staging,
    read_previous,
    remove_old,
    swap_in,
    write_dump,
    write_manifest,
)
from reformkg.pipeline.inputs import (
    BaseMemo,
    ValidationBase,
    checked_base,
    load_base,
    page_of,
    relative,
    validation_inputs,
)
from reformkg.pipeline.memo import LazyIndex
from reformkg.pipeline.pages import PageCache, run_pages
from reformkg.pipeline.store import write_store
from reformkg.rdf.mapping import ontology_graph
from reformkg.settings import COMPACT_AFTER, Project, settings

Progress = Callable[[str, int, int], None]


def validate(project: Project, paths: list[str | Path] | None = None,
             texts: dict[Path, str | bytes] | None = None) -> Report:
    """Check annotation files (all when ``paths`` is empty) against the registry and shapes.

    ``texts`` gives the content of some of these files (by resolved path) instead of what is on
    disk: ``reformkg annotate`` checks the annotation being edited before it is saved, with the
    same checks as the saved file gets.

    It runs every check ``build`` runs on these files, on the registry and vocabularies (their
    SHACL findings too) and on the project as a whole (one annotation file per page, among the
    files of data/annotations/), so that what ``build`` would refuse, ``validate`` reports
    first; each finding once."""
    vocab, registry, findings, vbase = validation_inputs(project)
    findings = list(findings)
    # With errors in the registry or vocabularies, annotations are still checked, without SHACL.
    base, sources, base_findings = None, {}, None
    if vbase is not None:
        base, sources, base_findings = vbase.graph, vbase.sources, vbase.findings
        findings += base_findings  # the build refuses these too (each page repeats them: dropped below)
    report = Report()
    build_files = {f.resolve(): f for f in project.annotation_files()}
    pages: dict[Path, tuple[str, int] | None] = {}  # the files of the build checked here → (page id, line)
    for path in project.annotation_files(paths):
        report.files.append(project.rel(path))
        if path.resolve().parent in (project.entities.resolve(), project.vocab.resolve()):
            continue  # registry and vocabulary files were checked above
        text = (texts or {}).get(path.resolve())
        _lp, _mapped, page_findings = check_page(project, path, registry, vocab, base, sources, text,
                                                  base_findings=base_findings)
        page_findings = lint(path, _lp, page_findings, registry, vocab, project.rel, text)  # E010, W101-W103
        findings.extend(page_findings)
        if path.resolve() in build_files:
            pages[path.resolve()] = (_lp.page_id, _lp.doc.locate(("page",))[0]) if _lp else page_of(path)
    findings += _pages_annotated_twice(project, build_files, pages)
    report.findings = sorted(set(findings))
    return report


def _already_annotated(rel: str, line: int, page_id: str, first: str) -> Finding:
    """The E003 of a second annotation file of one page (the build keeps the first, in name order)."""
    return Finding(rel, line, 1, "E003", "page", f"page {page_id!r} is already annotated in {first}")


def _pages_annotated_twice(project: Project, build_files: dict[Path, Path],
                           checked: dict[Path, tuple[str, int] | None]) -> list[Finding]:
    """E003 for each ``checked`` file of the build whose page an earlier file of the build (in
    name order) annotates too, as the build reports it: the build keeps the first file of a
    page. The files not checked are read only for their page id (:func:`page_of`)."""
    if not checked:
        return []
    first: dict[str, Path] = {}
    for resolved in sorted(build_files, key=lambda r: build_files[r]):  # the build's order
        found = checked[resolved] if resolved in checked else page_of(build_files[resolved])
        if found is not None:
            first.setdefault(found[0], resolved)
    out = []
    for resolved, found in checked.items():
        if found is not None and first[found[0]] != resolved:
            out.append(_already_annotated(project.rel(build_files[resolved]), found[1], found[0],
                                          project.rel(build_files[first[found[0]]])))
    return out


# --------------------------------------------------------------------------- build


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
    answers: dict = field(default_factory=dict)  # canned query → how its answer was made (reformkg.pipeline.answers)
    phases: dict = field(default_factory=dict)  # seconds per phase (base, pages, nquads, store, optimize, answers, sync, memo)


def write_build(project: Project, graphs: dict[URIRef, Graph]) -> tuple[str, int]:
    """Write a generation and swap it in atomically. Returns (generation name, quad count)."""
    return write_parts(project, [GraphPart.of(name, g) for name, g in graphs.items()])


def write_parts(project: Project, parts: list[GraphPart], stats: dict | None = None, compact_after: int = COMPACT_AFTER) -> tuple[str, int]:
    """Write the graphs as a new generation and swap it in atomically.

    The dump, ``build/<gen>/nquads/``, is written segment by segment (a segment unchanged since
    the previous generation is hard-linked from it: write_dump). The store is bulk-loaded from
    it, or, when a previous generation exists and at most INCREMENTAL_SHARE of the quads
    changed, copied from the previous store (RocksDB checkpoint: hard links, the old files
    are never written) and patched graph by graph; the ``compact_after``-th patch since the
    store was last compacted compacts it (0: never). The canned queries' answers are then made
    on the new store, or patched from the previous generation's (reformkg.pipeline.answers). Returns
    (generation name, quad count)."""
    parts = sorted(parts, key=lambda p: p.name)
    quads = sum(p.quads for p in parts)
    build_dir = project.build_dir
    build_dir.mkdir(exist_ok=True)
    plans = answers.plans(project.queries)
    name = generation_of(parts, answers.salt(plans))
    stats = stats if stats is not None else {}
    if is_current(build_dir, name):
        stats["store"] = "unchanged"
        return name, quads
    previous = read_previous(build_dir)
    staging = new_staging(build_dir)
    phases = stats.setdefault("phases", {})
    lap = _Lap(phases)
    try:
        offsets, segments, linked = write_dump(staging / DUMP, parts, previous)
        stats["segments"] = (len(segments), linked)
        lap("nquads")
        manifest = {p.name: [p.digest, p.quads, *offsets[p.name]] for p in parts}
        patches = write_store(staging, parts, segments, previous, stats, lap, compact_after)
        lap("optimize" if "store" in phases else "store")
        stats["answers"] = answers.materialise(plans, staging, manifest, previous)
        lap("answers")
        stats["patches"] = patches
        write_manifest(staging, manifest, patches, segments)
        fsync_tree(staging)
        lap("sync")
        swap_in(build_dir, staging, name)
    except OSError as exc:  # a full disk, a read-only directory: the user's to fix, not a bug
        shutil.rmtree(staging, ignore_errors=True)
        where = exc.filename or build_dir
        raise ReformkgError(f"cannot write the build: {exc.strerror or exc} ({where}); "
                            f"the previous build in {project.rel(build_dir)}/ is unchanged") from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    remove_old(build_dir, name)
    lap("cleanup")
    return name, quads


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


def build(project: Project, progress: Progress | None = None, *, jobs: int | None = None,
          cache_dir: str | Path | None = None, compact_after: int | None = None,
          scheduler: str | None = None) -> BuildResult:
    """Check every page (in ``jobs`` worker processes, reusing cached pages) and write a
    new generation of ``build/`` atomically. Gives the same bytes as
    ``write_build(project, compile_dataset(project).graphs)``, the serial in-memory path.

    ``jobs`` defaults to ``REFORMKG_JOBS`` or the number of CPUs; the page cache is
    ``cache_dir``, else ``REFORMKG_CACHE``, else ``.cache/reformkg/`` in the project. The store
    is compacted by every ``compact_after``-th incremental build since its last compaction
    (default ``REFORMKG_COMPACT_AFTER``, else COMPACT_AFTER = 0: only full builds compact).

    With ``scheduler`` (default ``REFORMKG_SCHEDULER``), the address of a Dask scheduler
    (``tcp://HOST:PORT``), the pages the cache does not hold are checked on its cluster instead
    (:mod:`.distributed`), with the same result."""

    started = time.perf_counter()
    jobs = jobs or settings().jobs
    compact_after = settings().compact_after if compact_after is None else compact_after  # a bad value stops here
    scheduler = scheduler or settings().scheduler
    client = distributed.connect(scheduler) if scheduler else None  # an unreachable scheduler stops here
    try:
        return _build(project, progress, jobs, cache_dir, compact_after, started,
                      distributed.runner(client, scheduler) if client is not None else None)
    finally:
        if client is not None:
            client.close()


def _build(project: Project, progress: Progress | None, jobs: int, cache_dir: str | Path | None,
           compact_after: int, started: float, remote) -> BuildResult:
    phases: dict = {}
    lap = _Lap(phases)
    with build_lock(project) as lock_fd:
        fp = fingerprint(project)  # before the inputs are read: a file changed meanwhile gives another key
        memo_key = basememo.memo_key(project, fp)
        memo = basememo.load(project, memo_key)
        if isinstance(memo, BaseMemo) and memo.base is not None and memo.registry_part is not None:  # a build's
            vocab, registry, base_load_findings, vbase, registry_part = memo
            sources, base, base_shacl = vbase.sources, vbase.graph, vbase.findings
            findings = base_load_findings + base_shacl
        else:
            memo = None
            vocab, registry, reg, base, findings, base_shacl = checked_base(project)
            sources, base_load_findings = reg.sources, findings[:len(findings) - len(base_shacl)]
            registry_part = GraphPart.of(GRAPH_REGISTRY, reg.graph)
            # Indexed here, before the workers fork, so that they share it frozen (parallel.run_pages):
            # made in each worker, the garbage collector walked it again and again, and a page cost
            # 0.26 instead of 0.21 s at 31,935 registry entries (the same as at 3,331 once frozen).
            if not base_shacl:  # (with findings in the registry, pages are checked against all of it)
                base_index(base)
        lap("base")
        ontology = ontology_graph(project.ontology, vocab)
        cache = PageCache(Path(cache_dir) if cache_dir else project.cache_dir)
        files = project.annotation_files()
        state = {"fingerprint": fp, "registry": registry, "vocab": vocab,
                 "base": base, "sources": sources, "base_findings": base_shacl, "lock_fd": lock_fd}
        outs = run_pages(project, files, state, cache, jobs, progress, remote=remote)
        lap("pages")
        pages, seen = [], {}
        for out in outs:
            findings += out.findings
            if not out.ok:
                continue
            if out.page_id in seen:
                findings.append(_already_annotated(out.path, out.page_line, out.page_id, seen[out.page_id].path))
                continue
            seen[out.page_id] = out
            pages.append(out)
        if progress:
            progress("", len(files), len(files))
        findings = sorted(set(findings))  # with findings in the registry, every page repeats them
        if any(f.is_error for f in findings):
            raise DataError(findings)
        parts = [GraphPart.of(GRAPH_ONTOLOGY, ontology), registry_part]
        parts += [GraphPart(o.graph, o.digest, o.quads, path=cache.data_path(o.key)) for o in pages]
        lap("graphs")
        stats: dict = {"phases": phases}
        name, quads = write_parts(project, parts, stats=stats, compact_after=compact_after)  # (its own laps)
        lap.skip()
        if memo is None and basememo.memo_dir() is not None:  # what the next build, and a validate, read first
            basememo.save(project, memo_key, BaseMemo(vocab, registry, base_load_findings,
                                                       ValidationBase(LazyIndex(base), sources, base_shacl), registry_part))
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
        findings += relative(project, page_findings)
        if lp is not None:
            pages.append(lp)
    return pages, findings
