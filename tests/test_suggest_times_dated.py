"""suggest: the times of figures in a story the page dates (its site line, its dateline, the
day it opens with), and relative phrases against that date (issue 21). Every sentence is
written for these tests, in forms real pages show; none is taken from a page."""

import pytest

from reformkg.suggest.drafter import suggest
from reformkg.suggest.times import find_times, page_date, resolve, story_date


def _times(base, text: str) -> dict[str, dict | str]:
    vocab, registry = base
    draft = suggest("crafted.txt", registry, vocab, text=text)
    return {s.text: s.fields["time"] if s.fields["time"] == "TODO" else {k: v for k, v in s.fields["time"].items() if k != "text"}
            for s in draft.suggestions if s.kind == "observation"}


def _rules(base, text: str) -> dict[str, str]:
    vocab, registry = base
    draft = suggest("crafted.txt", registry, vocab, text=text)
    return {s.text: s.fields["time_rule"] for s in draft.suggestions if s.kind == "observation"}


MEETING = ("某市召开创新工作室建设推进会\n"
           "2023-08-24 10:12 来源：某市总工会\n"
           "4月27日，某市召开劳模和工匠人才创新工作室建设推进会。市总工会主席李明出席会议并讲话。\n"
           "会议指出，全市已建成劳模创新工作室126家，其中省级示范工作室18家。各级工会开展职工技能培训3.2万人次，"
           "组织劳动竞赛45场。全市现有高技能人才3.5万人。\n"
           "会议要求，各级工会要进一步发挥工作室作用。\n")


def test_figures_with_no_phrase_in_a_story_the_page_dates_are_of_its_date(base):
    times = _times(base, MEETING)
    # a total that stands (已建成, 现有): at the story's date; the year's work: of its year
    assert times == {"126家": {"as_of": "2023-08-24"}, "18家": {"as_of": "2023-08-24"},
                     "3.2万人次": {"during": "2023"}, "45场": {"during": "2023"}, "3.5万人": {"as_of": "2023-08-24"}}
    rules = _rules(base, MEETING)
    assert rules["126家"] == ("a total (已建成) with no time phrase in a story the page dates 2023-08-24: "
                             "the total at the story's date")
    assert rules["45场"] == ("no time phrase near it in a story the page dates 2023-08-24, no other year before it: "
                            "a figure of that year")


def test_the_day_a_dated_story_opens_with_dates_its_paragraph(base):
    text = MEETING.replace("市总工会主席李明出席会议并讲话。\n会议指出，", "会议指出，")
    times = _times(base, text)
    assert times["126家"] == {"on": "2023-04-27"} and times["3.2万人次"] == {"on": "2023-04-27"}


def test_a_dated_story_reviewing_another_year_dates_its_figures_by_that_year(base):
    # 2022年，… opening a paragraph of a story of 2023-03-02: a review of 2022, its figures of 2022
    text = ("某县总工会召开全委会议\n发布时间：2023/03/02\n"
            "2月28日，某县总工会召开十届三次全委会议。\n"
            "2022年，某县总工会围绕中心工作，扎实推进各项工作。\n"
            "全县各级工会开展职工技能培训860场。\n")
    assert page_date("某县总工会工作综述发布时间：2023/03/022022年，某县总工会")[0] == "2023-03-02"
    assert _times(base, text) == {"860场": {"during": "2022"}}
    # another year before it, not a review's (an event's month): the story's year or that one? TODO
    text = text.replace("2022年，某县总工会围绕中心工作，扎实推进各项工作。", "某县总工会于2019年5月启动技能提升行动。")
    assert _times(base, text) == {"860场": "TODO"}
    assert _rules(base, text)["860场"] == ("no time phrase near it in a story the page dates 2023-03-02, which prints "
                                           "2019年5月 before it: the story's year or that one, check")


def test_a_dated_story_with_no_day_in_its_lead_dates_only_what_stands(base):
    # 本报讯 近日，…: no event of a day reported; the work reported is the report's, no year, but
    # what stands now (已建成, 现有) stands at the page's date
    text = MEETING.replace("4月27日，", "近日，")
    assert _times(base, text) == {"126家": {"as_of": "2023-08-24"}, "18家": {"unspecified": True},
                                  "3.2万人次": {"unspecified": True}, "45场": {"unspecified": True},
                                  "3.5万人": {"as_of": "2023-08-24"}}
    # no page date: nothing
    assert _times(base, text.replace("2023-08-24 10:12 ", ""))["126家"] == {"unspecified": True}


