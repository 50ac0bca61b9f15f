"""Shared fixtures: the real project, a built copy of it, and a CLI runner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import FIXTURES, ROOT, copy_project  # noqa: F401 - FIXTURES: older imports from conftest

from reformkg.cli.common import main
from reformkg.pipeline.inputs import load_base
from reformkg.pipeline.orchestrate import build
from reformkg.settings import Project


@pytest.fixture(scope="session", autouse=True)
def _base_memo_dir(tmp_path_factory):
    """validate's on-disk memo (reformkg.pipeline.memo) in the session's temporary directory, not
    in the user's cache."""
    old = os.environ.get("REFORMKG_BASE_MEMO")
    os.environ["REFORMKG_BASE_MEMO"] = str(tmp_path_factory.mktemp("base-memo"))
    yield
    if old is None:
        os.environ.pop("REFORMKG_BASE_MEMO", None)
    else:
        os.environ["REFORMKG_BASE_MEMO"] = old


@pytest.fixture(scope="session")
def project() -> Project:
    return Project(ROOT)


@pytest.fixture(scope="module")
def base(project):
    """The project's vocabularies and registry, loaded without an error: what suggest drafts with."""
    vocab, registry, findings = load_base(project)
    assert not [f for f in findings if f.is_error]
    return vocab, registry


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Project:
    """The real data, built once for the session in a copy of the project."""
    proj = copy_project(tmp_path_factory.mktemp("built") / "proj")
    build(proj)
    return proj


@pytest.fixture
def run_cli():
    def run(project: Project | Path, *args, input=None):
        runner = CliRunner()
        root = project.root if isinstance(project, Project) else project
        return runner.invoke(main, ["--project", str(root), *args], input=input, catch_exceptions=False)

    return run
