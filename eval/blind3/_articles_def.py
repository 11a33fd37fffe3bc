# Defection articles b3-000 .. b3-010 (texts + gold). Generated into corpus.jsonl / gold.json by build.py.
ARTICLES = []

def add(id, title, published, source, text, gold):
    ARTICLES.append({"id": id, "title": title, "published": published, "source": source,
                     "text": "\n".join(p.strip() for p in text.strip().split("\n\n")), "gold": gold})

add("b3-000", "Ugandan diplomat in Nairobi flees to London", "1977-03-04", "Wire report (Reuter)", """
NAIROBI, March 4 (Reuter) - A senior diplomat at the Ugandan High Commission here has abandoned his post and flown to London, saying he feared for his life if he obeyed an order to return to Kampala.

Officials at the mission confirmed on Friday that the first secretary, Yusuf Okello Lubega, had not been seen since Monday, when he left the building at lunchtime with his wife and two children. Kenyan immigration officers said the family boarded a British Airways flight at Embakasi the same evening.

In a statement released through friends in London, Lubega said he had been recalled "for consultations" after refusing to sign a letter denouncing colleagues who had been arrested. "Diplomats who go home for consultations do not always come back," the statement said. He asked the British government for political asylum on arrival. A Home Office spokesman would say only that the request was being considered.

Lubega, 41, is the third Ugandan envoy to break with President Idi Amin's government in less than a year. In July last year the ambassador in Bonn, Daniel Kiwanuka Ssali, walked out of his embassy and asked West Germany for asylum, which was granted within weeks. Ssali now teaches at a college near Cologne.

Relations between Kenya and Uganda have been tense since the Israeli raid on Entebbe last July, and Kampala has accused Nairobi of sheltering its opponents. A Kenyan foreign ministry official said Kenya had played no part in the first secretary's departure. "He left on a scheduled flight with a valid passport. That is all we know," the official said.

The Ugandan government has not commented. Amin has in the past described exiled officials as traitors and has promised that they will be tried when they are caught.
""", {
    "countries": ["UGA", "KEN", "GBR", "DEU", "ISR"],
    "persons": [
        {"name": "Yusuf Okello Lubega", "aliases": ["Lubega"], "nationality": "UGA"},
        {"name": "Daniel Kiwanuka Ssali", "aliases": ["Ssali"], "nationality": "UGA"},
        {"name": "Idi Amin", "aliases": ["Amin"], "nationality": "UGA"},
    ],
    "not_persons": ["Embakasi", "British Airways", "Home Office", "Entebbe"],
    "embassies": [
        {"sending": "UGA", "host": "KEN", "city": "Nairobi"},
        {"sending": "UGA", "host": "DEU", "city": "Bonn"},
    ],
    "defections": [
        {"defector": "Yusuf Okello Lubega", "from": "UGA", "to": "GBR", "post_host": "KEN",
         "date": "1977-02-28", "position": "first secretary"},
        {"defector": "Daniel Kiwanuka Ssali", "from": "UGA", "to": "DEU", "post_host": "DEU",
         "date": "1976-07", "position": "ambassador"},
    ],
    "agreements": [],
})

