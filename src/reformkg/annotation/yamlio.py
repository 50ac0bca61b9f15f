"""Read YAML with the line and column of every key and value.

ruamel.yaml composes the document into nodes that carry their marks; we turn the
nodes into plain Python data ourselves so that

* every path (``("observations", 3, "time", "as_of")``) has a position,
* timestamps stay text (``2024-12-31`` is a date *string*, as the format wants),
* explicit tags (``!!python/object``, ``!custom``) and anchors/aliases are refused
  — only plain YAML is read, so no file can build objects or expand into a bomb,
* a key given twice in one mapping is an error instead of a silent overwrite.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode
from ruamel.yaml.reader import ReaderError
from ruamel.yaml.resolver import VersionedResolver

from reformkg.errors import Finding
from reformkg.settings import settings

_PLAIN_TAGS = {
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq",
}
MAX_DEPTH = 50
_MAYBE_ANCHOR = re.compile(r"(?:^|[\s\[{,])&[^\s,\[\]{}]", re.M)


class YamlProblem(Exception):
    def __init__(self, line: int, col: int, message: str):
        super().__init__(message)
        self.line, self.col, self.message = line, col, message


@dataclass
class Document:
    """Plain data plus the (line, col) of each path, both 1-based."""

    path: str
    data: object
    positions: dict = field(default_factory=dict)

    def locate(self, loc: tuple) -> tuple[int, int]:
        """Position of the deepest existing prefix of ``loc``."""
        best = self.positions.get((), (1, 1))
        cur: tuple = ()
        for part in loc:
            cur = cur + (part,)
            if cur in self.positions:
                best = self.positions[cur]
            else:
                continue
        return best

    def finding(self, loc: tuple, code: str, message: str, severity: str = "error") -> Finding:
        line, col = self.locate(loc)
        return Finding(self.path, line, col, code, dotted(loc), message, severity)


def dotted(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(file)"


def _pos(node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _scalar(node: ScalarNode):
    tag, value = node.tag, node.value
    if node.style in ("'", '"', "|", ">"):  # plain is None (pure) or "" (libyaml)
        return value
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:bool":
        return value.lower() in ("true", "yes", "on", "y")
    if tag == "tag:yaml.org,2002:int":
        text = value.replace("_", "")
        for base in (0, 10):
            try:
                return int(text, base)
            except ValueError:
                continue
        return value
    if tag == "tag:yaml.org,2002:float":
        try:
            return float(value.replace("_", ""))
        except ValueError:
            return value
    return value  # str and timestamp: kept as text


def _convert(node, path: tuple, positions: dict, seen: set, depth: int):
    if depth > MAX_DEPTH:
        raise YamlProblem(*_pos(node), f"nesting deeper than {MAX_DEPTH} levels")
    if id(node) in seen or getattr(node, "anchor", None):
        raise YamlProblem(*_pos(node), "anchors and aliases (&, *) are not allowed; write the value out")
    seen.add(id(node))
    if node.tag not in _PLAIN_TAGS:
        raise YamlProblem(*_pos(node), f"the tag {node.tag} is not allowed; only plain YAML is read")
    positions.setdefault(path, _pos(node))
    if isinstance(node, ScalarNode):
        return _scalar(node)
    if isinstance(node, SequenceNode):
        out = []
        for i, item in enumerate(node.value):
            positions[path + (i,)] = _pos(item)
            out.append(_convert(item, path + (i,), positions, seen, depth + 1))
        return out
    if isinstance(node, MappingNode):
        out = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise YamlProblem(*_pos(key_node), "a mapping key must be plain text")
            if key_node.tag not in _PLAIN_TAGS:
                raise YamlProblem(*_pos(key_node), f"the tag {key_node.tag} is not allowed")
            key = key_node.value
            if key == "<<":
                raise YamlProblem(*_pos(key_node), "merge keys (<<) are not allowed")
            if key in out:
                raise YamlProblem(*_pos(key_node), f"the key {key!r} appears twice in this mapping")
            positions[path + (key,)] = _pos(key_node)
            out[key] = _convert(value_node, path + (key,), positions, seen, depth + 1)
        return out
    raise YamlProblem(*_pos(node), "unsupported YAML node")  # pragma: no cover


def _flow_too_deep(text: str) -> tuple[int, int] | None:
    """(line, col) where ``[``/``{`` nesting passes MAX_DEPTH, skipping quoted text and comments.

    ruamel's scanner takes time quadratic in the flow depth (a 6 kB line of ``[`` takes
    seconds), so such files are refused before they are parsed."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:  # cannot nest deeper than it opens
        return None
    depth, line, start, i, n, prev = 0, 1, 0, 0, len(text), "\n"
    while i < n:
        c = text[i]
        if c == "\n":
            line, start = line + 1, i + 1
        elif c == "#" and prev in " \t\n":
            j = text.find("\n", i)
            i, prev = (n if j < 0 else j), "#"
            continue
        elif c in "'\"" and prev in " \t\n[{,:-":
            j = i + 1
            while j < n:
                if text[j] == c:
                    if c == "'" and text[j + 1:j + 2] == "'":  # '' is an escaped quote
                        j += 2
                        continue
                    break
                j += 2 if c == '"' and text[j] == "\\" else 1
            line += text.count("\n", i, min(j, n))
            if "\n" in text[i:j]:
                start = text.rfind("\n", i, j) + 1
            i, prev = j + 1, c
            continue
        elif c in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return line, i - start + 1
        elif c in "]}":
            depth = max(0, depth - 1)
        prev = c
        i += 1
    return None


def _yaml(text: str) -> YAML:
    """libyaml's parser through ruamel.yaml.clib (about 6× faster than the pure-Python one on
    an annotation file, with the same nodes and marks), else the pure-Python one. libyaml's
    nodes do not say whether they carry an anchor, so a text where ``&`` could start one (after
    a space, a line start or a flow indicator, before a name) goes to the pure-Python parser,
    which does. ``REFORMKG_YAML=pure`` forces the latter."""

    if not _MAYBE_ANCHOR.search(text) and "%YAML" not in text and not settings().pure_yaml:
        yaml = YAML(typ="safe", pure=False)
        if yaml.Parser.__name__ == "CParser":
            yaml.Resolver = _Yaml12Resolver
            return yaml
    return YAML(typ="rt")


class _Yaml12Resolver(VersionedResolver):
    """ruamel.yaml's resolver looks the YAML version up for every scalar, through two
    failing attribute lookups (half the time of composing an annotation with libyaml).
    A text without a ``%YAML`` directive is YAML 1.2, ruamel.yaml's default: say so once."""

    @property
    def processing_version(self):
        return (1, 2)


def read_regular(path: Path | str) -> bytes:
    """The bytes of a regular file. Anything else raises OSError, never blocks: a FIFO named like an
    input would keep its reader waiting for a writer forever, and a device would never end."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, "not a regular file (a FIFO, socket or device)", str(path))
        with os.fdopen(os.dup(fd), "rb") as fh:
            return fh.read()
    finally:
        os.close(fd)


def read_yaml(path: Path | str, text: str | bytes | None = None) -> Document | Finding:
    """Parse one YAML file (``text``: its content when the caller has read it already, as text or
    as bytes). Returns a :class:`Document`, or a ``E001`` finding."""
    path = str(path)
    try:
        if text is None:
            text = read_regular(path)
        if isinstance(text, bytes):
            text = text.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Finding(path, 1, 1, "E001", "(file)", f"the file is not UTF-8 text ({exc.reason} at byte {exc.start})")
    except OSError as exc:
        return Finding(path, 0, 0, "E001", "(file)", f"cannot read the file: {exc.strerror}")
    deep = _flow_too_deep(text)
    if deep:
        return Finding(path, deep[0], deep[1], "E001", "(file)", f"nesting deeper than {MAX_DEPTH} levels")
    try:
        node = _yaml(text).compose(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return Finding(path, line, col, "E001", "(file)", f"not valid YAML: {exc.problem or exc.context}")
    except RecursionError:
        return Finding(path, 1, 1, "E001", "(file)", f"nesting deeper than {MAX_DEPTH} levels")
    except ReaderError as exc:  # a character YAML does not allow (NUL, other controls): its line and column
        at = min(exc.position, len(text))
        line, col = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
        return Finding(path, line, col, "E001", "(file)", f"not valid YAML: the character {text[at:at + 1]!r} "
                       "is not allowed in YAML (control characters are not); remove it")
    except (YAMLError, ValueError) as exc:
        return Finding(path, 1, 1, "E001", "(file)", f"not valid YAML: {exc}")
    if node is None:
        return Document(path, None, {(): (1, 1)})
    positions: dict = {}
    try:
        data = _convert(node, (), positions, set(), 0)
    except YamlProblem as exc:
        return Finding(path, exc.line, exc.col, "E001", "(file)", exc.message)
    except RecursionError:
        return Finding(path, 1, 1, "E001", "(file)", f"nesting deeper than {MAX_DEPTH} levels")
    return Document(path, data, positions)
