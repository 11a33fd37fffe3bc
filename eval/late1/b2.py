from h import *
ARTS = []
ARTS.append(dict(id="late1-010", title="Cuban diplomat granted asylum in Caracas", published="1979-08-21", source="Wire brief",
text="""CARACAS, Aug. 21 (Reuters) — Venezuela has granted political asylum to a second secretary of the Cuban Embassy here who walked out of the mission last Thursday, the Foreign Ministry said today.
The diplomat, Orlando Fuentes Valdés, 37, had been in charge of cultural affairs at the embassy since 1977. A ministry statement said he had "expressed fear for his personal safety" and that his request had been accepted on humanitarian grounds.
The Cuban Embassy issued a brief statement calling Fuentes a "deserter" who had been under investigation for misuse of funds, and demanded that he be handed over. Venezuelan officials rejected the demand.
Relations between Havana and Caracas, restored only in 1974, have been strained in recent months by a dispute over Cuban exiles living in Venezuela.""",
gold=G(["VEN","CUB"],
 [P("Orlando Fuentes Valdés",["Fuentes"],"CUB")],
 ["Reuters"], [E("CUB","VEN","Caracas")],
 [D("Orlando Fuentes Valdés","CUB","VEN","VEN","1979-08-16","second secretary in charge of cultural affairs")], [])))

ARTS.append(dict(id="late1-011", title="Ecuador and Peru sign peace declaration in Brasília", published="1995-02-18", source="News analysis, wire service",
text="""BRASÍLIA — Ecuador and Peru, whose troops have been fighting for a month over a strip of jungle in the Cordillera del Cóndor, signed a declaration here on Friday committing them to a ceasefire, the separation of forces and talks on the underlying dispute.
The Itamaraty Peace Declaration, named after the Brazilian Foreign Ministry palace where it was negotiated, was signed by Ecuador's Foreign Minister, Galo Leoro, and Peru's Foreign Minister, Efraín Goldenberg, together with representatives of Argentina, Brazil, Chile and the United States, the four countries that act as guarantors of peace between the two Andean neighbours.
Under its terms, a mission of military observers from the guarantor states will oversee the withdrawal of troops from the combat zone around the Cenepa river. A demilitarised area is to be established once the observers are in place.
ANALYSIS: A ceasefire is not a settlement
Diplomats cautioned that the text leaves untouched the question that started the war. The border through the Cóndor range was supposed to have been settled by the 1942 Rio de Janeiro Protocol, signed by Ecuador and Peru after an earlier war. Peru regards that protocol as binding and complete. Ecuador has for decades argued that it cannot be carried out because the geography described in it does not match the terrain.
"What Itamaraty does is stop the shooting and put the guarantors back in the room," said a Latin American diplomat who took part in the talks. "It does not tell anyone where the line is."
Both governments claimed vindication. Lima described the declaration as confirming the validity of the 1942 protocol; Quito said it opened the door to negotiations on "subsistent" differences.
Fighting has killed dozens of soldiers since late January, and each side accuses the other of violating earlier truce announcements. The first observer teams are expected to arrive within days.""",
gold=G(["ECU","PER","ARG","BRA","CHL","USA"],
 [P("Galo Leoro",["Leoro"],"ECU"), P("Efraín Goldenberg",["Goldenberg"],"PER")],
 ["Itamaraty"], [],
 [], [A("Itamaraty Peace Declaration",["the declaration","Itamaraty"],["ECU","PER","ARG","BRA","CHL","USA"],"1995-02-17","signed"),
      A("Rio de Janeiro Protocol",["1942 Rio de Janeiro Protocol","1942 protocol"],["ECU","PER"],"1942",None)])))

ARTS.append(dict(id="late1-012", title="Spain to send ambassador back to Tripoli after seven-year gap", published="2021-03-30", source="Wire report",
text="""MADRID — Spain will reopen its embassy in Tripoli next month and send a resident ambassador to Libya for the first time since 2014, the Foreign Ministry said on Tuesday.
Foreign Minister Arancha González Laya made the announcement at a conference in Rome on Mediterranean security, saying the formation of a unified interim government in Libya had made a return "both possible and necessary."
Spain, like most European countries, evacuated its diplomats from the Libyan capital in the summer of 2014 as rival militias fought for control of the city's airport. Its ambassador has since been based in neighbouring Tunisia, travelling in and out for short visits.
Diplomats said the new head of mission, career diplomat José Antonio Bordallo, would initially run a reduced team from a hotel compound while the embassy building in the Gargaresh district is refurbished.
France and Italy have already reopened their missions, and Malta has announced it will reopen its embassy too. Libya's Foreign Minister, Najla al-Mangoush, welcomed the Spanish decision in a statement.
Spanish companies, particularly in energy and construction, have been lobbying for a return. Officials said a business delegation would accompany the foreign minister on a visit planned for the spring.""",
gold=G(["ESP","LBY","TUN","FRA","ITA","MLT"],
 [P("Arancha González Laya",["González Laya"],"ESP"), P("José Antonio Bordallo",["Bordallo"],"ESP"), P("Najla al-Mangoush",["al-Mangoush"],"LBY")],
 [], [E("ESP","LBY","Tripoli"), E("FRA","LBY"), E("ITA","LBY"), E("MLT","LBY")], [], [])))

