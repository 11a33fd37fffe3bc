# Agreement articles b3-011 .. b3-017 and negatives b3-018 .. b3-019.
from _articles_def import add

add("b3-011", "Canada and Denmark settle Hans Island dispute", "2022-06-15", "Arctic Affairs Weekly", """
OTTAWA — Canada and Denmark signed an agreement on Tuesday that divides Hans Island, a barren rock of 1.3 square kilometres in the Nares Strait, and ends a half-century quarrel that both sides had long treated as a joke.

The boundary agreement was signed in Ottawa by Canada's foreign minister, Mélanie Joly, and her Danish counterpart, Jeppe Kofod, with representatives of Greenland's government present. It draws a line roughly along a natural ravine, giving about 60 per cent of the island to Denmark and the rest to Canada, and completes the maritime boundary between the two countries from the Lincoln Sea to the Labrador Sea.

"This shows that disputes can be settled peacefully, by the rule of law," Joly said. Kofod called the Hans Island deal "a signal to the world at a time when international law is under attack", a reference to Russia's invasion of Ukraine.

The new text builds on the 1973 continental shelf treaty, under which the two governments drew most of their seabed boundary but left an 875-metre gap around the island. Officials said the 1973 treaty remains in force and will be amended by the new agreement once both parliaments have approved it.

The dispute became known as the Whisky War after Danish and Canadian officials took turns planting flags on the island and leaving bottles of schnapps and whisky for each other. Historian Signe Halvorsen of Aarhus University said the quarrel had "never been about the rock itself".

The two governments also said they would review a 1983 agreement on cooperation in the marine environment, which covers oil spills in the waters between Greenland and Canada's Arctic islands.
""", {
    "countries": ["CAN", "DNK", "RUS", "UKR"],
    "persons": [
        {"name": "Mélanie Joly", "aliases": ["Joly"], "nationality": "CAN"},
        {"name": "Jeppe Kofod", "aliases": ["Kofod"], "nationality": "DNK"},
        {"name": "Signe Halvorsen", "aliases": []},
    ],
    "not_persons": ["Hans Island", "Nares Strait", "Aarhus University", "Whisky War"],
    "embassies": [],
    "defections": [],
    "agreements": [
        {"name": "boundary agreement", "aliases": ["Hans Island deal", "new agreement"],
         "parties": ["CAN", "DNK"], "date": "2022-06-14", "status": "signed"},
        {"name": "1973 continental shelf treaty", "aliases": ["1973 treaty"],
         "parties": ["CAN", "DNK"], "date": "1973", "status": "in_force"},
        {"name": "1983 agreement on cooperation in the marine environment", "aliases": [],
         "parties": ["CAN", "DNK"], "date": "1983", "status": None},
    ],
})

add("b3-012", "Ghana suspends power supply pact with Togo; Benin quits regional memorandum", "2023-09-08", "West Africa Business Daily", """
ACCRA, Sept 8 — Ghana has suspended its electricity supply agreement with Togo, saying the Togolese utility owes it more than $40 million for power delivered since 2021, the energy ministry announced on Friday.

Energy Minister Kwabena Asante-Mensah said Accra's pact with Lomé, signed in February 2017, would remain suspended "until a credible payment plan is agreed". Under the supply pact, Ghana sells up to 120 megawatts a day to its eastern neighbour through the Akosombo–Lomé line. Togo's minister of mines and energy, Kodjo Amegah, called the decision "unfriendly" and said part of the debt had already been paid.

The move adds to the strains on the 2014 memorandum of understanding between Ghana, Togo and Benin on a shared power pool, which was meant to lead to a single regional grid. Benin withdrew from the memorandum in June, saying it would buy electricity from Nigeria instead. Ghana and Togo say the memorandum remains in force between them.

An older transmission agreement that the two governments signed in 2009 expired at the end of last year and was not renewed. Officials had hoped to replace it with a broader deal this year.

Analysts said the dispute reflects Ghana's own financial problems. The country agreed a $3 billion loan programme with the International Monetary Fund in May, and the government is under pressure to collect debts owed by neighbours. "Accra cannot afford to give away power any more," said Efua Mensah-Bonsu, an energy economist in Accra.

The West African Gas Pipeline, which carries Nigerian gas to power stations in Benin, Togo and Ghana, has also been plagued by interruptions this year.
""", {
    "countries": ["GHA", "TGO", "BEN", "NGA"],
    "persons": [
        {"name": "Kwabena Asante-Mensah", "aliases": [], "nationality": "GHA"},
        {"name": "Kodjo Amegah", "aliases": [], "nationality": "TGO"},
        {"name": "Efua Mensah-Bonsu", "aliases": []},
    ],
    "not_persons": ["International Monetary Fund", "West African Gas Pipeline", "Akosombo"],
    "embassies": [],
    "defections": [],
    "agreements": [
        {"name": "electricity supply agreement", "aliases": ["supply pact"],
         "parties": ["GHA", "TGO"], "date": "2017-02", "status": "suspended"},
        {"name": "2014 memorandum of understanding", "aliases": ["memorandum"],
         "parties": ["GHA", "TGO", "BEN"], "date": "2014", "status": "withdrawn"},
        {"name": "transmission agreement", "aliases": [],
         "parties": ["GHA", "TGO"], "date": "2009", "status": "terminated"},
    ],
})

