"""The page as the rules of suggest match it: one canonical form of characters, mapped back
to the page's own code points.

Pages come in more than one form of the same words: full-width digits and letters
(``２６４．３万人``, ``６７．３％``), ASCII punctuation between Chinese words (``获悉,省总工会``,
``玖龙纸业(太仓)有限公司``) and traditional characters (``7.6萬家``, ``項目``, ``總工會``). The
rules, the registry and the vocabularies are written in one form: simplified characters,
ASCII digits and letters, Chinese punctuation. :func:`normalise` folds a text into that form

* full-width digits, letters and signs (U+FF01–U+FF5E, ``％ ． ＋ －``) to ASCII, as NFKC
  does, except the full-width punctuation the rules are written with (``，；：！？（）``);
  the ideographic space to a space; corner quotes to the curly ones (``「四個一」`` → ``“四个一”``);
* ASCII ``, ; : ( ) ! ?`` beside a Chinese character to the Chinese mark (never inside a
  number: ``1,000``, ``17:22``);
* traditional characters to simplified ones with OpenCC (``t2s``, phrase by phrase);
* a pinyin gloss printed inside a word (``責(zé)編``, ``瀝(lì)青``: brackets round a syllable
  with a tone mark, right after a Chinese character) to as many :data:`GLOSS_SPACE`: every
  rule matches the compact text (whitespace dropped), so ``责编`` and ``沥青`` read as if
  printed without it; a rule that reads lines drops that space (``line.replace(GLOSS_SPACE, "")``).

Every fold replaces one code point with one code point, so the folded text has the page's
length and every offset in it is the same offset in the page: the map back to the page is
the identity on offsets, and :class:`Folded` gives a folded string's printed form (the page's
own characters at the same places). A fold that would change the length (a NFKC expansion
such as ``㎡`` → ``m2``, an OpenCC phrase of another length) is not made.

Folding is for matching only: quotes, extents, titles and every text "as printed" in a draft
are the page's own characters (see :meth:`Folded.printed`), a gloss inside them included (a
quote is found on the page as printed); with ``gloss=False`` (a story's title) without it. A
gloss folds to spaces, so the folded page's compact text is shorter than the page's: the map
back goes through the page's offsets, which stay the same.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import opencc

from reformkg.annotation.grounding import PageText

_KEEP_FULL = set("，；：！？（）")  # full-width marks the rules are written with
_TO_FULL = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"}
_CORNER = {"「": "“", "」": "”", "『": "‘", "』": "’", "∼": "~", "〜": "~"}  # (5万元∼10万元: a range's tilde operator or wave dash)
_VARIANTS = {"陜": "陕"}  # variant forms OpenCC's t2s keeps (陜西省總工會, as Taiwan's and some mirrors' pages print it)


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\u3000" < ch <= "\u303f" or ch in "“”‘’《》"


@functools.lru_cache(maxsize=1)
def _converter():
    return opencc.OpenCC("t2s")


# a pinyin gloss right after a Chinese character: (zé) （lì） — one syllable with a tone mark
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# (or a syllable printed without its tone, as some mirrors do: 會(hui)議(yi), 礦（kuang）; never an English word, (email))
_SYLLABLE = (r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
             r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|er|ia|ie|iu|ua|uo|ui|ue|ve|a|o|e|i|u|v|ü)")
GLOSS_RX = re.compile(rf"(?<=[\u3400-\u9fff])[(（](?:(?=[a-zü{_TONED}]{{0,5}}[{_TONED}])[a-zü{_TONED}]{{1,6}}|(?=[a-zü]{{2}}){_SYLLABLE}) ?[)）]")  # (工會(huì ): a space before the bracket)


GLOSS_SPACE = "\u2008"  # what a gloss folds to: a space (str.isspace), never printed between words


def _glosses(text: str) -> str:
    """Each pinyin gloss inside a word (責(zé)編) → as many :data:`GLOSS_SPACE`."""
    if "(" not in text and "（" not in text:
        return text
    return GLOSS_RX.sub(lambda m: GLOSS_SPACE * len(m.group(0)), text)


def _width_fold(text: str) -> str:
    out = []
    for ch in text:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E and ch not in _KEEP_FULL:
            out.append(chr(o - 0xFEE0))
        elif ch == "\u3000":
            out.append(" ")
        elif ch in _CORNER:  # 「四個一」 as printed in Hong Kong and Taiwan: “四个一”
            out.append(_CORNER[ch])
        elif ch in _VARIANTS:
            out.append(_VARIANTS[ch])
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


# numbers printed digit by digit in Chinese numerals (Taiwan's papers: 二萬九五〇〇元, 調幅三．一八％,
# 一九六元, 二〇一六年): a run with 〇 or a decimal point, or of three digits or more, before a
# unit; 四五百元, 七八十人 and 三十八．九三萬 (tens printed as 十) are not such runs
_DIGIT_OF = {ch: str(i) for i, ch in enumerate("〇一二三四五六七八九")}
_DIGIT_RUN_RX = re.compile(r"(?<![〇零一二两三四五六七八九十百千万亿.])(?:([一二三四五六七八九])([万亿]))?"
                           r"([〇一二三四五六七八九]+(?:\.[〇一二三四五六七八九]+)?)(?=[%万亿元人名个家项件次场户位倍年])")


def _digit_numerals(text: str) -> str:
    """A number printed digit by digit (一九六元, 三．一八％, 二萬七四七〇元) → ASCII digits, one for one."""
    if "〇" not in text and not re.search("[一二三四五六七八九]{3}|[一二三四五六七八九]\\.[一二三四五六七八九〇]", text):
        return text

    def fold(m: re.Match) -> str:
        run = m.group(3)
        if not ("〇" in run or "." in run or len(run) >= 3):
            return m.group(0)
        head = m.group(1) and len(run) == 4 and "." not in run  # 二万九五〇〇: the ten thousands too
        lead = _DIGIT_OF[m.group(1)] + m.group(2) if head else (m.group(1) or "") + (m.group(2) or "")
        return lead + "".join(_DIGIT_OF.get(ch, ch) for ch in run)

    return _DIGIT_RUN_RX.sub(fold, text)


def normalise(text: str) -> str:
    """``text`` in the form the rules match: same length, same offsets (see the module doc)."""
    folded = _digit_numerals(_simplified(_ascii_marks(_glosses(_width_fold(text)))))
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

    def printed(self, s: str, lo: int = 0, hi: int | None = None, gloss: bool = True) -> str:
        """The page's own characters for ``s``, a string of the folded page (whitespace of
        ``s`` kept): at its first occurrence in compact [lo, hi), else in the whole page;
        ``s`` unchanged when it is not in the folded page (a label the rules composed). A
        gloss the page prints inside ``s`` (瀝(lì)青) is kept, unless ``gloss`` is False."""
        if not self.changed or not isinstance(s, str) or not s:
            return s
        q = PageText.squeeze(s)
        if not q:
            return s
        fold = self.page.compact
        pos = fold.find(q, lo, len(fold) if hi is None else hi)
        if pos == -1 or hi is not None and pos + len(q) > hi:
            pos = fold.find(q)
        if pos == -1:
            return s
        index, text = self.page._index, self.original.text
        out, ws, c = [], "", pos
        for ch in s:
            if ch.isspace():
                ws += ch
                continue
            if c > pos:  # the gap before this character on the page: spaces, a gloss (folded to spaces)
                gap = text[index[c - 1] + 1:index[c]]
                own = "".join(x for x in gap if not x.isspace())
                out.append((own if gloss else "") + (ws if not own or any(x.isspace() for x in re.sub(r"[(（][^)）]*[)）]", "", gap)) else ""))
            else:
                out.append(ws)
            ws = ""
            out.append(text[index[c]])
            c += 1
        return "".join(out) + ws

    def printed_at(self, lo: int, hi: int, gloss: bool = True) -> str:
        """The page's own compact text at compact [lo, hi) of the folded page."""
        return "".join(self._chars(lo, hi, gloss))

    def _chars(self, lo: int, hi: int, gloss: bool) -> list[str]:
        """The page's characters at each compact position [lo, hi) of the folded page, each
        with the gloss printed after it inside the range (the folded page has spaces there)."""
        index, text = self.page._index, self.original.text
        out = []
        for c in range(lo, hi):
            ch = text[index[c]]
            if gloss and c + 1 < hi:
                ch += "".join(x for x in text[index[c] + 1:index[c + 1]] if not x.isspace())
            out.append(ch)
        return out
