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




def line_diff(old: bytes, new: bytes) -> tuple[list[bytes], list[bytes]]:
    """The lines (with their line ends) of one graph's old N-Quads that its new N-Quads lack, and
    the new lines the old lack, in the new order. A graph's lines are canonical and sorted
    (:func:`graph_nquads`), so lines compare as quads."""
    old_lines = set(old.splitlines(keepends=True))
    new_lines = new.splitlines(keepends=True)
    new_set = set(new_lines)
    return [line for line in old_lines if line not in new_set], [line for line in new_lines if line not in old_lines]
