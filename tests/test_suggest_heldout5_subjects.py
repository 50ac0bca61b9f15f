"""suggest: the subjects of figures that no sentence rule names (issue 21): a story of one
place, a span heading a clause (30年来某省…), 全县 on a county's page. Every sentence is
written for these tests, in forms real pages show; none is taken from a page."""


from reformkg.suggest.drafter import suggest


def _subjects(base, text: str) -> dict[str, tuple]:
    vocab, registry = base
    draft = suggest("crafted.txt", registry, vocab, text=text)
    return {s.text: (s.fields["subject"], s.fields["subject_name"], s.fields["subject_rule"])
            for s in draft.suggestions if s.kind == "observation"}


ONE_PLACE = ("推进技能竞赛提质扩面\n\n"
             "3月12日，记者从湘潭市工会工作会议上获悉，今年将深化产业工人队伍建设改革。\n\n"
             "近年来，各级工会围绕主导产业开展建功立业活动。持续举办湘潭市职工职业技能大赛，"
             "市县联动举办各类竞赛150场；全年完成职业技能培训3万人次，技能人才总量达28万名；"
             "其职业分布上，第一、二、三产业分别占比5%、40%、55%。\n")


def test_a_story_of_one_place_gives_its_figures_that_place(base):
    obs = _subjects(base, ONE_PLACE)
    for fig in ("3万人次", "28万名", "5%", "40%", "55%"):
        subject, name, rule = obs[fig]
        assert (subject, name) == ("TODO", "湘潭市"), fig
        assert rule.endswith("the one place the story names (湘潭市, not in the registry)"), (fig, rule)
    assert obs["5%"][2] == ("其职业… heads a clause before the figure: whose, the annotator decides; "
                            "the one place the story names (湘潭市, not in the registry)")


def test_a_story_naming_two_places_or_the_country_gives_no_place(base):
    two = ONE_PLACE.replace("活动。", "活动，并与株洲市开展交流。")
    obs = _subjects(base, two)
    assert obs["3万人次"][:2] == ("TODO", None)
    national = ONE_PLACE.replace("活动。", "活动，在全国率先开展试点。")
    assert _subjects(base, national)["28万名"][:2] == ("TODO", None)


def test_this_activity_heading_the_sentence_stays_todo_in_a_story_of_one_place(base):
    text = ("湘潭推进技能竞赛提质扩面\n\n3月12日，湘潭市总工会启动职工技能竞赛。"
            "这项活动历时60天，吸引职工2.1万人次参加。\n")
    subject, name, rule = _subjects(base, text)["2.1万人次"]
    assert (subject, name) == ("TODO", None)
    assert rule.startswith("这项活… heads")


def test_a_place_after_a_span_of_years_heads_its_clause(base):
    text = ("湖南工人日报刊发通讯关注工会工作\n\n报道称，工会服务职工的载体不断创新。"
            "报道称，40年来湖南基层工会组织数量成倍增长。由1985年的3100个基层工会，发展到现在的2.6万个。\n")
    subject, name, rule = _subjects(base, text)["3100个"]
    assert (subject, name) == ({"region": "hunan"}, "湖南")
    assert rule == "subject of the sentence (the figure's clause), topic of the sentences before (湖南)"


def test_the_one_place_must_head_the_story_and_be_printed_in_the_figure_s_paragraph(base):
    # headline and lead print no place: 湘潭 named in passing is no topic
    text = ("技能竞赛提质扩面\n\n3月12日，记者从工会工作会议上获悉，今年将深化产业工人队伍建设改革。\n\n"
            "近年来，各级工会围绕湘潭市主导产业开展建功立业活动；全年完成职业技能培训3万人次。\n")
    assert _subjects(base, text)["3万人次"][:2] == ("TODO", None)
    # a paragraph that prints no name of the place: its topic, the annotator decides
    text = ONE_PLACE + "\n全年完成职业技能培训6万人次。\n"
    assert _subjects(base, text)["6万人次"][:2] == ("TODO", None)
    assert _subjects(base, text)["3万人次"][:2] == ("TODO", "湘潭市")


COUNTY_PAGE = ("省总工会调研组来我县调研工会工作\n\n"
               "3月6日，省总工会调研组来我县开展专项调研。\n"
               "在泾川工业园区职工之家，调研组详细了解服务设施情况，要求树立好泾川形象。\n"
               "2023年，全县新增工会28家，发展会员1960人。\n")


