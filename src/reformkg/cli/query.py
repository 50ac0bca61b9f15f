"""CLI commands over the built graph: query, queries, describe."""

from __future__ import annotations

import json
import math
from pathlib import Path

import click
import pyoxigraph

from reformkg.cli.common import (
    EXIT_CODES,
    command,
    format_option,
    signals_end_the_process,
)
from reformkg.errors import QueryError, ReformkgError, UsageError
from reformkg.layout import store_path
from reformkg.namespaces import BASE
from reformkg.query.catalog import canned_queries, resolve_query
from reformkg.query.describe import as_dict, format_text
from reformkg.query.describe import describe as run_describe
from reformkg.query.endpoint import endpoint
from reformkg.query.endpoint import run as run_remote
from reformkg.query.formats import TEXT_FORMATS, serialize
from reformkg.query.guard import allowed_host
from reformkg.query.sparql import Files, open_store, run

MAX_NAME = 2048  # characters of a name given to describe (the dataset's IRIs are far shorter)


def _hosts(ctx, param, values):
    """--allow-service values: HOST or HOST:PORT (a usage error otherwise)."""
    for value in values:
        try:
            allowed_host(value)
        except QueryError:
            raise click.BadParameter(f"{value!r} is not a host: give HOST or HOST:PORT (e.g. 127.0.0.1:7878)") from None
    return values


def _seconds(ctx, param, value):
    """--timeout: a finite number of seconds (FloatRange lets NaN and infinity through)."""
    if value is not None and not math.isfinite(value):
        raise click.BadParameter(f"{value} is not a number of seconds: give one such as 10 or 0.5")
    return value


def _base(ctx, param, value):
    """--base: an absolute IRI (a usage error otherwise)."""
    if value is not None:
        try:
            pyoxigraph.NamedNode(value)
        except ValueError as exc:
            raise click.BadParameter(f"{value!r} is not an absolute IRI ({exc}); give one such as {BASE}") from None
    return value


def _query_text(queries_dir, spec: str) -> str:
    """The query that ``spec`` names (reformkg.query.catalog.resolve_query); a query file's text is
    UTF-8, its byte order mark (Windows editors write one) left out."""
    try:
        text = resolve_query(queries_dir, spec)
    except UnicodeDecodeError as exc:
        raise UsageError(f"{spec[1:]}: the query file is not UTF-8 text ({exc.reason} at byte {exc.start}); "
                         "save it as UTF-8") from None
    return text[1:] if spec.startswith("@") and text.startswith("\ufeff") else text


@click.command(epilog=EXIT_CODES)
@click.argument("sparql")
@format_option("table", "csv", "tsv", "json", "xml")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS", callback=_seconds,
              help="Stop the query after this many seconds (exit 1). It then runs in a worker process.")
@click.option("--fresh", is_flag=True,
              help="Ask the engine even for a canned query whose answer the build made and keeps.")
@click.option("--allow-service", "allow_service", multiple=True, metavar="HOST", callback=_hosts,
              help="Let SERVICE <http://HOST/…> call this host (HOST or HOST:PORT; repeatable). "
                   "Without it a SERVICE is refused and nothing is fetched.")
@click.option("--data", "data", multiple=True, metavar="FILE", type=click.Path(exists=True, dir_okay=False),
              help="Query these RDF files (into the default graph; repeatable) instead of the build.")
@click.option("--graph-data", "graph_data", multiple=True, metavar="FILE", type=click.Path(exists=True, dir_okay=False),
              help="Query this RDF file as a named graph, named by its file:// IRI (repeatable; with or without --data).")
@click.option("--endpoint", "endpoint_url", metavar="URL",
              help="Ask this SPARQL 1.1 endpoint (e.g. http://127.0.0.1:7878/query) instead of the build; "
                   "the same formats and exit codes.")
@click.option("--base", "base", metavar="IRI", callback=_base,
              help="Resolve the query's relative IRIs against IRI (default: the dataset namespace "
                   f"{BASE}; with --data, the query file's IRI, or the current directory's).")
