"""suggest on the unseen pages of heldout320–354, read (issue 21, the thirty-seventh round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round17 import _draft, _observations, _subjects


def _times(base, page: str) -> dict:
    return {s.text: s.fields.get("time") for s in _draft(base, page).suggestions if s.kind == "observation"}


def _names(base, page: str) -> dict:
    """Each drafted figure's subject as named (a registry body's or region's name, or a new one)."""
    return {s.text: s.fields.get("subject_name") for s in _draft(base, page).suggestions if s.kind == "observation"}


def _subject_ids(base, page: str) -> dict:
    return {s.text: s.fields.get("subject") for s in _draft(base, page).suggestions if s.kind == "observation"}


def test_well_being_after_the_workers_it_is_wished_for_is_no_place(base):
    page = ("某市总工会职工服务网\n\n近年来，全市工会着力打造帮扶工作品牌。\n"
            "每年夏天，深入开展“夏送清凉、关爱职工安康”活动。近三年，筹集资金近1.2亿元、看望慰问一线职工200万人。\n")
    subjects = _subject_ids(base, page)
    assert all(subjects[v] != {"region": "ankang"} for v in ("近1.2亿元", "200万人")), subjects
    # the city of that name still heads its own figures
    page = page.replace("近三年，筹集", "近三年，安康全市筹集")
    subjects = _subject_ids(base, page)
    assert subjects["近1.2亿元"] == {"region": "ankang"}, subjects


def test_a_body_inside_a_document_s_title_is_not_who_acts(base):
    page = ("某县总工会服务企业\n\n今年以来，某县总工会多措并举服务企业发展。\n"
            "三是落实工会惠企政策。继续落实好《中华全国总工会关于继续实施小微企业工会经费支持政策的通知》精神，"
            "实施企业工会经费全额返还，今年来，共返还企业工会经费65.4万元，惠及19家企业。\n")
    subjects = _subject_ids(base, page)
    assert all(subjects[v] != {"organisation": "acftu"} for v in ("65.4万元", "19家")), subjects


def test_two_tenths_after_of_whom_and_tenths_and_a_half_are_figures(base):
    page = ("某市总工会发布工资调查\n\n本报讯 某市总工会日前发布调查报告。调查访问了300多名会员，"
            "其中两成人时薪低于最低工资水平，近六成半人表示去年没有加薪。\n")
    obs = _observations(base, page)
    assert {"两成", "近六成半"} <= set(obs), obs
    assert not any(o.startswith("两成人") or o == "近六成" for o in obs), obs


def test_a_survey_named_with_its_year_dates_the_figures_that_cite_it(base):
    page = ("某市职工就业调查发布\n\n发布日期:2023-08-11 20:05\n\n"
            "某市总工会女职工委员会昨天发布「2021年某市女职工生活和就业问卷调查」，当中提到女职工收入减少。\n"
            "调查显示近九成受访女职工是全职工作者，两成半受访者现时没有工作。\n")
    times = _times(base, page)
    assert times["两成半"] == {"during": "2021", "text": "2021年"}, times
    # a sentence that cites no survey keeps the story's year
    page = page.replace("调查显示近九成受访女职工是全职工作者，两成半受访者现时没有工作。", "全市工会今年走访女职工3000多人。")
    assert _times(base, page)["3000多人"] != {"during": "2021", "text": "2021年"}


def test_an_oilfield_that_hosts_a_contest_is_not_whose_teams_come(base):
    page = ("某油田举办采油工竞赛\n\n本报讯 近日，全国行业职业技能竞赛采油工竞赛落幕。\n"
            "本次竞赛由某石化集团公司、某技术指导中心主办，江苏油田承办，共有来自全国石油石化行业的15支队伍88名选手参加。\n")
    subjects = _subject_ids(base, page)
    assert all(subjects[v] != {"region": "jiangsu"} for v in ("15支", "88名")), subjects


