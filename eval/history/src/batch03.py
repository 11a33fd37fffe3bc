ARTICLES = [
dict(id="hist-020", title="Richard Callaway, envoy to Tito's Yugoslavia, dies at 94", published="2021-03-04",
source="Obituary, U.S. newspaper", text="""Richard T. Callaway, a career Foreign Service officer who was ambassador to Yugoslavia during the final years of Josip Broz Tito's rule and who later warned, in vain, that the federation would not long survive its founder, died on Tuesday at his home in Chevy Chase, Md. He was 94.
His son, Andrew, confirmed the death and said his father had been in declining health.
Mr. Callaway arrived at the American Embassy in Belgrade in 1977, after postings in Vienna, Warsaw and Moscow. He developed an unusually warm relationship with Tito, who invited him several times to his island retreat at Brioni. When the marshal died in May 1980, Mr. Callaway helped organize the American delegation to the funeral, led by Vice President Walter Mondale.
In a long cable in 1981, later declassified and widely quoted, he predicted that Yugoslavia's republics would "pull in six directions" once the generation of wartime partisans had passed. Colleagues at the State Department nicknamed the document "the Callaway Doctrine," though he hated the phrase.
After leaving government in 1986 he taught at Georgetown University and wrote "Marshal of the Balkans," a study of Tito's foreign policy that remained a standard text for years.
"He understood that the country was held together by one man's will and a great deal of Western money," said Dragana Petković, a historian who worked with him in the 1990s.
Besides his son, he is survived by a daughter, Ellen Moss, and five grandchildren.""",
gold={"countries": ["YUG", "USA", "AUT", "POL", "SUN"],
 "persons": [{"name": "Richard T. Callaway", "aliases": ["Mr. Callaway"], "nationality": "USA"},
             {"name": "Andrew", "aliases": []},
             {"name": "Josip Broz Tito", "aliases": ["Tito"], "nationality": "YUG"},
             {"name": "Walter Mondale", "aliases": [], "nationality": "USA"},
             {"name": "Dragana Petković", "aliases": []},
             {"name": "Ellen Moss", "aliases": []}],
 "not_persons": ["Callaway Doctrine", "Marshal of the Balkans", "Brioni"],
 "embassies": [{"sending": "USA", "host": "YUG", "city": "Belgrade"}, {"sending": "USA", "host": "AUT", "city": "Vienna"}, {"sending": "USA", "host": "POL", "city": "Warsaw"}, {"sending": "USA", "host": "SUN", "city": "Moscow"}],
 "defections": [],
 "agreements": []}),

dict(id="hist-021", title="Bolshoi Dancer Seeks Asylum; Wife Flies Home to Moscow", published="1979-08-25",
source="Newspaper, New York", text="""A principal dancer of the Bolshoi Ballet, which is ending its American tour, has asked for political asylum in the United States, immigration officials said yesterday.
Igor Stepanov, 29, failed to appear for a rehearsal at the Metropolitan Opera House on Wednesday morning. Friends said he had spent the night at the apartment of an American acquaintance on the Upper West Side and had gone that afternoon, accompanied by a lawyer, to the offices of the Immigration and Naturalization Service.
His wife, Lyudmila Stepanova, a soloist with the company, was put aboard an Aeroflot flight to Moscow on Thursday evening. The plane was held on the runway at Kennedy International Airport for several hours while State Department officials, at Mr. Stepanov's urging, sought to establish whether she was leaving of her own free will. After speaking with her in a mobile lounge, they concluded that she was, and the aircraft was allowed to take off.
"It is his decision, not mine," she was quoted as saying through an interpreter.
A spokesman for the Soviet Embassy in Washington called the episode "a provocation" and accused the United States of "kidnapping" the dancer. The company's director, Yuri Grigorovich, said only that "the Bolshoi has many fine dancers."
The acquaintance who sheltered Mr. Stepanov, a photographer named Daniel Reiss, said the dancer was "exhausted and very sad about his wife."
Mr. Stepanov, who joined the Bolshoi in 1968, has danced the lead in "Spartacus" and "Ivan the Terrible." """,
gold={"countries": ["SUN", "USA"],
 "persons": [{"name": "Igor Stepanov", "aliases": ["Mr. Stepanov"], "nationality": "SUN"},
             {"name": "Lyudmila Stepanova", "aliases": [], "nationality": "SUN"},
             {"name": "Yuri Grigorovich", "aliases": [], "nationality": "SUN"},
             {"name": "Daniel Reiss", "aliases": []}],
 "not_persons": ["Bolshoi Ballet", "Spartacus", "Ivan the Terrible", "Aeroflot"],
 "embassies": [{"sending": "SUN", "host": "USA", "city": "Washington"}],
 "defections": [{"defector": "Igor Stepanov", "from": "SUN", "to": "USA", "post_host": None, "date": "1979-08-22", "position": "principal dancer of the Bolshoi Ballet"}],
 "agreements": []}),

dict(id="hist-022", title="'Comrade Lisowski' review: a defector's tale that never quite escapes", published="2010-09-18",
source="Book review, weekend supplement", text="""The hero of Martin Ashdown's fourth novel is a Polish cipher clerk who, in the freezing January of 1962, decides to walk out of his embassy in Copenhagen and into the arms of the Danes. Comrade Lisowski, as the book is titled, has everything the genre asks for: a dead drop in a cemetery, a suspicious ambassador, a woman who may or may not be working for the other side.
What it lacks is surprise. Ashdown, a former BBC correspondent in Warsaw, knows his period, and his descriptions of the grey city and its ration queues are the best thing in the book. But Tadeusz Lisowski himself never comes alive. He defects on page 40 and spends the remaining three hundred pages in safe houses, being debriefed by a pair of British officers named Hale and Pritchard who seem to have wandered in from an older, better novel.
There are echoes here of real cases — Ashdown thanks in his afterword the historian Kirsten Lund of Aarhus, who has written about Warsaw Pact defectors in Scandinavia — but the fictional clerk's story adds little to what we already know.
Comrade Lisowski is published by Harrow & Finch at £16.99.""",
gold={"countries": ["POL", "DNK", "GBR"],
 "persons": [{"name": "Martin Ashdown", "aliases": ["Ashdown"]},
             {"name": "Kirsten Lund", "aliases": []}],
 "not_persons": ["Comrade Lisowski", "Tadeusz Lisowski", "Hale", "Pritchard", "Harrow & Finch", "BBC"],
 "embassies": [],
 "defections": [],
 "agreements": []}),

dict(id="hist-023", title="Yugoslav Diplomat Quits Legation, Asks Argentine Asylum", published="1951-02-10",
source="Wire report", text="""BUENOS AIRES, Feb. 9 (UP) — The first secretary of the Yugoslav legation here, Milan Radovanović, has broken with the Tito government and asked Argentina for political asylum, the Foreign Ministry announced tonight.
The ministry said Mr. Radovanović, 41, presented himself at its offices on Thursday with a letter renouncing his post. He charged that the Belgrade regime "differs from the Cominform only in the name of its master" and said he had been ordered to spy on Yugoslav emigrants in Argentina, among whom are several thousand Croats and Serbs who left after the war.
The Yugoslav minister, Dr. Stevan Jakšić, told reporters that Mr. Radovanović had been dismissed two weeks ago for "financial irregularities" and that the legation would ask for his extradition.
Argentine officials said that asylum had been granted provisionally and that the diplomat was living with relatives in the suburb of Quilmes. It is the third defection from a Yugoslav mission abroad since Marshal Tito's break with Moscow in 1948.""",
gold={"countries": ["YUG", "ARG", "SUN"],
 "persons": [{"name": "Milan Radovanović", "aliases": ["Mr. Radovanović"], "nationality": "YUG"},
             {"name": "Stevan Jakšić", "aliases": [], "nationality": "YUG"},
             {"name": "Tito", "aliases": ["Marshal Tito"], "nationality": "YUG"}],
 "not_persons": ["Cominform"],
 "embassies": [{"sending": "YUG", "host": "ARG", "city": "Buenos Aires"}],
 "defections": [{"defector": "Milan Radovanović", "from": "YUG", "to": "ARG", "post_host": "ARG", "date": "1951-02-08", "position": "first secretary of the Yugoslav legation"}],
 "agreements": []}),

dict(id="hist-024", title="Swedish files detail 1969 escape of KGB officer from Stockholm embassy", published="2006-04-11",
source="Nordic news service", text="""STOCKHOLM — Documents released by Sweden's Security Service have for the first time described in detail how a KGB officer serving at the Soviet embassy in Stockholm slipped out of the building in November 1969 and was flown to the United States within forty-eight hours.
The officer, Major Viktor Lysenko, was listed as a second secretary responsible for cultural exchanges. According to the papers, he had been meeting a CIA officer secretly for almost a year when he learned that he was to be recalled to Moscow.
On the evening of 3 November he left the embassy on foot, telling the guard he was going to a concert, and was picked up by an American car near the Royal Opera. Swedish officials were informed only the next morning, when the US ambassador asked for permission to fly him out from Bromma.
"The Swedish government was not pleased," said Anders Lindqvist, the historian who requested the release. "Sweden was neutral, and here was the CIA running an operation on its territory without telling anyone." Stockholm nonetheless allowed the flight to leave, the documents show.
Lysenko was granted asylum in the United States and testified before a Senate subcommittee in 1971. He died in Virginia in 1994.""",
gold={"countries": ["SWE", "SUN", "USA"],
 "persons": [{"name": "Viktor Lysenko", "aliases": ["Lysenko"], "nationality": "SUN"},
             {"name": "Anders Lindqvist", "aliases": [], "nationality": "SWE"}],
 "not_persons": ["Royal Opera", "Bromma"],
 "embassies": [{"sending": "SUN", "host": "SWE", "city": "Stockholm"}, {"sending": "USA", "host": "SWE", "city": None}],
 "defections": [{"defector": "Viktor Lysenko", "from": "SUN", "to": "USA", "post_host": "SWE", "date": "1969-11-03", "position": "KGB major, second secretary for cultural exchanges"}],
 "agreements": []}),

dict(id="hist-025", title="Summit Collapses Over 'Star Wars'; Reagan and Gorbachev Part Without Accord", published="1986-10-13",
source="Wire report", text="""REYKJAVIK, Iceland — The weekend summit between President Reagan and Soviet leader Mikhail Gorbachev broke up in disappointment Sunday night after the two men came tantalisingly close to sweeping cuts in their nuclear arsenals, then deadlocked over the American Strategic Defense Initiative.
Secretary of State George Shultz, grim-faced, told reporters at the Loftleidir Hotel that "we are deeply disappointed." He said the Soviet side had made any reductions conditional on confining research on space-based defenses to the laboratory, which the president would not accept.
Gorbachev, at his own news conference, said the United States had "missed a historic chance." He insisted that proposals laid on the table at Hofdi House remained valid, but he set no date for another meeting.
Aides said the two leaders had discussed eliminating all ballistic missiles within ten years, and even, at one point, all nuclear weapons. None of it was written down in a form either side was willing to sign.
"It's not over," said one senior American official as the Air Force jet prepared to leave. "But nobody should pretend tonight that we have a deal." """,
gold={"countries": ["USA", "SUN"],
 "persons": [{"name": "Reagan", "aliases": [], "nationality": "USA"},
             {"name": "Mikhail Gorbachev", "aliases": ["Gorbachev"], "nationality": "SUN"},
             {"name": "George Shultz", "aliases": [], "nationality": "USA"}],
 "not_persons": ["Strategic Defense Initiative", "Loftleidir Hotel", "Hofdi House"],
 "embassies": [],
 "defections": [],
 "agreements": []}),

dict(id="hist-026", title="Bush and Gorbachev Sign Treaty Cutting Long-Range Arsenals", published="1991-08-01",
source="Newspaper, Washington", text="""MOSCOW, July 31 — After nine years of negotiation, President Bush and President Mikhail S. Gorbachev today signed the Strategic Arms Reduction Treaty, the first agreement to actually reduce, rather than merely cap, the long-range nuclear weapons of the United States and the Soviet Union.
The two leaders used pens made from the metal of scrapped missiles to sign the 700-page document in St. Vladimir's Hall. Under START, each side will cut its strategic warheads by roughly a third over seven years, to about 6,000 accountable weapons.
"We are reducing the level of mistrust," Gorbachev said. Bush called the treaty "a major step forward for our mutual security and the cause of world peace."
The treaty must still be ratified by the Senate and the Supreme Soviet. Some American conservatives have already complained that it leaves the Soviet Union too many heavy SS-18 missiles, and officials here acknowledged that ratification could take a year or more.
The summit also produced a joint statement on the Middle East, in which the two governments announced they would co-sponsor a peace conference in October.""",
gold={"countries": ["USA", "SUN"],
 "persons": [{"name": "Bush", "aliases": [], "nationality": "USA"},
             {"name": "Mikhail S. Gorbachev", "aliases": ["Gorbachev"], "nationality": "SUN"}],
 "not_persons": ["SS-18"],
 "embassies": [],
 "defections": [],
 "agreements": [{"name": "Strategic Arms Reduction Treaty", "aliases": ["START"], "parties": ["USA", "SUN"], "date": "1991-07-31", "status": "signed"},
                {"name": "joint statement on the Middle East", "aliases": [], "parties": ["USA", "SUN"], "date": "1991-07-31", "status": None}]}),

dict(id="hist-027", title="Mao and Stalin Seal 30-Year Alliance", published="1950-02-15",
source="Wire report", text="""MOSCOW, Feb. 14 (AP) — The Soviet Union and Communist China signed tonight a 30-year treaty of friendship, alliance and mutual assistance, pledging to come to each other's aid if either is attacked by Japan "or any state allied with it."
The treaty was signed in the Kremlin by Foreign Minister Andrei Y. Vishinsky for the Soviet Union and Premier Chou En-lai for the Chinese People's Republic, in the presence of Prime Minister Stalin and Mao Tse-tung, chairman of the Peking government, who has been in Moscow since mid-December.
Accompanying agreements provide for the return to China of the Manchurian railway and of the naval base at Port Arthur by 1952, and for a Soviet credit of $300,000,000 over five years.
Western diplomats here regarded the pact as a clear warning to the United States, whose forces occupy Japan. In Washington, a State Department official said the agreement "makes plain what has been obvious for some time" — that the new Chinese regime had placed itself firmly in the Soviet camp.
The treaty comes into force on ratification and may be extended for further five-year periods.""",
gold={"countries": ["SUN", "CHN", "JPN", "USA"],
 "persons": [{"name": "Andrei Y. Vishinsky", "aliases": [], "nationality": "SUN"},
             {"name": "Chou En-lai", "aliases": [], "nationality": "CHN"},
             {"name": "Stalin", "aliases": [], "nationality": "SUN"},
             {"name": "Mao Tse-tung", "aliases": [], "nationality": "CHN"}],
 "not_persons": ["Port Arthur"],
 "embassies": [],
 "defections": [],
 "agreements": [{"name": "treaty of friendship, alliance and mutual assistance", "aliases": [], "parties": ["SUN", "CHN"], "date": "1950-02-14", "status": "signed"},
                {"name": "Accompanying agreements", "aliases": [], "parties": ["SUN", "CHN"], "date": None, "status": None}]}),

dict(id="hist-028", title="Peking Says It Will Let Soviet Pact Lapse", published="1979-04-04",
source="Newspaper, London", text="""HONG KONG, April 3 — China told the Soviet Union today that it would not extend the 1950 Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance when the 30-year agreement runs out next year.
The decision, announced by the New China News Agency after a meeting of the Standing Committee of the National People's Congress, was conveyed to the Soviet ambassador in Peking, Ilya Shcherbakov, by Foreign Minister Huang Hua.
The treaty, signed in Moscow by Stalin and Mao Tse-tung, will remain in force until April 11, 1980. Under its terms, either side had to give a year's notice if it did not wish to renew.
The Chinese statement said the treaty had "long ceased to have any meaning" and proposed talks with Moscow on "outstanding issues" between the two countries. Diplomats in Peking noted that this was the first such offer in years.
There was no immediate reaction from the Soviet capital. Relations have been at a low point since border clashes on the Ussuri River ten years ago, and Peking's invasion of Vietnam in February drew angry protests from Moscow, Hanoi's principal ally.""",
gold={"countries": ["CHN", "SUN", "VNM"],
 "persons": [{"name": "Ilya Shcherbakov", "aliases": [], "nationality": "SUN"},
             {"name": "Huang Hua", "aliases": [], "nationality": "CHN"},
             {"name": "Stalin", "aliases": [], "nationality": "SUN"},
             {"name": "Mao Tse-tung", "aliases": [], "nationality": "CHN"}],
 "not_persons": ["New China News Agency"],
 "embassies": [{"sending": "SUN", "host": "CHN", "city": "Peking"}],
 "defections": [],
 "agreements": [{"name": "Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance", "aliases": [], "parties": ["CHN", "SUN"], "date": "1950", "status": "in_force"}]}),

dict(id="hist-029", title="Candy bombers and cargo manifests: new Berlin Airlift exhibition opens", published="2024-06-26",
source="Culture desk, English-language news site", text="""BERLIN — Seventy-five years after the last of the "Rosinenbomber" landed at Tempelhof, the Allied Museum has opened an exhibition built around the paperwork of the Berlin Airlift: load sheets, weather logs, pilots' letters home and thousands of children's drawings sent to the aircrews.
The airlift began in June 1948, after the Soviet military administration cut road, rail and canal links to the western sectors of the city. For almost eleven months American and British transport planes flew in food, coal and medicine, at the peak landing every few minutes.
The exhibition's centrepiece is a restored C-54 cockpit and the handkerchief parachutes that gave the operation its best-known image. They were the idea of Lieutenant Gail Halvorsen, the American pilot who began dropping sweets to children watching the planes, and who died in 2022 at the age of 101.
"We wanted to show the logistics as well as the romance," said the curator, Bettina Kreuzer. "Somebody had to decide, every hour, whether the next plane carried flour or coal."
The show, funded partly by Germany's federal culture commissioner, runs until next spring. A smaller version will travel to Wiesbaden, once a key airlift base, in the autumn.""",
gold={"countries": ["SUN", "USA", "GBR", "DEU"],
 "persons": [{"name": "Gail Halvorsen", "aliases": [], "nationality": "USA"},
             {"name": "Bettina Kreuzer", "aliases": []}],
 "not_persons": ["Rosinenbomber", "Allied Museum", "Tempelhof"],
 "embassies": [],
 "defections": [],
 "agreements": []}),
]
