A = []
def add(id, title, published, source, text, gold):
    A.append(dict(id=id, title=title, published=published, source=source, text=text.strip(), gold=gold))

add("late2-030", "Venezuelan military attache in Bogota breaks with Maduro", "2019-02-27", "Wire report", """
BOGOTA, Feb 27 - Venezuela's military attache in Colombia has disavowed President Nicolas Maduro and placed himself under the protection of the Colombian authorities, officials in Bogota said on Wednesday.
Colonel Ramón Urdaneta Pérez, who has served at the Venezuelan embassy in Bogota since 2017, announced his decision in a video released on Monday in which he recognised opposition leader Juan Guaidó as the country's interim president and urged fellow officers to "stand with the constitution".
"I have not betrayed my country. I have refused to go on serving a usurper," Urdaneta said in the recording, wearing his dress uniform in front of a Venezuelan flag.
Andrés Felipe Rincón, a spokesman for Colombia's migration agency, said the colonel and his family had been issued special permits to remain in the country and were "under the protection of the Colombian state".
Caracas responded by declaring Urdaneta a deserter and saying he had already been relieved of his duties. Maduro's government broke off diplomatic relations with Colombia on Saturday after opposition supporters tried to push U.S.-funded aid across the border.
Urdaneta is the second Venezuelan military attache to break ranks this year, after a colonel posted to Washington did so in January. More than 400 members of Venezuela's security forces have crossed into Colombia since the weekend, according to Colombian officials.
""", {
 "countries": ["VEN", "COL", "USA"],
 "persons": [
  {"name": "Nicolas Maduro", "aliases": ["Maduro"], "nationality": "VEN"},
  {"name": "Ramón Urdaneta Pérez", "aliases": ["Urdaneta"], "nationality": "VEN"},
  {"name": "Juan Guaidó", "aliases": [], "nationality": "VEN"},
  {"name": "Andrés Felipe Rincón", "aliases": [], "nationality": "COL"}
 ],
 "not_persons": [],
 "embassies": [{"sending": "VEN", "host": "COL", "city": "Bogota"}],
 "defections": [
  {"defector": "Ramón Urdaneta Pérez", "from": "VEN", "to": "COL", "post_host": "COL", "date": "2019-02-25", "position": "military attache at the Venezuelan embassy in Bogota"}
 ],
 "agreements": []
})

add("late2-031", "Trump pulls US out of Iran nuclear deal", "2018-05-09", "Broadsheet (front page)", """
Donald Trump last night withdrew the United States from the Iran nuclear deal, defying months of pleading from European allies and reimposing sweeping sanctions on Tehran that had been lifted under the 2015 agreement.
"The Iran deal is defective at its core," the President said in a televised address from the White House. "If we do nothing, we know exactly what will happen."
The Joint Comprehensive Plan of Action was concluded in Vienna in July 2015 between Iran and six world powers - the US, Britain, France, Germany, Russia and China - after nearly two years of negotiation. It limited Iran's enrichment of uranium and opened its nuclear sites to international inspectors in return for the lifting of economic sanctions.
Within minutes of Mr Trump's announcement, Theresa May, Emmanuel Macron and Angela Merkel issued a joint statement expressing "regret and concern" and insisting that their countries remained committed to the deal. The International Atomic Energy Agency has repeatedly certified that Iran is complying with its terms.
In Tehran, President Hassan Rouhani said Iran would stay in the agreement for now, provided the remaining parties could guarantee its economic benefits. "From this moment, the deal is between Iran and five countries," he said. But he warned that he had instructed the country's atomic energy organisation to prepare to resume enrichment "without limits" if talks failed.
Russia's foreign ministry said it was "deeply disappointed". China urged all sides to "act responsibly".
The decision leaves European companies that have invested in Iran facing the threat of American penalties. Officials in Brussels said work was already under way on measures to shield them.
""", {
 "countries": ["USA", "IRN", "GBR", "FRA", "DEU", "RUS", "CHN"],
 "persons": [
  {"name": "Donald Trump", "aliases": ["Mr Trump"], "nationality": "USA"},
  {"name": "Theresa May", "aliases": [], "nationality": "GBR"},
  {"name": "Emmanuel Macron", "aliases": [], "nationality": "FRA"},
  {"name": "Angela Merkel", "aliases": [], "nationality": "DEU"},
  {"name": "Hassan Rouhani", "aliases": [], "nationality": "IRN"}
 ],
 "not_persons": ["White House", "International Atomic Energy Agency"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Joint Comprehensive Plan of Action", "aliases": ["Iran nuclear deal", "Iran deal", "2015 agreement"], "parties": ["IRN", "USA", "GBR", "FRA", "DEU", "RUS", "CHN"], "date": "2015-07", "status": "withdrawn"}
 ]
})

