"""Quality of `reformkg suggest` against the curated annotations of the five pages.

For each page, suggest runs with that page's own registry entries left out (entries of
data/entities/page-NNN.yaml that no other page's annotation references) and without the
page's own vocabulary extensions (data/vocab/*-NNN.yaml: its indicators, units, groups),
so it sees the page as an annotator sees a new one. Then, per page:

* observations: a suggested figure matches a curated observation when value (or range,
  or change), unit agree and the figure lies inside one of the observation's quote spans;
  one to one.
* documents, organisations, regions: the curated set is every registry entry the
  annotation references; a suggested name matches an entry when it equals its name or one
  of its aliases (whitespace, 《》 and 〈〉 ignored) or resolves to its id.
* posts: a curated post is found when a post suggestion gives its person's name and role.
* subjects and times of the matched observations: right, wrong or left TODO (a TODO whose
  proposed name is the curated entity's, held out of the registry, is counted apart).

Run: .venv/bin/python benchmarks/suggest_quality.py [--json] [--missed] [--baseline REV]

--baseline REV also runs this script on the src tree of git revision REV (git archive; the
package as it was, today's data and grading) and prints its table first: a before/after in
one run. Subjects and times are graded only where the suggestion carries them (from f8db9f8 on).
"""

from __future__ import annotations

import copy
import json
import os
import tempfile
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# --baseline runs this script again on the src tree of a revision (extracted by git archive)
sys.path.insert(0, os.environ.get("SUGGEST_QUALITY_SRC") or str(ROOT / "src"))

from reformkg.settings import Project  # noqa: E402
from reformkg.pipeline.inputs import load_base  # noqa: E402
from reformkg.pipeline.orchestrate import load_pages  # noqa: E402
from reformkg.suggest.drafter import suggest  # noqa: E402
from reformkg.annotation.vocab import load_vocabularies  # noqa: E402
from reformkg.annotation.yamlio import read_yaml  # noqa: E402

SECTIONS = ("organisations", "regions", "documents")


def _strings(data) -> set[str]:
    if isinstance(data, dict):
        return set().union(*(_strings(v) for v in data.values())) if data else set()
    if isinstance(data, list):
        return set().union(*(_strings(v) for v in data)) if data else set()
    return {data} if isinstance(data, str) else set()


def referenced(lp) -> dict[str, set[str]]:
    """Registry ids the curated annotation of a page uses, per section."""
    a = lp.annotation
    out = {s: set() for s in SECTIONS}

    def subject(s):
        if s is None:
            return
        if s.organisation:
            out["organisations"].add(s.organisation)
        if s.region:
            out["regions"].add(s.region)

    for x in a.measures:
        out["organisations"].update(x.lead + x.partners)
        out["regions"].update(x.regions)
        if x.document:
            out["documents"].add(x.document)
    for x in a.observations:
        subject(x.subject)
    for x in a.recognitions:
        subject(x.recipient)
        if x.granted_by:
            out["organisations"].add(x.granted_by)
    for x in a.posts:
        out["organisations"].add(x.organisation)
    for x in a.events:
        out["organisations"].update(x.organisers)
        if x.place:
            out["regions"].add(x.place)
    return out


def page_number(page_id: str) -> str:
    return page_id.split("_")[0]


def held_out_registry(project: Project, registry, lp):
    """The registry without the entries only this page needs.

    Those are the entries of data/entities/page-NNN.yaml that no other page's annotation
    references; where the registry is not split per page, the entries that only this
    page's annotation references.
    """
    others = set()
    for f in project.annotation_files():
        if f.stem != lp.page_id:
            others |= _strings(read_yaml(f).data)
    own_file = str(project.entities / f"page-{page_number(lp.page_id)}.yaml")
    split = any(src[0] == own_file for src in registry.source.values())
    mine = referenced(lp)
    reg = copy.copy(registry)
    for section in ("regions", "organisations", "people", "documents"):
        items = dict(registry.section(section))
        for eid in list(items):
            own = (registry.source[(section, eid)][0] == own_file if split
                   else eid in mine.get(section, ()) or section == "people" and eid in _strings(read_yaml(lp.path).data))
            if own and eid not in others:
                items.pop(eid)
        setattr(reg, section, items)
    return reg


def held_out_vocab(project: Project, page_id: str):
    import shutil
    import tempfile

    tmp = Path(tempfile.mkdtemp())
    for f in project.vocab.glob("*.yaml"):
        if not f.stem.endswith("-" + page_number(page_id)):
            shutil.copy(f, tmp / f.name)
    vocab, _ = load_vocabularies(tmp)
    shutil.rmtree(tmp)
    return vocab


