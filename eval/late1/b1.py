from h import *
ARTS = []
ARTS.append(dict(id="late1-000", title="Czech trade aide asks Austria for asylum", published="1961-03-14", source="Wire report",
text="""VIENNA, March 14 — A commercial attaché at the Czechoslovak legation here has asked the Austrian Government for political asylum, the Interior Ministry announced today.
The official, Karel Vondráček, 41, presented himself at a police station in the Ninth District on Sunday afternoon together with his wife, Jarmila, and their 12-year-old son. Both adults signed asylum requests before the day was out, a ministry spokesman said.
"Mr. Vondráček stated that he no longer wished to serve the present regime in Prague and that he feared for his family if he returned," the spokesman, Dr. Franz Leitner, told reporters. He declined to say where the family was being sheltered.
The legation delivered a note of protest this morning demanding that one of its officers be allowed to see the attaché "to ascertain that he is not being held against his will." Austrian officials said such a meeting could take place only if Mr. Vondráček agreed to it.
Vondráček had served in Vienna since 1958 and handled timber and machinery contracts, according to the Austrian trade chamber. Colleagues there described him as quiet and well informed about the Czechoslovak engineering industry.
Prague radio made no mention of the case tonight.
Austria, which has been neutral since the end of the four-power occupation, has received a steady trickle of refugees from its Communist neighbours, but defections by accredited diplomats remain rare. The Government is expected to rule on the request within a few weeks.""",
gold=G(["CSK","AUT"],
 [P("Karel Vondráček",["Vondráček"],"CSK"), P("Jarmila Vondráček",["Jarmila"],"CSK"), P("Franz Leitner",["Leitner"],"AUT")],
 [], [E("CSK","AUT","Vienna")],
 [D("Karel Vondráček","CSK","AUT","AUT","1961-03-12","commercial attaché"),
  D("Jarmila Vondráček","CSK","AUT","AUT","1961-03-12")])))

ARTS.append(dict(id="late1-001", title="Kenya, Uganda seal lake patrol pact to cool island row", published="2019-05-20", source="Regional business daily",
text="""Kenya and Uganda have signed a memorandum of understanding on joint patrols and fishing rights on Lake Victoria, in a bid to end years of skirmishes around the rocky outcrop of Migingo.
The deal was signed on Friday at a border post in Busia by Kenya's principal secretary for fisheries, Japheth Mbuvi, and Uganda's state minister for fisheries, Agnes Nakiyimba. It commits the two governments to coordinated marine police patrols, a shared register of licensed boats and a hotline between district commanders on both shores.
Fishermen on Migingo, a one-acre island crowded with tin shacks, have complained for a decade of being harassed by Ugandan officers who demand fees and confiscate nets. Nairobi insists the island lies within Kenyan waters; Kampala has at times claimed the surrounding fishing grounds.
"This is not about drawing a boundary. Surveyors will do that. This is about letting people fish without being beaten," Mbuvi said after the ceremony.
Nakiyimba said her government would withdraw "non-essential" personnel from the island within 30 days, a provision Kenyan fishing associations welcomed with caution. "We have heard promises before," said Wilfred Ochieng, who chairs a beach management unit in Homa Bay county. "Let us see the boats leave."
Tanzania, which controls the largest share of the lake, was not party to the arrangement, although officials in Dar es Salaam were briefed, according to a Kenyan diplomat.
Nile perch catches have fallen by nearly a third since 2010, and scientists warn that overfishing by all three riparian states is pushing stocks toward collapse. The memorandum is due to be reviewed after two years.""",
gold=G(["KEN","UGA","TZA"],
 [P("Japheth Mbuvi",["Mbuvi"],"KEN"), P("Agnes Nakiyimba",["Nakiyimba"],"UGA"), P("Wilfred Ochieng",["Ochieng"],"KEN")],
 ["Migingo"], [],
 [], [A("memorandum of understanding on joint patrols and fishing rights on Lake Victoria",["the deal","the arrangement","the memorandum"],["KEN","UGA"],"2019-05-17","signed")])))

