"""Regular expressions compile faster when a character set recurs: Python's compiler works out
each set afresh, and a set spanning the Chinese characters (``[\\u4e00-\\u9fff]``) costs it a
step per code point (20,992, in Python), for each of the hundreds of patterns of suggest's
rules that hold one — a fifth of a cold ``reformkg suggest``. :func:`install` keeps what it
worked out for a set without case folding and hands it back when the same set comes again
(a pure function of the set: the compiled patterns are the same, ``tests/test_cli_charsets.py``).
"""

from __future__ import annotations

import functools

try:  # (Python 3.11's module; under another name in older Pythons, where nothing is installed)
    from re import _compiler
except ImportError:  # pragma: no cover
    _compiler = None


def _key(charset):
    return tuple((op, tuple(av) if isinstance(av, list) else av) for op, av in charset)


def install() -> None:
    """Keep the compiler's work on character sets for the process (idempotent)."""
    original = getattr(_compiler, "_optimize_charset", None)
    if original is None or getattr(original, "reformkg_kept", False):
        return
    kept: dict = {}

    @functools.wraps(original)
    def optimize_charset(charset, iscased=None, fixup=None, fixes=None):
        if fixup is not None:  # (case folding: left to the compiler every time)
            return original(charset, iscased, fixup, fixes)
        key = _key(charset)
        if key not in kept:
            out, hascased = original(charset, iscased, fixup, fixes)
            kept[key] = (list(out), hascased)
        out, hascased = kept[key]
        return list(out), hascased

    optimize_charset.reformkg_kept = True
    _compiler._optimize_charset = optimize_charset
