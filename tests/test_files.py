"""reformkg.files: a file is written whole or not at all, and no temporary file stays behind."""

import errno
import os

import pytest

from reformkg.files import atomic_file, atomic_write


def test_a_write_replaces_the_file_whole(tmp_path):
    target = tmp_path / "answer.tsv"
    target.write_bytes(b"old\n")
    with atomic_file(target) as fh:
        fh.write(b"new, ")
        assert target.read_bytes() == b"old\n"  # the old file until the block ends
        [part] = [p for p in tmp_path.iterdir() if p != target]
        assert part.parent == tmp_path and part.name.startswith(".answer.tsv.")  # beside it: one file system
        fh.write(b"whole\n")
    assert target.read_bytes() == b"new, whole\n"
    assert list(tmp_path.iterdir()) == [target]
    atomic_write(str(tmp_path / "b"), b"bytes")  # a str path too
    assert (tmp_path / "b").read_bytes() == b"bytes"


def test_a_write_that_fails_midway_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "dump.nq"
    target.write_bytes(b"the earlier dump\n")
    with pytest.raises(ValueError, match="midway"):
        with atomic_file(target) as fh:
            fh.write(b"half a dump")
            raise ValueError("midway")
    assert target.read_bytes() == b"the earlier dump\n"
    assert list(tmp_path.iterdir()) == [target]
    with pytest.raises(KeyboardInterrupt):  # not only Exceptions
        with atomic_file(tmp_path / "new") as fh:
            raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == [target]  # and no file where there was none


def test_a_failed_rename_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "entry.data"
    target.write_bytes(b"old")

    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device", "entry.data")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OSError) as info:
        atomic_write(target, b"new")
    assert info.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"old" and list(tmp_path.iterdir()) == [target]


def test_a_temporary_file_that_cannot_be_made_is_named_as_the_target(tmp_path):
    target = tmp_path / "no" / "such" / "x.ttl"
    with pytest.raises(FileNotFoundError) as info:
        atomic_write(target, b"x")
    assert info.value.filename == str(target) and info.value.strerror == "No such file or directory"
    assert list(tmp_path.iterdir()) == []


def test_mode_less_the_umask(tmp_path):
    umask = os.umask(0o022)
    try:
        atomic_write(tmp_path / "shared", b"x")
        atomic_write(tmp_path / "private", b"x", mode=0o600)
    finally:
        os.umask(umask)
    assert (tmp_path / "shared").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "private").stat().st_mode & 0o777 == 0o600
