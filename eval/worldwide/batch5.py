ARTICLES = []
def A(id, title, published, source, text, gold):
    ARTICLES.append(dict(id=id, title=title, published=published, source=source, text=text, gold=gold))
F = "from"

A("world-040", "Bolivian senator's escape costs Brazil's foreign minister his job", "2013-08-27", "Brazilian newspaper, international edition",
"""BRASÍLIA — Brazil's foreign minister, Antonio Patriota, resigned on Monday after a junior diplomat drove a Bolivian opposition senator out of the Brazilian embassy in La Paz and across the border without the permission of either government.
Senator Roger Pinto Molina, who had spent 455 days confined to a small room in the embassy, arrived in the Brazilian border town of Corumbá on Saturday after a 22-hour journey in an embassy car escorted by Brazilian marines. Brazil had granted him asylum, but La Paz had refused to issue the safe-conduct pass that would have let him leave legally. He faces corruption charges at home, which he says are political retaliation for denouncing links between officials and drug traffickers.
The diplomat who organised the trip, chargé d'affaires Eduardo Saboia, said he had acted because the senator was depressed and talking of suicide. "I chose to protect a life," Saboia told a television interviewer. He has been recalled and faces an internal inquiry.
President Dilma Rousseff was said to be furious at not being informed. Within hours of Patriota's departure, she named a career diplomat, Luiz Alberto Figueiredo, to replace him.
In La Paz, President Evo Morales's government called the escape "a serious violation of international norms" and demanded that Brazil return the senator.""",
dict(countries=["BRA","BOL"],
 persons=[dict(name="Antonio Patriota", aliases=["Patriota"], nationality="BRA"),
          dict(name="Roger Pinto Molina", aliases=[], nationality="BOL"),
          dict(name="Eduardo Saboia", aliases=["Saboia"], nationality="BRA"),
          dict(name="Dilma Rousseff", aliases=[], nationality="BRA"),
          dict(name="Luiz Alberto Figueiredo", aliases=[], nationality="BRA"),
          dict(name="Evo Morales", aliases=[], nationality="BOL")],
 not_persons=[],
 embassies=[dict(sending="BRA", host="BOL", city="La Paz")],
 defections=[dict(defector="Roger Pinto Molina", **{F:"BOL"}, to="BRA", post_host=None, date="2013-08-24", position="opposition senator")],
 agreements=[]))

A("world-041", "Zimbabwe embassy counsellor asks Pretoria for refugee status", "2008-07-15", "South African weekly, news",
"""PRETORIA — A counsellor at the Zimbabwean embassy in Pretoria has applied for refugee status in South Africa, saying he was ordered to spy on Zimbabwean opposition supporters who fled here after the violence surrounding last month's presidential run-off.
Simbarashe Hope, 44, lodged his application at the Marabastad refugee reception office in the week before the June 27 vote, according to his lawyer, Pieter van der Merwe. Hope had worked at the mission for three years, most recently on consular matters.
"My client was asked to compile names. He refused, and then he was told to go home," Van der Merwe said. "You do not need to be a lawyer to understand what that meant."
The embassy described Hope as "a former employee who absconded" and said it would seek his return.
Robert Mugabe was sworn in for a sixth term after the run-off, in which he was the only candidate after Morgan Tsvangirai of the Movement for Democratic Change withdrew, citing attacks on his supporters. Hundreds of thousands of Zimbabweans have crossed into South Africa this year.
President Thabo Mbeki, the region's appointed mediator, has resisted calls for sanctions and is trying to bring the two sides to the table. Talks have not yet produced any document, officials in his office said.""",
dict(countries=["ZWE","ZAF"],
 persons=[dict(name="Simbarashe Hope", aliases=["Hope"], nationality="ZWE"),
          dict(name="Pieter van der Merwe", aliases=["Van der Merwe"]),
          dict(name="Robert Mugabe", aliases=[], nationality="ZWE"),
          dict(name="Morgan Tsvangirai", aliases=[], nationality="ZWE"),
          dict(name="Thabo Mbeki", aliases=[], nationality="ZAF")],
 not_persons=["Movement for Democratic Change"],
 embassies=[dict(sending="ZWE", host="ZAF", city="Pretoria")],
 defections=[dict(defector="Simbarashe Hope", **{F:"ZWE"}, to="ZAF", post_host="ZAF", date="2008-06", position="counsellor")],
 agreements=[]))

