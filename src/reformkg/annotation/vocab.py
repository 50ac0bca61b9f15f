"""The SKOS lists under ``data/vocab/``: load, merge extension files, resolve terms.

A scheme may be spread over several files (``indicators.yaml``, ``indicators-001.yaml``):
each starts with ``scheme: {id: …}``; the file that gives the scheme's zh/en labels
defines it, the others add concepts. An annotation names a concept by its id or its
zh label; unit concepts are also found by their printed symbols (人, 元, % …).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reformkg.annotation.yamlio import Document, read_yaml
from reformkg.errors import Finding

SCHEMES = (
    "reform-area", "target-group", "measure-type", "admin-level", "unit", "indicator",
    "org-kind", "event-type", "document-kind", "approximation",
    "measure-status", "ownership", "enterprise-size", "sector", "period",
)
CONCEPT_KEYS = {"id", "zh", "en", "definition", "definition_zh", "scope", "symbols", "qudt", "unit", "class",
                "broader", "note"}


@dataclass
class Concept:
    scheme: str
    id: str
    zh: str
    en: str
    extra: dict = field(default_factory=dict)
    source: tuple[str, int] = ("", 0)

    @property
    def symbols(self) -> list[str]:
        return list(self.extra.get("symbols") or [])


@dataclass
class Scheme:
    id: str
    zh: str = ""
    en: str = ""
    concepts: dict[str, Concept] = field(default_factory=dict)
    by_label: dict[str, Concept] = field(default_factory=dict)

    def resolve(self, term: str) -> Concept | None:
        return self.concepts.get(term) or self.by_label.get(term)


@dataclass
class Vocabularies:
    schemes: dict[str, Scheme]
    files: list[str] = field(default_factory=list)

    def resolve(self, scheme: str, term: str) -> Concept | None:
        return self.schemes[scheme].resolve(str(term))

    def unit_for_word(self, word: str) -> Concept | None:
        """The unit concept whose symbol is ``word`` (人, 名, 元, %, 个 …)."""
        for concept in self.schemes["unit"].concepts.values():
            if word in concept.symbols:
                return concept
        return None

    def choices(self, scheme: str, limit: int = 12) -> str:
        ids = sorted(self.schemes[scheme].concepts)
        more = f" … ({len(ids)} in all, see data/vocab/)" if len(ids) > limit else ""
        return ", ".join(ids[:limit]) + more


def load_vocabularies(vocab_dir: Path) -> tuple[Vocabularies, list[Finding]]:
    findings: list[Finding] = []
    schemes = {sid: Scheme(sid) for sid in SCHEMES}
    files = sorted(Path(vocab_dir).glob("*.yaml"))
    for path in files:
        doc = read_yaml(path)
        if isinstance(doc, Finding):
            findings.append(doc)
            continue
        findings.extend(_load_file(doc, schemes))
    return Vocabularies(schemes, [str(p) for p in files]), findings


def _load_file(doc: Document, schemes: dict[str, Scheme]) -> list[Finding]:
    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("scheme"), dict):
        return [doc.finding(("scheme",), "E002", "a vocabulary file starts with scheme: {id: …}")]
    sid = data["scheme"].get("id")
    if sid not in schemes:
        return [doc.finding(("scheme", "id"), "E007", f"unknown scheme {sid!r}; expected one of {', '.join(SCHEMES)}")]
    scheme = schemes[sid]
    out = []
    if data["scheme"].get("zh"):
        scheme.zh, scheme.en = str(data["scheme"]["zh"]), str(data["scheme"].get("en", ""))
    for i, item in enumerate(data.get("concepts") or []):
        loc = ("concepts", i)
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) and item.get(k) for k in ("id", "zh", "en")):
            out.append(doc.finding(loc, "E002", "a concept needs id, zh and en (text)"))
            continue
        unknown = set(item) - CONCEPT_KEYS
        if unknown:
            out.append(doc.finding(loc + (sorted(unknown)[0],), "E002", f"unknown concept field; expected {', '.join(sorted(CONCEPT_KEYS))}"))
            continue
        cid = item["id"]
        if cid in scheme.concepts:
            first = scheme.concepts[cid].source
            out.append(doc.finding(loc + ("id",), "E003", f"concept {cid!r} of {sid} is already defined at {first[0]}:{first[1]}"))
            continue
        concept = Concept(sid, cid, item["zh"], item["en"],
                          {k: v for k, v in item.items() if k not in ("id", "zh", "en")},
                          (doc.path, doc.locate(loc)[0]))
        scheme.concepts[cid] = concept
        scheme.by_label.setdefault(concept.zh, concept)
    return out
