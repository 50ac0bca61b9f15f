"""suggest on pages of the eighth round (issue 21): a report of growth from one date to another, a story
opening with 日前 on an event of a year, 零 inside words, hours as 4个多小时, an award's level, a zone's union
with its other name in brackets, a site's publisher line, a day no calendar has,
compound units counted per case (件次, 户次), a person's name before 到现场, trades listed before
等重点企业, a list of ways of innovating before 职工创新工作室, and a Party committee's reform
office. Every sentence is written for these tests, in forms real pages show; none is taken from
a page."""

from reformkg.suggest.drafter import suggest


def _draft(base, text: str):
    vocab, registry = base
    return suggest("crafted.txt", registry, vocab, text=text)


def _obs(base, text: str) -> dict:
    return {s.text: s for s in _draft(base, text).suggestions if s.kind == "observation"}


def _time(s) -> dict | str:
    t = s.fields["time"]
    return t if t == "TODO" else {k: v for k, v in t.items() if k != "text"}


def _kind(base, text: str, kind: str) -> list:
    return [s for s in _draft(base, text).suggestions if s.kind == kind]


GROWTH = ("某乡工会会员大幅增长\n"
          "某乡工会走访企业、举办招聘会，会员数从2021年3月29日的676人增长到2023年3月底的3169人，两年增长了368%。\n"
          "去年，某乡工会共有8项工作受到表彰。\n")


def test_a_growth_report_dates_each_figure_by_its_own_date(base):
    obs = _obs(base, GROWTH)
    assert _time(obs["676人"]) == {"on": "2021-03-29"}  # not since 2021
    assert _time(obs["3169人"]) == {"as_of": "2023-03-31"}  # not a target by 2023
    assert _time(obs["368%"]) == {"as_of": "2023-03-31"}
    # the page prints no date: 去年 counts from the latest date it reports (2023), never from 2021
    assert _time(obs["8项"]) == {"during": "2022"}
    # a date no calendar has (2月30日, 13月) is no date of the report: the draft is made all the same
    bad = _obs(base, GROWTH.replace("2023年3月底", "2023年2月30日"))
    assert _time(bad["3169人"]) != {"on": "2023-02-30"} and _time(bad["676人"]) != {"on": "2021-03-29"}
    assert "3169人" in _obs(base, GROWTH.replace("2023年3月底", "2023年13月底"))


def test_a_planned_growth_is_a_target(base):
    plan = "某市工会会员发展规划发布\n某市总工会提出，将会员数从2023年的5000人增长到2027年的8000人。\n"
    obs = _obs(base, plan)
    assert _time(obs["8000人"]) == {"by": "2027"}
    assert _time(obs["5000人"]) == {"during": "2023"}


def test_cases_and_households_counted_per_visit_are_one_figure(base):
    text = "某市总工会维权工作\n某市总工会妥善解决拖欠农民工工资等信访案件710件次，走访慰问困难职工1200户次。\n"
    assert {"710件次", "1200户次"} <= set(_obs(base, text))
    assert "710件" not in _obs(base, text)


def test_a_name_ends_where_its_owner_goes_somewhere(base):
    text = ("某市举办职工技术运动会\n"
            "某市人大常委会副主任、市总工会主席黄玉生到现场观摩比赛。区总工会主席张明到现场指导，副主席李建国前往企业调研。\n")
    names = [s.fields["name"] for s in _kind(base, text, "post")]
    assert {"黄玉生", "张明", "李建国"} <= set(names)
    assert not {"黄玉", "张明到"} & set(names)


def test_trades_before_等重点企业_and_ways_of_innovating_are_no_bodies(base):
    text = ("南山区工会推进新业态建会\n"
            "南山区总工会突出重点建，聚焦辖区快递物流、网约车等重点企业，推动货拉拉、滴滴、快狗等平台企业建会。"
            "同时构建职工立足岗位全员创新、依托班组团队创新、职工创新工作室引领创新的体系。\n")
    orgs = [s.text for s in _kind(base, text, "organisation")]
    assert not {"快递物流", "网约车", "聚焦辖区快递物流", "创新"} & set(orgs)
    assert {"货拉拉", "滴滴", "快狗"} <= set(orgs)  # firms listed before 等平台企业 still are


