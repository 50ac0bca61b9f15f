"""suggest on the unseen pages of heldout320–346, read (issue 21, the thirty-sixth round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round17 import _observations


def test_a_change_by_one_figure_to_another_is_two_figures_not_a_range(base):
    page = ("某市外地雇员人数回落\n\n本报讯 2017年2月2日，某市统计部门公布，截至去年底，外地雇员人数按年降2.4%至17万8千人。"
            "某银行劳务派遣工数量锐减3.6万人至16.64万人。某市职工培训补贴由每人500元提高到每人600元。"
            "每人补贴800元至5000元不等。\n")
    obs = _observations(base, page)
    assert {"2.4%", "3.6万人", "16.64万人", "800元至5000元"} <= set(obs), obs
    assert not any(o.startswith(("2.4%至", "3.6万人至")) for o in obs), obs
