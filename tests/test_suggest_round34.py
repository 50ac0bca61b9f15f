"""suggest on the unseen pages of heldout226–319, read (issue 21, the thirty-fourth round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round12 import _orgs, _subjects
from test_suggest_round17 import _draft, _observations


def test_where_a_worker_comes_from_is_no_subject(base):
    page = ("某县法律援助中心为农民工追回工资\n\n2021年02月03日 来源：某某日报\n\n本报讯 “没想到这么快就拿到了工资。”1月25日，"
            "来自四川的农民工李某接过被拖欠的32名农民工的48.5万元工资款。据介绍，周至县法律援助中心去年共办理案件196件。\n")
    subjects = _subjects(base, page)
    assert subjects["32名"] is None and subjects["48.5万元"] is None, subjects  # (the person's: the annotator decides)
    assert subjects["196件"] == "周至县法律援助中心", subjects
    page = page.replace("来自四川的农民工李某接过", "四川省总工会为")
    assert _subjects(base, page)["32名"] == "四川省总工会"


def test_a_profile_card_gives_the_post_and_its_body_the_figures_after_it(base):
    page = ("2024某某工匠年度人物揭晓\n\n本报讯 某省总工会日前发布10位年度工匠。\n"
            "图片\n林建华\n泉安精密机械股份有限公司\n首席技师\n图片\n"
            "林建华深耕数控加工行业二十余年，累计完成技术革新86项。他带领团队获得发明专利12项，为企业创效3000余万元。\n"
            "方晓梅\n华纶纺织集团有限公司高级技师\n"
            "方晓梅从一名挡车工成长为技能大师，她先后培养徒弟45名。\n")
    draft = _draft(base, page)
    posts = {(s.fields["name"], s.fields["role"], s.fields["organisation_name"]) for s in draft.suggestions if s.kind == "post"}
    assert {("林建华", "首席技师", "泉安精密机械股份有限公司"), ("方晓梅", "高级技师", "华纶纺织集团有限公司")} <= posts, posts
    subjects = _subjects(base, page)
    assert subjects["86项"] == subjects["12项"] == subjects["3000余万元"] == "泉安精密机械股份有限公司", subjects
    assert subjects["45名"] == "华纶纺织集团有限公司", subjects
    page = page.replace("图片\n林建华\n泉安精密机械股份有限公司\n首席技师\n图片\n", "")
    assert _subjects(base, page)["86项"] != "泉安精密机械股份有限公司"  # (no card: whose, the sentence does not say)


def test_some_hundreds_or_tens_of_thousands_read_as_the_range_they_span():
    from reformkg.annotation.figures import parse_figure
    f = parse_figure("數十萬名")
    assert (f.value, f.minimum, f.maximum, f.unit_word, f.approximation) == (None, 200000, 900000, "名", "about")
    assert (parse_figure("几十家").minimum, parse_figure("数千元").maximum) == (20, 9000)
    assert parse_figure("上百名").value == 100  # (上百: at least a hundred, one value)


def test_how_long_since_or_how_long_a_course_runs_is_no_figure(base):
    page = ("某市工会帮扶尘肺病农民工\n\n2023年05月06日 来源：某某日报\n\n本报讯 历经30年的发展，市职业病防治院已救治职工1.2万人。"
            "农民工王某来城里务工8年，患尘肺病已经7年；他的技校学制3年。工会驿站成立迄今已逾20年，累计服务职工8600人次。"
            "这台设备使用寿命可达60年。\n")
    figures = _observations(base, page)
    assert {"1.2万人", "8600人次", "60年"} <= set(figures), figures
    assert not {"30年", "8年", "7年", "3年", "20年", "逾20年"} & set(figures), figures


def test_a_number_after_a_code_and_a_dash_is_part_of_the_code(base):
    page = ("某项目工会驿站\n\n本报讯 中铁某局DK—2项目群安员张某常到工会驿站学习，驿站今年服务职工560人次，开展活动2项。\n")
    figures = _observations(base, page)
    assert "2项" in figures and figures.count("2项") == 1 and "560人次" in figures, figures


def test_cases_in_words_medals_and_classes_are_figures(base):
    page = ("某工会关注欠薪检控\n\n本报讯 某工联会指出，去年劳工处共有四十六宗个案提出检控，其中十九宗成功定罪，两宗判处监禁。"
            "该市代表团在技能竞赛中共获奖牌35面，职业训练课程开办近200班，设有20班组，培训场地3面积不大。\n")
    figures = _observations(base, page)
    assert {"四十六宗", "十九宗", "两宗", "35面", "近200班"} <= set(figures), figures
    assert not {"20班", "3面"} & set(figures), figures


def test_a_day_in_brackets_after_today_and_a_minguo_year_are_times(base):
    page = ("台中市劳工局与工会有约\n\n本报讯 台中市劳工局24日邀请6大总工会理事长及基层工会代表等500人座谈。工联会议员今（8日）提出质询。"
            "比赛结果在当地时间15日的闭幕仪式上揭晓。劳工局举办“109年职业训练成果展”，开办课程近200班。\n")
    figures = _observations(base, page)
    assert {"500人", "近200班"} <= set(figures), figures
    assert not {"24日", "8日", "15日", "109年"} & set(figures), figures
    page = page.replace("台中市", "某市")  # (no place of Taiwan: 109年 a count of years, as on any page)
    assert "109年" in _observations(base, page)


def test_the_body_the_headline_says_holds_the_event_is_its_figures_subject(base):
    page = ("重庆万州区总开展普法宣传活动\n\n本报讯 1月9日，重庆市万州区总工会在柱山乡举办普法宣传活动。"
            "此次普法活动发放宣传资料500余份，解答职工咨询30余人次。\n")
    subjects = _subjects(base, page)
    assert subjects["500余份"] == subjects["30余人次"] == "万州区总工会", subjects


def test_a_list_of_names_elected_gets_each_its_post(base):
    page = ("某省工会第八次代表大会闭幕\n\n本报讯 大会选举产生了省总工会新一届领导机构。赵明远当选主席，钱晓东、孙丽华（兼）、李建国当选副主席。"
            "省总工会八届一次全委会选举周海涛为常务副主席，吴志强、郑春梅为专职副主席。\n")
    posts = {(s.fields["name"], s.fields["role"]) for s in _draft(base, page).suggestions if s.kind == "post"}
    assert {("赵明远", "主席"), ("钱晓东", "副主席"), ("孙丽华", "副主席"), ("李建国", "副主席"), ("周海涛", "常务副主席"),
            ("吴志强", "专职副主席"), ("郑春梅", "专职副主席")} <= posts, posts
    page = "某市工会新闻\n\n本报讯 市总工会开展活动，钱晓东、李建国为职工代表送上慰问品。\n"  # (no election: no post)
    assert not {s for s in _draft(base, page).suggestions if s.kind == "post"}


def test_a_list_sharing_a_studio_s_ending_is_of_people_s_names_only(base):
    page = ("某市工匠培育计划\n\n本报讯 市总工会日前启动工匠培育计划，培育方式涵盖集中培训、自主研修、创新工作室建设等，"
            "命名张建华、李卫东、王志刚劳模创新工作室。\n")
    orgs = _orgs(base, page)
    assert "张建华" in orgs, orgs  # (the first of the people's studios, printed without its ending)
    assert not {o for o in orgs if o.startswith(("集中培训", "自主研修"))}, orgs


def test_a_hong_kong_labour_body_opening_a_line_or_after_but_is_a_name(base):
    page = ("近三年欠薪检控增加　罚款降 (13:29)\n工联会议员某某今（8日）于立法会提出书面质询，关注工会会员被拖欠工资问题。"
            "劳工处回应，去年共有四十六宗个案提出检控。但劳联的某某认为成效不足。\n")
    orgs = _orgs(base, page)
    assert {"工联会", "劳联", "劳工处", "立法会"} <= orgs, orgs


def test_the_hong_kong_team_is_named_as_the_contests_name_it(base):
    page = ("世界技能大赛闭幕\n\n本报讯 世界技能大赛闭幕礼及中国香港代表团颁奖礼昨日举行，中国香港代表团共获1金1银2铜，"
            "工会代表到场祝贺。\n")
    orgs = _orgs(base, page)
    assert "中国香港代表团" in orgs and "香港代表团" not in orgs, orgs


def test_the_place_ranked_second_heads_its_medals(base):
    page = ("全省职工技能竞赛落幕\n\n本报讯 全省职工技能竞赛今日落幕，省总工会指出，其中福州市的选手表现优异，共获得11金14银10铜，"
            "第二为厦门市共获得12金7银10铜，第三为泉州市共获得9金13银6铜。\n")
    subjects = _subjects(base, page)
    assert subjects["12金"] == "厦门市" and subjects["9金"] == "泉州市", subjects
