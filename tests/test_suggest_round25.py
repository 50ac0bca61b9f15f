"""suggest on the unseen pages of heldout226–233, read (issue 21, the twenty-fifth round).
Every sentence is written for these tests, in forms real pages show; none is taken from a page."""

from test_suggest_round14 import _times
from test_suggest_round17 import _draft, _observations


def test_the_year_of_a_changes_starting_value_is_a_baseline_not_the_period(base):
    times = _times(base, "某省职工技能竞赛成效明显\n\n本报讯 2019年3月，记者从省总工会获悉，参加岗位练兵的职工由2016年的"
                         "40多万人增加到90多万人，竞赛工种由120个增加到180个，参加选拔赛的职工达到8万余人。\n")
    assert {str((times[k] or {}).get("during"))[:4] for k in ("90多万人", "由120个增加到180个", "8万余人")} == {"2019"}, times
