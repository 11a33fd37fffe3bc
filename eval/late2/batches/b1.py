A = []
def add(id, title, published, source, text, gold):
    A.append(dict(id=id, title=title, published=published, source=source, text=text.strip(), gold=gold))

add("late2-000", "Czechoslovak trade official asks Austria for asylum", "1976-09-14", "Wire report (Reuter)", """
VIENNA, Sept. 14 (Reuter) - A senior member of the Czechoslovak commercial staff in Vienna has asked the Austrian government for political asylum, the Interior Ministry said today.
The official, Miroslav Kadlec, 44, had served for three years as deputy head of the trade section attached to the Czechoslovak embassy. A ministry spokesman said Kadlec walked into a police station in the city's third district on Sunday evening with his wife and teenage son and asked for protection.
"The request is being examined in the usual manner," the spokesman, Walter Hoedl, told reporters. He declined to say where the family was being housed.
The Czechoslovak embassy issued a brief statement accusing the Austrian authorities of "sheltering a person who has misappropriated state funds" and demanding that he be handed over. Western diplomats said such accusations were routinely made when officials from Eastern Europe failed to go home.
The decision appears to have been weeks in the making. A Viennese lawyer, Herbert Pfeiffer, said he had been approached by Kadlec in August for advice on asylum procedure but had not known when, or whether, he intended to act. "He asked me theoretical questions. I gave him theoretical answers," Pfeiffer said.
Austria has taken in thousands of Czechoslovak citizens since the Warsaw Pact intervention of 1968, but cases involving serving officials remain comparatively rare.
Prague radio made no mention of the affair in its evening bulletins.
""", {
 "countries": ["CSK", "AUT"],
 "persons": [
  {"name": "Miroslav Kadlec", "aliases": ["Kadlec"], "nationality": "CSK"},
  {"name": "Walter Hoedl", "aliases": [], "nationality": "AUT"},
  {"name": "Herbert Pfeiffer", "aliases": ["Pfeiffer"]}
 ],
 "not_persons": ["Reuter"],
 "embassies": [{"sending": "CSK", "host": "AUT", "city": "Vienna"}],
 "defections": [
  {"defector": "Miroslav Kadlec", "from": "CSK", "to": "AUT", "post_host": "AUT", "date": "1976-09-12",
   "position": "deputy head of the trade section attached to the Czechoslovak embassy"}
 ],
 "agreements": []
})

add("late2-001", "Mackerel truce: Norway, Iceland and Britain strike three-way quota deal", "2026-03-18", "Broadsheet (environment pages)", """
By Alison Trewin, Environment Correspondent
After more than a decade of recrimination over one of the North Atlantic's most valuable fish, three of the countries that hunt it have finally agreed how to share it.
Ministers from Norway, Iceland and the United Kingdom signed a trilateral arrangement in Bergen yesterday that fixes each country's share of the north-east Atlantic mackerel catch for the next five years and commits them to cutting the total when scientists say stocks are under strain.
The deal does not solve everything. The European Union, whose boats also take a large share, was not at the table, and Faroese officials attended only as observers. But officials on all three sides described it as the most significant step since the so-called "mackerel war" of the early 2010s, when Icelandic and Faroese boats set their own quotas and the EU threatened trade sanctions.
"For years everyone has been fishing as if the stock belonged to them alone," said Kjersti Hovland, Norway's fisheries minister, who hosted the signing. "Today three of us have stopped doing that."
Her Icelandic counterpart, Gunnar Thor Ragnarsson, was more cautious. Reykjavik had long argued that mackerel migrating into Icelandic waters as the sea warmed gave it a right to a bigger slice, and the share it accepted - a little over 15 per cent - is lower than its fleet had demanded. "Nobody leaves a negotiation like this entirely happy," he told Icelandic broadcasters. "That is probably how you know it is fair."
For Britain, the agreement sits alongside the bilateral fisheries framework concluded with Norway in 2020, which remains in force and governs access to each other's waters. Daniel Whitcombe, the UK fisheries minister, said the new arrangement would "give Scottish skippers something they have not had in years: certainty".
Scientists have repeatedly warned that the combined catch has run well above recommended levels. The International Council for the Exploration of the Sea advised a sharp cut for this year, and environmental groups said the agreement would be judged on whether the three countries actually respect the lower ceiling.
The text still has to be approved by the Icelandic parliament, the Althingi, before Reykjavik can apply it, officials said.
""", {
 "countries": ["NOR", "ISL", "GBR"],
 "persons": [
  {"name": "Alison Trewin", "aliases": []},
  {"name": "Kjersti Hovland", "aliases": [], "nationality": "NOR"},
  {"name": "Gunnar Thor Ragnarsson", "aliases": [], "nationality": "ISL"},
  {"name": "Daniel Whitcombe", "aliases": [], "nationality": "GBR"}
 ],
 "not_persons": ["Althingi"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "trilateral mackerel arrangement", "aliases": ["three-way quota deal"], "parties": ["NOR", "ISL", "GBR"], "date": "2026-03-17", "status": "signed"},
  {"name": "bilateral fisheries framework", "aliases": [], "parties": ["GBR", "NOR"], "date": "2020", "status": "in_force"}
 ]
})

