from common import *
ARTS=[
A("obit-020","Four years on, the Russian diplomats who walked away","2026-02-24","Feature, European news site","""
VIENNA — On the morning of February 24, 2022, Dmitri Avdeyenko was drafting a routine note on election observers when a colleague leaned into his office at the Russian mission to the Organization for Security and Co-operation in Europe and said, simply, "It's started."

Three months later, Avdeyenko, then a counsellor with eighteen years in the foreign service, sent a two-paragraph letter of resignation to Moscow and left Austria. He has never said publicly where he went, and his former colleagues in Vienna say they do not know. "He told me he wanted to live somewhere nobody would ask him about it," one said.

He was one of a handful. Four years after the full-scale invasion of Ukraine, the number of Russian diplomats who resigned in protest remains strikingly small — a few in the open, an unknown number who quietly retired or asked for transfers. Moscow's foreign ministry has never acknowledged any figure.

The best documented case after Avdeyenko's is that of Kirill Samsonov, a third secretary at the Russian embassy in Lisbon, who in October 2022 walked into a Portuguese police station with his wife, Anastasia, and asked for international protection. Portugal granted them refugee status in 2023. Samsonov, now 34, works for a logistics firm near Porto and agreed to speak on the condition that his employer not be named.

"People imagine a dramatic moment, a car in the night," he said. "For me it was a spreadsheet. I was asked to count how many Portuguese journalists had written positively about the special military operation. The answer was two. I was told to find more. I went home and told my wife we were leaving."

His parents, in Tomsk, were visited twice by security officers in the months that followed, he said, and his father, a retired teacher, has not spoken to him since.

Not every departure fits the word defection. Several Russian diplomats expelled from European capitals in 2022 and 2023 returned home without incident; one of them, Yevgeny Larchenko, a former press attaché in Tallinn, now appears regularly on Russian state television denouncing Estonia. Others resigned and stayed in Russia. Maria Zaretskaya, a mid-level official at the Russian consulate general in Milan, left the service in 2023 but moved back to St Petersburg, where she teaches Italian. Friends describe her as "not a dissident, just tired."

For Western governments the cases have posed familiar dilemmas. "In the Cold War you had a defector and a debriefing and a new name," said Ines Carvalho, a Portuguese former intelligence analyst. "Now you have a young man with a LinkedIn profile and a family WhatsApp group. You cannot hide him. You can only protect him."

The contrast with earlier eras is also one of scale. In the 1970s and 1980s, Soviet officials abroad who broke with Moscow could expect to be sentenced to death in absentia. Russia today has no such penalty in practice, but treason charges for "defecting to the side of the enemy" have multiplied since 2022, and at least one former diplomat has been placed on a wanted list.

Samsonov says he does not regret anything except the timing. "I should have done it in 2014," he said. "But in 2014 I was twenty-two and I believed the spreadsheet."

Avdeyenko, reached through an intermediary this month, declined to be interviewed. He sent a one-line message instead: "Tell them I am well, and that the war is still wrong."
""",
countries=["RUS","AUT","UKR","PRT","EST","ITA","SUN"],
persons=[P("Dmitri Avdeyenko",["Avdeyenko"],"RUS"),P("Kirill Samsonov",["Samsonov"],"RUS"),P("Anastasia",[],"RUS"),
 P("Yevgeny Larchenko",[],"RUS"),P("Maria Zaretskaya",[],"RUS"),P("Ines Carvalho",[],"PRT")],
not_persons=["Organization for Security and Co-operation in Europe","LinkedIn","WhatsApp"],
embassies=[E("RUS","AUT","Vienna"),E("RUS","PRT","Lisbon"),E("RUS","EST","Tallinn"),E("RUS","ITA","Milan")],
defections=[DF("Dmitri Avdeyenko","RUS",None,"AUT","2022-05","counsellor at the Russian mission to the OSCE"),
 DF("Kirill Samsonov","RUS","PRT","PRT","2022-10","third secretary at the Russian embassy in Lisbon"),
 DF("Anastasia","RUS","PRT","PRT","2022-10")]),

A("obit-021","Half a century of Tlatelolco: Latin America's nuclear promise","2017-02-14","Mexico City correspondent","""
MEXICO CITY — Fifty years ago today, in the foreign ministry building at Tlatelolco, on the northern edge of the capital, fourteen Latin American governments signed a treaty prohibiting nuclear weapons in their region. It was the first such zone covering a populated area anywhere in the world.

The Treaty for the Prohibition of Nuclear Weapons in Latin America, known everywhere simply as the Treaty of Tlatelolco, was the work above all of a Mexican diplomat, Alfonso García Robles, who later shared the Nobel Peace Prize for it. He had begun lobbying for the idea in the months after the Cuban missile crisis of October 1962, when the region had come closer to nuclear war than anyone wished to remember.

The path was not smooth. Brazil and Argentina, then both under military rule and both pursuing nuclear programmes, signed but held back from full application for decades. Cuba, which had hosted the Soviet missiles, refused to sign at all until 1995 and only ratified in 2002, completing the treaty's reach across all thirty-three states of Latin America and the Caribbean.

"García Robles used to say the treaty was written for the countries that would join last, not first," said Claudia Ibarra Leyva, a historian at the Colegio de México. "He knew Mexico would sign on day one. He was writing for Buenos Aires and Brasília."

Protocols attached to the treaty were eventually ratified by the recognised nuclear powers, including the United States and the Soviet Union, which pledged not to use or threaten to use nuclear weapons against the parties.

At a ceremony in the same building on Tuesday, Mexico's foreign minister, Luis Videgaray, called the treaty "a Latin American invention that the world should copy." It remains in force.
""",
countries=["MEX","BRA","ARG","CUB","USA","SUN"],
persons=[P("Alfonso García Robles",["García Robles"],"MEX"),P("Claudia Ibarra Leyva",[]),P("Luis Videgaray",[],"MEX")],
not_persons=["Colegio de México","Nobel Peace Prize"],
agreements=[AG("Treaty for the Prohibition of Nuclear Weapons in Latin America",["Treaty of Tlatelolco"],["MEX","BRA","ARG","CUB"],"1967-02-14","in_force")]),

A("obit-022","Besnik Lleshi, Albanian who fled Hoxha's Paris embassy","2019-06-12","Balkan news agency","""
TIRANA — Besnik Lleshi, a former second secretary at the Albanian embassy in Paris whose escape in 1982 was one of the few breaches of Enver Hoxha's sealed diplomatic service, died on Monday in Lyon, his family said. He was 76.

Lleshi left the embassy on the rue de la Pompe on a Sunday morning in November 1982, telling the guard he was going to buy newspapers for the ambassador. He took a train to Lyon, where a cousin had lived since before the war, and applied to the French authorities for political asylum. France granted it within the year.

At the time, Albania was perhaps the most isolated state in Europe, and diplomats posted abroad typically had to leave their children at home as a guarantee of loyalty. Lleshi had no children; his wife, Drita, was with him in Paris but refused to leave, and was sent back to Tirana within days. Their marriage was ended by a court decree in 1983, and she was assigned to work on a collective farm near Fier.

"In Albania then, one man's escape was his whole family's sentence," said Artan Hoxhaj, a historian at the University of Tirana who has studied the foreign ministry archives. (He is not related to the late dictator, he added.) "Lleshi's brother lost his job at the port in Durrës within the week."

After the fall of communism, Lleshi returned to Albania several times and, in 1992, briefly advised the new government on relations with France. He and Drita met again in 1991 and remarried the following year; she survives him, along with his brother, Fatos Lleshi.

Born in Dibër in 1943, Lleshi studied French in Tirana and joined the foreign ministry in 1968, serving in Belgrade and Beijing before Paris.
""",
countries=["ALB","FRA","YUG","CHN"],
persons=[P("Besnik Lleshi",["Lleshi"],"ALB"),P("Enver Hoxha",["Hoxha"],"ALB"),P("Drita",[],"ALB"),P("Artan Hoxhaj",[]),P("Fatos Lleshi",[])],
not_persons=["University of Tirana"],
embassies=[E("ALB","FRA","Paris"),E("ALB","YUG","Belgrade"),E("ALB","CHN","Beijing")],
defections=[DF("Besnik Lleshi","ALB","FRA","FRA","1982-11","second secretary at the Albanian embassy in Paris")]),

A("obit-023","Constantin Voicu, Romanian trade envoy who followed Pacepa west","2014-09-03","Romanian newspaper, English edition","""
Constantin Voicu, the Romanian economic counsellor who sought asylum in West Germany in the autumn of 1978, weeks after Nicolae Ceauşescu's intelligence deputy had made his own, far more famous escape, has died in Munich. He was 88.

His stepdaughter, Ioana Weber, said he died on Saturday after a fall at home.

Voicu's defection has always been overshadowed by that of Lt. Gen. Ion Mihai Pacepa, the acting chief of Romania's foreign intelligence service, who walked into the American embassy in Bonn in July 1978 and was flown to the United States. But in Bucharest the two cases were treated as one conspiracy, and Voicu's colleagues at the Romanian embassy in Bonn were interrogated for months.

"They assumed we were a network," Voicu told an interviewer in 2004. "In fact I had met the general twice, at receptions, and both times he talked about hunting."

Voicu had been in Bonn since 1975, handling Romania's growing trade with the Federal Republic. In October 1978 he failed to return from a trade fair in Hanover and, with his wife, Elena, asked the West German authorities for asylum. Elena Voicu died in 1996.

Ceauşescu's response to the pair of defections was a sweeping purge of the intelligence services and the foreign trade ministry. "Dozens of people lost their careers in 1978 because of Pacepa, and a few because of Voicu," said Radu Ciobanu, a historian at the National Council for the Study of the Securitate Archives. "Neither man could have known how far the ripples would go."

Voicu worked for a Bavarian engineering firm until his retirement and remarried, to Ingrid Weber, in 1999. He returned to Romania only once after 1989, for his sister's funeral in Braşov.
""",
countries=["ROU","DEU","USA"],
persons=[P("Constantin Voicu",["Voicu"],"ROU"),P("Ioana Weber",[]),P("Nicolae Ceauşescu",["Ceauşescu"],"ROU"),
 P("Ion Mihai Pacepa",["Pacepa","Lt. Gen. Ion Mihai Pacepa"],"ROU"),P("Elena Voicu",["Elena"],"ROU"),P("Radu Ciobanu",[]),P("Ingrid Weber",[])],
not_persons=["National Council for the Study of the Securitate Archives","Securitate"],
embassies=[E("ROU","DEU","Bonn"),E("USA","DEU","Bonn")],
defections=[DF("Constantin Voicu","ROU","DEU","DEU","1978-10","economic counsellor at the Romanian embassy in Bonn"),
 DF("Elena Voicu","ROU","DEU","DEU","1978-10"),
 DF("Ion Mihai Pacepa","ROU","USA",None,"1978-07","acting chief of Romania's foreign intelligence service")]),
]
ARTS+=[
A("obit-024","Hussein al-Mabrouk, ambassador who broke with Gaddafi from Valletta","2023-03-17","North Africa news service","""
TRIPOLI — Hussein al-Mabrouk, who was Libya's ambassador to Malta when the 2011 uprising began and who announced within a week that he no longer represented Muammar Gaddafi's government, died on Wednesday in Benghazi, relatives said. He was 79.

Al-Mabrouk was among the first wave of Libyan envoys to break with the regime in February 2011, as reports of aircraft firing on protesters reached embassies abroad. On February 22 he told Maltese journalists outside the embassy in Valletta that he stood "with the Libyan people and against the killing," and he ordered the green flag lowered. Within weeks he had declared his loyalty to the National Transitional Council in Benghazi.

"He called me at two in the morning to ask whether Maltese law required an ambassador to be loyal to a government or to a country," said Joseph Camilleri, a Maltese lawyer who advised the embassy at the time. "I told him it was a question for philosophers. He said: then I will answer it myself."

Malta, which lies less than 350 kilometres from the Libyan coast, found itself at the centre of the early evacuation effort, and al-Mabrouk's decision made the embassy a clearing house for Libyans fleeing the fighting. Two Libyan air force pilots who landed their Mirage jets in Malta on February 21 rather than bomb Benghazi were, he said later, "the ones who made up my mind."

He had joined the foreign service in the early years of Gaddafi's rule and served in Rome, Tunis and Khartoum. After the revolution he held no further office, and in recent years he had spoken sadly of the civil conflict that followed. "We lowered one flag," he said in a 2019 interview, "and then could not agree which one to raise."

He is survived by his wife, Fatima al-Sharif, four sons and a daughter.
""",
countries=["LBY","MLT","ITA","TUN","SDN"],
persons=[P("Hussein al-Mabrouk",["al-Mabrouk","Al-Mabrouk"],"LBY"),P("Muammar Gaddafi",["Gaddafi"],"LBY"),P("Joseph Camilleri",[],"MLT"),P("Fatima al-Sharif",[])],
not_persons=["National Transitional Council","Mirage"],
embassies=[E("LBY","MLT","Valletta"),E("LBY","ITA","Rome"),E("LBY","TUN","Tunis"),E("LBY","SDN","Khartoum")],
defections=[DF("Hussein al-Mabrouk","LBY",None,"MLT","2011-02-22","ambassador to Malta")]),

A("obit-025","Twenty years after the Agreed Framework","2014-10-21","Seoul bureau analysis","""
SEOUL — Twenty years ago today in Geneva, American and North Korean negotiators signed a four-page document that, for a time, froze Pyongyang's plutonium programme. The Agreed Framework between the United States and the Democratic People's Republic of Korea committed the North to halt and eventually dismantle its graphite-moderated reactors at Yongbyon in exchange for two light-water reactors, to be built by an international consortium, and shipments of heavy fuel oil.

Robert Gallucci, who led the American side, and Kang Sok-ju, North Korea's first vice foreign minister, had spent the better part of four months haggling over the sequence of steps. "Everything was about who moves first," a former member of the U.S. delegation recalled this week. "We spent three days on the word 'simultaneously'."

The framework was never a treaty and never ratified by the Senate. South Korea and Japan, which were to pay most of the cost of the new reactors, were not signatories, although Seoul's officials were briefed daily in Geneva.

It survived, in damaged form, for eight years. The collapse came in October 2002, when American officials said Pyongyang had admitted to a secret uranium-enrichment programme. Fuel oil shipments were halted that November; in December the North expelled international inspectors, and in January 2003 it announced its withdrawal from the Nuclear Non-Proliferation Treaty. By then the framework was dead.

Seoul's perspective on the period is coloured by another event. In February 1997, in the middle of the framework years, Hwang Jang-yop, the chief ideologist of the North's ruling party, walked into the South Korean consulate in Beijing with an aide and asked for asylum. After weeks of negotiations with China he was allowed to leave via the Philippines and reached Seoul that April, the highest-ranking North Korean ever to defect. "Hwang told us the North would never give up the bomb," said Lee Dong-kwan, a former South Korean intelligence official. "People in Washington thought he was exaggerating."

Gallucci has since argued that the framework bought eight years without plutonium production. Critics say it bought the North time. Both, probably, are right.
""",
countries=["USA","PRK","KOR","JPN","CHN","PHL"],
persons=[P("Robert Gallucci",["Gallucci"],"USA"),P("Kang Sok-ju",[],"PRK"),P("Hwang Jang-yop",["Hwang"],"PRK"),P("Lee Dong-kwan",[],"KOR")],
not_persons=["Yongbyon","Senate"],
embassies=[E("KOR","CHN","Beijing")],
defections=[DF("Hwang Jang-yop","PRK","KOR",None,"1997-02","chief ideologist of the North's ruling party")],
agreements=[AG("Agreed Framework between the United States and the Democratic People's Republic of Korea",["Agreed Framework","framework"],["USA","PRK"],"1994-10-21","terminated"),
 AG("Nuclear Non-Proliferation Treaty",[],["PRK"],None,"withdrawn")]),

A("obit-026","Stoyan Kolarov, Bulgarian UN official who stayed in New York","2006-05-08","Obituary, Balkan diaspora weekly","""
Stoyan Kolarov, a Bulgarian economist who worked in the United Nations Secretariat in New York and who refused a summons home in 1983, has died in Teaneck, New Jersey. He was 77. His daughter, Daniela Kolarova-Marsh, said he died of heart failure on April 30.

Kolarov was a senior economic affairs officer in the Secretariat's development department when, in the spring of 1983, the Bulgarian mission to the UN informed him that his contract would not be renewed and that he should return to Sofia. He had been, he later said, warned by a friend that he would be questioned about contacts with Western colleagues. Instead of flying home he asked the American authorities for political asylum, which was granted that June.

His case attracted attention because it came at a delicate moment: Bulgaria stood accused in the Western press of involvement in the 1981 attempt on the life of Pope John Paul II. Kolarov said he knew nothing about the affair, but his defection was widely cited as a sign of strains inside the Bulgarian service.

"Stoyan was an economist who happened to be from Bulgaria, not the reverse," said Albert Feinstein-Roy, a retired UN colleague. "He wanted to write about irrigation in Africa. Sofia wanted him to write reports about us."

Born in Plovdiv, he had studied in Moscow and worked for the Bulgarian planning committee before joining the UN in 1975. After 1983 he taught at a New Jersey college until 1998.

His wife, Vesela, remained in Bulgaria and was not allowed to join him until 1988. She survives him, along with his daughter and a grandson.
""",
countries=["BGR","USA"],
persons=[P("Stoyan Kolarov",["Kolarov","Stoyan"],"BGR"),P("Daniela Kolarova-Marsh",[]),P("John Paul II",["Pope John Paul II"]),P("Albert Feinstein-Roy",[]),P("Vesela",[],"BGR")],
not_persons=["United Nations Secretariat","Secretariat"],
embassies=[E("BGR","USA","New York")],
defections=[DF("Stoyan Kolarov","BGR","USA","USA","1983","senior economic affairs officer in the UN Secretariat")]),
]
ARTS+=[
A("obit-027","Hiroshi Tanabe, who chased a peace treaty with Moscow","2001-01-29","Tokyo-based English daily","""
TOKYO — Hiroshi Tanabe, a Foreign Ministry veteran who spent much of his career trying and failing to negotiate a formal end to the Second World War between Japan and Moscow, died Friday at a Tokyo hospital. He was 78.

Tanabe was a junior member of the Japanese delegation in the protracted mid-1950s talks with the Soviet Union, and more than thirty years later, as a senior adviser, he took part in the preparations for Mikhail Gorbachev's visit to Tokyo in April 1991. Both times, the goal he cared most about — a peace treaty settling the dispute over the four islands off Hokkaido that Japan calls the Northern Territories — slipped away.

"He used to say that the islands were closer to Hokkaido than the negotiators were to each other," said Kenji Morioka, a former ambassador to Russia who worked under him in the 1980s.

After the Soviet collapse, Tanabe was cautiously hopeful about Boris Yeltsin, and he advised the government ahead of Yeltsin's 1993 visit. Last year's target date for a treaty, set by Yeltsin and Prime Minister Ryutaro Hashimoto at a meeting in Krasnoyarsk in 1997, passed without one.

"He was not a sentimental man," said his son, Takashi Tanabe. "But when the year 2000 ended he phoned me and said only, 'Another one.'"

Born in Kanazawa, Tanabe joined the ministry in 1946 after serving as a naval cadet. He served at the embassy in Moscow three times and, between those postings, in Bonn and Stockholm. Colleagues regarded him as one of the ministry's most fluent Russian speakers.

He is survived by his wife, Michiko, his son, and two granddaughters.
""",
countries=["JPN","SUN","RUS","DEU","SWE"],
persons=[P("Hiroshi Tanabe",["Tanabe"],"JPN"),P("Mikhail Gorbachev",[],"SUN"),P("Kenji Morioka",[],"JPN"),P("Boris Yeltsin",["Yeltsin"],"RUS"),
 P("Ryutaro Hashimoto",[],"JPN"),P("Takashi Tanabe",[]),P("Michiko",[])],
not_persons=["Foreign Ministry","Northern Territories"],
embassies=[E("JPN","SUN","Moscow"),E("JPN","RUS"),E("JPN","DEU","Bonn"),E("JPN","SWE","Stockholm")]),

A("obit-028","Geoffrey Ashdown, diplomat who vanished from Beirut, dies in Moscow","1983-07-14","British national newspaper","""
Geoffrey Ashdown, the British diplomat who disappeared from his flat in Beirut in January 1962 and was next seen, eighteen months later, at a Moscow press conference, has died there at the age of 74, according to a brief notice in Izvestia. No cause of death was given.

Ashdown was serving as first secretary at the British embassy in Lebanon when he failed to attend a dinner party given by a colleague on a wet Saturday evening. His wife, Pamela, reported him missing the following morning. For more than a year the Foreign Office said only that inquiries were continuing; newspapers speculated about kidnapping, a boating accident, even a love affair.

The mystery ended in July 1963 when Ashdown appeared before Soviet and foreign journalists, announced that he had been "a convinced communist for twenty-five years," and said he had been granted Soviet citizenship. A subsequent inquiry concluded that he had passed documents to Soviet intelligence since at least 1951, including material from his earlier postings in Washington and Ankara.

"He was the most charming man at any party," said Sir Nigel Bramwell, a retired ambassador who served with him in Ankara. "In retrospect that should have worried us."

His wife did not follow him. She divorced him in 1965 and later remarried, as Pamela Hartigan; she died in 1979. In Moscow, according to Western correspondents who occasionally saw him, Ashdown lived in a comfortable flat near the Arbat, worked as a consultant on British affairs and married a Russian translator, Tamara Sergeyevna.

He is also survived by a son from his first marriage, Richard Ashdown, who said on Wednesday that he had last spoken to his father in 1975. "He asked whether the cricket was any good that summer," Mr Ashdown said. "I told him it was. That was the whole conversation."
""",
countries=["GBR","LBN","SUN","USA","TUR"],
persons=[P("Geoffrey Ashdown",["Ashdown"],"GBR"),P("Pamela Hartigan",["Pamela"]),P("Nigel Bramwell",["Sir Nigel Bramwell"],"GBR"),
 P("Tamara Sergeyevna",[],"SUN"),P("Richard Ashdown",["Mr Ashdown"])],
not_persons=["Izvestia","Foreign Office","Arbat"],
embassies=[E("GBR","LBN","Beirut"),E("GBR","USA","Washington"),E("GBR","TUR","Ankara")],
defections=[DF("Geoffrey Ashdown","GBR","SUN","LBN","1962-01","first secretary at the British embassy in Lebanon")]),

A("obit-029","Hillsborough at thirty: the agreement that angered everyone","2015-11-15","Irish broadsheet, opinion and analysis","""
Thirty years ago today, at Hillsborough Castle in County Down, Margaret Thatcher and Garret FitzGerald signed an agreement that gave the Irish government, for the first time, a formal consultative role in the affairs of Northern Ireland.

The Anglo-Irish Agreement of 1985 established an intergovernmental conference, serviced by a secretariat of British and Irish officials at Maryfield, outside Belfast. It affirmed that any change in Northern Ireland's status would come only with the consent of a majority of its people. Dublin got a voice; London got a partner in security cooperation; unionists got, in their own view, betrayed.

"Ulster says no" became the slogan of a campaign that brought perhaps 100,000 people to Belfast City Hall within a fortnight. Every unionist MP resigned his Westminster seat to force by-elections. Republicans, for their part, denounced the agreement as copper-fastening partition.

Michael Lillis, one of the Irish officials who negotiated the text, has described the talks as "eighteen months of being told it was impossible, and then one afternoon it wasn't."

The agreement did not end the violence; some of the worst years of the Troubles lay ahead. But historians now tend to see it as the scaffolding on which the peace process was built. The Good Friday Agreement of April 1998, approved in referendums on both sides of the border, superseded it, replacing the Maryfield conference with new North-South and British-Irish institutions. Those institutions remain in place today, though the power-sharing executive at Stormont has lurched from crisis to crisis.

Thatcher later told colleagues she regretted the concessions. FitzGerald, who died in 2011, never did.
""",
countries=["GBR","IRL"],
persons=[P("Margaret Thatcher",["Thatcher"],"GBR"),P("Garret FitzGerald",["FitzGerald"],"IRL"),P("Michael Lillis",[],"IRL")],
not_persons=["Hillsborough Castle","Maryfield","Belfast City Hall","Stormont","Westminster"],
agreements=[AG("Anglo-Irish Agreement",[],["GBR","IRL"],"1985-11-15","terminated"),
 AG("Good Friday Agreement",[],["GBR","IRL"],"1998-04","in_force")]),
]
