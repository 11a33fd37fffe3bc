ARTICLES = []
def A(id, title, published, source, text, gold):
    ARTICLES.append(({"id": id, "title": title, "published": published, "source": source, "text": text}, gold))

A("feat-030", "A price for the Rainbow Warrior", "1986-07-14", "Pacific affairs correspondent, weekly review", """
AUCKLAND — A year after French agents sank the Greenpeace ship Rainbow Warrior in Auckland harbour, Paris and Wellington have finally put a price on the affair: an apology, seven million American dollars and three years on a coral atoll.

The settlement, reached last week after a ruling by the United Nations Secretary-General, Javier Pérez de Cuéllar, was formalised in an exchange of letters between the two governments on Wednesday. It ends a bitter dispute that had poisoned relations between France and one of its more unlikely adversaries, a small Pacific democracy that refuses to let nuclear-armed ships into its ports.

Under its terms, France will pay compensation to New Zealand and formally apologise for the bombing, which killed Fernando Pereira, a Portuguese-born photographer who was aboard when two mines exploded against the hull on July 10, 1985. New Zealand, for its part, will hand over the two French agents convicted over the attack — Major Alain Mafart and Captain Dominique Prieur — to be held on the French military base of Hao, in French Polynesia, for at least three years.

France has also undertaken not to oppose New Zealand's exports of butter and lamb to the European Community, which Wellington had accused Paris of blocking in retaliation.

"It is not justice," said one Greenpeace activist in Auckland. "It is a trade agreement with a body in it."

The government of David Lange has defended the deal as the best available. New Zealand, the prime minister told reporters, "could have kept two prisoners and lost an export market, or kept the market and let the prisoners go with conditions." Opposition politicians accused him of selling out.

In Paris, the government of Jacques Chirac, which inherited the affair from its Socialist predecessors, presented the settlement as a pragmatic close to "an unfortunate episode." French officials pointed out that the agents had been "acting under orders" and that the apology was "to the New Zealand government, not to Greenpeace."

The Rainbow Warrior itself was refloated last year and is expected to be scuttled off the Northland coast as an artificial reef.

Pereira's family, in the Netherlands, where he had lived for many years, said they had not been consulted. His daughter, Marelle, told a Dutch newspaper that "the governments have settled. We have not."

Whether the agreement holds will depend in part on what happens on Hao. Critics in New Zealand doubt that France will keep the two agents there for the full term. "We will see them in Paris within a year," predicted an editorial in The New Zealand Herald on Saturday. "And we will have the butter quota to comfort us."
""", {
 "countries": ["FRA", "NZL", "NLD", "PRT"],
 "persons": [
  {"name": "Javier Pérez de Cuéllar", "aliases": []},
  {"name": "Fernando Pereira", "aliases": ["Pereira"]},
  {"name": "Alain Mafart", "aliases": ["Major Alain Mafart"], "nationality": "FRA"},
  {"name": "Dominique Prieur", "aliases": ["Captain Dominique Prieur"], "nationality": "FRA"},
  {"name": "David Lange", "aliases": [], "nationality": "NZL"},
  {"name": "Jacques Chirac", "aliases": [], "nationality": "FRA"},
  {"name": "Marelle", "aliases": []}
 ],
 "not_persons": ["Rainbow Warrior", "Greenpeace", "The New Zealand Herald"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Rainbow Warrior settlement", "aliases": ["the settlement", "the deal", "the agreement"], "parties": ["FRA", "NZL"], "date": "1986-07-09", "status": "signed"}
 ]
})

