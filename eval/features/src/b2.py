ARTICLES = []
def A(id, title, published, source, text, gold):
    ARTICLES.append(({"id": id, "title": title, "published": published, "source": source, "text": text}, gold))

A("feat-010", "A year of walking out", "1985-11-12", "Wire service analysis", """
LONDON — It began, as these things often do, with a ballerina.

In July, Irina Volkova, a 24-year-old soloist touring with a Soviet company, failed to board the coach that was to take the troupe from its London hotel to the airport. She turned up that afternoon at a police station in Kensington with a friend from the English National Ballet and asked to stay in Britain. The Home Office granted her request within days, and the Soviet embassy's protests — that she had been "lured" by Western agents — were brushed aside.

Volkova's case was followed by a cluster of others from across the Eastern bloc and its allies, giving 1985 the look, to some in Western intelligence circles, of a vintage year.

In September, Abdul Wahid Karimi, a first secretary at the Afghan embassy in New Delhi, walked into the American embassy in the Indian capital with his wife and two small children. Within a week the family had been flown to the United States. Karimi, who had served the Soviet-backed government in Kabul for six years, told an American interviewer last month that he had left because "my country is occupied and I was being paid to say it is not."

The Indian government, which maintains warm relations with Moscow and with the Kabul regime, said little publicly. An official in New Delhi described the matter as "an issue between the concerned embassies."

Then, in October, Stoyan Petrov, a second secretary at the Bulgarian embassy in Athens, contacted American diplomats in the Greek capital and was flown to Washington two days later. Bulgarian officials insisted he had been abducted; the State Department said he had asked for asylum "freely and repeatedly."

Not every story has had a tidy ending. Western officials are still puzzling over the case of a Soviet trade representative in Rome who disappeared for several days in August and then reappeared at his own embassy, saying he had been ill. Whether he had contemplated defecting and changed his mind, or had simply been ill, may never be known.

Analysts caution against reading too much into the numbers. "Every year there are defections, and every year someone writes that the dam is breaking," said Sir Geoffrey Marsh, a retired British diplomat who spent much of his career in Eastern Europe. "The dam is very large and very well built."

Still, the cases have been an embarrassment for Moscow at a delicate moment, with Mikhail Gorbachev preparing for his first summit with President Reagan in Geneva next week. Soviet officials have tended to respond with counteraccusations: last month the Soviet press published an interview with a former Afghan student in the United States who claimed he had been pressured to stay.

For Volkova, the politics seem distant. She made her debut with a London company in October, dancing Giselle. Her mother, reached by a Western correspondent in Leningrad, said she had not been allowed to speak to her daughter since July. "Tell her," the mother said, "that I saw a photograph. Tell her she is too thin."
""", {
 "countries": ["SUN", "GBR", "AFG", "IND", "USA", "BGR", "GRC", "ITA"],
 "persons": [
  {"name": "Irina Volkova", "aliases": ["Volkova"], "nationality": "SUN"},
  {"name": "Abdul Wahid Karimi", "aliases": ["Karimi"], "nationality": "AFG"},
  {"name": "Stoyan Petrov", "aliases": [], "nationality": "BGR"},
  {"name": "Geoffrey Marsh", "aliases": ["Sir Geoffrey Marsh"], "nationality": "GBR"},
  {"name": "Mikhail Gorbachev", "aliases": [], "nationality": "SUN"},
  {"name": "Reagan", "aliases": ["President Reagan"], "nationality": "USA"}
 ],
 "not_persons": ["English National Ballet", "Home Office", "Giselle"],
 "embassies": [
  {"sending": "SUN", "host": "GBR", "city": "London"},
  {"sending": "SUN", "host": "ITA", "city": "Rome"},
  {"sending": "AFG", "host": "IND", "city": "New Delhi"},
  {"sending": "USA", "host": "IND", "city": "New Delhi"},
  {"sending": "BGR", "host": "GRC", "city": "Athens"},
  {"sending": "USA", "host": "GRC", "city": "Athens"}
 ],
 "defections": [
  {"defector": "Irina Volkova", "from": "SUN", "to": "GBR", "post_host": None, "date": "1985-07", "position": "ballet soloist"},
  {"defector": "Abdul Wahid Karimi", "from": "AFG", "to": "USA", "post_host": "IND", "date": "1985-09", "position": "first secretary"},
  {"defector": "Stoyan Petrov", "from": "BGR", "to": "USA", "post_host": "GRC", "date": "1985-10", "position": "second secretary"}
 ],
 "agreements": []
})

