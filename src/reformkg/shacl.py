"""SHACL validation (https://www.w3.org/TR/shacl/) with pyshacl, reported in annotation terms.

A raw validation report is never shown: each ``sh:ValidationResult`` becomes a
:class:`~reformkg.errors.Finding` at the annotation entry that produced its focus node
(``file:line: field: message``), with the shape's ``sh:message`` in en and zh.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF

from .errors import Finding

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


def _message(shapes: Graph, result_graph: Graph, result) -> tuple[str, str]:
    msgs = {m.language: str(m) for m in result_graph.objects(result, SH.resultMessage)}
    shape = result_graph.value(result, SH.sourceShape)
    if shape is not None:
        for m in shapes.objects(shape, SH.message):
            msgs.setdefault(m.language, str(m))
    en = msgs.get("en") or msgs.get(None) or "violates a shape"
    zh = msgs.get("zh")
    return en, zh


def shape_name(shape) -> str:
    text = str(shape)
    return text.split("#", 1)[1] if "#" in text else text


def validate_graph(data: Graph, shapes: Graph, sources: dict, default_path: str = "(graph)",
                   inplace: bool = False) -> list[Finding]:
    """``inplace``: the caller throws ``data`` away afterwards, so pyshacl need not copy it
    (about a tenth of a page's SHACL time)."""
    import pyshacl

    conforms, report, _text = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True, inplace=inplace,
    )
    if conforms:
        return []
    findings = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        shape = report.value(result, SH.sourceShape)
        src = _source_of(focus, sources)
        path, line, fld = src if src else (default_path, 0, str(focus))
        en, zh = _message(shapes, report, result)
        severity = "warning" if report.value(result, SH.resultSeverity) in (SH.Warning, SH.Info) else "error"
        value = report.value(result, SH.value)
        shown = f" (value: {value})" if value is not None and not isinstance(value, URIRef) else ""
        msg = f"{en}{shown} — {zh} [shape {shape_name(shape)}]" if zh else f"{en}{shown} [shape {shape_name(shape)}]"
        findings.append(Finding(path, line, 1 if line else 0, "E008", fld, msg, severity))
    return sorted(set(findings))
