ARTICLES = []
def A(id, title, published, source, text, gold):
    ARTICLES.append(dict(id=id, title=title, published=published, source=source, text=text, gold=gold))
F = "from"

A("world-030", "Sudan's diplomats split over coup; one seeks Swiss asylum", "2021-11-10", "Wire analysis",
"""GENEVA — When the generals in Khartoum dissolved the civilian cabinet on Oct. 25, Sudan's foreign service faced a choice that many of its members had hoped never to make again.
Some chose quickly. Within days more than a dozen ambassadors, in capitals across Europe, Asia and the Gulf, issued a joint statement declaring that they represented "the legitimate transitional government" of Prime Minister Abdalla Hamdok, who had been placed under house arrest. Most of them were dismissed by General Abdel Fattah al-Burhan within the week. Most have also stayed put, unpaid, insisting they are still in office.
Nadia Mohamed Osman el-Tayeb went further. The minister plenipotentiary at Sudan's mission to the United Nations in Geneva, a veteran of two decades in the service, says she applied for asylum in Switzerland at the end of October after learning that her name was on a list of officials to be recalled for "investigation."
"In 1989 I watched colleagues go home after a coup and disappear into ghost houses," she said in an interview at a café near the lake. "I was young then. I am not young now, and I will not go home to that."
Swiss authorities confirmed they had received an application from a Sudanese diplomat but gave no details.
She is not the only one weighing the same calculation. A second diplomat at the mission, who asked not to be named, said he had sent his children to relatives in Europe "just in case" and was waiting to see whether salaries would still be paid in December. At least two junior officers at embassies in the Gulf have stopped coming to work, according to colleagues, though neither has publicly announced a decision.
For the foreign ministry in Khartoum, the defiance is a humiliation and a practical problem. Embassies that refuse instructions cannot issue passports or renew visas in the name of the new authorities, and thousands of Sudanese abroad have been left in limbo. The military has appointed new heads of mission in several capitals, but host governments, wary of appearing to endorse the coup, have been slow to accept their credentials.
The coup has upended a transition that Western governments had invested in heavily. Washington removed Sudan from its list of state sponsors of terrorism last year, and in January Khartoum signed a normalisation declaration with the United States, opening the way to ties with Israel. The United States has since frozen $700 million in assistance.
Diplomats in Geneva said the mission was now run by a junior officer loyal to the military. Its phones went unanswered this week.""",
dict(countries=["SDN","CHE","USA","ISR"],
 persons=[dict(name="Abdalla Hamdok", aliases=[], nationality="SDN"),
          dict(name="Abdel Fattah al-Burhan", aliases=[], nationality="SDN"),
          dict(name="Nadia Mohamed Osman el-Tayeb", aliases=[], nationality="SDN")],
 not_persons=[],
 embassies=[dict(sending="SDN", host="CHE", city="Geneva")],
 defections=[dict(defector="Nadia Mohamed Osman el-Tayeb", **{F:"SDN"}, to="CHE", post_host="CHE", date="2021-10", position="minister plenipotentiary at the mission to the United Nations")],
 agreements=[dict(name="normalisation declaration", aliases=[], parties=["SDN","USA"], date="2021-01", status="signed")]))

