"""A compiled validator for the part of SHACL Core that ``shapes/`` uses.

pyshacl walks the data graph through rdflib's ``triples()`` for every constraint of every
focus node; on a page graph plus the registry nodes it reaches (~7,000 triples) that is
~60% of a page's build time. This module compiles the shapes graph once into plain Python
objects and checks a data graph against them over a dictionary index built in one pass
over its triples. It reports the same results as pyshacl (focus node, source shape, value,
severity and messages): ``tests/test_shaclcore.py`` compares the two on every fixture, on
the real data and on randomly mutated page graphs.

Only what the compiler knows is accepted: a shapes graph that uses any other SHACL term
(a path it cannot follow, SPARQL constraints, closed shapes, ``sh:node``, whose nested
results pyshacl reports as results of their own …) raises :class:`Unsupported`
at compile time, and :mod:`reformkg.rdf.shacl` then falls back to pyshacl, so editing the
shapes can never make validation silently weaker.

Supported: targets (``targetClass`` with ``rdfs:subClassOf*`` in the data graph,
``targetNode``, ``targetSubjectsOf``, ``targetObjectsOf``, implicit class targets);
paths (predicate, sequence, inverse); ``class``, ``datatype`` (with ill-typed literals),
``nodeKind``, ``minCount``, ``maxCount``, ``minLength``, ``maxLength``, ``pattern``
(with ``flags``), ``in``, ``hasValue``, ``min/maxInclusive``, ``min/maxExclusive``,
``equals``, ``disjoint``, ``lessThan``, ``lessThanOrEquals``, ``property``,
``and``, ``or``, ``not``, ``xone``, ``qualifiedValueShape`` with ``qualifiedMin/MaxCount``;
``severity``, ``message``, ``deactivated``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, XSD

SH = Namespace("http://www.w3.org/ns/shacl#")


class Unsupported(Exception):
    """The shapes graph uses a SHACL feature this validator does not implement."""


# Terms of a shape that carry no constraint (or that are read by the compiler itself).
_PASSIVE = {SH.name, SH.description, SH.message, SH.order, SH.group, SH.defaultValue, SH.severity,
            SH.deactivated, SH.path, SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf,
            SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.qualifiedValueShapesDisjoint, SH.flags}
_SEVERITY = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}


@dataclass(frozen=True)
class Result:
    """One ``sh:ValidationResult``: what :func:`reformkg.rdf.shacl.validate_graph` reports."""

    focus: object
    shape: object  # the sh:sourceShape
    value: object | None
    severity: object  # SH.Violation, SH.Warning or SH.Info
    messages: tuple  # the shape's sh:message literals


# --------------------------------------------------------------------------- the data index

class Index:
    """The triples of a data graph in dictionaries: s → p → [o] and p → [(s, o)]."""

    def __init__(self, triples):
        """``triples``: a graph or any iterable of (s, p, o); a triple given twice counts once."""
        out: dict = defaultdict(lambda: defaultdict(list))
        by_p: dict = defaultdict(list)
        if not isinstance(triples, Graph):
            triples = dict.fromkeys(triples)  # unique, in order
        for s, p, o in triples:
            out[s][p].append(o)
            by_p[p].append((s, o))
        self.out, self.by_p = out, by_p
        self._inv: dict = {}
        self._sub: dict = {}

    def objects(self, s, p) -> list:
        node = self.out.get(s)
        return node.get(p, []) if node is not None else []

    def subjects(self, p, o) -> list:
        inv = self._inv.get(p)
        if inv is None:  # built per predicate, on first use
            inv = defaultdict(list)
            for s, ob in self.by_p.get(p, ()):
                inv[ob].append(s)
            self._inv[p] = inv
        return inv.get(o, [])

    def subclasses(self, cls) -> set:
        """``cls`` and every class below it by ``rdfs:subClassOf*`` in the data graph."""
        hit = self._sub.get(cls)
        if hit is None:
            hit, todo = {cls}, [cls]
            while todo:
                for sub in self.subjects(RDFS.subClassOf, todo.pop()):
                    if sub not in hit:
                        hit.add(sub)
                        todo.append(sub)
            self._sub[cls] = hit
        return hit

    def instances(self, cls) -> list:
        classes = self.subclasses(cls)
        return [s for s, o in self.by_p.get(RDF.type, ()) if o in classes]

    def is_instance(self, node, cls) -> bool:
        if isinstance(node, Literal):
            return False
        types = self.objects(node, RDF.type)
        if not types:
            return False
        classes = self.subclasses(cls)
        return any(t in classes for t in types)


# --------------------------------------------------------------------------- paths

def _path(shapes: Graph, node):
    """A path as a function index, focus → list of value nodes."""
    if isinstance(node, URIRef):
        return lambda ix, f, p=node: ix.objects(f, p)
    inverse = shapes.value(node, SH.inversePath)
    if inverse is not None:
        if not isinstance(inverse, URIRef):
            raise Unsupported("sh:inversePath of a complex path")
        return lambda ix, f, p=inverse: ix.subjects(p, f)
    if shapes.value(node, RDF.first) is not None:
        steps = [_path(shapes, step) for step in Collection(shapes, node)]

        def sequence(ix, f):
            nodes = [f]
            for step in steps:
                seen, nxt = set(), []
                for n in nodes:
                    for v in step(ix, n):
                        if v not in seen:
                            seen.add(v)
                            nxt.append(v)
                nodes = nxt
            return nodes

        return sequence
    raise Unsupported(f"path {node!r}")


# --------------------------------------------------------------------------- shapes

def _order(v, bound) -> int | None:
    """The order of ``v`` against ``bound`` (-1, 0, 1) as pyshacl decides it for the range
    constraints, or None where it fails them whatever the bound: blank nodes, IRIs, a string
    against a non-string, incomparable literals."""
    from pyshacl.rdfutil.compare import compare_literal

    if not isinstance(v, Literal) or isinstance(v.value, str) != isinstance(bound.value, str):
        return None
    try:
        return compare_literal(v, bound)
    except (TypeError, NotImplementedError):
        return None


def _min_ok(v, bound, strict: bool) -> bool:
    """``v`` ≥ ``bound`` (> when ``strict``)."""
    cmp = _order(v, bound)
    return cmp is not None and (cmp > 0 if strict else cmp >= 0)


def _max_ok(v, bound, strict: bool) -> bool:
    """``v`` ≤ ``bound`` (< when ``strict``)."""
    cmp = _order(v, bound)
    return cmp is not None and (cmp < 0 if strict else cmp <= 0)


_VALUE_TYPES = {XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: (int,), XSD.float: (float,),
                XSD.decimal: (Decimal,), XSD.boolean: (bool,), XSD.date: (date,), XSD.time: (time,),
                XSD.dateTime: (datetime,)}


def _has_datatype(v, dt) -> bool:
    """sh:datatype as pyshacl decides it (ill-typed literals fail; the Python value is checked
    for the XSD types it knows)."""
    if not isinstance(v, Literal):
        return False
    if v.datatype == dt:
        if getattr(v, "ill_typed", None) is True:
            return False
    elif dt == RDFS.Literal or (dt == RDFS.Datatype and v.datatype):
        return True
    elif not ((v.datatype is None and v.language is None and dt == XSD.string) or (dt == RDF.langString and v.language)):
        return False
    types = _VALUE_TYPES.get(dt)
    return types is None or isinstance(v.value, types)


def _plain(node):
    """(comparable form, is a string) as pyshacl's sh:lessThan sees a node."""
    if isinstance(node, BNode):
        raise Unsupported("sh:lessThan on a blank node")  # pyshacl stops with an error too
    if isinstance(node, URIRef):
        return str(node), True
    if isinstance(node, Literal) and isinstance(node.value, str):
        return node.value, True
    return node, False


