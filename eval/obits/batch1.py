from common import *
ARTS=[
A("obit-000","Walter Korn, 81; Soviet Trade Official Who Walked Out in Tokyo","2004-03-11","Obituary, metropolitan daily","""
Walter Korn, who spent the last quarter-century of his life teaching Russian grammar to undergraduates in western Pennsylvania and almost never spoke about the first half of it, died on Monday at a hospice near Erie. He was 81.

The cause was complications of pneumonia, said his daughter, Ilona Korn-Whitaker.

Few of his students knew that the soft-spoken lecturer had been born Vasily Ignatyevich Kornilov in Sverdlovsk, or that in 1979 he had been the deputy head of the Soviet trade representation in Tokyo when he took a taxi to the American embassy there one rainy evening in October and asked to see "someone responsible."

He was flown to the United States within the week. American officials never described what he told them, but a retired intelligence officer who debriefed him, Dennis Harkavy, said in an interview on Tuesday that Mr. Kornilov "knew exactly which Japanese firms were selling which machine tools to Moscow, and at what price."

"He was not a romantic about it," Mr. Harkavy added. "He said he had simply stopped believing the figures he was sending home."

Before Tokyo he had spent six years in the Soviet ministry of foreign trade and a short posting in Helsinki, where, colleagues later said, he first began listening to Western radio.

Moscow's reaction was brief. A Tass dispatch at the time said only that a trade employee had been "detained by provocateurs," and his wife, who had remained behind in Moscow with their son, was not permitted to leave the country. The marriage was dissolved in absentia. He never saw the son, Yevgeny, again; Yevgeny Kornilov died in 1996.

In 1983 he married Margaret Ellison, a librarian he met at a language institute in Monterey, Calif. She survives him, as do Ms. Korn-Whitaker and two grandchildren. He took the name Walter Korn when he became a citizen in 1985, a decision his daughter said was "half camouflage, half a joke about his height."

Asked once by a local reporter whether he missed Russia, Mr. Korn reportedly answered, "I miss the birch trees. The birch trees did nothing wrong."
""",
countries=["SUN","JPN","USA","FIN"],
persons=[P("Walter Korn",["Korn","Mr. Korn","Vasily Ignatyevich Kornilov","Mr. Kornilov"],"SUN"),
 P("Ilona Korn-Whitaker",["Ms. Korn-Whitaker"]),P("Dennis Harkavy",["Mr. Harkavy"]),
 P("Yevgeny Kornilov",["Yevgeny"]),P("Margaret Ellison",[])],
not_persons=["Tass"],
embassies=[E("USA","JPN","Tokyo"),E("SUN","JPN","Tokyo"),E("SUN","FIN","Helsinki")],
defections=[DF("Walter Korn","SUN","USA","JPN","1979-10","deputy head of the Soviet trade representation in Tokyo")]),

A("obit-001","The treaty that outlived the Cold War — until Friday","2019-08-03","Analysis, weekly news magazine","""
For thirty-one years it sat at the centre of European security, largely unnoticed. On Friday the Intermediate-Range Nuclear Forces Treaty quietly ceased to exist, six months after Washington gave formal notice that it was pulling out and accused Moscow of deploying a banned cruise missile.

The treaty was signed in the East Room of the White House on December 8, 1987, by Ronald Reagan and Mikhail Gorbachev. It was the first arms control agreement to abolish an entire class of weapons: ground-launched missiles with ranges between 500 and 5,500 kilometres. By the deadline in 1991 the two sides had destroyed 2,692 of them.

"People forget how improbable it felt," said Lorraine Achterberg, who served on the American verification teams in the late 1980s and now lectures at a university in Ohio. "Soviet inspectors were standing in a parking lot in Utah, counting our rocket motors. Two years earlier that would have been a spy novel."

The Soviet Union's obligations passed to Russia and, on paper, to Belarus, Kazakhstan and Ukraine after 1991. For most of the next two decades the arrangement held. The trouble began around 2014, when the Obama administration first said publicly that a Russian missile, later identified as the 9M729, violated the treaty. Russia denied it and accused the United States of placing launchers in Romania that could be adapted for cruise missiles.

In February the United States suspended its obligations and announced its withdrawal; President Vladimir Putin responded in kind days later. With the six-month notice period now over, the treaty has lapsed.

Some European governments, notably Germany, had pressed for a last-minute compromise. None came. NATO said in a statement on Friday that Russia "bears sole responsibility" for the demise.

Achterberg was blunter. "We spent a decade building trust one inspection at a time," she said. "It took much less than that to spend it."
""",
countries=["USA","SUN","RUS","BLR","KAZ","UKR","ROU","DEU"],
persons=[P("Ronald Reagan",[],"USA"),P("Mikhail Gorbachev",[],"SUN"),P("Lorraine Achterberg",["Achterberg"],"USA"),P("Vladimir Putin",[],"RUS")],
not_persons=["East Room","NATO"],
agreements=[AG("Intermediate-Range Nuclear Forces Treaty",[],["USA","SUN"],"1987-12-08","terminated")]),

A("obit-002","Zdeněk Halas, diplomat who stayed in Vienna in 1968, dies at 73","1998-06-19","Central European correspondent","""
VIENNA — Zdeněk Halas, a Czechoslovak diplomat who refused to go home after Warsaw Pact tanks rolled into Prague in August 1968 and later became one of the best-known voices of émigré radio, died here on Wednesday. He was 73.

His widow, Hana Halasová, said he had been ill with heart disease for several years.

Halas was serving as first secretary at the Czechoslovak embassy in Vienna when the invasion began on the night of 20–21 August. Within days he had asked the Austrian authorities for asylum, one of several members of the mission to do so that autumn. Austria granted it in September.

"He came to the ministry with a cardboard suitcase and a copy of Rudé právo from the day before," recalled Friedrich Obermayr, then a junior official in the Austrian foreign ministry. "He kept saying he was sorry to be a nuisance."

The son of a schoolteacher from Olomouc, Halas joined the foreign service in 1951 and served in Cairo and New Delhi before Vienna. During the Prague Spring he had been associated with reformers around Alexander Dubček, a connection that made his return after the invasion, in his own later words, "a one-way ticket to a coal mine."

From 1970 he worked for the Czech service of Radio Free Europe in Munich, where his Sunday commentary, broadcast under the name Jan Vltavský, was followed closely in Czechoslovakia and, according to files opened after 1989, by the StB secret police as well. A Prague court sentenced him in absentia to twelve years in prison in 1972.

After the Velvet Revolution he was rehabilitated and visited his home town for the first time in twenty-one years, but he never moved back. "Vienna took me in when it mattered," he told an interviewer in 1994. "One does not leave a house like that."

Besides his wife, he is survived by a daughter, Kateřina Halasová-Brunner, and a brother, Miloš, who lives in Olomouc.
""",
countries=["CSK","AUT","EGY","IND"],
persons=[P("Zdeněk Halas",["Halas","Jan Vltavský"],"CSK"),P("Hana Halasová",[]),P("Friedrich Obermayr",[],"AUT"),
 P("Alexander Dubček",[]),P("Kateřina Halasová-Brunner",[]),P("Miloš",[])],
not_persons=["Rudé právo","Radio Free Europe","StB","Velvet Revolution","Warsaw Pact"],
embassies=[E("CSK","AUT","Vienna"),E("CSK","EGY","Cairo"),E("CSK","IND","New Delhi")],
defections=[DF("Zdeněk Halas","CSK","AUT","AUT","1968-08","first secretary at the Czechoslovak embassy in Vienna")]),

A("obit-003","Kwabena Asante-Mensah, envoy of patience, 1924–1991","1991-11-02","Obituary, West African weekly","""
ACCRA — Kwabena Asante-Mensah, who represented Ghana at the United Nations for most of the 1970s and spent years chasing a settlement that never arrived, has died at his home in the Airport Residential Area. He was 67. His family said he died peacefully on Tuesday evening.

Colleagues remember him for two things: an almost theatrical courtesy, and a refusal to give up on negotiations long after others had. In 1977 and again in 1979 he was among the African diplomats who shuttled between London, Lusaka and New York in search of a formula for the future of Rhodesia. Both rounds in which he took part broke down; the settlement that eventually came was negotiated by others.

"Kwabena never sulked about credit," said Ama Boateng-Quaye, who worked under him in New York as a young attaché and is now Ghana's high commissioner in Ottawa. "He used to say that a failed conference is just a rehearsal whose audience left early."

Born in Kumasi, he read history at the University College of the Gold Coast and then at Oxford, entering the foreign service in the year of independence. His first posting was to the Ghanaian embassy in Monrovia; he later served as ambassador in Addis Ababa and in Bonn.

Under several governments, civilian and military, he kept his post and his counsel. Asked in 1982 whether he had ever considered resigning in protest, he answered that he had "considered it every Monday, and decided against it every Tuesday."

He retired in 1986 and wrote a memoir, The Long Table, which his publisher says will appear next spring.

He is survived by his wife, Comfort; three sons; and a daughter, Efua Asante-Mensah, a lawyer in Accra.
""",
countries=["GHA","LBR","ETH","DEU","CAN"],
persons=[P("Kwabena Asante-Mensah",["Kwabena"],"GHA"),P("Ama Boateng-Quaye",[],"GHA"),P("Comfort",[]),P("Efua Asante-Mensah",[])],
not_persons=["The Long Table","University College of the Gold Coast","Airport Residential Area"],
embassies=[E("GHA","LBR","Monrovia"),E("GHA","ETH","Addis Ababa"),E("GHA","DEU","Bonn"),E("GHA","CAN","Ottawa")]),

A("obit-004","Orlando Betancourt Ríos, Cuban intelligence officer who fled in 1985","2013-04-25","Miami daily, obituaries","""
Orlando Betancourt Ríos, a Cuban intelligence officer whose flight to the West in 1985 embarrassed Havana and, by his own account, cost him every relative he had left on the island, died April 21 in Hialeah. He was 70.

His death was confirmed by his second wife, Maritza Betancourt, who said he had been treated for liver cancer since the autumn.

At the time of his defection Betancourt was an officer of Cuba's Dirección General de Inteligencia working under cover as a commercial attaché at the Cuban embassy in Prague. On a Saturday in May 1985 he drove a borrowed Škoda to the Austrian border with his first wife, Nilda, and was waved across on a diplomatic passport. Nilda Ferrer returned to Havana six weeks later; the couple divorced.

He spent several months in Austria and then was resettled in the United States, where, former officials said, he helped identify Cuban agents working in Europe and Latin America. "He had a memory like a ledger," said Raúl Encinosa, a retired Miami businessman who befriended him in the late 1980s. "Names, dates, license plates."

Betancourt rarely gave interviews. In one, to a Spanish-language radio station in 1999, he said he had decided to leave after being ordered to recruit a Czech engineer he considered a friend. "I had done worse things," he said. "But that was the day I noticed."

A Cuban court sentenced him to death in absentia in 1986. His mother, who remained in Santiago de Cuba, died in 1991; he did not learn of it until months later.

In addition to his wife, survivors include two stepchildren and a son from his first marriage, Ernesto Betancourt Ferrer, who left Cuba in 2002 and lives in Madrid.
""",
countries=["CUB","CSK","AUT","USA","ESP"],
persons=[P("Orlando Betancourt Ríos",["Betancourt"],"CUB"),P("Maritza Betancourt",[]),P("Nilda Ferrer",["Nilda"]),
 P("Raúl Encinosa",[]),P("Ernesto Betancourt Ferrer",[])],
not_persons=["Dirección General de Inteligencia","Škoda"],
embassies=[E("CUB","CSK","Prague")],
defections=[DF("Orlando Betancourt Ríos","CUB","USA","CSK","1985-05","intelligence officer under cover as commercial attaché")]),
]
ARTS+=[
A("obit-005","Tadeusz Wielgosz: the ambassador who said no","2009-12-14","Polish émigré monthly, English edition","""
When General Wojciech Jaruzelski declared martial law on 13 December 1981, Tadeusz Wielgosz was in Bangkok, where he had been Poland's ambassador for a little over two years. Eleven days later he was in Washington, having asked for asylum for himself, his wife and their teenage son.

Wielgosz, who died last month in Silver Spring, Maryland, at the age of 86, never regretted the decision, his son Piotr said in a telephone interview. "He said the telegrams from Warsaw that week were written in a language he no longer recognised."

The ambassador's flight was one of the first high-level breaks with the regime after the crackdown, and the authorities in Warsaw treated it accordingly. He was stripped of his rank, expelled from the party and, in 1982, sentenced to death in absentia for treason. The sentence was annulled in 1990.

Born in 1923 near Radom, Wielgosz fought in the underground Home Army as a teenager — a fact he omitted from official biographies for thirty years — and studied economics in Kraków after the war. He entered the foreign ministry in 1956, served in Rangoon and at the Polish mission to the United Nations in Geneva, and was considered a competent, unremarkable technocrat until the night he picked up the telephone to the American embassy in Bangkok.

"Nobody in our building expected it from him," said Jerzy Malczewski, who was then a second secretary at the same embassy and remained at his post. "He was the one who told us to keep our heads down."

In America he lectured on Southeast Asian economics and testified twice before congressional committees on Polish debt. After 1989 he advised the first Solidarity-led government on relations with Asian trade partners, though he declined an offer to return to the diplomatic service.

He is survived by his wife of 58 years, Halina; by Piotr, an engineer; and by four grandchildren.
""",
countries=["POL","THA","USA","MMR"],
persons=[P("Wojciech Jaruzelski",["Jaruzelski"],"POL"),P("Tadeusz Wielgosz",["Wielgosz"],"POL"),P("Piotr",[]),P("Jerzy Malczewski",[],"POL"),P("Halina",[])],
not_persons=["Home Army","Solidarity"],
embassies=[E("POL","THA","Bangkok"),E("POL","MMR","Rangoon"),E("USA","THA","Bangkok")],
defections=[DF("Tadeusz Wielgosz","POL","USA","THA","1981-12","ambassador to Thailand")]),

A("obit-006","Fifty years on, the ABM Treaty is remembered as the deal that held the line","2022-05-26","Wire retrospective","""
MOSCOW, May 26 — Half a century ago today, in the Vladimir Hall of the Grand Kremlin Palace, Richard Nixon and Leonid Brezhnev signed two documents that shaped nuclear strategy for a generation: the Anti-Ballistic Missile Treaty and an interim agreement limiting strategic offensive arms, together known as SALT I.

The ABM Treaty restricted each side to two missile-defence sites, later reduced to one, on the logic that if neither could shield itself from retaliation, neither would strike first. It was of unlimited duration. It lasted thirty years.

In December 2001 President George W. Bush gave six months' notice of withdrawal, arguing that the treaty prevented the United States from defending itself against missiles from states such as North Korea and Iran. The withdrawal took effect in June 2002, and the treaty ended with it.

Russian officials have cited that decision ever since. "Everything that has gone wrong in strategic stability began in 2002," Sergei Ryabkov, the deputy foreign minister, told reporters this week — a claim American officials dispute.

Gerard Smith, the chief U.S. negotiator, once described the talks as "a long argument conducted in two languages about a weapon neither side had built yet." His Soviet counterpart, Vladimir Semyonov, was reportedly fond of quoting Pushkin across the table in Helsinki, where many of the early sessions were held.

The interim agreement, meant to last five years, expired in 1977 and was succeeded by the SALT II negotiations. Of the architecture built in the 1970s, the only pillar still formally standing between Washington and Moscow is the descendant of those talks, New START, which the two sides extended last year until 2026.
""",
countries=["USA","SUN","RUS","PRK","IRN"],
persons=[P("Richard Nixon",[],"USA"),P("Leonid Brezhnev",[],"SUN"),P("George W. Bush",[],"USA"),P("Sergei Ryabkov",[],"RUS"),
 P("Gerard Smith",[],"USA"),P("Vladimir Semyonov",[],"SUN"),P("Pushkin",[])],
not_persons=["Vladimir Hall","Grand Kremlin Palace"],
agreements=[AG("Anti-Ballistic Missile Treaty",["ABM Treaty"],["USA","SUN"],"1972-05-26","terminated"),
 AG("Interim Agreement on the Limitation of Strategic Offensive Arms",["SALT I","interim agreement limiting strategic offensive arms"],["USA","SUN"],"1972-05-26","terminated"),
 AG("New START",[],["USA","RUS"],None,"in_force")]),

A("obit-007","Defector Kim Jae-hyun, once a DPRK counselor in Stockholm, dies in Seoul","2021-02-08","Seoul-based English daily","""
Kim Jae-hyun, a former North Korean diplomat who broke with Pyongyang while serving in Sweden three decades ago, died Saturday at a hospital in Seoul, according to a defectors' association. He was 78.

Born Kim Chol-ung in South Hamgyong province, he spent nearly twenty years in the North's foreign service, much of it in Scandinavia. In the summer of 1991 he was political counselor at the North Korean embassy in Stockholm when he and his wife disappeared from their apartment in the suburb of Lidingö.

They resurfaced in Seoul that September, when the National Security Planning Agency, the South's spy service at the time, presented them at a press conference. Officials said the couple had travelled through a third country, which they did not name.

In Seoul he adopted the name Kim Jae-hyun and worked for more than a decade as a researcher on unification policy. Former colleagues said he was skeptical of the optimism surrounding inter-Korean summits. "He told us in 2000 that the banquets would not change a single prison camp," said Park Sun-young, a retired researcher who shared an office with him.

His wife, Choi Myong-sook, who also defected, survives him, as does a daughter born in Seoul. Relatives left in the North were not heard from again, he said in a 2011 interview.

His death comes at a time when defections by North Korean diplomats, though rarer than ordinary escapes across the Chinese border, have drawn renewed attention. Ryu Hyun-woo, the North's former acting ambassador to Kuwait, was revealed last year to have defected to the South in 2019.
""",
countries=["PRK","KOR","SWE","CHN","KWT"],
persons=[P("Kim Jae-hyun",["Kim Chol-ung"],"PRK"),P("Park Sun-young",[]),P("Choi Myong-sook",[],"PRK"),P("Ryu Hyun-woo",[],"PRK")],
not_persons=["National Security Planning Agency","Lidingö"],
embassies=[E("PRK","SWE","Stockholm"),E("PRK","KWT")],
defections=[DF("Kim Jae-hyun","PRK","KOR","SWE","1991","political counselor at the North Korean embassy in Stockholm"),
 DF("Choi Myong-sook","PRK","KOR","SWE","1991"),
 DF("Ryu Hyun-woo","PRK","KOR","KWT","2019","acting ambassador to Kuwait")]),

A("obit-008","Liang Weiming, Chinese diplomat granted asylum in New Zealand","2024-07-30","New Zealand national newspaper","""
WELLINGTON — Liang Weiming, who as a young first secretary at the Chinese embassy here caused a brief diplomatic storm by refusing to go home, has died in Auckland aged 68.

His family announced his death in a short notice on Monday, saying he died "surrounded by the grandchildren he was told he would never have the freedom to raise."

Mr Liang had been in Wellington for three years, handling cultural and education exchanges, when in March 1996 he was recalled to Beijing. He did not board the flight. Instead, he and his wife, Zhao Lin, approached the Immigration Service and asked for protection, telling officials he feared punishment over a dispute about student surveillance.

The request placed the Bolger government in an uncomfortable position at a time when it was courting Chinese trade. Beijing's ambassador protested publicly, describing him as "a staff member who has committed financial irregularities." Refugee status was granted in early 1997 after an appeal.

"He never thought of himself as a dissident," said his friend Graeme Tonks, a retired Victoria University lecturer who helped him find work as a translator. "He thought of himself as a bureaucrat who had been asked to do one thing too many."

Born in Guangzhou in 1955, Mr Liang studied English at a foreign languages institute and joined the foreign ministry in 1982, serving in Canberra before coming to New Zealand. In later life he ran a small import business and, from 2010, volunteered with a community legal service for new migrants.

He is survived by Zhao Lin, their son Liang Hao, and three grandchildren.
""",
countries=["CHN","NZL","AUS"],
persons=[P("Liang Weiming",["Mr Liang"],"CHN"),P("Zhao Lin",[],"CHN"),P("Graeme Tonks",[]),P("Liang Hao",[]),P("Bolger",[])],
not_persons=["Immigration Service","Victoria University"],
embassies=[E("CHN","NZL","Wellington"),E("CHN","AUS","Canberra")],
defections=[DF("Liang Weiming","CHN","NZL","NZL","1996-03","first secretary at the Chinese embassy in Wellington"),
 DF("Zhao Lin","CHN","NZL","NZL","1996-03")]),

A("obit-009","Ingrid Holmqvist, mediator who tried for Cyprus","1987-10-05","Scandinavian news service","""
STOCKHOLM — Ingrid Holmqvist, a Swedish diplomat who spent the better part of four years trying to bring Greek Cypriot and Turkish Cypriot leaders to a common text, died on Saturday at her home on Södermalm. She was 71.

Holmqvist was among the first women to reach ambassadorial rank in the Swedish foreign service. She was posted to Ankara in the late 1950s, headed the embassy in Athens from 1966 and, after the upheaval of 1974, was seconded to the United Nations to assist the Secretary-General's good offices on the island.

The talks she helped organise in Vienna and in New York between 1977 and 1981 produced many drafts and no agreement. "Ingrid had a rule that nobody left the room with a grievance they had not said out loud," recalled Nils Vängby, a former colleague. "It made for very long evenings and, sadly, very short communiqués."

She was never bitter about the outcome, friends said, and remained in contact with negotiators on both sides long after her retirement. In a lecture in Uppsala in 1984 she said the failure belonged "to the history of the island, which is older than any of us."

Born in Gävle, the daughter of a railway engineer, she studied law in Uppsala and joined the foreign ministry in 1942, when, she liked to say, "the men were busy being neutral elsewhere." Her early work was on refugee questions, and she spent part of 1945 in northern Germany helping to organise the transport of concentration camp survivors to Sweden.

Colleagues in Athens remembered her as unflappable during the colonels' coup of April 1967, when she kept the embassy open through the night and refused instructions to reduce staff. She retired in 1982 and spent her last years translating modern Greek poetry.

She is survived by a sister, Britta Holmqvist-Lind, and a nephew.
""",
countries=["SWE","CYP","GRC","TUR","DEU"],
persons=[P("Ingrid Holmqvist",["Holmqvist","Ingrid"],"SWE"),P("Nils Vängby",[]),P("Britta Holmqvist-Lind",[])],
not_persons=["Södermalm"],
embassies=[E("SWE","TUR","Ankara"),E("SWE","GRC","Athens")]),
]
