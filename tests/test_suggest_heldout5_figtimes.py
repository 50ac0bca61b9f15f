"""suggest's figures and times in forms a blind set of pages showed: an edition printed inside the
name of an event or a title (的第三届…大会, 28名第三届某某大工匠, 暨第二届“…年度人物”), the first of its
kind (第一位…党员), a size threshold (25人以上企业), the count of the points a text lists next
(3个鲜明特点：一是), a span of calendar years (2024至2025年), an e-paper's index line at the foot
of a page, 截至今年9月, and 至1925年底 in a story of 2025 (a past date, no target)."""

import pytest

from reformkg.suggest.drafter import suggest
from reformkg.suggest.numbered import numbered_name
from reformkg.suggest.stories import boilerplate

# Sentences written for these tests, in the forms public pages show.


def _draft(base, text):
    vocab, registry = base
    return suggest("h.txt", registry, vocab, text=text)


def _obs(draft) -> list[str]:
    return [o["value"] for o in draft.annotation.get("observations", [])]


def _excluded(draft) -> list[str]:
    return [x["text"] for x in draft.annotation.get("figures_excluded", [])]


EDITIONS = """第四届江川大工匠受表彰

本报江川6月12日电 第四届江川大工匠表彰大会今天在江川会展中心举办，这是第三届全国工匠论坛的重要活动之一。
32名第四届江川大工匠集体宣读倡议书。市总工会领导为第四届江川大工匠颁发奖杯。第一届江川大工匠代表赵刚和第二届江川大工匠代表钱敏致辞。
省劳动模范表彰暨第二届“江川工匠年度人物”发布仪式同日举行，全市共有45个集体受到表彰。
"""


def test_an_edition_inside_the_name_of_an_event_or_a_title_is_no_figure(base):
    draft = _draft(base, EDITIONS)
    assert _obs(draft) == ["32名", "45个"]
    assert _excluded(draft) == ["第四届", "第三届", "第四届", "第四届", "第一届", "第二届", "第二届"]
    assert all(x["reason"] == "part of a name" for x in draft.annotation["figures_excluded"])


@pytest.mark.parametrize("text, start, end, why", [
    ("市总工会召开第二十次联席会议", 6, 10, "ordinal of an edition"),       # its organiser holds it: to check
    ("区总工会开展了第六届劳动模范评选", 7, 10, "ordinal of an edition"),
    ("临川市第五届“匠心杯”技能大赛", 3, 6, "the edition in a name"),          # a place's contest: its name
    ("临川市举办第五届技能大赛。临川市第五届“匠心杯”技能大赛", 16, 19, "ordinal of an edition"),  # its organiser holds it
    ("在会展中心举办的第五届职工技能大赛", 8, 11, "the edition in a name"),   # 的第五届…大赛
    ("颁奖暨第二届“江川工匠年度人物”发布", 3, 6, "the edition in a name"),
])
def test_who_holds_an_edition(text, start, end, why):
    assert numbered_name(text, start, end).startswith(why)


@pytest.mark.parametrize("sentence, figures, doubt", [
    # the first of its kind: an ordinal describing, no rank
    ("这里是第一位江川籍劳动模范的故居，每年接待职工3000人次。", ["3000人次"], "the first of its kind"),
    # a size threshold bounding a population
    ("全县新增工会18家，50人以上企业建会实现应建尽建。", ["18家"], "a size threshold"),
    ("全县新增工会18家，100人以上的企业全部建会。", ["18家"], "a size threshold"),
    # the count of the points listed next
    ("专项行动呈现出4个鲜明特点：一是覆盖广，二是成效实。全省开展服务活动260次。", ["260次"], "the count of the points"),
    # years of the calendar read as a span
    ("2023至2024年，全县举办特色竞赛6场。", ["6场"], "years of the calendar"),
])
def test_numbers_that_name_or_bound_something(base, sentence, figures, doubt):
    draft = _draft(base, "江川职工工作综述\n\n本报讯 " + sentence + "\n")
    assert _obs(draft) == figures
    doubts = [s.fields["doubt"] for s in draft.suggestions if s.kind == "figure"]
    assert len(doubts) == 1 and doubts[0].startswith(doubt)


def test_an_e_paper_index_line_is_a_site_line(base):
    line = "江川工人日报 一版要闻 00001 全省6120人次劳模参与服务 2024-07-16 2 2024年07月16日 星期二"
    assert boilerplate(line) == "time line"
    assert boilerplate("全省6120人次劳模参与服务，2024年07月16日星期二举行。") is None  # a sentence
    text = ("江川工人日报 数字报纸\n\n全省6120人次劳模参与服务\n\n  本报讯 截至7月10日，全省6120人次劳模工匠参与助企服务，"
            "解决问题4310个。\n\n" + line + "\n")
    draft = _draft(base, text)
    assert _obs(draft) == ["6120人次", "4310个"]
    assert [o["time"] for o in draft.annotation["observations"]] == [{"as_of": "2024-07-10", "text": "截至7月10日"}] * 2


def test_times_of_this_year_s_month_a_span_and_a_past_year_end(base):
    draft = _draft(base, "江川园区建会现场会召开\n//www.example.cn2016-10-20 09:10:11来源: 江川日报\n"
                         "10月19日，全省园区建会现场会召开。据统计，截至今年8月，全省96个工业园区中有71个成立工会。\n"
                         "2015至2016年，全省举办园区竞赛12场。\n"
                         "至1996年底，江川省总工会会员人数发展到2.36万人。\n")
    times = {o["value"]: o["time"] for o in draft.annotation["observations"]}
    assert times == {"96个": {"as_of": "2016-08", "text": "截至今年8月"}, "71个": {"as_of": "2016-08", "text": "截至今年8月"},
                     "12场": {"start": "2015", "end": "2016", "text": "2015至2016年"},
                     "2.36万人": {"as_of": "1996-12-31", "text": "至1996年底"}}
    assert "status" not in next(o for o in draft.annotation["observations"] if o["value"] == "2.36万人")


