"""suggest on the unseen pages of heldout154–161, read (issue 21, the twenty-first round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

import pytest
from test_suggest_round17 import _draft, _observations, _subjects


# Organisations: (a page, names it must draft, names it must not; why)
ORGS = [
    ("某县职工足球赛闭幕\n\n本报讯 2024年5月，某县职工足球赛在东湖体育足球俱乐部闭幕。"
     "城西街道办事处代表队获得机关组冠军，中国职工保险互助会安阳办事处协办本次比赛。\n",
     {"东湖体育足球俱乐部", "城西街道办事处", "中国职工保险互助会安阳办事处"}, set()),  # 俱乐部, 办事处 end names
    ("某市开展春风行动\n\n本报讯 2025年2月，设在长治市总工会困难职工帮扶中心的招聘会开幕，"
     "山西省总工会新时代职工文明实践中心同步直播。市总工会副主席王某出席。\n",
     {"长治市总工会困难职工帮扶中心", "山西省总工会新时代职工文明实践中心"}, {"长治市总工会"}),  # a union's centre, whole
    ("柳州市总工会部署全年工作\n\n本报讯 2024年，柳州市总工会认真落实中国工会十八大精神和党的二十大部署，建设智慧工会服务平台，"
     "推动各省市总工会、央企工会与柳州市总工会结对帮扶。\n",
     {"柳州市总工会"}, {"中国工会", "智慧工会", "央企工会"}),  # a congress, an online service, a kind
    ("某市技能大师工作室授牌\n\n本报讯 2023年，厦门市举行2023年福建省技能大师工作室授牌仪式，"
     "全市已建成市高技能人才(劳模)创新工作室130家，林海峰技能大师工作室等8家获评江苏省技能大师工作室。\n",
     {"林海峰技能大师工作室"}, {"福建省技能大师工作室", "江苏省技能大师工作室", "高技能人才(劳模)创新工作室"}),  # titles
    ("某省电力公司培育技能人才\n\n本报讯 近年来，国网湖南电力创新人才培训模式。2024年，国网湖南电力的45名青年员工"
     "和国网岳阳供电公司的12名技术骨干参加培训。\n",
     {"国网湖南电力", "国网岳阳供电公司"}, {"国网"}),  # the grid's company of a place
    ("某省女职工技能竞赛启动\n\n本报讯 2025年，竞赛由全国总工会女职工委员会指导，湖北省总工会女职办承办。"
     "记者从湖北省委社会工作部获悉，全省已建成爱心妈咪小屋1200家。\n",
     {"全国总工会女职工委员会", "湖北省总工会女职办", "湖北省委社会工作部"}, set()),  # a federation's or a committee's unit
    ("某事业部工会征集金点子\n\n本报讯 10月20日，青岛城运控股交运平度事业部工会发布10月份“金点子”，共征集建议86条。\n",
     {"青岛城运控股交运平度事业部工会"}, {"平度事业部工会"}),  # 控股 read as a verb, inside the name
    ("东平县职工足球赛闭幕\n\n本报讯 2024年5月，东平县总工会联合县教体局、县残联、县工商联举办职工足球赛，"
     "县城管局、县供销社组队参赛。\n",
     {"县教体局", "县残联", "县工商联", "县城管局", "县供销社"}, set()),  # more local bodies after their level
    ("某街道工会慰问户外劳动者\n\n本报讯 2024年7月，某街道工会走访辖区环卫所、顺丰快递、韵达快递和饿了么网约送餐员，"
     "一位京东小哥说，工会的关心很暖心。\n",
     {"顺丰快递", "韵达快递", "饿了么", "京东"}, {"顺丰", "韵达"}),  # a courier by its brand and 快递, whole
]


@pytest.mark.parametrize("page,named,never", ORGS)
def test_bodies_named_whole_and_words_that_name_none(base, page, named, never):
    from test_suggest_round12 import _orgs

    orgs = _orgs(base, page)
    assert named <= orgs and not orgs & never, orgs


def test_a_holding_groups_union_is_whose_its_figures_are(base):
    assert _subjects(base, ORGS[6][0])["86条"] == "青岛城运控股交运平度事业部工会"


def test_a_story_of_skilled_grades_is_in_scope_under_a_photo_note(base):
    page = ("某钢开展首席技师认定\n\n2024-05-12 09:30:00 来源：某某新闻网\n\n(资料图)\n\n"
            "记者从市人社局获悉，某钢集团正在开展首席技师、特级技师认定。\n\n"
            "此次认定共有符合条件的86人报名，涉及21个职业，其中申报特级技师70人。\n")
    draft = _draft(base, page)
    stories = draft.annotation["stories"]
    assert len(stories) == 1 and stories[0]["scope"] == "in", stories
    assert {"86人", "21个", "70人"} <= set(_observations(base, page))


def test_cases_counted_in_zong_are_figures(base):
    page = ("某工会公布维权数据\n\n本报讯 2024年，某某工会劳工服务中心共协助310名雇员处理个案275宗，追回欠薪180万元。\n")
    assert {"310名", "275宗", "180万元"} <= set(_observations(base, page))


def test_a_firms_union_heading_the_lead_is_whose_sections_report(base):
    # a report longer than a news item (its topic changes by paragraph), each section under a heading
    page = ("甲乙机械集团工会深化产业工人队伍建设改革，以“三个提升”为抓手，三年培育高技能人才260人。\n"
            "比武练兵，搭好成才“快车道”\n"
            "以岗位练兵为载体，完善以赛促学机制，推动职工在实践中学本领、在比武中长才干、在攻关中出成果。"
            "两年来组织岗位练兵42场、覆盖3100人次，一批青年职工在练兵中脱颖而出，成长为班组的骨干力量。"
            "下一步，将继续完善工作机制，推动各项举措落地见效，为企业高质量发展提供有力的人才支撑。\n"
            "攻关创新，建强创效“主阵地”\n"
            "聚焦生产一线的堵点难点，发挥劳模和工匠的引领作用，组织骨干成立攻关小组，围绕节能降耗、工艺改进、设备改造开展攻关。"
            "两年来9家工作室完成技术课题51项，创造经济效益3600万元，多项成果在生产中推广应用。"
            "下一步，将继续完善工作机制，推动各项举措落地见效，为企业高质量发展提供有力的人才支撑。\n"
            "点子征集，汇聚职工“金点子”\n"
            "引导职工从“岗位操作者”向“创新参与者”转变，开展合理化建议活动，畅通职工建言献策的渠道。"
            "两年来收集建议880条，采纳实施的建议覆盖安全、质量、成本等方面。"
            "下一步，将继续完善工作机制，推动各项举措落地见效，为企业高质量发展提供有力的人才支撑。\n"
            "待遇保障，增强人才“归属感”\n"
            "坚持待遇留人、感情留人，修订奖励办法，提高技能人才的奖励标准，为技能骨干搭建成长通道。"
            "两年组织150名技能骨干疗休养，一线技能职工的收入稳步提高，队伍保持稳定。"
            "下一步，将继续完善工作机制，推动各项举措落地见效，为企业高质量发展提供有力的人才支撑。\n")
    assert len(page) > 600
    subjects = _subjects(base, page)
    assert {subjects[v] for v in ("42场", "3100人次", "9家", "51项", "3600万元", "880条", "150名")} == {"甲乙机械集团工会"}, subjects
    # a second union in a section: whose each section reports, the annotator decides
    other = page.replace("引导职工从", "徐州市总工会引导职工从")
    assert _subjects(base, other)["42场"] is None


def test_a_span_of_months_from_zi_and_a_deadline_before_a_years_end(base):
    page = ("某市总工会推进入会行动\n\n本报讯 2023年，某市总工会部署入会行动，确保在2025年底之前，全市重点群体入会率达到60%以上。"
            "自2022年9月至2023年8月间，服务中心开展活动1200场次。从2021年至2023年，全市共建驿站30个。\n")
    times = {s.text: {k: v for k, v in s.fields["time"].items() if k != "text"}
             for s in _draft(base, page).suggestions if s.kind == "observation"}
    assert times["60%以上"]["by"] == "2025", times
    assert times["1200场次"] == {"start": "2022-09", "end": "2023-08"}, times
    assert times["30个"] == {"start": "2021", "end": "2023"}, times


def test_a_restated_count_a_vague_one_and_a_sites_disclaimer_are_no_figures(base):
    page = ("某省工匠培育对象公布\n\n2024-3-1 10:20:30发布58次查看\n\n"
            "本报讯 2024年，全国共有260人入选培育对象，其中某省15人上榜。这15人分别来自装备制造、能源等行业。"
            "某联合会成立两年来，会员从建会时的数10人发展到如今的2.4万余人，职工数3100人。\n\n"
            "[免责声明] 本文转载自网络，如涉及作品内容、版权等问题，请在30日内与本网联系。\n")
    obs = _observations(base, page)
    assert obs == ["260人", "15人", "2.4万余人", "3100人"], obs


def test_an_organiser_named_after_a_date_is_whose_contest_figures_are(base):
    page = ("某区职工篮球赛收官\n\n发布时间：2024-10-28\n\n"
            "为丰富职工文化生活，10月16日，由青山区总工会主办，江南体育发展有限公司承办的职工篮球赛开赛。\n\n"
            "本次职工篮球赛设有小组赛、淘汰赛、决赛，共计64场次比赛，吸引了18支队伍参赛。\n")
    subjects = _subjects(base, page)
    assert subjects["64场次"] == subjects["18支"] == "青山区总工会", subjects


def test_an_officer_with_a_post_before_his_unions_is_the_unions(base):
    page = ("(通讯员:李 某 王 某)3月18日,保康县总工会通过“云上保康”网络直播召开县工会第十届委员会第二次全体(扩大)会议,"
            "总结了2024年全县工会重点工作,县委常委、总工会主席张建国同志出席会议并作重要讲话。\n"
            "会议通报表彰了36个先进集体、48名先进个人。\n")
    subjects = _subjects(base, page)
    assert subjects["36个"] == subjects["48名"] == "保康县总工会", subjects  # never 县委, the post before his


def test_platforms_and_couriers_named_by_their_brands_are_firms(base):
    from test_suggest_round12 import _orgs

    page = ("某市推动平台企业建会\n\n本报讯 2025年，某市总工会推动美团、饿了么、顺丰、货拉拉等企业在本市的站点建立工会，"
            "京东快递员和滴滴司机纷纷入会。点点滴滴的服务温暖了骑手的心。\n")
    orgs = _orgs(base, page)
    assert {"美团", "饿了么", "顺丰", "货拉拉", "京东", "滴滴"} <= orgs, orgs
    inside = page.index("点点滴滴")
    assert not [s for s in _draft(base, page).suggestions if s.kind == "organisation" and inside <= s.span.start < inside + 4]


def test_a_union_after_an_opening_purpose_heads_the_lead(base):
    filler = "下一步，将继续完善工作机制，推动各项举措落地见效，为职工群众提供更加优质的服务。"
    page = ("为深入学习贯彻党的二十届三中全会精神，区总工会坚持以学促干，扎实做好各项工作，不断推动工会工作高质量发展。\n"
            "打造阵地，创出服务新特色\n"
            f"以职工需求为导向，在楼宇、商圈、社区内打造共享职工之家，辐射周边职工近5000人。区人社局给予场地支持。{filler}{filler}{filler}{filler}\n"
            "创新品牌，激发服务新活力\n"
            f"深化志愿服务，累计协调解决职工群众实际诉求问题260个，服务职工群众4000余人次。{filler}{filler}{filler}{filler}\n"
            "维护权益，筑牢保障新防线\n"
            f"深化集体协商，推动签订集体合同120份，覆盖职工1.2万人。{filler}{filler}{filler}{filler}\n")
    assert len(page) > 600
    subjects = _subjects(base, page)
    assert {subjects[v] for v in ("近5000人", "260个", "4000余人次", "120份", "1.2万人")} == {"区总工会"}, subjects


def test_a_contest_with_hosts_only_is_its_first_hosts(base):
    page = ("某市职工技能竞赛数控车工决赛开赛\n\n来源：某市人民政府 更新时间：2025/5/20 10:30:12\n\n"
            "5月18日，在市竞赛组委会办公室指导下，由庄河市总工会、庄河市人力资源和社会保障局承办，某轴承协会协办的"
            "职工技能竞赛数控车工决赛在某集团开赛。\n此次赛事得到各单位积极响应，来自12家单位的38名选手参加预赛，"
            "最终9家单位的26名选手进入决赛。\n")
    subjects = _subjects(base, page)
    assert {subjects[v] for v in ("12家", "38名", "9家", "26名")} == {"庄河市总工会"}, subjects


def test_a_semi_finals_organiser_is_named_like_a_contests(base):
    page = ("某班组长大赛化工赛道复赛落幕\n\n本报讯 化工赛道复赛7月11日在某市闭幕。\n"
            "化工赛道复赛由中国能源化学地质工会全国委员会、中国化工教育协会主办，某省能源化工工会承办。\n"
            "某省能源化工工会、某控股公司等单位相关负责人出席，来自全国12家企业的80名选手参赛。\n")
    assert _subjects(base, page)["80名"] == "中国能源化学地质工会全国委员会"


def test_a_degree_the_paper_a_round_and_these_things_point_back_at_no_body(base):
    page = ("某县工会金秋助学\n\n本报讯 2024年8月，易门县总工会开展金秋助学活动，经严格评审，有36户困难职工子女获得资助。"
            "这些学子将获得总额为8.6万元的助学金，其中考上本科的每人可领3000元。\n")
    subjects = _subjects(base, page)
    assert subjects["8.6万元"] == subjects["3000元"] == "易门县总工会", subjects


def test_ankang_in_a_contests_or_a_stations_name_is_no_place(base):
    page = ("某市开展安康杯竞赛\n\n本报讯 2024年，某市总工会组织1200家企业参加“安康杯”竞赛，并与安康驿站共建服务点12个。"
            "陕西安康市总工会派员参加交流。\n")
    spans = [page.index("安康杯"), page.index("安康驿站")]
    regions = [s for s in _draft(base, page).suggestions if s.kind == "region"]
    assert not [s.text for s in regions if s.span.start in spans], [(s.text, s.span.start) for s in regions]
    page = page.replace("陕西安康市总工会派员", "来自陕西安康的职工代表")
    assert "安康" in [s.text for s in _draft(base, page).suggestions if s.kind == "region"]  # the city printed alone


def test_each_year_since_a_year_is_since_that_year(base):
    page = ("某市总工会加强基层建设\n\n本报讯 2016年，某市总工会部署基层工会规范化建设。从2015年起，市总工会每年投入100万元，"
            "扶持20个基层工会。\n")
    times = {s.text: {k: v for k, v in s.fields["time"].items() if k != "text"}
             for s in _draft(base, page).suggestions if s.kind == "observation"}
    assert times["100万元"] == times["20个"] == {"since": "2015"}, times


def test_train_runs_are_counted(base):
    page = ("某省开行务工专列\n\n本报讯 2026年2月，某省总工会联合人社部门开行务工专列18趟，为职工送上祝福，输送1.6万余名务工人员返岗。\n")
    assert {"18趟", "1.6万余名"} <= set(_observations(base, page))
