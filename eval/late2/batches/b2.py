A = []
def add(id, title, published, source, text, gold):
    A.append(dict(id=id, title=title, published=published, source=source, text=text.strip(), gold=gold))

add("late2-010", "Cuban embassy aide in Mexico goes over to U.S.", "1962-05-08", "Wire report (AP)", """
MEXICO CITY, May 8 (AP) - A press aide at the Cuban Embassy here has defected to the United States, the State Department announced today.
Rafael Echevarría Soto, 31, a second secretary who handled the embassy's information bulletins, drove north on Friday night and crossed the border at Laredo, Tex., on Sunday, where he told immigration officers that he was "finished with Communism" and asked for political asylum.
State Department press officer Lincoln White said in Washington that the request had been granted "in accordance with our traditional practice". He said Echevarría had been questioned and had cooperated fully.
In a statement distributed by a Cuban exile group in Miami, Echevarría said he had supported Fidel Castro's revolution in 1959 but had become disillusioned as the government "handed the island to Moscow". He said he had been ordered back to Havana for what he believed would be a purge of the embassy staff.
The Cuban Embassy said only that Echevarría had been "separated from the service" two weeks ago and that his diplomatic passport had been cancelled. Embassy officials accused him of taking documents with him.
Mexican officials declined to comment. Mexico is the only Latin American country besides a handful in the Caribbean basin that still maintains normal relations with the Castro government, and the embassy here is regarded as Havana's principal window on the hemisphere.
""", {
 "countries": ["CUB", "USA", "MEX", "SUN"],
 "persons": [
  {"name": "Rafael Echevarría Soto", "aliases": ["Echevarría"], "nationality": "CUB"},
  {"name": "Lincoln White", "aliases": [], "nationality": "USA"},
  {"name": "Fidel Castro", "aliases": ["Castro"], "nationality": "CUB"}
 ],
 "not_persons": [],
 "embassies": [{"sending": "CUB", "host": "MEX", "city": "Mexico City"}],
 "defections": [
  {"defector": "Rafael Echevarría Soto", "from": "CUB", "to": "USA", "post_host": "MEX", "date": "1962-05-06", "position": "second secretary (press aide) at the Cuban Embassy"}
 ],
 "agreements": []
})

add("late2-011", "Nuclear arms treaty takes effect as Clinton and Lavrov swap papers", "2011-02-06", "Broadsheet (world pages)", """
The first major nuclear arms control treaty between the United States and Russia in nearly two decades came into force yesterday, when Hillary Clinton and Sergei Lavrov exchanged ratification documents on the sidelines of the Munich Security Conference.
The New Strategic Arms Reduction Treaty - universally known as New START - caps each side's deployed strategic warheads at 1,550, roughly a third below the previous ceiling, and restores an inspection regime that lapsed when the original START treaty expired in December 2009.
"This treaty is a cornerstone of our efforts to reduce the threat of nuclear weapons," the US Secretary of State said, smiling for the cameras beside her Russian counterpart. Mr Lavrov, in his turn, called it "a fair and balanced document".
The path here was not smooth. Presidents Barack Obama and Dmitry Medvedev signed the text in Prague last April, but it then spent months hostage to Republican objections in the US Senate, where critics argued that it would constrain American missile defence. The Senate finally approved it in a lame-duck session in December, by 71 votes to 26. The Russian parliament followed last month.
Inspectors from each side will be able to resume visits to the other's missile bases within weeks. Under the old START treaty, signed by George Bush senior and Mikhail Gorbachev in 1991, such visits were routine; for the past 14 months they have not happened at all.
Arms control experts said the real test would be whether the two countries could now move on to tactical nuclear weapons, which the treaty does not cover and of which Russia holds a substantial advantage.
""", {
 "countries": ["USA", "RUS", "SUN"],
 "persons": [
  {"name": "Hillary Clinton", "aliases": [], "nationality": "USA"},
  {"name": "Sergei Lavrov", "aliases": ["Mr Lavrov"], "nationality": "RUS"},
  {"name": "Barack Obama", "aliases": [], "nationality": "USA"},
  {"name": "Dmitry Medvedev", "aliases": [], "nationality": "RUS"},
  {"name": "George Bush", "aliases": [], "nationality": "USA"},
  {"name": "Mikhail Gorbachev", "aliases": [], "nationality": "SUN"}
 ],
 "not_persons": ["Munich Security Conference"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "New Strategic Arms Reduction Treaty", "aliases": ["New START"], "parties": ["USA", "RUS"], "date": "2010-04", "status": "in_force"},
  {"name": "START", "aliases": ["original START treaty", "old START treaty"], "parties": ["USA", "SUN"], "date": "1991", "status": "terminated"}
 ]
})

