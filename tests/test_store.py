"""The store of a build (reformkg.pipeline.store): patched graph by graph by an incremental
build, compacted by a full build (and every N patches if asked), always holding the quads of
the dump."""

import json
import shutil

import pytest
from helpers import TWO, copy_project, file_quads, store_quads

from reformkg.layout import read_dump, store_path
from reformkg.pipeline.orchestrate import build
from reformkg.query.formats import rows
from reformkg.query.sparql import run


@pytest.mark.slow
def test_cache_reuse_and_incremental_store(tmp_path):
    proj = copy_project(tmp_path / "p", annotations=TWO)
    cache = tmp_path / "cache"
    first = build(proj, jobs=2, cache_dir=cache)
    assert first.cached == 0 and first.store == "full"
    (proj.build_dir / "current").unlink()
    again = build(proj, jobs=2, cache_dir=cache)
    assert again.cached == 2 and again.generation == first.generation and again.store == "full"
    # one changed annotation: one page recomputed, the store patched
    ann = proj.annotations / f"{TWO[0]}.yaml"
    ann.write_text(ann.read_text(encoding="utf-8").replace(
        "label: 西安绕城分公司技能人才薪酬激励集体协商", "label: 西安绕城分公司技能人才薪酬激励集体协商（修订）", 1), encoding="utf-8")
    changed = build(proj, jobs=2, cache_dir=cache)
    assert changed.cached == 1 and changed.store == "incremental" and changed.generation != first.generation
    assert changed.patch == (1, 1)  # only the label's quad is replaced, not the page's graph
    assert store_quads(proj.build_dir) == file_quads(proj.build_dir)
    _, data = rows(run(store_path(proj.build_dir), 'SELECT ?l WHERE { ?m rdfs:label ?l FILTER(CONTAINS(?l, "（修订）")) }'))
    assert data == [["西安绕城分公司技能人才薪酬激励集体协商（修订）"]]
    # and the incremental result is what a build from scratch gives
    fresh = copy_project(tmp_path / "fresh", annotations=TWO)
    shutil.copy(ann, fresh.annotations / ann.name)
    assert build(fresh, jobs=1, cache_dir=tmp_path / "cache2").generation == changed.generation
    assert read_dump(fresh.build_dir) == read_dump(proj.build_dir)
    manifest = json.loads((proj.build_dir / "current" / "manifest.json").read_text())
    assert len(manifest["graphs"]) == 4


@pytest.mark.slow
def test_pages_removed_and_added_patch_the_store(tmp_path, monkeypatch):
    """Two pages taken out, then put back: each incremental store holds exactly the quads of its
    dump, and putting them back gives the first generation again. They come back through the
    bulk loader, one batch each (more added quads than PATCH_IN_MEMORY); a changed label goes
    in one transaction (test_cache_reuse_and_incremental_store)."""
    proj = copy_project(tmp_path / "p")
    cache = tmp_path / "cache"
    first = build(proj, jobs=1, cache_dir=cache)
    small = sorted(proj.annotation_files(), key=lambda f: f.stat().st_size)[:2]
    kept = [f.read_bytes() for f in small]
    for f in small:
        f.unlink()
    res = build(proj, jobs=1, cache_dir=cache)
    assert res.store == "incremental" and res.patch == (0, 0)  # whole graphs go, not quad by quad
    assert store_quads(proj.build_dir) == file_quads(proj.build_dir)
    for f, data in zip(small, kept):
        f.write_bytes(data)
    monkeypatch.setattr("reformkg.pipeline.store.PATCH_IN_MEMORY", 100)
    res = build(proj, jobs=1, cache_dir=cache)
    assert res.store == "incremental" and res.patch[0] == 0 and res.patch[1] > 2000  # graphs new to the store
    assert store_quads(proj.build_dir) == file_quads(proj.build_dir)
    assert res.generation == first.generation