ARTS.append(dict(id="late1-002", title="Embassy bugging row shadows Shultz trip", published="1987-04-09", source="Newsweekly, Washington bureau",
text="""WASHINGTON — The new American Embassy office building in Moscow, an eight-story block of Soviet-made concrete that has stood empty for two years, may never be occupied. Inspectors who have spent months probing its walls now say the structure is so thoroughly laced with listening devices that sealing it could cost more than tearing it down.
"The building is a giant microphone," one Senate aide said this week after a closed briefing. Some members of Congress want it razed and rebuilt with American crews and materials; others argue that the top floors alone could be replaced.
The timing could hardly be worse. Secretary of State George P. Shultz is due in Moscow next week for talks on arms control, and aides have been weighing whether he should conduct sensitive conversations inside the existing embassy on Tchaikovsky Street at all. One proposal under discussion is to bring a secure mobile trailer with the delegation.
State Department spokesman Charles Redman said the Secretary's trip would go ahead as planned. "We are taking every appropriate step to protect our communications," he said.
In Moscow, the Foreign Ministry spokesman, Gennady Gerasimov, dismissed the accusations as "spy mania" and pointed out that Soviet diplomats had long complained of eavesdropping at their own new compound on Mount Alto in Washington. Soviet officials have hinted that if the Americans refuse to move into their building, the Soviet side may be kept out of its Washington complex as well.
The dispute over the two buildings has simmered for years, but officials in both capitals say it has never before threatened to overshadow a ministerial meeting.""",
gold=G(["USA","SUN"],
 [P("George P. Shultz",["Shultz"],"USA"), P("Charles Redman",["Redman"],"USA"), P("Gennady Gerasimov",["Gerasimov"],"SUN")],
 ["Tchaikovsky Street","Mount Alto"], [E("USA","SUN","Moscow"), E("SUN","USA","Washington")], [], [])))

ARTS.append(dict(id="late1-003", title="Yevgeny Loktionov, dancer who chose Canada, dies at 63", published="2004-02-11", source="Obituary, national newspaper",
text="""Yevgeny Loktionov, the Soviet-born dancer whose leap to freedom from a Montreal hotel room in 1974 made him, for one summer, the most talked-about man in Canadian ballet, died on Monday in Toronto. He was 63.
The cause was pancreatic cancer, said his daughter, Sasha Loktionova.
Loktionov was a soloist with a touring company from Leningrad when it arrived in Montreal in June 1974. On the last night of the engagement he left his hotel through a service door, climbed into a car driven by Margaret Ellison, a Canadian patron of the arts he had met at a reception days earlier, and was taken to an RCMP office, where he asked for asylum.
Ellison, who died in 1998, always insisted she had done nothing more than "give a friend a lift." Soviet officials at the time called it an abduction.
Ottawa granted his request within a week. Loktionov was not the only dancer to slip away from a Soviet troupe that season: Mikhail Baryshnikov also sought asylum in Canada weeks later, and for years the two were compared, usually to Loktionov's disadvantage.
"Misha was a comet," Loktionov told this newspaper in 1991. "I was a workhorse. Workhorses also have a place."
He danced with the National Ballet of Canada for a decade, became a Canadian citizen in 1979 and later ran a ballet school in North York that produced a generation of professional dancers. His parents in Leningrad were not allowed to visit him until 1988.
Born in Kuibyshev on the Volga in 1940, Yevgeny Pavlovich Loktionov trained at the Vaganova school. His teachers remembered a gifted but stubborn pupil who argued about choreography at 14.
Besides his daughter, he is survived by his wife of 27 years, Helen, and two grandchildren.""",
gold=G(["SUN","CAN"],
 [P("Yevgeny Loktionov",["Loktionov","Yevgeny Pavlovich Loktionov"],"SUN"), P("Sasha Loktionova",[]), P("Margaret Ellison",["Ellison"],"CAN"),
  P("Mikhail Baryshnikov",["Baryshnikov","Misha"],"SUN"), P("Helen",[])],
 ["RCMP","National Ballet of Canada"], [],
 [D("Yevgeny Loktionov","SUN","CAN",None,"1974-06","ballet soloist"),
  D("Mikhail Baryshnikov","SUN","CAN",None,"1974","dancer")], [])))