add("late2-032", "HAVANA'S RUNAWAY DOCTOR: 'I WON'T GO BACK'", "2019-01-16", "Tabloid (world page)", """
SHE was sent to Brazil to heal the poor - and now she's refusing to go home.
Cuban doctor Yanelis Fonseca Rivero, 36, was one of thousands of medics Fidel Castro's heirs hired out to foreign governments, with Havana pocketing most of their pay.
When the communist island ordered its doctors out of Brazil in November after a bust-up with the country's incoming president Jair Bolsonaro, Yanelis simply didn't turn up for the bus to the airport.
"They told us we had 48 hours. I told myself I had one life," she said from the small town in Pará state where she has been working in a clinic for three years.
Yanelis, a mum-of-one, has applied for asylum in Brazil and says she may never see her family in Cuba again. Defectors like her are banned from returning to the island for eight years.
"My daughter is 12. When I can hold her again she'll be 20," she said, wiping away tears. "That is what my country does to its doctors."
Bolsonaro, who has branded the Cuban programme "slave labour", has promised that any Cuban medic who wants to stay will be welcomed.
Cuban officials accused the runaways of "desertion".
""", {
 "countries": ["CUB", "BRA"],
 "persons": [
  {"name": "Yanelis Fonseca Rivero", "aliases": ["Yanelis"], "nationality": "CUB"},
  {"name": "Fidel Castro", "aliases": [], "nationality": "CUB"},
  {"name": "Jair Bolsonaro", "aliases": ["Bolsonaro"], "nationality": "BRA"}
 ],
 "not_persons": [],
 "embassies": [],
 "defections": [
  {"defector": "Yanelis Fonseca Rivero", "from": "CUB", "to": "BRA", "post_host": "BRA", "date": "2018-11", "position": "doctor on Cuban medical mission in Brazil"}
 ],
 "agreements": []
})

add("late2-033", "New tax rules for frontalieri come into force today", "2023-07-17", "Regional newspaper (Ticino, English digest)", """
From today, Italians who cross the border every morning to work in Ticino will be taxed under a new system - though the change will not hit most of those already in jobs.
The agreement between Switzerland and Italy on the taxation of cross-border workers, signed in Rome in December 2020 and ratified by the Italian parliament only this spring, enters into force on 17 July. It replaces the 1974 arrangement under which Switzerland withheld tax on frontalieri and handed back a share to the Italian border municipalities.
Under the new rules, workers hired from today will pay up to 80 per cent of the normal Swiss withholding tax, and will also be taxed in Italy, with a credit for what they pay here. Those already working in the canton before the new agreement, an estimated 78,000 people, will continue to be taxed only in Switzerland until 2033.
Marco Bernasconi, who heads the cantonal finance department, called it "a fairer deal for Ticino, which for fifty years has paid Italy's border towns out of its own pocket".
In Como, the reaction was more mixed. Giulia Ferrario, a nurse who has commuted to a Lugano clinic since 2019, said she was relieved. "I was worried for months. Now at least I know where I stand." But trade unions on the Italian side warned that new hires would have less reason to take jobs in Switzerland, and that hospitals on both sides of the border could end up competing for staff.
Italian border municipalities will continue to receive compensation payments from Rome until 2033.
""", {
 "countries": ["CHE", "ITA"],
 "persons": [
  {"name": "Marco Bernasconi", "aliases": []},
  {"name": "Giulia Ferrario", "aliases": []}
 ],
 "not_persons": [],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "agreement between Switzerland and Italy on the taxation of cross-border workers", "aliases": ["new agreement"], "parties": ["CHE", "ITA"], "date": "2020-12", "status": "in_force"},
  {"name": "1974 arrangement", "aliases": [], "parties": ["CHE", "ITA"], "date": "1974", "status": "terminated"}
 ]
})