def test_a_range_whose_ten_thousands_are_printed_once_counts_them_at_both_ends(base):
    from reformkg.annotation.figures import parse_figure
    for text, low, high in (("7000-8000万千瓦", 70_000_000, 80_000_000), ("5-10万元", 50_000, 100_000),
                            ("800-1.2万元", 800, 12_000), ("3万-5万元", 30_000, 50_000)):
        f = parse_figure(text)
        assert (f.minimum, f.maximum) == (low, high), text
    page = ("某集团公司推进劳动竞赛\n\n本报讯 2024年，某集团公司计划新增清洁能源装机6000-7000万千瓦，每人补助3-5千元。\n")
    assert {"6000-7000万千瓦", "3-5千元"} <= set(_observations(base, page)), _observations(base, page)


def test_a_step_is_no_machines_and_a_reading_time_is_the_page_s(base):
    page = ("某省总工会推进劳动竞赛\n\n本报讯 2024年，全省经济总量跨上12万亿台阶，某公司工会新建站点6个，购置设备11台。\n"
            "本篇文章528字,读完约2分钟\n")
    obs = _observations(base, page)
    assert {"6个", "11台"} <= set(obs) and not any(o.startswith("12万亿") or "分钟" in o for o in obs), obs


def test_a_county_level_city_is_known_by_the_county_name_it_had(base):
    from reformkg.suggest.gazetteer import gazetteer
    assert [p.name for p in gazetteer()["无为县"]] == ["无为市"]
    page = ("快递小哥有了“家”\n\n来源:某晚报 2018-10-13\n\n本报讯 芜湖市首家县域快递行业工会组织——无为县快递行业工会联合会已于近日正式成立。"
            "该工会联合会由邮政、韵达、中通等快递企业工会组成，现有企业12家，从业人员300多人。\n")
    names = _names(base, page)
    assert names["12家"] == names["300多人"] == "无为县快递行业工会联合会", names


def test_a_group_s_units_across_the_country_are_the_group_s(base):
    page = ("某集团举办技能竞赛\n\n本报讯 7月3日至5日，中国某油气电集团首届维修电工职业技能竞赛在某园区举办。"
            "来自气电集团全国各省市15家所属单位的36名选手参加竞赛。\n据介绍，气电集团是某公司全资子公司。\n")
    names = _names(base, page)
    assert names["15家"] == names["36名"] == "气电集团", names


def test_a_caption_s_verb_is_no_part_of_the_contest_it_names(base):
    page = ("选手在进行焊工职业技能竞赛实操考试。王某/摄\n\n本报讯 近日，焊工职业技能竞赛落幕。"
            "共有来自全国20个省份的60名选手参赛。\n")
    names = _names(base, page)
    assert not any(str(n).startswith("进行") for n in names.values()) and names["60名"], names


def test_a_place_s_name_after_a_secretary_general_and_a_surname_is_a_person(base):
    page = ("某市总工会启动送温暖活动\n\n本报讯 12月24日，某市总工会送温暖活动在某区困难职工帮扶中心启动。"
            "市委常委、秘书长宫镇江出席活动。全市各级工会共投入1200万元送温暖资金。\n")
    regions = [s.fields for s in _draft(base, page).suggestions if s.kind == "region"]
    assert not any("镇江" in str(f) for f in regions), regions


def test_a_craftsmen_college_heading_a_clause_is_the_one_the_story_named(base):
    page = ("工匠学堂开讲\n\n本报讯 依托赤峰职业技术学院成立的赤峰工匠学院是全市首家工匠学院，成立两年以来，"
            "工匠学院先后举办了8期培训班，500多人次参加了培训。\n")
    names = _names(base, page)
    assert names["8期"] == names["500多人次"] == "赤峰工匠学院", names


def test_a_notice_s_terms_are_the_body_s_that_issued_it(base):
    page = ("某市调整职工疗休养政策\n\n本报讯 日前，嘉兴市总工会等6个部门联合下发《关于调整职工疗休养政策的通知》，"
            "对费用标准、时间、地点等事项进行了调整。\n其中，费用标准提高至2900元。"
            "通知明确，职工疗休养费用标准按每人不高于500元/天的限额，总费用每人不高于2800元/年。\n"
            "疗休养线路由浙江省职工疗休养中心统一安排。\n")
    names = _names(base, page)
    assert names["500元"] == names["2800元"] == "嘉兴市总工会", names


