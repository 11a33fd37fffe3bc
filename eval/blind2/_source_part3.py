"""blind2 articles b2-011 .. b2-019 (agreements, negatives). Text and gold together."""

ARTICLES = [
dict(
title="Iraq and Turkey sign Tigris-Euphrates water treaty",
published="2024-04-24", source="Gulf and Levant wire",
text="""BAGHDAD, April 24 - Iraq and Turkey signed a long-awaited water-sharing treaty on Monday, committing Ankara to release a minimum flow from its dams on the Tigris and Euphrates during the summer months.
The Tigris-Euphrates Water Allocation Treaty was signed in Baghdad by Iraq's water resources minister, Haider Kadhim al-Saadi, and Turkey's agriculture and forestry minister, Mehmet Ali Kaya, in the presence of both countries' leaders. It must still be ratified by the Iraqi parliament and the Turkish Grand National Assembly before it enters into force.
Under the ten-year pact, Turkey will guarantee an average of 400 cubic metres per second at the Iraqi border in dry months. In exchange, Baghdad will open its market to Turkish irrigation firms and cooperate against the PKK in the north. Al-Saadi called the deal "the most important agreement for Iraq's farmers in a generation".
Iraq has complained for decades that Turkish dam building has cut the flow of both rivers. Its only previous water deal is with Syria: a 1990 water agreement, still in force, under which Iraq receives 58 percent of the Euphrates water that crosses the Syrian border.
Syria was not consulted on the new treaty. Officials in Damascus pointed out that Turkey had promised Syria 500 cubic metres per second in a 1987 protocol, and said any deal downstream must respect it. Kaya said the Ankara-Baghdad treaty "takes nothing from anyone".
Environmental groups in Basra said the treaty was welcome but late. Salinity in the Shatt al-Arab has risen so far that farmers there have abandoned their date groves.""",
gold={
 "countries": ["IRQ", "TUR", "SYR"],
 "persons": [
  {"name": "Haider Kadhim al-Saadi", "aliases": ["Al-Saadi"], "nationality": "IRQ"},
  {"name": "Mehmet Ali Kaya", "aliases": ["Kaya"], "nationality": "TUR"}],
 "not_persons": ["Shatt al-Arab", "PKK"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Tigris-Euphrates Water Allocation Treaty", "aliases": ["water-sharing treaty", "ten-year pact", "Ankara-Baghdad treaty"],
   "parties": ["IRQ", "TUR"], "date": "2024-04-22", "status": "signed"},
  {"name": "1990 water agreement", "aliases": [], "parties": ["IRQ", "SYR"], "date": "1990", "status": "in_force"},
  {"name": "1987 protocol", "aliases": [], "parties": ["TUR", "SYR"], "date": "1987", "status": None}]}),

dict(
title="Sri Lanka-Maldives extradition treaty enters into force",
published="2022-10-03", source="Indian Ocean news service",
text="""COLOMBO - An extradition treaty between Sri Lanka and the Maldives entered into force on Saturday, the two governments said, closing what Sri Lankan police have called a loophole used by drug traffickers moving between the two countries.
The Treaty on Extradition was signed in Malé in March last year by Sri Lanka's justice minister, Chaminda Perera, and the Maldivian attorney general, Ahmed Rasheed Manik. The Maldivian parliament ratified it in June and Colombo completed its procedures in August.
Under the treaty, either country can ask the other to hand over a person wanted for an offence punishable by at least two years in prison. Political offences are excluded, and each side may refuse to extradite its own citizens, though it must then prosecute them at home.
"For too long a man could commit a crime in Colombo and be sitting in a café in Malé the next morning," Perera said on Sunday. Manik said the Colombo-Malé pact would be "applied fairly and without politics".
A companion agreement on mutual legal assistance in criminal matters, signed on the same day, has been ratified by Sri Lanka but still awaits approval in the Maldives.
Rights groups in Malé have asked for guarantees that the treaty will not be used against Maldivian opposition figures who live in Sri Lanka. Several of them left after the 2018 election and have since been joined by relatives.
Police in both countries said they had already prepared a first list of requests, most of them involving heroin smuggling by sea.""",
gold={
 "countries": ["LKA", "MDV"],
 "persons": [
  {"name": "Chaminda Perera", "aliases": ["Perera"], "nationality": "LKA"},
  {"name": "Ahmed Rasheed Manik", "aliases": ["Manik"], "nationality": "MDV"}],
 "not_persons": [],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Treaty on Extradition", "aliases": ["extradition treaty", "Colombo-Malé pact"],
   "parties": ["LKA", "MDV"], "date": "2021-03", "status": "in_force"},
  {"name": "agreement on mutual legal assistance in criminal matters", "aliases": ["companion agreement"],
   "parties": ["LKA", "MDV"], "date": "2021-03", "status": "signed"}]}),

