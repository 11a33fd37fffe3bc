"""Docs that cannot rot: every CLI command is documented, every SPARQL example in the README and
docs/ runs without duplicate rows, every `diplograph` command in the README runs as typed, and
every link stays inside the repository.

After sqlite-utils' ``tests/test_docs.py``: the docs are read as data, so a new command without
docs, or a query the vocabulary no longer answers, fails here.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from diplograph.cli import COMMANDS

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
README_TEXT = README.read_text(encoding="utf-8")
DOCS = [README, *sorted((ROOT / "docs").glob("*.md"))]
COMMAND_REFERENCE = ROOT / "docs" / "commands.md"

_FENCE = re.compile(r"^```[ \t]*(\w*)[^\n]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


def code_blocks(text: str, language: str | None = None) -> list[str]:
    """The bodies of fenced code blocks, optionally only those marked ``language``."""
    return [body for lang, body in _FENCE.findall(text) if language is None or lang.lower() == language]


SPARQL_EXAMPLES = [q for doc in DOCS for q in code_blocks(doc.read_text(encoding="utf-8"), "sparql")]
COMMAND_NAMES = [name for name, _, _ in COMMANDS]


def is_documented(command: str, text: str) -> bool:
    """A heading naming the command (``### `build` ``, ``## diplograph build``) or a code line running it."""
    heading = re.compile(
        rf"^#{{1,6}}\s.*(`{command}`|`diplograph {command}\b|diplograph {command}\b)", re.MULTILINE
    )
    if heading.search(text):
        return True
    run = re.compile(rf"^\s*(\$\s+)?diplograph\s+{command}\b", re.MULTILINE)
    return any(run.search(block) for block in code_blocks(text))


def test_docs_helpers_find_what_they_should() -> None:
    sample = "# x\n### `query`\n```sparql\nASK {}\n```\n```\n$ diplograph build a --out b\n```\n## building\n"
    assert code_blocks(sample, "sparql") == ["ASK {}\n"]
    assert is_documented("query", sample) and is_documented("build", sample)
    assert not is_documented("export", sample) and not is_documented("serve", "## serve the graph\n")


def test_docs_commands_list_is_not_empty() -> None:
    assert {"build", "query", "export", "viz"} <= set(COMMAND_NAMES)


@pytest.mark.parametrize("command", COMMAND_NAMES)
def test_docs_every_command_is_in_the_command_reference(command: str) -> None:
    text = COMMAND_REFERENCE.read_text(encoding="utf-8")
    assert is_documented(command, text), f"docs/commands.md does not document `diplograph {command}`"


def test_docs_readme_has_sparql_examples() -> None:
    assert code_blocks(README_TEXT, "sparql"), "README.md shows no SPARQL"
    assert len(SPARQL_EXAMPLES) >= 3, f"README and docs have {len(SPARQL_EXAMPLES)} ```sparql blocks"


def test_docs_readme_is_read_in_five_minutes() -> None:
    lines = README_TEXT.count("\n")
    assert lines <= 200, f"README.md has {lines} lines; the reference belongs in docs/"


_LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.mark.parametrize("doc", DOCS, ids=[d.name for d in DOCS])
def test_docs_links_stay_inside_the_repository(doc: Path) -> None:
    for target in _LINK.findall(doc.read_text(encoding="utf-8")):
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue  # a web address or an anchor
        path = (doc.parent / target.split("#")[0]).resolve()
        assert path.is_relative_to(ROOT), f"{doc.name} links outside the repository: {target}"
        assert path.exists(), f"{doc.name} links to a missing file: {target}"


def test_docs_layout_lists_every_module() -> None:
    layout = (ROOT / "docs" / "development.md").read_text(encoding="utf-8")
    src = ROOT / "src" / "diplograph"
    modules = {p.name for p in src.glob("*.py") if p.name not in {"__init__.py", "__main__.py"}}
    modules |= {f"{p.name}/" for p in src.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    missing = sorted(m for m in modules if m.rstrip("/") not in layout)
    assert not missing, f"docs/development.md's project layout does not mention {missing}"


#: README commands not run here, and why (each is tested elsewhere against a real server).
NOT_RUN = {
    "serve": "runs until stopped; tests/test_server.py runs it",
    "push": "needs a Graph Store endpoint; tests/test_server.py pushes to a real one",
}


#: Lines of docs/ that are not commands to run as they stand, and why.
NOT_A_COMMAND = {
    "--dask": "needs a dask.distributed scheduler; tests/test_parallel.py runs one",
    "FORMAT": "a synopsis, not a command",
    " | ": "a pipe into another tool",
}


def readme_commands() -> list[str]:
    return _commands(README_TEXT)


def docs_commands() -> list[str]:
    return [c for doc in DOCS[1:] for c in _commands(doc.read_text(encoding="utf-8"))]


def _commands(text: str) -> list[str]:
    return [
        line.strip()
        for block in code_blocks(text, "")
        for line in block.splitlines()
        if line.strip().startswith("diplograph ")
        and line.split()[1] not in NOT_RUN
        and not any(marker in line for marker in NOT_A_COMMAND)
    ]


def test_docs_readme_shows_commands() -> None:
    assert {c.split()[1] for c in readme_commands()} >= {"build", "query", "viz", "export", "explain"}


@pytest.fixture(scope="module")
def sample_checkout(tmp_path_factory: pytest.TempPathFactory, sample_dir: Path) -> Path:
    """A folder laid out as the docs assume after `make run`: data/sample, the shipped queries, output/."""
    root = tmp_path_factory.mktemp("readme")
    shutil.copytree(sample_dir, root / "data" / "sample")
    # the query files the docs' examples read, where a checkout has them
    shutil.copytree(ROOT / "src" / "diplograph" / "queries", root / "src" / "diplograph" / "queries")
    from diplograph.pipeline import build

    build(inputs=[root / "data" / "sample"], out_dir=root / "output", progress=False, html=False)
    return root


@pytest.mark.model
@pytest.mark.browser
@pytest.mark.parametrize("command", readme_commands() + docs_commands())
def test_docs_command_runs_as_typed(sample_checkout: Path, command: str) -> None:
    argv = shlex.split(command, comments=True)
    result = subprocess.run(
        [sys.executable, "-m", "diplograph", *argv[1:]],
        cwd=sample_checkout,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"{command}\n{result.stderr}"
    assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory, sample_dir: Path) -> Path:
    from diplograph.pipeline import build

    out = tmp_path_factory.mktemp("docs-sample")
    build(inputs=[sample_dir], out_dir=out, progress=False, html=False)
    return out / "store"


@pytest.mark.model
@pytest.mark.parametrize(
    "query", SPARQL_EXAMPLES, ids=[f"sparql-{i + 1}" for i in range(len(SPARQL_EXAMPLES))]
)
def test_docs_sparql_runs_against_the_sample(sample_store: Path, query: str) -> None:
    from diplograph.store import GraphStore

    with GraphStore.open(sample_store, read_only=True) as store:
        result = store.query(query)  # QueryError on a syntax error; evaluation errors surface while iterating
        if isinstance(result, ox.QueryBoolean):
            assert bool(result), "the example ASKs something the sample does not hold"
        else:
            rows = [tuple(str(term) if term is not None else None for term in row) for row in result]
            assert rows, "the example returns nothing on the sample build: it shows the reader nothing"


def _rows(store_path: Path, query: str, params: dict[str, str] | None = None) -> list[tuple[str, ...]]:
    import io
    import json

    from diplograph.query import named_queries, run_query
    from diplograph.store import GraphStore

    out = io.BytesIO()
    with GraphStore.open(store_path, read_only=True) as store:
        named = named_queries().get(query)
        run_query(store, named or query, params=params, fmt="json", out=out)
    data = json.loads(out.getvalue())
    names = data["head"]["vars"]
    rows = data["results"]["bindings"]
    return [tuple(json.dumps(row.get(n), sort_keys=True) for n in names) for row in rows]


def _duplicates(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    return [row for i, row in enumerate(rows) if row in rows[:i]]


@pytest.mark.model
@pytest.mark.parametrize(
    "query", SPARQL_EXAMPLES, ids=[f"sparql-{i + 1}" for i in range(len(SPARQL_EXAMPLES))]
)
def test_docs_readme_sparql_gives_no_duplicate_rows(sample_store: Path, query: str) -> None:
    if not re.search(r"^\s*(PREFIX[^\n]*\n\s*)*SELECT", query, re.IGNORECASE | re.MULTILINE):
        pytest.skip("not a SELECT")
    rows = _rows(sample_store, query)
    assert rows and not _duplicates(rows), _duplicates(rows)[:3]


@pytest.mark.model
@pytest.mark.parametrize(
    ("name", "params"),
    [("agreements", {}), ("agreements", {"country": "KOR"}), ("defections", {}),
     ("defections-by-origin", {}), ("embassies", {}), ("evidence", {}), ("person", {"name": "a"}),
     ("timeline", {})],
)  # fmt: skip
def test_docs_named_queries_give_no_duplicate_rows(
    sample_store: Path, name: str, params: dict[str, str]
) -> None:
    rows = _rows(sample_store, name, params)
    assert rows and not _duplicates(rows), _duplicates(rows)[:3]
