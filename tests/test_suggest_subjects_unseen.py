"""suggest on pages it has never seen (issue 21): whose figure it is (the subject of an observation).

Every text here is crafted for the test, in the forms real pages about 产改 and union work
show (none of it is taken from a page)."""

import pytest

from reformkg.suggest.drafter import suggest


def _obs(base, text: str) -> dict[str, dict]:
    """Observation suggestions: value → fields."""
    vocab, registry = base
    draft = suggest("crafted.txt", registry, vocab, text=text)
    return {s.text: s.fields for s in draft.suggestions if s.kind == "observation"}


def _new_regions(base, text: str) -> list[str]:
    vocab, registry = base
    draft = suggest("crafted.txt", registry, vocab, text=text)
    return [s.text for s in draft.suggestions if s.kind == "region"]


_PROVINCE_PAGE = ("聚焦高质量发展，我省推进产业工人队伍建设改革\n\n"
                  "全省非公企业党组织覆盖率达到88.5%；组织开展劳动和技能竞赛3.2万项，参赛职工860万人次。\n"
                  "党的二十大代表、湖南衡岳重型机械有限公司焊工班长李明讲述自己的故事。\n")


def test_our_province_named_only_inside_a_firm_s_name(base):
    obs = _obs(base, _PROVINCE_PAGE)
    assert obs["88.5%"]["subject"] == {"region": "hunan"}
    assert obs["88.5%"]["subject_rule"] == (
        "全省 heads the figure's clause: no province in the story; the one province the page's names are in "
        "(湖南, printed in 湖南衡岳重型机械有限公司) (湖南)")
    assert obs["860万人次"]["subject"] == {"region": "hunan"}
    assert "湖南" not in _new_regions(base, _PROVINCE_PAGE)  # still no mention of the region by itself


def test_our_province_stays_todo_when_the_page_names_another_place(base):
    obs = _obs(base, _PROVINCE_PAGE.replace("讲述自己的故事", "在西安讲述自己的故事"))
    assert obs["88.5%"]["subject"] == "TODO" and obs["88.5%"]["subject_name"] == "全省"
    obs = _obs(base, _PROVINCE_PAGE.replace("湖南衡岳", "湖南江西衡岳"))  # two provinces printed: whose, unknown
    assert obs["88.5%"]["subject"] == "TODO" and obs["88.5%"]["subject_name"] == "全省"


def test_our_province_from_a_medium_s_dateline(base):
    obs = _obs(base, "陕西工人报讯 今年以来，全省已建成职工书屋120家。\n")
    assert obs["120家"]["subject"] == {"region": "shaanxi"}


@pytest.mark.parametrize("text, why", [
    ("安康新闻网\n\n本报讯 市总工会近日召开会议。全市已建成职工书屋120家。\n", "place named around it (安康)"),
    ("安康日报讯 今年以来，全市已建成职工书屋120家。\n", "place named around it (安康日报)"),
    ("新华社安康5月1日电 今年以来，全市已建成职工书屋120家。\n", "region named around it (安康)"),
    ("来源：安康市总工会\n\n今年以来，全市已建成职工书屋120家。\n", "body's region named around it (安康市总工会)"),
    ("安康市总工会召开全委会\n\n今年以来，全市已建成职工书屋120家。\n", "body's region named around it (安康市总工会)"),
])
def test_the_whole_city_named_around_the_story_only(base, text, why):
    obs = _obs(base, text)
    assert obs["120家"]["subject"] == {"region": "ankang"}
    assert why in obs["120家"]["subject_rule"] and "no region of that level in the story's text" in obs["120家"]["subject_rule"]


def test_the_whole_city_stays_todo_when_two_cities_are_named_around_it(base):
    obs = _obs(base, "安康新闻网\n\n新华社汉中5月1日电 今年以来，全市已建成职工书屋120家。\n")
    assert obs["120家"]["subject"] == "TODO" and obs["120家"]["subject_name"] == "全市"
    obs = _obs(base, "本报讯 市总工会近日召开会议。全市已建成职工书屋120家。\n")  # no place anywhere: the city's union
    assert obs["120家"]["subject"] == "TODO" and obs["120家"]["subject_name"] == "市总工会"  # (which city's, the annotator's)
    obs = _obs(base, "本报讯 近日召开会议。全市已建成职工书屋120家。\n")  # no place and no union
    assert obs["120家"]["subject"] == "TODO" and obs["120家"]["subject_name"] == "全市"


_FILLER = "广大职工立足岗位、苦练本领，在推动高质量发展中展现新作为，产业工人队伍建设改革走深走实。" * 20


