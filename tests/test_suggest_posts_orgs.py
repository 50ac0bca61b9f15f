"""suggest on pages it has never seen (issue 21): people with posts and organisations.

Every text here is crafted for the test, in the forms real pages about 产改 and union work
show (none of it is taken from a page)."""


from reformkg.suggest.drafter import suggest

# A story needs a sentence of union work to be in scope
_TAIL = "市总工会组织职工参赛500人。\n"


def _draft(base, body: str):
    vocab, registry = base
    return suggest("crafted.txt", registry, vocab, text="工会新闻\n\n本报讯 " + body + _TAIL)


def _posts(base, body: str) -> set[tuple]:
    return {(s.fields["name"], s.fields["role"], s.fields["organisation_name"])
            for s in _draft(base, body).suggestions if s.kind == "post"}


def _orgs(base, body: str) -> dict[str, str | None]:
    """Organisation suggestions: printed text → the name proposed (None for a registry body)."""
    return {s.text: (s.fields.get("new") or {}).get("name") for s in _draft(base, body).suggestions if s.kind == "organisation"}


def test_a_post_printed_with_the_trade_or_workshop_after_the_employer(base):
    assert _posts(base, "中铁一局五公司焊工班长王阵锋说，要干好每一道焊缝。") == {("王阵锋", "焊工班长", "中铁一局五公司")}
    assert _posts(base, "宏达集团机修车间主任刘海涛、技术员陈立新参加。") == {
        ("刘海涛", "机修车间主任", "宏达集团"), ("陈立新", "技术员", None)}  # a skill post carries no body
    # a verb between the body and the post: the post alone
    assert _posts(base, "宏达集团组织班长王涛参加培训。") == {("王涛", "班长", None)}


def test_skill_posts_after_the_employer(base):
    assert _posts(base, "南方电网广州供电局高级技师赵伟军带领团队攻关。") == {("赵伟军", "高级技师", "南方电网广州供电局")}
    assert _posts(base, "全国劳动模范、中交二航局技术员孙涛出席。") == {("孙涛", "技术员", "中交二航局")}
    assert _posts(base, "中铁建工集团首席技师孙立平发言。") == {("孙立平", "首席技师", "中铁建工集团")}


def test_a_name_then_a_comma_then_the_employer_and_post(base):
    assert _posts(base, "“我们要干好。”王建国，中铁一局五公司焊工班长，今年参赛。") == {
        ("王建国", "焊工班长", "中铁一局五公司")}
    assert _posts(base, "参赛选手中，李强，宏达集团技术员，获得一等奖。") == {("李强", "技术员", "宏达集团")}
    # a clause that is no name before the comma: no post
    assert _posts(base, "比赛结束后，宏达集团技术员，参加了交流。") == set()


def test_a_department_of_a_party_committee_named_after_its_place_in_one_word(base):
    orgs = _orgs(base, "江苏省委宣传部、省总工会联合举办。")
    assert orgs["江苏省委宣传部"] == "中共江苏省委员会宣传部" and "省委宣传部" not in orgs
    orgs = _orgs(base, "湖南省委组织部、广州市委宣传部、县委统战部参加。")
    assert orgs["湖南省委组织部"] == "中共湖南省委员会组织部"
    assert orgs["广州市委宣传部"] == "中共广州市委员会宣传部"
    assert orgs["县委统战部"] == "县委统战部" and "县委" not in orgs  # no county named: as printed, for the annotator


def test_central_enterprises_units_cut_by_jieba(base):
    orgs = _orgs(base, "中铁建工集团、中国二十冶集团有限公司、中国一冶等单位参加。")
    assert {"中铁建工集团", "中国二十冶集团有限公司", "中国一冶"} <= set(orgs)


def test_names_jieba_cuts_before_a_word_or_glues_to_one(base):
    posts = _posts(base, "职工参赛30人。工会主席苗青作为代表发言。项目经理单立新把职工放在心上。省总工会副主席 高凤林被授予称号。"
                         "车间主任申建华接受采访。")
    assert posts == {("苗青", "工会主席", None), ("单立新", "项目经理", None), ("高凤林", "副主席", "省总工会"),
                     ("申建华", "车间主任", None)}


def test_a_union_post_in_brackets_is_the_company_s_and_a_city_union_after_the_dateline(base):
    assert _posts(base, "张明（华建公司工会主席）介绍了经验。") == {("张明", "工会主席", "华建公司")}
    assert _posts(base, "市总工会党组书记、主席林晓燕带队调研。") == {("林晓燕", "党组书记", "市总工会"), ("林晓燕", "主席", "市总工会")}


