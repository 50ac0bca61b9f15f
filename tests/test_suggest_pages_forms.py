"""suggest on pages in the forms the web prints them: traditional characters with pinyin glosses
inside words (責(zé)編, 瀝(lì)青), editors' and reviewers' lines, a page whose headline runs
straight into its text and whose last line stands alone. Such a page is one in-scope story:
its figures are drafted, its site lines are no_fact and never its title."""

import pytest

from reformkg.annotation.grounding import PageText
from reformkg.suggest.drafter import suggest
from reformkg.suggest.normalise import GLOSS_SPACE, Folded, normalise
from reformkg.suggest.stories import boilerplate

# Sentences written for these tests, in the forms public pages show.
GLOSSED = """臨江市總工會多措並舉推進產業工人隊伍建設改革
2024年09月10日08:15  臨江日報
截至2024年8月底，臨江市總工會累計建成勞模創新工作室46家，培育技術能手1300名。今年以來，全市開展瀝(lì)青攤鋪等職(zhí)工技能競賽35場，參賽職工2.3萬人次。
臨江瀝(lì)青路面有限公司建成職工技能培訓基地3個，公司一線職工技能等級持續提升。

（責(zé)編：王曉明、李華）
"""
# the same page without the glosses
PLAIN = GLOSSED.replace("(lì)", "").replace("(zhí)", "").replace("(zé)", "")
VALUES = ["46家", "1300名", "35场", "2.3万人次", "3个"]
TITLE = "臨江市總工會多措並舉推進產業工人隊伍建設改革"


def _draft(base, text):
    vocab, registry = base
    return suggest("p.txt", registry, vocab, text=text)


def _facts(draft) -> list[tuple]:
    return [(o["value"], o["subject"], o["time"] if isinstance(o["time"], str) else
             {k: v for k, v in o["time"].items() if k != "text"}) for o in draft.annotation.get("observations", [])]


@pytest.mark.parametrize("line", [
    "責(zé)編：王曉明、李華",
    "（責(zé)編：王曉明、李華）",
    "(责编：王晓明)",
    "责编 王晓明",
    "一审：张三 二审：李四 三审：王五",
    "一審(shěn)：張三",
    "值班編輯 王曉明",
    "编辑：王晓明 李华 张三",
    "【作者：周某】",
    "文/王某",
    "（文/张三 李四）",
    "文/图 王某",
])
def test_editors_and_reviewers_lines(line):
    assert boilerplate(normalise(line)) == "editor line"


@pytest.mark.parametrize("line, why", [
    ("來(lái)源：臨江日報", "source line"),
    ("2024年09月10日08:15  臨江日報", "time line"),
    ("2024年9月10日 08:15 | 某某网", "time line"),
    ("16.12.2016  20:17", "time line"),  # day first
])
def test_source_and_time_lines(line, why):
    assert boilerplate(normalise(line)) == why


@pytest.mark.parametrize("line", [
    "编辑出版职工读本3万册",
    "2024年9月10日，市总工会召开产改推进会",
    "编辑部召开会议部署工作",
    "文明创建",
    "文化惠民活动",
])
def test_story_lines_stay_the_story(line):
    assert boilerplate(normalise(line)) is None


def test_a_gloss_folds_to_spaces_and_only_a_gloss():
    g = GLOSS_SPACE
    assert normalise("責(zé)編：王某") == f"责{g * 4}编：王某"
    assert normalise("開展瀝（lì）青攤鋪") == f"开展沥{g * 4}青摊铺"
    assert normalise("責（ｚé）編") == f"责{g * 4}编"  # a gloss in full-width letters
    assert normalise("新疆工會(huì )") == f"新疆工会{g * 6}"  # a space before the closing bracket
    # brackets that are no gloss stay: a place in a company's name, an English word, a count
    assert normalise("玖龙纸业(太仓)有限公司") == "玖龙纸业（太仓）有限公司"
    assert normalise("公司(app)上线") == "公司（app）上线"
    assert normalise("80场(次)") == "80场（次）"
    assert len(normalise(GLOSSED)) == len(GLOSSED)


