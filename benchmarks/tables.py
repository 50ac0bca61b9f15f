"""``query --format table`` against tabulate, in one run: the hand-written ``table()`` of
src/reformkg/query/formats.py as it was at ``--rev`` (loaded from ``git show`` as a module; the
default is the last revision before reformkg.texttable), the working tree's ``table()``, and that
function with tabulate (+ wcwidth) doing the layout, configured to give the same bytes; on the
README's 5-row example and on 182,000 rows x 4 columns of mixed CJK/ASCII (approximate-figures at
10,000 pages: its 91 rows, each with 2,000 page ids); then the layout alone, on cells already
clipped and shortened. Medians of ``--repeat`` interleaved runs; every output is checked byte
for byte against the old.

    .venv/bin/python benchmarks/tables.py [--repeat 5] [--rev 2bf58c0]

tabulate is not a dependency of the project; install it beside it to run this
(pip install --no-deps --target DIR tabulate==0.10.0, then PYTHONPATH=DIR; wcwidth is in the venv).
The issue's rule: use the library unless a benchmark in the same run shows it slower.

Last run (2026-12-03, --repeat 5, the 2-core machine shared; tabulate 0.10.0, wcwidth 0.9.4), ms:

    case                                     old (2bf58c0)  tabulate        reformkg.texttable
    example, 5 rows x 5, whole table()                0.29  0.33 (1.12x)    0.22 (0.76x)
    182,000 rows x 4, whole table()                   5906  6329 (1.07x)    4471 (0.76x)
    the same, layout only                             1610  2342 (1.45x)     649 (0.40x)

tabulate is slower in every case, so the layout stays hand-written (reformkg.texttable, which
also counts an ASCII cell's width as its length, the same number, without unicodedata). Its
"whole" figures use the working tree's clipping, which that shortcut speeds up too; against
reformkg.texttable, tabulate takes 1.4x (whole) and 3.6x (layout) as long. Besides, tabulate
measures with wcwidth where reformkg counts East-Asian wide/fullwidth characters: the bytes
differ for combining marks, zero-width and control characters and ANSI escapes (cells of
plain CJK/ASCII, emoji and ideographic spaces come out the same).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import statistics
import subprocess
import sys
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from reformkg.query import formats as current  # noqa: E402
from reformkg.texttable import text_table  # noqa: E402

try:  # not a dependency of the project: see the docstring
    import tabulate
    import wcwidth
except ImportError as exc:
    sys.exit(f"{exc.name} is not installed: see this script's docstring")

# The header row is given as a data row followed by SEPARATING_LINE rather than as headers=:
# tabulate pads every header by MIN_PADDING (2, a module global), so a column no wider than its
# header ("value" over 93.2, 100) would come out two columns wider than reformkg's.
RULED = tabulate.TableFormat(
    lineabove=None, linebelowheader=tabulate.Line("", "-", "  ", ""), linebetweenrows=None,
    linebelow=None, headerrow=tabulate.DataRow("", "  ", ""), datarow=tabulate.DataRow("", "  ", ""),
    padding=0, with_header_hide=None)
tabulate.WIDE_CHARS_MODE = True  # East-Asian wide characters count two columns (wcwidth)


def old_table(rev: str, layout_only: bool = False):
    """``table`` of query/formats.py at ``rev``, executed as a module of its own; with
    ``layout_only``, its ``_clip`` and ``_shorten`` do nothing (for cells clipped beforehand)."""
    source = subprocess.run(["git", "show", f"{rev}:src/reformkg/query/formats.py"], cwd=ROOT,
                            check=True, capture_output=True, text=True).stdout
    module = types.ModuleType("formats_at_rev")
    exec(compile(source, f"{rev}:src/reformkg/query/formats.py", "exec"), module.__dict__)
    if layout_only:
        module._clip, module._shorten = (lambda text, limit: text), (lambda value: value)
    return module.table


def tabulate_table(names: list[str], data: list[list[str]], max_col: int = 90) -> str:
    """The working tree's ``table`` with tabulate doing the layout; clipping (…) has no tabulate
    equivalent (maxcolwidths wraps onto more lines), so cells are clipped and shortened as there."""
    return tabulate_layout(names, [[current._clip(current._shorten(v), max_col) for v in row] for row in data])


def tabulate_layout(names: list[str], shown: list[list[str]]) -> str:
    body = tabulate.tabulate([names, tabulate.SEPARATING_LINE, *shown], tablefmt=RULED,
                             disable_numparse=True, preserve_whitespace=True)
    return f"{body}\n({len(shown)} row{'s' if len(shown) != 1 else ''})"


def texttable_layout(names: list[str], shown: list[list[str]]) -> str:
    out = text_table(shown, names, rule=True)
    return "\n".join([*out, f"({len(shown)} row{'s' if len(shown) != 1 else ''})"])


def example_rows() -> tuple[list[str], list[list[str]]]:
    with open(ROOT / "queries" / "example.expected.csv", encoding="utf-8", newline="") as fh:
        names, *data = list(csv.reader(fh))
    return names, data


def large_rows(copies: int) -> tuple[list[str], list[list[str]]]:
    """approximate-figures' rows (original 接近70%, value, approximation, page), each repeated
    with ``copies`` page ids of synthetic pages, as the answer at 10,000 pages has them."""
    with open(ROOT / "queries" / "approximate-figures.expected.csv", encoding="utf-8", newline="") as fh:
        names, *data = list(csv.reader(fh))
    out = []
    for k in range(copies):
        suffix = hashlib.sha256(str(k).encode()).hexdigest()[:16]
        out += [[o, v, a, f"{k:05d}_{suffix}"] for o, v, a, _page in data]
    return names, out


def timed(fn, names, data, runs: int) -> tuple[float, str]:
    """(median seconds of one call, its output) over ``runs`` batches."""
    out, times = "", []
    loops = max(1, 2000 // max(len(data), 1))
    for _ in range(runs):
        t = time.perf_counter()
        for _ in range(loops):
            out = fn(names, data)
        times.append((time.perf_counter() - t) / loops)
    return statistics.median(times), out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--rev", default="2bf58c0", help="git revision whose query/formats.py is 'old'")
    ap.add_argument("--copies", type=int, default=2000, help="page ids per row of the large case")
    args = ap.parse_args(argv)

    old = f"old table() ({args.rev})"
    whole = {old: old_table(args.rev), "tabulate": tabulate_table, "table() (working tree)": current.table}
    layout = {old: old_table(args.rev, layout_only=True), "tabulate": tabulate_layout,
              "text_table (working tree)": texttable_layout}
    print(f"tabulate {tabulate.__version__}, wcwidth {wcwidth.__version__}, Python {sys.version.split()[0]}")
    example, large = example_rows(), large_rows(args.copies)
    clipped = large[0], [[current._clip(current._shorten(v), 90) for v in row] for row in large[1]]
    for label, fns, (names, data) in [("example (README), whole table()", whole, example),
                                      ("approximate-figures x pages, whole table()", whole, large),
                                      ("the same, layout only (cells clipped and shortened before)", layout, clipped)]:
        print(f"\n{label}: {len(data)} rows x {len(names)} columns, median of {args.repeat}")
        runs = {name: [] for name in fns}
        outputs = {}
        for _ in range(args.repeat):  # interleaved: drift on a shared machine hits all alike
            for name, fn in fns.items():
                seconds, outputs[name] = timed(fn, names, data, 1)
                runs[name].append(seconds)
        base_name = next(iter(fns))
        base = statistics.median(runs[base_name])
        for name in fns:
            t = statistics.median(runs[name])
            same = "same bytes" if outputs[name] == outputs[base_name] else "OUTPUT DIFFERS"
            print(f"  {name:<28} {t * 1000:10.2f} ms  {t / base:5.2f}x old  {same}")


if __name__ == "__main__":
    main()
