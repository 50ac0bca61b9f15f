"""Annotation format 2 and the migration from format 1 (`reformkg migrate`)."""

import shutil

import pytest
from click.testing import CliRunner

from helpers import FIXTURES, ROOT, copy_project
from reformkg.annotation.grounding import PageText
from reformkg.annotation.migrate import decide_dimensions, decide_items, decide_status
from reformkg.cli import main

FORMAT1 = FIXTURES / "format1"


def run(proj, *args):
    return CliRunner().invoke(main, ["--project", str(proj.root), *args])


@pytest.mark.parametrize("quote, expected", [
    ("市总将推出八大新春关爱行动", ("planned", "将")),
    ("鼓励企业将职工创新纳入发展规划", ("done", "纳入")),  # 将…纳入 is the disposal construction
    ("每年开展一次职工技能大赛", ("recurring", "每年")),
    ("已建成司机之家20家", ("done", "已")),
    ("持续深化产业工人队伍建设改革", ("under-way", "持续")),
    ("到2027年全市技能人才总量将达到10万人", ("planned", "到2027年")),
    ("劳动法律监督", None),
])
def test_status_from_the_wording(quote, expected):
    assert decide_status(quote) == expected


def test_dimensions_from_qualifier_and_time():
    groups = {"农民工": "migrant-workers", "女职工": "women-workers"}
    assert decide_dimensions("已建工会的非公有制企业", "截至2024年底", "as_of", groups) == {
        "ownership": "non-public", "period": "as-of"}
    assert decide_dimensions("50人以上企业的女职工", "每月发放", "during", groups) == {
        "size": "employees-50-plus", "group": "women-workers", "period": "per-month"}


def test_items_from_a_bracketed_label():
    assert decide_items("五项津贴（技能职称、学历提升、竞赛获奖等）") == (["技能职称", "学历提升", "竞赛获奖"], True)
    assert decide_items("职工书屋") == ([], False)


def test_format1_is_one_error_naming_the_field_and_the_command(tmp_path):
    proj = copy_project(tmp_path)
    shutil.copy(FORMAT1 / "004_6de9715287bc3ad3.yaml", proj.annotations)
    result = run(proj, "validate", str(proj.annotations / "004_6de9715287bc3ad3.yaml"))
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if "error" in line]
    assert len(lines) == 2 and lines[1] == "1 error", result.output
    assert "error E002 format: format is missing: this file is in annotation format 1" in lines[0]
    assert "'format: 2'" in lines[0] and "reformkg migrate FILE" in lines[0]


def test_migrate_then_validate_and_build(tmp_path):
    """The old annotation of page 004 migrates to a file that validates and builds, with a
    status on every measure and dimensions on every observation."""
    proj = copy_project(tmp_path)
    target = proj.annotations / "004_6de9715287bc3ad3.yaml"
    shutil.copy(FORMAT1 / target.name, target)
    before = target.read_text(encoding="utf-8")
    result = run(proj, "migrate", "--check", str(target))
    assert result.exit_code == 0 and result.output.startswith("would migrate"), result.output
    assert target.read_text(encoding="utf-8") == before  # --check writes nothing
    result = run(proj, "migrate", str(target))
    assert result.exit_code == 0, result.output
    after = target.read_text(encoding="utf-8")
    assert after.count("\n    status: {value: ") == before.count("\n  - id: m")
    assert [line for line in after.splitlines() if "# migrate:" not in line and line != "format: 2"] == before.splitlines()
    result = run(proj, "validate", str(target))
    assert result.exit_code == 0, result.output
    result = run(proj, "build")
    assert result.exit_code == 0, result.output


def test_migrate_writes_nothing_unless_every_file_migrates(tmp_path):
    proj = copy_project(tmp_path)
    old = proj.annotations / "004_6de9715287bc3ad3.yaml"
    shutil.copy(FORMAT1 / old.name, old)
    new = proj.annotations / "000_239e137822c9727a.yaml"
    before = old.read_bytes(), new.read_bytes()
    result = run(proj, "migrate", str(old), str(new))
    assert result.exit_code == 1
    assert "error E002 format: already in annotation format 2: nothing to migrate" in result.output
    assert result.output.strip().splitlines()[-1] == f"{new} was not migrated; nothing was written"
    assert (old.read_bytes(), new.read_bytes()) == before


def test_status_cue_must_be_in_the_sentence(tmp_path):
    proj = copy_project(tmp_path)
    path = proj.annotations / "004_6de9715287bc3ad3.yaml"
    text = path.read_text(encoding="utf-8")
    first = text.index("    status: {value: ")
    line_end = text.index("\n", first)
    path.write_text(text[:first] + "    status: {value: done, cue: 揭牌仪式}" + text[line_end:], encoding="utf-8")
    result = run(proj, "validate", str(path))
    assert result.exit_code == 1
    assert "status.cue: the cue '揭牌仪式' is not in the sentence of the measure's quote" in result.output


def test_sentence_widens_to_punctuation():
    page = PageText("p", "前一句。市总将推出关爱行动，确保职工温暖过节。后一句", "0")
    span = page.find("关爱行动")
    assert page.text[page.sentence(span).start:page.sentence(span).end] == "市总将推出关爱行动，确保职工温暖过节。"


def test_every_annotation_is_format_2():
    for path in sorted((ROOT / "data" / "annotations").glob("*.yaml")):
        assert path.read_text(encoding="utf-8").splitlines()[0] == "format: 2", path


def test_a_quote_ending_its_sentence_does_not_reach_into_the_next():
    page = PageText("p", "市总将推出关爱行动。次年设立服务站。", "0")
    span = page.find("市总将推出关爱行动。")
    assert page.text[page.sentence(span).start:page.sentence(span).end] == "市总将推出关爱行动。"
