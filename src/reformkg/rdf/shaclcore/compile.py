"""The shapes graph compiled: each shape into a :class:`~.model.Shape` with its path, its
targets and one check function per constraint component (made by the functions of
:data:`.constraints.COMPONENTS`). Anything the compiler does not know raises
:class:`~.model.Unsupported`."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS

from reformkg.rdf.shaclcore.constraints import COMPONENTS, PARAMETERS
from reformkg.rdf.shaclcore.model import SH, Shape, Unsupported

# Terms of a shape that carry no constraint (or that are read by the compiler itself, or by
# the component they are a parameter of).
_PASSIVE = {SH.name, SH.description, SH.message, SH.order, SH.group, SH.defaultValue, SH.severity,
            SH.deactivated, SH.path, SH.targetClass, SH.targetNode, SH.targetSubjectsOf,
            SH.targetObjectsOf} | PARAMETERS
_SEVERITY = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}


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
            make = COMPONENTS.get(p)
            if make is None:
                raise Unsupported(f"{p} on {node}")
            check = make(self, node, o, shape)
            if check is not None:  # sh:property adds a shape, not a check
                shape.checks.append(check)
        return shape

    def members(self, node) -> list:
        return list(Collection(self.g, node))


def compile_shapes(shapes: Graph) -> list[Shape]:
    """The shapes that have targets, compiled with their targets; every other declared
    shape is compiled too, so that an unsupported one is found whether it is used or not."""
    comp = Compiler(shapes)
    roots: list[Shape] = []
    target_preds = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
    nodes = {s for p in target_preds for s in shapes.subjects(p, None)}
    nodes |= {s for s in shapes.subjects(RDF.type, SH.NodeShape) if (s, RDF.type, RDFS.Class) in shapes}
    for node in sorted(nodes, key=str):
        if shapes.value(node, SH.path) is not None:
            raise Unsupported(f"a property shape with a target: {node}")
        shape = comp.shape(node)
        shape.targets = _targets(shapes, node)
        roots.append(shape)
    for node in sorted(set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape)), key=str):
        comp.shape(node)  # every declared shape compiles, targeted or not
    todo, seen = list(roots), set()
    while todo:  # every shape that reports results says its message (else pyshacl makes one up)
        shape = todo.pop()
        if id(shape) in seen:
            continue
        seen.add(id(shape))
        if shape.checks and not shape.messages:
            raise Unsupported(f"{shape.node} reports results but has no sh:message")
        todo += shape.properties
    return roots