A("world-042", "Iranian trade official in Dubai seeks refuge in Canada", "2000-01-20", "Persian-language exile weekly (English section); by Roya Karimi-Nasab",
"""By Roya Karimi-Nasab
TORONTO — A senior Iranian trade official who was stationed in Dubai has applied for refugee status in Canada, telling friends he could no longer stomach the corruption he saw in the business dealings of the foundations that dominate Iran's foreign trade.
Gholam-Hossein Ashrafi, 45, was deputy head of the trade office at Iran's consulate-general in Dubai, where thousands of Iranian merchants re-export goods that cannot be shipped directly to the Islamic Republic. He flew to Toronto last October with his wife and daughter on visitor visas and made his claim at the airport, a family friend said.
Canadian immigration officials, as is their practice, would not comment.
Ashrafi's friends say he is no political dissident. He served the government loyally for two decades and admired President Mohammad Khatami's promises of reform. But in Dubai he was asked to approve deals he considered fraudulent and was threatened when he refused, they said.
"He told me, 'I can fight the Americans' sanctions, but I cannot fight our own people,'" said Mehdi Sanaei-Farahani, a businessman who knew him in Dubai.
The consulate-general in Dubai is Iran's busiest mission abroad, handling visas and trade licences for the large Iranian community in the United Arab Emirates. A spokesman in Tehran said Ashrafi had "retired" last year.""",
dict(countries=["IRN","ARE","CAN","USA"],
 persons=[dict(name="Roya Karimi-Nasab", aliases=[]),
          dict(name="Gholam-Hossein Ashrafi", aliases=["Ashrafi"], nationality="IRN"),
          dict(name="Mohammad Khatami", aliases=[], nationality="IRN"),
          dict(name="Mehdi Sanaei-Farahani", aliases=[])],
 not_persons=[],
 embassies=[dict(sending="IRN", host="ARE", city="Dubai")],
 defections=[dict(defector="Gholam-Hossein Ashrafi", **{F:"IRN"}, to="CAN", post_host="ARE", date="1999-10", position="deputy head of the trade office")],
 agreements=[]))

A("world-043", "Ousted Kyrgyz president turns up in Minsk", "2010-04-21", "Wire report",
"""MINSK — Kurmanbek Bakiyev, the Kyrgyz president driven from power in a bloody uprising this month, is in Belarus with his family, President Alexander Lukashenko said on Wednesday, adding that Bakiyev was "under the protection of our state."
Bakiyev flew out of Kyrgyzstan to neighbouring Kazakhstan last Thursday, after Kazakh President Nursultan Nazarbayev helped broker his departure with Russian and American backing. He arrived in Minsk on Tuesday, Lukashenko told parliament.
From Minsk, Bakiyev said he had not resigned and remained the legitimate president, retracting a resignation letter he had signed in Kazakhstan. The interim government in Bishkek, led by Roza Otunbayeva, said it would seek his extradition to face charges over the shooting of protesters.
The Kyrgyz embassy in Minsk said it took instructions only from the interim government.
Moscow was the first to recognise Otunbayeva's administration. Washington has been more cautious, mindful of the Manas transit centre, which supplies US forces in Afghanistan under a 2009 agreement with the Kyrgyz government that the interim authorities have said they will honour for now.""",
dict(countries=["KGZ","BLR","KAZ","RUS","USA","AFG"],
 persons=[dict(name="Kurmanbek Bakiyev", aliases=["Bakiyev"], nationality="KGZ"),
          dict(name="Alexander Lukashenko", aliases=["Lukashenko"], nationality="BLR"),
          dict(name="Nursultan Nazarbayev", aliases=[], nationality="KAZ"),
          dict(name="Roza Otunbayeva", aliases=["Otunbayeva"], nationality="KGZ")],
 not_persons=[],
 embassies=[dict(sending="KGZ", host="BLR", city="Minsk")],
 defections=[dict(defector="Kurmanbek Bakiyev", **{F:"KGZ"}, to="BLR", post_host=None, date="2010-04-15", position="ousted president")],
 agreements=[dict(name="2009 agreement on the Manas transit centre", aliases=[], parties=["USA","KGZ"], date="2009", status=None)]))

