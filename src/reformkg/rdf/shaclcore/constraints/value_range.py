"""4.3 Value range constraint components: ``sh:minExclusive``, ``sh:minInclusive``,
``sh:maxExclusive``, ``sh:maxInclusive``.

https://www.w3.org/TR/shacl/#core-components-range
"""

from __future__ import annotations

from rdflib import Literal

from reformkg.rdf.shaclcore.model import SH


def _order(v, bound) -> int | None:
    """The order of ``v`` against ``bound`` (-1, 0, 1) as pyshacl decides it for the range
    constraints, or None where it fails them whatever the bound: blank nodes, IRIs, a string
    against a non-string, incomparable literals."""
    from pyshacl.rdfutil.compare import compare_literal  # lazy: importing pyshacl costs 0.17 s; only shapes with ranges use it

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


def min_exclusive(c, node, b, shape):
    return lambda ix, f, vs: [v for v in vs if not _min_ok(v, b, True)]


def min_inclusive(c, node, b, shape):
    return lambda ix, f, vs: [v for v in vs if not _min_ok(v, b, False)]


def max_exclusive(c, node, b, shape):
    return lambda ix, f, vs: [v for v in vs if not _max_ok(v, b, True)]


def max_inclusive(c, node, b, shape):
    return lambda ix, f, vs: [v for v in vs if not _max_ok(v, b, False)]


COMPONENTS = {SH.minExclusive: min_exclusive, SH.minInclusive: min_inclusive,
              SH.maxExclusive: max_exclusive, SH.maxInclusive: max_inclusive}
