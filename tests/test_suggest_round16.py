"""suggest on the unseen pages of heldout68–89, read again for their organisations (issue 21,
the sixteenth round). Every sentence is written for these tests, in forms real pages show; none
is taken from a page."""

import pytest

from reformkg.suggest.drafter import suggest
from reformkg.suggest.stories import boilerplate


def _draft(base, text: str):
    vocab, registry = base
    return suggest("crafted.txt", registry, vocab, text=text)


def _orgs(draft) -> list[str]:
    return [s.text for s in draft.suggestions if s.kind == "organisation"]


@pytest.mark.parametrize("opening, medium", [
    ("某某新闻网6月3日讯 近日，", "某某新闻网"),                   # a dateline: the site, the day, 讯
    ("中工网讯（记者 王某 通讯员 李某）近日，", "中工网"),          # the registry's medium, its reporters after it
    ("某某晚报讯（记者 王某）近日，", "某某晚报"),
    ("（某某日报记者 王某）近日，", "某某日报"),                      # a byline's bracket
    ("据某某日报报道，近日，", "某某日报"),                          # the source the story cites
    ("某某網(wǎng)訊 近日，", "某某網"),                             # traditional, a gloss after the name
])
def test_the_medium_that_printed_the_story_is_its_newspaper(base, opening, medium):
    page = f"泾阳县总工会开展职工技能培训\n{opening}泾阳县总工会举办职工技能培训班，培训职工320人。\n"
    draft = _draft(base, page)
    story = draft.annotation["stories"][0]
    assert story["newspaper"] == medium
    assert not any(medium in o or o in medium for o in _orgs(draft))  # never a body of the story's facts
    assert [s.text for s in draft.suggestions if s.kind == "newspaper"][0].startswith(medium[:2])
    assert "泾阳县总工会" in _orgs(draft)


def test_a_medium_the_story_reports_on_stays_a_body(base):
    page = ("泾阳县总工会经验做法获推广\n本报讯 近日，泾阳县总工会的经验做法在中工网刊登，"
            "全县已建成职工书屋36家。\n")
    draft = _draft(base, page)
    assert "中工网" in _orgs(draft)  # 在中工网刊登: what the medium did is the story's
    assert "newspaper" not in draft.annotation["stories"][0]


def test_what_a_list_before_deng_wenti_names_is_no_firm(base):
    page = ("泾阳县总工会下达法律监督意见书\n本报讯 检查中，泾阳县总工会就未签劳动合同、加班不付工资等问题向某公司发出意见书，"
            "督促整改隐患12处。\n")
    orgs = _orgs(_draft(base, page))
    assert not any(o.startswith(("就未", "加班")) for o in orgs)  # what was found wrong, before 等问题
    page = "泾阳县总工会走访企业\n本报讯 近日，甲乙制药、丙丁机械等企业参加泾阳县总工会岗位练兵，参与职工300人。\n"
    assert {"甲乙制药", "丙丁机械"} <= set(_orgs(_draft(base, page)))  # firms listed before 等企业 stay


@pytest.mark.parametrize("line, why", [
    ("欢迎访问某某县总工会网站!", "site name"),
    ("欢迎进入某某市总工会官网!", "site name"),
    ("主办单位:某某市人民政府办公室 运行维护单位:某某网络公司", "site furniture"),
    ("主办单位：中共某某市委组织部", "site furniture"),
    ("政府网站标识码1234000001", "site furniture"),
    ("某某工会新闻某某工会新闻某某工会新闻", "site furniture"),  # a header printed over and over
    ("首   页 走进某区 新闻中心 政府信息公开 政务服务 互动交流", "navigation"),  # a menu set out by spaces
])
def test_a_site_s_greeting_footer_and_menus_are_its_own(line, why):
    assert boilerplate(line) == why


