"""``diplograph check``: read every block of the store and make its indexes agree, with bounded memory.

Oxigraph keeps each quad several times, once per index order (subject-, predicate-, object- and
graph-first, for named graphs and the default graph), in RocksDB files whose blocks carry
checksums. A damaged block shows up in one of three ways: RocksDB reports a checksum mismatch; a
garbled length makes the reader ask for gigabytes and abort; or an index silently holds fewer or
other entries than the others. So the check

1. dumps the whole dataset to nowhere (every graph-first block and every stored string is read and
   its checksum verified);
2. counts, from that full scan, the quads of every subject, predicate, object and graph, then asks
   the store for each of them (which reads the subject-, predicate- and object-first indexes), and
   for every (graph, predicate) pair; every count must match.

It runs in a child process whose address space is capped (``memory_limit``), so a garbled length
ends the child, not the machine: the parent reports one line either way. The store is opened
read-only and never written. What it does not read: the graph-then-object index (only a lookup by
graph *and* object uses it).
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from diplograph.errors import StoreError
from diplograph.store import first_line

__all__ = ["DEFAULT_MEMORY_LIMIT", "CheckReport", "check_store"]

#: The child's address-space cap: a sound store of 10M quads checks in well under this.
DEFAULT_MEMORY_LIMIT = 6 * 1024**3

RECOVERY = "see docs/operations.md, 'A damaged store'"


@dataclass(frozen=True)
class CheckReport:
    """A sound store's figures."""

    quads: int
    graphs: int
    terms: int
    lookups: int  # index look-ups made and matched

    def one_line(self) -> str:
        return (
            f"sound: {self.quads:,} quads in {self.graphs:,} named graphs; every block read and "
            f"{self.lookups:,} index look-ups over {self.terms:,} terms agree"
        )


def check_store(
    path: Path, *, memory_limit: int = DEFAULT_MEMORY_LIMIT, timeout: float | None = None
) -> CheckReport:
    """Check the store at ``path`` in a child process (see the module docstring).

    Raises:
        StoreError: the store is missing, in use by a writer, or damaged (the message says how).
    """
    from diplograph.store import lock_store

    path = Path(path)
    if not path.is_dir():
        raise StoreError(f"no store at {path}")
    with lock_store(path, exclusive=False):  # no build writes while we read
        try:
            done = subprocess.run(
                [sys.executable, "-m", "diplograph.check", str(path)],
                capture_output=True,
                text=True,
                timeout=timeout,
                preexec_fn=lambda: _child_limits(os.getppid(), memory_limit),
            )
        except subprocess.TimeoutExpired:
            raise StoreError(f"store {path}: the check did not finish in {timeout:g} s") from None
    if done.returncode == 0:
        return CheckReport(**json.loads(done.stdout))
    if done.returncode == 3:
        raise StoreError(f"store {path} is damaged: {done.stdout.strip()}; {RECOVERY}")
    if done.returncode < 0 or "memory allocation" in done.stderr:
        how = f"signal {signal.Signals(-done.returncode).name}" if done.returncode < 0 else "out of memory"
        raise StoreError(
            f"store {path} is damaged: reading it ended the checker ({how}; a garbled length asks for "
            f"more than the {memory_limit / 1024**3:g} GiB cap); {RECOVERY}"
        )
    last = (done.stderr.strip().splitlines() or ["no message"])[-1]
    raise StoreError(f"store {path} could not be checked: {last}")


def _child_limits(parent: int, memory_limit: int) -> None:
    from diplograph.process import die_with_parent

    die_with_parent(parent)
    resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))


def _check(path: str) -> dict[str, int]:
    """In the child: the checks; raises ``_Damaged`` with what disagrees."""
    import pyoxigraph as ox

    store = ox.Store.read_only(path)
    try:
        with open(os.devnull, "wb") as sink:
            store.dump(sink, ox.RdfFormat.N_QUADS)
    except (OSError, RuntimeError, ValueError) as exc:
        raise _Damaged(first_line(exc)) from None

    by: dict[str, Counter[object]] = {"subject": Counter(), "predicate": Counter(), "object": Counter()}
    graphs: Counter[object] = Counter()
    graph_predicate: Counter[tuple[object, object]] = Counter()
    quads = 0
    try:
        for q in store.quads_for_pattern(None, None, None, None):
            quads += 1
            by["subject"][q.subject] += 1
            by["predicate"][q.predicate] += 1
            by["object"][q.object] += 1
            graphs[q.graph_name] += 1
            graph_predicate[(q.graph_name, q.predicate)] += 1
        lookups = 0
        for position, counts in by.items():
            for term, expected in counts.items():
                s, p, o = (term if position == at else None for at in ("subject", "predicate", "object"))
                # pyoxigraph 0.5's look-up by an integer object also yields quads with other integers
                # (SPARQL filters them out): only the quads that hold the term count
                found = sum(
                    getattr(q, position) == term
                    for q in store.quads_for_pattern(s, p, o, None)  # type: ignore[arg-type]
                )
                lookups += 1
                if found != expected:
                    raise _Damaged(
                        f"the {position}-first index holds {found} quads for {term}, the full scan {expected}"
                    )
        for (g, p), expected in graph_predicate.items():
            found = sum(
                q.predicate == p and q.graph_name == g
                for q in store.quads_for_pattern(None, p, None, g)  # type: ignore[arg-type]
            )
            lookups += 1
            if found != expected:
                raise _Damaged(
                    f"the graph-then-predicate index holds {found} quads for {p} in {g}, not {expected}"
                )
        named = {g for g in store.named_graphs()}
        missing = {g for g in graphs if not isinstance(g, ox.DefaultGraph)} - named
        if missing:
            raise _Damaged(f"{len(missing)} graphs hold quads but are not listed, e.g. {next(iter(missing))}")
    except (OSError, RuntimeError, ValueError) as exc:
        raise _Damaged(first_line(exc)) from None
    terms = len(set(by["subject"]) | set(by["predicate"]) | set(by["object"]))
    return {"quads": quads, "graphs": len(named), "terms": terms, "lookups": lookups}


class _Damaged(Exception):
    pass


if __name__ == "__main__":  # the child process
    try:
        print(json.dumps(_check(sys.argv[1])))
    except _Damaged as damage:
        print(damage)
        sys.exit(3)
