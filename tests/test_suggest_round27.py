"""suggest on the unseen pages of heldout226–263, read (issue 21, the twenty-seventh round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round13 import _observations


def test_a_run_of_years_or_editions_is_drafted_to_check(base):
    page = ("某市金秋助学活动启动\n\n本报讯 2024年8月，市总工会启动金秋助学活动，已连续19年开展此项活动。"
            "市职工技能大赛已举办了二十届，今年资助困难职工子女320名，发放助学金96万元。\n")
    obs = _observations(base, page)
    assert obs["19年"] < 0.5 and obs["二十届"] < 0.5, obs
    assert obs["320名"] > 0.5 and obs["96万元"] > 0.5, obs


def test_the_value_a_change_starts_from_is_drafted_to_check_the_value_reached_is_not(base):
    page = ("某区工会组建率提高\n\n本报讯 2024年6月，区总工会介绍，外商投资企业工会组建率从原来的56%提高到现在的81%，"
            "志愿者队伍由最初的100余名发展到全区800余人，新建职工之家12个。\n")
    obs = _observations(base, page)
    assert obs["56%"] < 0.5 and obs["100余名"] < 0.5, obs
    assert obs["81%"] > 0.5 and obs["800余人"] > 0.5 and obs["12个"] > 0.5, obs
