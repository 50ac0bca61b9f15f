"""suggest on the unseen pages of heldout226–263, read (issue 21, the twenty-seventh round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

import pytest
from test_suggest_round12 import _orgs
from test_suggest_round13 import _observations
from test_suggest_round17 import _draft


def _named(base, page: str) -> dict[str, str | None]:
    """Each figure drafted as an observation → the name its subject rule proposes."""
    return {s.text: s.fields.get("subject_name") for s in _draft(base, page).suggestions if s.kind == "observation"}


def test_a_run_of_years_or_editions_is_drafted_to_check(base):
    page = ("某市金秋助学活动启动\n\n本报讯 2024年8月，市总工会启动金秋助学活动，已连续19年开展此项活动。"
            "市职工技能大赛已举办了二十届，今年资助困难职工子女320名，发放助学金96万元。\n")
    obs = _observations(base, page)
    assert obs["19年"] < 0.5 and obs["二十届"] < 0.5, obs
    assert obs["320名"] > 0.5 and obs["96万元"] > 0.5, obs


def test_the_value_a_change_starts_from_is_drafted_to_check_the_value_reached_is_not(base):
    page = ("某区工会组建率提高\n\n本报讯 2024年6月，区总工会介绍，外商投资企业工会组建率从原来的56%提高到现在的81%，"
            "志愿者队伍由最初的100余名发展到全区800余人，新建职工之家12个。\n")
    obs = _observations(base, page)
    assert obs["56%"] < 0.5 and obs["100余名"] < 0.5, obs
    assert obs["81%"] > 0.5 and obs["800余人"] > 0.5 and obs["12个"] > 0.5, obs


def test_a_figure_printed_again_is_listed_as_a_repeat_of_its_observation(base):
    page = ("某区工会为困难职工送温暖\n\n本报讯 2024年2月，区总工会为全区386名困难职工发放慰问金57.4万元。"
            "据悉，区总工会简化申报程序，将慰问金直接发放到职工的会员服务卡中，共帮扶386名困难职工，确保职工安心过节。\n")
    ann = _draft(base, page).annotation
    first = next(o for o in ann["observations"] if o["value"] == "386名")
    repeat = [e for e in ann.get("figures_excluded", []) if e["text"] == "386名"]
    assert [e["reason"] for e in repeat] == [f"repeats the figure of {first['id']}"], ann.get("figures_excluded")
    assert repeat[0]["quote"] in page, repeat
    assert not any("386名" in n["quote"] for n in ann.get("no_fact", [])), ann.get("no_fact")


def test_a_story_of_hong_kong_s_federation_of_trade_unions_is_in_scope(base):
    page = ("工聯會設立緊急援助基金\n\n疫情令本港失業情況惡化。工聯會設立「緊急援助基金」，為失業的打工仔女提供即時援助，"
            "目標籌募800萬元，讓3000人受惠。工聯會又舉辦兩場招聘會，提供逾1500個職位。\n")
    draft = _draft(base, page)
    assert [s["scope"] for s in draft.annotation["stories"]] == ["in"], draft.annotation["stories"]
    assert {"800万元", "3000人", "逾1500个"} <= {o["value"] for o in draft.annotation["observations"]}, draft.annotation


def test_new_china_s_founding_and_a_native_place_are_no_subject(base):
    page = ("某州举办职工文艺汇演\n\n本报讯 2019年4月24日晚，德宏州庆祝新中国成立70周年职工文艺汇演在芒市举办，"
            "来自全州24个基层工会选送的25个节目参加比赛。\n")
    subjects = _named(base, page)
    assert subjects["24个"] != "中国" and subjects["25个"] != "中国", subjects
    page = ("杭州市总工会包车接工友返岗\n\n本报讯 2020年3月1日，杭州市总工会专线包车接回第一批务工人员。其中，安徽籍10人回富阳返岗，"
            "河南籍25人回到亚运村返岗。\n")
    subjects = _named(base, page)
    assert subjects["10人"] not in ("安徽", "安徽省") and subjects["25人"] not in ("河南", "河南省"), subjects


def test_a_province_printed_before_a_citys_union_qualifies_it(base):
    page = ("烟台开展关爱行动\n\n本报讯 今年5月，山东省烟台市总工会联合市人社局在全市开展关爱行动。"
            "截至目前，巡回讲座走进企业开展心理辅导62场次，听课职工达8700余人次。\n")
    subjects = _named(base, page)
    # (the registry's union, by its name as printed: one name with its province)
    assert subjects["62场次"] == subjects["8700余人次"] == "山东省烟台市总工会", subjects
    obs = {o["value"]: o for o in _draft(base, page).annotation["observations"]}
    assert obs["62场次"]["subject"] == obs["8700余人次"]["subject"] == {"organisation": "yantai-ftu"}, obs


def test_the_venue_of_a_national_contest_is_not_whose_its_figures_are(base):
    page = ("全国职工职业技能大赛决赛将开幕\n\n中工网讯 第八届全国职工职业技能大赛决赛将于9月11日至13日在陕西举办。"
            "来自31个省(自治区、直辖市)工会的32支代表队超1500人参赛。\n")
    subjects = _named(base, page)
    assert not {subjects["31个"], subjects["32支"]} & {"陕西", "陕西省"}, subjects


def test_a_run_of_days_a_full_date_starts_takes_its_year(base):
    page = ("某区工会发放消费券\n2023-01-31\n本报讯 已激活工会电子会员卡的会员，在2022年11月15日 9:30至11月20日 24:00期间，"
            "通过小程序参与投票活动并抽奖，即有机会获取160元消费券，全区共发放消费券3000张。\n")
    times = {o["value"]: o["time"] for o in _draft(base, page).annotation["observations"]}
    assert times["160元"].get("on") == "2022-11-15" and times["3000张"].get("on") == "2022-11-15", times


def test_a_sites_metadata_line_dates_the_page_and_is_boilerplate(base):
    page = ("某区表彰先进集体\n\n某区庆祝“五一”国际劳动节颁奖会4月25号在区工人文化宫举行，25个单位获区五一劳动奖状，78名职工获奖章。\n"
            "版权声明:如涉及版权问题,请作者与本网联系\ncatalogs:116438;contentid:201196;publishdate:2018-04-30;author:陈某;\n")
    ann = _draft(base, page).annotation
    assert ann["stories"][0]["date"]["value"] == "2018-04-30", ann["stories"][0]
    meta = [n for n in ann.get("no_fact", []) if n["quote"].startswith("catalogs:")]
    assert [n["reason"] for n in meta] == ["web page boilerplate (page metadata)"], ann.get("no_fact")


@pytest.mark.parametrize("page, bodies", [
    ("某省工会简讯\n\n本报讯 近日，省科学技术协会与省总工会联合开展职工科普培训，县读书协会组织职工300人参加，"
     "市律师协会副会长王明出席。\n", {"省科学技术协会", "县读书协会", "市律师协会"}),  # an association with its level alone
    ("某州开展职工文化活动\n\n本报讯 2024年5月，德宏州总工会和德宏州文化馆组织职工300人参加活动，"
     "锦州市消防救援支队、瑞丽出入境边防检查站派员参加。\n", {"德宏州文化馆", "锦州市消防救援支队", "瑞丽出入境边防检查站"}),
    ("某省机关技能竞赛\n\n本报讯 2024年5月，省总工会、省直机关工委联合举办竞赛，市直机关工委、省直机关工会工委组织选手参赛，"
     "江都水利工程管理处派员参加，共有选手200名。\n", {"省直机关工委", "市直机关工委", "省直机关工会工委", "江都水利工程管理处"}),
], ids=["association-with-its-level", "cultural-centre-brigade-border-post", "work-committee-and-office"])
def test_bodies_of_the_round(base, page, bodies):
    assert bodies <= set(_orgs(base, page)), _orgs(base, page)


def test_a_contests_entrants_counted_with_no_subject_propose_the_contest(base):
    page = ("某省表彰技能状元\n\n近日，某省人民政府发布关于表彰第七届江苏技能状元大赛优秀选手的决定。\n\n"
            "大赛共设职工组和学生组20个赛项，689名选手参加总决赛。\n")
    named = _named(base, page)
    assert named["20个"] == named["689名"] == "第七届江苏技能状元大赛", named
    page = ("第八届“状元杯”职工职业技能大赛暨无人机技能大赛落幕\n\n大赛设驾驶和装配两个工种，共有34名选手参赛。\n")
    named = _named(base, page)
    assert named["34名"] == "第八届“状元杯”职工职业技能大赛", named


def test_a_short_name_heading_a_figure_proposes_the_name_it_stands_for(base):
    page = ("某省职工热线春节服务成效\n\n本报讯 记者日前从12351广东职工热线平台(以下简称“平台”)获悉，春节期间服务职工3万人次。"
            "平台受理案件17158件，办结率70.29%。\n")
    named = _named(base, page)
    assert named["17158件"] == named["70.29%"] == "12351广东职工热线平台", named


def test_power_in_kilowatts_and_electricity_in_ten_thousand_kilowatt_hours_are_figures(base):
    page = ("某市总工会帮扶陈家村\n\n本报讯 市总工会出资33万元帮助陈家村建设41KW分布式光伏发电系统，预计年可发电6.5万度，"
            "在97kW光伏电站项目带动下村集体增收5万元，高温35度以上时发放清凉物资300份。\n")
    obs = _observations(base, page)
    assert {"41KW", "6.5万度", "97kW", "300份"} <= set(obs), obs
    assert not any(v.startswith("35度") for v in obs), obs


def test_a_count_of_the_names_listed_with_it_is_drafted_to_check(base):
    page = ("某省职工技能大赛开幕\n\n本报讯 2024年9月，某省职工技能大赛开幕，在保留焊工、钳工、网络与信息安全管理员3个工种的基础上，"
            "今年参赛工种扩展至4个，分别为连结员、电力机车副司机、电力机车钳工、铁路线路工，共有选手420名。"
            "大赛评出特等奖1名、一等奖2名。\n")
    obs = _observations(base, page)
    assert "3个" not in obs and obs["4个"] < 0.5, obs  # (3个: the count of the three just listed, no figure at all)
    assert obs["420名"] > 0.5 and obs["1名"] > 0.5 and obs["2名"] > 0.5, obs  # (a list of figures: each one a fact)


def test_a_governments_office_and_its_assets_commission_are_bodies_of_their_own(base):
    page = ("某省工会简讯\n\n本报讯 2024年5月，记者从省政府新闻办今天召开的发布会获悉，省政府国资委、市政府办公室有关负责人出席，"
            "省总工会介绍全省职工300万人参加竞赛。\n")
    orgs = _orgs(base, page)
    assert {"省政府新闻办", "省政府国资委", "市政府办公室"} <= set(orgs), orgs
    assert "省政府" not in orgs and "国资委" not in orgs, orgs


def test_an_autonomous_regions_federation_is_the_autonomous_region_named_before(base):
    from test_suggest import _orgs as _org_fields

    page = ("某区表彰先进\n\n5月30日，2024年自治区五一劳动奖颁奖大会在宁夏人民会堂举行，某网站澳门频道转发。"
            "报经自治区党委同意，自治区总工会授予15个单位自治区五一劳动奖状，其中，共享铸钢有限公司获奖。\n")
    orgs = _org_fields(base, page)
    assert orgs["自治区总工会"]["new"]["name"] == "宁夏回族自治区总工会", orgs.get("自治区总工会")
    assert "共享铸钢有限公司" in orgs, orgs  # (共享/v 铸钢: a brand jieba reads as a verb, before a trade)


def test_hours_a_line_is_kept_a_grade_a_years_end_and_a_villages_name_are_no_figures(base):
    page = ("某市工会帮扶\n\n本报讯 2024年，市总工会开通热线，每天24小时为职工服务，提供7*24小时心理咨询热线，12个小时不间断服务，"
            "共接听来电3000个。截至2024岁尾，全市工会会员22.7万人。三个井村村民收入增加，七台镇新建驿站5个，全县新建驿站三个。"
            "伤残等级为1~4级的劳模，4级伤残补助4000元。\n")
    obs = _observations(base, page)
    assert {"3000个", "22.7万人", "5个", "三个", "4000元"} <= set(obs), obs
    assert not {"24小时", "12个小时", "2024岁", "七台", "1~4级", "4级"} & set(obs), obs
    from test_suggest_round17 import _observations as _values
    assert _values(base, page).count("三个") == 1  # (三个井村: a village's name; 新建驿站三个: a count)


def test_bylines_with_a_slash_names_of_four_and_two_roles_glued(base):
    from test_suggest_round25 import _bylines

    page = ("某区举办职工技能大赛\n\n本网拉萨6月25日讯(记者 次仁片多 卓玛七林)25日上午，某区职工技能大赛开幕，共有选手300名参赛。\n")
    assert {("次仁片多", "reporter"), ("卓玛七林", "reporter")} <= set(_bylines(base, page)), _bylines(base, page)
    page = ("某市职工技能大赛开幕\n\n本报柳州讯(记者/谢永辉)9月1日，某市职工技能大赛开幕，共有选手300名参赛。\n")
    assert _bylines(base, page) == [("谢永辉", "reporter")], _bylines(base, page)
    page = ("某省厂务公开\n\n本报讯(记者孙覆海通讯员尹向群) 记者日前从省总工会了解到，全省16.5万家企事业单位实行厂务公开。\n")
    assert {("孙覆海", "reporter"), ("尹向群", "correspondent")} <= set(_bylines(base, page)), _bylines(base, page)


def test_loans_per_mille_a_run_of_days_and_a_value_raised_from(base):
    page = ("某市工会简讯\n\n本报讯22至23日，省调研组来我市调研。市工会协调银行发放创业贷款23笔，金额340万元，全市千人负伤率0.5‰，"
            "某银行将20万元的“工薪贷”提高至50万元。\n")
    obs = _observations(base, page)
    assert {"23笔", "340万元", "0.5‰", "50万元"} <= set(obs) and obs["50万元"] > 0.5, obs
    assert obs["20万元"] < 0.5 and not any(v.startswith("22") for v in obs), obs


def test_a_name_starts_on_its_own_line_and_after_a_headlines_last_space(base):
    page = ("首页 > 新闻 > 地方 > 文章详情页\n第三届职工职业技能大赛开幕\n\n在决赛现场，16个代表队沉着应战，共有48名选手参赛。\n")
    named = _named(base, page)
    assert named["48名"] == "第三届职工职业技能大赛", named
    page = ("金鼓齐鸣展风采 奋力拼搏争桂冠 “金农发行杯”综合业务知识技能竞赛圆满落幕\n\n"
            "在复赛和决赛现场，16个省级分行代表队沉着应战，共有48名选手参赛。\n")
    named = _named(base, page)
    assert named["48名"] == "金农发行杯综合业务知识技能竞赛", named


def test_a_text_with_a_lone_surrogate_gets_one_clear_error(base):
    from reformkg.errors import ReformkgError
    from reformkg.suggest.drafter import suggest

    vocab, registry = base
    with pytest.raises(ReformkgError, match=r"page\.txt: the page text holds a character UTF-8 cannot encode at offset 4"):
        suggest("page.txt", registry, vocab, text="某市工会\udc80发放慰问金100万元。")


def test_the_country_heading_a_count_of_a_contests_entrants_proposes_the_contest(base):
    page = ("首届职工通用数字技能培训大赛落幕\n\n本报讯 首届职工通用数字技能培训大赛日前落幕。全国共有60家园区的416家企业、"
            "4106名员工报名，最终250名员工晋级总决赛。全国技能人才总量超过2亿人。\n")
    obs = _named(base, page)
    assert obs["4106名"] == obs["416家"] == "首届职工通用数字技能培训大赛", obs
    assert obs["超过2亿人"] in ("全国", "中国"), obs  # (no entrants counted: the country's)
