"""Killed processes leave nothing behind: a parallel build's workers and ``serve``'s Oxigraph server
die with their parent (SIGKILL included), so the store's lock is free and the store reads as before.
Articles here are invented."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

pytestmark = pytest.mark.model

TEXTS = [
    "Lena Varga, a Hungarian diplomat posted in Bern, defected to Austria in May {y}, officials said.",
    "Peru and Chile signed a fisheries accord in Lima in March {y}; it entered into force a year later.",
    "Omar Haddad, a Syrian consul in Oslo, sought asylum in Sweden in {y}, his lawyer said on Monday.",
]


def _corpus(path: Path, n: int) -> Path:
    rows = []
    for i in range(n):
        text = " ".join(t.format(y=1950 + i % 70) for t in TEXTS) * 4
        rows.append(json.dumps({"id": f"a{i}", "published": "2021-01-05", "text": text}))
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "diplograph", *args], capture_output=True, text=True, check=False
    )


def _wait_for_children(proc: psutil.Process, n: int, timeout: float = 60.0) -> list[psutil.Process]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        children = proc.children(recursive=True)
        if len(children) >= n:
            return children
        time.sleep(0.2)
    raise AssertionError(f"no {n} child processes within {timeout} s")


def _gone(procs: list[psutil.Process], timeout: float = 10.0) -> bool:
    _, alive = psutil.wait_procs(procs, timeout=timeout)
    return not alive


def _kill(procs: list[psutil.Process]) -> None:
    for p in procs:
        with contextlib.suppress(psutil.NoSuchProcess):
            p.kill()


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_a_killed_parallel_build_leaves_no_worker_and_no_lock(tmp_path: Path, sig: signal.Signals) -> None:
    out = tmp_path / "out"
    first = _cli("build", str(_corpus(tmp_path / "small.jsonl", 3)), "--out", str(out), "--no-html")
    assert first.returncode == 0, first.stderr
    before = _cli(
        "query",
        "--store",
        str(out / "store"),
        "--format",
        "csv",
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    )
    assert before.returncode == 0, before.stderr

    big = _corpus(tmp_path / "big.jsonl", 400)
    build = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "diplograph",
            "build",
            str(big),
            "--out",
            str(out),
            "--no-html",
            "--workers",
            "2",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[psutil.Process] = []
    try:
        workers = _wait_for_children(psutil.Process(build.pid), 2)
        time.sleep(1.0)  # the workers are busy with batches
        os.kill(build.pid, sig)
        build.wait(timeout=30)
        assert _gone(workers), [w.pid for w in workers if w.is_running()]
    finally:
        if build.poll() is None:
            build.kill()
        _kill(workers)  # a failing run must not leave orphans either
    after = _cli(
        "query",
        "--store",
        str(out / "store"),
        "--format",
        "csv",
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    )
    assert after.returncode == 0, after.stderr  # not "being written by another process"
    assert after.stdout == before.stdout  # the killed build committed nothing


@pytest.mark.server
def test_a_killed_serve_takes_its_server_with_it(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert (
        _cli("build", str(_corpus(tmp_path / "small.jsonl", 2)), "--out", str(out), "--no-html").returncode
        == 0
    )
    port = 18000 + os.getpid() % 1000
    serve = subprocess.Popen(
        [sys.executable, "-m", "diplograph", "serve", "--store", str(out / "store"), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    servers: list[psutil.Process] = []
    try:
        servers = _wait_for_children(psutil.Process(serve.pid), 1)
        os.kill(serve.pid, signal.SIGKILL)
        serve.wait(timeout=30)
        assert _gone(servers)
    finally:
        if serve.poll() is None:
            serve.kill()
        _kill(servers)
    again = _cli("build", str(_corpus(tmp_path / "more.jsonl", 1)), "--out", str(out), "--no-html")
    assert again.returncode == 0, again.stderr  # the lock is free
