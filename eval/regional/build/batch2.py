ITEMS = []
def add(id, title, published, source, text, gold):
    ITEMS.append(dict(id=id, title=title, published=published, source=source, text=text.strip(), gold=gold))

add("reg-010", "Senegalese consul general found safe after night in the Calanques", "2019-10-08", "Marseille regional daily (translated from French)", """
MARSEILLE — The Consul General of the Republic of Senegal in Marseille, missing since Sunday afternoon after setting out on a walk in the Calanques national park, was found safe early on Monday by a team of marine firefighters, the prefecture said.
His Excellency Mr Ousmane Sarr, 58, had left his car at the Col de la Gineste car park and told his family he would be back for dinner. When he failed to answer his telephone, his wife alerted the police shortly after 9 pm, and the consulate on the Boulevard Périer informed the prefecture.
A helicopter and around forty firefighters searched the ridges above Sormiou overnight. He was spotted at about 6.30 am sitting on a ledge above the Calanque de Morgiou, cold, hungry and, in the words of Captain Élodie Mercier of the marine firefighters battalion, "entirely lucid and very apologetic".
"He took a wrong path at dusk and did the sensible thing: he stopped," Mercier said. "Every summer we rescue people who did not."
""", {
 "countries": ["SEN", "FRA"],
 "persons": [
  {"name": "Ousmane Sarr", "aliases": ["Sarr"], "nationality": "SEN"},
  {"name": "Élodie Mercier", "aliases": ["Mercier"]}],
 "not_persons": ["Calanque de Morgiou"],
 "embassies": [
  {"sending": "SEN", "host": "FRA", "city": "Marseille"}],
 "defections": [],
 "agreements": []})

add("reg-011", "Soviet seaman jumps ship in Lerwick harbour", "1977-09-16", "Shetland weekly", """
A crewman from a Soviet factory ship anchored in Bressay Sound swam ashore in the early hours of Wednesday and has asked to be allowed to remain in Britain.
The man, who gave his name as Valdis Ozols, 29, a refrigeration mechanic from Liepāja in the Latvian SSR, was found shivering on the slipway beside the Lerwick lifeboat station by harbour pilot Tammas Jamieson shortly after 4 am.
"He had on a pair of trousers and nothing else, and he kept saying 'police, police, please'," Mr Jamieson said. "I put my jacket round him and walked him up to the station. I never asked him a thing. It was none of my business what he was."
The Home Office confirmed on Thursday that a Soviet citizen had applied for political asylum in the United Kingdom and that the application was being considered. Mr Ozols has been taken to Aberdeen.
By Thursday afternoon, a first secretary from the Soviet embassy in London had flown north and asked to see him. Police said the request had been passed on but that Mr Ozols had declined to meet the diplomat.
More than a hundred Soviet and East German klondykers have been working the herring grounds off Shetland this season. Their crews are seldom allowed ashore, and then only in groups. Local fishermen recall a similar escape from a Polish trawler at Ullapool six years ago.
The factory ship, the Kapitan Dublitsky, weighed anchor on Thursday evening.
""", {
 "countries": ["SUN", "GBR", "DDR", "POL"],
 "persons": [
  {"name": "Valdis Ozols", "aliases": ["Mr Ozols"], "nationality": "SUN"},
  {"name": "Tammas Jamieson", "aliases": ["Mr Jamieson"]}],
 "not_persons": ["Kapitan Dublitsky"],
 "embassies": [
  {"sending": "SUN", "host": "GBR", "city": "London"}],
 "defections": [
  {"defector": "Valdis Ozols", "from": "SUN", "to": "GBR", "post_host": None, "date": "1977-09-14", "position": "refrigeration mechanic on a factory ship"}],
 "agreements": []})