ARTS.append(dict(id="late1-013", title="Eritrean players seek asylum in Uganda after regional tournament", published="2012-12-10", source="East African weekly",
text="""KAMPALA — Seventeen members of Eritrea's national football squad have applied for asylum in Uganda after vanishing from their team hotel following the side's elimination from the regional CECAFA Cup, Ugandan officials said on Monday.
Among them are the captain, Samuel Ghebrehiwet, the goalkeeper Yonas Tesfamariam and the 19-year-old winger Filmon Berhe, according to a list seen by this newspaper. The team doctor is also among the missing.
The players failed to board a flight to Asmara last week, leaving only the coach, Tekle Mehari, and a handful of officials to travel home.
Douglas Asiimwe, a senior official in the refugee department of the Office of the Prime Minister, confirmed that the group had presented themselves and were being interviewed. "Uganda is a country of asylum. Their claims will be assessed like any other," he said.
It is not the first time Eritrean footballers have disappeared on tour. Players went missing at tournaments in Kenya and Tanzania in recent years, and the national federation now requires squads to hand over passports to officials abroad.
Human rights groups say most young Eritrean men face indefinite national service, which critics liken to forced labour. Thousands cross into Ethiopia and Sudan each month.
A spokesman for the Eritrean Embassy in Kampala declined to comment.""",
gold=G(["UGA","ERI","KEN","TZA","ETH","SDN"],
 [P("Samuel Ghebrehiwet",[],"ERI"), P("Yonas Tesfamariam",[],"ERI"), P("Filmon Berhe",[],"ERI"), P("Tekle Mehari",[],"ERI"), P("Douglas Asiimwe",["Asiimwe"],"UGA")],
 ["CECAFA Cup"], [E("ERI","UGA","Kampala")],
 [D("Samuel Ghebrehiwet","ERI","UGA",None,"2012-12","national team captain"),
  D("Yonas Tesfamariam","ERI","UGA",None,"2012-12","national team goalkeeper"),
  D("Filmon Berhe","ERI","UGA",None,"2012-12","national team winger")], [])))

ARTS.append(dict(id="late1-014", title="Soviet officer leaves ship as Stockholm and Moscow settle Baltic line", published="1988-01-16", source="Nordic correspondent, weekly news magazine",
text="""STOCKHOLM — It was, Swedish officials admitted, an awkward week to receive a Soviet defector.
On Tuesday evening a Soviet naval officer, Lieutenant Commander Valentin Guryanov, walked down the gangway of the research vessel Akademik Bondarenko in Gothenburg harbour, hailed a taxi and asked to be driven to the nearest police station. There he requested political asylum. The ship, which had put in for repairs to a generator, sailed without him on Thursday after a Soviet consular officer was refused permission to see him alone.
The next day, on Wednesday, the Swedish Foreign Minister, Sten Andersson, and a Soviet deputy foreign minister signed an agreement in Stockholm dividing the so-called White Zone, a stretch of the Baltic east of Gotland whose ownership the two countries had disputed for almost twenty years. Sweden receives roughly three quarters of the contested waters; the Soviet side gains fishing rights in part of the Swedish zone for a transitional period.
Mr Andersson called the accord "proof that even difficult questions between large and small neighbours can be solved by negotiation." Soviet diplomats were similarly warm, and neither side mentioned the officer in Gothenburg in public.
In private, however, Soviet officials were said to have raised the matter sharply. Birgitta Lind, a spokeswoman for the Swedish Immigration Board, said only that Guryanov was "under our protection" and that his application would be decided "without haste."
Guryanov, 34, is believed to be a specialist in hydro-acoustics, which would make him of considerable interest to Western navies. He is the first Soviet officer to seek asylum in Sweden since a conscript sailor swam ashore at Karlskrona in 1982.""",
gold=G(["SWE","SUN"],
 [P("Valentin Guryanov",["Guryanov"],"SUN"), P("Sten Andersson",["Mr Andersson"],"SWE"), P("Birgitta Lind",["Lind"],"SWE")],
 ["Akademik Bondarenko"], [E("SUN","SWE")],
 [D("Valentin Guryanov","SUN","SWE",None,"1988-01-12","naval lieutenant commander")],
 [A("agreement dividing the White Zone",["the accord"],["SWE","SUN"],"1988-01-13","signed")])))

