"""Map the loaded annotations, registry and vocabularies to RDF.

IRIs are minted from ids and codes only (never from order or randomness), so the same
annotations give the same IRIs on every build. There are no blank nodes: evidence
spans, selectors and time descriptions get IRIs below the fact they belong to, which
keeps builds byte-identical and graphs comparable line by line.

Every measure, observation, recognition and event says where it holds with ``rko:region``
(see :func:`locate`): the region the annotation names, or one derived from what it names
(an organisation, a person's post, a measure, the story), recorded with ``rko:regionSource``
and ``rko:regionDerivedFrom``; national facts are in ``region:china``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD

from reformkg.annotation import model as m
from reformkg.annotation.grounding import PageText, Span
from reformkg.annotation.loader import DIMENSIONS, LoadedPage, Registry
from reformkg.annotation.vocab import Vocabularies
from reformkg.namespaces import (
    BASE,
    OA,
    PREFIXES,
    QB,
    RKO,
    TIME,
    concept_iri,
    entity_iri,
)

class _Terms:
    """A namespace whose terms are made once: rdflib mints a new URIRef (and, for its defined
    namespaces, checks the name) on every ``NS.term``, which was a tenth of a page's mapping."""

    def __init__(self, ns):
        self._ns = ns

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        term = URIRef(str(self._ns[name]))
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> URIRef:
        return getattr(self, name)

    def __str__(self) -> str:
        return str(self._ns)


DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD = map(_Terms, (DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD))
OA, QB, RKO, TIME = map(_Terms, (OA, QB, RKO, TIME))

LOCATED = ("measures", "observations", "recognitions", "events")  # the facts that say where
NATIONAL = "china"  # the registry's region for national facts

DIMENSION_PROPERTIES = {"ownership": RKO.ownership, "size": RKO.enterpriseSize, "sector": RKO.sector,
                        "group": RKO.populationGroup, "period": RKO.period}  # qb:DimensionProperty each

FACT_KIND = {"measures": "measure", "observations": "observation", "recognitions": "recognition",
             "posts": "post", "events": "event"}


SUPERCLASSES = {
    RKO.UnionFederation: (RKO.TradeUnion, RKO.Organisation),
    **{RKO[c]: (RKO.Organisation,) for c in ("TradeUnion", "Enterprise", "GovernmentBody", "PartyBody",
                                              "School", "Studio", "ServiceFacility")},
}


def new_graph() -> Graph:
    g = Graph(store="SimpleMemory")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


def date_literal(value: str) -> Literal:
    dtype = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}[len(value)]
    return Literal(value, datatype=dtype)


def decimal_literal(value) -> Literal:
    """xsd:decimal in canonical form (93.20 → "93.2", 1E+2 → "100"), as a store keeps it,
    so that the dump (build/nquads/) and the store hold the same literals."""
    return Literal(format(value.normalize(), "f"), datatype=XSD.decimal)


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


@dataclass
class Mapped:
    """A graph and, for each subject node it made, the annotation entry it came from."""

    graph: Graph
    sources: dict[URIRef, tuple[str, int, str]] = field(default_factory=dict)  # node → (file, line, field)


# --------------------------------------------------------------------------- vocabularies


