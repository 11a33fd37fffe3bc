ARTICLES = []
def A(id, title, published, source, text, gold):
    ARTICLES.append(dict(id=id, title=title, published=published, source=source, text=text, gold=gold))
F = "from"

A("world-010", "Chinese consular official's asylum bid tests Canberra", "2005-06-08", "Australian broadsheet, national affairs",
"""The Federal Government is under growing pressure to explain its handling of Chen Yonglin, the Chinese consular official who walked out of his country's consulate-general in Sydney on May 26 and asked for political asylum.
Mr Chen, 37, a first secretary responsible for political affairs, says he spent four years monitoring Falun Gong practitioners and pro-democracy activists in Australia on behalf of Beijing. He left the consulate with his wife and six-year-old daughter and went into hiding after, he says, an official from the Department of Foreign Affairs and Trade told him his request for political asylum was unlikely to succeed and informed the consulate of his whereabouts.
The Foreign Minister, Alexander Downer, yesterday rejected that account. "Nobody in my department has told the Chinese anything they did not already know," he said. "This is an application that will be dealt with on its merits, like any other."
The case took a further turn this week when a second Chinese defector, Hao Fengjun, a former officer of a security bureau in Tianjin who fled to Australia in February, came forward to support Mr Chen's claim that Chinese intelligence operates a large network in this country.
The Chinese embassy in Canberra has said Mr Chen faced no danger if he returned, and accused him of making up stories "to stay in Australia".
Relations between the two countries, built on the 1972 joint communique that established diplomatic ties, have rarely been warmer, with iron ore exports booming and talks on a free-trade agreement about to begin. Critics say that is precisely why the government would prefer the Chen affair to go away quietly.""",
dict(countries=["CHN","AUS"],
 persons=[dict(name="Chen Yonglin", aliases=["Chen"], nationality="CHN"),
          dict(name="Alexander Downer", aliases=[], nationality="AUS"),
          dict(name="Hao Fengjun", aliases=[], nationality="CHN")],
 not_persons=["Falun Gong"],
 embassies=[dict(sending="CHN", host="AUS", city="Sydney"), dict(sending="CHN", host="AUS", city="Canberra")],
 defections=[dict(defector="Chen Yonglin", **{F:"CHN"}, to="AUS", post_host="AUS", date="2005-05-26", position="first secretary for political affairs, consulate-general in Sydney"),
             dict(defector="Hao Fengjun", **{F:"CHN"}, to="AUS", post_host=None, date="2005-02", position="former security officer")],
 agreements=[dict(name="1972 joint communique", aliases=[], parties=["AUS","CHN"], date="1972", status=None)]))

A("world-011", "Libyan envoys abandon Qaddafi as crackdown widens", "2011-02-23", "Wire report",
"""GENEVA/ROME — Libya's diplomatic corps continued to splinter on Wednesday as envoys in Europe and Asia disowned Muammar el-Qaddafi over the killing of protesters, while two air force pilots who had landed their Mirage jets in Malta on Monday asked for asylum there.
In Geneva, Mustafa bin Ali al-Mabrouk, a first secretary at Libya's mission to the United Nations, told a hastily arranged news conference outside the Palais des Nations on Monday that he had defected "to stand with my people." He said the rest of the mission's staff would follow him. Swiss officials said they had received no request from him for protection.
A day later in Rome, Colonel Fathi Ramadan Juma, the military attaché at the Libyan embassy, told Italian television that he "no longer served" the Libyan leader and had handed his embassy car keys to the Italian foreign ministry. Italian officials said he remained in the country.
The defections add to a growing list. The justice minister resigned on Monday, and several Libyan ambassadors elsewhere have publicly broken with the government.
Italy, Libya's former colonial ruler and its largest trading partner, has been cautious. Officials said the 2008 friendship treaty signed in Benghazi by Rome and Tripoli, under which Italy pays reparations and Libya polices migrant departures, could be suspended if the violence continued, though no decision had been made.
Qaddafi, in a rambling televised speech on Tuesday night, vowed to fight "to the last drop of my blood." """,
dict(countries=["LBY","MLT","CHE","ITA"],
 persons=[dict(name="Muammar el-Qaddafi", aliases=["Qaddafi"], nationality="LBY"),
          dict(name="Mustafa bin Ali al-Mabrouk", aliases=[], nationality="LBY"),
          dict(name="Fathi Ramadan Juma", aliases=[], nationality="LBY")],
 not_persons=[],
 embassies=[dict(sending="LBY", host="CHE", city="Geneva"), dict(sending="LBY", host="ITA", city="Rome")],
 defections=[dict(defector="Mustafa bin Ali al-Mabrouk", **{F:"LBY"}, to=None, post_host="CHE", date="2011-02-21", position="first secretary at the mission to the United Nations"),
             dict(defector="Fathi Ramadan Juma", **{F:"LBY"}, to=None, post_host="ITA", date="2011-02-22", position="military attaché")],
 agreements=[dict(name="2008 friendship treaty", aliases=[], parties=["ITA","LBY"], date="2008", status="signed")]))

