from h import *
ARTS = []
ARTS.append(dict(id="late1-030", title="Second Romanian official defects in Bonn this year", published="1978-11-02", source="Wire report",
text="""BONN, Nov. 2 — An economic counsellor at the Romanian Embassy here has asked for political asylum in West Germany, the Interior Ministry confirmed today, the second defection by a Romanian official in the country in four months.
Constantin Dumitrescu, 45, who had been responsible for trade in machine tools and chemicals, did not return to the embassy after a visit to the Frankfurt book fair and went to police in Wiesbaden on Monday, a ministry spokesman said. He is being questioned by the Federal Office for the Protection of the Constitution.
The Romanian Embassy said it knew nothing of an asylum request and described Dumitrescu as "on leave."
The case will inevitably be compared with that of Lt. Gen. Ion Mihai Pacepa, the deputy head of Romania's foreign intelligence service, who was visiting West Germany on an official mission in July when he sought refuge with the Americans. He was flown to the United States within days.
Officials here played down any link. "Mr. Dumitrescu is an economist, not a general," one said.
President Nicolae Ceauşescu's government has been unusually silent about the Pacepa affair, though several Romanian ambassadors have since been recalled to Bucharest.""",
gold=G(["DEU","ROU","USA"],
 [P("Constantin Dumitrescu",["Dumitrescu","Mr. Dumitrescu"],"ROU"), P("Ion Mihai Pacepa",["Pacepa"],"ROU"), P("Nicolae Ceauşescu",["Ceauşescu"],"ROU")],
 ["Federal Office for the Protection of the Constitution"], [E("ROU","DEU","Bonn")],
 [D("Constantin Dumitrescu","ROU","DEU","DEU","1978-10-30","economic counsellor"),
  D("Ion Mihai Pacepa","ROU","USA",None,"1978-07","deputy head of foreign intelligence service, lieutenant general")], [])))

ARTS.append(dict(id="late1-031", title="Israel, UAE and Bahrain sign Abraham Accords at White House", published="2020-09-16", source="Wire report",
text="""WASHINGTON — Israel signed agreements to normalise relations with the United Arab Emirates and Bahrain at the White House on Tuesday, the first Arab states to establish formal ties with Israel in more than a quarter century.
Prime Minister Benjamin Netanyahu, UAE Foreign Minister Sheikh Abdullah bin Zayed Al Nahyan and Bahraini Foreign Minister Abdullatif al-Zayani signed the documents, known collectively as the Abraham Accords, on a table on the South Lawn, with President Donald Trump, who brokered the deals, signing as a witness.
"After decades of division and conflict, we mark the dawn of a new Middle East," Trump told several hundred guests, few of them wearing masks.
The agreements commit the parties to open embassies, establish direct flights and cooperate on trade, tourism and security. The Emirati document is a full treaty of peace; the Bahraini one is a shorter declaration that leaves details to later negotiations.
Egypt and Jordan, which made peace with Israel decades ago, welcomed the accords. Iran denounced them as a betrayal. Officials in Washington said they hoped Saudi Arabia and Sudan would follow, though Riyadh has said it will not move without progress toward a Palestinian state.""",
gold=G(["ISR","ARE","BHR","USA","EGY","JOR","IRN","SAU","SDN"],
 [P("Benjamin Netanyahu",["Netanyahu"],"ISR"), P("Abdullah bin Zayed Al Nahyan",["Sheikh Abdullah bin Zayed Al Nahyan"],"ARE"), P("Abdullatif al-Zayani",["al-Zayani"],"BHR"), P("Donald Trump",["Trump"],"USA")],
 ["Abraham Accords"], [],
 [], [A("Abraham Accords",["the accords","the agreements"],["ISR","ARE","BHR"],"2020-09-15","signed")])))

