"""The canned queries' answers, made by the build and kept with its generation.

A canned query at 10,000 pages returns tens of thousands of rows, each costing the engine index
seeks and string lookups: 5.6 s median, 34 s for the longest listing. Its answer only changes when
the data does, so the build makes it once, as the W3C SPARQL TSV results in
``build/<gen>/answers/``, and :func:`reformkg.query.sparql.run` answers the same query text from that
file (``query --fresh``, and a query on an open store, ask the engine).

How a query's answer is kept up to date is said in its header:

``# answers: per page``
    Every row is made from one page's facts together with the registry, ontology and
    vocabularies, and from no other page's. The answer is then the union of the answers on each
    page, so an incremental build removes the rows the changed pages gave in the previous
    generation (the query run on the previous store, restricted to those pages' graphs and the
    shared ones) and adds the rows they give now. A row to remove that the previous answer does
    not hold means the header is wrong: the answer is made afresh instead, and the build says so
    in ``BuildResult.answers``. The rows are kept in their ORDER BY order (ties: by the whole row),
    so an incremental build writes the same bytes as a build from scratch.
``# answers: none``
    Not kept: asked of the engine every time.
no header
    Made afresh by every build that changes the data (the cross-page aggregations).
"""

from __future__ import annotations

import bisect
import ctypes
import gc
import hashlib
import json
import multiprocessing
import os
import re
import signal
import time
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph

from reformkg.errors import ReformkgError, WrongHeader
from reformkg.files import atomic_file
from reformkg.layout import ANSWERS, DUMP, INDEX, LOCK, READS, SECONDS, STORE
from reformkg.namespaces import BASE, PREFIX_MAP
from reformkg.pipeline.generation import SegmentReader
from reformkg.query.catalog import canned_queries
from reformkg.query.sparql import dataset_of
from reformkg.query.stored import digest
from reformkg.rdf.nquads import line_diff
from reformkg.settings import settings

PAGE_GRAPH = "https://w3id.org/reformkg/graph/page/"
PER_PAGE, COUNTED, WHOLE, NONE = "per page", "counted per page", "whole", "none"
KEPT_BY_HAND = (PER_PAGE, COUNTED)  # answers an incremental build patches, in their ORDER BY order
# An incremental build patches a per-page answer while at most this share of the pages changed;
# beyond that one run over the whole store is cheaper than two restricted ones.
DELTA_SHARE = 0.05
# Answers that took less than this in all (in the previous build) are made in the build's
# process: forking the processes, each opening the store, costs more than it saves.
SERIAL_BELOW = 0.5


@dataclass
class Plan:
    """How one canned query's answer is kept."""

    name: str
    text: str
    mode: str  # PER_PAGE, WHOLE or NONE
    order: list[tuple[str, bool]] | None  # ORDER BY (variable, descending); None: not plain variables
    counts: tuple[str, ...] = ()  # COUNTED: the projected COUNT(…) variables; the others group
    grouped: bool = True  # COUNTED: with a GROUP BY (a group whose counts reach 0 goes)

    @property
    def digest(self) -> str:
        return digest(self.text)

    @property
    def file(self) -> str:
        return f"{self.name.replace('/', '--')}.tsv"


_ORDER = re.compile(r"\bORDER\s+BY\b(.*)$", re.I | re.S)
_KEY = re.compile(r"\s*(?:(ASC|DESC)\s*\(\s*[?$](\w+)\s*\)|[?$](\w+))", re.I)


def order_keys(sparql: str) -> list[tuple[str, bool]] | None:
    """The top-level ORDER BY of ``sparql`` as (variable, descending) pairs: [] without one,
    None when a key is an expression (the answer's order is then the engine's)."""
    text = "\n".join(line.split("#", 1)[0] if not line.lstrip().startswith("#") else "" for line in sparql.splitlines())
    tail = text[text.rfind("}") + 1:]  # after the WHERE clause: solution modifiers
    m = _ORDER.search(tail)
    if not m:
        return []
    rest, keys = m.group(1), []
    rest = re.split(r"\b(?:LIMIT|OFFSET|VALUES)\b", rest, flags=re.I)[0]
    pos = 0
    while pos < len(rest.rstrip()):
        k = _KEY.match(rest, pos)
        if not k:
            return None
        keys.append((k.group(2) or k.group(3), (k.group(1) or "").upper() == "DESC"))
        pos = k.end()
    return keys


