"""The on-disk memo of validate's registry and vocabulary inputs (reformkg.pipeline.memo)."""

from __future__ import annotations

import pickle
import shutil

import pytest
from rdflib import URIRef

from helpers import FIXTURES, copy_project
from reformkg.pipeline import memo as basememo
from reformkg.pipeline import inputs
from reformkg.pipeline import orchestrate as pipeline
from reformkg.pipeline.memo import LazyIndex
from reformkg.pipeline.orchestrate import build, validate
from reformkg.layout import read_dump
from reformkg.settings import Project
from reformkg.rdf.mapping import registry_graph, vocabulary_graph

BAD = FIXTURES / "invalid" / "e004-unknown-region.yaml"  # a region the registry lacks: shaanxy
SHAANXY = '  - {id: shaanxy, name: 陕西测试省, code: "619900", level: prefecture, parent: shaanxi}\n'


@pytest.fixture
def memo(tmp_path, monkeypatch):
    d = tmp_path / "memo"
    monkeypatch.setenv("REFORMKG_BASE_MEMO", str(d))
    inputs._BASE_CACHE.clear()  # a new process, as far as validate can tell
    yield d
    inputs._BASE_CACHE.clear()


@pytest.fixture
def proj(tmp_path):
    p = copy_project(tmp_path / "proj")
    shutil.copy(BAD, p.annotations / BAD.name)
    return p


def report_of(proj, paths=None):
    inputs._BASE_CACHE.clear()
    rep = validate(proj, paths)
    return rep.ok, [f.as_dict() for f in rep.findings]


def no_reading(monkeypatch):
    """Make reading the registry fail: only the memo can answer."""
    def boom(*_a, **_k):
        raise AssertionError("the registry was read again")
    monkeypatch.setattr(inputs, "load_base", boom)
    monkeypatch.setattr(pipeline, "load_base", boom)


@pytest.mark.slow
def test_a_cold_validate_answers_from_the_memo_with_the_same_findings(proj, memo, monkeypatch):
    monkeypatch.setenv("REFORMKG_BASE_MEMO", "0")
    fresh = report_of(proj)
    assert not fresh[0] and any(f["code"] == "E004" for f in fresh[1])
    assert not memo.exists()
    monkeypatch.setenv("REFORMKG_BASE_MEMO", str(memo))
    assert report_of(proj) == fresh  # writes the memo
    assert len(list(memo.glob("*.pickle"))) == 1
    assert not list(proj.root.rglob("*.pickle"))  # never in the project
    no_reading(monkeypatch)
    assert report_of(proj) == fresh
    one = proj.annotations / "000_239e137822c9727a.yaml"
    assert report_of(proj, [one]) == (True, [f for f in fresh[1] if f["path"].endswith(one.name)])


def test_a_registry_edit_makes_a_new_memo(proj, memo):
    ok, findings = report_of(proj, [proj.annotations / BAD.name])
    assert not ok and [f["field"] for f in findings if f["code"] == "E004"] == ["observations[0].subject.region"]
    regions = proj.entities / "regions.yaml"
    regions.write_text(regions.read_text(encoding="utf-8") + SHAANXY, encoding="utf-8")
    ok, findings = report_of(proj, [proj.annotations / BAD.name])
    assert "E004" not in [f["code"] for f in findings], findings


@pytest.mark.slow
def test_a_broken_memo_is_read_around_and_replaced(proj, memo, monkeypatch):
    fresh = report_of(proj)
    [path] = memo.glob("*.pickle")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # cut short, as by a crash of another writer
    assert report_of(proj) == fresh
    assert path.read_bytes() == data
    path.write_bytes(b"not a key\n" + data)  # another key: another project's or version's
    assert report_of(proj) == fresh
    no_reading(monkeypatch)
    assert report_of(proj) == fresh


def test_an_unwritable_memo_place_is_no_error(proj, tmp_path, monkeypatch, run_cli):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("REFORMKG_BASE_MEMO", str(blocker / "memo"))  # under a file: mkdir fails
    inputs._BASE_CACHE.clear()
    res = run_cli(proj, "validate", str(proj.annotations / "000_239e137822c9727a.yaml"))
    assert res.exit_code == 0, res.output
    assert not (blocker / "memo").exists()


