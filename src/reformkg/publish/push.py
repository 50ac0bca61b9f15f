"""Send the build to a SPARQL server through the SPARQL 1.1 Graph Store Protocol.

Each named graph goes in one ``PUT {store}?graph={iri}``, which replaces the graph on the
server: pushing twice leaves the same data, never duplicates. Then one query counts the
triples of every graph on the server and compares them with the build.

Virtuoso (``engine="virtuoso"``, or a store URL ending in ``/sparql-graph-crud-auth``) takes the
same PUTs with digest authentication, or the whole dump at once through its bulk loader
(:mod:`reformkg.publish.virtuoso`); the count check is the same either way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import httpx
import pyoxigraph as ox

from reformkg.errors import ReformkgError, UsageError
from reformkg.namespaces import BASE
from reformkg.publish import virtuoso
from reformkg.query.sparql import open_store

ENGINES = ("gsp", "virtuoso")  # any Graph Store Protocol server (Oxigraph, Fuseki …); Virtuoso

COUNT_QUERY = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


class PushError(ReformkgError):
    """The server is down, refused a graph, or holds other counts than the build."""


@dataclass
class GraphPush:
    graph: str
    triples: int
    status: int  # the server's answer to the PUT: 201 created, 204/200 replaced
    remote: int | None = None

    @property
    def action(self) -> str:
        if self.status == 0:
            return "loaded"  # by Virtuoso's bulk loader, the graph cleared first
        return "created" if self.status == 201 else "replaced"


@dataclass
class PushResult:
    store_url: str
    query_url: str
    graphs: list[GraphPush] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)  # reformkg graphs on the server that the build lacks
    deleted: list[str] = field(default_factory=list)

    @property
    def triples(self) -> int:
        return sum(g.triples for g in self.graphs)


def default_query_url(store_url: str, engine: str = "gsp") -> str:
    """Oxigraph, Fuseki and others put the query endpoint beside the store: …/store → …/query;
    Virtuoso's is /sparql."""
    if engine == "virtuoso":
        return virtuoso.query_url(store_url)
    base = store_url.split("?", 1)[0].rstrip("/")
    if base.endswith("/store"):
        return base[: -len("store")] + "query"
    if base.endswith("/data"):  # Fuseki: /ds/data → /ds/query
        return base[: -len("data")] + "query"
    raise UsageError(f"cannot guess the query endpoint of {store_url}: give --query-url")


def local_graphs(build_dir: Path) -> dict[str, bytes]:
    """Every named graph of the build as N-Triples, by graph IRI, in a stable order."""


    store = open_store(build_dir)
    out = {}
    for g in sorted(store.named_graphs(), key=lambda n: n.value):
        out[g.value] = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g)
    return out


def local_counts(build_dir: Path) -> dict[str, int]:
    """The number of triples of every named graph of the build, by graph IRI (one query on the
    store: the bulk loader reads the dump files, so nothing needs writing out to count)."""

    store = open_store(build_dir)
    counts = {g.value: 0 for g in store.named_graphs()}
    for row in store.query(COUNT_QUERY):
        counts[row["g"].value] = int(row["n"].value)
    return dict(sorted(counts.items()))


