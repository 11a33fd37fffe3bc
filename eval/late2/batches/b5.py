A = []
def add(id, title, published, source, text, gold):
    A.append(dict(id=id, title=title, published=published, source=source, text=text.strip(), gold=gold))

add("late2-040", "Israel and Jordan sign peace treaty in the desert", "1994-10-26", "Wire report", """
ARAVA CROSSING, Israel-Jordan border, Oct 26 - Israel and Jordan signed a peace treaty on Wednesday in a sun-baked ceremony on their desert frontier, formally ending 46 years of war between the two neighbours.
Israeli Prime Minister Yitzhak Rabin and Jordanian Prime Minister Abdul Salam al-Majali signed the document under a white canopy, as King Hussein and U.S. President Bill Clinton looked on in front of some 5,000 guests. Thousands of balloons were released as the signing was completed.
"This is a peace of soldiers and of warriors," Rabin told the gathering. King Hussein called it "peace with dignity".
The treaty settles the two countries' border disputes, provides for the sharing of water from the Jordan and Yarmouk rivers and commits both sides to preventing hostile acts against each other from their territory. It must still be ratified by the Israeli Knesset and the Jordanian parliament.
It builds on the Washington Declaration, signed by Rabin and King Hussein at the White House in July, which ended the state of belligerency between them.
Jordan becomes the second Arab state to make peace with Israel, after Egypt, whose 1979 treaty with Israel was signed on the White House lawn. Clinton, who flew in from Cairo earlier in the day, said he hoped Syria would be next.
Islamist groups in Jordan and Jewish settlers in the occupied territories staged protests against the agreement.
""", {
 "countries": ["ISR", "JOR", "USA", "EGY", "SYR"],
 "persons": [
  {"name": "Yitzhak Rabin", "aliases": ["Rabin"], "nationality": "ISR"},
  {"name": "Abdul Salam al-Majali", "aliases": [], "nationality": "JOR"},
  {"name": "King Hussein", "aliases": [], "nationality": "JOR"},
  {"name": "Bill Clinton", "aliases": ["Clinton"], "nationality": "USA"}
 ],
 "not_persons": ["Knesset", "White House"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Israel-Jordan peace treaty", "aliases": ["peace treaty", "the treaty"], "parties": ["ISR", "JOR"], "date": "1994-10-26", "status": "signed"},
  {"name": "Washington Declaration", "aliases": [], "parties": ["ISR", "JOR"], "date": "1994-07", "status": "signed"},
  {"name": "Egypt-Israel treaty", "aliases": ["1979 treaty"], "parties": ["EGY", "ISR"], "date": "1979", "status": "signed"}
 ]
})

add("late2-041", "Russian diplomat in Geneva quits over war and asks Swiss for protection", "2022-06-01", "Broadsheet (Europe)", """
A Russian diplomat at the country's mission to the United Nations in Geneva has resigned in protest at the invasion of Ukraine and asked the Swiss authorities for protection, in one of the few public breaks with the Kremlin by a serving member of the foreign service.
Arkady Leontiev, a counsellor who has worked on disarmament issues at the permanent mission since 2019, sent a letter of resignation to his superiors on Monday and circulated it to a number of foreign colleagues.
"For twenty years I have defended my country's positions in good conscience," the letter said. "What is being done in Ukraine in Russia's name cannot be defended, and I will not try."
Mr Leontiev, 46, said in a brief telephone conversation yesterday that he had submitted an application for protection to the Swiss State Secretariat for Migration and did not intend to return to Moscow. "I know what happens to people who write letters like this and then go home," he said.
The Swiss foreign ministry confirmed it was aware of the case but would not comment further. The Russian mission did not respond to requests for comment.
A diplomat from a European delegation who has worked alongside Mr Leontiev in disarmament talks described him as "meticulous, rather reserved, the last person you would expect to do something dramatic".
Since the invasion began in February, several Russian officials abroad are thought to have quietly left their posts, but very few have said so publicly.
""", {
 "countries": ["RUS", "CHE", "UKR"],
 "persons": [
  {"name": "Arkady Leontiev", "aliases": ["Mr Leontiev"], "nationality": "RUS"}
 ],
 "not_persons": ["State Secretariat for Migration"],
 "embassies": [{"sending": "RUS", "host": "CHE", "city": "Geneva"}],
 "defections": [
  {"defector": "Arkady Leontiev", "from": "RUS", "to": "CHE", "post_host": "CHE", "date": "2022-05-30", "position": "counsellor at the Russian mission to the United Nations in Geneva"}
 ],
 "agreements": []
})

