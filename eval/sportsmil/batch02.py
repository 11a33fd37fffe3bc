ARTICLES = [
{"id": "spmil-010", "title": "Red Army private swims canal to West Berlin", "published": "1966-05-17", "source": "Wire report (archive)",
"text": """BERLIN, May 16 — A 20-year-old Soviet Army private swam across the Teltow Canal into the American sector of West Berlin early today and asked for asylum, United States Army officials said.
The soldier, whose name was given as Pvt. Vasily Terentyevich Golub, had been serving with a Soviet signals unit stationed near Potsdam in East Germany. He told West Berlin police who pulled him from the water that he had deserted his unit two nights earlier and hidden in a garden shed.
East German border guards fired several shots as he climbed out on the western bank, witnesses said. No one was hit.
Golub was handed over to American military authorities within the hour. A U.S. Army spokesman, Maj. Robert T. Ellison, said only that the soldier had "requested political asylum in the United States" and that the request was "under consideration at the appropriate level." He was flown to Frankfurt in the afternoon.
The Soviet commandant in Berlin protested to his American counterpart and demanded the "immediate return of the deserter." West German officials in Bonn said the matter was one for the Allied powers.
It is believed to be the first defection of a Soviet serviceman in Berlin since the Wall went up in August 1961."""
,"gold": {"countries": ["SUN", "DDR", "USA", "DEU"],
 "persons": [
  {"name": "Vasily Terentyevich Golub", "aliases": ["Golub"], "nationality": "SUN"},
  {"name": "Robert T. Ellison", "aliases": [], "nationality": "USA"}],
 "not_persons": ["Teltow Canal"],
 "embassies": [],
 "defections": [
  {"defector": "Vasily Terentyevich Golub", "from": "SUN", "to": "USA", "post_host": "DDR", "date": "1966-05-16", "position": "private, Soviet Army signals unit"}],
 "agreements": []}},

{"id": "spmil-011", "title": "Minders, not medals, the story as North Korea's team lands in Nagoya", "published": "2026-09-18", "source": "Sports feature service",
"text": """NAGOYA — The North Korean delegation to the Asian Games arrived on a chartered Air Koryo flight on Thursday, walking in tight formation past a small knot of photographers and into two waiting buses without a word.
There were 84 athletes, by the organisers' count, and roughly as many officials, coaches and what one Japanese police officer called, with a shrug, "people whose sport is unclear."
The team's arrival had been the subject of weeks of speculation in the Japanese press about security arrangements, about whether Tokyo would allow a North Korean flag to be raised at the athletes' village, and about whether anyone would try to stay behind. Japan's chief cabinet secretary, asked about the last point on Wednesday, said the government would "respond appropriately in accordance with the law to any situation," a formula he repeated three times.
Defectors' groups in Seoul say the risk is small. "The ones they send abroad have families at home. That is the whole system," said Park Eun-ha, a researcher at a Seoul institute who has interviewed hundreds of escapees who crossed into China over the past two decades. Not one of them, she said, had been a member of a touring sports team.
The delegation's leader, Kim Yong-chol — a sports ministry official, not the better-known general of the same name — told the Korean-language newspaper Choson Sinbo that the athletes had come "to demonstrate the honour of the Republic."
North Korea's women's footballers, the reigning champions, open their campaign on Saturday."""
,"gold": {"countries": ["PRK", "JPN", "KOR", "CHN"],
 "persons": [
  {"name": "Park Eun-ha", "aliases": []},
  {"name": "Kim Yong-chol", "aliases": [], "nationality": "PRK"}],
 "not_persons": ["Air Koryo", "Choson Sinbo"],
 "embassies": [],
 "defections": [],
 "agreements": []}},

{"id": "spmil-012", "title": "Thailand suspends Kuala Lumpur peace declaration with Cambodia after mine blast", "published": "2025-11-11", "source": "Regional wire",
"text": """BANGKOK — Thailand said on Monday it was suspending implementation of the peace declaration it signed with Cambodia last month, after two Thai soldiers were wounded by a landmine along the disputed border.
The joint declaration, signed in Kuala Lumpur on Oct. 26 in the presence of the Malaysian prime minister and the U.S. president, committed both countries to withdraw heavy weapons from the frontier, clear mines and release prisoners. Thai officials said the mine that exploded on Monday morning had been newly laid, a claim Phnom Penh rejected.
"We cannot carry out our part while the other side plants explosives where our men walk," a government spokeswoman, Siriporn Chaiwat, told reporters. She said the suspension would last "until there is clarity."
Cambodia's defence ministry said the mine was a leftover from decades of war and accused Bangkok of looking for a pretext. A spokesman, Chhum Sovann, said Cambodia "remains committed to every word" of the declaration.
Both sides stressed that the ceasefire agreed in July after five days of fighting was not affected. That truce, brokered with Malaysian help, remains in place, and there were no reports of shooting on Monday.
Diplomats in the region said the suspension was likely to complicate the return of 18 Cambodian soldiers held by Thailand since the summer clashes."""
,"gold": {"countries": ["THA", "KHM", "MYS", "USA"],
 "persons": [
  {"name": "Siriporn Chaiwat", "aliases": [], "nationality": "THA"},
  {"name": "Chhum Sovann", "aliases": [], "nationality": "KHM"}],
 "not_persons": [],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Kuala Lumpur peace declaration", "aliases": ["joint declaration"], "parties": ["THA", "KHM"], "date": "2025-10-26", "status": "suspended"},
  {"name": "July ceasefire", "aliases": ["truce"], "parties": ["THA", "KHM"], "date": "2025-07", "status": "in_force"}]}},

