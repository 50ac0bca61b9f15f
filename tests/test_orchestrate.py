"""The build as a whole (reformkg.pipeline.orchestrate): atomic, deterministic, all or nothing."""

import os
import shutil

import pytest
from helpers import FIXTURES, TWO, copy_project, tree_digest

from reformkg.errors import DataError
from reformkg.layout import read_dump
from reformkg.pipeline.orchestrate import build


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


@pytest.mark.slow
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


@pytest.mark.slow
def test_bad_annotation_leaves_build_unchanged(tmp_path, run_cli):
    proj = copy_project(tmp_path / "p", annotations=["000_239e137822c9727a"])
    assert run_cli(proj, "build").exit_code == 0
    before = tree_digest(proj.build_dir)
    bad = (FIXTURES / "invalid" / "e005-quote-not-found.yaml").read_text(encoding="utf-8")
    (proj.annotations / "000_239e137822c9727a.yaml").write_text(bad, encoding="utf-8")
    res = run_cli(proj, "build")
    assert res.exit_code == 1
    assert "000_239e137822c9727a.yaml:11:" in res.output and "E005" in res.output
    assert "nothing in build/ was changed" in res.output
    assert tree_digest(proj.build_dir) == before


@pytest.mark.slow
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


@pytest.mark.slow
def test_phases_add_up_to_the_build(tmp_path):
    proj = copy_project(tmp_path / "p")
    res = build(proj)
    assert sum(res.phases.values()) <= res.seconds * 1.01 + 0.01


def test_duplicate_page_in_two_files_is_refused(tmp_path):
    proj = copy_project(tmp_path / "p", annotations=TWO[:1])
    shutil.copy(proj.annotations / f"{TWO[0]}.yaml", proj.annotations / "zz-copy.yaml")
    with pytest.raises(DataError) as err:
        build(proj, jobs=2, cache_dir=tmp_path / "cache")
    dup = [f for f in err.value.findings if f.code == "E003"]
    assert len(dup) == 1 and dup[0].path == "data/annotations/zz-copy.yaml" and dup[0].line == 2
    assert f"already annotated in data/annotations/{TWO[0]}.yaml" in dup[0].message
    assert not proj.build_dir.exists()


def test_validate_reports_a_page_annotated_twice_as_the_build_does(tmp_path):
    """The build keeps the first file of a page (name order) and refuses the others (E003):
    validate says so on the later file, whether it is given alone or with all of them, and not on
    the first file, which is right on its own."""
    from reformkg.pipeline.orchestrate import validate

    proj = copy_project(tmp_path / "p", annotations=TWO)
    shutil.copy(proj.annotations / f"{TWO[0]}.yaml", proj.annotations / "zz-copy.yaml")
    expected = (f"data/annotations/zz-copy.yaml:2:1: error E003 page: page '{TWO[0]}' is already annotated in "
                f"data/annotations/{TWO[0]}.yaml")
    for paths in ([], [proj.annotations / "zz-copy.yaml"], [proj.annotations]):
        errors = [str(f) for f in validate(proj, paths).findings if f.is_error]
        assert errors == [expected], paths
    assert validate(proj, [proj.annotations / f"{TWO[0]}.yaml"]).ok
    # a file outside data/annotations/ (a fixture, a draft) is not read by the build: no E003
    outside = tmp_path / "draft.yaml"
    shutil.copy(proj.annotations / f"{TWO[0]}.yaml", outside)
    assert validate(proj, [outside]).ok
    # the other file's page is read from its page line, or from its YAML when it has none there
    (proj.annotations / "zz-copy.yaml").write_text(
        "{page: " + TWO[1] + ", stories: []}\n", encoding="utf-8")
    assert validate(proj, [proj.annotations / f"{TWO[1]}.yaml"]).ok
    errors = [str(f) for f in validate(proj, [proj.annotations / "zz-copy.yaml"]).findings if f.is_error]
    assert f"data/annotations/zz-copy.yaml:1:1: error E003 page: page '{TWO[1]}' is already annotated in " \
           f"data/annotations/{TWO[1]}.yaml" in errors


def test_a_registry_shape_violation_is_reported_once(tmp_path):
    """A SHACL finding in the registry, seen by every page checked against it: once from validate
    (with all files, with one, with only the registry file) and once from build."""
    from reformkg.pipeline.orchestrate import validate

    proj = copy_project(tmp_path / "p", annotations=TWO)
    regions = proj.entities / "regions.yaml"
    regions.write_text(regions.read_text(encoding="utf-8").replace('code: "610981"', 'code: "010981"'), encoding="utf-8")
    line = next(n for n, text in enumerate(regions.read_text(encoding="utf-8").splitlines(), 1) if '"010981"' in text)
    expected = (f"data/entities/regions.yaml:{line}:1: error E008 regions[xunyang]: a code is a six-digit GB/T 2260 code "
                "(value: 010981) — 区划代码须是六位 GB/T 2260 代码 [shape Region-code]")
    for paths in ([], [proj.annotations / f"{TWO[0]}.yaml"], [regions]):
        assert [str(f) for f in validate(proj, paths).findings] == [expected], paths
    with pytest.raises(DataError) as err:
        build(proj, jobs=2, cache_dir=tmp_path / "cache")
    assert [str(f) for f in err.value.findings] == [expected]
    assert not proj.build_dir.exists()
