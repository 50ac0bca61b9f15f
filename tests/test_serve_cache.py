"""`reformkg serve` keeps /sparql answers for the current generation and validates them by ETag."""

from __future__ import annotations

import httpx
from rdflib import Graph, Literal, URIRef
from test_serve import serving

from reformkg.pipeline.orchestrate import write_build
from reformkg.serve.cache import AnswerCache
from reformkg.settings import Project

RK = "https://w3id.org/reformkg/"
LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
QUERY = {"query": f"SELECT ?l WHERE {{ <{RK}region/r1> rdfs:label ?l }}"}
CSV = {"Accept": "text/csv"}


def publish(project: Project, name: str) -> None:
    g = Graph()
    g.add((URIRef(RK + "region/r1"), LABEL, Literal(name, lang="zh")))
    write_build(project, {URIRef(RK + "graph/registry"): g})


def tiny(tmp_path) -> Project:
    (tmp_path / "data").mkdir()
    project = Project(tmp_path)
    publish(project, "甲")
    return project


def test_answers_are_kept_and_tagged_until_the_next_build(tmp_path):
    project = tiny(tmp_path)
    with serving(project.root) as (base, _proc), httpx.Client(base_url=base) as http:
        first = http.get("/sparql", params=QUERY, headers=CSV)
        again = http.get("/sparql", params=QUERY, headers=CSV)
        assert first.status_code == again.status_code == 200 and first.text == again.text == "l\r\n甲\r\n"
        assert (first.headers["x-cache"], again.headers["x-cache"]) == ("miss", "hit")
        # another Accept is another answer; a POST of the same query shares the GET's, untagged
        assert http.get("/sparql", params=QUERY, headers={"Accept": "application/sparql-results+json"}).headers["x-cache"] == "miss"
        post = http.post("/sparql", data=QUERY, headers=CSV)
        assert post.text == first.text and post.headers["x-cache"] == "hit" and "etag" not in post.headers
        # the ETag: 304 while the generation stands
        etag = first.headers["etag"]
        assert etag.startswith('W/"gen-') and first.headers["cache-control"] == "no-cache" and again.headers["etag"] == etag
        same = http.get("/sparql", params=QUERY, headers={**CSV, "If-None-Match": f'W/"other", {etag}'})
        assert same.status_code == 304 and same.content == b"" and same.headers["etag"] == etag
        # a new build: a new answer under a new tag, computed again
        publish(project, "乙")
        after = http.get("/sparql", params=QUERY, headers={**CSV, "If-None-Match": etag})
        assert after.status_code == 200 and after.text == "l\r\n乙\r\n"
        assert after.headers["etag"] != etag and after.headers["x-cache"] == "miss"


def test_errors_are_neither_kept_nor_tagged(tmp_path):
    project = tiny(tmp_path)
    with serving(project.root) as (base, _proc), httpx.Client(base_url=base) as http:
        for _ in range(2):
            bad = http.get("/sparql", params={"query": "SELECT WHERE"}, headers=CSV)
            assert bad.status_code == 400 and "etag" not in bad.headers and "x-cache" not in bad.headers
        refused = http.get("/sparql", params=QUERY, headers={"Accept": "image/png"})
        assert refused.status_code == 406 and "etag" not in refused.headers
        assert http.get("/sparql", params=QUERY, headers=CSV).headers["x-cache"] == "miss"


def test_no_answer_is_kept_with_answer_cache_0(tmp_path):
    project = tiny(tmp_path)
    with serving(project.root, "--answer-cache", "0") as (base, _proc), httpx.Client(base_url=base) as http:
        answers = [http.get("/sparql", params=QUERY, headers=CSV) for _ in range(2)]
    assert [a.headers["x-cache"] for a in answers] == ["miss", "miss"] and answers[1].text == "l\r\n甲\r\n"
    assert answers[0].headers["etag"] == answers[1].headers["etag"]  # the tag does not depend on the cache


def test_the_cache_drops_the_least_recently_used_beyond_its_size():
    cache = AnswerCache(10)
    cache.put("a", (200, "text/csv", b"1234"))
    cache.put("b", (200, "text/csv", b"1234"))
    assert cache.get("a")  # a is now the most recent
    cache.put("c", (200, "text/csv", b"1234"))  # 12 bytes: b goes
    assert list(cache.items) == ["a", "c"] and cache.size == 8
    cache.put("big", (200, "text/csv", b"x" * 11))  # larger than the whole cache: not kept
    assert "big" not in cache.items and cache.size == 8
    cache.put("a", (200, "text/csv", b"12"))  # replaced, not counted twice
    assert cache.size == 6 and cache.get("b") is None and (cache.hits, cache.misses) == (1, 1)


def test_an_answer_computed_across_a_build_is_not_kept_for_the_new_one(tmp_path, monkeypatch):
    """A build swapped in while a query runs (and a request seeing it) must not find the old
    answer in the new generation's cache."""
    import asyncio

    from reformkg.serve import app as serve
    from reformkg.serve import workers

    project = tiny(tmp_path)
    app = serve.create_app(project)
    site, real_run, calls = app.state.site, workers.run, []

    def run_during_a_build(store, text, *args, **kwargs):
        result = real_run(store, text, *args, **kwargs)
        if not calls:
            publish(project, "乙")
            site.refresh()  # what the next request does first
        calls.append(text)
        return result

    monkeypatch.setattr(workers, "run", run_during_a_build)  # what engine_result asks

    async def ask_twice():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
            return [await http.get("/sparql", params=QUERY, headers=CSV) for _ in range(2)]

    first, second = asyncio.run(ask_twice())
    assert first.text == "l\r\n甲\r\n" and second.text == "l\r\n乙\r\n"
    assert (second.headers["x-cache"], len(calls)) == ("miss", 2)