def test_a_story_dated_only_by_the_latest_year_it_prints_keeps_no_year(base):
    # a newspaper page with no date of its own: the years it prints are of events, not of the report
    text = ("某县推进产业工人队伍建设改革\n"
            "本报讯 全县各级工会开展职工技能培训860场。\n"
            "某县总工会曾于2021年获评全国模范职工之家。\n")
    vocab, registry = base
    assert suggest("crafted.txt", registry, vocab, text=text).annotation["stories"][0]["date"]["value"] == "2021"
    assert _times(base, text) == {"860场": {"unspecified": True}}


def test_a_day_first_site_line_dates_the_page_and_the_day_after_its_clock(base):
    text = ("某市总工会举办创新工作室研修班\n\n16.12.2016  20:17\n\n"
            "  12月12日至14日，某市总工会在工会学院举办研修班。52位工作室领衔人参加了研修培训。\n")
    assert page_date("某市总工会举办创新工作室研修班16.12.201620:17")[0] == "2016-12-16"
    assert [t for _a, _b, t in find_times("16.12.201620:1712月12日至14日，")] == [
        {"on": "2016-12-16", "text": "16.12.2016"}, {"relative": "on", "month": 12, "day": 12, "text": "12月12日至14日"}]
    assert _times(base, text) == {"52位": {"on": "2016-12-12"}}
    # no clock after it: a number, not a date
    assert find_times("增长1.12.2016") == [] and page_date("31.02.2016 10:00")[0] is None


def test_half_years_and_quarters_with_no_year_are_of_the_story_year(base):
    text = ("某区总工会上半年工作亮点\n2024-07-15 09:30 来源：某区总工会\n"
            "上半年，全区新增工会会员2300人。一季度，全区开展培训12场。下半年，全区计划开展竞赛20场。\n")
    assert _times(base, text) == {"2300人": {"during": "2024"}, "12场": {"during": "2024"}, "20场": {"during": "2024"}}
    # 下半年 in a story of March: the year before's
    t = next(t for _a, _b, t in find_times("下半年，全区开展竞赛20场") if t["text"] == "下半年")
    assert resolve(t, "2024-03-05")[0] == {"during": "2023", "text": "下半年"}
    assert resolve(t, "2024")[0] == {"during": "2024", "text": "下半年"}
    # 2024年上半年: the year printed decides, no relative phrase
    assert [t["text"] for _a, _b, t in find_times("2024年上半年，")] == ["2024年"]


def test_past_n_years_is_a_period_up_to_the_story_date_and_no_figure(base):
    text = ("某市劳模创新工作室建设成效明显\n2016-12-16 20:17 来源：某市总工会\n"
            "过去五年间，市总工会命名了五批共130个市级工作室，今年又有50个工作室获得命名。\n")
    assert _times(base, text) == {"五批": {"since": "2011"}, "130个": {"since": "2011"}, "50个": {"during": "2016"}}
    # 过去一年 stays one year, during
    assert [t for _a, _b, t in find_times("过去一年，")] == [
        {"relative": "during", "years_back": 1, "text": "过去一年"}]


def test_a_dateline_or_a_bracketed_byline_before_the_day_still_opens_the_lead(base):
    text = ("某县举行职工技能大赛颁奖仪式\n发布时间：2022/04/28\n"
            "本网讯（记者 王红）4月26日，某县总工会举行职工技能大赛颁奖仪式。\n"
            "本次大赛共有320名选手参赛。全县已建成技能人才培训基地12个。\n")
    assert _times(base, text) == {"320名": {"as_of": "2022-04-28"}, "12个": {"as_of": "2022-04-28"}}
    text = ("某省召开产业工人队伍建设改革推进会\n2022-05-12 08:30 来源：某某网\n"
            "新华社合肥5月11日电 某省11日召开产业工人队伍建设改革推进会。\n"
            "全省开展职工技能培训12万人次。\n")
    assert _times(base, text) == {"12万人次": {"during": "2022"}}


def test_a_page_date_after_long_menus_needs_a_label_or_a_clock():
    menus = "首页新闻中心工会动态基层风采劳模风采维权服务" * 20
    assert page_date(menus + "某市召开推进会发布时间：2023-08-24 10:12来源：某市总工会")[0] == "2023-08-24"
    assert page_date(menus + "某市召开推进会2023年8月24日10:12来源：某市总工会")[0] == "2023-08-24"
    # a date in the text far from the head, with neither: no page date (活动时间 is an event's)
    assert page_date(menus + "活动时间：2023年5月1日") == (None, "")
    assert page_date(menus + "2023-08-24来源：某市总工会") == (None, "")