add("late2-012", "The quiet memorandum: why Hanoi and Manila are talking about the sea", "2025-04-09", "Magazine (Asia analysis)", """
It is not a treaty, it has no enforcement mechanism, and almost nobody outside the two foreign ministries has read it. Yet the short memorandum of understanding on incident prevention in the South China Sea, signed by the coast guards of Vietnam and the Philippines during President Ferdinand Marcos Jr's state visit to Hanoi in January 2024, has become one of the more interesting documents in Southeast Asian diplomacy.
The two countries have overlapping claims of their own in the Spratly Islands, and for decades they treated each other as rivals rather than partners. The memorandum commits their coast guards to hotlines, joint training and - crucially - to avoiding the kind of confrontations that both have suffered at the hands of Chinese vessels.
"It is a signal, not a shield," says Nguyễn Thị Lan Hương, a researcher at a Hanoi think tank who has studied the talks. "Vietnam does not do alliances. But it wants Beijing to see that the claimants can talk to each other without China in the room."
For Manila, the calculation is different. The Philippines already has a Mutual Defense Treaty with the United States dating from 1951, and under Marcos it has expanded American access to its bases. Ramon Castillo Tiangco, a security analyst in Quezon City, argues that the memorandum with Hanoi helps the Philippines present its quarrel with China as a regional problem rather than a proxy for Washington's rivalry with Beijing.
Whether it works in practice is another matter. Joint exercises so far have been modest: a search-and-rescue drill off Manila Bay last year, a visit by a Vietnamese cutter. Chinese officials have said little publicly, though state media have warned against "small circles" in the region.
The true test, both analysts agree, will be the next serious incident at sea - and whether the hotline is picked up.
""", {
 "countries": ["VNM", "PHL", "CHN", "USA"],
 "persons": [
  {"name": "Ferdinand Marcos Jr", "aliases": ["Marcos"], "nationality": "PHL"},
  {"name": "Nguyễn Thị Lan Hương", "aliases": []},
  {"name": "Ramon Castillo Tiangco", "aliases": []}
 ],
 "not_persons": [],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "memorandum of understanding on incident prevention in the South China Sea", "aliases": ["the memorandum"], "parties": ["VNM", "PHL"], "date": "2024-01", "status": "signed"},
  {"name": "Mutual Defense Treaty", "aliases": [], "parties": ["PHL", "USA"], "date": "1951", "status": None}
 ]
})

add("late2-013", "Consulate throws open its doors for Darwin's Indonesian community", "2023-10-19", "Regional newspaper (Northern Territory)", """
There was gamelan in the garden, beef rendang on the barbecue and a queue of schoolchildren waiting to try on batik shirts at the Indonesian consulate in Darwin on Sunday.
The consulate's first open day since before the pandemic drew more than 600 people, according to consul Hendra Wibisono, who said the aim was simple: to show Territorians that the building behind the fence on Parap Road was "a neighbour, not a fortress".
"Darwin is closer to Jakarta than it is to Canberra," Mr Wibisono said, repeating a line locals have heard many times. "We want people to come in, ask questions, eat something."
Consular staff fielded queries ranging from tourist visas for Bali to the paperwork required for Indonesian seasonal workers on Top End mango farms.
Among the visitors was Darwin fisherman Col Brannigan, 67, who said he had come to thank the staff for helping to repatriate the body of an Indonesian crewman who died aboard a boat he worked on in the 1990s. "They never forgot him, and they never forgot me," he said.
The Timor-Leste consulate, a few streets away, sent a delegation and a dance group of its own.
Mr Wibisono said he hoped to make the open day an annual event.
""", {
 "countries": ["IDN", "AUS", "TLS"],
 "persons": [
  {"name": "Hendra Wibisono", "aliases": ["Mr Wibisono"], "nationality": "IDN"},
  {"name": "Col Brannigan", "aliases": []}
 ],
 "not_persons": [],
 "embassies": [
  {"sending": "IDN", "host": "AUS", "city": "Darwin"},
  {"sending": "TLS", "host": "AUS", "city": "Darwin"}
 ],
 "defections": [],
 "agreements": []
})

