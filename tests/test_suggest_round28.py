"""suggest on the unseen pages of heldout226–271, read (issue 21, the twenty-eighth round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round12 import _orgs


def test_a_department_of_economy_and_informatisation_keeps_its_whole_name(base):
    page = ("某省启动职工创新活动\n\n本报讯 2024年5月，某省总工会、四川省经济和信息化厅、四川省人力资源和社会保障厅3部门"
            "共同启动第二届职工创新成果评选，共收到成果320项。\n")
    assert "四川省经济和信息化厅" in _orgs(base, page), _orgs(base, page)