dict(
title="Mauritania suspends fisheries accord with Senegal after clash at sea",
published="2023-02-17", source="Sahel Wire",
text="""NOUAKCHOTT, Feb 17 (Sahel Wire) - Mauritania has suspended its fisheries accord with Senegal, barring hundreds of Senegalese pirogues from its waters after a clash at sea in which a Mauritanian coastguard officer was wounded, the fisheries ministry said on Thursday.
The Mauritania-Senegal Fisheries Accord, signed in Dakar on July 22, 2018, allows up to 400 Senegalese canoes from the port of Saint-Louis to fish in Mauritanian waters each year in exchange for landing part of their catch in Mauritania.
Fisheries minister Mohamed Lemine Ould Sidi said the suspension would last "until the Senegalese side guarantees respect for the rules". He accused some crews of using banned nets and of firing flares at a patrol boat on Monday.
In Saint-Louis, where about 30,000 people depend on fishing, the news caused anger. "Without the licences, our men will have to go further south or stay at home," said Awa Diop, who heads a women's fish-processing cooperative. Senegal's fisheries minister, Moustapha Diouf Ndiaye, said he would travel to Nouakchott next week to seek a solution.
A previous fisheries agreement between the two countries lapsed in 2016 during a dispute over a young fisherman shot dead by coastguards, and Senegalese boats stayed out of Mauritanian waters for almost two years.
Senegalese crews have also lost access to the waters of Guinea-Bissau since their fisheries agreement with Bissau expired at the end of 2020. Talks on a new one have stalled.
Both countries also sell fishing rights to foreign fleets, including vessels from the European Union and China.""",
gold={
 "countries": ["MRT", "SEN", "GNB", "CHN"],
 "persons": [
  {"name": "Mohamed Lemine Ould Sidi", "aliases": [], "nationality": "MRT"},
  {"name": "Awa Diop", "aliases": []},
  {"name": "Moustapha Diouf Ndiaye", "aliases": [], "nationality": "SEN"}],
 "not_persons": ["Saint-Louis"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Mauritania-Senegal Fisheries Accord", "aliases": ["fisheries accord"],
   "parties": ["MRT", "SEN"], "date": "2018-07-22", "status": "suspended"},
  {"name": "previous fisheries agreement", "aliases": [],
   "parties": ["MRT", "SEN"], "date": None, "status": "terminated"},
  {"name": "fisheries agreement with Bissau", "aliases": [],
   "parties": ["SEN", "GNB"], "date": None, "status": "terminated"}]}),

