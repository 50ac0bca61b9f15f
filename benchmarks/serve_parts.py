"""Two parts of `reformkg serve` against the libraries that could replace them, in one run:
``Accept`` negotiation (reformkg.serve.negotiation.negotiate vs python-mimeparse's best_match)
and the /sparql answer cache (reformkg.serve.cache.AnswerCache, an OrderedDict, vs a
cachetools.LRUCache sized by getsizeof), on the same inputs, medians of ``--repeat`` runs.

    .venv/bin/python benchmarks/serve_parts.py [--repeat 7]

The libraries are not dependencies of the project; install them beside it to run this
(pip install --target DIR python-mimeparse==2.0.0 cachetools==8.0.2, then PYTHONPATH=DIR).
Besides the times it counts the headers on which the two negotiations choose differently and
checks that both caches end in the same state (keys, bytes, hits, misses).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from reformkg.serve.cache import AnswerCache  # noqa: E402
from reformkg.serve.negotiation import GRAPH_TYPES, HTML_TYPES, RESULT_TYPES, negotiate  # noqa: E402

try:  # not dependencies of the project: see the docstring
    import cachetools
    import mimeparse
except ImportError as exc:
    sys.exit(f"{exc.name} is not installed: see this script's docstring")

RESULTS = list(RESULT_TYPES)
GRAPHS = list(GRAPH_TYPES)
PAGE = [*HTML_TYPES, *GRAPH_TYPES]  # what a resource's IRI offers
SD = ["text/turtle", "text/html"]  # /sparql without a query

# (Accept as sent by a client, what the server offers for that request)
REQUESTS = [
    (None, RESULTS),  # no Accept
    ("*/*", RESULTS),  # curl, httpx
    ("application/sparql-results+json", RESULTS),
    ("application/sparql-results+json,application/json,text/javascript,application/javascript", RESULTS),  # SPARQLWrapper
    ("application/sparql-results+json, application/sparql-results+xml;q=0.9, text/tab-separated-values;q=0.7, "
     "text/csv;q=0.5, application/json;q=0.2, application/xml;q=0.2, */*;q=0.1", RESULTS),  # Jena
    ("text/csv", RESULTS),
    ("application/sparql-results+json;q=0.5, text/csv", RESULTS),
    ("text/tab-separated-values", RESULTS),
    ("image/png", RESULTS),  # refused: 406
    ("text/turtle", GRAPHS),
    ("application/ld+json", GRAPHS),
    ("text/turtle;q=0.9, application/n-triples", GRAPHS),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,"
     "application/signed-exchange;v=b3;q=0.7", PAGE),  # Chrome
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", PAGE),  # Firefox
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", SD),
    ("text/turtle", PAGE),
    ("application/ld+json", PAGE),
    ("*/*", PAGE),
    (None, PAGE),
    ("text/*", PAGE),
    ("text/csv, application/sparql-results+json", RESULTS),  # equal q: the header's order decides (ours)
]


def library_negotiate(header: str | None, offered: list[str]) -> str | None:
    """negotiate() with python-mimeparse: best_match wants the preferred offer last."""
    try:
        return mimeparse.best_match(offered[::-1], header or "*/*") or None
    except mimeparse.MimeTypeParseException:
        return None


class LibraryAnswerCache:
    """AnswerCache on cachetools.LRUCache: the same interface, the bytes counted by getsizeof."""

    def __init__(self, limit: int):
        self.limit = limit
        self.items = cachetools.LRUCache(maxsize=limit, getsizeof=lambda item: len(item[2]))
        self.hits = self.misses = 0

    @property
    def size(self) -> int:
        return self.items.currsize

    def get(self, key):
        item = self.items.get(key)
        if item is None:
            self.misses += 1
            return None
        self.hits += 1
        return item

    def put(self, key, item) -> None:
        try:
            self.items[key] = item
        except ValueError:  # larger than the whole cache: not kept
            pass


def median_seconds(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def negotiation(repeat: int, rounds: int = 2000) -> None:
    def ours():
        for _ in range(rounds):
            for header, offered in REQUESTS:
                negotiate(header, offered)

    def library():
        for _ in range(rounds):
            for header, offered in REQUESTS:
                library_negotiate(header, offered)

    calls = rounds * len(REQUESTS)
    a, b = median_seconds(ours, repeat), median_seconds(library, repeat)
    differ = [(h, o[:2], negotiate(h, o), library_negotiate(h, o)) for h, o in REQUESTS
              if negotiate(h, o) != library_negotiate(h, o)]
    print(f"negotiation, {len(REQUESTS)} realistic Accept headers × {rounds}, median of {repeat}:")
    print(f"  hand-written negotiate     {1e6 * a / calls:6.2f} µs per call")
    print(f"  python-mimeparse best_match {1e6 * b / calls:6.2f} µs per call  ({b / a:.2f}× the hand-written)")
    print(f"  choose differently on {len(differ)} of {len(REQUESTS)} headers")
    for header, offered, x, y in differ:
        print(f"    {header!r} offered {offered}…: hand-written {x}, mimeparse {y}")


def workload(n: int = 20000, keys: int = 400, seed: int = 7):
    """/sparql requests: keys drawn with a long tail (a few canned queries asked often), bodies
    of 0.2 KB to 200 KB; a miss is followed by a put, as in the server."""
    rng = random.Random(seed)
    sizes = {k: int(1000 * rng.paretovariate(1.2)) % 200_000 + 200 for k in range(keys)}
    weights = [1 / (k + 1) for k in range(keys)]
    stream = rng.choices(range(keys), weights, k=n)
    return [((f"SELECT … {k}", (), (), "text/csv"), (200, "text/csv", b"x" * sizes[k])) for k in stream]


def cache(repeat: int, limit: int = 512 << 10) -> None:
    requests = workload()

    def drive(make):
        c = make(limit)
        for key, item in requests:
            if c.get(key) is None:
                c.put(key, item)
        return c

    a = median_seconds(lambda: drive(AnswerCache), repeat)
    b = median_seconds(lambda: drive(LibraryAnswerCache), repeat)
    x, y = drive(AnswerCache), drive(LibraryAnswerCache)
    same = (set(x.items) == set(y.items), x.size == y.size, (x.hits, x.misses) == (y.hits, y.misses))
    total = sum(len(item[2]) for item in dict(requests).values())
    print(f"answer cache, {len(requests)} requests for 400 answers ({total >> 10} KB in all), "
          f"limit {limit >> 10} KB, median of {repeat}:")
    print(f"  hand-written AnswerCache (OrderedDict)  {1e6 * a / len(requests):6.2f} µs per request")
    print(f"  cachetools.LRUCache(getsizeof)          {1e6 * b / len(requests):6.2f} µs per request  "
          f"({b / a:.2f}× the hand-written)")
    print(f"  hits {x.hits}, misses {x.misses}; same final state: {all(same)}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args(argv)
    print(f"python-mimeparse {mimeparse.__version__}, cachetools {cachetools.__version__}, "
          f"Python {sys.version.split()[0]}")
    negotiation(args.repeat)
    print()
    cache(args.repeat)


if __name__ == "__main__":
    main()