add("b3-013", "Lula and Arce sign new gas pact as old supply agreement lapses", "2024-07-10", "South American Energy Report", """
SANTA CRUZ DE LA SIERRA, Bolivia, July 10 — The presidents of Brazil and Bolivia signed a new energy cooperation agreement on Tuesday, trying to revive a gas trade that once made Bolivia the main supplier of fuel to São Paulo's factories.

Luiz Inácio Lula da Silva and Luis Arce put their names to the Energy Integration Agreement at a ceremony in Santa Cruz, each signing on behalf of his state. The accord commits the two governments to study new pipelines, lithium processing and the sale of Bolivian fertiliser to Brazilian farmers.

"Bolivia and Brazil share 3,400 kilometres of border. We should share more than that," Lula said. Arce called the Santa Cruz agreement "the beginning of a new chapter" after years in which Bolivian output has fallen steeply.

The 1996 gas supply agreement between Brasília and La Paz, which underpinned the Gasbol pipeline, expired at the end of 2019. Since then deliveries have continued under short-term contracts, at a fraction of the old volumes. Brazilian officials said the 1996 deal had "served its purpose" and would not be revived.

Bolivia has also lost its other main customer. Argentina stopped importing Bolivian gas this year after finishing a domestic pipeline, and the bilateral energy supplement agreement between Buenos Aires and La Paz was terminated in June by mutual consent.

Arce is under pressure at home after a failed military uprising last month, in which troops briefly occupied the square in front of the presidential palace. Lula was one of the first leaders to telephone him.

Energy analyst Marcelo Vaca Soliz said the new accord contained "many good intentions and very few numbers".
""", {
    "countries": ["BRA", "BOL", "ARG"],
    "persons": [
        {"name": "Luiz Inácio Lula da Silva", "aliases": ["Lula"], "nationality": "BRA"},
        {"name": "Luis Arce", "aliases": ["Arce"], "nationality": "BOL"},
        {"name": "Marcelo Vaca Soliz", "aliases": []},
    ],
    "not_persons": ["Gasbol", "Santa Cruz"],
    "embassies": [],
    "defections": [],
    "agreements": [
        {"name": "Energy Integration Agreement", "aliases": ["Santa Cruz agreement", "new accord"],
         "parties": ["BRA", "BOL"], "date": "2024-07-09", "status": "signed"},
        {"name": "1996 gas supply agreement", "aliases": ["1996 deal"],
         "parties": ["BRA", "BOL"], "date": "1996", "status": "terminated"},
        {"name": "energy supplement agreement", "aliases": [],
         "parties": ["ARG", "BOL"], "date": None, "status": "terminated"},
    ],
})