add("b3-001", "Chilean air force officer scales wall of Italian embassy", "1974-02-15", "Wire report (AP)", """
SANTIAGO, Chile, Feb. 15 (AP) — A captain in the Chilean air force climbed the wall of the Italian embassy here on Wednesday night and asked for asylum, embassy officials said today. He is the first serving officer known to have sought refuge in a foreign mission since the military seized power in September.

The officer, Captain Rodrigo Alarcón Vidal, 31, had been assigned to a transport squadron at the El Bosque air base. Friends said he had been questioned twice about his contacts with officers who opposed the coup and expected to be arrested. He reached the embassy garden shortly before midnight, his hands cut by the glass on top of the wall.

Italy's chargé d'affaires, Tommaso Ferrante, said Alarcón was being treated as an asylum seeker under Italian law and would be given a room in the residence. "We will ask for a safe-conduct so that he can travel to Italy," Ferrante said. Rome has not recognised the junta led by General Augusto Pinochet, and more than two hundred Chileans are already living in the embassy compound.

A government spokesman said the captain was a deserter who faced a court-martial and that no safe-conduct would be issued "for the moment".

Alarcón is not the first member of the Chilean state to break with the new authorities. Hernán Ibáñez Rojas, the ambassador to Sweden, refused an order to return home days after the coup in September and has remained in Stockholm, where the Swedish government has granted him residence. He now speaks at meetings of Chilean exiles across Europe.

Pinochet said last month that foreign embassies were "hotels for terrorists" and warned that Chile would not allow them to become permanent.
""", {
    "countries": ["CHL", "ITA", "SWE"],
    "persons": [
        {"name": "Rodrigo Alarcón Vidal", "aliases": ["Alarcón"], "nationality": "CHL"},
        {"name": "Tommaso Ferrante", "aliases": ["Ferrante"], "nationality": "ITA"},
        {"name": "Augusto Pinochet", "aliases": ["Pinochet"], "nationality": "CHL"},
        {"name": "Hernán Ibáñez Rojas", "aliases": [], "nationality": "CHL"},
    ],
    "not_persons": ["El Bosque"],
    "embassies": [
        {"sending": "ITA", "host": "CHL", "city": "Santiago"},
        {"sending": "CHL", "host": "SWE", "city": "Stockholm"},
    ],
    "defections": [
        {"defector": "Rodrigo Alarcón Vidal", "from": "CHL", "to": "ITA", "post_host": None,
         "date": "1974-02-13", "position": "air force captain"},
        {"defector": "Hernán Ibáñez Rojas", "from": "CHL", "to": "SWE", "post_host": "SWE",
         "date": "1973-09", "position": "ambassador to Sweden"},
    ],
    "agreements": [],
})

add("b3-002", "Uzbek diplomat seeks asylum in Latvia after Andijan killings", "2005-06-14", "Baltic Wire", """
RIGA (Baltic Wire) — Bakhodir Rashidov, a counsellor at Uzbekistan's embassy in Riga, has asked Latvia for political asylum, saying he could not go on representing a government that had "fired on its own people" in Andijan last month.

Rashidov, 46, left the embassy last weekend and went with his wife to a police station in the capital, where he handed over his diplomatic passport. The Office of Citizenship and Migration Affairs confirmed on Tuesday that an application had been received. Its spokesman, Jānis Ozols, said the case would be handled "like any other".

In a letter published by an opposition website, Rashidov said he had been told to circulate the official account of the Andijan events, in which the authorities say 187 people died. Human rights groups say several hundred unarmed protesters were killed when troops opened fire on May 13. "I was asked to tell our hosts that nothing had happened. I will not do it," he wrote.

Tashkent reacted angrily. A foreign ministry statement described the counsellor as "a former employee" who was under investigation for embezzlement and demanded that Latvia return him. Latvian officials said there is no extradition treaty between the two countries.

Rashidov is the second Uzbek diplomat to break with President Islam Karimov's government. Timur Alimov, a first secretary at the Uzbek embassy in Moscow, left his post in 2003 and now lives in Norway, where he was granted refugee status a year later.

Several hundred Uzbeks who fled across the border into Kyrgyzstan after the shooting are still living in a camp near Jalal-Abad. Their fate has become a test of relations between Tashkent and Bishkek.
""", {
    "countries": ["UZB", "LVA", "RUS", "NOR", "KGZ"],
    "persons": [
        {"name": "Bakhodir Rashidov", "aliases": ["Rashidov"], "nationality": "UZB"},
        {"name": "Jānis Ozols", "aliases": [], "nationality": "LVA"},
        {"name": "Islam Karimov", "aliases": [], "nationality": "UZB"},
        {"name": "Timur Alimov", "aliases": [], "nationality": "UZB"},
    ],
    "not_persons": ["Andijan", "Jalal-Abad", "Office of Citizenship and Migration Affairs"],
    "embassies": [
        {"sending": "UZB", "host": "LVA", "city": "Riga"},
        {"sending": "UZB", "host": "RUS", "city": "Moscow"},
    ],
    "defections": [
        {"defector": "Bakhodir Rashidov", "from": "UZB", "to": "LVA", "post_host": "LVA",
         "date": "2005-06", "position": "counsellor"},
        {"defector": "Timur Alimov", "from": "UZB", "to": "NOR", "post_host": "RUS",
         "date": "2003", "position": "first secretary"},
    ],
    "agreements": [],
})

