ARTICLES = []
def A(id, title, published, source, text, gold):
    ARTICLES.append(({"id": id, "title": title, "published": published, "source": source, "text": text}, gold))

A("feat-020", "Behind the gates on Sixteenth Street", "1988-03-07", "Washington newspaper, Style section", """
WASHINGTON — The Soviet embassy on Sixteenth Street has a ballroom with gilded mirrors, a portrait of Lenin above the fireplace and, according to those who have been inside recently, the worst coffee in the capital.

"They have wonderful caviar, wonderful vodka and coffee you could use to strip paint," said a State Department protocol officer who has attended a dozen receptions there. "I think it's deliberate. They don't want you to stay."

For most Washingtonians, the mansion — built for the widow of a railway magnate and bought by the tsar's government in 1913 — is simply a grand building with heavy curtains and a lot of antennas on the roof. But in the era of Mikhail Gorbachev, it has become, to the surprise of its neighbours, almost sociable.

Since the Washington summit in December, when Soviet officials hosted a reception for American businessmen and celebrities, the embassy has thrown open its doors with unusual frequency: a film evening, a poetry reading by a visiting Georgian poet, even a children's New Year party to which, for the first time, some American families were invited.

"Five years ago, if you had told me I would be eating blini in that building with my kids, I'd have said you were crazy," said Karen Whitfield, a lawyer who lives three blocks away.

Much of the change is credited to the ambassador, Yuri Dubinin, who arrived in 1986 and has cultivated a more open style than his predecessors. His wife, Liana, a linguist, organises a monthly cultural evening that has become a modest hit with the diplomatic corps.

Not everything has changed. Staff still live in a separate apartment complex in the northwest of the city, on Mount Alto, and travel in pairs. Embassy employees are forbidden from venturing more than 25 miles from the city without notice, a restriction the State Department imposes in retaliation for similar rules on American diplomats in Moscow.

And there is the matter of the other embassy. The new American chancery in the Soviet capital, riddled with listening devices planted during construction, sits empty while the two governments argue over what to do with it. The Soviet side, for its part, complains of eavesdropping on its compound here.

"Everyone listens to everyone," said a Soviet press officer, Sergei Volodin, with a practised smile. "At least here we serve refreshments."

On the shelves of the embassy's small reading room, among volumes of Lenin and Pushkin, a visitor last week spotted a well-thumbed copy of "Comrade Kolya," a spy thriller by an American novelist in which the Soviet embassy here is the setting for a fictional defection. Asked about it, Volodin laughed. "It is a very bad book," he said. "We keep it as a warning to authors."
""", {
 "countries": ["SUN", "USA"],
 "persons": [
  {"name": "Lenin", "aliases": []},
  {"name": "Mikhail Gorbachev", "aliases": [], "nationality": "SUN"},
  {"name": "Karen Whitfield", "aliases": [], "nationality": "USA"},
  {"name": "Yuri Dubinin", "aliases": [], "nationality": "SUN"},
  {"name": "Liana", "aliases": [], "nationality": "SUN"},
  {"name": "Sergei Volodin", "aliases": ["Volodin"], "nationality": "SUN"},
  {"name": "Pushkin", "aliases": []}
 ],
 "not_persons": ["Comrade Kolya", "State Department"],
 "embassies": [
  {"sending": "SUN", "host": "USA", "city": "Washington"},
  {"sending": "USA", "host": "SUN", "city": "Moscow"}
 ],
 "defections": [],
 "agreements": []
})

