"""suggest on the unseen pages of heldout320–340, read (issue 21, the thirty-fifth round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round12 import _orgs
from test_suggest_round17 import _draft, _observations


def test_money_in_renminbi_is_money_not_people(base):
    page = ("某市总工会关爱海外项目职工\n\n本报讯 2024年，某市总工会联合中铁某局集团有限公司工会走访海外项目部。项目已累计为当地"
            "提供就业岗位5000余个，创造劳动收入超过6000万人民币，培训属地员工1200人次。\n")
    draft = _draft(base, page)
    units = {s.text: s.fields.get("unit") for s in draft.suggestions if s.kind == "observation"}
    assert units.get("超过6000万人民币") == "cny", units
    assert "超过6000万人" not in units


def test_days_of_the_month_decades_and_days_ago_are_times(base):
    page = ("某市餐饮行业工会联合会成立\n\n本报讯 某市餐饮行业工会联合会16日成立，该市近5万名餐饮职工有了自己的“娘家”。"
            "市总工会9日于市职工服务中心举行授牌仪式。这项政策始于上个世纪80年代。3天前，市总工会走访了12家企业。"
            "一方有难，八方支援，工会职工捐款30万元。工会组织医护职工连续3日开展义诊。\n")
    obs = _observations(base, page)
    assert {"近5万名", "12家", "30万元", "3日"} <= set(obs), obs
    assert not {"16日", "9日", "80年", "3天", "八方"} & set(obs), obs
    excluded = {x["text"] for x in _draft(base, page).annotation["figures_excluded"]}
    assert {"16日", "9日"} <= excluded, excluded  # (the annotator sees why)


def test_a_list_of_recommended_stories_and_an_app_counter_are_no_story(base):
    page = ("某公司工会表彰先进集体\n\n本报讯 1月29日，某纺织集团公司工会召开劳动竞赛表彰大会，5人获突出贡献奖、47人获竞赛标兵。\n"
            "推荐新闻\n- ·两岸某协议2月1日生效 02-07\n- ·某国服饰零售业成长0.5% 02-07\n- ·某地推出10亿专项基金 02-07\n")
    obs = _observations(base, page)
    assert obs == ["5人", "47人"], obs
    page = ("某油田工会关爱海外职工\n2804264分| 7252476人| 1608845Mb\n安全下载 普通下载\n"
            "本报讯 某油田工会建立海外职工心理台账，海外业务已拓展至8个国家，累计外派职工500余人次。\n")
    obs = _observations(base, page)
    assert "7252476人" not in obs and {"8个", "500余人次"} <= set(obs), obs


def test_a_year_printed_before_a_programmes_quoted_name_dates_the_story_and_its_figures(base):
    page = ("某州总工会开展金秋助学活动\n\n某某网讯（通讯员 王某）近日，州总工会开展2017“金秋助学”活动，全州共计帮扶困难职工子女89名，"
            "发放助学资金27.1万元。\n")
    draft = _draft(base, page)
    assert draft.annotation["stories"][0]["date"]["value"] == "2017"
    times = {o["value"]: o["time"] for o in draft.annotation["observations"]}
    assert times["89名"]["during"] == times["27.1万元"]["during"] == "2017", times
    page = ("某市总工会金秋助学\n\n本报讯 某市总工会日前举行2016“金秋助学”活动启动仪式。据介绍，今年全市困难职工家庭学生录取124人。\n")
    draft = _draft(base, page)
    assert draft.annotation["stories"][0]["date"]["value"] == "2016"
    assert draft.annotation["observations"][0]["time"]["during"] == "2016"
    page = page.replace("2016“金秋助学”", "“金秋助学”")
    assert _draft(base, page).annotation["stories"][0]["date"]["value"] == "TODO"


def test_the_end_of_a_five_year_plan_is_a_target_and_last_years_level_is_of_last_year(base):
    page = ("某煤业公司召开职工代表大会\n\n2009年4月23日，某煤业公司工会召开职代会。会议达成如下意见：在上年度公司职工人均工资水平18000元"
            "的基础上，本年度公司职工人均工资调幅为5%。到“十二五”末，公司实现原煤产量150万吨，职工年平均收入达到4万元。\n")
    times = {o["value"]: o["time"] for o in _draft(base, page).annotation["observations"]}
    assert times["18000元"]["during"] == "2008" and times["5%"]["during"] == "2009", times
    assert times["150万吨"]["by"] == times["4万元"]["by"] == "2015", times
    page = page.replace("“十二五”末", "“十四五”末")
    assert {o["value"]: o["time"] for o in _draft(base, page).annotation["observations"]}["4万元"]["by"] == "2025"


def test_the_medium_of_a_dateline_is_no_subject(base):
    page = ("某产业工会着力提升职工素质 激发广大职工的创新潜能\n//www.workercn.cn2017-09-27 07:37:08来源: 中工网--《工人日报》\n"
            "分享到: 更多\n\n  中工网北京9月26日电(记者王某)“举办高校青年教师和中小学青年教师教学竞赛,参赛教师60多万人;与某委联合举办了"
            "卫生监督、妇幼健康等技能竞赛活动,吸引260万人次参加。”日前,某产业工会负责人介绍。\n")
    subjects = {s.text: s.fields.get("subject_name") for s in _draft(base, page).suggestions if s.kind == "observation"}
    assert subjects["60多万人"] != "中工网" and subjects["260万人次"] != "中工网", subjects


def test_pairs_characters_sessions_slogans_and_rank_lists(base):
    page = ("某市总工会为户外劳动者送温暖\n\n本报讯 日前，某市总工会购置了1000双护膝。网站开通后，职工投稿160篇，近13万字。"
            "某煤矿对四届二次“双代会”的57条提案进行监督办理。某集团十九届一次职代会召开。职工认真贯彻党的十九届历次全会精神，"
            "落实中央八项规定精神，学习“三个代表”重要思想。第一名、二名、三名的选手可获得6000元、4000元、2000元奖励。\n")
    obs = _observations(base, page)
    assert {"1000双", "160篇", "近13万字", "57条", "6000元", "4000元", "2000元"} <= set(obs), obs
    assert not {"四届", "二次", "十九届", "一次", "八项", "三个", "二名", "三名"} & set(obs), obs
    assert "2双" not in _observations(base, page.replace("1000双护膝", "2双代会代表"))


def test_a_page_date_printed_twice_in_two_forms_and_a_section_label(base):
    page = ("新闻内容\n\n建筑工退场 去年底外雇减至17.7万\n\n  • 2017-02-02\n\n2017/2/2\n\n"
            "某地工会关注外雇数目，至去年十二月底已回落至177,638人，连跌第四个月。\n")
    draft = _draft(base, page)
    story = draft.annotation["stories"][0]
    assert story["date"]["value"] == "2017-02-02" and story["title"].startswith("建筑工退场"), story
    assert {o["value"]: o["time"] for o in draft.annotation["observations"]}["177,638人"]["during"] == "2016"


def test_decimals_in_chinese_numerals_as_taiwan_prints_them(base):
    from reformkg.annotation.figures import parse_figure
    from decimal import Decimal
    assert (parse_figure("百分之三点一八").value, parse_figure("百分之三点一八").unit_word) == (Decimal("3.18"), "%")
    assert parse_figure("约百分之四十七点四").value == Decimal("47.4")
    assert parse_figure("一七三点九五万名").value == 1739500 and parse_figure("七十二点九八万名").value == 729800
    page = ("某地最低工资审议委员会拍板调涨\n\n本报讯 某地劳动部门昨召开最低工资审议委员会，工会代表参加讨论，最后拍板明年最低工资调幅"
            "百分之三点一八，约有一七三点九五万名劳工受惠，时薪则有七十二点九八万名劳工受惠。会议下午三点结束。\n")
    obs = _observations(base, page)
    assert {"百分之三点一八", "一七三点九五万名", "七十二点九八万名"} <= set(obs), obs
    assert not any(o.startswith("三点") for o in obs), obs  # (下午三点: a time of day)


def test_a_verb_before_a_body_is_no_part_of_its_name(base):
    page = ("某市总工会组织职工参观学习\n\n本报讯 4月12日，某市总工会组织劳模代表参观学习。\n来宾参观宝鸡机床集团公司生产现场\n"
            "区总工会主席朱某汇报公司工会工作情况，职工200人参加。议员梁某建议特区政府实施以下措施。\n")
    orgs = _orgs(base, page)
    assert "宝鸡机床集团公司" in orgs and not any(o.startswith(("来宾", "朱某", "梁某")) for o in orgs), orgs


def test_hong_kong_macau_and_taiwan_printed_short_are_places(base):
    page = ("澳门工会关注外雇数目\n\n本报讯 澳门人力资源不足一直是老问题，外雇数目至去年十二月底已回落至177,638人。"
            "澳门工会联合总会表示关注。金管局《澳门金融研究季报》指出，失业率维持在3%以下。\n")
    draft = _draft(base, page)
    regions = [s for s in draft.suggestions if s.kind == "region"]
    assert [(r.text, r.span.start) for r in regions] == [("澳门", page.index("澳门人力"))], [(r.text, r.span.start) for r in regions]
    assert {s.text: s.fields.get("subject_name") for s in draft.suggestions if s.kind == "observation"}["177,638人"] == "澳门特别行政区"


def test_a_groups_numbered_companies_listed_together(base):
    page = ("某工程局工会慰问海外职工\n\n本报讯 春节前夕，中交某工程局工会向海外职工送上新春祝福。\n"
            "一公司、二公司、三公司和研究院等涉及海外业务的单位参加，职工300人。\n")
    orgs = _orgs(base, page)
    assert {"一公司", "二公司", "三公司"} <= orgs, orgs
    assert "一公司" not in _orgs(base, page.replace("一公司、二公司、三公司和研究院等", "一公司等"))  # (alone: a company)


def test_a_month_reached_before_the_story_without_its_end_word(base):
    page = ("某市劳务派遣工加入工会\n\n2003年8月5日，某市总工会召开会议。到2003年6月，全市已建工会企业26289家，会员165.1万人。"
            "力争到2004年6月，全市新建工会企业1000家。\n")
    times = {o["value"]: o["time"] for o in _draft(base, page).annotation["observations"]}
    assert times["26289家"].get("as_of", "")[:7] == times["165.1万人"].get("as_of", "")[:7] == "2003-06", times
    assert times["1000家"].get("by") == "2004", times  # (a target: after the story)


def test_the_value_a_figure_is_compared_with_is_drafted_to_check(base):
    page = ("某地外雇数目回落\n\n本报讯 某地工会关注外雇数目。当中专业外雇6,072人，较去年同期6,672人减少600人。"
            "全地目前有1.3万家企业聘用外雇，较去年同期的12,482家增加逾500家。\n")
    draft = _draft(base, page)
    conf = {s.text: s.confidence for s in draft.suggestions if s.kind == "observation"}
    assert conf["6,672人"] < 0.5 and conf["12,482家"] < 0.5, conf
    assert conf["6,072人"] >= 0.5 and conf["600人"] >= 0.5 and conf["1.3万家"] >= 0.5, conf


def test_a_meetings_length_an_age_band_and_a_minguo_birth_year(base):
    page = ("某公司工会开展民主评议\n\n本报讯 通过近10天的评议工作，某供电公司工会收回评议表247张。"
            "本次暑期托管班共托管6-12岁小学生130名。\n")
    obs = _observations(base, page)
    assert {"247张", "130名"} <= set(obs) and not {"近10天", "6-12岁"} & set(obs), obs
    page = ("台中市劳工局表扬绩优劳工\n\n本报讯 台中市劳工局日前表扬绩优劳工。63年次的她，在某某之家担任生活辅导员达8年，"
            "服务长者120名，工会会员30人到场祝贺。\n")
    obs = _observations(base, page)
    assert "63年" not in obs and "120名" in obs, obs


def test_a_railway_section_headed_by_a_city_jieba_reads_as_a_verb(base):
    page = ("职工恋上练功\n\n7月4日，包头客运段2013年职工职业技能比赛正在进行，8个工种的620名职工参赛。\n")
    assert "包头客运段" in _orgs(base, page)
    subjects = {s.text: s.fields.get("subject_name") for s in _draft(base, page).suggestions if s.kind == "observation"}
    assert subjects["620名"] == "包头客运段", subjects


def test_an_associations_short_name_before_its_members(base):
    page = ("某市职工技协五年成果丰硕\n\n本报讯 记者从某会议上获悉：近五年来，西安市职工技协会员围绕经济建设中心，"
            "完成技术攻关580余项，创效益1.8亿元。\n")
    orgs = _orgs(base, page)
    assert "西安市职工技协" in orgs and "西安市职工技协会" not in orgs, orgs
    assert "陕西省职工技术协会" in _orgs(base, page.replace("西安市职工技协会员", "陕西省职工技术协会"))