A("world-012", "Turkmenistan's envoys: the long road out", "2004-03-10", "Analysis, regional reporting network",
"""For a country that sends few people abroad, Turkmenistan loses a remarkable number of them.
The latest is Gurbanmyrat Orazov, until January the deputy head of the Turkmen trade mission in Istanbul. Orazov, 48, flew to Stockholm on a tourist visa in the second week of January and promptly applied for asylum, according to exiled opposition activists in Sweden who are in contact with him. Swedish migration officials do not comment on individual cases.
Orazov's job in Istanbul was to sell Turkmen cotton and textiles to Turkish buyers. Friends say he was summoned to Ashgabat in December after a shortfall in hard-currency receipts and understood what that meant. Since the November 2002 attack on President Saparmurat Niyazov's motorcade, dozens of officials have been jailed, among them diplomats accused of sympathising with the opposition.
The most prominent of them, Boris Shikhmuradov, a former foreign minister who broke with Niyazov and went into exile in 2001, returned secretly to the country and was arrested after the attack. He has not been seen in public since his televised confession.
Orazov is not in that league. But people who know him say that is precisely why his case matters. He was a mid-ranking technocrat, the kind of official on whom the Turkmen state relies to keep cotton flowing and invoices paid, and he had never shown the slightest interest in politics. "He used to joke that the only party he belonged to was the one at the end of the month, when the salaries came," said a former colleague who now lives in Moscow and asked that his name not be used.
What changed, the colleague said, was the atmosphere after 2002. Diplomats were ordered to report on one another. Relatives at home were questioned when an official abroad was late returning calls. Passports of family members were confiscated as a matter of routine before anyone was allowed to take up a foreign posting, a practice that human rights groups say continues.
Orazov's wife and two sons were allowed to join him in Istanbul only last summer, after years of separation. When the summons from Ashgabat came in December, the colleague said, the family had been together for less than six months. "He did the arithmetic," he said. "If he went home, he might never see them again. If he stayed, at least they would be together."
Each departure shrinks a foreign service that is already small. Turkmenistan has embassies in fewer than two dozen countries. The one that matters most, diplomats say, is in Moscow: last April Niyazov signed a 25-year gas supply agreement with Russia that ties the bulk of Turkmen exports to Gazprom pipelines.
"When your entire economy depends on one deal, you cannot afford too many people who know how the money moves," said a Western diplomat in Ashgabat. "Every person who leaves is a problem." """,
dict(countries=["TKM","TUR","SWE","RUS"],
 persons=[dict(name="Gurbanmyrat Orazov", aliases=["Orazov"], nationality="TKM"),
          dict(name="Saparmurat Niyazov", aliases=["Niyazov"], nationality="TKM"),
          dict(name="Boris Shikhmuradov", aliases=[], nationality="TKM")],
 not_persons=[],
 embassies=[dict(sending="TKM", host="TUR", city="Istanbul"), dict(sending="TKM", host="RUS", city="Moscow")],
 defections=[dict(defector="Gurbanmyrat Orazov", **{F:"TKM"}, to="SWE", post_host="TUR", date="2004-01", position="deputy head of the trade mission"),
             dict(defector="Boris Shikhmuradov", **{F:"TKM"}, to=None, post_host=None, date="2001", position="former foreign minister")],
 agreements=[dict(name="25-year gas supply agreement", aliases=[], parties=["TKM","RUS"], date="2003-04", status="signed")]))