def test_a_story_below_the_first_takes_the_date_of_its_own_site_line():
    first = "某县召开职代会" + "。会议审议了工作报告" * 50 + "。"
    second = "某市表彰劳模发布时间：2021-03-05 09:00 来源：某市总工会3月4日，某市召开劳模表彰大会。"
    compact = "发布时间：2020-01-02 08:00" + first + second
    lo = compact.index("某市表彰")
    assert story_date(compact, lo, len(compact))[0]["value"] == "2021-03-05"
    assert story_date(compact, 0, lo)[0]["value"] == "2020-01-02"


def test_a_baseline_alone_in_a_story_of_a_days_event_leaves_the_story_year(base):
    text = ("某县总工会举行职工技能大赛颁奖仪式\n发布时间：2022/04/28\n"
            "本网讯 4月26日，某县总工会举行职工技能大赛颁奖仪式。\n"
            "全县职工收入较2017年增长35%。全县技能人才总量比2017年增加1.2万人。\n")
    assert _times(base, text) == {"35%": {"during": "2022"}, "1.2万人": {"as_of": "2022-04-28"}}
    assert _rules(base, text)["35%"].startswith("baseline year of a comparison (较2017年), not the period; ")
    # with no day's event in its lead: TODO, as before
    assert _times(base, text.replace("4月26日，", "近日，")) == {"35%": "TODO", "1.2万人": "TODO"}


def test_a_bare_day_before_an_act_is_a_date_of_the_story_month_not_a_figure(base):
    text = ("某区引导职工技能成才\n2022年06月09日09:44  来源：某某网\n"
            "某区总工会主席王红8日介绍，全区今年开展技能竞赛36场。\n")
    vocab, registry = base
    draft = suggest("crafted.txt", registry, vocab, text=text)
    assert [s.text for s in draft.suggestions if s.kind == "observation"] == ["36场"]
    assert [x["text"] for x in draft.annotation["figures_excluded"]] == ["8日"]
    t = next(t for _a, _b, t in find_times("王红8日介绍，") if t["text"] == "8日")
    assert resolve(t, "2022-06-09")[0] == {"on": "2022-06-08", "text": "8日"}
    assert resolve(t, "2022-07-03")[0] == {"on": "2022-06-08", "text": "8日"}  # later than the story's day: last month's
    assert resolve(t, "2022")[0] is None
    # a count of days stays a figure (培训8日, 5月8日 a date of its own)
    assert [x["text"] for _a, _b, x in find_times("集中培训8日，5月8日上午召开")] == ["5月8日"]


def test_a_plan_within_a_five_year_period_is_a_target_for_its_end(base):
    text = ("某区引导职工技能成才\n2022年06月09日09:44  来源：某某网\n"
            "某区总工会介绍，“十四五”期间计划选树300名“某区工匠”。“十四五”期间，全区培训职工5万人次。\n")
    assert _times(base, text) == {"300名": {"by": "2025"}, "5万人次": {"start": "2021", "end": "2025"}}
    vocab, registry = base
    obs = suggest("crafted.txt", registry, vocab, text=text).annotation["observations"]
    assert [o.get("status") for o in obs] == ["target", None]


def test_a_paragraph_opening_with_a_year_and_its_quarter_is_the_year_reviewed(base):
    # no date on the page; 2025年一季度，… opens a paragraph: the figures after it are of 2025
    text = ("某市产业工会召开年度工作会议\n"
            "“今天的年会，是对工会工作的再部署。”3月10日，某市产业工会2025年度工作会议上，某集团工会主席王红如是说。\n"
            "2025年一季度，全市工会系统积极主动作为。\n"
            "强化创新引领\n"
            "持续深化职工技术创新，支持企业创建创新工作室12个。\n")
    assert _times(base, text) == {"12个": {"during": "2025"}}


def test_a_story_the_page_dates_has_its_figures_as_of_that_date(base):
    text = ("【江川】江川逾85%外企已组建工会\n| 编辑: 王红 | 时间: 2015-03-12 10:21:07 | 来源: 某某网 |\n"
            "记者从江川省总工会获悉，目前江川省共有外企4200家，已有3600家组建了工会。\n")
    # (逾85%: the headline's own figure, not in the text: a figure to check, no observation)
    assert _times(base, text) == {"4200家": {"as_of": "2015-03-12"}, "3600家": {"as_of": "2015-03-12"}}


COUNTY = ("某省某县召开劳模工匠创新工作推进会\n2023-08-24 10:12 来源：某县融媒体中心\n"
          "某省某市某某县总工会4月27日召开劳模和工匠人才创新工作室建设推进会议。\n"
          "会议指出，去年全县新建创新工作室12家。全县现有劳模创新工作室48家，今年以来开展技能培训3.2万人次。\n"
          "会议强调，到2025年，全县将建成创新工作室60家。\n"
          "全县职工书屋达到36家。\n")


