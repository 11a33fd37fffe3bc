ITEMS = []
def add(id, title, published, source, text, gold):
    ITEMS.append(dict(id=id, title=title, published=published, source=source, text=text.strip(), gold=gold))

add("reg-000", "Missing Polish vice-consul asks Sweden for asylum", "1981-12-22", "Regional daily, Malmö (translated from Swedish)", """
MALMÖ — A Polish vice-consul who had not been seen at his desk in the consulate on Adelgatan since Friday has asked for political asylum in Sweden, police confirmed on Monday.
Zbigniew Wróblewski, 41, had served in the city for almost three years, dealing mostly with passports and with the affairs of Polish seamen calling at the port. When reporters telephoned the consulate on Friday morning, a secretary said he was "on sick leave".
In fact, according to Inspector Bengt Ahlqvist of the county police, the diplomat had walked into the central police station late on Friday afternoon together with his wife and their 15-year-old son. "He has applied for asylum, and the papers have gone to the immigration board in Norrköping," Ahlqvist said. He would not say where the family was staying.
The request comes little more than a week after the declaration of martial law in Poland. The Polish embassy in Stockholm issued a two-line statement describing Wróblewski as "a former employee who has abandoned his duties" and asking the Swedish authorities to "facilitate his return".
Members of Malmö's Polish community, several of whom knew the vice-consul from Sunday mass at St Mary's, said he had been shaken by reports of arrests in Gdańsk, where his younger brother works at the shipyard.
"He was a quiet man, a correct official," said one parishioner who asked not to be named. "Nobody expected this. But nobody expected tanks in the streets either."
""", {
 "countries": ["POL", "SWE"],
 "persons": [
  {"name": "Zbigniew Wróblewski", "aliases": ["Wróblewski"], "nationality": "POL"},
  {"name": "Bengt Ahlqvist", "aliases": ["Ahlqvist"]}],
 "not_persons": ["St Mary's"],
 "embassies": [
  {"sending": "POL", "host": "SWE", "city": "Malmö"},
  {"sending": "POL", "host": "SWE", "city": "Stockholm"}],
 "defections": [
  {"defector": "Zbigniew Wróblewski", "from": "POL", "to": "SWE", "post_host": "SWE", "date": "1981-12-18", "position": "vice-consul"}],
 "agreements": []})

add("reg-001", "Twenty years of stamps, soup and paperwork: Cork's Lithuanian consul marks anniversary", "2014-05-09", "Cork regional weekly", """
When Declan Hurley agreed in 1994 to become honorary consul of the Republic of Lithuania in Cork, he assumed the job would involve "the odd reception and a flag on the car".
Two decades later, the 68-year-old former shipping agent reckons he has signed more than 9,000 documents, attended a dozen funerals and once spent a night at Cork University Hospital translating for a young fruit-picker from Šiauliai who had come off his bicycle on the Carrigrohane road.
"The consulate is a filing cabinet in my back office and a mobile phone that never stops," he said this week, seated beneath a portrait of Grand Duke Vytautas lent to him, he explained, by a parish in Kaunas.
On Tuesday the Lithuanian ambassador, Her Excellency Ms Rasa Jonušienė, travelled down from the embassy in Dublin to present him with a diplomatic service medal at a reception in the Imperial Hotel. Speaking to guests, Jonušienė said Hurley had been "the first door many Lithuanians knocked on" after their country joined the European Union in 2004 and thousands came to work in Munster's meat plants and building sites.
Not everyone has found the door open at convenient hours. Hurley admits he now refers most passport renewals to Dublin. "I'm an honorary consul, not a miracle worker," he said.
The evening closed with the presentation of the Mindaugas Cup, a five-a-side trophy contested each summer by Lithuanian and Irish teams in Ballincollig. Hurley, who has never played, will present it again in August. He has no plans, he said, to retire.
""", {
 "countries": ["LTU", "IRL"],
 "persons": [
  {"name": "Declan Hurley", "aliases": ["Hurley"]},
  {"name": "Rasa Jonušienė", "aliases": ["Jonušienė"], "nationality": "LTU"}],
 "not_persons": ["Mindaugas Cup", "Imperial Hotel", "Cork University Hospital"],
 "embassies": [
  {"sending": "LTU", "host": "IRL", "city": "Cork"},
  {"sending": "LTU", "host": "IRL", "city": "Dublin"}],
 "defections": [],
 "agreements": []})

