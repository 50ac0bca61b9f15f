"""suggest on the unseen pages of heldout14–61, read again for its figures, subjects and times
(issue 21, the thirteenth round). Every sentence is written for these tests, in forms real pages
show; none is taken from a page."""

from reformkg.suggest.drafter import suggest


def _draft(base, text: str):
    vocab, registry = base
    return suggest("crafted.txt", registry, vocab, text=text)


def _observations(base, text: str) -> dict[str, float]:
    """Each figure drafted as an observation → its confidence."""
    return {s.text: s.confidence for s in _draft(base, text).suggestions if s.kind == "observation"}


def test_a_batch_of_the_subject_s_own_series_is_drafted_to_check(base):
    obs = _observations(base, "某区推进产改试点\n本报讯 区总工会巩固第二批试点单位成果，今年培育试点单位12家。\n")
    assert obs["第二批"] < 0.5 and obs["12家"] > 0.5  # an edition it holds: an observation, to check


def test_the_time_a_task_took_and_a_contest_s_length_are_no_figures(base):
    obs = _observations(base, "某公司工会简讯\n本报讯 暴雨过后，公司抢修队36小时完成线路恢复，出动职工220名。"
                              "经过3个多小时的比拼，决出一等奖2名。全年志愿服务时长1500小时。\n")
    assert {"220名", "2名", "1500小时"} <= set(obs) and not {"36小时", "3个多小时"} & set(obs)


def test_an_anniversary_in_a_title_is_no_figure(base):
    obs = _observations(base, "某厂工会简讯\n本报讯 在“辉煌50年”主题活动上，职工们回眸30年的发展，"
                              "全厂现有职工2600名。\n")
    assert "2600名" in obs and not {"50年", "30年"} & set(obs)


def test_a_list_of_days_an_edition_without_its_di_and_a_word_count_are_no_figures(base):
    obs = _observations(base, "某矿工会简讯\n文章字数:836\n本报讯 10月21、22日，矿工会组织职工650余人参观成果展。"
                              "一项成果荣获31届市优秀发明选拔赛银奖，全矿有创新工作室7个。\n")
    assert {"650余人", "7个"} <= set(obs) and not {"21", "31届", "836", "836本"} & set(obs)
