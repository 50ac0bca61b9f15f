"""The build makes the canned queries' answers (reformkg.pipeline.answers): the same rows as the engine,
patched page by page by an incremental build to the bytes a build from scratch writes."""

from __future__ import annotations

import json
import re
import shutil

import pyoxigraph
import pytest

from helpers import ROOT, copy_project
from reformkg.pipeline import answers
from reformkg.layout import ANSWERS, SECONDS, store_path
from reformkg.pipeline.answers import COUNTED, KEPT_BY_HAND, PER_PAGE, order_keys, plans, reads_of
from reformkg.pipeline.orchestrate import build
from reformkg.query.catalog import canned_queries
from reformkg.query.formats import rows
from reformkg.query import stored
from reformkg.query.sparql import run

TWO = ["000_239e137822c9727a", "004_6de9715287bc3ad3"]


def answer_files(project) -> dict[str, bytes]:
    folder = project.build_dir / "current" / ANSWERS
    return {f.name: f.read_bytes() for f in sorted(folder.iterdir()) if f.name != SECONDS}


def key_columns(head: list[str], data: list[list[str]], order) -> list[tuple]:
    idx = [head.index(v) for v, _desc in order]
    return [tuple(r[i] for i in idx) for r in data]


@pytest.mark.parametrize("q", canned_queries(ROOT / "queries"), ids=lambda q: q.name)
def test_made_answer_is_the_engines(built, q):
    """Read from the build: the engine's rows. A per-page answer is in its own (valid) ORDER BY
    order, ties broken by the whole row; its sort keys come in the engine's sequence."""
    loc = store_path(built.build_dir)
    assert stored.answer_file(loc.resolve().parent, q.text) is not None
    made_head, made = rows(run(loc, q.text))
    head, engine = rows(run(loc, q.text, fresh=True))
    assert made_head == head and sorted(made) == sorted(engine) and made
    [plan] = [p for p in plans(built.queries) if p.name == q.name]
    if plan.mode in KEPT_BY_HAND:
        assert key_columns(head, made, plan.order) == key_columns(head, engine, plan.order)
    else:
        assert made == engine


def test_which_answers_are_kept_page_by_page(built, tmp_path):
    modes = {p.name: p.mode for p in plans(built.queries)}
    assert sum(m == PER_PAGE for m in modes.values()) == 13 and sum(m == COUNTED for m in modes.values()) == 7
    assert modes["entities-on-several-pages"] == modes["unions-under-shaanxi-ftu"] == "whole"
    assert modes["money"] == modes["figures-per-page"] == PER_PAGE
    assert modes["measures-by-type"] == modes["documents-per-year"] == COUNTED
    assert [p.counts for p in plans(built.queries) if p.name == "measures-by-type"] == [("measures",)]
    # counted per page, but a HAVING, a SUM: made afresh
    proj = copy_project(tmp_path / "p")
    for name in ("indicators-in-several-regions", "new-employment-totals"):
        declare(proj, name, "counted per page")
    modes = {p.name: p.mode for p in plans(proj.queries)}
    assert modes["indicators-in-several-regions"] == modes["new-employment-totals"] == "whole"


def test_order_by_is_read_from_the_query():
    assert order_keys("SELECT * WHERE { ?s ?p ?o } ORDER BY DESC(?o) ?s # a comment }") == [("o", True), ("s", False)]
    assert order_keys("SELECT * WHERE { ?s ?p ?o }\nORDER BY asc( ?s ) LIMIT 3") == [("s", False)]
    assert order_keys("SELECT * WHERE { ?s ?p ?o }") == []
    assert order_keys("SELECT * WHERE { ?s ?p ?o } ORDER BY STRLEN(?o)") is None


def test_what_a_query_reads():
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    got = reads_of("SELECT ?l WHERE { ?m a rko:Measure FILTER EXISTS { ?m rko:region/rdfs:label ?l } "
                   "{ SELECT ?m WHERE { ?m ^rko:about|rko:leadActor+ ?x } } }")
    assert got == {"predicates": sorted([rdf_type, "http://www.w3.org/2000/01/rdf-schema#label",
                                          "https://w3id.org/reformkg/ontology#region", "https://w3id.org/reformkg/ontology#about",
                                          "https://w3id.org/reformkg/ontology#leadActor"]), "graphs": False}
    assert reads_of("SELECT ?g WHERE { GRAPH ?g { ?s rdfs:label ?o } }")["graphs"] is True
    for anything in ("SELECT * WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s rko:withinRegion* ?r }",
                     "SELECT * WHERE { ?s !rdfs:label ?o }", "SELECT * WHERE { ?s rko:a? ?o }", "not SPARQL at all"):
        assert reads_of(anything) == {"predicates": "any"}, anything