A("feat-031", "The diplomats who said no", "2023-09-03", "European news magazine, long read", """
BERLIN — Kirill Zhuravlev's resignation letter ran to four lines. He still has a copy, printed on embassy letterhead, folded in a drawer with his old diplomatic passport and a Korean-Russian dictionary.

"I wanted to write a manifesto," he said. "In the end I wrote: 'I can no longer represent the policy of the Russian Federation. I request to be released from service.' Then I signed it and went home and was sick."

That was in March 2022, three weeks after Russian tanks crossed into Ukraine. Zhuravlev, then 39, was a counsellor at the Russian embassy in Seoul, where he had spent six years handling economic relations. His wife, Anastasia, worked as an interpreter for a South Korean trading company.

They left South Korea four days later, with two suitcases each, on a flight to Istanbul. From there they went to Tbilisi, where tens of thousands of Russians were then arriving to avoid the war and the mobilisation that would follow. "In Georgia, we were not exiles," he said. "We were just two more Russians in a café with a laptop."

It was in Tbilisi, over two months, that they decided not to go home. In June they flew to Berlin and applied for protection. Germany granted both of them residence on humanitarian grounds this year. He now works for a research institute on East Asian security; she teaches Korean at an adult-education college.

Zhuravlev is one of only a handful of Russian diplomats who have publicly broken with Moscow over the war. The best known, Boris Bondarev, a counsellor at Russia's mission to the United Nations in Geneva, resigned in May 2022 with a scathing public letter describing the invasion as a crime. He has remained in Switzerland.

"Boris was braver," Zhuravlev said. "He wrote his letter in public. I wrote mine in private and then ran."

The two men have met once, at a conference. They agreed, he said, that the diplomatic service they had joined — one that once prided itself on a certain professional cynicism — had become "a propaganda department with good wine."

Russian officials have not commented publicly on Zhuravlev's case. In Bondarev's, the foreign ministry said at the time that he "no longer works" for it.

Zhuravlev's parents, in Yekaterinburg, have not spoken to him since he left. His father, a retired army officer, sent a single text message: "You are no longer my son." His mother sends photographs of the garden, without words, every few weeks.

Anastasia says she worries about him more than about herself. "He reads the news from Russia every morning," she said. "It is like watching someone pick at a wound."

Asked what he would say to colleagues still in the service, he thought for a long time. "Keep a copy of your letter," he said. "You will need it one day, one way or another."
""", {
 "countries": ["RUS", "UKR", "KOR", "TUR", "GEO", "DEU", "CHE"],
 "persons": [
  {"name": "Kirill Zhuravlev", "aliases": ["Zhuravlev"], "nationality": "RUS"},
  {"name": "Anastasia", "aliases": [], "nationality": "RUS"},
  {"name": "Boris Bondarev", "aliases": ["Bondarev", "Boris"], "nationality": "RUS"}
 ],
 "not_persons": [],
 "embassies": [
  {"sending": "RUS", "host": "KOR", "city": "Seoul"},
  {"sending": "RUS", "host": "CHE", "city": "Geneva"}
 ],
 "defections": [
  {"defector": "Kirill Zhuravlev", "from": "RUS", "to": "DEU", "post_host": "KOR", "date": "2022-03", "position": "counsellor"},
  {"defector": "Anastasia", "from": "RUS", "to": "DEU", "post_host": "KOR", "date": "2022-03", "position": None},
  {"defector": "Boris Bondarev", "from": "RUS", "to": "CHE", "post_host": "CHE", "date": "2022-05", "position": "counsellor"}
 ],
 "agreements": []
})