A("world-031", "Cuban Attaché Crosses Into Texas and Asks for Asylum", "1992-03-30", "Texas newspaper, metro/border section",
"""LAREDO — The military attaché at the Cuban Embassy in Mexico City walked across the international bridge here on Friday, identified himself to an immigration inspector and asked for political asylum, federal officials said.
Lt. Col. Orlando de Armas Céspedes, 46, a veteran of Cuba's African campaigns, was taken to an undisclosed location for questioning. A spokesman for the Immigration and Naturalization Service in San Antonio confirmed the request but said nothing more.
A Laredo lawyer, Rigoberto Young, said he had been contacted by relatives of the officer in Miami and would represent him. "He is a soldier who has decided he cannot serve Fidel Castro any longer," Mr. Young said. "That is the whole story."
Colonel de Armas is the highest-ranking Cuban military officer to defect since an air force general flew to Florida in 1987, according to exile groups.
Mexican officials said they had not been informed of his departure. The Cuban Embassy in Mexico City issued a statement on Saturday calling him a deserter who had "sold himself for a handful of dollars."
The United States and Cuba continue to cooperate on migration under the accord they signed in 1984, which is still in force despite repeated suspensions of its implementation.""",
dict(countries=["CUB","MEX","USA"],
 persons=[dict(name="Orlando de Armas Céspedes", aliases=["de Armas"], nationality="CUB"),
          dict(name="Rigoberto Young", aliases=["Young"]),
          dict(name="Fidel Castro", aliases=[], nationality="CUB")],
 not_persons=[],
 embassies=[dict(sending="CUB", host="MEX", city="Mexico City")],
 defections=[dict(defector="Orlando de Armas Céspedes", **{F:"CUB"}, to="USA", post_host="MEX", date="1992-03-27", position="military attaché")],
 agreements=[dict(name="1984 migration accord", aliases=[], parties=["USA","CUB"], date="1984", status="in_force")]))

A("world-032", "Iraqi embassy press officer asks Britain for asylum", "1990-11-14", "British daily, home news",
"""The press counsellor at the Iraqi embassy in London has asked for political asylum in Britain, the Home Office confirmed last night, in the first known defection from Baghdad's diplomatic staff here since the invasion of Kuwait.
Hisham Abdul-Karim al-Samarrai, 47, who for three years had issued the embassy's statements to British newspapers, left the Queen's Gate building last Friday and did not return. Friends said he had been appalled by the treatment of Kuwaiti civilians and by orders to defend the taking of Western hostages.
The embassy said yesterday that Mr al-Samarrai had been "dismissed from his post for dereliction of duty" and warned that Britain would be held responsible for "any harm to Iraqi-British relations".
Those relations are already at their lowest point since the monarchy was overthrown in 1958. Several hundred British nationals are still held in Iraq and Kuwait, some as "human shields" at strategic sites.
Diplomats noted that Saddam Hussein has worked to secure his eastern flank since the crisis began. In August Baghdad accepted once more the terms of the 1975 Algiers Agreement with Iran, which it had torn up in 1980 at the start of their eight-year war, and the accord is once again in force.""",
dict(countries=["IRQ","GBR","KWT","IRN"],
 persons=[dict(name="Hisham Abdul-Karim al-Samarrai", aliases=["al-Samarrai"], nationality="IRQ"),
          dict(name="Saddam Hussein", aliases=[], nationality="IRQ")],
 not_persons=[],
 embassies=[dict(sending="IRQ", host="GBR", city="London")],
 defections=[dict(defector="Hisham Abdul-Karim al-Samarrai", **{F:"IRQ"}, to="GBR", post_host="GBR", date="1990-11-09", position="press counsellor")],
 agreements=[dict(name="Algiers Agreement", aliases=["1975 Algiers Agreement"], parties=["IRQ","IRN"], date="1975", status="in_force")]))

A("world-033", "Unpaid and unrecognised, Afghan embassy in Rome keeps its doors open", "2021-10-14", "Italian newspaper, English edition",
"""ROME — The flag of the fallen republic still flies over the Afghan embassy in the Parioli district, and the staff inside still answer the phones. What they cannot do, two months after the Taliban took Kabul, is tell callers who they work for.
"We represent the Afghan people," said the chargé d'affaires, who like many Afghans uses only one name, Habibullah. "Who represents us, that is a more difficult question."
The embassy has not received money from Kabul since August. Staff have cut the heating, sold one of two official cars and dipped into consular fees to pay the rent. Passport blanks are running out.
Habibullah said none of his eight colleagues had sought asylum or planned to, despite rumours in the Afghan community in Italy. "We are diplomats. We stay until someone tells us the mission is closed."
Italy's foreign ministry said it continued to deal with the embassy on consular matters but had not recognised the new authorities in Kabul and had no plans to do so. A ministry official, Giulia Benvenuti, said there were "no talks of any kind" on the status of the mission.
The embassy's small library, stocked with donations from the Ghazi Amanullah Khan Foundation, is now used as a waiting room for Afghans seeking documents.""",
dict(countries=["AFG","ITA"],
 persons=[dict(name="Habibullah", aliases=[], nationality="AFG"),
          dict(name="Giulia Benvenuti", aliases=[], nationality="ITA")],
 not_persons=["Ghazi Amanullah Khan Foundation"],
 embassies=[dict(sending="AFG", host="ITA", city="Rome")],
 defections=[], agreements=[]))

