"""Virtuoso Open Source 7 as the target of ``reformkg push``.

Two ways in, both followed by the same count check (:func:`reformkg.publish.push.push`):

* the SPARQL 1.1 Graph Store Protocol at ``/sparql-graph-crud-auth`` (HTTP digest
  authentication, a user with the ``SPARQL_UPDATE`` role such as ``dba``), one ``PUT`` a graph;
* the bulk loader (``ld_dir`` + ``rdf_loader_run()``, driven through ``isql``), for dumps of
  millions of quads: the build's N-Quads segment files are linked (or copied) into a directory the
  server may read (its ``DirsAllowed``), every graph of the build is cleared, the files are loaded
  in one run and checkpointed, and any file the loader refused is an error.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import uuid
from pathlib import Path
from urllib.parse import urlsplit

from reformkg.errors import ReformkgError, UsageError
from reformkg.layout import dump_files
from reformkg.namespaces import BASE

GSP_PATHS = ("/sparql-graph-crud-auth", "/sparql-graph-crud")
ISQL_NAMES = ("isql-vt", "isql")  # Debian's name, upstream's


class VirtuosoError(ReformkgError):
    """isql is missing, cannot connect, or the bulk loader refused a file."""


def is_virtuoso(store_url: str) -> bool:
    """A Graph Store Protocol URL of Virtuoso's (its paths are its own)."""
    return urlsplit(store_url).path.rstrip("/") in GSP_PATHS


def query_url(store_url: str) -> str:
    """Virtuoso's SPARQL endpoint beside its Graph Store: ``…/sparql``."""
    parts = urlsplit(store_url)
    return f"{parts.scheme}://{parts.netloc}/sparql"


def isql_binary() -> str:
    for name in ISQL_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise VirtuosoError("the bulk loader needs Virtuoso's isql (isql-vt), which is not on PATH: "
                        "apt-get install virtuoso-opensource-7")


def run_isql(address: str, user: str, password: str, script: str, timeout: float) -> str:
    """Run an SQL script with isql on ``address`` (HOST:PORT); its output, or a
    :class:`VirtuosoError` naming the first ``*** Error`` line."""
    try:
        done = subprocess.run([isql_binary(), address, user, password, "VERBOSE=OFF", "BANNER=OFF", "PROMPT=OFF"],
                              input=script, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise VirtuosoError(f"isql at {address} did not finish within {timeout:g} s (--timeout)") from None
    out = done.stdout + "\n" + done.stderr
    lines = out.splitlines()
    for k, line in enumerate(lines):
        if line.startswith("*** Error"):
            detail = " ".join(lines[k:k + 2]).replace("*** Error ", "")
            if "Connect failed" in line:
                raise VirtuosoError(f"cannot reach Virtuoso's SQL port {address} ({' '.join(detail.split())}); "
                                    "is the server running?")
            raise VirtuosoError(f"isql at {address}: {' '.join(detail.split())[:300]}")
    if done.returncode != 0:
        raise VirtuosoError(f"isql at {address} failed (exit {done.returncode}): {' '.join(out.split())[:300]}")
    return done.stdout


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


_SAFE_IRI = re.compile(r"^[^<>\"{}|^`\\\s]+$")


def bulk_load(build_dir: Path, graphs: list[str], bulk_dir: str | Path, address: str, user: str,
              password: str, timeout: float) -> None:
    """Replace ``graphs`` on the server by the build's dump, with the bulk loader.

    ``bulk_dir`` must be readable by the server and listed in its ``DirsAllowed``: the files
    are put in a new directory under it (hard links when on the same file system), loaded,
    then removed."""
    bulk = Path(bulk_dir).resolve()
    if not bulk.is_dir():
        raise UsageError(f"--bulk {bulk_dir}: no such directory (it must be one of the server's DirsAllowed)")
    for g in graphs:
        if not _SAFE_IRI.match(g):
            raise VirtuosoError(f"graph IRI {g!r} cannot be written into SQL")
    here = bulk / f"reformkg-{uuid.uuid4().hex[:12]}"
    here.mkdir()
    try:
        for f in dump_files(build_dir):
            try:
                os.link(f, here / f.name)
            except OSError:  # another file system, or links refused: a copy
                shutil.copyfile(f, here / f.name)
        d = _sql_string(str(here))
        like = _sql_string(str(here) + "/%")
        script = ["log_enable(3, 1);"]
        script += [f"SPARQL CLEAR GRAPH <{g}>;" for g in graphs]
        script += [
            f"DELETE FROM DB.DBA.load_list WHERE ll_file LIKE {like};",
            f"ld_dir({d}, '*.nq', {_sql_string(BASE + 'graph/unnamed')});",
            "rdf_loader_run();",
            "checkpoint;",
            (f"SELECT 'LOADERR ' || ll_file || ' ' || ll_error FROM DB.DBA.load_list WHERE ll_file LIKE {like} "
             "AND ll_error IS NOT NULL;"),
            f"DELETE FROM DB.DBA.load_list WHERE ll_file LIKE {like};",
        ]
        out = run_isql(address, user, password, "\n".join(script) + "\n", timeout)
        refused = [line.strip()[len("LOADERR "):] for line in out.splitlines() if line.strip().startswith("LOADERR ")]
        if refused:
            raise VirtuosoError(f"Virtuoso's bulk loader refused {len(refused)} file(s): {refused[0][:300]}")
    finally:
        shutil.rmtree(here, ignore_errors=True)