def vocabulary_graph(vocab: Vocabularies) -> Graph:
    g = new_graph()
    for sid, scheme in vocab.schemes.items():
        s = URIRef(f"{BASE}vocab/{sid}")
        g.add((s, RDF.type, SKOS.ConceptScheme))
        g.add((s, SKOS.prefLabel, zh(scheme.zh or sid)))
        g.add((s, SKOS.prefLabel, Literal(scheme.en or sid, lang="en")))
        for cid, c in scheme.concepts.items():
            ci = concept_iri(sid, cid)
            g.add((ci, RDF.type, SKOS.Concept))
            g.add((ci, SKOS.inScheme, s))
            if not c.extra.get("broader"):
                g.add((ci, SKOS.topConceptOf, s))
            g.add((ci, SKOS.notation, Literal(cid)))
            g.add((ci, SKOS.prefLabel, zh(c.zh)))
            g.add((ci, SKOS.prefLabel, Literal(c.en, lang="en")))
            g.add((ci, RDFS.label, zh(c.zh)))
            if c.extra.get("definition"):
                g.add((ci, SKOS.definition, Literal(str(c.extra["definition"]), lang="en")))
            if c.extra.get("definition_zh"):
                g.add((ci, SKOS.definition, zh(str(c.extra["definition_zh"]))))
            if c.extra.get("scope"):
                g.add((ci, SKOS.scopeNote, Literal(str(c.extra["scope"]))))
            for sym in c.symbols:
                g.add((ci, SKOS.hiddenLabel, zh(str(sym))))
            if c.extra.get("qudt"):
                g.add((ci, SKOS.exactMatch, URIRef(c.extra["qudt"])))
            if sid == "indicator" and c.extra.get("unit"):
                g.add((ci, RKO.defaultUnit, concept_iri("unit", c.extra["unit"])))
            if sid == "org-kind" and c.extra.get("class"):
                g.add((ci, RKO.orgClass, RKO[c.extra["class"]]))
            if c.extra.get("broader"):
                g.add((ci, SKOS.broader, concept_iri(sid, c.extra["broader"])))
    return g


def ontology_graph(ontology_dir: Path, vocab: Vocabularies) -> Graph:
    g = new_graph()
    for path in sorted(Path(ontology_dir).glob("*.ttl")):
        g.parse(path, format="turtle")
    g += vocabulary_graph(vocab)
    return g


# --------------------------------------------------------------------------- registry


def registry_graph(reg: Registry, vocab: Vocabularies) -> Mapped:
    g = new_graph()
    out = Mapped(g)

    def common(section, eid, ent, cls):
        node = entity_iri(section, eid)
        path, line = reg.source[(section, eid)]
        out.sources[node] = (path, line, f"{section}[{eid}]")
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, zh(ent.name)))
        g.add((node, SKOS.prefLabel, zh(ent.name)))
        g.add((node, DCTERMS.identifier, Literal(eid)))
        for alias in ent.aliases:
            g.add((node, SKOS.altLabel, zh(alias)))
        if ent.note:
            g.add((node, SKOS.note, Literal(ent.note)))
        return node

    for rid, r in reg.regions.items():
        n = common("regions", rid, r, RKO.Region)
        g.add((n, RKO.adminLevel, concept_iri("admin-level", vocab.resolve("admin-level", r.level).id)))
        if r.code:
            g.add((n, RKO.gbCode, Literal(r.code)))
        if r.parent:
            g.add((n, RKO.withinRegion, entity_iri("regions", r.parent)))
    for oid, o in reg.organisations.items():
        kind = vocab.resolve("org-kind", o.kind)
        cls = RKO[kind.extra.get("class", "Organisation")]
        n = common("organisations", oid, o, cls)
        for sup in SUPERCLASSES.get(cls, ()):  # materialised, so queries need no reasoner
            g.add((n, RDF.type, sup))
        g.add((n, RKO.orgKind, concept_iri("org-kind", kind.id)))
        if o.level:
            g.add((n, RKO.adminLevel, concept_iri("admin-level", vocab.resolve("admin-level", o.level).id)))
        if o.region:
            g.add((n, RKO.locatedIn, entity_iri("regions", o.region)))
        if o.parent:
            g.add((n, ORG.subOrganizationOf, entity_iri("organisations", o.parent)))
    for pid, p in reg.people.items():
        n = common("people", pid, p, RKO.Person)
        g.add((n, FOAF.name, zh(p.name)))
    for did, d in reg.documents.items():
        n = common("documents", did, d, RKO.PolicyDocument)
        g.add((n, DCTERMS.title, zh(d.name)))
        g.add((n, RKO.documentKind, concept_iri("document-kind", vocab.resolve("document-kind", d.kind).id)))
        for issuer in d.issuers:
            g.add((n, DCTERMS.creator, entity_iri("organisations", issuer)))
        if d.date:
            g.add((n, DCTERMS.issued, date_literal(d.date)))
    for iid, x in reg.initiatives.items():
        n = common("initiatives", iid, x, RKO.Initiative)
        g.add((n, RKO.initiativeKind, Literal(x.kind)))
        if x.region:
            g.add((n, DCTERMS.spatial, entity_iri("regions", x.region)))
        if x.date:
            g.add((n, DCTERMS.date, date_literal(x.date)))
    return out

