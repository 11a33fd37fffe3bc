A = []
def add(id, title, published, source, text, gold):
    A.append(dict(id=id, title=title, published=published, source=source, text=text.strip(), gold=gold))

add("late2-020", "Romanian diplomat defects in Bonn", "1988-03-15", "Wire report (dpa, English service)", """
BONN, March 15 (dpa) - An economic counsellor at the Romanian embassy in Bonn has asked for political asylum in the Federal Republic, the Interior Ministry said on Tuesday.
Constantin Vlădescu, 47, contacted West German authorities on Saturday and has since been housed at an undisclosed location, a ministry spokeswoman said. His wife and daughter, who were with him in Bonn, are also seeking asylum.
The spokeswoman gave no reason for the request. But a West German official familiar with the case said Vlădescu had been recalled to Bucharest at short notice and "had every reason to believe he would not be coming back to a desk job".
Romania under President Nicolae Ceauşescu has been hit by severe shortages of food and fuel, and several of its officials abroad are reported to have refused recall in recent years.
The most damaging case remains that of Ion Mihai Pacepa, the deputy head of Romanian foreign intelligence, who walked into the U.S. embassy in Bonn during an official trip in 1978 and was flown to the United States.
The Romanian embassy said Vlădescu had been dismissed for "grave breaches of financial discipline" and demanded that West Germany hand him over. Foreign Ministry officials in Bonn said there was no question of that.
""", {
 "countries": ["ROU", "DEU", "USA"],
 "persons": [
  {"name": "Constantin Vlădescu", "aliases": ["Vlădescu"], "nationality": "ROU"},
  {"name": "Nicolae Ceauşescu", "aliases": [], "nationality": "ROU"},
  {"name": "Ion Mihai Pacepa", "aliases": [], "nationality": "ROU"}
 ],
 "not_persons": ["dpa"],
 "embassies": [
  {"sending": "ROU", "host": "DEU", "city": "Bonn"},
  {"sending": "USA", "host": "DEU", "city": "Bonn"}
 ],
 "defections": [
  {"defector": "Constantin Vlădescu", "from": "ROU", "to": "DEU", "post_host": "DEU", "date": "1988-03-12", "position": "economic counsellor at the Romanian embassy in Bonn"},
  {"defector": "Ion Mihai Pacepa", "from": "ROU", "to": "USA", "post_host": None, "date": "1978", "position": "deputy head of Romanian foreign intelligence"}
 ],
 "agreements": []
})

add("late2-021", "Test ban treaty signed in the Kremlin", "1963-08-06", "Broadsheet (front page)", """
From Our Own Correspondent, Moscow, August 5
The treaty banning nuclear weapons tests in the atmosphere, in outer space and under water was signed here this afternoon in St. Catherine's Hall of the Kremlin by the Foreign Ministers of the Soviet Union, the United States and Britain.
Mr. Andrei Gromyko, Mr. Dean Rusk and Lord Home put their names to the document at a long green baize table while Mr. Khrushchev looked on, smiling broadly, and the Secretary-General of the United Nations, U Thant, watched from the front row of guests.
The ceremony took barely twenty minutes. Afterwards Mr. Khrushchev proposed a toast "to the first step", and the three Ministers exchanged the gold pens with which they had signed.
The treaty leaves underground tests untouched and contains no provision for inspection, which is why its authors have been careful to call it a beginning rather than an end. It will come into force once the three Governments have ratified it, and it will then be open to signature by all other states.
Two nuclear Powers are conspicuously absent. France, which is pursuing its own weapons programme in the Sahara, has said it will not sign, and the Chinese Government has denounced the agreement as "a big fraud to fool the people of the world".
In Washington, President Kennedy is expected to send the treaty to the Senate within days. Administration officials say they are confident of the two-thirds majority required.
""", {
 "countries": ["SUN", "USA", "GBR", "FRA", "CHN"],
 "persons": [
  {"name": "Andrei Gromyko", "aliases": ["Mr. Andrei Gromyko"], "nationality": "SUN"},
  {"name": "Dean Rusk", "aliases": ["Mr. Dean Rusk"], "nationality": "USA"},
  {"name": "Lord Home", "aliases": [], "nationality": "GBR"},
  {"name": "Khrushchev", "aliases": ["Mr. Khrushchev"], "nationality": "SUN"},
  {"name": "U Thant", "aliases": []},
  {"name": "President Kennedy", "aliases": ["Kennedy"], "nationality": "USA"}
 ],
 "not_persons": ["St. Catherine's Hall"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "treaty banning nuclear weapons tests in the atmosphere, in outer space and under water", "aliases": ["test ban treaty"], "parties": ["SUN", "USA", "GBR"], "date": "1963-08-05", "status": "signed"}
 ]
})

