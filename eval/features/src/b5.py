ARTICLES = []
def A(id, title, published, source, text, gold):
    ARTICLES.append(({"id": id, "title": title, "published": published, "source": source, "text": text}, gold))

A("feat-040", "In Little Saigon, a former envoy of Hanoi keeps his counsel", "2005-07-19", "California newspaper, community feature", """
WESTMINSTER, Calif. — Lê Văn Hiếu has a rule about the photographs on the wall of his insurance office: no politicians. There is a picture of his late father in a fisherman's hat, one of his daughter's graduation from UC Irvine, and a framed postcard of Hạ Long Bay. That is all.

"In this neighbourhood, a politician on the wall is a declaration of war," he said, only half joking.

It is an understandable caution. Lê, 58, is one of very few people in Little Saigon — the sprawling Vietnamese-American enclave in Orange County, home to many who fled after the fall of Saigon in 1975 — who once served the communist government in Hanoi. For eleven years he was a member of Vietnam's foreign service, and in 1991 he was a third secretary at the Vietnamese embassy in Bangkok.

That is where the story turns, though he is in no hurry to tell it. First there is his childhood in Nghệ An, the years of study in Moscow, the first posting to Vientiane, a marriage to a fellow diplomat's daughter, Nguyễn Thị Bích, in 1978.

When he finally reaches 1991, he speaks quietly. Relations between Hanoi and its neighbours were shifting, the Soviet Union was collapsing, and Lê says he had been accused by a superior of "ideological weakness" after a private remark about the Chinese border war. He expected to be recalled.

In October 1991, he and Bích took their two children to a shopping centre on Sukhumvit Road, left by a side entrance and took a taxi to the American embassy. After several weeks in Thailand under American protection, the family was flown to Los Angeles. The United States granted them asylum in 1992.

The reaction in the exile community was mixed. Some welcomed him; others saw a former communist official looking for a soft landing. "For two years, nobody would buy insurance from me," he said. "Then they realised my prices were good."

His cousin, Lê Thị Thu, had left Vietnam years earlier in very different circumstances. In 1980 she and forty others crowded into a fishing boat at Cà Mau. After six days at sea, robbed twice by pirates, they reached the Malaysian island of Pulau Bidong, where she spent fourteen months in a refugee camp before being resettled in Australia. She lives in Melbourne and visits every few years.

This summer, relations between Washington and Hanoi, restored a decade ago, have been in the headlines again after Vietnam's prime minister, Phan Văn Khải, visited the White House — the first such visit since the war. Protesters from Little Saigon followed him across the country.

Lê did not join them. "I understand the protesters," he said. "I also understand the prime minister. That is my problem. I understand everyone."
""", {
 "countries": ["USA", "VNM", "THA", "SUN", "LAO", "CHN", "MYS", "AUS"],
 "persons": [
  {"name": "Lê Văn Hiếu", "aliases": ["Lê"], "nationality": "VNM"},
  {"name": "Nguyễn Thị Bích", "aliases": ["Bích"], "nationality": "VNM"},
  {"name": "Lê Thị Thu", "aliases": [], "nationality": "VNM"},
  {"name": "Phan Văn Khải", "aliases": [], "nationality": "VNM"}
 ],
 "not_persons": ["UC Irvine", "Little Saigon", "White House"],
 "embassies": [
  {"sending": "VNM", "host": "THA", "city": "Bangkok"},
  {"sending": "VNM", "host": "LAO", "city": "Vientiane"},
  {"sending": "USA", "host": "THA", "city": "Bangkok"}
 ],
 "defections": [
  {"defector": "Lê Văn Hiếu", "from": "VNM", "to": "USA", "post_host": "THA", "date": "1991-10", "position": "third secretary"},
  {"defector": "Nguyễn Thị Bích", "from": "VNM", "to": "USA", "post_host": "THA", "date": "1991-10", "position": None},
  {"defector": "Lê Thị Thu", "from": "VNM", "to": "AUS", "post_host": None, "date": "1980", "position": None}
 ],
 "agreements": []
})