A("feat-021", "Han Song-i's four borders", "2010-09-14", "British newspaper, magazine supplement", """
NEW MALDEN, England — In the supermarket on the high street, between the kimchi and the frozen dumplings, Han Song-i points to a brand of instant noodles. "This one," she says, "I ate in a cellar in Laos for nine days. I cannot look at it now."

Han, 29, lives in this south-west London suburb, home to the largest Korean community in Europe and, increasingly, to a few hundred North Koreans. She works as a receptionist at a dental practice and is studying accountancy at night. She moved here in 2008.

She tells her story out of sequence, circling back and forth, as many survivors do. Her father died in the famine of the late 1990s. Her mother, Choi Kyong-ae, sold dried fish in the market in Hyesan. Han herself crossed the frozen Yalu — "it was not the Yalu, it was a small part, but everyone says Yalu" — into China in January 2003, at the age of 21, paying a broker with money her mother had saved for two years.

What followed was nearly three years in China, the first of them with a farmer's family in Jilin province who had, in effect, bought her. She escaped in 2005 and found her way to a church shelter run by Jin Chengzhe, an ethnic Korean pastor with Chinese citizenship, who arranged her onward journey. "Pastor Jin never asked for money," she said. "He asked me to pray. I did not know how. He said that was fine."

The route led south by bus and train to Yunnan, across the border into Laos with four other women, through the jungle to the Mekong, and across the river to Thailand. There the group gave themselves up to Thai police, were held in an immigration detention centre in Bangkok for two months, and were flown to Seoul in February 2006.

In South Korea she received citizenship, a small resettlement grant and, she says, "a feeling that everybody was looking at my accent." She lasted two years. In 2008 she came to Britain, one of a number of North Koreans who moved on from the South, some of whom later ran into trouble with British immigration rules because they already held South Korean passports. Han entered legally and has permission to remain.

Her mother followed her out of North Korea in 2007, crossing into China and then travelling through Mongolia to reach South Korea, where she now lives in Incheon. The two speak by internet telephone every Sunday.

Han has written a short memoir, "Rivers I Crossed," which was published in Korean last year and is being translated into English. It ends not with her arrival in Seoul but in a church hall in New Malden, where she is teaching a group of children the words of a song from her hometown.

"They are British children," she said. "They sing it with a London accent. It is very funny, and a little sad."
""", {
 "countries": ["PRK", "GBR", "CHN", "LAO", "THA", "KOR", "MNG"],
 "persons": [
  {"name": "Han Song-i", "aliases": ["Han"], "nationality": "PRK"},
  {"name": "Choi Kyong-ae", "aliases": [], "nationality": "PRK"},
  {"name": "Jin Chengzhe", "aliases": ["Pastor Jin"], "nationality": "CHN"}
 ],
 "not_persons": ["Rivers I Crossed"],
 "embassies": [],
 "defections": [
  {"defector": "Han Song-i", "from": "PRK", "to": "KOR", "post_host": None, "date": "2003-01", "position": None},
  {"defector": "Choi Kyong-ae", "from": "PRK", "to": "KOR", "post_host": None, "date": "2007", "position": "market trader"}
 ],
 "agreements": []
})

A("feat-022", "Hwang Jang-yop reaches Seoul after 67-day odyssey", "1997-04-20", "Wire service, Seoul bureau", """
SEOUL — Hwang Jang-yop, the architect of North Korea's ruling ideology and the most senior official ever to flee the communist state, arrived in Seoul on Sunday, ending a diplomatic odyssey that had kept him in limbo in two foreign countries for more than two months.

Hwang, 74, stepped off a South Korean air force plane at a military airport south of the capital looking tired but composed. He bowed slightly to waiting officials, then read a brief statement in which he apologised to "the people of the South" for his past role and said he had come "to help prevent war."

He was accompanied by his longtime aide, Kim Tok-hong, 59, who left North Korea with him.

The two men walked into the consular section of the South Korean embassy in Beijing on Feb. 12, on their way home from a visit to Japan, and asked for asylum. Their arrival set off a tense standoff with Pyongyang, which first claimed Hwang had been kidnapped and later declared, in a terse statement, that "a coward may go wherever he wants."

China, caught between its treaty ally and its growing economic ties with Seoul, took five weeks to decide what to do. Beijing finally allowed the two men to leave on March 18, on condition that they first go to a third country. They were flown to the Philippines, where they spent a month at a guarded resort north of Manila, watched over by Philippine security officers.

Officials in Seoul said Philippine President Fidel Ramos had agreed to host the men as a personal favour to President Kim Young-sam. Ramos, a West Point graduate with long experience of security matters, was said to have taken a close personal interest in the arrangements.

Hwang's defection has been hailed in South Korea as an intelligence coup. As a former president of Kim Il Sung University and a secretary of the ruling Workers' Party, he is believed to possess detailed knowledge of the North's leadership, including Kim Jong Il, who has ruled since his father's death in 1994.

But analysts cautioned that his value may lie more in symbolism than secrets. "He was an ideologue, not a general," said a Western diplomat in Seoul. "He knows how they think. He may not know where the missiles are."

Hwang left behind a wife, children and grandchildren in Pyongyang. South Korean officials said they had no information on their fate. Asked about his family on Sunday, Hwang said nothing and was led to a waiting car.

He will be questioned by South Korean intelligence for several weeks before making any further public appearance, officials said.
""", {
 "countries": ["PRK", "KOR", "CHN", "JPN", "PHL"],
 "persons": [
  {"name": "Hwang Jang-yop", "aliases": ["Hwang"], "nationality": "PRK"},
  {"name": "Kim Tok-hong", "aliases": [], "nationality": "PRK"},
  {"name": "Fidel Ramos", "aliases": ["Ramos"], "nationality": "PHL"},
  {"name": "Kim Young-sam", "aliases": [], "nationality": "KOR"},
  {"name": "Kim Jong Il", "aliases": [], "nationality": "PRK"}
 ],
 "not_persons": ["Kim Il Sung University", "Workers' Party", "West Point"],
 "embassies": [{"sending": "KOR", "host": "CHN", "city": "Beijing"}],
 "defections": [
  {"defector": "Hwang Jang-yop", "from": "PRK", "to": "KOR", "post_host": None, "date": "1997-02-12", "position": "secretary of the Workers' Party"},
  {"defector": "Kim Tok-hong", "from": "PRK", "to": "KOR", "post_host": None, "date": "1997-02-12", "position": "aide"}
 ],
 "agreements": []
})

