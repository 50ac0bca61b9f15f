"""The command line: each command parses its arguments, calls one library function and
prints the result. Library errors (:class:`ReformkgError`) are printed here, once.

Exit codes: 0 ok; 1 data or validation error (or a query that fails); 2 usage error.
"""

from __future__ import annotations

import functools
import json
import os
import sys

import click

from . import __version__
from .errors import DataError, ReformkgError, count_line

EXIT_CODES = """\b
Exit codes:
  0  ok
  1  data or validation error (nothing in build/ is changed)
  2  usage error
"""


class Context:
    def __init__(self, project_dir, debug):
        self.project_dir = project_dir
        self.debug = debug

    @functools.cached_property
    def project(self):
        from .pipeline import Project

        return Project.at(self.project_dir)


def _fail(exc: ReformkgError, debug: bool):
    if debug:
        raise exc
    if isinstance(exc, DataError):
        for f in exc.findings:
            click.echo(str(f), err=True)
        click.echo(f"build failed: {count_line(exc.findings)}; nothing in build/ was changed", err=True)
    else:
        click.echo(f"Error: {exc}", err=True)
    sys.exit(exc.exit_code)


def _reader_gone():
    """The reader of our output closed it (`reformkg query … | head`): stop quietly, as Unix tools
    do, with the status of a process ended by SIGPIPE (141). Python ignores SIGPIPE, so the write
    raised instead; stdout goes to /dev/null so that its flush at exit does not raise again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(141)


def command(fn):
    """Run a command body, turning library errors into messages and exit codes."""

    @functools.wraps(fn)
    @click.pass_obj
    def wrapper(ctx: Context, *args, **kwargs):
        try:
            result = fn(ctx, *args, **kwargs)
            sys.stdout.flush()  # a reader gone away shows here, not at the interpreter's exit
            return result
        except BrokenPipeError:
            _reader_gone()
        except ReformkgError as exc:
            _fail(exc, ctx.debug)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
        except Exception as exc:  # a bug: say so plainly, traceback with --debug
            if ctx.debug:
                raise
            if isinstance(exc, OSError) and exc.filename:  # the machine's answer about a path: no such directory, no permission, disk full
                click.echo(f"Error: {exc.filename}: {exc.strerror or exc}", err=True)
            else:
                click.echo(f"Internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback, and report it)", err=True)
            sys.exit(1)

    return wrapper


# A format's usual file extension names it too: `--format ttl` is `--format turtle`.
FORMAT_ALIASES = {"ttl": "turtle", "nq": "nquads", "nt": "ntriples", "json-ld": "jsonld", "yml": "yaml"}


class FormatChoice(click.Choice):
    """One of the formats a command writes, or an alias of one (FORMAT_ALIASES)."""

    def convert(self, value, param, ctx):
        alias = FORMAT_ALIASES.get(str(value).lower())
        return super().convert(alias if alias in self.choices else value, param, ctx)


def format_option(*choices, default="table"):
    return click.option("--format", "fmt", type=FormatChoice(choices), default=default, show_default=True,
                        help="Output format.")


@click.group(epilog=EXIT_CODES, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reformkg")
@click.option("--project", "project_dir", type=click.Path(file_okay=False), envvar="REFORMKG_HOME",
              help="Project directory (holding data/). Default: the current directory.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.pass_context
def main(ctx, project_dir, debug):
    """reformkg: a grounded knowledge graph of China's industrial-workforce reform (产改)."""
    ctx.obj = Context(project_dir, debug)


def _progress():
    if not sys.stderr.isatty():
        return None

    def show(name, i, n):
        click.echo(f"\r[{i}/{n}] {name:<40}", err=True, nl=(i == n))

    return show


@main.command(epilog=EXIT_CODES)
@click.option("--compact-after", type=click.IntRange(min=0), default=None, metavar="N",
              help="Compact the store on the N-th incremental build since it was last compacted "
                   "(default: REFORMKG_COMPACT_AFTER, else 0: only full builds compact).")
@command
def build(ctx, compact_after):
    """Build the graph from data/ into build/ (pyoxigraph store + N-Quads), atomically.

    On any error nothing in build/ is changed. Progress goes to stderr on a terminal.

    \b
    Example:
      $ reformkg build
      built build/ (gen-…): 5 pages, 7 graphs, 32910 quads in 1.3 s
      answers of 23 canned queries: 23 afresh
    """
    from .pipeline import build as run_build

    res = run_build(ctx.project, _progress(), compact_after=compact_after)
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


