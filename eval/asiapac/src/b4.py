A = []
def add(id, title, published, source, text, gold):
    A.append(({"id": id, "title": title, "published": published, "source": source, "text": text.strip()}, gold))

add("ap-030", "From a Dandong fish plant to Seoul: one woman's eight-month escape", "2025-06-12", "International news website", """
SEOUL — The squid came in frozen blocks, and Choe Un-hui's job was to thaw, gut and pack them, twelve hours a day, in a seafood processing plant on the outskirts of Dandong, the Chinese border city that faces North Korea across the Yalu river.
She was one of roughly 200 North Korean women sent to the plant by a state trading company in 2019, part of a workforce that the United Nations says earns hard currency for Pyongyang's weapons programmes. Their wages, she said, went straight to a North Korean manager. Their passports were held in a safe.
Last October, during a fire drill, she walked out of the gate and kept walking.
What followed, as she described it to reporters in Seoul this week, was a journey of nearly eight months: weeks hidden in a Christian family's flat in Shenyang, a long bus ride south through Yunnan, a night crossing into Laos on foot, and finally a boat over the Mekong to Thailand, where she handed herself in to police and asked to be sent to South Korea. She arrived in Seoul in May.
The route was arranged by a broker she knew only as Mr. Yoon, who charged her family's contacts in the South the equivalent of $12,000. "Without him I would be back in the plant, or in prison," she said.
Choe — whose name would be written Ch'oe Ŭn-hŭi in the McCune-Reischauer system used by many libraries — asked that her hometown not be published. China, which regards North Korean escapees as illegal economic migrants, routinely sends back those it catches.
""", {
 "countries": ["PRK", "CHN", "LAO", "THA", "KOR"],
 "persons": [
  {"name": "Choe Un-hui", "aliases": ["Choe", "Ch'oe Ŭn-hŭi"], "nationality": "PRK"},
  {"name": "Yoon", "aliases": ["Mr. Yoon"]}
 ],
 "not_persons": ["McCune-Reischauer", "United Nations"],
 "embassies": [],
 "defections": [
  {"defector": "Choe Un-hui", "from": "PRK", "to": "KOR", "post_host": "CHN", "date": "2024-10", "position": "seafood processing worker sent abroad"}
 ],
 "agreements": []
})

add("ap-031", "Falepili Union treaty with Tuvalu takes effect", "2024-08-28", "Pacific news service", """
FUNAFUTI — A treaty giving Tuvaluans a special pathway to live in Australia and committing Canberra to defend the low-lying atoll nation against natural disasters, pandemics and military aggression entered into force on Wednesday.
The Falepili Union, named after a Tuvaluan word for good neighbourliness and care, was signed in November last year by Australian Prime Minister Anthony Albanese and Tuvalu's then prime minister, Kausea Natano, on the sidelines of the Pacific Islands Forum in Rarotonga.
It ran into trouble at home after Natano lost his seat in January's election. His successor, Feleti Teo, sought assurances over a clause requiring Tuvalu to "mutually agree" with Australia on any security deal with a third country, which critics said handed Canberra a veto over Tuvalu's foreign policy. An exchange of letters this year clarified the language without reopening the text.
Foreign Minister Penny Wong, who attended a ceremony in the capital, said the union reflected "a shared future in the face of rising seas."
Up to 280 Tuvaluans a year will be able to migrate to Australia under the treaty, with full access to education, healthcare and work. Tuvalu remains one of a dwindling number of countries that recognise Taiwan rather than China, a position Teo has said he has no intention of changing.
""", {
 "countries": ["TUV", "AUS", "TWN", "CHN"],
 "persons": [
  {"name": "Anthony Albanese", "aliases": [], "nationality": "AUS"},
  {"name": "Kausea Natano", "aliases": ["Natano"], "nationality": "TUV"},
  {"name": "Feleti Teo", "aliases": ["Teo"], "nationality": "TUV"},
  {"name": "Penny Wong", "aliases": [], "nationality": "AUS"}
 ],
 "not_persons": ["Pacific Islands Forum"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Falepili Union", "aliases": [], "parties": ["AUS", "TUV"], "date": "2023-11", "status": "in_force"}
 ]
})

