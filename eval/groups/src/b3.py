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

art('grp-020', 'Greek press counsellor in Paris quits, seeks asylum', '1967-06-15', 'Paris bureau', '''
PARIS, June 14 — The press counsellor of the Greek Embassy here resigned on Tuesday in protest against the military regime in Athens and, with his wife, asked France for political asylum.
Alexandros Vlachos, 46, a career diplomat who had served in Bonn and Washington, said in a letter to the ambassador that he could not "continue to speak for men who have silenced every newspaper in my country." His wife, Katerina Vlachou, a translator, signed the asylum request with him.
The French Foreign Ministry confirmed receipt of the request but declined further comment. Officials privately indicated that it would be granted.
Mr. Vlachos is the second Greek diplomat to break with the junta of Col. George Papadopoulos since the coup of April 21. Last month Nikos Papadakis, the consul general in Montreal, resigned and asked Canada for asylum.
The embassy issued a brief statement saying Mr. Vlachos had been "relieved of his functions" and that his passport had been cancelled. It made no mention of his wife.
Friends said the couple's only daughter, a student in Athens, had been unable to leave Greece. King Constantine, who has kept an uneasy distance from the colonels, made no comment.
''', dict(
    countries=['GRC', 'FRA', 'CAN', 'DEU', 'USA'],
    persons=[P('Alexandros Vlachos', ['Mr. Vlachos'], 'GRC'), P('Katerina Vlachou', nat='GRC'), P('George Papadopoulos', nat='GRC'), P('Nikos Papadakis', nat='GRC'), P('King Constantine', nat='GRC')],
    embassies=[dict(sending='GRC', host='FRA', city='Paris'), dict(sending='GRC', host='CAN', city='Montreal'), dict(sending='GRC', host='DEU', city='Bonn'), dict(sending='GRC', host='USA', city='Washington')],
    defections=[dfc('Alexandros Vlachos', 'GRC', 'FRA', 'FRA', '1967-06-13', 'press counsellor'), dfc('Katerina Vlachou', 'GRC', 'FRA', 'FRA', '1967-06-13', 'translator'),
                dfc('Nikos Papadakis', 'GRC', 'CAN', 'CAN', '1967-05', 'consul general')]))

art('grp-021', 'Two Romanian rugby players leave touring side', '1974-11-26', 'Sports desk', '''
TOULOUSE — Romania's rugby tourists will play the final match of their French tour at Toulouse on Wednesday without their first-choice tighthead prop and their reserve fly-half, both of whom left the team hotel in Béziers after Sunday's game and have asked for political asylum.
The prefecture of the Hérault confirmed on Monday evening that the two had presented themselves and that their requests had been forwarded to Paris.
They are Ion Dumitrescu, 28, a 16-stone front-row forward who has won 22 caps, and Mihai Stănescu, 21, a student from Cluj who had played only in the midweek games. Neither had given any sign of his intentions, according to team-mates.
The team manager, Gheorghe Vasilescu, told French journalists the players were "sick in the head from too much wine and flattery" and would "regret it within a month." The captain, Radu Enache, was more measured. "They are my friends. I am going home to Bucharest to my wife," he said.
A spokesman for the French Rugby Federation, Jean-Pierre Castaing, said the federation regretted the "human drama" but that the match on Wednesday would go ahead. "Rugby has to continue," he said.
Romania has been drawing larger crowds in France each season. Federation officials fear the defections could end the annual fixtures.
''', dict(
    countries=['ROU', 'FRA'],
    persons=[P('Ion Dumitrescu', nat='ROU'), P('Mihai Stănescu', nat='ROU'), P('Gheorghe Vasilescu', nat='ROU'), P('Radu Enache', nat='ROU'), P('Jean-Pierre Castaing', nat='FRA')],
    not_persons=['French Rugby Federation'],
    defections=[dfc('Ion Dumitrescu', 'ROU', 'FRA', None, '1974-11-24', 'rugby prop'), dfc('Mihai Stănescu', 'ROU', 'FRA', None, '1974-11-24', 'rugby fly-half')]))

