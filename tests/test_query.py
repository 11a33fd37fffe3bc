"""Named queries, safe parameters and result formats, against a real on-disk store."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from diplograph.errors import QueryError
from diplograph.namespaces import DG, DGR
from diplograph.query import named_queries, run_query, to_term
from diplograph.sparql import with_values
from diplograph.store import GraphStore
from rdf_helpers import ARTICLE, article_graph, rich_article

NAMED = (
    "defections",
    "defections-by-origin",
    "embassies",
    "agreements",
    "agreement-history",
    "person",
    "evidence",
    "timeline",
)
GBR, KOR, PRK = DGR["country/GBR"], DGR["country/KOR"], DGR["country/PRK"]


def _agreement_article(source_id: str, published: str, status: str):
    a, g = article_graph(source_id)
    g.set((a, DG.published, Literal(published, datatype=XSD.date)))
    agr = DGR["agreement/military-agreement-2018"]
    g.add((agr, RDF.type, DG.Agreement))
    g.add((agr, RDFS.label, Literal("Comprehensive Military Agreement")))
    g.add((agr, DG.party, KOR))
    g.add((agr, DG.party, PRK))
    g.add((agr, DG.status, Literal(status)))
    g.add((agr, DG.date, Literal("2018-09-19", datatype=XSD.date)))
    g.add((agr, DG.evidence, Literal(f"The deal was {status}.")))
    g.add((agr, DG.mentionedIn, a))
    for c, name in ((KOR, "South Korea"), (PRK, "North Korea")):
        g.add((c, RDF.type, DG.Country))
        g.add((c, RDFS.label, Literal(name)))
    return a, g


def _embassy_article():
    a, g = rich_article()
    e = DGR["embassy/PRK-GBR-london"]
    g.add((e, RDF.type, DG.Embassy))
    g.add((e, RDFS.label, Literal("North Korean embassy in London")))
    g.add((e, DG.sendingCountry, PRK))
    g.add((e, DG.hostCountry, GBR))
    g.add((e, DG.city, Literal("London")))
    g.add((e, DG.mentionedIn, a))
    g.add((GBR, RDF.type, DG.Country))
    g.add((GBR, RDFS.label, Literal("United Kingdom")))
    g.add((DGR["person/thae-yong-ho"], DG.postedAt, e))
    g.add((DGR["defection/thae-yong-ho-2016"], DG.fromPost, e))
    g.add((DGR["defection/thae-yong-ho-2016"], DG.toCountry, KOR))
    return a, g


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("q") / "store"
    with GraphStore.open(path) as s:
        s.replace_articles(
            [
                _embassy_article(),
                _agreement_article("y2020", "2020-05-01", "in_force"),
                _agreement_article("y2024", "2024-11-02", "suspended"),
            ]
        )
    with GraphStore.open(path, read_only=True) as s:
        yield s


def run(store: GraphStore, query: str, /, fmt: str = "json", **params: str) -> list[dict[str, str]]:
    out = io.BytesIO()
    run_query(store, named_queries()[query], params=params, fmt=fmt, out=out)
    data = json.loads(out.getvalue())
    return [{k: v["value"] for k, v in row.items()} for row in data["results"]["bindings"]]


def test_query_every_named_query_exists_and_documents_its_question():
    queries = named_queries()
    assert set(NAMED) <= set(queries)
    for nq in queries.values():
        assert nq.question.endswith("?") or nq.question.endswith("."), nq.name
        for p in nq.params:
            assert p.doc, f"{nq.name}: parameter {p.name} has no description"


@pytest.mark.parametrize("name", NAMED)
def test_query_named_query_runs(store, name):
    params = {"name": "thae"} if name == "person" else {}
    assert run(store, name, **params)


def test_query_defections_with_country_param(store):
    rows = run(store, "defections", country="prk")
    assert rows == [
        {
            "defector": "Thae Yong-ho",
            "from": "North Korea",
            "to": "South Korea",
            "post": "North Korean embassy in London",
            "date": "2016-08",
            "support": "1",
            "sources": "rich",
        }
    ]
    assert run(store, "defections", country="USA") == []


def test_query_agreement_history_shows_status_over_time(store):
    rows = run(store, "agreement-history", country="KOR")
    assert [(r["status"], r["reported"]) for r in rows] == [
        ("in_force", "2020-05-01"),
        ("suspended", "2024-11-02"),
    ]
    assert run(store, "agreement-history", country="GBR") == []


def test_query_agreements_one_row_with_the_latest_status(store):
    rows = run(store, "agreements", country="KOR")
    assert [(r["agreement"], r["status"], r["asOf"], r["support"], r.get("conflicts")) for r in rows] == [
        ("Comprehensive Military Agreement", "suspended", "2024-11-02", "2", None)
    ]
    assert set(rows[0]["parties"].split(", ")) == {"South Korea", "North Korea"}
    assert run(store, "agreements", country="GBR") == []


def test_query_embassies_person_evidence_timeline(store):
    [embassy] = run(store, "embassies", country="PRK", host="GBR")
    assert embassy["staff"] == "Thae Yong-ho" and embassy["city"] == "London"
    [person] = run(store, "person", name="THAE")
    assert "태영호" in person["aliases"] and person["posts"] == "North Korean embassy in London"
    evidence = run(store, "evidence", node="dgr:agreement/military-agreement-2018")
    assert {r["evidence"] for r in evidence} == {"The deal was in_force.", "The deal was suspended."}
    assert [r["kind"] for r in run(store, "timeline", country="PRK", since="2017")] == ["agreement"]


@pytest.mark.parametrize("hostile", ['x" } ; DROP ALL ; #', "x' } UNION { ?p ?q ?r", "\\u0022 }", "> <x"])
def test_query_parameters_cannot_change_the_query(store, hostile):
    assert run(store, "person", name=hostile) == []
    assert run(store, "evidence", name=hostile) == []
    assert len(store) > 0


def test_query_parameter_errors_are_one_line(store):
    with pytest.raises(QueryError, match="needs --param name"):
        run(store, "person")
    with pytest.raises(QueryError, match="no parameter 'nation'"):
        run(store, "defections", nation="PRK")
    with pytest.raises(QueryError, match="alpha-3"):
        run(store, "defections", country="North Korea")


def test_query_values_go_into_the_outer_where_group():
    q = (
        'SELECT ?x (COUNT(*) AS ?n) WHERE { ?x ?p "WHERE { }" . { SELECT ?x WHERE { ?x ?q ?r } } } '
        "GROUP BY ?x"
    )
    bound = " ".join(with_values(q, {"x": ox.NamedNode("http://e/x")}).split())
    assert bound.startswith('SELECT ?x (COUNT(*) AS ?n) WHERE { VALUES (?x) { (<http://e/x>) } ?x ?p "WHERE')
    assert with_values("SELECT * { ?where ?p ?o }", {"o": ox.Literal("a")}).startswith(
        'SELECT * { VALUES (?o) { ("a") }'
    )
    with pytest.raises(QueryError, match="WHERE"):
        with_values("DESCRIBE <http://e/x>", {"o": ox.Literal("a")})


def test_query_values_also_bind_a_subquery_that_mentions_them(store):
    # a subquery's variables are its own: only a block of its own binds ?want inside it
    q = (
        "SELECT ?code WHERE { { SELECT ?code WHERE { ?c dg:isoCode ?code FILTER(?code = ?want) } } "
        "{ SELECT ?other WHERE { ?o dg:isoCode ?other } } }"
    )
    bound = " ".join(with_values(q, {"want": ox.Literal("PRK")}).split())
    assert bound.count('VALUES (?want) { ("PRK") }') == 2  # the outer group and the one subquery
    assert "WHERE { ?o dg:isoCode ?other }" in bound  # a subquery not naming it is left alone
    out = io.BytesIO()
    run_query(store, q, params={"want": "PRK"}, fmt="json", out=out)
    rows = json.loads(out.getvalue())["results"]["bindings"]
    assert {r["code"]["value"] for r in rows} == {"PRK"}


def test_query_to_term_kinds():
    assert to_term("prk", "country") == ox.NamedNode(str(PRK))
    assert to_term("dgr:person/x") == ox.NamedNode(str(DGR["person/x"]))
    assert to_term("<http://e/x>") == ox.NamedNode("http://e/x")
    assert to_term("Ri Il Kyu") == ox.Literal("Ri Il Kyu")
    assert to_term("2010", "year") == ox.Literal("2010", datatype=ox.NamedNode(str(XSD.integer)))


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_query_select_formats(store, fmt):
    out = io.BytesIO()
    run_query(store, "SELECT ?code WHERE { ?c dg:isoCode ?code }", fmt=fmt, out=out)
    text = out.getvalue().decode("utf-8")
    if fmt == "csv":
        assert list(csv.reader(io.StringIO(text))) == [["code"], ["PRK"]]
    elif fmt == "json":
        assert json.loads(text)["head"]["vars"] == ["code"]
    else:
        assert "PRK" in text


def test_query_construct_gives_turtle_and_ask_gives_boolean(store):
    out = io.BytesIO()
    run_query(store, "CONSTRUCT WHERE { ?c dg:isoCode ?code }", fmt="turtle", out=out)
    assert len(Graph().parse(data=out.getvalue().decode(), format="turtle")) == 1
    out = io.BytesIO()
    run_query(store, "ASK { GRAPH ?g { ?s dg:status 'suspended' } }", fmt="json", out=out)
    assert json.loads(out.getvalue())["boolean"] is True
    with pytest.raises(QueryError, match="turtle"):
        run_query(store, "SELECT * WHERE { ?s ?p ?o }", fmt="turtle", out=io.BytesIO())


def test_query_graph_clause_sees_each_article(store):
    out = io.BytesIO()
    run_query(store, "SELECT ?g WHERE { GRAPH ?g { ?a dg:status ?s } } ORDER BY ?g", fmt="csv", out=out)
    rows = list(csv.reader(io.StringIO(out.getvalue().decode())))
    assert rows[1:] == [[str(ARTICLE["y2020"])], [str(ARTICLE["y2024"])]]


def test_query_invalid_sparql_names_the_position(store):
    with pytest.raises(QueryError, match=r"invalid SPARQL at line 1, column \d+"):
        run_query(store, "SELECT ?x WHERE { ?x ?p }", out=io.BytesIO())


# -- reconciliation: one row per defection, one answer per attribute, the rest as conflicts -------

AUT, CAN, BLR = DGR["country/AUT"], DGR["country/CAN"], DGR["country/BLR"]
VERA = DGR["defection/vera-lind-1986"]


def _name_countries(g: Graph) -> None:
    for c, name in ((AUT, "Austria"), (CAN, "Canada"), (BLR, "Belarus")):
        g.add((c, RDF.type, DG.Country))
        g.add((c, RDFS.label, Literal(name)))


def _telling(source_id: str, to: URIRef, date: str, datatype: URIRef = XSD.gYear):
    """One article's account of the same defection: its own destination and date."""
    a, g = article_graph(source_id, persons={"vera-lind": "Vera Lind"})
    g.add((VERA, RDF.type, DG.Defection))
    g.add((VERA, DG.defector, DGR["person/vera-lind"]))
    g.add((VERA, DG.fromCountry, BLR))
    g.add((VERA, DG.toCountry, to))
    g.add((VERA, DG.date, Literal(date, datatype=datatype)))
    g.add((VERA, DG.mentionedIn, a))
    _name_countries(g)
    return a, g


