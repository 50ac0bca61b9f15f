"""The page step of a build on a Dask distributed cluster: ``reformkg build --scheduler tcp://HOST:PORT``.

The pages the cache does not hold are sent to the cluster's workers, one task per page; the rest
of the build (the cache, the dump, the store, the canned answers, the swap) stays in the
process that builds, so the page cache works as in a local build and the result is the same
bytes.

What every page shares — the registry, vocabularies, the validation base, and their findings —
is sent once to every worker (scattered, a copy on each). Dask's active memory manager drops
copies that no waiting task needs (its ``ReduceReplicas`` policy, on by default), so near the
end of a build one worker may hold the only copy: when it dies, Dask cancels the pages that read
it, and the build scatters the shared inputs again to the workers left and sends them the pages
not yet done (at most SCATTER_ROUNDS times). Each task carries its annotation file's bytes, as
read for the cache key. The page texts (``data/articles/``) and the shapes are read by the workers from the project
directory: **every worker must see the project at the same path** (a shared filesystem, or the
same checkout at the same path), and run the same reformkg code. A worker checks both before its
first page (the fingerprint of the registry, vocabularies, shapes, ontology and code, as the page
cache computes it) and stops the build with one line if it sees anything else. The workers write
nothing: each page's N-Quads come back with its result and the building process stores them in
its cache.

A worker that dies mid-build: Dask gives its tasks to the other workers (a task that kills
``distributed.scheduler.allowed-failures`` workers, 3 by default, fails the build); the build
goes on as long as a worker is left, and fails, with ``build/`` unchanged, when the last one dies
(Dask cancels the tasks whose input is lost), or when the cluster has had no worker for
NO_WORKERS_GRACE seconds. The connection to the scheduler waits at most
``distributed.comm.timeouts.connect`` (Dask's setting, 30 s by default; the environment variable
``DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT=5s`` sets it).

Dask is imported here only, inside the functions, so that no other command pays for it.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
import uuid
from dataclasses import dataclass
from typing import Iterator

from reformkg.errors import ReformkgError, UsageError
from reformkg.pipeline.fingerprint import fingerprint
from reformkg.pipeline.pages import PageOut, compute_page

NO_WORKERS_GRACE = 30.0  # seconds without a worker before the build gives up
SCATTER_ROUNDS = 4  # times the shared inputs are sent: once, and again after each loss of their last copy
SHARED = ("fingerprint", "registry", "vocab", "base", "sources", "base_findings")  # of the build's state


def connect(address: str):
    """A client of the scheduler at ``address``, with at least one worker; one clear error otherwise."""
    if "://" not in address:
        raise UsageError(f"--scheduler takes a Dask scheduler's address, tcp://HOST:PORT, not {address!r}")
    try:  # dask: an optional dependency (the `distributed` extra), imported by --scheduler only
        import distributed
    except ImportError:
        raise UsageError("--scheduler needs Dask distributed: pip install 'reformkg[distributed]'") from None
    _quiet()
    try:
        client = distributed.Client(address, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ReformkgError(f"cannot reach the Dask scheduler at {address}: {_line(exc)}; build/ is unchanged") from None
    try:
        client.wait_for_workers(1, timeout=NO_WORKERS_GRACE)
    except (OSError, TimeoutError) as exc:
        client.close()
        raise ReformkgError(f"the Dask scheduler at {address} has no workers ({_line(exc)}); build/ is unchanged") from None
    return client


def _quiet() -> None:
    """Dask's own log lines stay out of the build's output (its errors reach the user as one line)."""
    for name in ("distributed", "distributed.client", "distributed.comm", "distributed.batched"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) < 300 else text[:297] + "…"


@dataclass
class Shared:
    """What every page task reads besides its own file (scattered once to every worker)."""

    token: str  # this build's
    project: object
    state: dict


_LOCK = threading.Lock()
_CHECKED: set[str] = set()  # the builds whose inputs this worker process has checked


def page_task(shared: Shared, args: tuple[str, str, bytes]) -> tuple[PageOut, tuple[bytes, str, str] | None]:
    """One page, on a worker: :func:`reformkg.pipeline.pages.compute_page`."""
    # One page at a time in a worker process, however many threads it has: the page code keeps
    # module-level caches (the base index, the compiled shapes) that are not made for threads.
    with _LOCK:
        if shared.token not in _CHECKED:
            seen = fingerprint(shared.project)
            if seen != shared.state["fingerprint"]:
                raise ReformkgError(f"a Dask worker does not see the project as the build does: its registry, "
                                    f"vocabularies, shapes, ontology or reformkg code in {shared.project.root} differ "
                                    f"(every worker must see the project at the same path and run the same reformkg)")
            # The shared graphs are millions of objects: the collector need not walk them again. What an
            # earlier build froze is unfrozen first, so that the cluster frees it once it is gone.
            gc.unfreeze()
            gc.collect()
            gc.freeze()
            _CHECKED.add(shared.token)
        return compute_page(shared.project, shared.state, args)


def runner(client, address: str):
    """The ``remote`` of :func:`reformkg.pipeline.pages.run_pages` on the cluster of ``client``."""

    def run(project, state: dict, tasks: list) -> Iterator[tuple[int, PageOut, tuple[bytes, str, str] | None]]:
        import distributed  # (imported by connect already: --scheduler only)

        remaining = dict(enumerate(tasks))  # the pages not yet done, by number
        pending: dict = {}  # the futures of this round, each with its page's number
        try:
            for round_ in range(1, SCATTER_ROUNDS + 1):
                pending = _submit(client, project, state, remaining, round_)
                lost = yield from _collect(client, address, pending, remaining)
                if not lost:
                    return
                # the last copy of the shared inputs went with a worker: again, to the workers left
                if not client.nthreads():
                    break
            raise distributed.CancelledError()
        except ReformkgError:
            raise
        except distributed.CancelledError:
            # what every page reads is lost when the last worker holding it dies (or the cluster restarts)
            raise ReformkgError(f"the build on the Dask cluster at {address} failed: its pages were cancelled "
                                f"(the last worker holding the build's shared inputs died, or the cluster "
                                f"restarted); build/ is unchanged") from None
        except (distributed.KilledWorker, OSError, TimeoutError) as exc:
            raise ReformkgError(f"the build on the Dask cluster at {address} failed: {type(exc).__name__}: "
                                f"{_line(exc)}; build/ is unchanged") from None
        finally:
            if pending:
                client.cancel(list(pending))

    return run


def _submit(client, project, state: dict, remaining: dict, round_: int) -> dict:
    """The shared inputs scattered to every worker, and a task for each page of ``remaining``:
    its future, with the page's number."""
    shared = client.scatter(Shared(uuid.uuid4().hex, project, {k: state.get(k) for k in SHARED}),
                            broadcast=True, hash=False)
    return {client.submit(page_task, shared, args, key=f"reformkg-page-{args[1]}-{n}-{round_}", pure=False): n
            for n, args in remaining.items()}


