"""libyaml (ruamel.yaml.clib) and ruamel's pure-Python parser read every file of the project
into the same data and the same positions; a file they refuse is refused at the same place."""

from __future__ import annotations

import pytest

from helpers import FIXTURES, ROOT
from reformkg.annotation import yamlio
from reformkg.annotation.yamlio import Document, _yaml, read_yaml

FILES = sorted([*(ROOT / "data").rglob("*.yaml"), *FIXTURES.rglob("*.yaml")])


def test_libyaml_is_in_use():
    assert _yaml("a: 1\n").Parser.__name__ == "CParser"
    assert _yaml("a: &x 1\n").Parser.__name__ != "CParser"  # anchors need the pure parser
    assert _yaml("# Coal & Power\na: R&D\n").Parser.__name__ == "CParser"
    assert _yaml("%YAML 1.1\n---\na: 1\n").Parser.__name__ != "CParser"  # a version directive: pure parser


def test_a_version_directive_is_honoured():
    """libyaml's path assumes YAML 1.2; a file that declares 1.1 is read as 1.1 (``yes`` is a
    boolean there, a string in 1.2) by the pure parser."""
    assert read_yaml("f.yaml", "a: yes\n").data == {"a": "yes"}
    old = read_yaml("f.yaml", "%YAML 1.1\n---\na: yes\n")
    assert isinstance(old, Document) and old.data == {"a": True}


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_both_parsers_agree(path, monkeypatch):
    fast = read_yaml(path)
    monkeypatch.setenv("REFORMKG_YAML", "pure")
    pure = read_yaml(path)
    if isinstance(pure, Document):
        assert isinstance(fast, Document)
        assert fast.data == pure.data and fast.positions == pure.positions
    else:
        assert not isinstance(fast, Document)
        assert (fast.code, fast.line, fast.col) == (pure.code, pure.line, pure.col)


def test_an_unused_anchor_is_refused_by_either_parser():
    for text in ("a: &x 1\n", "a: [1, &x 2]\n"):
        found = read_yaml("f.yaml", text)
        assert not isinstance(found, Document) and "anchors" in found.message and found.line == 1
    assert yamlio.read_yaml("f.yaml", "a: 'R&D'\n").data == {"a": "R&D"}
