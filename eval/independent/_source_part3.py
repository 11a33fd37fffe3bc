# Articles ind-013 .. ind-019: agreement stories; ind-020 .. ind-023: negatives.
A = []

A.append(dict(
    id="ind-013", published="2023-03-01", source="News analysis",
    title="With New START suspended, the last limits on nuclear arsenals fray",
    text=[
        "By Daniel Okafor",
        "WASHINGTON -- When Vladimir Putin told Russia's parliament last week that Moscow was suspending its participation in New START, he knocked away one of the last legal props of a nuclear order built over half a century.",
        "The New Strategic Arms Reduction Treaty, signed in Prague in April 2010 by Barack Obama and Dmitry Medvedev, caps the United States and Russia at 1,550 deployed strategic warheads each and, until the pandemic, allowed 18 on-site inspections a year. Russian officials insist they are not withdrawing and will keep to the numerical limits until the treaty expires in 2026, but data exchanges and inspections have stopped.",
        "Arms control between Washington and Moscow had already been thinning. The Intermediate-Range Nuclear Forces Treaty, better known as the INF Treaty, which Ronald Reagan and Mikhail Gorbachev signed in December 1987 on behalf of the United States and the Soviet Union to ban an entire class of missiles, ended in August 2019 after the Trump administration pulled out, citing Russian violations. The 1972 Anti-Ballistic Missile Treaty between the two superpowers lapsed when the United States withdrew from it in 2002.",
        "\"What we are watching is the end of verification as a habit,\" said Miriam Castellanos, a researcher at the Stockholm International Peace Research Institute. \"Numbers can be restored in a negotiation. Trust built by inspectors takes decades.\"",
        "Washington has said it wants any successor agreement to cover China, whose arsenal is growing quickly. Beijing has rejected three-way talks, arguing that its stockpile is a fraction of those of the two larger powers.",
        "The State Department said on Tuesday that the United States would continue to share some data voluntarily and urged Moscow to \"return to full implementation\".",
    ],
    gold={
        "countries": ["RUS", "USA", "SUN", "CHN"],
        "persons": [
            {"name": "Daniel Okafor", "aliases": []},
            {"name": "Vladimir Putin", "aliases": [], "nationality": "RUS"},
            {"name": "Barack Obama", "aliases": [], "nationality": "USA"},
            {"name": "Dmitry Medvedev", "aliases": [], "nationality": "RUS"},
            {"name": "Ronald Reagan", "aliases": [], "nationality": "USA"},
            {"name": "Mikhail Gorbachev", "aliases": [], "nationality": "SUN"},
            {"name": "Trump", "aliases": [], "nationality": "USA"},
            {"name": "Miriam Castellanos", "aliases": []},
        ],
        "not_persons": ["Stockholm International Peace Research Institute", "State Department"],
        "embassies": [],
        "defections": [],
        "agreements": [
            {"name": "New Strategic Arms Reduction Treaty", "aliases": ["New START"],
             "parties": ["USA", "RUS"], "date": "2010-04", "status": "suspended"},
            {"name": "Intermediate-Range Nuclear Forces Treaty", "aliases": ["INF Treaty"],
             "parties": ["USA", "SUN"], "date": "1987-12", "status": "terminated"},
            {"name": "Anti-Ballistic Missile Treaty", "aliases": ["1972 Anti-Ballistic Missile Treaty"],
             "parties": ["USA", "SUN"], "date": "1972", "status": "terminated"},
        ],
    }))

