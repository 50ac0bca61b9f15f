"""CLI commands over the data: build, validate, coverage."""

from __future__ import annotations

import json
import sys

import click

from reformkg.annotation.coverage import format_text, page_coverage
from reformkg.cli.common import EXIT_CODES, command, format_option, progress
from reformkg.errors import count_line
from reformkg.pipeline.orchestrate import build as run_build
from reformkg.pipeline.orchestrate import load_pages
from reformkg.pipeline.orchestrate import validate as run_validate


@click.command(epilog=EXIT_CODES)
@click.option("--compact-after", type=click.IntRange(min=0), default=None, metavar="N",
              help="Compact the store on the N-th incremental build since it was last compacted "
                   "(default: REFORMKG_COMPACT_AFTER, else 0: only full builds compact).")
@click.option("--scheduler", metavar="tcp://HOST:PORT", default=None,
              help="Check the pages on the Dask distributed cluster of this scheduler instead of local "
                   "processes (default: REFORMKG_SCHEDULER, else local; pip install 'reformkg[distributed]'; "
                   "every worker must see the project at the same path).")
@command
def build(ctx, compact_after, scheduler):
    """Build the graph from data/ into build/ (pyoxigraph store + N-Quads), atomically.

    On any error nothing in build/ is changed. Progress goes to stderr on a terminal.

    \b
    Example:
      $ reformkg build
      built build/ (gen-…): 5 pages, 7 graphs, 32910 quads in 1.3 s
      answers of 23 canned queries: 23 afresh
    """
    res = run_build(ctx.project, progress(), compact_after=compact_after, scheduler=scheduler)
    for f in res.findings:
        click.echo(str(f), err=True)
    click.echo(f"built build/ ({res.generation}): {res.pages} pages, {res.graphs} graphs, "
               f"{res.quads} quads in {res.seconds:.1f} s")
    if res.answers:
        counts: dict[str, int] = {}
        for name, how in res.answers.items():
            word = how.split(" ", 1)[0].rstrip(":")
            counts[word] = counts.get(word, 0) + 1
            if word == "failed" or how.startswith("afresh ("):
                click.echo(f"queries/{name}.rq: {how}", err=True)
        click.echo(f"answers of {len(res.answers)} canned queries: "
                   + ", ".join(f"{n} {word}" for word, n in sorted(counts.items())))


@click.command(epilog=EXIT_CODES)
@click.argument("files", nargs=-1, type=click.Path())
@format_option("text", "json", default="text")
@command
def validate(ctx, files, fmt):
    """Check annotation files (all of data/annotations/ when none are given; a directory
    stands for its *.yaml files).

    One line per finding, `path:line:col: severity CODE field: message`, then a count.
    Warnings never fail the run. Codes are listed in docs/annotation.md.

    \b
    Example:
      $ reformkg validate data/annotations/000_239e137822c9727a.yaml
      no problems found
    """
    report = run_validate(ctx.project, list(files))
    if fmt == "json":
        click.echo(json.dumps({"files": report.files, "findings": [f.as_dict() for f in report.findings],
                               "summary": report.summary(), "ok": report.ok}, ensure_ascii=False, indent=1))
    else:
        for f in report.findings:
            click.echo(str(f))
        click.echo(report.summary())
    sys.exit(0 if report.ok else 1)


@click.command(epilog=EXIT_CODES)
@click.argument("files", nargs=-1, type=click.Path())
@format_option("text", "json", default="text")
@click.option("--min", "minimum", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Exit 1 when a page's coverage is below this rate (e.g. 0.95).")
@click.option("--gaps/--no-gaps", default=True, help="List the uncovered passages.")
@command
def coverage(ctx, files, fmt, minimum, gaps):
    """Per page, the share of in-scope text covered by a quote or a no_fact entry.

    Counts non-whitespace characters inside the extents of in-scope stories, and
    lists every uncovered passage with its line in the page.

    \b
    Example:
      $ reformkg coverage --no-gaps
      $ reformkg coverage --format json --min 0.95
    """
    pages, findings = load_pages(ctx.project, list(files))
    errors = [f for f in findings if f.is_error]
    for f in errors:
        click.echo(str(f), err=True)
    result = [page_coverage(p) for p in pages]
    if fmt == "json":
        click.echo(json.dumps({"threshold": minimum, "pages": [p.as_dict() for p in result]}, ensure_ascii=False, indent=1))
    else:
        click.echo(format_text(result, gaps))
    if errors:
        click.echo(f"{count_line(errors)}: pages with errors are not counted", err=True)
    sys.exit(1 if errors or any(p.rate < minimum for p in result) else 0)
