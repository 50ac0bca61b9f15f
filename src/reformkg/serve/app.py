"""The ASGI app of `reformkg serve`: its routes, the SPARQL 1.1 Protocol, and running it.

Starlette routes requests, uvicorn serves them, pyoxigraph answers the queries (the store
is opened read-only, so ``build`` may run meanwhile) and Jinja2 renders ``templates/``.
What the pages show comes from site.Site; the media types and ``Accept`` from negotiation;
the kept answers and their ETags from cache.

* ``/sparql`` — the SPARQL 1.1 Protocol: GET ``?query=``, POST form or
  ``application/sparql-query``; results in the W3C formats chosen by ``Accept`` (a CONSTRUCT
  or DESCRIBE asked for with SPARQL results types only comes as Turtle);
  ``default-graph-uri``/``named-graph-uri`` and ``FROM``/``FROM NAMED`` honoured; relative
  IRIs resolved against the endpoint's URL; Update refused with 403. Without
  a query it returns a SPARQL Service Description (Turtle). Answers are kept in memory for the
  current generation (AnswerCache) and carry a weak ETag: a client that sends it back in
  ``If-None-Match`` gets 304 until the next build; ``X-Cache: hit`` or ``miss`` says whether the
  answer came from memory. A body is read up to ``max_body`` bytes (413 beyond), in UTF-8
  (another charset is a 400); a second ``query`` is a 400.
* ``/`` — counts, canned queries and a query form whose results show as a table.
* every IRI ``https://w3id.org/reformkg/{path}`` is served at ``/{path}``: HTML by
  default (its facts, each with its evidence highlighted in the page text and a link to
  the story), Turtle, N-Triples, RDF/XML or JSON-LD when ``Accept`` asks for them.
* ``/docs/`` — what ``reformkg export --portal`` wrote (VoID, ontology docs, dumps, CSV).

Bad input of any kind is a 4xx with a one-line message (inputs.BadRequest; HTML for a page
when the client prefers it), never a 500; every response carries the security headers of
middleware.Hardened.

Given :class:`workers.Limits` (as `reformkg serve` gives them), every query the engine answers
(on /sparql and the query form; not the answers a build made, which are read from disk) runs in
a pool of worker processes (workers.Pool) that stops it when its time or memory limit passes or
its client leaves, caps its answer (``X-Reformkg-Truncated``), and lets only so many run at once
(503 with ``Retry-After`` beyond); a request body must arrive within the time limit too (408).
Without limits (a test's app, the Python API), queries run in the server's own threads, as
before: nothing stops them.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import socket
from http import HTTPStatus
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox

from reformkg.errors import QueryError, ReformkgError
from reformkg.layout import STORE
from reformkg.namespaces import BASE, PREFIX_MAP
from reformkg.query.catalog import resolve_query
from reformkg.query.formats import rows
from reformkg.query.guard import check
from reformkg.query.stored import answer_file, open_answer
from reformkg.serve.cache import ANSWER_CACHE_MB, etag_matches
from reformkg.serve.dataset import Loaded
from reformkg.serve.inputs import (
    MAX_BODY,
    BadRequest,
    charset_of,
    content_type,
    decode,
    iri_of_path,
    parse_params,
    query_string,
    query_text,
    read_body,
    shown,
    single,
)
from reformkg.serve.middleware import Hardened
from reformkg.serve.negotiation import (
    FORMAT_PARAM,
    GRAPH_TYPES,
    HTML_TYPES,
    negotiate,
)
from reformkg.serve.site import Site, local_path
from reformkg.serve.workers import (
    TRUNCATED,
    Limits,
    Pool,
    Refused,
    Reply,
    engine_result,
    respond,
)

TEMPLATES = Path(__file__).with_name("templates")
MAX_ROWS_HTML = 1000  # rows of a query's answer shown on the index page
INLINE = 64 << 10  # bytes of a made answer written in the event loop: a thread's hop costs more
INLINE_QUERY = 4096  # characters of a query the guard reads in the event loop
GRACE = 2.0  # seconds a shutting-down server gives the requests still open (a stalled body, say)
NEEDS_EXTRA = "`serve` needs the serve extra: pip install 'reformkg[serve]'"
FORM, SPARQL_QUERY, SPARQL_UPDATE = ("application/x-www-form-urlencoded", "application/sparql-query",
                                     "application/sparql-update")
READ_ONLY = ("this endpoint is read-only: SPARQL Update is refused; "
             "change the annotations and run `reformkg build`")

SERVICE_DESCRIPTION = """@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix formats: <http://www.w3.org/ns/formats/> .
[] a sd:Service ;
  sd:endpoint <{endpoint}> ;
  sd:supportedLanguage sd:SPARQL11Query ;
  sd:feature sd:UnionDefaultGraph ;
  sd:resultFormat formats:SPARQL_Results_JSON, formats:SPARQL_Results_XML, formats:SPARQL_Results_CSV,
    formats:SPARQL_Results_TSV, formats:Turtle, formats:N-Triples, formats:JSON-LD, formats:RDF_XML .