_COUNT_AS = re.compile(r"\(\s*COUNT\s*\((?:[^()]|\([^()]*\))*\)\s+AS\s+[?$](\w+)\s*\)", re.I)
_AGGREGATE = re.compile(r"\b(?:SUM|AVG|MIN|MAX|SAMPLE|GROUP_CONCAT)\s*\(", re.I)


def _top_level(sparql: str) -> tuple[str, str]:
    """The query before its first ``{`` (the SELECT clause) and after its last ``}`` (the
    solution modifiers), comments removed."""
    text = "\n".join("" if line.lstrip().startswith("#") else line for line in sparql.splitlines())
    return text[:text.find("{")], text[text.rfind("}") + 1:]


def plans(queries_dir: Path) -> list[Plan]:
    out = []
    for q in canned_queries(queries_dir):
        m = re.search(r"^#\s*answers:\s*(.+?)\s*$", q.text, re.M)
        mode = m.group(1).lower() if m else WHOLE
        order = order_keys(q.text)
        counts, grouped = (), True
        if mode == COUNTED:
            select, tail = _top_level(q.text)
            counts = tuple(_COUNT_AS.findall(select))
            grouped = bool(re.search(r"\bGROUP\s+BY\b", tail, re.I))
            if not counts or _AGGREGATE.search(select) or re.search(r"\bHAVING\b", tail, re.I):
                mode = WHOLE  # counts alone are added up: a sum, a HAVING or a sample is made afresh
        if mode in KEPT_BY_HAND and (order is None or dataset_of(q.text) is not None):
            mode = WHOLE  # its order cannot be kept by hand, or its dataset is its own: made afresh
        out.append(Plan(q.name, q.text, mode if mode in (*KEPT_BY_HAND, NONE) else WHOLE, order,
                        counts, grouped))
    return out


# --------------------------------------------------------------------------- the order of rows

_NUMERIC = {f"http://www.w3.org/2001/XMLSchema#{t}" for t in (
    "integer", "decimal", "double", "float", "int", "long", "short", "byte", "nonNegativeInteger",
    "positiveInteger", "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong",
    "unsignedShort", "unsignedByte")}


class _Desc:
    __slots__ = ("key",)

    def __init__(self, key):
        self.key = key

    def __lt__(self, other):
        return other.key < self.key

    def __eq__(self, other):
        return self.key == other.key


def term_key(term) -> tuple:
    """SPARQL's ORDER BY order (§15.1): unbound, blank nodes, IRIs, then literals, numbers by
    value, other literals by their text (code point order, as Oxigraph compares them)."""

    if term is None:
        return (0,)
    if isinstance(term, pyoxigraph.BlankNode):
        return (1, term.value)
    if isinstance(term, pyoxigraph.NamedNode):
        return (2, term.value)
    if term.datatype.value in _NUMERIC:
        try:
            value = Decimal(term.value.strip())
            if not value.is_nan():
                return (3, 0, value, term.value)
        except InvalidOperation:  # ill-typed
            pass
    return (3, 1, term.value, term.datatype.value, term.language or "")


class _Rows:
    """An answer's TSV header and row lines, with each line's sort key made when first needed."""

    def __init__(self, header: bytes, lines: list[bytes], order: list[tuple[str, bool]]):
        self.header, self.lines = header, lines
        names = [v.lstrip("?$") for v in header.decode("utf-8").split("\t")] if header else []
        self.keys = [(names.index(v), desc) for v, desc in order if v in names]
        if len(self.keys) != len(order):
            raise _Unkept("an ORDER BY variable is not in the answer")

    def key(self, line: bytes, solution=None) -> tuple:

        if solution is None:
            solution = next(iter(pyoxigraph.parse_query_results(self.header + b"\n" + line + b"\n",
                                                                format=pyoxigraph.QueryResultsFormat.TSV)))
        parts = []
        for i, desc in self.keys:
            k = term_key(solution[i])
            parts.append(_Desc(k) if desc else k)
        return (*parts, line)

    def sorted(self) -> list[bytes]:
        """All lines in order; the keys are made from one parse of the whole answer."""

        if not self.lines:
            return []
        solutions = pyoxigraph.parse_query_results(self.header + b"\n" + b"\n".join(self.lines) + b"\n",
                                                   format=pyoxigraph.QueryResultsFormat.TSV)
        keyed = [self.key(line, sol) for line, sol in zip(self.lines, solutions)]
        keyed.sort()
        return [k[-1] for k in keyed]


