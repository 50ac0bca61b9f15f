"""Load the registry and the page annotations: parse → structural checks → grounding.

Nothing here raises on bad data: each step returns :class:`~reformkg.errors.Finding`
objects that name file, line, column, field and what was expected, so one run
reports every problem of a file.
"""

from __future__ import annotations

import re
import typing
import unicodedata
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


_EXPECTED_TYPES = {  # pydantic error type -> what the field takes
    "string_type": "a string", "list_type": "a list", "bool_type": "true or false",
    "bool_parsing": "true or false", "int_type": "a whole number", "int_parsing": "a whole number",
    "float_type": "a number", "float_parsing": "a number", "model_type": "a mapping (key: value …)",
    "dict_type": "a mapping (key: value …)", "model_attributes_type": "a mapping (key: value …)",
}


def _kind_of(value) -> str:
    """What a YAML value is, in the words of a message: 'a list', 'a mapping', 'true' …"""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return type(value).__name__


def _ascii_hint(value, pattern: str) -> str:
    """'; write "610981"' when ``value`` has full-width (or other non-ASCII) digits and its
    NFKC form has the expected form."""
    if not isinstance(value, str):
        return ""
    plain = unicodedata.normalize("NFKC", value)
    if plain != value and re.fullmatch(pattern.strip("^$"), plain):
        return f' (it has full-width or other non-ASCII characters: write "{plain}")'
    return ""


def _message(err: dict, model_cls: type[BaseModel], loc: tuple) -> str:
    kind = err["type"]
    name = loc[-1] if loc and isinstance(loc[-1], str) else None
    if kind == "missing":
        if name == "page" and len(loc) == 1:
            return "required field 'page' is missing: the page id (file name in data/articles/ without .txt)"
        return f"required field {name!r} is missing"
    if kind == "extra_forbidden":
        owner = _owner_model(model_cls, loc)
        fields = sorted(f.alias or n for n, f in owner.model_fields.items()) if owner else []
        return f"unknown field {name!r}; expected one of: {', '.join(fields)}"
    if kind == "string_pattern_mismatch":
        pattern = err.get("ctx", {}).get("pattern", "")
        value = err["input"]
        if pattern == m.ID_PATTERN:
            return f"{value!r} is not an id: expected lower-case ASCII letters, digits, '-' and '_'"
        if pattern == m.DATE_PATTERN:
            return f"{value!r} is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits{_ascii_hint(value, pattern)}"
        if pattern == m.CODE_PATTERN:
            return (f"{value!r} is not a GB/T 2260 code: expected six ASCII digits in quotes, e.g. \"610981\""
                    f"{_ascii_hint(value, pattern)}")
        if pattern == m.PAGE_PATTERN:
            return (f"{value!r} is not a page id: expected ASCII letters, digits, '-' and '_' "
                    "(the file name in data/articles/ without .txt)")
        return f"{value!r} does not have the expected form ({pattern})"
    if kind in _EXPECTED_TYPES and (name == "quote" or (len(loc) > 1 and loc[-2] == "quote")):
        return f"expected a quote: text, or a list of text fragments, not {_kind_of(err.get('input'))}"
    if kind in _EXPECTED_TYPES:
        return f"expected {_EXPECTED_TYPES[kind]}, not {_kind_of(err.get('input'))}"
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
    initiatives: dict[str, m.Initiative] = field(default_factory=dict)
    source: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)  # (section, id) → (file, line)
    files: list[str] = field(default_factory=list)
    # (section, id) of the entries not loaded for an error in one of their fields: a reference to
    # one is no error of its own (the entry's finding is the one to fix)
    broken: set[tuple[str, str]] = field(default_factory=set)

    def knows(self, section: str, eid: str) -> bool:
        """Whether ``eid`` is an id of ``section``, loaded or refused for an error of its own."""
        return eid in self.section(section) or (section, eid) in self.broken

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
    """Read every ``*.yaml`` of ``entities_dir``. Regions, organisations, people, documents and
    initiatives share one id space: an id is used once across the lists and all files."""
    reg, findings = Registry(), []
    where: dict[tuple[str, str], tuple[Document, int]] = {}  # (section, id) → (its file, its index)
    for path in sorted(Path(entities_dir).glob("*.yaml")):
        reg.files.append(str(path))
        doc = read_yaml(path)
        if isinstance(doc, Finding):
            findings.append(doc)
            continue
        data = doc.data or {}
        if not isinstance(data, dict):
            findings.append(doc.finding((), "E002", "a registry file is a mapping of regions, organisations, people, documents, initiatives"))
            continue
        for key in data:
            if key not in m.REGISTRY_SECTIONS:
                findings.append(doc.finding((key,), "E002", f"unknown list {key!r}; expected one of: {', '.join(m.REGISTRY_SECTIONS)}"))
        for section, cls in m.REGISTRY_SECTIONS.items():
            items = data.get(section) or []
            if not isinstance(items, list):
                findings.append(doc.finding((section,), "E002", f"expected a list, not {_kind_of(items)}"))
                continue
            for i, item in enumerate(items):
                ent, errs = validate_model(doc, cls, item, (section, i))
                findings.extend(errs)
                if ent is None:
                    eid = item.get("id") if isinstance(item, dict) else None
                    if isinstance(eid, str) and re.fullmatch(m.ID_PATTERN, eid) and not any(f.field.endswith(".id") for f in errs):
                        reg.broken.add((section, eid))
                    continue
                taken = next((s for s in m.REGISTRY_SECTIONS if ent.id in reg.section(s)), None)
                if taken is not None:
                    first_path, first_line = reg.source[(taken, ent.id)]
                    at = f"data/entities/{Path(first_path).name}:{first_line}"
                    if taken == section:
                        findings.append(doc.finding((section, i, "id"), "E003", f"{section} id {ent.id!r} is already used at {at}"))
                        continue
                    # kept in its list: the references to it are not reported as well
                    findings.append(doc.finding((section, i, "id"), "E003", (
                        f"id {ent.id!r} is already used by {taken} at {at}; expected an id not used yet: "
                        "the registry's lists share one id space")))
                reg.section(section)[ent.id] = ent
                reg.source[(section, ent.id)] = (doc.path, doc.locate((section, i))[0])
                where[(section, ent.id)] = (doc, i)
    findings.extend(_check_registry(reg, vocab, where))
    return reg, findings