add("b3-003", "Abdirahman Farah Warsame, diplomat who broke with Siad Barre, dies at 81", "2019-05-22", "Obituary", """
Abdirahman Farah Warsame, a Somali diplomat who walked out of his country's embassy in Rome rather than go home to face a military court, died on May 14 in Toronto. He was 81.

His daughter, Ayaan Warsame, said the cause was heart failure.

Born in Hargeisa in 1937, he studied law in Padua and joined the foreign service shortly after independence. He served in Cairo and Moscow before being sent to Rome as a counsellor in 1979, at a time when Mogadishu and Rome were close and Italian aid paid for roads and hospitals across the country.

By 1983 he had grown disillusioned with President Mohamed Siad Barre, whose security services had arrested several of his relatives in the north. When he was recalled in the autumn of 1983, he did not pack. Instead he left the embassy one morning with a single briefcase, took a train to Florence and asked the Italian authorities for asylum. He spent the next eleven years in Italy, working as a translator and writing pamphlets that Siad Barre's government banned.

He was not the first in his circle to flee. His closest friend, the army colonel Mohamed Hassan Dirie, had escaped to Kenya in 1978 after a failed coup attempt, and the two men corresponded for decades.

After the collapse of the Somali state in 1991, Warsame moved with his family to Canada. He settled in Toronto, where he helped found an association of Somali lawyers and advised newly arrived refugees without charge.

"He never said he had defected," his daughter said. "He said the government had defected from the people, and he had simply stayed where he was."

He is survived by his wife, Hodan, four children and eleven grandchildren.
""", {
    "countries": ["SOM", "ITA", "CAN", "KEN", "EGY", "SUN"],
    "persons": [
        {"name": "Abdirahman Farah Warsame", "aliases": ["Warsame"], "nationality": "SOM"},
        {"name": "Ayaan Warsame", "aliases": []},
        {"name": "Mohamed Siad Barre", "aliases": ["Siad Barre"], "nationality": "SOM"},
        {"name": "Mohamed Hassan Dirie", "aliases": [], "nationality": "SOM"},
        {"name": "Hodan", "aliases": []},
    ],
    "not_persons": ["Hargeisa", "Padua"],
    "embassies": [
        {"sending": "SOM", "host": "ITA", "city": "Rome"},
        {"sending": "SOM", "host": "EGY", "city": "Cairo"},
        {"sending": "SOM", "host": "SUN", "city": "Moscow"},
    ],
    "defections": [
        {"defector": "Abdirahman Farah Warsame", "from": "SOM", "to": "ITA", "post_host": "ITA",
         "date": "1983", "position": "counsellor"},
        {"defector": "Mohamed Hassan Dirie", "from": "SOM", "to": "KEN", "post_host": None,
         "date": "1978", "position": "army colonel"},
    ],
    "agreements": [],
})

add("b3-004", "Cambodian envoy walks into U.S. embassy in Bangkok", "1978-11-09", "Wire report", """
BANGKOK, Nov. 9 — A diplomat from the embassy of Democratic Kampuchea here walked into the American embassy on Tuesday and asked for asylum in the United States, according to Thai and American officials.

He was identified today as Sok Chhay Vireak, 34, a second secretary who arrived in Bangkok in August, when Phnom Penh reopened its mission after three years of almost total isolation. Thai police said he had told his colleagues he was going to buy medicine and did not return.

An embassy spokesman, Richard Hollis, confirmed that "a Cambodian national" was in the building and that his request was being considered in Washington. He would not say whether Mr. Sok had brought documents with him.

The Cambodian mission issued a brief statement accusing "the American imperialists and their lackeys" of kidnapping a member of its staff and demanding his return. Thai officials said they would not allow him to be removed by force.

Refugees reaching camps along the Thai border have described mass executions and forced labour under the government of Pol Pot, and the defection of a serving diplomat is expected to attract attention in capitals that still deal with Phnom Penh. Fighting along the border with Vietnam has intensified in recent weeks, and Hanoi has accused the Khmer Rouge of massacring villagers.

The last Cambodian official known to have fled was Lieutenant Meas Sophal, an air force pilot who flew a helicopter across the border into Thailand in April 1976 with his wife and two mechanics. Meas was later resettled in France.

Western diplomats said Sok is the most senior figure to leave the regime since it took power in April 1975.
""", {
    "countries": ["KHM", "USA", "THA", "VNM", "FRA"],
    "persons": [
        {"name": "Sok Chhay Vireak", "aliases": ["Sok"], "nationality": "KHM"},
        {"name": "Richard Hollis", "aliases": [], "nationality": "USA"},
        {"name": "Pol Pot", "aliases": [], "nationality": "KHM"},
        {"name": "Meas Sophal", "aliases": ["Meas"], "nationality": "KHM"},
    ],
    "not_persons": ["Khmer Rouge"],
    "embassies": [
        {"sending": "KHM", "host": "THA", "city": "Bangkok"},
        {"sending": "USA", "host": "THA", "city": "Bangkok"},
    ],
    "defections": [
        {"defector": "Sok Chhay Vireak", "from": "KHM", "to": "USA", "post_host": "THA",
         "date": "1978-11-07", "position": "second secretary"},
        {"defector": "Meas Sophal", "from": "KHM", "to": "THA", "post_host": None,
         "date": "1976-04", "position": "air force pilot"},
    ],
    "agreements": [],
})

