A = []
def art(id, title, published, source, text, gold):
    A.append(dict(id=id, title=title, published=published, source=source, text=text.strip(), gold=gold))

art('grp-000', 'Four from Slovak folk ensemble ask Austria for asylum', '1968-09-14', 'Wire report', '''
VIENNA, Sept. 13 — Four members of a Slovak folk ensemble that had spent three weeks touring Austrian provincial towns failed to board their bus home on Thursday morning and have asked for political asylum, the Austrian Interior Ministry said tonight.
The company, the Javorina Song and Dance Ensemble of Bratislava, had been booked for the tour long before Warsaw Pact troops entered Czechoslovakia last month. Its director, Ondrej Halama, told reporters at the frontier post at Berg that the remaining 38 performers were "going home to their families, where they belong," and that he would not discuss the missing four.
A ministry spokesman, Dr. Ferdinand Wallner, later identified them as the dancers Marta Kollárová, 22, and her husband, Peter Kollár, 26; the accordionist Jozef Benko, 31; and a soprano, Zuzana Hrušková, 24. All four were taken to the refugee camp at Traiskirchen, south of the capital, while their applications are examined.
"They walked into the police station in Linz with their passports and one suitcase between them," Dr. Wallner said. "Their requests will be handled like any other."
Benko, reached by telephone at the camp, said the decision had been made on the night the tanks crossed the border, when the company was playing in Wels. "We danced the next evening with black ribbons on our sleeves," he said. "After that we only talked about when, not whether."
Miss Hrušková's parents and a younger brother remain in Trnava. Asked whether she feared for them, she said only: "Of course."
Austrian officials estimate that several thousand Czechoslovak citizens who were abroad on Aug. 21 have so far declined to return.
''', dict(
    countries=['CSK', 'AUT'],
    persons=[
        dict(name='Ondrej Halama', aliases=[], nationality='CSK'),
        dict(name='Ferdinand Wallner', aliases=['Dr. Wallner'], nationality='AUT'),
        dict(name='Marta Kollárová', aliases=[], nationality='CSK'),
        dict(name='Peter Kollár', aliases=[], nationality='CSK'),
        dict(name='Jozef Benko', aliases=['Benko'], nationality='CSK'),
        dict(name='Zuzana Hrušková', aliases=['Miss Hrušková'], nationality='CSK'),
    ],
    not_persons=['Javorina Song and Dance Ensemble'],
    defections=[
        dict(defector='Marta Kollárová', **{'from': 'CSK'}, to='AUT', post_host=None, date='1968-09-12', position='dancer'),
        dict(defector='Peter Kollár', **{'from': 'CSK'}, to='AUT', post_host=None, date='1968-09-12', position='dancer'),
        dict(defector='Jozef Benko', **{'from': 'CSK'}, to='AUT', post_host=None, date='1968-09-12', position='accordionist'),
        dict(defector='Zuzana Hrušková', **{'from': 'CSK'}, to='AUT', post_host=None, date='1968-09-12', position='soprano'),
    ]))

art('grp-001', 'Three Cuban boxers stay behind in Caracas', '1977-11-20', 'Latin America correspondent', '''
CARACAS — Three members of Cuba's national boxing team slipped out of their hotel late on Friday, hours before the squad was due to fly home from an invitational tournament here, and asked the Venezuelan government for political asylum.
The Interior Ministry confirmed the request on Saturday. Its director of immigration, Luis Beltrán Rangel, said the three were "in a safe place" and would be heard "according to Venezuelan law and our traditions of hospitality."
The boxers were named by team officials as the welterweight Rigoberto Soler, 24, who won a silver medal here on Thursday; the light-flyweight Ángel Luis Marrero, 20; and Orestes Gálvez, a 27-year-old middleweight who had been a member of the national team since 1971.
The head of the Cuban delegation, Manuel Ordaz, accused "agents of the United States" of having lured the men with promises of professional contracts. "Three boys from the countryside do not find their way out of a hotel in Caracas at midnight on their own," he said. "Somebody opened the door for them."
Other members of the team left on schedule Saturday morning. The heavyweight Félix Carbonell, asked at the airport whether he had been tempted, shook his head. "My mother is in Camagüey," he said. "Where would I go?"
It was the first defection by Cuban athletes in Venezuela since the two countries restored diplomatic relations in 1974.
''', dict(
    countries=['CUB', 'VEN', 'USA'],
    persons=[
        dict(name='Luis Beltrán Rangel', aliases=[], nationality='VEN'),
        dict(name='Rigoberto Soler', aliases=[], nationality='CUB'),
        dict(name='Ángel Luis Marrero', aliases=[], nationality='CUB'),
        dict(name='Orestes Gálvez', aliases=[], nationality='CUB'),
        dict(name='Manuel Ordaz', aliases=[], nationality='CUB'),
        dict(name='Félix Carbonell', aliases=[], nationality='CUB'),
    ],
    defections=[
        dict(defector='Rigoberto Soler', **{'from': 'CUB'}, to='VEN', post_host=None, date='1977-11-18', position='boxer (welterweight)'),
        dict(defector='Ángel Luis Marrero', **{'from': 'CUB'}, to='VEN', post_host=None, date='1977-11-18', position='boxer (light-flyweight)'),
        dict(defector='Orestes Gálvez', **{'from': 'CUB'}, to='VEN', post_host=None, date='1977-11-18', position='boxer (middleweight)'),
    ]))