A("world-013", "India expels Pakistani high commission staffer over spying charge", "2016-10-28", "Indian daily, national edition",
"""NEW DELHI: India on Thursday declared a staff member of the Pakistan High Commission persona non grata and gave him 48 hours to leave the country, after Delhi Police said they had caught him receiving defence documents near the zoo.
The official, Shahid Iqbal Malik, an assistant in the visa section, was detained briefly and released because of his diplomatic immunity. Police said two men from Rajasthan who allegedly supplied the documents had been arrested.
The ministry of external affairs summoned the Pakistani high commissioner, Abdul Basit, to lodge a protest. Its spokesman, Vikas Swarup, said the staffer's activities were "incompatible with his status".
Islamabad rejected the charge as "false and unsubstantiated" and, within hours, ordered a staff member of the Indian High Commission in Islamabad, Surjeet Singh, to leave, accusing him of activities against Pakistan.
Tit-for-tat expulsions are an old ritual between the neighbours, but they come at a moment of unusual tension after last month's attack on an army camp in Uri and India's subsequent cross-border strikes. Officials on both sides said routine talks had been put on hold and no meetings were scheduled.""",
dict(countries=["IND","PAK"],
 persons=[dict(name="Shahid Iqbal Malik", aliases=[], nationality="PAK"),
          dict(name="Abdul Basit", aliases=[], nationality="PAK"),
          dict(name="Vikas Swarup", aliases=[], nationality="IND"),
          dict(name="Surjeet Singh", aliases=[], nationality="IND")],
 not_persons=[],
 embassies=[dict(sending="PAK", host="IND", city="New Delhi"), dict(sending="IND", host="PAK", city="Islamabad")],
 defections=[], agreements=[]))

A("world-014", "Top North Korean Ideologue Seeks Asylum at South's Embassy in Beijing", "1997-02-13", "Wire report",
"""BEIJING, Feb. 13 — Hwang Jang-yop, the architect of North Korea's official ideology and the most senior official ever to defect from the Communist state, remained inside the South Korean Embassy here today, a day after he and an aide walked in and asked to be taken to Seoul.
Mr. Hwang, 73, a secretary of the ruling Workers' Party, had been returning from a seminar in Tokyo. He left his North Korean minders during a shopping trip on Wednesday morning and, with his aide Kim Duk-hong, took a taxi to the consular section of the embassy, South Korean officials said.
Chinese police in armored vehicles surrounded the compound by nightfall. North Korea's official news agency said Mr. Hwang had been "kidnapped" and warned of retaliation; later, diplomats said, Pyongyang's tone softened, suggesting the North might accept his departure if it were handled quietly.
China, which maintains close ties with both Koreas, said it was "studying the matter." Its decision is delicate: Beijing has long returned ordinary North Korean border crossers but has not previously had to deal with a defector of this rank.
Defections by North Korean officials have risen as the country's economy has collapsed. In 1991, Ko Young-hwan, a first secretary at the North Korean embassy in Brazzaville, Congo, fled to the South, and several trade officials have followed since.
Relations between Seoul and Pyongyang have been frozen for most of the decade, despite the Basic Agreement on reconciliation the two signed in December 1991, which took effect two months later.""",
dict(countries=["PRK","KOR","CHN","COG"],
 persons=[dict(name="Hwang Jang-yop", aliases=["Hwang"], nationality="PRK"),
          dict(name="Kim Duk-hong", aliases=[], nationality="PRK"),
          dict(name="Ko Young-hwan", aliases=[], nationality="PRK")],
 not_persons=[],
 embassies=[dict(sending="KOR", host="CHN", city="Beijing"), dict(sending="PRK", host="COG", city="Brazzaville")],
 defections=[dict(defector="Hwang Jang-yop", **{F:"PRK"}, to="KOR", post_host=None, date="1997-02-12", position="secretary of the Workers' Party"),
             dict(defector="Kim Duk-hong", **{F:"PRK"}, to="KOR", post_host=None, date="1997-02-12", position="aide"),
             dict(defector="Ko Young-hwan", **{F:"PRK"}, to="KOR", post_host="COG", date="1991", position="first secretary")],
 agreements=[dict(name="Basic Agreement", aliases=["Basic Agreement on reconciliation"], parties=["KOR","PRK"], date="1991-12", status="in_force")]))