add("late2-014", "MUGABE SPOOK HIDING IN LUTON", "2008-10-21", "Tabloid", """
A FORMER secret policeman who spied for Robert Mugabe's brutal regime is holed up in a Luton semi - and wants Britain to let him stay.
Tendai Musarurwa, 34, spent eight years as an officer in Zimbabwe's feared Central Intelligence Organisation, snooping on opposition activists in Harare's townships.
Now he claims HE is the one in danger.
Musarurwa told us he fled last month after refusing orders to help round up supporters of the Movement for Democratic Change in the run-up to this summer's presidential run-off.
"They said, you are either with us or you are with them," he said, chain-smoking in the back garden. "I knew what happened to people who were with them."
He slipped across the border into South Africa in the back of a lorry and flew to Gatwick on a borrowed passport. He claimed asylum at the airport.
He is now staying with his cousin, Chipo, a care worker, while the Home Office decides his case.
Opposition campaigners in Britain were unimpressed. "Some of the people he spied on are dead," said one. "He should be answering questions, not asking for sanctuary."
The Home Office said it did not comment on individual cases.
""", {
 "countries": ["ZWE", "GBR", "ZAF"],
 "persons": [
  {"name": "Robert Mugabe", "aliases": [], "nationality": "ZWE"},
  {"name": "Tendai Musarurwa", "aliases": ["Musarurwa"], "nationality": "ZWE"},
  {"name": "Chipo", "aliases": []}
 ],
 "not_persons": ["Central Intelligence Organisation", "Movement for Democratic Change"],
 "embassies": [],
 "defections": [
  {"defector": "Tendai Musarurwa", "from": "ZWE", "to": "GBR", "post_host": None, "date": "2008-09", "position": "officer in the Central Intelligence Organisation"}
 ],
 "agreements": []
})

add("late2-015", "Prespa deal takes effect: Macedonia is now North Macedonia", "2019-02-13", "Broadcaster website (Europe)", """
The country formerly known as Macedonia officially became the Republic of North Macedonia on Tuesday, as the agreement ending its 27-year name dispute with Greece entered into force.
Signs at border crossings were changed overnight, and government websites switched to the new name. "Welcome to North Macedonia," read a hastily printed banner at the Bogorodica crossing on the Greek frontier.
The Prespa Agreement, named after the lake on the countries' shared border where it was signed in June last year, commits Skopje to using the new name at home and abroad. In return, Athens has lifted its veto on its neighbour joining Nato and the European Union.
Prime Ministers Zoran Zaev and Alexis Tsipras staked their political futures on the deal, which faced fierce opposition from nationalists in both countries. Greek lawmakers ratified it last month by a narrow margin, after weeks of protests outside parliament in Athens.
"We have turned a page of history," Mr Zaev said. Mr Tsipras called it "a victory of patriotism and common sense".
The agreement replaces the Interim Accord of 1995, under which Greece had recognised its neighbour only as "the former Yugoslav Republic of Macedonia" and which governed relations between the two for nearly a quarter of a century.
Foreign Minister Nikola Dimitrov, who signed the text with his then-Greek counterpart Nikos Kotzias, said the name change would be followed "within weeks" by the first steps towards Nato membership.
""", {
 "countries": ["MKD", "GRC"],
 "persons": [
  {"name": "Zoran Zaev", "aliases": ["Mr Zaev"], "nationality": "MKD"},
  {"name": "Alexis Tsipras", "aliases": ["Mr Tsipras"], "nationality": "GRC"},
  {"name": "Nikola Dimitrov", "aliases": [], "nationality": "MKD"},
  {"name": "Nikos Kotzias", "aliases": [], "nationality": "GRC"}
 ],
 "not_persons": ["Bogorodica"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Prespa Agreement", "aliases": ["the deal"], "parties": ["MKD", "GRC"], "date": "2018-06", "status": "in_force"},
  {"name": "Interim Accord", "aliases": [], "parties": ["GRC", "MKD"], "date": "1995", "status": "terminated"}
 ]
})

