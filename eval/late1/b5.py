from h import *
ARTS = []
ARTS.append(dict(id="late1-040", title="Norway grants asylum to Turkish officer from NATO post", published="2017-01-19", source="Nordic news service",
text="""OSLO — Norway has granted political asylum to a Turkish army officer who was serving at a NATO command in the country when Ankara ordered him home after the failed coup attempt in July, his lawyer said on Thursday.
Lieutenant Colonel Murat Akın, 44, had been posted for two years to NATO's Joint Warfare Centre outside Stavanger. In the weeks after the coup attempt, Turkish authorities recalled dozens of officers serving abroad and stripped many of them of their positions. Akın, who says he had no connection to the plot, declined to go and applied for asylum in September.
"He was told by telephone that he was now a suspect. That was all. No charge, no evidence," said his lawyer, Ingrid Haugland. "Norway has assessed the risk and found it real."
The Norwegian Directorate of Immigration does not comment on individual cases, but confirmed that "a small number" of Turkish nationals holding NATO positions had applied for protection. Officials said four other officers from the same command were still awaiting decisions.
The Turkish Embassy in Oslo called the decision "deeply regrettable" and said Akın was wanted for membership of a terrorist organisation, the term Ankara uses for the movement of Fethullah Gülen, the US-based cleric President Recep Tayyip Erdoğan blames for the coup.
The case is likely to add to frictions inside the alliance. Turkey has protested similar asylum decisions elsewhere in Europe and accused allies of sheltering "putschists." """,
gold=G(["NOR","TUR","USA"],
 [P("Murat Akın",["Akın"],"TUR"), P("Ingrid Haugland",["Haugland"]), P("Fethullah Gülen",[]), P("Recep Tayyip Erdoğan",[],"TUR")],
 ["Joint Warfare Centre","NATO","Norwegian Directorate of Immigration"], [E("TUR","NOR","Oslo")],
 [D("Murat Akın","TUR","NOR","NOR","2016-09","army lieutenant colonel posted to NATO's Joint Warfare Centre")], [])))

ARTS.append(dict(id="late1-041", title="Ethiopia, Djibouti edge toward port deal as Addis seeks sea access", published="2026-01-13", source="Regional analysis newsletter",
text="""ADDIS ABABA — Ethiopia and Djibouti are close to an agreement that would give Addis Ababa a long-term lease on a dedicated terminal at the port of Tadjourah, officials on both sides said this week, though each stressed that the text had not been finalised.
Ethiopia's transport minister, Mesfin Tadesse, told parliament on Monday that a signing "could take place next month" if outstanding questions on customs control and security were resolved. Djibouti's foreign minister, Ali Youssouf Hassan, was more cautious. "We are not there yet," he said in an interview. "Nothing is agreed until everything is agreed."
Ethiopia, landlocked since Eritrea's independence, sends about 90 percent of its foreign trade through Djibouti and has long complained about fees. Prime Minister Abiy Ahmed has described access to the sea as an "existential" matter, alarming neighbours.
The talks follow the Ankara Declaration, which Ethiopia and Somalia signed in the Turkish capital in December 2024 after a year of tension over Ethiopian ambitions on the Somali coast. That declaration committed both sides to negotiate commercial sea access for Ethiopia under Somali sovereignty, but technical talks have made little progress.
Diplomats in the region say Djibouti's readiness to offer a terminal is partly an effort to keep Ethiopian traffic from drifting to rival ports. "Djibouti would rather rent a quay than lose a customer," said one.
Any deal would also need approval by Djibouti's National Assembly. Analysts said a signing in February was possible but far from certain.""",
gold=G(["ETH","DJI","ERI","SOM"],
 [P("Mesfin Tadesse",["Mesfin"],"ETH"), P("Ali Youssouf Hassan",[],"DJI"), P("Abiy Ahmed",[],"ETH")],
 [], [],
 [], [A("Ethiopia-Djibouti Tadjourah port terminal agreement",["agreement","port deal","any deal"],["ETH","DJI"],None,None),
      A("Ankara Declaration",["that declaration"],["ETH","SOM"],"2024-12","signed")])))

