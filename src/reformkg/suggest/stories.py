"""Story boundaries of a page: headline-like lines followed by a subtitle, byline, dateline or
a line that is only a place name."""

from __future__ import annotations

import re

from reformkg.annotation.grounding import PageText, Span
from reformkg.suggest.gazetteer import is_zone

_PUNCT_END = "，。、；：,;:！？!?…"
_BYLINE = re.compile(r"(本报记者|见习记者|记者|本报通讯员|通讯员)\s*((?:[\u4e00-\u9fff]{2,3}\s*)+)")
_DATELINE = re.compile(r"本报讯|新华社|电）|^——|^-")
# A reporter's or correspondent's name after the role, as a byline prints it (本报记者 谢斌)
REPORTER_RX = re.compile(r"(本报记者|见习记者|记者|本报通讯员|通讯员)\s*([\u4e00-\u9fff]{2,3})(?=[\s）)]|$)")
IN_SCOPE_WORDS = ("工会", "职工", "产业工人", "劳模", "工匠", "技能", "集体协商", "劳动者", "技术工人", "产改", "农民工")


def text_lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line) of every line of the text."""
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append((pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def headline_like(line: str) -> bool:
    s = line.strip()
    return 2 <= len(s) <= 40 and s[-1] not in _PUNCT_END and "。" not in s and not _BYLINE.search(s)


def propose_stories(page: PageText, places: set[str] | frozenset = frozenset()) -> list[dict]:
    """Story boundaries from headline-like lines followed by a subtitle, byline, dateline or a
    line that is only a place name (the county of a speech: 韩城市)."""
    lines = text_lines(page.text)
    n = len(lines)
    starts = []  # (line index of the first headline line, [headline line indexes])
    places_of: dict[int, str | None] = {}
    i = 0
    while i < n:
        s = lines[i][2].strip()
        prev_blank = i == 0 or not lines[i - 1][2].strip()
        if s and prev_blank and headline_like(s):
            block = [i]
            j = i + 1
            while j < n and lines[j][2].strip() and headline_like(lines[j][2]):
                block.append(j)
                j += 1
            if j < n and lines[j][2].strip():  # a headline stands alone on its lines
                i = j
                continue
            follow = [k for k in range(j, min(n, j + 8)) if lines[k][2].strip()][:3]
            signal = any(_DATELINE.search(lines[k][2].strip()) or _BYLINE.search(lines[k][2]) for k in follow)
            place = next((lines[k][2].strip() for k in follow[:1] if lines[k][2].strip() in places
                          or is_zone(lines[k][2].strip())), None)
            numbered = re.match(r"[一二三四五六七八九十]+、|\d+[.、]|（[一二三四五六七八九十]+）", lines[block[0]][2].strip())
            own_place = len(block) == 1 and (lines[i][2].strip() in places or is_zone(lines[i][2].strip()))
            if own_place and starts:
                between = [k for k in range(starts[-1][-1] + 1, i) if lines[k][2].strip()]
                if len(between) <= 1:
                    own_place = False  # the place line under a headline: part of that story's head
            if own_place:
                place = lines[i][2].strip()  # a section of a series, headed by its county (汉滨区)
            if not starts or (signal or place) and not numbered:
                starts.append(block)
                places_of[len(starts) - 1] = place
            i = j
            continue
        i += 1
    if not starts:
        starts = [[next((k for k in range(n) if lines[k][2].strip()), 0)]]
    stories = []
    for idx, block in enumerate(starts):
        first = lines[block[0]][0]
        end = lines[starts[idx + 1][0] - 1][1] if idx + 1 < len(starts) else len(page.text)
        heads = [lines[k][2].strip() for k in block]
        title_lines = [h for h in heads if not h.startswith(("——", "-"))]
        subtitle = next((h for h in heads if h.startswith(("——", "-"))), None)
        stories.append({"id": f"s{idx + 1}", "span": Span(first + (len(lines[block[0]][2]) - len(lines[block[0]][2].lstrip())), end),
                        "title": " ".join(title_lines) or heads[0], "subtitle": subtitle,
                        "head_span": Span(first, lines[block[-1]][1]), "place": places_of.get(idx)})
    return stories