@pytest.mark.slow
def test_an_incremental_build_patches_the_answers_to_what_a_fresh_build_writes(tmp_path, monkeypatch):
    monkeypatch.setattr("reformkg.pipeline.answers.DELTA_SHARE", 1.0)  # patch even when 2 of 5 pages change
    monkeypatch.setenv("REFORMKG_CHECK_ANSWERS", "1")  # and compare each patched answer with one made afresh
    proj = copy_project(tmp_path / "p")
    cache = tmp_path / "cache"
    first = build(proj, jobs=1, cache_dir=cache)
    assert set(first.answers.values()) == {"afresh"} and len(first.answers) == 27
    before = answer_files(proj)
    by_hand = {p.name for p in plans(proj.queries) if p.mode in KEPT_BY_HAND}

    def fresh_answers(name) -> dict[str, bytes]:
        other = copy_project(tmp_path / name)
        shutil.rmtree(other.annotations)
        shutil.copytree(proj.annotations, other.annotations)
        build(other, jobs=1, cache_dir=tmp_path / f"cache-{name}")
        return answer_files(other)

    # the labels of a measure and an event changed: their page's rows replaced
    ann = proj.annotations / f"{TWO[0]}.yaml"
    original = ann.read_text(encoding="utf-8")
    ann.write_text(original.replace("label: 首届集体协商竞赛", "label: 首届集体协商竞赛（修订）"), encoding="utf-8")
    changed = build(proj, jobs=1, cache_dir=cache)
    label = "http://www.w3.org/2000/01/rdf-schema#label"  # the one predicate whose quads changed
    reads_label = {p.name for p in plans(proj.queries)
                   if reads_of(p.text)["predicates"] == "any" or label in reads_of(p.text)["predicates"]}
    assert {n for n, how in changed.answers.items() if how == "patched"} == by_hand & reads_label
    assert {n for n, how in changed.answers.items() if how == "afresh"} == reads_label - by_hand
    assert {n for n, how in changed.answers.items() if how == "kept"} == set(changed.answers) - reads_label
    assert {"approximate-figures", "measures-by-type", "targets"} <= set(changed.answers) - reads_label
    assert answer_files(proj) == fresh_answers("fresh1")
    for name in ("new-employment-measures.tsv", "events.tsv"):
        assert "首届集体协商竞赛（修订）".encode() in answer_files(proj)[name]
    # two pages taken out, then put back
    small = sorted(proj.annotation_files(), key=lambda f: f.stat().st_size)[:2]
    kept = [f.read_bytes() for f in small]
    for f in small:
        f.unlink()
    removed = build(proj, jobs=1, cache_dir=cache)
    assert {n for n, how in removed.answers.items() if how == "patched"} == by_hand  # every predicate is in them
    assert answer_files(proj) == fresh_answers("fresh2")
    assert answer_files(proj) != before
    for f, data in zip(small, kept):
        f.write_bytes(data)
    ann.write_text(original, encoding="utf-8")
    back = build(proj, jobs=1, cache_dir=cache)
    assert back.generation == first.generation and answer_files(proj) == before


@pytest.mark.slow
def test_many_changed_pages_make_the_answers_afresh(tmp_path):
    proj = copy_project(tmp_path / "p")
    build(proj, jobs=1, cache_dir=tmp_path / "cache")
    for f in sorted(proj.annotation_files())[:2]:  # 2 of 5 pages: over DELTA_SHARE
        f.unlink()
    res = build(proj, jobs=1, cache_dir=tmp_path / "cache")
    assert set(res.answers.values()) == {"afresh"}


