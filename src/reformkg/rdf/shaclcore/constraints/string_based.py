"""4.4 String-based constraint components: ``sh:minLength``, ``sh:maxLength``,
``sh:pattern`` (with ``sh:flags``). Not implemented: ``sh:languageIn``, ``sh:uniqueLang``.

https://www.w3.org/TR/shacl/#core-components-string
"""

from __future__ import annotations

import re

from rdflib import BNode

from reformkg.rdf.shaclcore.model import SH


def min_length(c, node, n, shape):
    n = int(n)
    return lambda ix, f, vs: [v for v in vs if isinstance(v, BNode) or len(str(v)) < n]


def max_length(c, node, n, shape):
    n = int(n)
    return lambda ix, f, vs: [v for v in vs if isinstance(v, BNode) or len(str(v)) > n]


def pattern(c, node, pattern, shape):
    flags = 0
    for ch in str(c.g.value(node, SH.flags) or ""):
        flags |= {"i": re.I, "m": re.M, "s": re.S, "x": re.X}.get(ch, 0)
    rx = re.compile(str(pattern), flags)
    return lambda ix, f, vs: [v for v in vs if isinstance(v, BNode) or not rx.search(str(v))]


COMPONENTS = {SH.minLength: min_length, SH.maxLength: max_length, SH.pattern: pattern}
PARAMETERS = {SH.flags}