add("ap-032", "World Bank economist who swam to China remains a deserter in Taiwan", "2008-06-02", "Asian newsweekly", """
TAIPEI — When the World Bank named Justin Yifu Lin its chief economist in February, the news was greeted with pride in Beijing. In Taiwan, the reaction was rather different: the Ministry of National Defense confirmed that Lin was still wanted for desertion.
Almost three decades ago, Lin was not an economist but an army captain named Lin Cheng-yi, a company commander on the frontline island of Kinmen and a poster boy for the Nationalist army, which had sent him to study at National Taiwan University. On a May night in 1979 he slipped into the water and swam some two kilometres across the strait to the mainland coast near Xiamen, carrying, according to one account, two basketballs for buoyancy.
He took the name Lin Yifu, studied at Peking University and the University of Chicago, and rose to become one of China's most influential economic advisers.
His wife and children later joined him. His father, who stayed in Yilan county, died in 2002; Lin applied to return for the funeral, but Taipei refused him entry.
"If he comes back, he must face the law, like any other soldier who abandoned his post," a ministry spokesman, Major General Yu Sy-tue, said last week. Some legislators have argued the charges should be dropped now that relations with Beijing are thawing under President Ma Ying-jeou.
""", {
 "countries": ["TWN", "CHN"],
 "persons": [
  {"name": "Justin Yifu Lin", "aliases": ["Lin", "Lin Cheng-yi", "Lin Yifu"], "nationality": "TWN"},
  {"name": "Yu Sy-tue", "aliases": ["Major General Yu Sy-tue"], "nationality": "TWN"},
  {"name": "Ma Ying-jeou", "aliases": [], "nationality": "TWN"}
 ],
 "not_persons": ["World Bank", "Ministry of National Defense", "National Taiwan University", "Peking University", "University of Chicago"],
 "embassies": [],
 "defections": [
  {"defector": "Justin Yifu Lin", "from": "TWN", "to": "CHN", "post_host": None, "date": "1979-05", "position": "army captain, company commander on Kinmen"}
 ],
 "agreements": []
})

add("ap-033", "Chinese trawler sinks Korean coast guard boat, Seoul summons ambassador", "2016-10-10", "Korean newspaper, English edition", """
South Korea summoned China's ambassador on Sunday to protest after a Chinese fishing boat rammed and sank a Korean coast guard speedboat in the Yellow Sea, the latest clash in years of friction over illegal fishing.
No one was injured in Friday's incident, about 76 kilometres west of Soecheong island, but the coast guard officer piloting the boat had to be plucked from the water by a second vessel after the trawler deliberately struck his craft, officials said. The Chinese boats fled into Chinese waters.
Vice Foreign Minister Lim Sung-nam told Ambassador Qiu Guohong that Seoul "will not tolerate" violence against law-enforcement officers. Coast guard commissioner Hong Ik-tae said his agency would consider using onboard cannons against boats that resist inspection.
At the heart of the dispute is the fisheries agreement the two countries signed in 2000, which took effect the following year and set up joint and provisional zones in the Yellow Sea where both fleets may operate under quotas. Korean officials say hundreds of Chinese boats routinely stray into the Korean side, and the annual fishery committee meeting under the deal has done little to stop them.
In Beijing, Foreign Ministry spokesman Geng Shuang said China had "taken note" of the incident and urged Seoul to handle such cases "in a calm and rational manner."
""", {
 "countries": ["KOR", "CHN"],
 "persons": [
  {"name": "Lim Sung-nam", "aliases": [], "nationality": "KOR"},
  {"name": "Qiu Guohong", "aliases": ["Ambassador Qiu Guohong"], "nationality": "CHN"},
  {"name": "Hong Ik-tae", "aliases": [], "nationality": "KOR"},
  {"name": "Geng Shuang", "aliases": [], "nationality": "CHN"}
 ],
 "not_persons": ["Soecheong"],
 "embassies": [{"sending": "CHN", "host": "KOR", "city": None}],
 "defections": [],
 "agreements": [
  {"name": "fisheries agreement", "aliases": [], "parties": ["KOR", "CHN"], "date": "2000", "status": "in_force"}
 ]
})