class _Unkept(Exception):
    """A per-page answer that cannot be patched: it is made afresh."""


class _NotSelect(_Unkept):
    """ASK, CONSTRUCT and DESCRIBE answers are not kept (they are small, or graphs)."""


def _tsv(store, sparql: str, graphs: list[str] | None = None) -> tuple[bytes, list[bytes]]:
    """Run ``sparql`` (on the union of ``graphs``, default all) and return its TSV header and lines.

    A query with ``FROM`` or ``FROM NAMED`` is asked of the dataset it names, as
    :func:`reformkg.query.sparql.run` asks it (its plan is never restricted to ``graphs``)."""

    kw: dict = {"use_default_graph_as_union": True}
    if dataset_of(sparql) is not None:
        kw = {}
    elif graphs is not None:
        nodes = [pyoxigraph.NamedNode(g) for g in graphs]
        kw = {"default_graph": nodes, "named_graphs": nodes}
    result = store.query(sparql, prefixes=PREFIX_MAP, base_iri=BASE, **kw)
    if not isinstance(result, pyoxigraph.QuerySolutions):
        raise _NotSelect("not a SELECT query")
    data = result.serialize(format=pyoxigraph.QueryResultsFormat.TSV)
    header, _, body = data.partition(b"\n")
    return header, body.splitlines()


# --------------------------------------------------------------------------- made by the build


def salt(plans: list[Plan]) -> str:
    """What of the canned queries a generation depends on: a new or edited canned query makes a
    new generation (its store and dump hard-linked from the previous one) that holds its answer."""
    return "".join(f"{p.digest} {p.mode}\n" for p in plans)


