"""Shared fixtures. Paths are relative to this file, never to the working directory."""

from __future__ import annotations

from pathlib import Path

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