ARTS.append(dict(id="late1-004", title="Brazil, Paraguay sign Act on Paraná falls", published="1966-06-23", source="Wire report",
text="""FOZ DO IGUAÇU, Brazil, June 23 — Brazil and Paraguay signed an agreement yesterday to study jointly the hydroelectric potential of the Paraná River along their common frontier, setting aside for now a boundary quarrel that had brought troops of both countries to the area of the Guairá Falls.
The document, which officials here are calling the Act of Iguaçu, was signed by the Brazilian Foreign Minister, Juracy Magalhães, and the Paraguayan Foreign Minister, Raúl Sapena Pastor, after two days of talks at a hotel overlooking the Iguaçu cataracts.
Under the act, the two governments agree that any electricity produced from the river's waters in the disputed stretch "shall be divided in equal parts" between them, and that each will have a preferential right to buy the other's share. A mixed technical commission is to begin work within months.
Paraguayan diplomats described the outcome as a victory, saying Brazil had in effect accepted that the falls were a shared resource. Brazilian officials said the act did not affect Brazil's position on the frontier itself.
Argentina, which lies downstream, was not consulted, and diplomats in Asunción said Buenos Aires was likely to ask for assurances that any future dam would not reduce the flow reaching its territory.""",
gold=G(["BRA","PRY","ARG"],
 [P("Juracy Magalhães",["Magalhães"],"BRA"), P("Raúl Sapena Pastor",["Sapena Pastor"],"PRY")],
 [], [],
 [], [A("Act of Iguaçu",["the act"],["BRA","PRY"],"1966-06-22","signed")])))

ARTS.append(dict(id="late1-005", title="Polish pilot lands MiG on Bornholm, asks to stay", published="1983-07-07", source="Wire report",
text="""COPENHAGEN (AP) — A Polish air force lieutenant who landed his MiG-17 fighter at the airport on the Danish island of Bornholm has asked for political asylum, the Justice Ministry said Thursday.
Lt. Zbigniew Krawczyk, 26, touched down at Rønne shortly after 10 a.m. on Tuesday, having flown low across the Baltic from a base near Słupsk to avoid radar, officials said. He climbed out of the cockpit, raised his hands and told an astonished airport fireman in halting English that he wanted "to go to the West."
Ministry spokesman Ole Vestergaard said the pilot's request would be examined "in the normal way," but that the aircraft itself would be returned to Poland. He cited a 1976 agreement between Denmark and Poland on the handling of military and civilian aircraft that stray into each other's territory, which he said remained in force and "deals with machines, not people."
The Polish Embassy in Copenhagen demanded that its consul be given access to the pilot. Warsaw's official PAP news agency said Krawczyk had "lost his bearings during a training flight" and should be sent home.
It was not the first time Bornholm, which lies closer to the Polish coast than to Copenhagen, has received such a visitor. In March 1953, Lt. Franciszek Jarecki landed a MiG-15 on the island in what was then one of the first intact Soviet-built jets to fall into Western hands. A second Polish pilot followed him weeks later.
Danish officials said Krawczyk was being questioned by police and was in good health.""",
gold=G(["POL","DNK"],
 [P("Zbigniew Krawczyk",["Krawczyk"],"POL"), P("Ole Vestergaard",["Vestergaard"],"DNK"), P("Franciszek Jarecki",["Jarecki"],"POL")],
 ["PAP"], [E("POL","DNK","Copenhagen")],
 [D("Zbigniew Krawczyk","POL","DNK",None,"1983-07-05","air force lieutenant, fighter pilot"),
  D("Franciszek Jarecki","POL","DNK",None,"1953-03","air force lieutenant, pilot")],
 [A("1976 agreement between Denmark and Poland on the handling of military and civilian aircraft",["1976 agreement"],["DNK","POL"],"1976","in_force")])))