A("feat-032", "The treaties that ended a country", "1990-10-10", "News analysis, Bonn bureau", """
BONN — Eighteen months ago, the men who would write the treaties that abolished East Germany did not know one another's names. Last week, they watched their handiwork take effect with a mixture of pride and disbelief.

"We negotiated the end of a state as if it were a property transfer," said a senior West German official who took part in the talks. "There were clauses about pensions, about driving licences, about the names of streets. And at the end of it, a country was gone."

The Unification Treaty, a document of more than 1,000 pages, was signed on Aug. 31 in East Berlin by Wolfgang Schäuble, Bonn's interior minister, and Günther Krause, a young parliamentary state secretary who led the East German side. It came into force on Oct. 3, the day the German Democratic Republic acceded to the Federal Republic and ceased to exist.

Schäuble, by his own account, spent much of the summer arguing with his counterpart over abortion law, property claims and the fate of the Stasi files. Krause, 37, who had been almost unknown before March's elections, became a familiar figure on West German television, and was mocked in the East for enjoying the attention.

The external side of unification was settled in a separate accord, known as the Two Plus Four Treaty, signed in Moscow on Sept. 12 by the foreign ministers of the two German states and the four wartime Allies — the United States, the Soviet Union, Britain and France. It ended the Allies' remaining rights over Germany and cleared the way for Soviet troops to leave by 1994. It still requires ratification by the four powers.

The decisive moments, participants say, came not at the negotiating table but in a series of meetings between Chancellor Helmut Kohl and Mikhail Gorbachev, including a visit to the Caucasus in July, at which the Soviet leader accepted that a united Germany could belong to NATO.

The East German prime minister, Lothar de Maizière, who signed his state out of existence, has since joined Kohl's cabinet as a minister without portfolio. "He was the last of his line," said an aide. "He seems relieved."

Not everyone is celebrating. In the East, unemployment is climbing and factories are closing. Some former officials of the old regime fear prosecution; the Stasi files remain a political minefield.

For some, the end of the East German state came too late to matter. Werner Stiller, a Stasi officer who fled to the West in 1979 carrying microfilm of agents' names, has lived under a new identity ever since. Asked through an intermediary whether he planned to return to Leipzig, he replied: "To which country?"
""", {
 "countries": ["DDR", "DEU", "USA", "SUN", "GBR", "FRA"],
 "persons": [
  {"name": "Wolfgang Schäuble", "aliases": ["Schäuble"], "nationality": "DEU"},
  {"name": "Günther Krause", "aliases": ["Krause"], "nationality": "DDR"},
  {"name": "Helmut Kohl", "aliases": ["Kohl"], "nationality": "DEU"},
  {"name": "Mikhail Gorbachev", "aliases": [], "nationality": "SUN"},
  {"name": "Lothar de Maizière", "aliases": [], "nationality": "DDR"},
  {"name": "Werner Stiller", "aliases": [], "nationality": "DDR"}
 ],
 "not_persons": ["Stasi", "NATO"],
 "embassies": [],
 "defections": [
  {"defector": "Werner Stiller", "from": "DDR", "to": None, "post_host": None, "date": "1979", "position": "Stasi officer"}
 ],
 "agreements": [
  {"name": "Unification Treaty", "aliases": [], "parties": ["DEU", "DDR"], "date": "1990-08-31", "status": "in_force"},
  {"name": "Two Plus Four Treaty", "aliases": [], "parties": ["DEU", "DDR", "USA", "SUN", "GBR", "FRA"], "date": "1990-09-12", "status": "signed"}
 ]
})

A("feat-033", "Over the pass: a Tibetan family's long road to Dharamsala", "2015-03-18", "Feature, South Asia news service", """
DHARAMSALA, India — The first thing Tenzin Dorje did when he reached this hill town was sleep for two days. The second was to find his sister.

She was not here. Pema Lhamo, who had made the same crossing seven years earlier, had long since moved on to Switzerland, where she works in a care home near Zurich and is raising two children who speak Swiss German better than Tibetan. The siblings spoke on a borrowed phone that evening for the first time since 2008. "She cried and I laughed," he said. "Then she laughed and I cried."

Tenzin, 31, a former monk from a monastery in Kham, arrived in India last autumn after a journey of nearly five weeks. He left his village in eastern Tibet in September, travelling by bus and truck to Lhasa and then west toward the Nepalese border with a guide he paid with money from relatives. Crossing the Himalayas on foot, the group of seven walked at night to avoid Chinese border patrols.

On the Nepalese side, they were picked up by police near the border. Tenzin says they were terrified they would be sent back, as some Tibetans have been. Instead a local police officer, Ram Bahadur Thapa, drove them to the reception centre in Kathmandu run by the United Nations refugee agency.

"He gave us his own jacket," Tenzin said. "He said, 'I am only doing my duty.' I think his duty was smaller than what he did."

Under a long-standing understanding between Nepal and the UN refugee agency — often called the "gentlemen's agreement" — Tibetans who reach Kathmandu are allowed to transit to India. Tenzin was put on a bus to Delhi in late October and arrived in Dharamsala, the seat of the Tibetan government-in-exile, in November.

The numbers making the crossing have fallen sharply in recent years. In the 1990s and early 2000s, two or three thousand Tibetans a year arrived in Nepal. Last year, officials here say, fewer than a hundred did. Tighter security on the Chinese side and growing pressure from Beijing on the government in Kathmandu have all but closed the route.

Tenzin's own reasons for leaving are straightforward. After protests in 2008, he said, monks at his monastery were made to attend "patriotic education" sessions and denounce the Dalai Lama. "I could not say those words," he said.

His sister's departure in 2008 was even more hurried. She had joined a protest in the spring of that year and fled after friends were detained, crossing into Nepal and reaching India before resettling in Switzerland in 2010.

Tenzin is now learning English at a school for newcomers and hopes to study Buddhist philosophy. He has not decided whether to follow his sister to Europe. "She says the mountains there are beautiful," he said. "But they are not our mountains."
""", {
 "countries": ["IND", "CHN", "NPL", "CHE"],
 "persons": [
  {"name": "Tenzin Dorje", "aliases": ["Tenzin"]},
  {"name": "Pema Lhamo", "aliases": []},
  {"name": "Ram Bahadur Thapa", "aliases": [], "nationality": "NPL"},
  {"name": "Dalai Lama", "aliases": []}
 ],
 "not_persons": [],
 "embassies": [],
 "defections": [
  {"defector": "Tenzin Dorje", "from": "CHN", "to": "IND", "post_host": None, "date": "2014-09", "position": "former monk"},
  {"defector": "Pema Lhamo", "from": "CHN", "to": "CHE", "post_host": None, "date": "2008", "position": None}
 ],
 "agreements": []
})