add("reg-012", "North Korean labour official from Vladivostok consulate surfaces in Seoul", "2019-08-22", "Primorye regional news site (translated from Russian)", """
VLADIVOSTOK — A North Korean diplomat responsible for the thousands of his compatriots working on building sites across Primorye has defected to South Korea, Seoul's Ministry of Unification confirmed on Thursday.
The ministry did not name him, but two sources in the local construction industry identified the man as Kim Chol Ung, a third secretary at the Consulate General of the Democratic People's Republic of Korea on Ulitsa Pervaya Morskaya. Contractors said he had been responsible for signing off on the labour brigades that, despite United Nations sanctions, continued to arrive in the region on student and tourist visas.
"He came to every site once a month, collected the papers, drank one glass of tea and left," said the owner of a firm that employed North Korean plasterers in the Pervomaisky district. "In June he stopped coming."
According to the ministry, the diplomat arrived in South Korea "in July" via a third country, accompanied by his wife. Officials in Seoul declined to say which country.
Russian officials have not commented. A man who answered the telephone at the consulate said: "Nobody of that name works here. Goodbye."
Kim would be the most senior North Korean official known to have defected since Thae Yong-ho, deputy ambassador at the embassy in London, fled with his family in 2016. Thae, now a member of South Korea's parliament, wrote on Facebook on Thursday that the Vladivostok case showed "how deep the fear now runs even among the trusted".
""", {
 "countries": ["PRK", "KOR", "RUS", "GBR"],
 "persons": [
  {"name": "Kim Chol Ung", "aliases": ["Kim"], "nationality": "PRK"},
  {"name": "Thae Yong-ho", "aliases": ["Thae"], "nationality": "PRK"}],
 "not_persons": ["Facebook", "Ministry of Unification"],
 "embassies": [
  {"sending": "PRK", "host": "RUS", "city": "Vladivostok"},
  {"sending": "PRK", "host": "GBR", "city": "London"}],
 "defections": [
  {"defector": "Kim Chol Ung", "from": "PRK", "to": "KOR", "post_host": "RUS", "date": "2019-07", "position": "third secretary, consulate general"},
  {"defector": "Thae Yong-ho", "from": "PRK", "to": "KOR", "post_host": "GBR", "date": "2016", "position": "deputy ambassador"}],
 "agreements": []})

add("reg-013", "Embassy cook wins back pay after tribunal mediation", "2018-02-14", "Singapore community newspaper", """
An Indonesian cook who spent six years preparing meals at the residence of a Gulf state's ambassador has received nearly S$19,000 in unpaid wages and overtime after a mediation session at the Tripartite Alliance for Dispute Management.
Sumiati, 43, who like many Javanese uses a single name, said she had been paid a fraction of her contracted salary since 2015 and had not been allowed a day off in more than a year. She left the residence in Bukit Timah in November and sought help from the Indonesian embassy, which housed her in its shelter on Chatsworth Road.
Because the employer was a foreign diplomat, the case could not be taken to court without the consent of his government. Instead, the Ministry of Manpower and the Ministry of Foreign Affairs brokered talks with the Embassy of the Kingdom of Bahrain, which agreed last month to settle.
"I did not want to make trouble for anybody. I only wanted what was written in my contract," Sumiati said on Tuesday at the Humanitarian Organisation for Migration Economics office, where volunteers had helped her prepare her claim.
A caseworker with the group, Priya Ramasamy, said diplomatic immunity left domestic staff in embassies "in a legal grey zone" and called for a code of conduct for diplomatic households.
The Bahraini embassy said in a statement that the matter had been "resolved amicably" and that the ambassador "had not been aware" of the arrears. Sumiati flew home to Cilacap on Wednesday.
""", {
 "countries": ["IDN", "SGP", "BHR"],
 "persons": [
  {"name": "Sumiati", "aliases": [], "nationality": "IDN"},
  {"name": "Priya Ramasamy", "aliases": []}],
 "not_persons": ["Tripartite Alliance for Dispute Management", "Humanitarian Organisation for Migration Economics"],
 "embassies": [
  {"sending": "BHR", "host": "SGP"},
  {"sending": "IDN", "host": "SGP"}],
 "defections": [],
 "agreements": []})

