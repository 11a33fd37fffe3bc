ARTICLES = []
def A(id, title, published, source, text, gold):
    ARTICLES.append(({"id": id, "title": title, "published": published, "source": source, "text": text}, gold))

A("feat-000", "The noodle-maker of Incheon who once kept Pyongyang's secrets", "2017-03-14", "Weekend magazine feature", """
INCHEON — The broth starts at four in the morning. By the time the first fishermen drift in from the harbour, Kim Jun-ho has skimmed it twice, sliced a mound of radish and argued, cheerfully, with the delivery driver about the price of buckwheat.

Few of his customers know that the man ladling their cold noodles was once a counselor in the foreign service of North Korea, or that for three years he sat in a cramped office in Vientiane reading cables that he now describes as "mostly lies about rice harvests."

He was born Kim Song-chol in 1968 in Hamhung, the son of a chemical-plant engineer. He changed his name after arriving in the South, on the advice of the National Intelligence Service, and because, he says, "Song-chol belonged to somebody else."

The story he tells about his childhood is ordinary for a family of modest privilege: good schools, a place at Kim Il Sung University, a first posting abroad at 31. The story he tells about his marriage is less ordinary. He met Pak Mi-ran, a music teacher, at a dance organised by the Ministry of Foreign Affairs in 1995. "She was the only person in the room who laughed at the wrong moments," he said. They married the following spring.

It is only late in a long afternoon of conversation that he arrives at October 2014.

By then he had been posted to the North Korean embassy in Laos for almost three years, handling what the embassy called economic cooperation and what he calls "selling whatever we could to whoever would pay." A summons to return home, delivered without explanation, convinced him that something had gone wrong. A colleague had been recalled the year before and had not been heard from since.

He and his wife left the embassy compound on a Saturday evening, telling the guard they were going to the night market. A driver he had paid in advance took them south to the Mekong. They crossed into Thailand by boat before dawn.

What followed was, by his account, three weeks of waiting. Thai police detained the couple in Nong Khai as illegal entrants. It was an immigration officer there, Somchai Rattanakul, who made the telephone call that changed their lives — to the South Korean embassy in Bangkok. Reached by telephone, Mr. Somchai, now retired, remembered only that "the man kept saying the word Seoul, over and over, as if it was a password."

Diplomats from the South Korean mission collected the couple and, after questioning, put them on a flight to Seoul in November. The Ministry of Unification has never publicly confirmed the case, in keeping with its usual practice.

Kim spent the next two years, he says, "learning how to buy a subway ticket and how to be suspicious of nobody." His wife, who now goes by Pak Seo-yeon, teaches piano to children in a district office programme. Their son, who was studying in Pyongyang when they fled, remains in the North. Kim does not know whether he is alive.

Last year he published a slim memoir, "The Long Way to Incheon," which sold modestly and earned him an invitation to speak at a forum in Tokyo. He declined. "I have enough trouble with the noodles," he said.

Asked whether he regrets leaving, he is quiet for a long time. Then he stands up to check the broth.
""", {
 "countries": ["PRK", "KOR", "LAO", "THA"],
 "persons": [
  {"name": "Kim Jun-ho", "aliases": ["Kim Song-chol", "Kim"], "nationality": "PRK"},
  {"name": "Pak Mi-ran", "aliases": ["Pak Seo-yeon"], "nationality": "PRK"},
  {"name": "Somchai Rattanakul", "aliases": ["Somchai"], "nationality": "THA"}
 ],
 "not_persons": ["The Long Way to Incheon", "Kim Il Sung University", "National Intelligence Service"],
 "embassies": [
  {"sending": "PRK", "host": "LAO", "city": "Vientiane"},
  {"sending": "KOR", "host": "THA", "city": "Bangkok"}
 ],
 "defections": [
  {"defector": "Kim Jun-ho", "from": "PRK", "to": "KOR", "post_host": "LAO", "date": "2014-10", "position": "counselor for economic cooperation"},
  {"defector": "Pak Mi-ran", "from": "PRK", "to": "KOR", "post_host": "LAO", "date": "2014-10", "position": None}
 ],
 "agreements": []
})

