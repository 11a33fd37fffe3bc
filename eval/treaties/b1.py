ARTICLES = [
{"id":"treaty-000","title":"Nordic states sign herring pact in Copenhagen","published":"1972-06-14","source":"Wire report",
"text":"""COPENHAGEN, June 13 — Fisheries ministers from four Nordic countries on Tuesday put their names to a convention limiting herring catches in the Skagerrak, the Kattegat and the western approaches to the Baltic, ending nearly three years of haggling over quotas.
The four signatories — Norway, Sweden, Denmark and Finland — agreed to cut the combined annual catch by roughly a fifth and to close spawning grounds off the Swedish west coast for six weeks each spring.
"The herring does not carry a passport," said Knud Ravnholt, the Danish minister who chaired the final session at Christiansborg Palace. "Either we manage it together or we watch it disappear together."
The Nordic Herring Conservation Convention will take effect only after all four parliaments have ratified it, a process officials said could last well into next year. Finnish delegates, whose fleet fishes mostly in the Gulf of Bothnia, had held out for a larger share until Monday night.
Eilif Haugland, head of the Norwegian delegation, said Oslo expected the Storting to approve the text in the autumn session.
The agreement contrasts with the bitter quarrel between Britain and Iceland over Reykjavik's plan to extend its fishing limits to 50 miles, which Nordic officials privately said they were anxious not to be drawn into."""
,"gold":{"countries":["NOR","SWE","DNK","FIN","GBR","ISL"],
"persons":[{"name":"Knud Ravnholt","aliases":["Ravnholt"],"nationality":"DNK"},{"name":"Eilif Haugland","aliases":["Haugland"],"nationality":"NOR"}],
"agreements":[{"name":"Nordic Herring Conservation Convention","aliases":[],"parties":["NOR","SWE","DNK","FIN"],"date":"1972-06-13","status":"signed"}]}},

{"id":"treaty-001","title":"Delhi and Islamabad agree to swap flood warnings","published":"1978-09-20","source":"Staff correspondent, New Delhi",
"text":"""NEW DELHI — An Indo-Pakistani accord on the exchange of flood data was signed here yesterday, six months after negotiators initialled the text at a meeting in Islamabad in March.
The agreement commits both governments to pass on river-level readings from gauging stations on the Ravi, the Chenab and the Sutlej by wireless, at least twice daily during the monsoon months.
It was signed at Hyderabad House by Ramesh Chandra Kaul, secretary in India's Ministry of Irrigation, and Agha Nasir Durrani, who led the visiting delegation. Mr. Durrani told reporters that the floods of August, which swept away villages on both sides of the Punjab border, had "concentrated minds wonderfully."
"Water that rises in one country drowns people in the other," Mr. Kaul said. "This is only common sense, written down."
The Agreement on the Exchange of Flood Data does not touch the allocation of river waters, which officials of both countries described as a separate matter. Diplomats noted that the initialled draft of March had been held up for months by a dispute over whether Pakistani engineers could inspect Indian gauging sites; the final text is silent on the point.
Relief workers say last month's floods left more than 200 people dead in the two Punjabs alone."""
,"gold":{"countries":["IND","PAK"],
"persons":[{"name":"Ramesh Chandra Kaul","aliases":["Kaul","Mr. Kaul"],"nationality":"IND"},{"name":"Agha Nasir Durrani","aliases":["Durrani","Mr. Durrani"],"nationality":"PAK"}],
"agreements":[{"name":"Agreement on the Exchange of Flood Data","aliases":["Indo-Pakistani accord on the exchange of flood data"],"parties":["IND","PAK"],"date":"1978-09-19","status":"signed"}]}},

{"id":"treaty-002","title":"Argentina quits TACFA, border trucking pact limps on","published":"1985-04-11","source":"Latin America desk",
"text":"""BUENOS AIRES — Argentina has pulled out of TACFA, the four-nation customs pact meant to speed lorries across the Andes, the Foreign Ministry announced on Wednesday, leaving Chile, Bolivia and Peru to keep the arrangement going among themselves.
The Trans-Andean Customs Facilitation Agreement, signed in Lima in 1981, allowed sealed trucks to cross up to three borders with a single inspection. Argentine officials have complained for years that it was used to move contraband electronics into Mendoza and Salta.
"TACFA was a good idea that became a smuggler's passport," said Horacio Benegas, a ministry spokesman. He said the withdrawal took effect immediately.
In Santiago, a Chilean transport official, Patricio Urrutia Vial, said the remaining three members would meet in La Paz next month "to see what can be saved." Bolivian truckers, who depend on routes through northern Argentina to reach Atlantic ports, fear higher costs.
The decision comes as President Raúl Alfonsín's government tightens controls at the frontier in an effort to protect customs revenue."""
,"gold":{"countries":["ARG","CHL","BOL","PER"],
"persons":[{"name":"Horacio Benegas","aliases":["Benegas"],"nationality":"ARG"},{"name":"Patricio Urrutia Vial","aliases":[],"nationality":"CHL"},{"name":"Raúl Alfonsín","aliases":[],"nationality":"ARG"}],
"agreements":[{"name":"Trans-Andean Customs Facilitation Agreement","aliases":["TACFA"],"parties":["ARG","CHL","BOL","PER"],"date":"1981","status":"withdrawn"}]}},

{"id":"treaty-003","title":"Nile dam talks break up without deal","published":"2013-06-30","source":"Wire report",
"text":"""Talks between Ethiopia and Egypt over the giant dam rising on the Blue Nile ended in Khartoum on Saturday with no agreement and no date set for another round, officials from both sides said.
Egyptian negotiators had pressed for a binding commitment on how quickly the reservoir would be filled. Their Ethiopian counterparts offered only to share hydrological studies, according to a person who attended the sessions.
"We came to discuss guarantees and were handed a reading list," said Hossam Eldin Fathy, a member of Cairo's delegation. "There is nothing to sign."
Ethiopia's water ministry spokesman, Tesfaye Gebremariam, said Addis Ababa had made "a generous proposal" for a joint technical committee and accused Egypt of rejecting it for domestic political reasons.
The dispute has sharpened since Ethiopia began diverting the river last month. Egyptian politicians were caught on live television discussing sabotage, remarks the government later disowned.
Diplomats said no further meeting had been scheduled."""
,"gold":{"countries":["ETH","EGY"],
"persons":[{"name":"Hossam Eldin Fathy","aliases":[],"nationality":"EGY"},{"name":"Tesfaye Gebremariam","aliases":[],"nationality":"ETH"}]}},

{"id":"treaty-004","title":"Belarusian attaché seeks asylum in Vilnius days after readmission deal","published":"2003-10-09","source":"Baltic news service",
"text":"""VILNIUS — A trade attaché at the Belarusian embassy here has asked Lithuania for political asylum, the Interior Ministry confirmed on Wednesday, an awkward twist only days after the two governments signed an agreement on returning illegal migrants.
Siarhei Hrynkevich, 41, walked into a police station in the capital's Antakalnis district on Monday with his wife and teenage son and said he feared arrest if he returned to Minsk, officials said. He had served at the embassy for two years.
His lawyer, Rasa Giedraitienė, said her client had been questioned by embassy security staff about contacts with opposition journalists. "He is not a spy and he is not a criminal," she said. "He is a man who read the wrong newspapers."
The Belarusian Foreign Ministry said Hrynkevich had been dismissed and described his request as "a provocation". It summoned the Lithuanian chargé d'affaires in Minsk.
The timing is uncomfortable for both capitals. Last Thursday the interior ministers of Lithuania and Belarus signed a readmission agreement in Minsk, under which each side will take back its own citizens caught crossing illegally. The accord will enter into force once both parliaments ratify it. Lithuanian officials stressed that it does not apply to asylum seekers."""
,"gold":{"countries":["BLR","LTU"],
"persons":[{"name":"Siarhei Hrynkevich","aliases":["Hrynkevich"],"nationality":"BLR"},{"name":"Rasa Giedraitienė","aliases":[],"nationality":"LTU"}],
"embassies":[{"sending":"BLR","host":"LTU","city":"Vilnius"},{"sending":"LTU","host":"BLR","city":"Minsk"}],
"defections":[{"defector":"Siarhei Hrynkevich","from":"BLR","to":"LTU","post_host":"LTU","date":"2003-10-06","position":"trade attaché"}],
"agreements":[{"name":"Lithuania–Belarus readmission agreement","aliases":[],"parties":["LTU","BLR"],"date":"2003-10-02","status":"signed"}]}},

{"id":"treaty-005","title":"Nairobi and Kuala Lumpur seal trade pact","published":"2011-11-16","source":"Business daily",
"text":"""KUALA LUMPUR — Jeremiah Ng'eno and Rahim Kamaruddin shook hands on Tuesday over a framework deal that both men said could double trade between their countries within five years.
The pact, formally the Trade and Investment Framework Agreement, cuts tariffs on palm-oil products heading to East Africa and on tea, cut flowers and coffee travelling the other way. It was signed in the Malaysian capital after a two-day meeting.
Ng'eno, Kenya's minister for trade, said his government hoped the agreement would open doors for Kenyan horticulture in South-East Asia. "Our roses are already in Amsterdam. There is no reason they cannot be in Penang," he said.
Datuk Seri Rahim, Malaysia's international trade minister, said Malaysian construction firms were eyeing road and port projects along the East African coast.
The agreement will take effect on January 1 next year. Bilateral trade was worth about $250 million last year, according to Malaysian figures, dwarfed by Malaysia's trade with China."""
,"gold":{"countries":["KEN","MYS","CHN"],
"persons":[{"name":"Jeremiah Ng'eno","aliases":["Ng'eno"],"nationality":"KEN"},{"name":"Rahim Kamaruddin","aliases":["Datuk Seri Rahim"],"nationality":"MYS"}],
"agreements":[{"name":"Trade and Investment Framework Agreement","aliases":[],"parties":["KEN","MYS"],"date":"2011-11-15","status":"signed"}]}},

{"id":"treaty-006","title":"Warsaw Pact formally dissolved in Prague","published":"1991-07-02","source":"Wire report",
"text":"""PRAGUE, July 1 — The Warsaw Pact ceased to exist on Monday, 36 years after it was created as the Soviet bloc's answer to NATO.
Leaders of the six remaining members — the Soviet Union, Poland, Czechoslovakia, Hungary, Romania and Bulgaria — signed a protocol in the Czernin Palace ending the Treaty of Friendship, Cooperation and Mutual Assistance, which was signed in Warsaw in May 1955. The alliance's military structures had already been wound up on April 1.
"We are burying an instrument of the Cold War without tears," said President Václav Havel of Czechoslovakia, the host, adding that the meeting took less than three hours.
The Soviet Union was represented by Vice-President Gennady Yanayev, who said Moscow hoped to build "new, normal relations" with its former allies. The protocol still has to be ratified by the six parliaments, but officials said that was a formality.
East Germany left the pact last October when it was absorbed by West Germany. Albania, another founding member, stopped taking part in the early 1960s and formally left in 1968."""
,"gold":{"countries":["SUN","POL","CSK","HUN","ROU","BGR","DDR","DEU","ALB"],
"persons":[{"name":"Václav Havel","aliases":[],"nationality":"CSK"},{"name":"Gennady Yanayev","aliases":[],"nationality":"SUN"}],
"not_persons":["Czernin Palace"],
"agreements":[{"name":"Treaty of Friendship, Cooperation and Mutual Assistance","aliases":["Warsaw Pact"],"parties":["SUN","POL","CSK","HUN","ROU","BGR","DDR","ALB"],"date":"1955-05","status":"terminated"},
{"name":"Prague protocol dissolving the Warsaw Pact","aliases":[],"parties":["SUN","POL","CSK","HUN","ROU","BGR"],"date":"1991-07-01","status":"signed"}]}},

{"id":"treaty-007","title":"Putin suspends Russia's part in New START","published":"2023-02-22","source":"Wire report",
"text":"""MOSCOW — President Vladimir Putin said on Tuesday that Russia was suspending its participation in New START, the last remaining treaty limiting the nuclear arsenals of Russia and the United States.
Speaking in his annual address to the Federal Assembly, Putin accused Washington of seeking Russia's "strategic defeat" in Ukraine and said Moscow could not allow American inspectors onto its bases in such circumstances. He stressed that Russia was not withdrawing from the pact altogether.
The Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms was signed in Prague in 2010 by Barack Obama and Dmitry Medvedev and extended for five years in 2021. It caps each side at 1,550 deployed strategic warheads and is due to expire in February 2026.
Secretary of State Antony Blinken called the move "deeply unfortunate and irresponsible" and said the United States remained ready to talk.
Inspections under the treaty had already been halted since 2020, first because of the pandemic and later because Moscow refused to resume them."""
,"gold":{"countries":["RUS","USA","UKR"],
"persons":[{"name":"Vladimir Putin","aliases":["Putin"],"nationality":"RUS"},{"name":"Barack Obama","aliases":[]},{"name":"Dmitry Medvedev","aliases":[]},{"name":"Antony Blinken","aliases":[],"nationality":"USA"}],
"agreements":[{"name":"Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms","aliases":["New START"],"parties":["RUS","USA"],"date":"2010","status":"suspended"}]}},

{"id":"treaty-008","title":"Rainbow Nation and Lion City pool water know-how","published":"2014-08-20","source":"Regional business weekly",
"text":"""The Rainbow Nation and the Lion City have signed a memorandum of understanding on water technology, pairing a country that is running out of dams to build with one that long ago ran out of land to build them on.
The memorandum, signed on Monday by Nomvula Dlamini-Khoza, Pretoria's deputy minister for water and sanitation, and Tan Wei Ming, a minister of state in the city-state, covers desalination, the reuse of treated sewage and the training of engineers.
"They turned a shortage into an export industry," Dlamini-Khoza said of her hosts. "We would like to learn how."
The city-state's national water agency, PUB, will host 40 engineers from Gauteng and the Western Cape over the next three years, officials said. Tan said the partnership would also give Singaporean firms a foothold in a market where municipalities are under pressure after years of drought.
The memorandum is not legally binding, and no money has yet been committed."""
,"gold":{"countries":["ZAF","SGP"],
"persons":[{"name":"Nomvula Dlamini-Khoza","aliases":["Dlamini-Khoza"],"nationality":"ZAF"},{"name":"Tan Wei Ming","aliases":["Tan"],"nationality":"SGP"}],
"not_persons":["PUB"],
"agreements":[{"name":"South Africa–Singapore memorandum of understanding on water technology","aliases":[],"parties":["ZAF","SGP"],"date":"2014-08-18","status":"signed"}]}},

{"id":"treaty-009","title":"Malta's Mediterranean charter finds few takers","published":"1983-10-05","source":"Mediterranean correspondent",
"text":"""VALLETTA — Malta's proposal for a Mediterranean security charter, under which the superpowers' fleets would gradually leave the sea, has met with polite silence from most of the governments it was sent to.
The eleven-page draft, circulated by the Maltese Foreign Ministry in August, calls for a conference of all coastal states and a phased withdrawal of foreign warships. Italy's Foreign Ministry said on Tuesday it had "studied the document with interest" but saw no basis for negotiation while its obligations to NATO remained.
Libya, which has courted Malta in recent years, was the only government to express support. Officials in Rome and Athens privately called the idea unrealistic.
"Nobody says no to peace in public," a senior Maltese official, Joseph Camilleri Grech, said. "They simply do not answer the letter."
Diplomats said the proposal would be raised again at the United Nations this autumn, but no capital has agreed to attend the conference Valletta wants to host."""
,"gold":{"countries":["MLT","ITA","LBY","GRC"],
"persons":[{"name":"Joseph Camilleri Grech","aliases":[],"nationality":"MLT"}]}},
]
