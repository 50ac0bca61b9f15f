"""The engine queries of `reformkg serve`, in worker processes that a limit really stops.

pyoxigraph has no query timeout and a running query cannot be interrupted from Python, so a
thread that runs one runs until it ends (a cartesian product: forever), holding its CPU and
memory after the client has gone. Here each engine query runs in one of a fixed number of
worker processes (:class:`Pool`, ``serve --max-queries``), each with the store open read-only;
the server waits for the answer up to the time limit (``serve --query-timeout``) while it
watches the client and the worker's memory (``serve --query-memory``). When the time passes,
the client disconnects or the worker grows past the limit, the worker is killed (SIGKILL: its
CPU and memory are the kernel's again at once) and a fresh one takes its place. A query that
finds every worker busy waits up to :data:`QUEUE_WAIT` seconds (half the time limit if that is
shorter), then is refused with 503 and a
``Retry-After``; what needs no engine (the answers a build made, the answer cache, the pages)
never waits for a worker. Workers run at a lower CPU priority (:data:`NICE`) than the server,
so a runaway query slows cheap requests as little as the machine allows.

The workers are forked from a fork server (multiprocessing's ``forkserver``: a clean process
that has imported this module, not the threaded server), and each dies with its parent
(``PR_SET_PDEATHSIG``, as reformkg.query.sparql's ``--timeout`` worker does), so no worker
outlives the server, however the server ends.

An answer is capped at ``--max-rows`` rows (solutions, or triples of a CONSTRUCT/DESCRIBE) and
``--max-bytes`` bytes (:func:`respond`): the rows past the cap are not sent, the answer stays a
valid document of its format, and :data:`TRUNCATED` says so (``rows=N`` or ``bytes=N``, the
limit that cut it).
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import multiprocessing
import os
import signal
import time
from dataclasses import dataclass
from typing import NamedTuple

import pyoxigraph as ox

from reformkg.errors import QueryError
from reformkg.namespaces import PREFIX_MAP
from reformkg.query.formats import rows
from reformkg.query.guard import check
from reformkg.query.sparql import _syntax_message, run
from reformkg.serve.dataset import load_data
from reformkg.serve.negotiation import GRAPH_TYPES, RESULT_TYPES, graph_media, negotiate

TRUNCATED = "X-Reformkg-Truncated"  # header of a capped answer: rows=N (--max-rows) or bytes=N (--max-bytes)
QUERY_TIMEOUT = 30.0  # seconds an engine query may run (`serve --query-timeout`)
MAX_ROWS = 100_000  # rows of an answer (`serve --max-rows`)
MAX_BYTES = 16 << 20  # bytes of an answer (`serve --max-bytes`)
QUERY_MEMORY = 1024  # MB a worker may hold while it answers (`serve --query-memory`)
QUEUE_WAIT = 2.0  # seconds a query waits for a free worker before a 503
RECYCLE_MB = 128  # a worker that grew by more than this while answering is replaced: its memory goes back
NICE = 10  # the workers' CPU priority below the server's
WATCH = 0.1  # seconds between looks at a running query's worker (memory) and its client
PAGE = os.sysconf("SC_PAGE_SIZE")


def default_workers() -> int:
    return max(2, min(8, os.cpu_count() or 2))


@dataclass(frozen=True)
class Limits:
    """What `reformkg serve` allows an engine query (its options, by the same names)."""

    query_timeout: float = QUERY_TIMEOUT
    max_rows: int = MAX_ROWS
    max_bytes: int = MAX_BYTES
    max_queries: int = 2  # worker processes: engine queries at once
    query_memory: int = QUERY_MEMORY  # MB
    queue_wait: float = QUEUE_WAIT


class Reply(NamedTuple):
    """An answer of /sparql: status, media type, body, and the TRUNCATED header's value (or None)."""

    status: int
    media: str
    body: bytes
    truncated: str | None = None