A("feat-001", "Three roads to Toronto", "1989-06-20", "Daily newspaper, Saturday features section", """
TORONTO — On the third Sunday of every month, three people who were once told they would never see one another again meet for lunch at a Hungarian restaurant on Bloor Street. They are not related. What they share is a route out.

Viktor Sorokin arrived first, in a manner of speaking. In the spring of 1982 he was a second secretary at the Soviet embassy in Ottawa, responsible, on paper, for cultural exchanges. On a Tuesday in April he walked into a police station in Hull and asked for protection. The Canadian government granted him asylum within weeks, though the Soviet side insisted for months that he had been kidnapped.

"My wife thought I was at a hockey game," said Sorokin, now 51 and a translator for an insurance firm. "In a way I was. I just didn't come back." His wife, Lyudmila, returned to Moscow that summer with their daughter; he has not seen either of them since. He writes every Christmas. The letters are not answered.

Jana Horáková's journey was longer. A figure-skating coach from Brno, she left Czechoslovakia in August 1977 on a package tour to Yugoslavia, slipped away from the group in Ljubljana and crossed into Austria on foot with a borrowed map. She spent five months in a refugee camp at Traiskirchen before Canada accepted her. "Austria was a waiting room," she said. "A kind waiting room, but a waiting room."

She coaches juniors in Mississauga and is, her friends say, ferociously punctual.

The youngest of the three, Dieter Lenz, is 34 and speaks about East Germany with the flat irony of someone who left it as a teenager. He was 19 in 1974 when he and a friend, travelling legally to Hungary, tried to cross into Austria near Sopron. The friend was caught. Lenz was not. After a year in Vienna he was admitted to Canada as a refugee and enrolled at the University of Toronto, where he now teaches mechanical engineering.

He does not talk much about the friend, Uwe Brandt, who spent two years in prison in the German Democratic Republic and still lives in Leipzig. "He tells me it was worth it for one of us," Lenz said. "I am not sure I believe him."

All three have been watching the news from Eastern Europe this year with a mixture of hope and caution. The round-table talks in Warsaw, the fence coming down along the Hungarian border — Lenz has followed every report. "Ten years ago, this would have been science fiction," he said. "Now it is just the evening news."

Horáková is less sure. "They opened the door in Prague once before," she said, referring to 1968. "Then they closed it again."

Sorokin listens and says little. When lunch ends he pays for all three, as he always does. It is, he says, the only tradition he brought with him from Moscow.
""", {
 "countries": ["CAN", "SUN", "CSK", "YUG", "AUT", "DDR", "HUN", "POL"],
 "persons": [
  {"name": "Viktor Sorokin", "aliases": ["Sorokin"], "nationality": "SUN"},
  {"name": "Lyudmila", "aliases": [], "nationality": "SUN"},
  {"name": "Jana Horáková", "aliases": ["Horáková"], "nationality": "CSK"},
  {"name": "Dieter Lenz", "aliases": ["Lenz"], "nationality": "DDR"},
  {"name": "Uwe Brandt", "aliases": [], "nationality": "DDR"}
 ],
 "not_persons": [],
 "embassies": [{"sending": "SUN", "host": "CAN", "city": "Ottawa"}],
 "defections": [
  {"defector": "Viktor Sorokin", "from": "SUN", "to": "CAN", "post_host": "CAN", "date": "1982-04", "position": "second secretary"},
  {"defector": "Jana Horáková", "from": "CSK", "to": "CAN", "post_host": None, "date": "1977-08", "position": "figure-skating coach"},
  {"defector": "Dieter Lenz", "from": "DDR", "to": "CAN", "post_host": None, "date": "1974", "position": None}
 ],
 "agreements": []
})

