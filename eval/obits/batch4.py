from common import *
ARTS=[
A("obit-030","Mengesha Wolde-Giorgis, envoy who refused the Derg's recall","2010-10-19","Horn of Africa news service","""
ADDIS ABABA — Mengesha Wolde-Giorgis, who was Ethiopia's ambassador in Stockholm when the military government known as the Derg unleashed the Red Terror, and who declined to come home when he was recalled in 1978, died last Thursday in Uppsala, Sweden. He was 86.

His nephew, Dawit Mengesha, confirmed the death and said the family would hold a memorial service at an Ethiopian Orthodox church in Stockholm.

Appointed under Emperor Haile Selassie, Mengesha was one of the few imperial-era ambassadors whom the Derg left in place after the 1974 revolution, apparently because of his long relationship with Swedish aid agencies. But by early 1978, as reports of mass killings in Addis Ababa reached Europe, he was summoned home "for consultations." Two of his brothers had already been arrested.

He stayed. In March 1978 he asked the Swedish government for political asylum and gave a short statement to the newspaper Dagens Nyheter condemning "the murder of the young." Sweden granted asylum the next month.

"It was the most natural thing in the world for him and the most difficult," said Birgitta Lindqvist, a former official of the Swedish development agency who knew him for forty years. "He loved that job. He loved his country more."

Born in Gondar, Mengesha was educated at the Haile Selassie I Secondary School and in Beirut, and served in Cairo and Nairobi before Sweden. In exile he worked for the Swedish immigration board and advised the government on refugees from the Horn of Africa, and he was active in the Ethiopian diaspora's human rights campaigns.

One of his brothers, Tesfaye, was executed in 1979. The other, Getachew, was released in 1982 and survives him. He is also survived by his wife, Almaz, and three children.
""",
countries=["ETH","SWE","EGY","KEN"],
persons=[P("Mengesha Wolde-Giorgis",["Mengesha"],"ETH"),P("Dawit Mengesha",[]),P("Haile Selassie",["Emperor Haile Selassie"],"ETH"),
 P("Birgitta Lindqvist",[],"SWE"),P("Tesfaye",[],"ETH"),P("Getachew",[],"ETH"),P("Almaz",[])],
not_persons=["Derg","Red Terror","Dagens Nyheter","Haile Selassie I Secondary School"],
embassies=[E("ETH","SWE","Stockholm"),E("ETH","EGY","Cairo"),E("ETH","KEN","Nairobi")],
defections=[DF("Mengesha Wolde-Giorgis","ETH","SWE","SWE","1978-03","ambassador in Stockholm")]),

A("obit-031","Viktor Rudenko, KGB officer who fled Tehran in 1982","2019-02-26","Obituary, British broadsheet","""
Viktor Rudenko, who has died aged 71, was a KGB officer working under diplomatic cover in Tehran who in the summer of 1982 escaped across the Turkish border and was brought to Britain, where he spent the rest of his life under a borrowed surname in a market town he never publicly named.

His death, of a stroke, was announced to a small circle of friends by his wife, Janet. She asked that the town not be identified.

Rudenko had arrived in Iran in 1979, months after the revolution, as a second secretary in the consular section of the Soviet embassy. In reality he belonged to the KGB's Directorate S, which ran "illegals" — Soviet intelligence officers living abroad under false identities — and his job in Tehran was to maintain their documents and communications. It was a delicate period: the new Islamic Republic was hostile both to Washington and, increasingly, to Moscow, and the Tudeh communist party, which the KGB had cultivated for decades, was about to be crushed.

According to an account he gave in a memoir published in 1991, he had been in contact with British intelligence for about a year when, in June 1982, he was told that his superiors suspected a leak. He left his flat on a Friday afternoon, was driven to a point near the border, and crossed into Turkey on foot at night. Within days he was in London.

"He always said the walk was the easy part," said Alan Parfitt, a retired intelligence officer who handled his debriefing. "What he found hard was knowing that every member of the Tudeh leadership he could name would be arrested within the year, whatever he did."

The Tudeh party was indeed banned by the Iranian authorities in 1983 and its leaders imprisoned; Western officials have said British information about Soviet networks in Iran was shared with Tehran, though the government has never confirmed it.

Rudenko was born in Dnepropetrovsk in 1947, the son of a steelworker, and graduated from the Moscow State Institute of International Relations before joining the KGB in 1971. His first wife, Larisa, who was in Tehran with him, was not told of his plans; she was flown back to Moscow with their daughter and later divorced him. He learned decades later that his daughter, Oksana, had grown up believing he was dead.

In Britain he worked for many years as a consultant and translator and married Janet Holbrook, a schoolteacher, in 1986. Their friends knew him as "Victor Reid". He is survived by Janet, by a son, Thomas, and by Oksana, with whom he re-established contact in 2008.
""",
countries=["SUN","IRN","TUR","GBR","USA"],
persons=[P("Viktor Rudenko",["Rudenko","Victor Reid"],"SUN"),P("Janet Holbrook",["Janet"]),P("Alan Parfitt",[],"GBR"),
 P("Larisa",[],"SUN"),P("Oksana",[]),P("Thomas",[])],
not_persons=["KGB","Directorate S","Tudeh","Moscow State Institute of International Relations"],
embassies=[E("SUN","IRN","Tehran")],
defections=[DF("Viktor Rudenko","SUN","GBR","IRN","1982-06","KGB officer under cover as second secretary in the consular section")]),

A("obit-032","Helsinki at fifty: the document that outlived the Cold War's borders","2025-08-01","Nordic public broadcaster, online","""
HELSINKI — Fifty years ago today, the leaders of thirty-five states sat at long tables in Finlandia Hall and signed the Final Act of the Conference on Security and Co-operation in Europe. Leonid Brezhnev signed for the Soviet Union, Gerald Ford for the United States, Erich Honecker for East Germany and Helmut Schmidt for West Germany, who found themselves seated next to each other because of the alphabet.

The Helsinki Final Act was not a treaty; it was a political declaration, and its authors were careful to say so. Moscow wanted recognition of Europe's post-war frontiers and got a pledge that they were "inviolable." The West wanted — and, to the surprise of many in the Kremlin, got — a chapter on human rights and the free movement of people and ideas, known as Basket Three.

"The Soviets thought Basket Three was paper," said Kaarina Virtanen, a Finnish diplomat who was a young note-taker at the summit. "Within two years there were Helsinki groups in Moscow, Prague and Warsaw holding them to it."

Finland, whose president Urho Kekkonen had pushed for the conference for years, played host and broker. The country's neutrality, officials of the time said, was what made the venue acceptable to both blocs.

The anniversary this week has been a muted affair. The organisation that grew out of the conference, the OSCE, is paralysed by Russia's war against Ukraine, and Finland itself abandoned decades of non-alignment to join NATO in 2023. President Alexander Stubb, speaking in the same hall on Thursday, said the principles of 1975 "remain valid even if one signatory has chosen to trample them."
""",
countries=["SUN","USA","DDR","DEU","FIN","RUS","UKR"],
persons=[P("Leonid Brezhnev",[],"SUN"),P("Gerald Ford",[],"USA"),P("Erich Honecker",[],"DDR"),P("Helmut Schmidt",[],"DEU"),
 P("Kaarina Virtanen",[],"FIN"),P("Urho Kekkonen",[],"FIN"),P("Alexander Stubb",[],"FIN")],
not_persons=["Finlandia Hall","Basket Three","OSCE","NATO","Kremlin"],
agreements=[AG("Helsinki Final Act",["Final Act of the Conference on Security and Co-operation in Europe"],["SUN","USA","DDR","DEU","FIN"],"1975-08-01","signed")]),
]
ARTS+=[
A("obit-033","Dragan Marković, Yugoslav consul who stayed in Sydney","2002-08-06","Australian daily, obituaries page","""
Dragan Marković, who served as Yugoslavia's consul in Sydney in the late 1970s and who caused a small sensation in 1978 by applying for political asylum in Australia, died in Sydney on July 30, aged 76.

Marković had been in Australia for two years when, in September 1978, he told the Department of Foreign Affairs that he would not obey an order to return to Belgrade. His relations with the embassy in Canberra had deteriorated after he objected, he later said, to instructions to compile lists of Croatian and Serbian émigrés who attended anti-government meetings.

The Yugoslav government accused him of embezzlement and demanded his return. The Fraser government declined, and he was granted asylum that December.

"Dragan was a Partisan kid who believed in Tito until Tito's people asked him to spy on his own cousins in Wollongong," said Milan Petrović-Hale, a Sydney solicitor who represented him. "After that he believed in the Australian constitution, which he could recite at parties."

Born in Kragujevac, Serbia, he joined the Partisans at sixteen and later studied law in Belgrade. He entered the foreign service in 1953 and served in Athens and Rome before his Australian posting.

In Sydney he worked as an interpreter for the courts and for many years wrote a column for a Serbian-language weekly. He was critical of both Slobodan Milošević and the Croatian nationalists during the wars of the 1990s, a position that won him few friends in either community.

His wife, Ljiljana, who had been with him in Sydney at the time of his defection and also sought asylum, died in 1999. He is survived by their son, Nenad Marković, and two grandchildren.
""",
countries=["YUG","AUS","GRC","ITA","SRB"],
persons=[P("Dragan Marković",["Marković","Dragan"],"YUG"),P("Tito",[],"YUG"),P("Milan Petrović-Hale",[]),P("Slobodan Milošević",[]),
 P("Ljiljana",[],"YUG"),P("Nenad Marković",[]),P("Fraser",[])],
not_persons=["Department of Foreign Affairs","Partisans"],
embassies=[E("YUG","AUS","Sydney"),E("YUG","AUS","Canberra"),E("YUG","GRC","Athens"),E("YUG","ITA","Rome")],
defections=[DF("Dragan Marković","YUG","AUS","AUS","1978-09","consul in Sydney"),
 DF("Ljiljana","YUG","AUS","AUS","1978-09")]),

A("obit-034","Helena Vasconcelos Duarte, Brazil's voice in the Doha round","2024-06-03","Latin American business daily","""
BRASÍLIA — Helena Vasconcelos Duarte, the Brazilian diplomat who led her country's agricultural negotiators through the long and ultimately fruitless Doha round of world trade talks, died on Friday in Rio de Janeiro. She was 77.

The Itamaraty, Brazil's foreign ministry, announced the death in a statement praising "a negotiator of rare tenacity and rarer humour."

Vasconcelos Duarte was the senior Brazilian official in the room in Geneva in July 2008, when nine days of ministerial talks collapsed over a dispute between the United States and India about safeguards for poor farmers. She had spent the previous five years assembling the G20 coalition of developing countries that had demanded deep cuts in American and European farm subsidies.

"She used to say that we lost the round but won the argument," said Rodrigo Pimentel, who worked on her team. "For twenty years before that, nobody even let us into the argument."

Those who sat across from her remembered her as formidable but never personal. A former European Commission negotiator recalled her arriving at a 3 a.m. session with a thermos of coffee for every delegation, "including the ones she was about to demolish." In 2008, as the Geneva meeting disintegrated, she was among the last ministers' deputies still drafting compromise language on cotton, an issue on which Brazil had already won a dispute against Washington at the trade body's court.

The round was never formally concluded; trade ministers effectively abandoned it in Nairobi in 2015.

Born in Recife, she joined the foreign service in 1971 and served as ambassador in Buenos Aires and later in Washington, where she was known for hosting feijoada lunches for congressional staff. In retirement she taught at the Rio Branco Institute.

She is survived by her husband, the architect Paulo Duarte, and two sons.
""",
countries=["BRA","USA","IND","ARG"],
persons=[P("Helena Vasconcelos Duarte",["Vasconcelos Duarte"],"BRA"),P("Rodrigo Pimentel",[],"BRA"),P("Paulo Duarte",[])],
not_persons=["Itamaraty","G20","Rio Branco Institute"],
embassies=[E("BRA","ARG","Buenos Aires"),E("BRA","USA","Washington")]),

A("obit-035","Ryu Kyong-hui, who fled with her husband from Bangkok, dies at 66","2026-04-14","Seoul-based wire service","""
SEOUL, April 14 — Ryu Kyong-hui, a North Korean woman who defected with her husband, a trade official at the North's embassy in Thailand, more than two decades ago, has died of cancer in Seoul, a support group for defectors said Tuesday. She was 66.

Ryu and her husband, Han Sung-chol, left the embassy compound in Bangkok in the autumn of 2004 and took refuge with Thai immigration authorities, according to South Korean officials at the time. They arrived in Seoul in January 2005 after what a government statement called "consultations with relevant countries." Han had been responsible for rice and rubber imports.

In the South she was known by her married name, Han Kyong-hui, which she adopted after the couple registered their marriage under South Korean law, and she worked for fifteen years as a cook in a university cafeteria in Suwon. Her husband died in 2019.

Their daughter, Han Ye-rin, who was fourteen when the family fled, said her mother had rarely spoken about the embassy. "She would only say it was always cold, even in Bangkok," Han said. "I think she meant the people."

The family's case was largely overshadowed by the defection in the same period of another North Korean diplomat, but acquaintances said Ryu played a decisive role. "Everyone assumed the husband made the decision," said Kim Hye-sook, a defector and activist who befriended her in 2006. "She told me she packed the bags a month before he agreed."

Besides her daughter, she is survived by a brother, Ryu Kyong-nam, who also lives in South Korea after escaping through China in 2011.
""",
countries=["PRK","KOR","THA","CHN"],
persons=[P("Ryu Kyong-hui",["Ryu","Han Kyong-hui"],"PRK"),P("Han Sung-chol",["Han"],"PRK"),P("Han Ye-rin",["Han"]),P("Kim Hye-sook",[]),P("Ryu Kyong-nam",[],"PRK")],
embassies=[E("PRK","THA","Bangkok")],
defections=[DF("Ryu Kyong-hui","PRK","KOR","THA","2004"),
 DF("Han Sung-chol","PRK","KOR","THA","2004","trade official at the North's embassy in Thailand"),
 DF("Ryu Kyong-nam","PRK","KOR",None,"2011")]),
]
ARTS+=[
A("obit-036","Fifty years of the State Treaty: how Austria bought its freedom","2005-05-15","Vienna correspondent","""
VIENNA — It is the most famous balcony scene in Austrian history. On May 15, 1955, Foreign Minister Leopold Figl stepped onto the balcony of the Belvedere palace, held up a leather-bound document and declared to the crowd below: "Österreich ist frei!" — Austria is free.

The document was the State Treaty for the Re-establishment of an Independent and Democratic Austria, signed that morning in the palace's Marble Hall by the foreign ministers of the four occupying powers — Vyacheslav Molotov for the Soviet Union, John Foster Dulles for the United States, Harold Macmillan for Britain and Antoine Pinay for France — and by Figl for Austria. It ended ten years of four-power occupation and restored Austria's full sovereignty.

The price, agreed in Moscow the previous month, was neutrality. Austria's parliament declared the country permanently neutral in October 1955, the day after the last occupation soldier left.

"The Russians wanted a neutral belt in the middle of Europe, and we wanted the Russians out," said Gerald Stourzh, the historian who has written the standard account of the negotiations. "For once both sides got what they wanted."

Today, fifty years on, the treaty remains in force, although Austria declared some of its military clauses obsolete in 1990 after the end of the Cold War. Austria has been a member of the European Union since 1995; it has never joined NATO.

At a ceremony at the Belvedere on Sunday, Chancellor Wolfgang Schüssel and President Heinz Fischer were joined by the foreign ministers of Russia, the United States, Britain and France.
""",
countries=["AUT","SUN","USA","GBR","FRA","RUS"],
persons=[P("Leopold Figl",["Figl"],"AUT"),P("Vyacheslav Molotov",[],"SUN"),P("John Foster Dulles",[],"USA"),P("Harold Macmillan",[],"GBR"),
 P("Antoine Pinay",[],"FRA"),P("Gerald Stourzh",[]),P("Wolfgang Schüssel",[],"AUT"),P("Heinz Fischer",[],"AUT")],
not_persons=["Belvedere","Marble Hall","European Union","NATO"],
agreements=[AG("State Treaty for the Re-establishment of an Independent and Democratic Austria",["State Treaty"],["AUT","SUN","USA","GBR","FRA"],"1955-05-15","in_force")]),

A("obit-037","Paul Gusar, Soviet naval attaché who chose the West in 1959","1997-11-21","Obituary, U.S. regional newspaper","""
Paul Gusar, a former Soviet naval officer who defected in Stockholm in 1959 and later spent two decades as a civilian analyst for the U.S. Navy, died Nov. 17 at his home in Annapolis. He was 79.

His wife, Ann Gusar, said he had Alzheimer's disease.

Born Pavel Andreyevich Gusarov in Arkhangelsk, he was a captain second rank and the assistant naval attaché at the Soviet embassy in Sweden when, on a June evening in 1959, he left a diplomatic reception early and did not return to his quarters. He contacted the Swedish security police the next day and asked for asylum.

Sweden, anxious about its neutrality, granted temporary protection while the Americans arranged his transfer. By the end of July he was in the United States, where he was debriefed for more than a year on Soviet submarine development and Baltic naval deployments.

"Pavel had a sailor's contempt for politicians of all countries," said Capt. Richard Haldane, a retired naval intelligence officer who worked with him in the 1960s. "He told me he had defected from the Soviet Union, not to the United States. We let him have that distinction."

The Soviet embassy in Stockholm protested to the Swedish foreign ministry and claimed he had been abducted; a Soviet military tribunal later sentenced him to death in absentia. His mother and sister in Arkhangelsk were, he learned after 1991, questioned but not arrested.

He married Ann Pierce, a Navy Department librarian, in 1963. Besides her, survivors include two daughters, Katherine Gusar Lowe and Maria Gusar.
""",
countries=["SUN","SWE","USA"],
persons=[P("Paul Gusar",["Pavel Andreyevich Gusarov","Pavel"],"SUN"),P("Ann Gusar",["Ann Pierce"]),P("Richard Haldane",["Capt. Richard Haldane"],"USA"),
 P("Katherine Gusar Lowe",[]),P("Maria Gusar",[])],
not_persons=["Navy Department"],
embassies=[E("SUN","SWE","Stockholm")],
defections=[DF("Paul Gusar","SUN","USA","SWE","1959-06","assistant naval attaché at the Soviet embassy in Sweden")]),
]
ARTS+=[
A("obit-038","Zhou Hanmin, diplomat who stayed in Paris after Tiananmen","2022-06-07","French newspaper, international edition","""
PARIS — Zhou Hanmin, a second secretary at the Chinese embassy in Paris who announced on French television in June 1989 that he would not return to China after the killings around Tiananmen Square, has died in Paris at the age of 64, his friends said on Monday.

Zhou's appearance — seated, visibly frightened, on an evening news programme five days after the army cleared the square — made him briefly one of the best-known faces of the Chinese exile community that gathered in France that summer. "I cannot serve a government that fires on students," he said in careful French. "I was a student two years ago."

He was granted political refugee status by France in the autumn of 1989. The Chinese embassy said at the time that he had been dismissed for "serious violations of discipline" and that his diplomatic status had been revoked.

Zhou was born in Hangzhou in 1958 and studied French at Peking University before joining the foreign ministry in 1984. Paris was his first foreign posting. His parents, both teachers, were questioned by police after his defection, and his father lost a university administrative post; Zhou did not see them again until 2002, when they were permitted to visit France for a month.

In exile he worked as a translator, then for many years as a researcher at a Paris institute for Asian studies, writing on Chinese rural politics. He avoided the factional quarrels that split the pro-democracy movement in France in the 1990s. "Hanmin was the only person everyone still invited to dinner," said Marie-Claude Fournier, a sinologist and longtime friend.

Hong Kong activists, who had helped smuggle some student leaders to France in the summer of 1989 through an operation known as Yellowbird, sent condolences. Zhou himself had played no part in that operation, friends said, but he had met several of those it rescued at Orly airport.

He is survived by his wife, Claire Fontaine-Zhou, and their son, Louis.
""",
countries=["CHN","FRA"],
persons=[P("Zhou Hanmin",["Zhou","Hanmin"],"CHN"),P("Marie-Claude Fournier",[],"FRA"),P("Claire Fontaine-Zhou",[]),P("Louis",[])],
not_persons=["Yellowbird","Peking University","Orly"],
embassies=[E("CHN","FRA","Paris")],
defections=[DF("Zhou Hanmin","CHN","FRA","FRA","1989-06","second secretary at the Chinese embassy in Paris")]),

A("obit-039","Margit Sørensen, the ministry official who opened a door in 1974","2000-03-28","Danish newspaper, English digest","""
COPENHAGEN — Margit Sørensen, a Danish foreign ministry official who spent most of her career on consular paperwork and who, on one autumn night in 1974, helped a Soviet diplomat leave his country's service, died last Friday at a care home in Hellerup. She was 82.

Sørensen was duty officer at the ministry on Asiatisk Plads on the evening in October 1974 when Igor Chernyshov, a 38-year-old first secretary at the Soviet embassy in Copenhagen, telephoned and asked, in halting Danish, whether "a person could come and speak about staying." She told him to come at once and kept him talking in her office until police and intelligence officers arrived.

Chernyshov was granted asylum in Denmark within the week. In 1976 he moved to Canada, where he lived under another name until his death in 1995.

Sørensen never sought credit. Her role became known only in 1999, when a Danish historian, Jens Kjær Andersen, published an account of the case based on declassified files. "She treated him exactly as she would have treated a Danish tourist who had lost his passport in Lisbon," Andersen said. "Which is to say, with enormous patience and a form in triplicate."

Interviewed by a local newspaper after the book appeared, Sørensen said she remembered mainly that he was shivering. "I gave him my cardigan," she said. "I never got it back. I have always wondered if it went to Canada."

She joined the ministry in 1946 and retired in 1983. She never married. She is survived by a nephew, Ole Sørensen, and his children.
""",
countries=["DNK","SUN","CAN"],
persons=[P("Margit Sørensen",["Sørensen"],"DNK"),P("Igor Chernyshov",["Chernyshov"],"SUN"),P("Jens Kjær Andersen",["Andersen"],"DNK"),P("Ole Sørensen",[])],
not_persons=["Asiatisk Plads","Hellerup"],
embassies=[E("SUN","DNK","Copenhagen")],
defections=[DF("Igor Chernyshov","SUN","DNK","DNK","1974-10","first secretary at the Soviet embassy in Copenhagen")]),
]
