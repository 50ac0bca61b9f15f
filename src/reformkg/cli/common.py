"""The command line: each command parses its arguments, calls one library function and
prints the result. Library errors (:class:`ReformkgError`) are printed here, once.

Exit codes: 0 ok; 1 data or validation error (or a query that fails); 2 usage error.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import io
import os
import signal
import stat
import sys

import click

from reformkg import __version__
from reformkg.cli import charsets
from reformkg.errors import DataError, ReformkgError, count_line
from reformkg.settings import Project

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

        return Project.at(self.project_dir)


def _fail(exc: ReformkgError, debug: bool):
    if debug:
        raise exc
    if isinstance(exc, DataError):
        for f in exc.findings:
            click.echo(str(f), err=True)
        click.echo(exc.summary or f"build failed: {count_line(exc.findings)}; nothing in build/ was changed", err=True)
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


class _WholeWrites(io.RawIOBase):
    """A pipe on stdout whose every write goes out whole or raises. Python's buffered
    stdout takes a write the kernel cut short, because the reader left in the middle of it, as a
    short count, and drops the rest without an error: `reformkg query … | head -1` on a long
    answer then exited 0, its answer silently cut. Here the write that meets the closed pipe
    raises BrokenPipeError, and the command ends through `_reader_gone`."""

    def __init__(self, fd: int):
        super().__init__()
        self._fd = fd

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def isatty(self) -> bool:
        return os.isatty(self._fd)

    def write(self, data) -> int:
        view = memoryview(data).cast("B")
        size = len(view)
        while view:
            view = view[os.write(self._fd, view):]
        return size


def _watch_the_reader():
    """Put stdout on `_WholeWrites` when it is a pipe (once; not under a test runner's
    stream, which has no file descriptor), so that a reader gone away is always noticed."""
    out = sys.stdout
    try:
        fd = out.fileno()
        kind = os.fstat(fd).st_mode
    except (AttributeError, OSError, ValueError):  # no stdout, or one without a descriptor
        return
    if isinstance(getattr(out, "buffer", None), io.BufferedWriter) and isinstance(out.buffer.raw, _WholeWrites):
        return
    if not stat.S_ISFIFO(kind):
        return
    out.flush()
    sys.stdout = io.TextIOWrapper(io.BufferedWriter(_WholeWrites(fd)), encoding=out.encoding, errors=out.errors,
                                  newline="\n", line_buffering=out.line_buffering)


@contextlib.contextmanager
def signals_end_the_process():
    """While the engine runs a query, Ctrl-C (SIGINT) and SIGTERM end the process at once, as they
    end any Unix tool (the shell reports 130 and 143): a query inside pyoxigraph never returns to
    Python to see a handler, so the default action is the only one that stops it. The store is
    opened read-only, so nothing is left half-written; a ``--timeout`` worker dies with its parent
    (PR_SET_PDEATHSIG, reformkg.query.sparql)."""
    old = {s: signal.signal(s, signal.SIG_DFL) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)


def command(fn):
    """Run a command body, turning library errors into messages and exit codes."""

    @functools.wraps(fn)
    @click.pass_obj
    def wrapper(ctx: Context, *args, **kwargs):
        try:
            _watch_the_reader()
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


class LazyGroup(click.Group):
    """The main group: a command's module is imported when the command is asked for, so that
    ``reformkg query`` does not import SHACL, jieba or Starlette (click's documented pattern for
    lazily loaded subcommands)."""

    def __init__(self, *args, commands_at: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        self.commands_at = commands_at  # name -> "module:function"

    def list_commands(self, ctx):
        return sorted(self.commands_at)

    def get_command(self, ctx, name):
        where = self.commands_at.get(name)
        if where is None:
            return None
        module, function = where.split(":")
        charsets.install()  # (before the command's rules compile their patterns)
        return getattr(importlib.import_module(module), function)


# Every command, by the module that defines it (one module per command group).
COMMANDS = {
    "build": "reformkg.cli.data:build", "validate": "reformkg.cli.data:validate", "coverage": "reformkg.cli.data:coverage",
    "query": "reformkg.cli.query:query", "queries": "reformkg.cli.query:queries", "describe": "reformkg.cli.query:describe",
    "export": "reformkg.cli.export:export", "stats": "reformkg.cli.export:stats",
    "suggest": "reformkg.cli.suggest:suggest", "migrate": "reformkg.cli.annotate:migrate", "serve": "reformkg.cli.serve:serve", "push": "reformkg.cli.push:push",
    "annotate": "reformkg.cli.annotate:annotate",
}


@click.group(cls=LazyGroup, commands_at=COMMANDS, epilog=EXIT_CODES,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reformkg")
@click.option("--project", "project_dir", type=click.Path(file_okay=False),
              help="Project directory (holding data/). Default: REFORMKG_HOME, else the current directory.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.pass_context
def main(ctx, project_dir, debug):
    """reformkg: a grounded knowledge graph of China's industrial-workforce reform (产改)."""
    ctx.obj = Context(project_dir, debug)


def progress():
    if not sys.stderr.isatty():
        return None

    def show(name, i, n):
        click.echo(f"\r[{i}/{n}] {name:<40}", err=True, nl=(i == n))

    return show
