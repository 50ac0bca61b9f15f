"""Ground quotes in a page text, ignoring whitespace and line breaks.

Offsets are Unicode code points into the original file (``text[start:end]``), so
they are what a W3C Web Annotation ``TextPositionSelector`` means.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass
from pathlib import Path

CONTEXT = 20  # characters of prefix and suffix in a TextQuoteSelector


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


class PageText:
    def __init__(self, page_id: str, text: str, sha256: str):
        self.page_id = page_id
        self.text = text
        self.sha256 = sha256
        chars, index = [], []
        for i, ch in enumerate(text):
            if not ch.isspace():
                chars.append(ch)
                index.append(i)
        self.compact = "".join(chars)
        self._index = index  # compact position -> original position

    @classmethod
    def read(cls, path: Path) -> "PageText":
        raw = Path(path).read_bytes()
        return cls(Path(path).stem, raw.decode("utf-8"), hashlib.sha256(raw).hexdigest())

    @staticmethod
    def squeeze(quote: str) -> str:
        return "".join(ch for ch in quote if not ch.isspace())

    def _span(self, cstart: int, clen: int) -> Span:
        return Span(self._index[cstart], self._index[cstart + clen - 1] + 1)

    def compact_range(self, span: Span) -> tuple[int, int]:
        """Compact positions covering an original span."""

        return bisect.bisect_left(self._index, span.start), bisect.bisect_left(self._index, span.end)

    def find(self, quote: str, within: list[Span] | None = None, after: int = 0) -> Span | None:
        """First occurrence of ``quote`` starting inside one of ``within`` (else anywhere)."""
        q = self.squeeze(quote)
        if not q:
            return None
        ranges = [self.compact_range(s) for s in within] if within else []
        first_anywhere = None
        pos = self.compact.find(q, self.compact_range(Span(after, after))[0] if after else 0)
        while pos != -1:
            if first_anywhere is None:
                first_anywhere = pos
            if not ranges or any(lo <= pos < hi for lo, hi in ranges):
                return self._span(pos, len(q))
            pos = self.compact.find(q, pos + 1)
        return self._span(first_anywhere, len(q)) if first_anywhere is not None else None


    CLOSEST_MAX = 500

    def closest(self, quote: str) -> tuple[str, int, float]:
        """The passage of the page closest to ``quote``: (text, offset, score 0–100)."""
        from rapidfuzz import fuzz  # lazy: only when a quote is not found

        # Its first CLOSEST_MAX characters: the alignment's work grows with the square of the length
        # (8,000 characters: 38 s), and a quote is a sentence (the longest on the real pages: 167).
        q = self.squeeze(quote)[:self.CLOSEST_MAX]
        if not q or not self.compact:
            return "", 0, 0.0
        res = fuzz.partial_ratio_alignment(q, self.compact)
        start, end = res.dest_start, max(res.dest_end, res.dest_start + 1)
        span = self._span(start, end - start)
        return self.text[span.start:span.end], span.start, res.score

    SENTENCE_END = "。！？；;!?"
    SENTENCE_MAX = 200  # characters either side: a scan without punctuation is no one sentence

    def sentence(self, span: Span) -> Span:
        """``span`` widened to the sentence around it: back to the end of the previous sentence
        (。！？；) and on to the end of its own, at most :attr:`SENTENCE_MAX` characters each way."""
        lo = max(0, span.start - self.SENTENCE_MAX)
        start = max((self.text.rfind(c, lo, span.start) for c in self.SENTENCE_END), default=-1)
        start = start + 1 if start >= 0 else lo
        tail = max(span.start, span.end - 1)  # a quote that ends with 。 ends its sentence there
        ends = [i for i in (self.text.find(c, tail, span.end + self.SENTENCE_MAX) for c in self.SENTENCE_END) if i >= 0]
        end = min(ends) + 1 if ends else min(len(self.text), span.end + self.SENTENCE_MAX)
        return Span(start, max(end, span.end))

    def line_of(self, offset: int) -> int:
        return self.text.count("\n", 0, offset) + 1

    def prefix(self, span: Span) -> str:
        return self.text[max(0, span.start - CONTEXT):span.start]

    def suffix(self, span: Span) -> str:
        return self.text[span.end:span.end + CONTEXT]