def _collect(client, address: str, pending: dict, remaining: dict):
    """Yields each page's result as it comes (and drops it from ``remaining`` and ``pending``);
    returns whether pages were cancelled (their shared input lost), the others then cancelled too."""
    import distributed  # (imported by connect already: --scheduler only)

    alone_since, lost = None, False
    while pending and not lost:
        try:
            with client.as_current():
                distributed.wait(list(pending), timeout=2, return_when="FIRST_COMPLETED")
        except (TimeoutError, distributed.CancelledError):  # (wait raises if any of them was cancelled)
            pass
        done = {f for f in pending if f.status != "pending"}
        if not done:
            if client.nthreads():
                alone_since = None
            elif alone_since is None:
                alone_since = time.monotonic()
            elif time.monotonic() - alone_since > NO_WORKERS_GRACE:
                raise ReformkgError(f"the Dask cluster at {address} has had no worker for "
                                    f"{NO_WORKERS_GRACE:.0f} s; build/ is unchanged")
            continue
        for f in done:  # each result is dropped once taken: the cluster frees its memory
            n = pending.pop(f)
            if f.status in ("cancelled", "lost"):
                lost = True
                continue
            try:
                out, entry = f.result()
            except distributed.CancelledError:
                # done on the worker that died before its result was fetched, and not to be computed
                # again there (its shared input went with it): the page goes to the next round
                lost = True
                continue
            del remaining[n]
            yield n, out, entry
        done = f = None
    if lost:
        client.cancel(list(pending))
        pending.clear()
    return lost
