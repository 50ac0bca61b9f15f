"""`reformkg serve`: a read-only SPARQL endpoint and browsable pages over ``build/``.

app          the ASGI app: routes, the SPARQL 1.1 Protocol, running it with uvicorn
site         what the pages show, read from the current generation's store
negotiation  the media types served and the ``Accept`` negotiation
cache        the /sparql answers kept in memory and their ETags
inputs       the checks of a request's path, parameters and body (each refusal a 4xx)
middleware   the security headers of every response; no exception reaches uvicorn
dataset      the store of `serve --data`: RDF files loaded into memory instead of build/
templates/   the Jinja2 templates of the pages

Starlette, uvicorn and Jinja2 come with the optional ``serve`` extra: app imports them when
an app is made, so the rest imports without them.
"""
