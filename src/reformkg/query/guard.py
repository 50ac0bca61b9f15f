"""The query guard: what a query may ask of the engine, checked before the engine sees it.

:func:`check` refuses with one line that says what and why, and runs nothing:

* a query longer than :data:`MAX_CHARS` characters, or one holding a control character (NUL, binary data);
* SPARQL Update (INSERT, DELETE, LOAD, CLEAR, CREATE, DROP, ADD, MOVE, COPY): the build is read-only;
* ``SERVICE``, unless its ``<IRI>``'s host is in the allow-list (``reformkg query --allow-service HOST``):
  the engine would fetch from that server;
* nesting deeper than :data:`MAX_DEPTH` levels. pyoxigraph 0.5 parses, plans and evaluates by
  recursion, and a deep query overflows the stack: the process dies with SIGSEGV (exit 139). Probed
  in a subprocess on an empty store, with the usual 8 MB stack, it does at 960 nested function calls
  (``STR(STR(…))``), 848 ``FILTER NOT EXISTS { … }``, 712 ``FILTER(EXISTS { … })``, 2,200 ``{ … }``,
  4,600 parentheses, 2,600 ``BIND`` or ``(… AS ?v)``, ~6,600 links of a chain (``{…} UNION {…}
  UNION …``, ``1 + 1 + …``) and ~8,000 triple patterns in one group; with a 1 MB stack, at about an
  eighth of each. One level here costs the engine at most ~9 KB of stack, so a query at the limit
  needs under 1 MB. (A group of 100 triple patterns already takes the engine's planner 2 s, 256 of
  them 38 s: the limit is no loss there.)
* more than :data:`MAX_REPARSED` levels of REGEX, SUBSTR, REPLACE or GROUP_CONCAT in one another: the
  engine's parser tries their long form first and parses the arguments again for the short one, so
  its work doubles with each level (20 levels: 2 s; 30: half an hour).

The depth is measured on tokens, never on the raw text: a lexer that follows the engine's grammar
(its strings, IRIs, comments, ``?variables``, prefixed names) skips what cannot be code, so
``"SERVICE {{{"`` in a string, an IRI or a comment counts for nothing. Where it cannot know how the
engine will read a piece of text, it takes the reading that counts more: an ``<IRI>``'s inside is
measured as code as well (after an operand the engine reads ``<`` as "less than"), and keywords are
looked for inside words, because the engine's need no space before them (``trueSERVICE <x> {}`` is
a ``SERVICE``). One level is each bracket, each group element (OPTIONAL, UNION, MINUS, FILTER, BIND,
VALUES, GRAPH, SERVICE, ``AS``, a nested group, each triple pattern after the first, each item of a
collection) and each operator of the longest chain of one precedence (``a || b || c``: two), as the
engine's tree grows by one node for each. The canned queries measure 30 at most.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from reformkg.errors import QueryError

MAX_CHARS = 65_536  # characters of a query
MAX_DEPTH = 100  # levels, as measured here
MAX_REPARSED = 6  # REGEX, SUBSTR, REPLACE, GROUP_CONCAT in one another: 64 times the parsing at most

UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "ADD", "MOVE", "COPY")
ELEMENT_WORDS = ("OPTIONAL", "UNION", "MINUS", "FILTER", "BIND", "VALUES", "GRAPH", "SERVICE")
REPARSED = ("REGEX", "SUBSTR", "REPLACE", "GROUP_CONCAT")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # control characters but tab and line breaks

# Operators by precedence (the engine's expression and path grammar); a chain of one precedence
# is a path down the tree, ended by an operator that binds less tightly.
PRECEDENCE = {"||": 1, "|": 1, "&&": 2, "=": 3, "!=": 3, "<": 3, ">": 3, "<=": 3, ">=": 3,
              "+": 4, "-": 4, "*": 5, "/": 5, "!": 6, "^": 6}

# Token kinds
IRI, STRING, VAR, WORD, OPEN, CLOSE, OP, SEP, OTHER = "iri", "string", "var", "word", "open", "close", "op", "sep", "other"


def check(sparql: str, *, allow_service: tuple[str, ...] = ()) -> None:
    """Raise :class:`QueryError` (one line) if ``sparql`` must not reach the engine; return None if it may.

    ``allow_service`` lists the hosts (``HOST`` or ``HOST:PORT``) a ``SERVICE <http(s)://HOST/…>``
    may call. Nothing is run: the query is only read.
    """
    if len(sparql) > MAX_CHARS:
        raise QueryError(f"the query is {len(sparql):,} characters long, over the limit of {MAX_CHARS:,}")
    try:
        sparql.encode("utf-8")
    except UnicodeEncodeError:
        raise QueryError("the query is not valid UTF-8 text") from None
    control = _CONTROL.search(sparql)
    if control:  # binary data, NUL: no query holds them (the engine would only say "expected any character")
        raise QueryError(f"the query holds the control character {control.group(0)!r} at offset {control.start()}: "
                         "send SPARQL as text")
    tokens = list(_tokens(sparql))
    _refuse_update(tokens)
    _refuse_service(tokens, allow_service)
    depth, reparsed = _measure(tokens)
    if depth > MAX_DEPTH:
        raise QueryError(f"the query nests {depth:,} levels deep, over the limit of {MAX_DEPTH}: each bracket, "
                         "group element (OPTIONAL, UNION, FILTER, BIND …) and chained operator is a level; "
                         "flatten it (VALUES or IN instead of long || chains)")
    if reparsed > MAX_REPARSED:
        raise QueryError(f"REGEX, SUBSTR, REPLACE and GROUP_CONCAT are nested {reparsed} deep, over the limit of "
                         f"{MAX_REPARSED}: the engine parses each of them twice, so its work doubles with each level")


# --- the lexer -------------------------------------------------------------------------------


# A letter, digit or "_", or any character beyond ASCII: a superset of the engine's VARNAME and PN_CHARS
# (pyoxigraph 0.5's SPARQL grammar). Where a variable or a name here runs on past the engine's, the
# engine meets a character it has no rule for and stops with a syntax error, so nothing after is
# read as code. (A class spelled out range by range costs 10 ms to compile, each time it is used.)
_NAME_CHAR = r"[^\x00-\x2f:-@\[-^`{-\x7f]"
_CODE = (
    rf"(?P<var>[?$]{_NAME_CHAR}+)"
    r"|(?P<number>[0-9]+\.[0-9]*[eE][+-]?[0-9]+|\.[0-9]+[eE][+-]?[0-9]+|[0-9]+[eE][+-]?[0-9]+|[0-9]*\.[0-9]+|[0-9]+)"
    r"|(?P<langtag>@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*)"
    rf"|(?P<name>(?:[:]|{_NAME_CHAR}|\\.)(?:{_NAME_CHAR}|[-.:%]|\\.)*)"  # an escape (ex:a\#b) is part of the name
    r"|(?P<open>[{(\[])|(?P<close>[})\]])|(?P<sep>[.;,])"
    r"|(?P<other>\^\^)"  # a literal's datatype, not an operator
    r"|(?P<op>\|\||&&|!=|<=|>=|[=<>+\-*/|^!])"
)
_STRINGS = (  # the engine's four kinds, long ones first
    r"'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'(?:[^'\\\r\n]|\\.)*'"
    r'|"(?:[^"\\\r\n]|\\.)*"'
)
_LEXER = re.compile(
    r"(?P<space>[ \t\r\n]+)|(?P<comment>#[^\r\n]*)"
    rf"|(?P<string>{_STRINGS})"
    r"|(?P<unclosed>['\"])"  # the engine stops there with a syntax error: nothing after is read as code
    r'|(?P<iri><[^<>"{}\x00-\x20]*>)'  # up to the first ">", as the engine reads one, without what no IRI holds
    rf"|{_CODE}|(?P<else>.)", re.DOTALL)
# The inside of an <IRI> read as code: a quote or "#" starts nothing there (whatever the engine would hide counts).
_IRI_LEXER = re.compile(rf"(?P<space>[ \t\r\n]+)|{_CODE}|(?P<else>.)", re.DOTALL)
_KINDS = {"var": VAR, "number": WORD, "langtag": WORD, "open": OPEN, "close": CLOSE, "sep": SEP, "op": OP,
          "other": OTHER, "else": OTHER, "string": STRING, "iri": IRI}
_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def tokens(text: str) -> list[tuple[str, str, int]]:
    """(kind, text, offset) of each token of a query, as the guard reads it (whitespace and comments
    skipped; a bare keyword is a WORD without ``:``, a prefixed name a WORD with one)."""
    return list(_tokens(text))


def _tokens(text: str, *, in_iri: bool = False):
    """(kind, text, offset) for each token; whitespace and comments are skipped."""
    for m in (_IRI_LEXER if in_iri else _LEXER).finditer(text):
        group = m.lastgroup
        if group == "unclosed":
            return
        if group == "name":
            yield from _name(m.group(), m.start())
        elif group not in ("space", "comment"):
            yield _KINDS[group], m.group(), m.start()


def _name(run: str, at: int):
    """A prefixed name or blank node label is one word (``ex:a-b.c``); a run without ``:`` is keywords, and
    ``-`` and ``.`` between them are an operator and the end of a triple (``true.SERVICE``)."""
    end = len(run)
    while end > 1 and run[end - 1] == ".":  # a name does not end with ".": that ends a triple
        end -= 1
    if ":" in run[:end]:
        yield WORD, run[:end], at
    else:
        start = 0
        for k in range(end):
            if run[k] in "-.%":
                if k > start:
                    yield WORD, run[start:k], at + start
                yield (OP if run[k] == "-" else SEP if run[k] == "." else OTHER), run[k], at + k
                start = k + 1
        if start < end:
            yield WORD, run[start:end], at + start
    for k in range(end, len(run)):
        yield SEP, ".", at + k


# --- what is refused --------------------------------------------------------------------------


def _bare(word: str) -> bool:
    return ":" not in word


def _refuse_update(tokens) -> None:
    for k, (kind, text, _) in enumerate(tokens):
        if kind == WORD and _bare(text) and text.upper() in UPDATE_WORDS:
            word = text.upper()
            if word == "LOAD":
                target = next((t for kd, t, _ in tokens[k + 1:k + 3] if kd != WORD or t.upper() != "SILENT"), "")
                raise QueryError(f"LOAD {target} is refused: SPARQL Update is never run, so nothing is fetched; "
                                 "the graph is read-only (change the annotations and run `reformkg build`)")
            raise QueryError(f"this is SPARQL Update ({word}), which is refused: the graph is read-only; "
                             "change the annotations and run `reformkg build` instead")


def _service_targets(tokens):
    """The target of every place where the engine could read a SERVICE clause: the keyword (inside a word too,
    as the engine needs no space before it), SILENT or not, a target (an IRI, a variable or a prefixed name,
    possibly in the same word), then ``{``. Yields the target's kind and text."""
    for k, (kind, text, _) in enumerate(tokens):
        if kind != WORD:
            continue
        low = text.lower()
        at = low.find("service")
        while at >= 0:
            rest = text[at + 7:]
            if rest.lower().startswith("silent"):
                rest = rest[6:]
            nxt = tokens[k + 1:k + 4]
            if rest:
                if ":" in rest and nxt[:1] and nxt[0][:2] == (OPEN, "{"):
                    yield WORD, rest
            else:
                if nxt and nxt[0][0] == WORD and nxt[0][1].lower().startswith("silent"):
                    fused = nxt[0][1][6:]
                    if fused and len(nxt) > 1 and nxt[1][:2] == (OPEN, "{"):
                        yield WORD, fused
                    nxt = nxt[1:]
                if len(nxt) > 1 and nxt[0][0] in (IRI, VAR, WORD) and nxt[1][:2] == (OPEN, "{") \
                        and (nxt[0][0] != WORD or ":" in nxt[0][1]):
                    yield nxt[0][0], nxt[0][1]
            at = low.find("service", at + 1)


def _refuse_service(tokens, allow_service) -> None:
    allowed = {allowed_host(entry) for entry in allow_service}
    for kind, target in _service_targets(tokens):
        if not allowed:
            raise QueryError(f"SERVICE {target} is not allowed: queries do not fetch from other servers "
                             "(reformkg query --allow-service HOST allows one)")
        host = _host(target) if kind == IRI else None
        if host is None:
            raise QueryError(f"SERVICE {target} is not allowed: only a SERVICE <http://HOST/…> written in full, "
                             "with a HOST given to --allow-service")
        if host not in allowed and (host[0], None) not in allowed:
            raise QueryError(f"SERVICE {target} is not allowed: its host {host[0]} is not in --allow-service "
                             f"({', '.join(allow_service)})")


def allowed_host(entry: str) -> tuple[str, int | None]:
    """(host, port or None) of an --allow-service entry, HOST or HOST:PORT; QueryError if it is neither."""
    try:
        parts = urlsplit("//" + entry)
        if parts.hostname and not parts.path and not parts.query and not parts.fragment and not parts.username:
            return parts.hostname.lower(), parts.port
    except ValueError:
        pass
    raise QueryError(f"--allow-service {entry!r} is not a host: give HOST or HOST:PORT")


def _host(iri: str) -> tuple[str, int] | None:
    """(host, port) of an absolute http(s) ``<IRI>`` (the engine's escapes \\uXXXX undone), else None."""
    try:
        text = _UCHAR.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), iri[1:-1])
        if "\\" in text:  # an escape the engine does not accept: no IRI
            return None
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return parts.hostname.lower(), port or (443 if parts.scheme.lower() == "https" else 80)


