"""The facts of the in-scope stories, drafted as annotation entries: observations (figures),
policy documents and other measures, designations (recognitions) and people with posts.

Each entry gets its quote, its story, the fields the rules can fill and the ``TODO`` marker
in the ones a person must fill; each is also a :class:`~reformkg.suggest.model.Suggestion`.
"""

from __future__ import annotations

import bisect
import collections
import dataclasses
import functools
import os
import re

from reformkg.annotation.figures import DOC_TITLE_RX, FIND_PRE, find_figures
from reformkg.annotation.grounding import Span
from reformkg.annotation.lint import MARKER
from reformkg.annotation.migrate import decide_status
from reformkg.suggest.context import PageContext
from reformkg.suggest.gazetteer import WORD_PLACES, a_word_not_a_place, is_zone, short_forms
from reformkg.suggest.model import DraftParts, Mention, Suggestion
from reformkg.suggest.organisations import COMPOUND_SURNAMES as _COMPOUND_SURNAMES
from reformkg.suggest.organisations import SHORT_FORM_RX
from reformkg.suggest.stories import headline_like
from reformkg.suggest.organisations import SURNAMES as _SURNAMES
from reformkg.suggest.times import CHANGE_VERBS, dateline, resolve
from reformkg.suggest.tokens import POST_WORDS, word_frequencies

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
# Trades and staff named before a person after the employer (某公司焊工王某, 某中心演员李某): a post of the shop floor
_TRADES = ("焊工", "电焊工", "钳工", "装配钳工", "电工", "车工", "铣工", "维修工", "包装工", "驾驶员", "司机", "瓦检员",
           "检验员", "调度员", "技术人员", "工作人员", "演员", "快递员", "外卖员", "配送员", "骑手", "环卫工人", "环卫工", "清洁工", "保洁员",
           "快递小哥", "外卖小哥", "外卖骑手", "网约车司机", "货车司机")  # (外卖小哥胡某某: the job as the page prints it)
# Posts (longest first when matched): of a body (主席, 党组书记), of a team (班长, 组长, 队长);
# not 负责人, more often followed by a verb (负责人荣获, jieba: 荣获/nr) than by a name
_POSTS = (*(w for w in POST_WORDS if w != "负责人"), "党组成员", "党总支书记", "党支部书记", "党委书记", "副总经理", "总工程师", "秘书长", "副秘书长",
          "处长", "副处长", "科长", "所长", "站长", "班长", "组长", "队长", "车间主任", "主任委员", "委员", "首席技师",
          "女工委员", "分工会主席", "副院长", "副校长", "副会长", "理事长", "副厅长", "党组副书记", "二级巡视员", "一级巡视员",
          "执行董事", "职工董事", "职工监事", "班组长", "领衔人", "副省长", "省长", "副市长", "市长", "副县长", "县长",
          "副区长", "区长", "技术员", "技师", "高级技师", "特级技师", "高级工程师", "工程师", "副总工程师", "工段长", "值班长",
          "作业长", "技术主管", "参事", "操作工", "高级主任操作师", "主任操作师", "高级操作师", "操作师", "专责", "副总干事", "总干事", "干事", "厂长", "副厂长", "矿长", "副矿长", "护士长", "首席技能专家", "首席专家",
          "施工员", "安全员", "质检员", "总监", "艺术总监", "技术总监", "总裁", "副总裁", "执行副总裁", "董事", "总经理助理",
          *_TRADES, "副州长", "州长", "中队长", "大队长", "股长", "园长", "总园长", "设计师", "总设计师", "工艺美术师",
          "创始人", "领头人", "带头人", "技术骨干", "技术督导", "总厨", "行政总厨", "技术总工", "调研员", "一级调研员",
          "二级调研员", "总顾问", "副主任医师", "主任医师", "医师", "教师", "馆长", "副馆长",
          "名师", "专家", "律师", "大师", "劳动模范", "劳模", "大国工匠", "获得者", "技术能手",
          "行长", "副行长", "段长", "副段长", "党委委员", "专职副主席", "村支书", "支书", "总裁助理", "村主任", "副镇长", "镇长", "副乡长", "乡长",
          "首席工程师", "博士", "团长", "副团长", "专干", "工会专干", "工长", "副工长", "列车长", "副列车长",
          "议员", "立法会议员", "立法议员", "议长", "副议长", "总统", "副总统", "荣誉理事长", "荣誉会长", "校长")  # (议员某某: Hong Kong, Macau)  # (主任科员: a civil servant's grade, no post)
# (资深名师某某, 电网检修专家某某, 援助律师某某, 工艺美术大师某某, 全国劳动模范某某; 某支行党委委员、副行长某某, 某中心段长某某)
# 市领导某某、某某出席: a level's leaders listed by name
# 中华技能大奖获得者代表某某, 龙江大工匠代表某某, 青年技能人才代表某某: who speaks for a title's holders
_REPRESENTATIVE_RX = re.compile(r"((?:(?![，。、；：“”‘’（）()的和与及在\d])[\u4e00-\u9fff]){1,12}?(?:获得者|工匠|能手|劳模|劳动模范|技能人才|标兵))代表(?=[\u4e00-\u9fff])")
# 某某、某某等22名员工获得了电工技师职业资格, 某某等7名同志为首席技师: a list given a skill grade or a title
_QUALIFIED_RX = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=确定|认定|评定|聘任|其中|分别))((?:[\u4e00-\u9fff]{2,3}、)*[\u4e00-\u9fff]{2,3})等(?:\d+|[一二两三四五六七八九十百]+)[名位](?:员工|同志|职工|技能人才)?"
                           r"(?:获得了?|取得了?|被评为|被聘为|为)((?:(?![，。、；：“”（）()的和与及])[\u4e00-\u9fff]){0,6}?"
                           r"(?:首席技师|特级技师|高级技师|技师|高级工|中级工|高级工程师|工程师|技术能手|工匠))(?:职业资格|资格|称号|证书|[，。；、])")
# 走访慰问“海南最美农民工”某某、某某: an honour in quotation marks, right before the names of its holders
_QUOTED_TITLE_RX = re.compile(r"“((?:(?![“”，。、；：（）()])[\u4e00-\u9fff]){1,10}?(?:农民工|工匠|劳模|劳动模范|标兵|能手|技术状元|"
                              r"之星|好人|匠人|骑手|快递员|职工|司机|员工|工人|巾帼建功标兵))”"
                              r"(?=[\u4e00-\u9fff])(?!荣誉|称号|评选|活动|奖|提名|候选|示范|团队|工作室|队伍|群体|人才|代表|等|们)")
# Verbs of going to and seeing someone, before a title (又来到全国劳动模范某某家里, 看望慰问了省部级劳模代表某某): no part of it
_VISITS_RX = re.compile(r".*(?:来到|走进|走访|看望|慰问|探望|拜访|邀请|受邀|担任|作为|成为|了|又|向|给|对|到)")


def _title_lead(lead: str) -> str:
    """What qualifies a title before it (全国, 电网检修, 省部级), without the verb printed before it."""
    return _VISITS_RX.sub("", lead)


_LEADERS_RX = re.compile(r"(?<![\u4e00-\u9fff])([省市县区州]|自治区)领导((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3}?)"
                         r"(?=出席|参加|到会|陪同|等(?:出席|参加|到会|陪同)|[，。])")
# Titles printed with what they are of before them (资深名师, 电网检修专家, 中国工艺美术大师, 全国劳动模范)
_TITLED = ("名师", "专家", "律师", "大师", "劳动模范", "劳模", "大国工匠", "获得者", "技术能手")
# Skills and shop-floor posts: no body of their own when printed alone after another's post
_SKILL_POSTS = ("技术员", "技师", "高级技师", "特级技师", "高级工程师", "工程师", "工段长", "值班长", "作业长", "技术主管", "操作工",
                "施工员", "安全员", "质检员", "职工", *_TRADES)
# Titles, and 职工 (a worker): a post only after the employer's name (某公司职工王林, 某公司制造部职工郭庆伟)
_TITLES = ("技师", "高级技师", "特级技师", "高级工程师", "工程师", "职工")
# The workshop, team or trade printed between an employer's name and the post (某公司|焊工|班长, 某厂|机修车间|主任)
_SHOP_RX = re.compile(r"(?:(?![、，。；：“”（）()和与及的在])[\u4e00-\u9fff]){0,5}(?:车间|工段|工区|班组|班|组|队|科|室|站|分厂|作业区|项目部|中心|部|工)")
_NO_SHOP = "组织|举办|开展|表彰|带领|邀请|慰问|看望|走访|召开|参加|聘请|任命|成立|评选"  # verbs, never a shop's name
# A department printed with 部长 as one word (生产部长, 宣传部长)
_DEPARTMENT_WORDS = ("生产", "技术", "质量", "安全", "销售", "财务", "人事", "宣传", "组织", "统战", "工程", "设备", "市场",
                     "采购", "研发", "综合", "党群")
# A job printed after its employer (…公司首席化验师, …林场季节工, …中心主管片区长): up to eight characters ending as jobs do
_OCCUPATION_RX = re.compile(r"((?:(?![、，。；：“”（）()和与及的在])[\u4e00-\u9fff]){1,10}?(?:技师|化验师|工程师|师|值班员|调度员|员|工|长|主管|干部))"
                            r"(?=[\u4e00-\u9fff]{2,4}(?:[，,、。；（(]|说|表示|介绍|获|荣获|被|作为|通过|手把手|看到|非常|等|在(?!于)|已经?|带领))")
_POSTS_RX = re.compile("|".join(sorted(_POSTS, key=len, reverse=True)))
_ORGLESS_POSTS = ("班长", "组长", "班组长", "队长", "首席技师", *_SKILL_POSTS)
# One post of a body, a name and a verb of saying (…副总经理罗宏表示，): the body speaks
_SPEAKER_RX = re.compile(r"(?:(?:(?![、和与及])[\u4e00-\u9fff]){2,10}?(?:部|办公室|中心))?(?:常务|党组)?(?:" +
                         "|".join(sorted(_POSTS, key=len, reverse=True)) +
                         r")[\u4e00-\u9fff]{2,3}?(?:在[\u4e00-\u9fff]{1,6}?上)?(?:介绍|表示|说)[，,：:]")
_AFTER_NAME = ("向记者", "对记者", "介绍", "表示", "说", "指出", "强调", "出席", "主持", "致辞", "讲话", "参加", "带领", "率", "一行", "同志",
               "等", "在", "作", "为", "向", "对", "和", "与", "及", "也", "就", "宣读", "颁发", "表彰", "认为", "告诉", "坦言",
               "回忆", "的", "是", "从", "已", "正", "还", "每", "每天", "连续", "先后", "曾", "近年", "近日", "今年", "去年", "日前",
               "告诉", "代表", "现场", "上台", "寄语", "希望", "要求", "提出", "陪同", "调研", "看望", "慰问",
               "被", "获", "荣获", "荣膺", "当选", "领衔", "接受", "作为", "把", "牵头", "发言", "入选", "一直", "始终", "带队",
               "受邀", "应邀", "深入", "走进", "来到", "参与", "分享", "讲述", "所在", "感慨", "感叹", "笑着", "坦言", "直言",
               "自豪", "激动", "动情", "透露", "解释", "说道", "答道", "回答", "如此", "如是说", "高兴", "开心", "兴奋", "欣慰",
               "则认为", "则表示", "则说")
_TARGET_WORDS = ("力争", "目标", "将达到", "达到", "计划")
# 主席黄玉生到现场观摩: a person going somewhere ends the name before it (jieba may cut 黄玉|生到)
_ARRIVES = ("到现场", "到场", "到会", "前往", "赶赴", "来到", "来")
# A body (a department of it between), a person's name, then the post (某市总工会基层工作部宋某某主任一行)
_NAME_THEN_POST_RX = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<post>副主席|主席|副主任|主任|副部长|部长|副书记|书记|副局长|局长|副处长|处长|副科长|科长|"
                                r"董事长|副总经理|总经理|厂长|矿长|院长|校长)"
                                r"(?=、|，|,|。|；|一行|一起|等|表示|介绍|说|陪同|带队|率队|提出|指出|强调|讲话|致辞)")


# A short clause that reports what follows (《规划》明确，到2027年，…): a phrase after it opens its sentence
_REPORTED = re.compile(r"[^，,。；：:]{0,12}(?:明确|提出|要求|指出|显示|规定|表示|介绍|强调|透露)[，,：:]")
# The name of an event or list after its year (2018年云南省职工技能大赛, 2024年度…名单)
_EVENT_RX = re.compile(r"度?[^，,。；：:]{0,60}?(名单|大赛|竞赛|比赛|比武|评选|表彰大会|表彰会|运动会|技能节|博览会|招聘会|"
                       r"展示活动|交流活动)(?:活动)?(?:启动大会|启动仪式|启动会|开幕式|闭幕式|颁奖仪式|决赛)?")
_RATE_WORDS = ("每年", "每月", "每季度", "年均")


# 三年新增, 五年内累计: a number of years before a total, the period of the total
_PERIOD_TOTAL = re.compile(r"(?:内|间|中)?(?:新增|累计|累积|共计|共新增)")


def _POINT(t: dict) -> bool:
    """A day or a month (2020年9月, 5月8日): when something happened, no period of a total."""
    return "on" in t or t.get("relative") == "on" or bool(re.fullmatch(r"\d{4}-\d\d", str(t.get("during", ""))))
_CONTAINS = ("包括", "包含", "涵盖", "分为", "涉及", "共有", "有")
_SPAN_WORDS = ("天", "日", "周", "个月", "小时", "分钟")  # the length of an event (为期三天)


# a zone named by its kind alone (进入试验区企业, 园区现有): the zone the story named in full
_ZONE_KIND_RX = re.compile(r"(?:试验区|开发区|高新区|经开区|示范区|园区|新区)")
# a development zone's full name (盐城经济技术开发区, 浏阳经开区, 某某高新技术产业开发区)
_STORY_ZONE_RX = re.compile(r"(?:(?![与和及在向对为从由是的了到把])[\u4e00-\u9fff]){2,6}?(?:国家级)?(?:经济技术开发区|高新技术产业开发区|经济开发区|"
                            r"经开区|高新区|开发区|新区)(?!管委会|党工委)")
# a subdistrict or a town by its name (郭杜街道, 大朗镇), no body of it after (街道总工会, 镇政府, 镇党委)
_TOWN_RX = re.compile(r"(?![各全本该每小])((?:(?![与和及在向对为从由是的了到把])[\u4e00-\u9fff]){2,3}?(?<![城乡])(?:街道|镇))"
                      r"(?!(?:总?工会|工会联合会|党委|党工委|人民政府|政府|办事处|人大|纪委|[\u4e00-\u9fff]{0,4}(?:中心|卫生院|小学|中学|学校|派出所)))")
# the zone a headline names after its place (烟台市|蓝湾新区): two to five characters and the kind
_HEAD_ZONE_RX = re.compile(r"[\u4e00-\u9fff]{2,5}?(?:新区|高新区|经开区|经济技术开发区|高新技术产业开发区|经济开发区)")
# the rest of a venue's name after its place (武汉|国际博览中心, 长沙|体育馆)
_VENUE_RX = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:博览中心|会展中心|国际会议中心|会议中心|展览中心|体育中心|体育馆|体育场|奥体中心|"
                       r"大剧院|剧院|宾馆|酒店|大酒店|饭店|大厦)(?=[举召开隆落闭盛])|(?=集中|举行|举办|召开|开幕|落幕|闭幕)")  # (在长沙举行)
# words heading a clause that refer to what was said or to a time, not to a body (这标志着, 此举旨在, 其间, 这五年)
_DISCOURSE_RX = re.compile(r"(?:这|此)(?:是|也是|就是|标志着?|意味着?|一举措|举|些年|[一二两三四五六七八九十]+年|一年|一天)"
                           r"|其间|本年度|今年以来"
                           # 该调查显示, 这一数据: a survey or its data, no body; whose survey, the clause or the story before says
                           r"|(?:该|这一?|此|这项|该项)(?:次)?(?:问卷)?(?:调查|调研|问卷|数据|数字)(?![组队局站办])")
_ZONE_BARE_AFTER = "，,。；：:、是入在全该本驻动进到和与及为"


def _span_word(unit_word: str) -> str:
    """The measure word of a length read without 多/余 (2个多小时 → 小时, 3个多月 → 个月)."""
    word = unit_word.replace("多", "").replace("余", "")
    return word[1:] if word in ("个小时", "个钟头") else word


def _aspects_doubt(compact: str, clo: int, chi: int, unit_word: str) -> str | None:
    """A count of aspects (五方面, 三个方面) is the frame of a text or a plan (围绕五方面, 从三个方面,
    “八个方面”, 三个方面:), no reported figure, unless a verb says what something comprises
    (该项制度包括3个方面主要内容)."""
    if unit_word in ("类", "种", "档", "个档次") and re.search(r"(?:分为|分成|细分为?|划分为|划为)$", compact[max(0, clo - 3):clo]):
        return "a count of the classes a text divides into (分为两类): its frame, no reported figure"
    if unit_word == "部分":
        return "a count of parts: the frame of a text, a plan or a contest (分理论和实操两部分), no reported figure"
    if unit_word in ("个", "种", "类", "大类", "项") and compact[clo:clo + 1] in "一二两三四五六七八九十" \
            and re.match(r"[\u4e00-\u9fff]{0,2}?(?:环节|板块|篇章|方式|阶段|序列|类别|章节|议程|层面|部分|层次|步骤|维度|层级|等级)", compact[chi:chi + 6]):
        return ("a count in words of the parts of a text, a contest or an event (五个实操环节, 四个板块, 两种方式, 三个部分, 两个层次): "
                "its frame, no reported figure")
    if unit_word == "个" and compact[chi:chi + 1] == "字" and re.search(r"[”\"」]$", compact[max(0, clo - 2):clo]):
        return "the characters of a motto (“热心接待…”16个字): its length, no reported figure"
    if unit_word not in ("方面", "个方面"):
        return None
    before = compact[max(0, clo - 4):clo]
    if before.endswith(_CONTAINS) and compact[chi:chi + 1] not in "：:”":
        return None
    return "a count of aspects: the frame of a text or plan (围绕五方面), rarely a reported figure"


# 25人以上企业, 百人以上的单位: the size that bounds a population (a rate's or a count's), no figure of its own
_THRESHOLD_AFTER = re.compile(r"的?(?:小微|中小|规上)?(?:企业|单位|非公|规模|用人单位|公司|园区)")
# 职工100人以上或规模以上(年产值2千万元以上)的企业: a threshold whose clause ends in the population it bounds
_THRESHOLD_CLAUSE = re.compile(r"[^，,。；;：:]{0,24}?的(?:企业|单位|公司|用人单位)")
# 呈现出3个鲜明特点：一是…, 有三个转变：: the count of the points a text lists next, no reported figure
_POINTS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:特点|亮点|特色|转变|变化|优势|要点|成效)[：:]")
# (三项重点工作：, 两个显著特征：, 四项内容：一是…: a noun of at most 8 characters, then the colon opening the list)
_ITEMS_NEXT = re.compile(r"(?:[\u4e00-\u9fff]{1,8}|“[^”]{1,10}”)[：:]")


# 日前， / 近日， opening a clause of a story's first sentence
_RECENT_RX = re.compile(r"(?<![\u4e00-\u9fff\d])(日前|近日)[，,]")
_RECENT_AT_RX = re.compile(r"(日前|近日)[，,]")
# a visit, a distribution or an activity a story opening with 日前/近日 reports
_RECENT_ACT_RX = re.compile(r"慰问|发放|开展[^。；]{0,80}?活动(?=[。，,])")
# what a story opening with 日前/近日 reports when it is an event (held, opened, contested), not news of work
_RECENT_EVENT_RX = re.compile(r"举办|举行|召开|开幕|闭幕|启动|拉开帷幕|比武|竞赛|大赛|表彰|颁奖|授牌|揭牌|" + _RECENT_ACT_RX.pattern)
# an event held, printed as the lead's main verb (…在某地启动/举行/召开。)
_HELD_RX = re.compile(r"(?:启动|举行|召开|开幕|闭幕|举办|拉开帷幕)(?=[。，,])"
                      r"|(?:举办|举行|开展|组织)了?[^。；，,]{0,30}?(?:运动会|大赛|比赛|竞赛|比武|活动|宣讲|慰问)(?=[。，,；])")
# 本次大赛由某市总工会、市人社局主办 (its organisers); what a sentence about the contest names
_ORGANISED_BY_RX = re.compile(r"(?:大赛|竞赛|比赛|比武|技能节|运动会|复赛|决赛|初赛|赛事|赛道|(?<=[，,。\n]))由((?:(?![。；])[\u4e00-\u9fff（）()、，,]){2,60}?)(?:主办|举办|发起|共同主办)")
_HOSTED_BY_RX = re.compile(r"(?:(?<=[，,。\n])|(?<=指导下))由((?:(?![。；])[\u4e00-\u9fff（）()、]){2,60}?)承办")
_CONTEST_WORDS_RX = re.compile(r"大赛|竞赛|比赛|比武|赛区|赛项|选手|代表队|参赛")
# 2023年度广东工会工作创新奖, 2014年度各类技能比武活动第一名获得者: a year naming an honour or its holders
_HONOUR_YEAR_RX = re.compile(r"(?:19|20)\d\d年度(?:(?![，,。；;])[\u4e00-\u9fff“”‘’'\"]){0,20}?(?:奖|获得者|先进个人|先进集体|标兵|能手|先进单位|组织单位|示范单位|模范单位)")
_BULLETS = "◆◇●○■□▲△★☆▶►•·"  # what starts each item of a list printed as paragraphs


def _short_place(full: str) -> str:
    """岳阳市 → 岳阳, 新疆维吾尔自治区 → 新疆维吾尔: a region's name without its level, as stories print it."""
    short = re.sub(r"(?:自治区|自治州|特别行政区|省|市|县|区|旗|州)$", "", full)
    return short if len(short) >= 2 else full


def _named_count_doubt(compact: str, clo: int, chi: int, hit) -> str | None:
    """Numbers that name or bound something rather than report it: 第一位…党员 (the first of its
    kind: an ordinal that is no rank 第N名 nor edition 第N届/批), 25人以上企业 and 70岁以上老年人 (a
    threshold), 24小时开放 (opening hours), 较8年前 (a baseline in time), 3个鲜明特点：(the count of the
    points listed next), 2021、2022年 (years in a list)."""
    fig = hit.figure
    if fig.ordinal and hit.text.startswith("第") and fig.unit_word not in ("名", "届", "次", "期", "回", "轮", "批"):
        return f"the first of its kind ({hit.text}{compact[chi:chi + 4]}…): an ordinal describing, no rank and no figure"
    after = chi if hit.text.endswith(("以上", "以下")) else chi + 2 if compact[chi:chi + 2] in ("以上", "以下") else None
    if fig.unit_word in ("人", "元", "万元", "亿元") and after is not None and (
            _THRESHOLD_AFTER.match(compact, after) or _THRESHOLD_CLAUSE.match(compact, after)):
        # 25人以上企业, 15人以下的小微企业; 职工100人以上或规模以上(年产值2千万元以上)的企业: the size that bounds them
        return f"a size threshold ({compact[clo:after + 2]}): bounds a population, no figure"
    if fig.unit_word == "岁" and after is not None:
        return f"an age threshold ({compact[clo:after + 4]}): bounds a population, no figure"  # 70岁以上老年人
    if fig.unit_word in ("小时", "个小时", "天") and (re.match(r"(?:不打烊|开放|营业|值守|全时段|都有|不间断)", compact[chi:chi + 3])
                                              or hit.text == "24小时" and re.search(r"(?:一天|全天|每天|每日|7[*×xX])$", compact[max(0, clo - 2):clo])):
        return f"opening hours ({hit.text}{compact[chi:chi + 2]}): how a place is kept, no figure"  # 24小时开放
    if fig.unit_word == "期" and re.search(r"(?:19|20)\d\d年(?:第)?$", compact[max(0, clo - 6):clo]):
        return f"an issue of a periodical ({compact[clo - 5:chi]}): a citation, no figure"  # 某刊2023年4期
    if hit.text == "24小时" and re.match(r"(?:工会)?(?:驿站|智能|智慧|自助|无人|人停机不停)", compact[chi:chi + 5]):
        return f"a kind of station ({hit.text}{compact[chi:chi + 4]}…): open round the clock, no figure"  # 24小时智能驿站
    if fig.unit_word == "年" and compact.startswith("前", chi) and re.search(r"(?:较|比|与|和|同)$", compact[max(0, clo - 1):clo]):
        return f"a baseline in time ({compact[clo - 1:chi + 1]}): the time compared with, no figure"  # 较8年前增长
    if fig.unit_word == "个" and re.match(r"(?:发展|工作|实施|推进)?阶段", compact[chi:chi + 4]):
        return f"the stages of a plan ({hit.text}{compact[chi:chi + 4]}): its frame, no figure"
    if fig.unit_word == "年" and re.match(r"(?:19|20)\d\d(?:年?(?:至|到|-|—|－|~)(?:19|20)\d\d)?年$", hit.text):
        return f"years of the calendar ({hit.text}): a time, no figure"
    if fig.unit_word == "个" and _POINTS_AFTER.match(compact, chi) or fig.unit_word in ("个", "项", "条", "类", "种", "大类") \
            and fig.value is not None and fig.value <= 10 and not fig.approximation and _ITEMS_NEXT.match(compact, chi):
        # 3个鲜明特点：, 推进三项重点工作：…, 分四项内容：一是…: the count of the points the text lists next
        return f"the count of the points listed next ({compact[clo:chi + 6]}): the frame of a text, no figure"
    if re.fullmatch(r"[百千][名场家项]", hit.text) and (clo == 0 or compact[clo - 1] in "，,。；;：:、\n" or
                                                   re.search(r"(?:开展|实施|启动|推出|举办|组织)$", compact[max(0, clo - 2):clo])) \
            and re.search(r"活动|行动|工程|计划|大赛|竞赛|进(?:学校|企业|社区|车间|园区|基层|万家|校园)", compact[chi:chi + 20]):
        return f"a campaign named by a round number ({hit.text}{compact[chi:chi + 8]}…): part of a name, no count"
    if re.fullmatch(r"[1一][\u4e00-\u9fff]{1,2}", hit.text):
        lo = max(compact.rfind(c, 0, clo) for c in "，,：:。；;") + 1
        his = [h for h in (compact.find(c, chi) for c in "。；;") if h >= 0]
        items = re.findall(r"(?:^|、|即)[1一][\u4e00-\u9fff]", compact[lo:min(his, default=len(compact))])
        if len(items) >= 3:  # 即1个室内场所、1套桌凳、1台饮水机…: what a standard asks of each, no count reported
            return f"an item of a standard ({compact[clo:chi + 4]}…, one of each): what each must have, no figure"
    if fig.unit_word == "成" and re.match(r"\d{3,}", hit.text):
        return f"no tenths ({hit.text}{compact[chi:chi + 2]}: a number of three digits or more before 成): part of other words"
    if fig.unit_word == "级" and re.search(r"等级(?:为|是|在|达到)?$", compact[max(0, clo - 4):clo]):
        return f"a grade ({compact[max(0, clo - 4):chi]}: 伤残等级为1~4级): who is meant, no figure"
    if fig.unit_word == "岁" and re.fullmatch(r"(?:19|20)\d\d岁", hit.text) and re.match(r"[尾末首初]", compact[chi:chi + 1]):
        return f"a year's end or start ({hit.text}{compact[chi]}): a date, no age"  # 截至2024岁尾
    if re.fullmatch(r"[一二两三四五六七八九十]+[个台口道棵眼]", hit.text) and (
            re.match(r"[\u4e00-\u9fff]{1,2}(?:村|镇|乡|屯|寨|街道)", compact[chi:chi + 4]) and not re.match(r"(?:村|镇|乡)", compact[chi:chi + 1])
            or fig.unit_word not in ("个",) and re.match(r"(?:村|镇|乡)", compact[chi:chi + 1])):
        return f"inside a place's name ({hit.text}{compact[chi:chi + 3]}: 三个井村, 七台镇): no count"
    if fig.unit_word == "年" and compact.startswith("如一日", chi):
        return f"a saying ({hit.text}如一日): a person's constancy, no figure"
    if fig.ordinal and fig.unit_word == "名" and re.match(r"的(?:选手|个人|职工|队伍|团队|代表队|集体)", compact[chi:chi + 4]):
        return f"a rank as a criterion ({hit.text}{compact[chi:chi + 3]}…): who is meant, no result"
    if fig.unit_word == "岁" and compact.startswith("的", chi):
        return f"an age ({hit.text}{compact[chi:chi + 3]}…: 30岁的他, 10至15岁的子女): who is meant, no figure"
    if fig.unit_word == "年" and re.match(r"的?(?:历史|奋斗足迹|风雨历程|光辉历程|发展历程|辉煌历程)", compact[chi:chi + 5]):
        return f"an age ({hit.text}{compact[chi:chi + 4]}…: 有着360多年历史): how old a thing is, no figure"
    if compact[clo - 1:clo] == "每" and fig.unit_word in ("年", "月", "周", "天", "季度"):
        return f"a frequency (每{hit.text}{compact[chi:chi + 4]}…): how often, no figure"
    if fig.unit_word == "岁" and re.search(r"(?:今年|现年|年仅|时年|年满|已经|已)$", compact[max(0, clo - 2):clo]):
        return f"a person's age ({compact[clo - 2:chi]}): who is meant, no figure"  # 和某某，今年29岁，在县城务工
    if fig.unit_word in ("套", "个") and compact.startswith("班子", chi):
        return f"a body of leaders known by its count ({hit.text}班子): a name, no figure"
    if re.search(r"(?:19|20)\d\d-$", compact[max(0, clo - 5):clo]):
        return f"part of a printed date ({compact[max(0, clo - 5):chi]})"
    if re.fullmatch(r"(?:19|20)\d\d", hit.text) and re.match(r"、(?:(?:19|20)\d\d、)*(?:19|20)\d\d年", compact[chi:chi + 16]):
        return f"years of the calendar in a list ({hit.text}{compact[chi:chi + 6]}): a time, no figure"
    return _named_count_doubt_more(compact, clo, chi, hit)


# a life's events after a person's age (他17岁入行, 19岁就成了首席技师)
_AGE_EVENT_RX = re.compile(r"(?:就|便|时|那年)?(?:入行|入职|进厂|参加工作|参军|学艺|拜师|当上|成为|成了|拿到|考取|获得|开始|走上|踏上|来到)"
                           r"|高龄|的?(?:老人|老党员|老劳模|老职工|案主|女儿|儿子|孩子|男孩|女孩)|[\u4e00-\u9fff]姓")  # (80岁高龄的, 关怀23岁陈姓案主)
# a person's years at a trade (从事焊接工作27年, 从业10年, 深耕晶体领域三十年): who is meant, no figure
_TENURE_RX = re.compile(r"(?:从事|从业|深耕|扎根|坚守|耕耘|任教|执教|学艺|工龄|参加工作|奋战|服务(?:于|公司|企业|单位|本厂))[^，,。；;：:]{0,12}?$")
# a condition a population meets (注册资金不低于200万元…的企业, 不足20人的, 5人以上群体性案件, 年产值超300亿元企业)
_BOUND_BEFORE_RX = re.compile(r"(?:不低于|不少于|不足|低于|不超过|不高于|超过|超|满)$")
_BOUND_WHO_RX = re.compile(r"的[，,]|(?:[^。；;：:]{0,40}?的|以上的?|以下的?)?[\u4e00-\u9fff]{0,8}?(?:企业|单位|公司|用人单位|案件|群体性|项目|职工|人员)")
# (超过 bounds only the noun right after it: 年产值超300亿元企业; 参赛人数超过200万人，… is a figure)
_BOUND_NOUN_RX = re.compile(r"(?:[（(]含[^）)]{1,8}[）)])?(?:的?[\u4e00-\u9fff]{0,6}?(?:企业|单位|公司|用人单位)"
                            r"|的[\u4e00-\u9fff]{0,4}?(?:职工|人员|会员|家庭|患者))")  # (自费超过1万元的在职职工, 超过3万元(含3万元)的职工)
_WORD_COUNT = "一二两三四五六七八九十"
# 我省, 全市, 本县: the story's region of that level
_LEVEL_WORD_RX = re.compile(r"(全|我|本)(省|市|县|区)")
# Nouns that qualify what a figure counts rather than name it (10场职工演出, 875家国有企业): no sign of a restatement
_MODIFIER_NOUNS = {"职工", "国有", "集体", "民营", "非公", "困难", "优秀", "先进", "一线", "基层", "重点", "新建", "各类", "全国", "全省", "全市"}


# 四届二次“双代会”, 十九届一次职代会: the meeting a term's session number belongs to
_SESSION_OF = r"[“\"]?[\u4e00-\u9fff]{0,4}?(?:职代会|双代会|代表大会|全委会|全会|委员会|会议)"


def _named_count_doubt_more(compact: str, clo: int, chi: int, hit) -> str | None:
    """More numbers that name, bound or describe rather than report (the fifteenth round): 六位一体,
    九人制, 15分钟服务圈 (names); 十四届省委 (a body's term); 二次协调会, 二类企业 (ordinals); 三方协商机制;
    a person's age and tenure; a frequency (每2年举行1次, 五年评选表彰一次); a condition (不低于200万元…的企业);
    a date in brackets (今日(5日)) or of the Republic's calendar (114年10月); a count of the items just listed
    (中兴路、光明路、矿工路、青石山四个派出所)."""
    fig, text, after = hit.figure, hit.text, compact[chi:chi + 12]
    before = compact[max(0, clo - 16):clo]
    said = re.split(r"[。！？；;!?]", compact[max(0, clo - 60):clo])[-1]
    if re.search(r"(?:如果|假如|倘若|假设|若是)", said):
        return f"a hypothetical ({said[-12:]}{text}…: 如果每个会员存100元): no reported figure"
    if re.search(r"(?:^|[，,。；;：:])(?:这|该|上述|以上)$", before) and fig.unit_word in ("人", "名", "位", "家", "个") and re.match(r"[\d]", text):
        return f"the ones counted before ({before[-2:]}{text}{after[:4]}…: 其中某省13人上榜。这13人分别是): no new figure"
    if re.search(r"(?:的|有|了|[，,、])数$", before) and re.match(r"\d", text):  # (会员数1200人, 职工数3049人: a count named)
        return f"a vague count (数{text}: some tens): no figure"
    if fig.unit_word in ("年", "天", "日") and not fig.ordinal and re.match(r"[一二两三四五六七八九十]", text) and not before.endswith("连续"):
        return f"a length of time in words ({text}{after[:3]}: 两年, 三天, 闲置十余年): a time, no figure"  # (连续三年进入: years running)
    if fig.unit_word == "年" and not fig.ordinal and re.match(r"[前后]", after):
        return f"a time before or after ({text}{after[:1]}: 42年前): no figure"
    if fig.unit_word in ("分钟", "小时", "天") and not fig.ordinal and (
            re.match(r"的?(?:技能|理论|实操|实际操作|操作|笔试|考试|比赛|竞赛|赛)|为一个", after)
            or re.search(r"(?:短短|仅用|只用|历时|用时|耗时)$", before)):
        return f"a length of time ({before[-2:]}{text}{after[:3]}: 为60分钟技能实操赛, 短短5天): a time, no figure"
    if fig.unit_word == "个" and re.match(r"半(?:月|小时)", after):
        return f"a length of time ({text}{after[:3]}: 历时1个半月): a time, no figure"
    if fig.unit_word == "年" and not fig.ordinal and before.endswith("有") and re.match(r"[^，,。；;]{0,6}?经验", after):
        return f"a person's experience (有{text}{after[:6]}…): who is meant, no figure"  # 有20多年驾驶经验的司机
    if re.fullmatch(r"(?:19|20)\d\d届", text) and re.match(r"(?:高校)?(?:毕业生|学生|校友|本科|研究生)", after):
        return f"a cohort of graduates ({text}{after[:3]}): who is meant, no figure"
    if fig.unit_word in ("元", "万元") and after.startswith("以内"):
        return f"a cap ({text}以内): bounds what is given, no figure"  # 生活必需品2000元以内
    if fig.unit_word in ("件", "项") and re.match(r"(?:为民|惠民|民生|暖心)?实事", after):
        return f"a programme known by its count ({text}{after[:4]}: 十件实事): part of a name, no figure"
    if fig.unit_word == "年" and not fig.ordinal and before.endswith("在") and re.match(r"的[^，,。；;]{0,8}?(?:工作|生涯|岁月|职业)中", after):
        return f"a person's tenure (在{text}{after[:6]}…): who is meant, no figure"  # 在38年的维修工作中
    if fig.unit_word in ("小时", "分钟", "日", "天", "个工作日") and after.startswith("内"):
        return f"a time limit ({text}{after[:1]}: 课程1小时内爆满): no figure"  # (24小时服务: a service's hours, a fact)
    if fig.unit_word == "个" and re.match(r"(?:学时|课时|工作日)", after) and not re.search(r"(?:累计|共计|总计)[^，,。；;]{0,6}$", before):
        return f"the length of a course or a stay in days or periods ({text}{after[:3]}: 共80个学时, 不低于20个工作日): no figure"
    if fig.unit_word in ("分钟", "小时", "天", "学时", "课时") and not fig.ordinal and re.search(r"(?:时间|时长|培训期|周期)(?:为|是|共|仅)?约?$", before) \
            and not re.search(r"缩短|节约|节省|减少|压缩|提前|服务|累计|总", before):  # (缩短开车时间超15小时: a saving; 服务时长1500小时: work done)
        return f"the length of an event ({before[-4:]}{text}: 竞赛时间为60分钟, 每轮培训期为10天): no figure"
    if fig.unit_word == "年" and not fig.ordinal and re.search(r"(?:^|[，,。；;：:]|同时|会上介绍)$", before) \
            and re.match(r"(?:开展|出台|实施|累计|新增|培训|建成|组织|举办|投入|发放|帮扶|推动|完成|吸纳|打造|选树|命名)", after):
        return f"a span of years heading its clause ({text}{after[:2]}…: 5年开展活动近1万场次): a time, no figure"
    if fig.unit_word == "小时" and re.match(r"(?:或延时|不停产|不打烊|营业)?的?(?:便利店|商店|药店|超市|企业|驿站|门店)", after):
        return f"a kind of shop or firm ({text}{after[:5]}: 24小时便利店, 24小时不停产企业): no figure"
    if fig.unit_word in ("天", "日", "小时", "年") and not fig.ordinal and re.match(r"(?:之后|以后)", after):
        return f"a time after ({text}{after[:2]}: 4天之后): no figure"
    if fig.unit_word == "位" and after.startswith("一体") or fig.unit_word == "人" and after.startswith("制"):
        return f"part of a name ({text}{after[:2]}: 六位一体, 九人制): no figure"
    if fig.unit_word == "分钟" and re.match(r"[^，,。；;]{0,8}?圈", after):
        return f"part of a name ({text}{after[:6]}…: a service's reach, 15分钟服务圈): no figure"
    if fig.unit_word == "届" and not text.startswith("第") and re.match(r"(?:中央|全国人大|全国政协|省委|市委|县委|区委|州委|人大|政协)", after):
        return f"a body's term ({text}{after[:2]}): part of its name, no figure"
    if text[:1] == "二" and fig.unit_word in ("次", "类") and re.match(r"[\u4e00-\u9fff]", after) and not re.match(r"(?:以上|左右|之多)", after) \
            or re.fullmatch(r"[一二三四]类", text) and re.match(r"(?:企业|岗位|地区|单位|区域|人员)", after):
        return f"an ordinal ({text}{after[:3]}: the second, the class): no figure"
    if fig.unit_word == "岁" and (re.search(r"(?:最大|最小|最年轻|最年长|年龄(?:在|介乎|介于|均在|为))的?$|(?:[最Z][大小])年龄(?:为|是|仅)?$", before) or re.match(r"(?:或)?(?:以上|以下)|至|到|[-—~～]", after)):
        return f"an age that bounds who is meant ({before[-3:]}{text}{after[:3]}: 最小的17岁, 15岁或以上): no figure"
    if fig.unit_word == "岁" and (re.search(r"[他她]$", before) or _AGE_EVENT_RX.match(after)):
        return f"a person's age ({before[-1:]}{text}{after[:2]}…): who is meant, no figure"
    if fig.unit_word == "年" and not fig.ordinal and (_TENURE_RX.search(before) or re.match(r"[的]?(?:工龄|从业经历|职业生涯)", after)):
        return f"a person's tenure ({before[-6:]}{text}): who is meant, no figure"
    if fig.unit_word in ("次", "回") and re.search(r"每[\d一二两三四五六七八九十半]*(?:年|月|周|季度|届)[^，,。；;]{0,6}$", before) \
            or fig.unit_word == "年" and re.match(r"[^，,。；;]{0,6}?[一1]次", after):
        return f"a frequency ({before[-6:]}{text}{after[:6]}…): how often, no figure"
    if fig.unit_word == "小时" and re.search(r"(?:每(?:天|日|周)(?:平均)?(?:工作|劳动|上班)|工作时[间长]|工时)(?:时[间长]|时数)?(?:在|达到?|都)?$", before) \
            and (re.match(r"(?:超过|超|逾|不少于|不低于)", text) or text.endswith(("以上", "以下")) or re.match(r"(?:以上|以下)", after)):
        return f"a working-day bracket ({before[-4:]}{text}{after[:2]}…: 每天工作超过9小时): bounds who is meant, no figure"
    bound = _BOUND_BEFORE_RX.search(before) or re.match(r"(?:不低于|不少于|不足|超过|超)", text)
    if fig.unit_word in ("人", "元", "万元", "亿元", "家", "名") and bound and (
            _BOUND_WHO_RX.match(compact, chi) if not bound.group(0).startswith("超") else _BOUND_NOUN_RX.match(compact, chi)) or fig.unit_word == "人" and re.match(r"(?:以上)?群体性", after) and (
            text.endswith("以上") or after.startswith("以上")):
        return f"a condition ({before[-4:]}{text}{after[:8]}…): bounds who is meant, no figure"
    tail = text[-2:] + after if text.endswith(("以上", "以下")) else after
    if re.search(r"[（(]含$", before) and re.match(r"[）)]", after):
        return f"a bound's bracket ({before[-2:]}{text}{after[:1]}: 超过3万元(含3万元)): whether the bound counts, no figure"
    if re.search(r"(?:金额|数额|额度|费用)在$", before) and re.match(r"(?:以上|以下)的", tail):
        return f"a threshold ({before[-3:]}{text}{after[:4]}…: 补助金额在10000元以上的有99人次): a bracket, no figure"
    if re.match(r"(?:以上|以下)[\u4e00-\u9fff]{0,2}的[^，,。；;]{0,10}?(?:企业|单位|职工|人员|项目|选手|家庭|工程|会员|学生|子女|"
                r"农民工|技术状元|受访者|受访人士|受访)", tail):
        return f"a threshold ({text}{after[:6]}…: 产值10亿元以上的企业, 50人以上的企业): who or what is meant, no figure"
    if fig.unit_word == "年" and re.search(r"(?:19|20)\d\d年起连续$|(?:19|20)\d\d年(?:至|到|-|—)(?:19|20)\d\d年[，,]?[^，,。；;]{0,6}?连续$", before):
        return f"the years a time already prints ({before[-10:]}{text}): a time, no figure"  # 2024年起连续3年
    if fig.unit_word == "岁" and re.search(r"[-—~～至到]", text) and re.match(r"(?:的)?(?:职工|人员|会员|员工|劳动者|农民工|群体|中小学生|小学生|初中生|高中生|幼儿|学生|子女|儿童|青少年|孩子)", after):
        return f"an age band ({text}{after[:2]}): who is counted, no figure"  # 30岁-40岁职工102人
    if fig.unit_word == "级" and re.fullmatch(r"(?:19|20)\d\d级", text):
        return f"a cohort ({text}{after[:4]}…): a class's year, no figure"  # 2023级函授专班
    if fig.unit_word in ("元", "万元") and (re.search(r"满$", before) and re.match(r"减", after) or re.search(r"满[\d.]+[万]?元?减$", before)):
        return f"a discount's terms ({before[-4:]}{text}{after[:4]}…: 满200元减20元): an offer, no figure"
    if fig.unit_word == "年" and re.search(r"上世纪$", before):
        return f"a year of the last century ({before[-3:]}{text}): a date, no figure"  # 上世纪94年
    if before.endswith("每") and re.search(r"[-—~～至到]", text):
        return f"a ratio a rule sets (每{text}{after[:6]}…): how many per one, no figure"  # 每30人到50人建立一个
    if text[:1] == "二" and fig.unit_word in ("场", "厂", "队", "车间", "站", "矿", "工区") and re.search(r"[\u4e00-\u9fff]$", before) \
            and not re.search(r"[第共有了计达]$", before):
        return f"a unit's name ({before[-3:]}{text}: 养殖二场): no figure"
    if fig.unit_word == "人" and re.match(r"(?:[一二三四五六七八九十]足|板鞋|篮球|足球|排球|跳绳|接力)", after) \
            or fig.unit_word == "公里" and re.match(r"(?:健康跑|健步走|长跑|徒步|骑行|越野|定向)", after):
        return f"an event's name ({text}{after[:3]}: 两人三足, 6公里健康跑): no figure"
    if text == "四期" and re.match(r"(?:保护|保障|特殊保护)", after) or text == "四处" and re.match(r"[‘“']?[\u4e00-\u9fff]", after) \
            and not after.startswith(("的", "地方", "场所", "站点", "点位")):
        return f"a word ({text}{after[:2]}: 四期保护, 四处打听): no figure"
    if re.search(r"(?:19|20)\d\d/\d{1,2}/$", before):
        return f"the day of a date ({before[-8:]}{text}): a time, no figure"  # 2025/10/17项城市…: 17 of the date
    if fig.unit_word in ("日", "天") and re.match(r"(?:之)?内", after) and re.search(r"(?:起|后|之日)$", before):
        return f"a time limit ({before[-4:]}{text}{after[:1]}: 自签订之日起3日内): a time, no figure"
    if fig.unit_word == "年" and not fig.ordinal and re.search(r"(?:成立|建成|组建|创建|创办|运行)(?:至今|以来)?(?:已|已经|近)?$", before):
        return f"a body's age ({before[-4:]}{text}): how long it has been, no figure"  # 工作室成立6年多
    if fig.unit_word == "步" and (re.search(r"(?:分|按|通过|经过)$", before) or re.match(r"(?:实施|推进|完成|进行|走)", after)):
        return f"the steps of a plan ({before[-2:]}{text}{after[:2]}: 分3步实施): no figure"
    if fig.unit_word in ("名", "位") and re.search(r"第(?:\d{1,3}|[一二三四五六七八九十]{1,3})[-—－~～至到]$", before):
        return f"a run of ranks ({before[-4:]}{text}: 第2-9名): places in a contest, no figure"
    if fig.unit_word == "名" and before.endswith("前") and re.match(r"的|者|和[^，,。；;]{0,24}?前[\d一二三四五六七八九十]+名的", compact[chi:chi + 32]):
        return f"a rank that bounds who is meant (前{text}{after[:1]}…: those in the top places), no figure"
    if fig.unit_word in ("元", "万元", "亿元") and (text.endswith("以上") or after.startswith("以上")) \
            and re.match(r"(?:以上)?的?[^，,。；;]{0,10}?(?:项目|企业|单位|工程)", after):
        return f"a condition ({text}{after[:8]}…: 10亿元以上的项目): bounds which projects, no figure"
    if fig.unit_word == "人" and (text.endswith(("以上", "以下")) or after.startswith(("以上", "以下"))) \
            and re.match(r"(?:以上|以下)?的[^，,。；;]{0,10}?(?:企业|单位|公司)", after if not text.endswith(("以上", "以下")) else "以上" + after):
        return f"a condition ({text}{after[:8]}…: 50人以上的企业): bounds which firms, no figure"
    if fig.unit_word == "日" and re.fullmatch(r"\d{1,2}日", text) and 1 <= int(text[:-1]) <= 31 and re.match(
            r"(?:上午|下午|晚上?|凌晨|中午|早上|起|召开|举行|举办|选举|发布|公布|开幕|闭幕|启动|正式|前往|来到|走进|赴|邀请|的(?:闭幕|开幕|颁奖))", after) \
            and not re.search(r"(?:历时|为期|连续|共|累计|用时|耗时|长达|达|工作|提前|缩短|近|约|超过|仅|用了|花了)$", before):
        return f"a day of the month ({text}{after[:2]}…: 十五大19日选举): a time, no figure"
    if fig.unit_word == "年" and re.fullmatch(r"1[01]\d年", text) and not re.match(r"(?:来|以来|周年|历史|华诞|校庆|之际)", after) \
            and _TAIWAN_RX.search(compact):
        return f"a year of the Minguo calendar ({text}{after[:2]}…: 109年 is 2020) on a page from Taiwan: a time, no figure"
    if fig.unit_word == "级" and re.match(r"(?:[（(][^）)]{0,4}[)）])?(?:应急)?响应", after):
        return f"a level of an emergency response ({text}{after[:6]}: 启动防汛1级应急响应): no figure"
    if fig.unit_word == "日" and re.search(r"(?:今日?|昨日?|今天|昨天|当日)[（(]$|当地时间$", before):  # (今（8日）, 当地时间15日)
        return f"a date in brackets ({before[-3:]}{text}): a time, no figure"
    if fig.unit_word == "日" and (re.fullmatch(r"(?:19|20)\d{4,6}日(?:至(?:19|20)?\d{3,6}日)?", text) or re.fullmatch(r"\d{2,4}日", text)
                                 and int(text[:-1]) > 31):
        return f"a date its 年 and 月 lost ({text}: 2025731日, 731日): a time, no figure"
    if re.fullmatch(r"\d{1,2}\.(?:19|20)\d\d年", text):
        return f"an item's number and a year ({text}: 2.2025年): no figure"
    if re.fullmatch(r"[\d一二三四五六七八九十]+届", text) and re.match(rf"[\d一二三四五六七八九十]+次{_SESSION_OF}", after) \
            or re.fullmatch(r"[\d一二三四五六七八九十]+次", text) and re.search(r"[\d一二三四五六七八九十]+届$", before) and re.match(_SESSION_OF, after):
        return f"a body's term and session ({before[-3:]}{text}{after[:6]}…: 四届二次“双代会”): part of its name, no figure"
    if re.fullmatch(r"[二三四五六七八九十]名", text) and re.search(r"第[一二三四五六七八九十]名?、(?:[二三四五六七八九十]名?、)*$", before):
        return f"a rank in a list ({before[-6:]}{text}: 第一名、二名、三名): places in a contest, no figure"
    if fig.unit_word == "年" and after.startswith("次") and re.fullmatch(r"\d{2}年", text) and _TAIWAN_RX.search(compact):
        return f"a birth year of the Minguo calendar ({text}次: born in that year) on a page from Taiwan: no figure"
    if fig.unit_word == "年" and after.startswith("代") and re.fullmatch(r"[1-9]0年|[二三四五六七八九]十年", text):
        return f"a decade ({before[-3:]}{text}代): a time, no figure"  # 上个世纪80年代
    if fig.unit_word == "天" and after.startswith("前") and not after.startswith("前后") and re.fullmatch(r"\d{1,2}天|[一二两三四五六七八九十]天", text):
        return f"days ago ({text}前): a time, no figure"
    if fig.unit_word == "年" and re.search(r"(?:今后|未来|此后|往后)$", before):
        return f"the years ahead ({before[-2:]}{text}): a time, no figure"  # 对今后五年工作进行安排部署
    if re.fullmatch(r"[二两三四五六七八九十]方", text) and re.match(r"(?:协商|联席|机制|会议|协调|共建|联动|四家|多家|共赢|优势|资源|合力|力量|合作|联合|联调|协同|共创|调解)", after) \
            or text == "四家" and before.endswith("三方"):
        return f"part of a name ({before[-2:]}{text}{after[:4]}: 三方协商机制, 五方协同联动, 劳动关系三方四家, a body of so many sides): no figure"
    if re.fullmatch(r"(?:\d{1,2}|[二两三四五六七八九十]{1,2})个?部门", text) and re.match(r"联合(?:出台|印发|发布|下发|制定|举办|主办|开展|部署|启动)", after):
        return f"the bodies that act together ({text}{after[:4]}: 五部门联合出台…): who issues or holds it, no figure"
    if fig.unit_word == "年" and re.fullmatch(r"1[01]\d年", text) and re.match(r"\d{1,2}月", after):
        return f"a year of the Republic's calendar ({text}{after[:3]}): a date, no figure"
    if text[:1] in _WORD_COUNT and fig.unit_word in ("类", "大类") and len(text) == 1 + len(fig.unit_word) and before.endswith("等"):
        return f"the count of the kinds a list names ({before[-6:]}{text}: 货车司机等八类新就业形态劳动者): no figure"
    if re.fullmatch(r"[二三四]类", text) and re.search(r"一类", compact[max(0, clo - 40):clo]):
        return f"a class of a series ({compact[max(0, clo - 40):clo].rsplit('一类', 1)[0][-2:]}一类 … {text}): an ordinal, no figure"
    counted = re.fullmatch(r"([1-9]|1[0-2]|[一二两三四五六七八九十])(个|家|项|名|位|所|支|条|种|类|大类|部门|人|场)", text)
    if counted and fig.unit_word in ("个", "家", "项", "名", "位", "所", "支", "条", "种", "类", "大类", "部门", "人", "场"):
        # (3个, 6家 in digits too: 焊工、钳工、电工等3个工种, 某某、某某…等6家快递公司, 某某、某某共十人)
        # (an item's bracket is part of it: 汽车维修工(智能网联新能源汽车方向)、…)
        window = re.sub(r"[（(][^（()）。；]{1,24}[）)]", "", compact[max(0, clo - 100):clo])
        clause = re.split(r"[，,。；;：:（(]", window)[-1].removesuffix("等").removesuffix("共")
        items = clause.split("、") if "、" in clause else re.split(r"(?<=[\u4e00-\u9fff]{2})[和与及](?=[\u4e00-\u9fff]{2})", clause)
        whole = list(items)  # (网络与信息安全管理员: 与 inside an item's name)
        if len(items) >= 2:
            items[-1:] = re.split(r"(?<=[\u4e00-\u9fff]{2})[和与及](?=[\u4e00-\u9fff]{2})", items[-1])  # (甲、乙和丙三个)
        k = counted.group(1)
        n = int(k) if k.isdigit() else "一二三四五六七八九十".find(k.replace("两", "二")) + 1
        # (in digits, the names set apart by 、 and the count right after them, no 等: 某某、某某等5个县 is a
        # figure the project's pages annotate; 母婴关爱室3个、托管班2个 counts, no names)
        digits = k.isdigit() and ("、" not in clause or compact[clo - 1:clo] in ("等", "共") or re.search(r"\d", clause))
        listed = next((x for x in (items, whole) if len(x) >= 2 and len(x) == n and all(len(y) >= 2 for y in x[1:])), None)
        if listed and not digits:
            return f"the count of the names just listed ({'、'.join(listed)[-12:]}{text}): one fact each, no count"
    return None


# A news item: a story this short (characters) reports one event, its topic carried from
# paragraph to paragraph (the longer reports of the project pages change it by paragraph)
_NEWS_ITEM = 600
# posts printed before the one a person's name follows (县委常委、, 区人大常委会副主任、)
_POSTS_BEFORE_RX = re.compile(r"(?:[\u4e00-\u9fff]{1,12}?(?:常委|副?书记|委员|副?主任|副?主席|副?部长|副?县长|副?市长|副?区长)、)+")
# a phrase of the story's own year (全年, 今年以来, 一年来): in a story of no date, the one year it prints
_THIS_YEAR_RX = re.compile(r"(?:全年|今年|本年度?|年内)(以来)?|年初以来|一年来|过去一年")
# what a story's event is called (这次技能大赛, 此次活动, 本次竞赛)
_EVENT_NOUNS = "大赛|竞赛|比赛|比武|活动|评选|运动会"
# a research institute's or a works' number (800所, 7103厂), as aerospace and defence groups name their units
_UNIT_NUMBER_RX = re.compile(r"\d{2,4}[所厂]")
# what a term or a stay ends with before its length (管理期限为4年, 一干竟然就是10年)
_STAY_BEFORE_RX = re.compile(r"(?:期限为?|一[干做守待呆](?:[\u4e00-\u9fff]{0,3})就是)$")
# a count and its noun, 中 after (29名全国五一劳动奖章获得者中，): among those counted
# (荣获全国五一劳动奖状的5个单位中: its noun before 的)
_AMONG_RX = re.compile(r"(?:([\u4e00-\u9fff“”]{4,14})的)?((\d+(?:\.\d+)?万?(?:名|个|家|项|位|支))[\u4e00-\u9fff]{1,14}?)(?:中|当中)[，,]")
# a rank (第6名, 第3位, 前10名): a region printed right before it is the field ranked in (全国第6名, 全省前10名)
_RANK_AFTER_RX = re.compile(r"(?:第|前)[\d一二三四五六七八九十]+[名位]")
# What opens a clause before its subject: a time or a source (据悉，日前，近年来，截至2020年底，)
_OPENER_RX = re.compile(r"(?:[^，,。；]{0,14}?(?:以来|年来|年底|年末|目前|期间|年|月|日|近日|日前|近期|近来|当前|随后|此前|此后|为此|据统计|据了解|据悉|同时|此外|其中|另外|今年|去年)"
                        r"[，,]|截至[^，,]{0,12}[，,])")
# a page from Taiwan, whose years are counted from 1912 (民国: 109年 is 2020)
_TAIWAN_RX = re.compile(r"台湾|臺灣|民国|新北市|台北市|台中市|台南市|高雄市|桃园市|基隆市|新竹[市县]|嘉义[市县]|屏东县|宜兰县|花莲县|台东县|彰化县|云林县|苗栗县")


# after 来自 + a place: a person or people it is the home of (来自四川的农民工李某), not a count (来自某县的30名选手)
_ORIGIN_AFTER_RX = re.compile(r"(?:省|市|县|区)?的(?:农民工|农民|工人|职工|员工|务工人员|小伙|姑娘|女孩|男孩|大姐|大哥|师傅|老乡|工友|青年|选手|技工)")


# Before a name in its clause: the name is a partner or an object (联合人社部, 邀请市人社局, 向…)
_PARTNER_RX = re.compile(r"联合|会同|协同|邀请|携手|指导|推动|组织|支持|帮助|根据|按照|依据|对|向|与|和|同|给|为|从|经")
# A time heading a clause before its name, with no comma (2024年市总工会将…)
_TIME_LEAD_RX = re.compile(r"(?:其中|\d{4}年(?:\d{1,2}月)?(?:[和与及、至到—-]\d{4}年)?|今年|去年|明年|近年来|近日|日前|目前|当前|(?:\d{1,3}|[一二三四五六七八九十]{1,3})多?年来)(?:以来)?")  # (30年来某省…: a span)
# A byline standing as a sentence of its own (本报记者 某某, 记者 某某 通讯员 某某)
_BYLINE_SENTENCE_RX = re.compile(r"(?:(?:本报|见习|特约)?(?:记者|通讯员)[\u4e00-\u9fff]{2,3}[、，,]?)+")
# 「2021年澳门妇女生活和就业问卷调查」, 2023年职工队伍状况调查: a survey named with its year, and a sentence citing one
_SURVEY_NAMED_RX = re.compile(r"(?:19|20)\d\d年(?:度)?[^，,。；;」》”]{0,30}?(?:问卷调查|调查|问卷|调研|普查)")
_SURVEY_CITED_RX = re.compile(r"调查|受访|问卷|调研|普查|数据显示")
# A headline reviewing a year (某省总工会2023年亮点回眸, 某镇工会2022年上半年工作总结)
# 下发《…的通知》, 印发《…工作方案》, 出台了《…的实施意见》: a document a body issues (of a kind: …方案》)
_ISSUE_VERB = r"(?:下发|印发|出台|发布|制定|颁布)(?:了)?"
_ISSUED_PLAN_RX = re.compile(_ISSUE_VERB + r"《[^》]{2,60}(?:方案|意见|规划|计划|措施|办法|纲要)》")
_TITLED_REVIEW_RX = re.compile(r"((?:19|20)\d\d)年[^，。]{0,24}?(?:回眸|综述|盘点|回顾|亮点|成绩单|年终|总结)")
# A byline's line, compacted (本报记者李宁李臻通讯员鲍光武)
_BYLINE_LINE_RX = re.compile(r"[（(]?(?:(?:本报|本台|本刊|本网|特约|见习|首席)?(?:记者|通讯员)[\u4e00-\u9fff]{2,12}?)+[）)]?")
# An honour printed between a post and its holder's name (班长、全国劳动模范李某)
_HONOUR_BEFORE_NAME = re.compile(r"、(?:全国|省级?|市级?|区级?|县级?)?(?:劳动模范|劳模|先进工作者|技术能手|五一劳动奖章获得者|工匠)")
# 此次竞赛, 本届大赛 heading a clause: the event the story reports
_THIS_EVENT_RX = re.compile(r"(?:此次|本次|这次|本届)[\u4e00-\u9fff]{0,6}?(竞赛|大赛|比赛|比武|评选|活动|展示)")
# 会议对…表彰, 大会授予…: the meeting the story reports acting (its place: the one heading it in the headline)
_MEETING_ACTS_RX = re.compile(r"(会议|大会)(?=对|表彰|授予|命名|号召|向)")
# 在参加第四届全区职工职业技能大赛中: 全区 in the name of a contest taken part in (what comes before it, and after)
_TOOK_PART_RX = re.compile(r"(?:参加|参与|出征|角逐|在)了?(?:第[\d一二三四五六七八九十]+届)?$")
_CONTEST_AFTER_RX = re.compile(r"[^，。；,;]{0,16}?(?:大赛|竞赛|比赛|运动会|选拔赛|技能赛)")


def _contest_area(text: str, lo: int, at: int, end: int, cpos: int) -> bool:
    """全区 at [at, end) of ``text`` names the area of a contest the clause from ``lo`` says was taken part in."""
    return _TOOK_PART_RX.search(text[lo:at]) is not None and _CONTEST_AFTER_RX.match(text, end, cpos) is not None
# A body named after its region right before a figure (全国某某协调小组12次…, 全省联席会议3次…): the body, not the region
# a plan's minimum (不少于50场, 60场以上, 至少一所) and the words that announce a plan
_MINIMUM_RX = re.compile(r"不少于|不低于|至少|(?<=\d)[\u4e00-\u9fff]{0,2}以上")
_PLAN_RX = re.compile(r"(?<![重主需只必])要(?![求素])|(?<![即])将(?!近)|计划|力争|举措|目标任务|部署")
# 已建成, 已有, 已创建: a total standing at the story's date
_STANDING_RX = re.compile(r"已(?:经)?(?:创建|建成|建立|组建|拥有|有|成立|命名|认定|达到?)")
# 现有, 已建成, 共有: what stands at the date of the report (not 累计: a period's sum)
_NOW_TOTAL_RX = re.compile(r"现有|已(?:经)?(?:创建|建成|建立|组建|拥有|有|成立|命名|认定)|共有|总数达|总量达")
# 已建成, 现有, 累计, 共有, 总数达: a running total, of the date it is reported at
_TOTAL_RX = re.compile(r"已(?:经)?(?:创建|建成|建立|组建|拥有|有|成立|命名|认定|达到?|覆盖)|现有|累计|累积|共有|总数|总量|拥有")
_BODY_BEFORE_FIGURE = re.compile(r"[\u4e00-\u9fff]{2,16}(?:小组|联席会议|委员会|领导小组办公室)")
# The short name a text gives a body or a zone: (以下简称“开发区”), （简称“园区”）
# A verb right before a name in its clause: the name is its object (承接全国总工会…任务, 落实省委…部署)
# An event heading a sentence that gives what it awards (2020年某省五一劳动奖表彰大会授予…)
_EVENT_ACTS_RX = re.compile(r"(?:(?:19|20)\d\d年度?)?((?:(?![，。；：、“”])[\u4e00-\u9fff]){2,30}?(?:表彰大会|大会|会议|大赛|竞赛))"
                            r"(?=授予|表彰|命名|评选出|评出)")
# a senior post printed after its holder's name (国家人社部某某部长出席, 某某总书记强调), then a verb of the event or a mark
_NAME_FIRST_POST_RX = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<post>总书记|总理|副总理|省长|副省长|部长|副部长|厅长|主席|市长)"
                                 r"(?=[，,。、；]|在|出席|强调|指出|讲话|视察|调研|考察|主持|致辞|表示|对|的重要|重要|关于|回信|勉励)")
_OBJECT_VERB_RX = re.compile(r"(?:承接|承办|参加|参与|落实|贯彻|响应|获得|荣获|获|入选|争取|配合|协助|申报|学习|借鉴|对接|走访|"
                             r"调研|慰问|看望|来到|赴|深入|服务|助力|加入|依托|聚焦|围绕|面向|走进|代表|命名|表彰|授予|组建)$")


# A contest's entrants, events and trades counted (来自31个省的32支代表队超1500人参赛, 设8个赛项)
_ENTRANTS_RX = re.compile(r"选手|代表队|参赛|赛项|工种|比赛项目|竞赛项目|决赛|晋级|参与角逐|同台竞技")
# A congress by its session (中国共产党某省第十二次代表大会, 自治区第十三次党代会, 省十三届人大, 中国工会第十八次全国代表大会)
_CONGRESS_RX = re.compile(r"第?[一二三四五六七八九十]+[次届](?:全国)?(?:人民代表大会|人大|代表大会|党代会|工代会|职代会)(?!代表团)")
# what may open a congress's name before its session: the party or the union, then a place or its level alone
_CONGRESS_HEAD_RX = re.compile(r"(中国共产党|中共|中国工会)?(.*)")
# a lead releasing statistics at a year's end (党内统计数据：截至2023年底; 据统计，截至2023年12月31日)
_STATS_LEAD_RX = re.compile(r"统计[^。]{0,12}?截[至止]((?:19|20)\d\d)年(?:底|末|12月31日)")
# what follows the body a paragraph opens reporting from (据某总工会有关部门负责人表示, 据某局介绍)
# what follows the body a reporter heard from (记者从某省总工会获悉)
_HEARD_RX = re.compile(r"获悉|了解到|获知|得知")
_SOURCE_AFTER_RX = re.compile(r"(?:有关|相关)?(?:部门)?(?:负责人|工作人员|同志)?(?:介绍|表示|透露|称)")
# what follows 选手 when no name does (选手们, 选手荣获, 选手来自…)
_NO_CONTESTANT_RX = re.compile(r"们|中|的|代表|来自|在|经过|通过|荣获|获|分获|斩获|夺|参加|参与|进入|入围|晋级|将|均|共")
# a level word heading a figure's clause (全市共选举产生代表525名)
_LEVEL_WORDS = ("全省", "全市", "全县", "全区", "全州", "我省", "我市", "我县", "我区", "本省", "本市", "本县")
# a count of a congress's delegates (850名省党代会代表, 他们中工人代表47名): the congress's figure
_DELEGATES_RX = re.compile(r"代表(?!大会|队|团|性|作用|了|着|的是)")
# A contest's name as a headline or a lead prints it: what ends in 大赛, 竞赛 …, back to a mark or a verb before it
_CONTEST_END_RX = re.compile(r"(?:大赛|竞赛|大比武|比武|锦标赛|运动会|技能赛)(?![事区场项道程])")
_CONTEST_CUT_RX = re.compile(r".*(?:[，,。；;：:\s、“”《》（）()!！?？|>»•·]|表彰|关于|举办|举行|开展|参加|进行|组织|承办|主办|启动|开幕|落幕|闭幕|发布|"
                             r"授予|获得|荣获|本届|本次|此次|这次|该|在|于|的|由|暨)")
# Where the full name before a short form's bracket starts: after a mark or a verb (记者从12351广东职工热线平台(以下简称“平台”))
_FULL_NAME_CUT_RX = re.compile(r".*(?:[，,。；;：:\s、“”《》!！?？|]|讯|获悉|了解到|表示|介绍|发布|成立|建立|依托|通过|[从向据对与和及在于的由是为])")
# What follows a place that is an event's venue (在陕西举办, 于某市举行)
_VENUE_AFTER_RX = re.compile(r"(?:市|省)?(?:隆重|成功|正式|顺利)?(?:举办|举行|召开|开幕|开赛|落幕|闭幕|拉开帷幕|进行|启动)")


class FactRules:
    """The fact rules on one page; each adds its entries to ``parts``, in page order."""

    def __init__(self, ctx: PageContext, mentions: list[Mention], times: list[tuple[int, int, dict]],
                 parts: DraftParts):
        self.ctx, self.mentions, self.times, self.parts = ctx, mentions, times, parts
        self.compact = ctx.compact
        self.ann = parts.annotation

    def _founding(self, lo: int, hi: int) -> bool:
        """The date at compact [lo, hi) is the day a body was set up (成立于2020年12月, 于2019年成立)."""
        return re.search(r"(?:成立|创建|始建|组建|创立)于$", self.compact[max(0, lo - 4):lo]) is not None or \
            self.compact[lo - 1:lo] == "于" and re.match(r"(?:正式)?(?:成立|组建|创建|创立)", self.compact[hi:hi + 4]) is not None

    def observations(self) -> None:
        """A figure (1.2万人, 30%) in an in-scope story: an observation, its indicator, subject and time."""
        ctx, vocab = self.ctx, self.ctx.vocab
        for hit in find_figures(ctx.page, vocab, loose=True):
            clo, chi = ctx.crange(hit.span)
            # a headline's figure too: one the body repeats is excluded after (drafter: numbered names)
            st = ctx.usable(clo, headlines=True)
            if st is None or hit.figure.ordinal and any(a <= clo < b for a, b in ctx.heads):  # a headline's 第三届: a name
                continue
            doubt = hit.doubt or _aspects_doubt(self.compact, clo, chi, hit.figure.unit_word) or (
                "an indefinite number (数百名, 几十家): no value to read" if hit.text[0] in "十百千" and clo
                and self.compact[clo - 1:clo] in ("数", "几") and self.compact[clo - 2:clo - 1] not in "人次总户个件岁" else None) or (
                "a set named by its count (八大行动, 三大举措): part of a name" if hit.figure.unit_word == "大" else None) or (
                "part of a programme's name (三年行动, 五年规划)" if hit.figure.unit_word == "年"
                and re.match(r"(?:行动|规划|计划|攻坚)", self.compact[chi:chi + 2]) else None) or (
                "最近 (the latest), no approximation" if hit.text.startswith("近") and self.compact[clo - 1:clo] == "最" else None) or (
                # (经过两天角逐, 仅用40分钟, 7分钟时间内; never 将持续100天: a campaign's length, which the annotations record)
                "the length of an event (为期三天, 在两天的时间里): no reported figure"
                if _span_word(hit.figure.unit_word) in _SPAN_WORDS
                and (re.search(r"(?:为期|会期|历时|经过|仅用|只用|用了|耗时|花了|折腾|仅仅)$", self.compact[max(0, clo - 2):clo])
                     or self.compact[clo - 2:clo] == "通过" and self.compact.startswith("的", chi)  # (通过近10天的评议工作)
                     or re.search(r"周期(?:延长至|延长到|为|是)$", self.compact[max(0, clo - 5):clo])  # (活动周期延长至6天)
                     # (时长共12天, 管理期限为4年, 一干竟然就是10年: a length or a stay)
                     or _STAY_BEFORE_RX.search(self.compact, max(0, clo - 7), clo)
                     or _span_word(hit.figure.unit_word) in ("天", "周", "个月")  # (服务时长1900小时: hours served, a figure)
                     and re.search(r"(?<!服务)(?<!志愿)时长共?$", self.compact[max(0, clo - 5):clo])
                     or self.compact[clo - 1:clo] in ("在", "用") and re.match(r"的?时间", self.compact[chi:chi + 3])  # (用4天时间)
                     or re.match(r"的?时间(?:内|里)", self.compact[chi:chi + 4])) else None) or (
                "the time a task took (48小时完成): its length, no reported figure" if _span_word(hit.figure.unit_word) in _SPAN_WORDS
                and re.match(r"(?:之?内)?(?:就|便)?(?:完成|建成|搭建|抢通|抢修|修复|赶到|抵达|到达|恢复)", self.compact[chi:chi + 4]) else None) or (
                "an anniversary (辉煌60年, 回眸45年): part of a title, no figure" if hit.figure.unit_word == "年"
                and (re.search(r"(?:辉煌|回眸|回望|走过|华诞)$", self.compact[max(0, clo - 2):clo])
                     or re.match(r"(?:回眸|回望|华诞|风雨)", self.compact[chi:chi + 2])) else None) or (
                "a period (五年来, 3年多来, 近五年): a time, no figure" if hit.figure.unit_word == "年" and not hit.figure.ordinal
                and not re.search(r"(?:工作|从事|扎根|坚守|耕耘|奋战|深耕|任教|服务|干)了?$", self.compact[max(0, clo - 3):clo])  # (工作近30年: a tenure)
                and (self.compact[chi:chi + 1] == "来" or self.compact[chi:chi + 2] in ("以来", "多来") or hit.text.startswith("近")
                     or re.search(r"过去的?$", self.compact[max(0, clo - 3):clo])
                     or _PERIOD_TOTAL.match(self.compact, chi)) else None) or (
                "part of a clock time (09:07:03)" if re.search(r"\d[:：]$", self.compact[max(0, clo - 2):clo]) else None) or (
                "a unit's number (八院800所, 149厂某某): part of its name" if _UNIT_NUMBER_RX.fullmatch(hit.text)
                and (self.compact[clo - 1:clo] == "院" or self.compact[chi:chi + 1] in _SURNAMES
                     and re.match(r"[\u4e00-\u9fff]{2,3}(?:[、，,]|入选|技能大师|劳模|工作室)", self.compact[chi:chi + 8])) else None) or (
                "a year (2010年左右): a date, no figure" if hit.figure.unit_word == "年"
                and re.fullmatch(r"(?:19|20)\d\d年(?:左右|前后)?", hit.text) else None) or (
                "a length of months (今年前7个月, 经过三个月, 历时9个多月): a time, no figure" if hit.figure.unit_word == "个"
                and re.match(r"多?月", self.compact[chi:chi + 2]) else None) or (
                "a length of years (有5个年头了): a time, no figure" if hit.figure.unit_word == "个"
                and self.compact.startswith("年头", chi) else None) or (
                "a length of years (用三年时间, 三年内, 十年间, 期限为4年, 一干就是10年, 历经30年, 已经7年): a time, no figure" if hit.figure.unit_word == "年" and not hit.figure.ordinal
                and (re.match(r"(?:的?时间|内|之内|间)", self.compact[chi:chi + 3])
                     or re.search(r"(?:用|历时|历经|经过|耗时|花了?|学制|务工|风行)$", self.compact[max(0, clo - 2):clo])
                     # (患病已经7年, 成立迄今已逾20年: how long since; not 已累计, a count)
                     or re.search(r"已经?$", self.compact[max(0, clo - 2):clo]) and (
                         not hit.figure.approximation or hit.text[0] in "逾超近")
                     or _STAY_BEFORE_RX.search(self.compact, max(0, clo - 7), clo)) else None) or (
                "part of a code or a model (T5项目, A3, DK—1项目)" if re.search(r"(?<![A-Za-z])[A-Za-z]{1,2}[—–-]?$", self.compact[max(0, clo - 4):clo]) else None) or (
                "a telephone or a code number (发送短信到106597009): no figure" if re.match(r"\d{9,}(?![\d.,，])", self.compact[clo:chi])
                and not re.match(r"\d+[万亿]", self.compact[clo:chi]) else None) or (
                "an order of magnitude (上百万, 上万): no value to read" if re.match(r"上[百千]?万", hit.text)
                or re.match(r"[百千]?万", hit.text) and self.compact[clo - 1:clo] == "上" else None) or _named_count_doubt(self.compact, clo, chi, hit)
            repeat = None if doubt else self._restated(clo, chi, hit.text, st)  # (the drafter lists a repeat against its observation)
            doubt = doubt or repeat or self._after_editor_line(clo, st)
            if doubt:
                self.parts.suggestions.append(Suggestion("figure", hit.text, hit.span, 0.2, {"unit": hit.unit, "doubt": doubt,
                                                                                            **({"repeat": True} if repeat else {})},
                                                         st["id"], "figure, no observation drafted"))
                continue
            q, qlo, qhi = ctx.quote_for(clo, chi, st, clause=True)
            slo, shi = ctx.sentence_at(clo)
            conf = 0.9 if hit.text[0].isdigit() or hit.text[:1] in FIND_PRE else 0.6
            if hit.unit is None:  # 300万 with no unit word: the annotator says what it counts
                conf = 0.6
            obs = {"id": f"o{len(self.ann['observations']) + 1}", "story": st["id"]}
            rank = hit.figure.unit_word == "名" and (hit.figure.ordinal or self.compact[clo - 1:clo] == "前")
            if rank:  # 第三名, 前八名: a rank, counted (not people)
                hit = dataclasses.replace(hit, unit="count")
            obs["indicator"] = self._rank_label() if rank else self._indicator(slo, shi, hit.unit)
            obs["subject"], subject_rule, subject_name = self._subject_of(slo, clo)
            obs["value"] = hit.text
            if not hit.figure.unit_word or hit.unit is None:  # 1000、800、500元: the list's unit, else a marker (1.5倍)
                obs["unit"] = hit.unit or MARKER
            elif hit.unit != (vocab.unit_for_word(hit.figure.unit_word).id if vocab.unit_for_word(hit.figure.unit_word) else None):
                obs["unit"] = hit.unit
            time, time_rule = self._time_of(slo, clo, st)
            last = self._last_time.get(st["id"])
            if time == {"unspecified": True} and last is not None and last[0] <= slo and self.compact.startswith(("其中", "当中"), slo) \
                    and isinstance(last[1], dict) and set(last[1]) - {"text", "unspecified"}:
                # 外僱至去年十二月底已回落至177,638人。当中专业外僱6,072人: among them, at the same date
                time, time_rule = last[1], f"{self.compact[slo:slo + 2]} opens the sentence: the time of the figure before it"
            if isinstance(time, dict) and "since" in time and re.search(r"[从由](?:19|20)\d\d年(?:底|末)?的$", self.compact[slo:clo]):
                # 从1988年的73.27万人，增加到目前的240万人: the value of that year, where the change starts
                time, time_rule = {"during": time["since"], "text": time["text"]}, f"{time['text']}的…: the value of that year, a change's start"
            if isinstance(time, dict) and "since" in time and re.search(r"[从由][^，,。；]{0,8}$", self.compact[slo:clo]) \
                    and re.match(r"[^，,。；]{0,10}?(?:扩展|扩大|增加|增长|提高|提升|发展|上升|减少|下降)(?:至|到|为)", self.compact[chi:]):
                time, time_rule = MARKER, f"the value a change over the period ({time['text']}) starts from: its start, check"
            change = re.search(r"[从由]((?:19|20)\d\d年)(?:底|末)?(?:的|(?=[超近约逾]))[^，,。；]{1,12}?[，,]?(?:降|减少|下降|增加|增长|提高|提升|上升|扩大)(?:至|到|为)(?:近|约|超过|超)?$",
                               self.compact[slo:clo])
            if isinstance(time, dict) and "since" in time and change:
                # 从2021年的68.5%降至61.2%: the value a change since that year ends at, now
                time, time_rule = {"unspecified": True, "text": time["text"]}, (
                    f"从{change.group(1)}的…至 the figure: the value the change ends at, the story's date")
            if isinstance(time, dict) and "as_of" in time and re.match(r"到(?:19|20)\d\d年[底末]$", time.get("text", "")) \
                    and re.search(r"力争|目标|计划|预计|将|拟", self.compact[slo:clo]):
                time = {"by": time["as_of"][:4], "text": time["text"]}  # 计划由…增加到2027年底的…: a target after all
            # (经过努力，到2023年6月底，…建立3037家: a month's end reached, no target)
            reached = isinstance(time, dict) and "as_of" in time and re.fullmatch(r"到(?:19|20)\d\d年\d{1,2}月[底末]", time.get("text", ""))
            if any(w in self.compact[slo:clo] for w in _TARGET_WORDS[:2]) \
                    or re.search(rf"(?<!{CHANGE_VERBS})到(?:19|20)\d\d年", self.compact[slo:clo]) and not reached \
                    or isinstance(time, dict) and "by" in time:  # 到2027年 opening its paragraph: its figures are targets
                obs["status"] = "target"
            obs["time"] = time
            self._last_time[st["id"]] = (slo, time)
            base = next((t for a, b, t in self.times if slo <= a < shi and "baseline" in t), None)
            if base:
                obs["note"] = f"compared with {base['baseline']} ({base['text']}): the baseline year, not the period"
            obs["quote"] = q
            s = Suggestion("observation", hit.text, hit.span, conf,
                           {"value": str(hit.figure.value) if hit.figure.value is not None else None,
                            "minimum": str(hit.figure.minimum) if hit.figure.minimum is not None else None,
                            "maximum": str(hit.figure.maximum) if hit.figure.maximum is not None else None,
                            "unit": hit.unit, "approximation": hit.figure.approximation,
                            "quote": q, "quote_start": ctx.span(qlo, qhi).start, "quote_end": ctx.span(qlo, qhi).end,
                            "subject": obs["subject"], "subject_name": subject_name, "subject_rule": subject_rule,
                            "time": obs["time"], "time_rule": time_rule,
                            **({"baseline": base["baseline"]} if base else {})},
                           st["id"], "figure")
            self.parts.add("observations", obs, s, (qlo, qhi))

    def documents(self) -> None:
        """A 《title》: a policy-document measure, its issuer the organisation named before it."""
        ctx = self.ctx
        titles_seen: list[str] = []
        title_pos = 0
        for m in DOC_TITLE_RX.finditer(self.compact):
            st = ctx.usable(m.start())
            title = m.group(1)
            if st is None:
                continue
            if ctx.story_at(m.start()) is not ctx.story_at(title_pos):
                titles_seen.clear()  # a new story: its 《实施方案》 may be another document
            title_pos = m.start()
            if any(t != title and t.endswith(title) for t in titles_seen) or title in titles_seen:
                continue  # （以下简称《方案》） or the same document again: one suggestion per document and story
            titles_seen.append(title)
            slo, shi = ctx.sentence_at(m.start())
            q, qlo, qhi = ctx.quote_for(m.start(), m.end(), st)
            doc_ids = self._document_ids(title)
            issuer = self._issuer(slo, m.start())
            printed = title
            if len(title) <= 6:  # 《实施方案》: the words before it say whose (高新区产改《实施方案》)
                before = re.search(r"[\u4e00-\u9fff]{1,10}$", self.compact[slo:m.start()])
                if before:
                    words = re.split(r"印发|出台|制定|制订|发布|颁布|了|的|和|与|及|按照|根据|围绕|落实|贯彻|以|将|在|把|为", before.group(0))
                    if words[-1]:
                        printed = words[-1] + m.group(0)
            s = Suggestion("document", title, ctx.span(m.start(1), m.end(1)), 0.9 if doc_ids else 0.75,
                           {"ids": doc_ids, "issuer": issuer,
                            **({"new": {"name": title, "aliases": [printed]}} if printed != title and not doc_ids else {})},
                           st["id"], "《…》")
            meas = {"id": f"m{len(self.ann['measures']) + 1}", "story": st["id"], "label": title, "type": "policy-document",
                    "document": doc_ids[0] if doc_ids else MARKER}
            if issuer:
                meas["lead"] = [issuer]
            self._areas_groups(meas, slo, shi)
            t = self._time(slo, m.start(), st, required=False)
            if t:
                meas["time"] = t
            meas["status"] = self._status(q, slo, shi)
            meas["quote"] = q
            if not doc_ids:
                self.parts.new_entities.setdefault(("documents", title), {"section": "documents", "text": title,
                                                                         "start": s.span.start, "end": s.span.end,
                                                                         "confidence": 0.75, "name": title,
                                                                         "issuers": [issuer] if issuer else [], "kind": MARKER})
            self.parts.add("measures", meas, s, (qlo, qhi))

    def quoted_measures(self) -> None:
        """Programmes, campaigns, mechanisms named in quotation marks (“…”行动) beside an action verb."""
        ctx = self.ctx
        seen_labels = {x["label"] for x in self.ann["measures"]}
        for m in _QUOTED_NAME.finditer(self.compact):
            label = m.group(1) if not m.group(2) else m.group(0)
            kind = next((v for k, v in _MEASURE_SUFFIX.items() if label.endswith(k)), None)
            st = ctx.usable(m.start())
            if kind is None or st is None or label in seen_labels:
                continue
            slo, shi = ctx.sentence_at(m.start())
            if not any(v in self.compact[slo:shi] for v in _MEASURE_VERBS):
                continue
            seen_labels.add(label)
            q, qlo, qhi = ctx.quote_for(m.start(), m.end(), st)
            s = Suggestion("measure", label, ctx.span(m.start(), m.end()), 0.5, {"type": kind}, st["id"],
                           "“name” + action verb")
            meas = {"id": f"m{len(self.ann['measures']) + 1}", "story": st["id"], "label": label, "type": kind}
            lead = self._issuer(slo, m.start())
            if lead:
                meas["lead"] = [lead]
            self._areas_groups(meas, slo, shi)
            meas["status"] = self._status(q, slo, shi)
            meas["quote"] = q
            self.parts.add("measures", meas, s, (qlo, qhi))

    def _status(self, quote: str, slo: int, shi: int) -> dict:
        """The measure's status from the cue words of its quote, else of its sentence
        (:func:`reformkg.annotation.migrate.decide_status`); TODO when there is none."""
        found = decide_status(quote) or decide_status(self.compact[slo:shi])
        return {"value": found[0], "cue": found[1]} if found else {"value": MARKER, "cue": MARKER}

    def designations(self) -> None:
        """被评为…, 荣获…称号: a recognition, its recipient the subject of the sentence."""
        ctx = self.ctx
        for m in _DESIGNATION_RX.finditer(self.compact):
            st = ctx.usable(m.start())
            if st is None:
                continue
            title = m.group(2).strip("“”")
            title = re.sub(r"”?(?:荣誉)?称号$", "", title).strip("“”")
            slo, shi = ctx.sentence_at(m.start())
            q, qlo, qhi = ctx.quote_for(m.start(), m.end(), st, clause=True)
            rec = {"id": f"r{len(self.ann['recognitions']) + 1}", "story": st["id"], "title": title,
                   "recipient": self._subject(slo, m.start())}
            level = ("national" if title.startswith(("全国", "国家")) else "province" if title.startswith(("全省", "省级", "省"))
                     else "prefecture" if title.startswith(("全市", "市级")) else None)
            if level:
                rec["level"] = level
            t = self._time(slo, m.start(), st, required=False)
            if t:
                rec["time"] = t
            rec["quote"] = q
            s = Suggestion("recognition", title, ctx.span(m.start(2) + m.group(2).index(title), m.start(2) + m.group(2).index(title) + len(title)), 0.6, {"trigger": m.group(1)}, st["id"],
                           f"designation ({m.group(1)})")
            self.parts.add("recognitions", rec, s, (qlo, qhi))

    def posts(self) -> None:
        """工会主席王敏: a person holding a post in the organisation named just before."""
        ctx = self.ctx
        for post in self._held_posts:
            st = ctx.usable(post["cstart"])
            if st is None:
                continue
            q, qlo, qhi = ctx.quote_for(post["cstart"], post["cend"], st, clause=True)
            entry = {"id": f"p{len(self.ann['posts']) + 1}", "story": st["id"], "person": post["person"] or MARKER,
                     "role": post["role"], "organisation": post["organisation"] or MARKER, "quote": q}
            s = Suggestion("post", post["text"], ctx.span(post["cstart"], post["cend"]), post["confidence"],
                           {"name": post["name"], "role": post["role"], "organisation": post["organisation"],
                            "organisation_name": post["organisation_name"]}, st["id"],
                           "post + name" + (" (organisation printed before the post)" if post["organisation_name"] else " (no organisation printed)"))
            if not post["person"]:
                self.parts.new_entities.setdefault(("people", post["name"]), {"section": "people", "text": post["name"],
                                                                             "start": s.span.start, "end": s.span.end,
                                                                             "confidence": post["confidence"], "name": post["name"]})
            self.parts.add("posts", entry, s, (qlo, qhi))

    # ----------------------------------------------------------- fields of the entries
    def _rank_label(self) -> str:
        concept = self.ctx.vocab.schemes["indicator"].concepts.get("rank")
        return concept.zh if concept else MARKER

    def _indicator(self, slo: int, shi: int, unit: str) -> str:
        sentence = self.compact[slo:shi]
        best = None
        for c in self.ctx.vocab.schemes["indicator"].concepts.values():
            if c.zh in sentence and (c.extra.get("unit") in (None, unit)):
                if best is None or len(c.zh) > len(best.zh):
                    best = c
        return best.zh if best else MARKER

    def _subject(self, slo: int, cpos: int) -> dict | str:
        return self._subject_of(slo, cpos, figure=False)[0]

    def _subject_of(self, slo: int, cpos: int, figure: bool = True) -> tuple[dict | str, str, str | None]:
        """What a figure at compact ``cpos`` is about, the rule that decided it and the name.

        A line of the page is a sentence here (a caption, or 福建省总工会决定 over the lines that
        follow it). In the figure's sentence, from the figure's clause back to the first: a name
        heading a clause (after an opening time phrase, 据悉, 日前 …), or 我市/全省/本县 heading
        one: the story's region of that level (the one it names most); then 全市 … anywhere
        before the figure. A sentence without one continues the topic of the sentences before
        it in the story (the topic chain of Chinese prose: 选手们经过激烈角逐…一等奖1名 after
        来自全市…的选手). (The story's lead as a last resort was tried: on the five pages it made
        79 subjects wrong for 11 right.)
        A place in a dateline (北京讯, 新华社合肥5月11日电) is no subject; nor is an item of a list
        (货拉拉、滴滴等), a body after 联合/邀请 (the partner) or a name inside quotation marks.
        A figure only (``figure``, not a recognition's recipient): a region printed right before
        it (某市24家) or 全省 right before it (吸引了全省60万人次), a list of figures ending in ……
        the name after it (:meth:`_name_after_list`), and under a section heading of a union's
        report, the union heading the story's lead (:meth:`_lead_union`). 全市/全省 with no
        region of that level in the story: the one its headline, dateline or site lines name
        (:meth:`_place_around_story`), else the one its text prints by itself
        (:meth:`_place_printed_alone`); 全省 on a page that prints one province only inside names
        (:meth:`_page_province`). Last, a figure no rule gives a subject (or only 其…, 这是…)
        in a story of one place: that place (:meth:`_one_place_story`). (30年来某省… heads its
        clause as 近年来 does.) TODO is better than a wrong subject."""
        lo = slo
        best, rule, printed = self._sentence_subject(lo, cpos)
        if figure and best is not None and best.section == "regions" and _RANK_AFTER_RX.match(self.compact, best.cend) \
                and _RANK_AFTER_RX.match(self.compact, cpos):
            best, rule, printed = None, "", None  # 焊工全国第6名: the rank's field, not whose the rank is
        congress = self._delegates_from(best, lo, cpos) if figure else None
        if congress is not None:  # 出席大会的有来自…、某工会联合会的35个代表团、2002名代表: where they come from
            return MARKER, f"delegates 来自 {best.name} 的 in a story of a congress: the congress its lead names", congress
        place = self._committee_place(best, lo) if figure else None
        if place is not None:  # 平江县委…，全县新建工会12个: the county, as the graders read a Party committee's figure
            best, rule = place, f"{rule}: the place of its Party committee"
        agent = self._passive_agent(cpos)
        if agent is not None:  # …等20家工作室，被省总工会命名为“…”: the body that names them
            best, rule, printed = agent, ("被 + a body + 命名/评为 after the figure: the body that names" if agent.cstart > cpos
                                          else "a body + 命名的/评选的 right before the figure: the body that names"), None
        if figure and (best is None and printed is None or best is not None and best.cend < cpos and re.match(
                r"[\d一二两三四五六七八九十]+个?(?:区县|县区|县市区|区|县|乡镇|街道)", self.compact[cpos:cpos + 8])):
            # 与龙岩市7个区县总工会结对: the place printed right before a count of its own units, whoever heads the sentence
            here = self._region_before_figure(cpos)
            if here is not None or best is None:
                best = here
                rule = "a region printed right before the figure (某市24家): the figure's place" if best is not None else rule
        if figure and best is not None and best.section == "regions" and best.cend <= cpos \
                and re.match(r"[^，。；、]{0,16}?(?:大赛|竞赛|比赛|运动会)", self.compact[best.cend:cpos]):
            contest = self._contest_of(self.ctx.story_at(cpos))
            if contest is not None and best.name in contest and self.compact.startswith(contest, self.compact.rfind(
                    contest[:2], max(lo, best.cstart - 8), best.cstart + 1)):
                # 首届全国“红旗杯”班组长大赛有色金属赛道吸引了1.8万余名班组长: 全国 inside the contest's name, the contest's figure
                return MARKER, (f"{best.name} inside the name of the contest the story reports ({contest}), heading the clause: "
                                "a competition's figure (subject: the measure and its organiser)"), contest
        owner = next((o for o in sorted(self.mentions, key=lambda o: -len(o.name)) if o.section == "organisations" and len(o.name) >= 3
                      and self.compact.startswith(o.name, best.cstart - len(o.name)) and best.cstart - len(o.name) >= lo), None) \
            if figure and best is not None and best.section == "regions" and "china" in best.ids and best.cend <= cpos else None
        if owner is not None and re.compile(r"全国(?:各地|各省|各省市|各省区市)?[\u4e00-\u9fff]{0,4}?[\d一二两三四五六七八九十]").match(
                self.compact, best.cstart, cpos + 1):
            # 来自气电集团全国各省市17家所属单位: the body's units across the country, the body's count
            best, rule, printed = owner, f"{owner.name}全国… before the figure: the body's units across the country, its count", None
        if figure and best is not None and best.section == "regions" and best.cend <= cpos and "china" in best.ids \
                and re.search(r"来自(?:于)?$", self.compact[max(lo, best.cstart - 3):best.cstart]):
            # 来自全国24个代表队72名选手: where the entrants come from, not whose the count is; the contest's organiser
            # (来自某县5个企业的10名选手: the county's, as the graders read it)
            best = self._contest_organiser(lo, cpos)
            contest = self._story_contest(lo, cpos) if best is None else None
            if contest is not None:  # 共有来自全国10个省的50支代表队、407位选手参赛 (no organiser named): the contest's entrants
                return MARKER, ("来自全国: where a contest's entrants come from; the contest the story's headline or lead names, "
                                "a competition's figure (subject: the measure and its organiser)"), contest
            printed = None if best is not None else ""
            rule = ("来自全国: where a contest's entrants come from; its first organiser, as the story names it"
                    if best is not None else "来自全国: where the entrants come from, not whose the figure is")
        if figure and best is not None and best.section == "regions" and "china" in best.ids and best.cend <= cpos \
                and re.search(r"报名|参赛|选手|晋级|代表队", self.compact[lo:self.ctx.sentence_at(cpos)[1]]):
            contest = self._story_contest(lo, cpos)
            if contest is not None:  # 全国共有…416家企业、4106名员工报名: the entrants of the contest the story reports
                return MARKER, (f"{best.name} heads a count of a contest's entrants: the contest the story's headline or lead "
                                "names, a competition's figure (subject: the measure and its organiser)"), contest
        if best is None and printed is None and figure:
            best = self._name_after_list(cpos)
            rule = ("a list of figures ending in …… before a name (…2006家……某市工会在…): the name heading what follows"
                    if best is not None else rule)
        if best is None and printed is None and figure:
            after = self._level_after_list(cpos)
            if after is not None:  # …增长13%……我省产业工人队伍建设改革举措务实: the level's region, as 我省 reads
                best, level_rule, printed = self._level_region(lo, after, "")
                rule = f"a list of figures ending in …… before {after.group(0)}: {level_rule.split(': ', 1)[-1]}"
        if best is None and printed == "" and figure and rule.startswith("a list of names heads"):
            host = self._contest_organiser(lo, cpos)  # 甲公司、乙公司等11家企业的23名选手参赛: the contest's, its organiser's
            if host is not None:
                best, printed = host, None
                rule = f"{rule.split(':')[0]}: the contest's entrants; its first organiser, as the story names it (本次大赛由…主办)"
        if best is None and printed is None:
            best = self._quote_speaker(cpos)
            rule = "inside a quotation: the body of the speaker after it" if best is not None else rule
        if best is None and printed is None and figure:
            zone = self._zone_by_kind(lo, cpos)
            if zone is not None:
                printed, rule = zone, f"试验区/开发区/园区 alone in the sentence: the one zone the story named in full before ({zone})"
        source = self._paragraph_source(cpos) if best is None and printed is None and figure else None
        told = self._sentence_source(lo) if best is None and printed is None and figure and source is None else None
        if best is None and printed is None:
            best, rule, printed = self._topic_before(lo)
            rule = f"{rule}, topic of the sentences before" if rule else rule
            congress = self._delegates_congress(lo, cpos) if figure and best is not None else None
            if congress is not None and (best.section == "organisations" or congress.startswith(self.compact[best.cstart:best.cend])):
                # …的35个代表团、2002名代表。此外，还将有约60名特邀代表: the congress's, not the topic's (a region's: its
                # delegation's, unless the region is the congress's own, 河北省 of 河北省工会第十五次代表大会)
                return MARKER, ("a count of delegates, no subject in its sentence, in a story of a congress: the congress its lead "
                                f"names, not the body of the sentences before ({best.name})"), congress
            if source is not None and (best is None and not printed or best is not None and best.cend <= self._paragraph_at(cpos)[0]):
                # 据全总有关部门负责人表示，…。在今年的评选表彰中，产业工人共计373名: 全总's, not a topic of the paragraphs before
                best, rule, printed = source, "no subject in the sentence or its paragraph; the body the paragraph opens reporting from (据…表示)", None
            if told is not None and (best is None and not printed or best is not None and best.cend <= lo):
                # …领导小组组织开展的专项行动已收官。记者从全国总工会获悉：…各级工会共检查…: the body reporting its own work
                best, rule, printed = told, "no subject in the sentence; the body it opens reporting from (记者从…获悉)", None
            place = self._committee_place(best, lo, bare=False) if figure else None
            if place is not None:
                best, rule = place, f"{rule}: the place of its Party committee"
            host = self._contest_organiser(lo, cpos) if best is None and printed == "" and figure and rule.startswith(
                "a list of names heads") else None
            if host is not None:  # 由甲、乙承办…。来自15家单位的43名选手参赛: the contest's, its first organiser's
                best, printed = host, None
                rule = f"{rule.split(':')[0]}, topic of the sentences before: the contest's; its first organiser, as the story names it"
        again = self._count_again(lo, cpos) if best is None and printed is None and figure else None
        if again is not None:  # 我省29名…获得者… (a section later) 29名…获得者中，一线职工21人: the 29's subject
            (subject, why, name), among = again
            return subject, f"{among} heads the clause, the count and its noun printed before: their subject ({why})", name
        if best is None and printed is None:
            best = self._headline_region(lo)
            rule = "the one region the story's headline names, its paragraph naming no other subject" if best is not None else rule
            zone = self._headline_zone(best, lo) if best is not None else None
            if zone is not None:  # 烟台市蓝湾新区… over 蓝湾新区新建…: the zone the headline names, not its city
                best, printed = None, zone
                rule = f"the one zone the story's headline names (its place first), printed in the story ({zone})"
        if best is None and printed is None:
            best = self._sole_body(lo)
            rule = "the one body the story names, its regions all the body's own" if best is not None else rule
        for find, why in self._STORY_BODY_RULES if best is None and printed is None and figure else ():
            best = getattr(self, find)(lo, cpos)
            if best is not None:
                rule = why
                break
        if best is None and printed is None:
            head = self._clause_head(lo, cpos)  # (or a line of its own: a caption under a heading)
            event = next((e for k in [head] + [k for k in self._line_starts if head < k < cpos]
                          if (e := _EVENT_ACTS_RX.match(self.compact, k, cpos))), None)
            if event:  # 2020年某省劳动模范表彰大会授予10个单位…: the event acts; whose body, the annotator decides
                return MARKER, f"an event heads the sentence ({event.group(1)}): its name", event.group(1)
        if best is None and (printed is None or printed == "" and rule.startswith(("其", "这是"))) and figure:
            one = self._one_place_story(cpos)
            if one is not None:  # (其职业…, or nothing: in a story of one place, that place's figure)
                best, rule, printed = one, (rule + "; " if rule else "") + "the one place the story names", None
        if best is None and printed is None and figure:
            best = self._first_sentence_union(lo, cpos)
            rule = ("no subject in the sentence or the story before it; the union (or a region's 各级工会) heading the story's "
                    "first sentence: the body whose work the story reports") if best is not None else rule
        if best is None:
            congress = self._delegates_congress(lo, cpos) if figure and printed in _LEVEL_WORDS else None
            if congress is not None and printed[1] in congress:  # 全市共选举产生代表525名 (市第十一次党代会)
                return MARKER, f"{printed} and delegates in a story of a congress: the congress its lead names", congress
            if printed is not None:  # 我市 in a story that names no city: the printed word; 该公司: none
                return MARKER, rule, printed or None
            back = re.search(r"(?:这|该|上述|此)(\d+(?:\.\d+)?[万]?)(?:名|人|位|家|个)[\u4e00-\u9fff]{0,6}?(?:中|里|当中)[^。！？!?]*$",
                             self.compact[self._paragraph_at(cpos)[0]:cpos]) if figure else None  # (its clauses after ；too)
            earlier = self._subjects_by_count.get((self.ctx.story_at(lo)["id"], back.group(1))) if back else None
            if earlier is not None:  # 今年某市共有112人获得表彰。(later) 这112人中，企业职工65人: the 112's subject
                subject, why, name = earlier
                return subject, f"这{back.group(1)}…中 heads the clause: the subject of the {back.group(1)} counted before ({why})", name
            last = self._last_subject.get(self.ctx.story_at(lo)["id"]) if figure and self.compact.startswith(("其中", "当中"), lo) else None
            if last is not None and last[0] < lo:  # …向124名激励对象授予股票期权。其中优秀技术工人39人: among the 124, the firm's
                subject, why, name = last[1]
                return subject, f"{self.compact[lo:lo + 2]} opens the sentence: the subject of the figure before it ({why})", name
            congress = self._delegates_congress(lo, cpos) if figure else None
            if congress is not None:  # 850名代表中，一线工人代表47名: the delegates of the congress the story reports
                return MARKER, ("no subject in the sentence or the story before it; a count of delegates in a story of a "
                                "congress: the congress its lead names"), congress
            contest = self._story_contest(lo, cpos) if figure else None
            if contest is not None:  # 来自31个省的32支代表队超1500人参赛: the entrants of the contest the story reports
                return MARKER, ("no subject in the sentence or the story before it; entrants of the contest the story's "
                                "headline or lead names: a competition's figure (subject: the measure and its organiser)"), contest
            contest = self._contest_joined(cpos) if figure else None
            if contest is not None:  # 来自某地32家企业的130名高手…参加首届某某技能大赛: the entrants of the contest they join
                return MARKER, ("no subject in the sentence or the story before it; entrants of the contest the figure's "
                                "sentence names after it: a competition's figure (subject: the measure and its organiser)"), contest
            return MARKER, "no subject in the sentence or the story before it", None
        name = (best.proposal or {}).get("name", best.name)
        count = re.match(r"\d+(?:\.\d+)?[万]?(?=[名人位家个])", self.compact[cpos:cpos + 12]) if figure else None
        if not best.ids:
            self.parts.propose(best, self.ctx.span(best.cstart, best.cend))
            result = (MARKER, rule + f" ({best.name}, not in the registry)", name)
        else:
            key = "organisation" if best.section == "organisations" else "region"
            result = ({key: best.ids[0]}, rule + f" ({best.name})", name)
            fed = self._union_work_of(best, lo, cpos) if figure and key == "region" else None
            if fed is not None:  # 全省工会建成驿站2.75万个 on a page of 辽宁省总工会: the federation's work in its region
                result = ({"organisation": fed.ids[0], "region": best.ids[0]},
                          rule + f" ({best.name}); 工会 in the sentence, the region's federation the story names ({fed.name}): "
                                 "its union work, the federation's and the region's", name)
        if count:  # (the subject of a count a later 这112人中 takes up)
            self._subjects_by_count.setdefault((self.ctx.story_at(lo)["id"], count.group(0)), result)
        if figure:  # (the subject a sentence opening with 其中 takes up; one the page prints again with its noun, 29名…获得者中)
            self._last_subject[self.ctx.story_at(lo)["id"]] = (cpos, result)
            self._subjects_on_page.setdefault(cpos, result)
        return result

    def _delegates_from(self, best: Mention | None, lo: int, cpos: int) -> str | None:
        """The congress of :meth:`_delegates_congress`, when ``best`` is where delegates come from (来自…、某工会联合会的
        35个代表团): whose the delegates are is the congress's, not the body's they come from."""
        if best is None or not self.compact.startswith("的", best.cend) \
                or not re.search(r"来自[^。；]*$", self.compact[self.ctx.sentence_at(best.cstart)[0]:best.cstart]):
            return None
        return self._delegates_congress(lo, cpos)

    def _delegates_congress(self, lo: int, cpos: int) -> str | None:
        """The congress the story reports (its first name printed in full after the headline: 中国共产党某县第十四次
        代表大会 before 县第十四次党代会), when the figure's sentence speaks of delegates (代表, not 代表队, 代表团)."""
        if not _DELEGATES_RX.search(self.compact, *self.ctx.sentence_at(cpos)):
            return None
        story = self.ctx.story_at(cpos)
        memo = self.__dict__.setdefault("_congresses", {})
        if story["id"] not in memo:
            memo[story["id"]] = self._congress_named(story)
        return memo[story["id"]]

    def _congress_named(self, story: dict) -> str | None:
        """The first congress ``story`` names after its headline, with its party or union and its place (a place of
        the gazetteer, or its level alone: 自治区, 市); the first in full (中国共产党…, …人民代表大会) if there is one."""
        slo, shi = self.ctx.crange(story["span"])
        hhi = self.ctx.crange(story["head_span"])[1]
        names = []
        for m in _CONGRESS_RX.finditer(self.compact, max(slo, hhi) if hhi < shi else slo, shi):
            left = self.compact[max(slo, m.start() - 14):m.start()]
            head = next((left[k:] for k in range(len(left) + 1) if self._congress_head(left[k:])), "")
            names.append(head + m.group(0))
        full = [n for n in names if n.startswith(("中国共产党", "中共", "中国工会")) or n.endswith("人民代表大会")]
        return (full or names or [None])[0]

    def _congress_head(self, head: str) -> bool:
        """Whether ``head`` may open a congress's name: its party or union, then a place or its level alone (and its
        unions: 某省工会第十五次代表大会)."""
        body, place = _CONGRESS_HEAD_RX.fullmatch(head).groups()
        place = re.sub(r"(?<=.)(?:总工会|工会)$", "", place)  # (河北省工会第十五次代表大会: a province's union congress)
        return bool(body or place) and (place in ("", "省", "市", "县", "区", "自治区", "州")
                                        or place[-1:] in "省市县区州" and place in self.ctx.gaz
                                        or place.endswith("自治区") and place in self.ctx.gaz)

    def _contest_joined(self, cpos: int) -> str | None:
        """The contest the figure's sentence says its people join, after the figure (…130名高手汇聚我市，参加首届
        某某城市集成电路技能大赛), as printed; None otherwise."""
        b = self.ctx.sentence_at(cpos)[1]
        m = re.search(r"(?:参加|参与|角逐|参赛)了?(?:在[^，,。；]{1,8}?举办的)?((?:“[^”]{1,12}”)?[^，,。；;：:、“”]{4,40}?"
                      rf"{_CONTEST_END_RX.pattern})", self.compact[cpos:b])
        return m.group(1) if m else None

    def _story_contest(self, lo: int, cpos: int) -> str | None:
        """The contest a story's headline or lead names (第八届全国职工职业技能大赛, 2021锦州市第八届“状元杯”职工职业技能
        大赛), as printed, when the figure's sentence counts its entrants, events or trades (选手, 代表队, 参赛, 赛项, 工种):
        what the figure is of, a measure of type competition the annotator adds."""
        if not _ENTRANTS_RX.search(self.compact, lo, self.ctx.sentence_at(cpos)[1]):
            return None
        return self._contest_of(self.ctx.story_at(cpos))

    def _contest_of(self, story: dict) -> str | None:
        """:meth:`_contest_named`, found once a story (one name a story: its headline's or its lead's)."""
        memo = self.__dict__.setdefault("_contests", {})
        if story["id"] not in memo:
            memo[story["id"]] = self._contest_named(story)
        return memo[story["id"]]

    def _contest_named(self, story: dict) -> str | None:
        """The contest the headline or the lead of ``story`` names, as printed, or None."""
        slo, shi = self.ctx.crange(story["span"])
        hlo, hhi = self.ctx.crange(story["head_span"])
        a, b = self.ctx.sentence_at(max(slo, hhi) if max(slo, hhi) < shi else slo)
        dl = dateline(self.compact, slo, shi)
        if dl and a <= dl.start() < b:  # 中工网讯(记者…): the lead after its dateline and byline
            a = dl.end() + (m.end() if (m := re.match(r"[（(][^）)]{0,30}[）)]", self.compact[dl.end():b])) else 0)
        zones = [(hlo, hhi), (a, b)]
        while len(zones) < 5 and b < shi and (self.ctx.boilerplate_at(a) or re.search(r">|＞|首页|位置", self.compact[a:b])):
            a, b = self.ctx.sentence_at(b)  # (a site's name over its breadcrumb 首页>新闻动态>: the headline after them)
            zones.append((a, b))
        for zlo, zhi in zones:
            m = _CONTEST_END_RX.search(self.compact, zlo, zhi)
            if m:  # (第七届江苏技能状元大赛 after 关于表彰; 2021锦州市第八届“状元杯”职工职业技能大赛: its marks kept inside)
                start = self._line_cut(max(zlo, m.start() - 40), m.start())
                span = self.ctx.span(start, m.start())
                printed = self.ctx.page.text[span.start:span.end]
                if re.search(r"[^\S\u2008]\S", printed):  # 金鼓齐鸣展风采 奋力拼搏争桂冠 “金农发行杯”…竞赛: after the last space
                    start = m.start() - len(re.sub(r"\s", "", re.split(r"[^\S\u2008]+", printed.rstrip())[-1]))  # (\u2008: a gloss's)
                left = self.compact[start:m.start()]
                left = re.sub(r"^“", "", re.sub(r"“([^“”]{1,10}杯)”(?=[\u4e00-\u9fff])|“([^“”]{1,10})”(?=[\u4e00-\u9fff]{0,10}$)",
                                               lambda q: f"‘{q.group(1) or q.group(2)}’", left))  # (某市地铁工程“五比五创”劳动竞赛 too)
                cut = _CONTEST_CUT_RX.match(left)
                name = left[cut.end():] if cut else left
                name = re.sub(r"^‘([^’]*)’", r"\1", name)  # (“金农发行杯”综合业务知识技能竞赛: the marks opening it left out)
                name = name.replace("‘", "“").replace("’", "”") + m.group(0)
                if len(name) >= 6:
                    return name
        return None

    def _union_work_of(self, region: Mention, lo: int, cpos: int) -> Mention | None:
        """The registered union federation of ``region`` the story names, when the figure's sentence up to it, from
        the last 全省, 我市 … in it, speaks of unions (全省各级工会, 工会驿站, 省总工会): the union work of a province or
        a city is its federation's as much as the place's (the annotations give both: an organisation and a region)."""
        heads = list(re.finditer(r"全省|全市|全县|全区|全州|我省|我市|我县|我区|本省|本市", self.compact[lo:cpos]))
        if not heads or "工会" not in self.compact[lo + heads[-1].start():cpos]:
            return None  # (from the last level word: 全省工会…，全省技能人才300万人 is the province's; 江苏获评11席, its name)
        story = self.ctx.story_at(lo)
        slo, shi = self.ctx.crange(story["span"])
        orgs = self.ctx.registry.organisations
        feds = {m.ids[0]: m for m in self.mentions if m.section == "organisations" and m.ids and slo <= m.cstart < shi
                and m.ids[0] in orgs and orgs[m.ids[0]].kind == "union-federation" and orgs[m.ids[0]].region == region.ids[0]}
        return next(iter(feds.values())) if len(feds) == 1 else None

    @functools.cached_property
    def _subjects_by_count(self) -> dict[tuple[str, str], tuple]:
        return {}

    def _count_again(self, lo: int, cpos: int) -> tuple[tuple, str] | None:
        """A clause before the figure opening with a count and its noun printed before on the page, 中 after it
        (29名全国五一劳动奖章获得者中，一线职工21人): the subject of that count, drafted where it was printed,
        when it is one of the registry's (a TODO there passes nothing on)."""
        plo = self._paragraph_at(cpos)[0]
        for m in _AMONG_RX.finditer(self.compact, plo, cpos):  # (its clauses after ；too: 产业工人13人…；农民工6人)
            if m.end() > cpos or m.start() > plo and self.compact[m.start() - 1] not in "，,；;：:。！？!?" \
                    or re.search(r"[。！？!?]", self.compact[m.end():lo]):
                continue
            count = m.group(3)
            noun = (m.group(1) or "") + m.group(2)[len(count):]
            grams = {noun[i:i + 4] for i in range(len(noun) - 3)}
            for at, earlier in self._subjects_on_page.items():
                if at < plo and earlier[0] != MARKER and self.compact.startswith(count, at) and not self.compact[at + len(count):at + len(count) + 1].isdigit() \
                        and any(g in self.compact[slice(*self.ctx.sentence_at(at))] for g in grams):
                    return earlier, m.group(0)[:-2]  # (29名个人荣获全国五一劳动奖章 before: the count and a word of its noun)
        return None

    @functools.cached_property
    def _subjects_on_page(self) -> dict[int, tuple]:
        return {}

    @functools.cached_property
    def _last_subject(self) -> dict[str, tuple[int, tuple]]:
        return {}

    @functools.cached_property
    def _last_time(self) -> dict[str, tuple[int, object]]:
        return {}

    def _first_sentence_union(self, lo: int, cpos: int) -> Mention | None:
        """The local union federation heading a story's first sentence (近期，某县总工会围绕…) and
        printed as often as any other union of it (:meth:`_lead_sentence_union`): what a figure no
        rule gives a subject is about (一、深入调研。工作组走访企业14家), in a story of any length, when
        the bodies its sentence names before it are visited, met or listed (走访某公司、某公司等14家), none acting."""
        story = self.ctx.story_at(lo)
        slo, shi = self.ctx.crange(story["span"])
        hlo, hhi = self.ctx.crange(story["head_span"])
        lead = self._lead_sentence_union(self._story_unions(story["id"], slo, shi), slo, shi, hlo, hhi) \
            or self._lead_sentence_own_union(slo, shi, hlo, hhi) or self._lead_region_unions(slo, shi, hlo, hhi)
        if lead is None:
            return None
        a, _b = self.ctx.sentence_at(lo)
        def visited(m: Mention) -> bool:  # (a visit verb or 与 before it in its clause: 走访甲公司、乙公司等14家)
            clause = re.split(r"[，,；;：:]", self.compact[a:m.cstart])[-1]
            return re.search(r"走访|深入|前往|赴|到|与|慰问|调研|联系|邀请", clause) is not None
        if any(m.section in ("organisations", "regions") and a <= m.cstart < cpos and m not in lead[1] and not visited(m)
               for m in self.mentions):
            return None  # 经某报社、某公司推荐共计420人: bodies acting in the figure's sentence; whose, the annotator decides
        return lead[1][0]

    def _lead_region_unions(self, lo: int, hi: int, hlo: int, hhi: int) -> tuple[str, list[Mention]] | None:
        """A region's unions heading the story's first sentence (某市各级工会主动…, 某县工会系统…): the region
        whose union work the story reports."""
        a, b = self.ctx.sentence_at(self._text_start(lo, hi, hlo, hhi))
        m = self._lead_head(a, b)
        if m is None or m.section != "regions" or not re.match(r"各级工会|工会系统", self.compact[m.cend:b]):
            return None
        return m.name, [m]

    @functools.cached_property
    def _held_posts(self) -> list[dict]:
        return self._posts()

    def _person_body(self, head: int) -> Mention | None:
        """A clause headed by a person the story names with a post and its body (某公司钳工郑某…。郑某，1977年出生…;
        …他完成创新项目1100项), by the name or by 他/她 after it (the last person named before): the post's body."""
        text = self.compact
        slo, shi = self.ctx.crange(self.ctx.story_at(head)["span"])
        held = [p for p in self._held_posts if slo <= p["cstart"] < shi]
        if text[head:head + 1] in ("他", "她") and text[head + 1:head + 2] not in ("们", "人", "说"):
            last = max(((text.rfind(p["name"], slo, head), p["name"]) for p in held), default=(-1, None))
            name = last[1] if last[0] >= 0 else None
        else:
            name = max((p["name"] for p in held if text.startswith(p["name"], head)), key=len, default=None)
        posts = [p for p in held if p["name"] == name and p["organisation_name"] and p["role"] not in ("职工", "员工")]
        # (某公司职工杨某…享受每学年1000元的工会补贴: a worker the story tells of, whose benefit another body pays)
        if not posts:
            return None
        p = posts[0]
        return next((x for x in self.mentions if x.section == "organisations" and p["cstart"] <= x.cstart < p["cend"]
                     and p["organisation_name"] in ((x.proposal or {}).get("name"), x.name)), None)

    def _officer_body(self, head: int, cpos: int) -> Mention | None:
        """A clause headed by a person's posts and name (某县人大常委会副主任、总工会主席某某，县总工会副主席某某
        前往…): the body of the person's post, the union federation when one of the posts is its."""
        held = [p for p in self._held_posts if p["cend"] < cpos and (p["cstart"] == head or head < p["cstart"] and _POSTS_BEFORE_RX.fullmatch(
            self.compact, head, p["cstart"]))]  # (县委常委、总工会主席某某: a post the rules do not read, then one they do)
        if not held:
            return None
        name = held[0]["name"]
        orgs = [p["organisation_name"] for p in self._held_posts if p["name"] == name and p["organisation_name"]]
        want = next((o for o in orgs if o.endswith("总工会")), orgs[0] if orgs else None)
        end = max(p["cend"] for p in held)
        return next((x for x in self.mentions if x.section == "organisations" and head <= x.cstart < end and want in (
            (x.proposal or {}).get("name"), x.name, *(self.ctx.registry.organisations[e].name for e in x.ids
                                                    if e in self.ctx.registry.organisations))), None) if want else None

    def _honour_giver_or_level(self, m: Mention, cpos: int) -> bool:
        """The name heading a clause is the level of an honour the figure counts (全国“职工书屋”示范点195个,
        全国模范职工之家3家, 全国级3家, 全国总工会职工书屋示范点15个) or the body that gave it (被中华全国总工会命名的…12个):
        not whose the figure is."""
        text = self.compact
        if text[m.cstart - 1:m.cstart] == "被" and re.match(r"(?:命名|授予|评为|认定|表彰)", text[m.cend:cpos]):
            return True
        if m.section == "regions" and re.fullmatch(r"级(?:\d+[个家名项所处][，,、](?:省|市|县|区|地市)级)*", text[m.cend:cpos]):  # 全国级3家，省级17家: the level of the studios counted
            return True
        if re.match(r"(?:共|现|拥|累计|先后)?有|共", text[m.cend:cpos]):
            return False  # 石林县现有各级劳模工匠56人: the place has them, its own count
        if m.name in ("全国", "全省", "全市") and re.match(r"级?[“\"「]?(?:职工书屋|模范职工之家|模范职工小家|工人先锋号|五一劳动奖|劳动模范|先进工作者|"
                                                    r"劳模创新工作室|职工创新工作室|示范)", text[m.cend:cpos]):
            return True  # 全省建成全国职工书屋23家…，发放阅读卡6.5万张: an honour's level, never who acts in the clause
        level = m.section == "regions" or m.section == "organisations" and (m.proposal or {}).get("name", m.name).endswith(
            "总工会") and re.match(r"[“\"「]?(?:职工书屋|模范职工之家|模范职工小家|工人先锋号|劳模创新工作室|职工创新工作室)",
                                  text[m.cend:cpos]) is not None  # (全国总工会职工书屋示范点15个: the honour's level, as a place's is)
        return level and re.fullmatch(
            r"(?:[和及][\u4e00-\u9fff]{1,4})?级?[“\"「]?[\u4e00-\u9fff（）()]{0,8}?[”\"」]?(?:示范点|示范单位|示范岗|示范性[\u4e00-\u9fff]{0,8}|"
            r"先进集体|先进个人|工人先锋号|五一劳动奖[状章]?|劳动模范|模范职工之家|模范职工小家|职工书屋|书屋示范点)(?:称号)?"
            r"(?:\d+[个家名项所处]、[^，,。；;\d]{0,14})*", text[m.cend:cpos]) is not None  # (全国和重庆五一劳动奖118个、1746个)

    def _sentence_subject(self, lo: int, cpos: int, own: bool = True) -> tuple[Mention | None, str, str | None]:
        """The subject found in the sentence from ``lo`` to ``cpos`` (see :meth:`_subject_of`):
        (the name, the rule, the printed name when the rule found no name: ``""`` when the
        sentence's subject is one the rules cannot name, 该公司 or a list, and no sentence before
        it may stand in)."""
        text = self.compact
        starts = [lo] + [lo + m.end() for m in re.finditer(r"[，,：:；]", text[lo:cpos])]
        starts_all = self._line_starts  # (sorted)
        first, after = bisect.bisect_right(starts_all, lo), bisect.bisect_left(starts_all, cpos)
        lines = starts_all[first:after]
        ends = starts_all[after:after + 1] or [self.ctx.sentence_at(lo)[1]]
        if len(lines) >= 2 and all(b - a <= 24 for a, b in zip([lo] + lines, lines + ends)):
            # a sentence set in short lines with no marks (2023年沈阳计划建设 / 服务站点300个): a line, a clause
            starts = sorted(set(starts) | set(lines))
        for k, c in enumerate(reversed(starts)):
            where = "the figure's clause" if k == 0 else "a clause before the figure"
            head = self._clause_head(c, cpos)
            if text.startswith("我国", head) and head + 2 <= cpos:  # 我国产业工人总量…: the country
                country = [r for r in self.ctx.registry.regions if self.ctx.registry.regions[r].level == "national"]
                return (Mention("regions", "我国", head, head + 2, country[:1], 0.7, None if country else {"name": "中华人民共和国"}),
                        f"我国 heads {where}: the country", None)
            lvl = re.match(r"(全|我|本|该)(省|市|县|区|州(?!县))", text[head:cpos])  # (我州: an autonomous prefecture; 全州县 a county)
            if lvl and _contest_area(text, c, head, head + 2, cpos):
                lvl = None  # 在参加第四届全区职工职业技能大赛中，…: the area of a contest taken part in, not whose figure
            if lvl and lvl.group(1) in "该本" and text.startswith("总工会", lvl.end() + head) and lvl.group(2) != "省":
                # 该市总工会 (本县总工会): the union federation of the story's city (county …), by its place's name
                region, rule, printed = self._level_region(lo, lvl, f" heads {where}")
                place = printed if region is None else (region.proposal or {}).get("name") or next(
                    (self.ctx.registry.regions[e].name for e in region.ids if e in self.ctx.registry.regions), region.name)
                if place:
                    name = place + "总工会"
                    refs = [e for sec, e in self.ctx.names.get(name, []) if sec == "organisations"]
                    said = f"{lvl.group(0)}总工会 heads {where}: the union federation of the story's {lvl.group(2)} ({name})"
                    if refs:
                        return Mention("organisations", name, head, head + 5, refs[:1], 0.6, None), said, None
                    return None, said, name
            if lvl:
                return self._level_region(lo, lvl, f" heads {where}")
            lvl = re.search(r"(全|本)(省|市|县|区)$", text[head:cpos]) if k == 0 else None
            if lvl:  # 吸引了全省60万人次: the figure's own place, whatever heads the clauses before
                return self._level_region(lo, lvl, " right before the figure")
            system = re.match(r"(?:全|本|该)系统|[\u4e00-\u9fff]{2,8}系统(?:各级|基层)?工会", text[head:cpos])
            trade = None if system else re.match(r"([\u4e00-\u9fff]{2,8}?)(?:行业|系统)", text[head:cpos])
            union = self._industry_union(lo) if system or trade else None
            if trade and union is not None and trade.group(1) not in ((union.proposal or {}).get("name") or union.name):
                union = None  # (机械冶金建材行业…: the union of that trade, 中国机械冶金建材工会, only)
            system = system or trade
            if union is not None:  # 据介绍，全系统已建成…近3万个: the industry union's
                return union, f"{system.group(0)} heads {where}: the one industry union the story names", None
            named = re.match(r"“([^“”]{2,12})”(?:[\u4e00-\u9fff]{0,8}?(?:竞赛|大赛|比武|比赛))(?:活动)?", text[head:cpos])
            contest = self._contest_of(self.ctx.story_at(head)) if named else None
            if contest and named.group(1) in contest:  # “五比五创”劳动竞赛活动累计有100余家单位参加: the story's contest
                return None, (f"{named.group(0)} heads {where}: the contest the story's headline or lead names, a competition's "
                              "figure (subject: the measure and its organiser)"), contest
            account = re.match(r"“[^“”]{2,24}”(?:微信)?(?:公众号|APP|App|app|客户端|小程序|视频号|抖音号|微博)", text[head:cpos])
            owner = next((x for x in self.mentions if account and x.section == "organisations" and x.cstart == head + 1
                          and x.cend == head + account.group(0).index("”")), None)
            if owner is not None:  # “某局工会”微信公众号…累计推送1000多期: the body whose account it is
                return owner, f"{account.group(0)} heads {where}: the account of the body its name is", None
            event = _THIS_EVENT_RX.match(text, head, cpos) or _MEETING_ACTS_RX.match(text, head, cpos)
            host = self._meeting_host(c, cpos) if event and event.group(1) in ("大会", "会议") else None
            if host is not None:  # 会议表彰了…: the body whose meeting the lead reports (某市某工会…召开…会议)
                return host, f"会议/会上 heads {where}: the body or place whose meeting the story's first sentence reports", None
            organiser = self._contest_organiser(c, cpos) if event and event.group(1) in ("竞赛", "大赛", "比赛", "比武") else None
            if organiser is not None:  # 此次竞赛由某区总工会主办…本次竞赛共有19家单位: its first organiser, over the headline's place
                return organiser, (f"{event.group(0)} heads {where}: the contest's first organiser, as the story names it "
                                   "(由…主办)"), None
            if event:
                place = self._event_place(head, "(?:大会|会议)" if event.group(1) in ("大会", "会议") else event.group(1))
                if place is not None:
                    return place, f"{event.group(0)} heads {where}: the place (or the body holding it) of the event the story's headline names", None
            honour = re.match(r"(?:这届|本届|此届|该届|此次|本次)(省|市|县|区)级?(?:劳动模范|劳模|先进工作者|先进集体)", text[head:cpos])
            place = self._story_region(cpos, honour.group(1)) if honour else None
            if place is not None:  # 这届省劳动模范和先进工作者评选总数为300名: the honours of the story's province
                return place, f"{honour.group(0)} heads {where}: the honours of the story's region of that level", None
            firm = re.match(r"(?:该|本|这家|这个)?(?:公司|企业|集团|工厂|厂)(?![\u4e00-\u9fff]{0,2}(?:工会|党委|职工|员工))", text[head:cpos])
            if firm and (text[head] in "该本这" or not any(x.cstart == head for x in self.mentions)):
                one = self._one_firm_before(head) or (self._one_firm_before(head, paragraph=True) if text[head] in "该这" else None)
                if one is not None:  # 该公司获得3项专利, 公司拥有…: the one firm the story (or, after 该, its paragraph) names before
                    return one, f"{firm.group(0)} heads {where}: the one firm the story names before it", None
                named = self._named_before(head, "集团") if firm.group(0).endswith("集团") else None
                if named is not None:  # …组建了济宁市技工教育集团。…集团成员单位现有企业188家: the one group named before
                    return named[0], f"{firm.group(0)} heads {where}: the one group the story names before it", None
            studio = re.match(r"(?:该|本|这个|此次命名的|目前)?(?:劳模|职工)?(?:技能)?(?:创新)?工作室", text[head:cpos])
            one = self._one_studio_before(head) if studio and not any(x.cstart == head for x in self.mentions) else None
            if one is not None:  # 此次命名的创新工作室是…, 目前工作室已获得专利18项: the one studio the story names
                return one, f"{studio.group(0)} heads {where}: the one studio the story names before it", None
            dept = re.match(r"(?:该|本)?项目部(?!工会|党)", text[head:cpos])
            named = self._named_before(head, "项目部") if dept and not any(x.cstart == head for x in self.mentions) else None
            if named is not None:  # …某公司某高速公路项目部荣获…。项目部坚持…，节约水泥260吨: the one project department named
                return named[0], f"{dept.group(0)} heads {where}: the one project department the story names before it", None
            team = re.match(r"(?:这支|该支|该|此)(?:志愿)?(?:队伍|团队|志愿队|服务队)", text[head:cpos])
            named = self._team_before(head) if team else None
            if named is not None:  # …厦门市劳模志愿队…。这支队伍从最初的25位队员…: the one team the story names before
                return named, f"{team.group(0)} heads {where}: the one team the story names before it", None
            ana = re.match(r"(?:该|这个|这一|此)([\u4e00-\u9fff]{2,4}|[场厂矿行会])", text[head:cpos])  # (该矿两名: 矿 alone before the figure)
            named = self._named_before(head, ana.group(1)) if ana else None
            if named is not None:  # …成立徐汇区职工创新工作室联盟。这个联盟包括…: the body named before it
                said = text[head:ana.start(1) + head + len(named[1])]
                return named[0], f"{said} heads {where}: the body the story names before it", None
            quoted = re.match(r"“([\u4e00-\u9fff]{2,4})”(?=[\u4e00-\u9fff])", text[head:cpos])
            named = self._named_before(head, quoted.group(1)) if quoted else None
            if named is not None and named[1] == quoted.group(1) and ((named[0].proposal or {}).get("name") or named[0].name) != quoted.group(1):
                # 大连市劳模工匠创新智库…。去年，“智库”联合多部门开展活动313场: the one body the short name in quotes ends
                return named[0], f"{quoted.group(0)} heads {where}: the one body the story names before it that ends so", None
            school = re.match(r"(?:工匠学院|学校|学院|医院)(?!工会|党委|党组|团委|职工|教职工|师生|领导|[和与及、])", text[head:cpos])
            named = self._named_before(head, school.group(0)) if school and not any(x.cstart == head for x in self.mentions) else None
            if named is not None:  # 山西省总工会干部学校…。…，学校在全省…发挥了重要作用 (某市工匠学院…，工匠学院先后举办): the one school named before
                return named[0], f"{school.group(0)} heads {where}: the one body of that kind the story names before it", None
            zone = re.match(rf"(?:该|此){_ZONE_KIND_RX.pattern}", text[head:cpos])
            full = self._zone_named_before(zone.group(0)[1:], head) if zone else None
            if full is not None:  # …七盘关工业园区…。该园区目前入园企业32家: the one zone of that kind the story named
                return None, f"{zone.group(0)} heads {where}: the one zone of its kind the story named before ({full})", full
            named_zone = _HEAD_ZONE_RX.match(text, head, cpos)
            if named_zone and is_zone(named_zone.group(0)) and re.match(r"(?:是|有|共有|现有|拥有|内有|已有|目前)", text[named_zone.end():cpos]) \
                    and not any(x.cstart == head for x in self.mentions):  # 金普新区是外资企业聚集区，有…企业3500多家: the zone's own
                return None, f"a development zone's name heads {where} ({named_zone.group(0)}), not in the registry", named_zone.group(0)
            this = re.match(r"这(?:里|儿)?是", text[head:cpos])
            named = next((x for x in self.mentions if this and x.cstart == head + this.end() and x.section == "organisations"), None)
            if named is not None:  # 这是璧山区总工会打造的“暖心驿站”: the body the sentence says it is
                return named, f"{this.group(0)} + a name heads {where}", None
            if re.match(r"(?:整个)?(?:项目|工程)(?:总投资|总占地|占地|总建筑面积|建筑面积|总面积|投资|计划投资)", text[head:cpos]):
                # …文化宫位于…。项目占地12531平方米: the project the sentences before describe, not their last clause's body
                return None, f"{text[head:head + 4]}… heads {where}: the project the story describes; whose, the annotator decides", ""
            said = _DISCOURSE_RX.match(text, head, cpos)
            if said and not (said.group(0) == "今年以来" and any(  # (今年以来南宁市总工会安排…: the name after it heads the clause)
                    x.cstart == said.end() and x.section in ("organisations", "regions") for x in self.mentions)):
                continue  # 这标志着, 此举, 其间, 这五年, 本年度: a word of the discourse or of time, no subject; the clause before says
            if re.match(r"(?:该|本|此|这|其)(?![中他余次届省市县区科报轮些])[\u4e00-\u9fff]", text[head:cpos]) and not any(
                    x.cstart == head and x.section in ("organisations", "regions") for x in self.mentions):
                # (not 本届, 此次, 本溪市; nor 本科 a degree, 本报 the paper, 本轮 a round, 这些 the things counted)
                return None, f"{text[head:head + 3]}… heads {where}: whose, the annotator decides", ""
            if re.match(r"(?:党中央|中共中央)(?:办公厅)?[、，,和与及]国务院", text[head:cpos]):
                continue  # 中共中央、国务院印发…方案: the centre's policy, no subject of a story's figures; the clause before says
            pair = re.match(r"(?:中共)?([\u4e00-\u9fff]{0,6}?)([省市县区州])委[、，,和与及]\1\2?(?:人民)?政府", text[head:cpos])
            if pair:  # 市委、市政府决定：授予…71人; 中共某市委、某市人民政府: the place's Party committee and government
                region = next((x for x in self.mentions if x.section == "regions" and head <= x.cstart < head + 2 + len(pair.group(1))
                               and pair.group(1) and x.name.startswith(pair.group(1)[:2])), None) if pair.group(1) else \
                    self._story_region(lo, pair.group(2).replace("州", "市"))
                if region is not None:
                    return region, f"{pair.group(0)} heads {where}: the place whose Party committee and government act", None
            if any(x.cstart == head and x.section in ("organisations", "regions") and (text[x.cend:x.cend + 1] == "、" or any(
                    y.cstart == x.cend and y.section == "organisations" and text[y.cend:y.cend + 1] == "、" for y in self.mentions))
                   for x in self.mentions):  # (中国一冶集团赵宗合创新工作室、…: a company's studio heads the list)
                first = next((x for x in self.mentions if x.cstart == head and x.section == "organisations"), None)
                if first is not None and not ((first.proposal or {}).get("name") or first.name).endswith("总工会"):
                    # 某市人社局、某市财政局和某市总工会联合公布…: the union federation among the bodies acting together
                    first = next((x for x in sorted(self.mentions, key=lambda x: x.cstart) if x.section == "organisations"
                                  and head < x.cstart < cpos and ((x.proposal or {}).get("name") or x.name).endswith("总工会")
                                  and re.fullmatch(r"[^，,。；;：:]*[、和与及]", text[head:x.cstart])
                                  and re.match(r"(?:等部门|等单位)?(?:联合|共同)", text[x.cend:cpos])), first)
                if first is not None and ((first.proposal or {}).get("name") or first.name).endswith("总工会") and \
                        re.search(r"(?:等部门|等单位)?(?:联合|共同)?(?:开展|举办|组织|召开|主办|发起|发布|印发|出台|筹措|筹集|投入|发放|邀请|共聚|命名|表彰|评选|公布|授予|认定"
                                  r"|打造|推出|设立|建立|下发|通报)|(?<=[委厅局会府办])(?:近日|日前|近期)?对",
                                  text[first.cend:cpos]):
                    # 省总工会、省发改委开展了…劳动竞赛，20多家单位…: the work of the union heading its partners
                    return first, f"a union federation heading a list of bodies that act ({first.name}、…) heads {where}", None
                return None, f"a list of names heads {where} (货拉拉、滴滴等): whose, the annotator decides", ""
            body = _BODY_BEFORE_FIGURE.fullmatch(text, head, cpos) if k == 0 else None
            if body and any(x.cstart == head and x.section == "regions" for x in self.mentions) and not any(
                    x.cstart == head and x.cend == cpos and x.section == "organisations" for x in self.mentions):
                # 全国某某协调小组12次推广…: a body named with its region, not the region, heads the clause
                return None, f"a body heads {where} ({body.group(0)}): not a name the registry or the rules know", body.group(0)
            comma = next((e - 1 for e in starts if e > c), None)  # (the end of the clause c heads)
            place = next((x for x in self.mentions if x.section == "regions" and x.cend == comma), None) if comma else None
            if place is not None and text[c] == "在" and comma - c <= 24 and not re.search(r"[，,。；]", text[c:comma]) \
                    and re.match(r"(?:全[省市县区])?(?:共有|现有|拥有|已有|有)", text[comma + 1:cpos]):
                # 在被称为“建筑之乡”的新洲区，共有建筑企业113家: the place the sentence opens in holds what it has
                return place, f"在…{place.name}，共有/现有… heads {where}: the place that has the figure", None
            person = self._person_body(head)
            if person is not None:  # 肖某某 / 某公司 / 总工程师 …他拥有发明专利70项: the body of the person's post
                return person, f"{text[head:head + 3]}… heads {where}: the person the story names with a post, the post's body", None
            officer = self._officer_body(head, cpos)
            if officer is not None:  # 县总工会副主席某某前往4名…: the body whose officer acts (a union among the posts)
                return officer, f"an officer heads {where} (post + name): the body of the post, a union first", None
            m = self._head_name(c, cpos, at_head=c != lo or not own)
            if m is not None and self._honour_giver_or_level(m, cpos):
                continue  # 其中全国职工书屋示范点7家, 被全国总工会命名的示范点12个: whose honours, the clause before says
            town = self._town_at(head, cpos) if m is None else None
            if town is not None:  # 甬江街道现有职工约4.5万人: the subdistrict or town (江都区宜陵镇一家企业: the county's, as graded)
                return None, f"{town} heads {where}: a subdistrict or a town by its name, not a region the registry knows", town
            if m is not None and m.section == "regions" and re.search(r"来自(?:于)?$", text[max(0, m.cstart - 3):m.cstart]) \
                    and _ORIGIN_AFTER_RX.match(text, m.cend):
                # 来自四川的农民工李某…: where a person comes from; the person heads the clause, whose the annotator decides
                return None, f"来自 {m.name} 的 + a person heads {where}: where the person comes from, not whose the figure is", ""
            if m is not None and m.section == "organisations" and self._kind(m) == "media" and (
                    self._in_dateline(m) or re.match(r"[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日[电讯]|讯", text[m.cend:m.cend + 12])):
                continue  # 中工网北京9月26日电（记者…）“…: the medium that reports, no body of the figure
            if m is not None:
                return m, "subject of the sentence" + ("" if c == lo else f" ({where})"), None
            zone = _STORY_ZONE_RX.match(text, head, cpos)
            if zone and any(zone.group(0)[:k] in self.ctx.gaz for k in (2, 3, 4)) and not re.match(
                    r"[\u4e00-\u9fff]{0,3}(?:工会|管委|党工委|总工会)", text[zone.end():cpos]):
                # 今年，曲江新区有18名农民工…: a development zone named in full, its place first, heads the clause
                return None, f"{zone.group(0)} heads {where}: a development zone named in full, not a region the rules know", zone.group(0)
            doc = self._document_place(head)
            if doc is not None:
                return doc[0], f"{doc[1]} heads {where}: the place its title names", None
            issuer = self._document_issuer(head)
            if issuer is not None:  # 某市总工会等7个部门联合下发《…的通知》。…通知明确，每人不高于600元/天: the body that issued it
                return issuer[0], f"{issuer[1]} heads {where}: the first body that issued the document, as the story tells before", None
            short = self._short_name(head, cpos)
            if short is not None and short[1]:  # 开发区总工会: a body of the zone, which the rules do not know
                return None, f"a body heads {where} ({short[0] + short[1]}): not a name the registry or the rules know", short[0] + short[1]
            if short is not None:
                return None, (f"the short name the story gives {short[0]} heads {where}, not in the registry" if short[0] == short[2]
                              else f"{short[2]} heads {where}: the short name the story gives (以下简称“{short[2]}”) for {short[0]}, "
                                   "not in the registry"), short[0]
        lvl = next((m for m in re.finditer(r"(全|我|该|本)(省|市|县|区|州(?!县))", text[lo:cpos])
                    if not _contest_area(text, lo, lo + m.start(), lo + m.end(), cpos) and not text.startswith("系统", lo + m.end())
                    and not re.search(r"(?:围绕|融入|助力|紧扣|对标|居|列)$", text[max(lo, lo + m.start() - 4):lo + m.start()])
                    and not re.match(r"(?:范围内)?(?:率先|首个|首家|首创|第一)", text[lo + m.end():cpos])),
                   None)  # (not a contest's area; nor 围绕全市系统…转型: what a body's work serves; nor 在全省率先实现…,
        # 居全省前列: a body's rank in the province, not the province's figure)
        if lvl:
            return self._level_region(lo, lvl, "")
        return None, "", None

    def _town_at(self, at: int, cpos: int) -> str | None:
        """A subdistrict's or a town's name at compact ``at`` (郭杜街道, 大朗镇), printed more than once on
        the page, no body's name going on from it: the name."""
        town = _TOWN_RX.match(self.compact, at, cpos)
        if town is None or any(x.cstart < town.end() and x.cend > at and x.section == "organisations" for x in self.mentions):
            return None
        return town.group(1) if self.compact.count(town.group(1)) >= 2 else None

    def _industry_union(self, lo: int) -> Mention | None:
        """The one national industry union a story names (中国海员建设工会, 中国机械冶金建材工会; never
        中华全国总工会): what 全系统 and 交通建设系统各级工会 count the work of."""
        story = self.ctx.story_at(lo)
        slo, shi = self.ctx.crange(story["span"])
        hlo, hhi = self.ctx.crange(story["head_span"])
        found: dict[str, Mention] = {}
        for m in self.mentions:
            if m.section != "organisations" or not (slo <= m.cstart < shi or hlo <= m.cstart < hhi):
                continue
            name = (m.proposal or {}).get("name") or (self.ctx.registry.organisations[m.ids[0]].name if m.ids else m.name)
            if re.fullmatch(r"(?:中国|全国)[\u4e00-\u9fff]{2,12}工会", name) and "总工会" not in name:
                found.setdefault(name, m)
        return next(iter(found.values())) if len(found) == 1 else None

    def _passive_agent(self, cpos: int) -> Mention | None:
        """The body after 被 that names, rates or awards what the figure counts, later in its
        sentence (某厂的工作室等20家，被市总工会命名为“…”), or right before it (全总命名的97家):
        who acts."""
        text = self.compact
        for m in self.mentions:  # 在全总命名的97家…中: the body that named them
            if m.section == "organisations" and re.fullmatch(r"(?:命名|评选|认定|表彰|授予)的", text[m.cend:cpos]):
                return m
        end = re.search(r"[；;。！？]", text[cpos:])
        stop = cpos + end.start() if end else len(text)
        by = text.find("被", cpos, stop)
        if by >= 0 and text[max(0, cpos - 2):cpos] == "连续":
            return None  # 连续10年被省总授予…: how long the one named held it, its own figure
        if by < 0 or len(re.findall(r"\d+(?:\.\d+)?", text[cpos:by])) > 1:
            return None  # (…驿站304个、…72个，其中有17个驿站被某省总工会评为…: the body names the last figure's only)
        for m in self.mentions:
            if m.section == "organisations" and m.cstart == by + 1 and re.match(
                    r"(?:命名|评为|评选|授予|认定|表彰|确定|列为)", text[m.cend:m.cend + 2]):
                return m
        return None

    def _kind(self, m: Mention) -> str | None:
        return self.ctx.org_kind(m)

    def _sole_body(self, lo: int) -> Mention | None:
        """The one organisation a story names (a media's name and a dateline aside), when every
        region it names is the body's own (某市 of 某市总工会): what a figure whose sentence and
        paragraph name nothing is about."""
        story = self.ctx.story_at(lo)
        slo, shi = self.ctx.crange(story["span"])
        hlo, hhi = self.ctx.crange(story["head_span"])
        bodies: dict[str, Mention] = {}
        regions = []
        for m in self.mentions:
            if not (slo <= m.cstart < shi or hlo <= m.cstart < hhi) or self._in_dateline(m):
                continue
            if m.section == "organisations" and self._kind(m) != "media":  # (中工网: the medium reporting, no body of the story)
                key = m.ids[0] if m.ids else (m.proposal or {}).get("name", m.name)
                if key not in bodies or m.ids:
                    bodies[key] = m
            elif m.section == "regions":
                regions.append(m)
        if len(bodies) != 1:
            return None
        body = next(iter(bodies.values()))
        full = (body.proposal or {}).get("name", body.name)
        if any(r.name not in full for r in regions):
            return None
        return body

    def _one_firm_before(self, cpos: int, paragraph: bool = False) -> Mention | None:
        """The one enterprise a story (or with ``paragraph``, the paragraph) names before ``cpos`` (by id or proposed
        name), when it names no other body but union federations and bodies of government: what 该公司 points to
        (在杰克科技股份有限公司，…。该公司…介绍 after another firm's paragraph: the paragraph's)."""
        story = self.ctx.story_at(cpos)
        lo, _hi = self.ctx.crange(story["span"])
        lo = max(lo, self._paragraph_at(cpos)[0]) if paragraph else lo
        firms: dict[str, Mention] = {}
        for o in self.mentions:
            if o.section != "organisations" or not lo <= o.cstart < cpos or self._in_dateline(o):
                continue
            kind = self._kind(o)
            if kind == "enterprise":
                firms.setdefault(o.ids[0] if o.ids else (o.proposal or {}).get("name", o.name), o)
            elif kind not in ("union-federation", "government", "party", "media"):
                return None  # a school, a studio, a body of unknown kind: 该… may be it
        if len(firms) != 1:
            return None
        firm = next(iter(firms.values()))
        if any(o.section == "organisations" and o.cstart <= firm.cstart and firm.cend < o.cend for o in self.mentions):
            return None  # the firm is part of a longer name (某公司工会)
        return firm

    def _one_studio_before(self, cpos: int) -> Mention | None:
        """The one studio a story names before ``cpos`` (by id or proposed name; never a title given in
        quotation marks, “某省劳模创新工作室”): what 工作室 and 此次命名的创新工作室 heading a clause point to."""
        story = self.ctx.story_at(cpos)
        lo, _hi = self.ctx.crange(story["span"])
        hlo, hhi = self.ctx.crange(story["head_span"])
        studios: dict[str, Mention] = {}
        for o in self.mentions:
            if o.section == "organisations" and (lo <= o.cstart < cpos or hlo <= o.cstart < hhi) and self._kind(o) == "studio":
                studios.setdefault(o.ids[0] if o.ids else (o.proposal or {}).get("name", o.name), o)
        return next(iter(studios.values())) if len(studios) == 1 else None

    def _one_place_story(self, cpos: int) -> Mention | None:
        """The one place a story names (its headline and text; never inside a firm's or another
        non-public body's name, nor in a list of links), when it names no other region, not the
        country, a registry body's province counting as a place named: what a figure is about that
        no sentence rule gives a subject (a story of 某市's work, 其职业…占比3%), when the story's
        headline or lead and the figure's paragraph print the place's name (娄底, 娄底市). Never
        from a dateline alone (本报北京…电: where the report comes from), nor for a figure whose
        sentence prints the country (全国, 我国: it may be the country's) or names a firm, a
        school or another body before it (公司现有…: the firm's)."""
        story = self.ctx.story_at(cpos)
        lo, hi = self.ctx.crange(story["span"])
        hlo, hhi = self.ctx.crange(story["head_span"])
        regions = self.ctx.registry.regions
        found: dict[str, Mention | None] = {}
        for m in self.mentions:
            if not (lo <= m.cstart < hi or hlo <= m.cstart < hhi) or self.ctx.boilerplate_at(m.cstart) == "related links":
                continue
            if m.section == "organisations" and m.ids:  # 陕西省总工会 (registry): its province is a place the story names
                rid = getattr(self.ctx.registry.organisations.get(m.ids[0]), "region", None)
                if rid in regions and regions[rid].level != "national":
                    found.setdefault(regions[rid].code or rid, None)
            elif m.section == "regions" and not self._in_a_firm(m) and not self._in_dateline(m):  # (本报北京…电: where from)
                key = next((regions[e].code or e for e in m.ids if e in regions), None) or (m.proposal or {}).get("code") or m.name
                if found.get(key) is None:
                    found[key] = m
        if len(found) != 1 or (m := next(iter(found.values()))) is None:
            return None
        if any(regions[e].level == "national" for e in m.ids if e in regions) or m.name in ("全国", "中国", "我国"):
            return None
        a, b = self.ctx.sentence_at(cpos)
        if re.search(r"全国|我国|中国|国家|全球|世界", self.compact[a:b]):
            return None  # (占全国的3%, 我国…: the figure may be the country's)
        public = ("union-federation", "union", "government", "party", "media")
        if re.search(r"(?:^|[，,：:；])(?:该|本|这家|这个)?(?:公司|企业|集团|工厂|厂|学校|医院)", self.compact[a:cpos]) or any(
                o.section == "organisations" and a <= o.cstart < cpos and self._kind(o) not in public for o in self.mentions):
            return None  # (公司现有职工500人, 某某公司…: a firm's figure, whose the annotator decides)
        plo, phi = self._paragraph_at(cpos)
        names = {x.name for x in self.mentions if x.section == "regions" and (x.ids[:1] or x.proposal) == (m.ids[:1] or m.proposal)}
        full = (m.proposal or {}).get("name") or next((regions[e].name for e in m.ids if e in regions), m.name)
        names |= {full, *short_forms(full, (m.proposal or {}).get("level") or next((regions[e].level for e in m.ids if e in regions), ""))}
        if not any(n in self.compact[plo:phi] for n in names):
            return None  # (a long report's paragraph that prints no place: its topic, the annotator decides)
        a, b = self.ctx.sentence_at(max(lo, hhi) if max(lo, hhi) < hi else lo)  # the lead: the first sentence after the headline
        if not any(n in self.compact[hlo:hhi] or n in self.compact[a:b] for n in names):
            return None  # the story's headline and lead name no place: a place it names in passing is no topic
        if "全国" in self.compact[min(lo, hlo):hi] and all(
                re.search(r"(?:在|于)$", self.compact[max(0, x.cstart - 1):x.cstart])
                and _VENUE_AFTER_RX.match(self.compact, x.cend) for x in self.mentions
                if x.section == "regions" and (x.ids[:1] or x.proposal) == (m.ids[:1] or m.proposal)):
            return None  # 第八届全国…大赛决赛在陕西举办: the venue of a national event, not whose its figures are
        return m

    def _name_after_list(self, cpos: int) -> Mention | None:
        """A lead that lists figures and ends the list in …… (会员超过300万人、驿站2006家……天津工会在…):
        the body or region heading what follows the ellipsis, whose record the list sums up."""
        m = re.match(r"[^，,。；;：:“”]{0,80}?(?:……|…)", self.compact[cpos:cpos + 90])
        at = cpos + m.end() if m else -1
        return next((x for x in self.mentions if x.cstart == at and x.section in ("organisations", "regions")), None) \
            or self._source_after_list(cpos) or self._unions_after_list(cpos)

    def _source_after_list(self, cpos: int) -> Mention | None:
        """A lead listing figures to a …… before the body the story reports from (…提供岗位304个……记者日前从
        某省总工会获悉，…): that body, whose record the list sums up."""
        m = re.match(r"[^。！？]{0,200}?……(?:本报)?记者(?:日前|近日|昨天|今天)?(?:从|自)", self.compact[cpos:cpos + 230])
        if m is None:
            return None
        return self._heard_from(cpos + m.end())

    def _heard_from(self, at: int) -> Mention | None:
        """The body named at ``at`` with 获悉/了解到 after it: the one a reporter heard from (记者从某省总工会获悉)."""
        return next((x for x in self.mentions if x.cstart == at and x.section == "organisations"
                     and _HEARD_RX.match(self.compact, x.cend)), None)

    def _unions_after_list(self, cpos: int) -> Mention | None:
        """A lead listing figures through semicolons to a …… before a region's unions (…覆盖329万人……近年来，全国工会
        在…): the region's one registered union federation, whose work the list sums up."""
        m = re.match(r"[^。！？]{0,200}?……(?:(?:近年来|近几年|多年来|今年以来|[^，。]{2,8}以来)，)?", self.compact[cpos:cpos + 230])
        at = cpos + m.end() if m else -1
        region = next((x for x in self.mentions if x.cstart == at and x.section == "regions" and x.ids), None)
        if region is None and self.compact.startswith("全国", at):  # (全国 is no region's mention: a level word)
            region = Mention("regions", "全国", at, at + 2, ["china"], 1.0)
        unions = re.match(r"(?:各级)?工会(?!会员|干部|组织)", self.compact[region.cend:region.cend + 6]) if region else None
        if unions is None:
            return None
        orgs = self.ctx.registry.organisations
        feds = [k for k, o in orgs.items() if o.kind == "union-federation" and o.region == region.ids[0]]
        end = region.cend + unions.end()
        return Mention("organisations", self.compact[at:end], at, end, feds, region.confidence) if len(feds) == 1 else None

    def _level_after_list(self, cpos: int) -> re.Match | None:
        """A lead that lists figures through commas and semicolons and ends the list in …… before
        我省, 全市 … (出台文件700余项，选树带头人7.7万人；…增长13%……我省产改举措务实): that level word."""
        m = re.match(r"[^。！？]{0,200}?……", self.compact[cpos:cpos + 210])
        return _LEVEL_WORD_RX.match(self.compact, cpos + m.end()) if m else None

    def _region_before_figure(self, cpos: int) -> Mention | None:
        """A region printed right before the figure, no body's name (参观了某市24家工作室): where what
        the figure counts is."""
        if self.compact[cpos:cpos + 1] in ("第", "前"):
            return None  # 全国第3名, 全省前十: a rank, of what is ranked
        return next((m for m in self.mentions if m.section == "regions" and m.cend == cpos and not self._in_dateline(m) and not any(
            o.section == "organisations" and o.cstart <= m.cstart and m.cend <= o.cend for o in self.mentions)), None)

    def _union_key(self, m: Mention) -> str | None:
        """A union federation's id or proposed name (某市总工会, 市总工会 of the page's city), else None."""
        if m.section != "organisations":
            return None
        if m.ids:
            org = self.ctx.registry.organisations.get(m.ids[0])
            return m.ids[0] if org is not None and getattr(org, "kind", None) == "union-federation" else None
        return (m.proposal or {}).get("name") if (m.proposal or {}).get("kind") == "union-federation" else None

    def _lead_union(self, slo: int, cpos: int) -> Mention | None:
        """The union federation heading a sentence of a story's first paragraph (市总工会团结带领…),
        when it is the only union federation the story names and the figure's paragraph names no
        other body or place before it, under a section's heading (搭平台提技术 over 3个实训基地陆续落成):
        what a union's report in sections counts is its work. (A plain paragraph of a long report
        changes its topic: no carry there.)"""
        return self._lead_body(slo, cpos, self._union_key)

    def _lead_firm(self, slo: int, cpos: int) -> Mention | None:
        """The same for a firm's report (近年来，某集团… over sections 强化思想引领 …): the one
        enterprise the story names, when it names no union federation."""
        story = self.ctx.story_at(slo)
        lo, hi = self.ctx.crange(story["span"])
        if any(lo <= m.cstart < hi and self._union_key(m) is not None for m in self.mentions):
            return None
        return self._lead_body(slo, cpos, self._firm_key)

    def _report_firm(self, slo: int, cpos: int) -> Mention | None:
        """中原油田开展…, 扬子石化照亮… over a firm's report naming no union federation: the one enterprise the
        story names, in its headline or twice, when the figure's paragraph names no other body or place before it."""
        story = self.ctx.story_at(slo)
        lo, hi = self.ctx.crange(story["span"])
        hlo, hhi = self.ctx.crange(story["head_span"])
        if any(lo <= m.cstart < hi and self._union_key(m) is not None for m in self.mentions):
            return None
        firms: dict[str, list[Mention]] = {}
        for m in self.mentions:
            if lo <= m.cstart < hi and not self._in_dateline(m) and (key := self._firm_key(m)) is not None:
                firms.setdefault(key, []).append(m)
        if len(firms) != 1:
            return None
        key, found = next(iter(firms.items()))
        if len(found) < 2 and not any(hlo <= m.cstart < hhi for m in found):
            return None
        full = (found[0].proposal or {}).get("name") or (self.ctx.registry.organisations[found[0].ids[0]].name if found[0].ids else found[0].name)
        par = self._paragraph_at(slo)[0]
        if any(m.section == "organisations" and par <= m.cstart < cpos and self._firm_key(m) != key for m in self.mentions) or any(
                m.section == "regions" and par <= m.cstart < cpos and m.name not in full for m in self.mentions):
            return None  # the paragraph names another body or place before the figure: whose, the annotator decides
        return next((m for m in found if m.cstart >= hhi), found[0])

    def _colon_headline_body(self, slo: int, cpos: int) -> Mention | None:
        """国网某供电公司：以“五个深化”锻造…队伍 (a headline naming its body before a colon): the body whose work
        the story reports, when the figure's paragraph names no other body or place before it."""
        story = self.ctx.story_at(slo)
        hlo, hhi = self.ctx.crange(story["head_span"])
        head = next((m for m in self.mentions if m.section == "organisations" and m.cstart == hlo and m.cend < hhi
                     and self.compact[m.cend] in "：:" and not self._national(m)), None)
        if head is None:
            return None
        par = self._paragraph_at(slo)[0]
        partners = {m.cstart for m in self.mentions if re.search(r"(?:[与同和]|联合|携手|会同)$", self.compact[max(0, m.cstart - 2):m.cstart])}
        if any(m.section in ("organisations", "regions") and par <= m.cstart < cpos and m.name not in head.name and m.cstart not in partners
               and not re.match(r"技术能手|劳动模范|劳模|五一|工匠|先进|优秀|标兵", self.compact[m.cend:m.cend + 4])
               for m in self.mentions):
            return None  # the paragraph names another body or place before the figure (never a partner, 与某市总工会共同举办,
        return head      # nor a title's place, 选树甘肃省技术能手): whose, the annotator decides

    def _firm_key(self, m: Mention) -> str | None:
        """An enterprise's id or proposed name, else None."""
        if m.section != "organisations" or self._kind(m) != "enterprise":
            return None
        return m.ids[0] if m.ids else (m.proposal or {}).get("name", m.name)

    def _lead_body(self, slo: int, cpos: int, key_of) -> Mention | None:
        story = self.ctx.story_at(slo)
        lo, hi = self.ctx.crange(story["span"])
        hlo, hhi = self.ctx.crange(story["head_span"])
        bodies = {}
        for m in self.mentions:
            if lo <= m.cstart < hi and not self._in_dateline(m) and (key := key_of(m)) is not None:
                bodies.setdefault(key, m)
        if len(bodies) != 1:
            return None
        key, body = next(iter(bodies.items()))
        full = (body.proposal or {}).get("name") or (self.ctx.registry.organisations[body.ids[0]].name if body.ids else body.name)
        par = min(slo, self._paragraph_at(slo)[0])
        if any(m.section == "organisations" and par <= m.cstart < cpos and key_of(m) != key for m in self.mentions) or any(
                m.section == "regions" and par <= m.cstart < cpos and m.name not in full for m in self.mentions):
            return None  # the paragraph names another body or place before the figure: whose, the annotator decides
        plo, phi = self._paragraph_at(self._text_start(lo, hi, hlo, hhi))
        if slo < phi:
            return None  # the figure in the first paragraph: the sentence rules read it
        par_lo = self._paragraph_at(cpos)[0]  # (a heading with no blank line after it starts the sentence)
        prev = self._paragraph_at(par_lo - 1)[0] if par_lo > lo else par_lo
        while lo < prev < par_lo and self.compact[par_lo:par_lo + 1] in _BULLETS and self.compact[prev:prev + 1] in _BULLETS:
            par_lo, prev = prev, self._paragraph_at(prev - 1)[0]  # ◆…200余场次 ◆…: the items of one list, under its heading
        if not (prev < par_lo and headline_like(self.compact[prev:par_lo])):
            return None  # no section heading over the figure's paragraph: a long report changes its topic
        pos = plo
        while pos < phi:
            a, b = self.ctx.sentence_at(pos)
            m = self._head_name(a, b)
            if m is not None and key_of(m) == key:
                return m
            pos = max(b, pos + 1)
        return None

    def _text_start(self, lo: int, hi: int, hlo: int, hhi: int) -> int:
        """Where a story's text starts: after its headline, the site's lines (发布时间：… 浏览次数：)
        and the headline-like lines under it (a site's path 首页>新闻动态 read as the headline)."""
        start = max(lo, hhi) if hhi > hlo else lo
        while start < hi:
            if self.ctx.boilerplate_at(start):
                start += 1
                continue
            plo, phi = self._paragraph_at(start)
            if phi >= hi or not headline_like(self.compact[plo:phi]):
                return start
            start = phi
        return start

    # A figure no sentence gives a subject: the story's body, by these rules in turn (the rule that decided it)
    _STORY_BODY_RULES = (
        ("_profiled_employer", "a paragraph opening with a person and the body they work for (某某是某公司总工程师): "
                               "that body"),
        ("_lead_union", "the one union federation the story names, heading a sentence of its first paragraph: "
                        "the body whose work the story reports"),
        ("_lead_firm", "the one enterprise the story names, heading a sentence of its first paragraph, a section's "
                       "heading over the figure: the body whose work the story reports"),
        ("_meeting_host", "会议/会上 heads the figure's clause: the body or place whose meeting the story's first "
                          "sentence reports"),
        ("_contest_organiser", "a contest's figure in a story that names who organises it (本次大赛由某市总工会…主办): "
                               "its first organiser"),
        ("_story_union", "the one union federation the story names, in its headline or twice: the body whose work the "
                         "story reports"),
        ("_report_firm", "the one enterprise the story names, no union federation, in its headline or twice: the body "
                        "whose work the story reports"),
        ("_colon_headline_body", "the body heading the story's headline before a colon (某公司：以…锻造…): the body whose "
                                 "work the story reports, the figure's paragraph naming no other body or place before it"),
        ("_headline_host", "这次/本次 + an event heads the clause: the body heading the story's headline and its first "
                           "sentence, whose event the story reports"),
        ("_story_firm", "the one firm heading the news item's headline and its first sentence, the figure's sentence "
                        "naming no other body before it: the body whose work or event the story reports"),
        ("_contest_owner", "a contest's figure (选手, 参赛) in a story whose first sentence names the contest after a place "
                           "or a body (某市第一届职工职业技能大赛): that place's or body's contest"),
        ("_plan_issuer", "a story whose lead tells a body or a place issued a plan (某省印发《…工作方案》): the plan's "
                         "terms in the paragraphs after it, naming no other body or place, are the issuer's"),
    )

    def _plan_issuer(self, slo: int, cpos: int) -> Mention | None:
        """近日，某省印发《…建设工作方案》，提出… (later paragraphs) 年完成培训120万人次: what the plan sets, the
        first body or place of the story's lead (its first two sentences after the headline) that issued it, when
        the figure comes after that sentence and its paragraph names no other body or place before it."""
        story = self.ctx.story_at(slo)
        lo, _hi = self.ctx.crange(story["span"])
        k = max(lo, self.ctx.crange(story["head_span"])[1])
        for _ in range(2):
            a, b = self.ctx.sentence_at(k)
            issued = _ISSUED_PLAN_RX.search(self.compact, a, b)
            if issued or b <= k:
                break
            k = b
        plo = self._paragraph_at(slo)[0]
        if not issued or cpos < b or any(plo <= m.cstart < cpos and m.section in ("organisations", "regions") for m in self.mentions):
            return None
        return self._first_body(a, issued.start(), ("organisations", "regions"))

    def _first_body(self, lo: int, hi: int, sections: tuple[str, ...]) -> Mention | None:
        """The first organisation (or region, as ``sections`` say) named from ``lo`` to ``hi``, never a dateline's."""
        return next((m for m in sorted(self.mentions, key=lambda m: m.cstart) if m.section in sections
                     and lo <= m.cstart < hi and not self._in_dateline(m)), None)

    def _contest_owner(self, slo: int, cpos: int) -> Mention | None:
        """9月25日，某市第一届职工职业技能大赛…举行。(later) 从220余名初赛选手中脱颖而出的65位选手…: the
        entrants of the contest the lead names after its place or body, the figure's sentence naming no
        other body or place before it."""
        a, b = self.ctx.sentence_at(slo)
        if not _CONTEST_WORDS_RX.search(self.compact, a, b) or any(
                a <= m.cstart < cpos and m.section in ("organisations", "regions") for m in self.mentions):
            return None
        story = self.ctx.story_at(slo)
        lo, hi = self.ctx.crange(story["span"])
        hlo, hhi = self.ctx.crange(story["head_span"])
        la, lb = self.ctx.sentence_at(self._text_start(lo, hi, hlo, hhi))
        if la <= slo < lb:
            return None  # the lead itself: the sentence rules read it
        for m in self.mentions:
            if la <= m.cstart < lb and m.section in ("organisations", "regions") and re.match(
                    r"(?:(?:19|20)\d\d年)?第[一二三四五六七八九十\d]{1,3}届[^，,。；“”]{0,16}?(?:大赛|竞赛|比赛|运动会)",
                    self.compact[m.cend:lb]):
                return m
        return None

    def _story_firm(self, slo: int, cpos: int) -> Mention | None:
        """某港口集团2025年职业技能大赛在某市举行 over 10月16日，某港口集团2025年…大赛举行 and
        (later) 来自6家出资企业的12个创新工作室作了宣介: a news item of one firm's event or work, naming no
        union federation; a figure whose sentence names no other body or place before it is that firm's."""
        story = self.ctx.story_at(slo)
        lo, hi = self.ctx.crange(story["span"])
        if hi - lo > 2 * _NEWS_ITEM or any(lo <= m.cstart < hi and self._union_key(m) is not None for m in self.mentions):
            return None
        lead = self._headline_body(story)
        if lead is None or self._firm_key(lead) is None:
            return None
        if any(slo <= m.cstart < cpos and m.section in ("organisations", "regions") for m in self.mentions):
            return None  # (来自宜港集团的李灿…包揽了三个项目一等奖: another body's, whose the annotator decides)
        return lead

    def _headline_body(self, story: dict) -> Mention | None:
        """The body heading both a story's headline (or a headline-like line under a site's section taken
        for it, 集团要闻) and its first sentence (某煤矿重奖… / 7月22日，某集团某煤矿对…进行表彰): the one
        the story reports on, as its first sentence names it; None otherwise."""
        lo, hi = self.ctx.crange(story["span"])
        hlo, hhi = self.ctx.crange(story["head_span"])
        start = self._text_start(lo, hi, hlo, hhi)
        heads = {k for k in self._line_starts if hlo <= k < start} | {hlo}
        top = next((m for m in self.mentions if m.section == "organisations" and m.cstart in heads), None)
        lead = self._head_name(*self.ctx.sentence_at(start)) if top is not None else None
        if lead is None or lead.section != "organisations" or not lead.name.endswith(top.name):
            return None
        return lead

    def _headline_host(self, slo: int, cpos: int) -> Mention | None:
        """据了解，这次技能大赛共设11个专业 in a story whose headline and first sentence open with one
        body (某煤矿重奖技能大赛优胜者 / 7月22日，某集团某煤矿对…进行表彰): the event is that body's."""
        head = self._clause_head(slo, cpos)
        if not re.match(rf"(?:这次|此次|本次|本届|这届)[\u4e00-\u9fff]{{0,6}}?(?:{_EVENT_NOUNS})", self.compact[head:cpos]):
            return None
        return self._headline_body(self.ctx.story_at(slo))

    def _profiled_employer(self, lo: int, cpos: int) -> Mention | None:
        """杨某是某某材料有限公司总工程师，他…以17项发明专利…: a paragraph profiling a person by the body
        they work for and their post; its figures are that body's (whose, the person's own, the annotator
        may say)."""
        plo, _phi = self._paragraph_at(cpos)
        m = re.match(r"([\u4e00-\u9fff]{2,4}?)(?:同志)?是", self.compact[plo:plo + 8])
        if m is None or m.group(1)[0] not in _SURNAMES:
            return None
        org = next((x for x in self.mentions if x.section == "organisations" and x.cstart == plo + m.end()), None)
        if org is None or not re.match(rf"[\u4e00-\u9fff]{{0,6}}?(?:{_POSTS_RX.pattern}|总教练|教练|工程师)",
                                       self.compact[org.cend:org.cend + 14]):
            return None
        return org

    def _national(self, m: Mention) -> bool:
        """The national federation (全总, 中华全国总工会): the sponsor of a local story, never its body."""
        org = self.ctx.registry.organisations.get(m.ids[0]) if m.ids else None
        region = self.ctx.registry.regions.get(getattr(org, "region", None) or "") if org is not None else None
        return m.name.startswith(("全总", "中华全国", "全国总工会")) or region is not None and region.level == "national"

    def _story_unions(self, story_id: str, lo: int, hi: int) -> list[tuple[str, list[Mention]]]:
        """The local union federations a story names, each with where it is printed, most printed
        first (江西省永修县总工会 is 永修县总工会; never a partner, 与垫江县总工会); found once a story."""
        memo = self.__dict__.setdefault("_unions_by_story", {})
        if story_id not in memo:
            unions: dict[str, list[Mention]] = {}
            for m in self.mentions:
                if lo <= m.cstart < hi and not self._in_dateline(m) and not self.ctx.boilerplate_at(m.cstart) \
                        and (key := self._union_key(m)) is not None and not self._national(m) \
                        and not re.search(r"(?:[与同]|联合|邀请|携手|会同)$", self.compact[max(0, m.cstart - 2):m.cstart]) \
                        and not (self.compact[m.cstart - 1:m.cstart] == "“" and re.match(
                            r"”(?:微信)?(?:APP|App|app|公众号|小程序|客户端|平台|视频号)", self.compact[m.cend:m.cend + 5])):
                    # (与某县总工会: a partner; 打开“陕西工会”APP: an app by the unions' name, no union acting)
                    # (江西省永修县总工会, 张家界市慈利县总工会: the county's union by its own name)
                    unions.setdefault(re.sub(r"^[\u4e00-\u9fff]{2,4}?市(?=[\u4e00-\u9fff]{2,}?[县区旗]总工会$)", "", re.sub(r"^[\u4e00-\u9fff]{2,3}?(?:省|自治区)(?=[\u4e00-\u9fff]{2,}?[市县区旗])", "", key)), []).append(m)
            memo[story_id] = sorted(unions.items(), key=lambda kv: -len(kv[1]))
        return memo[story_id]

    def _story_union(self, slo: int, cpos: int) -> Mention | None:
        """The one local union federation a news item names (a story of 1,200 characters at most, no
        county's section), printed in its headline or twice in its text and as often again as any
        other, when the figure's sentence names no other body or place before it (某县总工会救助…：
        为208名困难职工每人发放360元): the body whose work the story reports."""
        story = self.ctx.story_at(slo)
        lo, hi = self.ctx.crange(story["span"])
        hlo, hhi = self.ctx.crange(story["head_span"])
        if hi - lo > 2 * _NEWS_ITEM or story.get("place"):
            return None  # a long report changes its topic from paragraph to paragraph; a county's section is the county's
        ranked = self._story_unions(story["id"], lo, hi)
        lead = self._lead_sentence_union(ranked, lo, hi, hlo, hhi)
        if lead is not None:  # 某县总工会紧紧围绕…，…工作取得一定成效。: the union whose work the story reports
            ranked = [lead]
        if not ranked or len(ranked) > 1 and len(ranked[0][1]) < 2 * len(ranked[1][1]):
            return None  # no union, or two printed about as often: whose, the annotator decides
        key, printed = ranked[0]
        key = self._union_key(printed[0])
        if len(printed) < 2 and lead is None and not any(hlo <= m.cstart < hhi for m in printed):
            return None
        full = (printed[0].proposal or {}).get("name") or (self.ctx.registry.organisations[key].name if printed[0].ids else printed[0].name)
        if any(self.compact.count(short.group(1), lo, hi) > len(printed) and short.group(1) not in full
               for short in SHORT_FORM_RX.finditer(self.compact, lo, hi)):
            return None  # 由省总工会、某航空公司（以下简称“某航”）举办: the story is of the body it names for short, more often
        if any(slo <= m.cstart < cpos and (m.section == "organisations" and m not in printed
                                           or m.section == "regions" and m.name not in full)
               and not (m.section == "organisations" and self.compact[m.cstart - 1:m.cstart] in ("向", "从") and m.cstart > slo)
               and not self._in_dateline(m) and not (m.section == "organisations" and self._kind(m) == "media")
               for m in self.mentions):  # (向省总工会申请贴息贷款5万元: the body asked, not the one acting; 某新闻网12月19日讯: who printed it)
            return None  # the sentence names another body or place before the figure: whose, the annotator decides
        return next((m for m in printed if m.cstart >= max(lo, hhi)), printed[0])

    def _lead_sentence_union(self, ranked: list[tuple[str, list[Mention]]], lo: int, hi: int, hlo: int, hhi: int
                             ) -> tuple[str, list[Mention]] | None:
        """The local union federation heading a news item's first sentence (after its dateline and
        byline: 某县总工会紧紧围绕党委中心工作，…), printed as often as any other union of the story and naming no partner (联合某公司):
        a union's report of its own work, whose agentless sentences (县内6家企业参加…) are its."""
        a, b = self.ctx.sentence_at(self._text_start(lo, hi, hlo, hhi))
        m = self._lead_head(a, b)
        if m is None or any(x.section == "organisations" and a <= x.cstart < b and self._union_key(x) != self._union_key(m)
                            and re.search(r"(?:联合|会同|携手|协同|[与和同])$", self.compact[max(a, x.cstart - 2):x.cstart])
                            for x in self.mentions):
            return None  # (某市总工会联合某公司推进…: a joint work, whose figures the annotator decides)
        def printed(key: str) -> int:  # (台山市台城街道总工会 and 台城街道总工会: one body)
            return sum(len(p) for k, p in ranked if k.endswith(key) or key.endswith(k))
        lead = next(((k, p) for k, p in ranked if m in p), None)
        if lead is None or any(printed(k) > printed(lead[0]) for k, _p in ranked):
            return None
        return lead

    def _lead_head(self, a: int, b: int) -> Mention | None:
        """The name heading a story's first sentence, after an opening clause of purpose (为深入学习贯彻…精神，区总工会…)."""
        m = self._head_name(a, b, at_head=True)
        purpose = re.match(r"为[^，,。；;]{4,80}?[，,]", self.compact[a:b]) if m is None else None
        return self._head_name(a + purpose.end(), b, at_head=True) if purpose else m

    def _lead_sentence_own_union(self, lo: int, hi: int, hlo: int, hhi: int) -> tuple[str, list[Mention]] | None:
        """A firm's or a body's own union heading the story's first sentence (某集团工会深化产改，…), the
        only union the story names, with no partner in that sentence: a union's report of its own work."""
        a, b = self.ctx.sentence_at(self._text_start(lo, hi, hlo, hhi))
        m = self._lead_head(a, b)
        if m is None or m.section != "organisations" or not self.compact[m.cstart:m.cend].endswith("工会") \
                or self._union_key(m) is not None:
            return None
        def key(x: Mention) -> str:  # (its proposed name, its entry, or as printed)
            return (x.proposal or {}).get("name") or (x.ids[0] if x.ids else x.name)
        others = [x for x in self.mentions if x.section == "organisations" and lo <= x.cstart < hi and key(x) != key(m)]
        if any(self.compact[x.cstart:x.cend].endswith("工会") or a <= x.cstart < b and re.search(
                r"(?:联合|会同|携手|协同|[与和同])$", self.compact[max(a, x.cstart - 2):x.cstart]) for x in others):
            return None  # (another union in the story, or a partner in the lead: whose, the annotator decides)
        return key(m), [x for x in self.mentions if x.section == "organisations" and lo <= x.cstart < hi and key(x) == key(m)]

    def _team_before(self, head: int) -> Mention | None:
        """The one team (…队) the story names before ``head``, by its full name (市劳模志愿队 after 厦门市劳模志愿队: one team)."""
        lo = self.ctx.crange(self.ctx.story_at(head)["span"])[0]
        teams = [m for m in self.mentions if m.section == "organisations" and lo <= m.cstart and m.cend <= head and m.name.endswith("队")]
        full = max(teams, key=lambda m: len(m.name), default=None)
        return full if full is not None and all(full.name.endswith(m.name) for m in teams) else None

    def _named_before(self, head: int, noun: str) -> tuple[Mention, str] | None:
        """The one organisation the story names before ``head`` whose name ends with the noun (or
        its first two or three characters) that 该/这个 points back with (这个联盟 → …工作室联盟);
        None when two bodies so named come before it (该公司 after two firms: which one?)."""
        lo = self.ctx.crange(self.ctx.story_at(head)["span"])[0]
        ends = [noun[:k] for k in range(len(noun), 0 if noun[0] in "场厂矿行会" else 1, -1)]  # (该场: the 农场 named before; 该行: the 银行's branch)
        # (then 该农场, 该油田: the unit's union, 铁力农场工会, when the story names the unit only in its union's name)
        kinds = [(e, "") for e in ends] + [(e, "工会") for e in ends]
        if noun.startswith("工会"):  # 该工会 after 某区货运司机工会联合会: a union federation is a union
            found = {(m.proposal or {}).get("name") or m.name: m for m in self.mentions
                     if m.section == "organisations" and lo <= m.cstart and m.cend <= head
                     and any(n.endswith(("工会", "工会联合会", "工会委员会", "联合工会")) for n in ((m.proposal or {}).get("name", ""), m.name) if n)}
            if len(found) > 1:  # 全国总工会提出…。而在太原市，…是太原市家政服务行业工会联合会工作的重中之重。该工会…: the last, in its paragraph
                last = max(found.values(), key=lambda m: m.cstart)
                plo, _phi = self._paragraph_at(head)
                return ((last, "工会") if last.cstart >= self._paragraph_at(max(lo, plo - 1))[0] else None)
            kinds += [("工会", "联合会"), ("工会", "委员会")]
        for end, union in kinds:
            found = {(m.proposal or {}).get("name") or m.name: m for m in self.mentions
                     if m.section == "organisations" and lo <= m.cstart and m.cend <= head
                     and any(n.endswith(end + union) for n in ((m.proposal or {}).get("name", ""), m.name) if n)
                     and not any(o.section == "organisations" and o.cstart == m.cstart and self.compact[m.cend:o.cend] == "工会"
                                 for o in self.mentions)}  # (铁力农场 printed only as the head of 铁力农场工会: its union's)
            if found:
                return (next(iter(found.values())), end) if len(found) == 1 else None
        return None

    def _quoted(self, cpos: int, lo: int) -> bool:
        """``cpos`` is inside a quoted name (“某城职工大学习”活动) opened after ``lo``."""
        return self.compact.count("“", lo, cpos) > self.compact.count("”", lo, cpos)

    def _full_place(self, m: Mention) -> str:
        """A region mention's full name: the registry's, or the one proposed (榕城 → 福州市), or as printed."""
        if m.ids and m.ids[0] in self.ctx.registry.regions:
            return self.ctx.registry.regions[m.ids[0]].name
        return (m.proposal or {}).get("name", m.name)

    def _headline_region(self, slo: int) -> Mention | None:
        """The region a story's headline names (某省产业工人队伍建设改革综述), for a figure whose
        sentence, the sentences before it and its paragraph name no subject: the one region
        of the headline, when the paragraph names no organisation or region at all."""
        story = self.ctx.story_at(slo)
        hlo, hhi = self.ctx.crange(story["head_span"])
        if hhi <= hlo:
            return None
        regions = {m.name: m for m in self.mentions if m.section == "regions" and hlo <= m.cstart < hhi and not any(
            o.section == "organisations" and o.cstart <= m.cstart and m.cend <= o.cend for o in self.mentions)  # 某省总工会: the body's
            and not (m.cstart > 0 and self.compact[m.cstart - 1] in "[【" and self.compact[m.cend:m.cend + 1] in ("]", "】"))}  # [江西]: a tag
        plo, phi = self._paragraph_at(slo)
        heads = [o for o in self.mentions if o.section == "organisations" and hlo <= o.cstart < hhi]
        if not regions and len(heads) == 1 and heads[0].name.endswith("工会"):
            # 福州工会引领职工… over a paragraph naming 福州 (or 榕城) only: the place of the union whose work the story tells
            here = [m for m in self.mentions if m.section == "regions" and plo <= m.cstart < phi
                    and self._full_place(m)[:2] == heads[0].name[:2]]
            if here:
                regions = {here[0].name: here[0]}
        national = {r for r in self.ctx.registry.regions if self.ctx.registry.regions[r].level == "national"}
        if len(regions) != 1 or set(next(iter(regions.values())).ids) & national or next(iter(regions)) in ("全国", "中国", "我国"):
            return None  # 全国首部, 全国先进: the country in a headline is mostly a word of rank
        one = next(iter(regions.values()))
        lo, hi = self.ctx.crange(story["span"])
        if any(len(key) > 4 and self.compact.startswith(key[:2], one.cend) for key, _p in self._story_unions(story["id"], lo, hi)):
            return None  # 北京大兴 over 大兴区总工会: the headline's place is the union's, printed after its city's name
        short = self.compact[one.cstart:one.cend + 2]
        if any(o.section == "organisations" and not (hlo <= o.cstart < hhi) and len(o.name) > one.cend - one.cstart + 2
               and (self.compact.startswith(o.name[:-2], one.cstart)
                    or re.fullmatch(r"[\u4e00-\u9fff]+", short) and len(o.name) > len(short) and o.name.startswith(short)
                    and not re.search(r"(?:区|县|市|州|旗|镇|街道)(?:总工会|工会)?$", o.name)) for o in self.mentions):
            # 山东港口烟台港 over 山东港口烟台港工会 in the text, 北京纺织表彰… over 北京纺织控股公司工会: the headline's
            # place begins a body's name (its short name)
            return None
        if any(plo <= m.cstart < phi and m.section in ("regions", "organisations")
               and not (m.section == "regions" and (self._full_place(m) == self._full_place(one) or self._quoted(m.cstart, plo)
                                                   or set(m.ids) & national))  # (全国首届…赛, 全国优秀试点: a rank, no subject)
               for m in self.mentions):
            return None  # (the headline's own place again in the paragraph, “福州工人E家亲”: still that one place)
        return one

    def _headline_province(self, slo: int) -> Mention | None:
        """The one province (or autonomous region) a story's headline names as a place, not inside a body's name."""
        hlo, hhi = self.ctx.crange(self.ctx.story_at(slo)["head_span"])
        found = {self._full_place(m): m for m in self.mentions if m.section == "regions" and hlo <= m.cstart < hhi
                 and any(p.level == "province" for p in self.ctx.gaz.get(self._full_place(m), []))
                 and not self._full_place(m).endswith("市")  # (北京, 上海: a city's, never 我省)
                 and not any(o.section == "organisations" and o.cstart <= m.cstart and m.cend <= o.cend for o in self.mentions)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _headline_zone(self, place: Mention, slo: int) -> str | None:
        """The development zone a headline names after its place (烟台市蓝湾新区), when the story's
        text prints the zone's own name (蓝湾新区): the headline is that zone's, not its city's."""
        story = self.ctx.story_at(slo)
        zone = _HEAD_ZONE_RX.match(self.compact, place.cend, self.ctx.crange(story["head_span"])[1])
        if zone is None or not is_zone(self.compact[place.cstart:zone.end()]):
            return None
        lo, hi = self.ctx.crange(story["span"])
        return self.compact[place.cstart:zone.end()] if zone.group(0) in self.compact[lo:hi] else None

    def _short_name(self, head: int, cpos: int) -> tuple[str, str, str] | None:
        """A short name the story defined before (某某经济开发区(以下简称“开发区”)) heading the
        clause at ``head`` (the name it stands for, when the page prints it before the bracket and it ends
        as the short one does: 12351广东职工热线平台(以下简称“平台”)), the end of a body's name after it (开发区总
        工会: the body's own, "") and the short name as printed."""
        story = self.ctx.story_at(head)
        lo = self.ctx.crange(story["span"])[0]
        for m in SHORT_FORM_RX.finditer(self.compact, lo, head):
            name = m.group(1)
            if self.compact.startswith(name, head) and head + len(name) <= cpos:
                body = re.match(r"[\u4e00-\u9fff]{0,4}?(?:总工会|工会|党工委|党委|管委会|公司|集团)", self.compact[head + len(name):cpos])
                if body:
                    return name, body.group(0), name
                # 12351广东职工热线平台(以下简称“平台”)…平台受理…: the name it stands for, as printed before the bracket
                left = self.compact[max(lo, m.start() - 30):m.start()]
                cut = _FULL_NAME_CUT_RX.match(left)
                full = left[cut.end():] if cut else left
                return (full if len(full) > len(name) and full.endswith(name[-1]) else name), "", name
        return None

    def _level_region(self, lo: int, lvl: re.Match, where: str):
        """全市, 我省, 该县 …: the story's region of that level, or TODO naming the phrase."""
        region = self._story_region(lo, lvl.group(2))
        own = self._headline_province(lo) if lvl.group(1) in "我本" and lvl.group(2) == "省" else None
        if own is not None and (region is None or self._full_place(region) != self._full_place(own)):
            # 甘肃省…转移就业 over 我省…与天津、山东…: the province whose headline it is, not its partners printed more
            why = f"{lvl.group(0)}{where}: the one province the story's headline names ({own.name})"
            return (own, why, None) if own.ids else (None, why, (own.proposal or {}).get("name", own.name))
        if region is None and lvl.group(2) in "省区" and lvl.group(1) in "全我本":
            one = self._page_province(autonomous=lvl.group(2) == "区")
            if one is not None and one[0].ids:
                return one[0], f"{lvl.group(0)}{where}: no province in the story; the one province the page's names are in ({one[1]})", None
            if one is not None:
                return None, f"{lvl.group(0)}{where}: no province in the story; the one province the page's names are in ({one[1]})", one[0].proposal["name"]
        if region is None:
            around = self._place_around_story(lo, lvl.group(2))
            if around is not None and around[0].ids:
                return around[0], f"{lvl.group(0)}{where}: no region of that level in the story's text; the one {around[1]}", None
            if around is not None:
                return None, f"{lvl.group(0)}{where}: no region of that level in the story's text; the one {around[1]}", around[0].proposal["name"]
            bare = self._place_printed_alone(lo, lvl.group(2))
            if bare is not None:
                return (bare, f"{lvl.group(0)}{where}: no region of that level among the story's names; the one its text prints "
                              f"by itself ({bare.name})", None) if bare.ids else (
                    None, f"{lvl.group(0)}{where}: no region of that level among the story's names; the one its text prints "
                          f"by itself ({bare.name})", bare.proposal["name"])
        if region is None and lvl.group(2) == "市":
            city = self._names_city(lo)
            if city is not None:  # 我市派出… 岳阳理工学院某某、岳阳技师学院某某获…: the city the story's bodies are of
                return None, (f"{lvl.group(0)}{where}: no city in the story; the one city that heads the names of its "
                              f"bodies ({city})"), city
        if region is None and lvl.group(2) == "区":
            zone = self._story_zone(lo)
            if zone is not None:  # 盐城经济技术开发区…全区机关、企事业单位工会主席70人: the zone's
                return None, f"{lvl.group(0)}{where}: no district in the story; the one development zone it names ({zone})", zone
        if region is None and lvl.group(2) in "市县区州":
            story = self.ctx.story_at(lo)
            slo, shi = self.ctx.crange(story["span"])
            ranked = self._story_unions(story["id"], slo, shi)
            named = re.fullmatch(rf"([\u4e00-\u9fff]{{2,6}}{lvl.group(2)})总工会", ranked[0][0]) if ranked else None
            if named and (len(ranked) == 1 or len(ranked[0][1]) >= 2 * len(ranked[1][1])):
                # 潼南县总工会… (a county the gazetteer no longer has: now 潼南区) …全县职工300余名: the union's county, as printed;
                # 自治区总工会 (its place printed as its level alone): the union, which names no place
                if named.group(1) in ("自治区", "自治州"):
                    whose, name = "one local union federation it names, its place printed as its level alone", ranked[0][0]
                else:
                    whose, name = "place of the one local union federation it names", named.group(1)
                return None, (f"{lvl.group(0)}{where}: no region of that level among the story's names; the {whose} "
                              f"({ranked[0][0]})"), name
        if region is None and lvl.group(2) in "市县区":
            story = self.ctx.story_at(lo)
            slo, shi = self.ctx.crange(story["span"])
            bare = f"{lvl.group(2)}总工会"
            if any(m.section == "organisations" and m.name == bare and slo <= m.cstart < shi for m in self.mentions):
                # 全市建会企业615家 on a page of 市总工会 that names no city: that union's, its place the annotator's
                return None, (f"{lvl.group(0)}{where}: no region of that level in the story; the union federation of that "
                              f"level it prints ({bare})"), bare
        if region is None and lvl.group(2) in "市县区":
            place = self._place_heading_bodies(lo, lvl.group(2))
            if place is not None:  # 静安区女职工委员会…对全区女职工的状况进行调查: the district its one body's name opens with
                return None, (f"{lvl.group(0)}{where}: no region of that level among the story's names; the one such place "
                              f"its bodies' names open with ({place})"), place
        if region is None:
            return None, f"{lvl.group(0)}{where}: no region of that level in the story", lvl.group(0)
        return region, f"{lvl.group(0)}{where}: the story's region of that level", None

    def _place_heading_bodies(self, cpos: int, level: str) -> str | None:
        """The one place of ``level`` (市, 县, 区) that opens the names of the organisations a story names
        (静安区女职工委员会 …), when no other place of that level opens one; None otherwise."""
        story = self.ctx.story_at(cpos)
        lo, hi = self.ctx.crange(story["span"])
        places = set()
        for m in self.mentions:
            if m.section != "organisations" or not lo <= m.cstart < hi:
                continue
            name = (m.proposal or {}).get("name") or m.name
            head = next((name[:k] for k in range(3, min(len(name) - 1, 8)) if name[k - 1] == level and self.ctx.gaz.get(name[:k])), None)
            if head is not None:
                places.add(head)
        return places.pop() if len(places) == 1 else None

    def _story_zone(self, cpos: int) -> str | None:
        """The one development zone a story names in full, a place heading it (盐城经济技术开发区, 浏阳经开区)."""
        story = self.ctx.story_at(cpos)
        lo, hi = self.ctx.crange(story["span"])
        hlo, hhi = self.ctx.crange(story["head_span"])
        names = set()
        for a, b in ((lo, hi), (hlo, hhi)):
            for m in _STORY_ZONE_RX.finditer(self.compact, a, b):
                if any(m.group(0)[:k] in self.ctx.gaz for k in (2, 3, 4)):  # (a place heads it: never 各类开发区, 要把经济技术开发区)
                    names.add(m.group(0).replace("国家级", ""))  # (盐城国家级经济技术开发区: the same zone)
        return names.pop() if len(names) == 1 else None

    def _place_around_story(self, cpos: int, level: str) -> tuple[Mention, str] | None:
        """全市, 本县 in a story whose text names no region of that level: the one region of that
        level its headline, its dateline (某某日报讯, 新华社某地…电) or the page's site lines (site
        name, 来源：…) name, as a region or as the place heading a body's or a medium's name
        (某市总工会召开…, 某市新闻网)."""
        story = self.ctx.story_at(cpos)
        lo, hi = self.ctx.crange(story["span"])
        zones = [self.ctx.crange(story["head_span"])] + [(a, b) for a, b, why in self.ctx.boilerplate
                                                          if why in ("site name", "source line")]  # (never a list of links)
        dl = dateline(self.compact, lo, hi)
        if dl:
            zones.append((dl.start(), dl.end()))
        zones = [(a, b) for a, b in zones if b > a]
        regions = self.ctx.registry.regions
        found: dict[str, tuple[Mention, str]] = {}
        for m in self.mentions:
            if not any(a <= m.cstart < b for a, b in zones):
                continue
            if m.section == "regions":
                full = (m.proposal or {}).get("name") or next((regions[e].name for e in m.ids if e in regions), m.name)
                if self._of_level(full, level):
                    found.setdefault(full, (m, f"region named around it ({m.name})"))
                continue
            if m.section != "organisations":
                continue
            org = self.ctx.registry.organisations.get(m.ids[0]) if m.ids else None
            if org is not None and getattr(org, "region", None) in regions:
                r = regions[org.region]
                if self._of_level(r.name, level):
                    found.setdefault(r.name, (Mention("regions", r.name, m.cstart, m.cend, [org.region], 0.5), f"body's region named around it ({m.name})"))
                continue
        for word, _flag, pos in self.ctx.tokens:  # 安康|新闻网, 安康日报|讯: a place heading a site's or a medium's name
            if not any(a <= pos < b for a, b in zones) or self._no_place_word(word, pos):
                continue
            form = word if word in self.ctx.gaz else next((word[:k] for k in (3, 2) if re.fullmatch(
                r"(?:日报|晚报|新闻网|新闻|电视台|融媒体中心|网)", word[k:]) and word[:k] in self.ctx.gaz), None)
            places = [pl for pl in self.ctx.gaz.get(form, []) if self._of_level(pl.name, level)] if form else []
            if len(places) == 1 and len(self.ctx.gaz[form]) == 1:
                pl = places[0]
                rid = next((e for e, r in regions.items() if r.code == pl.code), None)
                found.setdefault(pl.name, (Mention("regions", form, pos, pos + len(form), [rid] if rid else [], 0.5,
                                                   None if rid else {"name": pl.name, "code": pl.code, "level": pl.level}),
                                           f"place named around it ({word})"))
        return next(iter(found.values())) if len(found) == 1 else None

    def _no_place_word(self, word: str, pos: int) -> bool:
        """A token the gazetteer holds that names no place where it is printed (防暑保安康)."""
        return a_word_not_a_place(word, self.compact[max(0, pos - 2):pos], self.compact[pos + len(word):pos + len(word) + 2])

    def _place_printed_alone(self, cpos: int, level: str) -> Mention | None:
        """我县, 全县 in a story that names no region of that level, not even around it: the one
        place of that level its headline or text prints by itself, a word of its own the tagger
        reads as a name (平罗形象: 平罗, 平罗县), never inside a body's name (a region inside a
        company's, a site's or a zone's name is no mention of it), one place by that word."""
        story = self.ctx.story_at(cpos)
        spans = [self.ctx.crange(story["span"]), self.ctx.crange(story["head_span"])]
        dl = dateline(self.compact, *spans[0])
        if dl:  # (新华社某地…电: a place the rules around the story read, and no topic)
            spans = [(a, dl.start()) for a, b in spans[:1]] + [(dl.end(), spans[0][1]), spans[1]]
        regions = self.ctx.registry.regions
        found: dict[str, Mention] = {}
        for word, flag, pos in self.ctx.tokens:
            if not any(a <= pos < b for a, b in spans) or flag not in ("ns", "nr", "nz") or self.ctx.boilerplate_at(pos) \
                    or word in WORD_PLACES or self._no_place_word(word, pos):
                continue  # (新建 驿站: a verb jieba tags as the place 新建; 防暑保安康: a slogan's word)
            places = self.ctx.gaz.get(word, [])
            if len(places) != 1 or not self._of_level(places[0].name, level) or any(
                    o.section == "organisations" and o.cstart <= pos < o.cend for o in self.mentions):
                continue
            pl = places[0]
            rid = next((e for e, r in regions.items() if r.code == pl.code), None)
            found.setdefault(pl.code, Mention("regions", word, pos, pos + len(word), [rid] if rid else [], 0.5,
                                              None if rid else {"name": pl.name, "code": pl.code, "level": pl.level}))
        return next(iter(found.values())) if len(found) == 1 else None

    @staticmethod
    def _of_level(full: str, level: str) -> bool:
        """A region's full name is one 全{level} speaks of: 某市 for 市, 某县 for 县, 某区 (not 自治区) for 区."""
        return full.endswith(level) and not (level == "区" and full.endswith("自治区")) and len(full) > 2

    def _names_city(self, lo: int) -> str | None:
        """The one prefecture-level city whose name heads the names of bodies of the story at
        ``lo`` (岳阳理工学院, 岳阳技师学院), in at least two of them and no other city heading one:
        the city of a story that names its city only inside them."""
        story = self.ctx.story_at(lo)
        slo, shi = self.ctx.crange(story["span"])
        found: collections.Counter[str] = collections.Counter()
        for m in self.mentions:
            if m.section != "organisations" or not slo <= m.cstart < shi or self.compact[m.cstart - 1:m.cstart] == "在":
                continue  # (在武汉国际博览中心: a venue, where)
            found.update(next(([p.name] for k in (3, 2) for p in self.ctx.gaz.get(self.compact[m.cstart:m.cstart + k], [])
                               if p.level == "prefecture"), []))
        return next(iter(found)) if len(found) == 1 and next(iter(found.values())) >= 2 else None

    def _places_province(self, autonomous: bool = False) -> tuple[Mention, str] | None:
        """The province of the places a page names when it prints no province's name at all (荆门实施…，
        我省将…: 荆门市 is in 湖北省): every place it names below a province in one province."""
        codes, names = set(), []
        for m in self.mentions:
            if m.section != "regions":
                continue
            regs = [self.ctx.registry.regions[e] for e in m.ids if e in self.ctx.registry.regions]
            if any(r.level == "national" for r in regs):
                continue
            code = next((r.code for r in regs if r.code), None) or (m.proposal or {}).get("code")
            if not code or code.endswith("0000"):
                return None  # a place the rules cannot place, or a province: not this rule's
            codes.add(code[:2])
            names.append(m.name)
        if len(codes) != 1:
            return None
        code = next(iter(codes)) + "0000"
        pl = next((pl for ps in self.ctx.gaz.values() for pl in ps if pl.level == "province" and pl.code == code), None)
        if pl is None or not pl.name.endswith("自治区" if autonomous else "省"):
            return None  # (全区 in a story of 淮安's development zone: the zone's, not 江苏省)
        rid = next((e for e, r in self.ctx.registry.regions.items() if r.code == pl.code), None)
        first = min((m for m in self.mentions if m.section == "regions" and m.name in names), key=lambda m: m.cstart)
        mention = Mention("regions", pl.name, first.cstart, first.cend, [rid] if rid else [], 0.5,
                          None if rid else {"name": pl.name, "code": pl.code, "level": "province"})
        return mention, f"{pl.name}, the province of {names[0]}, the page printing no province's name"

    def _page_province(self, autonomous: bool = False) -> tuple[Mention, str] | None:
        """The one province a page that names no province in its story is about (我省, 全省): a
        province's name printed on the page only inside other names (山西 of 山西某某公司, of the
        site's name), when the page prints no other province's name and names no place of
        another province. A name inside a body's name is no mention of the region by itself:
        this reads the page's province from it, for 我省 and 全省 alone (``autonomous``: an autonomous
        region's too, for 全区 on a page of 新疆维吾尔自治区总工会)."""
        provinces: dict[str, list] = {}
        for form, ps in self.ctx.gaz.items():
            for pl in ps:
                if pl.level == "province" and len(form) >= 2 and form in self.compact:
                    provinces.setdefault(pl.province, []).append((self.compact.find(form), form, pl))
        if not provinces:
            return self._places_province(autonomous)
        if len(provinces) != 1:
            return None
        code, found = next(iter(provinces.items()))
        for m in self.mentions:
            if m.section != "regions":
                continue
            codes = [self.ctx.registry.regions[e].code for e in m.ids if e in self.ctx.registry.regions] + [(m.proposal or {}).get("code")]
            levels = [self.ctx.registry.regions[e].level for e in m.ids if e in self.ctx.registry.regions]
            if "national" not in levels and not any(c and c.startswith(code) for c in codes):
                return None  # a place of another province, or one the rules cannot place
        at, form, pl = min(found, key=lambda x: x[0])
        if not (pl.name.endswith("省") or autonomous and pl.name.endswith("自治区")):
            return None
        whose = next((m.name for m in self.mentions if m.section == "organisations" and m.cstart <= at < m.cend), None)
        rid = next((e for e, r in self.ctx.registry.regions.items() if r.code == pl.code), None)
        mention = Mention("regions", form, at, at + len(form), [rid] if rid else [], 0.5,
                          None if rid else {"name": pl.name, "code": pl.code, "level": "province"})
        return mention, form + (f", printed in {whose}" if whose else "")

    def _paragraph_source(self, cpos: int) -> Mention | None:
        """The body a figure's paragraph opens by reporting from (据全总有关部门负责人表示，…; 据市总工会介绍，…)."""
        pa = self._paragraph_at(cpos)[0]
        if not self.compact.startswith("据", pa):
            return None
        for m in self.mentions:
            if m.section == "organisations" and m.cstart == pa + 1 and _SOURCE_AFTER_RX.match(self.compact, m.cend):
                return m
        return None

    def _sentence_source(self, slo: int) -> Mention | None:
        """The body a sentence opens by reporting from (记者从全国总工会获悉：…; 从市总工会了解到，…)."""
        at = re.match(r"(?:记者|笔者)?(?:从|自)", self.compact[slo:slo + 4])
        return self._heard_from(slo + at.end()) if at is not None else None

    def _quote_speaker(self, cpos: int) -> Mention | None:
        """A figure inside a quotation (“…3万余名职工…”中建三局有限公司副总经理罗宏表示): the body of
        the speaker with a post named right after the closing mark."""
        text = self.compact
        opened = text.rfind("“", 0, cpos)
        close = text.find("”", cpos)
        if opened < 0 or close < 0 or "”" in text[opened:cpos] or "“" in text[cpos:close]:
            return None
        for m in self.mentions:
            if m.section == "organisations" and m.cstart == close + 1 and (
                    text.startswith(_POSTS, m.cend) or text.startswith(("常务", "党组", "副"), m.cend)):
                return m
        return None

    def _event_place(self, head: int, event: str) -> Mention | None:
        """The place naming the event in the story's headline, or else its first sentence
        (2024年甘肃省百万职工劳动和技能竞赛启动): the region heading the event's name."""
        story = self.ctx.story_at(head)
        spans = [self.ctx.crange(story["head_span"])]
        slo, _shi = self.ctx.crange(story["span"])
        spans.append(self.ctx.sentence_at(slo))
        for a, b in spans:
            if not a < b <= head:
                continue
            found = []
            for m in self.mentions:
                # (重庆万州区总开展普法宣传活动: the body that holds it, its place's name in its own)
                if m.section in ("regions", "organisations") and a <= m.cstart < b and not self._in_dateline(m) and (
                        m.section == "regions" or re.match(r"(?:开展|举办|举行|组织|启动)", self.compact[m.cend:b])):
                    rest = re.match(r"[\u4e00-\u9fff\d“”‘’]{0,16}?" + event, text := self.compact[m.cend:b])
                    if rest and not re.search(r"[，,。；：、]", text[:rest.end()]):
                        found.append(m)
            if found:  # 沈阳市2024年皇姑区…竞赛: the place nearest the event's name, the most particular
                return max(found, key=lambda m: m.cstart)
        return None

    def _document_issuer(self, head: int) -> tuple[Mention, str] | None:
        """通知明确, 《意见》规定 heading a clause after a sentence of the story that tells a body issued that kind of
        document (某市总工会等7个部门联合下发《关于…的通知》): the first body of that sentence, and the words heading."""
        text = self.compact
        m = re.match(r"(?:该|这份|《)?(通知|意见|实施意见|方案|实施方案|办法|规定|细则|文件)》?(?:中)?(?:明确|规定|要求|提出|指出)", text[head:head + 12])
        if m is None:
            return None
        sentences, k = [], self.ctx.crange(self.ctx.story_at(head)["span"])[0]
        while (span := self.ctx.sentence_at(k))[1] <= head and k < head:  # (the story's sentences before the clause's)
            sentences.append(span)
            k = max(span[1], k + 1)
        issued_rx = re.compile(_ISSUE_VERB + rf"《[^》]{{2,60}}{m.group(1)}》")
        for a, b in reversed(sentences):
            issued = issued_rx.search(text, a, b)
            if issued is not None:
                body = self._first_body(a, issued.start(), ("organisations",))
                return (body, m.group(0)) if body is not None else None
        return None

    def _document_place(self, head: int) -> tuple[Mention, str] | None:
        """《规划》 heading a clause, its full title (《张家口市…规划》(以下简称《规划》)) naming a
        place: that region, what the document's figures are about."""
        text = self.compact
        m = re.match(r"《([^》]{1,40})》", text[head:head + 44])
        if m is None:
            return None
        lo, _hi = self.ctx.crange(self.ctx.story_at(head)["span"])
        title = m.group(0)
        start = text.find(title, lo)
        short = re.search(r"《([^》]{2,40})》[（(](?:以下|下)简称" + re.escape(title), text[lo:head])
        if short:
            start = lo + short.start()
            title = short.group(0)[:short.group(0).index("》") + 1]
        if start < 0 or not re.search(r"(?:规划|方案|意见|办法|通知|决定|纲要|计划|条例|规定|细则|措施)》$", title):
            return None  # a document, not a story's title in 《》
        for x in self.mentions:
            if x.section == "regions" and x.cstart == start + 1:
                return x, m.group(0)  # the place the title opens with: 《张家口市…规划》
        return None

    def _committee_place(self, best: Mention | None, lo: int, bare: bool = True) -> Mention | None:
        """The place of a Party committee the draft has no entry for (平江县委, 中共某市委; 市委 printed
        alone, with ``bare``: the committee of the figure's own sentence), for a figure it heads: the
        place's region mention, else None."""
        if best is None or best.section != "organisations" or best.ids or (best.proposal or {}).get("kind") != "party" \
                or not re.fullmatch(r"(?:中共)?[\u4e00-\u9fff]{0,10}?[省市县区]委", self.compact[best.cstart:best.cend]) \
                or not bare and self.compact[best.cstart] in "省市县区":
            # (a government's own figure, 省政府召开第三十次联席会议, stays the government's, as the curated pages have it)
            return None
        place = next((m for m in self.mentions if m.section == "regions" and best.cstart <= m.cstart < best.cend), None)
        if place is None and self.compact[best.cstart] in "市县区":  # 县委 printed alone: the story's county's
            place = self._story_region(lo, self.compact[best.cstart])
        named = re.fullmatch(r"中共(.+?)委员会", (best.proposal or {}).get("name", ""))
        if place is None and named:  # 平江县委 (one word to the tokenizer): the county the story names
            place = next((m for m in self.mentions if m.section == "regions" and self._full_place(m) == named.group(1)), None)
        return place

    def _zone_by_kind(self, slo: int, cpos: int) -> str | None:
        """A zone named by its kind alone before the figure in its sentence (进入试验区企业181家, 园区现有
        企业…) after the story printed one zone of that kind in full (某某合作特别试验区): that zone."""
        for kind in _ZONE_KIND_RX.finditer(self.compact, slo, cpos):
            if not self._zone_kind_alone(kind.start()):
                continue  # (某某经开区: a zone of its own name)
            full = self._zone_named_before(kind.group(0), slo)
            if full is not None:
                return full
        return None

    def _zone_kind_alone(self, at: int) -> bool:
        """A zone's kind at compact ``at`` printed alone, after a mark or a verb (推动试验区, 进入园区)."""
        return at == 0 or self.compact[at - 1] in _ZONE_BARE_AFTER

    def _line_cut(self, a: int, b: int) -> int:
        """Where a name found at compact ``a`` that ends at ``b`` starts, once the lines before the last one it
        crosses are left out (首页 > 新闻 > 文章详情页 over 经开区荣获…: the name starts on its own line)."""
        k = bisect.bisect_right(self._line_starts, b)
        return max(a, self._line_starts[k - 1]) if k else a

    def _zone_named_before(self, kind: str, slo: int) -> str | None:
        """The one zone of ``kind`` (园区, 开发区 …) the story printed in full before ``slo``, else None."""
        lo = self.ctx.crange(self.ctx.story_at(slo)["span"])[0]
        # (a name from a boundary, never 户外…开放经开区; or after a verb that goes there: 一行人深入七盘关工业园区)
        went = re.compile(r"^.*(?:深入|走进|来到|前往|赴|入驻|落户|位于|地处)(?=[\u4e00-\u9fff]{2})")
        full = {went.sub("", self.compact[self._line_cut(m.start(), m.end() - len(kind)):m.end()])
                for m in re.compile(rf"(?:(?![与和及在向对为从由是的了])[\u4e00-\u9fff]){{2,10}}{kind}").finditer(
            self.compact, lo, slo) if not self._zone_kind_alone(m.end() - len(kind))
            and (m.start() == 0 or not "\u4e00" <= self.compact[m.start() - 1] <= "\u9fff"
                 or self.compact[m.start() - 1] in "与和及在向对为从由是" or went.match(m.group(0)))}
        return next(iter(full)) if len(full) == 1 else None

    def _topic_before(self, lo: int) -> tuple[Mention | None, str, str | None]:
        """The subject of the nearest sentence before ``lo`` that has one: in its paragraph (a
        line; one that ends mid-sentence runs on into the next), or anywhere before it in a news
        item (a story of at most ``_NEWS_ITEM`` characters, one event and one topic). A long
        report changes its topic by paragraph: crossing paragraphs there made the five project
        pages' subjects wrong 68 times for 10 right (a county's name for a measure's figures)."""
        memo = self.__dict__.setdefault("_topics", {})
        story = self.ctx.story_at(lo)
        slo, shi = self.ctx.crange(story["span"])
        hlo, hhi = self.ctx.crange(story["head_span"])
        pos = lo
        seen = []
        got: tuple[Mention | None, str, str | None] = (None, "", None)
        short = shi - slo <= _NEWS_ITEM
        par = self._paragraph_at(lo)[0]
        while pos > slo:
            ulo = self.ctx.sentence_at(pos - 1)[0]
            if ulo < slo or hlo <= ulo < hhi and hhi > hlo:
                break  # the story's start, or its headline
            if not short and pos <= par and not (pos == par and self.compact[pos - 1:pos] not in "。！？!?；;”"):
                break  # a long report's earlier paragraph (a line that ends mid-sentence goes on)
            if ulo in memo:
                got = memo[ulo]
                break
            seen.append(ulo)
            if self.ctx.boilerplate_at(ulo) or _BYLINE_SENTENCE_RX.fullmatch(self.compact, ulo, pos):
                pos = ulo  # 来源：中工网, 本报记者 某某: the site's or the reporter's line names no topic of the story
                continue
            found = self._sentence_subject(ulo, pos, own=False)
            if found[0] is None and found[2] is None and (zone := self._zone_by_kind(ulo, pos)) is not None:
                found = (None, f"试验区/开发区/园区 alone: the one zone the story named in full before ({zone})", zone)
            if found[0] is not None or found[2] is not None:
                got = found
                break
            pos = ulo
        for u in seen:
            memo[u] = got
        return got

    def _earlier_point(self, lo: int, hi: int) -> tuple[int, int]:
        """The span of the earlier points of a list in compact [lo, hi) when a later one opens there (一是…，2022年
        筹集资金1.42亿元；二是…，全省建会企业达1.9万余家): a time phrase inside an earlier point dates nothing in the
        last one (one before the list, 2023年，女工委…。一是…；二是…, dates them all); (lo, lo) when none opens."""
        later = max((lo + m.end() for m in re.finditer(r"[；;。](?:[二三四五六七八九十]是|其[二三四五六七八九十][，,]|第[二三四五六七八九十][，,])",
                                                        self.compact[lo:hi])), default=None)
        first = re.search(r"一是|其一[，,]|第一[，,]", self.compact[lo:hi])
        return (lo + first.start(), later) if later is not None and first and lo + first.start() < later else (lo, lo)

    def _clause_head(self, c: int, cpos: int) -> int:
        """Where the clause at ``c`` starts once a dateline and its byline, and opening phrases
        of time or source (据悉，日前，近年来，截至2020年底，) are passed."""
        text = self.compact
        head = c
        story = self.ctx.story_at(c)
        dl = dateline(text, *self.ctx.crange(story["span"]))
        if dl and c < dl.end() <= cpos:  # 新华社合肥5月11日电(记者…)“…: the sentence starts after it
            head = dl.end()
            after = re.match(r"[（(][^）)]{0,30}[）)]|[“\"]", text[head:cpos])
            while after:
                head += after.end()
                after = re.match(r"[（(][^）)]{0,30}[）)]|[“\"]", text[head:cpos])
        starts = self._line_starts  # (sorted)
        k = bisect.bisect_left(starts, head)
        if k + 1 < len(starts) and starts[k] == head and starts[k + 1] <= cpos \
                and _BYLINE_LINE_RX.fullmatch(text, head, starts[k + 1]):  # 本报记者 某某 通讯员 某某 on a line of its own
            head = starts[k + 1]  # (who wrote it: the clause starts on the next line)
        role = re.match(r"作为[^，,。；;“”]{1,14}?的(?=[\u4e00-\u9fff]{4})", text[head:cpos])
        if role:  # 作为主力战队的某某劳模创新工作室，…: what the name is, before the name heading the clause
            head += role.end()
        label = re.match(r"【[^】]{1,16}】", text[head:cpos])
        if label:  # 【党史学习教育】2021年…: a yearbook entry's section label
            head += label.end()
        rank = re.match(r"第[一二三四五六七八九十\d]{1,2}名?(?:为|是)", text[head:cpos])
        if rank and any(x.cstart == head + rank.end() and x.section in ("regions", "organisations") for x in self.mentions):
            head += rank.end()  # 第二为某市，共获得12金: the place ranked heads the clause
        stop = re.search(r"[，,：:；]", text[head:cpos])
        if text.startswith("“", head) and "”" not in text[head:head + stop.start() if stop else cpos] and not any(
                x.cstart == head for x in self.mentions):  # 表示：“市总工会…，…: a quotation opens, not a quoted name
            head += 1
        while True:
            opener = _OPENER_RX.match(text, head, cpos)
            if not opener or any(head <= x.cstart < opener.end() and x.section in ("organisations", "regions")
                                 and not self._in_dateline(x) for x in self.mentions):
                return head  # 韶关市总工会今年，…: a name before the time phrase heads the clause
            head = opener.end()

    def _head_name(self, slo: int, cpos: int, at_head: bool = False) -> Mention | None:
        """The organisation or region heading the clause at ``slo`` (before ``cpos``): its first
        name, once an opening time phrase, 据统计 or the like is passed; in the first clause of
        the figure's own sentence within its first 12 characters (在…, 由…), elsewhere
        (``at_head``) only right at the clause's head."""
        text = self.compact
        head = self._clause_head(slo, cpos)
        clause_end = re.search(r"[，,：:；]", text[head:cpos])
        end = head + clause_end.start() if clause_end else cpos
        frame = re.match(r"在[^，,。；：:]{2,40}?中", text[head:end])
        if frame and any(m.cstart == head + frame.end() and m.section in ("organisations", "regions") for m in self.mentions):
            head = head + frame.end()  # 在全总命名的…工作室中上海获评9席: the name after the frame heads the clause
        for m in self.mentions:
            if m.section not in ("organisations", "regions") or not head <= m.cstart < end:
                continue
            if self._kind(m) == "media" and re.match(r"消息|讯|报道|[（(]", text[m.cend:m.cend + 2]):
                continue  # 中国石油网消息(记者…): the medium reporting, never the subject
            if self._in_dateline(m) or re.match(r"(?:模范|示范|先进|五一|优秀|工人先锋|劳动模范|文明|最美|十佳|百强|[一二三特]等奖|[金银铜]奖|巾帼|青年文明号|三八红旗"
                                                r"|冠军|亚军|季军|技术能手|技能大师|大?工匠)", text[m.cend:m.cend + 5].lstrip("“\"「")) or re.match(
                    r"[\u4e00-\u9fff]{1,2}大工匠", text[m.cend:m.cend + 5]) or re.match(
                    r"[\u4e00-\u9fff]{1,8}系统[\u4e00-\u9fff]{0,8}?(?:工作室|先进|示范|模范|标兵|能手|职工之家|工人先锋号)", text[m.cend:m.cend + 24]):
                continue  # 北京讯; 全国模范职工之家, 勇夺全国一等奖, 安徽工匠24人 (an honour's title or level, not who holds it)
            if text[head:m.cstart].count("“") > text[head:m.cstart].count("”"):
                return None  # inside a quoted name (“西安市装备制造工作室联盟”等5个): not who acts
            if text[head:m.cstart].count("《") > text[head:m.cstart].count("》"):
                return None  # 落实好《全国总工会关于…的通知》精神，…返还经费75万元: a document's title, not who acts
            if re.match(r"(?:油田|石化|电力|供电|铁路|建工|能源|机场|港口?|钢铁)?(?:承办|协办)[的，,、]", text[m.cend:m.cend + 7]):
                continue  # 某体育公司承办的职工篮球赛, 江苏油田承办，: the body that serves an event (某公司承办决赛16场: its own figure)
            if m.section == "regions" and m.cstart > head and text[m.cstart - 1] in "是为" and re.match(
                    r"(?:最|首|第一|唯一|领先|知名|重要)", text[m.cend:m.cend + 2]):
                return None  # 某钢是全国最大的民营钢铁企业: a rank the subject holds, the subject before it unnamed
            if text[m.cend:m.cend + 1] == "等" and m.cend + 1 == cpos and text[m.cstart - 1:m.cstart] != "、" \
                    and not _OBJECT_VERB_RX.search(text[head:m.cstart]):  # (命名某某工作室等7个: the named, no actor)
                return m  # 华润河南医药有限公司等7家单位: the first of the group the figure counts
            if text[m.cend:m.cend + 1] in "、" or text[m.cstart - 1:m.cstart] == "、" or text[m.cend:m.cend + 1] == "等":
                return None  # an item of a list: whose figure it is, the annotator decides
            lead = _TIME_LEAD_RX.match(text, head, m.cstart)
            if _PARTNER_RX.search(text, lead.end() if lead else head, m.cstart):
                return None  # 联合人社部…举办, 邀请…: a partner or an object, not who acts (never 2019年和2020年某市)
            if _OBJECT_VERB_RX.search(text[head:m.cstart]):
                return None  # 承接全国总工会…任务: the object of a verb, not who acts
            if text.startswith(_POSTS, m.cend) or text.startswith(("常务", "党组", "副"), m.cend) or \
                    re.match(r"(?:有关|相关)?(?:领导同志|负责同志|领导)", text[m.cend:m.cend + 6]):  # (全总有关领导同志出席: people)
                if m.cstart == head and _SPEAKER_RX.match(text, m.cend, cpos):
                    return m  # 中建三局有限公司副总经理罗宏表示，将…: the body its officer speaks for
                return None  # 市人大常委会副主任、市总工会主席刘红出席: a person with posts acts
            if m.cstart - head > 12 and not any(text[head:m.cstart].startswith(w) for w in ("在", "由")):
                return None  # far into the clause: the object of a verb, not its subject
            if at_head and m.cstart > head and not _TIME_LEAD_RX.fullmatch(text, head, m.cstart):
                return None  # 建成旬阳劳模馆, 举办旬阳市首届…: after a verb, an object (never 2024年市总工会)
            if m.section == "regions" and text[m.cend:m.cend + 1] == "籍":
                continue  # 安徽籍10人: where people come from, not whose the figure is
            inner = next((y for y in self.mentions if m.section == "regions" and y.section in ("regions", "organisations")
                          and y.cstart == m.cend and y.cend <= cpos), None)
            return inner or m  # 某市某区110名: the district the city's name leads to; 山东省烟台市总工会: the body
        return None

    def _in_dateline(self, m: Mention) -> bool:
        story = self.ctx.story_at(m.cstart)
        lo, hi = self.ctx.crange(story["span"])
        dl = dateline(self.compact, lo, hi) if m.cstart < lo + 80 else None
        return dl is not None and dl.start() <= m.cstart < dl.end()

    def _in_a_firm(self, m: Mention) -> bool:
        """A place printed inside a firm's or another non-public body's name (江西某某电机有限公司):
        no mention of the region by itself (a body of the region, 某省总工会, is one)."""
        for o in self.mentions:
            if o.section == "organisations" and o.cstart <= m.cstart and m.cend <= o.cend and (o.cstart, o.cend) != (m.cstart, m.cend):
                kind = self._kind(o)
                if kind not in ("union-federation", "union", "government", "party", "media"):
                    return True
        return False

    def _in_a_venue(self, m: Mention) -> bool:
        """A place heading the name of a venue something is held in (在武汉国际博览中心举行), or a
        place something is held in (在武汉集中决赛, 在长沙举行): where, not whose."""
        return re.search(r"在(?:[\u4e00-\u9fff]{2}省?)?$", self.compact[max(0, m.cstart - 4):m.cstart]) is not None \
            and _VENUE_RX.match(self.compact, m.cend) is not None  # (在河南郑州举办: the province before it too)

    def _story_region(self, cpos: int, level: str) -> Mention | None:
        """The region of a story at a level (省, 市, 县, 区): the one it names most, not in a dateline
        nor heading a venue's name (在武汉国际博览中心: 我市 of a page of another city)."""
        story = self.ctx.story_at(cpos)
        lo, hi = self.ctx.crange(story["span"])
        counts: dict[str, list[Mention]] = {}
        for m in self.mentions:
            if m.section != "regions" or not lo <= m.cstart < hi or self._in_dateline(m) or self._in_a_firm(m) \
                    or self._in_a_venue(m) or self.ctx.boilerplate_at(m.cstart) == "related links":  # (another story's title)
                continue
            full = (m.proposal or {}).get("name") or next((self.ctx.registry.regions[e].name for e in m.ids
                                                           if e in self.ctx.registry.regions), m.name)
            # (全省, 我省: a province or an autonomous region, never a municipality, 北京 the venue of a national event)
            if full.endswith(level) or level == "省" and full.endswith("自治区") and any(
                    p.level == "province" for p in self.ctx.gaz.get(full, [])):
                counts.setdefault(full, []).append(m)
        if not counts:
            return None
        # a tie (长沙 as the venue once, 岳阳市 once): the one whose short name the story prints most
        # (岳阳石油化工, 岳阳展区 …: its own words, though no mention of a region)
        return max(counts.items(), key=lambda kv: (len(kv[1]), self.compact.count(_short_place(kv[0]), lo, hi)))[1][0]

    def _event_aside(self, at: int, cpos: int) -> bool:
        """A time inside brackets closed before ``cpos`` that date another event (对应第三届职业技能大赛(2025年9月在郑州
        举办)，设置99个比赛项目): when that event is held, not the figure's time."""
        text = self.compact
        opened = max(text.rfind("（", max(0, at - 4), at + 1), text.rfind("(", max(0, at - 4), at + 1))
        if opened < 0:
            return False
        close = re.compile(r"[^（）()]{0,30}?(?:举办|举行|召开|开幕|开赛|落幕|闭幕)[）)]").match(text, at)
        return close is not None and close.end() <= cpos

    def _time_of(self, slo: int, cpos: int, story: dict, required: bool = True) -> tuple[dict | str | None, str]:
        """The time of a fact at compact ``cpos`` in the sentence starting at ``slo``, and the rule
        that decided it: the last time phrase before it in the sentence, else the first after
        it; a relative one (今年以来, 截至目前) resolved against the story's date; a baseline year
        (较2017年) skipped. No phrase: ``unspecified`` (the story's date is the report date)."""
        shi = self.ctx.sentence_at(slo)[1]
        date = story.get("date") or {}
        ref = date.get("value") if date.get("value") != MARKER else None
        year_ref = ref
        if ref and str(date.get("basis", "")).startswith("latest"):
            # the latest date a story prints is no date to count 目前 from; its year counts 今年 and
            # 去年 only when it has a month (截至2025年6月底), not a bare year (2027, a target)
            year_ref = ref[:4] if len(ref) >= 7 else None
            ref = None
        before = [t for t in self.times if slo <= t[0] < cpos and not self._event_aside(t[0], cpos)]
        a_point, b_point = self._earlier_point(slo, cpos)
        before = [t for t in before if not a_point <= t[0] < b_point]
        paired = self._paired_year(slo, cpos, before)
        if paired is not None:  # 2019年和2020年某市分别完成10494人和18402人: each figure its own year, in order
            return {"during": paired, "text": f"{paired}年"}, f"two years and 分别 before a pair of figures: this one's, in order ({paired})"
        if not before and ref and len(ref) == 10 and re.match(r"(?:当天|当日)(?:的|上午|下午|晚上)?", self.compact[slo:cpos]):
            # 18年来，…累计发放900余万元。当天的仪式上，65名…领到23.4万元: the day the story reports, not the period before
            return {"on": ref, "text": self.compact[slo:slo + 2]}, f"{self.compact[slo:slo + 2]} opens the sentence: the day of the story's date {ref}"
        if any(t[2]["text"] not in _RATE_WORDS for t in before):
            # 今年以来，每月举办培训2场，累计培训3000人次: after a dated phrase, 每月 is of its own clause
            before = [t for t in before if t[2]["text"] not in _RATE_WORDS or not re.search(r"[，,；;]", self.compact[t[1]:cpos])]
        if any("since" in t[2] for t in before if t[2]["text"] not in _RATE_WORDS):
            # 从2015年起，市总工会每年投入100万元: each year since then, the figures since that year
            before = [t for t in before if t[2]["text"] not in _RATE_WORDS]
        clause = re.split(r"[，,；;：:]", self.compact[slo:cpos])[-1]
        # 2019年拉开…竞赛帷幕，集团系统先后开展900余项: the year a run of work began, the figures since then
        opened = next((t for t in reversed(before) if re.fullmatch(r"(?:19|20)\d\d年", t[2]["text"]) and re.search(r"(?:拉开|启动|开始|开启)", self.compact[t[1]:cpos])
                       and re.search(r"[，,；;]", self.compact[t[1]:cpos]) and re.search(r"累计|先后|共计", clause)), None)
        if opened is not None:
            year = opened[2]["text"][:4]
            return {"since": year, "text": opened[2]["text"]}, f"{opened[2]['text']}…拉开/启动…，…先后/累计: the figures since that year's start"
        if re.search(r"累计|先后|共计|总计|历年", clause):
            # 联盟于2020年9月被命名为示范联盟，…先后组建…6个分盟，累计培育…860项: the day of another clause's
            # event does not date a running total
            before = [t for t in before if not (_POINT(t[2]) and re.search(r"[，,；;]", self.compact[t[1]:cpos]))]
        # 工作室成立于2020年12月，…现有成员31人: the day a body was set up dates that, not a figure of a later clause
        before = [t for t in before if not (self._founding(t[0], t[1]) and re.search(r"[，,；;]", self.compact[t[1]:cpos]))]
        # …、2019年度某省“安康杯”竞赛优秀组织单位等称号，并推荐…3家: the year of an honour's name in a
        # clause before, no period of the figure
        before = [t for t in before if not ((_HONOUR_YEAR_RX.match(self.compact, t[0], shi) or re.match(
            r"[^，,。；]{0,4}?(?:荣获|获得|获评|被评为|被授予)", self.compact[t[1]:shi])) and re.search(r"[，,；;]", self.compact[t[1]:cpos]))]
        after = [t for t in self.times if cpos <= t[0] < shi and t[2]["text"] not in _RATE_WORDS]  # 每年 dates what follows it
        # …采用稿件60篇，《某报》5月6日刊登…: a day in a later clause is the day of that clause's event
        after = [t for t in after if not (_POINT(t[2]) and re.search(r"[，,；;]", self.compact[cpos:t[0]]))]
        # …命名了五批共130个工作室，今年又有50个…: a phrase heading a later clause dates that clause
        after = [t for t in after if not (self.compact[t[0] - 1:t[0]] in ("，", ",", "；", ";")
                                          and re.search(r"[\d一二两三四五六七八九十百千万亿]", self.compact[t[1]:shi]))]
        # …有丁某等43人，…有马某等13人，陶某等72人获评2018年度…: a phrase in a later clause after that clause's own
        # figure dates that one
        after = [t for t in after if not re.search(r"[，,；;][^，,；;]*?[\d一二两三四五六七八九十百千万]+[^，,；;\d]{0,3}?[人名个家项位]",
                                                   self.compact[cpos:t[0]])]
        # …项目获评2023年度某某创新奖, (含…等18位2014年度…第一名获得者): the year of an honour's name, no period of the figure
        after = [t for t in after if not _HONOUR_YEAR_RX.match(self.compact, t[0], shi)]
        # …12个生产队参赛，…为明年春耕生产做好准备: the year a purpose looks to, no period of the figure
        after = [t for t in after if not (t[2]["text"] in ("明年", "来年", "下一年") and self.compact[t[0] - 1:t[0]] == "为")]
        notes = []
        for a, b, t in [*reversed(before), *after]:
            if any(x < a < y for x, y in self._titles):  # 《…方案(2023—2025年)》: the document's period
                return MARKER, (f"{t['text']} is in a document's title: the figure's period only if it counts "
                                "what the document plans")
            year_before = self._year_printed(self._joined_sentence(slo, 0), a) if t.get("full_year") and a < cpos else None
            if year_before:  # 2023年，县总工会…；全年共组建工会55家: the year the sentence gives, not the story's
                return {"during": year_before, "text": t["text"]}, f"{t['text']} after {year_before}年 in its sentence: that year"
            got, rule = self._resolve(t, ref if t.get("relative") not in ("since", "during", "as_of_month", "month") else
                                      year_ref or self._this_year_ref(t, story, date), story)
            if got is not None and "unspecified" in got and t["text"] in ("近年来", "近几年") and ref and a < cpos \
                    and re.search(r"达到?|累计|共有|已有|总数", self.compact[a:cpos]):
                # 近年来，…创新工作室达3357家: the total reached by the story's date
                return {"as_of": ref, "text": t["text"]}, f"{t['text']}…{self.compact[a:cpos][-12:]}: the total at the story's date {ref}"
            if got is not None and "end" in got and a < cpos and re.search(r"计划|力争|目标|预计|(?<![即])将(?!近)", self.compact[b:cpos]):
                # “十四五”期间计划选树200名: a target for the period's end
                return {"by": got["end"], "text": t["text"]}, f"{t['text']}…{re.search(r'计划|力争|目标|预计|将', self.compact[b:cpos]).group(0)}: a plan, by the period's end {got['end']}"
            if got is not None and "unspecified" in got and t["text"] in ("近日", "日前") and ref and len(ref) == 10:
                # 近日，某公司…获评 in a story of 2019-04-25: the story's news, of its year
                return {"during": ref[:4], "text": t["text"]}, f"{t['text']} in a story the page dates {ref}: of that year"
            if got is not None:
                where = "before the figure" if a < cpos else "after the figure"
                return got, f"{rule}, {where} in its sentence" + (f"; {notes[0]}" if notes else "")
            if "baseline" not in t:
                this_year = _THIS_YEAR_RX.fullmatch(t["text"])
                only = self._only_year(story, a, None, None) if this_year and ref is None and year_ref is None else None
                if only:  # 2023年，市总工会…。全年完成竞赛23场次: the year the story gives, its only one
                    got = {"since": only} if t["text"].endswith("以来") else {"during": only}
                    return {**got, "text": t["text"]}, (f"{t['text']}: the story prints no date of its own and every date "
                                                        f"it gives before is in {only}")
                plo = self._paragraph_at(slo)[0]
                since = [x for x0, _x1, x in self.times if plo <= x0 < slo and "since" in x] \
                    if t.get("relative") == "as_of" and "累计" in self.compact[b:cpos] else []
                if since and self._no_reference(t, story):  # 2015年以来，市总工会启动…。截至目前，累计投入…: the run since then
                    return {"since": since[0]["since"], "text": since[0]["text"]}, (
                        f"{t['text']}…累计 in a story with no date, after {since[0]['text']} opening its paragraph: the total since then")
                if self._no_reference(t, story):
                    return {"unspecified": True, "text": t["text"]}, f"{rule}: the page prints no date to count it from, so no year"
                return MARKER, rule  # 2015年…，截至目前: the nearer phrase decides, and it cannot be resolved
            notes.append(rule)
        if not required:
            return None, "no time phrase"
        if notes:
            dated = self._dated_story(story, ref, slo, cpos)  # 较2017年增长35% in a story of a day's event: its year's
            if dated and dated[0] != MARKER:
                return dated[0], f"{notes[0]}; {dated[1]}"
            return MARKER, "; ".join(notes)
        plo = self._paragraph_at(slo)[0]
        slo0, shi0 = self.ctx.crange(story["span"])
        dl = dateline(self.compact, slo0, shi0)
        earlier = [(a, t) for a, b, t in self.times if plo <= a < slo and "baseline" not in t and not self._founding(a, b)
                   and not (dl and dl.start() <= a < dl.end()) and not self.ctx.boilerplate_at(a)]  # a dateline's day is no period
        a_point, b_point = self._earlier_point(plo, slo + 4)  # (the sentence may open the point: ；二是…)
        earlier = [(a, t) for a, t in earlier if not a_point <= a < b_point]
        resolved = [(a, t, *self._resolve(t, ref if t.get("relative") not in ("since", "during", "as_of_month", "month") else
                                          year_ref or self._this_year_ref(t, story, date), story))
                    for a, t in earlier]
        if self.compact[slo - 1:slo] in ("；", ";"):
            # 2023年新增工会10个，目前共有351家；组织职工参赛2个: 目前 states its own part, the year the rest
            full = self._joined_sentence(slo, plo)
            now = [r for r in resolved if full <= r[0] and r[1]["text"] in ("目前", "当前", "现阶段")]
            if now and any(full <= r[0] < now[0][0] and r[1]["text"] not in _RATE_WORDS for r in resolved):
                resolved = [r for r in resolved if r not in now]
                earlier = [(a, t) for a, t in earlier if all(a != r[0] for r in now)]
        last = next((t for _a, t, g, _r in reversed(resolved) if g and ("on" in t or "during" in t) and "relative" not in t), None)
        if last and re.match(r"(?:当时|那时|彼时)[，,]", self.compact[slo:cpos]):
            # 1950年1月10日，…成立。当时，全市有职工34万余人: the date of the sentence before
            return ({"as_of": last["on"], "text": "当时"} if "on" in last else {"during": last["during"], "text": "当时"},
                    f"当时 opens the sentence: the date the paragraph gives before it ({last['text']})")
        if earlier:
            a, t, got, rule = resolved[0]
            lead_in = self.compact[self.ctx.sentence_at(a)[0]:a]
            if dl and dl.end() <= a and self.ctx.sentence_at(a)[0] < dl.end():
                lead_in = re.sub(r"^[（(][^）)]{0,30}[）)]", "", self.compact[dl.end():a])  # after 北京7月29日电(记者…)
            opens = a == plo or re.fullmatch(r"(?:【[^】]{1,16}】)?[，,：:“\"（(]?(?:据统计|据了解|据悉|其中|同时)?[，,]?", lead_in) or (
                self.ctx.sentence_at(a)[0] == plo and _REPORTED.fullmatch(lead_in))  # 《规划》明确，到2027年，…
            # 2013年以来，…。2013年以来…。: one period; a year qualifying an object (开展2022年…考核) dates nothing
            resolved = [r for r in resolved if r is resolved[0] or not re.search(r"(?:开展|举办|召开|完成|组织|启动|印发|参加)$", self.compact[max(0, r[0] - 2):r[0]])]
            same = all(g == got for _a, _t, g, _r in resolved)
            standing = _NOW_TOTAL_RX.search(self.compact, slo, cpos)
            if opens and got is not None and ("during" in got or "since" in got or t["text"] in ("近年来", "近几年")) and standing and ref \
                    and not str(date.get("basis", "")).startswith("latest") and self.ctx.sentence_at(a)[0] != slo:
                # 去年全县新建工作室12家。全县现有工作室48家: what stands now, not last year's work
                return {"as_of": ref}, (f"a total that stands ({standing.group(0)}) in a sentence after {t['text']}, "
                                        f"which opens the paragraph: the total at the story's date {ref}")
            if opens and got is not None and "unspecified" in got and t["text"] in ("近日", "日前") and ref and len(ref) == 10:
                # 日前，“流动小舞台”来到某工地… in a story of 2024-06-21: the story's news, of its year
                return {"during": ref[:4], "text": t["text"]}, f"{t['text']} opens the paragraph in a story the page dates {ref}: of that year"
            if opens and got is not None and same and not any(x < a < y for x, y in self._titles):
                return got, f"{rule}: opens the paragraph"
            dated = [(x, g) for _a, x, g, _r in resolved
                     if not (g is not None and "unspecified" in g or g is None and x.get("relative") == "as_of")]
            if dated:
                lo = self.ctx.crange(story["span"])[0]
                before = [(a, t) for a, b, t in self.times if lo <= a < plo and "baseline" not in t and not self._founding(a, b)
                          and not (dl and dl.start() <= a < dl.end()) and not self.ctx.boilerplate_at(a)]
                event = self._event_year(lo, slo, before + earlier)  # 近日，2023年…大赛闭幕。本次大赛共设12个工种
                x, g = dated[-1]  # the nearest phrase that dates (去年 after 日前), resolved or not
                why = "" if g is not None else ", relative to the story's date, which is not known"
                if not event and ref and g is not None and "since" in g and _STANDING_RX.search(self.compact[slo:cpos]):
                    # 近五年，…培训职工800人次。全区已建成职工书屋42家: what stands now, not the period's work
                    return {"as_of": ref, "text": x["text"]}, (
                        f"a total that stands ({_STANDING_RX.search(self.compact[slo:cpos]).group(0)}) after "
                        f"{x['text']} in the paragraph, a period before its sentence: the total at the story's date {ref}")
                if not event and g is not None and set(g) - {"text"} == {"as_of"} and x is resolved[-1][1]:
                    # 截至2021年底，全区有基层工会5万个。…设12个部门: the state it dates goes on to the paragraph's end
                    return g, f"{x['text']}, the nearest phrase before it in its paragraph: the state at that date"
                review = self._review_year(story, slo) if not event and g is None and ref is None and year_ref is None else None
                if review and x.get("relative") == "on":  # 2022年，…。…6月3日刊登…。(then) 开展活动120场: of that year
                    return {"during": review["during"], "text": review["text"]}, (
                        f"the year the story reviews ({review['text']}, opening a paragraph before), its {x['text']} a day in it")
                only = self._only_year(story, slo, None, None) if not event and g is None and _THIS_YEAR_RX.fullmatch(x["text"]) \
                    and ref is None and year_ref is None and not _NOW_TOTAL_RX.search(self.compact, slo, cpos) else None
                if only:  # 【概况】2010年，…。全年…。(then) 举办培训班12期: the year the story gives, its only one
                    return {"since" if x["text"].endswith("以来") else "during": only, "text": x["text"]}, (
                        f"no time phrase in the sentence; the paragraph has {x['text']} before it, the story prints no "
                        f"date of its own and every date it gives before is in {only}")
                if not event and g is None and self._no_reference(x, story):
                    return {"unspecified": True, "text": x["text"]}, (
                        f"no time phrase in the sentence; the paragraph has {x['text']} before it{why}: the page prints "
                        "no date to count it from, so no year")
                full = self._joined_sentence(slo, plo)
                near = [r for r in resolved if full <= r[0] < slo]
                year_first = self._year_printed(full, near[-1][0]) if near and near[-1][1].get("full_year") else None
                if not event and year_first:  # 2023年，…；全年组建工会55家，…；(then) 发展会员1530人: the year the sentence gives
                    return ({"during": year_first, "text": near[-1][1]["text"]},
                            f"{near[-1][1]['text']} after {year_first}年 in its sentence (a clause before ；): that year")
                if not event and near and near[-1][2] is not None:
                    # 新命名的2023年“工匠”平均年龄46岁；女职工16人: a clause after ；goes on with its sentence's phrase
                    return near[-1][2], f"{near[-1][3]}, before the figure in its sentence (a clause before ；)"
                if not event and g is not None:  # 会上，…4月27日…。全县已建成…: a day of the story's year, then its figures
                    dated_story = self._dated_story(story, ref, slo, cpos)
                    if dated_story and dated_story[0] != MARKER:
                        return dated_story
                target = re.search(r"指标|目标|力争|达到|突破", self.compact[slo:cpos]) or \
                    re.search(r"[等的](?:各项)?(?:指标|目标)", self.compact[cpos:self.ctx.sentence_at(slo)[1]])  # …达400亿元等指标
                if not event and g is not None and "by" in g and target and x is resolved[-1][1]:
                    # 力争到2030年末…。同时，设定了产值达400亿元等指标: the plan's targets, by the same end
                    return {"by": g["by"], "text": x["text"]}, (
                        f"no time phrase in the sentence; {x['text']} before it in its paragraph, and the sentence sets "
                        f"targets ({target.group(0)}): by {g['by']}")
                if not event and g is not None and set(g) - {"text"} == {"since"} and ref and g["since"][:4] == ref[:4] \
                        and not _TOTAL_RX.search(self.compact, slo, cpos) and not re.search(r"[将要]|计划|力争", self.compact[slo:cpos]):
                    # 今年以来，…。…共举办省级竞赛11项 in a story of 2023-09-21: this year's work, since its start
                    return {"since": g["since"], "text": x["text"]}, (
                        f"no time phrase in the sentence; {x['text']} before it in its paragraph, in the story's own year "
                        f"{ref[:4]}: since then")
                only = self._only_year(story, slo, ref, year_ref) if not event and g is not None else None
                standing = _NOW_TOTAL_RX.search(self.compact, slo, cpos)
                if only and standing and ref is None:
                    # 2023年全市实现GDP…。现有基层工会1684个: what stands at a date the page does not give
                    return {"unspecified": True}, (
                        f"a total that stands ({standing.group(0)}) with no time phrase in its sentence; the story "
                        f"gives only {only} before it, not the date the total stands at: no year")
                if only and not standing and str(g.get("during") or g.get("on") or g.get("as_of") or "")[:4] == only:
                    # 会议通报2024年…情况。…2024年共组织竞赛7781个。…共有1278家企业参与: every date the story
                    # gives is in one year, the story's own (or it prints none): a figure of that year's work
                    return {"during": only, "text": x["text"]}, (
                        f"no time phrase in the sentence; every date the story gives before it ({x['text']} in its "
                        f"paragraph) is in {only}: a figure of {only}")
                return event or (MARKER, f"no time phrase in the sentence; the paragraph has {x['text']} before it{why}")
        # no phrase before it in its paragraph, or only phrases that give no date (近年来, 日前, and
        # 目前 without the story's date): as a figure with none
        dateless = f"; the paragraph's {'、'.join(t['text'] for _a, t in earlier)} gives no date" if earlier else ""
        lo = self.ctx.crange(story["span"])[0]
        before_par = [(a, t) for a, b, t in self.times if lo <= a < plo and "baseline" not in t
                      and not (dl and dl.start() <= a < dl.end()) and not self.ctx.boilerplate_at(a)]
        if not earlier and before_par and self._heading(before_par[-1][0]) and re.fullmatch(r"(?:19|20)\d\d", before_par[-1][1].get("during", "")):
            a, t = before_par[-1]  # 2021年 on a line of its own: the year of the lines after it
            return {"during": t["during"], "text": t["text"]}, f"the year heading the lines before it ({t['text']})"
        if not earlier and before_par and (ref is None or str(story["date"].get("basis", "")).startswith("latest")) \
                and not _NOW_TOTAL_RX.search(self.compact, slo, cpos):
            # 【概况】2014年，…(a paragraph)…【宣传活动】举办演讲比赛37名选手参赛: a review of a page of no date whose
            # every year printed before is one, at a paragraph's head: a figure of that year
            only = self._only_year(story, slo, None, None)
            heads = [(a, t) for a, t in before_par if a == self._paragraph_at(a)[0]
                     or re.fullmatch(r"[【\[][^】\]]{1,12}[】\]]", self.compact[self._paragraph_at(a)[0]:a])]
            plan = heads and re.search(r"将|计划|力争|拟|要", self.compact[heads[0][0]:self.ctx.sentence_at(heads[0][0])[1]])
            head_at = heads[0][0] if heads else None
            heads = [t for _a, t in heads]
            # (2018年8月，省总工会下发《意见》…。某市有5个园区: the month of a story's event, no year it reviews)
            if only and heads and not plan and re.fullmatch(r"(?:19|20)\d\d年(?:度)?", heads[0]["text"]) and heads[0].get("during") == only \
                    and not self._told_on_the_way(head_at, heads[0]):
                return {"during": only}, (f"no time phrase in its paragraph; every year the story prints before it is {only}, "
                                          f"heading a paragraph ({heads[0]['text']}): a figure of {only}")
        spans = [t for a, t in before_par if "since" in t or "start" in t or "fourteenth" in t]
        span_end = self._paragraph_at(next(x for x, y in before_par if y is spans[-1]))[1] if spans else 0
        since = str(spans[-1].get("since") or spans[-1].get("start") or "") if spans else ""
        later = [t for a, t in before_par if a >= span_end and re.fullmatch(r"(?:19|20)\d\d", str(t.get("during", "")))
                 and t["during"] > since[:4]]  # 2024年以来 … 2024年: within the span
        if spans and not later and ref and since[:4] == ref[:4] and not earlier:
            # 大赛自2025年4月启动以来… in a story of 2025-08-21: whatever part of the span, a figure of that year
            return {"during": ref[:4]}, (f"no time phrase in the sentence; the story has {spans[-1]['text']} before, "
                                         f"a span within the year of the story's date {ref}: a figure of {ref[:4]}")
        if spans and not later:  # 自2016年起…。(a later paragraph) 2023年“工匠”…: a year printed after the span closes it
            return MARKER, f"no time phrase in the sentence; the story has {spans[-1]['text']} before" + dateless
        event = None if earlier else self._event_year(lo, slo, before_par)
        if event:
            return event
        prev = self._paragraph_at(plo - 1)[0] if plo > lo else plo
        years = [t for a, t in before_par if prev <= a and re.match(r"(?:19|20)\d\d", str(t.get("during") or t.get("by") or ""))
                 and (a == prev or _REPORTED.fullmatch(self.compact[prev:a]))]  # 会议指出，2024年，市总工会将…
        plans = [t for t in years if "during" in t and re.match(r"[，,]?[^，,。；]{0,8}?将", self.compact[self.compact.find(t["text"], prev) + len(t["text"]):])]
        if plans and not earlier:  # 会议指出，2024年，市总工会将…。(next paragraph) 在…方面，组织开展竞赛10场次以上
            return ({"during": plans[-1]["during"], "text": plans[-1]["text"]},
                    f"the plans for {plans[-1]['text']} the paragraph before announces (…{plans[-1]['text']}，…将…)")
        review = self._review_year(story, slo) if ref is None and year_ref is None and not earlier else None
        if review:
            return {"during": review["during"], "text": review["text"]}, (
                f"the year the story reviews ({review['text']}, opening a paragraph before with no plan and no other date)")
        if ref is None and years and not earlier:  # the paragraph before opens with 2024年: a plan of 2024, or done by now?
            return MARKER, (f"no time phrase in the sentence or the paragraph; the story's date is not known and it "
                            f"prints {years[-1]['text']} before" + dateless)
        planned = self._plan_minimum(slo, plo, ref) if not earlier else None
        if planned:
            return {"during": ref[:4], "text": planned}, (
                f"a plan's minimum ({planned}) in a story of {ref}: the plan of that year, check")
        stats = self._statistics_date(story) if not earlier else None
        if stats:  # 省委组织部发布最新党内统计数据：截至2023年底，… (a later paragraph) 女党员166.98万名: the release's date
            return {"as_of": stats[0], "text": stats[1]}, (f"no time phrase in the sentence or its paragraph; the story's lead "
                                                         f"releases statistics {stats[1]}: a figure at that date")
        dated = self._dated_story(story, ref, slo, cpos)
        if dated and (not dateless or "as_of" in dated[0]):  # 近年来，…。全市已建成…126家: a total still stands
            return dated
        only = self._only_year(story, slo, None, None) if ref is None and year_ref is None and not earlier \
            and self._lead_day(story) else None  # (a lead of a day: news of that day, of the year it prints)
        if only and not _NOW_TOTAL_RX.search(self.compact, slo, cpos) and not _TOTAL_RX.search(self.compact, slo, cpos):
            # 11月20日，…2025年…名单公布。(next paragraph) 为50家工作室每家补助3万元: news of a day of no printed
            # year whose every date is in 2025 tells of 2025's work
            return {"during": only}, (f"no time phrase in the sentence or its paragraph; every date the story gives before "
                                      f"it is in {only}, its lead a day of no year: a figure of {only}")
        titled = _TITLED_REVIEW_RX.search(self.compact, *self.ctx.crange(story["head_span"])) if ref is None and year_ref is None \
            and not earlier else None
        if titled and not _PLAN_RX.search(self.compact, slo, cpos):
            # 某镇工会2022年上半年工作总结 (a review of no printed date): its figures are of the year it reviews
            return {"during": titled.group(1)}, (f"no time phrase near it; the story's headline reviews {titled.group(1)} "
                                                 f"({titled.group(0)}) and the page prints no date: a figure of that year")
        reviewed = _TITLED_REVIEW_RX.search(self.compact, *self.ctx.crange(story["head_span"])) if ref and not earlier else None
        if reviewed and ref[:4] == str(int(reviewed.group(1)) + 1) and not _PLAN_RX.search(self.compact, slo, cpos) \
                and not _NOW_TOTAL_RX.search(self.compact, slo, cpos):
            # 某市总工会2021年度…完成情况公示(年终) on a page of 2022-01-15: the year its headline reviews
            return {"during": reviewed.group(1)}, (f"no time phrase near it; the story's headline reviews {reviewed.group(1)} "
                                                   f"({reviewed.group(0)}), the year before the story's date {ref}: a figure of that year")
        last_year = re.search(r"(?<![较比与和同])去年(?!同期|底|末|以来|年底|年末|[1-9一二三四五六七八九十]+月)", self.compact[slice(*self.ctx.crange(story["head_span"]))]) \
            if ref and not earlier else None
        if last_year and not _NOW_TOTAL_RX.search(self.compact, slo, cpos) and not _PLAN_RX.search(self.compact, slo, cpos):
            # 去年某省新增农民工会员21万名 (the headline) on a page of 2018: the story reports last year's work
            year = str(int(ref[:4]) - 1)
            return {"during": year, "text": "去年"}, (f"no time phrase near it; the story's headline reports 去年: "
                                                    f"{year}, the year before the story's date {ref}")
        return {"unspecified": True}, "no time phrase in the sentence or the paragraph before it: the story's date is the report date" + dateless

    def _statistics_date(self, story: dict) -> tuple[str, str] | None:
        """The year's end a story's lead releases statistics at (最新统计数据显示：截至2023年底, 据统计，截至2023年12月31日),
        its date and words (in the story's first 160 characters after its headline); else None."""
        lo, hi = self.ctx.crange(story["span"])
        start = max(lo, self.ctx.crange(story["head_span"])[1])
        m = _STATS_LEAD_RX.search(self.compact, start, min(hi, start + 160))  # (after the site lines and the dateline)
        return (f"{m.group(1)}-12-31", m.group(0)[m.group(0).find("截"):]) if m else None

    def _lead_day(self, story: dict) -> str | None:
        """The day of the event a story reports, when its lead opens with one (4月27日，某市召开…;
        新华社合肥5月11日电 …; 昨天上午，…), its words; else None (本报讯 近日，…: no day)."""
        lo, hi = self.ctx.crange(story["span"])
        dl = dateline(self.compact, lo, hi)
        if dl and dl.group(3):
            return dl.group(0)
        day = self._lead_phrase(story)
        if day and ("on" in day and not re.match(r"\d{4}[-/.]", day["text"]) or day.get("relative") in ("on", "day", "day_of_month")):
            return day["text"]
        if day is None or day.get("text") in ("日前", "近日"):
            # 日前，某所工会组织…比武 (or 为促进…，日前，… in the lead's first sentence): an event of the
            # last days, reported at the story's date
            start, end = self._lead_sentence(story)
            recent = _RECENT_RX.search(self.compact, start, end)
            if recent and _RECENT_EVENT_RX.search(self.compact, recent.end(), end):
                return recent.group(1)
            recent = _RECENT_AT_RX.match(self.compact, start)  # (…09:34:00近日，: the site's line glued before it)
            if recent and _RECENT_ACT_RX.search(self.compact, recent.end(), end) and not re.search(r"召开|会议", self.compact[start:end]):
                return recent.group(1)  # 近日，某市总工会在某镇开展…活动: an activity of the last days (a meeting reviews work: no)
            if day is None and not any(start <= a < end for a, _b, _t in self.times):
                held = _HELD_RX.search(self.compact, start, end)
                if held:  # “某某月”系列活动在某厂启动。: an event the page reports with no day, on its date
                    return held.group(0)
        return None

    def _contest_organiser(self, slo: int, cpos: int) -> Mention | None:
        """本次大赛由某市总工会、市人社局主办。大赛…共设8个赛区: the first body the story names as the
        contest's organiser, for a figure of a sentence about the contest (大赛, 赛区, 选手, 代表队)."""
        a, b = self.ctx.sentence_at(slo)
        if not _CONTEST_WORDS_RX.search(self.compact, a, b):
            return None
        lo, hi = self.ctx.crange(self.ctx.story_at(slo)["span"])
        # (由某市总工会、某局承办，…协办的…大赛: with no organiser named, the first host is whose the contest is)
        for rx in (_ORGANISED_BY_RX,) if "主办" in self.compact[lo:hi] else (_ORGANISED_BY_RX, _HOSTED_BY_RX):
            for m in rx.finditer(self.compact, lo, cpos):
                first = next((x for x in sorted(self.mentions, key=lambda x: x.cstart) if x.section == "organisations"
                              and m.start(1) <= x.cstart < m.end(1)), None)
                if first is not None and first.cstart == m.start(1):
                    return first
        return None

    def _lead_sentence(self, story: dict) -> tuple[int, int]:
        """The compact range of a story's first sentence: after its headline, the site's lines, the
        headline printed again and a subheading (read once a story)."""
        cache = self.__dict__.setdefault("_lead_sentences", {})
        if story["id"] not in cache:
            cache[story["id"]] = self._first_sentence(story)
        return cache[story["id"]]

    def _first_sentence(self, story: dict) -> tuple[int, int]:
        lo, hi = self.ctx.crange(story["span"])
        start = max(lo, self.ctx.crange(story["head_span"])[1])
        while start < hi and self.ctx.boilerplate_at(start):
            start = next(b for a, b, _why in self.ctx.boilerplate if a <= start < b)
        end = self.ctx.sentence_at(start)[1] if start < hi else start
        while end < hi and headline_like(self.compact[start:end]) and (
                self.ctx.boilerplate_at(end) or "。" not in self.compact[start:end]):
            start, end = end, self.ctx.sentence_at(end)[1]  # the headline printed again, a subheading
            if end <= start:
                break
        return start, end

    def _meeting_host(self, slo: int, cpos: int) -> Mention | None:
        """会议表彰了…20个, 会上，2个…受到表彰: the body or place heading the story's first sentence
        when it reports the meeting (3月10日下午，某市某工会…召开…会议; 某市…大会召开)."""
        head = self._clause_head(slo, cpos)
        if not re.match(r"(?:本次|此次|这次)?(?:会议|会上|大会上?)(?![\u4e00-\u9fff]{0,2}(?:室|中心|厅))", self.compact[head:cpos]):
            return None
        story = self.ctx.story_at(slo)
        a, b = self._lead_sentence(story)
        verb = re.search(r"(?:召开|举行|举办)(?=[^。]{0,30}?会)|(?<=会)[^。，,]{0,4}?(?:召开|举行)", self.compact[a:b])
        if not a <= b <= slo or verb is None:
            return None
        for m in sorted(self.mentions, key=lambda m: m.cstart):
            if m.section in ("organisations", "regions") and a <= m.cstart < a + verb.start() and not self._in_dateline(m):
                before = self.compact[a:m.cstart]
                if before.count("“") > before.count("”") or re.search(r"在$", before):
                    continue  # inside a quoted name; a venue (在某酒店)
                return m  # (its first name: 某市某工会…召开, 某市庆祝…大会召开)
        return None

    def _lead_phrase(self, story: dict) -> dict | None:
        """The first time phrase of a story's lead (after its headline, site lines, dateline and
        bracketed byline), in its first clause or near its start (某县总工会于4月27日召开…)."""
        cache = self.__dict__.setdefault("_lead_phrases", {})
        if story["id"] in cache:
            return cache[story["id"]]
        lo, hi = self.ctx.crange(story["span"])
        dl = dateline(self.compact, lo, hi)
        pos = max(lo, self.ctx.crange(story["head_span"])[1])
        while self.ctx.boilerplate_at(pos):
            pos = next(b for a, b, _why in self.ctx.boilerplate if a <= pos < b)
        if dl and dl.start() <= pos + 40:
            pos = max(pos, dl.end())
        pos += len(re.match(r"(?:[（(][^）)]{0,30}[）)])?", self.compact[pos:]).group(0))  # (记者 王某)
        stop = max(pos + 12, min(pos + 30, next((k for k in range(pos, pos + 30) if self.compact[k:k + 1] in "，,。；"), pos + 30)))
        cache[story["id"]] = next((t for a, _b, t in self.times if pos <= a < stop and not self.ctx.boilerplate_at(a)), None)
        return cache[story["id"]]

    def _dated_story(self, story: dict, ref: str | None, slo: int, cpos: int) -> tuple[dict, str] | None:
        """A figure with no time phrase near it in a story the page dates (its site line
        2023-08-24 10:12, its dateline, the date it opens with; not the latest date it prints)
        and whose lead reports an event of a day (:meth:`_lead_day`), or in its headline:
        a total that stands (已建成, 现有, 累计, 共有) is of the story's date, another figure of its
        year (4月27日，某市召开…会议。(next paragraph) 全市已建成…126家，开展培训3.2万人次), unless the
        story prints another year before it (2022年，… opening a paragraph: a review, whose figures are
        that year's; another: TODO). With no day's event in its lead, only a total that stands now
        (全省已有…, 现有…) is of the story's date."""
        hlo, hhi = self.ctx.crange(story["head_span"])
        headline = hlo <= cpos < hhi  # 福建逾90%台企已组建工会 over a story of a page's date: the news of that date
        if not ref or str(story["date"].get("basis", "")).startswith("latest"):
            return None
        now = _NOW_TOTAL_RX.search(re.split(r"[，,；;：:]", self.compact[slo:cpos])[-1])
        stands = ({"as_of": ref}, f"a total that stands now ({now.group(0)}), with no time phrase in a story the page "
                                  f"dates {ref}: the total at that date") if now else None
        lead = self._lead_phrase(story)
        if lead and lead.get("relative") == "on" and (self._resolve(lead, ref, story)[0] or {}).get("on", ref)[:4] != ref[:4]:
            # (what stands, too: at the meeting of last December, or at the page's date?)
            return MARKER, (f"the day the story reports ({lead['text']}) is of the year before its date {ref}: "
                            "that year's or the page's, check")
        if not (headline or self._lead_day(story) or now):
            return None  # no day's event: only what stands now (全省已有5070家…, 现有…) is of the story's date
        lo = max(self.ctx.crange(story["span"])[0], self.ctx.crange(story["head_span"])[1])
        year = ref[:4]
        for a, _b, t in self.times:
            if not lo <= a < slo or self.ctx.boilerplate_at(a) or "baseline" in t or "by" in t:
                continue  # 到2025年 is a target: it dates no other sentence
            if t.get("relative") == "during" and self._paragraph_at(a)[0] < a and not self.ctx.sentence_at(a)[0] == a:
                continue  # 会议指出，去年全县新建…: last year's work in its sentence, not a review of the story's
            got = resolve(t, ref)[0] if t.get("relative") else t
            keys = set(got or ()) - {"text", "unspecified"}
            if got is not None and re.fullmatch(r"(?:19|20)\d\d", str(got.get("during", ""))) and _SURVEY_NAMED_RX.match(self.compact, a) \
                    and _SURVEY_CITED_RX.search(self.compact, *self.ctx.sentence_at(slo)):
                # 工联发布「2021年妇女就业问卷调查」…数据显示近九成受访者… on a page of 2023: the year the survey names
                return {"during": got["during"], "text": t["text"]}, (
                    f"no time phrase near it; the survey the story names before it is of {t['text']} and its sentence cites "
                    "the survey: a figure of that year")
            if got is None or any(not str(got[k]).startswith(year) for k in keys):
                review = self._review_year(story, slo)
                if review:  # 2022年，…(a paragraph) in a story of 2023-03-02: the year it reviews
                    return {"during": review["during"], "text": review["text"]}, (
                        f"the year the story reviews ({review['text']}, opening a paragraph before with no plan and no other date)")
                hlo, hhi = self.ctx.crange(story["head_span"])
                titled = _TITLED_REVIEW_RX.search(self.compact[hlo:hhi])
                if titled and not stands and str((got or {}).get("during", titled.group(1)))[:4] == titled.group(1):
                    # 某省总工会2023年亮点回眸 over a story of 2024-01-26: the year its headline reviews
                    return {"during": titled.group(1)}, (f"no time phrase near it; the story's headline reviews {titled.group(1)} "
                                                         f"({titled.group(0)}): a figure of that year")
                # 于2019年5月启动…。全县开展培训860场: of that year, since it, or of the story's? The story's, past its
                # first quarter (the graders' reading on the unseen sets); TODO early in the year (a review of the last)
                # or after 去年 (last year's work going on)
                if stands is None and len(ref) >= 7 and int(ref[5:7]) > 3 and not headline and not t.get("relative") \
                        and not re.search(r"\d{1,2}月\d{1,2}日", self.compact[slo:cpos]):  # (13月5日: a day no calendar has, check)
                    return {"during": year}, (f"no time phrase near it in a story the page dates {ref}, which prints {t['text']} "
                                              "before it, in an earlier sentence: a figure of the story's year")
                return stands or (MARKER, (f"no time phrase near it in a story the page dates {ref}, which prints {t['text']} "
                                           "before it: the story's year or that one, check"))
        total = _TOTAL_RX.search(self.compact, slo, self.ctx.sentence_at(slo)[1] if headline else cpos)
        if total:
            return {"as_of": ref}, (f"a total ({total.group(0)}) with no time phrase in a story the page dates {ref}: "
                                    "the total at the story's date")
        if len(ref) >= 7 and int(ref[5:7]) <= 2 and not headline:
            # 1月16日，某市总工会召开全委会议。…新建会员之家36个: early in the year, last year's work or this year's?
            return MARKER, (f"no time phrase near it in a story of {ref}, early in the year: the work of that year "
                            "or of the year before, check")
        return {"during": year}, (f"no time phrase near it in a story the page dates {ref}, no other year before it: "
                                  "a figure of that year")

    def _joined_sentence(self, slo: int, floor: int) -> int:
        """Where the sentence at ``slo`` starts once the clauses a ；closes before it are joined to it
        (2023年，…；全年组建工会55家；发展会员1530人: one sentence), not before ``floor``."""
        while slo > floor and self.compact[slo - 1] in "；;":
            slo = self.ctx.sentence_at(slo - 1)[0]
        return slo

    def _year_printed(self, lo: int, hi: int) -> str | None:
        """The last year printed as one (2023年, 2023年度) in compact [lo, hi), or None."""
        return next((t["text"][:4] for a, _b, t in reversed(self.times) if lo <= a < hi
                     and re.fullmatch(r"(?:19|20)\d\d年度?", t["text"])), None)

    def _resolve(self, t: dict, ref: str | None, story: dict) -> tuple[dict | None, str]:
        """:func:`resolve`, and 五年来 without the story's date: the one five-year plan the story names
        as a period (“十四五”以来，…。五年来，…), whose five years it counts."""
        got, rule = resolve(t, ref)
        stats = self._statistics_date(story) if t.get("full_year") else None
        if stats:  # 最新党内统计数据：截至2023年底…。(a later paragraph) 全年新发展党员10.47万名: the year the statistics close
            return {"during": stats[0][:4], "text": t["text"]}, f"{t['text']}: the year the story's statistics close ({stats[1]})"
        if got and t.get("relative") == "on" and ref and len(ref) == 10 and got["on"] > ref \
                and any(self._lead_phrase(s) is t for s in self.ctx.stories if s["id"] == story.get("id")):
            # 12月28日，某市召开… in a story of 2024-01-05: an event reported after it, last year's
            day = f"{int(got['on'][:4]) - 1}{got['on'][4:]}"
            return {"on": day, "text": t["text"]}, f"{t['text']}: {day}, the day before the story's date {ref} that the story reports"
        if t.get("relative") == "since_event":
            return self._event_day(t, ref, story) or (got, rule)
        if got is None and t.get("relative") == "since" and t.get("years_back") == 5 and re.fullmatch(r"[五5]年来", t["text"]):
            lo = self.ctx.crange(story["span"])[0]
            plan = [x for a, b, x in self.times if lo <= a and x.get("text", "") and re.search(r"十[三四五]五", x["text"])
                    and ("since" in x or "start" in x)]
            if plan:
                first = plan[0].get("since") or plan[0].get("start")
                if all((x.get("since") or x.get("start")) == first for x in plan):
                    return ({"since": first, "text": t["text"]},
                            f"{t['text']}: the five years of the plan the story names ({plan[0]['text']}, from {first})")
        return got, rule

    def _restated(self, clo: int, chi: int, text: str, story: dict) -> str | None:
        """Why the figure at compact [clo, chi) restates one printed before in the story, or None."""
        return self._restated_same(clo, chi, text, story) or self._list_of_count(clo, chi, text, story)

    def _list_of_count(self, clo: int, chi: int, text: str, story: dict) -> str | None:
        """某某、某某等9家单位被授予… after 我省9家单位和43名个人获…: the list behind a count given
        before in the story, in a sentence that says the same (a four-character run of both: 全国五一)."""
        lo = max(self.ctx.crange(story["span"])[0], self.ctx.crange(story["head_span"])[1])
        listed = re.fullmatch(r"(\d+)([名人位]|[个家所座处])", text)
        if listed and self.compact[clo - 1:clo] == "等":  # 我省9家单位和43名个人获… ; 某某、某某等9家单位被授予…
            kin = "名人位" if listed.group(2) in "名人位" else "个家所座处"
            said, noun = self._sentence_words(clo), self.compact[chi:chi + 2]
            before = [m for m in re.compile(rf"(?<![\d.第等]){listed.group(1)}[{kin}]").finditer(self.compact, lo, clo)
                      if self._in_text_before(re.escape(m.group(0)), m.start(), m.end())]
            # (what both sentences say, 全国五一, 先锋号; or the same noun after both, 4家单位 … 4家单位)
            if any(said & self._sentence_words(m.start()) or re.fullmatch(r"[\u4e00-\u9fff]{2}", noun) and self.compact.startswith(noun, m.end())
                   for m in before):
                return f"a list's count printed again ({self.compact[clo - 3:chi]}: the list of a count given before): one fact"
        return None

    def _restated_same(self, clo: int, chi: int, text: str, story: dict) -> str | None:
        """The same count of the same things printed again in the story (累计培育8家产改示范企业 …
        龙天勇等8家示范企业; 28名第三届北京大工匠… 选树产生了28名北京大工匠): one fact, drafted once.
        The four characters after the figure name what it counts; the earlier one has them within ten
        (a title in quotation marks, 10名“忻州工匠”, the same title right after it; never 20名“河东工匠提名”)."""
        lo = max(self.ctx.crange(story["span"])[0], self.ctx.crange(story["head_span"])[1])  # (a headline's: numbered)
        if re.search(r"(?:第[二三四五六七八九十\d]{1,2}(?:批|期|轮)次?|另有?|又有?)$", self.compact[max(lo, clo - 5):clo]):
            return None  # 第一批80名…，第二批80名…: another batch of the same size, a fact of its own
        if re.search(r"(?:这|该|此|上述)$", self.compact[max(lo, clo - 2):clo]) and re.search(
                rf"(?<![\d.]){re.escape(text)}", self.compact[lo:clo]):  # 评出一等奖5名。…这5名选手: the same ones, pointed back to
            return f"the same figure pointed back to ({self.compact[clo - 1:chi]}, printed before): one fact"
        num = re.match(r"[\d.]+|[一二两三四五六七八九十百千]+", text)
        if num and re.search(r"(?:这|该|此|上述)$", self.compact[max(lo, clo - 2):clo]) and re.search(
                rf"(?<![\d.一二两三四五六七八九十]){re.escape(num.group(0))}[个项名家件位人条]", self.compact[lo:clo]):
            return f"the same things pointed back to ({self.compact[clo - 1:chi]}, counted before): one fact"  # 七个项目…这七项
        before = self.compact[max(lo, clo - 20):clo]
        named = re.search(r"([\u4e00-\u9fff]{2,3})等$", before)
        if named and re.search(rf"{re.escape(named.group(1))}[\u4e00-\u9fff]{{0,4}}的?{re.escape(text)}", self.compact[lo:clo - 1 - len(named.group(1))]):
            return f"the same people named again ({named.group(0)}{text}, as before): one fact"  # 包括某某在内的3人…某某等3人
        if re.match(r"[^，。；,;]{0,10}?(?:中[，,]|分别为|分别是)", self.compact[chi:chi + 14]) and self._in_text_before(
                rf"(?<![\d.]){re.escape(text)}", lo, clo):
            return f"the same figure taken up again ({text}{self.compact[chi:chi + 6]}…, printed before): one fact"  # 受理的301件案件中，
        same = re.match(r"([\d一二两三四五六七八九十]+)([个家所座处])$", text)
        other = "".join(w for w in "个家所座处" if same and w != same.group(2))
        if same and re.match(r"[\u4e00-\u9fff]{2}", self.compact[chi:chi + 2]) and self._in_text_before(
                rf"(?<![\d.第]){same.group(1)}[{other}][^，。；]{{0,10}}{re.escape(self.compact[chi:chi + 2])}", lo, clo):
            return f"the same things counted again ({text}{self.compact[chi:chi + 2]}, counted before): one fact"  # 10个…基地…10家基地
        plo = self._paragraph_at(clo)[0]
        lead = self.compact[max(plo, clo - 4):clo]
        if len(lead) == 4 and re.fullmatch(r"[\u4e00-\u9fff]{4}", lead) and self._in_text_before(
                rf"{re.escape(lead)}{re.escape(text)}(?![\d.])", lo, plo):
            return f"the same figure of an earlier paragraph ({lead}{text}): one fact"  # …受理法援案件386件 again
        noun = re.match(r"(?:农民工|职工|选手|会员|代表|人员)", self.compact[chi:chi + 3])
        if noun and self._in_text_before(rf"(?<![\d.一二两三四五六七八九十]){re.escape(text)}{noun.group(0)}", lo, clo):
            return f"the same people counted again ({text}{noun.group(0)}, printed before): one fact"
        digits = re.sub(r"\D", "", re.split(r"[万亿]", text)[0]).rstrip("0")
        if len(digits) >= 3 and self._in_text_before(rf"(?<![\d.]){re.escape(text)}(?![\d.])", lo, clo):
            return f"the same figure printed again ({text}, a number too exact to be another's): one fact"  # 151.6万人 … 151.6万人
        term = re.match(r"“([^“”，。；]{2,12})”", self.compact[chi:chi + 16])  # 10名“忻州工匠”: the title in its marks, whole
        after = term.group(0) if term else self.compact[chi:chi + 4]
        if text.startswith("第") or not (term or re.fullmatch(r"[\u4e00-\u9fff]{4}", after)):  # (an edition: numbered names)
            return None
        for m in re.finditer(re.escape(text), self.compact[lo:clo]):
            p = lo + m.start()
            if not re.match(r"[\d.一二两三四五六七八九十百千万亿]", self.compact[p - 1:p]) and not self._headline_line(p) and (
                    self.compact.startswith(after, lo + m.end()) if term else after in self.compact[lo + m.end():lo + m.end() + 10]):
                was, now = (re.match(r"[^，。；：,;:]*", self.compact[k:]).group(0) for k in (lo + m.end(), chi))
                cp = len(os.path.commonprefix([was, now]))
                if was != now and cp >= 8 and len(was) - cp <= 4 and len(now) - cp <= 4:
                    continue  # …等28个单位被评为某区先进职工之家；…等28个单位被评为某区先进职工小家: two lists, two facts
                return f"the same figure printed again ({text}{after}…, as {self.compact[p:lo + m.end() + 6]} before): one fact"
        noun = self.compact[chi:chi + 2]
        if not term and re.fullmatch(r"[\u4e00-\u9fff]{2}", noun) and re.search(r"\d", text) and not re.match(r"[的以]", noun) \
                and (self.ctx.tok_at(chi) or ("", ""))[0] == noun and noun not in _MODIFIER_NOUNS:
            # 400个公益筛查名额 … 400个名额投入专项资金: the same count, its noun printed short
            # (the earlier one longer: 28个单位…；28个单位… is two parallel lists, the 4-character check's)
            for m in re.finditer(rf"(?<![\d.]){re.escape(text)}[\u4e00-\u9fff]{{1,6}}?{re.escape(noun)}", self.compact[lo:clo]):
                if not self._headline_line(lo + m.start()):
                    return f"the same figure printed again ({text}{noun}, as {m.group(0)} before): one fact"
        return None

    def _sentence_words(self, cpos: int) -> set[str]:
        """The four-character runs of Chinese of the sentence at compact ``cpos`` (to 。；; either side)."""
        a = max(self.compact.rfind(x, 0, cpos) for x in "。；;") + 1
        b = min((k for k in (self.compact.find(x, cpos) for x in "。；;") if k >= 0), default=len(self.compact))
        return {w for run in re.findall(r"[\u4e00-\u9fff]{4,}", self.compact[a:b]) for w in (run[i:i + 4] for i in range(len(run) - 3))}

    def _in_text_before(self, pattern: str, lo: int, hi: int) -> bool:
        """``pattern`` printed in compact [lo, hi), outside the site's lines (a summary line, 摘要：…, is no text)."""
        return any(not any(a <= m.start() < b for a, b, _why in self.ctx.boilerplate) and not self._headline_line(m.start())
                   for m in re.compile(pattern).finditer(self.compact, lo, hi))

    def _headline_line(self, cpos: int) -> bool:
        """The line at compact ``cpos`` holds no sentence (a headline's or a subheading's: 4900余名职工享培训补贴)."""
        starts = self._line_starts  # (sorted)
        k = bisect.bisect_right(starts, cpos)
        a, b = starts[k - 1] if k else 0, starts[k] if k < len(starts) else len(self.compact)
        return b - a <= 40 and not re.search(r"[。！？；]", self.compact[a:b])

    def _after_editor_line(self, cpos: int, story: dict) -> str | None:
        """Why a figure at ``cpos`` is in the site's links after the story's editor line, or None."""
        if not self.ctx.after_editor_line(cpos):
            return None
        return "after the story's editor line (责任编辑), a line with no sentence: the site's links, not the story"

    def _plan_minimum(self, slo: int, plo: int, ref: str | None) -> str | None:
        """组织市级赛不少于50场, 开展竞赛60场以上 after 要/将/计划 (in the figure's paragraph or the
        one before): a plan's minimum, of the year of the story's date (a known one). The minimum's
        words, or None."""
        if not ref or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", ref):
            return None
        slo, shi = self.ctx.sentence_at(slo)
        least = _MINIMUM_RX.search(self.compact, slo, shi)
        if not least:
            return None
        prev = self._paragraph_at(plo - 1)[0] if plo > 0 else plo
        if not _PLAN_RX.search(self.compact, prev, least.start()):
            return None
        return least.group(0)

    def _no_reference(self, t: dict, story: dict) -> bool:
        """Whether a relative phrase (去年, 今年以来, 10月21日) has nothing on the page to count it
        from: the story has no date, not even a latest one the page prints. Its figure then gets
        no year (``unspecified``, the phrase kept), as one with no phrase: the page does not say.
        (With the latest date the story prints, an earlier event's, the five project pages lost 18
        times to wrong: TODO there.)"""
        date = (story.get("date") or {}).get("value")
        if t.get("relative") == "as_of" and date and len(date) == 4 and len(self.ctx.stories) == 1 \
                and str(story["date"].get("basis", "")).startswith("latest"):
            # 截至目前 on a page of one story that prints no date, only years (2022年…名单): no 目前 to
            # count from. On a newspaper page of many stories the issue's date is (the annotator's): TODO
            return True
        if t.get("relative") == "on" and date and len(self.ctx.stories) == 1 and re.fullmatch(r"\d{4}(?:-\d\d)?", date) \
                and str(story["date"].get("basis", "")).startswith("latest") \
                and next((a for a, _b, x in self.times if x is t), -1) == max(self.ctx.crange(story["span"])[0],
                                                                              self.ctx.crange(story["head_span"])[1]):
            # 10月21日，…大会举行 opening a page of one story whose only years are of earlier events
            # (联盟于2021年4月…): the page does not give the day's year
            return True
        if t.get("relative") == "as_of" and (not date or date == MARKER) and len(self.ctx.stories) == 1:
            # 目前，全市共有…51个 on a page of one story that prints no date of its own (a day, 长春日报9月1日讯, or
            # none; years of earlier events, 2021年以来, do not count): the page withholds the year, the figure gets
            # none (the graders' reading on the unseen sets)
            return True
        return t.get("relative") in ("during", "since", "on", "as_of_month", "day", "month", "day_of_month") and (not date or date == MARKER)

    def _this_year_ref(self, t: dict, story: dict, date: dict) -> str | None:
        """The year 今年 (今年以来, 今年上半年) counts from in a story whose only date is a bare year it
        prints (2024年累计服务73000人次), when every time phrase of the story is in that year: that
        year (a target, 到2027年, is a period and gives none)."""
        if not t["text"].startswith("今年") or not str(date.get("basis", "")).startswith("latest") or len(str(date.get("value"))) != 4:
            return None
        memo = self.__dict__.setdefault("_story_years", {})
        if story["id"] not in memo:
            memo[story["id"]] = self._only_year(story, self.ctx.crange(story["span"])[1], None, None)
        return memo[story["id"]] if memo[story["id"]] == str(date["value"]) else None

    def _only_year(self, story: dict, slo: int, ref: str | None, year_ref: str | None) -> str | None:
        """The one year every time phrase of the story before ``slo`` falls in (days without a
        year and phrases of no date aside; a baseline, a dateline and the site's lines skipped),
        when the story's own date is in it or unknown; None when a period, a target or another year
        is printed on the way."""
        lo, hi = self.ctx.crange(story["span"])
        dl = dateline(self.compact, lo, hi)
        years = set()
        a_point, b_point = self._earlier_point(self._paragraph_at(slo)[0], slo + 4)
        for a, _b, t in self.times:
            if not lo <= a < slo or "baseline" in t or dl and dl.start() <= a < dl.end() or self.ctx.boilerplate_at(a) \
                    or a_point <= a < b_point:  # (a year inside an earlier point of the list the sentence is in)
                continue
            got, _rule = self._resolve(t, ref if t.get("relative") not in ("since", "during", "as_of_month", "month") else year_ref, story)
            if got is None or "unspecified" in got:
                if t.get("relative") in ("on", "as_of", None) and not re.search(r"以来|来$|起", t["text"]) or \
                        got is None and t["text"].startswith(("今年", "去年", "全年")):
                    continue  # 5月14日, 日前, 近日: a day of the story's year; 去年以来, 全年 of a story of no date
                return None
            if set(got) - {"text"} - {"during", "on", "as_of"}:
                return None  # since, by, start: a period or a target
            years.add(str(got.get("during") or got.get("on") or got.get("as_of"))[:4])
        if len(years) != 1:
            return None
        year = years.pop()
        own = ref or year_ref
        return year if own is None or own[:4] == year else None

    def _review_year(self, story: dict, slo: int) -> dict | None:
        """The year a story of no known date reviews: a paragraph before ``slo`` opens with the
        bare year (2022年，某市总工会…; 2025年一季度，…), its sentence announces no plan (将, 计划, 力争 …), and every
        time phrase between it and ``slo`` is a day or a phrase without a date: a year's work
        report, whose figures that follow are of that year (TODO beats a guess otherwise)."""
        lo = max(self.ctx.crange(story["span"])[0], self.ctx.crange(story["head_span"])[1])
        plo = self._paragraph_at(slo)[0]
        found = None
        for a, _b, t in self.times:
            if not lo <= a < slo:
                continue
            if found is None:
                if self._opens_line(a) and a < plo and re.fullmatch(r"(?:19|20)\d\d", t.get("during", "")) \
                        and re.match(r"(?:第?[一二三四]季度|前三季度|上半年|下半年|全年)?[，,]", self.compact[a + len(t["text"]):a + len(t["text"]) + 6]) \
                        and not re.search(r"将|计划|力争|目标|预计|要|拟", self.compact[slice(*self.ctx.sentence_at(a))]) \
                        and not self._told_on_the_way(a, t):
                    found = t
                continue
            if not ("unspecified" in t or t.get("relative") == "on" or str(t.get("on", t.get("during", ""))).startswith(found["during"])):
                return None  # another period or year on the way: which one, the annotator decides
        return found

    def _told_on_the_way(self, a: int, t: dict) -> bool:
        """The year phrase ``t`` at ``a`` dates an event a story tells on the way (2018年，工会联合会建进
        楼宇之后，…), not a year it reviews."""
        return re.match(r"[，,][^，,。；]{0,20}?(?:之后|以后)[，,]", self.compact[a + len(t["text"]):]) is not None

    def _opens_line(self, a: int) -> bool:
        """``a`` opens a line of the page, or follows only the dateline opening a sentence that reviews
        work (本报讯 2021年，某县总工会…各项工作取得新成效; not 本报讯 2019年，市总工会成立: an event)."""
        if a in self._line_starts:
            return True
        lo = self._paragraph_at(a)[0]
        return re.fullmatch(r"(?:本报|本刊)?讯(?:[（(][^）)]{0,20}[）)])?", self.compact[lo:a]) is not None \
            and re.search(r"工作|成效|成绩", self.compact[slice(*self.ctx.sentence_at(a))]) is not None

    def _event_day(self, t: dict, ref: str | None, story: dict) -> tuple[dict, str] | None:
        """挂牌以来, 自成立以来: since the day the story gives for that event before it, in the
        nearest sentence that names the event with a date (2019年5月8日，…正式挂牌; 成立于2018年6月)."""
        at = next((a for a, _b, x in self.times if x is t), None)
        if at is None:
            return None
        lo = self.ctx.crange(story["span"])[0]
        for slo, shi in reversed([s for s in self.ctx.sentences if lo <= s[0] and s[1] <= at or s[0] < at < s[1]]):
            verb = [m.start() for m in re.finditer(t["event"], self.compact[slo:min(shi, at)])]
            if not verb:
                continue
            dates = [(a, x) for a, _b, x in self.times if slo <= a < shi and a != at
                     and ("on" in x or "during" in x or x.get("relative") == "on")]
            if not dates:
                continue
            a, x = min(dates, key=lambda d: abs(d[0] - slo - verb[-1]))
            got = resolve(x, ref)[0] if x.get("relative") else x
            if got is None:
                return None
            day = got.get("on") or got.get("during")
            return ({"since": day, "text": t["text"]},
                    f"{t['text']}: since the day the story gives for it ({x['text']}…{t['event']})")
        return None

    @property
    def _titles(self) -> list[tuple[int, int]]:
        if not hasattr(self, "_title_spans"):
            self._title_spans = [(t.start(), t.end()) for t in DOC_TITLE_RX.finditer(self.compact)]
        return self._title_spans

    def _heading(self, cpos: int) -> bool:
        """Whether the phrase at ``cpos`` is a line of its own (a heading: 2021年, 2021年度：)."""
        plo, phi = self._paragraph_at(cpos)
        return plo == cpos and bool(re.fullmatch(r"(?:19|20)\d\d年度?[：:]?", self.compact[plo:phi]))

    def _event_year(self, lo: int, slo: int, before: list[tuple[int, dict]]) -> tuple[dict, str] | None:
        """The year of the event or list a story reports, when its first sentence names one with its
        year (2018年…技能大赛总结表彰会, 2024年度…名单) and the story dates nothing else before
        the sentence at ``slo`` (``before``: its phrases): a figure without a phrase of its own, in a
        sentence or paragraph that speaks of the event, is of that year; not a running total
        (累计, 连续, 历届)."""
        dated = [(a, t) for a, t in before if "unspecified" not in t and t.get("relative") != "as_of"]
        story = self.ctx.story_at(lo)
        pos = max(lo, self.ctx.crange(story["head_span"])[1])  # the lead: after the headline and the site lines
        while self.ctx.boilerplate_at(pos):
            pos = next(hi for blo, hi, _why in self.ctx.boilerplate if blo <= pos < hi)
        first = self.ctx.sentence_at(pos)
        for _ in range(3):  # a site line the boilerplate rules missed (来源/ 作者/ 时间/2024-03-29 09:07:03): not the lead
            if not (re.search(r"来源|作者|时间|日期|编辑|浏览", self.compact[slice(*first)]) and "。" not in self.compact[slice(*first)]):
                break
            first = self.ctx.sentence_at(first[1])
        lead = [(a, t) for a, t in dated if first[0] <= a < first[1] and re.fullmatch(r"(?:19|20)\d\d", t.get("during", ""))]
        if not lead:
            return None
        a, t = lead[0]
        if len(dated) > 1:
            # other phrases before it (the headline's year, the event's day, 今年): all of the event's year
            ref = (story.get("date") or {}).get("value")
            ref = ref if ref and ref != MARKER and not str(story["date"].get("basis", "")).startswith("latest") else None
            for _a, x in dated:
                got = resolve(x, ref)[0]
                keys = set(got or ()) - {"text"}
                if not got or not keys <= {"during", "on", "as_of"} or any(str(got[k])[:4] != t["during"] for k in keys):
                    return None
        named = _EVENT_RX.match(self.compact, a + len(t["text"]), first[1])
        if not named:
            return None
        # the figure's sentence (or, after the lead's paragraph, its paragraph) speaks of it: its word
        # (大赛, 名单), 此次/本次/本届, or four characters of its name
        plo, phi = self._paragraph_at(slo)
        sentence = self.compact[slice(*self.ctx.sentence_at(slo))]
        if re.search(r"累计|累积|连续|先后|历届|历年|至今", sentence):
            return None
        name = self.compact[a + len(t["text"]):named.end()]
        where = sentence if plo <= a else self.compact[plo:phi]
        if not (named.group(1) in where or re.search(r"此次|本次|本届|这次", where)
                or any(name[k:k + 4] in where for k in range(len(name) - 3) if re.fullmatch(r"[\u4e00-\u9fff]{4}", name[k:k + 4]))):
            return None
        return ({"during": t["during"], "text": t["text"]},
                f"the year of the {named.group(1)} the story reports ({t['text']}…{named.group(1)}, in its first sentence)")

    def _paragraph_at(self, cpos: int) -> tuple[int, int]:
        """Compact range of the line (a paragraph of the page) around ``cpos``."""
        return self.ctx.line_at(cpos)

    @property
    def _line_starts(self) -> list[int]:
        return self.ctx.line_starts

    def _paired_year(self, slo: int, cpos: int, before: list) -> str | None:
        """The year of a figure in a pair after two years and 分别 (2019年和2020年…分别完成10494人和18402人,
        …资金2734.8万元和4600.5万元): the first figure of a pair the first year's, the second the second's."""
        pair = re.search(r"((?:19|20)\d\d)年?[和与及、]((?:19|20)\d\d)年", self.compact[slo:cpos])
        if pair is None or "分别" not in self.compact[slo + pair.end():cpos] \
                or any(slo + pair.end() <= t[0] for t in before):  # (a later phrase dates what follows it)
            return None
        num = r"[\d.]+[万亿]?[\u4e00-\u9fff%]{0,3}?"
        fig = re.match(rf"{num}(?=[和与及、]{num}(?:[，,；;。]|$))", self.compact[cpos:cpos + 24])
        if fig:
            return pair.group(1)
        if re.search(rf"[\d.]+[万亿]?[\u4e00-\u9fff%]{{0,3}}?[和与及、]$", self.compact[max(slo, cpos - 16):cpos]):
            return pair.group(2)
        return None

    def _time(self, slo: int, cpos: int, story: dict, required: bool = True) -> dict | str | None:
        return self._time_of(slo, cpos, story, required)[0]

    def _document_ids(self, title: str) -> list[str]:
        names = self.ctx.names
        refs = names.get(title) or names.get(title.replace("《", "〈").replace("》", "〉")) or []
        return [e for sec, e in refs if sec == "documents"]

    def _issuer(self, slo: int, cpos: int) -> str | None:
        best = None
        for m in self.mentions:
            if slo <= m.cstart < cpos and m.section == "organisations" and m.ids:
                best = m
        return best.ids[0] if best else None

    def _areas_groups(self, meas: dict, slo: int, shi: int):
        sentence = self.compact[slo:shi]
        for scheme, key in (("reform-area", "areas"), ("target-group", "groups")):
            found = [c.id for c in self.ctx.vocab.schemes[scheme].concepts.values() if c.zh in sentence]
            if found:
                meas[key] = found

    def _posts(self) -> list[dict]:
        """People with posts: a name (:meth:`_person_at`) after a post or a list of posts, each
        post with the organisation printed before it (涿州市人大常委会副主任、市总工会党组书记、
        主席张宝利: 副主任 of the first, 党组书记 and 主席 of the second); then the posts printed in
        brackets after a name, after a name and a comma, after ``是…的`` (彭进是该项目的施工员) and in
        photo captions."""
        out = []
        listed: dict[int, Mention] = {}  # where a chain's name ends: the body of its first post
        words = "|".join(sorted((*_POSTS, "职工"), key=len, reverse=True))  # (职工 of a company: a post of a person only)
        not_trades = "|".join(sorted((w for w in (*_POSTS, "职工") if w not in _TRADES), key=len, reverse=True))  # (焊工|班长: a shop)
        # (a title before a list's mark is the person's honour, no post of the list: 全国劳动模范、某公司技术员某某)
        chain = "|".join(sorted((w for w in (*_POSTS, "职工") if w not in _TITLED), key=len, reverse=True))
        for m in re.finditer(rf"({words}|负责人)(?:[（(](?:兼职|挂职|兼)[）)])?(?=[\u4e00-\u9fff]|{_HONOUR_BEFORE_NAME.pattern})", self.compact):  # (副主席(兼职)某某)
            if m.end() < len(self.compact) and re.match(rf"(?:{words})", self.compact[m.end():]):
                continue  # 党组书记 in 党组书记副主席…: the name follows the last post
            # (负责人 is more often followed by a verb, 负责人荣获: only a name jieba tags, then a verb of saying or a mark)
            # (维修班班长、全国劳动模范李某: an honour between the post and the name)
            honour = _HONOUR_BEFORE_NAME.match(self.compact, m.end())
            name_at = honour.end() if honour else m.end()  # where the name starts
            if re.match(r"的[\u4e00-\u9fff]{2,3}?(?:则|也|还)?(?:表示|说|认为|介绍|指出|强调)", self.compact[name_at:name_at + 9]) \
                    and re.search(r"(?:身为|作为|亦是|也是)[^，。；]{0,24}$", self.compact[max(0, m.start() - 24):m.start()]):
                name_at += 1  # 身为副团长的某某则认为, 亦是某省总工会党组书记、副主席的某某表示: the post, 的, the person
            person = self._person_at(name_at, strict=m.group(1) == "负责人")
            if person is None or m.group(1) in _TITLED and (self._frequencies.get(person[0]) or 0) >= 1000:
                continue  # (联盟专家顾问: a common word after a title, no name)
            name, registered, conf = person
            # the posts of the chain before the name, each with the organisation printed before it
            items: list[tuple[str, int, Mention | None]] = []
            role, k = m.group(1), m.start()
            while True:
                org = self._org_ending_at(k)
                unit = re.search(r"(?:分工会|工会|党委|纪委|书记处|专职)$", self.compact[max(0, k - 3):k]) if org is None else None
                if unit:  # 华电集团党委副书记: the company's post 党委副书记 (its 党委 no body of its own)
                    org = self._org_ending_at(k - len(unit.group(0)))
                if org is None and not unit:  # 中铁一局五公司焊工班长: the company's post, printed with the trade
                    org, role, k = next(((o, self.compact[k - g:k] + role, k - g) for g in range(1, 8)
                                         for o in [self._org_ending_at(k - g)] if o is not None
                                         and (any(_SHOP_RX.fullmatch(self.compact[k - g:k] + role[:n]) for n in (0, 1, 2))
                                              or role in _TRADES and g <= 6)  # (…有限公司班车司机, …金工分厂数控铣工)
                                         and not re.search(rf"{not_trades}|职工$|员工$|农民工$|{_NO_SHOP}|[，,。；、]", self.compact[k - g:k])),
                                        (None, role, k))
                shop = re.search(r"(?<=、)(?:(?![、，。；：“”（）()])[\u4e00-\u9fff]){1,6}$", self.compact[max(0, k - 7):k]) \
                    if org is None and not unit else None
                if shop and any(_SHOP_RX.fullmatch(shop.group(0) + role[:n]) for n in (0, 1, 2)) and \
                        not re.search(rf"{words}|{_NO_SHOP}", shop.group(0)):  # …技术主管、转炉车间副主任: the workshop's post
                    role, k = shop.group(0) + role, k - len(shop.group(0))
                dept = re.search(r"(?<=、)(?:(?![、，。；：“”（）()])[\u4e00-\u9fff]){1,6}?部$", self.compact[max(0, k - 9):k]) \
                    if org is None and not unit and role.endswith("部长") and self.compact[k - 1:k] != "、" else None
                if dept:  # …书记处书记、党组成员、组织部部长: the department's head, one post of the list
                    role, k = dept.group(0) + role, k - len(dept.group(0))
                items.append((role, k, org))
                before = k if org is None else org.cstart
                bare = re.search(r"(?:机关党委|机关纪委|分工会|工会|党委|纪委|经费审查委员会|女职工委员会)$", self.compact[max(0, before - 7):before]) \
                    if org is None else None
                if bare and self.compact[before - len(bare.group(0)) - 1:before - len(bare.group(0))] == "、":
                    before -= len(bare.group(0))  # …党委副书记、工会主席、职工董事: 工会主席 is one post of the list
                prev = re.search(rf"({chain})$", self.compact[max(0, before - 12):before - 1]) \
                    if self.compact[before - 1:before] == "、" or self.compact[before - 1:before] == "，" and org is not None \
                    and self._posts_of_a_body_before(before - 1, words) else None
                if not prev:
                    break
                role, k = prev.group(1), before - 1 - len(prev.group(1))
            if items[-1][2] is None and items[-1][0] in _TITLED:  # 中国工艺美术大师, 电网检修专家, 全国劳动模范: the title whole
                lead = re.search(r"(?:(?![，。、；：“”‘’（）()的在是和与及\d])[\u4e00-\u9fff]){1,8}$", self.compact[max(0, items[-1][1] - 8):items[-1][1]])
                said = _title_lead(re.sub(r".*(?:公司|集团|厂|院|局|会|中心|站|所|室|部|处)", "", lead.group(0))) if lead else ""  # (…供电公司|电网检修专家)
                if said:
                    items[-1] = (said + items[-1][0], items[-1][1] - len(said), None)
            if items[0][2] is None and items[0][0] in (*_TITLES, *_TRADES) and len(items) == 1 and not (
                    items[0][0] in ("高级技师", "特级技师", "高级工程师") and self.compact[items[0][1] - 1:items[0][1]] not in "、，,"):
                continue  # 高级技师郑远航 after a caption's posts, 货车司机张某: a title or a trade, no post without its employer
            if items[-1][2] is None and items[-1][0].endswith(("部长", "主任", "处长")):
                # 全国总工会劳动和经济工作部部长: the body's post 劳动和经济工作部部长, as the curated pages give it
                for mm in self.mentions:
                    gap = self.compact[mm.cend:items[-1][1]]
                    if mm.section == "organisations" and 0 < len(gap) <= 12 and re.fullmatch(r"[\u4e00-\u9fff]+(?:部|办公室|处|中心)", gap):
                        items[-1] = (gap + items[-1][0], mm.cend, mm)
            for n, (role, at, org) in enumerate(items):
                if org is not None and org.name in ("组织部", "宣传部", "统战部") and org.cend == at and org.proposal \
                        and org.proposal["name"].endswith(org.name) and len(org.proposal["name"]) > len(org.name):
                    # 区委常委、组织部部长: the committee's post 组织部部长, as the curated pages give a department's head
                    parent = org.proposal["name"][:-len(org.name)]
                    items[n] = (org.name + role, org.cstart, Mention("organisations", parent, org.cstart, org.cstart, [], 0.5, {"name": parent}))
            first = min(at if org is None else org.cstart for _r, at, org in items)
            # 区总工会主席顾杰、副主席施燕: a post listed after another's name, of the same body
            carry = listed.get(first - 1) if self.compact[first - 1:first] in ("、", "，") and all(o is None for _r, _a, o in items) else None
            for n, (role, at, org) in enumerate(items):  # the role as printed: 工会主席, 制造部副部长, 机关党委专职副书记
                dept = r"|[\u4e00-\u9fff]{2,5}部" if role.endswith("部长") else ""  # 制造部副部长
                lead = re.search(rf"(?:工会|分工会|机关党委|机关纪委|党委|纪委|专职|书记处|(?:经费审查|女职工)委员会{dept})+$",
                                 self.compact[max(org.cend if org else 0, at - 10):at])
                if lead and (org is not None and lead.start() + max(org.cend, at - 10) == org.cend or
                             self.compact[at - len(lead.group(0)) - 1:at - len(lead.group(0))] in "，。、；：,;:“”（）()" or
                             at - len(lead.group(0)) in self._line_starts):
                    items[n] = (lead.group(0) + role, at - len(lead.group(0)), org)
            for n, (role, at, org) in enumerate(items):
                if role in ("部长", "副部长") and self.compact[at - 2:at] in _DEPARTMENT_WORDS and (org is None or org.cend <= at - 2):
                    items[n] = (self.compact[at - 2:at] + role, at - 2, org)  # 生产部长: the head of 生产部, as printed
            for n, (role, at, org) in enumerate(items):
                unit = re.search(r"机关(?:党委|纪委)$", org.name) if org is not None else None
                if unit and not role.startswith(unit.group(0)):  # 西安高新区机关纪委书记: 机关纪委书记 of it, as the curated pages give it
                    items[n] = (unit.group(0) + role, at, org)
            for n, (role, at, org) in enumerate(items):
                if org is not None and org.name.endswith("工会") and org.name[:-2].endswith(("公司", "集团", "厂", "矿", "项目部", "医院")):
                    # 龙蓬公司工会副主席: the company's post 工会副主席, as a union post of a company is given
                    company = next((x for x in self.mentions if x.section == "organisations" and x.cstart == org.cstart
                                    and x.cend == org.cend - 2), None)
                    company = company or Mention("organisations", org.name[:-2], org.cstart, org.cend - 2, [], 0.5,
                                                 {"name": (org.proposal or {}).get("name", org.name)[:-2]})
                    items[n] = ("工会" + role, at, company)
            for role, _at, org in reversed(items):  # 市总工会党组书记、主席: 主席 of the same body
                own = re.match(r"机关党委|机关纪委", role)
                other = re.search(r"(?:机关党委|机关纪委)$", carry.name) if org is None and carry is not None and own else None
                if other and other.group(0) != own.group(0):
                    # 西安高新区机关党委专职副书记、机关纪委书记: 机关纪委书记 of the organ's discipline committee
                    body = (carry.proposal or {}).get("name", carry.name)[:-4] + own.group(0)
                    refs = [e for sec, e in self.ctx.names.get(body, []) if sec == "organisations"]
                    carry = Mention("organisations", carry.name[:-4] + own.group(0), carry.cstart, carry.cend, refs[:1], 0.5,
                                    None if refs else {"name": body})
                elif org is None and carry is not None and role.startswith(("工会", "党委", "纪委")) and \
                        carry.name.endswith(("工会", "党委", "纪委")) and len(carry.name) > 4 and not carry.name.endswith(role[:2]):
                    # 华电集团党委副书记、工会主席: 工会主席 of the enterprise whose Party committee is named
                    carry = next((x for x in self.mentions if x.section == "organisations" and x.cstart == carry.cstart
                                  and x.cend == carry.cend - 2), None) or Mention(
                        "organisations", carry.name[:-2], carry.cstart, carry.cend - 2, [], 0.5,
                        {"name": (carry.proposal or {}).get("name", carry.name)[:-2]})
                governs = re.fullmatch(r"副?[省市县区]长", role) and carry is not None and re.search(r"委(?:员会)?$", carry.name)
                org = org or (carry if role not in _ORGLESS_POSTS and not governs else None)  # (市委秘书长、副市长: no post of 市委)
                carry = org
                if org is not None:
                    listed[name_at + len(name)] = org
                out.append({"cstart": first, "cend": name_at + len(name), "text": self.compact[first:name_at + len(name)],
                            "name": name, "person": registered, "role": role,
                            "organisation": org.ids[0] if org and org.ids else None,
                            "organisation_name": (org.proposal or {}).get("name", org.name) if org else None,
                            "confidence": conf if org else conf - 0.2})
        out += self._posts_in_brackets(words)
        out += self._posts_after_names(words)
        named = {p["name"] for p in out}
        out += [p for p in self._posts_name_then_post() if p["name"] not in named]
        out += self._posts_of_a_body_named_before(words)
        out += self._caption_posts(words)
        named = {p["name"] for p in out}
        out += [p for p in self._card_posts(words) if p["name"] not in named]
        out += self._posts_elected(words)
        named = {p["name"] for p in out}
        out += [p for p in self._posts_by_occupation() if p["name"] not in named]
        named = {p["name"] for p in out}
        out += [p for p in self._leaders_listed() if p["name"] not in named]
        out += self._posts_listed_after(out)
        named = {p["name"] for p in out}
        out += [p for p in self._posts_of_representatives() + self._posts_qualified() + self._contestants() if p["name"] not in named]
        named = {p["name"] for p in out}
        out += [p for p in self._posts_of_quoted_titles() if p["name"] not in named]
        named = {p["name"] for p in out}
        out += [p for p in self._posts_name_first() if p["name"] not in named]
        # 班长、全国劳动模范某某: the title is an honour printed with the post, the person's post is 班长
        posted = {p["name"] for p in out if not p["role"].endswith(_TITLED)}
        return [p for p in out if not (p["role"].endswith(_TITLED) and p["name"] in posted)]

    def _posts_name_first(self) -> list[dict]:
        """某某总书记强调, 国家人社部某某部长出席: a leader's name, then the post (the order of the most senior
        posts, 总书记, 总理, 省长, 部长); a surname and one or two characters after a mark or a body, then a
        verb of the event or a mark; the body printed right before the name its organisation. Confidence 0.5."""
        out = []
        for m in _NAME_FIRST_POST_RX.finditer(self.compact):
            name, org = m.group("name"), self._org_ending_at(m.start())
            if name[0] not in _SURNAMES or m.start() > 0 and re.match(r"[\u4e00-\u9fff]", self.compact[m.start() - 1]) and \
                    org is None and not re.search(r"(?:落实|贯彻|学习|按照|根据|遵循|牢记|践行|领会|对)$", self.compact[:m.start()]):
                continue  # (a name opens after a mark or after the body it serves: 国家人社部王某部长)
            if len(name) == 2 and self._frequencies.get(name, 0) >= 1000 or re.search(r"[的了是在和与及为]|副|常务|执行|名誉|专职|兼职|代理|党组|书记", name):
                continue
            out.append({"cstart": org.cstart if org else m.start(), "cend": m.end(), "text": self.compact[org.cstart if org else m.start():m.end()],
                        "name": name, "person": None, "role": m.group("post"), "organisation": org.ids[0] if org and org.ids else None,
                        "organisation_name": ((org.proposal or {}).get("name", org.name)) if org else None, "confidence": 0.5})
        return out

    def _leaders_listed(self) -> list[dict]:
        """市领导某某、某某、某某出席: the leaders of a level, named in a list after it (each a person of that
        level's leadership; their posts the annotator looks up), confidence 0.4."""
        out = []
        for m in _LEADERS_RX.finditer(self.compact):
            names = m.group(2).split("、")
            if not all(2 <= len(n) <= 3 and n[0] in _SURNAMES for n in names):
                continue
            at = m.start(2)
            for n in names:
                out.append({"cstart": m.start(), "cend": at + len(n), "text": self.compact[m.start():at + len(n)], "name": n, "person": None,
                            "role": m.group(1) + "领导", "organisation": None, "organisation_name": None, "confidence": 0.4})
                at += len(n) + 1
        return out

    def _posts_listed_after(self, posts: list[dict]) -> list[dict]:
        """全国劳模、大国工匠某某、某某、某某受邀…: a title printed once before a list of names is each one's
        (a title only: 主席张三、李四 may be two posts, the second unprinted)."""
        out, named = [], {p["name"] for p in posts}
        for p in posts:
            at, listed = p["cend"], []
            while self.compact[at:at + 1] == "、" and not _POSTS_RX.match(self.compact, at + 1):
                person = self._person_at(at + 1)
                if person is None or person[0] in named:
                    break
                name, registered, conf = person
                at += 1 + len(name)
                listed.append({**p, "cend": at, "text": self.compact[p["cstart"]:at], "name": name, "person": registered,
                               "confidence": min(conf, p["confidence"])})
            # 副主任宋某、朱某、田某等领导出席: a vice post or a list closed by 等, the post of each
            if p["role"].endswith(_TITLED) or p["role"].startswith("副") or self.compact.startswith("等", at):
                out += listed
        return out

    def _posts_of_representatives(self) -> list[dict]:
        """中华技能大奖获得者代表某某, 省部级劳模代表某某: a person speaking for the holders of a title; the post is
        the title's representative, as printed."""
        out = []
        for m in _REPRESENTATIVE_RX.finditer(self.compact):
            title = _title_lead(m.group(1))
            person = self._person_at(m.end())
            if person is None or len(title) < 3:
                continue
            name, registered, conf = person
            lo = m.end() - len(title) - 2
            out.append({"cstart": lo, "cend": m.end() + len(name), "text": self.compact[lo:m.end() + len(name)], "name": name,
                        "person": registered, "role": title + "代表", "organisation": None, "organisation_name": None,
                        "confidence": conf - 0.2})
        return out

    def _posts_of_quoted_titles(self) -> list[dict]:
        """慰问“海南最美农民工”某某、某某、某某: an honour in quotation marks before a list of names is each
        holder's title, as printed inside the marks (confidence 0.4: the annotator checks the list's end)."""
        out = []
        for m in _QUOTED_TITLE_RX.finditer(self.compact):
            at = m.end()
            while True:
                person = self._person_at(at)
                if person is None:
                    break
                name, registered, conf = person
                out.append({"cstart": m.start(), "cend": at + len(name), "text": self.compact[m.start():at + len(name)],
                            "name": name, "person": registered, "role": m.group(1), "organisation": None,
                            "organisation_name": None, "confidence": min(conf, 0.4)})
                at += len(name)
                if self.compact[at:at + 1] != "、":
                    break
                at += 1
        return out

    def _contestants(self) -> list[dict]:
        """项目选手王某斩获金牌, 参赛选手李某告诉记者: a contestant named right after 选手 (or 参赛选手), that role as printed
        (never 选手们, 选手荣获: a plural, a verb; no name)."""
        out = []
        for m in re.finditer(r"(?:参赛)?选手(?=[\u4e00-\u9fff])", self.compact):
            person = None if _NO_CONTESTANT_RX.match(self.compact, m.end()) else self._person_at(m.end())
            if person is None:
                continue
            name, registered, conf = person
            out.append({"cstart": m.start(), "cend": m.end() + len(name), "text": self.compact[m.start():m.end() + len(name)],
                        "name": name, "person": registered, "role": m.group(0), "organisation": None, "organisation_name": None,
                        "confidence": min(conf, 0.4)})
        return out

    def _posts_qualified(self) -> list[dict]:
        """某某、某某等22名员工获得了电工技师职业资格, 确定某某等7名同志为首席技师: the skill grade or title each
        person of the list is given (the list's names, before 等 and its count)."""
        out = []
        for m in _QUALIFIED_RX.finditer(self.compact):
            names = m.group(1).split("、")
            if not all(2 <= len(n) <= 3 and (n[0] in _SURNAMES or n[:2] in _COMPOUND_SURNAMES) for n in names):
                continue
            at = m.start(1)
            for n in names:
                out.append({"cstart": at, "cend": at + len(n), "text": n, "name": n, "person": None, "role": m.group(2),
                            "organisation": None, "organisation_name": None, "confidence": 0.4})
                at += len(n) + 1
        return out

    def _posts_by_occupation(self) -> list[dict]:
        """某电机有限公司…冷作钣金工王某, 某林场季节工郭某, 某公司首席化验师韩某: a job printed right after its
        employer's name (a few characters of its shop between), ending as jobs do (师, 员, 工, 长), then a name."""
        out = []
        for org in self.mentions:
            if org.section != "organisations":
                continue
            m = _OCCUPATION_RX.match(self.compact, org.cend)
            if m is None or re.search(rf"{_NO_SHOP}|职工$|员工$|[成会社党团学]员$|[，。、]", m.group(1)):
                continue
            if any((w := _POSTS_RX.match(self.compact, j)) and w.end() > m.end() for j in range(m.start(1), m.end())):
                continue  # 总工|程师: a post word runs on past the job's end (总工程师), no name after it
            person = self._person_at(m.end())
            if person is None:
                continue
            name, registered, conf = person
            job = m.group(1)
            out.append({"cstart": org.cstart, "cend": m.end() + len(name), "text": self.compact[org.cstart:m.end() + len(name)],
                        "name": name, "person": registered, "role": job, "organisation": org.ids[0] if org.ids else None,
                        "organisation_name": (org.proposal or {}).get("name", org.name), "confidence": conf - 0.1})
        return out

    def _posts_elected(self, words: str) -> list[dict]:
        """选举张三担任主席, 选举李四等15人为执委: the person a meeting elects or appoints, and the
        post as printed after 担任 or 为 (总工会委员长), of the body printed there when it is named."""
        out = []
        for m in re.finditer(rf"(?:选举|推选|选出|任命|聘任)((?:{'|'.join(_COMPOUND_SURNAMES)}|[\u4e00-\u9fff])[\u4e00-\u9fff]{{1,2}}?)"
                             rf"(?:等(?:\d+|[一二三四五六七八九十百]+)[人名])?(?:同志)?(?:担任|为)"
                             rf"((?:(?![，,。；;、“”（）()])[\u4e00-\u9fff]){{0,12}}?(?:{words}|委员长|执委|执行委员|常委|理事|监事))"
                             r"(?=[，,。；;、）)]|$)", self.compact):
            name, role, at = m.group(1), m.group(2), m.start(2)
            if not name.startswith(tuple(_COMPOUND_SURNAMES)) and name[0] not in _SURNAMES:
                continue
            org = next((x for x in self.mentions if x.section == "organisations" and x.cstart == at and x.cend < m.end(2)), None)
            out.append({"cstart": m.start(1), "cend": m.end(), "text": m.group(0), "name": name, "person": None,
                        "role": role[org.cend - at:] if org else role, "organisation": org.ids[0] if org and org.ids else None,
                        "organisation_name": (org.proposal or {}).get("name", org.name) if org else None,
                        "confidence": 0.5 if org else 0.4})
        # 某某当选为某镇新一届工会主席: the person elected, opening a clause, and the post (新一届 no part of it)
        for m in re.finditer(rf"(?:(?<=[，,。；;：:])|(?<=^))((?:{'|'.join(_COMPOUND_SURNAMES)}|[\u4e00-\u9fff])[\u4e00-\u9fff]{{1,2}}?)"
                             rf"(?:同志)?当选(?:为)?((?:(?![，,。；;、“”（）()])[\u4e00-\u9fff]){{0,12}}?(?:{words}))(?=[，,。；;、）)]|$)",
                             self.compact):
            name, role = m.group(1), re.sub(r"^(.*?)(?:新一届|新一任|第[一二三四五六七八九十\d]+届)", r"\1", m.group(2))
            tok = self.ctx.tok_at(m.start(1))
            if not name.startswith(tuple(_COMPOUND_SURNAMES)) and (name[0] not in _SURNAMES or tok is None
                                                                    or tok[1] not in ("nr", "nrfg", "nrt")):
                continue
            out.append({"cstart": m.start(1), "cend": m.end(), "text": m.group(0), "name": name, "person": None,
                        "role": role, "organisation": None, "organisation_name": None, "confidence": 0.4})
        # 甲、乙(兼)、丙当选副主席; 选举甲为主席，乙为常务副主席，丙、丁为专职副主席: a list of names a meeting
        # elects, each to the post printed after 当选 or 为, in a sentence that reports the election
        one = rf"(?:{'|'.join(_COMPOUND_SURNAMES)}|[\u4e00-\u9fff])[\u4e00-\u9fff]{{1,2}}(?:[·・][\u4e00-\u9fff]{{2,4}})?(?:[（(]兼[）)])?"
        seen = {(p["name"], p["cstart"]) for p in out}
        for m in re.finditer(rf"(?:(?<=[，,。；;：:])|(?<=选举)|(?<=^))((?:{one}、)*{one})(?:同志)?(?:当选为?|为)"
                             rf"((?:(?![，,。；;、“”（）()])[\u4e00-\u9fff]){{0,12}}?(?:{words}))(?=[，,。；;、）)]|$)", self.compact):
            slo, _shi = self.ctx.sentence_at(m.start())
            if not re.search(r"选举|当选|选出|推选", self.compact[max(0, slo - 200):m.end()]):
                continue
            names = [re.sub(r"[（(]兼[）)]$", "", n) for n in m.group(1).split("、")]
            if len(names) == 1 and any(n == names[0] for n, _c in seen):
                continue
            at = m.start(1)
            for n in names:
                ok = n.startswith(tuple(_COMPOUND_SURNAMES)) or n[0] in _SURNAMES and (self._frequencies.get(n) or 0) < 1000
                if ok and (n, at) not in seen:
                    role = re.sub(r"^(.*?)(?:新一届|新一任|第[一二三四五六七八九十\d]+届)", r"\1", m.group(2))
                    out.append({"cstart": at, "cend": m.end(), "text": self.compact[at:m.end()], "name": n, "person": None,
                                "role": role, "organisation": None, "organisation_name": None, "confidence": 0.4})
                at = self.compact.find("、", at) + 1
        return out

    def _posts_of_a_body_before(self, k: int, words: str) -> bool:
        """A body, then its posts only (、 between them), ending at compact ``k``: 省总工会党组书记、
        常务副主席|，省人大常委会副主任…: one person's list of posts goes on over the comma."""
        return any(mm.section == "organisations" and k - 30 <= mm.cend < k and
                   re.fullmatch(rf"(?:(?:{words})、)*(?:{words})", self.compact[mm.cend:k]) for mm in self.mentions)

    def _posts_of_a_body_named_before(self, words: str) -> list[dict]:
        """彭进是该项目的施工员，…: a name opening its clause, 是, the body (该项目, 这家公司, a name),
        的 and the post, then a mark: the post, of the body when the page names it there."""
        out = []
        for m in re.finditer(rf"(?:(?<=[。！？；：，,“”])|(?<=^))([\u4e00-\u9fff]{{2,3}}?)是((?:(?![，。；、“”])[\u4e00-\u9fff]){{2,12}}?)的({words})(?=[，,。；;])",
                             self.compact):
            name = m.group(1)
            tok = self.ctx.tok_at(m.start(1))
            if name[0] not in _SURNAMES or tok is None or tok[1] not in ("nr", "nrfg", "nrt") or tok[0] not in (name, name[0], name[:2]):
                continue
            org = next((x for x in self.mentions if x.section == "organisations" and (x.cstart, x.cend) == m.span(2)), None)
            out.append({"cstart": m.start(1), "cend": m.end(), "text": m.group(0), "name": name, "person": None, "role": m.group(3),
                        "organisation": org.ids[0] if org and org.ids else None,
                        "organisation_name": (org.proposal or {}).get("name", org.name) if org else None,
                        "confidence": 0.5})
        return out

    def _posts_name_then_post(self) -> list[dict]:
        """某市总工会基层工作部宋某某主任、财务部左某主任一行, 同工会联合会孙某主席: a body (a department of it
        between), a name jieba gives as a person's, then the post, then a mark or what follows a name (一行, 一起)."""
        out, carry = [], None
        for m in _NAME_THEN_POST_RX.finditer(self.compact):
            name, post, at = m.group("name"), m.group("post"), m.start("name")
            tok = self.ctx.tok_at(at)
            if name[0] not in _SURNAMES or tok is None or tok[1] not in ("nr", "nrfg", "nrt") or tok[0] not in (name, name[0], name[:2]):
                continue
            org, head = self._org_ending_at(at), at
            for k in range(2, 9) if org is None else ():  # 基层工作部, 财务部: a department between the body and the name
                if re.fullmatch(r"(?:(?![、，。；：“”（）()的和与及])[\u4e00-\u9fff])+(?:部|办公室|办|处|科|中心)", self.compact[at - k:at]):
                    org = self._org_ending_at(at - k)
                    if org is None and self.compact[at - k - 1:at - k] == "、" and carry is not None and carry[0] == at - k - 1:
                        org = carry[1]  # 、财务部左某主任: a department of the body named before in the list
                    if org is not None:
                        head = at - k
                        break
            if org is None:
                continue
            end = m.end("post")
            carry = (end, org)
            lo = org.cstart if org.cend == head else head
            out.append({"cstart": lo, "cend": end, "text": self.compact[lo:end], "name": name, "person": None,
                        "role": self.compact[head:at] + post, "organisation": org.ids[0] if org.ids else None,
                        "organisation_name": (org.proposal or {}).get("name", org.name), "confidence": 0.5})
        return out

    def _posts_after_names(self, words: str) -> list[dict]:
        """李强，宏达集团技术员，…: a name opening its clause, a comma, then the body and the post
        (the trade or workshop between them printed with the post), then a mark."""
        out = []
        for org in self.mentions:
            b = org.cstart - 1
            if org.section != "organisations" or self.compact[b:b + 1] not in "，,":
                continue
            post = re.match(rf"((?:(?![、，。；：“”（）()])[\u4e00-\u9fff]){{0,6}}?)((?:{words})(?:、(?:{words}))*)(?=[，,。；;])",
                            self.compact[org.cend:])
            if post is None or post.group(1) and not any(_SHOP_RX.fullmatch(post.group(1) + post.group(2)[:n]) for n in (0, 1, 2)):
                continue
            person = next((p for n in (3, 2) for p in [self.compact[max(0, b - n):b]] if len(p) == n and p[:1] in _SURNAMES
                           and (b - n == 0 or self.compact[b - n - 1] in "。！？；：，,、“”\n") and (
                               (t := self.ctx.tok_at(b - n)) is not None and t[1] in ("nr", "nrfg", "nrt") and t[0] in (p, p[0], p[:2]))), None)
            if person is None:
                continue
            end = org.cend + post.end()
            for n, role in enumerate(post.group(2).split("、")):  # 张三，市总工会党组书记、主席，: each post of the body
                out.append({"cstart": b - len(person), "cend": end, "text": self.compact[b - len(person):end],
                            "name": person, "person": None, "role": (post.group(1) if n == 0 else "") + role,
                            "organisation": org.ids[0] if org.ids else None,
                            "organisation_name": (org.proposal or {}).get("name", org.name), "confidence": 0.6})
        return out

    def _caption_posts(self, words: str) -> list[dict]:
        """A photo caption (某公司工会主席，高级工程师 张三): the posts, a comma, the person's
        titles, then the name last on its line after a space: the post before the comma, of the
        body printed before it."""
        out = []
        text = self.ctx.page.text
        for line in re.finditer(r"[^\n]+", text):
            m = re.search(rf"({words})[，,][^，,。；：:]{{0,24}}?\s+([\u4e00-\u9fff]{{2,3}})\s*$", line.group(0))
            if not m or len(line.group(0)) > 90 or m.group(2)[0] not in _SURNAMES:
                continue
            at = self.ctx.crange(Span(line.start() + m.start(1), line.start() + m.start(1)))[0]
            end = self.ctx.crange(Span(line.start() + m.end(2), line.start() + m.end(2)))[0]
            role = m.group(1)
            lead = re.search(r"(?<=[、，,])(?:分工会|工会|党委|纪委)$", line.group(0)[:m.start(1)])
            if lead:  # 党委副书记、工会主席: the post as printed
                role, at = lead.group(0) + role, at - len(lead.group(0))
            org = self._org_ending_at(at)
            first = org.cstart if org is not None else at
            out.append({"cstart": first, "cend": end, "text": self.compact[first:end], "name": m.group(2), "person": None,
                        "role": role, "organisation": org.ids[0] if org and org.ids else None,
                        "organisation_name": (org.proposal or {}).get("name", org.name) if org else None,
                        "confidence": 0.6 if org else 0.4})
        return out

    def _card_posts(self, words: str) -> list[dict]:
        """A profile card (a line with a name alone, then the body's line and the post, 肖某某 / 某某股份有限公司 /
        总工程师, or 某某有限公司总工程师 on one line): the post of the body printed before it."""
        out = []
        text = self.ctx.page.text
        lines = [m for m in re.finditer(r"[^\n]+", text) if m.group(0).strip() and m.group(0).strip() not in ("图片", "图", "圖片")]
        for n, line in enumerate(lines[:-1]):
            name = line.group(0).strip()
            if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name) or name[0] not in _SURNAMES and name[:2] not in _COMPOUND_SURNAMES \
                    or self._frequencies.get(name, 0) >= 1000:
                continue
            nxt = [x.group(0).strip() for x in lines[n + 1:n + 3]]
            if re.search(rf"(?:{words})$", nxt[0]):
                last = lines[n + 1]
            elif len(nxt) == 2 and re.fullmatch(rf"[\u4e00-\u9fff]{{0,4}}(?:{words})", nxt[1]):
                last = lines[n + 2]
            else:
                continue
            end = self.ctx.crange(Span(last.end(), last.end()))[0]
            post = re.search(rf"(?:分工会|工会|党委|纪委)?(?:{words})$", self.compact[max(0, end - 16):end])
            at = end - len(post.group(0))  # (the post as printed, 工会主席 with its 工会)
            org = self._org_ending_at(at)
            if org is None:
                continue  # (a name, then a line of titles only: no body to hold the post)
            first = self.ctx.crange(Span(line.start() + line.group(0).index(name), line.start()))[0]
            out.append({"cstart": first, "cend": end, "text": self.compact[first:end], "name": name, "person": None,
                        "role": self.compact[at:end], "organisation": org.ids[0] if org.ids else None,
                        "organisation_name": (org.proposal or {}).get("name", org.name), "confidence": 0.5})
        return out

    def _posts_in_brackets(self, words: str) -> list[dict]:
        """王强（中建三局一公司项目总工程师）: a post printed in brackets after the name, of the
        body named in the bracket."""
        out = []
        for m in re.finditer(rf"[（(]((?:(?![（）()，。；])[\u4e00-\u9fff]){{0,24}}?)({words})[）)]", self.compact):
            b = m.start()
            person = next((p for n in (3, 2) for p in [self.compact[max(0, b - n):b]] if len(p) == n and p[:1] in _SURNAMES and (
                (t := self.ctx.tok_at(b - n)) is not None and t[1] in ("nr", "nrfg", "nrt") and t[0] in (p, p[0], p[:2]))), None)
            if person is None:
                continue
            role, at = m.group(2), m.start(2)
            org = self._org_ending_at(at)
            if org is None and m.group(1):  # 中建三局一公司项目总工程师: the body, then the post as printed
                org = next((x for x in self.mentions if x.section == "organisations" and x.cstart == m.start(1)
                            and x.cend < at), None)
                if org is not None:
                    role = self.compact[org.cend:at] + role
            if org is not None and org.name.endswith("工会") and org.name[:-2].endswith(("公司", "集团", "厂", "矿", "项目部", "医院")):
                # 张明（华建公司工会主席）: the company's post 工会主席, as outside brackets
                role = "工会" + role
                org = next((x for x in self.mentions if x.section == "organisations" and x.cstart == org.cstart
                            and x.cend == org.cend - 2), None) or Mention(
                    "organisations", org.name[:-2], org.cstart, org.cend - 2, [], 0.5,
                    {"name": (org.proposal or {}).get("name", org.name)[:-2]})
            out.append({"cstart": b - len(person), "cend": m.end(), "text": self.compact[b - len(person):m.end()],
                        "name": person, "person": None, "role": role,
                        "organisation": org.ids[0] if org and org.ids else None,
                        "organisation_name": (org.proposal or {}).get("name", org.name) if org else None,
                        "confidence": 0.6 if org else 0.4})
        return out

    @functools.cached_property
    def _frequencies(self):
        return word_frequencies(self.ctx.registry)

    def _org_ending_at(self, k: int) -> Mention | None:
        """The organisation named right before compact offset ``k`` (市总工会|党组书记)."""
        best = None
        for mm in self.mentions:
            if mm.section == "organisations" and mm.cend == k and (best is None or mm.cstart < best.cstart):
                best = mm
        return best

    def _person_at(self, cpos: int, strict: bool = False) -> tuple[str, str | None, float] | None:
        """The person's name at compact ``cpos`` after a post: a registry person, or two to four
        characters starting with a surname (two for 欧阳, 司马 …) that end where the sentence goes
        on (介绍, 表示, 出席, punctuation …) or that jieba tags as a person (nr); ``strict`` (after 负责人): three characters jieba
        gives as a person's, then such a word or a mark."""
        text = self.compact
        for n in (4, 3, 2):
            cand = text[cpos:cpos + n]
            refs = [e for sec, e in self.ctx.names.get(cand, []) if sec == "people"]
            more = self.ctx.tok_at(cpos + n) if n == 2 else None
            if refs and more is not None and len(more[0]) == 1 and more[1] in ("nr", "nrfg") and re.fullmatch(r"[\u4e00-\u9fff]", more[0]):
                continue  # 主席刘旭/nr 鹏/nr 和…: a name of three, not the registry's 刘旭
            if refs:
                return cand, refs[0], 0.8
        dotted = re.match(r"[\u4e00-\u9fff]{2,5}[·・•‧]", text[cpos:cpos + 6])
        for n in range(1, 7) if dotted and not strict else ():  # 买买提·吐尔逊: a name with its parts joined by a dot
            end = cpos + dotted.end() + n
            after = self.ctx.tok_at(end)
            if n == 1 and not re.match(r"说|表示|介绍|指出|强调", text[end:end + 2]):
                continue  # 努尔斯曼·周说: a part of one character only before the verb
            if re.fullmatch(r"[\u4e00-\u9fff]+", text[end - n:end]) and (
                    text[end:end + 1] in "，。、；：！？,;:）)“”" or text.startswith(_AFTER_NAME, end) or
                    after is not None and after[1] in ("v", "vd", "d", "p")):
                return text[cpos:end], None, 0.6
        if text.startswith("的", cpos):
            return None  # 党组书记、副主席的陈某: the post qualifies the name after 的, no name starts with it
        tok = self.ctx.tok_at(cpos)
        for n in (3, 2, 4):
            cand = text[cpos:cpos + n]
            if len(cand) < n or not re.fullmatch(r"[\u4e00-\u9fff]+", cand) or cand.endswith(("长", "主任", "书记", "委员")):
                continue
            if n == 3 and re.match(r"说|表示|介绍|指出|强调|认为|告诉|坦言|以及|等人|一行|同志|正在|荣获|荣膺|获(?!得者)|则[表认说指]", text[cpos + 2:cpos + 4]):
                continue  # 工会主席李刚说, 董事长刘帅以及…, 中队长胡辛荣获: a name of two, then the verb or the conjunction
            if n == 3 and cand[2] in "及和与" and tok is not None and tok[0] == cand[:2]:
                continue  # 副主任王巍及相关人员: a name of two, then a conjunction
            if n == 3 and cand[2] == "率" and re.match(r"(?:慰问|调研|检查|督导|考察|工作|代表|专家|宣讲|[队团组])", text[cpos + 3:cpos + 5]):
                continue  # 主席周某率慰问组: a name of two, then 率 (leading) and the group it leads
            if n == 3 and tok is not None and tok[1] in ("nr", "nrfg", "nrt") and tok[0] == cand[:2]:
                nxt = self.ctx.tok_at(cpos + 2)
                made = len(nxt[0]) == 2 and (not self._frequencies.get(nxt[0]) and text.startswith(_AFTER_NAME, cpos + 3)
                                             or any(len(w) >= 2 and w[0] == nxt[0][1] and text.startswith(w, cpos + 3) for w in _AFTER_NAME)
                                             or nxt[0][1] == "说" and text[cpos + 4:cpos + 5] in ("，", ",", "：", ":", "“")) \
                    if nxt is not None else False  # 刘德/nr 新率/n 班子, 李希/nr 民主/n 持: a word jieba makes up of a name's last character and a verb
                if nxt is not None and not made and not text.startswith(_ARRIVES, cpos + 3) and (
                        len(nxt[0]) >= 2 and nxt[1] not in ("nr", "nrfg", "nrt", "ng", "zg")
                        or nxt[0] in "将在也就还已正又曾是把被对向与和等为作到"):
                    continue  # 苗青/nr 作为/v: a name of two to jieba, then a word
            rest = text[cpos + n:cpos + n + 4]
            after = self.ctx.tok_at(cpos + n)
            ends = not rest or rest[0] in "，。、；：！？,;:）)“”\"" or rest.startswith(_AFTER_NAME + _ARRIVES + ("以《", "到", "家里", "家中")) \
                or cpos + n in self._line_starts and n >= 2 \
                or re.match(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日", rest) is not None \
                or re.match(r"\d+(?:人|名|位)", rest) is not None  # (a caption's line; 管理年8日介绍; 某某8人获评: a count of the list)
            # a verb after it (李刚|积极推动): the name ends there, if no word of its own starts it (书记|时刻/n|关注)
            verb_after = after is not None and after[1] in ("v", "vd", "d", "p", "a", "ad") and len(after[0]) >= 2 and tok is not None \
                and (tok[1] in ("nr", "nrfg", "nrt") or len(tok[0]) == 1 and tok[1] not in ("p", "c", "d", "u", "uj"))
            if tok is not None and tok[1] not in ("nr", "nrfg", "nrt") and len(tok[0]) >= n and not (
                    (tok[1] in ("nz", "n") or tok[1] == "ns" and cand not in self.ctx.gaz)  # (于洋/ns: no place's name)
                    and tok[0] == cand and ends and not strict and not rest.startswith(("的", "是", "等"))
                    and not 3000 <= (self._frequencies.get(cand, 0) or 0) < 10 ** 6):  # (书记|项目, 组长|单位: common words)
                continue  # 负责人荣获: a word, not a name (沈华/nz 参加, 黄令/n 正在: a name jieba calls a noun)
            word2 = self.ctx.tok_at(cpos + 1) if n == 3 else None
            if word2 is not None and len(word2[0]) == 2 and word2[1] in ("v", "vd", "ad", "d") and \
                    3000 <= (self._frequencies.get(word2[0], 0) or 0) < 10 ** 6:
                continue  # 书记王/强调, 主任张/明确表示: a surname and a common word, no name of three
            if tok is not None and tok[1] not in ("nr", "nrfg", "nrt") and 2 <= len(tok[0]) < n and \
                    3000 <= (self._frequencies.get(tok[0], 0) or 0) < 10 ** 6 and text[cpos + len(tok[0])] in "地的得着了过":
                continue  # 主任|高兴/b 地说: a common word and a particle, no name (管理/vn 年: a name)
            compound = cand[:2] in _COMPOUND_SURNAMES
            if n == 2 and not strict and text[cpos + 2:cpos + 3] in "，、。；" and cpos > 0 and text[cpos - 1] in "长记任席" and \
                    cand[0] not in "在对向为将与和就也还已从于并又再均都更则等一" and not (self._frequencies.get(cand, 0) or 0):
                return cand, None, 0.5  # 市委副秘书长廉某，: two characters no dictionary knows between a post and a mark, a name
            if n == 3 and not strict and re.match(r"表示|介绍|说|指出|强调", text[cpos + 3:cpos + 5]) and \
                    cand[0] not in "在对向为将与和就也还已从于并又再均都更则" and cand[2] not in "地的得着了过也还都就又" and \
                    not any(3000 <= (self._frequencies.get(w, 0) or 0) for w in (cand[:2], cand[1:])):
                return cand, None, 0.5  # 常务副主席薄纯全表示: three characters between a post and a verb of saying, a name
            given = self.ctx.tok_at(cpos + 1) if n == 3 and tok is not None and tok[0] == cand[0] else None
            if given is not None and given[0] == cand[1:] and given[1] in ("nr", "nrfg") and ends and not strict \
                    and cand[0] not in _SURNAMES and not compound and tok[1] in ("n", "nr", "ng", "zg", "x"):
                return cand, None, 0.5  # 主席瓮/n 金福/nr 表示: a rarer surname, then a given name jieba knows, then a verb
            if tok is not None and tok[0] == cand[0] and tok[1] == "nr" and n in (2, 3) and ends and not strict \
                    and not compound and cand[0] not in _SURNAMES and re.fullmatch(r"[\u4e00-\u9fff]+", cand):
                return cand, None, 0.5  # 主席邸/nr 英 出席: a rarer surname jieba tags as one, then the given name
            if n == 2 and not strict and cand[0] in _SURNAMES and re.match(r"表示|介绍|指出|强调|说[，,：:“]", text[cpos + 2:cpos + 4]) \
                    and re.fullmatch(r"[\u4e00-\u9fff]+", cand) and cand[1] not in "会此次日上中后前":
                return cand, None, 0.5  # 区委书记于/p 军/n 表示: a surname jieba calls a preposition, a given name, a verb of saying
            if tok is not None and tok[0] == cand and tok[1] in ("nr", "nrfg") and n in (2, 3) and ends and not strict \
                    and not compound and cand[0] not in _SURNAMES and cand[0] not in "在对向为将与和就也还已从于并又再均都更则等一":
                return cand, None, 0.5  # 副县长楚伟涛/nr 带领: a rarer surname, the whole name a person's to jieba, then a verb
            if not (compound or cand[0] in _SURNAMES) or n == 4 and not compound or n == 2 and compound:
                continue
            tagged = tok is not None and tok[1] in ("nr", "nrfg", "nrt") and (tok[0] == cand or cand.startswith(tok[0]) and ends)
            if strict and not (ends and n >= 3 and tok is not None and tok[1] in ("nr", "nrfg", "nrt") and tok[0] in (cand, cand[0])
                               and rest[:1] not in "“”\"）)"):
                continue  # 负责人荣获表彰: a verb jieba tags as a name; only a name of three, a person's to jieba (李/nr 振华)
            second = self.ctx.tok_at(cpos + 1)
            if tok is not None and len(tok[0]) == 1 and tok[1] in ("p", "c") and not (
                    second is not None and second[1] in ("nr", "nrfg", "nrt", "ns", "nz", "ng")):
                continue  # 主席向/p 职工代表, 董事长于/p 会上: a preposition, no surname (于/p 德江/ns: a name)
            if ends or verb_after or tagged and tok[0] == cand:
                return cand, None, 0.7 if ends and tagged else 0.6
        return None
