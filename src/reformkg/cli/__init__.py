"""The command line: ``common`` holds the main group, the command wrapper, the shared options and
the exit codes; each other module is one command group, each command a thin wrapper over one
library function. A command's module is imported only when that command runs."""

from reformkg.cli.common import main

__all__ = ["main"]