ARTS.append(dict(id="late1-015", title="Chinese consular official seeks asylum in Sydney; second defector emerges", published="2005-06-09", source="Australian daily",
text="""A second Chinese defector has come forward in Australia, days after a senior official at China's consulate-general in Sydney walked out with his wife and daughter and asked for political asylum.
Liu Zhenhai, 32, told a rally in Melbourne on Wednesday that he had worked for a public security bureau in northern China and had come to Australia with an official delegation and stayed behind when it flew home in February. He has since applied for a protection visa. "I know how they watch people here, because I was one of those who read the reports," he said.
His appearance followed that of Ma Jianguo, a first secretary responsible for monitoring overseas Chinese communities, who left the consulate on May 26. Ma says he has been refused political asylum and granted only the possibility of a protection visa, a lesser status, and has accused Canberra of going soft to protect trade with Beijing.
Foreign Minister Alexander Downer said the government would not comment on individual applications but that "all claims are assessed on their merits, irrespective of the country concerned."
Ma, 37, claims that China runs networks of informants in Australia and that hundreds of agents are active in the country. The Chinese Embassy in Canberra dismissed the claims as "sheer fabrication" and said Ma had lied to avoid being sent home at the end of his posting.
Opposition MPs have demanded a Senate inquiry into the handling of Ma's case, particularly the admission by immigration officials that they had telephoned the consulate to confirm his identity.""",
gold=G(["AUS","CHN"],
 [P("Liu Zhenhai",["Liu"],"CHN"), P("Ma Jianguo",["Ma"],"CHN"), P("Alexander Downer",["Downer"],"AUS")],
 [], [E("CHN","AUS","Sydney"), E("CHN","AUS","Canberra")],
 [D("Ma Jianguo","CHN","AUS","AUS","2005-05-26","first secretary at the consulate-general in Sydney"),
  D("Liu Zhenhai","CHN","AUS",None,"2005-02","public security bureau officer")], [])))

ARTS.append(dict(id="late1-016", title="India and Britain sign long-awaited trade deal", published="2025-07-25", source="Business wire",
text="""LONDON — India and the United Kingdom signed a free trade agreement on Thursday after more than three years of stop-start negotiations, cutting tariffs on whisky, cars and textiles and giving British services firms easier access to the world's most populous country.
The Comprehensive Economic and Trade Agreement was signed by India's commerce minister, Piyush Goyal, and Britain's business and trade secretary, Jonathan Reynolds, in the presence of Prime Minister Keir Starmer and his Indian counterpart, Narendra Modi, who is on a two-day visit.
Under the deal, India will halve its 150 percent duty on Scotch whisky immediately and reduce it further over ten years. Britain will remove tariffs on most Indian garments, footwear and processed food.
"This is the biggest and most economically significant bilateral trade deal the UK has made since leaving the European Union," Starmer said.
The agreement must still be approved by Parliament in London and by India's cabinet before it enters into force, a process officials expect to take about a year.
Business groups welcomed the pact but noted what it leaves out. A separate bilateral investment treaty is still being negotiated, and a dispute over Britain's planned carbon border levy was left unresolved.""",
gold=G(["IND","GBR"],
 [P("Piyush Goyal",["Goyal"],"IND"), P("Jonathan Reynolds",["Reynolds"],"GBR"), P("Keir Starmer",["Starmer"],"GBR"), P("Narendra Modi",["Modi"],"IND")],
 ["Scotch"], [],
 [], [A("Comprehensive Economic and Trade Agreement",["free trade agreement","the deal","the pact"],["IND","GBR"],"2025-07-24","signed")])))

