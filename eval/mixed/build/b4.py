import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
ITEMS = []

ITEMS.append((A("mix-030", "East German guard leaps wire into West Berlin", "1961-08-17", "Wire report",
"""BERLIN, Aug. 16 — A young East German border policeman, rifle still slung across his back, jumped over a coil of barbed wire into West Berlin yesterday afternoon while West Berliners on the other side of the street cheered him on.
The man, identified by West Berlin police as Klaus-Dieter Brandt, 19, of Leipzig, had been standing guard at the corner of Bernauer Strasse for about two hours. Witnesses said he paced nervously, threw away his cigarette, and then ran.
A West Berlin police van was waiting, its rear doors open, and drove him away within seconds. Police said he would be flown to West Germany after questioning.
Since Sunday, when the Communist authorities sealed the sector border, more than a dozen East Germans have slipped through the new barriers. Brandt is the first member of the armed forces known to have done so."""),
G(["DDR","DEU"],
  [P("Klaus-Dieter Brandt", ["Brandt"], "DDR")],
  [], [],
  [D("Klaus-Dieter Brandt","DDR","DEU",None,"1961-08-15","border policeman")], [])))

ITEMS.append((A("mix-031", "Caspian states sign convention on sea's legal status after 22 years", "2018-08-13", "Wire report",
"""AKTAU, Kazakhstan — The leaders of the five countries bordering the Caspian Sea signed a convention on its legal status on Sunday, ending more than two decades of wrangling over whether the world's largest inland body of water is a sea or a lake.
Presidents Vladimir Putin of Russia, Hassan Rouhani of Iran, Nursultan Nazarbayev of Kazakhstan, Ilham Aliyev of Azerbaijan and Gurbanguly Berdymukhamedov of Turkmenistan put their names to the document at a summit in this port city.
The convention gives the Caspian a special status — neither fully a sea nor a lake under international law. It bars the military forces of outside countries from its waters and allows the laying of undersea pipelines with the consent only of the states whose sectors they cross.
But it leaves the most contentious question, how to divide the seabed and its oil and gas reserves, to future bilateral and multilateral talks. Iran, whose coastline is the shortest, has long pressed for an equal share.
"We have reached a consensus," Nazarbayev said. The convention will enter into force after ratification by all five parliaments."""),
G(["KAZ","RUS","IRN","AZE","TKM"],
  [P("Vladimir Putin", [], "RUS"), P("Hassan Rouhani", [], "IRN"), P("Nursultan Nazarbayev", ["Nazarbayev"], "KAZ"),
   P("Ilham Aliyev", [], "AZE"), P("Gurbanguly Berdymukhamedov", [], "TKM")],
  [], [], [],
  [AG("convention on the legal status of the Caspian Sea", [], ["RUS","IRN","KAZ","AZE","TKM"], "2018-08-12", "signed")])))

ITEMS.append((A("mix-032", "Britain expels eight Iraqi diplomats as war nears", "1991-01-12", "Wire report",
"""LONDON — The Foreign Office yesterday ordered eight Iraqi diplomats and 67 other Iraqi nationals to leave Britain, saying they posed a threat to national security in the event of war in the Gulf.
The diplomats, who include the military attaché, have seven days to leave. The Iraqi Embassy in Queen's Gate will be left with a skeleton staff of four.
Douglas Hurd, the Foreign Secretary, said the measures were "precautionary" and not directed at the thousands of Iraqis living peacefully in Britain. Britain closed its own embassy in Baghdad last month after Iraq refused to withdraw from Kuwait.
An Iraqi embassy spokesman called the decision "hostile and unjustified.\""""),
G(["GBR","IRQ","KWT"],
  [P("Douglas Hurd", [], "GBR")],
  [], [E("IRQ","GBR","London"), E("GBR","IRQ","Baghdad")], [], [])))