@command
def query(ctx, sparql, fmt, timeout, fresh, allow_service, data, graph_data, endpoint_url, base):
    """Run SPARQL on the build: inline text, a canned query's name, or @file.rq.

    The default graph is the union of all named graphs, unless the query has FROM
    or FROM NAMED (then it is asked of the graphs these name). With --data and
    --graph-data it runs on those RDF files instead, in memory: their default
    graph and named graphs, as in the W3C SPARQL test suites. Prefixes rk:, rko:, voc:,
    oa:, org:, prov:, skos:, dcterms:, time:, qb: … are predeclared. csv, tsv, json
    and xml are the W3C SPARQL 1.1 results formats. SPARQL Update and LOAD are
    refused, and SERVICE unless its host is allowed; so is a query over 65,536
    characters or nested deeper than 100 levels (reformkg.query.guard).
    A canned query is answered from the answer the build made (the same rows, in
    milliseconds); --fresh runs it on the store. With --endpoint URL it is asked of
    that SPARQL server (a POST of the query; --timeout bounds the request).

    \b
    Example:
      $ reformkg query example
      $ reformkg query 'SELECT (COUNT(*) AS ?n) WHERE { ?o a rko:Observation }' --format csv
      $ reformkg query entities-on-several-pages --timeout 5
      $ reformkg query @q.rq --data data.ttl --graph-data g1.ttl --format json
      $ reformkg query example --endpoint http://127.0.0.1:7878/query
    """
    runner = run
    if endpoint_url:
        if data or graph_data:
            raise UsageError("give --endpoint or --data/--graph-data, not both")
        text = _query_text(_queries_dir(ctx), sparql)
        target = endpoint(endpoint_url)
        runner = run_remote
        base = base or BASE
    elif data or graph_data:
        text = _query_text(_queries_dir(ctx), sparql)
        target = Files(tuple(data), tuple(graph_data))
        if base is None:  # a query document's base is where it was read from (RFC 3986 §5.1.3)
            base = Path(sparql[1:]).resolve().as_uri() if sparql.startswith("@") else Path.cwd().resolve().as_uri() + "/"
    else:
        text = _query_text(ctx.project.queries, sparql)
        target = store_path(ctx.project.build_dir)
        base = base or BASE
    with signals_end_the_process():
        extra = {"text_only": fmt in TEXT_FORMATS} if runner is run_remote else {}
        result = runner(target, text, timeout=timeout, fresh=fresh, allow_service=allow_service, base_iri=base, **extra)
        out = serialize(result, fmt)
    click.echo(out, nl=not out.endswith("\n"))


def _queries_dir(ctx) -> Path:
    try:
        return ctx.project.queries
    except ReformkgError:  # no project needed without the build: inline SPARQL or @file.rq
        return Path.cwd() / "queries"


@click.command(epilog=EXIT_CODES)
@command
def queries(ctx):
    """List the canned queries with their questions.

    \b
    Example:
      $ reformkg queries
    """
    for q in canned_queries(ctx.project.queries):
        click.echo(f"{q.name}\n    {q.en}\n    {q.zh}")


@click.command(epilog=EXIT_CODES)
@click.argument("name")
@format_option("text", "json", default="text")
@click.option("--endpoint", "endpoint_url", metavar="URL",
              help="Ask this SPARQL 1.1 endpoint (e.g. http://127.0.0.1:7878/query) instead of the build.")
@command
def describe(ctx, name, fmt, endpoint_url):
    """Everything the graph holds about an entity, by IRI, id, name or alias.

    Facts are grouped by page and story, each with its quote and a link to its
    offsets in the page text (RFC 5147 `#char=start,end`).

    \b
    Example:
      $ reformkg describe 旬阳市
      $ reformkg describe https://w3id.org/reformkg/organisation/shaanxi-ftu --format json
      $ reformkg describe 旬阳市 --endpoint http://127.0.0.1:7878/query
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError("the name is not valid UTF-8 text") from None
    if len(name) > MAX_NAME:
        raise UsageError(f"the name is {len(name):,} characters long; no name, alias, id or IRI here is over {MAX_NAME:,}")
    if endpoint_url:
        d = run_describe(endpoint(endpoint_url), name, run_remote)
    else:
        d = run_describe(open_store(ctx.project.build_dir), name)
    if fmt == "json":
        click.echo(json.dumps(as_dict(d), ensure_ascii=False, indent=1))
    else:
        click.echo(format_text(d))
