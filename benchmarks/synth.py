"""Synthetic corpus: N pages with annotations, made from the five real ones.

Page k copies real page k mod 5 and changes three things, each valid by construction:

* **figures and dates**: every number in its text is rescaled by a factor r_k (0.50–0.80,
  from a hash of k): each digit d ≥ 1 becomes max(1, round(d·r_k)), 0 stays (2024年 →
  1013年 …), monotone, so ranges keep their order and percentages stay ≤ 100;
* **entities**: the page belongs to clone c = (k // 5) mod C, C = max(1, N // 50), so each
  set of entities is shared by about 50 pages, as a province's bodies recur across a
  paper's pages. Clone 0 is the real registry; clone c ≥ 1 renames every entity whose name
  changes under a character permutation T_c of the 179 CJK characters that occur in the
  registry's names but nowhere in the code or the vocabularies (婺, 铂 …; so no keyword
  or unit is touched), with the id ``{id}-s{c}``, its references (parent, region, issuers)
  renamed alike, in ``data/entities/synth-c{c}.yaml``;
* the same T_c and digit rescaling apply to the page text and to the annotation's fields
  that quote it (quote, from, to, value, text), and the annotation's entity ids become
  those of clone c, so every quote stays grounded.

The registry grows with N (167 renamed entries per clone: 3,331 entries at 1,000 pages,
about 32,000 at 10,000); vocabularies,
shapes and ontology are the project's own.

    python benchmarks/synth.py --pages 1000 --out /tmp/corpus-1000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import sys
from math import gcd
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from reformkg.annotation.yamlio import Document, read_yaml  # noqa: E402

GROUNDED = {"quote", "from", "to", "value", "text", "cue"}
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CLONE_FIELDS = ("name", "aliases", "note")  # renamed in a clone entry
REF_FIELDS = ("parent", "region", "issuers")  # registry ids inside registry entries
PAGES_PER_CLONE = 50


def rescale(text: str, r: float) -> str:
    """Each digit d ≥ 1 becomes max(1, round(d·r)); 0 stays. Digit by digit, so that a quote
    that starts inside a number (``14年`` of ``2014年``) still matches the text, and
    monotone, so that percentages stay ≤ 100 and the ends of a range keep their order."""
    table = str.maketrans({str(d): str(max(1, round(d * r))) for d in range(1, 10)})
    return text.translate(table)


def name_chars(root: Path = ROOT) -> list[str]:
    """The CJK characters of the registry's names that neither the code nor a vocabulary uses."""
    protected: set[str] = set()
    for f in [*(root / "src" / "reformkg").rglob("*.py"), *(root / "data" / "vocab").glob("*.yaml")]:
        protected |= set(f.read_text(encoding="utf-8"))
    names: set[str] = set()
    for f in sorted((root / "data" / "entities").glob("*.yaml")):
        for section in (read_yaml(f).data or {}).values():
            for ent in section or []:
                for v in [ent.get("name", "")] + list(ent.get("aliases", []) or []):
                    names |= set(str(v))
    return sorted(c for c in names if "\u4e00" <= c <= "\u9fff" and c not in protected)


def permutation(chars: list[str], c: int) -> dict:
    """T_c: i → (a·i + b) mod n over ``chars``, a bijection for every a coprime with n
    (a = 1 + c // n, b = c mod n; the identity for c = 0)."""
    n = len(chars)
    if c == 0 or n < 2:
        return {}
    a, b = 1 + c // n, c % n
    while gcd(a, n) != 1:
        a += 1
    return str.maketrans({ch: chars[(a * i + b) % n] for i, ch in enumerate(chars)})


def transform(obj, r: float, table: dict, ids: dict, key: str | None = None):
    """The annotation of a synthetic page: quoted fields rescaled and permuted, entity ids
    renamed to those of the page's clone."""
    if isinstance(obj, dict):
        return {k: transform(v, r, table, ids, k) for k, v in obj.items()}
    if isinstance(obj, list):
        return [transform(v, r, table, ids, key) for v in obj]
    if isinstance(obj, str):
        if key in GROUNDED and not ISO_DATE.match(obj):  # date: {value: 2025-01} stays
            return rescale(obj, r).translate(table)
        if key != "id":
            return ids.get(obj, obj)
    return obj


def registry_entries(root: Path = ROOT) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for f in sorted((root / "data" / "entities").glob("*.yaml")):
        for section, items in (read_yaml(f).data or {}).items():
            out.setdefault(section, []).extend(items or [])
    return out


def clone(registry: dict[str, list[dict]], table: dict, c: int) -> tuple[dict, dict]:
    """(id → clone id for every renamed entity, the clone's registry sections)."""
    def renamed(ent):
        return any(str(v).translate(table) != str(v)
                   for v in [ent.get("name", "")] + list(ent.get("aliases", []) or []))

    ids = {e["id"]: f"{e['id']}-s{c}" for items in registry.values() for e in items if renamed(e)}
    sections: dict[str, list[dict]] = {}
    for section, items in registry.items():
        for ent in items:
            if ent["id"] not in ids:
                continue
            new = dict(ent, id=ids[ent["id"]])
            for f in CLONE_FIELDS:
                if isinstance(new.get(f), str):
                    new[f] = new[f].translate(table)
                elif isinstance(new.get(f), list):
                    new[f] = [str(v).translate(table) for v in new[f]]
            for f in REF_FIELDS:
                if isinstance(new.get(f), str):
                    new[f] = ids.get(new[f], new[f])
                elif isinstance(new.get(f), list):
                    new[f] = [ids.get(v, v) for v in new[f]]
            sections.setdefault(section, []).append(new)
    return ids, sections


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
    chars, registry = name_chars(root), registry_entries(root)
    clones = max(1, n // PAGES_PER_CLONE)
    tables: dict[int, tuple[dict, dict]] = {}
    for k in range(n):
        text, data = base[k % len(base)]
        c = (k // len(base)) % clones
        if c not in tables:
            table = permutation(chars, c)
            ids, sections = clone(registry, table, c) if c else ({}, {})
            if sections:
                (out / "data" / "entities" / f"synth-c{c:04d}.yaml").write_text(
                    "\n".join(emit(sections)) + "\n", encoding="utf-8")
            tables[c] = (table, ids)
        table, ids = tables[c]
        h = hashlib.sha256(f"reformkg-synth {k}".encode()).digest()
        r = 0.5 + 0.3 * int.from_bytes(h[:4], "big") / 2 ** 32  # ≤ 0.8: every digit from 3 up changes
        new_text = rescale(text, r).translate(table)
        pid = f"syn{k:05d}_{hashlib.sha256(new_text.encode('utf-8')).hexdigest()[:16]}"
        ann = transform(data, r, table, ids)
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
