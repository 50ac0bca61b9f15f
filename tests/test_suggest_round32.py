"""suggest on the unseen pages of heldout226–303, read (issue 21, the thirty-second round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round12 import _orgs, _subjects
from test_suggest_round17 import _draft, _observations
from test_suggest_round28 import _times


def test_a_firm_s_kind_printed_before_its_name_is_not_its_name(base):
    page = ("外企建会工作综述\n\n本报讯 2008年6月，某市总工会获悉，厦门台资企业宏翔公司日前有18名台籍员工加入工会。"
            "世界500强企业恒丰华东百货有限公司成立工会，发展会员270名。\n")
    orgs = _orgs(base, page)
    assert "宏翔公司" in orgs and "恒丰华东百货有限公司" in orgs, orgs
    assert not {"厦门台资企业宏翔公司", "世界500强企业恒丰华东百货有限公司"} & orgs, orgs
    page = "外企建会工作综述\n\n本报讯 2008年6月，厦门市台资企业工会联合会成立，覆盖企业30家。\n"
    assert "厦门市台资企业工会联合会" in _orgs(base, page)  # (a federation of such firms' unions: the kind is its name)


_CONGRESS = ("某县党代会代表资格审查\n\n本报讯 12月20日，中国共产党安平县第十五次代表大会代表资格审查委员会召开会议。"
             "县第十五次党代会代表名额为240名，全县共选举产生代表240名。代表中，领导干部代表130名，占54.2%；"
             "一线工人代表12名，占5%。妇女代表70名。\n")


def test_a_page_on_the_workers_among_a_congress_s_delegates_is_in_scope(base):
    figures = _observations(base, _CONGRESS)
    assert {"130名", "54.2%", "12名", "5%", "70名"} <= set(figures), figures
    page = ("某县党代会代表资格审查\n\n本报讯 12月20日，中国共产党安平县第十五次代表大会代表资格审查委员会召开会议。"
            "全县共选举产生代表240名。代表中，领导干部代表130名，占54.2%。妇女代表70名。\n")
    assert _observations(base, page) == []  # (no worker among them: not the reform's)


def test_a_count_of_delegates_is_the_congress_s_its_lead_names_in_full(base):
    subjects = _subjects(base, _CONGRESS)
    assert subjects["130名"] == subjects["54.2%"] == subjects["12名"] == "中国共产党安平县第十五次代表大会", subjects
    assert subjects["240名"] == "中国共产党安平县第十五次代表大会", subjects  # (全县共选举产生代表: the county's congress)
    page = _CONGRESS.replace("一线工人代表12名，占5%。", "一线工人代表12名，占5%。全县现有企业职工1.2万名。")
    assert _subjects(base, page)["1.2万名"] != "中国共产党安平县第十五次代表大会"  # (no delegates in the sentence)


def test_a_lead_releasing_year_end_statistics_dates_the_story_s_undated_figures(base):
    page = ("某省工会组织建设稳步推进\n来源：某某日报 2024-06-12 08:00\n\n本报讯 近日，省总工会发布最新工会统计数据：截至2023年底，"
            "全省共有基层工会组织12.6万个。\n\n会员队伍持续壮大。全省工会会员中，农民工会员486.2万名，新就业形态劳动者会员31.5万名。\n\n"
            "全年新发展会员52.3万名，其中农民工会员21.7万名。\n")
    times = _times(base, page)
    assert times["486.2万名"]["as_of"] == times["31.5万名"]["as_of"] == "2023-12-31", times
    assert times["52.3万名"]["during"] == times["21.7万名"]["during"] == "2023", times
    page = page.replace("最新工会统计数据：截至2023年底，", "")
    assert _times(base, page)["52.3万名"]["during"] == "2024"  # (no release: 全年 is the story's year)


def test_a_paragraph_opening_with_its_source_gives_its_figures_their_body(base):
    page = ("某年度全国五一劳动奖评选结果公布\n\n本报讯 今年全国五一劳动奖评选结果日前揭晓，国家电网公司、中国中车集团等单位的职工榜上有名。"
            "\n\n据全总有关部门负责人表示，评选表彰始终面向基层、面向一线。在今年的评选表彰中，产业工人比重尤其突出，共计373名，"
            "其中制造业占34.1%。\n\n评选表彰始终面向基层、面向一线。在今年的评选表彰中，女职工比重尤其突出，共计210名。\n")
    subjects = _subjects(base, page)
    assert subjects["373名"] == subjects["34.1%"] == "全总", subjects
    assert subjects["210名"] != "全总", subjects  # (a paragraph that opens with no source)
    page = ("某省技能状元大赛综述\n\n本报讯 近日，省政府对大赛产生的技能状元进行表彰。\n\n据省人社厅有关负责人介绍，"
            "省政府又专门行文表彰技能状元。据了解，2017年以来，已有44人获评。\n")
    assert _subjects(base, page)["44人"] != "省人社厅"  # (a topic of its own paragraph stands)


def test_the_central_bodies_union_federation_is_named_with_its_and(base):
    page = "某标题\n\n本报讯 2024年5月，中央和国家机关工会联合会举办职工技能比赛，300名职工参赛。\n"
    orgs = _orgs(base, page)
    assert "中央和国家机关工会联合会" in orgs and "国家机关工会联合会" not in orgs, orgs


def test_delegates_coming_from_a_body_are_the_congress_s(base):
    page = ("工会代表大会将开幕\n\n本报讯 记者从中华全国总工会获悉，中国工会第十九次全国代表大会将于10月9日开幕。\n\n"
            "出席大会的有来自各省区市总工会、全国产业工会和中央和国家机关工会联合会的38个代表团、2100名代表。"
            "此外，还将有约70名特邀代表出席大会。\n")
    subjects = _subjects(base, page)
    assert subjects["38个"] == subjects["2100名"] == subjects["约70名"] == "中国工会第十九次全国代表大会", subjects
    page = ("工会代表大会开幕\n\n本报讯 10月9日，河北省工会第十五次代表大会开幕。出席大会的代表共680名。"
            "代表中，一线职工代表210名，占30.9%。\n")
    assert _subjects(base, page)["210名"] == "河北省工会第十五次代表大会", _subjects(base, page)  # (a province's unions')


def test_a_list_of_figures_ending_before_a_region_s_unions_is_their_federation_s(base):
    page = ("为女职工办实事\n\n2023-09-17 22:11\n\n这是一组关爱女职工的数据——2022年开展读书活动超50万场次，覆盖610万名女职工；"
            "2023年开设暑期托管班1.2万余个……近年来，全国工会在维护女职工权益等方面下足功夫。\n")
    subjects = _subjects(base, page)
    assert subjects["610万名"] == subjects["1.2万余个"] == "全国工会", subjects
    assert [s.fields.get("subject") for s in _draft(base, page).suggestions if s.text == "610万名"] == [{"organisation": "acftu"}]
    page = page.replace("全国工会在", "全国各地在")
    assert _subjects(base, page)["610万名"] != "全国工会"  # (the country, not its unions)


def test_a_volunteer_team_with_a_name_of_its_own_is_a_body(base):
    page = ("劳模志愿服务十年\n\n本报讯 近日，泉州市劳模志愿队举行成立十周年活动。"
            "全市现有各类志愿服务队120支，目前已建立职工志愿服务队30支。\n\n"
            "十年来，这支队伍从最初的18位队员，发展成了80人的团队。80位队员中，全国劳模6位。\n")
    orgs = _orgs(base, page)
    assert "泉州市劳模志愿队" in orgs and not any("各类" in o or "目前" in o or o == "志愿服务队" for o in orgs), orgs
    subjects = _subjects(base, page)
    assert subjects["80位"] == subjects["6位"] == "泉州市劳模志愿队", subjects  # (这支队伍: the one team named before)
    page = page.replace("活动。", "活动。泉州市“工匠之光”志愿服务队同日授旗。")
    assert "泉州市“工匠之光”志愿服务队" in _orgs(base, page)
    assert _subjects(base, page)["80位"] is None  # (two teams named before: which one?)


def test_a_contest_headlined_after_a_site_s_breadcrumb_gets_its_entrants_and_its_region(base):
    page = ("欢迎访问 全国职工技能提升服务项目工作网\n\n全国职工技能提升服务项目工作网\n\n您现在的位置是:首页>新闻动态 > 工会动态 >\n\n"
            "首届全国“金扳手”班组长大赛机械赛道决赛开幕\n\n发布时间:2024-08-02 10:00:00\n\n"
            "8月1日，首届全国“金扳手”班组长大赛机械赛道决赛在湖北十堰开幕。\n\n"
            "首届全国“金扳手”班组长大赛机械赛道吸引了2.1万余名一线职工参加线上初赛。经选拔，来自36家企业的120名选手进入决赛。\n")
    subjects = _subjects(base, page)
    assert subjects["36家"] == subjects["120名"] == "首届全国“金扳手”班组长大赛", subjects
    assert subjects["2.1万余名"] == "首届全国“金扳手”班组长大赛", subjects  # (全国 inside its name: no subject of its own)
    page = page.replace("首届全国“金扳手”班组长大赛机械赛道吸引了", "全国各地共有")
    assert _subjects(base, page)["2.1万余名"] == "全国"  # (the country's, its name no contest's)


def test_gai_hui_points_back_to_the_one_association_named(base):
    page = ("工联会服务中心半年工作\n\n本报讯 2022年7月，香港工联会会长回顾内地咨询服务中心的工作。该会又表示，中心今年上半年收到"
            "超过2.1万人致电及到访，协助个案超过1.1万宗。\n")
    subjects = _subjects(base, page)
    assert subjects["超过2.1万人"] == subjects["超过1.1万宗"] == "香港工联会", subjects


def test_a_city_s_civility_office_and_a_department_engaged_are_bodies(base):
    page = ("某县职工就业促进站揭牌\n\n本报讯 2024年8月1日，滨海县总工会职工就业促进站揭牌。县总工会聘请县人社局、县科技局专家授课。"
            "记者近日从市文明办获悉，全市有300名职工志愿者参加。\n")
    orgs = _orgs(base, page)
    assert {"县人社局", "市文明办"} <= orgs, orgs


def test_gai_gongsi_after_two_firms_is_the_one_its_paragraph_names(base):
    page = ("技能与薪酬挂钩\n\n本报讯 2024年5月，某市总工会推动技能薪酬改革。台州恒达机械有限公司员工考取高级工证，每月增加300元。\n\n"
            "在宁海精工科技股份有限公司，近120名产业工人已享受持股红利。该公司人力资源部负责人介绍，目前企业共有技术工人900多人。\n")
    subjects = _subjects(base, page)
    assert subjects["900多人"] == "宁海精工科技股份有限公司", subjects
    page = page.replace("近120名产业工人", "近120名产业工人和台州恒达机械有限公司80名职工")
    assert _subjects(base, page)["900多人"] is None  # (two firms in its paragraph: which one?)


def test_a_contestant_named_after_xuanshou_is_a_post(base):
    page = ("某省选手在全国大赛获佳绩\n\n本报讯 2024年9月，在全国行业职业技能竞赛中，砌筑项目选手陈海涛斩获金牌，"
            "参赛选手刘晓雯告诉记者，备赛用了3个月。另有选手荣获优胜奖，选手们共获得奖金12万元。\n")
    posts = {(s.fields.get("name"), s.fields.get("role")) for s in _draft(base, page).suggestions if s.kind == "post"}
    assert {("陈海涛", "选手"), ("刘晓雯", "参赛选手")} <= posts, posts
    assert not [p for p in posts if p[0] in ("荣获", "们共获")], posts  # (a verb or a plural after 选手: no name)