def materialise(plans: list[Plan], staging: Path, graphs: dict, previous, check: bool | None = None,
                processes: int | None = None) -> dict:
    """Write ``staging/answers/``: each of ``plans``' answer on the store in ``staging``.

    ``graphs`` is the new manifest (graph → [digest, …]); ``previous`` the previous generation
    (``pipeline.Previous``) or None. Returns name → how its answer was made: "patched",
    "afresh", "kept" (data unchanged), "skipped" (``answers: none``) or "failed: …" (an
    invalid query: asked of the engine at query time, which reports the error; "skipped: …" for
    an ASK, CONSTRUCT or DESCRIBE query, also asked of the engine).

    An answer whose query reads none of the predicates whose quads changed (:func:`reads_of`) is
    the previous one, hard-linked. With ``check`` (default: ``REFORMKG_CHECK_ANSWERS=1``) each
    patched or kept answer is compared with the answer made afresh, and a difference stops the
    build (:class:`WrongHeader` for a patched one)."""

    if check is None:
        check = settings().check_answers
    if processes is None:
        processes = settings().jobs

    out_dir = staging / ANSWERS
    out_dir.mkdir()
    before = _json(previous.path / ANSWERS / INDEX) if previous is not None else {}
    old_graphs = previous.graphs if previous is not None else {}
    changed = sorted(g for g in set(graphs) | set(old_graphs)
                     if (graphs.get(g) or [None])[0] != (old_graphs.get(g) or [None])[0])
    shared = sorted(g for g in graphs if not g.startswith(PAGE_GRAPH))
    shared_changed = any(not g.startswith(PAGE_GRAPH) for g in changed)
    pages = sum(1 for g in graphs if g.startswith(PAGE_GRAPH)) or 1
    reads = _json(previous.path / ANSWERS / READS) if previous is not None else {}
    missing = [plan for plan in plans if plan.digest not in reads]
    if missing:
        reads.update(_reads_memo([plan.text for plan in missing]))
    # a few pages changed, and nothing they share: patch (per page) or keep (reads nothing that changed)
    few = previous is not None and changed and not shared_changed and len(changed) <= max(1, DELTA_SHARE * pages)
    touched = _touched(changed, old_graphs, graphs, previous.path, staging) if few else None
    index, how, patch, afresh = {}, {}, [], []
    for plan in plans:
        if plan.mode == NONE:
            how[plan.name] = "skipped"
            continue
        prev = before.get(plan.digest)
        prev_file = previous.path / ANSWERS / prev["file"] if prev and previous is not None else None
        file = out_dir / plan.file
        if prev_file is not None and prev.get("mode") == plan.mode and (
                not changed or (touched is not None and not _reads_any(reads[plan.digest], touched))):
            how[plan.name] = _made(plan, file, lambda f=file, pf=prev_file: _link_or_copy(pf, f), "kept")
        elif few and plan.mode in KEPT_BY_HAND and prev_file is not None and prev.get("mode") == plan.mode:
            patch.append((plan, file, prev_file))
        else:
            afresh.append((plan, file, prev_file))
    # the longest first, so that the processes end together; what the previous build took
    # (unknown: the longest), and in the build's process when that is all short
    took = _json(previous.path / ANSWERS / SECONDS) if previous is not None else {}
    guess = {plan.name: took.get(plan.name) if isinstance(took.get(plan.name), (int, float)) else None
             for plan, _, _ in afresh}
    afresh.sort(key=lambda job: -(guess[job[0].name] if guess[job[0].name] is not None else 1e9))
    if all(t is not None for t in guess.values()) and sum(guess.values()) < SERIAL_BELOW:
        processes = 1
    seconds = {name: t for name, t in took.items() if isinstance(t, (int, float))}
    for name, (made, t) in _afresh_all([(plan, file) for plan, file, _ in afresh], staging / STORE, processes).items():
        how[name] = made
        seconds[name] = t
    if patch:
        store = pyoxigraph.Store.read_only(str(staging / STORE))
        old_store = pyoxigraph.Store.read_only(str(previous.path / STORE))
        for plan, file, prev_file in patch:
            def make(plan=plan, file=file, prev_file=prev_file):
                try:
                    patcher = _patched if plan.mode == PER_PAGE else _counted
                    header, lines = patcher(plan, prev_file, old_store, store, changed, old_graphs, graphs, shared)
                    if check:
                        _check(plan, store, header, lines)
                    result = "patched"
                except _Unkept as exc:
                    header, lines = _afresh(plan, store)
                    result = f"afresh ({exc})"
                _write(file, header, lines)
                return result
            how[plan.name] = _made(plan, file, make)
    if check and changed:  # an answer kept because its query reads nothing that changed
        kept = [plan for plan in plans if how[plan.name] == "kept"]
        if kept:
            store = pyoxigraph.Store.read_only(str(staging / STORE))
            for plan in kept:
                header, _, body = (out_dir / plan.file).read_bytes().partition(b"\n")
                if _afresh(plan, store) != (header, body.splitlines()):
                    raise ReformkgError(f"queries/{plan.name}.rq: its answer was kept, as the query reads none of the "
                                        "predicates that changed, but made afresh it differs: a bug in reformkg.pipeline.answers."
                                        "reads_of; please report it. The previous build is unchanged.")
    for plan in plans:
        if not how[plan.name].startswith(("skipped", "failed")):  # an answer file was written
            index[plan.digest] = {"name": plan.name, "file": plan.file, "mode": plan.mode}
    (out_dir / INDEX).write_text(json.dumps(index, indent=0, sort_keys=True), encoding="utf-8")
    (out_dir / READS).write_text(json.dumps({p.digest: reads[p.digest] for p in plans}, indent=0, sort_keys=True),
                                 encoding="utf-8")
    # apart from the index, so that two builds of the same data write the same index and answers
    (out_dir / SECONDS).write_text(json.dumps({p.name: seconds[p.name] for p in plans if p.name in seconds},
                                              indent=0, sort_keys=True), encoding="utf-8")
    return how


# --------------------------------------------------------------------------- what a query reads

_ANY = "any"


READS_MEMO = "query-reads.json"  # in the base memo's directory (not build/): query text → reads_of
READS_MEMO_MAX = 4096  # entries


