"""A generation of build/: its N-Quads dump in segments, written or hard-linked from the
previous generation, the lock, and the atomic swap (paths from :mod:`reformkg.layout`)."""

from __future__ import annotations

import errno
import fcntl
import hashlib
import io
import json
import os
import shutil
import time
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from rdflib import Graph

from reformkg.errors import ReformkgError
from reformkg.layout import (
    CURRENT,
    DUMP,
    LINK_PREFIX,
    LOCK,
    MANIFEST,
    RETIRED_LINKS,
    STABLE_LINKS,
    STAGING_PREFIX,
    STORE,
    TRANSIENT,
    current_generation,
    current_link,
    lock_path,
    read_manifest,
)
from reformkg.rdf.nquads import graph_nquads
from reformkg.settings import Project


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


@contextmanager
def build_lock(project: Project):
    """One build at a time; a second one started meanwhile stops with a clear message."""
    fd = os.open(lock_path(project.root), os.O_CREAT | os.O_RDWR, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ReformkgError(f"another build is running in this project (lock {LOCK}); wait for it and retry") from None
        yield fd
    finally:
        os.close(fd)


# A segment of the dump ends after a graph whose IRI hashes to 0 modulo SEGMENT_EVERY (about
# SEGMENT_EVERY graphs a segment: ~40 MB at 1.3 MB a synthetic page). The boundaries depend on the
# graphs' names only, so a changed, added or removed page changes one segment (two when it was a
# boundary); every other segment is the previous generation's file, hard-linked, not written again.
SEGMENT_EVERY = 32


class Previous(NamedTuple):
    """The current generation, as the next build reads it."""

    path: Path
    graphs: dict  # graph IRI -> [digest, quads, segment file, offset, length]
    patches: int  # patches since its store was compacted
    segments: dict  # segment id -> its file in path / DUMP


def read_previous(build_dir: Path) -> Previous | None:
    cur = current_generation(build_dir)
    if cur is None or not (cur / STORE).is_dir():
        return None
    try:
        manifest = read_manifest(cur)
        segments = {_segment_id_of(f): f for f in manifest.get("segments", [])}
        return Previous(cur, manifest["graphs"], int(manifest.get("patches", 0)), segments)
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):  # unreadable: build afresh
        return None


class SegmentReader:
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


def write_dump(dump: Path, parts: list[GraphPart], previous: Previous | None) -> tuple[dict, list[str], int]:
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
    with SegmentReader(old_dump) if old_dump else nullcontext() as reader:
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


class Concatenated(io.RawIOBase):
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


def _fsync_dir(path: Path):
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_tree(root: Path):
    for dirpath, _dirs, files in os.walk(root):
        for f in files:
            fd = os.open(os.path.join(dirpath, f), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        _fsync_dir(Path(dirpath))


def is_current(build_dir: Path, name: str) -> bool:
    """Whether generation ``name`` is already the current one, complete."""
    final = build_dir / name
    return current_generation(build_dir) == final.resolve() and (final / DUMP).is_dir()


def new_staging(build_dir: Path) -> Path:
    """A new, empty directory for the generation being written."""
    staging = build_dir / f"{STAGING_PREFIX}{os.getpid()}-{time.time_ns()}"
    staging.mkdir()
    return staging


def write_manifest(staging: Path, graphs: dict, patches: int, segments: list[str]) -> None:
    (staging / MANIFEST).write_text(json.dumps({"graphs": graphs, "patches": patches, "segments": segments},
                                               indent=0, sort_keys=True), encoding="utf-8")


def swap_in(build_dir: Path, staging: Path, name: str) -> None:
    """Rename the written generation to ``name`` and make it current in one atomic rename of
    ``build/current`` (after which a crash leaves the new build; before, the old one)."""
    final = build_dir / name
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
            link.symlink_to(Path(CURRENT) / stable)
    tmp_link = build_dir / f"{LINK_PREFIX}{os.getpid()}"
    if tmp_link.is_symlink():
        tmp_link.unlink()
    tmp_link.symlink_to(name)
    os.replace(tmp_link, current_link(build_dir))  # the atomic swap
    _fsync_dir(build_dir)


def remove_old(build_dir: Path, name: str) -> None:
    """Remove every generation but ``name``, and what an interrupted build left."""
    for old in build_dir.iterdir():
        if old.name.startswith(TRANSIENT) and old.name != name:
            shutil.rmtree(old, ignore_errors=True) if old.is_dir() and not old.is_symlink() else old.unlink()
