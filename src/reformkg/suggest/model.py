"""What the rules of suggest find (suggestions, mentions) and what a draft collects as they run."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reformkg.annotation.grounding import Span


@dataclass
class Suggestion:
    kind: str  # story | observation | document | measure | organisation | region | person | post | recognition | area | group | time | no_fact
    text: str
    span: Span
    confidence: float
    fields: dict = field(default_factory=dict)
    story: str | None = None
    rule: str = ""
    quote: str = ""  # the sentence (or clause) it was found in, as a quote: whitespace removed

    def as_dict(self) -> dict:
        return {"kind": self.kind, "text": self.text, "start": self.span.start, "end": self.span.end,
                "confidence": round(self.confidence, 2), "story": self.story, "rule": self.rule,
                "quote": self.quote, "fields": self.fields}


@dataclass
class Mention:
    """A name found in the page: a registry entry (ids) or a new one (proposal)."""

    section: str  # organisations | regions | people | documents
    name: str
    cstart: int  # compact offsets
    cend: int
    ids: list[str]
    confidence: float
    proposal: dict | None = None


@dataclass
class DraftParts:
    """A draft as the rules fill it: the annotation's entries by section, a comment per entry,
    every suggestion, the compact ranges the entries' quotes cover (the rest of an in-scope
    story goes to no_fact) and the names proposed for the registry, by (section, name)."""

    annotation: dict
    suggestions: list[Suggestion] = field(default_factory=list)
    comments: dict = field(default_factory=dict)  # (section, index) → comment
    covered: list[tuple[int, int]] = field(default_factory=list)
    new_entities: dict[tuple[str, str], dict] = field(default_factory=dict)

    def add(self, section: str, entry: dict, s: Suggestion, quote: tuple[int, int]) -> None:
        """An annotation entry found by suggestion ``s``, its quote at compact ``quote``."""
        self.suggestions.append(s)
        self.comments[(section, len(self.annotation[section]))] = (
            f"confidence {s.confidence:.2f} · offsets [{s.span.start}, {s.span.end}) · {s.rule}")
        self.annotation[section].append(entry)
        self.covered.append(quote)

    def propose(self, m: Mention, span: Span) -> None:
        """The name of mention ``m`` (at ``span`` in the page) for the registry, once; a later
        mention's own short form (长春市总 after 吉林省长春市总工会) one more alias of it, never a
        bare level's (市总工会: it could name any city's)."""
        if not m.proposal:
            return
        entry = self.new_entities.get((m.section, m.proposal["name"]))
        if entry is None:
            self.new_entities[(m.section, m.proposal["name"])] = {"section": m.section, "text": m.name,
                                                                  "start": span.start, "end": span.end,
                                                                  "confidence": m.confidence, **m.proposal}
            return
        more = [a for a in m.proposal.get("aliases", []) if a not in entry.get("aliases", []) and a != entry["name"]
                and not re.match(r"[省市县区州旗](?:总|委|政府)", a)]
        if more:
            entry["aliases"] = [*entry.get("aliases", []), *more]
