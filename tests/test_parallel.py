"""Parallel and distributed builds give the same dataset as one process, named graph by named graph.

The corpus is the bundled sample plus 40 generated articles (bench/make_corpus.py, seed 3): more
than one ``nlp.pipe`` batch, so two processes (or two dask workers) really share the work.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from diplograph.pipeline import BuildSummary, build
from rdf_helpers import assert_isomorphic, named_graphs

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
GENERATED = 40


def assert_same_dataset(expected: Path, actual: Path) -> None:
    want, got = named_graphs(expected), named_graphs(actual)
    assert sorted(map(str, want)) == sorted(map(str, got))
    for name, graph in want.items():
        assert_isomorphic(graph, got[name])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = importlib.util.spec_from_file_location("bench_make_corpus", ROOT / "bench" / "make_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    folder = tmp_path_factory.mktemp("corpus")
    module.write_corpus(folder / "generated.jsonl", GENERATED, seed=3)
    for path in (ROOT / "data" / "sample").iterdir():
        if path.suffix in {".txt", ".jsonl", ".html"}:
            (folder / path.name).write_bytes(path.read_bytes())
    return folder


@pytest.fixture(scope="module")
def one_process(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildSummary]:
    out = tmp_path_factory.mktemp("one")
    return out, build(inputs=[corpus], out_dir=out, html=False, workers=1, progress=False)


def test_parallel_two_workers_give_the_same_dataset(
    corpus: Path, one_process: tuple[Path, BuildSummary], tmp_path: Path
) -> None:
    summary = build(inputs=[corpus], out_dir=tmp_path, html=False, workers=2, progress=False)
    assert summary.articles == one_process[1].articles > GENERATED
    assert summary.facts == one_process[1].facts
    assert summary.quads == one_process[1].quads
    assert_same_dataset(one_process[0] / "graph.trig", tmp_path / "graph.trig")


def test_parallel_dask_cluster_gives_the_same_dataset(
    corpus: Path, one_process: tuple[Path, BuildSummary], tmp_path: Path
) -> None:
    distributed = pytest.importorskip("distributed")
    from diplograph.nlp import make_nlp

    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        summary = build(
            inputs=[corpus], out_dir=tmp_path, html=False, dask=cluster.scheduler_address, progress=False
        )
        with distributed.Client(cluster) as client:
            # each worker process loaded the model once, whatever number of batches it ran
            loads = client.run(lambda: make_nlp.cache_info().misses)
    assert summary.articles == one_process[1].articles
    assert summary.facts == one_process[1].facts
    assert summary.quads == one_process[1].quads
    assert sorted(loads.values()) == [1, 1]
    assert_same_dataset(one_process[0] / "graph.trig", tmp_path / "graph.trig")


def test_parallel_dask_unreachable_scheduler_is_one_clean_error(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from diplograph.cluster import extract_on_cluster
    from diplograph.errors import ExtractionError
    from diplograph.model import Article

    article = Article(id="a", text="Ghana and Portugal signed an agreement.")
    with pytest.raises(ExtractionError, match="cannot reach the dask scheduler"):
        list(extract_on_cluster([article], address="tcp://127.0.0.1:9", model=None, batch_size=8))
