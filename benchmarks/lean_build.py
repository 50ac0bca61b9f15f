"""`reformkg build` for a corpus whose page cache, dump and store do not fit the disk together.

The build writes every page to the page cache (``.cache/reformkg/``), then the dump from the
cache, then the store from the dump. At 10,000 synthetic pages in annotation format 2 these are
about 19, 19 and 26 GB, and the store's bulk load and compaction need room of their own: more
than the 66 GB this machine has free. The cache is read for the last time when the dump is
written, so this script runs the ordinary build and removes the page cache just before the
store is written (the build's result is the same; the next build of the corpus starts cold).
It prints the build's summary and phases, and the disk of each part.

    python benchmarks/lean_build.py /tmp/corpus-10000
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from reformkg.pipeline import orchestrate  # noqa: E402
from reformkg.settings import Project  # noqa: E402


def du(path: Path) -> int:
    return sum(f.stat().st_blocks * 512 for f in path.rglob("*") if f.is_file())


def main() -> None:
    project = Project(Path(sys.argv[1]).resolve())
    sizes: dict[str, int] = {}
    real_write_store = orchestrate.write_store

    def write_store(staging, *args, **kwargs):
        sizes["page cache"] = du(project.cache_dir)
        sizes["dump"] = du(staging)
        shutil.rmtree(project.cache_dir)
        print(f"page cache removed ({sizes['page cache'] / 1e9:.1f} GB); dump {sizes['dump'] / 1e9:.1f} GB",
              file=sys.stderr, flush=True)
        return real_write_store(staging, *args, **kwargs)

    orchestrate.write_store = write_store
    t0 = time.perf_counter()
    result = orchestrate.build(project)
    sizes["build"] = du(project.build_dir)
    print(json.dumps({"seconds": round(time.perf_counter() - t0, 1), "generation": result.generation,
                      "quads": result.quads, "pages": result.pages, "phases": result.phases,
                      "disk": sizes}, indent=1))


if __name__ == "__main__":
    main()