add("late2-034", "Nile dam talks collapse without deal", "2021-04-07", "Broadcaster website (Africa)", """
Talks between Egypt, Sudan and Ethiopia over Ethiopia's giant dam on the Blue Nile have ended without progress, with Cairo and Khartoum accusing Addis Ababa of intransigence.
The three days of negotiations in Kinshasa, mediated by the Democratic Republic of Congo in its role as chair of the African Union, were meant to revive a process that has stalled repeatedly over the past decade.
Egypt's foreign minister, Sameh Shoukry, said Ethiopia had rejected "every proposal and every alternative" put forward, including an offer to bring in the United States, the European Union and the United Nations as mediators alongside the AU.
Sudan's foreign minister, Mariam al-Sadiq al-Mahdi, warned that her country's own dams and millions of people living along the Blue Nile would be put at risk if Ethiopia went ahead with the second filling of the reservoir this summer without coordinating with downstream states.
Ethiopia's water minister, Seleshi Bekele, insisted his country was committed to an African-led process and accused the other two of trying to "undermine" it. Ethiopia says the Grand Ethiopian Renaissance Dam is vital to its development and will not harm its neighbours.
Egypt, which depends on the Nile for almost all its fresh water, has described the dam as an existential threat. No date was set for further talks.
""", {
 "countries": ["EGY", "SDN", "ETH", "COD", "USA"],
 "persons": [
  {"name": "Sameh Shoukry", "aliases": [], "nationality": "EGY"},
  {"name": "Mariam al-Sadiq al-Mahdi", "aliases": [], "nationality": "SDN"},
  {"name": "Seleshi Bekele", "aliases": [], "nationality": "ETH"}
 ],
 "not_persons": ["Grand Ethiopian Renaissance Dam", "African Union"],
 "embassies": [],
 "defections": [],
 "agreements": []
})

add("late2-035", "Lost in translation: the interpreters who kept the embassies talking", "2016-09-23", "Magazine (features)", """
Elena Sorokina-Hale keeps one souvenir of her eleven years as an interpreter at the British embassy in Moscow: a paper napkin on which a visiting minister, in 1986, wrote the word "compromise" and underlined it three times.
"He wanted to know whether there was a Russian word that meant the same thing without sounding like surrender," she says. "I told him there was, but that nobody in the room would believe he meant it."
Interpreters are the least visible people in diplomacy, and the most trusted. They sit in on conversations that ambassadors summarise for London in a paragraph; they hear what was said in the corridor as well as at the table. Yet their names rarely appear in memoirs, and when the meeting ends they are expected to forget it.
Sorokina-Hale, the daughter of a Russian mother and an English father, was hired locally in 1982. Her counterpart on many occasions was Viktor Nazarov, a Soviet foreign ministry interpreter with a taste for Dickens and a habit of correcting British officials' pronunciation of their own ambassador's name. "We were never friends," she says. "We could not be. But we were colleagues, and in that building that was a great deal."
Not every interpreter's career ends so gently. Hu Ming, who worked for the Chinese embassy in Paris in the 1990s, describes being summoned home after a French minister joked, through her, about the weather in Beijing. "Nobody was angry with the minister. They were angry that I had translated the joke correctly."
Today both women teach. Sorokina-Hale runs a postgraduate course in conference interpreting in Bath; Hu trains court interpreters in Lyon. Both insist that machine translation will never replace them, and both admit they might be wrong.
"The machine will translate the words perfectly," Hu says. "It will not notice that the ambassador has stopped smiling."
""", {
 "countries": ["GBR", "SUN", "CHN", "FRA"],
 "persons": [
  {"name": "Elena Sorokina-Hale", "aliases": ["Sorokina-Hale"]},
  {"name": "Viktor Nazarov", "aliases": [], "nationality": "SUN"},
  {"name": "Hu Ming", "aliases": ["Hu"]}
 ],
 "not_persons": ["Dickens"],
 "embassies": [
  {"sending": "GBR", "host": "SUN", "city": "Moscow"},
  {"sending": "CHN", "host": "FRA", "city": "Paris"}
 ],
 "defections": [],
 "agreements": []
})

