"""Numbers that are part of a name, not a reported figure: ordinals of editions (第三届“工匠杯”
技能大赛, 第十三届…竞赛), grades, levels and classes (新八级工, 七级工, 市县两级总工会, 两级工友创业园,
国家级二类竞赛), short quoted names and slogans (“四个一”, “三项工程”, “百项千企竞赛、百万职工比武”),
the edition of a contest taken part in (在第六届…大赛中), a number inside a place or body name
(三门峡), a day printed without its month (大会10日在合肥召开, 某某8日介绍) and a headline that
repeats a figure of its story's body (九家 in the title, 九家 again below).

:func:`numbered_name` says why a figure found at compact offsets [start, end) of a page is
such a number, or None. The figure rules draft no observation for it: it becomes a suggestion
of low confidence with that reason and an entry of ``figures_excluded`` (reason ``part of a
name``, as docs/annotation.md asks), for the annotator to confirm.
"""

from __future__ import annotations

import re

from reformkg.annotation.figures import TEN_THOUSAND_RX, FigureError, parse_figure

_CN = "零〇一二两三四五六七八九十百千"
# 第三届, 第十三届, 第6届, 第二次 (代表大会), 第5期 (培训班): the edition of a named event
_ORDINAL = re.compile(rf"^第[\d{_CN}]+(?:届|次|期|回|轮)$")
# 被列为第三批示范点, 入选“第五批…基地”: the batch of a list a unit was named in, part of the
# designation; 建设第三批…驿站 (the subject's own batches) is a figure
_BATCH = re.compile(rf"^第[\d{_CN}]+批$")
_DESIGNATED = re.compile(r"列为|列入|入选|评为|命名为|授予|荣获|获评|获得|认定为|确定为")
# 八级工, 新八级工, 七级工, 两级工友创业园, 市县两级总工会, 三级工会组织, 一级竞赛: a grade or a level
_GRADE = re.compile(rf"^[\d{_CN}]+级(?:以上|以下)?$")  # (二级以上医院: a grade and those above it)
_GRADE_NAME_AFTER = re.compile(r"^(?:工|技工|技师|工友|工会|总工会|党组织|党委|政府|联动|贯通|架构|体系|网络|服务|阵地|平台|创业园|“?工匠|伤残|残疾"
                               r"|竞赛|比赛|大赛|赛事|技能竞赛|职业技能竞赛"  # 一级竞赛5场、二级竞赛10场: the level of the contests counted
                               r"|巡视员|调研员|主任科员|科员|职员|高级"
                               r"|企业|单位|公司|子公司|医院|及以[上下]|以[上下])")  # 二级巡视员: the grade of a post; 二级子公司, 三级及以下企业: a tier
# 百亿级产业集群, 百万级: an order of magnitude as a class, no count
_MAGNITUDE = re.compile(r"^[十百千万亿]+级$")
# 第六届委员会, 第三次全体会议, 第十一次党代会: the term or the session of a body, part of its name
_TERM_AFTER = re.compile(r"^(?:[^，,。；、]{0,8}?(?:委员会|全体会议|全体|全会|全委|代表大会|党代会|常委会|执委会|理事会|会员代表|职代会|工代会|团代会))")
# 十六届二次, 第十届三次: a term (届) and a session (次) of a body, one after the other
_TERM_SESSION = re.compile(rf"(第?[\d{_CN}]+届)([\d{_CN}]+次)")
# a short quoted name: “四个一”, “三项工程”, “十百千”
_QUOTED = re.compile(r"“([^“”]{1,10})”|‘([^‘’]{1,10})’|「([^「」]{1,10})」")
# 稳岗措施十五条, 若干意见十条: a set of measures known by its count in words (the “N条” of a policy), a name
_POLICY_COUNT = re.compile(rf"^[{_CN}]+条$")
_POLICY_BEFORE = ("措施", "举措", "意见", "政策", "办法", "规定", "新政")