{"id": "spmil-013", "title": "Soviet trawlerman leaps to quayside in St. John's, asks to stay", "published": "1982-07-10", "source": "Canadian Press-style wire",
"text": """ST. JOHN'S, Nfld. — A young deckhand from a Soviet fishing trawler jumped from his ship onto the quay here late Friday and ran to a harbour police car, asking in broken English to "stay in Canada, please."
The man, identified by immigration officials as Aivars Ozoliņš, 23, from Riga in Soviet Latvia, had been with the stern trawler Kapitan Sorokin since it put in for repairs on Tuesday. He was taken to a local hotel under RCMP guard.
Crew members who saw him jump said he had been on deck watch. The trawler's master, Ivan Pakhomov, came ashore with a Soviet consular official from Montreal on Saturday morning and asked to see the seaman, but was refused.
An Employment and Immigration Canada spokesman, Doug MacLeod, said Ozoliņš had made a refugee claim and would not be forced back aboard. "This isn't 1970," he added — a reference to the case of Simas Kudirka, the Lithuanian radio operator who jumped onto a U.S. Coast Guard cutter off Martha's Vineyard that year and asked for asylum, only to be handed back to his Soviet captain.
The Kapitan Sorokin was due to sail on Monday."""
,"gold": {"countries": ["SUN", "CAN", "USA"],
 "persons": [
  {"name": "Aivars Ozoliņš", "aliases": ["Ozoliņš"], "nationality": "SUN"},
  {"name": "Ivan Pakhomov", "aliases": [], "nationality": "SUN"},
  {"name": "Doug MacLeod", "aliases": [], "nationality": "CAN"},
  {"name": "Simas Kudirka", "aliases": []}],
 "not_persons": ["Kapitan Sorokin", "RCMP", "Martha's Vineyard"],
 "embassies": [{"sending": "SUN", "host": "CAN", "city": "Montreal"}],
 "defections": [
  {"defector": "Aivars Ozoliņš", "from": "SUN", "to": "CAN", "post_host": None, "date": "1982-07-09", "position": "deckhand, Soviet trawler Kapitan Sorokin"},
  {"defector": "Simas Kudirka", "from": "SUN", "to": "USA", "post_host": None, "date": "1970", "position": "radio operator"}],
 "agreements": []}},