art('grp-022', 'Venezuelan helicopter crew lands in Colombia', '2019-02-26', 'Bogotá bureau', '''
CÚCUTA, Colombia — A Venezuelan Air Force helicopter with five men aboard put down on a football pitch on the Colombian side of the border on Sunday, the latest and most dramatic of a wave of desertions that followed the failed attempt to bring humanitarian aid into Venezuela over the weekend.
Colombia's migration agency said the crew had asked for protection and were being held at a military base for their own safety. The agency's director, Christian Krüger, said more than 150 members of the Venezuelan security forces had crossed since Saturday.
Colombian officials identified the helicopter's crew on Monday as the pilot, Maj. José Antonio Rengifo; the co-pilot, Capt. Luis Eduardo Salas; and Sgts. Freddy Guaramato and Yorman Contreras and Cpl. Deivis Mujica, who served as flight technicians.
In a video recorded on the pitch and shared by opposition activists, the pilot read a statement recognising the opposition leader Juan Guaidó as interim president. "We will not fire on our own people for Nicolás Maduro," he said, as children from a nearby school gathered to watch.
Venezuela's defence ministry described the five as "deserters and thieves" who had stolen state property, and demanded the helicopter's return. Bogotá, which broke relations with Caracas on Saturday, has not replied.
''', dict(
    countries=['VEN', 'COL'],
    persons=[P('Christian Krüger', nat='COL'), P('José Antonio Rengifo', nat='VEN'), P('Luis Eduardo Salas', nat='VEN'), P('Freddy Guaramato', nat='VEN'), P('Yorman Contreras', nat='VEN'), P('Deivis Mujica', nat='VEN'), P('Juan Guaidó', nat='VEN'), P('Nicolás Maduro', nat='VEN')],
    defections=[dfc('José Antonio Rengifo', 'VEN', 'COL', None, '2019-02-24', 'pilot'), dfc('Luis Eduardo Salas', 'VEN', 'COL', None, '2019-02-24', 'co-pilot'),
                dfc('Freddy Guaramato', 'VEN', 'COL', None, '2019-02-24', 'flight technician'), dfc('Yorman Contreras', 'VEN', 'COL', None, '2019-02-24', 'flight technician'),
                dfc('Deivis Mujica', 'VEN', 'COL', None, '2019-02-24', 'flight technician')]))

art('grp-023', 'New Swedish envoy arrives in Pyongyang as food crisis deepens', '1997-09-10', 'Stockholm correspondent', '''
STOCKHOLM — Sweden's new ambassador to North Korea, Björn Ekdahl, presented his credentials in Pyongyang on Monday, taking charge of one of the loneliest Western postings at a moment when the country's food shortages are drawing growing international attention.
Sweden has kept an embassy in the North Korean capital since 1975, longer than any other Western government, and its small staff also looks after the interests of the United States, Canada and Australia, which have no missions there.
In a telephone interview before his departure, Ekdahl said his priorities would be monitoring the distribution of food aid and keeping "a line open when other lines are closed." He noted that the embassy's three Swedish diplomats are permitted to travel outside Pyongyang only with official escorts.
The North Korean embassy in Stockholm, in a rare statement, welcomed the appointment and thanked Swedish aid organisations for shipments of grain and medicine.
Ekdahl, 58, previously served in Hanoi and Addis Ababa. He succeeds Margareta Lind, who returns to the Foreign Ministry in Stockholm.
''', dict(
    countries=['SWE', 'PRK', 'USA', 'CAN', 'AUS', 'VNM', 'ETH'],
    persons=[P('Björn Ekdahl', ['Ekdahl'], 'SWE'), P('Margareta Lind', nat='SWE')],
    embassies=[dict(sending='SWE', host='PRK', city='Pyongyang'), dict(sending='PRK', host='SWE', city='Stockholm'), dict(sending='SWE', host='VNM', city='Hanoi'), dict(sending='SWE', host='ETH', city='Addis Ababa')]))