"""


def execute(site: Site, text: str, default_graphs=(), named_graphs=(), base_iri: str | None = None):
    """The lazy result of a query: the build's made answer when there is one, else the engine's.

    The RDF dataset (SPARQL 1.1 Protocol 2.1.4): the graphs ``default-graph-uri`` and
    ``named-graph-uri`` name, when a request names any, whatever the query's ``FROM`` says (the
    default graph is then their merge, empty when only named graphs are given, and only the
    named graphs given are named); else the query's ``FROM`` and ``FROM NAMED`` (SPARQL 1.1
    §13.2, reformkg.query.sparql.run); else the union of the named graphs. Relative IRIs are
    resolved against ``base_iri`` (the endpoint's URL)."""
    if not default_graphs and not named_graphs:
        made = open_answer(site.generation, text) if site.generation is not None else None
        if made is not None:
            return made
    return engine_result(site.store, text, default_graphs, named_graphs, base_iri)


def made_tsv(site: Site, text: str) -> bytes | None:
    """The answer a build made for ``text`` (SPARQL TSV), or None when the engine must answer."""
    path = answer_file(site.generation, text) if site.generation is not None else None
    try:
        return path.read_bytes() if path is not None else None
    except OSError:  # the generation was replaced meanwhile
        return None


def made_answer(tsv: bytes, accept: str | None, limits: Limits) -> Reply:
    """An answer a build made (SPARQL TSV, one row a line) as ``accept`` asks: written whole when
    it is within the caps, as most are (as fast as before the caps), else capped by respond()."""
    if tsv.count(b"\n") - 1 <= limits.max_rows:
        reply = respond(ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV), accept, None, None)
        if reply.status != 200 or len(reply.body) <= limits.max_bytes:
            return reply
    return respond(ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV), accept, limits.max_rows,
                   limits.max_bytes)


def source_of(site: Site) -> tuple:
    """What a worker opens to answer for ``site``: the current generation's store, or the files of
    `serve --data` (workers load them themselves)."""
    if site.data is not None:
        return ("data", tuple(str(f) for f in site.data.files))
    return ("store", str(site.generation / STORE))


def refused_update(exc: QueryError) -> bool:
    """Whether reformkg.query refused ``exc``'s query as SPARQL Update (a 403 here, as a request
    with ``update=`` gets). Its first line only: the later ones may quote the query."""
    return "update" in str(exc).splitlines()[0].lower() if str(exc) else False


def graph_iris(name: str, values: list[str]) -> list[str]:
    for g in values:
        try:
            ox.NamedNode(g)
        except ValueError:
            raise BadRequest(400, f"{name} {shown(g)!r} is not an IRI") from None
    return values


def in_worker(fn, *args):
    """``fn(*args)`` in a worker thread, the engine's errors as QueryError. Raised from here,
    without the frames of ``fn``: they hold its lazy results, which pyoxigraph lets only the
    thread that made them drop (dropped in the event loop's thread, they panicked with a
    traceback in the log)."""
    try:
        return fn(*args)
    except OSError as exc:  # raised while the results are read (a SERVICE that fails, say)
        error = QueryError(f"the query failed: {exc}")
    except QueryError as exc:
        error = exc.with_traceback(None)
        error.__context__ = None
    raise error


def answer(site: Site, text: str, accept: str | None, default_graphs, named_graphs,
           base_iri: str | None = None) -> Reply:
    """The reply to a /sparql query run in this process (an app without limits); run and
    serialized in one worker thread, as results are lazy iterators."""
    return respond(execute(site, text, default_graphs, named_graphs, base_iri), accept, None, None)


def serialize_graph(triples: list, media: str) -> bytes:
    return ox.serialize(triples, format=getattr(ox.RdfFormat, GRAPH_TYPES[media]),
                        prefixes=PREFIX_MAP if media != "application/n-triples" else None)


