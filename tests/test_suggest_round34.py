"""suggest on the unseen pages of heldout226–319, read (issue 21, the thirty-fourth round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round12 import _subjects


def test_where_a_worker_comes_from_is_no_subject(base):
    page = ("某县法律援助中心为农民工追回工资\n\n2021年02月03日 来源：某某日报\n\n本报讯 “没想到这么快就拿到了工资。”1月25日，"
            "来自四川的农民工李某接过被拖欠的32名农民工的48.5万元工资款。据介绍，周至县法律援助中心去年共办理案件196件。\n")
    subjects = _subjects(base, page)
    assert subjects["32名"] is None and subjects["48.5万元"] is None, subjects  # (the person's: the annotator decides)
    assert subjects["196件"] == "周至县法律援助中心", subjects
    page = page.replace("来自四川的农民工李某接过", "四川省总工会为")
    assert _subjects(base, page)["32名"] == "四川省总工会"
