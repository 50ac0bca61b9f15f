"""suggest on the unseen pages of heldout14–67, read again for its figures, subjects and times
(issue 21, the fourteenth round). Every sentence is written for these tests, in forms real pages
show; none is taken from a page."""

from reformkg.suggest.drafter import suggest


def _draft(base, text: str):
    vocab, registry = base
    return suggest("crafted.txt", registry, vocab, text=text)


def _subjects(base, text: str) -> dict[str, str | None]:
    """Each figure → the name its subject rule proposes (None: TODO with no name)."""
    return {s.text: s.fields.get("subject_name") for s in _draft(base, text).suggestions if s.kind == "observation"}


# a long report's closing words (a report of 1,200 characters and more changes its topic by section)
_CLOSE = "坚持以职工为中心的工作导向，把党的关怀和工会的温暖送到职工心坎上，推动工会工作提质增效。" * 14

_REPORT = ("首页\n>工作动态\n\n宁远县“两强化两提升”推动产改走深走实\n\n发布时间:2024-05-06 浏览次数:\n\n"
           "近年来，宁远县总工会认真落实产业工人队伍建设改革部署，聚焦“两个强化”，助推改革落地见效。"
           "县总工会坚持把产改工作摆在突出位置，成立工作专班，建立定期调度、督导落实的工作机制，形成了上下联动、齐抓共管的良好局面。\n\n"
           "强化组织建设，提升产业工人凝聚力。今年以来，新建工会38家，新发展会员2150人。"
           "推动非公企业党组织覆盖与工会组织覆盖同频共振，稳步扩大组织覆盖面，持续开展党建带工建各项工作，"
           "不断激发基层工会组织活力，让职工群众真切感受到工会组织就在身边。"
           "深入开展会员实名制工作，推进会员信息动态更新，做好会员服务阵地建设，"
           "把更多的新就业形态劳动者吸引到工会组织中来，让他们有归属感、获得感。\n\n"
           "强化技能培训，提升产业工人竞争力。举办技能培训班16期，培训职工900余人次。"
           "持续深化劳动和技能竞赛，搭建职工比学赶超平台，推动产业工人技能水平整体提升，"
           "引导广大职工在岗位上建功立业，为县域经济高质量发展贡献力量。"
           "完善技能人才评价激励机制，畅通产业工人成长通道，营造尊重劳动、崇尚技能的良好氛围。\n\n"
           "强化权益维护，提升产业工人幸福感。深化厂务公开民主管理，会同宁远县人力资源和社会保障局推进工资集体协商提质增效，"
           "常态化开展送温暖、金秋助学、夏送清凉等活动，用心用情解决职工急难愁盼问题，"
           "持续擦亮工会服务品牌，不断增强职工群众的获得感、幸福感、安全感，"
           "努力把工会组织建设得更加充满活力、更加坚强有力。\n\n" + _CLOSE + "\n")


def test_a_site_s_path_read_as_the_headline_hides_no_lead_sentence(base):
    # 首页 >工作动态 taken as the headline: the story's text starts after the real headline under it
    subjects = _subjects(base, _REPORT)
    assert {subjects[v] for v in ("38家", "2150人", "16期", "900余人次")} == {"宁远县总工会"}


def test_a_union_honour_puts_a_firm_s_story_in_scope(base):
    page = ("某某新媒体集团  主办\n当前位置: 本网原创\n\n某港集团荣获“全国五一劳动奖状”\n\n"
            "本网讯 4月28日，某港集团荣获“全国五一劳动奖状”。近年来，某港集团全面推进转型升级，"
            "2023年完成货物吞吐量3.1亿吨，集团2个班组荣获“全国工人先锋号”，职工提出合理化建议860条。\n")
    draft = _draft(base, page)
    scopes = [s["scope"] for s in draft.annotation["stories"]]
    assert scopes[-1] == "in" and {"3.1亿吨", "2个", "860条"} <= {s.text for s in draft.suggestions if s.kind == "observation"}


def _observations(base, text: str) -> dict[str, float]:
    """Each figure drafted as an observation → its confidence."""
    return {s.text: s.confidence for s in _draft(base, text).suggestions if s.kind == "observation"}


def test_trees_ships_pairs_and_pieces_are_counted(base):
    obs = _observations(base, "某港工会简讯\n本报讯 今年以来，港区职工义务植树2360棵，靠泊船舶815艘次，"
                              "工会为一线职工发放防护手套1200余副、暖贴2.4万片。\n")
    assert {"2360棵", "815艘次", "1200余副", "2.4万片"} <= set(obs)