ITEMS.append((A("mix-033", "Chinese consular official in Sydney seeks asylum, says 1,000 spies in Australia", "2005-06-06", "Newspaper report",
"""SYDNEY — A Chinese diplomat who walked out of his consulate here last month has gone public with his application for political asylum, claiming that Beijing runs a large network of informants watching dissidents and Falun Gong practitioners in Australia.
Tang Jianming, 37, who was first secretary for political affairs at the Chinese Consulate-General in Sydney, left the building on May 26 with his wife and six-year-old daughter. He told a rally in the city on Saturday that he had approached the Department of Foreign Affairs and Trade seeking asylum but had been turned away and told to apply for a protection visa instead.
"I went to the government for help and was treated like a tourist with an overstayed visa," he said.
Prime Minister John Howard said the case would be dealt with "according to the law" and that it would not be influenced by relations with Beijing. Foreign Minister Alexander Downer denied that officials had mishandled the approach.
The Chinese Embassy in Canberra said Tang had been due to return home at the end of his posting and was trying to avoid his responsibilities. It urged Australia not to grant him asylum.
Opposition parties said the government was putting trade with China ahead of human rights."""),
G(["CHN","AUS"],
  [P("Tang Jianming", ["Tang"], "CHN"), P("John Howard", [], "AUS"), P("Alexander Downer", [], "AUS")],
  ["Falun Gong"], [E("CHN","AUS","Sydney"), E("CHN","AUS","Canberra")],
  [D("Tang Jianming","CHN","AUS","AUS","2005-05-26","first secretary for political affairs")], [])))

ITEMS.append((A("mix-034", "Allies sign away their rights; Germany to be whole and sovereign", "1990-09-13", "Newspaper report, Moscow correspondent",
"""MOSCOW, Sept. 12 — Forty-five years after the end of the Second World War, the four victorious powers today formally gave up their occupation rights in Germany, clearing the last international obstacle to unification on Oct. 3.
At a ceremony in the Oktyabrskaya Hotel, the foreign ministers of the United States, the Soviet Union, Britain and France joined those of the two German states in signing the Treaty on the Final Settlement With Respect to Germany. Diplomats have called the process that produced it "two plus four."
Secretary of State James A. Baker 3d, Foreign Minister Eduard A. Shevardnadze, Foreign Secretary Douglas Hurd and Foreign Minister Roland Dumas signed first. Hans-Dietrich Genscher of West Germany signed for the Federal Republic and Lothar de Maizière, the East German Prime Minister, who is also acting as his own foreign minister, signed for the German Democratic Republic.
The treaty fixes Germany's borders as those of the two present states, which means that the united country renounces all claims to territory east of the Oder and Neisse rivers that became Polish after 1945. Germany commits itself to reducing its armed forces to 370,000 and to renouncing nuclear, biological and chemical weapons.
The signing was nearly delayed by a late-night dispute over whether non-German NATO troops could be deployed, even on manoeuvres, in what is now East Germany after the 344,000 Soviet troops there leave by the end of 1994. The issue was resolved with an "agreed minute" allowing the German Government to decide.
"We have drawn a line under the war," Mr. Shevardnadze said.
The treaty must be ratified by the parliaments of the four powers and of united Germany. In Warsaw, officials said they were satisfied with the border provisions but would still seek a separate treaty with Bonn."""),
G(["USA","SUN","GBR","FRA","DEU","DDR","POL"],
  [P("James A. Baker 3d", [], "USA"), P("Eduard A. Shevardnadze", ["Mr. Shevardnadze"], "SUN"), P("Douglas Hurd", [], "GBR"),
   P("Roland Dumas", [], "FRA"), P("Hans-Dietrich Genscher", [], "DEU"), P("Lothar de Maizière", [], "DDR")],
  [], [], [],
  [AG("Treaty on the Final Settlement With Respect to Germany", ["two plus four"], ["USA","SUN","GBR","FRA","DEU","DDR"], "1990-09-12", "signed")])))

ITEMS.append((A("mix-035", "Kubíček's summer of escape", "1981-09-21", "Sports magazine feature",
"""QUEBEC CITY — The last time Ladislav Kubíček wore the red of Czechoslovakia was in a pre-season tournament in Füssen, West Germany, in the middle of August. The Czechoslovak team flew home to Prague afterward. Its best centre did not.
Kubíček, 24, spent the next nine days in a farmhouse in Bavaria while Marcel Lavoie, a scout for the Quebec club who had been quietly courting him for two seasons, arranged papers with Canadian officials in Bonn. On Aug. 28 the player, his wife Hana and their infant son landed in Montreal and applied to stay in Canada as refugees.
"People think it was a big adventure," Kubíček said last week, after his first practice. "It was waiting. Only waiting. Every car on the road I thought was the police."
Lavoie, who insists he only "opened a door," declined to discuss how the family reached the farmhouse.
The Czechoslovak hockey federation has suspended Kubíček for life and called him a deserter. His parents, still in Brno, have been visited by the security police twice, he said."""),
G(["CSK","DEU","CAN"],
  [P("Ladislav Kubíček", ["Kubíček"], "CSK"), P("Marcel Lavoie", ["Lavoie"], "CAN"), P("Hana", [], "CSK")],
  [], [E("CAN","DEU","Bonn")],
  [D("Ladislav Kubíček","CSK","CAN",None,"1981-08","ice hockey centre"),
   D("Hana","CSK","CAN",None,"1981-08",None)], [])))