art('grp-002', 'Two Ethiopian diplomats seek asylum in Italy', '1983-06-10', 'Wire report', '''
ROME, June 9 — The first secretary of the Ethiopian Embassy here and his deputy have asked Italy for political asylum, the Italian Foreign Ministry confirmed today.
A ministry spokesman said Tesfaye Woldemariam, who handled political affairs at the embassy, and Second Secretary Getachew Abebe had presented themselves at a police station in the Parioli district on Tuesday evening. Mr. Tesfaye was accompanied by his wife and their three children.
The Ethiopian ambassador, Kassa Gebre-Medhin, told reporters that both men had been recalled to Addis Ababa "for consultations" and accused them of misusing embassy funds. "This is a matter for the police, not for politics," he said.
Friends of the two diplomats said they had been alarmed by the arrest in April of several colleagues at the Foreign Ministry in Addis Ababa and by what they described as a purge ordered by the ruling military council, the Dergue, under Lieut. Col. Mengistu Haile Mariam.
In a statement distributed through an Ethiopian exile group in Rome, Mr. Getachew said he had served his country "for eleven years with loyalty" but could no longer "represent a government that imprisons its own diplomats."
Italian officials said the requests would be examined by an interministerial commission, a process that usually takes several months.
''', dict(
    countries=['ETH', 'ITA'],
    persons=[
        dict(name='Tesfaye Woldemariam', aliases=['Mr. Tesfaye'], nationality='ETH'),
        dict(name='Getachew Abebe', aliases=['Mr. Getachew'], nationality='ETH'),
        dict(name='Kassa Gebre-Medhin', aliases=[], nationality='ETH'),
        dict(name='Mengistu Haile Mariam', aliases=[], nationality='ETH'),
    ],
    not_persons=['Dergue'],
    embassies=[dict(sending='ETH', host='ITA', city='Rome')],
    defections=[
        dict(defector='Tesfaye Woldemariam', **{'from': 'ETH'}, to='ITA', post_host='ITA', date='1983-06-07', position='first secretary (political affairs)'),
        dict(defector='Getachew Abebe', **{'from': 'ETH'}, to='ITA', post_host='ITA', date='1983-06-07', position='second secretary'),
    ]))

art('grp-003', 'Soviet chamber orchestra ends British tour with full complement', '1972-04-18', 'Arts desk', '''
The Leningrad Chamber Soloists flew home from Heathrow yesterday at the end of a five-week British tour, and, to the evident disappointment of some of the newspapers that had followed them from Glasgow to Brighton, all 31 musicians were on the aircraft.
The orchestra's visit had been dogged by rumours. A Sunday paper reported last week that a cellist had been "seen in conversation" with Home Office officials in Manchester; the cellist in question, Arkady Semyonov, turned out to have been asking directions to a music shop that sold gut strings.
"We have come to play Haydn and Shostakovich, not to play in your spy films," said the orchestra's conductor, Lev Markovich Gurvich, at a reception at the Soviet Embassy in Kensington on Sunday evening. He was, by the accounts of those present, in high good humour.
The tour was organised by the London impresario Dennis Halloway, who said ticket sales had been "the best for a visiting chamber group since the war." He hopes to bring the ensemble back in 1974.
The Soviet cultural attaché, Yuri Denisov, described the tour as a contribution to "the improvement of the atmosphere" between Britain and the Soviet Union, and said a British string quartet would visit Moscow and Leningrad in the autumn.
''', dict(
    countries=['SUN', 'GBR'],
    persons=[
        dict(name='Arkady Semyonov', aliases=[], nationality='SUN'),
        dict(name='Lev Markovich Gurvich', aliases=[], nationality='SUN'),
        dict(name='Dennis Halloway', aliases=[], nationality='GBR'),
        dict(name='Yuri Denisov', aliases=[], nationality='SUN'),
    ],
    not_persons=['Leningrad Chamber Soloists', 'Haydn', 'Shostakovich'],
    embassies=[dict(sending='SUN', host='GBR', city='London')],
    ))

