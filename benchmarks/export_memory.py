"""Memory and time of the N-Quads export: streamed (``export_to``: dumped to a temporary file,
sorted in runs, merged) against sorting every line in memory (what ``export`` did before), each
in a fresh child process so that its peak RSS is its own; checks that both give the same bytes.

    python benchmarks/export_memory.py --project /tmp/reformkg-scale/corpus-1000
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def _streamed(build_dir: str, out: str, conn) -> None:  # pragma: no cover - a child
    from reformkg.publish.export import export_to

    t = time.perf_counter()
    with open(out, "wb") as fh:
        export_to(Path(build_dir), "nquads", fh)
    seconds = time.perf_counter() - t
    h = hashlib.sha256()
    with open(out, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 24), b""):
            h.update(chunk)
    conn.send((seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, h.hexdigest()))


def _in_memory(build_dir: str, _out: str, conn) -> None:  # pragma: no cover - a child
    import pyoxigraph

    from reformkg.query.sparql import open_store

    t = time.perf_counter()
    lines = open_store(Path(build_dir)).dump(format=pyoxigraph.RdfFormat.N_QUADS).splitlines(keepends=True)
    lines.sort()
    data = b"".join(lines)
    seconds = time.perf_counter() - t
    conn.send((seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, hashlib.sha256(data).hexdigest()))


def measure(target, build_dir: Path, out: Path) -> tuple[float, float, str]:
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=target, args=(str(build_dir), str(out), child))
    proc.start()
    child.close()
    result = parent.recv()
    proc.join()
    return result


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--project", type=Path, required=True, help="a built project (build/current)")
    args = ap.parse_args(argv)
    build_dir = args.project / "build"
    with tempfile.TemporaryDirectory(prefix="export-memory-") as tmp:
        streamed = measure(_streamed, build_dir, Path(tmp) / "out.nq")
        size = (Path(tmp) / "out.nq").stat().st_size
    in_memory = measure(_in_memory, build_dir, Path(tmp) / "unused")
    print(f"{args.project}: N-Quads export of {size / 1e9:.2f} GB\n")
    print("| way | seconds | peak RSS MB | sha256 |\n|---|---|---|---|")
    for name, (seconds, rss, digest) in (("streamed, sorted on disk in runs", streamed),
                                         ("all lines sorted in memory", in_memory)):
        print(f"| {name} | {seconds:.1f} | {rss:.0f} | {digest[:16]} |")
    print(f"\nsame bytes: {streamed[2] == in_memory[2]}; memory {in_memory[1] / streamed[1]:.1f}× less, "
          f"time {streamed[0] / in_memory[0]:.2f}× ")


if __name__ == "__main__":
    main()