A("feat-034", "Where is Jo Song-gil?", "2019-01-04", "Wire service, Rome and Seoul", """
ROME — Two months after he walked out of a modest villa on the outskirts of Rome that serves as North Korea's embassy in Italy, Jo Song-gil remains, officially, nowhere.

Jo, 48, had been acting ambassador since October 2017, when Italy expelled his superior in protest at Pyongyang's nuclear tests. He was due to finish his posting in late November. Instead, in early November, he and his wife left the embassy compound and did not return, according to South Korean lawmakers briefed by the country's intelligence service.

Since then, rumours have placed him in a safe house in Italy, in a Western European country, and on his way to the United States. A South Korean lawmaker said this week that Jo had asked to go to "a Western country" and was being protected by Italian authorities. The Italian foreign ministry has said only that it has received no request for asylum.

"The absence of a statement is itself a statement," said Lee Jung-hoon, a former South Korean ambassador for human rights. "If he were in trouble, Pyongyang would be shouting. Instead, there is silence."

Jo comes from an elite family. His father and father-in-law were both senior diplomats, and his own career included earlier postings in Italy, where he handled the North's relations with the United Nations food agencies based in Rome. That gave him, analysts say, knowledge of the country's dealings on food aid and, possibly, of efforts to procure luxury goods in breach of sanctions.

The case has inevitably been compared with that of Thae Yong-ho, the deputy ambassador in London, who defected to South Korea with his wife and two sons in 2016 and has since become one of the North's most prominent critics. Thae has urged Jo to come to Seoul, writing in an open letter that "South Korea is your home too."

But there is a painful complication. Jo's teenage daughter, who had been with the couple in Rome, was, according to the lawmakers, sent back to Pyongyang. Her fate weighs heavily on any decision the couple make.

"In these cases the children are the leverage," said a Seoul-based official who has worked with defectors. "Every North Korean diplomat knows this before he leaves."

For now, Italy is saying nothing. The Italian government, which has a delicate relationship with Pyongyang and maintains diplomatic ties with it, is unlikely to want a public confrontation.

Seoul, too, has been cautious. President Moon Jae-in has been pushing for a second summit with Kim Jong Un, and the South Korean government has shown little appetite for a public defection that could complicate the process. Officials said they had "no information to share."
""", {
 "countries": ["PRK", "ITA", "KOR", "USA", "GBR"],
 "persons": [
  {"name": "Jo Song-gil", "aliases": ["Jo"], "nationality": "PRK"},
  {"name": "Lee Jung-hoon", "aliases": [], "nationality": "KOR"},
  {"name": "Thae Yong-ho", "aliases": ["Thae"], "nationality": "PRK"},
  {"name": "Moon Jae-in", "aliases": [], "nationality": "KOR"},
  {"name": "Kim Jong Un", "aliases": [], "nationality": "PRK"}
 ],
 "not_persons": [],
 "embassies": [
  {"sending": "PRK", "host": "ITA", "city": "Rome"},
  {"sending": "PRK", "host": "GBR", "city": "London"}
 ],
 "defections": [
  {"defector": "Jo Song-gil", "from": "PRK", "to": None, "post_host": "ITA", "date": "2018-11", "position": "acting ambassador"},
  {"defector": "Thae Yong-ho", "from": "PRK", "to": "KOR", "post_host": "GBR", "date": "2016", "position": "deputy ambassador"}
 ],
 "agreements": []
})

