"""Ctrl-C and SIGTERM stop `reformkg query` at once, whether the engine runs the query in the
process or in a --timeout worker, and leave no process behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import children

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 33,904³ rows: never ends


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended


def start(built, *extra) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "reformkg.cli", "--project", str(built.root), "query", RUNAWAY, *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(1.5)  # well inside the query
    assert proc.poll() is None, proc.communicate()
    return proc


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_stops_a_running_query_within_a_second(built, sig):
    proc = start(built)
    sent = time.monotonic()
    proc.send_signal(sig)
    proc.wait(timeout=5)
    assert time.monotonic() - sent < 1.0
    assert proc.returncode == -sig  # ended by the signal: the shell reports 128 + 2 = 130, 128 + 15 = 143


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=["SIGINT", "SIGTERM", "SIGKILL"])
def test_the_timeout_worker_ends_with_its_parent(built, sig):
    proc = start(built, "--timeout", "60")
    workers = children(proc.pid)
    assert workers, "the query runs in a worker process"
    proc.send_signal(sig)
    proc.wait(timeout=5)
    deadline = time.monotonic() + 1.0
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(w) for w in workers), "the worker outlived its parent"


@pytest.mark.slow
def test_the_shell_sees_130(built):
    """What a user sees: `reformkg query …; echo $?` after Ctrl-C prints 130."""
    script = f'{sys.executable} -m reformkg.cli --project {built.root} query "{RUNAWAY}" & pid=$!; sleep 1.5; kill -INT $pid; wait $pid; echo $?'
    out = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=30, env={**os.environ})
    assert out.stdout.strip() == "130"
