"""suggest on the unseen pages of heldout226–271, read (issue 21, the twenty-eighth round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round12 import _orgs
from test_suggest_round13 import _observations
from test_suggest_round17 import _draft
from test_suggest_round27 import _named


def test_a_department_of_economy_and_informatisation_keeps_its_whole_name(base):
    page = ("某省启动职工创新活动\n\n本报讯 2024年5月，某省总工会、四川省经济和信息化厅、四川省人力资源和社会保障厅3部门"
            "共同启动第二届职工创新成果评选，共收到成果320项。\n")
    assert "四川省经济和信息化厅" in _orgs(base, page), _orgs(base, page)


def _excluded(base, page: str) -> dict[str, str]:
    return {e["text"]: e["reason"] for e in _draft(base, page).annotation.get("figures_excluded", [])}


def test_numbers_inside_names_of_leading_bodies_departments_and_projects_are_no_figures(base):
    page = ("某州慰问劳模\n\n本报讯 2023年1月，州委、州政府将慰问劳模纳入送温暖总体部署，州四家班子主要领导分别率队慰问劳模120名。"
            "某公司节能科技项目三部获评先进班组。华能某基地700MW风电项目等9个重大项目现场设分会场。\n")
    obs, excluded = _observations(base, page), _excluded(base, page)
    assert {"四家", "三部", "700MW"} <= set(excluded) and not {"四家", "三部", "700MW"} & set(obs), (obs, excluded)
    assert obs["120名"] > 0.5 and obs["9个"] > 0.5, obs


def test_runs_service_lengths_and_times_since_are_drafted_to_check(base):
    page = ("某省发放劳模慰问金\n\n本报讯 2023年10月，我省已连续发放劳模慰问金8年。某厂班长在钳工岗位工作了近30年。"
            "网上工会平台上线300多天来，2.3万名职工网上入会。\n")
    obs = _observations(base, page)
    assert obs["8年"] < 0.5 and obs["近30年"] < 0.5 and obs["300多天"] < 0.5, obs
    assert obs["2.3万名"] > 0.5, obs


def test_a_start_value_growing_to_and_counts_of_lists_with_glosses_or_a_lead_in_are_to_check(base):
    page = ("某市职工子女暑托班\n\n本报讯 2023年7月，暑托班已从2019年的15期扩增到今年的50余期。"
            "金沙江下游甲坝、乙渡、丙滩、丁德4座水电站参加竞赛。本届大赛在保留焊工、數(shù)控機床裝調維修工、網(wǎng)絡與信息安全管理員3個工種的基礎上，"
            "增加2個新工種。省总工会将组织500名劳模赴江苏、江西、贵州、河北以及北戴河等5个疗养院疗休养。\n")
    obs = _observations(base, page)
    assert obs["15期"] < 0.5 and obs["4座"] < 0.5 and "3個" not in obs and obs["5个"] < 0.5, obs  # (3個: the three just listed)
    assert obs["50余期"] > 0.5 and obs["2個"] > 0.5 and obs["500名"] > 0.5, obs


def test_cubic_metres_kilowatt_hours_tables_barrels_and_a_bare_ten_thousand_with_yu_are_figures(base):
    page = ("某公司职工节能减排\n\n本报讯 2023年10月，某公司职工节约混凝土430立方米、水3800立方米、电12800度、纸张35箱。"
            "市交通建设工会所属180余家单位10余万职工参与活动。工会年夜饭共计1600多桌，送出食用油400桶。当天气温35度。\n")
    obs = _observations(base, page)
    assert {"430立方米", "3800立方米", "12800度", "10余万", "1600多桌", "400桶"} <= set(obs), obs
    assert "35度" not in obs, obs


def test_a_stationed_office_a_host_list_s_end_a_count_and_a_verb_of_going_bound_names(base):
    page = ("某市总工会举办青年职工联谊会\n\n本报讯 2023年5月，活动由温州市总工会主办，温州市驻杭州办事处、浙江日报温州分社等多家单位"
            "联合承办。网上工会覆盖咸阳86万多名工会会员。5月25日，佛山工会移动体检车开进三水区工人文化宫，为150名职工体检。\n")
    orgs = _orgs(base, page)
    assert {"温州市驻杭州办事处", "三水区工人文化宫"} <= orgs, orgs
    assert not {"杭州办事处", "浙江日报温州分社等多家单位", "咸阳86万多名工会", "车开进三水区工人文化宫"} & orgs, orgs


def test_a_level_s_department_before_huo_or_jinri_and_a_reform_commission_are_named(base):
    page = ("某市开展节能减排竞赛\n\n本报讯 2023年5月，市公交公司获优胜单位称号，市应急管理局获优秀组织单位称号。该活动由郑州市总工会、"
            "市发展改革委、市生态环境局联合开展。省总工会、省发展改革委、省生态环境厅近日对20家企业进行表彰。\n")
    orgs = _orgs(base, page)
    assert {"市应急管理局", "市发展改革委", "省发展改革委", "省生态环境厅"} <= orgs, orgs


def _times(base, page: str) -> dict[str, dict | str | None]:
    return {s.text: s.fields.get("time") for s in _draft(base, page).suggestions if s.kind == "observation"}


def test_to_a_month_s_end_with_no_word_of_a_plan_is_the_date_a_figure_stood_at(base):
    page = ("某省网上工会一年成绩单\n\n本报讯 2023年8月，省总工会介绍，经过各级工会共同努力，到2023年6月底，各地在平台上建立"
            "新业态行业工联会3037家。\n")
    draft = _draft(base, page)
    obs = next(o for o in draft.annotation["observations"] if o["value"] == "3037家")
    assert obs["time"]["as_of"] == "2023-06-30" and obs.get("status") != "target", obs
    page = ("某省推进网上工会\n\n本报讯 2023年3月5日，省总工会提出，力争到2023年6月底，各地建立新业态行业工联会3000家。\n")
    obs = next(o for o in _draft(base, page).annotation["observations"] if o["value"] == "3000家")
    assert obs.get("status") == "target" and "by" in obs["time"], obs


def test_a_year_someone_once_came_is_no_date_of_the_story(base):
    page = ("某省劳模参访团来台交流\n\n团长介绍，该省每年也会举办海峡职工论坛，今年预计也将在六月份举办，将近120位企业及各界人士参与。"
            "2008年也曾来台的薛某表示，此行收获很大。\n")
    time = _times(base, page)["将近120位"]
    assert not (isinstance(time, dict) and "2008" in str(time)), time


def _posts(base, page: str) -> set[tuple[str, str]]:
    return {(s.fields.get("name"), s.fields.get("role")) for s in _draft(base, page).suggestions if s.kind == "post"}


def test_a_post_then_de_then_the_person_a_name_before_huo_or_ze_and_the_surname_wei(base):
    page = ("某省劳模参访团赴外地交流\n\n本报讯 2023年5月，参访团团长，亦是省总工会党组书记、副主席的陈某表示，劳模是宝贵财富。"
            "身为副团长的高清平则认为，此行意义重大。市总工会法律保障办副主任牛文获优秀个人称号。"
            "三原县总工会组织民管部部长尉娜介绍了会员发展情况。工会主席李强则表示，将继续努力。\n")
    posts = _posts(base, page)
    names = {n for n, _r in posts}
    assert {"陈某", "高清平", "牛文", "尉娜", "李强"} <= names, posts
    assert not {"的陈某", "牛文获", "李强则"} & names, posts


def test_a_reporter_named_after_benbaoxun_and_before_jizhe_again_is_the_byline(base):
    page = "某市评选五一劳动奖\n\n○本报讯记者刘某某记者昨日从市总工会获悉，今年以来，全市推荐评选出五一劳动奖17个。\n"
    bylines = [b["name"] for st in _draft(base, page).annotation["stories"] for b in st.get("byline", [])]
    assert bylines == ["刘某某"], bylines


def test_a_project_department_named_for_its_route_and_its_figures_after_a_bare_xiangmubu(base):
    page = ("某项目部获评工人先锋号\n\n本报讯 2023年5月，根据全国总工会要求，中铁二十局集团五公司承赤高速公路项目部在竞赛中荣获"
            "“全国工人先锋号”称号。项目部扎实开展节能减排活动，节约水泥260吨、电12800度，实现降本增效174万元。\n")
    name = "中铁二十局集团五公司承赤高速公路项目部"
    assert name in _orgs(base, page), _orgs(base, page)
    subjects = _named(base, page)
    assert subjects["260吨"] == name and subjects["174万元"] == name, subjects


def test_a_union_heading_bodies_that_act_on_the_figure_s_holders_is_its_subject(base):
    page = ("某省表扬节能减排先进\n\n本报讯 2023年7月，省总工会、省发展改革委、省生态环境厅近日对某电力有限公司等33个先进集体"
            "进行通报表扬。聊城市总工会、共青团聊城市委、聊城市妇联共同打造了“月老长廊”，对700多名单身青年的信息进行展示。\n")
    subjects = _named(base, page)
    assert subjects["33个"] == "省总工会" and subjects["700多名"] == "聊城市总工会", subjects


def test_the_figures_of_a_body_s_account_are_the_body_s(base):
    page = ("某局工会打造网上职工之家\n\n本报讯 2019年6月，记者从某铁路局集团公司工会获悉，该工会不断强化网上工会建设。"
            "“济南局工会”微信公众号自2016年1月开通以来，累计推送1000多期、3500多部新媒体作品，吸粉7万多人。\n")
    subjects = _named(base, page)
    assert subjects["1000多期"] == subjects["7万多人"] == "济南局工会", subjects


def test_cities_printed_short_vote_for_the_page_s_province_not_a_train_s_origin(base):
    page = ("某省接站返乡农民工\n\n本报讯 2020年1月18日，广东东莞到成都的返乡专列抵达成都北站，来自成都、德阳、自贡、资阳等地"
            "1300余名农民工返乡。省总工会在成都北站举行接站仪式。作为领导小组成员单位省总工会协调开行专列58趟。\n")
    unions = [s for s in _draft(base, page).suggestions if s.kind == "organisation" and s.text.endswith("总工会")]
    assert unions and all(s.text == "省总工会" for s in unions), [s.text for s in unions]
    assert all((s.fields.get("new") or {}).get("name") == "四川省总工会" for s in unions), [s.fields for s in unions]


def test_level_departments_of_more_kinds_and_stops_at_praise_origin_and_verbs(base):
    page = ("某市总工会开展劳动竞赛\n\n本报讯 2023年5月，市总工会与市国资委、市建委、市轨道交通集团联合开展竞赛。省公路局围绕“四促一创”"
            "开展活动。省总工会、省慈善总会送来25万元慰问金。省委宣传部、省卫生健康委、省妇联等8家单位参与。市城市管理局、市总工会"
            "共同举办活动。留在永春过年的非泉州籍工会会员领到礼包。陕西各级工会充分利用工会资源。市总工会向爱心企业汉药（青岛）科技有限公司致谢。\n")
    orgs = _orgs(base, page)
    assert {"市建委", "市轨道交通集团", "省公路局", "省慈善总会", "省卫生健康委", "市城市管理局", "汉药（青岛）科技有限公司"} <= orgs, orgs
    assert not any("籍" in o or "充分利用" in o or o.startswith(("爱心", "企业")) for o in orgs), orgs


def test_a_government_s_office_stationed_in_a_city_is_one_body(base):
    page = ("某市总工会欢送农民工\n\n本报讯 2023年1月，市总工会联合毕节市人民政府驻广州办事处、黔南州人民政府驻广州办事处举行欢送仪式，"
            "为50名农民工送上车票。\n")
    orgs = _orgs(base, page)
    assert {"毕节市人民政府驻广州办事处", "黔南州人民政府驻广州办事处"} <= orgs, orgs
    assert not {"毕节市人民政府", "人民政府驻广州办事处"} & orgs, orgs


def test_a_clause_headed_by_the_quoted_short_name_of_the_story_s_contest_counts_for_it(base):
    page = ("长春市地铁工程“五比五创”劳动竞赛助推打造精品工程\n\n本报讯 2021年6月17日，竞赛总结大会在市工人文化宫举行。"
            "2012年，市总工会与市国资委联合开展地铁工程建设“五比五创”劳动竞赛活动。据统计，截止目前，“五比五创”劳动竞赛活动"
            "累计有100余家单位参加，平均每年2万余人次参与其中。\n")
    subjects = _named(base, page)
    assert subjects["100余家"] == subjects["2万余人次"] == "长春市地铁工程“五比五创”劳动竞赛", subjects


def test_a_festival_a_plenary_session_a_project_s_phase_a_campaign_and_a_meeting_s_days_are_no_figures(base):
    page = ("某市工会送温暖\n\n本报讯 2024年1月，农历腊八节当天，市总工会为1500多名快递员送上腊八粥。市总工会按照七次全会的部署开展工作。"
            "机场三期改扩建工程劳动竞赛启动，全市开展三个年活动，共有12个项目参赛。此次大会会期3天。\n")
    obs, excluded = _observations(base, page), _excluded(base, page)
    assert {"八节", "七次", "三期", "三个"} <= set(excluded) and not {"八节", "七次", "三期", "三个"} & set(obs), (obs, excluded)
    assert "3天" not in obs and obs["1500多名"] > 0.5 and obs["12个"] > 0.5, obs


def test_the_value_a_change_from_a_year_s_figure_reaches_is_of_the_story_s_date(base):
    page = "某省帮扶困难职工\n\n本报讯 2021年1月，全省建档立卡困难职工家庭数量，从2019年超过2万户，减少到近5000户。\n"
    times = _times(base, page)
    assert times["近5000户"].get("unspecified") and "since" not in times["近5000户"], times


def test_the_dues_of_small_firms_unions_name_no_body(base):
    page = "某省总工会为企业减负\n\n本报讯 2023年5月，省总工会落实企业减负政策，返还小微企业工会经费19亿元，惠及企业20万家。\n"
    assert not any("小微" in o for o in _orgs(base, page)), _orgs(base, page)


def test_an_app_named_for_a_province_s_unions_is_no_union_whose_work_the_story_reports(base):
    page = ("某市推进网上工会建设\n\n本报讯 2023年10月，快递员周某打开“陕西工会”APP，进入咸阳子站找到驿站。"
            "工会积极融入陕西工会“一张网”建设。“过去企业申请建会，需提交3份请示，至少得跑3趟。”基层工会干部李某说。\n")
    subjects = _named(base, page)
    assert subjects["3份"] != "陕西工会" and subjects["3趟"] != "陕西工会", subjects


def test_wan_yu_ming_is_a_count_whatever_precedes_it(base):
    page = "市总工会开展送温暖活动\n\n本报讯 2016年1月，市总工会开展送温暖活动，共慰问困难职工300人，万余名职工受益。\n"
    assert _observations(base, page)["万余名"] > 0.5, _observations(base, page)


def test_the_party_centre_deciding_or_holding_to_a_course_is_named_its_care_is_not(base):
    page = ("某省推进产改\n\n本报讯 2023年5月，省总工会深入贯彻党中央重大决策部署，建成站点120个。以习近平同志为核心的党中央坚持以人民为中心。"
            "党中央对工人阶级的关怀温暖人心。\n")
    found = [s for s in _draft(base, page).suggestions if s.kind == "organisation" and s.text == "党中央"]
    assert len(found) == 2, [s.quote for s in found]


def test_places_printed_before_a_firm_whose_own_name_starts_with_a_place_are_where_it_is(base):
    page = ("某市总工会慰问货车司机\n\n本报讯 2023年5月，在云南省昆明市云南京邦达物流科技有限公司分拣中心，市总工会为200名职工体检。"
            "西宁市青海瑞丰物流有限公司、来自内蒙古自治区鄂尔多斯市君正能源化工有限公司的选手参赛。湖南省建筑工程集团有限公司参加。\n")
    orgs = _orgs(base, page)
    assert {"云南京邦达物流科技有限公司", "青海瑞丰物流有限公司", "鄂尔多斯市君正能源化工有限公司", "湖南省建筑工程集团有限公司"} <= orgs, orgs


def test_each_team_of_a_list_of_teams_is_named_as_printed(base):
    page = ("某省职业技能大赛闭幕\n\n本报讯 2023年5月，昆明市代表团、滇中新区代表团、职业院校代表团位居奖牌榜前三名，共获金牌20枚。"
            "内蒙古两地派出代表队、某区总工会代表队参赛。\n")
    orgs = _orgs(base, page)
    assert {"昆明市代表团", "滇中新区代表团", "职业院校代表团"} <= orgs, orgs
    assert not any("派出" in o for o in orgs), orgs