{"id": "spmil-014", "title": "Two Cuban boxing coaches quit Venezuela mission, now in Miami", "published": "2012-04-19", "source": "Miami-based Spanish-language daily (English edition)",
"text": """Reinier Sotolongo spent four years teaching teenagers in the slums of Barquisimeto how to keep their guard up. On Wednesday he stood in a community gym in Hialeah, a free man, he said, for the first time in his life.
Sotolongo, 38, and a fellow Cuban boxing instructor, Alexis Garcés, 41, were among the thousands of sports trainers Havana sends to Venezuela under the cooperation accord the two governments signed in 2000, which swaps Venezuelan oil for Cuban doctors, teachers and coaches. Both men said they had been required to hand their passports to a Cuban supervisor on arrival.
In January they slipped away from the Cuban mission's housing compound, travelled by bus to the border town of San Antonio del Táchira and walked across a bridge into Colombia. In Bogotá they went to the U.S. Embassy and asked for protection. They arrived in Miami last month.
"They pay us a fraction and keep the rest, and they watch you like a prisoner," Garcés said. "A coach is supposed to teach discipline. They taught us fear."
A lawyer who has represented dozens of Cuban professionals in similar cases, Marisol Echemendía, said coaches, unlike doctors, have no special U.S. parole program and must rely on ordinary asylum claims.
Venezuela's sports ministry did not respond to questions. The oil-for-services arrangement remains in effect, although Caracas has cut shipments in recent months."""
,"gold": {"countries": ["CUB", "VEN", "COL", "USA"],
 "persons": [
  {"name": "Reinier Sotolongo", "aliases": ["Sotolongo"], "nationality": "CUB"},
  {"name": "Alexis Garcés", "aliases": ["Garcés"], "nationality": "CUB"},
  {"name": "Marisol Echemendía", "aliases": []}],
 "not_persons": [],
 "embassies": [{"sending": "USA", "host": "COL", "city": "Bogotá"}],
 "defections": [
  {"defector": "Reinier Sotolongo", "from": "CUB", "to": "USA", "post_host": "VEN", "date": "2012-01", "position": "boxing coach, Cuban mission in Venezuela"},
  {"defector": "Alexis Garcés", "from": "CUB", "to": "USA", "post_host": "VEN", "date": "2012-01", "position": "boxing coach, Cuban mission in Venezuela"}],
 "agreements": [
  {"name": "Cuba-Venezuela cooperation accord", "aliases": ["oil-for-services arrangement"], "parties": ["CUB", "VEN"], "date": "2000", "status": "in_force"}]}},

{"id": "spmil-015", "title": "Iranian chess player who dropped headscarf settles in Spain", "published": "2023-01-07", "source": "International news agency",
"text": """An Iranian chess player who competed without a headscarf at a tournament in Kazakhstan last month has moved to Spain and does not plan to return home, people close to her said on Friday.
Mahsa Karimi, 25, a woman grandmaster ranked in Iran's top five, appeared bareheaded at the world rapid and blitz championships in Almaty in late December, in what was widely seen as a gesture of support for the protest movement sweeping Iran since September.
According to a friend who spoke on condition of anonymity, Karimi received warnings after the event telling her not to come back, and a relative in Tehran was summoned for questioning. She flew from Almaty to Madrid, where she has been offered a place at a club in the capital, with her husband, the film-maker Arash Nouri.
The Iranian chess federation's president, Mehdi Shafiei, told a semi-official news agency the federation "had no information" about Karimi's whereabouts.
Iran has a history of athletes abandoning the national team. The judoka Saeid Mollaei refused to return after the 2019 world championships in Tokyo, saying he had been ordered to lose to avoid facing an Israeli opponent, and later fought for Mongolia after settling in Germany.
Spain's foreign ministry said it did not comment on individual cases."""
,"gold": {"countries": ["IRN", "KAZ", "ESP", "MNG", "DEU", "ISR"],
 "persons": [
  {"name": "Mahsa Karimi", "aliases": ["Karimi"], "nationality": "IRN"},
  {"name": "Arash Nouri", "aliases": []},
  {"name": "Mehdi Shafiei", "aliases": [], "nationality": "IRN"},
  {"name": "Saeid Mollaei", "aliases": [], "nationality": "IRN"}],
 "not_persons": [],
 "embassies": [],
 "defections": [
  {"defector": "Mahsa Karimi", "from": "IRN", "to": "ESP", "post_host": None, "date": "2022-12", "position": "chess player, woman grandmaster"},
  {"defector": "Saeid Mollaei", "from": "IRN", "to": "DEU", "post_host": None, "date": "2019", "position": "judoka"}],
 "agreements": []}},