def _describe(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _check(response, what: str):
    if response.status_code >= 400:
        body = " ".join(response.text.split())[:300]
        hint = "; give --user and --password-file" if response.status_code == 401 else ""
        raise PushError(f"{what}: the server answered {response.status_code} {response.reason_phrase}"
                        + (f": {body}" if body else "") + hint)


def remote_counts(client, query_url: str) -> dict[str, int]:

    try:
        r = client.post(query_url, data={"query": COUNT_QUERY}, headers={"Accept": "application/sparql-results+json"})
    except httpx.HTTPError as exc:
        raise PushError(f"cannot reach the query endpoint {query_url} ({_describe(exc)})") from None
    _check(r, f"counting triples at {query_url}")
    try:
        bindings = r.json()["results"]["bindings"]
        return {b["g"]["value"]: int(b["n"]["value"]) for b in bindings}
    except (ValueError, KeyError, TypeError):
        raise PushError(f"{query_url} did not answer the count query with SPARQL JSON results "
                        f"(got {r.headers.get('content-type', 'no content type')})") from None


def push(build_dir: Path, store_url: str, query_url: str | None = None, prune: bool = False,
         timeout: float = 60.0, progress: Callable[[str, int, int], None] | None = None,
         engine: str | None = None, user: str | None = None, password: str | None = None,
         bulk: str | Path | None = None, isql: str | None = None) -> PushResult:
    """PUT every named graph of the build to ``store_url``; verify the counts; return what was done.

    ``engine`` is ``"gsp"`` or ``"virtuoso"`` (default: told by the URL). ``user`` and ``password``:
    HTTP digest authentication (Virtuoso's ``/sparql-graph-crud-auth``) and, with ``bulk``, isql's
    login. ``bulk`` (Virtuoso only): a directory in the server's ``DirsAllowed``; the dump is
    loaded by the bulk loader through isql at ``isql`` (HOST:PORT, default: the store's host, 1111)
    instead of one PUT a graph."""

    if not store_url.startswith(("http://", "https://")):
        raise UsageError(f"--store must be an http(s) URL of a Graph Store Protocol endpoint, got {store_url!r}")
    engine = engine or ("virtuoso" if virtuoso.is_virtuoso(store_url) else "gsp")
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")
    if bulk is not None and engine != "virtuoso":
        raise UsageError("--bulk drives Virtuoso's bulk loader: give --engine virtuoso")
    if bulk is not None and not (user and password):
        raise UsageError("--bulk logs in to Virtuoso with isql: give --user and --password-file")
    query_url = query_url or default_query_url(store_url, engine)
    graphs = local_counts(build_dir) if bulk is not None else local_graphs(build_dir)
    result = PushResult(store_url, query_url)
    auth = httpx.DigestAuth(user, password) if user and password is not None else None
    with httpx.Client(timeout=timeout, auth=auth) as client:
        if bulk is not None:
            host = httpx.URL(store_url).host
            address = isql or f"{host}:1111"
            if progress:
                progress("bulk loader", 0, 1)
            virtuoso.bulk_load(build_dir, list(graphs), bulk, address, user, password, timeout)
            result.graphs = [GraphPush(iri, n, 0) for iri, n in graphs.items()]
            graphs_to_put = {}
        else:
            graphs_to_put = graphs
        for i, (iri, data) in enumerate(graphs_to_put.items()):
            if progress:
                progress(iri, i, len(graphs))
            try:
                r = client.put(store_url, params={"graph": iri}, content=data,
                               headers={"Content-Type": "application/n-triples"})
            except httpx.HTTPError as exc:
                raise PushError(f"cannot reach {store_url} ({_describe(exc)}); is the server running?") from None
            _check(r, f"PUT graph {iri} to {store_url}")
            result.graphs.append(GraphPush(iri, data.count(b"\n"), r.status_code))
        if progress and graphs_to_put:
            progress("", len(graphs), len(graphs))
        counts = remote_counts(client, query_url)
        result.stale = sorted(g for g in counts if g.startswith(BASE + "graph/") and g not in graphs)
        if prune:
            for iri in result.stale:
                try:
                    r = client.delete(store_url, params={"graph": iri})
                except httpx.HTTPError as exc:
                    raise PushError(f"cannot reach {store_url} ({_describe(exc)})") from None
                _check(r, f"DELETE stale graph {iri} at {store_url}")
                result.deleted.append(iri)
    wrong = []
    for g in result.graphs:
        g.remote = counts.get(g.graph, 0)
        if g.remote != g.triples:
            wrong.append(f"{g.graph}: {g.remote} on the server, {g.triples} in the build")
    if wrong:
        raise PushError("after the push the server holds other triple counts than the build:\n  " + "\n  ".join(wrong))
    return result
