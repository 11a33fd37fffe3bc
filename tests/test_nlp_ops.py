"""The model's ops (``DIPLOGRAPH_OPS``): numpy without blis, the default, gives what spaCy's blis gives.

Ops are process-wide, so each side runs in a fresh interpreter: one dumps every token's tag, POS,
lemma, dependency, head and entity and every diplograph span for the sample articles and 40
generated ones; the other builds them. Both must be equal under ``numpy`` and ``blis``.
"""

from __future__ import annotations

import importlib.util
import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest

from diplograph.errors import ExtractionError
from diplograph.nlp import OPS_ENV, use_configured_ops
from rdf_helpers import assert_isomorphic, named_graphs

ROOT = Path(__file__).resolve().parent.parent

_DUMP = """
import json, sys
from pathlib import Path
from diplograph.nlp import make_nlp
from diplograph.read import read_articles
nlp = make_nlp()
for doc in nlp.pipe(a.text for a in read_articles([Path(sys.argv[1])])):
    print(json.dumps({
        "tokens": [(t.text, t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_)
                   for t in doc],
        "spans": {k: [(s.start, s.end, s.label_, s.id_) for s in v] for k, v in sorted(doc.spans.items())},
    }))
"""


def _ops_state() -> tuple[str, bool | None, list[int]]:
    from thinc.api import get_current_ops
    from threadpoolctl import threadpool_info

    ops = get_current_ops()
    blas = [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]
    return type(ops).__name__, getattr(ops, "use_blis", None), blas


def test_ops_unknown_choice_is_one_clean_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(OPS_ENV, "cupy")
    with pytest.raises(ExtractionError, match="DIPLOGRAPH_OPS"):
        use_configured_ops()


def test_ops_numpy_holds_blas_to_one_thread_here_and_in_forked_workers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import numpy  # noqa: F401  (loads the BLAS library threadpoolctl limits)

    monkeypatch.delenv(OPS_ENV, raising=False)
    assert use_configured_ops() == "numpy"
    here = _ops_state()
    assert here[:2] == ("NumpyOps", False) and set(here[2]) <= {1}
    with multiprocessing.get_context("fork").Pool(1) as pool:  # as build --workers N starts them
        assert pool.apply(_ops_state) == here


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = importlib.util.spec_from_file_location("bench_make_corpus_ops", ROOT / "bench" / "make_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    folder = tmp_path_factory.mktemp("ops-corpus")
    module.write_corpus(folder / "generated.jsonl", 40, seed=5)
    for path in (ROOT / "data" / "sample").iterdir():
        if path.suffix in {".txt", ".jsonl", ".html"}:
            (folder / path.name).write_bytes(path.read_bytes())
    return folder


def _run(ops: str, *args: str) -> str:
    env = {**os.environ, OPS_ENV: ops}
    done = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, check=True)
    return done.stdout


@pytest.mark.model
def test_ops_numpy_and_blis_give_the_same_annotations(corpus: Path) -> None:
    blis = [json.loads(line) for line in _run("blis", "-c", _DUMP, str(corpus)).splitlines()]
    numpy = [json.loads(line) for line in _run("numpy", "-c", _DUMP, str(corpus)).splitlines()]
    assert len(blis) > 40
    assert numpy == blis


@pytest.mark.model
def test_ops_numpy_and_blis_build_the_same_dataset(corpus: Path, tmp_path: Path) -> None:
    for ops in ("blis", "numpy"):
        _run(ops, "-m", "diplograph", "build", str(corpus), "--out", str(tmp_path / ops), "--no-html")
    want, got = (
        named_graphs(tmp_path / "blis" / "graph.trig"),
        named_graphs(tmp_path / "numpy" / "graph.trig"),
    )
    assert sorted(map(str, want)) == sorted(map(str, got))
    assert len(want) > 40
    for name, graph in want.items():
        assert_isomorphic(graph, got[name])
