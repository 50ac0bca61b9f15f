"""Annotations mapped to RDF (reformkg.rdf.mapping): IRIs that do not depend on the order of
an annotation's lists, and where every fact holds (annotated, or derived from an organisation, a
person's post, a measure or the story; not located), on crafted pages and on the real data."""

from helpers import copy_project

from reformkg.annotation import model as m
from reformkg.annotation.loader import Registry
from reformkg.rdf.mapping import NOT_LOCATED, Where, locate, smallest_common_region


def test_iris_do_not_depend_on_order(tmp_path):
    """Reversing every list of an annotation gives the same graph, byte for byte."""
    from helpers import compile_dataset, nquads
    from ruamel.yaml import YAML
    
    page = "000_239e137822c9727a"
    a = copy_project(tmp_path / "a", annotations=[page])
    b = copy_project(tmp_path / "b", annotations=[page])
    path = b.annotations / f"{page}.yaml"
    yaml = YAML()
    data = yaml.load(path.read_text(encoding="utf-8"))
    for key in ("stories", "measures", "observations", "recognitions", "posts", "events", "no_fact"):
        if data.get(key):
            data[key] = list(reversed(data[key]))
    with path.open("w", encoding="utf-8") as fh:
        yaml.dump(data, fh)
    assert path.read_text(encoding="utf-8") != (a.annotations / f"{page}.yaml").read_text(encoding="utf-8")
    assert nquads(compile_dataset(a).graphs) == nquads(compile_dataset(b).graphs)


# --------------------------------------------------------------------------- where every fact holds


def crafted_registry() -> Registry:
    """China > 陕西 > 安康 > 旬阳, 汉阴; an organisation in 旬阳, one in 汉阴, one without a region,
    and a national one."""
    regions = [("china", None, "national"), ("shaanxi", "china", "province"), ("ankang", "shaanxi", "prefecture"),
               ("xunyang", "ankang", "county"), ("hanyin", "ankang", "county")]
    orgs = [("xunyang-ftu", "xunyang"), ("hanyin-ftu", "hanyin"), ("platform", None), ("acftu", "china")]
    return Registry(
        regions={r: m.Region(id=r, name=r, level=level, parent=parent) for r, parent, level in regions},
        organisations={o: m.Organisation(id=o, name=o, kind="union", region=r) for o, r in orgs},
    )


def crafted_page(**sections) -> m.Annotation:
    """A page with two stories, s1 and s2, and the given facts (each a dict; story s1 unless said)."""
    stories = [m.Story(id=s, title=s, date={"value": "2025-01", "basis": "printed"}, scope="in",
                       extent=[{"from": "a", "to": "b"}]) for s in ("s1", "s2")]
    facts = {}
    for section, entries in sections.items():
        defaults = {"measures": {"label": "举措", "type": "mechanism", "status": {"value": "done", "cue": "q"}},
                    "observations": {"indicator": "count-of-items", "value": "3个", "time": {"unspecified": True}},
                    "recognitions": {"title": "示范单位"},
                    "events": {"label": "会议", "type": "meeting", "time": {"unspecified": True}},
                    "posts": {"role": "主席"}}[section]
        facts[section] = [{"story": "s1", "quote": "q", **defaults, **e} for e in entries]
    return m.Annotation.model_validate({"page": "p", "stories": [s.model_dump(by_alias=True) for s in stories], **facts})


def where(page: m.Annotation, section: str, fid: str) -> Where:
    return locate(page, crafted_registry())[(section, fid)]


def test_region_from_the_organisation_a_figure_is_about():
    page = crafted_page(observations=[{"id": "o1", "subject": {"organisation": "xunyang-ftu"}}])
    assert where(page, "observations", "o1") == Where(("xunyang",), "organisation", (("organisations", "xunyang-ftu"),))


def test_region_from_the_lead_organisations_of_a_measure_else_its_partners():
    page = crafted_page(measures=[
        {"id": "m1", "lead": ["xunyang-ftu", "hanyin-ftu"], "partners": ["acftu"]},
        {"id": "m2", "lead": ["platform"], "partners": ["hanyin-ftu"]},  # platform: no region in the registry
        {"id": "m4", "lead": ["platform"]},
        {"id": "m3", "partners": ["hanyin-ftu"]}])
    assert where(page, "measures", "m1").regions == ("xunyang", "hanyin")
    assert where(page, "measures", "m2") == Where(("hanyin",), "organisation", (("organisations", "hanyin-ftu"),))
    assert where(page, "measures", "m3") == Where(("hanyin",), "organisation", (("organisations", "hanyin-ftu"),))
    assert where(page, "measures", "m4") == Where(("ankang",), "story", (("story", "s1"),))  # xunyang, hanyin


