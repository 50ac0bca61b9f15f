"""suggest on the unseen pages of heldout68–73, read again for its figures, subjects and times
(issue 21, the fifteenth round). Every sentence is written for these tests, in forms real pages
show; none is taken from a page."""

import re

import pytest

from reformkg.suggest.drafter import suggest
from reformkg.suggest.times import find_times, page_date


def _draft(base, text: str):
    vocab, registry = base
    return suggest("crafted.txt", registry, vocab, text=text)


@pytest.mark.parametrize("printed, day", [
    ("发表于 2025-8-4 08:54:25 | 只看该作者", "2025-08-04"),  # a forum's post line, compacted 2025-8-408:54:25
    ("2025-8-2 15:30 来源：某某网", "2025-08-02"),           # 2025-8-215:30: the 2nd at 15:30, never the 21st
    ("2025-8-12 08:54", "2025-08-12"),
    ("2025-8-4 8:54", "2025-08-04"),
])
def test_a_numeric_date_with_its_clock_time_keeps_its_day(printed, day):
    compact = "".join(printed.split())
    assert page_date(compact)[0] == day
    assert [t["on"] for _lo, _hi, t in find_times(compact)] == [day]


@pytest.mark.parametrize("line, day", [
    ("《某某日报》（2023年11月27日 06版）", "2023-11-27"),   # a newspaper's issue and page
    ("• 2019年04月20日 08时41分\n• 来源：某某日报", "2019-04-20"),  # a clock time in 时 and 分
])
def test_a_site_line_s_date_dates_the_page(base, line, day):
    page = f"某县职工技能提升工作取得实效\n{line}\n本报讯 近日，某县总工会举办职工技能培训班，培训职工320人。\n"
    draft = _draft(base, page)
    assert draft.annotation["stories"][0]["date"]["value"] == day
    obs = draft.annotation["observations"]
    assert [o["time"].get("during", o["time"].get("on", ""))[:4] for o in obs] == [day[:4]]


def _figures(base, text: str) -> set[str]:
    """The figures drafted as observations."""
    return {s.text for s in _draft(base, text).suggestions if s.kind == "observation"}


