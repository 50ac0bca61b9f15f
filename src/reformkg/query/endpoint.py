"""SPARQL over a remote endpoint (``reformkg query --endpoint URL``, ``describe --endpoint URL``).

The SPARQL 1.1 Protocol (https://www.w3.org/TR/sparql11-protocol/#query-operation): the query
goes in one ``POST`` of the form ``query=…`` (``application/x-www-form-urlencoded``, "query via
URL-encoded POST", which every engine answers: Virtuoso 7.2 never answers a POST of
``application/sparql-query``, openlink/virtuoso-opensource#842), and the answer is read
in whichever W3C type the server chose of those asked for — SPARQL results in JSON, XML, TSV or
CSV; N-Triples, Turtle or RDF/XML for CONSTRUCT and DESCRIBE — into the same pyoxigraph result
objects :func:`reformkg.query.sparql.run` returns, so every output format and ``describe`` work
unchanged. The query guard (:func:`reformkg.query.guard.check`) applies first, and the predeclared
prefixes and the base IRI are written into the query (``PREFIX``/``BASE`` lines before it) for the
prefixes it uses and does not declare: a server knows none of them.

Asked for ``table`` or ``csv`` output (``text_only``), a SELECT asks for W3C SPARQL CSV first:
those formats show every value as its text and nothing more, and CSV is what servers write
fastest — Virtuoso 7.2 writes JSON and XML in interpreted procedures, 15 times slower
(97,000 rows: 14.8 s as JSON, 0.8 s as CSV; benchmarks/README.md, issue 23). The CSV is read
with Python's csv module into :class:`reformkg.query.formats.TextSolutions`; a server that sends
another type is read as before.

The server's default graph is its own affair: Oxigraph's is the union of the named graphs only
when started with ``--union-default-graph``; Virtuoso's is the union of all graphs.
"""

from __future__ import annotations

import csv
import io
from typing import NamedTuple

import pyoxigraph

from reformkg.errors import QueryError, UsageError
from reformkg.namespaces import BASE, PREFIX_MAP
from reformkg.query.formats import TextSolutions
from reformkg.query.guard import WORD, check, tokens

ACCEPT = ("application/sparql-results+json, application/sparql-results+xml;q=0.9, "
          "text/tab-separated-values;q=0.5, text/csv;q=0.4, "
          "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.8, text/plain;q=0.3")

ACCEPT_TEXT = ("text/csv, application/sparql-results+json;q=0.9, application/sparql-results+xml;q=0.8, "
               "text/tab-separated-values;q=0.5")

_RESULTS = {
    "application/sparql-results+json": pyoxigraph.QueryResultsFormat.JSON,
    "application/json": pyoxigraph.QueryResultsFormat.JSON,
    "application/sparql-results+xml": pyoxigraph.QueryResultsFormat.XML,
    "text/tab-separated-values": pyoxigraph.QueryResultsFormat.TSV,
    "text/csv": pyoxigraph.QueryResultsFormat.CSV,
}
_GRAPHS = {
    "application/n-triples": pyoxigraph.RdfFormat.N_TRIPLES,
    "text/plain": pyoxigraph.RdfFormat.N_TRIPLES,  # N-Triples' type before 2014 (Virtuoso)
    "text/turtle": pyoxigraph.RdfFormat.TURTLE,
    "application/x-turtle": pyoxigraph.RdfFormat.TURTLE,
    "application/rdf+xml": pyoxigraph.RdfFormat.RDF_XML,
    "application/n-quads": pyoxigraph.RdfFormat.N_QUADS,
    "application/trig": pyoxigraph.RdfFormat.TRIG,
}


_client = None  # httpx.Client, made by the first query


class Endpoint(NamedTuple):
    """A SPARQL 1.1 query endpoint, e.g. ``http://127.0.0.1:7878/query`` or ``…:8890/sparql``."""

    url: str


def endpoint(url: str) -> Endpoint:
    """``url`` as an :class:`Endpoint` (a :class:`UsageError` unless it is http(s))."""
    if not url.startswith(("http://", "https://")) or len(url.split("//", 1)[1].split("/", 1)[0]) == 0:
        raise UsageError(f"--endpoint must be the http(s) URL of a SPARQL endpoint, got {url!r}")
    return Endpoint(url)


def with_prologue(sparql: str, base_iri: str | None = BASE) -> str:
    """The query with ``BASE`` and the predeclared ``PREFIX``es it uses but does not declare written
    before it, on its first line. Its own ``BASE`` comes after ours and so wins, as its own ``PREFIX``es do."""
    toks = tokens(sparql)
    declared, used = set(), set()
    for k, (kind, text, _) in enumerate(toks):
        if kind != WORD:
            continue
        if text.upper() == "PREFIX" and k + 1 < len(toks) and toks[k + 1][1].endswith(":"):
            declared.add(toks[k + 1][1][:-1])
        elif ":" in text:
            used.add(text.split(":", 1)[0])
    lines = [f"BASE <{base_iri}>"] if base_iri else []
    lines += [f"PREFIX {p}: <{PREFIX_MAP[p]}>" for p in sorted(used - declared) if p in PREFIX_MAP]
    return " ".join(lines + [sparql]) if lines else sparql  # one line: the server's line numbers stay the query's


def _one_line(text: str, limit: int = 300) -> str:
    return " ".join(text.split())[:limit]


def _media_type(response) -> str:
    return response.headers.get("content-type", "").split(";", 1)[0].strip().lower()