add("late2-002", "RED DRIVER'S DASH FOR FREEDOM", "1983-04-19", "Tabloid (Daily news page)", """
A SOVIET embassy chauffeur who spent six years ferrying Kremlin bigwigs around London has done a bunk - and begged Britain to let him stay.
Gennady Lysenko, 38, parked his black embassy limo outside a Kensington bank yesterday morning, left the keys in the ignition and strolled into the nearest police station.
"He said: 'I am Russian. I do not want to go back. Please help me,'" a Scotland Yard source told us last night.
Red-faced diplomats at the Soviet embassy in Kensington Palace Gardens were said to be "going spare". One furious official demanded to know where their driver had gone - and who had put him up to it.
The answer, according to regulars at a Notting Hill boozer, may be the lure of the West's simple pleasures. Lysenko was a familiar face at the bar, where he sipped half-pints of bitter and put a quid each way on the horses.
Landlord Terry Mulvaney, 51, said: "Lovely fella, Gennady. Quiet. Always asked about the football. Last month he won forty quid on a nag called Comrade Boris and we all had a laugh about that."
Mr Mulvaney insisted he knew nothing of the defection plan. "If he'd told me, I'd have bought him a pint," he added.
The Home Office confirmed last night that a Soviet national had requested political asylum and said the application would be "considered in the normal way".
Moscow is expected to claim that Lysenko was "kidnapped" - the usual line when one of their people runs.
""", {
 "countries": ["SUN", "GBR"],
 "persons": [
  {"name": "Gennady Lysenko", "aliases": ["Lysenko", "Gennady"], "nationality": "SUN"},
  {"name": "Terry Mulvaney", "aliases": ["Mulvaney"]}
 ],
 "not_persons": ["Comrade Boris", "Scotland Yard"],
 "embassies": [{"sending": "SUN", "host": "GBR", "city": "London"}],
 "defections": [
  {"defector": "Gennady Lysenko", "from": "SUN", "to": "GBR", "post_host": "GBR", "date": "1983-04-18", "position": "chauffeur at the Soviet embassy"}
 ],
 "agreements": []
})

add("late2-003", "Lithuanian consul opens Aberdeen office to serve north-east community", "2024-03-27", "Regional newspaper (Aberdeen)", """
Thousands of Lithuanians living across the north-east will no longer have to travel to London to renew a document or register a birth, after the country opened an honorary consulate in Aberdeen this week.
The office, on the first floor of a granite townhouse in Union Terrace, was formally opened on Monday by Lithuania's ambassador to the UK, Eitvydas Bajarūnas, who travelled north for the occasion.
It will be run by honorary consul Rūta Jankauskienė, who came to Aberdeen in 2006 to work in a fish-processing plant in Torry and now runs an accountancy practice in the city.
"When I arrived, if you lost your passport you lost two days and a train fare to London," she said. "People were working night shifts. They could not do that. Now they can come here on a Saturday morning."
Ms Jankauskienė will not issue passports herself - that still requires the embassy in London - but she can certify documents, help with applications and act as a contact for families in difficulty.
Council co-leader Ian Yuill welcomed the opening. "The Lithuanian community has been part of this city's life for twenty years," he said. "It is right that they have a front door here."
The honorary consulate will be open on Tuesdays, Thursdays and alternate Saturdays.
""", {
 "countries": ["LTU", "GBR"],
 "persons": [
  {"name": "Eitvydas Bajarūnas", "aliases": [], "nationality": "LTU"},
  {"name": "Rūta Jankauskienė", "aliases": ["Jankauskienė"]},
  {"name": "Ian Yuill", "aliases": []}
 ],
 "not_persons": [],
 "embassies": [
  {"sending": "LTU", "host": "GBR", "city": "Aberdeen"},
  {"sending": "LTU", "host": "GBR", "city": "London"}
 ],
 "defections": [],
 "agreements": []
})

