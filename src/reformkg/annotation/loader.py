"""Load the registry and the page annotations: parse → structural checks → grounding.

Nothing here raises on bad data: each step returns :class:`~reformkg.errors.Finding`
objects that name file, line, column, field and what was expected, so one run
reports every problem of a file.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ValidationError

from reformkg.annotation import model as m
from reformkg.annotation.figures import Figure, FigureError, parse_figure
from reformkg.annotation.grounding import PageText, Span
from reformkg.annotation.vocab import Concept, Vocabularies
from reformkg.annotation.yamlio import Document, dotted, read_yaml
from reformkg.errors import Finding

# --------------------------------------------------------------------------- pydantic → findings


def _data_path(data, loc: tuple) -> tuple:
    """Drop the parts of a pydantic ``loc`` that are not in the data (union member names)."""
    out, cur = [], data
    for part in loc:
        if isinstance(cur, dict) and part in cur:
            out.append(part)
            cur = cur[part]
        elif isinstance(cur, list) and isinstance(part, int) and part < len(cur):
            out.append(part)
            cur = cur[part]
        elif isinstance(cur, dict) and isinstance(part, str) and not any(c in part for c in "[]-"):
            out.append(part)  # a missing key: name it
            cur = None
    return tuple(out)


def _message(err: dict, model_cls: type[BaseModel], loc: tuple) -> str:
    kind = err["type"]
    name = loc[-1] if loc and isinstance(loc[-1], str) else None
    if kind == "missing":
        return f"required field {name!r} is missing"
    if kind == "extra_forbidden":
        owner = _owner_model(model_cls, loc)
        fields = sorted(f.alias or n for n, f in owner.model_fields.items()) if owner else []
        return f"unknown field {name!r}; expected one of: {', '.join(fields)}"
    if kind == "string_pattern_mismatch":
        pattern = err.get("ctx", {}).get("pattern", "")
        if pattern == m.ID_PATTERN:
            return f"{err['input']!r} is not an id: expected lower-case ASCII letters, digits, '-' and '_'"
        if pattern == m.DATE_PATTERN:
            return f"{err['input']!r} is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD"
        if pattern == r"^\d{6}$":
            return f"{err['input']!r} is not a GB/T 2260 code: expected six digits in quotes, e.g. \"610981\""
        return f"{err['input']!r} does not have the expected form ({pattern})"
    if kind in ("string_type", "list_type") and name == "quote" or (len(loc) > 1 and loc[-2] == "quote"):
        return "expected a quote: text, or a list of text fragments"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "too_short":
        return "must have at least one entry"
    msg = err["msg"]
    return msg[len("Value error, "):] if msg.startswith("Value error, ") else msg


def _owner_model(model_cls, loc: tuple):
    """The model class that owns the last key of ``loc`` (for listing its fields)."""

    cls = model_cls
    for part in loc[:-1]:
        if isinstance(part, int) or cls is None:
            continue
        f = cls.model_fields.get(part) or next((v for v in cls.model_fields.values() if v.alias == part), None)
        if f is None:
            return None
        ann = f.annotation
        cls = None
        for cand in [ann, *typing.get_args(ann), *[a for t in typing.get_args(ann) for a in typing.get_args(t)]]:
            if isinstance(cand, type) and issubclass(cand, BaseModel):
                cls = cand
                break
    return cls


def validate_model(doc: Document, model_cls: type[BaseModel], data, base: tuple):
    """Validate ``data`` (found at ``base`` in ``doc``) against a model; (instance, findings)."""
    try:
        return model_cls.model_validate(data), []
    except ValidationError as exc:
        findings, seen = [], set()
        for err in exc.errors():
            loc = _data_path(data, tuple(err["loc"]))
            full = base + loc
            key = (full, err["type"] if err["type"] != "string_type" else "type")
            if full in {k[0] for k in seen} and any(p == "quote" for p in loc):
                continue
            if key in seen:
                continue
            seen.add(key)
            findings.append(doc.finding(full, "E002", _message(err, model_cls, loc)))
        return None, findings


# --------------------------------------------------------------------------- registry


@dataclass
class Registry:
    regions: dict[str, m.Region] = field(default_factory=dict)
    organisations: dict[str, m.Organisation] = field(default_factory=dict)
    people: dict[str, m.Person] = field(default_factory=dict)
    documents: dict[str, m.Document] = field(default_factory=dict)
    source: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)  # (section, id) → (file, line)
    files: list[str] = field(default_factory=list)

    def section(self, name: str) -> dict:
        return getattr(self, name)

    def names(self) -> dict[str, list[tuple[str, str]]]:
        """Every name and alias → [(section, id)]."""
        out: dict[str, list[tuple[str, str]]] = {}
        for section in m.REGISTRY_SECTIONS:
            for eid, ent in self.section(section).items():
                for name in [ent.name, *ent.aliases]:
                    out.setdefault(name, []).append((section, eid))
        return out


def load_registry(entities_dir: Path, vocab: Vocabularies) -> tuple[Registry, list[Finding]]:
    reg, findings = Registry(), []
    docs: list[Document] = []
    for path in sorted(Path(entities_dir).glob("*.yaml")):
        reg.files.append(str(path))
        doc = read_yaml(path)
        if isinstance(doc, Finding):
            findings.append(doc)
            continue
        docs.append(doc)
        data = doc.data or {}
        if not isinstance(data, dict):
            findings.append(doc.finding((), "E002", "a registry file is a mapping of regions, organisations, people, documents"))
            continue
        for key in data:
            if key not in m.REGISTRY_SECTIONS:
                findings.append(doc.finding((key,), "E002", f"unknown list {key!r}; expected one of: {', '.join(m.REGISTRY_SECTIONS)}"))
        for section, cls in m.REGISTRY_SECTIONS.items():
            items = data.get(section) or []
            if not isinstance(items, list):
                findings.append(doc.finding((section,), "E002", "expected a list"))
                continue
            for i, item in enumerate(items):
                ent, errs = validate_model(doc, cls, item, (section, i))
                findings.extend(errs)
                if ent is None:
                    continue
                if ent.id in reg.section(section):
                    first = reg.source[(section, ent.id)]
                    findings.append(doc.finding((section, i, "id"), "E003", f"{section} id {ent.id!r} is already used at {first[0]}:{first[1]}"))
                    continue
                reg.section(section)[ent.id] = ent
                reg.source[(section, ent.id)] = (doc.path, doc.locate((section, i))[0])
    findings.extend(_check_registry(reg, vocab))
    return reg, findings


def _registry_finding(reg: Registry, section: str, eid: str, fld: str, code: str, msg: str) -> Finding:
    path, line = reg.source[(section, eid)]
    return Finding(path, line, 0, code, f"{section}[{eid}].{fld}", msg)


def _check_registry(reg: Registry, vocab: Vocabularies) -> list[Finding]:
    out = []

    def ref(section, eid, fld, target, value):
        if value is not None and value not in reg.section(target):
            out.append(_registry_finding(reg, section, eid, fld, "E004", f"{value!r} is not a {target} id in the registry"))

    def term(section, eid, fld, scheme, value):
        if value is not None and vocab.resolve(scheme, value) is None:
            out.append(_registry_finding(reg, section, eid, fld, "E007", f"{value!r} is not a {scheme} concept; expected one of: {vocab.choices(scheme)}"))

    for rid, r in reg.regions.items():
        ref("regions", rid, "parent", "regions", r.parent)
        term("regions", rid, "level", "admin-level", r.level)
    for oid, o in reg.organisations.items():
        ref("organisations", oid, "region", "regions", o.region)
        ref("organisations", oid, "parent", "organisations", o.parent)
        term("organisations", oid, "kind", "org-kind", o.kind)
        term("organisations", oid, "level", "admin-level", o.level)
    for did, d in reg.documents.items():
        for issuer in d.issuers:
            ref("documents", did, "issuers", "organisations", issuer)
        term("documents", did, "kind", "document-kind", d.kind)
    for section in ("regions", "organisations"):
        items = reg.section(section)
        for eid in items:
            seen, cur = set(), eid
            while cur in items and items[cur].parent:
                if cur in seen:
                    out.append(_registry_finding(reg, section, eid, "parent", "E004", "the parent chain loops back to this entry"))
                    break
                seen.add(cur)
                cur = items[cur].parent
    return out


# --------------------------------------------------------------------------- annotations


@dataclass
class ResolvedFigure:
    figure: Figure
    unit: Concept


@dataclass
class LoadedPage:
    """An annotation that passed its checks, with every quote grounded."""

    path: str
    doc: Document
    annotation: m.Annotation
    page: PageText
    story_spans: dict[str, list[Span]]
    evidence: dict[str, list[tuple[str, Span]]]  # fact key → [(fragment, span)]
    figures: dict[str, ResolvedFigure]
    lines: dict[str, tuple[int, str]]  # fact key → (line, field path)

    @property
    def page_id(self) -> str:
        return self.annotation.page


SECTION_MODELS: dict[str, type[BaseModel]] = {
    "stories": m.Story, **m.FACT_SECTIONS, "no_fact": m.NoFact, "figures_excluded": m.ExcludedFigure,
}


def load_annotation(path: Path, articles_dir: Path, registry: Registry, vocab: Vocabularies,
                    text: str | bytes | None = None) -> tuple[LoadedPage | None, list[Finding]]:
    doc = read_yaml(path, text)
    if isinstance(doc, Finding):
        return None, [doc]
    data = doc.data
    if not isinstance(data, dict):
        return None, [doc.finding((), "E002", "an annotation is a mapping with page, stories, measures, observations …")]
    findings: list[Finding] = []
    top_fields = set(m.Annotation.model_fields)
    for key in data:
        if key not in top_fields:
            findings.append(doc.finding((key,), "E002", f"unknown field {key!r}; expected one of: {', '.join(m.Annotation.model_fields)}"))
    # Validate entry by entry, so one bad entry does not hide the others.
    sections: dict[str, list] = {}
    for section, cls in SECTION_MODELS.items():
        items = data.get(section)
        if items is None:
            items = []
        if not isinstance(items, list):
            findings.append(doc.finding((section,), "E002", "expected a list"))
            items = []
        good = []
        for i, item in enumerate(items):
            obj, errs = validate_model(doc, cls, item, (section, i))
            findings.extend(errs)
            if obj is not None:
                good.append((i, obj))
        sections[section] = good
    head = {k: data.get(k) for k in ("page", "newspaper")}
    head["stories"] = [s for _, s in sections["stories"]] or None
    if head["stories"] is None and not data.get("stories"):
        findings.append(doc.finding(("stories",), "E002", "required field 'stories' is missing or empty"))
    if not isinstance(data.get("page"), str) or not data.get("page"):
        findings.append(doc.finding(("page",), "E002", "required field 'page' is missing: the page id (file name in data/articles/ without .txt)"))
        return None, findings
    page_id = data["page"]
    page_path = Path(articles_dir) / f"{page_id}.txt"
    if not page_path.is_file():
        findings.append(doc.finding(("page",), "E009", f"no page text data/articles/{page_id}.txt for page {page_id!r}"))
        return None, findings
    if Path(path).stem != page_id:
        findings.append(doc.finding(("page",), "W104", f"page {page_id!r} does not match the file name {Path(path).name!r}; expected {page_id}.yaml", "warning"))
    page = PageText.read(page_path)
    checker = _Checker(doc, page, registry, vocab, sections)
    checker.run()
    findings.extend(checker.findings)
    if any(f.is_error for f in findings):
        return None, findings
    ann = m.Annotation(
        page=page_id, newspaper=data.get("newspaper"),
        **{s: [o for _, o in sections[s]] for s in SECTION_MODELS},
    )
    return LoadedPage(str(path), doc, ann, page, checker.story_spans, checker.evidence,
                      checker.figures, checker.lines), findings


class _Checker:
    """References, vocabulary terms, figures and quotes of one annotation."""

    def __init__(self, doc, page, registry, vocab, sections):
        self.doc, self.page, self.reg, self.vocab, self.sections = doc, page, registry, vocab, sections
        self.findings: list[Finding] = []
        self.story_spans: dict[str, list[Span]] = {}
        self.evidence: dict[str, list[tuple[str, Span]]] = {}
        self.figures: dict[str, ResolvedFigure] = {}
        self.lines: dict[str, tuple[int, str]] = {}
        self.local_ids: dict[str, str] = {}

    def err(self, loc, code, msg):
        self.findings.append(self.doc.finding(loc, code, msg))

    def run(self):
        self._ids()
        for i, story in self.sections["stories"]:
            self._story(i, story)
        for section in m.FACT_SECTIONS:
            for i, fact in self.sections[section]:
                loc = (section, i)
                self.lines[fact.id] = (self.doc.locate(loc)[0], dotted(loc))
                self._story_ref(loc, fact.story)
                getattr(self, f"_{section}")(loc, fact)
                self._ground(fact.id, loc, fact.fragments, fact.story)
        for section, prefix in (("no_fact", "nofact"), ("figures_excluded", "excluded")):
            for i, entry in self.sections[section]:
                loc = (section, i)
                key = f"{prefix}-{i + 1}"
                self.lines[key] = (self.doc.locate(loc)[0], dotted(loc))
                self._story_ref(loc, entry.story)
                self._ground(key, loc, entry.fragments, entry.story)
        for i, ex in self.sections["figures_excluded"]:
            loc = ("figures_excluded", i)
            key = f"excluded-{i + 1}"
            if key in self.evidence and not any(
                PageText.squeeze(ex.text) in PageText.squeeze(self.page.text[s.start:s.end]) for _f, s in self.evidence[key]
            ):
                self.err(loc + ("text",), "E005", f"{ex.text!r} is not inside its quote")

    def _ids(self):
        for section in ("stories", *m.FACT_SECTIONS):
            for i, obj in self.sections[section]:
                if obj.id in self.local_ids:
                    self.err((section, i, "id"), "E003", f"id {obj.id!r} is already used by {self.local_ids[obj.id]}")
                else:
                    self.local_ids[obj.id] = dotted((section, i))

    def _story(self, i, story: m.Story):
        spans = []
        for j, ext in enumerate(story.extent):
            loc = ("stories", i, "extent", j)
            start = self.page.find(ext.from_)
            if start is None:
                self._not_found(loc + ("from",), ext.from_)
                continue
            end = self.page.find(ext.to, after=start.start)
            if end is None:
                self._not_found(loc + ("to",), ext.to, after=True)
                continue
            spans.append(Span(start.start, end.end))
        self.story_spans[story.id] = spans
        for j, by in enumerate(story.byline):
            loc = ("stories", i, "byline", j)
            if by.person:
                self._reg(loc + ("person",), "people", by.person)
            key = f"{story.id}-byline-{j + 1}"
            self.lines[key] = (self.doc.locate(loc)[0], dotted(loc))
            frags = [by.quote] if isinstance(by.quote, str) else by.quote
            self._ground(key, loc, frags, story.id)

    def _story_ref(self, loc, sid):
        if sid not in self.story_spans:
            known = ", ".join(self.story_spans) or "none"
            self.err(loc + ("story",), "E004", f"no story with id {sid!r} in this file (stories: {known})")

    def _reg(self, loc, section, eid):
        if eid is not None and eid not in self.reg.section(section):
            close = _close_ids(eid, self.reg.section(section))
            hint = f"; did you mean {close}?" if close else f"; add it to data/entities/ under {section}"
            self.err(loc, "E004", f"{eid!r} is not a {section} id in the registry{hint}")

    def _local(self, loc, eid, section="measures"):
        ids = {o.id for _, o in self.sections[section]}
        if eid is not None and eid not in ids:
            self.err(loc, "E004", f"no {section[:-1]} with id {eid!r} in this file")

    def _term(self, loc, scheme, value) -> Concept | None:
        if value is None:
            return None
        concept = self.vocab.resolve(scheme, value)
        if concept is None:
            self.err(loc, "E007", f"{value!r} is not a {scheme} concept; expected an id or zh label of data/vocab ({self.vocab.choices(scheme)})")
        return concept

    def _subject(self, loc, subj: m.Subject):
        self._reg(loc + ("region",), "regions", subj.region)
        self._reg(loc + ("organisation",), "organisations", subj.organisation)
        self._reg(loc + ("person",), "people", subj.person)
        self._local(loc + ("measure",), subj.measure)
        self._term(loc + ("group",), "target-group", subj.group)

    def _measures(self, loc, x: m.Measure):
        self._term(loc + ("type",), "measure-type", x.type)
        self._reg(loc + ("document",), "documents", x.document)
        for key, section in (("lead", "organisations"), ("partners", "organisations"), ("regions", "regions")):
            for j, eid in enumerate(getattr(x, key)):
                self._reg(loc + (key, j), section, eid)
        for j, a in enumerate(x.areas):
            self._term(loc + ("areas", j), "reform-area", a)
        for j, g in enumerate(x.groups):
            self._term(loc + ("groups", j), "target-group", g)
        for key in ("part_of", "implements"):
            self._local(loc + (key,), getattr(x, key))
            if getattr(x, key) == x.id:
                self.err(loc + (key,), "E004", f"a measure cannot be {key.replace('_', ' ')} itself")

    def _observations(self, loc, x: m.Observation):
        indicator = self._term(loc + ("indicator",), "indicator", x.indicator)
        self._subject(loc + ("subject",), x.subject)
        try:
            fig = parse_figure(x.value)
        except FigureError as exc:
            self.err(loc + ("value",), "E006", f"{exc}; expected a figure such as 93.20%, 35.8万人, 近300万元, 800元至5000元, 由4万人增加到4.5万人")
            return
        if x.unit is not None:
            unit = self._term(loc + ("unit",), "unit", x.unit)
        else:
            unit = self.vocab.unit_for_word(fig.unit_word) if fig.unit_word else None
            if unit is None and not fig.unit_word and indicator is not None and indicator.extra.get("unit"):
                unit = self.vocab.resolve("unit", indicator.extra["unit"])
            if unit is None:
                self.err(loc + ("value",), "E007", f"the unit word {fig.unit_word!r} of {x.value!r} is no unit symbol of data/vocab/units.yaml; give unit: explicitly")
        if unit is not None:
            self.figures[x.id] = ResolvedFigure(fig, unit)

    def _recognitions(self, loc, x: m.Recognition):
        self._subject(loc + ("recipient",), x.recipient)
        self._term(loc + ("level",), "admin-level", x.level)
        self._reg(loc + ("granted_by",), "organisations", x.granted_by)

    def _posts(self, loc, x: m.Post):
        self._reg(loc + ("person",), "people", x.person)
        self._reg(loc + ("organisation",), "organisations", x.organisation)

    def _events(self, loc, x: m.Event):
        self._term(loc + ("type",), "event-type", x.type)
        self._reg(loc + ("place",), "regions", x.place)
        for j, o in enumerate(x.organisers):
            self._reg(loc + ("organisers", j), "organisations", o)
        for j, mid in enumerate(x.measures):
            self._local(loc + ("measures", j), mid)

    def _ground(self, key, loc, fragments, story_id):
        within = self.story_spans.get(story_id) or None
        out = []
        for j, frag in enumerate(fragments):
            floc = loc + ("quote",) + ((j,) if len(fragments) > 1 else ())
            span = self.page.find(frag, within)
            if span is None:
                self._not_found(floc, frag)
                continue
            out.append((frag, span))
        self.evidence[key] = out

    def _not_found(self, loc, quote, after=False):
        passage, offset, score = self.page.closest(quote)
        where = f"line {self.page.line_of(offset)} of {self.page.page_id}.txt"
        shown = " ".join(passage.split())
        extra = " after the 'from' text" if after else ""
        self.err(loc, "E005", f"quote not found in the page text{extra} (whitespace ignored): {quote!r}; closest passage ({score:.0f}% alike, {where}): {shown!r}")


def _close_ids(eid: str, items: dict) -> str | None:
    from rapidfuzz import process  # lazy: only when an id is unknown

    hit = process.extractOne(eid, list(items), score_cutoff=75)
    return repr(hit[0]) if hit else None
