"""SPARQL over the built store, canned queries, and result formats.

Results are written in the W3C SPARQL 1.1 results formats (CSV, TSV, JSON, XML) by
pyoxigraph itself; ``table`` is for people. Every query passes :func:`reformkg.query.guard.check`
before the engine sees it (no Update, no SERVICE unless allowed, bounded size and nesting).

The dataset of a query follows SPARQL 1.1 §13: a query with ``FROM`` or ``FROM NAMED``
(:func:`dataset_of`) is asked of the graphs it names, and one without is asked of the build's
default dataset: the union of the named graphs as the default graph, and every named graph.
Relative IRIs in a query resolve against :data:`reformkg.namespaces.BASE` (``BASE`` in the
query itself comes first). :func:`data_store` makes an in-memory store from RDF files
(``reformkg query --data``), whose default graph is its own.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import re
import signal
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urljoin

import pyoxigraph

from reformkg.errors import BuildMissing, QueryError, UsageError
from reformkg.layout import store_path
from reformkg.namespaces import BASE, PREFIX_MAP
from reformkg.query.formats import _width
from reformkg.query.guard import CLOSE, IRI, OP, VAR, WORD, check, tokens
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


class Dataset(NamedTuple):
    """A query's RDF dataset as its ``FROM`` (``default``) and ``FROM NAMED`` (``named``) clauses give it."""

    default: tuple[str, ...]
    named: tuple[str, ...]


_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_PN_ESCAPE = re.compile(r"\\(.)")


def _iri(token: tuple[str, str, int], base: str | None, prefixes: dict[str, str]) -> str:
    """An IRI token or prefixed name as an absolute IRI (an undeclared prefix stays as written:
    the engine then reports the query's syntax error with its position)."""
    kind, text, _ = token
    if kind == IRI:
        iri = _UCHAR.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text[1:-1])
    else:
        prefix, _, local = text.partition(":")
        if prefix not in prefixes:
            return text
        iri = prefixes[prefix] + _PN_ESCAPE.sub(r"\1", local)
    return urljoin(base, iri) if base else iri


def dataset_of(sparql: str, base_iri: str | None = BASE) -> Dataset | None:
    """The dataset a query's ``FROM`` and ``FROM NAMED`` clauses name (SPARQL 1.1 §13.2), or None
    when it has neither: then the service's default dataset applies (for the build, the union of
    the named graphs as the default graph). Relative IRIs resolve against the query's ``BASE``,
    else ``base_iri``; prefixed names against its ``PREFIX`` declarations and the predeclared
    prefixes (:data:`reformkg.namespaces.PREFIX_MAP`). A query with ``FROM NAMED`` only has an
    empty default graph; one with ``FROM`` only, no named graphs.

    The query is read with the guard's lexer (:func:`reformkg.query.guard.tokens`), so ``FROM``
    in a string, an IRI or a comment is no clause. ``reformkg serve`` asks the same: a request's
    ``default-graph-uri`` and ``named-graph-uri`` take the place of what this returns.
    """
    if "from" not in sparql.lower():
        return None
    toks = tokens(sparql)
    prefixes = dict(PREFIX_MAP)
    base = base_iri
    default: list[str] = []
    named: list[str] = []
    found = False
    k = 0
    while k < len(toks):
        kind, text, _ = toks[k]
        word = text.upper() if kind == WORD and ":" not in text else ""
        nxt = toks[k + 1:k + 3]
        if word == "BASE" and nxt and nxt[0][0] == IRI:
            base = _iri(nxt[0], base, {})
            k += 2
            continue
        if word == "PREFIX" and len(nxt) == 2 and nxt[0][0] == WORD and nxt[0][1].endswith(":") and nxt[1][0] == IRI:
            prefixes[nxt[0][1][:-1]] = _iri(nxt[1], base, {})
            k += 3
            continue
        if word == "FROM":
            into = default
            if nxt and nxt[0][0] == WORD and nxt[0][1].upper() == "NAMED":
                into, nxt, k = named, nxt[1:], k + 1
            if nxt and (nxt[0][0] == IRI or nxt[0][0] == WORD and ":" in nxt[0][1]):
                found = True
                iri = _iri(nxt[0], base, prefixes)
                if iri not in into:
                    into.append(iri)
                k += 2
                continue
        k += 1
    return Dataset(tuple(default), tuple(named)) if found else None


