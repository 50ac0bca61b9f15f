"""How fast `validate` checks one 200-entry annotation file, warm (target: under 1 s).

The file is the first 200 facts of page 001 (measures, observations, recognitions,
posts, events in that order, with the page's stories), written to a copy of the project.
"Warm" is a second and later call in the same process: imports, the registry, the
vocabularies and the SHACL shapes are loaded and cached, as in an editor integration
that keeps one process open. Two baselines in the same run: "before" is validate as it
was before the registry was memoised (every call reads the registry and vocabularies
again and SHACL sees the page plus the whole registry; inputs._memo and
orchestrate.validation_inputs patched to do that), and the same validate with the linter
checks (E010 folding, W101-W103) switched off, so the ratio is what the linter costs.

Run: .venv/bin/python benchmarks/validate_speed.py
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from reformkg.pipeline import check, inputs, orchestrate  # noqa: E402
from reformkg.annotation.yamlio import read_yaml  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from engines import reference_engines  # noqa: E402

PAGE = "001_116302f95e3202a9"
ENTRIES = 200
RUNS = 5


def make_file(dest: Path) -> Path:
    data = read_yaml(ROOT / "data" / "annotations" / f"{PAGE}.yaml").data
    left = ENTRIES
    for section in ("measures", "observations", "recognitions", "posts", "events"):
        items = data.get(section) or []
        data[section] = items[:left]
        left -= len(data[section])
    kept = {x["id"] for s in ("measures",) for x in data[s]}
    for m in data["measures"]:  # references to measures that were cut
        for key in ("part_of", "implements"):
            if m.get(key) and m[key] not in kept:
                del m[key]
    for section in ("observations", "recognitions"):
        for x in data[section]:
            subj = x.get("subject") or x.get("recipient")
            if subj and subj.get("measure") and subj["measure"] not in kept:
                del subj["measure"]
                if not subj:
                    subj["region"] = "shaanxi"
    for e in data.get("events") or []:
        e["measures"] = [m for m in e.get("measures", []) if m in kept]
    data.pop("no_fact", None)
    n = sum(len(data.get(s) or []) for s in ("measures", "observations", "recognitions", "posts", "events"))
    assert n == ENTRIES, n
    path = dest / "data" / "annotations" / f"{PAGE}.yaml"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def timed(project, path) -> tuple[float, list[float], object]:
    started = time.perf_counter()
    report = orchestrate.validate(project, [path])
    cold = time.perf_counter() - started
    warm = []
    for _ in range(RUNS):
        started = time.perf_counter()
        report = orchestrate.validate(project, [path])
        warm.append(time.perf_counter() - started)
    return cold, warm, report


def breakdown(project, path) -> dict[str, float]:
    """Where a warm validate spends its time (the steps of orchestrate.validate)."""
    from reformkg.annotation.lint import lint
    from reformkg.annotation.loader import load_annotation
    from reformkg.rdf.mapping import page_graph
    from reformkg.rdf.shacl import load_shapes, validate_graph

    steps: dict[str, list[float]] = {}

    def step(name, fn):
        t = time.perf_counter()
        out = fn()
        steps.setdefault(name, []).append(time.perf_counter() - t)
        return out

    for _ in range(RUNS):
        vocab, registry, _f, vbase = step("registry, vocab, their graph+SHACL (memo)",
                                          lambda: orchestrate.validation_inputs(project))
        lp, findings = step("annotation YAML+checks", lambda: load_annotation(path, project.articles, registry, vocab))
        mapped = step("page graph", lambda: page_graph(lp, vocab))
        data = step("reached registry nodes", lambda: check.reached_triples(mapped.graph, vbase.graph))
        step("SHACL", lambda: validate_graph(data, load_shapes(project.shapes), {**vbase.sources, **mapped.sources},
                                             str(path), inplace=True))
        step("lint", lambda: lint(path, lp, findings, registry, vocab))
    return {k: statistics.median(v) for k, v in steps.items()}


def before(fn):
    """Run fn with validate as before the memo: nothing cached, SHACL on the whole base."""
    from reformkg.rdf.mapping import registry_graph, vocabulary_graph

    memo, saved_inputs = inputs._memo, orchestrate.validation_inputs

    def fresh_inputs(project):
        vocab, registry, findings = inputs.load_base(project)
        reg = registry_graph(registry, vocab)
        return vocab, registry, findings, inputs.ValidationBase([*reg.graph, *vocabulary_graph(vocab)], reg.sources, None)

    inputs._memo = lambda _kind, _project, _stamp, make: make()
    orchestrate.validation_inputs = fresh_inputs
    try:
        return fn()
    finally:
        inputs._memo, orchestrate.validation_inputs = memo, saved_inputs


def main() -> int:
    tmp = Path(tempfile.mkdtemp())
    os.environ["REFORMKG_BASE_MEMO"] = str(tmp / ".memo")  # validate's on-disk memo, not the user's
    try:
        for part in ("data", "ontology", "shapes", "queries"):
            shutil.copytree(ROOT / part, tmp / part)
        for f in (tmp / "data" / "annotations").glob("*.yaml"):
            f.unlink()
        path = make_file(tmp)
        project = orchestrate.Project(tmp)
        coldb, warmb, repb = before(lambda: timed(project, path))
        real_lint = orchestrate.lint
        orchestrate.lint = lambda _path, _lp, findings, *a, **k: findings  # baseline: no linter checks
        cold0, warm0, rep0 = timed(project, path)
        orchestrate.lint = real_lint
        cold1, warm1, rep1 = timed(project, path)
        try:
            with reference_engines():
                inputs._BASE_CACHE.clear()
                coldr, warmr, repr_ = timed(project, path)
        finally:
            inputs._BASE_CACHE.clear()
        parts = breakdown(project, path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    errors = [f for f in rep1.findings if f.is_error]
    print(f"file: {ENTRIES} entries of {PAGE}; {len(errors)} errors, {len(rep1.findings) - len(errors)} warnings")
    print(f"{'':<28}{'cold s':>8}{'warm s (median of 5)':>22}")
    print(f"{'before (no memo, whole base)':<28}{coldb:>8.2f}{statistics.median(warmb):>22.3f}")
    print(f"{'validate without lint':<28}{cold0:>8.2f}{statistics.median(warm0):>22.3f}")
    print(f"{'validate with lint':<28}{cold1:>8.2f}{statistics.median(warm1):>22.3f}")
    print(f"{'  with pyshacl + pure YAML':<28}{coldr:>8.2f}{statistics.median(warmr):>22.3f}")
    print("warm breakdown (median of 5): " + ", ".join(f"{k} {v:.3f} s" for k, v in parts.items()))
    same = sorted(map(str, repb.findings)) == sorted(map(str, rep1.findings))
    print(f"speed-up over before (warm ratio): {statistics.median(warmb) / statistics.median(warm1):.2f}x; "
          f"findings {'identical' if same else 'DIFFER'}")
    same_r = sorted(map(str, repr_.findings)) == sorted(map(str, rep1.findings))
    print(f"compiled SHACL + libyaml over pyshacl + pure YAML (warm ratio): "
          f"{statistics.median(warmr) / statistics.median(warm1):.2f}x; findings {'identical' if same_r else 'DIFFER'}")
    print(f"lint cost (warm ratio): {statistics.median(warm1) / statistics.median(warm0):.2f}x; "
          f"target warm < 1 s: {'met' if statistics.median(warm1) < 1 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
