"""A generation of build/ (reformkg.pipeline.generation): the dump in segments, unchanged graphs
copied and unchanged segments hard-linked from the previous generation, the lock and the atomic
swap. A build killed with SIGKILL at any point leaves the previous complete build; two builds
started at once do not corrupt build/: one runs, the other is refused with a clear message."""

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import TWO, copy_project, file_quads, store_quads

from reformkg.layout import dump_files, read_dump, store_path
from reformkg.pipeline.orchestrate import build
from reformkg.query.formats import rows
from reformkg.query.sparql import run

OLD_LABEL = "label: 西安绕城分公司技能人才薪酬激励集体协商"
NEW = "西安绕城分公司技能人才薪酬激励集体协商（新）"
LABELS = 'SELECT ?l WHERE { ?m rdfs:label ?l FILTER(STRSTARTS(?l, "西安绕城分公司技能人才薪酬激励集体协商")) }'


def cli(proj, *args, env=None):
    return subprocess.Popen([sys.executable, "-m", "reformkg.cli", "--project", str(proj.root), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})


def check_complete(proj) -> str:
    """build/ holds one complete generation that answers queries; returns its label."""
    cur = (proj.build_dir / "current").resolve()
    assert cur.is_dir() and cur.name.startswith("gen-")
    manifest = json.loads((cur / "manifest.json").read_text())
    segments = {f.name: f.read_bytes() for f in dump_files(proj.build_dir)}
    assert list(segments) == manifest["segments"]
    manifest = manifest["graphs"]
    data = b"".join(segments.values())
    assert data.count(b"\n") == sum(q for _, q, *_ in manifest.values())
    blocks = {}
    for line in data.splitlines(keepends=True):
        blocks.setdefault(line.rsplit(b" ", 2)[-2][1:-1].decode(), []).append(line)
    assert {g: hashlib.sha256(b"".join(ls)).hexdigest() for g, ls in blocks.items()} == {g: d for g, (d, *_) in manifest.items()}
    # each graph is where the manifest says (the next build copies it from there)
    assert all(hashlib.sha256(segments[f][off:off + n]).hexdigest() == d for d, _, f, off, n in manifest.values())
    _, n = rows(run(store_path(proj.build_dir), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
    assert int(n[0][0]) == data.count(b"\n")
    _, labels = rows(run(store_path(proj.build_dir), LABELS))
    assert len(labels) == 1
    return labels[0][0]


@pytest.mark.slow
def test_sigkill_at_random_points_leaves_the_previous_build(tmp_path):
    proj = copy_project(tmp_path / "p", annotations=TWO)
    cache = tmp_path / "cache"
    env = {"REFORMKG_CACHE": str(cache), "REFORMKG_JOBS": "2"}
    build(proj, jobs=2, cache_dir=cache)
    old_gen = (proj.build_dir / "current").resolve().name
    assert check_complete(proj) == OLD_LABEL.split(": ")[1]
    ann = proj.annotations / f"{TWO[0]}.yaml"
    ann.write_text(ann.read_text(encoding="utf-8").replace(OLD_LABEL, f"label: {NEW}", 1), encoding="utf-8")
    rng = random.Random(8)
    # One run to learn how long a build takes here, then kills spread over that time,
    # and one kill the moment the new generation starts being written.
    started = time.monotonic()
    probe = cli(proj, "build", env={**env, "REFORMKG_CACHE": str(tmp_path / "probe-cache")})
    probe.wait(timeout=300)
    span = time.monotonic() - started
    assert probe.returncode == 0
    new_gen = (proj.build_dir / "current").resolve().name
    assert new_gen != old_gen and check_complete(proj) == NEW
    # back to the old generation, to be replaced again under fire
    ann.write_text(ann.read_text(encoding="utf-8").replace(f"label: {NEW}", OLD_LABEL, 1), encoding="utf-8")
    build(proj, jobs=2, cache_dir=cache)
    ann.write_text(ann.read_text(encoding="utf-8").replace(OLD_LABEL, f"label: {NEW}", 1), encoding="utf-8")
    outcomes = []
    for attempt in range(6):
        for entry in cache.rglob("*"):  # a cold cache each time: the kill lands in the page work too
            if entry.is_file():
                entry.unlink()
        proc = cli(proj, "build", env=env)
        if attempt == 5:
            deadline = time.monotonic() + 300
            while not any(p.name.startswith(".staging-") for p in proj.build_dir.iterdir()):
                assert proc.poll() is None and time.monotonic() < deadline, "the build never started writing"
                time.sleep(0.002)
        else:
            time.sleep(rng.uniform(0.1, span * 1.1))
        finished = proc.poll() is not None
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        label = check_complete(proj)
        gen = (proj.build_dir / "current").resolve().name
        assert (gen, label) in ((old_gen, OLD_LABEL.split(": ")[1]), (new_gen, NEW))
        if finished:
            assert proc.returncode == 0 and gen == new_gen, proc.communicate()
        outcomes.append(gen)
        if gen == new_gen:  # it got through: put the old build back for the next kill
            ann.write_text(ann.read_text(encoding="utf-8").replace(f"label: {NEW}", OLD_LABEL, 1), encoding="utf-8")
            build(proj, jobs=2, cache_dir=cache)
            ann.write_text(ann.read_text(encoding="utf-8").replace(OLD_LABEL, f"label: {NEW}", 1), encoding="utf-8")
    assert outcomes.count(old_gen) >= 3, outcomes  # most kills landed before the swap
    # the next build completes, removes what the killed ones left, and caches are sound
    res = build(proj, jobs=2, cache_dir=cache)
    assert res.generation == new_gen and check_complete(proj) == NEW
    leftovers = [p.name for p in proj.build_dir.iterdir() if p.name.startswith((".staging-", ".current-"))]
    assert leftovers == []
    assert sorted(p.name for p in proj.build_dir.iterdir()) == ["current", new_gen, "nquads", "store"]


@pytest.mark.slow
def test_two_builds_at_once_one_is_refused(tmp_path):
    proj = copy_project(tmp_path / "p", annotations=TWO)
    env = {"REFORMKG_CACHE": str(tmp_path / "cache"), "REFORMKG_JOBS": "1"}
    a, b = cli(proj, "build", env=env), cli(proj, "build", env=env)
    out_a, out_b = a.communicate(timeout=300), b.communicate(timeout=300)
    codes = sorted([a.returncode, b.returncode])
    assert codes == [0, 1], (out_a, out_b)
    refused = out_a if a.returncode == 1 else out_b
    assert refused[1].strip() == "Error: another build is running in this project (lock .build.lock); wait for it and retry"
    assert "Traceback" not in refused[1]
    gens = [p for p in proj.build_dir.iterdir() if p.name.startswith("gen-")]
    assert len(gens) == 1 and (proj.build_dir / "current").resolve() == gens[0]
    # the lock is released: a third build runs (from the cache) and gives the same generation
    c = cli(proj, "build", env=env)
    out_c = c.communicate(timeout=300)
    assert c.returncode == 0 and gens[0].name in out_c[0]
    assert Path(proj.root / ".build.lock").exists()


def test_second_build_is_refused_while_locked(tmp_path, run_cli):
    import fcntl

    proj = copy_project(tmp_path / "p", annotations=["000_239e137822c9727a"])
    with open(proj.root / ".build.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        res = run_cli(proj, "build")
    assert res.exit_code == 1
    assert "another build is running" in res.output
    assert not proj.build_dir.exists()


@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
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


def test_the_dump_of_a_missing_build_says_what_to_run(tmp_path):
    from reformkg.errors import BuildMissing
    from reformkg.layout import dump_files

    with pytest.raises(BuildMissing, match="run `reformkg build` first"):
        dump_files(tmp_path / "build")
