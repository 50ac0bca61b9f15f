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