def test_printed_keeps_a_gloss_in_quotes_and_drops_it_from_names():
    f = Folded(PageText("p", "責(zé)編：王曉明\n\n開展瀝(lì)青 攤鋪工技能競賽", ""))
    assert f.page.compact == "责编：王晓明开展沥青摊铺工技能竞赛"
    assert f.printed("开展沥青摊铺工") == "開展瀝(lì)青攤鋪工"
    assert f.printed("开展沥青摊铺工", gloss=False) == "開展瀝青攤鋪工"
    g = GLOSS_SPACE * 4
    assert f.printed(f"责{g}编：王晓明", gloss=False) == "責編：王曉明"
    assert f.printed(f"沥{g}青 摊铺工", gloss=False) == "瀝青 攤鋪工"  # a real space stays
    assert f.printed_at(6, 10) == "開展瀝(lì)青"
    assert f.printed_at(6, 10, gloss=False) == "開展瀝青"


def test_a_glossed_page_is_one_in_scope_story_with_its_figures(base):
    draft = _draft(base, GLOSSED)
    [story] = draft.annotation["stories"]
    assert (story["title"], story["scope"]) == (TITLE, "in")
    assert [o["value"] for o in draft.annotation["observations"]] == VALUES
    assert _facts(draft) == _facts(_draft(base, PLAIN))
    page = PageText("p", GLOSSED, "")
    for o in draft.annotation["observations"]:
        assert page.find(o["quote"]) is not None, o["quote"]
    assert draft.annotation["observations"][2]["quote"] == (
        "今年以來，全市開展瀝(lì)青攤鋪等職(zhí)工技能競賽35場，參賽職工2.3萬人次。")
    reasons = {n["quote"]: n["reason"] for n in draft.annotation["no_fact"]}
    assert "（責(zé)編：王曉明、李華）" not in reasons  # the story's editors, in its byline (round 25)
    assert story["byline"] == [{"name": "王曉明", "role": "editor", "quote": "責(zé)編：王曉明"},
                               {"name": "李華", "role": "editor", "quote": "李華"}]
    assert reasons["2024年09月10日08:15臨江日報"] == "web page boilerplate (time line)"
    orgs = {s.text for s in draft.suggestions if s.kind == "organisation"}
    assert orgs == {"臨江市總工會", "臨江瀝(lì)青路面有限公司"}  # as printed


def test_an_editors_line_opening_the_page_is_no_title(base):
    text = "責(zé)編：王曉明\n\n" + GLOSSED.replace("（責(zé)編：王曉明、李華）\n", "")
    draft = _draft(base, text)
    [story] = draft.annotation["stories"]
    assert (story["title"], story["scope"]) == (TITLE, "in")
    assert [o["value"] for o in draft.annotation["observations"]] == VALUES


@pytest.mark.parametrize("last", ["（完）", "相关阅读", "臨江日報"])
def test_a_line_standing_alone_after_the_text_is_no_story(base, last):
    # the headline runs into its text (no blank line); a short line stands alone at the end:
    # the story starts at the page's first line, never at that line
    text = PLAIN.replace("（責編：王曉明、李華）", last)
    draft = _draft(base, text)
    [story] = draft.annotation["stories"]
    assert (story["title"], story["scope"]) == (TITLE, "in")
    assert [o["value"] for o in draft.annotation["observations"]] == VALUES


def test_a_page_of_text_only_is_one_story_to_title(base):
    text = "\n".join(PLAIN.splitlines()[2:4]) + "\n\n（完）\n"
    draft = _draft(base, text)
    [story] = draft.annotation["stories"]
    assert (story["title"], story["scope"]) == ("TODO", "in")
    assert [o["value"] for o in draft.annotation["observations"]] == VALUES


def _obs(draft) -> list[str]:
    return [o["value"] for o in draft.annotation.get("observations", [])]