ARTS.append(dict(id="late1-042", title="Stalin's daughter arrives in New York", published="1967-04-22", source="Wire report",
text="""NEW YORK, April 21 — Svetlana Alliluyeva, the daughter of Joseph Stalin, arrived here today from Switzerland and said she had come to the United States "to seek the self-expression that has been denied me for so long in Russia."
Smiling and composed, she read a statement to several hundred reporters at Kennedy International Airport before being driven away to an undisclosed address on Long Island.
Mrs. Alliluyeva, 41, walked into the American Embassy in New Delhi on the evening of March 6 and asked for asylum. She had come to India to carry the ashes of her late companion, Brajesh Singh, an Indian Communist, to his family's village, and had been due to fly home to Moscow. The Soviet Embassy in New Delhi did not learn of her departure until she was already in the air to Rome.
She then spent six weeks in Switzerland, whose government gave her a tourist visa on condition that she make no political statements.
"I have come here to seek freedom," she said today. "I do not regret my decision." She said her two children in Moscow, who are grown, would understand.
The Soviet Government has said nothing officially. A State Department spokesman, Robert J. McCloskey, said she had been admitted as a visitor and that any further request would be considered.""",
gold=G(["USA","SUN","IND","CHE"],
 [P("Svetlana Alliluyeva",["Mrs. Alliluyeva"],"SUN"), P("Joseph Stalin",["Stalin"],"SUN"), P("Brajesh Singh",[],"IND"), P("Robert J. McCloskey",["McCloskey"],"USA")],
 ["Kennedy International Airport"], [E("USA","IND","New Delhi"), E("SUN","IND","New Delhi")],
 [D("Svetlana Alliluyeva","SUN","USA",None,"1967-03-06")], [])))

ARTS.append(dict(id="late1-043", title="Italy and Yugoslavia sign Osimo treaty on Trieste frontier", published="1975-11-11", source="Wire report",
text="""ANCONA, Italy, Nov. 11 — Italy and Yugoslavia signed a treaty yesterday in the nearby town of Osimo that recognizes the existing boundary in the Trieste area as a permanent frontier, closing one of the last territorial disputes left over from the Second World War.
The Foreign Ministers, Mariano Rumor of Italy and Miloš Minić of Yugoslavia, signed the treaty and an accompanying economic agreement at a villa outside the town, which was chosen, officials said, because it had no symbolic associations for either side.
Under the treaty, Zone B of the former Free Territory of Trieste, administered by Yugoslavia since 1954, becomes Yugoslav territory, while Italy's sovereignty over Zone A, including the city of Trieste, is confirmed. A free industrial zone is to be created straddling the border.
Once ratified, the treaty will supersede the provisional arrangements of the London memorandum of 1954, signed by Italy, Yugoslavia, Britain and the United States.
The accord has been attacked by the Italian right and by groups of Italian refugees from Istria, who demonstrated in Trieste last week. Rumor said the government had chosen "peace and cooperation over nostalgia." Ratification by the Italian Parliament is expected early next year.""",
gold=G(["ITA","YUG","GBR","USA"],
 [P("Mariano Rumor",["Rumor"],"ITA"), P("Miloš Minić",["Minić"],"YUG")],
 [], [],
 [], [A("Treaty of Osimo",["the treaty","the accord"],["ITA","YUG"],"1975-11-10","signed"),
      A("accompanying economic agreement",[],["ITA","YUG"],"1975-11-10","signed"),
      A("London memorandum of 1954",["provisional arrangements"],["ITA","YUG","GBR","USA"],"1954",None)])))

ARTS.append(dict(id="late1-044", title="Venezuelan troops cross to Colombia as aid convoy burns", published="2019-02-25", source="Wire report",
text="""CÚCUTA, Colombia — At least 60 members of Venezuela's security forces abandoned their posts and crossed into Colombia over the weekend, Colombian migration authorities said on Sunday, as a U.S.-backed attempt to push humanitarian aid across the border ended in clashes and burning trucks.
Among them was National Guard Sergeant Jorge Luis Tovar, who on Saturday morning drove an armoured vehicle through metal barriers on the Simón Bolívar bridge, scattering journalists on the Colombian side, before jumping out with his hands raised. Television cameras also caught Lieutenant Carlos Eduardo Mendoza and Corporal Yohana Salcedo walking off the Francisco de Paula Santander bridge later that afternoon, both still in uniform, to cheers from the crowd.
"We are with the people. We are not going to keep shooting our brothers," Salcedo told reporters, her voice shaking.
Christian Krüger, the director of Migración Colombia, said the soldiers were being attended to by the immigration service and would be offered protection. A handful of others were reported to have crossed into Brazil.
Opposition leader Juan Guaidó, who has declared himself interim president with the support of Washington and most Latin American governments, had promised amnesty to troops who switched sides. President Nicolás Maduro responded by breaking off relations with Colombia and ordering its diplomats out within 24 hours.""",
gold=G(["COL","VEN","USA","BRA"],
 [P("Jorge Luis Tovar",["Tovar"],"VEN"), P("Carlos Eduardo Mendoza",[],"VEN"), P("Yohana Salcedo",["Salcedo"],"VEN"), P("Christian Krüger",[],"COL"), P("Juan Guaidó",["Guaidó"],"VEN"), P("Nicolás Maduro",[],"VEN")],
 ["Simón Bolívar bridge","Francisco de Paula Santander bridge","Migración Colombia"], [E("COL","VEN")],
 [D("Jorge Luis Tovar","VEN","COL",None,"2019-02-23","National Guard sergeant"),
  D("Carlos Eduardo Mendoza","VEN","COL",None,"2019-02-23","lieutenant"),
  D("Yohana Salcedo","VEN","COL",None,"2019-02-23","corporal")], [])))

