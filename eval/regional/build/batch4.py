ITEMS = []
def add(id, title, published, source, text, gold):
    ITEMS.append(dict(id=id, title=title, published=published, source=source, text=text.strip(), gold=gold))

add("reg-030", "Syrian chargé d'affaires in Nicosia quits, heads for Doha", "2012-08-09", "Cypriot English-language daily", """
NICOSIA — The most senior Syrian diplomat in Cyprus has abandoned her post and flown to Qatar, becoming the latest envoy to break with the government of President Bashar al-Assad.
Rana Khaddour, chargé d'affaires at the Syrian embassy in Acropolis, left the island on Tuesday on a commercial flight via Athens, Cypriot officials said. On Wednesday evening the Doha-based Al Jazeera channel broadcast a statement in which she said she could "no longer represent a regime that bombs its own cities".
The foreign ministry in Nicosia said it had been informed of her departure "after the fact" and that the embassy continued to function under a second secretary. "Cyprus has no role in this. It was her personal decision," a spokesman said.
Khaddour, 46, had run the mission since the ambassador was recalled to Damascus last year. Members of the island's small Syrian community said she had appeared increasingly withdrawn in recent weeks and had stopped attending functions.
Her departure follows that of Nawaf al-Fares, Syria's ambassador to Iraq, who defected in Baghdad last month, and a string of lower-ranking diplomats in Europe and the Gulf.
A Syrian shopkeeper in Larnaca, Abu Samir, said he had mixed feelings. "Every time one of them leaves, people say the end is near. We have been saying it for a year."
""", {
 "countries": ["SYR", "CYP", "QAT", "IRQ"],
 "persons": [
  {"name": "Rana Khaddour", "aliases": ["Khaddour"], "nationality": "SYR"},
  {"name": "Bashar al-Assad", "aliases": [], "nationality": "SYR"},
  {"name": "Nawaf al-Fares", "aliases": [], "nationality": "SYR"},
  {"name": "Abu Samir", "aliases": []}],
 "not_persons": ["Al Jazeera"],
 "embassies": [
  {"sending": "SYR", "host": "CYP", "city": "Nicosia"},
  {"sending": "SYR", "host": "IRQ", "city": "Baghdad"}],
 "defections": [
  {"defector": "Rana Khaddour", "from": "SYR", "to": "QAT", "post_host": "CYP", "date": "2012-08-07", "position": "chargé d'affaires"},
  {"defector": "Nawaf al-Fares", "from": "SYR", "to": None, "post_host": "IRQ", "date": "2012-07", "position": "ambassador to Iraq"}],
 "agreements": []})

add("reg-031", "Iranian embassy driver granted asylum in Norway", "2010-02-03", "Oslo local newspaper (translated from Norwegian)", """
A man who for six years drove diplomats of the Islamic Republic of Iran through the streets of Oslo has been granted asylum in Norway, his lawyer confirmed on Tuesday.
The driver, who asked to be identified only by his first name, Mehdi, is an Iranian citizen who came to Norway in 2004 on a service passport attached to the embassy in Drammensveien. He walked out of the embassy in January, a few weeks after the Ashura protests in Tehran, and applied for protection the same day.
"He has seen things and heard things in the back seat of a car that make him a traitor in the eyes of the regime," said the lawyer, Kari Young, of the Oslo firm Young & Lie. "His case was strong. The directorate agreed."
The Norwegian Directorate of Immigration does not comment on individual cases. The Iranian embassy said the man had been "a low-level employee with personal problems" and that it had "no interest" in him.
Mehdi's case is separate from that of the embassy's former consul, Mohammad Reza Heydari, who resigned in protest last month and has also sought asylum in Norway. The two men know each other, Young said, "but they did not plan anything together."
A neighbour in Grünerløkka who helped Mehdi carry his belongings out of a rented room, a retired tram driver named Arne Holm, said: "He had two bags and a photograph of his mother. That was everything."
""", {
 "countries": ["IRN", "NOR"],
 "persons": [
  {"name": "Mehdi", "aliases": [], "nationality": "IRN"},
  {"name": "Kari Young", "aliases": ["Young"]},
  {"name": "Mohammad Reza Heydari", "aliases": [], "nationality": "IRN"},
  {"name": "Arne Holm", "aliases": []}],
 "not_persons": ["Young & Lie", "Norwegian Directorate of Immigration"],
 "embassies": [
  {"sending": "IRN", "host": "NOR", "city": "Oslo"}],
 "defections": [
  {"defector": "Mehdi", "from": "IRN", "to": "NOR", "post_host": "NOR", "date": "2010-01", "position": "embassy driver"},
  {"defector": "Mohammad Reza Heydari", "from": "IRN", "to": "NOR", "post_host": "NOR", "date": "2010-01", "position": "consul"}],
 "agreements": []})

