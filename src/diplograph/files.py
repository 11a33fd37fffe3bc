"""Files written whole or not at all: every output (graph.trig/.ttl/.html, exports, pictures).

A temp file beside the target (``.graph.ttl.XXXX.tmp``) is written, flushed to disk, given the
permissions a new file would get (mkstemp's 0600 would hide it from other users) and renamed onto
the target. The rename is atomic (same directory, same file system): readers see the old file or
the whole new one. On any error the temp file goes and the target is left as it was; a killed
process's temp files are removed by the next build (``pipeline._remove_stale_temporaries``).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from diplograph.errors import DiplographError

__all__ = ["atomic_path", "atomic_write", "write_text"]


@contextmanager
def atomic_path(path: Path, *, suffix: str = ".tmp") -> Iterator[Path]:
    """A temp path beside ``path`` for any writer (ours, or another program such as Chromium);
    when the block ends without error, the file there is renamed onto ``path``.

    Raises:
        DiplographError: the file cannot be created or renamed (one line naming ``path``).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=suffix)
        os.close(fd)
    except OSError as exc:
        raise DiplographError(f"cannot write {path}: {exc.strerror or exc}") from exc
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as exc:
        raise DiplographError(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)


@contextmanager
def atomic_write(path: Path) -> Iterator[IO[bytes]]:
    """:func:`atomic_path`, opened for binary writing and flushed to disk before the rename; the
    handle's ``name`` is the temp file's path, for writers that take a path."""
    with atomic_path(path) as tmp, open(tmp, "wb") as out:
        yield out
        out.flush()
        os.fsync(out.fileno())


def write_text(path: Path, text: str) -> Path:
    """Write ``text`` (UTF-8, LF line ends) to ``path`` through :func:`atomic_write`."""
    with atomic_write(path) as out:
        out.write(text.encode("utf-8", errors="replace"))
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
