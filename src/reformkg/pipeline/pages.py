"""Per-page build work in worker processes, with a content-addressed cache.

Each annotation file is one task: parse, ground, map to RDF and validate with SHACL
against its page graph plus the registry and vocabularies (the same
:func:`reformkg.pipeline.check_page` that the serial path runs). A task's output is the
page graph as sorted N-Quads lines, written to the cache with its findings.

The cache key is the sha256 of everything that can change a page's output: the
annotation file (name and bytes), the registry, vocabularies, shapes and ontology files,
and the code of the package. The page text is checked too: an entry records the sha256 of
the article it grounded its quotes in, and is used only while that file is unchanged.
The cache lives outside ``build/`` (default ``.cache/reformkg/`` in the project,
``REFORMKG_CACHE`` to move it), so a failed build leaves ``build/`` untouched while the
pages that did succeed are kept for the next run. Entries are written to a temporary name
and renamed, so a crash never leaves a half-written entry behind.
"""

from __future__ import annotations

import ctypes
import gc
import hashlib
import json
import multiprocessing
import os
import signal
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from reformkg.annotation.yamlio import read_regular
from reformkg.errors import Finding, ReformkgError
from reformkg.files import atomic_write
from reformkg.namespaces import page_graph_iri
from reformkg.pipeline.check import check_page
from reformkg.rdf.nquads import graph_nquads


@dataclass
class PageOut:
    """What one page task gives back (its N-Quads stay in the cache file)."""

    path: str  # relative to the project
    key: str
    page_id: str | None = None
    page_line: int = 1
    graph: str | None = None
    digest: str | None = None  # sha256 of the page's N-Quads
    quads: int = 0
    findings: list[Finding] = field(default_factory=list)
    cached: bool = False

    @property
    def ok(self) -> bool:
        return self.graph is not None and not any(f.is_error for f in self.findings)


class PageCache:
    def __init__(self, root: Path):
        self.root = Path(root)

    def _paths(self, key: str) -> tuple[Path, Path]:
        d = self.root / key[:2]
        return d / f"{key}.json", d / f"{key}.nq"

    def data_path(self, key: str) -> Path:
        return self._paths(key)[1]

    def get(self, key: str, articles: Path) -> PageOut | None:
        meta_path, data_path = self._paths(key)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if not data_path.is_file():
                return None
            article = Path(articles) / meta["article"]
            if hashlib.sha256(read_regular(article)).hexdigest() != meta["article_sha256"]:
                return None
        except (OSError, ValueError, KeyError):
            return None
        return PageOut(meta["path"], key, meta["page_id"], meta["page_line"], meta["graph"], meta["digest"],
                       meta["quads"], [Finding(**f) for f in meta["findings"]], cached=True)

    def put(self, out: PageOut, data: bytes, article: str, article_sha256: str) -> None:
        """Store a page; ``article`` is the page text's file name, with the sha256 it was grounded in."""
        meta_path, data_path = self._paths(out.key)
        meta_path.parent.mkdir(parents=True, exist_ok=True)
        meta = {"path": out.path, "page_id": out.page_id, "page_line": out.page_line, "graph": out.graph,
                "digest": out.digest, "quads": out.quads, "findings": [f.as_dict() for f in out.findings],
                "article": article, "article_sha256": article_sha256}
        try:
            # data first: an entry is only seen once its meta exists; 0o600, as tempfile.mkstemp made them
            atomic_write(data_path, data, mode=0o600)
            atomic_write(meta_path, json.dumps(meta, ensure_ascii=False).encode("utf-8"), mode=0o600)
        except OSError as exc:  # a full disk: say where, no traceback (build/ is not touched yet)
            raise ReformkgError(f"cannot write the page cache: {exc.strerror or exc} ({exc.filename or self.root}); "
                                "free some space or set REFORMKG_CACHE to another disk") from None


def page_key(fp: str, rel: str, data: bytes) -> str:
    h = hashlib.sha256(fp.encode() + b"\0" + rel.encode("utf-8") + b"\0")
    h.update(data)
    return h.hexdigest()


# --------------------------------------------------------------------------- the worker

_STATE: dict = {}  # set in the parent before the pool forks: the workers inherit it