def _stored(tmp_path, query: str, *tellings):  # type: ignore[no-untyped-def]
    """The rows of a named query over a store holding these articles' graphs."""
    with GraphStore.open(tmp_path / "store") as store:
        store.replace_articles(list(tellings))
        return run(store, query)


def _defections(tmp_path, *tellings):  # type: ignore[no-untyped-def]
    return _stored(tmp_path, "defections", *tellings)


def test_query_defections_one_row_per_defection_with_the_best_supported_answers(tmp_path):
    rows = _defections(
        tmp_path,
        _telling("a", AUT, "1986"),
        _telling("b", CAN, "1986-03", XSD.gYearMonth),
        _telling("c", CAN, "1985"),
    )
    assert len(rows) == 1, rows  # not the cross product of two destinations and three dates
    [row] = rows
    assert row["defector"] == "Vera Lind" and row["from"] == "Belarus"
    assert row["to"] == "Canada"  # two articles against one
    assert row["date"] == "1986-03"  # tied on support: the most precise
    assert row["support"] == "3" and row["sources"].split() == ["a", "b", "c"]
    conflicts = dict(part.split(": ", 1) for part in row["conflicts"].split("; "))
    assert set(conflicts) == {"to", "date"}
    assert set(conflicts["to"].split(" / ")) == {"Austria (1)", "Canada (2)"}
    assert "1985 (1)" in conflicts["date"]