ARTS.append(dict(id="late1-045", title="Britain breaks with Libya; siege diplomats to leave", published="1984-04-23", source="British national daily",
text="""Britain yesterday broke off diplomatic relations with Libya and gave the 30 or so people inside the Libyan People's Bureau in St James's Square until midnight on Sunday next to leave the country, five days after a policewoman was shot dead from a window of the building.
The Home Secretary, Mr Leon Brittan, told the Commons that the Government had concluded there was "no other course open to us." The bureau's occupants will be escorted to Heathrow and searched, though their diplomatic bags cannot be opened.
WPC Yvonne Fletcher, 25, was killed on Tuesday morning by a burst of automatic fire aimed at anti-Gaddafi demonstrators outside the bureau. Eleven demonstrators were wounded.
In Tripoli, where British diplomats at the embassy have been surrounded by Libyan troops since the weekend, Colonel Gaddafi's government announced that it too was cutting ties. The Foreign Secretary, Sir Geoffrey Howe, said arrangements were being made to bring home the remaining British staff.
Police marksmen, who have kept the bureau under siege for six days, will remain in position until the Libyans have gone. Scotland Yard said it intended to enter the building once it had been vacated.""",
gold=G(["GBR","LBY"],
 [P("Leon Brittan",["Mr Leon Brittan"],"GBR"), P("Yvonne Fletcher",["WPC Yvonne Fletcher"],"GBR"), P("Gaddafi",["Colonel Gaddafi"],"LBY"), P("Geoffrey Howe",["Sir Geoffrey Howe"],"GBR")],
 ["Libyan People's Bureau","Scotland Yard","St James's Square"], [E("LBY","GBR","London"), E("GBR","LBY","Tripoli")], [], [])))

ARTS.append(dict(id="late1-046", title="Guard flees west a day after Basic Treaty signing", published="1972-12-23", source="West German wire service (translated)",
text="""BERLIN, Dec. 23 — A 20-year-old East German border soldier escaped to West Berlin last night, climbing the Wall in the Kreuzberg district barely a day after the two German states signed the treaty meant to normalise their relations.
West Berlin police said the soldier, Corporal Klaus-Dieter Henning, had used a ladder left by a construction crew to scale the inner barrier and was pulled over the top by two West Berlin officers. Shots were fired from an East German watchtower but no one was hurt. Henning asked to remain in the West and was taken to the Marienfelde reception centre.
On Thursday in East Berlin, the Bonn state secretary Egon Bahr and his East German counterpart, Michael Kohl, signed the Basic Treaty, under which the Federal Republic and the German Democratic Republic recognise each other's borders and agree to exchange "permanent representatives" rather than ambassadors. The treaty must be ratified by the Bundestag, where the opposition Christian Democrats have threatened to challenge it before the constitutional court.
The Basic Treaty rests on the Quadripartite Agreement on Berlin, signed last year by the United States, Britain, France and the Soviet Union, which has been in force since June and guarantees access to West Berlin.
East German authorities made no comment on the escape. Officials in Bonn said they did not expect it to affect the treaty.""",
gold=G(["DDR","DEU","USA","GBR","FRA","SUN"],
 [P("Klaus-Dieter Henning",["Henning"],"DDR"), P("Egon Bahr",[],"DEU"), P("Michael Kohl",[],"DDR")],
 ["Marienfelde","Christian Democrats"], [],
 [D("Klaus-Dieter Henning","DDR","DEU",None,"1972-12-22","border soldier, corporal")],
 [A("Basic Treaty",["the treaty"],["DEU","DDR"],"1972-12-21","signed"),
  A("Quadripartite Agreement on Berlin",[],["USA","GBR","FRA","SUN"],"1971","in_force")])))