def canned(site: Site, typed: str) -> str:
    """The query the index page's form runs: a canned query's text when ``typed`` is one's name,
    else ``typed`` itself. Never ``@file`` (reformkg.query.catalog.resolve_query reads it): the
    form would show any file the server can read."""
    if site.queries_dir is None or typed.startswith("@"):
        return typed
    return resolve_query(site.queries_dir, typed)


def table_rows(site: Site, text: str) -> dict:
    """A query's answer as the index page's results table (the first MAX_ROWS_HTML rows)."""
    names, data = rows(execute(site, text))
    return {"names": names, "rows": [[term_of(site, v) for v in row] for row in data[:MAX_ROWS_HTML]],
            "count": len(data)}


def term_of(site: Site, value: str) -> dict:
    """A value of the results table as the template shows it: an IRI as a term (label, link)."""
    return site.term(value) if value.startswith(("http://", "https://")) else {"text": value}


def endpoint_iri(request) -> str:
    """The endpoint's URL as the request names it, the base IRI of the queries sent to it; the
    server's own address when the ``Host`` header would not make an IRI of it."""
    url = str(request.url.replace(query="", fragment=""))
    try:
        ox.NamedNode(url)
    except ValueError:
        host, port = request.scope.get("server") or ("127.0.0.1", 80)
        url = f"http://{host}:{port}{request.scope.get('root_path', '')}/sparql"
    return url