def test_query_defections_a_coarser_date_is_no_conflict_and_agreement_lists_none(tmp_path):
    rows = _defections(tmp_path, _telling("a", CAN, "1986"), _telling("b", CAN, "1986-03", XSD.gYearMonth))
    assert [(r["to"], r["date"], r["support"], r.get("conflicts", "")) for r in rows] == [
        ("Canada", "1986-03", "2", "")
    ]


def test_query_defections_a_tie_is_broken_the_same_way_every_time(tmp_path):
    rows = _defections(tmp_path, _telling("b", CAN, "1986"), _telling("a", AUT, "1986"))
    assert [r["to"] for r in rows] == ["Austria"]  # one article each: the lower IRI (AUT < CAN)


# -- reconciliation of agreements -----------------------------------------------------------------

PACT = DGR["agreement/lake-fisheries-pact"]


def _pact(source_id: str, published: str | None, parties: tuple[URIRef, ...], date: str | None, status: str):
    """One article's account of one pact."""
    a, g = article_graph(source_id)
    if published:
        g.set((a, DG.published, Literal(published, datatype=XSD.date)))
    g.add((PACT, RDF.type, DG.Agreement))
    g.add((PACT, RDFS.label, Literal("Lake Fisheries Pact")))
    for p in parties:
        g.add((PACT, DG.party, p))
    if date:
        g.add((PACT, DG.date, Literal(date, datatype=XSD.gYear if len(date) == 4 else XSD.date)))
    g.add((PACT, DG.status, Literal(status)))
    g.add((PACT, DG.mentionedIn, a))
    _name_countries(g)
    return a, g