A("feat-002", "Frameworks and failures: two decades of bargaining with the North", "2008-11-02", "News analysis, international desk", """
When American and North Korean negotiators emerged from their final session in Geneva in October 1994, the mood was closer to exhaustion than triumph. The document they had agreed — the Agreed Framework — committed Pyongyang to freezing its graphite-moderated reactors in exchange for two light-water reactors and annual deliveries of heavy fuel oil.

"Nobody thought it was perfect," recalled a former State Department official who sat through several of the sessions. "It was a bargain between two governments that did not trust each other and had no intention of starting."

The chief American negotiator, Robert Gallucci, faced a counterpart, Kang Sok-ju, who was known for theatrical walkouts and for speaking, as one participant put it, "as if Kim Il Sung himself were listening at the door." The elder Kim had died in July, weeks before the deal was concluded, and his son's government inherited the talks.

The framework never delivered what either side hoped. The reactors were never finished. By late 2002, after Washington accused the North of running a secret uranium-enrichment programme, the oil shipments stopped, inspectors were expelled and the deal was, in the words of one analyst, "dead in everything but name." It collapsed entirely in early 2003, when the North announced it was leaving the Non-Proliferation Treaty.

The next attempt was larger and slower. The six-party talks, hosted by Beijing and bringing together the two Koreas, the United States, China, Japan and Russia, produced a joint statement in September 2005 in which the North pledged to abandon "all nuclear weapons and existing nuclear programmes." Within a year it had tested a nuclear device.

"The pattern is the pattern," said Choi Hyun-joo, a researcher at a Seoul think tank who has written extensively on the negotiations. "Pyongyang pockets what it receives up front and then finds a reason to stop."

Others argue the blame is more evenly shared. Washington's hard-liners, said a retired diplomat who asked not to be named because he still advises the government, "never really believed in engagement and made sure it failed."

This autumn the process has stalled again, this time over how to verify the North's declaration of its nuclear activities. American officials removed the country from the list of state sponsors of terrorism last month, a gesture meant to keep talks alive. The North's response has been silence.

What comes next depends partly on the incoming administration in Washington, which has signalled openness to direct talks. In Seoul, the conservative government of Lee Myung-bak has taken a cooler line than its predecessors, and relations across the border have chilled.

"Every new team thinks it has found the key," Choi said. "The lock, so far, has not changed."
""", {
 "countries": ["USA", "PRK", "KOR", "CHN", "JPN", "RUS"],
 "persons": [
  {"name": "Robert Gallucci", "aliases": [], "nationality": "USA"},
  {"name": "Kang Sok-ju", "aliases": [], "nationality": "PRK"},
  {"name": "Kim Il Sung", "aliases": ["elder Kim"], "nationality": "PRK"},
  {"name": "Choi Hyun-joo", "aliases": ["Choi"], "nationality": "KOR"},
  {"name": "Lee Myung-bak", "aliases": [], "nationality": "KOR"}
 ],
 "not_persons": [],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Agreed Framework", "aliases": [], "parties": ["USA", "PRK"], "date": "1994-10", "status": "terminated"},
  {"name": "Non-Proliferation Treaty", "aliases": [], "parties": ["PRK"], "date": None, "status": "withdrawn"},
  {"name": "six-party joint statement", "aliases": ["joint statement"], "parties": ["PRK", "KOR", "USA", "CHN", "JPN", "RUS"], "date": "2005-09", "status": None}
 ]
})