class Refused(Exception):
    """An engine query that got no answer: the status, one-line message and headers to send."""

    def __init__(self, status: int, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


# --------------------------------------------------------------------------- capped answers


class _Enough(Exception):
    """Raised from inside pyoxigraph's serializer once the cap is reached: it stops the engine too."""


class _Lines:
    """A file pyoxigraph serializes into, keeping whole lines up to ``keep`` lines or ``max_bytes``
    bytes; with ``count`` it goes on counting the lines of the rest without keeping them."""

    def __init__(self, keep: int | None, max_bytes: int | None, count: bool = False):
        self.keep, self.max_bytes, self.count = keep, max_bytes, count
        self.parts: list[bytes] = []
        self.lines = self.size = 0
        self.full = None  # "rows" or "bytes": what stopped the keeping
        self.total = 0

    def write(self, data) -> int:
        data = bytes(data)
        self.total += data.count(b"\n")
        if self.full is None:
            self.parts.append(data)
            self.lines += data.count(b"\n")
            self.size += len(data)
            if self.keep is not None and self.lines > self.keep:
                self.full = "rows"
            elif self.max_bytes is not None and self.size > self.max_bytes:
                self.full = "bytes"
        if self.full is not None and not self.count:
            raise _Enough
        return len(data)

    def flush(self) -> None:
        pass

    def kept(self, lines: int | None = None) -> tuple[bytes, int]:
        """The first ``lines`` whole lines kept (all of them by default), within the byte cap, and how many."""
        text = b"".join(self.parts)
        cut = text.split(b"\n")[:-1]  # whole lines only
        if lines is not None:
            cut = cut[:lines]
        if self.max_bytes is not None:
            size, n = 0, 0
            for line in cut:
                if size + len(line) + 1 > self.max_bytes:
                    break
                size, n = size + len(line) + 1, n + 1
            cut = cut[:n]
        return b"".join(line + b"\n" for line in cut), len(cut)


def _serialize(result, out, fmt) -> None:
    try:
        if isinstance(result, ox.QuerySolutions):
            result.serialize(out, format=fmt)
        else:
            ox.serialize(result, out, format=fmt)
    except _Enough:
        pass


def respond(result, accept: str | None, max_rows: int | None = MAX_ROWS, max_bytes: int | None = MAX_BYTES) -> Reply:
    """A query's result as the body ``accept`` asks for, with no more than ``max_rows`` rows and
    ``max_bytes`` bytes (None: no cap). The result is first written as SPARQL TSV (solutions) or
    N-Triples (triples), one row a line, up to the cap; those lines are then read back and
    written in the format asked for, so a capped answer is as valid as a whole one."""
    if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
        media = negotiate(accept, list(RESULT_TYPES))
        if media is None:
            return Reply(406, "text/plain", f"cannot answer a SELECT or ASK query as {accept}; acceptable: "
                                            f"{', '.join(RESULT_TYPES)}\n".encode())
        fmt = getattr(ox.QueryResultsFormat, RESULT_TYPES[media])
        if isinstance(result, ox.QueryBoolean) or (max_rows is None and max_bytes is None):
            return Reply(200, media, result.serialize(format=fmt))
        lines, header = ox.QueryResultsFormat.TSV, 1

        def convert(text: bytes) -> bytes:
            if fmt == lines:
                return text
            return ox.parse_query_results(text, format=lines).serialize(format=fmt)
    else:
        media = graph_media(accept)
        if media is None:
            return Reply(406, "text/plain", f"cannot answer a CONSTRUCT or DESCRIBE query as {accept}; acceptable: "
                                            f"{', '.join(GRAPH_TYPES)}\n".encode())
        fmt = getattr(ox.RdfFormat, GRAPH_TYPES[media])
        prefixes = PREFIX_MAP if media != "application/n-triples" else None
        if max_rows is None and max_bytes is None:
            return Reply(200, media, ox.serialize(list(result), format=fmt, prefixes=prefixes))
        lines, header = ox.RdfFormat.N_TRIPLES, 0

        def convert(text: bytes) -> bytes:
            if fmt == lines:
                return text
            return ox.serialize(list(ox.parse(text, format=lines)), format=fmt, prefixes=prefixes)
    out = _Lines(None if max_rows is None else max_rows + header, max_bytes)
    _serialize(result, out, lines)
    keep = None if max_rows is None else max_rows + header
    text, n = out.kept(keep)
    truncated = None
    if out.full == "rows" and (max_rows is None or n - header >= max_rows):
        truncated = f"rows={max_rows}"
    elif out.full is not None:
        truncated = f"bytes={max_bytes}"
    body = convert(text)
    while max_bytes is not None and len(body) > max_bytes and n > header:  # the format asked for is larger than the lines
        n = header + int((n - header) * max_bytes / len(body) * 0.95)
        text, n = out.kept(n)
        body = convert(text)
        truncated = f"bytes={max_bytes}"
    return Reply(200, media, body, truncated)


def table(result, shown: int) -> dict:
    """A result as the index page's table: its column names, its first ``shown`` rows as text and
    the number of all its rows (counted without keeping them)."""
    if isinstance(result, ox.QueryBoolean):
        names, data = rows(result)
        return {"names": names, "rows": data, "count": 1}
    if isinstance(result, ox.QuerySolutions):
        lines, header = ox.QueryResultsFormat.TSV, 1
    else:
        lines, header = ox.RdfFormat.N_TRIPLES, 0
    out = _Lines(shown + header, None, count=True)
    _serialize(result, out, lines)
    text, _ = out.kept(shown + header)
    parsed = ox.parse_query_results(text, format=lines) if header else ox.parse(text, format=lines)
    names, data = rows(parsed)
    return {"names": names, "rows": data, "count": out.total - header}


# --------------------------------------------------------------------------- a worker process


def engine_result(store, text: str, default_graphs=(), named_graphs=(), base_iri: str | None = None):
    """The engine's lazy result of a query over ``store``, on the RDF dataset the request names
    (``default-graph-uri``/``named-graph-uri``, SPARQL 1.1 Protocol 2.1.4), else the query's own
    (``FROM``, or the union of the named graphs: reformkg.query.sparql.run)."""
    if not default_graphs and not named_graphs:
        return run(store, text, base_iri=base_iri)
    check(text)  # the query guard, as in run(): nothing it refuses reaches the engine
    try:
        return store.query(text, prefixes=PREFIX_MAP, base_iri=base_iri,
                           default_graph=[ox.NamedNode(g) for g in default_graphs],
                           named_graphs=[ox.NamedNode(g) for g in named_graphs])
    except SyntaxError as exc:
        raise QueryError(_syntax_message(text, exc)) from None
    except OSError as exc:  # what reformkg.query.sparql.run says of the engine's errors
        raise QueryError(f"the query failed: {exc}") from None


def _open(source: tuple):
    """("store", path): a build's store, read-only; ("data", files): `serve --data`'s files."""
    kind, where = source
    if kind == "store":
        return ox.Store.read_only(where)
    return load_data(where).store


def _die_with_parent(server_pid: int) -> None:
    """Die when the parent (the fork server, which ends with the server) dies."""
    parent = os.getppid()
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent or not _alive(server_pid):  # a parent gone before prctl took effect
        os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _job(store, job: tuple):
    kind, text, args = job
    if kind == "answer":
        accept, default_graphs, named_graphs, base_iri, max_rows, max_bytes = args
        return respond(engine_result(store, text, default_graphs, named_graphs, base_iri), accept, max_rows, max_bytes)
    shown, base_iri = args
    return table(engine_result(store, text, base_iri=base_iri), shown)


def serve_jobs(conn, parent_pid: int) -> None:  # pragma: no cover - runs in the worker process
    """A worker's life: receive (source, job), answer ("ok", value) or ("error", message), again."""
    _die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the server decides
    with contextlib.suppress(OSError):
        os.nice(NICE)
    opened, store = None, None
    while True:
        try:
            source, job = conn.recv()
        except (EOFError, OSError):
            os._exit(0)
        try:
            if source != opened:
                store, opened = None, None
                store, opened = _open(source), source
            reply = ("ok", _job(store, job))
        except QueryError as exc:
            reply = ("error", str(exc))
        except Exception as exc:  # noqa: BLE001 - the engine's own error, one line for the client
            first = (str(exc).strip().splitlines() or [""])[0]
            reply = ("error", f"the query failed: {type(exc).__name__}: {first[:300]}".rstrip(": "))
        conn.send(reply)


# --------------------------------------------------------------------------- the pool, in the server


def _rss(pid: int) -> int:
    """Resident bytes of a process (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


class Worker:
    def __init__(self, proc, conn):
        self.proc, self.conn = proc, conn
        self.pid = proc.pid
        self.base_rss = 0  # after its first answer
        self.deadline = 0.0  # of the query it runs


class Pool:
    """``limits.max_queries`` worker processes, started when the server starts (or at the first
    query) and replaced whenever one is killed. Used from the event loop; :meth:`abort` may be
    called from a signal handler."""

    def __init__(self, limits: Limits):
        self.limits = limits
        self.ctx = multiprocessing.get_context("forkserver")
        self.ctx.set_forkserver_preload(["reformkg.serve.workers"])
        self.idle: list[Worker] = []
        self.busy: set[Worker] = set()
        self.starting = 0
        self.closing = False
        self.loop: asyncio.AbstractEventLoop | None = None
        self.freed: asyncio.Event | None = None
        self.killed = self.replaced = 0  # workers stopped by a limit, and fresh ones started

    # ----- workers come and go

    def _spawn(self) -> Worker:  # in a thread: the fork server answers within milliseconds
        parent, child = self.ctx.Pipe(duplex=True)
        proc = self.ctx.Process(target=serve_jobs, args=(child, os.getpid()), daemon=True)
        proc.start()
        child.close()
        return Worker(proc, parent)

    async def _add(self) -> None:
        self.starting += 1
        try:
            worker = await self.loop.run_in_executor(None, self._spawn)
        except Exception:  # noqa: BLE001 - no fork server (shutting down): the waiters give up
            self.starting -= 1
            self._wake()
            return
        self.starting -= 1
        if self.closing:
            await self._end(worker)
            return
        self.idle.append(worker)
        self._wake()

    def _wake(self) -> None:
        if self.freed is not None:
            self.freed.set()

    def start(self) -> None:
        """Start the workers (once), without waiting for them."""
        if self.loop is not None:
            return
        self.loop = asyncio.get_running_loop()
        self.freed = asyncio.Event()
        for _ in range(self.limits.max_queries):
            self.loop.create_task(self._add())

    async def _end(self, worker: Worker) -> None:
        with contextlib.suppress(OSError, ValueError):
            worker.proc.kill()
        worker.conn.close()
        await self.loop.run_in_executor(None, worker.proc.join, 5)

    async def _replace(self, worker: Worker) -> None:
        self.busy.discard(worker)
        await self._end(worker)
        if not self.closing:
            self.replaced += 1
            await self._add()

    def abort(self) -> None:
        """Stop every running query now and start no more (the server is shutting down): safe in a
        signal handler (a kill per worker, then a wake-up through the loop)."""
        self.closing = True
        for worker in [*self.busy, *self.idle]:
            with contextlib.suppress(OSError):
                os.kill(worker.pid, signal.SIGKILL)
        if self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self._wake)

    async def close(self) -> None:
        self.abort()
        for worker in [*self.busy, *self.idle]:
            await self._end(worker)
        self.busy.clear()
        self.idle.clear()

    # ----- a query

    def retry_after(self) -> int:
        """Seconds until the first running query's time limit passes: a worker is free by then."""
        now = time.monotonic()
        soonest = min((w.deadline for w in self.busy), default=now + 1)
        return max(1, int(soonest - now + 0.999))

    async def _acquire(self) -> Worker:
        self.start()
        waited_until = time.monotonic() + min(self.limits.queue_wait, self.limits.query_timeout / 2)
        hard_until = time.monotonic() + self.limits.query_timeout  # while workers are still starting
        while not self.idle:
            if self.closing:
                raise Refused(503, "the server is shutting down")
            now = time.monotonic()
            until = hard_until if self.starting and not self.busy else waited_until
            if now >= until:
                raise Refused(503, f"all {self.limits.max_queries} query workers are busy (serve --max-queries): "
                                   "try again shortly", {"Retry-After": str(self.retry_after())})
            self.freed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.freed.wait(), until - now)
        worker = self.idle.pop()
        self.busy.add(worker)
        return worker

    async def ask(self, source: tuple, job: tuple, receive=None):
        """The value of ``job`` (see :func:`_job`) over ``source``, computed in a worker. Raises
        QueryError for the query's own error, Refused when no answer came (busy, time limit,
        memory limit, the client gone, shutting down)."""
        worker = await self._acquire()
        limits = self.limits
        worker.deadline = time.monotonic() + limits.query_timeout
        try:
            worker.conn.send((source, job))
        except OSError:
            self.loop.create_task(self._replace(worker))
            raise Refused(503, "the server is shutting down" if self.closing else "the query worker was not there; try again",
                          {"Retry-After": "1"}) from None
        ready = self.loop.create_future()
        self.loop.add_reader(worker.conn.fileno(), lambda: ready.done() or ready.set_result(None))
        gone = self.loop.create_task(_left(receive)) if receive is not None else None
        stopped = None
        try:
            while not ready.done():
                waiting = [ready] + ([gone] if gone is not None else [])
                await asyncio.wait(waiting, timeout=WATCH, return_when=asyncio.FIRST_COMPLETED)
                if ready.done():
                    break
                if gone is not None and gone.done():
                    stopped = Refused(400, "the client left before the answer: its query was stopped")
                elif time.monotonic() >= worker.deadline:
                    stopped = Refused(504, f"the query did not finish within {limits.query_timeout:g} s "
                                           "(serve --query-timeout) and was stopped; narrow it (LIMIT, more "
                                           "specific patterns)")
                elif _rss(worker.pid) > limits.query_memory << 20:
                    stopped = Refused(503, f"the query needed more than {limits.query_memory} MB "
                                           "(serve --query-memory) and was stopped; narrow it")
                if stopped is not None:
                    break
        finally:
            with contextlib.suppress(Exception):
                self.loop.remove_reader(worker.conn.fileno())
            if gone is not None:
                gone.cancel()
            if not ready.done():
                ready.cancel()
        if stopped is not None:
            self.killed += 1
            await self._replace(worker)
            raise stopped
        try:
            status, value = await self.loop.run_in_executor(None, worker.conn.recv)
        except (EOFError, OSError):
            await self._replace(worker)
            if self.closing:
                raise Refused(503, "the server is shutting down") from None
            raise Refused(503, f"the query's worker ended without an answer (exit code {worker.proc.exitcode}); "
                               "the server goes on") from None
        rss = _rss(worker.pid)
        if not worker.base_rss:
            worker.base_rss = rss
        if rss > worker.base_rss + (RECYCLE_MB << 20):
            self.loop.create_task(self._replace(worker))  # the memory it kept goes back now
        else:
            self.busy.discard(worker)
            self.idle.append(worker)
            self._wake()
        if status == "error":
            raise QueryError(value)
        return value


async def _left(receive) -> None:
    """Returns when the client has disconnected (an ASGI ``http.disconnect``)."""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return