art('grp-024', 'Three Russian reservists wait in Almaty as Moscow weighs extradition requests', '2022-10-04', 'Central Asia correspondent', '''
ALMATY — For Artyom Belov, the call-up papers arrived on a Thursday; by Saturday he was in a car with two friends heading for the Kazakh border, and on Sept. 24, after 31 hours in a queue at the Mashtakovo crossing, all three walked into Kazakhstan.
Belov, 28, a warehouse manager from Omsk, is now sharing a rented flat in Almaty with the brothers Kirill Sorokin, 31, and Maxim Sorokin, 26, both reserve sergeants from Orenburg. All three had received mobilisation notices after President Vladimir Putin's decree of Sept. 21.
Their host, Aigerim Nurlanova, a schoolteacher who offered her spare rooms on a volunteer chat group, said the three "arrived with one backpack each and apologised for everything."
Kazakhstan has said it will not hand over Russians who fled mobilisation unless they are on an international wanted list for a criminal offence. Interior Minister Marat Akhmetzhanov told reporters last week that draft evasion was not a crime under Kazakh law. But lawyers note that an extradition treaty Moscow and Astana signed in 1996 remains in force, and that Russia has made draft evasion punishable by up to 10 years in prison.
President Kassym-Jomart Tokayev said Kazakhstan must "take care" of those forced to leave "because of the hopeless situation." More than 200,000 Russians have entered the country since the decree; tens of thousands of others have gone to Georgia and Mongolia.
The brothers' father, who still lives in Orenburg, was visited by a military recruitment officer on Monday, Kirill said. "They asked where we were. He said he didn't know. That is true, more or less."
''', dict(
    countries=['RUS', 'KAZ', 'GEO', 'MNG'],
    persons=[P('Artyom Belov', ['Belov'], 'RUS'), P('Kirill Sorokin', ['Kirill'], 'RUS'), P('Maxim Sorokin', nat='RUS'), P('Vladimir Putin', nat='RUS'), P('Aigerim Nurlanova', nat='KAZ'), P('Marat Akhmetzhanov', nat='KAZ'), P('Kassym-Jomart Tokayev', nat='KAZ')],
    defections=[dfc('Artyom Belov', 'RUS', 'KAZ', None, '2022-09-24', 'warehouse manager (reservist)'), dfc('Kirill Sorokin', 'RUS', 'KAZ', None, '2022-09-24', 'reserve sergeant'),
                dfc('Maxim Sorokin', 'RUS', 'KAZ', None, '2022-09-24', 'reserve sergeant')],
    agreements=[dict(name='extradition treaty', aliases=[], parties=['RUS', 'KAZ'], date='1996', status='in_force')]))

art('grp-025', 'Bulgarian trade official and family granted U.S. asylum', '1984-04-12', 'Wire report', '''
WASHINGTON, April 11 — A Bulgarian trade official who disappeared from his post in Vienna last month has been granted political asylum in the United States together with his wife and two sons, the State Department said today.
The official, Todor Kostadinov, 47, was deputy head of the commercial section of the Bulgarian Embassy in Vienna, responsible for sales of Bulgarian machinery to Austrian firms. He, his wife, Radka Kostadinova, 44, and their sons, Plamen, 19, and Georgi, 15, left their flat in the 19th District one evening in mid-March, leaving the lights on and the television running.
A State Department spokesman, who asked not to be identified by name, said the family had "approached United States officials in Austria" and had been flown to the United States "some time ago." He would not say whether Mr. Kostadinov had provided information to American intelligence.
Austrian Interior Minister Karl Blecha said Austria had been informed only after the family left the country. Bulgaria had earlier demanded that Vienna find the family and accused Austrian police of negligence.
In Sofia, the official's younger brother, Dimitar Kostadinov, a sports journalist, was dismissed from his newspaper last week, according to Bulgarian exiles.
''', dict(
    countries=['BGR', 'USA', 'AUT'],
    persons=[P('Todor Kostadinov', ['Mr. Kostadinov'], 'BGR'), P('Radka Kostadinova', nat='BGR'), P('Plamen', nat='BGR'), P('Georgi', nat='BGR'), P('Karl Blecha', nat='AUT'), P('Dimitar Kostadinov', nat='BGR')],
    embassies=[dict(sending='BGR', host='AUT', city='Vienna')],
    defections=[dfc('Todor Kostadinov', 'BGR', 'USA', 'AUT', '1984-03', 'deputy head of commercial section'), dfc('Radka Kostadinova', 'BGR', 'USA', 'AUT', '1984-03'),
                dfc('Plamen', 'BGR', 'USA', 'AUT', '1984-03'), dfc('Georgi', 'BGR', 'USA', 'AUT', '1984-03')]))

