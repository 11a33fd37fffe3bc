"""Identity keys (resolve.py): the same real-world thing gets one key, different things never share one."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from diplograph.model import Agreement, Defection, Embassy
from diplograph.namespaces import DGR
from diplograph.resolve import (
    agreement_key,
    article_key,
    defection_key,
    embassy_city,
    embassy_key,
    name_key,
    person_key,
    slug,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thae Yong Ho", "thae-yong-ho"),
        ("Thae Yong-ho", "thae-yong-ho"),
        ("THAE  Yong--ho ", "thae-yong-ho"),
        ("Jo\u00e3o Louren\u00e7o", "joao-lourenco"),
        ("Ji\u0159\u00ed Dienstbier", "jiri-dienstbier"),
        ("O'Brien", "obrien"),
        ("O\u2019Brien", "obrien"),
        ("Korea's deal", "koreas-deal"),
        ("S\u00f8ren \u0141ukasz", "soren-lukasz"),  # letters NFKD does not decompose
        ("\u042e\u0440\u0438\u0439", "yuriy"),  # other scripts are transliterated (anyascii)
        ("\u5317\u671d\u9c9c", "beichaoxian"),
        ("!!", "x"),  # nothing left: still a valid, non-empty path segment
    ],
)
def test_resolve_slug_folds_accents_case_apostrophes_and_separators(text: str, expected: str) -> None:
    assert slug(text) == expected


def test_resolve_person_key_spaces_and_hyphens_are_one_person() -> None:
    assert person_key("Thae Yong Ho") == person_key("Thae Yong-ho") == "thae-yong-ho"


def test_resolve_person_key_keeps_different_people_apart() -> None:
    assert person_key("Ri Il Kyu") != person_key("Ri Il")


def test_resolve_embassy_key_city_given_or_host_capital_is_one_mission() -> None:
    given = Embassy(sending="PRK", host="GBR", city="London")
    fallback = Embassy(sending="PRK", host="GBR")
    assert embassy_city(fallback) == "London"
    assert embassy_key(given) == embassy_key(fallback) == "PRK-GBR-london"


def test_resolve_embassy_key_other_city_is_another_mission() -> None:
    consulate = Embassy(sending="PRK", host="RUS", city="Vladivostok")
    embassy = Embassy(sending="PRK", host="RUS")
    assert embassy_key(consulate) == "PRK-RUS-vladivostok"
    assert embassy_key(consulate) != embassy_key(embassy)


def test_resolve_embassy_key_direction_matters() -> None:
    assert embassy_key(Embassy("PRK", "GBR")) != embassy_key(Embassy("GBR", "PRK"))


def test_resolve_embassy_key_folds_city_spelling() -> None:
    assert embassy_key(Embassy("ROU", "DNK", "K\u00f8benhavn")) == "ROU-DNK-kobenhavn"
    assert embassy_key(Embassy("PRK", "CUB", "HAVANA")) == embassy_key(Embassy("PRK", "CUB", "Havana"))


def test_resolve_embassy_key_without_known_capital_has_no_city() -> None:
    assert embassy_key(Embassy("PRK", "XXX")) == "PRK-XXX"


def test_resolve_embassy_key_ignores_evidence() -> None:
    from diplograph.model import Evidence

    ev = Evidence(article_id="a", start=0, end=5, text="Hello")
    assert embassy_key(Embassy("PRK", "GBR", evidence=(ev,))) == embassy_key(Embassy("PRK", "GBR"))


def test_resolve_defection_key_is_defector_and_state_left() -> None:
    a = Defection(defector="Thae Yong Ho", from_country="PRK", to_country="KOR", date="2016-08")
    b = Defection(defector="Thae Yong-ho", from_country="PRK", date="2016", confidence=0.9)
    assert defection_key(a) == defection_key(b) == "thae-yong-ho-from-PRK"
    assert defection_key(Defection(defector="Thae Yong-ho", from_country="CUB")) != defection_key(a)


def test_resolve_defection_key_unknown_state() -> None:
    assert defection_key(Defection(defector="Ri Il Kyu", from_country=None)) == "ri-il-kyu-from-unknown"


@pytest.mark.parametrize(
    "name",
    [
        "Comprehensive Military Agreement",
        "the Comprehensive Military Agreement",
        "THE comprehensive military agreement",
    ],
)
def test_resolve_agreement_key_strips_article_and_folds(name: str) -> None:
    assert agreement_key(Agreement(name=name)) == "comprehensive-military-agreement"


def test_resolve_agreement_key_keeps_words_starting_like_articles() -> None:
    assert agreement_key(Agreement(name="Anglo-Irish Agreement")) == "anglo-irish-agreement"
    assert agreement_key(Agreement(name="Theme Accord")) == "theme-accord"


def test_resolve_article_key_keeps_plain_ids() -> None:
    assert article_key("dev-000") == "dev-000"
    assert article_key("bbc_2016.08~17") == "bbc_2016.08~17"


ODD_IDS = [
    "a b",
    "a/b",
    "a-b",
    "a?b#c",
    "x<y>",
    "\u65e5\u672c",
    "\u4e2d\u56fd",
    "caf\u00e9",
    "100%",
    ".",
    "..",
    'quote"d',
    "back\\slash",
    "{braces}",
    "pipe|",
    "tab\there",
]


@pytest.mark.parametrize("source_id", ODD_IDS)
def test_resolve_article_key_is_iri_safe(source_id: str) -> None:
    iri = str(DGR[f"article/{article_key(source_id)}"])
    ox.NamedNode(iri)  # raises ValueError if not a valid IRI
    assert URIRef(iri).n3() == f"<{iri}>"
    key = article_key(source_id)
    assert "/" not in key and "#" not in key and "?" not in key
    assert key not in (".", "..")


def test_resolve_article_key_never_merges_two_ids() -> None:
    keys = [article_key(i) for i in ODD_IDS]
    assert len(set(keys)) == len(ODD_IDS), sorted(keys)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Pak Chol-su", "Park Cheol-soo"),  # McCune-Reischauer and Revised Romanization
        ("Ri Sun-gil", "Lee Soon-gil"),
        ("Thae Ung-il", "Tae Ung Il"),  # DPRK 'th', hyphen or space
        ("Dmitriy Sokolov", "Dmitri Sokolov"),  # Russian endings
        ("Aleksei Zaitsev", "Alexei Zaitsev"),
        ("Viktor Ustinov", "Victor Ustinov"),
        ("Soren Holm", "S\u00f8ren Holm"),  # an accent dropped
    ],
)
def test_resolve_name_key_is_shared_by_romanisations(a: str, b: str) -> None:
    assert name_key(a) == name_key(b) is not None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kim Chol-su", "Kim Yong-su"),
        ("Kim Myong-il", "Kim Yong-il"),  # a doubled letter across two parts is not folded
        ("George W. Carey", "George H. W. Carey"),  # initials stay
        ("Choe Yong-nam", "Jo Yong-nam"),  # two Korean surnames
    ],
)
def test_resolve_name_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_resolve_name_key_needs_two_parts() -> None:
    assert name_key("Kim") is None and name_key("Mr") is None
