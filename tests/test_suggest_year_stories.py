"""suggest on pages of the seventh round (issue 21): a story whose every date is in one year,
sectoral unions of a city named whole (…工会联合会), and a web page's image file name and player
buttons above the headline. Every sentence is written for these tests, in forms real pages show;
none is taken from a page."""

from reformkg.suggest.drafter import suggest
from reformkg.suggest.stories import boilerplate


def _draft(base, text: str):
    vocab, registry = base
    return suggest("crafted.txt", registry, vocab, text=text)


def _times(base, text: str) -> dict[str, dict | str]:
    return {s.text: s.fields["time"] if s.fields["time"] == "TODO" else {k: v for k, v in s.fields["time"].items() if k != "text"}
            for s in _draft(base, text).suggestions if s.kind == "observation"}


YEAR_REVIEW = ("某省推进产改工作取得新进展\n"
               "6月3日，某省产改协调小组召开会议，通报2024年全省产改工作情况。\n"
               "某省总工会牵头抓总，去年以来，共召开全省产改推进会3次。\n"
               "此外，某省总工会聚焦重点产业，2024年共组织劳动竞赛4200个。广泛开展群众性技术创新活动，"
               "发动860家企业参与，参与职工21万人次。\n")


def test_figures_after_the_one_year_a_story_gives_are_of_that_year(base):
    times = _times(base, YEAR_REVIEW)
    assert times["4200个"] == {"during": "2024"}
    # the next sentence prints no phrase: every date before it is in 2024, the story prints none of its own
    assert times["860家"] == {"during": "2024"} and times["21万人次"] == {"during": "2024"}
    rule = next(s.fields["time_rule"] for s in _draft(base, YEAR_REVIEW).suggestions if s.text == "860家")
    assert rule.startswith("no time phrase in the sentence; every date the story gives before it") and rule.endswith("is in 2024: a figure of 2024")


def test_a_total_that_stands_after_the_one_year_has_no_year(base):
    # 2024年…。现有…: what stands at a date the page does not give; the story's year is not it
    text = YEAR_REVIEW.replace("发动860家企业参与", "全省现有职工书屋860家")
    times = _times(base, text)
    assert times["860家"] == {"unspecified": True} and times["4200个"] == {"during": "2024"}


def test_another_year_or_a_period_on_the_way_leaves_the_figure_to_the_annotator(base):
    other = YEAR_REVIEW.replace("共召开全省产改推进会3次。", "共召开全省产改推进会3次，2023年评选工匠50名。")
    assert _times(base, other)["860家"] == "TODO"
    period = YEAR_REVIEW.replace("去年以来", "2020年以来")
    assert _times(base, period)["860家"] == "TODO"
    # a story the page dates in another year: the year of its date may be the figure's, TODO
    dated = YEAR_REVIEW.replace("6月3日，", "2025-06-03 来源：某省总工会\n6月3日，", 1)
    assert _times(base, dated)["860家"] != {"during": "2024"}


def _texts(base, text: str, kind: str) -> list[str]:
    """What the draft proposes of one kind, in page order, as printed."""
    return [s.text for s in _draft(base, text).suggestions if s.kind == kind]


def _orgs(base, text: str) -> list[str]:
    return _texts(base, text, "organisation")


def _figures(base, text: str) -> list[str]:
    return _texts(base, text, "observation")


def test_a_sectoral_federation_of_the_city_is_named_whole(base):
    text = ("某市新就业形态工会调整隶属关系\n"
            "记者从市总工会获悉，转隶至市新兴产业工会联合会的单位工会共5家，分别是市家庭服务行业工会联合会、"
            "市房地产中介行业工会联合会。另有12家单位工会转隶至市城建工会联合会。\n")
    orgs = _orgs(base, text)
    for name in ("市新兴产业工会联合会", "市家庭服务行业工会联合会", "市房地产中介行业工会联合会", "市城建工会联合会"):
        assert name in orgs
    # never also the name cut before 联合会, nor the federation without its 市
    assert not [o for o in orgs if o.endswith("工会") and o != "市总工会" or o.startswith(("新兴", "房地产", "城建"))]
    # a sectoral union of the province, the same way
    assert "省国防工业工会联合会" in _orgs(base, "某省工会召开会议\n陕西省总工会召开会议，省国防工业工会联合会作交流发言。\n")