A("feat-023", "Four years on, the deal that Tehran and the world built is fraying at every seam", "2019-11-22", "International news analysis", """
It took twenty months of haggling in hotel ballrooms in Lausanne and Vienna, and at least one all-night session that ended with a foreign minister dozing in a chair. When the Joint Comprehensive Plan of Action was finally concluded in July 2015, the Islamic Republic and the six powers across the table — the United States, Britain, France, Germany, China and Russia — all declared victory.

The deal traded limits on Iran's nuclear programme for relief from sanctions. Mohammad Javad Zarif, Iran's foreign minister, and John Kerry, the American secretary of state, had spent more time with each other than with most of their own colleagues. "We had become, in a strange way, the two people who understood the deal best," Kerry later wrote.

Its unravelling began in May 2018, when President Donald Trump announced that Washington was pulling out and reimposing sanctions. The other signatories said they would stay. Europe promised a mechanism to keep trade flowing; it has barely functioned.

Since May this year, Tehran has responded by stepping back from its commitments in stages — exceeding limits on enriched uranium stockpiles, raising enrichment levels and, earlier this month, resuming enrichment at the underground Fordow facility. Iranian officials insist each step is reversible and that the country remains, formally, a party to the agreement.

"The Iranians are doing exactly what the deal allows — in their reading," said Dr. Farideh Karimi-Nasab, an Iran specialist at a London research institute. "The Americans say that the deal no longer exists. The Europeans say it exists but cannot do anything. Everyone is right, and the deal is dying."

The diplomatic machinery built around the agreement remains in place. The joint commission of the remaining parties still meets in Vienna, and European diplomats say they have not given up. But President Hassan Rouhani's government faces pressure at home from hard-liners who argue that the deal was a trap, and the economic pain of sanctions has fuelled protests, including this week's unrest over fuel prices.

The agreement was itself built on an earlier, interim arrangement — the Joint Plan of Action reached in Geneva in November 2013 — which froze parts of the programme while talks continued. Negotiators at the time described that first step as "the hardest."

Looking back, one European diplomat who took part in the Vienna talks said the most difficult issue was never centrifuges. "It was trust," he said. "We had to build a machine that worked without it. That machine is now being taken apart, bolt by bolt."
""", {
 "countries": ["IRN", "USA", "GBR", "FRA", "DEU", "CHN", "RUS"],
 "persons": [
  {"name": "Mohammad Javad Zarif", "aliases": [], "nationality": "IRN"},
  {"name": "John Kerry", "aliases": ["Kerry"], "nationality": "USA"},
  {"name": "Donald Trump", "aliases": [], "nationality": "USA"},
  {"name": "Farideh Karimi-Nasab", "aliases": ["Dr. Farideh Karimi-Nasab"]},
  {"name": "Hassan Rouhani", "aliases": [], "nationality": "IRN"}
 ],
 "not_persons": ["Fordow"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Joint Comprehensive Plan of Action", "aliases": ["the deal", "the agreement"], "parties": ["IRN", "USA", "GBR", "FRA", "DEU", "CHN", "RUS"], "date": "2015-07", "status": "withdrawn"},
  {"name": "Joint Plan of Action", "aliases": ["interim arrangement"], "parties": ["IRN", "USA", "GBR", "FRA", "DEU", "CHN", "RUS"], "date": "2013-11", "status": None}
 ]
})

