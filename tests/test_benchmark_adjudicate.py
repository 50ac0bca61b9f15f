"""benchmarks/suggest_adjudicate.py on a crafted set: the disagreements it writes for a second grader
and how it scores the answers (sentences written for this test)."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "suggest_adjudicate.py"


def _run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True, cwd=ROOT)


def test_disagreements_are_written_without_their_side_and_scored(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "01.txt").write_text(
        "某市总工会建设职工之家\n\n今年以来，某市总工会建成职工之家12家，培训职工300人次，投入资金50万元。\n", encoding="utf-8")
    grading = {"01": {"figures": [["12家", ["某市总工会"], ["none"]], ["300人次", ["某市总工会"], ["none"]], ["8名", ["某市"], ["none"]]],
                      "not_figures": [], "organisations": ["某市总工会"], "posts": []}}
    (tmp_path / "grading.json").write_text(json.dumps(grading, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "items.md"
    run = _run("items", out, tmp_path)
    assert run.returncode == 0, run.stderr
    key = json.loads(out.with_suffix(".key.json").read_text(encoding="utf-8"))
    kinds = sorted((kind, number) for kind, _s, _k, number in key.values())
    assert kinds[1:] == [("draft only", "50万元"), ("grading only", "8名")]
    assert kinds[0][0] == "agreed" and kinds[0][1] in ("12家", "300人次")  # one control a page
    text = out.read_text(encoding="utf-8")
    assert "50万元" in text and "draft" not in text and "grading" not in text  # no side named
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({n: "yes" if kind != "grading only" else "no" for n, (kind, *_r) in key.items()}), encoding="utf-8")
    run = _run("score", out.with_suffix(".key.json"), answers, "--sets", tmp_path)
    assert run.returncode == 0, run.stderr
    assert "draft only: 1 of 1 are figures" in run.stdout and "grading only: 1 of 1 are none" in run.stdout
    assert "figures as graded: precision 66.7%, recall 66.7%" in run.stdout
    assert "figures adjudicated: precision 100.0%, recall 100.0%" in run.stdout
    # an answer missing: one line naming the file and what is expected
    answers.write_text("{}", encoding="utf-8")
    run = _run("score", out.with_suffix(".key.json"), answers)
    assert run.returncode == 1 and "no answer for items" in run.stderr and "expected" in run.stderr
