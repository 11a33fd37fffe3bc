ARTICLES = [
dict(id="hist-030", title="Russia quits Cold War conventional forces treaty", published="2023-11-07",
source="Wire report", text="""MOSCOW — Russia formally withdrew on Tuesday from the Treaty on Conventional Armed Forces in Europe, a pact negotiated in the last months of the Cold War to cap the number of tanks, artillery pieces and combat aircraft that could be deployed between the Atlantic and the Urals.
The foreign ministry said in a statement that the treaty had become "history" and blamed NATO enlargement. Moscow had suspended its participation in 2007 and stopped attending the treaty's consultative group in 2015.
The CFE Treaty was signed in Paris in November 1990 by the 22 members of the two military blocs. The Soviet Union, the United States, Britain, France, Czechoslovakia and Poland were among the signatories; Russia took over the Soviet Union's obligations after 1991. The treaty remains formally in force among its other parties.
Its limits led to the destruction of tens of thousands of weapons in the early 1990s and, according to Anna Hellberg, an arms control specialist at a Swedish research institute, "did more than any other single agreement to demilitarise the continent."
Russia's lower house approved the withdrawal in May. A statement from NATO allies said Moscow's decision "further undermines Euro-Atlantic security" and that the alliance was considering its response.""",
gold={"countries": ["RUS", "SUN", "USA", "GBR", "FRA", "CSK", "POL"],
 "persons": [{"name": "Anna Hellberg", "aliases": []}],
 "not_persons": [],
 "embassies": [],
 "defections": [],
 "agreements": [{"name": "Treaty on Conventional Armed Forces in Europe", "aliases": ["CFE Treaty"],
                 "parties": ["SUN", "USA", "GBR", "FRA", "CSK", "POL", "RUS"], "date": "1990-11", "status": "withdrawn"}]}),

dict(id="hist-031", title="East German Envoy in India Flees to West German Embassy", published="1984-03-16",
source="Wire report", text="""NEW DELHI, March 15 (Reuters) — A trade counselor at the East German Embassy in New Delhi has sought refuge in the West German Embassy and been flown to Bonn, West German officials said today.
The diplomat, identified as Dieter Hallmann, 44, walked into the West German chancery in the Chanakyapuri diplomatic enclave on Wednesday morning with his wife and teen-age son. They left India the same night aboard a Lufthansa flight to Frankfurt, accompanied by two West German officials.
A spokesman for the Foreign Ministry in Bonn said Mr. Hallmann had asked to be received as a German citizen, which under West German law he automatically was. "There was no question of asylum," the spokesman said. "He came home."
The East German Embassy protested to the Indian Government that Mr. Hallmann had been "lured away" and demanded an explanation of how he had been allowed to leave the country. Indian officials said he had travelled on a valid passport.
Mr. Hallmann had served in India for three years, officials said, handling East Berlin's growing trade in machine tools and textiles with Indian state companies. A colleague at the West German mission described him as "very quiet, very correct." """,
gold={"countries": ["DDR", "DEU", "IND"],
 "persons": [{"name": "Dieter Hallmann", "aliases": ["Mr. Hallmann"], "nationality": "DDR"}],
 "not_persons": ["Chanakyapuri", "Lufthansa"],
 "embassies": [{"sending": "DDR", "host": "IND", "city": "New Delhi"}, {"sending": "DEU", "host": "IND", "city": "New Delhi"}],
 "defections": [{"defector": "Dieter Hallmann", "from": "DDR", "to": "DEU", "post_host": "IND", "date": "1984-03-14", "position": "trade counselor at the East German Embassy"}],
 "agreements": []}),

dict(id="hist-032", title="The biologist who stayed behind in Trieste", published="2018-09-15",
source="Science magazine feature", text="""In September 1988, the molecular biologist Natalia Bondarenko came to Trieste for a two-week workshop at the International Centre for Theoretical Physics. She was 34, the first woman from her laboratory at the Institute of Molecular Biology and Genetics in Kiev ever allowed to travel to a Western conference, and she had a return ticket on an Aeroflot flight via Moscow.
She never used it. On the last day of the workshop she told the Soviet delegation leader she was going to buy presents, took a tram to the city's main police station and asked for asylum. Italy granted her refugee status the following spring.
Thirty years later, Bondarenko — now a professor at a university in California — still speaks about that morning with some wonder. "I had no plan at all beyond the police station," she said in an interview. "I thought they would laugh at me."
Her decision had consequences at home. Her supervisor in Soviet-era Kiev, Professor Vasyl Tkachuk, was stripped of his travel privileges, and for two years nobody from the institute went abroad. "I felt guilty about that for a very long time," she said. Tkachuk, who died in 2009, later wrote to her that he understood.
Bondarenko moved to the United States in 1990 and has worked since on DNA repair enzymes. She returned to Kyiv for the first time in 2004, to give a lecture at her old institute.""",
gold={"countries": ["SUN", "ITA", "USA", "UKR"],
 "persons": [{"name": "Natalia Bondarenko", "aliases": ["Bondarenko"], "nationality": "SUN"},
             {"name": "Vasyl Tkachuk", "aliases": ["Tkachuk"], "nationality": "SUN"}],
 "not_persons": ["Aeroflot"],
 "embassies": [],
 "defections": [{"defector": "Natalia Bondarenko", "from": "SUN", "to": "ITA", "post_host": None, "date": "1988-09", "position": "molecular biologist"}],
 "agreements": []}),

dict(id="hist-033", title="Soviet Radio Officer Leaves Ship at Bergen, Asks Norway for Refuge", published="1973-05-22",
source="Wire report", text="""OSLO, May 21 (AP) — A radio officer from a Soviet freighter unloading timber at Bergen walked into a police station there Sunday and asked for political asylum, the Norwegian Justice Ministry said today.
The ministry identified him as Alexei Kulikov, 32, of the freighter Akademik Pavlov, registered in Murmansk. He told the police he had planned his escape for two years and had waited for a voyage to a Western port.
Norway's Justice Minister, Inger Louise Valle, said the request would be considered "in the normal way," and that Kulikov would not be handed back against his will. The Soviet consul in Bergen asked to see him and was told the decision lay with the seaman.
The ship sailed on Monday morning without him, a harbour official said.
It is the second time this year that a Soviet seaman has sought asylum in a Norwegian port. In January a crewman from a fishing trawler at Tromsø asked to stay but changed his mind after meeting Soviet officials.""",
gold={"countries": ["SUN", "NOR"],
 "persons": [{"name": "Alexei Kulikov", "aliases": ["Kulikov"], "nationality": "SUN"},
             {"name": "Inger Louise Valle", "aliases": [], "nationality": "NOR"}],
 "not_persons": ["Akademik Pavlov"],
 "embassies": [{"sending": "SUN", "host": "NOR", "city": "Bergen"}],
 "defections": [{"defector": "Alexei Kulikov", "from": "SUN", "to": "NOR", "post_host": None, "date": "1973-05-20", "position": "radio officer on a Soviet freighter"}],
 "agreements": []}),

dict(id="hist-034", title="Fifty years after Helsinki: the accord that Moscow signed and came to regret", published="2025-08-01",
source="Opinion and analysis, European weekly", text="""It was, by the standards of the time, a strange thing to sign. On 1 August 1975, in Finlandia Hall, the leaders of 35 states put their names to the Final Act of the Conference on Security and Co-operation in Europe. The Soviet Union, the United States, Canada and both German states were among the signatories. Only Albania, in its splendid isolation, refused to take part.
For Leonid Brezhnev the Helsinki Final Act was a triumph: the West had, in effect, accepted the post-war borders of Europe. The price seemed small — a section, the so-called third basket, committing the signatories to respect human rights and the freedom of movement of people and ideas.
That price turned out to be anything but small. Within two years, Helsinki monitoring groups had sprung up across the Soviet Union, and in Czechoslovakia the dissidents of Charter 77 explicitly invoked the accord. Their members were harassed and jailed, but their reports, smuggled out to the West, made the text impossible to ignore.
"The Final Act did not bring down the Soviet system," the historian Tomasz Wierzbicki of Warsaw University wrote recently, "but it gave dissidents a language the Kremlin itself had endorsed."
Half a century on, the organisation that grew out of the conference — the OSCE — is paralysed, and several of the principles agreed in Finlandia Hall have been openly trampled. Anniversary speeches in Helsinki this week were, fittingly, more sombre than celebratory.""",
gold={"countries": ["SUN", "USA", "CAN", "DDR", "DEU", "ALB", "CSK"],
 "persons": [{"name": "Leonid Brezhnev", "aliases": []},
             {"name": "Tomasz Wierzbicki", "aliases": []}],
 "not_persons": ["Finlandia Hall", "Charter 77"],
 "embassies": [],
 "defections": [],
 "agreements": [{"name": "Final Act of the Conference on Security and Co-operation in Europe", "aliases": ["Helsinki Final Act", "Final Act"],
                 "parties": ["SUN", "USA", "CAN", "DDR", "DEU"], "date": "1975-08-01", "status": "signed"}]}),

dict(id="hist-035", title="Tito Joins Greece and Turkey in Military Alliance", published="1954-08-10",
source="Wire report", text="""BLED, Yugoslavia, Aug. 9 (AP) — Yugoslavia, Greece and Turkey signed a twenty-year military alliance here today, binding Marshal Tito's Communist state to two members of the North Atlantic Treaty Organization.
The treaty of alliance, political co-operation and mutual assistance provides that an armed attack on any one of the three will be regarded as an attack on all. It builds on the treaty of friendship the three countries concluded in Ankara in February of last year, and sets up a permanent council of foreign ministers.
The document was signed at the lakeside resort by Foreign Ministers Koča Popović of Yugoslavia, Stephanos Stephanopoulos of Greece and Fuat Köprülü of Turkey.
Western diplomats said the pact, which must be ratified by the three parliaments, gave NATO what amounted to an indirect link with Belgrade. Moscow radio denounced it as "an aggressive bloc directed against the peace-loving peoples of the Balkans."
Popović told reporters that Yugoslavia remained "outside all blocs" and that the alliance was "purely defensive." """,
gold={"countries": ["YUG", "GRC", "TUR", "SUN"],
 "persons": [{"name": "Tito", "aliases": ["Marshal Tito"], "nationality": "YUG"},
             {"name": "Koča Popović", "aliases": ["Popović"], "nationality": "YUG"},
             {"name": "Stephanos Stephanopoulos", "aliases": [], "nationality": "GRC"},
             {"name": "Fuat Köprülü", "aliases": [], "nationality": "TUR"}],
 "not_persons": [],
 "embassies": [],
 "defections": [],
 "agreements": [{"name": "treaty of alliance, political co-operation and mutual assistance", "aliases": [], "parties": ["YUG", "GRC", "TUR"], "date": "1954-08-09", "status": "signed"},
                {"name": "treaty of friendship", "aliases": [], "parties": ["YUG", "GRC", "TUR"], "date": "1953-02", "status": "signed"}]}),

dict(id="hist-036", title="Brandt Signs Pact in Moscow Renouncing Force", published="1970-08-13",
source="Newspaper, Bonn correspondent", text="""MOSCOW, Aug. 12 — Chancellor Willy Brandt and Premier Aleksei N. Kosygin signed a treaty in the Kremlin today in which West Germany and the Soviet Union renounce the use of force and recognize as "inviolable" the existing frontiers of Europe, including the Oder-Neisse line and the border between the two German states.
The Moscow Treaty, as officials here are already calling it, is the centrepiece of Mr. Brandt's "Ostpolitik." It was signed by the two heads of government and by the foreign ministers, Walter Scheel and Andrei A. Gromyko. Leonid I. Brezhnev, the party leader, stood behind them.
Bonn handed the Russians a letter stating that the treaty did not conflict with the goal of German reunification. The Soviet side accepted it without comment.
Mr. Brandt made clear that the Bonn Government would not submit the treaty to the Bundestag for ratification until there was satisfactory progress in four-power talks on Berlin. Opposition Christian Democrats have attacked it as a sell-out.
In East Berlin, the official press welcomed the signing as a "realistic step." Diplomats here said that negotiations with Poland on a separate border treaty could now be expected to move more quickly.""",
gold={"countries": ["DEU", "SUN", "DDR", "POL"],
 "persons": [{"name": "Willy Brandt", "aliases": ["Mr. Brandt"], "nationality": "DEU"},
             {"name": "Aleksei N. Kosygin", "aliases": [], "nationality": "SUN"},
             {"name": "Walter Scheel", "aliases": [], "nationality": "DEU"},
             {"name": "Andrei A. Gromyko", "aliases": [], "nationality": "SUN"},
             {"name": "Leonid I. Brezhnev", "aliases": [], "nationality": "SUN"}],
 "not_persons": ["Ostpolitik", "Oder-Neisse"],
 "embassies": [],
 "defections": [],
 "agreements": [{"name": "Moscow Treaty", "aliases": [], "parties": ["DEU", "SUN"], "date": "1970-08-12", "status": "signed"},
                {"name": "separate border treaty", "aliases": [], "parties": ["DEU", "POL"], "date": None, "status": None}]}),

dict(id="hist-037", title="Stanislav Gorelov, KGB man who fled Tokyo, dies at 80", published="2019-07-09",
source="Obituary, wire service", text="""Stanislav Gorelov, a KGB major who worked in Tokyo under cover as a correspondent for a Soviet weekly and whose defection in 1979 exposed a network of Japanese agents, died on July 3 at his home in Virginia. He was 80.
His death was announced by his daughter, Irina Gorelova-Hunt, who said he had suffered from Parkinson's disease.
Gorelov arrived in Tokyo in 1975, nominally as the bureau chief of the magazine New Times. His real job, he later testified, was to recruit Japanese politicians and journalists. Disenchanted after the Soviet leadership's hard line on dissidents, he approached an American naval officer in the bar of the Sanno Hotel on the evening of October 24, 1979, and asked to go to the United States.
He was on a flight to Washington within days. A Soviet court sentenced him to death in absentia in 1981.
His testimony to a House committee in 1982 caused a political storm in Japan, where several of the people he named denied any wrongdoing. The Soviet Embassy in Tokyo dismissed him as "a traitor and a liar."
"My father was a complicated man," Ms. Gorelova-Hunt said. "He loved Japan more than either of the countries he served." """,
gold={"countries": ["SUN", "JPN", "USA"],
 "persons": [{"name": "Stanislav Gorelov", "aliases": ["Gorelov"], "nationality": "SUN"},
             {"name": "Irina Gorelova-Hunt", "aliases": ["Ms. Gorelova-Hunt"]}],
 "not_persons": ["New Times", "Sanno Hotel"],
 "embassies": [{"sending": "SUN", "host": "JPN", "city": "Tokyo"}],
 "defections": [{"defector": "Stanislav Gorelov", "from": "SUN", "to": "USA", "post_host": "JPN", "date": "1979-10-24", "position": "KGB major under cover as a magazine correspondent"}],
 "agreements": []}),

dict(id="hist-038", title="K.G.B. Defector Walks Back Into Soviet Embassy, Says He Was Drugged", published="1985-11-05",
source="Newspaper, Washington", text="""WASHINGTON, Nov. 4 — A senior K.G.B. officer whom American officials had described as the most important Soviet defector in years appeared at a news conference at the Soviet Embassy here today and said he had been kidnapped in Rome by the C.I.A., drugged and held against his will.
The officer, Vitaly S. Kornilov, 49, said he intended to return to Moscow. He had slipped away on Saturday night from his C.I.A. escort at a Georgetown restaurant and walked the mile or so to the Soviet compound on Mount Alto.
Administration officials insisted that Mr. Kornilov had come over voluntarily. They said that on Aug. 1, while on assignment at the Soviet Embassy in Rome, he left the building saying he was going to visit the Vatican museums, telephoned the American Embassy and asked for asylum in the United States. He was flown to Washington days later.
"He was never drugged, never held," said a State Department spokesman, Charles Redman. "He was free to leave, and he has left." The State Department said Mr. Kornilov would be interviewed by American officials before departure to make sure he was going of his own free will.
Intelligence experts were divided over whether the episode was a genuine change of heart or a deliberate Soviet operation from the start.""",
gold={"countries": ["SUN", "USA", "ITA"],
 "persons": [{"name": "Vitaly S. Kornilov", "aliases": ["Mr. Kornilov"], "nationality": "SUN"},
             {"name": "Charles Redman", "aliases": [], "nationality": "USA"}],
 "not_persons": ["Mount Alto"],
 "embassies": [{"sending": "SUN", "host": "USA", "city": "Washington"}, {"sending": "SUN", "host": "ITA", "city": "Rome"}, {"sending": "USA", "host": "ITA", "city": "Rome"}],
 "defections": [{"defector": "Vitaly S. Kornilov", "from": "SUN", "to": "USA", "post_host": "ITA", "date": "1985-08-01", "position": "senior K.G.B. officer"}],
 "agreements": []}),

dict(id="hist-039", title="Warsaw Pact Is Formally Dissolved in Prague", published="1991-07-02",
source="Wire report", text="""PRAGUE, July 1 — Leaders of the six remaining members of the Warsaw Pact signed a protocol here today that formally dissolved the military and political alliance, 36 years after it was founded as the Soviet bloc's answer to NATO.
"We are saying goodbye to an era," said President Václav Havel of Czechoslovakia, the host of the brief meeting in the Černín Palace. The Soviet Union was represented by Vice President Gennadi I. Yanayev, who signed alongside the leaders or senior officials of Poland, Hungary, Romania and Bulgaria.
The Warsaw Treaty of Friendship, Cooperation and Mutual Assistance, signed in the Polish capital in May 1955, thus came to an end. Its military structures had already been abolished on April 1. East Germany, a founding member, left the alliance last year before German reunification.
The protocol must be ratified by the parliaments of the six countries, a formality in all of them. Soviet troops have already left Czechoslovakia and Hungary, and are to leave Poland by 1993.
Mr. Yanayev said Moscow would seek new bilateral treaties with each of its former allies.""",
gold={"countries": ["CSK", "SUN", "POL", "HUN", "ROU", "BGR", "DDR"],
 "persons": [{"name": "Václav Havel", "aliases": [], "nationality": "CSK"},
             {"name": "Gennadi I. Yanayev", "aliases": ["Mr. Yanayev"], "nationality": "SUN"}],
 "not_persons": ["Černín Palace"],
 "embassies": [],
 "defections": [],
 "agreements": [{"name": "Warsaw Treaty of Friendship, Cooperation and Mutual Assistance", "aliases": ["Warsaw Pact"],
                 "parties": ["SUN", "CSK", "POL", "HUN", "ROU", "BGR", "DDR"], "date": "1955-05", "status": "terminated"},
                {"name": "protocol", "aliases": [], "parties": ["SUN", "CSK", "POL", "HUN", "ROU", "BGR"], "date": "1991-07-01", "status": "signed"}]}),
]