_ORDER_ENDS = ("LIMIT", "OFFSET", "VALUES")


def _star(sparql: str) -> tuple[str, list[str]] | None:
    """For ``SELECT *`` (the query's first SELECT): the query without its ORDER BY clauses, and the
    variables in the order they first appear after the ``*``, the order its columns take (the engine
    sorts them by name). Without ORDER BY the engine plans a query and computes nothing until its
    results are read, so the first asks it for the variables at no cost; with it, it sorts at once."""
    if "*" not in sparql:
        return None
    toks = tokens(sparql)
    for k, (kind, text, _) in enumerate(toks):
        if kind == WORD and text.upper() == "SELECT":
            rest = toks[k + 1:k + 3]
            if rest and rest[0][0] == WORD and rest[0][1].upper() in ("DISTINCT", "REDUCED"):
                rest = rest[1:]
            if not rest or rest[0][:2] != (OP, "*"):
                return None
            at = rest[0][2]
            seen = dict.fromkeys(t[1:] for kd, t, off in toks if kd == VAR and off > at)
            return _without_order_by(sparql, toks), list(seen)
    return None


def _without_order_by(sparql: str, toks) -> str:
    """``sparql`` with each ``ORDER BY …`` cut out, up to LIMIT, OFFSET, VALUES, a ``}`` or the end."""
    cuts = []
    k = 0
    while k < len(toks):
        kind, text, at = toks[k]
        if kind == WORD and text.upper() == "ORDER" and k + 1 < len(toks) and toks[k + 1][1].upper() == "BY":
            depth, k = 0, k + 2
            while k < len(toks):
                kd, tx, _ = toks[k]
                if depth == 0 and (kd == CLOSE and tx == "}" or kd == WORD and tx.upper() in _ORDER_ENDS):
                    break
                depth += (tx == "(") - (tx == ")")
                k += 1
            cuts.append((at, toks[k][2] if k < len(toks) else len(sparql)))
            continue
        k += 1
    for start, end in reversed(cuts):
        sparql = sparql[:start] + " " + sparql[end:]
    return sparql


def _in_order(store, sparql: str, kw: dict) -> str:
    """The query to run: for ``SELECT *`` whose columns the engine would give in another order than
    the query's (see :func:`_star`), the same query with its variables named in that order."""
    star = _star(sparql)
    if star is None:
        return sparql
    probe, order = star
    try:
        names = [v.value for v in store.query(probe, **kw).variables]
    except SyntaxError:  # the query's own error, with its own positions, comes when it runs
        return sparql
    wanted = [n for n in order if n in set(names)]
    wanted += [n for n in names if n not in set(wanted)]
    if wanted == names:
        return sparql
    at = next(off for kd, t, off in tokens(sparql) if kd == OP and t == "*")
    return sparql[:at] + " ".join("?" + n for n in wanted) + sparql[at + 1:]


class Files(NamedTuple):
    """RDF files to query instead of the build (``reformkg query --data``): see :func:`data_store`."""

    data: tuple = ()
    graph_data: tuple = ()


def data_store(data=(), graph_data=()) -> pyoxigraph.Store:
    """An in-memory store of RDF files: ``data`` into the default graph, each of ``graph_data``
    into a named graph named by the file's ``file://`` IRI, as the W3C test manifests' ``qt:data``
    and ``qt:graphData`` do. Relative IRIs in a file resolve against its own IRI; its format is
    told by its extension (``.ttl``, ``.nt``, ``.nq``, ``.trig``, ``.rdf``, ``.jsonld`` …)."""
    store = pyoxigraph.Store()
    for paths, named in ((data, False), (graph_data, True)):
        for path in paths:
            path = Path(path)
            iri = path.resolve().as_uri()
            fmt = pyoxigraph.RdfFormat.from_extension(path.suffix.lstrip(".").lower())
            if fmt is None:
                raise UsageError(f"{path}: unknown RDF format; expected a file ending in .ttl, .nt, .nq, "
                                 ".trig, .rdf, .n3 or .jsonld")
            graph = pyoxigraph.NamedNode(iri) if named else pyoxigraph.DefaultGraph()
            try:
                store.load(path=str(path), format=fmt, base_iri=iri, to_graph=graph)
            except SyntaxError as exc:
                raise QueryError(f"{path}: not valid {fmt.name}: {str(exc).splitlines()[0]}") from None
            except OSError as exc:
                raise QueryError(f"{path}: {exc.strerror or exc}") from None
    return store