@pytest.mark.parametrize("line", [
    "本次大赛主办单位为某某市总工会，共有1200名职工参赛。",   # a sentence of the story names its organiser
    "欢迎广大职工积极参与。",
    "首页上线了职工服务专区，已有3000人注册。",
])
def test_sentences_like_the_site_s_lines_stay_the_story_s(line):
    assert boilerplate(line) is None


def test_the_site_s_owner_in_its_lines_is_no_body_of_the_story(base):
    page = ("欢迎访问泾阳县总工会网站!\n首   页 工会要闻 基层动态 政策法规 服务职工\n"
            "泾阳县开展职工技能比武\n本报讯 近日，某某机械公司举办职工技能比武，参赛职工120人。\n"
            "主办单位:泾阳县总工会 技术支持:某某网络公司\n")
    assert "泾阳县总工会" not in _orgs(_draft(base, page))


@pytest.mark.parametrize("page, body, stray", [
    # a byline run into the story's first line
    ("职工技能比武举行\n某某日报-某某新闻通讯员王建国记者李明华泾阳县总工会近日举办职工技能比武，参赛职工120人。\n",
     "泾阳县总工会", "记者"),
    # a table of graded workers flattened into a line: grade, person, employer
    ("技能等级认定结果公示\n本报讯 序号1茶艺师特级技师张文明陕西秦岭茶业有限公司，序号2评茶师高级技师李明华陕西汉水茶业有限公司。"
     "全市认定特级技师12人。\n", "陕西汉水茶业有限公司", "李明华"),
    # 由 glued to the name by the tokens (由江铃/nr)
    ("职工疗休养启动\n本报讯 职工体检费用全部由江铃集团工会承担，共惠及职工1200人。\n", "江铃集团工会", "由"),
])
def test_people_and_prepositions_before_a_body_are_no_part_of_its_name(base, page, body, stray):
    orgs = _orgs(_draft(base, page))
    assert body in orgs
    assert not any(stray in o for o in orgs)


def test_committees_printed_as_one_word_the_league_s_and_a_party_school(base):
    page = ("青年岗位能手表彰\n本报讯 近日，共青团武汉市委表彰青年岗位能手30名，济宁市任城区委党校教师李明华为职工授课。"
            "陕西省国防工会委员会等12个单位参加，全市职工参与1200人次。\n")
    orgs = {s.text: s.fields for s in _draft(base, page).suggestions if s.kind == "organisation"}
    assert orgs["共青团武汉市委"]["new"]["kind"] == "association"  # 武汉市委/nt after 共青团/nt: the League's
    assert orgs["济宁市任城区委党校"]["new"]["kind"] == "school"  # the committee's school, with its city
    assert "陕西省国防工会委员会" in orgs  # the registry's union with its committee's name, one name
    assert not {"武汉市委", "任城区委", "陕西省国防工会"} & set(orgs)


def test_a_bank_s_and_a_section_s_heads_are_posts(base):
    page = ("某支行举办技能竞赛\n本报讯 开幕式上，某某银行大学城支行党委委员、副行长王建国强调，全行参赛职工32名。"
            "污水处理中心段长李明华提出的建议节约电费4.3万元。\n")
    posts = {(s.fields["name"], s.fields["role"]) for s in _draft(base, page).suggestions if s.kind == "post"}
    assert {("王建国", "党委委员"), ("王建国", "副行长"), ("李明华", "段长")} <= posts


def _figures(base, text: str) -> set[str]:
    return {s.text for s in _draft(base, text).suggestions if s.kind == "observation"}


