"""suggest: the subjects of figures that no sentence rule names (issue 21): a story of one
place, a span heading a clause (30年来某省…), 全县 on a county's page. Every sentence is
written for these tests, in forms real pages show; none is taken from a page."""

import pytest

from reformkg.pipeline.inputs import load_base
from reformkg.suggest.drafter import suggest


@pytest.fixture(scope="module")
def base(project):
    vocab, registry, findings = load_base(project)
    assert not [f for f in findings if f.is_error]
    return vocab, registry


def _subjects(base, text: str) -> dict[str, tuple]:
    vocab, registry = base
    draft = suggest("crafted.txt", registry, vocab, text=text)
    return {s.text: (s.fields["subject"], s.fields["subject_name"], s.fields["subject_rule"])
            for s in draft.suggestions if s.kind == "observation"}


ONE_PLACE = ("湘潭推进技能竞赛提质扩面\n\n"
             "3月12日，记者从湘潭市工会工作会议上获悉，今年将深化产业工人队伍建设改革。\n\n"
             "近年来，湘潭各级工会围绕主导产业开展建功立业活动。持续举办湘潭市职工职业技能大赛，"
             "市县联动举办各类竞赛150场；全年完成职业技能培训3万人次，技能人才总量达28万名；"
             "其职业分布上，第一、二、三产业分别占比5%、40%、55%。\n")


def test_a_story_of_one_place_gives_its_figures_that_place(base):
    obs = _subjects(base, ONE_PLACE)
    for fig in ("3万人次", "28万名", "5%", "40%", "55%"):
        subject, name, rule = obs[fig]
        assert (subject, name) == ("TODO", "湘潭市"), fig
        assert rule.endswith("the one place the story names (湘潭市, not in the registry)"), (fig, rule)
    assert obs["5%"][2] == ("其职业… heads a clause before the figure: whose, the annotator decides; "
                            "the one place the story names (湘潭市, not in the registry)")


def test_a_story_naming_two_places_or_the_country_gives_no_place(base):
    two = ONE_PLACE.replace("活动。", "活动，并与株洲市开展交流。")
    obs = _subjects(base, two)
    assert obs["3万人次"][:2] == ("TODO", None)
    national = ONE_PLACE.replace("活动。", "活动，在全国率先开展试点。")
    assert _subjects(base, national)["28万名"][:2] == ("TODO", None)


def test_this_activity_heading_the_sentence_stays_todo_in_a_story_of_one_place(base):
    text = ("湘潭推进技能竞赛提质扩面\n\n3月12日，湘潭市总工会启动职工技能竞赛。"
            "这项活动历时60天，吸引职工2.1万人次参加。\n")
    subject, name, rule = _subjects(base, text)["2.1万人次"]
    assert (subject, name) == ("TODO", None)
    assert rule.startswith("这项活… heads")


def test_a_place_after_a_span_of_years_heads_its_clause(base):
    text = ("湖南工人日报刊发通讯关注工会工作\n\n报道称，工会服务职工的载体不断创新。"
            "报道称，40年来湖南基层工会组织数量成倍增长。由1985年的3100个基层工会，发展到现在的2.6万个。\n")
    subject, name, rule = _subjects(base, text)["3100个"]
    assert (subject, name) == ({"region": "hunan"}, "湖南")
    assert rule == "subject of the sentence (the figure's clause), topic of the sentences before (湖南)"


def test_the_one_place_must_head_the_story_and_be_printed_in_the_figure_s_paragraph(base):
    # headline and lead print no place: 湘潭 named in passing is no topic
    text = ("技能竞赛提质扩面\n\n3月12日，记者从工会工作会议上获悉，今年将深化产业工人队伍建设改革。\n\n"
            "近年来，各级工会围绕湘潭市主导产业开展建功立业活动；全年完成职业技能培训3万人次。\n")
    assert _subjects(base, text)["3万人次"][:2] == ("TODO", None)
    # a paragraph that prints no name of the place: its topic, the annotator decides
    text = ONE_PLACE + "\n全年完成职业技能培训6万人次。\n"
    assert _subjects(base, text)["6万人次"][:2] == ("TODO", None)
    assert _subjects(base, text)["3万人次"][:2] == ("TODO", "湘潭市")
