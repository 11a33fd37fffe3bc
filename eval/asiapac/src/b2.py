A = []
def add(id, title, published, source, text, gold):
    A.append(({"id": id, "title": title, "published": published, "source": source, "text": text.strip()}, gold))

add("ap-010", "Manager of North Korean restaurant in Kuala Lumpur defects with staff", "2016-05-10", "Wire report", """
SEOUL, May 10 (Wire) - The manager of a state-run North Korean restaurant in Kuala Lumpur has defected to South Korea together with several of his waitresses, officials in Seoul said on Tuesday, the second such group escape in as many months.
A Unification Ministry official identified the man as Heo Song-chol, in his forties, who had run the Pyongyang Okryu-gwan restaurant in the Malaysian capital for about three years. North Korean trade documents use the spelling Ho Song Chol; the older academic transliteration would render it Hŏ Sŏng-ch'ŏl.
The group left Malaysia last month and travelled through Thailand before reaching Seoul, a person familiar with the matter said. The official declined to say how many women were with him or whether they had planned the escape together.
"As sanctions bite, these restaurants are under enormous pressure to send money back," said Koh Yu-hwan, a professor of North Korean studies at Dongguk University. "Managers are the ones who face punishment when the numbers fall."
North Korea has operated dozens of restaurants across Asia, staffed by young women who sing and dance for diners, as a source of hard currency. Pyongyang's state media has described earlier departures as "abductions" by South Korean intelligence.
Malaysia's foreign ministry said it was "aware of reports" but had received no complaint from the North Korean embassy.
""", {
 "countries": ["PRK", "KOR", "MYS", "THA"],
 "persons": [
  {"name": "Heo Song-chol", "aliases": ["Ho Song Chol", "Hŏ Sŏng-ch'ŏl"], "nationality": "PRK"},
  {"name": "Koh Yu-hwan", "aliases": []}
 ],
 "not_persons": ["Pyongyang Okryu-gwan", "Unification Ministry", "Dongguk University"],
 "embassies": [{"sending": "PRK", "host": "MYS", "city": None}],
 "defections": [
  {"defector": "Heo Song-chol", "from": "PRK", "to": "KOR", "post_host": "MYS", "date": "2016-04", "position": "restaurant manager"}
 ],
 "agreements": []
})

add("ap-011", "Defecting Chinese pilot arrives in Taipei to hero's welcome", "1987-11-20", "Wire report", """
TAIPEI, Taiwan (AP) _ A Chinese air force pilot who flew his MiG-19 fighter to South Korea last week arrived here Wednesday aboard a Korean airliner and was greeted by cheering crowds, flag-waving schoolchildren and a promised reward of 5,000 ounces of gold.
Liu Zhiyuan, 29, a lieutenant from an air base in Shandong province, landed at a South Korean military airfield near Cheongju on Nov. 12 after evading Chinese interceptors over the Yellow Sea. He immediately asked to be sent to Taiwan, officials in Seoul said.
Taiwan's Nationalist government, which spells his name Liu Chih-yuan, calls such pilots "righteous servicemen" and has paid huge bounties to lure defectors from the mainland's armed forces since the 1960s.
"I longed for freedom since I was a student," Liu told reporters at Chiang Kai-shek International Airport, reading from a prepared statement. He saluted and was whisked away by military officers.
The speed of the handover reflected South Korea's careful balancing act. Seoul has no diplomatic relations with Peking but has quietly expanded trade with the mainland and wants to avoid offending it ahead of next year's Olympic Games. Peking demanded the pilot's return, and a Foreign Ministry spokesman in Peking accused Taipei of "hijacking" state property.
South Korean officials said the aircraft would be returned to China. Past defectors have sometimes had to wait months.
""", {
 "countries": ["CHN", "KOR", "TWN"],
 "persons": [
  {"name": "Liu Zhiyuan", "aliases": ["Liu Chih-yuan", "Liu"], "nationality": "CHN"}
 ],
 "not_persons": ["Chiang Kai-shek International Airport", "MiG-19", "AP"],
 "embassies": [],
 "defections": [
  {"defector": "Liu Zhiyuan", "from": "CHN", "to": "TWN", "post_host": None, "date": "1987-11-12", "position": "air force lieutenant, pilot"}
 ],
 "agreements": []
})

