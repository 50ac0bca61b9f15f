"""suggest on the unseen pages of heldout226–303, read (issue 21, the thirty-second round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round12 import _orgs


def test_a_firm_s_kind_printed_before_its_name_is_not_its_name(base):
    page = ("外企建会工作综述\n\n本报讯 2008年6月，某市总工会获悉，厦门台资企业宏翔公司日前有18名台籍员工加入工会。"
            "世界500强企业恒丰华东百货有限公司成立工会，发展会员270名。\n")
    orgs = _orgs(base, page)
    assert "宏翔公司" in orgs and "恒丰华东百货有限公司" in orgs, orgs
    assert not {"厦门台资企业宏翔公司", "世界500强企业恒丰华东百货有限公司"} & orgs, orgs
    page = "外企建会工作综述\n\n本报讯 2008年6月，厦门市台资企业工会联合会成立，覆盖企业30家。\n"
    assert "厦门市台资企业工会联合会" in _orgs(base, page)  # (a federation of such firms' unions: the kind is its name)