def compute_page(project, state: dict, args: tuple[str, str, bytes]) -> tuple[PageOut, tuple[bytes, str, str] | None]:
    """One page's work, with nothing written: its :class:`PageOut`, and what the cache keeps of
    it (its N-Quads, the page text's file name and the sha256 it was grounded in), or None when
    the page has errors. ``state`` holds what every page shares (see :func:`run_pages`)."""
    path_str, key, text = args  # the annotation file as run_pages read it for the key: read once
    path = Path(path_str)
    rel = project.rel(path)
    # A bug raising here reaches the parent through the pool, as in a serial build.
    lp, mapped, findings = check_page(project, path, state["registry"], state["vocab"], state["base"],
                                        state["sources"], text, base_findings=state.get("base_findings"))
    out = PageOut(rel, key, findings=findings)
    if lp is None or any(f.is_error for f in findings):
        return out, None
    name = page_graph_iri(lp.page_id)
    data = graph_nquads(name, mapped.graph).encode("utf-8")
    out.page_id, out.page_line, out.graph = lp.page_id, lp.doc.locate(("page",))[0], str(name)
    out.digest, out.quads = hashlib.sha256(data).hexdigest(), data.count(b"\n")
    return out, (data, f"{lp.page_id}.txt", lp.page.sha256)


def _task(args: tuple[str, str, bytes]) -> PageOut:
    out, entry = compute_page(_STATE["project"], _STATE, args)
    if entry is not None:
        _STATE["cache"].put(out, *entry)
    return out


def _worker_init(parent_pid: int) -> None:  # pragma: no cover - runs in the workers
    """A worker must not outlive its build, nor keep the build lock: if the build is
    killed, its workers die with it (Linux PR_SET_PDEATHSIG) and the lock is free."""

    fd = _STATE.get("lock_fd")
    if fd is not None:
        os.close(fd)  # the parent's descriptor stays open: the lock is held by the build alone
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


# Runs the pages the cache does not hold elsewhere (reformkg.pipeline.distributed): called with the
# project, the shared state and the tasks' arguments, it yields (task number, PageOut, cache entry)
# in any order, the entry as compute_page gives it.
Remote = Callable[[object, dict, list], Iterable[tuple[int, PageOut, "tuple[bytes, str, str] | None"]]]


def run_pages(project, files: list[Path], state: dict, cache: PageCache, jobs: int, progress=None,
              remote: Remote | None = None) -> list[PageOut]:
    """Check every file, from the cache where possible, the rest in ``jobs`` processes, or by
    ``remote`` when given (the pages it runs are stored in the cache here, as they come back).

    Returns one :class:`PageOut` per file, in the order of ``files``."""
    fp = state["fingerprint"]
    results: list[PageOut | None] = [None] * len(files)
    todo: list[tuple[int, tuple[str, str]]] = []
    done = 0
    for i, path in enumerate(files):
        data = read_regular(path)
        key = page_key(fp, project.rel(path), data)
        hit = cache.get(key, project.articles)
        if hit is not None:
            results[i] = hit
            done += 1
        else:
            todo.append((i, (str(path), key, data)))
    if progress and done:
        progress("(cached)", done, len(files))
    if remote is not None and todo:
        order = [i for i, _ in todo]
        for n, out, entry in remote(project, state, [a for _, a in todo]):
            if entry is not None:
                cache.put(out, *entry)
            results[order[n]] = out
            done += 1
            if progress:
                progress(Path(out.path).name, done, len(files))
        return results  # type: ignore[return-value]
    _STATE.clear()
    _STATE.update(state, cache=cache, project=project)
    try:
        if jobs <= 1 or len(todo) <= 1:
            for i, args in todo:
                if progress:
                    progress(Path(args[0]).name, done, len(files))
                results[i] = _task(args)
                done += 1
        else:
            ctx = multiprocessing.get_context("fork")
            # The registry and vocabulary graphs the workers inherit are millions of objects on
            # a large corpus: frozen, the workers' garbage collector no longer walks them (and
            # their pages stay shared, not copied on write).
            gc.freeze()
            with ctx.Pool(min(jobs, len(todo)), initializer=_worker_init, initargs=(os.getpid(),)) as pool:
                order = [i for i, _ in todo]
                for n, out in enumerate(pool.imap(_task, [a for _, a in todo], chunksize=1)):
                    results[order[n]] = out
                    done += 1
                    if progress:
                        progress(Path(out.path).name, done, len(files))
    finally:
        gc.unfreeze()
        _STATE.clear()
    return results  # type: ignore[return-value]