@pytest.mark.parametrize("sentence, kept, dropped", [
    ("区总工会召开女职工委员会三届五次会议，全区建成爱心妈咪小屋46家。", "46家", "三届"),
    ("区总工会召开女职工委员会三届五次会议，全区建成爱心妈咪小屋46家。", "46家", "五次"),
    ("运动会设两人三足、三人板鞋等项目，参赛职工860人。", "860人", "两人"),
    ("运动会设两人三足、三人板鞋等项目，参赛职工860人。", "860人", "三人"),
    ("活动设5公里健康跑等8个项目，参赛职工860人。", "860人", "5公里"),
    ("把女职工四期保护纳入协商内容，签订专项合同215份。", "215份", "四期"),
    ("有了这间小屋，哺乳期职工不用四处找地方，全市已建成小屋120间。", "120间", "四处"),
    ("在全市50人以上的企业中推行，签订专项合同215份。", "215份", "50人以上"),
    # lengths, limits, ages and bounds
    ("本次竞赛历时9个多月，参赛职工860人。", "860人", "9个"),
    ("约定公司自协议签订之日起3日内支付工资，涉及职工86人。", "86人", "3日"),
    ("该工作室成立6年多，已培训驾驶员860人次。", "860人次", "6年"),
    ("取得一类大赛前5名和二类大赛前3名的258名职工被授予技术能手称号。", "258名", "5名"),
    ("取得一类大赛前5名和二类大赛前3名的258名职工被授予技术能手称号。", "258名", "3名"),
    ("围绕全省10亿元以上的116个重点项目开展竞赛，参赛职工860人。", "116个", "10亿元"),
])
def test_numbers_that_name_bound_or_measure_time_are_no_figures(base, sentence, kept, dropped):
    figures = _figures(base, f"某县职工工作取得实效\n本报讯 {sentence}\n")
    assert kept in figures
    assert not any(f.startswith(dropped) for f in figures)


def test_the_day_of_a_date_written_with_slashes_is_no_figure(base):
    page = "某县总工会举办职工运动会\n本报讯 参赛职工860人。\n同类新闻-2025/10/17项城市总工会开展关爱职工活动\n"
    figures = _figures(base, page)
    assert "860人" in figures and not any(f.startswith("17") for f in figures)


@pytest.mark.parametrize("line, why", [
    ("中国政府网|某某省政府|某某市政府 无障碍浏览 今天是", "site furniture"),
    ("- 2025/10/17 某某县总工会开展职工健康体检活动", "link to another story"),
])
def test_a_site_s_header_and_its_links_in_slashes_are_its_own(line, why):
    assert boilerplate(line) == why


def test_a_list_of_the_site_s_other_stories_opens_with_tong_lei_xin_wen():
    from reformkg.suggest.stories import RELATED_HEAD
    assert RELATED_HEAD.match("同类新闻") and not RELATED_HEAD.match("同类新闻报道了某县总工会的做法。")


def test_gonghui_after_a_verb_names_no_body_and_a_central_branch_is_whole(base):
    page = ("某市推进职工创新\n本报讯 近年来，泾阳县充分发挥工会“大学校”作用，普惠全体工会会员，"
            "与陕西秦川财产保险股份有限公司西安中心支公司签订协议，全县培训职工1200人次。\n")
    orgs = _orgs(_draft(base, page))
    assert not any(o.endswith("工会") and ("发挥" in o or "全体" in o) for o in orgs)
    assert "陕西秦川财产保险股份有限公司西安中心支公司" in orgs


@pytest.mark.parametrize("level", ["县", "区"])
def test_the_whole_county_s_figure_on_a_page_of_its_union_that_names_no_county(base, level):
    page = (f"职工帮扶工作扎实开展\n本报讯 今年以来，{level}总工会深入开展困难职工帮扶。"
            f"我{level}共发放帮扶资金170.5万元，全{level}建成职工之家32家。\n")
    obs = {s.text: s.fields for s in _draft(base, page).suggestions if s.kind == "observation"}
    for value in ("170.5万元", "32家"):
        assert obs[value]["subject_name"] == f"{level}总工会"
        assert "the union federation of that level it prints" in obs[value]["subject_rule"]