add("reg-032", "Soviet translator at IAEA flown to United States", "1983-05-13", "Vienna daily (translated from German)", """
VIENNA — A Soviet citizen employed as a translator in the secretariat of the International Atomic Energy Agency has been flown to the United States after seeking asylum at the American embassy, Austrian interior ministry officials said on Thursday.
Gennady Pavlovich Volkov, 37, had worked at the agency's headquarters in the UNO City complex since 1980, on secondment arranged through the Soviet Permanent Mission to the International Organisations in Vienna. He did not appear for work on Monday.
According to the ministry, Volkov went to the United States embassy in the Boltzmanngasse on Sunday evening with his wife and small daughter, and the family left Schwechat airport on a military flight on Tuesday. A State Department spokesman in Washington confirmed that the family had been granted asylum.
The Soviet mission protested to the Austrian foreign ministry, saying Austria had "allowed its territory to be used for a provocation". A ministry spokesman replied that Austria had not been asked for anything and had therefore refused nothing.
The IAEA said Volkov's contract had been terminated.
Austria's neutrality has long made Vienna a crossroads for such cases. Officials recalled that a Czechoslovak diplomat at the United Nations Industrial Development Organization walked into the same embassy in 1979.
""", {
 "countries": ["SUN", "USA", "AUT", "CSK"],
 "persons": [
  {"name": "Gennady Pavlovich Volkov", "aliases": ["Volkov"], "nationality": "SUN"}],
 "not_persons": ["UNO City", "International Atomic Energy Agency", "United Nations Industrial Development Organization"],
 "embassies": [
  {"sending": "SUN", "host": "AUT", "city": "Vienna"},
  {"sending": "USA", "host": "AUT", "city": "Vienna"}],
 "defections": [
  {"defector": "Gennady Pavlovich Volkov", "from": "SUN", "to": "USA", "post_host": "AUT", "date": "1983-05-08", "position": "translator, IAEA secretariat"}],
 "agreements": []})

add("reg-033", "Two Venezuelan cyclists stay behind after Bolivarian Games", "2022-07-06", "Caribbean-coast regional daily, Colombia (translated from Spanish)", """
VALLEDUPAR — Two Venezuelan track cyclists who competed at the Bolivarian Games have asked Colombia for protection rather than board the bus home, the country's migration authority said on Tuesday.
Luisana Carvajal Rondón, 21, and Jhonatan Yépez, 24, left the athletes' hotel on Saturday after the final of the team pursuit, in which Venezuela finished fourth. On Monday both presented themselves at the Migración Colombia office in Valledupar and applied for the temporary protection status available to Venezuelan migrants.
"We did not escape from anyone. We simply decided to stay," Yépez said in a voice message shared with journalists. "In Venezuela a cyclist earns less than a motorcycle taxi driver."
The Venezuelan Ministry of Youth and Sport said the pair had "abandoned the delegation" and would be barred from future national teams. It called on the Colombian authorities to "respect the commitments made by the organising countries".
The regional director of Migración Colombia, Camila Urrego Ortiz, said the agency treated athletes "exactly as it treats any other Venezuelan citizen", noting that nearly two and a half million have settled in Colombia in recent years.
The Games, co-hosted by Valledupar and Cesar department's other cities, ended on Tuesday. Organisers said all other delegations had left or were leaving.
""", {
 "countries": ["VEN", "COL"],
 "persons": [
  {"name": "Luisana Carvajal Rondón", "aliases": [], "nationality": "VEN"},
  {"name": "Jhonatan Yépez", "aliases": ["Yépez"], "nationality": "VEN"},
  {"name": "Camila Urrego Ortiz", "aliases": []}],
 "not_persons": ["Migración Colombia", "Bolivarian Games"],
 "embassies": [],
 "defections": [
  {"defector": "Luisana Carvajal Rondón", "from": "VEN", "to": "COL", "post_host": None, "date": "2022-07-02", "position": "track cyclist"},
  {"defector": "Jhonatan Yépez", "from": "VEN", "to": "COL", "post_host": None, "date": "2022-07-02", "position": "track cyclist"}],
 "agreements": []})

