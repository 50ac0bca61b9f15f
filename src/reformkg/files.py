"""Files written whole or not at all: into a temporary file beside the target, then renamed over
it (``os.replace``, atomic within a file system). A write that fails leaves the file that was
there, or none, and no temporary file."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO


@contextmanager
def atomic_file(path: str | os.PathLike, *, mode: int = 0o666) -> Iterator[BinaryIO]:
    """A new binary file that becomes ``path`` when the block ends without an exception.

    It is ``.{name}.{random}`` in the same directory until then, created with ``mode`` (less the
    umask, as ``open`` does). If it cannot be created, the OSError names ``path``, the file the
    caller asked for. On any exception in the block, or from the rename, it is removed and the
    exception goes on.
    """
    path = os.fspath(path)
    head, name = os.path.split(path)
    tmp = os.path.join(head, f".{name}.{secrets.token_hex(6)}")
    try:
        fh = open(tmp, "xb", opener=lambda file, flags: os.open(file, flags, mode))
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, path) from None
    try:
        with fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def atomic_write(path: str | os.PathLike, data: bytes, *, mode: int = 0o666) -> None:
    """Write ``data`` to ``path`` whole or not at all (see :func:`atomic_file`)."""
    with atomic_file(path, mode=mode) as fh:
        fh.write(data)