add("late2-042", "The end of ABM", "2002-06-14", "Magazine (weekly news review)", """
At midnight on Wednesday, with no ceremony at all, the Anti-Ballistic Missile Treaty ceased to exist.
For thirty years it had been described, by its defenders, as the cornerstone of strategic stability. Signed in Moscow in May 1972 by Richard Nixon and Leonid Brezhnev, it committed the United States and the Soviet Union to forgo nationwide missile defences - on the theory that if neither side could protect itself from the other's missiles, neither would be tempted to fire first.
George W. Bush never accepted that logic. In December he gave the six months' notice of withdrawal the treaty required, arguing that it was a relic of a world in which Russia was an enemy and that it prevented America from defending itself against missiles from "rogue states" such as North Korea and Iran. The notice period expired this week, and with America gone the treaty simply lapsed.
What is striking is how little fuss there has been. Vladimir Putin called the decision "a mistake" when it was announced but has declined to make it a crisis. Instead, the two presidents signed a new treaty in Moscow last month cutting their deployed strategic warheads to between 1,700 and 2,200 each by 2012 - a three-page document that contains no verification provisions and can be abandoned with three months' notice.
Critics on Capitol Hill say the Moscow Treaty is thin gruel. Supporters say that is precisely the point: a relationship that no longer needs elaborate rules.
Work on the first interceptor site in Alaska began this week.
""", {
 "countries": ["USA", "SUN", "RUS", "PRK", "IRN"],
 "persons": [
  {"name": "Richard Nixon", "aliases": [], "nationality": "USA"},
  {"name": "Leonid Brezhnev", "aliases": [], "nationality": "SUN"},
  {"name": "George W. Bush", "aliases": [], "nationality": "USA"},
  {"name": "Vladimir Putin", "aliases": [], "nationality": "RUS"}
 ],
 "not_persons": ["Capitol Hill"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Anti-Ballistic Missile Treaty", "aliases": ["ABM"], "parties": ["USA", "SUN"], "date": "1972-05", "status": "terminated"},
  {"name": "Moscow Treaty", "aliases": [], "parties": ["USA", "RUS"], "date": "2002-05", "status": "signed"}
 ]
})

add("late2-043", "Nicaraguan consul in Liberia resigns, seeks refuge in Costa Rica", "2022-04-19", "Regional newspaper (Guanacaste, English-language weekly)", """
The head of Nicaragua's consulate in Liberia has resigned and asked Costa Rica for asylum, saying he could no longer serve the government of Daniel Ortega.
Róger Altamirano Zelaya, who had run the small consular office on the road to the airport since 2018, announced his decision on Friday in a handwritten letter that was photographed and shared widely on social media. He said the consulate had been used to "watch and frighten" Nicaraguans living in Guanacaste, many of whom fled their country after the crackdown on protests in 2018.
"I came here to help my compatriots with their papers, not to make lists of them," the letter said.
Costa Rica's migration authority confirmed on Monday that it had received a request for refuge from a Nicaraguan national and that it would be processed "with the usual confidentiality". The consulate in Liberia was closed on Monday morning, a handwritten sign on the door saying only "Cerrado".
Managua has not commented.
Guanacaste, which borders Nicaragua, is home to tens of thousands of Nicaraguan workers in agriculture and tourism. Local activist Xochilt Rugama, who runs a migrant support centre in Liberia, said many would be "watching to see what happens to him".
""", {
 "countries": ["NIC", "CRI"],
 "persons": [
  {"name": "Daniel Ortega", "aliases": [], "nationality": "NIC"},
  {"name": "Róger Altamirano Zelaya", "aliases": [], "nationality": "NIC"},
  {"name": "Xochilt Rugama", "aliases": []}
 ],
 "not_persons": [],
 "embassies": [{"sending": "NIC", "host": "CRI", "city": "Liberia"}],
 "defections": [
  {"defector": "Róger Altamirano Zelaya", "from": "NIC", "to": "CRI", "post_host": "CRI", "date": "2022-04-15", "position": "head of Nicaragua's consulate in Liberia"}
 ],
 "agreements": []
})

