"""4.7 Shape-based constraint components: ``sh:property``, ``sh:qualifiedValueShape``
(with ``sh:qualifiedMinCount``, ``sh:qualifiedMaxCount``). Not implemented: ``sh:node``
(pyshacl reports its nested results as results of their own) and
``sh:qualifiedValueShapesDisjoint true``.

https://www.w3.org/TR/shacl/#core-components-shape
"""

from __future__ import annotations

from rdflib import Literal

from reformkg.rdf.shaclcore.model import SH, Unsupported


def property_(c, node, other, shape):
    """No check: the property shape's results are the shape's own (see ``Shape.results``)."""
    shape.properties.append(c.shape(other))
    return None


def qualified_value_shape(c, node, other, shape):
    if c.g.value(node, SH.qualifiedValueShapesDisjoint) == Literal(True):
        raise Unsupported("sh:qualifiedValueShapesDisjoint")
    target = c.shape(other)
    low = c.g.value(node, SH.qualifiedMinCount)
    high = c.g.value(node, SH.qualifiedMaxCount)
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


COMPONENTS = {SH.property: property_, SH.qualifiedValueShape: qualified_value_shape}
PARAMETERS = {SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.qualifiedValueShapesDisjoint}
