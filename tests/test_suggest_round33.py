"""suggest on the unseen pages of heldout226–311, read (issue 21, the thirty-third round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round12 import _orgs, _subjects
from test_suggest_round17 import _draft, _observations
from test_suggest_round28 import _times


def test_a_survey_heading_the_clause_is_no_body_the_story_s_union_ran_it(base):
    page = ("某市职工压力调查\n\n2019年06月12日 来源：某某日报\n\n本报讯 安平市总工会日前出台职工心理健康服务意见。"
            "据悉，安平市总工会去年开展职工心理状况调查。\n\n该调查共发放问卷900份，回收有效问卷862份。"
            "这一数据显示，认为工作压力较大的职工占43.5%。\n")
    subjects = _subjects(base, page)
    assert subjects["900份"] == subjects["862份"] == subjects["43.5%"] == "安平市总工会", subjects
    page = page.replace("该调查共发放", "该研究所共发放")
    assert _subjects(base, page)["900份"] is None  # (该研究所: a body the story never names; whose, the annotator decides)


def test_cases_scores_and_millimetres_are_figures(base):
    page = ("某省职业病防治工作\n\n2019年04月20日 来源：某某日报\n\n本报讯 省总工会联合省卫健委开展职业病防治宣传。截至2018年底，"
            "全省累计诊断尘肺病农民工1.5万例，其中省职业病防治院诊断3691例。职工对服务的满意度得分3.45分，较上年提高0.12分。"
            "汛期累计降雨量480毫米。\n")
    figures = _observations(base, page)
    assert {"1.5万例", "3691例", "3.45分", "0.12分", "480毫米"} <= set(figures), figures
    page = page.replace("满意度得分3.45分，较上年提高0.12分", "例如每人答题，共4分")
    figures = _observations(base, page)
    assert not {f for f in figures if f.endswith("分")}, figures  # (a score only with decimals: 共4分 no figure)


def test_tenths_before_a_word_with_one_are_tenths_alone(base):
    page = ("某省职工状况调查\n\n2018年02月22日 来源：某某日报\n\n本报讯 省总工会发布的调查报告显示，超八成一线工人认为收入处于中等水平，"
            "八成三受访职工希望参加技能培训。\n")
    figures = _observations(base, page)
    assert "超八成" in figures and "八成三" in figures and "超八成一" not in figures, figures


def test_a_day_of_the_month_before_what_happened_is_a_time(base):
    page = ("某工会代表大会选举\n\n新华社北京10月19日电（记者王某）中国工会十五大19日选举产生了276名执行委员会委员，"
            "工会会员代表1.2万名参会。大会为期4日，共召开3次全体会议。\n")
    figures = _observations(base, page)
    assert "19日" not in figures and "276名" in figures, figures
    page = ("某区防汛救灾\n\n本报讯 7月18日，受灾居民4.9万人，区里启动防汛1级（红色）应急响应，区总工会向一线职工发放慰问金20万元。\n")
    figures = _observations(base, page)
    assert "1级" not in figures and "20万元" in figures, figures


def test_the_writer_on_the_site_s_line_under_the_headline_is_the_byline(base):
    page = ("某市开展职业病防治宣传周活动\n\n栏目:新闻资讯    来源:某某网    阅读量:7903   作者:谷小金    发布时间:2022-05-04 11:20\n\n"
            "日前，市卫生健康委、市总工会联合开展职业病防治宣传周活动，发放资料2000份。\n")
    story = _draft(base, page).annotation["stories"][0]
    assert {"name": "谷小金", "role": "author", "quote": "作者:谷小金"} in story.get("byline", []), story
    page = page.replace("作者:谷小金", "作者:佚名")
    assert not _draft(base, page).annotation["stories"][0].get("byline")  # (佚名: no one)


def test_cadre_schools_and_health_bodies_are_organisations(base):
    page = ("某省工会干部培训综述\n\n本报讯 近日，湖北大学党校第187期工会干部培训班开班，50余人参加。浙江省总干校今年举办培训班146期。"
            "中国疾控中心职业卫生所发布数据，职工体检率达90%。\n")
    orgs = _orgs(base, page)
    assert {"湖北大学党校", "浙江省总干校", "中国疾控中心职业卫生所"} <= orgs, orgs
    assert not any(o.endswith("期工会") for o in orgs), orgs  # (a class's number, no union)


def test_the_district_a_story_s_one_body_opens_with_is_its_whole_district(base):
    page = ("关于新时期女职工状况的调查与思考\n\n为了进一步完善女职工工作，最近静安区女职工委员会采用问卷调查的方式对全区女职工的状况进行调查。"
            "调查对象是全区22个已建女职工委员会中的307位在职女职工。\n")
    subjects = _subjects(base, page)
    assert subjects["22个"] == subjects["307位"] == "静安区", subjects
    page = page.replace("最近静安区女职工委员会", "最近静安区女职工委员会和徐汇区女职工委员会")
    assert _subjects(base, page)["22个"] != "静安区"  # (two districts: which, the annotator decides)


def test_the_school_heading_a_clause_is_the_one_school_the_story_names(base):
    page = ("某省总工会干部学校建校70周年\n\n本报讯 5月28日，安平省总工会干部学校召开建校70周年座谈会。\n\n"
            "1951年，安平省总工会干部学校正式成立。作为全省工会干部培训的主阵地，学校发挥了重要作用。"
            "从建校至今，共举办各类培训班800余期，培训工会干部近15万人。\n")
    subjects = _subjects(base, page)
    assert subjects["800余期"] == subjects["近15万人"] == "安平省总工会干部学校", subjects
    page = page.replace("1951年，安平省总工会干部学校正式成立。", "1951年，安平省总工会干部学校和石家庄市第一技工学校先后成立。")
    assert _subjects(base, page)["800余期"] != "安平省总工会干部学校"  # (two schools: which, the annotator decides)


def test_a_pinyin_gloss_without_its_tone_is_read_past(base):
    page = ("某學院雙代會提案工作報告\n\n2013年雙代會(hui)第一次會(hui)議(yi)，共收到提案表126份，歸類整理出64件提案、31個意見和建議(yi)，交由學院職(zhi)工代表審議(yi)。\n")
    draft = _draft(base, page)
    figures = [s.text for s in draft.suggestions if s.kind == "observation"]
    assert {"126份", "64件", "31個"} <= set(figures), figures
    quote = next(o["quote"] for o in draft.annotation["observations"] if o["value"] == "126份")
    assert "會(hui)" in quote  # (the quote as printed)


def test_a_page_on_a_workers_congress_printed_short_is_in_scope(base):
    page = "某公司职代会提案落实情况\n\n本报讯 今年职代会共收到提案118件，已落实96件，落实率81.4%。\n"
    assert {"118件", "96件", "81.4%"} <= set(_observations(base, page))


def test_votes_sets_lamps_questions_and_products_are_counts(base):
    page = ("某市工会工作简讯\n\n本报讯 今年以来，市总工会组织职工评选，网络总投票量近1万票。经过30多名员工、20多台套设备奋战，"
            "工程提前完工。工会为村里安装路灯50盏，网上练兵答题超535万道，推出帮扶产品百余款。\n")
    figures = set(_observations(base, page))
    assert {"近1万票", "20多台套", "50盏", "超535万道"} <= figures, figures
    page = "某市工会工作简讯\n\n本报讯 今年以来，市总工会为职工发放车票200张，修建10道路口护栏，拨付款项3万元。\n"
    figures = set(_observations(base, page))
    assert not {f for f in figures if f.endswith(("道", "票", "款"))}, figures


def test_a_contest_s_entrants_from_the_whole_country_are_the_contest_s(base):
    page = ("山东济南•2024全国数据技术应用职业技能竞赛成功举办\n\n10月20日，山东济南•2024全国数据技术应用职业技能竞赛在济南举办。"
            "某省总工会副主席王某出席开幕式。\n\n共有来自全国10个省（市）的50支代表队、407位选手参赛。\n")
    subjects = _subjects(base, page)
    assert subjects["50支"] == subjects["407位"] == "2024全国数据技术应用职业技能竞赛", subjects


def test_the_contest_a_figure_s_people_join_is_theirs(base):
    page = ("某市集成电路技能大赛开赛\n\n昨天（17日），来自长三角地区32家企业的130名集成电路领域实操高手汇聚我市，"
            "参加首届长三角城市集成电路技能大赛。\n")
    subjects = _subjects(base, page)
    assert subjects["32家"] == subjects["130名"] == "首届长三角城市集成电路技能大赛", subjects
    page = page.replace("参加首届长三角城市集成电路技能大赛", "参观首届长三角城市集成电路技能大赛")
    assert _subjects(base, page)["130名"] != "首届长三角城市集成电路技能大赛"  # (visitors, no entrants)


_CALENDAR_PAGE = ("主办:某某评论通讯社\n首页|头条|焦点|大陆|港澳|国际|经济|财经\n人物|文萃|图片|文化|名家|记者|简介\n   2025年1月15日 星期三\n"
                  "改革赋能产业工人\nhttp://www.example.com   2020-05-04 12:12:43\n\n"
                  "  某社北京5月4日电 全国总工会介绍，截至目前，全国已建成劳模创新工作室698个。\n")


def test_the_date_and_time_under_the_headline_beat_the_site_s_calendar(base):
    story = _draft(base, _CALENDAR_PAGE).annotation["stories"][0]
    assert story["date"]["value"] == "2020-05-04", story["date"]
    assert _times(base, _CALENDAR_PAGE)["698个"]["as_of"] == "2020-05-04"


def test_a_site_s_menu_names_no_reporter(base):
    story = _draft(base, _CALENDAR_PAGE).annotation["stories"][0]
    assert not any(b["name"] == "简介" for b in story.get("byline", [])), story.get("byline")


def test_a_hong_kong_federation_of_unions_and_no_mr_s_company(base):
    page = ("平台工作者调查\n\n港九劳工社团联会及香港运输物流业工会联会今年5月访问了300名平台工作者。"
            "轻型货车司机蔡先生指公司不会主动为他购买保险。\n")
    orgs = _orgs(base, page)
    assert "香港运输物流业工会联会" in orgs and "香港运输物流业工会" not in orgs, orgs
    assert not any("先生" in o for o in orgs), orgs


def test_a_corps_division_heads_its_city_s_union(base):
    page = "工会援疆\n\n本报讯 湖北省总工会与五师双河市总工会形成了对口援助机制，三年来援助资金582万元。\n"
    orgs = _orgs(base, page)
    assert "五师双河市总工会" in orgs and "双河市总工会" not in orgs, orgs
    page = "工会援疆\n\n本报讯 2021年，第七师胡杨河市总工会与江苏省总工会签订协议，援助资金42万元。\n"
    assert "第七师胡杨河市总工会" in _orgs(base, page)  # (第七/m 师/ng: the division printed in two words)
