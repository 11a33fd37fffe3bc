A = []
def add(id, title, published, source, text, gold):
    A.append(({"id": id, "title": title, "published": published, "source": source, "text": text.strip()}, gold))

add("ap-020", "North Korean soldier walks across central front, military says", "2025-08-20", "Korean news agency, English service", """
A North Korean soldier crossed the heavily fortified border into South Korea on Sunday and was taken into custody by troops on the central front, the Joint Chiefs of Staff said, in the latest of a string of such crossings this year.
The soldier, a private first class in his early twenties, walked across the Military Demarcation Line in Cheorwon county shortly after dawn and signalled his intention to defect, a JCS spokesman said at a briefing on Wednesday. He was guided through a minefield by South Korean troops who had tracked him on thermal cameras for several hours.
Officials initially withheld his identity, but a lawmaker on the parliamentary defence committee, Yu Yong-won, later named him as Ri Kwang-hyok. Government interrogators are questioning him about conditions in his unit, which they said had been short of food since spring.
Crossings by serving soldiers remain rare. The most dramatic in recent memory came in November 2017, when Oh Chong-song, a driver at the Joint Security Area in Panmunjom, sprinted across the line under fire and was hit five times. He survived after emergency surgery by the trauma surgeon Lee Cook-jong, who has since written a memoir about the case.
The North has been reinforcing its side of the border with new walls and anti-tank barriers since last year, which analysts say has made such escapes more dangerous. Pyongyang's state media did not mention Sunday's incident.
""", {
 "countries": ["PRK", "KOR"],
 "persons": [
  {"name": "Ri Kwang-hyok", "aliases": [], "nationality": "PRK"},
  {"name": "Yu Yong-won", "aliases": [], "nationality": "KOR"},
  {"name": "Oh Chong-song", "aliases": [], "nationality": "PRK"},
  {"name": "Lee Cook-jong", "aliases": []}
 ],
 "not_persons": ["Joint Chiefs of Staff", "JCS", "Joint Security Area", "Military Demarcation Line"],
 "embassies": [],
 "defections": [
  {"defector": "Ri Kwang-hyok", "from": "PRK", "to": "KOR", "post_host": None, "date": "2025-08-17", "position": "private first class"},
  {"defector": "Oh Chong-song", "from": "PRK", "to": "KOR", "post_host": None, "date": "2017-11", "position": "soldier, driver at the Joint Security Area"}
 ],
 "agreements": []
})

add("ap-021", "Manila, Jakarta sea boundary pact enters into force", "2019-08-02", "Philippine newspaper", """
A treaty fixing the maritime boundary between the Philippines and Indonesia in the Mindanao and Celebes seas took effect on Thursday, more than two decades after the two neighbours began talks and five years after it was signed.
The Agreement Concerning the Delimitation of the Exclusive Economic Zone Boundary was signed in Manila in May 2014 by then foreign secretary Albert del Rosario and his Indonesian counterpart, Marty Natalegawa. Indonesia ratified it in 2017, and the Philippine Senate gave its concurrence only this year.
"This is how neighbours are supposed to settle disputes: by talking, by the law, without coercion," Foreign Affairs Secretary Teodoro Locsin Jr. said at a ceremony at which instruments of ratification were exchanged with the Indonesian ambassador, Sinyo Harry Sarundajang.
The line runs for about 1,160 kilometres and settles overlapping claims that had left fishermen from General Santos and North Sulawesi vulnerable to arrest by each other's patrols.
Diplomats were quick to draw the contrast with the South China Sea, where Manila won an arbitration case against China in 2016 that Beijing refuses to recognise. The continental shelf boundary between the two archipelagos remains to be negotiated, officials said, and no date has been set for talks.
""", {
 "countries": ["PHL", "IDN", "CHN"],
 "persons": [
  {"name": "Albert del Rosario", "aliases": [], "nationality": "PHL"},
  {"name": "Marty Natalegawa", "aliases": [], "nationality": "IDN"},
  {"name": "Teodoro Locsin Jr.", "aliases": [], "nationality": "PHL"},
  {"name": "Sinyo Harry Sarundajang", "aliases": [], "nationality": "IDN"}
 ],
 "not_persons": ["Philippine Senate", "General Santos"],
 "embassies": [{"sending": "IDN", "host": "PHL", "city": None}],
 "defections": [],
 "agreements": [
  {"name": "Agreement Concerning the Delimitation of the Exclusive Economic Zone Boundary", "aliases": [], "parties": ["PHL", "IDN"], "date": "2014-05", "status": "in_force"}
 ]
})

