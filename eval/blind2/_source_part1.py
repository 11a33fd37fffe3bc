"""blind2 articles b2-000 .. b2-010 (defections). Text and gold together."""

ARTICLES = [
dict(
title="Ethiopian air force pilot lands fighter in Kenya, asks for asylum",
published="1999-10-03", source="Wire report",
text="""NAIROBI, Oct 3 (AP) - An Ethiopian air force pilot flew his MiG-23 fighter across the border on Friday and landed it on a dirt airstrip near Wajir in northeastern Kenya, Kenyan police said on Sunday.
The pilot, Major Dawit Tesfaye Alemu, told officers who reached the airstrip that he had no intention of returning to Ethiopia and asked to be granted political asylum in Kenya. He was unarmed and did not resist, police spokesman Peter Kamau Njoroge told reporters in Nairobi.
According to Njoroge, Dawit took off from a base at Dire Dawa on what was meant to be a training flight. He switched off his radio about twenty minutes later and headed south. A herdsman who saw the plane land said the pilot climbed out, sat under a tree and waited.
Ethiopia has been at war with neighbouring Eritrea since May 1998, and Ethiopian pilots have flown hundreds of sorties against Eritrean positions. Diplomats in Nairobi said Dawit had refused to take part in further bombing raids, though this could not be confirmed.
The Ethiopian embassy in Nairobi demanded the return of both the aircraft and its pilot, calling him a deserter. Addis Ababa has no extradition treaty with Kenya, and Kenyan officials said the request for asylum would be handled by the Ministry of Home Affairs.
It is not the first such case. In 1994 another Ethiopian airman, Lieutenant Hailu Gebre, flew a transport plane to Djibouti and was later resettled in Canada.
The MiG-23 was being guarded by Kenyan soldiers on Sunday. The major was taken to Nairobi on Saturday for questioning.""",
gold={
 "countries": ["ETH", "KEN", "ERI", "DJI", "CAN"],
 "persons": [
  {"name": "Dawit Tesfaye Alemu", "aliases": ["Dawit"], "nationality": "ETH"},
  {"name": "Peter Kamau Njoroge", "aliases": ["Njoroge"], "nationality": "KEN"},
  {"name": "Hailu Gebre", "aliases": [], "nationality": "ETH"}],
 "not_persons": ["Wajir", "Dire Dawa", "MiG-23"],
 "embassies": [{"sending": "ETH", "host": "KEN", "city": "Nairobi"}],
 "defections": [
  {"defector": "Dawit Tesfaye Alemu", "from": "ETH", "to": "KEN", "post_host": None, "date": "1999-10-01", "position": "air force pilot (major)"},
  {"defector": "Hailu Gebre", "from": "ETH", "to": "DJI", "post_host": None, "date": "1994", "position": "air force lieutenant, transport pilot"}],
 "agreements": []}),

dict(
title="Vietnamese embassy cook seeks asylum in Norway",
published="1988-11-23", source="Nordic news agency",
text="""OSLO - A cook at the Vietnamese embassy in Oslo has asked Norway for political asylum, the police said on Tuesday.
The man, who had cooked for the ambassador and his staff since 1985, slipped out of the embassy residence in the Bygdøy district last weekend and took a taxi to the central police station. He carried a small suitcase and a letter, written in Norwegian with the help of a dictionary, explaining that he feared punishment if he went home.
Police identified him on Tuesday as Nguyen Van Thanh, 34. A spokeswoman for the Norwegian Directorate of Immigration, Kari Holm Berntsen, said his application would be treated like any other. "He is not a diplomat and has no immunity to give up," she said.
Thanh told the newspaper Aftenposten through an interpreter that he had been ordered to return to Hanoi after a quarrel with the embassy's security officer, who accused him of listening to foreign radio. He said he had been paid less than a quarter of what he was promised.
The embassy said in a statement that Thanh had stolen money from the residence and asked the Norwegian authorities to hand him over. The foreign ministry said it had received no formal request.
Norway has taken in several thousand Vietnamese boat people since 1978, and a small Vietnamese community lives in Oslo and Bergen. One member of it, who did not want to be named, said the cook had visited a Vietnamese shop on several occasions this year.
The case recalls that of Le Quang Hung, a trade official at the Vietnamese embassy in Stockholm, who sought asylum in Sweden in 1979 and now runs a restaurant in Gothenburg.""",
gold={
 "countries": ["VNM", "NOR", "SWE"],
 "persons": [
  {"name": "Nguyen Van Thanh", "aliases": ["Thanh"], "nationality": "VNM"},
  {"name": "Kari Holm Berntsen", "aliases": [], "nationality": "NOR"},
  {"name": "Le Quang Hung", "aliases": [], "nationality": "VNM"}],
 "not_persons": ["Aftenposten", "Bygdøy"],
 "embassies": [{"sending": "VNM", "host": "NOR", "city": "Oslo"},
               {"sending": "VNM", "host": "SWE", "city": "Stockholm"}],
 "defections": [
  {"defector": "Nguyen Van Thanh", "from": "VNM", "to": "NOR", "post_host": "NOR", "date": "1988-11", "position": "embassy cook"},
  {"defector": "Le Quang Hung", "from": "VNM", "to": "SWE", "post_host": "SWE", "date": "1979", "position": "trade official"}],
 "agreements": []}),

dict(
title="Sudanese diplomat posted in Cairo claims asylum in Canada",
published="2013-07-10", source="Regional news service",
text="""A Sudanese diplomat who served for three years at his country's embassy in Cairo has claimed asylum in Canada, saying he would be jailed if he obeyed an order to return to Khartoum.
Abdelrahman Osman Idris, 41, was a second secretary in the embassy's political section. In an interview with a Sudanese opposition website published on Tuesday, he said he had been told on June 9 that he was being recalled after colleagues reported that he had met members of the opposition in Cairo. Two weeks later he boarded a flight to Toronto with his wife and three children, and the family asked for protection on arrival at Pearson airport.
"I served the state, not the party," Idris said. "They wanted me to spy on Sudanese students in Egypt. I refused."
The Sudanese foreign ministry spokesman, Omer Babiker Hassan, confirmed that Idris had "abandoned his post" and said his diplomatic passport had been cancelled. He described the diplomat as a junior official with no access to sensitive material.
A spokeswoman for Canada's immigration department said the government did not comment on individual cases.
Idris is the second Sudanese diplomat to break with Khartoum this year. In March, Hamid Yousif Mahjoub, a press attaché at the Sudanese embassy in Nairobi, flew to London and asked Britain for asylum. He has since appeared on opposition satellite channels, accusing the government of President Omar al-Bashir of using embassies to track exiles.
Egyptian officials declined to comment on the case. Relations between Cairo and Khartoum have been strained by a dispute over the Halayeb triangle, and an Egyptian security source said the authorities had been aware of Idris's contacts with the opposition for months.""",
gold={
 "countries": ["SDN", "EGY", "CAN", "KEN", "GBR"],
 "persons": [
  {"name": "Abdelrahman Osman Idris", "aliases": ["Idris"], "nationality": "SDN"},
  {"name": "Omer Babiker Hassan", "aliases": [], "nationality": "SDN"},
  {"name": "Hamid Yousif Mahjoub", "aliases": [], "nationality": "SDN"},
  {"name": "Omar al-Bashir", "aliases": [], "nationality": "SDN"}],
 "not_persons": ["Pearson", "Halayeb"],
 "embassies": [{"sending": "SDN", "host": "EGY", "city": "Cairo"},
               {"sending": "SDN", "host": "KEN", "city": "Nairobi"}],
 "defections": [
  {"defector": "Abdelrahman Osman Idris", "from": "SDN", "to": "CAN", "post_host": "EGY", "date": "2013-06-23", "position": "second secretary"},
  {"defector": "Hamid Yousif Mahjoub", "from": "SDN", "to": "GBR", "post_host": "KEN", "date": "2013-03", "position": "press attaché"}],
 "agreements": []}),

dict(
title="Equatorial Guinea security officer seeks protection in Spain",
published="2019-05-16", source="Iberia Press",
text="""MADRID, May 16 (Iberia Press) - A senior officer in Equatorial Guinea's national security service flew into Madrid's Barajas airport late on Sunday and asked the police for international protection, his lawyer said on Thursday.
The officer, who had spent eleven years in the service's counter-intelligence branch, arrived on a commercial flight from Malabo carrying an ordinary passport and a bag of documents. He was held overnight in the airport's asylum room and moved the next morning to a reception centre outside the city.
His lawyer, Marta Alonso Vidal, named him as Lieutenant Colonel Crisantos Ndong Esono. She said her client had been ordered to take part in the interrogation of opposition activists arrested after the failed coup attempt of December 2017 and had refused. "He knows what happens in those cells. He chose not to be part of it," she told reporters.
Ndong, 46, has not spoken in public. According to Alonso, he fears that relatives in Bata will be harassed, and he has asked the Spanish authorities not to release his photograph.
The government of President Teodoro Obiang Nguema, who has ruled the former Spanish colony since 1979, called the officer a fugitive wanted for embezzlement. Its embassy in Madrid said in a statement that it would ask for his return under the bilateral judicial cooperation agreement.
Spain's interior ministry confirmed that an application had been lodged and said it would be examined under the usual procedure. Officials noted that applications from Equatorial Guinean citizens are rare, and that most are refused.
Malabo blamed the 2017 plot on mercenaries recruited in Chad and the Central African Republic, and has since accused exiles living in Spain of financing it.""",
gold={
 "countries": ["GNQ", "ESP", "TCD", "CAF"],
 "persons": [
  {"name": "Marta Alonso Vidal", "aliases": ["Alonso"]},
  {"name": "Crisantos Ndong Esono", "aliases": ["Ndong"], "nationality": "GNQ"},
  {"name": "Teodoro Obiang Nguema", "aliases": [], "nationality": "GNQ"}],
 "not_persons": ["Barajas", "Iberia Press"],
 "embassies": [{"sending": "GNQ", "host": "ESP", "city": "Madrid"}],
 "defections": [
  {"defector": "Crisantos Ndong Esono", "from": "GNQ", "to": "ESP", "post_host": None, "date": "2019-05-12", "position": "national security service officer (lieutenant colonel, counter-intelligence)"}],
 "agreements": [
  {"name": "judicial cooperation agreement", "aliases": [], "parties": ["GNQ", "ESP"], "date": None, "status": None}]}),

dict(
title="Lao trade attaché granted asylum in Thailand",
published="1977-03-04", source="Bangkok correspondent",
text="""BANGKOK - A trade attaché at the Lao embassy in Bangkok has been granted temporary asylum in Thailand after leaving his post rather than obey an order to return to Vientiane, the Thai Interior Ministry said on Friday.
Khamphoui Sisavath, 38, had handled rice and timber purchases for the Lao government since 1974, before the Pathet Lao took full power. Embassy colleagues said he was told on February 14 that he would be replaced. Two weeks later, on the eve of his flight home, he left his apartment near the embassy with his wife and two children and went to a police station in the Bang Rak district.
"He told us he would be sent to a re-education camp," said Police Colonel Prasert Wongsakul, who interviewed him. "He was very frightened."
The Lao embassy said Khamphoui had taken official funds and asked for him to be handed over. Thailand, which has no extradition arrangement with the new government in Vientiane, rejected the request.
Tens of thousands of Lao have crossed the Mekong into Thailand since 1975, and relations between the two governments remain tense after border incidents in January. The Thai embassy in Vientiane was briefly closed last year.
Khamphoui is the second Lao official to flee to Thailand in less than a year. Last June, an air force colonel, Bounleuth Sayavong, flew a C-47 transport from Vientiane to Udon Thani with eleven relatives on board. He now lives in France.
Western diplomats said the Lao government, which relies heavily on Vietnamese advisers, is worried about the loss of trained officials.""",
gold={
 "countries": ["LAO", "THA", "FRA", "VNM"],
 "persons": [
  {"name": "Khamphoui Sisavath", "aliases": ["Khamphoui"], "nationality": "LAO"},
  {"name": "Prasert Wongsakul", "aliases": [], "nationality": "THA"},
  {"name": "Bounleuth Sayavong", "aliases": [], "nationality": "LAO"}],
 "not_persons": ["Pathet Lao", "Bang Rak", "Udon Thani"],
 "embassies": [{"sending": "LAO", "host": "THA", "city": "Bangkok"},
               {"sending": "THA", "host": "LAO", "city": "Vientiane"}],
 "defections": [
  {"defector": "Khamphoui Sisavath", "from": "LAO", "to": "THA", "post_host": "THA", "date": "1977-02-28", "position": "trade attaché"},
  {"defector": "Bounleuth Sayavong", "from": "LAO", "to": "THA", "post_host": None, "date": "1976-06", "position": "air force colonel"}],
 "agreements": []}),

dict(
title="Batbayar Dorjgotov, Mongolian diplomat who defected in Tokyo, dies at 71",
published="2004-02-18", source="Obituaries desk",
text="""Batbayar Dorjgotov, a former Mongolian diplomat who spent the last quarter-century of his life in Japan, died on Sunday in Sapporo. He was 71.
Born in Khovd province in 1932, Batbayar studied at Moscow State University and joined the foreign ministry in Ulan Bator in 1958. After postings in Beijing and Pyongyang he was sent to Tokyo in 1976 as first secretary of the Mongolian embassy, one of the few windows that the Soviet bloc's most isolated member had on a capitalist economy.
In the spring of 1979 he walked out of the embassy and asked the Japanese government for asylum. He later said that he had been ordered home after refusing to report on Japanese businessmen he had befriended. Tokyo granted his request that summer, despite protests from Ulan Bator, which accused him of theft and of working for American intelligence.
His departure came months after Oleg Ryabinin, a counsellor at the Soviet embassy in Tokyo, had defected to the United States in the autumn of 1978, and the two cases were widely linked in the Japanese press. Batbayar always insisted that he had acted alone.
He taught Mongolian and Russian at a university in Sapporo for more than twenty years and translated Japanese poetry into Mongolian. After Mongolia's democratic revolution in 1990 he was invited back several times but never returned, saying he was "too old to be forgiven properly".
He is survived by his wife, Oyuntsetseg, who was allowed to join him in 1991, and by a daughter, Sarnai Batbayar, a lawyer in Osaka.""",
gold={
 "countries": ["MNG", "JPN", "CHN", "PRK", "SUN", "USA"],
 "persons": [
  {"name": "Batbayar Dorjgotov", "aliases": ["Batbayar"], "nationality": "MNG"},
  {"name": "Oleg Ryabinin", "aliases": [], "nationality": "SUN"},
  {"name": "Oyuntsetseg", "aliases": []},
  {"name": "Sarnai Batbayar", "aliases": []}],
 "not_persons": ["Khovd"],
 "embassies": [{"sending": "MNG", "host": "JPN", "city": "Tokyo"},
               {"sending": "MNG", "host": "CHN", "city": "Beijing"},
               {"sending": "MNG", "host": "PRK", "city": "Pyongyang"},
               {"sending": "SUN", "host": "JPN", "city": "Tokyo"}],
 "defections": [
  {"defector": "Batbayar Dorjgotov", "from": "MNG", "to": "JPN", "post_host": "JPN", "date": "1979", "position": "first secretary"},
  {"defector": "Oleg Ryabinin", "from": "SUN", "to": "USA", "post_host": "JPN", "date": "1978", "position": "counsellor"}],
 "agreements": []}),
]
