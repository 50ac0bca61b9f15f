"""A compiled validator for SHACL Core.

pyshacl walks the data graph through rdflib's ``triples()`` for every constraint of every
focus node; on a page graph plus the registry nodes it reaches (~7,000 triples) that is
~60% of a page's build time. This package compiles the shapes graph once into plain Python
objects and checks a data graph against them over a dictionary index built in one pass
over its triples. It reports the same results as pyshacl (focus node, source shape, value,
severity and messages): ``tests/test_shaclcore.py`` compares the two on every fixture, on
the real data and on randomly mutated page graphs. ``tests/test_w3c_shacl.py`` runs the W3C
SHACL Core test suite through it (every test passes: focus node, path, value, source shape,
constraint component and severity of each result).

Supported: all of SHACL Core. Targets (``targetClass`` with ``rdfs:subClassOf*`` in the data
graph, ``targetNode``, ``targetSubjectsOf``, ``targetObjectsOf``, implicit class targets, on
node and property shapes); every property path (predicate, sequence, alternative, inverse of
any path, zero-or-more, one-or-more, zero-or-one); ``class``, ``datatype`` (with ill-typed
literals), ``nodeKind``, ``minCount``, ``maxCount``, ``min/maxInclusive``,
``min/maxExclusive``, ``minLength``, ``maxLength``, ``pattern`` (with ``flags``),
``languageIn``, ``uniqueLang``, ``equals``, ``disjoint``, ``lessThan``,
``lessThanOrEquals``, ``not``, ``and``, ``or``, ``xone``, ``node``, ``property``,
``qualifiedValueShape`` with ``qualifiedMin/MaxCount`` and
``qualifiedValueShapesDisjoint``, ``closed`` with ``ignoredProperties``, ``hasValue``,
``in``; ``severity`` (any IRI), ``message``, ``deactivated``.

Only what the compiler knows is accepted: a shape that uses any other SHACL term
(SHACL-SPARQL's ``sh:sparql`` and constraint components of one's own, SHACL-AF's
``sh:target`` and ``sh:rule`` …) raises :class:`Unsupported` at compile time, as does (unless
``require_messages=False``) a shape that reports results without an ``sh:message``, whose
message pyshacl would make up; :mod:`reformkg.rdf.shacl` then falls back to pyshacl, so
editing the shapes can never make validation silently weaker.

Layout, laid out like pyshacl's ``pyshacl/constraints/core/`` (each module imports only
the ones above it in this list):

- :mod:`.validate`: :class:`Validator`, the run of the compiled shapes over a data index;
- :mod:`.compile`: shapes graph → compiled shapes, their targets and paths;
- :mod:`.constraints`: the registry, constraint component → the function that compiles
  it, gathered from one module per section of the spec (`4.1 value type
  <https://www.w3.org/TR/shacl/#core-components-value-type>`_ … 4.8 other);
- :mod:`.index`: the data graph's triples in dictionaries;
- :mod:`.model`: :data:`SH`, :class:`Unsupported`, :class:`Result`, :class:`Shape`, paths as
  values (:func:`path_expression`, :func:`path_graph`).
"""

from reformkg.rdf.shaclcore.index import Index
from reformkg.rdf.shaclcore.model import (
    SH,
    Result,
    Shape,
    Unsupported,
    path_expression,
    path_graph,
)
from reformkg.rdf.shaclcore.validate import Validator

__all__ = ["SH", "Index", "Result", "Shape", "Unsupported", "Validator", "path_expression", "path_graph"]
