"""Names of a page: registry entries, GB/T 2260 places and organisations, as mentions.

A token the registry knows is a mention of its entry; a place name is a region (the one of
the page's home province when the name is ambiguous); a token ending in an organisation
suffix grows back into an organisation's name; then the rules of
:mod:`reformkg.suggest.organisations` add the bodies a page names only in part.
"""

from __future__ import annotations

import re

from reformkg.annotation.figures import DOC_TITLE_RX
from reformkg.suggest.context import PageContext
from reformkg.suggest.model import Mention
from reformkg.suggest.organisations import SECTORS_RX, STATIONED_ENDINGS, SURNAMES, OrganisationRules, title_given
from reformkg.suggest.places import Places, home_province
from reformkg.suggest.gazetteer import WORD_PLACES, a_word_not_a_place, county_full_names
from reformkg.suggest.tokens import ORG_SUFFIXES, POST_WORDS

# Endings of bodies the walk also grows back from (某国职工发展基金会, 某市第六中学, 某区产业工人实训基地):
# the walk still wants a strong head (a place, a proper name), never 建设一批实训基地
_MORE_SUFFIXES = ("中专", "电大", "职大",  # 衢州中专, 大田电大, 东城职大: schools by their short names
                  "基金会", "红十字会", "农场", "合作社", "酒店", "中学", "小学", "基地", "研究所", "厂", "医院", "学会", "银行", "分行", "支行", "广播电视台", "电视台",
                  "文化馆", "图书馆", "博物馆", "纪念馆", "科技馆", "美术馆", "支队", "大队", "检查站",
                  "总站", "水文站", "勘测站", "监测站", "管理站", "管理处",  # (省水文水资源勘测总站, 省江都水利工程管理处)
                  "干校", "党校", "防治院", "卫生所", "卫生健康委",  # (某省总干校, 某大学党校, 某省职业病防治院, 某中心职业卫生所)
                  "联会")  # (香港某某业工会联会: a federation of unions, as Hong Kong names some; after 工会 only)
_ALL_SUFFIXES = ORG_SUFFIXES + _MORE_SUFFIXES
# An ending followed by these is part of another word, no body: “某某职工大学习”活动, 大学生; 重庆市人大工会,
# 人大代表 (人大 inside another name or a title); 聚焦省委省政府中心工作 (the central task, no centre)
_NO_BODY_AFTER = {"大学": re.compile(r"[习生]"), "人大": re.compile(r"工会|常委|常务|代表|机关"),
                  "中心": re.compile(r"工作|任务|大局|环节|商圈|城区|地带|区域|位置")}  # (某区中心商圈: the middle of a place)


# what a count of bodies names when its measure word is cut off: a kind, no name (7014家小微企业工会)
_GENERIC_HEAD = re.compile(r"(?:小微|中小|非公|基层|各类|各级|企业|单位|行业|规上|规模以上|重点|示范|新建)")
_GLUED_VERBS = ("入职", "任职", "就职", "供职", "离职", "在职", "履职")


# A post printed right before a person's name (市长宁波, 主席刘永德: never the places 宁波, 永德)
_POST_BEFORE_NAME = re.compile(r"(?:主席|市长|县长|区长|书记|主任|经理|局长|部长|总监|厂长|校长|院长|处长|科长|镇长|董事长|总裁|"
                               r"工程师|技师|班长|组长|秘书长|会长|理事长|行长|站长|所长|队长|馆长|社长)$")  # (秘书长宫镇江)


def _no_place_here(ctx: PageContext, word: str, pos: int, place, short: bool, home: str | None) -> bool:
    """A place name that is no place where it is printed: a town's name (德庆镇), a district's name that
    is a common noun outside its province (七台河矿区), a short form after 老, · or an app's 掌中 or before
    an adjective's second half (老青岛·上街里, 掌中安徽, 安康祥和), a short form in a person's name (市长宁波,
    副主席于德江, 李龙安荣获…, 陈某某、黄松江等: one of a list of names), in a coined name in quotation marks that it does not open
    (“大美福安”, “人人持证、技能洛阳”; “梧州好工人” is 梧州's), or a county of two characters
    outside the page's province whose first is the word before's last (上级工会和县委, 建成县困难
    职工援助中心: 和, 成 belong to the words before)."""
    text = ctx.compact
    before, after = text[max(0, pos - 6):pos], text[pos + len(word):pos + len(word) + 2]
    if short and re.match(r"镇|乡|村|街道|社区", after):
        return True  # 堆龙德庆区德庆镇: a town of that name
    if short and (re.search(r"(?:老|·|掌中|掌上)$", before) or re.match(r"祥和|幸福|吉祥|快乐", after)
                  or before.endswith("新") and after.startswith("·")):
        return True  # “老青岛·上街里”, 掌中安徽 (an app), 新甘肃·甘肃日报, 安康祥和的元旦: a brand's word or an adjective
    if a_word_not_a_place(word, before, after):
        return True  # “安康杯”竞赛, 安康驿站, 防暑保安康: safe and sound
    if word.endswith("县") and after == "处级":
        return True  # 企业负责人和县处级干部: the rank 县处级, no county 和县
    if word.startswith("中") and before.endswith("其"):
        return True  # 其中区职工法律援助中心…: 其中 and the district's 区, no place 中区
    if short and home is not None and place is not None and place.province != home and after.startswith("新城"):
        return True  # 福州滨海新城: a new town of the page's province, not the county 滨海 of another
    if short and re.match(r"[中东西南北]路|大街|大道|[东西南北]街|天街", after):
        return True  # 地址：吉林市松江中路65号, 满城北街街道, 某某天街 (a mall): a street's or a mall's name
    if word in ("矿区", "城区", "郊区", "老城区") and place is not None:  # 七台河矿区: the mining area; 阳泉市矿区 (its city before it): the district
        cities = [full[:-len(word)] for full, name in county_full_names().items() if name == word]
        return not any(before.endswith(c) or before.endswith(c[:-1]) for c in cities)
    if short and len(word) == 2 and (_POST_BEFORE_NAME.search(before) or before[-1:] in SURNAMES and (
            _POST_BEFORE_NAME.search(before[:-1]) or (pos - 1 in ctx.paragraph_starts or before[-2:-1] in ("", "，", "。", "、", "：", ","))
            and re.match(r"荣获|获得|获|说|表示|指出|介绍|同志|一行", after))):
        return True
    if short and len(word) == 2 and before[-1:] in SURNAMES and before[-2:-1] in ("、", "，", ",", "：", ":") \
            and re.match(r"、|等\d|等[一二三四五六七八九十两]", text[pos + len(word):pos + len(word) + 2]) \
            and (before[-2:-1] != "、" or re.search(r"[、，,：:][\u4e00-\u9fff]{2,3}、$", text[max(0, pos - 7):pos - 1])):
        return True  # 陈某某、黄松江、马某某等6名劳模: a person's name among names, no 松江
    opened, closed = text.rfind("“", max(0, pos - 12), pos), text.rfind("”", max(0, pos - 12), pos)
    end = text.find("”", pos + len(word), pos + len(word) + 12)
    if opened > closed and end != -1 and opened + 1 < pos and not re.search(r"(?:工会|政府|委员会|公司|学院|协会)$", text[opened + 1:end]):
        return True
    return place is not None and len(word) == 2 and not short and word[0] in "和与及同成为在" and re.match(r"[\u4e00-\u9fff]", before[-1:] or "x") is not None \
        and home is not None and place.province != home


def _federations_whole(ctx: PageContext, out: list[Mention]) -> list[Mention]:
    """A union printed with 联合总会 after it (澳门工会联合总会, as Macau names its federation): the
    federation by its whole name, in place of the union its first part names."""
    whole = []
    for m in out:
        if m.section == "organisations" and not m.ids and m.name.endswith("工会") and ctx.compact.startswith("联合总会", m.cend):
            name = m.name + "联合总会"
            m = Mention(m.section, name, m.cstart, m.cend + 4, [], m.confidence,
                        {**(m.proposal or {}), "name": name, "kind": "union-federation"})
        whole.append(m)
    return whole