ARTS.append(dict(id="late1-032", title="Belarusian sprinter lands in Warsaw after Olympic standoff", published="2021-08-05", source="Wire report",
text="""WARSAW — Alesia Karpovich, the Belarusian sprinter who refused to fly home from the Tokyo Olympics, arrived in Warsaw on Wednesday on a Polish humanitarian visa, ending a standoff that began when team officials tried to force her onto a plane after she criticised her coaches online.
Karpovich, 24, asked Japanese police at Haneda airport for protection on Sunday evening, saying she feared she would be punished if she returned to Minsk. She spent the night at an airport hotel under guard and on Monday walked into the Polish Embassy in Tokyo, which issued her a visa within hours.
"I was afraid. Now I am not afraid," she told reporters at Warsaw's Chopin airport, wearing a borrowed Polish team jacket.
Her husband, Arseni Karpovich, left Belarus for Ukraine on Monday, his lawyer said.
Polish Deputy Foreign Minister Marcin Przydacz said Poland would help her continue her career "if she chooses to do so here." The International Olympic Committee has opened an investigation into the Belarusian team's conduct.
Belarus's national Olympic committee, long headed by President Alexander Lukashenko's eldest son, said the athlete had been withdrawn on doctors' advice "because of her emotional and psychological state." She has rejected that account.""",
gold=G(["BLR","JPN","POL","UKR"],
 [P("Alesia Karpovich",["Karpovich"],"BLR"), P("Arseni Karpovich",[],"BLR"), P("Marcin Przydacz",["Przydacz"],"POL"), P("Alexander Lukashenko",["Lukashenko"],"BLR")],
 ["International Olympic Committee","Chopin airport"], [E("POL","JPN","Tokyo")],
 [D("Alesia Karpovich","BLR","POL",None,"2021-08-01","sprinter"),
  D("Arseni Karpovich","BLR","UKR",None,"2021-08-02")], [])))

ARTS.append(dict(id="late1-033", title="Poland summons Russian envoy over drone debris", published="2025-02-18", source="Wire brief",
text="""WARSAW — Poland summoned Russia's chargé d'affaires on Tuesday to protest against what it called a "deliberate provocation" after fragments of a drone were found in a field near the village of Osiny, about 20 kilometres from the Belarusian border.
Foreign Minister Radosław Sikorski said the diplomat, Georgy Mikhno, had been handed a note demanding an explanation. "Our patience is not unlimited," Sikorski told reporters, adding that Poland was weighing "further steps" regarding Russian consular offices still operating in the country.
The Russian embassy said the debris could not be identified and accused Warsaw of "yet another information campaign." Military prosecutors have opened an investigation.
Poland has already closed Russian consulates in Poznań and Kraków over alleged sabotage, leaving one in Gdańsk in addition to the embassy in Warsaw.""",
gold=G(["POL","RUS","BLR"],
 [P("Radosław Sikorski",["Sikorski"],"POL"), P("Georgy Mikhno",[],"RUS")],
 [], [E("RUS","POL","Warsaw"), E("RUS","POL","Gdańsk"), E("RUS","POL","Poznań"), E("RUS","POL","Kraków")], [], [])))

ARTS.append(dict(id="late1-034", title="Egypt and Israel sign peace treaty on White House lawn", published="1979-03-27", source="Wire report",
text="""WASHINGTON, March 26 — President Anwar el-Sadat of Egypt and Prime Minister Menachem Begin of Israel signed a treaty of peace today on the North Lawn of the White House, formally ending three decades of war between their nations.
President Carter, who signed as a witness, told 1,600 guests that the two leaders had "taken a step that will live in history." Sadat and Begin embraced after the signing, each praising the American President's persistence.
The treaty provides for Israel's phased withdrawal from the Sinai Peninsula over three years, the establishment of normal diplomatic relations and the exchange of ambassadors, and the stationing of United Nations and other forces in limited-armament zones.
It grows out of the two frameworks for peace agreed and signed at Camp David last September. One of those, dealing with autonomy for Palestinians in the West Bank and Gaza, remains the subject of negotiations expected to begin within a month.
Across the Arab world the reaction was hostile. Syria and Iraq called for Egypt's expulsion from the Arab League, and Saudi Arabia, Egypt's chief financial backer, said it would consult with other Arab states. In Tehran, the new revolutionary government denounced the treaty.
"Peace has come," Begin said in his remarks. "Let us turn our hearts to our peoples." """,
gold=G(["EGY","ISR","USA","SYR","IRQ","SAU","IRN"],
 [P("Anwar el-Sadat",["Sadat"],"EGY"), P("Menachem Begin",["Begin"],"ISR"), P("Carter",["President Carter"],"USA")],
 ["Arab League","Camp David"], [],
 [], [A("Egypt-Israel treaty of peace",["the treaty"],["EGY","ISR"],"1979-03-26","signed"),
      A("Camp David frameworks for peace",["two frameworks for peace"],["EGY","ISR"],"1978-09","signed")])))

