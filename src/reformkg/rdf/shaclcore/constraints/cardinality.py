"""4.2 Cardinality constraint components: ``sh:minCount``, ``sh:maxCount``.

https://www.w3.org/TR/shacl/#core-components-count
"""

from __future__ import annotations

from reformkg.rdf.shaclcore.model import SH


def min_count(c, node, n, shape):
    n = int(n)
    return lambda ix, f, vs: [None] if len(vs) < n else []


def max_count(c, node, n, shape):
    n = int(n)
    return lambda ix, f, vs: [None] if len(vs) > n else []


COMPONENTS = {SH.minCount: min_count, SH.maxCount: max_count}
