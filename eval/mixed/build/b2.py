import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
ITEMS = []

ITEMS.append((A("mix-010", "Nixon and Brezhnev sign arms pacts in the Kremlin", "1972-05-27", "Wire report",
"""MOSCOW, May 26 — President Nixon and Leonid I. Brezhnev, the Soviet Communist party leader, signed two agreements tonight limiting the nuclear arsenals of their countries, the first such accords of the atomic age.
Under a treaty on antiballistic missile systems, each side will be restricted to two ABM sites, one protecting its capital and one protecting an intercontinental missile field. A separate interim agreement freezes the number of land- and sea-based offensive missile launchers for five years while negotiators seek a more comprehensive settlement.
The documents were signed in St. Vladimir Hall of the Kremlin at 11 P.M. Moscow time before an audience of several hundred officials. Mr. Nixon and Mr. Brezhnev shook hands and exchanged the pens they had used.
The treaty requires the consent of the Senate. The interim agreement, an executive agreement, will be submitted to both houses of Congress for approval.
Henry A. Kissinger, the President's adviser on national security, told reporters afterward that the accords "do not end the arms race, but they put a ceiling on it in its most dangerous dimension." He conceded that the Soviet Union would retain more missile launchers than the United States, but said American advantages in warheads and bombers more than offset the difference.
The talks that produced the agreements — known as SALT — began in Helsinki in November 1969 and alternated between that city and Vienna."""),
G(["USA","SUN"],
  [P("Nixon", ["Mr. Nixon"], "USA"), P("Leonid I. Brezhnev", ["Brezhnev", "Mr. Brezhnev"], "SUN"), P("Henry A. Kissinger", [], "USA")],
  [], [], [],
  [AG("treaty on antiballistic missile systems", [], ["USA","SUN"], "1972-05-26", "signed"),
   AG("interim agreement", [], ["USA","SUN"], "1972-05-26", "signed")])))

ITEMS.append((A("mix-011", "Afghan air force pilots land in Uzbekistan as Kabul falls", "2021-08-16", "Wire report",
"""TASHKENT — Dozens of Afghan military aircraft crossed into Uzbekistan over the weekend carrying hundreds of soldiers, Uzbek officials said on Monday, as the Western-backed government in Kabul collapsed.
The Uzbek Defence Ministry said 22 military planes and 24 helicopters with 585 servicemen aboard had landed at Termez airport near the border. One of the pilots, Captain Sayed Jawad Rahimi, told a local journalist by phone that he had flown his Black Hawk north on Saturday with eleven soldiers and their commanding officer.
"We had no orders, no fuel resupply, nothing," Rahimi said. "If we stayed, the Taliban would take the aircraft and probably us." He said he was asking to be resettled in a third country.
Uzbek authorities said the men were being held at a camp and would be handled under international law. The Taliban have demanded the return of the aircraft, which were supplied by the United States.
Officials in neighbouring Tajikistan said a smaller number of Afghan aircraft had also landed there."""),
G(["AFG","UZB","USA","TJK"],
  [P("Sayed Jawad Rahimi", ["Rahimi"], "AFG")],
  ["Black Hawk"], [],
  [D("Sayed Jawad Rahimi","AFG","UZB",None,"2021-08-14","air force pilot, captain")], [])))

ITEMS.append((A("mix-012", "Nuclear talks end in Beijing with no deal on verification", "2008-12-11", "Wire report",
"""BEIJING — Six-nation talks on North Korea's nuclear programme broke up on Thursday without agreement on how to verify Pyongyang's account of its past activities, leaving the process stalled as the Bush administration enters its final weeks.
Christopher Hill, the chief U.S. negotiator, said the North Korean side had refused to commit in writing to allowing inspectors to take samples from its Yongbyon complex. "We were not able to get there," he told reporters outside his hotel.
China, which chaired the four days of meetings, issued a short statement saying the parties had "exchanged views in depth" and would meet again at an unspecified date. Japan and South Korea said fuel aid shipments to the North could be delayed. Russia's envoy called for patience.
North Korea's delegation, led by Vice Foreign Minister Kim Kye-gwan, left without speaking to reporters."""),
G(["PRK","USA","CHN","JPN","KOR","RUS"],
  [P("Christopher Hill", ["Hill"], "USA"), P("Kim Kye-gwan", [], "PRK"), P("Bush", [], "USA")],
  [], [], [], [])))