add("ap-012", "Seoul pulls back from brink, keeps intelligence pact with Tokyo alive", "2019-11-23", "Newspaper, foreign desk", """
South Korea on Friday suspended its decision to scrap a military intelligence-sharing agreement with Japan, just six hours before the pact was due to expire at midnight, averting what U.S. officials had warned would be a gift to North Korea and China.
The General Security of Military Information Agreement, known as GSOMIA, was signed by the two countries in November 2016 and is renewed automatically each year unless one side gives notice. Seoul gave that notice in August, in retaliation for Japanese export curbs on chemicals vital to its semiconductor industry.
"We have decided to suspend the effect of the notice to terminate," Chung Hae-sung, a senior official at the presidential Blue House, told a televised briefing. The agreement therefore remains in force, he said, but Seoul could end it "at any time."
Tokyo, for its part, agreed to resume talks on the export controls. Japanese officials were careful not to describe this as a concession. "Our position has not changed," said Trade Minister Hiroshi Kajiyama.
The dispute has its roots in South Korean court rulings ordering Japanese firms to compensate wartime forced labourers. Tokyo says all such claims were settled by the 1965 treaty that normalised relations between the two countries and a companion agreement on property and claims signed at the same time.
Washington had lobbied hard. The Secretary of Defense, Mark Esper, visited Seoul this month and called the pact "important to our collective security."
""", {
 "countries": ["KOR", "JPN", "USA", "PRK", "CHN"],
 "persons": [
  {"name": "Chung Hae-sung", "aliases": [], "nationality": "KOR"},
  {"name": "Hiroshi Kajiyama", "aliases": [], "nationality": "JPN"},
  {"name": "Mark Esper", "aliases": [], "nationality": "USA"}
 ],
 "not_persons": ["Blue House", "GSOMIA"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "General Security of Military Information Agreement", "aliases": ["GSOMIA", "military intelligence-sharing agreement"], "parties": ["KOR", "JPN"], "date": "2016-11", "status": "in_force"},
  {"name": "1965 treaty that normalised relations", "aliases": [], "parties": ["KOR", "JPN"], "date": "1965", "status": None},
  {"name": "agreement on property and claims", "aliases": ["companion agreement on property and claims"], "parties": ["KOR", "JPN"], "date": "1965", "status": None}
 ]
})

add("ap-013", "A naval officer in Mae Sot and a diplomat in Tokyo: the junta's defectors", "2021-06-14", "Online news magazine", """
MAE SOT, Thailand — Lieutenant Commander Zaw Min Htike used to command a patrol boat in the Andaman Sea. These days he spends his afternoons in a rented room a few kilometres from the Moei river, teaching English to the children of other exiles and waiting to hear whether any country will take him.
He crossed into Thailand with his wife and two daughters in April, wading the river at night after a Karen armed group guided them through the hills. In March, when soldiers began shooting protesters in Yangon, he had refused an order to move his crew ashore. "I joined the navy to defend the country, not to kill my own people," he said.
Thai authorities have not granted him refugee status; Thailand is not party to the refugee convention, and officials have repeatedly said they will not allow Myanmar's conflict to spill over the border. He has registered with a rights group that is helping him apply for resettlement.
Hundreds of kilometres away, Daw Thin Thin Aye took a quieter route out. The second secretary at the Myanmar embassy in Tokyo announced in a video in early March that she was joining the Civil Disobedience Movement and would no longer serve the military government. She has since applied to Japan's immigration agency for refugee status, according to her lawyer, Watanabe Akio.
"Thin Thin Aye did not flee anything dramatic," Watanabe said. "She simply stopped going to work. But she cannot go home."
The embassy has dismissed her as "a former employee." Japan, which has long cultivated ties with Myanmar's generals, has said little about her case.
""", {
 "countries": ["MMR", "THA", "JPN"],
 "persons": [
  {"name": "Zaw Min Htike", "aliases": ["Lieutenant Commander Zaw Min Htike"], "nationality": "MMR"},
  {"name": "Daw Thin Thin Aye", "aliases": ["Thin Thin Aye"], "nationality": "MMR"},
  {"name": "Watanabe Akio", "aliases": ["Watanabe"]}
 ],
 "not_persons": ["Civil Disobedience Movement", "Moei"],
 "embassies": [{"sending": "MMR", "host": "JPN", "city": "Tokyo"}],
 "defections": [
  {"defector": "Zaw Min Htike", "from": "MMR", "to": "THA", "post_host": None, "date": "2021-04", "position": "naval lieutenant commander"},
  {"defector": "Daw Thin Thin Aye", "from": "MMR", "to": "JPN", "post_host": "JPN", "date": "2021-03", "position": "second secretary"}
 ],
 "agreements": []
})

