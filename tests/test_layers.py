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
    "viz",
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
    "__init__",
    "__main__",
    "process",
}
# the dask backend runs the pipeline's per-article work on a cluster: one layer with the pipeline;
# the gateway is serve's front door: one layer with remote
SAME_LAYER = {"cluster": "pipeline", "gateway": "remote"}


def _stage(module: str) -> str:
    stage = module.split(".")[1] if module.startswith("diplograph.") else module
    return SAME_LAYER.get(stage, stage)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("diplograph"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("diplograph"))
    return found


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
    if stage in SHARED or stage not in ORDER:
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