add("reg-034", "Dire Dawa dry port twinned with Doraleh under new accord", "2018-05-04", "Ethiopian regional weekly, Dire Dawa", """
DIRE DAWA — Freight forwarders in this eastern city say they have heard promises before. But the accord signed in Djibouti on Monday, twinning the Dire Dawa dry port with the Doraleh Multipurpose Port, may be the first to put a number on them.
The memorandum, signed by the Ethiopian Minister of Transport, Ato Ahmed Shide Mohammed, and Djibouti's Minister of Equipment and Transport, Moussa Ahmed Hassan, sets a target of 48 hours for containers to move from the quay at Doraleh to the Dire Dawa terminal by rail. It also provides for joint customs inspection and a shared electronic cargo-tracking system.
Ethiopia, landlocked since Eritrea's independence in 1993, sends about ninety percent of its foreign trade through Djibouti. The electric railway between Addis Ababa and Djibouti, opened last year, passes through Dire Dawa.
"Today a container sits at Doraleh for eleven days, then on the train, then here another week," said Feven Tesfaye, who runs a clearing agency near the station. "If it is two days, I can plan my life."
The accord follows an agreement between the two governments in 2002 on the use of Djibouti's ports, which remains the framework for transit tariffs, officials said.
Dire Dawa's mayor, Ato Ibrahim Usman, said the city would set aside land for a second container yard. The memorandum will be reviewed after two years.
""", {
 "countries": ["ETH", "DJI", "ERI"],
 "persons": [
  {"name": "Ahmed Shide Mohammed", "aliases": [], "nationality": "ETH"},
  {"name": "Moussa Ahmed Hassan", "aliases": [], "nationality": "DJI"},
  {"name": "Feven Tesfaye", "aliases": []},
  {"name": "Ibrahim Usman", "aliases": []}],
 "not_persons": ["Doraleh Multipurpose Port"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Dire Dawa–Doraleh port twinning memorandum", "aliases": ["memorandum", "accord"], "parties": ["ETH", "DJI"], "date": "2018-04-30", "status": "signed"},
  {"name": "Ethiopia–Djibouti agreement on the use of Djibouti's ports", "aliases": [], "parties": ["ETH", "DJI"], "date": "2002", "status": "in_force"}]})

add("reg-035", "Moroccan graduate heads home from Kazan with a Russian degree and a Tatar cookbook", "2019-06-28", "Tatarstan regional news site (English edition)", """
KAZAN — When Youssef El Amrani arrived at Kazan Federal University six years ago on a scholarship from the Kingdom of Morocco, the temperature was minus 31 degrees and he owned one sweater.
On Thursday he collected his master's diploma in petroleum engineering, and next week he flies home to Rabat, where a job is waiting at the national office for hydrocarbons and mines.
"Everyone asked me, 'Will you stay? Will you go to Europe?'" the 25-year-old said. "My scholarship is a promise. My government paid, my family waited. I go home."
El Amrani is one of about 120 Moroccan students in Tatarstan, most of them on Moroccan government grants that pay tuition and a monthly stipend. The Moroccan embassy in Moscow sends a consular officer to Kazan twice a year to meet them.
His supervisor, Professor Rustam Gilmanov, said El Amrani's thesis on water injection in depleted oil fields would be published in a university journal. "He is the first of my students to argue with me in three languages," Gilmanov said.
El Amrani said he would miss chak-chak, the honeyed Tatar pastry, and the friends he made at the university's mosque. His landlady, Gulnara, gave him a book of Tatar recipes as a farewell gift. "I promised to cook for my mother," he said. "She will not believe it."
""", {
 "countries": ["MAR", "RUS"],
 "persons": [
  {"name": "Youssef El Amrani", "aliases": ["El Amrani"], "nationality": "MAR"},
  {"name": "Rustam Gilmanov", "aliases": ["Gilmanov"]},
  {"name": "Gulnara", "aliases": []}],
 "not_persons": ["Kazan Federal University"],
 "embassies": [
  {"sending": "MAR", "host": "RUS", "city": "Moscow"}],
 "defections": [],
 "agreements": []})

