ARTS=[
dict(id='fin1-020',title='Hungarian Legation Aide Seeks Refuge in Austria',published='1956-11-20',source='Wire report',text='''
VIENNA, Nov. 19 — The press attaché of the Hungarian Legation here has broken with the Budapest regime and asked the Austrian Government for political asylum, the Interior Ministry announced today.
Dr. Tibor Szentgyörgyi, 38, did not return to the legation after leaving it last Thursday, a ministry spokesman, Franz Helmer, said. He is being sheltered at an undisclosed address.
In a statement read to reporters by a friend, Dr. Szentgyörgyi said he could no longer "represent a government installed by Soviet tanks." He is understood to hope eventually to emigrate to the United States, where he has relatives.
The legation, which has been without a minister since the uprising began last month, has asked for his return and accused him of taking confidential documents. The Austrian authorities have made no comment on that charge.
More than 50,000 Hungarian refugees have crossed into Austria since the Russian intervention, most of them over the marshes near Andau.
''',gold=dict(countries=['HUN','AUT','SUN','USA'],
 persons=[dict(name='Tibor Szentgyörgyi',aliases=['Dr. Szentgyörgyi'],nationality='HUN'),dict(name='Franz Helmer',aliases=[],nationality='AUT')],
 not_persons=[],
 embassies=[dict(sending='HUN',host='AUT',city='Vienna')],
 defections=[dict(defector='Tibor Szentgyörgyi',**{'from':'HUN'},to='AUT',post_host='AUT',date='1956-11-15',position='press attaché, Hungarian Legation')],
 agreements=[])),

dict(id='fin1-021',title='India puts Indus Waters Treaty "in abeyance" after Kashmir attack',published='2025-04-24',source='Wire report',text='''
NEW DELHI — India said on Wednesday it would hold the Indus Waters Treaty with Pakistan "in abeyance" with immediate effect, the most drastic of a series of measures announced after gunmen killed 26 people at a tourist spot in Kashmir.
Foreign Secretary Vikram Misri told reporters the suspension would remain until Pakistan "credibly and irrevocably abjures its support for cross-border terrorism." Islamabad denies any role in the attack.
The treaty, brokered by the World Bank and signed in September 1960 by Prime Minister Jawaharlal Nehru and Pakistan's president, Ayub Khan, divides the six rivers of the Indus basin between the two countries. It survived three wars and has long been held up as a rare example of cooperation between the neighbours.
Pakistani officials said any attempt to stop or divert water would be treated as "an act of war." Ministers in Islamabad also said Pakistan could hold in abeyance other bilateral accords, including the 1972 Simla Agreement.
Experts noted that India currently lacks the storage capacity to withhold significant volumes of water from the western rivers, meaning the immediate impact is likely to be limited.
''',gold=dict(countries=['IND','PAK'],
 persons=[dict(name='Vikram Misri',aliases=[],nationality='IND'),dict(name='Jawaharlal Nehru',aliases=[],nationality='IND'),dict(name='Ayub Khan',aliases=[],nationality='PAK')],
 not_persons=['World Bank'],embassies=[],defections=[],
 agreements=[dict(name='Indus Waters Treaty',aliases=[],parties=['IND','PAK'],date='1960-09',status='suspended'),
  dict(name='Simla Agreement',aliases=[],parties=['IND','PAK'],date='1972',status=None)])),

dict(id='fin1-022',title='Venezuelan Guard major crosses to Colombia, backs Guaidó',published='2019-02-24',source='Wire report',text='''
CUCUTA, Colombia — A major in Venezuela's National Guard walked across the Simón Bolívar International Bridge on Saturday and handed himself over to Colombian migration officers, becoming one of the most senior officers to abandon President Nicolás Maduro so far.
Major Jesús Alberto Briceño, in uniform and carrying no weapon, told reporters on the Colombian side that he recognised opposition leader Juan Guaidó as Venezuela's interim president. "I did not join the Guard to stop medicine from reaching my people," he said.
Christian Krüger, the director of Migración Colombia, said at least 60 members of the Venezuelan security forces had crossed over during the day, as clashes broke out on the bridges over attempts to bring in humanitarian aid. They were being given temporary protection, he said.
Briceño, 41, said his wife and children were still in San Cristóbal and asked that they not be harmed. Maduro's government called the deserters "traitors" bought by Washington.
''',gold=dict(countries=['VEN','COL','USA'],
 persons=[dict(name='Jesús Alberto Briceño',aliases=['Briceño','Major Jesús Alberto Briceño'],nationality='VEN'),dict(name='Nicolás Maduro',aliases=['Maduro'],nationality='VEN'),dict(name='Juan Guaidó',aliases=[],nationality='VEN'),dict(name='Christian Krüger',aliases=[],nationality='COL')],
 not_persons=['Simón Bolívar International Bridge','Migración Colombia'],embassies=[],
 defections=[dict(defector='Jesús Alberto Briceño',**{'from':'VEN'},to='COL',post_host=None,date='2019-02-23',position='National Guard major')],
 agreements=[])),

dict(id='fin1-023',title='Blair and Ahern hail Good Friday deal',published='1998-04-11',source='Newspaper, front page',text='''
BELFAST — After 33 hours of continuous negotiation and two years of talks, the British and Irish governments and eight Northern Ireland parties reached agreement yesterday on a settlement designed to end three decades of conflict.
Tony Blair and Bertie Ahern signed a new British-Irish treaty at Stormont in the late afternoon, committing London and Dublin to the institutions set out in the multi-party document: a devolved assembly, a north-south ministerial council and a council linking the two islands.
"I feel the hand of history upon our shoulders," the Prime Minister said. The Taoiseach described it as "a day we can be proud of."
Under the agreement the Irish Republic will amend the articles of its constitution claiming the territory of Northern Ireland, and the treaty will supersede the 1985 Anglo-Irish Agreement once it enters into force. Both steps depend on referendums north and south of the border next month.
The talks chairman, George Mitchell, said the accord was "the beginning, not the end." David Trimble, the Ulster Unionist leader, faces a difficult task persuading his party.
''',gold=dict(countries=['GBR','IRL'],
 persons=[dict(name='Tony Blair',aliases=[],nationality='GBR'),dict(name='Bertie Ahern',aliases=[],nationality='IRL'),dict(name='George Mitchell',aliases=[]),dict(name='David Trimble',aliases=[])],
 not_persons=['Stormont','Taoiseach'],embassies=[],defections=[],
 agreements=[dict(name='British-Irish treaty',aliases=['Good Friday deal','agreement'],parties=['GBR','IRL'],date='1998-04-10',status='signed'),
  dict(name='Anglo-Irish Agreement',aliases=[],parties=['GBR','IRL'],date='1985',status=None)])),

dict(id='fin1-024',title='North Korean soldier crosses DMZ in first defection since military pact',published='2018-11-16',source='Wire report',text='''
SEOUL — A North Korean soldier crossed the heavily fortified border into South Korea on Thursday, the first such defection across the demilitarised zone since the two Koreas signed a landmark military agreement in September.
The soldier, a 22-year-old private identified by South Korea's Joint Chiefs of Staff as Jo Kwang-il, walked across the military demarcation line in thick fog in the central sector near Cheorwon shortly after dawn. He was unarmed and expressed a wish to defect, the JCS said.
No shots were fired by either side. Under the military agreement signed in Pyongyang on September 19, both armies have begun removing landmines and guard posts along parts of the border.
Officials said the crossing would not affect implementation of the pact or of the Panmunjom Declaration signed by South Korean President Moon Jae-in and North Korean leader Kim Jong Un in April.
Jo is being questioned by intelligence officials, as is standard. Last year, a soldier who dashed across the Joint Security Area was shot five times by his own comrades.
''',gold=dict(countries=['PRK','KOR'],
 persons=[dict(name='Jo Kwang-il',aliases=['Jo'],nationality='PRK'),dict(name='Moon Jae-in',aliases=[],nationality='KOR'),dict(name='Kim Jong Un',aliases=[],nationality='PRK')],
 not_persons=['Joint Chiefs of Staff','Joint Security Area'],embassies=[],
 defections=[dict(defector='Jo Kwang-il',**{'from':'PRK'},to='KOR',post_host=None,date='2018-11-15',position='private')],
 agreements=[dict(name='Comprehensive Military Agreement',aliases=['military agreement'],parties=['KOR','PRK'],date='2018-09-19',status='signed'),
  dict(name='Panmunjom Declaration',aliases=[],parties=['KOR','PRK'],date='2018-04',status='signed')])),

dict(id='fin1-025',title='"Missing" Chinese diplomat reappears in Paris',published='1989-07-07',source='Newspaper, foreign desk',text='''
PARIS, July 6 — A Chinese diplomat whose disappearance last week prompted reports that he had sought asylum in France appeared at his embassy today and told reporters he had been on holiday in Brittany.
Wang Jianguo, a second secretary in the embassy's cultural section, said he had "never had any intention" of leaving his post. "I serve my country," he said, reading from a prepared text, with the chargé d'affaires at his side.
Le Figaro reported on Saturday that Mr. Wang had not been seen since the last week of June and quoted unnamed sources as saying he was in contact with the French authorities. The Foreign Ministry said today that it had received no request from him.
Since the suppression of the protests in Beijing last month, France has given refuge to several Chinese student leaders, and embassy staff in a number of Western capitals are said to be under close watch by security officers sent from Beijing.
Western diplomats said they could not judge whether Mr. Wang's appearance was voluntary.
''',gold=dict(countries=['CHN','FRA'],
 persons=[dict(name='Wang Jianguo',aliases=['Mr. Wang'],nationality='CHN')],
 not_persons=['Le Figaro'],
 embassies=[dict(sending='CHN',host='FRA',city='Paris')],
 defections=[],agreements=[])),

dict(id='fin1-026',title='Gulf leaders sign Al-Ula declaration, ending Qatar rift',published='2021-01-06',source='Wire report',text='''
AL-ULA, Saudi Arabia — Gulf Arab leaders signed a declaration on Tuesday that ends a three-and-a-half-year boycott of Qatar, after Saudi Crown Prince Mohammed bin Salman greeted the Qatari emir with an embrace on the tarmac.
The Al-Ula declaration was signed by the six members of the Gulf Cooperation Council — Saudi Arabia, the United Arab Emirates, Bahrain, Kuwait, Oman and Qatar — as well as Egypt, which had joined the Saudi-led boycott in June 2017.
Saudi Arabia reopened its airspace and land border with Qatar on Monday. "This summit will unify our ranks," Prince Mohammed said.
Kuwait, which mediated throughout the dispute, was credited with brokering the deal, as was the outgoing U.S. administration. Jared Kushner, President Donald Trump's son-in-law and adviser, attended the ceremony.
Qatar's Emir Sheikh Tamim bin Hamad Al Thani did not comment publicly. Analysts cautioned that the underlying differences, including over Doha's ties with Iran and Turkey, had not been resolved.
''',gold=dict(countries=['SAU','ARE','BHR','KWT','OMN','QAT','EGY','USA','IRN','TUR'],
 persons=[dict(name='Mohammed bin Salman',aliases=['Prince Mohammed'],nationality='SAU'),dict(name='Jared Kushner',aliases=[],nationality='USA'),dict(name='Donald Trump',aliases=[],nationality='USA'),dict(name='Tamim bin Hamad Al Thani',aliases=[],nationality='QAT')],
 not_persons=['Gulf Cooperation Council'],embassies=[],defections=[],
 agreements=[dict(name='Al-Ula declaration',aliases=[],parties=['SAU','ARE','BHR','KWT','OMN','QAT','EGY'],date='2021-01-05',status='signed')])),

dict(id='fin1-027',title='Soviet Journalist in Tokyo Was K.G.B. Major, Now in U.S.',published='1979-11-02',source='Newspaper, foreign desk',text='''
WASHINGTON, Nov. 1 — A Soviet magazine correspondent who vanished from Tokyo in late October is a major in the K.G.B. who has been granted political asylum in the United States, the State Department confirmed today.
The officer, Anatoly Rudenko, 38, had worked in Japan for four years as bureau chief of the weekly Novoye Vremya. Officials said he approached Americans in a Tokyo hotel and was flown out of the country within 48 hours.
"He came to us, we did not go to him," one official said. Rudenko is being debriefed at an undisclosed location and is said to have provided detailed information about Soviet intelligence operations among Japanese politicians and journalists.
The Soviet Embassy in Tokyo has protested to the Japanese Foreign Ministry, charging that the correspondent was "kidnapped." Japanese officials said he had left the country of his own free will.
Colleagues in the Tokyo foreign press corps remembered him as a gregarious figure who spoke fluent Japanese, played tennis at the weekends and was unusually willing to talk about life in the Soviet Union. "He was the Russian everybody liked," said a Western correspondent who had known him since 1976. "In hindsight, that was probably his job."
His wife and son returned to Moscow in the summer, ostensibly for the boy's schooling. American officials would not say whether they had asked to leave with him or whether any attempt would be made to bring them out.
According to the officials, Rudenko's assignment was to cultivate sources in the ruling party and among opposition members of the Diet, and to plant articles favourable to Moscow in the Japanese press. The information he has provided is said to include the cover names of several agents, though officials declined to say whether any of them were Japanese citizens.
The case is likely to cause embarrassment in Tokyo, where critics have long complained that espionage is not a crime under Japanese law unless it involves American military secrets.
Rudenko's defection is the most significant by a Soviet intelligence officer in Asia in several years.
''',gold=dict(countries=['SUN','USA','JPN'],
 persons=[dict(name='Anatoly Rudenko',aliases=['Rudenko'],nationality='SUN')],
 not_persons=['Novoye Vremya','K.G.B.'],
 embassies=[dict(sending='SUN',host='JPN',city='Tokyo')],
 defections=[dict(defector='Anatoly Rudenko',**{'from':'SUN'},to='USA',post_host='JPN',date='1979-10',position='K.G.B. major under cover as Novoye Vremya bureau chief')],
 agreements=[])),

dict(id='fin1-028',title='Warsaw Pact formally dissolved in Prague',published='1991-07-02',source='Wire report',text='''
PRAGUE, July 1 — Leaders of the six remaining members of the Warsaw Pact signed a protocol here today formally dissolving the alliance, 36 years after it was founded as the Soviet bloc's answer to NATO.
The Warsaw Treaty was signed in May 1955 by the Soviet Union, Poland, Czechoslovakia, Hungary, Romania, Bulgaria, East Germany and Albania. Albania stopped taking part in the early 1960s and formally withdrew in 1968, and East Germany left last October upon unification. The military structures were dismantled in April.
"We are burying an alliance that was imposed on us," President Václav Havel of Czechoslovakia said at the ceremony in Prague Castle. The Soviet Union was represented by Vice-President Gennady Yanayev, who said Moscow accepted the decision "as a natural outcome."
The protocol was signed by the Soviet Union, Poland, Czechoslovakia, Hungary, Romania and Bulgaria. It must still be ratified by their parliaments.
''',gold=dict(countries=['SUN','POL','CSK','HUN','ROU','BGR','DDR','ALB'],
 persons=[dict(name='Václav Havel',aliases=[],nationality='CSK'),dict(name='Gennady Yanayev',aliases=[],nationality='SUN')],
 not_persons=['NATO','Prague Castle'],embassies=[],defections=[],
 agreements=[dict(name='Warsaw Treaty',aliases=['Warsaw Pact'],parties=['SUN','POL','CSK','HUN','ROU','BGR','DDR','ALB'],date='1955-05',status='terminated'),
  dict(name='protocol dissolving the Warsaw Pact',aliases=[],parties=['SUN','POL','CSK','HUN','ROU','BGR'],date='1991-07-01',status='signed')])),

dict(id='fin1-029',title='Eritrean footballers seek asylum in Uganda',published='2015-12-10',source='Wire brief',text='''
KAMPALA — Nine members of Eritrea's national football team, including captain Filmon Tesfay, have sought asylum in Uganda after disappearing from their hotel at the end of a regional tournament, Ugandan officials said on Wednesday.
The players failed to appear for the team bus to Entebbe airport on Sunday morning and later presented themselves to police, said David Apollo Kazungu, Uganda's commissioner for refugees. "Their applications will be handled in accordance with the law," he said.
Tesfay, 27, told a local radio station that the players could not face returning to indefinite national service. "We love our country, but we have no future there," he said.
Eritrean teams have lost dozens of players in similar circumstances in recent years. Asmara has not commented.
''',gold=dict(countries=['ERI','UGA'],
 persons=[dict(name='Filmon Tesfay',aliases=['Tesfay'],nationality='ERI'),dict(name='David Apollo Kazungu',aliases=[],nationality='UGA')],
 not_persons=[],embassies=[],
 defections=[dict(defector='Filmon Tesfay',**{'from':'ERI'},to='UGA',post_host=None,date='2015-12-06',position='national football team captain')],
 agreements=[])),
]
