"""suggest on pages it has never seen (issue 21): organisations and people with posts, in the
forms the second development set's pages show.

Every text here is crafted for the test (names, places and numbers changed; none of it is
taken from a page)."""


from reformkg.suggest.drafter import suggest


def _draft(base, text: str):
    vocab, registry = base
    return suggest("crafted.txt", registry, vocab, text=text)


def _orgs(base, text: str) -> dict[str, dict]:
    """Organisation suggestions: printed text → fields."""
    return {s.text: s.fields for s in _draft(base, text).suggestions if s.kind == "organisation"}


def _named(base, text: str) -> dict[str, dict]:
    """Organisation and newspaper suggestions (a medium the story cites or its dateline's is the
    story's newspaper): printed text → fields."""
    return {s.text: s.fields for s in _draft(base, text).suggestions if s.kind in ("organisation", "newspaper")}


def _posts(base, text: str) -> list[tuple[str, str, str | None]]:
    """Post suggestions: (name, role, organisation's name)."""
    return [(s.fields["name"], s.fields["role"], s.fields["organisation_name"])
            for s in _draft(base, text).suggestions if s.kind == "post"]


def test_media_cited_and_a_paper_on_its_front_page(base):
    orgs = _named(base, "工会新闻\n\n据光明日报报道，今年全省职工参赛30万人。\n")
    assert orgs["光明日报"]["new"] == {"name": "光明日报", "kind": "media"}
    orgs = _orgs(base, "工会新闻\n\n《农民日报》12日在头版刊发题为《某省工会：服务职工》的通讯，关注全省500家企业。\n")
    assert set(orgs) == {"农民日报"}  # 头版 is the paper's page, no medium


def test_dateline_after_the_sites_date(base):
    orgs = _named(base, " date 2024-05-06 中新社南京5月6日電／江蘇省總工會今年組織職工參賽30萬人。\n")
    assert orgs["中新社"]["new"] == {"name": "中新社", "kind": "media"}


def test_a_broadcaster_and_a_numbered_school(base):
    orgs = _orgs(base, "工会新闻\n\n4月28日，在湖南广播电视台演播大厅内，湖南省总工会表彰先进集体30个。"
                       "获奖代表长沙市第二一五中学校校长李明表示，要发挥带头作用。\n")
    assert orgs["湖南广播电视台"]["new"]["name"] == "湖南广播电视台"
    assert orgs["长沙市第二一五中学校"]["new"] == {"name": "长沙市第二一五中学校", "kind": "school"}
    orgs = _orgs(base, "工会新闻\n\n本报讯 市总工会组织职工参赛500人。太原市第二十中学校长王勇表示，要发挥作用。\n")
    assert "太原市第二十中学" in orgs and not any("中学校" in t for t in orgs)  # 中学 + 校长


def test_autonomous_region_body_on_a_page_that_names_no_region(base):
    text = "调研组来我县调研\n\n2月8日，调研组来我县开展专项工作调研。自治区人大常委会副主任、总工会主席赵明参加调研，走访企业12家。\n"
    orgs = _orgs(base, text)
    assert orgs["自治区人大常委会"]["new"]["name"] == "自治区人大常委会"
    assert ("赵明", "副主任", "自治区人大常委会") in _posts(base, text)
    # on a page of a province, still whose the annotator decides
    assert "自治区总工会" not in _orgs(base, "工会新闻\n\n本报讯 陕西省总工会和自治区总工会签约。\n")


def test_a_department_in_a_federations_post_list_is_no_body(base):
    text = ("工会新闻\n\n3月5日，中华全国总工会书记处书记、党组成员、宣传部部长钱进带领调研组来我县调研，"
            "走访企业12家。\n")
    orgs = _orgs(base, text)
    assert "宣传部" not in orgs and "中华全国总工会" in orgs
    # each post of the list is the federation's, the department's head as printed
    assert [(n, r, o) for n, r, o in _posts(base, text)] == [("钱进", "书记处书记", "中华全国总工会"), ("钱进", "党组成员", "中华全国总工会"),
                                                            ("钱进", "宣传部部长", "中华全国总工会")]
    # a Party committee's list keeps its department
    assert "组织部" in _orgs(base, "工会新闻\n\n本报讯 区委常委、组织部部长孙力出席，全区职工参赛500人。\n")


