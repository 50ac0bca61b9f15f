"""The page under analysis, as every rule of suggest sees it: its compact text, stories,
sentences and tokens, the registry's names and the gazetteer, and the lookups between them."""

from __future__ import annotations

import bisect
import functools
import re

from reformkg.annotation.grounding import PageText, Span
from reformkg.annotation.loader import Registry
from reformkg.annotation.vocab import Vocabularies
from reformkg.suggest.gazetteer import county_full_names, gazetteer
from reformkg.suggest.normalise import Folded
from reformkg.suggest.stories import (
    REPORTER_RX,
    boilerplate,
    headline_like,
    navigation_lines,
    propose_stories,
    related_lines,
    text_lines,
)
from reformkg.suggest.tokens import Token, page_tokens


class PageContext:
    """One page, its stories (proposed at once) and sentences; its tokens on first use.

    The rules read ``page`` and ``compact``: the page folded for matching (full-width digits,
    traditional characters … see :mod:`reformkg.suggest.normalise`), offset for offset the
    page itself; ``original`` is the page as printed and :attr:`folded` gives back its
    characters for any string taken from ``compact``."""

    def __init__(self, page: PageText, registry: Registry, vocab: Vocabularies):
        self.folded = Folded(page)
        self.original = page
        self.page, self.registry, self.vocab = self.folded.page, registry, vocab
        self.compact = self.page.compact
        self.names = registry.names()
        self.gaz = gazetteer()
        places = {n for n, refs in self.names.items() if refs[0][0] == "regions"} | {
            n for n, ps in self.gaz.items() if any(p.name == n for p in ps)} | set(county_full_names())
        self.stories = propose_stories(self.page, places)
        self.boilerplate = self._boilerplate()
        self.sentences = self._sentences()
        self._sent_starts = [a for a, _ in self.sentences]
        self.heads = [self.crange(s["head_span"]) for s in self.stories]

    def span(self, cstart: int, cend: int) -> Span:
        return self.page._span(cstart, cend - cstart)

    def crange(self, span: Span) -> tuple[int, int]:
        return self.page.compact_range(span)

    def _boilerplate(self) -> list[tuple[int, int, str]]:
        """Compact ranges of the page's web boilerplate lines (source, time, views, editors,
        navigation, site name: :func:`~reformkg.suggest.stories.boilerplate`; a list of links
        to other stories: :func:`~reformkg.suggest.stories.related_lines`) and why."""
        out = []
        lines = text_lines(self.page.text)
        menu, related = set(navigation_lines(lines)), set(related_lines(lines))
        for k, (st, en, raw) in enumerate(lines):
            why = boilerplate(raw) or ("navigation" if k in menu else None) or ("related links" if k in related else None)
            if why:
                lo, hi = self.crange(Span(st, en))
                if hi > lo:
                    out.append((lo, hi, why))
        return out

    def boilerplate_at(self, cpos: int) -> str | None:
        return next((why for lo, hi, why in self.boilerplate if lo <= cpos < hi), None)

    @functools.cached_property
    def line_starts(self) -> list[int]:
        """Compact offsets where a line of the page starts."""
        starts, pos = {0}, 0
        for m in re.finditer(r"\S+|\n", self.page.text):
            if m.group(0) == "\n":
                starts.add(pos)
            else:
                pos += len(m.group(0))
        return sorted(starts)

    def line_at(self, cpos: int) -> tuple[int, int]:
        """Compact range of the line (a paragraph of the page) around ``cpos``."""
        bounds = self.line_starts
        i = bisect.bisect_right(bounds, cpos) - 1
        return bounds[max(i, 0)], bounds[i + 1] if i + 1 < len(bounds) else len(self.compact)

    def after_editor_line(self, cpos: int) -> bool:
        """``cpos`` is in a line with no sentence after the story's editor line (责任编辑：某某, then
        全总要闻, 某省第九届…大赛在榕举行): the site's links after the story's end, not the story."""
        lo = self.crange(self.story_at(cpos)["span"])[0]
        if not any(why == "editor line" and lo <= a < cpos for a, _b, why in self.boilerplate):
            return False
        plo, phi = self.line_at(cpos)
        return not re.search(r"[。！？]", self.compact[plo:phi])

    def _sentences(self) -> list[tuple[int, int]]:
        """Compact ranges of sentences: split at 。！？； and at headline-like lines."""
        cut = set()
        for m in re.finditer(r"[。！？!?；]”?", self.compact):
            cut.add(m.end())
        for m in re.finditer(r"(?<=[\u4e00-\u9fff\]）)])[ \t\u3000]+[-–][ \t\u3000]+(?=[\u4e00-\u9fff])", self.page.text):
            cut.add(self.crange(Span(m.start(), m.start()))[0])  # (…惠及792名职工[1][3] - 政策构建了…: a bullet, no hyphen)
        lines = text_lines(self.page.text)
        for k, (st, en, raw) in enumerate(lines):
            alone = (k == 0 or not lines[k - 1][2].strip()) and (k + 1 == len(lines) or not lines[k + 1][2].strip())
            if raw.strip() and alone and headline_like(raw):
                lo, hi = self.crange(Span(st, en))
                cut.update((lo, hi))
        for lo, hi, _why in self.boilerplate:
            cut.update((lo, hi))
        for s in self.stories:
            cut.update(self.crange(s["span"]))
            cut.update(self.crange(s["head_span"]))
            for m in REPORTER_RX.finditer(self.page.text[s["span"].start:s["span"].start + 200]):
                line_end = self.page.text.find("\n", s["span"].start + m.end())
                if line_end != -1:
                    cut.add(self.crange(Span(line_end, line_end))[0])
        bounds = sorted(b for b in cut if 0 < b < len(self.compact))
        out, prev = [], 0
        for b in bounds + [len(self.compact)]:
            if b > prev:
                out.append((prev, b))
            prev = b
        return out

    def sentence_at(self, cpos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._sent_starts, cpos) - 1
        return self.sentences[max(i, 0)]

    def story_at(self, cpos: int) -> dict:
        for s in self.stories:
            lo, hi = self.crange(s["span"])
            if lo <= cpos < hi:
                return s
        return self.stories[0]

    def story(self, sid: str) -> dict:
        return next(s for s in self.stories if s["id"] == sid)

    def usable(self, cpos: int, headlines: bool = False) -> dict | None:
        """The story at ``cpos`` if facts are drafted there: an in-scope story (once the drafter
        has set each story's scope), outside its headline unless ``headlines``, never in a
        line of web boilerplate."""
        st = self.story_at(cpos)
        if st["scope"] != "in" or not headlines and any(a <= cpos < b for a, b in self.heads):
            return None
        if self.boilerplate_at(cpos):  # the site's lines: no fact, no name
            return None
        return st

    def quote_for(self, lo: int, hi: int, story: dict, clause: bool = False) -> tuple[str, int, int]:
        """A quote around compact [lo, hi): the clause or sentence, grown until the story's first occurrence is it."""
        slo, shi = self.sentence_at(lo)
        shi = max(shi, hi)
        qlo, qhi = slo, shi
        if clause and shi - slo > 60:
            marks = [m.end() for m in re.finditer(r"[，；：,]", self.compact[slo:lo])]
            qlo = slo + marks[-2] if len(marks) >= 2 else slo
            nxt = re.search(r"[，；：。！？,]", self.compact[hi:shi])
            qhi = hi + nxt.end() if nxt else shi
        within = [story["span"]]
        while True:
            q = self.compact[qlo:qhi]
            found = self.page.find(q, within)
            if found is not None and self.crange(found)[0] == qlo or (qlo, qhi) == (slo, shi):
                return q, qlo, qhi
            qlo, qhi = slo, shi

    @functools.cached_property
    def tokens(self) -> list[Token]:
        return page_tokens(self.page, self.registry)

    def org_kind(self, m) -> str | None:
        """An organisation mention's kind: its registry entry's, or the one its proposal gives."""
        return getattr(self.registry.organisations.get(m.ids[0]), "kind", None) if m.ids else (m.proposal or {}).get("kind")

    def tok_at(self, cpos: int) -> tuple[str, str] | None:
        """(word, flag) of the token starting at compact ``cpos``, if one does."""
        return self._tokens_by_start.get(cpos)

    @functools.cached_property
    def _tokens_by_start(self) -> dict[int, tuple[str, str]]:
        return {pos: (word, flag) for word, flag, pos in self.tokens}

    @functools.cached_property
    def paragraph_starts(self) -> frozenset[int]:
        """Compact offsets where a paragraph starts (after a blank line, or after a story's
        headline line: 某市表彰劳模 / 湖北某某有限公司…): no name runs over one."""
        out, pos = {hi for _lo, hi in self.heads}, 0
        for m in re.finditer(r"\S+|\n[ \t\u3000]*\n\s*", self.page.text):
            if m.group(0)[0].isspace():
                out.add(pos)
            else:
                pos += len(m.group(0))
        return frozenset(out)
