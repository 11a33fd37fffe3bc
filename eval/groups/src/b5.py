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

art('grp-040', 'Iranian futsal players seek asylum in Portugal', '2026-03-19', 'Lisbon correspondent', '''
LISBON — Four members of Iran's women's futsal squad did not board the team's flight to Tehran on Monday after a friendly tournament near Porto and have applied for international protection in Portugal, the country's migration agency confirmed on Wednesday.
The players had handed their passports to team officials on arrival, as is customary for Iranian squads abroad. On Sunday night, after the final match, they asked for them back "to buy souvenirs," according to a person close to the team, and did not return.
The agency did not name them, but an Iranian-Portuguese activist who has been helping the group, Shirin Moradi, identified them as Sara Ghasemi, 23, the team's top scorer at the tournament; the goalkeeper Niloufar Rahimi, 26; and the defenders Mahsa Karimi and Parisa Zand, both 21.
"They are very frightened — not for themselves now, but for their families," Moradi said.
The team captain, Fatemeh Ahmadi, flew home with the remaining players and two coaches. A spokesman for Iran's football federation said the four had been "deceived by hostile media networks" and urged them to return, promising they would face "no consequences." The Iranian embassy in Lisbon declined to comment.
''', dict(
    countries=['IRN', 'PRT'],
    persons=[P('Shirin Moradi', ['Moradi']), P('Sara Ghasemi', nat='IRN'), P('Niloufar Rahimi', nat='IRN'), P('Mahsa Karimi', nat='IRN'), P('Parisa Zand', nat='IRN'), P('Fatemeh Ahmadi', nat='IRN')],
    embassies=[dict(sending='IRN', host='PRT', city='Lisbon')],
    defections=[dfc('Sara Ghasemi', 'IRN', 'PRT', None, '2026-03-15', 'futsal player'), dfc('Niloufar Rahimi', 'IRN', 'PRT', None, '2026-03-15', 'goalkeeper'),
                dfc('Mahsa Karimi', 'IRN', 'PRT', None, '2026-03-15', 'defender'), dfc('Parisa Zand', 'IRN', 'PRT', None, '2026-03-15', 'defender')]))

art('grp-041', 'Polish crop-duster lands on Bornholm with two families', '1982-09-02', 'Copenhagen correspondent', '''
COPENHAGEN — A Polish agricultural biplane carrying six people, two of them small children, landed in a stubble field on the Danish island of Bornholm on Tuesday morning after a low-level flight across the Baltic, Danish police said.
The pilot, Jerzy Kowalczyk, 36, had taken off from a state farm airstrip near Słupsk, ostensibly to spray potatoes. On board the single-engine Antonov-2 were his wife, Ewa Kowalczyk, 33; their son, Marek, 10; their daughter, Agnieszka, 6; the aircraft's mechanic, Zdzisław Baran, 29; and Baran's fiancée, Beata Wilk, 24.
All six have asked for political asylum in Denmark. "He flew at twenty metres the whole way so the radar would not see us," Mrs. Kowalczyk told the Danish newspaper Bornholms Tidende. "The children thought it was an adventure."
A spokesman for the Justice Ministry, Henning Sørensen, said the requests would be examined "in the normal way." The Polish Embassy in Copenhagen has asked for the return of the aircraft, and Danish officials said that request would be considered separately.
Kowalczyk's parents still live in Słupsk. He said he had not told them. Since martial law was declared in Poland in December, at least four Polish aircraft have been flown to the West by people seeking asylum.
''', dict(
    countries=['POL', 'DNK'],
    persons=[P('Jerzy Kowalczyk', ['Kowalczyk'], 'POL'), P('Ewa Kowalczyk', ['Mrs. Kowalczyk'], 'POL'), P('Marek', nat='POL'), P('Agnieszka', nat='POL'), P('Zdzisław Baran', ['Baran'], 'POL'), P('Beata Wilk', nat='POL'), P('Henning Sørensen', nat='DNK')],
    not_persons=['Bornholms Tidende'],
    embassies=[dict(sending='POL', host='DNK', city='Copenhagen')],
    defections=[dfc('Jerzy Kowalczyk', 'POL', 'DNK', None, '1982-08-31', 'pilot'), dfc('Ewa Kowalczyk', 'POL', 'DNK', None, '1982-08-31'),
                dfc('Marek', 'POL', 'DNK', None, '1982-08-31'), dfc('Agnieszka', 'POL', 'DNK', None, '1982-08-31'),
                dfc('Zdzisław Baran', 'POL', 'DNK', None, '1982-08-31', 'aircraft mechanic'), dfc('Beata Wilk', 'POL', 'DNK', None, '1982-08-31')]))

