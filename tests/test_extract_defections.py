"""Defections read from short invented sentences (real states, invented people), through the real model.

Each case pins one construction from issue 6: the defector's full name, the state left and reached,
the mission left (``from_post``), and the date at the precision the text gives, with relative dates
resolved against ``Article.published``. Cases the extractor still gets wrong are strict xfails, so
they flip to failures (and must be unmarked) when the extractor is fixed.

These pin the rules themselves (``model=None``: the slot scorer off); what the scorer keeps of them
is tested in test_extract_slots.py and measured on the evaluation sets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from spacy.language import Language

from diplograph.extract import facts_from_doc
from diplograph.model import Article, ArticleFacts, Defection

pytestmark = pytest.mark.model


def _facts(nlp: Language, text: str, published: str) -> ArticleFacts:
    article = Article(id="t-defection", text=text, published=date.fromisoformat(published))
    return facts_from_doc(nlp(text), article, model=None)


def _assert_evidence(fact: Defection, text: str, cue: str) -> None:
    assert 0.0 < fact.confidence <= 1.0
    assert fact.evidence, "a defection without evidence"
    assert any(cue in text[ev.start : ev.end] for ev in fact.evidence), [
        text[ev.start : ev.end] for ev in fact.evidence
    ]


@dataclass(frozen=True)
class Case:
    text: str
    published: str
    defector: str
    from_iso: str | None
    to_iso: str | None = None
    post_host: str | None = None
    date: str | None = None
    cue: str = ""  # the sentence the evidence must cover; defaults to the whole text


def _xfail(case: Case, reason: str, id: str) -> object:
    return pytest.param(case, id=id, marks=pytest.mark.xfail(reason=reason, strict=True))


CASES = [
    pytest.param(
        Case(
            "Karim Haddad, a Syrian envoy posted in Athens, sought asylum in Sweden in 2014.",
            "2015-03-01",
            "Karim Haddad",
            "SYR",
            "SWE",
            "GRC",
            "2014",
        ),
        id="asylum-in-with-post-apposition",
    ),
    pytest.param(
        Case(
            "Soviet chess player Boris Antonov defected to the Netherlands in 1976.",
            "2020-01-01",
            "Boris Antonov",
            "SUN",
            "NLD",
            None,
            "1976",
        ),
        id="soviet-demonym-defected-to",
    ),
    pytest.param(
        Case(
            "Eritrean minister Tesfay Gebru fled to Ethiopia in May 2019.",
            "2021-06-10",
            "Tesfay Gebru",
            "ERI",
            "ETH",
            None,
            "2019-05",
        ),
        id="fled-to-month-precision",
    ),
    pytest.param(
        Case(
            "Hungarian violinist Laszlo Kovacs defected to Austria on 12 August 1956.",
            "2010-01-01",
            "Laszlo Kovacs",
            "HUN",
            "AUT",
            None,
            "1956-08-12",
        ),
        id="day-precision",
    ),
    pytest.param(
        Case(
            "Iranian diplomat Reza Karimi, who was stationed in Oslo, defected to Norway last November.",
            "2024-02-15",
            "Reza Karimi",
            "IRN",
            "NOR",
            "NOR",
            "2023-11",
        ),
        id="last-november-against-published",
    ),
    pytest.param(
        Case(
            "Walid Mansour, Syria's envoy to Greece, defected on Tuesday.",
            "2024-01-10",
            "Walid Mansour",
            "SYR",
            None,
            "GRC",
            "2024-01-09",
        ),
        id="on-tuesday-possessive-envoy-to",
    ),
    pytest.param(
        Case(
            "Dmitri Volkov, a Russian diplomat in Geneva, asked to stay in Switzerland in February 2022.",
            "2023-05-01",
            "Dmitri Volkov",
            "RUS",
            "CHE",
            "CHE",
            "2022-02",
        ),
        id="asked-to-stay",
    ),
    pytest.param(
        Case(
            "Cambodian general Sok Chan went over to Thailand in 1979.",
            "2023-05-01",
            "Sok Chan",
            "KHM",
            "THA",
            None,
            "1979",
        ),
        id="went-over-to",
    ),
    pytest.param(
        Case(
            "Cuban diplomat Jorge P\u00e9rez vanished from the Cuban "
            "embassy in Madrid in 2021 and resurfaced in Germany.",
            "2022-04-20",
            "Jorge P\u00e9rez",
            "CUB",
            "DEU",
            "ESP",
            "2021",
        ),
        id="vanished-from-embassy-resurfaced-in",
    ),
    pytest.param(
        Case(
            "Maria Lopez, a Cuban attaché posted to Quito, walked away from her post in 2004.",
            "2010-01-01",
            "Maria Lopez",
            "CUB",
            None,
            "ECU",
            "2004",
            cue="walked away from her post",
        ),
        id="walked-away-from-her-post",
    ),
    pytest.param(
        Case(
            "The Bolivian weightlifter Juan Ortiz left Bolivia for good in 1995.",
            "2001-01-01",
            "Juan Ortiz",
            "BOL",
            None,
            None,
            "1995",
            cue="left Bolivia for good",
        ),
        id="left-for-good",
    ),
    pytest.param(
        Case(
            "Kenyan envoy Peter Otieno abandoned the regime in March 2011 and later surfaced in Uganda.",
            "2012-01-01",
            "Peter Otieno",
            "KEN",
            "UGA",
            None,
            "2011-03",
            cue="abandoned the regime",
        ),
        id="abandoned-the-regime-surfaced-in",
    ),
    pytest.param(
        Case(
            "East German border guard Klaus Weber escaped to West Germany in 1961.",
            "2001-01-01",
            "Klaus Weber",
            "DDR",
            "DEU",
            None,
            "1961",
        ),
        id="east-german-escaped-to-west-germany",
    ),
    pytest.param(
        Case(
            "Yugoslav diplomat Dragan Ilic defected to Italy in 1975.",
            "2024-03-01",
            "Dragan Ilic",
            "YUG",
            "ITA",
            None,
            "1975",
        ),
        id="yugoslav-demonym",
    ),
    pytest.param(
        Case(
            "Tran Van Long, a Vietnamese envoy, sought asylum in France.",
            "2023-01-01",
            "Tran Van Long",
            "VNM",
            "FRA",
            None,
            None,
        ),
        id="no-date-stays-null",
    ),
    pytest.param(
        Case(
            "Chen Wei, first secretary at the Chinese consulate in Sydney, defected in June 2005.",
            "2012-03-01",
            "Chen Wei",
            "CHN",
            None,
            "AUS",
            "2005-06",
        ),
        id="consulate-post-no-destination",
    ),
    pytest.param(
        Case(
            "North Korean diplomat Kim Song-il, who defected in 2016, now lives in Seoul.",
            "2024-01-01",
            "Kim Song-il",
            "PRK",
            None,
            None,
            "2016",
        ),
        id="background-relative-clause",
    ),
    pytest.param(
        Case(
            "Tomás Leiva, Venezuela's consul in Houston, sought American asylum in March 2019.",
            "2019-05-01",
            "Tomás Leiva",
            "VEN",
            "USA",
            "USA",
            "2019-03",
        ),
        id="consul-asylum-in-host",
    ),
    pytest.param(
        Case(
            "Luis Ramos, the Venezuelan consul in Miami, was granted "
            "asylum by the United States in March 2019.",
            "2019-05-01",
            "Luis Ramos",
            "VEN",
            "USA",
            "USA",
            "2019-03",
        ),
        id="granted-asylum-by-state",
    ),
    pytest.param(
        Case(
            "Olga Marchenko, a Belarusian sprinter, was granted asylum by Poland.",
            "2023-08-01",
            "Olga Marchenko",
            "BLR",
            "POL",
        ),
        id="granted-asylum-by-poland",
    ),
    pytest.param(
        Case(
            "The Belarusian sprinter Olga Marchenko sought asylum in Poland in August 2021.",
            "2023-08-01",
            "Olga Marchenko",
            "BLR",
            "POL",
            None,
            "2021-08",
        ),
        id="the-demonym-role-name-sought-asylum",
    ),
    pytest.param(
        Case(
            "Ana Soto, the Chilean ambassador to Peru, switched sides in 2017.",
            "2018-02-01",
            "Ana Soto",
            "CHL",
            None,
            "PER",
            "2017",
        ),
        id="switched-sides-name-first",
    ),
    pytest.param(
        Case(
            "The Chilean ambassador to Peru, Ana Soto, switched sides in 2017.",
            "2018-02-01",
            "Ana Soto",
            "CHL",
            None,
            "PER",
            "2017",
        ),
        id="switched-sides-role-first",
    ),
    pytest.param(
        Case(
            "A Chinese diplomat in Sydney, Chen Wei, defected to Australia in 2005.",
            "2012-03-01",
            "Chen Wei",
            "CHN",
            "AUS",
            "AUS",
            "2005",
        ),
        id="role-subject-name-apposition",
    ),
    pytest.param(
        Case(
            "In 1983 Polish trade attache Marek Zielinski was posted "
            "to Lisbon. Two years later he defected to France.",
            "1990-06-01",
            "Marek Zielinski",
            "POL",
            "FRA",
            "PRT",
            "1985",
            cue="Two years later he defected to France.",
        ),
        id="two-years-later",
    ),
    pytest.param(
        Case(
            "Czechoslovak pilot Pavel Novak fled Czechoslovakia in 1950 and reached Britain.",
            "2005-01-01",
            "Pavel Novak",
            "CSK",
            "GBR",
            None,
            "1950",
        ),
        id="fled-and-reached",
    ),
    pytest.param(
        Case(
            "Czech pilot Pavel Novak fled Czechoslovakia in 1950.",
            "2005-01-01",
            "Pavel Novak",
            "CSK",
            None,
            None,
            "1950",
        ),
        id="fled-named-historic-state-over-demonym",
    ),
    pytest.param(
        Case(
            "Cuban violinist Elena Ruiz defected to Spain in March 1993. "
            "Her escape came two years after the Cuban pianist Jorge Pena left his hotel "
            "during a concert tour of Montreal and requested asylum in Canada.",
            "2003-01-01",
            "Jorge Pena",
            "CUB",
            "CAN",
            None,
            "1991",
            cue="Her escape came two years after",
        ),
        id="flight-came-n-after-another",
    ),
    pytest.param(
        Case(
            "Hungarian attache Laszlo Kiss left the embassy in Vienna and defected to Austria "
            "in May 1962. Ferenc Toth, a Hungarian trade official in Bern, disappeared from "
            "Switzerland at the same time.",
            "1970-01-01",
            "Ferenc Toth",
            "HUN",
            None,
            "CHE",
            "1962-05",
            cue="disappeared from Switzerland at the same time",
        ),
        id="at-the-same-time-shares-the-date",
    ),
    pytest.param(
        Case(
            "Libyan envoy Omar Salem fled to Italy in June 2011. "
            "His colleague Ali Badr crossed into Tunisia the same month.",
            "2012-01-01",
            "Ali Badr",
            "LBY",  # not said: the state the article's other defector left
            "TUN",
            None,
            "2011-06",
            cue="the same month",
        ),
        id="the-same-month-is-the-last-flights-month",
    ),
    pytest.param(
        Case(
            "Eritrean runner Samuel Kidane defected in 2015 and now lives in Norway.",
            "2020-01-01",
            "Samuel Kidane",
            "ERI",
            "NOR",
            None,
            "2015",
        ),
        id="defected-and-now-lives-in",
    ),
    pytest.param(
        Case(
            "North Korea and South Korea remain technically at war. "
            "Kang Min-su, a former soldier, fled from the North in 2009.",
            "2020-01-01",
            "Kang Min-su",
            "PRK",
            "KOR",
            None,
            "2009",
            cue="fled from the North",
        ),
        id="from-one-half-to-the-other",
    ),
    pytest.param(
        Case(
            "Mateo Cruz and Diego Lema, two riders on Ecuador's junior cycling team, have asked for "
            "asylum in Colombia after they did not come back from a morning ride on Tuesday, race "
            "organisers announced on Thursday.",
            "2019-05-10",
            "Mateo Cruz",
            "ECU",
            "COL",
            None,
            "2019-05-07",
        ),
        id="date-of-the-walkout-not-of-the-report",
    ),
    pytest.param(
        Case(
            "A Venezuelan nurse has asked for asylum in Colombia. Carmen Ortiz, 37, slipped away from "
            "her hospital ward late on Monday night and handed herself in to border officers.",
            "2018-03-08",
            "Carmen Ortiz",
            "VEN",
            "COL",
            None,
            "2018-03-05",
            cue="A Venezuelan nurse has asked for asylum in Colombia.",
        ),
        id="time-entity-with-a-weekday-dates-the-escape",
    ),
    pytest.param(
        Case(
            "BEIRUT -- Lebanon has withdrawn its envoy from Belgium. Rami Khoury, a cultural counsellor "
            "at the embassy in Brussels, quit in 2015 and obtained asylum in Belgium.",
            "2017-01-01",
            "Rami Khoury",
            "LBN",
            "BEL",
            "BEL",
            "2015",
            cue="Rami Khoury, a cultural counsellor",
        ),
        id="role-at-the-embassy-in-city",
    ),
    pytest.param(
        Case(
            "Haitian sprinter Wilson Dorval failed to return from a meet in Lima on Friday and is now "
            "living in Chile.",
            "2020-06-01",
            "Wilson Dorval",
            "HTI",
            "CHL",
            None,
            "2020-05-29",
        ),
        id="failed-to-return-and-now-living-in",
    ),
    pytest.param(
        Case(
            "Soviet seaman Oleg Sidorov jumped ship in Auckland in 1981 and was granted sanctuary in "
            "New Zealand.",
            "2020-06-01",
            "Oleg Sidorov",
            "SUN",
            "NZL",
            None,
            "1981",
        ),
        id="jumped-ship-granted-sanctuary",
    ),
    pytest.param(
        Case(
            "The Eritrean consul in Jeddah, Abel Tesfaye, applied for refugee status in Sweden in "
            "March 2019.",
            "2020-06-01",
            "Abel Tesfaye",
            "ERI",
            "SWE",
            "SAU",
            "2019-03",
        ),
        id="refugee-status-name-hung-on-the-place",
    ),
    pytest.param(
        Case(
            "Rafael Soler, a catcher on Cuba's national side, is now living in Venezuela, his manager "
            "confirmed on Sunday, a month after he failed to return from a series in Panama.",
            "2020-06-01",
            "Rafael Soler",
            "CUB",
            "VEN",
            None,
            None,
        ),
        id="now-living-in-reported-beside-the-walkout",
    ),
    pytest.param(
        Case(
            "Laotian commercial attaché Khamla Vong defected in 2007 and now lives in Toronto.",
            "2020-06-01",
            "Khamla Vong",
            "LAO",
            "CAN",
            None,
            "2007",
        ),
        id="now-living-in-a-city",
    ),
    pytest.param(
        Case(
            "Dr. Karel Dvorak, trade counsellor of the Czechoslovak Embassy in The Hague, stepped down "
            "and asked the Netherlands Government for asylum.",
            "1950-06-01",
            "Karel Dvorak",
            "CSK",
            "NLD",
            "NLD",
            None,
        ),
        id="asked-a-government-for-asylum",
    ),
    pytest.param(
        Case(
            "BANGKOK, Feb. 9 -- A Laotian logger who escaped from a timber camp in Vietnam in "
            "November has reached Thailand, police said on Friday. The logger, Somchai Vongsa, 29, "
            "had spent two years near Hue.",
            "2024-02-09",
            "Somchai Vongsa",
            "LAO",
            "THA",
            None,
            "2023-11",
            cue="has reached Thailand",
        ),
        id="who-escaped-has-reached-after-a-dateline",
    ),
    pytest.param(
        Case(
            "CANBERRA, May 11 -- A Polish deckhand who jumped ship at Fremantle late on Saturday has "
            "been granted asylum by Australia, a government spokesman announced today. The deckhand, "
            "Marek Zielinski, 22, hid in a warehouse.",
            "1982-05-11",
            "Marek Zielinski",
            "POL",
            "AUS",
            None,
            "1982-05-08",
            cue="granted asylum by Australia",
        ),
        id="two-cues-one-escape-in-a-sentence",
    ),
    pytest.param(
        Case(
            "VILNIUS, April 4 -- A major of Belarus's KGB has crossed into Lithuania and requested "
            "protection, border officials said on Thursday. Major Andrei Klimovich, 40, walked through "
            "a forest on Monday wearing hunting clothes.",
            "2024-04-04",
            "Andrei Klimovich",
            "BLR",
            "LTU",
            None,
            "2024-04-01",
            cue="has crossed into Lithuania",
        ),
        id="has-crossed-dated-by-the-walk-told-next",
    ),
    pytest.param(
        Case(
            "He is the most senior Latvian envoy to break with Riga since Janis Ozols, a counsellor "
            "at the Latvian embassy in Oslo, sought asylum in Norway in 1994.",
            "2001-01-01",
            "Janis Ozols",
            "LVA",
            "NOR",
            "NOR",
            "1994",
        ),
        id="since-x-sought-asylum-coordinated-by-the-parser",
    ),
    pytest.param(
        Case(
            "At Schiphol airport on Saturday a violinist of the Leningrad orchestra broke away from his "
            "Soviet minders and asked Dutch police for asylum. The violinist, Yuri Belov, 29, had been "
            "scheduled to leave for Moscow that evening.",
            "1972-09-18",
            "Yuri Belov",
            "SUN",
            "NLD",
            None,
            "1972-09-16",
            cue="broke away from his Soviet minders",
        ),
        id="soloist-broke-away-asked-police-for-asylum",
    ),
    pytest.param(
        Case(
            "The last comparable case in Canada came in 2009, when Omar Nasser, a first secretary at "
            "the Libyan consulate in Toronto, sought asylum.",
            "2019-06-18",
            "Omar Nasser",
            "LBY",
            "CAN",
            "CAN",
            "2009",
        ),
        id="when-clause-dated-by-its-head-asylum-where-posted",
    ),
    pytest.param(
        Case(
            "Nicaraguan wrestler Hugo Mena, who walked away from his squad at a meet, has asked Costa "
            "Rica for refuge.",
            "2019-11-25",
            "Hugo Mena",
            "NIC",
            "CRI",
            None,
            "2019-11",  # "has asked": the month of the report
        ),
        id="asked-a-state-for-refuge",
    ),
    pytest.param(
        Case(
            "In 2016 Pierre-Yves Ndayishimiye, then defence attaché at the Burundian embassy in "
            "Nairobi, sought asylum in Kenya.",
            "2022-03-10",
            "Pierre-Yves Ndayishimiye",
            "BDI",
            "KEN",
            "KEN",
            "2016",
        ),
        id="name-set-off-before-the-role-subject",
    ),
    pytest.param(
        Case(
            "ANKARA, Aug 21 - An Iraqi chemist who worked at a state weapons laboratory crossed into "
            "Turkey on Saturday. The chemist, Dr Haidar Salim, 52, has requested protection.",
            "2013-08-21",
            "Haidar Salim",
            "IRQ",
            "TUR",
            None,
            "2013-08-17",
            cue="crossed into Turkey",
        ),
        id="who-clause-makes-any-noun-a-person",
    ),
    pytest.param(
        Case(
            "A news presenter at Azerbaijani state television who criticised the war with Armenia "
            "has crossed the border into Turkey. Armenian and Russian media reported the move. "
            "The presenter, Leyla Aliyeva, 31, left Baku by car last Friday.",
            "2020-08-20",
            "Leyla Aliyeva",
            "AZE",
            "TUR",
            None,
            "2020-08-14",  # "left Baku by car last Friday" dates it more precisely
            cue="crossed the border into Turkey",
        ),
        id="role-at-a-demonym-institution",
    ),
    pytest.param(
        Case(
            "A former Kazakh prosecutor who disappeared from Almaty last month has surfaced in Austria. "
            "Nurlan Abenov said he took a flight to Vienna on September 14 using a student visa.",
            "2016-10-05",
            "Nurlan Abenov",
            "KAZ",
            "AUT",
            None,
            "2016-09-14",
            cue="has surfaced in Austria",
        ),
        id="month-refined-by-the-flight-told-next",
    ),
    pytest.param(
        Case(
            "Colonel Min Thu, Myanmar's military attaché in Canberra, sent a letter on Thursday "
            "refusing orders to return home.",
            "2021-04-10",
            "Min Thu",
            "MMR",
            None,
            "AUS",
            "2021-04-08",
        ),
        id="refusing-orders-to-return",
    ),
    pytest.param(
        Case(
            "HELSINKI, June 14 -- Eritrea's consul in Dubai, who vanished from Dubai in March, has been "
            "given sanctuary in Finland, the interior ministry confirmed this week. Daniel Tesfaye, 47, "
            "had spent five years at the Eritrean consulate.",
            "2019-06-14",
            "Daniel Tesfaye",
            "ERI",
            "FIN",
            "ARE",
            "2019-03",
            cue="who vanished from Dubai in March",
        ),
        id="first-cue-of-the-sentence-takes-the-person-the-second-found",
    ),
    pytest.param(
        Case(
            "BERN, March 6 -- Dr. Tomasz Lis, first secretary of the Polish Embassy in Bern, has given "
            "up his post and asked the Swiss Government for political asylum. He set out his reasons "
            "in a letter he handed to the minister on Wednesday. He walked out of the embassy the same "
            "afternoon.",
            "1952-03-06",
            "Tomasz Lis",
            "POL",
            "CHE",
            "CHE",
            "1952-03-05",
            cue="asked the Swiss Government for political asylum",
        ),
        id="left-the-same-afternoon-as-the-letter",
    ),
    pytest.param(
        Case(
            "A cook at the Laotian embassy in Hanoi has asked Vietnam for political asylum, police "
            "said on Tuesday. The man slipped out of the residence last weekend. Police identified "
            "him on Tuesday as Somphone Keo, 34.",
            "1988-11-30",
            "Somphone Keo",
            "LAO",
            "VNM",
            "VNM",
            "1988-11",
            cue="A cook at the Laotian embassy in Hanoi",
        ),
        id="staff-at-a-mission-named-later-as-identified",
    ),
    pytest.param(
        Case(
            "No one at the Hungarian mission in Stockholm had broken with Budapest since the generals "
            "took power last week. Dr. Miklos Farkas, second secretary of the Hungarian Legation in "
            "Stockholm, sought asylum in Sweden on Wednesday.",
            "1948-03-06",
            "Miklos Farkas",
            "HUN",
            "SWE",
            "SWE",
            "1948-03-03",
            cue="sought asylum in Sweden on Wednesday",
        ),
        id="date-of-a-since-clause-is-not-the-defections",
    ),
    pytest.param(
        Case(
            "In 1988 a second Ethiopian pilot, Captain Dawit Bekele, flew his helicopter to Sudan, and "
            "he was eventually resettled in Sweden.",
            "1999-10-03",
            "Dawit Bekele",
            "ETH",
            "SDN",
            None,
            "1988",
        ),
        id="flew-a-plane-to",
    ),
    pytest.param(
        Case(
            "West Germany protested. On Monday an East German railway policeman, Horst Lenz, "
            "slipped through a gap in the wire and fled to the West.",
            "1961-08-16",
            "Horst Lenz",
            "DDR",
            "DEU",
            None,
            "1961-08-14",
            cue="fled to the West",
        ),
        id="fled-to-the-west-named-by-a-demonym-form",
    ),
    pytest.param(
        Case(
            "On Tuesday a young East German sentry, Klaus Weber, leaped across the wire entanglement "
            "into West Berlin.",
            "1961-08-16",
            "Klaus Weber",
            "DDR",
            "DEU",
            None,
            "1961-08-15",
        ),
        id="leaped-over-the-wire-into-west-berlin",
    ),
    pytest.param(
        Case(
            "A driver at the Yemeni embassy in Amman has fled to Denmark and asked for asylum there. "
            "He talked to us by phone from an asylum centre. He had driven for the ambassador for six "
            "years. He would not inform on dissidents. He expected prison if he returned. He flew out "
            "a fortnight ago. He wished to be identified only as Nasser Qadi.",
            "2011-06-01",
            "Nasser Qadi",
            "YEM",
            "DNK",
            "JOR",
            "2011-06",  # "has fled": the month of the report
            cue="A driver at the Yemeni embassy in Amman has fled to Denmark",
        ),
        id="identified-as-far-down-the-story",
    ),
    pytest.param(
        Case(
            "A Malian diplomat who served at his country's embassy in Rabat until May has claimed "
            "asylum in Belgium. Moussa Traore, 38, was a first secretary.",
            "2013-07-01",
            "Moussa Traore",
            "MLI",
            "BEL",
            "MAR",
            "2013-07",
            cue="has claimed asylum in Belgium",
        ),
        id="role-who-served-at-the-embassy-in",
    ),
    pytest.param(
        Case(
            "Djiboutian envoy Hassan Ali learned on March 3 that he would be called home. Three weeks "
            "later he took a train to Geneva and asked for asylum in Switzerland. Ali is the third "
            "Djiboutian diplomat this year to break with the government.",
            "2013-04-02",
            "Hassan Ali",
            "DJI",
            "CHE",
            None,
            "2013-03-24",
            cue="Three weeks later he took a train to Geneva",
        ),
        id="counted-weeks-later-kept-over-a-coarser-this-year",
    ),
    pytest.param(
        Case(
            "Late on Sunday a high-ranking officer of Cameroon's intelligence service flew into "
            "Lisbon's Humberto Delgado airport and asked border officers for international protection. "
            "His lawyer identified him as Colonel Paul Ebogo.",
            "2019-05-16",
            "Paul Ebogo",
            "CMR",
            "PRT",
            None,
            "2019-05-12",
            cue="asked border officers for international protection",
        ),
        id="international-protection-after-flying-into-an-airport",
    ),
    pytest.param(
        Case(
            "Cuban weightlifter Ana Perez, 24, left her room in Brisbane on April 9 and did not come "
            "back. She has asked Australia for asylum.",
            "2018-04-17",
            "Ana Perez",
            "CUB",
            "AUS",
            None,
            "2018-04-09",
            cue="did not come back",
        ),
        id="did-not-come-back",
    ),
    pytest.param(
        Case(
            "Julio César Ferreira Soto, Uruguay's envoy in Mexico, refused an order to return home "
            "soon after the coup in June and has since stayed on in Mexico City.",
            "1974-03-01",
            "Julio César Ferreira Soto",
            "URY",
            "MEX",
            "MEX",
            "1973-06",
        ),
        id="refused-an-order-to-return-and-remained-in",
    ),
    pytest.param(
        Case(
            "The chess master Arvo Kask slipped out of Estonia in 1986, his friends said.",
            "1990-01-01",
            "Arvo Kask",
            "EST",
            None,
            None,
            "1986",
        ),
        id="slipped-out-of-a-state",
    ),
    pytest.param(
        Case(
            "Norway has recognised Anton Belic, a Yugoslav trade counsellor in Oslo, as a political refugee.",
            "2012-05-04",
            "Anton Belic",
            "YUG",
            None,
            "NOR",
        ),
        id="recognised-as-a-political-refugee",
    ),
    pytest.param(
        Case(
            "The Home Office has granted Petr Novak, a Czech attache, leave to remain in Britain.",
            "2012-05-04",
            "Petr Novak",
            "CZE",
            "GBR",
        ),
        id="granted-leave-to-remain",
    ),
    pytest.param(
        Case(
            "Milan Savic, a Yugoslav diplomat in Prague, refused to travel home in July.",
            "2012-05-04",
            "Milan Savic",
            "YUG",
            None,
            "CZE",
            "2011-07",
        ),
        id="refused-to-travel-home",
    ),
    pytest.param(
        Case(
            "Recalled to Bucharest in May, Ion Marinescu refused to return and stayed in Rome.",
            "1985-08-04",
            "Ion Marinescu",
            "ROU",
            "ITA",
        ),
        id="recalled-to-a-capital-is-of-its-state",
    ),
    pytest.param(
        Case(
            "Ion Marinescu flew to Bucharest in May and then fled to Austria.",
            "1985-08-04",
            "Ion Marinescu",
            None,
            "AUT",
            None,
            "1985-05",
        ),
        id="flying-to-a-capital-is-not-being-called-home",
    ),
    pytest.param(
        Case(
            "Strikes spread across Bolivia in May. The union leader Rosa Quispe slipped out of the "
            "country in June.",
            "2020-08-01",
            "Rosa Quispe",
            "BOL",
            None,
            None,
            "2020-06",
            cue="The union leader Rosa Quispe slipped out of the country in June.",
        ),
        id="out-of-the-country-the-article-is-about",
    ),
    pytest.param(
        Case(
            "Nicaragua's opposition is smaller than ever. Rosa Quispe, a union leader, fled the country "
            "in 2019.",
            "2020-08-01",
            "Rosa Quispe",
            "NIC",
            date="2019",
            cue="Rosa Quispe, a union leader, fled the country in 2019.",
        ),
        id="fled-the-country-the-article-is-about",
    ),
    pytest.param(
        Case(
            "Jorge Paez, Ecuador's consul in Lima, has fled to Chile, though Quito denied that he was a spy.",
            "2020-08-01",
            "Jorge Paez",
            "ECU",
            "CHL",
            "PER",
            "2020-08",
        ),
        id="a-denial-of-something-else",
    ),
]


@pytest.mark.parametrize("case", CASES)
def test_extract_defections_reads_construction(nlp: Language, case: Case) -> None:
    facts = _facts(nlp, case.text, case.published)
    found = [d for d in facts.defections if d.defector == case.defector]
    assert len(found) == 1, [(d.defector, d.from_country) for d in facts.defections]
    d = found[0]
    assert (d.from_country, d.to_country) == (case.from_iso, case.to_iso)
    assert (d.from_post.host if d.from_post else None) == case.post_host
    if d.from_post is not None:
        assert d.from_post.sending == case.from_iso
    assert d.date == case.date
    _assert_evidence(d, case.text, case.cue or case.text)


def test_extract_defections_one_node_per_person_across_sentences(nlp: Language) -> None:
    text = (
        "Albanian envoy Arben Hoxha defected to Greece in 1990. "
        "Hoxha later said he had planned the move for months."
    )
    facts = _facts(nlp, text, "1995-01-01")
    assert [d.defector for d in facts.defections] == ["Arben Hoxha"]
    assert {p.name for p in facts.persons} == {"Arben Hoxha"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Engineers traced the recall to a defect in the brake pedal made in Mexico.",
            id="manufacturing-defect",
        ),
        pytest.param(
            "President Ana Ruiz of Peru flew her official plane to Brazil on Monday for talks.",
            id="leader-flies-her-plane-to-a-summit",
        ),
        pytest.param(
            "The car maker said the defect affected 20,000 vehicles sold in Canada.", id="defect-affected"
        ),
        pytest.param(
            "Conservative MP Harold Finch went over to the Greens in 2019.", id="party-switch-uk"
        ),
        pytest.param(
            "Senator Jane Hollis defected to the Republicans after losing the primary.", id="party-switch-us"
        ),
        pytest.param(
            "Brazilian striker Marcos Lima moved to rival club Benfica from Porto last summer.",
            id="athlete-transfer",
        ),
        pytest.param(
            "Argentine midfielder Diego Ruiz defected to arch-rivals River Plate in 2020.",
            id="athlete-defected-to-club",
        ),
        pytest.param("Some 300 Eritreans fled to Sudan last year.", id="unnamed-group-fled"),
        pytest.param("Thousands of Afghans fled to Pakistan in 2021.", id="unnamed-thousands-fled"),
        pytest.param("Defections rose last year, Seoul said.", id="defections-statistic"),
        pytest.param(
            "Strikes spread across Bolivia in May. The union leader Rosa Quispe toured the country in June.",
            id="toured-the-country",
        ),
        pytest.param(
            "Quito dismissed reports that its consul in Lima, Jorge Paez, had fled to Chile.",
            id="dismissed-reports-that-he-fled",
        ),
        pytest.param(
            "A rumour that Jorge Paez, Ecuador's consul in Lima, had asked Chile for asylum was denied.",
            id="a-rumour-that-was-denied",
        ),
        pytest.param(
            "Claims that Jorge Paez, Ecuador's consul in Lima, sought asylum in Chile are baseless, "
            "the ministry said.",
            id="claims-that-are-baseless",
        ),
        pytest.param(
            "Jorge Paez, Ecuador's consul in Lima, denied that he had asked Chile for asylum.",
            id="he-denied-asking-for-asylum",
        ),
        pytest.param(
            'Quito described as "groundless" a newspaper story that its consul in Lima, Jorge Paez, had '
            "asked Chile for asylum.",
            id="described-as-groundless-a-story-that",
        ),
        pytest.param(
            "Jorge Paez, Ecuador's consul in Lima, did not request asylum in Chile, his office said.",
            id="did-not-request-asylum",
        ),
        pytest.param("Jorge Paez, Ecuador's consul in Lima, did not flee to Chile.", id="did-not-flee"),
    ],
)
def test_extract_defections_negatives_yield_nothing(nlp: Language, text: str) -> None:
    assert _facts(nlp, text, "2023-01-01").defections == ()


@pytest.mark.model
def test_extract_defections_companions_share_the_flight(nlp: Language) -> None:
    text = (
        "Ivana Petrova, a Bulgarian trade attaché, and her husband Stefan Petrov fled to Austria "
        "in May 1981. In Vienna, Oleg Markov, together with his deputy Pavel Rusev, walked into "
        "the Swiss embassy and asked for asylum."
    )
    facts = facts_from_doc(nlp(text), Article(id="t", text=text, published=date(1981, 6, 1)), model=None)
    got = {d.defector: (d.from_country, d.to_country, d.date) for d in facts.defections}
    assert got["Ivana Petrova"] == ("BGR", "AUT", "1981-05")
    assert got["Stefan Petrov"][1:] == ("AUT", "1981-05")
    assert got["Oleg Markov"][1] == "CHE" and got["Pavel Rusev"][1] == "CHE"


@pytest.mark.model
def test_extract_defections_relative_named_elsewhere_goes_too(nlp: Language) -> None:
    text = (
        "Syria's consul in Athens, Nabil Haddad, disappeared with his wife on Friday and has "
        "asked for asylum in Greece. The consul's wife, Rania Haddad, is a well-known painter."
    )
    facts = facts_from_doc(nlp(text), Article(id="t", text=text, published=date(2012, 3, 5)), model=None)
    got = {d.defector: d for d in facts.defections}
    assert set(got) == {"Nabil Haddad", "Rania Haddad"}
    wife, husband = got["Rania Haddad"], got["Nabil Haddad"]
    assert (wife.from_country, wife.to_country, wife.date) == ("SYR", "GRC", "2012-03-02")
    assert wife.from_post is not None and wife.from_post.host == husband.from_post.host == "GRC"
    assert wife.rule == "companion" and wife.confidence < husband.confidence


@pytest.mark.model
@pytest.mark.parametrize(
    "second",
    [
        "His sister, Leyla Demir, joined him in Bern three weeks later.",
        "With him was his cousin, Leyla Demir.",
        "Leyla Demir, his cousin, travelled with him.",
        "His sister, Leyla Demir, followed a month later.",
    ],
    ids=["joined-him", "with-him-was", "travelled-with-him", "his-relative-followed"],
)
def test_extract_defections_one_told_to_go_after_or_with_the_defector_goes_too(
    nlp: Language, second: str
) -> None:
    text = f"Kemal Demir, a Turkish press attaché in Vienna, fled to Switzerland in March 2017. {second}"
    facts = facts_from_doc(nlp(text), Article(id="t", text=text, published=date(2017, 6, 1)), model=None)
    got = {d.defector: d for d in facts.defections}
    assert set(got) == {"Kemal Demir", "Leyla Demir"}
    follower = got["Leyla Demir"]
    assert (follower.from_country, follower.to_country) == ("TUR", "CHE")
    assert follower.rule == "companion"
    assert any(second in text[e.start : e.end] for e in follower.evidence)  # where she is said to go


@pytest.mark.model
@pytest.mark.parametrize(
    "second",
    [
        "His sister, Leyla Demir, still lives in Ankara.",
        "A Swiss official, Leyla Brunner, spoke with him at the border.",
        "His sister, Leyla Demir, followed the trial from Ankara.",
    ],
    ids=["relative-who-stayed", "official-who-spoke-with-him", "relative-who-followed-something"],
)
def test_extract_defections_someone_merely_near_the_defector_does_not_go(nlp: Language, second: str) -> None:
    text = f"Kemal Demir, a Turkish press attaché in Vienna, fled to Switzerland in March 2017. {second}"
    facts = facts_from_doc(nlp(text), Article(id="t", text=text, published=date(2017, 6, 1)), model=None)
    assert {d.defector for d in facts.defections} == {"Kemal Demir"}


@pytest.mark.model
def test_extract_defections_relative_of_someone_else_is_not_taken(nlp: Language) -> None:
    text = (
        "Syria's consul in Athens, Nabil Haddad, disappeared with his wife on Friday and has "
        "asked for asylum in Greece. The minister's rival, Sami Aziz, said his wife, Lina Aziz, "
        "had stayed in Damascus."
    )
    facts = facts_from_doc(nlp(text), Article(id="t", text=text, published=date(2012, 3, 5)), model=None)
    assert {d.defector for d in facts.defections} == {"Nabil Haddad"}


@pytest.mark.model
def test_extract_defections_unsaid_origin_is_the_other_defectors_not_the_hosts(nlp: Language) -> None:
    text = (
        "Honduran boxer Jose Lara has sought asylum in Panama, Panamanian officials said. Panama "
        "has taken in many athletes; Panamanian clubs train them. In June the weightlifter Marco "
        "Ruiz failed to return from a championship in Bolivia and was later given asylum in Chile."
    )
    facts = facts_from_doc(nlp(text), Article(id="t", text=text, published=date(2019, 11, 25)), model=None)
    got = {d.defector: (d.from_country, d.to_country) for d in facts.defections}
    assert got == {"Jose Lara": ("HND", "PAN"), "Marco Ruiz": ("HND", "CHL")}


@pytest.mark.model
def test_extract_defections_pronoun_agrees_in_gender(nlp: Language) -> None:
    text = (
        "Olga Petrenko, 31, a presenter at Belarusian state television, left Minsk last Friday after "
        "a broadcast in which she refused to read the official news. Her cameraman, Pavel Zhuk, "
        "remained in Minsk. Three days later he too crossed into Poland, where he has asked for asylum."
    )
    facts = facts_from_doc(nlp(text), Article(id="t", text=text, published=date(2020, 8, 20)), model=None)
    got = {d.defector: (d.to_country, d.date) for d in facts.defections}
    assert got.get("Pavel Zhuk") == ("POL", "2020-08-17")
    assert got.get("Olga Petrenko", (None, None))[0] != "POL"


@pytest.mark.model
def test_extract_defections_a_quoted_lawyer_is_not_the_ledes_defector(nlp: Language) -> None:
    text = (
        "A Cuban doctor has asked for asylum in Brazil. Ana Costa, a lawyer for the family, said the "
        "request was filed on Monday. The doctor, Raul Vega, 41, had worked in Recife for two years."
    )
    facts = facts_from_doc(nlp(text), Article(id="t", text=text, published=date(2019, 3, 6)), model=None)
    assert [d.defector for d in facts.defections] == ["Raul Vega"]


@pytest.mark.model
def test_extract_defections_the_ruler_broken_with_is_not_a_defector(nlp: Language) -> None:
    text = (
        "Ugandan envoy John Okello has asked Britain for asylum. He is the third Ugandan envoy this "
        "year to break with President Samuel Kagiso's government. Exiles tell of abuses under the "
        "rule of Samuel Kagiso, and a serving diplomat rarely defects."
    )
    facts = facts_from_doc(nlp(text), Article(id="t", text=text, published=date(1983, 3, 1)), model=None)
    assert [d.defector for d in facts.defections] == ["John Okello"]


@pytest.mark.model
def test_extract_defections_he_prefers_the_main_clause_subject(nlp: Language) -> None:
    text = (
        "Togolese customs officer Kossi Amega slipped away from his desk in Lomé on 29 June, three "
        "days after a referendum in which Edem Kofiga had staked his presidency. He crossed the "
        "border that night and has applied for asylum in Ghana."
    )
    facts = facts_from_doc(nlp(text), Article(id="t", text=text, published=date(2008, 7, 10)), model=None)
    got = {d.defector: (d.from_country, d.to_country) for d in facts.defections}
    assert got == {"Kossi Amega": ("TGO", "GHA")}
