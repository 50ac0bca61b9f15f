"""Do the build-time answers still earn their complexity for the embedded store? (issue 23, item 5)

On a built synthetic corpus (``benchmarks/synth.py``; e.g. the 1,000-page one that
``engines_natural.py`` used), for every canned query of the project:

* **made** — the answer the build made, as ``reformkg query NAME --format csv`` gives it
  (``reformkg.query.sparql.run`` on the store's path, then the CSV writer), p50 of ``--repeat``;
* **engine** — the same text asked afresh of the embedded store (``run(…, fresh=True,
  timeout=--limit)``, the worker ``query --fresh`` uses), p50 of ``--repeat`` (one run when the
  first takes over 2 s);
* **making them** — what the build spends on them: every answer made afresh in two forked
  processes (``answers._afresh_all``, a cold build's answers phase) into a temporary directory.

Prints the table and the medians; with ``--json`` writes the figures.

    python benchmarks/answers_worth.py --project /tmp/corpus-1000 --repeat 5 --limit 60
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from reformkg.errors import QueryError  # noqa: E402
from reformkg.layout import store_path  # noqa: E402
from reformkg.pipeline import answers  # noqa: E402
from reformkg.query.formats import serialize  # noqa: E402
from reformkg.query.sparql import run  # noqa: E402
from reformkg.settings import Project  # noqa: E402


def timed(ask, repeat: int) -> tuple[float | None, str | None]:
    times = []
    for i in range(repeat):
        t0 = time.perf_counter()
        try:
            ask()
        except QueryError as exc:
            return None, str(exc).splitlines()[0][:80]
        times.append(time.perf_counter() - t0)
        if i == 0 and times[0] > 2.0:
            break
    return statistics.median(times), None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--project", type=Path, required=True)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--limit", type=float, default=60.0)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()

    project = Project(args.project)
    store = store_path(project.build_dir)
    plans = answers.plans(project.queries)
    out: dict = {"queries": {}}
    print(f"{len(plans)} canned queries on {store}")
    print("| query | mode | made p50 ms | engine p50 ms | engine / made |")
    print("|---|---|---:|---:|---:|")
    for plan in plans:
        made, _ = timed(lambda: serialize(run(store, plan.text), "csv"), args.repeat)
        engine, error = timed(lambda: serialize(run(store, plan.text, timeout=args.limit, fresh=True), "csv"),
                              args.repeat)
        out["queries"][plan.name] = {"mode": plan.mode, "made": made, "engine": engine, "error": error}
        ratio = f"{engine / made:,.0f}×" if engine and made else "–"
        shown = f"{engine * 1000:,.0f}" if engine is not None else f"> {args.limit:.0f} s"
        print(f"| {plan.name} | {plan.mode} | {made * 1000:,.1f} | {shown} | {ratio} |", flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        jobs = [(p, Path(tmp) / f"{p.name}.tsv") for p in plans if p.mode != answers.NONE]
        t0 = time.perf_counter()
        answers._afresh_all(jobs, store, 2)
        out["making"] = time.perf_counter() - t0

    made = [q["made"] for q in out["queries"].values()]
    engine = [q["engine"] for q in out["queries"].values() if q["engine"] is not None]
    over = sum(1 for q in out["queries"].values() if q["engine"] is None)
    print(f"made: median {statistics.median(made) * 1000:.1f} ms, max {max(made) * 1000:.1f} ms, "
          f"{sum(m < 0.1 for m in made)} of {len(made)} under 100 ms")
    print(f"engine: median of those answered {statistics.median(engine) * 1000:.0f} ms, "
          f"{sum(e < 0.1 for e in engine)} of {len(made)} under 100 ms, {over} over {args.limit:.0f} s")
    print(f"making all {len(plans)} answers afresh in 2 processes: {out['making']:.1f} s")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