art('grp-042', 'Foreign diplomats trickle out of Pyongyang as border stays shut', '2021-03-04', 'Seoul bureau', '''
SEOUL — Eight Russian diplomats and their family members left North Korea last week by pushing a hand-operated rail trolley across the bridge over the Tumen River, the Russian Foreign Ministry said, a vivid illustration of how hard it has become to get in or out of a country that sealed its borders more than a year ago.
The group, including a three-year-old child, travelled 32 hours by train and two hours by bus to reach the border, Foreign Ministry spokeswoman Maria Zakharova said. The Russian embassy in Pyongyang posted photographs of the departure on social media.
Russia's ambassador, Alexander Matsegora, said in an interview last month that shortages of medicine and basic goods had made life "very difficult" for the remaining foreign residents of Pyongyang.
Several Western governments, including Germany, Sweden and Poland, have already temporarily withdrawn their diplomats and closed their embassies in the capital. Sweden's embassy, which represents U.S. interests, is now run from Seoul.
North Korea has reported no coronavirus cases, a claim outside experts doubt.
''', dict(
    countries=['RUS', 'PRK', 'DEU', 'SWE', 'POL', 'USA', 'KOR'],
    persons=[P('Maria Zakharova', nat='RUS'), P('Alexander Matsegora', nat='RUS')],
    embassies=[dict(sending='RUS', host='PRK', city='Pyongyang'), dict(sending='DEU', host='PRK', city='Pyongyang'), dict(sending='SWE', host='PRK', city='Pyongyang'), dict(sending='POL', host='PRK', city='Pyongyang')]))

art('grp-043', 'Yugoslav military attaché in Washington asks for asylum', '1992-06-11', 'Washington bureau', '''
WASHINGTON, June 10 — The military attaché at the Yugoslav Embassy has asked the United States for political asylum, the State Department said today, the third diplomat to leave the embassy since the federation began to break apart last year.
Col. Dragan Petrović, 52, an air force officer who has served in Washington since 1989, submitted his request last week, a department spokeswoman, Margaret Tutwiler, said. She gave no details, but officials said the colonel had been ordered home after the United Nations imposed sanctions on Serbia and Montenegro on May 30.
The embassy, whose staff has shrunk by half in a year, has been losing diplomats as fast as the country has been losing republics. Zdenko Horvat, a Croatian-born counsellor, resigned and requested asylum in August 1991, weeks after Croatia declared independence. In April the press attaché, Azra Begović, a Muslim from Sarajevo, did the same as fighting spread across Bosnia.
The embassy's chargé d'affaires, Milan Đurić, said Colonel Petrović had "abandoned his post" and would be stripped of his rank. He added that the embassy would continue to function "as long as there is a Yugoslavia to represent."
''', dict(
    countries=['YUG', 'USA', 'HRV', 'BIH'],
    persons=[P('Dragan Petrović', ['Colonel Petrović'], 'YUG'), P('Margaret Tutwiler', nat='USA'), P('Zdenko Horvat', nat='YUG'), P('Azra Begović', nat='YUG'), P('Milan Đurić', nat='YUG')],
    embassies=[dict(sending='YUG', host='USA', city='Washington')],
    defections=[dfc('Dragan Petrović', 'YUG', 'USA', 'USA', '1992-06', 'military attaché'), dfc('Zdenko Horvat', 'YUG', 'USA', 'USA', '1991-08', 'counsellor'),
                dfc('Azra Begović', 'YUG', 'USA', 'USA', '1992-04', 'press attaché')]))