add("late2-036", "Mexico, Guatemala sign migration cooperation accord", "2026-02-10", "Wire report", """
MEXICO CITY, Feb 10 - Mexico and Guatemala signed an agreement on Monday to coordinate the policing of their shared border and share data on migrants crossing it, the two governments said, as both face mounting pressure from Washington to curb movements toward the United States.
The accord was signed in the Mexican border city of Tapachula by Mexican Foreign Secretary Rodrigo Olvera Campos and Guatemalan Foreign Minister Ana Lucía Xiquín. It provides for joint patrols at a dozen crossing points, a shared biometric database and a commitment to "orderly and dignified" returns of people who do not qualify for protection.
"This is not a wall, it is a partnership," Olvera told reporters.
Human rights groups criticised the deal, saying it risked pushing migrants onto more dangerous routes through the jungle and into the hands of smugglers.
Guatemala has been down this road before. In 2019 it signed an asylum cooperative agreement with the United States under which asylum seekers from other countries could be sent to Guatemala to seek protection there. That deal was suspended in 2021, and Guatemalan officials have since been wary of arrangements that could turn their country into a holding pen.
Xiquín said Monday's agreement contained no such provisions. "Guatemala will not be a safe third country for anyone," she said.
""", {
 "countries": ["MEX", "GTM", "USA"],
 "persons": [
  {"name": "Rodrigo Olvera Campos", "aliases": ["Olvera"], "nationality": "MEX"},
  {"name": "Ana Lucía Xiquín", "aliases": ["Xiquín"], "nationality": "GTM"}
 ],
 "not_persons": [],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "migration cooperation accord", "aliases": ["the accord"], "parties": ["MEX", "GTM"], "date": "2026-02-09", "status": "signed"},
  {"name": "asylum cooperative agreement", "aliases": [], "parties": ["GTM", "USA"], "date": "2019", "status": "suspended"}
 ]
})

add("late2-037", "Myanmar diplomat who defied junta granted stay in Japan", "2021-06-04", "Broadsheet (Asia)", """
A senior Myanmar diplomat in Tokyo who refused to return home after February's military coup has been allowed to remain in Japan, in what campaigners said was a rare gesture from a government that grants very few asylum requests.
Thet Htar Aung, the deputy chief of mission at Myanmar's embassy in Tokyo, was recalled to Naypyidaw in March after she posted a message on social media calling for the release of Aung San Suu Kyi and other detained civilian leaders. She ignored the order, left the embassy and went into hiding with her husband and son.
On Wednesday, Japan's Immigration Services Agency granted the family special permission to stay on humanitarian grounds, her lawyer, Shogo Watanabe, said. The agency declined to comment on the individual case but confirmed that it had "taken into account the situation in Myanmar".
"I swore an oath to the people of Myanmar, not to General Min Aung Hlaing," the diplomat said in a statement read by her lawyer.
Japan has close economic ties with Myanmar and has been more cautious than Western governments in criticising the military, which seized power on 1 February. Tokyo has suspended new development aid but has not imposed targeted sanctions.
Several Myanmar diplomats around the world have broken with the junta. The most prominent, Kyaw Moe Tun, denounced the coup at the United Nations General Assembly in February and remains at his post in New York, still recognised by the UN as Myanmar's ambassador.
""", {
 "countries": ["MMR", "JPN"],
 "persons": [
  {"name": "Thet Htar Aung", "aliases": [], "nationality": "MMR"},
  {"name": "Aung San Suu Kyi", "aliases": [], "nationality": "MMR"},
  {"name": "Shogo Watanabe", "aliases": []},
  {"name": "Min Aung Hlaing", "aliases": [], "nationality": "MMR"},
  {"name": "Kyaw Moe Tun", "aliases": [], "nationality": "MMR"}
 ],
 "not_persons": ["Immigration Services Agency"],
 "embassies": [{"sending": "MMR", "host": "JPN", "city": "Tokyo"}],
 "defections": [
  {"defector": "Thet Htar Aung", "from": "MMR", "to": "JPN", "post_host": "JPN", "date": "2021-03", "position": "deputy chief of mission at Myanmar's embassy in Tokyo"}
 ],
 "agreements": []
})