add("late2-016", "Bulgarian attaché asks Italy for asylum", "1971-10-08", "Wire report (UPI)", """
ROME, Oct. 8 (UPI) - A young Bulgarian diplomat has asked Italy for political asylum, the Italian Foreign Ministry confirmed today.
Stoyan Draganov, 29, an attaché at the Bulgarian Embassy in Rome, presented himself at police headquarters yesterday afternoon, a ministry spokesman said. He was reported to be carrying his diplomatic passport and a single suitcase.
The spokesman said Draganov's request would be considered by an interministerial committee and that in the meantime he was "under the protection of the Italian state."
The Bulgarian Embassy lodged a protest note demanding an interview with Draganov.
It was the first defection by a Bulgarian diplomat in Italy in more than five years.
""", {
 "countries": ["BGR", "ITA"],
 "persons": [
  {"name": "Stoyan Draganov", "aliases": ["Draganov"], "nationality": "BGR"}
 ],
 "not_persons": ["UPI"],
 "embassies": [{"sending": "BGR", "host": "ITA", "city": "Rome"}],
 "defections": [
  {"defector": "Stoyan Draganov", "from": "BGR", "to": "ITA", "post_host": "ITA", "date": "1971-10-07", "position": "attaché at the Bulgarian Embassy in Rome"}
 ],
 "agreements": []
})

add("late2-017", "Fifty years on: the guard who swam the Spree", "2011-08-13", "Magazine (history)", """
Everyone knows the photograph of Conrad Schumann: the young East German soldier caught in mid-air on 15 August 1961, his rifle slung, vaulting the coils of barbed wire on Bernauer Strasse into the West. Far fewer people know the story of Klaus Reinhold, who made the same decision four days later and left no picture behind at all.
Reinhold was 20, an Unteroffizier in the East German border police, posted to a stretch of riverbank near the Oberbaum Bridge where the Spree marked the boundary between the Soviet sector and the American-administered district of Kreuzberg. Wire had been strung along the eastern bank; the river itself was the barrier.
In the early hours of 19 August, according to a West Berlin police report now held in the city archive, Reinhold laid down his submachine gun, took off his boots and slid into the water. He swam for perhaps four minutes. A West Berlin customs officer pulled him out on the far side, shivering and asking, over and over, whether he was "really in the West".
He was flown out to West Germany within the week and settled eventually in Hanover, where he worked for forty years as an electrician. He rarely talked about the night. "I was not a hero. I was cold and I was frightened, and I didn't want to shoot anyone," he told a local newspaper in 1991, the only interview he is known to have given.
Historian Dagmar Köhler-Finck, who has spent a decade compiling records of border guards who fled in the first months after the wall went up, estimates that more than 500 did so in 1961 and 1962 alone. "We remember Schumann because of the photograph," she says. "But each of them made the same choice in the same few seconds."
Reinhold died in 2009. His East German military file, released to his widow, contained a single line on his disappearance: "Deserted to the enemy."
""", {
 "countries": ["DDR", "DEU", "SUN", "USA"],
 "persons": [
  {"name": "Conrad Schumann", "aliases": ["Schumann"], "nationality": "DDR"},
  {"name": "Klaus Reinhold", "aliases": ["Reinhold"], "nationality": "DDR"},
  {"name": "Dagmar Köhler-Finck", "aliases": []}
 ],
 "not_persons": ["Oberbaum Bridge"],
 "embassies": [],
 "defections": [
  {"defector": "Conrad Schumann", "from": "DDR", "to": None, "post_host": None, "date": "1961-08-15", "position": "East German soldier"},
  {"defector": "Klaus Reinhold", "from": "DDR", "to": "DEU", "post_host": None, "date": "1961-08-19", "position": "Unteroffizier in the East German border police"}
 ],
 "agreements": []
})