A("world-044", "Kuwait expels Philippine ambassador over maid rescues", "2018-04-26", "Manila broadsheet, world section",
"""MANILA — Kuwait ordered the Philippine ambassador, Renato Villa, to leave the country within a week on Wednesday, after videos circulated showing embassy staff helping Filipino domestic workers escape from their employers' homes.
Kuwait's deputy foreign minister, Khaled al-Jarallah, said the rescues were a "flagrant violation" of Kuwaiti sovereignty and diplomatic norms. Kuwait also recalled its own ambassador from Manila.
Foreign Secretary Alan Peter Cayetano apologised on Tuesday, saying the embassy's "rapid response teams" had acted in emergencies where workers' lives were in danger. He said the operations had been suspended.
President Rodrigo Duterte, who in February banned Filipinos from taking jobs in Kuwait after the body of a maid was found in a freezer, has not commented. About 260,000 Filipinos work in the Gulf state.
Negotiators had been close to finalising a memorandum of understanding on the protection of domestic workers before the row erupted. A Labor Department official said Thursday that talks had been "put on ice" and that no signing date had been set.""",
dict(countries=["PHL","KWT"],
 persons=[dict(name="Renato Villa", aliases=[], nationality="PHL"),
          dict(name="Khaled al-Jarallah", aliases=[], nationality="KWT"),
          dict(name="Alan Peter Cayetano", aliases=[], nationality="PHL"),
          dict(name="Rodrigo Duterte", aliases=[], nationality="PHL")],
 not_persons=[],
 embassies=[dict(sending="PHL", host="KWT", city="Kuwait City"), dict(sending="KWT", host="PHL", city="Manila")],
 defections=[], agreements=[]))

A("world-045", "North Korean diplomat from Ulaanbaatar mission reaches Seoul", "2026-01-20", "South Korean daily, North Korea desk",
"""A North Korean third secretary who had been stationed in Mongolia arrived in South Korea last month with his wife, the Unification Ministry confirmed on Tuesday, the first known defection by a North Korean diplomat this winter.
Kim Chol-ung, 38, worked at the embassy in Ulaanbaatar on trade and labour matters, officials said. Ministry spokeswoman Yoon Min-seo declined to say how the couple had travelled, citing "the safety of the people concerned and of those who helped them."
A Mongolian foreign ministry official, Batbayar Ganbold, said only that Ulaanbaatar "acts in accordance with international humanitarian principles" in such cases.
Kim's departure comes as Pyongyang draws its diplomats ever closer to Moscow. The treaty on comprehensive strategic partnership that North Korea and Russia signed in June 2024 has been in force since that December, and North Korean missions in Central Asia and Mongolia are now expected to coordinate closely with their Russian counterparts, former diplomats say.
"The pressure is greater than ever," said one defector who served in the region and now lives in Seoul. "Every posting is now about money and about Russia." """,
dict(countries=["PRK","KOR","MNG","RUS"],
 persons=[dict(name="Kim Chol-ung", aliases=["Kim"], nationality="PRK"),
          dict(name="Yoon Min-seo", aliases=[], nationality="KOR"),
          dict(name="Batbayar Ganbold", aliases=[], nationality="MNG")],
 not_persons=[],
 embassies=[dict(sending="PRK", host="MNG", city="Ulaanbaatar")],
 defections=[dict(defector="Kim Chol-ung", **{F:"PRK"}, to="KOR", post_host="MNG", date="2025-12", position="third secretary")],
 agreements=[dict(name="treaty on comprehensive strategic partnership", aliases=[], parties=["PRK","RUS"], date="2024-06", status="in_force")]))

