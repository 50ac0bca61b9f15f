"""How responsive `reformkg annotate` is on a 1,000-entry annotation (targets: initial load under
1 s, a validation round trip under 300 ms).

The file is page 001's annotation (300 facts, its stories and no_fact entries) with the lines of
its facts repeated under new ids until it holds 1,000 facts, in a copy of the project.
The app is served by uvicorn on 127.0.0.1 in this process, started as `reformkg annotate PAGE`
starts it (suggest's draft of the page made and the file read before the first request: the
"startup" figure); the client is httpx.

* initial load: what the browser asks before it shows the page: GET /page/PAGE, POST /api/open
  (the annotation read as a round-trip tree, the proposals, the highlights of every quote),
  GET /api/vocab (code lists, the indicator catalogue);
* validation round trip: POST /api/entry with one field of one entry changed (applied to the
  tree, the entry checked by `validate` on the page's stories and the entry);
* whole-file check: POST /api/check (`validate` on the whole text, plus coverage), which the page
  asks for after each change and shows when it arrives.

Baseline in the same run: `reformkg validate` of the same file through the library
(``orchestrate.validate``, warm) — what a person waits for per change without the app.

Run: .venv/bin/python benchmarks/annotate_speed.py
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx
import uvicorn

from reformkg.annotate.app import create_app
from reformkg.annotate.workdoc import Parsed
from reformkg.annotation.yamlio import read_yaml
from reformkg.pipeline import orchestrate
from reformkg.settings import Project

PAGE = "001_116302f95e3202a9"
FACTS = 1000
RUNS = 7
FACT_SECTIONS = ("measures", "observations", "recognitions", "posts", "events")


def make_project(dest: Path) -> Project:
    """A copy of the project whose page-001 annotation holds 1,000 facts: each fact's lines of the
    real file repeated with a new id (``m3-c1``) until there are enough, so the file looks as
    the hand-written ones do (flow mappings for subjects and times, comments)."""
    for part in ("data", "ontology", "shapes", "queries"):
        shutil.copytree(ROOT / part, dest / part)
    path = dest / "data" / "annotations" / f"{PAGE}.yaml"
    parsed = Parsed.of(path, path.read_text(encoding="utf-8"), "page 001")
    extra: dict[str, list[str]] = {s: [] for s in FACT_SECTIONS}
    n = sum(len(parsed.ranges[s]) for s in FACT_SECTIONS)
    copy_no = 1
    while n < FACTS:
        for s in FACT_SECTIONS:
            for (a, b), entry in zip(parsed.ranges[s], parsed.data[s]):
                if n >= FACTS:
                    break
                chunk = "".join(parsed.lines[a:b])
                extra[s].append(re.sub(rf"\bid: {re.escape(str(entry['id']))}\b", f"id: {entry['id']}-c{copy_no}", chunk, count=1))
                n += 1
        copy_no += 1
    lines = list(parsed.lines)
    for s in sorted(FACT_SECTIONS, key=lambda s: -parsed.ranges[s][-1][1]):  # from the end of the file
        at = parsed.ranges[s][-1][1]
        lines[at:at] = extra[s]
    path.write_text("".join(lines), encoding="utf-8")
    data = read_yaml(path).data
    assert sum(len(data[s]) for s in FACT_SECTIONS) == FACTS
    return Project(dest)


def serve(app, port: int) -> uvicorn.Server:
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server


def median_ms(xs: list[float]) -> float:
    return statistics.median(xs) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        project = make_project(Path(tmp) / "proj")
        path = project.annotations / f"{PAGE}.yaml"
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        app = create_app(project, port, default_page=PAGE)
        t = time.perf_counter()
        app.state.annotator.warm(PAGE)
        warm_s = time.perf_counter() - t
        server = serve(app, port)
        base = f"http://127.0.0.1:{port}"
        loads, trips, checks, state = [], [], [], None
        with httpx.Client(base_url=base, timeout=120) as c:
            for _ in range(RUNS):
                t = time.perf_counter()
                assert c.get(f"/page/{PAGE}").status_code == 200
                r = c.post("/api/open", json={"page": PAGE})
                assert c.get("/api/vocab").status_code == 200
                loads.append(time.perf_counter() - t)
                state = r.json()
            entries = sum(len(state["entries"][s]) for s in FACT_SECTIONS)
            token = state["token"]
            obs = state["entries"]["observations"]
            for k in range(RUNS):
                i = (k * 37) % len(obs)
                entry = {**obs[i], "note": f"checked {k}"}
                t = time.perf_counter()
                r = c.post("/api/entry", json={"token": token, "section": "observations", "index": i, "entry": entry})
                trips.append(time.perf_counter() - t)
                assert r.status_code == 200, r.text
                assert not [f for f in r.json()["findings"] if f["severity"] == "error"], r.json()["findings"]
            for _ in range(3):
                entry = {**obs[0], "note": f"whole {time.time()}"}
                c.post("/api/entry", json={"token": token, "section": "observations", "index": 0, "entry": entry})
                t = time.perf_counter()
                r = c.post("/api/check", json={"token": token})
                checks.append(time.perf_counter() - t)
                summary = r.json()["summary"]
        server.should_exit = True
        orchestrate.validate(project, [path])  # warm, as the app's checks are
        base_runs = []
        for _ in range(3):
            t = time.perf_counter()
            orchestrate.validate(project, [path])
            base_runs.append(time.perf_counter() - t)
        lines = path.read_text(encoding="utf-8").count("\n")
        result = {
            "facts": entries, "file_lines": lines, "startup_warm_s": round(warm_s, 2),
            "initial_load_ms": round(median_ms(loads)), "round_trip_ms": round(median_ms(trips)),
            "whole_check_ms": round(median_ms(checks)), "validate_baseline_ms": round(median_ms(base_runs)),
            "round_trip_vs_validate": round(median_ms(trips) / median_ms(base_runs), 3),
            "whole_check_vs_validate": round(median_ms(checks) / median_ms(base_runs), 2),
            "findings": summary,
        }
        print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
