ARTS=[
dict(id='fin1-000',title='Soviet Trade Aide Asks Swedes for Asylum',published='1956-03-14',source='Wire report',text='''
STOCKHOLM, March 13 — A member of the Soviet trade delegation here has asked for political asylum in Sweden, the Foreign Ministry confirmed tonight.
The official, Anatoly Gerasimov, 41, an engineer attached to the delegation's timber purchasing section, failed to report for work last Friday. A ministry spokesman, Gunnar Lindqvist, said the man had presented himself at a police station in the suburb of Solna the same evening "and declared that he did not wish to return to the Soviet Union."
Soviet officials have demanded to see him. A note delivered by the Soviet Embassy on Monday described Gerasimov as "a person of unstable character" who had misused delegation funds, and asked that he be handed over.
Swedish officials said the request would not be granted while his application was under examination. "Mr. Gerasimov is free to speak with whomever he pleases," Lindqvist said. "So far he has not chosen to speak with his former colleagues."
Diplomats here recall that the Swedes declined three years ago to return a Soviet seaman who left his ship at Gävle.
Gerasimov's wife and son remain in Leningrad, according to the newspaper Dagens Nyheter.
''',gold=dict(countries=['SUN','SWE'],
 persons=[dict(name='Anatoly Gerasimov',aliases=['Gerasimov'],nationality='SUN'),dict(name='Gunnar Lindqvist',aliases=['Lindqvist'],nationality='SWE')],
 not_persons=['Dagens Nyheter'],
 embassies=[dict(sending='SUN',host='SWE',city='Stockholm')],
 defections=[dict(defector='Anatoly Gerasimov',**{'from':'SUN'},to='SWE',post_host='SWE',date='1956-03-09',position='engineer, timber purchasing section of the Soviet trade delegation')],
 agreements=[])),

dict(id='fin1-001',title='India, Bangladesh sign 30-year Ganges water pact',published='1996-12-13',source='Wire brief',text='''
NEW DELHI, Dec 12 — India and Bangladesh signed a 30-year treaty on Thursday to share the waters of the Ganges, ending more than two decades of bitter dispute over the river's dry-season flow.
The accord was signed in the Indian capital by Prime Minister H.D. Deve Gowda and his Bangladeshi counterpart, Sheikh Hasina, who arrived on Tuesday for a three-day visit.
Under its terms the flow reaching the Farakka barrage between January 1 and May 31 will be divided according to a schedule of ten-day periods, with each side guaranteed a minimum of 35,000 cubic feet per second during the leanest weeks.
A five-year sharing agreement concluded in 1977 lapsed in 1982, and farmers in Bangladesh's south-west have since blamed reduced flows for rising salinity and failed harvests.
"New Delhi and Dhaka have shown that neighbours can settle even the hardest questions at the table," Deve Gowda told reporters after the ceremony.
Nepal, which lies upstream and has pressed for a basin-wide approach, was not party to the talks.
''',gold=dict(countries=['IND','BGD','NPL'],
 persons=[dict(name='H.D. Deve Gowda',aliases=['Deve Gowda'],nationality='IND'),dict(name='Sheikh Hasina',aliases=[],nationality='BGD')],
 not_persons=['Farakka'],
 embassies=[],defections=[],
 agreements=[dict(name='Ganges water-sharing treaty',aliases=['30-year treaty'],parties=['BGD','IND'],date='1996-12-12',status='signed'),
  dict(name='1977 Ganges sharing agreement',aliases=['five-year sharing agreement'],parties=['BGD','IND'],date='1977',status='terminated')])),

dict(id='fin1-002',title='Norway expels Russian defence attaché',published='2023-04-14',source='Wire report',text='''
OSLO — Norway on Thursday ordered a defence attaché at the Russian Embassy in Oslo to leave the country within a week, saying he had engaged in "activities incompatible with his diplomatic status."
The Foreign Ministry named the officer as Colonel Pavel Litvinov, who has been accredited in Oslo since 2020. It gave no details, but a ministry official said the decision followed months of surveillance by the Police Security Service, known by its Norwegian initials PST.
"We have been clear with the Russian side that we will not tolerate intelligence operations under diplomatic cover," said Ragnhild Sørli, a ministry spokeswoman.
The Russian Embassy called the expulsion "an unfriendly step" and said Moscow would respond. Norway expects one of its own diplomats in Moscow to be sent home, a senior official said, speaking on condition of anonymity.
Litvinov's departure will leave the Russian mission with fewer than 30 accredited staff, roughly half its strength of a decade ago.
''',gold=dict(countries=['NOR','RUS'],
 persons=[dict(name='Pavel Litvinov',aliases=['Litvinov'],nationality='RUS'),dict(name='Ragnhild Sørli',aliases=[],nationality='NOR')],
 not_persons=['PST'],
 embassies=[dict(sending='RUS',host='NOR',city='Oslo'),dict(sending='NOR',host='RUS',city='Moscow')],
 defections=[],agreements=[])),

dict(id='fin1-003',title='Cuban Pilot Flies MiG to Florida, Seeks Asylum',published='1991-03-22',source='Newspaper, national desk',text='''
KEY WEST, Fla. — A Cuban air force major flew a MiG-23 fighter-bomber across the Florida Straits on Wednesday, skimming the water to avoid radar, and landed at Boca Chica Naval Air Station, where he asked for political asylum, American officials said.
The pilot, identified by the Immigration and Naturalization Service as Maj. Rolando Ibarra Cepeda, 35, taxied to a stop near a row of Navy jets and climbed out with his hands raised. He told the first sailor to reach him that he had "come to stay."
Navy officials conceded that the jet had not been intercepted. "He was on the ground before anybody knew what he was," one officer said.
Havana radio denounced Major Ibarra as a deserter on Thursday and demanded the return of the aircraft. A State Department spokesman said the question of the plane was "under review" but that the pilot's request would be handled like any other.
Ibarra left behind a wife and two sons in Santa Clara. Rafael Montes, who speaks for an exile organization in Miami, said his group would lobby Washington to press Cuba to let the family leave.
''',gold=dict(countries=['CUB','USA'],
 persons=[dict(name='Rolando Ibarra Cepeda',aliases=['Ibarra','Major Ibarra'],nationality='CUB'),dict(name='Rafael Montes',aliases=[])],
 not_persons=['Boca Chica Naval Air Station','Immigration and Naturalization Service'],
 embassies=[],
 defections=[dict(defector='Rolando Ibarra Cepeda',**{'from':'CUB'},to='USA',post_host=None,date='1991-03-20',position='air force major, MiG-23 pilot')],
 agreements=[])),

dict(id='fin1-004',title='Analysis: Central Asia\'s nuclear-free zone takes effect, but the big powers hang back',published='2009-03-21',source='News analysis',text='''
A treaty that makes Central Asia the first nuclear-weapon-free zone lying wholly in the Northern Hemisphere enters into force today, two and a half years after it was signed.
The five signatories — Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan — put their names to the document in September 2006 at Semipalatinsk, the former test site in north-eastern Kazakhstan where hundreds of nuclear explosions were carried out over four decades. Ratification by all five was required before it could take effect; Tajikistan was the last to deposit its instrument.
Under the treaty the five undertake not to manufacture, acquire, test or station nuclear weapons, and to accept stricter inspections of their civilian nuclear facilities.
Yet the zone's significance depends heavily on the nuclear powers. The United States, Britain and France have objected to provisions they say could leave room for the transit of weapons through the region, and have so far declined to give the legal guarantees the five states want. Russia and China have indicated broad support.
"The region has done its part," said Aigerim Sadykova, a researcher at a disarmament institute in Almaty. "Whether the treaty becomes more than a declaration of intent is now up to others."
Negotiations took nearly a decade. Drafts passed back and forth between the five capitals and United Nations experts, and the talks stalled for two years over the question of existing security commitments, which some of the five wished to keep intact. Diplomats involved describe the final text as a compromise that satisfies nobody completely.
Environmental concerns also run through the document. Uranium mining and processing left waste dumps in the Fergana Valley and elsewhere, and the treaty commits the parties to help one another clean up contaminated sites, a provision unique among such zones.
For Turkmenistan, which declares itself permanently neutral, joining was straightforward. For Kazakhstan, one of the world's leading uranium producers, tougher export controls may carry commercial costs.
Sadykova said the zone could still serve as a model elsewhere. "Fifteen years ago nobody thought these five young states could agree on anything of this kind," she said. "They have. That is not nothing."
Kazakhstan's stake is particularly personal. It gave up the nuclear arsenal it inherited in the 1990s, and the legacy of the testing years is still visible in cancer rates around Semipalatinsk.
''',gold=dict(countries=['KAZ','KGZ','TJK','TKM','UZB','USA','GBR','FRA','RUS','CHN'],
 persons=[dict(name='Aigerim Sadykova',aliases=[])],
 not_persons=[],embassies=[],defections=[],
 agreements=[dict(name='Central Asian nuclear-weapon-free zone treaty',aliases=['Semipalatinsk treaty'],parties=['KAZ','KGZ','TJK','TKM','UZB'],date='2006-09',status='in_force')])),

dict(id='fin1-005',title='North Korean diplomat posted in Laos reaches Seoul',published='2024-05-17',source='Wire report',text='''
SEOUL — A North Korean diplomat who had been stationed in Laos has arrived in South Korea, the Unification Ministry said on Thursday, in the latest of a string of defections by Pyongyang's overseas elite.
Choe Myong Sik, a third secretary at the North Korean embassy in Vientiane, left his post in late March together with his wife, ministry spokesman Koo Byoung-sam told a briefing. He declined to say how the couple had travelled, citing the safety of people who assisted them.
Choe, 39, handled trade matters and had been in Laos since 2021, according to officials. He reached Seoul earlier this month after weeks in a third country, one official said, speaking on condition of anonymity.
Lee Han-byul, a South Korean pastor whose group has helped North Koreans escape through Southeast Asia, said diplomats were under growing pressure to earn foreign currency for the regime. "They are asked to bring in money that simply does not exist," he said.
Choe is the most senior diplomat known to have defected since Thae Yong-ho, the deputy ambassador in London, who fled in 2016 and later won a seat in South Korea's parliament.
The ministry said Choe and his wife would undergo the customary questioning by the National Intelligence Service before moving to Hanawon, the resettlement centre where new arrivals spend three months learning how to live in the South.
Defections by members of the elite have been rising even as overall numbers remain far below their pre-pandemic level. Just 196 North Koreans reached the South last year, most of them women who had been living in China for years.
Officials in Seoul say the border closures of 2020, together with tighter surveillance of diplomats abroad, have made escape harder but have also increased the pressure on those posted overseas, many of whom have been unable to go home for years and now face recall.
"When a diplomat who has seen the outside world is told to return, he knows exactly what he is returning to," said one former North Korean official who now lives in Seoul.
North Korea's state media have not commented.
''',gold=dict(countries=['PRK','KOR','LAO','GBR','CHN'],
 persons=[dict(name='Choe Myong Sik',aliases=['Choe'],nationality='PRK'),dict(name='Koo Byoung-sam',aliases=[],nationality='KOR'),dict(name='Lee Han-byul',aliases=[],nationality='KOR'),dict(name='Thae Yong-ho',aliases=[],nationality='PRK')],
 not_persons=['Unification Ministry','Hanawon','National Intelligence Service'],
 embassies=[dict(sending='PRK',host='LAO',city='Vientiane'),dict(sending='PRK',host='GBR',city='London')],
 defections=[dict(defector='Choe Myong Sik',**{'from':'PRK'},to='KOR',post_host='LAO',date='2024-03',position='third secretary, trade'),
  dict(defector='Thae Yong-ho',**{'from':'PRK'},to='KOR',post_host='GBR',date='2016',position='deputy ambassador')],
 agreements=[])),

dict(id='fin1-006',title='Ethiopia and Eritrea declare end to "state of war"',published='2018-07-10',source='Wire report',text='''
ASMARA — Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed a joint declaration on Monday formally ending two decades of hostility between the neighbours, hours after the two men embraced at Asmara's airport.
"The state of war that existed between the two countries has come to an end," the five-point Joint Declaration of Peace and Friendship says. It commits the two governments to reopen embassies, restore flights and telephone links, and allow Ethiopia to use Eritrean ports.
Abiy, who took office in April, stunned the region last month by announcing that Addis Ababa would fully accept the Algiers agreement that ended the 1998-2000 border war, and the boundary ruling that followed it. Successive Ethiopian governments had refused to hand over the town of Badme, which the ruling awarded to Eritrea.
"We have opened a new chapter," Eritrea's information minister, Yemane Gebremeskel, wrote on Twitter.
Tens of thousands of people lined the streets of the Eritrean capital to greet the Ethiopian delegation. Some families separated since the war wept as they made their first phone calls across the border.
''',gold=dict(countries=['ETH','ERI'],
 persons=[dict(name='Abiy Ahmed',aliases=['Abiy'],nationality='ETH'),dict(name='Isaias Afwerki',aliases=[],nationality='ERI'),dict(name='Yemane Gebremeskel',aliases=[],nationality='ERI')],
 not_persons=['Badme','Twitter'],
 embassies=[],defections=[],
 agreements=[dict(name='Joint Declaration of Peace and Friendship',aliases=['joint declaration'],parties=['ERI','ETH'],date='2018-07-09',status='signed'),
  dict(name='Algiers agreement',aliases=[],parties=['ERI','ETH'],date=None,status=None)])),

dict(id='fin1-007',title='Soviet Ballet Soloist Defects in Toronto',published='1974-06-21',source='Newspaper, foreign desk',text='''
TORONTO, June 20 — A soloist with a touring Leningrad ballet company slipped away from his colleagues after Wednesday night's performance and has asked to remain in Canada, immigration officials said today.
Valery Kostrov, 26, left the stage door of the O'Keefe Centre by a side exit while the troupe's buses waited at the front. Friends said he spent the night at the home of Irina Belova, a Canadian ballet teacher of Russian birth, before going with a lawyer to the immigration office this morning.
"He has requested permission to stay in this country, and the request is being processed in the normal way," said Paul Lacroix, a spokesman for the Immigration Department.
The Soviet Embassy in Ottawa asked for immediate access to the dancer. Canadian officials said Kostrov had declined to meet embassy representatives.
The defection comes at an awkward moment for cultural relations between the two countries. A Soviet official travelling with the company warned that Moscow might review the general exchanges agreement it signed with Ottawa in 1971, under which the tour was arranged. The remaining dates of the tour, in Montreal and Vancouver, will go ahead, the company's management said.
Mrs. Belova said the dancer had spoken for years of wanting "to dance what he chose." She said he had not told her of his plans in advance.
''',gold=dict(countries=['SUN','CAN'],
 persons=[dict(name='Valery Kostrov',aliases=['Kostrov'],nationality='SUN'),dict(name='Irina Belova',aliases=['Mrs. Belova'],nationality='CAN'),dict(name='Paul Lacroix',aliases=[],nationality='CAN')],
 not_persons=["O'Keefe Centre"],
 embassies=[dict(sending='SUN',host='CAN',city='Ottawa')],
 defections=[dict(defector='Valery Kostrov',**{'from':'SUN'},to='CAN',post_host=None,date='1974-06-19',position='ballet soloist')],
 agreements=[dict(name='general exchanges agreement',aliases=[],parties=['CAN','SUN'],date='1971',status='signed')])),

dict(id='fin1-008',title='Sadat and Begin Sign Camp David Accords',published='1978-09-18',source='Newspaper, front page',text='''
WASHINGTON, Sept. 17 — President Anwar el-Sadat of Egypt and Prime Minister Menachem Begin of Israel signed two documents tonight that they said laid the basis for peace in the Middle East, ending 13 days of secluded negotiation at Camp David.
The signing took place in the East Room of the White House, with President Carter, who had mediated throughout, signing as a witness. The three men then embraced before an audience of members of Congress and diplomats.
The first document, "A Framework for Peace in the Middle East," sets out principles for self-government in the West Bank and Gaza. The second, "A Framework for the Conclusion of a Peace Treaty Between Egypt and Israel," commits the two countries to negotiate a formal treaty within three months, under which Israel would withdraw from the Sinai.
"This is a day of joy," Mr. Begin said. Mr. Sadat praised Mr. Carter as "the man who made the impossible possible."
Officials cautioned that the hardest issues had been deferred. Jordan, which the framework invites to join later negotiations, was not represented at Camp David, and there was no immediate reaction from Amman.
''',gold=dict(countries=['EGY','ISR','USA','JOR'],
 persons=[dict(name='Anwar el-Sadat',aliases=['Sadat','Mr. Sadat'],nationality='EGY'),dict(name='Menachem Begin',aliases=['Begin','Mr. Begin'],nationality='ISR'),dict(name='Carter',aliases=['Mr. Carter'],nationality='USA')],
 not_persons=['Camp David','White House'],
 embassies=[],defections=[],
 agreements=[dict(name='A Framework for Peace in the Middle East',aliases=['Camp David Accords'],parties=['EGY','ISR'],date='1978-09-17',status='signed'),
  dict(name='A Framework for the Conclusion of a Peace Treaty Between Egypt and Israel',aliases=[],parties=['EGY','ISR'],date='1978-09-17',status='signed'),
  dict(name='Egyptian-Israeli peace treaty',aliases=['formal treaty'],parties=['EGY','ISR'],date=None,status=None)])),

dict(id='fin1-009',title='Belarusian hurdler flees to Poland after Budapest meeting',published='2023-08-24',source='Wire report',text='''
WARSAW — A Belarusian hurdler who refused to fly home after an athletics meeting in Budapest arrived in Warsaw on Wednesday on a humanitarian visa, Polish officials said, after telling friends she feared arrest for criticising the government in Minsk.
Yana Lapitskaya, 24, was due to board a flight to Minsk via Istanbul on Tuesday. Instead she left the team hotel in the morning and took a taxi to the Polish embassy in the Hungarian capital, where she asked for protection.
"She was frightened and exhausted, but very clear about what she wanted," said Tomasz Kołodziej, a Polish deputy foreign minister. Hungarian police escorted her to the airport, he said.
Lapitskaya had signed an open letter in 2020 protesting the disputed presidential election, and said team officials had warned her this week that she would "answer for it" at home. Belarus's sports ministry called her a deserter.
Andrei Shumsky, a Belarusian activist based in Warsaw who met her at the airport, said she intended to keep competing. "She wants to run, that is all," he said.
Her case recalls that of the sprinter Krystsina Tsimanouskaya, who sought refuge at the Polish embassy in Tokyo during the 2021 Olympics and later settled in Poland.
''',gold=dict(countries=['BLR','POL','HUN','JPN'],
 persons=[dict(name='Yana Lapitskaya',aliases=['Lapitskaya'],nationality='BLR'),dict(name='Tomasz Kołodziej',aliases=[],nationality='POL'),dict(name='Andrei Shumsky',aliases=[],nationality='BLR'),dict(name='Krystsina Tsimanouskaya',aliases=[],nationality='BLR')],
 not_persons=[],
 embassies=[dict(sending='POL',host='HUN',city='Budapest'),dict(sending='POL',host='JPN',city='Tokyo')],
 defections=[dict(defector='Yana Lapitskaya',**{'from':'BLR'},to='POL',post_host=None,date='2023-08-22',position='hurdler'),
  dict(defector='Krystsina Tsimanouskaya',**{'from':'BLR'},to='POL',post_host=None,date='2021',position='sprinter')],
 agreements=[])),
]
