"""The layout of ``build/``: the only module that knows the names of paths under it.

::

    build/
      current -> gen-<hash>          the atomic swap: one rename of this link
      store -> current/store         stable links, made once
      nquads -> current/nquads
      gen-<hash>/
        store/                       the pyoxigraph (RocksDB) store
        nquads/NNNNNN-<id>.nq        the dump, in segments of whole graphs
        manifest.json                each graph's digest, quads and place in the dump
        answers/NAME.tsv             the canned queries' answers (index.json maps their texts)
      .staging-*, .current-*         a build in progress (removed by the next build)

Every other module asks here for a path instead of joining names by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

from reformkg.errors import BuildMissing

CURRENT = "current"  # the link to the current generation: swapped atomically by every build
STORE = "store"  # the pyoxigraph store, in a generation
DUMP = "nquads"  # the dump: a directory of N-Quads segment files, in a generation
MANIFEST = "manifest.json"  # each graph's digest, quads and place in the dump, in a generation
ANSWERS = "answers"  # the canned queries' answers, in a generation
INDEX = "index.json"  # in answers/: the sha256 of each canned query's text -> its answer file
SECONDS = "seconds.json"  # in answers/: how long each answer took to make afresh (the next build plans with it)
READS = "reads.json"  # in answers/: what each canned query reads (reads_of), by the sha256 of its text
STABLE_LINKS = (STORE, DUMP)  # build/store and build/nquads, made once; they point through current/
RETIRED_LINKS = ("reformkg.nq",)  # links an earlier layout made in build/, removed by the next build
LOCK = ".build.lock"  # in the project: one build at a time
GENERATION_PREFIX = "gen-"
STAGING_PREFIX = ".staging-"  # a generation being written
LINK_PREFIX = ".current-"  # the new link before it is renamed over current
TRANSIENT = (GENERATION_PREFIX, STAGING_PREFIX, LINK_PREFIX)  # what a build removes once it has swapped


def lock_path(project_root: str | Path) -> Path:
    """The lock a build holds while it runs (beside build/, so that removing build/ keeps it)."""
    return Path(project_root) / LOCK


def current_link(build_dir: str | Path) -> Path:
    return Path(build_dir) / CURRENT


def current_generation(build_dir: str | Path) -> Path | None:
    """The current generation's directory (the link resolved), or None before the first build."""
    link = current_link(build_dir)
    return link.resolve() if link.is_symlink() and link.resolve().is_dir() else None


def store_path(build_dir: str | Path) -> Path:
    """The current build's store; :class:`BuildMissing` before the first build."""
    path = current_link(build_dir) / STORE
    if not path.is_dir():
        raise BuildMissing(f"no build in {build_dir}: run `reformkg build` first")
    return path


def manifest_path(build_dir: str | Path) -> Path:
    return current_link(build_dir) / MANIFEST


def read_manifest(generation: Path) -> dict:
    """A generation's manifest (OSError or ValueError when it is missing or unreadable)."""
    return json.loads((generation / MANIFEST).read_text(encoding="utf-8"))


def dump_files(build_dir: str | Path) -> list[Path]:
    """The segment files of the current build's N-Quads dump, in order: concatenated, they are
    the whole dataset, graph after graph in IRI order, lines sorted within each graph."""
    dump = current_link(build_dir) / DUMP
    if not dump.is_dir():
        raise BuildMissing(f"no build in {build_dir}: run `reformkg build` first")
    return sorted(dump.glob("*.nq"))


def read_dump(build_dir: str | Path) -> bytes:
    """The whole N-Quads dump of the current build as one byte string (small builds, tests)."""
    return b"".join(f.read_bytes() for f in dump_files(build_dir))
