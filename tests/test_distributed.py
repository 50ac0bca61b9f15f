"""The build on a Dask distributed cluster (``reformkg build --scheduler``, reformkg.pipeline.distributed):
the same bytes as the local build, the same page cache, a worker that dies mid-build retried on
the others, a worker running other code and an unreachable scheduler one line each, exit 1 and
nothing changed.

The cluster is a ``dask scheduler`` and two ``dask worker`` processes (one thread each, no nanny,
so that a killed worker stays dead) on 127.0.0.1, started by the tests; they see the project copies
at the same paths, as the documentation requires.

Byte-identical means: every file of the generation directory has the same sha256 as in the local
build, except two kinds, compared otherwise. ``answers/seconds.json`` records how long each canned
answer took (a timing, different on every build). The store's RocksDB files carry a random
database identity, session ids and a log with timestamps, different for two local builds too: the
store is compared by its quads."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from helpers import ROOT, copy_project, stop, store_quads, tree_digest

from reformkg.pipeline.orchestrate import build

BIN = Path(sys.executable).parent
TIMINGS = ("answers/seconds.json",)  # in a generation: how long each canned answer took


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """A scheduler and ``workers`` single-threaded worker processes on 127.0.0.1."""

    def __init__(self, tmp: Path, workers: int = 2, env: dict | None = None):
        tmp.mkdir(parents=True, exist_ok=True)
        self.address = f"tcp://127.0.0.1:{free_port()}"
        self.tmp, self.env = tmp, env
        self.logs = [open(tmp / "scheduler.log", "wb")]
        self.scheduler = subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port",
                                           self.address.rsplit(":", 1)[1], "--no-dashboard"],
                                          stdout=subprocess.DEVNULL, stderr=self.logs[0], cwd=tmp)
        self.workers: list[subprocess.Popen] = []
        for _ in range(workers):
            self.start_worker()
        from distributed import Client

        self.client = Client(self.address, timeout=60, set_as_default=False)
        self.client.wait_for_workers(workers, timeout=60)

    def start_worker(self) -> None:
        self.logs.append(open(self.tmp / f"worker{len(self.workers)}.log", "wb"))
        self.workers.append(subprocess.Popen([str(BIN / "dask"), "worker", self.address, "--nthreads", "1",
                                              "--no-nanny", "--host", "127.0.0.1", "--no-dashboard"],
                                             env={**os.environ, **(self.env or {})}, stdout=subprocess.DEVNULL,
                                             stderr=self.logs[-1], cwd=self.tmp))

    def worker_pids(self) -> dict[str, int]:
        return self.client.run(os.getpid)

    def close(self) -> None:
        self.client.close()
        for p in [*self.workers, self.scheduler]:
            stop(p)
        for f in self.logs:
            f.close()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    c = Cluster(tmp_path_factory.mktemp("cluster"))
    yield c
    c.close()


def generation_files(project) -> dict:
    """sha256 of every file of the current generation but its timings and its store's files."""
    gen = (project.build_dir / "current").resolve()
    return {rel: digest for rel, digest in tree_digest(gen).items()
            if rel not in TIMINGS and not rel.startswith("store")}


