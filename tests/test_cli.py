"""The CLI end to end on the built real data: exit codes, messages, formats."""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest


def test_help_lists_exit_codes(project, run_cli):
    res = run_cli(project, "--help")
    assert res.exit_code == 0
    assert "1  data or validation error" in res.output and "2  usage error" in res.output
    for cmd in ("build", "validate", "coverage", "query", "queries", "export", "stats"):
        assert cmd in res.output


def test_usage_error_exits_2(project, run_cli):
    assert run_cli(project, "query").exit_code == 2
    assert run_cli(project, "export", "--format", "rdfxml").exit_code == 2
    assert run_cli(project, "nosuchcommand").exit_code == 2


def test_query_formats(built, run_cli):
    q = "SELECT ?id WHERE { ?p a rko:Page ; dcterms:identifier ?id } ORDER BY ?id"
    pages = sorted(f.stem for f in built.annotation_files())
    res = run_cli(built, "query", q, "--format", "csv")
    assert res.exit_code == 0
    rows = list(csv.reader(io.StringIO(res.output)))
    assert rows[0] == ["id"] and [r[0] for r in rows[1:]] == pages
    res = run_cli(built, "query", q, "--format", "json")
    data = json.loads(res.output)
    assert data["head"]["vars"] == ["id"]
    assert [b["id"]["value"] for b in data["results"]["bindings"]] == pages
    res = run_cli(built, "query", q, "--format", "tsv")
    assert res.output.splitlines()[0] == "?id"
    res = run_cli(built, "query", q)
    assert res.output.splitlines()[0].strip() == "id" and f"({len(pages)} rows)" in res.output


def test_query_from_file(built, run_cli, tmp_path):
    f = tmp_path / "q.rq"
    f.write_text("ASK { ?o a rko:Observation }", encoding="utf-8")
    res = run_cli(built, "query", f"@{f}", "--format", "json")
    assert res.exit_code == 0 and json.loads(res.output)["boolean"] is True


def test_unknown_canned_query(built, run_cli):
    res = run_cli(built, "query", "no-such-query")
    assert res.exit_code == 2 and "no canned query named 'no-such-query'" in res.output


def test_query_without_build(tmp_path, run_cli):
    (tmp_path / "data").mkdir()
    res = run_cli(tmp_path, "query", "ASK {}")
    assert res.exit_code == 1 and "run `reformkg build` first" in res.output


def test_stats(built, run_cli):
    res = run_cli(built, "stats", "--format", "json")
    s = json.loads(res.output)
    assert s["classes"]["Page"] == len(built.annotation_files())
    assert s["classes"]["Observation"] > 0 and s["quads"] > 1000
    assert len(s["graphs"]) == len(built.annotation_files()) + 2
    assert sum(p["facts"] for p in s["pages"].values()) > 100


@pytest.mark.slow
def test_format_aliases(built, run_cli, tmp_path):
    """A format's usual file extension names it too; the file is the same either way."""
    for alias, name in (("ttl", "turtle"), ("nq", "nquads"), ("NT", "ntriples"), ("json-ld", "jsonld")):
        a, b = tmp_path / f"a.{alias}", tmp_path / f"b.{name}"
        assert run_cli(built, "export", "--format", alias, "-o", str(a)).exit_code == 0
        assert run_cli(built, "export", "--format", name, "-o", str(b)).exit_code == 0
        assert a.read_bytes() == b.read_bytes() and a.stat().st_size > 1000, alias
    res = run_cli(built, "query", "ASK {}", "--format", "ttl")  # an alias of a format query does not write
    assert res.exit_code == 2 and "'ttl' is not one of" in res.output


