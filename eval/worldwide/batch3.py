ARTICLES = []
def A(id, title, published, source, text, gold):
    ARTICLES.append(dict(id=id, title=title, published=published, source=source, text=text, gold=gold))
F = "from"

A("world-020", "Iranian diplomat in Vienna seeks asylum as nuclear deal frays", "2018-07-26", "European wire service",
"""VIENNA — A junior Iranian diplomat posted to the city that hosts the UN nuclear watchdog has applied for asylum in Austria, two officials familiar with the case said on Thursday, at a moment when Tehran is scrambling to keep Europe on side after Washington's exit from the nuclear deal.
Mohammad-Hossein Kazemi, a second secretary at Iran's permanent mission to the international organisations in Vienna, submitted his application earlier this month, the officials said. One of them described him as a "technical person" who had handled paperwork for inspections rather than negotiations.
Austria's interior ministry declined to comment, citing data protection. The Iranian mission said it had "no information" about any such person, and a foreign ministry spokesman in Tehran, Bahram Ghasemi, said reports of defections were "the fantasies of hostile media."
Kazemi's motives are unclear. A relative in Germany, reached by telephone, said he had been worried about his two children's schooling if the family were recalled. "It is not politics. It is a father," the relative said.
The timing is nonetheless awkward for Tehran. The 2015 agreement between Iran and six powers — the United States, Britain, France, Germany, Russia and China — was left in limbo when President Donald Trump withdrew the United States from it in May and began reimposing sanctions. Iran's foreign minister, Mohammad Javad Zarif, has been shuttling between European capitals in search of guarantees that trade will continue.
"Nobody here wants a story about Iranians running away," said a Western diplomat in Vienna. "Not the Iranians, and not the Europeans trying to save the deal." """,
dict(countries=["IRN","AUT","USA","GBR","FRA","DEU","RUS","CHN"],
 persons=[dict(name="Mohammad-Hossein Kazemi", aliases=["Kazemi"], nationality="IRN"),
          dict(name="Bahram Ghasemi", aliases=[], nationality="IRN"),
          dict(name="Donald Trump", aliases=[], nationality="USA"),
          dict(name="Mohammad Javad Zarif", aliases=[], nationality="IRN")],
 not_persons=[],
 embassies=[dict(sending="IRN", host="AUT", city="Vienna")],
 defections=[dict(defector="Mohammad-Hossein Kazemi", **{F:"IRN"}, to="AUT", post_host="AUT", date="2018-07", position="second secretary at the permanent mission to the international organisations")],
 agreements=[dict(name="2015 nuclear deal", aliases=["nuclear deal"], parties=["IRN","USA","GBR","FRA","DEU","RUS","CHN"], date="2015", status="withdrawn")]))

A("world-021", "The diplomat who stayed behind", "2006-01-18", "Weekly magazine (Brussels), feature; by Hanna Girma-Wolde",
"""By Hanna Girma-Wolde
BRUSSELS — For eleven years, Yilma Abebe Desta went to work each morning at a grey townhouse on the Avenue de Tervueren, where Ethiopia keeps its embassy to Belgium and its delegation to the European Union. He wrote cables on coffee quotas and development aid. He attended receptions. He was, by his own account, "a very ordinary civil servant."
In December, the minister-counsellor did something not ordinary at all: he asked Belgium for asylum.
"I watched on television as the police shot students in Addis," he said over tea in a friend's apartment in Schaerbeek, where he has been staying. "And the next day I was expected to explain to European officials that everything was under control. I could not do it any more."
Mr. Yilma, 52, is referring to the unrest that followed last May's disputed parliamentary elections, when security forces killed dozens of protesters in June and again in November. Tens of thousands were detained. The leaders of the main opposition coalition, among them Hailu Shawel, are on trial for treason.
The government of Prime Minister Meles Zenawi insists it was defending the constitutional order against an attempted insurrection. A spokesman for the embassy, asked about Mr. Yilma, said only that he "is no longer a member of staff" and that "individuals make their own choices."
Belgian officials will not discuss individual asylum claims. But lawyers who work with refugees in Brussels say that several Ethiopian officials travelling in Europe have quietly not gone home since the autumn.
Mr. Yilma's wife and two youngest children are still in Addis Ababa. He has not spoken to them since Christmas. "They know why," he said. "One day they will understand it."
He keeps a small Ethiopian flag in the apartment, folded on a shelf. "It is not the flag's fault," he said.""",
dict(countries=["ETH","BEL"],
 persons=[dict(name="Hanna Girma-Wolde", aliases=[]),
          dict(name="Yilma Abebe Desta", aliases=["Yilma"], nationality="ETH"),
          dict(name="Hailu Shawel", aliases=[], nationality="ETH"),
          dict(name="Meles Zenawi", aliases=[], nationality="ETH")],
 not_persons=[],
 embassies=[dict(sending="ETH", host="BEL", city="Brussels")],
 defections=[dict(defector="Yilma Abebe Desta", **{F:"ETH"}, to="BEL", post_host="BEL", date="2005-12", position="minister-counsellor")],
 agreements=[]))

