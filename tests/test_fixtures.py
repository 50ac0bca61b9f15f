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
    assert err["code"] == "E005" and err["line"] == 10 and "closest passage" in err["message"]
    assert "陕西已建工会" in err["message"]
