import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
ITEMS = []

ITEMS.append((A("mix-020", "Belarusian hammer thrower refuses to fly home, lands in Warsaw", "2021-08-05", "Wire report",
"""WARSAW — Belarusian hammer thrower Alesia Karpovich arrived in Poland on Wednesday evening, three days after she refused to board a flight home from the Tokyo Olympics and said team officials were trying to force her out of the Games.
Karpovich, 26, had criticised the national athletics federation on social media for entering her in a relay event without asking her. On Sunday, she said, head coach Dzmitry Sakalou and another official came to her room in the athletes' village and told her to pack.
At Haneda airport she approached Japanese police officers and asked for protection. The next day she entered the Polish embassy in Tokyo, which issued her a humanitarian visa.
"She is safe, and she can continue her sporting career in Poland if she wishes," said Deputy Foreign Minister Tomasz Wierzbicki. He said the Czech Republic and Slovenia had also offered help.
The International Olympic Committee has opened an inquiry into the Belarusian team's conduct. In Minsk, state television accused the athlete of lacking "team spirit." Her husband, Artsyom Karpovich, has left Belarus for Ukraine, relatives said."""),
G(["BLR","POL","JPN","CZE","SVN","UKR"],
  [P("Alesia Karpovich", ["Karpovich"], "BLR"), P("Dzmitry Sakalou", [], "BLR"), P("Tomasz Wierzbicki", [], "POL"), P("Artsyom Karpovich", [], "BLR")],
  [], [E("POL","JPN","Tokyo")],
  [D("Alesia Karpovich","BLR","POL",None,"2021-08-01","hammer thrower"),
   D("Artsyom Karpovich","BLR","UKR",None,None,None)], [])))

ITEMS.append((A("mix-021", "India and Pakistan agree in Tashkent to pull back troops", "1966-01-11", "Wire report",
"""TASHKENT, U.S.S.R., Jan. 10 — Prime Minister Lal Bahadur Shastri of India and President Mohammad Ayub Khan of Pakistan signed a declaration here today pledging to withdraw their armies to the positions they held before last summer's fighting and to settle their disputes by peaceful means.
The Tashkent Declaration, nine points long, was the product of a week of talks presided over by Premier Aleksei N. Kosygin of the Soviet Union, who shuttled between the two leaders' villas until the final hours.
Both sides agreed that troops would be withdrawn no later than Feb. 25 and that diplomatic relations would be restored to normal, with the high commissioners returning to their posts in New Delhi and Karachi.
The declaration does not mention Kashmir by name beyond a reference that each side "set forth its respective position." Pakistani officials made clear that they regarded the dispute as unresolved."""),
G(["IND","PAK","SUN"],
  [P("Lal Bahadur Shastri", [], "IND"), P("Mohammad Ayub Khan", [], "PAK"), P("Aleksei N. Kosygin", [], "SUN")],
  [], [E("PAK","IND","New Delhi"), E("IND","PAK","Karachi")], [],
  [AG("Tashkent Declaration", [], ["IND","PAK"], "1966-01-10", "signed")])))

ITEMS.append((A("mix-022", "'You learn the country from the kitchen door': a retired envoy looks back", "2004-10-03", "Interview, Sunday supplement",
"""Sérgio Vasconcelos Prado spent 38 years in Brazil's foreign service, including two difficult postings in Africa, before retiring to a small farm outside Belo Horizonte. He spoke to Ana Lúcia Ferraz about what embassies actually do.
You opened Brazil's embassy in Luanda in 1976, months after Angolan independence. What was that like?
We worked out of two hotel rooms. There was shooting at night and no telephone line to Brasília for the first weeks, so we sent cables through the Portuguese. Everyone assumed we were there for oil, and of course we were partly there for oil. But we were also the first government outside the socialist camp to recognise the new state, and the Angolans never forgot it.
And Lagos after that?
Lagos was the opposite. A huge, confident country that did not particularly need us. I learned more there about trade than about politics. Our embassy was chasing contracts for Brazilian buses and chickens.
What do people misunderstand about diplomats?
They imagine treaties and cocktail parties. Most of the work is consular — a sailor arrested in port, a student who has lost a passport, a businessman who has been cheated. You learn the country from the kitchen door, not the front door.
Do you miss it?
I miss the people. I do not miss the cables."""),
G(["BRA","AGO","PRT","NGA"],
  [P("Sérgio Vasconcelos Prado", [], "BRA"), P("Ana Lúcia Ferraz", [])],
  [], [E("BRA","AGO","Luanda"), E("BRA","NGA","Lagos")], [], [])))