def test_unions_of_trades_listed_with_one_named_in_full(base):
    orgs = _orgs(base, "工会新闻\n\n1930年5月4日，上海总工会成立大会召开，发起方为上海纺织工会、码头工会、邮务工会等6个工会。"
                       "市总工会、基层工会和企业工会都参加。\n")
    assert set(orgs) == {"上海总工会", "上海纺织工会", "码头工会", "邮务工会", "市总工会"}
    assert orgs["码头工会"]["new"] == {"name": "码头工会", "kind": "union"}
    assert orgs["邮务工会"]["new"] == {"name": "邮务工会", "kind": "union"}


def test_people_a_meeting_elects(base):
    text = ("工会新闻\n\n1930年5月4日，上海总工会成立大会召开。大会选举王大明等21人为执委，选举欧阳春担任总工会委员长，"
            "推选李小红为上海总工会副主席。\n")
    assert _posts(base, text) == [("王大明", "执委", None), ("欧阳春", "总工会委员长", None),
                                  ("李小红", "副主席", "上海总工会")]
    # in traditional characters, the same
    assert _posts(base, "工會新聞\n\n1930年5月4日，上海總工會成立大會召開。大會選舉王大明等21人擔任執委。\n") == [("王大明", "执委", None)]


def test_party_committee_of_a_city_one_word_to_jieba(base):
    text = ("工会新闻\n\n本报讯 会议召开，全市职工参赛500人。邵阳市委常委、市委秘书长、副市长刘强，"
            "市人大常委会副主任、市总工会主席李明出席。\n")
    orgs = _orgs(base, text)
    assert orgs["邵阳市委"]["new"] == {"name": "中共邵阳市委员会", "aliases": ["邵阳市委"], "kind": "party"}
    # 副市长 after 市委秘书长: a post of the government, never of the Party committee
    assert [p for p in _posts(base, text) if p[0] == "刘强"] == [("刘强", "秘书长", "中共邵阳市委员会"), ("刘强", "副市长", None)]


def test_enterprises_a_county_adds_and_a_name_with_a_conjunction(base):
    text = ("工会新闻\n\n2025年，安远县再添宏川制药、亮制药、城投集团3家产改试点企业，累计培育9家示范企业。"
            "推动医疗器械、电子信息等主导产业转型升级。虎和医疗器械、航达电子等首批试点企业率先突破。\n")
    orgs = _orgs(base, text)
    assert {"宏川制药", "亮制药", "城投集团", "虎和医疗器械", "航达电子"} <= set(orgs)
    assert orgs["亮制药"]["new"] == {"name": "亮制药", "kind": "enterprise"}
    assert "医疗器械" not in orgs and not any(t.endswith("等") for t in orgs)


def test_registered_company_whose_words_jieba_gives_as_verbs(base):
    text = ("工会新闻\n\n本报讯 全市职工参赛500人，杭州远步自动化控制设备有限公司工程师王强，天津组织开展培训有限公司等获奖。\n")
    orgs = _orgs(base, text)
    assert orgs["杭州远步自动化控制设备有限公司"]["new"] == {"name": "杭州远步自动化控制设备有限公司", "kind": "enterprise"}
    assert not any(t.startswith("天津") for t in orgs)  # 组织, 开展: verbs of a sentence, no name
    assert ("王强", "工程师", "杭州远步自动化控制设备有限公司") in _posts(base, text)


def test_company_by_its_short_name_and_gufen_gongsi(base):
    text = ("工会新闻\n\n本报讯 全国总工会还为已建“职工书屋”的长丰股份公司“王明劳模创新工作室”配送图书500册。"
            "各地要积极组建股份公司。\n")
    orgs = _orgs(base, text)
    assert orgs["长丰股份公司"]["new"] == {"name": "长丰股份公司", "kind": "enterprise"}
    assert "组建股份公司" not in orgs and "股份公司" not in orgs
    trad = _orgs(base, text.replace("长丰股份公司", "長豐股份公司"))
    assert trad["長豐股份公司"]["new"]["name"] == "长丰股份公司"
