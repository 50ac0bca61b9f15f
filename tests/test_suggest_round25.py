"""suggest on the unseen pages of heldout226–233, read (issue 21, the twenty-fifth round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round14 import _times
from test_suggest_round17 import _draft, _observations


def test_the_year_of_a_changes_starting_value_is_a_baseline_not_the_period(base):
    times = _times(base, "某省职工技能竞赛成效明显\n\n本报讯 2019年3月，记者从省总工会获悉，参加岗位练兵的职工由2016年的"
                         "40多万人增加到90多万人，竞赛工种由120个增加到180个，参加选拔赛的职工达到8万余人。\n")
    assert {str((times[k] or {}).get("during"))[:4] for k in ("90多万人", "由120个增加到180个", "8万余人")} == {"2019"}, times


def test_now_dates_its_own_clause_not_the_years_work_after_a_semicolon(base):
    times = _times(base, "某县总工会召开全委会议\n\n本报讯 2024年1月10日，某县总工会召开全委会议，总结2023年工作。会议指出，"
                         "2023年全县新增工会组织10个，目前全县共有基层工会351家，会员33450人；组织职工参加市级竞赛项目2个，"
                         "发放帮扶资金22.2万元。\n")
    assert {v: (times[v] or {}).get("during") for v in ("10个", "2个", "22.2万元")} == {"10个": "2023", "2个": "2023", "22.2万元": "2023"}, times
    assert "2023" not in str(times["351家"]), times
