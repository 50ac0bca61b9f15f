"""``reformkg annotate``: a local web application to review a draft annotation against its page,
fix it with the registry at hand and save valid YAML.

The page (``templates/page.html`` with ``static/annotate.js``) asks the JSON API below; every
change goes to a :class:`~reformkg.annotate.workdoc.WorkDoc` kept in this process for the
browser window that opened it (its token), and comes back with what the checks say.

Security: the server binds 127.0.0.1 (the command's default and only choice); every request
must name this server in ``Host`` (127.0.0.1 or localhost with its port) and, when it carries
one, in ``Origin`` — a page of another site, or a DNS name rebound to 127.0.0.1, gets 403 and
changes nothing. A change must come as ``application/json`` (which no cross-site form can send).
It writes only annotation files under ``data/``. Every text is rendered by Jinja2 with
autoescape or by the script through ``textContent``: a page text holding ``<script>`` shows as
text. Bad input is a 4xx with one line saying what was expected, never a 500.
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from reformkg.annotate.workdoc import (
    ADDED,
    SECTIONS,
    Refused,
    WorkDoc,
    add_registry_entry,
    finding_dict,
)
from reformkg.annotation.model import REGISTRY_SECTIONS
from reformkg.errors import ReformkgError, count_line
from reformkg.pipeline.inputs import load_base
from reformkg.serve.middleware import Hardened
from reformkg.settings import Project

HERE = Path(__file__).parent
CODE_LISTS = {  # form field → vocabulary scheme
    "measure-type": "measure-type", "event-type": "event-type", "measure-status": "measure-status",
    "ownership": "ownership", "enterprise-size": "enterprise-size", "sector": "sector",
    "target-group": "target-group", "period": "period", "reform-area": "reform-area", "admin-level": "admin-level",
    "unit": "unit",
}
MAX_BODY = 4 * 1024 * 1024


class LocalOnly:
    """403 for a request whose Host or Origin is not this server (DNS rebinding, other sites)."""

    def __init__(self, app, port: int):
        self.app = app
        self.hosts = {f"127.0.0.1:{port}".encode(), f"localhost:{port}".encode()}
        self.origins = {b"http://" + h for h in self.hosts}

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            headers = dict(scope.get("headers") or [])
            origin = headers.get(b"origin")
            if headers.get(b"host") not in self.hosts or (origin is not None and origin not in self.origins):
                response = PlainTextResponse(
                    "refused: reformkg annotate answers only pages it served itself at "
                    f"http://{min(self.hosts).decode()}/ (Host or Origin names another site)\n", 403)
                return await response(scope, receive, send)
        return await self.app(scope, receive, send)


class Annotator:
    """The application's state: the project, the open documents by token, the drafts by page."""

    def __init__(self, project: Project, read_only: bool = False, default_page: str | None = None):
        self.project = project
        self.read_only = read_only
        self.default_page = default_page
        self.docs: dict[str, WorkDoc] = {}
        self.proposals: dict[str, list] = {}  # page → proposals of its draft (suggest runs once a page)
        self.parsed: dict = {}  # (path, sha256) → the file read (a second window does not read it again)
        self.env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True))

    def open(self, page_id: str) -> tuple[str, WorkDoc]:
        doc = WorkDoc.open(self.project, page_id, self.proposals.get(page_id), self.parsed)
        self.proposals.setdefault(page_id, doc.offered)  # suggest runs once a page
        token = secrets.token_urlsafe(16)
        self.docs[token] = doc
        return token, doc

    def warm(self, page_id: str) -> None:
        """Run suggest and load the registry before the first request."""
        token, _doc = self.open(page_id)
        del self.docs[token]


def _state(doc: WorkDoc, token: str, read_only: bool) -> dict:
    return {"token": token, "page": doc.page.page_id, "path": doc.project.rel(doc.path), "text": doc.page.text,
            "read_only": read_only, "on_disk": doc.base is not None, "entries": doc.data(),
            "proposals": [p.as_dict() for p in doc.proposals], "highlights": doc.highlights()}


def _checked(doc: WorkDoc) -> dict:
    findings = doc.check()
    return {"findings": [finding_dict(f) for f in findings], "coverage": doc.coverage(),
            "summary": _summary(findings)}


