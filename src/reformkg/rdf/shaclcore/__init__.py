"""A compiled validator for the part of SHACL Core that ``shapes/`` uses.

pyshacl walks the data graph through rdflib's ``triples()`` for every constraint of every
focus node; on a page graph plus the registry nodes it reaches (~7,000 triples) that is
~60% of a page's build time. This package compiles the shapes graph once into plain Python
objects and checks a data graph against them over a dictionary index built in one pass
over its triples. It reports the same results as pyshacl (focus node, source shape, value,
severity and messages): ``tests/test_shaclcore.py`` compares the two on every fixture, on
the real data and on randomly mutated page graphs.

Only what the compiler knows is accepted: a shapes graph that uses any other SHACL term
(a path it cannot follow, SPARQL constraints, closed shapes, ``sh:node``, whose nested
results pyshacl reports as results of their own …) raises :class:`Unsupported`
at compile time, and :mod:`reformkg.rdf.shacl` then falls back to pyshacl, so editing the
shapes can never make validation silently weaker.

Supported: targets (``targetClass`` with ``rdfs:subClassOf*`` in the data graph,
``targetNode``, ``targetSubjectsOf``, ``targetObjectsOf``, implicit class targets);
paths (predicate, sequence, inverse); ``class``, ``datatype`` (with ill-typed literals),
``nodeKind``, ``minCount``, ``maxCount``, ``minLength``, ``maxLength``, ``pattern``
(with ``flags``), ``in``, ``hasValue``, ``min/maxInclusive``, ``min/maxExclusive``,
``equals``, ``disjoint``, ``lessThan``, ``lessThanOrEquals``, ``property``,
``and``, ``or``, ``not``, ``xone``, ``qualifiedValueShape`` with ``qualifiedMin/MaxCount``;
``severity``, ``message``, ``deactivated``.

Layout, laid out like pyshacl's ``pyshacl/constraints/core/`` (each module imports only
the ones above it in this list):

- :mod:`.validate`: :class:`Validator`, the run of the compiled shapes over a data index;
- :mod:`.compile`: shapes graph → compiled shapes, their targets and paths;
- :mod:`.constraints`: the registry, constraint component → the function that compiles
  it, gathered from one module per section of the spec (`4.1 value type
  <https://www.w3.org/TR/shacl/#core-components-value-type>`_ … 4.8 other);
- :mod:`.index`: the data graph's triples in dictionaries;
- :mod:`.model`: :data:`SH`, :class:`Unsupported`, :class:`Result`, :class:`Shape`.
"""

from reformkg.rdf.shaclcore.index import Index
from reformkg.rdf.shaclcore.model import SH, Result, Shape, Unsupported
from reformkg.rdf.shaclcore.validate import Validator

__all__ = ["SH", "Index", "Result", "Shape", "Unsupported", "Validator"]