def test_a_small_percent_sign_is_a_percent(base):
    page = ("某地工会密度下降\n\n本报讯 据统计，某地产业工会密度降幅为31﹪，职业工会密度上升为57.12﹪。\n")
    draft = _draft(base, page)
    units = {s.text: s.fields.get("unit") for s in draft.suggestions if s.kind == "observation"}
    assert units.get("31﹪") == units.get("57.12﹪") == "percent", units


def test_an_age_band_and_a_seniority_band_of_those_asked_are_no_figures(base):
    page = ("某工会发布青年就业调查\n\n本报讯 某工会今年6月至9月访问了730个在职青年，年龄介乎18至35岁。"
            "近六成受访青年每天工作超过9小时，亦有超过4成年资10年以下的受访者打算转工。"
            "其中金融业均有超过20%的受访者工作时长在十小时以上。\n")
    obs = _observations(base, page)
    assert {"730个", "近六成", "超过4成", "超过20%"} <= set(obs), obs
    assert not any(o in obs for o in ("18至35岁", "超过9小时", "10年以下", "十小时以上")), obs


def test_a_plan_s_terms_after_its_lead_are_the_issuer_s(base):
    page = ("“技能强省”方案出台\n\n本报讯 近日，安徽省印发《高质量推进“技能强省”建设工作方案》，提出到2026年完成职业技能培训800万人次。\n"
            + "建立健全技能人才培养培训体系，支持院校建立职业技能等级认定机构，畅通技能人才成长通道。" * 16 + "\n"
            "开展大规模培训。督促企业履行法定职责，健全职工培训制度，年完成培训60万人次、40万人取得证书。\n")
    names = _names(base, page)
    assert names["60万人次"] == names["40万人"] == "安徽省", names
    # a paragraph naming its own body keeps it
    page = page.replace("督促企业履行法定职责", "省人社厅督促企业履行法定职责")
    names = _names(base, page)
    assert names["60万人次"] != "安徽省", names


def test_this_year_s_provincial_model_workers_are_the_province_s(base):
    page = ("甘肃多径保障劳模\n\n中新网兰州11月30日电 30日，甘肃省总工会副主席王某说，甘肃将给本届受表彰的劳模购买职工互助保险。\n"
            + "今后还将继续加大关心关爱劳模和工匠人才的力度，落实好劳模的各项待遇。" * 20 + "\n"
            "当日，2020年甘肃省劳动模范和先进工作者表彰大会新闻发布会在兰州召开。"
            "记者从发布会上获悉，这届省劳动模范和先进工作者评选总数为280名，其中，企业职工130名。\n")
    names = _names(base, page)
    assert names["280名"] == names["130名"] == "甘肃省", names


def test_the_youngest_and_oldest_age_of_entrants_are_no_figures(base):
    page = ("某省职业技能大赛开幕\n\n本报讯 5月18日，某省职业技能大赛开幕，共有420名选手参赛。"
            "参赛选手最小年龄17岁，最大年龄58岁，平均年龄31岁。\n")
    obs = _observations(base, page)
    assert "420名" in obs and "31岁" in obs and not any(o in obs for o in ("17岁", "58岁")), obs  # (an average: a figure)


def test_the_date_of_another_event_in_brackets_does_not_date_the_figures_after_it(base):
    page = ("某市选手斩获3金\n\n本报讯 11月30日，2024年某省第二届职业技能大赛在某市落幕。\n"
            "据悉，此次大赛对应全国第三届职业技能大赛(2025年9月在郑州举办)，设置88个比赛项目，选取其中36个项目集中决赛。\n")
    times = _times(base, page)
    assert times["88个"] != {"during": "2025-09", "text": "2025年9月"} and times["36个"] != {"during": "2025-09", "text": "2025年9月"}, times
    # a date in brackets that is no event's still dates what follows
    page = page.replace("(2025年9月在郑州举办)", "(2025年9月)")
    assert _times(base, page)["88个"]["during"] == "2025-09"