def test_companies_with_a_bracketed_place_and_branches_named_whole(base):
    orgs = _orgs(base, "比亚迪（深圳）有限公司、三一重工（长沙）股份有限公司参加。中国电信股份有限公司北京分公司参加，"
                       "国网天津电力公司参加。")
    assert set(orgs) == {"比亚迪（深圳）有限公司", "三一重工（长沙）股份有限公司", "中国电信股份有限公司北京分公司",
                         "国网天津电力公司", "市总工会"}  # never 比亚迪, 国网 or 长沙）… inside them
    orgs = _orgs(base, "玖龙纸业有限公司和华宇有限公司参加。")
    assert {"玖龙纸业有限公司", "华宇有限公司"} <= set(orgs)  # two companies, not one


def test_a_province_s_federation_printed_short_and_a_party_committee_after_a_verb(base):
    orgs = _orgs(base, "河北省总深化工作室联盟建设。各级工会认真落实市委、省总的部署，围绕市委、市政府决策部署开展工作。")
    assert orgs["河北省总"] == "河北省总工会" and orgs["省总"] == "河北省总工会"
    draft = _draft(base, "各级工会认真落实市委的部署，围绕市委、市政府决策部署开展工作。")
    assert [s.text for s in draft.suggestions if s.kind == "organisation"] == ["市委", "市委", "市政府", "市总工会"]


def test_kinds_of_bodies_and_a_word_that_is_also_a_place_name_no_body(base):
    orgs = _orgs(base, "各县区(开发区)总工会主席出席。全国各省市工会率先开展。依托全国总工会两岸职工交流合作基地做好培训。")
    assert set(orgs) == {"全国总工会", "市总工会"}  # never 总工会, 各省市工会 or 合作基地 (合作, a city's short name)


def test_a_city_s_sectoral_union_and_its_chair_with_a_rarer_surname(base):
    orgs = _orgs(base, "市城建交通农林工会主席瓮金福表示，职工参赛。")
    assert orgs["市城建交通农林工会"] == "市城建交通农林工会"  # the city, for the annotator to add
    assert _posts(base, "市城建交通农林工会主席瓮金福表示，职工参赛。") == {("瓮金福", "主席", "市城建交通农林工会")}
    assert _posts(base, "知名劳模、市政府参事包起帆，以及专家授课。") == {("包起帆", "参事", "市政府")}


def test_a_factory_of_a_group_and_a_shop_floor_post_after_a_department(base):
    body = ("党的二十大代表、中国宝武太钢集团不锈冷轧厂冷连轧作业区班长牛国栋讲述故事。"
            "党的二十大代表、山西航天清华装备有限责任公司加工中心操作工韩利萍结合感受宣讲。")
    assert set(_orgs(base, body)) == {"中国宝武太钢集团不锈冷轧厂", "山西航天清华装备有限责任公司", "市总工会"}
    assert _posts(base, body) == {("牛国栋", "冷连轧作业区班长", "中国宝武太钢集团不锈冷轧厂"),
                                  ("韩利萍", "加工中心操作工", "山西航天清华装备有限责任公司")}
    orgs = _orgs(base, "全国劳模、河钢集团邯钢公司邯宝炼钢厂技术主管唐笑宇请教。全厂职工和工厂参加。")
    assert set(orgs) == {"河钢集团邯钢公司邯宝炼钢厂", "市总工会"}  # the unit whole; 全厂, 工厂 no body


def test_the_unions_of_two_levels_are_no_city_s_sectoral_union(base):
    assert "市两级工会" not in _orgs(base, "天津市、市两级工会高度重视试点工作。")


def test_a_studio_named_after_its_body_and_a_quoted_lecturers_group(base):
    orgs = _orgs(base, "学员参观学习了辰山植物园胡永红劳模创新工作室和上海船舶运输科学研究所瞿辉交通信息技术劳模创新工作室。")
    assert set(orgs) == {"辰山植物园", "胡永红劳模创新工作室", "上海船舶运输科学研究所", "瞿辉交通信息技术劳模创新工作室",
                         "市总工会"}
    orgs = _orgs(base, "“太仓劳模工匠”讲师团持续发力，“红旗”宣讲团也参加。")
    assert "“太仓劳模工匠”讲师团" in orgs and not any("红旗" in t for t in orgs)  # 红旗: no place's name to jieba