# --- how deep ---------------------------------------------------------------------------------


class _Frame:
    """One bracket's content: its group elements, the longest chain of each precedence, its deepest child."""

    __slots__ = ("deepest", "elements", "longest", "opener", "reparsed", "runs")

    def __init__(self, opener: str, reparsed: int = 0):
        self.opener = opener
        self.elements = 0
        self.runs = [0] * 7
        self.longest = [0] * 7
        self.deepest = 0
        self.reparsed = reparsed

    def operator(self, precedence: int) -> None:
        self.runs[precedence] += 1
        self.longest[precedence] = max(self.longest[precedence], self.runs[precedence])
        for p in range(precedence + 1, 7):  # a looser operator ends the chains of the tighter ones
            self.runs[p] = 0

    def separate(self) -> None:
        self.runs = [0] * 7

    def value(self) -> int:
        return self.elements + sum(self.longest) + self.deepest


def _elements_in(word: str) -> int:
    """How many group elements the engine could read in one word: anywhere in a bare word (``trueBIND(…)``
    is a BIND), at the start of each part of a prefixed name (``ex:`` then ``OPTIONAL {…}``)."""
    if ":" not in word:
        return len(_ELEMENT_ANYWHERE.findall(word)) + _is_as(word.upper())
    return len(_ELEMENT_AT_START.findall(word)) + ("AS" in word.upper().split(":"))