add("ap-022", "Top North Korean ideologue seeks asylum at South Korean mission in Peking", "1997-02-13", "Wire report", """
PEKING (Wire) -- Hwang Jang Yop, the architect of North Korea's ideology of self-reliance and the most senior official ever to abandon the Communist state, walked into the South Korean consulate here on Wednesday and asked for asylum, officials in Seoul said.
Hwang, 73, a secretary of the ruling Workers' Party's Central Committee, was on his way home from a seminar in Tokyo on the juche philosophy he is credited with devising. He was accompanied by an aide, Kim Dok Hong, who heads a Party-run trading company and also asked for asylum.
South Korean riot police-style security was immediately tightened around the consulate building, and Chinese armed police sealed off the surrounding streets. North Korean officials arrived within hours demanding that the two men be handed over, claiming they had been "kidnapped."
The defection places China in an awkward position between its old ally in Pyongyang and its growing economic partner in Seoul. A Foreign Ministry spokesman, Shen Guofang, said the case would be handled "according to international law and Chinese law" and gave no indication how long it might take.
In Seoul, President Kim Young Sam convened an emergency meeting of his national security advisers. Officials said Hwang - whose name South Korean newspapers spell Hwang Jang-yop - had carried a letter expressing his wish to "work for the reunification of the fatherland" in the South.
""", {
 "countries": ["PRK", "KOR", "CHN"],
 "persons": [
  {"name": "Hwang Jang Yop", "aliases": ["Hwang", "Hwang Jang-yop"], "nationality": "PRK"},
  {"name": "Kim Dok Hong", "aliases": [], "nationality": "PRK"},
  {"name": "Shen Guofang", "aliases": [], "nationality": "CHN"},
  {"name": "Kim Young Sam", "aliases": [], "nationality": "KOR"}
 ],
 "not_persons": ["Workers' Party"],
 "embassies": [{"sending": "KOR", "host": "CHN", "city": "Peking"}],
 "defections": [
  {"defector": "Hwang Jang Yop", "from": "PRK", "to": "KOR", "post_host": None, "date": "1997-02-12", "position": "secretary of the Workers' Party Central Committee"},
  {"defector": "Kim Dok Hong", "from": "PRK", "to": "KOR", "post_host": None, "date": "1997-02-12", "position": "aide; head of a Party-run trading company"}
 ],
 "agreements": []
})

add("ap-023", "Kinmen fishermen still held as coast guards trade blame", "2024-02-21", "Taiwanese English-language daily", """
KINMEN -- Two Taiwanese fishermen detained by Chinese authorities after their speedboat capsized near this frontline island remained in custody on Wednesday, a week after the incident, as Taipei and Beijing traded accusations over who was to blame.
Taiwan's Ocean Affairs Council minister, Kuan Bi-ling, told legislators that two Chinese nationals died when the boat overturned while being chased by a Taiwanese coast guard patrol on Feb. 14. She apologised to their families but said the vessel had been fishing illegally in Taiwan's restricted waters.
China's Taiwan Affairs Office spokesman, Zhu Fenglian, said Beijing "does not recognise" any so-called restricted waters and announced that the China Coast Guard would step up patrols around Kinmen. On Monday, Chinese coast guard officers boarded a Taiwanese tourist boat for the first time.
Relatives of the detained Taiwanese, who were fishing separately, gathered at the harbour in Shuitou. "My brother is a fisherman. He knows nothing about politics," said one woman, Chen Hsiu-lan.
Taipei has no formal channel with Beijing since cross-strait dialogue mechanisms were frozen in 2016, officials said, leaving Red Cross organisations on both sides to relay messages.
""", {
 "countries": ["TWN", "CHN"],
 "persons": [
  {"name": "Kuan Bi-ling", "aliases": [], "nationality": "TWN"},
  {"name": "Zhu Fenglian", "aliases": [], "nationality": "CHN"},
  {"name": "Chen Hsiu-lan", "aliases": [], "nationality": "TWN"}
 ],
 "not_persons": ["Ocean Affairs Council", "Taiwan Affairs Office", "China Coast Guard", "Red Cross", "Shuitou"],
 "embassies": [],
 "defections": [],
 "agreements": []
})

