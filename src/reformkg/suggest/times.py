"""Dates and periods of a page: time phrases for facts (截至, 以来, 到…年 …) and a story's date.

A phrase relative to the time of writing (今年以来, 去年, 截至目前, 11月6日) is found with a
``relative`` key and resolved by :func:`resolve` against the story's reference date: its
dateline or the page's date (2024-11-06, 2023-12-27 17:22:39, 2024年11月6日 at the head of
the page; 16.12.2016 20:17, 发布时间：20230824, 2023年8月24日 星期四, an address …/2023/0824/;
the story's own site line below the first story), else the latest date printed in the story.
上半年, 一季度, 1-7月, 7月份, 8日介绍, 年初以来, 明年 count from it too. A year a figure is
compared with (较2017年增长, 比2017年, 与2017年相比) is a ``baseline``, never the figure's period.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re

from reformkg.suggest.stories import SOLAR_TERMS

_DATE_RX = re.compile(r"((?:19|20)\d\d)年(?:(\d{1,2})月(?:(\d{1,2})日)?)?")
# 2024-11-06, 2024/11/6, 2024.11.06, 2023-12-27 17:22:39 (whitespace removed: 2023-12-2717:22:39)
# (whitespace removed, a year or a day of the next line may follow it: 2023/03/022022年，…)
# (the day a day of the month, the clock's hour in two digits: 2025-8-4 08:54:25 compacted, 2025-8-408:54:25, is the
# 4th at 08:54; 2025-8-215:30 the 2nd at 15:30; an hour in one digit after a day in one only, 2025-8-48:54)
_NUMERIC_DATE_RX = re.compile(r"(?<!\d)((?:19|20)\d\d)([-/.])(\d{1,2})\2(3[01]|[12]\d|0?[1-9])"
                              r"(?=(?:[01]\d|2[0-3])[:：]\d\d|(?<=[-/.]\d)\d[:：]\d\d|(?:19|20)\d\d[年/.-]|\d{1,2}月\d{1,2}日|[^\d]|$)")  # (2017-02-022017/2/2: the date twice)
# 16.12.2016 20:17, day first (a site's line; only with the time after it: 1.5.2016 is no date otherwise)
_DAY_FIRST_RX = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?=\d{1,2}[:：]\d\d)")
# A dateline: 本报讯, 新华社合肥5月11日电, 中国青年报客户端北京7月29日电, 北京讯 (at a story's start)
DATELINE_RX = re.compile(r"(?:本报|本刊|新华社|新华网|中新网|人民网|[\u4e00-\u9fff]{2,12}?(?:客户端|网|报|台))?"
                         r"([\u4e00-\u9fff]{2,4}?)?(?:(\d{1,2})月(\d{1,2})日)?(电|讯)")
# Where a page prints its own date: 发表时间：2023-03-09, 时间:2024年11月6日, 发布日期 …
_PAGE_DATE_RX = re.compile(r"(?:发表时间|发布时间|发布日期|时间|日期|更新时间)[:：]?")
# A year a figure is compared with: 较2017年增长, 比2017年, 与2017年相比, 同比 (no year: nothing)
_BASELINE_RX = re.compile(r"(?:较|比|与|同)((?:19|20)\d\d年|去年|上年|前年|上一年)(?:同期|底|末)?(?:相比|相较)?")
# What names an event (a contest, a meeting): its year at the head of its name is the year it is held in
_EVENT_WORDS = r"(?:大赛|竞赛|比赛|比武|运动会|技能节|博览会|招聘会|评选|大会|仪式|开幕式|闭幕式|(?<=”)(?:系列)?活动)"  # (2017“金秋助学”活动)
# measure words: 2020名选手 is a figure, no year
_MEASURE = r"[名个家人项次场支所届位条万亿千百余多年月日号期元户件批座辆台套本篇份]"
# An event named with its year in a story's first sentence (2022年湖北省…竞赛启动大会, “2020辽宁省…大赛”);
# not 2023年度…表彰 (a year's awards, given the year after)
_EVENT_YEAR_RX = re.compile(rf"(?<![\d.])((?:19|20)\d\d)(?:年(?!度|以来)|(?=[\u4e00-\u9fff“「《])(?!{_MEASURE}))[^，,。；：:]{{0,40}}?{_EVENT_WORDS}")
# What a body or a place starts or is set up by (成立于2020年12月 … 自成立以来)
_EVENT_VERBS = "成立|挂牌|揭牌|组建|启动|开通|建成|投用|运营|运行|实施|创建|开展|设立"
# What follows a bare day (8日介绍, 11日上午): an act of that day, not a count of days
DAY_VERBS = r"(?:上午|下午|晚上|晚间|傍晚|凌晨|召开|举行|举办|介绍|表示|透露|发布|宣布|开幕|闭幕|启动|揭牌|在[\u4e00-\u9fff]{1,8}?(?:召开|举行|举办)|从[\u4e00-\u9fff]{2,16}?(?:获悉|了解到|得知))"
_RELATIVE_RULES = [
    # 去年6月以来, 今年3月份至今: since that month of the year named
    (re.compile(r"(今年|去年|前年)(1[0-2]|[1-9])月份?(?:以来|至今)"), "since_rel_month"),
    (re.compile(r"(今年|去年|前年)(?:年?初?以来|年?初至今)|(?<![\d今去前明])(年)初(?:以来|至今)"), "since_rel"),
    # (截至今年，我市已建成…: so far this year, as of the story's date)
    (re.compile(r"截[至止]到?(?:目前|发稿|当前|现在|今年(?!\d{1,2}月|上半年|第?一季度|前三季度|年?底|年末))|目前|当前|(?<=[到至])现在(?=的)"), "as_of_ref"),  # 发展到现在的1.9万个
    # 截至9月底, 截至10月31日: the story's year (the year before when the month is later than its date's)
    # 截至今年上半年, 截至去年底: the end of that part of the year named
    (re.compile(r"截[至止]到?(今年|去年)(上半年|第?一季度|前三季度|年?底|年末)"), "as_of_part"),
    (re.compile(r"截[至止]到?(?:今年)?(\d{1,2})月(?:底|末|(\d{1,2})日)?"), "as_of_month"),  # 截至今年9月 too
    (re.compile(r"(?<![\d年])(\d{1,2}|[一二两三四五六七八九十]{1,3})年(?:来|以来)"), "years_since"),
    # 近3年，…: the last years up to the story's date, at a clause's head (not 工作近30年, a duration)
    (re.compile(r"(?<![^，,。；;：:“\"（(在最])近(\d|[一二两三四五六七八九十])年(?:内|里|间|中)?(?=[，,])"), "years_since"),
    # 过去五年间, 过去5年里: the last years up to the story's date
    (re.compile(r"过去的?([2-9]|[二两三四五六七八九十])年(?:内|里|间|中|来)?"), "years_since"),
    (re.compile(r"(今年|去年|前年|明年|过去一年|过去的一年|上一?年度|本年度)(?:上半年|下半年|全年|一季度|前三季度)?"), "during_rel"),
    # 上半年, 一季度 with no year: of the story's year (the year before when it starts after the story's month)
    (re.compile(r"(?<![\d年])(上半年|下半年|(?:第?[一二三四]|前三)季度)"), "part_rel"),
    # 全年完成培训4万人次 with no year: the story's year; in a story of January to April, the year it reviews
    # (not a plan: 全年将培训…, 全年力争…)
    # (计划全年建设12家, 全年培训职工不少于20万人次: a plan or a floor set, the year ahead, not the one reviewed)
    (re.compile(r"(?<![\d年今去前明])(?<!计划)(?<!将)(?<!力争)(?<!预计)(?<!确保)全年(?!无休|不打烊|计划|目标|任务)"
                r"(?![^，,。；;]{0,8}?(?:将|力争|计划|目标|预计|拟|要|不少于|不低于))"), "full_year_rel"),
    # (after a site line's clock time or date, squeezed onto it: 20:1712月12日至14日, 2023-08-2412月12日)
    # (never the end of a run of days a full date starts: 2022年11月15日 9:30至11月20日, the year the first prints)
    (re.compile(r"(?<!日至)(?<!日到)(?<!\d[:：]\d\d至)(?:(?<![\d年])|(?<=\d[:：]\d\d)|(?<=\d[-/.]\d\d))(\d{1,2})月(\d{1,2})日(?:至(?:\d{1,2}月)?\d{1,2}日)?"), "on_rel"),
    # 1-7月, 1至7月份: months of the story's year (the year before when they start after its month)
    (re.compile(r"(?<![\d年.\-/])(1[0-2]|[1-9])(?:-|—|－|~|～|至)(1[0-2]|[1-9])月份?(?![\d底末])"), "months_rel"),
    # 7月份，…, 7月，…: a month of the story's year, heading its clause
    (re.compile(r"(?<![\d年.\-/])(1[0-2]|[1-9])月份?(?=[，,])"), "month_rel"),
    # 某某8日介绍, 11日上午: a day of the story's month (the month before when later than the story's day)
    (re.compile(rf"(?<![\d月.])(?<!\d年)([1-9]|[12]\d|3[01])日(?={DAY_VERBS})"), "day_of_month"),
    # 昨天下午, 今天上午, 昨日: a day counted back from the story's date
    (re.compile(r"(今天|今日|昨天|昨日|前天)(?:上午|下午|晚上|晚间)?"), "day_rel"),
    # 挂牌以来, 自成立以来: since an event of the story's subject, dated where the story tells it
    (re.compile(rf"(?:自|从)?({_EVENT_VERBS})(?:以来|至今)"), "since_event"),
]
# Verbs of a change that 到 a year's end follows when it tells what was reached (增加到2015年底的…), two characters each
CHANGE_VERBS = "增加|增长|提高|上升|扩大|发展|提升"
_TIME_RULES = [
    # 截至2024年底; also 截止, 截至到 (as pages print them)
    (re.compile(r"截[至止]到?((?:19|20)\d\d)年(底|末|(\d{1,2})月(?:底|末)?(?:(\d{1,2})日)?)?"), "as_of"),
    (re.compile(r"截[至止]到?(目前|发稿|今年(?!\d{1,2}月|上半年|第?一季度|前三季度|年?底|年末)|当前)"), "unspecified"),
    # 自2019年6月实施以来, 从2020年3月起: since that month (the event verb of since_event, dated)
    (re.compile(rf"(?:自|从)((?:19|20)\d\d)年(1[0-2]|[1-9])月份?(?:(\d{{1,2}})日)?(?:{_EVENT_VERBS})?(?:以来|至今|起|开始)"), "since_month"),
    # 2022年4月至今, 2022年4月以来: since that month, with no 自 before it
    (re.compile(r"((?:19|20)\d\d)年(1[0-2]|[1-9])月份?(?:(\d{1,2})日)?(?:以来|至今)"), "since_month"),
    (re.compile(r"((?:19|20)\d\d)年以来"), "since"),
    # 自2017年启动以来, 2024年村工会成立以来: since the year of the event the phrase names
    (re.compile(rf"(?:自|从)?((?:19|20)\d\d)年(?:(1[0-2]|[1-9])月份?)?(?:(?![，,。；;])[\u4e00-\u9fff]){{0,14}}?(?:{_EVENT_VERBS})(?:以来|至今)"), "since_event_year"),
    # (自2022年9月至2023年8月: a period of months, never since its first)
    (re.compile(r"(?:自|从)((?:19|20)\d\d)年(?!(?:\d{1,2}月份?)?(?:上旬|中旬|下旬|初|底|末)?(?:—|-|～|~|至|到)(?:19|20)\d\d年)(?:(1[0-2]|[1-9])月份?)?"
                r"(?:起|以来|开始)?|((?:19|20)\d\d)年(?:起|至今|开始)"), "since_from"),
    # 2013年12月中旬至2014年1月底: a period of months (before 至2014年, a target)
    (re.compile(r"((?:19|20)\d\d)年(1[0-2]|[1-9])月(?:上旬|中旬|下旬|初|底|末)?(?:—|-|～|~|至|到)((?:19|20)\d\d)年(1[0-2]|[1-9])月(上旬|中旬|下旬|初|底|末)?"),
     "period_months"),
    # 2024至2025年, 2016年~2023年: a period (before 至2025年, a target)
    (re.compile(r"((?:19|20)\d\d)年?(?:—|-|～|~|至)((?:19|20)\d\d)年"), "period"),
    # 由2010年底的23.4万人增加到2015年底的36万人: the value a change reached at that year's end, no target
    (re.compile(rf"(?<={CHANGE_VERBS})到((?:19|20)\d\d)年(?:底|末)(?=的)"), "reached"),
    # 到2023年6月底: a month's end, a date reached when the story is later, else a target
    # (never after a word of a plan: 力争到2024年6月底, a target)
    (re.compile(r"(?<![截止将])(?<!截至|截止|力争|计划|争取|确保|预计|目标)(?:到|至)((?:19|20)\d\d)年(1[0-2]|[1-9])月(?:底|末|份?(?![\d日号上中下初]))"), "by_month"),  # (到2003年6月, 全市…: reached)
    (re.compile(r"(?:到|至|力争|计划到)((?:19|20)\d\d)年(底|末)?|(?<=[在于])((?:19|20)\d\d)年(底|末)?之?前"), "by"),  # (确保在2025年底之前)
    (re.compile(r"(?:到|至)?“?(十一五|十二五|十三五|十四五|十五五)”?(?:期末|末期|末)"), "plan_end"),  # (到“十二五”末: by its last year)
    (re.compile(r"“?(十一五|十二五|十三五|十四五|十五五)”?(?:期间|时期|以来)"), "fourteenth"),  # the five-year plans
    # (2022年11月15日 9:30至11月20日 24:00: a run of days from that one, the year the first prints)
    (re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日(?:\d{1,2}[:：]\d\d)?(?:(?:至|到|—|～|~)(?:\d{1,2}月)?\d{1,2}日(?:\d{1,2}[:：]\d\d)?)?"), "on"),
    (re.compile(r"((?:19|20)\d\d)年(\d{1,2})月"), "during_month"),
    # 2020辽宁省职工技能大赛: a year printed without 年 at the head of an event's name
    (re.compile(rf"(?<![\d.])((?:19|20)\d\d)(?=[\u4e00-\u9fff](?<!{_MEASURE})[^，,。；：:“”]{{1,30}}?{_EVENT_WORDS})"), "during"),
    (re.compile(r"(?<!历尽)(?<!历经)(?<!走过)(?<!经历)(?<!跨越)((?:19|20)\d\d)年(?!的(?:历史|沧桑|风雨|发展历程))"), "during"),  # (历尽2000年的沧桑: a length)
    (re.compile(r"近年来|近几年|目前|近日|日前|每年|每月|每季度|年均"), "unspecified"),  # 每年: a yearly figure, of no one year
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
    if rule == "since_month":
        return {"since": f"{m.group(1)}-{int(m.group(2)):02d}" + (f"-{int(m.group(3)):02d}" if m.group(3) else ""), "text": text}
    if rule == "since_event_year":  # 自2017年启动以来, 2024年4月村工会成立以来
        return {"since": f"{m.group(1)}-{int(m.group(2)):02d}" if m.group(2) else m.group(1), "text": text}
    if rule == "since_from":  # 从2008年11月就着手…: since that month
        return {"since": f"{m.group(1)}-{int(m.group(2)):02d}" if m.group(2) else m.group(1) or m.group(3), "text": text}
    if rule == "baseline":  # 较2017年, 比去年 (增加75%): the year compared with, never the figure's
        return {"baseline": m.group(1).removesuffix("年") if m.group(1)[0].isdigit() else m.group(1), "text": text}
    if rule == "since_rel_month":  # 去年6月以来: since that month
        return {"relative": "since", "years_back": _YEARS_BACK[m.group(1)], "since_month": int(m.group(2)), "text": text}
    if rule == "since_rel":  # 年初以来: this year's
        return {"relative": "since", "years_back": _YEARS_BACK[m.group(1) or "今年"], "text": text}
    if rule == "during_rel":
        return {"relative": "during", "years_back": _YEARS_BACK[m.group(1)], "text": text}
    if rule == "part_rel":
        first = {"上": 1, "下": 7, "一": 1, "二": 4, "三": 7, "四": 10, "前": 1}[m.group(1).lstrip("第")[0]]
        return {"relative": "during", "years_back": 0, "first_month": first, "text": text}
    if rule == "years_since":
        n = m.group(1)
        n = int(n) if n.isdigit() else _cn_number(n)
        return {"relative": "since", "years_back": n, "text": text} if n else {"unspecified": True, "text": text}
    if rule == "as_of_ref":
        return {"relative": "as_of", "text": text}
    if rule == "as_of_part":
        month, day = {"上": (6, 30), "一": (3, 31), "第": (3, 31), "前": (9, 30)}.get(m.group(2)[0], (12, 31))
        return {"relative": "as_of_month", "month": month, "day": day, "years_back": _YEARS_BACK[m.group(1)], "text": text}
    if rule == "as_of_month":
        return {"relative": "as_of_month", "month": int(m.group(1)), "day": int(m.group(2)) if m.group(2) else None, "text": text}
    if rule == "since_event":
        return {"relative": "since_event", "event": m.group(1), "text": text}
    if rule == "day_rel":
        return {"relative": "day", "days_back": {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2}[m.group(1)], "text": text}
    if rule == "full_year_rel":
        return {"relative": "during", "years_back": 0, "full_year": True, "text": text}
    if rule == "months_rel":
        return {"relative": "during", "years_back": 0, "first_month": int(m.group(1)), "text": text}
    if rule == "month_rel":
        return {"relative": "month", "month": int(m.group(1)), "text": text}
    if rule == "day_of_month":
        return {"relative": "day_of_month", "day": int(m.group(1)), "text": text}
    if rule == "on_rel":
        return {"relative": "on", "month": int(m.group(1)), "day": int(m.group(2)), "text": text}
    if rule == "reached":
        return {"as_of": f"{m.group(1)}-12-31", "text": text}
    if rule == "by_month":
        month = int(m.group(2))
        return {"by": m.group(1), "by_month": f"{m.group(1)}-{month:02d}-{calendar.monthrange(int(m.group(1)), month)[1]:02d}", "text": text}
    if rule == "by":
        return {"by": m.group(1) or m.group(3), "text": text, **({"year_end": True} if m.group(2) or m.group(4) else {})}
    if rule == "period":
        return {"start": m.group(1), "end": m.group(2), "text": text}
    if rule == "period_months":  # (…至2014年1月底: to the month's last day)
        end = f"{m.group(3)}-{int(m.group(4)):02d}"
        if m.group(5) in ("底", "末"):
            end += f"-{calendar.monthrange(int(m.group(3)), int(m.group(4)))[1]:02d}"
        return {"start": f"{m.group(1)}-{int(m.group(2)):02d}", "end": end, "text": text}
    if rule in ("fourteenth", "plan_end"):
        first = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}[m.group(1)]
        if rule == "plan_end":
            return {"by": str(first + 4), "text": text}
        if text.endswith("以来"):
            return {"since": str(first), "text": text}
        return {"start": str(first), "end": str(first + 4), "text": text}
    if rule == "on":
        return {"on": f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}", "text": text}
    if rule == "during_month":
        return {"during": f"{m.group(1)}-{int(m.group(2)):02d}", "text": text}
    return {"during": m.group(1), "text": text}


# 从2021年3月29日的676人增长到2023年3月底的3169人: each figure at its own date (a report of growth,
# not a period since the first date nor a target by the second; after 计划/力争/将 it is a plan)
_POINT_DATE = r"((?:19|20)\d\d)年(?:(\d{1,2})月(?:(\d{1,2})日|(底|末))?|(底|末))?"
_GROWTH_RX = re.compile(rf"(?:从|由){_POINT_DATE}的[^，,。；;]{{1,20}}?(?:增长|增加|提高|提升|上升|扩大|减少|下降|降低|跃升)"
                        rf"(?:到|至){_POINT_DATE}的")
_PLAN_BEFORE_RX = re.compile(r"计划|力争|目标|预计|预期|(?<![即])将(?!近)")


def _point(y: str, mo: str | None, d: str | None, month_end: str | None, year_end: str | None, text: str) -> dict:
    """A date of a growth report as a time: a day, the end of a month or year (as of), a month or a year."""
    if d:
        return {"on": f"{y}-{int(mo):02d}-{int(d):02d}", "text": text}
    if mo and month_end:
        last = (datetime.date(int(y) + int(mo) // 12, int(mo) % 12 + 1, 1) - datetime.timedelta(days=1)).day
        return {"as_of": f"{y}-{int(mo):02d}-{last:02d}", "text": text}
    if mo:
        return {"during": f"{y}-{int(mo):02d}", "text": text}
    return {"as_of": f"{y}-12-31", "text": text} if year_end else {"during": y, "text": text}


@functools.lru_cache(maxsize=4)  # (find_times and each story's latest date read the same page)
def _growth_dates(compact: str) -> tuple[tuple[int, int, dict], ...]:
    out = []
    for m in _GROWTH_RX.finditer(compact):
        head = re.split(r"[。；;！？!?]", compact[max(0, m.start() - 40):m.start()])[-1]
        if _PLAN_BEFORE_RX.search(head) or not all(_valid(m.group(g), m.group(g + 1) or "1", m.group(g + 2) or "1")
                                                     for g in (1, 6)):
            continue  # (a plan; or 13月, 2月30日: no date)
        for g in (1, 6):
            text = compact[m.start(g):compact.index("的", m.start(g))]
            out.append((m.start(g), m.start(g) + len(text), _point(*m.group(g, g + 1, g + 2, g + 3, g + 4), text)))
    return tuple(out)


# 从2017年启动“产改”时的62.2万人增加到146.3万人: a growth from a year's figure to one of no date
# (由2017年的60多万人增加到100多万人 the same: 由's year a period read as such)
_GROWTH_FROM_YEAR_RX = re.compile(r"[从由]((?:19|20)\d\d)年[^，,。；;的]{0,14}的[^，,。；;]{1,14}?((?:增加|增长|提高|提升|上升|发展|扩大)(?:到|至)|达到)")
_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _cn_number(n: str) -> int | None:
    """一 … 九十九 in Chinese numerals (十二, 二十, 二十五), else None."""
    if n in _CN_NUM:
        return _CN_NUM[n]
    tens, sep, units = n.partition("十")
    if not sep or len(n) > 3 or tens and tens not in _CN_NUM or units and units not in _CN_NUM:
        return None
    return (_CN_NUM[tens] if tens else 1) * 10 + (_CN_NUM[units] if units else 0)


_YEARS_BACK = {"今年": 0, "去年": 1, "前年": 2, "明年": -1, "过去一年": 1, "过去的一年": 1, "上年度": 1, "上一年度": 1, "本年度": 0}


_AHEAD = next(k for k, (_rx, rule) in enumerate(_RELATIVE_RULES) if rule == "as_of_ref") + 1  # (since and 截至目前 first)
# 今(2022)年8月, 去（2023）年: this or last year with its number in brackets, as Hong Kong and Macau print it
_BRACKETED_YEAR = [(re.compile(r"[今去明前][(（]((?:19|20)\d\d)[)）]年(1[0-2]|[1-9])月(?!\d|[底末])"), "during_month"),
                   (re.compile(r"[今去明前][(（]((?:19|20)\d\d)[)）]年(?![底末初内]|以来|\d{1,2}月)"), "during")]
_FIND_ORDER = [(_BASELINE_RX, "baseline"), *_BRACKETED_YEAR, _TIME_RULES[0], *_RELATIVE_RULES[:_AHEAD], *_TIME_RULES[1:10],
               *_RELATIVE_RULES[_AHEAD:], *_TIME_RULES[10:]]


def find_times(compact: str) -> list[tuple[int, int, dict]]:
    """Date and period phrases (截至, 以来, 到…年 …): (compact start, end, Time fields).
    A baseline year (较2017年) comes as ``{"baseline": "2017"}``; a phrase relative to the
    time of writing (今年以来) with a ``relative`` key, to :func:`resolve` against a story's date."""
    taken = [False] * (len(compact) + 1)
    out = []
    for m in _NUMERIC_DATE_RX.finditer(compact):  # a printed date, never a figure or a period
        for k in range(m.start(), m.end()):
            taken[k] = True
        out.append((m.start(), m.end(), {"on": f"{m.group(1)}-{int(m.group(3)):02d}-{int(m.group(4)):02d}",
                                         "text": m.group(0)}))
    for m in _DAY_FIRST_RX.finditer(compact):
        if _valid(m.group(3), m.group(2), m.group(1)) and not any(taken[m.start():m.end()]):
            for k in range(m.start(), m.end()):
                taken[k] = True
            out.append((m.start(), m.end(), {"on": f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}", "text": m.group(0)}))
    for lo, hi, t in _growth_dates(compact):
        if not any(taken[lo:hi]):
            for k in range(lo, hi):
                taken[k] = True
            out.append((lo, hi, dict(t)))  # (a copy: the cached one stays as found)
    for rx, rule in _FIND_ORDER:
        for m in rx.finditer(compact):
            if any(taken[m.start():m.end()]):
                continue
            t = _time_of(m, rule)
            if not _calendar(t):
                continue  # 2023年2月30日, 13月: no date (a shorter phrase inside it may be one: 2023年)
            for k in range(m.start(), m.end()):
                taken[k] = True
            out.append((m.start(), m.end(), t))
    for m in re.finditer(r"(?<![\d.])((?:19|20)\d\d)(?=“[^”]{2,20}”)", compact):
        if not any(taken[m.start():m.end()]):  # 开展2017“金秋助学”活动: the year of the programme's edition
            out.append((m.start(), m.end(), {"during": m.group(1), "text": m.group(0)}))
    out.sort(key=lambda t: t[0])
    # 从2017年启动时的62.2万人增加到146.3万人: the first figure is of 2017, not since; the second of the
    # sentence's own time before 从 (目前), else of none (the story's date)
    for m in _GROWTH_FROM_YEAR_RX.finditer(compact):
        at = next((k for k, (lo, _hi, t) in enumerate(out) if lo == m.start() and t.get("since") == m.group(1)
                   or lo == m.start(1) and t.get("during") == m.group(1) and compact[lo - 1] == "由"), None)
        if at is None:
            continue
        out[at] = (m.start(1), m.start(1) + 5, {"during": m.group(1), "text": m.group(1) + "年"})
        head = compact.rfind("。", 0, m.start()) + 1
        own = next((dict(t) for lo, _hi, t in reversed(out) if head <= lo < m.start()), {"unspecified": True})
        out.append((m.start(2), m.end(2), {**own, "text": m.group(2)}))  # (the verb's span: a time read off 目前)
    out.sort(key=lambda t: t[0])
    # 从5月份到12月份: the end of a span of months, in the year its first month is in
    for k, (lo, hi, t) in enumerate(out):
        first = re.search(r"(\d{1,2})月份?(?:到|至|—|－|-|~)$", compact[max(0, lo - 6):lo])
        if t.get("relative") == "month" and first and 1 <= int(first.group(1)) < t["month"]:
            out[k] = (lo, hi, {**t, "range_first_month": int(first.group(1))})
    # 预计于2025年9月底竣工，总占地面积20亩: the date a building is to be finished dates that alone, no figure
    # (预计2025年底建成驿站100个: a target, the figure after its verb)
    out = [(lo, hi, t) for lo, hi, t in out
           if not (re.search(r"(?:预计|将|计划|拟|力争)(?:于|在)?$", compact[max(0, lo - 4):lo])
                   and re.match(r"[底前末]?(?:主体)?(?:竣工|建成|完工|投用|投入使用|交付使用|交付)(?:投用|投入使用)?[，,。；;]",
                                compact[hi:hi + 10]))]
    # 届时 (by then): the year of the last target or plan period printed before it (到2025年, 2023至2025年)
    for m in re.finditer(r"届时", compact):
        then = next((t.get("by") or t["end"][:4] for lo, _hi, t in reversed(out)
                     if lo < m.start() and (t.get("by") or t.get("start") and t.get("end"))), None)
        if then and not any(taken[m.start():m.end()]):
            out.append((m.start(), m.end(), {"by": then, "text": m.group(0)}))
    return sorted(out, key=lambda t: t[0])


def _calendar(t: dict) -> bool:
    """Whether every date of a time phrase is one the calendar has (a year, a month 1–12, a real day)."""
    for key in ("on", "during", "as_of", "by", "since", "start", "end"):
        v = t.get(key)
        if isinstance(v, str) and v[:2] in ("19", "20"):
            y, mo, d = (v.split("-") + ["1", "1"])[:3]
            if not _valid(y, mo, d):
                return False
    if "month" in t and not 1 <= t["month"] <= 12 or "day" in t and t["day"] is not None and not 1 <= t["day"] <= 31:
        return False
    return True


def resolve(t: dict, ref: str | None) -> tuple[dict | None, str]:
    """A time phrase of :func:`find_times` as Time fields, with the rule that decided it: a
    relative one (今年以来, 去年, 截至目前, 11月6日) against ``ref``, the story's date
    (YYYY[-MM[-DD]]); None for a baseline, or a relative phrase without a reference."""
    if "baseline" in t:
        return None, f"baseline year of a comparison ({t['text']}), not the period"
    rel = t.get("relative")
    if "by" in t and ref and re.match(r"\d{4}", ref) and t["by"] < ref[:4]:  # 至1925年底 in a story of 2025: a past date
        return ({"as_of": f"{t['by']}-12-31" if t.get("year_end") else t["by"], "text": t["text"]},
                f"{t['text']}: a year before the story's ({ref[:4]}): the date the figure stood at, no target")
    if "by_month" in t and not (ref and re.match(r"\d{4}-\d\d", ref) and t["by_month"][:7] > ref[:7]):
        return ({"as_of": t["by_month"], "text": t["text"]},
                f"{t['text']}: a month's end, no word of a plan, not after the story's date: the date the figure stood at, no target")
    if rel is None:
        return ({k: v for k, v in t.items() if k not in ("year_end", "by_month")}, "date phrase" if "unspecified" not in t else "phrase without a date")
    if rel == "since_event":  # the story's own date is no help: the day of the event is found by the caller
        return ({"unspecified": True, "text": t["text"]},
                f"{t['text']}: since a day the story does not give ({t['event']}): no date, as a phrase without one")
    if not ref or not re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", ref):
        return None, f"{t['text']}: relative to the story's date, which is not known"
    year = int(ref[:4])
    if rel == "day":
        if len(ref) < 10:
            return None, f"{t['text']}: a day before the story's date, which has no day ({ref})"
        day = datetime.date.fromisoformat(ref) - datetime.timedelta(days=t["days_back"])
        return {"on": day.isoformat(), "text": t["text"]}, f"{t['text']}: {day.isoformat()}, from the story's date {ref}"
    if rel == "as_of":
        return {"as_of": ref, "text": t["text"]}, f"{t['text']}: the story's date {ref}"
    if rel == "day_of_month":
        if len(ref) < 10:
            return None, f"{t['text']}: a day of the story's month, which is not known ({ref})"
        d = datetime.date.fromisoformat(ref)
        month = d.replace(day=1) if t["day"] <= d.day else (d.replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
        try:
            day = month.replace(day=t["day"])
        except ValueError:
            return None, f"{t['text']}: no such day in the month before the story's date {ref}"
        return {"on": day.isoformat(), "text": t["text"]}, f"{t['text']}: {day.isoformat()}, the story's month ({ref})"
    if rel == "on":
        if not _valid(str(year), str(t["month"]), str(t["day"])):
            return None, f"{t['text']}: no such day in the year of the story's date {ref}"
        return ({"on": f"{year}-{t['month']:02d}-{t['day']:02d}", "text": t["text"]},
                f"{t['text']}: in the year of the story's date {ref}")
    if rel == "month":
        if len(ref) >= 7 and t.get("range_first_month", t["month"]) > int(ref[5:7]):
            year -= 1  # 12月，… in a story of January: last year's (从5月到12月 in a story of May: this year's)
        return ({"during": f"{year}-{t['month']:02d}", "text": t["text"]},
                f"{t['text']}: in the year of the story's date {ref}")
    if rel == "as_of_month":
        if "years_back" in t:
            year -= t["years_back"]  # 截至今年上半年, 截至去年底: the year named
        elif len(ref) >= 7 and t["month"] > int(ref[5:7]):
            year -= 1  # 截至12月底 in a story of January: last year's
        day = f"-{t['day']:02d}" if t.get("day") else ""
        return ({"as_of": f"{year}-{t['month']:02d}{day}", "text": t["text"]},
                f"{t['text']}: in the year of the story's date {ref}")
    if t.get("first_month") and len(ref) >= 7 and t["first_month"] > int(ref[5:7]):
        year -= 1  # 下半年 in a story of March: last year's
    if t.get("full_year") and len(ref) >= 7 and int(ref[5:7]) <= 4:
        year -= 1  # 全年 in a story of January to April: the year just ended, which the story reviews
    if rel == "since" and t["years_back"] == 1 and t["text"].startswith("一年") and len(ref) >= 7 and int(ref[5:7]) <= 2:
        # 一年来 in a story of January or February: the year just ended, which the story reviews
        y = str(year - 1)
        return {"during": y, "text": t["text"]}, f"{t['text']}: during {y}, the year just ended before the story's date {ref}"
    y = str(year - t["years_back"])
    if t.get("since_month"):  # 去年6月以来: since the month of the year named
        y = f"{y}-{t['since_month']:02d}"
    return {rel: y, "text": t["text"]}, f"{t['text']}: {rel} {y}, from the story's date {ref}"


def _valid(y: str, mo: str, d: str) -> bool:
    try:
        datetime.date(int(y), int(mo), int(d))
    except ValueError:
        return False
    return True


def _iso(y: str, mo: str | None = None, d: str | None = None) -> str | None:
    """2024, 2024-02 or 2024-02-29 for a year, month and day the calendar has; None for 2024年2月30日."""
    if not _valid(y, mo or "1", d or "1"):
        return None
    return y + (f"-{int(mo):02d}" if mo else "") + (f"-{int(d):02d}" if mo and d else "")


def page_date(compact: str) -> tuple[str | None, str]:
    """The date a page prints for itself: a numeric date (2024-11-06), one after 发表时间/时间 or
    one with a time or the source after it (2024年11月06日 09:30) in its first 300 characters,
    whichever comes first (a site's calendar of today, 2024年10月19日 星期六, only when no date is labelled as
    the page's); else one labelled 发布时间 or with its clock time in its first 1500, before its first
    sentence ends (not a related story's date in the links below it)."""
    post = re.search(r"发表于[:：]?((?:19|20)\d\d)-(\d{1,2})-(3[01]|[12]\d|0?[1-9])(?=(?:[01]\d|2[0-3])[:：]|\D|$)", compact[:1500])
    if post and (iso := _iso(*post.groups())):  # a forum's post (…每日心情 2022-6-6 12:22 … 发表于 2025-8-4 08:54:25,
        # 注册时间: 2018-06-08 … 发表于: 2020-09-10): its own date, not the poster's
        return iso, post.group(0)
    head = compact[:300]
    found = []
    m = _NUMERIC_DATE_RX.search(head)
    if m and (iso := _iso(m.group(1), m.group(3), m.group(4))):
        found.append((m.start(), iso, m.group(0)))
    # an address printed at the head: …/n1/2023/0824/c…, …/202308/t20230824_123.html
    for d in re.finditer(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])([0-2]\d|3[01])/|/t((?:19|20)\d\d)(0[1-9]|1[0-2])([0-2]\d|3[01])_\d", head):
        y, mo, dd = (d.group(1), d.group(2), d.group(3)) if d.group(1) else (d.group(4), d.group(5), d.group(6))
        if _valid(y, mo, dd):
            found.append((d.start(), f"{y}-{mo}-{dd}", d.group(0)))
    for d in re.finditer(r"((?:19|20)\d\d)(0[1-9]|1[0-2])/([0-2]\d|3[01])(?=\d{1,2}[:：]\d\d)", head):  # 2025 06/23 15:16:46
        if _valid(d.group(1), d.group(2), d.group(3)):
            found.append((d.start(), f"{d.group(1)}-{d.group(2)}-{d.group(3)}", d.group(0)))
    for d in _DAY_FIRST_RX.finditer(head):  # 16.12.2016 20:17
        if _valid(d.group(3), d.group(2), d.group(1)):
            found.append((d.start(), f"{d.group(3)}-{int(d.group(2)):02d}-{int(d.group(1)):02d}", d.group(0)))
    # (a numeric date with its clock time, 2020-05-04 12:12:43 under the headline, is the page's as much as a labelled
    # one: a site's calendar of today before it, 2025年1月15日 星期三, is not)
    labelled = bool(m and found and found[0][2] == m.group(0) and re.match(r"\d{1,2}[:：]\d\d", head[m.end():]))
    for lab in _PAGE_DATE_RX.finditer(head):
        # 发布时间：2024年11月6日, 发布时间：20241106 (eight digits, after a label only)
        d = re.match(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日|((?:19|20)\d\d)(0[1-9]|1[0-2])([0-2]\d|3[01])(?=\d{1,2}[:：]\d\d|\D|$)", head[lab.end():])
        if d and d.group(4):
            if _valid(d.group(4), d.group(5), d.group(6)):
                found.append((lab.start(), f"{d.group(4)}-{d.group(5)}-{d.group(6)}", d.group(0)))
                labelled = True
        elif d and (iso := _iso(*d.group(1, 2, 3))):
            found.append((lab.start(), iso, d.group(0)))
            labelled = True
        elif re.match(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}", head[lab.end():]):
            labelled = True  # 发布时间:2015-05-22 (the numeric date, found above)
    # a site line: 2024年11月06日 09:30 来源：…, 2024年11月06日 来源：… (the time or the source after it)
    for d in re.finditer(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日(?=\d{1,2}[:：]\d\d|\d{1,2}时\d{1,2}分|\d{1,2}版|来源|作者|编辑|浏览|星期|周[一二三四五六日天])", head):
        if re.match(rf"星期[一二三四五六日天](?:{SOLAR_TERMS})", head[d.end():]):
            continue  # a site's calendar of today (2024年04月26日 星期五 谷雨), not the page's date
        if (iso := _iso(*d.groups())) and not (re.match(r"星期|周[一二三四五六日天]", head[d.end():]) and labelled):
            found.append((d.start(), iso, d.group(0)))  # (2024年10月19日 星期六 … 发布时间:2015-05-22: the site's calendar)
    foot = re.search(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日星期[一二三四五六日天]$", compact.rstrip()[-40:])
    if not found and foot and (iso := _iso(*foot.groups())):
        # an e-paper's foot: …一版要闻00001…2024年08月28日星期三, the date at the page's end
        return iso, foot.group(0)
    if not found:
        # after a site's long menus: only a date labelled as the page's (发布时间：) or with its clock time
        wide = re.search(r"(?:发布时间|发表时间|发布日期|更新时间)[:：]?((?:19|20)\d\d)(?:年|[-/.])(\d{1,2})(?:月|[-/.])(\d{1,2})"
                         r"|((?:19|20)\d\d)(?:年|([-/.]))(\d{1,2})(?:月|(?(5)\5|(?!)))(\d{1,2})日?(?=\d{1,2}[:：]\d\d)",
                         compact[:min(1500, (compact.find("。") + 1 or 1500))])  # before the text's first sentence ends
        if not wide:
            # a site that prints the posting date under the text (…会员7627637人。发布日期：2012-09-05): the one date the
            # page labels as its own, anywhere (a site's metadata line too: …;publishdate:2018-04-30;author:…)
            labelled = {m.group(1, 2, 3): m for m in re.finditer(
                r"(?:发布时间|发表时间|发布日期|(?i:publishdate|pubdate|publishtime)(?=[:：=]))[:：=]?((?:19|20)\d\d)(?:年|[-/.])(\d{1,2})(?:月|[-/.])(\d{1,2})", compact)}
            if len(labelled) == 1 and (iso := _iso(*next(iter(labelled)))):
                return iso, next(iter(labelled.values())).group(0)
            # the source line under the text with its date in brackets (来源：某日报客户端(2025-04-10)): the one such line
            sourced = {m.group(1, 2, 3): m for m in re.finditer(
                r"来源[:：][^。：:（()）]{2,24}[（(]((?:19|20)\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})日?[）)]", compact)}
            if len(sourced) == 1 and (iso := _iso(*next(iter(sourced)))):
                return iso, next(iter(sourced.values())).group(0)
            # 今(2022)年8月 in the text of a page with no date: the year of writing, printed by the writer
            now = {m.group(1) for m in re.finditer(r"今[(（]((?:19|20)\d\d)[)）]年", compact)}
            if len(now) == 1:
                year = next(iter(now))
                return year, f"今({year})年"
            return None, ""
        y, mo, d = (wide.group(1), wide.group(2), wide.group(3)) if wide.group(1) else (wide.group(4), wide.group(6), wide.group(7))
        iso = _iso(y, mo, d)
        return (iso, wide.group(0)) if iso else (None, "")
    _at, value, text = min(found)
    return value, text


def dateline(compact: str, lo: int, hi: int) -> re.Match | None:
    """The dateline at a story's start (本报讯, 新华社合肥5月11日电, …北京讯), within its first 80 characters."""
    for m in DATELINE_RX.finditer(compact, lo, min(hi, lo + 80)):
        if m.group(4) == "电" and not m.group(3):
            continue  # 电 alone is no dateline (供电, 来电)
        if m.group(4) == "讯" and m.start() > lo + 40 and not re.search(r"(?:网|报|台|刊|客户端)$", m.group(0)[:-1]):
            continue  # 讯 far from the start, after a site line: only an outlet's (本网讯, 某某日报讯), never 通讯员's
        return m
    return None


def story_date(compact: str, lo: int, hi: int) -> tuple[dict | None, str]:
    """A story's date, suggested: the dateline's month and day in the year of the page's date
    (新华社合肥5月11日电), a full date printed at the story's start or the page's head
    (2024-11-06, 2022年12月30日), the day it opens with in the year of the event its first
    sentence names or of the plans its headline announces (:func:`_opening_day`), else the
    latest date printed in compact [lo, hi) (never one of 以来, 到…年)."""
    pdate, ptext = page_date(compact)
    own, otext = page_date(compact[lo:min(hi, lo + 200)]) if lo > 0 else (None, "")
    if own:  # the story's own site line (发布时间：2023-08-24 10:12 under its headline), after the site's menus
        pdate, ptext = own, otext
    dl = dateline(compact, lo, hi)
    plan = _WORK_PLAN_RX.search(compact, lo, hi)
    if dl and dl.group(2) is not None and dl.group(3):
        year = pdate[:4] if pdate else None  # never the latest year the story prints: 截至2021年底 in a 2022 story
        if not year and plan and int(dl.group(2)) <= 6:
            # 某网3月2日讯 …总结2023年工作，部署2024年任务: a meeting early in the year whose work it plans
            value = _iso(plan.group(1), dl.group(2), dl.group(3))
            if value:
                return {"value": value, "basis": f"the dateline ({dl.group(0)}) in the year whose work the story's meeting "
                                                  f"plans ({plan.group(0)}); suggested, check"}, dl.group(0)
        if year:
            same = _iso(year, dl.group(2), dl.group(3))
            if len(pdate) == 10 and same and (datetime.date.fromisoformat(same) - datetime.date.fromisoformat(pdate)).days > 31:
                # 12月28日电 on a page of 2024-01-05: last December's (11月27日电 under 发布时间 2024-11-25: a
                # site's clock two days off, this year's)
                year = str(int(year) - 1)
            value = _iso(year, dl.group(2), dl.group(3))
            if value:
                return {"value": value, "basis": f"the dateline ({dl.group(0)}) in the year of the page; suggested, check"}, dl.group(0)
    opening = re.match(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日", compact[lo:lo + 20])
    if opening and (value := _iso(*opening.groups())):
        return {"value": value, "basis": f"the date the story opens with ({opening.group(0)}); suggested, check"}, opening.group(0)
    after_head = re.search(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日(?:上午|下午|晚上|晚)?[，,]", compact[lo:lo + 80]) if not pdate else None
    if after_head and "。" not in compact[lo:lo + after_head.start()] and (value := _iso(*after_head.groups())):
        # 我省第一届某大赛全面展示…成效 (the headline) 2024年12月30日，…闭幕: the date the text opens with, under its headline
        return {"value": value, "basis": f"the date the story's text opens with ({after_head.group(0)[:-1]}); suggested, check"}, after_head.group(0)[:-1]
    if not pdate:
        found = _opening_day(compact, lo, hi)
        # a caption taken for a headline may open the story: the page's own opening, near it or a dateline's
        page = _opening_day(compact, 0, len(compact)) if lo > 0 else None
        if found or page and (lo < 400 or dateline(compact, 0, len(compact))):
            return found or page
        recent = _opening_recent_event(compact, lo, hi) or _last_year_printed(compact, lo, hi)
        if recent:
            return recent
        if plan:  # …总结2023年工作，部署2024年重点任务: a story of the year whose work it plans
            return {"value": plan.group(1), "basis": f"the year whose work the story's meeting plans ({plan.group(0)}); "
                                                     "suggested, check"}, plan.group(0)
    if pdate and (lo < 400 or own):
        return {"value": pdate, "basis": f"the date the page prints ({ptext}); suggested, check"}, ptext
    return _latest_date(compact, lo, hi)[1]


# 部署2024年工作, 安排2024年重点任务: the year a meeting plans, held early in it
_WORK_PLAN_RX = re.compile(r"(?:部署|安排)((?:19|20)\d\d)年[\u4e00-\u9fff]{0,8}?(?:工作|任务)")
_DAY_RX = re.compile(r"(\d{1,2})月(\d{1,2})(?:日?(?:至|-|—)(?:\d{1,2}月)?\d{1,2})?日")  # 9月10日, 2月26至27日


def _opening_day(compact: str, lo: int, hi: int) -> tuple[dict, str] | None:
    """9月10日，…“2020辽宁省职工技能大赛…”举行 / 中国网武汉3月4日讯 2022年…竞赛启动大会: the day a story
    opens with (its dateline's) in the year of the event its first sentence names, or of the plans a
    headline opening with a year announces (2024年重庆将新建…, then 华龙网讯(记者…)2月26至27日，…)."""
    dl = dateline(compact, lo, hi)
    after = dl.end() if dl else lo
    after += len(re.match(r"(?:[（(][^）)]{0,30}[）)])?", compact[after:]).group(0))  # (首席记者 王玮)
    day = _DAY_RX.match(compact, lo, lo + 20) or (_DAY_RX.match(compact, after, after + 20) if dl else None)
    # 2024年某省职工技能大赛开幕 (the headline) 3月5日，…: the day right after a headline that names a dated event
    headline = re.match(rf"((?:19|20)\d\d)年(?!度)[^，,。；：:\d]{{0,30}}?{_EVENT_WORDS}[\u4e00-\u9fff]{{0,6}}?(?=\d{{1,2}}月\d{{1,2}}日)",
                        compact[lo:lo + 60]) if not day and not dl else None
    if headline:
        day = _DAY_RX.match(compact, lo + headline.end(), lo + headline.end() + 20)
    mo_d, start = ((int(day.group(1)), int(day.group(2))), day.end()) if day else (None, lo)
    if dl and dl.group(2) is not None and dl.group(3):
        day, mo_d, start = dl, (int(dl.group(2)), int(dl.group(3))), dl.end()
    if not day:
        return None
    stop = compact.find("。", start, start + 200)
    ev = _EVENT_YEAR_RX.search(compact, start, stop if stop > 0 else min(hi, start + 200))
    if ev:
        why = f"the year of the event its first sentence names ({ev.group(0)})"
    elif headline or dl and lo < dl.start() and (headline := _EVENT_YEAR_RX.match(compact, lo, dl.end())):
        ev, why = headline, f"the year of the event its headline names ({headline.group(0)})"
    elif dl and lo < dl.start() and (ev := re.match(r"((?:19|20)\d\d)年[\u4e00-\u9fff]{0,12}?(?:将|要|计划)", compact[lo:dl.start()])):
        why = f"the year whose plans its headline announces ({ev.group(0)})"
    else:
        return None
    value = f"{ev.group(1)}-{mo_d[0]:02d}-{mo_d[1]:02d}"
    return {"value": value, "basis": f"the day the story opens with ({day.group(0)}) in {why}; suggested, check"}, ev.group(0)


# 日前，宁波市2022年“技能之星”…竞赛…拉开帷幕: news of an event happening now
_NOW_VERBS = r"拉开帷幕|开幕|开赛|举行|举办|启动|落幕|闭幕|收官|鸣锣"


def _opening_recent_event(compact: str, lo: int, hi: int) -> tuple[dict, str] | None:
    """A story of no printed date that opens with 日前/近日 and tells of an event of a year that
    opens, is held or closes in that first sentence: a story of that year (its 今年, 去年 count from it)."""
    head = re.compile(r"(日前|近日|近期)(?:[，,]|(?=举行|举办|开展|启动))").search(compact, lo, min(hi, lo + 120))  # (after the headline)
    if not head:
        return None
    start = head.end()
    stop = compact.find("。", start, min(hi, start + 200))
    sentence = compact[start:stop if stop > 0 else min(hi, start + 200)]
    ev = _EVENT_YEAR_RX.search(sentence)
    # (…开幕; 开展2017“金秋助学”活动, 日前举行2016“某某”活动启动仪式: the act before the year's event)
    if not ev or not (re.search(_NOW_VERBS, sentence[ev.end():]) or re.search(rf"(?:{_NOW_VERBS}|开展)了?$", sentence[:ev.start()])):
        return None
    return ({"value": ev.group(1), "basis": f"the year of the event a story opening with {head.group(1)} "
                                            f"tells of ({ev.group(0)}); suggested, check"}, ev.group(0))


_LAST_YEAR_RX = re.compile(r"(?:^|(?<=[。！？\n]))去年[，,][^。！？]*?(?<![\d到至])((?:19|20)\d\d)年(?!以来|底前|前)")


def _last_year_printed(compact: str, lo: int, hi: int) -> tuple[dict, str] | None:
    """A story of no printed date whose sentence opening with 去年 names a year (去年，…全力兑现2024年服务
    职工10件实事): that year is the last, the story is of the year after — when the story prints no
    other year."""
    found = {m.group(1) for m in _LAST_YEAR_RX.finditer(compact, lo, hi)}
    if len(found) != 1:
        return None
    (year,) = found
    if any(m.group(1) != year for m in re.finditer(r"(?<!\d)((?:19|20)\d\d)年", compact[lo:hi])):
        return None
    value = str(int(year) + 1)
    return ({"value": value, "basis": f"the year after {year}, which a sentence opening with 去年 names; suggested, check"},
            f"{year}年")


def _latest_date(compact: str, lo: int, hi: int) -> tuple[str | None, tuple[dict | None, str]]:
    best, text = None, ""
    reported = {a for a, _, _ in _growth_dates(compact)}  # …增长到2023年3月底的3169人: a date reached, no target
    for m in _DATE_RX.finditer(compact, lo, hi):
        y, mo, d = m.group(1), m.group(2), m.group(3)
        lead = compact[max(0, m.start() - 3):m.start()]
        if compact[m.end():m.end() + 2] in ("以来",) or re.match(r"(?:也|都|就)?曾", compact[m.end():m.end() + 3]) \
                or (lead.endswith(("到", "至", "力争")) and not re.search(r"截[至止]到?$", lead)
                                                        and m.start() not in reported):
            continue
        value = _iso(y, mo, d)
        if value is None:
            continue  # 2024年2月30日: no day the calendar has
        if best is None or value > best:
            best, text = value, m.group(0)
    return best, (({"value": best, "basis": f"latest dated item in the story ({text}); suggested, check"} if best else None), text)
