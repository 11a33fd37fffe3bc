ARTICLES = [
dict(id="wire-040", title="Russia quits Black Sea grain deal", published="2023-07-17", source="Wire report",
text="""MOSCOW, July 17 - Russia on Monday pulled out of the deal that allowed Ukraine to export grain by sea through the war, saying its own demands had not been met, and the agreement expired at midnight.
"The Black Sea agreements ceased to be valid today," Kremlin spokesman Dmitry Peskov told reporters, adding that Moscow would return to the arrangement "as soon as the Russian part is fulfilled". He said the decision had been taken before, and was not connected to, an attack on the Crimean bridge earlier in the day.
Brokered by Turkey and the United Nations and signed in Istanbul last July, the Black Sea Grain Initiative let more than 32 million tonnes of Ukrainian food reach world markets and had been extended three times.
U.N. Secretary-General Antonio Guterres said he "deeply regretted" the decision and warned that "hundreds of millions of people facing hunger" would pay the price.
Turkish President Tayyip Erdogan said he believed Vladimir Putin wanted the deal to continue and that he would discuss it with him in August. Ukraine said it was ready to keep shipping without Russian participation.""",
gold=dict(countries=["RUS","UKR","TUR"],
 persons=[dict(name="Dmitry Peskov", aliases=[], nationality="RUS"),
          dict(name="Antonio Guterres", aliases=[]),
          dict(name="Tayyip Erdogan", aliases=[], nationality="TUR"),
          dict(name="Vladimir Putin", aliases=[], nationality="RUS")],
 not_persons=[],
 embassies=[], defections=[],
 agreements=[dict(name="Black Sea Grain Initiative", aliases=["grain deal","Black Sea agreements"], parties=["RUS","UKR","TUR"], date="2022-07", status="terminated")])),

dict(id="wire-041", title="Zimbabwean diplomat in London seeks asylum", published="2008-07-03", source="Wire report",
text="""LONDON, July 3 - A Zimbabwean diplomat in London has applied for asylum in Britain, saying he was ordered to spy on exiled opponents of President Robert Mugabe in the run-up to last week's widely condemned presidential run-off.
Tendai Chikwanha, a second secretary at the Zimbabwean embassy on the Strand, lodged his claim with the Home Office in June, his solicitor said on Thursday. The Home Office said it did not discuss individual cases.
"He was asked to photograph people at demonstrations and to pass on names. He refused, and he was told he would be sent home," the solicitor said.
Mugabe was sworn in for another term on Sunday after the opposition leader, Morgan Tsvangirai, pulled out of the vote, citing attacks on his supporters. Tsvangirai took refuge in the Dutch embassy in Harare for several days last month but said he had not asked the Netherlands for asylum and left once he judged it safe.
The Zimbabwean embassy said Chikwanha had been recalled for "poor performance".""",
gold=dict(countries=["ZWE","GBR","NLD"],
 persons=[dict(name="Robert Mugabe", aliases=["Mugabe"], nationality="ZWE"),
          dict(name="Tendai Chikwanha", aliases=["Chikwanha"], nationality="ZWE"),
          dict(name="Morgan Tsvangirai", aliases=["Tsvangirai"], nationality="ZWE")],
 not_persons=["Strand"],
 embassies=[dict(sending="ZWE", host="GBR", city="London"), dict(sending="NLD", host="ZWE", city="Harare")],
 defections=[dict(defector="Tendai Chikwanha", **{"from":"ZWE"}, to="GBR", post_host="GBR", date="2008-06", position="second secretary")],
 agreements=[])),

dict(id="wire-042", title="Foreign diplomats evacuated from Khartoum as fighting rages", published="2023-04-24", source="Wire report",
text="""KHARTOUM/WASHINGTON, April 24 - The United States, Britain and France have flown their diplomats out of Sudan's capital in military operations as fighting between the army and a powerful paramilitary force entered its second week.
U.S. special forces in helicopters lifted fewer than 100 people from the American embassy compound on Saturday night and flew them to Ethiopia, President Joe Biden said in a statement, adding that the embassy had suspended operations. British troops evacuated embassy staff and their families to a military airfield outside the city, and France said it had brought out several hundred people of various nationalities via Djibouti.
"This tragic violence in Sudan has already cost the lives of hundreds of innocent civilians. It's unconscionable and it must stop," Biden said.
The fighting pits army chief Abdel Fattah al-Burhan against Mohamed Hamdan Dagalo, known as Hemedti, who commands the Rapid Support Forces. Both sides accused each other of attacking the convoys.
Thousands of foreign civilians remain in Khartoum, where power and water supplies have collapsed.""",
gold=dict(countries=["USA","GBR","FRA","SDN","ETH","DJI"],
 persons=[dict(name="Joe Biden", aliases=["Biden"], nationality="USA"),
          dict(name="Abdel Fattah al-Burhan", aliases=[], nationality="SDN"),
          dict(name="Mohamed Hamdan Dagalo", aliases=["Hemedti"], nationality="SDN")],
 not_persons=["Rapid Support Forces"],
 embassies=[dict(sending="USA", host="SDN", city="Khartoum"), dict(sending="GBR", host="SDN", city="Khartoum"), dict(sending="FRA", host="SDN", city="Khartoum")],
 defections=[], agreements=[])),

dict(id="wire-043", title="Niger junta scraps military accords with France", published="2023-08-04", source="Wire report",
text="""NIAMEY, Aug 4 - Niger's military rulers have revoked the country's military cooperation agreements with France, the former colonial power that keeps about 1,500 troops in the country, in a statement read on national television late on Thursday.
The junta, which seized power on July 26 and detained President Mohamed Bazoum, said the accords covering the stationing of French forces and the status of their personnel were "denounced" and gave Paris a month to comply. It also stripped ambassadors to France, the United States, Nigeria and Togo of their functions.
France said it did not recognise the decision because only "legitimate Nigerien authorities" could end the agreements. A French foreign ministry spokeswoman said the troops were in Niger at Bazoum's request.
The coup leader, General Abdourahamane Tiani, has accused Paris of seeking to reinstall Bazoum by force. Neighbouring Mali, also run by soldiers, terminated its defence treaties with France last year, forcing French troops to leave.""",
gold=dict(countries=["NER","FRA","USA","NGA","TGO","MLI"],
 persons=[dict(name="Mohamed Bazoum", aliases=["Bazoum"], nationality="NER"),
          dict(name="Abdourahamane Tiani", aliases=[], nationality="NER")],
 not_persons=[],
 embassies=[dict(sending="NER", host="FRA", city=None), dict(sending="NER", host="USA", city=None), dict(sending="NER", host="NGA", city=None), dict(sending="NER", host="TGO", city=None)],
 defections=[],
 agreements=[dict(name="military cooperation agreements", aliases=["accords covering the stationing of French forces"], parties=["NER","FRA"], date=None, status="terminated"),
             dict(name="Mali's defence treaties with France", aliases=[], parties=["MLI","FRA"], date=None, status="terminated")])),

dict(id="wire-044", title="Syrian ambassador to Iraq defects", published="2012-07-12", source="Wire report",
text="""BEIRUT, July 12 - Syria's ambassador to Iraq has defected and urged the army to turn its guns on President Bashar al-Assad's government, becoming the first senior diplomat to abandon Damascus in 16 months of uprising.
"I declare that I have joined the ranks of the revolution of the Syrian people," Nawaf al-Fares said in a video broadcast by Al Jazeera on Wednesday night, reading from a sheet of paper. He called on "all honourable members of the armed forces" to follow him.
Opposition activists said Fares, a Sunni tribal leader from the eastern city of Deir al-Zor who was previously a governor and a senior security official, had crossed from Baghdad into Iraq's Kurdish region and from there travelled to Qatar. The Syrian foreign ministry said he had been dismissed and "must be held legally accountable".
The defection comes a week after Brigadier General Manaf Tlass, a commander in the elite Republican Guard and the son of a former defence minister, fled Syria. Western officials say Tlass is now in Paris.
Iraq's government said it had not been consulted and that the Syrian embassy in Baghdad was continuing to operate normally.""",
gold=dict(countries=["SYR","IRQ","QAT","FRA"],
 persons=[dict(name="Bashar al-Assad", aliases=[], nationality="SYR"),
          dict(name="Nawaf al-Fares", aliases=["Fares"], nationality="SYR"),
          dict(name="Manaf Tlass", aliases=["Tlass","Brigadier General Manaf Tlass"], nationality="SYR")],
 not_persons=["Al Jazeera","Deir al-Zor"],
 embassies=[dict(sending="SYR", host="IRQ", city="Baghdad")],
 defections=[dict(defector="Nawaf al-Fares", **{"from":"SYR"}, to="QAT", post_host="IRQ", date="2012-07-11", position="ambassador to Iraq"),
             dict(defector="Manaf Tlass", **{"from":"SYR"}, to="FRA", post_host=None, date="2012-07", position="Republican Guard commander")],
 agreements=[])),

dict(id="wire-045", title="Argentina and Britain restore diplomatic relations", published="1990-02-16", source="Wire report",
text="""MADRID, Feb 16 - Argentina and Britain agreed on Thursday to restore full diplomatic relations, broken off when Argentine forces invaded the Falkland Islands nearly eight years ago.
Delegations from the two countries signed a joint statement after two days of talks at the Palacio de Santa Cruz, under which embassies will reopen in London and Buenos Aires. The statement also sets up a system of mutual notification of military movements in the South Atlantic and lifts the 150-mile protection zone around the islands.
As in earlier contacts, the question of sovereignty was set aside under a formula - the so-called "umbrella" - that allows both sides to negotiate without either abandoning its claim.
In London, Foreign Secretary Douglas Hurd told the House of Commons that the agreement "turns a page" but that the islanders' wishes would remain paramount. President Carlos Menem called it "a triumph of reason".
The two governments had already agreed last October, also in Madrid, to formally end hostilities and restore consular relations.""",
gold=dict(countries=["ARG","GBR"],
 persons=[dict(name="Douglas Hurd", aliases=[], nationality="GBR"),
          dict(name="Carlos Menem", aliases=[], nationality="ARG")],
 not_persons=["Palacio de Santa Cruz"],
 embassies=[dict(sending="ARG", host="GBR", city="London"), dict(sending="GBR", host="ARG", city="Buenos Aires")],
 defections=[],
 agreements=[dict(name="joint statement", aliases=["agreement"], parties=["ARG","GBR"], date="1990-02-15", status="signed"),
             dict(name="agreement to end hostilities and restore consular relations", aliases=[], parties=["ARG","GBR"], date="1989-10", status=None)])),

dict(id="wire-046", title="Students seize U.S. embassy in Tehran", published="1979-11-05", source="Wire report",
text="""TEHRAN, Nov. 5 - Several hundred Iranian students stormed the United States Embassy here yesterday and were holding about 60 Americans hostage tonight, demanding that Washington hand over the deposed Shah, who is undergoing medical treatment in New York.
The students, who call themselves followers of the Imam's line, climbed over the walls of the compound on Takht-e Jamshid Avenue after a demonstration marking the anniversary of a clash with the Shah's troops last year. Marine guards used tear gas but did not open fire.
The charge d'affaires, L. Bruce Laingen, was at the Foreign Ministry when the embassy was overrun and has remained there. He was said to be in contact with Iranian officials.
Ayatollah Ruhollah Khomeini, whose portrait the students hung from the embassy gate, has not publicly condemned the takeover. His son Ahmad visited the compound today and praised the students, according to the Pars news agency.
In Washington, the State Department said it held the Iranian Government responsible for the safety of the hostages.""",
gold=dict(countries=["IRN","USA"],
 persons=[dict(name="L. Bruce Laingen", aliases=[], nationality="USA"),
          dict(name="Ruhollah Khomeini", aliases=["Ayatollah Ruhollah Khomeini"], nationality="IRN"),
          dict(name="Ahmad", aliases=[], nationality="IRN")],
 not_persons=["Pars","Takht-e Jamshid Avenue"],
 embassies=[dict(sending="USA", host="IRN", city="Tehran")],
 defections=[], agreements=[])),

dict(id="wire-047", title="Turkmen diplomat posted in Ankara seeks Swedish asylum", published="2003-05-22", source="Nordic wire",
text="""STOCKHOLM, May 22 - A senior Turkmen diplomat who had been serving in Turkey has applied for political asylum in Sweden, the Swedish Migration Board said on Thursday.
Batyr Orazov, deputy head of Turkmenistan's embassy in Ankara, arrived at Stockholm's Arlanda airport on a flight from Istanbul on May 14 and asked for protection at passport control, board spokesman Anders Nystrom said.
Orazov told Swedish radio he had been ordered home for "questioning" in the wave of arrests that followed what President Saparmurat Niyazov described as an attempt on his life in November. "Nobody who is called home for questioning now returns to work," he said.
Turkmenistan's foreign ministry said Orazov had been dismissed for embezzlement and asked Sweden to extradite him.
Several prominent Turkmen officials have fled in recent years, including the former foreign minister Boris Shikhmuradov, who went into exile in 2001. He was arrested after secretly returning to Ashgabat last year and sentenced to life in prison.""",
gold=dict(countries=["TKM","SWE","TUR"],
 persons=[dict(name="Batyr Orazov", aliases=["Orazov"], nationality="TKM"),
          dict(name="Anders Nystrom", aliases=[], nationality="SWE"),
          dict(name="Saparmurat Niyazov", aliases=[], nationality="TKM"),
          dict(name="Boris Shikhmuradov", aliases=[], nationality="TKM")],
 not_persons=["Arlanda"],
 embassies=[dict(sending="TKM", host="TUR", city="Ankara")],
 defections=[dict(defector="Batyr Orazov", **{"from":"TKM"}, to="SWE", post_host="TUR", date="2003-05-14", position="deputy head of embassy"),
             dict(defector="Boris Shikhmuradov", **{"from":"TKM"}, to=None, post_host=None, date="2001", position="former foreign minister")],
 agreements=[])),

dict(id="wire-048", title="Ghana-Togo maritime boundary talks stall", published="2026-09-24", source="West African wire",
text="""LOME, Sept 24 - A fourth round of talks between Ghana and Togo on their disputed maritime boundary ended on Wednesday without agreement, with the two sides still divided over how the line should run past the oil-rich waters off the Volta estuary.
"We have narrowed some gaps, but not the one that matters," Ghana's lead negotiator, Efua Asantewaa Boateng, said after the three-day meeting. Togo's delegation, led by Kossi Agbodjan, said in a statement that Lome "remains attached to an equitable solution".
Ghana has argued for an equidistance line similar to the one an international tribunal drew in 2017 in its dispute with Cote d'Ivoire. Togo, hemmed in between its larger neighbours, says such a line would leave it with a sliver of sea.
Officials from both countries said international arbitration was not yet on the table. No date was set for a fifth round.""",
gold=dict(countries=["GHA","TGO","CIV"],
 persons=[dict(name="Efua Asantewaa Boateng", aliases=[], nationality="GHA"),
          dict(name="Kossi Agbodjan", aliases=[], nationality="TGO")],
 not_persons=[],
 embassies=[], defections=[], agreements=[])),

dict(id="wire-049", title="Dutch woman's memoir tells how she sheltered a Soviet defector", published="2024-11-08", source="Wire feature",
text="""THE HAGUE - For almost forty years Marijke de Vries told no one, not even her children, about the winter she hid a Soviet naval officer in the attic of her canal house in Delft.
Now 81, the retired translator has published a memoir, "Aunt Lyuba", named after the code word she and the officer used on the telephone. It describes how Captain Oleg Sitnikov, the assistant naval attache at the Soviet embassy in The Hague, turned up at her door one evening in February 1985 and asked her to help him stay in the West.
De Vries had met Sitnikov months earlier at a reception, where she was interpreting for a Dutch shipbuilding delegation. "He was funny and sad at the same time," she writes. "I think he had already decided, and he needed someone who was not a spy."
She kept him for eleven days while a lawyer friend contacted the justice ministry. The Netherlands granted Sitnikov asylum that spring, and two years later he moved to Canada under a new name. He died there in 2019, and his family agreed to the book's publication, de Vries said.
The Soviet embassy at the time said only that an officer had "gone missing" and accused Dutch intelligence of abducting him. His wife, Galina, and son had returned to Moscow on holiday weeks earlier and never saw him again.
The episode received little attention then, overshadowed that year by the far more dramatic case of Oleg Gordievsky, the KGB colonel smuggled out of Moscow by British agents and brought to Britain. Historians at the University of Amsterdam who have read the manuscript say it adds a rare civilian view of Cold War defections.
"I was not a heroine," de Vries said at a reading in Leiden this week. "I was a woman with an attic and a kettle, and a man who was afraid."
The Dutch foreign ministry declined to comment on the case, saying its files from the period had not yet been transferred to the national archives.""",
gold=dict(countries=["NLD","SUN","CAN","GBR"],
 persons=[dict(name="Marijke de Vries", aliases=["De Vries","de Vries"], nationality="NLD"),
          dict(name="Oleg Sitnikov", aliases=["Sitnikov","Captain Oleg Sitnikov"], nationality="SUN"),
          dict(name="Galina", aliases=[]),
          dict(name="Oleg Gordievsky", aliases=[], nationality="SUN")],
 not_persons=["Aunt Lyuba"],
 embassies=[dict(sending="SUN", host="NLD", city="The Hague")],
 defections=[dict(defector="Oleg Sitnikov", **{"from":"SUN"}, to="NLD", post_host="NLD", date="1985-02", position="assistant naval attache"),
             dict(defector="Oleg Gordievsky", **{"from":"SUN"}, to="GBR", post_host=None, date="1985", position="KGB colonel")],
 agreements=[])),
]