def _trim_glued_head(ctx: PageContext, m: Mention) -> Mention | None:
    """A name grown back over the measure word of a count (7014家小微企业工会 → no body; 22项紫竹职工创新工作室
    → 紫竹职工创新工作室) or over the second character of a verb (入职陆逊梯卡…有限公司 → 陆逊梯卡…): the name
    without it, or None when what is left names a kind of body, not one, or the name counts unions
    (龙岩市7个区县总工会)."""
    if m.section != "organisations" or m.ids or len(m.name) < 4:
        return m
    if re.search(r"\d+个?(?:区县|县区|县市区|区|县)(?:总工会|工会)$", m.name):
        return None  # 广州市11区总工会, 龙岩市7个区县总工会: a count of unions, no body's name
    before = ctx.compact[m.cstart - 1:m.cstart]
    counted = m.name[0] in "家项个所座支批" and re.match(r"[\d一二两三四五六七八九十百千万余多]", before)
    glued = ctx.compact[m.cstart - 1:m.cstart + 1] in _GLUED_VERBS
    if not counted and not glued:
        return m
    name = m.name[1:]
    if counted and _GENERIC_HEAD.match(name):
        return None
    proposal = {**m.proposal, "name": name} if m.proposal and m.proposal.get("name") == m.name else m.proposal
    return Mention(m.section, name, m.cstart + 1, m.cend, m.ids, m.confidence, proposal)


_FIRM_END = re.compile(r"(?:有限公司|有限责任公司|股份有限公司|集团|公司)(?:工会委员会|工会|分工会)?$")
_ITEM_START = "、，,。；;：:（(“"


def _whole_in_quotes(ctx: PageContext, m: Mention, out: list[Mention]) -> Mention:
    """A name the walk began inside its quotes (“马|某某劳模工作室”: a person's single-character surname
    the tokens left apart): the whole name between the quotes, when one to three characters are left."""
    if m.section != "organisations" or m.ids or ctx.compact[m.cend:m.cend + 1] != "”":
        return m
    open_at = ctx.compact.rfind("“", max(0, m.cstart - 4), m.cstart)
    gap = ctx.compact[open_at + 1:m.cstart] if open_at >= 0 else ""
    if not gap or not re.fullmatch(r"[\u4e00-\u9fff]{1,3}", gap) or any(
            x is not m and x.section == "organisations" and x.cstart <= open_at < x.cend for x in out):
        return m
    name = gap + m.name
    refs = [e for sec, e in ctx.names.get(name, []) if sec == "organisations"]
    proposal = {**(m.proposal or {}), "name": name} if (m.proposal or {}).get("name") in (None, m.name) else m.proposal
    return Mention(m.section, name, open_at + 1, m.cend, refs[:1], m.confidence, None if refs else proposal)


def _with_its_place_head(ctx: PageContext, m: Mention, out: list[Mention]) -> Mention:
    """A firm's name the walk began after its place or its first character (营口|昌成新材料科技有限公司,
    河北|腾跃铁路装备股份有限公司, 中|铁五局集团…有限责任公司): the name from the place (and up to two
    characters after it) or from the 中 of a central enterprise, printed right before it at the start of
    a list's item, a line or after a space."""
    if m.section != "organisations" or m.ids or not _FIRM_END.search(m.name):
        return m
    text, at = ctx.compact, m.cstart
    def item_start(k: int) -> bool:  # (a mark, a space or a line break before it on the page)
        page = ctx.span(k, k + 1).start
        return k == 0 or text[k - 1] in _ITEM_START or ctx.page.text[page - 1:page].isspace()
    head = None
    if text[at - 1:at] == "中" and m.name[0] in "铁建交冶核化" and item_start(at - 1):
        head = at - 1  # 中|铁五局集团…: the central enterprise's 中
    else:
        for gap in (0, 1, 2):
            for n in (3, 2):
                k = at - gap - n
                if k < 0 or not re.fullmatch(r"[\u4e00-\u9fff]*", text[k:at]) or text[k:k + n] in WORD_PLACES:
                    continue
                if text[k:k + n] in ctx.gaz and item_start(k) and not re.search(
                        r"[的在和与及了是对向为将把被由从等]|参观|走访|走进|来到|考察|调研|慰问|看望|前往|深入|视察|访问", text[k + n:at]):
                    # (来宾参观宝鸡某集团公司: 来宾 a city, but the visitors here; the gap a verb)
                    head = k
                    break
            if head is not None:
                break
    if head is None or any(x is not m and x.section == "organisations" and x.cstart < at and x.cend > head for x in out):
        return m
    name = text[head:m.cend]
    proposal = {**m.proposal, "name": name} if m.proposal and m.proposal.get("name") == m.name else m.proposal
    return Mention(m.section, name, head, m.cend, m.ids, m.confidence, proposal)


def _no_body(ctx: PageContext, m: Mention) -> bool:
    """Words the walk took for a name that name no one body: 省政协工会界别 (a sector of the political consultative
    conference's members), 各乡镇工会联合会 (each of a kind), 陕西省市县区工会 (the unions of levels), 200多家央企、国企
    (kinds of firm), 保安服务公司2家 (a trade counted), 彭某对某某工作室, 某公司高度重视… and 某市工会对口援助某地工会
    (a person or a body, a verb and its object)."""
    text = ctx.compact
    return bool(text.startswith("界别", m.cend) or m.name.startswith("各") or re.fullmatch(r"家?(?:央企|国企|民企|外企)", m.name)
                or re.search(r"(?:市县区|县市区|市县|县区)(?:总)?工会$", m.name)
                or re.match(r"[\u4e00-\u9fff]{1,2}对", m.name) and m.name[0] in SURNAMES
                or re.search(r"(?:公司|集团|股份|工会|总)(?:高度)?重视|对口(?:援助|支援|帮扶)", m.name)
                or SECTORS_RX.fullmatch(m.name.removesuffix("公司")) and re.match(r"\d+[家个]", text[m.cend:m.cend + 4]))


# What a title studios and sites are given is made of (江西省|劳模创新工作室, 长治市|技能人才培训基地)
_KIND_OF_SITE = re.compile(r"(?:劳动模范|劳模|职工|创新|工匠|高技能|技能|人才|培训|实训|竞赛|教育|示范|大师|建筑|产业|工人|爱国主义|技术|和)+"
                           r"(?:工作室|基地)")


def _an_honours_title(ctx: PageContext, m: Mention) -> bool:
    """获评“湖北省职工创新工作室”, 为…命名的“江西省劳模创新工作室”授牌, “长治市技能人才培训基地”“…”, 命名为全国职工
    爱国主义教育基地, 省职工高技能人才创新工作室9个: a title a place or a body gives (its place, or the body, then
    words of a kind), after the verb that gives it, or in quotation marks next to another title or before 称号/授牌/
    挂牌, or a kind with no name at all: no body."""
    if m.section != "organisations" or m.ids or not m.name.endswith(("工作室", "基地")):
        return False
    rest = m.name
    while True:
        head = next((n for n in (4, 3, 2) if rest[:n] in ctx.gaz or rest[:n] in ("中国", "全国")), None)
        if head is None:
            break
        rest = rest[head:]
    given = re.match(r"[\u4e00-\u9fff]{0,12}?(?:工会|协会|集团)", rest)
    if _KIND_OF_SITE.fullmatch(rest) is None and (given is None or _KIND_OF_SITE.fullmatch(rest, given.end()) is None):
        return False
    text = ctx.compact
    verb = r"(?:命名为|命名的|获评|评为|列为|授予|认定为|入选|首个|首家)"
    conferred = re.search(verb + r"[\u4e00-\u9fff]{0,6}$", text[max(0, m.cstart - 12):m.cstart]) is not None
    if rest == m.name and given is None:  # 高技能人才创新工作室9个: a kind counted, no name (“某某”创新工作室: the marks name it)
        return conferred or re.match(r"\d+[个家所]", text[m.cend:m.cend + 5]) is not None
    quoted = text[m.cstart - 1:m.cstart] == "“" and text[m.cend:m.cend + 1] == "”"
    # (进一步发挥“萧山区产业工人培训基地”孵化作用: a site the story names, no title given)
    return (quoted and (re.search(verb + r"[“]?$", text[max(0, m.cstart - 8):m.cstart]) is not None
                        or text[m.cstart - 2:m.cstart] == "”“" or text[m.cend:m.cend + 2] == "”“"
                        or re.match(r"”(?:荣誉)?(?:称号|授牌|挂牌)", text[m.cend:m.cend + 5]) is not None) or conferred)


_BODY_THEN_VERB = re.compile(r"(?:总工会|工会|公司|政府|集团).*?(?:紧紧|积极|充分|持续|认真|始终|不断|大力|全力)?"
                             r"(?:围绕|聚焦|坚持|立足|发挥|深化|推进|服务(?!中心|站|驿站|大厅|窗口|队))")  # (…总工会职工服务中心: a unit)
