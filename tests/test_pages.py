"""The page step of a build (reformkg.pipeline.pages): pages checked in parallel give the same
bytes as the serial path, and the page cache is reused only while every input of a page is
unchanged."""

import pytest
from helpers import (
    TWO,
    compile_dataset,
    copy_project,
    file_quads,
    nquads,
    store_quads,
    tree_digest,
)

from reformkg.errors import DataError
from reformkg.layout import read_dump
from reformkg.pipeline.orchestrate import build


@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
def test_corrupt_cache_entry_is_recomputed(tmp_path):
    proj = copy_project(tmp_path / "p", annotations=TWO[:1])
    cache = tmp_path / "cache"
    first = build(proj, jobs=1, cache_dir=cache)
    for meta in cache.rglob("*.json"):
        meta.write_text("{not json", encoding="utf-8")
    (proj.build_dir / "current").unlink()
    res = build(proj, jobs=1, cache_dir=cache)
    assert res.cached == 0 and res.generation == first.generation


@pytest.mark.slow
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
