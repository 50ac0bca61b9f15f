"""The shapes graph compiled: each shape into a :class:`~.model.Shape` with its path, its
targets and one check function per constraint component (made by the functions of
:data:`.constraints.COMPONENTS`). Anything the compiler does not know raises
:class:`~.model.Unsupported`."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS

from reformkg.rdf.shaclcore.constraints import COMPONENTS, PARAMETERS
from reformkg.rdf.shaclcore.model import SH, Shape, Unsupported, path_expression

# Terms of a shape that carry no constraint (or that are read by the compiler itself, or by
# the component they are a parameter of).
_PASSIVE = {SH.name, SH.description, SH.message, SH.order, SH.group, SH.defaultValue, SH.severity,
            SH.deactivated, SH.path, SH.targetClass, SH.targetNode, SH.targetSubjectsOf,
            SH.targetObjectsOf} | PARAMETERS


# --------------------------------------------------------------------------- paths

def _unique(nodes) -> list:
    return list(dict.fromkeys(nodes))


def _walk(path):
    """A :func:`~.model.path_expression` as a function (index, focus) → its value nodes, each
    once (https://www.w3.org/TR/shacl/#property-paths)."""
    if isinstance(path, URIRef):
        return lambda ix, f, p=path: ix.objects(f, p)
    op, arg = path
    if op == RDF.List:
        steps = [_walk(step) for step in arg]

        def sequence(ix, f):
            nodes = [f]
            for step in steps:
                nodes = _unique(v for n in nodes for v in step(ix, n))
            return nodes
        return sequence
    if op == SH.alternativePath:
        members = [_walk(m) for m in arg]
        return lambda ix, f: _unique(v for m in members for v in m(ix, f))
    if op == SH.inversePath:
        if isinstance(arg, URIRef):
            return lambda ix, f, p=arg: ix.subjects(p, f)
        return _inverse(arg)
    inner = _walk(arg)

    def closure(ix, f, one=op == SH.oneOrMorePath):  # zero or more, one or more
        seen, todo = {}, [f]
        while todo:
            for v in inner(ix, todo.pop()):
                if v not in seen:
                    seen[v] = None
                    todo.append(v)
        if not one:
            return [f] + [v for v in seen if v != f]
        return list(seen)
    if op == SH.zeroOrOnePath:
        return lambda ix, f: _unique([f, *inner(ix, f)])
    return closure


def _inverse(path):
    """The inverse of a complex path: inverse of each step, in reverse order, and so on."""
    if isinstance(path, URIRef):
        return _walk((SH.inversePath, path))
    op, arg = path
    if op == RDF.List:
        return _walk((RDF.List, tuple((SH.inversePath, step) for step in reversed(arg))))
    if op == SH.alternativePath:
        return _walk((SH.alternativePath, tuple((SH.inversePath, m) for m in arg)))
    if op == SH.inversePath:
        return _walk(arg)
    return _walk((op, (SH.inversePath, arg)))


# --------------------------------------------------------------------------- targets

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


# --------------------------------------------------------------------------- shapes

def component_of(parameter) -> URIRef:
    """The constraint component a parameter belongs to: ``sh:minCount`` →
    ``sh:MinCountConstraintComponent`` (the spec names every Core component so)."""
    name = str(parameter)[len(str(SH)):]
    return SH[name[0].upper() + name[1:] + "ConstraintComponent"]


class Compiler:
    """Compiles the shapes of one graph, each once. The component functions get it as
    their first argument: :attr:`g` is the shapes graph, :meth:`shape` compiles another
    shape (``sh:property``, ``sh:not`` …), :meth:`members` reads an RDF list."""

    def __init__(self, shapes: Graph):
        self.g = shapes
        self.compiled: dict = {}

    def shape(self, node) -> Shape:
        hit = self.compiled.get(node)
        if hit is not None:
            return hit
        g = self.g
        shape = Shape(node)
        self.compiled[node] = shape  # before the parts: shapes may refer to each other
        path_node = g.value(node, SH.path)
        if path_node is not None:
            shape.path_expr = path_expression(g, path_node)
            shape.path = _walk(shape.path_expr)
        shape.severity = g.value(node, SH.severity) or SH.Violation
        if not isinstance(shape.severity, URIRef):
            raise Unsupported(f"severity {shape.severity!r}")
        shape.messages = tuple(sorted(g.objects(node, SH.message), key=lambda m: (m.language or "", str(m))))
        shape.deactivated = g.value(node, SH.deactivated) == Literal(True)
        for p, o in sorted(g.predicate_objects(node)):
            if p in _PASSIVE:
                continue
            make = COMPONENTS.get(p)
            if make is None:
                if str(p).startswith(str(SH)):  # a SHACL term this validator does not know
                    raise Unsupported(f"{p} on {node}")
                continue  # rdf:type, rdfs:label, any other vocabulary: no constraint
            made = make(self, node, o, shape)
            if made is None:  # sh:property adds a shape, not a check
                continue
            shape.checks += [(component_of(p), made)] if callable(made) else made
        return shape

    def members(self, node) -> list:
        return list(Collection(self.g, node))


def compile_shapes(shapes: Graph, require_messages: bool = True) -> list[Shape]:
    """The shapes that have targets, compiled with their targets; every other declared
    shape is compiled too, so that an unsupported one is found whether it is used or not.

    ``require_messages``: a shape that reports results must have an ``sh:message`` (else
    pyshacl makes one up, and the findings of the two engines would differ in their text)."""
    if (None, RDF.type, SH.ConstraintComponent) in shapes:
        raise Unsupported("a constraint component of its own (SHACL-SPARQL)")
    comp = Compiler(shapes)
    roots: list[Shape] = []
    target_preds = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
    nodes = {s for p in target_preds for s in shapes.subjects(p, None)}
    declared = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape))
    nodes |= {s for s in declared if (s, RDF.type, RDFS.Class) in shapes}
    for node in sorted(nodes, key=str):
        shape = comp.shape(node)
        shape.targets = _targets(shapes, node)
        roots.append(shape)
    others = set(shapes.subjects(SH.path, None)) | set(shapes.subjects(SH.target, None))
    for node in sorted(declared | others, key=str):
        comp.shape(node)  # every declared shape compiles, targeted or not (sh:target: raises)
    if require_messages:
        todo, seen = list(roots), set()
        while todo:
            shape = todo.pop()
            if id(shape) in seen:
                continue
            seen.add(id(shape))
            if shape.checks and not shape.messages:
                raise Unsupported(f"{shape.node} reports results but has no sh:message")
            todo += shape.properties
    return roots