def _times(base, text: str) -> dict[str, dict | str]:
    """Each figure → the time drafted for it."""
    draft = _draft(base, text)
    named = [s.text for s in draft.suggestions if s.kind == "observation"]
    return dict(zip(named, (o.get("time") for o in draft.annotation["observations"])))


def test_a_year_after_the_dateline_opening_a_report_is_the_year_it_reviews(base):
    times = _times(base, "本报讯 2022年，宁远县总工会在县委的领导下，围绕中心、服务大局，各项工作取得新成效。\n"
                         "服务中心工作。开展植树活动，栽植树木620棵。慰问一线人员45人，发放慰问金2.6万元。\n")
    assert {str(times[v].get("during")) for v in ("620棵", "45人", "2.6万元")} == {"2022"}


def test_the_country_before_a_rank_is_the_field_ranked_in_not_its_subject(base):
    subjects = _subjects(base, "某钢集团选手获佳绩\n本报讯 电焊工全国第4名、钳工全国第9名……日前，全国某行业职业技能竞赛闭幕。\n")
    assert subjects["第4名"] is None and subjects["第9名"] is None  # not 全国: whose rank, the annotator decides


def _orgs(base, text: str) -> set[str]:
    return {s.text for s in _draft(base, text).suggestions if s.kind == "organisation"}


def test_a_union_s_strength_a_central_city_and_the_area_word_are_no_names(base):
    orgs = _orgs(base, "某街道工会简讯\n本报讯 充分发挥工会桥梁作用，为宁远经济社会高质量发展贡献工会力量，"
                       "助力宁远中心城市建设。活动由某街道工会联合会协办，辖区永安汽车服务有限公司参加。\n")
    assert "永安汽车服务有限公司" in orgs
    assert not any(o.endswith(("贡献工会", "宁远中心")) or o.startswith("辖区") for o in orgs)


def test_a_province_tagging_a_headline_is_the_site_s_section_no_subject(base):
    subjects = _subjects(base, "[湖南] 宁远200个村建起工会\n湖南省宁远县推行党工共建，全县村级工会服务农民工。" + _CLOSE + "\n"
                               "据统计，近年来常年在外务工的农民工有3万余人。\n")
    assert subjects["3万余人"] not in ("湖南", "湖南省")


def test_this_contest_is_the_contest_of_the_body_heading_headline_and_lead(base):
    page = ("某矿重奖技能大赛优胜者\n本报讯 8月3日，宁远能源集团大桥煤矿对2024年度职工技能大赛获奖职工进行表彰，宁远县人社局有关负责人出席。\n" + _CLOSE + "\n"
            "据了解，这次技能大赛共设有采煤、掘进等9个专业，612名职工参加比赛。\n")
    subjects = _subjects(base, page.replace("某矿", "大桥煤矿", 1))
    assert subjects["9个"] == subjects["612名"] == "宁远能源集团大桥煤矿"
    assert _subjects(base, page)["9个"] is None  # a headline headed by no body: whose, the annotator decides


def test_a_headline_s_figure_the_text_does_not_print_is_no_observation(base):
    obs = _observations(base, "大桥煤矿58万元重奖技能大赛优胜者\n本报讯 7月12日，大桥煤矿表彰技能大赛获奖职工31名，"
                              "奖金总额达到57.6万元。\n")
    assert {"31名", "57.6万元"} <= set(obs) and "58万元" not in obs


def test_the_same_people_pointed_back_to_or_counted_again_are_one_fact(base):
    draft = _draft(base, "某县总工会帮农民工讨薪\n本报讯 包工头拖欠7位农民工工资8万多元。今年5月，7位农民工找到县总工会求助。"
                         "竞赛评出一等奖3名，这3名选手被授予技术能手称号。全县新建工会驿站7个。\n")
    obs = [s.text for s in draft.suggestions if s.kind == "observation"]
    assert sorted(obs) == sorted(["7位", "8万多元", "3名", "7个"])  # each once


def test_a_count_in_words_of_a_contest_s_parts_is_no_figure(base):
    obs = _observations(base, "某厂工会简讯\n本报讯 比武设理论、实操等四个环节，采用自评、互评两种方式，"
                              "吸引职工86名参赛，通过10余种方式激发职工潜能。\n")
    assert {"86名", "10余种"} <= set(obs) and not {"四个", "两种"} & set(obs)


def test_a_size_below_a_bound_and_a_round_the_clock_mode_are_no_figures(base):
    obs = _observations(base, "某区工会简讯\n本报讯 区总工会将15人以下的小微企业吸纳到社区工会，打造24小时智慧驿站，"
                              "码头推行24小时人停机不停作业，全年新建工会驿站26个。\n")
    assert "26个" in obs and not {"15人以下", "15人", "24小时"} & set(obs)