def test_a_registry_with_errors_is_memoised_without_its_graph(proj, memo, monkeypatch):
    regions = proj.entities / "regions.yaml"
    regions.write_text(regions.read_text(encoding="utf-8") + SHAANXY.replace("parent: shaanxi", "parent: nowhere"),
                       encoding="utf-8")
    fresh = report_of(proj)
    assert not fresh[0] and any(f["path"].endswith("regions.yaml") for f in fresh[1])
    key = basememo.memo_key(proj)
    assert basememo.load(proj, key).base is None  # annotations are then checked without SHACL, as without the memo
    no_reading(monkeypatch)
    assert report_of(proj) == fresh


def test_old_memos_are_pruned(tmp_path, memo, monkeypatch):
    monkeypatch.setattr(basememo, "KEEP", 3)
    for i in range(5):
        p = copy_project(tmp_path / f"p{i}", annotations=[])
        basememo.save(p, basememo.memo_key(p), ("value", i))
    assert len(list(memo.glob("*.pickle"))) == 3
    first, last = Project(tmp_path / "p0"), Project(tmp_path / "p4")
    assert basememo.load(first, basememo.memo_key(first)) is None  # the least recently used went
    assert basememo.load(last, basememo.memo_key(last)) == ("value", 4)


def test_lazy_index_gives_the_triples_it_was_made_from(project):
    vocab, registry, _f = inputs.load_base(project)
    reg = registry_graph(registry, vocab)
    triples = [*reg.graph, *vocabulary_graph(vocab)]
    index = pickle.loads(pickle.dumps(LazyIndex(triples)))
    assert sorted(index) == sorted(triples)
    by_subject: dict = {}
    for s, p, o in triples:
        by_subject.setdefault(s, []).append((p, o))
    for s, pos in by_subject.items():
        assert index.get(s) == pos
    assert index.get(URIRef("https://w3id.org/reformkg/region/nowhere")) == ()


@pytest.mark.slow
def test_a_build_leaves_the_memo_a_validate_reads(tmp_path, memo, monkeypatch):
    proj = copy_project(tmp_path / "built")
    monkeypatch.setenv("REFORMKG_BASE_MEMO", "0")
    fresh = report_of(proj)
    monkeypatch.setenv("REFORMKG_BASE_MEMO", str(memo))
    res = build(proj)
    assert "memo" in res.phases and len(list(memo.glob("*.pickle"))) == 1
    assert "memo" not in build(proj).phases  # already there: not written again
    no_reading(monkeypatch)
    assert report_of(proj) == fresh


@pytest.mark.slow
def test_a_build_from_the_memo_writes_the_same_graphs(tmp_path, memo, monkeypatch):
    proj = copy_project(tmp_path / "p")
    monkeypatch.setenv("REFORMKG_BASE_MEMO", "0")
    plain = build(proj, cache_dir=tmp_path / "cache-0")
    nq = read_dump(proj.build_dir)
    monkeypatch.setenv("REFORMKG_BASE_MEMO", str(memo))
    shutil.rmtree(proj.build_dir)
    assert "memo" in build(proj, cache_dir=tmp_path / "cache-1").phases  # reads the inputs, writes the memo
    shutil.rmtree(proj.build_dir)
    no_reading(monkeypatch)
    monkeypatch.setattr(pipeline, "checked_base", lambda *_a: pytest.fail("the inputs were read again"))
    again = build(proj, cache_dir=tmp_path / "cache-2")  # every page checked against the memo's registry
    assert "memo" not in again.phases and again.cached == 0
    assert again.generation == plain.generation
    assert read_dump(proj.build_dir) == nq
    assert sorted(map(str, again.findings)) == sorted(map(str, plain.findings))


@pytest.mark.slow
def test_a_build_after_a_registry_edit_does_not_use_the_old_memo(tmp_path, memo):
    proj = copy_project(tmp_path / "p")
    build(proj)
    regions = proj.entities / "regions.yaml"
    regions.write_text(regions.read_text(encoding="utf-8") + SHAANXY, encoding="utf-8")
    res = build(proj)
    assert "memo" in res.phases
    assert "陕西测试省" in read_dump(proj.build_dir).decode("utf-8")


@pytest.mark.slow
def test_no_memo_is_made_when_it_is_off(tmp_path, monkeypatch):
    proj = copy_project(tmp_path / "p", annotations=["000_239e137822c9727a"])
    monkeypatch.setenv("REFORMKG_BASE_MEMO", "0")

    class NoPacking(LazyIndex):
        def __init__(self, *_a):
            pytest.fail("a memo was packed")

    monkeypatch.setattr(pipeline, "LazyIndex", NoPacking)
    monkeypatch.setattr(inputs, "LazyIndex", NoPacking)
    res = build(proj)
    assert "memo" not in res.phases and res.pages == 1