def _check_registry(reg: Registry, vocab: Vocabularies, where: dict) -> list[Finding]:
    out = []

    def finding(section, eid, fld, code, msg):
        doc, i = where[(section, eid)]
        line, col = doc.locate((section, i, fld))
        return Finding(doc.path, line, col, code, f"{section}[{eid}].{fld}", msg)

    def ref(section, eid, fld, target, value):
        if value is not None and not reg.knows(target, value):
            out.append(finding(section, eid, fld, "E004", f"{value!r} is not a {target} id in the registry"))

    def term(section, eid, fld, scheme, value):
        if value is not None and vocab.resolve(scheme, value) is None:
            out.append(finding(section, eid, fld, "E007", f"{value!r} is not a {scheme} concept; expected one of: {vocab.choices(scheme)}"))

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
    for iid, x in reg.initiatives.items():
        ref("initiatives", iid, "region", "regions", x.region)
    for section in ("regions", "organisations"):
        for cycle in _parent_cycles(reg.section(section)):
            loop = " → ".join([*cycle, cycle[0]])
            out.append(finding(section, cycle[0], "parent", "E004",
                               f"the parent chain loops: {loop}; expected a chain that ends at an entry without parent"))
    return out


def _parent_cycles(items: dict) -> list[list[str]]:
    """Every loop of ``parent`` links among ``items``, once each, as the list of its ids from the
    one that comes first in the registry (an entry whose chain only runs into a loop is no loop)."""
    order = {eid: n for n, eid in enumerate(items)}
    done: set[str] = set()
    cycles = []
    for eid in items:
        chain: dict[str, int] = {}  # id → its place in this walk
        cur = eid
        while cur in items and cur not in done and cur not in chain:
            chain[cur] = len(chain)
            cur = items[cur].parent
        if cur in chain:  # the walk came back to itself: a new loop
            loop = list(chain)[chain[cur]:]
            first = min(range(len(loop)), key=lambda k: order[loop[k]])
            cycles.append(loop[first:] + loop[:first])
        done.update(chain)
    return cycles


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


