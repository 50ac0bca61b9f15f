"""validate as a linter: E010 markers, warnings W101-W103, text and JSON output."""

import json
import re
import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import FIXTURES, copy_project
from reformkg.annotation.lint import _ADMIN, _stem_matches

NEW = FIXTURES / "newpage"
PAGE = "005_5e1f0a9c3b7d2e48"
FIXED = (NEW / f"{PAGE}.yaml").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def proj(tmp_path_factory):
    p = copy_project(tmp_path_factory.mktemp("lint") / "proj", annotations=[])
    shutil.copy(NEW / f"{PAGE}.txt", p.articles)
    shutil.copy(NEW / "entities.yaml", p.entities / "newpage.yaml")
    return p


def check(run_cli, proj, text, name=PAGE):
    path = proj.annotations / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    res = run_cli(proj, "validate", "--format", "json", str(path))
    return res.exit_code, json.loads(res.output)


def codes(report, severity=None):
    return [f["code"] for f in report["findings"] if severity in (None, f["severity"])]


def test_fixed_annotation_is_clean(run_cli, proj):
    rc, report = check(run_cli, proj, FIXED)
    assert rc == 0 and report["findings"] == [] and report["summary"] == "no problems found"


def test_w101_figure_no_observation_covers(run_cli, proj):
    text = FIXED.replace("    quote: 旬阳市总工会开展“技能旬阳”劳动和技能竞赛，\n",
                         "    quote: 旬阳市总工会开展“技能旬阳”劳动和技能竞赛，共举办比赛36场，参赛职工3800余人，发放奖励资金近50万元。\n")
    cut = text.index("  - id: o5")
    text = text[:cut] + text[text.index("  - id: o6"):]
    rc, report = check(run_cli, proj, text)
    assert rc == 0 and codes(report) == ["W101"]  # 36场 and 3800余人 are covered by o3 and o4
    [w] = report["findings"]
    assert w["severity"] == "warning" and w["field"] == "measures[1].quote" and "'近50万元'" in w["message"]
    assert w["line"] == text[:text.index("  - id: m2")].count("\n") + 1
    # the same figure listed under figures_excluded is said to be no observation: no warning
    text += "figures_excluded:\n  - {story: s1, text: 近50万元, reason: vague quantity, quote: 发放奖励资金近50万元}\n"
    rc, report = check(run_cli, proj, text)
    assert rc == 0 and report["findings"] == [], report


def test_w102_close_names(run_cli, proj, tmp_path):
    # the same page with the county's old name: 旬阳县 (旬阳市 since 2021)
    page = (NEW / f"{PAGE}.txt").read_text(encoding="utf-8").replace("今年 5月，旬阳市被命名", "今年 5月，旬阳县被命名")
    (proj.articles / "006_9a8b7c6d5e4f3a2b.txt").write_text(page, encoding="utf-8")
    text = FIXED.replace(f"page: {PAGE}", "page: 006_9a8b7c6d5e4f3a2b").replace(
        "今年 5月，旬阳市被命名", "今年 5月，旬阳县被命名").replace("{name: 王敏,", "{name: 向小明,")
    rc, report = check(run_cli, proj, text, "006_9a8b7c6d5e4f3a2b")
    assert rc == 0, report
    messages = sorted(f["message"] for f in report["findings"] if f["code"] == "W102")
    assert messages == ["'向小明' is not in the registry; did you mean 向小敏?",
                        "'旬阳县' is not in the registry; did you mean 旬阳市?"]
    assert codes(report) == ["W102", "W102"]


def test_w103_low_coverage_and_text_format(run_cli, proj):
    text = FIXED[:FIXED.index("no_fact:")]
    path = proj.annotations / f"{PAGE}.yaml"
    path.write_text(text, encoding="utf-8")
    res = run_cli(proj, "validate", str(path))
    assert res.exit_code == 0  # warnings never fail
    lines = res.output.splitlines()
    assert lines[-1] == "1 warning"
    assert lines[0].startswith(f"data/annotations/{PAGE}.yaml:9:1: warning W103 stories[0]: story s1 is ")
    assert "(95% expected)" in lines[0]


def test_markers_fold_loader_errors(run_cli, proj):
    text = (FIXED.replace("indicator: 竞赛场次", "indicator: TODO")
            .replace("    subject: {measure: m2}\n    value: 3800余人", "    subject: TODO\n    value: 3800余人")
            .replace("date: {value: 2025-06,", "date: {value: TODO,"))
    rc, report = check(run_cli, proj, text)
    assert rc == 1
    errs = [(f["code"], f["field"]) for f in report["findings"]]
    # one finding per marker: the unknown indicator (E007), the subject that is no mapping (E002) and
    # the story that fails its date (and so every fact naming s1, E004) are folded into E010
    assert sorted(errs) == [("E010", "observations[2].indicator"), ("E010", "observations[3].subject"),
                            ("E010", "stories[0].date.value")]
    assert report["summary"] == "3 errors"


@pytest.mark.slow
def test_real_pages_validate_without_findings(project, run_cli):
    res = run_cli(project, "validate", "--format", "json")
    data = json.loads(res.output)
    assert res.exit_code == 0 and len(data["files"]) == len(project.annotation_files())
    assert [f for f in data["findings"] if f["severity"] == "error"] == []


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet="旬阳渭南市县区省旗安康", min_size=1, max_size=4), min_size=1, max_size=8),
       st.text(alphabet="旬阳渭南市县区省旗安康，", max_size=40))
def test_stem_scan_matches_the_regex_alternation_it_replaced(stems, text):
    """W102's scan finds what ``(stem1|stem2|…)([省市县区旗])`` (longest first) finds."""
    stems = {s: [s + "市"] for s in stems}
    rx = re.compile("(" + "|".join(sorted(map(re.escape, stems), key=len, reverse=True)) + f")([{_ADMIN}])")
    assert list(_stem_matches(text, stems)) == [(m.group(1), m.end()) for m in rx.finditer(text)]