art('grp-044', 'Libyan diplomats in Rome break with Gaddafi as Italy suspends treaty', '2011-03-02', 'Rome bureau', '''
ROME — Three senior officials at the Libyan embassy in Rome announced on Sunday that they were siding with the uprising against Col. Muammar Gaddafi, in a statement read outside the mission's gates in front of a small crowd of Libyan students waving the red, black and green flag of the old monarchy.
The deputy ambassador, Salem el-Mabrouk, read the statement. Beside him stood the cultural attaché, Khalid Bensaud, and a press officer, Nuri Zintani. "We are no longer the representatives of a man who kills his people," el-Mabrouk said.
El-Mabrouk and Bensaud asked the Italian authorities for protection on Monday, Interior Ministry officials said. Zintani told reporters he was leaving for Benghazi to join the rebel council.
The defections came as Foreign Minister Franco Frattini said Italy considered its 2008 Treaty of Friendship with Libya, signed in Benghazi in August of that year, to be suspended "de facto." The treaty, under which Italy pledged $5 billion in compensation for its colonial rule and Libya agreed to curb migrant departures, had been a centrepiece of Silvio Berlusconi's foreign policy.
"There is no longer a Libyan counterpart with whom to implement it," Frattini said.
''', dict(
    countries=['LBY', 'ITA'],
    persons=[P('Muammar Gaddafi', nat='LBY'), P('Salem el-Mabrouk', ['el-Mabrouk', 'El-Mabrouk'], 'LBY'), P('Khalid Bensaud', ['Bensaud'], 'LBY'), P('Nuri Zintani', ['Zintani'], 'LBY'), P('Franco Frattini', ['Frattini'], 'ITA'), P('Silvio Berlusconi', nat='ITA')],
    embassies=[dict(sending='LBY', host='ITA', city='Rome')],
    defections=[dfc('Salem el-Mabrouk', 'LBY', 'ITA', 'ITA', '2011-02-27', 'deputy ambassador'), dfc('Khalid Bensaud', 'LBY', 'ITA', 'ITA', '2011-02-27', 'cultural attaché'),
                dfc('Nuri Zintani', 'LBY', None, 'ITA', '2011-02-27', 'press officer')],
    agreements=[dict(name='Treaty of Friendship', aliases=['2008 Treaty of Friendship'], parties=['ITA', 'LBY'], date='2008-08', status='suspended')]))

art('grp-045', 'Soviet pair skaters ask to stay in Canada', '1979-01-18', 'Canadian wire report', '''
WINNIPEG — A married pair of Soviet figure skaters who were touring Canada with an exhibition troupe have asked for political asylum, the federal immigration department confirmed Wednesday.
Natalya Kozhina, 25, and Sergei Kozhin, 28, silver medalists at last year's Soviet championships, skated their final number at the Winnipeg Arena on Sunday night and then left the building through a service entrance instead of boarding the team bus.
A Winnipeg skating promoter, Doug Penfold, said he drove them to a friend's house at their request and called a lawyer the next morning. "I asked them three times if they were sure," Penfold said. "Three times they said yes."
The troupe's coach, Tamara Volkova, told reporters at the airport that the couple had been "good athletes and foolish children." The rest of the 22-member group flew to Montreal on Monday to complete the tour.
Immigration Minister Bud Cullen said only that the case would be handled "with the usual care." The Soviet Embassy in Ottawa has asked to meet the skaters.
''', dict(
    countries=['SUN', 'CAN'],
    persons=[P('Natalya Kozhina', nat='SUN'), P('Sergei Kozhin', nat='SUN'), P('Doug Penfold', ['Penfold'], 'CAN'), P('Tamara Volkova', nat='SUN'), P('Bud Cullen', nat='CAN')],
    not_persons=['Winnipeg Arena'],
    embassies=[dict(sending='SUN', host='CAN', city='Ottawa')],
    defections=[dfc('Natalya Kozhina', 'SUN', 'CAN', None, '1979-01-14', 'figure skater'), dfc('Sergei Kozhin', 'SUN', 'CAN', None, '1979-01-14', 'figure skater')]))

