"""The cache of compiled regular expressions (reformkg.recache): what a cached pattern matches is
what ``re`` matches; a file that is not ours, cut short or changed is never trusted; suggest drafts
the same page the same with the cache cold, warm and off."""

import marshal
import os
import re
import subprocess
import sys

import pytest

from reformkg import recache

PATTERNS = [r"(?P<num>\d+(?:\.\d+)?)(?P<mag>[万亿])?[余多]?(?:人次|人|元)", r"(?<![\d.第])[一二两三四五六七八九]成(?:[一二三]|半)?",
            r"(?:近|约|超过)?\d+(?:,\d{3})*家(?!长)", r"本(?:篇)?文(?:章)?\s*\d+\s*字", r"(?i)union|工会(?=[，。])"]
TEXT = "全市共有职工3.2万余人次，近六成半受访者，超过1,200家企业建会；本文616字。Union工会，资金5亿元。家长"


@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_pattern_served_from_an_entry_matches_what_re_matches(pattern):
    import _sre
    entry = marshal.loads(marshal.dumps(recache._entry(pattern, 0)))  # (through the file's form)
    ours, theirs = _sre.compile(pattern, entry[0], recache._code_list(entry[1]), *entry[2:]), re.compile(pattern)
    assert ours.groupindex == theirs.groupindex and ours.flags == theirs.flags
    assert [m.group(0) for m in ours.finditer(TEXT)] == [m.group(0) for m in theirs.finditer(TEXT)]
    assert [m.group(0) for m in theirs.finditer(TEXT)], "a probe that matches nothing proves nothing"


def test_a_file_others_may_write_or_cut_short_is_not_read(tmp_path):
    path = tmp_path / "c.cache"
    path.write_bytes(marshal.dumps({("a+", 0): recache._entry("a+", 0)}))
    path.chmod(0o600)
    assert list(recache._load(path)) == [("a+", 0)]
    path.chmod(0o666)
    assert recache._load(path) == {}
    path.chmod(0o600)
    path.write_bytes(marshal.dumps({("a+", 0): recache._entry("a+", 0)})[:-7])
    assert recache._load(path) == {}
    path.write_bytes(b"not marshal at all")
    assert recache._load(path) == {}


def test_an_entry_sre_refuses_is_compiled_afresh(monkeypatch):
    from array import array
    monkeypatch.setitem(recache._known, ("b{2}c", 0), (32, array("I", [0, 1, 2, 99]).tobytes(), 0, {}, (None,)))
    compiled = recache._compile("b{2}c", 0)
    assert compiled.search("abbc").span() == (1, 4) and ("b{2}c", 0) not in recache._known


def _draft(env: dict, page: str) -> str:
    out = subprocess.run([sys.executable, "-m", "reformkg.cli", "suggest", page, "--format", "json"],
                         env=env, capture_output=True, text=True, check=True)
    return out.stdout


def test_suggest_drafts_the_same_with_the_cache_cold_warm_and_off(tmp_path, project):
    page = str(sorted((project.root / "data" / "articles").glob("*.txt"))[0])
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    off = _draft({**env, "REFORMKG_RECACHE": "off"}, page)
    assert not list(tmp_path.glob("reformkg-re-*"))
    cold = _draft(env, page)
    files = list(tmp_path.glob("reformkg-re-*"))
    assert len(files) == 1 and len(marshal.loads(files[0].read_bytes())) > 300
    warm = _draft(env, page)
    assert off == cold == warm and '"observation"' in off
