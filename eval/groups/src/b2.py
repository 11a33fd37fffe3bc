A = []
def art(id, title, published, source, text, gold):
    A.append(dict(id=id, title=title, published=published, source=source, text=text.strip(), gold=gold))
def dfc(who, fr, to, post, date, pos=None):
    d = {'defector': who, 'from': fr, 'to': to, 'post_host': post, 'date': date}
    if pos: d['position'] = pos
    return d
def P(name, aliases=(), nat=None):
    d = {'name': name, 'aliases': list(aliases)}
    if nat: d['nationality'] = nat
    return d

art('grp-010', 'Soviet ballet couple stays in Paris', '1971-10-05', 'Paris correspondent', '''
PARIS, Oct. 4 — A married couple from a Siberian ballet company now in its second week at the Palais des Sports failed to return to their hotel on Sunday night. This afternoon the French Interior Ministry announced that they had asked for, and been granted, permission to remain in France as political refugees.
The company, from the Novosibirsk Opera and Ballet Theatre, gave its scheduled performance of "Swan Lake" this evening with substitutes in both leading roles.
The pair were identified as Galina Orlova, 27, who had danced Odette at the opening night, and her husband, Viktor Orlov, 30, a soloist. French officials said they had left the hotel separately, she through the kitchens and he by the front door, and met at a café near the Gare de Lyon where a French acquaintance was waiting with a car.
For several hours on Monday a third dancer, Irina Sokolova, was also reported missing. She turned up at rehearsal in the afternoon, having spent the night, the company said, with relatives of a friend in the Marais. She will fly home with the troupe on Oct. 17.
The company's director, Anatoly Zubkov, said the Orlovs had been "led astray by people who want to spoil the success of our tour." A spokesman for the Soviet Embassy on the Rue de Grenelle said the embassy had asked to see the couple and had been refused.
"They are adults, they have made a request, and France has answered it," said a ministry official.
''', dict(
    countries=['SUN', 'FRA'],
    persons=[P('Galina Orlova', nat='SUN'), P('Viktor Orlov', nat='SUN'), P('Irina Sokolova', nat='SUN'), P('Anatoly Zubkov', nat='SUN')],
    not_persons=['Novosibirsk Opera and Ballet Theatre', 'Swan Lake', 'Odette'],
    embassies=[dict(sending='SUN', host='FRA', city='Paris')],
    defections=[dfc('Galina Orlova', 'SUN', 'FRA', None, '1971-10-03', 'ballerina'), dfc('Viktor Orlov', 'SUN', 'FRA', None, '1971-10-03', 'soloist')]))

art('grp-011', 'Four Cuban musicians walk away from band in Las Vegas', '1999-07-13', 'Wire report', '''
LAS VEGAS — The encore ended a little after 1 a.m. on Sunday. By the time the tour bus of the Orquesta Caribe Son pulled away from the casino loading dock, it was four musicians short.
The trumpeter Yosvany Delgado, 26, the pianist Maikel Fonseca, 31, the percussionist Raúl Pérez — known to fans in Havana as "El Flaco" — and the singer Yamilé Ortiz, 24, have since contacted a Miami immigration lawyer and intend to remain in the United States, the lawyer, Teresa Cabrera, said on Monday.
"They are safe and they are together," Cabrera said. "They did not plan this for months. They decided in the hotel lobby on Saturday afternoon."
Under the Cuban Adjustment Act, Cubans who reach U.S. soil can generally apply for permanent residency after a year. Those intercepted at sea are usually sent back under the 1995 migration accord between Washington and Havana, which remains in force.
The band's leader, Arsenio Villalón, said the rest of the 14-piece orchestra would complete its tour, with dates in Phoenix and San Diego. "We have played worse gigs with fewer people," he joked to a local radio host, before adding, more seriously, that he wished the four "luck, because they will need it."
Cuba's Interests Section in Washington had no comment.
''', dict(
    countries=['CUB', 'USA'],
    persons=[P('Yosvany Delgado', nat='CUB'), P('Maikel Fonseca', nat='CUB'), P('Raúl Pérez', ['El Flaco'], 'CUB'), P('Yamilé Ortiz', nat='CUB'), P('Teresa Cabrera', ['Cabrera']), P('Arsenio Villalón', nat='CUB')],
    not_persons=['Orquesta Caribe Son', 'Cuban Adjustment Act'],
    embassies=[dict(sending='CUB', host='USA', city='Washington')],
    defections=[dfc('Yosvany Delgado', 'CUB', 'USA', None, '1999-07-11', 'trumpeter'), dfc('Maikel Fonseca', 'CUB', 'USA', None, '1999-07-11', 'pianist'),
                dfc('Raúl Pérez', 'CUB', 'USA', None, '1999-07-11', 'percussionist'), dfc('Yamilé Ortiz', 'CUB', 'USA', None, '1999-07-11', 'singer')],
    agreements=[dict(name='1995 migration accord', aliases=[], parties=['USA', 'CUB'], date='1995', status='in_force')]))