def test_a_party_committee_s_reform_office_is_a_body_of_its_own(base):
    text = "洛阳出台产改实施意见\n近日，洛阳市委改革办、洛阳市总工会联合印发实施意见。\n"
    orgs = {s.text: s for s in _kind(base, text, "organisation")}
    assert "洛阳市委改革办" in orgs and "洛阳市委" not in orgs
    assert orgs["洛阳市委改革办"].fields["new"]["name"] == "中共洛阳市委员会全面深化改革委员会办公室"


def test_a_story_opening_with_日前_on_an_event_of_a_year_is_of_that_year(base):
    text = ("某区技工比拼技术\n"
            "日前，某市2022年“技能之星”职业技能竞赛某区选拔赛在某区职教中心拉开帷幕，吸引了400余位职工参赛。\n"
            "去年，某区总工会举办了26场职业技能竞赛。今年某区总工会还将组织开展17场区级竞赛。\n")
    obs = _obs(base, text)
    assert _time(obs["26场"]) == {"during": "2021"} and _time(obs["17场"]) == {"during": "2022"}
    # an event of a year that the first sentence only recalls: no story date from it
    recalled = text.replace("拉开帷幕", "的获奖选手回到岗位")
    assert _time(_obs(base, recalled)["26场"]) == "TODO"


def test_zero_inside_a_word_is_no_figure_and_hours_are_one_unit(base):
    text = ("某区总工会举办职工钳工技能竞赛\n"
            "某区总工会举办职工钳工技能竞赛。在长达4个多小时的比赛中，选手们把毛坯零件加工成精准零件，实现零门槛参赛。"
            "竞赛吸引一千零五名职工参与，上百场次培训同步开展。\n")
    obs = _obs(base, text)
    assert {"4个多小时", "一千零五名", "上百场次"} <= set(obs) and not {"零件", "零门", "4个"} & set(obs)
    assert obs["4个多小时"].fields["unit"] == "hour"


def test_an_award_s_level_is_no_subject(base):
    text = ("某市技能竞赛成果丰硕\n"
            "去年以来，26人勇夺全国一等奖，108人荣获全省一等奖，200余人获得省级以上奖励。\n")
    obs = _obs(base, text)
    assert all(obs[v].fields["subject"] == "TODO" for v in ("26人", "108人", "200余人"))
    assert obs["108人"].fields["subject_name"] != "全国"


def test_a_union_of_a_zone_with_its_other_name_in_brackets_is_one_body(base):
    text = "某市创新大赛落幕\n湖南湘江新区（长沙高新区）总工会等4家单位获评优秀组织单位。\n"
    orgs = [s.text for s in _kind(base, text, "organisation")]
    assert "湖南湘江新区（长沙高新区）总工会" in orgs
    assert _obs(base, text)["4家"].fields["subject"] == "TODO"  # no region read inside the name (湖南)


def test_a_site_s_publisher_and_posting_lines_are_boilerplate():
    from reformkg.suggest.stories import boilerplate
    assert boilerplate("编辑者:某省会议接待服务中心 |") == "editor line"
    assert boilerplate("发布:2025-01-01 19:55:20 |") == "time line"
    assert boilerplate("发布会上，2024年全市完成培训") is None


def test_a_year_named_after_去年_dates_a_story_of_the_year_after(base):
    text = ("某市去年新建基层工会组织181家\n"
            "某市日报讯 近日，某市总工会全委会议召开。记者从会上获悉，去年我市新建基层工会组织181家。\n"
            "去年，全市各级工会全力兑现2024年服务职工10件实事，惠及职工21万人次。\n"
            "今年，市总工会将新建职工之家12家。\n")
    obs = _obs(base, text)
    assert _time(obs["181家"]) == {"during": "2024"} and _time(obs["21万人次"]) == {"during": "2024"}
    assert _time(obs["12家"]) == {"during": "2025"}
    # another year printed elsewhere: which is last year, the annotator decides
    other = text.replace("今年，市总工会将", "2023年，市总工会曾")
    assert _time(_obs(base, other)["181家"]) == "TODO"


def test_a_verb_before_a_district_level_body_is_no_district(base):
    text = "某区总工会发出倡议\n去年，某区总工会新建区级职工培训学院23家，职工培训超过10万人次。\n"
    obs = _obs(base, text)
    assert obs["23家"].fields["subject_name"] != "新建区"
    assert "新建区" not in [s.text for s in _kind(base, text, "region")]