A.append(dict(
    id="ind-014", published="2024-10-16", source="Regional wire",
    title="Kazakhstan and Uzbekistan sign Syr Darya water-sharing treaty",
    text=[
        "TASHKENT, Oct 16 -- Kazakhstan and Uzbekistan on Tuesday signed a treaty dividing the waters of the Syr Darya between them, an attempt to end three decades of quarrels over how much of the river reaches Kazakh farms in summer.",
        "The Syr Darya Water Allocation Agreement was signed by Presidents Kassym-Jomart Tokayev and Shavkat Mirziyoyev at the end of a state visit. It fixes minimum summer flows at the border, sets up a joint commission with its own monitoring stations and commits both sides to share reservoir data daily.",
        "\"Water must stop being a weapon and become a shared account,\" Mirziyoyev said at the signing ceremony. Tokayev called the deal \"the most important document between our countries since independence\".",
        "The treaty replaces a 1998 framework accord between Kazakhstan, Kyrgyzstan and Uzbekistan on the use of the basin's water and energy, which expired in 2020 and was never renewed. Kyrgyzstan, which controls the upstream Toktogul reservoir, was not a party to the new agreement, although officials in Bishkek said they had been consulted.",
        "Bakhodir Yusupov, Uzbekistan's deputy water resources minister, said the commission would meet for the first time in Shymkent in January.",
        "Analysts cautioned that the agreement does not address a growing worry downstream: the Qosh Tepa canal being dug by Afghanistan's Taliban authorities, which could draw a large share of the Amu Darya, the region's other great river. \"Astana and Tashkent have solved yesterday's problem,\" said Aigerim Seitkali, an Almaty-based water analyst. \"Tomorrow's problem is in Afghanistan.\"",
    ],
    gold={
        "countries": ["KAZ", "UZB", "KGZ", "AFG"],
        "persons": [
            {"name": "Kassym-Jomart Tokayev", "aliases": ["Tokayev"], "nationality": "KAZ"},
            {"name": "Shavkat Mirziyoyev", "aliases": ["Mirziyoyev"], "nationality": "UZB"},
            {"name": "Bakhodir Yusupov", "aliases": [], "nationality": "UZB"},
            {"name": "Aigerim Seitkali", "aliases": []},
        ],
        "not_persons": ["Syr Darya", "Amu Darya", "Qosh Tepa", "Toktogul", "Taliban"],
        "embassies": [],
        "defections": [],
        "agreements": [
            {"name": "Syr Darya Water Allocation Agreement", "aliases": [],
             "parties": ["KAZ", "UZB"], "date": "2024-10-15", "status": "signed"},
            {"name": "framework accord", "aliases": ["1998 framework accord"],
             "parties": ["KAZ", "KGZ", "UZB"], "date": "1998", "status": "terminated"},
        ],
    }))

A.append(dict(
    id="ind-015", published="2024-07-02", source="Business wire",
    title="Kenya-Morocco trade pact takes effect",
    text=[
        "NAIROBI, July 2 -- A preferential trade agreement between Kenya and Morocco entered into force on Monday, cutting tariffs on Kenyan tea and cut flowers and on Moroccan fertiliser and canned sardines.",
        "The Kenya-Morocco Preferential Trade Agreement, better known by its acronym KMPTA, was signed in Rabat in March 2022 but stalled for two years over rules of origin for processed food.",
        "\"This is the first step to a full free trade area between East and North Africa,\" Trade Cabinet Secretary Wanjiru Mbugua said in a statement. Morocco's trade minister, Youssef Benkirane, said his country wanted to double the value of trade with Kenya within five years.",
        "Kenyan tea growers, who depend heavily on buyers in Pakistan and Egypt, have long pushed for access to Morocco, one of the world's largest importers of green tea. \"For our members this is a new market of 37 million tea drinkers,\" said Peter Otieno, who chairs a growers' association in Kericho.",
        "The deal is one of several Nairobi has pursued since talks on a broad trade agreement with the United States were shelved. Kenya's pact with the United Arab Emirates, a comprehensive economic partnership agreement signed in January, is awaiting ratification by Kenyan lawmakers.",
        "Moroccan fertiliser exports to East Africa have grown rapidly since 2020, when the state-owned phosphate group OCP opened a blending plant in Nakuru.",
    ],
    gold={
        "countries": ["KEN", "MAR", "PAK", "EGY", "USA", "ARE"],
        "persons": [
            {"name": "Wanjiru Mbugua", "aliases": [], "nationality": "KEN"},
            {"name": "Youssef Benkirane", "aliases": [], "nationality": "MAR"},
            {"name": "Peter Otieno", "aliases": [], "nationality": "KEN"},
        ],
        "not_persons": ["OCP", "Kericho", "Nakuru"],
        "embassies": [],
        "defections": [],
        "agreements": [
            {"name": "Kenya-Morocco Preferential Trade Agreement", "aliases": ["KMPTA"],
             "parties": ["KEN", "MAR"], "date": "2022-03", "status": "in_force"},
            {"name": "comprehensive economic partnership agreement", "aliases": ["Kenya's pact with the United Arab Emirates"],
             "parties": ["KEN", "ARE"], "date": "2024-01", "status": "signed"},
        ],
    }))

