"""suggest on the unseen pages of heldout68–113, read again (issue 21, the eighteenth round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round17 import _draft, _observations, _posts, _subjects
from test_suggest_round17 import _orgs as _orgs_of


def _orgs(base, text: str) -> list[str]:
    return _orgs_of(_draft(base, text))


def test_a_title_before_a_list_of_names_is_each_ones(base):
    posts = _posts(base, "某区总工会成立工匠联盟\n\n本报讯 近日，全国劳模、大国工匠秦某某、韩立、邹建华受邀担任联盟专家顾问。\n")
    assert posts == {"秦某某": "大国工匠", "韩立": "大国工匠", "邹建华": "大国工匠"}  # never 顾问 (a word), of 联盟专家
    # a post of one holder is not carried to the next name (主席张某、李某: the second's post unprinted)
    posts = _posts(base, "某区总工会召开会议\n\n本报讯 近日，区总工会主席张立军、李红梅出席会议。\n")
    assert posts.get("张立军") == "主席" and "李红梅" not in posts


def test_the_title_after_a_verb_of_visiting_is_the_persons_alone(base):
    posts = _posts(base, "某县总工会走访慰问劳模\n\n本报讯 随后，慰问组又来到全国劳动模范徐大年家里，送上慰问金。\n")
    assert posts == {"徐大年": "全国劳动模范"}


def test_a_leader_who_leads_a_group_is_named_without_its_verb(base):
    posts = _posts(base, "某省总工会开展慰问\n\n本报讯 1月5日，省人大常委会副主任、省总工会主席周农率慰问组到山区看望职工。\n")
    assert set(posts) == {"周农"} and posts["周农"] in ("副主任", "主席")


def test_who_speaks_for_a_titles_holders_has_the_title_s_representative_post(base):
    posts = _posts(base, "某省总工会召开表彰大会\n\n本报讯 会上，中华技能大奖获得者代表刘金柱、省级大工匠代表王海林分别介绍了经验；"
                         "青年技能人才代表赵纵横发出倡议。会前看望慰问了省部级劳模代表代云飞。\n")
    assert posts == {"刘金柱": "中华技能大奖获得者代表", "王海林": "省级大工匠代表", "赵纵横": "青年技能人才代表",
                     "代云飞": "省部级劳模代表"}
    # 职工代表 is no title's holders (a body's delegates): no post drafted from 代表 after it
    assert _posts(base, "某公司工会召开职代会\n\n本报讯 会上，职工代表张某某发言。\n") == {}


def test_a_list_given_a_skill_grade_is_each_ones_post(base):
    page = ("某公司工会开展技能等级评价\n\n本报讯 近日，公司完成技能等级自主评价。其中，刘永强、王怡然、孟令军等22名员工获得了"
            "电工技师职业资格；庞开明、黄洪亮等10名员工获得了电工高级工职业资格。\n")
    assert _posts(base, page) == {"刘永强": "电工技师", "王怡然": "电工技师", "孟令军": "电工技师", "庞开明": "电工高级工",
                                  "黄洪亮": "电工高级工"}
    page = "某省总工会推进评聘\n\n本报讯 省人社厅确定王乐天等7名同志为首席技师、邱建国等129名同志为特级技师。\n"
    assert _posts(base, page) == {"王乐天": "首席技师", "邱建国": "特级技师"}
    # a list that wins a prize is given no post (获得了一等奖: no grade)
    page = "某市总工会举办技能大赛\n\n本报讯 经过角逐，张建国、李卫东等5名选手获得了一等奖。\n"
    assert _posts(base, page) == {}


def test_lengths_of_time_in_words_and_times_before_are_no_figures(base):
    page = ("某区总工会举办职工运动会\n\n本报讯 在两天集中进行的50场比赛中，职工们展示风采。这个服务中心曾是闲置十余年的老厂房。"
            "42年前，这里迎来改革的春风。所有课程1小时内报满，区总工会为职工提供24小时服务。某企业连续三年进入全国百强。\n")
    obs = _observations(base, page)
    assert "50场" in obs and "24小时" in obs and "三年" in obs  # a service's hours, years running: facts
    assert not {"两天", "十余年", "42年", "1小时"} & set(obs)


def test_vehicle_trips_and_calls_are_measure_words(base):
    page = ("某区总工会服务货车司机\n\n本报讯 辖区日均活跃集卡车7万辆次。2025年，省总工会服务热线共接听职工来电10.06万通，"
            "通过调解为职工追回欠薪1200万元。\n")
    obs = _observations(base, page)
    assert "7万辆次" in obs and "10.06万通" in obs and "1200万元" in obs


def test_a_joint_union_of_a_trade_or_a_building_is_named_whole(base):
    page = ("某市总工会推进新就业形态劳动者入会\n\n本报讯 近日，江海市快递行业联合工会成立，首批吸纳会员200名。桂树坪街道网约车行业联合工会"
            "召开会员大会。区总工会推动成立了华能大厦楼宇联合工会。全市第一家楼宇联合工会、若干个联合工会和各类行业联合工会50家"
            "均已建成，社区灵活就业人员联合工会也在筹建。\n")
    orgs = _orgs(base, page)
    assert {"江海市快递行业联合工会", "桂树坪街道网约车行业联合工会", "华能大厦楼宇联合工会"} <= set(orgs)
    assert not [o for o in orgs if o.endswith("联合工会") and o[:2] in ("全市", "若干", "各类", "行业", "社区", "联合")]


def test_a_federation_of_a_trades_unions_is_named_whole(base):
    page = ("某区总工会推进行业建会\n\n本报讯 近日，海港汽车运输行业工会联合会成立。集团第一时间成立了集卡中心工会联合会，"
            "上海首家大型商圈工会联合会——滨江区南方国际广场工会联合会日前揭牌。全省建立市级新业态工会联合会49个，"
            "利用行业工会联合会开展协商，工会或基层工会联合会均可申请。\n")
    orgs = _orgs(base, page)
    assert {"海港汽车运输行业工会联合会", "集卡中心工会联合会", "滨江区南方国际广场工会联合会"} <= set(orgs)
    assert not {"市级新业态工会联合会", "利用行业工会联合会", "上海首家大型商圈工会联合会", "工会或基层工会联合会"} & set(orgs)


def test_a_levels_leadership_printed_alone_after_a_verb_is_a_body(base):
    page = ("某市总工会开展慰问\n\n本报讯 为积极响应市委、市政府关于关爱职工的号召，江海市总工会开展慰问。"
            "争取县政府每年列出10万元经费，践行区委“十项行动”。\n")
    orgs = _orgs(base, page)
    assert {"市委", "市政府", "县政府", "区委"} <= set(orgs)
    orgs = _orgs(base, "某市总工会开展慰问\n\n本报讯 近日，市总工会会同市委宣传部开展宣讲。\n")
    assert "市委宣传部" in orgs and "市委" not in orgs  # a department of it: its name whole


def test_a_post_office_a_power_station_and_a_legal_aid_group_are_bodies(base):
    page = ("某市邮政工会表彰职工小家\n\n本报讯 近日，东城桥头邮政营业所、南岭供电所获评模范职工小家。"
            "据了解，江海市职工法律援助团成立以来办理案件300件。\n")
    assert {"东城桥头邮政营业所", "南岭供电所", "江海市职工法律援助团"} <= set(_orgs(base, page))


def test_a_unions_propaganda_and_education_department_is_no_ministry(base):
    orgs = _orgs(base, "某市总工会开展宣讲\n\n本报讯 近日，中华全国总工会宣传教育部在京召开座谈会，教育部有关负责人出席。\n")
    assert "中华全国总工会宣传教育部" in orgs and orgs.count("教育部") == 1  # the ministry printed alone, once


def test_the_sites_links_after_the_editor_line_name_no_body(base):
    page = ("某区总工会举办技能大赛\n\n本报讯 近日，杭州市滨江区总工会举办职工技能大赛，参赛职工300名。\n\n（责编：张三、李四）\n\n"
            "全总要闻\n\n湖南省总工会发布会\n")
    orgs = _orgs(base, page)
    assert "杭州市滨江区总工会" in orgs
    assert not {"全总", "湖南省总工会"} & set(orgs)


def test_the_level_or_giver_of_an_honour_counted_is_not_whose_figure(base):
    page = ("某集团工会推进职工书屋建设\n\n本报讯 近年来，平安煤业集团工会持续推进职工书屋建设。截至目前，平安煤业集团已建成职工书屋151个。"
            "其中被中华全国总工会命名的职工书屋示范点12个。\n\n截至目前，广德市建有职工书吧70余家，其中全国职工书屋示范点7家。\n")
    subjects = _subjects(base, page)
    assert subjects["12个"] != "中华全国总工会" and subjects["7家"] != "全国"
    assert subjects["7家"] in ("广德市", None)


def test_ages_of_people_and_lengths_of_contests_are_no_figures(base):
    page = ("某区总工会走访慰问劳模\n\n本报讯 随后，慰问组来到全国劳动模范徐大年家里。80岁高龄的徐大年早年在矿区工作。"
            "首站前往某区关怀23岁陈姓职工。项目职工的平均年龄只有30岁。\n\n"
            "某市总工会举办技能竞赛\n\n本报讯 竞赛为60分钟技能实操赛，短短5天点击量超774万，共有职工300名参赛。\n")
    obs = _observations(base, page)
    assert "30岁" in obs and "300名" in obs  # an average age: a fact
    assert not {"80岁", "23岁", "60分钟", "5天"} & set(obs)


def test_a_rank_is_drafted_to_check(base):
    draft = _draft(base, "某市总工会举办技能大赛\n\n本报讯 经过角逐，某银行获得团体第一名，共有职工300名参赛。\n")
    conf = {s.text: s.confidence for s in draft.suggestions if s.kind == "observation"}
    assert conf["第一名"] == 0.3 and conf["300名"] >= 0.9
    rank = next(o for o in draft.annotation["observations"] if o["value"] == "第一名")
    assert rank["indicator"] == "名次" and "a rank" in draft.to_yaml()


def test_a_figure_of_visits_is_no_view_count_line(base):
    page = ("某市总工会推进数字工会建设\n\n本报讯 近日，记者从市总工会获悉，2023年，市总工会开展线上职工普惠活动222场，"
            "线上访问量超800万次，参与职工超251万人次。\n\n访问量：3456\n")
    obs = _observations(base, page)
    assert {"222场", "超800万次", "超251万人次"} <= set(obs) and "3456" not in obs


def test_sessions_quilts_and_plots_are_measure_words(base):
    page = ("某市总工会开展培训和慰问\n\n本报讯 今年，市总工会开展技术工人培训5206班次，送去棉被250床、电缆卡300付，"
            "建设地面作业区3块。\n")
    assert {"5206班次", "250床", "300付", "3块"} <= set(_observations(base, page))


def test_a_citys_firm_or_clinic_printed_with_its_level_in_a_list(base):
    page = ("某市总工会表彰安康杯竞赛\n\n本报讯 近日，市供电局荣获一等奖，市交投公司、市气象局荣获二等奖。"
            "大会邀请了市中医院的医生。市疾控中心、市总工会联合开展义诊。县工人文化宫设立职工学校。\n")
    orgs = _orgs(base, page)
    assert {"市交投公司", "市中医院", "市疾控中心"} <= set(orgs)
    assert not [o for o in orgs if o.endswith("学校")]


def test_a_named_working_group_or_service_team_is_a_body(base):
    page = ("某县总工会开展帮扶\n\n本报讯 近日，广东省粤黔协作工作队安顺工作组携手市总工会开展帮扶。兴国县劳模工匠技术服务队深入企业。"
            "市委市政府成立产改领导小组。\n")
    orgs = _orgs(base, page)
    assert {"广东省粤黔协作工作队安顺工作组", "兴国县劳模工匠技术服务队"} <= set(orgs) and "产改领导小组" not in orgs


def test_a_name_before_a_verb_of_answering_and_a_firms_chairman_after_the_name(base):
    posts = _posts(base, "某市总工会推进产改\n\n本报讯 市人大常委会副主任、市总工会主席李余粮如此答道：“就看产业工人。”"
                         "会上，潍柴集团谭旭光董事长提出要培养工匠。\n")
    assert "李余粮" in posts and posts.get("谭旭光") == "董事长"


def test_a_union_heading_a_list_of_bodies_that_raise_or_invite(base):
    page = ("某市总工会开展春节慰问\n\n本报讯 据悉，汕头市总工会、龙湖区总工会在今年春节前筹措近15万元资金，慰问困难职工。\n")
    assert _subjects(base, page)["近15万元"] == "汕头市总工会"


def test_the_same_count_of_the_same_things_told_on_is_one_fact(base):
    page = ("某区总工会支持创新工作室\n\n本报讯 记者从自治区总工会获悉，50家自治区职工创新工作室获自治区总工会重点支持。\n\n"
            "据了解，自治区总工会为50家自治区职工创新工作室每家补助3万元。\n")
    assert _observations(base, page) == ["50家", "3万元"]
    # a line repeating the headline over the story is no earlier mention
    page = ("某市完成职工技能竞赛\n\n来源：某某日报\n\n我市完成22个工种的职工职业技能竞赛\n\n本报讯 今年，我市完成22个工种的职工职业技能竞赛，"
            "参赛职工3000名。\n")
    assert "22个" in _observations(base, page)


def test_two_levels_of_an_honour_counted_in_a_row(base):
    page = ("某市工会五年工作回顾\n\n本报讯 过去五年，重庆各级工会选树市级劳模497名，全国和重庆五一劳动奖118个、1746个。\n")
    subjects = _subjects(base, page)
    assert subjects["118个"] != "全国" and subjects["1746个"] != "全国"


def test_the_union_of_a_body_named_before_it_is_whole(base):
    orgs = _orgs(base, "某县总工会推进建设\n\n本报讯 近日，由广南县总工会、县委宣传部工会进行业务指导。"
                       "陕煤集团工会首次将“送清凉”送到一线。来自蓝天环保、阜升环保、东方滤袋等五家龙头企业的选手参赛。\n")
    assert {"县委宣传部工会", "陕煤集团工会", "蓝天环保"} <= set(orgs)
    assert not {"县委宣传部", "宣传部工会", "陕煤集团", "来自蓝天环保"} & set(orgs)


def test_local_bureaus_printed_without_a_place_after_a_partners_with(base):
    orgs = _orgs(base, "某市总工会推进协商\n\n本报讯 沈阳市劳动和社会保障局透露，签订集体合同的企业达1000家。市总工会建立听证制度，"
                       "与人力资源和社会保障局、工信局等单位组成听证会。\n")
    assert {"沈阳市劳动和社会保障局", "人力资源和社会保障局", "工信局"} <= set(orgs)
    assert "职业院校" not in _orgs(base, "某市总工会开展培训\n\n本报讯 培训面向职业院校、技工学校学生500名。\n")


def test_an_officer_heading_a_clause_gives_the_body_of_the_post(base):
    page = ("平江县总工会开展金秋助学活动\n\n本报讯 9月4日，平江县人大常委会副主任、总工会主席张荣，县总工会副主席姚美琴专程前往"
            "4名新考取大学的困难职工子女家中。\n")
    assert _subjects(base, page)["4名"] == "平江县总工会"


def test_a_name_before_how_its_holder_felt_saying_it(base):
    posts = _posts(base, "某区总工会建设妈咪小屋\n\n本报讯 “这给我们提供了方便。”某某公司工会主席吕玉兰高兴地说。\n")
    assert "吕玉兰" in posts
