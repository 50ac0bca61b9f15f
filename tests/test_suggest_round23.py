"""suggest on the unseen pages of heldout68–201, read (issue 21, the twenty-third round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round12 import _orgs


def test_a_firms_brand_jieba_cuts_off_is_part_of_its_name(base):
    page = ("某市表彰先进集体\n\n本报讯 2025年4月，某市总工会授予成都中光电科技有限公司等12个单位市五一劳动奖状，"
            "获奖个人有中信重工开诚智能装备有限公司工程师孙某，作为金力永磁（包头）科技有限公司的职工，李某和今创集团股份有限公司张某也在其中。\n")
    orgs = _orgs(base, page)
    assert {"成都中光电科技有限公司", "中信重工开诚智能装备有限公司", "金力永磁（包头）科技有限公司", "今创集团股份有限公司"} <= set(orgs), orgs
    assert not {"光电科技有限公司", "智能装备有限公司", "科技有限公司", "集团股份有限公司"} & set(orgs), orgs
    # a firm of a kind (该, 一家): no name of trade words, and no brand made up for it
    orgs = _orgs(base, "某区工会走访企业\n\n本报讯 2025年3月，区总工会走访一家科技有限公司，该科技有限公司职工200人。\n")
    assert not [o for o in orgs if o.endswith("科技有限公司")], orgs
