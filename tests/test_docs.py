"""The documentation covers the format and every command (datasette's test_docs habit)."""

import re

import pytest

from helpers import ROOT
from reformkg.annotation import model
from reformkg.cli.common import main

DOC = (ROOT / "docs" / "annotation.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")
MODELS = [model.Annotation, model.Story, model.StoryDate, model.Extent, model.Byline, model.Subject,
          model.Measure, model.Observation, model.Recognition, model.Post, model.Event, model.NoFact,
          model.ExcludedFigure, model.Time, model.Region, model.Organisation, model.Person, model.Document]


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
def test_every_field_is_documented(cls):
    for name, f in cls.model_fields.items():
        key = f.alias or name
        assert f"`{key}`" in DOC, f"{cls.__name__}.{key} is not in docs/annotation.md"


def test_every_error_code_is_documented():
    src = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "src" / "reformkg").rglob("*.py"))
    codes = set(re.findall(r'"([EW]\d{3})"', src))
    assert codes >= {"E001", "E002", "E003", "E004", "E005", "E006", "E007", "E008", "E009"}
    for code in codes:
        assert f"| {code} |" in DOC, code


@pytest.mark.parametrize("name", main.list_commands(None))
def test_every_command_in_readme_and_help(name):
    assert f"reformkg {name}" in README, f"README.md does not show `reformkg {name}`"
    cmd = main.get_command(None, name)
    assert cmd.help and "Example" in cmd.help, f"`reformkg {name} --help` needs an Example block"


def test_every_command_is_listed_and_found():
    """The lazily loaded group lists exactly the commands its modules define."""
    import click

    from reformkg.cli import annotate, data, export, push, query, serve, suggest

    defined = {c.name for m in (annotate, data, export, push, query, serve, suggest) for c in vars(m).values()
               if isinstance(c, click.Command)}
    assert set(main.list_commands(None)) == defined and len(defined) == 13
    assert main.get_command(None, "no-such-command") is None


def test_readme_starts_with_the_two_commands():
    block = re.search(r"```\n(.*?)```", README, re.S).group(1).strip().splitlines()
    assert block == ["make run", "make test"]


def test_exit_codes_in_readme():
    for line in ("0  ok", "1  data or validation error", "2  usage error"):
        assert line in README


def readme_block(after: str, lang: str = "") -> str:
    """The first fenced block (```lang) after the line ``after`` in the README."""
    start = README.index(after)
    return re.search(rf"```{lang}\n(.*?)```", README[start:], re.S).group(1)


def test_readme_python_api_example_prints_what_it_shows(built):
    import subprocess
    import sys

    fences = README[README.index("### Python API"):].split("```")
    code, shown = fences[1].removeprefix("python\n"), fences[3].removeprefix("\n")  # the example, what it prints
    out = subprocess.run([sys.executable, "-c", code], cwd=built.root, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout == shown


def test_every_setting_is_in_the_readme_table_and_read_only_in_settings():
    from reformkg.settings import ENVIRONMENT

    table = README[README.index("### Settings"):]
    rows = re.findall(r"^\| `(REFORMKG_\w+)` \|", table, re.M)
    assert rows == list(ENVIRONMENT)
    readers = []
    for path in (ROOT / "src" / "reformkg").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name != "settings.py" and re.search(r"os\.environ|getenv|envvar=", text):
            readers.append(str(path.relative_to(ROOT)))
    assert readers == []
    named = set(re.findall(r"REFORMKG_[A-Z_]+", "".join(p.read_text(encoding="utf-8")
                                                        for p in (ROOT / "src" / "reformkg").rglob("*.py"))))
    assert named <= set(ENVIRONMENT), named - set(ENVIRONMENT)


def test_architecture_names_every_package_and_floor_module():
    block = readme_block("## Architecture")
    package = ROOT / "src" / "reformkg"
    for sub in sorted(p for p in package.iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        assert f"{sub.name}/" in block, sub.name
        for module in sorted(sub.glob("*.py")):
            if module.stem not in ("__init__", "__main__"):
                assert module.stem in block, f"{sub.name}/{module.name}"
    for module in sorted(package.glob("*.py")):
        if module.stem != "__init__":
            assert module.stem in block, module.name
