"""Export the built dataset in the RDF formats portals import, and count what it holds."""

from __future__ import annotations

import heapq
import json
import os
import tempfile
from itertools import islice
from pathlib import Path
from typing import BinaryIO

import pyoxigraph

from reformkg.errors import ReformkgError, TooLargeForMemory, UsageError
from reformkg.layout import CURRENT, STABLE_LINKS, TRANSIENT, lock_path, manifest_path
from reformkg.namespaces import PREFIXES
from reformkg.query.formats import rows
from reformkg.query.sparql import open_store, run
from reformkg.settings import Project

RDF_FORMATS = {
    # name: (file suffix, media type, keeps named graphs)
    "turtle": (".ttl", "text/turtle", False),
    "trig": (".trig", "application/trig", True),
    "nquads": (".nq", "application/n-quads", True),
    "ntriples": (".nt", "application/n-triples", False),
    "jsonld": (".jsonld", "application/ld+json", True),
}


def refuse_build_inputs(project: Project, output: str | os.PathLike) -> None:
    """Raise :class:`ReformkgError` when writing the export to ``output`` (a file, or the directory
    of the CSV tables) would overwrite a file the build reads: anything under data/, ontology/,
    shapes/ or queries/, the page cache, the build lock, or a generation of build/ (build/docs/,
    where the portal goes, is free). Symbolic links in the directories are followed; a link
    named as the output itself is replaced, not written through, so it is taken as it is."""
    path = Path(output)
    if path.is_dir() or path.name in ("", ".", ".."):
        target = Path(os.path.realpath(path))
    else:
        target = Path(os.path.realpath(path.parent)) / path.name

    def inside(place: Path) -> bool:
        place = Path(os.path.realpath(place))
        return target == place or place in target.parents

    hit = any(inside(p) for p in (project.data, project.ontology, project.shapes, project.queries,
                                  project.cache_dir, lock_path(project.root)))
    build = Path(os.path.realpath(project.build_dir))
    if not hit and build in target.parents:
        first = target.relative_to(build).parts[0]
        hit = first in (CURRENT, *STABLE_LINKS) or first.startswith(TRANSIENT)
    if hit:
        raise ReformkgError(f"{output} is an input of the build ({project.rel(target)}); write the export elsewhere")


SORT_RUN_LINES = 1_000_000  # N-Quads lines sorted in memory at a time by the streamed export
# Peak memory a format made in memory takes per quad, measured at 100 synthetic pages (566,006
# quads: trig 229, turtle 942, ntriples 953, jsonld 1,229 bytes), rounded up.
IN_MEMORY_BYTES_PER_QUAD = {"trig": 300, "turtle": 1100, "ntriples": 1100, "jsonld": 1400}


def export_to(build_dir: Path, fmt: str, out: BinaryIO) -> None:
    """Write the whole dataset in one format to ``out``, as the store holds it. Triple formats
    hold the union of the named graphs. N-Quads are streamed and sorted on disk, in runs of
    SORT_RUN_LINES lines, so memory stays bounded at any size; the other formats are made in
    memory (sorted objects, one serialisation)."""

    if fmt not in RDF_FORMATS:
        raise UsageError(f"unknown format {fmt!r}; expected one of {', '.join(RDF_FORMATS)}")
    store = open_store(build_dir)
    if fmt == "nquads":
        _sorted_nquads(store, out)
        return
    quads = quad_count(build_dir, store)
    need, have = quads * IN_MEMORY_BYTES_PER_QUAD[fmt], available_memory()
    if have is not None and need > have:
        raise TooLargeForMemory(f"--format {fmt} is made in memory: about {_size(need)} for {quads:,} quads, and "
                            f"{_size(have)} are available; use --format nquads, which streams, or a machine "
                            f"with more memory")
    out.write(_in_memory(store, fmt))


def _size(n: int) -> str:
    return f"{n / 2**30:.1f} GB" if n >= 2**30 else f"{n / 2**20:.1f} MB"


def available_memory() -> int | None:
    """Bytes of memory available now (MemAvailable in /proc/meminfo), or None where unknown."""
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def _in_memory(store, fmt: str) -> bytes:

    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    if fmt == "trig":
        return store.dump(format=pyoxigraph.RdfFormat.TRIG, prefixes=prefixes)
    if fmt == "jsonld":
        return _jsonld(store)
    triples = sorted(
        (pyoxigraph.Triple(q.subject, q.predicate, q.object) for q in store),
        key=lambda t: (str(t.subject), str(t.predicate), str(t.object)),
    )
    rf = pyoxigraph.RdfFormat.TURTLE if fmt == "turtle" else pyoxigraph.RdfFormat.N_TRIPLES
    return pyoxigraph.serialize(_unique(triples), format=rf, prefixes=prefixes if fmt == "turtle" else None)