ARTS.append(dict(id="late1-017", title="Soviet grandmaster flies home; defection report denied", published="1968-02-06", source="Wire report",
text="""AMSTERDAM, Feb. 6 — The Soviet chess grandmaster Leonid Sorokin flew back to Moscow on Sunday, putting an end to reports that he intended to ask for asylum in the Netherlands after a tournament in the seaside town of Beverwijk.
A Dutch newspaper had reported on Saturday that Sorokin, 29, had been seen leaving the tournament hall with a Dutch lawyer and had not returned to his hotel. The Justice Ministry said today that it had received no request from him of any kind.
"He went to dinner with friends and came back late. That is all," said the tournament director, Willem Bakker. "Grandmasters are allowed to eat."
An official of the Soviet Embassy in The Hague, Vasily Orlov, called the story "a provocation by people who wish to poison the good sporting relations between our countries." He said Sorokin had left as scheduled with the rest of the Soviet delegation.
Sorokin finished third in the event, half a point behind the winner.""",
gold=G(["SUN","NLD"],
 [P("Leonid Sorokin",["Sorokin"],"SUN"), P("Willem Bakker",["Bakker"]), P("Vasily Orlov",["Orlov"],"SUN")],
 [], [E("SUN","NLD","The Hague")], [], [])))

ARTS.append(dict(id="late1-018", title="Russian helicopter pilot who flew to Ukraine speaks out", published="2023-08-24", source="Wire report",
text="""KYIV — A Russian military helicopter pilot who flew his Mi-8 across the front line and landed in Ukraine appeared before journalists on Wednesday, saying he had spent six months planning the flight and had decided long ago that he "would not fight for a crime."
Captain Denis Arkhipov, 28, landed at an airfield in the Kharkiv region on August 9 in an operation Ukraine's military intelligence agency, known as the HUR, said it had prepared for months. Two other crew members, who Ukrainian officials say had not been told of the plan, were killed after they tried to flee on landing.
"I did not want them to die. I hoped they would come with me," Arkhipov said, reading from notes.
HUR spokesman Andriy Yusov said the pilot's family had been brought out of Russia before the flight, and that the helicopter had been carrying spare parts for Su-27 and Su-30 fighter jets. Under a Ukrainian programme launched last year, Arkhipov is entitled to a reward of about $500,000 and Ukrainian citizenship.
Russia's Defence Ministry has not commented. Russian military bloggers called the pilot a traitor, and one posted what he claimed was Arkhipov's home address in the Primorye region.
Arkhipov urged other Russian servicemen to follow him. Asked if he feared for his life, he said: "Of course. But I feared more staying there." """,
gold=G(["UKR","RUS"],
 [P("Denis Arkhipov",["Arkhipov"],"RUS"), P("Andriy Yusov",["Yusov"],"UKR")],
 ["HUR","Mi-8"], [],
 [D("Denis Arkhipov","RUS","UKR",None,"2023-08-09","military helicopter pilot, captain")], [])))

ARTS.append(dict(id="late1-019", title="Thatcher and FitzGerald sign Ulster accord at Hillsborough", published="1985-11-16", source="British national daily",
text="""Britain and the Irish Republic yesterday signed an agreement giving Dublin a formal consultative role in the affairs of Northern Ireland for the first time, prompting unionist leaders to warn of a campaign of resistance across the province.
Mrs Margaret Thatcher and the Taoiseach, Dr Garret FitzGerald, put their signatures to the Anglo-Irish Agreement at Hillsborough Castle, Co. Down, shortly after 2 pm, under tight security. The accord establishes an intergovernmental conference, serviced by a permanent secretariat of British and Irish civil servants at Maryfield, outside Belfast, which will discuss political, security and legal matters.
Both governments affirm in Article 1 that any change in the status of Northern Ireland would come about only with the consent of a majority of its people.
Mrs Thatcher said the agreement offered "a new start" and insisted that it did not diminish British sovereignty "one iota." Dr FitzGerald said it held out "the promise of peace and stability for all the people of this island."
Unionist reaction was swift. The Rev Ian Paisley, leader of the Democratic Unionist Party, called it a betrayal and said unionist MPs would resign their seats to force by-elections as a referendum on the deal.
Officials on both sides were at pains to distinguish yesterday's arrangement from the Sunningdale Agreement of 1973, whose power-sharing executive collapsed within months in 1974 under a loyalist general strike. This time, one Whitehall source said, "there is nothing for the strikers to bring down, because nothing depends on a local assembly."
The agreement will be debated in the Commons and the Dáil later this month.""",
gold=G(["GBR","IRL"],
 [P("Margaret Thatcher",["Mrs Thatcher"],"GBR"), P("Garret FitzGerald",["Dr FitzGerald"],"IRL"), P("Ian Paisley",["Rev Ian Paisley"],"GBR")],
 ["Democratic Unionist Party","Maryfield"], [],
 [], [A("Anglo-Irish Agreement",["the accord","the agreement"],["GBR","IRL"],"1985-11-15","signed"),
      A("Sunningdale Agreement",[],["GBR","IRL"],"1973","terminated")])))