# 国家级二类职业技能竞赛: a class of competition
_CLASS = re.compile(rf"^[\d{_CN}]+类$")
# 十四届五次、六次、七次全会: the sessions of a body in a list, each part of its name
_SESSION_LIST = re.compile(rf"(?:第?[\d{_CN}]+届)?第?[\d{_CN}]+次(?:[、和及与]第?[\d{_CN}]+次)+(?:全会|全体会议|全委会|全委会议|会议)")
# 大会10日在合肥召开: a day of the month printed without its month
_DAY = re.compile(r"^(?:[1-9]|[12]\d|3[01])日$")
_DAY_AFTER = re.compile(r"^(?:在|于|召开|举行|举办|开幕|闭幕|成立|落幕|揭晓|揭牌|挂牌|签约|开班|开赛|上线|上午|下午|晚|起|至|电|讯|，|,|发布|印发|出台|"
                        r"介绍|表示|说|透露|宣布|指出|强调|告诉|称|获悉|会见|出席|主持|率队|带队|赴|到|来到|从(?!事)|将|由|动情地|深情地|对记者|向记者|、(?:[1-9]|[12]\d|3[01])日)")  # (13日从市总工会获悉, 4日、5日进行…)
# 召开第三十次联席会议, 开展了第五届劳模评选, 涿州市第三届“工匠杯”: an edition its organiser holds (the subject's
# own series, an observation to check); after anything else (的第三届…大会, 28名第三届北京大工匠, 暨第二届“…年度人物”)
# the ordinal is part of the name of an event or of a title
_ORGANISES = re.compile(r"(?:举办|举行|召开|开展|组织|评选|主办|承办|办好|筹办)了?$")
# 在第六届…大赛中, 参加第三届…: the edition of an event the subject took part in, part of its name
_TOOK_PART = re.compile(r"(?:在|于|参加了?|参与了?|进入|出席|亮相|入围|晋级|获得|荣获|夺得|斩获)$")


