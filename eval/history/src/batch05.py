ARTICLES = [
dict(id="hist-040", title="East German Sailor Swims to Danish Ferry, Is Granted Asylum", published="1963-08-13",
source="Wire report", text="""COPENHAGEN, Aug. 12 (Reuters) — A 20-year-old seaman of the East German People's Navy who jumped from a patrol boat in the Baltic and swam for nearly an hour to reach a Danish ferry has been granted political asylum in Denmark, the Ministry of Justice said tonight.
The sailor, Klaus-Peter Riemer, was hauled aboard the ferry Prinsesse Benedikte by crewmen on Sunday afternoon, some six miles off the East German coast near Warnemünde. The patrol boat followed for several minutes, then turned away.
"He was blue with cold and could hardly speak," said the ferry's captain, Erik Holm-Sørensen. "When he could, the first thing he asked was whether we were Danish."
Mr. Riemer told Danish police that he had been conscripted last year and had decided to escape after a friend was shot trying to cross the Berlin Wall. He said he hoped eventually to join an uncle in Hamburg.
East Berlin radio said the sailor had "fallen overboard" and demanded his return. A Danish official said there was "no basis" for the demand.""",
gold={"countries": ["DDR", "DNK"],
 "persons": [{"name": "Klaus-Peter Riemer", "aliases": ["Mr. Riemer"], "nationality": "DDR"},
             {"name": "Erik Holm-Sørensen", "aliases": [], "nationality": "DNK"}],
 "not_persons": ["Prinsesse Benedikte"],
 "embassies": [],
 "defections": [{"defector": "Klaus-Peter Riemer", "from": "DDR", "to": "DNK", "post_host": None, "date": "1963-08-11", "position": "seaman of the East German People's Navy"}],
 "agreements": []}),

dict(id="hist-041", title="Declassified: how two Czechoslovak spies changed sides in the summer of 1969", published="1998-06-30",
source="Newspaper, Prague (English-language weekly)", text="""Files released this month by the Czech Interior Ministry tell in unusual detail the story of two officers of the StB, the Czechoslovak secret police, who defected within weeks of each other in the summer after the Soviet-led invasion.
The first, Major Miroslav Brázda, left for a family holiday on the Bulgarian Black Sea coast in July 1969. From Burgas he travelled, with his wife and son, to the Turkish border and on to Istanbul, where he presented himself at the American consulate. By the end of the month he was in the United States. An internal StB report, dated August 2, describes his flight as "a catastrophe for the First Directorate".
The second case was that of Captain Emil Šindelář, who was serving under diplomatic cover as a second secretary at the Czechoslovak embassy in Beirut. In August, apparently alarmed by the inquiries that followed Brázda's disappearance, he contacted the British embassy in the Lebanese capital. He was flown to London and given asylum in Britain.
"The StB had been purged after the Prague Spring, and the people who remained were demoralised," said Dr. Pavla Nováková, the ministry historian who prepared the release. "These two were the first of several."
Both men were sentenced to death in absentia in 1971. Brázda died in Arizona in 1990; Šindelář, according to the files, was last heard of in Canada.""",
gold={"countries": ["CSK", "SUN", "BGR", "TUR", "USA", "LBN", "GBR", "CAN", "CZE"],
 "persons": [{"name": "Miroslav Brázda", "aliases": ["Brázda"], "nationality": "CSK"},
             {"name": "Emil Šindelář", "aliases": ["Šindelář"], "nationality": "CSK"},
             {"name": "Pavla Nováková", "aliases": []}],
 "not_persons": ["StB", "First Directorate"],
 "embassies": [{"sending": "USA", "host": "TUR", "city": "Istanbul"}, {"sending": "CSK", "host": "LBN", "city": "Beirut"}, {"sending": "GBR", "host": "LBN", "city": None}],
 "defections": [{"defector": "Miroslav Brázda", "from": "CSK", "to": "USA", "post_host": None, "date": "1969-07", "position": "StB major"},
                {"defector": "Emil Šindelář", "from": "CSK", "to": "GBR", "post_host": "LBN", "date": "1969-08", "position": "StB captain, second secretary at the Czechoslovak embassy"}],
 "agreements": []}),

dict(id="hist-042", title="Soviet Diplomat in Rangoon Seeks U.S. Asylum", published="1959-06-28",
source="Newspaper, New York", text="""RANGOON, Burma, June 27 — A young Soviet diplomat has taken refuge in the United States Embassy here and asked for asylum in America, embassy officials confirmed today.
He is Aleksandr Kazakov, 27, a third secretary of the Soviet Embassy, who speaks fluent Burmese and had served here for two years. He arrived at the American chancery by taxi late yesterday afternoon, carrying a briefcase and wearing a raincoat despite the heat.
The Burmese Government, anxious to preserve its neutrality, was said to be "embarrassed." Officials of the Foreign Office held meetings with both the American and Soviet ambassadors this morning.
The Soviet Embassy demanded that Mr. Kazakov be handed over, saying that he had embezzled funds. The American Embassy replied that he had asked to go to the United States and that the request had been granted.
In a statement released through the embassy, Mr. Kazakov said he had become convinced that the Soviet intelligence service was using its diplomats in Burma to undermine the caretaker government of General Ne Win. He said he could "no longer take part in lies."
He is expected to be flown out within days, possibly by way of Bangkok.""",
gold={"countries": ["MMR", "SUN", "USA"],
 "persons": [{"name": "Aleksandr Kazakov", "aliases": ["Mr. Kazakov"], "nationality": "SUN"},
             {"name": "Ne Win", "aliases": [], "nationality": "MMR"}],
 "not_persons": [],
 "embassies": [{"sending": "USA", "host": "MMR", "city": "Rangoon"}, {"sending": "SUN", "host": "MMR", "city": "Rangoon"}],
 "defections": [{"defector": "Aleksandr Kazakov", "from": "SUN", "to": "USA", "post_host": "MMR", "date": "1959-06-26", "position": "third secretary of the Soviet Embassy"}],
 "agreements": []}),

dict(id="hist-043", title="Tito's Washington townhouse sells, ending long limbo", published="2026-10-15",
source="Local news site, Washington", text="""A four-storey brick townhouse on Kalorama Road that once served as the residence of Yugoslavia's ambassadors to the United States has been sold for $6.2 million, according to property records filed on Wednesday, ending more than three decades in which it sat largely empty.
The house hosted Josip Broz Tito during his state visit in October 1963, when he was received by President John F. Kennedy just weeks before the assassination. Neighbours recall motorcades and dinners into the 1980s, when the building was one of the liveliest diplomatic residences in Washington.
After the breakup of Yugoslavia in the early 1990s, the property, like the federation's other missions abroad, was frozen while the successor states argued over their shares. Its paint peeled and a tree grew through the conservatory roof.
"It was the saddest house on the street," said Marianne Okafor, who has lived opposite since 1987.
The buyer, listed as a limited liability company, is believed to be a private developer. Diplomats from two of the former Yugoslav republics said they had been informed of the sale but declined to comment on how the proceeds would be shared.
Other Cold War-era diplomatic buildings in the capital have fared better. The former Soviet Embassy on 16th Street, still used as the Russian ambassador's residence, was restored in the 2000s.""",
gold={"countries": ["YUG", "USA", "SUN", "RUS"],
 "persons": [{"name": "Josip Broz Tito", "aliases": [], "nationality": "YUG"},
             {"name": "John F. Kennedy", "aliases": [], "nationality": "USA"},
             {"name": "Marianne Okafor", "aliases": []}],
 "not_persons": ["Kalorama Road"],
 "embassies": [{"sending": "YUG", "host": "USA", "city": "Washington"}, {"sending": "SUN", "host": "USA", "city": "Washington"}, {"sending": "RUS", "host": "USA", "city": "Washington"}],
 "defections": [],
 "agreements": []}),

dict(id="hist-044", title="Riga Ballerina Stays in Australia as Tour Company Flies On", published="1982-03-05",
source="Australian Associated Press", text="""SYDNEY, Thursday. — A 22-year-old ballerina with the Latvian State Ballet company from Riga has been given permission to remain in Australia after leaving the company's hotel in the early hours of Wednesday.
Miss Daina Liepiņa, a member of the corps de ballet, was driven to a police station in Kings Cross by two members of Sydney's Latvian community, who had befriended her after a performance at the Opera House last week. She asked for political asylum.
The Minister for Immigration and Ethnic Affairs, Mr Ian Macphee, said last night she had been granted a temporary entry permit while her application was considered. "She will not be sent back against her wishes," he said.
An official of the Soviet Embassy in Canberra spent two hours with Miss Liepiņa yesterday afternoon at the Department of Immigration in the presence of an Australian officer. Afterwards she told reporters, through an interpreter, that she was "calm and sure."
One of the women who drove her to the police, Mrs Velta Bērziņa, who fled Riga as a child in 1944, said: "We did not persuade her. She had decided before she ever came here."
The company, which is on a six-week tour of the country, left for Melbourne today.""",
gold={"countries": ["SUN", "AUS"],
 "persons": [{"name": "Daina Liepiņa", "aliases": ["Miss Liepiņa"], "nationality": "SUN"},
             {"name": "Ian Macphee", "aliases": [], "nationality": "AUS"},
             {"name": "Velta Bērziņa", "aliases": []}],
 "not_persons": ["Latvian State Ballet", "Kings Cross", "Opera House"],
 "embassies": [{"sending": "SUN", "host": "AUS", "city": "Canberra"}],
 "defections": [{"defector": "Daina Liepiņa", "from": "SUN", "to": "AUS", "post_host": None, "date": "1982-03-03", "position": "ballerina, corps de ballet"}],
 "agreements": []}),

dict(id="hist-045", title="Yevgeny Pasternakov, Soviet envoy who bargained over SALT, dies at 96", published="2017-05-25",
source="Obituary, international daily", text="""Yevgeny Pasternakov, a Soviet diplomat who spent most of the 1970s shuttling between Moscow, Geneva and Washington as a negotiator on strategic arms, died on Tuesday in Moscow. He was 96. The Russian Foreign Ministry announced his death.
Mr. Pasternakov — no relation, he liked to tell Americans, to the author of "Doctor Zhivago" — served as deputy head of the Soviet delegation to the second round of the Strategic Arms Limitation Talks. He was at the Hofburg in Vienna on June 18, 1979, when Leonid Brezhnev and Jimmy Carter signed the SALT II treaty, limiting each side to 2,400 strategic launchers.
The treaty was never ratified. President Carter withdrew it from Senate consideration in January 1980 after the Soviet invasion of Afghanistan, although both sides said for several years that they would abide by its limits.
Mr. Pasternakov later served as ambassador to Canada and, after 1991, as an adviser to the foreign ministry of Russia. In a memoir published in 2003, he wrote that "SALT II died in Kabul, not in Washington."
American counterparts remembered him as tough but good-humoured. "He could argue for six hours about the definition of a heavy bomber and then take you out for dinner," said Ralph Earle II, a former chief American negotiator, in a 1995 interview.""",
gold={"countries": ["SUN", "USA", "AFG", "CAN", "RUS"],
 "persons": [{"name": "Yevgeny Pasternakov", "aliases": ["Mr. Pasternakov"], "nationality": "SUN"},
             {"name": "Leonid Brezhnev", "aliases": [], "nationality": "SUN"},
             {"name": "Jimmy Carter", "aliases": ["President Carter"], "nationality": "USA"},
             {"name": "Ralph Earle II", "aliases": [], "nationality": "USA"}],
 "not_persons": ["Doctor Zhivago", "Hofburg"],
 "embassies": [{"sending": "SUN", "host": "CAN", "city": None}],
 "defections": [],
 "agreements": [{"name": "SALT II treaty", "aliases": ["SALT II"], "parties": ["SUN", "USA"], "date": "1979-06-18", "status": "signed"}]}),

dict(id="hist-046", title="Reagan and Gorbachev Sign Pact Scrapping Medium-Range Missiles", published="1987-12-09",
source="Wire report", text="""WASHINGTON — President Reagan and Soviet leader Mikhail Gorbachev on Tuesday signed the first treaty ever to eliminate a whole category of nuclear weapons, then pledged to push on toward a far broader agreement cutting long-range arsenals.
The two leaders signed the Intermediate-Range Nuclear Forces Treaty at 1:45 p.m. at a table in the East Room of the White House that was once used by Abraham Lincoln. The agreement requires the United States and the Soviet Union to destroy all their ground-launched missiles with ranges of 300 to 3,400 miles within three years, and provides for inspectors to watch it happen.
"We can only hope that this history-making agreement will not be an end in itself," Gorbachev said. Reagan, quoting a Russian proverb he has used before, said: "Doveryai, no proveryai — trust, but verify."
Officials from both sides said the leaders had made progress during their talks toward a treaty on strategic weapons that would halve long-range arsenals. But Secretary of State George P. Shultz cautioned that such a pact was unlikely to be ready before next spring at the earliest, and possibly not before Reagan leaves office.
The INF treaty now goes to the Senate, where Majority Leader Robert C. Byrd predicted it would be approved "but not without a thorough look."
In West Germany and Britain, where many of the American missiles covered by the treaty are deployed, governments welcomed the signing.""",
gold={"countries": ["USA", "SUN", "DEU", "GBR"],
 "persons": [{"name": "Reagan", "aliases": [], "nationality": "USA"},
             {"name": "Mikhail Gorbachev", "aliases": ["Gorbachev"], "nationality": "SUN"},
             {"name": "Abraham Lincoln", "aliases": []},
             {"name": "George P. Shultz", "aliases": [], "nationality": "USA"},
             {"name": "Robert C. Byrd", "aliases": [], "nationality": "USA"}],
 "not_persons": ["East Room", "White House"],
 "embassies": [],
 "defections": [],
 "agreements": [{"name": "Intermediate-Range Nuclear Forces Treaty", "aliases": ["INF treaty"], "parties": ["USA", "SUN"], "date": "1987-12-08", "status": "signed"},
                {"name": "treaty on strategic weapons", "aliases": [], "parties": ["USA", "SUN"], "date": None, "status": None}]}),

dict(id="hist-047", title="Prague Signs Treaty Allowing Soviet Troops to Stay", published="1968-10-17",
source="Newspaper, Vienna correspondent", text="""VIENNA, Oct. 16 — Czechoslovakia signed a treaty on the conditions of the temporary stay of Soviet troops in Prague today, permitting them to remain on its territory "temporarily," legalizing the occupation that began eight weeks ago.
The treaty was signed in the Hradčany Castle by Premier Oldřich Černík and Premier Aleksei N. Kosygin of the Soviet Union, who flew in for the occasion. According to the Czechoslovak press agency, the agreement does not set a date for the withdrawal of the troops but states that they will not interfere in Czechoslovakia's internal affairs.
The number of Soviet troops to remain was not disclosed. Forces of Poland, Hungary, East Germany and Bulgaria, which took part in the August 21 invasion, are to leave within two months, the agency said.
Travellers arriving here from Prague reported that the signing had been greeted with "sullen silence." Students distributed leaflets in Wenceslas Square calling it "a second Munich," a reference to the 1938 Munich agreement by which Britain and France surrendered the Sudetenland to Hitler's Germany.
The treaty must be ratified by the National Assembly, which is expected to meet for the purpose on Friday.""",
gold={"countries": ["CSK", "SUN", "POL", "HUN", "DDR", "BGR", "GBR", "FRA", "DEU"],
 "persons": [{"name": "Oldřich Černík", "aliases": [], "nationality": "CSK"},
             {"name": "Aleksei N. Kosygin", "aliases": [], "nationality": "SUN"},
             {"name": "Hitler", "aliases": []}],
 "not_persons": ["Hradčany Castle", "Wenceslas Square"],
 "embassies": [],
 "defections": [],
 "agreements": [{"name": "treaty on the conditions of the temporary stay of Soviet troops", "aliases": [], "parties": ["CSK", "SUN"], "date": "1968-10-16", "status": "signed"},
                {"name": "1938 Munich agreement", "aliases": [], "parties": ["GBR", "FRA", "DEU"], "date": "1938", "status": None}]}),

dict(id="hist-048", title="Soviet Major Flees Across Border to Yugoslavia", published="1953-09-15",
source="Wire report", text="""BELGRADE, Sept. 14 (AP) — A major of the Soviet Army stationed with the occupation forces in Hungary crossed into Yugoslavia on Sunday and has asked for political asylum, the Yugoslav news agency Tanjug said today.
Tanjug identified him as Major Nikolai Bystrov, 36, an engineer officer from a unit near Szeged. He was said to have walked across a maize field near the village of Horgoš, in the Vojvodina, in civilian clothes, and to have surrendered to a Yugoslav frontier patrol.
The agency said the officer had told Yugoslav authorities he "could no longer serve a system which tramples on the rights of small nations." Belgrade has given asylum to a number of deserters from the armies of the Cominform countries since Marshal Tito's break with Stalin in 1948, but this is believed to be the first Soviet officer of his rank.
There was no comment from the Soviet Embassy in Belgrade. Diplomatic observers here noted that the crossing came only weeks after Moscow had sent an ambassador to Belgrade for the first time since 1948, and predicted that the incident would be handled quietly.""",
gold={"countries": ["SUN", "HUN", "YUG"],
 "persons": [{"name": "Nikolai Bystrov", "aliases": [], "nationality": "SUN"},
             {"name": "Tito", "aliases": ["Marshal Tito"], "nationality": "YUG"},
             {"name": "Stalin", "aliases": []}],
 "not_persons": ["Tanjug", "Cominform"],
 "embassies": [{"sending": "SUN", "host": "YUG", "city": "Belgrade"}],
 "defections": [{"defector": "Nikolai Bystrov", "from": "SUN", "to": "YUG", "post_host": "HUN", "date": "1953-09-13", "position": "Soviet Army major, engineer officer"}],
 "agreements": []}),

dict(id="hist-049", title="Thirty-five years ago, three men in a forest lodge ended the Soviet Union", published="2026-12-07",
source="History column, online magazine", text="""On the afternoon of 8 December 1991, in a hunting lodge in the Belovezhskaya Pushcha forest, the leaders of Russia, Ukraine and Belarus signed a short document declaring that "the USSR as a subject of international law and a geopolitical reality ceases its existence."
Boris Yeltsin, Leonid Kravchuk and Stanislav Shushkevich had come together, officially, for a hunting weekend. What they produced instead was the Belovezha Accords, also known as the Minsk agreement, which established a Commonwealth of Independent States in place of the union. Mikhail Gorbachev, still nominally president of a country that was disappearing under him, learned of it by telephone — after, by most accounts, Yeltsin had already called George H. W. Bush.
Two weeks later, in Alma-Ata, eight more republics joined the Commonwealth. On 25 December Gorbachev resigned, and the red flag came down over the Kremlin.
Historians still argue about whether the three men acted legally. "They had no mandate to dissolve the Soviet Union," said Yelena Moroz, a historian who has written a book about that weekend. "But by then there was nothing left to dissolve."
Shushkevich, the last of the three signatories, died in 2022.""",
gold={"countries": ["RUS", "UKR", "BLR", "SUN", "USA"],
 "persons": [{"name": "Boris Yeltsin", "aliases": ["Yeltsin"], "nationality": "RUS"},
             {"name": "Leonid Kravchuk", "aliases": [], "nationality": "UKR"},
             {"name": "Stanislav Shushkevich", "aliases": ["Shushkevich"], "nationality": "BLR"},
             {"name": "Mikhail Gorbachev", "aliases": ["Gorbachev"], "nationality": "SUN"},
             {"name": "George H. W. Bush", "aliases": []},
             {"name": "Yelena Moroz", "aliases": []}],
 "not_persons": ["Belovezhskaya Pushcha", "Commonwealth of Independent States"],
 "embassies": [],
 "defections": [],
 "agreements": [{"name": "Belovezha Accords", "aliases": ["Minsk agreement"], "parties": ["RUS", "UKR", "BLR"], "date": "1991-12-08", "status": "signed"}]}),
]
