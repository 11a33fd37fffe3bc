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

art('grp-030', 'Three Russian orchestra players stay in Germany after tour', '2022-04-13', 'Culture desk', '''
BERLIN — When the Ural Symphony Orchestra's buses left Dresden for the Polish border at the end of March, three of the musicians who had played that night's Tchaikovsky were not on them.
The three — the violinist Daria Mironova, 34, the cellist Pavel Guskov, 41, and the oboist Alina Tarasova, 29 — have been granted residence permits on humanitarian grounds, Germany's Minister of State for Culture, Claudia Roth, said on Tuesday. Roth said Germany would "not send anyone back to a country that imprisons people for the word 'war'."
Guskov said in an interview that the decision was made on the tour bus between Leipzig and Dresden, when a colleague showed them a video of the arrest of a Moscow music teacher who had posted an anti-war message. "We looked at each other and we knew," he said. "There was nothing heroic about it. We were just tired of being afraid."
The orchestra's principal conductor, Gennady Lebedev, returned to Yekaterinburg with the rest of the ensemble and has said nothing publicly. The orchestra's administration told Russian media that the three had "broken their contracts" and would be replaced.
Mironova's mother and her seven-year-old son remain in Russia. She said she hoped to bring them out "when it is possible, if it is possible."
''', dict(
    countries=['RUS', 'DEU', 'POL'],
    persons=[P('Daria Mironova', ['Mironova'], 'RUS'), P('Pavel Guskov', ['Guskov'], 'RUS'), P('Alina Tarasova', nat='RUS'), P('Claudia Roth', ['Roth'], 'DEU'), P('Gennady Lebedev', nat='RUS')],
    not_persons=['Ural Symphony Orchestra', 'Tchaikovsky'],
    defections=[dfc('Daria Mironova', 'RUS', 'DEU', None, '2022-03', 'violinist'), dfc('Pavel Guskov', 'RUS', 'DEU', None, '2022-03', 'cellist'),
                dfc('Alina Tarasova', 'RUS', 'DEU', None, '2022-03', 'oboist')]))

art('grp-031', 'Chinese violinist and his sister ask to stay in U.S.', '1987-05-21', 'Boston correspondent', '''
BOSTON — A young Chinese violinist who came to the New England Conservatory on an exchange programme, and his younger sister, a pianist, have asked the United States for political asylum, their lawyer said yesterday.
Li Wenbo, 24, and Li Wenjing, 21, submitted their applications to the Immigration and Naturalization Service on Monday. Their teacher at the conservatory, Prof. Helen Marsh, said she had known of their decision for several weeks and had helped them find a lawyer. "I told them I would help them whatever they decided," she said. "They decided."
The siblings, from Shanghai, were due to return home at the end of the semester. Mr. Li said that the crackdown on "bourgeois liberalisation" since January, which cost several professors at his former conservatory their positions, had convinced him that he would not be allowed to perform abroad again.
Their parents, both musicians with the Shanghai Symphony, have not been told, the lawyer said.
A spokesman for the Chinese Consulate General in New York said the consulate "hopes the two students will think of their motherland and their parents." Chinese officials have been particularly sensitive to asylum cases since the tennis player Hu Na defected during a tournament in California in 1982, a case that led Beijing to cancel dozens of sports and cultural exchanges with the United States.
''', dict(
    countries=['CHN', 'USA'],
    persons=[P('Li Wenbo', ['Mr. Li'], 'CHN'), P('Li Wenjing', nat='CHN'), P('Helen Marsh', nat='USA'), P('Hu Na', nat='CHN')],
    not_persons=['New England Conservatory', 'Shanghai Symphony', 'Immigration and Naturalization Service'],
    embassies=[dict(sending='CHN', host='USA', city='New York')],
    defections=[dfc('Li Wenbo', 'CHN', 'USA', None, '1987-05-18', 'violinist'), dfc('Li Wenjing', 'CHN', 'USA', None, '1987-05-18', 'pianist'),
                dfc('Hu Na', 'CHN', 'USA', None, '1982', 'tennis player')]))