@pytest.mark.parametrize("sentence, kept, dropped", [
    ("某市总工会构建“学习-练兵-晋级”四位一体培养体系，培训职工3200人次。", "3200人次", "四位"),
    ("职工运动会设五人制足球等6个项目。", "6个", "五人"),
    ("全市打造“20分钟技能提升服务圈”，建成驿站86家。", "86家", "20分钟"),
    ("实施方案经十三届市委深改委第五次会议审议，全市培育工匠120名。", "120名", "十三届"),
    ("县总工会于6月3日组织二次调解会，为工人追回工资46万元。", "46万元", "二次"),
    ("充分发挥三方协商机制作用，全年签订集体合同310份。", "310份", "三方"),
    ("他16岁进厂当学徒，先后获得专利12项。", "12项", "16岁"),
    ("从事电焊工作31年的某某，带出徒弟45名。", "45名", "31年"),
    ("评选每3年举办1次，至今已命名劳模工匠180名。", "180名", "1次"),
    ("今年起连续5年实施技能提升计划，2025年起连续3年每年培训职工2万人次。", "2万人次", "3年"),
    ("某市注册资金不低于300万元，员工不少于30人的餐饮企业纳入协商，覆盖企业36家。", "36家", "300万元"),
    ("从业人员不足10人的，暂不纳入，本次协商覆盖企业36家。", "36家", "10人"),
    ("对10人以上群体性案件优先受理，全年受理案件245件。", "245件", "10人以上"),
    ("某会今日（8日）表示，今年已追回欠薪1200万元。", "1200万元", "8日"),
    ("统计至113年9月底，共调解案件2,410件。", "2,410件", "113年"),
    ("分别到东门站、西门站、南湖站三个服务点慰问职工，发放清凉包900份。", "900份", "三个"),
    ("把会员企业分为三类，为职工办理互助保障1.2万人次。", "1.2万人次", "三类"),
    ("职工书屋月借阅量达2600册次。", "2600册次", None),
    ("全市参训职工中，30岁-40岁职工102人，占总数的51%。", "102人", "30岁-40岁"),
    ("某学院办学点2023级函授专班开学，首批学员146名。", "146名", "2023级"),
    ("县总工会通过线上和线下两种渠道开展消费帮扶，销售农产品86万元。", "86万元", "两种"),
    ("市总工会建立了10个职工职业技能培训基地，培训职工2400人次。据了解，10家基地还将开展师带徒活动。", "10个", "10家"),
    ("“周日购物满158元减20元，真实惠。”全市发放工会服务卡3.6万张。", "3.6万张", "20元"),
    ("自上世纪96年公司创建以来，累计培养技师320名。", "320名", "96年"),
    ("体检分为24、25日两天进行，共为困难职工体检860人。", "860人", "25日"),
    ("每40人到60人建立一个职工之家，全公司已建成职工之家86个。", "86个", "40人到60人"),
    ("某市总工会召开十五届四次全体（扩大）会议，表彰先进集体36个。", "36个", "十五届"),
    ("养殖二场、科技园双双获得省工人先锋号，全场职工获奖项超30项次。", "超30项次", "二场"),
    ("表彰分两个层面进行，共表彰先进个人58名。", "58名", "两个"),
    ("持卡满168减30元，全市已发放工会服务卡4.2万张。", "4.2万张", "30元"),
    ("今后每半年组织1次集中慰问，已筹集慰问金12万元。", "12万元", "1次"),
    ("大会明确了今后五年的工作目标，表彰先进集体25个。", "25个", "五年"),
    ("补助对象须在上一年91日至当年630日期间取得学历，今年共补助职工1260人。", "1260人", "630日"),
    ("联合劳动关系三方四家开展专题调研，走访企业68家。", "68家", "四家"),
    ("设立技能类津贴、学历类津贴、创新类奖励、荣誉类奖励等四大类薪酬项目，惠及职工3200人。", "3200人", "四大类"),
])
def test_numbers_that_name_bound_date_or_restate_are_no_figures(base, sentence, kept, dropped):
    figures = _figures(base, f"某市职工工作简讯\n本报讯 {sentence}\n")
    assert kept in figures and (dropped is None or dropped not in figures)


def test_a_name_ends_before_a_verb_of_feeling(base):
    page = ("某市表彰劳模工匠\n\n本报讯 5月2日，某市总工会召开表彰大会。"
            "长沙湘江电机有限公司装配车间技术主管董月中感慨：“技能人才也能评上特级技师了。”\n")
    posts = [(s.fields["name"], s.fields["role"], s.fields["organisation_name"]) for s in _draft(base, page).suggestions if s.kind == "post"]
    assert posts == [("董月中", "装配车间技术主管", "长沙湘江电机有限公司")]


def _times(base, text: str) -> dict[str, dict]:
    return {o["value"]: o["time"] for o in _draft(base, text).annotation["observations"]}


def test_so_far_this_year_is_as_of_the_story_s_date(base):
    times = _times(base, "某市职工书屋建设提速\n\n03.07.2015  09:20\n\n本报讯 截至今年，全市已建成职工书屋615个，藏书41万册。\n")
    assert {v: t.get("as_of") for v, t in times.items()} == {"615个": "2015-07-03", "41万册": "2015-07-03"}


def test_a_forum_post_s_line_dates_the_page_not_a_reader_s_mood(base):
    page = ("搜索\n返回职工之声\n发新帖 回复\n查看: 812|回复: 0\n\n某市职工创新项目获补助\n\n[复制链接]\n楼主\n\n某论超版\n\n  • TA的每日心情\n    开心\n    2021-3-9 10:12\n"
            "  • 签到天数: 5 天\n发表于 2024-9-3 08:41:05 | 只看该作者 |倒序浏览\n\n马上注册，结交更多好友。\n\n"
            "您需要 登录 才可以下载或查看，没有帐号？加入本论坛\n\nx\n\n"
            "某市日报讯（通讯员某某）近日，某市总工会推荐的职工创新项目获得专项补助资金12万元。\n")
    draft = _draft(base, page)
    assert [s.text for s in draft.suggestions if s.kind == "story"] == ["某市职工创新项目获补助"]
    assert draft.annotation["stories"][-1]["date"]["value"] == "2024-09-03"
    assert [t.get("during") for t in _times(base, page).values()] == ["2024"]