A.append(dict(
    id="ind-016", published="2024-09-20", source="Wire report",
    title="Mauritania suspends maritime security pact with Spain",
    text=[
        "NOUAKCHOTT, Sept 20 -- Mauritania on Thursday suspended a maritime security agreement with Spain after a Spanish patrol ship detained two Mauritanian fishing boats in waters Nouakchott considers its own, the government said.",
        "The Maritime Security Cooperation Agreement, signed in 2019, allowed Spanish patrol vessels and aircraft to operate off the Mauritanian coast against migrant smuggling networks bound for the Canary Islands. Government spokesman Sidi Mohamed Ould Bouna said the suspension would last \"until Madrid explains itself and releases our fishermen\".",
        "The boats were stopped on Monday by the patrol vessel Clara Campoamor about 40 nautical miles north of Nouadhibou. Lucía Ortega, a spokeswoman for Spain's interior ministry, said the vessels had been fishing without licences in an area covered by international conservation rules and would be released once fines were paid.",
        "The dispute comes at an awkward time for the European Union, which in March agreed a migration partnership worth 210 million euros with Nouakchott. Departures from the Mauritanian coast to the Canaries have more than doubled this year, with many of those on board coming from Mali and Senegal.",
        "Mauritanian officials stressed that the row would not affect the country's fisheries agreement with Senegal, signed in 2018, which remains in force and lets Senegalese canoes fish in Mauritanian waters under a quota.",
        "Spain's foreign ministry said it was in contact with the Mauritanian authorities and hoped the agreement would be \"reactivated soon\".",
    ],
    gold={
        "countries": ["MRT", "ESP", "MLI", "SEN"],
        "persons": [
            {"name": "Sidi Mohamed Ould Bouna", "aliases": [], "nationality": "MRT"},
            {"name": "Lucía Ortega", "aliases": [], "nationality": "ESP"},
        ],
        "not_persons": ["Clara Campoamor", "Nouadhibou", "Canary Islands", "Canaries"],
        "embassies": [],
        "defections": [],
        "agreements": [
            {"name": "Maritime Security Cooperation Agreement", "aliases": [],
             "parties": ["MRT", "ESP"], "date": "2019", "status": "suspended"},
            {"name": "fisheries agreement", "aliases": [],
             "parties": ["MRT", "SEN"], "date": "2018", "status": "in_force"},
        ],
    }))

A.append(dict(
    id="ind-017", published="2024-11-12", source="Wire report",
    title="Ecuador pulls out of Putumayo river navigation accord",
    text=[
        "QUITO, Nov 12 -- Ecuador on Monday withdrew from a 2011 river navigation accord with Colombia and Peru, saying armed groups were using the Putumayo River to move cocaine and illegal gold under cover of the agreement.",
        "The Tri-national Agreement on Navigation of the Putumayo River lets boats registered in any of the three countries carry passengers and cargo along the river, which forms much of their shared border, without stopping at customs posts.",
        "\"We cannot keep an open river while criminal groups use it as a highway,\" Foreign Minister Gabriela Sotomayor told reporters. She said Ecuador's navy would set up checkpoints at two river towns within a month.",
        "Colombia and Peru said the agreement would remain in force between them. Andrés Villamizar, Colombia's deputy foreign minister, called Quito's decision \"regrettable but understandable\" and offered joint patrols.",
        "In Lima, officials played down the move. Relations between Peru and Ecuador have been close since the Brasília Presidential Act, the 1998 peace agreement that ended their long border dispute, and trade across the frontier has grown tenfold since then.",
        "Indigenous communities along the river, which flows east into Brazil and joins the Amazon, said they feared new controls would cut them off from markets and health clinics on the Colombian bank.",
    ],
    gold={
        "countries": ["ECU", "COL", "PER", "BRA"],
        "persons": [
            {"name": "Gabriela Sotomayor", "aliases": [], "nationality": "ECU"},
            {"name": "Andrés Villamizar", "aliases": [], "nationality": "COL"},
        ],
        "not_persons": ["Putumayo River", "Amazon"],
        "embassies": [],
        "defections": [],
        "agreements": [
            {"name": "Tri-national Agreement on Navigation of the Putumayo River",
             "aliases": ["river navigation accord"],
             "parties": ["ECU", "COL", "PER"], "date": "2011", "status": "withdrawn"},
            {"name": "Brasília Presidential Act", "aliases": ["1998 peace agreement"],
             "parties": ["PER", "ECU"], "date": "1998", "status": None},
        ],
    }))

