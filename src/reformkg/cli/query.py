"""CLI commands over the built graph: query, queries, describe."""

from __future__ import annotations

import json

import click

from reformkg.cli.common import EXIT_CODES, command, format_option
from reformkg.layout import store_path
from reformkg.query.catalog import canned_queries, resolve_query
from reformkg.query.describe import as_dict, format_text
from reformkg.query.describe import describe as run_describe
from reformkg.query.formats import serialize
from reformkg.query.sparql import open_store, run


@click.command(epilog=EXIT_CODES)
@click.argument("sparql")
@format_option("table", "csv", "tsv", "json", "xml")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
              help="Stop the query after this many seconds (exit 1). It then runs in a worker process.")
@click.option("--fresh", is_flag=True,
              help="Ask the engine even for a canned query whose answer the build made and keeps.")
@command
def query(ctx, sparql, fmt, timeout, fresh):
    """Run SPARQL on the build: inline text, a canned query's name, or @file.rq.

    The default graph is the union of all named graphs; prefixes rk:, rko:, voc:,
    oa:, org:, prov:, skos:, dcterms:, time:, qb: … are predeclared. csv, tsv, json
    and xml are the W3C SPARQL 1.1 results formats. SPARQL Update is refused.
    A canned query is answered from the answer the build made (the same rows, in
    milliseconds); --fresh runs it on the store.

    \b
    Example:
      $ reformkg query example
      $ reformkg query 'SELECT (COUNT(*) AS ?n) WHERE { ?o a rko:Observation }' --format csv
      $ reformkg query entities-on-several-pages --timeout 5
    """
    text = resolve_query(ctx.project.queries, sparql)
    result = run(store_path(ctx.project.build_dir), text, timeout=timeout, fresh=fresh)
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
