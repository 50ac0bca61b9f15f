"""benchmarks/suggest_unseen.py on a crafted page: figures, and organisations graded as printed, by the
body each suggestion proposes and without the media it proposes (sentences written for this test)."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "suggest_unseen.py"


def _head(tmp_path, page: str, grading: dict) -> dict:
    """The --json measures of one crafted page (01.txt) with its grading."""
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "01.txt").write_text(page, encoding="utf-8")
    (tmp_path / "grading.json").write_text(json.dumps({"01": grading}, ensure_ascii=False), encoding="utf-8")
    run = subprocess.run([sys.executable, str(SCRIPT), tmp_path / "pages", tmp_path / "grading.json", "--json"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)["head"]["01"]


def test_organisations_are_graded_as_printed_and_by_the_body_proposed(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "01.txt").write_text(
        "某市工会助企纾困\n\n中工网讯 记者日前从吉林省长春市总工会获悉，长春市总投入资金300万元，帮扶小微企业120家。\n", encoding="utf-8")
    grading = {"01": {"figures": [["300万元", ["长春市总工会"], ["none"]], ["120家", ["长春市总工会"], ["none"]]],
                      "not_figures": [], "organisations": ["长春市总工会"], "posts": []}}
    (tmp_path / "grading.json").write_text(json.dumps(grading, ensure_ascii=False), encoding="utf-8")
    run = subprocess.run([sys.executable, str(SCRIPT), tmp_path / "pages", tmp_path / "grading.json", "--json"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    page = json.loads(run.stdout)["head"]["01"]
    assert (page["found"], page["figures"], page["drafted"]) == (2, 2, 2)
    # printed: 吉林省长春市总工会 and 长春市总 are no graded name; by body both are 长春市总工会
    assert (page["org_drafted"], page["org_right"], page["org_found"]) == (2, 0, 0)
    assert (page["org_right_body"], page["org_found_body"]) == (2, 1)
    # the medium of the dateline (中工网讯), which graders leave out, is the story's newspaper: no organisation
    assert (page["org_drafted_nomedia"], page["org_right_nomedia"], page["org_found_nomedia"]) == (2, 2, 1)
    table = subprocess.run([sys.executable, str(SCRIPT), tmp_path / "pages", tmp_path / "grading.json"],
                           capture_output=True, text=True, cwd=ROOT)
    assert "Organisations by the body each proposes" in table.stdout and "precision 100%, recall 100%; the same without the 0 media" in table.stdout


def test_a_body_is_the_same_printed_with_its_province_or_its_prefecture_short():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import suggest_unseen as su
    assert su._same_body("迪庆藏族自治州总工会", {"迪庆州总工会"}) and su._same_body("甘孜州", {"甘孜藏族自治州"})
    assert su._same_body("海南省海口市总工会", {"海口市总工会"}) and su._same_body("贵州省黔南州瓮安县总工会", {"瓮安县总工会"})
    assert not su._same_body("迪庆藏族自治州总工会", {"大理州总工会"})
    assert su._same_body("肃北蒙古族自治县总工会", {"肃北县总工会"}) and not su._same_body("肃北蒙古族自治县", {"肃南县"})
    # the level's body printed short on a page of that place, and the short name of a kind of body
    assert su._same_body("大庆市总工会", {"市总工会", "大庆市"}) and su._same_body("江西省产改协调小组", {"省产改协调小组"})
    assert su._same_body("平邑县人民代表大会常务委员会", {"平邑县人大常委会"}) and su._same_body("四川省人民政府", {"省政府"})
    assert su._same_body("四川省人力资源和社会保障厅", {"省人社厅"}) and not su._same_body("四川省人力资源和社会保障厅", {"省财政厅"})
    assert not su._same_body("市总工会", {"县总工会"}) and not su._same_body("大庆市总工会", {"县总工会"})
    assert su._same_body("河南省", {"河南"}) and su._same_body("昆明", {"昆明市"}) and not su._same_body("河南省", {"湖南"})
    assert not su._same_body("河南省总工会", {"河南"})  # (the union is no place)
    assert su._same_body("澳门特别行政区", {"澳门"}) and not su._same_body("香港特别行政区", {"澳门"})  # (a SAR by its short name)
    assert su._same_body("柯桥区", {"柯桥"}) and su._same_body("宣汉县", {"宣汉"}) and not su._same_body("柯桥区", {"越城"})
    assert su._same_body("内蒙古自治区", {"内蒙古"}) and su._same_body("广西", {"广西壮族自治区"})  # (an autonomous region too)
    assert not su._same_body("内蒙古自治区", {"西藏"})
    assert su._same_body("内蒙古自治区总工会", {"自治区总工会"}) and not su._same_body("内蒙古自治区总工会", {"自治区妇联"})


def test_a_rate_is_compared_without_what_it_is_per():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import suggest_unseen as su
    assert su.value_key("800元/人") == su.value_key("800元") and su.value_key("800元") != su.value_key("800人")
    assert su.value_key("600元/人/年") == su.value_key("600元")  # (a rate per person per year)
    assert su.value_key("1万元/项") == su.value_key("1万元") and su.value_key("120元/吨") == su.value_key("120元")  # (per item, per ton)
    assert su.value_key("8个小组") == su.value_key("8个") and su.value_key("五个班") == su.value_key("五个")
    assert su.value_key("3个小时") != su.value_key("3个")
    assert su.value_key("840人(次)") == su.value_key("840人")  # (a grader who leaves the bracket out)
    assert su.value_key("由3000元提高到5000元") == su.value_key("5000元")  # (a change, by the value it comes to)


def test_a_period_holding_the_graders_year_is_right():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import suggest_unseen as su
    period = {"start": "2024", "end": "2025", "text": "2024至2025年"}
    assert su.time_grade(period, ["2025"]) == "right" and su.time_grade(period, ["2023"]) == "wrong"
    # a closed span the grading writes as since its first year (it has no form for a period)
    assert su.time_grade({"start": "2016", "end": "2023"}, ["since:2016"]) == "right" and su.time_grade({"start": "2016", "end": "2023"}, ["since:2017"]) == "wrong"


def test_organisations_are_also_counted_over_distinct_names(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "01.txt").write_text(
        "某县工会简讯\n\n本报讯 日前，泰和县总工会开展送温暖活动，慰问职工80人。泰和县总工会还为20家企业送去防暑物资。"
        "泰和县人社局参与活动。\n", encoding="utf-8")
    grading = {"01": {"figures": [["80人", ["泰和县总工会"], ["none"]], ["20家", ["泰和县总工会"], ["none"]]],
                      "not_figures": [], "organisations": ["泰和县总工会"], "posts": []}}
    (tmp_path / "grading.json").write_text(json.dumps(grading, ensure_ascii=False), encoding="utf-8")
    run = subprocess.run([sys.executable, str(SCRIPT), tmp_path / "pages", tmp_path / "grading.json", "--json"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    page = json.loads(run.stdout)["head"]["01"]
    # each mention drafted: 泰和县总工会 twice, 泰和县人社局 once; over distinct names, one right of two
    assert (page["org_drafted"], page["org_right"]) == (3, 2)
    assert (page["org_distinct"], page["org_distinct_right"]) == (2, 1)


def test_a_reporter_graded_as_a_post_is_found_in_the_story_s_byline(tmp_path):
    page = _head(tmp_path, "某县工会助企纾困\n\n本报记者 王建国\n\n近日，泾阳县总工会投入资金300万元。\n",
                 {"figures": [["300万元", ["泾阳县总工会"], ["none"]]], "not_figures": [], "organisations": [],
                  "posts": [["王建国", "记者"], ["李明华", "主席"]]})
    assert (page["posts_found"], page["posts_truth"]) == (1, 2)  # the reporter in the byline; no 李明华 on the page


def test_a_reviewer_credited_under_the_text_is_found_in_the_story_s_byline(tmp_path):
    page = _head(tmp_path, "某市工会共建驿站\n\n2024-05-20 10:00\n\n近日，某市总工会共建工会驿站86家。\n\n编辑:赵文明\n\n终审:钱立新\n",
                 {"figures": [["86家", ["某市总工会"], ["2024"]]], "not_figures": [], "organisations": [],
                  "posts": [["赵文明", "编辑"], ["钱立新", "终审"]]})
    assert (page["posts_found"], page["posts_truth"]) == (2, 2)  # both credits are in the byline, with their roles


def test_a_graded_value_is_read_without_its_approximation_word_or_the_noun_after_ge():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import suggest_unseen as su
    assert su.value_key("最高1万元") == su.value_key("1万元") == "1万元"  # 最高, 最低, 不超过: approximation words
    assert su.value_key("12个工种") == su.value_key("12个") and su.value_key("9個行業") == "9个"
    assert su.value_key("9个多月") != su.value_key("9个") and su.value_key("3个小时") == "3个小时"  # lengths of time stay


def test_sets_are_pooled_a_line_each_and_their_totals_with_what_went_wrong(tmp_path):
    for name, page, figures in (
            ("a", "某县工会简讯\n\n本报讯 2024年5月，泰和县总工会慰问职工80人，发放慰问金12万元。（记者 王某某）\n",
             [["80人", ["泰和县总工会"], ["2024"]], ["12万元", ["泰和县总工会"], ["2024"]]]),
            ("b", "某市工会简讯\n\n本报讯 2023年，某市总工会建成驿站30个。\n", [["30个", [], ["2023"]], ["5家", [], ["2023"]]])):
        (tmp_path / name).mkdir()
        (tmp_path / name / "01.txt").write_text(page, encoding="utf-8")
        grading = {"01": {"figures": figures, "not_figures": [], "organisations": ["泰和县总工会"] if name == "a" else [],
                          "posts": [["王某某", "记者"]] if name == "a" else []}}
        (tmp_path / name / "grading.json").write_text(json.dumps(grading, ensure_ascii=False), encoding="utf-8")
    run = subprocess.run([sys.executable, str(SCRIPT), "--sets", tmp_path / "a", tmp_path / "b", "--detail", "figures"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert any(x.startswith("a: figures 2 / 2 (2)") and "posts 1 / 1 (100.0%)" in x for x in lines), run.stdout
    assert any(x.startswith("b: figures 1 / 2 (1)") for x in lines), run.stdout
    assert any(x.startswith("all 2 sets: figures 3 / 4 (3) P 100.0% R 75.0%") for x in lines), run.stdout
    assert "  of the 3 drafted, 0 drafted to check (confidence below 0.5, with the reason: an edition, a rank, a run, a start, " \
           "a listed count), 0 of them no figure of the grading: precision of the rest 100.0%" in lines, run.stdout
    assert "  0 more graded figures the draft lists as a repeat of one it drafted (figures_excluded, reason repeats…: the " \
           "curated pages record a figure once): recall with them 75.0%" in lines, run.stdout
    assert "  b/01 graded, not drafted: 5家" in lines, run.stdout
    bad = subprocess.run([sys.executable, str(SCRIPT), "--sets", tmp_path], capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 1 and "no grading.json in" in bad.stderr and "Traceback" not in bad.stderr


def test_a_grading_file_without_a_field_stops_with_one_line_naming_the_page_and_field(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "01.txt").write_text("某县工会简讯\n\n本报讯 2024年5月，泰和县总工会慰问职工80人。\n", encoding="utf-8")
    grading = tmp_path / "a" / "grading.json"
    grading.write_text(json.dumps({"01": {"figures": [], "not_figures": [], "organizations": [], "posts": []}}), encoding="utf-8")
    run = subprocess.run([sys.executable, str(SCRIPT), "--sets", tmp_path / "a"], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert run.stderr.strip().splitlines() == [f"{grading}: page 01: no field organisations; expected organisations as a list "
                                               "(the fields: figures, organisations, posts, not_figures)"], run.stderr
    grading.write_text('{"01": {"figures": [],\n "posts": [}', encoding="utf-8")
    run = subprocess.run([sys.executable, str(SCRIPT), tmp_path / "a", grading], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 1 and run.stderr.startswith(f"{grading}:2: not JSON"), run.stderr


def test_a_graded_repeat_the_draft_lists_against_its_observation_counts_in_the_recall_with_repeats(tmp_path):
    page = ("某区工会简讯\n\n本报讯 2024年2月，区总工会为全区386名困难职工发放慰问金57.4万元。"
            "据悉，区总工会简化申报程序，共帮扶386名困难职工，确保职工安心过节。\n")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "01.txt").write_text(page, encoding="utf-8")
    figures = [["386名", [], ["2024"]], ["57.4万元", [], ["2024"]], ["386名", [], ["2024"]]]
    grading = {"01": {"figures": figures, "not_figures": [], "organisations": [], "posts": []}}
    (tmp_path / "a" / "grading.json").write_text(json.dumps(grading, ensure_ascii=False), encoding="utf-8")
    run = subprocess.run([sys.executable, str(SCRIPT), "--sets", tmp_path / "a", "--detail", "figures"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert any(x.startswith("all 1 sets: figures 2 / 3 (2) P 100.0% R 66.7%") for x in lines), run.stdout
    assert "  1 more graded figures the draft lists as a repeat of one it drafted (figures_excluded, reason repeats…: the " \
           "curated pages record a figure once): recall with them 100.0%" in lines, run.stdout
    assert "  a/01 graded, listed as a repeat: 386名" in lines, run.stdout
