"""Property-based tests of the loader: random and mutated annotation files.

Whatever the file holds — wrong types, missing keys, unicode, huge or negative numbers,
deep nesting, duplicate ids, YAML anchors and tags, broken bytes — the loader returns
findings that name the file and a line, never raises, never hangs; the CLI exits 1 with
``path:line:col: error …`` lines and no traceback.
"""

from __future__ import annotations

import copy
import io
import re
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from helpers import ROOT
from reformkg.annotation.loader import load_annotation
from reformkg.settings import Project
from reformkg.pipeline.inputs import load_base
from reformkg.annotation.yamlio import MAX_DEPTH, Document, read_yaml

PAGE = "000_239e137822c9727a"
FUZZ_PATH = f"/fuzz/{PAGE}.yaml"
FINDING = re.compile(r"^(?P<path>[^\n]+?):(?P<line>\d+):(?P<col>\d+): error (?P<code>E\d{3}) ")
FAST = settings(max_examples=30, deadline=10000, suppress_health_check=[HealthCheck.too_slow],
                derandomize=True)


@lru_cache(maxsize=1)
def base():
    vocab, registry, findings = load_base(Project(ROOT))
    assert not [f for f in findings if f.is_error]
    return vocab, registry


@lru_cache(maxsize=1)
def seed_data() -> dict:
    """The real annotation of page 000, cut to a few entries per section (fast to load).

    Stories and measures stay whole: the other entries refer to them."""
    doc = read_yaml(ROOT / "data" / "annotations" / f"{PAGE}.yaml")
    assert isinstance(doc, Document)
    data = copy.deepcopy(doc.data)
    for key, value in data.items():
        if isinstance(value, list) and key not in ("stories", "measures"):
            data[key] = value[:3]
    return data


def dump(data) -> str:
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def load(text: str):
    vocab, registry = base()
    return load_annotation(Path(FUZZ_PATH), ROOT / "data" / "articles", registry, vocab, text)


def check_outcome(text: str, must_fail: bool = False):
    """The invariant: no exception; a failure carries error findings at a line of this file."""
    lp, findings = load(text)
    n_lines = max(1, text.count("\n") + 1)
    errors = [f for f in findings if f.is_error]
    if lp is None:
        assert errors, "a file that does not load must say why"
    else:
        assert not errors
    assert not (must_fail and lp is not None), "this file must be refused"
    for f in findings:
        assert f.path == FUZZ_PATH
        assert 1 <= f.line <= n_lines, f
        assert re.fullmatch(r"[EW]\d{3}", f.code)
        assert f.message.strip() and f.field
        assert "Traceback" not in f.message
    return lp, findings


def test_seed_loads():
    lp, findings = check_outcome(dump(seed_data()))
    assert lp is not None and lp.page_id == PAGE


# --------------------------------------------------------------------------- mutations of the real file

SCALARS = st.one_of(
    st.none(), st.booleans(),
    st.integers(min_value=-(10 ** 30), max_value=10 ** 30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(["", " ", "\u200b", "é", "陕西", "😀", "\u202e", "1e999", "-0", "2024-13-45", "null", "~"]),
)
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                      max_leaves=8)


def _paths(data, prefix=()):
    yield prefix
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from _paths(v, prefix + (i,))


def _parent(data, path):
    cur = data
    for part in path[:-1]:
        cur = cur[part]
    return cur


@st.composite
def mutated(draw):
    data = copy.deepcopy(seed_data())
    paths = [p for p in _paths(data) if p]
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(data) if p]
        path = draw(st.sampled_from(paths))
        parent = _parent(data, path)
        op = draw(st.sampled_from(["replace", "delete", "add-key", "dup-id", "nest"]))
        if op == "replace":
            parent[path[-1]] = draw(VALUES)
        elif op == "delete":
            del parent[path[-1]]
        elif op == "add-key" and isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=10))] = draw(VALUES)
        elif op == "dup-id" and isinstance(parent, list) and parent and isinstance(parent[0], dict):
            parent.append(copy.deepcopy(parent[0]))
        elif op == "nest":
            value = parent[path[-1]]
            for _ in range(draw(st.integers(1, 80))):
                value = [value]
            parent[path[-1]] = value
    return data


@pytest.mark.slow
@FAST
@given(mutated())
def test_mutated_annotations_give_located_findings(data):
    check_outcome(dump(data))


@pytest.mark.slow
@settings(FAST, max_examples=15)
@given(st.sampled_from(["stories", "measures", "observations", "recognitions", "posts"]), st.data())
def test_duplicate_ids_are_refused(section, draw):
    data = copy.deepcopy(seed_data())
    items = data.get(section) or []
    if not items:
        items = data["stories"]
        section = "stories"
    data[section] = items + [copy.deepcopy(items[draw.draw(st.integers(0, len(items) - 1))])]
    _lp, findings = check_outcome(dump(data), must_fail=True)
    assert any(f.code == "E003" and "already used" in f.message for f in findings)


@pytest.mark.slow
@settings(FAST, max_examples=12)
@given(st.integers(min_value=10 ** 20, max_value=10 ** 400) | st.integers(max_value=-1, min_value=-(10 ** 400)))
def test_huge_and_negative_numbers_in_text_fields(n):
    data = copy.deepcopy(seed_data())
    data["observations"][0]["value"] = n
    data["stories"][0]["title"] = n
    data["measures"][0]["lead"] = [n]
    check_outcome(dump(data), must_fail=True)