A("world-015", "Syrian chargé in Bucharest defects, flies to Doha", "2012-08-02", "Gulf daily, international page",
"""DOHA — The chargé d'affaires at the Syrian embassy in Romania arrived in Qatar on Thursday, hours after announcing in a video posted online that he had defected from the government of President Bashar al-Assad.
Bassam Khaled al-Droubi, a career diplomat who has run the mission in Bucharest since the ambassador was withdrawn last year, read a statement in front of the flag of the Syrian revolution. "I cannot represent a regime that shells its own cities," he said.
He is the latest in a series of senior Syrian officials to abandon the government in recent weeks. Last month Nawaf al-Fares, the ambassador to Iraq and a former governor, announced his defection, becoming the first Syrian ambassador to do so.
Qatar, which has been among the most vocal supporters of the uprising, has received several defectors, though Qatari officials rarely comment publicly. A Syrian opposition figure in Doha, Riad bin Hassan al-Shami, said al-Droubi had been "preparing this for months" and had moved his family out of Romania first.
The Syrian foreign ministry said al-Droubi had been dismissed for "failing in his duties." Romanian officials said they had not been informed of his departure.""",
dict(countries=["SYR","ROU","QAT","IRQ"],
 persons=[dict(name="Bassam Khaled al-Droubi", aliases=["al-Droubi"], nationality="SYR"),
          dict(name="Bashar al-Assad", aliases=[], nationality="SYR"),
          dict(name="Nawaf al-Fares", aliases=[], nationality="SYR"),
          dict(name="Riad bin Hassan al-Shami", aliases=[], nationality="SYR")],
 not_persons=[],
 embassies=[dict(sending="SYR", host="ROU", city="Bucharest"), dict(sending="SYR", host="IRQ")],
 defections=[dict(defector="Bassam Khaled al-Droubi", **{F:"SYR"}, to="QAT", post_host="ROU", date="2012-08-02", position="chargé d'affaires"),
             dict(defector="Nawaf al-Fares", **{F:"SYR"}, to=None, post_host="IRQ", date="2012-07", position="ambassador")],
 agreements=[]))

A("world-016", "Bissau consul in Lisbon asks for asylum as fighting rages", "1998-07-30", "Portuguese newspaper, English digest",
"""LISBON — Guinea-Bissau's consul in Lisbon has asked the Portuguese government for political asylum, saying he fears for his life if he returns to a country split by seven weeks of fighting between President João Bernardo Vieira and rebellious army units.
Armando Mendes de Pina, 55, submitted his request last week, a foreign ministry source confirmed. He is known to have publicly criticised the decision to bring Senegalese and Guinean troops into the country to prop up the president, a position that put him at odds with his own embassy.
"He was told by telephone that his name was on a list," said a relative, Fátima de Pina Gomes, at the family's flat in Amadora, on the outskirts of the capital, where a large Bissau-Guinean community lives.
The rebellion, led by the sacked army chief, Brigadier Ansumane Mané, has driven more than 200,000 people from the capital. A ceasefire was agreed last weekend after mediation by Portuguese-speaking countries, though both sides accuse each other of violations.
Portugal has evacuated thousands of its nationals by sea. Lisbon, Bissau's former colonial ruler, signed a cooperation accord with the Vieira government in 1994 covering education and health, and has said the aid it funds will resume once the guns fall silent.""",
dict(countries=["GNB","PRT","SEN","GIN"],
 persons=[dict(name="João Bernardo Vieira", aliases=["Vieira"], nationality="GNB"),
          dict(name="Armando Mendes de Pina", aliases=[], nationality="GNB"),
          dict(name="Fátima de Pina Gomes", aliases=[]),
          dict(name="Ansumane Mané", aliases=[], nationality="GNB")],
 not_persons=[],
 embassies=[dict(sending="GNB", host="PRT", city="Lisbon")],
 defections=[dict(defector="Armando Mendes de Pina", **{F:"GNB"}, to="PRT", post_host="PRT", date="1998-07", position="consul")],
 agreements=[dict(name="cooperation accord", aliases=[], parties=["PRT","GNB"], date="1994", status="signed")]))