add("ap-014", "Mourners file past North Korean mission in Peking", "1994-07-11", "Foreign correspondent report", """
PEKING, July 10 - Several hundred North Koreans living in China queued in the summer heat today outside their country's embassy here to bow before a portrait of Kim Il Sung, whose death from a heart attack was announced by Pyongyang radio on Saturday.
The embassy flag flew at half-staff. Inside the compound, diplomats in dark suits received wreaths from the Chinese Communist Party and from the embassies of Cuba, Vietnam and Laos. Chinese leaders sent a message of condolence describing Mr. Kim as "a close comrade-in-arms."
There was no sign of the disorder some Western diplomats had privately predicted. "The line was long and very quiet," said a Japanese reporter who watched for much of the morning. Students from Kim Il Sung University who had been studying in Peking were among the mourners, some weeping openly.
Officials in Peking said they expected Kim Jong Il, the late leader's son, to take over without difficulty. Asked whether the succession might slow efforts to resolve the dispute over the North's nuclear programme, a Foreign Ministry spokesman said only that China "hopes for peace and stability on the peninsula."
""", {
 "countries": ["PRK", "CHN", "CUB", "VNM", "LAO"],
 "persons": [
  {"name": "Kim Il Sung", "aliases": ["Mr. Kim"], "nationality": "PRK"},
  {"name": "Kim Jong Il", "aliases": [], "nationality": "PRK"}
 ],
 "not_persons": ["Kim Il Sung University"],
 "embassies": [
  {"sending": "PRK", "host": "CHN", "city": "Peking"},
  {"sending": "CUB", "host": "CHN", "city": "Peking"},
  {"sending": "VNM", "host": "CHN", "city": "Peking"},
  {"sending": "LAO", "host": "CHN", "city": "Peking"}
 ],
 "defections": [],
 "agreements": []
})

add("ap-015", "Boats burned, treaties unratified: fishing in the Timor Box", "2014-02-27", "Australian newspaper, features", """
KUPANG — La Ode Samsu has lost two boats to the Australian navy. The first, in 2008, was burned on a beach in the Kimberley. The second was sunk off Ashmore Reef last November, while his crew were held for three weeks in Darwin.
"My grandfather fished there. His grandfather fished there," he said, pointing vaguely south across the harbour. "Now there is a line in the sea and nobody told the fish."
The line has a complicated history. A memorandum of understanding signed by Australia and Indonesia in 1974 still allows traditional Indonesian fishermen using unmotorised boats to work a defined area around Ashmore Reef and four other islets, a zone known locally as the MOU Box. It remains in force, but the boats Samsu's crews use, like most in Kupang, now carry outboard engines.
In 1997 the two governments went further, signing the Perth Treaty to draw a full exclusive economic zone boundary between them. But the treaty was never ratified after relations soured over East Timor two years later, and officials in Jakarta say privately it is "in the freezer."
Ferdi Tanoni, who runs a West Timor advocacy group, said fishermen were being criminalised "for the failures of diplomats." An Australian Fisheries Management Authority spokeswoman, Claire Mayhew, said vessels operating outside the box were "in breach of Australian law, full stop."
""", {
 "countries": ["AUS", "IDN"],
 "persons": [
  {"name": "La Ode Samsu", "aliases": ["Samsu"], "nationality": "IDN"},
  {"name": "Ferdi Tanoni", "aliases": []},
  {"name": "Claire Mayhew", "aliases": []}
 ],
 "not_persons": ["Australian Fisheries Management Authority", "MOU Box", "Ashmore Reef"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "memorandum of understanding", "aliases": ["MOU"], "parties": ["AUS", "IDN"], "date": "1974", "status": "in_force"},
  {"name": "Perth Treaty", "aliases": [], "parties": ["AUS", "IDN"], "date": "1997", "status": "signed"}
 ]
})

