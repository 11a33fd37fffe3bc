ITEMS = []
def add(id, title, published, source, text, gold):
    ITEMS.append(dict(id=id, title=title, published=published, source=source, text=text.strip(), gold=gold))

add("reg-040", "Broome watches as 'the Box' opens to Indonesian perahu", "1975-05-16", "Kimberley regional newspaper", """
BROOME — The first of this season's Indonesian sailing boats were sighted off Scott Reef last week, and for the first time their crews were fishing there with the blessing of Canberra.
Under a memorandum of understanding signed in Jakarta last November by officials of Australia and Indonesia, traditional fishermen using sail-powered craft may work a defined area of reefs and islets off the Kimberley coast, within Australia's fishing zone, without being arrested. Motorised boats remain barred.
For the men of Roti and Madura, who have sailed to these reefs for centuries in search of trepang, trochus shell and shark fin, the agreement puts on paper what their grandfathers took for granted. For local crayfishermen it is a source of unease.
"We've got no quarrel with the old fellas in the sailing boats," said skipper Ron Bird, who fishes out of Broome. "It's the ones with engines pretending to be old fellas we worry about."
Through an interpreter, a Rotinese captain named Daeng, who like many of his countrymen uses a single name, told fisheries officers at Ashmore Reef that he had made the trip twenty-two times. "My father's father showed me the reef by the stars. Now the Australians have drawn it with a pen."
The Department of Primary Industry's regional officer, Mr Keith Hollow, said patrols would concentrate on boats carrying engines or fishing outside the permitted area. Three vessels were apprehended last year and their crews flown home from Darwin.
""", {
 "countries": ["AUS", "IDN"],
 "persons": [
  {"name": "Ron Bird", "aliases": []},
  {"name": "Daeng", "aliases": [], "nationality": "IDN"},
  {"name": "Keith Hollow", "aliases": []}],
 "not_persons": ["Department of Primary Industry", "Scott Reef", "Ashmore Reef"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Australia–Indonesia memorandum of understanding on traditional fishermen", "aliases": ["memorandum of understanding", "agreement"], "parties": ["AUS", "IDN"], "date": "1974-11", "status": "signed"}]})

add("reg-041", "Sudanese diplomat at UN mission in Nairobi seeks protection", "1999-03-19", "Kenyan weekly, Nairobi", """
A first secretary at Sudan's Permanent Mission to the United Nations Environment Programme and UN-Habitat in Gigiri has applied for asylum in Kenya, claiming he faces torture if he obeys an order to return to Khartoum.
Mr Abdelrahman Osman Mohamed Nur, 42, who represented Sudan on the governing councils of both agencies, said he received his recall telegram on March 2, a week after he attended a reception given by the Kenyan Council of Churches at which a leader of the southern rebel movement also spoke.
"I shook hands with a man. That is my crime," Nur told our reporter. "Two of my cousins are in Kober prison for less."
He has registered with the UN refugee agency's Nairobi office and lodged a request with the Kenyan government, whose officials have declined to comment. A spokesman for Sudan's embassy in Nairobi, which shares staff with the mission, described Nur as "a dismissed employee who is trying to sell a story to foreigners".
Kenya has hosted the Sudanese peace talks under the regional body IGAD and is wary of offending either side. A Kenyan diplomat who asked not to be named said the case would be handled "quietly and slowly".
Nur's wife, Amna, and their three children remain in Omdurman. "That is what they want: that I think of them and go back," he said.
""", {
 "countries": ["SDN", "KEN"],
 "persons": [
  {"name": "Abdelrahman Osman Mohamed Nur", "aliases": ["Nur"], "nationality": "SDN"},
  {"name": "Amna", "aliases": []}],
 "not_persons": ["IGAD", "UN-Habitat", "Kober prison"],
 "embassies": [
  {"sending": "SDN", "host": "KEN", "city": "Nairobi"}],
 "defections": [
  {"defector": "Abdelrahman Osman Mohamed Nur", "from": "SDN", "to": "KEN", "post_host": "KEN", "date": "1999-03", "position": "first secretary, Permanent Mission to UNEP and UN-Habitat"}],
 "agreements": []})

add("reg-042", "Comorian footballers leave Island Games squad in Saint-Denis", "2015-08-10", "Réunion regional daily (translated from French)", """
SAINT-DENIS — Three members of the Comoros football squad at the Indian Ocean Island Games have left their hotel and applied for asylum in France, the prefecture of Réunion confirmed on Sunday.
The prefecture did not name them, but the Comorian delegation identified the players as goalkeeper Said Ahamada Mze, 23, defender Nassur, 21, who like many Comorians is known by a single name, and midfielder Ibrahim Djae Hamidou, 19. All three were reported missing on Thursday morning, the day after Comoros was eliminated in the group stage.
"They asked for protection in the proper manner, at the prefecture, on Friday," said a spokesman for the prefect. "Their applications will be examined by OFPRA like any others."
The head of the Comorian delegation, Minister Counsellor Abdallah Mohamed Soilihi, said he was "sad but not surprised". Dozens of Comorians die each year trying to reach the neighbouring French island of Mayotte in small boats. "These boys had a free ticket to France," he said. "We knew some would be tempted."
Organisers said Comoros would still take part in the closing ceremony, and that no other delegation had reported missing athletes.
In Moroni, the sports ministry said it would require future delegations to leave passports with team officials.
""", {
 "countries": ["COM", "FRA"],
 "persons": [
  {"name": "Said Ahamada Mze", "aliases": [], "nationality": "COM"},
  {"name": "Nassur", "aliases": [], "nationality": "COM"},
  {"name": "Ibrahim Djae Hamidou", "aliases": [], "nationality": "COM"},
  {"name": "Abdallah Mohamed Soilihi", "aliases": [], "nationality": "COM"}],
 "not_persons": ["OFPRA"],
 "embassies": [],
 "defections": [
  {"defector": "Said Ahamada Mze", "from": "COM", "to": "FRA", "post_host": None, "date": "2015-08-06", "position": "goalkeeper"},
  {"defector": "Nassur", "from": "COM", "to": "FRA", "post_host": None, "date": "2015-08-06", "position": "defender"},
  {"defector": "Ibrahim Djae Hamidou", "from": "COM", "to": "FRA", "post_host": None, "date": "2015-08-06", "position": "midfielder"}],
 "agreements": []})

add("reg-043", "Kartarpur corridor pact renewed; Dera Baba Nanak pilgrims relieved", "2024-10-23", "Punjab regional daily (Indian edition)", """
DERA BABA NANAK — Gurmeet Kaur has made the four-kilometre journey across the border to Gurdwara Darbar Sahib in Kartarpur three times. On Tuesday, she learned she will be able to make it again.
India and Pakistan renewed the agreement on the Kartarpur Sahib Corridor for another five years, the external affairs ministry said, keeping open the visa-free route that allows Indian pilgrims to visit the shrine where Guru Nanak spent his final years. The agreement was first signed on October 24, 2019, weeks before the 550th anniversary of the Guru's birth.
Pakistan still charges each pilgrim a service fee of twenty US dollars, which New Delhi has repeatedly asked Islamabad to drop. The renewal left the fee unchanged.
"I paid it happily, but for an old widow from a village it is a lot," said Kaur, 67, from Batala. "God does not charge anything. Why should governments?"
The corridor has remained open through several crises between the two neighbours, with a pause during the Covid-19 pandemic. Local shopkeeper Harjinder Singh Bajwa, who sells pilgrims prasad and head coverings near the terminal, said trade had recovered to "nearly the old numbers".
Jathedar Baba Sukhdev Singh, head of a local sangat, said the renewal showed that "whatever the politicians say in Delhi and Islamabad, the path to the Guru stays open".
""", {
 "countries": ["IND", "PAK"],
 "persons": [
  {"name": "Gurmeet Kaur", "aliases": ["Kaur"]},
  {"name": "Guru Nanak", "aliases": []},
  {"name": "Harjinder Singh Bajwa", "aliases": []},
  {"name": "Baba Sukhdev Singh", "aliases": []}],
 "not_persons": ["Gurdwara Darbar Sahib", "Kartarpur Sahib Corridor"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Kartarpur Sahib Corridor agreement", "aliases": ["agreement on the Kartarpur Sahib Corridor"], "parties": ["IND", "PAK"], "date": "2019-10-24", "status": "in_force"}]})

add("reg-044", "Missing consular official was on holiday, Chinese consulate says", "2006-01-13", "Brisbane community newspaper", """
A Chinese consular officer whose sudden absence from the consulate-general in Brisbane prompted days of rumours about a defection was simply on annual leave in Cairns, the consulate said on Thursday.
Mr Wang Jianguo, deputy head of the consulate's education section, had not been seen at the consulate's office on Kangaroo Point since just before Christmas, and a Chinese-language website based in Sydney reported last week that he had "sought protection from the Australian government".
On Thursday, Mr Wang appeared at a New Year reception for Chinese students at the University of Queensland, sunburnt and smiling. "I went to see the reef. I did not seek anything except snorkels," he told guests.
Consul-General Madam Liu Hong said the report had been "irresponsible fabrication" and that the consulate would ask the website for an apology. The Department of Immigration said it had received no asylum application from any Chinese diplomat in Queensland.
The rumours followed last year's case of a Chinese diplomat in Sydney who sought asylum and publicly claimed that Beijing ran a network of informants in Australia. That case strained relations between the two countries for months.
"After last year everyone sees a defector behind every door," said Professor Edmund Lake, a China specialist at the university. "Sometimes a man is just at the beach."
""", {
 "countries": ["CHN", "AUS"],
 "persons": [
  {"name": "Wang Jianguo", "aliases": ["Mr Wang"], "nationality": "CHN"},
  {"name": "Liu Hong", "aliases": [], "nationality": "CHN"},
  {"name": "Edmund Lake", "aliases": []}],
 "not_persons": ["University of Queensland", "Kangaroo Point"],
 "embassies": [
  {"sending": "CHN", "host": "AUS", "city": "Brisbane"},
  {"sending": "CHN", "host": "AUS", "city": "Sydney"}],
 "defections": [],
 "agreements": []})

add("reg-045", "North Korean embassy cook reaches Seoul via Sofia", "2003-06-12", "Bulgarian daily, Sofia city pages (translated from Bulgarian)", """
A cook who worked at the embassy of the Democratic People's Republic of Korea in Sofia has arrived in South Korea, two months after slipping out of the embassy compound in the Mladost district, South Korean officials confirmed on Wednesday.
Pak Yong Nam, 51, had prepared meals for the ambassador and the mission's dozen staff since 1999. Neighbours said he was sometimes seen buying cabbages and peppers at the Zhenski Pazar market, always accompanied by another embassy employee.
In early April, according to a Bulgarian interior ministry source, he went to the South Korean embassy on Ulitsa Shipka and asked for help. He spent several weeks there before leaving Bulgaria for Seoul under an arrangement that the ministry declined to describe.
The North Korean embassy, which has rarely spoken to the Bulgarian press, issued a statement accusing "the puppet regime in the South" of abducting a citizen of the DPRK and demanding his return. The Bulgarian foreign ministry said it had "acted in accordance with humanitarian principles".
"He once asked me how much a kilo of meat cost in Bulgaria, and when I told him, he was silent for a long time," said a stallholder at the market, Tsvetanka Dobreva. "I did not understand then."
South Korea's unification ministry said Pak was undergoing the standard debriefing given to all arrivals from the North.
""", {
 "countries": ["PRK", "KOR", "BGR"],
 "persons": [
  {"name": "Pak Yong Nam", "aliases": ["Pak"], "nationality": "PRK"},
  {"name": "Tsvetanka Dobreva", "aliases": []}],
 "not_persons": ["Zhenski Pazar"],
 "embassies": [
  {"sending": "PRK", "host": "BGR", "city": "Sofia"},
  {"sending": "KOR", "host": "BGR", "city": "Sofia"}],
 "defections": [
  {"defector": "Pak Yong Nam", "from": "PRK", "to": "KOR", "post_host": "BGR", "date": "2003-04", "position": "embassy cook"}],
 "agreements": []})

add("reg-046", "Iraqi scholarship student wins right to stay on Tyneside", "1996-11-22", "Newcastle evening newspaper", """
An Iraqi engineer sent to Newcastle upon Tyne by Saddam Hussein's government to study for a doctorate has been granted asylum in Britain after refusing to go home.
Dr Haider Kadhim al-Jubouri, 36, came to the University of Newcastle in 1989 on a state scholarship from the Iraqi Ministry of Higher Education, with instructions to return to teach at the University of Technology in Baghdad. When the Gulf War broke out in 1991, his stipend stopped, and last year, having completed his thesis on bridge foundations, he told the Iraqi Interests Section, which operates from the Jordanian embassy in London, that he would not return.
"They wrote to remind me that my family had signed a guarantee," he said at his flat in Fenham. "I knew what that meant. Students who break the bond are treated like deserters, and their families pay."
The Home Office confirmed this week that he had been recognised as a refugee. His lawyer, Ms Helen Strong, said the decision would help "dozens of Iraqi students in the same position across the country".
Colleagues at the university describe al-Jubouri as a popular tutor who has been supporting himself by teaching evening classes in mathematics. He married a Newcastle nurse, Joanne Rice, in 1994.
"The Iraqi state paid for my education, and I am grateful to the Iraqi people," he said. "Not to the state."
""", {
 "countries": ["IRQ", "GBR", "JOR"],
 "persons": [
  {"name": "Haider Kadhim al-Jubouri", "aliases": ["al-Jubouri"], "nationality": "IRQ"},
  {"name": "Saddam Hussein", "aliases": [], "nationality": "IRQ"},
  {"name": "Helen Strong", "aliases": []},
  {"name": "Joanne Rice", "aliases": []}],
 "not_persons": ["University of Technology", "Iraqi Interests Section"],
 "embassies": [
  {"sending": "IRQ", "host": "GBR", "city": "London"},
  {"sending": "JOR", "host": "GBR", "city": "London"}],
 "defections": [
  {"defector": "Haider Kadhim al-Jubouri", "from": "IRQ", "to": "GBR", "post_host": None, "date": "1995", "position": "state scholarship doctoral student"}],
 "agreements": []})

add("reg-047", "Lao trade attaché in Khon Kaen given asylum by France", "1978-07-07", "Northeast Thailand regional weekly (translated from Thai)", """
KHON KAEN — The trade attaché of the Lao consulate in this city, who vanished in April, has been flown to Paris after the French government granted him political asylum, Thai security officials said this week.
Mr Khamphoui Sisavath, formerly Trade Attaché of the Consulate of the Lao People's Democratic Republic at Khon Kaen and before 1975 an official of the royal government's commerce ministry, left his residence near the Kaen Nakhon lake on April 19 and did not return. The consulate reported him missing to Thai police the following day.
According to officials, he spent more than two months at a safe house in Udon Thani arranged by Thai authorities while the French embassy in Bangkok considered his application. He left Don Mueang airport for Paris on Sunday, July 2, with his wife and three children.
The Lao consul in Khon Kaen, Mr Bounthong Vongkhamsao, accused Thailand of "harbouring traitors" and said the attaché had "fled with state funds". A Thai foreign ministry official rejected the charge, saying "no state property left with him except his passport."
Tens of thousands of Lao people have crossed the Mekong into Thailand's northeast since the Pathet Lao took power three years ago. Mr Khamphoui's case is one of only a few involving serving diplomats of the new government.
Local traders said they had met him regularly to discuss exports of salt and textiles across the river at Nong Khai.
""", {
 "countries": ["LAO", "THA", "FRA"],
 "persons": [
  {"name": "Khamphoui Sisavath", "aliases": ["Mr Khamphoui"], "nationality": "LAO"},
  {"name": "Bounthong Vongkhamsao", "aliases": [], "nationality": "LAO"}],
 "not_persons": ["Pathet Lao"],
 "embassies": [
  {"sending": "LAO", "host": "THA", "city": "Khon Kaen"},
  {"sending": "FRA", "host": "THA", "city": "Bangkok"}],
 "defections": [
  {"defector": "Khamphoui Sisavath", "from": "LAO", "to": "FRA", "post_host": "THA", "date": "1978-04-19", "position": "trade attaché"}],
 "agreements": []})

add("reg-048", "At Chiang Khong, a low Mekong and an old agreement", "2020-01-15", "Northern Thailand regional news, English edition", """
CHIANG KHONG — The fishermen of this border town have a word for this season's Mekong: "bones". Rocks that older residents say they had never seen now poke above the water, and the river has turned an unfamiliar clear blue, robbed of the sediment that feeds its fish.
Under the 1995 Agreement on the Cooperation for the Sustainable Development of the Mekong River Basin, signed in Chiang Rai by Cambodia, Laos, Thailand and Vietnam, the four downstream countries are bound to notify one another of projects on the mainstream and to maintain flows. The agreement, which set up the Mekong River Commission, remains in force.
China and Myanmar are not parties to it. China, which operates eleven large dams on the upper Mekong, shares some rainy-season data with the commission but is under no obligation to consult downstream states.
"The agreement is for the neighbours downstairs. The man upstairs holds the tap," said Niwat Roykaew, a teacher and long-time river activist who goes by the nickname Kru Tee.
Downstream, Lao villagers across the river in Houayxay say their catches have fallen by half. A fisheries officer in Chiang Rai province, Somchai Boonmee, said officials would meet their Lao counterparts next month.
Chinese officials have said drought, not dams, is responsible for the low water, and have offered to release more water in dry months.
""", {
 "countries": ["THA", "KHM", "LAO", "VNM", "CHN", "MMR"],
 "persons": [
  {"name": "Niwat Roykaew", "aliases": ["Kru Tee"]},
  {"name": "Somchai Boonmee", "aliases": []}],
 "not_persons": ["Mekong River Commission"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Agreement on the Cooperation for the Sustainable Development of the Mekong River Basin", "aliases": ["1995 Agreement on the Cooperation for the Sustainable Development of the Mekong River Basin", "agreement"], "parties": ["KHM", "LAO", "THA", "VNM"], "date": "1995", "status": "in_force"}]})

add("reg-049", "East German embassy driver takes the road west", "1989-09-15", "Western Hungary regional daily (translated from Hungarian)", """
SOPRON — Among the thousands of East Germans who have poured across the border into Austria since Monday was one who knew the roads of Budapest better than most: a driver from the embassy of the German Democratic Republic.
Frank-Michael Vogel, 34, had driven diplomats and visiting delegations around Hungary for two years. On Monday morning, hours after Budapest opened the border to East German citizens, he left his embassy car in a side street in Zugló, took a train to Sopron and walked across at Klingenbach with a rucksack.
Reached by telephone at a reception camp in Passau, where he registered as a citizen of the Federal Republic, Vogel said he had told no one. "Not my colleagues, not even my mother. The car keys are under the seat."
The GDR embassy did not respond to questions. East Berlin has accused Hungary of violating the 1969 agreement between the two countries under which each undertook not to let the other's citizens leave for third countries without permission. Hungary's foreign minister, Gyula Horn, announced on Sunday evening that Budapest had suspended the relevant provisions "temporarily".
In Sopron, where townspeople have grown used to abandoned Trabants and Wartburgs lining the streets, café owner Erzsébet Fekete said the flood of people had slowed by Thursday. "First they came by thousands, now by hundreds. Soon there will be no one left to come."
West German officials in Bonn estimate that more than 15,000 East Germans have crossed since the border opened.
""", {
 "countries": ["DDR", "HUN", "AUT", "DEU"],
 "persons": [
  {"name": "Frank-Michael Vogel", "aliases": ["Vogel"], "nationality": "DDR"},
  {"name": "Gyula Horn", "aliases": [], "nationality": "HUN"},
  {"name": "Erzsébet Fekete", "aliases": []}],
 "not_persons": ["Trabants", "Wartburgs"],
 "embassies": [
  {"sending": "DDR", "host": "HUN", "city": "Budapest"}],
 "defections": [
  {"defector": "Frank-Michael Vogel", "from": "DDR", "to": "DEU", "post_host": "HUN", "date": "1989-09-11", "position": "embassy driver"}],
 "agreements": [
  {"name": "1969 Hungary–GDR travel agreement", "aliases": ["1969 agreement"], "parties": ["HUN", "DDR"], "date": "1969", "status": "suspended"}]})