A("feat-041", "Out of Khartoum, an Eritrean diplomat starts again in Winnipeg", "2026-10-27", "Canadian broadcaster, web feature", """
WINNIPEG — The first snow came early this year, and Senait Tesfamariam went out in it without a coat, just to feel it. "In Asmara it is cold in the mornings," she said. "But this is a different idea of cold."

She has been in Canada for eighteen months. Before that she spent nearly two years in Cairo, and before that — for four years — she was a third secretary at the Eritrean embassy in Khartoum, handling consular affairs for the tens of thousands of Eritreans living in Sudan.

Tesfamariam, 37, tells her story carefully, and some parts of it she will not tell at all. She does not say who helped her inside the embassy, or how she obtained the documents she needed. She does say when it happened: in April 2023, the week fighting between Sudan's army and a powerful paramilitary force engulfed the capital.

"The embassy was telling everyone to stay inside and wait," she said. "I understood that, when the evacuation came, I would be going back to Asmara. And I understood that if I went back, I would not leave again."

With her husband, Yonas Berhane, a mechanic, she joined one of the bus convoys heading north toward the Egyptian border. At the Argeen crossing they waited four days in the heat among thousands of others. In Cairo they registered with the United Nations refugee agency and lived in a single room in the Faisal district while their case was processed. A Canadian visa officer interviewed them twice. They landed in Winnipeg in April last year as government-assisted refugees.

The Eritrean government has not commented publicly on her case. Its information minister, Yemane Gebremeskel, has in the past described Eritreans who leave as victims of "human trafficking networks" manipulated by foreign powers.

Tesfamariam's decision fits a pattern that has stretched over decades. Eritrean diplomats, athletes and officials have slipped away from postings and tournaments abroad so often that, among exiles, it is a running joke that the country's most reliable export is its own civil servants.

For those left behind, the consequences can be heavy. Her younger brother was conscripted into the national service soon after she left; she does not know whether that was a coincidence. Her mother, she says, was questioned once and then left alone.

In Winnipeg, she works in a community health centre, helping newcomers fill in forms — "the same work I did in Khartoum, but now I am on the other side of the desk." Berhane repairs buses for the city transit system. They are expecting their first child in the spring.

She has started writing, in Tigrinya, what she calls "notes for my daughter," about the embassy, the war, the road north. She has not decided whether anyone else will ever read them.
""", {
 "countries": ["CAN", "ERI", "SDN", "EGY"],
 "persons": [
  {"name": "Senait Tesfamariam", "aliases": ["Tesfamariam"], "nationality": "ERI"},
  {"name": "Yonas Berhane", "aliases": ["Berhane"]},
  {"name": "Yemane Gebremeskel", "aliases": [], "nationality": "ERI"}
 ],
 "not_persons": [],
 "embassies": [{"sending": "ERI", "host": "SDN", "city": "Khartoum"}],
 "defections": [
  {"defector": "Senait Tesfamariam", "from": "ERI", "to": "CAN", "post_host": "SDN", "date": "2023-04", "position": "third secretary"},
  {"defector": "Yonas Berhane", "from": "ERI", "to": "CAN", "post_host": "SDN", "date": "2023-04", "position": "mechanic"}
 ],
 "agreements": []
})

A("feat-042", "A common market in the Southern Cone, one year on", "1992-02-28", "Latin America business correspondent, feature", """
BUENOS AIRES — On the highway that runs from Buenos Aires toward the Brazilian border, the queues of lorries at the Paso de los Libres crossing are longer than ever. Truckers complain of paperwork, of customs officers who still demand "contributions," of waits that stretch to three days. Yet the traffic keeps growing, and that, officials in four capitals say, is the point.

Eleven months ago, the presidents of Argentina, Brazil, Paraguay and Uruguay met in the Paraguayan capital and signed the Treaty of Asunción, creating what they called the Southern Common Market — Mercosur in Spanish, Mercosul in Portuguese. The pact took effect in late November, after ratification by all four congresses, and commits its members to a customs union by the end of 1994.

Carlos Menem, the Argentine president, has called it "the most important step in our region since independence." Fernando Collor de Mello of Brazil, whose country accounts for the great majority of the bloc's economic weight, has been more measured, describing it as "a process, not a miracle."

The smaller partners have their doubts. Paraguay, whose economy depends heavily on re-exporting goods to its neighbours, fears losing its role as a smugglers' entrepôt. Uruguay's president, Luis Alberto Lacalle, has pushed for safeguards for his country's dairy and textile industries.

The treaty built on a narrower integration pact signed by Argentina and Brazil in November 1988, when Raúl Alfonsín and José Sarney, the two countries' first civilian presidents after military rule, set out to turn rivalry into partnership. "We had spent a century planning wars against each other," said Felipe Arrieta, an Argentine economist who advised the negotiators. "We decided to plan trade instead."

Chile, courted as a possible fifth member, has declined to join for now, preferring to pursue its own free-trade deals. Its officials have hinted that they might seek associate status in the future.

Business groups are watching closely. In São Paulo, industrialists who once lobbied against Argentine competition now speak of a market of 190 million consumers. In Montevideo, bankers hope the city can become the bloc's financial centre, even as farmers fret about cheaper milk from across the river. "Every sector has discovered that it is both a winner and a loser," Arrieta said.

Negotiators are now working through a long list of schedules for tariff reductions, which must be completed before the next presidential summit, expected in June. Agriculture and car manufacturing remain the thorniest issues.

For the truckers at Paso de los Libres, the politics are less important than the paperwork. "They signed a treaty," said one driver from Córdoba, leaning on his cab. "Nobody told the customs officers."
""", {
 "countries": ["ARG", "BRA", "PRY", "URY", "CHL"],
 "persons": [
  {"name": "Carlos Menem", "aliases": [], "nationality": "ARG"},
  {"name": "Fernando Collor de Mello", "aliases": [], "nationality": "BRA"},
  {"name": "Luis Alberto Lacalle", "aliases": [], "nationality": "URY"},
  {"name": "Raúl Alfonsín", "aliases": [], "nationality": "ARG"},
  {"name": "José Sarney", "aliases": [], "nationality": "BRA"},
  {"name": "Felipe Arrieta", "aliases": [], "nationality": "ARG"}
 ],
 "not_persons": ["Mercosur", "Mercosul", "Southern Common Market"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Treaty of Asunción", "aliases": ["Mercosur", "Southern Common Market"], "parties": ["ARG", "BRA", "PRY", "URY"], "date": "1991-03", "status": "in_force"},
  {"name": "Argentina-Brazil integration pact", "aliases": [], "parties": ["ARG", "BRA"], "date": "1988-11", "status": "signed"}
 ]
})