art('grp-012', 'Eritrean footballers refuse to fly home from Uganda', '2016-10-12', 'Kampala correspondent', '''
KAMPALA — Ten members of Eritrea's national football squad failed to board their flight home from Entebbe on Sunday after a regional tournament, and have asked Ugandan authorities for asylum, police and refugee officials said.
It is at least the fourth time in a decade that Eritrean players have vanished at an away fixture. Squads have dissolved in similar fashion in Kenya in 2009 and in Botswana last year.
The coach, Tesfaye Ghebreyesus, flew back to Asmara with the remaining players and officials. "We came to play football," he told reporters at the airport, visibly angry. "Some people came for something else."
Lawyers representing the group named four of the ten: the goalkeeper Filmon Tesfay, 22; the defenders Ammanuel Yohannes and Robel Kidane; and the striker Henok Berhe, who scored twice in the group stage. They said the others did not want to be identified because of fears for relatives at home.
The players are being housed by the Office of the Prime Minister's refugee department at an undisclosed location. "They are safe and their claims will be processed like those of any other asylum seeker," police spokesman Patrick Onyango said.
Eritrea, which enforces indefinite national service, has not commented. Its embassy in Kampala did not answer calls.
''', dict(
    countries=['ERI', 'UGA', 'KEN', 'BWA'],
    persons=[P('Tesfaye Ghebreyesus', nat='ERI'), P('Filmon Tesfay', nat='ERI'), P('Ammanuel Yohannes', nat='ERI'), P('Robel Kidane', nat='ERI'), P('Henok Berhe', nat='ERI'), P('Patrick Onyango', nat='UGA')],
    embassies=[dict(sending='ERI', host='UGA', city='Kampala')],
    defections=[dfc('Filmon Tesfay', 'ERI', 'UGA', None, '2016-10-09', 'goalkeeper'), dfc('Ammanuel Yohannes', 'ERI', 'UGA', None, '2016-10-09', 'defender'),
                dfc('Robel Kidane', 'ERI', 'UGA', None, '2016-10-09', 'defender'), dfc('Henok Berhe', 'ERI', 'UGA', None, '2016-10-09', 'striker')]))

art('grp-013', 'Netherlands expels two Russian diplomats', '2018-03-28', 'Europe desk', '''
THE HAGUE — The Dutch government on Monday ordered two Russian diplomats to leave the country within two weeks, joining a wave of coordinated expulsions across Europe and North America.
Foreign Ministry spokesman Pieter de Graaf said the two, both accredited to the Russian embassy in The Hague, were intelligence officers working under diplomatic cover. He did not name them.
Moscow's ambassador, Alexander Shulgin, was summoned to the ministry and handed a note. Speaking to reporters afterwards, he called the decision "a provocation" and said Russia would respond "in a symmetrical way," a phrase that diplomats took to mean the expulsion of two Dutch diplomats from Moscow.
The Dutch embassy in Moscow has already reduced its staff over the past two years amid deteriorating relations, in part over the downing of flight MH17 over eastern Ukraine in 2014.
"We are not looking for escalation," de Graaf said. "But there are limits to what a host country accepts."
''', dict(
    countries=['NLD', 'RUS', 'UKR'],
    persons=[P('Pieter de Graaf', ['de Graaf'], 'NLD'), P('Alexander Shulgin', nat='RUS')],
    not_persons=['MH17'],
    embassies=[dict(sending='RUS', host='NLD', city='The Hague'), dict(sending='NLD', host='RUS', city='Moscow')]))

