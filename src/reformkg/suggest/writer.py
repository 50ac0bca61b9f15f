"""The YAML of a draft, built from ruamel.yaml round-trip nodes and written by its dumper.

An entry is a block mapping, its keys in the order of the annotation format; what an entry
holds (a date, a time, a subject, a list of ids) is one flow collection on its key's line,
and a story's bylines and extent are block lists of flow mappings. Every string is double
quoted, so no value reads as another type (``"2024"``, ``"TODO"``). The comments (how the
draft was made, each entry's confidence, offsets and rule, the names proposed for the
registry) are ruamel comments on the nodes.
"""

from __future__ import annotations

import io
import sys

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarstring import DoubleQuotedScalarString
from ruamel.yaml.tokens import CommentToken

from reformkg.annotation.lint import MARKER
from reformkg.annotation.model import FORMAT

SECTIONS = ("stories", "measures", "observations", "recognitions", "posts", "no_fact", "figures_excluded")
_KEY_ORDER = ["format", "id", "story", "label", "title", "subtitle", "newspaper", "byline", "type", "document", "indicator", "subject",
              "recipient", "person", "role", "organisation", "value", "text", "unit", "status", "level", "lead", "regions",
              "areas", "groups", "time", "date", "scope", "reason", "extent", "quote", "note"]
_BLOCK_LISTS = {"stories": ("byline", "extent")}  # keys of a section's entries whose lists are block lists
_PROPOSAL_OMITS = ("section", "text", "start", "end", "confidence")  # of a new entity: in its comment


class _Representer(RoundTripRepresenter):
    def represent_none(self, data):  # null, also inside a collection (round-trip writes nothing there)
        return self.represent_scalar("tag:yaml.org,2002:null", "null")


_Representer.add_representer(type(None), _Representer.represent_none)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Representer = _Representer
    yaml.indent(mapping=2, sequence=4, offset=2)  # "  - id: …" under a section's key
    yaml.width = sys.maxsize  # one line per value, however long its quote
    yaml.brace_single_entry_mapping_in_flow_sequence = True  # [{a: 1}], never [a: 1]
    return yaml


def _dump(yaml: YAML, data) -> str:
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _node(v):
    """Plain data as round-trip nodes: strings (and numbers, as text) double quoted, collections in flow style."""
    if isinstance(v, dict):
        node = CommentedMap((k, _node(x)) for k, x in v.items())
    elif isinstance(v, list):
        node = CommentedSeq(_node(x) for x in v)
    elif isinstance(v, bool) or v is None:
        return v
    elif isinstance(v, (int, float)):
        return DoubleQuotedScalarString(str(v))
    else:
        return DoubleQuotedScalarString(v)
    node.fa.set_flow_style()
    return node


def _entry(section: str, item: dict) -> CommentedMap:
    entry = CommentedMap()
    for k in sorted(item, key=lambda k: _KEY_ORDER.index(k) if k in _KEY_ORDER else 99):
        if k in _BLOCK_LISTS.get(section, ()):
            entry[k] = CommentedSeq(_node(x) for x in item[k])
        else:
            entry[k] = _node(item[k])
    return entry


def _end_comment(root: CommentedMap, text: str) -> None:
    """``text`` after the document, a blank line before it. ruamel keeps such a comment after
    the last value of the last block collection, which is where its loader puts one read."""
    node, key = root, next(reversed(root))
    while isinstance(node[key], (CommentedMap, CommentedSeq)) and node[key] and not node[key].fa.flow_style():
        node = node[key]
        key = next(reversed(node)) if isinstance(node, CommentedMap) else len(node) - 1
    token = CommentToken("\n\n" + text + "\n", CommentMark(0))
    if isinstance(node, CommentedMap):
        node.ca.items.setdefault(key, [None, None, None, None])[2] = token
    else:
        node.ca.items.setdefault(key, [None, None])[0] = token


def draft_yaml(annotation: dict, comments: dict, new_entities: list[dict], *, markers: int, source: str) -> str:
    """The draft annotation of page text ``source`` as YAML; ``comments`` by (section, index)."""
    yaml = _yaml()
    root = CommentedMap()
    root.yaml_set_start_comment(
        f"Draft annotation of {source} by `reformkg suggest`.\n"
        "Each entry's comment gives the confidence (0-1), its offsets [start, end) in the page text\n"
        "(Unicode code points) and the rule that found it. Fields holding TODO must be filled in:\n"
        f"`reformkg validate` names each one (E010). This draft holds {markers} of them.")
    root["format"] = annotation.get("format", FORMAT)
    root["page"] = _node(annotation["page"])
    for section in SECTIONS:
        items = annotation.get(section)
        if not items:
            continue
        seq = CommentedSeq(_entry(section, item) for item in items)
        for i in range(len(items)):
            if comments.get((section, i)):
                seq.yaml_set_comment_before_after_key(i, before=comments[(section, i)], indent=2)
        root[section] = seq
        root.yaml_set_comment_before_after_key(section, before="\n")  # a blank line before each section
    if new_entities:
        lines = ["# Names that are not in the registry. Add the ones you keep to data/entities/ (give each an",
                 "# id, check kind, level, code and parent) and use their ids where this draft says TODO."]
        for e in new_entities:
            fields = {k: v for k, v in e.items() if k not in _PROPOSAL_OMITS}
            entity = _dump(yaml, CommentedMap([(e["section"], _node({"id": MARKER, **fields}))])).rstrip("\n")
            lines.append(f"#   {entity}   # confidence {e['confidence']:.2f} · offsets [{e['start']}, {e['end']}) · {e['text']}")
        _end_comment(root, "\n".join(lines).rstrip())  # the file ends without trailing blanks
    return _dump(yaml, root)