@main.command(epilog=EXIT_CODES)
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
    from .pipeline import validate as run_validate

    report = run_validate(ctx.project, list(files))
    if fmt == "json":
        click.echo(json.dumps({"files": report.files, "findings": [f.as_dict() for f in report.findings],
                               "summary": report.summary(), "ok": report.ok}, ensure_ascii=False, indent=1))
    else:
        for f in report.findings:
            click.echo(str(f))
        click.echo(report.summary())
    sys.exit(0 if report.ok else 1)


@main.command(epilog=EXIT_CODES)
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
    from .query import resolve_query, run, serialize, store_path

    text = resolve_query(ctx.project.queries, sparql)
    result = run(store_path(ctx.project.build_dir), text, timeout=timeout, fresh=fresh)
    out = serialize(result, fmt)
    click.echo(out, nl=not out.endswith("\n"))


@main.command(epilog=EXIT_CODES)
@command
def queries(ctx):
    """List the canned queries with their questions.

    \b
    Example:
      $ reformkg queries
    """
    from .query import canned_queries

    for q in canned_queries(ctx.project.queries):
        click.echo(f"{q.name}\n    {q.en}\n    {q.zh}")


@main.command(epilog=EXIT_CODES)
@format_option("turtle", "trig", "nquads", "ntriples", "jsonld", "csv", default="turtle")
@click.option("-o", "--output", type=click.Path(),
              help="Write to this file (default: stdout); for csv, to this directory (default: build/docs/csv).")
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
    from .errors import UsageError

    if portal:
        from .portal import write_portal

        if output:
            raise UsageError("--portal writes under build/docs/; it takes no --output")
        skipped: list = []
        for path in write_portal(ctx.project.build_dir, _progress(), skipped):
            click.echo(f"wrote {ctx.project.rel(path)} ({path.stat().st_size} bytes)")
        for rel, why in skipped:
            click.echo(f"skipped build/docs/{rel}: {why}", err=True)
        return
    if fmt == "csv":
        import csv
        from pathlib import Path

        from .portal import write_csv

        out_dir = Path(output) if output else ctx.project.build_dir / "docs" / "csv"
        if out_dir.exists() and not out_dir.is_dir():
            raise UsageError(f"--format csv writes a directory of tables, and {output} is a file")
        for path in write_csv(ctx.project.build_dir, out_dir):
            with open(path, encoding="utf-8", newline="") as fh:
                rows = sum(1 for _ in csv.reader(fh)) - 1
            click.echo(f"wrote {ctx.project.rel(path)} ({rows} rows)")
        return
    from .export import export_to

    if output:  # written beside, then renamed: a failed export leaves no file, or the one that was there
        part = f"{output}.part"
        try:
            try:
                fh = open(part, "wb")
            except OSError as exc:  # named as the user gave it
                raise OSError(exc.errno, exc.strerror, output) from None
            with fh:
                export_to(ctx.project.build_dir, fmt, fh)
                size = fh.tell()
            os.replace(part, output)
        finally:
            if os.path.exists(part):
                os.unlink(part)
        click.echo(f"wrote {output} ({size} bytes)", err=True)
    else:
        export_to(ctx.project.build_dir, fmt, sys.stdout.buffer)


@main.command(epilog=EXIT_CODES)
@format_option("text", "json", default="text")
@command
def stats(ctx, fmt):
    """Count what the build holds: quads, graphs, entities per class, facts per page.

    \b
    Example:
      $ reformkg stats
    """
    from .export import stats as run_stats

    s = run_stats(ctx.project.build_dir)
    if fmt == "json":
        click.echo(json.dumps(s, ensure_ascii=False, indent=1))
        return
    click.echo(f"quads: {s['quads']}\nnamed graphs: {len(s['graphs'])}")
    for cls, n in s["classes"].items():
        click.echo(f"  {cls:<16} {n}")
    for page, c in s["pages"].items():
        click.echo(f"  {page}: {c['stories']} stories, {c['facts']} facts")


@main.command(epilog=EXIT_CODES)
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
    from .coverage import format_text, page_coverage
    from .pipeline import load_pages

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


@main.command(epilog=EXIT_CODES)
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
    from .describe import as_dict, describe as run_describe, format_text
    from .query import open_store

    d = run_describe(open_store(ctx.project.build_dir), name)
    if fmt == "json":
        click.echo(json.dumps(as_dict(d), ensure_ascii=False, indent=1))
    else:
        click.echo(format_text(d))


# Commands of the annotator workflow, publishing and scale live in their own modules,
# each with register(main); they reuse `command`, `format_option` and EXIT_CODES from here.
from . import cli_annotate, cli_publish  # noqa: E402

for _module in (cli_annotate, cli_publish):
    _module.register(main)


if __name__ == "__main__":  # pragma: no cover
    main()