art('grp-004', 'Family of four crosses from Hungary, reaches Bavaria', '1989-08-26', 'Correspondent, Passau', '''
PASSAU, West Germany — Rainer Vogt had told his neighbours in Karl-Marx-Stadt that he was taking the family camping at Lake Balaton. In a sense, he did: the Vogts spent two nights in a tent near Sopron before walking, shortly after midnight on Thursday, through a maize field and into Austria.
By Friday afternoon they were at a reception centre outside this Bavarian border town, among some 600 East Germans who have arrived here in the past week. "We left the car with the keys in it," said Mr. Vogt, a 38-year-old engineer. "Somebody in Hungary is driving a very good Wartburg now."
His wife, Sabine Vogt, 35, a nurse, carried their son Tobias, 7, for the last kilometre. Their daughter, Anja Vogt, 12, said she had been told only that morning where they were going. "I was angry that I didn't say goodbye to my friends," she said. "Now I'm not angry."
Hungarian border guards, who until the spring would have arrested them, watched the group cross from a watchtower and did nothing, Mr. Vogt said.
The family left behind Mr. Vogt's mother, Gertrud Vogt, 71, and his younger brother, Uwe, who works at the same machine-tool plant and who, Mr. Vogt said, "knew nothing, and that is the truth, and I want the Stasi to read that."
A spokesman for the Bavarian Interior Ministry, Hans-Joachim Brandt, said the West German Embassy in Budapest, where more than 150 East Germans have camped in the garden since early August, had been closed to visitors to relieve overcrowding. Bonn has so far refused to hand any of them over to East Berlin.
''', dict(
    countries=['DDR', 'DEU', 'HUN', 'AUT'],
    persons=[
        dict(name='Rainer Vogt', aliases=['Mr. Vogt'], nationality='DDR'),
        dict(name='Sabine Vogt', aliases=[], nationality='DDR'),
        dict(name='Tobias', aliases=[], nationality='DDR'),
        dict(name='Anja Vogt', aliases=[], nationality='DDR'),
        dict(name='Gertrud Vogt', aliases=[], nationality='DDR'),
        dict(name='Uwe', aliases=[], nationality='DDR'),
        dict(name='Hans-Joachim Brandt', aliases=[], nationality='DEU'),
    ],
    not_persons=['Wartburg', 'Stasi'],
    embassies=[dict(sending='DEU', host='HUN', city='Budapest')],
    defections=[
        dict(defector='Rainer Vogt', **{'from': 'DDR'}, to='DEU', post_host=None, date='1989-08-24', position='engineer'),
        dict(defector='Sabine Vogt', **{'from': 'DDR'}, to='DEU', post_host=None, date='1989-08-24', position='nurse'),
        dict(defector='Anja Vogt', **{'from': 'DDR'}, to='DEU', post_host=None, date='1989-08-24'),
        dict(defector='Tobias', **{'from': 'DDR'}, to='DEU', post_host=None, date='1989-08-24'),
    ]))

