A = []
def add(id, title, published, source, text, gold):
    A.append(({"id": id, "title": title, "published": published, "source": source, "text": text.strip()}, gold))

add("ap-000", "Chinese diver asks to stay in Australia after Brisbane meet", "1986-08-14", "Wire report", """
BRISBANE, Aug. 14 - A 19-year-old member of China's national diving squad has asked the Australian Government for political asylum, immigration officials confirmed today, in the first such case involving a Chinese sportswoman in this country.
Zhou Meiling slipped away from the team hotel on Tuesday evening, hours after finishing fifth in the women's platform event at an invitational meet at the Chandler aquatic centre. She was taken by a member of the local Chinese community to a police station in the suburb of Sunnybank, where she told officers, through an interpreter, that she did not wish to go home.
"She is frightened and very tired," said Mr Peter Lau, president of the Queensland branch of the Chinese Australian Friendship Association, who said he had driven her to the station at her request. "She says she wants to study and live freely. That is all."
A spokesman for the Minister for Immigration, Mr Chris Hurford, said the application would be "considered on its merits, like any other." He declined to say where Miss Zhou was staying.
The Chinese team leader, Mr Qian Guodong, told reporters the diver had been "misled by bad elements" and demanded that she be handed over to the consulate in Sydney. Diplomats from Beijing were understood to have raised the matter with the Department of Foreign Affairs in Canberra yesterday.
The case recalls that of the tennis player Hu Na, who walked out of a Chinese team hotel in California and sought asylum in the United States in 1982, a decision that led Peking to cancel dozens of sporting and cultural exchanges with Washington.
Australian officials are anxious to avoid a similar chill. Trade with China has grown sharply since the two countries established diplomatic relations, and a delegation of Queensland mining executives is due in Peking next month.
""", {
 "countries": ["CHN", "AUS", "USA"],
 "persons": [
  {"name": "Zhou Meiling", "aliases": ["Miss Zhou", "Zhou"], "nationality": "CHN"},
  {"name": "Peter Lau", "aliases": ["Mr Peter Lau"]},
  {"name": "Chris Hurford", "aliases": ["Mr Chris Hurford"], "nationality": "AUS"},
  {"name": "Qian Guodong", "aliases": ["Mr Qian Guodong"], "nationality": "CHN"},
  {"name": "Hu Na", "aliases": [], "nationality": "CHN"}
 ],
 "not_persons": ["Chinese Australian Friendship Association", "Chandler aquatic centre", "Sunnybank"],
 "embassies": [{"sending": "CHN", "host": "AUS", "city": "Sydney"}],
 "defections": [
  {"defector": "Zhou Meiling", "from": "CHN", "to": "AUS", "post_host": None, "date": "1986-08-12", "position": "member of China's national diving squad"},
  {"defector": "Hu Na", "from": "CHN", "to": "USA", "post_host": None, "date": "1982", "position": "tennis player"}
 ],
 "agreements": []
})

add("ap-001", "Missing North Korean trade envoy from Bangkok is in Seoul, lawmakers told", "2019-03-02", "Korean daily, English edition", """
A North Korean trade official who vanished from his post in Thailand last September has been living in South Korea under government protection for several months, lawmakers on the National Assembly's intelligence committee said Friday after a closed-door briefing by the National Intelligence Service.
The official, identified as Ri Chol-min, 47, had served as a commercial counsellor at the North Korean embassy in Bangkok, where he was responsible for rubber and rice deals that UN monitors have long suspected of breaching sanctions. Thai newspapers at the time rendered his name as Ri Chol Min; some South Korean outlets used the southern spelling, Lee Cheol-min.
Rep. Kim Byung-kee, who attended the briefing, said Ri had left the embassy compound with his wife and teenage son and sought the help of Thai authorities before being flown out of the country. He did not say how long the family spent in Thailand after leaving the mission, or through which third country they travelled.
"He was frustrated that the money he earned was never enough for the quotas demanded by Pyongyang," Kim told reporters. "That was the decisive factor, according to the NIS."
Thai police had earlier confirmed only that a foreign national had "requested protection" in September. A senior officer, Pol. Col. Anan Srisuk, said at the time that the request had been passed to the Foreign Ministry.
The case is the most senior defection from a North Korean overseas mission since Thae Yong-ho, the deputy ambassador in London, fled to the South with his family in 2016. Thae, now a prominent commentator in Seoul, said on his YouTube channel that he did not know Ri personally but that commercial staff "live under the heaviest pressure of anyone in an embassy."
The North Korean embassy in Bangkok did not respond to requests for comment.
""", {
 "countries": ["PRK", "KOR", "THA", "GBR"],
 "persons": [
  {"name": "Ri Chol-min", "aliases": ["Ri Chol Min", "Lee Cheol-min", "Ri"], "nationality": "PRK"},
  {"name": "Kim Byung-kee", "aliases": ["Kim"], "nationality": "KOR"},
  {"name": "Anan Srisuk", "aliases": ["Pol. Col. Anan Srisuk"], "nationality": "THA"},
  {"name": "Thae Yong-ho", "aliases": ["Thae"], "nationality": "PRK"}
 ],
 "not_persons": ["National Intelligence Service", "NIS", "YouTube"],
 "embassies": [
  {"sending": "PRK", "host": "THA", "city": "Bangkok"},
  {"sending": "PRK", "host": "GBR", "city": "London"}
 ],
 "defections": [
  {"defector": "Ri Chol-min", "from": "PRK", "to": "KOR", "post_host": "THA", "date": "2018-09", "position": "commercial counsellor"},
  {"defector": "Thae Yong-ho", "from": "PRK", "to": "KOR", "post_host": "GBR", "date": "2016", "position": "deputy ambassador"}
 ],
 "agreements": []
})

