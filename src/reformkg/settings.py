"""Where a project's files are (:class:`Project`), and every ``REFORMKG_*`` setting (:class:`Settings`).

This is the one module that reads the environment. Each setting is parsed by one property
of :class:`Settings`; the README's table of settings is :data:`ENVIRONMENT`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from reformkg.errors import ReformkgError, UsageError

# name -> (default, what it does); the README's table (checked by tests/test_docs.py)
ENVIRONMENT = {
    "REFORMKG_HOME": ("the current directory", "the project directory, when `--project` is not given"),
    "REFORMKG_JOBS": ("the number of CPUs", "worker processes of `build` (pages, and the canned answers)"),
    "REFORMKG_SCHEDULER": ("unset", "a Dask scheduler, `tcp://HOST:PORT`: `build` checks the pages on its cluster (as `--scheduler`)"),
    "REFORMKG_CACHE": ("`.cache/reformkg/` in the project", "the page cache of `build`"),
    "REFORMKG_COMPACT_AFTER": ("0", "compact the store on the N-th incremental build since the last compaction (0: only full builds compact)"),
    "REFORMKG_CHECK_ANSWERS": ("unset", "`1`: every kept or patched canned answer is also made afresh and compared; a difference stops the build"),
    "REFORMKG_BASE_MEMO": ("`$XDG_CACHE_HOME/reformkg/base`", "where the registry memo of `validate` and `build` and the memo of what each canned query reads are kept; `0`/`off`: none"),
    "REFORMKG_SHACL": ("`core`", "`pyshacl`: validate with pySHACL instead of the compiled validator"),
    "REFORMKG_YAML": ("unset", "`pure`: read annotation files with ruamel's pure-Python parser instead of libyaml"),
    "REFORMKG_RECACHE": ("on", "`off`: the command line compiles its regular expressions afresh in each run instead of keeping them between runs (`recache`)"),
}

COMPACT_AFTER = 0  # the default of REFORMKG_COMPACT_AFTER: only full builds compact the store


@dataclass(frozen=True)
class Project:
    """Where things are. Every path derives from the project root (the repository)."""

    root: Path

    @classmethod
    def at(cls, root: str | Path | None = None) -> "Project":
        root = Path(root or settings().home or Path.cwd()).resolve()
        if not (root / "data").is_dir():
            raise ReformkgError(f"{root} is not a reformkg project: it has no data/ directory (use --project DIR)")
        return cls(root)

    data = property(lambda self: self.root / "data")
    articles = property(lambda self: self.root / "data" / "articles")
    annotations = property(lambda self: self.root / "data" / "annotations")
    entities = property(lambda self: self.root / "data" / "entities")
    vocab = property(lambda self: self.root / "data" / "vocab")
    ontology = property(lambda self: self.root / "ontology")
    shapes = property(lambda self: self.root / "shapes")
    queries = property(lambda self: self.root / "queries")
    build_dir = property(lambda self: self.root / "build")

    @property
    def cache_dir(self) -> Path:
        """The page cache: ``REFORMKG_CACHE``, else ``.cache/reformkg/`` in the project."""
        return settings().cache or self.root / ".cache" / "reformkg"

    def annotation_files(self, paths: list[str | Path] | None = None) -> list[Path]:
        """The annotation files named by ``paths`` (a directory stands for its *.yaml files), or
        all of data/annotations/ when none are given."""
        if not paths:
            return sorted(self.annotations.glob("*.yaml"))
        out = []
        for p in map(Path, paths):
            if p.is_dir():
                found = sorted(p.glob("*.yaml"))
                if not found:
                    raise UsageError(f"{p} holds no annotation files (*.yaml)")
                out += found
            else:
                out.append(p)
        return out

    def rel(self, path: str | Path) -> str:
        try:
            return str(Path(path).resolve().relative_to(self.root))
        except ValueError:
            return str(path)


@dataclass(frozen=True)
class Settings:
    """The ``REFORMKG_*`` settings of one environment, each parsed where it is asked for (a bad
    value stops only the command that uses it)."""

    environ: Mapping[str, str]

    def _get(self, name: str) -> str:
        return self.environ.get(name, "").strip()

    @property
    def home(self) -> str | None:
        return self._get("REFORMKG_HOME") or None

    @property
    def jobs(self) -> int:
        env = self._get("REFORMKG_JOBS")
        return int(env) if env.isdigit() and int(env) > 0 else (os.cpu_count() or 1)

    @property
    def scheduler(self) -> str | None:
        return self._get("REFORMKG_SCHEDULER") or None

    @property
    def cache(self) -> Path | None:
        env = self._get("REFORMKG_CACHE")
        return Path(env) if env else None

    @property
    def compact_after(self) -> int:
        env = self._get("REFORMKG_COMPACT_AFTER")
        if not env:
            return COMPACT_AFTER
        if not env.isdigit():
            raise UsageError(f"REFORMKG_COMPACT_AFTER must be a whole number, 0 or more (0: incremental builds never "
                             f"compact the store), not {env!r}")
        return int(env)

    @property
    def check_answers(self) -> bool:
        return self._get("REFORMKG_CHECK_ANSWERS") == "1"

    @property
    def base_memo(self) -> Path | None:
        """The directory of the registry memo, or None when it is turned off."""
        env = self.environ.get("REFORMKG_BASE_MEMO")
        if env is not None and env.strip().lower() in ("0", "off", "no", "false", ""):
            return None
        if env:
            return Path(env)
        xdg = self.environ.get("XDG_CACHE_HOME")
        return (Path(xdg) if xdg else Path.home() / ".cache") / "reformkg" / "base"

    @property
    def shacl(self) -> str:
        """``core`` (the compiled validator, the default) or ``pyshacl``."""
        name = self._get("REFORMKG_SHACL") or "core"
        return name if name in ("core", "pyshacl") else "core"

    @property
    def pure_yaml(self) -> bool:
        return self._get("REFORMKG_YAML") == "pure"

    @property
    def recache(self) -> bool:
        """Whether the command line keeps compiled regular expressions between runs (reformkg.recache)."""
        return self._get("REFORMKG_RECACHE").strip().lower() not in ("0", "off", "no", "false")


def settings() -> Settings:
    """The settings of this process's environment as it is now."""
    return Settings(os.environ)
