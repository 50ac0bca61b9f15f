"""reformkg: a grounded knowledge graph of China's industrial-workforce reform (产改).

The Python API a researcher uses in a notebook; each function is what the command of the
same name does (``reformkg build``, ``validate``, ``query``, ``describe``)::

    import reformkg

    result = reformkg.build(".")                     # BuildResult: generation, quads, pages, findings
    names, rows = reformkg.select(".", "SELECT ?r (COUNT(*) AS ?n) WHERE { ?m rko:region ?r } GROUP BY ?r")
    entity = reformkg.describe(".", "商南县")          # a dict: iri, label, class, properties, pages
    result = reformkg.sparql(None, "SELECT * { ?s ?p ?o }", data=["a.ttl"])   # pyoxigraph's result, on files

Every function takes the project directory (or a :class:`Project`). The submodules are
imported when first used, so ``import reformkg`` stays cheap.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from reformkg.errors import Report
    from reformkg.pipeline.orchestrate import BuildResult
    from reformkg.settings import Project

__all__ = ["Project", "ReformkgError", "build", "validate", "open_store", "select", "sparql", "describe", "__version__"]


def _project(project: "str | Path | Project | None") -> "Project":
    from reformkg.settings import Project

    return project if isinstance(project, Project) else Project.at(project)


def build(project: "str | Path | Project | None" = None, **options) -> "BuildResult":
    """Build ``build/`` from ``data/`` (:func:`reformkg.pipeline.orchestrate.build`; options: ``jobs``,
    ``cache_dir``, ``compact_after``). Raises :class:`reformkg.errors.DataError` with the findings."""
    from reformkg.pipeline.orchestrate import build as run

    return run(_project(project), **options)


def validate(project: "str | Path | Project | None" = None, paths: list | None = None) -> "Report":
    """Check annotation files (all when ``paths`` is empty); a :class:`Report` of findings, never raises on bad data."""
    from reformkg.pipeline.orchestrate import validate as run

    return run(_project(project), paths)


def open_store(project: "str | Path | Project | None" = None):
    """The built pyoxigraph store, read-only (for ``store.query(…)`` with pyoxigraph's own API)."""
    from reformkg.query.sparql import open_store as run

    return run(_project(project).build_dir)


def select(project: "str | Path | Project | None", sparql: str, fresh: bool = False) -> tuple[list[str], list[list[str]]]:
    """Run a query (inline SPARQL or a canned query's name) as ``reformkg query`` does: the column
    names and the rows, each cell a string (an IRI, or a literal's lexical form)."""
    from reformkg.layout import store_path
    from reformkg.query.catalog import resolve_query
    from reformkg.query.formats import rows
    from reformkg.query.sparql import run

    p = _project(project)
    return rows(run(store_path(p.build_dir), resolve_query(p.queries, sparql), fresh=fresh))


def sparql(project: "str | Path | Project | None", sparql: str, *, data=None, graph_data=None,
           base_iri: str | None = None, fresh: bool = False, timeout: float | None = None):
    """Run a query as ``reformkg query`` does and return pyoxigraph's result (``QuerySolutions``,
    ``QueryBoolean`` or ``QueryTriples``: terms with their datatypes, blank nodes as they are).

    On the build (a project): the union of the named graphs is the default graph unless the query
    has ``FROM`` or ``FROM NAMED``; relative IRIs resolve against the dataset namespace. Given
    ``data`` (files into the default graph) or ``graph_data`` (each file a named graph, named by its
    ``file://`` IRI), on those files instead, in memory (no project needed; ``data=[]``: an empty
    dataset); relative IRIs then resolve against the current directory. ``base_iri`` overrides
    either base."""
    from reformkg.namespaces import BASE
    from reformkg.query.sparql import Files, run

    if data is not None or graph_data is not None:
        target = Files(tuple(data or ()), tuple(graph_data or ()))
        base = base_iri or Path.cwd().resolve().as_uri() + "/"
        return run(target, sparql, base_iri=base, timeout=timeout)
    from reformkg.layout import store_path
    from reformkg.query.catalog import resolve_query

    p = _project(project)
    return run(store_path(p.build_dir), resolve_query(p.queries, sparql), fresh=fresh, timeout=timeout,
               base_iri=base_iri or BASE)


def describe(project: "str | Path | Project | None", name: str) -> dict:
    """Everything the graph holds about an entity (by IRI, id, name or alias), as ``describe --format json``."""
    from reformkg.query.describe import as_dict
    from reformkg.query.describe import describe as run
    from reformkg.query.sparql import open_store as opened

    return as_dict(run(opened(_project(project).build_dir), name))


def __getattr__(name: str):
    if name == "Project":
        from reformkg.settings import Project

        return Project
    if name == "ReformkgError":
        from reformkg.errors import ReformkgError

        return ReformkgError
    raise AttributeError(f"module 'reformkg' has no attribute {name!r}")