def declare(proj, name: str, how: str) -> str:
    """Give a canned query of the copy ``proj`` the header ``# answers: how`` (and no other)."""
    q = proj.queries / f"{name}.rq"
    text = re.sub(r"^# answers:.*\n", "", q.read_text(encoding="utf-8"), flags=re.M)
    q.write_text(text.replace("SELECT", f"# answers: {how}\nSELECT", 1), encoding="utf-8")
    return q.read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_wrong_per_page_header_is_caught_and_the_answer_made_afresh(tmp_path):
    """measures-by-type counts measures across pages: a page's counts are not rows of the answer.
    Declared per page, the patch finds rows it cannot remove and makes the answer afresh."""
    proj = copy_project(tmp_path / "p")
    text = declare(proj, "measures-by-type", "per page")
    build(proj, jobs=1, cache_dir=tmp_path / "cache")
    sorted(proj.annotation_files())[0].unlink()
    res = build(proj, jobs=1, cache_dir=tmp_path / "cache")
    how = res.answers["measures-by-type"]
    assert how.startswith("afresh (") and "not every row comes from one page" in how
    loc = store_path(proj.build_dir)
    assert rows(run(loc, text)) == rows(run(loc, text, fresh=True))


@pytest.mark.slow
def test_checking_the_answers_finds_what_a_patch_cannot(tmp_path, monkeypatch, run_cli):
    """entities-on-several-pages: one page alone gives no row, so a patch removes nothing and
    would keep the removed page's counts. REFORMKG_CHECK_ANSWERS=1 compares every patched
    answer with one made afresh: the build stops, and build/ is unchanged."""
    proj = copy_project(tmp_path / "p")
    declare(proj, "entities-on-several-pages", "per page")
    first = build(proj, jobs=1, cache_dir=tmp_path / "cache")
    sorted(proj.annotation_files())[0].unlink()
    monkeypatch.setenv("REFORMKG_CHECK_ANSWERS", "1")
    out = run_cli(proj, "build")
    assert out.exit_code == 1 and "Traceback" not in out.output
    assert "queries/entities-on-several-pages.rq: '# answers: per page', but its answer patched" in out.output
    assert "made from more than one page" in out.output
    assert (proj.build_dir / "current").resolve().name == first.generation
    monkeypatch.setenv("REFORMKG_CHECK_ANSWERS", "0")
    assert build(proj, jobs=1, cache_dir=tmp_path / "cache").answers["entities-on-several-pages"] == "patched"


@pytest.mark.slow
def test_an_edited_or_invalid_canned_query(tmp_path, run_cli):
    """A changed canned query makes a new generation (store and dump linked, nothing patched)
    holding its new answer; one that is not valid SPARQL is left to the engine, which says why."""
    proj = copy_project(tmp_path / "p", annotations=TWO)
    first = build(proj, jobs=1, cache_dir=tmp_path / "cache")
    q = proj.queries / "money.rq"
    q.write_text(q.read_text(encoding="utf-8").replace("ORDER BY ?page ?measure ?original", "ORDER BY ?page ?original"),
                 encoding="utf-8")
    (proj.queries / "broken.rq").write_text("# title: broken\nSELECT ?x WHERE { ?x ?p }\n", encoding="utf-8")
    (proj.queries / "any-page.rq").write_text("# title: ask\nASK { ?p a rko:Page }\n", encoding="utf-8")
    res = build(proj, jobs=1, cache_dir=tmp_path / "cache")
    assert res.generation != first.generation and res.store == "incremental" and res.patch == (0, 0)
    assert res.answers["money"] == "afresh" and res.answers["targets"] == "kept"
    assert res.answers["broken"].startswith("failed: ") and res.answers["any-page"] == "skipped: not a SELECT query"
    (proj.build_dir / "current").unlink()
    said = run_cli(proj, "build")
    assert said.exit_code == 0 and "answers of 29 canned queries: 27 afresh, 1 failed, 1 skipped" in said.output
    assert "queries/broken.rq: failed: not valid SPARQL (error at 3:1: expected OPTIONAL); " in said.output
    loc = store_path(proj.build_dir)
    head, data = rows(run(loc, q.read_text(encoding="utf-8")))
    assert sorted(data) == sorted(rows(run(loc, q.read_text(encoding="utf-8"), fresh=True))[1])
    assert "any-page" not in said.output and rows(run(loc, "# title: ask\nASK { ?p a rko:Page }\n")) == (["ask"], [["true"]])
    out = run_cli(proj, "query", "broken")
    assert out.exit_code == 1 and "not valid SPARQL at line" in out.output


