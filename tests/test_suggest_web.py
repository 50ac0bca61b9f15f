"""suggest on pages taken from the web: the site's lines (source, time, view count, editors,
navigation, site name) are no_fact and never a title; numbers inside names are no figures."""

import pytest

from reformkg.suggest.drafter import suggest
from reformkg.suggest.stories import boilerplate

# A page written for this test, in the form of a union's news page as a site prints it.
WEB_PAGE = """首页|工会要闻|基层动态|劳模风采|职工服务
当前位置：首页 > 工会要闻
常州市总工会召开产业工人队伍建设改革推进会
来源: 常州工人报   作者:   浏览次数: 1024   发布时间: 2024-11-06 09:30:00
摘要: 全市已建成劳模工匠创新工作室86家。

本报讯 截至2024年10月底，全市已建成劳模工匠创新工作室86家，培训职工3.2万人次。
常州市总工会表示，将继续深化产改。
责任编辑: 王小明
版权所有 常州市总工会 苏ICP备12345678号
"""


@pytest.mark.parametrize("line, why", [
    ("来源：工人日报   作者：    浏览：次    发表时间：2023-03-09 22:44:33", "source line"),
    ("www.example.cn 2021-04-12 07:59:47   来源：八闽工会人    我来说两句", "source line"),
    ("发布时间：2024-11-06", "time line"),
    ("2023-12-27 17:22:39", "time line"),
    ("浏览次数：1024", "view count"),
    ("责任编辑：林雯晶", "editor line"),
    ("编辑 谢勇", "editor line"),
    ("您所在的位置： 东南网 > 福建频道 > 民生 > 正文", "navigation"),
    ("直通|福建|时评|国内|国际|专题", "navigation"),
    ("第8911期：第01版 首版", "issue and page of the paper"),
    ("陕工网", "site name"),
    ("关注公众号，随时阅读工人报", "site furniture"),
    ("↓↓↓", "ornament"),
])
def test_boilerplate_lines(line, why):
    assert boilerplate(line) == why


@pytest.mark.parametrize("line", [
    "常州市总工会召开产业工人队伍建设改革推进会",
    "“画”说两会 | 乘着“产改”的东风再出发",
    "截至2024年10月底，全市已建成劳模工匠创新工作室86家，培训职工3.2万人次。",
    "编辑出版职工读本3万册",
    "收入来源更加多元，职工获得感不断增强" * 8,  # a long paragraph is the story's
])
def test_story_lines_are_no_boilerplate(line):
    assert boilerplate(line) is None


def test_web_boilerplate_is_no_fact_and_never_a_title(base):
    vocab, registry = base
    draft = suggest("web.txt", registry, vocab, text=WEB_PAGE)
    ann = draft.annotation
    assert [s["title"] for s in ann["stories"]] == ["常州市总工会召开产业工人队伍建设改革推进会"]
    reasons = {nf["quote"]: nf["reason"] for nf in ann["no_fact"]}
    assert reasons["来源:常州工人报作者:浏览次数:1024发布时间:2024-11-0609:30:00"] == "web page boilerplate (source line)"
    assert "责任编辑:王小明" not in reasons  # the story's editor, in its byline
    assert {"name": "王小明", "role": "editor", "quote": "责任编辑:王小明"} in ann["stories"][0]["byline"]
    assert reasons["摘要:全市已建成劳模工匠创新工作室86家。"] == "web page boilerplate (summary)"
    # figures of the body only: the summary's 86家 and the view count are no observations
    assert [o["value"] for o in ann["observations"]] == ["86家", "3.2万人次"]
    assert all("浏览" not in o["quote"] and "摘要" not in o["quote"] for o in ann["observations"])


NUMBERED = """涿州市举办第三届“工匠杯”技能大赛

本报讯 近日，涿州市第三届“工匠杯”技能大赛落下帷幕，来自全市的17支队伍41名选手参加比赛。
该市推行新“八级工”职业技能等级制度，建设两级工友创业园，深化“四个一”工作法。
2024年，全市培养高技能人才1200人。
"""


@pytest.mark.parametrize("text, start, why", [
    ("涿州市第三届“工匠杯”技能大赛", 3, "edition in a name"),  # a place's contest, no organiser holding it: its name
    ("涿州市举办第三届“工匠杯”技能大赛", 5, "ordinal of an edition"),
    ("第十三届全国职工职业技能大赛", 0, "edition in a name"),  # no organiser before it
    ("推行新八级工制度", 3, "grade"),
    ("设立新“八级工”职业技能等级", 4, "grade"),
    ("建设两级工友创业园", 2, "grade"),
    ("市县两级总工会", 2, "grade"),
    ("深化“四个一”工作法", 3, "quoted"),
])
def test_numbered_names(text, start, why):
    from reformkg.suggest.numbered import numbered_name

    end = start + next(k for k in range(1, 5) if text[start + k - 1] in "届级一")
    assert why in numbered_name(text, start, end) or why == "quoted" and "quoted" in numbered_name(text, start, end)


def test_a_headline_repeating_the_body_and_counts_are_figures():
    from reformkg.suggest.numbered import numbered_name

    page = "九家企业获评示范单位全市九家企业获评省级示范单位，涉及职工3000人。"
    assert "headline" in numbered_name(page, 0, 2, ((0, 10),))
    assert numbered_name(page, 12, 14, ((0, 10),)) is None  # the body's own 九家 is the figure
    for text, start, end in (("举办了3届全国职工职业技能大赛", 3, 5), ("17支队伍41名选手", 5, 8)):
        assert numbered_name(text, start, end) is None
    assert numbered_name("命名第三批示范点", 2, 5).startswith("ordinal")  # its own series: an observation, to check


def test_numbered_names_are_excluded_figures_not_observations(base):
    vocab, registry = base
    draft = suggest("n.txt", registry, vocab, text=NUMBERED)
    ann = draft.annotation
    assert [o["value"] for o in ann["observations"]] == ["第三届", "17支", "41名", "1200人"]
    assert [o["id"] for o in ann["observations"]] == ["o1", "o2", "o3", "o4"]
    assert {x["text"]: x["reason"] for x in ann["figures_excluded"]} == {
        "八级": "part of a name", "两级": "part of a name", "四个": "part of a name"}
    low = [s for s in draft.suggestions if s.kind == "figure" and s.confidence <= 0.2]
    assert {s.text for s in low} >= {"八级", "两级"}
    assert all(s.fields["doubt"] for s in low)
    # an edition: the subject's own series (an observation) or part of a name, for the annotator
    edition = next(s for s in draft.suggestions if s.kind == "observation" and s.text == "第三届")
    assert edition.confidence == 0.3 and ann["observations"][0]["indicator"] == "届次批次"
    assert "ordinal of an edition" in draft.comments[("observations", 0)]


def test_a_day_and_a_place_name_are_no_figures(base):
    vocab, registry = base
    text = "三门峡市总工会召开产改推进会\n\n本报讯 大会10日在三门峡召开，三门峡市126家企业参加。\n"
    ann = suggest("d.txt", registry, vocab, text=text).annotation
    assert [o["value"] for o in ann["observations"]] == ["126家"]
    assert {x["text"] for x in ann["figures_excluded"]} == {"10日", "三门"}