# What no organisation's name holds: a count (1587名), a verb of visiting inside it, a machine tool's name, a
# generic site alone, 工会 after a verb or 全体 (杭州充分发挥工会“大学校”作用, 普惠全体工会会员)
_NO_NAME_RX = re.compile(r"\d+(?:余|多)?[名人家个项]|^.{2,}?(?:调研|走访|看望|慰问|考察|视察)|加工中心$|(?:发挥|普惠|全体)工会$|"
                         r"^(?:城市|温馨|和谐|创新|谢谢|感谢|普及|新一轮|卓越|金秋|中国)工会$|"  # (中国工会十八大精神: the unions at large)
                         r"^(?:职工|职业|技能|培训|实训|教育|产业工人)*(?:培训|实训)基地$|"
                         r"中小学$|(?:开展|组织|推动|推进|加强|建立|成立)工会$")  # (某省第九届中小学青年教师…; 某市总工会积极开展工会扶持…)


def _without_a_stray_head(m: Mention) -> Mention:
    """据甘肃工人报 (a source's 据), 某市总工会工会 (工会 printed twice): the name without them."""
    if m.section != "organisations" or m.ids or not m.proposal:
        return m
    if m.name.startswith("据") and len(m.name) > 3:
        return Mention(m.section, m.name[1:], m.cstart + 1, m.cend, m.ids, m.confidence,
                       {**m.proposal, "name": m.proposal.get("name", m.name).removeprefix("据")})
    count = re.match(r"[一两二三四五六七八九十]+[场次个批项家名位]", m.name)
    if count and len(m.name) - count.end() >= 4:  # 举办了一场某经开区总工会…活动: the count is the verb's, not the name's
        k, full = count.end(), m.proposal.get("name", m.name)
        return Mention(m.section, m.name[k:], m.cstart + k, m.cend, m.ids, m.confidence,
                       {**m.proposal, "name": full[k:] if full.startswith(m.name[:k]) else full})
    if m.name.endswith("总工会工会"):
        return Mention(m.section, m.name[:-2], m.cstart, m.cend - 2, m.ids, m.confidence,
                       {**m.proposal, "name": m.proposal.get("name", m.name).removesuffix("工会")})
    return m


# A verb a name was grown back over (吴某代表省总工会, 刘某系县商务系统百货公司, 大会嘉勉株洲某厂, 职工游览市总工会)
_VERB_HEADS = ("代表", "系", "领学", "嘉勉", "表彰", "看望", "慰问", "带领", "率领", "陪同", "走访", "调研", "参观", "考察",
               "来到", "前往", "走进", "深入", "游览", "致信", "感谢", "邀请", "荣获", "获得", "申报", "社会力量", "是")
# Words no name opens with, whatever follows them (成功申报某某磷矿, 引导社会力量某某银行参与, …的感慨，是某街道总工会推动…)
_NEVER_HEADS = ("申报", "社会力量", "是")
# Verbs no name holds, wherever in it (他们来自顺丰, 夏令营设置甬江实验学校, 荣获集团公司, 某总工会携手某工会联合会), and a
# firm's kind printed before its name (厦门台资企业某某公司, 世界500强企业某某有限公司): the name starts after them
_CUT_AFTER = re.compile(r"^.*?(?:来自|设置|荣获|携手|(?:外资|外商投资|台资|港资|合资|独资|世界500强)企业(?:之一)?(?!工会|联合|协会))"
                        r"(?=[\u4e00-\u9fff“]{2})")
# two bodies joined by a conjunction the tokens glue (惠州市委和省总工会: 委和省/ns)
_JOINED = re.compile(r"^(.+?(?:委|政府|局|总工会|工会|公司))[和及与]((?:省|市|县|区)[\u4e00-\u9fff]{2,})$")


def _trim_verb_head(ctx: PageContext, m: Mention) -> Mention:
    """A name grown back over a verb or a conjunction the tokens hide (吴某代表省总工会 → 省总工会, 惠州市委和省总工会
    → 省总工会): the body after it, when it opens with a place or its level (after 来自, 设置, 荣获 or 携手, whatever it
    opens with)."""
    if m.section != "organisations" or m.ids:
        return m
    post = re.search(r"(?:领衔人|负责人|带头人)(?=.)", m.name)
    if post and m.name[:post.start()].endswith(ORG_SUFFIXES) and len(m.name[:post.start()]) >= 4:
        name = m.name[:post.start()]  # 某某工作室领衔人工作室: the studio, then its head's post
        refs = [e for sec, e in ctx.names.get(name, []) if sec == "organisations"]
        return Mention(m.section, name, m.cstart, m.cstart + len(name), refs[:1], m.confidence,
                       None if refs else {**(m.proposal or {}), "name": name})
    joined = _JOINED.match(m.name)
    cut = len(joined.group(1)) + 1 if joined else None
    if cut is None and (after := _CUT_AFTER.match(m.name)):
        cut = after.end()
    for verb in _VERB_HEADS if cut is None else ():
        k = m.name.find(verb)
        rest = m.name[k + len(verb):] if k >= 0 else ""
        if len(rest) >= 3 and (k == 0 and verb in _NEVER_HEADS or rest[0] in "省市县区" or rest.startswith(("国家", "中国", "中华", "全国")) or any(rest[:n] in ctx.gaz for n in (2, 3, 4))):
            cut = k + len(verb)
            break
    tok = ctx.tok_at(m.cstart)
    if cut is None and tok is not None and tok[1] in ("nr", "nrfg") and len(tok[0]) in (2, 3) and len(m.name) - len(tok[0]) >= 5:
        sp, raw = ctx.span(m.cstart, m.cstart + len(tok[0])), ctx.page.text
        if raw[sp.start - 1:sp.start] in ("", "\n") and raw[sp.end:sp.end + 1].isspace():
            cut = len(tok[0])  # 李某 四川某某有限责任公司总工程师 (a line of its own): the person, then the company
    return m if cut is None else _from(ctx, m, cut)


def _from(ctx: PageContext, m: Mention, cut: int) -> Mention:
    """Mention ``m`` without its first ``cut`` characters: the registry's entry of what is left, or
    its proposal with the name cut as well."""
    name = m.name[cut:]
    refs = [e for sec, e in ctx.names.get(name, []) if sec == "organisations"]
    proposal = {**(m.proposal or {}), "name": name} if (m.proposal or {}).get("name") in (None, m.name) else \
        {**m.proposal, "name": m.proposal["name"][-len(name):] if m.proposal["name"].endswith(name) else name}
    return Mention(m.section, name, m.cstart + cut, m.cend, refs[:1], m.confidence, None if refs else proposal)


def _without_people_before(ctx: PageContext, m: Mention) -> Mention:
    """A name grown back over the people printed before it (a table flattened into a line: 某某 某某
    黑龙江省某某公司; a byline run into the story: 通讯员某某 记者某某 某区总工会; a graded worker:
    特级技师某某 湖北某某有限公司; 全部由江铃集团工会承担: 由江铃/nr): the body from the place after the
    last person's name."""
    if m.section != "organisations" or m.ids:
        return m
    cut = None
    if m.name.startswith("由") and len(m.name) >= 5 and re.search(r"(?:全部|都|均|统一|主要|分别|一律|则|将|[，。、；：])$",
                                                                 ctx.compact[max(0, m.cstart - 2):m.cstart]):
        cut = 1
    pos, before = m.cstart, None
    while pos < m.cend:
        tok = ctx.tok_at(pos)
        if tok is None:
            pos += 1
            continue
        word, flag = tok
        rest = ctx.compact[pos + len(word):m.cend]
        # (after a post or a grade, 记者某某, 特级技师某某, or another person's name: never a brand at the
        # name's head, 卓郎/nr 新疆某某有限公司)
        if flag in ("nr", "nrfg") and len(word) in (2, 3) and len(rest) >= 4 and before is not None and \
                (before[1] in ("nr", "nrfg") or before[0].endswith(("记者", "通讯员", "技师", "工程师", "师", "员"))) and \
                (rest[0] in "省市县区" and rest[1:2] not in ("级", "属", "直") or any(rest[:n] in ctx.gaz for n in (2, 3, 4))):
            cut = pos + len(word) - m.cstart
        pos, before = pos + len(word), tok
    lines = [k for k in ctx.line_starts if m.cstart < k < m.cend - 3] if cut is None else []
    if lines and all(re.fullmatch(r"图片|图|[\u4e00-\u9fff]{2,3}", ctx.compact[a:b]) and (
            ctx.compact[a:b] in ("图片", "图") or ctx.compact[a] in SURNAMES) for a, b in zip([m.cstart, *lines], lines)):
        cut = lines[-1] - m.cstart  # 图片 / 林某某 / 某某股份有限公司 (a profile card): the body's own line
    joined = None if cut is not None else re.search(r"(?:公司|集团|厂)[和与及](?=[\u4e00-\u9fff]{4})", m.name)
    if joined:  # 甲电子科技公司和业成木业有限公司 (jieba: 和业/nz): two firms; the one the ending names, after 和
        cut = joined.end()
    return m if cut is None else _from(ctx, m, cut)


