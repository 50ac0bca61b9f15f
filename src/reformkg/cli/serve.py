"""CLI command: serve (the read-only SPARQL endpoint and pages; needs the serve extra, imported only here)."""

from __future__ import annotations

import click

from reformkg.cli.common import EXIT_CODES, command
from reformkg.serve.app import create_app, serve_app
from reformkg.serve.dataset import EXTENSIONS, load_data
from reformkg.serve.inputs import MAX_BODY
from reformkg.serve.workers import (
    MAX_BYTES,
    MAX_ROWS,
    QUERY_MEMORY,
    QUERY_TIMEOUT,
    Limits,
    default_workers,
)


@click.command(epilog=EXIT_CODES)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True,
              help="TCP port on 127.0.0.1.")
@click.option("--quiet", is_flag=True, help="Do not log each request.")
@click.option("--answer-cache", "answer_cache", type=click.FloatRange(0), default=64, show_default=True,
              metavar="MB", help="Keep up to MB megabytes of /sparql answers in memory until the next build (0: none).")
@click.option("--max-body", "max_body", type=click.IntRange(1), default=MAX_BODY, show_default=True,
              metavar="BYTES", help="Refuse a request body larger than BYTES with 413, before reading more of it.")
@click.option("--query-timeout", "query_timeout", type=click.FloatRange(0, min_open=True), default=QUERY_TIMEOUT,
              show_default=True, metavar="S", help="Stop an engine query after S seconds (504), and a request "
                                                   "body that has not arrived by then (408).")
@click.option("--max-rows", "max_rows", type=click.IntRange(0), default=MAX_ROWS, show_default=True, metavar="N",
              help="Send at most N rows (solutions or triples) of an answer; a cut answer says "
                   "X-Reformkg-Truncated: rows=N.")
@click.option("--max-bytes", "max_bytes", type=click.IntRange(1), default=MAX_BYTES, show_default=True,
              metavar="BYTES", help="Send at most BYTES of an answer, whole rows only; a cut answer says "
                                    "X-Reformkg-Truncated: bytes=BYTES.")
@click.option("--max-queries", "max_queries", type=click.IntRange(1, 64), default=default_workers(),
              show_default="the CPUs, 2 to 8", metavar="N",
              help="Engine queries at once, each in its own worker process; more wait briefly, then get 503 "
                   "with Retry-After.")
@click.option("--query-memory", "query_memory", type=click.IntRange(16), default=QUERY_MEMORY, show_default=True,
              metavar="MB", help="Stop an engine query whose worker grows past MB megabytes (503).")
@click.option("--data", "data", multiple=True, type=click.Path(dir_okay=False), metavar="FILE",
              help="Serve these RDF files (repeatable; " + ", ".join("." + e for e in EXTENSIONS)
                   + ") from memory instead of build/: TriG and N-Quads keep their named graphs, "
                     "the triples of other formats go into the default graph.")
@command
def serve(ctx, port, quiet, answer_cache, max_body, query_timeout, max_rows, max_bytes, max_queries, query_memory,
          data):
    """Serve build/ on 127.0.0.1: a read-only SPARQL endpoint and browsable pages.

    /sparql speaks the SPARQL 1.1 Protocol (GET and POST; results as JSON, XML,
    CSV or TSV by Accept; Update is refused with 403). / shows counts, the canned
    queries and a query form. Every dataset IRI https://w3id.org/reformkg/PATH is
    served at /PATH: an HTML page listing its facts, each with its evidence
    sentence highlighted in the page text and a link to the story; Turtle,
    N-Triples, RDF/XML or JSON-LD when Accept asks for them. /docs/ serves what
    `export --portal` wrote. An answer of /sparql is kept in memory until the
    next build (--answer-cache) and carries an ETag; a GET that sends it back in
    If-None-Match gets 304 Not Modified. Bad input is a 4xx with a one-line
    message: a body over --max-body 413, a second query 400, a body that is not
    UTF-8 (the Protocol takes no other charset) 400. Relative IRIs in a query
    resolve against the endpoint's URL.

    A query the engine answers (not a canned query's answer, which the build
    made) runs in one of --max-queries worker processes: after --query-timeout
    seconds it is stopped and answered 504, when its worker passes --query-memory
    MB 503, and when its client leaves it is stopped too; the worker is killed,
    which frees its CPU and memory, and replaced. When all workers are busy a
    query waits up to 2 s (half of --query-timeout if shorter), then gets 503
    with Retry-After. An answer holds at most
    --max-rows rows and --max-bytes bytes; a cut one carries
    X-Reformkg-Truncated: rows=N or bytes=N. The first Ctrl-C or SIGTERM stops
    the server, running queries and all. Every response
    carries Content-Security-Policy, X-Content-Type-Options: nosniff,
    X-Frame-Options: DENY and Referrer-Policy: no-referrer. Stop with Ctrl-C.

    With --data FILE (repeatable), the endpoint and pages serve those RDF files,
    loaded into memory, instead of build/ (a test suite's data, say): the graphs
    of TriG and N-Quads files stay named graphs, the triples of the other
    formats go into the default graph, and the default graph of a query is the
    union of them all, as over build/.

    \b
    Example:
      $ reformkg serve --port 8000
      serving build/ at http://127.0.0.1:8000/ (SPARQL: http://127.0.0.1:8000/sparql)
      $ curl -H 'Accept: text/csv' 'http://127.0.0.1:8000/sparql?query=ASK{?s?p?o}'
      $ curl -H 'Accept: text/turtle' http://127.0.0.1:8000/region/xunyang
      $ reformkg serve --data people.ttl --data graphs.trig --port 8001
    """
    limits = Limits(query_timeout=query_timeout, max_rows=max_rows, max_bytes=max_bytes, max_queries=max_queries,
                    query_memory=query_memory)
    if data:
        loaded = load_data(data)
        app = create_app(None, answer_cache_mb=answer_cache, max_body=max_body, data=loaded, limits=limits)
        quads, files = len(loaded.store), len(loaded.files)
        what = f"{quads} quad{'s' if quads != 1 else ''} from {files} file{'s' if files != 1 else ''}"
    else:
        app = create_app(ctx.project, answer_cache_mb=answer_cache, max_body=max_body, limits=limits)
        what = "build/"
    click.echo(f"serving {what} at http://127.0.0.1:{port}/ (SPARQL: http://127.0.0.1:{port}/sparql)", err=True)
    serve_app(app, port=port, log_level="warning" if quiet else "info")