ARTS.append(dict(id="late1-035", title="Polish seaman jumps ship in Hull", published="1958-10-14", source="British provincial daily",
text="""A 23-year-old deck hand from the Polish cargo ship Jarosław Dąbrowski, which sailed from Hull on Sunday without him, has asked to be allowed to stay in Britain as a political refugee.
The man, Tadeusz Wróblewski, of Gdynia, left the ship on Saturday evening while most of the crew were ashore. He spent two nights at the home of Mrs. Irena Nowak, a Polish-born widow in the Hessle Road district who had met him at a seamen's mission, before she accompanied him to the police station yesterday morning.
"He was frightened and hungry and he did not want to go back," Mrs. Nowak said. "I only gave him soup and a bed."
The Polish Embassy in London has asked the Home Office to return him to the ship's owners, saying he had signed a contract and owed money to the company. A Home Office spokesman said the request for asylum would be considered on its merits.
Wróblewski is the fourth Polish seaman to leave a ship in a British port this year.""",
gold=G(["POL","GBR"],
 [P("Tadeusz Wróblewski",["Wróblewski"],"POL"), P("Irena Nowak",["Mrs. Nowak"])],
 ["Jarosław Dąbrowski","Home Office"], [E("POL","GBR","London")],
 [D("Tadeusz Wróblewski","POL","GBR",None,"1958-10-11","deck hand on cargo ship")], [])))

ARTS.append(dict(id="late1-036", title="Cuban doctors slip out of Venezuela's clinics", published="2007-10-22", source="News feature, Miami daily",
text="""MIAMI — For fourteen months, Yanelis Pérez Rosabal treated patients in a one-room clinic in a hillside barrio of Barquisimeto, one of tens of thousands of Cuban medical workers sent to Venezuela under a cooperation accord between the two governments. In August, she and a colleague, Ernesto Cárdenas Leyva, boarded a night bus to the border, crossed on foot into Colombia near Cúcuta, and began the long wait for American visas.
They arrived in Miami this month.
"In Venezuela the Cubans watch the Cubans," said Cárdenas, 34, an anaesthetist from Holguín. "You have a coordinator who checks who you talk to, who keeps your passport. We were not doctors. We were merchandise."
Both were admitted under a U.S. programme, launched last year, that offers expedited entry to Cuban medical personnel serving in third countries. Havana calls it a scheme to steal its professionals; Washington says it simply gives people a choice.
The exodus touches a nerve in the relationship between Havana and Caracas. Under the agreement signed by Fidel Castro and Hugo Chávez in 2000, which remains in force, Cuba provides doctors, teachers and sports coaches and receives Venezuelan oil on preferential terms. Venezuelan officials say more than 20,000 Cuban health workers are now in the country.
In Cúcuta, the two doctors were sheltered for seven weeks by a parish priest, Luis Ángel Mora, who says he has helped more than forty Cubans since January. "I do not ask them about politics," Mora said by telephone. "I ask them if they have eaten."
Pérez, 29, wants to requalify and practise in Florida. Her parents in Camagüey have not been told where she is.""",
gold=G(["CUB","VEN","COL","USA"],
 [P("Yanelis Pérez Rosabal",["Pérez"],"CUB"), P("Ernesto Cárdenas Leyva",["Cárdenas"],"CUB"), P("Fidel Castro",[],"CUB"), P("Hugo Chávez",[],"VEN"), P("Luis Ángel Mora",["Mora"],"COL")],
 [], [],
 [D("Yanelis Pérez Rosabal","CUB","USA","VEN","2007-08","doctor in medical cooperation mission"),
  D("Ernesto Cárdenas Leyva","CUB","USA","VEN","2007-08","anaesthetist")],
 [A("Cuba-Venezuela cooperation accord",["the agreement"],["CUB","VEN"],"2000","in_force")])))