def test_dump_and_store_hold_the_same_quads(built):
    """build/nquads/ is what the store answers: literals are written in canonical form."""
    import pyoxigraph

    from reformkg.query.sparql import open_store

    store = open_store(built.build_dir)
    in_store = {str(q) for q in store}
    in_dump = {str(q) for q in pyoxigraph.parse(read_dump(built.build_dir), format=pyoxigraph.RdfFormat.N_QUADS)}
    assert len(in_store) > 1000
    assert in_dump == in_store


@pytest.mark.slow
def test_by_default_only_full_builds_compact(tmp_path, monkeypatch):
    """By default incremental builds patch the store and count the patches, never compacting it
    (a patched store is at most ~1.5x slower: benchmarks/compaction.py); a full build compacts it
    and the count starts again."""
    monkeypatch.delenv("REFORMKG_COMPACT_AFTER", raising=False)
    proj = copy_project(tmp_path / "p", annotations=TWO)
    cache = tmp_path / "cache"

    def built(res):
        manifest = json.loads((proj.build_dir / "current" / "manifest.json").read_text())
        return res.store, "optimize" in res.phases, manifest["patches"]

    assert built(build(proj, jobs=1, cache_dir=cache)) == ("full", True, 0)
    ann = proj.annotations / f"{TWO[0]}.yaml"
    seen = []
    for i in range(3):
        ann.write_text(ann.read_text(encoding="utf-8").replace("label: ", f"label: {i}", 1), encoding="utf-8")
        seen.append(built(build(proj, jobs=1, cache_dir=cache)))
    assert seen == [("incremental", False, k) for k in (1, 2, 3)]
    assert store_quads(proj.build_dir) == file_quads(proj.build_dir)
    (proj.build_dir / "current").unlink()  # no previous generation: a full build, from the cache
    assert built(build(proj, jobs=1, cache_dir=cache)) == ("full", True, 0)


@pytest.mark.slow
@pytest.mark.parametrize("how", ["option", "env"])
def test_the_compaction_interval_can_be_set(tmp_path, monkeypatch, run_cli, how):
    """``build --compact-after 2`` (or REFORMKG_COMPACT_AFTER=2) compacts every second patch;
    0 never compacts an incremental build (the patches are still counted)."""
    proj = copy_project(tmp_path / "p", annotations=TWO)
    monkeypatch.setenv("REFORMKG_CACHE", str(tmp_path / "cache"))
    ann = proj.annotations / f"{TWO[0]}.yaml"

    def run(n, *changes):
        seen = []
        for i in changes:
            ann.write_text(ann.read_text(encoding="utf-8").replace("label: ", f"label: {n}{i}", 1), encoding="utf-8")
            if how == "env":
                monkeypatch.setenv("REFORMKG_COMPACT_AFTER", str(n))
                res = run_cli(proj, "build")
            else:
                res = run_cli(proj, "build", "--compact-after", str(n))
            assert res.exit_code == 0, res.output
            manifest = json.loads((proj.build_dir / "current" / "manifest.json").read_text())
            seen.append(manifest["patches"])
        return seen

    assert run_cli(proj, "build").exit_code == 0
    assert run(2, 1, 2, 3) == [1, 0, 1]
    assert run(0, 1, 2, 3) == [2, 3, 4]
    assert store_quads(proj.build_dir) == file_quads(proj.build_dir)


def test_a_bad_compaction_interval_is_a_usage_error(tmp_path, monkeypatch, run_cli):
    proj = copy_project(tmp_path / "p", annotations=TWO[:1])
    monkeypatch.setenv("REFORMKG_COMPACT_AFTER", "eight")
    res = run_cli(proj, "build")
    assert res.exit_code == 2
    assert "REFORMKG_COMPACT_AFTER must be a whole number" in res.output and "'eight'" in res.output
    assert not (proj.build_dir / "current").exists()
    res = run_cli(proj, "build", "--compact-after", "-1")
    assert res.exit_code == 2 and "--compact-after" in res.output
