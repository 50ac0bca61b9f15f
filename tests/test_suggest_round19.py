"""suggest on the unseen pages of heldout68–121, read again (issue 21, the nineteenth round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round17 import _observations


def test_ten_thousand_people_after_a_verb_of_serving_is_a_count(base):
    page = "某区总工会发布实事项目\n\n本报讯 今年，区总工会将为万名职工免费提供法律咨询，活动吸引万余名职工参与。\n"
    assert {"万名", "万余名"} <= set(_observations(base, page))
    # a slogan, a programme's name and 万家 stay words
    page = ("某市总工会开展走访\n\n本报讯 今年，市总工会开展“走千家企业、访万名职工”活动，实施万名工匠培养计划，"
            "送福进万家。\n")
    assert not [o for o in _observations(base, page) if o.startswith("万")]


FRACTIONS = ("某市总工会组织劳模疗休养\n\n本报讯 2024年，市总工会组织劳模疗休养，所需费用由市总工会承担三分之一，"
             "企业承担三分之二。全市高技能人才占技能人才总量的1/3，一根光纤只相当于头发丝的1/10。\n")


def test_a_share_printed_as_a_fraction_is_a_figure(base):
    obs = _observations(base, FRACTIONS)
    assert {"三分之一", "三分之二", "1/3"} <= set(obs) and "1/10" not in obs  # (a likeness: no figure)


def test_fractions_and_percentages_in_words_are_read():
    from decimal import Decimal

    from reformkg.annotation.figures import FigureError, parse_figure

    assert (parse_figure("三分之一").value, parse_figure("三分之一").unit_word) == (Decimal("0.3333"), "分之")
    assert parse_figure("约三分之二").approximation == "about" and parse_figure("2/5").value == Decimal("0.4")
    assert (parse_figure("百分之三十").value, parse_figure("百分之三十").unit_word) == (Decimal(30), "%")
    for bad in ("3/2", "1/0"):
        try:
            parse_figure(bad)
        except FigureError:
            continue
        raise AssertionError(bad)


def test_a_draft_with_fractions_validates(tmp_path):
    from helpers import copy_project
    from reformkg.pipeline.inputs import load_base
    from reformkg.pipeline.orchestrate import validate
    from reformkg.suggest.drafter import suggest

    p = copy_project(tmp_path / "proj", annotations=[])
    vocab, registry, _ = load_base(p)
    page = p.articles / "900_00000000000000ab.txt"
    page.write_text(FRACTIONS, encoding="utf-8")
    draft = suggest(page, registry, vocab)
    path = p.annotations / f"{page.stem}.yaml"
    path.write_text(draft.to_yaml(), encoding="utf-8")
    errors = [f for f in validate(p, [path]).findings if f.is_error]
    assert "三分之一" in draft.to_yaml() and {f.code for f in errors} == {"E010"}


def test_metres_shares_and_floors_are_measure_words(base):
    page = ("某县总工会帮扶乡村振兴\n\n本报讯 2024年，县总工会为村里铺设自来水管道10800米，职工分到的1000多股增持到2.2万股。"
            "新建的职工活动中心规划设计4层。共有45层的写字楼里建起工会，职工运动会设100米接力跑。\n")
    obs = _observations(base, page)
    assert {"10800米", "1000多股", "2.2万股", "4层"} <= set(obs) and not {"45层", "100米"} & set(obs)


def test_a_unions_own_sanatorium_and_rights_centre_are_its_units(base):
    from test_suggest_round17 import _draft
    from test_suggest_round17 import _orgs as _orgs_of

    page = ("某市总工会组织疗休养\n\n本报讯 2024年，市总工会组织劳模疗休养，第二批80名安排在省总工会工人疗养院。"
            "农民工来到市总工会职工权益维护中心反映情况。\n")
    orgs = _orgs_of(_draft(base, page))
    assert "省总工会工人疗养院" in orgs and "市总工会职工权益维护中心" in orgs
    # a unit before its head's post stays the union's post (市总工会职工权益维护中心主任张某: 市总工会)
    page = "某市总工会帮农民工讨薪\n\n本报讯 市总工会职工权益维护中心主任张少伟介绍了情况。\n"
    assert "市总工会职工权益维护中心" not in _orgs_of(_draft(base, page))


def test_a_link_teaser_and_a_ranking_box_are_site_text(base):
    page = ("某市总工会开展消费帮扶\n\n本报讯 2024年，市总工会组织工会会员购买农产品56万元。\n\n"
            "市职工职业技能大赛成功举办，来自全市12个县(市、…[详细]  点击排行\n\n更多 24小时排行榜\n")
    obs = _observations(base, page)
    assert "56万元" in obs and "12个" not in obs and "24小时" not in obs


def test_an_honour_in_quotation_marks_before_names_is_each_holders(base):
    from test_suggest_round17 import _posts

    page = "某县总工会走访慰问\n\n本报讯 2024年，县总工会走访慰问“海南最美农民工”杨国斋、周尧楷、李兴林，送上慰问金。\n"
    assert _posts(base, page) == {"杨国斋": "海南最美农民工", "周尧楷": "海南最美农民工", "李兴林": "海南最美农民工"}
    # the honour's own words after the marks are no name (“港城工匠”荣誉称号, “最美职工”评选活动)
    page = "某市总工会表彰工匠\n\n本报讯 2024年，10人获“港城工匠”荣誉称号，市总工会开展“最美职工”评选活动。\n"
    assert _posts(base, page) == {}


def test_a_village_secretary_and_a_presidents_assistant_are_posts(base):
    from test_suggest_round17 import _posts

    page = "某县总工会驻村帮扶\n\n本报讯 2024年，村支书黄龙盛说，县总工会帮村里修了路。某某科技公司总裁助理刘明介绍了情况。\n"
    assert _posts(base, page) == {"黄龙盛": "村支书", "刘明": "总裁助理"}


def test_another_batch_of_the_same_size_is_a_fact_of_its_own(base):
    page = ("某市总工会组织疗休养\n\n本报讯 2024年，市总工会组织一线职工疗休养。第一批80名职工安排在太湖疗养院，"
            "第二批80名职工安排在省总工会工人疗养院。\n")
    assert _observations(base, page).count("80名") == 2


def test_a_threshold_of_whom_is_meant_is_no_figure(base):
    page = ("某市总工会服务农民工\n\n本报讯 2024年，市总工会为农民工订票3000张。一次性购买同一车次30张以上票的基层单位，"
            "可联系车站。市总工会对全市产值10亿元以上的12家骨干企业开展调研，全市建会率达到95%以上的目标任务。\n")
    obs = _observations(base, page)
    assert {"3000张", "12家", "95%以上"} <= set(obs) and not {"30张以上", "10亿元以上"} & set(obs)


def test_a_number_in_two_parts_is_one_figure(base):
    from decimal import Decimal

    from reformkg.annotation.figures import parse_figure

    assert parse_figure("1亿6,525万元").value == Decimal(165250000) and parse_figure("3亿5千万元").value == Decimal(350000000)
    assert (parse_figure("41万4千人").value, parse_figure("41万4千人").unit_word) == (Decimal(414000), "人")
    page = ("某市总工会维权\n\n本报讯 2024年，市总工会协助职工追回欠薪1亿6,525万元，全市工会会员达41万4千人。"
            "市总工会投入资金3亿5千万元。\n")
    assert _observations(base, page) == ["1亿6,525万元", "41万4千人", "3亿5千万元"]
    # the same page in traditional characters gives the same figures, as printed
    assert _observations(base, page.replace("万", "萬").replace("亿", "億")) == ["1億6,525萬元", "41萬4千人", "3億5千萬元"]


BRACKETS = ("某公司工会推进创新\n\n本报讯 2024年，公司创新工作室设计研发的设备已达400余台(套)，荣获市级以上荣誉31个(人)，"
            "开展培训80场(次)。\n")


def test_a_second_measure_word_in_brackets_is_part_of_the_figure(base, tmp_path):
    from helpers import copy_project
    from reformkg.pipeline.inputs import load_base
    from reformkg.pipeline.orchestrate import validate
    from reformkg.suggest.drafter import suggest

    assert _observations(base, BRACKETS) == ["400余台(套)", "31个(人)", "80场(次)"]
    p = copy_project(tmp_path / "proj", annotations=[])
    vocab, registry, _ = load_base(p)
    page = p.articles / "901_00000000000000ac.txt"
    page.write_text(BRACKETS, encoding="utf-8")
    path = p.annotations / f"{page.stem}.yaml"
    path.write_text(suggest(page, registry, vocab).to_yaml(), encoding="utf-8")
    assert {f.code for f in validate(p, [path]).findings if f.is_error} == {"E010"}


def test_a_round_number_in_words_with_a_loose_measure_word(base):
    page = "某区总工会服务货车司机\n\n本报讯 2024年，区总工会走进集卡中心，近千辆货运车辆停靠在此，区总工会发放约两千张服务卡。\n"
    assert {"近千辆", "约两千张"} <= set(_observations(base, page))


def test_a_number_too_exact_to_be_anothers_printed_again_is_one_fact(base):
    page = ("某省技能人才队伍建设综述\n\n本报讯 近年来，我省技能竞赛蓬勃开展，技能人才总量达151.6万人。\n\n"
            "据了解，现有全省技能人才总量达到151.6万人，其中高技能人才47.2万人。全省875家企业建立职代会制度，"
            "875家企业实行厂务公开，100家企业开展协商，100家企业建立职工书屋。\n")
    obs = _observations(base, page)
    assert obs.count("151.6万人") == 1 and "47.2万人" in obs
    assert obs.count("100家") == 2  # (a round number: two facts of the same size)


def test_square_metres_printed_as_one_sign(base):
    page = "某市总工会改造工人文化宫\n\n本报讯 2024年，市工人文化宫改造提升工程累计投入300万元，4000㎡职工文化服务阵地全面焕新。\n"
    assert {"300万元", "4000㎡"} <= set(_observations(base, page))


def test_an_oilfield_or_refinery_by_a_name_of_its_own_printed_twice(base):
    from test_suggest_round17 import _draft
    from test_suggest_round17 import _orgs as _orgs_of

    page = ("某石化公司推进产改\n\n本报讯 自1997年开始，扬子石化启动职业技能等级认定。2024年，扬子石化培养技师623人。"
            "胜利油田工会开展技能竞赛，胜利油田1.1万名职工参赛。全国油田系统开展劳动竞赛，我国油田企业积极参与。\n")
    orgs = _orgs_of(_draft(base, page))
    assert "扬子石化" in orgs and "胜利油田" in orgs and not {"全国油田", "我国油田"} & set(orgs)


def test_a_railway_depot_and_a_night_school_are_bodies(base):
    from test_suggest_round17 import _draft
    from test_suggest_round17 import _orgs as _orgs_of

    page = ("某铁路局工会开展技能评聘\n\n本报讯 2024年，成都机务段、遵义车务段、重庆车辆段的111名职工获评首席技师。"
            "市总工会开办的彭城职工夜校开设40余门课程。\n")
    orgs = _orgs_of(_draft(base, page))
    assert {"成都机务段", "重庆车辆段", "彭城职工夜校"} <= set(orgs)


def test_floors_of_a_building_in_words(base):
    page = ("某市总工会建设工人文化宫\n\n本报讯 2024年，新建设的工人文化宫总投资3022万元，主体建筑三层，地下室为一层。"
            "职工们更上一层楼。\n")
    obs = _observations(base, page)
    assert {"3022万元", "三层", "一层"} <= set(obs) and obs.count("一层") == 1


def test_the_one_firm_a_report_names_twice_is_its_figures_subject(base):
    from test_suggest_round17 import _subjects

    page = ("某油田培育技能人才\n\n7月21日，中原油田开展能工巧匠大讲堂宣讲活动，金牌选手与职工面对面交流。\n\n"
            "中原油田自2011年开始探索人才工作室建设模式，搭建一线技能人才成长平台。\n\n"
            "2017年，中共中央、国务院印发了《新时期产业工人队伍建设改革方案》，强调产业工人是中坚力量。\n\n"
            "近年，油田共有23名同志被聘为主任技师，每年3000余人晋升高一等级职业资格。\n")
    subjects = _subjects(base, page)
    assert subjects["23名"] == "中原油田" and subjects["3000余人"] == "中原油田"


def test_the_date_a_building_is_to_be_finished_dates_no_figure(base):
    from test_suggest_round17 import _draft

    page = ("某县总工会建设工人文化宫\n\n本报讯（记者 王某）2024年5月10日，县工人文化宫项目开工。本项目预计于2025年9月底竣工，"
            "总占地面积20亩，总建筑面积17512平方米。县总工会预计2025年底建成职工驿站100个。\n")
    times = {s.text: s.fields.get("time") for s in _draft(base, page).suggestions if s.kind == "observation"}
    assert times["20亩"] != {"during": "2025-09", "text": "2025年9月"} and "2025-09" not in str(times["17512平方米"])
    assert "2025" in str(times["100个"])  # (a target: the figure after its verb)


def test_the_union_among_bodies_acting_together_is_their_figures(base):
    from test_suggest_round17 import _subjects

    page = "某市评选工匠\n\n本报讯 近日，石狮市人力资源和社会保障局、石狮市财政局和石狮市总工会联合命名40名“石狮工匠”。\n"
    assert _subjects(base, page)["40名"] == "石狮市总工会"


def test_a_universitys_college_is_named_whole(base):
    from test_suggest_round17 import _draft
    from test_suggest_round17 import _orgs as _orgs_of

    page = ("某市总工会资助职工上大学\n\n本报讯 2024年，市总工会与浙江工业大学继续教育学院、浙江理工大学继续教育学院合作，"
            "资助职工求学。\n")
    orgs = _orgs_of(_draft(base, page))
    assert {"浙江工业大学继续教育学院", "浙江理工大学继续教育学院"} <= set(orgs) and "浙江工业大学" not in orgs


def test_who_is_elected_and_a_towns_deputy_head_have_posts(base):
    from test_suggest_round17 import _posts

    page = ("某镇召开工会代表大会\n\n本报讯 会议选举产生了镇工会委员会委员7名，马庆峰当选为柏林镇新一届工会主席。"
            "会上，柏林镇副镇长徐婷婷同志作工作报告。\n")
    assert _posts(base, page) == {"马庆峰": "柏林镇工会主席", "徐婷婷": "副镇长"}


def test_a_projects_phase_is_part_of_its_name(base):
    page = "某县总工会建设工人文化宫\n\n本报讯 2024年，县工人文化宫二期项目开工，项目总投资约1.1亿元，二期工程占地12亩。\n"
    obs = _observations(base, page)
    assert "约1.1亿元" in obs and "二期" not in obs


def test_a_contest_named_by_its_entrants_is_no_count(base):
    page = ("某市总工会启动劳动竞赛\n\n本报讯 4月22日，2024年金昌市10万职工劳动和技能竞赛启动，参与职工将达到10万人以上。"
            "市总工会组织3万名职工参加技能竞赛。\n")
    obs = _observations(base, page)
    assert "10万人以上" in obs and "3万名" in obs and "10万" not in obs