@pytest.mark.parametrize("glossed", [False, True])
def test_a_list_of_links_to_other_stories_is_no_story_and_no_figure(base, glossed):
    text = ("【福建】闽江市逾90%外资企业已组建工会\n| 编辑: 林某 | 时间: 2015-03-02 10:20:11 | 来源: 某某网 |\n"
            "记者从闽江市总工会获悉，目前全市共有外资企业3120家，已有2890家组建了工会，组建率达92.6%。\n"
            "新闻推荐\n- 第十二届海峡两岸文创论坛在厦门举办2025-10-08\n- 2025年某某大会开幕 300名代表出席2025-10-07\n")
    if glossed:  # a gloss in the list's head and in its items: the same lines of the site
        text = text.replace("新闻推荐", "新(xīn)闻推荐").replace("十二届", "十二(èr)届").replace("闽江市总", "闽(mǐn)江市总")
    draft = _draft(base, text)
    assert _obs(draft) == ["3120家", "2890家", "92.6%"]  # (逾90%: the headline's, a figure to check)
    assert not [s for s in draft.suggestions if s.kind == "figure" and s.text in ("第十二届", "300名")]
    reasons = {n["quote"].replace("(xīn)", "").replace("(èr)", ""): n["reason"] for n in draft.annotation["no_fact"]}
    assert reasons["新闻推荐"] == reasons["-第十二届海峡两岸文创论坛在厦门举办2025-10-08"] == "web page boilerplate (related links)"


def test_a_headline_run_into_its_dateline_under_a_source_line(base):
    text = ("转自:某某网\n原标题:江川省总深化劳模工匠创新工作室联盟建设(引题)\n面对面交流让职工收获满满(主题)\n"
            "某某网讯 (记者王某)7月24日，江川省劳模和工匠人才创新工作室联盟交流活动举行。参会代表参观了15家创新工作室联盟成果。\n")
    draft = _draft(base, text)
    [story] = draft.annotation["stories"]
    assert (story["title"], story["scope"]) == ("江川省总深化劳模工匠创新工作室联盟建设 面对面交流让职工收获满满", "in")
    assert _obs(draft) == ["15家"]
    assert story["extent"][0]["from"].startswith("原标题:江川省总")  # the source line above is the site's
    assert boilerplate("转自:某某网") == "source line"


@pytest.mark.parametrize("sentence, figures, excluded", [
    # a day printed after a speaker's name: a date
    ("江川省总工会党组书记、常务副主席王建年8日介绍，全省已选树120名“江川工匠”。", ["120名"], ["8日"]),
    # the edition of a contest someone took part in: part of its name; the subject's own series: a figure to check
    ("全市开展技能竞赛46场。在第六届江川技能状元大赛中，某公司李某被授予“技能状元”称号。", ["46场"], ["第六届"]),
    ("市总工会开展了第五届劳动模范评选，评选出劳动模范16名。", ["第五届", "16名"], []),
    # a slogan of short parts, a figure in words heading one
    ("全省126万人次职工参加竞赛，形成了“百项千企竞赛、百万职工比武”的格局。", ["126万人次"], ["百项"]),
])
def test_numbers_that_are_no_figure_of_the_story(base, sentence, figures, excluded):
    draft = _draft(base, "江川职工技能竞赛综述\n\n本报讯 " + sentence + "\n")
    assert _obs(draft) == figures
    assert [x["text"] for x in draft.annotation.get("figures_excluded", [])] == excluded


def test_the_length_of_an_event_is_no_figure(base):
    draft = _draft(base, "劳模创新工作室研修班开班\n\n本报讯 58位劳模创新工作室领衔人参加了为期三天的研修培训。"
                         "学员们在两天的时间里走访了12家企业。\n")
    assert _obs(draft) == ["58位", "12家"]
    doubts = {s.text: s.fields["doubt"] for s in draft.suggestions if s.kind == "figure"}
    assert doubts == {"三天": "the length of an event (为期三天, 在两天的时间里): no reported figure",
                      "两天": "the length of an event (为期三天, 在两天的时间里): no reported figure"}