art('grp-032', 'Four from drifting North Korean boat choose to stay in South', '2011-03-10', 'Seoul bureau', '''
SEOUL — Twenty-seven North Koreans whose fishing boat drifted across the sea border last month were sent home through the truce village of Panmunjom on Monday. Four others from the same boat stayed behind, having told South Korean officials they wanted to live in the South.
The Unification Ministry named the four on Thursday as the boat's engineer, Kim Myong Chol, 46; two deckhands, Ryu Song Ho, 33, and Jang Chol Nam, 27; and Pak Ok Sun, 38, a worker from a seafood processing plant who was on board to help with the catch.
North Korea's Red Cross had demanded that all 31 be returned, accusing Seoul of "abduction" and warning that keeping any of them would be an "unpardonable crime." Ministry spokesman Lee Jong-ju said the four had expressed their wishes "repeatedly and in writing" and that their decision would be respected.
Before crossing the border, the boat's captain, Han Chang Gil, shook hands with South Korean Red Cross officials and thanked them for the food. Several of the returning women wept as they walked toward the northern side.
The boat, which came across the maritime border in thick fog in early February, was towed back to the boundary by a South Korean coast guard vessel the same day.
''', dict(
    countries=['PRK', 'KOR'],
    persons=[P('Kim Myong Chol', nat='PRK'), P('Ryu Song Ho', nat='PRK'), P('Jang Chol Nam', nat='PRK'), P('Pak Ok Sun', nat='PRK'), P('Lee Jong-ju', nat='KOR'), P('Han Chang Gil', nat='PRK')],
    defections=[dfc('Kim Myong Chol', 'PRK', 'KOR', None, '2011-02', 'ship engineer'), dfc('Ryu Song Ho', 'PRK', 'KOR', None, '2011-02', 'deckhand'),
                dfc('Jang Chol Nam', 'PRK', 'KOR', None, '2011-02', 'deckhand'), dfc('Pak Ok Sun', 'PRK', 'KOR', None, '2011-02', 'seafood plant worker')]))

art('grp-033', 'Old Czechoslovak embassy in Ottawa goes on the market', '2015-06-17', 'Ottawa city desk', '''
OTTAWA — The brutalist concrete building on Sussex Drive that was built for the embassy of Czechoslovakia in 1970 is up for sale, the Czech government confirmed this week, ending months of speculation about its future.
After Czechoslovakia split into two countries in January 1993, the building passed to the Czech Republic, whose embassy has occupied it ever since. Slovakia opened its own embassy a few blocks away on Rideau Street. The Czech embassy will move to smaller, leased premises downtown next year.
"It is a beautiful building and a very expensive one to heat," said the Czech ambassador, Karel Novotný, at a reception on Monday. "We hope it will find an owner who loves it as much as we have."
Heritage advocates have urged the city to protect the building's facade. Marie-Claude Tremblay, of the Ottawa Architectural Conservancy, called it "one of the finest pieces of Cold War modernism in the capital."
The asking price was not disclosed. Real estate agents said interest had come from several foreign governments looking for chancery space.
''', dict(
    countries=['CSK', 'CZE', 'SVK', 'CAN'],
    persons=[P('Karel Novotný', nat='CZE'), P('Marie-Claude Tremblay')],
    not_persons=['Ottawa Architectural Conservancy'],
    embassies=[dict(sending='CSK', host='CAN', city='Ottawa'), dict(sending='CZE', host='CAN', city='Ottawa'), dict(sending='SVK', host='CAN', city='Ottawa')]))

