ARTS=[
dict(id='fin1-030',title='U.S. and Russia Agree on Emergency Teletype Link',published='1963-06-21',source='Wire report',text='''
GENEVA, June 20 — The United States and the Soviet Union signed an agreement here today to set up a direct communications link between Washington and Moscow for use in emergencies, the first concrete result of the long-stalled disarmament talks.
The memorandum of understanding was signed at the Palais des Nations by Charles C. Stelle, the acting American representative to the 18-nation disarmament conference, and Semyon K. Tsarapkin of the Soviet delegation.
Officials said the "hot line," consisting of duplex teletype circuits routed through London, Copenhagen, Stockholm and Helsinki, with a backup radio circuit via Tangier, should be working within 60 days.
"Both governments recognize that in a crisis, hours may matter more than months," Mr. Stelle said. The experience of last October, when messages between the two capitals took many hours to deliver, had given the idea urgency, diplomats said.
Western delegates cautioned that the link was "a modest step" and did nothing to limit weapons.
''',gold=dict(countries=['USA','SUN'],
 persons=[dict(name='Charles C. Stelle',aliases=['Mr. Stelle'],nationality='USA'),dict(name='Semyon K. Tsarapkin',aliases=[],nationality='SUN')],
 not_persons=['Palais des Nations'],embassies=[],defections=[],
 agreements=[dict(name='memorandum of understanding on a direct communications link',aliases=['hot line'],parties=['USA','SUN'],date='1963-06-20',status='signed')])),

dict(id='fin1-031',title='Russian diplomat in Geneva resigns in protest over Ukraine war',published='2022-05-24',source='Wire report',text='''
GENEVA — A counsellor at Russia's mission to the United Nations in Geneva has resigned in protest at the war in Ukraine, saying in a letter circulated to colleagues on Monday that he had "never been so ashamed of my country."
Dmitri Volkov, 41, a career diplomat who worked on arms control, wrote that the invasion was "a crime against the Ukrainian people and against the people of Russia." He confirmed to reporters that he had handed in his notice and would not return to Moscow.
Swiss officials declined to say whether Volkov had asked for protection in Switzerland. A Western diplomat said he was believed to be in a safe place.
The Russian mission said in a brief statement that Volkov "no longer works" there. Kremlin spokesman Dmitry Peskov said he was not aware of the case.
Volkov is the first Russian diplomat known to have quit publicly over the war, which began on February 24.
''',gold=dict(countries=['RUS','UKR','CHE'],
 persons=[dict(name='Dmitri Volkov',aliases=['Volkov'],nationality='RUS'),dict(name='Dmitry Peskov',aliases=[],nationality='RUS')],
 not_persons=['Kremlin'],
 embassies=[dict(sending='RUS',host='CHE',city='Geneva')],
 defections=[dict(defector='Dmitri Volkov',**{'from':'RUS'},to=None,post_host='CHE',date='2022-05-23',position='counsellor, mission to the United Nations in Geneva')],
 agreements=[])),

dict(id='fin1-032',title='Israel, UAE and Bahrain sign normalisation deals at White House',published='2020-09-16',source='Wire report',text='''
WASHINGTON — Israel signed agreements to establish full diplomatic relations with the United Arab Emirates and Bahrain on Tuesday at a White House ceremony hosted by President Donald Trump, who hailed "the dawn of a new Middle East."
Israeli Prime Minister Benjamin Netanyahu signed a peace treaty with the UAE, represented by its foreign minister, Sheikh Abdullah bin Zayed Al Nahyan, and a shorter declaration of peace with Bahrain, signed by its foreign minister, Abdullatif al-Zayani.
Trump and the three men also put their signatures to a general statement of principles, called the Abraham Accords Declaration.
The UAE and Bahrain are the first Arab states in a quarter of a century to normalise ties with Israel. Palestinian leaders condemned the agreements as a betrayal.
''',gold=dict(countries=['ISR','ARE','BHR','USA'],
 persons=[dict(name='Donald Trump',aliases=['Trump'],nationality='USA'),dict(name='Benjamin Netanyahu',aliases=[],nationality='ISR'),dict(name='Abdullah bin Zayed Al Nahyan',aliases=[],nationality='ARE'),dict(name='Abdullatif al-Zayani',aliases=[],nationality='BHR')],
 not_persons=['White House'],embassies=[],defections=[],
 agreements=[dict(name='Israel-UAE peace treaty',aliases=[],parties=['ISR','ARE'],date='2020-09-15',status='signed'),
  dict(name='Israel-Bahrain declaration of peace',aliases=[],parties=['ISR','BHR'],date='2020-09-15',status='signed'),
  dict(name='Abraham Accords Declaration',aliases=[],parties=['ISR','ARE','BHR','USA'],date='2020-09-15',status='signed')])),

dict(id='fin1-033',title='Red Guards Burn British Mission in Peking',published='1967-08-24',source='Newspaper, foreign desk',text='''
HONG KONG, Aug. 23 — Thousands of Red Guards stormed and set fire to the office of the British chargé d'affaires in Peking on Tuesday night, beating diplomats and their families as they fled the burning building, according to accounts reaching here today.
The chargé, Gerald Ashby, was struck on the head and led through the crowd by Chinese soldiers, who eventually intervened. The mission's 23 staff members were later allowed to return to the damaged residential quarters under guard.
The Foreign Office in London described the attack as "an outrage without parallel" and summoned the Chinese chargé d'affaires. Diplomatic staff of the Chinese mission in London have been barred from leaving the capital without permission since last week.
The violence followed a British refusal to meet a Chinese ultimatum over the imprisonment of journalists in Hong Kong. One diplomat wrote in a message relayed through a Western embassy: "We are all alive. That is all that can be said."
''',gold=dict(countries=['GBR','CHN'],
 persons=[dict(name='Gerald Ashby',aliases=[],nationality='GBR')],
 not_persons=['Red Guards','Foreign Office'],
 embassies=[dict(sending='GBR',host='CHN',city='Peking'),dict(sending='CHN',host='GBR',city='London')],
 defections=[],agreements=[])),

dict(id='fin1-034',title='Syria\'s envoy to Cyprus defects, surfaces in Doha',published='2012-07-27',source='Wire report',text='''
NICOSIA — Syria's ambassador to Cyprus has abandoned her post and joined the opposition, becoming the latest senior diplomat to break with President Bashar al-Assad.
Rima Haddad announced her decision on Thursday in a telephone interview with Al Jazeera from the Qatari capital, where she said she had taken refuge with her family. "I cannot represent a regime that kills its own children," she said.
The Cypriot foreign ministry confirmed that the ambassador had left the island and that the embassy in Nicosia was now headed by a chargé d'affaires.
Her defection follows that of Nawaf al-Fares, the ambassador to Iraq, who broke with Damascus earlier this month. Opposition figures say several more envoys are preparing to follow.
Syria's state news agency said Haddad had been dismissed on Monday, before her announcement.
''',gold=dict(countries=['SYR','CYP','QAT','IRQ'],
 persons=[dict(name='Bashar al-Assad',aliases=[],nationality='SYR'),dict(name='Rima Haddad',aliases=['Haddad'],nationality='SYR'),dict(name='Nawaf al-Fares',aliases=[],nationality='SYR')],
 not_persons=['Al Jazeera'],
 embassies=[dict(sending='SYR',host='CYP',city='Nicosia'),dict(sending='SYR',host='IRQ')],
 defections=[dict(defector='Rima Haddad',**{'from':'SYR'},to='QAT',post_host='CYP',date='2012-07-26',position='ambassador to Cyprus'),
  dict(defector='Nawaf al-Fares',**{'from':'SYR'},to=None,post_host='IRQ',date='2012-07',position='ambassador to Iraq')],
 agreements=[])),

dict(id='fin1-035',title='Macron and Merkel renew Franco-German vows in Aachen',published='2019-01-23',source='Wire report',text='''
AACHEN, Germany — French President Emmanuel Macron and German Chancellor Angela Merkel signed a new friendship treaty on Tuesday in the former seat of Charlemagne, pledging closer cooperation on defence, foreign policy and cross-border regions.
The Aachen Treaty supplements the Élysée Treaty signed in January 1963 by Charles de Gaulle and Konrad Adenauer, which sealed post-war reconciliation between Paris and the then West German capital, Bonn, and which remains in force.
"Our two countries must take up their responsibilities," Merkel said. Macron warned that nationalism was "gaining ground" in Europe.
The treaty drew criticism from nationalists on both sides of the Rhine. In France, Marine Le Pen claimed falsely that it would hand Alsace and Lorraine to German administration.
''',gold=dict(countries=['FRA','DEU'],
 persons=[dict(name='Emmanuel Macron',aliases=['Macron'],nationality='FRA'),dict(name='Angela Merkel',aliases=['Merkel'],nationality='DEU'),dict(name='Charles de Gaulle',aliases=[],nationality='FRA'),dict(name='Konrad Adenauer',aliases=[],nationality='DEU'),dict(name='Marine Le Pen',aliases=[],nationality='FRA')],
 not_persons=['Charlemagne'],embassies=[],defections=[],
 agreements=[dict(name='Aachen Treaty',aliases=['friendship treaty'],parties=['FRA','DEU'],date='2019-01-22',status='signed'),
  dict(name='Élysée Treaty',aliases=[],parties=['FRA','DEU'],date='1963-01',status='in_force')])),

dict(id='fin1-036',title='Czech Legation Clerk Given Swiss Asylum',published='1958-05-06',source='Wire report',text='''
BERN, May 5 — A cipher clerk at the Czechoslovak Legation here who disappeared last week has been granted political asylum by the Swiss Federal Council, the Justice and Police Department announced today.
Miroslav Hanák, 29, left the legation on the evening of April 29 and went to the cantonal police with a suitcase, according to the announcement. He is said to have brought no documents with him.
The legation has protested, alleging that Hanák was "abducted by hostile elements." Swiss officials replied that he had come of his own accord and had repeatedly refused to see legation representatives.
A Swiss woman who typed for the legation's commercial section, Marianne Roth, has been questioned about whether she helped him arrange his escape. She has not been charged.
''',gold=dict(countries=['CSK','CHE'],
 persons=[dict(name='Miroslav Hanák',aliases=['Hanák'],nationality='CSK'),dict(name='Marianne Roth',aliases=[],nationality='CHE')],
 not_persons=['Swiss Federal Council'],
 embassies=[dict(sending='CSK',host='CHE',city='Bern')],
 defections=[dict(defector='Miroslav Hanák',**{'from':'CSK'},to='CHE',post_host='CHE',date='1958-04-29',position='cipher clerk, Czechoslovak Legation')],
 agreements=[])),

dict(id='fin1-037',title='Amazon nations sign Belém declaration but stop short of deforestation pledge',published='2023-08-10',source='News analysis',text='''
BELÉM, Brazil — The eight members of the Amazon Cooperation Treaty Organization signed a joint declaration on Tuesday committing them to cooperate against deforestation and organised crime in the rainforest, but without the common target to end forest clearance that campaigners had sought.
Bolivia, Brazil, Colombia, Ecuador, Guyana, Peru, Suriname and Venezuela put their names to the Belém Declaration at the first summit of the bloc in 14 years. The group was created under the Amazon Cooperation Treaty of 1978.
Brazilian President Luiz Inácio Lula da Silva, the host, called the document "a new road map." Colombia's Gustavo Petro pushed for a ban on new oil exploration in the region, but the idea was not taken up.
"It is a list of good intentions," said Marta Quispe, an environmental lawyer in Lima. "Without a date, nobody can be held to anything."
Norway and Germany, the main donors to Brazil's Amazon Fund, sent representatives. Lula said rich nations must pay more to protect forests.
''',gold=dict(countries=['BOL','BRA','COL','ECU','GUY','PER','SUR','VEN','NOR','DEU'],
 persons=[dict(name='Luiz Inácio Lula da Silva',aliases=['Lula'],nationality='BRA'),dict(name='Gustavo Petro',aliases=[],nationality='COL'),dict(name='Marta Quispe',aliases=[])],
 not_persons=['Amazon Cooperation Treaty Organization','Amazon Fund'],embassies=[],defections=[],
 agreements=[dict(name='Belém Declaration',aliases=['joint declaration'],parties=['BOL','BRA','COL','ECU','GUY','PER','SUR','VEN'],date='2023-08-08',status='signed'),
  dict(name='Amazon Cooperation Treaty',aliases=[],parties=['BOL','BRA','COL','ECU','GUY','PER','SUR','VEN'],date='1978',status=None)])),

dict(id='fin1-038',title='Russian helicopter pilot defected to Ukraine, Kyiv says',published='2023-09-05',source='Wire report',text='''
KYIV — A Russian air force pilot flew a Mi-8 military helicopter into Ukraine last month and has defected, Ukraine's military intelligence agency said on Monday, releasing video of the officer describing the operation.
The agency identified him as Captain Sergei Lebedinsky, 28. It said he had been recruited over six months and landed in the Kharkiv region in August with the helicopter, which was carrying spare parts for fighter jets.
Two other crew members, who it said were unaware of his plans, were killed after trying to flee on landing.
"I did not want to be part of this crime," Lebedinsky said in the video. His family had been moved out of Russia beforehand, according to Andriy Yusov, a spokesman for the agency.
Moscow has not commented. The agency has promised money and new identities to Russian servicemen who surrender with equipment.
''',gold=dict(countries=['RUS','UKR'],
 persons=[dict(name='Sergei Lebedinsky',aliases=['Lebedinsky'],nationality='RUS'),dict(name='Andriy Yusov',aliases=[],nationality='UKR')],
 not_persons=['Mi-8'],embassies=[],
 defections=[dict(defector='Sergei Lebedinsky',**{'from':'RUS'},to='UKR',post_host=None,date='2023-08',position='air force captain, Mi-8 pilot')],
 agreements=[])),

dict(id='fin1-039',title='Britain reopens embassy in Damascus after 14 years',published='2026-03-12',source='Wire brief',text='''
DAMASCUS — Britain reopened its embassy in Damascus on Wednesday, 14 years after withdrawing its diplomats at the height of Syria's civil war.
Harriet Lowe, who was named ambassador in January, raised the Union flag over the mission in the Abu Rummaneh district alongside Syrian Foreign Minister Asaad al-Shaibani. She said the embassy would initially offer limited consular services.
"Our return is a statement of confidence in Syria's future, and a recognition of how much remains to be done," Lowe said.
Syria's embassy in London is expected to resume full operations later this year. Analysts at the Carnegie Middle East Center said the move reflected a wider European recalibration, with Paris and Rome having already restored a diplomatic presence.
''',gold=dict(countries=['GBR','SYR','FRA','ITA'],
 persons=[dict(name='Harriet Lowe',aliases=['Lowe'],nationality='GBR'),dict(name='Asaad al-Shaibani',aliases=[],nationality='SYR')],
 not_persons=['Carnegie Middle East Center','Union flag'],
 embassies=[dict(sending='GBR',host='SYR',city='Damascus'),dict(sending='SYR',host='GBR',city='London')],
 defections=[],agreements=[])),
]
