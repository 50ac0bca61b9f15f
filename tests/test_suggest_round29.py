"""suggest on the unseen pages of heldout226–279, read (issue 21, the twenty-ninth round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round12 import _orgs, _subjects
from test_suggest_round13 import _observations
from test_suggest_round17 import _draft
from test_suggest_round28 import _posts, _times


def test_our_province_is_the_one_the_headline_names_not_its_partners_printed_more(base):
    page = ("云南省一季度转移就业3.2万人\n\n本报讯 2023年4月，记者从云南省乡村振兴局获悉，今年以来，我省深化东西部劳务协作，"
            "截至目前，帮助15个县3.2万名农村劳动力转移就业。我省会同广东、浙江人社部门举办招聘会80场次，组织300名务工人员赴广东。"
            "截至目前，全省向广东、浙江输转劳动力2100人。\n")
    subjects = _subjects(base, page)
    assert subjects["3.2万名"] == "云南省" and subjects["80场次"] == "云南省", subjects


def test_a_zone_of_a_place_and_a_partner_is_one_body_and_a_name_after_this_year_heads_its_clause(base):
    page = ("某经开区开展送清凉活动\n\n本报讯 2023年8月，盛夏时节，高温考验着一线建设者。为做好防暑降温工作，今年以来云南—南亚经开区总工会"
            "先后安排52000元资金，慰问一线职工3200多人。\n")
    orgs = _orgs(base, page)
    assert "云南—南亚经开区总工会" in orgs and "南亚经开区总工会" not in orgs, orgs
    subjects = _subjects(base, page)
    assert subjects["52000元"] == "云南—南亚经开区总工会" and subjects["3200多人"] == "云南—南亚经开区总工会", subjects


def test_a_region_s_unions_heading_the_lead_own_the_figures_of_its_sections(base):
    page = ("我的工会|共建职工驿站\n\n2024-05-20 10:00\n\n宜昌市各级工会主动争取社会各界支持，共建工会驿站为户外劳动者提供服务。\n\n"
            "一、整合资源。充分整合社区、企业等资源共建工会驿站136家，其中设有爱心托管教室的有11家。\n\n"
            "二、拓展服务。围绕征集的9类88条职工需求，开展送清凉等服务活动150余场次。\n\n"
            + "三、结对包联。按照不落一人、不落一站的原则，每名工会干部包保联系一家工会驿站，当好政策的宣讲员、职工的服务员。" * 9 + "\n")
    assert len(page) > 600  # (a long report: its topic does not run across paragraphs)
    subjects = _subjects(base, page)
    assert subjects["136家"] == "宜昌市" and subjects["11家"] == "宜昌市" and subjects["88条"] == "宜昌市", subjects


def test_a_sentence_set_in_short_lines_with_no_marks_has_a_clause_per_line(base):
    page = ("今年长春将再建200个驿站\n\n长春发布 2023-06-08\n\n这座城市的运转\n离不开环卫工人和快递员\n\n"
            "长春这座城市也在努力\n为他们送上服务\n2021年、2022年共建成\n户外劳动者服务站点186个\n其中省级12个\n")
    subjects = _subjects(base, page)
    assert subjects["186个"] == "长春市" and subjects["12个"] == "长春市", subjects


def test_since_a_month_of_last_year_is_that_month(base):
    page = ("某市共建工会驿站\n\n政务 2024-10-16 17:31\n\n去年6月以来，全市工会招募志愿者380人次，累计服务时长1900小时。\n")
    times = _times(base, page)
    assert times["380人次"]["since"] == "2023-06" and times["1900小时"]["since"] == "2023-06", times


def test_so_far_on_an_undated_page_of_one_story_is_no_date_even_with_years_in_it(base):
    page = ("某市总工会助力劳务品牌建设\n\n2021年以来，某市总工会实施劳务品牌培育工程。截至目前，全市共培育劳务品牌25个，带动就业3.6万人。\n")
    times = _times(base, page)
    assert times["25个"] == {"unspecified": True, "text": "截至目前"} and times["3.6万人"]["unspecified"], times


def test_the_source_line_under_the_text_dates_the_page(base):
    page = ("某区技能人才队伍不断壮大\n\n" + "在某公司的数控车间内，技师王某手持工具穿梭在机床间，精准定位故障、调试参数。" * 8
            + "\n近年来，某区总工会聚焦产业发展培育技能人才。目前，全区技能人才达12.6万人，其中高技能人才3.1万人。\n\n"
            "来源：某某日报客户端(2025-04-10)\n")
    assert page.index("来源") > 300  # (no date in the page's head)
    times = _times(base, page)
    assert times["12.6万人"]["as_of"] == "2025-04-10" and times["3.1万人"]["as_of"] == "2025-04-10", times


def test_a_running_total_so_far_after_since_a_year_opening_its_paragraph_is_since_that_year(base):
    page = ("某市总工会扶助农民工创业\n\n2016年以来，某市总工会启动农民工创业扶助工程。该工程连续两年被列为为民办实事项目。"
            "截至目前，全市累计投入帮扶资金1900多万元，扶持创业项目420多个。\n\n据了解，2021年该市新增创业项目80个。\n")
    times = _times(base, page)
    assert times["1900多万元"]["since"] == "2016" and times["420多个"]["since"] == "2016", times


def test_a_station_named_from_its_host_s_union_is_one_body_but_a_station_in_words_is_none(base):
    page = ("某市公布第二批工会爱心驿站\n\n本报讯 2023年12月，某市总工会公布第二批“最美工会爱心驿站”名单，8家驿站入选，分别为：张家村社区工会爱心驿站、"
            "中国建设银行宝鸡经二路支行工会爱心驿站、某某公园工会爱心驿站等。全市用一个个小而美的工会驿站服务户外劳动者2万人次。\n")
    orgs = _orgs(base, page)
    assert {"张家村社区工会爱心驿站", "中国建设银行宝鸡经二路支行工会爱心驿站"} <= orgs, orgs
    assert not {"张家村社区工会", "中国建设银行宝鸡经二路支行工会", "美的工会驿站"} & orgs, orgs


def test_firms_after_a_preposition_two_firms_joined_by_and_and_what_a_body_has_are_bounded(base):
    page = ("某开发区工会送清凉\n\n本报讯 2023年7月，开发区工会结合“安全生产月”活动，向长泰精工、飞鸿机械等多家企业送去清凉物资。"
            "区总工会走访慰问了贵港市恒泰达电子科技公司和业达木业有限公司，给一线职工送去慰问品。某某公司制胶厂现有工会会员29名。\n")
    orgs = _orgs(base, page)
    assert {"长泰精工", "业达木业有限公司"} <= orgs, orgs
    assert not {"向长泰精工", "贵港市恒泰达电子科技公司和业达木业有限公司"} & orgs and not any("现有" in o for o in orgs), orgs


def test_kuai_qian_and_ping_are_units_and_quoted_names_after_words_or_a_start_to_grow_from_are_to_check(base):
    page = ("某市总工会建设职工之家\n\n本报讯 2023年8月，职工之家室内面积900平，户外活动区1600平，另建成3平台。外卖员说，平时在外吃要25块钱左右，"
            "这里6块钱一份。某市“太行巧匠”“燕赵月嫂”“塞北厨师”三个劳务品牌入选，公司注册“山里红”“农家乐”两个商标。"
            "公司从80名农民工起步，如今形成了拥有5000余人的劳务品牌。\n")
    obs = _observations(base, page)
    assert {"900平", "1600平", "25块钱左右", "6块钱"} <= set(obs) and "3平" not in obs, obs
    assert obs["三个"] < 0.5 and obs["两个"] < 0.5 and obs["80名"] < 0.5 and obs["5000余人"] > 0.5, obs


def test_a_union_s_full_time_cadre_and_a_foreman_whose_name_jieba_runs_into_said_are_posts(base):
    page = ("某园区工会表彰先进\n\n本报讯 2023年5月，某软件园工会工作委员会专干林芳等12位同志获评优秀工会工作者。"
            "工长郑治明说，“一分耕耘一分收获。”\n")
    posts = _posts(base, page)
    assert {("林芳", "专干"), ("郑治明", "工长")} <= posts, posts


def test_a_zone_named_from_a_county_of_another_province_is_the_zone_not_the_county(base):
    page = ("某新区工会助力农民工求学圆梦\n\n陕工网讯 7月13日，记者从西咸新区工会工委获悉，今年，曲江新区有26名农民工每人获得1000元补助。"
            "陕西省计划补助4000人。\n")
    draft = _draft(base, page)
    regions = {s.text: (s.fields.get("new") or {}).get("name") for s in draft.suggestions if s.kind == "region"}
    assert "曲江" not in regions, regions
    subjects = _subjects(base, page)
    assert subjects["26名"] == "曲江新区", subjects


def test_a_dateline_days_after_the_site_s_posting_time_is_of_the_same_year(base):
    page = ("42名选手在某市家政技能大赛中脱颖而出\n\n发布时间:2024-11-25 09:29:00 来源: 某某网\n\n"
            "某某网 天津11月27日电 (记者 张明)天津市第五届家政服务业技能大赛总结会27日举行，某市总工会对42名选手进行表彰。\n")
    times = _times(base, page)
    assert times["42名"]["on"].startswith("2024-11-27"), times


def test_a_year_inside_an_earlier_point_of_a_list_dates_nothing_in_a_later_one(base):
    page = ("某省总工会推进新业态建会入会\n\n会上，省总工会作经验交流发言。省总工会一是强化目标引领，2022年筹集专项资金1.2亿元；"
            "二是紧盯重点行业，全省新业态建会企业达1.6万余家；三是推广一键入会，会员实名入库80.3万人。\n\n"
            "某公司工会简讯\n\n2023年，女工委开展品牌创建活动。一是开展民主管理工作。二是关心女职工健康，为女职工发放卫生费42300元。\n")
    times = _times(base, page)
    assert times["1.2亿元"]["during"] == "2022" and times["42300元"]["during"] == "2023", times
    assert times["1.6万余家"] == {"unspecified": True} and times["80.3万人"] == {"unspecified": True}, times  # (no date printed)


def test_the_project_heading_a_clause_is_the_annotator_s_not_the_last_body_before(base):
    page = ("某市新工人文化宫揭牌\n\n本报讯 2023年4月，揭牌投入使用的某市新工人文化宫总投资3800万元，其中市财政投入2600万元，"
            "省总工会支持资金1200万元。项目占地10200平方米，建筑面积8600平方米。\n")
    subjects = _subjects(base, page)
    assert subjects["10200平方米"] != "省总工会" and subjects["8600平方米"] != "省总工会", subjects


def test_steps_walked_are_figures_and_lengths_rank_runs_and_a_second_list_s_count_are_not(base):
    page = ("某市总工会开展职工健步走\n\n本报讯 2023年10月，每名职工每天步数上限为1.5万步，日均7000步，公司实施3步走战略。"
            "活动周期延长至5天，体检车用3天时间为职工体检650人。第一名获技术状元称号，第2-8名获技术能手称号。"
            "江苏、湖北、四川等3个省总工会和顺丰、圆通、美团等3家平台企业工会负责人发言。\n")
    obs = _observations(base, page)
    assert {"1.5万步", "7000步", "650人"} <= set(obs) and "3步" not in obs, obs
    assert "4步" not in _observations(base, page.replace("公司实施3步走战略", "公司分4步实施改革")), obs
    assert "5天" not in obs and "3天" not in obs and "8名" not in obs, obs
    assert obs["3个"] < 0.5 and obs["3家"] < 0.5, obs


def test_a_city_s_federation_of_industry_and_commerce_and_its_organs_work_union_are_local_bodies(base):
    page = ("某市总工会开展健康服务\n\n本报讯 2023年5月，市总工会、市工商业联合会、市直工会工委和市交通运输委共同开展职工健康服务，惠及职工3000人。\n")
    orgs = _orgs(base, page)
    assert {"市工商业联合会", "市直工会工委", "市交通运输委"} <= orgs and "工商业联合会" not in orgs, orgs


def test_a_photo_credit_in_brackets_is_its_taker_s_byline(base):
    page = ("第三届某省家政服务业技能竞赛开幕\n\n本报讯 2024年12月，第三届某省家政服务业技能竞赛开幕，某省总工会组织120名选手参赛。"
            "开幕式上，六省区家政行业协会代表签约。(韩立新 摄)\n")
    stories = _draft(base, page).annotation["stories"]
    assert {"name": "韩立新", "role": "author", "quote": "韩立新摄"} in stories[0].get("byline", []), stories[0].get("byline")


def test_a_courier_brand_heading_a_clause_after_a_semicolon_is_the_firm(base):
    page = ("快递企业推进建会入会\n\n本报讯 2024年6月，头部快递企业推进建会入会工作。申通工会推进全国2.6万个加盟网点建会；"
            "极兔面向4000多个一级加盟商开展宣讲；德邦通过总部联动推进加盟网点建会近500家。\n")
    subjects = _subjects(base, page)
    assert subjects["4000多个"] == "极兔" and subjects["近500家"] == "德邦", subjects


def test_a_figure_after_an_earlier_year_in_a_dated_story_is_of_the_story_s_year_past_its_first_months(base):
    body = ("6月14日，某县总工会召开职工服务工作推进会。会议通报，该县“职工驿站”项目于2019年5月启动。\n\n"
            "会上，县总工会为职工发放慰问金36万元。\n")
    times = _times(base, "某县工会召开推进会\n\n发布时间：2023-06-15 10:12\n\n" + body)
    assert times["36万元"] == {"during": "2023"}, times
    times = _times(base, "某县工会召开推进会\n\n发布时间：2024-01-15 10:12\n\n" + body.replace("6月14日", "1月14日"))
    assert times["36万元"] == "TODO", times  # (early in the year: the year before's work or the new year's, check)
