"""Persons, countries and embassies read from short invented sentences through the real model.

Persons: the cleaned full name is the label (titles, possessives, typographic quotes stripped), later
surname / "Mr X" mentions join the same person, and newspapers, agencies, ships, buildings and
clubs are never persons. Countries: the exact ISO set (GOLD_FORMAT.md: names, official names,
demonyms, capitals acting as governments, historic states; not venues, US states, or words that
contain a country). Embassies: sending, host and city. Strict xfails mark what the extractor misses.

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


def _facts(nlp: Language, text: str, published: str = "2023-06-01") -> ArticleFacts:
    article = Article(id="t-entities", text=text, published=date.fromisoformat(published))
    return facts_from_doc(nlp(text), article, model=None)


def _xfail(*values: object, reason: str, id: str) -> object:
    return pytest.param(*values, id=id, marks=pytest.mark.xfail(reason=reason, strict=True))


# -- persons -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names", "not_names"),
    [
        pytest.param(
            "President Amara Diallo's visit to Dakar was cancelled.",
            {"Amara Diallo"},
            {"President Amara Diallo", "Amara Diallo's"},
            id="title-and-possessive",
        ),
        pytest.param(
            "President Amara Diallo\u2019s visit was cancelled.",
            {"Amara Diallo"},
            {"Amara Diallo\u2019s"},
            id="typographic-possessive",
        ),
        pytest.param(
            "Dr. Helena Brandt spoke at the Kremlin.",
            {"Helena Brandt"},
            {"Dr. Helena Brandt", "Kremlin"},
            id="dr-title-and-building",
        ),
        pytest.param(
            "The Associated Press quoted Sergei O'Brien-Ivanov.",
            {"Sergei O'Brien-Ivanov"},
            {"Associated Press", "The Associated Press"},
            id="agency-and-hyphen-name",
        ),
        pytest.param(
            "A reporter for The Guardian, Tom Reyes, interviewed the minister.",
            {"Tom Reyes"},
            {"Guardian", "The Guardian"},
            id="newspaper-not-person-byline-is",
        ),
        pytest.param(
            "Defence Secretary Grant Pierce's remarks angered Canberra.",
            {"Grant Pierce"},
            {"Canberra"},
            id="two-word-title-possessive",
        ),
        pytest.param(
            "Lecturers of Kim Il Sung University stayed away from classes in Pyongyang this week.",
            set(),
            {"Kim Il Sung", "Kim Il Sung University"},
            id="university-named-after-person",
        ),
        pytest.param(
            "Officials at the Petronas Towers denied the report.",
            set(),
            {"Petronas Towers", "Petronas"},
            id="building",
        ),
        pytest.param(
            "The tanker Princess Amira was seized off Oman.",
            set(),
            {"Amira", "Princess Amira"},
            id="ship-tanker",
        ),
        _xfail(
            "The Guardian and Reuters reported that the ship Admiral Nakhimov docked in Tartus.",
            set(),
            {"Nakhimov", "Admiral Nakhimov"},
            reason="a ship's name after 'the ship' becomes a person (rank 'Admiral' stripped)",
            id="ship-admiral",
        ),
        pytest.param(
            "Brazilian striker Marcos Lima moved to rival club Benfica from Porto last summer.",
            {"Marcos Lima"},
            {"Benfica"},
            id="football-club",
        ),
        pytest.param(
            "The Dutch ambassador in Jakarta, Pieter de Vries, summoned reporters.",
            {"Pieter de Vries"},
            set(),
            id="appositive-name-tagged-org",
        ),
        pytest.param(
            "The Chilean ambassador to Peru, Ana Soto, resigned.",
            {"Ana Soto"},
            set(),
            id="appositive-name-untagged",
        ),
        pytest.param(
            "The trainee, Uwe-Karsten Pohl, 21, swam the river before dawn.",
            {"Uwe-Karsten Pohl"},
            {"Karsten Pohl"},
            id="a-name-the-model-misreads-placed-by-an-age-beside-it",
        ),
        pytest.param(
            "The pitcher Lazaro Vidal Niquero, 25, was not at practice.",
            {"Lazaro Vidal Niquero"},
            {"Lazaro Vidal"},
            id="a-last-surname-the-model-read-as-a-place",
        ),
        pytest.param(
            "Catcher Yunel Soto Manzanillo, 25, missed the flight home.",
            {"Yunel Soto Manzanillo"},
            {"Catcher Yunel Soto Manzanillo"},
            id="a-position-opening-the-sentence-is-no-part-of-the-name",
        ),
        pytest.param(
            "The talks in Vilnius brought together Jacinda Ardern and Olaf Scholz for the first time.",
            {"Jacinda Ardern", "Olaf Scholz"},
            set(),
            id="a-name-coordinated-with-a-person",
        ),
        pytest.param(
            "Real Madrid and Barcelona drew, and the Czech Republic, 15, and Slovakia, 14, lead the table.",
            set(),
            {"Real Madrid", "Czech Republic"},
            id="teams-and-states-beside-numbers-are-no-persons",
        ),
        pytest.param(
            "Like Anatoly Gromov, the Soviet attaché who sought asylum in Canada in 1971, she was "
            "posted to Ottawa.",
            {"Anatoly Gromov"},
            {"Like Anatoly Gromov"},
            id="a-preposition-opening-the-sentence-is-not-part-of-the-name",
        ),
        _xfail(
            "Amir Rahimi, Syria's envoy to Greece, resigned.",
            {"Amir Rahimi"},
            {"Rahimi"},
            reason="the given name 'Amir' is stripped as the title 'amir'",
            id="given-name-that-is-a-title",
        ),
    ],
)
def test_extract_entities_person_names(
    nlp: Language, text: str, names: set[str], not_names: set[str]
) -> None:
    facts = _facts(nlp, text)
    found = {p.name for p in facts.persons}
    forms = found | {a for p in facts.persons for a in p.aliases}
    assert names <= found, found
    assert not (not_names & forms), forms


def test_extract_entities_surname_joins_full_name(nlp: Language) -> None:
    facts = _facts(nlp, "Foreign Minister Lucia Ferreira met reporters. Ferreira denied the report.")
    assert [(p.name, p.aliases) for p in facts.persons] == [("Lucia Ferreira", ("Ferreira",))]


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "The trade counsellor, Samir al-Haddadi, left the mission on Friday. "
            "Haddadi has not been seen since.",
            "Samir al-Haddadi",
            "Haddadi",
        ),
        (
            "Ambassador Yusuf al-Tikriti flew to Geneva on Monday. Reporters said Tikriti would not go back.",
            "Yusuf al-Tikriti",
            "Tikriti",
        ),
    ],
    ids=["alias-only", "would-be-duplicate"],
)
def test_extract_entities_a_surname_without_its_article_is_the_same_person(
    nlp: Language, text: str, name: str, alias: str
) -> None:
    facts = _facts(nlp, text)
    assert [(p.name, p.aliases) for p in facts.persons] == [(name, (alias,))]


def test_extract_entities_mr_surname_is_one_person(nlp: Language) -> None:
    facts = _facts(nlp, "President Amara Diallo\u2019s visit was cancelled. Mr Diallo said he would return.")
    assert [p.name for p in facts.persons] == ["Amara Diallo"]


def test_extract_entities_declared_names_join_the_person_first_named(nlp: Language) -> None:
    text = (
        "Kim Soo-jin, a former trade official, won a seat in parliament on Wednesday. "
        "Campaigning under the name Kim Ha-na, which she took for her safety, she won 52 percent. "
        "Kim Soo Jin, as her name is also spelled, arrived in the country in 2009."
    )
    people = [(p.name, set(p.aliases)) for p in _facts(nlp, text).persons]
    assert len(people) == 1, people
    name, aliases = people[0]
    assert name.replace(" ", "-").lower() == "kim-soo-jin"
    assert "Kim Ha-na" in aliases


def test_extract_entities_relative_named_by_given_name_is_a_person(nlp: Language) -> None:
    text = "Pavel Dobrev died on Monday. His wife, Ana, survives him. A daughter, Irina, lives in Sofia."
    names = {p.name for p in _facts(nlp, text).persons}
    assert names == {"Pavel Dobrev", "Ana", "Irina"}


def test_extract_entities_pen_name_joins_the_article_subject(nlp: Language) -> None:
    text = (
        "Petar Kolev, a Bulgarian engineer, defected to Austria in 1979. Kolev settled in Vienna. "
        "Sofia demanded his return. For ten years he wrote essays under the pen name Ivan Stoyanov."
    )
    people = [(p.name, set(p.aliases)) for p in _facts(nlp, text).persons]
    assert people == [("Petar Kolev", {"Kolev", "Ivan Stoyanov"})]


def test_extract_entities_appositive_after_an_age_gives_role_and_post(nlp: Language) -> None:
    text = "Marek Nowak, 51, the first secretary at the Polish embassy in Lisbon, left on Monday."
    (person,) = _facts(nlp, text).persons
    assert person.positions and "secretary" in person.positions[0]
    assert [(e.sending, e.host) for e in person.posts] == [("POL", "PRT")]


def test_extract_entities_chess_title_is_stripped(nlp: Language) -> None:
    names = {p.name for p in _facts(nlp, "Grandmaster Arman Petrosyan resigned.").persons}
    assert names == {"Arman Petrosyan"}


def test_extract_entities_mr_surname_recorded_as_alias(nlp: Language) -> None:
    facts = _facts(nlp, "President Amara Diallo\u2019s visit was cancelled. Mr Diallo said he would return.")
    assert any(a.endswith("Diallo") for p in facts.persons for a in p.aliases)


@pytest.mark.xfail(reason="a person named only as 'Mr X' / bare surname is not found at all", strict=True)
def test_extract_entities_surname_only_person_found(nlp: Language) -> None:
    facts = _facts(nlp, "Ambassador Nomvula Dlamini met Mr Okonkwo. Dlamini later thanked Okonkwo.")
    assert {p.name for p in facts.persons} == {"Nomvula Dlamini", "Okonkwo"}


@pytest.mark.parametrize(
    ("text", "name", "nationality"),
    [
        pytest.param(
            "Eritrean minister Tesfay Gebru resigned.", "Tesfay Gebru", "ERI", id="demonym-before-role"
        ),
        pytest.param(
            "Karim Haddad, a Syrian envoy, resigned.", "Karim Haddad", "SYR", id="demonym-in-apposition"
        ),
        pytest.param(
            "Foreign Minister Lucia Ferreira met reporters.", "Lucia Ferreira", None, id="not-stated"
        ),
        pytest.param(
            "Nigeria's deputy ambassador to Britain, Chidi Okafor, resigned.",
            "Chidi Okafor",
            "NGA",
            id="possessive-country-role",
        ),
    ],
)
def test_extract_entities_person_nationality(
    nlp: Language, text: str, name: str, nationality: str | None
) -> None:
    persons = {p.name: p for p in _facts(nlp, text).persons}
    assert persons[name].nationality == nationality


# -- countries -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "isos"),
    [
        pytest.param(
            "Ankara protested and Tehran said it would respond.",
            "2023-06-01",
            {"TUR", "IRN"},
            id="capitals-as-governments",
        ),
        pytest.param(
            "Tokyo said it would lodge a protest with Beijing.",
            "2023-06-01",
            {"JPN", "CHN"},
            id="capital-subject-and-object",
        ),
        pytest.param(
            "The Omani envoy met a Peruvian delegation.", "2023-06-01", {"OMN", "PER"}, id="demonyms"
        ),
        pytest.param(
            "The Czechoslovak and Yugoslav delegations met East German officials.",
            "1980-01-01",
            {"CSK", "YUG", "DDR"},
            id="historic-demonyms",
        ),
        pytest.param(
            "The Soviet Union and Czechoslovakia renewed their ties.",
            "1985-01-01",
            {"SUN", "CSK"},
            id="historic-names",
        ),
        pytest.param("Moscow protested loudly.", "1976-01-01", {"SUN"}, id="capital-by-article-era-soviet"),
        pytest.param("Moscow protested loudly.", "2021-01-01", {"RUS"}, id="capital-by-article-era-russia"),
        pytest.param(
            "The Democratic People's Republic of Korea and the Republic of Korea held talks.",
            "2023-06-01",
            {"PRK", "KOR"},
            id="official-names",
        ),
        pytest.param(
            "The Republic of Korea and Chad issued a joint statement.",
            "2023-06-01",
            {"KOR", "TCD"},
            id="ambiguous-chad-as-state",
        ),
        pytest.param(
            "Talks in Geneva between the two sides ended without agreement.",
            "2023-06-01",
            set(),
            id="venue-only",
        ),
        pytest.param(
            "The summit in Tokyo was attended by envoys from Chile.",
            "2023-06-01",
            {"CHL"},
            id="venue-not-host-state",
        ),
        pytest.param(
            "Lecturers of Kim Il Sung University stayed away from classes in Pyongyang this week.",
            "2023-06-01",
            set(),
            id="venue-and-name-inside-institution",
        ),
        pytest.param(
            "Korean Air cancelled flights to Japan.", "2023-06-01", {"JPN"}, id="demonym-inside-company"
        ),
        pytest.param(
            "The Greek ambassador met the Turkish foreign ministry in the Hague.",
            "2023-06-01",
            {"GRC", "TUR"},
            id="the-hague-venue",
        ),
        pytest.param(
            "Georgia's governor signed a bill in Atlanta on Tuesday.",
            "2023-06-01",
            set(),
            id="us-state-georgia",
        ),
        pytest.param(
            "Indiana and New Mexico banned the import of turkey meat.",
            "2023-06-01",
            set(),
            id="us-state-new-mexico",
        ),
        pytest.param(
            "Moscow protested to Bonn.",
            "1976-01-01",
            {"SUN", "DEU"},
            id="capital-as-addressee",
        ),
        pytest.param(
            "Moscow protested to Bonn in 1975.",
            "2023-06-01",
            {"SUN", "DEU"},
            id="capital-era-from-sentence-date",
        ),
    ],
)
def test_extract_entities_countries(nlp: Language, text: str, published: str, isos: set[str]) -> None:
    assert {c.iso for c in _facts(nlp, text, published).countries} == isos


def test_extract_entities_short_official_name_of_a_named_state(nlp: Language) -> None:
    text = "Iran protested. The Islamic Republic recalled its envoy. The Federal Republic said nothing."
    forms = {c.iso: set(c.forms) for c in _facts(nlp, text).countries}
    assert forms == {"IRN": {"Iran", "Islamic Republic"}}  # no state named Germany: no guess


def test_extract_entities_country_forms_are_kept(nlp: Language) -> None:
    facts = _facts(nlp, "Ankara protested. The Turkish envoy in Paris left Turkey's embassy.")
    forms = {c.iso: set(c.forms) for c in facts.countries}
    assert forms["TUR"] >= {"Ankara", "Turkish"}


# -- embassies -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "embassy"),
    [
        pytest.param(
            "The Canadian embassy in Bogota closed.", ("CAN", "COL", "Bogota"), id="demonym-embassy-in-city"
        ),
        pytest.param(
            "Pyongyang's embassy in Cuba issued a statement.",
            ("PRK", "CUB", None),
            id="capital-possessive-embassy-in-country",
        ),
        pytest.param(
            "The Mexican consulate in Houston reopened.",
            ("MEX", "USA", "Houston"),
            id="consulate-in-non-capital",
        ),
        pytest.param(
            "The Dutch ambassador in Jakarta summoned reporters.",
            ("NLD", "IDN", "Jakarta"),
            id="ambassador-in-city",
        ),
        pytest.param(
            "Nigeria's deputy ambassador to Britain resigned.",
            ("NGA", "GBR", None),
            id="deputy-ambassador-to",
        ),
        pytest.param(
            "Dmitri Volkov, a Russian diplomat in Geneva, resigned.",
            ("RUS", "CHE", "Geneva"),
            id="diplomat-in-city",
        ),
        pytest.param(
            "Lee Jae-sung was posted to Havana as a North Korean diplomat.",
            ("PRK", "CUB", "Havana"),
            id="posted-to-city-as-diplomat",
        ),
        pytest.param(
            "The Kenyan high commission in London issued a statement.",
            ("KEN", "GBR", "London"),
            id="high-commission",
        ),
        pytest.param(
            "Peru recalled its ambassador to Bolivia.",
            ("PER", "BOL", None),
            id="recalled-its-ambassador",
        ),
    ],
)
def test_extract_entities_embassy(nlp: Language, text: str, embassy: tuple[str, str, str | None]) -> None:
    found = {(e.sending, e.host, e.city) for e in _facts(nlp, text).embassies}
    assert embassy in found, found


_ENTERED_FOREIGN_EMBASSY = (
    "Iraqi engineer Samir Aziz walked into the British embassy in Amman in 1991 and asked for asylum."
)


def test_extract_entities_foreign_embassy_entered_is_an_embassy(nlp: Language) -> None:
    facts = _facts(nlp, _ENTERED_FOREIGN_EMBASSY, "2000-01-01")
    assert ("GBR", "JOR", "Amman") in {(e.sending, e.host, e.city) for e in facts.embassies}


@pytest.mark.xfail(
    reason="'walked into the <foreign> embassy in 1991 and asked for asylum': no defection at ed0bbe2; "
    "with the in-progress defections.py it is found but undated (the year sits on the conjoined verb)",
    strict=True,
)
def test_extract_entities_foreign_embassy_entered_is_not_own_post(nlp: Language) -> None:
    # GOLD_FORMAT: walking into a foreign embassy is no post of the defector's own state.
    facts = _facts(nlp, _ENTERED_FOREIGN_EMBASSY, "2000-01-01")
    assert [(d.defector, d.from_country, d.to_country, d.from_post, d.date) for d in facts.defections] == [
        ("Samir Aziz", "IRQ", None, None, "1991")
    ]


def test_extract_entities_post_in_a_section_of_a_consulate(nlp: Language) -> None:
    text = (
        "According to his colleagues, the official, Nguyen Van Long, was a first secretary in the "
        "visa section of the Vietnamese consulate-general in Houston. It recalls the case of Tran "
        "Thi Mai, a press officer in the same mission who quit in 2012."
    )
    facts = _facts(nlp, text)
    posts = {p.name: [(e.sending, e.host, e.city) for e in p.posts] for p in facts.persons}
    assert posts == {
        "Nguyen Van Long": [("VNM", "USA", "Houston")],
        "Tran Thi Mai": [("VNM", "USA", "Houston")],
    }


def test_extract_entities_mission_in_a_city_told_beside_it(nlp: Language) -> None:
    text = "The journalist was killed inside the Qatari consulate in Istanbul last October."
    assert {(e.sending, e.host, e.city) for e in _facts(nlp, text).embassies} == {("QAT", "TUR", "Istanbul")}


def test_extract_entities_the_kingdoms_embassy_is_the_articles_state(nlp: Language) -> None:
    text = (
        "Jordan has summoned a diplomat home. Until last year he served at the kingdom's embassy in Canberra."
    )
    assert {(e.sending, e.host) for e in _facts(nlp, text).embassies} == {("JOR", "AUS")}


def test_extract_entities_his_post_at_a_mission(nlp: Language) -> None:
    text = (
        "Colonel Imran Qureshi has refused to go home. Nobody has yet filled his post at the "
        "Pakistani embassy in Oslo."
    )
    posts = {p.name: [(e.sending, e.host) for e in p.posts] for p in _facts(nlp, text).persons}
    assert posts == {"Imran Qureshi": [("PAK", "NOR")]}


def test_extract_entities_consulates_in_other_cities_are_missions_of_their_own(nlp: Language) -> None:
    text = "Norway has an embassy in Canberra and a consulate in Perth. Its consulate in Darwin shut in May."
    found = sorted((e.sending, e.host, e.city) for e in _facts(nlp, text).embassies)
    assert found == [("NOR", "AUS", "Canberra"), ("NOR", "AUS", "Darwin"), ("NOR", "AUS", "Perth")]


def test_extract_entities_a_conjoined_mission_has_the_first_ones_sender(nlp: Language) -> None:
    text = "Peru closed its embassy in Quito and its consulate in Guayaquil."
    found = [(e.sending, e.host, e.city) for e in _facts(nlp, text).embassies]
    assert found == [("PER", "ECU", "Quito"), ("PER", "ECU", "Guayaquil")]


def test_extract_entities_a_mission_named_again_without_its_city_is_the_same_mission(nlp: Language) -> None:
    text = (
        "Olga Dragan is a clerk at the Moldovan consulate in Antwerp. Last week Olga Dragan, a "
        "Moldovan diplomat, left the consulate and did not return."
    )
    facts = _facts(nlp, text)
    assert [(e.sending, e.host, e.city) for e in facts.embassies] == [("MDA", "BEL", "Antwerp")]
    posts = {p.name: {(e.sending, e.host, e.city) for e in p.posts} for p in facts.persons}
    assert posts["Olga Dragan"] == {("MDA", "BEL", "Antwerp")}


def test_extract_entities_a_mission_in_a_district_is_in_the_dateline_city(nlp: Language) -> None:
    text = "HAVANA -- Hundreds of people crowded into the Chilean embassy in the Vedado district on Monday."
    assert {(e.sending, e.host) for e in _facts(nlp, text).embassies} == {("CHL", "CUB")}


def test_extract_entities_staff_from_a_mission_name_its_sender(nlp: Language) -> None:
    unnamed = "Two Chilean officials from the embassy in Lima asked for the files."
    assert {(e.sending, e.host) for e in _facts(nlp, unnamed).embassies} == {("CHL", "PER")}
    facts = _facts(nlp, "Ana Ruiz, a Chilean diplomat from the embassy in Lima, resigned.")
    assert {p.name: [(e.sending, e.host) for e in p.posts] for p in facts.persons} == {
        "Ana Ruiz": [("CHL", "PER")]
    }


def test_extract_entities_a_mission_in_a_where_clause_is_in_the_place_it_stands_for(nlp: Language) -> None:
    text = "Her second assignment took her to Nairobi, where she ran the visa desk at the Swedish embassy."
    assert {(e.sending, e.host, e.city) for e in _facts(nlp, text).embassies} == {("SWE", "KEN", "Nairobi")}


def test_extract_entities_sent_somewhere_as_a_diplomat_is_a_posting(nlp: Language) -> None:
    posted = _facts(nlp, "In 1968 the Romanian diplomat Ion Popa was sent to Vienna as a counsellor.")
    assert {p.name: [(e.sending, e.host) for e in p.posts] for p in posted.persons} == {
        "Ion Popa": [("ROU", "AUT")]
    }
    jailed = _facts(nlp, "Ion Popa, a Romanian diplomat, was sent to prison in 1970.")
    assert not jailed.embassies


def test_extract_entities_a_mission_in_a_part_of_a_named_city_is_in_that_city(nlp: Language) -> None:
    text = "Two students climbed the wall of the Chilean embassy in Lima's old quarter on Monday."
    assert {(e.sending, e.host, e.city) for e in _facts(nlp, text).embassies} == {("CHL", "PER", "Lima")}


def test_extract_entities_mission_here_is_in_the_dateline_city(nlp: Language) -> None:
    text = "NAIROBI, Jan 30 -- A clerk from the Somali embassy here has asked Kenya for asylum."
    assert ("SOM", "KEN") in {(e.sending, e.host) for e in _facts(nlp, text).embassies}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # the model tags "the Russian Embassy" as a facility; the demonym in it is still the sender
            "Two officials from the Russian Embassy in Oslo left the building by car.",
            {("RUS", "NOR")},
            id="a-mission-read-as-a-building-keeps-its-sender",
        ),
        pytest.param(
            "The Greek and Danish embassies in Ankara stayed shut on Sunday.",
            {("GRC", "TUR"), ("DNK", "TUR")},
            id="coordinated-senders-of-plural-missions",
        ),
        pytest.param(
            "The visa officer Zhou Min worked for years at China's consulate-general in Darwin.",
            {("CHN", "AUS")},
            id="consulate-general-split-by-the-tokenizer",
        ),
        pytest.param(
            "Many exiles settled in Dakar; the Dutch embassy there kept a list of them.",
            {("NLD", "SEN")},
            id="the-embassy-there",
        ),
        pytest.param(
            "The deal pleased Lima, which has run an embassy in Rabat since 1990.",
            {("PER", "MAR")},
            id="the-state-that-keeps-it",
        ),
        pytest.param(
            "Protesters closed the embassy in Lima for a day.",
            set(),
            id="a-subject-that-is-no-state-owns-nothing",
        ),
        pytest.param(
            "Peru and Chile opened embassies in Berlin.",
            {("PER", "DEU"), ("CHL", "DEU")},
            id="coordinated-owners",
        ),
        pytest.param(
            "Kenya and Uganda promised to set up embassies in one another's capitals.",
            {("KEN", "UGA"), ("UGA", "KEN")},
            id="in-each-others-capitals",
        ),
        pytest.param(
            "Bolivia and Paraguay settled the dispute in May. "
            "Both governments are to exchange ambassadors by autumn.",
            {("BOL", "PRY"), ("PRY", "BOL")},
            id="both-governments-exchange-ambassadors",
        ),
        pytest.param(
            "Laos and Cambodia decided on Monday to reopen embassies closed since 2009.",
            {("LAO", "KHM"), ("KHM", "LAO")},
            id="reopen-embassies-with-no-place",
        ),
        pytest.param(
            "Britain and France reopened their embassies.",
            set(),
            id="their-embassies-somewhere-else-are-not-each-other",
        ),
        pytest.param(
            "Ecuador insisted that its consul general in Valencia was still at work.",
            {("ECU", "ESP")},
            id="its-consul-general",
        ),
        pytest.param(
            "Last week Hungary's envoy was recalled from Vienna for consultations.",
            {("HUN", "AUT")},
            id="recalled-from-in-the-passive",
        ),
        pytest.param(
            "Armenia's consul general in the Georgian city of Batumi resigned on Friday.",
            {("ARM", "GEO")},
            id="in-the-city-of",
        ),
        pytest.param(
            "Norway expelled the Iranian ambassador after the raid.",
            {("IRN", "NOR")},
            id="the-state-that-summons-the-envoy-is-the-host",
        ),
        pytest.param(
            "A Laotian clerk who slipped away from his country's embassy in Hanoi, a Thai officer said, "
            "is now in Bangkok.",
            {("LAO", "VNM")},
            id="his-countrys-embassy-is-the-subjects-state",
        ),
        pytest.param(
            "A Bolivian driver who went missing from the Bolivian consulate-general in Marseille in March "
            "has asked Spain for asylum.",
            {("BOL", "FRA")},
            id="went-missing-from-a-mission-in-a-city",
        ),
    ],
)
def test_extract_entities_mission_sender_and_host(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(e.sending, e.host) for e in _facts(nlp, text).embassies} == expected


def test_extract_entities_posted_to_the_place_the_verb_governs(nlp: Language) -> None:
    text = (
        "Following tours in Havana and Prague, he was sent to Rome in 1983 as counsellor of the "
        "Bulgarian embassy."
    )
    assert ("BGR", "ITA") in {(e.sending, e.host) for e in _facts(nlp, text).embassies}


def test_extract_entities_occupation_opening_a_name_and_a_middle_surname(nlp: Language) -> None:
    text = "Boxer Carlos Ruiz Ortega followed on Thursday. A lawyer said Ruiz had called him."
    people = [(p.name, set(p.aliases)) for p in _facts(nlp, text).persons]
    assert people == [("Carlos Ruiz Ortega", {"Ruiz"})]


def test_extract_entities_name_across_a_quote_boundary_does_not_break_gender_reading(nlp: Language) -> None:
    # found by the benchmark corpus: a name the parser put in two sentences
    text = (
        "Ama Boateng, a security analyst, said the affair showed how fragile the relationship was. "
        '"The government will respond at a time and in a manner of its own choosing," said Chinedu '
        "Okonkwo, a former ambassador. Andreas Brandt, a researcher at a policy institute, said the "
        "affair showed how fragile the relationship was."
    )
    names = {p.name for p in _facts(nlp, text, "2002-03-16").persons}
    assert {"Ama Boateng", "Andreas Brandt"} <= names


# -- missions told without "in X" beside them -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "LIMA -- Ecuador's consul general in Bolivia has resigned, his ministry said.",
            "2015-03-02",
            {("ECU", "BOL")},
            id="consul-general-in-country",
        ),
        pytest.param(
            "Tomas Brandt, an Austrian diplomat, had served in Ankara and Cairo before retiring.",
            "2015-03-02",
            {("AUT", "TUR"), ("AUT", "EGY")},
            id="served-in-a-list-of-capitals",
        ),
        pytest.param(
            "Tomas Brandt, an Austrian diplomat, later had postings in Dakar and in Accra.",
            "2015-03-02",
            {("AUT", "SEN"), ("AUT", "GHA")},
            id="postings-in-coordinated-prepositions",
        ),
        pytest.param(
            "HELSINKI -- A driver at the Belarusian embassy has not come back from his holiday.",
            "2022-10-04",
            {("BLR", "FIN")},
            id="bare-mission-in-a-datelined-story",
        ),
        pytest.param(
            "OTTAWA -- A clerk who fled the Danish embassy in Hanoi is safe. She reached the Danish "
            "mission only after two days on foot.",
            "2022-10-04",
            {("DNK", "VNM")},
            id="bare-mission-is-the-one-named-before-not-the-dateline",
        ),
        pytest.param(
            "Ilse Brandt arrived in Helsinki in 1957. She typed cables at the Hungarian legation.",
            "1960-01-01",
            {("HUN", "FIN")},
            id="the-city-the-sentence-before-placed-the-story-in",
        ),
        pytest.param(
            "Ilse Brandt arrived in Helsinki in 1957.\n\nShe typed cables at the Hungarian legation.",
            "1960-01-01",
            set(),
            id="not-across-a-paragraph",
        ),
        pytest.param(
            "Ilse Brandt moved from Vienna to Helsinki. She typed cables at the Hungarian legation.",
            "1960-01-01",
            {("HUN", "FIN")},
            id="the-place-gone-to-not-the-place-left",
        ),
        pytest.param(
            "The talks moved between Lima and Quito. A clerk at the Cuban embassy defected.",
            "1960-01-01",
            set(),
            id="two-cities-say-nothing",
        ),
        pytest.param(
            "OTTAWA -- A clerk at the Chilean consulate in the Peruvian border town has disappeared.",
            "2022-10-04",
            {("CHL", "PER")},
            id="a-place-phrase-that-is-not-a-city-names-its-state-and-keeps-the-dateline-out",
        ),
        pytest.param(
            "NAIROBI, Jan 30 -- A typist at the Zambian High Commission here has resigned.",
            "2022-01-31",
            {("ZMB", "KEN")},
            id="a-demonym-inside-a-mission-name-is-its-sender",
        ),
        pytest.param(
            "ROME, May 2 -- Looters broke shop windows, and the Peruvian Embassy was also damaged.",
            "2020-05-03",
            {("PER", "ITA")},
            id="a-capitalised-bare-mission-in-a-datelined-story",
        ),
        pytest.param(
            "KABUL, May 2 (Reuters) - Chile's ambassador, Juan Soto, said his embassy would stay open.",
            "2020-05-03",
            {("CHL", "AFG")},
            id="a-head-of-mission-with-no-place-in-a-datelined-story",
        ),
        pytest.param(
            "SEOUL, May 2 -- North Korea's ambassador to the United Nations denied the report.",
            "2020-05-03",
            set(),
            id="a-head-of-mission-to-a-body-is-not-placed-by-the-dateline",
        ),
        pytest.param(
            "In Lima, the Danish ambassador, Lars Holm, told reporters that talks had stalled.",
            "2020-05-03",
            {("DNK", "PER")},
            id="a-head-of-mission-in-the-city-the-clause-is-set-in",
        ),
        pytest.param(
            "Ecuador has recalled its envoy from Bolivia for consultations.",
            "2020-05-03",
            {("ECU", "BOL")},
            id="recalled-from-a-state",
        ),
        pytest.param(
            "LIMA, May 2 -- The rebels freed the ambassadors of Chile, Norway and Kenya on Monday.",
            "2020-05-03",
            {("CHL", "PER"), ("NOR", "PER"), ("KEN", "PER")},
            id="the-ambassadors-of-a-list-of-states",
        ),
        pytest.param(
            "Chile, Norway and Kenya recalled their ambassadors from Tehran.",
            "2020-05-03",
            {("CHL", "IRN"), ("NOR", "IRN"), ("KEN", "IRN")},
            id="a-list-of-states-recalled-their-ambassadors",
        ),
        pytest.param(
            "KABUL, May 2 -- Norway and Kenya kept their embassies open on Monday.",
            "2020-05-03",
            {("NOR", "AFG"), ("KEN", "AFG")},
            id="a-list-of-states-and-their-embassies-in-a-datelined-story",
        ),
        pytest.param(
            "SEOUL, May 2 -- Several governments, including Chile and Kenya, have closed their embassies "
            "in the capital.",
            "2020-05-03",
            set(),
            id="an-unresolved-place-keeps-the-dateline-out-of-their-embassies",
        ),
        pytest.param(
            "STOCKHOLM, May 2 -- Finland's chargé d'affaires in Warsaw was called in. Later the Finnish "
            "chargé, Aino Lehto, met officials.",
            "2020-05-03",
            {("FIN", "POL")},
            id="a-head-of-mission-named-again-serves-where-first-placed",
        ),
        pytest.param(
            "Lukas Meyer, a Swiss diplomat, served in Moscow in 1978 and retired in 2001.",
            "2019-06-01",
            {("CHE", "SUN")},
            id="a-capital-in-a-dated-sentence-belongs-to-the-state-of-that-year",
        ),
    ],
)
def test_extract_entities_mission_without_a_place_beside_it(
    nlp: Language, text: str, published: str, expected: set[tuple[str, str]]
) -> None:
    assert {(e.sending, e.host) for e in _facts(nlp, text, published).embassies} == expected
