"""What a request may carry, checked before anything is looked up or run: the path as a dataset
IRI, the parameters, the body (read under a size limit) and its charset.

Each check raises :class:`BadRequest` with the status and the one-line message the client
gets, so that no input, however odd, reaches the store or the engine malformed (a path with
``%20`` or ``<script>``, a body in UTF-16 or random bytes gave 500; a 200 MB body was read
whole, 1.2 GB at peak).
Plain functions over bytes and strings: app.py calls them; Starlette is not imported here.
"""

from __future__ import annotations

import codecs
import re
from urllib.parse import parse_qs

from reformkg.namespaces import BASE

MAX_BODY = 1 << 20  # bytes of a request body (`serve --max-body`)
MAX_PATH = 2048  # bytes of a request path: no dataset IRI comes near (the longest path is 58)
MAX_PARAMS = 100  # parameters in a query string or a form
SHOWN = 200  # characters of a client's input repeated in a message


class BadRequest(Exception):
    """A request refused with ``status`` (4xx) and a one-line ``message``."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def shown(text: str) -> str:
    """A client's input as a message repeats it: escapes for what would not print, at most SHOWN characters."""
    text = text if len(text) <= SHOWN else text[:SHOWN] + "…"
    return text.encode("unicode_escape").decode("ascii") if not text.isprintable() else text


# --------------------------------------------------------------------------- the path


_PCHAR = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")


def _ucschar(c: str) -> bool:
    """A character an IRI may hold unescaped (RFC 3987 ``ucschar``)."""
    o = ord(c)
    return (0xA0 <= o <= 0xD7FF or 0xF900 <= o <= 0xFDCF or 0xFDF0 <= o <= 0xFFEF
            or (0x10000 <= o <= 0xEFFFD and (o & 0xFFFF) <= 0xFFFD and not 0xE0000 <= o <= 0xE0FFF))


def _unescape(m: re.Match) -> str:
    """A run of %XX as the IRI writes it (RFC 3987 3.2): UTF-8 of unreserved and non-ASCII
    letters decoded, everything else (``%20``, ``%2F``, ``%00``, bytes that are not UTF-8)
    kept escaped, in upper case."""
    raw = bytes.fromhex(m.group(0).replace("%", ""))
    out = []
    for c in raw.decode("utf-8", errors="surrogateescape"):
        if c in _UNRESERVED or _ucschar(c):
            out.append(c)
        elif 0xDC80 <= ord(c) <= 0xDCFF:  # a byte that is not part of UTF-8
            out.append(f"%{ord(c) - 0xDC00:02X}")
        else:
            out.append("".join(f"%{b:02X}" for b in c.encode("utf-8")))
    return "".join(out)


def iri_of_path(raw_path: bytes) -> str:
    """The dataset IRI ``https://w3id.org/reformkg/{path}`` a request path names, from the path
    as sent (still percent-encoded). A path that is no URL path at all is a 400; one that is a
    URL path names an IRI, which may well be unknown (404 is then the caller's to say)."""
    if len(raw_path) > MAX_PATH:
        raise BadRequest(414, f"the path is longer than {MAX_PATH} bytes; no IRI of this dataset is")
    try:
        path = raw_path.decode("ascii")
    except UnicodeDecodeError:
        raise BadRequest(400, "the path holds bytes that are not ASCII: percent-encode them") from None
    if _BAD_ESCAPE.search(path):
        raise BadRequest(400, "the path has a '%' that is not followed by two hex digits")
    odd = next((c for c in path if c not in _PCHAR and c != "%"), None)
    if odd is not None:
        raise BadRequest(400, f"the path holds {odd!r}, which a URL path cannot: percent-encode it")
    path = _ESCAPES.sub(_unescape, path)
    if any(seg in (".", "..") for seg in path.split("/")):
        raise BadRequest(400, "the path has a '.' or '..' segment; dataset IRIs have none")
    return BASE + path.removeprefix("/")


# --------------------------------------------------------------------------- parameters