def test_party_committees_and_cppcc_as_printed(base):
    text = ("某市表彰劳动模范\n"
            "国庆节前夕，中共大连市委、市人大常委会、市政府、市政协联合表彰劳动模范151人，市政协委员出席。"
            "劳模工作室建立由1家工作室牵头、多家工作室参与的联盟18个。\n")
    orgs = [s.text for s in _kind(base, text, "organisation")]
    assert {"中共大连市委", "市政协"} <= set(orgs)
    assert not {"大连市委", "牵头"} & set(orgs) and orgs.count("市政协") == 1  # (市政协委员: a member, no body)


def test_a_place_s_short_form_that_is_a_common_word_is_no_place(base):
    text = "某区工会工作\n顺德区总工会全年累计新建会108家，比如某公司，和平区总工会也新建会20家。\n"
    obs = _obs(base, text)
    assert obs["108家"].fields["subject_name"] == "顺德区总工会"
    regions = [s.text for s in _kind(base, text, "region")]
    assert not {"新建", "比如"} & set(regions)
    assert "和平区总工会" in [s.text for s in _kind(base, text, "organisation")]  # (printed whole, still a place)


def test_a_region_heading_an_honour_s_name_is_not_who_holds_it(base):
    text = ("某市工匠人才培育成效显著\n"
            "近年来，芜湖市总工会聚焦工匠培育。截至目前，全市已培育长三角大工匠4人，安徽工匠年度人物6人，安徽工匠24人。\n")
    obs = _obs(base, text)
    assert all(obs[v].fields["subject_name"] != "安徽" for v in ("6人", "24人"))


def test_names_after_posts_a_rarer_surname_and_a_one_character_part(base):
    text = ("某县举办技能大赛\n"
            "县委常委、宣传部长，县总工会主席邸英出席活动并宣布大赛开幕。某区总工会副主席努尔斯曼·周说，全区建会100家。\n")
    names = {s.fields["name"] for s in _kind(base, text, "post")}
    assert {"邸英", "努尔斯曼·周"} <= names and "努尔斯曼·周说" not in names


def test_a_day_no_calendar_has_is_no_date(base):
    text = ("某市总工会召开会议\n2024-03-05 10:00 来源：某市总工会\n"
            "2月30日，某市总工会召开会议，50名职工代表参加。2023年2月30日，全市建会20家。13月5日，全市建会30家。"
            "3月1日，全市建会40家。\n")
    obs = _obs(base, text)
    assert _time(obs["50名"]) == "TODO" and _time(obs["30家"]) == "TODO"
    assert _time(obs["20家"]) == {"during": "2023-02"}  # the month it prints is one
    assert _time(obs["40家"]) == {"on": "2024-03-01"}


def _story_date(base, text: str) -> str:
    return _draft(base, text).annotation["stories"][0]["date"]["value"]


def test_a_page_date_or_dateline_no_calendar_has_dates_no_story(base):
    body = "今年以来，全市建会20家。\n"
    # a page's own date line with a day February never has: no date for the story, not 2024-02-30
    assert _story_date(base, "某市总工会召开会议\n发布时间：2024年2月30日 10:00\n" + body) == "TODO"
    assert _story_date(base, "某市总工会召开会议\n2024年2月30日 09:30 来源：某市总工会\n" + body) == "TODO"
    assert _story_date(base, "某市总工会召开会议\n2024-13-05 10:00 来源：某市总工会\n" + body) == "TODO"
    # a dateline's impossible day gives way to the date the page prints
    dated = "某市总工会召开会议\n2024-03-05 10:00 来源：某市总工会\n新华社合肥{}电 " + body
    assert _story_date(base, dated.format("2月30日")) == "2024-03-05"
    assert _story_date(base, dated.format("2月28日")) == "2024-02-28"
    # a story opening with an impossible day, and the latest date a story prints, read only real days
    assert _story_date(base, "某市总工会召开会议\n2023年2月30日，全市建会20家。\n") != "2023-02-30"
    assert _story_date(base, "某市总工会召开会议\n全市建会20家（2022年5月1日）。2023年4月31日，又建会5家。\n") == "2022-05-01"
