"""Linter checks of one annotation, run by ``validate`` beside the loader's errors.

* ``E010`` a field still holds the ``TODO`` marker that ``reformkg suggest`` leaves for a
  person to fill. One finding per marker; the loader's own errors on the same field (and
  the ones it causes, such as a story that cannot be referenced) are folded into it.
* ``W101`` a figure inside a fact's quote is covered by no observation.
* ``W102`` a name in a quote or byline is not in the registry but close to one
  ("did you mean 旬阳市?"), by rapidfuzz.
* ``W103`` an in-scope story's coverage is below 95%.

Warnings never fail a run. None of these checks needs jieba: validate stays fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from reformkg.annotation.coverage import page_coverage
from reformkg.annotation.figures import find_figures
from reformkg.annotation.loader import LoadedPage, Registry
from reformkg.annotation.vocab import Vocabularies
from reformkg.annotation.yamlio import Document, dotted, read_yaml
from reformkg.errors import Finding

MARKER = "TODO"
COVERAGE_FLOOR = 0.95

HINTS = {
    "indicator": "an indicator of data/vocab/indicators*.yaml (id or zh label); add a concept when none fits",
    "subject": "what the figure describes: {region: id} or {organisation: id}, {person: id}, {measure: m…}, {group: concept}",
    "recipient": "who received it: {organisation: id} or {region: id}, {person: id}",
    "time": "one of {as_of|since|by|during|on: YYYY[-MM[-DD]], text: phrase as printed} or {unspecified: true, text: …}",
    "document": "a documents id of the registry (add the document to data/entities/ first)",
    "person": "a people id of the registry (add the person to data/entities/people.yaml first)",
    "organisation": "an organisations id of the registry",
    "lead": "an organisations id of the registry",
    "partners": "an organisations id of the registry",
    "regions": "a regions id of the registry",
    "region": "a regions id of the registry",
    "value": "the story's date: YYYY, YYYY-MM or YYYY-MM-DD",
    "basis": "'printed' or how the date was inferred",
    "type": "a concept of data/vocab/measure-types.yaml or event-types.yaml",
    "kind": "a concept of data/vocab/org-kinds.yaml or document-kinds.yaml",
}


def _markers(data, path=()) -> list[tuple]:
    if isinstance(data, dict):
        return [m for k, v in data.items() for m in _markers(v, path + (k,))]
    if isinstance(data, list):
        return [m for i, v in enumerate(data) for m in _markers(v, path + (i,))]
    return [path] if isinstance(data, str) and data.strip().startswith(MARKER) else []


def _under(field: str, prefix: str) -> bool:
    return field == prefix or field.startswith(prefix + ".") or field.startswith(prefix + "[")


def marker_findings(doc: Document, findings: list[Finding]) -> list[Finding]:
    """One E010 per TODO marker; loader findings on marked fields and their echoes are dropped."""
    marks = _markers(doc.data)
    if not marks:
        return findings
    out, fields = [], []
    for loc in marks:
        name = next((p for p in reversed(loc) if isinstance(p, str)), "")
        fld = dotted(loc)
        fields.append(fld)
        hint = HINTS.get(name, "fill it in")
        out.append(doc.finding(loc, "E010", f"to fill: the draft from `reformkg suggest` left {MARKER} here; expected {hint}"))
    stories = doc.data.get("stories") if isinstance(doc.data, dict) else None
    broken = set()
    for loc in marks:
        if loc[:1] == ("stories",) and len(loc) > 1 and isinstance(stories, list) and isinstance(stories[loc[1]], dict):
            broken.add(str(stories[loc[1]].get("id")))
    for f in findings:
        if any(_under(f.field, m) for m in fields):
            continue
        if f.code == "E004" and f.field.endswith(".story") and any(f"{s!r}" in f.message for s in broken):
            continue
        out.append(f)
    return out


# --------------------------------------------------------------------------- warnings


def _fact_quotes(lp: LoadedPage):
    for section in ("measures", "observations", "recognitions", "posts", "events"):
        for fact in getattr(lp.annotation, section):
            yield section, fact


def figure_warnings(lp: LoadedPage, vocab: Vocabularies) -> list[Finding]:

    observed = [sp for o in lp.annotation.observations for _f, sp in lp.evidence.get(o.id, [])]
    # a figure listed under figures_excluded is said to be no observation: no warning for it
    observed += [sp for i in range(len(lp.annotation.figures_excluded))
                 for _f, sp in lp.evidence.get(f"excluded-{i + 1}", [])]
    out, seen = [], set()
    # figures written in digits only: 一项, 一批, 五年 are words more often than reported figures
    hits = [h for h in find_figures(lp.page, vocab) if re.search(r"\d", h.text)]
    if not hits:
        return out
    for section, fact in _fact_quotes(lp):
        if section == "observations":
            continue
        for _frag, span in lp.evidence.get(fact.id, []):
            for h in hits:
                if h.span.start < span.start or h.span.end > span.end or h.span in seen:
                    continue
                if any(o.start <= h.span.start and h.span.end <= o.end for o in observed):
                    continue
                seen.add(h.span)
                line, fld = lp.lines[fact.id]
                out.append(Finding(lp.path, line, 1, "W101", f"{fld}.quote",
                                   f"the quote holds the figure {h.text!r} (line {lp.page.line_of(h.span.start)} of "
                                   f"{lp.page_id}.txt) that no observation covers; add an observation, or ignore this "
                                   "when it is no reported figure", "warning"))
    return out


_ADMIN = "省市县区旗"


def _stem_matches(text: str, stems) -> Iterator[tuple[str, int]]:
    """(stem, end of its admin suffix) for each registry region stem followed by one of
    ``_ADMIN`` in ``text``: left to right, the longest stem at each position, not overlapping.
    Set lookups of the text's substrings, so the cost does not grow with the registry (a regex
    alternation of 30,000 stems took 0.7 s to compile)."""
    lengths = sorted({len(s) for s in stems}, reverse=True)
    i = 0
    while i < len(text):
        for n in lengths:
            stem = text[i:i + n]
            if i + n < len(text) and text[i + n] in _ADMIN and stem in stems:
                i += n + 1
                yield stem, i
                break
        else:
            i += 1


def name_warnings(lp: LoadedPage, registry: Registry) -> list[Finding]:
    """Region names with another admin suffix than the registry's (旬阳县 → 旬阳市), bylines close to a person."""
    from rapidfuzz import fuzz  # lazy: only when a name is not in the registry

    names = registry.names()
    stems: dict[str, list[str]] = {}
    for rid, r in registry.regions.items():
        for nm in [r.name, *r.aliases]:
            if len(nm) >= 3 and nm[-1] in _ADMIN:
                stems.setdefault(nm[:-1], []).append(nm)
    out, seen = [], set()
    if stems:
        for section, fact in _fact_quotes(lp):
            for frag, _span in lp.evidence.get(fact.id, []):
                text = lp.page.squeeze(frag)
                for stem, end in _stem_matches(text, stems):
                    word = text[end - len(stem) - 1:end]
                    if word in names or (fact.id, word) in seen:
                        continue
                    after = text[end:end + 1]
                    if word[-1] in "市区" and after and after not in "，。、；：“”（）,;:的和与及" and word + after not in names:
                        continue  # 旬阳市区, 渭南市场 … are other words
                    seen.add((fact.id, word))
                    close = stems[stem][0]
                    line, fld = lp.lines[fact.id]
                    out.append(Finding(lp.path, line, 1, "W102", f"{fld}.quote",
                                       f"{word!r} is not in the registry; did you mean {close}?", "warning"))
    people = [p.name for p in registry.people.values()]
    for story in lp.annotation.stories:
        for j, by in enumerate(story.byline):
            if by.person or by.name in names:
                continue
            close = [p for p in people if len(p) == len(by.name) >= 2 and fuzz.ratio(p, by.name) >= 60
                     and sum(a != b for a, b in zip(p, by.name)) == 1]
            if close:
                line, fld = lp.lines[f"{story.id}-byline-{j + 1}"]
                out.append(Finding(lp.path, line, 1, "W102", f"{fld}.name",
                                   f"{by.name!r} is not in the registry; did you mean {close[0]}?", "warning"))
    return out


