"""The build's progress bar shows on a terminal (or with ``--progress on``) and never pollutes pipes;
every build ends with one summary line on stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from diplograph.pipeline import BuildSummary

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "data" / "sample"
BAR_MARKS = ("\r", "articles/s", "it/s", "█", "%|")


def run_build(out: Path, *extra: str, html: bool = False) -> subprocess.CompletedProcess[str]:
    """``diplograph build`` of the sample with stdout and stderr piped, as in CI (carriage returns kept)."""
    env = {k: v for k, v in os.environ.items() if k not in {"FORCE_COLOR", "TQDM_DISABLE"}}
    done = subprocess.run(
        [sys.executable, "-m", "diplograph", "build", str(SAMPLE_DIR), "--out", str(out),
         *([] if html else ["--no-html"]), *extra],
        capture_output=True,
        env=env,
        timeout=600,
        check=False,
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    )


def test_progress_summary_line_names_articles_facts_by_class_quads_and_seconds() -> None:
    summary = BuildSummary(
        articles=3,
        skipped=1,
        facts=Counter({"persons": 2, "countries": 5, "embassies": 1, "defections": 1, "agreements": 0}),
        quads=120,
        seconds=4.26,
    )
    assert summary.one_line() == (
        "built 3 articles (1 unchanged, skipped): 2 persons, 5 countries, 1 embassies, 1 defections, "
        "0 agreements; 120 quads in store; 4.3 s"
    )
    assert "\n" not in summary.one_line()


def test_progress_summary_line_of_a_build_with_nothing_new() -> None:
    assert BuildSummary(skipped=4, quads=9, seconds=0.04).one_line() == (
        "built 0 articles (4 unchanged, skipped): no facts; 9 quads in store; 0.0 s"
    )


@pytest.mark.model
def test_progress_piped_build_prints_only_the_summary_line(tmp_path: Path) -> None:
    done = run_build(tmp_path / "out")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert not any(mark in done.stderr for mark in BAR_MARKS), done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("built ") and " persons, " in lines[0] and lines[0].endswith(" s")
    assert " quads in store; " in lines[0]


@pytest.mark.model
def test_progress_on_draws_the_bar_on_stderr_only(tmp_path: Path) -> None:
    done = run_build(tmp_path / "out", "--progress", "on")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "", "the bar must never go to stdout (it may be piped into another tool)"
    assert "\r" in done.stderr and "articles/s" in done.stderr, done.stderr
    assert "s/ articles" not in done.stderr, "a slow start must not flip the rate to seconds per article"
    assert "100%" in done.stderr, "the total is known up front, so the bar can give an ETA"
    assert done.stderr.rstrip().splitlines()[-1].startswith("built ")


@pytest.mark.model
def test_progress_html_above_the_limit_is_skipped_with_one_warning(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.html").write_text("a view of an older build", encoding="utf-8")
    done = run_build(out, "--html-max-quads", "10", html=True)
    assert done.returncode == 0, done.stderr
    warning, summary = done.stderr.splitlines()
    assert warning.startswith("WARNING ") and "graph.html not written" in warning and "above" in warning
    assert summary.startswith("built ")
    assert not (out / "graph.html").exists(), "a stale view would disagree with the store"
    assert (out / "graph.trig").is_file() and (out / "graph.ttl").is_file()