def _agreements(tmp_path, *tellings):  # type: ignore[no-untyped-def]
    return _stored(tmp_path, "agreements", *tellings)


def test_query_agreements_the_latest_report_gives_the_status_and_a_missing_party_is_a_conflict(tmp_path):
    rows = _agreements(
        tmp_path,
        _pact("a", "2001-05-02", (AUT, CAN), "2001", "signed"),
        _pact("b", "2009-11-20", (AUT, CAN, BLR), "2001", "suspended"),
        _pact("c", "2004-01-10", (AUT, CAN), "1999", "in_force"),
    )
    assert len(rows) == 1, rows
    [row] = rows
    assert (row["status"], row["asOf"], row["date"], row["support"]) == (
        "suspended",
        "2009-11-20",
        "2001",
        "3",
    )
    assert set(row["parties"].split(", ")) == {"Austria", "Canada", "Belarus"}
    conflicts = dict(part.split(": ", 1) for part in row["conflicts"].split("; "))
    assert set(conflicts) == {"parties", "date"}  # a status that changed over time is no conflict
    assert "Belarus (1)" in conflicts["parties"] and "1999 (1)" in conflicts["date"]


def test_query_agreements_two_statuses_on_the_latest_day_are_a_conflict(tmp_path):
    rows = _agreements(
        tmp_path,
        _pact("a", "2009-11-20", (AUT, CAN), None, "suspended"),
        _pact("b", "2009-11-20", (AUT, CAN), None, "terminated"),
        _pact("c", "2009-11-20", (AUT, CAN), None, "terminated"),
    )
    [row] = rows
    assert row["status"] == "terminated"  # two articles against one
    assert (
        row["conflicts"] == "status on 2009-11-20: suspended (1) / terminated (2)"
        or row["conflicts"] == "status on 2009-11-20: terminated (2) / suspended (1)"
    )