A("feat-035", "The sons-in-law who came back", "2008-08-20", "Middle East correspondent, anniversary feature", """
AMMAN — Thirteen years ago this month, a convoy of black Mercedes cars crossed the desert border from Iraq into Jordan in the middle of the night. In them were two of Saddam Hussein's sons-in-law, their wives — the dictator's daughters — and their children.

The man at the centre of the convoy was Hussein Kamel al-Majid, who had run Iraq's weapons programmes and its military industries and was, until that night, among the most powerful people in Baghdad. With him was his brother, Saddam Kamel, a senior officer in the presidential guard. Their wives, Raghad and Rana, were the president's two eldest daughters.

It was, at the time, the most spectacular defection from Saddam's inner circle. King Hussein of Jordan granted the family asylum and lodged them in a palace in the capital. Within days, Hussein Kamel was briefing American and British officials, and Rolf Ekéus, the Swedish diplomat who led the United Nations weapons inspectors, flew in to question him about Iraq's hidden programmes.

"He was arrogant, impatient and extremely well informed," Ekéus recalled years later. "He believed he would be the next leader of Iraq. No one else believed it."

The Jordanian experiment went sour quickly. The Iraqi opposition in exile wanted nothing to do with a man associated with so much repression. Western governments valued his information but not his ambitions. And Saddam, through intermediaries, began sending messages promising forgiveness.

In February 1996, after six months in Amman, the two brothers and their families drove back across the border. Within three days the daughters had been divorced from their husbands, and the brothers were killed in a gun battle at a family house in Baghdad along with several relatives.

Raghad, now 40, lives again in Amman, where she fled with her children after the American-led invasion of 2003. She rarely gives interviews. In one, to an Arab satellite channel, she said she had "never forgiven" those who killed her husband, without naming them.

Jordanian officials still speak of the episode with discomfort. "The king acted from principle and from hospitality," said a former palace adviser. "The Kamels acted from ambition. In the end, ambition took them home."

Historians differ on how much the defection mattered. The inspectors' discoveries after Hussein Kamel's flight forced Baghdad to disclose documents about its biological weapons programme — a revelation that shaped Western thinking about Iraq for years, up to and beyond the invasion.

"He told us what they had done before 1991," one former inspector said. "He could not tell us what they would do after. Nobody could."
""", {
 "countries": ["IRQ", "JOR", "USA", "GBR", "SWE"],
 "persons": [
  {"name": "Saddam Hussein", "aliases": ["Saddam"], "nationality": "IRQ"},
  {"name": "Hussein Kamel al-Majid", "aliases": ["Hussein Kamel"], "nationality": "IRQ"},
  {"name": "Saddam Kamel", "aliases": [], "nationality": "IRQ"},
  {"name": "Raghad", "aliases": [], "nationality": "IRQ"},
  {"name": "Rana", "aliases": [], "nationality": "IRQ"},
  {"name": "King Hussein", "aliases": [], "nationality": "JOR"},
  {"name": "Rolf Ekéus", "aliases": ["Ekéus"], "nationality": "SWE"}
 ],
 "not_persons": [],
 "embassies": [],
 "defections": [
  {"defector": "Hussein Kamel al-Majid", "from": "IRQ", "to": "JOR", "post_host": None, "date": "1995-08", "position": "head of weapons programmes and military industries"},
  {"defector": "Saddam Kamel", "from": "IRQ", "to": "JOR", "post_host": None, "date": "1995-08", "position": "senior officer in the presidential guard"},
  {"defector": "Raghad", "from": "IRQ", "to": "JOR", "post_host": None, "date": "1995-08", "position": None},
  {"defector": "Rana", "from": "IRQ", "to": "JOR", "post_host": None, "date": "1995-08", "position": None}
 ],
 "agreements": []
})