A.append(dict(
    id="ind-018", published="2025-02-11", source="Wire report",
    title="Japan and Vietnam sign troop access pact",
    text=[
        "HANOI, Feb 11 -- Japan and Vietnam signed a reciprocal access agreement on Monday that will let their forces train on each other's territory, the latest in a string of defence pacts Tokyo has struck with partners worried by China's assertiveness at sea.",
        "The Reciprocal Access Agreement, or RAA, was signed in Hanoi by Japanese Defence Minister Hiroshi Tanabe and his Vietnamese counterpart, General Nguyen Van Khai. It sets out the legal status of visiting troops, including which country's courts have jurisdiction over soldiers accused of crimes, and must still be approved by Japan's parliament.",
        "The two ministers also adopted a joint statement on maritime cooperation that commits their coast guards to regular exchanges and joint search-and-rescue exercises.",
        "The accord is Japan's third of its kind. Tokyo's RAA with Australia, signed in January 2022, entered into force in August 2023, and a similar pact with the Philippines was signed last July.",
        "\"Vietnam does not join alliances, but it chooses its friends,\" General Khai told a news conference, repeating Hanoi's long-standing policy of not hosting foreign bases or siding with one country against another.",
        "Beijing reacted coolly. Foreign ministry spokesman Guo Ming said countries in the region should \"avoid creating closed circles\" and \"refrain from bringing outside forces into the South China Sea\".",
    ],
    gold={
        "countries": ["JPN", "VNM", "CHN", "AUS", "PHL"],
        "persons": [
            {"name": "Hiroshi Tanabe", "aliases": [], "nationality": "JPN"},
            {"name": "Nguyen Van Khai", "aliases": ["Khai"], "nationality": "VNM"},
            {"name": "Guo Ming", "aliases": [], "nationality": "CHN"},
        ],
        "not_persons": ["RAA", "South China Sea"],
        "embassies": [],
        "defections": [],
        "agreements": [
            {"name": "Reciprocal Access Agreement", "aliases": ["RAA"],
             "parties": ["JPN", "VNM"], "date": "2025-02-10", "status": "signed"},
            {"name": "joint statement on maritime cooperation", "aliases": [],
             "parties": ["JPN", "VNM"], "date": "2025-02-10", "status": None},
            {"name": "Reciprocal Access Agreement", "aliases": ["RAA", "Tokyo's RAA with Australia"],
             "parties": ["JPN", "AUS"], "date": "2022-01", "status": "in_force"},
            {"name": "Reciprocal Access Agreement", "aliases": ["similar pact with the Philippines"],
             "parties": ["JPN", "PHL"], "date": "2024-07", "status": "signed"},
        ],
    }))

A.append(dict(
    id="ind-019", published="2024-05-30", source="Caribbean wire",
    title="Guyana and Suriname settle maritime boundary by treaty",
    text=[
        "GEORGETOWN, May 30 -- Guyana and Suriname signed a treaty on Wednesday fixing the maritime boundary between them, settling the last open question at sea between the two neighbours after a dispute that once brought gunboats into play over an oil rig.",
        "The Treaty on the Delimitation of the Maritime Boundary between Guyana and Suriname follows the line drawn by an international arbitral tribunal in 2007 and adds provisions for the joint development of any oil or gas field that straddles it. It was signed by Foreign Ministers Rajendra Persaud of Guyana and Marisa Tjon-A-Joe of Suriname and must be ratified by both parliaments.",
        "\"Our fathers argued over this water for forty years,\" Persaud said at the ceremony. \"Our children will drill in it together.\"",
        "The accord stands in sharp contrast to Guyana's conflict with its western neighbour. Venezuela claims two thirds of Guyanese territory, the Essequibo region, and argues that the 1966 Geneva Agreement, concluded by Britain and Venezuela in February of that year, three months before Guyana's independence, obliges Georgetown to negotiate rather than rely on courts.",
        "President Nicolás Maduro's government said on Thursday that any treaty covering waters off the Essequibo coast was \"null and without effect\" for Caracas. The International Court of Justice is expected to rule on the Essequibo case next year.",
        "Suriname, which gained independence from the Netherlands in 1975, has its own unresolved land border claim against Guyana in the New River Triangle, which the new treaty does not touch.",
    ],
    gold={
        "countries": ["GUY", "SUR", "VEN", "GBR", "NLD"],
        "persons": [
            {"name": "Rajendra Persaud", "aliases": ["Persaud"], "nationality": "GUY"},
            {"name": "Marisa Tjon-A-Joe", "aliases": [], "nationality": "SUR"},
            {"name": "Nicolás Maduro", "aliases": [], "nationality": "VEN"},
        ],
        "not_persons": ["Essequibo", "International Court of Justice", "New River Triangle"],
        "embassies": [],
        "defections": [],
        "agreements": [
            {"name": "Treaty on the Delimitation of the Maritime Boundary between Guyana and Suriname",
             "aliases": [],
             "parties": ["GUY", "SUR"], "date": "2024-05-29", "status": "signed"},
            {"name": "Geneva Agreement", "aliases": ["1966 Geneva Agreement"],
             "parties": ["GBR", "VEN"], "date": "1966-02", "status": "signed"},
        ],
    }))