def test_region_from_the_parent_measure():
    page = crafted_page(measures=[{"id": "m1", "regions": ["ankang"]},
                                  {"id": "m2", "part_of": "m1"},
                                  {"id": "m3", "implements": "m2"}],
                        observations=[{"id": "o1", "subject": {"measure": "m3", "group": "employees"}}],
                        events=[{"id": "e1", "measures": ["m2"]}])
    assert where(page, "measures", "m2") == Where(("ankang",), "measure", (("measure", "m1"),))
    assert where(page, "measures", "m3") == Where(("ankang",), "measure", (("measure", "m2"),))
    assert where(page, "observations", "o1") == Where(("ankang",), "measure", (("measure", "m3"),))
    assert where(page, "events", "e1") == Where(("ankang",), "measure", (("measure", "m2"),))


def test_region_from_a_persons_post_on_the_page():
    page = crafted_page(posts=[{"id": "p1", "person": "wang", "organisation": "hanyin-ftu"}],
                        recognitions=[{"id": "r1", "recipient": {"person": "wang"}}])
    assert where(page, "recognitions", "r1") == Where(("hanyin",), "person", (("post", "p1"),))


def test_region_from_the_story_is_the_smallest_region_holding_its_other_facts():
    page = crafted_page(observations=[
        {"id": "o1", "subject": {"region": "xunyang"}},
        {"id": "o2", "subject": {"organisation": "hanyin-ftu"}},
        {"id": "o3", "subject": {"group": "employees"}},                  # only a group: the story's region
        {"id": "o4", "story": "s2", "subject": {"group": "employees"}},   # a story with nothing located
    ])
    assert where(page, "observations", "o3") == Where(("ankang",), "story", (("story", "s1"),))
    assert where(page, "observations", "o4") == NOT_LOCATED
    # a story across provinces gives no region: its facts would pass for national ones
    registry = crafted_registry()
    registry.regions["jilin"] = m.Region(id="jilin", name="jilin", level="province", parent="china")
    across = crafted_page(observations=[{"id": "o1", "subject": {"region": "xunyang"}},
                                        {"id": "o2", "subject": {"region": "jilin"}},
                                        {"id": "o3", "subject": {"group": "employees"}},
                                        {"id": "o4", "story": "s2", "subject": {"region": "china"}},
                                        {"id": "o5", "story": "s2", "subject": {"group": "employees"}}])
    assert locate(across, registry)[("observations", "o3")] == NOT_LOCATED
    assert locate(across, registry)[("observations", "o5")] == Where(("china",), "story", (("story", "s2"),))
    assert smallest_common_region(["xunyang"], crafted_registry()) == "xunyang"
    assert smallest_common_region(["xunyang", "china"], crafted_registry()) == "china"
    assert smallest_common_region([], crafted_registry()) is None


def test_annotated_region_wins_over_derived_ones():
    page = crafted_page(
        observations=[{"id": "o1", "subject": {"region": "hanyin", "organisation": "xunyang-ftu"}}],
        measures=[{"id": "m1", "regions": ["shaanxi"], "lead": ["xunyang-ftu"]}],
        events=[{"id": "e1", "place": "xunyang", "organisers": ["hanyin-ftu"]}],
        recognitions=[{"id": "r1", "recipient": {"region": "hanyin", "organisation": "xunyang-ftu"}}])
    assert where(page, "observations", "o1") == Where(("hanyin",), "annotated")
    assert where(page, "measures", "m1") == Where(("shaanxi",), "annotated")
    assert where(page, "events", "e1") == Where(("xunyang",), "annotated")
    assert where(page, "recognitions", "r1") == Where(("hanyin",), "annotated")


def test_national_facts_are_in_china():
    page = crafted_page(observations=[{"id": "o1", "subject": {"region": "china"}},
                                      {"id": "o2", "subject": {"organisation": "acftu"}}])
    assert where(page, "observations", "o1") == Where(("china",), "annotated")
    assert where(page, "observations", "o2") == Where(("china",), "organisation", (("organisations", "acftu"),))


def test_a_loop_of_measures_locates_nothing_through_it():
    page = crafted_page(measures=[{"id": "m1", "implements": "m2"}, {"id": "m2", "implements": "m1"}])
    assert where(page, "measures", "m1") == where(page, "measures", "m2") == NOT_LOCATED


