"""suggest on the unseen pages of heldout162–177, read (issue 21, the twenty-second round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round17 import _draft, _observations


def _times(base, page: str) -> dict[str, dict]:
    return {s.text: {k: v for k, v in s.fields["time"].items() if k != "text"}
            for s in _draft(base, page).suggestions if s.kind == "observation"}


def test_a_story_of_migrant_workers_on_a_railway_page_is_in_scope(base):
    page = ("某省务工专列开行\n\n本报讯 2026年2月，某省铁路部门开出务工专列12趟，"
            "输送3000余名务工人员返岗，其中某县有农村劳动力800余人。\n")
    draft = _draft(base, page)
    assert [s["scope"] for s in draft.annotation["stories"]] == ["in"]
    assert {"12趟", "3000余名", "800余人"} <= set(_observations(base, page))


def test_a_firm_of_a_brand_and_a_trade_after_a_verb_is_named_whole(base):
    from test_suggest_round12 import _orgs

    orgs = _orgs(base, "某县工会走访企业\n\n本报讯 2024年5月，县总工会副主席王某走进仙鹤股份有限公司，看望一线职工。\n")
    assert "仙鹤股份有限公司" in orgs, orgs
    # a place, then a brand jieba reads as a verb; an unnamed firm (某): no cut name
    orgs = _orgs(base, "某市工会送清凉\n\n本报讯 2025年7月，市总工会与某市某绿化工程设计有限公司工会为职工送去清凉。\n")
    assert "绿化工程设计有限公司" not in orgs and "绿化工程设计有限公司工会" not in orgs, orgs
