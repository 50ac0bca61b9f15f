"""CLI commands: migrate (older annotation formats to the current one) and annotate (review and
finish an annotation in the browser); suggest is in :mod:`reformkg.cli.suggest`."""

from __future__ import annotations

from pathlib import Path

import click

from reformkg.annotate.app import create_app
from reformkg.annotation.migrate import migrate_file
from reformkg.cli.common import EXIT_CODES, command
from reformkg.errors import DataError, Finding, ReformkgError, UsageError
from reformkg.pipeline.inputs import load_base
from reformkg.serve.app import serve_app


@click.command(epilog=EXIT_CODES)
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--check", is_flag=True, help="Only say what would change; write nothing.")
@command
def migrate(ctx, files, check):
    """Rewrite annotations of format 1 in annotation format 2, in place.

    Inserts `format: 2`, each measure's `status: {value, cue}` (decided from
    the cue words of its quote, or TODO when none is there), observations'
    `dimensions` (ownership, size, group from the qualifier; period from
    每月/每年/累计 or the kind of time) and the `items` a label enumerates in
    brackets. Only lines are inserted: comments and layout stay. Each decision
    carries a `# migrate:` comment to check against the page. Nothing is
    written unless every file migrates.

    \b
    Example:
      $ reformkg migrate data/annotations/old.yaml
      migrated data/annotations/old.yaml: 3 statuses (1 TODO), 4 observations with dimensions, 0 items
    """
    vocab, _registry, findings = load_base(ctx.project)
    errors = [f for f in findings if f.is_error]
    if errors:
        raise DataError(errors, "the registry or vocabularies have errors; fix them first (reformkg validate)")
    groups = {c.zh: c.id for c in vocab.schemes["target-group"].concepts.values()}
    done = []
    for name in files:
        path = Path(name)
        if not path.is_file():
            raise UsageError(f"no annotation file {name}: give files such as data/annotations/PAGE.yaml")
        try:
            result = migrate_file(path, ctx.project.articles, groups)
        except UnicodeDecodeError as exc:
            raise ReformkgError(f"{name}: the file is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
        if isinstance(result, Finding):
            raise DataError([result], f"{name} was not migrated; nothing was written")
        done.append((path, result))
    for path, r in done:
        if not check:
            path.write_text(r.text, encoding="utf-8")
        verb = "would migrate" if check else "migrated"
        click.echo(f"{verb} {path}: {r.statuses + r.todo} statuses ({r.todo} TODO), "
                   f"{r.dimensions} observations with dimensions, {r.items} items")


@click.command(epilog=EXIT_CODES)
@click.argument("page", required=False, metavar="[PAGE_ID|FILE]")
@click.option("--port", type=click.IntRange(1, 65535), default=8010, show_default=True,
              help="TCP port on 127.0.0.1.")
@click.option("--read-only", "read_only", is_flag=True,
              help="For reviewers: browse, see findings and coverage; no change is taken, nothing is saved.")
@click.option("--quiet", is_flag=True, help="Do not log each request.")
@command
def annotate(ctx, page, port, read_only, quiet):
    """Review and finish an annotation in the browser, on 127.0.0.1.

    Shows the page text with every quote highlighted by kind, the proposals of
    `reformkg suggest` dashed (confidence and rule in their tooltip), passages of
    in-scope stories no quote covers underlined, and a coverage bar per story.
    The entries are listed by story; clicking a highlight selects its entry and
    the reverse. Each entry has a form with every field of the annotation format:
    registry search for ids, the indicator catalogue with definitions, time,
    status, dimensions and items. Select words of the page to create an entry
    quoting them. Every change is checked as `reformkg validate` checks the file,
    and the findings are shown at their field. Save writes
    data/annotations/PAGE.yaml atomically, comments and order kept, and refuses
    when the file changed on disk since it was loaded. Keys: j/k next/previous
    entry, a accept and x reject a proposal, Ctrl+S save. Stop with Ctrl-C.

    \b
    Example:
      $ reformkg annotate 005_5e1f0a9c3b7d2e48
      annotating data/annotations/005_5e1f0a9c3b7d2e48.yaml at http://127.0.0.1:8010/page/005_5e1f0a9c3b7d2e48
      $ reformkg annotate data/annotations/000_239e137822c9727a.yaml --read-only
    """
    page_id = None
    if page:
        p = Path(page)
        page_id = p.stem if p.suffix in (".yaml", ".yml", ".txt") else page
        if not (ctx.project.articles / f"{page_id}.txt").is_file():
            raise UsageError(f"no page text data/articles/{page_id}.txt: give a page id such as "
                             "005_5e1f0a9c3b7d2e48, or data/annotations/PAGE.yaml")
    _vocab, _registry, findings = load_base(ctx.project)
    errors = [f for f in findings if f.is_error]
    if errors:
        raise DataError(errors, "the registry or vocabularies have errors; fix them first (reformkg validate)")
    app = create_app(ctx.project, port, read_only=read_only, default_page=page_id)
    if page_id:
        app.state.annotator.warm(page_id)
    where = f"page/{page_id}" if page_id else ""
    what = f"data/annotations/{page_id}.yaml" if page_id else "data/"
    mode = " (read-only)" if read_only else ""
    click.echo(f"annotating {what}{mode} at http://127.0.0.1:{port}/{where}", err=True)
    serve_app(app, port=port, log_level="warning" if quiet else "info")
