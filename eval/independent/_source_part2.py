# Articles ind-007 .. ind-012: defection stories (continued).
A = []

A.append(dict(
    id="ind-007", published="2024-02-10", source="Wire report",
    title="Russian court jails sergeant who switched sides, in absentia",
    text=[
        "KYIV, Feb 10 -- A military court in Rostov-on-Don has sentenced a Russian army sergeant who switched sides and now fights for Ukraine to life imprisonment in absentia, Russian state media reported on Saturday.",
        "Senior Sergeant Ilya Zotov, 31, surrendered to Ukrainian troops near Bakhmut in March last year after contacting a hotline set up by Ukrainian intelligence for Russian soldiers who want to give themselves up. Instead of waiting for a prisoner exchange, he asked to join a unit of Russian volunteers fighting on the Ukrainian side.",
        "\"He came to us, not the other way round,\" said Vitaliy Marchuk, a spokesman for Ukraine's military intelligence directorate. \"He has earned his place.\"",
        "In a video released by the unit, Zotov said he had been sent to the front after two weeks of training and had watched his commanders send wounded men back into assaults. \"Putin will not send his own sons,\" he said.",
        "The Kremlin has introduced heavier penalties for desertion and voluntary surrender since the start of the war, and courts have handed down dozens of sentences in absentia to men who crossed the lines.",
        "Moscow's diplomatic service has also seen departures, though far fewer. Denis Korablev, a second secretary at the Russian embassy in Lisbon, resigned in protest in April 2022 and sought asylum in Portugal, where he now works for a human rights group.",
        "Ukraine says several hundred Russians now serve in volunteer units on its side. Their numbers cannot be independently verified.",
    ],
    gold={
        "countries": ["RUS", "UKR", "PRT"],
        "persons": [
            {"name": "Ilya Zotov", "aliases": ["Zotov"], "nationality": "RUS"},
            {"name": "Vitaliy Marchuk", "aliases": [], "nationality": "UKR"},
            {"name": "Putin", "aliases": [], "nationality": "RUS"},
            {"name": "Denis Korablev", "aliases": [], "nationality": "RUS"},
        ],
        "not_persons": ["Rostov-on-Don", "Bakhmut"],
        "embassies": [{"sending": "RUS", "host": "PRT", "city": "Lisbon"}],
        "defections": [
            {"defector": "Ilya Zotov", "from": "RUS", "to": "UKR", "post_host": None,
             "date": "2023-03", "position": "senior sergeant"},
            {"defector": "Denis Korablev", "from": "RUS", "to": "PRT", "post_host": "PRT",
             "date": "2022-04", "position": "second secretary"},
        ],
        "agreements": [],
    }))

A.append(dict(
    id="ind-008", published="2022-08-23", source="Wire report",
    title="Belarusian hammer thrower refuses to fly home, reaches Poland",
    text=[
        "WARSAW, Aug 23 -- A Belarusian hammer thrower who said team officials were trying to force her home from the European Championships in Munich refused to board the team's flight to Minsk on Sunday and flew to Warsaw the same evening on a humanitarian visa, Polish officials said.",
        "Darya Kukharchyk, 23, had criticised the Belarusian athletics federation on social media after she was dropped from the final. She said a team official told her she would \"answer for it at home\".",
        "German police escorted her to the Polish consulate in Munich, where the visa was issued within hours. \"Poland stands ready to help every Belarusian athlete who is threatened for speaking freely,\" Deputy Foreign Minister Tomasz Wierzbicki wrote on Twitter.",
        "Kukharchyk said she intended to apply for asylum in Poland and hoped to keep competing. \"I only wanted to throw the hammer. I did not want to be a political story,\" she told reporters at the airport.",
        "The federation said she had been removed from the team for \"unsportsmanlike conduct\" and accused \"foreign centres\" of staging the episode.",
        "Dozens of Belarusian athletes have left the country since the disputed 2020 election that returned Alexander Lukashenko to power. Aliaksei Sirotsin, a decathlete, did not return from a meeting in Lithuania in 2021 and now trains in Vilnius.",
        "Belarus, which allowed Russian troops to use its territory to attack Ukraine in February, has been barred from most international competitions since then, but a handful of athletes were cleared to compete as neutrals.",
    ],
    gold={
        "countries": ["BLR", "POL", "DEU", "LTU", "RUS", "UKR"],
        "persons": [
            {"name": "Darya Kukharchyk", "aliases": ["Kukharchyk"], "nationality": "BLR"},
            {"name": "Tomasz Wierzbicki", "aliases": [], "nationality": "POL"},
            {"name": "Alexander Lukashenko", "aliases": [], "nationality": "BLR"},
            {"name": "Aliaksei Sirotsin", "aliases": [], "nationality": "BLR"},
        ],
        "not_persons": ["Twitter"],
        "embassies": [{"sending": "POL", "host": "DEU", "city": "Munich"}],
        "defections": [
            {"defector": "Darya Kukharchyk", "from": "BLR", "to": "POL", "post_host": None,
             "date": "2022-08-21", "position": "hammer thrower"},
            {"defector": "Aliaksei Sirotsin", "from": "BLR", "to": "LTU", "post_host": None,
             "date": "2021", "position": "decathlete"},
        ],
        "agreements": [],
    }))