DIMENSIONS = {"ownership": "ownership", "size": "enterprise-size", "sector": "sector", "group": "target-group",
              "period": "period"}  # Dimensions field → code list

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
    old = _old_format(doc, data)
    if old is not None:
        return None, [old]
    findings: list[Finding] = []
    top_fields = set(m.Annotation.model_fields)
    for key in data:
        if key not in top_fields:
            findings.append(doc.finding((key,), "E002", f"unknown field {key!r}; expected one of: {', '.join(m.Annotation.model_fields)}"))
    # Validate entry by entry, so one bad entry does not hide the others.
    sections: dict[str, list] = {}
    broken: set[str] = set()  # ids of the entries refused above: a reference to one is no error of its own
    for section, cls in SECTION_MODELS.items():
        items = data.get(section)
        if items is None:
            items = []
        if not isinstance(items, list):
            findings.append(doc.finding((section,), "E002", f"expected a list, not {_kind_of(items)}"))
            items = []
        good = []
        for i, item in enumerate(items):
            obj, errs = validate_model(doc, cls, item, (section, i))
            findings.extend(errs)
            if obj is not None:
                good.append((i, obj))
            elif isinstance(item, dict) and isinstance(item.get("id"), str) and not any(f.field.endswith(".id") for f in errs):
                broken.add(item["id"])
        sections[section] = good
    if not sections["stories"] and not data.get("stories") and isinstance(data.get("stories", []), (list, type(None))):
        findings.append(doc.finding(("stories",), "E002", "required field 'stories' is missing or empty"))
    # page and newspaper through the model, so that a wrong type is a finding at its field (null: missing)
    head_data = {k: data[k] for k in ("page", "newspaper") if data.get(k) is not None}
    head, errs = validate_model(doc, m.PageHead, head_data, ())
    findings.extend(errs)
    if head is None and "page" in head_data and not any(f.field == "page" for f in errs):
        head, _ = validate_model(doc, m.PageHead, {"page": head_data["page"]}, ())  # only newspaper is wrong
    if head is None:
        return None, findings
    page_id = head.page
    page_path = Path(articles_dir) / f"{page_id}.txt"
    if not page_path.is_file():
        findings.append(doc.finding(("page",), "E009", f"no page text data/articles/{page_id}.txt for page {page_id!r}"))
        return None, findings
    if Path(path).stem != page_id:
        findings.append(doc.finding(("page",), "W104", f"page {page_id!r} does not match the file name {Path(path).name!r}; expected {page_id}.yaml", "warning"))
    try:
        page = PageText.read(page_path)
    except UnicodeDecodeError as exc:
        line = exc.object[:exc.start].count(b"\n") + 1
        findings.append(doc.finding(("page",), "E009", f"the page text data/articles/{page_id}.txt cannot be read: "
                                    f"byte {exc.start} (line {line}) is not UTF-8 ({exc.reason}); expected UTF-8 text"))
        return None, findings
    except OSError as exc:
        findings.append(doc.finding(("page",), "E009", f"the page text data/articles/{page_id}.txt cannot be read: "
                                    f"{exc.strerror or exc}"))
        return None, findings
    checker = _Checker(doc, page, registry, vocab, sections, broken)
    checker.run()
    findings.extend(checker.findings)
    if any(f.is_error for f in findings):
        return None, findings
    ann = m.Annotation(
        page=page_id, newspaper=head.newspaper,
        **{s: [o for _, o in sections[s]] for s in SECTION_MODELS},
    )
    return LoadedPage(str(path), doc, ann, page, checker.story_spans, checker.evidence,
                      checker.figures, checker.lines), findings


def _old_format(doc: Document, data: dict) -> Finding | None:
    """One finding for a file of an older annotation format (no ``format: 2``): its other
    findings would only say, entry by entry, what the migration writes."""
    value = data.get("format")
    if value == m.FORMAT:
        return None
    if value is None:
        said = "is missing: this file is in annotation format 1"
    else:
        said = f"is {value!r}: this code reads annotation format {m.FORMAT} only"
    return doc.finding(("format",), "E002", (
        f"format {said}; expected 'format: {m.FORMAT}' with each measure's status: {{value, cue}}, "
        "observations' dimensions and enumerated items: run 'reformkg migrate FILE' to rewrite it"))


