"""Parallel, incremental build: the same bytes as the serial path, a cache that is reused
only while every input of a page is unchanged, a store patched graph by graph."""

import json
import shutil

import pyoxigraph
import pytest
from helpers import compile_dataset, copy_project, nquads
from test_build import tree_digest

from reformkg.errors import DataError
from reformkg.layout import dump_files, read_dump, store_path
from reformkg.pipeline.orchestrate import build
from reformkg.query.formats import rows
from reformkg.query.sparql import run

TWO = ["000_239e137822c9727a", "004_6de9715287bc3ad3"]


def store_quads(build_dir) -> set[str]:
    return {str(q) for q in pyoxigraph.Store.read_only(str(build_dir / "current" / "store"))}


def file_quads(build_dir) -> set[str]:
    s = pyoxigraph.Store()
    s.bulk_load(input=read_dump(build_dir), format=pyoxigraph.RdfFormat.N_QUADS)
    return {str(q) for q in s}


def test_parallel_equals_serial_equals_in_memory(built, tmp_path):
    """`built` is a parallel build (2 jobs) of the real data; build it again serially."""
    serial = copy_project(tmp_path / "serial")
    res = build(serial, jobs=1, cache_dir=tmp_path / "cache")
    assert res.jobs == 1 and res.cached == 0 and res.pages == len(serial.annotation_files())
    parallel_nq = read_dump(built.build_dir)
    assert read_dump(serial.build_dir) == parallel_nq
    assert (serial.build_dir / "current").resolve().name == (built.build_dir / "current").resolve().name
    reference = nquads(compile_dataset(serial).graphs).encode("utf-8")  # the serial in-memory path
    assert reference == parallel_nq
    assert store_quads(built.build_dir) == file_quads(built.build_dir)


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


def test_unchanged_graphs_are_copied_from_the_previous_dump(tmp_path, monkeypatch):
    """In one segment (SEGMENT_EVERY very large) a rebuild copies every unchanged graph's bytes
    from the previous dump in the kernel; where copy_file_range fails it copies them through
    user space. Same bytes as a build from scratch either way."""
    import errno
    import os

    monkeypatch.setattr("reformkg.pipeline.generation.SEGMENT_EVERY", 10**9)
    proj = copy_project(tmp_path / "p", annotations=TWO)
    cache = tmp_path / "cache"
    build(proj, jobs=1, cache_dir=cache)
    ann = proj.annotations / f"{TWO[0]}.yaml"  # the smaller page: the store is patched
    real, copied = os.copy_file_range, []

    def counting(src, dst, count, offset_src=None, offset_dst=None):
        n = real(src, dst, count, offset_src, offset_dst)
        copied.append(n)
        return n

    def failing(*args):
        raise OSError(errno.EXDEV, "not here")

    fresh = copy_project(tmp_path / "fresh", annotations=TWO)
    for i, fake in enumerate((counting, failing)):
        ann.write_text(ann.read_text(encoding="utf-8").replace("label: ", f"label: {i}", 1), encoding="utf-8")
        monkeypatch.setattr(os, "copy_file_range", fake)
        res = build(proj, jobs=1, cache_dir=cache)
        monkeypatch.setattr(os, "copy_file_range", real)
        assert (res.store, res.cached) == ("incremental", 1), (i, res.store, res.cached, res.phases)
        assert len(dump_files(proj.build_dir)) == 1
        manifest = json.loads((proj.build_dir / "current" / "manifest.json").read_text())["graphs"]
        page = f"https://w3id.org/reformkg/graph/page/{TWO[0]}"
        if fake is counting:  # the three other graphs
            assert sum(copied) == sum(n for g, (*_, n) in manifest.items() if g != page) > 0
        shutil.copy(ann, fresh.annotations / ann.name)
        shutil.rmtree(fresh.build_dir, ignore_errors=True)
        assert build(fresh, jobs=1, cache_dir=tmp_path / "cache2").generation == res.generation
        assert read_dump(fresh.build_dir) == read_dump(proj.build_dir)


def test_unchanged_segments_are_hard_linked(tmp_path, monkeypatch):
    """With a graph a segment (SEGMENT_EVERY = 1) a changed page rewrites its own segment only:
    every other segment file is the previous generation's (the same inode), nothing is copied;
    a page taken out drops its segment, put back it gets a new one. The dump is the same bytes
    as with one segment, and as a build from scratch."""
    import os

    monkeypatch.setattr("reformkg.pipeline.generation.SEGMENT_EVERY", 1)
    proj = copy_project(tmp_path / "p")
    cache = tmp_path / "cache"
    first = build(proj, jobs=1, cache_dir=cache)
    files = dump_files(proj.build_dir)
    assert first.segments == (first.graphs, 0) and len(files) == first.graphs and all(f.name.startswith(f"{i:06d}-") for i, f in enumerate(files))
    inodes = {f.name: f.stat().st_ino for f in files}
    page = min(proj.annotation_files(), key=lambda f: f.stat().st_size)
    page.write_text(page.read_text(encoding="utf-8").replace("label: ", "label: 改", 1), encoding="utf-8")
    monkeypatch.setattr(os, "copy_file_range", lambda *a: pytest.fail("a segment was copied"))
    res = build(proj, jobs=1, cache_dir=cache)
    assert res.store == "incremental" and res.segments == (len(inodes), len(inodes) - 1)
    after = {f.name: f.stat().st_ino for f in dump_files(proj.build_dir)}
    new = [name for name in after if inodes.get(name) != after[name]]
    assert len(after) == len(inodes) and len(new) == 1 and new[0].startswith(f"{_graph_index(proj, page):06d}-")
    page.unlink()
    build(proj, jobs=1, cache_dir=cache)
    assert len(dump_files(proj.build_dir)) == len(inodes) - 1
    monkeypatch.undo()
    whole = read_dump(proj.build_dir)
    monkeypatch.setattr("reformkg.pipeline.generation.SEGMENT_EVERY", 10**9)
    shutil.rmtree(proj.build_dir)
    build(proj, jobs=1, cache_dir=cache)
    assert len(dump_files(proj.build_dir)) == 1 and read_dump(proj.build_dir) == whole


