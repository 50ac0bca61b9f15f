"""What the modules of the compiled validator share: the SHACL namespace, the
:class:`Unsupported` error, a :class:`Result` and a compiled :class:`Shape`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rdflib import Namespace

if TYPE_CHECKING:
    from reformkg.rdf.shaclcore.index import Index

SH = Namespace("http://www.w3.org/ns/shacl#")


class Unsupported(Exception):
    """The shapes graph uses a SHACL feature this validator does not implement."""


@dataclass(frozen=True)
class Result:
    """One ``sh:ValidationResult``: what :func:`reformkg.rdf.shacl.validate_graph` reports."""

    focus: object
    shape: object  # the sh:sourceShape
    value: object | None
    severity: object  # SH.Violation, SH.Warning or SH.Info
    messages: tuple  # the shape's sh:message literals


@dataclass
class Shape:
    node: object
    path: object | None = None  # a function for property shapes
    severity: object = SH.Violation
    messages: tuple = ()
    deactivated: bool = False
    # each check: (index, focus, value nodes) → list of (value or None)
    checks: list = field(default_factory=list)
    properties: list = field(default_factory=list)
    targets: list = field(default_factory=list)  # functions index → focus nodes

    def results(self, ix: Index, focus) -> list[Result]:
        if self.deactivated:
            return []
        values = self.path(ix, focus) if self.path is not None else [focus]
        out = []
        for check in self.checks:
            for value in check(ix, focus, values):
                out.append(Result(focus, self.node, value, self.severity, self.messages))
        for prop in self.properties:
            out += prop.results(ix, focus)
        return out

    def conforms(self, ix: Index, node) -> bool:
        return not self.results(ix, node)
