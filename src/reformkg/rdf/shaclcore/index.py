"""The data graph as the validator reads it: its triples in dictionaries, built in one pass."""

from __future__ import annotations

from collections import defaultdict

from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS


class Index:
    """The triples of a data graph in dictionaries: s → p → [o] and p → [(s, o)]."""

    def __init__(self, triples):
        """``triples``: a graph or any iterable of (s, p, o); a triple given twice counts once."""
        out: dict = defaultdict(lambda: defaultdict(list))
        by_p: dict = defaultdict(list)
        if not isinstance(triples, Graph):
            triples = dict.fromkeys(triples)  # unique, in order
        for s, p, o in triples:
            out[s][p].append(o)
            by_p[p].append((s, o))
        self.out, self.by_p = out, by_p
        self._inv: dict = {}
        self._sub: dict = {}

    def objects(self, s, p) -> list:
        node = self.out.get(s)
        return node.get(p, []) if node is not None else []

    def subjects(self, p, o) -> list:
        inv = self._inv.get(p)
        if inv is None:  # built per predicate, on first use
            inv = defaultdict(list)
            for s, ob in self.by_p.get(p, ()):
                inv[ob].append(s)
            self._inv[p] = inv
        return inv.get(o, [])

    def subclasses(self, cls) -> set:
        """``cls`` and every class below it by ``rdfs:subClassOf*`` in the data graph."""
        hit = self._sub.get(cls)
        if hit is None:
            hit, todo = {cls}, [cls]
            while todo:
                for sub in self.subjects(RDFS.subClassOf, todo.pop()):
                    if sub not in hit:
                        hit.add(sub)
                        todo.append(sub)
            self._sub[cls] = hit
        return hit

    def instances(self, cls) -> list:
        classes = self.subclasses(cls)
        return [s for s, o in self.by_p.get(RDF.type, ()) if o in classes]

    def is_instance(self, node, cls) -> bool:
        if isinstance(node, Literal):
            return False
        types = self.objects(node, RDF.type)
        if not types:
            return False
        classes = self.subclasses(cls)
        return any(t in classes for t in types)
