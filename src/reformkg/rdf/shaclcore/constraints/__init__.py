"""The SHACL Core constraint components the validator implements, by section of the spec
(https://www.w3.org/TR/shacl/#core-components), as pyshacl lays out
``pyshacl/constraints/core/``.

Each section module maps the components it implements to a function
``(compiler, shape node, parameter value, shape) → check`` (a check is
``(index, focus, value nodes) → the values to report``, ``None`` for a result without a
value, a :class:`~reformkg.rdf.shaclcore.model.Found` for one with a path of its own), whose
results name the component of the parameter (``sh:minCount`` →
``sh:MinCountConstraintComponent``); or to a list of (component, check) where one parameter
gives results of two components (``sh:qualifiedValueShape``); or to ``None`` when the
component adds no check (``sh:property``). Its ``PARAMETERS`` are the further terms its
components read. A SHACL term that is in no module here makes the compiler raise
:class:`~reformkg.rdf.shaclcore.model.Unsupported`.
"""

from __future__ import annotations

from reformkg.rdf.shaclcore.constraints import (
    cardinality,
    logical,
    other,
    property_pair,
    shape_based,
    string_based,
    value_range,
    value_type,
)

SECTIONS = (value_type, cardinality, value_range, string_based, property_pair, logical, shape_based, other)

COMPONENTS: dict = {}
PARAMETERS: set = set()
for _section in SECTIONS:
    COMPONENTS.update(_section.COMPONENTS)
    PARAMETERS |= getattr(_section, "PARAMETERS", set())