def create_app(project, answer_cache_mb: float = ANSWER_CACHE_MB, max_body: int = MAX_BODY,
               data: Loaded | None = None, limits: Limits | None = None):
    """The ASGI application serving ``project``'s build (raises BuildMissing without one), or,
    given ``data`` (dataset.load_data), that store instead (``project`` may then be None);
    up to ``answer_cache_mb`` MB of /sparql answers are kept in memory (0: none); a request
    body over ``max_body`` bytes is refused with 413. With ``limits``, engine queries run in a
    pool of worker processes under those limits (workers.Pool), the pool started with the server
    and stopped with it (``app.state.pool``); without, in this process's threads."""
    try:  # the optional serve extra: without it, say which extra to install
        import jinja2
        from starlette.applications import Starlette
        from starlette.concurrency import run_in_threadpool
        from starlette.middleware import Middleware
        from starlette.requests import ClientDisconnect
        from starlette.responses import (
            HTMLResponse,
            PlainTextResponse,
            RedirectResponse,
            Response,
        )
        from starlette.routing import Mount, Route
        from starlette.staticfiles import StaticFiles
    except ImportError:
        raise ReformkgError(NEEDS_EXTRA) from None

    site = Site(project, answer_cache_mb, data)
    pool = Pool(limits) if limits is not None else None
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)
    env.globals["href"] = lambda iri: local_path(iri) or iri

    def html(name, status=200, **kw):
        body = env.get_template(name).render(docs=site.has_docs, **kw)
        return HTMLResponse(body, status_code=status, headers={"Vary": "Accept"})

    def plain_error(status, message, headers=None):
        return PlainTextResponse(message + "\n", status_code=status, headers=headers)

    def page_error(request, status, message):
        """An error as a page for a client that prefers HTML (a browser), else as plain text."""
        if negotiate(request.headers.get("accept"), [*HTML_TYPES, "text/plain"]) in HTML_TYPES:
            return html("error.html", status, title=HTTPStatus(status).phrase, message=message)
        return plain_error(status, message)

    async def sparql_request(request) -> tuple[list[str], list[str], list[str]]:
        """The queries, default and named graphs a /sparql request sends, from its URL and, for a
        POST, its body (read only once the media type and charset are known good); any Update
        is a 403."""
        params = query_string(request.scope.get("query_string", b""))
        queries, updates = params.get("query", []), params.get("update", [])
        graphs = params.get("default-graph-uri", []), params.get("named-graph-uri", [])
        if request.method == "POST":
            encoding = request.headers.get("content-encoding", "identity").strip().lower()
            if encoding != "identity":
                raise BadRequest(415, f"Content-Encoding {shown(encoding)!r} is not supported: send the body as it is")
            media, ctype_params = content_type(request.headers.get("content-type"))
            if media == SPARQL_UPDATE:
                raise BadRequest(403, READ_ONLY)
            if media not in (FORM, SPARQL_QUERY):
                raise BadRequest(415, f"unsupported content type {shown(media) or '(none)'}: send "
                                      f"{SPARQL_QUERY} or an {FORM} form")
            charset = charset_of(ctype_params)
            reading = read_body(request.stream(), request.headers.get("content-length"), max_body)
            if limits is not None:  # a client that sends its body byte by byte holds nothing for long
                try:
                    raw = await asyncio.wait_for(reading, limits.query_timeout)
                except TimeoutError:
                    raise BadRequest(408, f"the body did not arrive within {limits.query_timeout:g} s "
                                          "(serve --query-timeout)") from None
            else:
                raw = await reading
            body = decode(raw, charset)
            if media == SPARQL_QUERY:
                queries.append(query_text(body, "the body"))
            else:
                form = parse_params(body, charset, "the form")
                if "query" not in form and "update" not in form:
                    raise BadRequest(400, "the form has no 'query' parameter")
                queries += form.get("query", [])
                updates += form.get("update", [])
                graphs[0].extend(form.get("default-graph-uri", []))
                graphs[1].extend(form.get("named-graph-uri", []))
        if updates:
            raise BadRequest(403, READ_ONLY)
        return queries, graph_iris("default-graph-uri", graphs[0]), graph_iris("named-graph-uri", graphs[1])

    async def sparql(request):
        site.refresh()
        try:
            queries, default_graphs, named_graphs = await sparql_request(request)
            text = single({"query": queries}, "query")
            if text is not None:
                text = query_text(text)
                if not text.strip():
                    raise BadRequest(400, "the query is empty")
        except BadRequest as exc:
            return plain_error(exc.status, exc.message)
        except ClientDisconnect:  # nobody reads this answer; it is logged
            return plain_error(400, "the client left before it sent the whole body")
        if text is None:
            if negotiate(request.headers.get("accept"), ["text/turtle", "text/html"]) == "text/html":
                return RedirectResponse("/", status_code=303)  # a browser: the query form
            endpoint = str(request.url.replace(query=""))
            return Response(SERVICE_DESCRIPTION.format(endpoint=endpoint), media_type="text/turtle")
        accept = request.headers.get("accept")
        base = endpoint_iri(request)
        key = (text, tuple(default_graphs), tuple(named_graphs), accept or "", base)
        headers = {"Vary": "Accept"}
        if request.method == "GET":  # revalidated on each use: a build may change the answer
            headers.update({"ETag": site.etag(key), "Cache-Control": "no-cache"})
            if etag_matches(request.headers.get("if-none-match"), headers["ETag"]):
                return Response(status_code=304, headers=headers)
        answers = site.answers  # this generation's: a build swapped in while the query runs starts another
        cached = answers.get(key)
        if cached is not None:
            reply = cached
            headers["X-Cache"] = "hit"
        else:
            headers["X-Cache"] = "miss"
            try:
                if pool is None:
                    reply = await run_in_threadpool(in_worker, answer, site, text, accept, default_graphs,
                                                    named_graphs, base)
                else:
                    reply = None
                    made = made_tsv(site, text) if not default_graphs and not named_graphs else None
                    if made is not None and len(made) <= INLINE:
                        reply = made_answer(made, accept, limits)
                    elif made is not None:
                        reply = await run_in_threadpool(made_answer, made, accept, limits)
                    elif len(text) <= INLINE_QUERY:
                        check(text)  # the query guard: nothing it refuses takes a worker
                    else:
                        await run_in_threadpool(check, text)
                    if reply is None:
                        reply = await pool.ask(source_of(site), ("answer", text, (
                            accept, tuple(default_graphs), tuple(named_graphs), base, limits.max_rows,
                            limits.max_bytes)), request.receive)
            except QueryError as exc:
                return plain_error(403 if refused_update(exc) else 400, str(exc))
            except Refused as exc:
                return plain_error(exc.status, exc.message, exc.headers)
            if reply.status == 200:
                answers.put(key, reply)
        if reply.status != 200:
            headers.pop("ETag", None)
            headers.pop("X-Cache", None)
        if reply.truncated:
            headers[TRUNCATED] = reply.truncated
        return Response(reply.body, status_code=reply.status, media_type=reply.media, headers=headers)

    async def index(request):
        site.refresh()
        result = error = None
        status = 200
        try:
            typed = query_text(single(query_string(request.scope.get("query_string", b"")), "query") or "")
        except BadRequest as exc:
            typed, error, status = "", exc.message, exc.status
        headers = {}
        if typed.strip():
            try:
                text = canned(site, typed)
                typed = text
                if pool is None or site.generation is not None and open_answer(site.generation, text) is not None:
                    result = await run_in_threadpool(in_worker, table_rows, site, text)
                else:
                    check(text)
                    found = await pool.ask(source_of(site), ("table", text, (MAX_ROWS_HTML, None)), request.receive)
                    result = {**found, "rows": [[term_of(site, v) for v in row] for row in found["rows"]]}
            except QueryError as exc:  # a bad query is shown to the person who typed it
                error, status = str(exc), 403 if refused_update(exc) else 400
            except Refused as exc:
                error, status, headers = exc.message, exc.status, exc.headers
            except ReformkgError as exc:
                error, status = str(exc), 400
        endpoint = str(request.url.replace(path="/sparql", query=""))
        page = html("index.html", status, stats=site.stats, queries=site.queries, query_text=typed,
                    result=result, error=error, endpoint=endpoint)
        page.headers.update(headers)
        return page

    async def resource(request):
        site.refresh()
        raw = request.scope.get("raw_path") or quote(request.scope["path"], safe="/:@!$&'()*+,;=").encode("ascii")
        try:
            iri = iri_of_path(raw)
            fmt = single(query_string(request.scope.get("query_string", b"")), "format")
        except BadRequest as exc:
            return page_error(request, exc.status, exc.message)
        path = iri[len(BASE):]
        accept = request.headers.get("accept")
        media = negotiate(accept, [*HTML_TYPES, *GRAPH_TYPES])
        if fmt:  # for links a person can click: ?format=ttl|jsonld|nt|rdf
            media = FORMAT_PARAM.get(fmt)
            if media is None:
                return plain_error(400, f"unknown format {shown(fmt)!r}; expected one of {', '.join(FORMAT_PARAM)}")
        if media is None:
            return plain_error(406, f"{shown(iri)} is available as text/html, {', '.join(GRAPH_TYPES)}")
        if path == "ontology" and media in HTML_TYPES and site.has_docs and (site.docs_dir / "ontology.html").is_file():
            return RedirectResponse("/docs/ontology.html", status_code=303)
        unknown = f"nothing is known about {shown(iri)}"
        if media in GRAPH_TYPES:
            triples = await run_in_threadpool(site.describe, iri)
            if not triples:
                return plain_error(404, unknown)
            return Response(serialize_graph(triples, media), media_type=media, headers={"Vary": "Accept"})
        data = await run_in_threadpool(site.entity, iri)
        if data is None:
            return html("error.html", 404, title="Not found", message=unknown)
        return html("entity.html", e=data, path="/" + path)

    async def well_known_void(request):
        if site.has_docs and (site.docs_dir / "void.ttl").is_file():
            return RedirectResponse("/docs/void.ttl", status_code=303)
        return plain_error(404, "no VoID description yet: run `reformkg export --portal`")

    static = StaticFiles(directory=site.docs_dir, html=True, check_dir=False) if site.docs_dir else None

    async def docs(scope, receive, send):  # StaticFiles fails (500) on a directory that is not there
        if site.has_docs:
            return await static(scope, receive, send)
        await plain_error(404, "no portal files yet: run `reformkg export --portal`")(scope, receive, send)

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/.well-known/void", well_known_void, methods=["GET"]),
        Mount("/docs", app=docs, name="docs"),
        Route("/{path:path}", resource, methods=["GET", "HEAD"]),
    ]
    @contextlib.asynccontextmanager
    async def lifespan(_app):
        if pool is not None:
            pool.start()  # the workers start while the server answers its first requests
        try:
            yield
        finally:
            if pool is not None:
                await pool.close()

    app = Starlette(routes=routes, middleware=[Middleware(Hardened)], lifespan=lifespan)
    app.state.site = site
    app.state.pool = pool
    return app


def serve_app(app, host: str = "127.0.0.1", port: int = 8000, log_level: str = "info") -> None:
    """Run ``app`` with uvicorn until interrupted; a port in use is a clear error.

    The first SIGINT or SIGTERM stops the server: no new connection is taken, every running
    query is stopped at once (its worker killed, its client answered 503), and the requests still
    open get GRACE seconds to end (a client sending its body byte by byte does not hold the
    server up). The process then ends as the signal says (SIGINT: exit 130)."""
    try:  # the optional serve extra: without it, say which extra to install
        import uvicorn
    except ImportError:
        raise ReformkgError(NEEDS_EXTRA) from None

    pool = getattr(app.state, "pool", None)

    class Server(uvicorn.Server):
        def handle_exit(self, sig, frame):
            super().handle_exit(sig, frame)
            if pool is not None and sig in (signal.SIGINT, signal.SIGTERM):
                pool.abort()

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise ReformkgError(f"cannot listen on {host}:{port} ({exc.strerror}); choose another port with --port") from None
    Server(uvicorn.Config(app, host=host, port=port, log_level=log_level, timeout_graceful_shutdown=GRACE)).run()