add("ap-034", "Australia and Indonesia sign Lombok security treaty months after Papuan visa row", "2006-11-14", "Australian newspaper", """
MATARAM, Lombok — Australia and Indonesia yesterday signed a security treaty pledging respect for each other's territorial integrity, a clause Jakarta demanded after Canberra granted protection visas to 42 asylum seekers from the restive province of Papua earlier this year.
The Agreement on the Framework for Security Cooperation, already being called the Lombok Treaty, was signed by Foreign Minister Alexander Downer and his Indonesian counterpart, Hassan Wirajuda, at a resort hotel on the island. It covers cooperation on defence, counter-terrorism, intelligence, maritime security and disaster relief, and still needs to be ratified by both parliaments.
The Papuans, led by the independence activist Yacob Wenda, landed on Cape York in January after a five-day journey in a traditional outrigger canoe flying the banned Morning Star flag. When Australia granted them temporary protection visas in March, Jakarta recalled its ambassador, Hamzah Thayeb, for consultations, and President Susilo Bambang Yudhoyono accused Canberra of encouraging separatism.
Mr Downer said the new treaty "puts the relationship on a firmer footing than at any time in its history."
Wenda, speaking from Melbourne, where most of the group has settled, called the agreement "a betrayal written in friendly language."
""", {
 "countries": ["AUS", "IDN"],
 "persons": [
  {"name": "Alexander Downer", "aliases": ["Mr Downer"], "nationality": "AUS"},
  {"name": "Hassan Wirajuda", "aliases": [], "nationality": "IDN"},
  {"name": "Yacob Wenda", "aliases": ["Wenda"], "nationality": "IDN"},
  {"name": "Hamzah Thayeb", "aliases": [], "nationality": "IDN"},
  {"name": "Susilo Bambang Yudhoyono", "aliases": [], "nationality": "IDN"}
 ],
 "not_persons": ["Morning Star", "Cape York"],
 "embassies": [{"sending": "IDN", "host": "AUS", "city": None}],
 "defections": [
  {"defector": "Yacob Wenda", "from": "IDN", "to": "AUS", "post_host": None, "date": "2006-01", "position": "independence activist"}
 ],
 "agreements": [
  {"name": "Agreement on the Framework for Security Cooperation", "aliases": ["Lombok Treaty", "security treaty"], "parties": ["AUS", "IDN"], "date": "2006-11-13", "status": "signed"}
 ]
})

add("ap-035", "Protesters besiege Japanese embassy in Beijing for fourth day", "2012-09-19", "Wire report", """
BEIJING, Sept 19 - Riot police in helmets lined the streets around Japan's embassy in Beijing for a fourth straight day on Wednesday as protesters angry over Tokyo's purchase of disputed islands in the East China Sea hurled water bottles and eggs at the compound.
The crowds were smaller than at the peak on Tuesday, the anniversary of Japan's 1931 invasion of Manchuria, when thousands marched past the embassy chanting slogans and waving portraits of Mao Zedong. Ambassador Uichiro Niwa's car was attacked by protesters in August, when a man tore the Japanese flag from its bonnet.
Japanese companies including Panasonic and Canon temporarily closed factories across China, and several Japanese-owned shops and restaurants were looted in cities from Qingdao to Changsha.
"We ask the Chinese side to ensure the safety of Japanese nationals," embassy spokesman Tomoyuki Ishida told reporters. Chinese Foreign Ministry spokesman Hong Lei said the government "would protect foreign institutions according to law" but that Japan "must bear full responsibility" for the tensions.
The islands, known as the Senkaku in Japan and the Diaoyu in China, are also claimed by Taiwan.
""", {
 "countries": ["JPN", "CHN", "TWN"],
 "persons": [
  {"name": "Uichiro Niwa", "aliases": ["Ambassador Uichiro Niwa"], "nationality": "JPN"},
  {"name": "Mao Zedong", "aliases": [], "nationality": "CHN"},
  {"name": "Tomoyuki Ishida", "aliases": [], "nationality": "JPN"},
  {"name": "Hong Lei", "aliases": [], "nationality": "CHN"}
 ],
 "not_persons": ["Panasonic", "Canon", "Senkaku", "Diaoyu"],
 "embassies": [{"sending": "JPN", "host": "CHN", "city": "Beijing"}],
 "defections": [],
 "agreements": []
})