def test_a_city_jieba_calls_a_verb_heads_a_company_and_the_city_of_an_event_is_no_part_of_a_name(base):
    orgs = _orgs(base, "全国劳模李征受到了保定天威保变电气股份有限公司工会的邀请。")
    assert {"保定天威保变电气股份有限公司工会", "保定天威保变电气股份有限公司"} <= set(orgs)
    orgs = _orgs(base, "交流活动在唐山河钢集团唐钢公司举办。河钢集团有限公司承办。")
    assert set(orgs) == {"河钢集团唐钢公司", "河钢集团有限公司", "市总工会"}  # the group printed without the city
    orgs = _orgs(base, "太仓神州生物制药有限公司和神州生物制药公司参加。")
    assert "太仓神州生物制药有限公司" in orgs  # a registered name keeps its place


def test_heads_of_a_plant_a_mine_a_ward_and_skill_experts(base):
    assert _posts(base, "华能电厂厂长罗建国介绍，宏达煤矿矿长宋志刚获奖，护士长许丽丽也获奖。中车株洲公司首席技能专家艾爱国说。") == {
        ("罗建国", "厂长", "华能电厂"), ("宋志刚", "矿长", "宏达煤矿"), ("许丽丽", "护士长", None),
        ("艾爱国", "首席技能专家", "中车株洲公司")}


def test_a_committee_s_department_in_a_list_of_posts_after_the_dateline(base):
    orgs = _orgs(base, "市委常委、组织部部长、市总工会主席李新华出席。")
    assert orgs["组织部"] == "市委组织部"  # never the dateline's words in the committee's name
    assert ("李新华", "组织部部长", "市委") in _posts(base, "市委常委、组织部部长、市总工会主席李新华出席。")


def test_a_local_union_without_its_place_after_a_preposition_or_a_time_word(base):
    vocab, registry = base
    draft = suggest("crafted.txt", registry, vocab, text="工会新闻\n\n本报讯 记者从市总工会获悉，今年市总工会开展竞赛，"
                                                        "近年来县总工会投入资金。全市总工会系统参与。\n")
    assert [s.text for s in draft.suggestions if s.kind == "organisation"] == ["市总工会", "市总工会", "县总工会"]


def test_sectoral_unions_listed_before_deng_chanye_gonghui(base):
    orgs = _orgs(base, "各级工会行动起来，市机械轻化工会、市国防及中省直企业工会等产业工会召集企业。")
    assert set(orgs) == {"市机械轻化工会", "市国防及中省直企业工会", "市总工会"}  # never 中省直企业工会 alone


def test_a_worker_of_a_company_and_a_post_after_shi_de(base):
    posts = _posts(base, "中国重汽集团济南动力有限公司职工王林提出的建议被采纳。江苏紫龙药业有限公司制造部职工郭庆伟在发言时说。"
                         "职工孙海滨发明了方法。")
    assert posts == {("王林", "职工", "中国重汽集团济南动力有限公司"), ("郭庆伟", "制造部职工", "江苏紫龙药业有限公司")}
    # (职工 with no employer before it: no post)
    posts = _posts(base, "“我真切感受到了温暖。”谢春梅是该项目的女工委员，不久前参加活动。彭进是该项目的施工员，工作认真。"
                         "他是公司的技术员，工作认真。")
    assert posts == {("谢春梅", "女工委员", None), ("彭进", "施工员", None)}


def test_a_caption_line_closing_with_the_name(base):
    vocab, registry = base
    draft = suggest("crafted.txt", registry, vocab, text="工会新闻\n\n本报讯 渭滨区推动技能竞赛，职工参赛300人。\n\n"
                    "宝鸡市渭滨区人大常委会副主任、区总工会主席苏青\n\n工技能等级评定互促联动机制不断完善。\n")
    posts = {(s.fields["name"], s.fields["role"]) for s in draft.suggestions if s.kind == "post"}
    assert posts == {("苏青", "副主任"), ("苏青", "主席")}  # the line's end closes the name (never 苏青工)


def test_a_name_jieba_calls_a_place_and_a_name_before_a_verb(base):
    assert _posts(base, "区总工会主席于洋看望职工。职工参赛30人。工会主席李刚积极推动。") == {
        ("于洋", "主席", "区总工会"), ("李刚", "工会主席", None)}  # 于洋/ns: no place; 积极/ad: a name of two before it


def test_a_company_s_former_name_in_brackets_and_a_county_jieba_calls_a_verb(base):
    orgs = _orgs(base, "山东能源集团（新汶矿业集团）有限责任公司、陕西延长石油（集团）有限责任公司参加。")
    assert set(orgs) == {"山东能源集团（新汶矿业集团）有限责任公司", "陕西延长石油（集团）有限责任公司", "市总工会"}


