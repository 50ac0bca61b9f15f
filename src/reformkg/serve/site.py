"""The read side of the pages: what the HTML of an IRI shows, looked up in the current store.

Site follows ``build/current`` (a new build opens its store and starts empty caches), or holds
the in-memory store of ``serve --data`` (dataset.Loaded), and answers the pages' questions: an IRI's label, a fact with its evidence spans cut out of the
page text, an entity with its facts, properties and incoming links, the triples that
describe an IRI, the index page's counts. Plain data in, dicts and dataclasses out: the
templates render them, app.py routes to them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from reformkg.layout import current_generation
from reformkg.namespaces import BASE, PREFIX_MAP
from reformkg.publish.export import STATS_QUERY, stats
from reformkg.query.catalog import canned_queries
from reformkg.query.formats import rows
from reformkg.query.sparql import open_store, run
from reformkg.serve.cache import ANSWER_CACHE_MB, AnswerCache, etag
from reformkg.serve.dataset import Loaded

CONTEXT_CHARS = 120  # page text shown on each side of an evidence span
MAX_FACTS = 500  # facts listed on an entity's page

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABELS = ("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#prefLabel",
          "http://purl.org/dc/terms/title")  # the first of these an IRI has gives its label
RKO = BASE + "ontology#"
OA = "http://www.w3.org/ns/oa#"

_NAMESPACES_LONGEST_FIRST = sorted(PREFIX_MAP.items(), key=lambda kv: -len(kv[1]))


def local_path(iri: str) -> str | None:
    """The path this server gives a dataset IRI, or None for IRIs outside the dataset."""
    if iri.startswith(BASE):
        return "/" + iri[len(BASE):]
    return None


def short(iri: str) -> str:
    """``prefix:rest`` with the longest namespace of PREFIX_MAP that ``iri`` extends, else ``iri``."""
    for prefix, ns in _NAMESPACES_LONGEST_FIRST:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


@dataclass
class Evidence:
    page: str
    start: int
    end: int
    before: str
    quote: str
    after: str


@dataclass
class Fact:
    iri: str
    label: str
    classes: list[str]
    via: list[str] = field(default_factory=list)  # predicates linking it to the entity shown
    story: str | None = None
    story_title: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    details: list[tuple[str, str]] = field(default_factory=list)  # (what, shown): where, status, dimensions …


class Site:
    """The store and what the pages need from it; one per server process. Over ``project``'s
    build, or, given ``data`` (`serve --data`), over that store alone: no canned queries, no
    portal files, no answers made by a build, nothing to follow."""

    def __init__(self, project, answer_cache_mb: float = ANSWER_CACHE_MB, data: Loaded | None = None):
        self.project, self.data = project, data
        self.answer_cache_bytes = int(answer_cache_mb * (1 << 20))
        self.queries_dir = project.queries if data is None else None
        self.queries = canned_queries(self.queries_dir) if self.queries_dir is not None else []
        self.docs_dir = project.build_dir / "docs" if data is None else None
        self.generation = None
        if data is None:
            self.refresh()
        else:
            self._start(data.store)

    def _start(self, store) -> None:
        self.store = store
        self._stats = None
        self._texts: dict[str, str] = {}
        self._labels: dict[str, str] = {}
        self.answers = AnswerCache(self.answer_cache_bytes)

    def refresh(self) -> None:
        """Follow ``build/current``: after a new build, open its store and forget the caches.
        Cheap (one readlink) when nothing changed; called before each request. (Nothing to
        follow with ``--data``.)"""
        if self.data is not None:
            return
        generation = current_generation(self.project.build_dir)
        if generation is not None and generation == self.generation:
            return
        self._start(open_store(self.project.build_dir))
        self.generation = generation

    @property
    def has_docs(self) -> bool:
        """Whether there are portal files (``export --portal``) to serve under /docs/."""
        return self.docs_dir is not None and self.docs_dir.is_dir()

    @property
    def stats(self) -> dict:
        """The index page's counts, made when it is first asked for after a build, not before
        every first request: at 10,000 synthetic pages they take seconds, and all of them
        (with facts per page) took 40 s warm, `serve` answering nothing for 195 s after start."""
        if self._stats is None:
            if self.data is None:
                self._stats = stats(self.project.build_dir, pages=False)
            else:
                _, by_class = rows(run(self.store, STATS_QUERY))
                self._stats = {"quads": len(self.store),
                               "graphs": sorted(str(g.value) for g in self.store.named_graphs()),
                               "classes": {c.rsplit("#", 1)[-1]: int(n) for c, n in by_class}}
        return self._stats

    def etag(self, key: tuple) -> str:
        """A weak ETag for the answer to ``key`` (query, graphs, Accept) from this generation
        (or from the data of ``--data``)."""
        return etag(self.data.tag if self.data is not None else
                    self.generation.name if self.generation is not None else None, key)

    # ----- small lookups

    def objects(self, s: str, p: str) -> list:
        return [q.object for q in self.store.quads_for_pattern(ox.NamedNode(s), ox.NamedNode(p), None, None)]

    def label(self, iri: str) -> str:
        """The first predicate of LABELS that ``iri`` has: its first Chinese value, else its first
        value (in the store's order); "" without one. (publish.portal's Reader.label takes the
        smallest value where no Chinese one is; the portal's tables and these pages can differ
        only for an IRI with several labels and none in Chinese.)"""
        if iri not in self._labels:
            found = ""
            for p in LABELS:
                values = self.objects(iri, p)
                zh = [v.value for v in values if getattr(v, "language", None) == "zh"]
                if values:
                    found = (zh or [values[0].value])[0]
                    break
            self._labels[iri] = found
        return self._labels[iri]

    def page_text(self, page: str) -> str:
        if page not in self._texts:
            texts = self.objects(page, RKO + "text")
            self._texts[page] = texts[0].value if texts else ""
        return self._texts[page]

    def evidence(self, fact: str) -> list[Evidence]:
        """The spans a fact rests on, in their order, each with the page text around it."""
        out = []
        for ev in sorted(self.objects(fact, RKO + "evidence"), key=lambda n: _evidence_order(n.value)):
            pages = self.objects(ev.value, OA + "hasSource")
            for sel in self.objects(ev.value, OA + "hasSelector"):
                start, end = self.objects(sel.value, OA + "start"), self.objects(sel.value, OA + "end")
                if pages and start and end:
                    text = self.page_text(pages[0].value)
                    a, b = int(start[0].value), int(end[0].value)
                    out.append(Evidence(pages[0].value, a, b, _context_before(text, a), text[a:b], _context_after(text, b)))
        return out

    def is_fact(self, iri: str) -> bool:
        return bool(self.objects(iri, RKO + "evidence"))

    def fact(self, iri: str, via: list[str] | None = None) -> Fact:
        stories = self.objects(iri, RKO + "reportedIn")
        story = stories[0].value if stories else None
        return Fact(iri, self.label(iri) or short(iri), [short(c.value) for c in self.objects(iri, RDF_TYPE)],
                    via or [], story, self.label(story) if story else "", self.evidence(iri), self.details(iri))

    def details(self, fact: str) -> list[tuple[str, str]]:
        """What the page says of a fact besides its evidence: where it holds and how that was
        found (annotated, or derived from which node), a measure's status with its cue, an
        observation's dimensions, the items it enumerates, its initiative."""
        out = []
        regions = [self.label(r.value) for r in self.objects(fact, RKO + "region")]
        sources = [s.value.rsplit("#", 1)[-1] for s in self.objects(fact, RKO + "regionSource")]
        if sources:
            how = {"Annotated": "annotated", "Derived": "derived", "NotLocated": "not located"}.get(sources[0], sources[0])
            froms = [short(n.value) for n in self.objects(fact, RKO + "regionDerivedFrom")]
            out.append(("where", "、".join(regions) + f" ({how}{' from ' + ', '.join(froms) if froms else ''})"))
        for status in self.objects(fact, RKO + "measureStatus"):
            cues = [self.objects(c.value, OA + "hasSelector") for c in self.objects(fact, RKO + "statusCue")]
            exact = [e.value for sels in cues for sel in sels for e in self.objects(sel.value, OA + "exact")]
            out.append(("status", status.value.rsplit("/", 1)[-1] + (f" (cue “{exact[0]}”)" if exact else "")))
        for name in ("ownership", "enterpriseSize", "sector", "populationGroup", "period"):
            for code in self.objects(fact, RKO + name):
                out.append((name, code.value.rsplit("/", 1)[-1]))
        items = sorted(((int(p.value), self.label(i.value)) for i in self.objects(fact, RKO + "item")
                        for p in self.objects(i.value, RKO + "position")))
        if items:
            open_list = any(o.value == "true" for o in self.objects(fact, RKO + "openList"))
            out.append(("items", "；".join(f"{n}. {label}" for n, label in items) + (" 等" if open_list else "")))
        for i in self.objects(fact, RKO + "initiative"):
            out.append(("initiative", self.label(i.value) or short(i.value)))
        return out

    # ----- an entity

    def describe(self, iri: str) -> list:
        """Triples about ``iri`` and the nodes minted below it (evidence, selectors, times)."""
        seen, todo, out = set(), [iri], []
        while todo:
            s = todo.pop()
            if s in seen:
                continue
            seen.add(s)
            for q in self.store.quads_for_pattern(ox.NamedNode(s), None, None, None):
                out.append(ox.Triple(q.subject, q.predicate, q.object))
                o = q.object
                if isinstance(o, ox.NamedNode) and o.value.startswith(iri + "/"):
                    todo.append(o.value)
        return sorted(set(out), key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))

    def entity(self, iri: str) -> dict | None:
        """What entity.html shows of ``iri``, or None when the store knows nothing about it."""
        node = ox.NamedNode(iri)
        props = [(q.predicate.value, q.object) for q in self.store.quads_for_pattern(node, None, None, None)]
        incoming = [(q.subject.value, q.predicate.value) for q in self.store.quads_for_pattern(None, None, node, None)]
        if not props and not incoming:
            return None
        facts: dict[str, list[str]] = {}
        linked: dict[str, list[str]] = {}
        for s, p in incoming:
            if "/evidence/" in s:
                continue  # evidence spans point to their page; their facts are listed on the story
            (facts if self.is_fact(s) else linked).setdefault(s, []).append(short(p))
        own = self.fact(iri) if self.is_fact(iri) else None
        shown = [self.fact(s, sorted(set(v))) for s, v in sorted(facts.items())[:MAX_FACTS]]
        properties = []
        for p, o in sorted(props, key=lambda x: (x[0], str(x[1]))):
            if p in (RKO + "evidence",):
                continue
            properties.append(self.term(p) | {"value": self.term(o)})
        return {
            "iri": iri, "label": self.label(iri) or short(iri),
            "classes": [self.term(o.value) for p, o in props if p == RDF_TYPE],
            "own": own, "facts": shown, "more_facts": max(0, len(facts) - MAX_FACTS),
            "properties": properties,
            "linked": [self.term(s) | {"via": ", ".join(sorted(set(v)))} for s, v in sorted(linked.items())],
        }

    def term(self, t) -> dict:
        """How a term shows in HTML: text, a link (local when in the dataset), a long-text flag."""
        if isinstance(t, str):
            t = ox.NamedNode(t)
        if isinstance(t, ox.NamedNode):
            label = self.label(t.value) if t.value.startswith(BASE) else ""
            return {"text": short(t.value), "label": label, "href": local_path(t.value) or t.value, "iri": t.value}
        if isinstance(t, ox.Literal):
            lang = f"@{t.language}" if t.language else ""
            return {"text": t.value, "label": "", "href": None, "iri": None, "lang": lang,
                    "long": len(t.value) > 400}
        return {"text": str(t), "label": "", "href": None, "iri": None}


def _evidence_order(iri: str) -> tuple:
    tail = iri.rsplit("/", 1)[-1]
    return (int(tail) if tail.isdigit() else 0, iri)


def _context_before(text: str, start: int) -> str:
    a = max(0, start - CONTEXT_CHARS)
    para = text.rfind("\n\n", a, start)
    return text[para + 2 if para >= 0 else a:start]


def _context_after(text: str, end: int) -> str:
    b = min(len(text), end + CONTEXT_CHARS)
    para = text.find("\n\n", end, b)
    return text[end:para if para >= 0 else b]