def _pair_ok(v, w, strict: bool) -> bool:
    (a, a_str), (b, b_str) = _plain(v), _plain(w)
    if a_str != b_str:
        return False
    try:
        return bool(a < b) if strict else bool(a <= b)
    except TypeError:
        return False


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


class Compiler:
    def __init__(self, shapes: Graph):
        self.g = shapes
        self.compiled: dict = {}

    def shape(self, node) -> Shape:
        hit = self.compiled.get(node)
        if hit is not None:
            return hit
        g = self.g
        path_node = g.value(node, SH.path)
        shape = Shape(node, _path(g, path_node) if path_node is not None else None)
        self.compiled[node] = shape  # before the parts: shapes may refer to each other
        shape.severity = g.value(node, SH.severity) or SH.Violation
        if shape.severity not in _SEVERITY:
            raise Unsupported(f"severity {shape.severity}")
        shape.messages = tuple(sorted(g.objects(node, SH.message), key=lambda m: (m.language or "", str(m))))
        shape.deactivated = g.value(node, SH.deactivated) == Literal(True)
        for p, o in sorted(g.predicate_objects(node)):
            if p == RDF.type or p == RDFS.comment or p == RDFS.label or p in _PASSIVE:
                continue
            if p == SH.property:
                shape.properties.append(self.shape(o))
                continue
            make = getattr(self, "_" + str(p)[len(str(SH)):], None) if str(p).startswith(str(SH)) else None
            if make is None:
                raise Unsupported(f"{p} on {node}")
            shape.checks.append(make(node, o, shape))
        return shape

    def _list(self, node) -> list:
        return list(Collection(self.g, node))

    # value-node checks: each returns a function (index, focus, values) → reported values
    def _class(self, node, cls, shape):
        return lambda ix, f, vs: [v for v in vs if not ix.is_instance(v, cls)]

    def _datatype(self, node, dt, shape):
        return lambda ix, f, vs: [v for v in vs if not _has_datatype(v, dt)]

    def _nodeKind(self, node, kind, shape):
        allowed = {SH.IRI: (URIRef,), SH.BlankNode: (BNode,), SH.Literal: (Literal,),
                   SH.BlankNodeOrIRI: (BNode, URIRef), SH.BlankNodeOrLiteral: (BNode, Literal),
                   SH.IRIOrLiteral: (URIRef, Literal)}.get(kind)
        if allowed is None:
            raise Unsupported(f"sh:nodeKind {kind}")
        return lambda ix, f, vs: [v for v in vs if not isinstance(v, allowed)]

    def _minCount(self, node, n, shape):
        n = int(n)
        return lambda ix, f, vs: [None] if len(vs) < n else []

    def _maxCount(self, node, n, shape):
        n = int(n)
        return lambda ix, f, vs: [None] if len(vs) > n else []

    def _minLength(self, node, n, shape):
        n = int(n)
        return lambda ix, f, vs: [v for v in vs if isinstance(v, BNode) or len(str(v)) < n]

    def _maxLength(self, node, n, shape):
        n = int(n)
        return lambda ix, f, vs: [v for v in vs if isinstance(v, BNode) or len(str(v)) > n]

    def _pattern(self, node, pattern, shape):
        flags = 0
        for ch in str(self.g.value(node, SH.flags) or ""):
            flags |= {"i": re.I, "m": re.M, "s": re.S, "x": re.X}.get(ch, 0)
        rx = re.compile(str(pattern), flags)
        return lambda ix, f, vs: [v for v in vs if isinstance(v, BNode) or not rx.search(str(v))]

    def _in(self, node, lst, shape):
        allowed = self._list(lst)
        return lambda ix, f, vs: [v for v in vs if v not in allowed]

    def _hasValue(self, node, want, shape):
        return lambda ix, f, vs: [] if want in vs else [None]

    def _minInclusive(self, node, b, shape):
        return lambda ix, f, vs: [v for v in vs if not _min_ok(v, b, False)]

    def _minExclusive(self, node, b, shape):
        return lambda ix, f, vs: [v for v in vs if not _min_ok(v, b, True)]

    def _maxInclusive(self, node, b, shape):
        return lambda ix, f, vs: [v for v in vs if not _max_ok(v, b, False)]

    def _maxExclusive(self, node, b, shape):
        return lambda ix, f, vs: [v for v in vs if not _max_ok(v, b, True)]

    def _lessThan(self, node, prop, shape):
        def check(ix, f, vs):  # one result per failing pair, as pyshacl gives
            others = ix.objects(f, prop)
            return [v for v in vs for w in others if not _pair_ok(v, w, True)]
        return check

    def _lessThanOrEquals(self, node, prop, shape):
        def check(ix, f, vs):
            others = ix.objects(f, prop)
            return [v for v in vs for w in others if not _pair_ok(v, w, False)]
        return check

    def _equals(self, node, prop, shape):
        def check(ix, f, vs):
            others = ix.objects(f, prop)
            return [v for v in vs if v not in others] + [w for w in others if w not in vs]
        return check

    def _disjoint(self, node, prop, shape):
        return lambda ix, f, vs: [v for v in vs if v in ix.objects(f, prop)]

    def _not(self, node, other, shape):
        target = self.shape(other)
        return lambda ix, f, vs: [v for v in vs if target.conforms(ix, v)]

    def _and(self, node, lst, shape):
        members = [self.shape(m) for m in self._list(lst)]
        return lambda ix, f, vs: [v for v in vs if not all(m.conforms(ix, v) for m in members)]

    def _or(self, node, lst, shape):
        members = [self.shape(m) for m in self._list(lst)]
        return lambda ix, f, vs: [v for v in vs if not any(m.conforms(ix, v) for m in members)]

    def _xone(self, node, lst, shape):
        members = [self.shape(m) for m in self._list(lst)]
        return lambda ix, f, vs: [v for v in vs if sum(m.conforms(ix, v) for m in members) != 1]

    def _qualifiedValueShape(self, node, other, shape):
        if self.g.value(node, SH.qualifiedValueShapesDisjoint) == Literal(True):
            raise Unsupported("sh:qualifiedValueShapesDisjoint")
        target = self.shape(other)
        low = self.g.value(node, SH.qualifiedMinCount)
        high = self.g.value(node, SH.qualifiedMaxCount)
        low = int(low) if low is not None else None
        high = int(high) if high is not None else None

        def check(ix, f, vs):
            n = sum(1 for v in vs if target.conforms(ix, v))
            out = []
            if low is not None and n < low:
                out.append(None)
            if high is not None and n > high:
                out.append(None)
            return out
        return check