art('grp-005', 'North Korean diplomat in Thailand arrives in South Korea with wife and son', '2024-05-09', 'Seoul bureau', '''
SEOUL — A North Korean counsellor posted to the embassy in Bangkok has defected to South Korea together with his wife and son, Seoul's Unification Ministry confirmed on Thursday, in the latest of a string of departures by Pyongyang's diplomatic corps.
The diplomat, identified as Ri Chol Min, 52, had handled trade and economic affairs at the mission. He left the embassy compound with his family in early March and the three arrived in the South last month after weeks in a safe house, according to two officials familiar with the case who asked not to be named.
His wife, Kang Son Hui, had worked as a bookkeeper at a North Korean-run restaurant in the Thai capital. Their son, Ri Kwang Jin, 19, had been attending an international school there — a privilege, one official said, that "gave the boy a window the father could not close again."
The couple's elder daughter, Ri Su Yon, a student at Kim Il Sung University in Pyongyang, did not leave the North. Defector groups said relatives left behind are routinely questioned and sometimes banished to rural areas.
"We can confirm that a North Korean diplomat stationed in a third country and members of his family have entered the Republic of Korea," ministry spokesperson Park Ji-hoon told a briefing, declining to name the country. Thailand's foreign ministry said it had "no information" to share.
Ri is the most senior North Korean diplomat known to have defected since Thae Yong-ho, the deputy ambassador in London, who fled with his family in 2016 and later won a seat in South Korea's National Assembly.
''', dict(
    countries=['PRK', 'KOR', 'THA', 'GBR'],
    persons=[
        dict(name='Ri Chol Min', aliases=['Ri'], nationality='PRK'),
        dict(name='Kang Son Hui', aliases=[], nationality='PRK'),
        dict(name='Ri Kwang Jin', aliases=[], nationality='PRK'),
        dict(name='Ri Su Yon', aliases=[], nationality='PRK'),
        dict(name='Park Ji-hoon', aliases=[], nationality='KOR'),
        dict(name='Thae Yong-ho', aliases=[], nationality='PRK'),
    ],
    not_persons=['Kim Il Sung University'],
    embassies=[dict(sending='PRK', host='THA', city='Bangkok'), dict(sending='PRK', host='GBR', city='London')],
    defections=[
        dict(defector='Ri Chol Min', **{'from': 'PRK'}, to='KOR', post_host='THA', date='2024-03', position='counsellor (trade and economic affairs)'),
        dict(defector='Kang Son Hui', **{'from': 'PRK'}, to='KOR', post_host='THA', date='2024-03', position='restaurant bookkeeper'),
        dict(defector='Ri Kwang Jin', **{'from': 'PRK'}, to='KOR', post_host='THA', date='2024-03'),
        dict(defector='Thae Yong-ho', **{'from': 'PRK'}, to='KOR', post_host='GBR', date='2016', position='deputy ambassador'),
    ]))

art('grp-006', 'Kyrgyzstan returns four Andijan refugees to Uzbekistan', '2005-08-10', 'Wire report', '''
BISHKEK, Aug. 9 — Kyrgyz authorities have handed four Uzbek men who fled the bloodshed in Andijan in May back to Uzbekistan, invoking a bilateral treaty on legal assistance in criminal matters, the U.N. refugee agency said on Tuesday.
The four — Dilshod Khamidov, 29, his cousin Bakhtiyor Khamidov, 33, Rustam Umarov, 41, and Sherzod Nazarov, 25 — were among roughly 500 people who crossed into southern Kyrgyzstan in the days after Uzbek troops opened fire on demonstrators on May 13. They had been held in a detention centre in Osh since June while Tashkent sought their return on charges of terrorism and attempting to overthrow the constitutional order.
"These men had asked for asylum and their claims had not been finally decided. Their return is a serious breach of international refugee law," said Ingrid van Aalst, a spokeswoman for UNHCR in Geneva.
Kyrgyz officials said the transfer, carried out on Monday, complied with the 1996 treaty on mutual legal assistance between Kyrgyzstan and Uzbekistan, which both governments describe as in force, and with obligations under the Shanghai Cooperation Organisation.
A fifth man detained with them, Farrukh Yuldashev, was released last month after the United States and several European governments offered to resettle the Andijan refugees. He is now in Romania awaiting onward travel.
Kyrgyz Foreign Ministry spokesman Almaz Toktogulov said the government "cannot turn the south of the country into a shelter for people accused of grave crimes by a neighbouring state."
''', dict(
    countries=['KGZ', 'UZB', 'USA', 'ROU'],
    persons=[
        dict(name='Dilshod Khamidov', aliases=[], nationality='UZB'),
        dict(name='Bakhtiyor Khamidov', aliases=[], nationality='UZB'),
        dict(name='Rustam Umarov', aliases=[], nationality='UZB'),
        dict(name='Sherzod Nazarov', aliases=[], nationality='UZB'),
        dict(name='Ingrid van Aalst', aliases=[]),
        dict(name='Farrukh Yuldashev', aliases=[], nationality='UZB'),
        dict(name='Almaz Toktogulov', aliases=[], nationality='KGZ'),
    ],
    not_persons=['Shanghai Cooperation Organisation', 'UNHCR'],
    defections=[
        dict(defector='Dilshod Khamidov', **{'from': 'UZB'}, to='KGZ', post_host=None, date='2005-05'),
        dict(defector='Bakhtiyor Khamidov', **{'from': 'UZB'}, to='KGZ', post_host=None, date='2005-05'),
        dict(defector='Rustam Umarov', **{'from': 'UZB'}, to='KGZ', post_host=None, date='2005-05'),
        dict(defector='Sherzod Nazarov', **{'from': 'UZB'}, to='KGZ', post_host=None, date='2005-05'),
        dict(defector='Farrukh Yuldashev', **{'from': 'UZB'}, to='KGZ', post_host=None, date='2005-05'),
    ],
    agreements=[
        dict(name='treaty on mutual legal assistance between Kyrgyzstan and Uzbekistan', aliases=['bilateral treaty on legal assistance in criminal matters', '1996 treaty'], parties=['KGZ', 'UZB'], date='1996', status='in_force'),
    ]))