ITEMS.append((A("mix-013", "Kenya, Tanzania sign Lake Victoria fisheries protocol", "2026-01-28", "Local report, lakeside correspondent",
"""MWANZA — Fishermen on the Tanzanian side of Lake Victoria have been arrested in Kenyan waters so often that Juma Mwakyusa, who chairs a beach management unit here, keeps a folder of the court papers.
He hopes the folder will stop growing. On Monday, ministers from Tanzania and Kenya signed a protocol on joint management of fisheries in the lake, which sets out a shared licensing register, common rules on net sizes and a procedure for releasing fishermen caught across the boundary within 72 hours.
"For us this is not about diplomacy, it is about whether a man comes home to his family," Mwakyusa said.
The protocol will only take effect once both parliaments have ratified it, which officials expect to happen before the end of the year. Kenya's fisheries principal secretary, Betsy Njagi, said the two sides would also set up a joint patrol unit. Uganda, which shares the lake, was invited to join later.
Environmental groups welcomed the text but said enforcement would depend on funding."""),
G(["KEN","TZA","UGA"],
  [P("Juma Mwakyusa", ["Mwakyusa"], "TZA"), P("Betsy Njagi", [], "KEN")],
  [], [], [],
  [AG("protocol on joint management of fisheries", ["Lake Victoria fisheries protocol"], ["KEN","TZA"], "2026-01-26", "signed")])))

ITEMS.append((A("mix-014", "Chinese physicist seeks asylum after San Diego conference", "1996-06-20", "Newspaper report, science desk",
"""A Chinese physicist who came to the United States for a scientific conference this month has applied for political asylum, saying he fears arrest if he returns, his lawyer said yesterday.
Zhou Wenliang, 44, a researcher at a plasma physics institute in Hefei, was one of nine Chinese scientists attending an international meeting on fusion energy in San Diego. He left the group on June 9, the last day of the conference, and has since been staying with a former classmate in Los Angeles.
His lawyer, Margaret Ostrowski, said Dr. Zhou had signed an open letter in 1989 supporting student protesters and had been denied promotion ever since. "He was told by a colleague before he left that his file had been reopened," she said. "He took that as a warning."
A spokesman for the Chinese Consulate General in Los Angeles said he had no information about the case. Immigration officials do not comment on individual asylum applications.
Colleagues at the conference described Dr. Zhou as quiet and well regarded. One American researcher, who asked not to be named, said he had seemed "very nervous" during the week and repeatedly asked about travel within the country."""),
G(["CHN","USA"],
  [P("Zhou Wenliang", ["Dr. Zhou"], "CHN"), P("Margaret Ostrowski", [], None)],
  [], [E("CHN","USA","Los Angeles")],
  [D("Zhou Wenliang","CHN","USA",None,"1996-06-09","physicist")], [])))