_ELEMENT_ANYWHERE = re.compile("|".join(ELEMENT_WORDS), re.IGNORECASE)
_ELEMENT_AT_START = re.compile(f"(?:^|:)(?:{'|'.join(ELEMENT_WORDS)})", re.IGNORECASE)


def _is_as(up: str) -> bool:
    """``AS``, or ``trueAS``: a boolean then AS, with no space between (a number is a word of its own)."""
    return up in ("AS", "TRUEAS", "FALSEAS")


_ITEMS = (VAR, IRI, STRING, WORD)
_ITEM_ENDS = (VAR, IRI, STRING, WORD, CLOSE)


def _measure(tokens, opener: str = "", iris: dict | None = None) -> tuple[int, int]:
    """(depth, how many REGEX/SUBSTR/REPLACE/GROUP_CONCAT enclose one another at most)."""
    iris = {} if iris is None else iris  # an IRI's inside, measured once
    stack = [_Frame(opener)]
    most_reparsed = 0
    prev = (None, None)
    for kind, text, _ in tokens:
        top = stack[-1]
        if top.opener == "(" and prev[0] in _ITEM_ENDS and (kind in _ITEMS or kind == OPEN and prev[0] in (VAR, STRING, CLOSE)):
            top.elements += 2  # a list's next item: a collection ( ?a ?b … ) is a chain of two triples per item
        if kind == OPEN:
            if text == "{" and top.opener == "{" and prev[1] in ("{", "}", "."):
                top.elements += 1  # a group of its own, joined to what precedes it
            reparsed = top.reparsed + (text == "(" and prev[0] == WORD and prev[1].upper().endswith(REPARSED))
            most_reparsed = max(most_reparsed, reparsed)
            stack.append(_Frame(text, reparsed))
        elif kind == CLOSE:
            if len(stack) > 1:
                done = stack.pop()
                stack[-1].deepest = max(stack[-1].deepest, 1 + done.value())
        elif kind == OP and (top.opener == "(" or text in "/|"):  # elsewhere + - * ! are signs and modifiers
            top.operator(PRECEDENCE[text])
        elif kind == SEP:
            top.separate()
            if top.opener in "{[":
                top.elements += 1  # the next triple pattern: a group's patterns are a chain of joins
        elif kind == WORD:
            count = _elements_in(text)
            if count:
                up = text.upper()
                holder = stack[-2] if len(stack) > 1 and _is_as(up) else top  # (… AS ?v) extends the parent
                holder.elements += count
                top.separate()
        elif kind == IRI:  # the engine may read its inside as code (after an operand, "<" is "less than")
            if text not in iris:
                iris[text] = _measure(list(_tokens(text[1:-1], in_iri=True)), opener="(")
            depth, reparsed = iris[text]
            top.deepest = max(top.deepest, depth)
            most_reparsed = max(most_reparsed, top.reparsed + reparsed)
        prev = (kind, text)
    while len(stack) > 1:  # not closed: the engine reads them before it fails
        done = stack.pop()
        stack[-1].deepest = max(stack[-1].deepest, 1 + done.value())
    return stack[0].value(), most_reparsed