A("world-022", "Tokyo demands return of North Koreans seized at Shenyang consulate", "2002-05-10", "Wire report",
"""TOKYO — Japan on Friday demanded that China hand over five North Koreans, including a two-year-old girl, whom Chinese police dragged from the grounds of the Japanese consulate-general in Shenyang this week, in a confrontation captured on video and broadcast around the world.
The footage showed two women and the child being pulled from the consulate gate on Wednesday afternoon while Japanese consular staff stood by. Two men who had made it inside were later removed by Chinese officers.
Chief Cabinet Secretary Yasuo Fukuda said Chinese police had entered the premises without permission, in violation of the inviolability of a diplomatic mission. "We are asking for the original situation to be restored," he said, meaning that the five should be returned to Japanese custody.
Beijing said its officers had acted to protect the consulate and that Japanese staff had consented. "Chinese police acted in accordance with the law," a foreign ministry spokesman, Kong Quan, told reporters.
The family, who relatives in Seoul said had hoped to reach South Korea, are being held by Chinese authorities. Their names have not been released.
The affair has embarrassed Tokyo, where critics asked why consular staff appeared to pick up the guards' hats rather than protect the asylum seekers. Foreign Minister Yoriko Kawaguchi promised an inquiry.
China returns most North Koreans caught crossing the border, though it has allowed a few who entered foreign missions in Beijing to leave for Seoul via third countries.""",
dict(countries=["JPN","CHN","PRK","KOR"],
 persons=[dict(name="Yasuo Fukuda", aliases=[], nationality="JPN"),
          dict(name="Kong Quan", aliases=[], nationality="CHN"),
          dict(name="Yoriko Kawaguchi", aliases=[], nationality="JPN")],
 not_persons=[],
 embassies=[dict(sending="JPN", host="CHN", city="Shenyang")],
 defections=[], agreements=[]))

A("world-023", "Venezuelan military attaché in Bogotá disowns Maduro, seeks refuge", "2019-03-05", "Colombian daily, English service",
"""BOGOTÁ — The Venezuelan army colonel who served as military attaché at his country's embassy here has renounced Nicolás Maduro's government and asked Colombian authorities for protection, Migración Colombia said on Monday.
Colonel Rafael Eduardo Sánchez de Armas filed a request for refugee status on February 27, four days after Maduro broke off diplomatic relations with Colombia and gave its diplomats 24 hours to leave Caracas. The colonel had been ordered home along with the rest of the Venezuelan staff in Bogotá. He did not go.
"My oath is to the Constitution, not to one man," Sánchez de Armas said in a video recorded in a Bogotá apartment, standing in front of a portrait of the Liberator. He said he recognised Juan Guaidó, the National Assembly president, as Venezuela's interim leader.
The defection comes after the failed attempt on February 23 to bring aid across the Simón Bolívar International Bridge, after which more than 300 Venezuelan soldiers and police crossed into Colombia, according to Colombian officials.
President Iván Duque said Colombia would protect "every Venezuelan who chooses freedom." Relations between the neighbours have seldom been so bad, although both still recognise the 1941 border treaty that fixed most of their 2,200-kilometre frontier.""",
dict(countries=["VEN","COL"],
 persons=[dict(name="Nicolás Maduro", aliases=["Maduro"], nationality="VEN"),
          dict(name="Rafael Eduardo Sánchez de Armas", aliases=["Sánchez de Armas"], nationality="VEN"),
          dict(name="Juan Guaidó", aliases=[], nationality="VEN"),
          dict(name="Iván Duque", aliases=[], nationality="COL")],
 not_persons=["Simón Bolívar International Bridge", "Migración Colombia"],
 embassies=[dict(sending="VEN", host="COL", city="Bogotá"), dict(sending="COL", host="VEN", city="Caracas")],
 defections=[dict(defector="Rafael Eduardo Sánchez de Armas", **{F:"VEN"}, to="COL", post_host="COL", date="2019-02-27", position="military attaché")],
 agreements=[dict(name="1941 border treaty", aliases=[], parties=["COL","VEN"], date="1941", status=None)]))