A.append(dict(
    id="ind-009", published="2004-03-15", source="Newspaper obituary",
    title="Ion Mihalache, Romanian diplomat who broke with Ceausescu, dies at 78",
    text=[
        "By Paolo Ferrante",
        "ROME -- Ion Mihalache, a Romanian trade diplomat who defected while serving in Rome and spent the rest of the Cold War broadcasting to his homeland, died here on Saturday. He was 78.",
        "Mihalache was posted to Rome in 1983 as commercial counsellor at the Romanian embassy, a job that made him Bucharest's chief salesman for Romanian tractors and timber among Italian importers. Two years later, after being ordered home at short notice, he walked into a police station near Rome's main railway station and asked for political asylum, which Italy granted within a month.",
        "He later said he had been told to recruit Italian businessmen as informers for the Securitate, Nicolae Ceausescu's secret police, and feared what awaited him if he refused. The Romanian government demanded his extradition, calling him an embezzler; Italian officials quietly declined.",
        "For the next four years he wrote commentaries for the Romanian service of Radio Free Europe under the pen name Andrei Lunca, mocking the regime's austerity programme and its cult of personality.",
        "His wife, Ana, was allowed to join him only in 1990, after the revolution that toppled Ceausescu. A daughter, Irina, remained in Romania and survives him, as does his wife.",
        "\"He never thought of himself as a hero,\" said a former colleague. \"He thought of himself as an accountant who could no longer make the numbers add up.\"",
    ],
    gold={
        "countries": ["ROU", "ITA"],
        "persons": [
            {"name": "Paolo Ferrante", "aliases": []},
            {"name": "Ion Mihalache", "aliases": ["Mihalache", "Andrei Lunca"], "nationality": "ROU"},
            {"name": "Nicolae Ceausescu", "aliases": ["Ceausescu"], "nationality": "ROU"},
            {"name": "Ana", "aliases": []},
            {"name": "Irina", "aliases": []},
        ],
        "not_persons": ["Radio Free Europe", "Securitate"],
        "embassies": [{"sending": "ROU", "host": "ITA", "city": "Rome"}],
        "defections": [
            {"defector": "Ion Mihalache", "from": "ROU", "to": "ITA", "post_host": "ITA",
             "date": "1985", "position": "commercial counsellor"},
        ],
        "agreements": [],
    }))

A.append(dict(
    id="ind-010", published="1974-10-09", source="Press association report",
    title="Soviet scientist leaves research ship, asks New Zealand for asylum",
    text=[
        "WELLINGTON, Oct 9 -- A Soviet marine biologist who slipped off the research ship Akademik Shirokov while it was berthed in Wellington has asked for political asylum in New Zealand, the Prime Minister, Mr Bill Rowling, said today.",
        "Dr Yevgeny Lapin, 38, a senior researcher at an oceanographic institute in Vladivostok, left the vessel late on Monday night and went to a police station in the city centre. He had been aboard for a four-month survey of the South Pacific, during which the ship also called at Sydney and Suva.",
        "Mr Rowling said the application would be considered \"on its merits and without haste\". Dr Lapin was being looked after by officials at a place that would not be disclosed.",
        "The Soviet ambassador, Mr Nikolai Orlov, called at the Ministry of Foreign Affairs yesterday to ask for consular access. An embassy spokesman said Dr Lapin was \"ill and confused\" and should be returned to the ship, which was due to sail tomorrow.",
        "Officials said Dr Lapin had told them he wanted to continue his research in the West and had no interest in politics. He is believed to be the first Soviet citizen to seek asylum in New Zealand.",
        "Moscow and Wellington reopened embassies only last year, and the case is seen here as an awkward early test for the relationship.",
    ],
    gold={
        "countries": ["SUN", "NZL"],
        "persons": [
            {"name": "Bill Rowling", "aliases": ["Rowling"], "nationality": "NZL"},
            {"name": "Yevgeny Lapin", "aliases": ["Lapin"], "nationality": "SUN"},
            {"name": "Nikolai Orlov", "aliases": [], "nationality": "SUN"},
        ],
        "not_persons": ["Akademik Shirokov"],
        "embassies": [{"sending": "SUN", "host": "NZL", "city": "Wellington"}, {"sending": "NZL", "host": "SUN"}],
        "defections": [
            {"defector": "Yevgeny Lapin", "from": "SUN", "to": "NZL", "post_host": None,
             "date": "1974-10-07", "position": "marine biologist, senior researcher"},
        ],
        "agreements": [],
    }))