# --------------------------------------------------------------------------- raw text: YAML features and bytes

@FAST
@given(st.text(max_size=400))
def test_random_text_never_raises(text):
    check_outcome(text)


@settings(FAST, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(blob=st.binary(max_size=300))
def test_random_bytes_never_raise(tmp_path_factory, blob):
    path = tmp_path_factory.mktemp("bytes") / f"{PAGE}.yaml"
    path.write_bytes(blob)
    vocab, registry = base()
    lp, findings = load_annotation(path, ROOT / "data" / "articles", registry, vocab)
    if lp is None:
        assert [f for f in findings if f.is_error]
    for f in findings:
        assert f.path == str(path) and f.line >= 1


def seed_text() -> str:
    return dump(seed_data())


def ends_on_its_line(lines: list[str], i: int) -> bool:
    """Whether the value on line ``i`` is not continued below (a long plain scalar is wrapped onto
    more indented lines: replacing the first line leaves the rest, and the error is theirs)."""
    m = re.match(r"^( *)(- )?", lines[i])
    key_indent = len(m.group(1)) + (2 if m.group(2) else 0)
    following = lines[i + 1] if i + 1 < len(lines) else ""
    return len(following) - len(following.lstrip(" ")) <= key_indent


def test_a_wrapped_value_is_no_place_for_a_tag():
    lines = ["a:", "  basis: printed on the same page as s3; the plan was", "    issued 近日", "  value: 2025-01"]
    assert [ends_on_its_line(lines, i) for i in range(4)] == [False, False, True, True]


@pytest.mark.slow
@settings(FAST, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.data(), st.sampled_from([
    "!!python/object/apply:os.system ['touch /tmp/reformkg-fuzz-pwned']",
    "!!python/name:os.system", "!custom x", "!!binary aGVsbG8=", "!!set {a, b}", "!!omap [a: 1]",
    "&anchor x", "*anchor", "<<: *a", "{<<: {a: 1}}", "!<tag:example.com,2000:x> y",
]))
def test_tags_anchors_and_merge_keys_are_refused(draw, construct):
    lines = seed_text().splitlines()
    candidates = [i for i, line in enumerate(lines) if re.match(r"^\s*(- )?[a-z_]+: \S", line) and ends_on_its_line(lines, i)]
    i = draw.draw(st.sampled_from(candidates))
    key, _, _value = lines[i].partition(": ")
    lines[i] = f"{key}: {construct}"
    text = "\n".join(lines) + "\n"
    _lp, findings = check_outcome(text, must_fail=True)
    assert not Path("/tmp/reformkg-fuzz-pwned").exists()
    first = findings[0]
    assert first.code == "E001" or construct.startswith("*")
    assert first.line == i + 1 or first.code != "E001"


def test_unsafe_tag_is_refused_with_its_position():
    text = "page: 000_239e137822c9727a\nstories: !!python/object/apply:os.system ['touch /tmp/reformkg-pwned']\n"
    lp, findings = check_outcome(text, must_fail=True)
    assert findings[0].code == "E001" and findings[0].line == 2
    assert "tag:yaml.org,2002:python/object/apply:os.system is not allowed" in findings[0].message
    assert not Path("/tmp/reformkg-pwned").exists()


def test_billion_laughs_is_refused():
    text = "a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8))
    _lp, findings = check_outcome(text, must_fail=True)
    assert findings[0].code == "E001" and "anchors and aliases" in findings[0].message and findings[0].line == 1


@FAST
@given(st.integers(min_value=MAX_DEPTH + 1, max_value=20000), st.sampled_from(["flow", "block", "map"]))
def test_deep_nesting_is_refused(depth, style):
    if style == "flow":
        body = "[" * depth + "]" * depth
    elif style == "map":
        body = "{a: " * depth + "1" + "}" * depth
    else:
        body = "\n".join("  " * i + "- " for i in range(min(depth, 400))) + "x"
    text = f"page: {PAGE}\nstories: {body}\n" if style != "block" else f"page: {PAGE}\nstories:\n{body}\n"
    _lp, findings = check_outcome(text, must_fail=True)
    assert findings[0].code in ("E001", "E002")


def test_duplicate_key_names_both_lines():
    text = f"page: {PAGE}\nstories: []\npage: other\n"
    _lp, findings = check_outcome(text, must_fail=True)
    assert findings[0].code == "E001" and findings[0].line == 3 and "appears twice" in findings[0].message


# --------------------------------------------------------------------------- end to end through the CLI

@pytest.mark.slow
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
          derandomize=True)
@given(data=mutated())
def test_cli_validate_exits_1_with_file_line(project, run_cli, tmp_path_factory, data):
    lp, _findings = load(dump(data))
    if lp is not None:  # a mutation that kept the file valid (a free-text field changed)
        data = copy.deepcopy(data)
        data["stories"][0]["scope"] = "maybe"
    path = tmp_path_factory.mktemp("cli") / f"{PAGE}.yaml"
    path.write_text(dump(data), encoding="utf-8")
    res = run_cli(project, "validate", str(path))
    assert res.exit_code == 1, res.output
    assert "Traceback" not in res.output and "Internal error" not in res.output
    errors = [FINDING.match(line) for line in res.output.splitlines() if " error " in line]
    assert errors and all(errors), res.output
    assert all(m.group("path").endswith(f"{PAGE}.yaml") and int(m.group("line")) >= 1 for m in errors)