art('grp-046', 'Chinese consular officials in Toronto seek asylum', '1989-06-28', 'Toronto correspondent', '''
TORONTO — Two officials of the Chinese Consulate General in Toronto have asked for political asylum in Canada, External Affairs Minister Joe Clark said yesterday, the most senior Chinese defections in the country since the army crushed the democracy movement in Beijing this month.
Vice-consul Zhang Weiming, 45, who supervised the 3,000 Chinese students in Ontario, and his deputy in the education section, Lu Yanhong, 38, left the consulate on Monday and went directly to an immigration office in Mississauga, officials said.
Earlier in June, an education officer at the Chinese Embassy in Ottawa, Xu Jian, walked out of the embassy and asked for asylum after watching television pictures of the shootings in Tiananmen Square.
Mr. Clark said Canada would "not return anyone to face persecution" and extended the stays of all Chinese students in Canada. Chinese students who have been demonstrating outside the consulate on St. George Street greeted the news with applause.
A consulate spokesman said the two had been "dismissed for serious errors" before they left and accused Canada of interference. China's paramount leader, Deng Xiaoping, has said the "counter-revolutionary rebellion" was defeated with the support of the people.
''', dict(
    countries=['CHN', 'CAN'],
    persons=[P('Joe Clark', ['Mr. Clark'], 'CAN'), P('Zhang Weiming', nat='CHN'), P('Lu Yanhong', nat='CHN'), P('Xu Jian', nat='CHN'), P('Deng Xiaoping', nat='CHN')],
    embassies=[dict(sending='CHN', host='CAN', city='Toronto'), dict(sending='CHN', host='CAN', city='Ottawa')],
    defections=[dfc('Zhang Weiming', 'CHN', 'CAN', 'CAN', '1989-06-26', 'vice-consul'), dfc('Lu Yanhong', 'CHN', 'CAN', 'CAN', '1989-06-26', 'deputy, education section'),
                dfc('Xu Jian', 'CHN', 'CAN', 'CAN', '1989-06', 'education officer')]))

art('grp-047', 'Myanmar naval officer and three sailors cross into Mizoram', '2024-02-14', 'South Asia correspondent', '''
AIZAWL, India — A Myanmar navy lieutenant and three sailors who abandoned their post near Sittwe crossed into India's Mizoram state last week and have asked not to be sent back, local officials said on Tuesday.
Unlike the hundreds of Myanmar soldiers who have fled fighting with the Arakan Army in recent months and been flown home by the Indian military, the four say they are deserters from the junta and would be executed if returned.
They were identified by a Mizo civil society group sheltering them as Lt. Kyaw Zin Oo, 31; Petty Officer Aung Myo Thant; and the seamen Zaw Min Htet and Thura Naing. "They walked for nine days," said Lalrinpuia Hnamte, a volunteer with the group. "The lieutenant carried the youngest one for the last part."
The state's chief minister, Lalduhoma, has urged New Delhi to treat the arrivals with compassion. But India formally ended the Free Movement Regime last week — the 2018 arrangement with Myanmar that let border residents travel 16 kilometres into each other's territory without visas — and is fencing the frontier.
Myanmar's military government has not commented on the four.
''', dict(
    countries=['MMR', 'IND'],
    persons=[P('Kyaw Zin Oo', nat='MMR'), P('Aung Myo Thant', nat='MMR'), P('Zaw Min Htet', nat='MMR'), P('Thura Naing', nat='MMR'), P('Lalrinpuia Hnamte', nat='IND'), P('Lalduhoma', nat='IND')],
    not_persons=['Arakan Army'],
    defections=[dfc('Kyaw Zin Oo', 'MMR', 'IND', None, '2024-02', 'navy lieutenant'), dfc('Aung Myo Thant', 'MMR', 'IND', None, '2024-02', 'petty officer'),
                dfc('Zaw Min Htet', 'MMR', 'IND', None, '2024-02', 'seaman'), dfc('Thura Naing', 'MMR', 'IND', None, '2024-02', 'seaman')],
    agreements=[dict(name='Free Movement Regime', aliases=[], parties=['IND', 'MMR'], date='2018', status='terminated')]))

