"""The store commands of the CLI: query, export, validate, remove — including their error cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from diplograph.cli import main
from diplograph.store import GraphStore
from rdf_helpers import ARTICLE, article_graph, rich_article


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "out" / "store"
    with GraphStore.open(path) as store:
        store.replace_articles([rich_article(), article_graph("two", persons={"kim": "Kim Jong Nam"})])
    return path


def cli(capsysbinary: pytest.CaptureFixture[bytes], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsysbinary.readouterr()
    return code, out.decode("utf-8"), err.decode("utf-8")


def test_cli_query_named_with_param_as_json(capsysbinary, store_path):
    code, out, _ = cli(capsysbinary, "query", "--name", "defections", "--param", "country=PRK",
                       "--format", "json", "--store", str(store_path))
    assert code == 0
    assert json.loads(out)["results"]["bindings"][0]["defector"]["value"] == "Thae Yong-ho"


def test_cli_query_text_and_file_with_predeclared_prefixes(capsysbinary, store_path, tmp_path):
    code, out, _ = cli(capsysbinary, "query", "SELECT ?code WHERE { ?c dg:isoCode ?code }",
                       "--store", str(store_path))
    assert code == 0 and "PRK" in out and "(1 row)" in out
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT ?id WHERE { ?a dg:sourceId ?id } ORDER BY ?id", encoding="utf-8")
    code, out, _ = cli(capsysbinary, "query", "--file", str(rq), "--format", "csv",
                       "--store", str(store_path))
    assert code == 0 and out.splitlines() == ["id", "rich", "two"]


@pytest.mark.parametrize(("argv", "message"), [
    (["query", "SELECT ?x WHERE { ?x ?p }"], "error at 1:"),
    (["query", "--name", "nope"], "no named query 'nope'"),
    (["query"], "give exactly one query"),
    (["query", "--name", "person"], "needs --param name"),
    (["query", "--file", "/nonexistent.rq"], "/nonexistent.rq"),
    (["remove", "not-there"], "no article 'not-there'"),
])
def test_cli_store_commands_fail_with_one_line(capsysbinary, store_path, argv, message):
    code, _, err = cli(capsysbinary, *argv, "--store", str(store_path))
    assert code == 1
    assert err.count("\n") == 1 and message in err and err.startswith("diplograph: ")


def test_cli_query_without_a_store_says_so(capsysbinary, tmp_path):
    code, _, err = cli(capsysbinary, "query", "ASK {}", "--store", str(tmp_path / "none"))
    assert code == 1 and "no store at" in err
    assert not (tmp_path / "none").exists()


def test_cli_export_guesses_format_from_suffix(capsysbinary, store_path, tmp_path):
    code, _, err = cli(capsysbinary, "export", "-o", str(tmp_path / "g.trig"), "--store", str(store_path))
    assert code == 0 and "(trig)" in err
    ds = Dataset().parse(tmp_path / "g.trig", format="trig")
    assert ARTICLE["two"] in {g.identifier for g in ds.graphs()}


def test_cli_remove_takes_article_out_and_refreshes_outputs(capsysbinary, store_path):
    ttl = store_path.parent / "graph.ttl"
    ttl.write_text("stale", encoding="utf-8")
    code, _, _ = cli(capsysbinary, "remove", "two", "--store", str(store_path))
    assert code == 0
    text = Graph().parse(ttl, format="turtle").serialize(format="nt")
    assert "Kim Jong Nam" not in text and "Thae Yong-ho" in text


def test_cli_remove_rewrites_graph_html_beside_the_store(capsysbinary, store_path):
    html = store_path.parent / "graph.html"
    html.write_text("stale", encoding="utf-8")
    code, _, err = cli(capsysbinary, "remove", "two", "--store", str(store_path))
    assert code == 0 and f"wrote {html}" in err
    page = html.read_text(encoding="utf-8")
    assert "Thae Yong-ho" in page and "Kim Jong Nam" not in page


def test_cli_remove_writes_no_graph_html_that_was_not_there(capsysbinary, store_path):
    code, _, _ = cli(capsysbinary, "remove", "two", "--store", str(store_path))
    assert code == 0 and not (store_path.parent / "graph.html").exists()


def test_cli_validate_reports_violations_and_exits_1(capsysbinary, store_path):
    code, out, err = cli(capsysbinary, "validate", "--store", str(store_path))
    assert code == 1
    assert "Violation:" in out and "does not conform" in err