A("feat-011", "Four years after the embrace, the border is quiet again", "2022-04-03", "Horn of Africa correspondent, feature", """
ADDIS ABABA — The photographs are still framed in government offices here: two men in dark suits, arms around each other's shoulders, grinning as if neither could quite believe it. In July 2018, Ethiopia's new prime minister, Abiy Ahmed, flew to Asmara and, with Eritrea's president, Isaias Afwerki, signed a Joint Declaration of Peace and Friendship that declared the two-decade "state of war" between their countries over.

The scenes that followed were extraordinary. Telephone lines reopened. Flights resumed. Families separated since the 1998–2000 border war found one another at crossings that had been sealed for a generation. Abiy was awarded the Nobel Peace Prize the following year.

Two months after Asmara, the leaders signed a second accord in Jeddah, in a ceremony hosted by the Saudi king. The Jeddah agreement, which Saudi Arabia and the United Arab Emirates had helped broker, committed both sides to cooperation on security, trade and infrastructure.

The heart of the reconciliation, though, was Addis Ababa's acceptance of the Algiers agreement of December 2000, the deal that ended the war and referred the border dispute to an international commission. For years the Ethiopian government had refused to implement the commission's ruling, which awarded the contested town of Badme to Eritrea.

"Algiers was always the key," said Mekonnen Tadesse, a retired Ethiopian diplomat who served on the team that negotiated it. "Everything else was decoration. Once Abiy said, 'We accept Algiers,' the door opened."

What happened next is less photogenic. The crossings that opened with such fanfare in September 2018 were quietly closed again within months, with no public explanation from Asmara. Trade never took off. And when war broke out in Ethiopia's northern Tigray region in November 2020, Eritrean troops crossed the border to fight alongside federal forces — a development that the two governments denied for months before acknowledging.

"The peace between the two leaders has become an alliance between two armies," said a Western diplomat in Addis Ababa who asked not to be identified. "That is not what the Nobel committee had in mind."

Ethiopian officials insist the 2018 declaration remains the foundation of relations. Asmara, which rarely comments publicly, has said nothing. Critics in both countries note that none of the promised joint institutions has ever met.

For ordinary people in border towns like Zalambessa, the embrace of 2018 now seems a brief interval. "For two months we could visit our cousins," said Letemariam Gebru, a trader. "Then the soldiers came back and the road was closed. Now there are different soldiers."

Asked whether the peace deal still exists, Mekonnen paused. "On paper, yes," he said. "In the villages, you should ask them."
""", {
 "countries": ["ETH", "ERI", "SAU", "ARE"],
 "persons": [
  {"name": "Abiy Ahmed", "aliases": ["Abiy"], "nationality": "ETH"},
  {"name": "Isaias Afwerki", "aliases": [], "nationality": "ERI"},
  {"name": "Mekonnen Tadesse", "aliases": ["Mekonnen"], "nationality": "ETH"},
  {"name": "Letemariam Gebru", "aliases": []}
 ],
 "not_persons": ["Nobel Peace Prize"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Joint Declaration of Peace and Friendship", "aliases": ["2018 declaration", "peace deal"], "parties": ["ETH", "ERI"], "date": "2018-07", "status": "signed"},
  {"name": "Jeddah agreement", "aliases": [], "parties": ["ETH", "ERI"], "date": "2018-09", "status": "signed"},
  {"name": "Algiers agreement", "aliases": ["Algiers"], "parties": ["ETH", "ERI"], "date": "2000-12", "status": None}
 ]
})

