"""Constructions added after measuring on eval/independent: each pinned with sentences of our own.

These pin the rules themselves (``model=None``: the slot scorer off); what the scorer keeps of them
is tested in test_extract_slots.py and measured on the evaluation sets.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from diplograph.extract import facts_from_doc
from diplograph.model import Article, ArticleFacts

pytestmark = pytest.mark.model


def _facts(nlp: Language, text: str, published: str) -> ArticleFacts:
    article = Article(id="t", text=text, published=date.fromisoformat(published))
    return facts_from_doc(nlp(text), article, model=None)


def _defections(facts: ArticleFacts) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {d.defector: (d.from_country, d.to_country, d.date) for d in facts.defections}


def test_counted_group_members_named_later_defect(nlp: Language) -> None:
    text = (
        "OSLO, May 3 -- Three swimmers from Belarus's national team have sought asylum in Norway "
        "after a meet in Bergen, officials said on Friday. Among them are the relay captain, "
        "Hanna Liasnik, and the coach's son, Pavel Kurets."
    )
    got = _defections(_facts(nlp, text, "2021-05-03"))
    assert set(got) == {"Hanna Liasnik", "Pavel Kurets"}
    assert got["Hanna Liasnik"][1] == "NOR"


def test_trend_of_plural_defectors_names_nobody(nlp: Language) -> None:
    text = "Diplomats from the region defect every year. Among the critics is Rosa Lind, a lawyer."
    assert _facts(nlp, text, "2021-05-03").defections == ()


def test_dateline_is_not_the_subject(nlp: Language) -> None:
    text = (
        "LISBON -- A Angolan air force captain has defected to Portugal. "
        "Captain Jonas Mbala, 29, landed at Faro."
    )
    got = _defections(_facts(nlp, text, "1990-06-01"))
    assert got["Jonas Mbala"][:2] == ("AGO", "PRT")


def test_occupation_noun_in_the_lede_finds_its_person(nlp: Language) -> None:
    text = (
        "A Czechoslovak chemist who left a conference in Vienna has asked for asylum in Austria. "
        "Dr Milan Hora, 41, told the police he would not go back."
    )
    got = _defections(_facts(nlp, text, "1984-03-01"))
    assert got["Milan Hora"][:2] == ("CSK", "AUT")


def test_name_after_a_title_is_a_person_even_untagged(nlp: Language) -> None:
    text = "Staff Sergeant Oskar Veilberg surrendered near the border."
    names = {p.name for p in _facts(nlp, text, "2023-01-01").persons}
    assert "Oskar Veilberg" in names


def test_crossing_into_a_country_with_a_named_person(nlp: Language) -> None:
    text = "Farid Nasser, a Libyan army major, crossed into Tunisia on foot in March 2011."
    got = _defections(_facts(nlp, text, "2011-06-01"))
    assert got["Farid Nasser"] == ("LBY", "TUN", "2011-03")


def test_future_expiry_gives_no_status(nlp: Language) -> None:
    text = "The Arctic Fisheries Treaty between Norway and Iceland will expire in 2031."
    [agreement] = _facts(nlp, text, "2024-01-01").agreements
    assert agreement.status is None
    assert set(agreement.parties) == {"NOR", "ISL"}


def test_its_treaty_with_y_names_both_parties(nlp: Language) -> None:
    text = "Chile said on Monday that it would honour its 1984 boundary treaty with Argentina."
    [agreement] = _facts(nlp, text, "2024-01-01").agreements
    assert set(agreement.parties) == {"CHL", "ARG"}
    assert agreement.date == "1984"


def test_plural_generic_treaty_nouns_are_not_an_agreement(nlp: Language) -> None:
    text = "Japan has struck a string of defence pacts across Asia."
    assert _facts(nlp, text, "2024-01-01").agreements == ()


def test_wire_dateline_is_not_the_event_date(nlp: Language) -> None:
    text = (
        "ATHENS, March 12 -- A Turkish naval officer who sailed into a Greek port on Monday "
        "has asked for political asylum in Greece. Lieutenant Kemal Aydin, 33, was taken to a hotel."
    )
    got = _defections(_facts(nlp, text, "1986-03-12"))
    assert got["Kemal Aydin"] == ("TUR", "GRC", "1986-03-10")


def test_plural_title_introduces_a_list_of_names(nlp: Language) -> None:
    text = "On Monday Presidents Nur-Aidar Sultanbekov and Aibek Dzhunusov opened a new border crossing."
    names = {p.name for p in _facts(nlp, text, "2024-01-01").persons}
    assert {"Nur-Aidar Sultanbekov", "Aibek Dzhunusov"} <= names