add("b3-005", "Two Zimbabwean intelligence officers desert and cross into South Africa and Botswana", "2008-07-10", "Southern Africa Report", """
JOHANNESBURG, 10 July 2008 – Two officers of Zimbabwe's Central Intelligence Organisation have deserted in the aftermath of last month's presidential run-off and are now outside the country, according to lawyers and human rights workers who have spoken to them.

The first, Tendai Mukaro, 29, slipped away from a CIO office in Bulawayo on 29 June, two days after the vote in which Robert Mugabe was the only candidate. He travelled south by bus and crossed the Limpopo on foot near Beitbridge the following night. He is now in Johannesburg and has applied for asylum in South Africa.

Three days later a second officer from the same unit, Blessing Chidzikwe, also walked out. He made his way west and is believed to be in Francistown, where Botswana's authorities have placed him under police protection.

Both men say they were ordered to take part in the beatings of opposition supporters before the run-off. "I joined to protect the state, not to break the legs of grandmothers," Mukaro told this newspaper. His lawyer, Naledi Khumalo, said he had brought lists of names.

Harare has not commented on the desertions. A government newspaper described "so-called defectors" as criminals trying to get foreign residence.

The cases recall that of Emmanuel Sibanda, Zimbabwe's deputy consul-general in Johannesburg, who resigned in 2005 and has stayed in South Africa ever since. He now works for a church group that helps Zimbabweans who have crossed the border.

Pretoria is trying to mediate between Mugabe and the opposition, and officials are reluctant to say anything that might upset the talks. Botswana has been more outspoken, and its foreign minister said last week that it did not recognise the result of the run-off.
""", {
    "countries": ["ZWE", "ZAF", "BWA"],
    "persons": [
        {"name": "Tendai Mukaro", "aliases": ["Mukaro"], "nationality": "ZWE"},
        {"name": "Robert Mugabe", "aliases": ["Mugabe"], "nationality": "ZWE"},
        {"name": "Blessing Chidzikwe", "aliases": [], "nationality": "ZWE"},
        {"name": "Naledi Khumalo", "aliases": []},
        {"name": "Emmanuel Sibanda", "aliases": [], "nationality": "ZWE"},
    ],
    "not_persons": ["Central Intelligence Organisation", "Beitbridge", "Francistown", "Limpopo"],
    "embassies": [
        {"sending": "ZWE", "host": "ZAF", "city": "Johannesburg"},
    ],
    "defections": [
        {"defector": "Tendai Mukaro", "from": "ZWE", "to": "ZAF", "post_host": None,
         "date": "2008-06-29", "position": "intelligence officer"},
        {"defector": "Blessing Chidzikwe", "from": "ZWE", "to": "BWA", "post_host": None,
         "date": "2008-07-02", "position": "intelligence officer"},
        {"defector": "Emmanuel Sibanda", "from": "ZWE", "to": "ZAF", "post_host": "ZAF",
         "date": "2005", "position": "deputy consul-general"},
    ],
    "agreements": [],
})

