"""``diplograph export``: every single-file format to standard output, Neo4j to a directory, and
the one-line errors for what cannot be done."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.cli import main
from diplograph.export import SINGLE_FILE_FORMATS, export_store
from diplograph.store import GraphStore
from rdf_helpers import article_graph, rich_article


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "out" / "store"
    with GraphStore.open(path) as store:
        store.replace_articles([rich_article(), article_graph("two", persons={"kim": "Kim Jong Nam"})])
    return path


def cli(capsysbinary: pytest.CaptureFixture[bytes], *argv: str) -> tuple[int, bytes, str]:
    code = main(list(argv))
    out, err = capsysbinary.readouterr()
    return code, out, err.decode("utf-8")


@pytest.mark.parametrize("fmt", SINGLE_FILE_FORMATS)
def test_cli_export_dash_writes_the_format_to_standard_output(capsysbinary, store_path, tmp_path, fmt):
    code, out, err = cli(capsysbinary, "export", "--format", fmt, "-o", "-", "--store", str(store_path))
    assert code == 0, err
    assert not (Path.cwd() / "-").exists()
    with GraphStore.open(store_path, read_only=True) as store:
        expected = export_store(store, tmp_path / f"graph.{fmt}", fmt).read_bytes()
    assert out == expected  # the very bytes the file export writes: one writer, two destinations


def test_cli_export_neo4j_to_standard_output_is_a_one_line_error(capsysbinary, store_path):
    code, out, err = cli(capsysbinary, "export", "--format", "neo4j", "-o", "-", "--store", str(store_path))
    assert code == 1 and out == b""
    assert err.count("\n") == 1 and err.startswith("diplograph: ") and "directory" in err


def test_cli_export_dash_without_format_is_a_one_line_error(capsysbinary, store_path):
    code, out, err = cli(capsysbinary, "export", "-o", "-", "--store", str(store_path))
    assert code == 1 and out == b""
    assert err == "diplograph: cannot tell the format from standard output: give --format\n"


def test_cli_export_neo4j_writes_the_import_directory(capsysbinary, store_path, tmp_path):
    code, _, err = cli(capsysbinary, "export", "--format", "neo4j", "-o", str(tmp_path / "import"),
                       "--store", str(store_path))
    assert code == 0 and "(neo4j)" in err
    header = (tmp_path / "import" / "nodes_Person.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("iri:ID,:LABEL,")


@pytest.mark.parametrize(("option", "fmt"), [("--with-ontology", "graphml"), ("--with-evidence", "turtle")])
def test_cli_export_option_for_another_format_is_a_one_line_error(capsysbinary, store_path, tmp_path,
                                                                   option, fmt):
    code, _, err = cli(capsysbinary, "export", "--format", fmt, option, "-o", str(tmp_path / "g"),
                       "--store", str(store_path))
    assert code == 1 and err.count("\n") == 1 and option in err
    assert not (tmp_path / "g").exists()