add("reg-014", "Myanmar diplomat who joined protest movement seeks refuge in Canada", "2021-06-14", "Ottawa local daily", """
For twenty years, Daw Thiri Aung represented her country abroad. Since March she has represented, she says, only its people.
The first secretary at the Embassy of the Republic of the Union of Myanmar on Range Road announced in a video posted on March 8 that she was joining the Civil Disobedience Movement against the military junta that seized power on February 1. She has not set foot in the embassy since.
On Friday her lawyer, Michael Stone of the Ottawa firm Stone & Okafor, confirmed that she had filed a claim for refugee protection in Canada. "Ms. Thiri Aung was instructed to return to Naypyidaw. She has every reason to believe she would be imprisoned there," Stone said.
Burmese names do not use surnames; colleagues call her Daw Thiri, Daw being an honorific for an older woman. She lives in a rented apartment in Sandy Hill with her teenage daughter, who attends a local high school.
The embassy's chargé d'affaires, U Zaw Min Oo, issued a statement calling her "a former staff member who deserted her post" and warning that her diplomatic passport had been cancelled.
Global Affairs Canada said it did not comment on individual immigration files. Canada imposed sanctions on members of the Myanmar military in February and has not recognised the junta.
Thiri Aung said she was one of more than a hundred Myanmar diplomats worldwide who had joined the movement. "We are not defecting from Myanmar," she said. "The generals defected from Myanmar. We are staying with it."
""", {
 "countries": ["MMR", "CAN"],
 "persons": [
  {"name": "Daw Thiri Aung", "aliases": ["Thiri Aung", "Daw Thiri", "Ms. Thiri Aung"], "nationality": "MMR"},
  {"name": "Michael Stone", "aliases": ["Stone"]},
  {"name": "U Zaw Min Oo", "aliases": []}],
 "not_persons": ["Stone & Okafor", "Global Affairs Canada", "Civil Disobedience Movement"],
 "embassies": [
  {"sending": "MMR", "host": "CAN", "city": "Ottawa"}],
 "defections": [
  {"defector": "Daw Thiri Aung", "from": "MMR", "to": "CAN", "post_host": "CAN", "date": "2021-03-08", "position": "first secretary"}],
 "agreements": []})

add("reg-015", "Francophone Games athletes vanish; one files refugee claim", "2001-07-26", "Outaouais regional daily (translated from French)", """
GATINEAU — At least a dozen athletes and coaches who came to the region for the Jeux de la Francophonie have left their delegations, and some have already asked Canada for refugee status, immigration officials said on Wednesday.
Among them is Jean-Bosco Habimana, a 24-year-old judoka from Rwanda who lost his first bout on Sunday and was not seen at the athletes' residence at the Université d'Ottawa afterwards. On Tuesday his coach learned that Habimana had filed a refugee claim at the immigration office in Montreal.
Sprinter Ngalula Kabasele, 19, of the Democratic Republic of Congo, has also disappeared. The head of the Congolese delegation, Professor Dieudonné Mbuyi Kalonji, Secretary-General of the National Olympic Committee and Adviser to the Minister of Youth and Sports, said she had left the residence on Monday with a small bag "to visit a cousin" and had not returned. Her whereabouts are unknown.
"We cannot lock them in," Mbuyi said. "They are adults. But it is sad for sport."
Citizenship and Immigration Canada would not release numbers, but a spokesman, Rénald Dussault, said claims "from persons who entered Canada for the Games" would be treated like any others. Organisers had required each participating government to guarantee the return of its delegation.
Local churches in Hull and Gatineau have quietly opened their basements to athletes who do not want to go home, according to a volunteer, Soeur Marthe Lévesque. "We give soup, not advice," she said.
""", {
 "countries": ["CAN", "RWA", "COD"],
 "persons": [
  {"name": "Jean-Bosco Habimana", "aliases": ["Habimana"], "nationality": "RWA"},
  {"name": "Ngalula Kabasele", "aliases": [], "nationality": "COD"},
  {"name": "Dieudonné Mbuyi Kalonji", "aliases": ["Mbuyi"], "nationality": "COD"},
  {"name": "Rénald Dussault", "aliases": []},
  {"name": "Marthe Lévesque", "aliases": []}],
 "not_persons": ["Jeux de la Francophonie", "Université d'Ottawa"],
 "embassies": [],
 "defections": [
  {"defector": "Jean-Bosco Habimana", "from": "RWA", "to": "CAN", "post_host": None, "date": "2001-07-22", "position": "judoka"},
  {"defector": "Ngalula Kabasele", "from": "COD", "to": None, "post_host": None, "date": "2001-07-23", "position": "sprinter"}],
 "agreements": []})