def _targets(g: Graph, node) -> list:
    out = []
    for cls in g.objects(node, SH.targetClass):
        out.append(lambda ix, c=cls: ix.instances(c))
    if (node, RDF.type, RDFS.Class) in g:  # implicit class target
        out.append(lambda ix, c=node: ix.instances(c))
    for n in g.objects(node, SH.targetNode):
        out.append(lambda ix, n=n: [n])
    for p in g.objects(node, SH.targetSubjectsOf):
        out.append(lambda ix, p=p: [s for s, _ in ix.by_p.get(p, ())])
    for p in g.objects(node, SH.targetObjectsOf):
        out.append(lambda ix, p=p: [o for _, o in ix.by_p.get(p, ())])
    return out


class Validator:
    """The shapes of a graph, compiled; :meth:`validate` checks one data graph."""

    def __init__(self, shapes: Graph):
        comp = Compiler(shapes)
        self.roots: list[Shape] = []
        target_preds = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
        nodes = {s for p in target_preds for s in shapes.subjects(p, None)}
        nodes |= {s for s in shapes.subjects(RDF.type, SH.NodeShape) if (s, RDF.type, RDFS.Class) in shapes}
        for node in sorted(nodes, key=str):
            if shapes.value(node, SH.path) is not None:
                raise Unsupported(f"a property shape with a target: {node}")
            shape = comp.shape(node)
            shape.targets = _targets(shapes, node)
            self.roots.append(shape)
        for node in sorted(set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape)), key=str):
            comp.shape(node)  # every declared shape compiles, targeted or not
        todo, seen = list(self.roots), set()
        while todo:  # every shape that reports results says its message (else pyshacl makes one up)
            shape = todo.pop()
            if id(shape) in seen:
                continue
            seen.add(id(shape))
            if shape.checks and not shape.messages:
                raise Unsupported(f"{shape.node} reports results but has no sh:message")
            todo += shape.properties

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
