"""Compiled regular expressions kept between runs of the command line.

``suggest`` reads a page with some 800 regular expressions; a fresh process spends about a third
of a second of a cold run parsing and optimising them (``re``'s own cache lives only as long as
the process). :func:`install` makes ``re`` keep, for every pattern it compiles, the code the
parser and the optimiser make, in a file beside the tokenizer's cache, and hand a later process
that code (``_sre.compile``, which checks it) instead of parsing the pattern again. Keys are the
pattern's text and flags, so an edited pattern is a new entry; the file is named by the
interpreter's cache tag and ``_sre``'s version, and read only when the user owns it and no one
else may write it. Anything unexpected (another Python, a file cut short or changed by another
hand, an entry ``_sre`` refuses) falls back to ``re``'s own compiling: the cache can make a run
faster, never different (see ``benchmarks/suggest_speed.py``)."""

from __future__ import annotations

import atexit
import marshal
from array import array
import os
import stat
import sys
import tempfile
from pathlib import Path

try:  # the parts of ``re`` the cache stands in for (CPython 3.11 and later)
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another implementation: no cache
    _sre = _compiler = _parser = None

MAX_ENTRIES = 20_000  # a file grown past this (many edits of many patterns) starts again
# Fewer new patterns than this in a run are not written: patterns a run builds from sets (their order
# changes with the process's hash seed) or from the page are new in every run, and cheap; rewriting the
# file for them would cost more than they do. A first run, or one after the rules changed, writes it.
SAVE_AFTER = 20
_known: dict[tuple[str, int], tuple] = {}
_new: dict[tuple[str, int], tuple] = {}
_real_compile = _compiler.compile if _compiler is not None else None


def cache_path() -> Path:
    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}" if _sre is not None else "none"
    return Path(tempfile.gettempdir()) / f"reformkg-re-{tag}.cache"


def _entry(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` gives ``_sre.compile`` for a pattern, in a form marshal keeps."""
    parsed = _parser.parse(pattern, flags)
    code = array("I", _compiler._code(parsed, flags)).tobytes()  # (bytes: marshal reads them as one block)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _compile(p, flags=0):
    if not isinstance(p, str) or flags & _compiler.SRE_FLAG_DEBUG:
        return _real_compile(p, flags)
    key = (p, flags)
    hit = _known.get(key)
    if hit is not None:
        try:
            return _sre.compile(p, hit[0], _code_list(hit[1]), *hit[2:])
        except Exception:  # (code _sre refuses: the file was changed; compile it afresh)
            _known.pop(key, None)
    entry = _entry(p, flags)
    _new[key] = entry
    return _sre.compile(p, entry[0], _code_list(entry[1]), *entry[2:])


def _code_list(code: bytes) -> list[int]:
    words = array("I")
    words.frombytes(code)
    return words.tolist()


def _load(path: Path) -> dict:
    try:
        st = path.stat()
        if st.st_uid != os.getuid() or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            return {}  # (another user's file, or one others may write: not ours to trust)
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict) or len(data) > MAX_ENTRIES:
        return {}
    return {k: v for k, v in data.items() if isinstance(k, tuple) and isinstance(v, tuple) and len(v) == 5}


def _save() -> None:
    if len(_new) < SAVE_AFTER:
        return
    path = cache_path()
    data = {**_known, **_new}
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".reformkg-re-")
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps(data))
        os.replace(tmp, path)
    except OSError:  # (a read-only or full temporary directory: the next run compiles again)
        pass


def _works() -> bool:
    """The cache gives what ``re`` gives, on this interpreter: a probe pattern compiled both ways."""
    probe = r"(?P<n>\d+)(?:万|亿)?[余多]?(?=[人元])|(?<![a-z])x{2,3}"
    try:
        entry = _entry(probe, 0)
        ours, theirs = _sre.compile(probe, entry[0], _code_list(entry[1]), *entry[2:]), _real_compile(probe, 0)
    except Exception:
        return False
    text = "共有3000余人，xxx，资金5万元"
    return ours.groupindex == theirs.groupindex and ours.flags == theirs.flags and \
        [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]


def install() -> bool:
    """Serve ``re``'s compiling from the cache for the rest of the process; whether it is on."""
    if _compiler is None or _compiler.compile is _compile:
        return _compiler is not None
    if array("I").itemsize != _sre.CODESIZE or not hasattr(_compiler, "_code") or not hasattr(_parser, "parse") or not _works():
        return False
    _known.update(_load(cache_path()))
    _compiler.compile = _compile
    atexit.register(_save)
    return True
