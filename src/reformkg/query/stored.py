"""The canned queries' answers as the build stored them (read side; :mod:`reformkg.pipeline.answers` makes them)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pyoxigraph

from reformkg.layout import ANSWERS, INDEX


def digest(sparql: str) -> str:
    return hashlib.sha256(sparql.encode("utf-8")).hexdigest()


def answer_file(generation: Path, sparql: str) -> Path | None:
    """The file holding the answer to ``sparql`` in ``generation``, if the build made it."""
    try:
        index = json.loads((generation / ANSWERS / INDEX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    entry = index.get(digest(sparql))
    return generation / ANSWERS / entry["file"] if entry else None


def open_answer(generation: Path, sparql: str):
    """The answer to ``sparql`` as query solutions read from the build, or None."""

    path = answer_file(generation, sparql)
    if path is None:
        return None
    try:
        f = open(path, "rb")  # noqa: SIM115 - read lazily by the solutions; closed when they are collected
    except OSError:  # the generation was replaced meanwhile
        return None
    return pyoxigraph.parse_query_results(f, format=pyoxigraph.QueryResultsFormat.TSV)
