ARTICLES = [
{"id":"treaty-020","title":"Sadat and Begin sign peace treaty at White House","published":"1979-03-27","source":"Washington bureau",
"text":"""WASHINGTON — Egypt and Israel signed a treaty of peace on the North Lawn of the White House yesterday, ending 31 years of war between them, as President Jimmy Carter looked on and signed as a witness.
President Anwar el-Sadat and Prime Minister Menachem Begin each signed three copies of the treaty, in Arabic, Hebrew and English, before some 1,500 guests. The document carries out the first of the two frameworks the three leaders signed at Camp David last September.
"Let there be no more war or bloodshed between Arabs and Israelis," Mr. Sadat said. Mr. Begin, quoting the Psalms, declared: "No more war, no more bloodshed."
Under the treaty Israel will withdraw from the Sinai in stages over three years. It will take effect when the two governments exchange instruments of ratification, expected within a month.
The signing was denounced across much of the Arab world. Syria called it a betrayal, and Palestinian guerrilla groups declared a day of mourning. Saudi Arabia, which Washington had hoped would stay neutral, said it regretted the agreement."""
,"gold":{"countries":["EGY","ISR","USA","SYR","SAU"],
"persons":[{"name":"Jimmy Carter","aliases":[],"nationality":"USA"},{"name":"Anwar el-Sadat","aliases":["Sadat","Mr. Sadat"],"nationality":"EGY"},{"name":"Menachem Begin","aliases":["Begin","Mr. Begin"],"nationality":"ISR"}],
"not_persons":["North Lawn"],
"agreements":[{"name":"Egypt–Israel peace treaty","aliases":["treaty of peace"],"parties":["EGY","ISR"],"date":"1979-03-26","status":"signed"},
{"name":"Camp David frameworks","aliases":[],"parties":["EGY","ISR","USA"],"date":"1978-09","status":"signed"}]}},

{"id":"treaty-021","title":"Guyana–Venezuela border talks end in deadlock","published":"2000-09-14","source":"Caribbean news agency",
"text":"""GEORGETOWN — Two days of talks between Guyana and Venezuela on their century-old border dispute ended on Wednesday without progress, after Caracas refused to drop its objection to offshore oil exploration in waters claimed by both countries.
The Guyanese delegation, led by Carlyle Baptiste, had hoped to secure an understanding that would let a Canadian-led consortium resume seismic surveys off the Essequibo coast. Venezuela's negotiators insisted that no exploration take place until the underlying territorial claim was settled.
"We listened, they listened, and nobody moved," Baptiste told reporters on his return to Georgetown. "There is no agreement and there is no text."
A Venezuelan Foreign Ministry official, Ramón Escalante Prieto, said in a statement that his government remained committed to a peaceful solution but would "not accept faits accomplis in disputed territory."
The talks were held under the auspices of a United Nations good officer. No date was set for a new round."""
,"gold":{"countries":["GUY","VEN"],
"persons":[{"name":"Carlyle Baptiste","aliases":["Baptiste"],"nationality":"GUY"},{"name":"Ramón Escalante Prieto","aliases":[],"nationality":"VEN"}]}},

{"id":"treaty-022","title":"Black Sea grain deal lapses after Moscow pulls plug","published":"2023-07-18","source":"Wire report",
"text":"""ISTANBUL — The Black Sea Grain Initiative expired at midnight on Monday after Russia refused to extend it, ending a year-old arrangement that had allowed Ukraine to ship more than 32 million tonnes of grain and other food through a war zone.
Kremlin spokesman Dmitry Peskov said Moscow would return to the deal "as soon as" its demands on Russian food and fertiliser exports were met. Until then, he said, "the agreements are effectively terminated."
The grain deal was signed in Istanbul in July last year by Russia, Ukraine and Turkey, with the United Nations, and had been renewed three times since. Turkish inspectors jointly checked ships in the Bosphorus.
President Volodymyr Zelensky said Ukraine was ready to keep exporting without Russian participation, but insurers and shipowners were wary. President Recep Tayyip Erdoğan said he believed Vladimir Putin wanted the corridor to continue and that he would raise it with him in August.
Wheat futures rose about three percent in Chicago on the news."""
,"gold":{"countries":["RUS","UKR","TUR"],
"persons":[{"name":"Dmitry Peskov","aliases":["Peskov"],"nationality":"RUS"},{"name":"Volodymyr Zelensky","aliases":[],"nationality":"UKR"},{"name":"Recep Tayyip Erdoğan","aliases":[],"nationality":"TUR"},{"name":"Vladimir Putin","aliases":[],"nationality":"RUS"}],
"agreements":[{"name":"Black Sea Grain Initiative","aliases":["grain deal"],"parties":["RUS","UKR","TUR"],"date":"2022-07","status":"terminated"}]}},

{"id":"treaty-023","title":"Bangkok and Vientiane agree on Mekong bridge","published":"1989-05-17","source":"Bangkok correspondent",
"text":"""BANGKOK — The Land of Smiles and the Land of a Million Elephants took a step towards their first road link across the Mekong yesterday, signing a memorandum of understanding on a bridge between Nong Khai and the outskirts of Vientiane.
The memorandum was signed at the Foreign Ministry at Saranrom Palace by Prasong Wongsakul, a Thai deputy foreign minister, and Khamphao Sisavath, the Lao vice-minister of communications. It sets up a joint committee to choose a site and oversee construction.
Australia has offered to pay for most of the project, and Australian engineers are expected to begin surveys before the rains end. "Our hosts have been generous with their money and we are being generous with our riverbank," Khamphao joked.
The memorandum comes after a decade in which the border was closed for long periods and the two countries fought a brief war in 1987-88 over a disputed stretch of frontier. Thai officials described it as proof that Prime Minister Chatichai Choonhavan's policy of turning "battlefields into marketplaces" was working.
Officials said construction could begin in two years if funding is confirmed."""
,"gold":{"countries":["THA","LAO","AUS"],
"persons":[{"name":"Prasong Wongsakul","aliases":[],"nationality":"THA"},{"name":"Khamphao Sisavath","aliases":["Khamphao"],"nationality":"LAO"},{"name":"Chatichai Choonhavan","aliases":[],"nationality":"THA"}],
"not_persons":["Saranrom Palace"],
"agreements":[{"name":"Thai-Lao memorandum of understanding on a Mekong bridge","aliases":[],"parties":["THA","LAO"],"date":"1989-05-16","status":"signed"}]}},

{"id":"treaty-024","title":"Athens and Nicosia renew defence pact, Ankara objects","published":"2009-06-10","source":"Athens correspondent",
"text":"""NICOSIA — Greece and Cyprus on Tuesday renewed their defence cooperation agreement for a further ten years, adding clauses on joint naval exercises and the use of the Andreas Papandreou air base near Paphos by Greek aircraft.
The agreement, first signed in 1999, was due to expire at the end of the month. The renewed text took effect on signature, officials said.
"This is an agreement between two sovereign states of the European Union and it threatens no one," said Nikolaos Chatzigeorgiou, the Greek deputy defence minister, after a ceremony at the Cypriot Defence Ministry. His host, Andreas Papacharalambous, described it as "insurance, not aggression."
Turkey's Foreign Ministry condemned the renewal as a provocation that would complicate United Nations-backed talks on reunifying the island, divided since 1974. Ankara maintains some 30,000 troops in the north.
The two ministers also discussed the purchase of coastal radar systems, although no contract was signed."""
,"gold":{"countries":["GRC","CYP","TUR"],
"persons":[{"name":"Nikolaos Chatzigeorgiou","aliases":[],"nationality":"GRC"},{"name":"Andreas Papacharalambous","aliases":[],"nationality":"CYP"}],
"not_persons":["Andreas Papandreou air base"],
"agreements":[{"name":"Greece–Cyprus defence cooperation agreement","aliases":[],"parties":["GRC","CYP"],"date":"1999","status":"in_force"}]}},

{"id":"treaty-025","title":"Chile walks out of Andean Pact","published":"1976-10-31","source":"Wire report",
"text":"""LIMA, Oct. 30 — Chile formally withdrew today from the Andean Group, leaving its five partners to carry on the regional integration scheme it helped found seven years ago.
The decision ends months of wrangling over the group's strict limits on foreign investment, known as Decision 24, which the military government in Santiago said was incompatible with its free-market policies. General Augusto Pinochet's economic team has been courting foreign capital with tax concessions the other members refused to accept.
The Cartagena Agreement, signed in Bogotá in May 1969, created the group to build a common market among the Andean nations. Venezuela joined in 1973. The remaining members — Bolivia, Colombia, Ecuador, Peru and Venezuela — said in a joint communiqué that they regretted Chile's departure but would press ahead.
"We leave as friends," a Chilean Foreign Ministry spokesman, Enrique Valdivieso, said. "But we cannot tie our economy to rules written for a different philosophy."
Peruvian officials said Chilean exporters would lose tariff preferences within the subregion over a transition period."""
,"gold":{"countries":["CHL","BOL","COL","ECU","PER","VEN"],
"persons":[{"name":"Augusto Pinochet","aliases":[],"nationality":"CHL"},{"name":"Enrique Valdivieso","aliases":[],"nationality":"CHL"}],
"agreements":[{"name":"Cartagena Agreement","aliases":["Andean Pact","Andean Group"],"parties":["CHL","BOL","COL","ECU","PER","VEN"],"date":"1969-05","status":"withdrawn"}]}},

{"id":"treaty-026","title":"India, China sign border peace accord","published":"1993-09-08","source":"Beijing bureau",
"text":"""BEIJING — India and China signed an agreement yesterday to keep the peace along their disputed Himalayan frontier, the most significant step in relations between the two giants since the war of 1962.
The Sino-Indian accord, formally the Agreement on the Maintenance of Peace and Tranquillity along the Line of Actual Control, commits both sides to reduce troops in border areas and to notify each other of military exercises near the line. Neither side gives up its territorial claims.
It was signed in the Great Hall of the People by R.L. Bhatia, India's minister of state for external affairs, and Vice-Foreign Minister Tang Jiaxuan, in the presence of Prime Minister P.V. Narasimha Rao and Premier Li Peng.
"The border question will be settled one day. Meanwhile, nobody should be shot over it," an Indian official said.
Rao, the first Indian prime minister to visit Beijing in five years, is also expected to sign accords on trade and the environment before leaving on Thursday."""
,"gold":{"countries":["IND","CHN"],
"persons":[{"name":"R.L. Bhatia","aliases":[],"nationality":"IND"},{"name":"Tang Jiaxuan","aliases":[],"nationality":"CHN"},{"name":"P.V. Narasimha Rao","aliases":["Rao"],"nationality":"IND"},{"name":"Li Peng","aliases":[],"nationality":"CHN"}],
"not_persons":["Great Hall of the People"],
"agreements":[{"name":"Agreement on the Maintenance of Peace and Tranquillity along the Line of Actual Control","aliases":["Sino-Indian accord"],"parties":["IND","CHN"],"date":"1993-09-07","status":"signed"}]}},

{"id":"treaty-027","title":"Polish vice-consul who drafted workers' pact asks Sweden for asylum","published":"1988-11-24","source":"Nordic correspondent",
"text":"""STOCKHOLM — A Polish diplomat who helped negotiate last month's agreement on seasonal workers between Poland and Sweden has asked for political asylum here, the Swedish Immigration Board said on Wednesday.
Krzysztof Wasiak, 38, a vice-consul at the Polish embassy, left his flat in Lidingö earlier this month and has not returned. The board confirmed that an application had been lodged on his behalf, but gave no details.
According to people familiar with the case, Wasiak spent his first nights in the parsonage of Lars-Erik Holmqvist, a Lutheran pastor in Uppsala who has worked with Polish refugees since 1981. Holmqvist declined to comment.
Warsaw has demanded that Wasiak be handed over and summoned the Swedish ambassador. A Polish spokesman said the diplomat was wanted for embezzlement, a charge Swedish officials treated with scepticism.
The agreement on social insurance for seasonal workers, signed in Stockholm on October 19, still awaits ratification by the Polish Sejm. Swedish officials said they saw no reason for the case to affect it."""
,"gold":{"countries":["POL","SWE"],
"persons":[{"name":"Krzysztof Wasiak","aliases":["Wasiak"],"nationality":"POL"},{"name":"Lars-Erik Holmqvist","aliases":["Holmqvist"]}],
"not_persons":["Swedish Immigration Board"],
"embassies":[{"sending":"POL","host":"SWE","city":"Stockholm"},{"sending":"SWE","host":"POL","city":"Warsaw"}],
"defections":[{"defector":"Krzysztof Wasiak","from":"POL","to":"SWE","post_host":"SWE","date":"1988-11","position":"vice-consul"}],
"agreements":[{"name":"Polish-Swedish agreement on social insurance for seasonal workers","aliases":[],"parties":["POL","SWE"],"date":"1988-10-19","status":"signed"}]}},

{"id":"treaty-028","title":"Mali junta tears up defence accords with France","published":"2022-05-03","source":"Wire report",
"text":"""BAMAKO — Mali's military government said on Monday it was ending its defence agreements with France, deepening a rupture with the former colonial power that has already seen French troops ordered out of the country.
In a statement read on state television, government spokesman Colonel Abdoulaye Maïga said the status-of-forces agreement of March 2013, which governed the French intervention against jihadists, and a 2020 addendum covering European special forces, were terminated with immediate effect.
The broader 2014 defence cooperation treaty between the two countries will remain in force for six months, the notice period it requires, after which it too will lapse, he said.
France's Foreign Ministry called the decision "unjustified" and said French forces would complete their withdrawal in an orderly manner. Paris has accused Bamako of relying on Russian mercenaries, which the junta denies.
Relations have soured steadily since the colonels seized power in August 2020 and again in May 2021."""
,"gold":{"countries":["MLI","FRA","RUS"],
"persons":[{"name":"Abdoulaye Maïga","aliases":[],"nationality":"MLI"}],
"agreements":[{"name":"Mali–France status-of-forces agreement","aliases":[],"parties":["MLI","FRA"],"date":"2013-03","status":"terminated"},
{"name":"2020 addendum to the status-of-forces agreement","aliases":[],"parties":["MLI","FRA"],"date":"2020","status":"terminated"},
{"name":"Mali–France defence cooperation treaty","aliases":[],"parties":["MLI","FRA"],"date":"2014","status":"in_force"}]}},

{"id":"treaty-029","title":"Geneva Cyprus talks collapse; Turkish forces advance","published":"1974-08-15","source":"Geneva correspondent",
"text":"""GENEVA, Aug. 14 — The conference on Cyprus broke up in the early hours of this morning, and within hours Turkish troops on the island had launched a new offensive from their bridgehead around Kyrenia.
The British Foreign Secretary, James Callaghan, who had chaired the talks between Britain, Greece and Turkey, said he had done everything possible "to bridge a gap that turned out to be a chasm."
Turkey's Foreign Minister, Turan Güneş, had demanded an immediate answer to a plan for Turkish Cypriot cantons covering about a third of the island. Georgios Mavros, the Greek Foreign Minister, and Glafkos Clerides, the acting president of Cyprus, asked for 36 hours to consult their governments. Güneş refused and left for Ankara shortly after midnight.
Rauf Denktaş, the Turkish Cypriot leader, said the Greek side had "wasted the last chance."
In Athens, the new civilian government of Constantine Karamanlis announced that Greece was withdrawing its forces from NATO's integrated military command in protest."""
,"gold":{"countries":["CYP","GBR","GRC","TUR"],
"persons":[{"name":"James Callaghan","aliases":[],"nationality":"GBR"},{"name":"Turan Güneş","aliases":["Güneş"],"nationality":"TUR"},{"name":"Georgios Mavros","aliases":[],"nationality":"GRC"},{"name":"Glafkos Clerides","aliases":[],"nationality":"CYP"},{"name":"Rauf Denktaş","aliases":[],"nationality":"CYP"},{"name":"Constantine Karamanlis","aliases":[],"nationality":"GRC"}]}},
]
