"""Text tables for people, as ``query --format table``, ``coverage`` and ``stats`` print them:
cells padded to their column's width and joined by a separator; East-Asian wide and fullwidth
characters count two columns.

Hand-written rather than tabulate: configured to give the same bytes, tabulate 0.10.0 took
longer on the same rows in the same run (benchmarks/tables.py, which records the figures).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence


def width(text: str) -> int:
    """Columns that ``text`` takes in a terminal: two for each East-Asian wide or fullwidth character."""
    if text.isascii():  # no wide character: the common case (IRIs, numbers, dates, page ids)
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def text_table(rows: Sequence[Sequence[str]], header: Sequence[str] | None = None, *,
               align: str = "", widths: Sequence[int] | None = None, sep: str = "  ",
               indent: str = "", rule: bool = False) -> list[str]:
    """The lines of a table: ``header`` (if any), a line of dashes under it if ``rule``, ``rows``.

    Each cell is padded to its column's width: ``widths`` if given (a wider cell then overflows
    its row, as ``f"{cell:<24}"`` does), else the widest cell of the column, header included.
    ``align`` has one ``<`` (left, the default) or ``>`` (right) per column. Cells are joined by
    ``sep`` after ``indent``; blanks at the end of a line are cut.
    """
    lines = [header, *rows] if header is not None else list(rows)
    measured = [[width(c) for c in cells] for cells in lines]
    if widths is None:
        widths = [max(column) for column in zip(*measured)]
    align = align.ljust(len(widths), "<")

    def line(cells, cell_widths) -> str:
        padded = (" " * (w - cw) + c if a == ">" else c + " " * (w - cw)
                  for c, cw, w, a in zip(cells, cell_widths, widths, align))
        return (indent + sep.join(padded)).rstrip()

    out = [line(cells, ws) for cells, ws in zip(lines, measured)]
    if rule and header is not None:
        out.insert(1, line(["-" * w for w in widths], widths))
    return out