def _over_the_parts(out: list[Mention], found: list[Mention], registered: bool = True) -> list[Mention]:
    """``out`` with ``found`` added and the organisations printed strictly inside one of them left out
    (a registry body too, unless ``registered`` is False)."""
    return [m for m in out if not (m.section == "organisations" and (registered or not m.ids) and any(
        x.cstart <= m.cstart and m.cend <= x.cend and (x.cstart, x.cend) != (m.cstart, m.cend) for x in found))] + found


def find_mentions(ctx: PageContext) -> list[Mention]:
    """Every mention of the page, by compact offset."""
    toks = ctx.tokens
    where = Places(ctx, home_province(ctx))
    rules = OrganisationRules(ctx, where)
    out: list[Mention] = []
    i = 0
    while i < len(toks):
        word, flag, pos = toks[i]
        refs = ctx.names.get(word)
        # unseen organisation ending in a suffix: grow it backwards over name-like tokens
        suffix = next((s for s in _ALL_SUFFIXES if word.endswith(s)), None) if word.endswith(_ALL_SUFFIXES) else None
        if suffix == "联会" and (word != "联会" or ctx.compact[max(0, pos - 2):pos] != "工会"):
            suffix = None  # (联会 ends a name after 工会 only: 某某业工会/n 联会/n)
        if suffix in _NO_BODY_AFTER and _NO_BODY_AFTER[suffix].match(ctx.compact, pos + len(word)):
            suffix = None  # 大学习, 人大代表, 中心工作: the ending is part of another word
        if suffix and not refs:
            found = [_without_people_before(ctx, m) for m in rules.org_from(toks, i, suffix)]
            if found:
                for m in found:  # 毕节市人民政府驻广州办事处: the office whole, not the government it is of as well
                    if "驻" in m.name and m.name.endswith(STATIONED_ENDINGS) or suffix == "联会":  # (某某业工会联会: not its 工会)
                        out = [x for x in out if not (x.section == "organisations" and m.cstart <= x.cstart and x.cend < m.cend)]
                out.extend(m for m in found if not any((x.cstart, x.cend) == (m.cstart, m.cend) for x in out))
                i += 1
                continue
        if refs and refs[0][0] == "organisations" and len(word) <= 2 and ctx.compact[pos + len(word):pos + len(word) + 1] in ("镇", "乡", "村"):
            refs = None  # 三星乡: a town's name, not the company the registry calls 三星
        if refs and len(word) >= 2:
            section = refs[0][0]
            if section != "documents":
                nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
                if section == "regions" and nxt in ("总", "总工会") and word.endswith(("省", "市", "县", "区")):
                    pass  # handled as an organisation below
                elif section == "organisations" and re.fullmatch(r"(?:股份)?有限(?:责任)?公司", nxt):
                    # 中建三局有限公司: the registry's company by its registered name as printed
                    out.append(Mention(section, word + nxt, pos, pos + len(word) + len(nxt), [e for _, e in refs], 0.9))
                    i += 2
                    continue
                elif section == "regions" and _no_place_here(ctx, word, pos, None, all(
                        ctx.registry.regions[e].name != word for _, e in refs if e in ctx.registry.regions), where.home_province):
                    i += 1  # 安康祥和的元旦, 掌中安徽: a registry region's name that names no place here
                    continue
                else:
                    # 某省国防工会委员会: the registry's union printed with its committee's name, one name
                    end = pos + len(word) + (3 if section == "organisations" and word.endswith("工会")
                                             and ctx.compact.startswith("委员会", pos + len(word)) else 0)
                    at = pos
                    province = out[-1] if out and out[-1].section == "regions" and out[-1].cend == pos else None
                    if section == "organisations" and province is not None and province.name.endswith(("省", "自治区")) and any(
                            p.level in ("prefecture", "county") and p.province == q.province and word.startswith(p.name)
                            for n in range(2, 5) for p in ctx.gaz.get(word[:n], []) for q in ctx.gaz.get(province.name, [])
                            if q.level == "province"):
                        at = out.pop().cstart  # 江苏省常州市总工会: the registry's union printed with its province, one name
                    out.append(Mention(section, ctx.compact[at:end], at, end, [e for _, e in refs], 0.9))
                    i += 1
                    continue
        places = ctx.gaz.get(word)
        nflag = toks[i + 1][1] if i + 1 < len(toks) else "x"
        short = places and all(p.name != word for p in places)
        sector = i + 2 < len(toks) and nflag in ("n", "vn") and toks[i + 2][0] in ("行业", "产业", "领域") and flag == "ns"
        zone_next = i + 1 < len(toks) and toks[i + 1][0] in ("新区", "开发区", "高新区", "经开区", "保税区", "自贸区", "示范区") \
            and places and all(p.level == "county" and p.province != where.home_province for p in places)
        # (香港, 澳门, 台湾: printed short almost always, 澳门人力资源 the place's; never inside a body's name, below)
        sar = short and flag == "ns" and all(p.level == "province" and p.code[:2] in ("71", "81", "82") for p in places) \
            and not re.match(r"[\u4e00-\u9fff]{0,14}?(?:工会|工联|劳联|总会|协会|学会|公司|集团|大学|学院|代表团|代表队|政府|局|署|处|"
                             r"办公室|馆|中心|研究所|委员会|报)", ctx.compact[pos + len(word):pos + len(word) + 18]) \
            and ctx.compact[pos - 1:pos] != "《"
        if short and (flag != "ns" or nflag in ("n", "nz", "vn", "nt", "j") or zone_next) and not sector and not sar:
            places = None  # 西山煤电, 长兴建筑, 新建: a short form inside another name, or a word (荆州家政行业: the place's
            # trade); 曲江/ns 新区/ns: a zone's name (西安曲江新区), never a county of another province (曲江区)
        if places and word[:-1] in ("新建", "创建", "组建", "筹建", "扩建", "改建", "兴建", "共建") and \
                ctx.compact[pos + len(word):pos + len(word) + 1] == "级":
            places = None  # 新建区级培训学院: the verb and a district-level body, not 新建区
        if short and word in WORD_PLACES:
            places = None  # 新建会108家, 比如, 南部: a common word, the place only when printed whole (新建区)
        if places and (flag == "ns" or places[0].name == word) and len(word) >= 2:
            nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
            if nxt == "总" and word.endswith(("省", "市", "县", "区")):
                name = word + "总"
                out.append(Mention("organisations", name, pos, pos + len(name), [], 0.7,
                                   {"name": word + "总工会", "aliases": [name], "kind": "union-federation"}))
                i += 2
                continue
            place = where.pick(places)
            if word == "龙江" and not ctx.compact.startswith("县", pos + 2):
                place = next(p for p in ctx.gaz.get("黑龙江省") if p.level == "province")  # 龙江: the province's byname
            if place and _no_place_here(ctx, word, pos, place, short, where.home_province):
                place = None
            if place:
                conf = 0.85 if place.name == word else 0.6
                reg_id = where.registry_region(place)
                prop = None if reg_id else {"name": place.name, "code": place.code, "level": place.level}
                out.append(Mention("regions", word, pos, pos + len(word), [reg_id] if reg_id else [], conf, prop))
        i += 1
    # bodies named in part: each rule sees what the ones before it found
    subs = rules.sub_bodies(out)  # 黑龙江省委宣传部: never cut back to 黑龙江省委
    out = [m for m in out if not any(x.cstart <= m.cstart and m.cend <= x.cend and m.section == "organisations"
                                     for x in subs)] + subs
    local = rules.local_bodies(out)  # 市人大常委会: never also 人大常委会
    out = [m for m in out if not any((x.cstart < m.cstart or x.cstart == m.cstart and "note" in (m.proposal or {}))
                                     and m.cend == x.cend and m.section == "organisations" for x in local)] + local
    units = rules.listed_units(out)  # 分别是教科文卫体工会、建筑建材交通机冶工会: never 机冶工会
    out = [m for m in out if not (m.section == "organisations" and any(
        x.cstart <= m.cstart and m.cend <= x.cend for x in units))] + units
    out.extend(rules.listed_enterprises(out))
    out = _over_the_parts(out, rules.company_units(out))  # 某银行股份有限公司某支行: never 某支行 alone
    central = rules.central_enterprises(out)  # 中国能建葛洲坝集团: never also 葛洲坝集团 inside it
    out = [m for m in out if not (m.section == "organisations" and any(x.cstart < m.cstart and m.cend == x.cend for x in central))]
    out.extend(central)
    out.extend(rules.hosts(out))
    out.extend(rules.reform_groups(out))
    out.extend(rules.industry_short_names(out))
    out.extend(rules.town_units(out))
    out = _over_the_parts(out, rules.joint_unions(out))  # 某市快递行业联合工会: never 某市 … 工会 in parts
    out = _over_the_parts(out, rules.trade_unions(out))  # 宜昌市快递行业工会: never 宜昌市 and a kind of union
    out = _over_the_parts(out, rules.street_unions(out))  # 惠山区长安街道总工会: never 惠山区 … 道总工会 in parts
    out = _over_the_parts(out, rules.dashed_zones(out))  # 奎屯—独山子经济技术开发区总工会: never 独山子…总工会 inside it
    out.extend(rules.numbered_schools(out))
    out.extend(rules.numbered_companies(out))
    out.extend(rules.open_universities(out))  # 国家开放大学: 开放 no verb there
    out = _over_the_parts(out, rules.delegations(out))  # 松江代表队: the team, never 松江 alone in it
    out = _over_the_parts(out, rules.volunteer_teams(out))  # 厦门市劳模志愿队: the team, never 厦门市 alone in it
    out.extend(rules.organising_committees(out))
    out = _over_the_parts(out, rules.model_workers_studios(out))  # 某某劳模和工匠人才创新工作室: never 工匠人才创新工作室 alone
    out.extend(rules.listed_with_a_body(out))
    out.extend(rules.short_forms(out))
    out.extend(rules.shorter_names(out))
    out.extend(rules.shared_body_suffix(out))
    out.extend(m for m in rules.party_committees(out) if not any(x.cstart <= m.cstart < x.cend for x in subs))
    out.extend(rules.section_unions(out))
    out.extend(rules.media(out))
    out.extend(rules.this_body(out))
    province = rules.province_bodies(out)  # 省人大常委会: never also 人大常委会; 省委省政府: 省委 and 省政府
    out = [m for m in out if not (m.section == "organisations" and not m.ids and any(
        x.cstart < m.cstart and m.cend == x.cend or x.cstart >= m.cstart and x.cend <= m.cend and x.cend - x.cstart < m.cend - m.cstart
        for x in province))] + province
    out.extend(rules.shared_suffix(out))
    out = _over_the_parts(out, rules.dateline_media(out))  # 中国网武汉3月4日讯: never 国网 inside the medium's name
    out.extend(rules.ministries(out))
    out.extend(rules.platform_brands(out))
    out = _federations_whole(ctx, out)  # 澳门工会联合总会: never 澳门工会 alone
    out.extend(rules.sar_labour_bodies(out))
    out = _over_the_parts(out, rules.mutual_aid_societies(out))  # 中国职工保险互助会重庆办事处: never its parts
    out = _over_the_parts(out, rules.grid_companies(out))  # 国网安徽电力: never 国网 alone
    out.extend(rules.bare_federation(out))
    out.extend(rules.placeless_bodies(out))
    out.extend(rules.departments(out))
    out = _over_the_parts(out, rules.level_departments(out), registered=False)  # 州委办: never also 州委 inside it
    out = _over_the_parts(out, rules.bare_departments(out))  # 人社局和县总工会, 由团市委授予: as printed
    out.extend(rules.level_leaderships(out))  # 响应市委、市政府: the story's place's, its level printed alone
    out = _over_the_parts(out, rules.unions_of_bodies(out))  # 县委宣传部工会: never 县委宣传部 and 宣传部工会 apart
    out = _over_the_parts(out, rules.colleges_of_bodies(out))  # 某大学继续教育学院: never the university alone
    out = _over_the_parts(out, rules.centres_of_unions(out))  # 市总工会职工服务中心: never the union alone
    out = _over_the_parts(out, rules.units_of_federations(out))  # 全国总工会女职工委员会: never the federation alone
    quoted = rules.quoted_bodies(out)  # “陈莉劳模和工匠人才创新工作室”: the whole name, not a part of it
    out = [m for m in out if not any(x.cstart <= m.cstart and m.cend <= x.cend and m.section == "organisations"
                                     for x in quoted)] + quoted
    out.sort(key=lambda x: (x.cstart, x.cstart - x.cend))  # at one offset, the longer name first
    out = [m for m in out if not inside_a_name(ctx, m, out)]
    # 扬州港口集团 inside 扬州港口集团有限公司: the company once, by its whole name; 中建二局 inside
    # 中建二局四公司: the subsidiary's name
    out = [m for m in out if not (m.section == "organisations" and any(
        x.section == "organisations" and x.cstart == m.cstart and x.cend > m.cend and
        (re.fullmatch(r"(?:（[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+）)?(?:[（(][\u4e00-\u9fff]{2,12}[）)])?"
                      r"(?:[\u4e00-\u9fff]{0,4}?(?:股份)?有限(?:责任)?公司|[一二三四五六七八九十]+(?:分)?公司|联合会|委员会|公司|"
                      r"幼儿园|小学|学校|卫生院)?"
                      r"(?:第[一二三四五六七八九十〇零\d]+研究所)?",
                      ctx.compact[m.cend:x.cend])
         # 中国电信股份有限公司北京分公司, 国网天津电力公司: a company's branch or unit named from its place
         or re.fullmatch(r"[\u4e00-\u9fff]{2,8}?(?:分公司|公司|分行|支行)", ctx.compact[m.cend:x.cend])
         and any(ctx.compact[m.cend:m.cend + n] in ctx.gaz for n in (2, 3)))
        for x in out))]  # (…社区工会 inside …社区工会联合会: the federation of unions, once; …街道中心 inside …街道中心幼儿园)
    # 某机关工会第一届委员会: the union's committee of one term, the union itself (named once, by its name)
    out = [m for m in out if not (m.section == "organisations" and not m.ids and re.search(
        r"工会(?:联合会)?第[一二三四五六七八九十\d]+届(?:委员会|经费审查委员会)$", m.name) and any(
        x.section == "organisations" and x.cstart == m.cstart and x.cend < m.cend and ctx.compact[x.cend] == "第" for x in out))]
    # 城建工会联合会 inside 市城建工会联合会: the sectoral body of the city (or province), once
    out = [m for m in out if not (m.section == "organisations" and not m.ids and any(
        x.section == "organisations" and x.cstart == m.cstart - 1 and x.cend == m.cend and ctx.compact[x.cstart] in "省市县区"
        for x in out))]
    # 河钢集团 inside 河钢集团邯钢公司邯宝炼钢厂: the unit of the group named whole, the group no body of this mention
    out = [m for m in out if not (m.section == "organisations" and not m.ids and m.name.endswith(("集团", "公司", "局")) and any(
        x.section == "organisations" and x.cstart == m.cstart and x.cend > m.cend and
        re.fullmatch(r"[\u4e00-\u9fff]{2,16}?(?:厂|公司|分公司|矿|项目部|研究所|研究院)", ctx.compact[m.cend:x.cend])
        for x in out))]
    # 新汶矿业集团 in 山东能源集团（新汶矿业集团）有限责任公司: the company's former name in its brackets, no body
    out = [m for m in out if not (m.section == "organisations" and not m.ids and ctx.compact[m.cstart - 1:m.cstart] in "（(" and
                                  ctx.compact[m.cend:m.cend + 1] in "）)" and any(
        x.section == "organisations" and x.cstart < m.cstart and m.cend < x.cend for x in out))]
    # 中国铁路济南局 inside 中国铁路济南局集团(公司): the group, no bureau of its own
    out = [m for m in out if not (m.section == "organisations" and not m.ids and m.name.endswith("局") and any(
        x.section == "organisations" and x.cstart == m.cstart and x.cend > m.cend and ctx.compact.startswith("集团", m.cend)
        for x in out))]
    # 中建二局四公司党委书记: the post 党委书记 of the company, no body 党委 of its own
    out = [m for m in out if not (m.section == "organisations" and not m.ids and m.name.endswith("党委") and
                                  re.match(r"副?书记", ctx.compact[m.cend:m.cend + 3]) and any(
        x.section == "organisations" and x.cstart == m.cstart and x.cend == m.cend - 2 for x in out))]
    # 被命名为“某盟职工创新工作室”: a title given, no body, however the name was found
    out = [m for m in out if m.ids or m.section != "organisations" or not title_given(ctx.compact, m.cstart, m.cend)]
    out = [m for m in out if m.section != "organisations" or not _site_in_title_line(ctx, m)]
    # 贵州茅台酒厂 inside 贵州茅台酒厂（集团）公司: the company, no factory of its own
    out = [m for m in out if not (m.section == "organisations" and not m.ids and ctx.compact[m.cend:m.cend + 1] in "（(" and any(
        x.section == "organisations" and x.cstart <= m.cstart and x.cend > m.cend + 1 for x in out))]
    out = [t for t in (_trim_glued_head(ctx, _trim_verb_head(ctx, m)) for m in out) if t is not None]
    # 兴安路工会驿站, 智能化工会驿站: a union's station, no union of that name; 青浦、吴江、嘉善三地总工会: the
    # unions of the places listed, no body 嘉善三地总工会
    out = [m for m in out if m.section != "organisations" or m.ids or not (
        m.name.endswith("工会") and ctx.compact.startswith("驿站", m.cend) or re.search(r"[两三四五六七八九十]地(?:总)?工会$", m.name))]
    out = [_with_its_place_head(ctx, m, out) for m in out]
    out = [_whole_in_quotes(ctx, m, out) for m in out]
    out = [_after_a_dateline_or_markup(m) for m in out]
    # 工人先锋号、创新工作室: an honour cut in a list (锋号), no body (a place's unions as a whole, 广东工会, stay: the
    # project's registry holds them; its graders do not — tried, 3 project names fewer)
    out = [m for m in out if m.section != "organisations" or m.ids or not m.name.endswith("锋号")]
    out = [m for m in out if not _an_honours_title(ctx, m)]
    # 享受国务院政府特殊津贴: an allowance's name, no body acting
    out = [m for m in out if m.section != "organisations" or m.name not in ("国务院", "國務院")
           or not re.match(r"(?:政府)?特殊津贴|津贴", ctx.compact[m.cend:m.cend + 6])]
    # “江苏工会服务网”, 菏泽工会会员服务卡, 德州工会职工书屋, “皇姑区工会技术标兵”: a product's or a title's name, no body
    out = [m for m in out if m.section != "organisations" or m.ids or not m.name.endswith("工会") or m.name.endswith("总工会")
           or not re.match(r"(?:”?(?:云|服务网|会员服务卡|服务卡|职工书屋|技术标兵|优胜选手|优秀选手|APP|App|app|公众号|智慧工会))",
                           ctx.compact[m.cend:m.cend + 6])]
    out = [m for m in out if m.section != "organisations" or m.ids or not _no_body(ctx, m)]
    # 全国机冶建材系统职工创新工作室2个: the studios an industry system names, a kind of honour, no body
    out = [m for m in out if m.section != "organisations" or m.ids or not re.search(r"系统(?:职工|劳模|工匠|技能|创新|人才)*工作室$", m.name)]
    # 成立产改领导小组: a group of a kind named by its task alone; 工资集体协商领导小组, 全总驻某县工作队 are named
    out = [m for m in out if m.section != "organisations" or m.ids or not (
        m.name.endswith(("领导小组", "协调小组", "工作队", "工作组", "服务队")) and len(m.name) < 8
        and (m.proposal or {}).get("name", m.name) == m.name)]  # (协调小组 for 省产改领导小组 named before: its short form)
    # 中国工会新闻中国工会新闻…: a site's header repeating its words, no name (a name holds no three characters twice)
    out = [m for m in out if m.section != "organisations" or m.ids or not re.search(r"(.{3,}).*\1", m.name)]
    # 邻水县总工会紧紧围绕党委中心工作: a body, its verb and the verb's object, no name (the body is one of its own)
    out = [m for m in out if m.section != "organisations" or m.ids or not _BODY_THEN_VERB.search(m.name)]
    # 安徽省祁门县1587名建筑工程项目部, 工业园区调研基层工会, 数控加工中心 (a machine), 培训基地 alone: no name
    out = [m for m in out if m.section != "organisations" or m.ids or not _NO_NAME_RX.search(m.name)]
    out = [_without_a_stray_head(m) for m in out]
    out = [_quoted_head(ctx, m) for m in out]
    out = [_with_its_unit(ctx, _with_its_branch(ctx, m, out), out) for m in out]
    out = _chained_units(ctx, out)
    out = _union_cells(ctx, out)
    out = [_body_of_a_department(ctx, m) for m in out]
    out = [_place_of_the_event(ctx, m, out) for m in out]
    out = [_without_its_province(ctx, _zone_of_the_story(ctx, m, out)) for m in out]
    out = [_firm_s_own_name(ctx, m) for m in out]
    out = [m for k, m in enumerate(out) if not any((x.section, x.cstart, x.cend) == (m.section, m.cstart, m.cend) for x in out[:k])]
    titles = [(t.start(), t.end()) for t in DOC_TITLE_RX.finditer(ctx.compact)]
    # a name inside a 《title》 is part of the title (《西安高新区职工创新工作室管理办法》), unless the registry knows it
    # or it is the federation or government issuing it, opening the title (《江西省总工会…三年行动方案》), or a
    # newspaper that is the whole title (《工人日报》刊登)
    return [m for m in out if m.ids or m.section != "organisations" or not any(a < m.cstart < b for a, b in titles)
            or any(m.cstart == a + 1 for a, _b in titles) and re.search(r"(?:总工会|人民政府|政府|委员会)$", ctx.compact[m.cstart:m.cend])
            or (m.proposal or {}).get("kind") == "media" and any((m.cstart, m.cend) == (a + 1, b - 1) for a, b in titles)]