art('grp-014', 'Laos deports North Korean family to China', '2013-06-04', 'Seoul bureau', '''
SEOUL — A North Korean woman, her two teenage daughters and her brother, who crossed half of Asia in an attempt to reach South Korea, have been sent back to China by Laos and are feared to be already in North Korean custody, activists said on Tuesday.
Choe Myong Ok, 44, fled her home in Hyesan across the frozen Tumen River in March with her daughters, Han Yu Jin, 17, and Han Yu Mi, 14. Her younger brother, Choe Kwang Su, joined them in the Chinese city of Yanji a week later.
The four travelled by bus and on foot through southern China and crossed into Laos in mid-May, guided by a South Korean broker, Lee Dong-hwan. They were stopped at a checkpoint in Luang Namtha province and asked Lao police to let them contact the South Korean embassy in Vientiane.
Instead, activists say, they were held for two weeks and handed to Chinese border police last Thursday. Lee, who was detained with them, was released and is back in Seoul.
China treats North Koreans who cross the border as illegal economic migrants rather than refugees, and returns them under a 1986 protocol with Pyongyang on border security, which Beijing says remains in force.
"We have expressed our deep concern to the Lao government," a South Korean Foreign Ministry spokesman said. Lao officials said the four had entered the country illegally and had been "returned to the country from which they came."
''', dict(
    countries=['PRK', 'KOR', 'CHN', 'LAO'],
    persons=[P('Choe Myong Ok', nat='PRK'), P('Han Yu Jin', nat='PRK'), P('Han Yu Mi', nat='PRK'), P('Choe Kwang Su', nat='PRK'), P('Lee Dong-hwan', ['Lee'], 'KOR')],
    embassies=[dict(sending='KOR', host='LAO', city='Vientiane')],
    defections=[dfc('Choe Myong Ok', 'PRK', 'LAO', None, '2013-03'), dfc('Han Yu Jin', 'PRK', 'LAO', None, '2013-03'),
                dfc('Han Yu Mi', 'PRK', 'LAO', None, '2013-03'), dfc('Choe Kwang Su', 'PRK', 'LAO', None, '2013-03')],
    agreements=[dict(name='1986 protocol on border security', aliases=[], parties=['CHN', 'PRK'], date='1986', status='in_force')]))

art('grp-015', 'Iraqi chargé in Helsinki and deputy ask for asylum', '1995-11-23', 'Nordic correspondent', '''
HELSINKI — Iraq's chargé d'affaires in Finland and his deputy have asked for political asylum, the Finnish Interior Ministry said on Wednesday, three months after the spectacular flight of two of Saddam Hussein's sons-in-law to Jordan.
The ministry named the men as Sabah Jawad al-Khafaji, who has run Iraq's small mission here since the ambassador was withdrawn in 1991, and Third Secretary Ahmed Kadhim Hassan. Both left the embassy in the Munkkiniemi district last week with their families and have been placed under police protection.
"They fear for their lives if they return," said Matti Kallio, head of the ministry's aliens department. "We take that seriously."
A local Iraqi businessman, who said he had driven the two families to the police station, described al-Khafaji as "exhausted, frightened and, I think, relieved."
Diplomats in Helsinki linked the defections to the turmoil in Baghdad since August, when Lt. Gen. Hussein Kamel al-Majid, who ran Iraq's weapons programmes, and his brother Saddam Kamel crossed into Jordan with their wives and were given refuge by King Hussein.
Iraq's Foreign Ministry has accused Finland of "harbouring thieves" and demanded the men be returned. Finland has no extradition arrangements with Baghdad.
''', dict(
    countries=['IRQ', 'FIN', 'JOR'],
    persons=[P('Saddam Hussein', nat='IRQ'), P('Sabah Jawad al-Khafaji', ['al-Khafaji'], 'IRQ'), P('Ahmed Kadhim Hassan', nat='IRQ'), P('Matti Kallio', nat='FIN'),
             P('Hussein Kamel al-Majid', nat='IRQ'), P('Saddam Kamel', nat='IRQ'), P('King Hussein', nat='JOR')],
    embassies=[dict(sending='IRQ', host='FIN', city='Helsinki')],
    defections=[dfc('Sabah Jawad al-Khafaji', 'IRQ', 'FIN', 'FIN', '1995-11', "chargé d'affaires"), dfc('Ahmed Kadhim Hassan', 'IRQ', 'FIN', 'FIN', '1995-11', 'third secretary'),
                dfc('Hussein Kamel al-Majid', 'IRQ', 'JOR', None, '1995-08', 'head of weapons programmes'), dfc('Saddam Kamel', 'IRQ', 'JOR', None, '1995-08')]))