def _graph_index(proj, page) -> int:
    """Where a page's graph comes among the build's graphs (in IRI order)."""
    manifest = json.loads((proj.build_dir / "current" / "manifest.json").read_text())["graphs"]
    return sorted(manifest).index(f"https://w3id.org/reformkg/graph/page/{page.stem}")


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


def test_cache_follows_page_text_and_registry(tmp_path):
    proj = copy_project(tmp_path / "p", annotations=TWO[:1])
    cache = tmp_path / "cache"
    build(proj, jobs=1, cache_dir=cache)
    article = proj.articles / f"{TWO[0]}.txt"
    article.write_bytes(article.read_bytes() + "\n".encode())  # the page text changes: its sha256 with it
    res = build(proj, jobs=1, cache_dir=cache)
    assert res.cached == 0
    assert build(proj, jobs=1, cache_dir=cache).cached == 1
    people = proj.entities / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8") + "\n# a comment changes the registry's bytes\n", encoding="utf-8")
    assert build(proj, jobs=1, cache_dir=cache).cached == 0


def test_corrupt_cache_entry_is_recomputed(tmp_path):
    proj = copy_project(tmp_path / "p", annotations=TWO[:1])
    cache = tmp_path / "cache"
    first = build(proj, jobs=1, cache_dir=cache)
    for meta in cache.rglob("*.json"):
        meta.write_text("{not json", encoding="utf-8")
    (proj.build_dir / "current").unlink()
    res = build(proj, jobs=1, cache_dir=cache)
    assert res.cached == 0 and res.generation == first.generation


def test_failed_parallel_build_keeps_build_and_caches_good_pages(tmp_path, run_cli):
    proj = copy_project(tmp_path / "p", annotations=TWO)
    cache = tmp_path / "cache"
    build(proj, jobs=2, cache_dir=cache)
    before = tree_digest(proj.build_dir)
    bad = proj.annotations / f"{TWO[1]}.yaml"
    good_text = bad.read_text(encoding="utf-8")
    bad.write_text(good_text.replace("stories:", "stories: !!python/object:os.system", 1), encoding="utf-8")
    ann = proj.annotations / f"{TWO[0]}.yaml"
    ann.write_text(ann.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        build(proj, jobs=2, cache_dir=cache)
    assert any(f.code == "E001" and f.path.endswith(f"{TWO[1]}.yaml") for f in err.value.findings)
    assert tree_digest(proj.build_dir) == before
    bad.write_text(good_text, encoding="utf-8")
    res = build(proj, jobs=2, cache_dir=cache)
    assert res.cached == 2  # the edited page was cached by the failed run, the other one before


def test_duplicate_page_in_two_files_is_refused(tmp_path):
    proj = copy_project(tmp_path / "p", annotations=TWO[:1])
    shutil.copy(proj.annotations / f"{TWO[0]}.yaml", proj.annotations / "zz-copy.yaml")
    with pytest.raises(DataError) as err:
        build(proj, jobs=2, cache_dir=tmp_path / "cache")
    dup = [f for f in err.value.findings if f.code == "E003"]
    assert len(dup) == 1 and dup[0].path == "data/annotations/zz-copy.yaml" and dup[0].line == 1
    assert f"already annotated in data/annotations/{TWO[0]}.yaml" in dup[0].message
    assert not proj.build_dir.exists()


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


def test_a_build_of_the_earlier_layout_is_patched_and_relaid(tmp_path):
    """A build/ written before the dump had segments (one build/reformkg.nq, manifest entries
    without a segment): the next build loads the changed graphs whole into the copied store,
    writes the dump afresh and removes the old link."""
    proj = copy_project(tmp_path / "p", annotations=TWO)
    cache = tmp_path / "cache"
    build(proj, jobs=1, cache_dir=cache)
    cur = (proj.build_dir / "current").resolve()
    manifest = json.loads((cur / "manifest.json").read_text())
    whole = read_dump(proj.build_dir)
    shutil.rmtree(cur / "nquads")
    (cur / "reformkg.nq").write_bytes(whole)
    offsets, pos = {}, 0
    for g, (d, q, _f, _o, n) in sorted(manifest["graphs"].items()):
        offsets[g], pos = [d, q, pos, n], pos + n
    (cur / "manifest.json").write_text(json.dumps({"graphs": offsets, "patches": 0}))
    (proj.build_dir / "nquads").unlink()
    (proj.build_dir / "reformkg.nq").symlink_to("current/reformkg.nq")
    ann = proj.annotations / f"{TWO[0]}.yaml"
    ann.write_text(ann.read_text(encoding="utf-8").replace("label: ", "label: 改", 1), encoding="utf-8")
    res = build(proj, jobs=1, cache_dir=cache)
    assert res.store == "incremental" and res.segments[1] == 0 and res.patch[0] == 0 and res.patch[1] > 100
    assert store_quads(proj.build_dir) == file_quads(proj.build_dir)
    assert not (proj.build_dir / "reformkg.nq").is_symlink() and (proj.build_dir / "nquads").resolve().is_dir()
