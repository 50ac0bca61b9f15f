"""reformkg annotate over HTTP: bad input gets a message at its field (never a 500), saving keeps
comments and refuses a file changed on disk, read-only and foreign Host/Origin are refused, and
the page's text is escaped."""

import json
import shutil

import pytest
from helpers import FIXTURES, copy_project
from starlette.testclient import TestClient

from reformkg.annotate.app import create_app
from reformkg.pipeline.inputs import load_base
from reformkg.pipeline.orchestrate import validate

PAGE = "005_5e1f0a9c3b7d2e48"
PORT = 8765


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    proj = copy_project(tmp_path_factory.mktemp("annotate") / "proj")
    shutil.copy(FIXTURES / "newpage" / f"{PAGE}.txt", proj.articles / f"{PAGE}.txt")
    shutil.copy(FIXTURES / "newpage" / "entities.yaml", proj.entities / "newpage.yaml")
    return proj


@pytest.fixture(scope="module")
def app(project):
    return create_app(project, PORT)


@pytest.fixture()
def client(app):
    return TestClient(app, base_url=f"http://127.0.0.1:{PORT}")


def opened(client, page=PAGE):
    r = client.post("/api/open", json={"page": page})
    assert r.status_code == 200, r.text
    return r.json()


def post(client, path, **data):
    return client.post(path, json=data)


def test_an_id_not_in_the_registry_is_an_error_at_its_field(client):
    s = opened(client)
    r = post(client, "/api/accept", token=s["token"], pid=next(p["pid"] for p in s["proposals"]
                                                               if p["entry"].get("value") == "30%"))
    i = r.json()["selected"]["index"]
    entry = {**r.json()["entries"]["observations"][i], "subject": {"region": "no-such-county"}}
    r = post(client, "/api/entry", token=s["token"], section="observations", index=i, entry=entry)
    assert r.status_code == 200
    [f] = r.json()["findings"]
    assert (f["code"], f["field"], f["severity"]) == ("E004", f"observations[{i}].subject.region", "error")
    assert "'no-such-county' is not a regions id" in f["message"]


def test_a_quote_that_no_longer_matches_and_a_bad_time(client):
    s = opened(client)
    r = post(client, "/api/accept", token=s["token"], pid=next(p["pid"] for p in s["proposals"]
                                                               if p["entry"].get("value") == "30%"))
    i = r.json()["selected"]["index"]
    good = r.json()["entries"]["observations"][i]
    entry = {**good, "quote": "到2027年，全市高技能人才比例将达到40%。"}
    r = post(client, "/api/entry", token=s["token"], section="observations", index=i, entry=entry)
    assert r.status_code == 200
    [f] = r.json()["findings"]
    assert (f["code"], f["field"]) == ("E005", f"observations[{i}].quote")
    assert "not in the page text" in f["message"] or "not found" in f["message"], f["message"]
    entry = {**good, "time": {"by": "2027年", "text": "到2027年"}}
    r = post(client, "/api/entry", token=s["token"], section="observations", index=i, entry=entry)
    found = {(f["code"], f["field"]) for f in r.json()["findings"]}
    assert found == {("E002", f"observations[{i}].time.by")}
    # the whole file's check says the same, with lines
    full = post(client, "/api/check", token=s["token"]).json()["findings"]
    assert {(f["code"], f["field"]) for f in full if f["severity"] == "error"} >= found
    assert all(f["line"] > 0 for f in full)


