"""Check one annotation file: load and ground it, map it to RDF, validate it with SHACL."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from reformkg.annotation.loader import Registry, load_annotation
from reformkg.annotation.vocab import Vocabularies
from reformkg.errors import Finding
from reformkg.pipeline.inputs import relative
from reformkg.pipeline.memo import LazyIndex
from reformkg.rdf.mapping import page_graph
from reformkg.rdf.shacl import load_shapes, validate_graph
from reformkg.settings import Project

_BASE_INDEX: dict = {}  # id(base graph) -> (graph, subject -> [(p, o)]); the last one only


def base_index(base: Graph | list) -> dict:
    hit = _BASE_INDEX.get(id(base))
    if hit is None or hit[0] is not base:
        out: dict = {}
        for s, p, o in base:
            out.setdefault(s, []).append((p, o))
        _BASE_INDEX.clear()
        _BASE_INDEX[id(base)] = hit = (base, out)
    return hit[1]


def reached_triples(page: Graph, base: Graph | list, extra: Iterable[URIRef] = ()) -> list:
    """The triples of the page graph plus those of every registry or vocabulary node it (or
    ``extra``) reaches (through object IRIs, transitively; not through rdf:type), each with
    all its triples in ``base``."""

    index = base if isinstance(base, LazyIndex) else base_index(base)
    out = list(page)
    todo = [o for _s, _p, o in out if isinstance(o, URIRef)] + [s for s, _p, _o in out if isinstance(s, URIRef)]
    todo += list(extra)
    seen = set()
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for p, o in index.get(node, ()):
            out.append((node, p, o))
            if isinstance(o, URIRef) and p != RDF.type:
                todo.append(o)
    return out


def _reached(page: Graph, base: Graph, extra: Iterable[URIRef] = ()) -> Graph:
    """:func:`reached_triples` as a graph."""
    out = Graph()
    out.addN((s, p, o, out) for s, p, o in reached_triples(page, base, extra))
    return out


def check_page(project: Project, path: Path, registry: Registry, vocab: Vocabularies,
                base_graph: Graph | list, base_sources: dict, text: str | bytes | None = None,
                base_findings: list[Finding] | None = None):
    """Load, map and check one annotation. With ``base_findings`` (what SHACL finds in
    ``base_graph`` alone) empty, SHACL sees only the page graph and the registry and
    vocabulary nodes it reaches (``_reached``): the shapes constrain a node through its
    own triples and the nodes it points to, so the findings are the same as on the page
    plus the whole base, in about two thirds of the time."""
    lp, findings = load_annotation(path, project.articles, registry, vocab, text)
    mapped = None
    if lp is not None and base_graph is not None:
        mapped = page_graph(lp, vocab, registry)
        sources = {**base_sources, **mapped.sources}
        if base_findings is not None and not base_findings:
            data = reached_triples(mapped.graph, base_graph)
        else:
            data = [*mapped.graph, *base_graph]
        findings = findings + validate_graph(data, load_shapes(project.shapes), sources, str(path), inplace=True)
    return lp, mapped, relative(project, findings)