# --------------------------------------------------------------------------- where


@dataclass(frozen=True)
class Where:
    """Where a fact holds: registry region ids, and how they were found.

    ``rule`` is ``annotated`` (the annotation names the region), ``organisation`` (the
    registry region of an organisation it names), ``person`` (of the organisation of that
    person's post on the page), ``measure`` (the regions of the measure it names),
    ``story`` (the region of its story: the smallest region that holds every region its
    other facts are in, without this rule), or ``not-located``; ``sources`` are the
    organisations, posts, measures or story the regions come from."""

    regions: tuple[str, ...]
    rule: str
    sources: tuple[tuple[str, str], ...] = ()  # (kind, id): ("organisations", oid), ("post", pid) …


NOT_LOCATED = Where((), "not-located")


def _unique(items) -> tuple:
    return tuple(dict.fromkeys(items))


def _ancestors(region: str, registry: Registry) -> list[str]:
    chain, seen = [], set()
    while region and region not in seen:
        seen.add(region)
        chain.append(region)
        r = registry.regions.get(region)
        region = r.parent if r is not None else None
    return chain


def smallest_common_region(regions, registry: Registry) -> str | None:
    """The smallest region of the registry that holds (or is) every one of ``regions``, by
    their ``parent`` chains; None for no regions, or none in common."""
    chains = [_ancestors(r, registry) for r in _unique(regions)]
    if not chains:
        return None
    common = set(chains[0]).intersection(*chains[1:])
    return next((r for r in chains[0] if r in common), None)


def story_region(regions, registry: Registry) -> str | None:
    """The region of a story: the smallest region holding every one of ``regions`` (those of
    its facts), unless that is the whole country only because they lie in several provinces
    (then a fact placed by its story alone would pass for a national one)."""
    found = smallest_common_region(regions, registry)
    if found == NATIONAL and set(regions) != {NATIONAL}:
        return None
    return found


def _references(section: str, x) -> tuple[list[str], list[list[str]], list[str], list[str]]:
    """(regions, organisations, people, measures) an annotation entry names; organisations in
    groups tried in turn (a measure's ``lead``, then its ``partners``)."""
    if section == "measures":
        return list(x.regions), [list(x.lead), list(x.partners)], [], [m for m in (x.part_of, x.implements) if m]
    if section == "events":
        return [x.place] if x.place else [], [list(x.organisers)], [], list(x.measures)
    s = x.subject if section == "observations" else x.recipient
    return ([s.region] if s.region else [], [[s.organisation] if s.organisation else []],
            [s.person] if s.person else [], [s.measure] if s.measure else [])