add("ap-016", "Lao trade attache flees Bangkok post, granted asylum in France", "1977-03-05", "Newspaper, foreign news", """
BANGKOK, March 4 — A trade attache at the Laotian Embassy here who disappeared last month has been granted political asylum in France, diplomatic sources said today.
Khamphoui Sisavath, 41, a former official of the royal government who was kept on by the Pathet Lao after they took power in Vientiane in 1975, left the embassy on Feb. 18 and spent two weeks in hiding in Bangkok, apparently with the help of Thai security officials, before boarding an Air France flight to Paris.
Friends said he had been ordered home for "political study," a term that Laotian refugees here associate with indefinite detention in camps in the northeast of the country. His wife, a French-educated teacher, and three children left with him.
Relations between Thailand and Laos have been tense since a series of clashes on the Mekong last year. The Laotian Government, which relies heavily on Vietnamese advisers and troops, has accused Bangkok of harbouring "reactionary exiles."
A spokesman at the French Embassy in Bangkok would say only that "the French authorities have examined a request and responded to it favourably."
Mr. Khamphoui is the most senior Laotian official to flee since a deputy minister of finance crossed the Mekong by boat in 1976.
""", {
 "countries": ["LAO", "THA", "FRA", "VNM"],
 "persons": [
  {"name": "Khamphoui Sisavath", "aliases": ["Mr. Khamphoui"], "nationality": "LAO"}
 ],
 "not_persons": ["Pathet Lao", "Air France"],
 "embassies": [
  {"sending": "LAO", "host": "THA", "city": "Bangkok"},
  {"sending": "FRA", "host": "THA", "city": "Bangkok"}
 ],
 "defections": [
  {"defector": "Khamphoui Sisavath", "from": "LAO", "to": "FRA", "post_host": "THA", "date": "1977-02-18", "position": "trade attache"}
 ],
 "agreements": []
})

add("ap-017", "Tongan rower seeks protection after Games", "2018-04-20", "Australian broadcaster, online", """
A Tongan rower who went missing from the athletes' village on the final day of the Commonwealth Games has lodged an application for a protection visa, his lawyer has confirmed.
Sione Fifita, 24, was last seen by teammates on Sunday morning, hours before the closing ceremony. Queensland Police were notified but said they were not treating the disappearance as suspicious.
Brisbane migration lawyer Hannah Kiely said on Friday her client had "legitimate fears" about returning to Tonga, which she declined to specify, and had applied to the Department of Home Affairs.
"He's safe, he's staying with friends, and he'd like the media to respect his privacy," she said.
Fifita is one of more than 200 athletes and officials from a range of countries who failed to leave Australia when their Games accreditation expired. Most had visas valid until mid-May. Home Affairs Minister Peter Dutton warned last week that anyone who overstayed would be "found and removed."
The Tonga Rowing Federation said in a statement it was "disappointed" and that Fifita had been "well supported" during his preparation. Tonga's High Commission in Canberra did not respond to a request for comment.
""", {
 "countries": ["TON", "AUS"],
 "persons": [
  {"name": "Sione Fifita", "aliases": ["Fifita"], "nationality": "TON"},
  {"name": "Hannah Kiely", "aliases": []},
  {"name": "Peter Dutton", "aliases": [], "nationality": "AUS"}
 ],
 "not_persons": ["Tonga Rowing Federation", "Department of Home Affairs", "Queensland Police"],
 "embassies": [{"sending": "TON", "host": "AUS", "city": "Canberra"}],
 "defections": [
  {"defector": "Sione Fifita", "from": "TON", "to": "AUS", "post_host": None, "date": "2018-04-15", "position": "rower"}
 ],
 "agreements": []
})