art('grp-034', 'Uyghur families in Istanbul fear China extradition treaty', '2021-06-22', 'Istanbul correspondent', '''
ISTANBUL — Abdurehim Tursun keeps a folder of documents by the door of his flat in the Zeytinburnu district: residence permits, a lease, a letter from a Turkish lawyer. "If they come," he said, "I want to be able to show them I am a legal person here."
Tursun, 39, and his wife, Gulnar Ablimit, 35, fled Xinjiang in the spring of 2016, travelling on tourist visas to Kazakhstan and on to Turkey, where they applied for protection. Their son, Ekrem, who was 7 at the time, was staying with his grandparents in Kashgar. He is still there. The couple have not spoken to him in three years.
Their fear is concrete. In December China's legislature ratified an extradition treaty with Turkey that the two governments signed in 2017. Turkey's parliament has not taken it up, but Uyghur groups worry that Ankara, which relies on Chinese vaccines and investment, may yet do so.
"The treaty is signed, it is not ratified, and as long as we make noise it will stay that way," said Ayşe Kaplan, an opposition lawmaker who has taken up the case of several Uyghur families.
The Chinese embassy in Ankara has said the treaty is aimed at terrorism, not at any ethnic group, and that "law-abiding" people have nothing to fear. Turkish officials say no Uyghur will be returned to face persecution.
''', dict(
    countries=['CHN', 'TUR', 'KAZ'],
    persons=[P('Abdurehim Tursun', ['Tursun'], 'CHN'), P('Gulnar Ablimit', nat='CHN'), P('Ekrem', nat='CHN'), P('Ayşe Kaplan', nat='TUR')],
    embassies=[dict(sending='CHN', host='TUR', city='Ankara')],
    defections=[dfc('Abdurehim Tursun', 'CHN', 'TUR', None, '2016'), dfc('Gulnar Ablimit', 'CHN', 'TUR', None, '2016')],
    agreements=[dict(name='extradition treaty', aliases=[], parties=['CHN', 'TUR'], date='2017', status='signed')]))

art('grp-035', 'Two Soviet sailors row ashore in Halifax', '1970-12-02', 'Wire report', '''
HALIFAX, Dec. 1 — Two seamen from a Soviet factory trawler that put in here for repairs lowered a lifeboat into the harbour in the early hours of Sunday, rowed to a pier in Dartmouth and asked for asylum in Canada, federal officials said today.
A spokesman for the Department of Manpower and Immigration identified them as Vytautas Jurgaitis, 32, a Lithuanian-born refrigeration mechanic, and Oleg Zhuravlyov, 24, a deckhand from Murmansk. They are being held at an undisclosed location while their claims are examined.
The trawler, the Akademik Zelinsky, sailed yesterday afternoon. Her master, Capt. Boris Tkachenko, had asked harbour police to search for the men and told reporters that they had "stolen a boat belonging to the Soviet state."
The case comes barely a week after a Lithuanian radio operator, Simas Kudirka, jumped from a Soviet vessel onto a U.S. Coast Guard cutter off Martha's Vineyard and asked for asylum in the United States, only to be handed back to the Russians by the Americans. The Kudirka affair has caused an uproar in Washington.
Canadian officials were at pains to stress that the Halifax case would be handled differently. "Nobody is going to be handed back on a pier," one said.
The Soviet Embassy in Ottawa has asked to interview the two men.
''', dict(
    countries=['SUN', 'CAN', 'USA'],
    persons=[P('Vytautas Jurgaitis', nat='SUN'), P('Oleg Zhuravlyov', nat='SUN'), P('Boris Tkachenko', nat='SUN'), P('Simas Kudirka', ['Kudirka'], 'SUN')],
    not_persons=['Akademik Zelinsky'],
    embassies=[dict(sending='SUN', host='CAN', city='Ottawa')],
    defections=[dfc('Vytautas Jurgaitis', 'SUN', 'CAN', None, '1970-11-29', 'refrigeration mechanic'), dfc('Oleg Zhuravlyov', 'SUN', 'CAN', None, '1970-11-29', 'deckhand'),
                dfc('Simas Kudirka', 'SUN', 'USA', None, '1970-11', 'radio operator')]))