dict(
title="Last British forces leave Malta as defence agreement expires",
published="1979-04-01", source="Mediterranean correspondent",
text="""VALLETTA, March 31 — The last British servicemen left Malta today, ending 179 years of British military presence on the island, as the 1972 defence agreement between the two countries expired at midnight.
A Royal Navy frigate carrying the final contingent of Royal Marines sailed out of Grand Harbour shortly after dawn, watched by thousands of Maltese. In the afternoon Prime Minister Dom Mintoff lit a bonfire on the bastions of Valletta to mark what his government has declared Freedom Day.
The military facilities agreement, signed in London in March 1972 after months of tense bargaining, gave Britain the use of bases on the island for seven years in return for rent of £14 million a year, part of it paid by NATO allies. It replaced the defence agreement concluded when Malta became independent in 1964, which Mintoff had denounced soon after taking office in 1971.
Mintoff told the crowd that Malta would now be "neutral, non-aligned and nobody's fortress". Among his guests was Colonel Muammar Gaddafi, whose government has promised Malta economic help. Italy and Libya are said to be discussing guarantees of Malta's neutrality, but no agreement has been reached.
British officials said relations with Malta remained friendly and that a British high commissioner would stay in Valletta. The dockyard, once the island's largest employer, is already being converted for commercial ship repair.
"It is the end of an era," said Joseph Camilleri, 68, a retired dockyard fitter who watched the ship leave. "My father worked for the Navy, and so did I. Now we must work for ourselves.\"""",
gold={
 "countries": ["MLT", "GBR", "LBY", "ITA"],
 "persons": [
  {"name": "Dom Mintoff", "aliases": ["Mintoff"], "nationality": "MLT"},
  {"name": "Muammar Gaddafi", "aliases": []},
  {"name": "Joseph Camilleri", "aliases": [], "nationality": "MLT"}],
 "not_persons": ["Grand Harbour", "Royal Marines", "Freedom Day"],
 "embassies": [{"sending": "GBR", "host": "MLT", "city": "Valletta"}],
 "defections": [],
 "agreements": [
  {"name": "1972 defence agreement", "aliases": ["military facilities agreement"],
   "parties": ["GBR", "MLT"], "date": "1972-03", "status": "terminated"},
  {"name": "defence agreement concluded when Malta became independent", "aliases": [],
   "parties": ["GBR", "MLT"], "date": "1964", "status": "terminated"}]}),

dict(
title="Pakistan suspends missile test notification pact with India",
published="2019-03-07", source="South Asia wire",
text="""ISLAMABAD, March 7 - Pakistan said on Wednesday it was suspending a 2005 agreement under which it and India notify each other in advance of ballistic missile tests, the latest casualty of the crisis that followed last month's air strikes.
The Agreement on Pre-Notification of Flight Testing of Ballistic Missiles, signed in New Delhi on October 3, 2005, obliges each side to give at least 72 hours' notice of a test and to keep test flights away from the border. Pakistan's foreign office spokesman, Tariq Mehmood Awan, said the missile notification pact would remain suspended "until India returns to the path of restraint".
India's Ministry of External Affairs called the decision "regrettable and irresponsible" and said New Delhi would continue to notify tests voluntarily. Analysts said the move was largely symbolic, since neither side has tested a missile without warning since the agreement took effect.
Awan stressed that Pakistan remained committed to the 1988 agreement on the prohibition of attacks against nuclear installations, under which the two countries exchange lists of their nuclear sites every January 1. That agreement, signed on December 31, 1988, by Benazir Bhutto and Rajiv Gandhi, remains in force, he said.
The crisis began when a suicide bomber killed 40 Indian paramilitary police in Kashmir on February 14. Indian jets struck what New Delhi called a militant camp at Balakot, and Pakistan shot down an Indian aircraft the next day, capturing its pilot, who was returned on March 1.
China and the United States have urged both sides to show restraint.""",
gold={
 "countries": ["PAK", "IND", "CHN", "USA"],
 "persons": [
  {"name": "Tariq Mehmood Awan", "aliases": ["Awan"], "nationality": "PAK"},
  {"name": "Benazir Bhutto", "aliases": []},
  {"name": "Rajiv Gandhi", "aliases": []}],
 "not_persons": ["Balakot"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Agreement on Pre-Notification of Flight Testing of Ballistic Missiles",
   "aliases": ["2005 agreement", "missile notification pact"],
   "parties": ["IND", "PAK"], "date": "2005-10-03", "status": "suspended"},
  {"name": "agreement on the prohibition of attacks against nuclear installations", "aliases": ["1988 agreement"],
   "parties": ["IND", "PAK"], "date": "1988-12-31", "status": "in_force"}]}),

