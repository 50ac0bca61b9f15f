"""suggest on the unseen pages of heldout68–137, read again (issue 21, the twentieth round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round17 import _subjects


def test_a_zone_the_headline_names_after_its_city_is_the_subject(base):
    page = ("烟台市蓝湾新区锻造高素质产业工人队伍\n\n2023-05-10 来源：某某网\n\n"
            "蓝湾新区依托3万户市场主体，投入600余万元培育创新企业18家、创新工作室120家。\n\n"
            "此外，该区每年组织开展劳动和技能竞赛50余场次，带动岗位练兵10万人次。\n")
    subjects = _subjects(base, page)
    assert {subjects[v] for v in ("600余万元", "18家", "120家", "50余场次", "10万人次")} == {"烟台市蓝湾新区"}, subjects
    # a headline's city with no zone after it stays the city's
    page = page.replace("烟台市蓝湾新区锻造", "烟台市锻造")
    assert _subjects(base, page)["18家"] != "烟台市蓝湾新区"


def test_a_region_with_level_heading_a_count_is_the_honour_level(base):
    page = ("某市命名一批创新工作室\n\n本报讯 截至2024年底，某某市总工会累计命名市级劳模创新工作室145家，"
            "全国级2家，省级31家。\n")
    subjects = _subjects(base, page)
    assert subjects["2家"] == subjects["31家"] == subjects["145家"] and subjects["2家"] != "全国", subjects


def test_tenths_in_words_are_shares(base):
    from test_suggest_round17 import _observations

    page = ("某工会发布调查\n\n本报讯 2025年，某市总工会的调查显示，六成受访者工时不足，接近三成受访者没有收入，"
            "四成多的人失业半年以上。\n")
    obs = _observations(base, page)
    assert {"六成", "接近三成", "四成"} <= set(obs), obs
    page = "某厂组建工会\n\n本报讯 2025年，某厂召开成立大会，三成员单位派员参加，工作一成不变，该厂共有职工300人。\n"
    assert _observations(base, page) == ["300人"]


def test_a_day_of_the_month_is_no_figure(base):
    from test_suggest_round17 import _observations

    page = ("某市举办职工技能大赛\n\n本报讯 2025年，某市总工会举办职工技能大赛，共有选手300名参赛。当日进行理论考核，"
            "4日、5日将分项目开展实操比拼。这是12日召开的推进会上传出的消息。\n")
    assert _observations(base, page) == ["300名"]


def test_teams_are_counted_but_a_teams_name_is_not(base):
    from test_suggest_round17 import _observations

    page = ("某市举办劳动知识竞赛\n\n本报讯 2025年，某市劳工局举办劳动知识竞赛，由初中组32队、高中组22队参赛，"
            "市总工会1队获团体第一。\n")
    obs = _observations(base, page)
    assert {"32队", "22队"} <= set(obs) and "1队" not in obs, obs


def test_departments_known_by_short_names_are_named(base):
    from test_suggest_round12 import _orgs

    page = ("某市总工会开展慰问\n\n本报讯 2025年，某市总工会赠送100台空调。河南省住建厅副厅长董某、"
            "日照市住建委、上海市经信委和安徽省政协副主席李某、南康区政协副主席曹某出席。\n")
    assert {"河南省住建厅", "日照市住建委", "上海市经信委", "安徽省政协", "南康区政协"} <= _orgs(base, page)


def test_the_whole_region_of_a_union_printed_without_its_place(base):
    page = ("自治区职工互助保障工作综述\n\n本报讯 2020年，自治区总工会深化职工互助保障工作。全区参加互助保障单位13000家，"
            "参保职工110万人，支付保障金2500万元。自治区总工会表示，将继续推进这项工作。\n")
    subjects = _subjects(base, page)
    assert subjects["13000家"] == subjects["110万人"] == "自治区总工会", subjects
    page = ("黔南州总工会召开代表大会\n\n本报讯 2025年3月，黔南州总工会第十次代表大会开幕。全州174名代表出席大会。"
            "黔南州总工会主席作报告。\n")
    assert _subjects(base, page)["174名"] == "黔南州", _subjects(base, page)


def test_a_city_that_hosts_an_event_is_not_our_city(base):
    page = ("本报讯 11月30日，全省职业技能大赛在长沙国际会展中心落幕，我市选手斩获3金2银。其中40个项目在长沙集中决赛。"
            "我市组织61名选手参加28个赛项角逐，岳阳理工学院张某、岳阳技师学院李某获得金牌。\n")
    subjects = _subjects(base, page)
    assert subjects["61名"] == subjects["28个"] == "岳阳市", subjects


def test_a_clause_opened_by_a_word_of_the_discourse_keeps_the_topic(base):
    page = ("某县总工会开展困难职工帮扶\n\n本报讯 2025年，易门县总工会深入开展困难职工帮扶工作，走访慰问困难职工120户。"
            "此举旨在帮助困难职工渡过难关，共发放慰问金36万元。这标志着帮扶工作进入常态化，全年累计帮扶职工300人次。\n")
    subjects = _subjects(base, page)
    assert subjects["36万元"] == subjects["300人次"] == subjects["120户"] == "易门县总工会", subjects


def test_a_place_jieba_reads_as_a_number_heads_a_name(base):
    from test_suggest_round12 import _orgs

    page = ("某市公布技能人才基地名单\n\n本报讯 2025年，三门技师学院获评省级高技能人才公共实训基地。"
            "该学院党委书记介绍，近三年来共为社会输送高技能人才2000多人。\n")
    assert "三门技师学院" in _orgs(base, page)
    assert _subjects(base, page)["2000多人"] == "三门技师学院"


def test_set_phrases_and_an_items_number_before_a_year_are_no_figures(base):
    from test_suggest_round17 import _observations

    page = ("某县总工会工作要点\n\n本报讯 2022年，县总工会确定工作要点。3、2022年元旦春节走访职工300人。"
            "学员从四面八方赶来，来自五湖四海的选手共120名，发放1000、800、500元奖金。\n")
    assert _observations(base, page) == ["300人", "120名", "1000", "800", "500元"]


def test_chief_engineers_and_doctors_are_posts(base):
    from test_suggest_round17 import _posts

    page = ("某县开展五小成果评审\n\n本报讯 2025年，该县总工会邀请某某大学博士张晓梅和县科技局二级主任科员刘长春组成评审组。"
            "某某钢铁公司首席工程师王建国介绍了经验。\n")
    posts = _posts(base, page)
    assert (posts.get("张晓梅"), posts.get("王建国")) == ("博士", "首席工程师") and "刘长春" not in posts, posts


def test_a_bounded_date_and_a_comment_box_are_no_figures(base):
    from test_suggest_round17 import _observations

    page = ("某市总工会金秋助学\n\n本报讯 2025年，市总工会开展金秋助学，申报一般不超过2025年8月15日，资助标准为不超过7500元，"
            "共资助学生300名。\n\n来源：某某日报   评论一下 评论 0人参与,0条评论 还没有评论,快来抢沙发吧! 已有0人参与\n")
    assert _observations(base, page) == ["不超过7500元", "300名"]