def test_the_full_year_a_then_and_a_change_s_start(base):
    # 全年 in a story of March: the year the story reviews; 当时 after a dated sentence; 从1990年的… → 到现在的…
    draft = _draft(base, "江川打造竞赛升级版\n\n王某 李某   江川工人报   2025-03-11 10:06:32\n\n"
                         "3月8日，记者从江川市工会工作会议上获悉，市总工会将深化产改。\n\n"
                         "近年来，江川各级工会组织职工建功立业，全年完成职业技能培训3万人次，职工提出合理化建议0.8万条。\n\n"
                         "1956年3月5日，江川市总工会正式成立。当时，全市有职工12万余人。\n\n"
                         "江川基层工会组织数量成倍增长，由1990年的2100个基层工会，发展到现在的1.6万个；"
                         "工会会员人数从1990年的31.5万人，增加到目前的160万人。\n")
    times = {o["value"]: o["time"] for o in draft.annotation["observations"]}
    assert times == {"3万人次": {"during": "2024", "text": "全年"}, "0.8万条": {"during": "2024", "text": "全年"},
                     "12万余人": {"as_of": "1956-03-05", "text": "当时"},
                     "2100个": {"during": "1990", "text": "1990年"},
                     "1.6万个": {"as_of": "2025-03-11", "text": "现在"},
                     "31.5万人": {"during": "1990", "text": "从1990年"},
                     "160万人": {"as_of": "2025-03-11", "text": "目前"}}


def test_the_full_year_in_a_story_after_march_is_its_own_year(base):
    draft = _draft(base, "江川职工服务综述\n\n王某   江川工人报   2025-11-20 10:06:32\n\n"
                         "江川市总工会全年开展送温暖活动52场。\n")
    assert [(o["value"], o["time"]) for o in draft.annotation["observations"]] == [("52场", {"during": "2025", "text": "全年"})]


def test_now_on_a_page_that_prints_no_year_is_no_year(base):
    # 目前 on a page of one story with no year anywhere (a dateline of a day only): no year, not TODO
    draft = _draft(base, "原題:臨川市再添3個 全國“職工書屋”\n"
                         "臨川日報6月2日訊(記者 王某):日前,全國總工會投入9萬元,為臨川市3家企業建設了全國“職工書屋”。"
                         "目前,全市共有全國“職工書屋”42個。\n")
    times = {o["value"]: o["time"] for o in draft.annotation["observations"]}
    assert times["42个"] == {"unspecified": True, "text": "目前"}


def test_an_e_paper_s_foot_dates_its_page(base):
    from reformkg.suggest.times import page_date

    foot = "江川工人日报一版要闻00001全省6120人次劳模参与服务2024-07-1622024年07月16日星期二"
    body = "本报讯昨日，座谈会举行。" + "与会人员就推进专项行动进行了交流讨论。" * 20  # the foot beyond the page's head
    assert page_date("江川工人日报数字报纸00001版:一版要闻全省6120人次劳模参与服务" + body + foot) == (
        "2024-07-16", "2024年07月16日星期二")
    assert page_date(body + "2024年07月16日星期二，大会举行。") == (None, "")  # not at the foot
    text = ("江川工人日报 数字报纸\n\n全省6120人次劳模参与服务\n\n  本报讯 昨日，助企服务座谈会举行。截至7月10日，"
            "全省6120人次劳模工匠参与助企服务。\n\n江川工人日报 一版要闻 00001 全省6120人次劳模参与服务 2024-07-16 2 "
            "2024年07月16日 星期二\n")
    draft = _draft(base, text)
    assert {s["date"]["value"] for s in draft.annotation["stories"]} == {"2024-07-16"}


def test_the_same_count_of_the_same_things_printed_again_is_one_fact(base):
    draft = _draft(base, "临川产改综述\n\n本报讯 2024年，临川县累计培育6家产改示范企业。华兴化工、龙腾电子等6家示范企业成为行业标杆。"
                         "32名第二届临川工匠登台领奖，经过层层选拔产生了32名临川工匠。\n"
                         "全县建成职工之家4家，户外劳动者服务站4家。\n")
    assert _obs(draft) == ["6家", "32名", "4家", "4家"]
    doubts = [s.fields["doubt"] for s in draft.suggestions if s.kind == "figure" and "printed again" in s.fields.get("doubt", "")]
    assert len(doubts) == 2 and doubts[0].startswith("the same figure printed again (6家示范企业")
    # a headline's figure printed in the body: the body's is the fact (the headline's is excluded)
    draft = _draft(base, "临川9家企业获评示范单位\n\n本报讯 临川县9家企业获评省级示范单位，涉及职工3000人。\n")
    assert _obs(draft) == ["9家", "3000人"]


def test_the_full_year_of_a_plan_is_no_past_year(base):
    from reformkg.suggest.times import find_times

    assert [t["text"] for _a, _b, t in find_times("全年完成培训4万人次")] == ["全年"]
    assert find_times("全年将培训职工5万人次") == [] and find_times("全年力争培训职工5万人次") == []