A("world-024", "Uzbek diplomat in Moscow applies for German asylum", "2005-08-10", "Russian-language newspaper, English digest",
"""A counsellor at the Uzbek embassy in Moscow has applied for asylum in Germany, human rights activists said on Wednesday, making him the first Uzbek diplomat known to break with Tashkent since the bloodshed in Andijan in May.
Alisher Sodiqov, 41, who handled consular affairs for the hundreds of thousands of Uzbek migrant workers in Russia, travelled to Frankfurt in mid-July with his wife and son on what colleagues believed was a holiday, according to Dilnoza Yusupova, an Uzbek activist in Moscow who said she had spoken to him. He then went to the German authorities.
The German interior ministry would not confirm the case.
Sodiqov had been asked to help identify Uzbeks in Russia suspected of links to the Andijan protesters, Yusupova said. "They wanted lists. He gave them nothing and then he understood he could not stay."
The embassy on Pogorelsky Lane said Sodiqov had been recalled in June "for personal reasons."
Tashkent has turned sharply away from the West since Washington and Brussels demanded an independent inquiry into the killings, in which rights groups say hundreds died. On July 29 President Islam Karimov's government formally terminated the 2001 agreement that allowed US forces to use the Karshi-Khanabad air base, giving the Americans 180 days to leave. Moscow, by contrast, has praised Karimov's handling of the uprising.""",
dict(countries=["UZB","RUS","DEU","USA"],
 persons=[dict(name="Alisher Sodiqov", aliases=["Sodiqov"], nationality="UZB"),
          dict(name="Dilnoza Yusupova", aliases=["Yusupova"], nationality="UZB"),
          dict(name="Islam Karimov", aliases=["Karimov"], nationality="UZB")],
 not_persons=[],
 embassies=[dict(sending="UZB", host="RUS", city="Moscow")],
 defections=[dict(defector="Alisher Sodiqov", **{F:"UZB"}, to="DEU", post_host="RUS", date="2005-07", position="counsellor for consular affairs")],
 agreements=[dict(name="2001 agreement on Karshi-Khanabad air base", aliases=[], parties=["UZB","USA"], date="2001", status="terminated")]))

A("world-025", "Berlin suspends partnership with Hanoi over kidnapped asylum seeker", "2017-08-03", "German public broadcaster, English website",
"""Germany said on Wednesday it was suspending its strategic partnership with Vietnam and expelling a second diplomat from the Vietnamese embassy in Berlin, after concluding that Vietnamese agents had abducted a former oil executive who had sought asylum in Germany.
Trinh Xuan Thanh, once a rising official in Vietnam's state energy sector, was snatched from a street in the Tiergarten park on July 23 and bundled into a van, according to German prosecutors. He resurfaced days later on Vietnamese state television in Hanoi, saying he had returned "voluntarily" to face charges of mismanagement that caused losses of millions of dollars.
Thanh fled Vietnam last year as investigators closed in and applied for asylum in Germany. His lawyer, Petra Schlagenhauf, said his application was due to be decided in early August.
"This is an unprecedented violation of German and international law," Foreign Minister Sigmar Gabriel's ministry said in a statement. It said the abduction could not be reconciled with the "strategic partnership" the two countries signed in 2011.
Last week Berlin ordered the expulsion of an intelligence officer attached to the embassy. Hanoi has said Thanh's return was his own decision and called Germany's response "regrettable."
Vietnam is one of Germany's biggest trading partners in South-East Asia, and around 100,000 people of Vietnamese origin live in Germany, many of them former contract workers in the East.""",
dict(countries=["DEU","VNM"],
 persons=[dict(name="Trinh Xuan Thanh", aliases=["Thanh"], nationality="VNM"),
          dict(name="Petra Schlagenhauf", aliases=[]),
          dict(name="Sigmar Gabriel", aliases=[], nationality="DEU")],
 not_persons=["Tiergarten"],
 embassies=[dict(sending="VNM", host="DEU", city="Berlin")],
 defections=[dict(defector="Trinh Xuan Thanh", **{F:"VNM"}, to="DEU", post_host=None, date="2016", position="former oil executive")],
 agreements=[dict(name="strategic partnership", aliases=[], parties=["DEU","VNM"], date="2011", status="suspended")]))

