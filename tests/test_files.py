"""Outputs written whole or not at all (diplograph.files), the one writer every output goes through."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from diplograph.errors import DiplographError
from diplograph.files import atomic_path, atomic_write, write_text


def test_an_error_while_writing_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_write(target) as out:
        out.write(b"half of the new")
        raise RuntimeError("the store went away")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


def test_a_new_file_gets_the_permissions_a_new_file_would_get(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = write_text(tmp_path / "out" / "graph.html", "<p>é</p>\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # not mkstemp's 0600
    assert path.read_bytes() == "<p>é</p>\n".encode()


def test_another_program_can_fill_the_temporary_path(tmp_path: Path) -> None:
    with atomic_path(tmp_path / "view.png", suffix=".png") as tmp:
        assert tmp.parent == tmp_path and tmp.name.startswith(".view.png.")
        tmp.write_bytes(b"\x89PNG")
    assert (tmp_path / "view.png").read_bytes() == b"\x89PNG" and not tmp.exists()


def test_a_target_that_cannot_be_replaced_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "graph.ttl").mkdir()  # a folder where the file should go
    with pytest.raises(DiplographError, match=r"^cannot write .*graph\.ttl: ") as err:
        write_text(tmp_path / "graph.ttl", "x")
    assert "\n" not in str(err.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]