def test_a_byline_on_its_own_line_heads_no_clause(base):
    page = ("某县“产改”提质增效\n2023-05-09 10:24:00  来源：某某日报\n1\n听新闻\n\n本报记者 周明 吴亮 通讯员 郑一帆\n\n"
            "2022年共培养高级技师21人、技师146人，合计167人；全县共有职工书屋31家……这些数字背后，是改革不断深入的成效。\n\n"
            "产业工人是某县工业强县的基础，县委县政府把产改列入全年重点工作，推动改革落地见效。\n")
    draft = _draft(base, page)
    rules = [s.fields["subject_rule"] for s in draft.suggestions if s.kind == "observation"]
    assert rules and not any("本报" in r for r in rules)


def _orgs(base, text: str) -> list[str]:
    return [s.text for s in _draft(base, text).suggestions if s.kind == "organisation"]


def test_organisations_printed_in_lists_and_units(base):
    orgs = _orgs(base, "某市工会简讯\n\n本报讯 近日，职工赵某找到了江宁区总工会职工服务中心求助。其中区职工法律援助中心共受理案件214件。"
                       "目前，我市已有某工集团、某矿集团等企业开展试点。全市选树、培育28家民营企业。"
                       "这是自邓建国、周平、魏东技能大师工作室之后的第4个。\n")
    assert {"江宁区总工会职工服务中心", "区职工法律援助中心", "某工集团", "邓建国"} <= set(orgs)
    assert not {"中区职工法律援助中心", "我市已有某工集团", "全市选树", "培育", "建国"} & set(orgs)


def _posts(base, text: str) -> dict[str, str]:
    return {s.fields["name"]: s.fields["role"] for s in _draft(base, text).suggestions if s.kind == "post"}


def test_titles_and_a_level_s_leaders_are_posts(base):
    posts = _posts(base, "某市表彰劳模工匠\n\n本报讯 5月2日，某市召开劳模工匠表彰大会，表彰劳模30人。"
                         "年龄最大的是79岁的中国工艺美术大师钱永年。全国劳动模范孔德海带领团队攻关。"
                         "资深名师冯清远感慨地说，要把手艺传下去。市领导刘立新、余平、单明飞出席会议。\n")
    assert posts == {"钱永年": "中国工艺美术大师", "孔德海": "全国劳动模范", "冯清远": "资深名师",
                     "刘立新": "市领导", "余平": "市领导", "单明飞": "市领导"}


@pytest.mark.parametrize("text, again, times", [
    ("集团对三个单位的六个“小革新”项目进行立项。这六项“小革新”全年可为企业节约成本40多万元。", "六项", 0),
    ("包括孙立国在内的4人获评特级技师。评审通过后，孙立国等4人将享受正高级职称待遇。", "4人", 1),
    ("省总工会命名了首批80名工匠，我市9人入选。我市入选的9人分别为：某公司技术员吴海等。", "9人", 1),
    ("4月，区法律援助中心共受理案件215件。4月，区法律援助中心共受理的215件案件中，96件为协商调解。", "215件", 1),
])
def test_a_figure_taken_up_again_is_one_fact(base, text, again, times):
    obs = [s.text for s in _draft(base, f"某市工会简讯\n\n本报讯 {text}\n").suggestions if s.kind == "observation"]
    assert obs.count(again) == times and obs


def test_a_figure_restated_in_a_later_paragraph_is_one_fact(base):
    page = ("某区职工法律援助月报\n\n本报讯 4月，全区工会系统共参与法律援助案件512件，其中各街镇工作站受理法援案件287件。\n\n"
            "4月，区法律援助中心调解成功案件61件。\n\n4月，各街镇工作站共受理法援案件287件。其中来电咨询9件。\n")
    obs = [s.text for s in _draft(base, page).suggestions if s.kind == "observation"]
    assert obs.count("287件") == 1 and {"512件", "61件", "9件"} <= set(obs)


