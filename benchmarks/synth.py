"""Synthetic corpus: N pages with annotations, made from the five real ones.

Page k copies real page k mod 5 and rescales every number in its text by a factor r_k
(0.50–0.99, from a hash of k): each digit d ≥ 1 becomes max(1, round(d·r_k)), 0 stays,
which changes the figures and the dates (2024年 → 1013年 …) while keeping the order of
the numbers of a range. The same substitution is applied to the annotation's fields that
quote the page (quote, from, to, value, text), so every quote stays grounded and every
file is valid by construction; sizes are those of the real pages. The registry,
vocabularies, shapes and ontology are the project's own (entities are not substituted:
the registry stays the same size whatever N).

    python benchmarks/synth.py --pages 1000 --out /tmp/corpus-1000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from reformkg.yamlio import Document, read_yaml  # noqa: E402

GROUNDED = {"quote", "from", "to", "value", "text"}
DIGITS = re.compile(r"\d+")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def rescale(text: str, r: float) -> str:
    """Each digit d ≥ 1 becomes max(1, round(d·r)); 0 stays. Digit by digit, so that a quote
    that starts inside a number (``14年`` of ``2014年``) still matches the text, and
    monotone, so that percentages stay ≤ 100 and the ends of a range keep their order."""
    table = str.maketrans({str(d): str(max(1, round(d * r))) for d in range(1, 10)})
    return text.translate(table)


def transform(obj, r: float, key: str | None = None):
    if isinstance(obj, dict):
        return {k: transform(v, r, k) for k, v in obj.items()}
    if isinstance(obj, list):
        return [transform(v, r, key) for v in obj]
    if isinstance(obj, str) and key in GROUNDED and not ISO_DATE.match(obj):  # date: {value: 2025-01} stays
        return rescale(obj, r)
    return obj


def _scalar(v) -> str:
    if v is None:
        return "null"
    if v is True or v is False:
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    return json.dumps(v, ensure_ascii=False)  # a double-quoted YAML scalar


def emit(obj, indent: int = 0) -> list[str]:
    """Block-style YAML, one key or item per line (like the hand-written files)."""
    pad = " " * indent
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)) and v:
                out.append(f"{pad}{k}:")
                out += emit(v, indent + 2)
            else:
                out.append(f"{pad}{k}: {_scalar(v) if not isinstance(v, (dict, list)) else ('{}' if isinstance(v, dict) else '[]')}")
    else:
        for v in obj:
            if isinstance(v, (dict, list)) and v:
                lines = emit(v, indent + 2)
                out.append(f"{pad}- {lines[0].lstrip()}")
                out += lines[1:]
            else:
                out.append(f"{pad}- {_scalar(v) if not isinstance(v, (dict, list)) else ('{}' if isinstance(v, dict) else '[]')}")
    return out


def seeds(root: Path = ROOT) -> list[tuple[str, dict]]:
    out = []
    for path in sorted((root / "data" / "annotations").glob("*.yaml")):
        doc = read_yaml(path)
        assert isinstance(doc, Document), doc
        text = (root / "data" / "articles" / f"{doc.data['page']}.txt").read_text(encoding="utf-8")
        out.append((text, doc.data))
    return out


def make_corpus(n: int, out: Path, root: Path = ROOT) -> Path:
    """Write a project with ``n`` synthetic pages to ``out`` (replaced if it exists)."""
    if out.exists():
        shutil.rmtree(out)
    for part in ("ontology", "shapes", "queries"):
        shutil.copytree(root / part, out / part)
    for part in ("entities", "vocab"):
        shutil.copytree(root / "data" / part, out / "data" / part)
    (out / "data" / "articles").mkdir(parents=True)
    (out / "data" / "annotations").mkdir(parents=True)
    base = seeds(root)
    for k in range(n):
        text, data = base[k % len(base)]
        h = hashlib.sha256(f"reformkg-synth {k}".encode()).digest()
        r = 0.5 + 0.49 * int.from_bytes(h[:4], "big") / 2 ** 32
        new_text = rescale(text, r)
        pid = f"syn{k:05d}_{hashlib.sha256(new_text.encode('utf-8')).hexdigest()[:16]}"
        ann = transform(data, r)
        ann["page"] = pid
        (out / "data" / "articles" / f"{pid}.txt").write_text(new_text, encoding="utf-8")
        (out / "data" / "annotations" / f"{pid}.yaml").write_text("\n".join(emit(ann)) + "\n", encoding="utf-8")
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    make_corpus(args.pages, args.out)
    size = sum(p.stat().st_size for p in (args.out / "data").rglob("*") if p.is_file())
    print(f"wrote {args.pages} pages to {args.out} ({size / 1e6:.1f} MB of data)")


if __name__ == "__main__":
    main()
