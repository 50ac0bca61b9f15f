"""CLI commands: publish. Registered on the main group by cli.py."""

from __future__ import annotations

import click


def register(main) -> None:
    """Add this module's commands to the main group."""
    from .cli import EXIT_CODES, _progress, command

    @main.command(epilog=EXIT_CODES)
    @click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True,
                  help="TCP port on 127.0.0.1.")
    @click.option("--quiet", is_flag=True, help="Do not log each request.")
    @click.option("--answer-cache", "answer_cache", type=click.FloatRange(0), default=64, show_default=True,
                  metavar="MB", help="Keep up to MB megabytes of /sparql answers in memory until the next build (0: none).")
    @command
    def serve(ctx, port, quiet, answer_cache):
        """Serve build/ on 127.0.0.1: a read-only SPARQL endpoint and browsable pages.

        /sparql speaks the SPARQL 1.1 Protocol (GET and POST; results as JSON, XML,
        CSV or TSV by Accept; Update is refused with 403). / shows counts, the canned
        queries and a query form. Every dataset IRI https://w3id.org/reformkg/PATH is
        served at /PATH: an HTML page listing its facts, each with its evidence
        sentence highlighted in the page text and a link to the story; Turtle,
        N-Triples, RDF/XML or JSON-LD when Accept asks for them. /docs/ serves what
        `export --portal` wrote. An answer of /sparql is kept in memory until the
        next build (--answer-cache) and carries an ETag; a GET that sends it back in
        If-None-Match gets 304 Not Modified. Stop with Ctrl-C.

        \b
        Example:
          $ reformkg serve --port 8000
          serving build/ at http://127.0.0.1:8000/ (SPARQL: http://127.0.0.1:8000/sparql)
          $ curl -H 'Accept: text/csv' 'http://127.0.0.1:8000/sparql?query=ASK{?s?p?o}'
          $ curl -H 'Accept: text/turtle' http://127.0.0.1:8000/region/xunyang
        """
        from .serve import create_app, serve_app

        app = create_app(ctx.project, answer_cache_mb=answer_cache)
        click.echo(f"serving build/ at http://127.0.0.1:{port}/ (SPARQL: http://127.0.0.1:{port}/sparql)", err=True)
        serve_app(app, port=port, log_level="warning" if quiet else "info")

    @main.command(epilog=EXIT_CODES)
    @click.option("--store", "store_url", required=True, metavar="URL",
                  help="Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store (Oxigraph).")
    @click.option("--query-url", metavar="URL",
                  help="SPARQL query endpoint for the count check. Default: the store URL with "
                       "/store (or /data) replaced by /query.")
    @click.option("--prune", is_flag=True,
                  help="Delete reformkg graphs on the server that the build no longer has.")
    @click.option("--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
                  help="Seconds to wait for each request.")
    @command
    def push(ctx, store_url, query_url, prune, timeout):
        """Send every named graph to a SPARQL server (Graph Store Protocol), then check counts.

        Each graph is sent with one PUT ?graph=IRI, which replaces it on the server, so
        pushing again never duplicates. A query then counts the triples of every graph
        on the server; any difference from the build, a server that is down, or an
        answer 4xx/5xx is an error (exit 1).

        \b
        Example:
          $ oxigraph serve --location /tmp/ox --bind 127.0.0.1:7878 &
          $ reformkg push --store http://127.0.0.1:7878/store
          created  https://w3id.org/reformkg/graph/ontology  3412 triples
          …
          pushed 7 graphs, 32846 triples; counts match on the server
        """
        from .push import push as run_push

        res = run_push(ctx.project.build_dir, store_url, query_url, prune, timeout, _progress())
        for g in res.graphs:
            click.echo(f"{g.action:<9} {g.graph}  {g.triples} triples")
        for g in res.deleted:
            click.echo(f"deleted   {g}")
        for g in set(res.stale) - set(res.deleted):
            click.echo(f"warning: the server also holds {g}, which the build lacks (use --prune to delete it)", err=True)
        click.echo(f"pushed {len(res.graphs)} graphs, {res.triples} triples; counts match on the server")
