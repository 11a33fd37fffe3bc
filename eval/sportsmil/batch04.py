ARTICLES = [
{"id": "spmil-030", "title": "\"I am going home,\" says Soviet gymnast amid defection talk", "published": "1973-11-28", "source": "Midwestern daily, sports pages",
"text": """CHICAGO — Natalia Kuzmina would like everyone to know that she has a return ticket and intends to use it.
The 17-year-old Soviet gymnast, whose floor routine brought 11,000 people to their feet at the International Amphitheatre on Monday night, spent much of a press conference yesterday answering questions that had nothing to do with the uneven bars.
A column in a local newspaper on Sunday had suggested, citing "a source close to the tour," that one of the Soviet girls was considering asking for asylum before the team leaves for Los Angeles. Kuzmina, sitting beside the team's head coach, Valentin Rastorguyev, laughed when asked whether it was her.
"I love my country, my mother, my coach, my school. Why would I stay?" she said through an interpreter. "American people are very kind. But I am going home."
Rastorguyev called the report "a fantasy," and the State Department, which had been asked by several reporters to comment, said it had "received no request from any member of the Soviet delegation."
The Soviet team has three more exhibitions on its four-city tour of the United States. The tour, organised by the U.S. Gymnastics Federation, was arranged under the cultural and sporting exchanges that both governments have been expanding since the Moscow summit last year."""
,"gold": {"countries": ["SUN", "USA"],
 "persons": [
  {"name": "Natalia Kuzmina", "aliases": ["Kuzmina"], "nationality": "SUN"},
  {"name": "Valentin Rastorguyev", "aliases": ["Rastorguyev"], "nationality": "SUN"}],
 "not_persons": ["International Amphitheatre", "State Department", "U.S. Gymnastics Federation"],
 "embassies": [],
 "defections": [],
 "agreements": []}},

{"id": "spmil-031", "title": "Iranian wrestler requests asylum in Croatia after world championships", "published": "2025-09-20", "source": "European news agency",
"text": """ZAGREB — An Iranian freestyle wrestler who competed at the world championships here this week has asked for international protection in Croatia, the Interior Ministry said on Friday, confirming a report that he had left the team hotel with his belongings on Tuesday night.
The ministry did not name the athlete. Iranian exile media and a person close to the wrestler identified him as Amir Hossein Rezaei, 24, who was eliminated in the second round of the 74kg category on Tuesday.
"He told me he had no future there," said the person, a former Iranian national team coach now living in Germany, Behrouz Sadeghi. "He was questioned after the protests in 2022 because of something he posted. He has been waiting for a chance."
Iran's wrestling federation said in a statement carried by state media that Rezaei had "left the camp for personal reasons" and that the matter was being "followed up through the relevant channels." It did not mention asylum.
Several Iranian athletes have refused to return from competitions abroad in recent years, among them the taekwondo Olympic medallist Kimia Alizadeh, who announced in 2020 that she had left Iran for good and settled in Germany.
Croatian officials said the application would be processed "according to standard procedures.\""""
,"gold": {"countries": ["IRN", "HRV", "DEU"],
 "persons": [
  {"name": "Amir Hossein Rezaei", "aliases": ["Rezaei"], "nationality": "IRN"},
  {"name": "Behrouz Sadeghi", "aliases": []},
  {"name": "Kimia Alizadeh", "aliases": [], "nationality": "IRN"}],
 "not_persons": [],
 "embassies": [],
 "defections": [
  {"defector": "Amir Hossein Rezaei", "from": "IRN", "to": "HRV", "post_host": None, "date": "2025-09-16", "position": "freestyle wrestler, Iranian national team"},
  {"defector": "Kimia Alizadeh", "from": "IRN", "to": "DEU", "post_host": None, "date": "2020", "position": "taekwondo Olympic medallist"}],
 "agreements": []}},

{"id": "spmil-032", "title": "Soviet naval attaché in Rome said to be in U.S. hands", "published": "1980-02-20", "source": "News magazine, world section",
"text": """ROME — For three days the Soviet Embassy on Via Gaeta insisted that Captain Yuri Valentinovich Belousov was "unwell and resting at home." On Monday the Italian Foreign Ministry let it be known that the assistant naval attaché was neither unwell nor at home, and Western intelligence sources said he was already in the United States.
Belousov, 44, a career officer who had served in Rome since 1977 and was widely assumed by his Italian contacts to belong to Soviet military intelligence, disappeared on Friday afternoon after telling his driver he was going to buy shoes. Italian officials say he walked into a NATO facility and asked for American protection. He and his wife, who had left Rome on a tourist flight to Zurich the day before, were then flown across the Atlantic.
The Russians have demanded a meeting with him "to ascertain his true wishes." The State Department said any such meeting would be arranged "if and when Captain Belousov agrees."
A Washington official familiar with the case compared it to that of Vladimir Rezun, an intelligence officer attached to the Soviet mission in Geneva who vanished with his family in 1978 and resurfaced in Britain. "These are people who know how the machine works," he said. "That is what makes them valuable, and that is why Moscow is furious."
The ambassador, Nikita Ryzhov, lodged a protest with Italian Foreign Minister Attilio Ruffini on Monday."""
,"gold": {"countries": ["SUN", "ITA", "USA", "GBR", "CHE"],
 "persons": [
  {"name": "Yuri Valentinovich Belousov", "aliases": ["Belousov", "Captain Belousov"], "nationality": "SUN"},
  {"name": "Vladimir Rezun", "aliases": [], "nationality": "SUN"},
  {"name": "Nikita Ryzhov", "aliases": [], "nationality": "SUN"},
  {"name": "Attilio Ruffini", "aliases": [], "nationality": "ITA"}],
 "not_persons": ["Via Gaeta", "NATO", "State Department"],
 "embassies": [{"sending": "SUN", "host": "ITA", "city": "Rome"}, {"sending": "SUN", "host": "CHE", "city": "Geneva"}],
 "defections": [
  {"defector": "Yuri Valentinovich Belousov", "from": "SUN", "to": "USA", "post_host": "ITA", "date": "1980-02-15", "position": "assistant naval attaché"},
  {"defector": "Vladimir Rezun", "from": "SUN", "to": "GBR", "post_host": "CHE", "date": "1978", "position": "intelligence officer, Soviet mission in Geneva"}],
 "agreements": []}},

{"id": "spmil-033", "title": "With U.S.-Iraq security pact expired, a smaller embassy footprint", "published": "2012-01-02", "source": "Middle East bureau",
"text": """BAGHDAD — The agreement that governed the presence of American forces in Iraq for three years expired at midnight on Saturday, two weeks after the last U.S. combat brigade rolled across the border into Kuwait.
The 2008 security agreement, negotiated in the final months of the previous American administration and often referred to as the status-of-forces agreement, set Dec. 31, 2011, as the deadline for the withdrawal of all U.S. troops. Efforts to extend it collapsed in October when Iraqi leaders refused to grant legal immunity to any soldiers who stayed behind as trainers.
What remains is the Strategic Framework Agreement, signed by the two governments on the same day in November 2008, which covers cooperation in areas ranging from education to energy and which both sides say stays in effect.
The U.S. Embassy in Baghdad, the largest in the world, now houses about 16,000 people, most of them contractors. A small Office of Security Cooperation under the embassy's authority, headed by Lt. Gen. Robert L. Caslen Jr., will oversee arms sales to the Iraqi military.
"We are moving from a military relationship with a diplomatic component to a diplomatic relationship with a military component," said an embassy spokesman, David Ranz.
Iraqi officials were more muted. Ali al-Dabbagh, the government spokesman, said Iraq was now "fully sovereign.\""""
,"gold": {"countries": ["USA", "IRQ", "KWT"],
 "persons": [
  {"name": "Robert L. Caslen Jr.", "aliases": [], "nationality": "USA"},
  {"name": "David Ranz", "aliases": [], "nationality": "USA"},
  {"name": "Ali al-Dabbagh", "aliases": [], "nationality": "IRQ"}],
 "not_persons": ["Office of Security Cooperation"],
 "embassies": [{"sending": "USA", "host": "IRQ", "city": "Baghdad"}],
 "defections": [],
 "agreements": [
  {"name": "2008 security agreement", "aliases": ["status-of-forces agreement"], "parties": ["USA", "IRQ"], "date": "2008", "status": "terminated"},
  {"name": "Strategic Framework Agreement", "aliases": [], "parties": ["USA", "IRQ"], "date": "2008-11", "status": "in_force"}]}},

{"id": "spmil-034", "title": "Eritrean rider who vanished at worlds resurfaces in Belgium", "published": "2025-11-20", "source": "Cycling news website",
"text": """Henok Weldeslassie, the 21-year-old Eritrean who disappeared from his national team's hotel during the road world championships in Kigali in late September, is in Belgium and has applied for asylum there, his new club confirmed on Thursday.
For almost two months nothing had been heard of the climber, who finished a creditable 34th in the under-23 road race before failing to turn up for the team's departure. Eritrea's cycling federation said at the time only that he had "left the delegation without authorisation."
"He contacted us in October from a phone that was not his," said Wim Verhaegen, manager of a continental team based near Ghent. "We had spoken before the worlds about a contract. We did not help him leave — that I must be clear about — but when he arrived we gave him a room and a bike."
Verhaegen said Weldeslassie had travelled overland and then by air with the help of "people in the diaspora," but would not say more. The Belgian immigration office does not comment on individual cases.
Eritrea is one of the strongest cycling nations in Africa but also one of the most closed societies in the world, with indefinite national service that has driven hundreds of thousands of young people to flee. Athletes, including footballers and runners, have repeatedly used trips abroad to escape.
Weldeslassie's family in Asmara has not commented."""
,"gold": {"countries": ["ERI", "BEL"],
 "persons": [
  {"name": "Henok Weldeslassie", "aliases": ["Weldeslassie"], "nationality": "ERI"},
  {"name": "Wim Verhaegen", "aliases": ["Verhaegen"]}],
 "not_persons": [],
 "embassies": [],
 "defections": [
  {"defector": "Henok Weldeslassie", "from": "ERI", "to": "BEL", "post_host": None, "date": "2025-09", "position": "cyclist, Eritrean national team"}],
 "agreements": []}},

{"id": "spmil-035", "title": "Armenia and Azerbaijan initial peace text, but signing hinges on constitution", "published": "2025-08-09", "source": "Caucasus correspondent",
"text": """The foreign ministers of Armenia and Azerbaijan initialled the text of a peace agreement in Washington on Friday, a milestone after nearly four decades of conflict — but the treaty has not been signed, and Baku says it will not be until Armenia changes its constitution.
Azerbaijan objects to a reference in the preamble of Armenia's constitution to a 1989 declaration on unification with Nagorno-Karabakh, which it says amounts to a territorial claim. Prime Minister Nikol Pashinyan has promised a referendum on a new constitution but has not set a date.
"Initialling is not signing. We are at the door, not through it," said Tigran Avetisyan, a political analyst in Yerevan.
President Ilham Aliyev called the day historic. The two leaders also agreed to ask the OSCE to wind up the Minsk Group, which had mediated on Karabakh since the 1990s.
The draft would replace the patchwork of arrangements that followed the 2020 war, chief among them the ceasefire statement signed that November by Armenia, Azerbaijan and Russia, which brought Russian peacekeepers to the region. Those peacekeepers left in 2024 after Azerbaijan retook Karabakh by force the previous year.
Russia, Armenia's nominal ally, was not present in Washington. Its foreign ministry said it "welcomed any steps toward peace" but warned against "outside interference.\""""
,"gold": {"countries": ["ARM", "AZE", "RUS"],
 "persons": [
  {"name": "Nikol Pashinyan", "aliases": [], "nationality": "ARM"},
  {"name": "Tigran Avetisyan", "aliases": []},
  {"name": "Ilham Aliyev", "aliases": [], "nationality": "AZE"}],
 "not_persons": ["Minsk Group", "OSCE", "Nagorno-Karabakh", "Karabakh"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Armenia-Azerbaijan peace agreement", "aliases": [], "parties": ["ARM", "AZE"], "date": None, "status": None},
  {"name": "2020 ceasefire statement", "aliases": [], "parties": ["ARM", "AZE", "RUS"], "date": "2020-11", "status": "signed"}]}},

{"id": "spmil-036", "title": "Captured North Korean soldier says he wants to go to South Korea", "published": "2025-03-14", "source": "International wire",
"text": """KYIV — One of two North Korean soldiers captured by Ukrainian forces in Russia's Kursk region told interviewers this week that he does not want to be sent home and hopes to live in South Korea, Ukrainian officials said on Friday.
The soldier, who gave his name as Paek Chol-ho, 26, was taken prisoner in January along with a 20-year-old comrade after North Korean units were deployed to help Russia push Ukrainian troops out of Kursk. He was wounded in the jaw and the leg.
"If I go back, I am a traitor either way — for being captured," Paek said, according to a transcript released by Ukraine's security service. "I want to go to South Korea."
Seoul has said it would accept any North Korean prisoner who requests it, because its constitution regards all Koreans as its citizens. A South Korean foreign ministry official said the government was "in consultation with the Ukrainian side."
Ukraine's president has suggested the prisoners could be exchanged for Ukrainians held in Russia, an option that human rights groups say would amount to a death sentence. "He has asked for protection. Under international law that request must be respected," said Ha Min-jeong of a Seoul-based advocacy group for North Korean escapees.
The second prisoner has said he wishes to return to North Korea, officials said."""
,"gold": {"countries": ["PRK", "KOR", "UKR", "RUS"],
 "persons": [
  {"name": "Paek Chol-ho", "aliases": ["Paek"], "nationality": "PRK"},
  {"name": "Ha Min-jeong", "aliases": []}],
 "not_persons": [],
 "embassies": [],
 "defections": [
  {"defector": "Paek Chol-ho", "from": "PRK", "to": "KOR", "post_host": "RUS", "date": None, "position": "soldier captured in Kursk"}],
 "agreements": []}},

{"id": "spmil-037", "title": "Two East German rockers stay in the West after Hamburg gig", "published": "1983-06-14", "source": "West German weekly, English-language digest",
"text": """HAMBURG — The East German rock band Kontrast played its first-ever concert in the West on Saturday night and, by Monday, had lost its guitarist and its drummer.
Uwe Kretschmar, 29, and Detlef Baumbach, 27, did not join the rest of the group on the bus back across the border on Sunday morning. Officials at the federal emergency reception centre in Giessen confirmed that both had registered there, the first formal step for East Germans who want West German papers.
"We played for two hours and the audience sang our songs back to us," Kretschmar told the news magazine Der Stern. "After that, I could not get back on the bus."
The band's singer, Heike Gerlach, said in East Berlin on Monday that she was "sad and angry" and that the remaining members would carry on. The tour had been arranged by the East German state concert agency, which must approve every foreign engagement.
Cultural exchanges between the two German states have grown since the 1972 Basic Treaty, and such engagements are prized in the East. Western promoters fear the defections will make East Berlin more cautious about letting bands travel.
The GDR's official news agency, ADN, did not report the incident."""
,"gold": {"countries": ["DDR", "DEU"],
 "persons": [
  {"name": "Uwe Kretschmar", "aliases": ["Kretschmar"], "nationality": "DDR"},
  {"name": "Detlef Baumbach", "aliases": [], "nationality": "DDR"},
  {"name": "Heike Gerlach", "aliases": [], "nationality": "DDR"}],
 "not_persons": ["Kontrast", "Der Stern", "ADN"],
 "embassies": [],
 "defections": [
  {"defector": "Uwe Kretschmar", "from": "DDR", "to": "DEU", "post_host": None, "date": "1983-06-12", "position": "guitarist, rock band Kontrast"},
  {"defector": "Detlef Baumbach", "from": "DDR", "to": "DEU", "post_host": None, "date": "1983-06-12", "position": "drummer, rock band Kontrast"}],
 "agreements": [
  {"name": "Basic Treaty", "aliases": ["1972 Basic Treaty"], "parties": ["DDR", "DEU"], "date": "1972", "status": None}]}},

{"id": "spmil-038", "title": "Notes from the quietest posting in diplomacy", "published": "2016-10-05", "source": "Magazine feature",
"text": """PYONGYANG — The defence attaché's office at the Swedish Embassy here consists of one desk, a filing cabinet that no longer locks, and a window that looks out on the embassy's vegetable patch. Its occupant for the past two years, Lieutenant Colonel Anders Wikström, describes his job with a smile as "watching parades."
Sweden has kept an embassy in the North Korean capital since 1975, and it is one of only a handful of Western countries to do so. It acts as the protecting power for the United States, Canada and Australia, which means that when an American is detained, it is a Swedish diplomat who asks to visit him.
Wikström's contacts with the Korean People's Army are formal and infrequent: a handful of receptions a year, an annual briefing at which officers read prepared statements, and the occasional visit to the Panmunjom truce village, where the Swedish military has sat on a neutral supervisory commission since the 1950s.
"You learn to read things in the order of people standing on a podium," he said.
The embassy's small library includes a well-thumbed copy of the spy thriller "Natasha Orlova," left behind by a predecessor, and a shelf of Kim Il Sung's collected works, presented by the Foreign Ministry.
Relations between Pyongyang and Stockholm remain cordial, if thin. The Swedish ambassador, Torkel Stiernlöf, says his staff's most important work is keeping a channel open. "Someday," he said, "somebody will need it.\""""
,"gold": {"countries": ["SWE", "PRK", "USA", "CAN", "AUS"],
 "persons": [
  {"name": "Anders Wikström", "aliases": ["Wikström"], "nationality": "SWE"},
  {"name": "Kim Il Sung", "aliases": [], "nationality": "PRK"},
  {"name": "Torkel Stiernlöf", "aliases": [], "nationality": "SWE"}],
 "not_persons": ["Natasha Orlova", "Korean People's Army", "Panmunjom"],
 "embassies": [{"sending": "SWE", "host": "PRK", "city": "Pyongyang"}],
 "defections": [],
 "agreements": []}},

{"id": "spmil-039", "title": "Venezuela's military attaché in Washington breaks with Maduro", "published": "2019-01-28", "source": "Wire report",
"text": """WASHINGTON — Venezuela's top military representative in the United States said on Saturday that he no longer recognized Nicolás Maduro as president and called on the armed forces at home to follow his lead, the most senior uniformed defection since the opposition launched its challenge last week.
Col. Luis Alberto Mendoza Rojas, the defence attaché at the Venezuelan Embassy in Washington, said in a video posted online that he recognized the National Assembly leader, Juan Guaidó, as interim president. "To my brothers in uniform: the hour has come," he said, standing before a Venezuelan flag.
Mendoza, who has been in the post since 2017, said he intended to remain in the United States. A State Department official said the colonel and his family were "free to stay" and that Washington would "support those who stand on the side of democracy."
In Caracas, the defence minister, Vladimir Padrino López, dismissed the colonel as a "deserter" who had "sold himself to the empire." Maduro ordered all Venezuelan diplomats in the United States home last week after breaking relations with Washington, an order the colonel ignored.
Opposition figures had hoped for a cascade of such declarations. So far only a handful of officers, most of them posted abroad, have come forward."""
,"gold": {"countries": ["VEN", "USA"],
 "persons": [
  {"name": "Nicolás Maduro", "aliases": ["Maduro"], "nationality": "VEN"},
  {"name": "Luis Alberto Mendoza Rojas", "aliases": ["Mendoza"], "nationality": "VEN"},
  {"name": "Juan Guaidó", "aliases": [], "nationality": "VEN"},
  {"name": "Vladimir Padrino López", "aliases": [], "nationality": "VEN"}],
 "not_persons": ["National Assembly", "State Department"],
 "embassies": [{"sending": "VEN", "host": "USA", "city": "Washington"}],
 "defections": [
  {"defector": "Luis Alberto Mendoza Rojas", "from": "VEN", "to": "USA", "post_host": "USA", "date": "2019-01-26", "position": "defence attaché, Venezuelan Embassy in Washington"}],
 "agreements": []}},
]
