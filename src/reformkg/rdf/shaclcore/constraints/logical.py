"""4.6 Logical constraint components: ``sh:not``, ``sh:and``, ``sh:or``, ``sh:xone``.

https://www.w3.org/TR/shacl/#core-components-logical
"""

from __future__ import annotations

from reformkg.rdf.shaclcore.model import SH


def not_(c, node, other, shape):
    target = c.shape(other)
    return lambda ix, f, vs: [v for v in vs if target.conforms(ix, v)]


def and_(c, node, lst, shape):
    members = [c.shape(m) for m in c.members(lst)]
    return lambda ix, f, vs: [v for v in vs if not all(m.conforms(ix, v) for m in members)]


def or_(c, node, lst, shape):
    members = [c.shape(m) for m in c.members(lst)]
    return lambda ix, f, vs: [v for v in vs if not any(m.conforms(ix, v) for m in members)]


def xone(c, node, lst, shape):
    members = [c.shape(m) for m in c.members(lst)]
    return lambda ix, f, vs: [v for v in vs if sum(m.conforms(ix, v) for m in members) != 1]


COMPONENTS = {SH["not"]: not_, SH["and"]: and_, SH["or"]: or_, SH.xone: xone}
