"""Every example in every ``--help`` runs as typed: the text is read from the help itself, run by a
shell in a folder holding the bundled sample, against real servers on 127.0.0.1.

Only the port (7878 in the examples) is swapped for a free one; ``push``'s example gets a real
Graph Store endpoint on that port (``diplograph serve --allow-updates`` on another store).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from diplograph.cli import COMMANDS, make_parser

pytestmark = [pytest.mark.model, pytest.mark.server]

BIN = Path(sys.executable).parent
# build first, remove last (it changes the store); serve and push need a server beside them
ORDER = ["build", "explain", "query", "export", "validate", "check", "upgrade", "viz", "serve", "push",
         "remove"]


def help_examples() -> dict[str, list[str]]:
    """Command name -> the example lines its ``--help`` prints under ``example``."""
    sub = next(a for a in make_parser()._actions if a.dest == "command")
    found = {}
    for name, parser in sub.choices.items():  # type: ignore[union-attr]
        text = parser.format_help()
        # "example: LINE", or "example (…):" and then indented lines
        block = re.search(r"^example(?:: (\S[^\n]*)|[^\n]*:\n((?:  \S[^\n]*\n?)+))", text, re.MULTILINE)
        assert block, f"`diplograph {name} --help` shows no example"
        found[name] = [line.strip() for line in (block.group(1) or block.group(2)).splitlines()]
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def shell(line: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(line, shell=True, cwd=cwd, env=env, capture_output=True, text=True, timeout=300,
                          check=False)


def start(line: str, cwd: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.Popen(line.split(), cwd=cwd, env=env, stderr=subprocess.PIPE, text=True)


def wait_until_up(port: int, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=1):
                return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    raise AssertionError(f"no server on port {port}")


def stop(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=20) == 0


def test_help_examples_cover_every_command() -> None:
    assert set(help_examples()) == {name for name, _, _ in COMMANDS} == set(ORDER)


def test_help_examples_run_as_typed(tmp_path: Path, sample_dir: Path) -> None:
    if shutil.which("curl") is None:
        pytest.skip("curl is not installed")
    shutil.copytree(sample_dir, tmp_path / "data" / "sample")
    examples = help_examples()
    for name in ORDER:
        port = str(free_port())
        lines = [line.replace("7878", port) for line in examples[name]]
        if name == "serve":  # first line serves, the next ones are its client
            server = start(lines[0], tmp_path)
            try:
                wait_until_up(int(port), server)
                for line in lines[1:]:
                    done = shell(line, tmp_path)
                    assert done.returncode == 0, (line, done.stderr)
                    assert '"value":"' in done.stdout, (line, done.stdout)
            finally:
                stop(server)
            continue
        if name == "push":  # a writable Graph Store endpoint for the example to push to
            assert shell("diplograph build data/sample --out remote --no-html", tmp_path).returncode == 0
            server = start(f"diplograph serve --allow-updates --store remote/store --port {port}", tmp_path)
            try:
                wait_until_up(int(port), server)
                [line] = lines
                done = shell(line, tmp_path)
                assert done.returncode == 0, (line, done.stderr)
            finally:
                stop(server)
            continue
        for line in lines:
            done = shell(line, tmp_path)
            assert done.returncode == 0, (line, done.stderr[-2000:])
