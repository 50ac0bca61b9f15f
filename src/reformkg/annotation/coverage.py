"""Coverage audit: how much of each in-scope story a quote or a ``no_fact`` entry covers.

Counted over non-whitespace characters inside the extents of in-scope stories; the
uncovered runs are listed with their line in the page so an annotator can find them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reformkg.annotation.grounding import Span
from reformkg.annotation.loader import LoadedPage
from reformkg.texttable import text_table

THRESHOLD = 0.95


@dataclass
class Gap:
    line: int
    start: int
    end: int
    text: str


@dataclass
class StoryCoverage:
    story: str
    title: str
    total: int
    covered: int
    gaps: list[Gap] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.covered / self.total if self.total else 1.0


@dataclass
class PageCoverage:
    page: str
    stories: list[StoryCoverage]

    @property
    def total(self) -> int:
        return sum(s.total for s in self.stories)

    @property
    def covered(self) -> int:
        return sum(s.covered for s in self.stories)

    @property
    def rate(self) -> float:
        return self.covered / self.total if self.total else 1.0

    def as_dict(self) -> dict:
        return {
            "page": self.page, "rate": round(self.rate, 4), "covered": self.covered, "total": self.total,
            "stories": [{"story": s.story, "title": s.title, "rate": round(s.rate, 4), "covered": s.covered,
                         "total": s.total, "uncovered": [g.__dict__ for g in s.gaps]} for s in self.stories],
        }


def page_coverage(lp: LoadedPage, min_gap: int = 1) -> PageCoverage:
    text = lp.page
    quoted = [0] * len(text.compact)
    for spans in lp.evidence.values():
        for _frag, span in spans:
            lo, hi = text.compact_range(span)
            for i in range(lo, hi):
                quoted[i] = 1
    out = []
    for story in lp.annotation.stories:
        if story.scope != "in":
            continue
        inside = [0] * len(text.compact)
        for span in lp.story_spans[story.id]:
            lo, hi = text.compact_range(span)
            for i in range(lo, hi):
                inside[i] = 1
        total = sum(inside)
        covered = sum(1 for i, v in enumerate(inside) if v and quoted[i])
        gaps, run = [], None
        for i, v in enumerate(inside + [0]):
            hole = v and not quoted[i] if i < len(inside) else False
            if hole and run is None:
                run = i
            elif not hole and run is not None:
                if i - run >= min_gap:
                    span = Span(text._index[run], text._index[i - 1] + 1)
                    gaps.append(Gap(text.line_of(span.start), span.start, span.end,
                                    " ".join(text.text[span.start:span.end].split())))
                run = None
        out.append(StoryCoverage(story.id, story.title, total, covered, gaps))
    return PageCoverage(lp.page_id, out)


def format_text(pages: list[PageCoverage], show_gaps: bool = True) -> str:
    lines = []
    for p in pages:
        for s in p.stories:
            if show_gaps:
                for g in s.gaps:
                    lines.append(f"  uncovered {p.page}.txt:{g.line} [{s.story}] {g.text}")
    # the last column holds the flag; with sep " " it stands two blanks after the rate
    rows = [[p.page, str(p.total), str(p.covered), f"{p.rate:.1%}",
             "" if p.rate >= THRESHOLD else f" below {THRESHOLD:.0%}"] for p in pages]
    lines += text_table(rows, ["page", "in-scope chars", "covered", "rate", ""],
                        align="<>>><", widths=[24, 14, 8, 7, 0], sep=" ")
    return "\n".join(lines)