A("feat-036", "Between Yerevan and Baku, a treaty that keeps not being signed", "2022-12-12", "Caucasus correspondent, feature", """
TBILISI — The draft is said to run to about a dozen pages. Negotiators have exchanged versions since the spring, swapping amendments by diplomatic courier and, occasionally, by email. Nobody outside the two foreign ministries has seen the full text.

What Armenia and Azerbaijan are attempting — a comprehensive peace treaty to end more than three decades of conflict — has eluded every mediator who has tried it. The fact that the two sides are now exchanging drafts at all is, diplomats say, a measure of how much the balance of power shifted in the autumn of 2020.

That six-week war ended with a trilateral statement signed in November 2020 by Armenian Prime Minister Nikol Pashinyan, Azerbaijani President Ilham Aliyev and Vladimir Putin, which handed back territories around Nagorno-Karabakh to Baku and sent some 2,000 Russian peacekeepers into the region. It replaced a 1994 ceasefire, brokered by Moscow, that had frozen the conflict for a quarter century before collapsing in the fighting.

Since then, the leaders have met repeatedly — in Brussels under the auspices of the European Council president, Charles Michel, and in Prague in October on the margins of a European summit, where they agreed to recognise each other's territorial integrity on the basis of Soviet-era borders. Moscow has hosted its own rounds, and resents, diplomats say, the growing role of the Europeans.

"Everyone wants to be the one who gets them to sign," said Oliver Grant, a specialist on the conflict at a London think tank. "The problem is that nobody can make them agree on what they are signing."

The sticking points are familiar: the rights and security of the Armenians who still live in Karabakh, the delimitation of the border, and the opening of transport links through Armenian territory that Baku calls a "corridor" and Yerevan refuses to treat as such.

Tensions flared dangerously in September, when Azerbaijani forces attacked positions inside Armenia proper, killing scores of soldiers on both sides. Armenia appealed to the Russian-led security alliance it belongs to and received, in the words of one Armenian official, "sympathy and nothing else."

Officials in Yerevan say a treaty could be ready next year. Officials in Baku say it could be ready tomorrow, if Armenia accepted their terms. Neither capital has set a date for signature.

"A treaty is a piece of paper," said an Armenian diplomat who has taken part in the talks. "We have had pieces of paper before. What we need is for people in villages on both sides to sleep at night."
""", {
 "countries": ["ARM", "AZE", "RUS"],
 "persons": [
  {"name": "Nikol Pashinyan", "aliases": [], "nationality": "ARM"},
  {"name": "Ilham Aliyev", "aliases": [], "nationality": "AZE"},
  {"name": "Vladimir Putin", "aliases": [], "nationality": "RUS"},
  {"name": "Charles Michel", "aliases": []},
  {"name": "Oliver Grant", "aliases": []}
 ],
 "not_persons": ["European Council"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "comprehensive peace treaty", "aliases": ["peace treaty"], "parties": ["ARM", "AZE"], "date": None, "status": None},
  {"name": "trilateral statement", "aliases": [], "parties": ["ARM", "AZE", "RUS"], "date": "2020-11", "status": "signed"},
  {"name": "1994 ceasefire", "aliases": [], "parties": ["ARM", "AZE"], "date": "1994", "status": "terminated"},
  {"name": "Prague agreement on mutual recognition of territorial integrity", "aliases": [], "parties": ["ARM", "AZE"], "date": "2022-10", "status": None}
 ]
})