def test_no_body_s_name_opens_with_is(base):
    page = ("新业态劳动者有了“娘家”\n\n本报讯 “工会就是我们自己的娘家人！”某服务中心王大姐的由衷感慨，"
            "是环城街道总工会推动新业态企业建会入会的缩影。今年以来，环城街道总工会新建工会12家。\n")
    names = {s.fields.get("new", {}).get("name") for s in _draft(base, page).suggestions if s.kind == "organisation"}
    assert "环城街道总工会" in names and not any(str(n).startswith("是") for n in names), names


def test_a_caption_s_credit_closing_its_line_names_the_photographer(base):
    page = ("某省多径保障劳模\n\n11月30日，某省劳动模范表彰大会新闻发布会在兰州召开。 王晓婧 摄\n\n"
            "本报讯 记者从发布会上获悉，这届劳动模范评选总数为280名。\n")
    bylines = [b for st in _draft(base, page).annotation.get("stories", []) for b in st.get("byline") or []]
    assert any(b["name"] == "王晓婧" and b["role"] == "author" for b in bylines), bylines


def test_councillors_and_presidents_are_posts(base):
    page = ("工會促保障工人權益\n\n本报讯 某工会權益部主任、立法會議員陳美儀表示，受影響的員工約80人。"
            "議員黃志強表示，外勞一到本地建築業便被剝削。\n")
    posts = {(s.fields.get("name"), s.fields.get("role")) for s in _draft(base, page).suggestions if s.kind == "post"}
    assert {("陈美仪", "立法会议员"), ("黄志强", "议员")} <= posts, posts


def test_among_them_opening_a_sentence_is_the_figure_before_it_s(base):
    page = ("外僱回落\n\n2017/2/2\n\n" + "勞工市場大致維持穩定，本地人力資源供應持續緊絀。" * 30 + "\n\n澳門外僱數目至去年十二月底已回落至176,500人，連跌第四個月，工會促政府保障本地工人就業。\n\n"
            "當中專業外僱6,010人，較一五年同期減少500人。\n")
    names = _names(base, page)
    assert names["6,010人"] == names["176,500人"] and names["176,500人"], names


def test_a_think_tank_is_a_body_and_its_short_name_in_quotes_points_back_to_it(base):
    page = ("劳模工匠智库助力产改\n\n本报讯 近年来，辽宁省大连市劳模工匠创新智库在产业工人队伍建设改革中持续发力。\n"
            + "智库以技术传承和创新攻关双轮驱动，推动制造业转型升级。" * 24 + "\n"
            "去年，“智库”联合多部门，全年开展劳模工匠进企业活动280场，覆盖职工2.8万人次。\n")
    draft = _draft(base, page)
    orgs = {s.fields.get("new", {}).get("name") for s in draft.suggestions if s.kind == "organisation"}
    assert "辽宁省大连市劳模工匠创新智库" in orgs, orgs
    names = {s.text: s.fields.get("subject_name") for s in draft.suggestions if s.kind == "observation"}
    assert names["280场"] == names["2.8万人次"] == "辽宁省大连市劳模工匠创新智库", names


def test_among_them_opening_a_sentence_keeps_the_time_of_the_figure_before_it(base):
    page = ("外僱回落\n\n2017/2/2\n\n" + "勞工市場大致維持穩定，本地人力資源供應持續緊絀。" * 30 + "\n\n"
            "澳門外僱數目至去年十二月底已回落至176,500人，連跌第四個月，工會促政府保障本地工人就業。\n\n"
            "當中專業外僱6,010人，建築外僱3,200人。\n")
    times = _times(base, page)
    assert times["6,010人"] == times["3,200人"] == times["176,500人"] and "during" in times["176,500人"], times