A("feat-003", "Forty years of postings, and not one regret", "2021-08-09", "Interview, regional weekly", """
HANOI — Nguyễn Văn Thành keeps his old diplomatic passports in a biscuit tin. There are six of them, the earliest with a photograph of a thin young man in a borrowed tie.

"That was Moscow, 1979," he said, tapping it. "I was the most junior person in the embassy. My job was to read Pravda and tell the ambassador what it said, as though he couldn't read it himself."

Thành, now 71, spent four decades in Vietnam's foreign service, with postings in the Soviet capital, Havana, Vientiane and finally Canberra, where he served as deputy head of mission before retiring in 2012. He has just finished writing what he calls "a notebook, not a memoir," about the people he worked with.

The interview took place in the living room of his apartment in Ba Đình district, over green tea and a plate of lotus seeds his wife, Trần Thị Hoa, insisted on refilling.

The Moscow years were the hardest. Winters were long, the embassy was short of everything, and the students Vietnam sent to Soviet universities were, he said, "always getting into trouble and always needing money." In Havana, by contrast, he remembers "music every night and no meat at all."

Asked whether, during those years abroad, he had ever been tempted to stay — as some officials from fraternal countries did — he laughed. "People ask me this. They have seen films. No. My mother was in Nam Định. Where would I go?"

He is more reflective about the colleagues who had to return home in disgrace for smaller offences: a driver caught selling embassy petrol, a counsellor who fell in love with a Cuban dancer. "The system was strict," he said. "Sometimes too strict. But it was not the cinema."

His final posting, in Australia, coincided with a boom in Vietnamese students and tourists heading there. "In Canberra, the work was visas, visas, visas," he said. "In Moscow it was ideology. I preferred visas."

He keeps in touch with a handful of former counterparts. One, a Cuban diplomat named Alberto Ruiz Cabrera, still sends him cigars every Tết, which Thành does not smoke and passes on to his son-in-law.

The notebook will be printed privately, in an edition of 200 copies, for family and former colleagues. Its title, "Tea at the Embassy," was his granddaughter's idea.

"She said nobody would read it if it was called 'Reflections on Socialist Diplomacy,'" he said. "She is probably right."
""", {
 "countries": ["VNM", "SUN", "CUB", "LAO", "AUS"],
 "persons": [
  {"name": "Nguyễn Văn Thành", "aliases": ["Thành"], "nationality": "VNM"},
  {"name": "Trần Thị Hoa", "aliases": [], "nationality": "VNM"},
  {"name": "Alberto Ruiz Cabrera", "aliases": [], "nationality": "CUB"}
 ],
 "not_persons": ["Pravda", "Tea at the Embassy"],
 "embassies": [
  {"sending": "VNM", "host": "SUN", "city": "Moscow"},
  {"sending": "VNM", "host": "CUB", "city": "Havana"},
  {"sending": "VNM", "host": "LAO", "city": "Vientiane"},
  {"sending": "VNM", "host": "AUS", "city": "Canberra"}
 ],
 "defections": [],
 "agreements": []
})

A("feat-004", "A poet of exile finds his voice in the north", "1996-04-22", "Arts and culture feature, wire service", """
BERGEN, Norway — On Thursday evenings, a dozen students gather in a seminar room at the university here to read Hafez in the original. Their teacher, a soft-spoken man in a corduroy jacket, corrects their pronunciation with a patience that borders on tenderness.

He introduces himself as Reza Farah. The name on his first passport was Mohammad-Reza Farahani, and until the winter of 1992 he was a first secretary at the Iranian embassy in Copenhagen.

Farah, 47, rarely speaks about that life, and when he does it is in fragments. He grew up in Shiraz, the son of a bookseller. He joined the Foreign Ministry in 1981, "in a time when everyone was joining something," and served in Ankara before being sent to Denmark. He was, by the account of a former Danish official who knew him, "the only person at that embassy who would talk about literature instead of politics."

His reasons for leaving are, he says, "too many and too private." A friend's arrest in Tehran, pressure to report on Iranian students in Scandinavia, a growing feeling that his poems could never be published at home.

The flight itself, in December 1992, was almost anticlimactic. He and his wife, Shirin, took a train from Copenhagen across the Øresund by ferry to Malmö, carrying two suitcases and a box of books. They presented themselves to the Swedish police the next morning and asked for asylum. It was granted the following spring.

The Iranian government, according to Swedish press reports at the time, described Farahani as a low-level employee dismissed for financial irregularities. He laughs at this. "I was never trusted with money," he said. "Only with words."

It was Ingrid Holmqvist, a Stockholm lawyer who handled the couple's asylum case without charge, who first suggested that he translate his own poems. "She told me no one in Sweden would read them in Persian," he said. "She was correct."

The couple moved to Norway in 1994 after he was offered the teaching post. Shirin Farah works as a pharmacist. Their first child, a daughter, was born in Bergen last year.

His first collection in Norwegian translation, "Persian Gardens in the Snow," appeared this winter and has been warmly reviewed. One poem describes a ferry crossing at night, the lights of one country receding and another approaching, "and between them only water, which belongs to no one."

He declined to say whether he has been in contact with anyone in Iran since 1992.
""", {
 "countries": ["NOR", "IRN", "DNK", "TUR", "SWE"],
 "persons": [
  {"name": "Mohammad-Reza Farahani", "aliases": ["Reza Farah", "Farah", "Farahani"], "nationality": "IRN"},
  {"name": "Shirin Farah", "aliases": ["Shirin"], "nationality": "IRN"},
  {"name": "Ingrid Holmqvist", "aliases": [], "nationality": "SWE"},
  {"name": "Hafez", "aliases": []}
 ],
 "not_persons": ["Persian Gardens in the Snow"],
 "embassies": [{"sending": "IRN", "host": "DNK", "city": "Copenhagen"}, {"sending": "IRN", "host": "TUR", "city": "Ankara"}],
 "defections": [
  {"defector": "Mohammad-Reza Farahani", "from": "IRN", "to": "SWE", "post_host": "DNK", "date": "1992-12", "position": "first secretary"},
  {"defector": "Shirin Farah", "from": "IRN", "to": "SWE", "post_host": "DNK", "date": "1992-12", "position": None}
 ],
 "agreements": []
})