def test_a_headline_inside_the_page_restates_no_figure_of_the_body(base):
    page = ("某市总工会新举措助力职工技能提升\n\n5月8日，某市总工会举行首批职工培训补贴发放仪式，86名职工代表现场领取补贴。"
            "市总工会每年安排200万元资金，向取得职业资格证书的职工发放培训补贴。（某某日报 记者某某、通讯员某某）\n\n"
            "3600余名职工享职业培训补贴\n\n5月8日上午，某公司电工班班长陈某领到了一笔500元的补贴。\n\n"
            "当天，领取补贴的职工共有86人。今年，全市共有3600余名职工获得该项补贴，补贴资金近期发放到位。\n")
    obs = [s.text for s in _draft(base, page).suggestions if s.kind == "observation"]
    assert obs.count("3600余名") == 1


def test_a_union_heading_a_list_of_bodies_that_act_is_the_subject(base):
    subjects = {s.text: s.fields.get("subject_name") for s in _draft(
        base, "某省重点工程劳动竞赛推进会召开\n\n本报讯 日前，某省重点工程劳动竞赛推进会召开。2023年以来，河南省总工会、省发改委联合开展了重点项目劳动竞赛，"
              "30多家参建单位、1万多名职工参加竞赛，提出合理化建议860条。\n").suggestions if s.kind == "observation"}
    assert {subjects[v] for v in ("30多家", "1万多名", "860条")} == {"河南省总工会"}


def test_the_union_of_this_city_is_the_city_s_union(base):
    subjects = {s.text: s.fields.get("subject_name") for s in _draft(
        base, "某市工会简讯\n\n本报讯 近日，酒泉市总工会开展送温暖活动。该市总工会为困难职工发放慰问金12万元。\n").suggestions
        if s.kind == "observation"}
    assert subjects == {"12万元": "酒泉市总工会"}


def test_words_that_name_no_organisation(base):
    orgs = _orgs(base, "某县农民工入会简讯\n\n本报讯 近日，安徽省某某县1587名建筑工程项目部农民工集中入会。区总工会一行5人深入七盘关工业园区调研基层工会建会情况。"
                       "据甘肃工人报报道，某市总工会工会组建行动收官。215名选手参加了焊工、数控加工中心操作工等项目比赛。"
                       "市总工会建立各类职工职业技能培训基地12家。\n")
    assert not [o for o in orgs if re.search(r"\d+名|调研|^据|工会工会|加工中心|^职工职业技能培训基地$", o)]


def test_a_meeting_that_honours_is_of_the_place_heading_it_in_the_headline(base):
    page = ("芦山县总工会召开“庆五一”劳模表彰大会\n\n04.05.2019  19:11\n\n4月28日下午，纪念“五一”国际劳动节表彰大会在县文化中心召开。"
            "会议对县人民医院等8个工人先锋号、某某等15名劳动模范进行了表彰，并颁发了荣誉证书。\n")
    subjects = {s.text: s.fields.get("subject_name") for s in _draft(base, page).suggestions if s.kind == "observation"}
    assert subjects["15名"] == "芦山县"


def test_a_company_s_unit_printed_after_it_is_one_name(base):
    orgs = _orgs(base, "某市工匠名单公布\n\n本报讯 近日，国网安徽省电力有限公司宿州供电公司电网检修专家陈某某入选省级工匠。\n")
    assert "国网安徽省电力有限公司宿州供电公司" in orgs and "宿州供电公司" not in orgs


def test_a_new_town_of_the_page_s_province_is_no_county_of_another(base):
    regions = [s.text for s in _draft(base, "福州市总工会简讯\n\n本报讯 福州市总工会在滨海新城建设工地开展劳动竞赛，"
                                            "组织劳动竞赛28场。福州市总工会主席出席。\n").suggestions if s.kind == "region"]
    assert "滨海" not in regions and "福州市" in regions