A("feat-012", "The quietest embassy in Stockholm", "1999-02-08", "Feature, Scandinavian news service", """
STOCKHOLM — The villa on the edge of the Lidingö island suburb looks, from the road, like any other: a birch hedge, a gravel drive, a flagpole. Only the flag gives it away — red, white and blue, with a single star — and the fact that, according to neighbours, almost nobody ever seems to come or go.

This is the embassy of North Korea, one of a handful the isolated state maintains in Western Europe, and by most accounts the most discreet foreign mission in the Swedish capital.

"In twelve years, I have spoken to them perhaps three times," said Gunnel Sjöberg, a retired schoolteacher who lives across the road. "Once they asked whether I had seen their cat. They were very polite. I had not seen the cat."

Sweden's relationship with Pyongyang is older and warmer than most. It was the first Western country to open an embassy in the North Korean capital, in 1975, and Swedish diplomats there often act on behalf of countries that have no representation of their own. In return, the North Korean mission in Stockholm has become a rare listening post for those trying to understand the regime.

The ambassador, Ri Yong-nam, a career diplomat in his late fifties, declined to be interviewed, but his deputy agreed to answer written questions. The answers, returned after five weeks, stressed "the heroic efforts of the Korean people to overcome temporary difficulties" — a reference to the famine that aid agencies say has killed hundreds of thousands in recent years.

Swedish officials who deal with the embassy describe its staff of seven as correct, cautious and chronically short of money. In the mid-1970s, several North Korean missions in the Nordic countries were caught up in a smuggling scandal involving duty-free liquor and cigarettes; the diplomats were expelled, and the episode still colours how Swedish officials talk about them.

"They have been very careful since then," said Lars-Olof Bengtsson, a former Swedish foreign ministry official. "Almost too careful. You invite them to a reception and they come, they stand in a corner, they leave at exactly the right time."

There is little sign of the pressures that have made other North Korean embassies the scene of dramatic departures. Asked whether staff were allowed to bring their families abroad, the deputy's written answer said only that "all comrades are happy to serve."

Neighbours say the children who once played in the garden in the early 1990s have not been seen for some years.

Sjöberg, for her part, has a simpler concern. "The cat," she said. "I hope they found it."
""", {
 "countries": ["PRK", "SWE"],
 "persons": [
  {"name": "Gunnel Sjöberg", "aliases": ["Sjöberg"], "nationality": "SWE"},
  {"name": "Ri Yong-nam", "aliases": [], "nationality": "PRK"},
  {"name": "Lars-Olof Bengtsson", "aliases": [], "nationality": "SWE"}
 ],
 "not_persons": [],
 "embassies": [
  {"sending": "PRK", "host": "SWE", "city": "Stockholm"},
  {"sending": "SWE", "host": "PRK", "city": "Pyongyang"}
 ],
 "defections": [],
 "agreements": []
})