def parse_answer(body: bytes, media_type: str, url: str = "the endpoint"):
    """A server's answer as pyoxigraph's result object (solutions, boolean, or triples)."""
    try:
        if media_type in _RESULTS:
            if media_type != "application/sparql-results+xml" and b'"typed-literal"' in body:
                body = body.replace(b'"typed-literal"', b'"literal"')  # the 2007 JSON draft (Virtuoso)
            return pyoxigraph.parse_query_results(body, format=_RESULTS[media_type])
        if media_type in _GRAPHS:
            return list(pyoxigraph.parse(body, format=_GRAPHS[media_type]))
    except (SyntaxError, ValueError) as exc:
        raise QueryError(f"{url} sent {media_type} that does not parse: {_one_line(str(exc), 200)}") from None
    raise QueryError(f"{url} answered in {media_type or 'no declared type'}, not a W3C SPARQL results "
                     "or RDF type (application/sparql-results+json, …+xml, text/csv, text/tab-separated-values, "
                     "application/n-triples, text/turtle, application/rdf+xml)")


def run(target: Endpoint, sparql: str, timeout: float | None = None, fresh: bool = False,
        allow_service: tuple[str, ...] = (), base_iri: str | None = BASE, text_only: bool = False, **_ignored):
    """Run a query on a remote endpoint; the same arguments and result objects as
    :func:`reformkg.query.sparql.run` (``fresh`` is moot: a server keeps no canned answers).
    ``text_only``: the caller shows values as text only (``table``, ``csv``), so a SELECT asks
    for CSV first and may come back as :class:`TextSolutions`.
    ``timeout`` (seconds) bounds the whole request; an answer 4xx/5xx, a server that is down or
    an answer that does not parse is a :class:`QueryError` of one line."""
    import httpx  # 144 ms to import: only when a server is asked, not on every `reformkg query`

    check(sparql, allow_service=tuple(allow_service))
    if timeout is not None and timeout <= 0:
        raise UsageError(f"the timeout must be a positive number of seconds, not {timeout}")
    url = target.url
    select_as_text = text_only and _form(sparql) == "SELECT"
    global _client
    if _client is None:  # one connection pool for the process: describe asks five queries
        _client = httpx.Client()
    try:
        r = _client.post(url, data={"query": with_prologue(sparql, base_iri)}, headers={"Accept": ACCEPT_TEXT if select_as_text else ACCEPT},
                       timeout=httpx.Timeout(timeout, connect=min(timeout or 10.0, 10.0)))
    except httpx.TimeoutException:
        raise QueryError(f"{url} did not answer within {timeout:g} s (--timeout); "
                         "narrow the query (LIMIT, more specific patterns) or allow more time"
                         if timeout else f"{url} did not answer in time") from None
    except httpx.HTTPError as exc:
        why = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        raise QueryError(f"cannot reach {url} ({_one_line(why, 200)}); is the server running?") from None
    if r.status_code >= 400:
        body = _one_line(r.text)
        raise QueryError(f"{url} answered {r.status_code} {r.reason_phrase}" + (f": {body}" if body else ""))
    if r.headers.get("x-sql-state"):  # Virtuoso's "anytime" answer: what it found before its time limit
        raise QueryError(f"{url} answered with incomplete results ({r.headers['x-sql-state']}: "
                         f"{_one_line(r.headers.get('x-sql-message', ''), 200)}); raise the server's "
                         "MaxQueryExecutionTime or narrow the query")
    if select_as_text and _media_type(r) == "text/csv":
        return text_solutions(r.content, url)
    return _boolean(parse_answer(r.content, _media_type(r), url), sparql)


def text_solutions(body: bytes, url: str = "the endpoint") -> TextSolutions:
    """A W3C SPARQL CSV answer: its header's variables and each row's values as text."""
    try:
        lines = list(csv.reader(io.StringIO(body.decode("utf-8"), newline=""), strict=True))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise QueryError(f"{url} sent text/csv that does not parse: {_one_line(str(exc), 200)}") from None
    if not lines:
        raise QueryError(f"{url} sent text/csv without a header line")
    variables, n = lines[0], len(lines[0])
    for k, row in enumerate(lines[1:], start=2):
        if not row and n == 1:  # an empty line of a one-column answer: a value unbound or empty
            row.append("")
        if len(row) != n:
            raise QueryError(f"{url} sent text/csv whose line {k} has {len(row)} values, not {n} as its header")
    return TextSolutions(variables, lines[1:])


def _form(sparql: str) -> str:
    """The query's form: its first SELECT, CONSTRUCT, DESCRIBE or ASK keyword, upper case ("" if none)."""
    for kind, text, _ in tokens(sparql):
        if kind == WORD and text.upper() in ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK"):
            return text.upper()
    return ""


def _is_ask(sparql: str) -> bool:
    return _form(sparql) == "ASK"


def _boolean(result, sparql: str):
    """Virtuoso answers ASK with one solution, ``?__ASK_RETVAL`` 1 or 0: the boolean it means."""
    if isinstance(result, pyoxigraph.QuerySolutions) and [v.value for v in result.variables] == ["__ASK_RETVAL"] \
            and _is_ask(sparql):
        values = [sol[0] for sol in result]
        truth = bool(values) and values[0] is not None and values[0].value not in ("0", "false")
        return pyoxigraph.parse_query_results(b'{"head": {}, "boolean": %s}' % (b"true" if truth else b"false"),
                                              format=pyoxigraph.QueryResultsFormat.JSON)
    return result
