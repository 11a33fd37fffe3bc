ARTS=[
dict(id='news-010', title='Mali tears up defence accords with France', published='2022-05-04', source='Analysis, Africa desk',
text="""Mali's military government has formally ended its defence agreements with France, the latest and most symbolic step in a rupture that has been unfolding for more than a year.
In a statement read on state television on Monday evening, the government spokesman, Colonel Abdoulaye Maiga, said Bamako was terminating the 2013 status-of-forces agreement that governed the presence of French troops, as well as a defence cooperation treaty signed with Paris in 2014. He cited "flagrant violations" of Malian airspace by French aircraft.
The French foreign ministry said it "regrets" the decision and considered it "unjustified". Paris had already announced in February that its troops would leave Mali, ending nearly a decade of counter-insurgency operations that began when French forces helped halt a jihadist advance on the capital in January 2013.
The agreements had become largely theoretical. Relations between the two governments have deteriorated steadily since the colonels who seized power in 2020 and again in 2021 postponed elections and turned to new partners. Western governments say those partners include the Wagner group, a Russian private military company; the junta insists it is working only with Russian military instructors under a state-to-state arrangement.
"The legal step matters less than what it signals," said Ousmane Diarra, a political analyst in Bamako. "The junta wants to show that it owes nothing to the former colonial power."
Neighbouring Niger, where France is redeploying some of its forces, has so far maintained its own security cooperation with Paris.""",
gold=dict(countries=['MLI','FRA','RUS','NER'],
 persons=[dict(name='Abdoulaye Maiga',aliases=['Colonel Abdoulaye Maiga'],nationality='MLI'),dict(name='Ousmane Diarra',aliases=[],nationality='MLI')],
 not_persons=['Wagner group'],
 embassies=[], defections=[],
 agreements=[dict(name='status-of-forces agreement',aliases=['2013 status-of-forces agreement'],parties=['MLI','FRA'],date='2013',status='terminated'),
             dict(name='defence cooperation treaty',aliases=[],parties=['MLI','FRA'],date='2014',status='terminated')])),

dict(id='news-011', title='Red border guard flees to West Berlin with rifle', published='1959-08-10', source='Wire report',
text="""BERLIN, Aug. 10 -- A 21-year-old East German border policeman crawled under the barbed wire separating the Soviet sector from West Berlin early yesterday and asked for political asylum, West Berlin police said today.
The guard, Unteroffizier Klaus Wendler, was still carrying his submachine gun and 60 rounds of ammunition when he reached the French sector in the district of Reinickendorf, shortly after 3 A.M. He told police that he had been on patrol with a comrade and had waited until the other man went to relieve himself.
"I have had enough of shooting at my own people," he was quoted as saying.
A West Berlin patrolman, Herbert Kuschke, who heard him calling out in the darkness, helped him through the last strands of wire. Kuschke said the young man was "shaking like a leaf" and asked several times whether he would be sent back.
French military police took custody of the weapon. Wendler was handed over to West German authorities and is expected to be flown to a reception camp in the Federal Republic later this week.
The East German news agency ADN said the guard had "deserted his post" and accused Western agents of luring him with promises of money. The Communist authorities demanded his return.
West Berlin officials said he was the ninth East German border policeman to flee this year.""",
gold=dict(countries=['DDR','DEU','FRA','SUN'],
 persons=[dict(name='Klaus Wendler',aliases=['Wendler','Unteroffizier Klaus Wendler'],nationality='DDR'),
          dict(name='Herbert Kuschke',aliases=['Kuschke'])],
 not_persons=['ADN'],
 embassies=[],
 defections=[dict(defector='Klaus Wendler',**{'from':'DDR'},to='DEU',post_host=None,date='1959-08-09',position='border policeman (Unteroffizier)')],
 agreements=[])),

dict(id='news-012', title='Defecting Chinese pilot tests a fragile new channel between Seoul and Peking', published='1983-09-02', source='Analysis, Asia correspondent',
text="""SEOUL -- When a Chinese air force pilot brought his MiG-21 down at an airbase south of the capital on August 7, South Korean officials had two problems. One was what to do with the pilot. The other was what to do about Peking.
The pilot, Captain Wang Jiandong, 29, had taken off from a base in Liaoning province on a routine training flight and turned east across the Yellow Sea, escorted for the last stretch by South Korean fighters. On landing he asked to be sent to Taiwan. Within three weeks he was: he was flown to Taipei on August 24 and paraded before cheering crowds, and the Nationalist government presented him with a reward in gold.
Peking protested, but mildly. Its statement called the flight a "betrayal" and asked for the aircraft to be returned, but made no threats.
Diplomats here say the restraint owes much to a document signed in Seoul in May, after a Chinese airliner was hijacked to South Korea by six armed men. In unprecedented face-to-face talks, officials of the two governments -- which have no diplomatic relations and still formally regard each other as enemies -- signed a memorandum covering the return of the aircraft, its passengers and crew. It was the first official paper ever to bear the names of both states.
"Everyone was watching to see whether the May memorandum was a one-off," said a Western diplomat. "Both sides seem to have decided it was not."
South Korea has said it will keep the MiG for study. The Foreign Ministry spokesman, Lee Sang-ok, said the case was handled "according to international practice and humanitarian principles."
Captain Wang is not the first Chinese pilot to reach Taiwan by way of a third country, and Taiwan's authorities have made clear that more are welcome.""",
gold=dict(countries=['CHN','KOR','TWN'],
 persons=[dict(name='Wang Jiandong',aliases=['Captain Wang','Captain Wang Jiandong'],nationality='CHN'),
          dict(name='Lee Sang-ok',aliases=[],nationality='KOR')],
 not_persons=['MiG-21'],
 embassies=[],
 defections=[dict(defector='Wang Jiandong',**{'from':'CHN'},to='TWN',post_host=None,date='1983-08-07',position='air force pilot (captain)')],
 agreements=[dict(name='May memorandum',aliases=['memorandum'],parties=['KOR','CHN'],date='1983-05',status='signed')])),

dict(id='news-013', title='Warsaw summons Belarusian envoy over arrests of Polish activists', published='2004-09-15', source='Wire report',
text="""WARSAW, Sept 15 -- Poland summoned Belarus's ambassador on Wednesday to protest against the detention of three leaders of the Polish minority in the western Belarusian city of Grodno, the foreign ministry said.
Deputy Foreign Minister Andrzej Kalisz told Ambassador Mikalai Kryvets that the arrests were "unacceptable" and asked for the activists to be released immediately. The ministry did not say how the ambassador responded.
Among those detained on Monday was Teresa Sobolewska, a schoolteacher and long-time activist with the Union of Poles in Belarus, which Minsk accuses of being directed from Warsaw. Her lawyer said she was being held on charges of organising an unauthorised gathering.
Poland's consulate in Grodno has asked to visit the detainees but had not received a reply by Wednesday evening, a consular official said.
Roughly 400,000 people in Belarus identify as ethnic Poles, most of them in the Grodno region. Relations between the two neighbours have been tense since President Alexander Lukashenko began tightening control over civic groups.
Belarus's foreign ministry accused Warsaw of "interfering in internal affairs" and said the ambassador would convey Minsk's position "in the appropriate form.\"""",
gold=dict(countries=['POL','BLR'],
 persons=[dict(name='Andrzej Kalisz',aliases=[],nationality='POL'),dict(name='Mikalai Kryvets',aliases=[],nationality='BLR'),
          dict(name='Teresa Sobolewska',aliases=[]),dict(name='Alexander Lukashenko',aliases=[],nationality='BLR')],
 not_persons=['Union of Poles in Belarus'],
 embassies=[dict(sending='BLR',host='POL',city='Warsaw'),dict(sending='POL',host='BLR',city='Grodno')],
 defections=[], agreements=[])),

dict(id='news-014', title='Second Soviet dancer seeks asylum in Canada', published='1974-08-24', source='Arts news, wire',
text="""MONTREAL, Aug. 24 -- A ballerina with a touring Soviet company has asked to remain in Canada, immigration officials confirmed today, two months after the star Mikhail Baryshnikov slipped away from a performance tour in Toronto.
Yelena Vorontsova, 26, a soloist with the ballet of the Maly Theatre of Leningrad, failed to return to her hotel after Thursday night's performance at the Place des Arts. She telephoned the immigration department the next morning from the home of a friend and asked for political asylum.
The friend, Marie-Claude Ouellet, a dancer with a Montreal company who met Miss Vorontsova during a previous tour, said the decision had not been sudden. "She talked about it last year and I told her she was dreaming," Mrs. Ouellet said. "Apparently she was not."
An immigration spokesman in Ottawa said the request would be dealt with "in the normal way", but officials privately indicated it would be granted, as Mr. Baryshnikov's was in June.
The company's administrator, Gennady Pichugin, told reporters that the dancer had been "misled by people who want to spoil the good relations between our countries." The remaining performances would go ahead with a substitute, he said.
The Soviet Embassy in Ottawa has asked to meet Miss Vorontsova. It was not clear whether she would agree.""",
gold=dict(countries=['SUN','CAN'],
 persons=[dict(name='Yelena Vorontsova',aliases=['Miss Vorontsova'],nationality='SUN'),
          dict(name='Mikhail Baryshnikov',aliases=['Mr. Baryshnikov'],nationality='SUN'),
          dict(name='Marie-Claude Ouellet',aliases=['Mrs. Ouellet']),
          dict(name='Gennady Pichugin',aliases=[],nationality='SUN')],
 not_persons=['Place des Arts','Maly Theatre'],
 embassies=[dict(sending='SUN',host='CAN',city='Ottawa')],
 defections=[dict(defector='Yelena Vorontsova',**{'from':'SUN'},to='CAN',post_host=None,date='1974-08-22',position='ballet soloist'),
             dict(defector='Mikhail Baryshnikov',**{'from':'SUN'},to='CAN',post_host=None,date='1974-06',position='ballet dancer')],
 agreements=[])),

dict(id='news-015', title='Chile-Peru pension pact takes effect', published='2006-03-02', source='Wire brief',
text="""LIMA, March 2 -- A social security agreement between Peru and Chile entered into force on Wednesday, allowing workers who have contributed to pension systems in both countries to combine their years of service, Peru's labour ministry said.
The agreement, signed in Santiago in 2002, had been held up for years in the Peruvian Congress. It is expected to benefit tens of thousands of Peruvians working in Chile, many of them in construction and domestic service.
"A worker should not lose his pension because he crossed a border," Labour Minister Carla Bustamante said at a ceremony in Lima.
Chile's ambassador in Lima, Juan Pablo Lira, attended. Relations between the neighbours remain strained by a maritime boundary dispute, which Lima is considering taking to the International Court of Justice.""",
gold=dict(countries=['PER','CHL'],
 persons=[dict(name='Carla Bustamante',aliases=[],nationality='PER'),dict(name='Juan Pablo Lira',aliases=[],nationality='CHL')],
 not_persons=['International Court of Justice'],
 embassies=[dict(sending='CHL',host='PER',city='Lima')],
 defections=[],
 agreements=[dict(name='social security agreement',aliases=[],parties=['PER','CHL'],date='2002',status='in_force')])),

dict(id='news-016', title='Europe scrambles to save Iran deal after Trump walks away', published='2018-05-10', source='Analysis, foreign affairs',
text="""Two days after President Donald Trump announced that the United States was pulling out of the Iran nuclear agreement, European capitals were still trying to work out whether there is anything left to save.
The deal, formally the Joint Comprehensive Plan of Action, was concluded in Vienna in July 2015 between Iran and six powers: the United States, Britain, France, Germany, China and Russia. It lifted many economic sanctions in exchange for strict limits on Iran's nuclear programme and intrusive inspections.
On Tuesday Mr. Trump called it "a horrible, one-sided deal that should never, ever have been made" and said American sanctions would be reimposed. Within hours, President Emmanuel Macron of France, Chancellor Angela Merkel of Germany and Prime Minister Theresa May of Britain issued a joint statement saying they "regret" the decision and would remain committed to the agreement.
Tehran's reaction was cautious. President Hassan Rouhani said Iran would stay in the deal for now, provided the remaining parties could guarantee its economic benefits. "If we achieve the deal's goals in cooperation with other members, it will remain in place," he said in a televised address. Hard-liners in Iran's parliament burned a paper American flag.
The difficulty for Europe is that its companies depend far more on access to the American market than on trade with Iran. Several large firms have already signalled that they will wind down business there rather than risk US penalties.
Israel's prime minister, Benjamin Netanyahu, who last week presented what he said were Iranian nuclear archives seized by Israeli intelligence, welcomed Mr. Trump's decision as "historic".
Russia and China criticised the American move. Diplomats say foreign ministers of the remaining parties are likely to meet with Iranian officials in the coming weeks.""",
gold=dict(countries=['USA','IRN','GBR','FRA','DEU','CHN','RUS','ISR'],
 persons=[dict(name='Donald Trump',aliases=['Mr. Trump','Trump'],nationality='USA'),dict(name='Emmanuel Macron',aliases=[],nationality='FRA'),
          dict(name='Angela Merkel',aliases=[],nationality='DEU'),dict(name='Theresa May',aliases=[],nationality='GBR'),
          dict(name='Hassan Rouhani',aliases=[],nationality='IRN'),dict(name='Benjamin Netanyahu',aliases=[],nationality='ISR')],
 not_persons=[],
 embassies=[], defections=[],
 agreements=[dict(name='Joint Comprehensive Plan of Action',aliases=['Iran nuclear agreement','the deal'],parties=['IRN','USA','GBR','FRA','DEU','CHN','RUS'],date='2015-07',status='withdrawn')])),

dict(id='news-017', title='Belarusian rower turns to Polish embassy after championships', published='2021-04-13', source='Wire report',
text="""A Belarusian rower who signed an open letter against the disputed re-election of President Alexander Lukashenko last August has refused to return home after the European championships in Italy and is on her way to Poland, her supporters said on Tuesday.
Darya Kavalyova, 24, a member of the women's quadruple sculls crew, left the team hotel in Varese on Sunday after coaches told her she would be flown back to Minsk a day early. She took a train to Rome and went to the Polish embassy, where she asked for help.
"I was told that at home there would be a conversation about my behaviour," she said in a video message posted by the Belarusian Sport Solidarity Foundation, a group that supports athletes who have been punished for their political views. "I know what such conversations mean."
Poland issued her a humanitarian visa on Monday, a spokesman for the Polish foreign ministry said. A consul at the embassy, Piotr Nowicki, accompanied her to meetings with Italian police, who provided protection while the paperwork was completed.
The Belarusian rowing federation said Kavalyova had been dropped from the national team "for violating discipline" and suggested she had been manipulated by "foreign centres".
Dozens of Belarusian athletes have been barred from competition or lost state jobs since signing the letter. Poland has become the main refuge for those who leave.""",
gold=dict(countries=['BLR','ITA','POL'],
 persons=[dict(name='Darya Kavalyova',aliases=['Kavalyova'],nationality='BLR'),dict(name='Alexander Lukashenko',aliases=[],nationality='BLR'),
          dict(name='Piotr Nowicki',aliases=[],nationality='POL')],
 not_persons=['Belarusian Sport Solidarity Foundation'],
 embassies=[dict(sending='POL',host='ITA',city='Rome')],
 defections=[dict(defector='Darya Kavalyova',**{'from':'BLR'},to='POL',post_host=None,date='2021-04-11',position='national team rower')],
 agreements=[])),

dict(id='news-018', title='The Moscow diplomat who went hunting', published='1966-02-19', source='Feature, weekly magazine',
text="""MOSCOW -- For thirty-six hours last week, the small Canadian community in Moscow believed it had lost one of its own.
John R. Whitcombe, a 31-year-old third secretary at the Canadian Embassy, failed to appear at his desk on Monday morning. His flat on Kutuzovsky Prospekt was locked, his car gone. By Tuesday afternoon, correspondents were asking the embassy whether he had "gone over", and a British colleague was heard to remark that "it always happens in February."
It had not happened. Whitcombe had driven with two Finnish acquaintances to a hunting lodge some 150 miles north of the capital, where the telephone line had been brought down by snow. He returned on Tuesday night, sunburned and cheerful, with a hare and a great deal of explaining to do.
"He had permission to travel. He simply forgot to tell anyone he was going," said the ambassador, Gerald Ashby, who described the episode as "a useful lesson in communication."
The story says something about life for Western diplomats here. They live in guarded compounds, are followed when they drive, and know that their servants report to the authorities. The slightest irregularity sets off rumours. When an American attache missed a reception in 1963 because of influenza, one Western newspaper reported that he was under arrest.
The Soviet press, for its part, ignored the whole affair.
Whitcombe, for his part, has been told to leave the hunting rifle at home next time.""",
gold=dict(countries=['CAN','SUN','USA','FIN','GBR'],
 persons=[dict(name='John R. Whitcombe',aliases=['Whitcombe'],nationality='CAN'),dict(name='Gerald Ashby',aliases=[],nationality='CAN')],
 not_persons=['Kutuzovsky Prospekt'],
 embassies=[dict(sending='CAN',host='SUN',city='Moscow')],
 defections=[], agreements=[])),

dict(id='news-019', title="The scientist who walked to Amman, and what he may know", published='1998-11-21', source='Analysis, Middle East desk',
text="""AMMAN -- Khalid al-Janabi does not look like a man with secrets. Slight, grey-haired and softly spoken, the 52-year-old metallurgist has spent most of the past four months in a villa on the western edge of the Jordanian capital, receiving visitors whom his hosts prefer not to name.
Until July he worked for Iraq's Military Industrialisation Commission, the body that oversaw Baghdad's weapons programmes. Then, according to Jordanian officials, he drove to the border with his wife and youngest son, told the guards he was visiting relatives and never went back. The Jordanian authorities have since granted the family residence.
His departure comes at a delicate time. Baghdad has ended cooperation with UNSCOM, the United Nations commission charged with dismantling its weapons of mass destruction, and the commission's chairman, Richard Butler, has said Iraq is hiding material. Mr. Janabi is believed to have given inspectors information about furnaces used to cast components, though he has made no public statement.
Amman has been here before. In August 1995, Hussein Kamel, the son-in-law of President Saddam Hussein and the architect of Iraq's arms industry, fled to Jordan with his brother and their wives. His revelations forced Baghdad to disclose large amounts of hidden material. Six months later he was persuaded to return to Iraq and was killed within days.
"Nobody in Amman wants a repeat of that," a Jordanian official said. "This time we have advised our guest to stay exactly where he is."
The Iraqi government has not commented on the case. Western intelligence officials describe Mr. Janabi as "useful but not central".""",
gold=dict(countries=['IRQ','JOR'],
 persons=[dict(name='Khalid al-Janabi',aliases=['Mr. Janabi'],nationality='IRQ'),dict(name='Richard Butler',aliases=[]),
          dict(name='Hussein Kamel',aliases=[],nationality='IRQ'),dict(name='Saddam Hussein',aliases=[],nationality='IRQ')],
 not_persons=['UNSCOM','Military Industrialisation Commission'],
 embassies=[],
 defections=[dict(defector='Khalid al-Janabi',**{'from':'IRQ'},to='JOR',post_host=None,date='1998-07',position='metallurgist, Military Industrialisation Commission'),
             dict(defector='Hussein Kamel',**{'from':'IRQ'},to='JOR',post_host=None,date='1995-08',position='head of arms industry')],
 agreements=[])),
]
