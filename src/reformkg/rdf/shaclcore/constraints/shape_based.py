"""4.7 Shape-based constraint components: ``sh:node``, ``sh:property``,
``sh:qualifiedValueShape`` (with ``sh:qualifiedMinCount``, ``sh:qualifiedMaxCount`` and
``sh:qualifiedValueShapesDisjoint``).

https://www.w3.org/TR/shacl/#core-components-shape
"""

from __future__ import annotations

from rdflib import Literal

from reformkg.rdf.shaclcore.model import SH


def node(c, node, other, shape):
    """One result per value node that does not conform to the shape; the shape's own results
    are not reported (pyshacl gives them as ``sh:detail``)."""
    target = c.shape(other)
    return lambda ix, f, vs: [v for v in vs if not target.conforms(ix, v)]


def property_(c, node, other, shape):
    """No check: the property shape's results are the shape's own (see ``Shape.results``)."""
    shape.properties.append(c.shape(other))
    return None


def _siblings(c, node, other) -> list:
    """The sibling shapes of a qualified value shape: the ``sh:qualifiedValueShape`` of every
    property shape of the shapes that have ``node`` as a property shape, but ``other``."""
    out = []
    for parent in c.g.subjects(SH.property, node):
        for prop in c.g.objects(parent, SH.property):
            for q in c.g.objects(prop, SH.qualifiedValueShape):
                if q != other:
                    out.append(c.shape(q))
    return out


def qualified_value_shape(c, node, other, shape):
    target = c.shape(other)
    siblings = _siblings(c, node, other) if c.g.value(node, SH.qualifiedValueShapesDisjoint) == Literal(True) else []
    low = c.g.value(node, SH.qualifiedMinCount)
    high = c.g.value(node, SH.qualifiedMaxCount)

    def count(ix, vs) -> int:
        return sum(1 for v in vs if target.conforms(ix, v) and not any(s.conforms(ix, v) for s in siblings))

    checks = []
    if low is not None:
        low = int(low)
        checks.append((SH.QualifiedMinCountConstraintComponent,
                       lambda ix, f, vs: [None] if count(ix, vs) < low else []))
    if high is not None:
        high = int(high)
        checks.append((SH.QualifiedMaxCountConstraintComponent,
                       lambda ix, f, vs: [None] if count(ix, vs) > high else []))
    return checks


COMPONENTS = {SH.node: node, SH.property: property_, SH.qualifiedValueShape: qualified_value_shape}
PARAMETERS = {SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.qualifiedValueShapesDisjoint}