add("ap-002", "Japanese envoy presses Beijing on detained businessman at year-end reception", "2023-12-15", "Japanese wire service", """
BEIJING -- Japan's ambassador to China used his annual year-end reception on Thursday to renew calls for the release of a Japanese pharmaceutical executive held since March on suspicion of espionage, telling guests that the case "casts a long shadow over the business community."
Ambassador Kuroda Hidetoshi, speaking in Chinese and then Japanese to several hundred diplomats, executives and officials gathered at the embassy's residence, said he had visited the detainee at a Beijing detention facility earlier in the month and found him "in reasonable health under the circumstances."
The executive, whose family has asked that his name not be published, worked for a Tokyo-based drug maker for more than two decades. Chinese authorities have released few details of the accusations.
A spokeswoman for the Chinese Foreign Ministry, Mao Ning, said at a regular briefing the same day that the case was being "handled in accordance with the law" and that Japan should "respect China's judicial sovereignty."
Kuroda, who arrived in Beijing in the summer, has made the detentions a recurring theme. Business groups say the uncertainty has slowed new Japanese investment, with several firms reassigning staff to Singapore or Bangkok.
Asked by reporters whether Tokyo was considering any new consular arrangement with Beijing, an embassy official said only that "all channels remain open."
""", {
 "countries": ["JPN", "CHN"],
 "persons": [
  {"name": "Kuroda Hidetoshi", "aliases": ["Kuroda", "Ambassador Kuroda Hidetoshi"], "nationality": "JPN"},
  {"name": "Mao Ning", "aliases": [], "nationality": "CHN"}
 ],
 "not_persons": [],
 "embassies": [{"sending": "JPN", "host": "CHN", "city": "Beijing"}],
 "defections": [],
 "agreements": []
})

add("ap-003", "Japan and China sign peace treaty after six years of haggling", "1978-08-13", "Wire report", """
PEKING, Aug. 12 -- Japan and China signed a treaty of peace and friendship here today, formally closing a chapter of hostility that began with Japan's invasion of the Chinese mainland more than four decades ago.
Foreign Minister Sunao Sonoda of Japan and his Chinese counterpart, Huang Hua, put their signatures to the document in the Great Hall of the People as Vice Premier Teng Hsiao-ping looked on. The ceremony lasted less than 15 minutes.
The treaty had been stalled since 1972, when Prime Minister Kakuei Tanaka flew to Peking and the two governments issued a joint communique establishing diplomatic relations. That communique promised a formal peace treaty, but negotiations bogged down over a clause opposing "hegemony" in the region, a word Moscow correctly read as aimed at itself.
Mr. Sonoda told reporters the final text made clear that the treaty "is not directed against any third country." The Soviet Union, which had warned Tokyo repeatedly against signing, was expected to protest. A Tass commentary last month called the anti-hegemony language "a crude attempt to drag Japan into Peking's anti-Soviet course."
The treaty must still be ratified by the Diet and by China's National People's Congress before it takes effect, a process officials on both sides expect to complete by the autumn.
Mr. Huang, at a banquet afterward, toasted "the friendship of our two peoples for generations to come." Japanese businessmen in the capital said they hoped the treaty would open the way for large-scale industrial contracts, including steel mills and oil development.
""", {
 "countries": ["JPN", "CHN", "SUN"],
 "persons": [
  {"name": "Sunao Sonoda", "aliases": ["Mr. Sonoda", "Sonoda"], "nationality": "JPN"},
  {"name": "Huang Hua", "aliases": ["Mr. Huang", "Huang"], "nationality": "CHN"},
  {"name": "Teng Hsiao-ping", "aliases": [], "nationality": "CHN"},
  {"name": "Kakuei Tanaka", "aliases": [], "nationality": "JPN"}
 ],
 "not_persons": ["Tass", "Great Hall of the People", "Diet"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Treaty of Peace and Friendship", "aliases": ["treaty of peace and friendship", "peace treaty"], "parties": ["JPN", "CHN"], "date": "1978-08-12", "status": "signed"},
  {"name": "joint communique", "aliases": ["communique"], "parties": ["JPN", "CHN"], "date": "1972", "status": None}
 ]
})