def numbered_name(compact: str, start: int, end: int, headlines: tuple[tuple[int, int], ...] = (),
                  names: tuple[tuple[int, int, str], ...] = (), paragraphs: frozenset[int] = frozenset()) -> str | None:
    """Why the figure at compact [start, end) of ``compact`` is part of a name, or None.

    ``headlines``: compact ranges of the page's headline lines; a figure there that the body
    of the page prints again is the headline repeating it. ``names``: (start, end, name) of the
    names found on the page (places, organisations); a figure inside one is part of it (三门峡).
    ``paragraphs``: compact offsets where a paragraph starts (1228日， opening one is a date)."""
    text = compact[start:end]
    for lo, hi, name in names:
        if lo <= start and end <= hi and hi - lo > end - start:
            return f"inside a name ({name})"
    if re.search(r"[省市县区]$|(?:19|20)\d\d年$", compact[max(0, start - 5):start]) and re.match(
            r"(?:名)?职工(?:劳动和技能竞赛|劳动技能竞赛|技能竞赛|劳动竞赛|大比武|技术比武|技能比武)", compact[end:end + 12]):
        return f"the name of a contest ({compact[max(0, start - 3):start]}{text}职工…竞赛)"  # 金昌市10万职工劳动和技能竞赛
    if text == "八节" and compact[start - 1:start] == "腊":
        return "a festival's name (腊八节): no figure"
    if re.fullmatch(rf"[{_CN}]+次", text) and re.match(r"全会|全体会议", compact[end:end + 4]):
        return f"the session of a body ({text}{compact[end:end + 2]}): part of its name, not a figure"  # 七次全会
    if re.fullmatch(r"[一二三四五六七八九十]期", text) and re.match(r"(?:改扩建|扩建|工程|项目|建设)", compact[end:end + 3]):
        return f"a phase of a project ({text}{compact[end:end + 3]}): part of its name, not a count"  # 机场三期改扩建工程
    if re.fullmatch(r"[一二三四五六七八九十]个", text) and re.match(r"“?年”?活动", compact[end:end + 4]):
        return f"a campaign's name ({text}年活动): no count"  # 开展三个年活动
    if re.fullmatch(r"[四五]家|[四五]套|[四五]大", text) and compact[end:end + 2] == "班子":
        return f"the leading bodies of a place, known by their count ({text}班子): a name, not a figure"
    if re.fullmatch(r"[一二三四五六七八九十]部", text) and re.search(r"(?:项目|工程|事业|经营|生产|市场|销售)$", compact[max(0, start - 2):start]):
        return f"a numbered department ({compact[max(0, start - 2):end]}): part of its name, not a count"
    if re.fullmatch(r"\d+(?:\.\d+)?(?:MW|兆瓦|万千瓦|GW)", text) and re.match(r"(?:风电|光伏|火电|水电|储能|风光|光热)(?:项目|场|电站|基地)", compact[end:end + 5]):
        return f"the capacity in a project's name ({text}{compact[end:end + 4]}): part of its name, not a figure"
    if re.fullmatch(r"[一二三四五六七八九十]元", text) and re.match(r"煤业|矿业|集团|股份|实业|控股|化工|钢铁|乳业|食品|能源|电力|重工", compact[end:end + 2]):
        return f"a firm's name ({text}{compact[end:end + 2]}): no money"  # 三元煤业获评…
    if _DAY.match(text) and compact[start - 1:start] != "月" and _DAY_AFTER.match(compact[end:end + 4]):
        return f"a day of the month ({text}{compact[end:end + 2]}): a date, not a figure"
    if re.fullmatch(r"(?:[1-9]|[12]\d|3[01])日?(?:至|到|—|-|－|~)(?:[1-9]|[12]\d|3[01])日", text):
        return f"days of the month ({text}): a date, not a figure"  # 决赛15日至16日在武汉举行
    for m in _SESSION_LIST.finditer(compact, max(0, start - 16), min(len(compact), end + 24)):
        if m.start() <= start and end <= m.end():
            return f"the sessions of a body in a list ({m.group(0)}): part of its name, not a figure"
    # 11月19、20日, 体检分为24、25日, 于4日、5日进行 (the month left to the page): each day of the list
    if re.fullmatch(r"(?:[1-9]|[12]\d|3[01])", text) and re.match(r"[、，,](?:[1-9]|[12]\d|3[01])日", compact[end:end + 4]) \
            or re.fullmatch(r"(?:[1-9]|[12]\d|3[01])日", text) and re.search(r"(?<!\d)(?:[1-9]|[12]\d|3[01])日?、$", compact[max(0, start - 4):start]):
        return f"a day in a list of days ({compact[max(0, start - 3):end + 4]}): a date, not a figure"
    glued = re.fullmatch(r"(1[012]|[1-9])(0[1-9]|[12]\d|3[01])日", text)
    if glued and (re.search(r"[)）讯电]$", compact[max(0, start - 1):start]) or start in paragraphs) and compact[end:end + 1] in "，,":
        return f"a date printed without 月 after a dateline ({text}: {glued.group(1)}月{glued.group(2)}日), not a figure"
    if _CLASS.match(text) and (compact[start - 1:start] in ("级", "第") or compact[start - 1:start] == "“"):
        return f"a class ({compact[start - 1:end + 2]}): part of a name, not a count"
    if _ORDINAL.match(text) and _TERM_AFTER.match(compact[end:end + 12]):
        return f"the term or the session of a body ({text}{compact[end:end + 6]}): part of its name, not a figure"
    if re.fullmatch(rf"[\d{_CN}]+届", text) and _TERM_AFTER.match(compact[end:end + 12]):
        return f"the term of a body ({text}{compact[end:end + 6]}): part of its name, not a figure"  # 某市十六届人大常委会
    if re.fullmatch(rf"[\d{_CN}]+届", text) and _TOOK_PART.search(compact[max(0, start - 3):start]):
        return f"the edition of an event taken part in ({compact[start - 2:start]}{text}…, 第 left out): part of its name, not a figure"
    one_of = re.match(r"[^，,。；;：:、]{1,16}?之一", compact[end:end + 20])
    if one_of and re.fullmatch(rf"[\d{_CN}]+[个家座所项批]", text):
        return f"one of a group ({text}{one_of.group(0)}): the group the subject belongs to, not a count it reports"
    # 十六届二次全委会, 十届三次全会, 女职工委员会六届四次会议: a body's term and session printed without 第
    for m in _TERM_SESSION.finditer(compact, max(0, start - 8), min(len(compact), end + 20)):
        if m.start() <= start and end <= m.end(2) and (_TERM_AFTER.match(compact[m.end():m.end() + 12])
                                                       or re.match(r"(?:[（(]?扩大[）)]?)?会议", compact[m.end():m.end() + 6])):
            return f"the term and session of a body ({m.group(0)}{compact[m.end():m.end() + 4]}): part of its name, not a figure"
    if _BATCH.match(text):
        clause = re.split(r"[，。；：,;:]", compact[max(0, start - 30):start])[-1]
        if _DESIGNATED.search(clause) or clause.count("“") > clause.count("”") or \
                re.match(r"[^，。；：,;:]{0,24}名单", compact[end:end + 30]):  # 公布了第九批…工作室名单
            return f"the batch of a list ({text}{compact[end:end + 4]}) a unit was named in: part of a designation, not a figure"
        # 建设第五批职工书屋8家, 第一批25名申报者: the subject's own series of batches, as an edition it holds
        return f"ordinal of a batch ({text}): the subject's own series, or part of a name"
    if _ORDINAL.match(text) and _TOOK_PART.search(compact[max(0, start - 3):start]):
        return (f"the edition of an event taken part in ({compact[start - 2:start]}{text}…): part of its name, "
                "not a figure")
    if _ORDINAL.match(text) and not (_ORGANISES.search(compact[max(0, start - 4):start])
                                     or re.search(_ORGANISES.pattern.removesuffix("$") + re.escape(text), compact)):
        # (湖南省第二届职业技能大赛, 某市第四届…大赛: a contest's name after its place or body; the graders of 98 sets of
        # unseen pages never read one as a figure, the curated pages only an edition the subject itself holds: 举办第三届
        # …, here or in the headline)
        return (f"the edition in a name ({compact[max(0, start - 2):start]}{text}{compact[end:end + 4]}…): no organiser "
                "holds it, part of the name of an event or a title, not a figure")
    if _ORDINAL.match(text):
        return f"ordinal of an edition ({text}): part of the name of an event"
    if _MAGNITUDE.match(text):
        return f"an order of magnitude as a class ({text}): part of a name, not a count"
    if _POLICY_COUNT.match(text) and compact[:start].endswith(_POLICY_BEFORE):
        return f"a set of measures known by its count ({compact[start - 2:end]}): a name, not a figure"
    if _GRADE.match(text):
        before, after = compact[max(0, start - 1):start], compact[end:end + 6]
        if re.fullmatch(rf"[{_CN}]+级(?:以上|以下)?", text) and not re.match(r"[^，。；]{0,8}(?:通道|阶梯|进阶)", compact[end:end + 12]):
            # 省市县三级, 分为三级, 晋升二级(技师): a level in words; (九级人才进阶式晋升通道: the levels of a ladder, counted)
            return f"a level in words ({text}{after[:2]}): a tier or a grade, not a count"
        if _GRADE_NAME_AFTER.match(after) or before == "新" or re.match(r"^[”\"]", after):
            return f"a grade or a level ({text}{after[:1]}): part of a name, not a count"
    for m in re.finditer(r"“([^“”，。；、]{2,20}·[^“”，。；、]{2,20})”", compact[max(0, start - 22):min(len(compact), end + 22)]):
        lo = max(0, start - 22) + m.start(1)
        if lo <= start and end <= lo + len(m.group(1)):  # “守好红色根脉·班前十分钟”: a campaign's coined name
            return f"inside a quoted name of parts joined by · ({m.group(0)})"
    for m in _QUOTED.finditer(compact, max(0, start - 10), min(len(compact), end + 10)):
        inner = next(k for k in (1, 2, 3) if m.group(k) is not None)
        if m.start(inner) <= start and end <= m.end(inner) and not re.search(r"[，。；、]", m.group(inner)):
            return f"inside a quoted name or slogan ({m.group(0)})"
    # “一年打基础、两年大变化、三年上台阶，…”: a motto of short parts, each headed by a count in words
    for m in re.finditer(r"“([^“”。]{6,80})”", compact[max(0, start - 80):min(len(compact), end + 80)]):
        lo = max(0, start - 80) + m.start(1)
        if lo <= start and end <= lo + len(m.group(1)) and re.fullmatch(rf"[{_CN}]+\D?", text):
            parts = re.split(r"[、，,]", m.group(1))
            if len(parts) >= 3 and all(len(p) <= 8 for p in parts) and compact[start - 1] in "“、，,":
                return f"inside a quoted motto of short parts ({m.group(0)[:20]}…)"
    # “百项万企竞赛、百万职工比武”: a slogan of short parts, the figure in words heading one
    for m in _SLOGAN.finditer(compact, max(0, start - 20), min(len(compact), end + 20)):
        if m.start(1) <= start and end <= m.end(1) and re.fullmatch(rf"[{_CN}]+\D?", text):
            part = next(p for p in _parts(m) if p[0] <= start < p[1])
            if part[0] == start and part[1] - part[0] <= 8:
                return f"inside a quoted slogan ({m.group(0)})"
    if re.fullmatch(r"[百千万]{1,2}(?![余多])[\u4e00-\u9fff]{1,2}", text) and not text.endswith("级") and not re.search(
            rf"[\d{_CN}近约超逾数几上成]$", compact[max(0, start - 1):start]) and (
                not TEN_THOUSAND_RX.match(compact, start) or re.search(r"百[名家个项].{1,24}千[名家个项]", re.split(r"[。；！？]", compact[max(0, start - 40):start])[-1])):
        # (组织百名律师…，走进千家企业，服务万名职工: a 百千万 campaign's three round numbers)
        # 全国百家“节能先进典型”, 送到千家万户, 百项工种技能竞赛: a round number in a name or a phrase (百余场, 近千名: figures)
        return f"a round number ({text}{compact[end:end + 4]}…): part of a name or a phrase, no count"
    for lo, hi in headlines:
        if lo <= start < hi:
            rest = compact[:lo] + "\0" * (hi - lo) + compact[hi:]
            if text in rest:
                return f"a headline repeating a figure of the body ({text})"
            again = _restated(rest, text, compact[max(0, start - 2):start])
            if again:
                return f"a headline repeating a figure of the body in other words ({text}: {again})"
    return None