art('grp-026', 'Syrian consul in Athens is third from embassy to defect', '2012-11-20', 'Athens correspondent', '''
ATHENS — The Syrian consul in Athens announced on Sunday that he was abandoning his post and joining the opposition, making him the third official from the embassy here to break with the government of President Bashar al-Assad since the summer.
In a video posted online, Nizar Khoury, 51, held up his diplomatic passport and said he could "no longer represent a regime that bombs bread queues." His whereabouts were not known on Monday. Greek officials said he had not applied for asylum in Greece.
The first to go from the mission was Bassam Haddad, a second secretary, who slipped away in July and reappeared weeks later at opposition meetings in Istanbul, where he now works with a relief organisation. In September the military attaché, Brig. Gen. Fayez al-Halabi, walked out with his wife and four children and was granted asylum in Greece last month.
Greek Foreign Ministry spokesman Konstantinos Rallis said Athens would "respect the wishes of individuals" but would not comment on individual cases.
The defections in Athens follow that of Nawaf al-Fares, Syria's ambassador to Iraq, who broke with Damascus in July and later surfaced in Qatar. An official at the embassy here who answered the telephone said the consul had been "dismissed for financial irregularities weeks ago."
''', dict(
    countries=['SYR', 'GRC', 'TUR', 'IRQ', 'QAT'],
    persons=[P('Bashar al-Assad', nat='SYR'), P('Nizar Khoury', nat='SYR'), P('Bassam Haddad', nat='SYR'), P('Fayez al-Halabi', nat='SYR'), P('Konstantinos Rallis', nat='GRC'), P('Nawaf al-Fares', nat='SYR')],
    embassies=[dict(sending='SYR', host='GRC', city='Athens'), dict(sending='SYR', host='IRQ')],
    defections=[dfc('Nizar Khoury', 'SYR', None, 'GRC', '2012-11-18', 'consul'), dfc('Bassam Haddad', 'SYR', 'TUR', 'GRC', '2012-07', 'second secretary'),
                dfc('Fayez al-Halabi', 'SYR', 'GRC', 'GRC', '2012-09', 'military attaché'), dfc('Nawaf al-Fares', 'SYR', 'QAT', 'IRQ', '2012-07', 'ambassador')]))

art('grp-027', 'Albanian delegates walk out of FAO session, three stay in Italy', '1990-06-29', 'Rome correspondent', '''
ROME — It began as a conventional piece of diplomatic theatre. On Tuesday afternoon, when the Yugoslav delegate to a Food and Agriculture Organisation committee began a passage on agricultural development in Kosovo, the six-member Albanian delegation rose and filed out of the hall.
Only three of them went back to their hotel. The others — Agron Basha, 38, an agronomist at the Ministry of Agriculture; Mimoza Kelmendi, 29, the delegation's interpreter; and Ilir Dervishi, 44, a foreign trade official — walked instead to a police station near the Termini railway station on Wednesday morning and asked for political asylum.
A spokesman for the Italian Interior Ministry confirmed the requests on Thursday, saying the three were "in good health and under protection." He said Albania's embassy had asked for access to them and been told the decision was theirs.
The head of the delegation, Petrit Gjoni, flew back to Tirana on Thursday with the remaining two members. Before leaving, he told Albanian state radio that his colleagues had been "bought with lire and lies."
Western diplomats said the requests were the first by Albanian officials abroad in several years and reflected mounting unease in a country that has begun, cautiously, to loosen its isolation. Basha's wife and two children remain in Tirana.
''', dict(
    countries=['ALB', 'ITA', 'YUG'],
    persons=[P('Agron Basha', ['Basha'], 'ALB'), P('Mimoza Kelmendi', nat='ALB'), P('Ilir Dervishi', nat='ALB'), P('Petrit Gjoni', nat='ALB')],
    not_persons=['Food and Agriculture Organisation'],
    embassies=[dict(sending='ALB', host='ITA', city='Rome')],
    defections=[dfc('Agron Basha', 'ALB', 'ITA', None, '1990-06-27', 'agronomist, Ministry of Agriculture'), dfc('Mimoza Kelmendi', 'ALB', 'ITA', None, '1990-06-27', 'interpreter'),
                dfc('Ilir Dervishi', 'ALB', 'ITA', None, '1990-06-27', 'foreign trade official')]))