art('grp-016', 'Afghan transport plane crew lands in Peshawar', '1987-07-16', 'Wire report', '''
ISLAMABAD, July 15 — An Afghan Air Force transport plane landed without warning at Peshawar airport on Tuesday, and its four crewmen asked for political asylum in Pakistan, the Foreign Ministry said today.
The twin-engine Antonov-26 had taken off from Kabul on a supply flight to Jalalabad but turned east over the Khyber Pass. Pakistani fighters scrambled to intercept it and escorted it down, officials said.
The crew were named as the pilot, Col. Abdul Wahid Sherzai; the co-pilot, Capt. Gul Mohammad; the navigator, Lieut. Nasir Ahmad; and the flight engineer, Sgt. Habibullah. A ministry spokesman said they had been "debriefed" and were being kept at a military facility.
Colonel Sherzai, a 41-year-old veteran trained in the Soviet Union, told a news conference arranged by one of the resistance parties that he had refused to fly "one more load of bombs for the Russians." He said his wife and children were still in Kabul.
The Kabul Government demanded the return of the aircraft and the "air pirates," and accused Pakistan of interfering in Afghanistan's affairs. Islamabad said the aircraft would be held pending the outcome of the United Nations-sponsored talks in Geneva.
''', dict(
    countries=['AFG', 'PAK', 'SUN'],
    persons=[P('Abdul Wahid Sherzai', ['Colonel Sherzai'], 'AFG'), P('Gul Mohammad', nat='AFG'), P('Nasir Ahmad', nat='AFG'), P('Habibullah', nat='AFG')],
    defections=[dfc('Abdul Wahid Sherzai', 'AFG', 'PAK', None, '1987-07-14', 'pilot'), dfc('Gul Mohammad', 'AFG', 'PAK', None, '1987-07-14', 'co-pilot'),
                dfc('Nasir Ahmad', 'AFG', 'PAK', None, '1987-07-14', 'navigator'), dfc('Habibullah', 'AFG', 'PAK', None, '1987-07-14', 'flight engineer')]))

art('grp-017', 'Poland gives visas to Belarusian cycling coach and two riders', '2021-08-11', 'Warsaw correspondent', '''
WARSAW — A Belarusian cycling coach and two of his riders who had been training in Lithuania have been granted humanitarian visas by Poland, a week after the sprinter Krystsina Tsimanouskaya refused to fly home from the Tokyo Olympics and landed in Warsaw.
Deputy Foreign Minister Marcin Przydacz said on Tuesday that the coach, Siarhei Kavaliou, 44, and the riders Hanna Marozava, 21, and Dzianis Lutsevich, 23, had crossed into Poland from Lithuania on Monday and would be allowed to stay "as long as they need."
The three had left Minsk for a training camp near Kaunas in early July. Kavaliou, who signed an open letter last year protesting against the violent crackdown that followed the presidential election, said he had received a message from the national federation last week ordering the group home "for a conversation."
"I know what kind of conversation that is," he told Polish television. "I have been to one."
A fourth member of the camp, the rider Pavel Hrynko, 19, chose to return to Belarus. Kavaliou said he did not blame him. "His parents are there. He is a boy."
Poland has issued more than 1,000 humanitarian visas to Belarusians since last August. Belarusian state television described the three as "traitors who sold their jerseys."
''', dict(
    countries=['BLR', 'POL', 'LTU'],
    persons=[P('Krystsina Tsimanouskaya', nat='BLR'), P('Marcin Przydacz', nat='POL'), P('Siarhei Kavaliou', ['Kavaliou'], 'BLR'), P('Hanna Marozava', nat='BLR'), P('Dzianis Lutsevich', nat='BLR'), P('Pavel Hrynko', nat='BLR')],
    defections=[dfc('Krystsina Tsimanouskaya', 'BLR', 'POL', None, '2021-08', 'sprinter'),
                dfc('Siarhei Kavaliou', 'BLR', 'POL', None, '2021-08-09', 'cycling coach'), dfc('Hanna Marozava', 'BLR', 'POL', None, '2021-08-09', 'cyclist'),
                dfc('Dzianis Lutsevich', 'BLR', 'POL', None, '2021-08-09', 'cyclist')]))