A("world-034", "Malaysia scraps visa-free entry, expels envoy as Kim Jong-nam row escalates", "2017-03-08", "South-East Asian wire service",
"""KUALA LUMPUR — Malaysia on Tuesday barred North Korean embassy staff from leaving the country, hours after Pyongyang said it would hold Malaysians in North Korea until the dispute over the killing of Kim Jong-nam was "fairly settled."
Prime Minister Najib Razak called the North's move "abhorrent" and said it amounted to holding Malaysian citizens hostage. Nine Malaysians, including three embassy staff and their families, are in Pyongyang.
The crisis began on Feb. 13, when Kim Jong-nam, the estranged half-brother of the North Korean leader, Kim Jong-un, was killed at Kuala Lumpur International Airport by two women who smeared VX nerve agent on his face, according to Malaysian police.
Malaysia expelled the North Korean ambassador, Kang Chol, on Monday after he questioned the impartiality of the investigation. Kang flew out of Kuala Lumpur saying Malaysia had "infringed on the sovereignty" of his country. North Korea responded by expelling the Malaysian ambassador, who had already been recalled.
On Monday Malaysia also scrapped the visa-free arrangement for North Koreans that had been in place since 2009, one of the few such deals Pyongyang had anywhere in the world. A North Korean chemist, Ri Jong Chol, who had been detained in the case, was released for lack of evidence and deported last week.""",
dict(countries=["MYS","PRK"],
 persons=[dict(name="Najib Razak", aliases=[], nationality="MYS"),
          dict(name="Kim Jong-nam", aliases=[], nationality="PRK"),
          dict(name="Kim Jong-un", aliases=[], nationality="PRK"),
          dict(name="Kang Chol", aliases=["Kang"], nationality="PRK"),
          dict(name="Ri Jong Chol", aliases=[], nationality="PRK")],
 not_persons=[],
 embassies=[dict(sending="PRK", host="MYS", city="Kuala Lumpur"), dict(sending="MYS", host="PRK", city="Pyongyang")],
 defections=[],
 agreements=[dict(name="visa-free arrangement", aliases=[], parties=["MYS","PRK"], date="2009", status="terminated")]))

A("world-035", "Soviet Officer Posted in Lisbon Is Given U.S. Asylum", "1990-04-19", "Wire report",
"""WASHINGTON, April 19 — A Soviet Army colonel who served as assistant military attaché in Portugal has been granted political asylum in the United States, Administration officials said today.
The officer, Col. Viktor G. Ryabtsev, left the Soviet Embassy in Lisbon last month and was flown to the United States after approaching American officials, the officials said. They would not say where he was living.
Colonel Ryabtsev is believed to be the first Soviet military intelligence officer to defect since President Mikhail S. Gorbachev's policy of openness began easing East-West tensions. The State Department said the case would not affect arms control talks.
The two sides are working toward a treaty on long-range nuclear weapons, which officials hope to sign at a summit meeting in June. Their last major accord, the treaty eliminating intermediate-range missiles signed in Washington in December 1987, is in force and inspections under it are under way.
A Soviet Embassy spokesman in Washington said the colonel had "violated his oath" and should be returned. Portuguese officials said they had not been involved.""",
dict(countries=["SUN","PRT","USA"],
 persons=[dict(name="Viktor G. Ryabtsev", aliases=["Ryabtsev"], nationality="SUN"),
          dict(name="Mikhail S. Gorbachev", aliases=[], nationality="SUN")],
 not_persons=[],
 embassies=[dict(sending="SUN", host="PRT", city="Lisbon"), dict(sending="SUN", host="USA", city="Washington")],
 defections=[dict(defector="Viktor G. Ryabtsev", **{F:"SUN"}, to="USA", post_host="PRT", date="1990-03", position="assistant military attaché")],
 agreements=[dict(name="treaty eliminating intermediate-range missiles", aliases=[], parties=["USA","SUN"], date="1987-12", status="in_force")]))