ARTS.append(dict(id="late1-006", title="'I kept counting the workers' wages that never reached them'", published="2021-09-28", source="Interview, Seoul weekly magazine",
text="""Pak Chol-jin spent four years at North Korea's embassy in Kuwait, where, as counselor, he oversaw the wages of several thousand North Korean construction workers sent to the Gulf. In September 2019 he, his wife Choe Yong-hui and their teenage daughter left the embassy compound and did not come back. They arrived in Seoul that autumn. It is the first time he has spoken on the record. The conversation has been edited for length.
Why did you leave?
My daughter. She was about to be called back to Pyongyang for school, and once she went, we would have been hostages. Everyone at a mission understands this. Your child is the guarantee that you will return.
Did your wife know what you were planning?
She planned it with me. Honestly, she was braver. I kept saying, "Next month, next month." She said, "There is no next month."
What was your job in Kuwait?
Officially, economic affairs. In practice I counted money. The workers were paid by Kuwaiti contractors, and most of it went to the state. Some men received maybe ten percent. I kept counting the wages that never reached them, and after a while I couldn't look at them at the Friday meetings.
Many people compare you to Thae Yong-ho, the minister from the London embassy who came in 2016.
I knew his name, of course. When he defected we were given a lecture about "human garbage." I remember thinking, he has a son, too. Maybe that is why.
Do you worry about relatives in the North?
Every day. I will not say more than that.
What do you do now?
I lecture at a university here and I am learning to drive. In Pyongyang I had a driver. In Seoul nobody has a driver. That is democracy, I suppose.
— Interview by Han Seo-yeon""",
gold=G(["PRK","KWT","KOR","GBR"],
 [P("Pak Chol-jin",["Pak"],"PRK"), P("Choe Yong-hui",[],"PRK"), P("Thae Yong-ho",["Thae"],"PRK"), P("Han Seo-yeon",[])],
 [], [E("PRK","KWT","Kuwait"), E("PRK","GBR","London")],
 [D("Pak Chol-jin","PRK","KOR","KWT","2019-09","counselor"),
  D("Choe Yong-hui","PRK","KOR","KWT","2019-09"),
  D("Thae Yong-ho","PRK","KOR","GBR","2016","minister at the London embassy")], [])))

ARTS.append(dict(id="late1-007", title="U.S. expels 60 Russian diplomats, shuts Seattle consulate", published="2018-03-27", source="Wire report",
text="""WASHINGTON — The United States on Monday ordered 60 Russian diplomats it described as intelligence officers to leave the country and closed Russia's consulate in Seattle, in the most sweeping American response yet to the nerve-agent attack in the English city of Salisbury.
White House press secretary Sarah Sanders said the expelled officials, 12 of them assigned to Russia's mission at the United Nations, had seven days to depart. The Seattle consulate, she said, was closed because of its proximity to a submarine base and to Boeing facilities.
The move was coordinated with allies. Germany, France and Poland each said they would expel four Russian diplomats, and Canada ordered out four more, while more than a dozen other European governments announced smaller expulsions. Britain had already expelled 23 Russians earlier this month.
"Today's actions make the United States safer by reducing Russia's ability to spy on Americans," Sanders said in a statement.
Moscow denies any involvement in the poisoning. The Foreign Ministry spokeswoman, Maria Zakharova, said Russia would respond "in a mirror fashion," and Russian officials hinted that the American consulate in St. Petersburg could be targeted.
Prime Minister Theresa May told the House of Commons that the coordinated expulsions were "the largest collective expulsion of Russian intelligence officers in history."
The Russian Embassy in Washington posted a message on Twitter asking followers to vote on which U.S. consulate in Russia should be closed.""",
gold=G(["USA","RUS","GBR","DEU","FRA","POL","CAN"],
 [P("Sarah Sanders",["Sanders"],"USA"), P("Maria Zakharova",["Zakharova"],"RUS"), P("Theresa May",["May"],"GBR")],
 ["Boeing"], [E("RUS","USA","Seattle"), E("RUS","USA","Washington"), E("RUS","USA"), E("USA","RUS","St. Petersburg")], [], [])))