class _Checker:
    """References, vocabulary terms, figures and quotes of one annotation."""

    def __init__(self, doc, page, registry, vocab, sections, broken: set[str] = frozenset()):
        self.doc, self.page, self.reg, self.vocab, self.sections = doc, page, registry, vocab, sections
        self.broken = broken  # ids of this file's entries with errors of their own (reported already)
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
                # an item is looked up in the sentences of its fact's quote first, then in the story
                sentences = [self.page.sentence(span) for _f, span in self.evidence.get(fact.id, ())]
                for j, item in enumerate(getattr(fact, "items", ())):
                    key = f"{fact.id}-item-{j + 1}"
                    self.lines[key] = (self.doc.locate(loc + ("items", j))[0], dotted(loc + ("items", j)))
                    self._ground(key, loc + ("items", j), item.fragments, fact.story, sentences)
                if section == "measures":
                    self._cue(loc, fact)
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
        if sid not in self.story_spans and sid not in self.broken:
            known = ", ".join(self.story_spans) or "none"
            self.err(loc + ("story",), "E004", f"no story with id {sid!r} in this file (stories: {known})")

    def _reg(self, loc, section, eid):
        if eid is not None and not self.reg.knows(section, eid):
            close = _close_ids(eid, self.reg.section(section))
            hint = f"; did you mean {close}?" if close else f"; add it to data/entities/ under {section}"
            self.err(loc, "E004", f"{eid!r} is not a {section} id in the registry{hint}")

    def _local(self, loc, eid, section="measures"):
        ids = {o.id for _, o in self.sections[section]}
        if eid is not None and eid not in ids and eid not in self.broken:
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
        self._term(loc + ("status", "value"), "measure-status", x.status.value)
        self._reg(loc + ("initiative",), "initiatives", x.initiative)

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
        if x.dimensions is not None:
            for key, scheme in DIMENSIONS.items():
                self._term(loc + ("dimensions", key), scheme, getattr(x.dimensions, key))

    def _recognitions(self, loc, x: m.Recognition):
        self._subject(loc + ("recipient",), x.recipient)
        self._term(loc + ("level",), "admin-level", x.level)
        self._reg(loc + ("granted_by",), "organisations", x.granted_by)
        self._reg(loc + ("initiative",), "initiatives", x.initiative)

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
        self._reg(loc + ("initiative",), "initiatives", x.initiative)

    def _ground(self, key, loc, fragments, story_id, first_in=None):
        within = self.story_spans.get(story_id) or None
        out = []
        for j, frag in enumerate(fragments):
            floc = loc + ("quote",) + ((j,) if len(fragments) > 1 else ())
            span = self._inside(frag, first_in) or self.page.find(frag, within)
            if span is None:
                self._not_found(floc, frag)
                continue
            out.append((frag, span))
        self.evidence[key] = out

    def _inside(self, frag: str, spans) -> Span | None:
        """The first occurrence of ``frag`` that lies wholly inside one of ``spans``."""
        for sp in spans or ():
            found = self.page.find(frag, [sp], after=sp.start)
            if found is not None and sp.start <= found.start and found.end <= sp.end:
                return found
        return None

    def _cue(self, loc, x: m.Measure):
        """The status cue is grounded in the sentences of the measure's quote (a quote that is
        a name in a list takes its status from the verb of its sentence)."""
        spans = [self.page.sentence(span) for _f, span in self.evidence.get(x.id, ())]
        if not spans:
            return  # the quote is not found: that is the finding
        span = self.page.find(x.status.cue, spans)
        if span is None or not any(s.start <= span.start and span.end <= s.end for s in spans):
            self.err(loc + ("status", "cue"), "E005", (
                f"the cue {x.status.cue!r} is not in the sentence of the measure's quote; expected the word(s) "
                "of that sentence that decide the status (将, 已, 每年 …)"))
            return
        self.evidence[f"{x.id}-cue"] = [(x.status.cue, span)]

    def _not_found(self, loc, quote, after=False):
        passage, offset, score = self.page.closest(quote)
        where = f"line {self.page.line_of(offset)} of {self.page.page_id}.txt"
        shown = " ".join(passage.split())
        extra = " after the 'from' text" if after else ""
        said = repr(quote) if len(quote) <= 300 else f"{quote[:300]!r}… ({len(quote):,} characters)"
        self.err(loc, "E005", f"quote not found in the page text{extra} (whitespace ignored): {said}; closest passage ({score:.0f}% alike, {where}): {shown!r}")


def _close_ids(eid: str, items: dict) -> str | None:
    from rapidfuzz import process  # lazy: only when an id is unknown

    hit = process.extractOne(eid, list(items), score_cutoff=75)
    return repr(hit[0]) if hit else None
