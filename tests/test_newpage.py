"""A page that is not one of the five, end to end: suggest → fill → validate → build → query."""

import json
import re
import shutil

import pytest

from reformkg.annotation.yamlio import read_yaml

from helpers import FIXTURES, copy_project

NEW = FIXTURES / "newpage"
PAGE = "005_5e1f0a9c3b7d2e48"


def set_path(data, dotted: str, value):
    parts = [int(p) if p.isdigit() else p for p in re.findall(r"[^.\[\]]+", dotted)]
    cur = data
    for p in parts[:-1]:
        cur = cur[p]
    assert cur[parts[-1]] == "TODO", f"{dotted} holds no marker"
    cur[parts[-1]] = value


@pytest.fixture(scope="module")
def workflow(tmp_path_factory):
    proj = copy_project(tmp_path_factory.mktemp("newpage") / "proj")
    shutil.copy(NEW / f"{PAGE}.txt", proj.articles / f"{PAGE}.txt")
    return proj


def test_suggest_fill_validate_build_query(workflow, run_cli):
    proj = workflow
    draft = proj.annotations / f"{PAGE}.yaml"
    # 1. suggest drafts the annotation; every field to fill is one E010, nothing else fails
    res = run_cli(proj, "suggest", str(proj.articles / f"{PAGE}.txt"), "-o", str(draft))
    assert res.exit_code == 0, res.output
    markers = int(re.search(r"(\d+) fields to fill", res.output).group(1))
    res = run_cli(proj, "validate", "--format", "json", str(draft))
    assert res.exit_code == 1
    report = json.loads(res.output)
    errors = [f for f in report["findings"] if f["severity"] == "error"]
    assert len(errors) == markers > 0
    assert {f["code"] for f in errors} == {"E010"}
    assert all(f["line"] > 0 and "TODO" in f["message"] for f in errors)
    fields = {f["field"] for f in errors}
    # 2. the annotator adds the new document to the registry and fills the markers
    shutil.copy(NEW / "entities.yaml", proj.entities / "newpage.yaml")
    fill = read_yaml(NEW / "fill.yaml").data
    assert set(fill) == fields
    data = read_yaml(draft).data
    for path, value in fill.items():
        set_path(data, path, value)
    draft.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")  # JSON is YAML
    res = run_cli(proj, "validate", str(draft))
    assert res.exit_code == 0, res.output
    assert " error " not in res.output
    # 3. the fixed annotation (the draft checked by hand) validates without any finding
    shutil.copy(NEW / f"{PAGE}.yaml", draft)
    res = run_cli(proj, "validate", str(draft))
    assert res.exit_code == 0 and res.output.strip() == "no problems found", res.output
    res = run_cli(proj, "coverage", str(draft), "--min", "0.95")
    assert res.exit_code == 0 and "100.0%" in res.output
    # 4. build, and the page's facts are in the graph with their evidence
    res = run_cli(proj, "build")
    assert res.exit_code == 0, res.output
    assert "6 pages" in res.output
    q = f"""SELECT ?value ?quote WHERE {{
      GRAPH ?g {{ ?o a rko:Observation ; rko:value ?value ; rko:evidence/oa:hasSelector ?sel . ?sel oa:exact ?quote }}
      FILTER(CONTAINS(STR(?g), "{PAGE}"))
    }} ORDER BY ?value"""
    res = run_cli(proj, "query", q, "--format", "json")
    assert res.exit_code == 0, res.output
    rows = [(b["value"]["value"], b["quote"]["value"]) for b in json.loads(res.output)["results"]["bindings"]]
    assert sorted(float(v) for v, _ in rows) == [30, 36, 126, 3800, 12000, 500000]
    assert ("12000", "覆\n盖职工1.2万 人。") in rows  # the exact text of the page, line break and all
    res = run_cli(proj, "query", "SELECT ?t WHERE { ?r a rko:Recognition ; rko:honour ?t ; rko:recipient ?x . "
                                 "?x skos:prefLabel \"旬阳市\"@zh }", "--format", "csv")
    assert res.exit_code == 0 and "全省产业工人队伍建设改革示范县" in res.output, res.output