def test_the_county_of_a_county_page_is_the_one_its_text_prints_by_itself(base):
    obs = _subjects(base, COUNTY_PAGE)
    for fig in ("28家", "1960人"):
        subject, name, rule = obs[fig]
        assert (subject, name) == ("TODO", "泾川县"), fig
    assert obs["28家"][2] == ("全县 heads the figure's clause: no region of that level among the story's names; "
                              "the one its text prints by itself (泾川)")
    # printed only inside a body's name (a zone's, a firm's): no mention of the county by itself
    inside = COUNTY_PAGE.replace("要求树立好泾川形象", "要求提升服务水平")
    assert _subjects(base, inside)["28家"] == ("TODO", "全县", "全县 heads the figure's clause: no region of that level in the story")
    # two counties printed: which, the annotator decides
    two = COUNTY_PAGE.replace("泾川形象", "泾川形象和庄浪形象")
    assert _subjects(base, two)["28家"][:2] == ("TODO", "全县")


def test_a_level_word_right_before_the_figure(base):
    text = ("甘肃省总工会开展学习竞答活动\n\n本报讯 甘肃省总工会开展百年工运史学习竞答活动。"
            "作为庆祝活动之一，这场别开生面的线上课堂，吸引了全省35万人次参与。\n")
    subject, name, rule = _subjects(base, text)["35万人次"]
    assert (subject, name) == ("TODO", "甘肃省")
    assert rule == "全省 right before the figure: the story's region of that level (甘肃省, not in the registry)"


def test_a_lead_listing_figures_before_an_ellipsis_gives_them_the_name_after_it(base):
    text = ("重庆工会百年回眸\n\n阅读提示\n工会会员人数超过500万人、帮扶困难职工31万余人次、建设户外劳动者服务站1800家……"
            "重庆工会在党的领导下，团结动员广大职工建功立业。\n")
    obs = _subjects(base, text)
    for fig in ("超过500万人", "31万余人次", "1800家"):
        subject, name, rule = obs[fig]
        assert name == "重庆工会", fig
        assert rule.startswith("a list of figures ending in …… before a name"), fig
    # no name right after the ellipsis: not this rule (here the one body the story names)
    plain = text.replace("1800家……重庆工会在党的领导下，", "1800家……在党的领导下，重庆工会")
    assert _subjects(base, plain)["1800家"][2] == "the one body the story names, its regions all the body's own (重庆工会, not in the registry)"


def test_after_this_is_and_beside_the_country_in_a_story_of_one_place(base):
    text = ("第二届湘潭工匠受表彰\n\n本报湘潭5月8日电 第二届湘潭工匠表彰大会今天举办，这是湘潭市职工技能月的重要活动之一。"
            "20名第二届湘潭工匠集体宣读倡议书。\n")
    subject, name, rule = _subjects(base, text)["20名"]
    assert (subject, name) == ("TODO", "湘潭市")
    assert rule == "the one place the story names (湘潭市, not in the registry)"  # (这是…: no subject, nor a topic to carry)
    # a sentence printing the country: the figure may be the country's
    national = text.replace("20名第二届湘潭工匠集体宣读倡议书。", "20名第二届湘潭工匠集体宣读倡议书，争当国家级技能标兵。")
    assert _subjects(base, national)["20名"][:2] == ("TODO", None)


def test_a_dateline_s_place_alone_makes_no_story_of_one_place(base):
    text = ("全总部署送温暖活动\n\n本报长沙1月6日电 全国总工会日前部署送温暖活动。其帮扶对象预计达到300万人次。\n")
    assert _subjects(base, text)["300万人次"] == ("TODO", None, "其帮扶… heads the figure's clause: whose, the annotator decides")


def test_a_firm_s_figure_in_a_story_of_one_place_stays_todo(base):
    text = ONE_PLACE + "\n近年来，湘潭电机厂、湘潭钢铁公司等企业积极参与。公司现有技能人才1200名。\n"
    assert _subjects(base, text)["1200名"][:2] == ("TODO", None)
    text = ONE_PLACE + "\n近年来，各级工会持续发力，与湘江精密机械有限公司合作培养技能人才300名。\n"
    assert _subjects(base, text)["300名"][:2] == ("TODO", None)


def test_a_span_of_years_in_chinese_numerals_heads_a_clause_too(base):
    text = ("湖南工人日报刊发通讯关注工会工作\n\n报道称，工会服务职工的载体不断创新。"
            "报道称，四十年来湖南基层工会组织数量成倍增长。由1985年的3100个基层工会，发展到现在的2.6万个。\n")
    assert _subjects(base, text)["3100个"] == ({"region": "hunan"}, "湖南", "subject of the sentence (the figure's clause), "
                                              "topic of the sentences before (湖南)")