def norm(name: str) -> str:
    return re.sub(r"[\s《》〈〉<>“”\"]", "", name)


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict:
    return {"precision": tp_pred / n_pred if n_pred else 1.0, "recall": tp_gold / n_gold if n_gold else 1.0,
            "suggested": n_pred, "curated": n_gold}


def results_at(rev: str) -> list[dict]:
    """The results of this script (as it is now) on the src tree of git revision ``rev``: the
    package as it was, the data and the grading of today."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        out = subprocess.run([sys.executable, __file__, "--json"], capture_output=True, text=True, check=True,
                             env={**os.environ, "SUGGEST_QUALITY_SRC": str(Path(tmp) / "src")}).stdout
    return json.loads(out)


def evaluate_page(project: Project, lp, registry, vocab, fn=suggest, held=None) -> dict:
    reg, voc = held or (held_out_registry(project, registry, lp), held_out_vocab(project, lp.page_id))
    started = time.perf_counter()
    draft = fn(project.articles / f"{lp.page_id}.txt", reg, voc)
    seconds = time.perf_counter() - started
    res = {"page": lp.page_id, "seconds": round(seconds, 2)}

    # observations
    gold = []
    for o in lp.annotation.observations:
        rf = lp.figures.get(o.id)
        if rf is None:
            continue
        gold.append((o.id, rf.figure, rf.unit.id, [sp for _f, sp in lp.evidence[o.id]]))
    pred = [s for s in draft.suggestions if s.kind == "observation"]
    used, tp, pairs = set(), 0, []
    for s in pred:
        for gid, fig, unit, spans in gold:
            if gid in used:
                continue
            same = (str(fig.value) == s.fields["value"] if fig.value is not None else
                    str(fig.minimum) == s.fields["minimum"] and str(fig.maximum) == s.fields["maximum"])
            if same and unit == s.fields["unit"] and any(sp.start <= s.span.start and s.span.end <= sp.end for sp in spans):
                used.add(gid)
                pairs.append((s, gid))
                tp += 1
                break
    res["observations"] = prf(tp, len(pred), tp, len(gold))
    res["subjects"], res["times"] = grade_fields(lp, registry, pairs)
    res["observations"]["missed"] = [lp.annotation.observations[i].value for i, o in enumerate(lp.annotation.observations)
                                     if o.id not in used]

    # people with posts: a curated post is found when a post suggestion gives its person's name and role
    people = registry.section("people")
    gold_posts = {(people[x.person].name if x.person in people else x.person, x.role) for x in lp.annotation.posts}
    got_posts = {(s.fields.get("name"), s.fields.get("role")) for s in draft.suggestions if s.kind == "post"}
    res["posts"] = prf(len(got_posts & gold_posts), len(got_posts), len(got_posts & gold_posts), len(gold_posts))
    res["posts"]["missed"] = sorted(f"{n} {r}" for n, r in gold_posts - got_posts)

    # entities
    refs = referenced(lp)
    kinds = {"organisations": "organisation", "regions": "region", "documents": "document"}
    for section in SECTIONS:
        gold_ids = refs[section]
        names = {eid: {norm(n) for n in [registry.section(section)[eid].name, *registry.section(section)[eid].aliases]}
                 for eid in gold_ids}
        found_gold, keys, hits = set(), set(), set()
        for s in draft.suggestions:
            if s.kind != kinds[section]:
                continue
            ids = s.fields.get("ids") or []
            new = s.fields.get("new") or {}
            cand = {norm(s.text), norm(new.get("name", "")), *(norm(a) for a in new.get("aliases", []))} - {""}
            key = ids[0] if ids else norm(new.get("name") or s.text)
            keys.add(key)
            match = [g for g in gold_ids if g in ids or names[g] & cand]
            if match:
                hits.add(key)
                found_gold.update(match)
        res[section] = prf(len(hits), len(keys), len(found_gold), len(gold_ids))
        res[section]["missed"] = sorted(registry.section(section)[g].name for g in gold_ids - found_gold)
    return res


TIME_KEYS = ("as_of", "since", "by", "during", "on", "start", "end", "unspecified")


def grade_fields(lp, registry, pairs) -> tuple[dict, dict]:
    """Subject and time of each matched observation: right, wrong or left TODO.

    A subject is right when its id is one of the curated subject's ids, or the name it
    proposes is the name or an alias of one of them (the entry may be held out); a time is
    right when its keys and dates equal the curated ones (the printed phrase aside)."""
    by_id = {o.id: o for o in lp.annotation.observations}
    subj = {"right": 0, "wrong": 0, "todo": 0, "named": 0, "n": len(pairs), "wrong_items": []}
    tim = {"right": 0, "wrong": 0, "todo": 0, "n": len(pairs), "wrong_items": []}
    for s, gid in pairs:
        o = by_id[gid]
        got = s.fields.get("subject")
        gold = {(k, v) for k in ("region", "organisation") if (v := getattr(o.subject, k))}
        names = set()
        for k, g in gold:
            e = registry.section(k + "s")[g]
            names |= {norm(n) for n in [e.name, *e.aliases]}
        if not got or got == "TODO":
            subj["todo"] += 1
            # a name the held-out registry lacks, proposed for it: right once the annotator adds it
            subj["named"] += norm(s.fields.get("subject_name") or "") in names - {""}
        else:
            key, val = next(iter(got.items()))
            ok = (key, val) in gold or norm(s.fields.get("subject_name") or "") in names - {""}
            subj["right" if ok else "wrong"] += 1
            if not ok:
                subj["wrong_items"].append(f"{o.value}: {val} ({s.fields.get('subject_rule')}) vs {sorted(v for _k, v in gold)}")
        t = s.fields.get("time")
        if not t or t == "TODO":
            tim["todo"] += 1
        else:
            want = {k: v for k, v in o.time.model_dump().items() if k in TIME_KEYS and v not in (None, False)}
            have = {k: v for k, v in t.items() if k in TIME_KEYS and v not in (None, False)}
            ok = {k: str(v) for k, v in want.items()} == {k: str(v) for k, v in have.items()}
            tim["right" if ok else "wrong"] += 1
            if not ok:
                tim["wrong_items"].append(f"{o.value}: {have} ({s.fields.get('time_rule')}) vs {want}")
    return subj, tim


def main(argv: list[str]) -> int:
    project = Project(ROOT)
    vocab, registry, _ = load_base(project)
    pages, findings = load_pages(project)
    held = [(held_out_registry(project, registry, lp), held_out_vocab(project, lp.page_id)) for lp in pages]
    results = [evaluate_page(project, lp, registry, vocab, held=h) for lp, h in zip(pages, held)]
    baseline = argv[argv.index("--baseline") + 1] if "--baseline" in argv else None
    if "--json" in argv:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return 0
    if baseline:
        print(f"before: suggest at {baseline}")
        table(results_at(baseline), [])
        print("after: suggest now")
    table(results, argv)
    return 0


def table(results: list[dict], argv: list[str]) -> None:
    cols = ("observations", "documents", "organisations", "regions", "posts")
    print(f"{'page':<22}" + "".join(f"{c[:13]:>21}" for c in cols) + f"{'seconds':>9}")
    print(f"{'':<22}" + "".join(f"{'P':>7}{'R':>7}{'n':>7}" for _ in cols))
    tot = {c: [0.0, 0, 0.0, 0] for c in cols}
    for r in results:
        row = f"{r['page']:<22}"
        for c in cols:
            x = r[c]
            row += f"{x['precision']:>7.0%}{x['recall']:>7.0%}{x['curated']:>7}"
            tot[c][0] += x["precision"] * x["suggested"]
            tot[c][1] += x["suggested"]
            tot[c][2] += x["recall"] * x["curated"]
            tot[c][3] += x["curated"]
        print(row + f"{r['seconds']:>9.2f}")
    row = f"{'all pages (pooled)':<22}"
    for c in cols:
        p, n, rc, g = tot[c]
        row += f"{(p / n if n else 1):>7.0%}{(rc / g if g else 1):>7.0%}{g:>7}"
    print(row)
    for c in ("subjects", "times"):
        if all(c in r for r in results):
            n = sum(r[c]["n"] for r in results)
            counts = {k: sum(r[c][k] for r in results) for k in ("right", "wrong", "todo")}
            print(f"{c} of matched observations (pooled, n={n}): " +
                  ", ".join(f"{k} {v} ({v / n if n else 0:.0%})" for k, v in counts.items()) +
                  (f" — of the TODO, {sum(r[c]['named'] for r in results)} propose the right new name"
                   if c == "subjects" else ""))
    if "--missed" in argv:
        for r in results:
            for c in cols:
                print(r["page"], c, "missed:", ", ".join(r[c]["missed"]))
            for c in ("subjects", "times"):
                for w in r.get(c, {}).get("wrong_items", []):
                    print(r["page"], c, "wrong:", w)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
