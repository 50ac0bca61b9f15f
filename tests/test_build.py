"""build: atomic, deterministic, all or nothing."""

import hashlib
import os
from pathlib import Path

import pytest
from helpers import FIXTURES, copy_project

from reformkg.layout import read_dump
from reformkg.pipeline.orchestrate import build


def tree_digest(root: Path) -> dict:
    """Every file and symlink under root, with content hashes: a byte-for-byte picture."""
    out = {}
    for dirpath, dirs, files in os.walk(root):
        for name in sorted(dirs + files):
            p = Path(dirpath) / name
            rel = str(p.relative_to(root))
            if p.is_symlink():
                out[rel] = "-> " + os.readlink(p)
            elif p.is_file():
                out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def test_build_layout(built):
    b = built.build_dir
    assert (b / "current").is_symlink()
    assert (b / "store").resolve().is_dir()
    nq = read_dump(b).decode("utf-8")
    assert "<https://w3id.org/reformkg/graph/registry>" in nq
    assert "<https://w3id.org/reformkg/graph/ontology>" in nq
    for f in built.annotation_files():
        assert f"<https://w3id.org/reformkg/graph/page/{f.stem}>" in nq
    assert "_:" not in nq, "no blank nodes: every node has a stable IRI"


def test_two_builds_are_identical(tmp_path):
    proj = copy_project(tmp_path / "p", annotations=["000_239e137822c9727a"])
    first = build(proj)
    nq1 = read_dump(proj.build_dir)
    (proj.build_dir / "current").unlink()  # force a full rewrite
    second = build(proj)
    assert first.generation == second.generation
    assert nq1 == read_dump(proj.build_dir)
    # the build says where its time went; a full store write is compacted, a rerun writes nothing
    assert first.store == second.store == "full"
    assert set(first.phases) == {"base", "pages", "graphs", "nquads", "store", "optimize", "answers", "sync", "cleanup", "memo"}
    third = build(proj)
    assert third.store == "unchanged" and set(third.phases) == {"base", "pages", "graphs"}


def test_bad_annotation_leaves_build_unchanged(tmp_path, run_cli):
    proj = copy_project(tmp_path / "p", annotations=["000_239e137822c9727a"])
    assert run_cli(proj, "build").exit_code == 0
    before = tree_digest(proj.build_dir)
    bad = (FIXTURES / "invalid" / "e005-quote-not-found.yaml").read_text(encoding="utf-8")
    (proj.annotations / "000_239e137822c9727a.yaml").write_text(bad, encoding="utf-8")
    res = run_cli(proj, "build")
    assert res.exit_code == 1
    assert "000_239e137822c9727a.yaml:10:" in res.output and "E005" in res.output
    assert "nothing in build/ was changed" in res.output
    assert tree_digest(proj.build_dir) == before


def test_a_full_disk_is_an_error_not_a_traceback(tmp_path, run_cli, monkeypatch):
    """ENOSPC while the dump is written, or while a page goes to the cache: exit 1, a message
    naming the file, and build/ as it was."""
    import errno

    proj = copy_project(tmp_path / "p", annotations=["000_239e137822c9727a"])
    assert run_cli(proj, "build").exit_code == 0
    before = tree_digest(proj.build_dir)
    ann = proj.annotations / "000_239e137822c9727a.yaml"
    ann.write_text(ann.read_text(encoding="utf-8").replace("label: ", "label: 改", 1), encoding="utf-8")

    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device", "reformkg.nq")

    monkeypatch.setattr(os, "pwrite", full)
    res = run_cli(proj, "build")
    assert res.exit_code == 1 and "Internal error" not in res.output
    assert "cannot write the build: No space left on device (reformkg.nq)" in res.output
    assert tree_digest(proj.build_dir) == before
    monkeypatch.undo()
    ann.write_text(ann.read_text(encoding="utf-8").replace("label: ", "label: 改", 1), encoding="utf-8")
    monkeypatch.setattr(os, "replace", full)  # the page cache renames its entries into place
    res = run_cli(proj, "build")  # one page to redo: it runs in this process
    assert res.exit_code == 1 and "cannot write the page cache: No space left on device" in res.output
    assert tree_digest(proj.build_dir) == before


def test_failed_first_build_creates_nothing(tmp_path, run_cli):
    proj = copy_project(tmp_path / "p", annotations=[])
    (proj.annotations / "x.yaml").write_text("page: [", encoding="utf-8")
    assert run_cli(proj, "build").exit_code == 1
    assert not proj.build_dir.exists()


def test_second_build_is_refused_while_locked(tmp_path, run_cli):
    import fcntl

    proj = copy_project(tmp_path / "p", annotations=["000_239e137822c9727a"])
    with open(proj.root / ".build.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        res = run_cli(proj, "build")
    assert res.exit_code == 1
    assert "another build is running" in res.output
    assert not proj.build_dir.exists()


def test_iris_do_not_depend_on_order(tmp_path):
    """Reversing every list of an annotation gives the same graph, byte for byte."""
    from helpers import compile_dataset, nquads
    from ruamel.yaml import YAML
    
    page = "000_239e137822c9727a"
    a = copy_project(tmp_path / "a", annotations=[page])
    b = copy_project(tmp_path / "b", annotations=[page])
    path = b.annotations / f"{page}.yaml"
    yaml = YAML()
    data = yaml.load(path.read_text(encoding="utf-8"))
    for key in ("stories", "measures", "observations", "recognitions", "posts", "events", "no_fact"):
        if data.get(key):
            data[key] = list(reversed(data[key]))
    with path.open("w", encoding="utf-8") as fh:
        yaml.dump(data, fh)
    assert path.read_text(encoding="utf-8") != (a.annotations / f"{page}.yaml").read_text(encoding="utf-8")
    assert nquads(compile_dataset(a).graphs) == nquads(compile_dataset(b).graphs)


def test_dump_and_store_hold_the_same_quads(built):
    """build/nquads/ is what the store answers: literals are written in canonical form."""
    import pyoxigraph

    from reformkg.query.sparql import open_store

    store = open_store(built.build_dir)
    in_store = {str(q) for q in store}
    in_dump = {str(q) for q in pyoxigraph.parse(read_dump(built.build_dir), format=pyoxigraph.RdfFormat.N_QUADS)}
    assert len(in_store) > 1000
    assert in_dump == in_store


def test_phases_add_up_to_the_build(tmp_path):
    proj = copy_project(tmp_path / "p")
    res = build(proj)
    assert sum(res.phases.values()) <= res.seconds * 1.01 + 0.01


def test_the_dump_of_a_missing_build_says_what_to_run(tmp_path):
    from reformkg.errors import BuildMissing
    from reformkg.layout import dump_files

    with pytest.raises(BuildMissing, match="run `reformkg build` first"):
        dump_files(tmp_path / "build")