add("ap-004", "Solomons confirms security pact with Beijing as Canberra scrambles", "2022-04-20", "Pacific regional news site", """
HONIARA — The Solomon Islands government has confirmed that it signed a framework agreement on security cooperation with China last week, ending weeks of speculation and deepening alarm in Canberra and Wellington.
A statement from China's foreign ministry said the deal had been signed by the two countries' foreign ministers. Neither government has published the text. A draft leaked online in March would allow Chinese police and armed forces to be deployed at Honiara's request and Chinese warships to make port calls for "logistical replenishment."
Prime Minister Manasseh Sogavare told parliament the pact was "entered into with our eyes wide open" and insisted there would be no Chinese military base. "We are not choosing sides," he said.
The opposition leader, Matthew Wale, called the secrecy surrounding the deal "an insult to the people of this country."
Australia has been the Solomons' main security partner since the two countries signed a bilateral security treaty in 2017, which allows Australian police and troops to be sent at Honiara's request. Australian personnel were deployed under that treaty during last November's riots in the capital and remain in the country.
Australia's minister for international development and the Pacific, Zed Seselja, flew to Honiara last Wednesday in a last-ditch attempt to persuade Sogavare not to sign. Officials in Canberra said he was told the agreement would not undermine the existing treaty.
A senior White House delegation led by Kurt Campbell is due in Honiara later this week.
""", {
 "countries": ["SLB", "CHN", "AUS", "NZL", "USA"],
 "persons": [
  {"name": "Manasseh Sogavare", "aliases": ["Sogavare"], "nationality": "SLB"},
  {"name": "Matthew Wale", "aliases": [], "nationality": "SLB"},
  {"name": "Zed Seselja", "aliases": [], "nationality": "AUS"},
  {"name": "Kurt Campbell", "aliases": [], "nationality": "USA"}
 ],
 "not_persons": ["White House"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "framework agreement on security cooperation", "aliases": ["pact", "deal"], "parties": ["SLB", "CHN"], "date": "2022-04", "status": "signed"},
  {"name": "bilateral security treaty", "aliases": ["existing treaty"], "parties": ["AUS", "SLB"], "date": "2017", "status": "in_force"}
 ]
})

add("ap-005", "Chinese consular officer in Auckland seeks refuge, says he was told to spy on dissidents", "2006-09-22", "New Zealand newspaper", """
A Chinese diplomat who worked at the consulate-general in Auckland has applied for refugee status in New Zealand, claiming he was ordered to keep files on Falun Gong practitioners and pro-democracy activists living here.
Guo Jianhua, 38, a consul responsible for what he described as "overseas Chinese affairs," left his office in Greenlane at the end of last month and has not returned. In an interview with this newspaper at a lawyer's office on Thursday, he said he feared imprisonment if he went back to China.
"Every week we had to report who went to which meeting, who spoke to journalists," said Guo, who spoke mostly in Mandarin. "I could not do it any more."
His lawyer, Deborah Manning, confirmed that an application had been lodged with the Refugee Status Branch. Immigration New Zealand said it did not comment on individual cases.
Guo's account closely echoes that of Chen Yonglin, the first secretary who walked out of the Chinese consulate in Sydney in May last year and was eventually granted a protection visa by Australia. Chen, who now lives in Sydney, said by phone that he had met Guo "once or twice" at regional consular meetings.
A spokesman for the Chinese embassy in Wellington described Guo as "a staff member who has committed economic crimes" and said Beijing would seek his return. There is no extradition treaty between the two countries.
Foreign Minister Winston Peters said New Zealand's relationship with China was "strong enough to withstand individual cases."
""", {
 "countries": ["CHN", "NZL", "AUS"],
 "persons": [
  {"name": "Guo Jianhua", "aliases": ["Guo"], "nationality": "CHN"},
  {"name": "Deborah Manning", "aliases": []},
  {"name": "Chen Yonglin", "aliases": ["Chen"], "nationality": "CHN"},
  {"name": "Winston Peters", "aliases": [], "nationality": "NZL"}
 ],
 "not_persons": ["Falun Gong", "Refugee Status Branch", "Immigration New Zealand", "Greenlane"],
 "embassies": [
  {"sending": "CHN", "host": "NZL", "city": "Auckland"},
  {"sending": "CHN", "host": "AUS", "city": "Sydney"},
  {"sending": "CHN", "host": "NZL", "city": "Wellington"}
 ],
 "defections": [
  {"defector": "Guo Jianhua", "from": "CHN", "to": "NZL", "post_host": "NZL", "date": "2006-08", "position": "consul for overseas Chinese affairs"},
  {"defector": "Chen Yonglin", "from": "CHN", "to": "AUS", "post_host": "AUS", "date": "2005-05", "position": "first secretary"}
 ],
 "agreements": []
})

