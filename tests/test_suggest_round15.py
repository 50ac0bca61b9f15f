"""suggest on the unseen pages of heldout68–73, read again for its figures, subjects and times
(issue 21, the fifteenth round). Every sentence is written for these tests, in forms real pages
show; none is taken from a page."""

import pytest

from reformkg.suggest.drafter import suggest
from reformkg.suggest.times import find_times, page_date


def _draft(base, text: str):
    vocab, registry = base
    return suggest("crafted.txt", registry, vocab, text=text)


@pytest.mark.parametrize("printed, day", [
    ("发表于 2025-8-4 08:54:25 | 只看该作者", "2025-08-04"),  # a forum's post line, compacted 2025-8-408:54:25
    ("2025-8-2 15:30 来源：某某网", "2025-08-02"),           # 2025-8-215:30: the 2nd at 15:30, never the 21st
    ("2025-8-12 08:54", "2025-08-12"),
    ("2025-8-4 8:54", "2025-08-04"),
])
def test_a_numeric_date_with_its_clock_time_keeps_its_day(printed, day):
    compact = "".join(printed.split())
    assert page_date(compact)[0] == day
    assert [t["on"] for _lo, _hi, t in find_times(compact)] == [day]


@pytest.mark.parametrize("line, day", [
    ("《某某日报》（2023年11月27日 06版）", "2023-11-27"),   # a newspaper's issue and page
    ("• 2019年04月20日 08时41分\n• 来源：某某日报", "2019-04-20"),  # a clock time in 时 and 分
])
def test_a_site_line_s_date_dates_the_page(base, line, day):
    page = f"某县职工技能提升工作取得实效\n{line}\n本报讯 近日，某县总工会举办职工技能培训班，培训职工320人。\n"
    draft = _draft(base, page)
    assert draft.annotation["stories"][0]["date"]["value"] == day
    obs = draft.annotation["observations"]
    assert [o["time"].get("during", o["time"].get("on", ""))[:4] for o in obs] == [day[:4]]
