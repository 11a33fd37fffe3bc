from common import *
ARTS=[
A("obit-010","Arthur Lebeck, GRU officer who fled Lagos, dies at 84","2011-09-16","News service obituary","""
Arthur Lebeck, who was born Arkady Semyonovich Lebedinsky and served as an officer of Soviet military intelligence until the August night in 1977 when he slipped out of a diplomatic compound in Lagos, died on Sept. 12 in Falls Church, Va. He was 84.

His death was announced by his stepson, Michael Dorsey, who said the cause was heart failure.

Officially, Lebedinsky was an assistant military attaché at the Soviet embassy in Nigeria. In reality, according to a history of the period later published by a former CIA officer, he was the deputy head of the GRU residency there, responsible for running agents in several West African capitals.

The circumstances of his escape became a minor legend among those who handled him. He is said to have left the compound in the boot of a car belonging to a Nigerian contractor, and to have spent two nights in a safe house before being flown out. By the end of the month he was in the United States.

"He arrived with a single shirt and an exhaustive list of Soviet arms shipments to Angola," said Thomas Wyckoff, a retired intelligence officer who interviewed him in 1977. "The shirt we replaced. The list we kept."

Born in Kharkov in 1927, Lebedinsky served as an artillery officer before being recruited into the GRU in the early 1950s. He had earlier postings in Accra and in Conakry, Guinea. His first wife and a daughter stayed behind in the Soviet Union; he said in a 1993 interview that he had been unable to trace the daughter until after the Soviet collapse, when they met once in Kiev.

He became an American citizen in 1983 and worked for many years as a consultant on Soviet military affairs. He married Eleanor Dorsey, a widow, in 1980; she died in 2005.

Besides his stepson, he is survived by his daughter, Natalia Lebedinskaya of Kiev, and two step-grandchildren.
""",
countries=["SUN","NGA","USA","AGO","GHA","GIN"],
persons=[P("Arthur Lebeck",["Arkady Semyonovich Lebedinsky","Lebedinsky","Lebeck"],"SUN"),P("Michael Dorsey",[]),P("Thomas Wyckoff",[]),
 P("Eleanor Dorsey",[]),P("Natalia Lebedinskaya",[])],
not_persons=["GRU","CIA"],
embassies=[E("SUN","NGA","Lagos"),E("SUN","GHA","Accra"),E("SUN","GIN","Conakry")],
defections=[DF("Arthur Lebeck","SUN","USA","NGA","1977-08","assistant military attaché; deputy head of the GRU residency")]),

A("obit-011","Open Skies at 30: a treaty with fewer and fewer flights","2022-03-24","Foreign affairs analysis","""
Thirty years ago today, foreign ministers gathered in Helsinki to sign the Treaty on Open Skies, an agreement that allowed unarmed observation aircraft to fly over one another's territory on short notice. Twenty-four countries signed that day, from Canada and the United States to Hungary, Poland and the newly independent Ukraine, alongside Russia and Belarus.

The idea was older than the treaty. Dwight Eisenhower had proposed mutual aerial inspection to the Soviet Union at Geneva in 1955 and was turned down. It took the end of the Cold War to revive it, and ten more years for enough ratifications to bring the treaty into force in 2002.

For much of the following decade, Open Skies was a modest success: more than 1,500 observation flights, a lingua franca of sensor certifications and flight plans, and, participants say, a rare forum where officers from rival militaries sat in the same cockpit.

"You learn a great deal about a country when you have to share a sandwich with its navigator over the Urals," said Colonel Henrik Vestergaard, a retired Danish officer who flew on more than thirty missions.

The decline was swift. The United States announced its withdrawal in May 2020, citing Russian restrictions on flights near Kaliningrad and Georgia's borders, and left in November of that year. Russia followed, completing its own exit in December 2021. The treaty technically remains in force among the other states parties, but without its two largest members its purpose is much diminished.

Officials in Kyiv have argued this month that the treaty's observation flights might have given earlier public warning of the Russian buildup that preceded the invasion. "There was a time when we could have looked," one Ukrainian diplomat said. "We let that time pass."
""",
countries=["CAN","USA","HUN","POL","UKR","RUS","BLR","SUN","DNK","GEO"],
persons=[P("Dwight Eisenhower",[],"USA"),P("Henrik Vestergaard",["Colonel Henrik Vestergaard"],"DNK")],
agreements=[AG("Treaty on Open Skies",["Open Skies"],["CAN","USA","HUN","POL","UKR","RUS","BLR"],"1992-03-24","withdrawn")]),

A("obit-012","Ferenc Albrecht; Hungarian Legation Aide Who Stayed in 1956","1994-02-03","Obituary, U.S. daily","""
Ferenc Albrecht, a Hungarian diplomat who resigned from his government's legation in Washington in the first days of November 1956 and spent the rest of his life in the United States, died Tuesday at his home in Bethesda, Md. He was 77.

He had Parkinson's disease, said his wife, the former Judith Kelemen.

Mr. Albrecht, a trade specialist, had arrived in Washington in 1954 as a commercial secretary at the Hungarian legation, the mission Budapest then maintained in place of a full embassy. When Soviet troops moved back into Budapest on Nov. 4 to crush the uprising, he walked into the State Department and asked for political asylum. "I had been sending cables praising Imre Nagy on the Monday," he told the Washington Post years later. "By the Sunday that was a hanging offence."

He was one of several members of Hungary's diplomatic service abroad to break with the new government of János Kádár that autumn.

In America he worked as an economist for a Washington bank and, from 1967 to 1982, for the World Bank, specializing in Central European agriculture. He also helped resettle some of the roughly 38,000 Hungarian refugees admitted to the United States after the revolution.

Born in Pécs, he studied economics in Budapest and was briefly imprisoned in 1944 by the Arrow Cross for helping Jewish neighbours obtain false papers.

His first marriage, to Erzsébet Tóth, ended in divorce. In addition to his wife of 31 years, survivors include a son, Peter Albrecht of Baltimore, and a sister, Klára Szabó, who lives in Pécs. He had returned to Hungary only once, in 1990, to attend the reburial-anniversary ceremonies for Nagy.
""",
countries=["HUN","USA","SUN"],
persons=[P("Ferenc Albrecht",["Mr. Albrecht"],"HUN"),P("Judith Kelemen",[]),P("Imre Nagy",["Nagy"],"HUN"),P("János Kádár",[],"HUN"),
 P("Erzsébet Tóth",[]),P("Peter Albrecht",[]),P("Klára Szabó",[])],
not_persons=["Washington Post","World Bank","Arrow Cross","State Department"],
embassies=[E("HUN","USA","Washington")],
defections=[DF("Ferenc Albrecht","HUN","USA","USA","1956-11","commercial secretary at the Hungarian legation in Washington")]),

A("obit-013","Dieter Mahlow: the quiet man from the Helsinki mission","2003-05-20","German newspaper, English service","""
Dieter Mahlow was not, by any account, a man who sought attention. He spent thirty years after his escape from East Germany working in the archives department of an insurance company in Hanover, and his neighbours there mostly knew him as the man who grew enormous dahlias.

He died on 14 May, aged 79, and only the notice placed by his daughter, Sabine Mahlow-Kerner, mentioned that in 1973 he had been the deputy head of the East German trade mission in Helsinki, and that in January of that year he had crossed to Sweden on the Turku ferry and asked the West German embassy in Stockholm for help.

Within a fortnight he was in the Federal Republic. At the time, Finland recognised neither German state fully — the GDR's representation in Helsinki was formally a trade mission — and the case was handled with great discretion on all sides. The Basic Treaty between the two Germanys, signed the previous December, was still awaiting ratification, and neither Bonn nor East Berlin was eager for a public quarrel.

"He told me once that he chose the worst possible month to leave," said his friend and former colleague Horst Ebeling. "He said he wanted to be sure the sea was cold enough that nobody would follow."

Born in Magdeburg in 1923, Mahlow was a prisoner of war in the Soviet Union until 1949, an experience that left him, his daughter said, with "no illusions about anybody's paradise." He joined the GDR's foreign trade ministry in 1955.

His wife, Gerda, joined him in the West in 1975 after protracted negotiations. She died in 1998. He is survived by his daughter and two grandsons.
""",
countries=["DDR","DEU","FIN","SWE","SUN"],
persons=[P("Dieter Mahlow",["Mahlow"],"DDR"),P("Sabine Mahlow-Kerner",[]),P("Horst Ebeling",[]),P("Gerda",[])],
embassies=[E("DDR","FIN","Helsinki"),E("DEU","SWE","Stockholm")],
defections=[DF("Dieter Mahlow","DDR","DEU","FIN","1973-01","deputy head of the East German trade mission in Helsinki")],
agreements=[AG("Basic Treaty",[],["DEU","DDR"],"1972-12","signed")]),

A("obit-014","Meera Raghunathan, diplomat who sat across from Pakistan","2018-04-09","Indian national daily","""
NEW DELHI: Meera Raghunathan, a career diplomat who was part of the Indian team at the Agra summit of 2001 and later served as ambassador in Kathmandu, passed away on Saturday in Chennai after a brief illness. She was 74.

Raghunathan joined the Indian Foreign Service in 1967 and spent much of her career on the Pakistan desk, in Islamabad and in the ministry's headquarters in South Block. In July 2001 she was one of the officials drafting the joint declaration that Atal Bihari Vajpayee and Pervez Musharraf were expected to issue at the end of their meeting in Agra. The declaration was never issued; the summit ended late at night without a text, and Musharraf flew home.

"Meera kept three versions of that draft in her handbag for years," said her former colleague, Shyam Kapoor-Saran. "She used to say it was the best document nobody signed."

She went on to serve as India's ambassador to Nepal from 2003 to 2006, a period that included the royal takeover in Kathmandu and its aftermath. Nepali politicians of several parties sent condolences on Sunday.

Those who worked with her in Islamabad in the early 1990s recalled a diplomat who insisted on taking the train to Lahore rather than the embassy car, and who was on first-name terms with half the city's booksellers. Pakistani officials who had negotiated against her were among the first to send messages to the family, a former high commissioner said, adding that she "never mistook a counterpart for an enemy."

Born in Thanjavur, she studied at Presidency College, Madras, and the Jawaharlal Nehru University. She was, by the recollection of her contemporaries, one of only three women in her service batch.

Her husband, Venkat Raghunathan, a retired professor of physics, and their daughter Kavita survive her.
""",
countries=["IND","PAK","NPL"],
persons=[P("Meera Raghunathan",["Raghunathan","Meera"],"IND"),P("Atal Bihari Vajpayee",[],"IND"),P("Pervez Musharraf",["Musharraf"],"PAK"),
 P("Shyam Kapoor-Saran",[]),P("Venkat Raghunathan",[]),P("Kavita",[])],
not_persons=["South Block","Presidency College","Jawaharlal Nehru University","Indian Foreign Service"],
embassies=[E("IND","PAK","Islamabad"),E("IND","NPL","Kathmandu")]),
]
ARTS+=[
A("obit-015","Mehdi Farahani, envoy who broke with Tehran after 2009 vote, dies in Helsinki","2025-01-22","Persian-language service, English translation","""
Mehdi Farahani, who was Iran's chargé d'affaires in Finland when the disputed presidential election of June 2009 set off months of protest, and who resigned his post in protest at the crackdown that followed, has died in Helsinki. He was 71.

His son, Arash Farahani, said in a post on social media on Monday that his father had died after a long struggle with kidney disease and was "finally at rest in the city that became his home."

Mr Farahani's resignation, in the last days of December 2009, came shortly after security forces opened fire on Ashura demonstrators in Tehran. In a statement read to a Finnish television crew outside the embassy, he said he could "no longer represent a government that shoots its citizens on a holy day." Within days he had applied for asylum in Finland, which granted him protection the following spring.

He was not the only envoy to break ranks that winter. A senior diplomat at Iran's embassy in Oslo made a similar announcement a few weeks later, although he was never named in the Finnish coverage of Mr Farahani's case.

The Iranian foreign ministry responded by calling Mr Farahani "a dismissed employee" and asserting that his contract had already been terminated. Friends said he was hurt most by the suggestion, repeated on state television, that he had been bought. "Mehdi lived for fifteen years in a two-room flat in Kallio," said Päivi Lehtonen, a Finnish human rights lawyer who handled his asylum case. "If he was bought, he was sold very cheaply."

Born in Mashhad in 1953, Mr Farahani studied international relations in Tehran before the revolution and joined the foreign ministry in 1983, during the war with Iraq. He served in Kuala Lumpur and in Vienna, where he attended meetings of the International Atomic Energy Agency, before his Helsinki posting.

In Finland he worked as an interpreter and later taught Persian at a folk high school. He also wrote a memoir, Letters from the Residence, published in Swedish in 2014.

Besides his son, he is survived by his wife, Shirin Kazemi, and a daughter, Nasrin, who lives in Toronto.
""",
countries=["IRN","FIN","NOR","IRQ","MYS","AUT"],
persons=[P("Mehdi Farahani",["Mr Farahani","Mehdi"],"IRN"),P("Arash Farahani",[]),P("Päivi Lehtonen",[],"FIN"),P("Shirin Kazemi",[]),P("Nasrin",[])],
not_persons=["Letters from the Residence","International Atomic Energy Agency","Kallio","Ashura"],
embassies=[E("IRN","FIN","Helsinki"),E("IRN","NOR","Oslo"),E("IRN","MYS","Kuala Lumpur"),E("IRN","AUT","Vienna")],
defections=[DF("Mehdi Farahani","IRN","FIN","FIN","2009-12","chargé d'affaires in Finland")]),

A("obit-016","Lucy Bannerman, who left the Soviet UN mission in 1975","2016-08-29","Obituary, New York newspaper","""
Lucy Bannerman, a translator who was born Lyudmila Petrovna Orlova in Leningrad and who, as a 26-year-old interpreter at the Soviet Mission to the United Nations, walked out of a reception on East 67th Street in the spring of 1975 and never went back, died on Aug. 23 in Hudson, N.Y. She was 67.

The cause was ovarian cancer, said her husband, Robert Bannerman.

Ms. Orlova, as she then was, had been in New York for just over a year, interpreting English and French for Soviet delegates in committee sessions. On an evening in April 1975, during a reception, she told a colleague she needed air, took the elevator down, and hailed a cab to a police precinct, where she asked for asylum. The State Department confirmed days later that she had asked to remain in the United States.

Soviet diplomats demanded access to her and, in a statement, suggested that she had been drugged. She met them once, in the presence of American officials, and told them in Russian — according to a transcript she later kept framed in her study — "I am perfectly sober, and I am perfectly staying."

The case was a small one by the standards of the Cold War, but it had an unusual afterlife. She married Mr. Bannerman, a lawyer who had volunteered to help her with immigration paperwork, in 1977, and for three decades she ran a translation agency in Manhattan that employed dozens of émigrés from the Soviet bloc.

"She hired people the way she'd wanted to be hired," said Alla Grinberg, who worked for her from 1981 until her retirement. "No questions about where you came from, a lot of questions about commas."

Her parents in Leningrad were visited by the KGB and her father lost his job at a shipyard. She was able to bring her mother, Vera Orlova, to New York in 1989; her mother died in 2002.

In addition to her husband, she is survived by two sons, Daniel and Nicholas Bannerman.
""",
countries=["SUN","USA"],
persons=[P("Lucy Bannerman",["Lyudmila Petrovna Orlova","Ms. Orlova"],"SUN"),P("Robert Bannerman",["Mr. Bannerman"]),P("Alla Grinberg",[]),
 P("Vera Orlova",[]),P("Daniel",[]),P("Nicholas Bannerman",[])],
not_persons=["KGB","State Department","Soviet Mission to the United Nations"],
embassies=[E("SUN","USA","New York")],
defections=[DF("Lucy Bannerman","SUN","USA","USA","1975-04","interpreter at the Soviet Mission to the United Nations")]),

A("obit-017","Thirty years after Camp David, a cold peace endures","2008-09-17","Middle East correspondent","""
JERUSALEM — On this day thirty years ago, Anwar Sadat and Menachem Begin stood beside Jimmy Carter in the East Room of the White House and signed the two documents that came to be known as the Camp David Accords: "A Framework for Peace in the Middle East" and a framework for the conclusion of a peace treaty between Egypt and Israel.

The thirteen days of talks at the presidential retreat in Maryland had nearly collapsed more than once. Participants later described Begin packing his bags and Sadat threatening to leave. What saved them, by most accounts, was Carter's decision to shuttle a single American draft between the two cabins rather than let the delegations exchange texts.

The peace treaty followed on March 26, 1979, signed on the North Lawn of the White House. Israel withdrew from the Sinai peninsula in stages, completing the process in 1982, and the two countries exchanged ambassadors. The treaty remains in force, the longest-lasting peace between Israel and an Arab state.

It has been, diplomats on both sides concede, a cold peace. Tourism flows mostly in one direction; trade is modest. Egypt was suspended from the Arab League for a decade after signing, and Sadat was assassinated in 1981 by soldiers opposed to it.

"People judge it by the wrong standard," said Shlomo Ben-Ezra, a retired Israeli diplomat who served in Cairo in the 1990s. "The question is not whether Egyptians like us. The question is whether a single Egyptian or Israeli soldier has died fighting the other since 1979. None has."

The Palestinian part of the framework, which promised autonomy talks, went nowhere. Hassan Rifaat, an Egyptian former ambassador, said this week that the omission "was the price of the separate peace and we are still paying it."
""",
countries=["EGY","ISR","USA"],
persons=[P("Anwar Sadat",["Sadat"],"EGY"),P("Menachem Begin",["Begin"],"ISR"),P("Jimmy Carter",["Carter"],"USA"),
 P("Shlomo Ben-Ezra",[],"ISR"),P("Hassan Rifaat",[],"EGY")],
not_persons=["Arab League","East Room","North Lawn"],
embassies=[E("ISR","EGY","Cairo"),E("EGY","ISR")],
agreements=[AG("Camp David Accords",["A Framework for Peace in the Middle East"],["EGY","ISR","USA"],"1978-09-17","signed"),
 AG("Egypt-Israel peace treaty",["peace treaty"],["EGY","ISR"],"1979-03-26","in_force")]),

A("obit-018","Nasrullah Popal, Afghan diplomat who left Delhi in 1986","2012-01-10","Afghan diaspora newspaper, English section","""
Nasrullah Popal, a former first secretary at the Afghan embassy in New Delhi who abandoned his post in 1986 in protest against the Soviet occupation of his country, died last week in Cologne. He was 74.

Relatives said he had suffered a stroke in December. He was buried on Friday in the Muslim section of a cemetery in the city, where he had lived for a quarter of a century.

Popal, from a prominent Kandahar family, was one of a small number of officials of the Kabul government of the 1980s who broke with it while serving abroad. In the summer of 1986, shortly after Mohammad Najibullah replaced Babrak Karmal at the head of the ruling party, he left the embassy compound in Chanakyapuri with his wife and four children and did not return. The family surfaced several weeks later in West Germany, where he was granted political asylum.

In a statement released at the time through an exile group in Peshawar, he said he had "served the state, not the Soviet army," and could no longer tell the difference.

"He was a royalist at heart, and a bureaucrat by habit," said his nephew, Farid Popal, a physician in Hamburg. "Leaving went against both."

Popal joined the foreign ministry under the monarchy in 1962 and served in Tehran and Baghdad before the 1978 coup. In Germany he worked as a court interpreter for Pashto and Dari and helped found a cultural association for Afghan refugees.

He returned to Kabul once, in 2004, to vote in the presidential election. He is survived by his wife, Zarghuna, three sons and a daughter.
""",
countries=["AFG","IND","SUN","DEU","PAK","IRN","IRQ"],
persons=[P("Nasrullah Popal",["Popal"],"AFG"),P("Mohammad Najibullah",[],"AFG"),P("Babrak Karmal",[],"AFG"),P("Farid Popal",[]),P("Zarghuna",[])],
not_persons=["Chanakyapuri"],
embassies=[E("AFG","IND","New Delhi"),E("AFG","IRN","Tehran"),E("AFG","IRQ","Baghdad")],
defections=[DF("Nasrullah Popal","AFG","DEU","IND","1986","first secretary at the Afghan embassy in New Delhi")]),

A("obit-019","Nguyen Quang Huy, who sought asylum in Bangkok in 1983","2020-11-03","Regional news weekly","""
Nguyen Quang Huy, a Vietnamese diplomat who sought asylum in Thailand in 1983 and later spent four decades in California as a community organiser and occasional critic of both Hanoi and the émigré right, died on 28 October in San Jose. He was 73.

Huy was a third secretary at the Vietnamese embassy in Bangkok at a time when relations between the two countries were dominated by Vietnam's occupation of Cambodia and the refugee boats crossing the Gulf of Thailand. In February 1983 he presented himself to Thai police and asked for protection. Thai officials eventually allowed him to leave for the United States, where he was resettled that autumn.

He had fought as a young soldier in the north's army and joined the foreign ministry after 1975. In an interview in 2015 he said the turning point had been reading the files of boat people whose repatriation he was supposed to negotiate. "I was asked to call them traitors," he said. "Many of them were fishermen from my own province."

His decision was publicly denounced in Hanoi, and his parents were questioned repeatedly. He did not return to Vietnam until 2009, when he visited his mother's grave in Nghe An.

"He was never comfortable in any camp," said Tran Thi Mai Lan, a San Jose city council aide who worked with him on refugee health programmes. "The communists called him a traitor and some of the old Saigon people called him a spy. He just kept organising vaccination drives."

He is survived by his wife, Le Thi Hoa, whom he married in California in 1986, and by two daughters.
""",
countries=["VNM","THA","KHM","USA"],
persons=[P("Nguyen Quang Huy",["Huy"],"VNM"),P("Tran Thi Mai Lan",[]),P("Le Thi Hoa",[])],
embassies=[E("VNM","THA","Bangkok")],
defections=[DF("Nguyen Quang Huy","VNM","USA","THA","1983-02","third secretary at the Vietnamese embassy in Bangkok")]),
]