A.append(dict(
    id="ind-011", published="2022-04-14", source="Wire report",
    title="North Korean trade official who vanished in Russia resurfaces in Seoul",
    text=[
        "SEOUL, April 14 -- A North Korean trade official who vanished from Pyongyang's consulate-general in Vladivostok last November has resurfaced in South Korea, Seoul's unification ministry said on Thursday.",
        "The official, Pak Myong-chol, 46, had been posted to the Russian port city in 2018 to manage North Korean construction crews working there, a ministry official said. He reached the South last month after travelling through a third country, the official said, without naming it.",
        "A Vladivostok news site first reported his disappearance in December, identifying him as Pak Myong Chol and saying Russian police had listed him as missing at the consulate's request.",
        "Ministry spokesman Lee Jong-hoon told a briefing that Pak was undergoing the usual security screening and was in good health. He declined to say why the official had fled.",
        "Workers sent abroad earn hard currency for the government of Kim Jong Un, and officials who supervise them are under constant pressure to meet revenue targets. Several have gone missing from posts in Russia and Southeast Asia in recent years.",
        "Pak is the first North Korean official known to have reached the South from Russia since the pandemic closed the border between the two countries. Neither Pyongyang nor Moscow has commented.",
    ],
    gold={
        "countries": ["PRK", "KOR", "RUS"],
        "persons": [
            {"name": "Pak Myong-chol", "aliases": ["Pak", "Pak Myong Chol"], "nationality": "PRK"},
            {"name": "Lee Jong-hoon", "aliases": [], "nationality": "KOR"},
            {"name": "Kim Jong Un", "aliases": [], "nationality": "PRK"},
        ],
        "not_persons": [],
        "embassies": [{"sending": "PRK", "host": "RUS", "city": "Vladivostok"}],
        "defections": [
            {"defector": "Pak Myong-chol", "from": "PRK", "to": "KOR", "post_host": "RUS",
             "date": "2021-11", "position": "trade official"},
        ],
        "agreements": [],
    }))

A.append(dict(
    id="ind-012", published="2023-06-08", source="Wire report",
    title="Ukraine charges ex-lawmaker who fled to Russia with treason",
    text=[
        "KYIV, June 8 -- Ukrainian prosecutors on Thursday charged a former member of parliament who fled to Russia days before the full-scale invasion with high treason, accusing him of helping to prepare the occupation of towns in the Kharkiv region.",
        "Oleh Tkachuk, 57, a grain trader who sat in the Verkhovna Rada for a now-banned pro-Russian party, crossed into Russia by car in February 2022. Russian President Vladimir Putin granted him citizenship by decree in October, and he has since appeared regularly on Russian state television.",
        "\"He did not flee the war. He fled to the side that started it,\" prosecutor Mykola Havryliuk told reporters. Investigators say Tkachuk passed lists of local officials and police officers to Russian intelligence in the months before the attack.",
        "His former aide, Serhiy Lytvyn, crossed into Belarus the same month and is being tried separately. Both men face life imprisonment if convicted, although neither is expected to return to face the court.",
        "President Volodymyr Zelensky stripped Tkachuk of his state awards last year. Several other former lawmakers have been charged with collaboration, and Kyiv has asked Interpol to circulate arrest warrants, so far without success.",
        "Tkachuk did not respond to a request for comment sent through the Moscow television channel that employs him.",
    ],
    gold={
        "countries": ["UKR", "RUS", "BLR"],
        "persons": [
            {"name": "Oleh Tkachuk", "aliases": ["Tkachuk"], "nationality": "UKR"},
            {"name": "Vladimir Putin", "aliases": [], "nationality": "RUS"},
            {"name": "Mykola Havryliuk", "aliases": [], "nationality": "UKR"},
            {"name": "Serhiy Lytvyn", "aliases": [], "nationality": "UKR"},
            {"name": "Volodymyr Zelensky", "aliases": [], "nationality": "UKR"},
        ],
        "not_persons": ["Verkhovna Rada", "Interpol"],
        "embassies": [],
        "defections": [
            {"defector": "Oleh Tkachuk", "from": "UKR", "to": "RUS", "post_host": None,
             "date": "2022-02", "position": "former member of parliament"},
            {"defector": "Serhiy Lytvyn", "from": "UKR", "to": "BLR", "post_host": None,
             "date": "2022-02", "position": "aide"},
        ],
        "agreements": [],
    }))