dict(
title="Paraguay leaves three-country free trade pact",
published="2021-08-14", source="Southern Cone correspondent",
text="""ASUNCIÓN - Paraguay's withdrawal from the Río de la Plata Free Trade Agreement with Argentina and Uruguay took effect on Friday, six months after the government gave notice, Trade Minister Rodrigo Giménez Acosta said, adding that the three-country pact had brought Paraguayan farmers "more paperwork than profit".
The agreement, signed in Colonia del Sacramento in November 2019, removed tariffs on river freight services, processed foods and building materials among the three neighbours. It entered into force in July 2020.
Argentina and Uruguay have said they will keep the trilateral FTA in force between themselves. Uruguay's trade minister, Lucía Ferreira, said she regretted Paraguay's decision but that "the door remains open".
Paraguayan business groups were divided. Soya exporters, who ship most of their crops down the Paraná river through Argentine and Uruguayan ports, welcomed the move, saying the pact had done little for them. Builders warned of higher prices for cement imported from Argentina.
Giménez said Paraguay wanted to concentrate on its trade relationship with Taiwan, whose economic cooperation agreement with Asunción, signed in 2017, has been in force since 2018. Paraguay is the last country in South America to recognise Taipei rather than Beijing.
Critics in Congress said the government had acted without consulting them. "The executive signed the treaty and now it tears it up alone," said opposition senator Elena Cáceres.""",
gold={
 "countries": ["PRY", "ARG", "URY", "TWN", "CHN"],
 "persons": [
  {"name": "Rodrigo Giménez Acosta", "aliases": ["Giménez"], "nationality": "PRY"},
  {"name": "Lucía Ferreira", "aliases": [], "nationality": "URY"},
  {"name": "Elena Cáceres", "aliases": [], "nationality": "PRY"}],
 "not_persons": ["Colonia del Sacramento", "Paraná"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Río de la Plata Free Trade Agreement", "aliases": ["three-country pact", "trilateral FTA"],
   "parties": ["PRY", "ARG", "URY"], "date": "2019-11", "status": "withdrawn"},
  {"name": "economic cooperation agreement", "aliases": [],
   "parties": ["PRY", "TWN"], "date": "2017", "status": "in_force"}]}),

dict(
title="Congo and Rwanda sign peace agreement in Washington",
published="2025-06-28", source="Wire report",
text="""WASHINGTON, June 28 - The Democratic Republic of Congo and Rwanda signed a peace agreement in Washington on Friday, committing Kigali to withdraw its troops from eastern Congo within 90 days and Kinshasa to act against a Rwandan Hutu militia operating on its soil.
The foreign ministers of the two countries, Aline Mbuyi Kalonji of Congo and Jean-Bosco Habimana of Rwanda, signed the accord at the State Department in the presence of senior American and Qatari officials, who helped broker it. Neither the United States nor Qatar is a party to the agreement, which creates a joint security mechanism to monitor its implementation.
"This is not the end of the road, but it is the first road that goes somewhere," Mbuyi told reporters. Habimana said Rwanda would honour the Washington accord "as long as our security concerns are addressed".
The deal does not cover the M23 rebels, who seized the cities of Goma and Bukavu earlier this year. Their representatives are holding separate talks with the Congolese government in Doha.
Previous attempts have failed. A ceasefire agreed by the two countries in Luanda in July 2024 under Angolan mediation collapsed in January, when the rebels advanced on Goma.
Congo accuses Rwanda of plundering the minerals of the Kivu provinces, a charge Kigali denies. The agreement also promises joint investment in mining, with the participation of American companies.
Analysts in Kinshasa were cautious. "Signing is easy," said Patrick Lusamba, a political scientist at the University of Kinshasa. "The question is who pays when it is broken.\"""",
gold={
 "countries": ["COD", "RWA", "USA", "QAT", "AGO"],
 "persons": [
  {"name": "Aline Mbuyi Kalonji", "aliases": ["Mbuyi"], "nationality": "COD"},
  {"name": "Jean-Bosco Habimana", "aliases": ["Habimana"], "nationality": "RWA"},
  {"name": "Patrick Lusamba", "aliases": []}],
 "not_persons": ["M23", "Goma", "Bukavu"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Washington accord", "aliases": ["peace agreement"],
   "parties": ["COD", "RWA"], "date": "2025-06-27", "status": "signed"},
  {"name": "ceasefire agreed by the two countries in Luanda", "aliases": [],
   "parties": ["COD", "RWA"], "date": "2024-07", "status": "terminated"}]}),

