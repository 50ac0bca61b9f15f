"""SPARQL over the built store, canned queries, and result formats.

Results are written in the W3C SPARQL 1.1 results formats (CSV, TSV, JSON, XML) by
pyoxigraph itself; ``table`` is for people. The default graph is the union of the
named graphs, so a query need not name them. Every query passes :func:`reformkg.query.guard.check`
before the engine sees it (no Update, no SERVICE unless allowed, bounded size and nesting).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import re
import signal
from pathlib import Path

import pyoxigraph

from reformkg.errors import BuildMissing, QueryError, UsageError
from reformkg.layout import store_path
from reformkg.namespaces import PREFIX_MAP
from reformkg.query.formats import _width
from reformkg.query.guard import check
from reformkg.query.stored import open_answer


def open_store(build_dir: Path):
    """The current build's store, read-only (:class:`BuildMissing` before the first build)."""

    return pyoxigraph.Store.read_only(str(store_path(build_dir)))


_SYNTAX = re.compile(r"^error at (\d+):(\d+): (.*)$", re.DOTALL)


_CHAR_CLASS = re.compile(r"\[(?:'[^\]]*|_)\]")  # ['0'..='9'], ['A' ..= 'Z' | …], [_]; not the token "["


def _char_class(m: re.Match) -> str:
    """A character class of pyoxigraph's parser in words: ``['0'..='9']`` is a digit, the class
    of a name's first character spells out a dozen Unicode ranges over four lines."""
    text = m.group(0)
    if "'A'" in text:
        return "a letter"
    if "'0'" in text:
        return "a digit"
    return "any character" if text == "[_]" else text


def _syntax_message(sparql: str, exc: SyntaxError) -> str:
    """pyoxigraph says ``error at LINE:COL: …``; name the position and show it with a caret."""
    text = str(exc)
    m = _SYNTAX.match(text)
    if not m:
        return f"the query is not valid SPARQL: {text}"
    line, col = int(m.group(1)), int(m.group(2))
    what = _CHAR_CLASS.sub(_char_class, m.group(3).strip())
    lines = sparql.splitlines() or [""]
    shown = lines[line - 1] if 0 < line <= len(lines) else ""
    caret = " " * _width(shown[:max(col, 1) - 1]) + "^"  # columns count characters; CJK ones are wide
    return f"the query is not valid SPARQL at line {line}, column {col}: {what}\n  {shown}\n  {caret}"


def _failed(exc: BaseException) -> QueryError:
    """The engine's error in one line: a SERVICE that fails says what the other server sent, page and all."""
    first = (str(exc).strip().splitlines() or [""])[0]
    return QueryError(f"the query failed: {type(exc).__name__}: {first[:300]}".rstrip(": "))


def _run_here(store, sparql: str, eager: bool = False):
    """The engine's lazy result; ``eager`` computes it in full here (a SERVICE's errors come while
    the results are read), as the SPARQL JSON results or N-Triples the worker sends."""
    try:
        result = store.query(sparql, prefixes=PREFIX_MAP, use_default_graph_as_union=True)
        if eager:
            return _parsed(*_serialized(result))
        return result
    except SyntaxError as exc:
        raise QueryError(_syntax_message(sparql, exc)) from None
    except OSError as exc:
        raise _failed(exc) from None


def _serialized(result) -> tuple[str, bytes]:
    if isinstance(result, (pyoxigraph.QuerySolutions, pyoxigraph.QueryBoolean)):
        return "results", result.serialize(format=pyoxigraph.QueryResultsFormat.JSON)
    return "triples", pyoxigraph.serialize(result, format=pyoxigraph.RdfFormat.N_TRIPLES)


def _parsed(kind: str, data: bytes):
    if kind == "results":
        return pyoxigraph.parse_query_results(data, format=pyoxigraph.QueryResultsFormat.JSON)
    return pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_TRIPLES)


def run(store, sparql: str, timeout: float | None = None, fresh: bool = False,
        allow_service: tuple[str, ...] = ()):
    """Run a query; SPARQL Update is refused. Returns pyoxigraph's result object.

    The query is first checked by :func:`reformkg.query.guard.check` (``allow_service``: the
    hosts a ``SERVICE`` may call; none by default), which raises :class:`QueryError` and runs nothing.
    With ``allow_service`` the results are computed in full before they are returned, so that a
    failing SERVICE is a :class:`QueryError` here, not an error in the middle of the output.

    ``store`` is a store opened with :func:`open_store`, or the path of a store directory.
    Given a path, a canned query's text is answered from the answer its build made
    (:mod:`reformkg.pipeline.answers`), unless ``fresh``: the same rows, without asking the engine.
    With ``timeout`` (seconds) the query runs, and its results are computed in full, in a
    forked worker process that is killed when the time is up: pyoxigraph has no query
    timeout of its own and a running query cannot be interrupted from Python. The worker
    sends the results back in the SPARQL JSON results format (N-Triples for CONSTRUCT and
    DESCRIBE), parsed here into the same kind of object.
    """
    check(sparql, allow_service=tuple(allow_service))
    if not fresh and not isinstance(store, pyoxigraph.Store):

        answer = open_answer(Path(store).resolve().parent, sparql)
        if answer is not None:
            return answer
    if timeout is None:
        if not isinstance(store, pyoxigraph.Store):
            store = pyoxigraph.Store.read_only(str(store))
        return _run_here(store, sparql, eager=bool(allow_service))
    if timeout <= 0:
        raise UsageError(f"the timeout must be a positive number of seconds, not {timeout}")
    if isinstance(store, pyoxigraph.Store):
        raise UsageError("a query with a timeout needs the store's path (reformkg.layout.store_path), not an open store")
    return _run_in_worker(Path(store), sparql, timeout)


def _worker(conn, location: str, sparql: str, parent_pid: int):  # pragma: no cover - runs in the forked child
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: die with the parent
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)
    try:

        payload = _serialized(_run_here(pyoxigraph.Store.read_only(location), sparql))
    except QueryError as exc:
        payload = ("error", str(exc))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises
        payload = ("error", str(_failed(exc)))
    try:
        conn.send(payload)
    finally:
        conn.close()
        os._exit(0)


def _run_in_worker(location: Path, sparql: str, timeout: float):


    if not location.is_dir():
        raise BuildMissing(f"no store at {location}: run `reformkg build` first")
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_worker, args=(child, str(location), sparql, os.getpid()), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout):
            raise QueryError(f"the query did not finish within {timeout:g} s (--timeout) and was stopped; "
                             "narrow it (LIMIT, more specific patterns) or allow more time")
        try:
            kind, data = parent.recv()
        except EOFError:
            raise QueryError(f"the query worker ended without an answer (exit code {proc.exitcode})") from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        parent.close()
    if kind == "error":
        raise QueryError(data)
    return _parsed(kind, data)