def test_a_province_s_figures_are_never_the_venue_municipality_s(base):
    page = ("某省职工喜获全国五一劳动奖\n\n全国五一劳动奖表彰大会日前在北京召开。省总工会介绍，"
            "我省共有16家单位、52名个人获奖。郑州某某有限公司等16家单位获得奖状。\n")
    subjects = [s.fields.get("subject") for s in _draft(base, page).suggestions if s.kind == "observation"]
    assert {"region": "beijing"} not in subjects


def test_a_headline_reviewing_a_year_dates_its_figures_on_a_page_of_no_date(base):
    page = ("凝聚职工力量 在建设新城中贡献工会作为|2023年某市总工会工作亮点回眸\n\n三月，春风送暖。\n\n"
            "市总工会组织千余名职工参加技能竞赛，新建职工之家12个，为困难职工发放帮扶资金86万元。\n")
    draft = _draft(base, page)
    assert [s.text for s in draft.suggestions if s.kind == "story"][0].startswith("凝聚职工力量")
    assert {o["value"]: o["time"].get("during") for o in draft.annotation["observations"]} == {
        "千余名": "2023", "12个": "2023", "86万元": "2023"}


def test_a_union_s_branch_or_group_in_an_honour_list_is_one_name(base):
    orgs = _orgs(base, "某市命名模范职工小家\n\n本报讯 近日，某市总工会命名一批模范职工小家：广东华丰饼业有限公司生产部烘焙车间包装班工会小组、"
                       "中国电信股份有限公司茂名分公司客户服务中心工会分会、广东烟草茂名市有限公司工会委员会化州市分会、"
                       "中电（广东）电力开发有限公司工会委员会。\n")
    assert {"广东华丰饼业有限公司生产部烘焙车间包装班工会小组", "中国电信股份有限公司茂名分公司客户服务中心工会分会",
            "广东烟草茂名市有限公司工会委员会化州市分会", "中电（广东）电力开发有限公司工会委员会"} <= set(orgs)
    assert "广东华丰饼业有限公司" not in orgs


def test_what_a_name_is_as_before_it_heads_no_clause(base):
    page = ("近年来，国网某供电公司工会创建劳模技师创新工作室24个。\n"
            "作为攻坚主力的吴海东劳模创新工作室，近年来完成技术改造项目40多个，获得国家专利23项。\n")
    subjects = {s.text: s.fields.get("subject_name") for s in _draft(base, page).suggestions if s.kind == "observation"}
    assert subjects["40多个"] == subjects["23项"] == "吴海东劳模创新工作室"


def test_this_contest_is_its_organiser_s_over_the_headline_s_place(base):
    page = ("沈阳市2024年“皇姑好医护”护理技能竞赛开赛\n\n4月16日下午，沈阳市皇姑区职工技能竞赛开幕式举行。此次竞赛由皇姑区总工会主办，"
            "区卫生健康局工会委员会承办。本次竞赛共有19家单位417名选手参赛。\n")
    subjects = {s.text: s.fields.get("subject_name") for s in _draft(base, page).suggestions if s.kind == "observation"}
    assert subjects["19家"] == subjects["417名"] == "皇姑区总工会"


def test_a_range_with_a_tilde_operator_is_one_figure(base):
    assert "5万元∼10万元" in _figures(base, "某省工会简讯\n本报讯 省总工会对每个创新工作室给予5万元∼10万元的资金支持。\n")


def test_a_count_before_a_name_and_a_disclosure_header_name_no_body(base):
    page = ("某县工会开展慰问活动\n\n 索 引 号  zfbgsc/2025-00117  发布机构  某某县人民政府办公室  公开日期  2025-08-27\n\n"
            "中秋节前，某市高新区总工会举办了一场高新区总工会星海职工之家职工集市活动，慰问职工300余人。\n")
    orgs = _orgs(base, page)
    assert "高新区总工会星海职工之家" in orgs and not [o for o in orgs if o.startswith("一场") or "人民政府" in o]


def test_qizhong_before_a_level_is_no_place(base):
    regions = [s.text for s in _draft(base, "某区工会简讯\n\n本报讯 4月，全区共受理法援案件520件，其中区职工法律援助中心受理案件301件。\n").suggestions
               if s.kind == "region"]
    assert "中区" not in regions