def _reads_memo(texts: list[str]) -> dict:
    """:func:`reads_of` of each text, by its plan digest, from a memo in the user's cache
    (``REFORMKG_BASE_MEMO``'s directory) where it is there: rdflib's SPARQL parser takes ~0.1 s
    a query, a third of a cold five-page build's answers. The memo is JSON keyed by the sha256
    of the text, rdflib's version and this module's source, so a new parser or rule makes new
    entries; failing to read or write it is never an error."""
    from rdflib import __version__ as rdflib_version  # lazy: as reads_of's

    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    folder = settings().base_memo
    path = folder / READS_MEMO if folder is not None else None
    memo = _json(path) if path is not None and path.is_file() else {}
    out, new = {}, {}
    for text in texts:
        key = hashlib.sha256(f"{rdflib_version}\n{code}\n{text}".encode()).hexdigest()
        found = memo.get(key)
        if not isinstance(found, dict):
            found = new[key] = reads_of(text)
        out[digest(text)] = found
    if new and path is not None:
        kept = memo if len(memo) + len(new) <= READS_MEMO_MAX else {}  # bounded: full, it starts again
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with atomic_file(path) as f:
                f.write(json.dumps({**kept, **new}, sort_keys=True).encode())
        except OSError:
            pass
    return out


def reads_of(sparql: str) -> dict:
    """What data ``sparql`` can depend on: ``{"predicates": [IRI, …], "graphs": bool}``, where
    ``graphs`` says it matches a graph name with a variable (``GRAPH ?g``: it depends on which
    graphs there are); ``{"predicates": "any"}`` when a pattern's predicate is a variable, a path
    matches any predicate or zero steps, or rdflib cannot read the query. A query whose triple
    patterns match no triple that changed, in a dataset whose graphs are the same, gives the
    same answer: every pattern, in EXISTS and sub-queries as well, is one of those read here."""
    from rdflib import (  # lazy (these four): rdflib's SPARQL algebra, for incremental builds only
        URIRef,
        Variable,
    )
    from rdflib.paths import AlternativePath, InvPath, MulPath, SequencePath  # lazy
    from rdflib.plugins.sparql import prepareQuery  # lazy
    from rdflib.plugins.sparql.parserutils import CompValue  # lazy

    class Any(Exception):
        pass

    predicates: set[str] = set()
    graphs = False

    def path(p):
        if isinstance(p, URIRef):
            predicates.add(str(p))
        elif isinstance(p, (SequencePath, AlternativePath)):
            for a in p.args:
                path(a)
        elif isinstance(p, InvPath):
            path(p.arg)
        elif isinstance(p, MulPath) and p.mod == "+":
            path(p.path)
        else:  # a variable, a negated set, a path of zero steps (it matches every node)
            raise Any

    def walk(node):
        nonlocal graphs
        if isinstance(node, CompValue):
            if node.name == "Graph" and isinstance(node.get("term"), Variable):
                graphs = True
            for key, value in node.items():
                if key == "triples":
                    for triple in value:
                        path(triple[1])
                else:
                    walk(value)
        elif isinstance(node, (list, tuple, set)):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            for item in node.values():
                walk(item)

    try:
        walk(prepareQuery(sparql, initNs=PREFIX_MAP).algebra)
    except Any:
        return {"predicates": _ANY}
    except Exception:  # noqa: BLE001 - rdflib's parser, not ours: then it may read anything
        return {"predicates": _ANY}
    return {"predicates": sorted(predicates), "graphs": graphs}


def _reads_any(reads: dict, touched: dict) -> bool:
    if reads.get("predicates") == _ANY or not isinstance(reads.get("predicates"), list):
        return True
    return (reads.get("graphs") and touched["graphs"]) or not touched["predicates"].isdisjoint(reads["predicates"])


def _touched(changed: list[str], old_graphs: dict, graphs: dict, previous: Path, staging: Path) -> dict | None:
    """The predicates of the quads the changed graphs lost or gained, and whether a graph came or
    went; None when a graph's bytes cannot be read (everything is then made again)."""
    predicates: set[str] = set()
    with SegmentReader(previous / DUMP) as old, SegmentReader(staging / DUMP) as new:
        for g in changed:
            before = old.read(old_graphs[g]) if g in old_graphs else b""
            after = new.read(graphs[g]) if g in graphs else b""
            if before is None or after is None:
                return None
            lost, gained = line_diff(before, after)
            for line in lost + gained:
                parts = line.split(b" ", 2)  # <s> <p> … : no space inside an IRI or a blank node label
                if len(parts) < 3 or not parts[1].startswith(b"<"):
                    return None
                predicates.add(parts[1][1:-1].decode("utf-8"))
    return {"predicates": predicates, "graphs": any((g in old_graphs) != (g in graphs) for g in changed)}