A("feat-005", "The consul who stayed: a quiet life in Brisbane, eight years on", "2019-05-30", "Long-read, national daily", """
BRISBANE — Liu Wenjie waters his tomatoes every morning at six and walks his granddaughter to school at half past eight. On the short walk he speaks to her in Mandarin; she answers in English.

It is a deliberately unremarkable life, and he intends to keep it that way. He agreed to be interviewed only on condition that his suburb not be named.

Eight years ago, Liu was consul for political affairs at the Chinese consulate-general in Sydney, a post that, by his account, involved less diplomacy than surveillance: monitoring Chinese students, keeping lists of those who attended Falun Gong gatherings or pro-democracy vigils, and reporting back to Beijing.

"You begin by thinking you are protecting your country," he said. "After some years you understand you are protecting a few people from their own country."

He had grown up in Harbin, the son of a railway worker, and joined the foreign service in the 1990s after studying English at a university in Dalian. His wife, Zhao Min, and their daughter, then 15, accompanied him to Sydney in 2008.

The decision to leave came, he says, gradually and then all at once. In February 2011, he received word that he would be recalled. He believed, correctly or not, that he would be investigated on his return. On a Friday afternoon he collected his daughter from school, drove with his family to a friend's house in the western suburbs, and the next morning approached Australian immigration authorities.

He was not the first to take that route. Chen Yonglin, a diplomat at the same consulate, had walked out in 2005 and, after a bruising public fight, was eventually granted a visa to stay in Australia. Liu says he never met Chen, but read everything about his case. "He showed it was possible," Liu said. "He also showed it would be hard."

It was. For nearly a year his family lived on savings and a small community allowance while their applications were processed. A retired federal public servant, Margaret Doyle, who volunteered with a refugee support group, helped them navigate the paperwork and found his wife a job in a bakery. "Without Margaret, I think we would have given up," Liu said.

Protection visas for all three were eventually approved. Zhao Min now manages the bakery. Their daughter studied nursing in Brisbane and works at a hospital here.

Liu's relations with Beijing are, predictably, non-existent. The Chinese embassy in Canberra did not respond to a request for comment. His elderly mother in Harbin, he says, was visited twice by police in the months after he left. She died in 2016. He did not attend the funeral.

He has turned down offers to write a book. "Every defector writes a book," he said, a little dryly. "I grow tomatoes."
""", {
 "countries": ["CHN", "AUS"],
 "persons": [
  {"name": "Liu Wenjie", "aliases": ["Liu"], "nationality": "CHN"},
  {"name": "Zhao Min", "aliases": [], "nationality": "CHN"},
  {"name": "Chen Yonglin", "aliases": ["Chen"], "nationality": "CHN"},
  {"name": "Margaret Doyle", "aliases": [], "nationality": "AUS"}
 ],
 "not_persons": ["Falun Gong"],
 "embassies": [
  {"sending": "CHN", "host": "AUS", "city": "Sydney"},
  {"sending": "CHN", "host": "AUS", "city": "Canberra"}
 ],
 "defections": [
  {"defector": "Liu Wenjie", "from": "CHN", "to": "AUS", "post_host": "AUS", "date": "2011-02", "position": "consul for political affairs"},
  {"defector": "Zhao Min", "from": "CHN", "to": "AUS", "post_host": "AUS", "date": "2011-02", "position": None},
  {"defector": "Chen Yonglin", "from": "CHN", "to": "AUS", "post_host": "AUS", "date": "2005", "position": "diplomat"}
 ],
 "agreements": []
})