add("ap-006", "On Bidong, two fishermen wait for a country", "1979-06-30", "Weekly news magazine", """
PULAU BIDONG, Malaysia — Do Van Hai was a fisherman in Rach Gia for 22 years. Now he queues for water.
He and his brother-in-law, Ho Minh Tam, pushed their 11-metre wooden boat out of the Mekong delta one night in April with 61 people aboard, most of them relatives and neighbours who had paid in gold. Four days later, after being robbed twice by pirates off the Thai coast, the boat ran aground on this island off the coast of Trengganu, which Malaysian authorities have turned into a holding camp for more than 40,000 Vietnamese.
"In the new economic zones there is no fish and no rice," Do said, squatting outside a shelter of plastic sheeting. "My boat, they said, belongs to the cooperative. So I took it back."
Ho, a quieter man, nodded. He had spent three years in a re-education camp after 1975 for serving as a sergeant in the South Vietnamese army, and said he had no intention of going back "even if they promise me paradise."
Last week the two families were interviewed by a team of Australian immigration officers flown in from Kuala Lumpur. On Thursday their names appeared on the list posted by the camp committee: accepted for resettlement in Australia.
Not everyone is so lucky. Malaysia's Deputy Prime Minister, Dr. Mahathir Mohamad, has warned that new arrivals may be towed back out to sea, and camp officials say Western countries are not taking people fast enough.
Lars Eriksson, who heads the local office of the U.N. refugee agency, said the numbers leaving Vietnam this year dwarf anything seen since the fall of Saigon. "Every boat that comes in is a small miracle and a small tragedy," he said.
""", {
 "countries": ["VNM", "MYS", "AUS", "THA"],
 "persons": [
  {"name": "Do Van Hai", "aliases": ["Do"], "nationality": "VNM"},
  {"name": "Ho Minh Tam", "aliases": ["Ho"], "nationality": "VNM"},
  {"name": "Mahathir Mohamad", "aliases": ["Dr. Mahathir Mohamad"], "nationality": "MYS"},
  {"name": "Lars Eriksson", "aliases": []}
 ],
 "not_persons": ["Pulau Bidong", "Rach Gia", "Trengganu"],
 "embassies": [],
 "defections": [
  {"defector": "Do Van Hai", "from": "VNM", "to": "AUS", "post_host": None, "date": "1979-04", "position": "fisherman"},
  {"defector": "Ho Minh Tam", "from": "VNM", "to": "AUS", "post_host": None, "date": "1979-04", "position": "fisherman"}
 ],
 "agreements": []
})

add("ap-007", "World's biggest trade pact takes effect, minus India", "2022-01-01", "Business wire", """
SINGAPORE, Jan 1 — The Regional Comprehensive Economic Partnership, a 15-nation free trade deal covering nearly a third of the global economy, entered into force on Saturday for ten of its members, eight years after talks began.
The pact was signed in November 2020 at a virtual summit hosted by Vietnam by the ten members of the Association of Southeast Asian Nations — Brunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, the Philippines, Singapore, Thailand and Vietnam — along with China, Japan, South Korea, Australia and New Zealand.
From today it applies between Brunei, Cambodia, Laos, Singapore, Thailand, Vietnam, China, Japan, Australia and New Zealand, the countries that had completed ratification in time. South Korea's ratification takes effect on Feb. 1, and Malaysia's in March.
India, which took part in the negotiations for seven years, pulled out of the talks in 2019 over fears that cheap Chinese goods would swamp its manufacturers. The door remains open for it to join later.
"The symbolism is as important as the tariff cuts," said Deborah Elms, executive director of the Asian Trade Centre in Singapore. For Japan, the agreement marks the first time it has a free trade arrangement with China and South Korea.
RCEP will eliminate about 90 per cent of tariffs among its members over 20 years and set common rules of origin, which analysts say matter more for companies running supply chains across the region.
""", {
 "countries": ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM", "CHN", "JPN", "KOR", "AUS", "NZL", "IND"],
 "persons": [
  {"name": "Deborah Elms", "aliases": []}
 ],
 "not_persons": ["Asian Trade Centre", "Association of Southeast Asian Nations"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Regional Comprehensive Economic Partnership", "aliases": ["RCEP"], "parties": ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM", "CHN", "JPN", "KOR", "AUS", "NZL"], "date": "2020-11", "status": "in_force"}
 ]
})

