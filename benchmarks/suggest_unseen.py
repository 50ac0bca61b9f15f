"""`reformkg suggest` on pages it has never seen, graded against a hand-made grading file.

The pages (public web pages about 产改 and union work, one text file each, NN.txt) and the
grading file stay outside the repository: the project holds only text it wrote. The grading
file is JSON, one entry per page (its file stem):

    {"01": {"figures": [["1600多家", ["漳州市"], ["none"]], …],   # value, subjects accepted, times accepted
            "not_figures": ["首届"],                              # numbers that are no figure (names)
            "organisations": ["市总工会", …],                     # names as printed in the body
            "posts": [["张宝利", "主席"], …]}}                     # people named with a post

A time accepted is ``none`` (nothing in the text dates the figure: the draft must give no
year), a date prefix (``2021``: a during/on/as_of time of that date) or ``key:value``
(``since:2013``, ``by:2027``, ``as_of:2021-12-31``); ``since`` from 今年以来 in a story of that
year is of that year (``2023`` accepts it: the graders are told so). Values and names are compared folded
(full-width, traditional: :func:`reformkg.suggest.normalise.normalise`).

Per page and in total it prints: figures (truth, drafted, found; precision, recall), the
subject and the time of each found figure (right / wrong / TODO), numbers in names drafted
as figures, organisations (precision, recall: exact printed name; and below the table by the body
each suggestion proposes), people with posts (recall).
A subject is right when the draft's registry id, or the name it proposes for TODO, is one of
the names accepted, or one printed with its province or city before it (海南省海口市总工会 for
海口市总工会); TODO without a right name counts as TODO. A name a grader wrote with its city before it counts the
draft's name without it as right too (达州市宣汉县总工会 accepts 宣汉县总工会).

Below the table, three readings of the totals: the precision of the figures drafted with confidence
(an edition its organiser holds, 第五届, a rank, 第一名, a run, 连续三年, the value a change starts from, 由5万人
增加到…, and a count of the names listed with it, 甲、乙、丙3个工种, are drafted at 0.3 with the reason, to check: the
issue allows a numbered name "drafted with low confidence and a reason"); the recall counting the graded figures the
draft lists as a repeat of one it drafted (``figures_excluded``, reason ``repeats…``: the curated pages record a figure
once, the graders each printed occurrence); and how many wrong times are a figure
with no time phrase on a story the draft dates, where the grader gives that year (the draft writes
``unspecified``: the story's date is the report date, docs/annotation.md).

Run: .venv/bin/python benchmarks/suggest_unseen.py PAGES_DIR GRADING.json [--baseline REV] [--variants] [--json]
or:  .venv/bin/python benchmarks/suggest_unseen.py --sets DIR [DIR ...] [--baseline REV] [--detail KIND]
(--sets pools sets, each a directory of NN.txt and grading.json: a line per set and the totals, times read
with the report date; --detail figures|subjects|times|organisations|posts lists what the drafts got wrong)
--baseline REV drafts the pages with the source tree of git revision REV as well and prints
its table first (before / after in one run). --variants drafts every page again in traditional
characters (OpenCC s2t) and with full-width digits, letters, ``.`` and ``%``, and counts the
observations whose value, subject or time differ from the plain page's.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from reformkg.settings import Project  # noqa: E402
from reformkg.pipeline.inputs import load_base  # noqa: E402
from reformkg.suggest.normalise import normalise  # noqa: E402

_DRAFT = """
import json, sys
from pathlib import Path
from reformkg.settings import Project
from reformkg.pipeline.inputs import load_base
from reformkg.suggest.drafter import suggest
vocab, registry, _ = load_base(Project(Path(sys.argv[1])))
for page in sys.argv[3:]:
    d = suggest(page, registry, vocab)
    (Path(sys.argv[2]) / (Path(page).stem + ".json")).write_text(d.to_json(), encoding="utf-8")