add("reg-002", "Czech trade official stays behind after fair", "1986-03-14", "Rhineland local newspaper (translated from German)", """
DÜSSELDORF — A senior commercial official from Czechoslovakia who spent the past fortnight on the stands of the spring engineering fair has asked for asylum in the Federal Republic, the North Rhine-Westphalia interior ministry said on Thursday.
The man was named by colleagues as Ing. Jaroslav Kučera, 47, deputy head of the commercial section of the Czechoslovak embassy in Bonn and, since 1983, the officer in charge of the small Czechoslovak trade office on Graf-Adolf-Straße.
On Tuesday evening, instead of returning to his hotel, he presented himself to the federal police in Neuss and asked not to be sent back, a ministry spokeswoman said. His application will be decided by the federal office for refugees in Zirndorf.
A Düsseldorf machine-tool dealer, Hans-Dieter Brand, who had done business with Kučera for three years, told this newspaper he had driven the attaché to Neuss at his request. "He rang me from a telephone box and said, 'Hans, I need a lift and I cannot explain,'" Brand recalled. "I did not ask questions until we were on the autobahn."
The embassy in Bonn declined to comment. Prague radio, in a short item on Thursday night, said an employee of the foreign trade ministry had "failed to fulfil his obligations abroad" and would be "dealt with according to the law".
Kučera's wife and two daughters are believed to be in Brno.
""", {
 "countries": ["CSK", "DEU"],
 "persons": [
  {"name": "Jaroslav Kučera", "aliases": ["Kučera"], "nationality": "CSK"},
  {"name": "Hans-Dieter Brand", "aliases": ["Brand", "Hans"]}],
 "not_persons": [],
 "embassies": [
  {"sending": "CSK", "host": "DEU", "city": "Bonn"},
  {"sending": "CSK", "host": "DEU", "city": "Düsseldorf"}],
 "defections": [
  {"defector": "Jaroslav Kučera", "from": "CSK", "to": "DEU", "post_host": "DEU", "date": "1986-03-11", "position": "deputy head of the commercial section (trade attaché)"}],
 "agreements": []})

add("reg-003", "Burundian embassy driver registers as refugee in Nairobi", "2016-04-12", "Kenyan daily, Nairobi regional pages", """
A driver who for four years ferried diplomats around Nairobi for the Embassy of the Republic of Burundi has registered as an asylum seeker in Kenya, saying he fears arrest if he goes home.
Claver Ndayishimiye, 36, told the Nation he had been ordered back to Bujumbura in early March after a colleague reported him for "speaking badly" of the government in a Kilimani bar. Instead of boarding the bus to the border, he went to the Department of Refugee Affairs in Nairobi, where he was issued with an asylum-seeker pass.
"I drove the ambassador, I drove the first counsellor, I drove their children to school," he said. "I am not a politician. But in Burundi today, a driver can disappear as easily as a minister."
Unlike many of the embassy's support staff, who are Kenyans hired locally, Ndayishimiye is a Burundian citizen who came to Nairobi with the mission in 2012. He holds a service passport, which he says the embassy has demanded he surrender.
An official at the embassy on Ngong Road, who would give only his first name, Désiré, said Ndayishimiye had been "dismissed for indiscipline" and that his claims were "fabrications designed to obtain papers".
Kenya hosts more than 30,000 Burundians who have fled since political violence erupted in their country last year, according to the UN refugee agency. Most live in camps; few, says the agency, arrive carrying a diplomatic employer's car keys.
""", {
 "countries": ["BDI", "KEN"],
 "persons": [
  {"name": "Claver Ndayishimiye", "aliases": ["Ndayishimiye"], "nationality": "BDI"},
  {"name": "Désiré", "aliases": []}],
 "not_persons": ["Nation"],
 "embassies": [
  {"sending": "BDI", "host": "KEN", "city": "Nairobi"}],
 "defections": [
  {"defector": "Claver Ndayishimiye", "from": "BDI", "to": "KEN", "post_host": "KEN", "date": "2016-03", "position": "embassy driver"}],
 "agreements": []})