add("late2-004", "US formally quits Cold War missile treaty", "2019-08-02", "Broadcaster website (world news)", """
The United States has formally left the Intermediate-Range Nuclear Forces (INF) Treaty, ending a landmark Cold War arms control pact with Russia and raising fears of a new missile race in Europe.
Secretary of State Mike Pompeo said on Friday that Russia was "solely responsible for the treaty's demise", repeating Washington's accusation that Moscow had deployed a banned cruise missile, known by Nato as the SSC-8. Russia denies breaching the agreement.
The treaty, signed in December 1987 by US President Ronald Reagan and Soviet leader Mikhail Gorbachev, banned land-based missiles with ranges between 500km and 5,500km. It led to the destruction of nearly 2,700 missiles and was credited with easing tensions in Europe in the final years of the Cold War.
Washington gave notice of its intention to withdraw in February, triggering a six-month countdown that expired today. Russia suspended its own obligations shortly afterwards.
With both sides out, the treaty is now dead.
Nato Secretary General Jens Stoltenberg told reporters in Brussels that the alliance would respond in a "measured and responsible" way and had no intention of deploying new land-based nuclear missiles in Europe.
In Moscow, the foreign ministry said the US had made "a grave mistake" and proposed a moratorium on deployments - an idea Western officials dismissed.
US officials have also argued that the treaty was outdated because it did not cover China, which has built up a large arsenal of intermediate-range weapons.
Analysts say attention will now turn to New START, the last remaining treaty limiting the two countries' strategic nuclear arsenals, which remains in force until February 2021 unless it is extended.
""", {
 "countries": ["USA", "RUS", "SUN", "CHN"],
 "persons": [
  {"name": "Mike Pompeo", "aliases": ["Pompeo"], "nationality": "USA"},
  {"name": "Ronald Reagan", "aliases": [], "nationality": "USA"},
  {"name": "Mikhail Gorbachev", "aliases": [], "nationality": "SUN"},
  {"name": "Jens Stoltenberg", "aliases": []}
 ],
 "not_persons": ["SSC-8"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Intermediate-Range Nuclear Forces Treaty", "aliases": ["INF Treaty", "INF"], "parties": ["USA", "SUN"], "date": "1987-12", "status": "terminated"},
  {"name": "New START", "aliases": [], "parties": ["USA", "RUS"], "date": None, "status": "in_force"}
 ]
})

