"""What wraps every response of `reformkg serve`: the security headers, and a last resort for
an exception no route expected.

A plain ASGI middleware (Starlette is not imported here; app.py installs it in Starlette's
stack, inside only the ServerErrorMiddleware, which then never sees an exception). Every response gets SECURITY_HEADERS:
no page may be framed (clickjacking), run a script or load anything from another origin, no
response is sniffed into another media type, no URL leaks in a Referer. An exception that
reaches the wrapper is a bug, not bad input (tests/test_serve_hostile.py shows none of its
requests gets here): it is logged on one line, without a traceback that would flood the log,
and the client gets a bare 500 that says nothing about the server's insides.
"""

from __future__ import annotations

import logging

# what the pages need: their own inline <style> (templates/base.html and pyLODE's
# docs/ontology.html), pyLODE's data: favicons, forms posted to the server itself
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
       "frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
]
INTERNAL_ERROR = b"internal error: the server's log says more\n"

log = logging.getLogger("uvicorn.error")  # uvicorn's own log: the same stream and format


def one_line(exc: BaseException) -> str:
    """``TypeName: message (file:line)`` of an exception, cut to one line: where it was raised,
    without the traceback."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    where = f" ({tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno})" if tb else ""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:200]}{where}"


class Hardened:
    """``app`` with SECURITY_HEADERS on every response and no exception escaping to the server."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def send_secured(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _v in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        try:
            await self.app(scope, receive, send_secured)
        except Exception as exc:  # noqa: BLE001 - the last resort: one log line, a bare 500
            log.error("internal error on %s %s: %s", scope.get("method"), scope.get("path", "")[:200], one_line(exc))
            if not started:
                await send_secured({"type": "http.response.start", "status": 500, "headers": [
                    (b"content-type", b"text/plain; charset=utf-8"),
                    (b"content-length", str(len(INTERNAL_ERROR)).encode())]})
                await send_secured({"type": "http.response.body", "body": INTERNAL_ERROR})