A("feat-037", "Two swims, two flights: the strange symmetry of the Taiwan Strait", "1998-11-23", "Asia feature service", """
BEIJING — In the spring of 1979, a young Taiwanese army captain named Lin Yifu took off his boots on the beach of Kinmen, the fortified island that lies within sight of the Chinese mainland, and swam into the darkness.

He was, at the time, a model officer — a company commander on the front line, an honours graduate and a rising star whose photograph had appeared in Taipei newspapers. When he vanished in May, the army declared him missing, presumed drowned. Only years later did it emerge that he had swum the two kilometres to the mainland and asked to stay.

Lin, now 46, is one of China's best-known economists, a professor at Peking University and an adviser to the government on rural reform. He rarely discusses his crossing. Asked about it this month at a seminar, he said only: "I believed the future of China was here. I still do."

His wife, Chen Yunying, who remained in Taiwan with their young son, was told he was dead. She eventually learned otherwise, left the island in the early 1980s and rejoined him in the United States, where he was studying at the University of Chicago. In Taiwan, Lin remains officially a deserter, and an arrest warrant against him has never been lifted.

Four years after Lin's swim, the traffic ran the other way. In August 1983 a Chinese air force pilot, Wang Dezhong, broke away from a training formation over Zhejiang province and flew his MiG fighter low across the strait, landing at an air base in Taiwan. The government in Taipei hailed him as a "righteous man who chose freedom" and paid him a reward in gold. He later became an instructor in the Taiwanese air force and now, according to friends, runs a travel agency in Taichung.

The two men have never met. But their stories are often told together in both places, usually to make opposite points.

"Each side uses its own defectors as proof," said a Taiwanese historian, Huang Ching-wen, who has written about cross-strait defections. "Lin proves the mainland was the future. Wang proves Taiwan was free. Both of them were young men making a private decision in a very public war."

The political climate has changed beyond recognition since then. Taiwanese businessmen now invest billions on the mainland, and semi-official negotiators from the two sides met in Shanghai last month for the first time in five years.

Lin's father, who stayed in Taiwan, died in 1996. Lin was not allowed to attend the funeral. "He asked to go," a friend said. "They said he could come — to stand trial. He stayed here and lit incense."
""", {
 "countries": ["TWN", "CHN", "USA"],
 "persons": [
  {"name": "Lin Yifu", "aliases": ["Lin"], "nationality": "TWN"},
  {"name": "Chen Yunying", "aliases": []},
  {"name": "Wang Dezhong", "aliases": ["Wang"], "nationality": "CHN"},
  {"name": "Huang Ching-wen", "aliases": [], "nationality": "TWN"}
 ],
 "not_persons": ["Peking University", "University of Chicago"],
 "embassies": [],
 "defections": [
  {"defector": "Lin Yifu", "from": "TWN", "to": "CHN", "post_host": None, "date": "1979-05", "position": "army captain, company commander"},
  {"defector": "Wang Dezhong", "from": "CHN", "to": "TWN", "post_host": None, "date": "1983-08", "position": "air force pilot"}
 ],
 "agreements": []
})

A("feat-038", "The spymaster in the hotel lobby", "2011-06-06", "Gulf correspondent, profile", """
DOHA — In the lobby of one of this city's grander hotels, guests occasionally notice a thin, grey-haired man in a dark suit who sits alone for hours with a cup of tea and a mobile phone. Few recognise him. For nearly two decades he was one of the most feared men in North Africa.

Moussa Koussa, who served Moammar Gadhafi as intelligence chief and, from 2009, as foreign minister, has been living in Qatar since April. His presence here is an open secret among diplomats, and an embarrassment to almost everyone.

His break with the Libyan leader came on March 30. Travelling on what he told colleagues was an official mission, Koussa crossed by road into Tunisia, then boarded a private flight to an airfield in the south of England. That evening, the British Foreign Office announced that he had arrived "of his own free will" and had resigned his post.

For a few weeks, British officials questioned him about the regime's inner workings and, Scottish prosecutors hoped, about the 1988 bombing of Pan Am Flight 103 over Lockerbie. Then, in mid-April, he was allowed to travel to Doha to attend a meeting on Libya — and did not come back.

"We did not detain him, because we had no grounds to," a British official said. "He was always free to leave. He chose to leave."

Koussa is not the only senior Libyan to have broken with Gadhafi since the uprising began in February. Within days of the first protests, Ali Aujali, Libya's ambassador to the United States, resigned and announced that he was representing "the people, not the regime." He remains in Washington, where he has been courting American officials on behalf of the rebel council in Benghazi.

Libyan officials in Tripoli have denounced both men as traitors. Koussa's defection was described by a government spokesman as the act of "a tired old man who could not take the pressure."

Rebel leaders, meanwhile, have been ambivalent. Many of them had relatives imprisoned or killed by security services that Koussa once ran. "He is welcome to tell the truth," said one member of the rebels' council. "He is not welcome to lead us."

Human-rights groups have called for him to be investigated over his role in the regime. Qatari officials have declined to comment on his presence, except to say that Qatar "supports the aspirations of the Libyan people."

In the hotel lobby, the tea goes cold. A waiter says the man in the dark suit always tips well and never says more than thank you.
""", {
 "countries": ["QAT", "LBY", "TUN", "GBR", "USA"],
 "persons": [
  {"name": "Moussa Koussa", "aliases": ["Koussa"], "nationality": "LBY"},
  {"name": "Moammar Gadhafi", "aliases": ["Gadhafi"], "nationality": "LBY"},
  {"name": "Ali Aujali", "aliases": [], "nationality": "LBY"}
 ],
 "not_persons": ["Pan Am Flight 103", "Foreign Office"],
 "embassies": [{"sending": "LBY", "host": "USA", "city": "Washington"}],
 "defections": [
  {"defector": "Moussa Koussa", "from": "LBY", "to": "GBR", "post_host": None, "date": "2011-03-30", "position": "foreign minister"},
  {"defector": "Ali Aujali", "from": "LBY", "to": "USA", "post_host": "USA", "date": "2011-02", "position": "ambassador to the United States"}
 ],
 "agreements": []
})