# a quoted slogan of two to four short parts (“百项万企竞赛、百万职工比武”)
_SLOGAN = re.compile(r"“([^“”，。；]{3,30})”")


def _parts(m: re.Match) -> list[tuple[int, int]]:
    out, pos = [], m.start(1)
    for piece in m.group(1).split("、"):
        out.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    return out


_NUMBER = re.compile(rf"(?<![\d.{_CN}])(\d+(?:\.\d+)?|[{_CN}]+)((?:多|余)?[\u4e00-\u9fff%])")


_PERSONS = {"位", "名", "人"}  # measure words of people: 七位 in a headline is 七名 in the body


def _restated(rest: str, text: str, before: str) -> str | None:
    """The body's figure a headline's figure restates: the same number after the same two
    characters (连续四届 / 连续4年) or with the same measure word (九家 / 9家; 七位 / 七名: people)."""
    try:
        fig = parse_figure(text)
    except FigureError:
        return None
    if fig.value is None:
        return None
    if not fig.unit_word:  # 筹资33万 in a headline, 33万元 in the body: the same sum, the headline's unit left out
        again = re.search(rf"(?<![\d.]){re.escape(text)}(?:元|人|个|家)", rest)
        return again.group(0) if again else None
    for m in _NUMBER.finditer(rest):
        try:
            other = parse_figure(m.group(0))
        except FigureError:
            continue
        if other.value == fig.value and (other.unit_word == fig.unit_word or {other.unit_word, fig.unit_word} <= _PERSONS
                                         or len(before) == 2 and rest[m.start() - 2:m.start()] == before):
            return rest[max(0, m.start() - 2):m.end()]
    return None