A("feat-024", "A Libyan exile weighs going home", "2004-06-30", "Feature, Washington-area newspaper", """
FAIRFAX, Va. — For twenty-four years, Mansour al-Obeidi has kept a suitcase packed in the hall closet of his townhouse. His wife calls it "the Tripoli suitcase." He has never opened it, and he is not sure what is inside anymore.

This week, with the United States and Libya moving toward full diplomatic relations for the first time in a generation and an American liaison office already operating in Tripoli, the suitcase has started to seem less like a joke.

"People call me and say, 'Mansour, now you can go back,'" said al-Obeidi, 61, who runs a small accounting firm in a strip mall here. "I tell them: the same man is in charge. He has only changed his clothes."

The man is Moammar Gadhafi, and al-Obeidi's history with him is long and unhappy. A graduate of the university in Benghazi, he joined the Libyan foreign service in the early 1970s and by 1980 was an administrative secretary at the Libyan People's Bureau in Rome — the name Gadhafi's government gave its embassies.

That year, the Libyan leader's revolutionary committees began calling exiled opponents "stray dogs" and dispatching hit squads to kill them. Several were shot in Italian cities that spring. Al-Obeidi, who says he was ordered to help compile addresses of Libyan students and businessmen in Italy, went instead to the Italian police in May 1980 and asked for protection.

He spent four months in a safe house in the hills outside Rome, he says, guarded by carabinieri who taught him to play scopa. In September he was flown to the United States, which granted him asylum.

His wife, Fatima, and their two young sons were still in Tripoli. It took four years, and the intervention of an American congressman's office, before they were allowed to leave and join him.

Al-Obeidi has watched the past six months with a mix of hope and suspicion. Since Libya announced in December that it would give up its weapons programmes, Western leaders have lined up to visit. British Prime Minister Tony Blair met Gadhafi in a tent outside Tripoli in March. American sanctions have been eased.

"I am happy for the Libyan people if this means more food, more medicine, more freedom," he said. "But I read the Green Book when I was young. I know what it says about people like me."

His sons, now in their thirties, are American in everything but name. One is a software engineer; the other teaches high-school history. Neither has been to Libya since childhood.

Would he go back, even for a visit? Al-Obeidi looked toward the hall closet. "Ask me next year," he said.
""", {
 "countries": ["USA", "LBY", "ITA", "GBR"],
 "persons": [
  {"name": "Mansour al-Obeidi", "aliases": ["al-Obeidi", "Mansour"], "nationality": "LBY"},
  {"name": "Moammar Gadhafi", "aliases": ["Gadhafi"], "nationality": "LBY"},
  {"name": "Fatima", "aliases": [], "nationality": "LBY"},
  {"name": "Tony Blair", "aliases": [], "nationality": "GBR"}
 ],
 "not_persons": ["Green Book", "People's Bureau"],
 "embassies": [
  {"sending": "USA", "host": "LBY", "city": "Tripoli"},
  {"sending": "LBY", "host": "ITA", "city": "Rome"}
 ],
 "defections": [
  {"defector": "Mansour al-Obeidi", "from": "LBY", "to": "USA", "post_host": "ITA", "date": "1980-05", "position": "administrative secretary"}
 ],
 "agreements": []
})