add("late2-022", "STOP THE BOATS DEAL KICKS IN - BUT WILL IT WORK?", "2025-08-07", "Tabloid (politics page)", """
Keir Starmer's "one in, one out" migrant swap with France came into force yesterday - with ministers vowing the first small boat arrivals will be sent back across the Channel within weeks.
Under the pilot scheme, migrants who cross illegally can be detained and returned to France. In exchange, Britain will accept an equal number of asylum seekers from France who have a genuine link to the UK and apply through a new legal route.
The treaty was thrashed out by the PM and French President Emmanuel Macron during Macron's state visit last month, and was rubber-stamped by both governments this week.
Home Secretary Yvette Cooper said: "This is the first time in years we have had a returns arrangement with France. Anyone thinking of paying a smuggler should know they risk being sent straight back."
But critics were quick to pour cold water on it. Tory sources pointed out that the numbers involved - reported to be around 50 a week at first - are a fraction of those crossing. More than 25,000 people have already made the journey this year.
Labour scrapped the last government's Rwanda deportation deal within days of taking office last summer, branding it an expensive gimmick. Now Ms Cooper faces questions of her own.
One Channel boat skipper-turned-informant told us: "The gangs will just say it's a lottery. Most people will still get through."
French officials insist the scheme will be reviewed next June.
""", {
 "countries": ["GBR", "FRA", "RWA"],
 "persons": [
  {"name": "Keir Starmer", "aliases": [], "nationality": "GBR"},
  {"name": "Emmanuel Macron", "aliases": ["Macron"], "nationality": "FRA"},
  {"name": "Yvette Cooper", "aliases": ["Ms Cooper"], "nationality": "GBR"}
 ],
 "not_persons": [],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "one in, one out", "aliases": ["migrant swap", "returns arrangement", "pilot scheme"], "parties": ["GBR", "FRA"], "date": "2025-07", "status": "in_force"},
  {"name": "Rwanda deportation deal", "aliases": [], "parties": ["GBR", "RWA"], "date": None, "status": "terminated"}
 ]
})

add("late2-023", "The long way out of Vladivostok", "2024-02-20", "Magazine (Asia)", """
By Park Min-ji
Kim Chol-jun spent six years selling North Korean seafood, timber and labour to Russian buyers from a cramped office in Vladivostok, one of a few dozen trade officials who answered, formally, to the North Korean consulate-general in the city and, informally, to the state security ministry in Pyongyang.
Last summer he stopped answering to either.
His account, given over three long afternoons in a Seoul café and corroborated in its essentials by South Korean officials, begins with a quota he could not meet. Every trade official, he says, was expected to remit a fixed sum in foreign currency each quarter; after the pandemic closed the border, the quota stayed the same while the business vanished. "When you cannot pay, they call you home to explain. Nobody wants to go home to explain."
Kim - whose name is sometimes spelled Kim Cheol-jun in South Korean documents - left the city on a bus with a small bag, crossed into China and spent nearly four months moving south through a network of safe houses before reaching a third country, where he presented himself to South Korean diplomats. He arrived in Seoul in November.
He credits his survival partly to Seo Jae-won, a pastor whose church-based network has helped hundreds of North Koreans on the same route. Seo, who declines to discuss methods, says only that "the price of a broker has tripled since Covid."
Kim's route out was long, but his profile is increasingly typical. The defectors reaching the South in recent years are fewer in number but more often members of the elite - diplomats, trade officials, the children of cadres - whose postings abroad give them a chance their compatriots at home do not have. The best known remains Thae Yong-ho, the deputy ambassador in London who defected in 2016 and went on to win a seat in South Korea's National Assembly.
Kim does not expect to be famous. He works in a logistics firm in Incheon and has started learning to drive. "In Vladivostok I had a driver," he says, laughing. "Here I have a bus card. It is better."
""", {
 "countries": ["PRK", "RUS", "KOR", "CHN", "GBR"],
 "persons": [
  {"name": "Park Min-ji", "aliases": []},
  {"name": "Kim Chol-jun", "aliases": ["Kim", "Kim Cheol-jun"], "nationality": "PRK"},
  {"name": "Seo Jae-won", "aliases": ["Seo"]},
  {"name": "Thae Yong-ho", "aliases": [], "nationality": "PRK"}
 ],
 "not_persons": ["National Assembly"],
 "embassies": [
  {"sending": "PRK", "host": "RUS", "city": "Vladivostok"},
  {"sending": "PRK", "host": "GBR", "city": "London"}
 ],
 "defections": [
  {"defector": "Kim Chol-jun", "from": "PRK", "to": "KOR", "post_host": "RUS", "date": "2023", "position": "trade official under the North Korean consulate-general in Vladivostok"},
  {"defector": "Thae Yong-ho", "from": "PRK", "to": "KOR", "post_host": "GBR", "date": "2016", "position": "deputy ambassador in London"}
 ],
 "agreements": []
})