{"id": "spmil-016", "title": "New START lapses, leaving no limits on the two largest arsenals", "published": "2026-02-06", "source": "Security affairs newsletter",
"text": """For the first time in more than half a century, there is no treaty capping the strategic nuclear forces of the United States and Russia.
New START, signed in Prague in 2010 and extended once for five years in 2021, expired at the end of Thursday. There was no ceremony and no joint statement. Russia had already suspended its participation in 2023, halting the on-site inspections and data exchanges that were the treaty's backbone, though both sides said at the time they would keep to its central limits.
"What ends today is not just a number on warheads. It's the habit of looking at each other's missiles," said Olga Vetrova, a former Russian arms-control negotiator now at a research institute in Vienna.
Officials in Washington said they had received no formal proposal from Moscow for a follow-on agreement. An informal suggestion floated by the Kremlin last year — that each side would voluntarily keep to the old ceilings for one more year if the other did the same — was never taken up in writing.
Marcus Feld, a nuclear policy researcher at a Washington think tank, said the bigger worry was China, whose arsenal is growing and which has refused to join any trilateral talks. "The bilateral era is over whether we like it or not," he said.
The treaty's predecessors, the 1991 START accord signed with the Soviet Union and the 2002 Moscow Treaty between Washington and Moscow, have long since lapsed."""
,"gold": {"countries": ["USA", "RUS", "CHN", "SUN"],
 "persons": [
  {"name": "Olga Vetrova", "aliases": [], "nationality": "RUS"},
  {"name": "Marcus Feld", "aliases": []}],
 "not_persons": ["Kremlin"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "New START", "aliases": [], "parties": ["USA", "RUS"], "date": "2010", "status": "terminated"},
  {"name": "START", "aliases": ["1991 START accord"], "parties": ["USA", "SUN"], "date": "1991", "status": "terminated"},
  {"name": "Moscow Treaty", "aliases": ["2002 Moscow Treaty"], "parties": ["USA", "RUS"], "date": "2002", "status": "terminated"}]}},

{"id": "spmil-017", "title": "Cuban jazz players stay behind after festival set", "published": "2014-06-10", "source": "Arts & culture desk",
"text": """Three members of a Havana jazz ensemble that played the closing night of a festival in Miami on Saturday did not show up at the airport for their Sunday flight home, and by Monday they were filling out paperwork to stay in the United States.
The band's leader confirmed the departures in a terse message to the festival organisers. The three, according to a friend who housed them, are trumpeter Lázaro Urquiza, 31; bassist Yoel Ferrer Vidal, 28; and the group's youngest member, percussionist Dayron Milián, who turned 22 last week.
"They played the best concert of their lives and then they made the hardest decision of their lives," said the friend, Iliana Portuondo, a Cuban-born music teacher in Little Havana.
Under the Cuban Adjustment Act, Cubans who reach U.S. soil can apply for permanent residence after a year. Critics in Washington say the policy encourages exactly this kind of departure; defenders say it is a lifeline. The 1995 migration accords between Washington and Havana, which allow Cubans intercepted at sea to be returned, do not cover those who arrive by plane.
The remaining five members of the ensemble flew back to Havana on Sunday. Cuba's culture ministry has not commented."""
,"gold": {"countries": ["CUB", "USA"],
 "persons": [
  {"name": "Lázaro Urquiza", "aliases": [], "nationality": "CUB"},
  {"name": "Yoel Ferrer Vidal", "aliases": [], "nationality": "CUB"},
  {"name": "Dayron Milián", "aliases": [], "nationality": "CUB"},
  {"name": "Iliana Portuondo", "aliases": []}],
 "not_persons": ["Cuban Adjustment Act", "Little Havana"],
 "embassies": [],
 "defections": [
  {"defector": "Lázaro Urquiza", "from": "CUB", "to": "USA", "post_host": None, "date": "2014-06-08", "position": "trumpeter, Havana jazz ensemble"},
  {"defector": "Yoel Ferrer Vidal", "from": "CUB", "to": "USA", "post_host": None, "date": "2014-06-08", "position": "bassist, Havana jazz ensemble"},
  {"defector": "Dayron Milián", "from": "CUB", "to": "USA", "post_host": None, "date": "2014-06-08", "position": "percussionist, Havana jazz ensemble"}],
 "agreements": [
  {"name": "1995 migration accords", "aliases": [], "parties": ["USA", "CUB"], "date": "1995", "status": None}]}},