ARTS.append(dict(id="late1-047", title="Iranian consul in Oslo quits, seeks asylum", published="2010-01-15", source="Wire report",
text="""OSLO — A senior diplomat at Iran's embassy in Norway has resigned in protest at the crackdown on opposition supporters and applied for political asylum, his lawyer said on Thursday.
Farhad Mousavi-Nejad, who has served as consul in Oslo since 2007, announced his resignation in a video posted online on Wednesday, saying he could no longer represent a government "that beats its own children in the streets." He appeared in the video with a green ribbon, the colour of the opposition movement, on his wrist.
His lawyer, Erik Nordby, said Mousavi-Nejad, his wife and two sons had moved out of embassy housing and were staying at an undisclosed location. "His application was lodged this morning," Nordby said.
Foreign Minister Jonas Gahr Støre said Norway would treat the application "in the ordinary way" and declined to comment further.
The Iranian embassy said the diplomat had been dismissed weeks ago for financial irregularities and had "no standing to speak for anyone."
Mousavi-Nejad is the most senior Iranian official abroad to break publicly with the government since the disputed presidential election in June. Other diplomats are rumoured to be in contact with Western governments, but none has yet come forward.""",
gold=G(["NOR","IRN"],
 [P("Farhad Mousavi-Nejad",["Mousavi-Nejad"],"IRN"), P("Erik Nordby",["Nordby"]), P("Jonas Gahr Støre",[],"NOR")],
 [], [E("IRN","NOR","Oslo")],
 [D("Farhad Mousavi-Nejad","IRN","NOR","NOR","2010-01-13","consul")], [])))

ARTS.append(dict(id="late1-048", title="Black Sea grain deal expires as Russia walks away", published="2023-07-18", source="Wire report",
text="""ISTANBUL — The Black Sea Grain Initiative, which allowed Ukraine to ship more than 32 million tonnes of food through a protected corridor despite the war, expired at midnight on Monday after Russia refused to extend it.
Kremlin spokesman Dmitry Peskov said Moscow would return to the deal "as soon as" its demands on its own agricultural exports were met, but until then the arrangement had "effectively ceased to function."
The initiative was signed in Istanbul on July 22 last year in parallel documents by Russia and Ukraine with Turkey and the United Nations, which ran a joint coordination centre in the city to inspect ships. It had been renewed three times.
United Nations Secretary-General António Guterres said he was "deeply disappointed" and warned that "hundreds of millions of people face hunger." Turkish President Recep Tayyip Erdoğan said he believed President Vladimir Putin still wanted the corridor to continue and that he would discuss it with him in August.
Ukrainian President Volodymyr Zelensky said Ukraine was ready to keep shipping grain without Russian participation if Turkey and the United Nations agreed, though shipowners and insurers said few vessels would sail without Russian guarantees.
Wheat futures in Chicago rose about 3 percent on the news. China, the largest single buyer of grain shipped under the deal, made no immediate comment.""",
gold=G(["UKR","RUS","TUR","CHN"],
 [P("Dmitry Peskov",["Peskov"],"RUS"), P("António Guterres",["Guterres"]), P("Recep Tayyip Erdoğan",["Erdoğan"],"TUR"), P("Vladimir Putin",[],"RUS"), P("Volodymyr Zelensky",["Zelensky"],"UKR")],
 [], [],
 [], [A("Black Sea Grain Initiative",["the deal","the initiative","the arrangement"],["RUS","UKR","TUR"],"2022-07-22","terminated")])))

ARTS.append(dict(id="late1-049", title="Peruvian commandos end residence siege; 71 hostages freed", published="1997-04-24", source="Wire report",
text="""LIMA, April 23 — Peruvian troops stormed the residence of the Japanese ambassador yesterday afternoon, freeing 71 of the 72 hostages who had been held there for four months and killing all 14 rebels of the Tupac Amaru Revolutionary Movement who had seized it.
One hostage, Supreme Court Justice Carlos Giusti, died of a heart attack after being shot, and two commandos were killed. Ambassador Morihisa Aoki, who had hosted the reception for the Emperor's birthday at which the guerrillas burst in on Dec. 17, was among those freed unhurt.
President Alberto Fujimori, wearing a bulletproof vest, toured the smouldering building within hours and was photographed standing over the bodies of the rebels, including their leader, Néstor Cerpa Cartolini.
In Tokyo, Prime Minister Ryutaro Hashimoto thanked Fujimori but noted that Japan had not been informed in advance of the raid. "I would have preferred to be consulted," he said.
Commandos had reached the house through tunnels dug beneath the grounds over several weeks. Military officials said the rebels were playing indoor football when explosives were detonated under the floor.""",
gold=G(["PER","JPN"],
 [P("Carlos Giusti",["Giusti"],"PER"), P("Morihisa Aoki",["Aoki"],"JPN"), P("Alberto Fujimori",["Fujimori"],"PER"), P("Néstor Cerpa Cartolini",[]), P("Ryutaro Hashimoto",[],"JPN")],
 ["Tupac Amaru Revolutionary Movement"], [E("JPN","PER","Lima")], [], [])))