add("ap-036", "Missing North Korean counsellor from Hanoi embassy surfaces in Seoul", "2005-09-14", "Foreign correspondent report", """
HANOI — A North Korean economic counsellor who disappeared from his embassy in Hanoi in the spring has been living in South Korea since the summer, according to a South Korean government official and a diplomat in the Vietnamese capital.
Ma Chol-su, who had handled trade in rice and coal for the embassy for about four years, failed to turn up for work one morning in late March, along with his wife. Embassy staff searched hotels and the airport, a Vietnamese official recalled, and asked the police for help in finding "a comrade who has been kidnapped."
The South Korean official, speaking on condition of anonymity, said Mr. Ma — whose name appears in some North Korean documents as Ma Chol Su, without the hyphen — had reached Seoul in July via a third country. He declined to name the country. Ma is the most senior North Korean diplomat known to have defected from a post in Southeast Asia.
Vietnam, which has close ties with both Koreas, has been sensitive about such cases since July of last year, when it allowed more than 400 North Koreans who had gathered in Ho Chi Minh City to be flown to Seoul, prompting furious protests from Pyongyang.
A spokesman for the Vietnamese Foreign Ministry, Le Dung, said on Tuesday that Vietnam "had no information" about the case.
""", {
 "countries": ["PRK", "VNM", "KOR"],
 "persons": [
  {"name": "Ma Chol-su", "aliases": ["Mr. Ma", "Ma Chol Su", "Ma"], "nationality": "PRK"},
  {"name": "Le Dung", "aliases": [], "nationality": "VNM"}
 ],
 "not_persons": ["Ho Chi Minh City"],
 "embassies": [{"sending": "PRK", "host": "VNM", "city": "Hanoi"}],
 "defections": [
  {"defector": "Ma Chol-su", "from": "PRK", "to": "KOR", "post_host": "VNM", "date": "2005-03", "position": "economic counsellor"}
 ],
 "agreements": []
})

add("ap-037", "Manila and Beijing strike deal on resupplying Second Thomas Shoal outpost", "2024-07-22", "Wire report", """
MANILA, July 22 - The Philippines and China have concluded a "provisional understanding" on how Manila resupplies troops stationed on a grounded warship at the Second Thomas Shoal, both governments said, after months of violent confrontations at the disputed reef in the South China Sea.
The arrangement was finalised on Sunday after a series of meetings and exchanges of diplomatic notes, the Philippine Department of Foreign Affairs said, adding that it would not prejudice either side's position on sovereignty. Its terms have not been made public.
Foreign Affairs Secretary Enrique Manalo said the deal was "a step toward easing tensions" but that Manila would continue to "protect our rights." China's foreign ministry said in a statement that the Philippines had agreed to notify Beijing in advance of each mission and that Chinese coast guard ships would "monitor" them.
The BRP Sierra Madre, a rusting World War Two-era landing ship, was run aground on the shoal in 1999 to assert Philippine claims. In June, a Philippine navy sailor lost a thumb when Chinese coast guard personnel armed with knives and axes boarded resupply boats.
Washington, which has repeatedly said an armed attack on Philippine forces in the area would trigger its obligations under the 1951 Mutual Defense Treaty, welcomed the arrangement.
""", {
 "countries": ["PHL", "CHN", "USA"],
 "persons": [
  {"name": "Enrique Manalo", "aliases": [], "nationality": "PHL"}
 ],
 "not_persons": ["BRP Sierra Madre", "Sierra Madre", "Department of Foreign Affairs", "Second Thomas Shoal"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "provisional understanding", "aliases": ["arrangement", "deal"], "parties": ["PHL", "CHN"], "date": "2024-07-21", "status": "signed"},
  {"name": "Mutual Defense Treaty", "aliases": ["1951 Mutual Defense Treaty"], "parties": ["USA", "PHL"], "date": "1951", "status": None}
 ]
})