add("ap-024", "Timor Sea boundary treaty comes into force, closing bitter chapter", "2019-08-30", "Australian broadcaster", """
DILI — A treaty establishing the first permanent maritime boundary between Australia and Timor-Leste came into force on Friday, as Prime Minister Scott Morrison arrived in Dili for celebrations marking 20 years since the vote that led to the country's independence.
The Treaty Establishing Their Maritime Boundaries in the Timor Sea was signed at United Nations headquarters in New York in March last year, after a compulsory conciliation process — the first of its kind — forced the two sides back to the negotiating table.
Its entry into force formally ends two earlier arrangements Dili had long resented: the 2002 Timor Sea Treaty, signed on the day of independence, and the 2006 treaty on Certain Maritime Arrangements in the Timor Sea, known as CMATS, which froze boundary talks for 50 years. Timor-Leste had pushed to terminate CMATS after accusing Australian intelligence of bugging its cabinet room during the negotiations.
Xanana Gusmão, the independence hero who led Timor-Leste's negotiating team, said the new boundary was "a victory for sovereignty." He did not attend the ceremony with Morrison.
Still unresolved is how revenue from the Greater Sunrise gas fields, which straddle the new line, will be developed. Both governments said talks would continue.
""", {
 "countries": ["AUS", "TLS"],
 "persons": [
  {"name": "Scott Morrison", "aliases": ["Morrison"], "nationality": "AUS"},
  {"name": "Xanana Gusmão", "aliases": [], "nationality": "TLS"}
 ],
 "not_persons": ["Greater Sunrise"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Treaty Establishing Their Maritime Boundaries in the Timor Sea", "aliases": [], "parties": ["AUS", "TLS"], "date": "2018-03", "status": "in_force"},
  {"name": "Timor Sea Treaty", "aliases": ["2002 Timor Sea Treaty"], "parties": ["AUS", "TLS"], "date": "2002", "status": "terminated"},
  {"name": "treaty on Certain Maritime Arrangements in the Timor Sea", "aliases": ["CMATS"], "parties": ["AUS", "TLS"], "date": "2006", "status": "terminated"}
 ]
})

add("ap-025", "Hijackers reach Pyongyang, ask for asylum; hostages freed", "1970-04-04", "Wire report", """
TOKYO, April 4 -- Nine young Japanese radicals who hijacked a Japan Air Lines jetliner on Tuesday flew into Pyongyang yesterday and surrendered to North Korean authorities, asking for political asylum, the Japanese Government said today.
The students, armed with samurai swords and pipe bombs, had seized the Boeing 727, nicknamed Yodo, on a domestic flight from Tokyo to Fukuoka. After refuelling in Fukuoka, the plane was tricked into landing at Kimpo airport outside Seoul, where South Korean officials disguised the terminal as a North Korean one. The ruse was discovered and a three-day standoff followed.
The deadlock was broken when Shinjiro Yamamura, Parliamentary Vice Minister of Transport, volunteered to take the place of the remaining passengers as hostage. He and the crew were expected to fly back from Pyongyang today.
The hijackers' leader was identified as Takamaro Tamiya, 27, a former student at Osaka City University and a member of the Red Army Faction. Japanese police, who list suspects family name first, have circulated his name as Tamiya Takamaro. He is believed to have told the pilot that the group intended to train in North Korea "for world revolution."
North Korea's official news agency said the group would be treated "in accordance with humanitarian principles." Japan, which has no diplomatic relations with Pyongyang, has asked through the Red Cross for the hijackers to be returned to stand trial.
""", {
 "countries": ["JPN", "PRK", "KOR"],
 "persons": [
  {"name": "Shinjiro Yamamura", "aliases": [], "nationality": "JPN"},
  {"name": "Takamaro Tamiya", "aliases": ["Tamiya Takamaro"], "nationality": "JPN"}
 ],
 "not_persons": ["Yodo", "Japan Air Lines", "Red Army Faction", "Osaka City University", "Red Cross"],
 "embassies": [],
 "defections": [
  {"defector": "Takamaro Tamiya", "from": "JPN", "to": "PRK", "post_host": None, "date": "1970-03-31", "position": "leader of hijackers"}
 ],
 "agreements": []
})