def test_an_image_file_name_and_a_player_button_are_the_sites_lines(base):
    assert boilerplate("wxmsgimg_副本.jpg") == "image file" and boilerplate("IMG_0412.PNG") == "image file"
    assert boilerplate("听新闻") == "site furniture" and boilerplate("3") == "site furniture"
    assert boilerplate("2024") is None and boilerplate("2024年，全市新建工会12家。") is None
    text = ("wxmsgimg_副本.jpg\n某市5家新业态工会调整至市新兴产业工会\n2024-02-01 08:30 来源：某市日报\n1\n听新闻\n"
            "近日，某市总工会调整部分基层工会隶属关系。此外，还有9家单位工会转隶至市城建工会联合会。\n")
    story = next(s for s in _draft(base, text).suggestions if s.kind == "story")
    assert story.text == "某市5家新业态工会调整至市新兴产业工会"


def test_a_body_s_term_and_one_of_a_group_are_no_figures(base):
    text = ("某市表彰劳模工匠\n"
            "某市十六届人大常委会第九次会议通过了条例。作为首批重点建设的8个工业城市之一，某市已连续三年举办工匠评选，"
            "今年共评出工匠20名。\n")
    drafted = _figures(base, text)
    # (连续三年 stays a figure: the project's pages annotate a run of years as one)
    assert drafted == ["三年", "20名"]
    # a count of the subject's own, 8个 with no 之一 after it, is a figure
    drafted = _figures(base, text.replace("作为首批重点建设的8个工业城市之一，", "某市建成8个工匠学院，"))
    assert "8个" in drafted


def test_a_wechat_account_on_the_time_line_is_the_sites(base):
    assert boilerplate("2025-07-30 21:48 “某市工会”微信公众号") == "time line"
    text = "某市召开劳模座谈会\n2025-07-30 21:48 “某市工会”微信公众号\n近日，某市总工会召开劳模座谈会，30名劳模参加。\n"
    assert "某市工会" not in [s.text for s in _draft(base, text).suggestions if s.kind == "organisation"]


def test_square_metres_printed_short_and_a_campaign_named_大学习(base):
    text = ("某社区建成户外劳动者驿站\n"
            "近日，某社区户外劳动者驿站投用，约30平米的空间内配有冰箱、微波炉。"
            "全面铺开的“某城职工大学习”活动覆盖职工12万人次，帮助农户销售农产品60万斤。\n")
    assert _figures(base, text) == ["约30平米", "12万人次", "60万斤"]
    assert not [o for o in _orgs(base, text) if o.endswith("大学")]


def test_the_place_of_the_one_union_a_headline_names(base):
    # 某地工会…纪实 over a paragraph naming the place only inside quoted names: the union's place
    text = ("宝鸡工会引领职工建功新时代纪实\n"
            "大会日前召开，回顾五年来的工作。\n"
            "全面铺开的“宝鸡职工大讲堂”活动，覆盖职工超过30万人次。\n")
    obs = next(s for s in _draft(base, text).suggestions if s.kind == "observation" and s.text == "超过30万人次")
    assert obs.fields["subject"] == {"region": "baoji"}
    assert obs.fields["subject_rule"] == "the one region the story's headline names, its paragraph naming no other subject (宝鸡)"
    # a paragraph naming another body: that one, or TODO, never the headline's union's place
    other = text.replace("全面铺开的", "渭河重工集团有限公司开展的")
    obs = next(s for s in _draft(base, other).suggestions if s.kind == "observation" and s.text == "超过30万人次")
    assert obs.fields["subject"] != {"region": "baoji"}


def test_news_of_a_day_of_no_printed_year_is_of_the_one_year_it_gives(base):
    text = ("某区新增30家职工创新工作室\n"
            "本网讯 11月18日，记者从某区总工会了解到，2025年区级职工创新工作室建设工作启动。\n"
            "据了解，区总工会为每家工作室补助2万元，其中女职工创新工作室6个。\n")
    times = _times(base, text)
    assert times["2万元"] == {"during": "2025"} and times["6个"] == {"during": "2025"}
    # no day in its lead (a report of no date): the year it names is no date of its figures
    report = text.replace("本网讯 11月18日，记者从某区总工会了解到，", "某区总工会介绍，")
    assert _times(base, report)["2万元"] == "TODO"


def test_全年_in_a_story_of_one_year_and_no_date(base):
    text = ("某市总工会竞赛助推高质量发展\n"
            "记者近日从某市总工会获悉，2023年，市总工会广泛开展劳动和技能竞赛。\n"
            "某市总工会聚焦重大项目设计竞赛。全年完成行业技能竞赛23场次，参赛职工4600人。\n")
    times = _times(base, text)
    assert times["23场次"] == {"during": "2023"}
    # another year on the way: whose 全年, the annotator decides
    other = text.replace("聚焦重大项目设计竞赛。", "聚焦重大项目设计竞赛，2022年曾举办竞赛9场。")
    assert _times(base, other)["23场次"] == "TODO"