add("reg-004", "Belarusian diplomat at UN mission in Geneva refuses recall", "2021-09-03", "Geneva daily (translated from French)", """
GENEVA — A counsellor at the Permanent Mission of the Republic of Belarus to the United Nations Office in Geneva has refused an order to return to Minsk and has asked the Swiss authorities for protection, according to people close to him and an opposition group in exile.
Aliaksandr Hrynkevich, who has represented Belarus at the Human Rights Council and in talks at the International Labour Organization since 2018, received his recall letter in late August, shortly after he declined to sign a collective statement by mission staff denouncing "foreign interference". He left his flat in the Pâquis district the same week.
The State Secretariat for Migration in Bern said it did not comment on individual cases. The Belarusian mission, reached by telephone on Thursday, said only that Mr Hrynkevich "no longer works here".
In Vilnius, an aide to the exiled opposition leader Sviatlana Tsikhanouskaya said the diplomat had been in contact with her office "for some weeks". "He is one of several officials abroad who have chosen their conscience over their careers," the aide, Franak Viačorka, wrote on social media.
Hrynkevich's case is the first known defection from a Belarusian mission in Switzerland. Ambassadors in Slovakia and Spain broke publicly with Minsk last year, though both were swiftly dismissed.
Friends describe the 44-year-old as a careful, bookish lawyer who spent his weekends hiking in the Jura. "He never raised his voice," said one former colleague at another mission. "That is why it surprised everyone."
""", {
 "countries": ["BLR", "CHE", "SVK", "ESP"],
 "persons": [
  {"name": "Aliaksandr Hrynkevich", "aliases": ["Hrynkevich"], "nationality": "BLR"},
  {"name": "Sviatlana Tsikhanouskaya", "aliases": [], "nationality": "BLR"},
  {"name": "Franak Viačorka", "aliases": []}],
 "not_persons": ["Human Rights Council", "International Labour Organization"],
 "embassies": [
  {"sending": "BLR", "host": "CHE", "city": "Geneva"},
  {"sending": "BLR", "host": "SVK"},
  {"sending": "BLR", "host": "ESP"}],
 "defections": [
  {"defector": "Aliaksandr Hrynkevich", "from": "BLR", "to": "CHE", "post_host": "CHE", "date": "2021-08", "position": "counsellor, Permanent Mission to the UN in Geneva"}],
 "agreements": []})

add("reg-005", "Student from Mozambique crosses over, asks to stay", "1987-06-19", "West Berlin local newspaper (translated from German)", """
A 23-year-old engineering student from Mozambique who had been studying in Leipzig on a scholarship from his government has asked West German authorities for asylum after crossing into West Berlin at Friedrichstraße, the Senate's interior department said.
Armando Mucavele arrived in the German Democratic Republic in 1984 under an agreement between Maputo and East Berlin that sends several hundred young Mozambicans each year to East German universities and factories. He was in his third year of mechanical engineering at the Karl Marx University.
He crossed last month, carrying a single suitcase and, he says, his lecture notes. Foreign students in the East are able to visit the western half of the city with relative ease, but are expected to return the same day.
"My scholarship was for the people of Mozambique, and I am sorry for that," Mucavele told a reporter at the reception centre in Marienfelde, where he is staying with about 300 other applicants. "But they told us we would go home to be commissars, not engineers."
He declined to describe the circumstances of his departure in detail, saying he feared for fellow students still in Leipzig.
The East German news agency ADN has not reported the case. A spokesman for the Mozambican embassy in East Berlin could not be reached.
""", {
 "countries": ["MOZ", "DDR", "DEU"],
 "persons": [
  {"name": "Armando Mucavele", "aliases": ["Mucavele"], "nationality": "MOZ"}],
 "not_persons": ["Karl Marx University", "ADN"],
 "embassies": [
  {"sending": "MOZ", "host": "DDR", "city": "East Berlin"}],
 "defections": [
  {"defector": "Armando Mucavele", "from": "MOZ", "to": "DEU", "post_host": None, "date": "1987-05", "position": "state scholarship student"}],
 "agreements": [
  {"name": "Mozambique–GDR student and worker exchange agreement", "aliases": [], "parties": ["MOZ", "DDR"], "date": None, "status": "in_force"}]})