A("world-036", "Tajik consul general surfaces in Poland", "2015-12-16", "Central Asia news website",
"""The Tajik consul general in the Russian city of Yekaterinburg, who failed to return from leave in October, has surfaced in Poland and applied for international protection, according to Polish border guards and two people close to him.
Nuriddin Saidov, 50, oversaw consular services for tens of thousands of Tajik labour migrants in the Urals. He flew from Moscow to Warsaw on a short-term visa in the second half of October and lodged his application at Warsaw's Chopin Airport, a border guard spokeswoman, Agnieszka Golias, said.
People close to Saidov said he had been ordered to collect information about migrants who attended prayers organised by supporters of the Islamic Renaissance Party of Tajikistan, which the Supreme Court banned in September as a terrorist organisation.
The foreign ministry in Dushanbe said Saidov had been dismissed in November and called his claim of persecution "a lie invented to obtain a residence permit in Europe."
The case is an awkward one for President Emomali Rahmon, whose government depends on remittances from Russia and on Russian military protection. Under an agreement signed in 2012 and in force since 2013, Moscow's 201st military base will remain in Tajikistan until 2042.""",
dict(countries=["TJK","RUS","POL"],
 persons=[dict(name="Nuriddin Saidov", aliases=["Saidov"], nationality="TJK"),
          dict(name="Agnieszka Golias", aliases=[], nationality="POL"),
          dict(name="Emomali Rahmon", aliases=[], nationality="TJK")],
 not_persons=["Chopin Airport"],
 embassies=[dict(sending="TJK", host="RUS", city="Yekaterinburg")],
 defections=[dict(defector="Nuriddin Saidov", **{F:"TJK"}, to="POL", post_host="RUS", date="2015-10", position="consul general")],
 agreements=[dict(name="agreement on the 201st military base", aliases=[], parties=["RUS","TJK"], date="2012", status="in_force")]))

A("world-037", "After the coup attempt, Turkish diplomats look for refuge in Europe", "2017-01-25", "European politics newsletter",
"""BERLIN — Six months after the failed coup in Turkey, a steady stream of Turkish officials posted abroad have chosen not to go home. Germany alone has received asylum applications from more than 130 holders of Turkish diplomatic passports, according to figures released by the interior ministry this week.
Among them is Ayşe Nur Kaplan, the legal counsellor at the Turkish embassy in Berlin, who applied in August after being recalled to Ankara along with dozens of colleagues accused of links to the movement of the cleric Fethullah Gülen. Her husband, a teacher, had already been dismissed from his job.
"I had a choice between my country and my freedom," Kaplan said in a written reply to questions. "That is not a choice anyone should have to make."
In Brussels, a Turkish officer assigned to NATO headquarters, Lieutenant Colonel Mehmet Ali Demirci, sought asylum in Belgium in October after refusing an order to return. Several other officers at allied commands have done the same, NATO officials acknowledge privately.
President Recep Tayyip Erdoğan has demanded that European governments send them back. Berlin has so far refused, and the issue has added to the frictions between two countries whose ties run deep: nearly three million people of Turkish origin live in Germany, many of them descendants of workers who came under the 1961 labour recruitment agreement between Bonn and Ankara.
Greece, for its part, is still weighing Turkish extradition requests for eight soldiers who fled there by helicopter on the night of the coup attempt.""",
dict(countries=["TUR","DEU","BEL","GRC"],
 persons=[dict(name="Ayşe Nur Kaplan", aliases=["Kaplan"], nationality="TUR"),
          dict(name="Fethullah Gülen", aliases=[]),
          dict(name="Mehmet Ali Demirci", aliases=[], nationality="TUR"),
          dict(name="Recep Tayyip Erdoğan", aliases=[], nationality="TUR")],
 not_persons=[],
 embassies=[dict(sending="TUR", host="DEU", city="Berlin")],
 defections=[dict(defector="Ayşe Nur Kaplan", **{F:"TUR"}, to="DEU", post_host="DEU", date="2016-08", position="legal counsellor"),
             dict(defector="Mehmet Ali Demirci", **{F:"TUR"}, to="BEL", post_host="BEL", date="2016-10", position="officer assigned to NATO headquarters")],
 agreements=[dict(name="1961 labour recruitment agreement", aliases=[], parties=["DEU","TUR"], date="1961", status=None)]))