ARTS.append(dict(id="late1-008", title="Central Asian states sign new water accord as Afghan canal looms", published="2024-10-17", source="Regional news agency",
text="""TASHKENT — The five Central Asian republics signed a memorandum on Wednesday on the shared management of the Aral Sea basin, pledging to coordinate releases from upstream reservoirs and to exchange real-time data on river flows.
Water ministers from Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan put their names to the document after a day of talks that ran late into the evening. It replaces a 1992 agreement, signed in Almaty in the first months of independence, which officials from all five governments have long described as outdated.
Uzbekistan's water resources minister, Bakhtiyor Yusupov, said the new framework would allow countries "to plan the irrigation season on facts, not rumours." His Kazakh counterpart, Yerlan Sadykov, said Astana wanted the data-sharing provisions to take effect before next spring.
Downstream states have complained for years that Kyrgyzstan and Tajikistan release water from their dams in winter to generate electricity, flooding fields, and hold it back in summer when farmers need it. Bishkek and Dushanbe argue they have been left to maintain Soviet-era reservoirs at their own expense.
Hanging over the meeting was the Qosh Tepa canal, which Afghanistan's Taliban authorities are digging to divert water from the Amu Darya. Afghanistan is not a party to any regional water arrangement, and analysts estimate the canal could eventually take a fifth of the river's flow.
"We cannot pretend the Amu Darya has only five owners," said Dilnoza Rakhimova, a water policy researcher in Tashkent.""",
gold=G(["KAZ","KGZ","TJK","TKM","UZB","AFG"],
 [P("Bakhtiyor Yusupov",["Yusupov"],"UZB"), P("Yerlan Sadykov",["Sadykov"],"KAZ"), P("Dilnoza Rakhimova",["Rakhimova"])],
 ["Qosh Tepa"], [],
 [], [A("memorandum on the shared management of the Aral Sea basin",["the document","the new framework"],["KAZ","KGZ","TJK","TKM","UZB"],"2024-10-16","signed"),
      A("1992 agreement signed in Almaty",["1992 agreement"],["KAZ","KGZ","TJK","TKM","UZB"],"1992","terminated")])))

ARTS.append(dict(id="late1-009", title="Three Hungarian Olympians stay behind", published="1957-01-04", source="Australian newspaper",
text="""SYDNEY, Friday. — Two members of Hungary's Olympic team who refused to return home after the Melbourne Games have been granted permission to remain in Australia, the Minister for Immigration announced last night.
They are Gábor Lendvai, 24, a member of the water polo team which won the gold medal, and Miss Katalin Szirmai, 21, a fencer. A third athlete, the canoeist István Keresztes, left Sydney by air for San Francisco on New Year's Day and has applied to enter the United States.
All three slipped away from the team's quarters in Melbourne in the days after the closing ceremony on December 8, while their colleagues prepared to sail for Europe. They told immigration officers they could not go back to a country where, as Lendvai put it, "Soviet tanks decide who is right."
The Hungarian team's chef de mission, Dr. Béla Horváth, had appealed publicly to the athletes to rejoin the squad, promising that no one would be punished. The appeal went unanswered.
Officials said that about 30 members of the Hungarian party in all had sought to stay in the West, many of them now scattered among migrant hostels in Victoria and New South Wales.
Lendvai, an engineering student, is staying with a Hungarian family in Bondi and hopes to resume his studies. Miss Szirmai said she would like to teach fencing.""",
gold=G(["HUN","AUS","USA","SUN"],
 [P("Gábor Lendvai",["Lendvai"],"HUN"), P("Katalin Szirmai",["Szirmai","Miss Szirmai"],"HUN"), P("István Keresztes",["Keresztes"],"HUN"), P("Béla Horváth",["Dr. Béla Horváth"],"HUN")],
 [], [],
 [D("Gábor Lendvai","HUN","AUS",None,"1956-12","water polo player"),
  D("Katalin Szirmai","HUN","AUS",None,"1956-12","fencer"),
  D("István Keresztes","HUN","USA",None,"1956-12","canoeist")], [])))
