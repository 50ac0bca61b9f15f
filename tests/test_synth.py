"""The synthetic corpus generator (benchmarks/synth.py) makes valid pages whose figures,
dates and entities differ from the real ones."""

from __future__ import annotations

import sys

import pytest
from helpers import ROOT
from reformkg.settings import Project
from reformkg.pipeline.orchestrate import validate

sys.path.insert(0, str(ROOT / "benchmarks"))
import synth  # noqa: E402


@pytest.mark.slow
def test_synthetic_pages_are_valid_and_substituted(tmp_path, monkeypatch):
    monkeypatch.setattr(synth, "PAGES_PER_CLONE", 2)  # 12 pages → 6 entity clones
    out = synth.make_corpus(12, tmp_path / "corpus")
    project = Project(out)
    report = validate(project)
    assert report.ok, [str(f) for f in report.findings if f.is_error][:5]
    clones = sorted(p.name for p in (out / "data" / "entities").glob("synth-c*.yaml"))
    assert clones == ["synth-c0001.yaml", "synth-c0002.yaml"]  # pages 0–4 real, 5–9 clone 1, 10–11 clone 2
    page5 = sorted((out / "data" / "annotations").glob("syn00005_*.yaml"))[0].read_text(encoding="utf-8")
    assert "-s1\"" in page5  # its entity ids are the clone's
    real = {p.read_text(encoding="utf-8") for p in (ROOT / "data" / "articles").glob("*.txt")}
    texts = [p.read_text(encoding="utf-8") for p in sorted((out / "data" / "articles").glob("*.txt"))]
    assert len(texts) == 12 and not real & set(texts)
    chars = synth.name_chars(ROOT)
    assert "铂" in chars and "陕" not in chars and "年" not in chars and "万" not in chars  # names change, keywords never
    table = synth.permutation(chars, 1)
    assert sorted(table.values()) == sorted(chars) and table != synth.permutation(chars, 2)