dict(
title="Norrvik recalls 180,000 dishwashers over heating defect",
published="2024-05-14", source="Business desk",
text="""STOCKHOLM - The Swedish appliance maker Norrvik is recalling about 180,000 dishwashers sold in Sweden, Norway and Finland after finding a defect in a heating element that can cause the machines to overheat.
The faulty part was made at the company's plant in Łódź, Poland, between March and October last year, the company said on Monday. No injuries have been reported, but Norrvik said it had received 43 reports of scorched cabinets and two of small kitchen fires.
"A defect like this is simply not acceptable," said Ingrid Sjöberg, the company's head of product safety. "Customers should stop using the machines and contact us for a free repair."
Owners can check whether their machine is affected by entering the serial number on the company's website. Technicians will replace the heating element at home, a job that takes about forty minutes.
The recall is the second setback for Norrvik this year. In February its chief designer, Mats Lindqvist, defected to the Danish rival Kvist, taking two engineers with him. Analysts said the departures had left the product team stretched.
Consumer agencies in the three countries said they were monitoring the recall. Norway's consumer council asked the company to extend the deadline for claims. Norrvik also said it had reached an agreement with its supplier on sharing the cost of repairs, which it put at around 300 million kronor.""",
gold={
 "countries": ["SWE", "NOR", "FIN", "POL", "DNK"],
 "persons": [
  {"name": "Ingrid Sjöberg", "aliases": []},
  {"name": "Mats Lindqvist", "aliases": []}],
 "not_persons": ["Norrvik", "Kvist", "Łódź"],
 "embassies": [],
 "defections": [],
 "agreements": []}),

dict(
title="Malawi opposition MP crosses to ruling party over refugee camp row",
published="2024-02-08", source="Southern Africa correspondent",
text="""LILONGWE - A veteran opposition MP defected to the ruling party on Wednesday, saying she could no longer defend her former party's stance on refugees.
Chifundo Banda Mwale, who has represented a constituency in Dowa district for fifteen years, announced at a rally that she had left the Democratic Progressive Party and joined the Malawi Congress Party. "I have not left Malawi. I have left a party that forgot the people of Dowa," she said.
Her constituency includes Dzaleka refugee camp, home to more than 50,000 people who have fled wars in the Democratic Republic of Congo, Burundi and Rwanda, as well as a growing number of Mozambicans who crossed the border to escape fighting in Cabo Delgado. Mwale said DPP leaders had called for the camp to be closed and its residents sent home, a policy she called "cruel and unworkable".
Opposition officials called her a traitor and said they would challenge her seat under the section of the constitution that bars MPs from crossing the floor. The Speaker's office said the matter would be examined.
Last month a group of 37 refugees, mostly young men, walked out of Dzaleka and tried to reach South Africa; eleven were arrested in Mozambique. Police did not release their names.
The move gives the governing party a working majority for the first time since the 2020 election. Party spokesman Ezekiel Phiri welcomed her "courage". "She has come home," he said.""",
gold={
 "countries": ["MWI", "COD", "BDI", "RWA", "MOZ", "ZAF"],
 "persons": [
  {"name": "Chifundo Banda Mwale", "aliases": ["Mwale"], "nationality": "MWI"},
  {"name": "Ezekiel Phiri", "aliases": []}],
 "not_persons": ["Dzaleka", "Dowa", "Cabo Delgado"],
 "embassies": [],
 "defections": [],
 "agreements": []}),
]
