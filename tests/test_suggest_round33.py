"""suggest on the unseen pages of heldout226–311, read (issue 21, the thirty-third round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round12 import _orgs, _subjects
from test_suggest_round17 import _draft, _observations
from test_suggest_round28 import _times


def test_a_survey_heading_the_clause_is_no_body_the_story_s_union_ran_it(base):
    page = ("某市职工压力调查\n\n2019年06月12日 来源：某某日报\n\n本报讯 安平市总工会日前出台职工心理健康服务意见。"
            "据悉，安平市总工会去年开展职工心理状况调查。\n\n该调查共发放问卷900份，回收有效问卷862份。"
            "这一数据显示，认为工作压力较大的职工占43.5%。\n")
    subjects = _subjects(base, page)
    assert subjects["900份"] == subjects["862份"] == subjects["43.5%"] == "安平市总工会", subjects
    page = page.replace("该调查共发放", "该研究所共发放")
    assert _subjects(base, page)["900份"] is None  # (该研究所: a body the story never names; whose, the annotator decides)
