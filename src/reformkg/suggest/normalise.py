"""The page as the rules of suggest match it: one canonical form of characters, mapped back
to the page's own code points.

Pages come in more than one form of the same words: full-width digits and letters
(``２６４．３万人``, ``６７．３％``), ASCII punctuation between Chinese words (``获悉,省总工会``,
``玖龙纸业(太仓)有限公司``) and traditional characters (``7.6萬家``, ``項目``, ``總工會``). The
rules, the registry and the vocabularies are written in one form: simplified characters,
ASCII digits and letters, Chinese punctuation. :func:`normalise` folds a text into that form

* full-width digits, letters and signs (U+FF01–U+FF5E, ``％ ． ＋ －``) to ASCII, as NFKC
  does, except the full-width punctuation the rules are written with (``，；：！？（）``);
  the ideographic space to a space;
* ASCII ``, ; : ( ) ! ?`` beside a Chinese character to the Chinese mark (never inside a
  number: ``1,000``, ``17:22``);
* traditional characters to simplified ones with OpenCC (``t2s``, phrase by phrase).

Every fold replaces one code point with one code point, so the folded text has the page's
length and every offset in it is the same offset in the page: the map back to the page is
the identity on offsets, and :class:`Folded` gives a folded string's printed form (the page's
own characters at the same places). A fold that would change the length (a NFKC expansion
such as ``㎡`` → ``m2``, an OpenCC phrase of another length) is not made.

Folding is for matching only: quotes, extents, titles and every text "as printed" in a draft
are the page's own characters (see :meth:`Folded.printed`).
"""

from __future__ import annotations

import functools
import unicodedata

import opencc

from reformkg.annotation.grounding import PageText

_KEEP_FULL = set("，；：！？（）")  # full-width marks the rules are written with
_TO_FULL = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"}


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\u3000" < ch <= "\u303f" or ch in "“”‘’《》"


@functools.lru_cache(maxsize=1)
def _converter():
    return opencc.OpenCC("t2s")


def _width_fold(text: str) -> str:
    out = []
    for ch in text:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E and ch not in _KEEP_FULL:
            out.append(chr(o - 0xFEE0))
        elif ch == "\u3000":
            out.append(" ")
        elif 0xF900 <= o <= 0xFAFF or 0x2460 <= o <= 0x2473:  # CJK compatibility ideographs, ①–⑳ stay: 1:1 only
            n = unicodedata.normalize("NFKC", ch)
            out.append(n if len(n) == 1 else ch)
        else:
            out.append(ch)
    return "".join(out)


def _ascii_marks(text: str) -> str:
    """ASCII , ; : ( ) ! ? beside a Chinese character → the Chinese mark (1,000 and 17:22 stay)."""
    chars = list(text)
    n = len(chars)
    for i, ch in enumerate(chars):
        if ch not in _TO_FULL:
            continue
        prev = next((chars[k] for k in range(i - 1, -1, -1) if not chars[k].isspace()), "")
        nxt = next((chars[k] for k in range(i + 1, n) if not chars[k].isspace()), "")
        if ch in ",:" and prev.isdigit() and nxt.isdigit():
            continue
        if _is_cjk(prev) or _is_cjk(nxt) or ch in "()" and (prev in "）" or nxt in "（"):
            chars[i] = _TO_FULL[ch]
    return "".join(chars)


def _simplified(text: str) -> str:
    """Traditional → simplified, line by line; a line whose conversion changes its length is
    converted character by character, keeping any character whose conversion is not one."""
    if not any(ord(ch) > 0x2FFF for ch in text):
        return text
    conv = _converter()
    out = []
    for line in text.split("\n"):
        c = conv.convert(line)
        if len(c) != len(line):
            c = "".join(x if len(x := conv.convert(ch)) == 1 else ch for ch in line)
        out.append(c)
    return "\n".join(out)


def normalise(text: str) -> str:
    """``text`` in the form the rules match: same length, same offsets (see the module doc)."""
    folded = _simplified(_ascii_marks(_width_fold(text)))
    assert len(folded) == len(text), "normalise must keep every offset"
    return folded


class Folded:
    """A page and its folded form (same length): the rules read ``page``; :meth:`printed`
    turns a string they took from it back into the page's own characters."""

    def __init__(self, original: PageText):
        self.original = original
        text = normalise(original.text)
        self.changed = text != original.text
        self.page = PageText(original.page_id, text, original.sha256) if self.changed else original

    def printed(self, s: str, lo: int = 0, hi: int | None = None) -> str:
        """The page's own characters for ``s``, a string of the folded page (whitespace of
        ``s`` kept): at its first occurrence in compact [lo, hi), else in the whole page;
        ``s`` unchanged when it is not in the folded page (a label the rules composed)."""
        if not self.changed or not isinstance(s, str) or not s:
            return s
        q = PageText.squeeze(s)
        if not q:
            return s
        fold, orig = self.page.compact, self.original.compact
        pos = fold.find(q, lo, len(fold) if hi is None else hi)
        if pos == -1 or hi is not None and pos + len(q) > hi:
            pos = fold.find(q)
        if pos == -1:
            return s
        src = iter(orig[pos:pos + len(q)])
        return "".join(ch if ch.isspace() else next(src) for ch in s)

    def printed_at(self, lo: int, hi: int) -> str:
        """The page's own compact text at compact [lo, hi)."""
        return self.original.compact[lo:hi]
