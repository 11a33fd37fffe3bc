"""``diplograph check`` and a damaged store: one line, bounded memory, nothing written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal, Namespace, URIRef

from diplograph.store import GraphStore

EX = Namespace("https://example.org/check/")


def make_store(path: Path, articles: int = 120) -> Path:
    """A store bulk-loaded from synthetic article graphs (no model), large enough for several files."""
    graphs = []
    for a in range(articles):
        triples = [
            (EX[f"thing{a}-{i}"], EX[f"prop{i % 13}"], Literal(f"value {a} {i} " + "x" * (i % 40)))
            for i in range(60)
        ]
        triples += [(EX[f"thing{a}-{i}"], EX.next, EX[f"thing{a}-{i + 1}"]) for i in range(59)]
        triples.append((EX[f"article{a}"], EX.rank, Literal(1000 + a)))  # integers: see check.py
        graphs.append((URIRef(EX[f"article{a}"]), triples))
    with GraphStore.open(path) as store:
        store.replace_articles(graphs)
    return path


def damage(store: Path) -> list[Path]:
    """Flip 200 bytes in the middle of every sizeable data file, as a bad disk sector would."""
    damaged = []
    for sst in sorted(store.glob("*.sst")):
        data = bytearray(sst.read_bytes())
        if len(data) < 8192:
            continue
        middle = len(data) // 2
        data[middle : middle + 200] = bytes(b ^ 0x5A for b in data[middle : middle + 200])
        sst.write_bytes(bytes(data))
        damaged.append(sst)
    assert damaged, "the store has no data file worth damaging"
    return damaged


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "diplograph", *map(str, args)], capture_output=True, text=True, timeout=300
    )


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def test_check_passes_a_sound_store(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store")
    result = run_cli("check", "--store", store)
    assert result.returncode == 0
    line = one_line(result)
    assert "sound" in line and "14,400 quads in 120 named graphs" in line


def test_check_reports_a_damaged_store_in_one_line(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store")
    files = {p.name: p.read_bytes() for p in damage(store)}
    result = run_cli("check", "--store", store, "--memory-limit", "2")
    assert result.returncode == 1
    line = one_line(result)
    assert line.startswith(f"diplograph: store {store} is damaged") and "docs/operations.md" in line
    assert {p.name: p.read_bytes() for p in store.glob("*.sst") if p.name in files} == files, "check wrote"


@pytest.mark.parametrize(
    "argv",
    [
        ("export", "--format", "trig", "-o", "{out}/x.trig"),
        ("export", "--format", "nquads", "-o", "{out}/x.nq"),
    ],
    ids=["trig", "nquads"],
)
def test_commands_on_a_damaged_store_say_so_in_one_line(tmp_path: Path, argv: tuple[str, ...]) -> None:
    store = make_store(tmp_path / "store")
    damage(store)
    result = run_cli(*(a.format(out=tmp_path) for a in argv), "--store", store)
    assert result.returncode == 1
    assert "is damaged" in one_line(result)
    assert not list(tmp_path.glob("x.*")), "a half-written export was left"


def test_check_is_refused_while_a_build_writes(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store", articles=3)
    with GraphStore.open(store):  # a writer holds the store
        result = run_cli("check", "--store", store)
    assert result.returncode == 1
    line = one_line(result)
    assert "in use" in line or "being written" in line


def test_check_of_a_missing_store_is_one_line(tmp_path: Path) -> None:
    result = run_cli("check", "--store", tmp_path / "nowhere")
    assert result.returncode == 1 and "no store at" in one_line(result)


def test_a_query_that_hits_a_garbled_block_is_one_line_not_a_native_abort(tmp_path: Path) -> None:
    """A garbled length makes Oxigraph's reader ask for gigabytes and abort in native code; the
    query runs in a capped child (guard.py), so the user reads one line and the machine keeps its
    memory. The outer cap only keeps this test from eating the machine if the guard is broken."""
    import os
    import resource

    store = make_store(tmp_path / "store")
    damage(store)
    outer = 5 * 1024**3
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "diplograph",
            "query",
            "--store",
            str(store),
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "DIPLOGRAPH_MEMORY_LIMIT": "2"},
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (outer, outer)),
    )
    assert result.returncode == 1
    line = one_line(result)
    assert line.startswith(f"diplograph: store {store} ") and "diplograph check" in line
    assert "memory allocation" not in result.stderr and "backtrace" not in result.stderr


def test_the_guard_keeps_a_sound_querys_output_and_status(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store", articles=3)
    ok = run_cli(
        "query",
        "--store",
        store,
        "--format",
        "csv",
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    )
    assert ok.returncode == 0 and ok.stdout.splitlines()[-1].strip() == "360" and ok.stderr == ""
    bad = run_cli("query", "--store", store, "SELECT ?x WHERE { ?x }")
    assert bad.returncode == 1 and one_line(bad).startswith("diplograph: ")


def test_the_guard_holds_back_only_what_native_code_prints_when_it_gives_up() -> None:
    """A command's own stderr lines pass through, indented ones included; a Rust abort's first line
    and everything after it do not, and the command then fails in one line."""
    script = (
        "import sys\n"
        "from diplograph.guard import run_guarded\n"
        "def work(lines):\n"
        "    for line in lines:\n"
        "        print(line, file=sys.stderr)\n"
        "    return 0\n"
        "lines = sys.argv[1:]\n"
        "sys.exit(run_guarded(lambda: work(lines), 'S'))\n"
    )
    own = subprocess.run(
        [sys.executable, "-c", script, "warning: 2 graphs skipped", "    at 3 places the labels differ"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert own.returncode == 0
    assert own.stderr.splitlines() == ["warning: 2 graphs skipped", "    at 3 places the labels differ"]
    native = subprocess.run(
        [sys.executable, "-c", script, "memory allocation of 24 bytes failed", "stack backtrace:", "   0: x"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert native.returncode == 1
    assert one_line(native).startswith("diplograph: store S could not be read")