def test_a_span_within_the_year_of_a_dated_story(base):
    text = ("某省职工技能大赛落幕\n2025-08-21 15:34 来源：某省总工会\n"
            "8月20日，某省“工匠杯”职工技能大赛决赛闭幕。大赛自2025年4月启动以来，经过预赛、决赛圆满落幕。\n"
            "本次大赛设置7大类赛项、15个工种，共有4000余名职工参赛。\n")
    times = _times(base, text)
    assert times["15个"] == {"during": "2025"} and times["4000余名"] == {"during": "2025"}
    # a span that began in an earlier year: which part of it, the annotator decides
    earlier = text.replace("自2025年4月启动以来", "自2023年4月启动以来")
    assert _times(base, earlier)["15个"] != {"during": "2025"}


def test_kinds_of_studios_and_the_trades_of_contests_are_no_bodies(base):
    text = ("某区职工创新工作室联盟成立\n"
            "各类劳模、工匠、技师创新工作室应运而生。开展毛纺织造、铜箔制造、光纤检测等重点企业技能大赛。"
            "推动甲乙物流、丙丁快运等平台企业建会。\n")
    orgs = _orgs(base, text)
    assert not {"劳模", "工匠", "技师", "铜箔制造", "光纤检测"} & set(orgs)
    assert {"甲乙物流", "丙丁快运"} <= set(orgs)  # firms listed before 等…企业 still are


def test_这个_and_该_point_back_to_the_body_named_before(base):
    text = ("长安区成立职工创新工作室联盟\n"
            "日前，长安区总工会牵头成立“跨界联盟”——长安区职工创新工作室联盟。这个联盟包括18家劳模创新工作室，"
            "涵盖10多个行业。\n")
    obs = {s.text: s for s in _draft(base, text).suggestions if s.kind == "observation"}
    assert obs["18家"].fields["subject_name"] == "长安区职工创新工作室联盟"
    assert obs["18家"].fields["subject_rule"].startswith("这个联盟 heads the figure's clause: the body the story names before it")
    # 该计划 names no body before it: whose, the annotator decides
    plan = text.replace("这个联盟包括", "该计划包括")
    obs = {s.text: s for s in _draft(base, plan).suggestions if s.kind == "observation"}
    assert obs["18家"].fields["subject"] == "TODO" and "the annotator decides" in obs["18家"].fields["subject_rule"]


def test_a_site_line_printing_the_year_apart_from_month_and_day(base):
    from reformkg.suggest.times import page_date
    assert page_date("某网>重庆>正文202506/2315:16:46来源:某市总工会")[0] == "2025-06-23"
    assert page_date("全市有职工202506/23人")[0] is None  # no clock time after it: no date
    text = "某市总工会召开座谈会\n2025 06/23 15:16:46\n来源：某市总工会\n6月17日，某市总工会召开座谈会，50名职工代表参加。\n"
    assert _times(base, text)["50名"] == {"on": "2025-06-17"}


def test_a_federation_holding_its_committee_s_session_is_a_body(base):
    text = "某省实施工匠培养计划\n本报讯 记者从日前召开的陕西省总工会十四届五次全委会议上获悉，全省将选树工匠300名。\n"
    assert "陕西省总工会" in _orgs(base, text)
    # (a congress of unions is an event's name: 某省工会第十五次代表大会)
    assert "安徽省工会" not in _orgs(base, "某省工会代表大会开幕\n本报讯 安徽省工会第十五次代表大会开幕，代表500名出席。\n")


def test_targets_set_after_a_plan_s_end_are_by_that_end(base):
    text = ("某省举办制糖行业技能竞赛\n"
            "某省总工会举办制糖行业技能竞赛。\n糖业是某省的重要产业。据主办方介绍，力争到2030年末动员不少于3万名职工参赛。"
            "同时，设定了全省糖业综合产值达400亿元、年税收达15亿元等指标。\n")
    times = _times(base, text)
    assert times["400亿元"] == {"by": "2030"} and times["15亿元"] == {"by": "2030"}
    # a sentence that sets no target after it: not the plan's
    done = text.replace("同时，设定了全省糖业综合产值达400亿元、年税收达15亿元等指标。", "同时，全省糖业已有企业400家。")
    assert _times(base, done)["400家"] != {"by": "2030"}