def test_query_reads_the_made_answer_and_fresh_asks_the_engine(built, run_cli, monkeypatch):
    def no_engine(*_a, **_k):
        raise AssertionError("the engine was asked")

    expected = run_cli(built, "query", "money", "--format", "csv", "--fresh").output
    monkeypatch.setattr("reformkg.query.sparql._run_here", no_engine)
    made = run_cli(built, "query", "money", "--format", "csv")
    assert made.exit_code == 0 and sorted(made.output.splitlines()) == sorted(expected.splitlines())
    assert run_cli(built, "query", "money", "--fresh").exit_code == 1  # this time it had to ask


def test_serve_answers_a_canned_query_from_the_build(built, monkeypatch):
    import httpx

    from reformkg.serve.app import create_app

    text = (built.queries / "money.rq").read_text(encoding="utf-8")
    engine = rows(run(store_path(built.build_dir), text, fresh=True))
    app = create_app(built)
    monkeypatch.setattr("reformkg.serve.workers.run", lambda *_a, **_k: (_ for _ in ()).throw(AssertionError("engine")))

    async def ask():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
            return (await http.post("/sparql", data={"query": text}, headers={"Accept": "text/tab-separated-values"}),
                    await http.get("/", params={"query": "money"}))

    import asyncio

    got, page = asyncio.run(ask())
    assert page.status_code == 200 and f"{len(engine[1])} rows" in page.text and engine[1][0][0] in page.text
    assert got.status_code == 200
    solutions = pyoxigraph.parse_query_results(got.content, format=pyoxigraph.QueryResultsFormat.TSV)
    assert sorted(rows(solutions)[1]) == sorted(engine[1])


@pytest.mark.slow
def test_answers_made_in_parallel_are_those_made_one_by_one(built, tmp_path, monkeypatch):
    """By default the answers made afresh are shared among forked processes (REFORMKG_JOBS, else
    the CPUs); with REFORMKG_JOBS=1 they are made in the build's process: the same bytes."""
    calls = []
    real = answers._afresh_all
    monkeypatch.setattr("reformkg.pipeline.answers._afresh_all", lambda jobs, store, processes: calls.append(processes) or real(jobs, store, processes))
    monkeypatch.setenv("REFORMKG_JOBS", "1")
    serial = copy_project(tmp_path / "serial")
    build(serial, jobs=1, cache_dir=tmp_path / "cache")
    monkeypatch.setenv("REFORMKG_JOBS", "2")
    forked = copy_project(tmp_path / "forked")
    build(forked, jobs=1, cache_dir=tmp_path / "cache")
    assert calls == [1, 2]
    assert answer_files(serial) == answer_files(forked) == answer_files(built)
    # the next build knows how long they took: under SERIAL_BELOW in all, no processes; over it,
    # processes (the threshold set around what this machine took, so that its speed decides nothing)
    took = json.loads((forked.build_dir / "current" / ANSWERS / SECONDS).read_text(encoding="utf-8"))
    assert len(took) == 27 and all(isinstance(t, float) and t >= 0 for t in took.values())
    monkeypatch.setattr(answers, "SERIAL_BELOW", sum(took.values()) + 1.0)
    sorted(forked.annotation_files())[0].unlink()
    build(forked, jobs=1, cache_dir=tmp_path / "cache")
    assert calls == [1, 2, 1]
    monkeypatch.setattr(answers, "SERIAL_BELOW", 0.0)
    sorted(forked.annotation_files())[0].unlink()
    build(forked, jobs=1, cache_dir=tmp_path / "cache")
    assert calls == [1, 2, 1, 2]


