"""Fresh set, part 2: defection articles fr-007 .. fr-011."""

ARTICLES = []


def add(**kw):
    ARTICLES.append(kw)


add(id="fr-007", published="2023-01-09", source="Wire report",
    title="Iranian chess player seeks asylum in the Netherlands",
    text="""
An Iranian chess player who competed without a headscarf at an international tournament last month did not board her flight home and has sought political asylum in the Netherlands, her lawyer said on Monday.
Shirin Kazemi, 22, a woman international master, played the final rounds of the event in Almaty bareheaded. An Iranian team official told her on December 27 that she would have to "explain herself" on her return. Instead of flying to Tehran with the rest of the delegation on December 28, she took a flight to Amsterdam, where she asked for protection on arrival.
"She knew that if she went back she would be banned, or worse," said her lawyer, Maarten de Vries. "She has chosen to stay in a country where she can play freely."
The Iranian chess federation said Kazemi "no longer represents" Iran. Its deputy head, Mehdi Tavakoli, told the ISNA news agency that players "must respect the values of the Islamic Republic wherever they compete."
The Iranian embassy in The Hague did not respond to a request for comment. The Dutch immigration service said it could not discuss individual cases.
Kazemi is not the first Iranian player to take this path. Grandmaster Pouya Ahmadi sought asylum in France in 2019 and now plays under the French flag, and at least two Iranian referees in other sports have stayed abroad since the protests began in September.
Dutch chess clubs have offered Kazemi training facilities, and a women's team in Rotterdam has already asked her to join.
""",
    gold={
        "countries": ["IRN", "NLD", "FRA"],
        "persons": [
            {"name": "Shirin Kazemi", "aliases": ["Kazemi"], "nationality": "IRN"},
            {"name": "Maarten de Vries", "aliases": []},
            {"name": "Mehdi Tavakoli", "aliases": [], "nationality": "IRN"},
            {"name": "Pouya Ahmadi", "aliases": [], "nationality": "IRN"},
        ],
        "not_persons": ["ISNA"],
        "embassies": [
            {"sending": "IRN", "host": "NLD", "city": "The Hague"},
        ],
        "defections": [
            {"defector": "Shirin Kazemi", "from": "IRN", "to": "NLD", "post_host": None,
             "date": "2022-12-28", "position": "chess player (woman international master)"},
            {"defector": "Pouya Ahmadi", "from": "IRN", "to": "FRA", "post_host": None,
             "date": "2019", "position": "chess grandmaster"},
        ],
        "agreements": [],
    })

add(id="fr-008", published="1983-08-22", source="Wire report",
    title="Chinese naval officer steers launch to Quemoy, granted sanctuary",
    text="""
TAIPEI, Aug. 22 -- A lieutenant commander of the Chinese navy who steered a small motor launch across the strait to the Nationalist-held island of Quemoy on Thursday has been granted sanctuary by Taiwan, the Defence Ministry announced today.
The officer, Gao Minsheng, 36, was the navigator of the Lu Ban, a supply ship of the People's Liberation Army Navy's East Sea Fleet. He slipped away in the launch during a night exercise, the ministry said, and was picked up by a patrol boat about three miles off the island.
Colonel Hsu Ting-kuo, a ministry spokesman, said Gao had brought charts and signal books with him. Under a standing offer to defectors from the mainland, he will receive a reward in gold and a commission in the Republic of China Navy.
"He has chosen freedom," Hsu told reporters. Gao is expected to appear at a news conference in Taipei later this week.
Peking, which regards Taiwan as a rebel province, has not commented. Diplomats in Hong Kong said the Chinese authorities would probably treat the case quietly, as they did in May, when a group of passengers hijacked an airliner to South Korea.
Gao is the first naval officer to cross to the Nationalists since 1979. In that year a lieutenant, Zhou Ping, swam to Quemoy from the mainland coast and later became an instructor at the naval academy in Kaohsiung.
The United States, which switched diplomatic recognition from Taipei to Peking in 1979, declined to comment.
""",
    gold={
        "countries": ["TWN", "CHN", "KOR", "USA"],
        "persons": [
            {"name": "Gao Minsheng", "aliases": ["Gao"], "nationality": "CHN"},
            {"name": "Hsu Ting-kuo", "aliases": ["Hsu", "Colonel Hsu Ting-kuo"], "nationality": "TWN"},
            {"name": "Zhou Ping", "aliases": [], "nationality": "CHN"},
        ],
        "not_persons": ["Lu Ban", "Quemoy"],
        "embassies": [],
        "defections": [
            {"defector": "Gao Minsheng", "from": "CHN", "to": "TWN", "post_host": None,
             "date": "1983-08-18", "position": "lieutenant commander, navigator of the Lu Ban"},
            {"defector": "Zhou Ping", "from": "CHN", "to": "TWN", "post_host": None,
             "date": "1979", "position": "naval lieutenant"},
        ],
        "agreements": [],
    })