ITEMS.append((A("mix-036", "Japan-Philippines troop pact enters into force", "2025-09-12", "Wire report",
"""MANILA — A defence agreement allowing Japanese and Philippine forces to deploy on each other's territory for joint exercises entered into force on Thursday, as both countries step up cooperation in the face of Chinese activity in the South China Sea.
The Reciprocal Access Agreement, signed in Manila in July last year, is the first such pact Japan has concluded in Asia. Japan has previously signed similar agreements with Australia and Britain.
Philippine defence secretary Gilberto Teodoro called it "a milestone." The Chinese foreign ministry said military cooperation between countries "should not target third parties."
The Philippines' Mutual Defense Treaty with the United States, signed in 1951, remains the cornerstone of its security. Officials in Manila say talks on a comparable access arrangement with France are under way but no text has been agreed."""),
G(["JPN","PHL","CHN","AUS","GBR","USA","FRA"],
  [P("Gilberto Teodoro", [], "PHL")],
  [], [], [],
  [AG("Reciprocal Access Agreement", [], ["JPN","PHL"], "2024-07", "in_force"),
   AG("Japan-Australia reciprocal access agreement", [], ["JPN","AUS"], None, "signed"),
   AG("Japan-Britain reciprocal access agreement", [], ["JPN","GBR"], None, "signed"),
   AG("Mutual Defense Treaty", [], ["PHL","USA"], "1951", "in_force")])))

ITEMS.append((A("mix-037", "The doctors who stayed behind", "2018-11-25", "Feature, Brazil correspondent",
"""SÃO GABRIEL DA CACHOEIRA, Brazil — The clinic on the edge of this river town has one consulting room, one fan and, until last week, one doctor. Yanelis Rodríguez Ferrer, 34, arrived from Cuba in 2016 to work here under Mais Médicos, the programme that brought thousands of Cuban physicians to poor and remote corners of Brazil.
On Wednesday, Cuba's health ministry told her, along with about 8,300 colleagues, to pack. Havana announced on Nov. 14 that it was ending its participation in the programme, citing "derogatory and threatening" remarks by Brazil's president-elect, Jair Bolsonaro, who had said Cuban doctors should be paid in full and allowed to bring their families, and questioned their qualifications.
Dr. Rodríguez did not go to the airport. On Friday she took a boat downriver and filed a request for refugee status with the federal police in Manaus.
"I am not political," she said by telephone, her voice breaking up on a poor line. "But if I go back now I am a deserter. They will not let me leave again for eight years. And here there is nobody else."
She is not alone. Brazilian officials said that several hundred Cuban doctors had asked to remain in the country, though it was not clear how many had formally sought asylum. Under the arrangement, Cuba kept roughly 70 percent of each doctor's salary, which was paid through the Pan American Health Organization; doctors who abandon missions abroad are barred from returning to the island for years.
The programme was launched in 2013 under President Dilma Rousseff through a cooperation agreement between Brazil and Cuba, brokered by the Pan American Health Organization. For Cuba it was a critical source of hard currency; for Brazilian towns like this one it was, often, the only medical care they had ever had.
The arrangement was never simple. Cuban doctors lived on a fraction of what their Brazilian colleagues earned, and many complained privately that their passports were held by mission supervisors and that relationships with Brazilians were discouraged. Some married anyway. Others quietly left the programme over the years, taking jobs as nursing assistants or shop workers while they waited for their medical degrees to be recognised, a process that can take years and that many never complete.
Dr. Rodríguez said she had thought about leaving before. "Every month, when I saw the salary slip, I thought about it," she said. "But I also thought: if I leave, who sees the children with malaria?" She described walking for two hours along a dirt track to reach a village where nobody had seen a doctor in three years, and treating a man who had been carrying a fishhook in his hand for a month because the nearest clinic was a day away by canoe.
Her supervisors, she said, called a meeting on Wednesday evening and read out a statement from Havana. The doctors were to gather at the regional airport by Sunday. Those who did not would be considered to have abandoned their mission. "Nobody said anything," she recalled. "Everybody was thinking the same thing, but nobody said it. You do not know who will write a report."
Her mother and a younger brother live in Holguín. She said she had called them before getting on the boat, and that her mother had told her to do what her conscience said. "She cried. Then she said, 'You are a doctor, not a parcel.'"
Lawyers who work with refugees in the region said applications from Cuban doctors were likely to be examined sympathetically, given the statements of the incoming government, but cautioned that nothing was automatic. The national refugee committee, known as Conare, normally takes many months to decide.
In São Gabriel, where most of the population is indigenous, the mayor, Clóvis Moreira Curubão, said he had been told replacements would be recruited but had no idea when. "The Brazilian doctors do not come here," he said. "They never came. That is why the Cubans came."
Bolsonaro, who takes office on Jan. 1, has said any Cuban doctor who wishes to stay will be offered asylum. His opponents say he caused the crisis and that millions of people will lose access to care.
Outside the clinic on Saturday, a line of patients had formed anyway. A nurse told them to come back Monday. Nobody knew whether there would be a doctor.
Dr. Rodríguez, in Manaus, said she hoped to revalidate her degree and return. "They are my patients," she said. "Where else would I go?\""""),
G(["BRA","CUB"],
  [P("Yanelis Rodríguez Ferrer", ["Dr. Rodríguez"], "CUB"), P("Jair Bolsonaro", ["Bolsonaro"], "BRA"), P("Dilma Rousseff", [], "BRA"),
   P("Clóvis Moreira Curubão", [], "BRA")],
  ["Conare"], [],
  [D("Yanelis Rodríguez Ferrer","CUB","BRA","BRA","2018-11-23","physician in the Mais Médicos programme")],
  [AG("cooperation agreement between Brazil and Cuba", [], ["BRA","CUB"], "2013", "terminated")])))

