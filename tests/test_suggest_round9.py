"""suggest on the unseen pages of heldout14–23 (issue 21, the ninth round): round numbers in names
and phrases (百家, 千家万户), levels printed in words (三级, 两级), the batch of a published list and a
saying (二十年如一日) are no figures. Every sentence is written for these tests, in forms real pages
show; none is taken from a page."""

from reformkg.suggest.drafter import suggest


def _draft(base, text: str):
    vocab, registry = base
    return suggest("crafted.txt", registry, vocab, text=text)


def _obs(base, text: str) -> dict:
    return {s.text: s for s in _draft(base, text).suggestions if s.kind == "observation"}


def test_round_numbers_in_names_and_phrases_are_no_figures(base):
    obs = _obs(base, "某厂获评节能先进\n某厂跻身全国百家“绿色工厂”之列，工会把慰问送到千家万户，"
                     "开展百项工种技能比武，全年举办百余场培训，近千名职工参加，共有300名职工获证。\n")
    assert {"百余场", "近千名", "300名"} <= set(obs)
    assert not {"百家", "千家", "百项"} & set(obs)


def test_levels_in_words_are_no_counts_but_the_steps_of_a_ladder_are(base):
    obs = _obs(base, "某市推进产改\n某市打造省市县三级创新工作室12个，重点项目分为三级，"
                     "共有81名职工晋升二级技师。某集团构建了从学徒到首席技师七级人才晋升通道。\n")
    assert {"12个", "81名", "七级"} <= set(obs)
    assert not {"三级", "二级"} & set(obs)


def test_the_batch_of_a_published_list_and_a_saying_are_no_figures(base):
    obs = _obs(base, "某省公布创新工作室名单\n近日，某省总工会公布了第六批省级劳模创新工作室名单，共有45个工作室入选。"
                     "工作室领衔人二十年如一日坚守一线，获得专利12项。\n")
    assert {"45个", "12项"} <= set(obs)
    assert not {"第六批", "二十年"} & set(obs)
