"""The run: the compiled shapes over the index of one data graph."""

from __future__ import annotations

from rdflib import Graph

from reformkg.rdf.shaclcore.compile import compile_shapes
from reformkg.rdf.shaclcore.index import Index
from reformkg.rdf.shaclcore.model import Result, Shape


class Validator:
    """The shapes of a graph, compiled; :meth:`validate` checks one data graph."""

    def __init__(self, shapes: Graph, require_messages: bool = True):
        """``require_messages``: see :func:`~.compile.compile_shapes`."""
        self.roots: list[Shape] = compile_shapes(shapes, require_messages)

    def validate(self, data) -> list[Result]:
        """Check ``data``: a graph or an iterable of triples."""
        ix = Index(data)
        out: list[Result] = []
        for shape in self.roots:
            if shape.deactivated:
                continue
            seen = set()
            for target in shape.targets:
                for focus in target(ix):
                    if focus not in seen:
                        seen.add(focus)
                        out += shape.results(ix, focus)
        return out