def locate(ann: m.Annotation, registry: Registry | None) -> dict[tuple[str, str], Where]:
    """Where every measure, observation, recognition and event of a page holds, keyed by
    (section, id). The first rule that gives a region wins:

    1. annotated: the measure's ``regions``, the subject's or recipient's ``region``, the
       event's ``place``;
    2. organisation: the registry ``region`` of the organisations named (a measure's ``lead``,
       else its ``partners``; the subject or recipient ``organisation``; an event's
       ``organisers``);
    3. person: the regions of the organisations of the person's posts on this page;
    4. measure: the regions of the measures named (``part_of``, ``implements``; the subject's
       or recipient's ``measure``; an event's ``measures``), however those were found;
    5. story: the smallest registry region holding every region the story's other facts get
       from rules 1–4 (a story on Ankang and two of its counties: Ankang; none for a story
       across provinces, :func:`story_region`);
    6. not located: none of these gives a region (the fact gets ``rko:NotLocated``).

    A national fact is in ``region:china``. Without ``registry`` (the mapping tried alone),
    rules 2, 3 and 5 find nothing."""
    facts = {(sec, x.id): x for sec in LOCATED for x in getattr(ann, sec)}
    posts: dict[str, list] = {}
    for p in ann.posts:
        posts.setdefault(p.person, []).append(p)
    orgs = registry.organisations if registry is not None else {}

    def org_region(oid: str) -> str | None:
        o = orgs.get(oid)
        return o.region if o is not None else None

    def resolve(key, story_regions, memo, visiting) -> Where:
        if key in memo:
            return memo[key]
        if key in visiting:  # a loop of part_of / implements: no region through it
            return NOT_LOCATED
        visiting.add(key)
        section, _fid = key
        x = facts[key]
        regions, organisations, people, measures = _references(section, x)
        where = None
        if regions:
            where = Where(_unique(regions), "annotated")
        for group in organisations:
            found = [(oid, org_region(oid)) for oid in group] if where is None else []
            found = [(oid, r) for oid, r in found if r]
            if found:
                where = Where(_unique(r for _o, r in found), "organisation",
                              _unique(("organisations", oid) for oid, _r in found))
        if where is None:
            found = [(p.id, org_region(p.organisation)) for pid in people for p in posts.get(pid, ())]
            found = [(p, r) for p, r in found if r]
            if found:
                where = Where(_unique(r for _p, r in found), "person", _unique(("post", p) for p, _r in found))
        if where is None:
            found = [(mid, resolve(("measures", mid), story_regions, memo, visiting)) for mid in measures
                     if ("measures", mid) in facts]
            found = [(mid, w) for mid, w in found if w.regions]
            if found:
                where = Where(_unique(r for _m, w in found for r in w.regions), "measure",
                              _unique(("measure", mid) for mid, _w in found))
        if where is None and story_regions is not None and story_regions.get(x.story):
            where = Where((story_regions[x.story],), "story", (("story", x.story),))
        visiting.discard(key)
        memo[key] = where = where or NOT_LOCATED
        return where

    first: dict = {}
    for key in facts:
        resolve(key, None, first, set())
    in_story: dict[str, list[str]] = {}
    for key, where in first.items():
        in_story.setdefault(facts[key].story, []).extend(where.regions)
    story_regions = {sid: story_region(rs, registry) for sid, rs in in_story.items()} if registry else {}
    final: dict = {}
    for key in facts:
        resolve(key, story_regions, final, set())
    return final


# --------------------------------------------------------------------------- pages