A("world-017", "Russian military attaché's aide seeks asylum in Austria", "2023-03-14", "Central European news service",
"""VIENNA — An officer attached to the Russian military attaché's office in Bratislava has applied for asylum in Austria, the interior ministry in Vienna said on Tuesday, in a rare case of a serving Russian military diplomat breaking away since the invasion of Ukraine.
Lieutenant Colonel Artyom Belov, who was accredited as assistant military attaché in Slovakia, drove across the border at Kittsee in late February and presented himself to police, the ministry said. A spokesman said the application was "being processed according to the law" and gave no further details.
The Russian embassy in Bratislava said in a statement that Belov had been "dismissed for absence without leave" and demanded that Austria hand him over. Slovakia, which expelled three Russian diplomats for espionage last year, said it had "taken note".
Austria, which has remained militarily neutral, is home to one of Russia's largest diplomatic presences in Europe, and security officials say it has long been a hub for intelligence gathering.
The case comes as Moscow weighs whether to extend the Black Sea grain deal, signed last July by Russia and Ukraine with Turkey and the United Nations, which remains in force until the end of the week. Russia has said it would agree to a shorter extension only.""",
dict(countries=["RUS","SVK","AUT","UKR","TUR"],
 persons=[dict(name="Artyom Belov", aliases=["Belov"], nationality="RUS")],
 not_persons=[],
 embassies=[dict(sending="RUS", host="SVK", city="Bratislava")],
 defections=[dict(defector="Artyom Belov", **{F:"RUS"}, to="AUT", post_host="SVK", date="2023-02", position="assistant military attaché")],
 agreements=[dict(name="Black Sea grain deal", aliases=[], parties=["RUS","UKR","TUR"], date="2022-07", status="in_force")]))

A("world-018", "Nigeria protests demolition at its Accra mission", "2020-06-22", "Nigerian daily, foreign news",
"""Nigeria on Monday lodged a formal protest with Ghana after bulldozers demolished a building on the premises of the Nigerian High Commission in Accra, the second attack on the mission's property in a year.
The Minister of Foreign Affairs, Geoffrey Onyeama, said men accompanied by armed persons had entered the compound on Friday night and brought down a structure that was being built to house staff. "This is totally unacceptable," he said, adding that he had summoned Ghana's acting high commissioner in Abuja.
Officials at the mission said the consular section, where Chinedu Price and two colleagues issue travel documents, had been closed since the weekend. No staff were hurt.
Ghana's foreign minister, Shirley Ayorkor Botchwey, condemned the demolition, apologised and said a suspect had been arrested. Accra said the land dispute behind the incident dated back years.
The episode follows a string of grievances between the two West African neighbours, including the closure of Nigerian-owned shops in Accra and a row over fees for foreign traders. Diplomats said relations remained "brotherly" but strained.""",
dict(countries=["NGA","GHA"],
 persons=[dict(name="Geoffrey Onyeama", aliases=[], nationality="NGA"),
          dict(name="Chinedu Price", aliases=[], nationality="NGA"),
          dict(name="Shirley Ayorkor Botchwey", aliases=[], nationality="GHA")],
 not_persons=[],
 embassies=[dict(sending="NGA", host="GHA", city="Accra"), dict(sending="GHA", host="NGA", city="Abuja")],
 defections=[], agreements=[]))

A("world-019", "Cambodian diplomat in Paris seeks asylum after Phnom Penh fighting", "1997-07-16", "Wire report",
"""PARIS, July 16 — A counselor at the Cambodian Embassy in Paris has asked France for political asylum, saying he refuses to serve the "coup government" of Second Prime Minister Hun Sen after last week's fighting in Phnom Penh.
Ung Sophal, 49, a royalist appointed under the power-sharing arrangement that followed the 1993 elections, submitted his request to the French refugee office on Monday, his wife said. He has since stopped going to the embassy on the Avenue Montaigne.
Mr. Sophal was a close associate of Prince Norodom Ranariddh, the First Prime Minister, who was ousted in the fighting and has been travelling abroad to seek support. Several other royalist officials have reportedly left Cambodia for Thailand, but he is the first diplomat known to have sought asylum.
The Cambodian Embassy in Paris said it had no comment. French officials said the application would be examined "in the normal way."
The fighting has already cost Cambodia its planned admission to the Association of Southeast Asian Nations, which announced last week that it was postponing the decision.""",
dict(countries=["KHM","FRA","THA"],
 persons=[dict(name="Hun Sen", aliases=[], nationality="KHM"),
          dict(name="Ung Sophal", aliases=["Sophal"], nationality="KHM"),
          dict(name="Norodom Ranariddh", aliases=[], nationality="KHM")],
 not_persons=[],
 embassies=[dict(sending="KHM", host="FRA", city="Paris")],
 defections=[dict(defector="Ung Sophal", **{F:"KHM"}, to="FRA", post_host="FRA", date="1997-07-14", position="counselor")],
 agreements=[]))