add("late2-044", "Putin suspends Russia's part in last nuclear treaty with US", "2023-02-21", "Broadcaster website (world)", """
Russian President Vladimir Putin has announced that Russia is suspending its participation in New START, the last remaining nuclear arms control treaty with the United States.
Speaking in his annual address to both houses of parliament in Moscow on Tuesday, Mr Putin said Russia was not withdrawing from the treaty altogether, but that it could not allow US inspectors to visit its nuclear facilities while Washington and its allies were seeking Russia's "strategic defeat" in Ukraine.
The treaty, signed in 2010 and extended for five years in 2021, limits each side to 1,550 deployed strategic warheads and provides for regular on-site inspections. Those inspections were paused during the pandemic and never resumed.
US Secretary of State Antony Blinken called the move "deeply unfortunate and irresponsible" and said Washington remained ready to talk about strategic arms limitation "at any time, with Russia, irrespective of anything else going on in the world".
Russia's foreign ministry later said Moscow would continue to respect the numerical limits on warheads and would keep notifying the US of ballistic missile tests.
Analysts warned that without inspections it would become harder for each side to know what the other was doing - and that the chances of a successor agreement before the treaty expires in February 2026 now looked slim.
""", {
 "countries": ["RUS", "USA", "UKR"],
 "persons": [
  {"name": "Vladimir Putin", "aliases": ["Mr Putin"], "nationality": "RUS"},
  {"name": "Antony Blinken", "aliases": [], "nationality": "USA"}
 ],
 "not_persons": [],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "New START", "aliases": [], "parties": ["RUS", "USA"], "date": "2010", "status": "suspended"}
 ]
})

add("late2-045", "CHINA SPY DEFECTOR: 'THEY'LL KILL ME'", "2005-06-07", "Tabloid (Sydney)", """
A CHINESE diplomat who walked out of Beijing's Sydney consulate says he will be executed if Canberra sends him home.
Zhou Yanbin, 37, first secretary for political affairs at the Chinese consulate-general in Sydney, quit his post on May 26 and went into hiding with his wife and six-year-old daughter.
He has begged the Federal Government for asylum, claiming his job involved spying on Falun Gong members and other Chinese dissidents living here.
"There are a thousand Chinese agents in this country," he told a rally in the city on Saturday. "I was in charge of watching people who had done nothing wrong."
But his bid for a protection visa has hit a wall. Immigration Minister Amanda Vanstone confirmed yesterday that an application had been lodged and would be assessed "like any other".
Foreign Minister Alexander Downer, who is under fire for his department's handling of the case, insisted Australia would not be "pushed around" by Beijing - or by Zhou.
The Chinese embassy in Canberra said Zhou was a liar who faked his claims to get permanent residency.
Zhou says he will not go back, whatever happens. "I have made my choice," he said.
""", {
 "countries": ["CHN", "AUS"],
 "persons": [
  {"name": "Zhou Yanbin", "aliases": ["Zhou"], "nationality": "CHN"},
  {"name": "Amanda Vanstone", "aliases": [], "nationality": "AUS"},
  {"name": "Alexander Downer", "aliases": [], "nationality": "AUS"}
 ],
 "not_persons": ["Falun Gong"],
 "embassies": [
  {"sending": "CHN", "host": "AUS", "city": "Sydney"},
  {"sending": "CHN", "host": "AUS", "city": "Canberra"}
 ],
 "defections": [
  {"defector": "Zhou Yanbin", "from": "CHN", "to": "AUS", "post_host": "AUS", "date": "2005-05-26", "position": "first secretary for political affairs at the Chinese consulate-general in Sydney"}
 ],
 "agreements": []
})

add("late2-046", "Eritrea denies ambassador to Kenya has defected", "2013-03-15", "Broadsheet (Africa)", """
Eritrea's government has dismissed reports that its ambassador to Kenya had defected, broadcasting footage of the envoy at a meeting in Asmara on Thursday evening.
Several opposition websites run by Eritrean exiles reported earlier in the week that Ambassador Bereket Woldeab Tesfai had left the embassy in Nairobi and was seeking asylum in a European country. The reports spread quickly on social media and were picked up by some regional news outlets.
But state television showed the ambassador seated beside the information minister, Yemane Gebremeskel, at what was described as a consultation with heads of mission called home for the annual review of foreign policy.
"The ambassador is at home, doing his job, as he has for eleven years," Mr Yemane wrote on Twitter. "The people who invent these stories should find another hobby."
The rumours reflected the regularity with which Eritrean officials have abandoned their posts in recent years. Eritrea, one of the world's most closed states, has lost a steady stream of diplomats, athletes and soldiers to exile, though the government rarely acknowledges the cases.
Kenyan officials said they had been informed by the embassy that the ambassador was on routine leave.
Mr Bereket is expected back in Nairobi next week.
""", {
 "countries": ["ERI", "KEN"],
 "persons": [
  {"name": "Bereket Woldeab Tesfai", "aliases": ["Mr Bereket"], "nationality": "ERI"},
  {"name": "Yemane Gebremeskel", "aliases": ["Mr Yemane"], "nationality": "ERI"}
 ],
 "not_persons": ["Twitter"],
 "embassies": [{"sending": "ERI", "host": "KEN", "city": "Nairobi"}],
 "defections": [],
 "agreements": []
})

