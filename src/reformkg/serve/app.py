"""A read-only SPARQL endpoint and browsable pages over ``build/``, as a small ASGI app.

Starlette routes requests, uvicorn serves them, pyoxigraph answers the queries (the store
is opened read-only, so ``build`` may run meanwhile) and Jinja2 renders the HTML.

* ``/sparql`` — the SPARQL 1.1 Protocol: GET ``?query=``, POST form or
  ``application/sparql-query``; results in the W3C formats chosen by ``Accept``;
  ``default-graph-uri``/``named-graph-uri`` honoured; Update refused with 403. Without
  a query it returns a SPARQL Service Description (Turtle). Answers are kept in memory for the
  current generation (AnswerCache) and carry a weak ETag: a client that sends it back in
  ``If-None-Match`` gets 304 until the next build; ``X-Cache: hit`` or ``miss`` says whether the
  answer came from memory.
* ``/`` — counts, canned queries and a query form whose results show as a table.
* every IRI ``https://w3id.org/reformkg/{path}`` is served at ``/{path}``: HTML by
  default (its facts, each with its evidence highlighted in the page text and a link to
  the story), Turtle, N-Triples, RDF/XML or JSON-LD when ``Accept`` asks for them.
* ``/docs/`` — what ``reformkg export --portal`` wrote (VoID, ontology docs, dumps, CSV).
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass, field
from urllib.parse import parse_qs

from reformkg.errors import QueryError, ReformkgError
from reformkg.namespaces import BASE, PREFIX_MAP
from reformkg.query.catalog import canned_queries, resolve_query
from reformkg.query.formats import rows
from reformkg.query.sparql import run
from reformkg.query.stored import open_answer

RESULT_TYPES = {  # media type → pyoxigraph QueryResultsFormat name
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "application/sparql-results+xml": "XML",
    "application/xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
GRAPH_TYPES = {  # media type → pyoxigraph RdfFormat name
    "text/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "application/ld+json": "JSON_LD",
    "application/rdf+xml": "RDF_XML",
}
FORMAT_PARAM = {"ttl": "text/turtle", "jsonld": "application/ld+json", "nt": "application/n-triples",
                "rdf": "application/rdf+xml", "html": "text/html"}
CONTEXT_CHARS = 120  # page text shown on each side of an evidence span
MAX_ROWS_HTML = 1000
MAX_FACTS = 500
ANSWER_CACHE_MB = 64  # /sparql answers kept in memory per server (0: none)

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABELS = ("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#prefLabel",
          "http://purl.org/dc/terms/title")
RKO = BASE + "ontology#"
OA = "http://www.w3.org/ns/oa#"


# --------------------------------------------------------------------------- content negotiation


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """``Accept`` as (media range, q), best first; an absent header accepts anything."""
    out = []
    for i, part in enumerate((header or "*/*").split(",")):
        items = [x.strip() for x in part.split(";")]
        if not items[0]:
            continue
        q = 1.0
        for param in items[1:]:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        out.append((items[0].lower(), q, -i))
    out.sort(key=lambda x: (x[1], x[0] != "*/*" and not x[0].endswith("/*"), x[2]), reverse=True)
    return [(m, q) for m, q, _ in out if q > 0]


def negotiate(header: str | None, offered: list[str]) -> str | None:
    """The offered media type the client prefers (the first offered wins ties), or None."""
    for media, _q in parse_accept(header):
        if media == "*/*":
            return offered[0]
        if media.endswith("/*"):
            hit = next((o for o in offered if o.startswith(media[:-1])), None)
        else:
            hit = media if media in offered else None
        if hit:
            return hit
    return None


# --------------------------------------------------------------------------- the data behind the pages


def local_path(iri: str) -> str | None:
    """The path this server gives a dataset IRI, or None for IRIs outside the dataset."""
    if iri.startswith(BASE):
        return "/" + iri[len(BASE):]
    return None


def short(iri: str) -> str:
    for prefix, ns in sorted(PREFIX_MAP.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


class AnswerCache:
    """SPARQL answers by request, the least recently used dropped beyond ``limit`` bytes of bodies.

    A generation's store is never written, so an answer stays right until the next build;
    Site.refresh starts an empty cache with each generation. Used from the event loop only."""

    def __init__(self, limit: int):
        self.limit, self.size = limit, 0
        self.items: OrderedDict = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key):
        item = self.items.get(key)
        if item is None:
            self.misses += 1
            return None
        self.items.move_to_end(key)
        self.hits += 1
        return item

    def put(self, key, item: tuple[int, str, bytes]) -> None:
        if len(item[2]) > self.limit:
            return
        if key in self.items:
            self.size -= len(self.items.pop(key)[2])
        self.items[key] = item
        self.size += len(item[2])
        while self.size > self.limit:
            self.size -= len(self.items.popitem(last=False)[1][2])


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


class Site:
    """The store and what the pages need from it; one per server process."""

    def __init__(self, project, answer_cache_mb: float = ANSWER_CACHE_MB):
        self.project = project
        self.answer_cache_bytes = int(answer_cache_mb * (1 << 20))
        self.queries = canned_queries(project.queries)
        self.docs_dir = project.build_dir / "docs"
        self.generation = None
        self.refresh()

    def refresh(self) -> None:
        """Follow ``build/current``: after a new build, open its store and forget the caches.
        Cheap (one readlink) when nothing changed; called before each request."""
        from reformkg.layout import current_generation
        from reformkg.query.sparql import open_store

        generation = current_generation(self.project.build_dir)
        if generation is not None and generation == self.generation:
            return
        self.store = open_store(self.project.build_dir)
        self._stats = None
        self.generation = generation
        self._texts: dict[str, str] = {}
        self._labels: dict[str, str] = {}
        self.answers = AnswerCache(self.answer_cache_bytes)

    @property
    def stats(self) -> dict:
        """The index page's counts, made when it is first asked for after a build, not before
        every first request: at 10,000 synthetic pages they take seconds, and all of them
        (with facts per page) took 40 s warm, `serve` answering nothing for 195 s after start."""
        if self._stats is None:
            from reformkg.publish.export import stats

            self._stats = stats(self.project.build_dir, pages=False)
        return self._stats

    def etag(self, key: tuple) -> str:
        """A weak ETag for the answer to ``key`` (query, graphs, Accept) from this generation."""
        digest = hashlib.sha256(repr(key).encode("utf-8")).hexdigest()[:16]
        return f'W/"{self.generation.name if self.generation else "none"}-{digest}"'

    # ----- small lookups

    def objects(self, s: str, p: str) -> list:
        import pyoxigraph as ox

        return [q.object for q in self.store.quads_for_pattern(ox.NamedNode(s), ox.NamedNode(p), None, None)]

    def label(self, iri: str) -> str:
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
                    via or [], story, self.label(story) if story else "", self.evidence(iri))

    # ----- an entity

    def describe(self, iri: str) -> list:
        """Triples about ``iri`` and the nodes minted below it (evidence, selectors, times)."""
        import pyoxigraph as ox

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
        import pyoxigraph as ox

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
        import pyoxigraph as ox

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


# --------------------------------------------------------------------------- templates

TEMPLATES = {
    "base.html": """<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>{% block title %}reformkg{% endblock %}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:system-ui,"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;margin:1.5em auto;max-width:72em;padding:0 1em;line-height:1.5}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top;text-align:left}