def test_比去年_is_a_baseline_and_a_headline_reviewing_a_year_dates_its_figures(base):
    text = ("第三届“某市工匠”揭晓\n2020-05-27 09:20 来源：某市日报\n"
            "本届“某市工匠”中，先进制造业人才比去年增加35%。\n")
    times = _times(base, text)
    assert times["35%"] != {"during": "2019"}
    obs = next(s for s in _draft(base, text).suggestions if s.kind == "observation")
    assert obs.fields["baseline"] == "去年"
    review = ("某省总工会2023年亮点回眸\n发布时间：2024-01-26\n"
              "1月25日，某省总工会召开全委会议。2023年，某省总工会扎实推进各项工作。\n全省新建职工书屋120家，培训职工3.5万人次。\n")
    assert _times(base, review)["120家"] == {"during": "2023"}


def test_after_今年以来_in_a_dated_story_this_year_s_work_runs_since_its_start(base):
    text = ("某省工会建功新时代\n2023-09-21 08:19 来源：某省总工会\n"
            "今年以来，全省各级工会组织开展劳动竞赛。近年来，某省总工会聚焦重点产业链。为落实行动，某省总工会理顺竞赛机制，"
            "共举办省级竞赛11项。\n")
    assert _times(base, text)["11项"] == {"since": "2023"}
    # a total (累计) or a plan after it: not this year's work
    assert _times(base, text.replace("共举办省级竞赛11项", "累计建成工作室11家"))["11家"] != {"since": "2023"}


def test_a_central_task_is_no_centre_and_a_motto_s_counts_are_no_figures(base):
    text = ("某省工会建功新时代\n"
            "某省总工会聚焦省委省政府中心工作，以“一年打基础、两年大变化、三年上台阶，做优基层、做强阵地”的工作思路，"
            "带领全省工会奋斗。全省建成职工书屋三百家。某市职工服务中心有工作人员12名。\n")
    assert not [o for o in _orgs(base, text) if o.endswith("中心") and "服务" not in o]
    assert _figures(base, text) == ["三百家", "12名"]


def test_近日_in_a_dated_story_is_of_its_year(base):
    text = "某市3名职工获评省五一劳动奖章\n2019-04-25 09:30 来源：某市总工会\n近日，某市3名职工获评省五一劳动奖章，2个集体获奖。\n"
    assert _times(base, text)["2个"] == {"during": "2019"}
    # a page of no date: 近日 gives no year
    assert _times(base, text.replace("2019-04-25 09:30 来源：某市总工会\n", ""))["2个"] != {"during": "2019"}


def test_暨_joins_two_bodies(base):
    orgs = _orgs(base, "某市举办网约车司机技能竞赛\n活动由市总工会暨益阳市网约车行业工会联合会主办。\n")
    assert "益阳市网约车行业工会联合会" in orgs
    assert not [o for o in orgs if "暨" in o]


def test_a_city_s_bureaus_printed_without_its_name(base):
    orgs = _orgs(base, "日照市举办技能竞赛\n本报讯 竞赛由市总工会主办，市人力资源和社会保障局、市科技局协办。\n")
    assert {"市人力资源和社会保障局", "市科技局"} <= set(orgs)
    bureau = next(s for s in _draft(base, "日照市举办技能竞赛\n本报讯 市科技局协办。\n").suggestions
                  if s.kind == "organisation" and s.text == "市科技局")
    assert bureau.fields["new"]["name"] == "日照市科学技术局"


def test_a_firm_s_directors_and_vice_presidents_are_posts(base):
    text = ("某市表彰劳模\n某某创意工艺制品有限公司艺术总监张文山获评劳模。某某叫车华中大区执行副总裁曾晖出席。\n")
    posts = {(s.fields["name"], s.fields["role"]) for s in _draft(base, text).suggestions if s.kind == "post"}
    assert {("张文山", "艺术总监"), ("曾晖", "执行副总裁")} <= posts


def test_a_commission_by_its_short_name_and_a_verb_before_a_body(base):
    orgs = _orgs(base, "珠海市总工会开展关爱职工活动\n香洲区总工会特邀广东省中医院专家开展讲座。此外，珠海市国资委参与，服务职工300人。\n")
    assert {"广东省中医院", "珠海市国资委"} <= set(orgs) and not [o for o in orgs if "特邀" in o]


def test_a_police_station_and_a_district_s_people_s_congress(base):
    text = ("某市总工会表彰劳模\n泉州市公安局丰泽派出所所长张三获得表彰。资阳区人大副主任王五出席。"
            "重庆市人大工会基层立法联系点揭牌，人大代表李六参加。\n")
    orgs = _orgs(base, text)
    assert {"泉州市公安局丰泽派出所", "资阳区人大"} <= set(orgs)
    assert "重庆市人大" not in orgs and not [o for o in orgs if o.endswith("人大") and len(o) <= 3]