art('grp-036', 'Another North Korean diplomat leaves Geneva mission', '2014-09-24', 'Geneva correspondent', '''
GENEVA — A counsellor at North Korea's permanent mission to the United Nations in Geneva has disappeared together with his teenage son, Swiss and South Korean officials said on Tuesday, the third known defection from the mission in 16 years.
Jon Kyong Chol, 49, who followed human rights and disarmament debates for Pyongyang, was last seen at the mission's villa in the suburb of Chambésy on Sept. 12. His son, Jon Ryong Il, 16, attended a local school. Officials in Seoul said on Tuesday that both were "under the protection of the government" and would be brought to South Korea "in due course."
The first was Kim Song Il, a third secretary, who in 1998 walked into a police station in Geneva with his wife and asked for asylum in Switzerland, where the couple still live. In 2006 the mission's trade attaché, Hong Yong Nam, left with his family and resurfaced months later in Seoul.
North Korea's ambassador, So Se Pyong, did not mention the case in a speech to the Human Rights Council on Tuesday, in which he denounced a U.N. inquiry into abuses in his country as "a political plot."
A spokeswoman for the Swiss Foreign Ministry, Nadine Aebischer, said Switzerland "is aware of the reports" but would not comment on individual cases.
''', dict(
    countries=['PRK', 'CHE', 'KOR'],
    persons=[P('Jon Kyong Chol', nat='PRK'), P('Jon Ryong Il', nat='PRK'), P('Kim Song Il', nat='PRK'), P('Hong Yong Nam', nat='PRK'), P('So Se Pyong', nat='PRK'), P('Nadine Aebischer', nat='CHE')],
    not_persons=['Human Rights Council'],
    embassies=[dict(sending='PRK', host='CHE', city='Geneva')],
    defections=[dfc('Jon Kyong Chol', 'PRK', 'KOR', 'CHE', '2014-09-12', 'counsellor'), dfc('Jon Ryong Il', 'PRK', 'KOR', 'CHE', '2014-09-12'),
                dfc('Kim Song Il', 'PRK', 'CHE', 'CHE', '1998', 'third secretary'), dfc('Hong Yong Nam', 'PRK', 'KOR', 'CHE', '2006', 'trade attaché')]))

art('grp-037', 'Four Sierra Leone Games athletes claim asylum', '2002-08-06', 'Sports news desk', '''
MANCHESTER — Four members of Sierra Leone's Commonwealth Games team who went missing from the athletes' village around the time of Sunday's closing ceremony have claimed asylum in Britain, the Home Office confirmed on Monday.
The team's chef de mission, Alhaji Conteh, had reported the four missing when the squad assembled for the flight home to Freetown. He named them as the sprinter Mohamed Kamara, the light-welterweight boxer Abu Bangura, the weightlifter Fatmata Sesay and Ibrahim Turay, a 400 metres runner who was eliminated in the first round.
A solicitor acting for the four, who asked not to be named, said they had lodged their claims in Croydon. "They have lived through a war. They are not going to apologise for wanting to live somewhere safe," she said.
Conteh said he was "saddened but not surprised." Sierra Leone's civil war ended officially in January, but much of the country's infrastructure lies in ruins. "These are young people. I cannot blame them and I cannot defend them," he said.
Games organisers said athletes from several other African teams had also failed to check out of the village, but that they had no information on whether any had left the country.
''', dict(
    countries=['SLE', 'GBR'],
    persons=[P('Alhaji Conteh', ['Conteh'], 'SLE'), P('Mohamed Kamara', nat='SLE'), P('Abu Bangura', nat='SLE'), P('Fatmata Sesay', nat='SLE'), P('Ibrahim Turay', nat='SLE')],
    not_persons=['Home Office'],
    defections=[dfc('Mohamed Kamara', 'SLE', 'GBR', None, '2002-08', 'sprinter'), dfc('Abu Bangura', 'SLE', 'GBR', None, '2002-08', 'boxer'),
                dfc('Fatmata Sesay', 'SLE', 'GBR', None, '2002-08', 'weightlifter'), dfc('Ibrahim Turay', 'SLE', 'GBR', None, '2002-08', '400 metres runner')]))