add("b3-006", "Panamanian officer at Miami consulate breaks with Noriega", "1988-03-18", "Wire report (UPI)", """
MIAMI (UPI) -- A major in the Panama Defense Forces who served as deputy consul in Miami has broken with Gen. Manuel Antonio Noriega and asked the United States for political asylum, his lawyer said Friday.

Maj. Aurelio Castrellón Pinzón, 38, walked out of the Panamanian consulate on Brickell Avenue on Tuesday, a day after he was ordered to fly home to Panama City. He spent the next two nights at a friend's house in Coral Gables before contacting federal agents.

"He knows how the money moved," said the lawyer, Harold Feinberg. "That is why they wanted him back." Feinberg said his client was prepared to testify before a grand jury in Miami, which indicted Noriega last month on drug trafficking charges.

Castrellón is the latest in a small but growing number of Panamanian officials to turn against the general. Last July the consul in New York, Lucía Arosemena de León, resigned in protest at the crackdown on street demonstrations and stayed in the United States, where she has since been granted asylum.

The Panamanian government called the major a deserter and said he was wanted for the theft of consular funds. A spokesman in Panama City said Washington was "collecting traitors" in order to justify intervention.

The State Department said it did not comment on individual asylum cases. Relations between the two countries have deteriorated sharply since the indictments, and Washington has frozen Panamanian government assets held in American banks.

The consulate remained open on Thursday, but staff referred all questions to the embassy in Washington.
""", {
    "countries": ["PAN", "USA"],
    "persons": [
        {"name": "Manuel Antonio Noriega", "aliases": ["Noriega"], "nationality": "PAN"},
        {"name": "Aurelio Castrellón Pinzón", "aliases": ["Castrellón"], "nationality": "PAN"},
        {"name": "Harold Feinberg", "aliases": ["Feinberg"]},
        {"name": "Lucía Arosemena de León", "aliases": [], "nationality": "PAN"},
    ],
    "not_persons": ["Panama Defense Forces", "Brickell Avenue", "Coral Gables", "State Department"],
    "embassies": [
        {"sending": "PAN", "host": "USA", "city": "Miami"},
        {"sending": "PAN", "host": "USA", "city": "New York"},
        {"sending": "PAN", "host": "USA", "city": "Washington"},
    ],
    "defections": [
        {"defector": "Aurelio Castrellón Pinzón", "from": "PAN", "to": "USA", "post_host": "USA",
         "date": "1988-03-15", "position": "deputy consul"},
        {"defector": "Lucía Arosemena de León", "from": "PAN", "to": "USA", "post_host": "USA",
         "date": "1987-07", "position": "consul in New York"},
    ],
    "agreements": [],
})

add("b3-007", "Nigerian diplomat in Stockholm resigns over Saro-Wiwa execution", "1995-11-24", "Nordic Press Agency", """
STOCKHOLM, Nov 24 -- A counsellor at the Nigerian embassy in Stockholm has resigned and asked Sweden for political asylum in protest at the execution of the writer Ken Saro-Wiwa and eight other Ogoni activists, the Swedish Migration Board said on Friday.

Chukwuemeka Obi Nwosu, who had been in Sweden for two years, handed his letter of resignation to the ambassador on Monday and left the embassy the same afternoon. He then went with his family to the board's office in Solna.

"I served my country for eighteen years. I cannot serve a government that hangs people for what they write," Nwosu said in a statement read by a friend outside the office. A board spokeswoman, Karin Lindqvist, confirmed that an application had been lodged and said it would be examined "as quickly as possible".

Saro-Wiwa and the others were hanged in Port Harcourt on November 10 after a trial by a special tribunal that governments and human rights groups condemned as a travesty. The Commonwealth suspended Nigeria's membership the next day, and several European countries have recalled their ambassadors from Lagos.

A spokesman for the Nigerian embassy said Nwosu had been "relieved of his duties" and that his diplomatic passport had been cancelled. He accused unnamed Swedish organisations of encouraging "so-called dissidents".

Nwosu is the second Nigerian diplomat known to have broken with the military government of General Sani Abacha. In September last year Oluwaseun Adebayo, a first secretary at the Nigerian High Commission in Accra, crossed into Togo and flew from Lomé to London, where he was later granted asylum.

Sweden's foreign minister said on Thursday that Stockholm was considering further steps against Abuja.
""", {
    "countries": ["NGA", "SWE", "GHA", "TGO", "GBR"],
    "persons": [
        {"name": "Ken Saro-Wiwa", "aliases": ["Saro-Wiwa"], "nationality": "NGA"},
        {"name": "Chukwuemeka Obi Nwosu", "aliases": ["Nwosu"], "nationality": "NGA"},
        {"name": "Karin Lindqvist", "aliases": [], "nationality": "SWE"},
        {"name": "Sani Abacha", "aliases": [], "nationality": "NGA"},
        {"name": "Oluwaseun Adebayo", "aliases": [], "nationality": "NGA"},
    ],
    "not_persons": ["Swedish Migration Board", "Port Harcourt", "Solna", "Ogoni"],
    "embassies": [
        {"sending": "NGA", "host": "SWE", "city": "Stockholm"},
        {"sending": "NGA", "host": "GHA", "city": "Accra"},
    ],
    "defections": [
        {"defector": "Chukwuemeka Obi Nwosu", "from": "NGA", "to": "SWE", "post_host": "SWE",
         "date": "1995-11-20", "position": "counsellor"},
        {"defector": "Oluwaseun Adebayo", "from": "NGA", "to": "GBR", "post_host": "GHA",
         "date": "1994-09", "position": "first secretary"},
    ],
    "agreements": [],
})

