"""Notebooks that cannot rot: every notebook in notebooks/ runs top to bottom, and is stored clean.

Each notebook is executed by nbclient in a temporary working directory, on a kernel that is this
interpreter (the venv's python), whatever kernelspecs the machine has: a ``python3`` spec in
``~/.local/share/jupyter`` would take precedence over the venv's and might start another Python
without diplograph. So the test installs a kernelspec of its own, pointing at ``sys.executable``,
into a temporary prefix and hands nbclient a kernel manager that looks only there.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
KERNEL = "diplograph-tests"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_is_stored_without_outputs(notebook: Path) -> None:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    dirty = [i for i, c in enumerate(cells)
             if c["cell_type"] == "code" and (c["outputs"] or c["execution_count"] is not None)]
    assert not dirty, f"{notebook.name}: cells {dirty} keep outputs; clear them before committing"


@pytest.mark.model
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_without_error(notebook: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
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

    nb = nbformat.read(notebook, as_version=4)
    client = nbclient.NotebookClient(nb, km=manager, timeout=120,
                                     resources={"metadata": {"path": str(workdir)}})
    try:
        client.execute()
    except nbclient.exceptions.CellExecutionError as exc:
        pytest.fail(f"{notebook.name}: a cell failed\n{exc}", pytrace=False)

    assert not list(workdir.iterdir()), "the notebook wrote into its working directory"
    assert (tmp_path / "out" / "graph.html").is_file()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
