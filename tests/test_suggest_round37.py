"""suggest on the unseen pages of heldout320–354, read (issue 21, the thirty-seventh round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round17 import _draft, _observations, _subjects


def test_well_being_after_the_workers_it_is_wished_for_is_no_place(base):
    page = ("某市总工会职工服务网\n\n近年来，全市工会着力打造帮扶工作品牌。\n"
            "每年夏天，深入开展“夏送清凉、关爱职工安康”活动。近三年，筹集资金近1.2亿元、看望慰问一线职工200万人。\n")
    subjects = {s.text: s.fields.get("subject") for s in _draft(base, page).suggestions if s.kind == "observation"}
    assert all(subjects[v] != {"region": "ankang"} for v in ("近1.2亿元", "200万人")), subjects
    # the city of that name still heads its own figures
    page = page.replace("近三年，筹集", "近三年，安康全市筹集")
    subjects = {s.text: s.fields.get("subject") for s in _draft(base, page).suggestions if s.kind == "observation"}
    assert subjects["近1.2亿元"] == {"region": "ankang"}, subjects