add("b3-008", "Guinean trade attaché asks Ivory Coast for protection", "1971-05-20", "West Africa Wire", """
ABIDJAN, May 20 — For four years he had handled the coffee and bauxite files at his country's embassy here, and colleagues described him as quiet, punctual and loyal. He attended the embassy's reception for the anniversary of the ruling party last month and gave a short speech.

On Saturday he left the embassy after the morning shift, collected his wife and son from their flat in the Plateau district, and drove to the headquarters of the Ivorian security police. There he asked for protection and said he would not return to Conakry.

He is Ibrahima Kaba Condé, 39, the trade attaché of the Republic of Guinea in Ivory Coast. Ivorian officials confirmed his request on Thursday and said he was being lodged "in a safe place" while the government considered it.

Friends said Condé had been summoned home in April, at the height of the purges that followed the Portuguese-led attack on Conakry last November. Dozens of officials, including ministers, have been arrested and accused of working for Portugal and the "imperialist fifth column". Several have been hanged.

The Guinean embassy accused Ivory Coast of "harbouring traitors" and demanded that the attaché be handed over. President Ahmed Sékou Touré has long accused President Félix Houphouët-Boigny of sheltering his enemies, and relations between the two governments have been poor for years.

Condé is not the only Guinean official to flee this year. In January a customs director, Alpha Oumar Bah, crossed into Senegal on foot with two of his brothers, and his name has since appeared on lists of "traitors" read out on Radio Conakry.

Diplomats here expect Ivory Coast to grant the attaché asylum quietly, as it has done for others.
""", {
    "countries": ["GIN", "CIV", "PRT", "SEN"],
    "persons": [
        {"name": "Ibrahima Kaba Condé", "aliases": ["Condé"], "nationality": "GIN"},
        {"name": "Ahmed Sékou Touré", "aliases": [], "nationality": "GIN"},
        {"name": "Félix Houphouët-Boigny", "aliases": [], "nationality": "CIV"},
        {"name": "Alpha Oumar Bah", "aliases": [], "nationality": "GIN"},
    ],
    "not_persons": ["Plateau", "Radio Conakry"],
    "embassies": [
        {"sending": "GIN", "host": "CIV", "city": "Abidjan"},
    ],
    "defections": [
        {"defector": "Ibrahima Kaba Condé", "from": "GIN", "to": "CIV", "post_host": "CIV",
         "date": "1971-05-15", "position": "trade attaché"},
        {"defector": "Alpha Oumar Bah", "from": "GIN", "to": "SEN", "post_host": None,
         "date": "1971-01", "position": "customs director"},
    ],
    "agreements": [],
})

