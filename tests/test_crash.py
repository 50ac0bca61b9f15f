"""A build killed with SIGKILL at any point leaves the previous complete build; two builds
started at once do not corrupt build/: one runs, the other is refused with a clear message."""

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from helpers import copy_project
from reformkg.pipeline.orchestrate import build
from reformkg.layout import dump_files
from reformkg.query.formats import rows
from reformkg.query.sparql import run
from reformkg.layout import store_path

TWO = ["000_239e137822c9727a", "004_6de9715287bc3ad3"]
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
