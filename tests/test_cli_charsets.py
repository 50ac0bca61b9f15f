"""The kept work on character sets (reformkg.cli.charsets) compiles every pattern as Python does."""

from re import _compiler, _parser

import pytest
from hypothesis import given, settings, strategies as st

from reformkg.cli import charsets

_POINTS = st.sampled_from([0x30, 0x41, 0x61, 0xff, 0x3000, 0x4e00, 0x4e07, 0x9fff, 0xff10, 0x1f600])
_ITEM = st.one_of(
    st.tuples(_POINTS, st.integers(0, 30000)).map(lambda t: f"\\u{t[0]:04x}-\\U{min(t[0] + t[1], 0x10ffff):08x}"),
    _POINTS.map(lambda c: f"\\U{c:08x}"),
    st.sampled_from(["\\d", "\\s", "\\w", "a-z", "，、。", "万亿"]))


def unwrapped():
    """The compiler's own function (another test in this process may have run a command, which installs)."""
    f = _compiler._optimize_charset
    return getattr(f, "__wrapped__", f)


def code(pattern, flags=0):
    return _compiler._code(_parser.parse(pattern, flags), flags)


@pytest.fixture
def kept(monkeypatch):
    original = unwrapped()
    monkeypatch.setattr(_compiler, "_optimize_charset", original)
    charsets.install()
    assert _compiler._optimize_charset is not original
    return original


@settings(max_examples=60, deadline=None)
@given(items=st.lists(_ITEM, min_size=1, max_size=4), negate=st.booleans(), ignorecase=st.booleans())
def test_a_set_compiles_the_same_the_first_time_and_again(items, negate, ignorecase):
    pattern = f"[{'^' if negate else ''}{''.join(items)}]+年"
    flags = 2 if ignorecase else 0  # (re.IGNORECASE: left to the compiler)
    before = _compiler._optimize_charset
    _compiler._optimize_charset = unwrapped()
    try:
        plain, grouped = code(pattern, flags), code(f"(?:{pattern})x", flags)
        charsets.install()
        assert code(pattern, flags) == plain
        assert code(f"(?:{pattern})x", flags) == grouped  # (the same set met again, in another pattern)
        assert code(pattern, flags) == plain
    finally:
        _compiler._optimize_charset = before


def test_install_is_idempotent_and_keeps_a_recurring_set(kept):
    charsets.install()
    wrapped = _compiler._optimize_charset
    charsets.install()
    assert _compiler._optimize_charset is wrapped
    calls = []
    inner = kept

    def counting(*args):
        calls.append(args)
        return inner(*args)

    _compiler._optimize_charset = counting
    charsets.install()  # (wraps the counting one)
    for _ in range(3):
        code("[\\u4e00-\\u9fff，]{2,8}工会")
    assert len(calls) == 1