A("feat-043", "Two Kims, one document, and a refugee watching from Seoul", "2000-06-15", "Wire service, Seoul bureau, analysis", """
SEOUL — The handshake was broadcast live, the toasts were broadcast live, and late on Wednesday night in Pyongyang, so was the signing: South Korean President Kim Dae-jung and the North's leader, Kim Jong Il, putting their names to a five-point joint declaration that pledges the two Koreas to work toward reunification "independently," to reunite separated families and to expand economic cooperation.

It is the first agreement ever signed by the leaders of the two states, which have remained technically at war since 1953. In Seoul, crowds watching on giant screens at railway stations wept and cheered.

The text is short and, diplomats note, vague. It contains no reference to the North's missile programme or to the 37,000 American troops stationed in the South, and it leaves the details of family reunions, the most emotionally charged issue, to later Red Cross talks, which officials hope to hold by August 15.

There have been grand documents before. A joint communiqué on July 4, 1972, proclaimed the principles of peaceful reunification, and a Basic Agreement on reconciliation and non-aggression was signed by the two prime ministers in December 1991. Both faded quickly in the face of mutual suspicion.

"The difference this time is that the men at the top signed it themselves," said Professor Moon Seung-hoon of Yonsei University. "The Dear Leader has put his own name on it. That matters in a system like his."

Among those watching the broadcasts with particular intensity was Choe Yong-nam, 52, who fled North Korea with his wife and three children in 1989. The family set out from the east coast in a small fishing boat, intending to reach the South, but the engine failed and they drifted for five days before being picked up off the coast of Japan. Japanese authorities, after weeks of negotiations, sent them on to Taiwan, and from there they were flown to Seoul.

Choe, who now runs a small restaurant in the Mapo district, said he had cried when the two leaders embraced at the airport. "I cried for my mother, who is probably dead," he said. "And I cried because I do not trust him."

His wife, Ri Kyong-suk, was more hopeful. "Maybe the reunions will include people like us," she said. Officials in Seoul have indicated that defectors are unlikely to be among the first groups chosen.

For Kim Dae-jung, who spent decades as a dissident under military rule and once narrowly escaped being drowned by government agents, the summit is the culmination of his "sunshine policy" of engagement. Critics in the conservative opposition have accused him of paying too high a price in aid for a summit that produced only words.

The words, for now, are what both sides have. The next test, officials say, will be whether the families separated for half a century are allowed to meet before the leaders' good intentions fade like those of 1972 and 1991.
""", {
 "countries": ["KOR", "PRK", "USA", "JPN", "TWN"],
 "persons": [
  {"name": "Kim Dae-jung", "aliases": [], "nationality": "KOR"},
  {"name": "Kim Jong Il", "aliases": ["Dear Leader"], "nationality": "PRK"},
  {"name": "Moon Seung-hoon", "aliases": ["Professor Moon Seung-hoon"], "nationality": "KOR"},
  {"name": "Choe Yong-nam", "aliases": ["Choe"], "nationality": "PRK"},
  {"name": "Ri Kyong-suk", "aliases": [], "nationality": "PRK"}
 ],
 "not_persons": ["Yonsei University", "Red Cross"],
 "embassies": [],
 "defections": [
  {"defector": "Choe Yong-nam", "from": "PRK", "to": "KOR", "post_host": None, "date": "1989", "position": None},
  {"defector": "Ri Kyong-suk", "from": "PRK", "to": "KOR", "post_host": None, "date": "1989", "position": None}
 ],
 "agreements": [
  {"name": "joint declaration", "aliases": ["five-point joint declaration"], "parties": ["KOR", "PRK"], "date": "2000-06-14", "status": "signed"},
  {"name": "joint communiqué", "aliases": [], "parties": ["KOR", "PRK"], "date": "1972-07-04", "status": None},
  {"name": "Basic Agreement on reconciliation and non-aggression", "aliases": ["Basic Agreement"], "parties": ["KOR", "PRK"], "date": "1991-12", "status": "signed"}
 ]
})