add("ap-026", "Thailand tears up sea pact with Cambodia over Thaksin appointment", "2009-11-06", "Wire report", """
BANGKOK (Wire) - Thailand's cabinet voted on Thursday to revoke a 2001 memorandum of understanding with Cambodia on overlapping maritime claims in the Gulf of Thailand, escalating a row sparked by Phnom Penh's appointment of fugitive former premier Thaksin Shinawatra as an economic adviser.
The memorandum, signed in June 2001 when Thaksin himself was prime minister, set a framework for talks on jointly developing oil and gas reserves in a disputed area of about 27,000 square kilometres. Government spokesman Panitan Wattanayagorn said it had been "tainted by conflicts of interest."
Thaksin was ousted in a 2006 coup and fled Thailand in August last year, shortly before a court sentenced him in absentia to two years in prison for corruption. He has since lived mostly in Dubai, in the United Arab Emirates, while travelling widely.
Cambodian Prime Minister Hun Sen has said he will not extradite Thaksin, calling him "an eternal friend" and describing the conviction as politically motivated. Both countries withdrew their ambassadors on Thursday, leaving the embassies in Bangkok and Phnom Penh in the hands of charges d'affaires.
A separate memorandum on the land border, signed in 2000, was not affected by Thursday's decision, officials said.
""", {
 "countries": ["THA", "KHM", "ARE"],
 "persons": [
  {"name": "Thaksin Shinawatra", "aliases": ["Thaksin"], "nationality": "THA"},
  {"name": "Panitan Wattanayagorn", "aliases": [], "nationality": "THA"},
  {"name": "Hun Sen", "aliases": [], "nationality": "KHM"}
 ],
 "not_persons": [],
 "embassies": [
  {"sending": "KHM", "host": "THA", "city": "Bangkok"},
  {"sending": "THA", "host": "KHM", "city": "Phnom Penh"}
 ],
 "defections": [
  {"defector": "Thaksin Shinawatra", "from": "THA", "to": "ARE", "post_host": None, "date": "2008-08", "position": "former prime minister"}
 ],
 "agreements": [
  {"name": "2001 memorandum of understanding", "aliases": ["memorandum"], "parties": ["THA", "KHM"], "date": "2001-06", "status": "terminated"},
  {"name": "memorandum on the land border", "aliases": [], "parties": ["THA", "KHM"], "date": "2000", "status": None}
 ]
})

add("ap-027", "One North Korean fisherman goes home, another heads south", "2019-10-18", "Japanese newspaper, English edition", """
Two North Korean fishermen rescued from a drifting wooden boat off the Noto Peninsula earlier this month have gone their separate ways, Japanese government sources said Friday.
Kim Myong-ho, 52, the boat's skipper, asked to return home and was handed over to North Korean officials in Dalian, China, on Tuesday, the sources said. His crewmate Jo Song-chol, 31, told Japanese immigration officers that he did not wish to go back and wanted to live in South Korea. He was flown to Seoul on Wednesday in a transfer arranged between the Japanese and South Korean governments.
The pair were found by a Japan Coast Guard patrol on Oct. 3 about 300 kilometres northwest of the peninsula, clinging to the hull of their capsized boat after what they said was an engine failure in rough seas. A third crew member had died.
Japan has seen a steady stream of North Korean "ghost ships" washing ashore along the Sea of Japan coast in recent years, many carrying bodies. Survivors are rare, and those who ask to stay abroad rarer still.
"The decision to go south was his own," said a Foreign Ministry official who declined to be named. He said Japan had "acted on humanitarian grounds" and had not been contacted by Pyongyang about the second man.
The South Korean Unification Ministry confirmed Jo's arrival but gave no further details.
""", {
 "countries": ["PRK", "JPN", "CHN", "KOR"],
 "persons": [
  {"name": "Kim Myong-ho", "aliases": [], "nationality": "PRK"},
  {"name": "Jo Song-chol", "aliases": ["Jo"], "nationality": "PRK"}
 ],
 "not_persons": ["Japan Coast Guard", "Unification Ministry", "Noto Peninsula"],
 "embassies": [],
 "defections": [
  {"defector": "Jo Song-chol", "from": "PRK", "to": "KOR", "post_host": None, "date": "2019-10", "position": "fisherman"}
 ],
 "agreements": []
})