# ---- negatives ----

A.append(dict(
    id="ind-020", published="2023-11-07", source="Business news",
    title="Nordvagn recalls 4,200 city buses over steering defect",
    text=[
        "STOCKHOLM, Nov 7 -- Swedish bus maker Nordvagn is recalling about 4,200 city buses in Sweden, Norway and Finland to repair a manufacturing defect in the steering column that could, in rare cases, cause drivers to lose control at low speed, the company said on Tuesday.",
        "The defect was traced to a batch of welded brackets delivered by a supplier in Poland between March and August last year. Inspections found cracks in 31 brackets; no accidents have been linked to the fault.",
        "\"We take full responsibility. Every affected bus will be inspected, and every defective part will be replaced at our cost,\" chief executive Annika Berglund told a news conference. Nordvagn shares fell 4 percent in Stockholm trading.",
        "The recall covers the Elsa 12 and Elsa 18 articulated models, which are popular with municipal operators because of their low floors and electric drivetrains. Operators in Oslo and Helsinki said they would take spare buses out of storage to keep timetables running.",
        "The problem is an unwelcome distraction for a company that has lost several senior staff to competitors this year. Its former chief engineer, Magnus Lind, defected to a German rival in the spring, taking part of the battery team with him.",
        "Union representative Knut Haugland said drivers in Norway had complained about a \"soft\" feel in the steering for months. \"We are glad it has finally been taken seriously,\" he said.",
    ],
    gold={
        "countries": ["SWE", "NOR", "FIN", "POL", "DEU"],
        "persons": [
            {"name": "Annika Berglund", "aliases": []},
            {"name": "Magnus Lind", "aliases": []},
            {"name": "Knut Haugland", "aliases": []},
        ],
        "not_persons": ["Nordvagn", "Elsa 12", "Elsa 18"],
        "embassies": [],
        "defections": [],
        "agreements": [],
    }))

A.append(dict(
    id="ind-021", published="2024-03-12", source="Political correspondent",
    title="SNP member of Scottish parliament defects to Labour",
    text=[
        "By Catriona Shaw, Political Correspondent",
        "EDINBURGH -- A Scottish National Party member of the Scottish Parliament defected to Labour on Monday, accusing her former party of \"drifting from the priorities of working families\" and handing Anas Sarwar a boost months before a general election.",
        "Fiona Drummond, who has represented a central belt constituency since 2016, crossed the floor during a debate on housing and took a seat on the Labour benches to applause from her new colleagues.",
        "\"I did not leave the SNP lightly. The SNP left the people I represent,\" she said. Drummond has campaigned on emergency accommodation, including housing for asylum seekers placed in hotels by the Home Office, and clashed with ministers over cuts to council budgets.",
        "First Minister Humza Yousaf said he was \"disappointed\" and that Drummond should resign and fight a by-election under her new colours. Labour said there was no requirement to do so.",
        "Her switch leaves the SNP with 62 of the parliament's 129 seats and increases its reliance on the Scottish Greens, with whom it governs under a co-operation arrangement.",
        "Sarwar, who hopes Labour can win back dozens of Scottish seats at Westminster, said Drummond's move showed that \"the tide has turned\". The UK government in London did not comment.",
    ],
    gold={
        "countries": ["GBR"],
        "persons": [
            {"name": "Catriona Shaw", "aliases": []},
            {"name": "Anas Sarwar", "aliases": ["Sarwar"]},
            {"name": "Fiona Drummond", "aliases": ["Drummond"]},
            {"name": "Humza Yousaf", "aliases": []},
        ],
        "not_persons": ["Scottish National Party", "SNP", "Home Office", "Scottish Greens", "Westminster"],
        "embassies": [],
        "defections": [],
        "agreements": [],
    }))