add("ap-008", "North Korean builder slips away from Ulaanbaatar site", "2017-10-18", "Asia correspondent report", """
ULAANBAATAR — For almost two years, Kim Song-il poured concrete for apartment blocks on the eastern edge of the Mongolian capital, sleeping in a container with eleven other North Korean workers and handing nearly all his wages to a supervisor who answered to the North Korean embassy.
In late August, on a Sunday when the site was quiet, he walked out.
According to two people familiar with the case, the 34-year-old took a taxi to the South Korean embassy and asked to be sent to Seoul. Mongolian officials, who maintain friendly relations with both Koreas, allowed him to leave the country quietly a few weeks later. South Korea's Unification Ministry confirmed on Wednesday that a North Korean worker from Mongolia had arrived in the South "recently," but would not give his name.
A fellow worker, reached through an intermediary, said Kim — whose name has also appeared in South Korean reports as Kim Seong-il — had complained that the quota of US$800 a month demanded by the state was impossible to meet once the construction season ended.
Mongolia hosted more than 1,200 North Korean labourers last year, mainly on building sites and in cashmere workshops, according to official figures. Under pressure from Washington, Ulaanbaatar has said it will stop issuing new work permits.
A spokesman for the Mongolian Foreign Ministry, Battsetseg Dorj, said the government "does not comment on the movement of foreign nationals" and stressed that Mongolia "respects its relations with Pyongyang."
""", {
 "countries": ["PRK", "MNG", "KOR", "USA"],
 "persons": [
  {"name": "Kim Song-il", "aliases": ["Kim", "Kim Seong-il"], "nationality": "PRK"},
  {"name": "Battsetseg Dorj", "aliases": [], "nationality": "MNG"}
 ],
 "not_persons": ["Unification Ministry"],
 "embassies": [
  {"sending": "PRK", "host": "MNG", "city": "Ulaanbaatar"},
  {"sending": "KOR", "host": "MNG", "city": "Ulaanbaatar"}
 ],
 "defections": [
  {"defector": "Kim Song-il", "from": "PRK", "to": "KOR", "post_host": "MNG", "date": "2017-08", "position": "construction worker"}
 ],
 "agreements": []
})

add("ap-009", "North Korean envoy in Vientiane reappears, quashing defection rumours", "2014-05-08", "Regional news agency", """
VIENTIANE - A senior North Korean diplomat whose reported disappearance set off a flurry of speculation in Seoul last week appeared in public in the Lao capital on Wednesday, attending a reception at the Cuban embassy and chatting with guests for more than an hour.
Pak Myong-guk, counsellor at the North Korean embassy in Vientiane, told a Lao journalist who approached him that he had been "on leave at home" and was "surprised by the lies of the puppet press." He was accompanied by two embassy colleagues.
Several South Korean media outlets, citing unnamed sources, had reported that Pak had gone missing with his family and might be seeking to travel to the South. South Korea's foreign ministry declined to confirm the reports at the time, and said on Thursday that it had "nothing to add."
Laos, one of the few countries that maintain warm ties with Pyongyang, has in the past been a transit route for North Koreans fleeing through China towards Thailand. In 2013 it drew international criticism for sending back nine young North Koreans who had been detained near the Chinese border.
A Lao foreign ministry official said the government "had received no request" concerning any North Korean diplomat.
""", {
 "countries": ["PRK", "LAO", "KOR", "CUB", "CHN", "THA"],
 "persons": [
  {"name": "Pak Myong-guk", "aliases": ["Pak"], "nationality": "PRK"}
 ],
 "not_persons": [],
 "embassies": [
  {"sending": "CUB", "host": "LAO", "city": "Vientiane"},
  {"sending": "PRK", "host": "LAO", "city": "Vientiane"}
 ],
 "defections": [],
 "agreements": []
})