def _unique(triples):
    last = None
    for t in triples:
        if t != last:
            yield t
        last = t


def _sorted_nquads(store, out: BinaryIO) -> None:
    """The store's quads, lines sorted (byte-identical for the same data), written to ``out``.

    Every format is read from the store, not from the dump (build/nquads/): Oxigraph stores
    derived integer types by value ("5"^^xsd:nonNegativeInteger comes back as
    "5"^^xsd:integer), so the store and that file differ in those literals, and the
    exports must agree with what `query`, `serve` and `push` give.

    The quads are dumped to a temporary file, cut into runs of SORT_RUN_LINES sorted lines,
    and the runs merged (bytes order, as ``sorted`` gives). In memory, the dump, its lines and
    the joined result were held at once: about three times the size of the N-Quads.
    """


    with tempfile.TemporaryDirectory(prefix="reformkg-export-") as tmp:
        dump = Path(tmp) / "all.nq"
        store.dump(output=str(dump), format=pyoxigraph.RdfFormat.N_QUADS)
        runs = []
        with open(dump, "rb") as fh:
            while lines := list(islice(fh, SORT_RUN_LINES)):
                lines.sort()
                if not runs and len(lines) < SORT_RUN_LINES:  # all of it in one run: no merge
                    out.writelines(lines)
                    return
                runs.append(Path(tmp) / f"run-{len(runs)}.nq")
                runs[-1].write_bytes(b"".join(lines))
        dump.unlink()
        files = [open(run, "rb") for run in runs]
        try:
            out.writelines(heapq.merge(*files))
        finally:
            for f in files:
                f.close()


def _jsonld(store) -> bytes:
    """JSON-LD in expanded form, one ``@graph`` per named graph, written by pyoxigraph from
    the sorted quads: byte-identical for the same data (rdflib's writer orders nodes
    differently on each run, which changed the published checksums) and ~10× faster."""

    quads = sorted(store, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    return pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.JSON_LD)


STATS_QUERY = """
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {
  VALUES ?class { rko:Page rko:Story rko:Measure rko:Observation rko:Recognition rko:Post rko:Event
                  rko:NoFactPassage rko:Region rko:Organisation rko:Person rko:PolicyDocument skos:Concept }
  ?s a ?class .
} GROUP BY ?class ORDER BY ?class
"""

# Pages, stories and facts in sub-selects, each scanned once and hash-joined: joined pattern by
# pattern, with FILTER NOT EXISTS per fact, the count took 36.6 s (warm) against 3.9 s at 10,000
# synthetic pages, 2.8 s against 0.27 s at 1,000; same rows (tests/test_export.py keeps that form).
PAGE_QUERY = """
SELECT ?page (COUNT(DISTINCT ?story) AS ?stories) (COUNT(DISTINCT ?fact) AS ?facts) WHERE {
  { SELECT ?p ?page WHERE { ?p a rko:Page ; dcterms:identifier ?page } }
  { SELECT ?story ?p WHERE { ?story dcterms:isPartOf ?p } }
  OPTIONAL { { SELECT ?fact ?story WHERE { ?fact rko:reportedIn ?story MINUS { ?fact a rko:NoFactPassage } } } }
} GROUP BY ?page ORDER BY ?page
"""


def quad_count(build_dir: Path, store=None) -> int:
    """The quads of the current build: the sum of its manifest's counts, which is what the store
    holds (tests/test_store.py compares store and dump after every kind of build); counted in
    the store (a scan of every quad: 8.8 s at 10,000 synthetic pages) when there is no manifest."""

    try:
        graphs = json.loads(manifest_path(build_dir).read_text(encoding="utf-8"))["graphs"]
        return sum(int(entry[1]) for entry in graphs.values())
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return len(store if store is not None else open_store(build_dir))


def stats(build_dir: Path, pages: bool = True) -> dict:
    """Quads, named graphs, entities per class and, with ``pages``, stories and facts per page
    (the slow part: 29 s of 40 at 10,000 synthetic pages, so `serve` leaves it out)."""

    store = open_store(build_dir)
    _, by_class = rows(run(store, STATS_QUERY))
    out = {
        "quads": quad_count(build_dir, store),
        "graphs": sorted(str(g.value) for g in store.named_graphs()),
        "classes": {c.rsplit("#", 1)[-1]: int(n) for c, n in by_class},
    }
    if pages:
        _, by_page = rows(run(store, PAGE_QUERY))
        out["pages"] = {p: {"stories": int(s), "facts": int(f)} for p, s, f in by_page}
    return out
