"""The command line: ``common`` holds the main group, the command wrapper, the shared options and
the exit codes; each other module is one command group, each command a thin wrapper over one
library function. A command's module is imported only when that command runs."""

from reformkg import recache
from reformkg.settings import settings

if settings().recache:  # before the modules of the commands compile their patterns (REFORMKG_RECACHE=off: never)
    recache.install()

from reformkg.cli.common import main  # noqa: E402

__all__ = ["main"]