ITEMS.append((A("mix-015", "Soviet arms expert in Geneva defects; talks go on", "1985-11-08", "Newspaper report, Geneva correspondent",
"""GENEVA, Nov. 7 — A member of the Soviet delegation to the nuclear and space arms talks here has defected to the United States, American and Swiss officials confirmed today, less than two weeks before President Reagan and Mikhail S. Gorbachev are to meet in this city.
The official, Viktor A. Gulyaev, 46, was listed as an expert adviser on the delegation and had been in Geneva since the current round opened in September. According to a Western diplomat familiar with the case, he walked into the United States Mission on Monday afternoon, said he wished to go to America and asked for protection for himself alone. He was married but had left his wife in Moscow.
He was flown out of Switzerland on Tuesday night aboard a United States Air Force transport plane, the diplomat said. Swiss federal police officers interviewed him before departure to establish that he was leaving of his own will, a step the Swiss Government described as routine.
"The Swiss authorities satisfied themselves that there was no coercion," said Jean-Pierre Mottier, a spokesman for the Federal Department of Foreign Affairs in Bern. "Beyond that it is not a matter for us."
The Soviet delegation said in a statement that Mr. Gulyaev had "disappeared under suspicious circumstances" and demanded to see him. A delegation spokesman, Yuri Gremitskikh, suggested that the official might have been drugged, a claim American officials dismissed.
The defection is an embarrassment for Moscow at a time when Mr. Gorbachev is trying to present a new face to the West. It is the latest in a string this year. In September it was revealed that Oleg Gordievsky, who had headed the K.G.B. station in London until his recall to Moscow in May, had escaped to Britain, and in August a senior K.G.B. officer, Vitaly Yurchenko, turned up in Washington. Mr. Yurchenko, to the considerable embarrassment of the Central Intelligence Agency, walked out of a Georgetown restaurant this week and announced he was going home.
American officials said there was no indication that Mr. Gulyaev had worked for Soviet intelligence. They described him as a specialist in missile defence systems, an area at the heart of the current dispute.
That dispute centres on the Strategic Defense Initiative, the space-based missile shield Mr. Reagan has proposed. Moscow argues that developing it would violate the 1972 Anti-Ballistic Missile Treaty, which limits each side's defences and which both governments say they continue to observe. Washington contends that research and testing are permitted under a "broad interpretation" of the treaty.
Western diplomats said they expected the talks to continue on schedule. "Neither side wants this to overshadow the summit," one said. The Soviet chief negotiator, Viktor P. Karpov, met his American counterpart, Max M. Kampelman, as planned on Wednesday morning, and neither man referred to the case in public remarks afterward.
Mr. Gulyaev is believed to be in the Washington area undergoing debriefing."""),
G(["SUN","USA","CHE","GBR"],
  [P("Viktor A. Gulyaev", ["Gulyaev", "Mr. Gulyaev"], "SUN"), P("Reagan", ["Mr. Reagan"], "USA"),
   P("Mikhail S. Gorbachev", ["Gorbachev", "Mr. Gorbachev"], "SUN"), P("Jean-Pierre Mottier", [], "CHE"),
   P("Yuri Gremitskikh", [], "SUN"), P("Oleg Gordievsky", [], "SUN"), P("Vitaly Yurchenko", ["Mr. Yurchenko"], "SUN"),
   P("Viktor P. Karpov", [], "SUN"), P("Max M. Kampelman", [], "USA")],
  [], [E("USA","CHE","Geneva"), E("SUN","GBR","London")],
  [D("Viktor A. Gulyaev","SUN","USA","CHE","1985-11-04","expert adviser, Soviet delegation to nuclear and space arms talks"),
   D("Oleg Gordievsky","SUN","GBR",None,None,"former head of the KGB station in London"),
   D("Vitaly Yurchenko","SUN","USA",None,"1985-08","senior KGB officer")],
  [AG("Anti-Ballistic Missile Treaty", [], ["USA","SUN"], "1972", "in_force")])))

ITEMS.append((A("mix-016", "U.S. orders Russia to close San Francisco consulate", "2017-09-01", "Wire report",
"""WASHINGTON — The United States on Thursday ordered Russia to close its consulate general in San Francisco and two trade annexes in Washington and New York within 48 hours, the latest step in a tit-for-tat dispute that has left relations at their lowest point in decades.
State Department spokeswoman Heather Nauert said the move was taken "in the spirit of parity" after Moscow forced the U.S. mission in Russia to cut its staff by 755 people last month.
The Russian Foreign Ministry said it regretted the decision and would study it before responding. Russia will still operate its embassy in Washington and consulates in New York, Houston and Seattle."""),
G(["USA","RUS"],
  [P("Heather Nauert", [], "USA")],
  [], [E("RUS","USA","San Francisco"), E("USA","RUS",None), E("RUS","USA","Washington"), E("RUS","USA","New York"),
       E("RUS","USA","Houston"), E("RUS","USA","Seattle")], [], [])))

ITEMS.append((A("mix-017", "Russian trade official in Oslo asks Norway for protection", "2023-06-15", "Nordic news service",
"""OSLO — A senior official at Russia's trade mission in Oslo has applied for asylum in Norway, the country's immigration directorate confirmed on Thursday, in what appears to be the first such case involving a Russian diplomat in the Nordic region since the invasion of Ukraine.
The directorate, known by its Norwegian initials UDI, would not name the applicant. But two people familiar with the matter identified him as Denis Kartashov, 39, who had served as deputy trade representative since 2020. He has not been seen at the mission, on Drammensveien, since late May.
Kartashov's wife and two children are believed to be with him.
The Russian embassy said in a brief statement that one of its employees had "failed to return from leave" and that it had asked Norwegian authorities for information about his whereabouts. It accused Oslo of "encouraging betrayal."
Norway expelled 15 Russian diplomats in April, saying they were intelligence officers working under diplomatic cover. Norwegian officials stressed there was no link between those expulsions and the asylum application.
Arne Hovland, a former Norwegian ambassador who served in Moscow, said the case would be closely watched in Russian diplomatic circles. "Many of them are unhappy, but very few take this step," he said. "They know what happens to their parents, their pensions, their flats."""),
G(["RUS","NOR","UKR"],
  [P("Denis Kartashov", ["Kartashov"], "RUS"), P("Arne Hovland", [], "NOR")],
  [], [E("RUS","NOR","Oslo"), E("NOR","RUS","Moscow")],
  [D("Denis Kartashov","RUS","NOR","NOR","2023-05","deputy trade representative")], [])))

