"""The package's layers (pyproject.toml, [tool.importlinter]): imports go down, no cycles.

import-linter checks the contracts on the real package; the same contracts on a copy of the
package with one upward import, and one with a cycle, must fail, so a broken layer cannot pass
unnoticed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT = Path(sys.executable).parent / "lint-imports"


def lint(src: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(LINT), "--config", str(ROOT / "pyproject.toml"), "--no-cache"], cwd=src,
                          env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"}, capture_output=True, text=True)


def test_the_package_keeps_its_layers():
    out = lint(ROOT / "src")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Contracts: 3 kept, 0 broken." in out.stdout


def copy_package(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "src" / "reformkg", tmp_path / "reformkg", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def test_an_upward_import_breaks_the_layers(tmp_path):
    src = copy_package(tmp_path)
    errors = src / "reformkg" / "errors.py"
    errors.write_text(errors.read_text(encoding="utf-8") + "\n\ndef _late():\n    from reformkg.query import sparql  # noqa\n",
                      encoding="utf-8")
    out = lint(src)
    assert out.returncode == 1
    assert "reformkg.errors is not allowed to import reformkg.query" in out.stdout


def test_a_cycle_between_siblings_breaks_the_contract(tmp_path):
    src = copy_package(tmp_path)
    model = src / "reformkg" / "annotation" / "model.py"
    model.write_text(model.read_text(encoding="utf-8") + "\n\ndef _late():\n    from reformkg.annotation import loader  # noqa\n",
                     encoding="utf-8")
    out = lint(src)
    assert out.returncode == 1
    assert "no import cycles: between the modules of any package of reformkg BROKEN" in out.stdout
    assert "reformkg layers: imports go down KEPT" in out.stdout