def test_a_day_a_little_into_the_lead_and_phrases_dating_only_their_sentence(base):
    times = _times(base, COUNTY)
    assert times == {"12家": {"during": "2022"}, "48家": {"as_of": "2023-08-24"}, "3.2万人次": {"since": "2023"},
                     "60家": {"by": "2025"}, "36家": {"during": "2023"}}
    assert _rules(base, COUNTY)["48家"] == ("a total that stands (现有) in a sentence after 去年, which opens the "
                                           "paragraph: the total at the story's date 2023-08-24")
    # 27日上午 opening the lead: a day of the story's month
    text = ("某市总工会召开全委会\n2023-08-24 10:12 来源：某市总工会\n27日上午，某市总工会召开十届三次全委会议。\n"
            "全市已建立工会组织1.2万个。\n")
    assert _times(base, text) == {"1.2万个": {"as_of": "2023-08-24"}}


def test_months_with_no_year_are_of_the_story_year_and_months_are_no_figure(base):
    text = ("某市召开创新工作室建设推进会\n2023-08-24 10:12 来源：某市总工会\n"
            "8月22日，某市召开劳模和工匠人才创新工作室建设推进会。\n"
            "1-7月，全市开展培训120场。\n7月份，全市举办竞赛8场。\n"
            "截至7月底，全市建成职工之家45个。4至6月，全市慰问职工300户。今年前7个月，全市帮扶职工1200户。\n")
    assert _times(base, text) == {"120场": {"during": "2023"}, "8场": {"during": "2023-07"}, "45个": {"as_of": "2023-07"},
                                  "300户": {"during": "2023"}, "1200户": {"during": "2023"}}
    t = next(t for _a, _b, t in find_times("12月，全市举办竞赛8场") if t["text"] == "12月")
    assert resolve(t, "2024-01-05")[0] == {"during": "2023-12", "text": "12月"}
    # with a year, or a day after it: not these
    assert [x["text"] for _a, _b, x in find_times("2023年1-7月，4月27日至28日，")] == ["2023年", "4月27日至28日"]
    # no date on the page: no year
    assert _times(base, "工会新闻\n\n本报讯 7月份，市总工会组织职工竞赛8场。\n") == {"8场": {"unspecified": True}}


def test_eight_digit_dates_after_a_page_label():
    assert page_date("某市召开推进会发布时间：20230824来源：某网")[0] == "2023-08-24"
    assert page_date("某市召开推进会发布时间：2023082410:12")[0] == "2023-08-24"
    assert page_date("某市召开推进会日期:20231345") == (None, "")  # no month 13
    assert page_date("全市培训职工20230824人次") == (None, "")  # no label: a number


def test_a_total_that_stands_after_recent_years_opening_its_paragraph(base):
    text = ("某市召开创新工作室建设推进会\n2023-08-24 10:12 来源：某市总工会\n"
            "4月27日，某市召开劳模和工匠人才创新工作室建设推进会。\n"
            "会议指出，近年来，全市劳模创新工作室建设成效明显。全市已建成工作室126家。\n"
            "近年来，全市工会开展职工培训2.6万人次。\n")
    assert _times(base, text) == {"126家": {"as_of": "2023-08-24"}, "2.6万人次": {"unspecified": True}}


def test_a_day_inside_a_paragraph_of_a_dated_event_story_and_an_outlet_after_a_site_line(base):
    text = ("某县召开劳模创新工作推进会\n2023-08-24 10:12 来源：某县融媒体中心\n"
            "4月27日，某县总工会召开劳模创新工作室建设推进会。\n"
            "会上，县总工会通报了全县工作室建设情况，并为5月1日前命名的工作室授牌。全县已建成劳模创新工作室26家。"
            "各工作室开展技术攻关36项。\n")
    assert _times(base, text) == {"26家": {"as_of": "2023-08-24"}, "36项": {"during": "2023"}}
    # 本网讯 after the headline and a long site line: a dateline all the same, its day opens the paragraph
    text = ("某某县举行职工技能大赛颁奖仪式\n【发布时间：2022-04-28】【来源：某某县总工会】\n"
            "本网讯（通讯员 王红）4月26日上午，某某县职工技能大赛颁奖仪式在县工人文化宫举行。"
            "本届大赛共设8个工种，吸引320名职工参赛。\n")
    assert _times(base, text) == {"8个": {"on": "2022-04-26"}, "320名": {"on": "2022-04-26"}}


