"""What the modules of the compiled validator share: the SHACL namespace, the
:class:`Unsupported` error, a :class:`Result`, a compiled :class:`Shape`, and SHACL property
paths as plain values (:func:`path_expression`, :func:`path_graph`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from rdflib import BNode, Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF

if TYPE_CHECKING:
    from reformkg.rdf.shaclcore.index import Index

SH = Namespace("http://www.w3.org/ns/shacl#")

# The one-argument path operators (https://www.w3.org/TR/shacl/#property-paths).
PATH_OPERATORS = (SH.inversePath, SH.zeroOrMorePath, SH.oneOrMorePath, SH.zeroOrOnePath)


class Unsupported(Exception):
    """The shapes graph uses a SHACL feature this validator does not implement."""


@dataclass(frozen=True)
class Result:
    """One ``sh:ValidationResult``: what :func:`reformkg.rdf.shacl.validate_graph` reports."""

    focus: object
    shape: object  # the sh:sourceShape
    value: object | None
    severity: object  # SH.Violation, SH.Warning, SH.Info or another IRI the shape names
    messages: tuple  # the shape's sh:message literals
    path: object | None = None  # the sh:resultPath, as :func:`path_expression` gives it
    component: object | None = None  # the sh:sourceConstraintComponent


class Found(NamedTuple):
    """What a check reports when the result's path is not its shape's (``sh:closed``: the
    predicate of the triple that is not allowed)."""

    value: object
    path: object


def path_expression(g: Graph, node):
    """A SHACL property path as a hashable value, independent of the graph's blank nodes: an
    IRI; ``(RDF.List, (steps …))`` for a sequence; ``(SH.alternativePath, (paths …))``; or
    ``(operator, path)`` for ``sh:inversePath``, ``sh:zeroOrMorePath``, ``sh:oneOrMorePath``,
    ``sh:zeroOrOnePath``. Raises :class:`Unsupported` for a node that is no path."""
    if isinstance(node, URIRef):
        return node
    if node is None or not isinstance(node, BNode):
        raise Unsupported(f"path {node!r}")
    if g.value(node, RDF.first) is not None:
        steps = tuple(path_expression(g, step) for step in Collection(g, node))
        if len(steps) < 2:
            raise Unsupported(f"a sequence path of {len(steps)} step")
        return RDF.List, steps
    alternatives = g.value(node, SH.alternativePath)
    if alternatives is not None:
        members = tuple(path_expression(g, m) for m in Collection(g, alternatives))
        if len(members) < 2:
            raise Unsupported(f"an alternative path of {len(members)} member")
        return SH.alternativePath, members
    for op in PATH_OPERATORS:
        inner = g.value(node, op)
        if inner is not None:
            return op, path_expression(g, inner)
    raise Unsupported(f"path {node!r}")


def path_graph(g: Graph, path):
    """Write a :func:`path_expression` into ``g``; the node that stands for it."""
    if isinstance(path, URIRef):
        return path
    node = BNode()
    if path[0] == SH.alternativePath:
        members = BNode()
        Collection(g, members, [path_graph(g, m) for m in path[1]])
        g.add((node, SH.alternativePath, members))
    elif path[0] in PATH_OPERATORS:
        g.add((node, path[0], path_graph(g, path[1])))
    else:
        Collection(g, node, [path_graph(g, step) for step in path[1]])
    return node


@dataclass
class Shape:
    node: object
    path: object | None = None  # a function for property shapes
    severity: object = SH.Violation
    messages: tuple = ()
    deactivated: bool = False
    path_expr: object | None = None  # the path as :func:`path_expression` gives it (sh:resultPath)
    # each check: (constraint component, (index, focus, value nodes) → the values to report,
    # None for a result without a value, a Found for one with a path of its own)
    checks: list = field(default_factory=list)
    properties: list = field(default_factory=list)
    targets: list = field(default_factory=list)  # functions index → focus nodes

    def results(self, ix: Index, focus) -> list[Result]:
        if self.deactivated:
            return []
        values = self.path(ix, focus) if self.path is not None else [focus]
        out = []
        for component, check in self.checks:
            for value in check(ix, focus, values):
                if isinstance(value, Found):
                    out.append(Result(focus, self.node, value.value, self.severity, self.messages,
                                      value.path, component))
                else:
                    out.append(Result(focus, self.node, value, self.severity, self.messages,
                                      self.path_expr, component))
        for prop in self.properties:  # on each value node (the focus node of a node shape)
            for value in values:
                out += prop.results(ix, value)
        return out

    def conforms(self, ix: Index, node) -> bool:
        if self.deactivated:
            return True
        values = self.path(ix, node) if self.path is not None else [node]
        if any(check(ix, node, values) for _component, check in self.checks):
            return False
        return all(prop.conforms(ix, v) for prop in self.properties for v in values)