"""


def draft_all(src: Path, pages: list[Path], out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(src)}
    subprocess.run([sys.executable, "-c", _DRAFT, str(ROOT), str(out), *map(str, pages)], cwd=ROOT, env=env, check=True)


def extract(rev: str, dest: Path) -> Path:
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest / "src"


def fold(s: str) -> str:
    return "".join(normalise(s).split())


_PRE = ("将近", "接近", "大约", "超过", "多达", "不少于", "不超过", "至少", "最高", "最低", "近", "约", "超", "逾")  # (PREFIX_APPROX's words)


def value_key(s: str) -> str:
    """A figure as compared: folded, a change by the value it comes to (由3000元提高到5000元 = 5000元), without
    what a rate is per (800元/人 = 800元), the noun after 个
    (12个工种 = 12个) or a measure word in brackets after the unit (840人(次) = 840人), a leading approximation word (超过2亿人 = 2亿人),
    a trailing one (90家以上 = 90家, 左右) or a trailing 多 the finder leaves out (5年多 = 5年)."""
    v = re.sub(r"(?<=\S)(?:/(?:人|月|年|次|天|户|项|床|吨|份|场|家))+$", "", fold(s))  # (800元/人, 1万元/项: a grader's rate written with what it is per)
    v = re.sub(r"^[由从].+?(?:增加|增长|提高|提升|上升|扩大|减少|下降|降低)(?:到|至|为)", "", v)  # (由3000元提高到5000元: 5000元, its value)
    # (12个工种, 106个代表队, 五个班, 8个小组: a grader's count written with the noun after its measure word; never 9个多月, 3个小时)
    v = re.sub(r"^([\d.一二两三四五六七八九十百千]+[万亿]?[余多]?个)(?![多半月]|小时)[\u4e00-\u9fff]{1,4}$", r"\1", v)
    v = re.sub(r"(?<=[\u4e00-\u9fff])[(（][\u4e00-\u9fff][)）]$", "", v)  # (840人(次), 7市(地): a grader's printed as 840人, 7市)
    for p in _PRE:
        if v.startswith(p) and len(v) > len(p):
            v = v[len(p):]
            break
    for p in ("以上", "左右"):
        if v.endswith(p) and len(v) > len(p) + 1:
            v = v[:-len(p)]
            break
    return v[:-1] if v.endswith("多") and len(v) > 1 and v[-2] not in "0123456789万亿千百十" else v


def time_spec(t) -> str:
    if not isinstance(t, dict):
        return "TODO"
    for key in ("as_of", "since", "by", "on", "during", "start"):
        if isinstance(t.get(key), str) and t[key][:2] in ("19", "20"):
            return f"{key}:{t[key]}"
    return "none"


def time_grade(t, accepted: list[str]) -> str:
    spec = time_spec(t)
    if spec == "TODO":
        return "todo"
    key, _, value = spec.partition(":")
    for a in accepted:
        if a == "none" and spec == "none":
            return "right"
        if a != "none" and ":" in a and spec != "none":
            k, _, v = a.partition(":")
            if key == k and value.startswith(v):
                return "right"
        if a != "none" and ":" not in a and key in ("during", "on", "as_of") and value.startswith(a):
            return "right"
        if a != "none" and ":" not in a and key == "start" and value[:4] <= a[:4] <= str(t.get("end", ""))[:4]:
            return "right"  # 2024至2025年 (a period: the grading has none) holding the grader's year
        if a.startswith("since:") and key == "start" and value == a[6:]:
            return "right"  # 2016年~2023年: a period from the grader's year (the grading's form for it: since)
        if a != "none" and ":" not in a and key == "since" and value == a and str(t.get("text", "")).startswith(("今年", "年初")):
            return "right"  # 今年以来 on a page of 2023: since 2023, the grader's "2023" (the grading instructions' example)
    return "wrong"


# an autonomous prefecture's full name and the short one pages print (迪庆藏族自治州总工会 = 迪庆州总工会)
_AUTONOMOUS = re.compile(r"(?:(?:藏|羌|苗|侗|彝|土家|壮|回|维吾尔|蒙古|朝鲜|傣|景颇|傈僳|白|哈尼|布依|水|瑶|黎|哈萨克|柯尔克孜)族?)+自治州")
_AUTONOMOUS_COUNTY = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:(?:藏|羌|苗|侗|彝|土家|壮|回|维吾尔|蒙古|朝鲜|傣|景颇|傈僳|白|哈尼|布依|水|瑶|黎|哈萨克|"
                                r"柯尔克孜|达斡尔|鄂温克|鄂伦春|满|锡伯|土|撒拉|东乡|保安|裕固|塔吉克|畲|仡佬|纳西|拉祜|佤|毛南|仫佬|各)族?)+自治县")


# the full names of a body's parts and the short ones pages print (人民代表大会常务委员会 = 人大常委会)
_SHORT_FORMS = (("人民代表大会常务委员会", "人大常委会"), ("人力资源和社会保障", "人社"), ("人力资源社会保障", "人社"),
                ("人民政府", "政府"), ("妇女联合会", "妇联"), ("科学技术协会", "科协"), ("发展和改革委员会", "发改委"))


def _short_forms(name: str) -> str:
    for full, short in _SHORT_FORMS:
        name = name.replace(full, short)
    return name


def _same_body(name: str, acc: set[str]) -> bool:
    """A name accepted, or one printed with the province or city it is in before it (海南省海口市总工会
    is 海口市总工会, 宜宾市翠屏区总工会 翠屏区总工会, 大庆市总工会 a grader's 市总工会; a province or city with or without
    its level word, 河南省 for 河南), by the full or the short
    name of its kind of body (平邑县人民代表大会常务委员会 is 平邑县人大常委会); an autonomous prefecture by its full name or
    with 州 alone (迪庆藏族自治州总工会 is 迪庆州总工会), an autonomous county the same with 县."""
    name, acc = _short_forms(name), {_short_forms(a) for a in acc}  # (四川省人力资源和社会保障厅 is 四川省人社厅)
    if any(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", x) and (y in (x + "省", x + "市", x + "区", x + "县") or re.sub(r"(?:壮族|回族|维吾尔)?自治区$|特别行政区$", "", y) == x)
           for a in acc for x, y in ((name, a), (a, name))):
        return True  # a province, city, district or county with or without its level (河南省 for a grader's 河南, 昆明 for 昆明市,
        # 内蒙古自治区 for 内蒙古, 澳门特别行政区 for 澳门, 柯桥区 for 柯桥)
    if any((a[:1] in "省市县区州" or a.startswith("自治区")) and len(a) >= 3 and name.endswith(a)
           and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", name[:-len(a)]) for a in acc):
        return True  # 大庆市总工会 for a grader's 市总工会 on a page of 大庆 (the place printed short before the level; 自治区总工会)
    name, acc = _AUTONOMOUS.sub("州", name), {_AUTONOMOUS.sub("州", a) for a in acc}
    name, acc = _AUTONOMOUS_COUNTY.sub("县", name), {_AUTONOMOUS_COUNTY.sub("县", a) for a in acc}  # (肃北蒙古族自治县 is 肃北县)
    place = r"(?:[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|州|地区|盟)){1,2}"  # (贵州省黔南州瓮安县总工会: two places before)
    return name in acc or any(name.endswith(a) and re.fullmatch(place, name[:-len(a)]) for a in acc if a and len(name) > len(a)) \
        or any(a.endswith(name) and re.fullmatch(place, a[:-len(name)]) and re.search(r"[省市县区旗州]", name[:-2])
               for a in acc if len(a) > len(name) > 3)  # (宣汉县总工会 for a grader's 达州市宣汉县总工会)


def subject_grade(fields: dict, accepted: list[str], names_of: dict[str, set[str]]) -> str:
    acc = {fold(a) for a in accepted}
    subject = fields.get("subject")
    names = {fold(fields["subject_name"])} if fields.get("subject_name") else set()
    if isinstance(subject, dict):
        for v in subject.values():
            names |= names_of.get(v, set())
        return "right" if any(_same_body(n, acc) for n in names) else "wrong"
    return "right" if any(_same_body(n, acc) for n in names) else "todo"


def grade(draft: dict, truth: dict, names_of: dict[str, set[str]], kinds_of: dict[str, str] | None = None) -> dict:
    kinds_of = kinds_of or {}
    sugg = draft["suggestions"]
    # the draft's observations (value, subject, time as written), with the name each subject
    # rule proposed (on its suggestion, when the drafter records one): both in page order
    named = [s for s in sugg if s["kind"] == "observation"]
    obs = [{"text": o["value"], "fields": {"subject": o.get("subject"), "time": o.get("time"),
                                          "subject_name": named[i]["fields"].get("subject_name") if i < len(named) else None}}
           for i, o in enumerate(draft["annotation"].get("observations", []))]
    todo = [(value_key(v), subj, times) for v, subj, times in truth["figures"]]
    res = {"figures": len(todo), "drafted": len(obs), "found": 0, "subject": {"right": 0, "wrong": 0, "todo": 0},
           "time": {"right": 0, "wrong": 0, "todo": 0}, "names_drafted": 0, "drafted_to_check": 0, "extra_to_check": 0,
           "time_report_date": 0}
    dates = {st["id"]: (st.get("date") or {}).get("value") for st in draft["annotation"].get("stories", [])}
    for i, s in enumerate(obs):
        v = value_key(s["text"])
        low = i < len(named) and named[i]["confidence"] < 0.5  # drafted to check (第五届: an edition, confidence 0.3)
        res["drafted_to_check"] += low
        hit = next((k for k, (tv, _, _) in enumerate(todo) if tv == v), None)
        if hit is None:
            res["extra_to_check"] += low
            if any(fold(n) in v or v in fold(n) for n in truth.get("not_figures", [])):
                res["names_drafted"] += 1
            continue
        _, subj, times = todo.pop(hit)
        res["found"] += 1
        res["subject"][subject_grade(s["fields"], subj, names_of)] += 1
        grade_t = time_grade(s["fields"].get("time"), times)
        res["time"][grade_t] += 1
        date = dates.get(named[i]["story"]) if i < len(named) else None
        if grade_t == "wrong" and time_spec(s["fields"].get("time")) == "none" and date and \
                any(a != "none" and ":" not in a and date.startswith(a[:4]) for a in times):
            res["time_report_date"] += 1  # unspecified on a dated story: the story's date is the report date
    # a graded figure the draft lists as a repeat of one it drafted (figures_excluded, reason repeats…: the curated
    # pages record a figure once, the graders each printed occurrence)
    res["repeats_found"] = 0
    for e in draft["annotation"].get("figures_excluded", []):
        hit = next((k for k, (tv, _, _) in enumerate(todo) if tv == value_key(e["text"])), None)
        if e["reason"].startswith("repeats") and hit is not None:
            todo.pop(hit)
            res["repeats_found"] += 1
    orgs = [fold(s["text"]) for s in sugg if s["kind"] == "organisation"]
    want = {fold(o) for o in truth["organisations"]}
    res["org_drafted"], res["org_right"] = len(orgs), sum(o in want for o in orgs)
    res["org_truth"], res["org_found"] = len(want), len(want & set(orgs))
    # the same over distinct names (the graders list a body once; the draft names each mention)
    res["org_distinct"], res["org_distinct_right"] = len(set(orgs)), len(set(orgs) & want)
    # the same, by the body each suggestion proposes: its printed name, the name it proposes (长春市总 →
    # 长春市总工会) or its registry entry's, a graded name or one printed with its province or city before it
    bodies = [{fold(s["text"]), *({fold(s["fields"]["new"]["name"])} if (s["fields"].get("new") or {}).get("name") else set()),
               *(n for e in s["fields"].get("ids") or [] for n in names_of.get(e, set()))} for s in sugg if s["kind"] == "organisation"]
    res["org_right_body"] = sum(any(_same_body(n, want) for n in b) for b in bodies)
    res["org_found_body"] = len(want & set().union(*bodies)) if bodies else 0
    # and without the media the draft proposes (kind media: a dateline's, a source line's), which the
    # graders are told to leave out
    kinds = [(s["fields"].get("new") or {}).get("kind") or next((kinds_of.get(e) for e in s["fields"].get("ids") or []), None)
             for s in sugg if s["kind"] == "organisation"]
    kept = [b for b, k in zip(bodies, kinds) if k != "media"]
    res["org_drafted_nomedia"] = len(kept)
    res["org_right_nomedia"] = sum(any(_same_body(n, want) for n in b) for b in kept)
    res["org_found_nomedia"] = len(want & set().union(*kept)) if kept else 0
    people = {fold(s["fields"].get("name", "")) for s in sugg if s["kind"] == "post"}
    res["posts_truth"] = len(truth["posts"])
    # (a reporter, a correspondent, an editor or a writer graded as a post is found when the draft gives the person in a
    # story's byline: the annotation records them there, with their role, not as posts)
    bylines = {fold(b.get("name", "")) for st in draft["annotation"].get("stories", []) for b in st.get("byline", [])}
    res["posts_found"] = sum(fold(p) in people or re.search(_CREDIT_RX, fold(post)) is not None
                             and fold(p) in bylines for p, post in truth["posts"])
    return res


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.0f}%" if b else "–"


def _set_totals(results: dict[str, dict]) -> dict:
    total: dict = {}
    for r in results.values():
        for k, v in r.items():
            if isinstance(v, dict):
                total.setdefault(k, {kk: 0 for kk in v})
                for kk, vv in v.items():
                    total[k][kk] += vv
            else:
                total[k] = total.get(k, 0) + v
    return total


def table(results: dict[str, dict], sizes: dict[str, int]) -> str:
    rows = ["| page | chars | figures found / truth (drafted) | precision | recall | subject right / wrong / TODO "
            "| time right / wrong / TODO | names as figures | orgs precision | orgs recall | posts recall |",
            "|---|---|---|---|---|---|---|---|---|---|---|"]
    total = _set_totals(results)
    for page, r in list(results.items()) + [("all", total)]:
        s, t = r["subject"], r["time"]
        rows.append(f"| {page} | {sizes.get(page, sum(sizes.values()))} | {r['found']} / {r['figures']} ({r['drafted']}) "
                    f"| {pct(r['found'], r['drafted'])} | {pct(r['found'], r['figures'])} "
                    f"| {s['right']} / {s['wrong']} / {s['todo']} | {t['right']} / {t['wrong']} / {t['todo']} "
                    f"| {r['names_drafted']} | {pct(r['org_right'], r['org_drafted'])} | {pct(r['org_found'], r['org_truth'])} "
                    f"| {r['posts_found']} / {r['posts_truth']} |")
    r = total
    rows.append(f"\nOf the {r['drafted']} drafted, {r['drafted_to_check']} are drafted to check (confidence below 0.5, "
                f"with the reason: an edition its organiser holds, a rank, a run, a start, a listed count), {r['extra_to_check']} of them no figure of the grading: "
                f"precision of the rest {pct(r['found'] - (r['drafted_to_check'] - r['extra_to_check']), r['drafted'] - r['drafted_to_check'])}; "
                f"{r['repeats_found']} more graded figures are listed as a repeat of one drafted (figures_excluded, reason repeats…: "
                f"the curated pages record a figure once), recall with them {pct(r['found'] + r['repeats_found'], r['figures'])}. "
                f"Of the {r['time']['wrong']} wrong times, {r['time_report_date']} are no time phrase on a story the draft dates "
                "(unspecified: the story's date is the report date, docs/annotation.md) where the grader gives that year. "
                f"Organisations by the body each proposes (its printed name, the name it proposes for the registry, 长春市总 → "
                f"长春市总工会, or its entry's; a graded name or one printed with its province or city before it): precision "
                f"{pct(r['org_right_body'], r['org_drafted'])}, recall {pct(r['org_found_body'], r['org_truth'])}; the same without "
                f"the {r['org_drafted'] - r['org_drafted_nomedia']} media the draft proposes (a dateline's, a source line's: the graders "
                f"leave media out): precision {pct(r['org_right_nomedia'], r['org_drafted_nomedia'])}, recall "
                f"{pct(r['org_found_nomedia'], r['org_truth'])}. Counted over distinct names (the graders list each body once, "
                f"the draft names each mention; {r['org_distinct']} distinct of {r['org_drafted']}): precision "
                f"{pct(r['org_distinct_right'], r['org_distinct'])}, recall {pct(r['org_found'], r['org_truth'])}.")
    return "\n".join(rows)


_DETAILS = ("figures", "subjects", "times", "organisations", "posts")
# (a post the annotation records in a byline: the roles suggest reads there, reporters' and credits' alike)
_CREDIT_RX = "记者|通讯员|实习生|编辑|责编|编审|主编|美编|编校|监制|审核|审校|校对|[初复终一二三]审|作者|撰稿|摄|统筹|策划"


def _line(name: str, r: dict) -> str:
    """One line of a pool: figures, subjects, times (with the report date read as the story's year, as the
    table's note counts it), organisations by exact name, posts."""
    def pc(a: int, b: int) -> str:
        return f"{100 * a / b:.1f}%" if b else "–"
    s, t, n = r["subject"], r["time"], r["found"]
    right, wrong = t["right"] + r["time_report_date"], t["wrong"] - r["time_report_date"]
    return (f"{name}: figures {r['found']} / {r['figures']} ({r['drafted']}) P {pc(r['found'], r['drafted'])} R {pc(r['found'], r['figures'])}"
            f" | subjects {s['right']} / {s['wrong']} / {s['todo']} ({pc(s['right'], n)} / {pc(s['wrong'], n)})"
            f" | times {right} / {wrong} / {t['todo']} ({pc(right, n)} / {pc(wrong, n)})"
            f" | organisations P {pc(r['org_right'], r['org_drafted'])} R {pc(r['org_found'], r['org_truth'])}"
            f" | posts {r['posts_found']} / {r['posts_truth']} ({pc(r['posts_found'], r['posts_truth'])})")


def _details(kind: str, where: str, draft: dict, truth: dict, names_of: dict[str, set[str]]) -> list[str]:
    """What the draft of one page got wrong of one kind, a line each (for reading, never for the totals)."""
    sugg, out = draft["suggestions"], []
    named = [x for x in sugg if x["kind"] == "observation"]
    obs = draft["annotation"].get("observations", [])
    todo = [(value_key(v), v, subj, times) for v, subj, times in truth["figures"]]
    dates = {st["id"]: (st.get("date") or {}).get("value") for st in draft["annotation"].get("stories", [])}
    for i, o in enumerate(obs):
        hit = next((k for k, t in enumerate(todo) if t[0] == value_key(o["value"])), None)
        if hit is None:
            low = " (to check)" if i < len(named) and named[i]["confidence"] < 0.5 else ""
            out += [f"{where} drafted, not graded{low}: {o['value']} | {o.get('quote', '')[:60]}"] if kind == "figures" else []
            continue
        _k, v, subj, times = todo.pop(hit)
        f = {"subject": o.get("subject"), "time": o.get("time"),
             "subject_name": named[i]["fields"].get("subject_name") if i < len(named) else None}
        if kind == "subjects" and subject_grade(f, subj, names_of) != "right":
            out.append(f"{where} subject of {v}: {o.get('subject')} / {f['subject_name']}, graded {subj}")
        date = dates.get(named[i]["story"]) if i < len(named) else None
        reported = time_spec(o.get("time")) == "none" and date and any(
            a != "none" and ":" not in a and date.startswith(a[:4]) for a in times)  # (the report date: counted right)
        if kind == "times" and time_grade(o.get("time"), times) == "wrong" and not reported:
            out.append(f"{where} time of {v}: {time_spec(o.get('time'))} ({(o.get('time') or {}).get('text', '')}), graded {times}")
    repeats = [value_key(e["text"]) for e in draft["annotation"].get("figures_excluded", []) if e["reason"].startswith("repeats")]
    for _k, v, _s, _t in todo:
        if kind == "figures":
            out.append(f"{where} graded, " + ("listed as a repeat" if _k in repeats else "not drafted") + f": {v}")
            repeats.remove(_k) if _k in repeats else None
    if kind == "organisations":
        orgs = {fold(x["text"]) for x in sugg if x["kind"] == "organisation"}
        want = {fold(o) for o in truth["organisations"]}
        out += [f"{where} graded, not drafted: {o}" for o in sorted(want - orgs)]
        out += [f"{where} drafted, not graded: {o}" for o in sorted(orgs - want)]
    if kind == "posts":
        people = {fold(x["fields"].get("name", "")) for x in sugg if x["kind"] == "post"}
        bylines = {fold(b.get("name", "")) for st in draft["annotation"].get("stories", []) for b in st.get("byline", [])}
        out += [f"{where} post not drafted: {p} {post}" for p, post in truth["posts"]
                if fold(p) not in people and not (fold(p) in bylines and re.search(_CREDIT_RX, fold(post)))]
    return out


def registry_names() -> tuple[dict[str, set[str]], dict[str, str]]:
    """The registry's names of each entry (folded) and each organisation's kind."""
    _vocab, registry, _ = load_base(Project(ROOT))
    names_of: dict[str, set[str]] = {}
    for name, refs in registry.names().items():
        for _section, eid in refs:
            names_of.setdefault(eid, set()).add(fold(name))
    return names_of, {eid: o.kind for eid, o in registry.organisations.items()}


_FIELDS = {"figures": list, "organisations": list, "posts": list}


def read_grading(path: Path) -> dict[str, dict]:
    """The grading file's entries (keys starting with ``_`` are notes), each checked for its fields: a
    file that is no JSON or an entry without one stops the run with a line naming the file, the entry and
    the field expected."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise SystemExit(f"{path}: cannot be read ({e}); expected a UTF-8 JSON grading file") from None
    except json.JSONDecodeError as e:
        raise SystemExit(f"{path}:{e.lineno}: not JSON ({e.msg}); expected an object of pages, each with "
                         f"{', '.join(_FIELDS)}") from None
    if not isinstance(data, dict):
        raise SystemExit(f"{path}: {type(data).__name__} at the top; expected an object of pages")
    truth = {p: v for p, v in data.items() if not p.startswith("_")}
    for p, v in truth.items():
        for field, kind in _FIELDS.items():
            if not isinstance(v, dict) or not isinstance(v.get(field), kind):
                got = "no object" if not isinstance(v, dict) else f"no field {field}" if field not in v else f"{field} a {type(v[field]).__name__}"
                raise SystemExit(f"{path}: page {p}: {got}; expected {field} as a list (the fields: {', '.join(_FIELDS)}, not_figures)")
    return truth


def pool(sets: list[Path], baseline: str | None, detail: str | None) -> None:
    """Every set (a directory of NN.txt pages and their grading.json) drafted and graded, a line per
    set and the pooled totals; with ``--baseline`` the same with the source tree of that revision first."""
    names_of, kinds_of = registry_names()
    with tempfile.TemporaryDirectory() as tmp:
        sides = {"head": ROOT / "src"}
        if baseline:
            (Path(tmp) / "base").mkdir()
            sides = {f"base {baseline}": extract(baseline, Path(tmp) / "base"), **sides}
        for side, src in sides.items():
            print(f"\n{side}\n")
            every: dict[str, dict] = {}
            for k, d in enumerate(sets):
                truth = read_grading(d / "grading.json")
                out = Path(tmp) / f"{side.replace(' ', '_')}-{k}"
                out.mkdir()
                draft_all(src, [d / f"{p}.txt" for p in sorted(truth)], out)
                results = {}
                for p in sorted(truth):
                    draft = json.loads((out / f"{p}.json").read_text(encoding="utf-8"))
                    results[p] = grade(draft, truth[p], names_of, kinds_of)
                    for line in _details(detail, f"{d.name}/{p}", draft, truth[p], names_of) if detail and side == "head" else ():
                        print("  " + line)
                every[d.name] = _set_totals(results)
                print(_line(d.name, every[d.name]))
            total = _set_totals(every)
            print(_line(f"all {len(sets)} sets", total))
            kept = total["drafted"] - total["drafted_to_check"]
            print(f"  of the {total['drafted']} drafted, {total['drafted_to_check']} drafted to check (confidence below 0.5, with "
                  f"the reason: an edition, a rank, a run, a start, a listed count), {total['extra_to_check']} of them no figure of the grading: precision of "
                  f"the rest {100 * (total['found'] - (total['drafted_to_check'] - total['extra_to_check'])) / max(kept, 1):.1f}%")
            print(f"  {total['repeats_found']} more graded figures the draft lists as a repeat of one it drafted (figures_excluded, "
                  f"reason repeats…: the curated pages record a figure once): recall with them "
                  f"{100 * (total['found'] + total['repeats_found']) / max(total['figures'], 1):.1f}%")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pages", type=Path, nargs="?")
    ap.add_argument("grading", type=Path, nargs="?")
    ap.add_argument("--sets", type=Path, nargs="+", help="pool these sets instead: directories of NN.txt and grading.json")
    ap.add_argument("--detail", choices=_DETAILS, help="with --sets: list what the drafts got wrong of this kind")
    ap.add_argument("--baseline")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--variants", action="store_true", help="also draft each page in traditional characters and with full-width digits")
    args = ap.parse_args()
    if args.sets:
        missing = [str(d) for d in args.sets if not (d / "grading.json").is_file()]
        if missing:
            raise SystemExit(f"no grading.json in {', '.join(missing)}; expected each set as a directory of NN.txt and grading.json")
        pool(args.sets, args.baseline, args.detail)
        return
    if args.pages is None or args.grading is None:
        ap.error("give PAGES_DIR and GRADING.json, or --sets DIR [DIR ...]")
    truth = read_grading(args.grading)
    pages = [args.pages / f"{k}.txt" for k in sorted(truth)]
    missing = [str(p) for p in pages if not p.is_file()]
    if missing:
        raise SystemExit(f"no page text for {', '.join(missing)}; expected one NN.txt per entry of the grading file")
    sizes = {p.stem: len(p.read_text(encoding="utf-8")) for p in pages}
    names_of, kinds_of = registry_names()
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        sides = {"head": ROOT / "src"}
        if args.baseline:
            base = Path(tmp) / "base"
            base.mkdir()
            sides = {f"base {args.baseline}": extract(args.baseline, base), **sides}
        for name, src in sides.items():
            d = Path(tmp) / name.replace(" ", "_")
            d.mkdir()
            draft_all(src, pages, d)
            out[name] = {p.stem: grade(json.loads((d / f"{p.stem}.json").read_text(encoding="utf-8")), truth[p.stem], names_of, kinds_of)
                         for p in pages}
    if args.variants:
        out["variants"] = variants(pages, Path(tempfile.mkdtemp()))
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return
    for name, results in out.items():
        if name == "variants":
            print("\nthe same pages in other forms (head): observations whose value, subject or time differ from the plain page's\n")
            for form, (same, n) in results.items():
                print(f"{form}: {n - same} of {n} differ")
            continue
        print(f"\n{name}\n")
        print(table(results, sizes))


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and (c.isalnum() or c in ".%") else c for c in text)


def variants(pages: list[Path], tmp: Path) -> dict[str, tuple[int, int]]:
    """Draft each page as printed, in traditional characters (OpenCC s2t) and with full-width
    digits, letters, . and %; (observations alike, observations) per form."""
    import opencc

    s2t = opencc.OpenCC("s2t")
    forms = {"plain": lambda t: t, "traditional": s2t.convert, "full-width": _full_width}
    facts = {}
    for form, f in forms.items():
        d = tmp / form
        d.mkdir()
        copies = []
        for p in pages:
            c = d / p.name
            c.write_text(f(p.read_text(encoding="utf-8")), encoding="utf-8")
            copies.append(c)
        draft_all(ROOT / "src", copies, d)
        facts[form] = [(value_key(o["value"]), json.dumps(o.get("subject"), sort_keys=True), time_spec(o.get("time")))
                       for p in pages for o in json.loads((d / f"{p.stem}.json").read_text(encoding="utf-8"))
                       ["annotation"].get("observations", [])]
    plain = facts["plain"]
    return {form: (sum(a == b for a, b in zip(plain, x)) if len(x) == len(plain) else 0, len(plain))
            for form, x in facts.items() if form != "plain"}


if __name__ == "__main__":
    main()
