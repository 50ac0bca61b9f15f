"""suggest on the unseen pages of heldout162–177, read (issue 21, the twenty-second round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round17 import _draft, _observations


def _times(base, page: str) -> dict[str, dict]:
    return {s.text: {k: v for k, v in s.fields["time"].items() if k != "text"}
            for s in _draft(base, page).suggestions if s.kind == "observation"}


def test_a_story_of_migrant_workers_on_a_railway_page_is_in_scope(base):
    page = ("某省务工专列开行\n\n本报讯 2026年2月，某省铁路部门开出务工专列12趟，"
            "输送3000余名务工人员返岗，其中某县有农村劳动力800余人。\n")
    draft = _draft(base, page)
    assert [s["scope"] for s in draft.annotation["stories"]] == ["in"]
    assert {"12趟", "3000余名", "800余人"} <= set(_observations(base, page))


def test_a_firm_of_a_brand_and_a_trade_after_a_verb_is_named_whole(base):
    from test_suggest_round12 import _orgs

    orgs = _orgs(base, "某县工会走访企业\n\n本报讯 2024年5月，县总工会副主席王某走进仙鹤股份有限公司，看望一线职工。\n")
    assert "仙鹤股份有限公司" in orgs, orgs
    # a place, then a brand jieba reads as a verb; an unnamed firm (某): no cut name
    orgs = _orgs(base, "某市工会送清凉\n\n本报讯 2025年7月，市总工会与某市某绿化工程设计有限公司工会为职工送去清凉。\n")
    assert "绿化工程设计有限公司" not in orgs and "绿化工程设计有限公司工会" not in orgs, orgs


def test_a_full_date_opening_the_text_under_its_headline_dates_the_story(base):
    page = ("我省首届职工技能大赛闭幕\n2024年12月30日，某省首届职工技能大赛闭幕。8天时间里，来自全省的15个代表团共500名选手参赛。"
            "同时，大赛将选拔选手参加2025年全国大赛。\n")
    draft = _draft(base, page)
    assert draft.annotation["stories"][0]["date"]["value"] == "2024-12-30"
    time = _times(base, page)["500名"]
    assert time in ({"unspecified": True}, {"on": "2024-12-30"}), time  # never 2025, a later plan's year


def test_last_year_in_the_headline_dates_the_storys_figures(base):
    page = ("去年某省新增农民工会员20万名\n\n来源：某某日报 2018-02-02 07:13\n\n"
            "记者从省总工会获悉，全省新发展工会会员30.5万名，其中新增农民工会员20.1万名。"
            "省总工会下拨100万元开展专项帮扶，走访困难农民工1.2万户。\n")
    times = _times(base, page)
    assert times["30.5万名"] == times["100万元"] == times["1.2万户"] == {"during": "2017"}, times
    # 较去年同期 in a headline is a baseline, not the story's year
    page = page.replace("去年某省新增农民工会员20万名", "某省农民工会员较去年同期增长")
    assert _times(base, page)["30.5万名"] == {"unspecified": True}


def test_a_byline_in_brackets_closing_a_long_story_is_its_bylines(base):
    body = "某市总工会开展网上普惠活动，职工通过平台参加有奖竞猜、培训报名等活动。" * 6
    page = f"某市工会服务职工\n\n本报讯 近日，{body}受到职工群众广泛欢迎。(记者吴某某 通讯员何某某)\n"
    stories = _draft(base, page).annotation["stories"]
    assert stories[0]["byline"] == [{"name": "吴某某", "role": "reporter", "quote": "记者吴某某"},
                                    {"name": "何某某", "role": "correspondent", "quote": "通讯员何某某"}], stories[0].get("byline")
    # a reporter named inside the text is no byline
    page = f"某市工会服务职工\n\n本报讯 近日，{body}记者何某某了解到，职工反响热烈。\n"
    assert "byline" not in _draft(base, page).annotation["stories"][0]


def test_a_campaigns_three_round_numbers_and_a_month_and_a_half_are_no_figures(base):
    page = ("某省工会开展法律帮扶\n\n本报讯 2024年，某省总工会组织百名律师、工会工作者，走进千家企业，服务万名职工。"
            "竞赛历时1个半月，共有12个单位参赛。\n")
    obs = _observations(base, page)
    assert "万名" not in obs and "1个" not in obs and "12个" in obs, obs
    page = "某县工会开展培训\n\n本报讯 2024年，某县总工会培训万名职工。\n"
    assert "万名" in _observations(base, page)  # 万名 alone after a verb: ten thousand


def test_ankang_in_a_slogan_is_no_place(base):
    page = ("工会送清凉 防暑保安康\n\n记者从市总工会获悉，今年“工会送清凉 防暑保安康”活动启动以后，"
            "市总工会在全市96个工会驿站开展活动，为5.6万职工提供服务。\n")
    draft = _draft(base, page)
    subjects = {s.text: s.fields.get("subject_name") for s in draft.suggestions if s.kind == "observation"}
    regions = {s.text for s in draft.suggestions if s.kind == "region"}
    assert "安康" not in regions and "安康" not in subjects.values(), (regions, subjects)


def test_a_sectors_union_federation_and_more_bodies_after_their_level(base):
    from test_suggest_round12 import _orgs

    orgs = _orgs(base, "某市社会组织工联会成立\n\n本报讯 近日，某省石家庄市社会组织工会联合会成立。石家庄市社会组织工联会涵盖社会组织40余家。"
                       "江门市妇联主席林某出席。市总工会联合市公证处、区检察院、市工信委、市信访局开展活动。\n")
    assert {"石家庄市社会组织工联会", "江门市妇联", "市公证处", "区检察院", "市工信委", "市信访局"} <= orgs, orgs
    assert any(o.endswith("石家庄市社会组织工会联合会") for o in orgs), orgs