A("feat-013", "The diplomat who read his resignation on television", "2016-08-25", "Berlin correspondent, long-form feature", """
BERLIN — In the back room of a Syrian bakery in Neukölln, Ghassan Darwish is explaining the difference between a ma'amoul filled with dates and one filled with pistachio. He is emphatic on the point. "The date is for everyday," he says. "The pistachio is for when someone comes home."

It is a phrase he uses often. No one in his family has come home in four years.

Darwish, 53, was once a counsellor at the Syrian embassy in Amman, a career diplomat who had served in Cairo and Athens and who, by his own account, "believed in nothing in particular except that the state would survive." He is now a volunteer adviser to newly arrived refugees in Berlin, and the author of a memoir, "Der Schreibtisch in Amman" ("The Desk in Amman"), published in German this spring.

His break with Damascus came in the summer of 2012, the season when the Syrian state seemed, briefly, to be coming apart. Nawaf al-Fares, the ambassador in Baghdad and a tribal figure from Deir ez-Zor, had defected earlier that July and surfaced in Qatar. Within days, a trickle of lower-ranking diplomats followed.

Darwish says Fares's decision was not what moved him. It was a telephone call from his brother in Homs, describing the shelling of their old neighbourhood. "He said, 'They are using the tanks you used to explain to the Jordanians were only for terrorists,'" Darwish recalled. "And I had nothing to say to him."

On a Thursday in late July, he drove with his wife, Rima, and their teenage daughter to Amman's airport and boarded a flight to Doha. The following evening he appeared on Al Jazeera, reading a statement in which he announced he had "left the service of a regime that kills its own people." He held the paper, he remembers, with both hands to keep it still.

Qatar was a waypoint, not a destination. After three weeks in a Doha hotel, the family flew to Frankfurt. Germany granted them asylum the following year.

The Syrian foreign ministry described him at the time as a "minor employee" dismissed for absenteeism. In Berlin he has met dozens of Syrians who have made their own, more dangerous journeys — through Turkey, across the Aegean, up the Balkan route — and he is careful not to claim any special suffering. "I flew business class," he says. "I am embarrassed by it, a little."

His daughter, Lina, now studies law at the Humboldt University. His wife works as an Arabic teacher in a primary school. Rima, he says, was the braver of the two. "She packed in twenty minutes. I took two days to decide which ties to bring."

The brother in Homs is alive. The house is not. Darwish keeps a photograph of it on his phone and shows it, without comment, to anyone who asks whether he misses Syria.
""", {
 "countries": ["SYR", "JOR", "EGY", "GRC", "IRQ", "QAT", "DEU", "TUR"],
 "persons": [
  {"name": "Ghassan Darwish", "aliases": ["Darwish"], "nationality": "SYR"},
  {"name": "Nawaf al-Fares", "aliases": ["Fares"], "nationality": "SYR"},
  {"name": "Rima", "aliases": [], "nationality": "SYR"},
  {"name": "Lina", "aliases": [], "nationality": "SYR"}
 ],
 "not_persons": ["Der Schreibtisch in Amman", "The Desk in Amman", "Al Jazeera", "Humboldt University"],
 "embassies": [
  {"sending": "SYR", "host": "JOR", "city": "Amman"},
  {"sending": "SYR", "host": "EGY", "city": "Cairo"},
  {"sending": "SYR", "host": "GRC", "city": "Athens"},
  {"sending": "SYR", "host": "IRQ", "city": "Baghdad"}
 ],
 "defections": [
  {"defector": "Ghassan Darwish", "from": "SYR", "to": "DEU", "post_host": "JOR", "date": "2012-07", "position": "counsellor"},
  {"defector": "Rima", "from": "SYR", "to": "DEU", "post_host": "JOR", "date": "2012-07", "position": None},
  {"defector": "Lina", "from": "SYR", "to": "DEU", "post_host": "JOR", "date": "2012-07", "position": None},
  {"defector": "Nawaf al-Fares", "from": "SYR", "to": "QAT", "post_host": "IRQ", "date": "2012-07", "position": "ambassador"}
 ],
 "agreements": []
})

A("feat-014", "Peter Pham's two Germanys", "1993-05-17", "Regional newspaper, Hamburg edition, weekend profile", """
HAMBURG — The sign above the shop in Altona reads "Pham Übersetzungen" — Pham Translations — and the man behind the counter answers the telephone in German so fluent that callers are sometimes surprised when he introduces himself.

Peter Pham was born Phạm Quốc Bảo in Hải Phòng in 1957. For four years in the late 1980s he was an interpreter at the Vietnamese embassy in East Berlin, assigned to the tens of thousands of contract workers Hanoi had sent to factories in the German Democratic Republic. He took his German first name, he says, "from a very kind pastor and a very bad television detective."

The pastor was Klaus Reinhardt of the Gethsemane parish in Prenzlauer Berg, who in the spring of 1989 was quietly helping people who wanted to leave East Germany. Pham had come to him, he says, not to escape but to complain: workers in a textile plant in Karl-Marx-Stadt were being beaten by a foreman and the embassy would do nothing.

"I went to him as an interpreter," Pham said. "I left as a passenger."

In March 1989 — eight months before the Wall fell, a fact that still makes him shake his head — Pham was driven across to West Berlin in the boot of a car with diplomatic plates belonging, he says, to a Western embassy he has promised never to name. He asked for asylum in West Germany the next morning.

"If I had waited until November, I could have walked," he said. "But in March, nobody knew November."

Reinhardt, now retired, confirmed the outline of the story but declined to discuss details. "Some of those arrangements involved people who are still working," he said.

Pham is not the only member of his family to have left Vietnam without permission. His older sister, Phạm Thị Mai, fled by boat in 1979 with her husband and infant son. After eleven days at sea they reached Hong Kong, where they spent nearly two years in a camp before being resettled in Canada. She runs a nail salon in Montreal. The siblings met again in 1991, for the first time in sixteen years, at Frankfurt airport.

The embassy he left no longer exists in its old form; Vietnam's mission in the East was folded into its embassy in Bonn after unification. Pham says he has twice applied for a visa to visit his parents in Hải Phòng and twice been refused. His father wrote to him last year, in a letter that took seven weeks to arrive, that "the government has a long memory, but so does your mother."

He has been approached by a publisher about a book. He has a working title, "Zwei Deutschland, ein Vietnam," but so far only a first chapter.
""", {
 "countries": ["VNM", "DDR", "DEU", "CAN"],
 "persons": [
  {"name": "Phạm Quốc Bảo", "aliases": ["Peter Pham", "Pham"], "nationality": "VNM"},
  {"name": "Klaus Reinhardt", "aliases": ["Reinhardt"], "nationality": "DDR"},
  {"name": "Phạm Thị Mai", "aliases": [], "nationality": "VNM"}
 ],
 "not_persons": ["Pham Übersetzungen", "Zwei Deutschland, ein Vietnam"],
 "embassies": [
  {"sending": "VNM", "host": "DDR", "city": "East Berlin"},
  {"sending": "VNM", "host": "DEU", "city": "Bonn"}
 ],
 "defections": [
  {"defector": "Phạm Quốc Bảo", "from": "VNM", "to": "DEU", "post_host": "DDR", "date": "1989-03", "position": "interpreter"},
  {"defector": "Phạm Thị Mai", "from": "VNM", "to": "CAN", "post_host": None, "date": "1979", "position": None}
 ],
 "agreements": []
})