def parse_params(text: str, charset: str = "UTF-8", where: str = "the query string") -> dict[str, list[str]]:
    """``name=value&…`` (a URL's query string or a form) as lists of values by name; escapes
    that are not ``charset`` once decoded are a 400, not replacement characters."""
    try:
        return parse_qs(text, keep_blank_values=True, encoding=charset, errors="strict", max_num_fields=MAX_PARAMS)
    except UnicodeDecodeError:
        raise BadRequest(400, f"{where} is not {charset} once percent-decoded") from None
    except ValueError:
        raise BadRequest(400, f"{where} has more than {MAX_PARAMS} parameters") from None


def query_string(raw: bytes) -> dict[str, list[str]]:
    try:
        return parse_params(raw.decode("ascii"))
    except UnicodeDecodeError:
        raise BadRequest(400, "the query string holds bytes that are not ASCII: percent-encode them") from None


def single(params: dict[str, list[str]], name: str) -> str | None:
    """The one value of parameter ``name``, or None; given twice it is a 400 (the SPARQL 1.1
    Protocol: a request with more than one query is malformed)."""
    values = params.get(name, [])
    if len(values) > 1:
        raise BadRequest(400, f"more than one {name!r} parameter: send one")
    return values[0] if values else None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def query_text(text: str, where: str = "the query") -> str:
    """A query's text as received: without a leading byte-order mark; control characters other
    than tab and line breaks (binary data, NUL) are a 400 before the engine sees them."""
    text = text.removeprefix("\ufeff")
    m = _CONTROL.search(text)
    if m:
        raise BadRequest(400, f"{where} holds the control character {m.group(0)!r} at offset {m.start()}: "
                              "send SPARQL as text")
    return text


# --------------------------------------------------------------------------- the body


def content_type(header: str | None) -> tuple[str, dict[str, str]]:
    """``type/subtype; name=value`` as (lower-case media type, parameters)."""
    media, *params = (header or "").split(";")
    out = {}
    for p in params:
        name, _, value = p.partition("=")
        out[name.strip().lower()] = value.strip().strip('"')
    return media.strip().lower(), out


UTF8_ONLY = ("the SPARQL 1.1 Protocol takes queries in UTF-8 only (application/sparql-query and "
             "forms alike): send UTF-8")


def charset_of(params: dict[str, str]) -> str:
    """The charset a body is declared in: UTF-8 when none is, or UTF-8 or US-ASCII (its subset)
    when one is. The Protocol takes a query in UTF-8 only, so another charset, however well
    the body is written in it (UTF-16, Latin-1), is a 400; one Python does not know is a 415."""
    charset = params.get("charset") or "UTF-8"
    try:  # LookupError for a name Python does not know and for a bytes-to-bytes codec (rot13);
        b"x".decode(charset)  # an empty b"" would be decoded without looking the name up
    except LookupError:
        raise BadRequest(415, f"unknown charset {shown(charset)!r}: send UTF-8") from None
    except ValueError:
        pass  # a charset in which one byte is no character (UTF-16)
    if codecs.lookup(charset).name not in ("utf-8", "ascii"):
        raise BadRequest(400, f"the body is declared {shown(charset)}: {UTF8_ONLY}")
    return charset


def decode(body: bytes, charset: str) -> str:
    try:
        return body.decode(charset)
    except UnicodeDecodeError:
        default = codecs.lookup(charset).name == "utf-8"
        raise BadRequest(400, f"the body is not valid {'UTF-8' if default else charset}: send it in UTF-8") from None


async def read_body(stream, declared_length: str | None, limit: int) -> bytes:
    """The body of a request, refused with 413 once it passes ``limit`` bytes: at once when its
    Content-Length says so (nothing read), else as soon as the chunks read add up to more, so
    that at most ``limit`` bytes (and one chunk) are ever held. ``stream`` is Starlette's
    ``request.stream()``."""
    too_big = BadRequest(413, f"the body is larger than {limit} bytes (serve --max-body)")
    if declared_length is not None:
        if not declared_length.strip().isdigit():
            raise BadRequest(400, "Content-Length is not a number")
        if int(declared_length) > limit:
            raise too_big
    chunks, size = [], 0
    async for chunk in stream:
        size += len(chunk)
        if size > limit:
            raise too_big
        chunks.append(chunk)
    return b"".join(chunks)
