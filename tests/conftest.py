"""Shared fixtures. Paths are relative to this file, never to the working directory."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "data" / "sample"
ONTOLOGY_DIR = ROOT / "ontology"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLE_DIR


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline with diplograph's components, loaded once per test session."""
    from diplograph.nlp import make_nlp

    return make_nlp()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium (Debian's, driven by Playwright) for every browser test of the session."""
    playwright = pytest.importorskip("playwright.sync_api")
    from diplograph.viz.png import CHROMIUM_ARGS

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        pytest.skip("Chromium is not installed (sh scripts/install-system-deps.sh)")
    with playwright.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
