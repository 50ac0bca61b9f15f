"""The JSON-LD of `reformkg export --portal`, read by pyld (a JSON-LD 1.1 processor that is not
rdflib): the context defines no term that shadows a prefix, the dump expands and compacts with it
back to the store's quads, and the README's example round-trips and tells the truth."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from helpers import ROOT
from pyld import jsonld
from rdflib import Dataset

from reformkg.cli.common import main
from reformkg.namespaces import PREFIXES

CONTEXT_URL = "https://w3id.org/reformkg/docs/context.jsonld"
CLASHED = ("region", "document", "indicator", "level", "unit")  # prefixes that are also property names


@pytest.fixture(scope="module")
def docs(built) -> Path:
    res = CliRunner().invoke(main, ["--project", str(built.root), "export", "--portal"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return built.build_dir / "docs"


@pytest.fixture(scope="module")
def context(docs) -> dict:
    return json.loads((docs / "context.jsonld").read_text(encoding="utf-8"))


def options(context: dict) -> dict:
    """pyld options whose document loader answers the published context URL with the local file
    (and refuses any other URL: nothing is fetched)."""

    def load(url, _options=None):
        assert url == CONTEXT_URL, url
        return {"contextUrl": None, "documentUrl": url, "document": context}

    return {"documentLoader": load}


def quads_of(nquads: str) -> set:
    ds = Dataset()
    ds.parse(data=nquads, format="nquads")
    return set(ds.quads((None, None, None, None)))


def test_no_term_shadows_a_prefix(context):
    ctx = context["@context"]
    for prefix, ns in PREFIXES.items():
        assert ctx[prefix] == str(ns), prefix  # every prefix is a plain IRI mapping
    for name in CLASHED:
        assert ctx[f"rko:{name}"]["@id"] == f"rko:{name}"  # the property keeps a term, by its compact IRI
    doc = {"@context": ctx, "@id": "region:xunyang", "rko:region": "region:ankang", "rko:unit": "unit:percent",
           "rko:indicator": "indicator:trainees", "rko:document": "document:x", "rko:level": "level:county"}
    triples = {tuple(t.split(" ", 2)) for t in jsonld.to_rdf(doc, {"format": "application/n-quads"}).splitlines()}
    base = "https://w3id.org/reformkg/"
    assert triples == {(f"<{base}region/xunyang>", f"<{base}ontology#{p}>", f"<{base}{o}> .") for p, o in (
        ("region", "region/ankang"), ("unit", "vocab/unit/percent"), ("indicator", "vocab/indicator/trainees"),
        ("document", "document/x"), ("level", "vocab/admin-level/county"))}


@pytest.mark.slow
def test_the_dump_expands_and_compacts_back_to_the_store(docs, context, built):
    """The JSON-LD dump (expanded form) read by pyld, and the same after compaction with the
    context and expansion again, are the store's quads (no blank nodes: equal, not only isomorphic)."""

    store = ox.Store.read_only(str(built.build_dir / "current" / "store"))
    expected = quads_of(store.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8"))
    assert expected == quads_of((docs / "dumps" / "reformkg.nq").read_text(encoding="utf-8"))
    dump = json.loads((docs / "dumps" / "reformkg.jsonld").read_text(encoding="utf-8"))
    assert quads_of(jsonld.to_rdf(dump, {"format": "application/n-quads"})) == expected
    compacted = jsonld.compact(dump, CONTEXT_URL, options(context))
    text = json.dumps(compacted, ensure_ascii=False)
    assert '"rko:region": "region:xunyang"' in text and "rk:region/" not in text  # the prefixes are used
    again = jsonld.to_rdf(jsonld.expand(compacted, options(context)), {"format": "application/n-quads"})
    assert quads_of(again) == expected


def readme_example() -> dict:
    """The JSON-LD example of the README's section on the portal files."""

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("### Portal files"):]
    blocks = re.findall(r"```json\n(.*?)```", section, re.DOTALL)
    assert blocks, "no ```json block in the README's portal section"
    return json.loads(blocks[0])


def test_the_readme_example_round_trips_and_is_in_the_store(context, built):
    doc = readme_example()
    assert doc["@context"] == CONTEXT_URL
    expanded = jsonld.expand(doc, options(context))
    assert jsonld.compact(expanded, CONTEXT_URL, options(context)) == doc
    triples = jsonld.to_rdf(expanded, {"format": "application/n-quads"})
    assert len(triples.splitlines()) >= 5
    store = ox.Store.read_only(str(built.build_dir / "current" / "store"))
    for line in triples.splitlines():  # every statement of the example is the build's
        t = next(ox.parse(line.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
        assert next(store.quads_for_pattern(t.subject, t.predicate, t.object, None), None), line