def test_figures_listed_before_an_ellipsis_and_wo_sheng_are_the_province_s(base):
    page = ("五年产改 陕西成效显著\n出台配套文件300余项，选树技能带头人5.2万人；“五小”成果累计12.6万项……"
            "我省产业工人队伍建设改革扎实推进。\n据了解，陕西省总工会将继续深化改革。\n")
    obs = {s.text: s.fields for s in _draft(base, page).suggestions if s.kind == "observation"}
    for value in ("300余项", "5.2万人", "12.6万项"):
        assert obs[value]["subject_rule"].startswith("a list of figures ending in …… before 我省")
    draft = _draft(base, page)
    assert {o["value"]: o["subject"] for o in draft.annotation["observations"]}["5.2万人"] == {"region": "shaanxi"}


def test_wo_zhou_is_the_prefecture_s_and_quanzhou_county_is_a_county(base):
    page = "职工医疗互助活动开展\n某某网讯 我州第十一期职工医疗互助活动有32316人参加，全州共有252位患病职工得到补助。\n"
    obs = {s.text: s.fields for s in _draft(base, page).suggestions if s.kind == "observation"}
    assert obs["32316人"]["subject_name"] == "我州" and obs["252位"]["subject_name"] == "全州"
    page = "职工医疗互助活动开展\n本报讯 全州县总工会组织职工参加互助活动3200人。\n"
    obs = {s.text: s.fields for s in _draft(base, page).suggestions if s.kind == "observation"}
    assert "全州:" not in obs["3200人"]["subject_rule"]  # 全州县: a county of 广西, no prefecture


def test_a_studio_named_after_its_head_with_he_in_its_kind_is_whole(base):
    page = ("劳模工作室交流活动举行\n本报讯 代表团先后参观了某某软件股份有限公司、王建国劳模和工匠人才创新工作室、"
            "泾阳卷烟厂李明华劳模和工匠人才创新工作室，全区已创建工作室9家。\n")
    orgs = _orgs(_draft(base, page))
    assert {"王建国劳模和工匠人才创新工作室", "李明华劳模和工匠人才创新工作室"} <= set(orgs)
    assert "工匠人才创新工作室" not in orgs


@pytest.mark.parametrize("phrase, back", [("二十年来", 20), ("二十五年来", 25), ("十二年来", 12), ("三十年来", 30)])
def test_years_since_in_chinese_tens_count_back_from_the_story_s_date(phrase, back):
    from reformkg.suggest.times import find_times
    [(_a, _b, t)] = find_times(f"{phrase}，累计受理咨询5127场")
    assert t["relative"] == "since" and t["years_back"] == back


def test_a_body_s_leaders_attending_are_people_not_the_body(base):
    page = ("成果展交流活动举行\n本报讯 6月20日，成果展交流活动在西安举行。全国总工会有关领导同志出席并观展，"
            "20家地方工会负责人和500余名职工代表参加活动。\n")
    obs = {s.text: s.fields for s in _draft(base, page).suggestions if s.kind == "observation"}
    assert obs["20家"]["subject_name"] != "全国总工会" and "全国总工会" not in obs["20家"]["subject_rule"]


def test_buildings_are_counted_in_zhuang_and_dong(base):
    figures = _figures(base, "楼宇工会建设\n本报讯 全区共有楼宇77幢，其中已建成楼宇工会的58栋。\n")
    assert {"77幢", "58栋"} <= figures


def test_a_count_printed_again_with_its_noun_short_is_one_fact(base):
    page = ("两癌筛查惠及女职工\n本报讯 今年，市总工会将提供400个公益筛查名额，符合条件的女职工可报名。"
            "市本级按照每人520元的标准，400个名额投入专项资金20.8万元。举办10场慰问职工演出，举办10场职工招聘会。\n")
    drafted = [o["value"] for o in _draft(base, page).annotation["observations"]]
    assert drafted.count("400个") == 1  # 400个名额: the 400个公益筛查名额 again
    assert drafted.count("10场") == 2  # 10场…职工: a noun that qualifies, two facts