def _json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _made(plan: Plan, file: Path, make, done: str | None = None) -> str:
    """Run ``make``, which writes ``file``, the plan's answer; say how it went (BuildResult.answers).
    A query that fails leaves no file: ``query`` asks the engine, which reports the error."""
    try:
        result = make()
        return done or result
    except SyntaxError as exc:
        how = f"failed: not valid SPARQL ({exc}); `reformkg query {plan.name}` shows where"
    except _NotSelect:
        how = "skipped: not a SELECT query"
    except (OSError, ValueError, _Unkept) as exc:
        how = f"failed: {exc}"
    file.unlink(missing_ok=True)
    return how


_CHILD: dict = {}


def _child_init(parent_pid: int, store_dir: str) -> None:  # pragma: no cover - runs in the children
    """Like the page workers (parallel._worker_init): die with the build, and do not hold its lock."""


    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.path.basename(os.readlink(f"/proc/self/fd/{fd}")) == LOCK:
                os.close(int(fd))
        except OSError:
            pass
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent_pid:
        os._exit(1)
    _CHILD["store"] = pyoxigraph.Store.read_only(store_dir)


def _afresh_one(plan: Plan, file: Path, store) -> tuple[str, tuple[str, float]]:
    started = time.perf_counter()
    made = _made(plan, file, lambda: _write(file, *_afresh(plan, store)), "afresh")
    return plan.name, (made, round(time.perf_counter() - started, 3))


def _afresh_job(job: tuple[Plan, Path]) -> tuple[str, tuple[str, float]]:
    return _afresh_one(*job, _CHILD["store"])


def _afresh_all(jobs: list[tuple[Plan, Path]], store_dir: Path, processes: int) -> dict[str, tuple[str, float]]:
    """Make these answers afresh, ``processes`` at a time in forked children that each open the
    store read-only (a query runs on one core: at 10,000 pages the 23 take ~170 s one by one).
    Returns name → (how it went, seconds)."""

    if processes <= 1 or len(jobs) <= 1:
        store = pyoxigraph.Store.read_only(str(store_dir))
        return dict(_afresh_one(plan, file, store) for plan, file in jobs)

    gc.freeze()  # the build's objects stay shared with the children, not copied on write
    try:
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(min(processes, len(jobs)), initializer=_child_init, initargs=(os.getpid(), str(store_dir))) as pool:
            return dict(pool.imap_unordered(_afresh_job, jobs, chunksize=1))
    finally:
        gc.unfreeze()


def _afresh(plan: Plan, store) -> tuple[bytes, list[bytes]]:
    header, lines = _tsv(store, plan.text)
    if plan.mode in KEPT_BY_HAND:
        lines = _Rows(header, lines, plan.order).sorted()
    return header, lines


def _changed_rows(plan: Plan, header: bytes, old_store, store, changed: list[str], old_graphs: dict,
                  graphs: dict, shared: list[str]) -> tuple[list[bytes], list[bytes]]:
    """The rows the query gives on the changed pages' previous graphs, and on their new ones, each
    time with the shared graphs: a row those alone give is in both, and cancels."""
    out = []
    for store_, pages in ((old_store, [g for g in changed if g in old_graphs]), (store, [g for g in changed if g in graphs])):
        h, lines = _tsv(store_, plan.text, pages + shared)
        if h != header:
            raise _Unkept("its variables changed")
        out.append(lines)
    return out[0], out[1]