def _summary(findings) -> str:
    return count_line(findings) if findings else "no problems found"


def create_app(project: Project, port: int, read_only: bool = False, default_page: str | None = None) -> Starlette:
    ann = Annotator(project, read_only, default_page)

    async def body(request: Request) -> dict:
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            raise Refused("a change is sent as application/json", 415)
        raw = await request.body()
        if len(raw) > MAX_BODY:
            raise Refused(f"the request is larger than {MAX_BODY} bytes", 413)
        try:
            data = json.loads(raw or b"{}")
        except (ValueError, UnicodeDecodeError):
            raise Refused("the request body is not JSON") from None
        if not isinstance(data, dict):
            raise Refused("the request body is a JSON object")
        return data

    def doc_of(data: dict) -> tuple[str, WorkDoc]:
        token = data.get("token")
        doc = ann.docs.get(token) if isinstance(token, str) else None
        if doc is None:
            raise Refused("this window's annotation is no longer open (the server restarted?): reload the page", 410)
        return token, doc

    def writable():
        if ann.read_only:
            raise Refused("read-only: this server was started with --read-only (for reviewing); nothing is changed", 403)

    def api(handler, mutating=True):
        async def endpoint(request: Request):
            try:
                if request.method == "GET":
                    return JSONResponse(handler(dict(request.query_params)))
                data = await body(request)
                if mutating:
                    writable()
                return JSONResponse(handler(data))
            except Refused as exc:
                return JSONResponse({"error": str(exc), "field": exc.field}, status_code=exc.status)
            except ReformkgError as exc:
                return JSONResponse({"error": str(exc), "field": ""}, status_code=400)
        return endpoint

    def index_of(data, name="index"):
        v = data.get(name)
        if v is None:
            return None
        if not isinstance(v, int) or isinstance(v, bool):
            raise Refused(f"{name} is a whole number", field=name)
        return v

    def section_of(data):
        s = data.get("section")
        if s not in SECTIONS:
            raise Refused(f"unknown section {s!r}; expected one of {', '.join(SECTIONS)}", field="section")
        return s

    # ------------------------------------------------------------ handlers

    def h_open(data):
        page = data.get("page")
        if not isinstance(page, str):
            raise Refused("give the page id, such as 005_5e1f0a9c3b7d2e48", field="page")
        token, doc = ann.open(page)
        return _state(doc, token, ann.read_only)

    def h_state(data):
        token, doc = doc_of(data)
        return _state(doc, token, ann.read_only)

    def h_check(data):
        _token, doc = doc_of(data)
        return _checked(doc)

    def h_entry(data):
        _token, doc = doc_of(data)
        section = section_of(data)
        index = doc.set_entry(section, index_of(data), data.get("entry"))
        return {"index": index, "entry": doc.data()[section][index], "highlights": doc.highlights((section, index)),
                "findings": [finding_dict(f) for f in doc.check_entry(section, index)]}

    def h_delete(data):
        token, doc = doc_of(data)
        idx = index_of(data)
        if idx is None:
            raise Refused("give the index of the entry", field="index")
        doc.delete(section_of(data), idx)
        return _state(doc, token, ann.read_only)

    def h_create(data):
        token, doc = doc_of(data)
        section = section_of(data)
        index = doc.create(section, data.get("start"), data.get("end"))
        return {**_state(doc, token, ann.read_only), "selected": {"section": section, "index": index}}

    def h_fragment(data):
        token, doc = doc_of(data)
        section = section_of(data)
        index = index_of(data)
        doc.add_fragment(section, index, data.get("start"), data.get("end"))
        return {**_state(doc, token, ann.read_only), "selected": {"section": section, "index": index}}

    def h_accept(data):
        token, doc = doc_of(data)
        section, index = doc.accept(str(data.get("pid")))
        return {**_state(doc, token, ann.read_only), "selected": {"section": section, "index": index}}

    def h_reject(data):
        token, doc = doc_of(data)
        doc.reject(str(data.get("pid")))
        return _state(doc, token, ann.read_only)

    def h_save(data):
        _token, doc = doc_of(data)
        where = doc.save()
        return {"saved": where, **_checked(doc)}

    def h_reload(data):
        token, doc = doc_of(data)
        doc.reload()
        return _state(doc, token, ann.read_only)

    def h_registry_add(data):
        eid = add_registry_entry(project, str(data.get("section")), data.get("entry"))
        return {"added": eid, "section": data.get("section"), "file": f"data/entities/{ADDED}"}

    def h_registry(q):
        text = (q.get("q") or "").strip().lower()
        sections = [s for s in (q.get("section") or "").split(",") if s in REGISTRY_SECTIONS] or list(REGISTRY_SECTIONS)
        _vocab, registry, _ = load_base(project)
        out = []
        for section in sections:
            for eid, ent in registry.section(section).items():
                names = [ent.name, *ent.aliases]
                if not text or text in eid.lower() or any(text in n.lower() for n in names):
                    exact = text == eid.lower() or text in (n.lower() for n in names)
                    out.append((not exact, len(ent.name), {"id": eid, "name": ent.name, "section": section,
                                                            "aliases": list(ent.aliases),
                                                            "level": getattr(ent, "level", None)}))
        out.sort(key=lambda t: (t[0], t[1]))
        return {"results": [r for *_k, r in out[:30]]}

    def h_vocab(_q):
        vocab, _registry, _ = load_base(project)
        lists = {}
        for name, scheme in CODE_LISTS.items():
            if scheme in vocab.schemes:
                lists[name] = [{"id": c.id, "zh": c.zh, "en": c.en} for c in vocab.schemes[scheme].concepts.values()]
        ind = vocab.schemes.get("indicator")
        indicators = []
        if ind is not None:
            for c in ind.concepts.values():
                extra = c.extra or {}
                indicators.append({"id": c.id, "zh": c.zh, "en": c.en, "broader": extra.get("broader"),
                                   "unit": extra.get("unit"),
                                   "definition": extra.get("definition") or extra.get("definition_zh") or "",
                                   "top": not extra.get("broader")})
        return {"lists": lists, "indicators": indicators}

    # ------------------------------------------------------------ pages

    async def home(request: Request):
        if ann.default_page:
            return RedirectResponse(f"/page/{ann.default_page}", 303)
        pages = sorted(p.stem for p in project.articles.glob("*.txt"))
        done = {p.stem for p in project.annotations.glob("*.yaml")}
        html = ann.env.get_template("home.html").render(pages=pages, done=done, read_only=ann.read_only)
        return HTMLResponse(html)

    async def page(request: Request):
        page_id = request.path_params["page"]
        if not (project.articles / f"{page_id}.txt").is_file() or "/" in page_id:
            return PlainTextResponse("no such page text in data/articles/; the pages are listed at /\n", 404)
        html = ann.env.get_template("page.html").render(page=page_id, read_only=ann.read_only)
        return HTMLResponse(html)

    routes = [
        Route("/", home),
        Route("/page/{page}", page),
        Route("/api/open", api(h_open, mutating=False), methods=["POST"]),
        Route("/api/state", api(h_state, mutating=False), methods=["POST"]),
        Route("/api/check", api(h_check, mutating=False), methods=["POST"]),
        Route("/api/entry", api(h_entry), methods=["POST"]),
        Route("/api/delete", api(h_delete), methods=["POST"]),
        Route("/api/create", api(h_create), methods=["POST"]),
        Route("/api/accept", api(h_accept), methods=["POST"]),
        Route("/api/fragment", api(h_fragment), methods=["POST"]),
        Route("/api/reject", api(h_reject), methods=["POST"]),
        Route("/api/save", api(h_save), methods=["POST"]),
        Route("/api/reload", api(h_reload, mutating=False), methods=["POST"]),
        Route("/api/registry", api(h_registry, mutating=False), methods=["GET"]),
        Route("/api/vocab", api(h_vocab, mutating=False), methods=["GET"]),
        Route("/api/registry/add", api(h_registry_add), methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static")),
    ]
    app = Starlette(routes=routes, middleware=[Middleware(Hardened), Middleware(LocalOnly, port=port)])
    app.state.annotator = ann
    return app