add("reg-006", "Two Cuban athletes leave team in San Salvador", "2023-07-05", "Central American wire, regional desk", """
SAN SALVADOR, July 5 — Two members of Cuba's delegation to the Central American and Caribbean Games have abandoned their team, Cuban sports officials confirmed on Wednesday, in the latest of a long series of departures from the island's squads at regional competitions.
Greco-Roman wrestler Yasmany Ortega Reyes, 22, was last seen leaving the athletes' village on Sunday, hours after he was eliminated in the 87-kilogram quarter-finals. Softball pitcher Dayron Almeida Quiala, 27, did not appear for a team meeting on Monday morning.
In a statement published in the sports weekly Jit, the vice-president of the Cuban Olympic Committee, Mario Alarcón Fuentes, accused "those who profit from the theft of talent" of luring the pair away and said they had "betrayed the trust of the Cuban people".
El Salvador's directorate of migration said neither man had applied for any form of protection in the country and that their visas, issued for the Games, remained valid until the end of the month. Their whereabouts were not known.
Cuba has lost dozens of athletes at international events in recent years. At the Pan American Games in Santiago de Chile in 2023... 
""".replace("At the Pan American Games in Santiago de Chile in 2023... \n", "Relatives in Pinar del Río told a radio station in Miami that Ortega had spoken of joining an uncle in the United States, but had not called home since Saturday.\n"), {
 "countries": ["CUB", "SLV", "USA"],
 "persons": [
  {"name": "Yasmany Ortega Reyes", "aliases": ["Ortega"], "nationality": "CUB"},
  {"name": "Dayron Almeida Quiala", "aliases": [], "nationality": "CUB"},
  {"name": "Mario Alarcón Fuentes", "aliases": [], "nationality": "CUB"}],
 "not_persons": ["Jit"],
 "embassies": [],
 "defections": [
  {"defector": "Yasmany Ortega Reyes", "from": "CUB", "to": None, "post_host": None, "date": "2023-07-02", "position": "Greco-Roman wrestler"},
  {"defector": "Dayron Almeida Quiala", "from": "CUB", "to": None, "post_host": None, "date": "2023-07-03", "position": "softball pitcher"}],
 "agreements": []})