add(id="fr-009", published="1948-03-06", source="From our Diplomatic Correspondent",
    title="Czechoslovak counsellor in London refuses to serve new regime",
    text="""
LONDON, March 6 -- Dr. Karel Hrubý, counsellor of the Czechoslovak Embassy in London, has resigned his post and asked the British Government for political asylum, the Foreign Office confirmed last night.
In a letter delivered to the ambassador on Wednesday, Dr. Hrubý wrote that he could not "in conscience represent a government imposed by a minority under foreign pressure." He left the embassy the same afternoon and has since been staying with friends in Hampstead.
He is the first member of the London mission to break with Prague since the Communist Party took full control of the government last week. A Home Office spokesman said the request would be "considered sympathetically."
In Washington, the Czechoslovak military attaché, Colonel Josef Benda, resigned the same week and said he would remain in the United States. A State Department official said Colonel Benda had "not yet" applied for asylum.
The ambassador, Jan Vrba, issued a short statement describing Dr. Hrubý's conduct as "desertion." The new Minister of Information, Václav Kopecký, told Czechoslovak radio that "traitors abroad will be dealt with."
Dr. Hrubý, 47, served with the Czechoslovak army in Britain during the war and is married to an Englishwoman. Friends say he had been warned by colleagues in Prague that he was on a list of officials to be recalled.
The Soviet Union's part in the crisis was raised in the House of Commons yesterday. Mr. Ernest Bevin, the Foreign Secretary, said the Government was "watching events with grave concern" and that the Treaty of Dunkirk with France had never seemed more relevant.
""",
    gold={
        "countries": ["CSK", "GBR", "USA", "SUN", "FRA"],
        "persons": [
            {"name": "Karel Hrubý", "aliases": ["Hrubý", "Dr. Karel Hrubý", "Dr. Hrubý"], "nationality": "CSK"},
            {"name": "Josef Benda", "aliases": ["Benda", "Colonel Josef Benda", "Colonel Benda"], "nationality": "CSK"},
            {"name": "Jan Vrba", "aliases": [], "nationality": "CSK"},
            {"name": "Václav Kopecký", "aliases": [], "nationality": "CSK"},
            {"name": "Ernest Bevin", "aliases": ["Mr. Ernest Bevin"], "nationality": "GBR"},
        ],
        "not_persons": ["Hampstead", "House of Commons"],
        "embassies": [
            {"sending": "CSK", "host": "GBR", "city": "London"},
            {"sending": "CSK", "host": "USA", "city": "Washington"},
        ],
        "defections": [
            {"defector": "Karel Hrubý", "from": "CSK", "to": "GBR", "post_host": "GBR",
             "date": "1948-03-03", "position": "counsellor of the embassy"},
            {"defector": "Josef Benda", "from": "CSK", "to": "USA", "post_host": "USA",
             "date": "1948-03", "position": "military attaché"},
        ],
        "agreements": [
            {"name": "Treaty of Dunkirk", "aliases": [], "parties": ["GBR", "FRA"],
             "date": None, "status": None},
        ],
    })

