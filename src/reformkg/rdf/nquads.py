"""N-Quads: a graph as sorted, canonical N-Quads lines, so two builds give the same bytes."""

from __future__ import annotations

from rdflib import Graph, URIRef


def graph_nquads(name: URIRef | str, graph: Graph) -> str:
    """One graph as N-Quads lines, sorted (so that two runs give the same bytes)."""
    suffix = f" <{name}> .\n"
    lines = []
    for line in graph.serialize(format="nt11").splitlines():
        line = line.strip()
        if line:
            lines.append(line[:-1].rstrip() + suffix)
    lines.sort()
    return "".join(lines)