def coverage_warnings(lp: LoadedPage) -> list[Finding]:

    out = []
    cov = page_coverage(lp)
    for s in cov.stories:
        if s.rate >= COVERAGE_FLOOR:
            continue
        i = next(k for k, st in enumerate(lp.annotation.stories) if st.id == s.story)
        line = lp.doc.locate(("stories", i))[0]
        first = s.gaps[0] if s.gaps else None
        where = f"; first uncovered passage at line {first.line} of {lp.page_id}.txt: {first.text[:30]!r}" if first else ""
        out.append(Finding(lp.path, line, 1, "W103", f"stories[{i}]",
                           f"story {s.story} is {s.rate:.1%} covered ({COVERAGE_FLOOR:.0%} expected): quote its facts "
                           f"or list the rest under no_fact ({len(s.gaps)} passages uncovered{where})", "warning"))
    return out


def lint(path: str | Path, lp: LoadedPage | None, findings: list[Finding], registry: Registry,
         vocab: Vocabularies, rel=None, text: str | bytes | None = None) -> list[Finding]:
    """The findings of one annotation file, with markers folded and warnings added.

    ``lp`` is the loaded page (None when the loader found errors); ``rel`` maps an
    absolute path to the path printed (the project's ``Project.rel``); ``text`` is the file's
    content when it is not (yet) what is on disk.
    """
    rel = rel or (lambda p: p)

    def relative(fs):
        return [Finding(rel(f.path), f.line, f.col, f.code, f.field, f.message, f.severity) for f in fs]

    if lp is None or MARKER in str(lp.doc.data):
        doc = lp.doc if lp is not None else read_yaml(path, text)
        if isinstance(doc, Document):
            findings = relative(marker_findings(doc, findings))
    if lp is None or any(f.is_error for f in findings):
        return findings  # warnings come once the file has no errors: they would be noise before
    extra = figure_warnings(lp, vocab) + name_warnings(lp, registry) + coverage_warnings(lp)
    return findings + relative(extra)