A("world-026", "Saudi diplomat who defected at U.N. says he fears for his life", "1994-07-27", "Wire report",
"""NEW YORK — A Saudi diplomat who defected from his country's mission to the United Nations in May said on Wednesday that he had been followed in Manhattan and feared that the kingdom would try to silence him.
Mohammed al-Khilewi, 33, who was first secretary at the mission, has applied for political asylum in the United States. He says he took with him thousands of pages of documents showing Saudi support for opposition groups abroad and the monitoring of Saudi dissidents.
"I am not a traitor. I love my country. I want reform," Mr. al-Khilewi said in an interview at the office of his lawyer, Michael Wildes.
The Saudi mission has called Mr. al-Khilewi a disgruntled employee who was about to be transferred.
His case follows that of Mohammed al-Massari, a physicist and co-founder of a Saudi human rights committee, who fled the kingdom in April and is seeking asylum in Britain. Riyadh has asked London to expel him.
Diplomats at the United Nations said the kingdom was unlikely to raise the matter publicly while its attention was fixed on the Middle East peace process. On Monday, King Hussein of Jordan and Israel's prime minister, Yitzhak Rabin, signed the Washington Declaration at the White House, ending the state of war between their countries.""",
dict(countries=["SAU","USA","GBR","JOR","ISR"],
 persons=[dict(name="Mohammed al-Khilewi", aliases=["al-Khilewi"], nationality="SAU"),
          dict(name="Michael Wildes", aliases=[]),
          dict(name="Mohammed al-Massari", aliases=[], nationality="SAU"),
          dict(name="Hussein", aliases=["King Hussein"], nationality="JOR"),
          dict(name="Yitzhak Rabin", aliases=[], nationality="ISR")],
 not_persons=["White House"],
 embassies=[dict(sending="SAU", host="USA", city="New York")],
 defections=[dict(defector="Mohammed al-Khilewi", **{F:"SAU"}, to="USA", post_host="USA", date="1994-05", position="first secretary at the mission to the United Nations"),
             dict(defector="Mohammed al-Massari", **{F:"SAU"}, to="GBR", post_host=None, date="1994-04", position="physicist, human rights activist")],
 agreements=[dict(name="Washington Declaration", aliases=[], parties=["JOR","ISR"], date="1994-07-25", status="signed")]))

A("world-027", "Turkish consul and staff freed after 101 days in captivity", "2014-09-20", "Turkish daily, English edition",
"""ANKARA — Forty-six Turkish citizens seized from the consulate-general in Mosul in June, among them Consul General Öztürk Yılmaz, his family and several special forces soldiers, returned home on Saturday after 101 days in the hands of Islamic State militants.
Prime Minister Ahmet Davutoğlu, who flew to Şanlıurfa to meet them, said the release was the result of an operation by the national intelligence agency, MIT, and denied that any ransom had been paid or that any bargain had been struck. "There was no deal. There was patience," he said.
The hostages were taken on June 11 when militants overran Mosul and walked into the mission. Officials said they were moved several times inside Iraq and, at one point, across the border into Syria.
Yılmaz, looking thin but composed, embraced relatives on the tarmac. "We never lost hope in our state," he said.
President Recep Tayyip Erdoğan had for weeks declined to join a US-led coalition against the militants, citing the safety of the hostages. Analysts said Ankara's position may now shift, though officials gave no sign of that on Saturday.""",
dict(countries=["TUR","IRQ","SYR","USA"],
 persons=[dict(name="Öztürk Yılmaz", aliases=["Yılmaz"], nationality="TUR"),
          dict(name="Ahmet Davutoğlu", aliases=[], nationality="TUR"),
          dict(name="Recep Tayyip Erdoğan", aliases=[], nationality="TUR")],
 not_persons=["Islamic State", "MIT"],
 embassies=[dict(sending="TUR", host="IRQ", city="Mosul")],
 defections=[], agreements=[]))

