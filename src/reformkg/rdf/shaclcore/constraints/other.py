"""4.8 Other constraint components: ``sh:hasValue``, ``sh:in``. Not implemented:
``sh:closed`` (with ``sh:ignoredProperties``).

https://www.w3.org/TR/shacl/#core-components-others
"""

from __future__ import annotations

from reformkg.rdf.shaclcore.model import SH


def has_value(c, node, want, shape):
    return lambda ix, f, vs: [] if want in vs else [None]


def in_(c, node, lst, shape):
    allowed = c.members(lst)
    return lambda ix, f, vs: [v for v in vs if v not in allowed]


COMPONENTS = {SH.hasValue: has_value, SH["in"]: in_}