add("late2-005", "The man who walked out of the cold in Stockholm", "2004-05-21", "Magazine (long-form feature)", """
By Jonathan Mercer
On the evening of 15 August 1961 - two days after East German troops began stringing barbed wire through the middle of Berlin - a slightly built man in a grey raincoat left the Polish embassy in Stockholm, caught a tram across the city, and rang the bell of a building he had been told never to enter.
Tadeusz Wrzesiński was 36 years old and the first secretary of the embassy, responsible, on paper, for cultural exchanges. In practice, according to documents released in Warsaw in the late 1990s, he also handled reports for the intelligence service on Polish émigrés in Scandinavia. The building was the American embassy. He stayed inside for three days.
"My father always said the decision took him eleven years and eleven minutes," says his daughter, Ewa Wrzesińska-Lind, who was born in Baltimore three years after his arrival in the United States. "Eleven years of not believing anything he was told, and eleven minutes standing at the door."
The Swedish authorities, anxious not to provoke Moscow, were not told until he had already left the country on a US military flight from an airbase outside the capital. A retired Swedish police inspector, Sten Åkerlund, who was assigned to watch the American compound that week, remembers only "a lot of cars going in and out very late at night, and the ambassador's driver looking very nervous."
Warsaw's reaction was furious and predictable. The Polish foreign ministry announced that Wrzesiński had been dismissed for "moral degeneration and financial irregularities" and sentenced him to death in absentia the following spring. The sentence was never rescinded; it simply stopped mattering.
He was not the first Polish official to vanish from a Western posting in those years. Two summers earlier, Kazimierz Olender, a cipher clerk at the Polish legation in Bern, had failed to report for work on a Monday morning and resurfaced, weeks later, in Britain. Olender's case, which the British never publicly acknowledged, became a cautionary tale inside the Polish service: after it, cipher staff abroad were forbidden to travel alone.
Wrzesiński was debriefed for most of a year in Virginia. What he told his hosts remains partly classified, but a declassified summary describes him as "a reliable, if occasionally self-dramatising, source on the organisation of Polish diplomatic cover". He later taught Russian and Polish at a community college in Maryland and wrote, under a pseudonym, two thrillers that sold modestly.
He never went back. When the Berlin Wall fell, his daughter asked whether he wanted to see Warsaw again. "He said: 'The city I left does not exist, and the one that exists does not know me,'" she recalls.
He died in 2001. Among his papers, she found a tram ticket from Stockholm, dated 15 August 1961, folded into a copy of the Polish constitution.
""", {
 "countries": ["POL", "SWE", "USA", "DDR", "CHE", "GBR", "SUN"],
 "persons": [
  {"name": "Jonathan Mercer", "aliases": []},
  {"name": "Tadeusz Wrzesiński", "aliases": ["Wrzesiński"], "nationality": "POL"},
  {"name": "Ewa Wrzesińska-Lind", "aliases": []},
  {"name": "Sten Åkerlund", "aliases": [], "nationality": "SWE"},
  {"name": "Kazimierz Olender", "aliases": ["Olender"], "nationality": "POL"}
 ],
 "not_persons": [],
 "embassies": [
  {"sending": "POL", "host": "SWE", "city": "Stockholm"},
  {"sending": "USA", "host": "SWE", "city": "Stockholm"},
  {"sending": "POL", "host": "CHE", "city": "Bern"}
 ],
 "defections": [
  {"defector": "Tadeusz Wrzesiński", "from": "POL", "to": "USA", "post_host": "SWE", "date": "1961-08-15", "position": "first secretary of the Polish embassy in Stockholm"},
  {"defector": "Kazimierz Olender", "from": "POL", "to": "GBR", "post_host": "CHE", "date": "1959", "position": "cipher clerk at the Polish legation in Bern"}
 ],
 "agreements": []
})

add("late2-006", "Kazakhstan, Uzbekistan sign Syr Darya water-sharing pact", "2024-11-12", "Wire report", """
TASHKENT, Nov 12 - Kazakhstan and Uzbekistan have signed an agreement on the joint management of the Syr Darya river, officials said on Tuesday, in a bid to end years of disputes over summer irrigation flows in Central Asia's most populous basin.
The agreement, signed in Tashkent on Monday by Kazakh water resources minister Yerlan Sarsenbayev and his Uzbek counterpart Dilshod Rakhimov, sets up a joint commission with powers to agree seasonal release schedules from reservoirs and to share real-time data from gauging stations along the river.
"For the first time the farmer in Turkistan region and the farmer in Syrdarya region will be looking at the same numbers," Sarsenbayev told reporters after the ceremony.
Downstream Kazakhstan has complained for years that upstream withdrawals leave its southern cotton and rice growers short of water in July and August. Uzbek officials, in turn, say their own farmers have suffered from unpredictable releases further upstream.
A 1998 framework agreement on the Syr Darya between Kazakhstan, Uzbekistan and Kyrgyzstan was never fully implemented, analysts say, partly because it relied on annual barter deals for energy and water that frequently broke down.
Rakhimov said Kyrgyzstan would be invited to join the new commission's technical working group "when it is ready", but gave no timetable.
The World Bank, which financed part of the monitoring network, welcomed the signing in a statement.
""", {
 "countries": ["KAZ", "UZB", "KGZ"],
 "persons": [
  {"name": "Yerlan Sarsenbayev", "aliases": ["Sarsenbayev"], "nationality": "KAZ"},
  {"name": "Dilshod Rakhimov", "aliases": ["Rakhimov"], "nationality": "UZB"}
 ],
 "not_persons": [],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "agreement on the joint management of the Syr Darya river", "aliases": ["Syr Darya water-sharing pact"], "parties": ["KAZ", "UZB"], "date": "2024-11-11", "status": "signed"},
  {"name": "1998 framework agreement on the Syr Darya", "aliases": [], "parties": ["KAZ", "UZB", "KGZ"], "date": "1998", "status": None}
 ]
})