def test_a_county_line_heading_a_section_reads_the_same_with_a_gloss(base):
    text = ("安康市推进产改纪实\n\n本报记者 张某\n\n汉滨区\n\n汉滨区总工会建成职工之家38家，职工书屋12家。\n\n"
            "岚皋县\n\n岚皋县总工会培训职工270余名。\n")
    glossed = text.replace("汉滨区\n", "汉(hàn)滨区\n").replace("岚皋县\n", "岚(lán)皋县\n")
    plain, other = _draft(base, text), _draft(base, glossed)
    for draft in (plain, other):
        assert [(s["id"], s["title"], s["place"]) for s in draft.stories] == [
            ("s1", "安康市推进产改纪实", None), ("s2", "岚皋县", "岚皋县")]
        assert [(v, s) for v, s, _t in _facts(draft)] == [
            ("38家", {"organisation": "hanbin-ftu"}), ("12家", {"organisation": "hanbin-ftu"}),
            ("270余名", {"organisation": "langao-ftu"})]
    assert _facts(other) == _facts(plain)


def test_a_list_under_a_subheading_stays_in_its_story(base):
    # "- item" lines under a short heading are a list of the story, not a new story's subtitle
    text = ("临江市总工会推进产业工人队伍建设改革\n\n本报讯 今年以来，临江市总工会深化产改，全市职工技能素质持续提升。\n\n"
            "主要成效\n\n- 建成实训基地12个，培训3200人次；\n- 新增高级技师85名\n")
    draft = _draft(base, text)
    assert [(s["id"], s["title"], s["scope"]) for s in draft.annotation["stories"]] == [
        ("s1", "临江市总工会推进产业工人队伍建设改革", "in")]
    assert _obs(draft) == ["12个", "3200人次", "85名"]
    # a subtitle under a headline still opens a story
    text = ("上期回顾\n\n本报讯 某县开展送温暖活动。\n\n打造产业工人队伍新高地\n\n-临江市推进产业工人队伍建设改革纪实\n\n"
            "改革实施以来，全市新增全国劳模21名，培育技术工人1.2万名。\n")
    draft = _draft(base, text)
    assert [(s["title"], s["scope"]) for s in draft.annotation["stories"]] == [
        ("上期回顾", "out"), ("打造产业工人队伍新高地", "in")]
    assert _obs(draft) == ["21名", "1.2万名"]


@pytest.mark.parametrize("line", ["2025 年 4 月 28 日 编校 陈某某 组版 李某", "编校 陈某"])
def test_an_e_papers_editing_line(line):
    assert boilerplate(line) == "editor line"


def test_a_page_of_one_story_needs_one_workforce_word(base):
    text = "临江市焊工技能大赛落幕\n\n本报讯 8月12日，临江市焊工大赛举行，120名选手参赛，评出一等奖5名。\n"
    draft = _draft(base, text)
    assert [(s["title"], s["scope"]) for s in draft.annotation["stories"]] == [("临江市焊工技能大赛落幕", "in")]
    assert _obs(draft) == ["120名", "5名"]
    # on a page of several stories one word is not enough: a story beside the page's own
    text = ("临江市总工会表彰技术能手\n\n本报讯 市总工会表彰职工技术能手25名。\n\n"
            "临江市举办焊工大赛\n\n本报讯 临江市焊工技能大赛举行，120名选手参赛。\n")
    draft = _draft(base, text)
    assert [s["scope"] for s in draft.annotation["stories"]] == ["in", "out"]
    assert _obs(draft) == ["25名"]


@pytest.mark.parametrize("words", ["劳动模范、劳动竞赛", "勞工、勞動模範"])
def test_more_words_of_the_workforce(base, words):
    text = f"临江市表彰先进\n\n本报讯 {words}表彰会召开，表彰先进个人36名。\n\n临江市举办运动会\n\n本报讯 运动会举行，3000人参加。\n"
    draft = _draft(base, text)
    assert [s["scope"] for s in draft.annotation["stories"]] == ["in", "out"]
    assert _obs(draft) == ["36名"]