A("feat-044", "The green winter: Iran's diplomats who walked away", "2013-03-01", "Persian-service feature, translated for English edition", """
LONDON — Kambiz Mirzaei keeps a single green ribbon in the pocket of every jacket he owns. His wife, Mahnaz, tied the first one around his wrist in June 2009, during the street protests in Tehran that followed that summer's disputed presidential election. He was home on leave at the time and, he says, "pretending to be a tourist in my own city."

Eight months later, Mirzaei — then a counsellor at the Iranian embassy in Brussels — became one of a small group of Iranian diplomats who broke with the government over the crackdown that followed. In February 2010 he sent a letter of resignation to the ambassador and, the same afternoon, asked the Belgian authorities for asylum. Mahnaz and their son were with him. Belgium granted the family protection later that year.

They moved to London in 2012, where he now works for a Persian-language television channel and has just published a memoir, "Green Ink." The book, written in Persian and translated into English, describes two decades inside the Foreign Ministry — the postings in Ankara and Kuala Lumpur, the ideological vetting, the slow erosion of belief.

Mirzaei was not the first to leave. In January 2010, Majid Sharifzadeh, the consul at the Iranian embassy in Oslo, announced his resignation in a video posted online and remained in Norway, which granted him asylum. A Norwegian foreign ministry official who handled the case, Kari Haugland, said at the time that Norway had "acted in accordance with its obligations," and declined to elaborate.

The third member of what exiles sometimes call "the green winter" is Laleh Ahmadi, a former press attaché at the Iranian embassy in Kuala Lumpur. She left her post in the autumn of 2010, flew to Jakarta and, after months of waiting, boarded a boat for Christmas Island with a group of Afghan and Iraqi asylum seekers. She was eventually granted a protection visa in Australia and lives in Adelaide.

"The three of us took three different roads," Mirzaei said. "Laleh's was the hardest. I took a taxi. She took a boat in the Indian Ocean."

Iranian officials have dismissed all three as corrupt employees who were facing disciplinary action. The Foreign Ministry in Tehran said in a statement at the time of Mirzaei's defection that he had "no significant role" and that his asylum request was "the action of a disloyal individual." A request for comment on his memoir received no response.

Mirzaei's elderly father, a retired teacher in Mashhad, was summoned for questioning twice after his son's defection. He died last year. Mirzaei watched the funeral on a mobile-phone video sent by a cousin.

With a new presidential election in Iran due in June, he is cautious about predicting change. "In 2009 we thought green would win," he said, taking the ribbon out of his pocket and smoothing it on the table. "Now I carry it to remember that we thought so."
""", {
 "countries": ["GBR", "IRN", "BEL", "TUR", "MYS", "NOR", "IDN", "AFG", "IRQ", "AUS"],
 "persons": [
  {"name": "Kambiz Mirzaei", "aliases": ["Mirzaei"], "nationality": "IRN"},
  {"name": "Mahnaz", "aliases": [], "nationality": "IRN"},
  {"name": "Majid Sharifzadeh", "aliases": [], "nationality": "IRN"},
  {"name": "Kari Haugland", "aliases": [], "nationality": "NOR"},
  {"name": "Laleh Ahmadi", "aliases": ["Laleh"], "nationality": "IRN"}
 ],
 "not_persons": ["Green Ink"],
 "embassies": [
  {"sending": "IRN", "host": "BEL", "city": "Brussels"},
  {"sending": "IRN", "host": "TUR", "city": "Ankara"},
  {"sending": "IRN", "host": "MYS", "city": "Kuala Lumpur"},
  {"sending": "IRN", "host": "NOR", "city": "Oslo"}
 ],
 "defections": [
  {"defector": "Kambiz Mirzaei", "from": "IRN", "to": "BEL", "post_host": "BEL", "date": "2010-02", "position": "counsellor"},
  {"defector": "Mahnaz", "from": "IRN", "to": "BEL", "post_host": "BEL", "date": "2010-02", "position": None},
  {"defector": "Majid Sharifzadeh", "from": "IRN", "to": "NOR", "post_host": "NOR", "date": "2010-01", "position": "consul"},
  {"defector": "Laleh Ahmadi", "from": "IRN", "to": "AUS", "post_host": "MYS", "date": "2010", "position": "press attaché"}
 ],
 "agreements": []
})
