ARTS=[
dict(id='news-000', title='Soviet trade official seeks asylum in Sweden', published='1983-10-14', source='Wire report',
text="""STOCKHOLM, Oct. 14 -- A Soviet official assigned to the commercial section of Moscow's embassy here has asked for political asylum, the Swedish Foreign Ministry confirmed today.
The official, identified as Anatoly V. Serebryakov, 41, a first secretary, left his apartment in the suburb of Lidingo on Tuesday morning and did not report for work. Swedish police said he walked into a police station in central Stockholm that afternoon accompanied by his wife and their teenage son.
A ministry spokesman, Lars-Erik Holm, declined to say whether the request would be granted. "The matter is being handled according to the usual procedures," he said, adding that the family was "in a safe place."
The Soviet Embassy issued a short statement accusing the Swedish authorities of "holding a Soviet citizen against his will" and demanded consular access. Western diplomats here said the demand was unlikely to be met.
The case comes at an awkward moment for relations between Stockholm and Moscow, which have yet to recover from the grounding of a Soviet submarine near the naval base at Karlskrona two years ago.
Mr. Serebryakov had served in Stockholm since 1980, according to the newspaper Dagens Nyheter, which first reported his disappearance. Before that he worked at the Soviet trade mission in Helsinki.""",
gold=dict(countries=['SWE','SUN','FIN'],
 persons=[dict(name='Anatoly V. Serebryakov',aliases=['Serebryakov','Mr. Serebryakov'],nationality='SUN'),
          dict(name='Lars-Erik Holm',aliases=[],nationality='SWE')],
 not_persons=['Dagens Nyheter'],
 embassies=[dict(sending='SUN',host='SWE',city='Stockholm'),dict(sending='SUN',host='FIN',city='Helsinki')],
 defections=[dict(defector='Anatoly V. Serebryakov',**{'from':'SUN'},to='SWE',post_host='SWE',date='1983-10-11',position='first secretary, commercial section of the Soviet embassy')],
 agreements=[])),

dict(id='news-001', title='Bishkek and Tashkent strike reservoir deal, but the river still runs dry downstream', published='2021-03-27', source='Regional analysis newsletter',
text="""When the presidents of Kyrgyzstan and Uzbekistan shook hands in Tashkent on Thursday, the ceremony was brief and the document short: four pages, by one account, setting out how the two countries will share water from the Orto-Tokoy reservoir and who will pay to maintain its ageing dam.
Officials on both sides called it a breakthrough. Uzbek President Shavkat Mirziyoyev said the agreement "closes a chapter of mistrust", while his Kyrgyz counterpart, Sadyr Japarov, told reporters that Kyrgyz farmers in the Ala-Buka valley would "see the benefit this summer."
The reservoir itself sits on Kyrgyz territory but has supplied irrigation canals in Uzbekistan's Namangan region since Soviet times. Under the new arrangement, Uzbekistan will take over part of the maintenance bill in exchange for guaranteed releases during the growing season. Negotiators had been circling the issue for the better part of two decades.
The region's record on such deals is not encouraging. A framework agreement on the Syr Darya basin, signed in 1998 by Kazakhstan, Kyrgyzstan and Uzbekistan, traded summer water for winter energy supplies. It worked for a few seasons and then quietly lapsed as each government accused the others of failing to deliver.
"Everyone remembers 1998," said Nargiza Tursunova, a researcher who studies transboundary rivers at a university in Bishkek. "The difference now is that the two presidents actually talk to each other. Whether that survives a drought year is another matter."
Tajikistan, which has its own long-running quarrels with Tashkent over the giant Rogun dam, was not part of the talks and has not commented.
For now the mood is good. Border posts closed for years have reopened, and trade between the two neighbours has grown sharply. But Tursunova warned that the real test would come in July, when the canals are at their lowest and every cubic metre counts.""",
gold=dict(countries=['KGZ','UZB','KAZ','TJK'],
 persons=[dict(name='Shavkat Mirziyoyev',aliases=[],nationality='UZB'),dict(name='Sadyr Japarov',aliases=[],nationality='KGZ'),
          dict(name='Nargiza Tursunova',aliases=['Tursunova'])],
 not_persons=['Orto-Tokoy','Rogun'],
 embassies=[], defections=[],
 agreements=[dict(name='Orto-Tokoy reservoir agreement',aliases=[],parties=['KGZ','UZB'],date='2021-03-25',status='signed'),
             dict(name='framework agreement on the Syr Darya basin',aliases=[],parties=['KAZ','KGZ','UZB'],date='1998',status='terminated')])),

dict(id='news-002', title='"You learn to love the distance": departing Chilean envoy looks back on Canberra', published='2017-11-03', source='Diplomatic affairs magazine, interview',
text="""Rodrigo Fuenzalida Ortuzar has packed most of his books. The ones still on the shelves of the Chilean ambassador's residence in Canberra are, he says, "the ones I cannot decide about": a battered anthology of Gabriela Mistral, two volumes on Antarctic law, a cookbook from his grandmother's village near Chillan.
After four years in Australia, Fuenzalida returns to Santiago later this month to take up a senior post at the foreign ministry. He spoke to us in the embassy's small library, a room with a view of Lake Burley Griffin and, on a clear day, the hills beyond.
"People in Chile imagine Australia as a very far place, which it is," he said. "But the two countries face each other across the same ocean. We are both mining economies, both wine countries, both worried about what happens to the Pacific. You learn to love the distance."
His tenure coincided with a sharp rise in the number of young Chileans arriving on working-holiday visas, and much of the consular section's time, he admits, has been spent on lost passports and the occasional arrest after a party in Bondi. "That is the real work of an embassy," he said, laughing. "Not the speeches."
Fuenzalida, 58, joined the foreign service in 1986, in the last years of military rule, and served in Wellington and Lima before Canberra. Asked about his most difficult moment, he recalled the 2014 earthquake in northern Chile, when he spent two nights on the telephone trying to trace Australian tourists in Iquique.
He was more guarded about politics. Asked whether Santiago should do more to court Beijing, he smiled and said it was "not a question for an ambassador on his way out."
His successor has not yet been named. Until then the embassy will be run by the deputy head of mission, Carolina Aravena, who arrived from Buenos Aires last year.
Before we left, Fuenzalida showed us a framed print from the Fundacion Violeta Parra, a gift from the community of Chilean emigres in Melbourne. "Take that one off the list," he told an assistant. "That one comes with me.\"""",
gold=dict(countries=['CHL','AUS','NZL','PER','CHN','ARG'],
 persons=[dict(name='Rodrigo Fuenzalida Ortuzar',aliases=['Fuenzalida'],nationality='CHL'),
          dict(name='Gabriela Mistral',aliases=[]),
          dict(name='Carolina Aravena',aliases=[],nationality='CHL')],
 not_persons=['Fundacion Violeta Parra','Lake Burley Griffin'],
 embassies=[dict(sending='CHL',host='AUS',city='Canberra'),dict(sending='CHL',host='NZL',city='Wellington'),
            dict(sending='CHL',host='PER',city='Lima'),dict(sending='CHL',host='ARG',city='Buenos Aires')],
 defections=[], agreements=[])),

dict(id='news-003', title='Explainer: What is the Indus Waters Treaty, and what does it mean to put it "in abeyance"?', published='2025-04-26', source='Explainer, international desk',
text="""For more than six decades, the Indus Waters Treaty was held up as proof that India and Pakistan could agree on something. It survived three wars, a nuclear standoff and countless diplomatic ruptures. On Wednesday, New Delhi announced that it would hold the treaty "in abeyance" with immediate effect, following a deadly attack on tourists in Kashmir that Indian officials blamed on groups based across the border.
Here is what you need to know.
What does the treaty do?
Signed in Karachi on 19 September 1960 by Prime Minister Jawaharlal Nehru and Pakistan's President Ayub Khan, with the World Bank as a signatory and broker, the treaty divides the six rivers of the Indus basin. The three eastern rivers -- the Ravi, Beas and Sutlej -- were allocated to India. The three western rivers -- the Indus, Jhelum and Chenab -- go mostly to Pakistan, although India may use them for limited purposes such as run-of-the-river hydropower.
What has India actually done?
In practical terms, not much can change overnight. India does not have the storage capacity to hold back significant volumes of the western rivers. But officials said India would stop sharing hydrological data, halt meetings of the Permanent Indus Commission and press ahead with projects that Pakistan has long contested.
"The signal is more important than the flow, at least for now," said Rohan Mehta, a specialist in water law based in New Delhi. "But signals matter in a basin where people have been told for sixty years that the water is guaranteed."
How has Pakistan responded?
Islamabad said any attempt to stop or divert water belonging to Pakistan would be treated as "an act of war". Pakistani officials also said the government could consider holding other bilateral agreements in abeyance, including the 1972 Simla Agreement, which set out the principles for managing relations after the war of 1971.
Can India legally do this?
The treaty contains no provision for unilateral suspension or exit. Legal scholars in both countries are divided over whether India's step amounts to a breach. Pakistan has said it will explore options, including the World Bank and international courts.
What happens next?
Much depends on the monsoon and on politics. Diplomats say the step could be reversed as quickly as it was taken, if tensions ease.""",
gold=dict(countries=['IND','PAK'],
 persons=[dict(name='Jawaharlal Nehru',aliases=[],nationality='IND'),dict(name='Ayub Khan',aliases=[],nationality='PAK'),
          dict(name='Rohan Mehta',aliases=[])],
 not_persons=['World Bank','Permanent Indus Commission'],
 embassies=[], defections=[],
 agreements=[dict(name='Indus Waters Treaty',aliases=['the treaty'],parties=['IND','PAK'],date='1960-09-19',status='suspended'),
             dict(name='Simla Agreement',aliases=['1972 Simla Agreement'],parties=['IND','PAK'],date='1972',status=None)])),

dict(id='news-004', title='Zoltan Vereczkey, fencer who stayed behind after Melbourne, dies at 79', published='2008-03-12', source='Obituary',
text="""Zoltan Vereczkey, a Hungarian sabre fencer who refused to go home after the 1956 Olympic Games and went on to coach a generation of American fencers, died on Sunday at his home in Cleveland. He was 79.
The cause was heart failure, said his daughter, Katalin Vereczkey Moss.
Mr. Vereczkey was part of a Hungarian team that arrived in Melbourne in November 1956 knowing almost nothing of what was happening at home, where the uprising against Communist rule was being crushed by Soviet tanks. News reached the athletes in fragments, through émigrés and newspapers.
He finished fourth in the individual sabre, narrowly missing a medal. In December, when the Games ended, he was among several dozen Hungarian competitors who declined to board the flight home. With a group of teammates he travelled on to the United States on a tour sponsored by Sports Illustrated magazine and was granted residence there the following spring.
"He told us later that the decision took about five minutes and the rest of his life to get over," Mrs. Moss said. His parents and a younger sister remained in Budapest; he did not see his mother again until 1971.
His coach in Melbourne, Imre Szalay, chose to return to Hungary, and the two men did not speak for more than twenty years. They were reconciled at a veterans' tournament in Vienna in 1979.
After working as a draughtsman in Pittsburgh, Mr. Vereczkey opened a fencing salle in Cleveland in 1962. Among his pupils were two members of the United States team at the 1984 Olympics.
Besides his daughter, he is survived by his wife of 48 years, Margit, and three grandchildren.""",
gold=dict(countries=['HUN','SUN','USA'],
 persons=[dict(name='Zoltan Vereczkey',aliases=['Vereczkey','Mr. Vereczkey'],nationality='HUN'),
          dict(name='Katalin Vereczkey Moss',aliases=['Mrs. Moss']),
          dict(name='Imre Szalay',aliases=[],nationality='HUN'),
          dict(name='Margit',aliases=[])],
 not_persons=['Sports Illustrated'],
 embassies=[],
 defections=[dict(defector='Zoltan Vereczkey',**{'from':'HUN'},to='USA',post_host=None,date='1956-12',position='Olympic sabre fencer')],
 agreements=[])),

dict(id='news-005', title='Explainer: New START, the last arms treaty standing', published='2023-02-22', source='Explainer, news agency',
text="""President Vladimir Putin said on Tuesday that Russia was suspending its participation in New START, the last remaining treaty limiting the nuclear arsenals of Russia and the United States. He stopped short of announcing a full withdrawal. Here is a short guide.
What is New START?
The treaty was signed in Prague in April 2010 by Barack Obama and Dmitry Medvedev, then the Russian president. It entered into force in February 2011 and caps each side at 1,550 deployed strategic warheads and 700 deployed missiles and bombers. It also provides for on-site inspections and regular exchanges of data. In 2021 the two sides extended it for five years, to February 2026.
What does "suspension" mean?
Russian officials say Moscow will continue to respect the numerical limits but will no longer allow inspections or share data. The treaty contains no clause on suspension, and Washington has called the move "legally invalid".
Hasn't this happened before?
Inspections had already been on hold since 2020, first because of the pandemic and then because Russia refused to let them resume. The broader arms-control architecture has been crumbling for years. The Intermediate-Range Nuclear Forces Treaty, signed by the United States and the Soviet Union in 1987, ended in 2019 after the Trump administration pulled out, citing Russian violations. The Anti-Ballistic Missile Treaty, concluded with the Soviet Union in 1972, lapsed in 2002 after Washington withdrew from it.
Why does it matter?
Without New START, there would be no legally binding limits on the two largest nuclear arsenals for the first time since the early 1970s. "Verification is the heart of it," said one former US negotiator. "Once you stop looking at each other's weapons, you start assuming the worst."
What comes next?
Mr. Putin said Russia would resume nuclear testing only if the United States did so first. American officials said they remained ready to talk.""",
gold=dict(countries=['RUS','USA','SUN'],
 persons=[dict(name='Vladimir Putin',aliases=['Mr. Putin'],nationality='RUS'),dict(name='Barack Obama',aliases=[],nationality='USA'),
          dict(name='Dmitry Medvedev',aliases=[],nationality='RUS'),dict(name='Trump',aliases=[],nationality='USA')],
 not_persons=[],
 embassies=[], defections=[],
 agreements=[dict(name='New START',aliases=[],parties=['RUS','USA'],date='2010-04',status='suspended'),
             dict(name='Intermediate-Range Nuclear Forces Treaty',aliases=[],parties=['USA','SUN'],date='1987',status='terminated'),
             dict(name='Anti-Ballistic Missile Treaty',aliases=[],parties=['USA','SUN'],date='1972',status='terminated')])),

dict(id='news-006', title='North Korean diplomat in Kuwait missing, believed to have fled', published='2019-10-07', source='Wire report',
text="""SEOUL, Oct 7 -- A North Korean diplomat stationed in Kuwait has disappeared along with his wife and two children, and is believed to be under the protection of South Korean authorities, a lawmaker in Seoul said on Monday.
The diplomat, identified as Kang Myong Chol, was a first secretary responsible for overseeing North Korean labourers in the Gulf state. He left the embassy compound in Kuwait City in late September and has not been seen there since, according to Lee Jae-sun, a member of the National Assembly's intelligence committee, who was briefed by the National Intelligence Service.
"He is safe and is being looked after," Lee told reporters, without saying where Kang was. He added that the family had expressed a wish to settle in the South.
The spy agency declined to comment. South Korea's unification ministry, which handles inter-Korean affairs, said it could not confirm "individual cases".
Kuwait has come under pressure to send home North Korean workers under United Nations sanctions, and the embassy had been reduced in size in recent years. Pyongyang's mission there was once a key channel for remittances from construction sites across the region.
If confirmed, Kang would be the latest in a string of North Korean diplomats to abandon their posts. The highest-profile case was Thae Yong-ho, the deputy ambassador in London, who defected to the South with his family in 2016 and has since become an outspoken critic of the regime.
North Korea's state media has not reported the case.""",
gold=dict(countries=['PRK','KOR','KWT','GBR'],
 persons=[dict(name='Kang Myong Chol',aliases=['Kang'],nationality='PRK'),dict(name='Lee Jae-sun',aliases=['Lee'],nationality='KOR'),
          dict(name='Thae Yong-ho',aliases=[],nationality='PRK')],
 not_persons=['National Intelligence Service'],
 embassies=[dict(sending='PRK',host='KWT',city='Kuwait City'),dict(sending='PRK',host='GBR',city='London')],
 defections=[dict(defector='Kang Myong Chol',**{'from':'PRK'},to='KOR',post_host='KWT',date='2019-09',position='first secretary'),
             dict(defector='Thae Yong-ho',**{'from':'PRK'},to='KOR',post_host='GBR',date='2016',position='deputy ambassador')],
 agreements=[])),

dict(id='news-007', title='Britain orders Czech attache to leave', published='1961-05-19', source='Wire report',
text="""LONDON, May 19 -- The Foreign Office today ordered the assistant military attache at the Czechoslovak Embassy to leave the country within seven days.
Lieutenant-Colonel Josef Hruby was declared persona non grata for "activities incompatible with his diplomatic status", a spokesman said. No further explanation was given, but the announcement came two days after a clerk at an Admiralty establishment in Portsmouth, Arthur Penrose, was charged under the Official Secrets Act.
Penrose, 36, appeared before magistrates on Wednesday and was remanded in custody. Police said he had been seen meeting a foreign diplomat on several occasions in a public house near Kensington.
The Czechoslovak Embassy described the order as "an unfriendly act based on fabrications" and said Colonel Hruby would return to Prague "with his conscience clear."
Diplomatic observers expect Prague to retaliate by expelling a member of the British Embassy staff there. A similar exchange of expulsions took place in 1958.
Colonel Hruby, who is 44, has been in London since the autumn of 1959.""",
gold=dict(countries=['GBR','CSK'],
 persons=[dict(name='Josef Hruby',aliases=['Colonel Hruby','Lieutenant-Colonel Josef Hruby'],nationality='CSK'),
          dict(name='Arthur Penrose',aliases=['Penrose'],nationality='GBR')],
 not_persons=['Official Secrets Act'],
 embassies=[dict(sending='CSK',host='GBR',city='London'),dict(sending='GBR',host='CSK',city='Prague')],
 defections=[], agreements=[])),

dict(id='news-008', title='Brazil, Paraguay settle Itaipu tariff after months of haggling', published='2024-05-09', source='Wire brief',
text="""ASUNCION, May 9 -- Brazil and Paraguay on Wednesday reached an agreement on the price of electricity generated by the Itaipu hydroelectric dam, ending a dispute that had soured relations between the two neighbours for more than a year.
Under the deal, signed by the two countries' energy ministers in Asuncion, the tariff charged by the binational company will be set at $19.28 per kilowatt-month until 2026. Paraguay had pushed for a higher rate to fund infrastructure spending; Brazil, which buys most of the output, wanted it lower.
President Santiago Pena called the accord "fair for both peoples". In Brasilia, officials close to President Luiz Inacio Lula da Silva said the agreement would keep electricity bills stable for Brazilian consumers.
The two governments also committed to finishing, by the end of the year, a long-delayed review of the financial annex of the 1973 treaty that created the dam on the Parana River.
"This was about more than a number," said Marcos Benitez, a Paraguayan economist who advised the negotiating team. "It was about whether Paraguay is treated as a partner or as a supplier."
Lula is expected to visit Paraguay later this year.""",
gold=dict(countries=['BRA','PRY'],
 persons=[dict(name='Santiago Pena',aliases=[],nationality='PRY'),dict(name='Luiz Inacio Lula da Silva',aliases=['Lula'],nationality='BRA'),
          dict(name='Marcos Benitez',aliases=[],nationality='PRY')],
 not_persons=['Itaipu'],
 embassies=[], defections=[],
 agreements=[dict(name='Itaipu tariff agreement',aliases=['the accord'],parties=['BRA','PRY'],date='2024-05-08',status='signed'),
             dict(name='1973 treaty that created the dam',aliases=[],parties=['BRA','PRY'],date='1973',status=None)])),

dict(id='news-009', title='"I chose to stop running for them": an Eritrean footballer on life after Kampala', published='2012-06-18', source='Sports feature, interview',
text="""The last time Samuel Tesfamariam wore the blue of Eritrea's national team, he was 22 and had just lost 3-0 to Tanzania in front of a half-empty stadium. Two days later he was gone.
It was December 2009, and the Red Sea Camels, as the team is known, were in the Ugandan capital for a regional tournament. When the squad assembled at the hotel for the bus to the airport, a dozen players, Tesfamariam among them, did not appear.
"We had planned it for weeks, quietly, in twos and threes," he says now, sitting in a cafe in the Kampala suburb of Ntinda. "Nobody trusted everybody. If one person talked, we were finished."
The players presented themselves to the Ugandan authorities and asked for protection. After months of uncertainty, during which they lived in a single rented house and trained on a dusty school pitch, they were granted refugee status by Uganda.
Ruth Nakabugo, the Ugandan lawyer who represented the group pro bono, remembers them as "boys, really, terrified of being sent back." Eritrea's government, she says, made several requests for their return, all of which were refused.
Tesfamariam does not like to talk about his family. His older brother, he says, was detained in Asmara for several weeks after the walkout and questioned about whether he had known in advance. "He did not know. I made sure of that."
He now plays for a second-division club and coaches children on weekends. He has no plans to leave Uganda, though friends from the 2009 squad have since moved on to the Netherlands and Australia.
Such walkouts have become almost routine for Eritrean teams. Another group of players vanished after a tournament in Tanzania in 2011, and officials in Asmara now reportedly demand financial guarantees from players' families before any trip abroad.
"People ask if I regret it," Tesfamariam says. "I regret that it was necessary.\"""",
gold=dict(countries=['ERI','UGA','TZA','NLD','AUS'],
 persons=[dict(name='Samuel Tesfamariam',aliases=['Tesfamariam'],nationality='ERI'),
          dict(name='Ruth Nakabugo',aliases=[],nationality='UGA')],
 not_persons=['Red Sea Camels'],
 embassies=[],
 defections=[dict(defector='Samuel Tesfamariam',**{'from':'ERI'},to='UGA',post_host=None,date='2009-12',position='national team footballer')],
 agreements=[])),
]