def test_a_union_s_report_in_sections_counts_its_work(base):
    text = ("当前，全市上下正奋力冲刺全年目标。市总工会团结带领全市广大职工爱岗敬业，围绕常州“智造”重点产业，"
            f"为产业工人提质赋能。{_FILLER}\n"
            "筑平台强技能，助职工成才\n5个技能实训基地、12个职工服务站相继建成。\n"
            "比技能促提升，助企业发展\n围绕常州重点产业，开展各类劳动和技能竞赛88场。龙城精密机械有限公司承办决赛16场。\n")
    obs = _obs(base, text)
    for value in ("5个", "12个", "88场"):
        assert obs[value]["subject"] == {"organisation": "changzhou-ftu"}, value
        assert obs[value]["subject_rule"] == ("the one union federation the story names, heading a sentence of its first "
                                              "paragraph: the body whose work the story reports (市总工会)")
    assert obs["16场"]["subject_name"] == "龙城精密机械有限公司"  # the firm heads its own sentence
    # no heading over the paragraph: a long report changes its topic, no carry
    obs = _obs(base, text.replace("比技能促提升，助企业发展\n", ""))
    assert obs["88场"]["subject"] == "TODO" and obs["88场"]["subject_name"] is None
    # a firm named in the paragraph before the figure: whose, the annotator decides
    obs = _obs(base, text.replace("围绕常州重点产业，开展", "龙城精密机械有限公司牵头，开展"))
    assert obs["88场"]["subject"] == "TODO"
    # two union federations in the story: no one body reports
    obs = _obs(base, text.replace("为产业工人提质赋能。", "为产业工人提质赋能。省总工会给予指导。"))
    assert obs["5个"]["subject"] == "TODO" and obs["5个"]["subject_name"] is None


def test_a_region_printed_right_before_the_figure(base):
    obs = _obs(base, "交流活动举行\n\n7月20日，全省职工创新交流活动在常州举办。活动中，参会代表参观了常州市16家创新工作室联盟成果。\n")
    assert obs["16家"]["subject"] == {"region": "changzhou"}
    assert obs["16家"]["subject_rule"] == "a region printed right before the figure (某市24家): the figure's place (常州市)"


def test_the_body_that_names_and_the_place_after_a_frame(base):
    obs = _obs(base, "工作室建设成效显著\n\n据了解，自2012年起，江苏省总工会开展创建活动，"
                     "在全总命名的120家全国示范性劳模创新工作室中江苏获评11席。\n")
    assert obs["120家"]["subject"] == {"organisation": "acftu"}
    assert obs["120家"]["subject_rule"] == "a body + 命名的/评选的 right before the figure: the body that names (全总)"
    assert obs["11席"]["subject"] == {"region": "jiangsu"}  # 在…中 passed: 江苏 heads the clause


def test_a_quotation_opening_a_clause_is_no_quoted_name(base):
    obs = _obs(base, "年度工作会议召开\n\n3月8日，沈阳市交通工会2025年度工作会议召开。会上，市交通工会主席张明表示："
                     "“市总工会十八届四次全会，围绕落实市委部署，部署了21项任务。我们要认真落实。”\n")
    assert obs["21项"]["subject"] == {"organisation": "shenyang-ftu"}
    assert obs["21项"]["subject_rule"] == "subject of the sentence (a clause before the figure) (市总工会)"


def test_the_one_firm_a_story_names_is_what_its_company_is(base):
    obs = _obs(base, "工会新闻\n\n本报讯 近日，秦岭机械有限公司举办职工技能比武。该公司今年获得国家专利3项，职工创新成果12项。\n")
    assert obs["3项"]["subject"] == "TODO" and obs["3项"]["subject_name"] == "秦岭机械有限公司"
    assert obs["3项"]["subject_rule"] == ("该公司 heads the figure's clause: the one firm the story names before it "
                                         "(秦岭机械有限公司, not in the registry)")
    assert obs["12项"]["subject_name"] == "秦岭机械有限公司"
    obs = _obs(base, "工会新闻\n\n记者近日走进渭滨区秦岭机械有限公司。公司今年获得3项专利。\n")
    assert obs["3项"]["subject_name"] == "渭滨区秦岭机械有限公司"  # 公司 alone heading the clause
    # two firms before it: which one, the annotator decides
    obs = _obs(base, "工会新闻\n\n本报讯 秦岭机械有限公司和渭河电气有限公司开展交流。该公司今年获得国家专利3项。\n")
    assert obs["3项"]["subject"] == "TODO" and obs["3项"]["subject_name"] is None


def test_another_story_s_title_in_a_list_of_links_names_no_place_of_this_one(base):
    obs = _obs(base, "安康新闻网\n\n本报讯 市总工会近日召开会议。全市已建成职工书屋120家。\n相关新闻\n汉中市总工会召开全委会\n")
    assert obs["120家"]["subject"] == {"region": "ankang"}


def test_a_rank_after_the_country_is_not_the_country_s(base):
    obs = _obs(base, "技能竞赛捷报\n\n本报讯 经过激烈角逐，选手们最终获得全国第3名，并获得一等奖2个。\n")
    assert obs["第3名"]["subject"] == "TODO" and obs["第3名"]["subject_name"] is None
    assert obs["第3名"]["subject_rule"] == "no subject in the sentence or the story before it"
