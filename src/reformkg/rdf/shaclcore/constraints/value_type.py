"""4.1 Value type constraint components: ``sh:class``, ``sh:datatype``, ``sh:nodeKind``.

https://www.w3.org/TR/shacl/#core-components-value-type
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from reformkg.rdf.shaclcore.model import SH, Unsupported

_VALUE_TYPES = {XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: (int,), XSD.float: (float,),
                XSD.decimal: (Decimal,), XSD.boolean: (bool,), XSD.date: (date,), XSD.time: (time,),
                XSD.dateTime: (datetime,)}


def _has_datatype(v, dt) -> bool:
    """sh:datatype as pyshacl decides it (ill-typed literals fail; the Python value is checked
    for the XSD types it knows)."""
    if not isinstance(v, Literal):
        return False
    if v.datatype == dt:
        if getattr(v, "ill_typed", None) is True:
            return False
    elif dt == RDFS.Literal or (dt == RDFS.Datatype and v.datatype):
        return True
    elif not ((v.datatype is None and v.language is None and dt == XSD.string) or (dt == RDF.langString and v.language)):
        return False
    types = _VALUE_TYPES.get(dt)
    return types is None or isinstance(v.value, types)


def class_(c, node, cls, shape):
    return lambda ix, f, vs: [v for v in vs if not ix.is_instance(v, cls)]


def datatype(c, node, dt, shape):
    return lambda ix, f, vs: [v for v in vs if not _has_datatype(v, dt)]


def node_kind(c, node, kind, shape):
    allowed = {SH.IRI: (URIRef,), SH.BlankNode: (BNode,), SH.Literal: (Literal,),
               SH.BlankNodeOrIRI: (BNode, URIRef), SH.BlankNodeOrLiteral: (BNode, Literal),
               SH.IRIOrLiteral: (URIRef, Literal)}.get(kind)
    if allowed is None:
        raise Unsupported(f"sh:nodeKind {kind}")
    return lambda ix, f, vs: [v for v in vs if not isinstance(v, allowed)]


COMPONENTS = {SH["class"]: class_, SH.datatype: datatype, SH.nodeKind: node_kind}