ITEMS.append((A("mix-023", "Venezuelan major crosses into Colombia, backs opposition leader", "2019-02-25", "Wire report",
"""CÚCUTA, Colombia — A Venezuelan army major crossed the Simón Bolívar bridge into Colombia on Sunday and announced in a video that he no longer recognised Nicolás Maduro as president, one of dozens of members of the security forces to abandon their posts during a weekend of clashes at the border.
Major Hugo Parra Villalobos, dressed in uniform and holding a small Venezuelan flag, said he was placing himself "at the orders" of opposition leader Juan Guaidó, whom the United States and most Latin American governments recognise as interim president.
Colombian migration authorities said 156 Venezuelan soldiers and police had entered the country since Saturday and asked for protection. They were being housed in a hotel in Cúcuta under guard.
Parra, 41, said he had commanded a unit of the national guard in Táchira state. "They ordered us to fire on our own people," he said. "I will not do it."
Maduro has denounced the deserters as traitors and mercenaries. Brazil reported a smaller number of soldiers crossing on its border."""),
G(["VEN","COL","USA","BRA"],
  [P("Hugo Parra Villalobos", ["Parra"], "VEN"), P("Nicolás Maduro", ["Maduro"], "VEN"), P("Juan Guaidó", [], "VEN")],
  [], [],
  [D("Hugo Parra Villalobos","VEN","COL",None,"2019-02-24","army major, national guard unit commander")], [])))

ITEMS.append((A("mix-024", "At White House, Israel signs accords with UAE and Bahrain", "2020-09-16", "Wire report",
"""WASHINGTON — Israel signed agreements establishing full diplomatic relations with the United Arab Emirates and Bahrain at a White House ceremony on Tuesday, the first Arab states to normalise ties with it in more than a quarter century.
Prime Minister Benjamin Netanyahu signed a peace treaty with the Emirati foreign minister, Sheikh Abdullah bin Zayed Al Nahyan, and a declaration of peace with Bahrain's foreign minister, Abdullatif al-Zayani. All four, including President Donald Trump as witness, then signed a broader statement of principles called the Abraham Accords.
"This day is a pivot of history," Netanyahu said on the South Lawn.
Critics across the region denounced the agreements as a betrayal. Egypt and Jordan, the only other Arab countries to have signed peace treaties with Israel, in 1979 and 1994 respectively, issued cautious statements of support. The Emirati treaty must still be approved by Israel's cabinet and parliament."""),
G(["ISR","ARE","BHR","USA","EGY","JOR"],
  [P("Benjamin Netanyahu", ["Netanyahu"], "ISR"), P("Abdullah bin Zayed Al Nahyan", [], "ARE"), P("Abdullatif al-Zayani", [], "BHR"), P("Donald Trump", [], "USA")],
  [], [], [],
  [AG("peace treaty", [], ["ISR","ARE"], "2020-09-15", "signed"),
   AG("declaration of peace", [], ["ISR","BHR"], "2020-09-15", "signed"),
   AG("Abraham Accords", [], ["ISR","ARE","BHR","USA"], "2020-09-15", "signed"),
   AG("Egypt-Israel peace treaty", [], ["EGY","ISR"], "1979", "signed"),
   AG("Jordan-Israel peace treaty", [], ["JOR","ISR"], "1994", "signed")])))

ITEMS.append((A("mix-025", "Czechoslovak envoy in Vienna quits, seeks Austrian asylum", "1968-09-04", "Wire report",
"""VIENNA, Sept. 3 — The first secretary of the Czechoslovak Embassy here, Jiří Horáček, has resigned his post and asked Austria for political asylum, the Austrian Interior Ministry announced today.
Mr. Horáček, 37, told Austrian officials that he could not serve a Government installed "under the guns of occupation." He is the most senior Czechoslovak diplomat known to have broken with Prague since Soviet-led forces entered the country on Aug. 21.
An Interior Ministry spokesman, Dr. Franz Leitner, said the request had been granted provisionally. Mr. Horáček's wife and daughter are with him.
Thousands of Czechoslovak citizens who were vacationing abroad at the time of the invasion have remained in Austria, and the Government here has eased visa rules for them. Austrian officials have been careful, however, to avoid any step that might antagonise Moscow."""),
G(["CSK","AUT","SUN"],
  [P("Jiří Horáček", ["Mr. Horáček"], "CSK"), P("Franz Leitner", ["Dr. Franz Leitner"], "AUT")],
  [], [E("CSK","AUT","Vienna")],
  [D("Jiří Horáček","CSK","AUT","AUT","1968-09","first secretary")], [])))