A("feat-025", "The new wave: why Pyongyang's diplomats keep leaving", "2026-02-10", "Seoul-based news magazine, cover story", """
SEOUL — The photograph on the Ministry of Unification's internal briefing slide is deliberately blurred: a man in his fifties, in a grey suit, standing in front of a palm tree. Until last November, he was a counselor at the North Korean embassy in Havana. Today he lives somewhere in the Seoul area under a new name, and officials will say only that he is "adjusting well."

His name, according to two people familiar with the case, is Ri Chol-min, and he is the most senior of at least four North Korean diplomats and trade officials known to have reached the South over the past three years.

The timeline of his escape remains sketchy. What is known is that Ri left Havana with his wife, Kim Yong-sil, and their teenage daughter, flew to a third country in Latin America and presented themselves to South Korean diplomats there. The ministry has declined to say which country. The family arrived in Seoul before Christmas.

His case echoes that of Ri Il Kyu, another counselor in Cuba, who fled to the South in November 2023 and has since become a frequent television commentator. The two men, a ministry official said, did not know each other well.

In the summer of 2024, Jang Hyon-u, a trade official attached to the North Korean consulate general in Vladivostok, failed to return from a business trip. He resurfaced months later in Seoul, having travelled, according to his own brief statement, "through countries I will not name." His wife stayed behind in Pyongyang.

Then there is O Kum-hui, a former interpreter at the North Korean embassy in Kuwait, whose departure in 2019 was kept quiet for years and only confirmed last spring. She now works for a think tank in Seoul.

"What we are seeing is not a flood but a steady drip," said Park Sun-young, a former official at the National Intelligence Service who now lectures at Ewha Womans University. "Sanctions have made it harder for missions to earn money. Diplomats are under enormous pressure to generate hard currency. When they fail, they fear recall. When they fear recall, some of them run."

Officials in Seoul say the new arrivals have provided useful information about the North's overseas revenue networks, including arms sales and cyber operations, though they decline to give details.

Pyongyang has not commented on any of the cases publicly. State media have in the past dismissed defectors as "human scum" who fled to escape punishment for crimes.

For the families, the costs are enduring. Ri Chol-min's elderly parents remain in North Korea. Ri, in a written answer to questions passed through an intermediary, said only: "I chose a future for my daughter. I could not choose one for my mother."

Park, the former intelligence official, says the numbers are likely to rise. "These are people who have seen the outside world," she said. "Once you have seen it, it is very difficult to unsee it."
""", {
 "countries": ["PRK", "KOR", "CUB", "RUS", "KWT"],
 "persons": [
  {"name": "Ri Chol-min", "aliases": ["Ri"], "nationality": "PRK"},
  {"name": "Kim Yong-sil", "aliases": [], "nationality": "PRK"},
  {"name": "Ri Il Kyu", "aliases": [], "nationality": "PRK"},
  {"name": "Jang Hyon-u", "aliases": [], "nationality": "PRK"},
  {"name": "O Kum-hui", "aliases": [], "nationality": "PRK"},
  {"name": "Park Sun-young", "aliases": ["Park"], "nationality": "KOR"}
 ],
 "not_persons": ["Ewha Womans University", "National Intelligence Service", "Ministry of Unification"],
 "embassies": [
  {"sending": "PRK", "host": "CUB", "city": "Havana"},
  {"sending": "PRK", "host": "RUS", "city": "Vladivostok"},
  {"sending": "PRK", "host": "KWT"}
 ],
 "defections": [
  {"defector": "Ri Chol-min", "from": "PRK", "to": "KOR", "post_host": "CUB", "date": "2025-11", "position": "counselor"},
  {"defector": "Kim Yong-sil", "from": "PRK", "to": "KOR", "post_host": "CUB", "date": "2025-11", "position": None},
  {"defector": "Ri Il Kyu", "from": "PRK", "to": "KOR", "post_host": "CUB", "date": "2023-11", "position": "counselor"},
  {"defector": "Jang Hyon-u", "from": "PRK", "to": "KOR", "post_host": "RUS", "date": "2024", "position": "trade official"},
  {"defector": "O Kum-hui", "from": "PRK", "to": "KOR", "post_host": "KWT", "date": "2019", "position": "interpreter"}
 ],
 "agreements": []
})