A.append(dict(
    id="ind-022", published="2024-08-29", source="Sports desk",
    title="Ramires completes switch from Porto to Benfica",
    text=[
        "LISBON, Aug 29 -- Brazilian centre-back Thiago Ramires completed his move from FC Porto to Benfica on Thursday, signing a five-year contract in a transfer that many Porto supporters regard as defecting to the enemy.",
        "Benfica paid the 38 million euro release clause in full, the club said in a statement to the stock market regulator, making Ramires the most expensive defender ever bought by a club in Portugal.",
        "The 26-year-old formed what local newspapers called a \"defence pact\" with the Uruguayan Sebastián Olivera at Porto, where the pair conceded only 19 league goals last season. Olivera, who signed a new contract with Porto this summer, said he was \"sad but not surprised\".",
        "\"I have no problem with Porto. I only want to play in the Champions League every year and to win titles,\" Ramires said at his presentation at the Estádio da Luz, wearing the number 4 shirt.",
        "Porto's president, Rui Meireles, criticised the player's agent for what he called a \"campaign\" to force the sale, and said the club would not sell to a domestic rival again without a higher clause.",
        "Ramires, who has won three caps for Brazil, is expected to make his debut against Famalicão on Sunday.",
    ],
    gold={
        "countries": ["BRA", "PRT", "URY"],
        "persons": [
            {"name": "Thiago Ramires", "aliases": ["Ramires"], "nationality": "BRA"},
            {"name": "Sebastián Olivera", "aliases": ["Olivera"], "nationality": "URY"},
            {"name": "Rui Meireles", "aliases": []},
        ],
        "not_persons": ["FC Porto", "Porto", "Benfica", "Estádio da Luz", "Famalicão", "Champions League"],
        "embassies": [],
        "defections": [],
        "agreements": [],
    }))

A.append(dict(
    id="ind-023", published="2023-09-18", source="Wire report",
    title="Charity ship lands 63 rescued migrants at Lampedusa",
    text=[
        "LAMPEDUSA, Italy, Sept 18 -- A charity rescue ship carrying 63 people picked up from an overcrowded rubber boat in the central Mediterranean docked at Lampedusa on Sunday after waiting two days for a port to be assigned, the Italian coast guard said.",
        "Most of those on board were Eritreans and Sudanese who said they had fled open-ended military conscription and war, according to the charity, which operates the vessel Maria Teresa Kessler. They had left the Libyan coast near Zuwara four days earlier.",
        "\"Several of them have burns from fuel mixed with sea water and two children are severely dehydrated,\" said Chiara Bellini, a spokeswoman for the group. Malta, whose search-and-rescue zone the boat was drifting in, did not respond to calls for help, she said.",
        "More than 120,000 people have reached Italy by sea so far this year, nearly double the figure for the same period of 2022, with growing numbers departing from Tunisia as well as Libya. The reception centre on Lampedusa, built for about 400 people, held more than 1,800 on Sunday.",
        "Rome has tightened rules for rescue vessels, requiring them to sail to assigned ports after each rescue instead of staying at sea to help other boats. Charities say the rules keep their ships away from the area where people are drowning.",
        "The German-funded group said its ship would return to the rescue zone once it had been refuelled.",
    ],
    gold={
        "countries": ["ITA", "ERI", "SDN", "LBY", "MLT", "TUN", "DEU"],
        "persons": [
            {"name": "Chiara Bellini", "aliases": []},
        ],
        "not_persons": ["Maria Teresa Kessler", "Lampedusa", "Zuwara"],
        "embassies": [],
        "defections": [],
        "agreements": [],
    }))