add("late2-024", "Dutch envoy tours Murang'a avocado farms", "2025-03-11", "Regional newspaper (Central Kenya)", """
Avocado farmers in Kandara sub-county were given a rare audience with a European diplomat on Saturday, when the Netherlands ambassador to Kenya, Maarten Brouwer, spent a day touring smallholdings and a packhouse outside the town.
Mr Brouwer, who is based in Nairobi, said the Netherlands was already the largest destination for Kenyan avocados in Europe, and that Dutch buyers wanted more fruit - provided it met strict standards on pesticide residues and traceability.
"The demand is there. The question is whether the farmer in Kandara gets a fair share of the price," he said, standing among rows of Hass trees at the farm of Mary Wanjiru Gitau, who supplies a cooperative of 400 growers.
Mrs Gitau told the ambassador that many farmers still sold to brokers at the farm gate for as little as Sh8 a fruit. "We need cold rooms, not speeches," she said, to laughter from the crowd.
Governor Joseph Mwangi Kariuki said the county would set aside land near Kenol for an aggregation centre, and asked the embassy to help link cooperatives directly with importers.
Mr Brouwer promised to send a team from the embassy's agricultural section next month.
""", {
 "countries": ["NLD", "KEN"],
 "persons": [
  {"name": "Maarten Brouwer", "aliases": ["Mr Brouwer"], "nationality": "NLD"},
  {"name": "Mary Wanjiru Gitau", "aliases": ["Mrs Gitau"]},
  {"name": "Joseph Mwangi Kariuki", "aliases": []}
 ],
 "not_persons": ["Hass"],
 "embassies": [{"sending": "NLD", "host": "KEN", "city": "Nairobi"}],
 "defections": [],
 "agreements": []
})

add("late2-025", "Japan and Philippines sign troop access pact", "2024-07-08", "Broadcaster website (Asia-Pacific)", """
Japan and the Philippines have signed a defence pact allowing each country to deploy troops on the other's soil for joint exercises, as both nations seek to counter China's growing assertiveness in the region.
The Reciprocal Access Agreement was signed in Manila on Monday by Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara, and their Philippine counterparts Enrique Manalo and Gilberto Teodoro. President Ferdinand Marcos Jr witnessed the ceremony.
The deal must still be ratified by Japan's parliament, the Diet, and by the Philippine Senate before it comes into force.
It sets out the legal status of visiting forces, including which country's courts have jurisdiction over crimes committed by troops, and is expected to make large-scale drills easier to organise.
Tokyo has signed similar agreements with Australia and the United Kingdom in recent years, but this is its first with an Asian country.
"This is a landmark," Ms Kamikawa told reporters. Mr Teodoro said it showed that the Philippines "is not alone" in its disputes in the South China Sea, where Philippine vessels have repeatedly clashed with the Chinese coast guard.
Beijing has not yet commented. Chinese officials have previously warned against what they call the formation of "exclusive blocs" in Asia.
""", {
 "countries": ["JPN", "PHL", "CHN", "AUS", "GBR"],
 "persons": [
  {"name": "Yoko Kamikawa", "aliases": ["Ms Kamikawa"], "nationality": "JPN"},
  {"name": "Minoru Kihara", "aliases": [], "nationality": "JPN"},
  {"name": "Enrique Manalo", "aliases": [], "nationality": "PHL"},
  {"name": "Gilberto Teodoro", "aliases": ["Mr Teodoro"], "nationality": "PHL"},
  {"name": "Ferdinand Marcos Jr", "aliases": [], "nationality": "PHL"}
 ],
 "not_persons": ["Diet"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Reciprocal Access Agreement", "aliases": ["troop access pact"], "parties": ["JPN", "PHL"], "date": "2024-07-08", "status": "signed"},
  {"name": "Japan-Australia access agreement", "aliases": [], "parties": ["JPN", "AUS"], "date": None, "status": "signed"},
  {"name": "Japan-United Kingdom access agreement", "aliases": [], "parties": ["JPN", "GBR"], "date": None, "status": "signed"}
 ]
})

