"""The data flow is the layout: a stage imports only what is upstream of it (STYLE.md).

    read → nlp → extract → resolve → rdf → store → query / export / remote / viz
         → pipeline (+ its dask backend, cluster) / explain / train → cli

`model`, `namespaces`, `errors`, `gazetteer`, `dates`, `terms`, `sparql`, `shapes` and `process`
are shared by all.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "diplograph"

ORDER = [
    "read",
    "nlp",
    "extract",
    "resolve",
    "rdf",
    "store",
    "query",
    "export",
    "remote",
    "check",
    "guard",
    "viz",
    "batches",
    "cluster",
    "pipeline",
    "explain",
    "train",
    "cli",
]
SHARED = {
    "model",
    "namespaces",
    "errors",
    "gazetteer",
    "dates",
    "terms",
    "shapes",
    "sparql",
    "sanity",
    "__init__",
    "__main__",
    "process",
    "files",
}
# the gateway is serve's front door: one layer with remote
SAME_LAYER = {"gateway": "remote"}


def _stage(module: str) -> str:
    stage = module.split(".")[1] if module.startswith("diplograph.") else module
    return SAME_LAYER.get(stage, stage)


def _imports(path: Path, source: str | None = None) -> set[str]:
    """Every diplograph module ``path`` imports, however it is written: ``import diplograph.x``,
    ``from diplograph.x import y``, ``from diplograph import x`` and relative ``from .x import y``."""
    tree = ast.parse(path.read_text(encoding="utf-8") if source is None else source)
    package = ["diplograph", *path.relative_to(PACKAGE).parent.parts]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            if not module.startswith("diplograph"):
                continue
            found.add(module)
            for alias in node.names:  # "from diplograph import viz": the submodule viz
                target = PACKAGE.joinpath(*module.split(".")[1:], alias.name)
                if target.with_suffix(".py").exists() or target.is_dir():
                    found.add(f"{module}.{alias.name}")
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("diplograph"))
    return found


def test_layers_imports_are_read_in_every_form() -> None:
    source = "\n".join(
        [
            "import diplograph.store",
            "from diplograph.rdf import article_iri",
            "from diplograph import viz, build",  # viz is a subpackage; build is a name in __init__
            "from . import persons",
            "from ..nlp import components",
        ]
    )
    assert _imports(PACKAGE / "extract" / "probe.py", source) == {
        "diplograph",
        "diplograph.store",
        "diplograph.rdf",
        "diplograph.viz",
        "diplograph.extract",
        "diplograph.extract.persons",
        "diplograph.nlp",
        "diplograph.nlp.components",
    }


def _modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        stage = rel.parts[0].removesuffix(".py")
        out.append((SAME_LAYER.get(stage, stage), path))
    return out


@pytest.mark.parametrize(
    ("stage", "path"), _modules(), ids=lambda v: str(v) if isinstance(v, str) else v.name
)
def test_layers_a_stage_imports_only_upstream(stage: str, path: Path) -> None:
    if stage in {"__init__", "__main__"}:
        return  # the package's front doors: they may name every stage (lazily)
    if stage in SHARED:
        for module in _imports(path):  # a shared helper stands below every stage
            other = _stage(module)
            assert other in SHARED or other == "diplograph", f"shared {path.name} imports stage {module}"
        return
    mine = ORDER.index(stage)
    for module in _imports(path):
        other = _stage(module)
        if other in SHARED or other == stage or other == "diplograph":
            continue
        assert other in ORDER, f"{path.name} imports unknown stage {module}"
        assert ORDER.index(other) < mine, f"{path.relative_to(PACKAGE)} ({stage}) imports downstream {module}"


def test_layers_every_module_has_a_place() -> None:
    stages = {stage for stage, _ in _modules()}
    assert stages <= set(ORDER) | SHARED, stages - set(ORDER) - SHARED
