"""4.4 String-based constraint components: ``sh:minLength``, ``sh:maxLength``,
``sh:pattern`` (with ``sh:flags``), ``sh:languageIn``, ``sh:uniqueLang``.

https://www.w3.org/TR/shacl/#core-components-string
"""

from __future__ import annotations

import re

from rdflib import BNode, Literal

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


def _lang_matches(tag: str, lang_range: str) -> bool:
    """SPARQL's langMatches, basic filtering of RFC 4647: the range, or the range and a subtag."""
    tag, lang_range = tag.lower(), lang_range.lower()
    if lang_range == "*":
        return bool(tag)
    return tag == lang_range or tag.startswith(lang_range + "-")


def language_in(c, node, lst, shape):
    ranges = [str(r) for r in c.members(lst)]

    def ok(v) -> bool:
        return isinstance(v, Literal) and bool(v.language) and any(_lang_matches(v.language, r) for r in ranges)
    return lambda ix, f, vs: [v for v in vs if not ok(v)]


def unique_lang(c, node, flag, shape):
    """One result (without a value) per language tag that two value nodes share; only for
    ``true`` itself (``"1"^^xsd:boolean`` is another literal)."""
    if flag != Literal(True):
        return []

    def check(ix, f, vs):
        seen: dict = {}
        for v in vs:
            if isinstance(v, Literal) and v.language:
                seen[v.language.lower()] = seen.get(v.language.lower(), 0) + 1
        return [None for n in seen.values() if n > 1]
    return check


COMPONENTS = {SH.minLength: min_length, SH.maxLength: max_length, SH.pattern: pattern,
              SH.languageIn: language_in, SH.uniqueLang: unique_lang}
PARAMETERS = {SH.flags}
