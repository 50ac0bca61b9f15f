"""Figure audit: every number with a unit in an in-scope story is accounted for.

A regular expression (``FIGURE_RE``) finds every number with a unit or classifier in the
page text — Arabic or Chinese numerals, optionally with 第, a multiplier (万/亿/千) and
余/多, followed by a unit word (``93.20%``, ``35.8万人``, ``800元`` and ``5000元`` of
``800元至5000元``, ``两场``, ``百余家``, ``第三批``, ``6大项``, ``24小时``). Each hit inside
the extent of an in-scope story must be either

* **annotated**: inside the evidence span of an observation whose ``value`` holds the
  printed figure (the hit, whitespace ignored, is a substring of the value), or
* **excluded**: inside the quote of a ``figures_excluded`` entry whose ``text`` holds the
  hit, with a reason (part of a name such as 二十届, an idiom such as 进万家 …).

**Dates are time, not figures, and are excluded by rule in the regex**: a year
(``2024年``, ``二〇二四年``, with an optional month and day: ``2020年6月``,
``2024年12月30日``), a month and day (``12月30日``, ``1月2日电``) and a month
(``8月``) are matched first by the ``date`` alternative and skipped, so ``2024年``
never needs an entry. They are modelled as ``time:`` of the facts. A duration
(``5年来``, ``三年行动``) is not a date: it is a figure, and is an observation or excluded.

Also checked: every observation's ``value`` is printed inside its own quote, and every
``figures_excluded`` entry holds a figure the audit finds (no stale entries). Each check
fails on a crafted copy of a real annotation (an observation or exclusion removed, a
value changed, a stale entry added).

Not in the audit: bare numbers without a unit or classifier (``“224”工作体系``); they
are names, not quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from reformkg.annotation.grounding import PageText
from reformkg.annotation.loader import LoadedPage, load_annotation
from reformkg.settings import Project
from reformkg.pipeline.inputs import load_base

ROOT = Path(__file__).resolve().parent.parent

CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
# Unit words and classifiers, longest first so 人次 wins over 人 and 平方米 over 米.
UNIT_WORDS = sorted(
    """平方米 平方公里 公里 分钟 小时 人次 大项 方面 个月 周年
    % ％ 人 名 位 个 份 家 条 项 所 座 场 次 批 期 支 件 处 类 门 本 篇 部 套 台 种 届 堂 节 户
    级 间 元 天 日 年 岁 亩 倍 米 吨 辆 轮 首 张 组 队 棵 株 万 亿""".split(),
    key=len, reverse=True,
)
_NUM = rf"(?:\d+(?:[.,]\d+)*|[{CN_DIGITS}]+)"
_DATE = (
    r"(?:(?:19|20)\d{2}|二[〇零][〇零一二三四五六七八九]{2})年(?:\d{1,2}月(?:\d{1,2}日)?)?"  # 2024年, 2020年6月
    r"|\d{1,2}月\d{1,2}日"  # 12月30日, 1月2日电
    r"|\d{1,2}月"  # 8月
)
_FIGURE = (
    rf"(?P<ord>第)?(?P<num>{_NUM}[万亿千]?[余多]?[万亿]?)"
    rf"(?P<unit>{'|'.join(map(re.escape, UNIT_WORDS))})"
)
# Dates come first in the alternation: at each position a date is consumed whole and skipped.
FIGURE_RE = re.compile(rf"(?P<date>{_DATE})|{_FIGURE}")


@dataclass(frozen=True)
class Hit:
    page: str
    story: str
    text: str  # the figure, whitespace removed
    start: int  # offsets into the original page text
    end: int
    line: int

    def __str__(self) -> str:
        return f"data/articles/{self.page}.txt:{self.line} [{self.story}] {self.text}"


def find_figures(text: str) -> list[str]:
    """Every number with a unit in ``text`` (whitespace ignored), dates left out."""
    compact = PageText.squeeze(text)
    return [m.group(0) for m in FIGURE_RE.finditer(compact) if not m["date"]]


def figures_in_scope(lp: LoadedPage) -> list[Hit]:
    """Every figure inside the extents of the in-scope stories of a page."""
    page = lp.page
    runs = []
    for story in lp.annotation.stories:
        if story.scope == "in":
            runs += [(story.id, *page.compact_range(span)) for span in lp.story_spans[story.id]]
    hits = []
    for m in FIGURE_RE.finditer(page.compact):
        if m["date"]:
            continue
        story = next((sid for sid, lo, hi in runs if lo <= m.start() < hi), None)
        if story is None:
            continue
        start, end = page._index[m.start()], page._index[m.end() - 1] + 1
        hits.append(Hit(lp.page_id, story, m.group(0), start, end, page.line_of(start)))
    return hits


def _inside(hit: Hit, spans) -> bool:
    return any(span.start <= hit.start and hit.end <= span.end for _frag, span in spans)


def unaccounted(lp: LoadedPage) -> list[Hit]:
    """Figures of in-scope stories that no observation and no ``figures_excluded`` entry holds."""
    observations = [(PageText.squeeze(o.value), lp.evidence.get(o.id, [])) for o in lp.annotation.observations]
    excluded = [(PageText.squeeze(x.text), lp.evidence.get(f"excluded-{i + 1}", []))
                for i, x in enumerate(lp.annotation.figures_excluded)]
    out = []
    for hit in figures_in_scope(lp):
        figure = hit.text.removeprefix("第")
        if any(figure in value and _inside(hit, spans) for value, spans in observations):
            continue
        if any(hit.text in text and _inside(hit, spans) for text, spans in excluded):
            continue
        out.append(hit)
    return out


def _load(project: Project, base, path: Path, text: str | None = None) -> LoadedPage:
    vocab, registry, _ = base
    lp, findings = load_annotation(path, project.articles, registry, vocab, text)
    errors = [str(f) for f in findings if f.is_error]
    assert lp is not None and not errors, errors
    return lp


@pytest.fixture(scope="module")
def base(project):
    vocab, registry, findings = load_base(project)
    assert not [f for f in findings if f.is_error]
    return vocab, registry, findings


@pytest.fixture(scope="module")
def pages(project, base) -> dict[str, LoadedPage]:
    return {p.stem: _load(project, base, p) for p in project.annotation_files()}


# --------------------------------------------------------------------------- the regex


@pytest.mark.parametrize("text, expected", [
    ("职代会建制率达到93.20%", ["93.20%"]),
    ("覆盖35.8万人", ["35.8万人"]),
    ("每月给予 800元至 5000元不等的津贴", ["800元", "5000元"]),
    ("举办两场招聘会", ["两场"]),
    ("百余家企业", ["百余家"]),
    ("第三批试点", ["第三批"]),
    ("6大项主要任务", ["6大项"]),
    ("24小时服务", ["24小时"]),
    ("近300万元", ["300万元"]),
    ("4万余名劳动者", ["4万余名"]),
    ("1,200人次", ["1,200人次"]),
    ("5年来", ["5年"]),
])
def test_regex_finds_figures(text, expected):
    assert find_figures(text) == expected


@pytest.mark.parametrize("text", [
    "2024年", "截至2024年底", "2024年12月30日", "12月30日", "新华社北京1月2日电", "2020年6月实施",
    "二〇二四年", "8月6日", "到2030年", "（2025—2027年）",
])
def test_regex_skips_dates(text):
    assert find_figures(text) == []


def test_date_rule_keeps_the_figure_after_a_date():
    assert find_figures("2024年12月底，全省建会1.2万家") == ["1.2万家"]


# --------------------------------------------------------------------------- the real data


def test_real_pages_have_figures(pages):
    counts = {pid: len(figures_in_scope(lp)) for pid, lp in pages.items()}
    assert len(counts) == 5 and all(n > 20 for n in counts.values()), counts


def test_every_figure_is_annotated_or_excluded(pages):
    missing = [str(hit) for lp in pages.values() for hit in unaccounted(lp)]
    assert not missing, "figures neither an observation nor in figures_excluded:\n" + "\n".join(missing)


def values_not_printed(lp: LoadedPage) -> list[str]:
    """Observations whose ``value`` is not printed inside their own evidence (whitespace ignored)."""
    out = []
    for o in lp.annotation.observations:
        evidence = "".join(PageText.squeeze(lp.page.text[s.start:s.end]) for _f, s in lp.evidence.get(o.id, []))
        if PageText.squeeze(o.value) not in evidence:
            out.append(f"{lp.page_id}.yaml {o.id} value {o.value!r}")
    return out


def test_every_value_is_printed_in_its_quote(pages):
    bad = [s for lp in pages.values() for s in values_not_printed(lp)]
    assert not bad, "values not printed in their own quote:\n" + "\n".join(bad)


def stale_exclusions(lp: LoadedPage) -> list[str]:
    """``figures_excluded`` entries that hold no figure the audit finds at their quote."""
    hits = figures_in_scope(lp)
    out = []
    for i, x in enumerate(lp.annotation.figures_excluded):
        spans = lp.evidence.get(f"excluded-{i + 1}", [])
        text = PageText.squeeze(x.text)
        if not x.reason.strip() or not any(h.text in text and _inside(h, spans) for h in hits):
            out.append(f"{lp.page_id}.yaml figures_excluded[{i}] {x.text!r}")
    return out


def test_every_exclusion_has_a_reason_and_holds_a_figure(pages):
    bad = [s for lp in pages.values() for s in stale_exclusions(lp)]
    assert not bad, "exclusions that hold no figure of an in-scope story:\n" + "\n".join(bad)
    assert sum(len(lp.annotation.figures_excluded) for lp in pages.values()) >= 50


# --------------------------------------------------------------------------- crafted fixtures


def _edited(path: Path, edit) -> str:
    yaml = YAML()
    data = yaml.load(path.read_text(encoding="utf-8"))
    edit(data)
    from io import StringIO

    out = StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def test_audit_fails_when_an_observation_is_removed(project, base, pages):
    path = project.annotations / "000_239e137822c9727a.yaml"
    lp = pages[path.stem]
    target = next(o for o in lp.annotation.observations if o.value == "93.20%")
    assert not unaccounted(lp)

    def drop(data):
        data["observations"] = [o for o in data["observations"] if o["id"] != target.id]

    crafted = _load(project, base, path, _edited(path, drop))
    assert [h.text for h in unaccounted(crafted)] == ["93.20%"]


def test_audit_fails_when_an_exclusion_is_removed(project, base, pages):
    path = project.annotations / "001_116302f95e3202a9.yaml"
    lp = pages[path.stem]
    assert lp.annotation.figures_excluded
    first = lp.annotation.figures_excluded[0]

    def drop(data):
        del data["figures_excluded"][0]

    crafted = _load(project, base, path, _edited(path, drop))
    missing = unaccounted(crafted)
    assert missing and all(h.text in PageText.squeeze(first.text) for h in missing)


def test_audit_fails_when_a_value_does_not_hold_the_figure(project, base, pages):
    path = project.annotations / "000_239e137822c9727a.yaml"
    target = next(o for o in pages[path.stem].annotation.observations if o.value == "93.20%")

    def change(data):
        for o in data["observations"]:
            if o["id"] == target.id:
                o["value"] = "93.2%"

    crafted = _load(project, base, path, _edited(path, change))
    assert [h.text for h in unaccounted(crafted)] == ["93.20%"]
    assert values_not_printed(crafted) == [f"{path.stem}.yaml {target.id} value '93.2%'"]


def test_stale_exclusion_is_found(project, base, pages):
    path = project.annotations / "002_ca5b28cd01bd8cb6.yaml"

    def add(data):
        data["figures_excluded"].append({"story": "s1", "text": "示范课", "reason": "no figure here",
                                         "quote": "劳模工匠进校园示范课"})

    crafted = _load(project, base, path, _edited(path, add))
    assert stale_exclusions(crafted) == [f"{path.stem}.yaml figures_excluded[{len(crafted.annotation.figures_excluded) - 1}] '示范课'"]
