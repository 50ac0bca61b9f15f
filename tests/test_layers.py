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


# Imported inside a function only where importing at the top would cost every command that does not
# need it: heavy or optional dependencies. Everything else, reformkg's own modules included, is
# imported at the top, where the layers contract sees it.
LAZY_ALLOWED = {"jieba", "pylode", "uvicorn", "starlette", "jinja2", "pyshacl", "rdflib", "cn2an", "rapidfuzz", "httpx", "distributed"}


def test_imports_inside_functions_are_heavy_dependencies_with_a_reason():
    import ast

    wrong = []
    for path in sorted((ROOT / "src" / "reformkg").rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(ast.parse("\n".join(lines))):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            # the reason: a comment on the import's line, or on the `try:` line of the block it is in
            explained = {id(i) for t in ast.walk(node) if isinstance(t, ast.Try) and "#" in lines[t.lineno - 1]
                         for i in t.body if isinstance(i, (ast.Import, ast.ImportFrom))}
            for imp in (n for n in ast.walk(node) if isinstance(n, (ast.Import, ast.ImportFrom))):
                name = imp.module if isinstance(imp, ast.ImportFrom) else imp.names[0].name
                top = name.split(".")[0]
                api = path.name == "__init__.py" and path.parent.name == "reformkg" and top == "reformkg"
                reason = "#" in lines[imp.lineno - 1] or id(imp) in explained
                if not (top in LAZY_ALLOWED or api) or not (reason or api):
                    wrong.append(f"{path.relative_to(ROOT)}:{imp.lineno}: {lines[imp.lineno - 1].strip()}")
    assert not wrong, "\n".join(wrong)


def test_import_reformkg_and_the_cli_stay_cheap():
    """`import reformkg` loads no submodule; `reformkg query` loads no SHACL, jieba or Starlette."""
    code = ("import sys, reformkg; from reformkg.cli.common import main; main.get_command(None, 'query'); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pyshacl', 'jieba', 'starlette', 'pylode')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout
    out = subprocess.run([sys.executable, "-c", "import sys, reformkg; print(sorted(m for m in sys.modules if m.startswith('reformkg.')))"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def test_only_layout_names_the_paths_under_build():
    """The names of build/'s parts (the current link, a generation's store, dump, manifest and
    answers, the lock) appear as string literals in reformkg.layout only."""
    import ast

    from reformkg import layout

    names = {layout.CURRENT, layout.MANIFEST, layout.INDEX, layout.SECONDS, layout.READS, layout.LOCK,
             layout.STAGING_PREFIX, layout.LINK_PREFIX}
    found = []
    for path in sorted((ROOT / "src" / "reformkg").rglob("*.py")):
        if path.name == "layout.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in names:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}")
            elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):  # build_dir / "store"
                for side in (node.left, node.right):
                    if isinstance(side, ast.Constant) and side.value in (layout.STORE, layout.DUMP, layout.ANSWERS):
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno}: / {side.value!r}")
    assert not found, "\n".join(found)
