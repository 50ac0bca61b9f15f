"""suggest on the unseen pages of heldout226–295, read (issue 21, the thirty-first round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round12 import _orgs, _subjects
from test_suggest_round17 import _draft, _observations
from test_suggest_round28 import _times


def test_a_bare_group_heading_its_clause_is_the_one_group_named_before(base):
    page = ("某市技工教育集团发展纪实\n\n本报讯 2023年12月，记者从某市总工会获悉，2019年由潍坊市技师学院发起，联合多家企业组建了"
            "潍坊市技工教育集团。经过四年发展，集团成员单位现有企业188家、技工院校20所。\n")
    subjects = _subjects(base, page)
    assert subjects["188家"] == subjects["20所"] == "潍坊市技工教育集团", subjects
    page = ("两家集团携手育人\n\n本报讯 2023年12月，记者从某市总工会获悉，某某建工集团与某某钢铁集团签订协议。"
            "集团成员单位现有企业188家。\n")
    assert _subjects(base, page)["188家"] not in ("某某建工集团", "某某钢铁集团"), _subjects(base, page)  # (two groups: which?)


def test_a_province_s_first_or_rank_is_no_scope_of_the_figure(base):
    page = ("某市工会资助职工求学\n\n本报讯 2025年3月，苏州市总工会推出求学补助政策。"
            "第二层针对劳模工匠出台学费全额报销办法，在全省率先实现学历提升零负担，预计惠及2000余人。\n")
    assert _subjects(base, page)["2000余人"] != "全省", _subjects(base, page)
    page = "某省工会资助职工求学\n\n本报讯 2025年3月，某省总工会推出求学补助政策，全省预计惠及2000余人。\n"
    assert _subjects(base, page)["2000余人"] == "全省"  # (全省 as the figure's scope: still read, TODO naming it)


def test_a_spaced_dash_between_points_ends_a_sentence(base):
    page = ("求学圆梦行动综述\n2026-02-07\n\n"
            "补贴体系 - 苏州市总工会为未中签的职工每人发放1000元补助 首批惠及792名职工[1] - 第二层为激励性全额报销 "
            "- 2025年全市专升本招生名额提升至1000名[5]\n")
    times = _times(base, page)
    assert (times["792名"] or {}).get("during") != "2025" and times["1000名"]["during"] == "2025", times


def test_so_many_sides_of_a_mechanism_or_bodies_acting_together_are_no_figures(base):
    page = ("某市工会推进劳动法律监督\n\n本报讯 2024年8月，市总工会推动五部门联合出台实施意见，构建五方协同联动工作机制，"
            "全年发出提示函30份。北京市总工会六方多家联动机制为职工挽回经济损失1.2亿元。\n")
    figures = _observations(base, page)
    assert "30份" in figures and "1.2亿元" in figures, figures
    assert not {"五部门", "五方", "六方"} & set(figures), figures
    page = "某市工会推进劳动法律监督\n\n本报讯 2024年8月，全市共有5个部门参与检查，走访企业30家。\n"
    assert "5个" in _observations(base, page)  # (bodies counted, not issuing together)


def test_two_years_and_respectively_give_each_figure_of_a_pair_its_year(base):
    page = ("某市推进新型学徒制\n\n本报讯 2021年10月，记者从某市总工会获悉，2019年和2020年郑州市分别完成培训10494人和18402人，"
            "预支补贴资金2734.8万元和4600.5万元。\n")
    times, subjects = _times(base, page), _subjects(base, page)
    assert times["10494人"]["during"] == "2019" and times["2734.8万元"]["during"] == "2019", times
    assert times["18402人"]["during"] == "2020" and times["4600.5万元"]["during"] == "2020", times
    assert subjects["10494人"] == subjects["18402人"] == "郑州市", subjects
    page = "某市推进新型学徒制\n\n本报讯 2021年10月，记者从某市总工会获悉，2019年和2020年全市共完成培训28896人。\n"
    assert _times(base, page)["28896人"]["during"] != "2019"


def test_a_firm_with_its_city_in_brackets_is_named_whole(base):
    page = ("某技师学院共建实训基地\n\n本报讯 2024年5月，某市总工会获悉，学院分别与某某精工集团有限公司、瑞鹏数字教育科技(上海)有限公司签约，"
            "共建3个实训基地。瑞鹏数字教育科技（上海）有限公司投入设备价值120万元。\n")
    orgs = _orgs(base, page)
    assert {"瑞鹏数字教育科技(上海)有限公司", "瑞鹏数字教育科技（上海）有限公司"} <= orgs, orgs
    assert not [o for o in orgs if o.startswith(("上海)", "上海）"))], orgs


def test_a_registry_union_printed_after_its_province_is_one_name(base):
    page = "两地工会交流疗休养\n\n本报讯 2024年5月，江苏省常州市总工会组织2批共140余名劳模赴外地疗休养。\n"
    drafted = _draft(base, page)
    union = [s for s in drafted.suggestions if s.kind == "organisation"]
    assert [s.text for s in union] == ["江苏省常州市总工会"] and union[0].fields.get("ids") == ["changzhou-ftu"], union
    page = "两地工会交流疗休养\n\n本报讯 2024年5月，江苏省总工会、常州市总工会组织140余名劳模赴外地疗休养。\n"
    assert "常州市总工会" in _orgs(base, page)


def test_the_count_of_items_just_listed_holds_brackets_and_names_with_and(base):
    page = ("某市职工技能大赛开幕\n\n本报讯 2024年5月，某市总工会举办职工技能大赛，在保留焊工、数控机床装调维修工、网络与信息安全管理员"
            "3个工种的基础上，新设人工智能训练师、汽车维修工（新能源汽车方向）、无人机驾驶员三个工种，共有320名选手参赛。\n")
    figures = _observations(base, page)
    assert "320名" in figures and not {"3个", "三个"} & set(figures), figures
    page = "某市职工技能大赛开幕\n\n本报讯 2024年5月，某市总工会举办职工技能大赛，设焊工、钳工3个工种，共有320名选手参赛。\n"
    assert "3个" in _observations(base, page)  # (two named, three counted: a figure)


def test_parts_levels_and_a_motto_s_characters_are_no_figures(base):
    page = ("某区工会建设智慧工地\n\n本报讯 2024年5月，某区总工会启动智慧工地建设，主要包括线上线下两个层次，对创新项目给予10万元和5万元"
            "两个等级的资金，调解室墙上挂着“热心接待、耐心调解”16个字。全年调解纠纷300件。\n")
    figures = _observations(base, page)
    assert {"10万元", "5万元", "300件"} <= set(figures), figures
    assert not {"两个", "16个"} & set(figures), figures


def test_a_kind_of_shop_a_time_after_and_years_at_work_are_no_figures(base):
    page = ("某市建设工会驿站\n\n本报讯 2025年6月，市总工会在商圈、24小时便利店建设驿站，对24小时不停产企业送清凉，全年建成驿站30个，"
            "为货车司机提供全天候24小时服务。4天之后，20位职工前往上海。首席技师徐某奋战在总装一线10余年，带出徒弟30名；"
            "他已服务公司逾10年，40多年的职业生涯里获奖12项。\n")
    figures = _observations(base, page)
    assert {"30个", "20位", "30名", "12项"} <= set(figures), figures
    assert figures.count("24小时") == 1, figures  # (全天候24小时服务: the station's hours, a fact the project records)
    assert not {"4天", "10余年", "逾10年", "40多年"} & set(figures), figures


def test_hong_kong_macau_and_us_money_and_person_days_are_figures_whole(base):
    page = ("某地工会关注培训\n\n本报讯 2024年6月，工会表示，政府去年再次拨款10亿港元资助培训，为每名居民注资8,000澳门元，"
            "省总工会年内组织职工疗休养25万人天，某公司投资3000万美元。\n")
    figures = _observations(base, page)
    assert {"10亿港元", "8,000澳门元", "25万人天", "3000万美元"} <= set(figures), figures
    assert not {"10亿", "25万人"} & set(figures), figures


def test_the_length_of_a_contest_or_a_course_and_a_span_heading_a_clause_are_no_figures(base):
    page = ("某市网约车司机技能大赛\n\n本报讯 2024年9月，某市总工会举办大赛，理论知识竞赛时间为60分钟，操作技能竞赛时间为35分钟。"
            "每轮培训期为10天，共80个学时，累计培训12000个学时。会上介绍，5年开展文化活动近1万场次。"
            "新工艺缩短开车时间超15小时。\n")
    figures = _observations(base, page)
    assert {"12000个", "近1万场次", "超15小时"} <= set(figures), figures
    assert not {"60分钟", "35分钟", "10天", "80个", "5年"} & set(figures), figures


def test_whole_region_on_a_page_of_an_autonomous_region_is_that_region(base):
    page = ("自治区总工会启动金秋助学活动\n\n新疆新闻在线网8月25日消息：8月23日，自治区总工会启动金秋助学活动。"
            "2018年，全区各级工会筹集资金2306万元，帮扶困难职工4793名。\n")
    subjects = _subjects(base, page)
    assert subjects["2306万元"] == subjects["4793名"] == "新疆维吾尔自治区", subjects
    page = "某省工会帮扶困难职工\n\n本报讯 2018年，全区各级工会筹集资金2306万元，帮扶困难职工4793名。\n"
    assert _subjects(base, page)["2306万元"] == "全区"  # (no autonomous region on the page: the phrase, for the annotator)


def test_a_site_s_calendar_of_today_gives_way_to_the_page_s_labelled_date(base):
    page = ("新闻源 财富源\n\n2024年10月19日 星期六\n\n财经 > 滚动新闻 > 正文\n\n某台企推进工会建设\n\n"
            "  • 发布时间:2015-05-22 17:06:00  来源:某某网\n\n  某台企工会介绍，截至目前，集团已在大陆建立工会18个，会员32897名。\n")
    times = _times(base, page)
    assert times["18个"]["as_of"] == "2015-05-22" and times["32897名"]["as_of"] == "2015-05-22", times
    page = "新闻源 财富源\n\n2024年10月19日 星期六\n\n某台企推进工会建设\n\n某台企工会介绍，截至目前，集团已在大陆建立工会18个。\n"
    assert _times(base, page)["18个"]["as_of"] == "2024-10-19"  # (no other date: the one printed)


def test_foreign_chains_and_a_platform_after_come_from_are_named_by_their_brands(base):
    page = ("外资企业纷纷建立工会\n\n本报讯 2008年8月，市总工会介绍，全市外资企业纷纷建立工会，其中包括沃尔玛、肯德基、麦当劳等21家企业。"
            "比赛由县总工会主办，美团、饿了么两个外卖平台承办，来自饿了么平台的选手获团体奖。\n")
    orgs = _orgs(base, page)
    assert {"沃尔玛", "肯德基", "麦当劳", "美团", "饿了么"} <= orgs, orgs
    page = "某市工会送清凉\n\n本报讯 2024年7月，市总工会向环卫工人送去清凉，点点滴滴暖人心，发放饮料300箱。\n"
    assert not {"滴滴", "点滴"} & _orgs(base, page)


def test_a_development_zone_heading_its_clause_is_the_subject_by_its_name(base):
    page = ("某新区企业平均工资增幅逾6%\n\n本报讯 2016年5月，某新区总工会推进工资集体协商。"
            "金普新区是外资企业聚集区，有日、韩、美、德等外资企业3500多家，职工30多万人。\n")
    subjects = _subjects(base, page)
    assert subjects["3500多家"] == subjects["30多万人"] == "金普新区", subjects
    page = "某市推进集体协商\n\n本报讯 2016年5月，某市总工会推进集体协商，建设金普新区是今年的重点，全市签订合同3500多份。\n"
    assert _subjects(base, page)["3500多份"] != "金普新区"


def test_a_body_set_up_in_the_clause_is_its_object_not_its_subject(base):
    page = ("某省工会代表大会开幕\n\n本报讯 2023年7月20日，会上介绍，湖北打造职工文化品牌，开展文化活动近1万场次。"
            "组建省劳模工匠宣讲团，充分发挥各级工会5600多支小分队作用，开展宣传宣讲1万多场次。\n")
    subjects = _subjects(base, page)
    assert "宣讲团" not in (subjects["5600多支"] or "") and "宣讲团" not in (subjects["1万多场次"] or ""), subjects


def test_a_leader_named_before_the_post_holds_it(base):
    page = ("高技能人才表彰大会在京举行\n\n本报讯 2023年5月7日，第十六届高技能人才表彰大会在北京举行，国家人社部王晓萍部长出席会议并讲话。"
            "会议表彰了30名中华技能大奖获得者。\n")
    posts = {(s.fields.get("name"), s.fields.get("role")) for s in _draft(base, page).suggestions if s.kind == "post"}
    assert ("王晓萍", "部长") in posts, posts
    page = "某市工会简讯\n\n本报讯 2023年5月7日，市总工会召开会议，号召全市职工争当技术能手，省长远的规划也要落实。\n"
    assert not [s for s in _draft(base, page).suggestions if s.kind == "post" and s.fields.get("role") == "省长"]