@pytest.mark.parametrize("line, why", [
    ("工人日报-中工网", "site name"),
    ("中国职工之家网 | 首页", "site name"),
    ("千龙网·中国首都网", "site name"),
    ("【字体：大 中 小】", "site furniture"),
    ("打印 | 关闭", "site furniture"),
    ("www.example.cn", "site address"),
    ("某某网 http://www.example.cn/c/2024-01-01/123.shtml", "site address"),
    ("劳模工匠进校园-大中小学生进企业", None),
    ("夯实基层基础 激发产改活力", None),
])
def test_a_sites_name_in_parts_and_its_buttons(line, why):
    assert boilerplate(line) == why


def test_a_site_name_over_a_headline_is_no_title(base):
    text = ("工人日报-中工网\n\n临江市总工会推进产业工人队伍建设改革\n\n截至2024年8月底，临江市建成劳模创新工作室46家。\n")
    draft = _draft(base, text)
    assert [(s["title"], s["scope"]) for s in draft.annotation["stories"]] == [("临江市总工会推进产业工人队伍建设改革", "in")]
    assert _obs(draft) == ["46家"]


def test_seats_and_medals_are_counted(base):
    draft = _draft(base, "劳模创新工作室\n\n本报讯 在全总命名的86家示范性劳模创新工作室中，江川获评7席；"
                         "全省职工在全国技能大赛中获得金牌12枚。\n")
    assert _obs(draft) == ["86家", "7席", "12枚"]


def test_corner_quotes_read_as_curly_ones(base):
    curly = ("臨江市總工會推進產業工人隊伍建設改革\n\n本報訊 臨江市總工會深化“四個一”工程，全市12家企業被評為“全國模範職工之家”，"
             "開展“技能強市”行動，培訓職工3200人次。\n")
    corner = curly.replace("“", "「").replace("”", "」")
    assert normalise("「四個一」『五小』") == "“四个一”‘五小’"
    a, b = _draft(base, curly), _draft(base, corner)
    assert _facts(b) == _facts(a) and _obs(b) == ["12家", "3200人次"]
    assert [r["title"] for r in b.annotation["recognitions"]] == ["全國模範職工之家"]
    assert [m["label"] for m in b.annotation["measures"]] == ["「四個一」工程", "全國模範職工之家", "「技能強市」行動"]
    assert [m["label"] for m in a.annotation["measures"]] == ["“四個一”工程", "全國模範職工之家", "“技能強市”行動"]
    assert [x["text"] for x in b.annotation["figures_excluded"]] == ["四個"]


def test_a_sites_long_title_bar_is_no_story_text(base):
    # a long line of the site's (no clause, no sentence) above the headline: the headline still heads the story
    bar = "某某精选-某某新闻频道-某某视频专区-某某热点资讯-某某图片中心-某某社区论坛-某某移动客户端"
    text = f"{bar}\n\n临江市总工会推进产业工人队伍建设改革\n\n截至2024年8月底，临江市建成劳模创新工作室46家。\n"
    draft = _draft(base, text)
    assert [(s["title"], s["scope"]) for s in draft.annotation["stories"]] == [("临江市总工会推进产业工人队伍建设改革", "in")]
    assert _obs(draft) == ["46家"]


@pytest.mark.parametrize("head", ["相关稿件", "点击排行", "延伸閱讀"])
def test_other_heads_of_a_list_of_links(base, head):
    text = ("临江市总工会推进产业工人队伍建设改革\n\n本报讯 临江市建成劳模创新工作室46家。\n\n"
            f"{head}\n某县召开第三届职工运动会\n某市200家企业签约\n")
    draft = _draft(base, text)
    assert _obs(draft) == ["46家"]
    assert not [s for s in draft.suggestions if s.kind in ("figure", "observation") and s.text in ("第三届", "200家")]
