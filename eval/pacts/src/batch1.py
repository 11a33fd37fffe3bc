ARTS = [
({"id":"pact-000","title":"India puts Indus Waters Treaty 'in abeyance' after Kashmir attack","published":"2025-04-25","source":"Wire report",
"text":"NEW DELHI — India said it would hold the Indus Waters Treaty in abeyance with immediate effect, the most drastic step New Delhi has taken against Pakistan in decades, after gunmen killed 26 people at a tourist meadow in Kashmir on Tuesday.\nThe 1960 treaty, brokered by the World Bank and signed in Karachi, divides the six rivers of the Indus basin between the two neighbours and had survived three wars. Under it, India controls the eastern rivers while the western rivers, on which Pakistani agriculture depends, flow largely unimpeded across the border.\n\"The treaty will remain suspended until Pakistan credibly and irrevocably abjures its support for cross-border terrorism,\" foreign ministry spokesman Anand Raghunathan told reporters late on Wednesday.\nIslamabad reacted with fury. Any attempt to stop or divert water belonging to Pakistan would be considered \"an act of war,\" the office of Prime Minister Shehbaz Sharif said after a meeting of the National Security Committee on Thursday. The committee said Pakistan could in turn hold all bilateral agreements with India in abeyance, \"including but not limited to\" the Simla Agreement of 1972, which set the Line of Control in Kashmir.\nExperts said India lacks the storage capacity to significantly reduce flows in the short term. \"This is a political signal more than a hydrological one,\" said Farah Qureshi, a water-policy researcher in Lahore. \"But the treaty's dispute mechanisms now have nobody at the table.\"",
},
{"countries":["IND","PAK"],
 "persons":[{"name":"Anand Raghunathan","aliases":[],"nationality":"IND"},{"name":"Shehbaz Sharif","aliases":[],"nationality":"PAK"},{"name":"Farah Qureshi","aliases":[]}],
 "not_persons":[],
 "agreements":[
  {"name":"Indus Waters Treaty","aliases":["1960 treaty"],"parties":["IND","PAK"],"date":"1960","status":"suspended"},
  {"name":"Simla Agreement","aliases":[],"parties":["IND","PAK"],"date":"1972","status":None}]}),

({"id":"pact-001","title":"Iceland, Norway settle Jan Mayen fishing dispute","published":"1980-05-30","source":"Regional newspaper, fisheries page",
"text":"REYKJAVIK — Iceland and Norway have put an end to two years of wrangling over the waters around Jan Mayen, the volcanic island in the Norwegian Sea, with an agreement on fishery and continental shelf questions signed here on Wednesday.\nThe accord recognises Iceland's full 200-mile economic zone even where it overlaps the zone Oslo claims around the island, a concession Icelandic negotiators had demanded from the start. In return, the Norwegians secure a say in setting the total allowable catch of capelin, the small oily fish on which both fleets' factory ships depend.\nForeign Minister Gunnar Thorvaldsson called the result \"a victory for reason rather than for one side\". His Norwegian counterpart, Knut Aasland, who flew in on Tuesday evening, said the two governments would now appoint a conciliation commission to recommend a line for the continental shelf — a question the agreement deliberately leaves open.\nThe mood was in marked contrast to Iceland's last fishing quarrel. The six-month agreement Reykjavik signed with London in Oslo in 1976 ended the third cod war with Britain, but it has long since lapsed, and British trawlers have not returned to Icelandic waters.\nThe Althing is expected to approve the Jan Mayen accord before its summer recess.",
},
{"countries":["ISL","NOR","GBR"],
 "persons":[{"name":"Gunnar Thorvaldsson","aliases":[],"nationality":"ISL"},{"name":"Knut Aasland","aliases":[],"nationality":"NOR"}],
 "not_persons":[],
 "agreements":[
  {"name":"agreement on fishery and continental shelf questions","aliases":["Jan Mayen accord"],"parties":["ISL","NOR"],"date":"1980-05-28","status":"signed"},
  {"name":"six-month agreement","aliases":[],"parties":["ISL","GBR"],"date":"1976","status":"terminated"}]}),

({"id":"pact-002","title":"Reykjavik summit ends in deadlock over 'Star Wars'","published":"1986-10-13","source":"Wire report",
"text":"REYKJAVIK, Iceland — The weekend summit between President Reagan and the Soviet leader, Mikhail Gorbachev, collapsed on Sunday evening without agreement after the two men, who had come tantalisingly close to sweeping cuts in their nuclear arsenals, deadlocked over American plans for a space-based missile defence.\nA grim-faced Secretary of State George P. Shultz told reporters at Hofdi House that the Americans were \"deeply disappointed\". Over two days the negotiators had discussed halving strategic forces and removing medium-range missiles from Europe, but Mr. Gorbachev insisted that any package be tied to confining research on the Strategic Defense Initiative to the laboratory for ten years.\n\"The President could not accept that,\" Mr. Shultz said. Ronald Reagan left the building without speaking to the waiting press.\nAt a news conference of his own, Mr. Gorbachev said Washington had \"missed a historic chance\" but that Moscow's proposals remained on the table. Soviet officials said no date had been set for a further meeting.\nDiplomats from the NATO allies, who had not been consulted on some of the ideas floated in Reykjavik, were privately relieved that nothing had been signed.",
},
{"countries":["USA","SUN"],
 "persons":[{"name":"Ronald Reagan","aliases":["Reagan"],"nationality":"USA"},{"name":"Mikhail Gorbachev","aliases":["Gorbachev"],"nationality":"SUN"},{"name":"George P. Shultz","aliases":["Shultz"],"nationality":"USA"}],
 "not_persons":["Hofdi House","Strategic Defense Initiative"],
 "agreements":[]}),

({"id":"pact-003","title":"Indonesia-Singapore extradition treaty takes effect, closing a 'safe haven'","published":"2024-03-22","source":"Business daily",
"text":"JAKARTA — An extradition treaty between Indonesia and Singapore came into force on Thursday, ending a two-decade campaign by Jakarta to reach suspects in corruption and banking-fraud cases who it says have parked themselves and their money in the city-state.\nThe pact was one of three signed by President Joko Widodo and Singapore's then prime minister, Lee Hsien Loong, at a retreat on Bintan island in January 2022. The other two, a defence cooperation agreement and a deal realigning the flight information region over the Riau islands, also took effect this month, officials in both capitals said.\nThe treaty covers 31 categories of offence, including bribery, money laundering and tax crimes, and reaches back 18 years, meaning fugitives who fled after the 1997-98 Asian financial crisis are not automatically beyond its grasp.\nAn earlier attempt failed. A treaty the two countries signed in 2007 stalled in Indonesia's parliament, which objected to a companion military-training agreement, and never took effect.\n\"For years there was a perception that you could loot a bank in Jakarta and retire an hour's flight away,\" said Bambang Wirasena, a criminal-law lecturer at a university in Yogyakarta. \"That perception now has an expiry date.\"\nSingapore's Ministry of Home Affairs said in a statement that the treaty would \"enhance cooperation in combating crime\", while stressing that all requests would be subject to its own courts.",
},
{"countries":["IDN","SGP"],
 "persons":[{"name":"Joko Widodo","aliases":[],"nationality":"IDN"},{"name":"Lee Hsien Loong","aliases":[],"nationality":"SGP"},{"name":"Bambang Wirasena","aliases":[]}],
 "not_persons":[],
 "agreements":[
  {"name":"extradition treaty between Indonesia and Singapore","aliases":[],"parties":["IDN","SGP"],"date":"2022-01","status":"in_force"},
  {"name":"defence cooperation agreement","aliases":[],"parties":["IDN","SGP"],"date":"2022-01","status":"in_force"},
  {"name":"deal realigning the flight information region","aliases":[],"parties":["IDN","SGP"],"date":"2022-01","status":"in_force"},
  {"name":"treaty the two countries signed in 2007","aliases":[],"parties":["IDN","SGP"],"date":"2007","status":"signed"}]}),

({"id":"pact-004","title":"ANALYSIS: Nile dam dispute reaches the Security Council with little law to lean on","published":"2021-07-08","source":"News analysis",
"text":"When the UN Security Council takes up Ethiopia's giant hydropower dam on the Blue Nile on Thursday, the diplomats around the horseshoe table will find remarkably little binding law to work with.\nThe only document all three riparian states have put their names to is a short Declaration of Principles signed in Khartoum in March 2015 by the leaders of Egypt, Ethiopia and Sudan. It commits them to cooperate, to avoid \"significant harm\" and to agree guidelines for the first filling of the reservoir. It does not say what happens if they cannot agree — which, after a decade of talks, is where they are.\nAddis Ababa notified its neighbours this week that it had begun the second annual filling. Egypt's foreign minister, Karim Abdel-Fattah, called the move \"a flagrant violation\" of the 2015 declaration. Ethiopian officials reply that the declaration gives Cairo no veto.\nEgypt's historical claims rest on older instruments. A 1959 agreement with Sudan divided the river's average flow between the two downstream states, allocating none to Ethiopia, which was not consulted and has never recognised it.\nSudan's position has shifted. Khartoum once saw benefits in flood control and cheap electricity; now its irrigation officials warn of risks to the Roseires dam, just downstream of the border.\n\"Nobody expects the Council to write a water-sharing treaty,\" said Hana Mekonnen, a researcher on transboundary rivers. \"The most it can do is push them back to the African Union table.\"",
},
{"countries":["EGY","ETH","SDN"],
 "persons":[{"name":"Karim Abdel-Fattah","aliases":[],"nationality":"EGY"},{"name":"Hana Mekonnen","aliases":[]}],
 "not_persons":[],
 "agreements":[
  {"name":"Declaration of Principles","aliases":["2015 declaration"],"parties":["EGY","ETH","SDN"],"date":"2015-03","status":"signed"},
  {"name":"1959 agreement","aliases":[],"parties":["EGY","SDN"],"date":"1959","status":None}]}),

({"id":"pact-005","title":"Russians and South Koreans can now travel without visas","published":"2014-01-02","source":"Travel trade newsletter",
"text":"Citizens of Russia and South Korea can from this week visit each other's country for up to 60 days without a visa, after an agreement signed in Seoul in November came into force on New Year's Day.\nThe visa waiver was the centrepiece of Vladimir Putin's one-day visit to the South Korean capital, where he and President Park Geun-hye also discussed a rail link through North Korea that Seoul hopes might one day carry freight to Europe. That idea remains on paper.\nTour operators in Vladivostok expect an immediate jump in bookings. \"Seoul is two hours away and we have been losing customers to paperwork,\" said Yelena Dubrovina, who runs a travel agency in the port city. Korean Air and Aeroflot have both added flights.\nUnder the agreement, visitors may stay for a maximum of 90 days in any 180-day period, and the exemption does not cover work or study.\nMoscow has concluded similar deals with a string of countries in recent years. Its visa-free agreement with Israel, signed in 2008, has become a model: the number of Russian tourists in Israel more than doubled within three years, according to the Israeli tourism ministry.",
},
{"countries":["RUS","KOR","PRK","ISR"],
 "persons":[{"name":"Vladimir Putin","aliases":[],"nationality":"RUS"},{"name":"Park Geun-hye","aliases":[],"nationality":"KOR"},{"name":"Yelena Dubrovina","aliases":[]}],
 "not_persons":["Korean Air","Aeroflot"],
 "agreements":[
  {"name":"visa waiver","aliases":[],"parties":["RUS","KOR"],"date":"2013-11","status":"in_force"},
  {"name":"visa-free agreement with Israel","aliases":[],"parties":["RUS","ISR"],"date":"2008","status":None}]}),

({"id":"pact-006","title":"Last US-Russia nuclear arms treaty expires, leaving arsenals unconstrained","published":"2026-02-06","source":"Wire report",
"text":"WASHINGTON — For the first time in more than half a century, there is no treaty limiting the nuclear arsenals of the United States and Russia.\nThe New Strategic Arms Reduction Treaty, known as New START, expired on Thursday at the end of its final five-year extension. Signed in Prague in April 2010, it capped each side at 1,550 deployed strategic warheads and provided for on-site inspections, which had not taken place since 2020.\nMoscow suspended its participation in February 2023, citing Western support for Ukraine, although both sides said they continued to observe the numerical limits. Last autumn the Kremlin proposed that both countries keep to those limits voluntarily for one more year. Kremlin spokesman Dmitry Peskov said on Thursday that the offer \"was not taken up in substance.\"\nA White House official, speaking on condition of anonymity, said President Trump wanted \"a better deal that includes China\" and had no intention of being bound by \"an agreement the last administration let rot.\" Beijing has repeatedly refused to join trilateral talks.\nThe lapse completes the unravelling of the Cold War arms control architecture. The Intermediate-Range Nuclear Forces Treaty died in 2019 after Washington withdrew, accusing Moscow of violating it.\n\"We are back to a world of guesswork,\" said Ingrid Solheim, an arms control analyst at a Stockholm research institute. \"Without data exchanges, each side will plan for the other's worst case.\"",
},
{"countries":["USA","RUS","UKR","CHN"],
 "persons":[{"name":"Dmitry Peskov","aliases":[],"nationality":"RUS"},{"name":"Trump","aliases":[],"nationality":"USA"},{"name":"Ingrid Solheim","aliases":[]}],
 "not_persons":[],
 "agreements":[
  {"name":"New Strategic Arms Reduction Treaty","aliases":["New START"],"parties":["USA","RUS"],"date":"2010-04","status":"terminated"},
  {"name":"Intermediate-Range Nuclear Forces Treaty","aliases":[],"parties":["USA","RUS"],"date":None,"status":"terminated"}]}),

({"id":"pact-007","title":"Tuvalu-Australia treaty takes effect, opening climate migration pathway","published":"2024-08-28","source":"Pacific regional news service",
"text":"FUNAFUTI — A treaty that lets citizens of Tuvalu move to Australia as sea levels rise, and gives Canberra a say over the atoll nation's security ties, entered into force on Wednesday.\nThe Falepili Union, named for a Tuvaluan word for neighbourliness and mutual care, was signed in November last year by Prime Minister Anthony Albanese and Tuvalu's then prime minister, Kausea Natano. It was amended with a side letter this year to address concerns raised by Natano's successor, Feleti Teo, who had questioned whether the security clause compromised Tuvalu's sovereignty.\nUnder the treaty, up to 280 Tuvaluans a year — about 2.5 percent of the population — can apply to live, work and study in Australia. In exchange, Tuvalu must agree with Australia before signing any security or defence arrangement with a third country.\n\"The people of Tuvalu are not going anywhere against their will,\" Teo told reporters. \"But they will have a choice.\"\nRegional analysts see the treaty as part of a wider contest for influence. Australian officials were jolted in 2022 when Solomon Islands signed a security agreement with China, a pact whose text has never been published.\nThe first ballot for places under the new pathway is expected to open next year.",
},
{"countries":["TUV","AUS","SLB","CHN"],
 "persons":[{"name":"Anthony Albanese","aliases":[],"nationality":"AUS"},{"name":"Kausea Natano","aliases":["Natano"],"nationality":"TUV"},{"name":"Feleti Teo","aliases":["Teo"],"nationality":"TUV"}],
 "not_persons":[],
 "agreements":[
  {"name":"Falepili Union","aliases":[],"parties":["TUV","AUS"],"date":"2023-11","status":"in_force"},
  {"name":"security agreement with China","aliases":[],"parties":["SLB","CHN"],"date":"2022","status":"signed"}]}),

({"id":"pact-008","title":"Mackerel talks break up again with no quota deal","published":"2011-10-21","source":"Fishing industry weekly",
"text":"Coastal states meeting in London failed once more this week to agree how to divide the north-east Atlantic mackerel catch, leaving the stock — worth close to a billion euros a year at first sale — without an agreed management plan for a third season.\nIceland, which began taking large catches after the fish moved into its waters in 2007, offered to cut its share slightly but refused to return to what its negotiators called \"historic percentages that no longer reflect where the mackerel are\". Norway and the European Commission, negotiating for EU member states, said the offer did not go far enough.\n\"We came here ready to move. We did not see the same readiness,\" said Hrafn Sigurdarson, Iceland's chief negotiator, as he left the building on Thursday.\nIn Scotland, whose pelagic fleet depends heavily on mackerel, the reaction was bitter. Ian McAlister of the Scottish Pelagic Fishermen's Association said the industry would press ministers in Edinburgh and London to seek trade sanctions against Reykjavik. Irish fishermen's groups made similar calls.\nNo date has been set for the next round. Scientists have warned that the combined unilateral quotas set by the coastal states add up to far more than the catch they advise.",
},
{"countries":["ISL","NOR","GBR","IRL"],
 "persons":[{"name":"Hrafn Sigurdarson","aliases":[],"nationality":"ISL"},{"name":"Ian McAlister","aliases":[]}],
 "not_persons":["Scottish Pelagic Fishermen's Association"],
 "agreements":[]}),

({"id":"pact-009","title":"Work begins on TAPI gas pipeline after years of delay","published":"2015-12-14","source":"Energy industry newsletter",
"text":"MARY, Turkmenistan — Leaders from four countries watched on Sunday as welders joined the first sections of the Turkmenistan-Afghanistan-Pakistan-India pipeline, a project first mooted in the 1990s and repeatedly declared dead.\nTurkmen President Gurbanguly Berdimuhamedov, standing beside Afghan President Ashraf Ghani, Pakistani Prime Minister Nawaz Sharif and India's Vice President Hamid Ansari, said the 1,800-km line would be \"a pipeline of peace\". It is designed to carry 33 billion cubic metres of gas a year from the Galkynysh field.\nThe project rests on an intergovernmental agreement signed by the four governments in Ashgabat in December 2010. Commercial terms were fixed later by the state gas companies, and the Turkmen state concern has agreed to lead the consortium, which still needs outside financing for a route that crosses Taliban-contested territory in Herat and Kandahar.\nPakistan's interest has not prevented it from keeping another option alive. Islamabad signed an agreement with Iran in 2010 for a separate pipeline, but work on the Pakistani section has stalled under the weight of international sanctions on Tehran.\nIndian officials were more guarded than their hosts. \"Security is the first, second and third question,\" said one delegate.",
},
{"countries":["TKM","AFG","PAK","IND","IRN"],
 "persons":[{"name":"Gurbanguly Berdimuhamedov","aliases":[],"nationality":"TKM"},{"name":"Ashraf Ghani","aliases":[],"nationality":"AFG"},{"name":"Nawaz Sharif","aliases":[],"nationality":"PAK"},{"name":"Hamid Ansari","aliases":[],"nationality":"IND"}],
 "not_persons":["Galkynysh"],
 "agreements":[
  {"name":"intergovernmental agreement","aliases":[],"parties":["TKM","AFG","PAK","IND"],"date":"2010-12","status":"signed"},
  {"name":"agreement with Iran","aliases":[],"parties":["PAK","IRN"],"date":"2010","status":"signed"}]}),
]