add("late2-038", "Polish trawler officer jumps ship at St Andrew's Dock", "1964-11-03", "Regional newspaper (Hull evening paper)", """
A Polish ship's officer walked off his trawler at St Andrew's Dock on Sunday night and asked to be allowed to stay in Britain.
Jerzy Malinowski, 27, second officer of the Gdynia-registered state trawler Kazimierz Wielki, slipped ashore shortly before midnight while most of the crew were below decks, dock police said. He went to the police box at the dock gates and told the constable on duty, in halting English, "I want to stay here. I am not going back."
The ship, which had put in to land a catch and take on stores, sailed for Poland on Monday afternoon, an hour later than scheduled, after her master had made repeated but unsuccessful requests to see Mr Malinowski.
A Home Office spokesman in London said last night that the officer's application for political asylum was being considered. He is understood to be staying with a Polish family in the city.
Mr Jan Kowalczyk, chairman of the Hull branch of the Polish Ex-Combatants' Association, who has visited him, said the young man had planned his move for many months. "He told me that at sea he could look at the horizon and imagine another life," Mr Kowalczyk said. "At home he could not even imagine it."
It is the third time in four years that a member of an Eastern European crew has sought asylum in Hull.
""", {
 "countries": ["POL", "GBR"],
 "persons": [
  {"name": "Jerzy Malinowski", "aliases": ["Mr Malinowski"], "nationality": "POL"},
  {"name": "Jan Kowalczyk", "aliases": ["Mr Kowalczyk", "Mr Jan Kowalczyk"]}
 ],
 "not_persons": ["Kazimierz Wielki", "Polish Ex-Combatants' Association"],
 "embassies": [],
 "defections": [
  {"defector": "Jerzy Malinowski", "from": "POL", "to": "GBR", "post_host": None, "date": "1964-11-01", "position": "second officer of the state trawler Kazimierz Wielki"}
 ],
 "agreements": []
})

add("late2-039", "AMBASSADOR'S POOCH IN GREAT ESCAPE", "2014-07-29", "Tabloid", """
HE has diplomatic immunity - but he still ended up in the dog pound.
Sir Winston, a pampered Finnish Lapphund belonging to Finland's ambassador to London, sparked a frantic search across Kensington after slipping his lead outside the embassy residence on Sunday.
The fluffy fugitive was eventually found five hours later, tucking into a discarded kebab behind a Notting Hill takeaway.
Ambassador Kari Lehtonen, 58, said: "He has never done this before. I think the heat went to his head. In Finland he would have been lying in the snow."
Staff from the embassy plastered lampposts with posters, and a Finnish diplomat was spotted on her hands and knees peering under parked cars.
Takeaway owner Mehmet Aksoy, 44, who found the runaway, said: "He walked in like he owned the place. I gave him some chips and rang the number on his collar. A very polite man from the embassy came to get him."
Mr Lehtonen has promised Mr Aksoy a bottle of Finnish vodka for his trouble. Sir Winston is said to be "grounded".
""", {
 "countries": ["FIN", "GBR"],
 "persons": [
  {"name": "Kari Lehtonen", "aliases": ["Mr Lehtonen"], "nationality": "FIN"},
  {"name": "Mehmet Aksoy", "aliases": ["Mr Aksoy"]}
 ],
 "not_persons": ["Sir Winston"],
 "embassies": [{"sending": "FIN", "host": "GBR", "city": "London"}],
 "defections": [],
 "agreements": []
})
