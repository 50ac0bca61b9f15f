"""The pyoxigraph store of a generation: bulk-loaded from the dump, or patched graph by graph."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Callable

import pyoxigraph

from reformkg.layout import DUMP, STORE
from reformkg.pipeline.generation import (
    Concatenated,
    GraphPart,
    Previous,
    SegmentReader,
)
from reformkg.rdf.nquads import line_diff

INCREMENTAL_SHARE = 0.25  # load the store incrementally while at most this share of quads changed


PATCH_IN_MEMORY = 200_000  # added quads up to this many go in one transaction, more through the bulk loader


def _patch_store(store, changed: list[GraphPart], previous: Previous) -> tuple[int, int]:
    """Bring the changed graphs of ``store`` (a copy of the previous generation's) to their new
    N-Quads by removing and adding only the quads that differ; returns (removed, added).

    A graph's lines are sorted and canonical, so its old lines — read from the previous
    generation's dump where its manifest puts them — and its new ones compare as
    sets. Removing the whole graph and loading it again wrote a tombstone and a new entry for
    every quad of the graph, in two more files per index on top of the compacted ones, each
    consulted by every index seek afterwards: after eight such patches the canned queries ran
    2.7x slower at 100 pages and 1.5x at 1,000; quad by quad, 1.1x and 1.0x
    (benchmarks/README.md#patches-and-compaction). A graph not in the previous generation, or
    whose old place is not recorded, is loaded whole. The quads to add go in one transaction at
    the end, or through the bulk loader PATCH_IN_MEMORY at a time, so memory stays bounded when
    many pages changed."""

    nquads_format = pyoxigraph.RdfFormat.N_QUADS
    removed = added = 0
    pending: list[bytes] = []  # lines to add
    with SegmentReader(previous.path / DUMP) as old_dump:
        for part in changed:
            old_bytes = old_dump.read(previous.graphs.get(part.name))
            if old_bytes is None:
                store.remove_graph(pyoxigraph.NamedNode(part.name))
                gone, new = [], part.data().splitlines(keepends=True)
            else:
                gone, new = line_diff(old_bytes, part.data())
            for quad in pyoxigraph.parse(input=b"".join(gone), format=nquads_format):
                store.remove(quad)
            removed, added = removed + len(gone), added + len(new)
            pending += new
            if len(pending) > PATCH_IN_MEMORY:
                store.bulk_load(input=b"".join(pending), format=nquads_format)
                pending = []
    store.extend(pyoxigraph.parse(input=b"".join(pending), format=nquads_format))
    return removed, added



def write_store(staging: Path, parts: list[GraphPart], segments: list[str], previous: Previous | None,
                stats: dict, lap: Callable[[str], None], compact_after: int) -> int:
    """Write the store of the generation in ``staging`` from its dump (``segments``, written).

    It is bulk-loaded from the dump, or, when a previous generation exists and at most
    INCREMENTAL_SHARE of the quads changed, copied from the previous store (RocksDB checkpoint:
    hard links, the old files are never written) and patched graph by graph; the
    ``compact_after``-th patch since the store was last compacted compacts it (0: never).
    Returns the patches since the store was last compacted."""

    quads = sum(p.quads for p in parts)
    names = {p.name for p in parts}
    changed = [p for p in parts if previous is None or previous.graphs.get(p.name, [None])[0] != p.digest]
    removed = [] if previous is None else [g for g in previous.graphs if g not in names]
    moved = sum(p.quads for p in changed) + (sum(previous.graphs[g][1] for g in removed) if previous else 0)
    if previous is not None and moved <= INCREMENTAL_SHARE * max(quads, 1):
        pyoxigraph.Store.read_only(str(previous.path / STORE)).backup(str(staging / STORE))
        store = pyoxigraph.Store(str(staging / STORE))
        for g in removed:
            store.remove_graph(pyoxigraph.NamedNode(g))
        diff = _patch_store(store, changed, previous)
        stats.update(store="incremental", graphs_loaded=len(changed), graphs_removed=len(removed),
                     quads_removed=diff[0], quads_added=diff[1])
        patches = previous.patches + 1
        if compact_after and patches >= compact_after:
            lap("store")
            store.optimize()
            patches = 0
    else:
        store = pyoxigraph.Store(str(staging / STORE))
        with io.BufferedReader(Concatenated([staging / DUMP / f for f in segments]), 1 << 20) as dump:
            store.bulk_load(input=dump, format=pyoxigraph.RdfFormat.N_QUADS)
        # Compacted before it is closed: RocksDB compacts in the background, and the store is
        # only ever opened read-only afterwards (query, serve), where it never would.
        lap("store")
        store.optimize()
        stats.update(store="full", graphs_loaded=len(parts), graphs_removed=0)
        patches = 0
    store.flush()
    del store
    return patches
