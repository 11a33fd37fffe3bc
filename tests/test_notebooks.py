"""Notebooks that cannot rot: every notebook in notebooks/ runs top to bottom, and is stored clean.

Each notebook is executed by nbclient in a temporary working directory, on a kernel that is this
interpreter (the venv's python), whatever kernelspecs the machine has: a ``python3`` spec in
``~/.local/share/jupyter`` would take precedence over the venv's and might start another Python
without diplograph. So the test installs a kernelspec of its own, pointing at ``sys.executable``,
into a temporary prefix and hands nbclient a kernel manager that looks only there.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
KERNEL = "diplograph-tests"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_is_stored_without_outputs(notebook: Path) -> None:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    dirty = [
        i
        for i, c in enumerate(cells)
        if c["cell_type"] == "code" and (c["outputs"] or c["execution_count"] is not None)
    ]
    assert not dirty, f"{notebook.name}: cells {dirty} keep outputs; clear them before committing"


OTHER_ARTICLES = [
    "Lena Varga, a Hungarian trade counsellor at the embassy in Belgrade, defected to Austria in May 1981.",
    "Janos Kerek, a Hungarian cultural attache in Vienna, sought asylum in West Germany in 1983.",
    "Norway and Iceland signed a fisheries agreement in Reykjavik on 4 June 1999.",
]


def test_notebook_needs_only_what_make_run_installs() -> None:
    """Every package a notebook imports is pinned in requirements/run.txt (what `make run` installs)."""
    from importlib.metadata import packages_distributions

    pinned = {
        line.split("==")[0].lower().replace("_", "-")
        for line in (ROOT / "requirements" / "run.txt").read_text(encoding="utf-8").splitlines()
        if "==" in line
    }
    dists = packages_distributions()
    for notebook in NOTEBOOKS:
        code = "\n".join(
            "".join(c["source"])
            for c in json.loads(notebook.read_text(encoding="utf-8"))["cells"]
            if c["cell_type"] == "code"
        )
        for top in sorted(set(re.findall(r"^\s*(?:import|from)\s+(\w+)", code, flags=re.M))):
            if top in sys.stdlib_module_names or top in {"diplograph", "__future__"}:
                continue
            owners = {d.lower().replace("_", "-") for d in dists.get(top, [top])}
            assert owners & pinned, f"{notebook.name} imports {top}, which `make run` does not install"


@pytest.mark.model
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
@pytest.mark.parametrize("given_store", [False, True], ids=["sample", "given-store"])
def test_notebook_runs_without_error(
    notebook: Path, given_store: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    kernelspec = pytest.importorskip("ipykernel.kernelspec")
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager

    kernels = tmp_path / "kernels"
    kernelspec.write_kernel_spec(str(kernels / KERNEL))  # argv[0] is sys.executable
    specs = KernelSpecManager(kernel_dirs=[str(kernels)])
    manager = KernelManager(kernel_name=KERNEL, kernel_spec_manager=specs)
    assert manager.kernel_spec is not None and manager.kernel_spec.argv[0] == sys.executable

    workdir = tmp_path / "work"
    workdir.mkdir()
    # The kernel inherits this environment: outputs go to the test's folder, and figures to the
    # inline backend even where MPLBACKEND=Agg is set for headless runs.
    monkeypatch.setenv("DIPLOGRAPH_WALKTHROUGH_OUT", str(tmp_path / "out"))
    monkeypatch.setenv("DIPLOGRAPH_ROOT", str(ROOT))
    monkeypatch.delenv("MPLBACKEND", raising=False)
    monkeypatch.delenv("DIPLOGRAPH_STORE", raising=False)
    if given_store:  # a store built from other articles than the sample: nothing may assume the sample
        import diplograph
        from diplograph.store import GraphStore

        feed = tmp_path / "other.jsonl"
        feed.write_text(
            "".join(
                json.dumps({"id": f"o{i}", "text": t, "published": "2001-01-01"}) + "\n"
                for i, t in enumerate(OTHER_ARTICLES)
            ),
            encoding="utf-8",
        )
        diplograph.build(inputs=[feed], out_dir=tmp_path / "built", html=False, progress=False)
        with GraphStore.open(tmp_path / "built" / "store", read_only=True) as store:
            before = {str(q) for q in store.oxigraph}
        monkeypatch.setenv("DIPLOGRAPH_STORE", str(tmp_path / "built" / "store"))

    nb = nbformat.read(notebook, as_version=4)
    client = nbclient.NotebookClient(
        nb, km=manager, timeout=120, resources={"metadata": {"path": str(workdir)}}
    )
    try:
        client.execute()
    except nbclient.exceptions.CellExecutionError as exc:
        pytest.fail(f"{notebook.name}: a cell failed\n{exc}", pytrace=False)

    assert not list(workdir.iterdir()), "the notebook wrote into its working directory"
    assert (tmp_path / "out" / "graph.html").is_file()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    if given_store:
        with GraphStore.open(tmp_path / "built" / "store", read_only=True) as store:
            assert {str(q) for q in store.oxigraph} == before, "the notebook changed the store it was given"
        shown = json.dumps([c.outputs for c in nb.cells if c.cell_type == "code"])
        assert "Lena Varga" in shown and "Ri Il Kyu" not in shown