A("feat-026", "At the edge of the base, a line of boats and no names", "1994-08-30", "Wire service, Guantánamo Bay dispatch", """
GUANTÁNAMO BAY NAVAL BASE, Cuba — The boats come in at all hours now, but mostly at dawn: inner tubes lashed to doors, a fishing skiff with a bedsheet sail, a raft made from oil drums and a tractor tyre. The Coast Guard cutters that intercept them in the Florida Straits no longer take the passengers to Key West. They bring them here.

By Monday, more than 14,000 Cubans were being held in tent cities on this American base at the south-eastern tip of the island, and the Pentagon was preparing for twice that number. The Clinton administration's decision this month to end the automatic admission of Cuban rafters to the United States has turned the base into a vast holding pen with no obvious exit.

Reporters were allowed a three-hour tour on Sunday under escort. The rules, set by the military, were strict: no interviews with individuals by name, no photographs of faces. Officials said some of the people in the camps still had relatives in Cuba who could face reprisals.

Inside the wire, the atmosphere swung between boredom and anger. Men played dominoes on upturned crates. A woman hung laundry on a guy rope. Near the water tanks, a crowd chanted "Libertad!" until a Navy officer with a megaphone asked them, in careful Spanish, to be patient.

"These people thought they were going to Miami," said Captain Robert Hale, a Navy spokesman. "They're not going to Miami. Our job is to keep them safe, fed and healthy while the politicians figure out what happens next."

What happens next is far from clear. The exodus began after Fidel Castro said earlier this month that his government would no longer stop people from leaving by sea, a move widely seen as an attempt to pressure Washington. Cuban and American officials are expected to meet in New York next week to discuss migration, though neither side has said what it hopes to achieve.

In Miami, exile leaders have denounced the new policy as a betrayal. José Basulto, whose Brothers to the Rescue group flies search missions over the straits, said his pilots had spotted dozens of rafts on Sunday alone. "They are still coming," he said. "Nothing Washington says will stop a man who has decided."

Back on the base, a chaplain, Father Michael Sheehan, said he had baptised three infants born in the camps since last week. "Their parents ask me what nationality the babies are," he said. "I tell them I am a priest, not a lawyer."
""", {
 "countries": ["CUB", "USA"],
 "persons": [
  {"name": "Robert Hale", "aliases": ["Captain Robert Hale"], "nationality": "USA"},
  {"name": "Fidel Castro", "aliases": [], "nationality": "CUB"},
  {"name": "José Basulto", "aliases": []},
  {"name": "Michael Sheehan", "aliases": ["Father Michael Sheehan"]},
  {"name": "Clinton", "aliases": []}
 ],
 "not_persons": ["Brothers to the Rescue", "Coast Guard", "Pentagon"],
 "embassies": [],
 "defections": [],
 "agreements": []
})

A("feat-027", "The voice from Van: an Iranian journalist on air in Toronto", "2008-05-05", "Canadian newspaper, weekend profile", """
TORONTO — At 10 p.m. on Thursdays, Parisa Rahimi leans into a microphone in a cramped studio above a Persian grocery on Yonge Street and says, in Farsi, "Good evening, wherever you are."

Her listeners are scattered across North America, Europe and — via satellite and the internet, despite the filters — Iran. The programme, a mix of news, poetry and call-ins, has run for three years on a community station. She is paid, she says, "in sweets and phone calls."

Rahimi, 38, was once a reporter at Ruzegar-e No, a reformist daily in Tehran that was shut down by the judiciary in 2000 along with more than a dozen other papers. In the months that followed, several of her colleagues were arrested. Her husband, Kaveh Sadeghi, a translator, was detained for 40 days for distributing a banned pamphlet.

She left in the spring of 2001, taking a bus to the north-western border crossing at Bazargan with a single bag and the address of a cousin in Istanbul. She never made it to Istanbul. Instead, on the advice of a lawyer, she registered with the United Nations refugee agency in the eastern Turkish city of Van and waited.

The wait lasted nearly two years. She taught English to other refugees' children and wrote long letters to her husband, most of which, she later learned, never arrived. In February 2003 she was resettled in Canada.

Kaveh joined her in 2006, after he was released from a travel ban and left Iran on his own passport. They live in North York with their two-year-old son.

Among the guests Rahimi has interviewed on air, one stands out for her: Amir Hossein Jahanbakhsh, a former cultural attaché at the Iranian embassy in Ottawa, who asked the Canadian government for asylum in 2005 and has since become a vocal critic of the authorities in Tehran. "He came on the show and apologised to the journalists he had once reported on," she said. "Not to me personally — I never met him before. But to my profession. I cried a little. Off air."

Iranian officials have described Jahanbakhsh as a disgruntled employee who was about to be dismissed. The Iranian embassy did not respond to a request for comment for this article.

Rahimi says she does not know if she will ever go back. Her mother, in Isfahan, visits once a year, flying to Toronto via Frankfurt. "She brings saffron and complaints," Rahimi said. "Both are very Iranian. Both are very welcome."
""", {
 "countries": ["CAN", "IRN", "TUR"],
 "persons": [
  {"name": "Parisa Rahimi", "aliases": ["Rahimi"], "nationality": "IRN"},
  {"name": "Kaveh Sadeghi", "aliases": ["Kaveh"], "nationality": "IRN"},
  {"name": "Amir Hossein Jahanbakhsh", "aliases": ["Jahanbakhsh"], "nationality": "IRN"}
 ],
 "not_persons": ["Ruzegar-e No"],
 "embassies": [{"sending": "IRN", "host": "CAN", "city": "Ottawa"}],
 "defections": [
  {"defector": "Parisa Rahimi", "from": "IRN", "to": "CAN", "post_host": None, "date": "2001", "position": "reporter"},
  {"defector": "Amir Hossein Jahanbakhsh", "from": "IRN", "to": "CAN", "post_host": "CAN", "date": "2005", "position": "cultural attaché"}
 ],
 "agreements": []
})