A("world-046", "Kiev invokes 1994 guarantees as Crimea standoff hardens", "2014-03-05", "Wire analysis",
"""KIEV — Ukraine's new leaders appealed on Wednesday to the United States and Britain to honour the security assurances they gave in 1994, as Russian forces tightened their grip on Crimea and the president who fled the capital last month insisted from Russia that he was still in charge.
Under the Budapest Memorandum, signed by Ukraine, Russia, the United States and Britain when Kiev gave up the nuclear arsenal it inherited from the Soviet Union, the signatories pledged to respect Ukraine's borders and refrain from the threat of force.
"Russia signed this document. Now Russia is tearing it up in front of the whole world," said Prime Minister Arseniy Yatsenyuk.
Viktor Yanukovych abandoned Kiev on the night of Feb. 21 as protesters took control of the government quarter and resurfaced a week later in the southern Russian city of Rostov-on-Don, where he told reporters he had not been overthrown. President Vladimir Putin said on Tuesday that Yanukovych remained the legitimate head of state but had "no political future."
US Secretary of State John Kerry, visiting Kiev on Tuesday, offered $1 billion in loan guarantees.
Moscow says its troops in Crimea are operating within the 2010 Kharkiv accords, which extended the lease of the Black Sea Fleet's base at Sevastopol until 2042 in return for cheaper gas.""",
dict(countries=["UKR","RUS","USA","GBR","SUN"],
 persons=[dict(name="Arseniy Yatsenyuk", aliases=[], nationality="UKR"),
          dict(name="Viktor Yanukovych", aliases=["Yanukovych"], nationality="UKR"),
          dict(name="Vladimir Putin", aliases=[], nationality="RUS"),
          dict(name="John Kerry", aliases=[], nationality="USA")],
 not_persons=["Black Sea Fleet"],
 embassies=[],
 defections=[dict(defector="Viktor Yanukovych", **{F:"UKR"}, to="RUS", post_host=None, date="2014-02-21", position="president")],
 agreements=[dict(name="Budapest Memorandum", aliases=[], parties=["UKR","RUS","USA","GBR"], date="1994", status="signed"),
             dict(name="Kharkiv accords", aliases=["2010 Kharkiv accords"], parties=["UKR","RUS"], date="2010", status=None)]))

A("world-047", "Castillo's family lands in Mexico as Lima expels envoy", "2022-12-22", "Wire report",
"""LIMA — The wife and two children of Peru's ousted president, Pedro Castillo, flew to Mexico on Wednesday after Mexico granted them asylum, hours after Peru expelled the Mexican ambassador for what it called interference in its internal affairs.
Lilia Paredes, who had been sheltering in the Mexican embassy in Lima, left on a Mexican air force plane with her son and daughter. Ambassador Pablo Monroy travelled with them; Peru's foreign minister, Ana Cecilia Gervasi, had given him 72 hours to leave.
Castillo was arrested on Dec. 7 as he was being driven toward the Mexican embassy, shortly after trying to dissolve Congress. Mexican President Andrés Manuel López Obrador has said that Castillo telephoned him that day and asked for asylum, and Mexico has since refused to recognise Dina Boluarte, Castillo's former vice-president, as head of state.
Mexico says its decision is covered by the 1954 Caracas Convention on Diplomatic Asylum, to which both countries are parties. Peru said it had granted safe conduct to Paredes in line with that treaty but regarded Mexico's statements as "unacceptable."
Castillo remains in pre-trial detention, accused of rebellion and conspiracy.""",
dict(countries=["PER","MEX"],
 persons=[dict(name="Pedro Castillo", aliases=["Castillo"], nationality="PER"),
          dict(name="Lilia Paredes", aliases=["Paredes"], nationality="PER"),
          dict(name="Pablo Monroy", aliases=[], nationality="MEX"),
          dict(name="Ana Cecilia Gervasi", aliases=[], nationality="PER"),
          dict(name="Andrés Manuel López Obrador", aliases=[], nationality="MEX"),
          dict(name="Dina Boluarte", aliases=[], nationality="PER")],
 not_persons=[],
 embassies=[dict(sending="MEX", host="PER", city="Lima")],
 defections=[dict(defector="Pedro Castillo", **{F:"PER"}, to="MEX", post_host=None, date="2022-12-07", position="president"),
             dict(defector="Lilia Paredes", **{F:"PER"}, to="MEX", post_host=None, date="2022-12-21", position=None)],
 agreements=[dict(name="Caracas Convention on Diplomatic Asylum", aliases=["1954 Caracas Convention on Diplomatic Asylum"], parties=["MEX","PER"], date="1954", status="in_force")]))

