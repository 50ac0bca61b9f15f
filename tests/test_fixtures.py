"""Data-driven: every valid fixture passes; every invalid one reports exactly its expected error."""

import re
from pathlib import Path

import pytest

from helpers import FIXTURES, ROOT

VALID = sorted((FIXTURES / "valid").glob("*.yaml"))
INVALID = sorted((FIXTURES / "invalid").glob("*.yaml"))


def test_globs_match():
    assert len(VALID) >= 1 and len(INVALID) >= 15


def expected(path: Path) -> tuple[str, str]:
    m = re.match(r"# expect: (\S+) (\S+)", path.read_text(encoding="utf-8").splitlines()[0])
    assert m, f"{path.name} must start with '# expect: CODE field'"
    return m.group(1), m.group(2)


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_fixture(project, run_cli, path):
    res = run_cli(project, "validate", str(path))
    assert res.exit_code == 0, res.output
    assert " error " not in res.output


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_fixture(project, run_cli, path):
    code, field = expected(path)
    res = run_cli(project, "validate", str(path))
    assert res.exit_code == 1
    errors = [line for line in res.output.splitlines() if ": error " in line]
    assert len(errors) == 1, res.output
    rel = str(path.relative_to(ROOT))
    assert re.match(rf"{re.escape(rel)}:[1-9]\d*:\d+: error {code} {re.escape(field)}: ", errors[0]), errors[0]
    assert res.output.rstrip().endswith(("1 error", "1 error, 1 warning"))


def test_validate_json(project, run_cli):
    import json

    res = run_cli(project, "validate", "--format", "json", str(FIXTURES / "invalid" / "e005-quote-not-found.yaml"))
    data = json.loads(res.output)
    assert res.exit_code == 1 and data["ok"] is False
    [err] = [f for f in data["findings"] if f["severity"] == "error"]
    assert err["code"] == "E005" and err["line"] == 11 and "closest passage" in err["message"]
    assert "陕西已建工会" in err["message"]


# --------------------------------------------------------------------------- validate ⇔ build
#
# Some problems are not in one annotation file: two files of one page, the registry (ids across
# the four lists, code forms, parent loops, its SHACL shapes), a page text. Their fixtures are
# directories named after the code, tests/fixtures/invalid/eNNN-*/, whose files are laid over a
# copy of the project (data/… replaces or adds that file) and whose `expect` file says
# `# expect: CODE field path`.

PROJECT_INVALID = sorted(p for p in (FIXTURES / "invalid").glob("[ew][0-9][0-9][0-9]-*") if p.is_dir())
PAGE = "000_239e137822c9727a"


def build_codes() -> set[str]:
    """The error codes the build can raise: every "Ennn" of src/reformkg but lint's (E010: the
    TODO markers; only validate runs lint)."""
    src = ROOT / "src" / "reformkg"
    return {code for p in src.rglob("*.py") if p.name != "lint.py"
            for code in re.findall(r'"(E\d{3})"', p.read_text(encoding="utf-8"))}


def laid_over(fixture: Path, dest: Path):
    """A copy of the project with page 000 only, and the fixture in it: a directory's files laid
    over it, an annotation file in place of page 000's."""
    from helpers import copy_project

    proj = copy_project(dest, annotations=[PAGE])
    if fixture.is_dir():
        for f in fixture.rglob("*"):
            if f.is_file() and f.name != "expect":
                target = proj.root / f.relative_to(fixture)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(f.read_bytes())
    else:
        (proj.annotations / f"{PAGE}.yaml").write_bytes(fixture.read_bytes())
    return proj


def error_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if ": error " in line]


def test_project_fixtures_are_found():
    assert len(PROJECT_INVALID) >= 6
    assert all((d / "expect").is_file() for d in PROJECT_INVALID)


@pytest.mark.parametrize("fixture", PROJECT_INVALID, ids=lambda p: p.name)
def test_invalid_project_fixture(tmp_path, run_cli, fixture):
    """validate reports the one error, once; build refuses the same line, once, and makes nothing."""
    code, field, where = re.match(r"# expect: (\S+) (\S+) (\S+)", (fixture / "expect").read_text(encoding="utf-8")).groups()
    assert fixture.name.startswith(code.lower() + "-")
    proj = laid_over(fixture, tmp_path / "p")
    res = run_cli(proj, "validate")
    assert res.exit_code == 1
    [error] = error_lines(res.output)
    assert re.match(rf"{re.escape(where)}:[1-9]\d*:[1-9]\d*: error {code} {re.escape(field)}: ", error), error
    built = run_cli(proj, "build")
    assert built.exit_code == 1 and "Internal error" not in built.output
    assert error_lines(built.output) == [error]
    assert not proj.build_dir.exists()


def test_every_code_the_build_raises_has_a_fixture():
    codes = build_codes()
    assert codes >= {f"E00{n}" for n in range(1, 10)} and "E010" not in codes
    named = {p.name[:4].upper() for p in INVALID + PROJECT_INVALID}
    assert codes <= named, f"no fixture in tests/fixtures/invalid/ for {sorted(codes - named)}"


@pytest.mark.slow
@pytest.mark.parametrize("code", sorted(build_codes()))
def test_validate_reports_what_the_build_refuses(tmp_path, run_cli, code):
    """For every code the build can raise, on each file fixture of that code put where the build
    reads it: the build refuses it, and validate (run first) reports the very same error lines."""
    fixtures = [p for p in INVALID if p.name.upper().startswith(code + "-")]
    assert fixtures or any(p.name.upper().startswith(code + "-") for p in PROJECT_INVALID)
    for n, fixture in enumerate(fixtures):
        proj = laid_over(fixture, tmp_path / str(n))
        checked = run_cli(proj, "validate")
        built = run_cli(proj, "build")
        assert checked.exit_code == built.exit_code == 1, (fixture.name, built.output)
        assert "Internal error" not in checked.output + built.output
        errors = error_lines(built.output)
        assert errors and any(f" error {code} " in line for line in errors), (fixture.name, built.output)
        assert error_lines(checked.output) == errors, fixture.name
