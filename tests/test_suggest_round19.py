"""suggest on the unseen pages of heldout68–121, read again (issue 21, the nineteenth round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round17 import _observations


def test_ten_thousand_people_after_a_verb_of_serving_is_a_count(base):
    page = "某区总工会发布实事项目\n\n本报讯 今年，区总工会将为万名职工免费提供法律咨询，活动吸引万余名职工参与。\n"
    assert {"万名", "万余名"} <= set(_observations(base, page))
    # a slogan, a programme's name and 万家 stay words
    page = ("某市总工会开展走访\n\n本报讯 今年，市总工会开展“走千家企业、访万名职工”活动，实施万名工匠培养计划，"
            "送福进万家。\n")
    assert not [o for o in _observations(base, page) if o.startswith("万")]