def test_a_papers_date_with_its_weekday_dates_the_page():
    assert page_date("某某日报2023年8月24日星期四第3版")[0] == "2023-08-24"
    assert page_date("2023年8月24日 周四".replace(" ", ""))[0] == "2023-08-24"
    assert page_date("2023年8月24日召开") == (None, "")  # an event's day, not the page's
    # a related story's date in the links below the text is not the page's
    assert page_date("首页新闻中心" * 60 + "全市开展培训120场。相关新闻某某会议召开2025-11-10 10:12".replace(" ", "")) == (None, "")


def test_next_year_is_the_year_after_the_story(base):
    text = ("某市总工会召开全委会议\n发布日期：2023年12月20日\n"
            "12月18日，某市总工会召开十届五次全委会议。会议提出，明年全市将新建职工书屋20家。\n")
    assert _times(base, text) == {"20家": {"during": "2024"}}


def test_since_the_start_of_the_year_without_this_year(base):
    assert [t for _a, _b, t in find_times("年初以来，全市")] == [{"relative": "since", "years_back": 0, "text": "年初以来"}]
    assert [t["text"] for _a, _b, t in find_times("今年年初以来，")] == ["今年年初以来"]
    assert [t for _a, _b, t in find_times("2023年初以来，")] == [{"during": "2023", "text": "2023年"}]
    text = ("某市召开推进会\n2023-08-24 10:12 来源：某市总工会\n8月22日，某市总工会召开推进会。年初以来，全市工会开展培训36场。\n")
    assert _times(base, text) == {"36场": {"since": "2023"}}


def test_a_day_reported_after_the_turn_of_the_year_is_last_years(base):
    text = ("某市总工会召开全委会议\n发布时间：2024-01-05 10:12\n"
            "12月28日，某市总工会召开十届五次全委会议。全市新建职工之家36个。\n"
            "会议指出，全市已建成劳模创新工作室126家。各级工会开展培训3.2万人次。\n")
    # the day: last December's; the figures after it: of that year or the page's? TODO, not a guess
    assert _times(base, text) == {"36个": {"on": "2023-12-28"}, "126家": "TODO", "3.2万人次": "TODO"}
    compact = "某省召开推进会发布时间：2024-01-0510:12新华社合肥12月28日电某省召开产业工人队伍建设改革推进会。"
    assert story_date(compact, 0, len(compact))[0]["value"] == "2023-12-28"


def test_what_stands_now_after_another_years_paragraph_is_of_the_story_date(base):
    text = ("某省总工会召开推进会\n2023年08月24日 10:12 | 来源：某某网\n"
            "本报讯（记者 王红）8月22日，某省总工会召开产业工人队伍建设改革推进会。\n"
            "去年，全省新增高技能人才6.8万人。\n全省现有省级职工技能实训基地120个，开展培训86万人次。\n")
    assert _times(base, text) == {"6.8万人": {"during": "2022"}, "120个": {"as_of": "2023-08-24"}, "86万人次": "TODO"}


def test_an_address_printed_at_the_head_dates_the_page():
    assert page_date("http://www.example.cn/n1/2023/0824/c67502-1.html某省召开推进会")[0] == "2023-08-24"
    assert page_date("www.example.org/xwzx/202503/t20250311_4819747.html某市召开推进会")[0] == "2025-03-11"
    assert page_date("www.example.com/qhyw/2023-08-24/36897.html某县召开推进会")[0] == "2023-08-24"
    assert page_date("全市培训2023/0824人次") == (None, "")  # no address around it


@pytest.mark.parametrize("text", [MEETING, COUNTY])
def test_traditional_and_full_width_copies_get_the_same_times(base, text):
    import opencc
    from reformkg.suggest.normalise import normalise

    def folded(t: str) -> dict:
        return {normalise(k): v for k, v in _times(base, t).items()}

    plain = folded(text)
    full = text.translate({c: c + 0xFEE0 for c in map(ord, "0123456789-:.%")})
    assert folded(opencc.OpenCC("s2t").convert(text)) == plain
    assert folded(full) == plain


def test_work_reported_early_in_the_year_is_left_to_check(base):
    text = ("某市总工会召开全委会议\n发布日期：2024年01月18日\n"
            "1月16日，某市总工会召开十届五次全委会议。\n"
            "会议指出，全市各级工会新建会员之家36个，帮扶困难职工2100户。全市现有工会会员45万人。\n")
    assert _times(base, text) == {"36个": "TODO", "2100户": "TODO", "45万人": {"as_of": "2024-01-18"}}