add("late2-018", "Guadiana bridge deal signed at last", "2024-05-22", "Regional newspaper (Andalusia, English edition)", """
For generations, anyone wanting to cross the Guadiana between Sanlúcar de Guadiana and Alcoutim has had two options: the little ferry, or a 100-kilometre drive round by the motorway bridge at Ayamonte. That is finally set to change.
Spain and Portugal signed an agreement on Monday to build and jointly maintain a road bridge linking the two villages, ending a saga that has dragged on for more than twenty years through studies, elections and funding squabbles.
The agreement was signed in Sanlúcar's small town hall by Spain's secretary of state for transport, Santiago Ruiz Olmedo, and the Portuguese secretary of state for infrastructure, Inês Carvalho Mota, with the mayors of both villages looking on. It splits construction costs equally and sets up a joint commission to oversee tendering.
"My grandmother used to row across to buy coffee in Portugal," said Sanlúcar's mayor, José Manuel Tirado. "Now my grandchildren will be able to walk."
Alcoutim's mayor, Osvaldo Gonçalves, said the bridge would help both villages - each with fewer than 3,000 inhabitants - hold on to young people. Tourism operators on the Algarve side said they hoped for more day visitors from Huelva province.
Work is not expected to start until 2026, and the ferry operator, Rui Palma, says he is in no hurry to retire. "They've been promising this bridge since I was a boy," he said. "I'll believe it when I see the concrete."
""", {
 "countries": ["ESP", "PRT"],
 "persons": [
  {"name": "Santiago Ruiz Olmedo", "aliases": [], "nationality": "ESP"},
  {"name": "Inês Carvalho Mota", "aliases": [], "nationality": "PRT"},
  {"name": "José Manuel Tirado", "aliases": []},
  {"name": "Osvaldo Gonçalves", "aliases": []},
  {"name": "Rui Palma", "aliases": []}
 ],
 "not_persons": [],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "agreement to build and jointly maintain a road bridge linking Sanlúcar de Guadiana and Alcoutim", "aliases": ["Guadiana bridge deal"], "parties": ["ESP", "PRT"], "date": "2024-05-20", "status": "signed"}
 ]
})

add("late2-019", "Russia expels Estonian diplomat in tit-for-tat move", "2025-01-15", "Broadcaster website (world news)", """
Russia has ordered an Estonian diplomat to leave the country, in what Moscow described as a response to Tallinn's expulsion of a Russian embassy official last month.
The Russian foreign ministry summoned Estonia's chargé d'affaires on Wednesday and handed him a note declaring a counsellor at the Estonian embassy in Moscow persona non grata. The diplomat, who was not named, has seven days to leave.
Foreign ministry spokeswoman Maria Zakharova accused Estonia of "systematic hostility" and of "destroying what remains of bilateral relations".
Estonia's foreign minister, Margus Tsahkna, said the expulsion was "groundless" and that the diplomat had "done nothing but his job". Tallinn, he said, would not be intimidated.
In December Estonia expelled the deputy head of the Russian embassy in Tallinn, accusing him of interfering in the country's internal affairs. At the time, Estonian officials said they would keep the embassy open but reduce its staff further.
The two countries have expelled diplomats from each other's missions several times since Russia's full-scale invasion of Ukraine in February 2022. Neither now has an ambassador in the other's capital.
""", {
 "countries": ["RUS", "EST", "UKR"],
 "persons": [
  {"name": "Maria Zakharova", "aliases": [], "nationality": "RUS"},
  {"name": "Margus Tsahkna", "aliases": [], "nationality": "EST"}
 ],
 "not_persons": [],
 "embassies": [
  {"sending": "EST", "host": "RUS", "city": "Moscow"},
  {"sending": "RUS", "host": "EST", "city": "Tallinn"}
 ],
 "defections": [],
 "agreements": []
})
