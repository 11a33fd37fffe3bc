ARTS=[
dict(id='news-040', title='Nixon and Brezhnev sign arms accords in Kremlin', published='1972-05-27', source='Wire report',
text="""MOSCOW, May 26 -- President Nixon and Leonid I. Brezhnev, the Soviet Communist party leader, signed two agreements tonight that for the first time set limits on the strategic nuclear arsenals of the United States and the Soviet Union.
The documents, signed at a table in the ornate St. Vladimir Hall of the Great Kremlin Palace, are a treaty restricting each side to two sites for antiballistic missile defenses and a five-year interim agreement freezing the number of land-based and submarine-launched offensive missiles at roughly their present levels.
The two leaders exchanged pens and shook hands as officials of both governments applauded. "We have taken the first step," Mr. Nixon said later. Mr. Brezhnev called the accords "a great victory for the Soviet and American peoples."
The agreements are the product of two and a half years of Strategic Arms Limitation Talks, conducted alternately in Helsinki and Vienna. The American negotiator, Gerard C. Smith, flew in from Helsinki this afternoon with the final texts.
The antiballistic missile treaty requires ratification by the Senate. The interim agreement, as an executive agreement, does not, although the President has said he will submit it to both houses of Congress for approval.
Critics in Washington were already warning that the interim agreement leaves the Soviet Union with more missiles than the United States. Administration officials replied that American technological advantages, particularly in multiple warheads, more than compensate.""",
gold=dict(countries=['USA','SUN'],
 persons=[dict(name='Nixon',aliases=['President Nixon','Mr. Nixon'],nationality='USA'),dict(name='Leonid I. Brezhnev',aliases=['Mr. Brezhnev'],nationality='SUN'),
          dict(name='Gerard C. Smith',aliases=[],nationality='USA')],
 not_persons=['St. Vladimir Hall','Strategic Arms Limitation Talks'],
 embassies=[], defections=[],
 agreements=[dict(name='antiballistic missile treaty',aliases=['treaty restricting each side to two sites for antiballistic missile defenses'],parties=['USA','SUN'],date='1972-05-26',status='signed'),
             dict(name='interim agreement',aliases=[],parties=['USA','SUN'],date='1972-05-26',status='signed')])),

dict(id='news-041', title='Afghan envoy in Delhi breaks with Kabul, heads for America', published='1982-03-12', source='Analysis, South Asia correspondent',
text="""NEW DELHI -- For two years after Soviet troops entered Afghanistan, Ghulam Sakhi Habibi went on doing his job. As counsellor at the Afghan Embassy here he drafted cables, attended receptions, and defended the Babrak Karmal government to Indian officials who, by his own account, did not much want to hear about it.
On Tuesday he stopped. In a statement delivered to Western news agencies, Mr. Habibi, 47, announced that he had resigned "from the service of a regime installed by foreign tanks" and that he and his family had been granted asylum by the United States. American officials confirmed that the family had been issued travel documents and would leave India within days.
He is the most senior Afghan diplomat to defect since the invasion of December 1979, although diplomats say dozens of lower-ranking officials have quietly failed to return from postings abroad. A former Afghan ambassador to Japan resigned in 1980 and now lives in West Germany.
India's position has made the case awkward. New Delhi has refused to condemn the Soviet intervention outright and maintains close relations with Moscow, its main arms supplier. A Foreign Ministry spokesman said only that Mr. Habibi had "left his post" and that the matter was "between the individual and his government."
Mr. Habibi was recalled to Kabul in January, according to people who know him, and told friends that he feared arrest on his return. His brother, an army officer, was killed in fighting near Herat last year.
"He is not a romantic," said an Indian journalist who has known him for a decade. "He waited because he thought he could be useful inside the system. When they called him home, he knew the usefulness was over."
The Afghan Embassy said Mr. Habibi had been dismissed in January for "moral failings" and accused the United States of "kidnapping" him.
A career of two regimes
Mr. Habibi's career spans the old Afghanistan and the new. The son of a provincial judge from Ghazni, he studied law in Kabul and entered the foreign ministry in 1960, when King Zahir Shah still reigned and the diplomatic service was a preserve of a few well-connected families. His first posting abroad was to Cairo, where he spent four years as a junior secretary and, by his own account, learned Arabic and "how to say nothing in three languages."
He survived the overthrow of the monarchy in 1973 and the Communist coup of April 1978, in part, colleagues say, because he was regarded as a technician rather than a politician. He was sent to New Delhi in 1977 and stayed on through a succession of ambassadors.
Those who worked with him describe a careful, somewhat formal man who kept his views to himself. "At receptions he talked about cricket and poetry," said a European diplomat. "Never about Kabul. You learned to read what he did not say."
The embassy he leaves behind
The Afghan mission here is a shadow of what it was. Several of its staff are said to be Soviet-trained party loyalists, and Indian officials privately describe it as a listening post as much as an embassy. Relations between New Delhi and Kabul are correct but cool; India has continued small aid projects while declining to raise the level of its contacts.
For the Afghans who fill the refugee camps across the border in Pakistan -- now estimated at more than two million -- news of another defection is unlikely to change much. But in the small world of Afghan officialdom abroad, where every diplomat must weigh the safety of relatives at home against his own conscience, Mr. Habibi's departure will be closely studied.
"Every one of them has the same calculation to make," said the Indian journalist. "He has simply made his."
He is expected to settle, at least at first, with relatives in Virginia.""",
gold=dict(countries=['AFG','SUN','IND','USA','JPN','DEU','EGY','PAK'],
 persons=[dict(name='Ghulam Sakhi Habibi',aliases=['Mr. Habibi'],nationality='AFG'),dict(name='Babrak Karmal',aliases=[],nationality='AFG'),dict(name='Zahir Shah',aliases=['King Zahir Shah'],nationality='AFG')],
 not_persons=[],
 embassies=[dict(sending='AFG',host='IND',city='New Delhi'),dict(sending='AFG',host='JPN'),dict(sending='AFG',host='EGY',city='Cairo')],
 defections=[dict(defector='Ghulam Sakhi Habibi',**{'from':'AFG'},to='USA',post_host='IND',date='1982-03-09',position='counsellor at the Afghan Embassy')],
 agreements=[])),

dict(id='news-042', title='At Panmunjom, a handshake and the bullet holes of November', published='2018-05-14', source='Feature, Korea correspondent',
text="""PANMUNJOM, South Korea -- Two weeks ago the world watched Kim Jong-un step over a concrete kerb a few centimetres high and into South Korea, hand in hand with President Moon Jae-in. Six months ago, a few hundred metres away, a young North Korean soldier made the same crossing at a dead run, with his own comrades shooting at him.
The soldier, Staff Sergeant Oh Chol-su, drove a jeep towards the line last November, abandoned it when a wheel slipped into a ditch and sprinted for the southern side. He was hit five times. South Korean troops crawled out to drag him to safety, and surgeons in Suwon removed parasites and bullet fragments from his body in operations that were televised around the world. He has since told South Korean officials that he fled because he feared punishment for a crime, and that he wants to live in the South.
The bullet marks have been painted over, but soldiers on guard here still point out where the wall was chipped. "Everyone who works here thinks of both days," said Major Kwon Hyuk-jin, a South Korean officer who was on duty in November.
The Panmunjom Declaration that Mr. Moon and Mr. Kim signed on April 27 commits the two Koreas to "complete denuclearisation", to turning the demilitarised zone into a "peace zone" and to seeking, this year, an end to the state of war. It has already had small effects: loudspeakers that blared propaganda across the border for years have been dismantled on both sides.
The Korean War ended in 1953 not with a peace treaty but with an armistice signed by North Korean and Chinese commanders and by the United Nations Command, led by the United States. It remains in force. Any formal peace would require the involvement of Washington and Beijing.
Sceptics note that the two Koreas have signed grand documents before. Mr. Oh, now recovering in a secure location, has not commented on the summit.""",
gold=dict(countries=['PRK','KOR','CHN','USA'],
 persons=[dict(name='Kim Jong-un',aliases=['Mr. Kim'],nationality='PRK'),dict(name='Moon Jae-in',aliases=['Mr. Moon'],nationality='KOR'),
          dict(name='Oh Chol-su',aliases=['Mr. Oh','Staff Sergeant Oh Chol-su'],nationality='PRK'),dict(name='Kwon Hyuk-jin',aliases=['Major Kwon Hyuk-jin'],nationality='KOR')],
 not_persons=['United Nations Command'],
 embassies=[],
 defections=[dict(defector='Oh Chol-su',**{'from':'PRK'},to='KOR',post_host=None,date='2017-11',position='staff sergeant, North Korean army')],
 agreements=[dict(name='Panmunjom Declaration',aliases=[],parties=['KOR','PRK'],date='2018-04-27',status='signed'),
             dict(name='armistice',aliases=[],parties=['PRK','CHN'],date='1953',status='in_force')])),

dict(id='news-043', title='Ukraine, rebels sign ceasefire deal in Minsk', published='2014-09-06', source='Wire report',
text="""MINSK, Sept 5 -- Representatives of Ukraine, Russia and pro-Russian separatists signed a ceasefire agreement in the Belarusian capital on Friday, raising hopes of an end to five months of fighting in eastern Ukraine that has killed more than 2,600 people.
The 12-point protocol was signed by former Ukrainian president Leonid Kuchma, Russia's ambassador to Kiev, Mikhail Zurabov, and the Swiss diplomat Heidi Tagliavini on behalf of the Organization for Security and Co-operation in Europe, as well as by the rebel leaders Alexander Zakharchenko and Igor Plotnitsky. The truce took effect at 6 p.m. local time.
It provides for an exchange of prisoners, the withdrawal of "illegal armed groups" and heavy weapons, monitoring by the OSCE and a law granting a special status to parts of the Donetsk and Luhansk regions.
President Petro Poroshenko said he had ordered his forces to cease fire and called the deal a chance "that must be used to the maximum". Russian President Vladimir Putin said he hoped the sides would "implement all the agreements".
Residents of Donetsk reported sporadic shelling shortly after the deadline passed. Western governments said they would judge Moscow by its actions and pressed ahead with preparations for new sanctions.""",
gold=dict(countries=['UKR','RUS','CHE'],
 persons=[dict(name='Leonid Kuchma',aliases=[],nationality='UKR'),dict(name='Mikhail Zurabov',aliases=[],nationality='RUS'),
          dict(name='Heidi Tagliavini',aliases=[],nationality='CHE'),dict(name='Alexander Zakharchenko',aliases=[]),
          dict(name='Igor Plotnitsky',aliases=[]),dict(name='Petro Poroshenko',aliases=[],nationality='UKR'),
          dict(name='Vladimir Putin',aliases=[],nationality='RUS')],
 not_persons=['Organization for Security and Co-operation in Europe','OSCE'],
 embassies=[dict(sending='RUS',host='UKR',city='Kiev')],
 defections=[],
 agreements=[dict(name='ceasefire agreement',aliases=['12-point protocol'],parties=['UKR','RUS'],date='2014-09-05',status='signed')])),

dict(id='news-044', title='Stranded abroad: the diplomats keeping consulates open through lockdown', published='2020-04-16', source='Feature, world desk',
text="""When the last scheduled flight out of Lima was cancelled in March, the consular section of New Zealand's embassy there had four staff, two laptops that worked reliably, and some 1,500 New Zealanders scattered across Peru asking how to get home.
"We slept at the office for the first week," said Hannah Whitford, the deputy head of mission, speaking by video link from a desk stacked with passport forms. "Then we discovered that the cleaner's cupboard had a kettle, and morale improved enormously."
Across the world, embassies that normally spend their days on trade promotion and cultural evenings have turned into emergency travel agencies. Germany says it has brought home more than 200,000 citizens since the crisis began. Britain has chartered dozens of flights, from Ghana to the Philippines. Smaller countries with thinner networks have had to rely on neighbours: Estonian citizens stranded in South America have come home on Finnish and Latvian seats.
Some missions have simply shut. Several countries have temporarily closed embassies in capitals where staff could not be protected or supplied, and many have sent home diplomats' families.
For those still working, the hours are long and the problems small and endless: a pensioner whose medication is running out in a hotel in Cusco, a student whose visa has expired in Kathmandu, a couple who insist on bringing their dog.
"Nobody becomes a diplomat for this," said Whitford. "But I suspect it is the part of the job people will remember us for.\"""",
gold=dict(countries=['NZL','PER','DEU','GBR','GHA','PHL','EST','FIN','LVA'],
 persons=[dict(name='Hannah Whitford',aliases=['Whitford'],nationality='NZL')],
 not_persons=[],
 embassies=[dict(sending='NZL',host='PER',city='Lima')],
 defections=[], agreements=[])),

dict(id='news-045', title='Britain and China sign Hong Kong accord', published='1984-12-20', source='Wire report',
text="""PEKING, Dec. 19 -- Prime Minister Margaret Thatcher and Premier Zhao Ziyang today signed an agreement under which Britain will hand Hong Kong back to China in 1997, ending more than a century and a half of British rule over the colony.
The Joint Declaration was signed in the Great Hall of the People in the presence of Deng Xiaoping, China's senior leader, who told Mrs. Thatcher that the agreement would "go down in history." It guarantees that Hong Kong will keep its capitalist system and way of life for 50 years after the transfer, under the formula Mr. Deng has called "one country, two systems."
The agreement will take effect once instruments of ratification are exchanged, which officials expect next year. A Sino-British Joint Liaison Group will be set up to oversee the transition.
Britain acquired Hong Kong Island under the Treaty of Nanking in 1842 and Kowloon in 1860. Most of the territory, however, is held under a 99-year lease of the New Territories signed in 1898, which expires on June 30, 1997; British officials concluded that the ceded areas could not survive on their own once the lease ran out.
In Hong Kong, reaction was muted. "People are relieved there is an agreement. They are not necessarily happy about what is in it," said Edward Leung Kwok-wai, a member of the colony's Legislative Council.
Mrs. Thatcher flies to Hong Kong tomorrow before continuing to Washington.""",
gold=dict(countries=['GBR','CHN'],
 persons=[dict(name='Margaret Thatcher',aliases=['Mrs. Thatcher'],nationality='GBR'),dict(name='Zhao Ziyang',aliases=[],nationality='CHN'),
          dict(name='Deng Xiaoping',aliases=['Mr. Deng'],nationality='CHN'),dict(name='Edward Leung Kwok-wai',aliases=[])],
 not_persons=['Great Hall of the People','Joint Liaison Group'],
 embassies=[], defections=[],
 agreements=[dict(name='Joint Declaration',aliases=[],parties=['GBR','CHN'],date='1984-12-19',status='signed'),
             dict(name='Treaty of Nanking',aliases=[],parties=['GBR','CHN'],date='1842',status=None),
             dict(name='99-year lease of the New Territories',aliases=[],parties=['GBR','CHN'],date='1898',status='in_force')])),

dict(id='news-046', title='Explainer: Why Europe\'s eastern flank is leaving the landmine ban', published='2025-06-28', source='Explainer, security desk',
text="""Latvia and Lithuania this week formally notified the United Nations that they are withdrawing from the Ottawa Convention, the 1997 treaty banning anti-personnel landmines. Estonia, Poland and Finland have announced that they will follow. What is going on?
What is the Ottawa Convention?
Opened for signature in Ottawa in December 1997, the convention bans the use, stockpiling, production and transfer of anti-personnel mines and obliges its members to clear mined areas and destroy stocks. More than 160 states have joined. Russia, the United States and China never did.
Why are they leaving?
All five governments cite the threat from Russia. Their defence ministries argue that mines are a cheap and effective way to slow an armoured advance across the flat terrain of their eastern borders, and that it makes no sense to renounce a weapon that a potential adversary uses freely. "We cannot fight with one hand tied," said Lithuania's deputy defence minister, Tomas Jankauskas.
When does it take effect?
Withdrawal becomes effective six months after notification. Until then the countries remain bound by the treaty's obligations.
What do critics say?
Humanitarian groups say mines kill and maim civilians for decades after conflicts end, and that the withdrawals damage one of the most successful disarmament treaties. The Red Cross called the moves "a dangerous step backwards". Ukraine, which has suffered heavily from Russian mines, has been cited by both sides of the argument.
Will the treaty survive?
Most members have said they will remain, and no other government has announced plans to leave.""",
gold=dict(countries=['LVA','LTU','EST','POL','FIN','RUS','USA','CHN','UKR'],
 persons=[dict(name='Tomas Jankauskas',aliases=[],nationality='LTU')],
 not_persons=['Red Cross'],
 embassies=[], defections=[],
 agreements=[dict(name='Ottawa Convention',aliases=[],parties=['LVA','LTU','EST','POL','FIN'],date='1997-12',status='withdrawn')])),

dict(id='news-047', title="Peking's man in The Hague flies to America", published='1969-02-06', source='Wire report',
text="""THE HAGUE, Feb. 6 -- The Chinese Communist charge d'affaires in the Netherlands, who disappeared from his legation two weeks ago, has been flown to the United States at his own request, the Dutch Foreign Ministry said today.
Gao Minglun, 41, the senior Chinese diplomat in the Netherlands, slipped out of the legation building on a Friday evening last month and turned to the Dutch police for protection. Officials said he had been questioned by Dutch authorities and then, on Monday, handed over to American officials, who put him on a military aircraft from an air base near Amsterdam.
The State Department in Washington confirmed that Mr. Gao was in the United States and said he had asked for political asylum.
The Chinese legation, whose staff have seldom left the building since a violent incident with Dutch police in 1966, accused the Netherlands of "a gross violation of international law" and demanded his return. Red Guard posters outside the Dutch legation in Peking denounced "the Dutch imperialists" yesterday.
Mr. Gao is the most senior Chinese Communist official to defect since the start of the Cultural Revolution. Western diplomats said he may have feared being recalled to face political persecution.""",
gold=dict(countries=['CHN','NLD','USA'],
 persons=[dict(name='Gao Minglun',aliases=['Mr. Gao'],nationality='CHN')],
 not_persons=['Red Guard','Cultural Revolution'],
 embassies=[dict(sending='CHN',host='NLD',city='The Hague'),dict(sending='NLD',host='CHN',city='Peking')],
 defections=[dict(defector='Gao Minglun',**{'from':'CHN'},to='USA',post_host='NLD',date='1969-01',position="charge d'affaires")],
 agreements=[])),

dict(id='news-048', title='Shastri dies in Tashkent hours after signing peace pact with Ayub', published='1966-01-11', source='Wire report',
text="""TASHKENT, Jan. 11 -- Prime Minister Lal Bahadur Shastri of India died of a heart attack early today, only hours after signing an agreement with President Mohammad Ayub Khan of Pakistan to withdraw their armies to positions held before last year's war over Kashmir.
Mr. Shastri, 61, was stricken at his villa at about 1:30 A.M. Soviet doctors were unable to revive him. Premier Aleksei N. Kosygin, who had brought the two leaders together for a week of talks in this Soviet Central Asian city, went to the villa at once and later helped carry the coffin to the airport.
The Tashkent Declaration, signed yesterday afternoon, commits India and Pakistan to pull back their forces by Feb. 25, to restore diplomatic relations, return prisoners of war and settle disputes "through peaceful means." It does not settle the Kashmir question itself.
Mr. Kosygin called the declaration "a great success of the peoples of India and Pakistan." It was the first time the Soviet Union had played the role of peacemaker between two non-Communist countries.
In New Delhi, the government announced 12 days of official mourning. Gulzarilal Nanda was sworn in as acting Prime Minister.""",
gold=dict(countries=['IND','PAK','SUN'],
 persons=[dict(name='Lal Bahadur Shastri',aliases=['Mr. Shastri'],nationality='IND'),dict(name='Mohammad Ayub Khan',aliases=[],nationality='PAK'),
          dict(name='Aleksei N. Kosygin',aliases=['Mr. Kosygin'],nationality='SUN'),dict(name='Gulzarilal Nanda',aliases=[],nationality='IND')],
 not_persons=[],
 embassies=[], defections=[],
 agreements=[dict(name='Tashkent Declaration',aliases=[],parties=['IND','PAK'],date='1966-01-10',status='signed')])),

dict(id='news-049', title='Norway reopens embassy in Damascus after 13 years', published='2026-02-10', source='Wire brief',
text="""OSLO, Feb 10 -- Norway has reopened its embassy in Damascus, the foreign ministry said on Tuesday, thirteen years after withdrawing its diplomats from Syria at the height of the civil war.
A small team led by charge d'affaires Ingrid Solheim resumed work at the embassy building, which had been maintained by local staff during the closure. A full ambassador will be appointed later, the ministry said.
"Syria's recovery requires a presence on the ground," Solheim said in a statement. Norwegian humanitarian assistance to Syria had been managed from the embassy in Beirut during the closure.
Several European countries, including Italy and Germany, have restored diplomatic presences in Damascus over the past year. Syria's foreign minister welcomed the move and said Damascus hoped to reopen its own mission in Oslo "in the near future.\"""",
gold=dict(countries=['NOR','SYR','LBN','ITA','DEU'],
 persons=[dict(name='Ingrid Solheim',aliases=['Solheim'],nationality='NOR')],
 not_persons=[],
 embassies=[dict(sending='NOR',host='SYR',city='Damascus'),dict(sending='NOR',host='LBN',city='Beirut'),
            dict(sending='ITA',host='SYR',city='Damascus'),dict(sending='DEU',host='SYR',city='Damascus'),dict(sending='SYR',host='NOR',city='Oslo')],
 defections=[], agreements=[])),
]
