"""The annotation being edited in ``reformkg annotate``: a ruamel.yaml round-trip tree of the file
(comments and order kept), the proposals of ``reformkg suggest`` for its page, and what the
checks say of it.

Every change is applied to the tree and the tree is written out as text; that text is what the
checks read (``reformkg.pipeline.orchestrate.validate`` with the text in place of the file, the
same path as ``reformkg validate``) and what :meth:`WorkDoc.save` writes, atomically, unless the
file changed on disk since it was loaded.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from reformkg.annotation.coverage import page_coverage
from reformkg.annotation.figures import find_figures
from reformkg.annotation.grounding import PageText
from reformkg.annotation.lint import MARKER
from reformkg.annotation.loader import load_annotation, load_registry
from reformkg.annotation.model import FORMAT, REGISTRY_SECTIONS
from reformkg.annotation.yamlio import read_yaml
from reformkg.errors import Finding, ReformkgError
from reformkg.files import atomic_write
from reformkg.pipeline.inputs import load_base
from reformkg.pipeline.orchestrate import validate
from reformkg.settings import Project
from reformkg.suggest.drafter import suggest
from reformkg.suggest.writer import _KEY_ORDER, _node
from reformkg.suggest.writer import _yaml as _draft_yaml

SECTIONS = ("measures", "observations", "recognitions", "posts", "events", "no_fact", "figures_excluded")
ALL_SECTIONS = ("stories", *SECTIONS)
PREFIX = {"measures": "m", "observations": "o", "recognitions": "r", "posts": "p", "events": "e"}
KIND = {"measures": "measure", "observations": "figure", "recognitions": "recognition", "posts": "post",
        "events": "event", "no_fact": "no_fact", "figures_excluded": "no_fact"}
_COMMENT = re.compile(r"confidence ([\d.]+) · offsets \[(\d+), (\d+)\) · (.*)")
_FIELD = re.compile(r"^(\w+)\[(\d+)\]")


class Refused(ReformkgError):
    """A change or save the annotation cannot take: said to the user at the field, HTTP 4xx."""

    def __init__(self, message: str, status: int = 400, field: str = ""):
        super().__init__(message)
        self.status = status
        self.field = field


def _yaml():
    """The draft writer's YAML (flow values, long lines), keeping the quotes of a file as written."""
    yaml = _draft_yaml()
    yaml.preserve_quotes = True
    return yaml


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def plain(node):
    """A round-trip node as JSON data (dates as text)."""
    if isinstance(node, dict):
        return {str(k): plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
    if node is None or isinstance(node, (bool, int, float)):
        return node
    return str(node)


def _merge(node: CommentedMap, new: dict) -> None:
    """Make ``node`` hold ``new``, keeping what did not change (its comments and style)."""
    for k in [k for k in node if k not in new]:
        del node[k]
    for k, v in new.items():
        if k in node:
            if plain(node[k]) == v:
                continue
            if isinstance(node[k], CommentedMap) and isinstance(v, dict) and v:
                _merge(node[k], v)
                continue
            node[k] = _node(v)
        else:
            order = _KEY_ORDER.index(k) if k in _KEY_ORDER else 99
            pos = next((i for i, key in enumerate(node)
                        if (_KEY_ORDER.index(key) if key in _KEY_ORDER else 99) > order), len(node))
            node.insert(pos, k, _node(v))


def _clean(value):
    """Form data as annotation data: empty strings, lists and mappings dropped."""
    if isinstance(value, dict):
        out = {k: _clean(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if v not in ("", None, [], {})}
    if isinstance(value, list):
        return [c for c in (_clean(v) for v in value) if c not in ("", None, [], {})]
    return value


@dataclass
class Proposal:
    pid: str
    section: str
    entry: dict
    confidence: float
    rule: str
    start: int
    end: int

    def as_dict(self) -> dict:
        return {"pid": self.pid, "section": self.section, "kind": KIND[self.section], "entry": self.entry,
                "confidence": self.confidence, "rule": self.rule, "start": self.start, "end": self.end}


@dataclass
class Parsed:
    """An annotation's text as lines, its data, and where each entry is: the lines [a, b) of entry
    i of a section (its trailing blank and comment lines left out: they stay where they are) and
    the line of each top-level key. A change re-reads one entry, not the file."""

    lines: list[str]
    data: dict
    ranges: dict[str, list[list[int]]]
    keys: dict[str, int]

    @classmethod
    def of(cls, path: Path, text: str, rel: str) -> Parsed:
        doc = read_yaml(path, text)
        if isinstance(doc, Finding):
            raise Refused(f"{rel}:{doc.line}:{doc.col}: {doc.message}; fix it in an editor (reformkg validate names the line)")
        if not isinstance(doc.data, dict):
            raise Refused(f"{rel} is not an annotation (a mapping with page, stories …)")
        lines = text.splitlines(keepends=True)
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        keys = {k: doc.positions[(k,)][0] - 1 for k in doc.data}
        data, ranges = {}, {}
        for section in ALL_SECTIONS:
            items = doc.data.get(section)
            items = items if isinstance(items, list) else []
            data[section] = items
            after = [ln for ln in keys.values() if ln > keys.get(section, len(lines))]
            stop = min(after, default=len(lines))
            starts = [doc.positions[(section, i)][0] - 1 for i in range(len(items))]
            rs = []
            for i, a in enumerate(starts):
                b = starts[i + 1] if i + 1 < len(starts) else stop
                while b > a + 1 and (not lines[b - 1].strip() or lines[b - 1].lstrip().startswith("#")):
                    b -= 1
                rs.append([a, b])
            ranges[section] = rs
        head = {k: v for k, v in doc.data.items() if k not in ALL_SECTIONS}
        return cls(lines, {**head, **data}, ranges, keys)

    def copy(self) -> Parsed:
        return Parsed(list(self.lines), {k: (list(v) if isinstance(v, list) else v) for k, v in self.data.items()},
                      {k: [list(r) for r in v] for k, v in self.ranges.items()}, dict(self.keys))

    def splice(self, a: int, b: int, new: list[str]) -> None:
        """Lines [a, b) become ``new``; every range and key after them moves."""
        delta = len(new) - (b - a)
        self.lines[a:b] = new
        if delta:
            for rs in self.ranges.values():
                for r in rs:
                    if r[0] >= b:
                        r[0] += delta
                        r[1] += delta
            for k, ln in self.keys.items():
                if ln >= b:
                    self.keys[k] = ln + delta


def _entry_lines(node, indent: int) -> list[str]:
    """One entry as the lines of a block sequence item whose dash is at column ``indent``."""
    out = io.StringIO()
    _yaml().dump(CommentedSeq([node]), out)
    lines = out.getvalue().splitlines(keepends=True)
    return [(" " * indent + ln[2:]) if ln.startswith("  ") else (" " * indent + ln) for ln in lines]


@dataclass
class WorkDoc:
    project: Project
    path: Path
    page: PageText
    parsed: Parsed
    base: tuple[int, str] | None  # (mtime_ns, sha256) of the file as loaded; None: no file yet
    proposals: list[Proposal] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    checked: str = ""  # the text the findings are of
    offered: list[Proposal] = field(default_factory=list)  # every proposal of the draft

    # ------------------------------------------------------------------ loading

    @classmethod
    def open(cls, project: Project, page_id: str, proposals: list[Proposal] | None = None,
             parsed: dict | None = None) -> WorkDoc:
        """The annotation of ``page_id`` (its file, or a new one with the stories ``suggest``
        finds), with the proposals of ``suggest`` that no entry holds yet (``proposals``: all of
        them, made earlier by :func:`draft_proposals`). ``parsed``: files read before, by
        (path, mtime, size, sha256), reused when the file is unchanged."""
        page_path = project.articles / f"{page_id}.txt"
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", page_id) or not page_path.is_file():
            raise Refused(f"no page text data/articles/{page_id}.txt; expected a page id such as "
                          f"005_5e1f0a9c3b7d2e48 or a file data/annotations/PAGE.yaml", 404)
        page = PageText.read(page_path)
        path = project.annotations / f"{page_id}.yaml"
        draft = None
        if path.is_file():
            raw = path.read_bytes()
            base = (path.stat().st_mtime_ns, _digest(raw))
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise Refused(f"{project.rel(path)} is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
            key = (str(path), base[1])
            if parsed is not None and key in parsed:
                p = parsed[key].copy()
            else:
                p = Parsed.of(path, text, project.rel(path))
                if parsed is not None:
                    parsed[key] = p.copy()
        else:
            draft = _draft(project, page)
            root = CommentedMap([("format", FORMAT), ("page", _node(page_id))])
            root["stories"] = CommentedSeq(_node(s) for s in draft.annotation["stories"])
            for s in root["stories"]:
                s.fa.set_block_style()
                for k in ("byline", "extent"):
                    if k in s:
                        s[k].fa.set_block_style()
            out = io.StringIO()
            _yaml().dump(root, out)
            p = Parsed.of(path, out.getvalue(), project.rel(path))
            base = None
        doc = cls(project, path, page, p, base)
        if proposals is None:
            proposals = draft_proposals(draft or _draft(project, page), page)
        doc.offered = proposals
        doc.proposals = [x for x in proposals if not doc._holds(x)]
        return doc

    def _holds(self, p: Proposal) -> bool:
        """Whether an entry of the annotation is this proposal already (same quote; same value)."""
        q = PageText.squeeze(str(self._q(p.entry)))
        for e in self.entries(p.section):
            if isinstance(e, dict) and PageText.squeeze(str(self._q(e))) == q and (
                    p.section != "observations" or str(e.get("value")) == str(p.entry.get("value"))):
                return True
        return False

    @staticmethod
    def _q(entry: dict):
        q = entry.get("quote", "")
        return "".join(map(str, q)) if isinstance(q, list) else q

    # ------------------------------------------------------------------ reading

    def entries(self, section: str) -> list:
        return self.parsed.data.get(section) or []

    def text(self) -> str:
        return "".join(self.parsed.lines)

    def data(self) -> dict:
        return {s: self.entries(s) for s in ALL_SECTIONS}

    def ids(self) -> set[str]:
        return {str(e.get("id")) for s in ALL_SECTIONS for e in self.entries(s) if isinstance(e, dict) and e.get("id")}

    def new_id(self, section: str) -> str:
        prefix, ids = PREFIX[section], self.ids()
        n = 1
        while f"{prefix}{n}" in ids:
            n += 1
        return f"{prefix}{n}"

    def story_at(self, offset: int) -> str:
        """The id of the story whose extent holds ``offset`` (by its first and last words)."""
        best = None
        for s in self.entries("stories"):
            if not isinstance(s, dict):
                continue
            for ext in s.get("extent") or []:
                if not isinstance(ext, dict):
                    continue
                a = self.page.find(str(ext.get("from", "")))
                b = self.page.find(str(ext.get("to", "")), after=a.start) if a else None
                if a and b and a.start <= offset < b.end:
                    return str(s["id"])
            best = best or str(s.get("id", ""))
        return best or ""

    # ------------------------------------------------------------------ checking

    def check(self) -> list[Finding]:
        """The findings of ``reformkg validate`` on the annotation as it stands."""
        text = self.text()
        if text != self.checked:
            self.findings = validate(self.project, [self.path], {self.path.resolve(): text}).findings
            self.checked = text
        return self.findings

    def check_entry(self, section: str, index: int) -> list[Finding]:
        """The errors of one entry, fast: the same validate on the page's stories and this entry
        (with the measures of this file it names), its fields renamed to its place in the file.
        Findings that only the whole file shows (ids used twice, coverage, figures) come with
        :meth:`check`."""
        p = self.parsed
        entry = self.entries(section)[index]
        head = [p.lines[ln] for k, ln in sorted(p.keys.items(), key=lambda kv: kv[1])
                if k in ("format", "page", "newspaper")]
        parts = head[:]
        if p.ranges["stories"]:
            parts += ["stories:\n"] + [ln for a, b in p.ranges["stories"] for ln in p.lines[a:b]]
        named = set(re.findall(r"'(m[\w-]*)'", repr(entry))) if section != "measures" else set()
        chunks = [p.lines[a:b] for (a, b), m in zip(p.ranges["measures"], self.entries("measures"))
                  if isinstance(m, dict) and str(m.get("id")) in named]
        if chunks:
            parts += ["measures:\n"] + [ln for c in chunks for ln in c]
        a, b = p.ranges[section][index]
        parts += [f"{section}:\n"] + p.lines[a:b]
        found = validate(self.project, [self.path], {self.path.resolve(): "".join(parts)}).findings
        mine = f"{section}[{0 if section != 'measures' else len(chunks)}]"
        fixed = []
        for f in found:
            if not (f.field == mine or f.field.startswith(mine + ".") or f.field.startswith(mine + "[")) \
                    or f.code in ("W101", "W103"):
                continue
            fixed.append(Finding(f.path, 0, 0, f.code, f"{section}[{index}]" + f.field[len(mine):],
                                 f.message, f.severity))
        return fixed

    def coverage(self) -> dict | None:
        """Coverage by story and the uncovered passages, when the annotation loads without error."""
        if any(f.is_error for f in self.findings):
            return None
        vocab, registry, _ = load_base(self.project)
        lp, _f = load_annotation(self.path, self.project.articles, registry, vocab, self.text())
        return page_coverage(lp).as_dict() if lp is not None else None

    def highlights(self, only: tuple[str, int] | None = None) -> list[dict]:
        """Where each entry's quote (each fragment) is in the page text (``only``: of one entry)."""
        out = []
        for section in SECTIONS:
            for i, e in enumerate(self.entries(section)):
                if not isinstance(e, dict) or (only is not None and only != (section, i)):
                    continue
                q = e.get("quote")
                for frag in (q if isinstance(q, list) else [q]):
                    span = self.page.find(str(frag)) if isinstance(frag, str) and frag else None
                    if span:
                        out.append({"section": section, "index": i, "kind": KIND[section],
                                    "start": span.start, "end": span.end})
        return out

    # ------------------------------------------------------------------ changing

    def set_entry(self, section: str, index: int | None, entry: dict) -> int:
        if section not in SECTIONS:
            raise Refused(f"unknown section {section!r}; expected one of {', '.join(SECTIONS)}", field="section")
        if not isinstance(entry, dict):
            raise Refused("an entry is a mapping of its fields", field="entry")
        entry = _clean(entry)
        p = self.parsed
        rs = p.ranges[section]
        if index is not None and not 0 <= index < len(rs):
            raise Refused(f"no entry {section}[{index}]; the file has {len(rs)}", 404)
        if index is None:
            node = CommentedMap()
            _merge(node, entry)
            if rs:  # after the section's last entry, indented as it is
                at = rs[-1][1]
                indent = len(p.lines[rs[-1][0]]) - len(p.lines[rs[-1][0]].lstrip())
            elif section in p.keys:  # an empty section: its key line holds the list
                at = p.keys[section] + 1
                p.splice(p.keys[section], at, [f"{section}:\n"])
                indent = 2
            else:  # a new section, before the next one in the format's order
                later = [p.keys[k] for k in SECTIONS[SECTIONS.index(section) + 1:] if k in p.keys]
                at = min(later, default=len(p.lines))
                p.splice(at, at, [f"{section}:\n"])
                p.keys[section] = at
                at += 1
                indent = 2
            new = _entry_lines(node, indent)
            p.splice(at, at, new)
            rs.append([at, at + len(new)])
            p.data[section] = [*self.entries(section), plain(node)]
            return len(rs) - 1
        a, b = rs[index]
        indent = len(p.lines[a]) - len(p.lines[a].lstrip())
        chunk = "".join(ln[indent:] if not ln[:indent].strip() else ln for ln in p.lines[a:b])
        try:
            node = _yaml().load(chunk)[0]
        except Exception:  # noqa: BLE001 - ruamel raises many kinds; the loader said what is wrong
            node = None
        if not isinstance(node, CommentedMap):
            node = CommentedMap()
        _merge(node, entry)
        new = _entry_lines(node, indent)
        p.splice(a, b, new)
        rs[index] = [a, a + len(new)]
        p.data[section] = list(self.entries(section))
        p.data[section][index] = plain(node)
        return index

    def add_fragment(self, section: str, index: int, start: int, end: int) -> None:
        """The page's words between ``start`` and ``end`` as one more fragment of an entry's quote
        (a sentence the scan split across columns)."""
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(self.page.text)):
            raise Refused(f"a selection is offsets 0 ≤ start < end ≤ {len(self.page.text)} of the page text", field="quote")
        if section not in SECTIONS or not isinstance(index, int) or not 0 <= index < len(self.entries(section)):
            raise Refused(f"no entry {section}[{index}]", 404)
        entry = dict(self.entries(section)[index])
        q = entry.get("quote")
        frags = list(q) if isinstance(q, list) else ([q] if q else [])
        entry["quote"] = [*frags, PageText.squeeze(self.page.text[start:end])]
        self.set_entry(section, index, entry)

    def delete(self, section: str, index: int) -> None:
        p = self.parsed
        rs = p.ranges.get(section) or []
        if section not in SECTIONS or not 0 <= index < len(rs):
            raise Refused(f"no entry {section}[{index}]", 404)
        a, b = rs.pop(index)
        p.splice(a, b, [])
        p.data[section] = [e for i, e in enumerate(self.entries(section)) if i != index]

    def proposal(self, pid: str) -> Proposal:
        for p in self.proposals:
            if p.pid == pid:
                return p
        raise Refused(f"no proposal {pid!r} (accepted or rejected already?)", 404)

    def accept(self, pid: str) -> tuple[str, int]:
        p = self.proposal(pid)
        entry = dict(p.entry)
        if "id" in entry and str(entry["id"]) in self.ids():
            entry["id"] = self.new_id(p.section)
        index = self.set_entry(p.section, None, entry)
        self.proposals.remove(p)
        return p.section, index

    def reject(self, pid: str) -> None:
        self.proposals.remove(self.proposal(pid))

    def create(self, section: str, start: int, end: int) -> int:
        """A new entry quoting the page's text between code-point offsets ``start`` and ``end``."""
        if section not in SECTIONS:
            raise Refused(f"unknown kind {section!r}; expected one of {', '.join(SECTIONS)}", field="section")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(self.page.text)):
            raise Refused(f"a selection is offsets 0 ≤ start < end ≤ {len(self.page.text)} of the page text", field="quote")
        quote = PageText.squeeze(self.page.text[start:end])
        if not quote:
            raise Refused("the selection holds only blanks; select the words of the fact", field="quote")
        entry: dict = {}
        if section in PREFIX:
            entry["id"] = self.new_id(section)
        entry["story"] = self.story_at(start)
        if section == "observations":
            vocab, _r, _ = load_base(self.project)
            hits = [h for h in find_figures(PageText("selection", quote, ""), vocab) if not h.doubt]
            entry.update({"indicator": MARKER, "subject": MARKER, "value": hits[0].text if hits else MARKER,
                          "time": MARKER})
        elif section == "measures":
            entry.update({"label": MARKER, "type": MARKER, "status": {"value": MARKER, "cue": MARKER}})
        elif section == "recognitions":
            entry.update({"title": MARKER, "recipient": MARKER})
        elif section == "posts":
            entry.update({"person": MARKER, "role": MARKER, "organisation": MARKER})
        elif section == "events":
            entry.update({"label": MARKER, "type": MARKER, "time": MARKER})
        elif section == "no_fact":
            entry["reason"] = MARKER
        else:
            entry.update({"text": MARKER, "reason": MARKER})
        entry["quote"] = quote
        return self.set_entry(section, None, entry)

    # ------------------------------------------------------------------ saving

    def save(self) -> str:
        """Write the annotation atomically; refuse when the file changed on disk since it was loaded."""
        path = self.path.resolve()
        data_dir = self.project.data.resolve()
        if data_dir not in path.parents:
            raise Refused(f"{path} is outside {data_dir}; annotate writes only under data/", 403)
        text = self.text()
        read_back = read_yaml(path, text)
        if isinstance(read_back, Finding):  # never write what cannot be read back
            raise Refused(f"the annotation would not be valid YAML ({read_back.message}); nothing was written", 422)
        now = None
        if path.exists():
            raw = path.read_bytes()
            now = (path.stat().st_mtime_ns, _digest(raw))
        if (now is None) != (self.base is None) or (now and self.base and now[1] != self.base[1]):
            raise Refused(f"{self.project.rel(path)} changed on disk since it was loaded (by another editor or "
                          "another window); nothing was written: reload it to see the other changes, then "
                          "make yours again", 409)
        data = text.encode("utf-8")
        atomic_write(path, data)
        self.base = (path.stat().st_mtime_ns, _digest(data))
        self.checked = ""  # checked again as the saved file (a new file joins the project's files)
        return self.project.rel(path)

    def reload(self) -> None:
        fresh = WorkDoc.open(self.project, self.page.page_id, self.offered)
        self.parsed, self.base, self.checked = fresh.parsed, fresh.base, ""
        self.proposals = fresh.proposals


def _draft(project: Project, page: PageText):
    vocab, registry, _ = load_base(project)
    return suggest(project.articles / f"{page.page_id}.txt", registry, vocab, page.text)


def draft_proposals(draft, page: PageText) -> list[Proposal]:
    """Every fact and no_fact entry of ``suggest``'s draft as a proposal, with its confidence,
    offsets and rule (from the draft's comment on it)."""
    out = []
    for section in SECTIONS:
        for i, entry in enumerate(draft.annotation.get(section, [])):
            m = _COMMENT.search(draft.comments.get((section, i), "") or "")
            if m:
                conf, start, end, rule = float(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(4)
            else:
                span = page.find(str(WorkDoc._q(entry)))
                conf, rule = 0.5, "the rest of an in-scope story"
                start, end = (span.start, span.end) if span else (0, 0)
            out.append(Proposal(f"{section}-{i}", section, entry, conf, rule, start, end))
    return out


def finding_dict(f: Finding) -> dict:
    d = f.as_dict()
    m = _FIELD.match(f.field)
    d["section"], d["index"] = (m.group(1), int(m.group(2))) if m else (None, None)
    return d


ADDED = "added.yaml"  # data/entities/ file of the registry entries added in the app
_ADDED_HEAD = ("# Registry entries added in `reformkg annotate`, one flow mapping per line. Move each to\n"
               "# its list's file (regions.yaml in code order, …) when convenient: ids stay as they are.\n")


def add_registry_entry(project: Project, section: str, entry: dict) -> str:
    """Add ``entry`` to the registry's ``section`` in data/entities/added.yaml, checked first as
    ``validate`` checks the registry (fields, kind, level, code, parent, ids across all lists):
    nothing is written while the new entry has an error. Returns its id."""
    if section not in REGISTRY_SECTIONS:
        raise Refused(f"unknown registry list {section!r}; expected one of {', '.join(REGISTRY_SECTIONS)}",
                      field="section")
    if not isinstance(entry, dict):
        raise Refused("a registry entry is a mapping of its fields", field="entry")
    entry = _clean(entry)
    target = project.entities / ADDED
    data = {}
    if target.is_file():
        doc = read_yaml(target)
        if isinstance(doc, Finding) or not isinstance(doc.data, dict):
            raise Refused(f"{project.rel(target)} is not readable; fix it in an editor first")
        data = doc.data
    data = {s: list(data.get(s) or []) for s in REGISTRY_SECTIONS}
    data[section].append(entry)
    out = io.StringIO()
    out.write(_ADDED_HEAD)
    yaml = _yaml()
    for s in REGISTRY_SECTIONS:
        if data[s]:
            yaml.dump(CommentedMap([(s, CommentedSeq(_node(e) for e in data[s]))]), out)
    text = out.getvalue()
    vocab, _registry, before = load_base(project)
    with tempfile.TemporaryDirectory() as tmp:
        for f in project.entities.glob("*.yaml"):
            if f.name != ADDED:
                shutil.copy(f, Path(tmp) / f.name)
        (Path(tmp) / ADDED).write_text(text, encoding="utf-8")
        _reg, findings = load_registry(Path(tmp), vocab)

    def key(f: Finding) -> tuple:
        return Path(f.path).name, f.field, f.code, f.message

    known = {key(f) for f in before if Path(f.path).name != ADDED}
    mine = [f for f in findings if f.is_error and key(f) not in known
            and (Path(f.path).name != ADDED or f.field == "(file)"
                 or f.field.startswith((f"{section}[{len(data[section]) - 1}]", f"{section}[{entry.get('id')}]")))]
    if mine:
        f = mine[0]
        field = f.field.split(".", 1)[1] if "." in f.field else ""
        raise Refused(f"{f.code} {f.field}: {f.message}" + (f" (and {len(mine) - 1} more)" if len(mine) > 1 else ""),
                      422, field=field)
    atomic_write(target, text.encode("utf-8"))
    return str(entry.get("id"))