# What follows a place that only heads another name: a medium (中国青年网, 中国工人报), a slogan
# (中国梦, 中国制造), a title (中国牡丹之都, 中国专利奖), a central enterprise (中国中铁, 中国建筑), a province's
# aid programme (山东援疆), its port group (山东港口青岛港) or a zone's part named for a province (某试验区广西片区)
_NAME_AFTER_PLACE = re.compile(r"(?:[\u4e00-\u9fff]{0,4}(?:网|日报|报|电视台|客户端)(?![\u4e00-\u9fff]{0,2}(?:络|名|告|到|送))|在线(?![\u4e00-\u9fff])"
                               r"|梦|制造|创造|智造|式现代化|特色|牡丹|片区|[\u4e00-\u9fff]{0,4}之(?:都|乡|城)|专利|"
                               r"中铁|中建|中交|中冶|中化|中核|铁建|建筑|电建|能建|石油|石化|移动|联通|电信|银行|人寿|一汽|中车|"
                               r"援疆|援藏|援青|港口(?=[\u4e00-\u9fff]{1,4}港|集团))")
# A park or a town of a trade named from a place (某省某市某某国际家纺产业园, 中国西部工匠城): the park's, no region
_PARK_AFTER_PLACE = re.compile(r"(?:(?![省市县区州的在和与及对为从向是把被将了有等])[\u4e00-\u9fff]){0,10}?"
                               r"(?:产业园|工业园|工匠城|家纺城|科技城|产业城)")
