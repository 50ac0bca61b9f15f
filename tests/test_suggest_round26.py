"""suggest on the unseen pages of heldout226–255, read (issue 21, the twenty-sixth round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round12 import _orgs
from test_suggest_round17 import _draft


def test_a_places_team_at_a_contest_and_the_contests_committee_are_bodies(base):
    page = ("某市第二届职业技能大赛落幕\n\n本报讯 2025年7月，某市第二届职业技能大赛闭幕。由多所职业院校选手组成的松江代表队获得8金9银，"
            "昆明市代表团获得金牌5枚，来自全国23支代表队的546名职工参赛。获得决赛第一名的15名选手，由大赛组委会授予称号，市总工会奖励每人2万元。\n")
    orgs = _orgs(base, page)
    assert {"松江代表队", "昆明市代表团", "大赛组委会"} <= orgs, orgs
    assert not any(o.endswith("支代表队") or o == "代表队" for o in orgs), orgs


def test_a_delegations_visit_is_no_contests_team(base):
    page = ("某县职工参观学习\n\n本报讯 2024年5月，宁远县代表团走进某市职工服务中心参观学习，县总工会组织30名职工参加。\n")
    assert "宁远县代表团" not in _orgs(base, page)


def test_a_verb_read_as_a_noun_between_two_bodies_ends_the_name(base):
    page = ("某市技能培训见成效\n\n本报讯 2024年3月，宁德市人社局指导宁德时代新能源科技股份有限公司开展职工技能培训，"
            "累计培训职工2万人次，市总工会为参训职工发放补贴100万元。\n")
    orgs = _orgs(base, page)
    assert {"宁德市人社局", "宁德时代新能源科技股份有限公司"} <= orgs, orgs
    assert not any("指导" in o for o in orgs), orgs


def test_a_name_before_to_the_reporter_is_whole_and_the_reporter_no_name(base):
    from test_suggest_round25 import _bylines
    from test_suggest_round17 import _draft

    page = ("某市安全生产活动\n\n本报讯 2024年5月，菏泽市总工会党组书记、常务副主席周继东向记者介绍，全市职工查出安全隐患5万余项，"
            "提出合理化建议3700余条。\n")
    posts = {(s.fields.get("name"), s.fields.get("post")) for s in _draft(base, page).suggestions if s.kind == "post"}
    assert {n for n, _p in posts} == {"周继东"}, posts
    assert _bylines(base, page) == []


def test_layout_bars_are_no_title_and_the_headline_under_them_gives_no_figure(base):
    from test_suggest_round17 import _draft, _observations

    head = "某省技能人才总量达80万余人!三年行动目标提前完成"
    page = (f"| |\n{head}\n|\n发布时间:2025-01-13 浏览次数:\n|\n{head}\n来源:某某日报客户端\n"
            "近日，某省人社厅发布数据，全省技能人才总量达到80万余人，其中高技能人才25万人，省总工会开展培训3万人次。\n")
    draft = _draft(base, page)
    assert [s["title"] for s in draft.annotation["stories"]][:1] == [head], draft.annotation["stories"]
    values = _observations(base, page)
    assert values.count("80万余人") == 1 and "25万人" in values, values


def test_a_length_of_minutes_in_which_a_game_is_played_is_no_figure(base):
    from test_suggest_round17 import _observations

    page = ("某集团职工趣味运动会\n\n本报讯 2024年5月，某集团工会举办职工趣味运动会，300名职工参加。"
            "比赛规定7分钟时间内投放水球最多的选手为胜，活动将持续30天。\n")
    values = _observations(base, page)
    assert "300名" in values and "7分钟" not in values and "30天" in values, values


def test_a_view_count_of_onlookers_and_a_sites_address_line_are_boilerplate():
    from reformkg.suggest.stories import boilerplate

    assert boilerplate("某某网2025-06-25 07:51:18【综合】0人已围观") == "view count"
    assert boilerplate("地址:某省某市行政中心5幢电话:0879-1234567") == "site furniture"
    assert boilerplate("截至目前，已有3000人围观了职工书画展。") is None  # (a figure of the story)
    assert boilerplate("服务站地址：某区某路18号，职工可就近前往。") is None


def test_union_work_of_a_province_is_its_federations_and_the_provinces(base):
    page = ("辽宁省总工会推进职工服务\n\n本报讯 2024年1月，记者从辽宁省总工会获悉，2023年全省各级工会建成职工驿站784个，"
            "全省技能人才总量达到300万人。\n")
    draft = _draft(base, page)
    subjects = {s.text: s.fields.get("subject") for s in draft.suggestions if s.kind == "observation"}
    assert subjects["784个"] == {"organisation": "liaoning-ftu", "region": "liaoning"}, subjects
    assert subjects["300万人"] == {"region": "liaoning"}, subjects  # (no union in its sentence: the province's)


def test_a_place_heading_an_aid_programme_a_port_group_or_a_park_is_no_subject(base):
    from test_suggest_round17 import _subjects

    page = ("技工学校升格\n\n本报讯 2025年4月，山东援疆先后投入资金6000余万元，帮助某县技工学校建设实训楼，学校工会组织教师培训36人。\n")
    assert _subjects(base, page)["6000余万元"] is None, _subjects(base, page)
    page = ("港口技术比武\n\n本报讯 2024年6月，山东港口青岛港举办第三十二届技术比武，工会组织职工27630人参加。\n")
    assert _subjects(base, page)["27630人"] != "山东", _subjects(base, page)
    page = ("产业园产改\n\n本报讯 2024年，江苏海门叠石桥国际家纺产业园面向园区2500多家企业推进产改，园区工会新建职工之家10个。\n")
    subjects = _subjects(base, page)
    assert subjects["2500多家"] not in ("江苏", "江苏省"), subjects
    page = ("全省产改\n\n本报讯 2024年，江苏省总工会召开会议，江苏产业工人总数达到1500万人。\n")
    assert _subjects(base, page)["1500万人"] in ("江苏", "江苏省"), _subjects(base, page)


def test_a_ministrys_short_name_after_a_preposition_whatever_jieba_cuts(base):
    orgs = _orgs(base, "技能大赛落幕\n\n本报讯 2024年9月，由人社部主办的第二届职业技能大赛落幕，市总工会组织20名选手参赛。\n")
    assert "人社部" in orgs, orgs
    assert "人社部门" not in _orgs(base, "技能培训\n\n本报讯 2024年9月，市总工会与人社部门联合开展培训，培训职工200名。\n")


def test_courts_and_departments_a_union_works_with_are_bodies(base):
    orgs = _orgs(base, "劳动争议调解\n\n本报讯 2024年，某县总工会加强与法院、工信局的联动，加强与司法局合作，"
                       "劳动争议同比减少了30%。区法院、区司法局有关负责人出席，服务职工200人次。\n")
    assert {"法院", "工信局", "司法局", "区法院", "区司法局"} <= orgs, orgs


def test_editors_credited_with_a_bar_a_spaced_name_a_long_name_or_over_the_headline(base):
    from test_suggest_round25 import _bylines

    body = "2024年5月，某市总工会为一线职工发放慰问金100万元，覆盖职工3000人，开展送清凉活动20场。" * 4
    page = f"某市总工会送清凉\n\n{body}\n\n编辑丨徐 婉\n校对丨王某某\n终审丨石某某\n"
    assert _bylines(base, page) == [("徐婉", "editor"), ("王某某", "editor"), ("石某某", "editor")]
    page = f"某市总工会送清凉\n\n{body}\n\n责任编辑:格桑卓玛    \n"
    assert _bylines(base, page) == [("格桑卓玛", "editor")]
    page = f"初审编辑:\n责任编辑:孙某\n\n某市总工会送清凉\n\n{body}\n"
    assert _bylines(base, page) == [("孙某", "editor")]


def test_a_news_hotline_is_the_sites_line():
    from reformkg.suggest.stories import boilerplate

    assert boilerplate("新闻热线 0891-1234567") == "site furniture"
    assert boilerplate("市总工会开通职工服务热线，接听来电1200个。") is None


def test_since_the_year_a_body_with_a_long_name_was_set_up(base):
    from test_suggest_round14 import _times

    times = _times(base, "职工互助保障\n\n本报讯 据了解，自2013年职工医疗互助保障互济会成立以来，已入会会员3.2万余人，"
                         "工会救助职工620多人。\n")
    assert (times["3.2万余人"] or {}).get("since") == "2013", times


def test_a_value_a_change_reached_at_a_past_years_end_is_no_target(base):
    import json

    def obs(text):
        return {o["value"]: (o.get("status"), o["time"]) for o in json.loads(_draft(base, text).to_json())["annotation"]["observations"]}

    got = obs("某省技能人才稳步增长\n\n中国某某网1月20日讯 全省的技能劳动者、高技能人才数量涨幅显著，分别由2010年底的100万人、21.1万人，"
              "增加到2015年底的130万人、33万人，省总工会表示将继续推进。\n")
    assert got["130万人"] == (None, {"as_of": "2015-12-31", "text": "到2015年底"}), got
    got = obs("某省技能人才\n\n本报讯 2024年，省总工会计划将全省高技能人才由2023年底的30万人增加到2027年底的50万人。\n")
    assert got["50万人"] == ("target", {"by": "2027", "text": "到2027年底"}), got


def test_a_telephone_number_before_a_measure_word_is_no_figure(base):
    from test_suggest_round17 import _observations

    values = _observations(base, "某市总工会服务职工\n\n本报讯 2024年，电信用户发送短信SD到106597009首页查询，市总工会服务职工3000人。\n")
    assert "3000人" in values and not any(v.startswith("106597009") for v in values), values


def test_a_sentence_opening_with_among_them_takes_the_subject_of_the_figure_before(base):
    from test_suggest_round17 import _subjects

    page = ("率先探路技能人才股权激励机制 台州千名技术工人成股东\n2022年03月18日 来源: 某某在线 记者 王某某\n\n"
            " 编者按:高质量发展建设共同富裕示范区，是新时代新征程上浙江的使命担当。本报今起推出专栏，聚焦技术工人成长。\n\n"
            "“打工者变成合伙人，干劲更足了。”扎根一线21年，机加工技师陶伟迎来人生重大转折。3月17日，"
            "他所在的浙江恒信精工科技股份有限公司发布公告，向124名激励对象授予股票期权。其中优秀技术工人39人，配股152万份，"
            "激励对象中技术工人占比相对去年提升了4.5个百分点，公司工会全程参与。\n")
    subjects = _subjects(base, page)
    assert subjects["124名"] == subjects["39人"] == subjects["152万份"] == "浙江恒信精工科技股份有限公司", subjects


def test_this_group_points_to_the_one_group_named_before_and_a_groups_safety_department(base):
    from test_suggest_round17 import _subjects

    page = ("安康杯竞赛\n\n本报讯 记者近日从北京金隅集团工会了解到，为提升职工安全意识，自2021年“安康杯”竞赛活动启动以来，"
            "该集团工会联合有关部门深入开展群众性安全生产活动。全年累计组织开展活动320余次，收到合理化建议4200余项。\n")
    assert _subjects(base, page)["320余次"] == "北京金隅集团工会", _subjects(base, page)
    page = ("煤矿班组建设\n\n本报讯 2024年5月，省总工会调研组来到东山煤电集团南岭矿，看望一线矿工。该矿两名班组长获评省劳动模范，"
            "矿工会表示祝贺。\n")
    assert _subjects(base, page)["两名"] == "东山煤电集团南岭矿", _subjects(base, page)
    orgs = _orgs(base, "安康杯竞赛\n\n本报讯 2024年，某集团工会工作部联合安全与应急管理部开展“安康杯”竞赛活动320余次。\n")
    assert "应急管理部" not in orgs, orgs


def test_a_firms_short_name_after_from_heads_its_union(base):
    orgs = _orgs(base, "安康杯竞赛\n\n本报讯（记者 陈某 通讯员 袁某）记者近日从金隅集团工会了解到，全年开展安全活动320余次。\n")
    assert "金隅集团工会" in orgs, orgs


def test_this_union_after_two_unions_is_the_last_one_named_in_its_paragraph(base):
    from test_suggest_round17 import _subjects

    page = ("家政职工找到娘家人\n\n2018年，全国总工会提出推动八大群体建会入会。而在太原市，家政服务员入会一直是太原市家政服务行业工会联合会"
            "工作的重中之重。\n\n因此，自2020年开始，该工会推行走访助力建会，建立了100个企业工会“宣传角”，吸纳职工入会一万余人。\n")
    subjects = _subjects(base, page)
    assert subjects["100个"] == "太原市家政服务行业工会联合会", subjects


def test_the_one_posting_date_a_page_prints_under_its_text_dates_the_story(base):
    import json

    page = ("某省劳务派遣工加入工会\n4日，记者从省总工会获悉，今年“工会组建月”期间，我省各级工会重点解决劳务派遣工入会问题，"
            "截至目前已有8万余名劳务派遣工加入工会。组建月期间，全省新增建会企业5491个，新发展会员10万余人。"
            + "各级工会深入企业宣传入会政策，帮助职工解决实际困难，推动劳务派遣单位和用工单位依法建立工会组织。" * 4
            + "\n發(fā)布日期:2012-09-05\n")
    draft = json.loads(_draft(base, page).to_json())["annotation"]
    assert draft["stories"][0]["date"]["value"].startswith("2012-09"), draft["stories"][0]["date"]
    assert {o["value"]: o["time"] for o in draft["observations"]}["8万余名"].get("as_of", "").startswith("2012-09"), draft["observations"]


def test_a_province_heading_a_sites_name_in_its_breadcrumb_is_no_region(base):
    from test_suggest_round17 import _draft

    page = "您当前的位置 : 浙江在线  >  台州频道 > 新闻\n某市总工会送清凉\n\n本报讯 2024年7月，台州市总工会为一线职工送清凉，服务职工200人。\n"
    regions = {s.text for s in _draft(base, page).suggestions if s.kind == "region"}
    assert "浙江" not in regions and "台州市" in regions, regions