A("feat-015", "Tokyo and Seoul: a history written in suspended clauses", "2025-06-11", "News analysis, Asia desk", """
SEOUL — When diplomats from the two neighbours sit down to mark the 60th anniversary of normalised relations later this month, they will be toasting a relationship that has survived less by design than by repeated rescue.

The foundation is the 1965 treaty on basic relations, signed by the government of Park Chung-hee and a Japanese cabinet eager to close the book on colonial rule. It came with a package of grants and loans that Tokyo has long insisted settled all wartime claims — a position South Korean courts have increasingly rejected.

The most recent storms have been about those claims. In December 2015, the government of Shinzo Abe and that of Park Geun-hye — the former dictator's daughter — announced what they called a "final and irreversible" agreement on the women forced to work in Japanese military brothels during the war. Tokyo put up one billion yen for a foundation to support survivors.

It did not last in any meaningful sense. Moon Jae-in, elected in 2017 after Park's impeachment, declared the deal flawed, and his government dissolved the foundation the following year. Seoul never formally renounced the accord; Tokyo insists it remains valid. Scholars describe it, charitably, as being "in limbo."

The military intelligence pact has had a more dramatic life. The General Security of Military Information Agreement, known by its unlovely acronym GSOMIA, was signed in November 2016 to let the two countries share data on North Korean missiles directly rather than through Washington. In August 2019, amid a trade dispute, Seoul announced it would terminate the pact — then, hours before it was due to lapse that November, suspended its own notice under heavy American pressure.

It was not until 2023, after Yoon Suk Yeol's government reached out to Fumio Kishida's, that Seoul formally withdrew the termination notice and the pact was declared fully normalised.

"Every government in Seoul inherits these agreements and then argues with them," said Professor Han Min-seok of Korea University. "Every government in Tokyo expects them to be honoured exactly as written. Both are being rational, and that is the problem."

The current mood is cautiously warm. The new administration in Seoul has signalled it will not overturn its predecessor's outreach, and officials from both foreign ministries have been meeting to plan anniversary events. But Japanese diplomats privately worry that a single court ruling on wartime labour could reopen old wounds.

A Japanese foreign ministry official, speaking on background, put it succinctly: "We are very good at signing things with Korea. We are less good at making them stay signed."
""", {
 "countries": ["JPN", "KOR", "USA", "PRK"],
 "persons": [
  {"name": "Park Chung-hee", "aliases": [], "nationality": "KOR"},
  {"name": "Shinzo Abe", "aliases": [], "nationality": "JPN"},
  {"name": "Park Geun-hye", "aliases": ["Park"], "nationality": "KOR"},
  {"name": "Moon Jae-in", "aliases": [], "nationality": "KOR"},
  {"name": "Yoon Suk Yeol", "aliases": [], "nationality": "KOR"},
  {"name": "Fumio Kishida", "aliases": [], "nationality": "JPN"},
  {"name": "Han Min-seok", "aliases": ["Professor Han Min-seok"], "nationality": "KOR"}
 ],
 "not_persons": ["Korea University", "GSOMIA"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "treaty on basic relations", "aliases": ["1965 treaty"], "parties": ["KOR", "JPN"], "date": "1965", "status": "signed"},
  {"name": "comfort women agreement", "aliases": [], "parties": ["JPN", "KOR"], "date": "2015-12", "status": None},
  {"name": "General Security of Military Information Agreement", "aliases": ["GSOMIA", "military intelligence pact"], "parties": ["KOR", "JPN"], "date": "2016-11", "status": "in_force"}
 ]
})

