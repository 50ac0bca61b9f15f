"""CLI commands over the built graph: query, queries, describe."""

from __future__ import annotations

import json

import click

from reformkg.cli.common import (
    EXIT_CODES,
    command,
    format_option,
    signals_end_the_process,
)
from reformkg.errors import QueryError
from reformkg.layout import store_path
from reformkg.query.catalog import canned_queries, resolve_query
from reformkg.query.describe import as_dict, format_text
from reformkg.query.describe import describe as run_describe
from reformkg.query.formats import serialize
from reformkg.query.guard import allowed_host
from reformkg.query.sparql import open_store, run


def _hosts(ctx, param, values):
    """--allow-service values: HOST or HOST:PORT (a usage error otherwise)."""
    for value in values:
        try:
            allowed_host(value)
        except QueryError:
            raise click.BadParameter(f"{value!r} is not a host: give HOST or HOST:PORT (e.g. 127.0.0.1:7878)") from None
    return values


@click.command(epilog=EXIT_CODES)
@click.argument("sparql")
@format_option("table", "csv", "tsv", "json", "xml")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
              help="Stop the query after this many seconds (exit 1). It then runs in a worker process.")
@click.option("--fresh", is_flag=True,
              help="Ask the engine even for a canned query whose answer the build made and keeps.")
@click.option("--allow-service", "allow_service", multiple=True, metavar="HOST", callback=_hosts,
              help="Let SERVICE <http://HOST/…> call this host (HOST or HOST:PORT; repeatable). "
                   "Without it a SERVICE is refused and nothing is fetched.")
@command
def query(ctx, sparql, fmt, timeout, fresh, allow_service):
    """Run SPARQL on the build: inline text, a canned query's name, or @file.rq.

    The default graph is the union of all named graphs; prefixes rk:, rko:, voc:,
    oa:, org:, prov:, skos:, dcterms:, time:, qb: … are predeclared. csv, tsv, json
    and xml are the W3C SPARQL 1.1 results formats. SPARQL Update and LOAD are
    refused, and SERVICE unless its host is allowed; so is a query over 65,536
    characters or nested deeper than 100 levels (reformkg.query.guard).
    A canned query is answered from the answer the build made (the same rows, in
    milliseconds); --fresh runs it on the store.

    \b
    Example:
      $ reformkg query example
      $ reformkg query 'SELECT (COUNT(*) AS ?n) WHERE { ?o a rko:Observation }' --format csv
      $ reformkg query entities-on-several-pages --timeout 5
    """
    text = resolve_query(ctx.project.queries, sparql)
    with signals_end_the_process():
        result = run(store_path(ctx.project.build_dir), text, timeout=timeout, fresh=fresh, allow_service=allow_service)
        out = serialize(result, fmt)
    click.echo(out, nl=not out.endswith("\n"))


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
@command
def describe(ctx, name, fmt):
    """Everything the graph holds about an entity, by IRI, id, name or alias.

    Facts are grouped by page and story, each with its quote and a link to its
    offsets in the page text (RFC 5147 `#char=start,end`).

    \b
    Example:
      $ reformkg describe 旬阳市
      $ reformkg describe https://w3id.org/reformkg/organisation/shaanxi-ftu --format json
    """
    d = run_describe(open_store(ctx.project.build_dir), name)
    if fmt == "json":
        click.echo(json.dumps(as_dict(d), ensure_ascii=False, indent=1))
    else:
        click.echo(format_text(d))
