"""Tests for diplograph.gazetteer: names, demonyms, capitals (with eras), ambiguity, word lists."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pycountry
import pytest

from diplograph import gazetteer
from diplograph.gazetteer import (
    countries,
    country,
    country_phrases,
    is_ambiguous,
    is_capital,
    iso_for_city,
    iso_for_demonym,
    iso_for_name,
)

HISTORIC_FOUR = ("SUN", "CSK", "DDR", "YUG")


# --- names -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Asia
        ("North Korea", "PRK"),
        ("the DPRK", "PRK"),
        ("D.P.R.K.", "PRK"),
        ("Democratic People's Republic of Korea", "PRK"),
        ("Democratic People’s Republic of Korea", "PRK"),
        ("South Korea", "KOR"),
        ("Republic of Korea", "KOR"),
        ("ROK", "KOR"),
        ("China", "CHN"),
        ("People's Republic of China", "CHN"),
        ("Taiwan", "TWN"),
        ("Japan", "JPN"),
        ("Vietnam", "VNM"),
        ("Viet Nam", "VNM"),
        ("Laos", "LAO"),
        ("Burma", "MMR"),
        ("Myanmar", "MMR"),
        ("India", "IND"),
        ("Iran", "IRN"),
        ("Islamic Republic of Iran", "IRN"),
        ("Syria", "SYR"),
        ("Syrian Arab Republic", "SYR"),
        ("Palestine", "PSE"),
        ("Kuwait", "KWT"),
        ("United Arab Emirates", "ARE"),
        ("UAE", "ARE"),
        ("Kyrgyzstan", "KGZ"),
        ("East Timor", "TLS"),
        ("Timor-Leste", "TLS"),
        # Europe
        ("Britain", "GBR"),
        ("Great Britain", "GBR"),
        ("UK", "GBR"),
        ("U.K.", "GBR"),
        ("the United Kingdom", "GBR"),
        (pycountry.countries.get(alpha_3="GBR").official_name, "GBR"),  # the ISO official name
        ("Russia", "RUS"),
        ("Russian Federation", "RUS"),
        ("Czech Republic", "CZE"),
        ("Czechia", "CZE"),
        ("West Germany", "DEU"),
        ("Federal Republic of Germany", "DEU"),
        ("Netherlands", "NLD"),
        ("the Netherlands", "NLD"),
        ("Vatican", "VAT"),
        ("Holy See", "VAT"),
        ("Kosovo", "XKX"),
        ("North Macedonia", "MKD"),
        ("Bosnia-Herzegovina", "BIH"),
        ("Bosnia and Herzegovina", "BIH"),
        ("Italy", "ITA"),
        ("Hellenic Republic", "GRC"),
        # Americas
        ("US", "USA"),
        ("U.S.", "USA"),
        ("USA", "USA"),
        ("America", "USA"),
        ("United States", "USA"),
        ("the United States of America", "USA"),
        ("Cuba", "CUB"),
        ("Dominican Republic", "DOM"),
        ("Venezuela", "VEN"),
        ("Bolivia", "BOL"),
        ("Brazil", "BRA"),
        ("Saint Lucia", "LCA"),
        ("St. Lucia", "LCA"),
        ("St Kitts and Nevis", "KNA"),
        ("Trinidad and Tobago", "TTO"),
        # Africa
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("Cote d'Ivoire", "CIV"),
        ("Egypt", "EGY"),
        ("Nigeria", "NGA"),
        ("South Sudan", "SSD"),
        ("Sudan", "SDN"),
        ("Democratic Republic of the Congo", "COD"),
        ("DRC", "COD"),
        ("Republic of the Congo", "COG"),
        ("Guinea-Bissau", "GNB"),
        ("Guinea Bissau", "GNB"),
        ("Equatorial Guinea", "GNQ"),
        ("The Gambia", "GMB"),
        ("Eswatini", "SWZ"),
        ("Swaziland", "SWZ"),
        ("Cape Verde", "CPV"),
        # Oceania
        ("Australia", "AUS"),
        ("New Zealand", "NZL"),
        ("Papua New Guinea", "PNG"),
        ("Fiji", "FJI"),
        ("Federated States of Micronesia", "FSM"),
        # historic
        ("Soviet Union", "SUN"),
        ("USSR", "SUN"),
        ("U.S.S.R.", "SUN"),
        ("East Germany", "DDR"),
        ("GDR", "DDR"),
        ("German Democratic Republic", "DDR"),
        ("Czechoslovakia", "CSK"),
        ("Yugoslavia", "YUG"),
    ],
)
def test_iso_for_name_finds_state(text: str, iso: str) -> None:
    assert iso_for_name(text) == iso


@pytest.mark.parametrize(
    ("text", "iso"), [("north korea", "PRK"), ("SOUTH KOREA", "KOR"), ("britain", "GBR")]
)
def test_iso_for_name_ignores_case_of_unambiguous_names(text: str, iso: str) -> None:
    assert iso_for_name(text) == iso


@pytest.mark.parametrize("text", ["Turkey", "Türkiye", "Turkiye"])
def test_iso_for_name_turkey_both_spellings(text: str) -> None:
    assert iso_for_name(text) == "TUR"


@pytest.mark.parametrize(
    "text",
    ["us", "Us", "uk", "turkey", "chad", "jordan", "georgia", "New Mexico", "Texas", "Europe", "", "the"],
)
def test_iso_for_name_rejects_words_and_non_states(text: str) -> None:
    assert iso_for_name(text) is None


@pytest.mark.parametrize("text", ["Korea", "Congo"])
def test_iso_for_name_gives_no_code_for_names_of_several_states(text: str) -> None:
    assert iso_for_name(text) is None
    assert is_ambiguous(text)


@pytest.mark.parametrize(
    ("text", "iso"),
    [("Georgia", "GEO"), ("Jordan", "JOR"), ("Chad", "TCD"), ("Turkey", "TUR"), ("Niger", "NER")],
)
def test_ambiguous_names_resolve_only_capitalised_and_are_flagged(text: str, iso: str) -> None:
    assert iso_for_name(text) == iso
    assert is_ambiguous(text)
    assert iso_for_name(text.lower()) is None


@pytest.mark.parametrize(
    "text",
    ["Georgia", "Jordan", "Chad", "Turkey", "Guinea", "Dominica", "Macedonia", "Washington", "Victoria"],
)
def test_is_ambiguous_flags_known_traps(text: str) -> None:
    assert is_ambiguous(text)


@pytest.mark.parametrize(
    "text", ["North Korea", "France", "Pyongyang", "British", "Nigeria", "Dominican Republic"]
)
def test_is_ambiguous_false_for_clear_forms(text: str) -> None:
    assert not is_ambiguous(text)


def test_new_mexico_is_a_us_state_not_a_country() -> None:
    assert "New Mexico" in gazetteer.us_states()
    assert iso_for_name("New Mexico") is None


# --- demonyms --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("North Korean", "PRK"),
        ("North Koreans", "PRK"),
        ("South Korean", "KOR"),
        ("British", "GBR"),
        ("Briton", "GBR"),
        ("Britons", "GBR"),
        ("American", "USA"),
        ("Americans", "USA"),
        ("Soviet", "SUN"),
        ("Soviets", "SUN"),
        ("East German", "DDR"),
        ("East Germans", "DDR"),
        ("West German", "DEU"),
        ("Czechoslovak", "CSK"),
        ("Czechoslovakian", "CSK"),
        ("Yugoslav", "YUG"),
        ("Iranian", "IRN"),
        ("Egyptian", "EGY"),
        ("Cuban", "CUB"),
        ("Cubans", "CUB"),
        ("Chinese", "CHN"),
        ("Japanese", "JPN"),
        ("Filipino", "PHL"),
        ("Filipinos", "PHL"),
        ("Dutch", "NLD"),
        ("Swiss", "CHE"),
        ("Kenyan", "KEN"),
        ("Nigerien", "NER"),
        ("Nigerian", "NGA"),
        ("Argentine", "ARG"),
        ("Brazilian", "BRA"),
        ("Australian", "AUS"),
        ("New Zealander", "NZL"),
        ("Kosovar", "XKX"),
        ("Taiwanese", "TWN"),
        ("Palestinians", "PSE"),
        ("Turkish", "TUR"),
        ("Emirati", "ARE"),
        ("Ivorian", "CIV"),
    ],
)
def test_iso_for_demonym(text: str, iso: str) -> None:
    assert iso_for_demonym(text) == iso


@pytest.mark.parametrize("text", ["Korean", "Koreans", "Congolese"])
def test_demonyms_of_several_states_have_no_code(text: str) -> None:
    assert iso_for_demonym(text) is None
    assert is_ambiguous(text)


def test_demonym_plural_is_not_a_wrong_plural() -> None:
    assert "Englishmans" not in country("GBR").demonyms
    assert "Laos" not in country("LAO").demonyms


# --- capitals and cities ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Havana", "CUB"),
        ("Pyongyang", "PRK"),
        ("Seoul", "KOR"),
        ("Tokyo", "JPN"),
        ("Beijing", "CHN"),
        ("Peking", "CHN"),
        ("Tehran", "IRN"),
        ("London", "GBR"),
        ("Paris", "FRA"),
        ("Washington", "USA"),
        ("Washington, D.C.", "USA"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Nairobi", "KEN"),
        ("Brasília", "BRA"),
        ("Brasilia", "BRA"),
        ("Canberra", "AUS"),
        ("Ottawa", "CAN"),
        ("Bogotá", "COL"),
        ("Taipei", "TWN"),
        ("Pristina", "XKX"),
        ("Ramallah", "PSE"),
        ("Hong Kong", "CHN"),
        ("New York", "USA"),
        ("Geneva", "CHE"),
        ("Istanbul", "TUR"),
        ("Shanghai", "CHN"),
        ("Osaka", "JPN"),
        ("Vladivostok", "RUS"),
        ("São Paulo", "BRA"),
        ("Sao Paulo", "BRA"),
        ("Mumbai", "IND"),
        ("Dubai", "ARE"),
        ("Jeddah", "SAU"),
        ("Johannesburg", "ZAF"),
        ("Toronto", "CAN"),
        ("Bonn", "DEU"),
        ("East Berlin", "DDR"),
    ],
)
def test_iso_for_city_today(text: str, iso: str) -> None:
    assert iso_for_city(text) == iso


@pytest.mark.parametrize(
    ("text", "year", "iso"),
    [
        ("Moscow", 1975, "SUN"),
        ("Moscow", 1991, "SUN"),
        ("Moscow", 1992, "RUS"),
        ("Moscow", 2020, "RUS"),
        ("Moscow", None, "RUS"),
        ("Berlin", 1975, "DDR"),
        ("Berlin", 2000, "DEU"),
        ("East Berlin", 1980, "DDR"),
        ("Bonn", 1985, "DEU"),
        ("Prague", 1980, "CSK"),
        ("Prague", 2000, "CZE"),
        ("Bratislava", 1980, "CSK"),
        ("Belgrade", 1985, "YUG"),
        ("Belgrade", 2004, "SCG"),
        ("Belgrade", 2015, "SRB"),
        ("Zagreb", 1980, "YUG"),
        ("Zagreb", 1995, "HRV"),
        ("Kiev", 1980, "SUN"),
        ("Tbilisi", 1985, "SUN"),
        ("Riga", 1985, "SUN"),
        ("Leipzig", 1980, "DDR"),
        ("Leipzig", 2010, "DEU"),
        ("Leningrad", None, "SUN"),
        ("St. Petersburg", 2010, "RUS"),
        ("Hong Kong", 1990, "GBR"),
        ("Hong Kong", 2020, "CHN"),
        ("Dhaka", 1965, "PAK"),
        ("Juba", 2000, "SDN"),
        ("Juba", 2015, "SSD"),
    ],
)
def test_iso_for_city_by_era(text: str, year: int | None, iso: str) -> None:
    assert iso_for_city(text, year) == iso


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("Moscow", 1975, True),
        ("Moscow", None, True),
        ("Bonn", 1985, True),
        ("Bonn", 2020, False),
        ("Bonn", None, False),
        ("Berlin", 1995, True),
        ("East Berlin", 1980, True),
        ("Karachi", 1950, True),
        ("Karachi", 2000, False),
        ("Lagos", 2020, False),
        ("Abuja", None, True),
        ("Pyongyang", None, True),
        ("New York", None, False),
        ("Shanghai", 2000, False),
    ],
)
def test_is_capital(text: str, year: int | None, expected: bool) -> None:
    assert is_capital(text, year) is expected


@pytest.mark.parametrize("text", ["Atlantis", "Springfield", "washington", ""])
def test_iso_for_city_unknown_or_wrong_case(text: str) -> None:
    assert iso_for_city(text) is None


# --- coverage ------------------------------------------------------------------------------------


@pytest.mark.parametrize("iso", sorted(c.alpha_3 for c in pycountry.countries))
def test_every_iso_3166_1_code_has_a_country(iso: str) -> None:
    info = country(iso)
    assert info.iso == iso
    assert info.name
    assert info.names[0] == info.name
    assert not info.historic


def test_historic_states_present() -> None:
    for iso in HISTORIC_FOUR:
        assert country(iso).historic
    assert country("SUN").name == "Soviet Union"
    assert country("DDR").name == "East Germany"


def test_un_members_are_193() -> None:
    assert sum(info.un_member for info in countries().values()) == 193


def test_every_un_member_and_historic_state_has_demonym_and_capital() -> None:
    wanted = [info for info in countries().values() if info.un_member or info.iso in HISTORIC_FOUR]
    assert len(wanted) == 197
    assert [i.iso for i in wanted if not i.demonyms] == []
    assert [i.iso for i in wanted if not i.capitals] == []


def test_every_name_and_demonym_resolves_to_its_own_state() -> None:
    for info in countries().values():
        for name in info.names:
            assert iso_for_name(name) == info.iso or is_ambiguous(name), name
        for demonym in info.demonyms:
            assert iso_for_demonym(demonym) == info.iso or is_ambiguous(demonym), demonym


def test_territories_name_their_sovereign() -> None:
    assert country("HKG").sovereign == "CHN"
    assert country("GRL").sovereign == "DNK"
    assert country("PRK").sovereign is None


def test_country_is_case_insensitive_and_raises_on_unknown() -> None:
    assert country("prk").name == "North Korea"
    with pytest.raises(KeyError):
        country("XXX")


# --- phrases and word lists ------------------------------------------------------------------------


def test_country_phrases_cover_every_kind() -> None:
    phrases = country_phrases()
    assert ("North Korea", "PRK", "name") in phrases
    assert ("North Koreans", "PRK", "demonym") in phrases
    assert ("Pyongyang", "PRK", "capital") in phrases
    assert ("Moscow", "RUS", "capital") in phrases
    assert {kind for _, _, kind in phrases} == {"name", "demonym", "capital"}
    assert all(iso in countries() for _, iso, _ in phrases)


def test_country_phrases_leave_out_forms_of_several_states() -> None:
    surfaces = {surface for surface, _, _ in country_phrases()}
    assert "Korea" not in surfaces
    assert "Congolese" not in surfaces
    assert [iso for s, iso, _ in country_phrases() if s == "Dominican"] == ["DOM"]


@pytest.mark.parametrize(
    "title", ["mr", "ambassador", "deputy ambassador", "foreign minister", "consul general"]
)
def test_titles(title: str) -> None:
    assert title in gazetteer.titles()
    assert all(t == t.lower() for t in gazetteer.titles())


@pytest.mark.parametrize(
    "org", ["Reuters", "AFP", "Yonhap", "KCNA", "TASS", "Xinhua", "BBC", "NK News", "Daily NK"]
)
def test_news_organisations(org: str) -> None:
    assert org in gazetteer.news_organisations()


def test_news_organisations_broad() -> None:
    assert len(gazetteer.news_organisations()) >= 150


def test_us_states_are_fifty_plus_dc() -> None:
    states = gazetteer.us_states()
    assert len(states) == 51
    assert {"Georgia", "Washington", "District of Columbia"} <= states


def test_regions_are_not_states() -> None:
    regions = gazetteer.regions()
    assert {"Latin America", "Korean Peninsula", "Middle East", "New Guinea"} <= regions
    assert all(iso_for_name(r) is None for r in regions if not is_ambiguous(r))


def test_city_phrases_include_capitals_and_consulate_cities() -> None:
    phrases = dict(gazetteer.city_phrases())
    assert phrases["Havana"] == "CUB"
    assert phrases["Vladivostok"] == "RUS"
    assert phrases["Hong Kong"] == "CHN"
    assert phrases["Moscow"] == "RUS"
    assert len(phrases) >= 500


def test_countries_json_is_up_to_date_with_its_sources(root: Path) -> None:
    """countries.json must be what scripts/make_countries.py makes from pycountry + curated data."""
    spec = importlib.util.spec_from_file_location("make_countries", root / "scripts" / "make_countries.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    curated = json.loads(module.CURATED.read_text(encoding="utf-8"))
    generated = json.loads(module.OUTPUT.read_text(encoding="utf-8"))
    assert module.build(curated) == generated, "run: python scripts/make_countries.py"


def test_given_names_are_up_to_date_with_their_source(root: Path) -> None:
    """given_names.txt must be what scripts/make_given_names.py makes from nomquamgender's data."""
    script = root / "scripts" / "make_given_names.py"
    spec = importlib.util.spec_from_file_location("make_given_names", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build() == module.OUTPUT.read_text(encoding="utf-8"), f"run: python {script}"


def test_given_names_hold_names_from_many_countries_and_no_function_words() -> None:
    names = gazetteer.given_names()
    assert {"klaus", "natalia", "tesfalem", "yusufu", "oksana", "jae"} <= names
    assert not {"the", "and", "of"} & names
    assert len(names) > 50_000