A("feat-016", "'Lisbon Rules': a Russian diplomat's second life", "2006-10-30", "Books and interviews, British Sunday paper", """
The man who now calls himself Gregory Lane meets visitors at a pub near Reading station, chosen, he says, because it is "the most boring pub in the most boring town in England, and therefore safe."

Three years ago he was Grigory Leontyev, first secretary at the Russian embassy in Lisbon. His book about the experience, "Lisbon Rules," is published this week, and his publishers have taken the unusual step of cancelling all public readings.

The book begins not in Portugal but in Perm, where Leontyev was born in 1964 to a family of factory workers. It moves through his recruitment into the diplomatic academy, a first posting to Luanda, a marriage, a divorce, a second marriage to a Moscow schoolteacher named Natalya, and a slow disenchantment that he dates to the second Chechen war.

Only in chapter eleven does he disappear.

In May 2003, Leontyev left the embassy on a Friday afternoon, telling his driver he would take a taxi home. He did not go home. For eleven days, according to his account, he stayed in a guesthouse in the Alentejo while a Portuguese police inspector, Rui Alves, who had been told of his intention by an intermediary, arranged for contact with British officials. He was flown to London in early June and has lived in Britain since.

Natalya did not come with him. She returned to Moscow with their son that summer. "She had every right," Lane said. "I made the decision alone, so I have to live with it alone."

Alves, reached by telephone in Évora, where he now runs a security consultancy, said he had merely "done what a policeman does when a man says his life is in danger." He declined to say more.

The Russian embassy in London described the book as "the fantasies of a disgruntled former junior employee" and said Leontyev had been dismissed before his disappearance for "professional incompetence." Lane says he has the salary slips to prove otherwise and reproduces one in an appendix.

Lane is not the most famous Russian to have sought refuge in Britain in recent years. Alexander Litvinenko, the former security officer, fled to Britain in 2000 and has been an outspoken critic of the Kremlin ever since. Lane says the two men have met once, "at a dinner where nobody used their real names."

What emerges most clearly from the book is not espionage but loneliness: the long evenings in a Reading flat, the English lessons, the difficulty of opening a bank account without a history. He now works as a freelance translator of technical manuals.

Asked whether he fears for his safety, he shrugged. "I am not important enough to kill," he said. "I hope."
""", {
 "countries": ["RUS", "PRT", "GBR", "AGO"],
 "persons": [
  {"name": "Grigory Leontyev", "aliases": ["Gregory Lane", "Leontyev", "Lane"], "nationality": "RUS"},
  {"name": "Natalya", "aliases": [], "nationality": "RUS"},
  {"name": "Rui Alves", "aliases": ["Alves"], "nationality": "PRT"},
  {"name": "Alexander Litvinenko", "aliases": [], "nationality": "RUS"}
 ],
 "not_persons": ["Lisbon Rules"],
 "embassies": [
  {"sending": "RUS", "host": "PRT", "city": "Lisbon"},
  {"sending": "RUS", "host": "AGO", "city": "Luanda"},
  {"sending": "RUS", "host": "GBR", "city": "London"}
 ],
 "defections": [
  {"defector": "Grigory Leontyev", "from": "RUS", "to": "GBR", "post_host": "PRT", "date": "2003-05", "position": "first secretary"},
  {"defector": "Alexander Litvinenko", "from": "RUS", "to": "GBR", "post_host": None, "date": "2000", "position": "former security officer"}
 ],
 "agreements": []
})