art('grp-018', 'Acrobats vanish before Sydney matinee', '1988-02-09', 'Sydney Morning bulletin', '''
SYDNEY — The tumbling act was the first thing to go. When the Shenyang Acrobatic Troupe took the stage at the Entertainment Centre for Saturday's matinee, the audience was treated to a shortened programme and an apology from the compere about "unavoidable changes."
The reason emerged on Monday. Five members of the 42-strong company had left their hotel in Darling Harbour on Saturday morning and have since lodged applications with the Department of Immigration to remain in Australia.
They include a husband and wife who perform a balancing routine together, and the youngest member of the troupe, a 19-year-old juggler. A spokesman for the Immigration Minister said all five were "adults acting of their own free will" and that their applications would be considered on their merits.
The department later released their names: Wang Jianguo, 29, and his wife, Liu Ping, 26; the juggler Chen Xiaoli; and the tumblers Zhao Hong and Sun Wei, both 23.
The troupe's leader, Ma Lianfu, said the five had "broken their contracts and their promises" and appealed to them to come back. The Chinese Consulate-General in Sydney has asked Canberra for access to them.
Wang, reached through a Chinese community group in Haymarket, said only that they would not be returning to China "now or soon." The remaining acrobats are due to continue to Melbourne on Thursday.
''', dict(
    countries=['CHN', 'AUS'],
    persons=[P('Wang Jianguo', ['Wang'], 'CHN'), P('Liu Ping', nat='CHN'), P('Chen Xiaoli', nat='CHN'), P('Zhao Hong', nat='CHN'), P('Sun Wei', nat='CHN'), P('Ma Lianfu', nat='CHN')],
    not_persons=['Shenyang Acrobatic Troupe', 'Entertainment Centre'],
    embassies=[dict(sending='CHN', host='AUS', city='Sydney')],
    defections=[dfc('Wang Jianguo', 'CHN', 'AUS', None, '1988-02-06', 'acrobat'), dfc('Liu Ping', 'CHN', 'AUS', None, '1988-02-06', 'acrobat'),
                dfc('Chen Xiaoli', 'CHN', 'AUS', None, '1988-02-06', 'juggler'), dfc('Zhao Hong', 'CHN', 'AUS', None, '1988-02-06', 'tumbler'),
                dfc('Sun Wei', 'CHN', 'AUS', None, '1988-02-06', 'tumbler')]))

art('grp-019', 'Bonn and Hanoi sign deal on return of 40,000 Vietnamese', '1995-07-22', 'Bonn correspondent', '''
BONN — Germany and Vietnam signed an agreement on Friday under which Hanoi will take back about 40,000 Vietnamese living in Germany without valid residence papers, ending two years of often acrimonious negotiation.
Interior Minister Manfred Kanther and Vietnam's Deputy Foreign Minister, Nguyen Van Tam, signed the readmission accord in Berlin. Germany will provide 100 million marks in development aid over four years, which Bonn insists is not linked to the returns.
Many of those affected came to East Germany in the 1980s as contract workers in textile and engineering plants and stayed on after reunification, some of them selling smuggled cigarettes on the streets of Berlin.
The agreement is expected to come into force in September. Refugee groups criticised it, saying it made no provision for people who might face persecution at home.
German officials said those who have been granted asylum would not be affected. They cited, as an example, the case of Tran Quoc Hung, a trade counsellor at the Vietnamese embassy in Bonn who left his post in 1993 with his wife, Pham Thi Lan, and was recognised as a refugee the following year.
"Those people are protected," Kanther said. "This agreement is about people who have no right to be here."
''', dict(
    countries=['DEU', 'VNM', 'DDR'],
    persons=[P('Manfred Kanther', ['Kanther'], 'DEU'), P('Nguyen Van Tam', nat='VNM'), P('Tran Quoc Hung', nat='VNM'), P('Pham Thi Lan', nat='VNM')],
    embassies=[dict(sending='VNM', host='DEU', city='Bonn')],
    defections=[dfc('Tran Quoc Hung', 'VNM', 'DEU', 'DEU', '1993', 'trade counsellor'), dfc('Pham Thi Lan', 'VNM', 'DEU', 'DEU', '1993')],
    agreements=[dict(name='readmission accord', aliases=['agreement'], parties=['DEU', 'VNM'], date='1995-07-21', status='signed')]))