A("feat-006", "Brothers, an ocean apart", "2003-09-15", "Sunday magazine profile", """
MADRID — Ernesto Valdés Quintana still sets his watch an hour behind on the first of every month, then corrects it. It is, he admits, a silly ritual, a way of checking what time it is in Havana, where his mother still lives in the same third-floor flat on Calle Neptuno.

He has not been there since 1999. That was the year Valdés, then a commercial attaché at the Cuban embassy in Madrid, told his ambassador he was resigning and asked the Spanish government for political asylum. He was 38. Spain granted his request the following year.

His account of why he left is specific to the point of bureaucratic dullness: a dispute over a sugar contract, a demand that he sign documents he believed were false, a colleague who warned him he was being watched. "I was not a hero," he said. "I was an accountant who did not want to go to prison for someone else's arithmetic."

The story of his younger brother, Raúl, is more dramatic. In August 1994, during the great exodus of rafters that summer, Raúl and four friends pushed off from a beach east of Havana on a platform of inner tubes and plywood. After three days at sea they were picked up by a fishing boat and brought to Key West. Raúl settled in Miami, where he now owns a small car-repair shop in Hialeah.

The brothers did not see each other for nine years. Cuba would not let Ernesto travel while he was a diplomat, and after his defection he could not go back. Raúl, with a Cuban record as an illegal émigré, did not dare return either. They met again last spring, in a hotel lobby at Madrid's Barajas airport, when Raúl finally obtained an American passport.

"He looked like our father," Ernesto said. "Fatter, but like our father."

Their mother, Caridad, is 74. She speaks to both sons by telephone on Sundays, when the lines are less busy. She has refused repeated offers to join either of them. "She says her plants would die," Ernesto said.

In Madrid, Valdés works for a Spanish import company specialising in Latin American produce. He married a Spaniard, Lucía Ferrer, in 2001. He keeps a low profile among the exile community, which he describes as "divided into twenty parties, each with three members."

Asked what he would do if the government in Havana changed, he shrugged. "First I would see my mother," he said. "Then I would see if they still owe me my last salary."
""", {
 "countries": ["CUB", "ESP", "USA"],
 "persons": [
  {"name": "Ernesto Valdés Quintana", "aliases": ["Valdés", "Ernesto"], "nationality": "CUB"},
  {"name": "Raúl", "aliases": [], "nationality": "CUB"},
  {"name": "Caridad", "aliases": [], "nationality": "CUB"},
  {"name": "Lucía Ferrer", "aliases": [], "nationality": "ESP"}
 ],
 "not_persons": [],
 "embassies": [{"sending": "CUB", "host": "ESP", "city": "Madrid"}],
 "defections": [
  {"defector": "Ernesto Valdés Quintana", "from": "CUB", "to": "ESP", "post_host": "ESP", "date": "1999", "position": "commercial attaché"},
  {"defector": "Raúl", "from": "CUB", "to": "USA", "post_host": None, "date": "1994-08", "position": None}
 ],
 "agreements": []
})

