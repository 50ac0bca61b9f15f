"""suggest on the unseen pages of heldout226–233, read (issue 21, the twenty-fifth round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round14 import _times
from test_suggest_round17 import _draft, _observations


def test_the_year_of_a_changes_starting_value_is_a_baseline_not_the_period(base):
    times = _times(base, "某省职工技能竞赛成效明显\n\n本报讯 2019年3月，记者从省总工会获悉，参加岗位练兵的职工由2016年的"
                         "40多万人增加到90多万人，竞赛工种由120个增加到180个，参加选拔赛的职工达到8万余人。\n")
    assert {str((times[k] or {}).get("during"))[:4] for k in ("90多万人", "由120个增加到180个", "8万余人")} == {"2019"}, times


def test_now_dates_its_own_clause_not_the_years_work_after_a_semicolon(base):
    times = _times(base, "某县总工会召开全委会议\n\n本报讯 2024年1月10日，某县总工会召开全委会议，总结2023年工作。会议指出，"
                         "2023年全县新增工会组织10个，目前全县共有基层工会351家，会员33450人；组织职工参加市级竞赛项目2个，"
                         "发放帮扶资金22.2万元。\n")
    assert {v: (times[v] or {}).get("during") for v in ("10个", "2个", "22.2万元")} == {"10个": "2023", "2个": "2023", "22.2万元": "2023"}, times
    assert "2023" not in str(times["351家"]), times


def _bylines(base, text: str) -> list[tuple[str, str]]:
    return [(b["name"], b["role"]) for st in _draft(base, text).annotation["stories"] for b in st.get("byline", [])]


_BODY = "2024年5月，某市总工会为一线职工发放慰问金100万元，覆盖职工3000人，开展送清凉活动20场。" * 4


def test_bylines_closing_a_story_before_the_sites_lines_and_credits_of_editors(base):
    page = f"某市总工会送清凉\n\n{_BODY}（记者 王某某 通讯员 李某）\n\n责任编辑：赵某\n\n相关阅读\n" + "某某新闻，讲述家乡的故事，有观点、有态度。\n" * 8
    assert _bylines(base, page) == [("王某某", "reporter"), ("李某", "correspondent"), ("赵某", "editor")]
    page = f"某市总工会送清凉\n\n{_BODY}晚报记者 孙某某\n\n新闻推荐\n\n某地道路标志调整下月启动。\n"
    assert _bylines(base, page) == [("孙某某", "reporter")]
    page = f"某市总工会送清凉\n\n{_BODY}\n记者 | 周某 吴某某\n实习编辑 | 郑某 责编 | 冯某\n编审 | 陈某 监制 | 褚某\n"
    assert _bylines(base, page) == [("周某", "reporter"), ("吴某某", "reporter"), ("郑某", "editor"), ("冯某", "editor"),
                                    ("陈某", "editor"), ("褚某", "editor")]


def test_bylines_opening_a_story_with_what_the_reporter_learnt_and_a_pictures_credit(base):
    page = f"某市总工会送清凉\n\n记者钱某从市总工会获悉：{_BODY}"
    assert _bylines(base, page) == [("钱某", "reporter")]
    assert _bylines(base, f"某市总工会送清凉\n\n记者近日从市总工会获悉：{_BODY}") == []
    page = f"某市总工会送清凉\n\n图为职工在领取清凉用品。通讯员卫某某摄\n\n本报讯 记者蒋某、沈某某报道 {_BODY}"
    assert _bylines(base, page) == [("卫某某", "correspondent"), ("蒋某", "reporter"), ("沈某某", "reporter")]
    page = f"某路局工会活动\n\n铁路资讯   2019-12-07 07:49:17  0浏览 作者:韩某 杨某\n\n{_BODY}"
    assert _bylines(base, page) == [("韩某", "author"), ("杨某", "author")]


def test_a_school_or_hospital_before_its_teacher_or_doctor_is_named_whole(base):
    from test_suggest_round12 import _orgs

    page = ("某市青年教师教学竞赛举行\n\n本报讯 2024年5月，市总工会、市教育局联合举办的青年教师教学竞赛落幕，满城区东关小学教师张某、保定市育英中学教师王某、"
            "深圳市宝安区新安街道中心幼儿园教师李某获一等奖，洛阳市妇幼保健院医师赵某获二等奖，共有86名教师参赛。\n")
    orgs = _orgs(base, page)
    assert {"满城区东关小学", "保定市育英中学", "深圳市宝安区新安街道中心幼儿园", "洛阳市妇幼保健院"} <= orgs, orgs
    assert "深圳市宝安区新安街道中心" not in orgs, orgs


def test_the_original_title_and_a_sites_hot_news_under_a_story_start_no_story(base):
    body = ("今年1月，省总工会启动第二届某某工匠发布活动，共选树100名某某工匠。截至目前，全省共有省、市州级工匠3000余名，"
            "各级工会累计投入培育资金2.5亿元。")
    page = (f"平凡之光丨某省举行庆祝“五一”大会暨第二届某某工匠发布仪式 某省五一劳动节\n创始人\n2025-05-20 07:31:29\n0\n\n{body}\n\n"
            "原标题:某省举行庆祝“五一”大会暨第二届某某工匠发布仪式\n\n编辑:某某    责编:某某\n\n相关内容\n\n热门资讯\n\n"
            "某品牌新手机发布... 北京时间9月10日凌晨，某公司在发布会上发布8大新品\n")
    draft = _draft(base, page)
    assert [s["scope"] for s in draft.annotation["stories"]] == ["in"], draft.annotation["stories"]
    assert {"100名", "3000余名", "2.5亿元"} <= {o["value"] for o in draft.annotation["observations"]}


def test_a_source_line_run_on_into_the_storys_text_keeps_its_figures(base):
    page = ("世界母乳喂养周，某省工会这样做\n来源：某某工会人8月1日至7日是第29个“世界母乳喂养周”。据统计，某省女职工403.6万，"
            "占职工总数的44.6%。\n")
    assert {"403.6万", "44.6%"} <= set(_observations(base, page))


def test_a_count_in_digits_right_after_the_names_it_counts_is_no_figure(base):
    page = ("某市职工技能竞赛开赛\n\n本报讯 2024年5月，某市职工技能竞赛开赛，设置理论考试、手工点钞、对公业务、零售业务4个项目，"
            "开辟阅览室、健身房、白领食堂、谈心室、母婴室、调解室、会议室、心理咨询室、党群加油站9个区域，共有120名职工参赛，"
            "建设母婴关爱室3个、职工子女托管班2个。会上，韩城市、神木市、旬阳市、宝鸡市、安康市等5个县（市）交流发言。\n")
    obs = _observations(base, page)
    assert not {"4个", "9个"} & set(obs), obs
    assert {"120名", "3个", "2个", "5个"} <= set(obs), obs


def test_a_teams_medals_printed_as_a_run_are_each_a_count(base):
    page = ("某区代表队斩获佳绩\n\n本报讯 2025年6月，某市第二届职业技能大赛闭幕，某区总工会组织139名选手参赛，最终获得8金9银3铜；"
            "另一区获得6金、2银、6铜、17优胜奖。某银行推出5金融产品，职工获金牌1枚。\n")
    draft = _draft(base, page)
    obs = {o["value"]: o for o in draft.annotation["observations"]}
    assert {"8金", "9银", "3铜", "6金", "2银", "6铜", "17优胜奖"} <= set(obs), sorted(obs)
    assert obs["8金"]["unit"] == "count" and "5金" not in obs, obs


def test_a_place_a_sentence_opens_in_holds_what_it_has(base):
    from test_suggest_round17 import _subjects

    page = ("某区工会推进工资集体协商\n\n本报讯 记者日前在湖北采访时了解到，建筑业工资长期处在无序的状况之下。\n\n"
            "在被称为“建筑之乡”的新洲区，共有建筑企业113家，从业人员17万多人。\n")
    subjects = _subjects(base, page)
    assert subjects["113家"] == subjects["17万多人"] == "新洲区", subjects


def test_a_name_in_quotes_is_named_whole_and_a_category_of_schools_is_no_body(base):
    from test_suggest_round12 import _orgs

    page = ("某机务段工作室创新成果丰硕\n\n本报讯 2019年12月4日，某铁路局嘉峪关机务段“马云龙劳模工作室”里，职工展示创新成果107项。"
            "湖北省总工会、湖北省教育厅联合举办湖北省第九届中小学青年教师教学竞赛，共有320名教师参赛。连云港市总工会积极开展工会扶持职工创业工作，"
            "发放贷款1200万元。\n")
    orgs = _orgs(base, page)
    assert "马云龙劳模工作室" in orgs and "云龙劳模工作室" not in orgs, orgs
    assert not any(o.endswith(("中小学", "开展工会")) for o in orgs), orgs


def test_credits_in_brackets_with_a_space_a_reviewer_and_a_photographer(base):
    page = f"某市总工会送清凉\n\n{_BODY}\n【编辑：刘某某】\n（责编 梁某某）\n审核：袁某某\n"
    assert _bylines(base, page) == [("刘某某", "editor"), ("梁某某", "editor"), ("袁某某", "editor")]
    page = f"某市总工会送清凉\n\n{_BODY}\n某某新闻•某某晨报记者 钱某 摄影 李某某\n【免责声明】本网未标有来源的稿件，版权归原作者所有。\n"
    assert _bylines(base, page) == [("钱某", "reporter"), ("李某某", "author")]
    page = f"某市总工会送清凉\n\n{_BODY}（某某客户端记者 刘某某/文 刘某/图）\n"
    assert ("刘某某", "reporter") in _bylines(base, page)
    page = f"某区工会活动\n\n作者：胡某某文章来源：发布时间：2020-01-03 14:51\n\n{_BODY}"
    assert _bylines(base, page) == [("胡某某", "author")]


def test_a_places_union_of_a_trade_is_named_from_the_place(base):
    from test_suggest_round12 import _orgs

    page = ("某市快递行业工会实现全覆盖\n\n本报讯 11月9日，记者从宜昌市邮政管理局获悉，随着兴山快递行业工会正式成立，宜昌市快递行业工会"
            "实现全覆盖，全市快递员入会4300人。宁德市快递行业工会联合会成立大会11日举行，全市快递行业工会共有会员900人。\n")
    orgs = _orgs(base, page)
    assert {"兴山快递行业工会", "宜昌市快递行业工会", "宁德市快递行业工会联合会"} <= orgs, orgs
    assert "快递行业工会" not in orgs, orgs


def test_a_citys_short_name_before_its_trade_is_the_place(base):
    from test_suggest_round17 import _subjects

    page = ("某省工会推进行业集体协商\n\n本报讯 2021年，湖北省总工会推进行业集体协商。省总工会引导各地结合实际找突破口。"
            "荆州家政行业聚焦1.5万名灵活就业者的问题，通过协商明确5项成果。\n")
    assert _subjects(base, page)["1.5万名"] == "荆州市"


def test_a_headline_reviewing_the_year_before_the_pages_date_dates_its_figures(base):
    page = ("某市总工会2021年度绩效考核目标完成情况公示(年终)\n\n发布时间:2022年01月15日\n\n责任单位:市总工会\n\n"
            "“春风行动”帮扶救助44220人。\n\n培育工匠86人、市级工匠30人。\n\n资助1100名优秀外来务工人员上大学。\n")
    times = _times(base, page)
    assert {str((times[v] or {}).get("during")) for v in ("44220人", "86人", "1100名")} == {"2021"}, times


def test_the_day_a_sentence_opens_with_is_the_storys_not_the_period_before(base):
    page = ("某市工会金秋助学\n\n本报讯 2014年8月22日，某市总工会举行金秋助学金发放仪式。18年来，全市各级工会累计发放助学金900余万元，"
            "帮助9296名困难职工子女完成学业。当天的仪式上，65名困难职工子女共领到23.4万元助学金。\n")
    times = _times(base, page)
    assert times["900余万元"].get("since") == "1996", times
    assert times["65名"].get("on") == times["23.4万元"].get("on") == "2014-08-22", times


def test_a_department_printed_by_its_short_name_alone_is_proposed_as_printed(base):
    from test_suggest_heldout5_orgs import _orgs as _org_fields

    page = ("某省产改工作推进会召开\n\n本报讯 5年来，某省总工会牵头抓总，省委组织部、宣传部、人社厅等30家成员单位协作推进产改。"
            "竞赛前三名的选手由团市委授予“青年岗位能手”，人社局和县总工会相关领导出席，共有120名职工参赛。\n")
    orgs = _org_fields(base, page)
    assert {"宣传部", "人社厅", "团市委", "人社局"} <= set(orgs), orgs
    assert orgs["人社局"]["new"]["kind"] == "government" and "no place" in orgs["人社局"]["new"]["note"], orgs["人社局"]


def test_round_the_clock_hours_and_a_grade_and_above_are_no_figures(base):
    page = ("某市工会驿站暖心服务\n\n本报讯 2025年，某市建成工会驿站120个，其中最繁忙的驿站一天24小时都有劳动者光顾，"
            "部分驿站24小时全时段开放。会员在二级以上医院治疗可领取互助金，全年服务职工3.6万人次。\n")
    obs = _observations(base, page)
    assert {"120个", "3.6万人次"} <= set(obs) and not {"24小时", "二级以上"} & set(obs), obs


def test_a_county_advanced_manufacturing_zones_union_is_named_whole(base):
    from test_suggest_round12 import _orgs

    page = "某县职工技能大赛举行\n\n本报讯 2024年5月，本次大赛由滑县先进制造业开发区工会主办，共有382名职工参赛。\n"
    orgs = _orgs(base, page)
    assert "滑县先进制造业开发区工会" in orgs and "制造业开发区工会" not in orgs, orgs
