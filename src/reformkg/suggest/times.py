"""Dates and periods of a page: time phrases for facts (截至, 以来, 到…年 …) and a story's date."""

from __future__ import annotations

import re

_DATE_RX = re.compile(r"((?:19|20)\d\d)年(?:(\d{1,2})月(?:(\d{1,2})日)?)?")
_TIME_RULES = [
    (re.compile(r"截至((?:19|20)\d\d)年(底|末|(\d{1,2})月(?:底|末)?(?:(\d{1,2})日)?)?"), "as_of"),
    (re.compile(r"截至(目前|发稿|今年|当前)"), "unspecified"),
    (re.compile(r"((?:19|20)\d\d)年以来"), "since"),
    (re.compile(r"(?:到|至|力争|计划到)((?:19|20)\d\d)年"), "by"),
    (re.compile(r"((?:19|20)\d\d)(?:—|-|～|~|至)((?:19|20)\d\d)年"), "period"),
    (re.compile(r"“?十四五”?(?:期间|时期)"), "fourteenth"),
    (re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日"), "on"),
    (re.compile(r"((?:19|20)\d\d)年(\d{1,2})月"), "during_month"),
    (re.compile(r"((?:19|20)\d\d)年"), "during"),
    (re.compile(r"近年来|近几年|目前|近日|日前"), "unspecified"),
]


def _time_of(m: re.Match, rule: str) -> dict:
    text = m.group(0)
    if rule == "as_of":
        y = m.group(1)
        if not m.group(2) or m.group(2) in ("底", "末"):
            return {"as_of": f"{y}-12-31", "text": text}
        mo = int(m.group(3))
        if m.group(4):
            return {"as_of": f"{y}-{mo:02d}-{int(m.group(4)):02d}", "text": text}
        return {"as_of": f"{y}-{mo:02d}", "text": text}
    if rule == "unspecified":
        return {"unspecified": True, "text": text}
    if rule == "since":
        return {"since": m.group(1), "text": text}
    if rule == "by":
        return {"by": m.group(1), "text": text}
    if rule == "period":
        return {"start": m.group(1), "end": m.group(2), "text": text}
    if rule == "fourteenth":
        return {"start": "2021", "end": "2025", "text": text}
    if rule == "on":
        return {"on": f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}", "text": text}
    if rule == "during_month":
        return {"during": f"{m.group(1)}-{int(m.group(2)):02d}", "text": text}
    return {"during": m.group(1), "text": text}


def find_times(compact: str) -> list[tuple[int, int, dict]]:
    """Date and period phrases (截至, 以来, 到…年 …): (compact start, end, Time fields)."""
    taken = [False] * (len(compact) + 1)
    out = []
    for rx, rule in _TIME_RULES:
        for m in rx.finditer(compact):
            if any(taken[m.start():m.end()]):
                continue
            for k in range(m.start(), m.end()):
                taken[k] = True
            out.append((m.start(), m.end(), _time_of(m, rule)))
    return sorted(out, key=lambda t: t[0])


def story_date(compact: str, lo: int, hi: int) -> tuple[dict | None, str]:
    """The latest date printed in compact [lo, hi) (never one of 以来, 到…年): a story's date, suggested."""
    best, text = None, ""
    for m in _DATE_RX.finditer(compact, lo, hi):
        y, mo, d = m.group(1), m.group(2), m.group(3)
        if compact[m.end():m.end() + 2] in ("以来",) or (compact[max(0, m.start() - 2):m.start()].endswith(("到", "至", "力争")) and not compact[max(0, m.start() - 2):m.start()] == "截至"):
            continue
        value = y + (f"-{int(mo):02d}" if mo else "") + (f"-{int(d):02d}" if mo and d else "")
        if best is None or value > best:
            best, text = value, m.group(0)
    return ({"value": best, "basis": f"latest dated item in the story ({text}); suggested, check"} if best else None), text