add(id="fr-010", published="1976-11-23", source="Pacific correspondent",
    title="Soviet seaman jumps ship in Auckland, granted asylum",
    text="""
WELLINGTON, Nov. 23 -- A Soviet seaman who jumped ship in Auckland harbour late on Sunday has been granted asylum by New Zealand, the Minister of Immigration, Keith Dunlop, announced today.
Viktor Lysenko, 27, a motorman on the Soviet cargo ship Akademik Vavilov, climbed down a mooring rope and swam about 200 yards to the wharf, where he asked a watchman to call the police. He told officers he had planned his escape since the ship left Vladivostok in October.
The Soviet Embassy in Wellington demanded that he be returned to the ship, saying he was "mentally unwell" and had stolen money from the crew. Embassy officials were allowed to see him for 20 minutes on Monday in the presence of a police officer and an interpreter. The minister said afterwards that Lysenko had "repeated clearly and freely" that he did not want to go home.
The ship sailed for Sydney yesterday without him.
It is the second case of its kind in a New Zealand port in three years. In 1973 a Soviet fisherman, Ivan Dudko, left a trawler in Lyttelton and was granted asylum by New Zealand.
Mr Dunlop said Lysenko would be given a temporary work permit and help with English lessons. Officials said Moscow's response was unlikely to affect the new fishing agreement the two governments signed in April, which gives Soviet trawlers access to New Zealand waters.
""",
    gold={
        "countries": ["SUN", "NZL"],
        "persons": [
            {"name": "Viktor Lysenko", "aliases": ["Lysenko"], "nationality": "SUN"},
            {"name": "Keith Dunlop", "aliases": ["Dunlop", "Mr Dunlop"], "nationality": "NZL"},
            {"name": "Ivan Dudko", "aliases": [], "nationality": "SUN"},
        ],
        "not_persons": ["Akademik Vavilov"],
        "embassies": [
            {"sending": "SUN", "host": "NZL", "city": "Wellington"},
        ],
        "defections": [
            {"defector": "Viktor Lysenko", "from": "SUN", "to": "NZL", "post_host": None,
             "date": "1976-11-21", "position": "motorman on the Akademik Vavilov"},
            {"defector": "Ivan Dudko", "from": "SUN", "to": "NZL", "post_host": None,
             "date": "1973", "position": "fisherman"},
        ],
        "agreements": [
            {"name": "fishing agreement", "aliases": ["new fishing agreement"],
             "parties": ["SUN", "NZL"], "date": "1976-04", "status": "signed"},
        ],
    })

add(id="fr-011", published="2019-12-05", source="Seoul bureau",
    title="North Korean builder who fled Russian site reaches Seoul",
    text="""
SEOUL, Dec. 5 -- A North Korean construction worker who escaped from a building site in the Russian Far East in August has reached South Korea, Seoul's Unification Ministry said on Thursday.
The man, Pak Chol-min, 34, had worked for three years on apartment blocks in Vladivostok for a company run by the North Korean military, handing over most of his wages to the state. He slipped out of the workers' dormitory at night and travelled more than 1,000 kilometres by bus and train before crossing into a third country, which the ministry did not name. He arrived in Seoul in late October and has been questioned by intelligence officials since.
"He is in good health and has expressed a wish to settle in the South," ministry spokesman Lee Sang-min told a briefing.
Tens of thousands of North Koreans have worked in Russia, earning foreign currency for Pyongyang. A UN Security Council resolution adopted in December 2017 required member states to send them home by December 22 this year. Moscow says the number of North Korean workers in the country has fallen sharply, but rights groups say many have been moved onto student or tourist visas.
Escape from Russia is particularly dangerous because Russian police have in the past detained runaways and returned them, said Kim Yoon-ah, a researcher at the Database Center for North Korean Human Rights. In 2016 a North Korean logger, Choe Myong-su, fled his camp near Khabarovsk and applied for refugee status in Russia, but he was deported weeks later and his fate is unknown.
Pak's family remains in North Korea. The ministry said it would not release further details "for his safety and the safety of his relatives."
""",
    gold={
        "countries": ["PRK", "KOR", "RUS"],
        "persons": [
            {"name": "Pak Chol-min", "aliases": ["Pak"], "nationality": "PRK"},
            {"name": "Lee Sang-min", "aliases": [], "nationality": "KOR"},
            {"name": "Kim Yoon-ah", "aliases": []},
            {"name": "Choe Myong-su", "aliases": [], "nationality": "PRK"},
        ],
        "not_persons": ["Database Center for North Korean Human Rights", "Unification Ministry"],
        "embassies": [],
        "defections": [
            {"defector": "Pak Chol-min", "from": "PRK", "to": "KOR", "post_host": None,
             "date": "2019-08", "position": "construction worker"},
            {"defector": "Choe Myong-su", "from": "PRK", "to": "RUS", "post_host": None,
             "date": "2016", "position": "logger"},
        ],
        "agreements": [],
    })
