"""suggest: figures without a unit word, counts of aspects, and the times of figures without a
phrase of their own (issue 21). Every sentence is written for these tests, in forms real pages
show; none is taken from a page."""

from decimal import Decimal

import opencc
import pytest

from reformkg.annotation.figures import find_figures
from reformkg.annotation.grounding import PageText
from reformkg.pipeline.inputs import load_base
from reformkg.suggest.drafter import suggest


@pytest.fixture(scope="module")
def base(project):
    vocab, registry, findings = load_base(project)
    assert not [f for f in findings if f.is_error]
    return vocab, registry


def _draft(base, text: str):
    vocab, registry = base
    return suggest("crafted.txt", registry, vocab, text=text)


def _observations(base, text: str) -> dict[str, dict]:
    return {s.text: s.fields for s in _draft(base, text).suggestions if s.kind == "observation"}


def _times(obs: dict[str, dict]) -> dict[str, dict | str]:
    return {k: v["time"] if v["time"] == "TODO" else {x: y for x, y in v["time"].items() if x != "text"}
            for k, v in obs.items()}


# --------------------------------------------------------------------------- figures

BARE = ("全县五年新增技能人才12.5万(其中高技能人才3.4万)。每年组织800万职工参加岗位练兵，"
        "线上平台学习人次累计达到2.3亿。各级工会累计投入资金超600万")


def test_numbers_with_wan_or_yi_and_no_unit_word_are_found_when_drafting(base):
    vocab, _ = base
    page = PageText("q", BARE, "")
    hits = {h.text: h for h in find_figures(page, vocab, loose=True)}
    assert {t for t in hits if t.endswith(("万", "亿"))} == {"12.5万", "3.4万", "800万", "2.3亿", "超600万"}
    assert hits["12.5万"].figure.value == Decimal(125000) and hits["2.3亿"].figure.value == Decimal(230000000)
    # the unit: the people it counts (800万职工), what the words before it measure (人次, 资金)
    assert hits["800万"].unit == "person" and hits["2.3亿"].unit == "person" and hits["超600万"].unit == "cny"
    assert hits["超600万"].figure.approximation == "more-than"
    assert hits["12.5万"].unit == "person"  # 技能人才12.5万
    assert BARE[hits["2.3亿"].span.start:hits["2.3亿"].span.end] == "2.3亿"
    # the audit of the curated pages keeps its own forms: a number needs its unit word there
    assert not any(h.text.endswith(("万", "亿")) for h in find_figures(page, vocab))


def test_a_bare_number_is_no_part_of_a_figure_with_a_unit_or_a_date(base):
    vocab, _ = base
    hits = [h.text for h in find_figures(PageText("q", "覆盖职工3.5万人次，发放2万元，截至2024年底建会1.2万家。", ""), vocab, loose=True)]
    assert hits == ["3.5万人次", "2万元", "1.2万家"]


def test_a_drafted_bare_number_asks_for_its_unit_when_the_text_does_not_say(base):
    obs = _observations(base, "工会新闻\n\n本报讯 市总工会统计，全市新增市场主体4.2万。市总工会组织800万职工参加培训。\n")
    assert obs["4.2万"]["unit"] is None and obs["800万"]["unit"] == "person"
    draft = _draft(base, "工会新闻\n\n本报讯 市总工会统计，全市新增市场主体4.2万。\n")
    assert draft.annotation["observations"][0]["unit"] == "TODO"


def test_pairs_after_jiedui_are_a_count(base):
    obs = _observations(base, "工会新闻\n\n本报讯 全市每年促成师徒结对3000对以上，结对帮扶困难职工家庭120对。\n")
    assert set(obs) == {"3000对以上", "120对"}
    assert obs["3000对以上"]["unit"] == "count" and obs["3000对以上"]["approximation"] == "more-than"


def test_a_count_of_aspects_is_drafted_only_when_something_comprises_them(base):
    draft = _draft(base, "工会新闻\n\n本报讯 市总工会《行动方案》围绕四方面制定12项具体措施，从三个方面作了部署。"
                         "该项制度包括3个方面主要内容。全市“五个方面”重点工作稳步推进。\n")
    obs = {s.text for s in draft.suggestions if s.kind == "observation"}
    doubts = {s.text: s.fields["doubt"] for s in draft.suggestions if s.kind == "figure"}
    assert obs == {"12项", "3个方面"}
    assert set(doubts) == {"四方面", "三个方面", "五个方面"} and all("aspects" in d for d in doubts.values())
