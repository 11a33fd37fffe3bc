"""The benchmark's corpus generator (bench/make_corpus.py): deterministic, readable, varied, sized."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pycountry
import pytest

from diplograph.read import read_articles

BENCH_DIR = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def make_corpus() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_make_corpus", BENCH_DIR / "make_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_make_corpus_is_deterministic_for_a_seed(make_corpus: ModuleType, tmp_path: Path) -> None:
    first = make_corpus.write_corpus(tmp_path / "a.jsonl", 40, seed=7).read_bytes()
    again = make_corpus.write_corpus(tmp_path / "b.jsonl", 40, seed=7).read_bytes()
    other = make_corpus.write_corpus(tmp_path / "c.jsonl", 40, seed=8).read_bytes()
    assert first == again
    assert first != other


def test_make_corpus_smaller_corpus_is_a_prefix(make_corpus: ModuleType) -> None:
    longer = list(make_corpus.generate_articles(25, seed=3))
    assert list(make_corpus.generate_articles(10, seed=3)) == longer[:10]


@pytest.mark.parametrize("n", [1, 60])
def test_make_corpus_articles_read_back(make_corpus: ModuleType, tmp_path: Path, n: int) -> None:
    path = make_corpus.write_corpus(tmp_path / "corpus.jsonl", n, seed=0)
    articles = list(read_articles([path]))
    assert len(articles) == n
    assert len({a.text for a in articles}) == n, "two articles share a text"
    for article in articles:
        assert article.title and article.published and article.source
        paragraphs = article.text.split("\n\n")
        assert make_corpus.MIN_PARAGRAPHS <= len(paragraphs) <= make_corpus.MAX_PARAGRAPHS
        assert make_corpus.MIN_WORDS <= len(article.text.split()) <= make_corpus.MAX_WORDS


def test_make_corpus_cli_honours_the_count(make_corpus: ModuleType, tmp_path: Path) -> None:
    out = tmp_path / "cli.jsonl"
    assert make_corpus.main(["--articles", "12", "--seed", "1", "-o", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 12


def test_make_corpus_country_codes_are_iso_3166(make_corpus: ModuleType) -> None:
    unknown = [c.iso for c in make_corpus.COUNTRIES if pycountry.countries.get(alpha_3=c.iso) is None]
    assert not unknown


@pytest.mark.model
def test_the_benchmark_build_phase_runs_against_the_current_pipeline(
    make_corpus: ModuleType, tmp_path: Path
) -> None:
    """bench/run.py wraps the pipeline's stage functions by name: a renamed stage must fail here,
    not in the next benchmark run (it once wrapped a function the pipeline no longer had)."""
    import json
    import subprocess

    corpus = make_corpus.write_corpus(tmp_path / "c.jsonl", 8, seed=3)
    done = subprocess.run(
        [
            sys.executable,
            str(BENCH_DIR / "run.py"),
            "--phase",
            "build",
            "--corpus",
            str(corpus),
            "--workers",
            "1",
            "--build-dir",
            str(tmp_path / "b"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    stages = json.loads(done.stdout)["stages"]
    assert stages["nlp"] > 0 and stages["extract"] > 0 and stages["store"] > 0