ARTS.append(dict(id="late1-037", title="Ethiopian U.N. diplomat seeks asylum", published="1988-06-09", source="Wire brief",
text="""UNITED NATIONS, June 9 — A first secretary at Ethiopia's mission to the United Nations has asked for political asylum in the United States, the State Department said today.
Tesfaye Gebremedhin, 39, who handled economic committees for the Marxist Government of Lieut. Col. Mengistu Haile Mariam, left the mission on Tuesday and contacted the Immigration and Naturalization Service through a lawyer. His wife and three children are with him.
In a statement released by his lawyer, Mr. Tesfaye said he could "no longer defend in public a policy of forced resettlement that is killing my countrymen."
The Ethiopian mission said in a statement that he had been dismissed for "gross misconduct" before his departure.
He is the most senior Ethiopian diplomat to defect since Goshu Wolde, who resigned as Foreign Minister during a visit to New York in 1986 and stayed in the United States.""",
gold=G(["ETH","USA"],
 [P("Tesfaye Gebremedhin",["Mr. Tesfaye"],"ETH"), P("Mengistu Haile Mariam",[],"ETH"), P("Goshu Wolde",[],"ETH")],
 ["Immigration and Naturalization Service"], [E("ETH","USA","New York")],
 [D("Tesfaye Gebremedhin","ETH","USA","USA","1988-06-07","first secretary at the mission to the United Nations"),
  D("Goshu Wolde","ETH","USA",None,"1986","Foreign Minister")], [])))