def _patched(plan: Plan, prev_file: Path, old_store, store, changed: list[str], old_graphs: dict,
             graphs: dict, shared: list[str]) -> tuple[bytes, list[bytes]]:
    """The previous answer without the rows the changed pages gave, with the rows they give now."""
    header, _, body = prev_file.read_bytes().partition(b"\n")
    lines = body.splitlines()
    gone, new = _changed_rows(plan, header, old_store, store, changed, old_graphs, graphs, shared)
    gone = Counter(gone)
    kept = []
    for line in lines:
        if gone[line]:
            gone[line] -= 1
        else:
            kept.append(line)
    if +gone:
        raise _Unkept(f"{sum(gone.values())} of the changed pages' previous rows were not in the answer: "
                      "not every row comes from one page")
    rows = _Rows(header, kept, plan.order)
    merged, start = [], 0
    for key in sorted(_Rows(header, new, plan.order).key(line) for line in new):
        at = bisect.bisect_right(kept, key, lo=start, key=rows.key)
        merged += kept[start:at]
        merged.append(key[-1])
        start = at
    merged += kept[start:]
    return header, merged


def _check(plan: Plan, store, header: bytes, lines: list[bytes]) -> None:
    """The patched answer against the one made afresh (REFORMKG_CHECK_ANSWERS=1)."""
    fresh_header, fresh = _afresh(plan, store)
    if (fresh_header, fresh) != (header, lines):
        extra, missing = Counter(lines) - Counter(fresh), Counter(fresh) - Counter(lines)
        raise WrongHeader(
            f"queries/{plan.name}.rq: '# answers: {plan.mode}', but its answer patched by this build differs from the answer "
            f"made afresh ({sum(extra.values())} rows too many, {sum(missing.values())} missing): some of its rows (or counts) "
            "are made from more than one page. Remove that header line; the answer is then made afresh by every "
            "build. The previous build is unchanged.")


_INTEGER = re.compile(rb'^(?:(\d+)|"(\d+)"\^\^<http://www\.w3\.org/2001/XMLSchema#integer>)$')


def _counted(plan: Plan, prev_file: Path, old_store, store, changed: list[str], old_graphs: dict,
             graphs: dict, shared: list[str]) -> tuple[bytes, list[bytes]]:
    """The previous counts, less what the changed pages counted before, plus what they count now
    (what the shared graphs give is in both and cancels); a group whose counts reach 0 goes."""
    header, _, body = prev_file.read_bytes().partition(b"\n")
    names = [v.lstrip("?$") for v in header.decode("utf-8").split("\t")]
    if any(c not in names for c in plan.counts):
        raise _Unkept("a counted variable is not in the answer")
    at = [names.index(c) for c in plan.counts]

    def table(lines: list[bytes]) -> dict[tuple, list[int]]:
        out: dict[tuple, list[int]] = {}
        for line in lines:
            cells = line.split(b"\t")
            key = tuple(c if i not in at else None for i, c in enumerate(cells))
            if key in out:
                raise _Unkept("two rows of one group")
            values = []
            for i in at:
                m = _INTEGER.match(cells[i]) if i < len(cells) else None
                if not m:
                    raise _Unkept(f"not a count: {cells[i] if i < len(cells) else b''!r}")
                values.append(int(m.group(1) or m.group(2)))
            out[key] = values
        return out

    counts = table(body.splitlines())
    gone, new = _changed_rows(plan, header, old_store, store, changed, old_graphs, graphs, shared)
    for lines, sign in ((gone, -1), (new, 1)):
        for key, values in table(lines).items():
            if key not in counts:
                if sign < 0:
                    raise _Unkept("the changed pages counted a group the answer does not have: "
                                  "not every count comes from one page")
                counts[key] = [0] * len(at)
            counts[key] = [a + sign * b for a, b in zip(counts[key], values)]
    lines = []
    for key, values in counts.items():
        if any(v < 0 for v in values):
            raise _Unkept("a count fell below 0: not every count comes from one page")
        if plan.grouped and not any(values):
            continue
        cells = list(key)
        for i, v in zip(at, values):
            cells[i] = str(v).encode("ascii")
        lines.append(b"\t".join(cells))
    return header, _Rows(header, lines, plan.order).sorted()


def _write(path: Path, header: bytes, lines: list[bytes]) -> None:
    with open(path, "wb") as f:
        f.write(header + b"\n")
        for line in lines:
            f.write(line + b"\n")


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        target.write_bytes(source.read_bytes())


# --------------------------------------------------------------------------- read by queries


