"""4.5 Property pair constraint components: ``sh:equals``, ``sh:disjoint``,
``sh:lessThan``, ``sh:lessThanOrEquals``.

https://www.w3.org/TR/shacl/#core-components-property-pairs
"""

from __future__ import annotations

from rdflib import BNode, Literal, URIRef

from reformkg.rdf.shaclcore.model import SH, Unsupported


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


def equals(c, node, prop, shape):
    def check(ix, f, vs):
        others = ix.objects(f, prop)
        return [v for v in vs if v not in others] + [w for w in others if w not in vs]
    return check


def disjoint(c, node, prop, shape):
    return lambda ix, f, vs: [v for v in vs if v in ix.objects(f, prop)]


def less_than(c, node, prop, shape):
    def check(ix, f, vs):  # one result per failing pair, as pyshacl gives
        others = ix.objects(f, prop)
        return [v for v in vs for w in others if not _pair_ok(v, w, True)]
    return check


def less_than_or_equals(c, node, prop, shape):
    def check(ix, f, vs):
        others = ix.objects(f, prop)
        return [v for v in vs for w in others if not _pair_ok(v, w, False)]
    return check


COMPONENTS = {SH.equals: equals, SH.disjoint: disjoint, SH.lessThan: less_than,
              SH.lessThanOrEquals: less_than_or_equals}
