"""Rewrite an annotation of format 1 in format 2, keeping its text as written.

Format 2 adds ``format: 2`` at the top, a ``status: {value, cue}`` to every measure, the
``dimensions`` of observations whose qualifier or time names them, and the ``items`` a
measure, observation or recognition label enumerates in brackets. The migration only inserts
lines (after each entry's ``story:``), so comments, order and layout stay; what it decides
from the wording is marked with a ``# migrate:`` comment for the annotator to check, and a
status it cannot decide is the ``TODO`` marker (``E010`` until filled).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from reformkg.annotation import model as m
from reformkg.annotation.grounding import PageText
from reformkg.annotation.yamlio import read_yaml
from reformkg.errors import Finding

# cue words by status, tried in this order: the first status with a cue in the quote wins
STATUS_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("recurring", ("每年", "每月", "每季度", "每周", "按季度", "按月", "常态化", "定期", "长效机制", "年年")),
    ("planned", ("将于", "即将", "计划", "拟", "力争", "预计", "到2025年", "到2026年", "到2027年", "到2030年", "将")),
    ("done", ("已经", "已", "出台", "印发", "建成", "成立", "举办", "召开", "举行", "设立", "发布", "命名", "制定",
              "组建", "建立", "完成", "实现", "签订", "投入", "开展了", "启动", "上线", "获评", "授予",
              "创建", "构建", "列为", "承办", "选定", "荣获", "新建", "新增", "开通", "开设", "发放", "设置",
              "决定", "调整", "形成", "培养", "奖励", "搭建", "打造", "拨付", "慰问", "创设", "促成", "纳入",
              "获得", "提供", "揭牌", "购买", "入驻", "人驻", "入选", "人选", "刊发")),
    ("under-way", ("正在", "持续", "深化", "着力", "推进", "推动", "实施", "开展", "加强", "深入",
                   "培育", "强化", "做好", "支持", "鼓励", "保证", "组织", "完善", "健全", "提升", "建设",
                   "探索", "聚焦", "坚持", "引导", "帮助", "督促", "落实", "推行", "推广", "实行", "紧扣", "抓好",
                   "打响", "创新")),
)


def decide_status(quote: str) -> tuple[str, str] | None:
    """(status, cue) from the wording of a measure's quote, or None when no cue word is in it.
    将 followed by an object and a verb (将…纳入) is a disposal construction, not the future:
    only 将 before a verb-like word counts, and the other planned cues come first."""
    text = PageText.squeeze(quote)
    for status, cues in STATUS_CUES:
        for cue in cues:
            if cue == "将" and not re.search(r"将(?:[在于把对向进要达继全力推])", text):
                continue
            if cue in text:
                return status, cue
    return None


OWNERSHIP = (("非公有制", "non-public"), ("非公", "non-public"), ("民营", "private"), ("公有制", "public"),
             ("国有", "state-owned"), ("国企", "state-owned"), ("央企", "state-owned"))
SIZE = re.compile(r"(25|50|100)人以上")
PERIOD_WORDS = (("每月", "per-month"), ("月均", "per-month"), ("每年", "per-year"), ("年均", "per-year"),
                ("每天", "per-day"), ("累计", "cumulative"))
PERIOD_BY_TIME = {"as_of": "as-of", "since": "cumulative", "during": "in-period", "period": "in-period"}


def decide_dimensions(qualifier: str | None, quote: str, time_kind: str | None, groups: dict[str, str]) -> dict:
    """The dimensions a figure's qualifier, quote and time name: ownership and size from the
    qualifier, a target group whose zh label the qualifier holds, the period from 每月/每年/累计
    in the quote or else from the kind of time."""
    out: dict[str, str] = {}
    q = qualifier or ""
    for word, code in OWNERSHIP:
        if word in q:
            out["ownership"] = code
            break
    size = SIZE.search(q)
    if size:
        out["size"] = f"employees-{size.group(1)}-plus"
    elif "规模以上" in q or "规上" in q:
        out["size"] = "above-designated-size"
    for label, gid in sorted(groups.items(), key=lambda kv: -len(kv[0])):
        if label in q:
            out["group"] = gid
            break
    text = PageText.squeeze(quote)
    period = next((code for word, code in PERIOD_WORDS if word in text), None)
    out["period"] = period or PERIOD_BY_TIME.get(time_kind or "", "one-off" if time_kind == "on" else "as-of")
    return out


BRACKETS = re.compile(r"[（(]([^（）()]*、[^（）()]*)[）)]")


def decide_items(label: str) -> tuple[list[str], bool]:
    """The items a label enumerates in brackets (``五项津贴（技能职称、学历提升…）``), and
    whether the list is open (等)."""
    found = BRACKETS.search(label)
    if not found:
        return [], False
    inner = found.group(1)
    open_list = inner.rstrip().endswith(("等", "等等"))
    inner = re.sub(r"等+$", "", inner.strip())
    return [x.strip() for x in inner.split("、") if x.strip()], open_list


def _flow(value: str) -> str:
    """A scalar for a YAML flow mapping: quoted when plain YAML would misread it."""
    if re.fullmatch(r"[^\s:#,\[\]{}&*!|>'\"%@`-][^:#,\[\]{}]*", value) and not value.endswith(" "):
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass
class Migrated:
    text: str
    statuses: int = 0
    todo: int = 0
    dimensions: int = 0
    items: int = 0


def migrate_text(text: str, path: str, page: PageText | None, groups: dict[str, str]) -> Migrated | Finding:
    """``text`` (an annotation of format 1) in format 2. ``page`` grounds the items found in
    labels (an item whose words are not on the page is left out)."""
    doc = read_yaml(path, text)
    if isinstance(doc, Finding):
        return doc
    data = doc.data
    if not isinstance(data, dict) or "page" not in data:
        return Finding(path, 1, 1, "E002", "(file)", "not an annotation: expected a mapping with page: and stories:")
    if data.get("format") == m.FORMAT:
        return Finding(path, doc.locate(("format",))[0], 1, "E002", "format",
                       f"already in annotation format {m.FORMAT}: nothing to migrate")
    lines = text.split("\n")
    inserts: dict[int, list[str]] = {}  # 0-based line index → lines to insert after it
    out = Migrated("")

    def after_story(section: str, i: int, new: list[str]):
        """Insert ``new`` after the entry's ``story:`` line, at its indentation (block style)."""
        line, _col = doc.locate((section, i, "story"))
        key_line = lines[line - 1]
        if re.match(r"^\s*(- )?story:", key_line):
            indent = key_line.index("story:")
            inserts.setdefault(line - 1, []).extend(" " * indent + n for n in new)
            return
        flow = re.search(r"([{,]\s*story:\s*[A-Za-z0-9_-]+)(\s*[,}])", key_line)
        if flow:  # a one-line flow mapping: the new keys go inside it, without their comments
            keys = ", ".join(n.split("  # ")[0] for n in new)
            lines[line - 1] = key_line[:flow.end(1)] + ", " + keys + key_line[flow.end(1):]

    for i, x in enumerate(data.get("measures") or []):
        if not isinstance(x, dict):
            continue
        frags = x.get("quote") if isinstance(x.get("quote"), list) else [str(x.get("quote", ""))]
        decided = decide_status("".join(map(str, frags)))
        if decided is None and page is not None:  # a name in a list: the verb of its sentence
            spans = [page.find(str(f)) for f in frags]
            decided = decide_status("".join(page.text[page.sentence(sp).start:page.sentence(sp).end]
                                            for sp in spans if sp is not None))
        new = []
        if decided:
            new.append(f"status: {{value: {decided[0]}, cue: {_flow(decided[1])}}}  # migrate: from the wording, check")
            out.statuses += 1
        else:
            new.append("status: {value: TODO planned|under-way|done|recurring, cue: TODO the word of the quote}")
            out.todo += 1
        new += _items_lines(str(x.get("label", "")), page, out)
        after_story("measures", i, new)
    for i, x in enumerate(data.get("observations") or []):
        if not isinstance(x, dict):
            continue
        quote = "".join(x.get("quote") if isinstance(x.get("quote"), list) else [str(x.get("quote", ""))])
        time = x.get("time") if isinstance(x.get("time"), dict) else {}
        kind = next((k for k in ("as_of", "since", "by", "during", "on") if time.get(k)), None)
        kind = kind or ("period" if time.get("start") or time.get("end") else None)
        dims = decide_dimensions(x.get("qualifier"), quote, kind, groups)
        if kind == "by":  # a target: no period of its own
            dims.pop("period", None)
        body = ", ".join(f"{k}: {_flow(v)}" for k, v in dims.items())
        after_story("observations", i, [f"dimensions: {{{body}}}  # migrate: from qualifier and time, check"])
        out.dimensions += 1
    for i, x in enumerate(data.get("recognitions") or []):
        if isinstance(x, dict):
            new = _items_lines(str(x.get("title", "")), page, out)
            if new:
                after_story("recognitions", i, new)
    lines_out = []
    head = next((n for n, line in enumerate(lines) if line.strip() and not line.startswith("#")), 0)
    for n, line in enumerate(lines):
        if n == head:  # after the leading comments
            lines_out.append(f"format: {m.FORMAT}")
        lines_out.append(line)
        lines_out.extend(inserts.get(n, ()))
    out.text = "\n".join(lines_out)
    return out


def _items_lines(label: str, page: PageText | None, out: Migrated) -> list[str]:
    items, open_list = decide_items(label)
    if page is not None:
        items = [x for x in items if page.find(x) is not None]
    if len(items) < 2:
        return []
    out.items += len(items)
    body = ", ".join(f"{{label: {_flow(x)}, quote: {_flow(x)}}}" for x in items)
    return [f"items: [{body}]  # migrate: from the label, check", *(["open_list: true"] if open_list else [])]


def migrate_file(path: Path, articles_dir: Path, groups: dict[str, str]) -> Migrated | Finding:
    text = Path(path).read_text(encoding="utf-8")
    page = None
    doc = read_yaml(path, text)
    if not isinstance(doc, Finding) and isinstance(doc.data, dict) and isinstance(doc.data.get("page"), str):
        page_path = Path(articles_dir) / f"{doc.data['page']}.txt"
        if page_path.is_file():
            page = PageText.read(page_path)
    return migrate_text(text, str(path), page, groups)
