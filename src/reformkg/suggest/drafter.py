"""Draft an annotation of a raw page text, for a person to finish (``reformkg suggest``).

:func:`suggest` reads the page; :class:`Drafter` runs the rules of this package over it and
turns what they find into the annotation's structure: the stories (title, byline, date,
scope, extent), the facts of the in-scope stories (:mod:`reformkg.suggest.facts`), and the
rest of each in-scope story as ``no_fact`` quotes. The :class:`Draft` holds that structure,
a comment per entry, every suggestion and the names to add to the registry.

Every suggestion carries its quote, its offsets in the page (code points) and a
confidence. Fields a person must fill hold the marker ``TODO``: ``reformkg validate``
reports each one as ``E010`` (see :mod:`reformkg.annotation.lint`).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from reformkg.annotation.grounding import PageText, Span
from reformkg.annotation.lint import MARKER
from reformkg.annotation.model import FORMAT
from reformkg.annotation.loader import Registry
from reformkg.annotation.vocab import Vocabularies
from reformkg.errors import ReformkgError
from reformkg.suggest.context import PageContext
from reformkg.suggest.facts import FactRules
from reformkg.suggest.mentions import find_mentions
from reformkg.suggest.model import DraftParts, Suggestion
from reformkg.suggest.numbered import figure_to_check, numbered_name
from reformkg.suggest.organisations import SURNAMES, printing_medium
from reformkg.suggest.stories import EDITOR_RX, IN_SCOPE_WORDS, MORE_REPORTERS_RX, REPORTER_RX, headline_like, text_lines
from reformkg.suggest.times import find_times, story_date
from reformkg.suggest.writer import draft_yaml


@dataclass
class Draft:
    page: PageText
    stories: list[dict]
    suggestions: list[Suggestion]
    annotation: dict
    comments: dict  # (section, index) → comment
    new_entities: list[dict]

    @property
    def markers(self) -> int:
        return count_markers(self.annotation)

    def to_yaml(self, source: str = "") -> str:
        return draft_yaml(self.annotation, self.comments, self.new_entities, markers=self.markers,
                          source=source or self.page.page_id + ".txt")

    def to_json(self) -> str:
        return json.dumps({"page": self.page.page_id, "markers": self.markers,
                           "stories": self.stories,
                           "suggestions": [s.as_dict() for s in self.suggestions],
                           "new_entities": self.new_entities,
                           "annotation": self.annotation}, ensure_ascii=False, indent=1)


def count_markers(data) -> int:
    """The fields of ``data`` that hold the ``TODO`` marker."""
    if isinstance(data, dict):
        return sum(count_markers(v) for v in data.values())
    if isinstance(data, list):
        return sum(count_markers(v) for v in data)
    return 1 if isinstance(data, str) and data.startswith(MARKER) else 0


# a photo's credit in brackets, its taker's name alone (…签约。(周坤 摄)); 记者 某某 摄 is a reporter's byline
_PHOTO_CREDIT_RX = re.compile(r"[（(]\s*([\u4e00-\u9fff]{2,3})\s*摄(?:影)?\s*[）)]")
# a caption's credit closing its line after the caption's sentence (…新闻发布会在兰州召开。 张某 摄, …考试。张某某/摄)
_LINE_CREDIT_RX = re.compile(r"(?<=[。！)）])[ \t\u3000]*([\u4e00-\u9fff]{2,3})[ \t\u3000]*/?[ \t\u3000]*摄(?:影)?[ \t\u3000]*$", re.M)


def _names_of_role(m: re.Match) -> list[tuple[str, str]]:
    """The names a byline's role heads (记者 郎某某 龙某, 责编：王某、李某), each with its quote: the first with
    the role, the next ones alone."""
    names, k = [(m.group(2).replace(" ", ""), m.group(0).replace(" ", ""))], m.end()
    while (more := MORE_REPORTERS_RX.match(m.string, k)) is not None:
        names.append((more.group(1), more.group(1)))
        k = more.end()
    return names


class Drafter:
    """Runs the rules of this package over one page and assembles their findings into a Draft."""

    def __init__(self, page: PageText, registry: Registry, vocab: Vocabularies):
        self.ctx = PageContext(page, registry, vocab)

    def run(self) -> Draft:
        ctx = self.ctx
        mentions = find_mentions(ctx)
        times = find_times(ctx.compact)
        parts = DraftParts({"format": FORMAT, "page": ctx.page.page_id, "stories": [], "measures": [], "observations": [],
                            "recognitions": [], "posts": [], "no_fact": []})
        self._stories(parts)
        # entity mentions
        for m in mentions:
            st = ctx.usable(m.cstart, headlines=True)
            if st is None or ctx.after_editor_line(m.cstart):  # (全总要闻 after 责任编辑: the site's links)
                continue
            if m.section == "organisations" and ctx.org_kind(m) == "media" and printing_medium(ctx.compact, m):
                self._newspaper(parts, st, m)
                continue
            parts.suggestions.append(Suggestion(m.section[:-1] if m.section != "people" else "person", m.name,
                                                ctx.span(m.cstart, m.cend), m.confidence,
                                                {"ids": m.ids, **({"new": m.proposal} if m.proposal else {})}, st["id"],
                                                "registry name" if m.ids else "gazetteer" if m.section == "regions" else "name suffix"))
            if not m.ids:
                parts.propose(m, ctx.span(m.cstart, m.cend))
        facts = FactRules(ctx, mentions, times, parts)
        facts.observations()
        self._numbered_names(parts, mentions)
        self._repeats(parts)
        facts.documents()  # → policy-document measures
        facts.quoted_measures()
        facts.designations()
        facts.posts()
        # reform areas and target groups, as suggestions (they go into measures above)
        for scheme, kind in (("reform-area", "area"), ("target-group", "group")):
            for concept in ctx.vocab.schemes[scheme].concepts.values():
                for m in re.finditer(re.escape(concept.zh), ctx.compact):
                    st = ctx.usable(m.start())
                    if st:
                        parts.suggestions.append(Suggestion(kind, concept.zh, ctx.span(m.start(), m.end()), 0.7,
                                                            {"concept": concept.id}, st["id"], "SKOS label"))
        for a, b, t in times:
            st = ctx.usable(a)
            if st:
                parts.suggestions.append(Suggestion("time", t["text"], ctx.span(a, b), 0.8, t, st["id"], "date phrase"))

        # bylines count as covered; the rest of each in-scope story goes to no_fact
        ann = parts.annotation
        for entry in ann["stories"]:
            for by in entry.get("byline", []):
                f = ctx.page.find(by["quote"], [ctx.story(entry["id"])["span"]])
                if f:
                    parts.covered.append(ctx.crange(f))
        self._no_fact(parts)
        for key in ("measures", "observations", "recognitions", "posts", "no_fact", "figures_excluded"):
            if not ann.get(key):
                ann.pop(key, None)
        sugg = parts.suggestions
        for sg in sugg:
            if not sg.quote:
                lo, hi = ctx.crange(sg.span)
                sg.quote = sg.fields.get("quote") or ctx.compact[slice(*ctx.sentence_at(lo))] if sg.kind != "story" else sg.text
        sugg.sort(key=lambda s: (s.span.start, s.kind))
        stories = [{k: (v if not isinstance(v, Span) else [v.start, v.end]) for k, v in s.items()
                    if k != "head_span"} for s in ctx.stories]
        new_entities = list(parts.new_entities.values())
        if ctx.folded.changed:
            self._printed(ann, stories, sugg, new_entities)
        return Draft(ctx.original, stories, sugg, ann, parts.comments, new_entities)

    def _newspaper(self, parts: DraftParts, st: dict, m) -> None:
        """A medium that printed the story or that the story cites (its dateline's, its
        byline's, 据某报报道): the story's ``newspaper`` (the first one named), suggested as such
        and not as a body of the story's facts."""
        entry = next(e for e in parts.annotation["stories"] if e["id"] == st["id"])
        if "newspaper" not in entry:
            entry["newspaper"] = m.name
        parts.suggestions.append(Suggestion("newspaper", m.name, self.ctx.span(m.cstart, m.cend), m.confidence,
                                            {"ids": m.ids, **({"new": m.proposal} if m.proposal else {})}, st["id"],
                                            "the medium of the story's dateline, byline or source"))

    def _repeats(self, parts: DraftParts) -> None:
        """A figure printed again in its story (a figure the figure rules mark ``repeat``, 582名 in a
        lead and again in the text) → an entry of ``figures_excluded`` with reason ``repeats the
        figure of oN`` (the observation drafted for it before, as the curated pages write it), its
        clause as the quote: the sentence is no ``background`` of ``no_fact``, the annotator sees
        the figure and the one it repeats."""
        ctx, ann = self.ctx, parts.annotation
        sugg = [s for s in parts.suggestions if s.kind == "observation"]
        # (each observation with its suggestion's range; none named when they were not drafted one each)
        obs = [(o, *ctx.crange(s.span)) for o, s in zip(ann["observations"], sugg)] if len(sugg) == len(ann["observations"]) else []
        excluded = ann.setdefault("figures_excluded", [])
        for sg in parts.suggestions:
            if sg.kind != "figure" or not sg.fields.get("repeat"):
                continue
            doubt = sg.fields["doubt"]
            lo, hi = ctx.crange(sg.span)
            st = ctx.story(sg.story)
            same = [o["id"] for o, a, b in obs if o["story"] == sg.story and a < lo and ctx.compact[a:b] == ctx.compact[lo:hi]]
            q, qlo, qhi = ctx.quote_for(lo, hi, st, clause=True)
            excluded.append({"story": sg.story, "text": ctx.compact[lo:hi],
                             "reason": f"repeats the figure of {same[-1]}" if same else "repeats a figure printed before in the story",
                             "quote": q})
            parts.comments[("figures_excluded", len(excluded) - 1)] = (
                f"confidence 0.20 · offsets [{sg.span.start}, {sg.span.end}) · {doubt}; suggested, check")
            parts.covered.append((qlo, qhi))

    def _numbered_names(self, parts: DraftParts, mentions) -> None:
        """Observations whose figure is part of a name (新八级工, 两级工友创业园, “四个一”, 三门峡,
        a headline repeating the body: :func:`~reformkg.suggest.numbered.numbered_name`) become
        suggestions of low confidence and ``figures_excluded`` entries with the reason. An
        ordinal of an edition (第五届) stays an observation, of low confidence, indicator
        ``edition``: the subject's own series is one (docs: the ordinal indicators), the
        edition of an event it only took part in is part of a name; so does a rank (第一名),
        indicator ``rank``, of low confidence."""
        ctx = self.ctx
        lines = text_lines(ctx.page.text)
        alone = [(a, b) for k, (a, b, raw) in enumerate(lines) if raw.strip() and headline_like(raw)
                 and (k == 0 or not lines[k - 1][2].strip()) and (k + 1 == len(lines) or not lines[k + 1][2].strip())]
        heads = [*ctx.heads, *(ctx.crange(Span(a, b)) for a, b in alone)]
        # the page's first line when it reads as a headline over the text (…连续四届获评先进, over 连续4年…被评为先进)
        first = next((k for k, (_a, _b, raw) in enumerate(lines) if raw.strip()), None)
        if first is not None and headline_like(lines[first][2]) and first + 1 < len(lines) and "。" in lines[first + 1][2]:
            heads.append(ctx.crange(Span(lines[first][0], lines[first][1])))
        # a line printing a headline again (a site's list of its stories, 上一篇/下一篇): a headline
        titles = {ctx.compact[a:b] for a, b in heads if b > a}
        for a, b, raw in lines:
            lo, hi = ctx.crange(Span(a, b))
            if hi > lo and ctx.compact[lo:hi] in titles:
                heads.append((lo, hi))
        headlines = tuple(sorted({r for r in heads if r[1] > r[0]}))
        edition = next((c.zh for c in ctx.vocab.schemes["indicator"].concepts.values() if c.id == "edition"), None)
        rank = next((c.zh for c in ctx.vocab.schemes["indicator"].concepts.values() if c.id == "rank"), None)
        names = tuple((m.cstart, m.cend, m.name) for m in mentions if m.section in ("regions", "organisations"))
        obs = parts.annotation["observations"]
        sugg = [sg for sg in parts.suggestions if sg.kind == "observation"]
        if len(sugg) != len(obs):
            return  # the observations were not drafted one suggestion each: leave them
        keep, excluded = [], parts.annotation.setdefault("figures_excluded", [])
        for i, (entry, sg) in enumerate(zip(obs, sugg)):
            lo, hi = ctx.crange(sg.span)
            places = tuple((a, a + len(n), n) for a in range(max(0, lo - 4), lo + 1) for n in
                           (ctx.compact[a:a + k] for k in range(hi - a + 1, min(a + 9, len(ctx.compact)) - a + 1)) if n in ctx.gaz)
            why = numbered_name(ctx.compact, lo, hi, headlines, names + places, ctx.paragraph_starts)
            if why is None and any(a <= lo < b for a, b in ctx.heads):
                # 某煤矿57万元重奖… over a text of 57.4万元: the headline's rounding or sum; the stories annotate
                # their text's figures (no curated page has an observation in a headline; the graders grade the text)
                sg.kind, sg.confidence, sg.rule = "figure", 0.2, "figure, no observation drafted"
                sg.fields = {"unit": sg.fields.get("unit"), "doubt": "a headline's figure its story's text does not print"}
                continue
            if why is None and rank is not None and entry.get("indicator") == rank:
                # 获得第一名, 前三名: a rank, the subject's own result (an observation) or part of a title: check
                sg.confidence = 0.3
                keep.append((entry, sg, f"confidence 0.30 · offsets [{sg.span.start}, {sg.span.end}) · {sg.rule} · "
                             "a rank (第一名, 前三名): an observation (indicator rank) when the subject's own result "
                             "matters, else part of a title (获得第一名者授予…); check"))
                continue
            doubt = figure_to_check(ctx.compact, lo, hi) if why is None else None
            if doubt is not None:  # 连续三年, 由5万人增加到…: a figure by the project's convention, not by every curator's
                sg.confidence = 0.3
                keep.append((entry, sg, f"confidence 0.30 · offsets [{sg.span.start}, {sg.span.end}) · {sg.rule} · {doubt}; check"))
                continue
            if why is None:
                keep.append((entry, sg, parts.comments.get(("observations", i))))
                continue
            if why.startswith("ordinal"):  # 第五届: the subject's own series (an observation) or a name: check
                sg.confidence = 0.3
                if edition and entry.get("indicator") == MARKER:
                    entry["indicator"] = edition
                keep.append((entry, sg, f"confidence 0.30 · offsets [{sg.span.start}, {sg.span.end}) · {sg.rule} · {why}: "
                             "an observation (indicator edition) when the subject organises the series, else "
                             "figures_excluded (part of a name); check"))
                continue
            sg.kind, sg.confidence, sg.rule = "figure", 0.2, "figure, no observation drafted"
            sg.fields = {"unit": sg.fields.get("unit"), "doubt": why}
            excluded.append({"story": entry["story"], "text": ctx.compact[lo:hi], "reason": "part of a name",
                             "quote": entry["quote"]})
            parts.comments[("figures_excluded", len(excluded) - 1)] = (
                f"confidence 0.20 · offsets [{sg.span.start}, {sg.span.end}) · {why}; suggested, check")
        if len(keep) == len(obs) and not any(k[1].confidence == 0.3 for k in keep):
            return
        for i in range(len(obs)):
            parts.comments.pop(("observations", i), None)
        obs[:] = []
        for i, (entry, sg, comment) in enumerate(keep):
            entry["id"] = f"o{i + 1}"
            obs.append(entry)
            if comment:
                parts.comments[("observations", i)] = comment

    # fields whose text is the page's as printed; the rest are ids, concepts, values the loader reads
    PRINTED = ("quote", "text", "title", "subtitle", "newspaper", "label", "from", "to", "name", "role", "cue")
    NAMES = ("title", "subtitle", "newspaper", "label", "name", "role")  # printed without a gloss inside (責(zé)編 → 責編)

    def _printed(self, ann: dict, stories: list[dict], sugg: list[Suggestion], new_entities: list[dict]) -> None:
        """The page was folded for matching (full-width digits, traditional characters): every
        text the draft shows as printed goes back to the page's own characters. A quote is
        looked up in its story (where the validator finds it), the other texts of an entry in
        its quote; values stay folded, for the loader reads ``264.3万人``, not ``２６４．３万人``.
        A quote, and the text of a suggestion, keep a pinyin gloss printed inside their words
        (they are found on the page as printed); an entry's title, name or role is given
        without it."""
        ctx = self.ctx
        fold = ctx.folded

        def story_range(sid):
            return ctx.crange(ctx.story(sid)["span"]) if sid and any(s["id"] == sid for s in ctx.stories) else (0, None)

        def entry(e: dict, lo: int, hi):
            if isinstance(e.get("quote"), str):
                q = PageText.squeeze(e["quote"])
                pos = ctx.compact.find(q, lo, len(ctx.compact) if hi is None else hi)
                if pos != -1:
                    lo, hi = pos, pos + len(q)
            for key, v in e.items():
                if key in self.PRINTED and isinstance(v, str):
                    e[key] = fold.printed(v, lo, hi, gloss=key not in self.NAMES)
                elif key in self.PRINTED and isinstance(v, list) and all(isinstance(x, str) for x in v):
                    e[key] = [fold.printed(x, lo, hi, gloss=key not in self.NAMES) for x in v]
                elif isinstance(v, dict):
                    entry(v, lo, hi)
                elif isinstance(v, list):
                    for x in v:
                        if isinstance(x, dict):
                            entry(x, lo, hi)

        for section, items in ann.items():
            if not isinstance(items, list):
                continue
            for e in items:
                if isinstance(e, dict):
                    entry(e, *story_range(e.get("story") or e.get("id")))
        for s in stories:
            lo, hi = s["span"]
            clo, chi = ctx.crange(Span(lo, hi))
            for key in ("title", "subtitle"):
                if isinstance(s.get(key), str):
                    s[key] = fold.printed(s[key], clo, chi, gloss=False)
        for sg in sugg:
            lo, hi = ctx.crange(sg.span)
            sg.text = fold.printed(sg.text, lo, hi) if sg.kind != "story" else fold.printed(sg.text, lo, None, gloss=False)
            slo, shi = story_range(sg.story)
            if sg.quote:
                sg.quote = fold.printed(sg.quote, slo, shi)
            if "quote_start" in sg.fields:
                qlo, qhi = ctx.crange(Span(sg.fields["quote_start"], sg.fields["quote_end"]))
                sg.fields["quote"] = fold.printed_at(qlo, qhi)
            elif isinstance(sg.fields.get("quote"), str):
                sg.fields["quote"] = fold.printed(sg.fields["quote"], slo, shi)
            if isinstance(sg.fields.get("text"), str):
                sg.fields["text"] = fold.printed(sg.fields["text"], slo, shi)
        for ne in new_entities:
            lo, hi = ctx.crange(Span(ne["start"], ne["end"]))
            ne["text"] = fold.printed_at(lo, hi) if PageText.squeeze(ne.get("text", "")) == ctx.compact[lo:hi] else ne.get("text")

    def _stories(self, parts: DraftParts) -> None:
        """Each story's scope (in: two trade-union or workforce words or more; one on a page of
        one story, a page taken for what it reports), date and entry."""
        ctx = self.ctx
        need = 1 if len(ctx.stories) == 1 else 2
        for s in ctx.stories:
            lo, hi = ctx.crange(s["span"])
            body = ctx.compact[lo:hi]
            hits = sum(body.count(w) for w in IN_SCOPE_WORDS)
            s["scope"] = "in" if hits >= need else "out"
            date, _ = story_date(ctx.compact, lo, hi)
            if date is None:
                date, _ = story_date(ctx.compact, 0, len(ctx.compact))
                if date:
                    date["basis"] = date["basis"].replace("in the story", "on the page")
            s["date"] = date or {"value": MARKER, "basis": MARKER}
            s["year"] = date["value"][:4] if date else None
            entry = {"id": s["id"], "title": s["title"]}
            if s["subtitle"]:
                entry["subtitle"] = s["subtitle"]
            bylines = self._bylines(lo, hi, first=s["id"] == "s1")
            if bylines:
                entry["byline"] = bylines
            entry["date"] = s["date"]
            entry["scope"] = s["scope"]
            if s["scope"] == "out":
                entry["reason"] = f"no trade-union or workforce-reform word ({'、'.join(IN_SCOPE_WORDS[:4])} …) in the story; suggested, check"
            entry["extent"] = [self._extent(lo, hi)]
            parts.annotation["stories"].append(entry)
            parts.suggestions.append(Suggestion("story", s["title"], s["span"], 0.6 if s["id"] != "s1" else 0.8,
                                                {"scope": s["scope"], "hits": hits}, s["id"], "headline-like line + byline/dateline"))

    def _extent(self, lo: int, hi: int) -> dict:
        """The story's extent: its first and last words, as long as they need to be to be found there."""
        ctx = self.ctx
        text = ctx.compact
        n = 12
        frm = text[lo:lo + n]
        while ctx.page.find(frm) is None or ctx.crange(ctx.page.find(frm))[0] != lo:
            n += 4
            frm = text[lo:lo + n]
            if lo + n >= hi:
                break
        n = 12
        start_span = ctx.span(lo, lo + 1)
        while True:
            to = text[max(lo, hi - n):hi]
            found = ctx.page.find(to, after=start_span.start)
            if found is not None and ctx.crange(found)[1] == hi or hi - n <= lo:
                break
            n += 4
        return {"from": frm, "to": to}

    def _bylines(self, lo: int, hi: int, first: bool = False) -> list[dict]:
        ctx = self.ctx
        out = []
        span = ctx.span(lo, min(hi, lo + 200))
        lines = ctx.page.text[span.start:span.end].splitlines()
        credits = []
        for a, b, why in ctx.boilerplate if first else ():  # 责任编辑：王某 over the page's first headline: its story's editor
            # (栏目:新闻 来源:某网 阅读量:7903 作者:王某 发布时间:…: the site's line naming the story's writer)
            if why not in ("navigation", "related links", "site furniture", "forum furniture") and (b <= lo or a < lo + 200):
                line = ctx.span(a, b)
                credits += list(EDITOR_RX.finditer(ctx.page.text[line.start:line.end]))
        if hi - lo > 200:  # …受到职工欢迎。（记者吴某 通讯员何某）: a byline closing the story, in brackets
            end = ctx.span(max(lo, hi - 600), hi)
            tail = ctx.page.text[end.start:end.end]
            closing = ([None] + list(re.finditer(r"[（(]([^（）()]{0,16}?(?:记者|記者|通讯员|通訊員)[^（）()]{2,40})[）)]", tail)))[-1]
            # (某日报全媒体记者 某某); only the site's lines after it (责编, 分享), no sentence of the story, or
            # right after a sentence, ending its line (the site's furniture after it)
            lines += [closing.group(1)] if closing and (not re.search(r"[。！？!?]", tail[closing.end():]) or re.search(
                r"[。！？!?”]\s*$", tail[:closing.start()]) and re.match(r"[ \t]*(?:\n|$)", tail[closing.end():])) else []
            for line in tail.splitlines()[1:]:
                last = re.split(r"[。！？!?]", line)[-1]
                if len(last) <= 30 and not closing and last != line:  # …发放慰问金。记者 王某 (no brackets, ending its line)
                    lines += [last] if REPORTER_RX.search(last) else []
                elif len(line) <= 30 and not closing and (re.match(r"\s*(?:[\u4e00-\u9fff]{2,6})?(?:记者|通讯员)", line) or re.search(r"(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,3}(?:\s|$)", line)):
                    lines += [line]  # 晨报记者 王某 (某某新闻•某某晨报记者 王某 摄影 李某) on a line of its own
                credits += [m for m in EDITOR_RX.finditer(last)] if len(last) <= 60 else []
        for line in lines:
            if len(re.findall(r"[|｜]", line)) >= 3:
                continue  # a site's menu (…|名家|记者|简介|…): no one's credit
            credits += [m for m in EDITOR_RX.finditer(line)] if len(line) <= 60 else []
            for m in REPORTER_RX.finditer(line):
                if line[m.end():m.end() + 1] == "从" and m.group(2)[0] not in SURNAMES:
                    continue  # 记者近日从某厅获悉: no name
                role = {"见习记者": "intern-reporter", "实习记者": "intern-reporter", "实习生": "intern-reporter", "通讯员": "correspondent",
                        "本报通讯员": "correspondent"}.get(m.group(1), "reporter")
                for name, quote in _names_of_role(m):
                    if any(b["name"] == name for b in out):
                        continue  # (a short story's closing byline is in its first 200 characters too)
                    entry = {"name": name, "role": role}
                    refs = [e for sec, e in ctx.names.get(name, []) if sec == "people"]
                    if refs:
                        entry["person"] = refs[0]
                    entry["quote"] = quote
                    out.append(entry)
        for m in credits:  # 责任编辑：王某, 作者：王某 李某
            role = "author" if re.sub(r"\s", "", m.group(1)) in ("作者", "撰稿", "摄影") else "editor"
            for name, quote in _names_of_role(m):
                if all(b["name"] != name for b in out):
                    out.append({"name": name, "role": role, "quote": quote})
        whole = ctx.span(lo, hi)
        for m in _PHOTO_CREDIT_RX.finditer(ctx.page.text[whole.start:whole.end]):  # …上台签约。(周坤 摄): a photo's author
            if m.group(1)[0] in SURNAMES and all(b["name"] != m.group(1) for b in out):
                out.append({"name": m.group(1), "role": "author", "quote": re.sub(r"\s", "", m.group(0)[1:-1])})
        for m in _LINE_CREDIT_RX.finditer(ctx.page.text[whole.start:whole.end]):  # …召开。 张某 摄 (a caption's line)
            if m.group(1)[0] in SURNAMES and all(b["name"] != m.group(1) for b in out):
                out.append({"name": m.group(1), "role": "author", "quote": re.sub(r"\s", "", m.group(0))})
        return out

    def _no_fact(self, parts: DraftParts) -> None:
        """The text of each in-scope story that no entry quotes, as no_fact entries."""
        ctx = self.ctx
        no_fact = parts.annotation["no_fact"]
        mark = [False] * len(ctx.compact)
        for a, b in parts.covered:
            for k in range(a, b):
                mark[k] = True
        for s in ctx.stories:
            if s["scope"] != "in":
                continue
            lo, hi = ctx.crange(s["span"])
            hlo, hhi = ctx.crange(s["head_span"])
            k = lo
            while k < hi:
                if mark[k]:
                    k += 1
                    continue
                j = k
                while j < hi and not mark[j]:
                    j += 1
                for a, b in self._pieces(k, j):
                    if b - a < 2:
                        continue
                    q = ctx.compact[a:b]
                    found = ctx.page.find(q, [s["span"]])
                    if found is None or ctx.crange(found)[0] != a:
                        continue
                    site = ctx.boilerplate_at(a)
                    reason = f"web page boilerplate ({site})" if site else "headline" if hlo <= a < hhi else (
                        "subheading" if headline_like(ctx.page.text[found.start:found.end]) and b - a <= 40
                        else "background")
                    no_fact.append({"story": s["id"], "reason": reason, "quote": q})
                    parts.comments[("no_fact", len(no_fact) - 1)] = (
                        f"offsets [{found.start}, {found.end}) · no figure, document, designation or post found; "
                        "suggested reason, check")
                k = j

    def _pieces(self, a: int, b: int) -> list[tuple[int, int]]:
        """An uncovered run cut at sentence ends and around web boilerplate lines, so each
        no_fact quote stays readable and has one reason."""
        ends = {sb for _sa, sb in self.ctx.sentences} | {x for lo, hi, _ in self.ctx.boilerplate for x in (lo, hi)}
        out, start = [], a
        for e in sorted(ends):
            if a < e < b:
                out.append((start, e))
                start = e
        out.append((start, b))
        return out


def suggest(text_path: str | Path, registry: Registry, vocab: Vocabularies, text: str | None = None) -> Draft:
    """Draft an annotation of one page text (a ``data/articles/*.txt`` file or any UTF-8 text)."""
    path = Path(text_path)
    if text is None:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    else:
        try:
            raw = text.encode("utf-8")
        except UnicodeEncodeError as e:  # a lone surrogate (a string decoded with errors="surrogateescape")
            raise ReformkgError(f"{path}: the page text holds a character UTF-8 cannot encode at offset {e.start} "
                                f"({text[e.start]!r}); expected the text of a newspaper page") from None
    page = PageText(path.stem, text, hashlib.sha256(raw).hexdigest())
    if not page.compact:
        raise ReformkgError(f"{path}: the page text is empty; expected the text of a newspaper page")
    return Drafter(page, registry, vocab).run()