# 连续三年, 已连续19年开展, 已举办了二十届, 评选已进行了八届, 连续召开了三届: how long a series has run
_RUN_BEFORE = re.compile(r"(?:连续|已连续|持续|已持续)(?:举办|开展|召开|组织|评选|获得?|被评为)?了?$|(?:已经?|共)(?:举办|开展|召开|进行|组织|评选)了?$")
# 已连续发放劳模慰问金8年: a run with what was done between 连续 and the count
_RUN_WORDS_BEFORE = re.compile(r"(?:连续|已连续)[^，,。；;：:\d]{2,10}$")
# 在钳工岗位工作了近30年, 结婚30年: how long a person has served or been wed, no figure of a body
_SERVICE_BEFORE = re.compile(r"(?:工作|坚守|扎根|奉献|结婚|从业|执教|从教)了?(?:近|约|整整|超过)?$")
# 由2017年的60多万人增加到…, 从原来的56%提高到现在的81%: the value a change starts from
_START_BEFORE = re.compile(r"(?:由|从|将|把)[^，,。；;：:到至]{0,14}$")  # (将20万元的“工薪贷”提高至50万元)
_START_AFTER = re.compile(r"^[^，,。；;：:]{0,16}?(?:增加|提高|提升|增长|发展|扩大|扩展|扩增|扩充|上升|攀升|跃升|猛增|增|升|达|减少|下降|降低|降|缩短|缩减|压缩|延长)(?:到|至)"
                          r"|^(?:[、，,][^。；;]{0,12}?)+(?:增加|提高|提升|增长|发展|扩大|上升|减少|下降|降低|缩短)(?:到|至)"
                          r"|^[\u4e00-\u9fff]{0,8}?起步")  # (公司从60名农民工起步，…形成了6000余人的…)