add("late2-007", "Iraqi envoy vanishes as Amman renews oil lifeline", "1995-12-05", "Broadsheet (foreign pages)", """
From our Middle East Correspondent, Amman
The commercial counsellor at the Iraqi embassy in Amman, Adnan Jassim al-Obeidi, failed to appear at his desk a week ago today. By Saturday he had surfaced in London, where the Home Office confirmed last night that an Iraqi diplomat had applied for political asylum.
His flight is the latest embarrassment for Baghdad in a year that has seen a procession of senior figures abandon Saddam Hussein. In August the President's son-in-law, Hussein Kamel al-Majid, who ran the country's weapons programmes as head of military industrialisation, crossed into Jordan with his brother and their wives and was given refuge by King Hussein. Hussein Kamel's revelations to UN weapons inspectors are still being digested in New York.
Mr al-Obeidi was a smaller fish, but a well-placed one. As commercial counsellor he was the embassy's point man on the trade arrangements that keep Iraq's economy breathing under UN sanctions - above all the oil that flows by tanker truck across the desert to Jordan's refinery at Zarqa.
The timing was awkward for everyone. On Sunday, Jordanian and Iraqi officials signed the renewal of the annual trade protocol under which Iraq supplies Jordan with crude oil at a discount, in part payment for Jordanian food and medicines. Jordan's trade minister, Samir Haddadin, who signed for Amman, insisted that the defection had "no connection whatsoever" with the protocol and that Jordan would continue to honour its commitments.
Iraqi officials were less restrained. The Iraqi News Agency accused "hostile intelligence services" of luring al-Obeidi abroad and said he was wanted for embezzlement.
Diplomats here believe Jordan is quietly distancing itself from Baghdad but cannot afford to lose the oil. "The King can give refuge to Saddam's son-in-law and still sign the protocol in the same year," one Western ambassador said. "That is what Jordanian foreign policy looks like."
""", {
 "countries": ["IRQ", "JOR", "GBR"],
 "persons": [
  {"name": "Adnan Jassim al-Obeidi", "aliases": ["al-Obeidi", "Mr al-Obeidi"], "nationality": "IRQ"},
  {"name": "Saddam Hussein", "aliases": ["Saddam"], "nationality": "IRQ"},
  {"name": "Hussein Kamel al-Majid", "aliases": ["Hussein Kamel"], "nationality": "IRQ"},
  {"name": "King Hussein", "aliases": [], "nationality": "JOR"},
  {"name": "Samir Haddadin", "aliases": [], "nationality": "JOR"}
 ],
 "not_persons": ["Iraqi News Agency"],
 "embassies": [{"sending": "IRQ", "host": "JOR", "city": "Amman"}],
 "defections": [
  {"defector": "Adnan Jassim al-Obeidi", "from": "IRQ", "to": "GBR", "post_host": "JOR", "date": "1995-11-28", "position": "commercial counsellor at the Iraqi embassy in Amman"},
  {"defector": "Hussein Kamel al-Majid", "from": "IRQ", "to": "JOR", "post_host": None, "date": "1995-08", "position": "head of military industrialisation"}
 ],
 "agreements": [
  {"name": "annual trade protocol", "aliases": ["Jordanian-Iraqi oil protocol", "the protocol"], "parties": ["JOR", "IRQ"], "date": "1995-12-03", "status": "signed"}
 ]
})