add("b3-014", "Skopje's new government stirs doubts over Prespa deal", "2024-06-20", "Balkan Insight Desk", """
ATHENS/SKOPJE — Greece warned North Macedonia on Thursday that it would block the country's path to the European Union if the new government in Skopje tried to undermine the Prespa Agreement, the 2018 settlement of the dispute over the country's name.

The agreement, signed on the shores of Lake Prespa in June 2018 by the foreign ministers of the two states, Nikos Kotzias and Nikola Dimitrov, entered into force in February 2019 after both parliaments ratified it. Under the name agreement, the country became North Macedonia, and Athens lifted its veto on the country joining NATO.

Hristijan Mickoski, sworn in as prime minister this month, has repeatedly referred to his country simply as "Macedonia". A Greek government spokesman, Pavlos Marinakis, said the Prespa deal "is not a menu from which one can choose". Mickoski's office said the government would "respect its international obligations" but was free to use any name in domestic speech.

The settlement replaced the 1995 Interim Accord, under which Greece lifted a trade embargo in return for the removal of the Vergina sun from the neighbouring state's flag. That accord ended when the Prespa text took effect.

Skopje's relations with Sofia are also strained. The 2017 friendship treaty between North Macedonia and Bulgaria, which is still in force, set up a commission of historians to resolve disputes over shared figures, but the commission has not met for more than a year. Bulgaria has since made further concessions on history and language a condition for its support of North Macedonia's EU talks.

"The Prespa Agreement survived two changes of government in Athens. The question now is whether it survives one in Skopje," said Elena Todorovska, a political scientist in Skopje.
""", {
    "countries": ["GRC", "MKD", "BGR"],
    "persons": [
        {"name": "Nikos Kotzias", "aliases": [], "nationality": "GRC"},
        {"name": "Nikola Dimitrov", "aliases": [], "nationality": "MKD"},
        {"name": "Hristijan Mickoski", "aliases": ["Mickoski"], "nationality": "MKD"},
        {"name": "Pavlos Marinakis", "aliases": [], "nationality": "GRC"},
        {"name": "Elena Todorovska", "aliases": []},
    ],
    "not_persons": ["Lake Prespa", "Vergina"],
    "embassies": [],
    "defections": [],
    "agreements": [
        {"name": "Prespa Agreement", "aliases": ["name agreement", "Prespa deal"],
         "parties": ["GRC", "MKD"], "date": "2018-06", "status": "in_force"},
        {"name": "Interim Accord", "aliases": [],
         "parties": ["GRC", "MKD"], "date": "1995", "status": "terminated"},
        {"name": "friendship treaty", "aliases": [],
         "parties": ["MKD", "BGR"], "date": "2017", "status": "in_force"},
    ],
})

add("b3-015", "France ends 1953 inheritance tax convention with Switzerland", "2015-01-05", "European Tax Brief", """
PARIS — The inheritance tax convention between France and Switzerland came to an end on January 1, after more than sixty years, leaving thousands of French citizens living in Swiss cantons exposed to French inheritance tax for the first time.

France gave notice in June 2014 that it was terminating the 1953 convention, after the Swiss parliament refused to approve a replacement that Paris had negotiated. Under the old treaty, the estate of a French national who died while resident in Switzerland was in most cases taxed only in Switzerland, where several cantons levy little or no tax on inheritances.

The replacement, a new inheritance convention signed in Paris in July 2013 by the French finance minister and the Swiss finance minister, Eveline Widmer-Schlumpf, would have given France the right to tax heirs living in France. It was rejected by the National Council in Bern in December 2013, and the Swiss government has since said it does not intend to submit it again.

"Bern preferred no treaty to a bad treaty," said Widmer-Schlumpf at the time. French officials say the outcome is the same for most families: heirs resident in France will now pay French tax.

The income tax convention that the two governments signed in 1966 is unaffected and remains in force, as does the 1983 agreement on the taxation of cross-border workers, under which Geneva pays a share of its income tax receipts to the neighbouring French departments.

Tax lawyer Bertrand Collomb-Vuillet in Lyon said clients had rushed to review their wills. "For a French family with a chalet in Valais, the rules have changed overnight," he said.
""", {
    "countries": ["FRA", "CHE"],
    "persons": [
        {"name": "Eveline Widmer-Schlumpf", "aliases": [], "nationality": "CHE"},
        {"name": "Bertrand Collomb-Vuillet", "aliases": []},
    ],
    "not_persons": ["National Council", "Valais"],
    "embassies": [],
    "defections": [],
    "agreements": [
        {"name": "inheritance tax convention", "aliases": ["1953 convention"],
         "parties": ["FRA", "CHE"], "date": "1953", "status": "terminated"},
        {"name": "new inheritance convention", "aliases": [],
         "parties": ["FRA", "CHE"], "date": "2013-07", "status": "signed"},
        {"name": "income tax convention", "aliases": [],
         "parties": ["FRA", "CHE"], "date": "1966", "status": "in_force"},
        {"name": "1983 agreement on the taxation of cross-border workers", "aliases": [],
         "parties": ["FRA", "CHE"], "date": "1983", "status": "in_force"},
    ],
})