# 较一五年同期6,672人减少600人, 相比上年同期的3,800元轻微上升: the value the figure is compared with
_BASE_BEFORE = re.compile(r"(?:较|比|相比|相较|对比)于?[^，,。；;：:]{0,24}?(?:同期|年底|年末|年初|时|的)$")
_BASE_AFTER = re.compile(r"^[^，,。；;：:\d]{0,4}?(?:增加|减少|增长|下降|上升|提高|降低|增|减|少|多|下跌|上涨|回落|回升)")


_LISTED_COUNT = re.compile(rf"([1-9]|1[0-2]|[一二两三四五六七八九十])(?:个|家|项|名|位|所|支|条|种|类|大类|大项|部门|场|方面|环节|工种|赛项|座)")
_AND = r"(?<=[\u4e00-\u9fff]{2})(?:以及|[和与及])(?=[\u4e00-\u9fff]{2})"
_GLOSS = r"[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[）)]"  # a pinyin gloss a page prints after a character: 數(shù)


def _items(text: str) -> set[int]:
    """How many names a run lists: set apart by 、, or quoted one after another (“甲”“乙”“丙”, 《甲》《乙》);
    the last one read whole and split at 和/与/及 (网络与信息安全管理员 is one name, 甲、乙和丙 three)."""
    # (after the words that lead to them: 注册“甲”“乙”“丙”, 某市“甲”“乙”)
    quoted = re.search(r"(?<![”》])(?:[“《][^“”《》]{1,30}[”》][、和与及]?){2,}$", text)
    if quoted:
        return {len(re.findall(r"[“《]", text))}
    parts = text.split("、")
    # (the first part may hold the words before the list: 组织500名劳模赴甲、乙、丙等3个…)
    if len(parts) < 2 or not 2 <= len(parts[0]) <= 40 or not all(2 <= len(x) <= 30 for x in parts[1:]) \
            or re.search(rf"\d|[{_CN}]+[个家名项位所]|？", "、".join(parts[1:])) or re.search(rf"\d[{_CN}]*[个家名项位所]?$|？", parts[0]):
        # (特等奖1名、一等奖2名: a list of figures, each a fact)
        return set()
    return {len(parts), len(parts) - 1 + len(re.split(_AND, parts[-1]))}


