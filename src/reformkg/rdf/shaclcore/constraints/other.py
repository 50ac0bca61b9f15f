"""4.8 Other constraint components: ``sh:closed`` (with ``sh:ignoredProperties``),
``sh:hasValue``, ``sh:in``.

https://www.w3.org/TR/shacl/#core-components-others
"""

from __future__ import annotations

from rdflib import Literal, URIRef

from reformkg.rdf.shaclcore.model import SH, Found


def closed(c, node, flag, shape):
    """Each triple of a value node whose predicate is neither the (IRI) path of one of the
    shape's property shapes nor ignored: a result with that predicate as path, its object as
    value."""
    if flag != Literal(True):
        return []
    allowed = {p for prop in c.g.objects(node, SH.property) for p in c.g.objects(prop, SH.path)
               if isinstance(p, URIRef)}
    for lst in c.g.objects(node, SH.ignoredProperties):
        allowed |= set(c.members(lst))

    def check(ix, f, vs):
        out = []
        for v in vs:
            for p, objects in ix.out.get(v, {}).items():
                if p not in allowed:
                    out += [Found(o, p) for o in objects]
        return out
    return check


def has_value(c, node, want, shape):
    return lambda ix, f, vs: [] if want in vs else [None]


def in_(c, node, lst, shape):
    allowed = c.members(lst)
    return lambda ix, f, vs: [v for v in vs if v not in allowed]


COMPONENTS = {SH.closed: closed, SH.hasValue: has_value, SH["in"]: in_}
PARAMETERS = {SH.ignoredProperties}