add("reg-016", "In Zabol, a dry lake and a fifty-year-old treaty", "2023-05-30", "Iranian provincial news agency, English service", """
ZABOL — The gunfire on the border at the weekend lasted only a few hours, but for farmers around this city in Sistan and Baluchestan province the quarrel behind it is as old as their memories.
Iran says Afghanistan has for years delivered only a fraction of the Helmand river water it owes under the 1973 Helmand River Water Treaty, which guarantees Iran an average of 22 cubic metres per second in a normal year. The treaty was signed in Kabul in March 1973 by the prime ministers of the two countries, Amir-Abbas Hoveyda and Mohammad Musa Shafiq, and ratified by both parliaments.
Tehran has repeatedly called on the Taliban administration in Kabul to honour it. The Taliban say they recognise the treaty but that drought, not dams, has reduced the flow.
"My father fished in the Hamoun. I grazed cattle in the Hamoun. My son has seen the Hamoun only in dust storms," said Gholamreza Shahraki, 52, whose family has farmed near the village of Deh-e Dost Mohammad for generations.
Mohammad Sarguzi, representative of Zabol in the Islamic Consultative Assembly, said a parliamentary delegation would raise the issue again with the foreign ministry this week. "The treaty is clear. What is missing is the water," he said.
Both governments accused each other of firing first in Saturday's clash at a border post near Zabol, in which two Iranian border guards and one Taliban fighter were killed, according to officials from both sides.
""", {
 "countries": ["IRN", "AFG"],
 "persons": [
  {"name": "Amir-Abbas Hoveyda", "aliases": []},
  {"name": "Mohammad Musa Shafiq", "aliases": []},
  {"name": "Gholamreza Shahraki", "aliases": []},
  {"name": "Mohammad Sarguzi", "aliases": []}],
 "not_persons": ["Islamic Consultative Assembly", "Hamoun"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Helmand River Water Treaty", "aliases": ["1973 Helmand River Water Treaty", "treaty"], "parties": ["IRN", "AFG"], "date": "1973-03", "status": "in_force"}]})

add("reg-017", "Poznań's Russian consulate to close by end of November", "2024-10-24", "Greater Poland regional daily (translated from Polish)", """
POZNAŃ — The Consulate General of the Russian Federation on Bukowska Street will cease operating on November 30, after Poland's foreign minister withdrew consent for its activity in response to what Warsaw says was a Russian sabotage campaign on Polish soil.
Foreign Minister Radosław Sikorski announced the decision on Tuesday, citing "evidence that the Russian state has been preparing acts of sabotage, including attempted arson", without giving details. Moscow's foreign ministry spokeswoman said Russia would respond "in a painful way".
For the few hundred Russian citizens living in Wielkopolska, the closure means a journey of more than 300 kilometres to the embassy in Warsaw for passports, notarial documents and pension certificates. The consulate in Gdańsk was closed earlier this year, and the consulate in Kraków in 2023.
"My mother is 84. I will have to drive her to Warsaw to prove that she is alive," said Olga Kaczmarek, who came from Yekaterinburg in 1996, married a Pole and runs a small translation office on Półwiejska Street. "I understand why they close it. I am not defending them. But the people who suffer are people like us."
Staff at the consulate, who number around a dozen, were seen loading boxes into vans on Wednesday. A police car was parked outside.
The city's deputy mayor, Bartosz Guss, said Poznań had "no regrets", adding that the building's future would be decided by the state treasury.
""", {
 "countries": ["RUS", "POL"],
 "persons": [
  {"name": "Radosław Sikorski", "aliases": [], "nationality": "POL"},
  {"name": "Olga Kaczmarek", "aliases": []},
  {"name": "Bartosz Guss", "aliases": []}],
 "not_persons": [],
 "embassies": [
  {"sending": "RUS", "host": "POL", "city": "Poznań"},
  {"sending": "RUS", "host": "POL", "city": "Warsaw"},
  {"sending": "RUS", "host": "POL", "city": "Gdańsk"},
  {"sending": "RUS", "host": "POL", "city": "Kraków"}],
 "defections": [],
 "agreements": []})

add("reg-018", "Chinese scientist allowed to stay in Adelaide", "1990-03-09", "Adelaide evening newspaper", """
A Chinese metallurgist who came to the University of Adelaide on a Beijing government scholarship has been told he may remain in Australia, ending nine months of uncertainty that he says left him unable to sleep.
Dr Zhang Ruihua, 38, was six months into a two-year visiting fellowship in the department of mechanical engineering when troops opened fire on protesters in Tiananmen Square last June. In July he wrote to the education office of the Chinese embassy in Canberra to say he would not return at the end of his fellowship, and asked the Australian government for protection.
He was among thousands of Chinese students in Australia given the right to stay under the four-year temporary entry permits announced by the Prime Minister, Mr Bob Hawke. His formal notification arrived this week.
"My scholarship was paid by the Chinese people, and I hope one day to pay them back," Dr Zhang said at his home in Kensington Park, where he lives with his wife, Li Min, a nurse. "But not with my silence."
His supervisor, Professor Graham Wheatley, said Dr Zhang's research into corrosion-resistant alloys for mining equipment was "first-rate" and that the university would seek funds to extend his position.
Dr Zhang said friends in Wuhan had told him security officers had visited his parents twice. The Chinese consulate in Sydney has previously said that students who "engage in anti-government activities abroad" would face consequences on their return.
""", {
 "countries": ["CHN", "AUS"],
 "persons": [
  {"name": "Zhang Ruihua", "aliases": ["Dr Zhang"], "nationality": "CHN"},
  {"name": "Bob Hawke", "aliases": ["Mr Bob Hawke"], "nationality": "AUS"},
  {"name": "Li Min", "aliases": []},
  {"name": "Graham Wheatley", "aliases": []}],
 "not_persons": ["Tiananmen Square", "Kensington Park"],
 "embassies": [
  {"sending": "CHN", "host": "AUS", "city": "Canberra"},
  {"sending": "CHN", "host": "AUS", "city": "Sydney"}],
 "defections": [
  {"defector": "Zhang Ruihua", "from": "CHN", "to": "AUS", "post_host": None, "date": "1989-07", "position": "visiting scientist on government scholarship"}],
 "agreements": []})

add("reg-019", "Braniewo's shopkeepers count the cost of a frozen border pass", "2017-03-21", "Warmia-Masuria regional daily (translated from Polish)", """
BRANIEWO — On a Saturday five years ago, the car park outside Grażyna Nowicka's grocery on ulica Gdańska held thirty cars with Kaliningrad number plates. Last Saturday it held three.
The difference is the local border traffic agreement between Poland and Russia, which allowed residents of the Kaliningrad region and of the Polish border districts to cross without a visa on a special permit. Signed in Moscow in December 2011, it took effect the following July and turned towns like Braniewo, Bartoszyce and Gołdap into shopping destinations for Russians seeking cheap groceries, clothes and building materials.
Warsaw suspended the arrangement in July last year, initially citing security around the NATO summit and World Youth Day, and has since extended the suspension indefinitely. The foreign ministry says it has no plans to restore it.
"They bought cheese, washing powder, nappies by the box," Nowicka said. "I had two girls working for me. Now it is only me and, in the summer, my daughter."
The mayor, Tomasz Sielicki, estimated that the town's retailers lost about a quarter of their turnover in the first year. "We understand politics," he said. "But politics does not pay the rent."
Across the border, Russian officials have called the suspension "unfriendly" and noted that Moscow has kept its side of the regime open to Poles, few of whom now use it.
""", {
 "countries": ["POL", "RUS"],
 "persons": [
  {"name": "Grażyna Nowicka", "aliases": ["Nowicka"]},
  {"name": "Tomasz Sielicki", "aliases": []}],
 "not_persons": ["World Youth Day", "NATO"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Poland–Russia local border traffic agreement", "aliases": ["local border traffic agreement"], "parties": ["POL", "RUS"], "date": "2011-12", "status": "suspended"}]})
