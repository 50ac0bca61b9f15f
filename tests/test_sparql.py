"""Queries (reformkg.query.sparql): SPARQL Update is refused, --timeout stops a runaway query,
malformed SPARQL names its position."""

import json
import multiprocessing
import time

import pyoxigraph
import pytest

from reformkg.errors import QueryError, UsageError
from reformkg.layout import store_path
from reformkg.query.formats import rows, serialize
from reformkg.query.sparql import open_store, run

# Three unconstrained patterns over ~30k quads: ~10^13 solutions, it never ends on its own.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
PAGES = "SELECT ?id WHERE { ?p a rko:Page ; dcterms:identifier ?id } ORDER BY ?id"


def test_timeout_stops_a_runaway_query(built, run_cli):
    started = time.monotonic()
    res = run_cli(built, "query", RUNAWAY, "--timeout", "0.5")
    elapsed = time.monotonic() - started
    assert res.exit_code == 1
    assert "did not finish within 0.5 s (--timeout) and was stopped" in res.output
    assert "Traceback" not in res.output
    assert elapsed < 30, "the worker was not stopped"
    assert multiprocessing.active_children() == [], "the killed worker was reaped"


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json", "xml"])
def test_timeout_gives_the_same_answer(built, run_cli, fmt):
    plain = run_cli(built, "query", PAGES, "--format", fmt)
    timed = run_cli(built, "query", PAGES, "--format", fmt, "--timeout", "30")
    assert plain.exit_code == timed.exit_code == 0
    assert timed.output == plain.output
    ids = sorted(f.stem for f in built.annotation_files())
    assert all(i in timed.output for i in ids)