A("feat-028", "Bear and dragon draft a friendship on paper", "2000-12-01", "News analysis, Moscow bureau", """
MOSCOW — Half a century after Stalin and Mao Zedong sealed their alliance in the Kremlin, the heirs of both men are drafting a new treaty — one that its authors insist will be a partnership, not an alliance, and that will be aimed, as one Russian diplomat put it, "at nobody in particular, and at Washington in general."

Negotiators from the two foreign ministries have been meeting regularly since the summer, when President Vladimir Putin and President Jiang Zemin agreed in principle to a new framework treaty on good-neighbourliness and cooperation. Officials on both sides say the text is nearly complete and could be signed when Jiang visits Moscow next year.

"It will not be 1950," said a senior Russian official familiar with the talks, speaking on condition of anonymity. "We are not promising to go to war for each other. We are promising not to go to war with each other, which, given our history, is already a great deal."

The 1950 pact — the Treaty of Friendship, Alliance and Mutual Assistance — bound the young People's Republic to the Soviet Union in a military alliance that soured within a decade into bitter rivalry. The Chinese side allowed it to expire in 1980, after years in which troops of the two communist giants faced each other across the Ussuri River and fought deadly skirmishes in 1969.

The thaw began under Mikhail Gorbachev, who travelled to Beijing in May 1989, and it was sealed in part by an agreement on the eastern section of the border, signed in Moscow in May 1991, months before the Soviet Union itself disappeared. That accord, which Russia inherited, resolved most of the frontier but left a few islands in dispute.

The new treaty is expected to include pledges of non-aggression, cooperation against "separatism and terrorism," and mutual respect for territorial integrity — language that Beijing values for Taiwan and Moscow for Chechnya.

Western analysts are divided over its significance. "It's a document that formalises what already exists — a marriage of convenience between two powers irritated by American dominance," said Dr. Helen Carver, a specialist on Sino-Russian relations at a British university. "Neither side trusts the other enough for anything more."

Russian officials bristle at that characterisation. "We share 4,300 kilometres of border," the senior official said. "Convenience is not a small thing when it is that long."

In Beijing, a foreign ministry spokesman, Zhu Bangzao, said this week that the talks were proceeding "in a friendly and constructive atmosphere," the customary phrase for negotiations that have not yet broken down.
""", {
 "countries": ["RUS", "CHN", "SUN", "USA", "GBR"],
 "persons": [
  {"name": "Stalin", "aliases": [], "nationality": "SUN"},
  {"name": "Mao Zedong", "aliases": [], "nationality": "CHN"},
  {"name": "Vladimir Putin", "aliases": [], "nationality": "RUS"},
  {"name": "Jiang Zemin", "aliases": ["Jiang"], "nationality": "CHN"},
  {"name": "Mikhail Gorbachev", "aliases": [], "nationality": "SUN"},
  {"name": "Helen Carver", "aliases": ["Dr. Helen Carver"]},
  {"name": "Zhu Bangzao", "aliases": [], "nationality": "CHN"}
 ],
 "not_persons": [],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "treaty on good-neighbourliness and cooperation", "aliases": ["new treaty", "new framework treaty"], "parties": ["RUS", "CHN"], "date": None, "status": None},
  {"name": "Treaty of Friendship, Alliance and Mutual Assistance", "aliases": ["1950 pact"], "parties": ["CHN", "SUN"], "date": "1950", "status": "terminated"},
  {"name": "agreement on the eastern section of the border", "aliases": [], "parties": ["SUN", "CHN"], "date": "1991-05", "status": "signed"}
 ]
})