art('grp-028', 'Four Cuban players slip away from Olympic qualifying squad', '2008-03-14', 'Florida sports desk', '''
TAMPA, Fla. — Cuba's under-23 football team had already lost its opening game of the Olympic qualifying tournament. On Wednesday it lost four more players, none of them to injury.
The four — midfielders Yunieski Roque and Odelín Mesa, defender Dairon Zamora and reserve goalkeeper Yasmani Cruz — left the team hotel near the airport on Tuesday night, after a training session, and were picked up in a car driven by Roque's cousin, Luis Roque, who lives in Hialeah.
"They called me from a payphone in the lobby," Luis Roque said by telephone. "I drove four hours and I did not ask questions until they were in the car." He said the players intended to apply for residency under U.S. law, which generally allows Cubans who reach American soil to stay.
The team's coach, Armando Capiró, said he would still field a full side for Friday's match. The captain, Alexei Marrero, told reporters that the rest of the players were "focused on football." Asked whether he had been approached, he said: "My family is in Havana. I am Cuban."
It was the largest defection from a Cuban football team on American soil. Cuban officials said nothing publicly.
''', dict(
    countries=['CUB', 'USA'],
    persons=[P('Yunieski Roque', ['Roque'], 'CUB'), P('Odelín Mesa', nat='CUB'), P('Dairon Zamora', nat='CUB'), P('Yasmani Cruz', nat='CUB'), P('Luis Roque'), P('Armando Capiró', nat='CUB'), P('Alexei Marrero', nat='CUB')],
    defections=[dfc('Yunieski Roque', 'CUB', 'USA', None, '2008-03-11', 'midfielder'), dfc('Odelín Mesa', 'CUB', 'USA', None, '2008-03-11', 'midfielder'),
                dfc('Dairon Zamora', 'CUB', 'USA', None, '2008-03-11', 'defender'), dfc('Yasmani Cruz', 'CUB', 'USA', None, '2008-03-11', 'reserve goalkeeper')]))

art('grp-029', 'Uganda\'s acting high commissioner and deputy seek asylum in Britain', '1977-03-03', 'Diplomatic correspondent', '''
LONDON — Uganda's acting High Commissioner in London and his deputy have asked for political asylum in Britain, the Foreign Office said yesterday, in the first defection by senior Ugandan diplomats since the death of Archbishop Janani Luwum in February.
The two men, Mr. Wilson Okello and the first secretary, Mrs. Grace Namuli, failed to appear at the High Commission in Trafalgar Square on Monday morning. A Foreign Office spokesman said they had made their requests in person at the Home Office over the weekend.
Mr. Okello, 49, had been in charge of the mission since the High Commissioner was recalled to Kampala in January. Mrs. Namuli, a former schoolteacher, joined the foreign service in 1970.
In a statement issued through a solicitor, they said they could no longer serve "a government which murders churchmen and calls it an accident." The archbishop's death in what the Ugandan authorities described as a car crash has been widely attributed to President Idi Amin's security forces.
Radio Uganda last night described the pair as "agents of imperialism" and said they would be tried in absentia. Mrs. Namuli's husband and three children are believed to be still in Uganda.
''', dict(
    countries=['UGA', 'GBR'],
    persons=[P('Janani Luwum', nat='UGA'), P('Wilson Okello', ['Mr. Okello'], 'UGA'), P('Grace Namuli', ['Mrs. Namuli'], 'UGA'), P('Idi Amin', nat='UGA')],
    not_persons=['Radio Uganda'],
    embassies=[dict(sending='UGA', host='GBR', city='London')],
    defections=[dfc('Wilson Okello', 'UGA', 'GBR', 'GBR', '1977-02', 'acting High Commissioner'), dfc('Grace Namuli', 'UGA', 'GBR', 'GBR', '1977-02', 'first secretary')]))