A("feat-007", "The last treaty standing — and then none", "2024-02-18", "Weekly news magazine, world section", """
When Barack Obama and Dmitry Medvedev met in Prague's Spanish Hall in April 2010 to sign the New START treaty, the two men allowed themselves a moment of optimism. The pact capped each side's deployed strategic warheads at 1,550, restored on-site inspections and, in the language of the time, "reset" a relationship that had frayed badly.

Fourteen years later, the treaty is technically alive — it runs until February 2026 — but functionally comatose. A year ago this week, Vladimir Putin announced in his annual address that Moscow was suspending its participation, though not withdrawing. Inspections had already been halted since the pandemic. Data exchanges stopped.

"It is a treaty on life support, with the Kremlin holding the plug," said Anneliese Brandt, a Vienna-based arms-control analyst. "Washington is still, more or less, observing the limits. Nobody is checking."

The unravelling of the arms-control architecture between the two nuclear superpowers has been gradual but relentless. The Intermediate-Range Nuclear Forces Treaty, signed by Ronald Reagan and Mikhail Gorbachev in Washington in December 1987, eliminated an entire class of missiles. It ended in August 2019, after the Trump administration accused Russia of violating it and gave formal notice of withdrawal.

The Open Skies Treaty, which allowed unarmed observation flights over members' territory, went next: the United States left in 2020 and Russia followed a year later, leaving the remaining European members to fly over one another.

Officials in both capitals say, publicly at least, that they are open to talking. In practice, Washington has tied any new negotiation to China's participation, which Beijing has flatly refused, and Moscow has linked any return to New START to Western support for Ukraine.

"We are further from a successor agreement today than at any point since the 1960s," said a senior American official who spoke on condition of anonymity, citing the sensitivity of the issue.

The calendar adds its own pressure. If nothing replaces New START before it expires, the two countries will have no binding limits on their strategic arsenals for the first time in half a century. Diplomats in Geneva, where the two sides once met several times a year for technical consultations, say the meeting rooms have stood empty for months.

Gorbachev, who died in 2022, spent his last years lamenting the collapse of the system he helped build. In an interview shortly before his death, he said the lesson of the 1980s was "that enemies can sign things too."

For Brandt, the nightmare is not a sudden crisis but a slow drift: no limits, no inspections, no channel. "Arms control is boring," she said. "That is the point. You only notice it when it is gone."
""", {
 "countries": ["USA", "RUS", "SUN", "CHN", "UKR"],
 "persons": [
  {"name": "Barack Obama", "aliases": [], "nationality": "USA"},
  {"name": "Dmitry Medvedev", "aliases": [], "nationality": "RUS"},
  {"name": "Vladimir Putin", "aliases": [], "nationality": "RUS"},
  {"name": "Anneliese Brandt", "aliases": ["Brandt"]},
  {"name": "Ronald Reagan", "aliases": [], "nationality": "USA"},
  {"name": "Mikhail Gorbachev", "aliases": ["Gorbachev"], "nationality": "SUN"}
 ],
 "not_persons": ["Spanish Hall"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "New START", "aliases": ["New START treaty"], "parties": ["USA", "RUS"], "date": "2010-04", "status": "suspended"},
  {"name": "Intermediate-Range Nuclear Forces Treaty", "aliases": [], "parties": ["USA", "SUN"], "date": "1987-12", "status": "terminated"},
  {"name": "Open Skies Treaty", "aliases": [], "parties": ["USA", "RUS"], "date": None, "status": "withdrawn"}
 ]
})

A("feat-008", "Missing diplomat found in hospital, ending three days of speculation", "1987-10-05", "Wire service, Paris bureau", """
PARIS — A Polish diplomat whose disappearance last week set off rumours in the French press that he had sought asylum in the West was found on Saturday in a hospital in the suburb of Créteil, where he had been admitted unconscious after a road accident, French police said.

Krzysztof Wiśniewski, 44, a cultural attaché at the Polish embassy in Paris, had not been seen since leaving the embassy on Wednesday evening. By Friday, two French newspapers were reporting, citing unnamed sources, that he had "chosen freedom" and was being debriefed by French intelligence.

The reality was more prosaic. Wiśniewski had been struck by a delivery van while crossing a road near the Porte de Charenton and was taken to hospital without identity papers, which police later found in a gutter nearby. He regained consciousness on Friday night and gave his name to a nurse.

"He is tired and bruised and very embarrassed by all this attention," said the embassy's press counsellor, Andrzej Kowalczyk, at a brief news conference on Sunday. "He has two broken ribs, and he would like to read the newspapers that said he defected. He thinks it will make him laugh, which is painful with broken ribs."

A spokesman for the Paris prefecture of police, Jean-Luc Marchand, confirmed the account and said there had been "no request of any kind" from the diplomat to French authorities.

The episode reflected the nervous atmosphere surrounding East-bloc missions in Western capitals. Several Polish officials and sailors have sought asylum in the West since martial law was imposed in 1981, and Warsaw has become acutely sensitive to such cases.

Kowalczyk said the embassy had been "flooded with telephone calls" from journalists and, he added pointedly, "from certain Western services who seemed very disappointed."

Wiśniewski's wife, Ewa, who had flown in from Warsaw on Friday believing her husband was missing, was at his bedside on Sunday. She told a Polish radio correspondent that she had "never believed a word" of the reports.

A French foreign ministry official, asked on Sunday whether the government had been consulted during the search, said only that France had "assisted a foreign mission in locating a missing member of its staff, as we would for any country." He declined to comment on the newspaper reports, one of which had quoted an anonymous "senior official" describing the attaché as "a valuable catch."

The attaché, who has served in Paris since 1985 and organised several exhibitions of contemporary Polish art, is expected to remain in hospital for at least a week.
""", {
 "countries": ["POL", "FRA"],
 "persons": [
  {"name": "Krzysztof Wiśniewski", "aliases": ["Wiśniewski"], "nationality": "POL"},
  {"name": "Andrzej Kowalczyk", "aliases": ["Kowalczyk"], "nationality": "POL"},
  {"name": "Jean-Luc Marchand", "aliases": [], "nationality": "FRA"},
  {"name": "Ewa", "aliases": [], "nationality": "POL"}
 ],
 "not_persons": [],
 "embassies": [{"sending": "POL", "host": "FRA", "city": "Paris"}],
 "defections": [],
 "agreements": []
})