A("feat-029", "Doctors who crossed a border to cross another", "2013-10-08", "Feature, Miami Spanish-language daily (English edition)", """
HIALEAH, Fla. — Yanelis Cárdenas Rojas keeps two stethoscopes on the kitchen table: the battered one she carried for four years in the Venezuelan plains, and a new one she bought last month, the day she passed the first part of her American medical licensing exam.

"One for the past, one for the future," she said. "The past one still works better."

Cárdenas, 34, and her husband, Osmany Pérez Leyva, 36, are both Cuban doctors. Until last year they were part of the tens of thousands of medical workers Havana sends to Venezuela under an agreement signed by Fidel Castro and Hugo Chávez in 2000, which trades Cuban doctors, nurses and teachers for Venezuelan oil.

They were posted to a clinic in Barinas state, where, she says, they worked twelve-hour days, handed most of their salaries to the Cuban mission and were told not to socialise with local people. "We were proud of the medicine," she said. "We were not proud of being watched."

The couple had heard about a United States programme, begun in 2006, that offers Cuban medical personnel serving abroad a fast track to American residency if they apply at a U.S. embassy. One weekend in April 2012, telling their supervisor they were visiting another doctor, they took an overnight bus to San Antonio del Táchira and walked across the international bridge into Cúcuta, in Colombia.

There they were briefly detained for entering without proper documents. A Colombian migration officer, Diana Marcela Ortiz, whom Cárdenas describes as "an angel in a uniform," allowed them to contact a lawyer rather than being returned. They spent seven months in a rented room in Bogotá while their applications were processed at the American embassy there. They landed in Miami in November.

They are far from alone. Officials estimate that several thousand Cuban health workers have used the programme, most of them leaving from Venezuela. Among them is a friend from medical school, Dr. Rolando Iglesias, who left his post in Caracas and crossed into Brazil last year before flying to the United States.

Cuban officials call the programme a "brain-theft" scheme designed to sabotage the island's medical diplomacy. The Cuban government has in the past described doctors who leave as "deserters."

Cárdenas's parents remain in Holguín. Because she left a mission without permission, she says, she cannot return to Cuba for eight years. "My mother is 67," she said. "Eight years is a long time for a mother."

For now, the couple are studying — she for the next exam, he for his first — while working as medical assistants. They have papered the kitchen wall with anatomy flashcards. "In Cuba, we were doctors," Pérez said. "Here we are students again. It is humbling. It is also freedom."
""", {
 "countries": ["CUB", "VEN", "USA", "COL", "BRA"],
 "persons": [
  {"name": "Yanelis Cárdenas Rojas", "aliases": ["Cárdenas"], "nationality": "CUB"},
  {"name": "Osmany Pérez Leyva", "aliases": ["Pérez"], "nationality": "CUB"},
  {"name": "Fidel Castro", "aliases": [], "nationality": "CUB"},
  {"name": "Hugo Chávez", "aliases": [], "nationality": "VEN"},
  {"name": "Diana Marcela Ortiz", "aliases": [], "nationality": "COL"},
  {"name": "Rolando Iglesias", "aliases": ["Dr. Rolando Iglesias"], "nationality": "CUB"}
 ],
 "not_persons": [],
 "embassies": [{"sending": "USA", "host": "COL", "city": "Bogotá"}],
 "defections": [
  {"defector": "Yanelis Cárdenas Rojas", "from": "CUB", "to": "USA", "post_host": "VEN", "date": "2012-04", "position": "doctor"},
  {"defector": "Osmany Pérez Leyva", "from": "CUB", "to": "USA", "post_host": "VEN", "date": "2012-04", "position": "doctor"},
  {"defector": "Rolando Iglesias", "from": "CUB", "to": "USA", "post_host": "VEN", "date": "2012", "position": "doctor"}
 ],
 "agreements": [
  {"name": "Cuba-Venezuela oil-for-doctors agreement", "aliases": [], "parties": ["CUB", "VEN"], "date": "2000", "status": "signed"}
 ]
})