{"id": "spmil-018", "title": "Test-ban talks recess with positions unchanged", "published": "1962-09-08", "source": "Wire report (archive)",
"text": """GENEVA, Sept. 7 — Negotiators for the United States, Britain and the Soviet Union ended another round of talks on stopping nuclear weapons tests today no closer to an understanding than when they began in March, and agreed only to meet again after the United Nations General Assembly session.
The sticking point remains inspection. The Western delegations, led by Arthur H. Dean of the United States, insist that any ban on underground explosions must be checked by on-site visits. The Soviet representative, Vasily V. Kuznetsov, told the final session that Moscow would accept "not one inspector, not one spy" on its territory.
A Western diplomat described the mood as "polite and hopeless." British officials said London still hoped a ban limited to tests in the atmosphere, in space and under water might be possible, since such explosions can be detected without inspectors, but the Russians have so far insisted on an all-or-nothing approach.
Eight non-aligned nations taking part in the wider disarmament conference, among them India, Sweden and Mexico, circulated a memorandum urging the three powers to keep talking."""
,"gold": {"countries": ["USA", "GBR", "SUN", "IND", "SWE", "MEX"],
 "persons": [
  {"name": "Arthur H. Dean", "aliases": [], "nationality": "USA"},
  {"name": "Vasily V. Kuznetsov", "aliases": [], "nationality": "SUN"}],
 "not_persons": [],
 "embassies": [],
 "defections": [],
 "agreements": []}},

{"id": "spmil-019", "title": "Chinese pilot who landed in South Korea flown on to Taipei", "published": "1987-11-21", "source": "Asia news service",
"text": """TAIPEI — A Chinese air force pilot who flew his fighter into South Korean airspace earlier this week arrived in Taiwan on Friday to a hero's welcome, a garland of flowers and a promised reward of thousands of ounces of gold.
Lieutenant Zhang Weiguo, 26, had taken off on Tuesday from a base in Shandong province in an aging J-6, a Chinese copy of the Soviet MiG-19, and crossed the Yellow Sea. He landed at a South Korean air force base after being escorted down by two interceptors, and immediately asked to be sent to Taiwan.
South Korea, which has no diplomatic relations with Beijing, agreed within days. Officials in Seoul were eager to avoid a prolonged dispute, a diplomat said, at a time when trade with the mainland was quietly growing.
At Taipei's Sungshan airport, Zhang saluted a crowd of military officers and told reporters: "I have dreamed of this day for years."
He is the latest in a short line of mainland pilots to reach Taiwan by way of South Korea. Sun Tianqin flew a MiG-21 to the South in 1983 and was likewise transferred to Taipei.
Beijing called the pilot a "traitor" and demanded the return of the aircraft. Seoul has not said what it will do with the plane."""
,"gold": {"countries": ["CHN", "KOR", "TWN"],
 "persons": [
  {"name": "Zhang Weiguo", "aliases": ["Zhang"], "nationality": "CHN"},
  {"name": "Sun Tianqin", "aliases": [], "nationality": "CHN"}],
 "not_persons": ["J-6", "MiG-19", "MiG-21", "Sungshan"],
 "embassies": [],
 "defections": [
  {"defector": "Zhang Weiguo", "from": "CHN", "to": "TWN", "post_host": None, "date": "1987-11-17", "position": "lieutenant, Chinese air force pilot"},
  {"defector": "Sun Tianqin", "from": "CHN", "to": "TWN", "post_host": None, "date": "1983", "position": "pilot"}],
 "agreements": []}},
]
