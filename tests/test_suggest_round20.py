"""suggest on the unseen pages of heldout68–153, read again (issue 21, the twentieth round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

import pytest
from test_suggest_round17 import _subjects


def test_a_zone_the_headline_names_after_its_city_is_the_subject(base):
    page = ("烟台市蓝湾新区锻造高素质产业工人队伍\n\n2023-05-10 来源：某某网\n\n"
            "蓝湾新区去年新建职工服务站18家、劳模创新工作室120家，投入资金600余万元。\n\n"
            "该区还举办技能比武50余场次，参赛职工10万人次。\n")
    subjects = _subjects(base, page)
    assert {subjects[v] for v in ("600余万元", "18家", "120家", "50余场次", "10万人次")} == {"烟台市蓝湾新区"}, subjects
    # a headline's city with no zone after it stays the city's
    page = page.replace("烟台市蓝湾新区锻造", "烟台市锻造")
    assert _subjects(base, page)["18家"] != "烟台市蓝湾新区"


def test_a_region_with_level_heading_a_count_is_the_honour_level(base):
    page = ("某市命名一批创新工作室\n\n本报讯 截至2024年底，某某市总工会累计命名市级劳模创新工作室86家，"
            "全国级3家，省级17家。\n")
    subjects = _subjects(base, page)
    assert subjects["3家"] == subjects["17家"] == subjects["86家"] and subjects["3家"] != "全国", subjects


def test_tenths_in_words_are_shares(base):
    from test_suggest_round17 import _observations

    page = ("某工会发布调查\n\n本报讯 2025年，某市总工会的问卷显示，六成职工希望提升学历，接近三成职工参加过夜校，"
            "四成多的职工愿意报名技能课程。\n")
    obs = _observations(base, page)
    assert {"六成", "接近三成", "四成"} <= set(obs), obs


def test_teams_are_counted_but_a_teams_name_is_not(base):
    from test_suggest_round17 import _observations

    page = ("某市举办安全知识竞赛\n\n本报讯 2025年，某市总工会举办安全知识竞赛，机关组18队、企业组26队参加，"
            "市交通工会1队获团体第一。\n")
    obs = _observations(base, page)
    assert {"18队", "26队"} <= set(obs) and "1队" not in obs, obs


def test_departments_known_by_short_names_are_named(base):
    from test_suggest_round12 import _orgs

    page = ("某市总工会开展慰问\n\n本报讯 2025年，某市总工会赠送100台空调。河南省住建厅副厅长董某、"
            "日照市住建委、上海市经信委和安徽省政协副主席李某、南康区政协副主席曹某出席。\n")
    assert {"河南省住建厅", "日照市住建委", "上海市经信委", "安徽省政协", "南康区政协"} <= _orgs(base, page)


def test_the_whole_region_of_a_union_printed_without_its_place(base):
    page = ("自治区工会组建工作综述\n\n本报讯 2021年，自治区总工会推进新就业形态劳动者入会。全区新增会员单位820家，"
            "新入会职工5.6万人。自治区总工会表示，将继续推进这项工作。\n")
    subjects = _subjects(base, page)
    assert subjects["820家"] == subjects["5.6万人"] == "自治区总工会", subjects
    page = ("黔南州总工会召开代表大会\n\n本报讯 2025年3月，黔南州总工会第十次代表大会开幕。全州236名代表出席大会。"
            "黔南州总工会主席作报告。\n")
    assert _subjects(base, page)["236名"] == "黔南州", _subjects(base, page)


def test_a_place_jieba_reads_as_a_number_heads_a_name(base):
    from test_suggest_round12 import _orgs

    page = ("某县技师学院举办开放日\n\n本报讯 2025年，三门技师学院举办技能开放日。"
            "该学院院长介绍，学院每年培训企业职工1500余人。\n")
    assert "三门技师学院" in _orgs(base, page)
    assert _subjects(base, page)["1500余人"] == "三门技师学院"


def test_chief_engineers_and_doctors_are_posts(base):
    from test_suggest_round17 import _posts

    page = ("某市举办职工创新讲堂\n\n本报讯 2025年，市总工会请来某某理工大学博士张晓梅讲授课程，县科技局二级主任科员刘长春到场。"
            "某某钢铁公司首席工程师王建国作交流发言。\n")
    posts = _posts(base, page)
    assert (posts.get("张晓梅"), posts.get("王建国")) == ("博士", "首席工程师") and "刘长春" not in posts, posts


def test_an_oilfields_numbered_plant_is_a_body(base):
    from test_suggest_round12 import _orgs

    page = ("某油田采油二厂工会开展创新活动\n\n本报讯 2024年，华北油田采油二厂工会组织职工开展技术攻关，"
            "采油二厂现有创新工作室9个。\n")
    orgs = _orgs(base, page)
    assert {"华北油田采油二厂工会"} <= orgs, orgs
    assert _subjects(base, page)["9个"] in ("华北油田采油二厂", "华北油田采油二厂工会"), _subjects(base, page)


# whose figures are, each page with the figures that share one subject and that subject
WHOSE = {
    # a city that hosts an event is not 我市; the city heading two of the story's bodies' names is
    "a city hosting an event": (
        "本报讯 10月20日，全省职工技能运动会在长沙国际会展中心闭幕，我市代表队获团体第二。部分项目在长沙集中比赛。"
        "我市派出45名选手参加17个项目，岳阳理工学院张某、岳阳技师学院李某获得一等奖。\n", ("45名", "17个"), "岳阳市"),
    # a clause opened by a word of the discourse keeps the topic of the sentences before
    "此举, 这标志着": (
        "某县总工会开展困难职工帮扶\n\n本报讯 2025年，易门县总工会深入开展困难职工帮扶工作，走访慰问困难职工120户。"
        "此举旨在帮助困难职工渡过难关，共发放慰问金36万元。这标志着帮扶工作进入常态化，全年累计帮扶职工300人次。\n",
        ("36万元", "300人次", "120户"), "易门县总工会"),
    # an autonomous county by its short name; a place that has honoured people, never an honour's level
    "石林县现有各级劳模": (
        "某县评选劳模工匠\n\n本报讯 2023年，县里开展劳模评选。截至目前，石林县现有各级劳模工匠56人，其中，省级9人。\n",
        ("56人", "9人"), "石林彝族自治县"),
}


@pytest.mark.parametrize("case", list(WHOSE))
def test_whose_figures_are(base, case):
    page, figures, whose = WHOSE[case]
    subjects = _subjects(base, page)
    assert {subjects[f] for f in figures} == {whose}, subjects


# the figures a page gives, in page order: each page prints numbers that are no figure beside them
FIGURES = {
    "三成员, 一成不变: no tenths": (
        "某厂组建工会\n\n本报讯 2025年，某厂召开成立大会，三成员单位派员参加，工作一成不变，该厂共有职工300人。\n", ["300人"]),
    "a day of the month, listed or before 由": (
        "某市举办职工技能大赛\n\n本报讯 2025年，某市总工会举办职工技能大赛，共有选手300名参赛。"
        "大赛于4日、5日进行决赛，16日由市总工会组织颁奖。\n", ["300名"]),
    "set phrases and an item's number before a year": (
        "某县总工会工作要点\n\n本报讯 2023年，县总工会确定工作要点。3、2023年春节前走访职工300人。"
        "学员从四面八方赶来，来自五湖四海的选手共120名，发放1000、800、500元奖金。\n", ["300人", "120名", "1000", "800", "500元"]),
    "a bounded date and a comment box": (
        "某市总工会助学\n\n本报讯 2026年，市总工会开展助学活动，申请截止时间不超过2026年9月30日，补助标准为不超过5000元，"
        "共补助学生300名。\n\n来源：某某晚报   我要评论 0人参与，0条评论 快来抢沙发\n", ["不超过5000元", "300名"]),
}


@pytest.mark.parametrize("case", list(FIGURES))
def test_the_figures_a_page_gives(base, case):
    from test_suggest_round17 import _observations

    page, figures = FIGURES[case]
    assert _observations(base, page) == figures