# An honour, a title or an award named for a place's level (全国五一劳动奖章, 全国劳动模范和先进工作者
#表彰大会, 福建省示范性劳模工作室, 全国创新争先奖状): the place is the honour's, no region
_HONOUR_AFTER_PLACE = re.compile(r"(?:五一|劳动模范|模范|示范性|先进|优秀|工人先锋|十佳|最美|百强|创新争先|技术能手|金牌|巾帼|青年文明号|三八红旗)")
# The country heading the name of an event held in its name (全国发明展览会, 全国建筑行业职业技能竞赛焊工决赛,
# 全国职工中式台球大赛): the event's, no region
_EVENT_AFTER_COUNTRY = re.compile(r"[^，。；、：,;:\s“”（）()]{0,14}?(?:展览会|博览会|交易会|运动会|大赛|决赛|复赛|竞赛|比赛|锦标赛|论坛|"
                                  r"交流会|交流大会|赛事|发明展)")
# A rank or a deputy's title after 全国/全省 (全国首个, 全省第一家, 全国人大代表, 全省政协委员): no region
_RANK_OR_TITLE_AFTER_LEVEL = re.compile(r"(?:首个|首家|首批|首部|首座|首条|首创|首位|第一|唯一|最大|最早|领先|一流|人大代表|人大常委会委员|政协委员|党代会代表|党代表)")
# After a country named on its own: punctuation, a verb, a preposition, a conjunction, a particle
_STANDALONE_FLAGS = {"v", "vn", "p", "c", "u", "uj", "ul", "d", "x", "r", "m", "f"}


_DEPARTMENT_AFTER_BODY = re.compile(r"(.{2,}?(?:医院|公司|集团|大学|学院|学校|研究院|研究所))"
                                    r"(?:[\u4e00-\u9fff]{1,6}?(?:处|科|办公室|室|部|车间|队|中心|作业区|工段|分厂))+")
