"""The W3C SHACL Core test suite, through the compiled validator and through pySHACL.

The 98 ``sht:Validate`` entries of ``../shared/standards/shacl-core/`` (read in place from the
manifests, never copied): each test's data graph is validated against its shapes graph

* through :class:`reformkg.rdf.shaclcore.Validator` (the compiled validator; messages not
  required, as the suite's shapes have none), for every test whose shapes graph uses only
  what it implements (:data:`UNSUPPORTED` lists what it does not, with the reason; a test
  that uses one of them must make the compiler raise ``Unsupported``, so the list stays true);
* through :func:`reformkg.rdf.shacl.results_pyshacl` (the pySHACL path of
  :mod:`reformkg.rdf.shacl`), for all of them.

Reports are compared as the suite says: both are written as a report graph with ``sh:conforms``
and, for each result, only ``sh:focusNode``, ``sh:resultPath`` (a complex path as its
triples), ``sh:value``, ``sh:sourceShape``, ``sh:sourceConstraintComponent`` and
``sh:resultSeverity`` (no messages, no ``sh:detail``); the two graphs must be isomorphic, blank
nodes matched by ``rdflib.compare``. ``sh:conforms`` is false exactly when there is a result.

The tests that fail are in :data:`EXPECTED_FAILURES`, each one pySHACL's own behaviour (0.40.1),
``xfail(strict=True)``: when one starts passing, the test fails, so the list stays true. The
README's "Conformance" row of this suite is checked against these counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import rdflib
from helpers import ROOT
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from reformkg.rdf.shacl import results_pyshacl
from reformkg.rdf.shaclcore import (
    SH,
    Result,
    Unsupported,
    Validator,
    path_expression,
    path_graph,
)

SUITE = ROOT.parent / "shared" / "standards" / "shacl-core"
FOLDERS = ("complex", "misc", "node", "path", "property", "targets", "validation-reports")
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
SHT = Namespace("http://www.w3.org/ns/shacl-test#")
README_ROWS = {"compiled": "| W3C SHACL Core through the compiled validator",
               "pyshacl": "| W3C SHACL Core through pySHACL"}
PATHS = tuple(README_ROWS)

# What the compiled validator does not implement, as the SHACL terms a shapes graph would use
# (a property, or a class given by rdf:type): term → why. All of SHACL Core is implemented;
# these are SHACL-SPARQL and SHACL Advanced Features, which no test of the Core suite uses. A
# test whose shapes graph used one would run through pySHACL only (reformkg.rdf.shacl falls
# back to it the same way).
UNSUPPORTED = {
    SH.sparql: "SPARQL-based constraints (SHACL-SPARQL, §5): the compiled validator runs no SPARQL",
    SH.ConstraintComponent: "constraint components declared in the shapes graph (SHACL-SPARQL, §6)",
    SH.target: "custom targets (SHACL Advanced Features)",
    SH.rule: "rules (SHACL Advanced Features): inference, not validation",
}

# pySHACL 0.40.1's own failures: test id → what it does instead of what the suite expects.
EXPECTED_FAILURES = {
    # SHACL 4.4.4: sh:uniqueLang is active only with the value true; "1"^^xsd:boolean is another
    # literal, so the constraint is ignored and the data conforms. pySHACL reads the literal's
    # Python value (True) and reports the two @en values.
    "property/uniqueLang-002": '"1"^^xsd:boolean taken as true: a UniqueLang result where none is expected',
}


# --------------------------------------------------------------------------- the manifests

@dataclass(frozen=True)
class Case:
    id: str  # folder/name
    data: Path
    shapes: Path
    conforms: bool
    expected: tuple  # rows: (focus, path, value, shape, component, severity)

    def __str__(self) -> str:
        return self.id


_GRAPHS: dict = {}


def graph(path: Path) -> Graph:
    """A test file, parsed once (the suite's files are data, shapes and manifest at once), its
    literals as written: rdflib would otherwise normalise ``"1"^^xsd:boolean`` into ``"true"``,
    another RDF term (uniqueLang-002 tells them apart)."""
    if path not in _GRAPHS:
        normalize, rdflib.NORMALIZE_LITERALS = rdflib.NORMALIZE_LITERALS, False
        try:
            _GRAPHS[path] = Graph().parse(path, format="turtle")
        finally:
            rdflib.NORMALIZE_LITERALS = normalize
    return _GRAPHS[path]


def _file(iri) -> Path:
    assert str(iri).startswith("file://"), iri
    return Path(str(iri)[len("file://"):])


def _rows(g: Graph, report) -> tuple:
    rows = []
    for r in g.objects(report, SH.result):
        path = g.value(r, SH.resultPath)
        rows.append((g.value(r, SH.focusNode), path_expression(g, path) if path is not None else None,
                     g.value(r, SH.value), g.value(r, SH.sourceShape), g.value(r, SH.sourceConstraintComponent),
                     g.value(r, SH.resultSeverity)))
    return tuple(rows)


def load_cases(manifest: Path) -> list[Case]:
    g = graph(manifest)
    out = []
    for include in sorted(g.objects(None, MF.include)):
        out += load_cases(_file(include))
    for entries in g.objects(None, MF.entries):
        for entry in Collection(g, entries):
            assert (entry, RDF.type, SHT.Validate) in g, f"{entry}: not an sht:Validate test"
            action, result = g.value(entry, MF.action), g.value(entry, MF.result)
            name = f"{manifest.parent.name}/{str(entry).rsplit('/', 1)[1]}"
            out.append(Case(name, _file(g.value(action, SHT.dataGraph)), _file(g.value(action, SHT.shapesGraph)),
                            g.value(result, SH.conforms).toPython(), _rows(g, result)))
    return out


assert (SUITE / "manifest.ttl").is_file(), f"the W3C SHACL Core suite is not in {SUITE}"
CASES = load_cases(SUITE / "manifest.ttl")


# --------------------------------------------------------------------------- the comparison

def report_graph(conforms: bool, rows) -> Graph:
    """The compared part of a validation report, as a graph."""
    g = Graph()
    report = BNode()
    g.add((report, RDF.type, SH.ValidationReport))
    g.add((report, SH.conforms, Literal(conforms)))
    for focus, path, value, shape, component, severity in rows:
        r = BNode()
        g.add((report, SH.result, r))
        g.add((r, RDF.type, SH.ValidationResult))
        for p, o in ((SH.focusNode, focus), (SH.value, value), (SH.sourceShape, shape),
                     (SH.sourceConstraintComponent, component), (SH.resultSeverity, severity)):
            if o is not None:
                g.add((r, p, o))
        if path is not None:
            g.add((r, SH.resultPath, path_graph(g, path)))
    return g


def as_rows(results: list[Result]) -> tuple:
    return tuple((r.focus, r.path, r.value, r.shape, r.component, r.severity) for r in results)


def same_report(case: Case, results: list[Result]) -> bool:
    actual = report_graph(not results, as_rows(results))
    return isomorphic(actual, report_graph(case.conforms, case.expected))


def run(case: Case, path: str) -> list[Result]:
    data, shapes = graph(case.data), graph(case.shapes)
    if path == "compiled":
        return Validator(shapes, require_messages=False).validate(data)
    return results_pyshacl(data, shapes)


def uses_unsupported(case: Case) -> set:
    g = graph(case.shapes)
    return {term for term in UNSUPPORTED if (None, term, None) in g or (None, RDF.type, term) in g}


def _params():
    out = []
    for case in CASES:
        for path in PATHS:
            if path == "compiled" and uses_unsupported(case):
                continue
            marks = []
            if path == "pyshacl" and case.id in EXPECTED_FAILURES:
                marks.append(pytest.mark.xfail(strict=True, reason=EXPECTED_FAILURES[case.id]))
            out.append(pytest.param(case, path, id=f"{case.id}-{path}", marks=marks))
    return out


@pytest.mark.parametrize(("case", "path"), _params())
def test_w3c_shacl_core(case: Case, path: str):
    results = run(case, path)
    assert same_report(case, results), (
        f"expected conforms={case.conforms} {sorted(map(str, case.expected))}, got {sorted(map(str, as_rows(results)))}")


def test_what_the_compiled_validator_lacks_makes_it_refuse():
    """Each term of UNSUPPORTED makes the compiler raise Unsupported (so reformkg.rdf.shacl uses
    pySHACL), and a suite test runs without the compiled validator only if it uses one."""
    shapes = {
        SH.sparql: 'ex:S sh:targetNode ex:a ; sh:sparql [ sh:select "SELECT $this WHERE { }" ] .',
        SH.ConstraintComponent: "ex:C a sh:ConstraintComponent ; sh:parameter [ sh:path ex:p ] .\n"
                                "ex:S sh:targetNode ex:a ; ex:p 1 .",
        SH.target: "ex:S sh:target [ a ex:T ] ; sh:nodeKind sh:IRI .",
        SH.rule: "ex:S sh:targetNode ex:a ; sh:rule [ a sh:TripleRule ] .",
    }
    assert set(shapes) == set(UNSUPPORTED)
    for text in shapes.values():
        g = Graph().parse(data="@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .\n"
                          + text, format="turtle")
        with pytest.raises(Unsupported):
            Validator(g, require_messages=False)
    for case in CASES:
        if uses_unsupported(case):
            with pytest.raises(Unsupported):
                Validator(graph(case.shapes), require_messages=False)
        else:
            Validator(graph(case.shapes), require_messages=False)


def test_the_comparison_can_fail():
    """The comparison tells a missing result, a result too many, another component, another
    path, another value, and the wrong sh:conforms."""
    by_id = {c.id: c for c in CASES}
    shared = by_id["validation-reports/shared"]  # two equal results: their number counts
    rows = shared.expected
    assert len(rows) == 2 and same_report(shared, [_result(r) for r in rows])
    assert not same_report(shared, [_result(rows[0])])
    assert not same_report(shared, [_result(rows[0])] * 3)
    other = (*rows[0][:4], SH.NodeConstraintComponent, rows[0][5])
    assert not same_report(shared, [_result(rows[0]), _result(other)])
    inverse = (rows[0][0], (SH.inversePath, rows[0][1]), *rows[0][2:])
    assert not same_report(shared, [_result(inverse), _result(rows[1])])
    value = (rows[0][0], rows[0][1], URIRef("http://example.org/shacl-test/other"), *rows[0][3:])
    assert not same_report(shared, [_result(value), _result(rows[1])])
    complex_ = by_id["path/path-complex-001"]  # a path of blank nodes: compared as its triples
    assert complex_.expected and same_report(complex_, [_result(r) for r in complex_.expected])
    (focus, path, *rest), *more = complex_.expected
    assert isinstance(path, tuple) and path[0] == RDF.List
    shorter = (focus, (RDF.List, path[1][:-1]) if len(path[1]) > 2 else path[1][0], *rest)
    assert not same_report(complex_, [_result(shorter)] + [_result(r) for r in more])
    conforming = next(c for c in CASES if c.conforms)
    assert same_report(conforming, []) and not same_report(shared, [])


def _result(row) -> Result:
    focus, path, value, shape, component, severity = row
    return Result(focus, shape, value, severity, (), path, component)


def test_the_readme_row_has_these_counts():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(CASES) == 98 and {c.id.split("/")[0] for c in CASES} == set(FOLDERS)
    for path, prefix in README_ROWS.items():
        rows = [line for line in readme.splitlines() if line.startswith(prefix)]
        assert len(rows) == 1, f"one README row starting {prefix!r} expected, found {len(rows)}"
        cells = [c.strip() for c in rows[0].strip("|").split("|")]
        failures = EXPECTED_FAILURES if path == "pyshacl" else {}
        run_ = len(CASES) if path == "pyshacl" else sum(1 for c in CASES if not uses_unsupported(c))
        assert (int(cells[1]), int(cells[2])) == (run_, run_ - len(failures)), cells
        assert cells[3].startswith(f"{len(failures)}"), cells[3]
        for name in failures:
            assert name.split("/")[1] in cells[3], f"the README row does not name {name}"
