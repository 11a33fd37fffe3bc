ARTICLES = [
{"id":"treaty-010","title":"Brandt and Kosygin sign non-aggression treaty in Kremlin","published":"1970-08-13","source":"Foreign service",
"text":"""MOSCOW, Aug. 12 — West Germany and the Soviet Union today signed a treaty renouncing the use of force and accepting the existing frontiers of Europe, a document Chancellor Willy Brandt called the end of "the postwar period" in Bonn's relations with the East.
Brandt and Premier Alexei Kosygin signed the Moscow Treaty in St. Catherine's Hall of the Kremlin, with the foreign ministers, Walter Scheel and Andrei Gromyko, adding their signatures beside them. Leonid Brezhnev, the Communist party chief, stood behind the table and later received the chancellor for four hours of talks.
Under the treaty both sides pledge to respect the territorial integrity of all European states "within their present frontiers," including the Oder-Neisse line and the border between the two German states.
The treaty will not take effect until it is ratified by the Bundestag, and Brandt's government has made clear that it will not submit it until there is a satisfactory settlement on Berlin. The opposition Christian Democrats have already attacked the document as a sellout.
West German officials said negotiations with Warsaw on a separate treaty would resume in the autumn."""
,"gold":{"countries":["DEU","SUN","POL"],
"persons":[{"name":"Willy Brandt","aliases":["Brandt"],"nationality":"DEU"},{"name":"Alexei Kosygin","aliases":[],"nationality":"SUN"},{"name":"Walter Scheel","aliases":[],"nationality":"DEU"},{"name":"Andrei Gromyko","aliases":[],"nationality":"SUN"},{"name":"Leonid Brezhnev","aliases":[],"nationality":"SUN"}],
"not_persons":["St. Catherine's Hall"],
"agreements":[{"name":"Moscow Treaty","aliases":[],"parties":["DEU","SUN"],"date":"1970-08-12","status":"signed"}]}},

{"id":"treaty-011","title":"Senegal, Mauritania extend fishing accord","published":"1998-11-25","source":"West Africa wire",
"text":"""NOUAKCHOTT — Senegalese pirogues will be able to keep fishing in Mauritanian waters for another five years after the two neighbours renewed their fisheries agreement here on Monday.
The accord, first concluded in 1983 and renewed every five years since, allows up to 300 Senegalese canoes a year to fish off the Mauritanian coast on condition that a share of the catch is landed in Nouadhibou. Mauritanian officials had threatened in the summer to let it lapse, complaining that the landing rule was widely ignored.
"The sea does not know our quarrels, and the fishermen of Saint-Louis have fished these banks since before there were borders," said Mamadou Lamine Ndiaye, Senegal's fisheries minister, after the signing ceremony.
His Mauritanian counterpart, Sidi Mohamed Ould Boubacar, said inspections at sea would be stepped up and the number of licences would be reviewed annually.
Fishing is the largest employer in Senegal's coastal regions, and relations between the two countries have been sensitive since the border violence of 1989."""
,"gold":{"countries":["SEN","MRT"],
"persons":[{"name":"Mamadou Lamine Ndiaye","aliases":[],"nationality":"SEN"},{"name":"Sidi Mohamed Ould Boubacar","aliases":[],"nationality":"MRT"}],
"agreements":[{"name":"Senegal–Mauritania fisheries agreement","aliases":[],"parties":["SEN","MRT"],"date":"1983","status":"in_force"}]}},

{"id":"treaty-012","title":"France fumes as AUKUS sinks submarine contract","published":"2021-09-16","source":"Wire report",
"text":"""PARIS — France reacted with fury on Thursday after Australia abandoned a multibillion-dollar order for French-designed submarines in favour of nuclear-powered boats to be built with American and British technology under AUKUS, a new security partnership.
President Joe Biden, Prime Minister Scott Morrison and Prime Minister Boris Johnson unveiled AUKUS in a joint virtual appearance on Wednesday, presenting it as a response to a more assertive China without naming Beijing.
"This is a stab in the back," Foreign Minister Jean-Yves Le Drian told France Info radio. "We built a relationship of trust with Australia, and that trust has been betrayed."
Canberra said the contract with the French shipbuilder Naval Group, worth about 56 billion euros, would be terminated. Morrison said the decision was about capability, not about France.
Chinese officials called the arrangement "extremely irresponsible." Details of how the submarines will be built are to be worked out over the next 18 months."""
,"gold":{"countries":["FRA","AUS","USA","GBR","CHN"],
"persons":[{"name":"Joe Biden","aliases":[],"nationality":"USA"},{"name":"Scott Morrison","aliases":["Morrison"],"nationality":"AUS"},{"name":"Boris Johnson","aliases":[],"nationality":"GBR"},{"name":"Jean-Yves Le Drian","aliases":[],"nationality":"FRA"}],
"not_persons":["France Info","Naval Group"],
"agreements":[{"name":"AUKUS","aliases":[],"parties":["AUS","USA","GBR"],"date":"2021-09-15","status":None}]}},

{"id":"treaty-013","title":"Reagan, Gorbachev sign INF treaty","published":"1987-12-09","source":"Washington bureau",
"text":"""WASHINGTON — President Ronald Reagan and General Secretary Mikhail S. Gorbachev signed the Intermediate-Range Nuclear Forces Treaty in the East Room of the White House yesterday afternoon, the first agreement of the nuclear age to do away with an entire class of weapons.
Under the INF treaty the United States will destroy its Pershing II and ground-launched cruise missiles, and the Soviet Union its SS-20s and older SS-4s, within three years. Inspectors from each country will be stationed outside the other's missile plants.
"Doveryai, no proveryai — trust, but verify," Mr. Reagan said, repeating a Russian proverb he has made his own. Mr. Gorbachev smiled and replied, "You repeat that at every meeting."
The treaty must still win the consent of two-thirds of the Senate, where conservative Republicans have promised a fight. Secretary of State George P. Shultz and Foreign Minister Eduard A. Shevardnadze are to meet again in the new year.
In West Germany, where many of the Pershings are based, Chancellor Helmut Kohl welcomed the signing as "a historic day for Europe.\""""
,"gold":{"countries":["USA","SUN","DEU"],
"persons":[{"name":"Ronald Reagan","aliases":["Reagan","Mr. Reagan","President Reagan"],"nationality":"USA"},{"name":"Mikhail S. Gorbachev","aliases":["Gorbachev","Mr. Gorbachev"],"nationality":"SUN"},{"name":"George P. Shultz","aliases":[],"nationality":"USA"},{"name":"Eduard A. Shevardnadze","aliases":[],"nationality":"SUN"},{"name":"Helmut Kohl","aliases":[],"nationality":"DEU"}],
"not_persons":["Pershing II","East Room"],
"agreements":[{"name":"Intermediate-Range Nuclear Forces Treaty","aliases":["INF treaty"],"parties":["USA","SUN"],"date":"1987-12-08","status":"signed"}]}},

{"id":"treaty-014","title":"INF treaty dies as US exit takes effect","published":"2019-08-03","source":"Wire report",
"text":"""The Intermediate-Range Nuclear Forces treaty, a landmark of the late Cold War, formally ended on Friday when the United States completed its withdrawal six months after serving notice in February.
"Russia is solely responsible for the treaty's demise," Secretary of State Mike Pompeo said in a statement, repeating Washington's charge that Moscow had deployed a cruise missile, the 9M729, in breach of the pact's limits.
The Kremlin denies the accusation. Deputy Foreign Minister Sergei Ryabkov said the United States had "made a grave mistake" and that Russia would not deploy new missiles in any region unless the Americans did so first.
The 1987 accord, signed by Ronald Reagan and Mikhail Gorbachev, eliminated nearly 2,700 missiles with ranges between 500 and 5,500 kilometres. Its end leaves New START, which remains in force until February 2021, as the only treaty restraining the two largest nuclear arsenals.
The administration of President Donald Trump has said it wants any future arms-control deal to include China, which was never bound by the INF limits. Beijing has said it has no interest in joining."""
,"gold":{"countries":["USA","RUS","CHN"],
"persons":[{"name":"Mike Pompeo","aliases":[],"nationality":"USA"},{"name":"Sergei Ryabkov","aliases":[],"nationality":"RUS"},{"name":"Ronald Reagan","aliases":[]},{"name":"Mikhail Gorbachev","aliases":[]},{"name":"Donald Trump","aliases":[],"nationality":"USA"}],
"agreements":[{"name":"Intermediate-Range Nuclear Forces treaty","aliases":["INF"],"parties":["USA","RUS"],"date":"1987","status":"terminated"},
{"name":"New START","aliases":[],"parties":["USA","RUS"],"date":None,"status":"in_force"}]}},

{"id":"treaty-015","title":"Fishermen's relatives rally at Australian embassy in Jakarta","published":"2008-03-12","source":"Jakarta correspondent",
"text":"""JAKARTA — About 300 protesters, many of them wives and children of jailed fishermen from Nusa Tenggara, rallied outside the Australian embassy in Kuningan on Wednesday, demanding the release of 42 crewmen arrested in the Timor Sea last month.
Police in riot gear kept the crowd behind barricades as demonstrators burned a mock fishing boat and chanted slogans. "Our men were catching fish, not smuggling people," said Siti Rahayu, who organised the protest. Her brother is among those held in Darwin.
Indonesia's Foreign Ministry spokesman, Teuku Faizasyah, said the government had asked for consular access and that the embassy in Canberra had delivered a diplomatic note seeking details of the charges.
Australia's ambassador, Bill Farmer, met representatives of the protesters and promised to pass on their concerns. Australian officials say the boats were fishing illegally inside Australia's exclusive economic zone and that the crews will be dealt with by the courts.
There was no damage to the embassy compound, police said."""
,"gold":{"countries":["IDN","AUS"],
"persons":[{"name":"Siti Rahayu","aliases":[]},{"name":"Teuku Faizasyah","aliases":[],"nationality":"IDN"},{"name":"Bill Farmer","aliases":[],"nationality":"AUS"}],
"embassies":[{"sending":"AUS","host":"IDN","city":"Jakarta"},{"sending":"IDN","host":"AUS","city":"Canberra"}]}},

{"id":"treaty-016","title":"Uganda to quit lake fisheries protocol next year","published":"2016-05-11","source":"East African desk",
"text":"""KAMPALA — Uganda will withdraw next year from the three-nation protocol that governs fishing on Lake Victoria, the Minister of State for Fisheries, Christopher Okello Opio, told parliament on Tuesday, arguing that the arrangement favours Kenyan and Tanzanian processors.
The Lake Victoria Fisheries Protocol, signed in Arusha in 2003 and in force since the following year, sets minimum net sizes, closed seasons and joint patrols across the lake, which Uganda shares with Kenya and Tanzania.
Okello said Kampala would give formal notice in January, with the exit taking effect twelve months later. Until then Ugandan patrols would continue to operate under the protocol's rules, he said.
In Nairobi, a Kenyan fisheries official, Rose Atieno Wanjala, said she regretted the decision and warned that stocks of Nile perch, already depleted, could collapse without coordinated controls. Tanzania's government made no immediate comment.
Nile perch fillets are among Uganda's most valuable exports, most of them flown to European markets."""
,"gold":{"countries":["UGA","KEN","TZA"],
"persons":[{"name":"Christopher Okello Opio","aliases":["Okello"],"nationality":"UGA"},{"name":"Rose Atieno Wanjala","aliases":[],"nationality":"KEN"}],
"agreements":[{"name":"Lake Victoria Fisheries Protocol","aliases":[],"parties":["UGA","KEN","TZA"],"date":"2003","status":"in_force"}]}},

{"id":"treaty-017","title":"Balkan leaders sign Bosnia peace at Élysée","published":"1995-12-15","source":"Paris bureau",
"text":"""PARIS — The leaders of Bosnia, Croatia and the rump Yugoslavia signed the Bosnian peace agreement yesterday in the Élysée Palace, formally ending a war that has killed an estimated 200,000 people since 1992.
Alija Izetbegović, Franjo Tuđman and Slobodan Milošević put their names to the General Framework Agreement for Peace in Bosnia and Herzegovina, the text they had initialled on November 21 at an air force base outside Dayton, Ohio, after three weeks of closed-door negotiation. Milošević signed on behalf of the Federal Republic of Yugoslavia.
President Bill Clinton, President Jacques Chirac, Prime Minister John Major, Chancellor Helmut Kohl and Russia's Prime Minister Viktor Chernomyrdin signed as witnesses, as did Felipe González of Spain, whose country holds the European Union presidency.
The Dayton accord took effect upon signature. A NATO-led force of about 60,000 troops, a third of them American, will begin deploying within days to separate the armies.
"This is not the end of the road," Izetbegović said. "But for the first time in four years, the road exists.\""""
,"gold":{"countries":["BIH","HRV","YUG","USA","FRA","GBR","DEU","RUS","ESP"],
"persons":[{"name":"Alija Izetbegović","aliases":["Izetbegović"],"nationality":"BIH"},{"name":"Franjo Tuđman","aliases":[],"nationality":"HRV"},{"name":"Slobodan Milošević","aliases":["Milošević"]},{"name":"Bill Clinton","aliases":[],"nationality":"USA"},{"name":"Jacques Chirac","aliases":[],"nationality":"FRA"},{"name":"John Major","aliases":[],"nationality":"GBR"},{"name":"Helmut Kohl","aliases":[],"nationality":"DEU"},{"name":"Viktor Chernomyrdin","aliases":[],"nationality":"RUS"},{"name":"Felipe González","aliases":[],"nationality":"ESP"}],
"not_persons":["Élysée Palace"],
"agreements":[{"name":"General Framework Agreement for Peace in Bosnia and Herzegovina","aliases":["Dayton accord","Bosnian peace agreement"],"parties":["BIH","HRV","YUG"],"date":"1995-12-14","status":"in_force"}]}},

{"id":"treaty-018","title":"Czechoslovak diplomat defects in Vienna after waters accord","published":"1976-03-18","source":"Vienna correspondent",
"text":"""VIENNA — A senior Czechoslovak diplomat who helped negotiate a frontier-waters agreement with Austria last week has defected to the United States, the State Department confirmed yesterday.
Miroslav Hanzlík, 46, commercial counsellor at the Czechoslovak embassy on Penzinger Strasse, failed to appear at a reception on Sunday evening. Western diplomats said he had walked into the American embassy that afternoon with his wife. A State Department spokesman in Washington said he had "requested and been granted asylum" and was now in the United States.
Austrian officials said Hanzlík had been a member of the Czechoslovak delegation that on Friday signed the agreement on the joint management of the Thaya and March rivers, which form part of the frontier. The Austrian Foreign Ministry said the accord, which still requires ratification, was not affected.
The Czechoslovak ambassador, Jiří Volný, protested to the Austrian government, accusing "certain Western services" of organising the affair. An Austrian spokesman, Rudolf Weinberger, said Austria had no part in it.
Hanzlík is the third Czechoslovak official to defect in the West in two years."""
,"gold":{"countries":["CSK","AUT","USA"],
"persons":[{"name":"Miroslav Hanzlík","aliases":["Hanzlík"],"nationality":"CSK"},{"name":"Jiří Volný","aliases":[],"nationality":"CSK"},{"name":"Rudolf Weinberger","aliases":[],"nationality":"AUT"}],
"not_persons":["Penzinger Strasse"],
"embassies":[{"sending":"CSK","host":"AUT","city":"Vienna"},{"sending":"USA","host":"AUT","city":"Vienna"}],
"defections":[{"defector":"Miroslav Hanzlík","from":"CSK","to":"USA","post_host":"AUT","date":"1976-03-14","position":"commercial counsellor"}],
"agreements":[{"name":"Austro-Czechoslovak agreement on the joint management of the Thaya and March rivers","aliases":["frontier-waters agreement"],"parties":["AUT","CSK"],"date":"1976-03-12","status":"signed"}]}},

{"id":"treaty-019","title":"Four states sign Gulf–Central Asia corridor memorandum","published":"2026-03-04","source":"Regional wire",
"text":"""ASHGABAT — Transport ministers from four countries signed a memorandum on Monday committing them to a rail-and-sea corridor linking the Gulf with Central Asia, four months after officials initialled the text in Abu Dhabi.
The four signatories — the United Arab Emirates, Kazakhstan, Uzbekistan and Turkmenistan — pledged to harmonise customs procedures, share rolling stock and cut transit fees on containers moving between Jebel Ali and Almaty.
Cargo would travel by sea to Iranian ports and then north by rail, although Iran is not a party to the Gulf–Central Asia Transit Corridor Memorandum. "Tehran has been informed and has raised no objection," said Aigerim Seitkali, Kazakhstan's deputy transport minister.
Officials presented the route as an alternative to northern corridors through Russia, which have been hampered by sanctions. Dilshod Rakhimov, Uzbekistan's transport minister, said the first through-trains could run by the end of the year.
The memorandum was initialled on November 18 and will need detailed implementing agreements before freight moves in volume, diplomats said."""
,"gold":{"countries":["ARE","KAZ","UZB","TKM","IRN","RUS"],
"persons":[{"name":"Aigerim Seitkali","aliases":[],"nationality":"KAZ"},{"name":"Dilshod Rakhimov","aliases":[],"nationality":"UZB"}],
"agreements":[{"name":"Gulf–Central Asia Transit Corridor Memorandum","aliases":[],"parties":["ARE","KAZ","UZB","TKM"],"date":"2026-03-02","status":"signed"}]}},
]