# Posts of a shop floor after a department (…公司加工中心操作工, …厂冷轧作业区班长)
_SHOP_POSTS = ("操作工", "班长", "组长", "班组长", "技术员", "技师", "高级技师", "首席技师", "工程师", "高级工程师", "技术主管")


# A unit printed right after its body, then a list's mark or the honour it won (某公司金工分厂、某公司保洁二组荣获…)
_SUBUNIT_AFTER = re.compile(r"((?:(?:(?![等和与及])[\u4e00-\u9fff\d]){1,8}?(?:分公司|分厂|车间|作业区|项目部|研发部|技术部|事业部|"
                            r"车队|大队|支队|中队|机关|科))+)(?=[、，,。；;等]|荣获|获得|获评|被评为|被授予|被命名)")


# a central firm's regional institute (华东院, 西北院) or a firm's branch in a place (大连分公司), printed right after it
_BRANCH_AFTER = re.compile(r"([东西南北华中]{2}院)(?![长士])|([\u4e00-\u9fff]{2,3}?)分公司")


def _with_its_branch(ctx: PageContext, m: Mention, out: list[Mention]) -> Mention:
    """中国电建华东院, 中国中铁九局集团大连分公司: a central firm's regional institute, or a firm's branch in a
    place, printed right after the firm, is one name: the institute's or the branch's."""
    branch = _BRANCH_AFTER.match(ctx.compact, m.cend) if m.section == "organisations" else None
    if branch is None or not (branch.group(1) and m.name.startswith("中") and (m.proposal or {}).get("kind") == "enterprise"
                              or branch.group(2) and branch.group(2) in ctx.gaz and m.name.endswith(("集团", "公司"))) \
            or any(x is not m and x.section == "organisations" and m.cend <= x.cstart < branch.end() for x in out):
        return m
    name = m.name + branch.group(0)
    full = (m.proposal or {}).get("name", m.name) + branch.group(0) if not m.ids else name
    refs = [e for sec, e in ctx.names.get(name, []) if sec == "organisations"]
    proposal = {k: v for k, v in (m.proposal or {}).items() if k != "note"}  # (the firm's short-name note is not the unit's)
    return Mention("organisations", name, m.cstart, branch.end(), refs[:1], m.confidence,
                   None if refs else {**proposal, "name": full, "kind": "enterprise"})


def _with_its_unit(ctx: PageContext, m: Mention, out: list[Mention]) -> Mention:
    """某公司金工分厂、某医院感染科等: a unit printed right after its body, in a list of honoured units or
    before the honour, is the body named (the longest name printed; before a post it is the body's
    department, :func:`_body_of_a_department`)."""
    if m.section != "organisations" or not m.name.endswith(("公司", "集团", "厂", "医院", "局", "分局", "政协", "学校", "学院")):
        return m
    unit = _SUBUNIT_AFTER.match(ctx.compact, m.cend)
    if unit is None or unit.group(1) in ("班组", "科室", "车间", "部门", "机关") and not m.name.endswith("政协") or any(
            x is not m and x.section == "organisations" and m.cend <= x.cstart < unit.end(1) for x in out):
        return m
    name = m.name + unit.group(1)
    full = (m.proposal or {}).get("name", m.name) + unit.group(1) if not m.ids else name
    refs = [e for sec, e in ctx.names.get(name, []) if sec == "organisations"]
    return Mention("organisations", name, m.cstart, unit.end(1), refs[:1], m.confidence,
                   None if refs else {**(m.proposal or {}), "name": full})


def _chained_units(ctx: PageContext, out: list[Mention]) -> list[Mention]:
    """国网某省电力有限公司某某供电公司, 中国铁路某局集团有限公司某某机务段: a company's unit printed right after
    the company's registered name is one name, the unit's (its parent printed within it)."""
    drop, merged = set(), {}
    orgs = [m for m in out if m.section == "organisations"]
    for a in orgs:
        if not a.name.endswith(("有限公司", "有限责任公司", "集团")):
            continue
        b = next((x for x in orgs if x.cstart == a.cend and x is not a and not x.ids and len(x.name) <= 10
                  and x.name.endswith(("供电公司", "分公司", "公司", "厂", "段", "矿", "站", "所", "中心"))), None)
        if b is None or id(a) in drop:
            continue
        name = ctx.compact[a.cstart:b.cend]
        refs = [e for sec, e in ctx.names.get(name, []) if sec == "organisations"]
        merged[id(a)] = Mention("organisations", name, a.cstart, b.cend, refs[:1], min(a.confidence, b.confidence),
                                None if refs else {"name": name, "kind": (b.proposal or {}).get("kind", "enterprise")})
        drop.add(id(b))
    return [merged.get(id(m), m) for m in out if id(m) not in drop]


# A union's branch or group printed after its body and units, to a list's mark (某某有限公司某车间工会小组,
# 某某公司工会委员会某某分会, 某分公司10000号客户服务中心工会分会)
_UNION_CELL_RX = re.compile(r"(?:[^、，,。；;：:“”（）()\s]|[（(][\u4e00-\u9fff]{1,6}[）)]){2,44}?(?:工会委员会(?:[\u4e00-\u9fff]{2,6}分会)?|工会分会|工会小组)(?=[、，,。；;”）)\s]|$)")


def _union_cells(ctx: PageContext, out: list[Mention]) -> list[Mention]:
    """某公司某车间工会小组, 某公司工会委员会某某分会 in a list of honoured units (模范职工小家): the union's branch or
    group is the name, whole, from the first name after the list's mark; the names inside it are no mentions of their own."""
    text, cells, taken = ctx.compact, [], []
    for m in sorted((m for m in out if m.section == "organisations"), key=lambda m: m.cstart):
        if any(a <= m.cstart < b for a, b in taken) or not (m.cstart == 0 or text[m.cstart - 1] in "、，,。；;：:“（(\n" or m.cstart in ctx.paragraph_starts):
            continue
        cell = _UNION_CELL_RX.match(text, m.cstart)
        if cell is None or cell.end() <= m.cend:
            continue
        name = cell.group(0)
        refs = [e for sec, e in ctx.names.get(name, []) if sec == "organisations"]
        cells.append(Mention("organisations", name, m.cstart, cell.end(), refs[:1], 0.6, None if refs else {"name": name, "kind": "union"}))
        taken.append((m.cstart, cell.end()))
    if not cells:
        return out
    kept = [m for m in out if m.section != "organisations" or not any(a <= m.cstart < b for a, b in taken)]
    return sorted(kept + cells, key=lambda m: m.cstart)


def _body_of_a_department(ctx: PageContext, m: Mention) -> Mention:
    """某医院某处某办公室主任: an internal department printed only before its head's post is no
    body of its own; the body is the hospital, the company or the school that leads the name."""
    text = ctx.compact
    dept = _DEPARTMENT_AFTER_BODY.fullmatch(m.name) if m.section == "organisations" and not m.ids else None
    if dept is None or not text.startswith((*POST_WORDS, *_SHOP_POSTS), m.cend):
        return m
    name = dept.group(1)
    refs = [e for sec, e in ctx.names.get(name, []) if sec == "organisations"]
    return Mention("organisations", name, m.cstart, m.cstart + len(name), refs[:1], m.confidence,
                   None if refs else {**(m.proposal or {}), "name": name})


def _place_of_the_event(ctx: PageContext, m: Mention, out: list[Mention]) -> Mention:
    """在唐山河钢集团唐钢公司举办, and 河钢集团… printed elsewhere without the city: the city is
    where, the name is the rest (a registered name, …有限公司, keeps its place)."""
    if m.section != "organisations" or m.ids or m.name.endswith(("有限公司", "有限责任公司")) or \
            not m.name.endswith(("公司", "集团", "厂")):
        return m
    place = next((m.name[:k] for k in (3, 2) if m.name[:k] in ctx.gaz), "")
    rest = m.name[len(place):] if place else ""
    if len(rest) < 4 or not any(x.section == "organisations" and x.cstart != m.cstart + len(place) and x.name.startswith(rest[:4])
                                and not ctx.compact[:x.cstart].endswith(place) for x in out):
        return m
    refs = [e for sec, e in ctx.names.get(rest, []) if sec == "organisations"]
    return Mention("organisations", rest, m.cstart + len(place), m.cend, refs[:1], m.confidence,
                   None if refs else {**(m.proposal or {}), "name": rest})


_PUBLIC_KINDS = ("union-federation", "union", "party", "government")


