"""The canned queries: one ``queries/NAME.rq`` file per researcher's question, its title and
zh/en question in ``# title:``, ``# zh:`` and ``# en:`` header lines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from reformkg.errors import UsageError


@dataclass
class CannedQuery:
    name: str
    path: Path
    text: str
    title: str
    zh: str
    en: str

    @property
    def expected_path(self) -> Path:
        return self.path.with_suffix(".expected.csv")


def _header(text: str, key: str) -> str:
    m = re.search(rf"^#\s*{key}:\s*(.+)$", text, re.M)
    return m.group(1).strip() if m else ""


def canned_queries(queries_dir: Path, checks: bool = False) -> list[CannedQuery]:
    base = Path(queries_dir) / ("checks" if checks else "")
    out = []
    for path in sorted(base.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        name = ("checks/" if checks else "") + path.stem
        out.append(CannedQuery(name, path, text, _header(text, "title") or path.stem,
                               _header(text, "zh"), _header(text, "en")))
    return out


def resolve_query(queries_dir: Path, spec: str) -> str:
    """Inline SPARQL, ``@file.rq``, or the name of a canned query."""
    if spec.startswith("@"):
        path = Path(spec[1:])
        if not path.is_file():
            raise UsageError(f"no query file {path}")
        return path.read_text(encoding="utf-8")
    candidate = Path(queries_dir) / f"{spec}.rq"
    if re.fullmatch(r"[\w/-]+", spec):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
        names = ", ".join(q.name for q in canned_queries(queries_dir)) or "none"
        raise UsageError(f"no canned query named {spec!r}; canned queries: {names} (or give SPARQL text, or @file.rq)")
    return spec