add("reg-036", "On the Blue Nile at Roseires, farmers weigh Ethiopia's dam", "2020-07-22", "Sudanese regional correspondent, wire feature", """
AD-DAMAZIN, Sudan — Ibrahim Hamid Adam has been watching the Blue Nile rise and fall outside his village for sixty years. This month it behaved, he says, "like a river that had forgotten the season".
Ethiopia confirmed on Tuesday that the first year of filling the reservoir of the Grand Ethiopian Renaissance Dam, some 100 kilometres upstream, had been completed, helped by heavy rains. Downstream at the Roseires dam, Sudanese engineers reported a sudden drop in flow earlier in the month that briefly disrupted water supply to towns along the river.
Sudan, Egypt and Ethiopia signed the Agreement on Declaration of Principles in Khartoum in March 2015, committing to cooperate on the dam's filling and operation. Talks on a binding deal on the filling, mediated this summer by the African Union, have not produced agreement.
Egypt, for its part, still relies on the 1959 Nile Waters Agreement with Sudan, which divides the river's flow between the two countries and which Ethiopia has never recognised.
"The dam can be good for us — less flooding, more electricity to buy," said Dr Awadia Osman Elnour, a hydrologist at the Blue Nile Research Centre. "But only if we know, every day, what they are releasing. Without data, our dam is blind."
Adam, who grows sorghum and onions, is less interested in treaties. "My grandfather's Nile came every year on time. I would like it back."
""", {
 "countries": ["SDN", "ETH", "EGY"],
 "persons": [
  {"name": "Ibrahim Hamid Adam", "aliases": ["Adam"]},
  {"name": "Awadia Osman Elnour", "aliases": []}],
 "not_persons": ["Grand Ethiopian Renaissance Dam", "Blue Nile Research Centre", "African Union"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Agreement on Declaration of Principles", "aliases": [], "parties": ["SDN", "EGY", "ETH"], "date": "2015-03", "status": "signed"},
  {"name": "Nile Waters Agreement", "aliases": ["1959 Nile Waters Agreement"], "parties": ["EGY", "SDN"], "date": "1959", "status": "in_force"}]})

add("reg-037", "Afghan commercial attaché in Peshawar refuses to go home", "1980-01-18", "Frontier provincial daily, Peshawar", """
PESHAWAR — The commercial attaché at the Afghan consulate in Peshawar has sought asylum in Pakistan, saying he will not serve a government "installed by Soviet tanks".
Mr Ghulam Farooq Nazari, who has been posted in Peshawar since 1977 and is responsible for transit trade through the Khyber Pass, told this newspaper on Thursday that he had left the consulate on Saturday, two weeks after Soviet troops entered Afghanistan. He is staying with relatives in Hayatabad.
"I served Daoud, I served Taraki, I even served Amin, God forgive me. But I will not serve Babrak with a Russian standing behind him," Mr Nazari said.
A Pakistani foreign office spokesman in Islamabad said Mr Nazari's request was "under consideration" and that he would not be compelled to return. Pakistan has already received tens of thousands of Afghan refugees in the frontier province.
The consulate on Jamrud Road remained open. Its consul, Mr Abdul Qadir Wardak, said Nazari had been "relieved of his duties for unauthorised absence".
Transporters in the Karkhano market said goods were still crossing at Torkham, but that Afghan officials on the other side had become "nervous and slow".
""", {
 "countries": ["AFG", "PAK", "SUN"],
 "persons": [
  {"name": "Ghulam Farooq Nazari", "aliases": ["Mr Nazari", "Nazari"], "nationality": "AFG"},
  {"name": "Daoud", "aliases": []},
  {"name": "Taraki", "aliases": []},
  {"name": "Amin", "aliases": []},
  {"name": "Babrak", "aliases": []},
  {"name": "Abdul Qadir Wardak", "aliases": [], "nationality": "AFG"}],
 "not_persons": ["Karkhano market", "Khyber Pass"],
 "embassies": [
  {"sending": "AFG", "host": "PAK", "city": "Peshawar"}],
 "defections": [
  {"defector": "Ghulam Farooq Nazari", "from": "AFG", "to": "PAK", "post_host": "PAK", "date": "1980-01-12", "position": "commercial attaché"}],
 "agreements": []})