art('grp-007', 'Four Polish trawlermen jump ship in Bremerhaven', '1982-02-18', 'Wire report', '''
BREMERHAVEN, West Germany, Feb. 17 — Four crewmen from a Polish deep-sea trawler slipped ashore here on Tuesday night while their ship was unloading and asked the West German police for political asylum, officials said today.
The trawler, the Kazimierz Pułaski, out of Gdynia, sailed this morning for the North Atlantic fishing grounds without them. Her master, Capt. Zbigniew Kowal, had reported the men missing shortly after midnight.
A spokesman for the Bremen interior senator, Werner Lüders, named the four as the boatswain, Henryk Nowicki, 41; two deckhands, Andrzej Lis, 23, and Tadeusz Wróbel, 27; and the ship's cook, Stanisław Mazur, 36. He said they had told the police they were members of the suspended independent union Solidarity and feared arrest if they returned to Poland under martial law.
Mr. Nowicki, who has a wife and two daughters in Gdynia, said through an interpreter that the other crewmen had known nothing of the plan. "We did not want anyone punished for us," he said.
It is the third such case in a West German port since martial law was declared on Dec. 13. The Polish consulate in Hamburg has asked to see the men; Mr. Lüders said a meeting would take place only if they agreed to it.
''', dict(
    countries=['POL', 'DEU'],
    persons=[
        dict(name='Zbigniew Kowal', aliases=[], nationality='POL'),
        dict(name='Werner Lüders', aliases=['Mr. Lüders'], nationality='DEU'),
        dict(name='Henryk Nowicki', aliases=['Mr. Nowicki'], nationality='POL'),
        dict(name='Andrzej Lis', aliases=[], nationality='POL'),
        dict(name='Tadeusz Wróbel', aliases=[], nationality='POL'),
        dict(name='Stanisław Mazur', aliases=[], nationality='POL'),
    ],
    not_persons=['Kazimierz Pułaski', 'Solidarity'],
    embassies=[dict(sending='POL', host='DEU', city='Hamburg')],
    defections=[
        dict(defector='Henryk Nowicki', **{'from': 'POL'}, to='DEU', post_host=None, date='1982-02-16', position='boatswain'),
        dict(defector='Andrzej Lis', **{'from': 'POL'}, to='DEU', post_host=None, date='1982-02-16', position='deckhand'),
        dict(defector='Tadeusz Wróbel', **{'from': 'POL'}, to='DEU', post_host=None, date='1982-02-16', position='deckhand'),
        dict(defector='Stanisław Mazur', **{'from': 'POL'}, to='DEU', post_host=None, date='1982-02-16', position='ship\'s cook'),
    ]))