def _after_a_dateline_or_markup(m: Mention) -> Mention:
    """中国发展网讯四川天府新区眉山总工会, iconSearchdocuments沈北工会: a name grown back over a dateline
    (…网讯, …报讯) or over a page's markup words: the name after it."""
    if m.section != "organisations" or m.ids:
        return m
    cut = re.match(r".*?(?:网|报|台|社)讯|[A-Za-z]*[a-z][A-Za-z]{5,}(?=[\u4e00-\u9fff])", m.name)
    if not cut or len(m.name) - cut.end() < 4:
        return m
    name = m.name[cut.end():]
    prop = m.proposal and {**m.proposal, "name": name if m.proposal.get("name") == m.name else m.proposal.get("name")}
    return Mention(m.section, name, m.cstart + cut.end(), m.cend, m.ids, m.confidence, prop)


def _zone_of_the_story(ctx: PageContext, m: Mention, out: list[Mention]) -> Mention:
    """新区总工会 printed without its zone (沈北新区…, 新区总工会组织…): the union of the one 新区 the
    story names, as 市总工会 is its city's."""
    prop = m.proposal or {}
    if m.ids or m.section != "organisations" or prop.get("name", m.name) not in ("新区总工会", "新区工会"):
        return m
    lo, hi = ctx.crange(ctx.story_at(m.cstart)["span"])
    zones = {(x.proposal or {}).get("name") or (ctx.registry.regions[x.ids[0]].name if x.ids and x.ids[0] in ctx.registry.regions else x.name)
             for x in out if x.section == "regions" and lo <= x.cstart < hi}
    zones = {z for z in zones if z.endswith("新区")}
    if len(zones) != 1:
        return m
    name = zones.pop() + prop.get("name", m.name)[2:]
    return Mention(m.section, m.name, m.cstart, m.cend, m.ids, m.confidence,
                   {**prop, "name": name, "aliases": [m.name, *(a for a in prop.get("aliases", []) if a != m.name)]})


def _without_its_province(ctx: PageContext, m: Mention) -> Mention:
    """吉林省长春市总工会, 内蒙古鄂尔多斯市总工会: a city's or a county's public body printed with its
    province before it is the body its city's name names (长春市总工会, as the page prints it
    elsewhere): one entry, the printed name an alias. (A firm keeps its registered name: 山东临沂…公司.)"""
    prop = m.proposal or {}
    if m.ids or m.section != "organisations" or prop.get("kind") not in _PUBLIC_KINDS:
        return m
    name = prop.get("name") or m.name
    for n in (6, 5, 4, 3, 2):  # 广西壮族自治区, 内蒙古自治区, 吉林省, 吉林
        head, rest = name[:n], name[n:]
        if not any(p.level == "province" for p in ctx.gaz.get(head) or ()):
            continue
        province = next(p for p in ctx.gaz.get(head) if p.level == "province").province
        place = next((rest[:k] for k in range(12, 1, -1) if any(
            p.level != "province" and p.province == province and p.name == rest[:k] for p in ctx.gaz.get(rest[:k]) or ())), None)
        if place and len(rest) > len(place):
            # 黔南布依族苗族自治州瓮安县总工会, 承德市隆化县总工会: the county's, its prefecture left out too
            pref = next((p for p in ctx.gaz.get(place) or () if p.level == "prefecture" and p.name == place), None)
            county = pref and next((rest[len(place):len(place) + k] for k in (5, 4, 3, 2) if any(
                p.level == "county" and p.code[:4] == pref.code[:4] and p.name == rest[len(place):len(place) + k]
                for p in ctx.gaz.get(rest[len(place):len(place) + k]) or ())), None)
            if county and len(rest) > len(place) + len(county):
                rest = rest[len(place):]
            return Mention(m.section, m.name, m.cstart, m.cend, m.ids, m.confidence,
                           {**prop, "name": rest, "aliases": [name, *(a for a in prop.get("aliases", []) if a != rest)]})
        break
    return m


def _firm_s_own_name(ctx: PageContext, m: Mention) -> Mention:
    """云南省昆明市云南京邦达物流科技有限公司, 西宁市青海瑞丰物流有限公司, 内蒙古自治区鄂尔多斯市君正能源化工有限公司:
    the places printed before a firm whose own name starts with a place (a province's after a city, a city's after
    its province) are where it is, not its name; the mention starts at the firm's own name. (山东临沂…公司, 深圳市南山区
    …公司: no level word before, or a district of the city: the name as printed.)"""
    if m.ids or m.section != "organisations" or not m.name.endswith(("有限公司", "有限责任公司", "集团")):
        return m
    name = m.name
    while True:
        head = next((name[:k] for k in range(min(8, len(name) - 5), 1, -1) if name[:k].endswith(("省", "市", "自治区"))
                     and any(p.level in ("province", "prefecture") and p.name == name[:k] for p in ctx.gaz.get(name[:k]) or ())), None)
        if head is None:
            break
        rest = name[len(head):]
        province = any(p.level == "province" for p in ctx.gaz.get(head) or ())
        starts = [p for k in range(2, 6) for p in ctx.gaz.get(rest[:k]) or ()]
        if not any(p.level == "province" or province and p.level == "prefecture" for p in starts):
            break
        name = rest
    if name == m.name:
        return m
    prop = m.proposal or {}
    return Mention(m.section, name, m.cend - len(name), m.cend, [], m.confidence, {**prop, "name": name})


def _quoted_head(ctx: PageContext, m: Mention) -> Mention:
    """A studio whose own name is a quoted word before its kind (“某某+工会”创新工作室): the name
    with its quotation marks, never the bare kind 创新工作室."""
    text = ctx.compact
    if m.section != "organisations" or m.ids or not re.fullmatch(r"(?:劳模|职工|工匠|技能)?(?:创新)?工作室", m.name) \
            or text[m.cstart - 1:m.cstart] != "”":
        return m
    opened = text.rfind("“", max(0, m.cstart - 16), m.cstart - 1)
    if opened < 0 or re.search(r"[，。；、“”]", text[opened + 1:m.cstart - 1]):
        return m
    name = text[opened:m.cend]
    return Mention("organisations", name, opened, m.cend, [], m.confidence, {"kind": "studio", **(m.proposal or {}), "name": name})


def _site_in_title_line(ctx: PageContext, m: Mention) -> bool:
    """The site's name closing a web page's title line (某某标题 - 栏目 - 某某网, 标题_某某网): the
    page's furniture, no body the story names."""
    text = ctx.page.text
    span = ctx.span(m.cstart, m.cend)
    end = text.find("\n", span.end)
    line_lo = text.rfind("\n", 0, span.start) + 1
    return not text[span.end:end if end >= 0 else len(text)].strip() and bool(
        re.search(r"(?:\s[-|｜—–]|[_｜])\s*$", text[line_lo:span.start])) and bool(re.search(r"(?:网|网站|客户端|在线|频道)$", m.name))


def inside_a_name(ctx: PageContext, m: Mention, out: list[Mention]) -> bool:
    """A region that is only part of another name (中国青年网, 中国中铁, 中国梦, 中国牡丹之都), or
    the country inside an organisation's name (全国 in 中华全国总工会) or a place inside an
    enterprise's or medium's: no region of its own. 商南县 in 商南县总工会 stays a region."""
    if m.section != "regions":
        return False
    for x in out:
        if x.section == "organisations" and x.cstart <= m.cstart and m.cend <= x.cend and (x.cstart, x.cend) != (m.cstart, m.cend):
            kind = (x.proposal or {}).get("kind")
            if "china" in m.ids or kind in ("media", "enterprise"):
                return True  # 中华全国总工会, 中国劳动关系学院, 太仓港口有限公司: the place is the name's
            # 商南县总工会: the county's union, and the county a region of the page
    rest = ctx.compact[m.cend:m.cend + 8]
    if _NAME_AFTER_PLACE.match(rest) or _HONOUR_AFTER_PLACE.match(rest.lstrip("“\"「")):  # (全国“五一劳动奖章”)
        return True
    if _PARK_AFTER_PLACE.match(ctx.compact, m.cend):
        return True
    if "china" in m.ids and _EVENT_AFTER_COUNTRY.match(ctx.compact, m.cend):
        return True
    if ("china" in m.ids or m.name.startswith("全")) and _RANK_OR_TITLE_AFTER_LEVEL.match(ctx.compact, m.cend):
        return True  # 全国首个…工作室, 全省第一, 全国人大代表: a rank or a title, no place whose figure follows
    if "china" in m.ids and m.name == "中国" and ctx.compact[m.cstart - 1:m.cstart] == "新":
        return True  # 庆祝新中国成立70周年: the state's founding, an anniversary, no region
    if "china" in m.ids and m.name == "中国":  # the country by name, not 全国: only when it stands alone
        nxt = next((t for t in ctx.tokens if t[2] == m.cend), None)
        return nxt is not None and nxt[1] not in _STANDALONE_FLAGS
    return False