def test_page_graph_says_where_and_how(project):
    """The mapped graph: one rko:region per region, rko:regionSource, and rko:regionDerivedFrom
    the node a derived region came from."""
    from helpers import FIXTURES
    from rdflib import RDF, URIRef

    from reformkg.annotation.loader import load_annotation
    from reformkg.namespaces import BASE, RKO
    from reformkg.pipeline.inputs import load_base
    from reformkg.rdf.mapping import page_graph

    vocab, registry, _ = load_base(project)
    lp, findings = load_annotation(FIXTURES / "valid" / "minimal.yaml", project.articles, registry, vocab)
    assert lp is not None, findings
    g = page_graph(lp, vocab, registry).graph

    def fact(kind, fid):
        return URIRef(f"{BASE}{kind}/{lp.page_id}/{fid}")

    shaanxi = URIRef(BASE + "region/shaanxi")
    o1, o2, r1 = fact("observation", "o1"), fact("observation", "o2"), fact("recognition", "r1")
    assert set(g.objects(o1, RKO.region)) == {shaanxi} and g.value(o1, RKO.regionSource) == RKO.Annotated
    assert g.value(o1, RKO.regionDerivedFrom) is None
    assert g.value(o2, RKO.regionSource) == RKO.Derived and g.value(o2, RKO.regionDerivedFrom) == fact("measure", "m1")
    assert g.value(r1, RKO.regionDerivedFrom) == URIRef(BASE + "organisation/shaanxi-ftu")
    located = set(g.subjects(RKO.regionSource, None))
    assert located == {s for c in (RKO.Measure, RKO.Observation, RKO.Recognition, RKO.Event)
                       for s in g.subjects(RDF.type, c)}
    # without the registry no organisation (and no story) gives a region
    bare = page_graph(lp, vocab).graph
    assert bare.value(r1, RKO.regionSource) == RKO.NotLocated and bare.value(r1, RKO.region) is None
    assert bare.value(o1, RKO.regionSource) == RKO.Annotated


def test_real_data_derived_regions_are_those_of_what_they_come_from(built):
    """On the built data: a region derived from organisations is one of theirs (and each has
    its region on the fact), from measures one of theirs, from a story one that holds every
    region of the story's facts located otherwise; annotated regions are named by the
    annotation (subject, recipient, place, or a measure's own)."""
    import reformkg

    def select(q):
        return reformkg.select(built, q)[1]

    counts = {r[0]: int(r[1]) for r in select("""
        SELECT ?how (COUNT(?f) AS ?n) WHERE {
          VALUES ?c { rko:Measure rko:Observation rko:Recognition rko:Event } ?f a ?c ; rko:regionSource ?s
          BIND(IF(?s != rko:Derived, STRAFTER(STR(?s), "#"),
                  IF(EXISTS { ?f rko:regionDerivedFrom/a rko:Organisation }, "organisation",
                  IF(EXISTS { ?f rko:regionDerivedFrom/a rko:Measure }, "measure",
                  IF(EXISTS { ?f rko:regionDerivedFrom/a rko:Post }, "person", "story")))) AS ?how)
        } GROUP BY ?how""")}
    assert counts["Annotated"] > 500 and counts["organisation"] > 100 and counts["measure"] > 100
    assert sum(counts.values()) == int(select("""SELECT (COUNT(?f) AS ?n) WHERE {
        VALUES ?c { rko:Measure rko:Observation rko:Recognition rko:Event } ?f a ?c }""")[0][0])
    # every derived region is the region of a node it says it comes from, and every such node gives one
    assert select("""SELECT ?f ?r WHERE { ?f rko:regionSource rko:Derived ; rko:region ?r
        FILTER NOT EXISTS { ?f rko:regionDerivedFrom ?x .
          { ?x rko:locatedIn ?r } UNION { ?x rko:region ?r } UNION { ?x org:organization/rko:locatedIn ?r }
          UNION { ?x a rko:Story } } }""") == []
    assert select("""SELECT ?f ?x WHERE { ?f rko:regionDerivedFrom ?x FILTER NOT EXISTS { ?x a rko:Story }
        FILTER NOT EXISTS { ?f rko:region ?r .
          { ?x rko:locatedIn ?r } UNION { ?x rko:region ?r } UNION { ?x org:organization/rko:locatedIn ?r } } }""") == []
    # a story's region holds every region of its facts that did not come from the story
    assert select("""SELECT ?f ?r ?other WHERE { ?f rko:regionDerivedFrom ?s . ?s a rko:Story . ?f rko:region ?r .
        ?g rko:reportedIn ?s ; rko:region ?other FILTER NOT EXISTS { ?g rko:regionDerivedFrom/a rko:Story }
        FILTER NOT EXISTS { ?other rko:withinRegion* ?r } }""") == []
    # an annotated observation's region is its subject; an annotated event's, its place
    assert select("""SELECT ?f WHERE { ?f a rko:Observation ; rko:regionSource rko:Annotated ; rko:region ?r
        FILTER NOT EXISTS { ?f rko:about ?r } }""") == []
    assert select("""SELECT ?f WHERE { ?f a rko:Event ; rko:regionSource rko:Annotated ; rko:region ?r
        FILTER NOT EXISTS { ?f prov:atLocation ?r } }""") == []