ARTS.append(dict(id="late1-038", title="Iran and world powers strike interim nuclear deal in Geneva", published="2013-11-25", source="News analysis",
text="""GENEVA — Iran and six world powers concluded an interim agreement shortly after 3 a.m. on Sunday that freezes key parts of Tehran's nuclear programme for six months in exchange for limited relief from sanctions, the first substantive accord between Iran and the West in a decade.
The Joint Plan of Action was agreed by Iran and the United States, Britain, France, Russia, China and Germany after four days of talks in a Geneva hotel, with the European Union's foreign policy chief, Catherine Ashton, chairing.
Under its terms, Iran will stop enriching uranium above 5 percent, dilute or convert its stockpile of 20 percent material, and allow daily inspections at its Natanz and Fordow sites. In return, it will receive about $7 billion in relief, including access to frozen oil revenue.
Secretary of State John Kerry said the deal made the world "safer," while Iran's Foreign Minister, Mohammad Javad Zarif, said it recognised Iran's right to enrichment, an interpretation Washington immediately disputed.
What it does not do
The agreement is designed as a first step. Negotiators now have six months to reach a comprehensive settlement, and the hardest questions, including the future of the heavy-water reactor at Arak, were deferred.
Verification will fall to the International Atomic Energy Agency, whose inspectors will for the first time be allowed into centrifuge assembly workshops and uranium mines. Officials in Vienna said the agency would need additional funding and staff to carry out the expanded work, and that the first report on Iranian compliance could come as early as January.
The sanctions relief is deliberately modest. Most of the oil and banking measures imposed by Washington and the European Union in the past two years stay in place, and Western officials estimate that Iran will continue to lose billions of dollars a month in oil revenue. "The architecture of sanctions remains," a senior American official told reporters. "We are opening a window, not the door."
In Tehran, the mood was jubilant. Crowds gathered at the airport to greet Zarif on his return, some carrying olive branches, and President Hassan Rouhani said in a televised address that the world had "recognised the nuclear rights of the Iranian nation." Hardliners were quieter than expected, though several conservative newspapers warned that the West could not be trusted to keep its side of the bargain.
For Rouhani, elected in June on a promise to end Iran's isolation, the agreement is the first tangible return on his gamble that engagement with the United States could be sold at home. For President Barack Obama, it is a wager that a limited deal now will make a comprehensive one possible later, rather than relieving the pressure that brought Iran to the table.
The critics
Israel's prime minister, Benjamin Netanyahu, called it "a historic mistake" and said Israel was not bound by it. Saudi officials, who had lobbied against any accommodation with Tehran, made no public comment, but a member of the kingdom's consultative council said Gulf states had been "kept in the dark."
In Congress, several senators said they would press ahead with new sanctions legislation regardless. Senator Robert Menendez, the chairman of the Foreign Relations Committee, said the agreement "does not proportionately reduce Iran's nuclear program" and that additional sanctions would be ready "should Iran fail to comply."
Diplomats who took part in the talks say the six-month clock will be tight. The comprehensive negotiations must address not only enrichment but the number of centrifuges Iran may keep, the future of Arak and the pace at which sanctions would be lifted. "This was the easy part," said one European negotiator. "And it took us ten years.""",
gold=G(["IRN","USA","GBR","FRA","RUS","CHN","DEU","ISR","SAU"],
 [P("Catherine Ashton",["Ashton"]), P("John Kerry",["Kerry"],"USA"), P("Mohammad Javad Zarif",["Zarif"],"IRN"), P("Benjamin Netanyahu",["Netanyahu"],"ISR"),
  P("Hassan Rouhani",["Rouhani"],"IRN"), P("Barack Obama",[],"USA"), P("Robert Menendez",["Menendez"],"USA")],
 ["International Atomic Energy Agency","Arak"], [],
 [], [A("Joint Plan of Action",["interim agreement","the deal"],["IRN","USA","GBR","FRA","RUS","CHN","DEU"],"2013-11-24","signed")])))

ARTS.append(dict(id="late1-039", title="Saudi Arabia cuts ties with Iran after embassy stormed", published="2016-01-04", source="Wire report",
text="""RIYADH — Saudi Arabia severed diplomatic relations with Iran on Sunday and gave Iranian diplomats 48 hours to leave the kingdom, after protesters stormed and set fire to the Saudi Embassy in Tehran in anger at the execution of a prominent Shiite cleric.
Foreign Minister Adel al-Jubeir said Saudi diplomats had been evacuated from Iran and that the kingdom would "not allow Iran to undermine our security." Bahrain said on Monday it was also cutting ties.
Crowds broke into the embassy compound late on Saturday, hurling petrol bombs and ransacking offices, hours after Riyadh announced the execution of Sheikh Nimr al-Nimr along with 46 others convicted of terrorism offences. The Saudi consulate in Mashhad was also attacked.
Iranian President Hassan Rouhani condemned the attack on the embassy as "totally unjustifiable" and said those responsible would be prosecuted, while still accusing Riyadh of a "criminal" act in executing the cleric. Police said about 40 people had been arrested.
The Iranian Embassy in Riyadh was closed by Monday morning.""",
gold=G(["SAU","IRN","BHR"],
 [P("Adel al-Jubeir",["al-Jubeir"],"SAU"), P("Nimr al-Nimr",["Sheikh Nimr al-Nimr"]), P("Hassan Rouhani",["Rouhani"],"IRN")],
 [], [E("SAU","IRN","Tehran"), E("SAU","IRN","Mashhad"), E("IRN","SAU","Riyadh")], [], [])))