add("ap-028", "Beijing cuts ECFA tariff perks ahead of Taiwan vote", "2024-01-02", "Financial newspaper", """
TAIPEI — Chinese tariff concessions on 12 Taiwanese petrochemical products lapsed on Monday, the first time Beijing has suspended any part of the 2010 trade pact with Taiwan, in a move Taipei called blatant interference ahead of the island's presidential election on Jan. 13.
The Economic Cooperation Framework Agreement, signed in Chongqing in June 2010 under the Beijing-friendly Kuomintang government of Ma Ying-jeou, cut tariffs on more than 500 Taiwanese goods. China's commerce ministry said last month that Taiwan had violated the deal by restricting imports of more than 2,500 Chinese products.
Economy Minister Wang Mei-hua said the affected exports were worth about US$340 million a year, a tiny share of the total. "ECFA remains in force, and we will handle this through the WTO if necessary," she told reporters.
Analysts saw the step as a warning to voters. Beijing's Taiwan Affairs Office has said further concessions could be cut if the ruling Democratic Progressive Party's candidate, Lai Ching-te, wins.
ECFA was meant to be followed by a services deal. The Cross-Strait Service Trade Agreement was signed in Shanghai in 2013 but never ratified after students occupied the legislature for three weeks in the spring of 2014, in what became known as the Sunflower Movement.
""", {
 "countries": ["CHN", "TWN"],
 "persons": [
  {"name": "Ma Ying-jeou", "aliases": [], "nationality": "TWN"},
  {"name": "Wang Mei-hua", "aliases": [], "nationality": "TWN"},
  {"name": "Lai Ching-te", "aliases": [], "nationality": "TWN"}
 ],
 "not_persons": ["Kuomintang", "Taiwan Affairs Office", "Democratic Progressive Party", "Sunflower Movement", "WTO"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Economic Cooperation Framework Agreement", "aliases": ["ECFA", "2010 trade pact"], "parties": ["CHN", "TWN"], "date": "2010-06", "status": "in_force"},
  {"name": "Cross-Strait Service Trade Agreement", "aliases": ["services deal"], "parties": ["CHN", "TWN"], "date": "2013", "status": "signed"}
 ]
})

add("ap-029", "Vietnam's embassy marks half a century of ties with Australia", "2023-02-26", "Community newspaper, Canberra", """
More than 300 guests packed the Vietnamese Embassy in O'Malley on Friday night for a reception celebrating 50 years since Australia and Vietnam established diplomatic relations in February 1973.
Ambassador Phạm Hùng Tâm — who goes simply by "Ambassador Tam" among Canberra's diplomatic corps — told the crowd that the relationship had grown "from difficult beginnings into a genuine friendship." Two-way trade now exceeds A$20 billion a year, he said.
Assistant Foreign Minister Tim Watts, representing the government, paid tribute to the Vietnamese-Australian community, many of whom arrived as refugees after 1975. "Your story is part of Australia's story," he said.
The menu featured dishes from Hanoi, Huế and Ho Chi Minh City, and a string quartet from the ANU School of Music played Vietnamese folk songs. Among the guests was Do Thi Lan, a Sydney restaurateur who came to Australia as an exchange student in 1991 and now chairs a Vietnamese business council.
Officials from both sides have hinted that the relationship could be upgraded to a "comprehensive strategic partnership" when leaders meet later this year, though no date has been fixed.
""", {
 "countries": ["VNM", "AUS"],
 "persons": [
  {"name": "Phạm Hùng Tâm", "aliases": ["Ambassador Tam"], "nationality": "VNM"},
  {"name": "Tim Watts", "aliases": [], "nationality": "AUS"},
  {"name": "Do Thi Lan", "aliases": []}
 ],
 "not_persons": ["Ho Chi Minh City", "ANU School of Music", "O'Malley"],
 "embassies": [{"sending": "VNM", "host": "AUS", "city": "Canberra"}],
 "defections": [],
 "agreements": []
})
