"""suggest on the unseen pages of heldout34–43, read again for the subjects it left TODO (issue 21,
the eleventh round). Every sentence is written for these tests, in forms real pages show; none is
taken from a page."""

from reformkg.suggest.drafter import suggest


def _draft(base, text: str):
    vocab, registry = base
    return suggest("crafted.txt", registry, vocab, text=text)


def _subjects(base, text: str) -> dict[str, str | None]:
    """Each figure → the name its subject rule proposes (None: TODO with no name)."""
    return {s.text: s.fields.get("subject_name") for s in _draft(base, text).suggestions if s.kind == "observation"}


# a report longer than a news item (its topic does not run from paragraph to paragraph)
_FILL = "引导干部职工深入践行新发展理念，协同推进示范带建设，进一步筑牢思想根基，凝聚干事创业的强大合力。" * 14


def test_the_union_heading_a_news_items_first_sentence_reports_its_own_work(base):
    text = ("某县工会深化协作\n本网讯（通讯员 王某）岳西县总工会紧紧围绕党委中心工作，深化区域工会协作，工作取得成效。\n"
            "联合开展活动，凝聚发展合力。邀请毗邻的太湖县总工会开展共建活动。" + _FILL + "\n"
            "服务就业，增强发展动力。组织“春风行动”招聘会，县内8家企业参加线下招聘，4家企业参加线上招聘。"
            "组织职工参加安庆市总工会职工健康跑等活动2场。\n")
    subjects = _subjects(base, text)
    assert subjects["8家"] == subjects["4家"] == "岳西县总工会"
    # a higher body heading the lead, the story's own union printed more often: not the higher body
    text = ("某街道工会获评\n近日，广东省总工会公布2025年度“强基工程”名单，台山市台城街道总工会入选。\n"
            "台城街道总工会近年来扎实推进建会工作。\n一是聚焦“建”。近5年来发动企业组建工会106家。\n"
            "二是聚焦“暖”。发动职工参加广东省总工会的学历提升行动。台城街道总工会还开展了帮扶。\n")
    assert _subjects(base, text)["106家"] != "广东省总工会"
