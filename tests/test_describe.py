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