add("late2-008", "Home from the world: Castlebar diplomat hangs up his passport", "2017-05-12", "Regional newspaper (Co. Mayo)", """
After 34 years, four continents and, by his own count, "at least eleven thousand cups of bad coffee at receptions", Declan Moriarty is back in Castlebar for good.
The 65-year-old, who grew up on the Westport Road and went to St Gerald's, retired last month as Ireland's ambassador to the Republic of Korea, closing a career in the Department of Foreign Affairs that began with a junior post in Lagos in 1983.
"Lagos was the making of me," he told the paper this week, sitting in the kitchen of the house he and his wife Nuala have bought near the Mall. "You had a telex machine, a generator that worked three days out of five, and a queue of Irish missionaries at the door with problems nobody in Dublin had ever imagined."
Postings followed in Brussels, New York and Buenos Aires, where he served as deputy head of mission during the economic collapse of 2001. "People forget what that was like. We had Irish-Argentine families coming in with nothing, asking about citizenship through a grandparent in Longford."
His final years were spent in Seoul, where one of the highlights, he said, was welcoming the Irish naval vessel LÉ William Butler Yeats on a visit to the port of Busan. "The sailors were treated like rock stars. Half of them came home with Korean girlfriends' phone numbers, and I had to pretend not to know."
Mr Moriarty says he has no plans to write a memoir - "too many people are still alive" - but he will be giving a talk on life in the diplomatic service at Castlebar library on Thursday 25 May at 7pm. Admission is free.
""", {
 "countries": ["IRL", "KOR", "NGA", "ARG"],
 "persons": [
  {"name": "Declan Moriarty", "aliases": ["Mr Moriarty"], "nationality": "IRL"},
  {"name": "Nuala", "aliases": []}
 ],
 "not_persons": ["LÉ William Butler Yeats", "St Gerald's"],
 "embassies": [
  {"sending": "IRL", "host": "KOR", "city": "Seoul"},
  {"sending": "IRL", "host": "NGA", "city": "Lagos"},
  {"sending": "IRL", "host": "ARG", "city": "Buenos Aires"}
 ],
 "defections": [],
 "agreements": []
})

add("late2-009", "Belarusian diplomat in Warsaw refuses to return, seeks protection in Poland", "2024-06-20", "Broadcaster website (Europe desk)", """
A Belarusian diplomat posted to Warsaw has refused to go home and has asked Poland for international protection, Polish officials confirmed on Thursday.
Aliaksandr Zhuk, a first secretary at the Belarusian embassy who dealt with consular and border issues, is understood to have left the mission earlier this month. Poland's foreign ministry spokesman, Tomasz Milczarek, said the case was being handled "by the competent services" and that Mr Zhuk and his family were safe.
In a short video posted online, the diplomat - whose name is also spelled Alexander Zhuk in Russian transliteration - said he could no longer "represent a regime that imprisons people for a comment on social media". He did not say where the video was filmed.
Minsk reacted within hours. A statement from the Belarusian foreign ministry described him as a "traitor" who had been dismissed for "systematic violations of discipline", and accused Polish intelligence of recruiting him.
Relations between the neighbours have been at a low ebb since the disputed 2020 presidential election that returned Alexander Lukashenko to power and the crackdown that followed. Poland has since become home to tens of thousands of Belarusian exiles.
The most prominent case came during the Tokyo Olympics in 2021, when sprinter Krystsina Tsimanouskaya refused orders to fly home after criticising her coaches, sought help at the airport and was eventually given a humanitarian visa by Poland, where she now lives.
Mr Zhuk is believed to be the most senior Belarusian diplomat to break ranks since then.
""", {
 "countries": ["BLR", "POL"],
 "persons": [
  {"name": "Aliaksandr Zhuk", "aliases": ["Alexander Zhuk", "Mr Zhuk", "Zhuk"], "nationality": "BLR"},
  {"name": "Tomasz Milczarek", "aliases": [], "nationality": "POL"},
  {"name": "Alexander Lukashenko", "aliases": [], "nationality": "BLR"},
  {"name": "Krystsina Tsimanouskaya", "aliases": [], "nationality": "BLR"}
 ],
 "not_persons": [],
 "embassies": [{"sending": "BLR", "host": "POL", "city": "Warsaw"}],
 "defections": [
  {"defector": "Aliaksandr Zhuk", "from": "BLR", "to": "POL", "post_host": "POL", "date": "2024-06", "position": "first secretary at the Belarusian embassy"},
  {"defector": "Krystsina Tsimanouskaya", "from": "BLR", "to": "POL", "post_host": None, "date": "2021", "position": "sprinter"}
 ],
 "agreements": []
})