add("b3-016", "Tunisia freezes coast guard memorandum with Italy, keeps readmission deal", "2024-03-28", "Mediterranean Wire", """
TUNIS, March 28 — Tunisia has suspended a 2020 memorandum on coast guard cooperation with Italy, the foreign ministry said on Thursday, in protest at what it called the "humiliating" treatment of Tunisian fishermen arrested in Italian waters.

The memorandum, signed in Rome in August 2020 by the interior ministers of the two countries, provided for joint training, the supply of patrol boats and the exchange of information on departures from the Tunisian coast. A ministry statement said the cooperation memorandum would stay suspended "until the dignity of Tunisian citizens is respected".

Tunis made clear, however, that it was not touching the 2011 readmission agreement, under which Italy returns Tunisians who have entered irregularly on charter flights from Palermo. That agreement, concluded in April 2011 at the height of the arrivals on Lampedusa, remains in force, and two flights a week continue to land at Enfidha.

Italian officials played down the row. Interior Minister Matteo Piantedosi said Rome and Tunis were "partners who speak frankly to each other". Italy's prime minister, Giorgia Meloni, has visited Tunisia four times in the past year.

The dispute came days after Tunisia and Malta signed a search and rescue cooperation agreement in Valletta last week. Under the Maltese-Tunisian accord, the two coast guards will share data on boats in distress in the waters between Lampedusa and the Tunisian coast. Tunisian Foreign Minister Nabil Ammar signed for Tunisia and Ian Borg for Malta.

More than 17,000 people have left the Tunisian coast for Italy since January, according to the United Nations refugee agency. Many are migrants from sub-Saharan Africa who say they were expelled from Tunisian cities last year.

"Tunisia wants to show it is not simply Europe's border guard," said Sami Ben Ghorbal, a researcher in Tunis.
""", {
    "countries": ["TUN", "ITA", "MLT"],
    "persons": [
        {"name": "Matteo Piantedosi", "aliases": [], "nationality": "ITA"},
        {"name": "Giorgia Meloni", "aliases": [], "nationality": "ITA"},
        {"name": "Nabil Ammar", "aliases": [], "nationality": "TUN"},
        {"name": "Ian Borg", "aliases": [], "nationality": "MLT"},
        {"name": "Sami Ben Ghorbal", "aliases": []},
    ],
    "not_persons": ["Lampedusa", "Enfidha", "Palermo"],
    "embassies": [],
    "defections": [],
    "agreements": [
        {"name": "2020 memorandum on coast guard cooperation", "aliases": ["cooperation memorandum"],
         "parties": ["TUN", "ITA"], "date": "2020-08", "status": "suspended"},
        {"name": "2011 readmission agreement", "aliases": [],
         "parties": ["TUN", "ITA"], "date": "2011-04", "status": "in_force"},
        {"name": "search and rescue cooperation agreement", "aliases": ["Maltese-Tunisian accord"],
         "parties": ["TUN", "MLT"], "date": "2024-03", "status": "signed"},
    ],
})

add("b3-017", "Nepal, India and Bangladesh sign first three-way power deal", "2024-10-05", "South Asia Energy Wire", """
KATHMANDU, Oct 5 — Nepal will begin selling electricity to Bangladesh through the Indian grid next month under the first three-way power agreement in South Asia, signed on Thursday in Kathmandu.

The tripartite power sale agreement was signed by officials of the three governments and commits Nepal to export 40 megawatts to Bangladesh during the monsoon months, when its hydropower plants produce a surplus. India, whose transmission lines will carry the power, is a full party to the deal and will earn a wheeling fee.

Nepal's energy minister, Deepak Khadka, called the trilateral deal "a door that has been closed for thirty years". Bangladesh's power adviser, Fouzul Kabir Khan, said Dhaka hoped to raise imports from Nepal to 500 megawatts within five years.

The agreement builds on the Mahakali Treaty, which Nepal and India signed in 1996 and which remains in force, although the Pancheshwar dam it envisaged has never been built. Officials said a 2018 memorandum of understanding between Nepal and Bangladesh on energy cooperation, which expired last year without producing any trade, had been replaced by the new arrangement.

Until now New Delhi had insisted that Nepal sell only to India. That changed after the two countries signed a long-term power trade agreement in January, under which India will buy 10,000 megawatts from Nepal over ten years. The long-term agreement was signed in Kathmandu by the Indian external affairs minister, S. Jaishankar, and is already in force.

Analysts warned that the amounts involved were still small. "Forty megawatts is symbolic. But the symbol matters," said Anjali Shrestha, an energy economist in Lalitpur.
""", {
    "countries": ["NPL", "BGD", "IND"],
    "persons": [
        {"name": "Deepak Khadka", "aliases": [], "nationality": "NPL"},
        {"name": "Fouzul Kabir Khan", "aliases": [], "nationality": "BGD"},
        {"name": "S. Jaishankar", "aliases": [], "nationality": "IND"},
        {"name": "Anjali Shrestha", "aliases": []},
    ],
    "not_persons": ["Pancheshwar", "Lalitpur"],
    "embassies": [],
    "defections": [],
    "agreements": [
        {"name": "tripartite power sale agreement", "aliases": ["trilateral deal"],
         "parties": ["NPL", "IND", "BGD"], "date": "2024-10-03", "status": "signed"},
        {"name": "Mahakali Treaty", "aliases": [],
         "parties": ["NPL", "IND"], "date": "1996", "status": "in_force"},
        {"name": "2018 memorandum of understanding", "aliases": [],
         "parties": ["NPL", "BGD"], "date": "2018", "status": "terminated"},
        {"name": "long-term power trade agreement", "aliases": ["long-term agreement"],
         "parties": ["NPL", "IND"], "date": "2024-01", "status": "in_force"},
    ],
})

