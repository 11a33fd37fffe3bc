"""Child processes that never outlive their parent.

A build's worker processes (``--workers``) and ``serve``'s Oxigraph server inherit the store's lock.
Killed with SIGKILL, or stopped by ``timeout`` or the OOM killer, the parent cannot clean up after
them, and orphans would hold the lock for good. On Linux each such child asks the kernel to kill it
when its parent dies (``prctl(PR_SET_PDEATHSIG, SIGKILL)``); elsewhere this is a no-op.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

__all__ = ["die_with_parent"]

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int) -> None:
    """In a child: be killed when ``parent_pid`` (our parent) dies; exit now if it already has.

    Meant as a ``ProcessPoolExecutor`` initializer or a ``subprocess.Popen`` ``preexec_fn``.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - no prctl: nothing more we can do
        return
    if os.getppid() != parent_pid:  # the parent died before the request took effect
        os._exit(1)