A("world-048", "Nile dam talks end without deal as rains begin to fill reservoir", "2020-07-14", "Ethiopian English-language daily",
"""ADDIS ABABA — Eleven days of talks between Ethiopia, Egypt and Sudan on the Grand Ethiopian Renaissance Dam ended on Monday without agreement, as satellite images showed water rising behind the dam at the start of the rainy season.
Water Minister Seleshi Bekele said the three countries had narrowed their differences on technical questions but remained apart on whether any deal should be legally binding and how future disputes should be settled. "We will fill according to the natural process," he told reporters, adding that Ethiopia had "not closed any door."
Egypt's foreign minister, Sameh Shoukry, said Cairo would accept only "a binding agreement that protects the rights of downstream states." Sudan's irrigation minister, Yasir Abbas, said Khartoum wanted a deal "before a single cubic metre more is stored."
The African Union, which has mediated the talks since June, will convene a summit next week. Diplomats said a draft text on filling and operation rules was possible by the end of the year but that nothing had been initialled.
At the Ethiopian embassy in Cairo, ambassador Markos Tekle-Giorgis has held a series of meetings with Egyptian officials this month. A spokesman for the embassy, Hiwot Alemayehu, said relations remained "brotherly and frank." """,
dict(countries=["ETH","EGY","SDN"],
 persons=[dict(name="Seleshi Bekele", aliases=[], nationality="ETH"),
          dict(name="Sameh Shoukry", aliases=[], nationality="EGY"),
          dict(name="Yasir Abbas", aliases=[], nationality="SDN"),
          dict(name="Markos Tekle-Giorgis", aliases=[], nationality="ETH"),
          dict(name="Hiwot Alemayehu", aliases=[], nationality="ETH")],
 not_persons=["Grand Ethiopian Renaissance Dam"],
 embassies=[dict(sending="ETH", host="EGY", city="Cairo")],
 defections=[], agreements=[]))

A("world-049", "Saudi Arabia and Iran agree to restore ties in China-brokered deal", "2023-03-11", "Gulf-based wire service",
"""DUBAI — Saudi Arabia and Iran have agreed to restore diplomatic relations and reopen their embassies within two months, ending a seven-year rupture between the region's main rivals in a deal brokered by China.
The agreement was signed in Beijing on Friday by Iran's top security official, Ali Shamkhani, and Saudi national security adviser Musaad bin Mohammed al-Aiban, alongside China's senior diplomat Wang Yi, after four days of talks that had not been announced in advance. A joint statement issued by the three countries said Riyadh and Tehran would respect each other's sovereignty and refrain from interfering in each other's internal affairs.
The two sides also said they would implement a security cooperation agreement they concluded in 2001 and a 1998 accord on trade, economy and investment, both of which have been dormant for years.
Saudi Arabia cut ties with Iran in January 2016 after protesters stormed its embassy in Tehran and a consulate in Mashhad following the execution of the Shiite cleric Nimr al-Nimr.
Wang called the deal "a victory for dialogue." Analysts said the test would come in Yemen, where Riyadh has fought the Iran-aligned Houthi movement since 2015. The United States, which was not involved in the talks, said it welcomed any effort to end the war there.""",
dict(countries=["SAU","IRN","CHN","YEM","USA"],
 persons=[dict(name="Ali Shamkhani", aliases=[], nationality="IRN"),
          dict(name="Musaad bin Mohammed al-Aiban", aliases=[], nationality="SAU"),
          dict(name="Wang Yi", aliases=["Wang"], nationality="CHN"),
          dict(name="Nimr al-Nimr", aliases=[])],
 not_persons=["Houthi"],
 embassies=[dict(sending="SAU", host="IRN", city="Tehran"), dict(sending="SAU", host="IRN", city="Mashhad"), dict(sending="IRN", host="SAU")],
 defections=[],
 agreements=[dict(name="Beijing agreement", aliases=["joint statement"], parties=["SAU","IRN","CHN"], date="2023-03-10", status="signed"),
             dict(name="security cooperation agreement", aliases=[], parties=["SAU","IRN"], date="2001", status=None),
             dict(name="1998 accord on trade, economy and investment", aliases=[], parties=["SAU","IRN"], date="1998", status=None)]))
