"""SHACL validation (https://www.w3.org/TR/shacl/), reported in annotation terms.

The shapes run on the compiled validator of :mod:`reformkg.rdf.shaclcore` (same results as
pyshacl, about ten times faster on a page graph); ``REFORMKG_SHACL=pyshacl`` uses pyshacl, as does a shapes graph
that uses a SHACL feature the compiled validator does not implement (SHACL-SPARQL, SHACL-AF) or a
shape that reports results without an ``sh:message``. Both pass the W3C SHACL Core test suite
(``tests/test_w3c_shacl.py``; pyshacl but for one test, see there).

A raw validation report is never shown: each ``sh:ValidationResult`` becomes a
:class:`~reformkg.errors.Finding` at the annotation entry that produced its focus node
(``file:line: field: message``), with the shape's ``sh:message`` in en and zh.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF

from reformkg.errors import Finding
from reformkg.rdf.shaclcore import Result, Unsupported, Validator, path_expression
from reformkg.settings import settings

SH = Namespace("http://www.w3.org/ns/shacl#")


@lru_cache(maxsize=4)
def _shapes(shapes_dir: str, stamp: float) -> Graph:
    g = Graph()
    for path in sorted(Path(shapes_dir).glob("*.ttl")):
        g.parse(path, format="turtle")
    return g


def load_shapes(shapes_dir: Path) -> Graph:
    files = sorted(Path(shapes_dir).glob("*.ttl"))
    stamp = max((p.stat().st_mtime for p in files), default=0.0)
    return _shapes(str(shapes_dir), stamp)


def _source_of(node, sources: dict) -> tuple[str, int, str] | None:
    """The annotation entry of a node, or of the nearest node whose IRI is a prefix of it."""
    if node in sources:
        return sources[node]
    text = str(node)
    while "/" in text:
        text = text.rsplit("/", 1)[0]
        hit = sources.get(URIRef(text))
        if hit:
            return hit
    return None


def _message(messages) -> tuple[str, str | None]:
    msgs = {}
    for m in messages:
        msgs.setdefault(getattr(m, "language", None), str(m))
    en = msgs.get("en") or msgs.get(None) or "violates a shape"
    return en, msgs.get("zh")


def shape_name(shape) -> str:
    text = str(shape)
    return text.split("#", 1)[1] if "#" in text else text


def engine() -> str:
    """``core`` (the compiled validator of :mod:`reformkg.rdf.shaclcore`, the default) or
    ``pyshacl``, from ``REFORMKG_SHACL``."""
    return settings().shacl


def compiled(shapes: Graph):
    """The shapes compiled once per shapes graph, or None when they use a feature
    :mod:`reformkg.rdf.shaclcore` does not implement (pyshacl then validates)."""

    hit = getattr(shapes, "_reformkg_validator", False)
    if hit is False:
        try:
            hit = Validator(shapes)
        except Unsupported:
            hit = None
        shapes._reformkg_validator = hit
    return hit


def results_pyshacl(data: Graph, shapes: Graph, inplace: bool = False) -> list:
    """pyshacl's report as :class:`reformkg.rdf.shaclcore.Result` objects: the report's own
    ``sh:result`` values (the ``sh:detail`` results nested in them are not results of their
    own), warnings and infos included."""
    import pyshacl  # lazy: 0.17 s to import, used only with REFORMKG_SHACL=pyshacl or a shape shaclcore lacks

    _conforms, report, _text = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", advanced=True, inplace=inplace,
    )
    out = []
    for report_node in report.subjects(RDF.type, SH.ValidationReport):
        for result in report.objects(report_node, SH.result):
            shape = report.value(result, SH.sourceShape)
            messages = tuple(report.objects(result, SH.resultMessage)) or tuple(shapes.objects(shape, SH.message))
            path = report.value(result, SH.resultPath)
            out.append(Result(report.value(result, SH.focusNode), shape, report.value(result, SH.value),
                              report.value(result, SH.resultSeverity), messages,
                              path_expression(report, path) if path is not None else None,
                              report.value(result, SH.sourceConstraintComponent)))
    return out


def results(data, shapes: Graph, inplace: bool = False) -> list:
    """The results of ``data`` (a graph, or an iterable of triples) against ``shapes``."""
    validator = compiled(shapes) if engine() == "core" else None
    if validator is None:
        if not isinstance(data, Graph):
            graph = Graph()
            graph.addN((s, p, o, graph) for s, p, o in data)
            data, inplace = graph, True
        return results_pyshacl(data, shapes, inplace)
    return validator.validate(data)


def validate_graph(data, shapes: Graph, sources: dict, default_path: str = "(graph)",
                   inplace: bool = False) -> list[Finding]:
    """``inplace``: the caller throws ``data`` away afterwards, so pyshacl (when it is the
    engine) need not copy it."""
    findings = []
    for r in results(data, shapes, inplace):
        src = _source_of(r.focus, sources)
        path, line, fld = src if src else (default_path, 0, str(r.focus))
        en, zh = _message(r.messages)
        severity = "warning" if r.severity in (SH.Warning, SH.Info) else "error"
        shown = f" (value: {r.value})" if r.value is not None and not isinstance(r.value, URIRef) else ""
        name = shape_name(r.shape)
        msg = f"{en}{shown} — {zh} [shape {name}]" if zh else f"{en}{shown} [shape {name}]"
        findings.append(Finding(path, line, 1 if line else 0, "E008", fld, msg, severity))
    return sorted(set(findings))