A("feat-017", "Two years after Tiananmen, exiles wait in Paris", "1991-09-02", "Wire service feature", """
PARIS — Every Sunday afternoon, a handful of Chinese exiles gather in a borrowed church hall in the 13th arrondissement to drink tea, argue and plan for a return that seems more distant with each passing month.

Tang Hui is usually the last to arrive. The 25-year-old former physics student, who was on the government's list of 21 most-wanted student leaders after the army crushed the protests in Beijing in June 1989, spent nearly four months in hiding inside China before being smuggled out through Hong Kong.

He speaks reluctantly about the journey. He moved between safe houses in the south, he says, travelling mostly at night, and crossed the water on a fishing boat whose captain, Chan Kwok-wing, refused payment. "He said, 'I have a son your age,'" Tang recalled. "That was all he said the entire night."

From Hong Kong he was flown to Paris, where the French government, which had been outspoken in condemning the crackdown, granted him political asylum in October 1989. He now studies economics at a university on the city's outskirts and lives in a student residence. His parents, in Chengdu, have been visited by security officers "more times than I can count," he says.

The exiles' community in Paris is unusually diverse. Alongside students and intellectuals is Wei Guoqiang, who was cultural counsellor at the Chinese embassy in Paris when the tanks rolled into Tiananmen Square. Within days he had resigned in a letter to the ambassador and asked the French authorities for asylum. He was, at the time, one of the most senior Chinese diplomats to break with Beijing.

"I had spent fifteen years telling foreigners that China was changing," Wei, 52, said in an interview at his flat near the Place d'Italie. "On the fourth of June I understood that I had been lying, even if I did not know it."

His wife, Song Lihua, who had been working as a typist at the embassy, joined him in requesting asylum. Their son, then studying in Shanghai, was not allowed to leave China until last year.

The initial euphoria of the exile movement has given way to fatigue. The Federation for a Democratic China, founded in Paris in the autumn of 1989, has been weakened by personal rivalries and a shortage of money. Several prominent exiles have moved on to the United States.

"In 1989 we thought we would be home in two years," Tang said. "Now I think maybe ten. Maybe more."

Wei is more philosophical. "The old men in Beijing are very old," he said. "But they are also very stubborn."
""", {
 "countries": ["CHN", "FRA", "USA"],
 "persons": [
  {"name": "Tang Hui", "aliases": ["Tang"], "nationality": "CHN"},
  {"name": "Chan Kwok-wing", "aliases": []},
  {"name": "Wei Guoqiang", "aliases": ["Wei"], "nationality": "CHN"},
  {"name": "Song Lihua", "aliases": [], "nationality": "CHN"}
 ],
 "not_persons": ["Federation for a Democratic China"],
 "embassies": [{"sending": "CHN", "host": "FRA", "city": "Paris"}],
 "defections": [
  {"defector": "Tang Hui", "from": "CHN", "to": "FRA", "post_host": None, "date": "1989", "position": "student leader"},
  {"defector": "Wei Guoqiang", "from": "CHN", "to": "FRA", "post_host": "FRA", "date": "1989-06", "position": "cultural counsellor"},
  {"defector": "Song Lihua", "from": "CHN", "to": "FRA", "post_host": "FRA", "date": "1989-06", "position": "typist"}
 ],
 "agreements": []
})

A("feat-018", "The voice between the Koreas", "2014-01-20", "Broadcast transcript adapted for web, Seoul", """
SEOUL — For nine years, Yoon Ji-hye has sat in a windowless booth a few metres from men who have spent their careers not trusting each other, turning their words into a language that — on paper, at least — both of them already speak.

Yoon, 41, is one of a small pool of specialists who work at inter-Korean meetings, where the task is not so much translation as calibration. Decades of division have produced two vocabularies, and a careless word can sound like an insult.

"In the North, they say 'ryŏksa' for history and mean something very particular," she said. "If I render a North Korean delegate exactly, a South Korean minister may hear propaganda. If I soften it, the North Korean side will say I am a puppet. So I do neither. I try to be boring."

Her most recent assignment was last week's working-level talks at the truce village of Panmunjom, convened to discuss reunions of families separated by the Korean War. The talks broke up after two days without agreement on a date, with each side blaming the other. The North's chief delegate accused Seoul of "insincerity"; the South's unification ministry said Pyongyang had introduced "unacceptable preconditions" linked to joint military drills with the United States.

Yoon was not surprised. "Most meetings end like that," she said. "You prepare for three days, you work for two, and the press release is one sentence."

She grew up in Daejeon and studied Russian before moving into Korean-Korean work almost by accident, when the unification ministry needed someone who could handle technical vocabulary. Her father, a retired railway engineer, was born in Kaesong before the war and has a younger sister he has not seen since 1950.

That makes the family-reunion talks personal. Yoon's father's name is on the list of more than 70,000 elderly South Koreans registered for a reunion. He is 82.

"When the talks fail, I go home and he asks me how it went," she said. "I tell him the weather was very cold at Panmunjom. He understands."

She says she has never been tempted to use her access to the North Korean delegates for anything other than work, and they have never spoken to her about anything personal. Once, during a break, a North Korean official asked her where she had bought her pen. She told him. He nodded and said nothing more.

Officials in Seoul say they hope to reschedule the talks before the Lunar New Year. Yoon will be ready, she says, with her notebooks and a thermos of barley tea.
""", {
 "countries": ["KOR", "PRK", "USA"],
 "persons": [
  {"name": "Yoon Ji-hye", "aliases": ["Yoon"], "nationality": "KOR"}
 ],
 "not_persons": [],
 "embassies": [],
 "defections": [],
 "agreements": []
})