A("world-038", "Colombia and Venezuela reopen border after seven years", "2022-09-26", "Regional broadcaster, web edition",
"""CÚCUTA — Trucks rolled across the Simón Bolívar bridge on Monday for the first time since 2015 as Colombia and Venezuela reopened their border to commercial traffic, the most visible step yet in a rapprochement launched by Colombia's new president, Gustavo Petro.
Petro watched from the Colombian side as the first lorries, loaded with textiles and fertiliser, crossed into Venezuela. President Nicolás Maduro did not attend, sending his transport minister instead.
The two countries restored diplomatic relations in August. Colombia's ambassador, Armando Benedetti, has taken up residence in Caracas, and Venezuela's envoy, Félix Plasencia, arrived in Bogotá this month. Consulates in Cúcuta and San Cristóbal are expected to reopen in the coming weeks, officials said, allowing millions of Venezuelans in Colombia to renew documents.
No formal agreement was signed on Monday. Benedetti told reporters that a trade accord "could be ready next year if both sides want it," but added that negotiations had not started.
Business leaders on both sides welcomed the move but warned that years of closure had allowed smuggling routes and armed groups to flourish along the 2,200-kilometre frontier.""",
dict(countries=["COL","VEN"],
 persons=[dict(name="Gustavo Petro", aliases=["Petro"], nationality="COL"),
          dict(name="Nicolás Maduro", aliases=[], nationality="VEN"),
          dict(name="Armando Benedetti", aliases=["Benedetti"], nationality="COL"),
          dict(name="Félix Plasencia", aliases=[], nationality="VEN")],
 not_persons=["Simón Bolívar bridge"],
 embassies=[dict(sending="COL", host="VEN", city="Caracas"), dict(sending="VEN", host="COL", city="Bogotá"),
            dict(sending="COL", host="VEN", city="San Cristóbal"), dict(sending="VEN", host="COL", city="Cúcuta")],
 defections=[], agreements=[]))

A("world-039", "Chinese commercial counsellor in Astana reported to seek U.S. asylum", "2025-05-14", "Kazakh news portal, English service",
"""ASTANA — A commercial counsellor at the Chinese embassy in Astana has not been seen at work since mid-April, and Kazakh media reported on Tuesday that he had applied for asylum in the United States.
Zhang Wenbo, who handled trade disputes and investment projects along the Belt and Road corridor, was last seen at a business forum on April 11, according to two Kazakh businessmen who met him there. The news site that first reported the story, citing an unnamed source, said he had flown to the United States by way of a third country.
The Chinese embassy said on Wednesday that it "does not comment on rumours" and that its staff were "all performing their duties normally." The US embassy declined to comment.
Kazakhstan's foreign ministry spokesman, Aibek Nurlanuly, told a briefing that the ministry had "no information" about the case and considered it a matter for China.
If confirmed, the case would be a rare defection by a Chinese diplomat in Central Asia, where Beijing's influence has grown rapidly. China and Kazakhstan signed a mutual visa exemption agreement in 2023, in force since that November, and Chinese tourists and traders now make up one of the largest groups of visitors to the country.""",
dict(countries=["CHN","KAZ","USA"],
 persons=[dict(name="Zhang Wenbo", aliases=[], nationality="CHN"),
          dict(name="Aibek Nurlanuly", aliases=[], nationality="KAZ")],
 not_persons=[],
 embassies=[dict(sending="CHN", host="KAZ", city="Astana"), dict(sending="USA", host="KAZ", city="Astana")],
 defections=[dict(defector="Zhang Wenbo", **{F:"CHN"}, to="USA", post_host="KAZ", date="2025-04", position="commercial counsellor")],
 agreements=[dict(name="mutual visa exemption agreement", aliases=[], parties=["CHN","KAZ"], date="2023", status="in_force")]))