@pytest.mark.slow
def test_counts_of_shared_things_are_not_added_up(tmp_path, monkeypatch, run_cli):
    """Regions are shared by pages: a page's count of distinct regions is not its share of the
    total. Declared 'counted per page' anyway, the check finds the patched counts wrong."""
    proj = copy_project(tmp_path / "p")
    (proj.queries / "regions-per-indicator.rq").write_text(
        "# title: regions per indicator\n# answers: counted per page\n"
        "SELECT ?i (COUNT(DISTINCT ?r) AS ?regions) WHERE { ?o rko:indicator ?i ; rko:about ?r . ?r a rko:Region }\n"
        "GROUP BY ?i ORDER BY ?i\n", encoding="utf-8")
    assert [p.mode for p in plans(proj.queries) if p.name == "regions-per-indicator"] == [COUNTED]
    first = build(proj, jobs=1, cache_dir=tmp_path / "cache")
    for f in sorted(proj.annotation_files())[1:2]:  # page 001 shares regions with 000 and 003
        f.unlink()
    monkeypatch.setenv("REFORMKG_CHECK_ANSWERS", "1")
    out = run_cli(proj, "build")
    assert out.exit_code == 1 and "queries/regions-per-indicator.rq: '# answers: counted per page', but" in out.output
    assert (proj.build_dir / "current").resolve().name == first.generation


@pytest.mark.slow
def test_a_canned_query_with_from_is_answered_with_its_own_dataset(tmp_path):
    """FROM and FROM NAMED in a canned query (SPARQL 1.1 §13): its made answer is the engine's on
    the dataset the query names, not on the union of the graphs; declared per page, it is made
    afresh (a page's share of a named dataset is not its answer)."""
    proj = copy_project(tmp_path / "p", annotations=TWO)
    page = f"https://w3id.org/reformkg/graph/page/{TWO[0]}"
    texts = {
        "from-one-page": f"# title: one page\n# answers: per page\nSELECT (COUNT(*) AS ?n) FROM <{page}> WHERE {{ ?s ?p ?o }}\n",
        "from-named-only": f"# title: named only\nSELECT (COUNT(*) AS ?n) FROM NAMED <{page}> WHERE {{ ?s ?p ?o }}\n",
        "from-named-graphs": f"# title: named graphs\nSELECT ?g (COUNT(*) AS ?n) FROM NAMED <{page}> "
                             "WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g\n",
        "no-dataset-clause": "# title: the union\nSELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n",
    }
    for name, text in texts.items():
        (proj.queries / f"{name}.rq").write_text(text, encoding="utf-8")
    assert {p.name: p.mode for p in plans(proj.queries) if p.name in texts}["from-one-page"] == "whole"
    res = build(proj, jobs=1, cache_dir=tmp_path / "cache")
    assert all(res.answers[name] == "afresh" for name in texts), res.answers
    loc = store_path(proj.build_dir)
    store = pyoxigraph.Store.read_only(str(loc))
    in_page = sum(1 for _ in store.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(page)))
    union = len({(q.subject, q.predicate, q.object) for q in store})
    assert 0 < in_page < union
    del store
    made = {}
    for name, text in texts.items():
        assert stored.answer_file(loc.resolve().parent, text) is not None  # read from the build's answer
        made[name] = rows(run(loc, text))[1]
        assert made[name] == rows(run(loc, text, fresh=True))[1]  # what the engine says, asked afresh
    assert made["from-one-page"] == [[str(in_page)]]
    assert made["from-named-only"] == [["0"]]  # FROM NAMED alone: an empty default graph
    assert made["from-named-graphs"] == [[page, str(in_page)]]
    assert made["no-dataset-clause"] == [[str(union)]]


def test_what_a_query_reads_is_memoised_outside_the_project(tmp_path, monkeypatch):
    """reads_of (rdflib's SPARQL parser, ~0.1 s a query) is kept in the user's memo directory as
    JSON keyed by the text: the second lookup parses nothing; a broken memo is read as empty."""
    from reformkg.pipeline import answers as a
    from reformkg.query.stored import digest

    monkeypatch.setenv("REFORMKG_BASE_MEMO", str(tmp_path / "memo"))
    text = "SELECT ?s WHERE { ?s rko:indicator ?i }"
    first = a._reads_memo([text])
    assert first == {digest(text): a.reads_of(text)} and (tmp_path / "memo" / a.READS_MEMO).is_file()
    monkeypatch.setattr(a, "reads_of", lambda t: pytest.fail("parsed again"))
    assert a._reads_memo([text]) == first
    (tmp_path / "memo" / a.READS_MEMO).write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(a, "reads_of", lambda t: {"predicates": "any"})
    assert a._reads_memo([text]) == {digest(text): {"predicates": "any"}}
