"""suggest on the unseen pages of heldout226–287, read (issue 21, the thirtieth round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from decimal import Decimal

from test_suggest_round12 import _orgs, _subjects
from test_suggest_round17 import _draft
from test_suggest_round28 import _times


def test_a_count_printed_again_with_its_noun_and_among_takes_that_count_s_subject(base):
    page = ("一批先进受到表彰\n\n本报讯 2023年5月6日，记者从江西省总工会、江西省人力资源和社会保障厅获悉，今年我省18名个人荣获全国五一劳动奖章，"
            "9个集体荣获全国工人先锋号。\n\n" + "这些先进集体和个人扎根一线、爱岗敬业，在各自岗位上作出了突出贡献。" * 25 + "\n\n评选突出基层一线\n\n"
            "据介绍，18名全国五一劳动奖章获得者中，一线职工12人，占比66.7%；农民工4人。"
            "获得全国工人先锋号的9个集体中，企业班组7个。\n")
    assert len(page) > 900  # (a long report: its topic does not run across its sections)
    subjects = _subjects(base, page)
    assert subjects["12人"] == subjects["66.7%"] == subjects["4人"] == subjects["7个"] == subjects["18名"], subjects
    assert subjects["18名"] not in (None, "TODO"), subjects


def test_a_person_s_name_in_a_list_of_names_is_no_place(base):
    page = ("某市总工会开展劳模工匠进校园活动\n\n本报讯 2024年9月，记者从某市总工会获悉，陈某某、黄松江、李某某等5名劳模工匠先后走进8所中小学，"
            "向2100多名师生宣讲。\n")
    drafted = _draft(base, page)
    assert not [s for s in drafted.suggestions if s.kind == "region" and s.text == "松江"], drafted.suggestions
    page = "某市工会组织职工赴沪疗休养\n\n本报讯 2024年9月，某市200名职工先后前往上海、黄浦、松江等地参观学习。\n"
    assert [s for s in _draft(base, page).suggestions if s.kind == "region" and s.text == "松江"]  # (places listed: places)


def test_a_subdistrict_heading_its_clause_is_the_subject_by_its_name(base):
    page = ("某街道工会办起暑期托管班\n\n本报讯 2024年7月，某某街道总工会的暑期托管班开班。"
            "某某街道现有企业职工约3.2万人，每年暑假有300多名孩子来此与父母团聚。到2023年底，某某街道城镇社区增加到12个。\n")
    subjects = _subjects(base, page)
    assert subjects["约3.2万人"] == subjects["300多名"] == subjects["12个"] == "某某街道", subjects
    page = "某镇职工喜领慰问金\n\n本报讯 2024年1月，某市总工会走访各乡镇，向120名困难职工发放慰问金。\n"
    assert "镇" not in (_subjects(base, page)["120名"] or ""), _subjects(base, page)  # (各乡镇: no town's name)


def test_a_forum_post_is_dated_by_its_posting_not_by_the_poster_s_registration(base):
    page = ("主题 : 某市职工技能运动会开赛\n级别: 论坛版主\n注册时间: 2018-06-08\n最后登录: 2024-04-19\n楼主 发表于: 2020-09-10\n\n"
            "某市职工技能运动会开赛\n\n本报讯 近日，某市首届职工技能运动会开赛。本届运动会共设40个参赛项目，有520名选手参加。\n")
    times = _times(base, page)
    assert times["40个"]["during"] == "2020" and times["520名"]["during"] == "2020", times
    from reformkg.suggest.times import page_date
    assert page_date(page.replace("\n", "").replace(" ", ""))[0] == "2020-09-10"


def test_a_name_never_holds_come_from_or_set_up(base):
    page = ("某街道工会办起夏令营\n\n本报讯 2024年7月，某某夏令营开营，300名孩子入营。夏令营设置明德实验学校、华兴集团两大营点。"
            "“他们来自顺丰、京东等企业，”街道总工会主席说。\n")
    orgs = _orgs(base, page)
    assert "明德实验学校" in orgs and "顺丰" in orgs, orgs
    assert not [o for o in orgs if "设置" in o or "来自" in o], orgs
    page = ("某市举办职工技能大赛\n\n本报讯 2024年5月，大赛由广东省总工会携手香港工会联合会共同主办，共有120名选手参赛。"
            "某某厂职工王某荣获集团公司技术能手称号。\n")
    orgs = _orgs(base, page)
    assert "香港工会联合会" in orgs and "集团公司" in orgs and not [o for o in orgs if "携手" in o or "荣获" in o], orgs


def test_tenths_and_hundredths_printed_short_are_one_figure(base):
    page = ("某会发布职工调查\n\n本报讯 2024年5月，某会公布调查结果：八成三受访者对劳动法规认知不足，近三成曾权益受损；"
            "亦有6成5的工作单位缺乏防暑装备。\n")
    found = _subjects(base, page)
    assert "八成三" in found and "6成5" in found and "八成" not in found and "6成" not in found, found
    from reformkg.annotation.figures import parse_figure
    assert parse_figure("八成三").value == parse_figure("8成3").value == Decimal("8.3") and parse_figure("八成三").unit_word == "成"


def test_this_year_with_its_number_in_brackets_dates_the_phrase_and_an_undated_page(base):
    page = ("某工会公布职工疫情影响调查\n\n某市工会联合会于今(2022)年8月开展职工问卷调查，共收集有效问卷2,480份。\n"
            "工会指出，约61.5%在职受访者所属企业暂停营运。\n")
    times = _times(base, page)
    assert times["2,480份"]["during"] == "2022-08", times
    assert times["约61.5%"] == {"unspecified": True}, times  # (the page's year, 2022, as the story's date)
    from reformkg.suggest.times import page_date
    assert page_date(page.replace("\n", ""))[0] == "2022"


def test_a_federation_named_as_macau_names_its_own_is_one_body(base):
    page = ("澳門工會聯合總會公布職工調查\n\n本報訊 2024年5月，澳門工會聯合總會與澳門文職人員總會公布調查結果，共收回問卷1,200份。"
            "澳門工會聯合總會今年舉辦講座48場。\n")
    orgs = _orgs(base, page)
    assert "澳門工會聯合總會" in orgs and "澳門文職人員總會" in orgs and "澳門工會" not in orgs, orgs
    assert _subjects(base, page)["48場"] == "澳门工会联合总会", _subjects(base, page)
    assert not _orgs(base, "某工会活动\n\n本报讯 2024年5月，某市总工会开展活动。他总会说，工会帮了大忙，共帮扶30人。\n") - {"市总工会"}


def test_an_institute_s_or_a_works_number_is_part_of_its_name(base):
    page = ("某集团工匠人才入选名单\n\n本报讯 2024年5月，某院800所王某某技能大师工作室入选省技能大师工作室，149厂李某、"
            "812所张某某入选首席技师。全省共有技工院校215所，今年新增36所。\n")
    found = _subjects(base, page)
    assert "800所" not in found and "149厂" not in found and "812所" not in found, found
    assert "215所" in found and "36所" in found, found


def test_lengths_of_a_stay_a_term_and_a_camp_are_no_figures(base):
    page = ("某市工会开展师带徒活动\n\n本报讯 2024年7月，某市总工会评选首席技师12名，管理期限为4年。技师王某在某公司一干就是10年，"
            "从事焊工有5个年头了。今年夏令营分为2期，时长共12天，共有300名孩子参加。\n")
    found = _subjects(base, page)
    assert not {"4年", "10年", "5个", "12天"} & set(found), found
    assert {"12名", "2期", "300名"} <= set(found), found


def test_a_short_name_given_with_xiacheng_is_the_body_s(base):
    page = ("某公司工会开展技能比武\n\n本报讯 2024年5月，某省华晋煤电集团有限责任公司（下称华晋煤电）工会与太原市总工会联合举办技能比武。"
            "华晋煤电共有120名职工参赛，决出一等奖5名。\n")
    subjects = _subjects(base, page)
    assert subjects["120名"] == "华晋煤电集团有限责任公司", subjects


def test_a_lecture_troupe_is_a_body(base):
    page = ("某市劳模宣讲进校园\n\n本报讯 2024年5月，某市总工会组织德州工会劳模工匠宣讲团走进12所学校，宣讲30场。"
            "省委宣讲团也到我市宣讲。\n")
    orgs = _orgs(base, page)
    assert "德州工会劳模工匠宣讲团" in orgs and "省委宣讲团" in orgs, orgs


def test_an_open_university_is_a_body_and_opening_a_campus_is_not(base):
    page = ("某区工会助力职工学历提升\n\n本报讯 2024年5月，某区总工会与国家开放大学、福建开放大学合作，资助120名职工就读。\n")
    orgs = _orgs(base, page)
    assert "国家开放大学" in orgs and "福建开放大学" in orgs, orgs
    assert not [o for o in _orgs(base, "某区工会活动\n\n本报讯 2024年5月，某区总工会推动全面开放大学校园，惠及职工300名。\n")
                if "开放大学" in o]


def test_schools_by_their_short_names_are_bodies(base):
    page = ("某县工会助力职工学历提升\n\n本报讯 2024年5月，某县总工会资助386名职工就读大田电大，另有20人考入东城职大，"
            "技能比武在衢州中专举行。\n")
    orgs = _orgs(base, page)
    assert {"大田电大", "东城职大", "衢州中专"} <= orgs, orgs
    assert not _orgs(base, "某县工会活动\n\n本报讯 2024年5月，我读中专时学了电焊，他上电大拿了文凭，县总工会补助100人。\n") - {"县总工会"}