add("late2-047", "U.S. and Britain sign atomic pact", "1958-07-04", "Wire report (AP)", """
WASHINGTON, July 3 (AP) - The United States and Britain signed an agreement today that will let the two nations share nuclear weapons secrets for the first time since the war.
Secretary of State John Foster Dulles and Viscount Hood, the British Minister in Washington, signed the agreement at the State Department in a brief ceremony attended by members of the Joint Congressional Committee on Atomic Energy.
The pact, made possible by amendments to the Atomic Energy Act that President Eisenhower signed into law yesterday, permits the exchange of information on the design and production of nuclear weapons and the transfer of materials for military reactors, including submarine propulsion plants.
It must lie before Congress for 30 days before it can take effect.
Wartime cooperation between the two countries under the Quebec Agreement of 1943 was cut off by the McMahon Act of 1946, which barred the sharing of atomic information with any foreign nation. British officials have long resented the ban, arguing that their scientists made a decisive contribution to the wartime bomb project.
Britain exploded its first hydrogen bomb last year over the Pacific. Officials here said that achievement had convinced Congress that Britain had little to learn from the United States and much to offer.
A British embassy spokesman said the agreement "restores a partnership that should never have been interrupted".
""", {
 "countries": ["USA", "GBR"],
 "persons": [
  {"name": "John Foster Dulles", "aliases": [], "nationality": "USA"},
  {"name": "Viscount Hood", "aliases": [], "nationality": "GBR"},
  {"name": "President Eisenhower", "aliases": ["Eisenhower"], "nationality": "USA"}
 ],
 "not_persons": ["McMahon Act", "Atomic Energy Act", "Joint Congressional Committee on Atomic Energy"],
 "embassies": [{"sending": "GBR", "host": "USA", "city": "Washington"}],
 "defections": [],
 "agreements": [
  {"name": "U.S.-British atomic agreement", "aliases": ["atomic pact", "the pact"], "parties": ["USA", "GBR"], "date": "1958-07-03", "status": "signed"},
  {"name": "Quebec Agreement", "aliases": [], "parties": ["USA", "GBR"], "date": "1943", "status": "terminated"}
 ]
})

add("late2-048", "Fifty years after Hakodate: the pilots who flew out", "2026-09-06", "Magazine (aviation and history)", """
Fifty years ago today, a little after one in the afternoon, air traffic controllers at Hakodate airport on the northern Japanese island of Hokkaido watched an aircraft none of them had ever seen before drop out of low cloud, overshoot the runway and come to a halt in a field of grass, its nose wheel torn away.
The pilot climbed out, fired two warning shots into the air to keep onlookers away from the aircraft, and asked for someone who could arrange asylum in the United States.
He was Lieutenant Viktor Belenko of the Soviet air defence forces, and the aircraft was a MiG-25 - the interceptor Western intelligence had feared above all others. Within days it had been dismantled by Japanese and American specialists, examined, and eventually returned to the Soviet Union in crates. Belenko himself was flown to America and never saw his homeland again.
"The Japanese were extremely correct and extremely nervous," recalls Tadashi Onodera, then a junior official at the airport, now 81. "Nobody knew what the Russians would do. Some people in the terminal thought there would be a war."
Belenko's flight is the best known of a small number of defections by military pilots during the Cold War, each of which handed a rival air force a prize that money could not buy. But it was not the last.
On 25 February 1983, Captain Lee Ung-pyeong of the North Korean air force broke away from a training exercise and flew his MiG-19 south across the line, with South Korean fighters scrambling to escort him in. Air-raid sirens sounded across Seoul. Lee, whose name is sometimes written Yi Ung-pyong, was given a hero's welcome, a commission in the South Korean air force and a reward worth a small fortune.
Eight years later, on 20 March 1991, Major Orestes Lorenzo Pérez of the Cuban air force took off from a base in central Cuba in a MiG-23 and flew low across the Florida Straits to land at the naval air station in Key West. He asked for asylum in the United States. His wife and two sons had stayed behind; when Havana refused to let them leave, he returned in December 1992 in a borrowed Cessna, landed on a coastal highway and flew them out, an exploit that still sounds like fiction.
What the three men shared, apart from their skill and their nerve, was an acute understanding of what they were carrying. A modern combat aircraft was not merely a means of escape; it was the most valuable intelligence asset their governments possessed, and in each case its loss caused consternation in the capital it had left behind. Moscow changed the codes and radars of its entire air defence system. Pyongyang, according to later South Korean accounts, purged its air force command.
Not every pilot who tried made it, and not every flight was a defection: in the same decades, several aircraft strayed across borders through error or bad weather, and their crews were returned home. But the successful cases have acquired a mythic quality, retold in memoirs, documentaries and, in Belenko's case, a bestselling book.
Belenko died in 2023 in the United States. Lee died in 2002. Lorenzo, now in his seventies, still flies.
""", {
 "countries": ["JPN", "USA", "SUN", "PRK", "KOR", "CUB"],
 "persons": [
  {"name": "Viktor Belenko", "aliases": ["Belenko"], "nationality": "SUN"},
  {"name": "Tadashi Onodera", "aliases": [], "nationality": "JPN"},
  {"name": "Lee Ung-pyeong", "aliases": ["Lee", "Yi Ung-pyong"], "nationality": "PRK"},
  {"name": "Orestes Lorenzo Pérez", "aliases": ["Lorenzo"], "nationality": "CUB"}
 ],
 "not_persons": ["MiG-25", "MiG-19", "MiG-23", "Cessna", "Hakodate"],
 "embassies": [],
 "defections": [
  {"defector": "Viktor Belenko", "from": "SUN", "to": "USA", "post_host": None, "date": "1976-09-06", "position": "lieutenant in the Soviet air defence forces"},
  {"defector": "Lee Ung-pyeong", "from": "PRK", "to": "KOR", "post_host": None, "date": "1983-02-25", "position": "captain in the North Korean air force"},
  {"defector": "Orestes Lorenzo Pérez", "from": "CUB", "to": "USA", "post_host": None, "date": "1991-03-20", "position": "major in the Cuban air force"}
 ],
 "agreements": []
})

