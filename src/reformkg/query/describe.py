"""``describe``: everything the graph holds about one entity, grouped by page and story.

An entity is found by IRI, by its id (``shaanxi``), by its name or any alias
(``陕西``, ``陕西省总``). Each fact comes with its quote and a link to its offsets in
the page text as an RFC 5147 fragment (``data/articles/{page}.txt#char=start,end``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph

from reformkg.errors import ReformkgError
from reformkg.query.formats import _shorten, rows
from reformkg.query.sparql import run

FIND = """
SELECT DISTINCT ?e ?label ?class WHERE {
  VALUES ?needle { %s }
  ?e a ?class ; rdfs:label ?label .
  VALUES ?class { rko:Region rko:Organisation rko:Person rko:PolicyDocument rko:Measure rko:Event skos:Concept }
  { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name } UNION { ?e dcterms:identifier ?name }
  UNION { ?e skos:prefLabel ?name } UNION { ?e skos:notation ?name }
  FILTER(STR(?name) = ?needle)
}
"""

PROPS = """
SELECT ?p ?o ?olabel WHERE {
  VALUES ?e { %s }
  ?e ?p ?o .
  FILTER(?p NOT IN (rko:text))
  OPTIONAL { ?o rdfs:label ?ol FILTER(isIRI(?o)) }
  BIND(COALESCE(STR(?ol), "") AS ?olabel)
} ORDER BY ?p ?o
"""

FACTS = """
SELECT ?fact ?kind ?label ?role ?page ?story ?title ?start ?end ?quote WHERE {
  VALUES ?e { %s }
  ?fact ?rel ?e ; a ?class ; rdfs:label ?l ; rko:reportedIn ?s .
  VALUES (?class ?kind) { (rko:Measure "measure") (rko:Observation "observation") (rko:Recognition "recognition")
                          (rko:Post "post") (rko:Event "event") }
  ?s dcterms:identifier ?story ; dcterms:title ?t ; dcterms:isPartOf/dcterms:identifier ?page .
  ?fact rko:evidence ?ev . ?ev oa:hasSelector ?ps , ?qs .
  ?ps oa:start ?start ; oa:end ?end . ?qs oa:exact ?quote .
  BIND(STR(?l) AS ?label) BIND(STR(?t) AS ?title)
  BIND(REPLACE(STR(?rel), "^.*[#/]", "") AS ?role)
} ORDER BY ?page ?story ?kind ?fact ?role ?start
"""


DETAILS = """
SELECT ?fact ?what ?value ?extra WHERE {
  VALUES ?fact { %s }
  {
    ?fact rko:measureStatus/skos:notation ?v . OPTIONAL { ?fact rko:statusCue/oa:hasSelector/oa:exact ?cue }
    BIND("status" AS ?what) BIND(STR(?v) AS ?value) BIND(COALESCE(STR(?cue), "") AS ?extra)
  } UNION {
    ?fact rko:regionSource ?src . OPTIONAL { ?fact rko:region/rdfs:label ?rl }
    OPTIONAL { ?fact rko:regionDerivedFrom ?from }
    BIND("where" AS ?what) BIND(COALESCE(STR(?rl), "") AS ?value)
    BIND(CONCAT(REPLACE(STR(?src), "^.*#", ""), IF(BOUND(?from), CONCAT(" ", STR(?from)), "")) AS ?extra)
  } UNION {
    VALUES (?p ?name) { (rko:ownership "ownership") (rko:enterpriseSize "size") (rko:sector "sector")
                        (rko:populationGroup "group") (rko:period "period") }
    ?fact ?p ?code . ?code skos:notation ?v . BIND("dimension" AS ?what) BIND(CONCAT(?name, "=", STR(?v)) AS ?value) BIND("" AS ?extra)
  } UNION {
    ?fact rko:item ?it . ?it rko:position ?pos ; rdfs:label ?il . ?fact rko:openList ?open
    BIND("item" AS ?what) BIND(CONCAT(STR(?pos), " ", STR(?il)) AS ?value) BIND(STR(?open) AS ?extra)
  } UNION {
    ?fact rko:initiative ?i . BIND("initiative" AS ?what) BIND(STR(?i) AS ?value) BIND("" AS ?extra)
  }
} ORDER BY ?fact ?what ?value ?extra
"""


@dataclass
class FactLine:
    iri: str
    kind: str
    label: str
    role: str
    quotes: list[tuple[int, int, str]] = field(default_factory=list)
    status: tuple[str, str] | None = None  # (concept, cue as printed)
    where: list[tuple[str, str]] = field(default_factory=list)  # (region label, how: Annotated | Derived <from> …)
    dimensions: list[str] = field(default_factory=list)  # "ownership=public" …
    items: list[str] = field(default_factory=list)  # "1 技能职称津贴" …, in order
    open_list: bool = False
    initiative: str | None = None

    def details(self) -> list[str]:
        """The lines under the fact in ``describe``: where, status, dimensions, items."""
        out = []
        if self.where:
            out.append("where: " + "; ".join(f"{r or '—'} ({_how(how)})" for r, how in self.where))
        if self.status:
            out.append(f"status: {self.status[0]}" + (f" (cue “{self.status[1]}”)" if self.status[1] else ""))
        if self.dimensions:
            out.append("dimensions: " + ", ".join(self.dimensions))
        if self.items:
            out.append("items: " + "; ".join(self.items) + (" … (open list: 等)" if self.open_list else ""))
        if self.initiative:
            out.append(f"initiative: {_short(self.initiative)} (the same on other pages)")
        return out


def _how(how: str) -> str:
    kind, _, source = how.partition(" ")
    word = {"Annotated": "annotated", "Derived": "derived", "NotLocated": "not located"}.get(kind, kind)
    return f"{word} from {_short(source)}" if source else word


@dataclass
class Description:
    iri: str
    label: str
    cls: str
    properties: list[tuple[str, str, str]]
    stories: dict[tuple[str, str, str], list[FactLine]]  # (page, story id, title) → facts

    @property
    def fact_count(self) -> int:
        return sum(len(v) for v in self.stories.values())


def _short(iri: str) -> str:

    return _shorten(iri)


def find(store, name: str, runner=run) -> list[tuple[str, str, str]]:

    if name.startswith(("http://", "https://")):
        try:
            node = str(pyoxigraph.NamedNode(name))
        except ValueError:
            raise ReformkgError(f"{name!r} is not a valid IRI") from None
        res = runner(store, "SELECT ?label ?class WHERE { VALUES ?e { %s } ?e a ?class . "
                         "OPTIONAL { ?e rdfs:label ?label } } LIMIT 1" % node)
        return [(name, lab, cls) for lab, cls in rows(res)[1]]
    res = runner(store, FIND % str(pyoxigraph.Literal(name)))
    hits = {}
    for e, label, cls in rows(res)[1]:
        hits.setdefault(e, (e, label, cls))
    return sorted(hits.values())


def _suggest(store, name: str, runner=run) -> list[str]:
    from rapidfuzz import process  # lazy: only when no entity has the name

    _, labels = rows(runner(store, "SELECT DISTINCT ?l WHERE { ?e a ?c ; rdfs:label ?l . VALUES ?c { rko:Region rko:Organisation rko:Person rko:PolicyDocument } }"))
    return [hit[0] for hit in process.extract(name, [r[0] for r in labels], limit=3, score_cutoff=60)]


def describe(store, name: str, runner=run) -> Description:
    """What the graph holds about ``name``. ``runner(store, text)`` runs each query:
    :func:`reformkg.query.sparql.run` on the build, :func:`reformkg.query.endpoint.run` on a server."""

    hits = find(store, name, runner)
    if not hits:
        close = _suggest(store, name, runner)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise ReformkgError(f"no entity named {name!r} (searched labels, aliases, ids and IRIs){hint}")
    if len(hits) > 1:
        listing = "; ".join(f"{h[1]} <{h[0]}>" for h in hits)
        raise ReformkgError(f"{name!r} names {len(hits)} entities: {listing}. Describe one by its IRI.")
    iri, label, cls = hits[0]
    node = str(pyoxigraph.NamedNode(iri))
    props = rows(runner(store, PROPS % node))[1]
    facts = rows(runner(store, FACTS % node))[1]
    stories: dict[tuple[str, str, str], list[FactLine]] = {}
    index: dict[tuple, FactLine] = {}
    for fact, kind, flabel, role, page, story, title, start, end, quote in facts:
        key = (page, story, title)
        line = index.get((key, fact, role))
        if line is None:
            line = index[(key, fact, role)] = FactLine(fact, kind, flabel, role)
            stories.setdefault(key, []).append(line)
        if (int(start), int(end), quote) not in line.quotes:
            line.quotes.append((int(start), int(end), quote))
    _add_details(store, index.values(), runner)
    return Description(iri, label, cls, props, stories)


def _add_details(store, lines, runner=run) -> None:
    by_iri: dict[str, list[FactLine]] = {}
    for line in lines:
        by_iri.setdefault(line.iri, []).append(line)
    if not by_iri:
        return
    values = " ".join(str(pyoxigraph.NamedNode(i)) for i in by_iri)
    for fact, what, value, extra in rows(runner(store, DETAILS % values))[1]:
        for line in by_iri.get(fact, ()):
            if what == "status":
                line.status = (value, " ".join(extra.split()))
            elif what == "where" and (value, extra) not in line.where:
                line.where.append((value, extra))
            elif what == "dimension":
                line.dimensions.append(value)
            elif what == "item":
                line.items.append(value)
                line.open_list = extra == "true"
            elif what == "initiative":
                line.initiative = value


def format_text(d: Description) -> str:
    out = [f"{d.label}  <{d.iri}>", f"  a {_short(d.cls)}"]
    for p, o, olabel in d.properties:
        if p.endswith("#type"):
            continue
        shown = f"{olabel} ({_short(o)})" if olabel else _short(o)
        out.append(f"  {_short(p)}: {shown}")
    pages = len({k[0] for k in d.stories})
    out.append(f"\n{d.fact_count} fact{'s' if d.fact_count != 1 else ''} on {pages} page{'s' if pages != 1 else ''}")
    for (page, story, title), facts in d.stories.items():
        out.append(f"\n{page} / {story} 《{title}》")
        for f in facts:
            out.append(f"  [{f.kind}, as {f.role}] {f.label}  <{f.iri}>")
            out.extend(f"      {line}" for line in f.details())
            for start, end, quote in sorted(f.quotes):
                out.append(f"      “{' '.join(quote.split())}”  data/articles/{page}.txt#char={start},{end}")
    return "\n".join(out)


def as_dict(d: Description) -> dict:
    return {
        "iri": d.iri, "label": d.label, "class": d.cls,
        "properties": [{"property": p, "value": o, "label": lab} for p, o, lab in d.properties],
        "pages": [
            {"page": page, "story": story, "title": title,
             "facts": [{"iri": f.iri, "kind": f.kind, "label": f.label, "role": f.role,
                        "where": [{"region": r, "how": how} for r, how in f.where],
                        "status": {"value": f.status[0], "cue": f.status[1]} if f.status else None,
                        "dimensions": f.dimensions, "items": f.items, "open_list": f.open_list,
                        "initiative": f.initiative,
                        "evidence": [{"start": s, "end": e, "quote": q,
                                      "link": f"data/articles/{page}.txt#char={s},{e}"} for s, e, q in sorted(f.quotes)]}
                       for f in facts]}
            for (page, story, title), facts in d.stories.items()
        ],
    }