def test_hospitals_banks_societies_and_a_company_s_union_committee(base):
    orgs = _orgs(base, "苏州市第一人民医院、中国工商银行苏州分行、苏州市机械工程学会参加。中建三局集团有限公司工会委员会主办。"
                       "苏州轨道交通集团有限公司运营分公司承办。全市医院、各大银行和学会参加。")
    assert set(orgs) == {"苏州市第一人民医院", "中国工商银行苏州分行", "苏州市机械工程学会", "中建三局集团有限公司工会委员会",
                         "中建三局集团有限公司", "苏州轨道交通集团有限公司运营分公司", "市总工会"}


def test_a_list_of_posts_over_a_comma_a_dotted_name_and_a_post_after_a_comma(base):
    assert _posts(base, "省总工会党组书记、常务副主席，省人大常委会副主任刘海波出席。") == {
        ("刘海波", "党组书记", "省总工会"), ("刘海波", "常务副主席", "省总工会"), ("刘海波", "副主任", "省人大常委会")}
    assert _posts(base, "新疆油田公司采油厂高级技师买买提·吐尔逊说，要干好。技术员阿依古丽·买买提带领团队。") == {
        ("买买提·吐尔逊", "高级技师", "新疆油田公司采油厂"), ("阿依古丽·买买提", "技术员", None)}
    assert _posts(base, "市总工会主席李四，副主席张红参加。") == {("李四", "主席", "市总工会"), ("张红", "副主席", "市总工会")}
    # a post with no name before the comma: no list
    assert _posts(base, "会议由工会主席主持，副主席张三发言。") == {("张三", "副主席", None)}


def test_a_name_then_a_comma_then_a_body_s_list_of_posts(base):
    assert _posts(base, "“我们要干好。”张三，市总工会党组书记、主席，在会上说。") == {
        ("张三", "党组书记", "市总工会"), ("张三", "主席", "市总工会")}


def test_party_committees_and_governments_at_large_and_kinds_of_companies_are_no_bodies(base):
    orgs = _orgs(base, "技能大师工作室挂牌，党委政府高度重视。各级党委政府支持。建筑公司、物业公司和网约车平台公司的职工入会。"
                       "省市县三级工会、市县两级总工会联动。美团、饿了么等平台企业参加。")
    assert set(orgs) == {"美团", "饿了么", "市总工会"}


def test_rarer_surnames(base):
    assert _posts(base, "项目经理冼志明介绍。班长战立军带领班组攻关。") == {("冼志明", "项目经理", None), ("战立军", "班长", None)}


def test_words_after_a_post_that_are_no_names(base):
    assert _posts(base, "党委书记向大会报告工作。主席向职工代表致辞。董事长于会上讲话。主席高度重视。书记时刻关注。"
                        "班长曾多次获奖。厂长关心职工。") == set()


def test_common_words_after_a_post_are_no_names(base):
    assert _posts(base, "实施书记项目，作为组长单位，推广班长工作法。主任高兴地说。") == set()
    assert _posts(base, "区总工会主席于洋看望职工。") == {("于洋", "主席", "区总工会")}  # a rarer word: a name


def test_a_unit_after_a_central_enterprise_s_short_name(base):
    orgs = _orgs(base, "中国能建葛洲坝集团、中国电建参加。中国电建工会主办。")
    assert set(orgs) == {"中国能建葛洲坝集团", "中国电建", "中国电建工会", "市总工会"}


def test_a_name_that_starts_with_a_common_word(base):
    assert _posts(base, "广西壮族自治区总工会党组书记、常务副主席管理年8日介绍，职工参赛。") == {
        ("管理年", "党组书记", "广西壮族自治区总工会"), ("管理年", "常务副主席", "广西壮族自治区总工会")}  # a day after the name


def test_the_unions_of_provinces_named_by_their_one_character_forms_are_no_body(base):
    assert set(_orgs(base, "今年将持续开展闽台工会交流，推进京津冀工会协同发展，川渝工会签约。")) == {"市总工会"}


def test_a_workshop_s_post_listed_after_another_post(base):
    assert _posts(base, "全国劳模、河钢集团邯钢公司邯宝炼钢厂特档技术主管、转炉车间副主任唐笑宇请教。") == {
        ("唐笑宇", "技术主管", None), ("唐笑宇", "转炉车间副主任", None)}


def test_a_surname_alone_before_a_verb_is_no_name_of_three(base):
    assert _posts(base, "党委书记王强调，要抓好落实。主任张明确表示支持。董事长王建设介绍。") == {("王建设", "董事长", None)}
