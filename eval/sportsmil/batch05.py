ARTICLES = [
{"id": "spmil-040", "title": "Polish cadets leave training ship in Sweden", "published": "1960-07-11", "source": "News agency brief (archive)",
"text": """GOTHENBURG, July 10 — Two cadets from the Polish sail training ship Dar Pomorza, which arrived here on a goodwill visit on Thursday, failed to return aboard last night and have asked the Swedish authorities for asylum, police said today.
They were named as Tadeusz Wrona, 19, and Zbigniew Kasprzak, 20. A police officer said the young men had "asked to be allowed to live in a free country."
The ship sailed on schedule this morning for Gdynia."""
,"gold": {"countries": ["POL", "SWE"],
 "persons": [
  {"name": "Tadeusz Wrona", "aliases": [], "nationality": "POL"},
  {"name": "Zbigniew Kasprzak", "aliases": [], "nationality": "POL"}],
 "not_persons": ["Dar Pomorza"],
 "embassies": [],
 "defections": [
  {"defector": "Tadeusz Wrona", "from": "POL", "to": "SWE", "post_host": None, "date": "1960-07-09", "position": "cadet, sail training ship Dar Pomorza"},
  {"defector": "Zbigniew Kasprzak", "from": "POL", "to": "SWE", "post_host": None, "date": "1960-07-09", "position": "cadet, sail training ship Dar Pomorza"}],
 "agreements": []}},

{"id": "spmil-041", "title": "Riga talks on Russian troop pullout break off", "published": "1993-03-13", "source": "Baltic service of an international broadcaster",
"text": """RIGA — Latvian and Russian negotiators broke off their sixth round of talks on the withdrawal of former Soviet troops on Friday without setting a date for the next meeting, and both sides blamed the other.
Latvia wants the roughly 30,000 soldiers still on its territory gone by the end of the year. Moscow says it cannot move them until housing is built for officers in Russia and is linking the pace of withdrawal to the treatment of Latvia's large Russian-speaking minority.
"They want to trade soldiers for citizenship laws. We will not trade," the head of the Latvian delegation, Mārtiņš Virsis, told reporters after the session.
His Russian counterpart, Sergei Zotov, said that Riga's position was "maximalist" and that the question of the radar station at Skrunda, which Russia wants to keep operating for several more years, had not even been reached.
Western diplomats in Riga expressed frustration. One said the United States and Scandinavian governments would keep pressing Moscow, but that "nobody can make these two want an agreement."
Lithuania, where the last Russian troops are due out in August, is regarded here with envy."""
,"gold": {"countries": ["LVA", "RUS", "USA", "LTU"],
 "persons": [
  {"name": "Mārtiņš Virsis", "aliases": [], "nationality": "LVA"},
  {"name": "Sergei Zotov", "aliases": [], "nationality": "RUS"}],
 "not_persons": ["Skrunda"],
 "embassies": [],
 "defections": [],
 "agreements": []}},

{"id": "spmil-042", "title": "Japan and Philippines sign troop access pact", "published": "2024-07-08", "source": "Asia-Pacific wire",
"text": """MANILA — Japan and the Philippines on Monday signed a defence pact that will allow each country to deploy troops on the other's soil for joint training, a step that deepens security ties between two U.S. allies locked in disputes with China.
The Reciprocal Access Agreement was signed at the presidential palace by Defence Secretary Gilberto Teodoro and Japan's foreign minister, Yoko Kamikawa, in the presence of President Ferdinand Marcos Jr. It will take effect only after it is ratified by the Philippine Senate and approved by the Japanese Diet, which officials said could take several months.
Tokyo has already concluded similar pacts with Australia and Britain, both of which are now in force. Japan's own forces were an occupying army in the Philippines during the Second World War, and officials on both sides noted the symbolism.
"Eighty years ago this would have been unthinkable," said Rommel Banlaoi, a Filipino security analyst. "Now it's a practical response to what is happening at Second Thomas Shoal."
China's foreign ministry said military cooperation between countries "should not target any third party." Chinese coast guard vessels have repeatedly blocked Philippine resupply missions in the South China Sea this year."""
,"gold": {"countries": ["JPN", "PHL", "USA", "CHN", "AUS", "GBR"],
 "persons": [
  {"name": "Gilberto Teodoro", "aliases": [], "nationality": "PHL"},
  {"name": "Yoko Kamikawa", "aliases": [], "nationality": "JPN"},
  {"name": "Ferdinand Marcos Jr.", "aliases": [], "nationality": "PHL"},
  {"name": "Rommel Banlaoi", "aliases": [], "nationality": "PHL"}],
 "not_persons": ["Second Thomas Shoal", "Diet"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Reciprocal Access Agreement", "aliases": [], "parties": ["JPN", "PHL"], "date": "2024-07-08", "status": "signed"},
  {"name": "Japan-Australia access pact", "aliases": [], "parties": ["JPN", "AUS"], "date": None, "status": "in_force"},
  {"name": "Japan-Britain access pact", "aliases": [], "parties": ["JPN", "GBR"], "date": None, "status": "in_force"}]}},

{"id": "spmil-043", "title": "Cuban grandmaster settles in Spain after Olympiad", "published": "2018-10-10", "source": "Chess news portal",
"text": """Grandmaster Rodney Oquendo Ferrer, who played second board for Cuba at the Chess Olympiad in Batumi, did not travel home with the team on Sunday and is now in Spain, where he intends to request residence, two people close to him said on Tuesday.
The 29-year-old from Santiago de Cuba, one of his country's three players rated above 2650, flew to Madrid via Istanbul on the day his teammates boarded their flight to Havana. A club in Catalonia has offered him a contract.
"Rodney is not a political man. He simply wants to earn a living from chess," said a friend, the Spanish international master Jordi Puigcercós, who met him at Barajas airport. Oquendo himself posted a short message on social media thanking "the Cuban people, who taught me everything," and asking for privacy.
The Cuban chess federation said he had "abandoned the delegation" and would be removed from the national team. Several Cuban grandmasters have left the island in recent years, most for Spain, Mexico or the United States."""
,"gold": {"countries": ["CUB", "ESP", "MEX", "USA"],
 "persons": [
  {"name": "Rodney Oquendo Ferrer", "aliases": ["Oquendo", "Rodney"], "nationality": "CUB"},
  {"name": "Jordi Puigcercós", "aliases": [], "nationality": "ESP"}],
 "not_persons": ["Barajas"],
 "embassies": [],
 "defections": [
  {"defector": "Rodney Oquendo Ferrer", "from": "CUB", "to": "ESP", "post_host": None, "date": "2018-10-07", "position": "chess grandmaster, Cuban Olympiad team"}],
 "agreements": []}},

{"id": "spmil-044", "title": "Soviet pilot based in Afghanistan lands Su-25 in Pakistan", "published": "1988-06-08", "source": "South Asia correspondent",
"text": """ISLAMABAD — A Soviet air force pilot serving with Moscow's forces in Afghanistan flew his ground-attack jet across the border on Monday and landed at a military airfield near Peshawar, where he asked to be sent to the West, Pakistani officials said on Tuesday.
The pilot, Senior Lieutenant Oleg Vasilyevich Kravtsov, 27, had been stationed at Bagram air base north of Kabul since January, the officials said. He told his Pakistani interrogators he had been sickened by bombing raids on villages and did not want to fly again.
A Foreign Ministry spokesman, Tariq Altaf Khan, said Pakistan would treat the matter "in accordance with humanitarian principles" and would not return the pilot against his will. He said the Su-25 would be held "pending a decision."
The Soviet Embassy in Islamabad demanded the return of both the man and the aircraft.
Western diplomats said the pilot was likely to be resettled in the United States. If so, he would follow the path of Viktor Belenko, who landed a MiG-25 in Japan in 1976 and was granted asylum in the United States within days.
Moscow began withdrawing its troops from Afghanistan last month."""
,"gold": {"countries": ["SUN", "AFG", "PAK", "USA", "JPN"],
 "persons": [
  {"name": "Oleg Vasilyevich Kravtsov", "aliases": [], "nationality": "SUN"},
  {"name": "Tariq Altaf Khan", "aliases": [], "nationality": "PAK"},
  {"name": "Viktor Belenko", "aliases": [], "nationality": "SUN"}],
 "not_persons": ["Su-25", "MiG-25", "Bagram"],
 "embassies": [{"sending": "SUN", "host": "PAK", "city": "Islamabad"}],
 "defections": [
  {"defector": "Oleg Vasilyevich Kravtsov", "from": "SUN", "to": "PAK", "post_host": "AFG", "date": "1988-06-06", "position": "senior lieutenant, Soviet air force pilot"},
  {"defector": "Viktor Belenko", "from": "SUN", "to": "USA", "post_host": None, "date": "1976", "position": "MiG-25 pilot"}],
 "agreements": []}},

{"id": "spmil-045", "title": "Guns fall silent on Gulf war front as truce takes hold", "published": "1988-08-21", "source": "Wire report",
"text": """BAGHDAD — A ceasefire between Iran and Iraq took effect at dawn on Saturday, ending nearly eight years of a war that has killed hundreds of thousands of people, and United Nations observers fanned out along the 740-mile front.
Both sides reported the front quiet through the day. In Baghdad, crowds danced in the streets, firing rifles into the air; Iranian radio broadcast religious music and a statement from the leadership calling the truce "a bitter cup."
The ceasefire was arranged under Security Council Resolution 598, passed a year ago, which Iraq had accepted and Iran formally accepted only last month. Direct peace talks between the two foreign ministers are due to open in Geneva on Thursday under the auspices of the Secretary-General, Javier Pérez de Cuéllar.
The observer force, commanded by Maj. Gen. Slavko Jović of Yugoslavia, numbers about 350 officers from 25 countries.
Diplomats cautioned that the hard issues — prisoners of war, the withdrawal of troops to international borders and the disputed Shatt al-Arab waterway — were untouched. Iraq insists that the 1975 Algiers Agreement, which divided the waterway, is void; Iran says it remains binding."""
,"gold": {"countries": ["IRN", "IRQ", "YUG"],
 "persons": [
  {"name": "Javier Pérez de Cuéllar", "aliases": []},
  {"name": "Slavko Jović", "aliases": [], "nationality": "YUG"}],
 "not_persons": ["Security Council Resolution 598", "Shatt al-Arab"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Iran-Iraq ceasefire", "aliases": ["truce"], "parties": ["IRN", "IRQ"], "date": "1988-08-20", "status": "in_force"},
  {"name": "Algiers Agreement", "aliases": ["1975 Algiers Agreement"], "parties": ["IRN", "IRQ"], "date": "1975", "status": None}]}},

{"id": "spmil-046", "title": "Foreign attachés get rare look at PLA drill", "published": "2019-06-26", "source": "Defence trade publication",
"text": """BEIJING — More than 60 military attachés from about 40 embassies were bused to a training range in Inner Mongolia this week to watch a combined-arms exercise by the People's Liberation Army, the defence ministry said on Wednesday.
The ministry's statement said the visit was intended to show "openness and transparency." Attachés who attended said they saw a choreographed live-fire assault involving tanks, helicopters and drones, followed by a lunch with the commanding officers.
Among those present, according to photographs released by the ministry, were the defence attachés of Pakistan, Thailand, Russia and Germany. Brigadier Naveed Aslam, the Pakistani attaché, was pictured shaking hands with a PLA general.
A European attaché who asked not to be named described the event as "a show, but an interesting show." "You learn more from the questions they refuse to answer," he said.
The United States defence attaché office was not invited, a U.S. Embassy spokeswoman confirmed, adding that military-to-military contacts with Beijing "remain limited."
China has held such tours periodically since the 1990s."""
,"gold": {"countries": ["CHN", "PAK", "THA", "RUS", "DEU", "USA"],
 "persons": [
  {"name": "Naveed Aslam", "aliases": [], "nationality": "PAK"}],
 "not_persons": ["People's Liberation Army", "PLA"],
 "embassies": [{"sending": "PAK", "host": "CHN", "city": None}, {"sending": "THA", "host": "CHN", "city": None}, {"sending": "RUS", "host": "CHN", "city": None}, {"sending": "DEU", "host": "CHN", "city": None}, {"sending": "USA", "host": "CHN", "city": None}],
 "defections": [],
 "agreements": []}},

{"id": "spmil-047", "title": "Belarusian border guard crosses into Poland with service documents", "published": "2023-09-05", "source": "Central Europe news service",
"text": """WARSAW — A Belarusian border guard walked across the frontier into Poland near the village of Bobrowniki on Sunday night and surrendered to a Polish patrol, asking for protection, Poland's Border Guard said on Tuesday.
The man, identified by Polish officials as Senior Sergeant Ihar Zhuk, 31, brought his service identity card and, according to a spokeswoman, Anna Michalska, "material that may be of interest to the services." He was unarmed.
Zhuk told Polish officers that he had been ordered for months to help push migrants toward the Polish fence and had grown disgusted, a security official said. The Belarusian State Border Committee said in a statement that a serviceman had "deserted his post" and that a criminal case had been opened.
It is the first known defection by a serving Belarusian border guard since the migration crisis began in 2021. Traffic has gone the other way too: in December of that year a Polish soldier, Emil Czeczko, deserted to Belarus and asked for asylum there, later appearing on Belarusian state television to denounce his own army.
Zhuk has applied for international protection in Poland, the spokeswoman said."""
,"gold": {"countries": ["BLR", "POL"],
 "persons": [
  {"name": "Ihar Zhuk", "aliases": ["Zhuk"], "nationality": "BLR"},
  {"name": "Anna Michalska", "aliases": [], "nationality": "POL"},
  {"name": "Emil Czeczko", "aliases": [], "nationality": "POL"}],
 "not_persons": ["Border Guard", "State Border Committee", "Bobrowniki"],
 "embassies": [],
 "defections": [
  {"defector": "Ihar Zhuk", "from": "BLR", "to": "POL", "post_host": None, "date": "2023-09-03", "position": "senior sergeant, Belarusian border guard"},
  {"defector": "Emil Czeczko", "from": "POL", "to": "BLR", "post_host": None, "date": "2021-12", "position": "soldier"}],
 "agreements": []}},

{"id": "spmil-048", "title": "Congolese boxer missing from Olympic village asks Belgium for asylum", "published": "2024-08-12", "source": "Francophone Africa desk, English service",
"text": """One of two boxers from the Democratic Republic of Congo who disappeared from the Olympic village in Paris last week has surfaced in Brussels and applied for asylum, Belgian officials confirmed on Monday. The whereabouts of the other remain unknown.
The Congolese delegation reported on Wednesday that two fighters had not been seen since they were eliminated in the preliminary rounds. On Monday the Belgian immigration office said that a Congolese national matching the description of one of them, the lightweight Patrick Mbuyi Kalala, 22, had registered at its Brussels reception centre.
The second man is Christian Ilunga Mwamba, a 25-year-old middleweight. His brother, reached by telephone in Lubumbashi, said the family had heard nothing.
The delegation's chief, Jean-Marie Kabongo, said both were "adults who have made their choices" and asked for the public's "understanding for the families."
French police said they were not searching for the men, since their visas remain valid. Belgium, the former colonial power, hosts a large Congolese diaspora.
Several athletes from African and Caribbean countries have gone missing at previous Olympics, including in London in 2012."""
,"gold": {"countries": ["COD", "BEL", "FRA"],
 "persons": [
  {"name": "Patrick Mbuyi Kalala", "aliases": [], "nationality": "COD"},
  {"name": "Christian Ilunga Mwamba", "aliases": [], "nationality": "COD"},
  {"name": "Jean-Marie Kabongo", "aliases": [], "nationality": "COD"}],
 "not_persons": [],
 "embassies": [],
 "defections": [
  {"defector": "Patrick Mbuyi Kalala", "from": "COD", "to": "BEL", "post_host": None, "date": "2024-08", "position": "lightweight boxer, Congolese Olympic team"},
  {"defector": "Christian Ilunga Mwamba", "from": "COD", "to": None, "post_host": None, "date": "2024-08", "position": "middleweight boxer, Congolese Olympic team"}],
 "agreements": []}},

{"id": "spmil-049", "title": "Two Chinese acrobats ask to stay in U.S. after tour ends", "published": "1989-08-15", "source": "West Coast daily",
"text": """SAN FRANCISCO — Two performers from a Chinese provincial acrobatic troupe that has spent the summer touring American county fairs have asked for political asylum, saying they fear punishment at home after speaking to reporters about the killings in Beijing in June.
Liu Jianping, 24, a tumbler, and Gao Meilin, 20, a contortionist, left the troupe's motel in Daly City on Saturday morning, hours before the group was due to fly to Shanghai. They are staying with a family from the local Chinese community, their lawyer, Margaret Tsui, said.
"They said something true in front of a camera, and now they cannot take it back," Tsui said. She said the pair had filed asylum applications with the Immigration and Naturalization Service on Monday.
The troupe's leader, Zhao Deming, told a local Chinese-language newspaper that the two were "young and confused" and had been "influenced by bad elements." The Chinese consulate in San Francisco did not return calls.
Several hundred Chinese students in the United States have said they would seek to stay since the army crushed the democracy movement in Tiananmen Square."""
,"gold": {"countries": ["CHN", "USA"],
 "persons": [
  {"name": "Liu Jianping", "aliases": [], "nationality": "CHN"},
  {"name": "Gao Meilin", "aliases": [], "nationality": "CHN"},
  {"name": "Margaret Tsui", "aliases": ["Tsui"]},
  {"name": "Zhao Deming", "aliases": [], "nationality": "CHN"}],
 "not_persons": ["Immigration and Naturalization Service", "Tiananmen Square"],
 "embassies": [{"sending": "CHN", "host": "USA", "city": "San Francisco"}],
 "defections": [
  {"defector": "Liu Jianping", "from": "CHN", "to": "USA", "post_host": None, "date": "1989-08-12", "position": "tumbler, provincial acrobatic troupe"},
  {"defector": "Gao Meilin", "from": "CHN", "to": "USA", "post_host": None, "date": "1989-08-12", "position": "contortionist, provincial acrobatic troupe"}],
 "agreements": []}},
]