add("ap-038", "North Korean weightlifter defects after Asian Games, Seoul confirms", "2018-09-05", "Korean news agency, English service", """
A North Korean weightlifter who competed at the Asian Games in Indonesia has defected and is now in South Korea, the Unification Ministry said Wednesday, in a rare case of an elite North Korean athlete abandoning her team.
Officials identified the woman as Ri Song-gum, 22, who finished fourth in the women's 63-kilogram class in Jakarta. South Korean media have transliterated her name as Lee Sung-keum, following southern spelling conventions in which the surname Ri is written Lee.
According to a government source, Ri left the North Korean delegation's hotel in Jakarta in the early hours of Monday, a day after the Games' closing ceremony on Sunday, and took a taxi to the South Korean embassy, where she asked to be sent to Seoul. She arrived at Incheon airport late on Tuesday.
The taxi driver, Budi Santoso, told Indonesian television that his passenger "was very nervous and kept looking back" but spoke no Indonesian, and showed him the embassy's address written on a paper napkin.
Lee — as she is now referred to in the South — is said to be in good health and undergoing the standard debriefing given to all new arrivals from the North.
North Korea's Olympic committee has not commented. Indonesian police said they had received no report of a missing athlete.
""", {
 "countries": ["PRK", "KOR", "IDN"],
 "persons": [
  {"name": "Ri Song-gum", "aliases": ["Lee Sung-keum", "Ri", "Lee"], "nationality": "PRK"},
  {"name": "Budi Santoso", "aliases": [], "nationality": "IDN"}
 ],
 "not_persons": ["Unification Ministry", "Incheon"],
 "embassies": [{"sending": "KOR", "host": "IDN", "city": "Jakarta"}],
 "defections": [
  {"defector": "Ri Song-gum", "from": "PRK", "to": "KOR", "post_host": None, "date": "2018-09-03", "position": "weightlifter"}
 ],
 "agreements": []
})

add("ap-039", "Gulf of Tonkin boundary and fishing pacts take effect", "2004-07-01", "Regional news agency", """
HANOI, July 1 - Two agreements dividing the Gulf of Tonkin between Vietnam and China came into force on Wednesday, officials in both capitals said, closing a dispute that had complicated relations since the two countries fought a border war in 1979.
The agreement on the delimitation of the territorial seas, exclusive economic zones and continental shelves in the gulf, known in Vietnam as Bac Bo Gulf, was signed in Beijing on Dec. 25, 2000, together with a fisheries cooperation agreement that sets up a common fishing zone straddling the new line for 12 years.
Vietnam's National Assembly ratified both in 2004, after China's legislature did the same. Tran Quang Hoa, a deputy head of Vietnam's border committee, said that under the delimitation Vietnam received about 53 per cent of the gulf's waters. "Our fishermen now know exactly where they may work," he said.
For decades, Hanoi had argued that the gulf was already divided by the Sino-French convention of 1887, concluded between France and the Qing dynasty, and that the line of longitude 108° 3' E drawn in that convention marked a maritime boundary. Beijing said it only allocated islands.
Fishermen in Hai Phong and Quang Ninh said they hoped the new rules would end arrests by Chinese patrols, which they said had grown more frequent in recent years.
""", {
 "countries": ["VNM", "CHN", "FRA"],
 "persons": [
  {"name": "Tran Quang Hoa", "aliases": [], "nationality": "VNM"}
 ],
 "not_persons": ["Bac Bo Gulf", "National Assembly"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "agreement on the delimitation of the territorial seas, exclusive economic zones and continental shelves", "aliases": [], "parties": ["VNM", "CHN"], "date": "2000-12-25", "status": "in_force"},
  {"name": "fisheries cooperation agreement", "aliases": [], "parties": ["VNM", "CHN"], "date": "2000-12-25", "status": "in_force"},
  {"name": "Sino-French convention of 1887", "aliases": [], "parties": ["FRA", "CHN"], "date": "1887", "status": None}
 ]
})
