"""The dataset `reformkg serve --data FILE…` serves instead of ``build/``: an in-memory store
loaded from RDF files.

Each file is read in the format its extension names (``.ttl``, ``.nt``, ``.nq``, ``.trig``,
``.rdf``/``.xml``, ``.jsonld``/``.json``, ``.n3``); the graphs of a TriG or N-Quads file stay
named graphs, the triples of the other formats go into the default graph. Relative IRIs in a
file are resolved against the file's own ``file:`` URL. The store is never written after
loading, so, as with a build's generation, an answer stays right for the life of the server:
:attr:`Loaded.tag` (a digest of the files' bytes) names the data in ETags.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from reformkg.errors import ReformkgError, UsageError

EXTENSIONS = ("ttl", "nt", "nq", "trig", "rdf", "xml", "jsonld", "json", "n3")


@dataclass(frozen=True)
class Loaded:
    store: ox.Store
    tag: str  # "data-" and 16 hex digits of the files' SHA-256: in ETags, where a build has its generation id
    files: tuple[Path, ...]


def rdf_format(path: Path) -> ox.RdfFormat:
    """The RDF format a file's extension names (a usage error for any other extension)."""
    ext = path.suffix.lower().removeprefix(".")
    fmt = ox.RdfFormat.from_extension(ext) if ext in EXTENSIONS else None
    if fmt is None:
        raise UsageError(f"{path}: unknown RDF file extension {path.suffix or '(none)'!r}; "
                         f"expected one of {', '.join('.' + e for e in EXTENSIONS)}")
    return fmt


def load_data(paths) -> Loaded:
    """An in-memory store holding the RDF files ``paths`` (in that order); a file that cannot be
    read or parsed is a ReformkgError naming it (and the line, for a syntax error)."""
    if not paths:
        raise UsageError("no data files given")
    store, digest, files = ox.Store(), hashlib.sha256(), []
    for path in map(Path, paths):
        fmt = rdf_format(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ReformkgError(f"{path}: {exc.strerror}") from None
        try:
            store.load(data, format=fmt, base_iri=path.resolve().as_uri())
        except SyntaxError as exc:
            raise ReformkgError(f"{path}: not valid {fmt.name}: {exc.msg}") from None
        digest.update(len(data).to_bytes(8, "big") + data)
        files.append(path)
    return Loaded(store, "data-" + digest.hexdigest()[:16], tuple(files))
