"""Helpers the tests share: the project's paths, a copy of the project, reference paths that
the library itself does not need (the serial in-memory build, an export into memory), and
pictures of a build (its files, its store's and its dump's quads) to compare builds with."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph
from rdflib import Graph, URIRef

from reformkg.annotation.loader import LoadedPage, Registry
from reformkg.annotation.vocab import Vocabularies
from reformkg.errors import DataError, Finding
from reformkg.layout import read_dump
from reformkg.namespaces import GRAPH_ONTOLOGY, GRAPH_REGISTRY, page_graph_iri
from reformkg.pipeline.check import check_page
from reformkg.pipeline.inputs import checked_base
from reformkg.publish.export import export_to
from reformkg.rdf.mapping import ontology_graph
from reformkg.rdf.nquads import graph_nquads
from reformkg.settings import Project

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PROJECT_PARTS = ("data", "ontology", "shapes", "queries")
TWO = ["000_239e137822c9727a", "004_6de9715287bc3ad3"]  # two of the real pages: a small project to rebuild


def copy_project(dest: Path, annotations: list[str] | None = None) -> Project:
    """A copy of the project's data and definitions; optionally only some annotation files."""
    dest.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        shutil.copytree(ROOT / part, dest / part)
    if annotations is not None:
        for f in (dest / "data" / "annotations").glob("*.yaml"):
            if f.stem not in annotations:
                f.unlink()
    return Project(dest)


def exported(build_dir: Path, fmt: str) -> bytes:
    """The whole dataset in one format, in memory (``reformkg export`` writes the same bytes)."""
    out = io.BytesIO()
    export_to(build_dir, fmt, out)
    return out.getvalue()


@dataclass
class Compiled:
    """The whole dataset in memory: one graph per named graph, plus what was loaded."""

    graphs: dict[URIRef, Graph]
    pages: list[LoadedPage]
    registry: Registry
    vocab: Vocabularies
    findings: list[Finding] = field(default_factory=list)


def compile_dataset(project: Project) -> Compiled:
    """The serial, in-memory path of a build: every page checked one after the other in this
    process, no cache, no workers. The tests compare ``build`` with it."""
    vocab, registry, reg, base, findings, base_shacl = checked_base(project)
    graphs: dict[URIRef, Graph] = {GRAPH_ONTOLOGY: ontology_graph(project.ontology, vocab), GRAPH_REGISTRY: reg.graph}
    pages: list[LoadedPage] = []
    files = project.annotation_files()
    for path in files:
        lp, mapped, page_findings = check_page(project, path, registry, vocab, base, reg.sources,
                                                base_findings=base_shacl)
        findings += page_findings
        if lp is not None and not any(f.is_error for f in page_findings):
            twin = next((p for p in pages if p.page_id == lp.page_id), None)
            if twin is not None:
                findings.append(Finding(project.rel(path), lp.doc.locate(("page",))[0], 1, "E003", "page",
                                        f"page {lp.page_id!r} is already annotated in {project.rel(twin.path)}"))
                continue
            pages.append(lp)
            graphs[page_graph_iri(lp.page_id)] = mapped.graph
    if any(f.is_error for f in findings):
        raise DataError(findings)
    return Compiled(graphs, pages, registry, vocab, findings)


def nquads(graphs: dict[URIRef, Graph]) -> str:
    """All graphs as N-Quads: graphs in IRI order, lines sorted within each graph, so two
    builds of the same data are byte-identical and a build can stream them graph by graph."""
    return "".join(graph_nquads(name, graphs[name]) for name in sorted(graphs, key=str))


def tree_digest(root: Path) -> dict:
    """Every file and symlink under root, with content hashes: a byte-for-byte picture."""
    out = {}
    for dirpath, dirs, files in os.walk(root):
        for name in sorted(dirs + files):
            p = Path(dirpath) / name
            rel = str(p.relative_to(root))
            if p.is_symlink():
                out[rel] = "-> " + os.readlink(p)
            elif p.is_file():
                out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def store_quads(build_dir) -> set[str]:
    """The quads of the current generation's store."""
    return {str(q) for q in pyoxigraph.Store.read_only(str(build_dir / "current" / "store"))}


def file_quads(build_dir) -> set[str]:
    """The quads of the current generation's dump, loaded into a store of their own."""
    s = pyoxigraph.Store()
    s.bulk_load(input=read_dump(build_dir), format=pyoxigraph.RdfFormat.N_QUADS)
    return {str(q) for q in s}


def stop(proc: subprocess.Popen, timeout: float = 10) -> None:
    """End a server the test started: SIGTERM, then SIGKILL after ``timeout`` seconds."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def children(pid: int) -> set[int]:
    """The child processes of ``pid``, from /proc (every thread's children)."""
    out = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            pass
    return out