def cli(project, *args, env=None, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([str(BIN / "reformkg"), "--project", str(project.root), "build", *args],
                            env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, **kwargs)


def assert_same_build(project, local) -> None:
    assert (project.build_dir / "current").resolve().name == (local.build_dir / "current").resolve().name
    files = generation_files(project)
    assert files == generation_files(local)
    assert any(rel.startswith("nquads/") for rel in files) and "manifest.json" in files
    assert store_quads(project.build_dir) == store_quads(local.build_dir)


@pytest.mark.slow
def test_the_cluster_builds_the_same_bytes_and_the_same_cache(built, cluster, tmp_path):
    """`built` is the local build (worker processes of this machine, a cold cache)."""
    proj = copy_project(tmp_path / "p")
    cache = tmp_path / "cache"
    run = cli(proj, "--scheduler", cluster.address, env={"REFORMKG_CACHE": str(cache)})
    out, err = run.communicate(timeout=180)
    assert run.returncode == 0, err
    assert err == ""
    assert f"{len(proj.annotation_files())} pages" in out
    assert_same_build(proj, built)
    # the page cache holds the same entries, byte for byte, as the local build's: one per page
    mine, local = tree_digest(cache), tree_digest(built.cache_dir)
    assert sum(rel.endswith(".nq") for rel in mine) == len(proj.annotation_files())
    assert {rel: local.get(rel) for rel in mine} == mine

    # cached pages are not sent: one page changed, one task runs on the cluster
    from distributed import get_task_stream

    page = proj.annotation_files()[0]
    page.write_text(page.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    with get_task_stream(cluster.client) as stream:
        res = build(proj, cache_dir=cache, scheduler=cluster.address)
    assert res.cached == len(proj.annotation_files()) - 1
    ran = [t["key"] for t in stream.data if str(t["key"]).startswith("reformkg-page-")]
    assert len(ran) == 1, ran
    with get_task_stream(cluster.client) as stream:
        again = build(proj, cache_dir=cache, scheduler=cluster.address)
    assert again.cached == len(proj.annotation_files()) and again.store == "unchanged"
    assert not [t for t in stream.data if str(t["key"]).startswith("reformkg-page-")]


@pytest.mark.slow
def test_a_worker_killed_mid_build_is_retried_on_the_other(built, tmp_path):
    """One worker is killed (SIGKILL) while it holds a page task: Dask gives its tasks to the other,
    and the build is complete and the same bytes; never a partial build."""
    c = Cluster(tmp_path / "cluster")
    try:
        proj = copy_project(tmp_path / "p")
        run = cli(proj, "--scheduler", c.address, env={"REFORMKG_CACHE": str(tmp_path / "cache")})
        pids, killed, deadline = c.worker_pids(), None, time.monotonic() + 120
        while killed is None and run.poll() is None and time.monotonic() < deadline:
            for addr, keys in c.client.processing().items():
                # a page task that has reached the worker (not merely queued for it)
                if any(str(k).startswith("reformkg-page-") for k in keys) and addr in pids:
                    os.kill(pids[addr], signal.SIGKILL)
                    killed = addr
                    break
            time.sleep(0.02)
        assert killed is not None, "the build ended before a worker could be killed"
        out, err = run.communicate(timeout=180)
        assert run.returncode == 0, err
        assert err == ""  # Dask's own log lines stay out of the build's output
        assert out.startswith("built build/ (gen-")
        assert len(c.client.nthreads()) == 1  # the killed one did not come back (asked of the scheduler)
        assert_same_build(proj, built)
    finally:
        c.close()


@pytest.mark.slow
def test_the_shared_inputs_lost_with_a_worker_are_sent_again_to_the_others(built, tmp_path):
    """The one worker that holds what every page reads dies after another has joined (a cluster
    that scales, or Dask's memory manager having dropped the other copies): the pages it cancels
    are sent again, with the shared inputs, to the worker left; the build is complete and the same
    bytes."""
    c = Cluster(tmp_path / "cluster", workers=1)
    try:
        proj = copy_project(tmp_path / "p")
        (first,) = c.worker_pids().values()
        run = cli(proj, "--scheduler", c.address, env={"REFORMKG_CACHE": str(tmp_path / "cache")})
        deadline = time.monotonic() + 120
        while run.poll() is None and time.monotonic() < deadline and not any(
                str(k).startswith("reformkg-page-") for keys in c.client.processing().values() for k in keys):
            time.sleep(0.02)
        c.start_worker()  # joins after the shared inputs were scattered: it holds no copy
        c.client.wait_for_workers(2, timeout=60)
        assert run.poll() is None, "the build ended before the first worker could be killed"
        os.kill(first, signal.SIGKILL)
        out, err = run.communicate(timeout=180)
        assert run.returncode == 0, err
        assert err == ""
        assert out.startswith("built build/ (gen-")
        assert list(c.client.run(os.getpid).values()) == [c.workers[1].pid]
        assert_same_build(proj, built)
    finally:
        c.close()


@pytest.mark.slow
def test_the_last_worker_killed_mid_build_fails_it_cleanly(built, tmp_path):
    """No worker left: what every page reads went with it, the build stops with one error, build/
    as it was."""
    from reformkg.errors import ReformkgError
    from reformkg.settings import Project

    c = Cluster(tmp_path / "cluster", workers=1)
    try:
        proj_root = tmp_path / "p"
        shutil.copytree(built.root, proj_root, symlinks=True)
        before = tree_digest(proj_root / "build")
        (pid,) = c.worker_pids().values()
        killed = threading.Event()

        def kill_when_busy():
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                if any(str(k).startswith("reformkg-page-") for keys in c.client.processing().values() for k in keys):
                    os.kill(pid, signal.SIGKILL)
                    killed.set()
                    return
                time.sleep(0.02)

        killer = threading.Thread(target=kill_when_busy)
        killer.start()
        with pytest.raises(ReformkgError) as err:
            build(Project(proj_root), cache_dir=tmp_path / "cache", scheduler=c.address)
        killer.join()
        assert killed.is_set()
        assert str(err.value) == (f"the build on the Dask cluster at {c.address} failed: its pages were cancelled "
                                  f"(the last worker holding the build's shared inputs died, or the cluster "
                                  f"restarted); build/ is unchanged")
        assert tree_digest(proj_root / "build") == before
    finally:
        c.close()


@pytest.mark.slow
def test_a_worker_running_other_code_fails_the_build_cleanly(built, tmp_path):
    """A worker whose reformkg differs from the build's (one module changed) stops the build before
    its first page: exit 1, one line, build/ as it was."""
    src = tmp_path / "src"
    shutil.copytree(ROOT / "src" / "reformkg", src / "reformkg", ignore=shutil.ignore_patterns("__pycache__"))
    errors = src / "reformkg" / "errors.py"
    errors.write_text(errors.read_text(encoding="utf-8") + "\n# another version\n", encoding="utf-8")
    c = Cluster(tmp_path / "cluster", workers=1, env={"PYTHONPATH": str(src)})
    try:
        where = c.client.run(lambda: __import__("reformkg").__file__)  # the worker imports the changed copy
        assert len(where) == 1 and all(f.startswith(str(src)) for f in where.values())
        proj_root = tmp_path / "p"
        shutil.copytree(built.root, proj_root, symlinks=True)
        before = tree_digest(proj_root / "build")
        run = subprocess.run([str(BIN / "reformkg"), "--project", str(proj_root), "build", "--scheduler", c.address],
                             env={**os.environ, "REFORMKG_CACHE": str(tmp_path / "cache")},
                             capture_output=True, text=True, timeout=120)
        assert run.returncode == 1
        assert run.stdout == ""
        assert len(run.stderr.splitlines()) == 1, run.stderr
        assert run.stderr.startswith("Error: a Dask worker does not see the project as the build does: ")
        assert tree_digest(proj_root / "build") == before
    finally:
        c.close()


@pytest.mark.slow
def test_an_unreachable_scheduler_is_one_line_and_changes_nothing(built, tmp_path):
    proj_root = tmp_path / "p"
    shutil.copytree(built.root, proj_root, symlinks=True)
    before = tree_digest(proj_root)
    address = f"tcp://127.0.0.1:{free_port()}"  # nothing listens there
    run = subprocess.run([str(BIN / "reformkg"), "--project", str(proj_root), "build", "--scheduler", address],
                         env={**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"},
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert run.stdout == ""
    assert run.stderr.splitlines() == [f"Error: cannot reach the Dask scheduler at {address}: Timed out trying to "
                                       f"connect to {address} after 2 s; build/ is unchanged"]
    assert tree_digest(proj_root) == before
    env = subprocess.run([str(BIN / "reformkg"), "--project", str(proj_root), "build"],
                         env={**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s",
                              "REFORMKG_SCHEDULER": address}, capture_output=True, text=True, timeout=60)
    assert (env.returncode, env.stderr) == (1, run.stderr)  # the setting: the same as the option
    bad = subprocess.run([str(BIN / "reformkg"), "--project", str(proj_root), "build", "--scheduler", "127.0.0.1:8786"],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2
    assert bad.stderr.splitlines() == ["Error: --scheduler takes a Dask scheduler's address, tcp://HOST:PORT, "
                                       "not '127.0.0.1:8786'"]
    assert tree_digest(proj_root) == before


def test_a_local_build_does_not_import_dask():
    code = ("import sys; from reformkg.cli.common import main; main.get_command(None, 'build'); "
            "import reformkg.pipeline.orchestrate; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