add("b3-009", "Bahraini diplomat in London seeks asylum", "2011-05-12", "Gulf Affairs Desk", """
LONDON — A second secretary at the Embassy of the Kingdom of Bahrain in London has applied for asylum in Britain after refusing to defend his government's crackdown on protesters, human rights campaigners said on Thursday.

Yousif Abdulla al-Mahmeed, 33, walked out of the embassy in Belgrave Square on Thursday last week and has not returned. In a video message he said he had been asked to write letters to British newspapers describing the demonstrators at the Pearl Roundabout as agents of a foreign power. "I am a Bahraini, and I know my neighbours. They are not agents of anybody," he said.

Manama said in a statement that al-Mahmeed had been dismissed for "gross misconduct" and that the request was a matter for the British authorities. The Home Office said it did not comment on individual cases.

Bahrain declared a state of emergency in March after weeks of protests, and troops from Saudi Arabia and the United Arab Emirates crossed the causeway to help restore order. Hundreds of people have been detained since then, among them doctors who treated injured protesters.

Al-Mahmeed's departure follows that of Fatima Jassim Haddad, an attaché at the Bahraini embassy in Washington, who resigned in April and has asked to remain in the United States. Her lawyer said she had received threatening messages after her brother was arrested in Sitra.

Campaigners said other junior staff at Bahraini missions in Europe were considering similar steps. A spokesman for the embassy in London, Khalid Rashid, said morale among staff was "excellent" and that the second secretary had "chosen to betray his country for personal gain".

Britain has called for restraint but continues to sell equipment to Bahrain's security forces, a policy that opposition MPs said this week should be reviewed.
""", {
    "countries": ["BHR", "GBR", "SAU", "ARE", "USA"],
    "persons": [
        {"name": "Yousif Abdulla al-Mahmeed", "aliases": ["al-Mahmeed"], "nationality": "BHR"},
        {"name": "Fatima Jassim Haddad", "aliases": [], "nationality": "BHR"},
        {"name": "Khalid Rashid", "aliases": []},
    ],
    "not_persons": ["Belgrave Square", "Pearl Roundabout", "Home Office", "Sitra"],
    "embassies": [
        {"sending": "BHR", "host": "GBR", "city": "London"},
        {"sending": "BHR", "host": "USA", "city": "Washington"},
    ],
    "defections": [
        {"defector": "Yousif Abdulla al-Mahmeed", "from": "BHR", "to": "GBR", "post_host": "GBR",
         "date": "2011-05-05", "position": "second secretary"},
        {"defector": "Fatima Jassim Haddad", "from": "BHR", "to": "USA", "post_host": "USA",
         "date": "2011-04", "position": "attaché"},
    ],
    "agreements": [],
})

add("b3-010", "Mozambican trade counsellor defects in Lisbon", "1985-06-21", "Wire report (Reuters)", """
LISBON, June 21 (Reuters) - Mozambique's trade counsellor in Portugal has defected and been granted temporary residence while his request for asylum is examined, the Portuguese interior ministry said on Friday.

Armando Muianga Tembe, 44, left the Mozambican embassy nine days ago and did not return to his flat in the Lapa district. Portuguese officials said he had contacted them through a lawyer on Monday and was now living at an address they would not disclose.

In an interview with the weekly Expresso, Tembe said he had lost faith in the policies of President Samora Machel and had been accused by the embassy's security officer of passing information to the rebels of the Mozambique National Resistance. "I was told I would be going home on the next flight. I knew what that meant," he said.

The embassy called the counsellor a thief and said he had taken commercial documents belonging to the state. Maputo has asked Lisbon to return him, but Portuguese officials said there was no legal basis to do so.

The defection is an embarrassment for Machel, who is trying to persuade Western governments that Mozambique is turning away from Moscow. It also comes at a difficult moment for the Nkomati Accord, the non-aggression pact which Maputo and Pretoria signed in March last year. Under the accord South Africa promised to stop supporting the rebels, but Mozambican officials say supplies are still crossing the border.

Tembe is the most senior Mozambican official to flee since July 1981, when an air force pilot, Lieutenant Fernando Bila, flew his MiG-17 from Beira to an airfield in South Africa and asked to stay.
""", {
    "countries": ["MOZ", "PRT", "ZAF", "SUN"],
    "persons": [
        {"name": "Armando Muianga Tembe", "aliases": ["Tembe"], "nationality": "MOZ"},
        {"name": "Samora Machel", "aliases": ["Machel"], "nationality": "MOZ"},
        {"name": "Fernando Bila", "aliases": [], "nationality": "MOZ"},
    ],
    "not_persons": ["Expresso", "Mozambique National Resistance", "Lapa", "MiG-17", "Beira"],
    "embassies": [
        {"sending": "MOZ", "host": "PRT", "city": "Lisbon"},
    ],
    "defections": [
        {"defector": "Armando Muianga Tembe", "from": "MOZ", "to": "PRT", "post_host": "PRT",
         "date": "1985-06-12", "position": "trade counsellor"},
        {"defector": "Fernando Bila", "from": "MOZ", "to": "ZAF", "post_host": None,
         "date": "1981-07", "position": "air force pilot"},
    ],
    "agreements": [
        {"name": "Nkomati Accord", "aliases": ["non-aggression pact"], "parties": ["MOZ", "ZAF"],
         "date": "1984-03", "status": "signed"},
    ],
})