A("feat-039", "Hong Kong counts down as London and Beijing's accord nears force", "1985-04-02", "Hong Kong correspondent, feature", """
HONG KONG — In the queue outside an emigration consultancy on Des Voeux Road on a Monday morning, the talk was not of politics but of paperwork. A schoolteacher clutching a folder of certificates asked a stranger how long the interview took. A young accountant compared notes on points systems. An elderly man in a cardigan simply waited, saying nothing at all.

Four months after Margaret Thatcher and Zhao Ziyang signed the Sino-British Joint Declaration in the Great Hall of the People, Hong Kong is adjusting to the idea that in 1997 it will become part of China. Many of its people are also quietly making other plans.

The declaration, signed in Beijing in December, commits China to maintaining Hong Kong's capitalist system and way of life for fifty years after the handover, under the formula of "one country, two systems" devised by Deng Xiaoping. The British parliament has approved it, and the two governments are expected to exchange instruments of ratification next month.

Negotiating it took two years and, at times, came close to collapse. Early on, the Iron Lady had hoped to retain British administration after 1997 in exchange for conceding sovereignty. Deng, by the account of those present, told her bluntly that the Chinese could "walk in and take Hong Kong this afternoon" if they chose. Downing Street's negotiators eventually accepted that the question was not whether Britain would leave, but how.

"The British got the best terms they could," said a senior Hong Kong civil servant who followed the talks. "Whether those terms are worth anything depends entirely on the people in Beijing in 1997. Nobody can sign that."

The new arrangement already casts a long shadow. Property prices, which slumped during the uncertainty of the negotiations, have recovered. But applications for emigration to Canada, Australia and the United States are climbing, according to consular officials, and some companies have begun moving their legal domiciles to Bermuda.

In Beijing, officials are drafting the Basic Law that will serve as Hong Kong's mini-constitution. A committee including prominent Hong Kong figures is to begin work this summer. Lisbon and Beijing are meanwhile expected to open talks on the future of Macao, the tiny Portuguese-administered enclave an hour away by ferry.

For the schoolteacher in the queue, Cheung Wai-man, the calculation is personal. "My parents came from Guangdong in 1962 with nothing," she said. "I am not afraid of China. I am afraid of being wrong."

The elderly man in the cardigan, asked why he was there, smiled for the first time. "My grandson is in Toronto," he said. "I want to see snow before I die."
""", {
 "countries": ["GBR", "CHN", "CAN", "AUS", "USA", "PRT"],
 "persons": [
  {"name": "Margaret Thatcher", "aliases": ["Iron Lady"], "nationality": "GBR"},
  {"name": "Zhao Ziyang", "aliases": [], "nationality": "CHN"},
  {"name": "Deng Xiaoping", "aliases": ["Deng"], "nationality": "CHN"},
  {"name": "Cheung Wai-man", "aliases": []}
 ],
 "not_persons": ["Great Hall of the People", "Basic Law"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Sino-British Joint Declaration", "aliases": ["declaration"], "parties": ["GBR", "CHN"], "date": "1984-12", "status": "signed"}
 ]
})