add("late2-049", "Cambodian attache seeks Thai protection as border accord stays frozen", "2026-01-20", "Broadcaster website (Asia)", """
A senior Cambodian military officer posted to Bangkok has refused an order to return home and asked the Thai authorities for protection, officials said on Tuesday, in a case likely to further strain relations between the two neighbours.
Colonel Sok Vuthy, the defence attache at the Cambodian embassy, left the mission last week after being recalled to Phnom Penh, according to a Thai security official who spoke on condition of anonymity. Thailand's foreign ministry confirmed it had received "a request from a Cambodian national for protection" and said it would be handled under Thai law.
In a statement posted on social media, Colonel Sok said he had been ordered to return after refusing to repeat "false accusations" against Thailand during a meeting with foreign military attaches. He said he feared imprisonment if he went back.
The Cambodian defence ministry said the colonel had been dismissed and accused him of "betraying the nation for personal gain".
The case comes at a low point for relations. The two countries fought a five-day border war in July last year, which ended with a ceasefire agreed at talks in Malaysia hosted by Prime Minister Anwar Ibrahim. In October, their leaders signed a more detailed peace accord in Kuala Lumpur, witnessed by US President Donald Trump, covering the withdrawal of heavy weapons and the clearing of landmines.
But Thailand suspended its implementation of that accord in November after Thai soldiers were wounded by a newly laid mine, and it has remained frozen since. Thai officials say it cannot be revived until Cambodia gives guarantees on mine-laying.
Cambodian Prime Minister Hun Manet said on Monday that Phnom Penh remained "fully committed" to the agreement and urged Bangkok to return to it.
""", {
 "countries": ["KHM", "THA", "MYS", "USA"],
 "persons": [
  {"name": "Sok Vuthy", "aliases": ["Colonel Sok"], "nationality": "KHM"},
  {"name": "Anwar Ibrahim", "aliases": [], "nationality": "MYS"},
  {"name": "Donald Trump", "aliases": [], "nationality": "USA"},
  {"name": "Hun Manet", "aliases": [], "nationality": "KHM"}
 ],
 "not_persons": [],
 "embassies": [{"sending": "KHM", "host": "THA", "city": "Bangkok"}],
 "defections": [
  {"defector": "Sok Vuthy", "from": "KHM", "to": "THA", "post_host": "THA", "date": "2026-01", "position": "defence attache at the Cambodian embassy"}
 ],
 "agreements": [
  {"name": "ceasefire", "aliases": [], "parties": ["THA", "KHM"], "date": "2025-07", "status": None},
  {"name": "peace accord", "aliases": ["that accord", "the agreement"], "parties": ["THA", "KHM"], "date": "2025-10", "status": "suspended"}
 ]
})
