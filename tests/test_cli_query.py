"""The store commands of the CLI: query, export, validate, remove — including their error cases."""

from __future__ import annotations

import json
import subprocess
import sys
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
    (["query", "SELECT ?x WHERE { ?x ?p }"], "invalid SPARQL at line 1, column"),
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


def test_cli_query_refuses_service_and_sends_nothing(capsysbinary, store_path):
    from test_server import Hostile, service_queries

    hostile = Hostile()
    try:
        for query in service_queries(hostile.url):
            code, _, err = cli(capsysbinary, "query", query, "--store", str(store_path))
            assert code == 1 and err.count("\n") == 1 and "--allow-service" in err, query
    finally:
        hostile.close()
    assert hostile.hits == []


def test_cli_query_a_failing_service_is_one_line(capsysbinary, store_path):
    from test_server import Hostile

    hostile = Hostile()
    try:
        query = f"SELECT * WHERE {{ SERVICE <{hostile.url}> {{ ?s ?p ?o }} }}"
        code, _, err = cli(capsysbinary, "query", query,
                           "--allow-service", "--store", str(store_path))
    finally:
        hostile.close()
    assert hostile.hits  # it was allowed, and it failed
    assert code == 1 and err.count("\n") == 1 and err.startswith("diplograph: a SERVICE call failed: ")


@pytest.mark.parametrize(("query", "message"), [
    ("DELETE WHERE { ?s ?p ?o }", "query runs read-only queries (SELECT, ASK, CONSTRUCT, DESCRIBE), "
                                  "and DELETE is an update"),
    ("PREFIX x: <urn:x:>\nINSERT DATA { x:a x:b x:c }", "INSERT is an update"),
    ("SELEC ?x WHERE { ?x ?p ?o }", "not 'SELEC'; did you mean SELECT?"),
    ("SELECT ?x WHERE { ?x a dgr:country/RUS }", r"must be written \/ (dgr:country\/RUS)"),
    ("SELECT ?x WHERE {\n  ?x foo:bar ?o }", "invalid SPARQL at line 2, column "),
    ("SELECT ?x WHERE {\n  ?x foo:bar ?o }", "the prefix foo: is not declared"),
    ("SELECT ?x WHERE { ?x ?p ?o ", "a closing } is missing"),
    ("SELECT ?x WHERE { FILTER(?x = ) }", "expected an expression"),
])
def test_cli_query_errors_say_what_was_expected_in_one_line(capsysbinary, store_path, query, message):
    code, _, err = cli(capsysbinary, "query", query, "--store", str(store_path))
    assert code == 1 and err.count("\n") == 1 and message in err, err
    assert "'0' ..= '9'" not in err and "[_]" not in err


def test_cli_query_warns_of_a_term_the_ontology_lacks(store_path):
    def run(query: str) -> subprocess.CompletedProcess[str]:
        argv = [sys.executable, "-m", "diplograph", "query", query, "--store", str(store_path)]
        return subprocess.run(argv, capture_output=True, text=True, check=False)

    done = run("SELECT ?p WHERE { ?p a dg:Persn ; dg:nationalty ?c . FILTER(?p != 'dg:Nope') }")
    assert done.returncode == 0 and "(0 rows)" in done.stdout
    assert done.stderr.splitlines() == [
        "WARNING diplograph.query: dg:Persn is not in the ontology; did you mean dg:Person?",
        "WARNING diplograph.query: dg:nationalty is not in the ontology; did you mean dg:nationality?",
    ]
    done = run("SELECT ?p WHERE { ?p a dg:Person ; dg:nationality ?c }")
    assert done.returncode == 0 and done.stderr == ""


ODD_IRIS = ["https://w3id.org/diplograph/id/country/RUS", "https://w3id.org/diplograph/id/person/kim-jong-nam",
            "https://w3id.org/diplograph/id/x/a.b.", "https://w3id.org/diplograph/id/-x~(1)%20y#z?q=1&r",
            "https://w3id.org/diplograph/ontology#Person", "http://example.org/elsewhere/x",
            "https://w3id.org/diplograph/id/with space"]


def test_cli_query_printed_iris_paste_back_into_a_query(capsysbinary, tmp_path):
    import pyoxigraph as ox

    path = tmp_path / "store"
    with GraphStore.open(path) as store:
        store.oxigraph.extend(
            ox.Quad(ox.NamedNode(iri), ox.NamedNode("urn:x:n"), ox.Literal(str(i)), ox.NamedNode("urn:x:g"))
            for i, iri in enumerate(ODD_IRIS) if " " not in iri
        )
    code, out, _ = cli(capsysbinary, "query", "SELECT ?s ?n WHERE { ?s <urn:x:n> ?n } ORDER BY ?n",
                       "--store", str(path))
    assert code == 0
    printed = [line.split()[0] for line in out.splitlines()[2:-1]]
    assert len(printed) == len(ODD_IRIS) - 1 and "dgr:country\\/RUS" in printed
    # paste what was printed into a new query: the same rows come back, in the same form
    pasted = " ".join(printed)
    code, again, _ = cli(capsysbinary, "query",
                         f"SELECT ?s ?n WHERE {{ VALUES ?s {{ {pasted} }} ?s <urn:x:n> ?n }} ORDER BY ?n",
                         "--store", str(path))
    assert code == 0 and again == out


def test_cli_remove_with_one_unknown_id_removes_nothing(capsysbinary, store_path):
    from diplograph.store import GraphStore

    with GraphStore.open(store_path, read_only=True) as store:
        before = {str(q) for q in store.oxigraph}
    code, _, err = cli(capsysbinary, "remove", "two", "no-such-article", "--store", str(store_path))
    assert code == 1 and "'no-such-article'" in err and "nothing removed" in err
    with GraphStore.open(store_path, read_only=True) as store:
        assert {str(q) for q in store.oxigraph} == before


def test_cli_remove_refreshes_outputs_in_the_folder_given_and_says_when_there_are_none(
    capsysbinary, store_path, tmp_path
):
    build_dir = tmp_path / "elsewhere"
    build_dir.mkdir()
    (build_dir / "graph.trig").write_text("stale", encoding="utf-8")
    code, _, err = cli(capsysbinary, "remove", "two", "--store", str(store_path), "--out", str(build_dir))
    assert code == 0 and f"wrote {build_dir / 'graph.trig'}" in err
    assert "Kim Jong Nam" not in (build_dir / "graph.trig").read_text(encoding="utf-8")
    assert not (build_dir / "graph.ttl").exists()  # only what was there is refreshed
    nowhere = str(tmp_path / "none")
    code, _, err = cli(capsysbinary, "remove", "rich", "--store", str(store_path), "--out", nowhere)
    assert code == 0 and "to refresh; give the build's folder with --out" in err