art('grp-008', 'Eritrean delegates walk out of Nairobi meeting; two stay behind', '2010-01-22', 'East Africa correspondent', '''
NAIROBI — Eritrea's five-member delegation stormed out of a regional conference on Horn of Africa security here on Wednesday after Ethiopian delegates tabled a report accusing Asmara of arming Somali insurgents. By Thursday evening only three of them had gone home.
The head of the delegation, Ambassador Berhane Tesfamichael, told reporters at the conference hotel that Eritrea "will not sit in a room where its accusers are also its judges," and left for the airport with two aides.
The other two did not join him. Kenyan immigration officials said on Friday that Tekle Habte, a senior official of Eritrea's Ministry of Information, and Senait Ghebremariam, who served as the delegation's secretary, had approached the authorities on Thursday and asked for asylum in Kenya.
"Their applications have been received and they are under our protection," said Joseph Kiprono, a deputy director at the Department of Refugee Affairs. He declined to say where they were staying.
In a short statement released through a diaspora website, Habte said he had been "ordered to walk out of a room full of people who wanted to talk" and had decided "this was the last door I would walk through for the government."
The Eritrean embassy in Nairobi said the pair had "abandoned their duties" and that their families in Eritrea were "well and unharmed."
''', dict(
    countries=['ERI', 'ETH', 'KEN', 'SOM'],
    persons=[
        dict(name='Berhane Tesfamichael', aliases=[], nationality='ERI'),
        dict(name='Tekle Habte', aliases=['Habte'], nationality='ERI'),
        dict(name='Senait Ghebremariam', aliases=[], nationality='ERI'),
        dict(name='Joseph Kiprono', aliases=[], nationality='KEN'),
    ],
    embassies=[dict(sending='ERI', host='KEN', city='Nairobi')],
    defections=[
        dict(defector='Tekle Habte', **{'from': 'ERI'}, to='KEN', post_host=None, date='2010-01-21', position='senior official, Ministry of Information'),
        dict(defector='Senait Ghebremariam', **{'from': 'ERI'}, to='KEN', post_host=None, date='2010-01-21', position='delegation secretary'),
    ]))

art('grp-009', 'Third Iranian diplomat in Copenhagen breaks with Tehran', '2010-03-02', 'Nordic correspondent', '''
COPENHAGEN — When Reza Nourbakhsh, the Iranian consul here, walked out of his embassy in February and asked Denmark for protection, he joined a small and unhappy club. He is at least the third diplomat from the same red-brick villa in Hellerup to break with the Islamic Republic.
Nourbakhsh, 44, announced his resignation in a video posted last month, saying he could not "stamp the passports of a government that shoots its students." Danish immigration officials confirmed on Monday that he and his wife had applied for asylum.
The first of the three was Hossein Mahdavi, a first secretary who disappeared from the mission in the summer of 1986, at the height of the Iran-Iraq war, and was granted asylum in Denmark the following year. He now runs a carpet business in Aarhus and declined to comment.
The second, the cultural attaché Ali-Akbar Sharifi, failed to return from leave in 1997. His whereabouts were a mystery until he surfaced two years later as a presenter on a Persian-language radio station in Stockholm, where he still lives.
Iran's foreign ministry spokesman, Ramin Mehmanparast, dismissed Nourbakhsh as "a minor employee with financial problems" and said Tehran would ask Copenhagen to return him. Denmark has no such arrangement with Iran, a Danish foreign ministry official said.
Friends said Nourbakhsh's brother, Mehdi, was summoned for questioning in Tehran last week.
''', dict(
    countries=['IRN', 'DNK', 'IRQ', 'SWE'],
    persons=[
        dict(name='Reza Nourbakhsh', aliases=['Nourbakhsh'], nationality='IRN'),
        dict(name='Hossein Mahdavi', aliases=[], nationality='IRN'),
        dict(name='Ali-Akbar Sharifi', aliases=[], nationality='IRN'),
        dict(name='Ramin Mehmanparast', aliases=[], nationality='IRN'),
        dict(name='Mehdi', aliases=[], nationality='IRN'),
    ],
    embassies=[dict(sending='IRN', host='DNK', city='Copenhagen')],
    defections=[
        dict(defector='Reza Nourbakhsh', **{'from': 'IRN'}, to='DNK', post_host='DNK', date='2010-02', position='consul'),
        dict(defector='Hossein Mahdavi', **{'from': 'IRN'}, to='DNK', post_host='DNK', date='1986', position='first secretary'),
        dict(defector='Ali-Akbar Sharifi', **{'from': 'IRN'}, to='SWE', post_host='DNK', date='1997', position='cultural attaché'),
    ]))