def test_timeout_with_ask_and_construct(built):
    loc = store_path(built.build_dir)
    assert bool(run(loc, "ASK { ?o a rko:Observation }", timeout=30)) is True
    assert bool(run(loc, "ASK { ?o a rko:NoSuchClass }", timeout=30)) is False
    q = "CONSTRUCT { ?p a rko:Page } WHERE { ?p a rko:Page }"
    here = serialize(run(open_store(built.build_dir), q), "table")
    there = serialize(run(loc, q, timeout=30), "table")
    assert here == there and f"({len(built.annotation_files())} rows)" in there
    names, data = rows(run(loc, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", timeout=30))
    assert names == ["n"] and int(data[0][0]) > 1000


def test_timeout_refuses_update_and_reports_syntax(built):
    loc = store_path(built.build_dir)
    with pytest.raises(QueryError, match="SPARQL Update"):
        run(loc, "INSERT DATA { <http://x> <http://y> <http://z> }", timeout=10)
    with pytest.raises(QueryError, match="at line 1, column"):
        run(loc, "SELECT ?x WHERE { ?x ?y }", timeout=10)
    with pytest.raises(UsageError, match="positive"):
        run(loc, "ASK {}", timeout=0)
    with pytest.raises(UsageError, match="path"):
        run(open_store(built.build_dir), "ASK {}", timeout=5)


def test_timeout_zero_is_a_usage_error(built, run_cli):
    res = run_cli(built, "query", "ASK {}", "--timeout", "0")
    assert res.exit_code == 2 and "--timeout" in res.output


def test_malformed_sparql_names_line_and_column(built, run_cli):
    q = "SELECT ?x\nWHERE {\n  ?x rdfs:label ?l .\n}\nLIMIT ten"
    res = run_cli(built, "query", q)
    assert res.exit_code == 1
    lines = res.output.splitlines()
    assert lines[0].startswith("Error: the query is not valid SPARQL at line 5, column 7: expected one of")
    assert lines[1] == "  LIMIT ten"
    assert lines[2] == "        ^"  # under the 7th character of the line, the 't' of 'ten'
    assert "Traceback" not in res.output


def test_malformed_sparql_names_character_classes_in_words(built, run_cli):
    """pyoxigraph spells a name's first character as a dozen Unicode ranges over four lines;
    the message says 'a letter' instead, and keeps the parser's tokens, "[" among them."""
    res = run_cli(built, "query", "SELECT ?x WHERE {")
    assert res.exit_code == 1
    head, _shown, _caret = res.output.splitlines()
    assert head.startswith("Error: the query is not valid SPARQL at line 1, column 18: expected one of ")
    assert head.endswith('"{", "}", a digit, a letter, any character') and '"[", ' in head
    assert "u{" not in res.output and len(head) < 250
    res = run_cli(built, "query", "SELECT * WHERE { ?s ?p ?o } LIMIT x")
    assert res.output.splitlines()[0].endswith("expected one of HAVING, OFFSET, OPTIONAL, VALUES, a digit")


def test_malformed_sparql_caret_counts_wide_characters(built, run_cli):
    res = run_cli(built, "query", 'SELECT ?x WHERE { ?x rdfs:label "陕西" ?? }')
    assert res.exit_code == 1
    head, shown, caret = res.output.splitlines()[:3]
    col = int(head.split("column ")[1].split(":")[0])
    # two wide characters take two terminal columns each
    assert caret.index("^") == 2 + (col - 1) + 2
    assert shown.strip().startswith("SELECT ?x")


def test_timeout_json_is_valid_w3c_json(built, run_cli):
    res = run_cli(built, "query", "SELECT (COUNT(*) AS ?n) WHERE { ?o a rko:Observation }",
                  "--format", "json", "--timeout", "30")
    data = json.loads(res.output)
    assert data["head"]["vars"] == ["n"] and int(data["results"]["bindings"][0]["n"]["value"]) > 100


def test_library_run_accepts_a_store_path_without_timeout(built):
    _names, data = rows(run(store_path(built.build_dir), PAGES))
    assert [r[0] for r in data] == sorted(f.stem for f in built.annotation_files())
    assert isinstance(run(open_store(built.build_dir), "ASK {}"), pyoxigraph.QueryBoolean)


def test_update_is_refused(built, run_cli):
    res = run_cli(built, "query", "INSERT DATA { <http://x> <http://y> <http://z> }")
    assert res.exit_code == 1
    assert "SPARQL Update" in res.output and "read-only" in res.output


def test_malformed_query(built, run_cli):
    res = run_cli(built, "query", "SELECT ?x WHERE { ?x ?y }")
    assert res.exit_code == 1
    assert res.output.startswith("Error: the query is not valid SPARQL")
    assert "Traceback" not in res.output


def test_drop_graph_is_refused_not_an_internal_error(built, run_cli):
    """Issue 19: `DROP GRAPH <…>` was tried on an empty store to tell Update from a syntax error,
    and the engine's RuntimeError came out as "Internal error"."""
    res = run_cli(built, "query", "DROP GRAPH <https://w3id.org/reformkg/graph/registry>")
    assert res.exit_code == 1
    assert res.output == ("Error: this is SPARQL Update (DROP), which is refused: the graph is read-only; "
                          "change the annotations and run `reformkg build` instead\n")


def test_every_way_into_run_is_guarded(built):
    deep = "ASK " + "{" * 60 + "}" * 60
    loc = store_path(built.build_dir)
    for kwargs in ({}, {"fresh": True}, {"timeout": 5}, {"allow_service": ("127.0.0.1",)}):
        with pytest.raises(QueryError, match="nests 119 levels deep, over the limit of 100"):
            run(loc, deep, **kwargs)
    with pytest.raises(QueryError, match="nests 119 levels deep"):
        run(open_store(built.build_dir), deep)
    with pytest.raises(QueryError, match="SERVICE <http://127.0.0.1:9/> is not allowed"):
        run(loc, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", timeout=5)


def test_allow_service_computes_the_answer_in_full_and_the_same(built):
    loc = store_path(built.build_dir)
    eager = run(loc, PAGES, fresh=True, allow_service=("127.0.0.1",))
    names, data = rows(eager)
    assert (names, data) == rows(run(loc, PAGES, fresh=True)) and len(data) == len(built.annotation_files())
    q = "CONSTRUCT { ?p a rko:Page } WHERE { ?p a rko:Page }"
    assert serialize(run(loc, q, allow_service=("127.0.0.1",)), "table") == serialize(run(loc, q), "table")


# --- the dataset of a query (SPARQL 1.1 §13), the base IRI, SELECT * columns, ASK in CSV/TSV (issue 20)

REGISTRY = "https://w3id.org/reformkg/graph/registry"
COUNT = "SELECT (COUNT(*) AS ?n) {} WHERE {{ ?s ?p ?o }}"


def _count(target, text, **kw):
    return int(rows(run(target, text, **kw))[1][0][0])


@pytest.mark.parametrize("timeout", [None, 30])
def test_from_and_from_named_choose_the_dataset(built, timeout):
    loc = store_path(built.build_dir)
    union = _count(loc, COUNT.format(""), timeout=timeout)
    registry = _count(loc, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{REGISTRY}> {{ ?s ?p ?o }} }}", timeout=timeout)
    assert 0 < registry < union
    assert _count(loc, COUNT.format(f"FROM <{REGISTRY}>"), timeout=timeout) == registry
    assert _count(loc, COUNT.format("FROM <graph/registry>"), timeout=timeout) == registry  # relative: the namespace
    assert _count(loc, COUNT.format("FROM <http://example.org/none>"), timeout=timeout) == 0
    assert _count(loc, COUNT.format(f"FROM NAMED <{REGISTRY}>"), timeout=timeout) == 0  # no FROM: an empty default graph
    names = rows(run(loc, f"SELECT DISTINCT ?g FROM NAMED <{REGISTRY}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}", timeout=timeout))
    assert names[1] == [[REGISTRY]]
    assert rows(run(loc, f"SELECT DISTINCT ?g FROM <{REGISTRY}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}", timeout=timeout))[1] == []


def test_from_through_the_cli_and_the_python_api(built, run_cli):
    import reformkg

    q = COUNT.format("FROM rk:graph\\/registry")
    res = run_cli(built, "query", q, "--format", "csv")
    n = int(res.output.split()[1])
    assert res.exit_code == 0 and 0 < n < int(run_cli(built, "query", COUNT.format(""), "--format", "csv").output.split()[1])
    assert int(next(iter(reformkg.sparql(built, q)))["n"].value) == n


def test_dataset_of_reads_the_clauses():
    from reformkg.query.sparql import Dataset, dataset_of

    assert dataset_of("SELECT * WHERE { ?s ?p ?o }") is None
    assert dataset_of('SELECT * WHERE { ?s ?p "FROM <x>" } # FROM <y>') is None  # a string and a comment
    assert dataset_of("SELECT ?from WHERE { ?from ?p ?o }") is None
    assert dataset_of("SELECT * FROM <http://a/g> FROM <http://a/g> WHERE {}") == Dataset(("http://a/g",), ())
    assert dataset_of("SELECT * FROM NAMED <http://a/g> {}") == Dataset((), ("http://a/g",))
    assert dataset_of("select * from named <g1> from <g2> {}") == Dataset(
        ("https://w3id.org/reformkg/g2",), ("https://w3id.org/reformkg/g1",))
    assert dataset_of("BASE <http://b/x/> PREFIX e: <http://e/> ASK FROM e:a\\-b FROM <y> FROM rk:graph\\/registry {}") == \
        Dataset(("http://e/a-b", "http://b/x/y", REGISTRY), ())
    assert dataset_of("CONSTRUCT WHERE { ?s ?p ?o }", base_iri="file:///t/q.rq") is None
    assert dataset_of("CONSTRUCT FROM <data.ttl> WHERE { ?s ?p ?o }", base_iri="file:///t/q.rq") == \
        Dataset(("file:///t/data.ttl",), ())


def test_relative_iris_resolve_against_the_dataset_namespace(built, run_cli):
    res = run_cli(built, "query", "SELECT ?code WHERE { <region/xunyang> rko:gbCode ?code }", "--format", "csv")
    assert res.exit_code == 0 and res.output.split()[0] == "code" and len(res.output.split()) == 2
    other = run_cli(built, "query", "SELECT ?code WHERE { <xunyang> rko:gbCode ?code }", "--format", "csv",
                    "--base", "https://w3id.org/reformkg/region/")
    assert other.output == res.output


def test_select_star_columns_follow_the_query(tmp_path, run_cli):
    data = tmp_path / "d.ttl"
    data.write_text("<http://a> <http://b> 1 .\n")
    res = run_cli(tmp_path, "query", "SELECT * WHERE { ?s ?p ?o BIND(2 AS ?a) }", "--data", str(data), "--format", "csv")
    assert res.exit_code == 0 and res.output.splitlines() == ["s,p,o,a", "http://a,http://b,1,2"]
    res = run_cli(tmp_path, "query", "SELECT DISTINCT * WHERE { ?z ?y ?x }", "--data", str(data), "--format", "tsv")
    assert res.output.splitlines()[0] == "?z\t?y\t?x"
    res = run_cli(tmp_path, "query", "SELECT ?o ?s WHERE { ?s ?p ?o }", "--data", str(data), "--format", "csv")
    assert res.output.splitlines()[0] == "o,s"  # a named projection as written, as before


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_ask_in_csv_or_tsv_is_refused(built, run_cli, fmt):
    res = run_cli(built, "query", "ASK { ?s ?p ?o }", "--format", fmt)
    assert res.exit_code == 1
    assert res.output == (f"Error: an ASK query answers true or false, which the W3C SPARQL 1.1 {fmt.upper()} "
                          "results format does not define; use --format json, xml or table\n")
    assert json.loads(run_cli(built, "query", "ASK { ?s ?p ?o }", "--format", "json").output)["boolean"] is True


def test_data_files_instead_of_the_build(tmp_path, run_cli):
    good = tmp_path / "g.ttl"
    good.write_text("@prefix : <http://e/> . :a :p :b .\n")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://a> <http://b> .\n")
    odd = tmp_path / "data.xyz"
    odd.write_text("")
    q = "SELECT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o } }"
    for extra in ([], ["--timeout", "30"]):
        res = run_cli(tmp_path, "query", q, "--graph-data", str(good), "--format", "csv", *extra)
        assert res.exit_code == 0 and res.output.splitlines() == ["g,s", f"{good.resolve().as_uri()},http://e/a"]
    res = run_cli(tmp_path, "query", q, "--data", str(bad))
    assert res.exit_code == 1 and len(res.output.splitlines()) == 1
    assert res.output.startswith(f"Error: {bad}: not valid Turtle")
    res = run_cli(tmp_path, "query", q, "--data", str(odd))
    assert res.exit_code == 2 and res.output.startswith(f"Error: {odd}: unknown RDF format")
    res = run_cli(tmp_path, "query", q, "--data", str(tmp_path / "missing.ttl"))
    assert res.exit_code == 2 and "does not exist" in res.output and "Traceback" not in res.output