add("reg-007", "Mombasa and Duqm become 'sister ports' under Kenya–Oman deal", "2022-11-18", "Coast regional weekly, Mombasa", """
Mombasa's dockworkers may soon be swapping shifts with counterparts on the Arabian Sea after Kenya and Oman signed a sister-port memorandum linking the Port of Mombasa with Oman's Port of Duqm.
The memorandum was signed in Muscat on Tuesday by the Cabinet Secretary for Roads, Transport and Public Works, Eng. Peter Mwangi Kariuki, and Oman's Minister of Transport, Communications and Information Technology, Sheikh Hamad bin Sultan al-Harthi, in the presence of officials from both port authorities.
Under the deal, the two governments commit to training exchanges for crane operators and pilots, shared data on vessel traffic and a joint study on a direct feeder service for dhow-borne and containerised cargo. It does not involve any transfer of port ownership, Kariuki stressed in a statement, responding to critics who recalled last year's row over a Chinese loan for the standard gauge railway.
"For the young men of Likoni and Changamwe this is about skills," said Mwanajuma Said Athman, chairperson of the Dock Workers' Union branch at Kilindini. "If a boy from Mombasa can learn to run a gantry crane in Duqm and come home, good. We will watch to see that it is not just paper."
Oman and the Kenyan coast share centuries of history; Mombasa's Old Town still bears the marks of Omani rule, and Fort Jesus, which changed hands many times, was for decades held by Omani governors. Al-Harthi alluded to that past in his remarks, calling the memorandum "a renewal of a very old friendship".
The Kenya Ports Authority's acting managing director, Capt. William Ruto Kipkemboi, said the first exchange group of 20 technicians could travel in the first quarter of next year.
""", {
 "countries": ["KEN", "OMN", "CHN"],
 "persons": [
  {"name": "Peter Mwangi Kariuki", "aliases": ["Kariuki"], "nationality": "KEN"},
  {"name": "Hamad bin Sultan al-Harthi", "aliases": ["Al-Harthi"], "nationality": "OMN"},
  {"name": "Mwanajuma Said Athman", "aliases": []},
  {"name": "William Ruto Kipkemboi", "aliases": []}],
 "not_persons": ["Fort Jesus", "Dock Workers' Union"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Kenya–Oman sister-port memorandum", "aliases": ["sister-port memorandum", "memorandum"], "parties": ["KEN", "OMN"], "date": "2022-11-15", "status": "signed"}]})

add("reg-008", "Desaguadero traders hope new accord ends hours-long queues", "2015-06-26", "Regional daily, Puno (translated from Spanish)", """
DESAGUADERO — For Flora Mamani Quispe, who has sold woollen blankets from a stall at the foot of the international bridge for 22 years, the paperwork signed this week on an island in Lake Titicaca comes down to one question: will the lorries move faster?
At the binational cabinet meeting held on Isla Esteves on Tuesday, ministers of Peru and Bolivia signed an accord on integrated border control at the Desaguadero crossing, under which customs, migration and health inspections by both countries will be carried out in a single building rather than twice, once on each bank of the river.
The two presidents also signed the Declaration of Isla Esteves, a 70-point document covering everything from the cleanup of the lake to the Bolivian use of the port of Ilo.
"Today a truck can wait six, eight hours, and the driver spends his money on our side or on theirs, it depends on the queue," Mamani said. "If they pass in one hour, maybe we sell less soup, but the town grows."
The mayor of Desaguadero district, Javier Condori Apaza, said the border-control building, promised since 2008, still had no date for completion. "We have had many declarations here," he said. "The lake is full of them."
Bolivia's vice-minister of foreign trade, Clarems Endara Vera, told reporters in La Paz that the accord would be applied "within months" on the Bolivian side of the town, which shares its name and its market with its Peruvian twin.
""", {
 "countries": ["PER", "BOL"],
 "persons": [
  {"name": "Flora Mamani Quispe", "aliases": ["Mamani"]},
  {"name": "Javier Condori Apaza", "aliases": []},
  {"name": "Clarems Endara Vera", "aliases": [], "nationality": "BOL"}],
 "not_persons": ["Isla Esteves"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Accord on integrated border control at Desaguadero", "aliases": [], "parties": ["PER", "BOL"], "date": "2015-06-23", "status": "signed"},
  {"name": "Declaration of Isla Esteves", "aliases": [], "parties": ["PER", "BOL"], "date": "2015-06-23", "status": "signed"}]})

add("reg-009", "As Ganges treaty's final year begins, Rajshahi farmers watch the river", "2026-03-10", "Bangladeshi regional daily, Rajshahi", """
RAJSHAHI — The Padma at Godagari is, in the words of farmer Abdul Malek, "a field with a river painted on it". In the dry months the main channel shrinks to a strip a child could wade across, and sandbanks stretch to the horizon.
The Ganges Water Sharing Treaty, signed by Bangladesh and India in New Delhi in December 1996, fixes how the river's lean-season flow at the Farakka Barrage is divided between the two countries in ten-day blocks from January to May. Concluded for thirty years, the treaty remains in force until December of this year.
What follows is uncertain. Officials of the Joint Rivers Commission met in Kolkata in January, but neither Dhaka nor New Delhi has said publicly whether a renewal, a new agreement or a simple extension is on the table.
"The treaty gave us a formula, and the formula is better than nothing," said Dr Sharmin Akhter Lipi, professor of water resources engineering at Rajshahi University. "But the formula assumes there is water to share. In several years since 2000 the flow at Farakka in April has fallen below even the guaranteed minimum."
Malek, 61, remembers the years after the barrage was commissioned in 1975, before any treaty existed, when his father's irrigation pump stood idle for whole seasons. "We were told then that the big men in Delhi and Dhaka would fix it. Twenty years later they signed. Now I am told again."
The district's agriculture office says boro rice acreage in Godagari has fallen by nearly a fifth over the past decade as farmers switch to wheat and lentils, which need less water.
""", {
 "countries": ["BGD", "IND"],
 "persons": [
  {"name": "Abdul Malek", "aliases": ["Malek"]},
  {"name": "Sharmin Akhter Lipi", "aliases": []}],
 "not_persons": ["Joint Rivers Commission", "Farakka Barrage"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Ganges Water Sharing Treaty", "aliases": ["treaty"], "parties": ["BGD", "IND"], "date": "1996-12", "status": "in_force"}]})
