import json

from reformkg.annotation.coverage import THRESHOLD


def test_every_page_reaches_threshold(project, run_cli):
    res = run_cli(project, "coverage", "--format", "json", "--min", str(THRESHOLD))
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    pages = {p["page"]: p for p in data["pages"]}
    assert sorted(pages) == sorted(f.stem for f in project.annotation_files())
    assert len(pages) == 5
    for page, p in pages.items():
        assert p["rate"] >= THRESHOLD, (page, p["rate"])
        assert p["total"] > 1000


def test_coverage_finds_a_gap(tmp_path, run_cli):
    """Removing a no_fact entry leaves its passage uncovered, and the gap is listed."""
    from helpers import copy_project
    from ruamel.yaml import YAML

    proj = copy_project(tmp_path / "p", annotations=["000_239e137822c9727a"])
    path = proj.annotations / "000_239e137822c9727a.yaml"
    yaml = YAML()
    data = yaml.load(path.read_text(encoding="utf-8"))
    removed = data["no_fact"].pop(0)
    with path.open("w", encoding="utf-8") as fh:
        yaml.dump(data, fh)
    res = run_cli(proj, "coverage", "--format", "json", "--min", "1.0")
    assert res.exit_code == 1
    page = json.loads(res.output)["pages"][0]
    gaps = [g["text"] for s in page["stories"] for g in s["uncovered"]]
    quote = removed["quote"] if isinstance(removed["quote"], str) else removed["quote"][0]
    assert any("".join(quote.split())[:6] in "".join(g.split()) for g in gaps), gaps