def _listed_count(compact: str, start: int, end: int) -> str | None:
    """A count of the names listed right before it (焊工、钳工、电工等3个工种, “甲”“乙”“丙”三个品牌) or right
    after it (扩展至4个，分别为甲、乙、丙、丁): the list is the fact, the count says it again."""
    m = _LISTED_COUNT.fullmatch(compact, start, end)
    if not m:
        return None
    k = m.group(1)
    n = int(k) if k.isdigit() else "一二三四五六七八九十".find(k.replace("两", "二")) + 1
    clause = re.split(r"[，,。；;：:（(]", re.sub(_GLOSS, "", compact[max(0, start - 160):start]))[-1]
    clause = re.sub(r"(?:等|共|这|此|上述)$", "", re.sub(r"^(?:设置?了?|包括|涵盖|分为|有|即|设有|聚焦|围绕)", "", clause))
    counted = re.match(r".*\d[\u4e00-\u9fff]{1,10}?(?:和|与|及|以及)(?=[^、]{2,}、)", clause)
    if counted:  # 甲、乙等6个省市总工会和丙、丁等6家企业工会: the second list starts after the first count's 和
        clause = clause[counted.end():]
    if n in _items(clause):
        return f"the count of the names just listed ({clause[-12:]}{compact[start:end]}): the list is the fact"
    after = re.match(r"[\u4e00-\u9fff]{0,8}?[，,：:]?(?:分别为|分别是|分别是：|包括|即)[：:]?([^。；;！？]{4,120}?)(?:[。；;！？]|$)",
                     compact[end:end + 140])
    if after and n in _items(re.sub(r"(?:等|共)[^、]*$", "", after.group(1))):
        return f"the count of the names listed right after ({compact[start:end]}…{after.group(1)[:12]}): the list is the fact"
    return None


def figure_to_check(compact: str, start: int, end: int) -> str | None:
    """Why the figure at compact [start, end) is one conventions differ on, or None: a run of
    years or editions (连续三年, 已举办了二十届: the project records how long the subject has held
    something, other curators leave it out), the value a change starts from (由5万人增加到62万
    人: the project records the start with its time, other curators only the value reached) or a
    count of the names listed with it (焊工、钳工、电工等3个工种: the project keeps a count after 等).
    The drafter keeps it, at low confidence with this reason, for the annotator to decide."""
    text, before = compact[start:end], compact[max(0, start - 8):start]
    if re.fullmatch(rf"[\d{_CN}]+(?:多|余)?(?:年|届|次|期)", text) and _RUN_BEFORE.search(before):
        return f"a run ({before[-4:]}{text}): how long a series has run, a figure when the subject's own"
    if re.fullmatch(rf"(?:近|约)?[\d{_CN}]+(?:多|余)?年", text) and (_RUN_WORDS_BEFORE.search(compact[max(0, start - 14):start])
                                                                  or _SERVICE_BEFORE.search(before)):
        return f"a run ({compact[max(0, start - 6):end]}): how long a series or a person's service has run"
    if re.fullmatch(rf"[\d{_CN}]+(?:多|余)?(?:天|个月|周)", text) and compact[end:end + 1] == "来":
        return f"a length of time ({text}来): how long since something began, not a count"
    if _START_BEFORE.search(compact[max(0, start - 16):start]) and _START_AFTER.match(compact[end:end + 40]):
        return f"the value a change starts from ({compact[max(0, start - 4):end + 4]}…): a figure of its start"
    if _BASE_BEFORE.search(compact[max(0, start - 26):start]) and _BASE_AFTER.match(compact[end:end + 12]):
        return f"the value compared with ({compact[max(0, start - 6):end + 4]}…): the start of a change, a figure of its time"
    return _listed_count(compact, start, end)
