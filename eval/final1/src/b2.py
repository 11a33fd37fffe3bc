ARTS=[
dict(id='fin1-010',title='Baltic states and Poland sign roadmap to join European grid',published='2019-06-21',source='Wire brief',text='''
BRUSSELS — The three Baltic states and Poland signed a political roadmap on Thursday to synchronise their electricity networks with continental Europe by 2025, ending their dependence on a power system controlled from Moscow.
Ministers from Estonia, Latvia, Lithuania and Poland put their names to the document on the sidelines of a European Council summit. The plan foresees an undersea cable between Poland and Lithuania and upgrades to existing lines, at an estimated cost of 1.2 billion euros.
"This is the last piece of our independence," Lithuanian Energy Minister Žygimantas Vaičiūnas said. "For almost 30 years our frequency has been managed by others."
The Baltic grids remain linked to those of Russia and Belarus, a legacy of the 1970s. Officials in Vilnius have long worried that Russia could disconnect them in a crisis.
''',gold=dict(countries=['EST','LVA','LTU','POL','RUS','BLR'],
 persons=[dict(name='Žygimantas Vaičiūnas',aliases=[],nationality='LTU')],
 not_persons=['European Council'],embassies=[],defections=[],
 agreements=[dict(name='political roadmap on grid synchronisation',aliases=[],parties=['EST','LVA','LTU','POL'],date='2019-06-20',status='signed')])),

dict(id='fin1-011',title='Kenya-Somalia sea border talks end without deal',published='2014-08-29',source='Wire report',text='''
NAIROBI — Two days of talks between Kenya and Somalia on their disputed maritime boundary ended on Thursday without agreement, officials from both sides said, leaving Mogadishu set to press ahead with a case before the International Court of Justice.
The dispute concerns roughly 100,000 square kilometres of the Indian Ocean believed to hold oil and gas. Kenya wants the boundary to run due east from the land border; Somalia says it should follow the direction of the coastline, south-east.
"We listened carefully to our Kenyan brothers, but our position has not changed," said Abdirahman Yusuf Dirir, a Somali deputy minister who led his country's delegation.
A Kenyan foreign ministry official, Grace Wambui, said Nairobi remained "open to dialogue" but regarded the court route as unhelpful. No date was set for a further round.
Several international oil companies hold exploration blocks in the contested waters issued by Kenya, which Somali officials say were awarded illegally.
''',gold=dict(countries=['KEN','SOM'],
 persons=[dict(name='Abdirahman Yusuf Dirir',aliases=[],nationality='SOM'),dict(name='Grace Wambui',aliases=[],nationality='KEN')],
 not_persons=['International Court of Justice'],embassies=[],defections=[],agreements=[])),

dict(id='fin1-012',title='Red Border Guard Leaps Wire Into West Berlin',published='1962-08-20',source='Wire report',text='''
BERLIN, Aug. 19 — An East German border guard vaulted a barbed-wire barrier in the north of the city early today and ran into the arms of West Berlin policemen, who hustled him away before his comrades could react.
The guard, Sgt. Horst Kleinert, 22, was on duty near the Bernauer Strasse when he threw down his submachine gun shortly before 5 a.m. West Berlin police said no shots were fired.
Kleinert was taken to the Marienfelde reception camp and handed over to West German officials, to whom he said he had "no wish to shoot at my own people." He is the 14th member of the East German border forces known to have fled since the wall went up a year ago.
The escape came two days after a young bricklayer was shot and left to bleed to death at the wall near Checkpoint Charlie, an incident that provoked angry demonstrations in West Berlin.
An East German news agency statement tonight called the sergeant "a criminal element" who had been "lured by Western agents."
''',gold=dict(countries=['DDR','DEU'],
 persons=[dict(name='Horst Kleinert',aliases=['Kleinert'],nationality='DDR')],
 not_persons=['Checkpoint Charlie','Marienfelde'],embassies=[],
 defections=[dict(defector='Horst Kleinert',**{'from':'DDR'},to='DEU',post_host=None,date='1962-08-19',position='border guard sergeant')],
 agreements=[])),

dict(id='fin1-013',title='Analysis: Without Washington, can the Iran deal survive?',published='2018-05-09',source='News analysis',text='''
When Iran and six world powers concluded their nuclear agreement in Vienna in July 2015, its architects hoped it would outlast the governments that negotiated it. On Tuesday that hope met Donald Trump.
The U.S. president announced that the United States was pulling out of the Joint Comprehensive Plan of Action and would reimpose sanctions on Tehran, calling the deal "defective at its core."
The other parties — Britain, France, Germany, Russia and China — say they will stay in. French President Emmanuel Macron said Paris, London and Berlin "regret" the decision and would work to preserve the accord's economic benefits for Iran.
Under the accord, Iran accepted strict limits on uranium enrichment, including a cap of 300 kilograms on its stockpile of low-enriched uranium, and inspections by the International Atomic Energy Agency, in exchange for the lifting of international sanctions. The agency has repeatedly reported that Iran is meeting its commitments.
The decision was welcomed in Israel and Saudi Arabia, whose governments had lobbied hard against the deal. Israeli Prime Minister Benjamin Netanyahu, who last week presented what he said were Iranian nuclear archives smuggled out of Tehran, praised Trump's "courageous leadership."
Supporters of the withdrawal argue that the accord's so-called sunset clauses, under which some restrictions begin to expire in the next decade, merely postponed the problem, and that it did nothing to curb Iran's ballistic missile programme or its role in Syria and Yemen.
Critics counter that the United States has surrendered its leverage. "The Americans have walked out of a room where they held most of the cards," said a European diplomat involved in the 2015 talks, who spoke on condition of anonymity.
That may prove difficult. European companies that invested in Iran after sanctions were lifted in 2016 are exposed to American penalties, and few are likely to risk access to U.S. markets.
Iranian President Hassan Rouhani said his government would remain in the deal for now, but only if the remaining signatories could guarantee Iran's interests. "If we do not get what we want, we will act," he said in a televised address.
Analysts say Moscow and Beijing may see an opportunity to deepen commercial ties with Iran. "The question is whether the Europeans can build a shield, or whether this becomes a deal only on paper," said Elena Martynova, a sanctions specialist in London.
''',gold=dict(countries=['IRN','USA','GBR','FRA','DEU','RUS','CHN','ISR','SAU','SYR','YEM'],
 persons=[dict(name='Donald Trump',aliases=['Trump'],nationality='USA'),dict(name='Emmanuel Macron',aliases=[],nationality='FRA'),dict(name='Hassan Rouhani',aliases=[],nationality='IRN'),dict(name='Benjamin Netanyahu',aliases=[],nationality='ISR'),dict(name='Elena Martynova',aliases=[])],
 not_persons=['International Atomic Energy Agency'],embassies=[],defections=[],
 agreements=[dict(name='Joint Comprehensive Plan of Action',aliases=['Iran deal','nuclear agreement'],parties=['IRN','USA','GBR','FRA','DEU','RUS','CHN'],date='2015-07',status='withdrawn')])),

dict(id='fin1-014',title='Chinese embassy official seeks refugee status in New Zealand',published='2007-10-05',source='Newspaper, national news',text='''
WELLINGTON — A fisheries attaché at the Chinese Embassy in Wellington has applied for refugee status in New Zealand, saying he faces persecution if he returns home because of his sympathy for the Falun Gong movement.
Liu Wenhao, 44, left the embassy compound in Karori last month and has been staying with friends in the Hutt Valley, according to his lawyer, Helen Tavita. "He understands that he has given up his career and probably his country," Ms Tavita said. "He did not take the decision lightly."
Immigration New Zealand confirmed it had received an application but would not comment further. A spokesman for the Chinese Embassy said Mr Liu had "left his post without permission" and was being sought in connection with financial irregularities, an accusation his lawyer rejected.
The case echoes that of Chen Yonglin, a diplomat at the Chinese consulate in Sydney who sought asylum in Australia in 2005 and was eventually granted a protection visa. Officials here are anxious not to upset relations with Beijing as free-trade negotiations enter their final stage.
''',gold=dict(countries=['CHN','NZL','AUS'],
 persons=[dict(name='Liu Wenhao',aliases=['Mr Liu'],nationality='CHN'),dict(name='Helen Tavita',aliases=['Ms Tavita']),dict(name='Chen Yonglin',aliases=[],nationality='CHN')],
 not_persons=['Falun Gong','Immigration New Zealand'],
 embassies=[dict(sending='CHN',host='NZL',city='Wellington'),dict(sending='CHN',host='AUS',city='Sydney')],
 defections=[dict(defector='Liu Wenhao',**{'from':'CHN'},to='NZL',post_host='NZL',date='2007-09',position='fisheries attaché'),
  dict(defector='Chen Yonglin',**{'from':'CHN'},to='AUS',post_host='AUS',date='2005',position='diplomat at the Chinese consulate in Sydney')],
 agreements=[])),

dict(id='fin1-015',title='Putin suspends New START, last arms pact with Washington',published='2023-02-22',source='Wire report',text='''
MOSCOW — President Vladimir Putin said on Tuesday that Russia was suspending its participation in New START, the last remaining treaty limiting the nuclear arsenals of Moscow and Washington.
Putin told lawmakers in his annual address that Russia was not withdrawing from the pact, signed in April 2010, but would no longer allow inspections of its sites. He accused the West of seeking Russia's "strategic defeat" in Ukraine.
U.S. Secretary of State Antony Blinken called the move "deeply unfortunate and irresponsible" and said Washington remained ready to talk.
The treaty caps each side at 1,550 deployed strategic warheads. It was extended in 2021 for five years and is due to expire in February 2026, and no talks on a successor are under way.
''',gold=dict(countries=['RUS','USA','UKR'],
 persons=[dict(name='Vladimir Putin',aliases=['Putin'],nationality='RUS'),dict(name='Antony Blinken',aliases=[],nationality='USA')],
 not_persons=[],embassies=[],defections=[],
 agreements=[dict(name='New START',aliases=[],parties=['RUS','USA'],date='2010-04',status='suspended')])),

dict(id='fin1-016',title='Polish ship\'s officer granted stay in Britain',published='1982-01-12',source='Newspaper, home news',text='''
The radio officer of a Polish cargo ship that docked at Hull last week has been given permission to remain in Britain, the Home Office said yesterday.
Jerzy Wasilewski, 31, walked down the gangway of the Stefan Okrzeja on Sunday evening and asked a dock policeman to take him to the immigration authorities. He told them that he could not go back to a country under martial law.
"I listened to the radio every night since December 13," he said in an interview arranged by a Polish emigré group. "I heard what they are doing to Solidarity. I could not sail home to that."
The Polish Embassy in London protested and asked for him to be returned to the ship, which sailed on Monday without him. A Home Office spokesman said applications from Polish nationals were being treated "sympathetically" in present circumstances.
Mr Wasilewski's wife and daughter are in Szczecin. He said he had not been able to telephone them since the imposition of martial law.
''',gold=dict(countries=['POL','GBR'],
 persons=[dict(name='Jerzy Wasilewski',aliases=['Mr Wasilewski'],nationality='POL')],
 not_persons=['Stefan Okrzeja','Solidarity','Home Office'],
 embassies=[dict(sending='POL',host='GBR',city='London')],
 defections=[dict(defector='Jerzy Wasilewski',**{'from':'POL'},to='GBR',post_host=None,date='1982-01-10',position='ship radio officer')],
 agreements=[])),

dict(id='fin1-017',title='Xi and Putin extend Sino-Russian friendship treaty',published='2021-06-29',source='Wire report',text='''
BEIJING — Chinese President Xi Jinping and Russian President Vladimir Putin on Monday agreed to extend a 20-year-old friendship treaty for another five years, in a video call that both sides presented as a show of unity against pressure from Washington.
The Treaty of Good-Neighbourliness and Friendly Cooperation was signed in July 2001 by Putin and Xi's predecessor, Jiang Zemin, and was due to expire next year. It commits the two countries to refrain from joining alliances directed against each other.
"In the face of a turbulent world, China and Russia have firmly supported each other," Xi said, according to the state news agency Xinhua. Putin called relations "the best in history."
Analysts said the extension was largely symbolic, since the treaty renews automatically unless either party objects. But the timing, weeks after a summit between Putin and U.S. President Joe Biden in Geneva, was seen as a message.
''',gold=dict(countries=['CHN','RUS','USA'],
 persons=[dict(name='Xi Jinping',aliases=['Xi'],nationality='CHN'),dict(name='Vladimir Putin',aliases=['Putin'],nationality='RUS'),dict(name='Jiang Zemin',aliases=[],nationality='CHN'),dict(name='Joe Biden',aliases=[],nationality='USA')],
 not_persons=['Xinhua'],embassies=[],defections=[],
 agreements=[dict(name='Treaty of Good-Neighbourliness and Friendly Cooperation',aliases=['friendship treaty'],parties=['CHN','RUS'],date='2001-07',status='in_force')])),

dict(id='fin1-018',title='Ireland opens first embassy in Hanoi',published='2005-11-18',source='Newspaper, foreign brief',text='''
Ireland formally opened its first embassy in Vietnam yesterday, marking the growing importance of the country to the Government's overseas aid programme.
The Minister of State for Development Co-operation, Niall Brennan, cut the ribbon at the new mission in central Hanoi, which will be headed by Ambassador Declan Moran, formerly deputy head of mission in Beijing.
Vietnam became a priority country for Irish aid in 2004, and annual spending there is expected to reach about €12 million next year, much of it directed at ethnic-minority communities in the northern highlands.
"Having people on the ground makes all the difference," Mr Brennan said. "Vietnam has been one of the great development stories of the past two decades."
Vietnam does not have an embassy in Dublin; it is represented in Ireland by its embassy in London.
''',gold=dict(countries=['IRL','VNM','CHN','GBR'],
 persons=[dict(name='Niall Brennan',aliases=['Mr Brennan'],nationality='IRL'),dict(name='Declan Moran',aliases=[],nationality='IRL')],
 not_persons=[],
 embassies=[dict(sending='IRL',host='VNM',city='Hanoi'),dict(sending='IRL',host='CHN',city='Beijing'),dict(sending='VNM',host='GBR',city='London')],
 defections=[],agreements=[])),

dict(id='fin1-019',title='Four South American presidents sign common market treaty',published='1991-03-27',source='Wire report',text='''
ASUNCION, Paraguay, March 26 — The presidents of Argentina, Brazil, Paraguay and Uruguay signed a treaty today to create a common market by the end of 1994, with the free movement of goods, services and capital among their countries.
The Treaty of Asunción, signed by Carlos Menem, Fernando Collor de Mello, Andrés Rodríguez and Luis Alberto Lacalle at the Paraguayan foreign ministry, sets out a schedule of progressive tariff cuts and a common external tariff. The bloc will be known as Mercosur.
"We are building the South America our grandparents dreamed of," Mr. Collor said.
The four countries have a combined population of about 190 million. Chile, invited to join, has so far declined, saying its own tariffs are already lower than those the bloc plans to adopt.
Economists warned that the timetable was ambitious, particularly for Paraguay and Uruguay, whose industries fear competition from their giant neighbours.
''',gold=dict(countries=['ARG','BRA','PRY','URY','CHL'],
 persons=[dict(name='Carlos Menem',aliases=[],nationality='ARG'),dict(name='Fernando Collor de Mello',aliases=['Mr. Collor'],nationality='BRA'),dict(name='Andrés Rodríguez',aliases=[],nationality='PRY'),dict(name='Luis Alberto Lacalle',aliases=[],nationality='URY')],
 not_persons=['Mercosur'],embassies=[],defections=[],
 agreements=[dict(name='Treaty of Asunción',aliases=[],parties=['ARG','BRA','PRY','URY'],date='1991-03-26',status='signed')])),
]
