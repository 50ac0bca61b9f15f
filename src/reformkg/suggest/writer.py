"""The YAML of a draft: its entries in the order of the annotation format, each with its comment."""

from __future__ import annotations

import json

from reformkg.annotation.lint import MARKER

SECTIONS = ("stories", "measures", "observations", "recognitions", "posts", "no_fact")
_KEY_ORDER = ["id", "story", "label", "title", "subtitle", "byline", "type", "document", "indicator", "subject",
              "recipient", "person", "role", "organisation", "value", "unit", "status", "level", "lead", "regions",
              "areas", "groups", "time", "date", "scope", "reason", "extent", "quote", "note"]


def _scalar(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return json.dumps(str(v), ensure_ascii=False)
    return json.dumps(v, ensure_ascii=False)


def _flow(v) -> str:
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {_flow(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(_flow(x) for x in v) + "]"
    return _scalar(v)


def draft_yaml(annotation: dict, comments: dict, new_entities: list[dict], *, markers: int, source: str) -> str:
    """The draft annotation of page text ``source`` as YAML; ``comments`` by (section, index)."""
    a = annotation
    out = [
        f"# Draft annotation of {source} by `reformkg suggest`.",
        "# Each entry's comment gives the confidence (0-1), its offsets [start, end) in the page text",
        "# (Unicode code points) and the rule that found it. Fields holding TODO must be filled in:",
        f"# `reformkg validate` names each one (E010). This draft holds {markers} of them.",
        f"page: {_scalar(a['page'])}",
        "",
    ]
    for section in SECTIONS:
        items = a.get(section)
        if not items:
            continue
        out.append(f"{section}:")
        for i, item in enumerate(items):
            comment = comments.get((section, i))
            if comment:
                out.append(f"  # {comment}")
            keys = sorted(item, key=lambda k: _KEY_ORDER.index(k) if k in _KEY_ORDER else 99)
            for j, k in enumerate(keys):
                lead = "  - " if j == 0 else "    "
                v = item[k]
                if section == "stories" and k in ("byline", "extent"):
                    out.append(f"{lead}{k}:")
                    for x in v:
                        out.append(f"      - {_flow(x)}")
                else:
                    out.append(f"{lead}{k}: {_flow(v)}")
        out.append("")
    if new_entities:
        out.append("# Names that are not in the registry. Add the ones you keep to data/entities/ (give each an")
        out.append("# id, check kind, level, code and parent) and use their ids where this draft says TODO.")
        for e in new_entities:
            fields = {k: v for k, v in e.items() if k not in ("section", "text", "start", "end", "confidence")}
            out.append(f"#   {e['section']}: {_flow({'id': MARKER, **fields})}   "
                       f"# confidence {e['confidence']:.2f} · offsets [{e['start']}, {e['end']}) · {e['text']}")
    return "\n".join(out).rstrip() + "\n"
