"""The reference engines for the benchmarks' baselines: pyshacl and ruamel's pure-Python YAML."""

from __future__ import annotations

import os
from contextlib import contextmanager

SWITCHES = {"REFORMKG_SHACL": "pyshacl", "REFORMKG_YAML": "pure"}


@contextmanager
def reference_engines():
    """Inside: the library validates with pyshacl and parses YAML with the pure parser;
    the environment is restored afterwards, whatever happens."""
    saved = {k: os.environ.get(k) for k in SWITCHES}
    os.environ.update(SWITCHES)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
