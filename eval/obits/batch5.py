from common import *
ARTS=[
A("obit-040","Ten years on, the Iran nuclear deal is a ghost of itself","2025-07-14","International affairs desk","""
A decade ago today, in the Palais Coburg hotel in Vienna, after twenty months of negotiations and a final seventeen-day marathon, Iran and six world powers announced the Joint Comprehensive Plan of Action — the agreement that limited Iran's nuclear programme in exchange for the lifting of international sanctions.

The parties were Iran on one side and, on the other, the United States, Britain, France, Germany, Russia and China, with the European Union as coordinator. Under the deal Iran agreed to cut its stockpile of enriched uranium by about 98 per cent, to reduce its centrifuges by two-thirds and to accept the most intrusive inspection regime the International Atomic Energy Agency had ever run. In return, UN, American and European sanctions were suspended from January 2016.

"When we walked out onto that balcony, there was a feeling that diplomacy had actually beaten the alternative," said Farideh Sadeghi, who was a junior member of the Iranian delegation and now teaches in Tehran. "I was twenty-nine. I thought this was how the world worked."

The deal's unravelling began in May 2018, when President Donald Trump announced that the United States was withdrawing and reimposing sanctions. The other parties said they would stay in, and formally the agreement survived; in practice, European companies fled Iran within months. A year later Tehran began exceeding the deal's limits step by step, enriching uranium to 60 per cent by 2021.

Talks in Vienna to revive the agreement under President Joe Biden came close in the summer of 2022 and then died. "There was a text," said a European diplomat involved in those negotiations, speaking on condition of anonymity. "There was never a moment when both capitals said yes to it on the same day."

The agreement's anniversary arrives in grim circumstances. Last month Israeli and American strikes hit Iranian nuclear sites, and Iran suspended cooperation with international inspectors. Britain, France and Germany have warned that they may trigger the "snapback" mechanism to restore UN sanctions before key provisions of the accord expire in October.

John Kerry, the American secretary of state who negotiated the deal alongside Mohammad Javad Zarif, Iran's foreign minister, has defended it in recent interviews as "the only period in twenty years when we knew exactly what Iran was doing." Zarif, now out of government, has said less.

Whether the deal outlives its tenth anniversary by more than a few months is, diplomats say, doubtful. For now, on paper, it still exists — without its most powerful signatory.
""",
countries=["IRN","USA","GBR","FRA","DEU","RUS","CHN","ISR"],
persons=[P("Farideh Sadeghi",[],"IRN"),P("Donald Trump",[],"USA"),P("Joe Biden",[],"USA"),P("John Kerry",[],"USA"),P("Mohammad Javad Zarif",["Zarif"],"IRN")],
not_persons=["Palais Coburg","International Atomic Energy Agency","European Union"],
agreements=[AG("Joint Comprehensive Plan of Action",["Iran nuclear deal"],["IRN","USA","GBR","FRA","DEU","RUS","CHN"],"2015-07-14","withdrawn")]),

A("obit-041","Pieter Malan, apartheid diplomat who sought asylum in London","2019-09-09","South African weekly","""
Pieter Malan was, by his own description, "the least likely traitor in the Department of Foreign Affairs." The son of a Dutch Reformed minister from the Karoo, a rugby blue at Stellenbosch and a loyal member of the National Party until his mid-thirties, he became in 1986 one of the very few white South African diplomats to resign in protest against apartheid while serving abroad — and to ask a foreign government to protect him.

Malan, who died in Oxford on 1 September at the age of 79, was first secretary for political affairs at the South African embassy in London when President P.W. Botha declared a nationwide state of emergency in June 1986. Over the following weeks thousands of people were detained without trial. Malan wrote a letter of resignation, gave a copy to the Guardian, and applied to the Home Office for political asylum, saying he feared prosecution under security laws if he returned. Britain granted him refugee status the following year.

"He did it in the most Afrikaans way possible," recalled his friend, the novelist Elsa Joubert-Vance. "A formal letter, three pages, numbered paragraphs, a reference to the Book of Amos."

Pretoria's response was withering. A foreign ministry spokesman called him "a disgruntled official seeking a British passport," and his father publicly disowned him in a letter to a Cape Town newspaper. They were reconciled only shortly before the elder Malan's death in 1993.

Malan had joined the foreign service in 1965 and served in Washington, Tel Aviv and Bonn. In London he was responsible, among other things, for monitoring the Anti-Apartheid Movement; he later said that reading its pamphlets for two years was "the best political education the Republic ever paid for."

In exile he taught at Oxford and worked with the ANC's constitutional committee. He returned to South Africa in 1991 and served as an adviser to the Government of National Unity's foreign ministry, helping to integrate former exiles into the diplomatic service, before moving back to England in 2001.

He is survived by his wife, Annelie, and by two daughters, Karin and Marthe.
""",
countries=["ZAF","GBR","USA","ISR","DEU"],
persons=[P("Pieter Malan",["Malan"],"ZAF"),P("P.W. Botha",[],"ZAF"),P("Elsa Joubert-Vance",[]),P("Annelie",[]),P("Karin",[]),P("Marthe",[])],
not_persons=["Guardian","Home Office","Anti-Apartheid Movement","ANC","Book of Amos","Department of Foreign Affairs","National Party"],
embassies=[E("ZAF","GBR","London"),E("ZAF","USA","Washington"),E("ZAF","ISR","Tel Aviv"),E("ZAF","DEU","Bonn")],
defections=[DF("Pieter Malan","ZAF","GBR","GBR","1986","first secretary for political affairs at the South African embassy in London")]),

A("obit-042","Raymond Tate, envoy who almost made a Syrian peace","2013-05-21","U.S. newspaper, obituaries","""
Raymond Ellsworth Tate, a career Foreign Service officer who served as ambassador to Jordan and spent the last years of his career trying to broker a peace between Israel and Syria, died May 16 at his home in Chevy Chase, Md. He was 81.

The cause was lung cancer, said his daughter, Caroline Tate Abrams.

Mr. Tate was one of the American officials at the Shepherdstown talks in January 2000, when President Bill Clinton brought Israel's prime minister, Ehud Barak, and Syria's foreign minister, Farouk al-Sharaa, to a conference center in West Virginia. For a week the delegations argued over a few hundred metres of shoreline on the Sea of Galilee and the sequencing of withdrawal and normalization. The talks adjourned without agreement, and a meeting between Clinton and Hafez al-Assad in Geneva that March failed to revive them.

"Ray believed right up to the end that we were one map away," said Martin Kessler, a former State Department colleague. "Unfortunately the map kept changing."

Born in Columbus, Ohio, Mr. Tate joined the Foreign Service in 1957 and served in Beirut, Damascus and Cairo before his posting to Amman in the late 1980s. Colleagues remember him as a fluent Arabic speaker who was equally at ease with Israeli generals and Syrian Baathists.

"He had a rule: never let either side see you take notes on what the other said," said Kessler. "He memorized everything and wrote it down in the car."

He is survived by his wife of 55 years, Eleanor; his daughter; a son, Daniel Tate; and five grandchildren.
""",
countries=["USA","JOR","ISR","SYR","LBN","EGY"],
persons=[P("Raymond Ellsworth Tate",["Mr. Tate","Ray"],"USA"),P("Caroline Tate Abrams",[]),P("Bill Clinton",["Clinton"],"USA"),P("Ehud Barak",[],"ISR"),
 P("Farouk al-Sharaa",[],"SYR"),P("Hafez al-Assad",[],"SYR"),P("Martin Kessler",["Kessler"],"USA"),P("Eleanor",[]),P("Daniel Tate",[])],
not_persons=["Foreign Service","State Department"],
embassies=[E("USA","JOR","Amman"),E("USA","LBN","Beirut"),E("USA","SYR","Damascus"),E("USA","EGY","Cairo")]),
]
ARTS+=[
A("obit-043","Batyr Orazov, Turkmen ambassador who broke with Niyazov","2018-10-30","Central Asia news service","""
Batyr Orazov, who was Turkmenistan's ambassador to Austria and its representative to international organisations in Vienna until he publicly broke with President Saparmurat Niyazov in 2003, has died in Vienna, where he had lived in exile for fifteen years. He was 69.

His death on Saturday was confirmed by Turkmen opposition activists abroad and by his son, Merdan Orazov, who said his father had been in poor health since a heart operation last year.

Orazov's resignation came in the months after the November 2002 attack on Niyazov's motorcade in Ashgabat, which the government called an assassination attempt and used to justify a wave of arrests, including of former officials and their relatives. In February 2003 Orazov announced in a letter to the Austrian press that he could "no longer serve a regime that holds whole families hostage," and asked the Austrian authorities for asylum. It was granted later that year.

The government in Ashgabat declared him a traitor and an accomplice of the alleged plotters. Two of his brothers were dismissed from their jobs, and one served four years in prison on charges that human rights groups described as fabricated.

"Batyr was the kind of diplomat the Soviet system produced by the thousands — competent, careful, silent," said Gulnara Berdyeva, a Turkmen human rights activist based in Prague. "Niyazov's mistake was to make silence impossible."

Born in Mary in 1949, Orazov studied at the Moscow State Institute of International Relations and served in the Soviet foreign ministry before Turkmenistan's independence in 1991. He was among the first cohort of Turkmen diplomats, serving in Ankara and then in Tehran before Vienna.

In exile he joined a loose coalition of opposition figures and wrote regularly for Russian-language websites about the country's gas contracts. After Niyazov's death in 2006 he expressed hope for change under his successor, Gurbanguly Berdimuhamedov, but soon concluded that "the portraits changed; the prisons did not."

He is survived by his wife, Ogulgerek, his son and two daughters.
""",
countries=["TKM","AUT","SUN","TUR","IRN"],
persons=[P("Batyr Orazov",["Orazov","Batyr"],"TKM"),P("Saparmurat Niyazov",["Niyazov"],"TKM"),P("Merdan Orazov",[]),P("Gulnara Berdyeva",[],"TKM"),
 P("Gurbanguly Berdimuhamedov",[],"TKM"),P("Ogulgerek",[])],
not_persons=["Moscow State Institute of International Relations"],
embassies=[E("TKM","AUT","Vienna"),E("TKM","TUR","Ankara"),E("TKM","IRN","Tehran")],
defections=[DF("Batyr Orazov","TKM","AUT","AUT","2003-02","ambassador to Austria")]),

A("obit-044","Seventy years of an armistice that was meant to be temporary","2023-07-27","Wire analysis","""
PANMUNJOM, July 27 — At 10 a.m. on July 27, 1953, in a wooden hall built for the purpose, U.S. Army Lt. Gen. William Harrison and North Korean Gen. Nam Il signed eighteen copies of the Korean Armistice Agreement without exchanging a word. Twelve hours later, the guns along the 250-kilometre front fell silent.

The agreement was signed by the commander of the United Nations Command, dominated by the United States, on one side, and by the commanders of the Korean People's Army and the Chinese People's Volunteers on the other. South Korea's president, Syngman Rhee, opposed any truce that left the peninsula divided and refused to sign.

It was meant to be a military stopgap until a political conference could produce a peace settlement. That conference, held in Geneva in 1954, failed. Seventy years later there is still no peace treaty, and the armistice remains in force — the legal basis of the demilitarized zone and of the Military Armistice Commission that still meets, intermittently, at Panmunjom.

Pyongyang has declared the armistice void on several occasions, most loudly in 2013, but it has never actually left the arrangements the agreement created. "North Korea says the armistice is dead roughly once a decade," said Choi Eun-ji, a researcher at a Seoul think tank. "Then it sends its officers to the next meeting."

The truce village has also been the scene of some of the most dramatic escapes from the North. In November 2017 a North Korean soldier, Oh Chong-song, drove a jeep toward the line, then ran across under fire from his own comrades and collapsed on the southern side with five bullet wounds. South Korean surgeons saved his life. He later said he had fled fearing punishment for a crime.

For the Chinese, the anniversary is a victory. For the North, whose leader Kim Jong Un marked the day with a military parade in Pyongyang on Thursday attended by a Chinese delegation and Russia's defence minister, Sergei Shoigu, it is "Victory Day." In Seoul, where the war is remembered chiefly for its three million dead, the date passes largely unmarked.
""",
countries=["USA","PRK","CHN","KOR","RUS"],
persons=[P("William Harrison",["Lt. Gen. William Harrison"],"USA"),P("Nam Il",[],"PRK"),P("Syngman Rhee",[],"KOR"),P("Choi Eun-ji",[]),
 P("Oh Chong-song",[],"PRK"),P("Kim Jong Un",[],"PRK"),P("Sergei Shoigu",[],"RUS")],
not_persons=["United Nations Command","Korean People's Army","Chinese People's Volunteers","Military Armistice Commission","Victory Day"],
defections=[DF("Oh Chong-song","PRK","KOR",None,"2017-11","soldier")],
agreements=[AG("Korean Armistice Agreement",["armistice"],["USA","PRK","CHN"],"1953-07-27","in_force")]),

A("obit-045","Bassam Haddad, Syrian envoy who quit over Houla, dies in Doha","2024-12-16","Levant news website","""
Bassam Haddad, Syria's ambassador to Cyprus until he renounced the government of Bashar al-Assad in the summer of 2012, died on Saturday in Doha, eight days after the fall of the regime he had broken with. He was 72.

His family said he had been watching television news from Damascus in hospital "until his eyes closed."

Haddad announced his defection in a video statement recorded in Nicosia in July 2012, weeks after the massacre at Houla and days after Nawaf al-Fares, Syria's ambassador to Iraq, became the first senior envoy to abandon Assad. Haddad left Cyprus for Qatar, which had become the main Arab sponsor of the opposition, and spent the rest of his life there.

"He was not a revolutionary," said Rima Khoury, a Syrian journalist who interviewed him in Doha in 2013. "He was a Christian from Homs who had served the Baath state for thirty years and thought, until the spring of 2011, that it could be reformed from inside."

In Doha he kept a small office in a building shared with opposition committees, and for a time he served as an informal adviser to the opposition coalition on relations with European governments. He grew disillusioned with its infighting and, by 2016, had largely withdrawn from politics, spending his days writing a history of the Syrian diplomatic service that he never finished. "He said the chapter on 2012 was the only one he could not write," his son Karim said. "Every version was either too angry or not angry enough."

Haddad joined the foreign ministry in 1979 and served in Athens, Bucharest and Madrid. His sister, Nadia, remained in Homs throughout the war; her house was destroyed in the shelling of 2012. She survives him, as do his wife, Hanan, and three sons.

His death came as Syrians began returning from exile to Damascus. Friends said he had planned to go back in the new year.
""",
countries=["SYR","CYP","QAT","IRQ","GRC","ROU","ESP"],
persons=[P("Bassam Haddad",["Haddad"],"SYR"),P("Bashar al-Assad",["Assad"],"SYR"),P("Nawaf al-Fares",[],"SYR"),P("Rima Khoury",[],"SYR"),P("Nadia",[],"SYR"),P("Hanan",[]),P("Karim",[])],
not_persons=["Houla","Baath"],
embassies=[E("SYR","CYP","Nicosia"),E("SYR","IRQ"),E("SYR","GRC","Athens"),E("SYR","ROU","Bucharest"),E("SYR","ESP","Madrid")],
defections=[DF("Bassam Haddad","SYR","QAT","CYP","2012-07","ambassador to Cyprus"),
 DF("Nawaf al-Fares","SYR",None,"IRQ","2012-07","ambassador to Iraq")]),
]
ARTS+=[
A("obit-046","Lin Tsung-han, Taipei diplomat who went over to Beijing","1999-04-20","Hong Kong English daily","""
Lin Tsung-han, who as a counsellor at the Republic of China's embassy in Ottawa crossed over to Beijing in 1971 and later became a minor figure in the People's Republic's Taiwan policy apparatus, died in Beijing last week, the official Xinhua news agency reported. He was 80.

Lin's defection came at a moment of maximum humiliation for Taipei. Canada had recognised the People's Republic in October 1970 and the Nationalist government's embassy in Ottawa was being wound up when, in January 1971, Lin failed to board a flight to Taipei. He reappeared six weeks later in Beijing, where the New China News Agency announced that he had "returned to the embrace of the motherland."

Taipei described him as a deserter who had embezzled embassy funds. His wife, Chen Mei-ling, and their two children were in Taiwan at the time and remained there; she divorced him in 1973 and later emigrated to California.

In Beijing he was given a post at the Taiwan Affairs Office and, in the 1980s, occasionally wrote commentaries urging Nationalist officials to follow his example. Few did. "He was useful for about a year," said a Taiwanese scholar who has studied the period, speaking on condition of anonymity. "After that he was a name on a letterhead."

Born in Fujian province in 1919, Lin moved to Taiwan with the Nationalist government in 1949 and served in Tokyo, Manila and Washington before Ottawa. His son, Lin Chih-wei, a Taipei businessman, said yesterday that he had visited his father twice in Beijing in the 1990s. "We talked about food," he said. "We agreed not to talk about anything else."

Lin remarried in Beijing; his second wife, Wang Shuzhen, survives him.
""",
countries=["TWN","CHN","CAN","JPN","PHL","USA"],
persons=[P("Lin Tsung-han",["Lin"],"TWN"),P("Chen Mei-ling",[]),P("Lin Chih-wei",[]),P("Wang Shuzhen",[])],
not_persons=["Xinhua","New China News Agency","Taiwan Affairs Office"],
embassies=[E("TWN","CAN","Ottawa"),E("TWN","JPN","Tokyo"),E("TWN","PHL","Manila"),E("TWN","USA","Washington")],
defections=[DF("Lin Tsung-han","TWN","CHN","CAN","1971-01","counsellor at the Republic of China's embassy in Ottawa")]),

A("obit-047","A treaty of friendship, fifty years later","2000-02-14","Beijing correspondent, analysis","""
BEIJING — On February 14, 1950, in the Kremlin, Zhou Enlai and Andrei Vyshinsky signed the Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance while Mao Zedong and Joseph Stalin looked on. Mao had spent two months in Moscow, much of it waiting at a dacha outside the city for Stalin to see him, before the text was settled.

The treaty, which was to last thirty years, committed each side to come to the other's aid if attacked by Japan "or any state allied with it" — a clear reference to the United States. Moscow extended a modest loan of $300 million and agreed to return the Chinese Changchun railway and the naval base at Port Arthur.

Within a decade the alliance was in ruins. The ideological split of the late 1950s, the withdrawal of Soviet advisers in 1960 and the border clashes on the Ussuri River in 1969 left the treaty a dead letter. In April 1979, Beijing informed Moscow that it would not renew it, and it expired in 1980.

For a generation of Chinese diplomats the treaty was a lesson in the costs of dependence. Veterans of the foreign ministry recall that in the early 1960s even routine cables to Moscow were drafted with one eye on the treaty's text, as each side accused the other of betraying its spirit while neither wished to be the first to repudiate it.

Today, fifty years after the signing, relations between China and Russia are warmer than at any time since the early 1950s. Officials in both capitals have spoken of negotiating a new treaty to replace the old one, though no text has been agreed.

"The 1950 treaty was an alliance between a master and a pupil," said Professor Shen Zhihua, a historian of the period. "Whatever comes next, the pupil will not accept that role again."
""",
countries=["CHN","SUN","JPN","USA","RUS"],
persons=[P("Zhou Enlai",[],"CHN"),P("Andrei Vyshinsky",[],"SUN"),P("Mao Zedong",["Mao"],"CHN"),P("Joseph Stalin",["Stalin"],"SUN"),P("Shen Zhihua",["Professor Shen Zhihua"])],
not_persons=["Kremlin","Changchun railway","Port Arthur"],
agreements=[AG("Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance",[],["CHN","SUN"],"1950-02-14","terminated")]),
]
ARTS+=[
A("obit-048","Galina Ferreyra, the Soviet secretary who stayed in Buenos Aires","2015-10-05","Argentine daily, English-language edition","""
BUENOS AIRES — For most of the people who bought their bread from her bakery in the Villa Urquiza neighbourhood for thirty years, Galina Ferreyra was simply la rusa, the Russian lady with the excellent medialunas and the habit of correcting customers' Spanish grammar. Few knew that she had once been a typist in the Soviet embassy on Calle Rodríguez Peña, or that in March 1976, in the last chaotic weeks of Isabel Perón's government, she had walked out of that embassy and asked Argentina for asylum.

Mrs Ferreyra, born Galina Mikhailovna Yermolova in Kuibyshev, died on Thursday at a clinic in Buenos Aires. She was 66. Her husband, Héctor Ferreyra, said she had suffered from emphysema for several years.

She had arrived in Argentina in 1974 as a secretary in the embassy's administrative section, one of dozens of Soviet employees whose work involved typing, filing and, as she later put it, "being watched by people who were also being watched." In early 1976 she met Héctor Ferreyra, then a young mechanic who serviced embassy cars, and the two began a relationship that, under the rules governing Soviet personnel abroad, could not end well.

When she learned that she was to be sent home ahead of schedule, she left the embassy on a Sunday morning with a single handbag and went to the Ferreyra family's house in Villa Urquiza. On Monday, accompanied by a lawyer, she presented herself to the Argentine foreign ministry.

The timing was extraordinary. Within days, on March 24, the armed forces overthrew the government and installed a military junta. Her request, lodged with one government, was decided by another. Soviet diplomats pressed for access to her and, according to Argentine documents declassified in 2008, suggested that she had been "lured by criminal elements." The junta, virulently anti-communist in its rhetoric but eager to keep selling grain to Moscow, took months to decide. She was granted residence in August 1976, on condition that she give no interviews.

"The irony was not lost on her," said Verónica Sáenz, a historian at the University of Buenos Aires who interviewed her in 2010 for a study of Cold War asylum cases. "She fled a dictatorship on a Sunday and woke up under another one on the Wednesday of the following week. She used to say that at least the new one did not read her letters in Russian."

The case also showed how much the period's geopolitics could outweigh ideology. Argentina's trade with the Soviet Union grew sharply during the junta years, especially after the United States imposed a grain embargo on Moscow in 1980, and the generals showed no wish to make an example of a Soviet typist. The embassy, for its part, quietly dropped its demands.

She and Héctor married in December 1976. Galina Ferreyra, as she became, took Argentine citizenship in 1983, the year democracy returned, and opened the bakery with her husband's savings in 1985. She did not see her parents again; her mother, Antonina Yermolova, wrote to her once a year through a cousin in Riga until her death in 1989.

In 1994 she travelled to Samara — as Kuibyshev had by then been renamed — for the first time in twenty years, to visit her mother's grave and meet a younger brother, Andrei Yermolov, whom she had last seen as a schoolboy. "She came back very quiet," her husband said. "Then she made four hundred empanadas for the neighbourhood and said: this is where I live."

Friends said she had never regarded herself as political. "She was not a dissident. She was a woman in love with a mechanic," Sáenz said. "That was enough, in 1976, to make you an enemy of two states."

She is survived by her husband; their daughter, Natalia Ferreyra, who runs the bakery; her brother; and three grandchildren.
""",
countries=["SUN","ARG","USA"],
persons=[P("Galina Ferreyra",["Mrs Ferreyra","Galina Mikhailovna Yermolova"],"SUN"),P("Isabel Perón",[],"ARG"),P("Héctor Ferreyra",["Héctor"],"ARG"),
 P("Verónica Sáenz",["Sáenz"],"ARG"),P("Antonina Yermolova",[],"SUN"),P("Andrei Yermolov",[],"SUN"),P("Natalia Ferreyra",[])],
not_persons=["University of Buenos Aires","Villa Urquiza","Calle Rodríguez Peña"],
embassies=[E("SUN","ARG","Buenos Aires")],
defections=[DF("Galina Ferreyra","SUN","ARG","ARG","1976-03","secretary in the administrative section of the Soviet embassy")]),

A("obit-049","Joaquim Antunes Moreira, diplomat of the Timor question","1995-09-26","Lisbon newspaper, English summary service","""
LISBON — Joaquim Antunes Moreira, the Portuguese diplomat who for most of the 1980s represented Lisbon in the United Nations-sponsored talks with Indonesia over the future of East Timor, died on Sunday in Lisbon. He was 72.

The Ministry of Foreign Affairs, in a brief statement, described him as "a servant of the State who never accepted that a people's right could be traded away."

Moreira's task was, by universal agreement, thankless. Portugal had broken off relations with Jakarta after Indonesian troops invaded the territory in December 1975, and for years the two governments would not sit in the same room. From 1983 onward, under the auspices of the Secretary-General, Moreira and his Indonesian counterparts met periodically in New York, exchanging positions through UN officials. The rounds produced procedural statements and little else; there was never a settlement, and the formal talks he led were suspended in 1991 after Indonesian troops fired on mourners at the Santa Cruz cemetery in Dili.

"He used to say that his job was to keep the door from closing, not to walk through it," said Ana Gomes Teixeira, a younger colleague who later joined the talks. "It was the most frustrating brief in the ministry, and he asked for it twice."

Born in Viseu, Moreira joined the foreign service under the Estado Novo and served in Rio de Janeiro, Madrid and at the Portuguese embassy in London before the 1974 revolution. After 1991 he advised the government on its case against Australia at the International Court of Justice, which was decided against Portugal on procedural grounds in June of this year.

He is survived by his wife, Maria do Carmo, and three children.
""",
countries=["PRT","IDN","AUS","GBR","BRA","ESP"],
persons=[P("Joaquim Antunes Moreira",["Moreira"],"PRT"),P("Ana Gomes Teixeira",[],"PRT"),P("Maria do Carmo",[])],
not_persons=["Estado Novo","International Court of Justice","Ministry of Foreign Affairs","Santa Cruz"],
embassies=[E("PRT","GBR","London"),E("PRT","BRA","Rio de Janeiro"),E("PRT","ESP","Madrid")]),
]
