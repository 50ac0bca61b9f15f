"""CLI command: push (the named graphs to a SPARQL server, by the Graph Store Protocol)."""

from __future__ import annotations

import math
from urllib.parse import urlsplit

import click

from reformkg.cli.common import EXIT_CODES, command, progress
from reformkg.errors import UsageError
from reformkg.publish.push import push as run_push


def _url(ctx, param, value):
    """--store, --query-url: a URL that parses (the push refuses what is not http(s))."""
    if value is not None:
        try:
            _ = urlsplit(value).port  # a port out of range, a broken [IPv6] host: ValueError
        except ValueError as exc:
            raise click.BadParameter(f"{value!r} is not a URL ({exc})") from None
    return value


def _seconds(ctx, param, value):
    """--timeout: a finite number of seconds (FloatRange lets NaN and infinity through)."""
    if not math.isfinite(value):
        raise click.BadParameter(f"{value} is not a number of seconds: give one such as 60")
    return value


@click.command(epilog=EXIT_CODES)
@click.option("--store", "store_url", required=True, metavar="URL", callback=_url,
              help="Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store (Oxigraph).")
@click.option("--query-url", metavar="URL", callback=_url,
              help="SPARQL query endpoint for the count check. Default: the store URL with "
                   "/store (or /data) replaced by /query.")
@click.option("--prune", is_flag=True,
              help="Delete reformkg graphs on the server that the build no longer has.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True, callback=_seconds,
              help="Seconds to wait for each request (with --bulk: for the whole load).")
@click.option("--engine", type=click.Choice(["gsp", "virtuoso"]), default=None,
              help="The server: any Graph Store Protocol server (gsp), or Virtuoso. "
                   "Default: virtuoso for a URL ending in /sparql-graph-crud-auth, else gsp.")
@click.option("--user", metavar="NAME", help="Log in as NAME (HTTP digest; Virtuoso: dba or a user with SPARQL_UPDATE).")
@click.option("--password-file", type=click.File("r", encoding="utf-8"), metavar="FILE",
              help="The password of --user: the first line of FILE (- for standard input).")
@click.option("--bulk", metavar="DIR",
              help="Virtuoso: load the dump with its bulk loader through isql instead of one PUT a graph. "
                   "DIR must be one of the server's DirsAllowed, on this machine.")
@click.option("--isql", metavar="HOST:PORT", help="Virtuoso's SQL port for --bulk. Default: the store's host, port 1111.")
@command
def push(ctx, store_url, query_url, prune, timeout, engine, user, password_file, bulk, isql):
    """Send every named graph to a SPARQL server (Graph Store Protocol), then check counts.

    Each graph is sent with one PUT ?graph=IRI, which replaces it on the server, so
    pushing again never duplicates. A query then counts the triples of every graph
    on the server; any difference from the build, a server that is down, or an
    answer 4xx/5xx is an error (exit 1). Virtuoso: the store is
    http://HOST:8890/sparql-graph-crud-auth with --user and --password-file, and
    --bulk DIR loads millions of quads with its bulk loader (the same count check).

    \b
    Example:
      $ oxigraph serve --location /tmp/ox --bind 127.0.0.1:7878 &
      $ reformkg push --store http://127.0.0.1:7878/store
      created  https://w3id.org/reformkg/graph/ontology  2314 triples
      …
      pushed 7 graphs, 33904 triples; counts match on the server
    """
    password = password_file.readline().rstrip("\r\n") if password_file else None
    if bool(user) != (password is not None):
        raise UsageError("give --user and --password-file together")
    res = run_push(ctx.project.build_dir, store_url, query_url, prune, timeout, progress(),
                   engine=engine, user=user, password=password, bulk=bulk, isql=isql)
    for g in res.graphs:
        click.echo(f"{g.action:<9} {g.graph}  {g.triples} triples")
    for g in res.deleted:
        click.echo(f"deleted   {g}")
    for g in set(res.stale) - set(res.deleted):
        click.echo(f"warning: the server also holds {g}, which the build lacks (use --prune to delete it)", err=True)
    click.echo(f"pushed {len(res.graphs)} graphs, {res.triples} triples; counts match on the server")
