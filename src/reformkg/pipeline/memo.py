"""An on-disk memo of what ``validate`` reads before it checks a file: the vocabularies, the
registry, their findings and the registry + vocabulary triples indexed by subject.

At 32,000 registry entries reading and checking these took ~8 s, the whole of a cold
``validate`` of one file; loaded from the memo they take ~0.3 s. The triples stay pickled per
subject (:class:`LazyIndex`) and are unpickled only for the nodes a page reaches: loading the
memo reads them as bytes, not as millions of objects.

The memo is keyed by the sha256 of every input it derives from (``parallel.fingerprint``:
registry, vocabularies, shapes, ontology, the code; this module's too), the project's path and
the SHACL engine; any change there makes a new one. It lives in the user's cache directory
(``$XDG_CACHE_HOME/reformkg/base``, or ``REFORMKG_BASE_MEMO=<dir>``), never in the project:
pickles are only read from a place the project's files cannot put one.
``REFORMKG_BASE_MEMO=0`` turns it off. Failing to read or write it is never an error: the
inputs are then read as without it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from rdflib import BNode

from reformkg.files import atomic_file
from reformkg.pipeline.fingerprint import fingerprint
from reformkg.settings import settings

MEMO_FORMAT = "2"
KEEP = 16  # memo files kept (one per project path; the least recently used go first)


def _key(node) -> str:
    return f"_:{node}" if isinstance(node, BNode) else f"<{node}"


class LazyIndex:
    """Subject → its (predicate, object) pairs, each subject's list pickled on its own.

    ``get(node)`` unpickles one subject's list (kept once done); iterating gives every
    triple, as the list of triples it was made from would."""

    def __init__(self, triples=()):
        groups: dict = {}
        for s, p, o in triples:
            groups.setdefault(s, []).append((p, o))
        self._packed = {_key(s): pickle.dumps((s, pos), protocol=pickle.HIGHEST_PROTOCOL) for s, pos in groups.items()}
        self._open: dict = {}
        self._all: list | None = None

    def __getstate__(self):
        return self._packed

    def __setstate__(self, state):
        self._packed, self._open, self._all = state, {}, None

    def get(self, node, default=()):
        key = _key(node)
        hit = self._open.get(key)
        if hit is None:
            packed = self._packed.get(key)
            if packed is None:
                return default
            hit = self._open[key] = pickle.loads(packed)[1]
        return hit

    def __iter__(self):
        if self._all is None:  # unpacked once: with findings in the registry, every page reads it all
            self._all = [(s, p, o) for packed in self._packed.values()
                         for s, pos in [pickle.loads(packed)] for p, o in pos]
        return iter(self._all)


def memo_dir() -> Path | None:
    return settings().base_memo


def memo_key(project, fp: str | None = None) -> str:
    """The key of the memo: ``fp`` is ``parallel.fingerprint(project)`` when already known."""
    fp = fp or fingerprint(project)
    engine = settings().shacl
    own = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()  # this module's code (LazyIndex) too
    return hashlib.sha256(f"{MEMO_FORMAT}\0{fp}\0{own}\0{Path(project.root).resolve()}\0{engine}"
                          .encode("utf-8")).hexdigest()


def _path(project) -> Path | None:
    d = memo_dir()
    if d is None:
        return None
    return d / (hashlib.sha256(str(Path(project.root).resolve()).encode("utf-8")).hexdigest()[:24] + ".pickle")


def load(project, key: str):
    """The value saved for ``project`` under ``key``, or None."""
    path = _path(project)
    if path is None:
        return None
    try:
        with open(path, "rb") as fh:
            if fh.read(len(key) + 1) != key.encode("ascii") + b"\n":
                return None
            value = pickle.load(fh)
        os.utime(path)
        return value
    except Exception:  # missing, truncated, from another version: read the inputs instead
        return None


def save(project, key: str, value) -> None:
    path = _path(project)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_file(path) as fh:
            fh.write(key.encode("ascii") + b"\n")
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        _prune(path.parent)
    except Exception:  # a full or read-only disk, …: the next validate reads the inputs again
        pass


def _prune(d: Path) -> None:
    files = sorted(d.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[KEEP:]:
        try:
            old.unlink()
        except OSError:
            pass
