"""suggest on the unseen pages of heldout162–177, read (issue 21, the twenty-second round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

import pytest
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
            "市总工会在全市96个工会驿站开展活动，为5.6万职工提供服务，祝广大职工阖家幸福安康。\n")
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


def test_the_body_before_a_headlines_colon_is_whose_figures_are(base):
    from test_suggest_round17 import _subjects

    page = ("国网平凉供电公司：以“五个深化”锻造产业工人队伍\n\n时事 2024-11-05 13:02 甘肃\n\n"
            "“检修时要小心工具打碎玻璃，连接处要做密封处理。”近日，在国网平凉供电公司青年员工培训现场，测评员叮嘱道。\n\n"
            "开展安全规程考试及岗位技能培训，是该公司落实“产改”工作部署、提升产业工人技能素质的一项重要举措。今年以来，"
            "国网平凉供电公司认真落实上级关于产业工人队伍建设改革的整体部署，围绕思想引领、建功立业、素质提升等重点任务精准发力，"
            "以“五个深化”举措锻造高素质产业工人队伍，" + "为公司全方位高质量发展赋能助力，" * 10 + "成效明显。\n\n"  # (a long report: > 600)
            "深化职工技能竞赛，提高产业工人素质水平\n\n"
            "牢牢把握“高技能人才”这一重点，与平凉市总工会共同举办职工职业技能竞赛，选拔优秀职工参加省级竞赛，以赛促练，"
            "先后选树甘肃省技术能手、标兵18人，平凉市技术能手、标兵31人。结合“安全月”等主题，策划开展安全知识竞赛等技能提升活动6场次。\n\n"
            "深化职工劳动竞赛，调动产业工人劳动热情\n\n"
            "牢牢把握“建功立业”这一主题，组织开展重大工程项目建设劳动竞赛，评选竞赛优胜集体5个，竞赛标兵10人。\n\n"
            "深化对口帮扶，温暖困难职工\n\n在永登县开展帮扶，走访困难职工20户。\n")
    subjects = _subjects(base, page)
    assert subjects["18人"] == subjects["31人"] == subjects["6场次"] == subjects["5个"] == subjects["10人"] == "国网平凉供电公司", subjects
    assert subjects["20户"] != "国网平凉供电公司", subjects  # another place before the figure: whose, the annotator decides


def test_a_senior_technicians_title_before_a_name_is_a_post(base):
    from test_suggest_round17 import _posts

    posts = _posts(base, "某省职工获表彰\n\n本报讯 近日，中国电科某研究院高级技师夏某荣获省五一劳动奖章，"
                         "某机电公司特级技师崔某某上榜。\n")
    assert posts.get("崔某某") == "特级技师", posts
    # 职工 and a trade alone are no post without the employer's name printed with them
    posts = _posts(base, "某市工会慰问\n\n本报讯 近日，市总工会慰问货车司机张某某和一线职工李某某。\n")
    assert "张某某" not in posts and "李某某" not in posts, posts


def test_a_provinces_contest_edition_is_part_of_its_name(base):
    page = ("某市选手在全省大赛中获佳绩\n\n本报讯 4月18日晚，湖南省第二届职业技能大赛在株洲闭幕。"
            "某市代表团32名选手参赛，获得金牌2枚。\n")
    draft = _draft(base, page)
    assert "第二届" not in _observations(base, page)
    assert [x["text"] for x in draft.annotation["figures_excluded"]] == ["第二届"]



def test_a_regions_departments_hospitals_and_law_firms_are_named(base):
    from test_suggest_round12 import _orgs

    orgs = _orgs(base, "新疆纺织服装技能大赛举行\n\n本报讯 2024年，大赛由自治区总工会联合自治区工业和信息化厅、"
                       "自治区人力资源和社会保障厅主办，乌鲁木齐市总工会承办。\n")
    assert {"自治区工业和信息化厅", "自治区人力资源和社会保障厅"} <= orgs, orgs
    orgs = _orgs(base, "某区开展两癌筛查\n\n本报讯 2024年，区总工会在邯山区妇幼保健院开展筛查，邀请五寨县律师事务所律师提供咨询。\n")
    assert {"邯山区妇幼保健院", "五寨县律师事务所"} <= orgs, orgs


def test_a_central_enterprises_numbered_bureau_is_named(base):
    from test_suggest_round12 import _orgs

    orgs = _orgs(base, "某省交通建设劳动竞赛启动\n\n本报讯 2024年，竞赛由四川省总工会、中铁八局主办，来自兰州铁路局、"
                       "中铁二十一局等单位的选手参赛，中铁八局成都公司承办。\n")
    assert {"中铁八局", "中铁二十一局", "中铁八局成都公司"} <= orgs, orgs


def test_these_n_people_take_up_the_subject_of_the_count_before(base):
    from test_suggest_round17 import _subjects

    lead = "全国劳动模范和先进工作者表彰大会在北京举行。" + "会议号召广大职工学习劳模精神。" * 45  # (a long report)
    page = (f"某市112人获全国劳动模范\n\n本报讯 {lead}\n\n今年上海市共有112人获得表彰，其中全国劳动模范82人。\n\n"
            "据了解，这112人中，企业职工65人，占比58%；机关事业单位人员30人，占比26.8%。\n")
    subjects = _subjects(base, page)
    assert subjects["65人"] == subjects["58%"] == subjects["30人"] == subjects["26.8%"] == "上海市", subjects


# Pages and the observations they draft, no more (a scheme's thresholds and a bound's bracket; the oldest's and
# the youngest's ages and an age bound, an average age being the group's, indicator average-age; 三方 of a joint
# mediation or of working together)
DRAFTED = [
    ("某市总工会开展职工大病关爱行动\n\n本报讯 2024年，该项目面向医疗费用自费部分超过1万元的在职职工。"
     "个人自付治疗费用超过3万元(含3万元)的职工，按档次补助。全年发放补助金717万元，其中补助金额在10000元以上的有99人次。\n",
     ["717万元", "99人次"]),
    ("某市总工会举办职工技能大赛\n\n本报讯 2024年，参赛选手中，年龄最大的46岁，最小的17岁，平均年龄25岁，"
     "调查对象为15岁或以上在职人士，共有职工120人参赛。\n", ["25岁", "120人"]),
    ("某省劳动争议调解工作推进会召开\n\n本报讯 2025年，全省工会共建立劳动争议三方联合调解中心210个，各级工会和三方联调成员单位"
     "推动党政重视、三方协同。\n", ["210个"]),
]


@pytest.mark.parametrize("page,drafted", DRAFTED)
def test_numbers_that_bound_describe_or_name_are_no_figures(base, page, drafted):
    assert _observations(base, page) == drafted


def test_a_unions_app_card_or_title_and_an_allowances_name_are_no_body(base):
    from test_suggest_round12 import _orgs

    orgs = _orgs(base, "某市工会推进职工书屋建设\n\n本报讯 2024年，菏泽市总工会举行菏泽工会会员服务卡首发仪式，推动职工书屋与“江苏工会服务网”"
                       "联通，对前3名选手授予“皇姑区工会技术标兵”称号。获奖者中12人享受国务院政府特殊津贴。\n")
    assert "菏泽市总工会" in orgs and not orgs & {"菏泽工会", "江苏工会", "皇姑区工会", "国务院"}, orgs


def test_a_year_since_in_a_january_story_is_the_year_just_ended(base):
    page = ("某区总工会维权工作取得实效\n\n2025-01-09 10:00 来源：某某网\n\n一年来，区总工会为农民工追回欠薪1049万余元，办理案件300余件。\n")
    times = _times(base, page)
    assert times["1049万余元"] == times["300余件"] == {"during": "2024"}, times
    assert _times(base, page.replace("2025-01-09", "2025-06-09"))["300余件"] == {"since": "2024"}


def test_a_federation_printed_short_before_its_documents_and_funds(base):
    from test_suggest_round12 import _orgs

    orgs = _orgs(base, "某市工会工作简讯\n\n本报讯 今年以来，某市总工会聚焦全总、省总重点工作，落实全总、省总相关部署要求，"
                       "其中获省总资助3名。县总人口12万。\n")
    assert "省总" in orgs and "县总" not in orgs, orgs


def test_more_local_bodies_after_their_level(base):
    from test_suggest_round12 import _orgs

    orgs = _orgs(base, "某县工会慰问一线职工\n\n本报讯 2025年1月，县总工会慰问了县交通运输局、县交警大队外勤人员，联合县乡村振兴局制定方案，"
                       "在区电力公司开展活动，县审计局、县自来水公司派员参加。\n")
    assert {"县交警大队", "县乡村振兴局", "区电力公司", "县审计局", "县自来水公司"} <= orgs, orgs


def test_every_name_of_a_bylines_role_is_its_byline(base):
    page = "某市工会开展活动\n\n某某日报讯(记者 郎某某 龙某 陈某飞)近日，某市总工会开展职工技能培训活动。\n"
    byline = _draft(base, page).annotation["stories"][0]["byline"]
    assert [(b["name"], b["role"]) for b in byline] == [("郎某某", "reporter"), ("龙某", "reporter"), ("陈某飞", "reporter")]
    assert all(b["quote"].replace(" ", "") in page.replace(" ", "") for b in byline)
    page = "某市工会开展活动\n\n本报讯 近日，某市总工会开展活动。\n(通讯员：张某娥、刘某杰)\n"
    assert [b["name"] for b in _draft(base, page).annotation["stories"][0]["byline"]] == ["张某娥", "刘某杰"]
