"""CLI commands: publish. Registered on the main group by cli.py."""

from __future__ import annotations


def register(main) -> None:
    """Add this module's commands to the main group."""
