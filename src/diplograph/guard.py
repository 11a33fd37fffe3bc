"""Run a command that reads the store in a child process whose memory is capped, so a damaged store
costs one line, not the machine.

Oxigraph reads its RocksDB blocks in native code. A garbled length in a damaged block makes the
reader ask for gigabytes: without a cap the process grows until the OOM killer ends it (or another
process); under a cap the allocation fails and Rust aborts the process with a backtrace — no
Python exception is raised that the command could turn into a message. So ``query``,
``export``, ``validate``, ``remove`` and ``viz`` (without ``--png``) run their work in a forked
child with its address space capped (:func:`memory_limit`); the parent relays the child's
standard error, holds back the lines of a native abort, and when the child ends that way prints
one line naming the store and the way to recover. Standard output is the child's own (results
stream as before).

The cap is ``$DIPLOGRAPH_MEMORY_LIMIT`` GiB, else :data:`DEFAULT_MEMORY_LIMIT` (half the machine's
memory, at least 6 GiB): far above what a sound store of millions of quads needs for these
commands, and it leaves the other half to everything else when a read runs away.
"""

from __future__ import annotations

import os
import re
import resource
import signal
import sys
from collections.abc import Callable

from diplograph.check import RECOVERY

__all__ = ["DEFAULT_MEMORY_LIMIT", "can_guard", "memory_limit", "run_guarded"]

def _half_the_memory() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2
    except (OSError, ValueError):
        return 0


#: half the machine's memory, at least 6 GiB: room for a big export, none for a runaway read
DEFAULT_MEMORY_LIMIT = max(6 * 1024**3, _half_the_memory())

# The first line Rust's runtime prints when it gives up (an allocation failure, a panic); what
# follows it (a backtrace, notes) is held back with it. Only these open the hold, so a command's
# own stderr lines (an indented one included) are never taken for native code's.
_NATIVE_ABORT = re.compile(
    rb"^(memory allocation of \d+ bytes failed|thread '.*' panicked|fatal runtime error)"
)


def memory_limit() -> int:
    """The child's address-space cap in bytes."""
    given = os.environ.get("DIPLOGRAPH_MEMORY_LIMIT")
    if not given:
        return DEFAULT_MEMORY_LIMIT
    try:
        gib = float(given)
    except ValueError:
        raise SystemExit(f"diplograph: DIPLOGRAPH_MEMORY_LIMIT is GiB as a number, not {given!r}") from None
    return int(gib * 1024**3)


def can_guard() -> bool:
    """Whether standard output and error are the process's own descriptors (a forked child's writes
    reach them); not so under an in-process capture such as pytest's ``capsys``."""
    try:
        return sys.stdout.fileno() == 1 and sys.stderr.fileno() == 2
    except (AttributeError, OSError, ValueError):
        return False


def run_guarded(work: Callable[[], int], store: object) -> int:
    """Run ``work`` (which returns an exit status) in a forked child with capped memory; return its
    status, or 1 with one line on standard error when the child dies in native code."""
    sys.stdout.flush()
    sys.stderr.flush()
    limit = memory_limit()
    read_end, write_end = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: do the work with stderr into the pipe
        status = 1
        try:
            os.close(read_end)
            os.dup2(write_end, 2)
            os.close(write_end)
            from diplograph.process import die_with_parent

            die_with_parent(parent)
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
            status = work()
        except SystemExit as done:  # argparse and friends
            if isinstance(done.code, int) or done.code is None:
                status = done.code or 0
            else:
                print(done.code, file=sys.stderr)
        except BaseException:  # reported as the parent process would have reported it
            import traceback

            traceback.print_exc()
        finally:
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            finally:
                os._exit(status)
    os.close(write_end)
    held: list[bytes] = []
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the child too; it answers
    try:
        with os.fdopen(read_end, "rb") as pipe:
            for line in pipe:
                if _NATIVE_ABORT.match(line) or held:
                    held.append(line)  # once native code aborts, the rest is its backtrace
                else:
                    sys.stderr.buffer.write(line)
                    sys.stderr.flush()
        _, wait_status = os.waitpid(pid, 0)
    finally:
        signal.signal(signal.SIGINT, previous)
    if os.WIFSIGNALED(wait_status) or held:
        how = (
            f"signal {signal.Signals(os.WTERMSIG(wait_status)).name}"
            if os.WIFSIGNALED(wait_status)
            else "a native error"
        )
        out_of_memory = any(line.startswith(b"memory allocation") for line in held)
        reason = (
            f"reading it asked for more than the {limit / 1024**3:g} GiB cap, as a garbled block does"
            if out_of_memory
            else f"the reader ended with {how}"
        )
        print(
            f"diplograph: store {store} could not be read ({reason}); run `diplograph check --store {store}`"
            f" (a sound store that needs more memory: set DIPLOGRAPH_MEMORY_LIMIT in GiB); {RECOVERY}",
            file=sys.stderr,
        )
        return 1
    return os.WEXITSTATUS(wait_status)
