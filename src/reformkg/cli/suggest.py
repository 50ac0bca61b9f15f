"""CLI command suggest: a draft annotation of a page text, for a person to finish. Its own
module, so a cold ``reformkg suggest`` imports only what suggest needs (not the annotate
app, Starlette or the serve layer)."""

from __future__ import annotations

from pathlib import Path

import click

from reformkg.cli.common import EXIT_CODES, command, format_option
from reformkg.errors import DataError, ReformkgError, UsageError
from reformkg.pipeline.inputs import load_base
from reformkg.suggest.drafter import suggest as run_suggest


@click.command(epilog=EXIT_CODES)
@click.argument("text", type=click.Path(dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write the draft to this file (default: stdout). It must not exist yet.")
@format_option("yaml", "json", default="yaml")
@command
def suggest(ctx, text, output, fmt):
    """Draft an annotation of a page text, for a person to finish.

    jieba (with the registry as user dictionary) and rules find figures,
    《documents》, organisations, regions, people with posts, dates, designations,
    reform areas and target groups, and propose story boundaries. Each entry's
    comment gives its confidence and offsets; fields to fill hold TODO, which
    `reformkg validate` reports as E010. Names not in the registry are listed at
    the end as proposed registry entries. --format json gives every suggestion.

    \b
    Example:
      $ reformkg suggest data/articles/005_5e1f0a9c3b7d2e48.txt -o data/annotations/005_5e1f0a9c3b7d2e48.yaml
      wrote data/annotations/005_5e1f0a9c3b7d2e48.yaml: 2 stories, 6 observations, 2 measures, 1 recognitions, 1 posts; 9 fields to fill (TODO)
      $ reformkg validate data/annotations/005_5e1f0a9c3b7d2e48.yaml
      …:53:5: error E010 observations[0].indicator: to fill: … expected an indicator of data/vocab/indicators*.yaml …
      $ reformkg suggest data/articles/005_5e1f0a9c3b7d2e48.txt --format json
    """
    path = Path(text)
    if not path.is_file():
        raise UsageError(f"no page text {text}: give a UTF-8 text file such as data/articles/PAGE.txt")
    if output and Path(output).exists():
        raise UsageError(f"{output} exists; suggest never overwrites an annotation (remove it or pick another name)")
    try:
        page_text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReformkgError(f"{text}: the file is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    vocab, registry, findings = load_base(ctx.project)
    errors = [f for f in findings if f.is_error]
    if errors:

        raise DataError(errors, "the registry or vocabularies have errors; fix them first (reformkg validate)")
    draft = run_suggest(path, registry, vocab, page_text)
    data = draft.to_json() + "\n" if fmt == "json" else draft.to_yaml(ctx.project.rel(path))
    if output:
        Path(output).write_text(data, encoding="utf-8")
        a = draft.annotation
        counts = ", ".join(f"{len(a.get(k, []))} {k}" for k in ("stories", "observations", "measures", "recognitions", "posts"))
        click.echo(f"wrote {output}: {counts}; {draft.markers} fields to fill (TODO)", err=True)
    else:
        click.echo(data, nl=False)
