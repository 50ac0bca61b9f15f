"""Normalise a figure as printed (``35.8万人``, ``近300万元``, ``800元至5000元`` …).

:func:`parse_figure` is the one function every figure of the pages goes through.
Chinese numerals (``两``, ``百``, ``三十``) are read by cn2an; the rest — multipliers
万/亿/千, approximation words, ranges and changes — is the small grammar below, which
neither cn2an nor a money parser covers on its own (see DEPENDENCY-NOTES).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

MULTIPLIERS = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1_000), "百": Decimal(100)}

# Word before the number → approximation concept id (data/vocab/approximations.yaml).
PREFIX_APPROX = {
    "将近": "nearly", "接近": "nearly", "近": "nearly",
    "大约": "about", "约": "about",
    "超过": "more-than", "超": "more-than", "逾": "more-than", "多达": "more-than", "上": "more-than",
    "最低": "at-least", "至少": "at-least", "不少于": "at-least",
    "最高": "at-most", "不超过": "at-most",
}
SUFFIX_APPROX = {"余": "more-than", "多": "more-than"}
TRAILING_APPROX = {"以上": "more-than", "左右": "about", "以下": "at-most"}

CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
_NUM = rf"(?:\d+(?:[.,]\d+)*|[{CN_DIGITS}]+)"
_PREFIX = "|".join(sorted(PREFIX_APPROX, key=len, reverse=True))
_TRAIL = "|".join(TRAILING_APPROX)

_QUANTITY = re.compile(
    rf"^(?P<pre>{_PREFIX})?(?P<ord>第)?(?P<num>\d+(?:[.,]\d+)*|[{CN_DIGITS}]+)"
    r"(?P<mult>[万亿千]?)(?P<suf>[余多]?)(?P<mult2>[万亿]?)"
    rf"(?P<unit>[^\d{CN_DIGITS}]*?|[^\d]*?)(?P<trail>{_TRAIL})?$"
)
_CHANGE = re.compile(
    r"^由(?P<a>.+?)(?:增加|增长|提高|提升|上升|扩大|减少|下降|降低|降|增|升)(?:到|至|为)(?P<b>.+)$"
)
_RANGE = re.compile(rf"^(?P<a>.+?)(?:至|到|-|—|–|~|～)(?P<b>(?:{_PREFIX})?{_NUM}.*?)(?:不等)?$")


class FigureError(ValueError):
    """The text is not a figure this grammar reads."""


@dataclass(frozen=True)
class Figure:
    """A normalised figure. ``value`` is None only for a range (see ``minimum``/``maximum``)."""

    text: str
    value: Decimal | None
    unit_word: str  # the word after the number, multiplier removed: 人, 名, 元, %, 个 …
    approximation: str | None = None
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    from_value: Decimal | None = None
    to_value: Decimal | None = None
    ordinal: bool = False

    @property
    def is_range(self) -> bool:
        return self.minimum is not None

    @property
    def is_change(self) -> bool:
        return self.from_value is not None


def _chinese_number(text: str) -> Decimal:
    import cn2an  # lazy: cn2an pulls in its own tables

    text = text.replace("两", "二").replace("〇", "零")
    if text[0] in "十百千万":
        text = "一" + text
    try:
        return Decimal(str(cn2an.cn2an(text, "strict")))
    except (ValueError, KeyError) as exc:
        raise FigureError(f"cannot read the Chinese numeral {text!r}") from exc


def _clean(value: Decimal) -> Decimal:
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _quantity(text: str) -> Figure:
    m = _QUANTITY.match(text)
    if not m:
        raise FigureError(f"{text!r} is not a number with a unit")
    num = m["num"]
    if num[0].isdigit():
        try:
            value = Decimal(num.replace(",", ""))
        except InvalidOperation as exc:  # pragma: no cover - the regex admits only digits
            raise FigureError(f"cannot read the number {num!r}") from exc
        scaled = False
    else:
        value = _chinese_number(num)
        scaled = True
    for mult in (m["mult"], m["mult2"]):
        if mult:
            value *= MULTIPLIERS[mult]
            scaled = True
    if scaled:
        value = _clean(value)
    approx = None
    if m["pre"]:
        approx = PREFIX_APPROX[m["pre"]]
    if m["suf"]:
        approx = SUFFIX_APPROX[m["suf"]]
    if m["trail"]:
        approx = TRAILING_APPROX[m["trail"]]
    unit = m["unit"].strip()
    return Figure(text=text, value=value, unit_word=unit, approximation=approx, ordinal=bool(m["ord"]))


def parse_figure(text: str) -> Figure:
    """Read a printed figure.

    >>> parse_figure("35.8万人").value, parse_figure("35.8万人").unit_word
    (Decimal('358000'), '人')
    >>> f = parse_figure("800元至5000元"); (f.minimum, f.maximum, f.unit_word)
    (Decimal('800'), Decimal('5000'), '元')
    """
    compact = re.sub(r"\s+", "", text)
    if not compact:
        raise FigureError("the figure is empty")
    m = _CHANGE.match(compact)
    if m:
        a, b = _quantity(m["a"]), _quantity(m["b"])
        return Figure(
            text=compact, value=b.value, unit_word=b.unit_word or a.unit_word,
            from_value=a.value, to_value=b.value, approximation=b.approximation,
        )
    try:
        return _quantity(compact)
    except FigureError:
        m = _RANGE.match(compact)
        if not m:
            raise
    a, b = _quantity(m["a"]), _quantity(m["b"])
    if (a.unit_word and b.unit_word and a.unit_word != b.unit_word) or a.value > b.value:
        raise FigureError(f"{compact!r}: a range must run from a smaller to a larger figure of one unit")
    return Figure(
        text=compact, value=None, unit_word=b.unit_word or a.unit_word,
        minimum=a.value, maximum=b.value, approximation=a.approximation or b.approximation,
    )
