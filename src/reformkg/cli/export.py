"""CLI commands that write the dataset out: export, stats."""

from __future__ import annotations

import csv
import json
import os
import stat
import sys
from pathlib import Path

import click

from reformkg.cli.common import EXIT_CODES, command, format_option, progress
from reformkg.errors import UsageError
from reformkg.files import atomic_file
from reformkg.publish.export import export_to, refuse_build_inputs
from reformkg.publish.export import stats as run_stats
from reformkg.publish.portal import write_csv, write_portal
from reformkg.texttable import text_table


@click.command(epilog=EXIT_CODES)
@format_option("turtle", "trig", "nquads", "ntriples", "jsonld", "csv", default="turtle")
@click.option("-o", "--output", type=click.Path(),
              help="Write to this file (default: stdout); for csv, to this directory (default: build/docs/csv). "
                   "A path the build reads (data/, ontology/, shapes/, queries/) is refused.")
@click.option("--portal", is_flag=True,
              help="Write everything a portal imports under build/docs/: dumps in every format, CSV tables "
                   "and codebook, VoID + DCAT description, JSON-LD context, ontology HTML docs.")
@command
def export(ctx, fmt, output, portal):
    """Export the built dataset. Triple formats hold the union of the named graphs.

    --format csv writes one table per class a researcher counts (measures,
    observations, recognitions, documents, organisations, regions: IRIs, labels,
    normalised values, evidence quotes) and codebook.csv, which explains every column.
    --portal writes the whole bundle under build/docs/ (see README, section publish).

    \b
    Example:
      $ reformkg export --format trig -o reformkg.trig
      $ reformkg export --format csv
      wrote build/docs/csv/measures.csv (382 rows)
      …
      $ reformkg export --portal
      wrote build/docs/void.ttl (17158 bytes)
    """
    if portal:

        if output:
            raise UsageError("--portal writes under build/docs/; it takes no --output")
        skipped: list = []
        for path in write_portal(ctx.project.build_dir, progress(), skipped):
            click.echo(f"wrote {ctx.project.rel(path)} ({path.stat().st_size} bytes)")
        for rel, why in skipped:
            click.echo(f"skipped build/docs/{rel}: {why}", err=True)
        return
    if fmt == "csv":


        if output:
            refuse_build_inputs(ctx.project, output)
        out_dir = Path(output) if output else ctx.project.build_dir / "docs" / "csv"
        if out_dir.exists() and not out_dir.is_dir():
            raise UsageError(f"--format csv writes a directory of tables, and {output} is a file")
        for path in write_csv(ctx.project.build_dir, out_dir):
            with open(path, encoding="utf-8", newline="") as fh:
                rows = sum(1 for _ in csv.reader(fh)) - 1
            click.echo(f"wrote {ctx.project.rel(path)} ({rows} rows)")
        return

    if output:  # written beside, then renamed: a failed export leaves no file, or the one that was there
        refuse_build_inputs(ctx.project, output)
        kind = _kind(output)
        if stat.S_ISDIR(kind):
            raise UsageError(f"{output} is a directory; give -o a file name")
        if kind and not stat.S_ISREG(kind):  # /dev/null, a FIFO: written into, never renamed over
            with open(output, "wb") as fh:
                export_to(ctx.project.build_dir, fmt, fh)
            click.echo(f"wrote {output}", err=True)
            return
        with atomic_file(output) as fh:  # an OSError opening it names output, as the user gave it
            export_to(ctx.project.build_dir, fmt, fh)
            size = fh.tell()
        click.echo(f"wrote {output} ({size} bytes)", err=True)
    else:
        export_to(ctx.project.build_dir, fmt, sys.stdout.buffer)


def _kind(path) -> int:
    """The file type bits of what ``path`` names (links followed), 0 when there is nothing."""
    try:
        return stat.S_IFMT(os.stat(path).st_mode)
    except OSError:
        return 0


@click.command(epilog=EXIT_CODES)
@format_option("text", "json", default="text")
@command
def stats(ctx, fmt):
    """Count what the build holds: quads, graphs, entities per class, facts per page.

    \b
    Example:
      $ reformkg stats
    """
    s = run_stats(ctx.project.build_dir)
    if fmt == "json":
        click.echo(json.dumps(s, ensure_ascii=False, indent=1))
        return
    click.echo(f"quads: {s['quads']}\nnamed graphs: {len(s['graphs'])}")
    for line in text_table([[cls, str(n)] for cls, n in s["classes"].items()], widths=[16, 0], sep=" ", indent="  "):
        click.echo(line)
    for page, c in s["pages"].items():
        click.echo(f"  {page}: {c['stories']} stories, {c['facts']} facts")