add("late2-026", "Hungarian envoy's aide refuses to go home", "1958-06-24", "Wire report (AP)", """
WASHINGTON, June 24 (AP) - A third secretary of the Hungarian Legation here has refused orders to return to Budapest and has asked for asylum in the United States, the State Department said today.
Gábor Bartha-Kovács, 35, left the legation building on Friday and did not return, a department spokesman said. He got in touch with American authorities over the weekend through a Hungarian refugee organization in New York.
The spokesman said the diplomat "will be permitted to remain in the United States" and was being given the protection normally extended in such cases.
In a statement released through his attorney, Bartha-Kovács said he had decided to break with the Budapest government after last week's announcement that former Premier Imre Nagy had been executed. "I cannot serve men who murder a prisoner in secret and announce it as a court verdict," the statement said.
Nagy, who led the short-lived revolutionary government in the autumn of 1956, was taken into custody after Soviet forces crushed the uprising. His execution has been condemned throughout the Western world.
The Hungarian Legation had no comment.
Bartha-Kovács is the second Hungarian official in Washington to seek asylum since the revolution.
""", {
 "countries": ["HUN", "USA", "SUN"],
 "persons": [
  {"name": "Gábor Bartha-Kovács", "aliases": ["Bartha-Kovács"], "nationality": "HUN"},
  {"name": "Imre Nagy", "aliases": ["Nagy"], "nationality": "HUN"}
 ],
 "not_persons": ["AP"],
 "embassies": [{"sending": "HUN", "host": "USA", "city": "Washington"}],
 "defections": [
  {"defector": "Gábor Bartha-Kovács", "from": "HUN", "to": "USA", "post_host": "USA", "date": "1958-06-20", "position": "third secretary of the Hungarian Legation"}
 ],
 "agreements": []
})

add("late2-027", "Iranian consul in Oslo resigns and seeks asylum in Norway", "2010-01-08", "Broadsheet (international)", """
A senior Iranian diplomat in Norway has resigned in protest at the crackdown on opposition demonstrators at home and asked the Norwegian authorities for asylum, in one of the first such defections since last summer's disputed presidential election.
Farhad Karimi-Nejad, who served as consul at the Iranian embassy in Oslo and was responsible for visas and the affairs of Iranians living in Norway, told a Norwegian television channel that he had handed in his resignation on New Year's Day.
"I could not issue one more passport in the name of a government that shoots its own people in the street," he said, referring to the violence during the Ashura protests in Tehran last month, when at least eight people were killed.
Norway's Directorate of Immigration confirmed that an application had been received but, as is customary, declined to discuss its substance. Officials in Oslo are expected to look favourably on it.
The Iranian embassy said in a statement that Mr Karimi-Nejad had been "relieved of his duties for administrative reasons" before his resignation, and dismissed his comments as "a performance for the Western media".
Since President Mahmoud Ahmadinejad was declared winner of the June vote, several Iranian diplomats abroad are reported to have quietly left their posts, but few have done so in public. Mr Karimi-Nejad said he expected others to follow. "Many people in the service feel as I do," he said. "They have families in Iran. That is why they are silent."
""", {
 "countries": ["IRN", "NOR"],
 "persons": [
  {"name": "Farhad Karimi-Nejad", "aliases": ["Mr Karimi-Nejad"], "nationality": "IRN"},
  {"name": "Mahmoud Ahmadinejad", "aliases": [], "nationality": "IRN"}
 ],
 "not_persons": ["Ashura", "Directorate of Immigration"],
 "embassies": [{"sending": "IRN", "host": "NOR", "city": "Oslo"}],
 "defections": [
  {"defector": "Farhad Karimi-Nejad", "from": "IRN", "to": "NOR", "post_host": "NOR", "date": "2010-01-01", "position": "consul at the Iranian embassy in Oslo"}
 ],
 "agreements": []
})