def test_a_person_s_age_and_the_leaders_known_by_their_count_are_no_figures(base):
    obs = _observations(base, "某县工会简讯\n本报讯 李某某今年31岁，在县城建筑工地务工。市四个班子领导出席大会，"
                              "全县培训农民工1200人次。\n")
    assert "1200人次" in obs and not {"31岁", "四个"} & set(obs)


def _regions(base, text: str) -> set[str]:
    return {s.text for s in _draft(base, text).suggestions if s.kind == "region"}


def test_a_street_a_mall_a_brand_and_a_visitor_s_name_are_no_places(base):
    regions = _regions(base, "吉林市某街道工会简讯\n新甘肃·某某日报记者 王某\n本报讯 街道工会驿站在华泾龙湖天街开展服务，"
                             "满城北街街道工会走访商户。\n左江川一行调研了码头项目。\n地址：吉林市松江中路65号\n")
    assert "吉林市" in regions and not {"甘肃", "龙湖", "满城", "江川", "松江"} & regions


def test_as_of_the_first_half_of_this_year_is_its_last_day(base):
    times = _times(base, "某区工会简讯\n2025-08-13 22:39:00\n\n本报讯 截至今年上半年，全区新就业形态劳动者近3万人。"
                         "截至去年底，全区建成驿站41个。\n")
    assert times["近3万人"] == {"as_of": "2025-06-30", "text": "截至今年上半年"}
    assert times["41个"] == {"as_of": "2024-12-31", "text": "截至去年底"}


def test_the_body_asked_does_not_hide_the_story_s_union(base):
    subjects = _subjects(base, "宁远县总工会帮扶困难职工\n本报讯 宁远县总工会积极开展帮扶工作。\n" + _CLOSE + "\n"
                               "——项目帮扶效果显著。积极扶持困难职工自主创业，向省总工会申请贴息贷款6万元，支持9名困难职工创业。\n")
    assert subjects["6万元"] == subjects["9名"] == "宁远县总工会"


def test_a_firm_s_news_item_gives_its_figures_to_the_firm(base):
    page = ("集团要闻\n\n宁远港口集团2025年职业技能大赛在宁远举行\n\n日期:2025-10-18来源:浏览:\n\n"
            "10月16日，宁远港口集团2025年港口职业技能大赛在宁远举行。\n\n" + _CLOSE + "\n\n"
            "赛事期间，同步举办了创新成果交流会，来自5家出资企业的9个创新工作室分别作了宣介。\n\n大桥港务公司获得最佳组织奖。\n")
    subjects = _subjects(base, page)
    assert subjects["5家"] == subjects["9个"] == "宁远港口集团"


def test_the_entrants_of_a_contest_the_lead_names_after_its_place_are_that_place_s(base):
    subjects = _subjects(base, "职工技能大赛举行\n\n9月25日，德阳市第一届职工职业技能大赛在某职业技术学院举行。\n\n"
                               + _CLOSE + "\n\n启动仪式结束后，从180余名初赛选手中脱颖而出的48位选手开始了决赛的角逐。\n")
    assert subjects["180余名"] == subjects["48位"] == "德阳市"


def test_now_on_a_page_that_prints_no_year_at_all_gives_no_year(base):
    times = _times(base, "某市工会简讯\n本报讯 目前，全市共有职工书屋51个，建成工会驿站86家。\n")
    assert times["51个"] == {"unspecified": True, "text": "目前"}


def test_the_whole_year_of_a_review_of_no_date_is_the_year_it_prints(base):
    times = _times(base, "某市总工会\n【概况】2012年，某市各级工会组织动员广大职工建功立业。全年组织16.2万名职工参加劳动竞赛；"
                         "招商引资5300万元；各级工会筹措帮扶资金1800万元。\n")
    assert {times[v]["during"] for v in ("16.2万名", "5300万元", "1800万元")} == {"2012"}


def test_the_county_of_a_story_s_one_union_when_the_gazetteer_has_it_no_more(base):
    subjects = _subjects(base, "潼南县总工会开展劳动竞赛\n\n2014年县总工会广泛开展创先争优劳动竞赛。全县共有300余名职工参加技能比武。\n")
    assert subjects["300余名"] == "潼南县"  # 潼南县 is 潼南区 since 2015: the name as the story prints it


def test_people_listed_before_dengren_are_no_firms(base):
    orgs = _orgs(base, "某县工会简讯\n本报讯 纪某某、张某某等人反映企业欠薪问题后，县总工会立即召集有关职工协商。"
                       "市总工会走访货拉拉、滴滴、快狗等平台企业。\n")
    assert {"货拉拉", "滴滴", "快狗"} <= orgs and not {"纪某某", "张某某"} & orgs