class _PageMapper:
    def __init__(self, lp: LoadedPage, vocab: Vocabularies, registry: Registry | None = None):
        self.lp, self.vocab, self.registry = lp, vocab, registry
        self.pid = lp.page_id
        self.g = new_graph()
        self.out = Mapped(self.g)
        self.page = URIRef(f"{BASE}page/{self.pid}")

    def local(self, kind: str, lid: str) -> URIRef:
        return URIRef(f"{BASE}{kind}/{self.pid}/{lid}")

    def concept(self, scheme: str, term: str) -> URIRef:
        return concept_iri(scheme, self.vocab.resolve(scheme, term).id)

    def source(self, node: URIRef, key: str):
        line, fld = self.lp.lines[key]
        self.out.sources[node] = (self.lp.path, line, fld)

    def evidence(self, node: URIRef, key: str, prop=RKO.evidence, path: str = "evidence"):
        text: PageText = self.lp.page
        for k, (_frag, span) in enumerate(self.lp.evidence[key], start=1):
            ev = URIRef(f"{node}/{path}/{k}")
            qs, ps = URIRef(f"{ev}/quote"), URIRef(f"{ev}/position")
            self.g.add((node, prop, ev))
            self.g.add((ev, RDF.type, OA.SpecificResource))
            self.g.add((ev, OA.hasSource, self.page))
            self.g.add((ev, OA.hasSelector, qs))
            self.g.add((ev, OA.hasSelector, ps))
            self.g.add((qs, RDF.type, OA.TextQuoteSelector))
            self.g.add((qs, OA.exact, Literal(text.text[span.start:span.end])))
            self.g.add((qs, OA.prefix, Literal(text.prefix(span))))
            self.g.add((qs, OA.suffix, Literal(text.suffix(span))))
            self.g.add((ps, RDF.type, OA.TextPositionSelector))
            # xsd:integer, as the store keeps it: Web Annotation's range is xsd:nonNegativeInteger (the
            # same values), which Oxigraph would turn into xsd:integer, so the dump would differ (README)
            self.g.add((ps, OA.start, Literal(span.start, datatype=XSD.integer)))
            self.g.add((ps, OA.end, Literal(span.end, datatype=XSD.integer)))

    def time(self, owner: URIRef, t: m.Time | None, prop=RKO.referenceTime):
        if t is None:
            return
        node = URIRef(f"{owner}/time")
        g = self.g
        g.add((owner, prop, node))
        kind = t.kind
        g.add((node, RKO.timeKind, Literal(kind)))
        if t.text:
            g.add((node, RDFS.label, zh(t.text)))
        single = {"as_of": t.as_of, "on": t.on, "by": t.by}.get(kind)
        if single:
            g.add((node, RDF.type, TIME.Instant))
            g.add((node, RKO.date, date_literal(single)))
            g.add((node, {4: TIME.inXSDgYear, 7: TIME.inXSDgYearMonth, 10: TIME.inXSDDate}[len(single)], date_literal(single)))
        elif kind in ("since", "during", "period"):
            g.add((node, RDF.type, TIME.Interval))
            start = t.since or t.during or t.start
            end = t.during or t.end
            if start:
                g.add((node, RKO.start, date_literal(start)))
            if end:
                g.add((node, RKO.end, date_literal(end)))
        else:
            g.add((node, RDF.type, TIME.TemporalEntity))

    def fact(self, kind: str, fact: m.Fact, cls: URIRef, label: str) -> URIRef:
        node = self.local(kind, fact.id)
        self.g.add((node, RDF.type, cls))
        self.g.add((node, RDFS.label, zh(label)))
        self.g.add((node, DCTERMS.identifier, Literal(fact.id)))
        self.g.add((node, RKO.reportedIn, self.local("story", fact.story)))
        if fact.note:
            self.g.add((node, SKOS.note, Literal(fact.note)))
        self.source(node, fact.id)
        self.evidence(node, fact.id)
        return node

    def items(self, node: URIRef, fact):
        """Each item a fact enumerates as its own node (label, position, evidence), and whether
        the list is open (等)."""
        for j, item in enumerate(fact.items, start=1):
            n = URIRef(f"{node}/item/{j}")
            self.g.add((node, RKO.item, n))
            self.g.add((n, RDF.type, RKO.Item))
            self.g.add((n, RDFS.label, zh(item.label)))
            self.g.add((n, RKO.position, Literal(j)))
            self.source(n, f"{fact.id}-item-{j}")
            self.evidence(n, f"{fact.id}-item-{j}")
        if fact.items:
            self.g.add((node, RKO.openList, Literal(bool(fact.open_list))))

    def initiative(self, node: URIRef, fact):
        if getattr(fact, "initiative", None):
            self.g.add((node, RKO.initiative, entity_iri("initiatives", fact.initiative)))

    def subject(self, node, prop, s: m.Subject):
        if s.region:
            self.g.add((node, prop, entity_iri("regions", s.region)))
        if s.organisation:
            self.g.add((node, prop, entity_iri("organisations", s.organisation)))
        if s.person:
            self.g.add((node, prop, entity_iri("people", s.person)))
        if s.measure:
            self.g.add((node, prop, self.local("measure", s.measure)))
        if s.group:
            self.g.add((node, prop, self.concept("target-group", s.group)))

    def run(self) -> Mapped:
        g, lp, ann = self.g, self.lp, self.lp.annotation
        g.add((self.page, RDF.type, RKO.Page))
        g.add((self.page, DCTERMS.identifier, Literal(self.pid)))
        g.add((self.page, RDFS.label, Literal(f"{self.pid}.txt")))
        g.add((self.page, RKO.sha256, Literal(lp.page.sha256)))
        g.add((self.page, RKO.text, Literal(lp.page.text)))
        g.add((self.page, RKO.annotationFile, Literal(Path(lp.path).name)))
        if ann.newspaper:
            g.add((self.page, RKO.newspaper, zh(ann.newspaper)))
        self.out.sources[self.page] = (lp.path, 1, "page")
        for i, s in enumerate(ann.stories):
            self.story(i, s)
        for x in ann.measures:
            n = self.fact("measure", x, RKO.Measure, x.label)
            g.add((n, RKO.measureType, self.concept("measure-type", x.type)))
            if x.document:
                g.add((n, RKO.document, entity_iri("documents", x.document)))
            for o in x.lead:
                g.add((n, RKO.leadActor, entity_iri("organisations", o)))
            for o in x.partners:
                g.add((n, RKO.partner, entity_iri("organisations", o)))
            for a in x.areas:
                g.add((n, RKO.reformArea, self.concept("reform-area", a)))
            for t in x.groups:
                g.add((n, RKO.targetGroup, self.concept("target-group", t)))
            if x.part_of:
                g.add((n, RKO.partOfMeasure, self.local("measure", x.part_of)))
            if x.implements:
                g.add((n, RKO.implements, self.local("measure", x.implements)))
            self.time(n, x.time)
            g.add((n, RKO.measureStatus, self.concept("measure-status", x.status.value)))
            self.evidence(n, f"{x.id}-cue", RKO.statusCue, "status-cue")
            self.items(n, x)
            self.initiative(n, x)
        for x in ann.observations:
            self.observation(x)
        for x in ann.recognitions:
            n = self.fact("recognition", x, RKO.Recognition, x.title)
            g.add((n, RKO.honour, zh(x.title)))
            self.subject(n, RKO.recipient, x.recipient)
            if x.level:
                g.add((n, RKO.level, self.concept("admin-level", x.level)))
            if x.granted_by:
                g.add((n, RKO.grantedBy, entity_iri("organisations", x.granted_by)))
            self.time(n, x.time)
            self.items(n, x)
            self.initiative(n, x)
        for x in ann.posts:
            n = self.fact("post", x, RKO.Post, x.role)
            g.add((n, ORG.member, entity_iri("people", x.person)))
            g.add((n, ORG.organization, entity_iri("organisations", x.organisation)))
            g.add((n, RKO.postTitle, zh(x.role)))
        for x in ann.events:
            n = self.fact("event", x, RKO.Event, x.label)
            g.add((n, RKO.eventType, self.concept("event-type", x.type)))
            if x.place:
                g.add((n, PROV.atLocation, entity_iri("regions", x.place)))
            for o in x.organisers:
                g.add((n, RKO.organiser, entity_iri("organisations", o)))
            for mid in x.measures:
                g.add((n, RKO.partOfMeasure, self.local("measure", mid)))
            self.time(n, x.time)
            self.initiative(n, x)
        for i, nf in enumerate(ann.no_fact):
            key = f"nofact-{i + 1}"
            first: Span = lp.evidence[key][0][1]
            n = self.local("passage", f"{first.start}-{first.end}")
            if (n, RDF.type, RKO.NoFactPassage) in g:
                n = URIRef(f"{n}-{i + 1}")
            g.add((n, RDF.type, RKO.NoFactPassage))
            g.add((n, RKO.reason, Literal(nf.reason)))
            g.add((n, RKO.reportedIn, self.local("story", nf.story)))
            self.source(n, key)
            self.evidence(n, key)
        self.where()
        return self.out

    def where(self):
        """``rko:region`` on every measure, observation, recognition and event, with how it was
        found (:func:`locate`): ``rko:regionSource rko:Annotated``, or ``rko:Derived`` plus
        ``rko:regionDerivedFrom`` the nodes it came from, or ``rko:NotLocated`` and no region."""
        g = self.g
        for (section, fid), w in sorted(locate(self.lp.annotation, self.registry).items()):
            node = self.local(FACT_KIND[section], fid)
            for r in w.regions:
                g.add((node, RKO.region, entity_iri("regions", r)))
            source = {"annotated": RKO.Annotated, "not-located": RKO.NotLocated}.get(w.rule, RKO.Derived)
            g.add((node, RKO.regionSource, source))
            for kind, sid in w.sources:
                g.add((node, RKO.regionDerivedFrom,
                       entity_iri(kind, sid) if kind == "organisations" else self.local(kind, sid)))

    def story(self, i: int, s: m.Story):
        g = self.g
        n = self.local("story", s.id)
        g.add((n, RDF.type, RKO.Story))
        g.add((n, DCTERMS.isPartOf, self.page))
        g.add((n, DCTERMS.identifier, Literal(s.id)))
        g.add((n, DCTERMS.title, zh(s.title)))
        g.add((n, RDFS.label, zh(s.title)))
        for prop, value in ((RKO.subtitle, s.subtitle), (RKO.kicker, s.kicker), (RKO.newspaper, s.newspaper)):
            if value:
                g.add((n, prop, zh(value)))
        g.add((n, DCTERMS.date, date_literal(s.date.value)))
        g.add((n, RKO.dateBasis, Literal(s.date.basis)))
        g.add((n, RKO.inScope, Literal(s.scope == "in")))
        if s.reason:
            g.add((n, RKO.scopeReason, Literal(s.reason)))
        for span in self.lp.story_spans[s.id]:
            g.add((n, RKO.extent, Literal(f"{span.start}-{span.end}")))
        self.out.sources[n] = (self.lp.path, self.lp.doc.locate(("stories", i))[0], f"stories[{i}]")
        for j, by in enumerate(s.byline):
            b = URIRef(f"{n}/byline/{j + 1}")
            key = f"{s.id}-byline-{j + 1}"
            g.add((n, RKO.byline, b))
            g.add((b, RDF.type, RKO.Byline))
            g.add((b, RDFS.label, zh(by.name)))
            g.add((b, RKO.bylineRole, Literal(by.role)))
            if by.person:
                g.add((b, PROV.agent, entity_iri("people", by.person)))
            self.source(b, key)
            self.evidence(b, key)

    def observation(self, x: m.Observation):
        g = self.g
        fig = self.lp.figures[x.id]
        f = fig.figure
        n = self.fact("observation", x, RKO.Observation, f"{self.vocab.resolve('indicator', x.indicator).zh} {f.text}")
        g.add((n, RDF.type, QB.Observation))
        g.add((n, RKO.indicator, self.concept("indicator", x.indicator)))
        self.subject(n, RKO.about, x.subject)
        g.add((n, RKO.unit, concept_iri("unit", fig.unit.id)))
        g.add((n, RKO.originalText, zh(x.value)))
        if fig.unit.id == "count" and f.unit_word:
            g.add((n, RKO.classifier, zh(f.unit_word)))
        for prop, value in ((RKO.value, f.value), (RKO.minValue, f.minimum), (RKO.maxValue, f.maximum),
                            (RKO.fromValue, f.from_value), (RKO.toValue, f.to_value)):
            if value is not None:
                g.add((n, prop, decimal_literal(value)))
        if f.approximation:
            g.add((n, RKO.approximation, concept_iri("approximation", f.approximation)))
        if f.ordinal:
            g.add((n, RKO.ordinal, Literal(True)))
        g.add((n, RKO.status, RKO[x.status]))
        if x.qualifier:
            g.add((n, RKO.qualifier, zh(x.qualifier)))
        if x.dimensions is not None:
            for key, prop in DIMENSION_PROPERTIES.items():
                value = getattr(x.dimensions, key)
                if value:
                    g.add((n, prop, self.concept(DIMENSIONS[key], value)))
        self.time(n, x.time)
        self.items(n, x)


def page_graph(lp: LoadedPage, vocab: Vocabularies, registry: Registry | None = None) -> Mapped:
    """The page's named graph. ``registry`` gives the regions of the organisations a fact
    names (:func:`locate`); a build always passes it."""
    return _PageMapper(lp, vocab, registry).run()