add("late2-028", "Simla at fifty: the agreement both sides quote and neither fulfils", "2022-07-02", "Magazine (South Asia)", """
Fifty years ago today, in the hill station that had once been the summer capital of the Raj, Indira Gandhi and Zulfikar Ali Bhutto put their names to a two-page document that still shapes relations between India and Pakistan.
The Simla Agreement was signed in the dying hours of 2 July 1972, after five days of talks that had come close to collapse more than once. Bhutto's daughter Benazir, then 19, later recalled that the Pakistani delegation had packed its bags expecting to leave empty-handed. A final private conversation between the two leaders rescued the deal.
Its terms look modest today. India agreed to return the territory it had captured in the west during the war of December 1971, which had ended with the creation of Bangladesh. The two countries pledged to settle their differences "by peaceful means through bilateral negotiations" and converted the ceasefire line in Kashmir into a Line of Control that neither side would alter unilaterally.
That word "bilateral" became the agreement's enduring legacy. New Delhi has cited it ever since to rebuff any outside mediation on Kashmir; Islamabad has periodically argued that India's own conduct has hollowed it out, and Pakistani politicians have more than once threatened to walk away from it. Yet the agreement has never been formally renounced, and both governments still invoke it.
It was not the first attempt. Six years earlier, after the 1965 war, the Soviet premier Alexei Kosygin had brokered the Tashkent Declaration between the same two neighbours, in which India's Lal Bahadur Shastri and Pakistan's Ayub Khan agreed to withdraw their forces to pre-war positions. Shastri died of a heart attack in Tashkent hours after signing it.
Simla has lasted rather longer. Whether it still means anything is a question historians on both sides of the border have learned to answer carefully.
""", {
 "countries": ["IND", "PAK", "BGD", "SUN"],
 "persons": [
  {"name": "Indira Gandhi", "aliases": [], "nationality": "IND"},
  {"name": "Zulfikar Ali Bhutto", "aliases": ["Bhutto"], "nationality": "PAK"},
  {"name": "Benazir", "aliases": []},
  {"name": "Alexei Kosygin", "aliases": [], "nationality": "SUN"},
  {"name": "Lal Bahadur Shastri", "aliases": ["Shastri"], "nationality": "IND"},
  {"name": "Ayub Khan", "aliases": [], "nationality": "PAK"}
 ],
 "not_persons": ["Line of Control", "Raj"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Simla Agreement", "aliases": ["Simla"], "parties": ["IND", "PAK"], "date": "1972-07-02", "status": "in_force"},
  {"name": "Tashkent Declaration", "aliases": [], "parties": ["IND", "PAK"], "date": "1966", "status": "signed"}
 ]
})

add("late2-029", "Retired Mountie recalls years watching the Soviet embassy", "2021-11-05", "Regional newspaper (Eastern Ontario)", """
For most of the 1970s, Gerry Lachapelle's working day began with a thermos of coffee and a view of the front gate of the Soviet embassy on Charlotte Street in Ottawa.
Now 84 and living in a seniors' residence in Cornwall, the retired RCMP corporal will speak next Thursday at the Legion hall about what he calls "the most boring interesting job in Canada".
"People think it was James Bond," he said this week. "It was mostly writing down licence plates and watching the same cleaners come and go. You'd get excited if someone new showed up."
Lachapelle was part of the security detail around the embassy during some of the chilliest years of the Cold War, including the winter of 1978, when Ottawa expelled more than a dozen Soviet officials accused of trying to recruit a Mountie.
"We knew things were happening, but we weren't told much. One morning there were a lot more cars than usual, and a week later they were gone."
Asked whether anyone ever came over the fence to ask for help, he laughed. "Not on my shift. I used to hope someone would, just for something to write in the book."
The talk begins at 7 p.m. Admission is by donation to the Legion's poppy fund.
""", {
 "countries": ["SUN", "CAN"],
 "persons": [
  {"name": "Gerry Lachapelle", "aliases": ["Lachapelle"], "nationality": "CAN"}
 ],
 "not_persons": ["James Bond", "RCMP", "Legion"],
 "embassies": [{"sending": "SUN", "host": "CAN", "city": "Ottawa"}],
 "defections": [],
 "agreements": []
})
