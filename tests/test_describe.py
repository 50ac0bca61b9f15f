import json


def test_describe_by_alias(built, run_cli):
    res = run_cli(built, "describe", "旬阳", "--format", "json")
    assert res.exit_code == 0, res.output
    d = json.loads(res.output)
    assert d["iri"] == "https://w3id.org/reformkg/region/xunyang"
    pages = {p["page"] for p in d["pages"]}
    assert len(pages) >= 2, "旬阳 is reported on more than one page"
    text = {p["page"]: (built.articles / f"{p['page']}.txt").read_text(encoding="utf-8") for p in d["pages"]}
    for p in d["pages"]:
        for f in p["facts"]:
            for ev in f["evidence"]:
                assert text[p["page"]][ev["start"]:ev["end"]] == ev["quote"]
                assert ev["link"] == f"data/articles/{p['page']}.txt#char={ev['start']},{ev['end']}"


def test_describe_by_iri_and_text(built, run_cli):
    res = run_cli(built, "describe", "https://w3id.org/reformkg/organisation/shaanxi-ftu")
    assert res.exit_code == 0
    assert res.output.startswith("陕西省总工会  <https://w3id.org/reformkg/organisation/shaanxi-ftu>")
    assert "facts on" in res.output and "#char=" in res.output


def test_describe_unknown_suggests(built, run_cli):
    res = run_cli(built, "describe", "陕西省总公会")
    assert res.exit_code == 1
    assert "no entity named '陕西省总公会'" in res.output and "陕西省总工会" in res.output


def test_describe_ambiguous_name():
    """Two entities sharing a name: describe names both and asks for an IRI."""
    import pyoxigraph
    import pytest

    from reformkg.query.describe import describe
    from reformkg.errors import ReformkgError

    store = pyoxigraph.Store()
    data = "".join(
        f'<https://w3id.org/reformkg/region/{rid}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> '
        f'<https://w3id.org/reformkg/ontology#Region> <https://w3id.org/reformkg/graph/registry> .\n'
        f'<https://w3id.org/reformkg/region/{rid}> <http://www.w3.org/2000/01/rdf-schema#label> "{label}"@zh '
        f'<https://w3id.org/reformkg/graph/registry> .\n'
        f'<https://w3id.org/reformkg/region/{rid}> <http://www.w3.org/2004/02/skos/core#altLabel> "高新区"@zh '
        f'<https://w3id.org/reformkg/graph/registry> .\n'
        for rid, label in (("zone-a", "甲高新区"), ("zone-b", "乙高新区")))
    store.load(data.encode(), format=pyoxigraph.RdfFormat.N_QUADS)
    with pytest.raises(ReformkgError) as err:
        describe(store, "高新区")
    assert "names 2 entities" in str(err.value) and "region/zone-a" in str(err.value) and "region/zone-b" in str(err.value)
    assert describe(store, "甲高新区").iri.endswith("zone-a")


def test_describe_shows_where_status_dimensions_items_and_initiative(built, run_cli):
    """Each fact of `describe` says where it holds and how that was found, a measure's status with
    its cue as printed, an observation's dimensions, the items a fact enumerates and its initiative;
    the JSON form carries the same, and every status cue is a word of the page."""
    res = run_cli(built, "describe", "旬阳", "--format", "json")
    facts = [f for p in json.loads(res.output)["pages"] for f in p["facts"]]
    assert all(f["where"] for f in facts if f["kind"] != "post")
    hows = {w["how"].split()[0] for f in facts for w in f["where"]}
    assert {"Annotated", "Derived"} <= hows, hows
    measures = [f for f in facts if f["kind"] == "measure"]
    assert measures and all(f["status"]["value"] in {"planned", "under-way", "done", "recurring"} for f in measures)
    assert all(f["status"]["cue"] for f in measures)
    assert {f["initiative"] for f in facts} >= {"https://w3id.org/reformkg/initiative/xunyang-model-county"}
    text = run_cli(built, "describe", "西京电气").output
    assert "      status: done (cue “设立”)" in text
    assert "      items: 1 技能职称津贴; 2 学历提升津贴;" in text and "(open list: 等)" in text
    dims = run_cli(built, "describe", "shaanxi-unions").output
    assert "ownership=public" in dims and "ownership=non-public" in dims