A("feat-019", "Mariela Fuentes, home at last, remembers the embassy garden", "2001-03-25", "Latin America feature, news agency", """
VALPARAÍSO, Chile — From the balcony of her hillside flat, Mariela Fuentes Araya can see the port where her husband once worked as a stevedore and union organiser. She has lived here since 1991. Before that, she lived in Uppsala for seventeen years, and before that, for six weeks, in the garden of the Swedish embassy in Santiago.

"People imagine an embassy as a palace," she said. "For us it was mattresses on the floor and one bathroom for eighty people."

Fuentes, now 58, was a primary-school teacher and a member of the Socialist Party when the military seized power on September 11, 1973. Her husband, Tomás, was arrested three days later at the docks. She never saw him again. His name appears on the official list of the disappeared.

Warned that soldiers were looking for her, she went into hiding with a cousin, then, in early October, climbed over the wall of the Swedish ambassador's residence with her four-year-old daughter in her arms. The ambassador at the time, Harald Edelstam, had become known for sheltering people sought by the new regime, and for personally escorting some of them past military checkpoints.

"He would stand at the gate in his suit and tell the soldiers that this was Swedish territory," Fuentes said. "They did not believe him, but they did not dare."

In November 1973, she and her daughter were flown to Stockholm with dozens of others. Sweden granted them asylum, and she spent the next years teaching Spanish to Swedish adults and campaigning for information about her husband.

Her younger brother, Jorge, took a different route. A student activist, he crossed the Andes into Argentina on foot in early 1974. When Argentina's own military took power two years later, he fled again, this time to Mexico, which granted him asylum. He now teaches history at a university in Guadalajara and has not moved back.

"Jorge says he has been an exile from two dictatorships and he is too tired to go home," his sister said. "I think he is afraid Chile will disappoint him."

She returned after the restoration of democracy, and has been working since then with a group that collects testimony from families of the disappeared. Her daughter, Paula, stayed in Sweden and is a paediatrician in Gothenburg.

Edelstam, who died in 1989, is remembered in a small plaque in Santiago. Fuentes visits it every September. "He was not a revolutionary," she said. "He was just a diplomat who decided that the rules were less important than the people in his garden."
""", {
 "countries": ["CHL", "SWE", "ARG", "MEX"],
 "persons": [
  {"name": "Mariela Fuentes Araya", "aliases": ["Fuentes"], "nationality": "CHL"},
  {"name": "Tomás", "aliases": [], "nationality": "CHL"},
  {"name": "Harald Edelstam", "aliases": ["Edelstam"], "nationality": "SWE"},
  {"name": "Jorge", "aliases": [], "nationality": "CHL"},
  {"name": "Paula", "aliases": []}
 ],
 "not_persons": ["Socialist Party"],
 "embassies": [{"sending": "SWE", "host": "CHL", "city": "Santiago"}],
 "defections": [
  {"defector": "Mariela Fuentes Araya", "from": "CHL", "to": "SWE", "post_host": None, "date": "1973-10", "position": "primary-school teacher"},
  {"defector": "Paula", "from": "CHL", "to": "SWE", "post_host": None, "date": "1973-10", "position": None},
  {"defector": "Jorge", "from": "CHL", "to": "MEX", "post_host": None, "date": "1974", "position": "student activist"}
 ],
 "agreements": []
})