def _run_here(store, sparql: str, eager: bool = False, base_iri: str | None = BASE, union: bool = True):
    """The engine's lazy result; ``eager`` computes it in full here (a SERVICE's errors come while
    the results are read), as the SPARQL JSON results or N-Triples the worker sends."""
    kw = {"prefixes": PREFIX_MAP, "base_iri": base_iri,
          "use_default_graph_as_union": union and dataset_of(sparql, base_iri) is None}
    try:
        result = store.query(_in_order(store, sparql, kw), **kw)
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
        allow_service: tuple[str, ...] = (), base_iri: str | None = BASE, union: bool = True):
    """Run a query; SPARQL Update is refused. Returns pyoxigraph's result object.

    The query is first checked by :func:`reformkg.query.guard.check` (``allow_service``: the
    hosts a ``SERVICE`` may call; none by default), which raises :class:`QueryError` and runs nothing.
    With ``allow_service`` the results are computed in full before they are returned, so that a
    failing SERVICE is a :class:`QueryError` here, not an error in the middle of the output.

    ``store`` is a store opened with :func:`open_store`, the path of a store directory, or
    :class:`Files` (RDF files loaded into an in-memory store, in the worker with ``timeout``).
    Given a path, a canned query's text is answered from the answer its build made
    (:mod:`reformkg.pipeline.answers`), unless ``fresh``: the same rows, without asking the engine.
    With ``timeout`` (seconds) the query runs, and its results are computed in full, in a
    forked worker process that is killed when the time is up: pyoxigraph has no query
    timeout of its own and a running query cannot be interrupted from Python. The worker
    sends the results back in the SPARQL JSON results format (N-Triples for CONSTRUCT and
    DESCRIBE), parsed here into the same kind of object.

    ``base_iri`` resolves the query's relative IRIs (the dataset namespace by default). With
    ``union`` (the build's store) a query without ``FROM``/``FROM NAMED`` has the union of the
    named graphs as its default graph; without it (a :func:`data_store`), the store's own.
    A query with a dataset clause is asked of the graphs it names (:func:`dataset_of`).
    """
    check(sparql, allow_service=tuple(allow_service))
    if isinstance(store, Files):
        union = False
    elif not fresh and not isinstance(store, pyoxigraph.Store):

        answer = open_answer(Path(store).resolve().parent, sparql)
        if answer is not None:
            return answer
    if timeout is None:
        if not isinstance(store, pyoxigraph.Store):
            store = _opened(store)
        return _run_here(store, sparql, eager=bool(allow_service), base_iri=base_iri, union=union)
    if timeout <= 0:
        raise UsageError(f"the timeout must be a positive number of seconds, not {timeout}")
    if isinstance(store, pyoxigraph.Store):
        raise UsageError("a query with a timeout needs the store's path (reformkg.layout.store_path), not an open store")
    return _run_in_worker(store if isinstance(store, Files) else Path(store), sparql, timeout, base_iri, union)


def _opened(target: Files | Path | str):
    return data_store(*target) if isinstance(target, Files) else pyoxigraph.Store.read_only(str(target))


def _worker(conn, location: Files | str, sparql: str, parent_pid: int, base_iri: str | None = BASE, union: bool = True):  # pragma: no cover - runs in the forked child
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: die with the parent
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)
    try:

        payload = _serialized(_run_here(_opened(location), sparql, base_iri=base_iri, union=union))
    except QueryError as exc:
        payload = ("error", str(exc))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises
        payload = ("error", str(_failed(exc)))
    try:
        conn.send(payload)
    finally:
        conn.close()
        os._exit(0)


def _run_in_worker(location: Files | Path, sparql: str, timeout: float, base_iri: str | None = BASE, union: bool = True):


    if isinstance(location, Path) and not location.is_dir():
        raise BuildMissing(f"no store at {location}: run `reformkg build` first")
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_worker, args=(child, location if isinstance(location, Files) else str(location), sparql, os.getpid(), base_iri, union), daemon=True)
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