ITEMS.append((A("mix-038", "Britain breaks with Libya; embassy siege ends", "1984-04-23", "Newspaper report",
"""LONDON — Britain broke off diplomatic relations with Libya last night and gave the staff of the Libyan People's Bureau in St James's Square seven days to leave the country, five days after a policewoman was shot dead from its windows.
The Home Secretary, Leon Brittan, told the Commons that the building would be searched once its occupants had left. WPC Yvonne Fletcher, 25, was killed on Tuesday when automatic fire was directed at a crowd of anti-Gaddafi demonstrators outside.
In Tripoli, the British Embassy staff, who have been effectively confined to their compound, are also to be withdrawn. Sir Geoffrey Howe, the Foreign Secretary, said their safety was his first concern. Italy has agreed to look after British interests."""),
G(["GBR","LBY","ITA"],
  [P("Leon Brittan", [], "GBR"), P("Yvonne Fletcher", [], "GBR"), P("Geoffrey Howe", ["Sir Geoffrey Howe"], "GBR"), P("Gaddafi", [], "LBY")],
  [], [E("LBY","GBR","London"), E("GBR","LBY","Tripoli")], [], [])))

ITEMS.append((A("mix-039", "Hamburg club gives refuge to Iranian taekwondo champion", "2023-09-14", "Local report",
"""HAMBURG — In a converted warehouse in Wilhelmsburg, Niloufar Ahmadi is teaching a class of nine-year-olds how to kick without falling over. In May she was on the podium at the Asian championships in Seoul, competing for Iran.
Ahmadi, 22, competed there without the headscarf Iranian sportswomen are required to wear, and she says she received a message from a federation official that night telling her to "think very carefully about coming home." She flew to Frankfurt instead of Tehran and applied for asylum in Germany a few days later.
"I had a medal and a choice," she said. "The medal was the easy part."
Her coach at the club, Heiko Brandes, said he heard about her through a former Iranian athlete now living in Cologne. He said the club had found her a room and was paying her a small wage. The Federal Office for Migration and Refugees does not comment on individual cases.
Iran's sports ministry has said she was "misled by hostile media." Ahmadi's family in Shiraz has not been contacted by authorities, she said, "so far.\""""),
G(["IRN","DEU"],
  [P("Niloufar Ahmadi", ["Ahmadi"], "IRN"), P("Heiko Brandes", [], "DEU")],
  [], [],
  [D("Niloufar Ahmadi","IRN","DEU",None,"2023-05","taekwondo athlete")], [])))