art('grp-048', 'Czechoslovak brother and sister follow Navratilova', '1975-09-09', 'Tennis correspondent', '''
FOREST HILLS, N.Y. — Two more Czechoslovak tennis players have asked to remain in the United States, three days after Martina Navratilova, the country's best woman player, announced on Saturday that she was seeking asylum.
Pavel Novák, 22, who lost in the second round of the U.S. Open last week, and his sister, Jana Nováková, 19, who reached the junior semi-finals, went to the immigration office in Manhattan on Monday, their American hosts said.
The Nováks had been staying in Queens with Richard Sorensen, a dentist, and his wife, Ellen Sorensen, who met them at a junior tournament in Florida last year. "They came down to breakfast on Sunday and said, 'We have something to tell you,'" Mrs. Sorensen said. "Then they asked if they could stay a little longer."
Jiří Vaněk, a Czechoslovak Tennis Federation official travelling with the team, called the decisions "a personal tragedy for the players and their parents" and said he expected them to change their minds. The siblings' parents are teachers in Prostějov.
An Immigration and Naturalization Service spokesman said the applications would be processed in the same way as Miss Navratilova's.
''', dict(
    countries=['CSK', 'USA'],
    persons=[P('Martina Navratilova', ['Miss Navratilova'], 'CSK'), P('Pavel Novák', nat='CSK'), P('Jana Nováková', nat='CSK'), P('Richard Sorensen', [], 'USA'), P('Ellen Sorensen', ['Mrs. Sorensen'], 'USA'), P('Jiří Vaněk', nat='CSK')],
    not_persons=['Czechoslovak Tennis Federation', 'Immigration and Naturalization Service', 'U.S. Open'],
    defections=[dfc('Martina Navratilova', 'CSK', 'USA', None, '1975-09-06', 'tennis player'), dfc('Pavel Novák', 'CSK', 'USA', None, '1975-09-08', 'tennis player'),
                dfc('Jana Nováková', 'CSK', 'USA', None, '1975-09-08', 'tennis player')]))

art('grp-049', 'Cuban delegation walks out of Geneva rights session', '1999-04-15', 'Geneva correspondent', '''
GENEVA — Cuba's delegation walked out of the U.N. Commission on Human Rights on Wednesday moments before the body narrowly adopted a resolution criticising Havana's treatment of dissidents, a text sponsored by the Czech Republic and Poland.
The head of the Cuban delegation, Carlos Amat Forés, accused the two sponsors of acting "as messengers for Washington" and led his colleagues out of the Palais des Nations before the vote was called. The resolution passed 21 to 20, with 12 abstentions.
The Czech ambassador, Jaroslav Horák, said the text was "moderate and constructive" and called on Cuba to release four dissidents jailed last month. The United States, which lobbied heavily for the resolution, welcomed the outcome.
The Cubans returned to the chamber on Thursday morning for a debate on the rights of children, taking their seats without comment. In Havana, the Foreign Ministry issued a statement describing the vote as "a victory of blackmail over reason."
''', dict(
    countries=['CUB', 'CZE', 'POL', 'USA'],
    persons=[P('Carlos Amat Forés', nat='CUB'), P('Jaroslav Horák', nat='CZE')],
    not_persons=['Palais des Nations', 'U.N. Commission on Human Rights']))