add("b3-018", "E-bike maker recalls 38,000 bikes over brake defect", "2023-04-18", "Consumer Affairs Desk", """
AMSTERDAM — The Dutch electric bicycle maker Velora is recalling 38,000 bikes sold in nine European countries after discovering a defect in the hydraulic brake levers that can cause the front brake to fail at high speed, the company said on Tuesday.

The defect affects the Velora Stad and Velora Tour models built between March 2021 and November 2022. Velora said a seal supplied by a Taiwanese subcontractor could harden in cold weather and let fluid escape. Eleven riders have reported falls, two of them with broken bones.

"We are deeply sorry. Safety comes before everything," chief executive Maartje de Boer said. Owners can have the levers replaced free of charge at any dealer, and the company has set aside €14 million to cover the cost.

Velora has ended its supply agreement with the subcontractor and signed a new contract with a German parts maker. Analysts said the recall comes at a bad time for the company, which lost its head of design, Pieter Jansen, to a Belgian competitor last year in what trade magazines called "the defection of the decade".

Consumer groups in Belgium and Germany criticised the company for waiting six weeks after the first reports before announcing the recall. The Dutch product safety authority said it was satisfied with the company's response but would review how complaints had been handled.

Shares in Velora fell 6 per cent in Amsterdam. "A brake problem is the worst kind of problem for a bike brand," said Thomas Vermeulen, an analyst at a Rotterdam bank. "People forgive a flat battery. They do not forgive a crash."

The company said the fault had been fixed on all bikes built since December, and that no other models were affected.
""", {
    "countries": ["NLD", "TWN", "DEU", "BEL"],
    "persons": [
        {"name": "Maartje de Boer", "aliases": []},
        {"name": "Pieter Jansen", "aliases": []},
        {"name": "Thomas Vermeulen", "aliases": []},
    ],
    "not_persons": ["Velora", "Velora Stad", "Velora Tour"],
    "embassies": [],
    "defections": [],
    "agreements": [],
})

add("b3-019", "PNG opposition MP crosses to government as refugees wait at border camp", "2019-09-03", "Pacific Report", """
PORT MORESBY — Papua New Guinea's opposition lost another member on Tuesday when Kila Wambi, the MP for a Highlands electorate, crossed the floor to join Prime Minister James Marape's coalition, saying his voters needed "roads, not speeches".

Wambi is the fourth opposition member to defect to the government since Marape took office in May. Opposition leader Belden Namah accused the government of "buying loyalty with ministries" and said the defectors had abandoned the people who elected them. Wambi, who was given the post of vice-minister for works, denied any deal. "I have not fled from anyone. I have changed benches, not countries," he told reporters outside Parliament.

His move came on the same day that church workers appealed for help for about 400 refugees living in a camp near the border town of Vanimo. The refugees, most of them families from Indonesia's Papua province, fled across the border over the past two years after clashes between the Indonesian military and armed separatists. None has been named by aid groups for fear of reprisals against relatives.

A church worker said food supplies were running out and that the camp had no clinic. The government said it was working with the United Nations refugee agency to register the new arrivals.

Jakarta has said that those who return will be safe. Relations between the two governments are otherwise good, and Marape is due to visit Indonesia next month.

Separately, the last refugees held on Manus Island under Australia's offshore processing policy are being moved to Port Moresby. Canberra has said none of them will be settled in Australia.
""", {
    "countries": ["PNG", "IDN", "AUS"],
    "persons": [
        {"name": "Kila Wambi", "aliases": ["Wambi"], "nationality": "PNG"},
        {"name": "James Marape", "aliases": ["Marape"], "nationality": "PNG"},
        {"name": "Belden Namah", "aliases": [], "nationality": "PNG"},
    ],
    "not_persons": ["Vanimo", "Manus Island", "Highlands"],
    "embassies": [],
    "defections": [],
    "agreements": [],
})