ITEMS.append((A("mix-026", "Extradition treaty shelved as China's premier visits Canberra", "2017-03-29", "Analysis, Asia-Pacific desk",
"""CANBERRA — When Li Keqiang stepped off his plane last week, the Chinese premier had reason to expect a small diplomatic gift. Instead, on Tuesday, the government of Malcolm Turnbull quietly pulled a motion to ratify the Australia-China extradition treaty after it became clear the Senate would vote it down.
The treaty was signed in 2007 and has sat unratified for a decade. Beijing has pressed hard for it, particularly as its anti-corruption drive hunts for officials who fled abroad with money.
One of those officials lives about a two-hour drive from Parliament House. Liang Guohua, a former deputy mayor of a mid-sized city in Guangdong province, flew to Sydney on a tourist visa in 2014 and applied for protection soon after. Chinese state media have listed him among the country's most wanted fugitives and accuse him of taking bribes worth more than 40 million yuan.
Through his lawyer, Liang has denied the charges and said he would face torture if returned. "There is no independent court that would hear him," the lawyer, Rebecca Tan, said. "That is exactly why senators were uneasy."
Critics of the treaty, including members of the government's own backbench, argued that China's courts convict almost everyone who is charged. Supporters said the treaty contained safeguards, including a ban on extradition where the death penalty might apply.
Officials in Beijing said they regretted the outcome but that cooperation would continue. Australia already has extradition treaties with dozens of countries, and it has returned a small number of Chinese fugitives through other channels."""),
G(["CHN","AUS"],
  [P("Li Keqiang", [], "CHN"), P("Malcolm Turnbull", [], "AUS"), P("Liang Guohua", ["Liang"], "CHN"), P("Rebecca Tan", [])],
  [], [],
  [D("Liang Guohua","CHN","AUS",None,"2014","former deputy mayor")],
  [AG("Australia-China extradition treaty", [], ["AUS","CHN"], "2007", "signed")])))

ITEMS.append((A("mix-027", "Portugal's president in Dili as flag rises over new nation", "2002-05-21", "Special correspondent",
"""DILI — Jorge Sampaio, the Portuguese president, stood in the rain at midnight on Sunday as the flag of East Timor was raised for the first time, a quarter of a century after Portugal abandoned its former colony and Indonesian troops invaded.
Sampaio announced that Portugal's representation office in Dili would become a full embassy this week, and that Lisbon would keep hundreds of teachers in the country.
Megawati Sukarnoputri, the Indonesian president, also attended despite protests at home, and met Xanana Gusmão, the former guerrilla leader who takes office as president. Kofi Annan, the United Nations secretary-general, formally handed over authority from the UN administration."""),
G(["PRT","TLS","IDN"],
  [P("Jorge Sampaio", ["Sampaio"], "PRT"), P("Megawati Sukarnoputri", [], "IDN"), P("Xanana Gusmão", [], "TLS"), P("Kofi Annan", [])],
  [], [E("PRT","TLS","Dili")], [], [])))

ITEMS.append((A("mix-028", "Black Sea grain deal expires as Russia refuses extension", "2023-07-18", "Wire report",
"""ISTANBUL — The deal that allowed Ukraine to ship grain through the Black Sea despite the war expired at midnight on Monday after Russia refused to extend it, raising fears of higher food prices in Africa and the Middle East.
Kremlin spokesman Dmitry Peskov said Moscow would return to the Black Sea Grain Initiative "as soon as" its own demands on food and fertiliser exports were met. Until then, he said, "the Black Sea agreements are no longer valid."
The initiative was signed in Istanbul in July last year by Russia and Ukraine in separate documents with Turkey and the United Nations. Since then nearly 33 million tonnes of grain and other food has left three Ukrainian ports.
UN Secretary-General António Guterres said he was "deeply disappointed." Turkish President Recep Tayyip Erdoğan said he believed Vladimir Putin wanted the deal to continue and that he would discuss it with him in August."""),
G(["UKR","RUS","TUR"],
  [P("Dmitry Peskov", ["Peskov"], "RUS"), P("António Guterres", []), P("Recep Tayyip Erdoğan", [], "TUR"), P("Vladimir Putin", [], "RUS")],
  [], [], [],
  [AG("Black Sea Grain Initiative", ["Black Sea grain deal"], ["RUS","UKR","TUR"], "2022-07", "terminated")])))

ITEMS.append((A("mix-029", "'He carried me the last fifty metres': a soldier's escape, five years on", "2024-11-20", "Interview",
"""SEOUL — Lim Chol-jin does not like to be called brave. The 27-year-old, who ran across the Joint Security Area at Panmunjom under fire from his own unit in November 2019, says what he felt that morning was mostly confusion.
"I had decided maybe ten minutes earlier," he told Park Seo-yeon in a cafe near the university where he now studies economics. "If I had thought about it for a day, I would not have done it."
He was hit twice before he reached the southern side of the line. Staff Sergeant Noh Jae-hyun, a South Korean soldier, crawled forward with two comrades and dragged him behind a wall. "He carried me the last fifty metres," Lim says. "I never asked him if he was frightened. I should ask."
Lim spent months in hospital and then in the resettlement centre for North Koreans. He says he speaks to Noh every New Year.
Does he follow the news from the North? "Only when my mother could be in it," he says. He has not heard from her since 2019."""),
G(["PRK","KOR"],
  [P("Lim Chol-jin", ["Lim"], "PRK"), P("Park Seo-yeon", []), P("Noh Jae-hyun", ["Noh", "Staff Sergeant Noh Jae-hyun"], "KOR")],
  [], [],
  [D("Lim Chol-jin","PRK","KOR",None,"2019-11","soldier")], [])))