A("world-028", "Burundian envoy in Brussels seeks asylum as election crisis deepens", "2015-07-08", "Pan-African news service",
"""BRUSSELS — The first counsellor at Burundi's embassy in Belgium has applied for asylum, his lawyer said on Wednesday, joining a widening exodus of officials who oppose President Pierre Nkurunziza's bid for a third term.
Jean-Bosco Hakizimana, who had served in Brussels since 2012, lodged his application in late June, days after refusing to attend a reception celebrating the country's independence, the lawyer, Marie-Claire Niyonzima, said.
"He could not in conscience defend what is happening," Niyonzima said. "People are being killed for demonstrating."
His application follows the flight of the second vice-president, Gervais Rufyikiri, who left Burundi last month and surfaced in Belgium, from where he denounced the third-term bid as unconstitutional. The speaker of the national assembly and a constitutional court judge have also fled.
Nkurunziza's supporters argue that his first term, when he was chosen by parliament, does not count under the Arusha peace accords of 2000, which were signed by the government and rebel factions to end the civil war and which limit presidents to two terms.
Belgium, the former colonial power, has suspended part of its aid and said it would not send observers to the presidential election scheduled for later this month. The Burundian embassy did not respond to requests for comment.""",
dict(countries=["BDI","BEL"],
 persons=[dict(name="Pierre Nkurunziza", aliases=["Nkurunziza"], nationality="BDI"),
          dict(name="Jean-Bosco Hakizimana", aliases=[], nationality="BDI"),
          dict(name="Marie-Claire Niyonzima", aliases=["Niyonzima"]),
          dict(name="Gervais Rufyikiri", aliases=[], nationality="BDI")],
 not_persons=[],
 embassies=[dict(sending="BDI", host="BEL", city="Brussels")],
 defections=[dict(defector="Jean-Bosco Hakizimana", **{F:"BDI"}, to="BEL", post_host="BEL", date="2015-06", position="first counsellor"),
             dict(defector="Gervais Rufyikiri", **{F:"BDI"}, to="BEL", post_host=None, date="2015-06", position="second vice-president")],
 agreements=[]))

A("world-029", "North Korea's missing envoy to Italy has been in Seoul for a year", "2020-10-07", "South Korean news agency, English service",
"""SEOUL — Jo Song-gil, North Korea's former acting ambassador to Italy who vanished in Rome nearly two years ago, has been living in South Korea since July last year, a lawmaker and officials said Wednesday.
Jo, who ran the North Korean embassy in Rome after the ambassador was expelled in 2017 over the North's nuclear tests, went into hiding with his wife in November 2018, shortly before his posting was due to end. His whereabouts had been a mystery since.
"He came to South Korea of his own will, and he wanted it kept quiet for the sake of his family," said Ha Tae-keung, a lawmaker of the main opposition party who sits on the intelligence committee. Jo's teenage daughter was sent back to Pyongyang in 2019, according to Italian officials.
Jo is the most senior North Korean diplomat to arrive in the South since Thae Yong-ho, a former deputy ambassador in London who defected in 2016 and was elected to parliament in April.
The unification ministry declined to comment, citing the safety of those involved. The disclosure comes as inter-Korean relations remain frozen. The Pyongyang joint declaration signed by Moon Jae-in and Kim Jong-un in September 2018, which promised expanded exchanges, has yielded little, and in June the North blew up a liaison office it had shared with the South in the border town of Kaesong.""",
dict(countries=["PRK","KOR","ITA","GBR"],
 persons=[dict(name="Jo Song-gil", aliases=["Jo"], nationality="PRK"),
          dict(name="Ha Tae-keung", aliases=[], nationality="KOR"),
          dict(name="Thae Yong-ho", aliases=[], nationality="PRK"),
          dict(name="Moon Jae-in", aliases=[], nationality="KOR"),
          dict(name="Kim Jong-un", aliases=[], nationality="PRK")],
 not_persons=[],
 embassies=[dict(sending="PRK", host="ITA", city="Rome"), dict(sending="PRK", host="GBR", city="London")],
 defections=[dict(defector="Jo Song-gil", **{F:"PRK"}, to="KOR", post_host="ITA", date="2018-11", position="acting ambassador"),
             dict(defector="Thae Yong-ho", **{F:"PRK"}, to="KOR", post_host="GBR", date="2016", position="deputy ambassador")],
 agreements=[dict(name="Pyongyang joint declaration", aliases=[], parties=["KOR","PRK"], date="2018-09", status="signed")]))