add("ap-018", "Japan-Australia defence access pact comes into force", "2023-08-13", "Wire report", """
TOKYO/CANBERRA, Aug 13 - A landmark agreement allowing Japanese and Australian troops to train and operate on each other's soil took effect on Sunday, the first such pact Tokyo has concluded with any country other than the United States.
The Reciprocal Access Agreement was signed by Prime Minister Kishida Fumio and his then Australian counterpart Scott Morrison at a virtual summit in January last year, after seven years of negotiations snagged over, among other things, Japan's use of the death penalty.
Under the deal, which Japan's Diet approved in the spring, troops from either country will be able to enter the other without visas for exercises and disaster relief, with rules on criminal jurisdiction and customs clarified in advance.
"This is a new era of defence cooperation," Australian Prime Minister Anthony Albanese said in a statement, describing Japan as "one of our closest partners."
Fumio Kishida's government has been expanding security ties across the region as concern grows about Chinese military activity around Taiwan and in the East China Sea. Officials said the first exercise under the new rules, involving Japanese F-35 fighters in northern Australia, would take place later this month.
Beijing has criticised the growing web of alliances in the region as a "Cold War mentality."
""", {
 "countries": ["JPN", "AUS", "USA", "CHN", "TWN"],
 "persons": [
  {"name": "Kishida Fumio", "aliases": ["Fumio Kishida"], "nationality": "JPN"},
  {"name": "Scott Morrison", "aliases": [], "nationality": "AUS"},
  {"name": "Anthony Albanese", "aliases": [], "nationality": "AUS"}
 ],
 "not_persons": ["Diet", "F-35"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Reciprocal Access Agreement", "aliases": [], "parties": ["JPN", "AUS"], "date": "2022-01", "status": "in_force"}
 ]
})

add("ap-019", "'He wants to stay': Chinese student in Sydney applies for asylum", "1989-06-20", "Australian newspaper", """
A Chinese postgraduate student who helped organise last week's protest outside the Chinese consulate in Sydney has applied for political asylum, saying he had been photographed by consular staff and was certain to be arrested if he returned.
He Jun, 27, a chemistry student at the University of New South Wales, lodged his application with the Department of Immigration on Monday, his supporters said. In his home province his name would once have been written Ho Chun, and the Federation for a Democratic China, which is helping him, uses both spellings on its leaflets.
"He wants to stay and continue his studies," said a friend, Li Xiaoping, who accompanied him to the department's office. "He cannot go back to Beijing now. Everybody knows his face."
He said in a brief statement that he was "not a counter-revolutionary" but had only wanted to mourn those killed in Tiananmen Square on June 4.
The Prime Minister, Mr Hawke, who wept during a memorial service in Parliament House last week, has said no Chinese student in Australia will be forced to return against their will while the situation in China remains uncertain. About 15,000 Chinese students are in the country, many on short-term English-language visas.
A spokesman for the consulate said students "misled by rumours" would be welcomed home and "treated leniently."
""", {
 "countries": ["CHN", "AUS"],
 "persons": [
  {"name": "He Jun", "aliases": ["Ho Chun"], "nationality": "CHN"},
  {"name": "Li Xiaoping", "aliases": []},
  {"name": "Hawke", "aliases": ["Mr Hawke"], "nationality": "AUS"}
 ],
 "not_persons": ["Federation for a Democratic China", "University of New South Wales", "Tiananmen Square"],
 "embassies": [{"sending": "CHN", "host": "AUS", "city": "Sydney"}],
 "defections": [
  {"defector": "He Jun", "from": "CHN", "to": "AUS", "post_host": None, "date": "1989-06-19", "position": "postgraduate student"}
 ],
 "agreements": []
})
