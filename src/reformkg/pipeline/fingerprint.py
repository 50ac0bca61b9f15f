"""The fingerprint of the inputs every page shares: registry, vocabularies, shapes, ontology and code."""

from __future__ import annotations

import hashlib
from pathlib import Path

CACHE_FORMAT = "1"
FINGERPRINT_DIRS = ("entities", "vocab")  # under data/; plus ontology/, shapes/ and the code


# The code that decides a page's output, relative to the package (a directory: every module in
# it); other modules may change freely without making the cached pages stale.
CODE = ("errors.py", "namespaces.py", "annotation/model.py", "annotation/yamlio.py", "annotation/vocab.py",
        "annotation/loader.py", "annotation/grounding.py", "annotation/figures.py", "rdf", "pipeline/check.py",
        "pipeline/inputs.py", "pipeline/pages.py", "pipeline/fingerprint.py")


def _hash_files(h, root: Path, paths) -> None:
    for path in sorted(paths):
        h.update(str(path.relative_to(root)).encode("utf-8") + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())


def fingerprint(project) -> str:
    """sha256 of the inputs shared by every page: registry, vocab, shapes, ontology, code."""
    h = hashlib.sha256(f"reformkg-cache {CACHE_FORMAT}\n".encode())
    root = project.root
    files = []
    for sub in FINGERPRINT_DIRS:
        files += [p for p in (project.data / sub).rglob("*") if p.is_file()]
    for d in (project.shapes, project.ontology):
        files += [p for p in Path(d).rglob("*") if p.is_file()]
    _hash_files(h, root, files)
    package = Path(__file__).resolve().parent.parent
    code = []
    for rel in CODE:
        path = package / rel
        code += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    _hash_files(h, package, code)
    return h.hexdigest()
