ARTICLES = [
{"id": "spmil-000", "title": "Two Czechoslovak Riders Stay in Austria", "published": "1963-08-19", "source": "Wire report (archive)",
"text": """VIENNA, Aug. 18 — Two members of the Czechoslovak national cycling team did not start the final stage of the Tour of Austria today, and police in Salzburg confirmed tonight that both men had asked for political asylum.
The riders slipped out of the team's lodgings in the early hours, a few hours before the start, according to a hotel porter who said he saw "two young men with one suitcase between them" get into a taxi.
They were identified this evening as Jiří Novotný, 24, a sprinter from Brno, and Karel Vávra, 22, who finished fourth on last Wednesday's mountain stage. Both were taken to a reception camp at Traiskirchen, south of the capital.
The team manager, František Hlaváček, told reporters at the finish line that he had "no knowledge of any such plan" and that the two had "been led astray by foreign agents." He declined to say whether the delegation would lodge a protest.
Dr. Otto Reischl, a spokesman for the Austrian Interior Ministry, said the applications would be examined "in the ordinary way, like any other." He noted that Austria had received several hundred asylum requests from Czechoslovak citizens since January.
A third rider, Miroslav Šulc, was said by teammates to have spent the evening with Novotný and Vávra before the race. Šulc rode the final stage and left with the rest of the squad for Prague by bus on Sunday night.
It was the second such case involving East European sportsmen this summer. In June a Hungarian fencer remained in Italy after a tournament in Turin."""
,"gold": {"countries": ["CSK", "AUT", "HUN", "ITA"],
 "persons": [
  {"name": "Jiří Novotný", "aliases": ["Novotný"], "nationality": "CSK"},
  {"name": "Karel Vávra", "aliases": ["Vávra"], "nationality": "CSK"},
  {"name": "František Hlaváček", "aliases": [], "nationality": "CSK"},
  {"name": "Otto Reischl", "aliases": [], "nationality": "AUT"},
  {"name": "Miroslav Šulc", "aliases": ["Šulc"], "nationality": "CSK"}],
 "not_persons": [],
 "embassies": [],
 "defections": [
  {"defector": "Jiří Novotný", "from": "CSK", "to": "AUT", "post_host": None, "date": "1963-08-18", "position": "cyclist, Czechoslovak national team"},
  {"defector": "Karel Vávra", "from": "CSK", "to": "AUT", "post_host": None, "date": "1963-08-18", "position": "cyclist, Czechoslovak national team"}],
 "agreements": []}},

{"id": "spmil-001", "title": "Romanian canoeist surfaces at immigration office, asks to stay in Canada", "published": "1976-07-29", "source": "The Gazette (Montreal), staff report",
"text": """A Romanian canoeist who vanished from the Olympic Village on Tuesday turned up at a federal immigration office in downtown Montreal yesterday and asked to remain in Canada, officials confirmed last night.
Ștefan Ilie, 21, a reserve in Romania's four-man kayak crew, walked into the office on Dorchester Boulevard shortly after it opened, accompanied by a lawyer, Pierre Lamontagne.
"He is in good health and in a safe place," Lamontagne said. "He has made his decision freely, and he asks that his family at home not be punished for it."
Gilles Bérubé, a spokesman for the Department of Manpower and Immigration, said the young man would be allowed to stay while his request was studied. He refused to say where Ilie was being housed.
The Romanian Olympic delegation had reported him missing on Tuesday night. Its deputy chief, Nicolae Vlad, told a news conference that the athlete had been "kidnapped by persons hostile to our country" and demanded that Ottawa return him before the team flies home on Monday.
Bucharest is expected to raise the matter through its embassy. Canadian officials said privately that there was no question of returning anyone against his will.
Ilie's teammates finished sixth in the final at Notre-Dame Island basin on Wednesday."""
,"gold": {"countries": ["ROU", "CAN"],
 "persons": [
  {"name": "Ștefan Ilie", "aliases": ["Ilie"], "nationality": "ROU"},
  {"name": "Pierre Lamontagne", "aliases": ["Lamontagne"]},
  {"name": "Gilles Bérubé", "aliases": [], "nationality": "CAN"},
  {"name": "Nicolae Vlad", "aliases": [], "nationality": "ROU"}],
 "not_persons": ["Notre-Dame Island", "Dorchester Boulevard"],
 "embassies": [{"sending": "ROU", "host": "CAN", "city": None}],
 "defections": [
  {"defector": "Ștefan Ilie", "from": "ROU", "to": "CAN", "post_host": None, "date": "1976-07-27", "position": "canoeist, Romanian Olympic team"}],
 "agreements": []}},

{"id": "spmil-002", "title": "North Korean pilot lands MiG-19 south of DMZ, seeks to stay", "published": "1985-10-22", "source": "Wire report",
"text": """SEOUL, Oct. 22 — Air-raid sirens wailed across Seoul and surrounding cities for about 20 minutes on Monday morning as a North Korean MiG-19 fighter streaked south over the Yellow Sea coast and landed at an air base near Suwon, officials said.
The pilot, identified by the Ministry of National Defense as Capt. Ri Chol-su, 29, of the North Korean air force, waggled his wings as South Korean F-5 jets intercepted him, then lowered his landing gear in a sign that he intended to surrender.
"He said the first thing he wanted was to go to the free South," a ministry spokesman, Col. Kim Dong-hwan, told reporters. "He has expressed his gratitude and is cooperating fully."
Ri was being questioned by South Korean and American military intelligence officers, Kim said. The United States keeps some 40,000 troops in the South.
Pyongyang radio did not mention the incident on Monday. In the past, the North has accused Seoul of kidnapping defectors and has demanded their return.
Ri will be entitled to a government reward, which for pilots who bring their aircraft has historically been paid in gold. Officials said he had taken off from an airfield near Kaechon on what was supposed to be a training flight.
The last such flight, a defense official said, came in 1983, when another MiG-19 pilot landed at the same base."""
,"gold": {"countries": ["PRK", "KOR", "USA"],
 "persons": [
  {"name": "Ri Chol-su", "aliases": ["Ri"], "nationality": "PRK"},
  {"name": "Kim Dong-hwan", "aliases": ["Kim"], "nationality": "KOR"}],
 "not_persons": ["MiG-19"],
 "embassies": [],
 "defections": [
  {"defector": "Ri Chol-su", "from": "PRK", "to": "KOR", "post_host": None, "date": "1985-10-21", "position": "captain, North Korean air force; MiG-19 pilot"}],
 "agreements": []}},

{"id": "spmil-003", "title": "Missing Cuban pitchers resurface in Santo Domingo", "published": "1997-09-16", "source": "Sports wire",
"text": """Two Cuban pitchers who walked away from their national team at an invitational tournament in Monterrey last month have established residency in the Dominican Republic, a move that will let them sign with any major league club as free agents, their agent said Monday.
Orestes Baldrich, a 26-year-old right-hander with a fastball clocked in the mid-90s, and left-hander Yunier Castañeda, 23, were last seen by teammates in the lobby of the Cuban team's hotel on Aug. 21, the night before the semifinal.
"They are safe, they are happy and they are going to play baseball," said the agent, Rafael Echevarría, who met reporters at a hotel in Santo Domingo. "They did not come here for politics. They came here for freedom to choose."
The route matters. Had the pair gone straight to the United States, they would have been subject to baseball's amateur draft and could have signed only with the team that chose them. By taking up residence in a third country they can auction their services to all 28 clubs, a path other Cuban players have used before them.
Carlos Rodríguez Acosta, a commissioner of the Cuban baseball federation, told state television in Havana that the players had "sold themselves like merchandise" and would never again wear the national uniform. Castañeda's father, reached by telephone, said he had not spoken to his son since the team left for Mexico.
Scouts from at least six clubs are expected at a private workout next week. Baldrich, who went 11-3 in the last Cuban league season, is considered the bigger prize."""
,"gold": {"countries": ["CUB", "DOM", "USA", "MEX"],
 "persons": [
  {"name": "Orestes Baldrich", "aliases": ["Baldrich"], "nationality": "CUB"},
  {"name": "Yunier Castañeda", "aliases": ["Castañeda"], "nationality": "CUB"},
  {"name": "Rafael Echevarría", "aliases": []},
  {"name": "Carlos Rodríguez Acosta", "aliases": [], "nationality": "CUB"}],
 "not_persons": [],
 "embassies": [],
 "defections": [
  {"defector": "Orestes Baldrich", "from": "CUB", "to": "DOM", "post_host": None, "date": "1997-08-21", "position": "pitcher, Cuban national baseball team"},
  {"defector": "Yunier Castañeda", "from": "CUB", "to": "DOM", "post_host": None, "date": "1997-08-21", "position": "pitcher, Cuban national baseball team"}],
 "agreements": []}},

{"id": "spmil-004", "title": "Eritrean footballers seek refugee status in Uganda after regional cup", "published": "2011-12-06", "source": "East Africa correspondent",
"text": """KAMPALA — Members of Eritrea's national football squad who failed to board their flight home after the regional Challenge Cup have registered with the United Nations refugee agency here, officials said on Monday.
Ugandan police had been searching since Saturday, when the team's coaching staff reported that several players were missing from the hotel where the delegation stayed during the tournament. The rest of the squad flew to Asmara on Sunday.
A UNHCR spokesperson in Kampala confirmed that "a number of young Eritrean men" had approached the agency and that their claims would be handled by Uganda's Office of the Prime Minister, which is responsible for refugees. She would not give names.
Three of the players were identified by a lawyer assisting them, Ruth Nakabiri. They are midfielder Yonas Tesfamariam, 22, who scored Eritrea's only goal of the group stage; defender Filmon Ghebremedhin, 24; and the reserve goalkeeper, Samuel Haile, 19. Nakabiri said "more than three, fewer than ten" had applied but that the others did not want to be named for fear of reprisals against relatives.
"These boys have done national service with no end date," she said. "For them football was the only door out."
The government in Asmara, which rarely comments on defections, did not respond to requests for comment. Eritrea has a long history of athletes failing to return: in 2009 a dozen players disappeared after the same competition in Kenya and were later resettled abroad.
Asylum seekers from Eritrea form one of the largest groups arriving in Europe, many of them fleeing open-ended military conscription."""
,"gold": {"countries": ["ERI", "UGA", "KEN"],
 "persons": [
  {"name": "Ruth Nakabiri", "aliases": ["Nakabiri"]},
  {"name": "Yonas Tesfamariam", "aliases": [], "nationality": "ERI"},
  {"name": "Filmon Ghebremedhin", "aliases": [], "nationality": "ERI"},
  {"name": "Samuel Haile", "aliases": [], "nationality": "ERI"}],
 "not_persons": ["UNHCR", "Challenge Cup", "Office of the Prime Minister"],
 "embassies": [],
 "defections": [
  {"defector": "Yonas Tesfamariam", "from": "ERI", "to": "UGA", "post_host": None, "date": "2011-12-03", "position": "midfielder, Eritrean national football team"},
  {"defector": "Filmon Ghebremedhin", "from": "ERI", "to": "UGA", "post_host": None, "date": "2011-12-03", "position": "defender, Eritrean national football team"},
  {"defector": "Samuel Haile", "from": "ERI", "to": "UGA", "post_host": None, "date": "2011-12-03", "position": "reserve goalkeeper, Eritrean national football team"}],
 "agreements": []}},

{"id": "spmil-005", "title": "Dutch order Soviet attaché to leave within 48 hours", "published": "1968-04-10", "source": "Wire report (archive)",
"text": """THE HAGUE, April 10 — The Netherlands today ordered an assistant military attaché at the Soviet Embassy to leave the country within 48 hours, accusing him of trying to obtain secret information about NATO air defenses.
A Foreign Ministry statement named the diplomat as Lt. Col. Gennady Borisovich Sychev. It said he had been observed on three occasions meeting a civilian employee of a radar station in the province of Limburg and paying him for documents.
The employee, a 41-year-old technician whose name was not released, was arrested on Monday. Dutch officials said he had acted out of money troubles and had not been recruited for political reasons.
The Soviet Embassy declined comment. In Moscow, the news agency Tass called the accusation "a crude provocation" and said the officer had done "nothing incompatible with his status."
It is the second expulsion of a Soviet diplomat from the Netherlands since 1965. Officials here said they did not expect the episode to affect a visit to Moscow by the Dutch trade minister, Leendert de Block, scheduled for next month."""
,"gold": {"countries": ["NLD", "SUN"],
 "persons": [
  {"name": "Gennady Borisovich Sychev", "aliases": [], "nationality": "SUN"},
  {"name": "Leendert de Block", "aliases": [], "nationality": "NLD"}],
 "not_persons": ["Tass", "NATO"],
 "embassies": [{"sending": "SUN", "host": "NLD", "city": "The Hague"}],
 "defections": [],
 "agreements": []}},

{"id": "spmil-006", "title": "Manila serves notice on troop pact; older treaty untouched", "published": "2020-02-12", "source": "Regional affairs desk",
"text": """MANILA — The Philippines has formally notified the United States that it intends to end the Visiting Forces Agreement, the 1998 pact that sets the legal rules for American troops who come to the islands for exercises, officials said on Tuesday.
The notice was handed to the U.S. Embassy in Manila on Tuesday afternoon. Under the agreement's own terms, termination takes effect 180 days after notice is received, which means the VFA stays in force until August and that both sides have time to negotiate.
"The ball is in their court," a presidential spokesman, Rodolfo Abaya, told a briefing. He said the decision followed Washington's cancellation of a visa for a senior Philippine senator, but declined to say whether it could be reversed.
Analysts said the move, if carried through, would hollow out two other pillars of the alliance without formally touching them. The 1951 Mutual Defense Treaty, under which each country pledges to help the other if attacked, remains in force. The Enhanced Defense Cooperation Agreement, signed in 2014, lets U.S. forces rotate through Philippine bases — but it relies on the VFA for the legal status of the troops.
"Without the VFA, EDCA is a house with no floor," said Maricel Dizon-Ocampo, a security analyst at a Manila think tank.
The U.S. Embassy said in a statement that it would "carefully consider how best to move forward." Pentagon officials have warned that about 300 joint exercises and training events a year could be affected."""
,"gold": {"countries": ["PHL", "USA"],
 "persons": [
  {"name": "Rodolfo Abaya", "aliases": [], "nationality": "PHL"},
  {"name": "Maricel Dizon-Ocampo", "aliases": []}],
 "not_persons": ["Pentagon"],
 "embassies": [{"sending": "USA", "host": "PHL", "city": "Manila"}],
 "defections": [],
 "agreements": [
  {"name": "Visiting Forces Agreement", "aliases": ["VFA"], "parties": ["PHL", "USA"], "date": "1998", "status": "in_force"},
  {"name": "Mutual Defense Treaty", "aliases": [], "parties": ["PHL", "USA"], "date": "1951", "status": "in_force"},
  {"name": "Enhanced Defense Cooperation Agreement", "aliases": ["EDCA"], "parties": ["PHL", "USA"], "date": "2014", "status": "signed"}]}},

{"id": "spmil-007", "title": "Soviet grandmaster asks Swiss for asylum after Lucerne event", "published": "1979-11-13", "source": "Chess Review, news pages",
"text": """Grandmaster Anatoly Rudenko, the 34-year-old Leningrad player who tied for second at the Lucerne international tournament, has asked the Swiss authorities for political asylum, the federal police department in Bern said on Monday.
Rudenko did not appear for the closing ceremony on Sunday evening. His second, the Moscow trainer Yevgeny Lapin, told the organisers he had "gone for a walk" and would be back; he was not, and Lapin left for Zurich airport alone the next morning.
A police spokesman said Rudenko had presented himself at a cantonal police post in the early hours of Monday and had "expressed a wish not to return to the Soviet Union." He is understood to be staying with friends in the city.
Few in the chess world were surprised. Rudenko had been refused permission to play abroad for most of 1977 and 1978 after he signed a letter in support of Viktor Korchnoi, who asked for asylum in the Netherlands in 1976 and has since been treated in the Soviet press as a non-person.
The Soviet chess federation issued a short statement through Tass describing Rudenko's conduct as "unworthy of a Soviet sportsman." Its chairman, Nikolai Voronkov, said the federation would ask FIDE to bar him from representing any other country for two years.
Reached by telephone, Rudenko's Swiss host, the publisher Hans-Peter Brunner, said only that the grandmaster was "tired and very relieved" and hoped to play in the Swiss championship next spring."""
,"gold": {"countries": ["SUN", "CHE", "NLD"],
 "persons": [
  {"name": "Anatoly Rudenko", "aliases": ["Rudenko"], "nationality": "SUN"},
  {"name": "Yevgeny Lapin", "aliases": ["Lapin"], "nationality": "SUN"},
  {"name": "Viktor Korchnoi", "aliases": []},
  {"name": "Nikolai Voronkov", "aliases": [], "nationality": "SUN"},
  {"name": "Hans-Peter Brunner", "aliases": []}],
 "not_persons": ["Tass", "FIDE"],
 "embassies": [],
 "defections": [
  {"defector": "Anatoly Rudenko", "from": "SUN", "to": "CHE", "post_host": None, "date": "1979-11-12", "position": "chess grandmaster"},
  {"defector": "Viktor Korchnoi", "from": "SUN", "to": "NLD", "post_host": None, "date": "1976", "position": "chess player"}],
 "agreements": []}},

{"id": "spmil-008", "title": "Belarusian handball player leaves world championship squad, applies for protection in Lithuania", "published": "2021-01-22", "source": "Online news site, sports section",
"text": """A Belarusian national handball team player who quit the squad midway through the world championship in Cairo has applied for international protection in Lithuania, his representatives said on Friday.
Dzmitry Laptsevich, a 27-year-old left back, did not come down for the team's training session on Wednesday morning. By the evening he had landed in Vilnius on a connecting flight via Istanbul, according to the Belarusian Sports Solidarity Foundation, an exile group that has helped athletes who fell foul of the authorities after last August's disputed presidential election.
"He signed the open letter in the autumn. From that moment it was only a question of time before he was dropped or worse," the foundation's coordinator, Alaksandr Apeikin, said. "He chose to go while he still had a passport."
Lithuania's Migration Department confirmed that an application had been lodged but gave no details.
In Minsk, the handball federation said Laptsevich had left "without permission for personal reasons" and that the matter would be reviewed by its disciplinary commission. State television did not report his departure.
Belarus lost its next match without him. Several dozen Belarusian athletes have been detained, fined or removed from national teams since the election; a smaller number have left the country, most of them for Poland or Lithuania."""
,"gold": {"countries": ["BLR", "LTU", "POL"],
 "persons": [
  {"name": "Dzmitry Laptsevich", "aliases": ["Laptsevich"], "nationality": "BLR"},
  {"name": "Alaksandr Apeikin", "aliases": []}],
 "not_persons": ["Belarusian Sports Solidarity Foundation", "Migration Department"],
 "embassies": [],
 "defections": [
  {"defector": "Dzmitry Laptsevich", "from": "BLR", "to": "LTU", "post_host": None, "date": "2021-01-20", "position": "handball player, Belarusian national team"}],
 "agreements": []}},

{"id": "spmil-009", "title": "Washington gives notice it will quit ABM Treaty", "published": "2001-12-14", "source": "Wire analysis",
"text": """WASHINGTON — The United States on Thursday formally notified Russia that it is withdrawing from the 1972 Anti-Ballistic Missile Treaty, the first time in the nuclear age that Washington has walked away from a major arms-control accord.
Under the treaty's terms, the withdrawal takes effect six months after notice. President George W. Bush said the pact, signed with the Soviet Union when the two superpowers were locked in a Cold War standoff, "hinders our government's ability to develop ways to protect our people from future terrorist or rogue-state missile attacks."
Moscow's reaction was measured. Russian officials called the decision a mistake but said it did not threaten Russia's security, and they signaled that work on a new agreement to cut offensive warheads would continue.
Arms-control advocates were less restrained. "We are throwing away the keystone," said Daniel Whitcombe of the Council for a Livable World, an advocacy group in Washington. He argued that the treaty had underpinned every later reduction, including the 1991 START agreement with the Soviet Union, which remains in force.
Administration officials countered that the world had changed since 1972. One senior official noted that the ABM Treaty was signed by Richard Nixon and Leonid Brezhnev "with a country that no longer exists."
China, whose small nuclear arsenal could be most affected by an American missile shield, said it was "concerned." Beijing's Foreign Ministry urged Washington to "act prudently.\""""
,"gold": {"countries": ["USA", "RUS", "SUN", "CHN"],
 "persons": [
  {"name": "George W. Bush", "aliases": [], "nationality": "USA"},
  {"name": "Daniel Whitcombe", "aliases": []},
  {"name": "Richard Nixon", "aliases": [], "nationality": "USA"},
  {"name": "Leonid Brezhnev", "aliases": [], "nationality": "SUN"}],
 "not_persons": ["Council for a Livable World"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Anti-Ballistic Missile Treaty", "aliases": ["ABM Treaty"], "parties": ["USA", "SUN"], "date": "1972", "status": "withdrawn"},
  {"name": "START", "aliases": ["START agreement"], "parties": ["USA", "SUN"], "date": "1991", "status": "in_force"}]}},
]