def test_malformed_requests_are_4xx_with_one_line(client):
    s = opened(client)
    tok = s["token"]
    cases = [
        ("/api/entry", {"token": tok, "section": "nonsense", "index": 0, "entry": {}}, 400, "unknown section"),
        ("/api/entry", {"token": tok, "section": "observations", "index": 99, "entry": {}}, 404, "no entry"),
        ("/api/entry", {"token": tok, "section": "observations", "index": "x", "entry": {}}, 400, "whole number"),
        ("/api/create", {"token": tok, "section": "observations", "start": 5, "end": 10**6}, 400, "offsets"),
        ("/api/accept", {"token": tok, "pid": "nope"}, 404, "no proposal"),
        ("/api/save", {"token": "stale"}, 410, "no longer open"),
        ("/api/open", {"page": "../../etc/passwd"}, 404, "no page text"),
    ]
    for path, data, status, words in cases:
        r = client.post(path, json=data)
        assert r.status_code == status, (path, r.text)
        assert words in r.json()["error"] and "\n" not in r.json()["error"]
    r = client.post("/api/entry", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 400 and "not JSON" in r.json()["error"]
    r = client.post("/api/entry", data={"token": tok}, headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 415


def test_a_second_save_of_a_changed_file_is_refused(project, client):
    first, second = opened(client), opened(client)
    for s in (first, second):
        pid = next(p["pid"] for p in s["proposals"] if p["kind"] == "recognition")
        assert post(client, "/api/accept", token=s["token"], pid=pid).status_code == 200
    r = post(client, "/api/save", token=first["token"])
    assert r.status_code == 200, r.text
    path = project.annotations / f"{PAGE}.yaml"
    saved = path.read_bytes()
    r = post(client, "/api/save", token=second["token"])
    assert r.status_code == 409
    assert "changed on disk since it was loaded" in r.json()["error"] and "reload" in r.json()["error"]
    assert path.read_bytes() == saved
    # after a reload the second window saves
    r = post(client, "/api/reload", token=second["token"])
    assert r.status_code == 200 and len(r.json()["entries"]["recognitions"]) == 1
    assert post(client, "/api/save", token=second["token"]).status_code == 200
    path.unlink()


def test_save_keeps_comments_and_order(project, client):
    path = project.annotations / f"{PAGE}.yaml"
    shutil.copy(FIXTURES / "newpage" / f"{PAGE}.yaml", path)
    before = path.read_text(encoding="utf-8")
    s = opened(client)
    obs = s["entries"]["observations"]
    entry = {**obs[0], "note": "checked in the browser"}
    assert post(client, "/api/entry", token=s["token"], section="observations", index=0, entry=entry).status_code == 200
    r = post(client, "/api/save", token=s["token"])
    assert r.status_code == 200, r.text
    after = path.read_text(encoding="utf-8")
    squeeze = lambda text: [" ".join(ln.split()) for ln in text.splitlines()]
    assert [ln for ln in squeeze(after) if "#" in ln] == [ln for ln in squeeze(before) if "#" in ln]
    assert [ln for ln in squeeze(after) if ln not in squeeze(before)] == ['note: "checked in the browser"']
    # only the edited entry is written anew: every other line is byte for byte as it was
    o1 = after.index("  - id: o1")
    assert after[:o1] == before[:o1]
    assert after[after.index("  - id: o2"):] == before[before.index("  - id: o2"):]
    assert r.json()["summary"] == "no problems found"
    report = validate(project, [path])
    assert [f.as_dict() for f in report.findings] == [{k: v for k, v in f.items() if k not in ("section", "index")}
                                                       for f in r.json()["findings"]]
    path.unlink()


def test_read_only_refuses_changes(project):
    app = create_app(project, PORT, read_only=True)
    client = TestClient(app, base_url=f"http://127.0.0.1:{PORT}")
    s = opened(client)
    assert s["read_only"] is True
    for path, data in (("/api/accept", {"pid": s["proposals"][0]["pid"]}), ("/api/save", {})):
        r = client.post(path, json={"token": s["token"], **data})
        assert r.status_code == 403 and "read-only" in r.json()["error"]
    assert not (project.annotations / f"{PAGE}.yaml").exists()
    assert post(client, "/api/check", token=s["token"]).status_code == 200


def test_foreign_host_or_origin_is_refused(app, project):
    evil = TestClient(app, base_url=f"http://attacker.example:{PORT}")  # DNS rebinding: Host names another site
    assert evil.get("/").status_code == 403
    assert evil.post("/api/open", json={"page": PAGE}).status_code == 403
    local = TestClient(app, base_url=f"http://127.0.0.1:{PORT}")
    r = local.post("/api/open", json={"page": PAGE}, headers={"Origin": "http://attacker.example"})
    assert r.status_code == 403 and "refused" in r.text
    assert local.post("/api/open", json={"page": PAGE}, headers={"Origin": f"http://localhost:{PORT}"}).status_code == 200


def test_page_text_is_escaped(project, client):
    (project.articles / "999_script.txt").write_text("<script>alert(1)</script> 工会\n", encoding="utf-8")
    r = client.get("/page/999_script")
    assert r.status_code == 200 and "<script>alert" not in r.text
    assert "default-src 'self'" in r.headers["content-security-policy"]  # no inline script runs
    s = opened(client, "999_script")
    assert s["text"].startswith("<script>")  # data for textContent, never HTML
    r = client.get("/page/%3Cscript%3E")
    assert r.status_code == 404 and "<script>" not in r.text
    assert r.headers["content-type"].startswith("text/plain")
    (project.articles / "999_script.txt").unlink()
    json.dumps(s)


def test_each_change_rewrites_one_entry_and_keeps_the_index_right(project):
    """After accepting, creating, editing and deleting, the text reads back as the data the app
    holds, and every entry's lines are where the app says (as a fresh read of the text finds them)."""
    from reformkg.annotate.workdoc import Parsed, WorkDoc

    doc = WorkDoc.open(project, PAGE)
    for p in list(doc.proposals)[:6]:
        doc.accept(p.pid)
    start = doc.page.text.index("旬阳市总工会开展")
    doc.create("no_fact", start, start + 8)
    obs = doc.entries("observations")[0]
    doc.set_entry("observations", 0, {**obs, "note": "a\nnote: with a colon"})
    doc.delete("measures", 0)
    doc.set_entry("measures", 0, {**doc.entries("measures")[0], "label": "改过的名称"})
    fresh = Parsed.of(doc.path, doc.text(), "x")
    assert fresh.data == doc.parsed.data
    assert fresh.ranges == doc.parsed.ranges and fresh.keys == doc.parsed.keys
    assert doc.entries("observations")[0]["note"] == "a\nnote: with a colon"


def test_a_registry_entry_is_added_only_when_it_is_valid(project, client):
    s = opened(client)
    tok = s["token"]
    bad = [({"id": "xunyang-test-union", "name": "测试工会", "kind": "union-federation", "level": "galaxy",
             "region": "xunyang"}, "level"),
           ({"id": "xunyang", "name": "旬阳市测试", "kind": "union-federation"}, "id"),
           ({"id": "xunyang-test-union", "name": "测试工会", "kind": "union-federation", "parent": "no-such-org"},
            "parent")]
    for entry, field in bad:
        r = client.post("/api/registry/add", json={"token": tok, "section": "organisations", "entry": entry})
        assert r.status_code == 422, r.text
        assert r.json()["field"] == field, r.json()
        assert not (project.entities / "added.yaml").exists()
    good = {"id": "xunyang-test-union", "name": "旬阳市测试工会", "aliases": ["测试工会"], "kind": "union-federation",
            "level": "county", "region": "xunyang", "parent": "xunyang-ftu"}
    r = client.post("/api/registry/add", json={"token": tok, "section": "organisations", "entry": good})
    assert r.status_code == 200 and r.json()["added"] == "xunyang-test-union", r.text
    found = client.get("/api/registry", params={"q": "测试工会"}).json()["results"]
    assert [x["id"] for x in found] == ["xunyang-test-union"]
    assert not [f for f in load_base(project)[2] if f.is_error]  # the registry as a whole loads
    (project.entities / "added.yaml").unlink()


def test_a_fragment_is_added_to_the_selected_quote(client):
    s = opened(client)
    text = s["text"]
    r = post(client, "/api/create", token=s["token"], section="no_fact",
             start=text.index("技能有价"), end=text.index("技能有价") + 4)
    i = r.json()["selected"]["index"]
    start = text.index("匠心有为")
    r = post(client, "/api/fragment", token=s["token"], section="no_fact", index=i, start=start, end=start + 4)
    assert r.status_code == 200, r.text
    assert r.json()["entries"]["no_fact"][i]["quote"] == ["技能有价", "匠心有为"]
    assert len([h for h in r.json()["highlights"] if h["section"] == "no_fact" and h["index"] == i]) == 2


def test_the_command_refuses_an_unknown_page_and_a_busy_port(project, run_cli):
    res = run_cli(project, "annotate", "no_such_page")
    assert res.exit_code == 2
    assert "no page text data/articles/no_such_page.txt" in res.output
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        res = run_cli(project, "annotate", f"data/annotations/{PAGE}.yaml", "--port", str(port))
    assert res.exit_code == 1 and f"cannot listen on 127.0.0.1:{port}" in res.output


def test_home_lists_the_pages_and_a_given_page_is_opened(project, app, client):
    r = client.get("/")
    assert r.status_code == 200
    assert f'<a href="/page/{PAGE}">{PAGE}</a>' in r.text and "000_239e137822c9727a" in r.text
    given = TestClient(create_app(project, PORT, default_page=PAGE), base_url=f"http://127.0.0.1:{PORT}")
    r = given.get("/", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/page/{PAGE}"
    r = client.get(f"/page/{PAGE}")
    assert r.status_code == 200 and 'src="/static/annotate.js"' in r.text
    assert client.get("/static/annotate.js").status_code == 200