ITEMS.append((A("mix-018", "Canal treaties signed; fight now shifts to Senate", "1977-09-08", "News analysis",
"""WASHINGTON, Sept. 7 — The signing was the easy part.
In the Hall of the Americas at the Organization of American States tonight, President Carter and Gen. Omar Torrijos Herrera, the head of Panama's Government, put their names to two treaties that would hand control of the Panama Canal to Panama by the end of the century. Leaders or representatives of 26 other nations in the hemisphere watched.
The first, the Panama Canal Treaty, ends the system under which, since 1903, the United States has operated the waterway and governed the Canal Zone "as if it were sovereign," and provides for a gradual transfer ending on Dec. 31, 1999. The second, a treaty on the permanent neutrality and operation of the canal, guarantees that the canal will remain open to ships of all nations.
Neither document can take effect until it has been ratified. In Panama that means a plebiscite, which General Torrijos has scheduled for October and is expected to win comfortably. Here it means persuading two-thirds of the Senate, and that is far from assured.
Opponents led by Ronald Reagan have made the canal a rallying cry. "We bought it, we paid for it, it's ours," Mr. Reagan told an audience in California last week. Senate aides estimate that as many as 30 senators are firmly opposed and another 20 undecided.
Administration officials argue that refusing the treaties would inflame Latin America and could provoke sabotage of a canal that is almost impossible to defend. They point out that negotiations have spanned four Administrations, beginning under President Johnson after riots in the Zone in 1964.
General Torrijos, in his remarks tonight, said the treaties did not satisfy all of his country's aspirations. "But we have a line of departure," he said."""),
G(["USA","PAN"],
  [P("Carter", [], "USA"), P("Omar Torrijos Herrera", ["General Torrijos", "Torrijos"], "PAN"), P("Ronald Reagan", ["Mr. Reagan"], "USA"), P("Johnson", [], "USA")],
  [], [], [],
  [AG("Panama Canal Treaty", [], ["USA","PAN"], "1977-09-07", "signed"),
   AG("treaty on the permanent neutrality and operation of the canal", [], ["USA","PAN"], "1977-09-07", "signed")])))

ITEMS.append((A("mix-019", "Trump pulls U.S. out of Iran nuclear deal; Europeans vow to stay", "2018-05-09", "Wire report",
"""WASHINGTON — President Donald Trump announced on Tuesday that the United States was withdrawing from the 2015 nuclear agreement with Iran and would reimpose sanctions, defying European allies who had spent months trying to persuade him to stay.
"The Iran deal is defective at its core," Trump said at the White House. He called it "a horrible, one-sided deal that should have never, ever been made."
The Joint Comprehensive Plan of Action, signed in Vienna in July 2015 by Iran, the United States, Britain, France, Germany, Russia and China, lifted most international sanctions on Tehran in exchange for strict limits on its nuclear programme. International inspectors have repeatedly certified that Iran is complying.
In a joint statement, the leaders of Britain, France and Germany said they regretted the decision and remained committed to the agreement. French President Emmanuel Macron wrote on Twitter that the three countries would "work collectively on a broader framework."
Iranian President Hassan Rouhani said Iran would stay in the deal for now if the remaining partners could guarantee its benefits, but warned that he had instructed the atomic energy organisation to prepare to resume enrichment "without limits" if necessary.
Russia said it was "deeply disappointed." China said it would continue to uphold the agreement."""),
G(["USA","IRN","GBR","FRA","DEU","RUS","CHN"],
  [P("Donald Trump", ["Trump"], "USA"), P("Emmanuel Macron", [], "FRA"), P("Hassan Rouhani", [], "IRN")],
  [], [], [],
  [AG("Joint Comprehensive Plan of Action", ["Iran nuclear deal", "Iran deal", "2015 nuclear agreement"], ["IRN","USA","GBR","FRA","DEU","RUS","CHN"], "2015-07", "withdrawn")])))