art('grp-038', 'East German singers ask Sweden for asylum', '1965-07-08', 'Wire report', '''
STOCKHOLM, July 7 — Three singers from an East German chamber choir on a concert tour of western Sweden left the group in Gothenburg on Tuesday and asked the Swedish police for political asylum.
The police named them as Ingrid Hartmann, 24, a soprano, and Klaus Dietrich, 31, a tenor, and his wife, Renate Dietrich, 28, an alto. All three are from Dresden.
The choir's director, Johannes Kluge, cut short the tour and left with the remaining 29 singers by ferry for Sassnitz on Wednesday. He told a Swedish newspaper that the three had been "seduced by western propaganda" and had abandoned a two-year-old child, the Dietrichs' daughter, who is being cared for by her grandparents.
Mr. Dietrich said through an interpreter that they hoped to bring the child out "through the Red Cross or any way possible" and that they eventually wanted to settle in West Germany, where he has an uncle. The West German Embassy in Stockholm said it would issue them travel papers if they applied.
Swedish officials said the requests would be decided by the Aliens Commission, which normally takes several weeks.
''', dict(
    countries=['DDR', 'SWE', 'DEU'],
    persons=[P('Ingrid Hartmann', nat='DDR'), P('Klaus Dietrich', ['Mr. Dietrich'], 'DDR'), P('Renate Dietrich', nat='DDR'), P('Johannes Kluge', nat='DDR')],
    not_persons=['Red Cross', 'Aliens Commission'],
    embassies=[dict(sending='DEU', host='SWE', city='Stockholm')],
    defections=[dfc('Ingrid Hartmann', 'DDR', 'SWE', None, '1965-07-06', 'soprano'), dfc('Klaus Dietrich', 'DDR', 'SWE', None, '1965-07-06', 'tenor'),
                dfc('Renate Dietrich', 'DDR', 'SWE', None, '1965-07-06', 'alto')]))

art('grp-039', 'U.S. and Cuba sign accord on hijackers', '1973-02-16', 'Washington bureau', '''
WASHINGTON — The United States and Cuba on Thursday signed a memorandum of understanding under which each country agrees to prosecute or return persons who hijack aircraft or vessels to its territory.
The accord was signed simultaneously by Secretary of State William P. Rogers in Washington and by the Cuban Foreign Minister, Raúl Roa, in Havana, through the Swiss Embassy there, which represents American interests in Cuba. It runs for five years and may be renewed.
The agreement covers boats as well as aircraft, and Cuban officials have made clear that they expect it to apply to Cubans who seize vessels to reach Florida. Last month two brothers, Eusebio Fuentes and Candelario Fuentes, fishermen from Caibarién, sailed a state-owned fishing boat to Key West and asked for asylum. State Department officials said that the agreement was not retroactive and that the brothers would be allowed to remain.
A provision allows either country to refuse to return a person who can show he acted for purely political reasons and was in imminent danger of death, but officials acknowledged that the language was "not precise."
More than 80 aircraft have been hijacked to Cuba from the United States since 1968.
''', dict(
    countries=['USA', 'CUB', 'CHE'],
    persons=[P('William P. Rogers', nat='USA'), P('Raúl Roa', nat='CUB'), P('Eusebio Fuentes', nat='CUB'), P('Candelario Fuentes', nat='CUB')],
    embassies=[dict(sending='CHE', host='CUB', city='Havana')],
    defections=[dfc('Eusebio Fuentes', 'CUB', 'USA', None, '1973-01', 'fisherman'), dfc('Candelario Fuentes', 'CUB', 'USA', None, '1973-01', 'fisherman')],
    agreements=[dict(name='memorandum of understanding on hijacking', aliases=['accord', 'agreement'], parties=['USA', 'CUB'], date='1973-02-15', status='signed')]))