th{background:#f3f3f3}.iri{color:#666;font-size:.85em;word-break:break-all}
.fact{border-left:4px solid #4a7;padding:.3em .8em;margin:1em 0;background:#fafafa}
.context{white-space:pre-wrap;font-size:.95em;color:#333;margin:.3em 0}
mark.evidence{background:#ffd21f;color:#000;padding:0 .1em}
textarea{width:100%;font-family:monospace}.error{color:#b00;white-space:pre-wrap}
nav a{margin-right:1em}
</style></head><body>
<nav><a href="/">reformkg</a><a href="/sparql">SPARQL endpoint</a>{% if docs %}<a href="/docs/">docs</a>{% endif %}</nav>
{% block body %}{% endblock %}
</body></html>""",
    "term.html": """{% macro term(t) -%}
{%- if t.href -%}<a href="{{ t.href }}">{{ t.label or t.text }}</a>{% if t.label %} <span class="iri">{{ t.text }}</span>{% endif %}
{%- elif t.long -%}<details><summary>{{ t.text[:80] }}… ({{ t.text|length }} characters)</summary><div class="context">{{ t.text }}</div></details>
{%- else -%}{{ t.text }}{% if t.lang %} <span class="iri">{{ t.lang }}</span>{% endif %}{%- endif -%}
{%- endmacro %}""",
    "index.html": """{% extends "base.html" %}{% from "term.html" import term %}
{% block body %}
<h1>reformkg</h1>
<p>A knowledge graph of China's industrial-workforce reform (产改) and trade-union work: {{ stats.quads }} quads
in {{ stats.graphs|length }} named graphs. SPARQL endpoint: <code>{{ endpoint }}</code>
(the default graph is the union of the named graphs).</p>
<table><tr><th>class</th><th>entities</th></tr>
{% for cls, n in stats.classes.items() %}<tr><td><a href="/?query={{ ('SELECT ?s ?label WHERE { ?s a rko:' ~ cls ~ ' OPTIONAL { ?s rdfs:label ?label } } ORDER BY ?s')|urlencode }}">{{ cls }}</a></td><td>{{ n }}</td></tr>
{% endfor %}</table>
<h2>Query</h2>
<form method="get" action="/"><textarea name="query" rows="8">{{ query_text }}</textarea><br>
<button type="submit">Run</button> prefixes rk:, rko:, voc:, oa:, org:, prov:, skos:, dcterms: … are predeclared</form>
{% if error %}<p class="error">{{ error }}</p>{% endif %}
{% if result %}<table id="results"><tr>{% for n in result.names %}<th>{{ n }}</th>{% endfor %}</tr>
{% for row in result.rows %}<tr>{% for t in row %}<td>{{ term(t) }}</td>{% endfor %}</tr>{% endfor %}</table>
<p>{{ result.count }} row{{ '' if result.count == 1 else 's' }}{% if result.count > result.rows|length %} (first {{ result.rows|length }} shown){% endif %}</p>{% endif %}
<h2>Canned queries</h2>
<table>{% for q in queries %}<tr><td><a href="/?query={{ q.name|urlencode }}">{{ q.name }}</a></td><td>{{ q.en }}<br>{{ q.zh }}</td></tr>{% else %}<tr><td>none</td></tr>{% endfor %}</table>
<h2>Named graphs</h2><ul>{% for g in stats.graphs %}<li><code>{{ g }}</code></li>{% endfor %}</ul>
{% endblock %}""",
    "entity.html": """{% extends "base.html" %}{% from "term.html" import term %}
{% macro evidence(f) %}{% for e in f.evidence %}<div class="context">…{{ e.before }}<mark class="evidence">{{ e.quote }}</mark>{{ e.after }}…</div>{% endfor %}{% endmacro %}
{% block title %}{{ e.label }} · reformkg{% endblock %}
{% block body %}
<h1>{{ e.label }}</h1>
<p class="iri">{{ e.iri }}</p>
<p>{% for c in e.classes %}{{ term(c) }} {% endfor %}
· <a href="{{ path }}?format=ttl" type="text/turtle">Turtle</a>, <a href="{{ path }}?format=jsonld" type="application/ld+json">JSON-LD</a>
(or ask for them with <code>Accept</code>)</p>
{% if e.own %}<section class="fact" id="evidence"><h2>Evidence</h2>
{% if e.own.story %}<p>Reported in <a href="{{ href(e.own.story) }}">{{ e.own.story_title }}</a></p>{% endif %}
{{ evidence(e.own) }}</section>{% endif %}
{% if e.facts %}<h2 id="facts">Facts ({{ e.facts|length + e.more_facts }})</h2>
{% for f in e.facts %}<div class="fact"><a href="{{ href(f.iri) }}"><b>{{ f.label }}</b></a>
<span class="iri">{{ f.classes|join(', ') }} · {{ f.via|join(', ') }}</span>
{% if f.story %}<br>Story: <a href="{{ href(f.story) }}">{{ f.story_title }}</a>{% endif %}
{{ evidence(f) }}</div>{% endfor %}
{% if e.more_facts %}<p>… and {{ e.more_facts }} more: query the endpoint for all of them.</p>{% endif %}{% endif %}
<h2>Properties</h2>
<table>{% for p in e.properties %}<tr><td>{{ term(p) }}</td><td>{{ term(p.value) }}</td></tr>{% endfor %}</table>
{% if e.linked %}<h2>Linked from</h2><table>{% for l in e.linked %}<tr><td>{{ term(l) }}</td><td class="iri">{{ l.via }}</td></tr>{% endfor %}</table>{% endif %}
{% endblock %}""",
    "error.html": """{% extends "base.html" %}{% block body %}<h1>{{ title }}</h1><p class="error">{{ message }}</p>{% endblock %}""",
}


SERVICE_DESCRIPTION = """@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix formats: <http://www.w3.org/ns/formats/> .
[] a sd:Service ;
  sd:endpoint <{endpoint}> ;
  sd:supportedLanguage sd:SPARQL11Query ;
  sd:feature sd:UnionDefaultGraph ;
  sd:resultFormat formats:SPARQL_Results_JSON, formats:SPARQL_Results_XML, formats:SPARQL_Results_CSV,
    formats:SPARQL_Results_TSV, formats:Turtle, formats:N-Triples, formats:JSON-LD, formats:RDF_XML .
"""


# --------------------------------------------------------------------------- the app


def create_app(project, answer_cache_mb: float = ANSWER_CACHE_MB):
    """The ASGI application serving ``project``'s build (raises BuildMissing without one);
    up to ``answer_cache_mb`` MB of /sparql answers are kept in memory (0: none)."""
    try:
        import jinja2
        import starlette  # noqa: F401
    except ImportError:
        raise ReformkgError("`serve` needs the serve extra: pip install 'reformkg[serve]'") from None
    import pyoxigraph as ox
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.responses import (
        HTMLResponse,
        PlainTextResponse,
        RedirectResponse,
        Response,
    )
    from starlette.routing import Mount, Route
    from starlette.staticfiles import StaticFiles

    site = Site(project, answer_cache_mb)
    env = jinja2.Environment(loader=jinja2.DictLoader(TEMPLATES), autoescape=True)
    env.globals["href"] = lambda iri: local_path(iri) or iri

    def html(name, status=200, **kw):
        body = env.get_template(name).render(docs=site.docs_dir.is_dir(), **kw)
        return HTMLResponse(body, status_code=status, headers={"Vary": "Accept"})

    def plain_error(status, message):
        return PlainTextResponse(message + "\n", status_code=status)

    def execute(text, default_graphs=(), named_graphs=()):
        if not default_graphs and not named_graphs:
            made = open_answer(site.generation, text) if site.generation is not None else None
            return made if made is not None else run(site.store, text)
        try:
            return site.store.query(text, prefixes=PREFIX_MAP,
                                    default_graph=[ox.NamedNode(g) for g in default_graphs] or None,
                                    named_graphs=[ox.NamedNode(g) for g in named_graphs] or None)
        except SyntaxError as exc:
            raise QueryError(f"the query is not valid SPARQL: {exc}") from None

    def answer(text, accept, default_graphs, named_graphs):
        """Run and serialize in one worker thread: results are lazy iterators."""
        result = execute(text, default_graphs, named_graphs)
        if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
            media = negotiate(accept, list(RESULT_TYPES))
            if media is None:
                return 406, "text/plain", f"cannot answer a SELECT or ASK query as {accept}; acceptable: {', '.join(RESULT_TYPES)}\n".encode()
            body = result.serialize(format=getattr(ox.QueryResultsFormat, RESULT_TYPES[media]))
            return 200, media, body
        media = negotiate(accept, list(GRAPH_TYPES))
        if media is None:
            return 406, "text/plain", f"cannot answer a CONSTRUCT or DESCRIBE query as {accept}; acceptable: {', '.join(GRAPH_TYPES)}\n".encode()
        body = ox.serialize(list(result), format=getattr(ox.RdfFormat, GRAPH_TYPES[media]),
                            prefixes=PREFIX_MAP if media != "application/n-triples" else None)
        return 200, media, body

    async def sparql(request):
        site.refresh()
        params = request.query_params
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        text, updates = params.get("query"), params.get("update")
        default_graphs, named_graphs = params.getlist("default-graph-uri"), params.getlist("named-graph-uri")
        if request.method == "POST":
            if ctype == "application/x-www-form-urlencoded":
                form = parse_qs((await request.body()).decode("utf-8"))
                text, updates = (form.get("query") or [text])[0], (form.get("update") or [None])[0]
                default_graphs += form.get("default-graph-uri", [])
                named_graphs += form.get("named-graph-uri", [])
            elif ctype == "application/sparql-query":
                text = (await request.body()).decode("utf-8")
            elif ctype == "application/sparql-update":
                updates = "update"
            else:
                return plain_error(415, f"unsupported content type {ctype or '(none)'}: send "
                                        "application/sparql-query or an application/x-www-form-urlencoded form")
        if updates:
            return plain_error(403, "this endpoint is read-only: SPARQL Update is refused; "
                                    "change the annotations and run `reformkg build`")
        if not text:
            if negotiate(request.headers.get("accept"), ["text/turtle", "text/html"]) == "text/html":
                return RedirectResponse("/", status_code=303)  # a browser: the query form
            endpoint = str(request.url.replace(query=""))
            return Response(SERVICE_DESCRIPTION.format(endpoint=endpoint), media_type="text/turtle")
        accept = request.headers.get("accept")
        key = (text, tuple(default_graphs), tuple(named_graphs), accept or "")
        headers = {"Vary": "Accept"}
        if request.method == "GET":  # revalidated on each use: a build may change the answer
            headers.update({"ETag": site.etag(key), "Cache-Control": "no-cache"})
            if _matches(request.headers.get("if-none-match"), headers["ETag"]):
                return Response(status_code=304, headers=headers)
        answers = site.answers  # this generation's: a build swapped in while the query runs starts another
        cached = answers.get(key)
        if cached is not None:
            status, media, body = cached
            headers["X-Cache"] = "hit"
        else:
            headers["X-Cache"] = "miss"
            try:
                status, media, body = await run_in_threadpool(answer, text, accept, default_graphs, named_graphs)
            except QueryError as exc:
                return plain_error(403 if "SPARQL Update" in str(exc) else 400, str(exc))
            if status == 200:
                answers.put(key, (status, media, body))
        if status != 200:
            headers.pop("ETag", None)
            headers.pop("X-Cache", None)
        return Response(body, status_code=status, media_type=media, headers=headers)

    def table_rows(text):
        result = execute(text)
        names, data = rows(result)
        out = []
        for row in data[:MAX_ROWS_HTML]:
            out.append([site.term(v) if v.startswith(("http://", "https://")) else {"text": v} for v in row])
        return {"names": names, "rows": out, "count": len(data)}

    async def index(request):
        site.refresh()
        query_text = request.query_params.get("query", "")
        result = error = None
        status = 200
        if query_text:
            try:
                text = resolve_query(project.queries, query_text)
                query_text = text
                result = await run_in_threadpool(table_rows, text)
            except ReformkgError as exc:  # a bad query is shown to the person who typed it
                error, status = str(exc), 400
        endpoint = str(request.url.replace(path="/sparql", query=""))
        return html("index.html", status, stats=site.stats, queries=site.queries, query_text=query_text,
                    result=result, error=error, endpoint=endpoint)

    async def resource(request):
        site.refresh()
        path = request.url.path.lstrip("/")
        iri = BASE + path
        accept = request.headers.get("accept")
        media = negotiate(accept, ["text/html", "application/xhtml+xml", *GRAPH_TYPES])
        fmt = request.query_params.get("format")
        if fmt:  # for links a person can click: ?format=ttl|jsonld|nt|rdf
            media = FORMAT_PARAM.get(fmt)
            if media is None:
                return plain_error(400, f"unknown format {fmt!r}; expected one of {', '.join(FORMAT_PARAM)}")
        if media is None:
            return plain_error(406, f"{iri} is available as text/html, {', '.join(GRAPH_TYPES)}")
        if path == "ontology" and media in ("text/html", "application/xhtml+xml") \
                and (site.docs_dir / "ontology.html").is_file():
            return RedirectResponse("/docs/ontology.html", status_code=303)
        if media in GRAPH_TYPES:
            triples = await run_in_threadpool(site.describe, iri)
            if not triples:
                return plain_error(404, f"nothing is known about {iri}")
            body = ox.serialize(triples, format=getattr(ox.RdfFormat, GRAPH_TYPES[media]),
                                prefixes=PREFIX_MAP if media != "application/n-triples" else None)
            return Response(body, media_type=media, headers={"Vary": "Accept"})
        data = await run_in_threadpool(site.entity, iri)
        if data is None:
            return html("error.html", 404, title="Not found", message=f"nothing is known about {iri}")
        return html("entity.html", e=data, path="/" + path)

    async def well_known_void(request):
        if (site.docs_dir / "void.ttl").is_file():
            return RedirectResponse("/docs/void.ttl", status_code=303)
        return plain_error(404, "no VoID description yet: run `reformkg export --portal`")

    static = StaticFiles(directory=site.docs_dir, html=True, check_dir=False)

    async def docs(scope, receive, send):  # StaticFiles fails (500) on a directory that is not there
        if site.docs_dir.is_dir():
            return await static(scope, receive, send)
        await plain_error(404, "no portal files yet: run `reformkg export --portal`")(scope, receive, send)

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/.well-known/void", well_known_void, methods=["GET"]),
        Mount("/docs", app=docs, name="docs"),
        Route("/{path:path}", resource, methods=["GET", "HEAD"]),
    ]
    app = Starlette(routes=routes)
    app.state.site = site
    return app


def _matches(if_none_match: str | None, etag: str) -> bool:
    """Whether an If-None-Match header names ``etag`` (weak comparison) or is ``*``."""
    if not if_none_match:
        return False
    tags = [t.strip() for t in if_none_match.split(",")]
    return "*" in tags or etag.removeprefix("W/") in [t.removeprefix("W/") for t in tags]


def serve_app(app, host: str = "127.0.0.1", port: int = 8000, log_level: str = "info") -> None:
    """Run ``app`` with uvicorn until interrupted; a port in use is a clear error."""
    import socket

    try:
        import uvicorn
    except ImportError:
        raise ReformkgError("`serve` needs the serve extra: pip install 'reformkg[serve]'") from None

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise ReformkgError(f"cannot listen on {host}:{port} ({exc.strerror}); choose another port with --port") from None
    uvicorn.run(app, host=host, port=port, log_level=log_level)