add("reg-038", "Turkmen consul in Mashhad resurfaces in Moscow", "2003-04-16", "Khorasan provincial newspaper (translated from Persian)", """
MASHHAD — The consul general of Turkmenistan in Mashhad, whose absence from the consulate had been the subject of rumours in the city for nearly a month, has appeared in Moscow and announced that he has joined the Turkmen opposition in exile.
Mr Rejep Annaberdiyev, who had headed the consulate on Doktor Beheshti Avenue since 2000, told a Russian radio station on Monday that he had left Iran "in the middle of March" by road and air and would not return to Ashgabat "while Saparmurat Niyazov rules".
The consulate, which issues visas to Iranian pilgrims and traders crossing at Bajgiran and Sarakhs, has said nothing publicly. An official there told our correspondent by telephone that the consul was "on leave".
Iran's foreign ministry said the matter was "an internal affair of the brotherly Republic of Turkmenistan". Russian officials have not said whether Annaberdiyev has requested any status in Russia.
Traders in the Mashhad bazaar who deal in Turkmen carpets and cotton said visas had become harder to obtain since the autumn, when the government in Ashgabat tightened controls after an alleged attempt on the president's life in November.
Annaberdiyev's wife and children are believed to have left Mashhad with him. His deputy, Mr Myrat Orazov, is now acting head of the consulate.
""", {
 "countries": ["TKM", "IRN", "RUS"],
 "persons": [
  {"name": "Rejep Annaberdiyev", "aliases": ["Annaberdiyev"], "nationality": "TKM"},
  {"name": "Myrat Orazov", "aliases": [], "nationality": "TKM"},
  {"name": "Saparmurat Niyazov", "aliases": [], "nationality": "TKM"}],
 "not_persons": [],
 "embassies": [
  {"sending": "TKM", "host": "IRN", "city": "Mashhad"}],
 "defections": [
  {"defector": "Rejep Annaberdiyev", "from": "TKM", "to": "RUS", "post_host": "IRN", "date": "2003-03", "position": "consul general"}],
 "agreements": []})

add("reg-039", "Soviet exchange scientist asks to stay in Iowa", "1974-10-30", "Central Iowa daily", """
AMES — A Soviet soil scientist spending a year at Iowa State University under a government-sponsored academic exchange has asked the United States for political asylum, university and federal officials said Tuesday.
Dr. Arvid Ivanovich Rauds, 41, a senior researcher at an agricultural institute in Riga, arrived in Ames in February under the exchange program administered by the International Research and Exchanges Board. He was due to fly home to the Soviet Union next month.
Instead, on Friday, he drove to the federal building in Des Moines with his host professor, Dr. Walter Church, and asked immigration officers for asylum. Church said he agreed to drive his colleague "because he asked me to, and because I would want someone to do the same for me."
"I did not encourage him, and I did not discourage him. That was his decision entirely," said Church, a professor of agronomy who has visited the Soviet Union twice.
A spokesman for the Soviet embassy in Washington said the embassy had asked to meet Dr. Rauds "to ascertain his true wishes". The Immigration and Naturalization Service said a meeting could be arranged if Rauds agreed.
University officials said they hoped the case would not affect the exchange, under which eleven American scientists are now working in Soviet institutes. Rauds' research on drainage of peat soils had drawn attention from Iowa farmers, several of whom called the university on Tuesday to offer him work.
""", {
 "countries": ["SUN", "USA"],
 "persons": [
  {"name": "Arvid Ivanovich Rauds", "aliases": ["Rauds", "Dr. Rauds"], "nationality": "SUN"},
  {"name": "Walter Church", "aliases": ["Church"]}],
 "not_persons": ["International Research and Exchanges Board", "Iowa State University", "Immigration and Naturalization Service"],
 "embassies": [
  {"sending": "SUN", "host": "USA", "city": "Washington"}],
 "defections": [
  {"defector": "Arvid Ivanovich Rauds", "from": "SUN", "to": "USA", "post_host": None, "date": "1974-10-25", "position": "soil scientist on academic exchange"}],
 "agreements": []})
