"""Facts that cannot be true, flagged from the public facts the project ships."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, XSD, Graph, Literal

from diplograph import gazetteer
from diplograph.cli import main
from diplograph.namespaces import DG, DGR
from diplograph.sanity import doubts
from diplograph.store import GraphStore
from rdf_helpers import article_graph

SUN, RUS, FIN = DGR["country/SUN"], DGR["country/RUS"], DGR["country/FIN"]


def _defection(graph: Graph, slug: str, origin, date: str) -> None:  # type: ignore[no-untyped-def]
    d = DGR[f"defection/{slug}"]
    graph.add((d, RDF.type, DG.Defection))
    graph.add((d, DG.fromCountry, origin))
    graph.add((d, DG.toCountry, FIN))
    graph.add((d, DG.date, Literal(date, datatype=XSD.gYear if len(date) == 4 else XSD.gYearMonth)))


def test_historic_states_end_where_their_capitals_stop() -> None:
    assert (gazetteer.ended("SUN"), gazetteer.ended("DDR"), gazetteer.ended("CSK")) == (1991, 1990, 1992)
    assert [gazetteer.ended(iso) for iso in ("RUS", "FIN", "ZZZ")] == [None, None, None]


def test_a_defection_dated_after_its_state_ended_is_doubted() -> None:
    g = Graph()
    _defection(g, "late", SUN, "1995-04")
    _defection(g, "in-time", SUN, "1991")
    _defection(g, "russian", RUS, "1995")
    [doubt] = doubts(g)
    assert doubt.fact == str(DGR["defection/late"])
    assert "Soviet Union, which ended in 1991, for 1995" in doubt.reason


def test_an_agreement_with_a_party_that_no_longer_existed_is_doubted() -> None:
    g = Graph()
    a = DGR["agreement/late-pact"]
    g.add((a, RDF.type, DG.Agreement))
    for party in (DGR["country/DDR"], FIN):
        g.add((a, DG.party, party))
    g.add((a, DG.date, Literal("1993-05-01", datatype=XSD.date)))
    assert [d.reason for d in doubts(g)] == [
        "names East Germany, which ended in 1990, for 1993: the date or the state is misread"
    ]


def test_validate_prints_the_doubts_as_warnings_and_still_conforms(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, g = article_graph("late")
    _defection(g, "late", SUN, "1995")
    g.add((DGR["defection/late"], DG.mentionedIn, a))
    with GraphStore.open(tmp_path / "store") as store:
        store.replace_articles([(a, g)])
    main(["validate", "--store", str(tmp_path / "store")])
    out = capsys.readouterr().out
    assert f"Warning: {DGR['defection/late']}: names Soviet Union, which ended in 1991" in out


UKR, POL = DGR["country/UKR"], DGR["country/POL"]


def test_states_formed_since_1971_begin_in_their_year() -> None:
    assert (gazetteer.began("UKR"), gazetteer.began("SSD"), gazetteer.began("CZE")) == (1991, 2011, 1993)
    assert [gazetteer.began(iso) for iso in ("RUS", "FIN", "SUN", "ZZZ")] == [None, None, None, None]


def test_a_defection_dated_before_its_state_began_is_doubted() -> None:
    g = Graph()
    _defection(g, "early", UKR, "1975-02")  # a Soviet-era city read as today's state
    _defection(g, "after", UKR, "1994")
    [doubt] = doubts(g)
    assert doubt.fact == str(DGR["defection/early"])
    assert doubt.reason == "names Ukraine, which began in 1991, for 1975: the date or the state is misread"


def test_a_defection_to_the_state_it_leaves_is_doubted() -> None:
    g = Graph()
    _defection(g, "round-trip", FIN, "1980")  # _defection reaches FIN
    _defection(g, "away", POL, "1980")
    assert [(d.fact, d.reason) for d in doubts(g)] == [
        (str(DGR["defection/round-trip"]), "reaches Finland, the state it leaves: a state is misread")
    ]


def test_a_mission_of_a_state_in_itself_is_doubted() -> None:
    g = Graph()
    for slug, host in (("FIN-FIN-helsinki", FIN), ("FIN-POL-warsaw", POL)):
        e = DGR[f"embassy/{slug}"]
        g.add((e, RDF.type, DG.Embassy))
        g.add((e, DG.sendingCountry, FIN))
        g.add((e, DG.hostCountry, host))
    assert [d.fact for d in doubts(g)] == [str(DGR["embassy/FIN-FIN-helsinki"])]