@pytest.mark.parametrize("args", [("queries",), ("stats",), ("query", "example"), ("export", "--format", "nquads")])
def test_reader_gone_is_quiet(built, args):
    """`reformkg … | head`: the reader closes the pipe; the command stops without a word, status 141."""
    proc = subprocess.Popen([sys.executable, "-m", "reformkg.cli", "--project", str(built.root), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # before the command has written anything: its first write fails
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert err == ""


@pytest.mark.slow
def test_output_into_missing_directory(built, run_cli, tmp_path):
    """An output path the machine refuses is a one-line error naming it, exit 1, not an internal error."""
    target = tmp_path / "no" / "such" / "dir" / "x.ttl"
    res = run_cli(built, "export", "-o", str(target))
    assert res.exit_code == 1
    assert res.output.strip() == f"Error: {target}: No such file or directory"
    page = next(built.articles.glob("*.txt"))
    res = run_cli(built, "suggest", str(page), "-o", str(target.with_suffix(".yaml")))
    assert res.exit_code == 1 and "Internal error" not in res.output
    assert f"Error: {target.with_suffix('.yaml')}: No such file or directory" in res.output


@pytest.mark.slow
def test_validate_a_directory_and_vocabulary_files(tmp_path, run_cli):
    """A directory stands for its *.yaml files; a vocabulary file is checked as a vocabulary, not as
    an annotation (its errors come from reading the vocabularies, with file:line)."""
    from helpers import copy_project

    proj = copy_project(tmp_path / "proj")
    res = run_cli(proj, "validate", str(proj.annotations), "--format", "json")
    assert res.exit_code == 0, res.output
    assert sorted(json.loads(res.output)["files"]) == sorted(proj.rel(f) for f in proj.annotation_files())
    assert run_cli(proj, "validate", str(proj.vocab), str(proj.entities)).output == "no problems found\n"
    units = proj.vocab / "units.yaml"
    units.write_text(units.read_text(encoding="utf-8").replace("  - {id: hour,", "  - {idd: hour,"), encoding="utf-8")
    line = next(i for i, x in enumerate(units.read_text(encoding="utf-8").splitlines(), 1) if x.startswith("  - {idd:"))
    res = run_cli(proj, "validate", str(units))
    assert res.exit_code == 1 and f"data/vocab/units.yaml:{line}:5: error E002 concepts[" in res.output
    assert "page" not in res.output  # not read as an annotation missing its page
    (tmp_path / "empty").mkdir()
    res = run_cli(proj, "validate", str(tmp_path / "empty"))
    assert res.exit_code == 2 and "holds no annotation files (*.yaml)" in res.output


@pytest.mark.parametrize("value, kind", [("[x]", "a list"), ("{a: 1}", "a mapping"), ("true", "true")])
def test_validate_names_a_wrong_type_at_its_field(project, run_cli, tmp_path, value, kind):
    """A field of the wrong YAML type is E002 at its line and column, with the type expected
    (it was an internal error for newspaper, and "missing" for page)."""
    from helpers import FIXTURES

    base = (FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
    path = tmp_path / "000_239e137822c9727a.yaml"
    for field, old in (("newspaper", "newspaper: 陕西工人报"), ("page", "page: 000_239e137822c9727a")):
        path.write_text(base.replace(old, f"{field}: {value}"), encoding="utf-8")
        line = next(n for n, text in enumerate(base.splitlines(), 1) if text == old)
        res = run_cli(project, "validate", str(path))
        assert res.exit_code == 1 and "Internal error" not in res.output
        assert res.output == f"{path}:{line}:1: error E002 {field}: expected a string, not {kind}\n1 error\n"


def test_validate_names_a_page_text_not_in_utf8(tmp_path, run_cli):
    from helpers import copy_project

    proj = copy_project(tmp_path / "p", annotations=["000_239e137822c9727a"])
    text = proj.articles / "000_239e137822c9727a.txt"
    text.write_bytes(text.read_text(encoding="utf-8").encode("gb18030"))
    res = run_cli(proj, "validate")
    assert res.exit_code == 1 and "Internal error" not in res.output
    assert res.output == ("data/annotations/000_239e137822c9727a.yaml:2:1: error E009 page: the page text "
                          "data/articles/000_239e137822c9727a.txt cannot be read: byte 1 (line 1) is not UTF-8 "
                          "(invalid start byte); expected UTF-8 text\n1 error\n")


@pytest.mark.parametrize("args, shown", [
    (["-o", "data/articles/000_239e137822c9727a.txt"], "data/articles/000_239e137822c9727a.txt"),
    (["-o", "data/annotations/new.ttl"], "data/annotations/new.ttl"),
    (["--format", "nquads", "-o", "ontology/../shapes/reformkg-shapes.ttl"], "shapes/reformkg-shapes.ttl"),
    (["--format", "csv", "-o", "queries"], "queries"),
    (["--format", "csv", "-o", "data/csv"], "data/csv"),
    (["-o", "build/nquads/x.nq"], "build/gen-"),
    (["-o", "build/current/store/CURRENT"], "build/gen-"),
    (["-o", "{cache}/x.ttl"], "{cache}/x.ttl"),
])
def test_export_never_overwrites_an_input_of_the_build(built, run_cli, monkeypatch, args, shown):
    """-o inside data/, ontology/, shapes/, queries/, the page cache or a generation of build/
    is refused before anything is written: exit 1, one line, every file as it was."""
    from helpers import tree_digest

    monkeypatch.chdir(built.root)
    cache = str(built.cache_dir)
    args = [a.replace("{cache}", cache) for a in args]
    shown = built.rel(shown.replace("{cache}", cache)) if "{cache}" in shown else shown  # (.cache/reformkg/ here)
    before = {d: tree_digest(built.root / d) for d in ("data", "ontology", "shapes", "queries", "build")}
    res = run_cli(built, "export", *args)
    assert res.exit_code == 1
    output = args[-1]
    assert res.output.startswith(f"Error: {output} is an input of the build ({shown}")
    assert res.output.endswith("); write the export elsewhere\n") and res.output.count("\n") == 1
    assert {d: tree_digest(built.root / d) for d in before} == before
    assert not (built.root / "data" / "annotations" / "new.ttl").exists()


def test_export_writes_beside_the_inputs(built, run_cli, tmp_path, monkeypatch):
    """What is not read by the build is written: the project root, build/docs/, anywhere else."""
    monkeypatch.chdir(built.root)
    (built.build_dir / "docs").mkdir(exist_ok=True)
    for target in ("export-test.nt", "build/docs/export-test.nt", str(tmp_path / "x.nt")):
        res = run_cli(built, "export", "--format", "ntriples", "-o", target)
        assert res.exit_code == 0, res.output
        assert (Path(target) if target.startswith("/") else built.root / target).stat().st_size > 0
        (Path(target) if target.startswith("/") else built.root / target).unlink()