A("feat-009", "From Asmara to Utrecht: an Eritrean diplomat's long way round", "2012-07-07", "Feature, international news agency", """
UTRECHT, Netherlands — The asylum interview lasted nine hours. Tesfay Gebremedhin remembers the number because the Dutch official kept apologising for it. "She said, 'I am sorry this is so long,'" he recalled. "I said, 'Madam, I have been waiting twelve years to say these things. Nine hours is nothing.'"

Tesfay, 46, now works as an interpreter for a Dutch municipal health service and lives with his wife and two sons in a terraced house on the edge of the city. The sons, aged 9 and 12, are, he says, "completely Dutch, except for the food."

His life before that had been bound up with the Eritrean state almost from its birth. He fought in the independence war as a teenager, joined the new Foreign Ministry in Asmara in 1994, and by 2006 was a second secretary at the Eritrean embassy in Nairobi, covering Somalia and refugee affairs.

It was that last portfolio, he says, that undid him. Part of his job was to persuade Eritreans in Kenya who had fled national service to "regularise" their status — which, he came to believe, meant identifying them for the security services. "I was asked to make lists of my own people," he said. "At some point you cannot do it anymore."

In June 2009 he left Nairobi by bus with his family, telling colleagues he was taking leave. They crossed into Uganda at Malaba and stayed for seven weeks with an acquaintance in Kampala, while a relative in Europe arranged tickets. From Entebbe they flew to Amsterdam, where they asked for asylum at Schiphol.

The embassy in Nairobi, he later heard, described him as a thief who had absconded with consular fees. The Eritrean government has repeatedly dismissed defectors as criminals or agents of foreign powers. Its information ministry did not respond to questions for this article.

Tesfay is hardly alone. Each year thousands of young Eritreans cross into Ethiopia and Sudan to escape open-ended conscription, and the national football team has lost players on nearly every trip abroad. His own cousin, Ermias Haile, a midfielder, slipped away from the team hotel during a regional tournament in Tanzania in December 2009 and was later resettled in Australia as a refugee.

"When my cousin left, my mother called me and said, 'Now there are two traitors in the family,'" Tesfay said. "She was laughing. I think she was proud."

His mother still lives in Asmara. He sends money through a network of shopkeepers and speaks to her rarely, because he suspects the line is monitored.

He has written an account of his years in the foreign service, which a small Dutch publisher will release in the autumn under the title "The List." He says it names no one who is still inside the country.
""", {
 "countries": ["NLD", "ERI", "KEN", "SOM", "UGA", "ETH", "SDN", "TZA", "AUS"],
 "persons": [
  {"name": "Tesfay Gebremedhin", "aliases": ["Tesfay"], "nationality": "ERI"},
  {"name": "Ermias Haile", "aliases": [], "nationality": "ERI"}
 ],
 "not_persons": ["The List"],
 "embassies": [{"sending": "ERI", "host": "KEN", "city": "Nairobi"}],
 "defections": [
  {"defector": "Tesfay Gebremedhin", "from": "ERI", "to": "NLD", "post_host": "KEN", "date": "2009-06", "position": "second secretary"},
  {"defector": "Ermias Haile", "from": "ERI", "to": "AUS", "post_host": None, "date": "2009-12", "position": "midfielder"}
 ],
 "agreements": []
})
