"""Normalise a figure as printed (``35.8万人``, ``近300万元``, ``800元至5000元`` …).

:func:`parse_figure` is the one function every figure of the pages goes through.
Chinese numerals (``两``, ``百``, ``三十``) are read by cn2an; the rest — multipliers
万/亿/千, approximation words, ranges and changes — is the small grammar below, which
neither cn2an nor a money parser covers on its own (see DEPENDENCY-NOTES).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from reformkg.annotation.grounding import PageText, Span
from reformkg.annotation.vocab import Vocabularies

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

CN_DIGITS = "零〇一二两三四五六七八九十百千万亿廿卅"  # (廿七個季度, 卅床: twenty, thirty, as Hong Kong and Taiwan print them)
_CN_DECIMALS = r"(?:\.[〇一二三四五六七八九]+|点[〇一二三四五六七八九]+(?=[万亿]))?"  # (三十八．九三萬人, 七十二點九八萬名: a decimal in Chinese numerals)
_NUM = rf"(?:\d+(?:[.,]\d+)*|[{CN_DIGITS}]+{_CN_DECIMALS})"
_PREFIX = "|".join(sorted(PREFIX_APPROX, key=len, reverse=True))
_TRAIL = "|".join(TRAILING_APPROX)

_QUANTITY = re.compile(
    rf"^(?P<pre>{_PREFIX})?(?P<ord>第)?(?P<num>{_NUM})"
    r"(?P<mult>[万亿千]?)(?P<suf>[余多]?)(?P<mult2>[万亿]?)"
    rf"(?P<unit>[^\d{CN_DIGITS}]*?|[^\d]*?)(?P<trail>{_TRAIL})?$"
)
_CHANGE = re.compile(
    r"^由(?P<a>.+?)(?:增加|增长|提高|提升|上升|扩大|减少|下降|降低|降|增|升)(?:到|至|为)(?P<b>.+)$"
)
_RANGE = re.compile(rf"^(?P<a>.+?)(?:至|到|-|—|–|~|～)(?P<b>(?:{_PREFIX})?{_NUM}.*?)(?:不等)?$")


# 数百名, 几十家, 数十万人次: a count of some (2 to 9) hundreds, tens …, read as the range it spans
_SEVERAL_MAG = r"[十百千]?[万萬]|[十百]?[亿億]|[十百千]"
_SEVERAL = re.compile(rf"(?P<pre>{_PREFIX})?[数數几幾](?P<mag>{_SEVERAL_MAG})(?P<unit>[^\d{CN_DIGITS}]+?)(?P<trail>{_TRAIL})?")
_MAGNITUDE = {"十": 10, "百": 100, "千": 1_000, "万": 10_000, "十万": 100_000, "百万": 1_000_000, "千万": 10_000_000,
              "亿": 100_000_000, "十亿": 1_000_000_000, "百亿": 10_000_000_000}
_WAN_YI = str.maketrans("萬億", "万亿")


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


_CN_DIGIT = {"零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# a well-formed number below 万 in Chinese numerals (三千零五, 二百一十, 十二 once 一 is put before it)
_CN_SECTION = re.compile(r"(?:([一二三四五六七八九])千)?(?:零?([一二三四五六七八九])百)?(?:零?([一二三四五六七八九])十)?(?:零?([一二三四五六七八九]))?")


def _plain_chinese_number(text: str) -> int | None:
    """一万二千, 三百零五, 二十: a whole number in the plain positional form, read here (cn2an's import
    costs a fifth of a cold suggest); None for anything else, which cn2an reads."""
    if "亿" in text:
        high, _, low = text.partition("亿")
        h, lo = _plain_chinese_number(high), _plain_chinese_number(low.removeprefix("零")) if low else 0
        return None if h is None or lo is None or h == 0 else h * 10**8 + lo
    if "万" in text:
        high, _, low = text.partition("万")
        h, lo = _plain_chinese_number(high), _plain_chinese_number(low.removeprefix("零")) if low else 0
        return None if h is None or lo is None or h == 0 or lo >= 10**4 else h * 10**4 + lo
    m = _CN_SECTION.fullmatch(text)
    if not text or m is None or text.startswith("零"):
        return None
    return sum(_CN_DIGIT[d] * u for d, u in zip(m.groups(""), (1000, 100, 10, 1)) if d)


def _chinese_number(text: str) -> Decimal:
    text = text.replace("两", "二").replace("〇", "零").replace(".", "点").replace("廿", "二十").replace("卅", "三十")
    if text[0] in "十百千万":
        text = "一" + text
    plain = _plain_chinese_number(text)
    if plain is not None:
        return Decimal(plain)
    digits = re.fullmatch(r"([零一二三四五六七八九]{2,})点([零一二三四五六七八九]+)", text)
    if digits:  # 一七三点九五 (as Taiwan prints 173.95): each character a digit
        return Decimal("".join(str(_CN_DIGIT.get(c, 0)) for c in digits.group(1)) + "." +
                       "".join(str(_CN_DIGIT.get(c, 0)) for c in digits.group(2)))
    import cn2an  # lazy: cn2an pulls in its own tables

    try:
        return Decimal(str(cn2an.cn2an(text, "strict")))
    except (ValueError, KeyError) as exc:
        raise FigureError(f"cannot read the Chinese numeral {text!r}") from exc


_FRACTION = re.compile(rf"(?P<app>{_PREFIX})?(?:(?P<den>\d+|[一二两三四五六七八九十百千]+)分之(?P<num>\d+(?:\.\d+)?|[一二两三四五六七八九十]+(?:点[〇零一二三四五六七八九]+)?)"
                       r"|(?P<num2>\d{1,3})/(?P<den2>\d{1,3}))")


def _fraction(compact: str, m: re.Match) -> Figure:
    """三分之一, 1/3: a share printed as a fraction (unit word 分之, its value the quotient to four
    places); 百分之三十: a percentage in words (unit word %)."""
    num, den = m["num"] or m["num2"], m["den"] or m["den2"]
    read = [Decimal(x) if x[0].isdigit() else _chinese_number(x) for x in (num, den)]
    if read[1] == 0 or read[0] > read[1]:
        raise FigureError(f"{compact!r}: a fraction needs a denominator above 0 and a numerator no larger")
    approximation = PREFIX_APPROX.get(m["app"] or "")
    if den == "百":
        return Figure(text=compact, value=_clean(read[0]), unit_word="%", approximation=approximation)
    return Figure(text=compact, value=_clean((read[0] / read[1]).quantize(Decimal("0.0001"))), unit_word="分之",
                  approximation=approximation)


_COMPOUND = re.compile(rf"(?P<pre>{_PREFIX})?(?P<a>\d+)(?P<big>亿|万)(?P<b>\d+(?:,\d{{3}})*)(?P<small>千万|万|千)(?P<rest>[余多]?\D*)"
                       rf"|(?P<pre4>{_PREFIX})?(?P<a4>\d+)万(?P<b4>\d{{4}})(?P<rest4>[余多]?\D*)")  # 2万9500元: 万 and its four places


def _compound(compact: str, m: re.Match) -> Figure:
    """1亿6,525万元, 3亿5千万元, 41万4千人: a number printed in two parts, the larger unit's and the smaller's."""
    if m["a4"]:  # 2万9500元: the ten thousands, then the four places below them
        tail = _quantity(f"1{m['rest4']}")
        return Figure(text=compact, value=_clean(Decimal(m["a4"]) * MULTIPLIERS["万"] + Decimal(m["b4"])), unit_word=tail.unit_word,
                      approximation=PREFIX_APPROX.get(m["pre4"] or "") or tail.approximation)
    big = MULTIPLIERS[m["big"]]
    small = MULTIPLIERS["千"] * MULTIPLIERS["万"] if m["small"] == "千万" else MULTIPLIERS[m["small"]]
    b = Decimal(m["b"].replace(",", ""))
    if big <= small or b * small >= big:
        raise FigureError(f"{compact!r}: the second part of a number must be less than one of its first part's unit")
    tail = _quantity(f"1{m['rest']}")
    return Figure(text=compact, value=_clean(Decimal(m["a"]) * big + b * small), unit_word=tail.unit_word,
                  approximation=PREFIX_APPROX.get(m["pre"] or "") or tail.approximation)


# 八成三, 6成5 (with 近, 约 … before and 以上, 左右 after): tenths and the hundredths after them
_TENTHS = re.compile(r"(?:近|约|超过|超|逾|接近)?[\d一二两三四五六七八九]成(?P<h>[\d一二三四五六七八九半])(?P<rest>以上|左右)?")


def _digit(c: str) -> Decimal:
    return Decimal(5) if c == "半" else Decimal(c) if c.isdigit() else _chinese_number(c)  # (六成半: 65 per cent)


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
    m = _FRACTION.fullmatch(compact)
    if m:
        return _fraction(compact, m)
    m = _TENTHS.fullmatch(compact)
    if m:  # 八成三, 6成5: tenths and hundredths (83 per cent), as 八成 is tenths
        tenths = _quantity(compact[:m.start("h")] + (m["rest"] or ""))
        return dataclasses.replace(tenths, text=compact, value=_clean(tenths.value + _digit(m["h"]) / Decimal(10)))
    m = _COMPOUND.fullmatch(compact)
    if m:
        return _compound(compact, m)
    m = _SEVERAL.fullmatch(compact)
    if m:  # 数百名: some hundreds, 200 to 900, as printed (an approximation)
        mag = Decimal(_MAGNITUDE[m["mag"].replace("萬", "万").replace("億", "亿")])
        return Figure(text=compact, value=None, unit_word=m["unit"], approximation="about", minimum=2 * mag, maximum=9 * mag)
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
    mag = re.match(rf"(?:{_PREFIX})?{_NUM}([万亿萬億])", m["b"])
    if mag and re.fullmatch(rf"(?:{_PREFIX})?{_NUM}", m["a"]) and a.value <= b.value / _MAGNITUDE[mag.group(1).translate(_WAN_YI)]:
        # 7000-8000万千瓦, 5-10万元: 万 counts both ends (never 800-1.2万元: 800 to 12,000)
        a = dataclasses.replace(a, value=_clean(a.value * _MAGNITUDE[mag.group(1).translate(_WAN_YI)]))
    if (a.unit_word and b.unit_word and a.unit_word != b.unit_word) or a.value > b.value:
        raise FigureError(f"{compact!r}: a range must run from a smaller to a larger figure of one unit")
    return Figure(
        text=compact, value=None, unit_word=b.unit_word or a.unit_word,
        minimum=a.value, maximum=b.value, approximation=a.approximation or b.approximation,
    )


# --------------------------------------------------------------------------- finding figures in a page

# (上百场, 上千名: 上 before a round number, never the 上 of 线上, 以上, 马上)
FIND_PRE = "将近|接近|近|大约|约|超过|超|逾|多达|最低|至少|不少于|最高|不超过|(?<![线网马以之向路晚早楼台])上(?=[百千万])"


FIND_CN = "零〇一二两三四五六七八九十百千万廿卅"


FIND_NUM = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?|(?![零〇](?![{FIND_CN}]))[{FIND_CN}]+{_CN_DECIMALS})"  # (零件, 零门槛: no zero)


EXTRA_UNIT_WORDS = {"岁": "year", "场次": "count", "件次": "count", "户次": "count", "大类": "count", "大": "count", "部门": "count", "批次": "count", "部分": "count",
                    "策": "count", "方": "count", "首": "count", "株": "count", "㎡": "square-metre",  # (4000㎡: one sign)
                    "﹪": "percent",  # (19.61﹪: the small percent sign Taiwan prints, no symbol of the vocabulary)
                    "个小时": "hour", "个多小时": "hour", "个半小时": "hour"}  # (在长达4个多小时的比赛中)


_NOT_AFTER_DATE = re.compile(r"^(?:19|20)\d\d年$")


@functools.lru_cache(maxsize=8)
def _figure_regex(symbols: tuple[str, ...]) -> re.Pattern:
    units = "|".join(re.escape(u) for u in sorted({*symbols, *EXTRA_UNIT_WORDS}, key=len, reverse=True))
    q = rf"(?:{FIND_PRE})?第?{FIND_NUM}[万亿千]?[余多]?[万亿]?(?:{units})(?!(?<=人)民币)(?!(?<=台)阶)(?:以上|左右|以下)?"  # (6000万人民币: money; 13万亿台阶: a step)
    bare = rf"(?:{FIND_PRE})?{FIND_NUM}[万亿千]?"
    change = rf"由{q}(?:增加|增长|提高|提升|上升|扩大|减少|下降|降低)(?:到|至|为){q}"
    # (降2.4%至177,897人, 锐减3.6万人至16.64万人: a change by one figure to another, no range)
    rng = rf"(?:(?<![降减增升涨跌少加长高低]){q}|{bare})(?:至|到|-|—|~|～){q}"
    compound = rf"(?:{FIND_PRE})?\d+(?:亿\d+(?:,\d{{3}})*千?万|万\d+千|万\d{{4}}(?!\d))[余多]?(?:{units})(?:以上|左右|以下)?"  # 1亿6,525万元, 41万4千人, 2万9500元
    several = rf"(?:{FIND_PRE})?[数數几幾](?:{_SEVERAL_MAG})(?:{units})(?:以上|左右)?"  # (数百名, 几十家)
    return re.compile(rf"(?<![\d.第{FIND_CN}])(?<!\d,)(?:{compound}|{change}|{rng}|{several}|{q}|\d+(?=、))")


@dataclass(frozen=True)
class FigureHit:
    text: str  # compact text as printed
    span: Span  # offsets in the original page
    figure: Figure
    unit: str | None  # unit concept id (None: a loose form whose unit the text does not say)
    doubt: str | None = None  # why it is probably no reported figure (then suggest drafts no observation)


def unit_symbols(vocab: Vocabularies) -> tuple[str, ...]:
    return tuple(sorted({s for c in vocab.schemes["unit"].concepts.values() for s in c.symbols}))


def unit_of(fig: Figure, vocab: Vocabularies) -> str | None:
    word = fig.unit_word
    if word in EXTRA_UNIT_WORDS and EXTRA_UNIT_WORDS[word]:
        return EXTRA_UNIT_WORDS[word]
    concept = vocab.unit_for_word(word)
    return concept.id if concept else None


# Looser forms, for drafting only (suggest), not for the audit of the curated pages: a number
# in digits with 万 or 亿 and no unit word (300万职工, 技能人才200.1万(其中…), 达到1.86亿。), its
# unit from the noun it counts or the noun before it; pairs after 结对 (师徒结对1万对以上).
_BARE_RX = re.compile(rf"(?<![\d.第{FIND_CN}])(?<!\d,)(?:{FIND_PRE})?\d+(?:,\d{{3}})*(?:\.\d+)?[多余]?(?:万亿|[万亿])[余多]?(?![\d万亿余多])(?:以上|左右|以下)?")
# 超过百万职工, 近千万元: a round number in words after an approximation word, no digits
_BARE_CN_RX = re.compile(r"(?<![\u4e00-\u9fff])(?:将近|接近|超过|多达|近|超|逾)(?:百万|千万)(?![\d万亿余多])|(?<=[，,；、])(?:将近|接近|超过|多达|近|超|逾)(?:百万|千万)(?![\d万亿余多])")
# 获得工具钳工团体第一、个人获得第一、第二名: a contest's rank with no 名, a mark after it
_RANK_RX = re.compile(r"(?:团体|个人|总成绩|总分|综合|获得?|夺得|荣获|位列|排名|并列)(第(?:[一二三四五六七八九十]{1,3}|\d{1,2}))(?=[、，,；;。和及])")
# 8金9银3铜, 6金、2银、6铜、17优胜奖: a team's medals, each a count, printed as a run (never 5金融, 3银行)
_MEDAL_RX = re.compile(r"(?<![\d.])(\d{1,3})(金|银|铜|优胜奖)(?![融属额牌行矿币])")
_PAIRS_RX = re.compile(rf"(?<=结对)[\u4e00-\u9fff]{{0,8}}?((?:{FIND_PRE})?{FIND_NUM}[万千]?[余多]?对(?:以上|左右)?)")
# Measure words the unit vocabulary lacks, read when drafting: their unit (None: the annotator's)
LOOSE_UNIT_WORDS = {"个百分点": None, "倍": None, "张": "count", "册": "count", "幅": "count", "辆": "count", "席": "count", "枚": "count",
                    "吨": None, "公里": None, "平方公里": None, "千瓦": None, "千瓦时": None, "课时": None, "学时": None,
                    "平米": "square-metre", "斤": None, "公斤": None, "起": "count",  # 约20平米: square metres, printed short; 85万斤
                    "棵": "count", "艘": "count", "艘次": "count", "副": "count", "只": "count", "片": "count", "袋": "count",
                    "穗": "count", "册次": "count", "项次": "count",  # (借阅1000册次; 种植树苗1790棵, 靠泊船舶696艘次, 发放手套1000余副, 暖宝宝3.6万片)
                    "辆次": "count", "车次": "count", "架次": "count", "通": "count",  # (日均活跃集卡7万辆次, 接听来电10.06万通)
                    "班次": "count", "床": "count", "付": "count", "块": "count",  # (培训5206班次, 250床棉被, 电缆卡300付, 作业区3块)
                    "米": None, "股": "count", "层": "count",  # (铺设管道2300米, 分到1000多股, 规划设计4层; never 100米接力跑)
                    "成": None,  # 比例超过9成: tenths, a share printed short
                    "队": "count",  # (机关组18队、企业组26队参加: teams)
                    "宗": "count",  # (处理个案280宗, 追讨欠薪36宗: cases, as Hong Kong and Macau print them)
                    "趟": "count",  # (开行务工专列26趟: runs of a train or a bus)
                    "瓶": "count", "人份": "count", "篇次": "count",  # (送上7.7万瓶饮料, 发放材料80余人份, 学习900余篇次)
                    "大项目": "count", "大类别": "count",  # (设置6大项目, 4大类别: not 6大项 and a stray 目)
                    "标准箱": None, "TEU": None, "毫升": None,  # (吞吐量3910.2万标准箱, 14.2萬TEU, 献血8000毫升)
                    "kW": None, "KW": None, "kw": None, "MW": None, "兆瓦": None, "度": None,  # (41KW光伏电站, 年发电6.5万度: 度 after 万 or 亿 only)
                    "笔": "count", "‰": None,  # (发放贷款23笔: loans; 千人负伤率0.5‰: per mille)
                    "立方米": None,  # (节约混凝土430立方米)
                    "桌": "count", "桶": "count",  # (年夜饭1600多桌, 送出食用油400桶)
                    "块钱": "cny", "平": "square-metre",  # (吃一顿要20块钱; 面积1200平: square metres, printed shortest)
                    "步": None,  # (每天步数上限1.2万步, 日均6000步: steps walked)
                    "港元": None, "港币": None, "人民币": "cny", "澳门元": None, "澳门币": None, "美元": None,  # (拨款10亿港元, 注资8,000澳门元)
                    "人天": None,  # (组织职工疗休养25万人天: person-days, never 25万人)
                    "例": "count", "毫米": None,  # (诊断尘肺病患者1.5万例: cases; 累计降雨量480毫米)
                    "分": None,  # (满意度得分3.45分: a score, read with decimals only; never 3分钟, 分别)
                    "票": "count", "台套": "count", "盏": "count", "款": "count",  # (总投票量近1万票, 20多台套设备, 路灯50盏, 产品百余款)
                    "道": "count",  # (网上练兵答题超535万道: questions; never 10道路)
                    "面": "count", "班": "count",  # (35面奖牌, 50面旗帜; 职训课程200班: classes; never 3面积, 20班组)
                    "双": "count", "字": None}  # (购置1000双护膝: pairs, never 2双代会; 投稿近13万字)
# after 八成: its hundredths (八成三受访者: 83 per cent), 以上 or 左右, and no word 成 begins (成立, 成为, 成果)
_TENTHS_AFTER = (r"(?:[一二三四五六七八九](?![个名位项家人次年月日天成万千百线線])|半(?![年月日天小个数]))?(?:以上|左右)?"
                 r"(?![立为功员本果效绩交长熟就都型品了衣语套片年才材真行风规家像形事])")
_LOOSE_UNIT_RX = re.compile(rf"(?<![\d.第{FIND_CN}])(?<!\d,)(?<!\d-)(?:{FIND_PRE})?(?:\d+(?:\.\d+)?[-—–~～](?=\d))?"  # (7000-8000万千瓦)
                            rf"\d+(?:,\d{{3}})*(?:\.\d+)?[万亿千]?[余多]?[万亿]?"
                            rf"(?:{'|'.join(sorted(LOOSE_UNIT_WORDS, key=len, reverse=True))})(?<![^万亿]度)"
                            r"(?:(?<!分)|(?<=\.\d分)|(?<=\.\d\d分))(?!(?<=分)[钟之秒别期批])(?!(?<=例)[如外会行子证句题假])(?!(?<=票)[房价据证务])(?!(?<=道)[路德理歉别])(?!(?<=款)[项物])(?!(?<=双)[创代百十拥选休向])(?<![^万千]字)"
                            r"(?:(?<=成)\d(?![\d.%％成个名位项家人次年月日天万千百]))?(?:以上|左右|以下)?"  # (6成5: 65 per cent, printed short)
                            r"(?!(?<=米)[^，。；]{0,4}(?:跑|接力|栏|泳))(?!(?<=层)的)(?!(?<=队)[长员伍列旗部])(?!(?<=通)[信讯知报过])"
                            r"(?!(?<=平)[台安衡均稳原板坦面行等方米分局])"  # (3平台, 5平方: 平 a square metre only before a mark or a noun)
                            r"(?!(?<=步)[走骤伐入])(?!(?<=台)阶)"  # (三步走, 5步骤: a plan's steps, no steps walked; 13万亿台阶: a step)
                            r"(?!(?<=面)[积向对临貌料前上下子条膜粉])(?!(?<=班)[组长子次车级主前后底倒制])"  # (3面积, 20班组长)
                            r"|(?<![\d.第零〇一二两三四五六七八九十百千万])[一二两三四五六七八九十百千]{1,5}[多余]?宗(?![旨教族师亲])"  # (四十六宗个案: cases in words)
                            r"|(?<=电)\d+(?:\.\d+)?[万亿]?[余多]?度(?![假过日数])"  # (节约水3800立方米、电12800度: kilowatt-hours)
                            r"|(?<![\d.第零〇一二两三四五六七八九十百千万])[一二两三四五六七八九十]{1,3}个百分点"  # (提高了三个百分点)
                            r"|(?:(?<![\d.第零〇一二两三四五六七八九十百千万\u4e00-\u9fff])(?:近|约|超过|超|逾|接近)?|超过|接近)[二两三四五六七八九]成"
                            rf"{_TENTHS_AFTER}"
                            rf"|(?<=[近约超逾从有达占过中])[二两三四五六七八九]成{_TENTHS_AFTER}"  # (六成职工, 接近三成受访者, 其中两成: tenths)
                            rf"|(?<![\d.第{FIND_CN}])(?:近|约|超过|超|逾|上)[一二两三四五六七八九十]*[百千万][余多]?"
                            rf"(?:{'|'.join(w for w in sorted(LOOSE_UNIT_WORDS, key=len, reverse=True) if w[0] not in '个千平成分')})"  # (近千辆)
                            r"|(?<=建筑|地上|地下|主体|室为|楼高)[一二两三四五六七八九十]{1,2}层(?!楼)")  # (地上建筑五层, 地下室为一层)
_PERSON_NOUNS = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:职工|工人|人才|人员|劳动者|农民工|会员|党员|学员|选手|技工|工匠|人次|人口)")
_UNIT_BEFORE = (("person", re.compile(r"(?:人次|人数|人才|职工|工人|人员|劳动者|农民工|会员|学员)[\u4e00-\u9fff]{0,6}$")),
                ("cny", re.compile(r"(?:资金|经费|金额|奖金|补助|补贴|投入|收入|产值|营收|工资)[\u4e00-\u9fff]{0,6}$")))


def _bare_unit(text: str, start: int, end: int) -> str | None:
    """The unit of a bare 300万: person when it counts people (300万职工), else what the words of
    its clause before it measure (培训人次累计达到1.86亿, 投入资金超1500万); None when unsaid."""
    if _PERSON_NOUNS.match(text[end:end + 8]):
        return "person"
    clause = re.split(r"[，。；：,;:！？（）()]", text[max(0, start - 16):start])[-1]
    return next((unit for unit, rx in _UNIT_BEFORE if rx.search(clause)), None)


_FRACTION_RX = re.compile(rf"(?:{FIND_PRE})?(?:(?<![\d/.\-:])\d{{1,3}}/\d{{1,3}}(?![\d/.\-:])"
                          r"|(?<![一二两三四五六七八九十百千\d])(?:[一二两三四五六七八九十百千]+|\d+)分之"
                          r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+(?:点[〇零一二三四五六七八九]+)?))")  # (百分之三点一八, as Taiwan prints it)


def _loose_figures(page: PageText, vocab: Vocabularies, units: tuple[str, ...], taken: list[tuple[int, int]]) -> list[FigureHit]:
    text, out = page.compact, []
    unit_words = tuple(sorted({*units, *EXTRA_UNIT_WORDS}, key=len, reverse=True))
    taken = list(taken)
    for m in _PAIRS_RX.finditer(text):
        if any(a < m.end(1) and m.start(1) < b for a, b in taken):
            continue
        try:
            fig = parse_figure(m.group(1))
        except FigureError:
            continue
        taken.append((m.start(1), m.end(1)))
        out.append(FigureHit(m.group(1), page._span(m.start(1), len(m.group(1))), fig, "count"))
    medals = list(_MEDAL_RX.finditer(text))
    for k, m in enumerate(medals):  # 8金9银3铜: each medal's count, when two or more run together
        near = [x for x in medals[max(0, k - 1):k + 2] if x is not m and (x.end() in (m.start(), m.start() - 1) or x.start() in (m.end(), m.end() + 1))]
        if not near or m.group(2) == "优胜奖" and not any(x.group(2) != "优胜奖" for x in near) or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        try:
            fig = dataclasses.replace(parse_figure(m.group(1) + "枚"), text=m.group(0))
        except FigureError:
            continue
        taken.append((m.start(), m.end()))
        out.append(FigureHit(m.group(0), page._span(m.start(), len(m.group(0))), fig, "count"))
    for m in _RANK_RX.finditer(text):  # 团体第一、个人第二名: a rank printed without 名, before a mark
        if any(a < m.end(1) and m.start(1) < b for a, b in taken):
            continue
        try:
            fig = dataclasses.replace(parse_figure(m.group(1) + "名"), text=m.group(1))
        except FigureError:
            continue
        taken.append((m.start(1), m.end(1)))
        out.append(FigureHit(m.group(1), page._span(m.start(1), len(m.group(1))), fig, unit_of(fig, vocab)))
    for m in _FRACTION_RX.finditer(text):  # 占总量的1/3, 承担三分之一 (not 相当于头发丝的1/10: a likeness)
        if any(a < m.end() and m.start() < b for a, b in taken) or "相当于" in re.split(r"[，。；,;]", text[max(0, m.start() - 16):m.start()])[-1]:
            continue
        try:
            fig = parse_figure(m.group(0))
        except FigureError:
            continue
        taken.append((m.start(), m.end()))
        out.append(FigureHit(m.group(0), page._span(m.start(), len(m.group(0))), fig, unit_of(fig, vocab)))
    for m in [*_BARE_RX.finditer(text), *_BARE_CN_RX.finditer(text)]:
        if text.startswith(unit_words, m.end()) or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        try:
            fig = parse_figure(m.group(0))
        except FigureError:
            continue
        out.append(FigureHit(m.group(0), page._span(m.start(), len(m.group(0))), fig, _bare_unit(text, m.start(), m.end())))
    return out


_TIMES_BRACKET = re.compile(r"[(（]次[)）]")
_ALT_BRACKET = re.compile(r"[(（](?:套|人|个|家|项|件|台|名|所|座)[)）]")


def _times_in_brackets(page: PageText, hit: FigureHit, vocab: Vocabularies) -> FigureHit:
    """80场(次), 5万人（次）: the count of times printed in brackets after the unit word, one
    figure in 场次 or 人次 (its text with the brackets, as printed); 400余台(套), 31个(人): another
    measure word of the same count in brackets, the figure as it was, its text with them."""
    lo, hi = page.compact_range(hit.span)
    alt = _ALT_BRACKET.match(page.compact, hi)
    if alt is not None and hit.figure.value is not None and hit.figure.unit_word and not re.search(r"[(（]", hit.text):
        text = page.compact[lo:alt.end()]  # 400余台(套), 31个(人): a second measure word in brackets, the same count
        return FigureHit(text, page._span(lo, len(text)), dataclasses.replace(hit.figure, text=text), hit.unit, hit.doubt)
    m = _TIMES_BRACKET.match(page.compact, hi)
    if m is None or hit.figure.value is None or not hit.figure.unit_word or "(" in hit.text or "（" in hit.text:
        return hit
    try:
        fig = parse_figure(hit.text + "次")
    except FigureError:
        return hit
    text = page.compact[lo:m.end()]
    unit = unit_of(fig, vocab) or hit.unit
    return FigureHit(text, page._span(lo, len(text)), dataclasses.replace(fig, text=text), unit, hit.doubt)


# set phrases with a number in them (从四面八方赶来, 来自五湖四海, 三番五次): no figure
_IDIOMS = ("四面八方", "五湖四海", "三番五次", "三五成群", "七上八下", "四通八达", "千方百计", "千家万户", "九牛一毛", "八方支援", "八项规定", "三个代表")
_ONE_RX = re.compile(r"一(?:[^\d万亿千百十余多]{1,3})")
# 为万名职工, 惠及万名职工, 吸引万余名职工: ten thousand people after a verb of serving or reaching, a
# count; not 万家 (进万家), a slogan (访万名职工) or a programme (万名工匠培养计划)
TEN_THOUSAND_RX = re.compile(r"(?<=[为及引展动织助务问训计共达有业])万[余多]?[名人位]"
                              r"(?![^，。；]{0,8}(?:计划|方阵|工程|行动))")


def _counted_list(text: str, lo: int, hi: int, measure: str) -> bool:
    """Whether 一 + ``measure`` at [lo, hi) is one item of a list (、) of counts of the same
    measure word, one of them more than one (承办一场市赛、两场区赛): a count, not the article."""
    start = max((text.rfind(c, 0, lo) for c in "，。；：,;:"), default=-1) + 1
    ends = [e for e in (text.find(c, hi) for c in "，。；：,;:") if e >= 0]
    clause = text[start:min(ends) if ends else len(text)]
    return "、" in clause and bool(re.search(rf"(?:[二两三四五六七八九十]|\d)[\d一二三四五六七八九十]*{re.escape(measure)}", clause))


def find_figures(page: PageText, vocab: Vocabularies, loose: bool = False) -> list[FigureHit]:
    """Every figure of the page that parse_figure reads, dates (2024年, 8月6日) left out;
    with ``loose``, in page order, also figures with a measure word of ``LOOSE_UNIT_WORDS``
    (3个百分点, 1.5倍), numbers with 万/亿 and no unit word and pairs after 结对
    (:func:`_loose_figures`); the unit of those may be None: unsaid."""
    rx = _figure_regex(unit_symbols(vocab))
    text = page.compact
    titles = [(t.start(), t.end()) for t in DOC_TITLE_RX.finditer(text)]
    out = []
    if loose:
        hits = find_figures(page, vocab)
        extra = []
        for m in _LOOSE_UNIT_RX.finditer(text):  # 3个百分点 (not 3个), 1.5倍, 2万张
            if m.group(0).endswith("队") and "\u4e00" <= text[m.start() - 1:m.start()] <= "\u9fff" \
                    and text[m.start() - 1] not in "组共成有计和及与为":
                continue  # 某某工会1队: a team's name (组32队, 共有12队: a count)
            inside = [h for h in hits if m.start() <= page.compact_range(h.span)[0] < m.end()]
            if any(page.compact_range(h.span)[1] > m.end() for h in inside):
                continue
            try:
                fig = parse_figure(m.group(0))
            except FigureError:
                continue
            hits = [h for h in hits if h not in inside]
            extra.append(FigureHit(m.group(0), page._span(m.start(), len(m.group(0))), fig, LOOSE_UNIT_WORDS[fig.unit_word]))
        hits += extra
        taken = [page.compact_range(h.span) for h in hits]
        hits = [_times_in_brackets(page, h, vocab) for h in hits]
        return sorted(hits + _loose_figures(page, vocab, unit_symbols(vocab), taken), key=lambda h: h.span.start)
    for m in rx.finditer(text):
        s = m.group(0)
        doubt = None
        sp = page._span(m.start(), len(s))
        if _SPACED_APART.search(page.text, sp.start, sp.end):
            continue  # 版次:009    2025年04月25日: two numbers a run of spaces apart, no figure
        one = _ONE_RX.fullmatch(s) is not None  # 一项, 一场: the article "a" as often as one
        if one and _counted_list(text, m.start(), m.end(), s[1:]):
            pass  # 一场国赛、两场省赛: one of a list of counts of the same thing, a figure
        elif one or (s.startswith("万") and not TEN_THOUSAND_RX.match(text, m.start()) and not re.match(r"万[余多][名人位]", s)) \
                or s in ("两节", "百年", "百日"):  # (万余名职工: more than ten thousand, a count whatever precedes it)
            doubt = "more often a word than a figure (一项 'a', 万家, 两节, 百年)"
        elif s.endswith("届") and re.match(r"[一二三四五六七八九]中(?:、[一二三四五六七八九]中)*全会|历次", text[m.end():m.end() + 10]):
            doubt = "part of a name (二十届三中全会)"
        elif re.fullmatch(r"[一二三四五]期", s) and re.match(r"(?:工程|项目|工地|建设)", text[m.end():m.end() + 2]):
            doubt = "part of a name (二期工程: a project's phase)"
        elif any(a < m.start() < b for a, b in titles):
            doubt = "inside a 《title》"
        if _NOT_AFTER_DATE.match(s) or (s.endswith(("日", "天")) and text[m.start() - 1:m.start()] == "月"):
            continue
        if any(text.startswith(idiom, m.start() - idiom.find(s)) for idiom in _IDIOMS if s in idiom):
            continue  # 从四面八方赶来: a set phrase, no count
        if re.fullmatch(r"\d+[年日]", s) and text[m.end():m.end() + 1] in "月度底末初":
            continue
        if re.fullmatch(rf"(?:{FIND_PRE})(?:19|20)\d\d年", s):
            continue  # (申请不超过2026年9月30日: a date, its bound)
        if s[-1] == "年" and text[m.end():m.end() + 1] in "级":
            continue
        if s.endswith("大") and (len(s) > 2 or not s[0] in FIND_CN or text[m.start() - 1:m.start()] in "的第"):
            continue  # 八大 (eight major …), not 二十大 or 党的十九大
        if s.isdigit():  # 1000、800、500元: a list that shares the unit of its last figure
            tail = re.match(rf"(?:、\d+)*、({FIND_NUM}[万亿千]?[余多]?)([^\d、，。；]{{1,3}})", text[m.end():])
            if not tail:
                continue
            window = [x for x in rx.finditer(text, m.end() + 1, m.end() + 1 + len(tail.group(0)) + 2) if not x.group(0).isdigit()]
            if not window or _NOT_AFTER_DATE.match(window[-1].group(0)):
                continue  # (3、2023年春节前: an item's number before a year)
            try:
                last = parse_figure(window[-1].group(0))
            except FigureError:
                continue
            unit = unit_of(last, vocab)
            if unit is None:
                continue
            out.append(FigureHit(s, page._span(m.start(), len(s)), parse_figure(s), unit, doubt))
            continue
        try:
            fig = parse_figure(s)
        except FigureError:
            continue
        unit = unit_of(fig, vocab)
        if unit is None:
            continue
        out.append(FigureHit(s, page._span(m.start(), len(s)), fig, unit, doubt))
    return out


DOC_TITLE_RX = re.compile(r"《([^《》]{2,80})》")
# digits apart by a run of spaces on one line (a wrapped line's break joins a number; spaces do not)
_SPACED_APART = re.compile(r"\d[ \t\u3000\u00a0]{2,}\d")
