ARTICLES = [
dict(id="hist-010", title="Crowds Gather at Czechoslovak Embassy as Staff Wait for Word From Prague", published="1968-08-23",
source="Newspaper, London", text="""Several hundred people stood in silence outside the Czechoslovak Embassy in Kensington yesterday, many holding handwritten placards, as diplomats inside tried to make sense of the occupation of their country by Soviet and other Warsaw Pact forces.
The ambassador, Dr. Miroslav Hájek, appeared briefly on the steps in the afternoon. "We remain the representatives of the legal government of the Czechoslovak Socialist Republic," he said, "and we recognise no other." He did not take questions.
Rumours swept the crowd that members of the staff intended to ask for asylum in Britain. An embassy official later denied this, telling reporters that none of the staff had asked to stay and that all were "at their posts."
The Foreign Office said that any Czechoslovak citizen in Britain who did not wish to return home would be treated "sympathetically", but that no applications had been received from diplomats.
Outside the Soviet Embassy in Kensington Palace Gardens, about a mile away, police held back demonstrators who chanted "Russians go home." Three arrests were made.
Among the crowd at the Czechoslovak mission was Zdenka Horáková, a student from Brno who had arrived in London on holiday a week ago. "My mother telephoned this morning from home and said the tanks were in the square," she said. "I do not know yet what I will do." """,
gold={"countries": ["CSK", "SUN", "GBR"],
 "persons": [{"name": "Miroslav Hájek", "aliases": [], "nationality": "CSK"},
             {"name": "Zdenka Horáková", "aliases": [], "nationality": "CSK"}],
 "not_persons": ["Kensington Palace Gardens"],
 "embassies": [{"sending": "CSK", "host": "GBR", "city": None}, {"sending": "SUN", "host": "GBR", "city": None}],
 "defections": [],
 "agreements": []}),

dict(id="hist-011", title="Britain Expels 25 Russians After K.G.B. Chief in London Defects", published="1985-09-13",
source="Wire report", text="""LONDON, Sept. 12 — Britain today ordered 25 Soviet diplomats, journalists and trade officials to leave the country, after disclosing that the man who had been designated to head the K.G.B. station in London had been working for British intelligence for years and had fled to the West.
The Foreign Office named him as Col. Anatoly Rudnev, 46, who served at the Soviet Embassy here as a counselor from 1982 until May, when he was abruptly recalled to Moscow.
Government officials, speaking on condition that they not be identified, said that Colonel Rudnev came under suspicion in Moscow and was interrogated, but was not arrested. In July, they said, he slipped away from surveillance and crossed into Finland; from there he was brought to Britain, where he has since been questioned.
Foreign Secretary Sir Geoffrey Howe told reporters that the 25 expelled officials had been identified by the colonel as intelligence officers. "We are not prepared to tolerate such activities," he said.
The Soviet Embassy said the expulsions were "a hostile act" and warned of a response. Moscow retaliated in 1971, after a similar expulsion of 105 Soviet officials, by barring a number of British diplomats.
Colonel Rudnev's wife and two daughters are believed to be in Moscow. British officials said they hoped the Soviet authorities would allow them to leave.""",
gold={"countries": ["GBR", "SUN", "FIN"],
 "persons": [{"name": "Anatoly Rudnev", "aliases": ["Colonel Rudnev"], "nationality": "SUN"},
             {"name": "Geoffrey Howe", "aliases": [], "nationality": "GBR"}],
 "not_persons": [],
 "embassies": [{"sending": "SUN", "host": "GBR", "city": "London"}],
 "defections": [{"defector": "Anatoly Rudnev", "from": "SUN", "to": "GBR", "post_host": None, "date": "1985-07", "position": "K.G.B. officer, counselor at the Soviet Embassy in London (designated station chief)"}],
 "agreements": []}),

dict(id="hist-012", title="Forty years after Osimo, a border treaty that outlived the state that signed it", published="2015-11-10",
source="Magazine, Trieste", text="""On 10 November 1975, in a villa in the small town of Osimo near Ancona, the foreign ministers of Italy and Yugoslavia put their names to a treaty that finally settled what thirty years of diplomacy had left open: the line between the two countries around Trieste.
The Treaty of Osimo confirmed the division of the former Free Territory of Trieste, with the city and Zone A going to Italy and Zone B to Yugoslavia. It was ratified by both parliaments and came into force in October 1977.
For Belgrade, then at the height of Tito's non-aligned diplomacy, the deal was a quiet triumph. For Rome it was a bitter pill, swallowed largely out of the fear — widespread in 1975 — that Yugoslavia might not survive its ageing marshal and that an unsettled border would invite Soviet meddling.
"People in Trieste felt betrayed," said Giulia Stefanutti, a historian at the University of Trieste. "The treaty was negotiated in secret, and the city learned the details almost at the last moment."
Today the Yugoslav federation is long gone; the line fixed at Osimo now separates Italy from Slovenia. But the treaty's text is still invoked, most recently in a dispute over fishing rights in the Gulf of Trieste.
A small exhibition of documents and photographs opens this week at the city's state archive.""",
gold={"countries": ["ITA", "YUG", "SUN", "SVN"],
 "persons": [{"name": "Tito", "aliases": [], "nationality": "YUG"},
             {"name": "Giulia Stefanutti", "aliases": [], "nationality": "ITA"}],
 "not_persons": [],
 "embassies": [],
 "defections": [],
 "agreements": [{"name": "Treaty of Osimo", "aliases": [], "parties": ["ITA", "YUG"], "date": "1975-11-10", "status": "in_force"}]}),

dict(id="hist-013", title="Soviet Seaman Jumps From Trawler, Asks to Stay in Canada", published="1967-07-18",
source="Canadian Press", text="""HALIFAX (CP) — A 24-year-old Soviet fisherman who leaped from the deck of a factory trawler and swam nearly half a mile to the Dartmouth shore on Sunday night has asked to remain in Canada, immigration officials said yesterday.
Janis Ozolins, a deckhand from Riga, was found shivering on the rocks near the naval dockyard by two teenagers walking a dog. They wrapped him in a jacket and called the police.
"He kept saying 'Canada, Canada, no Soviet,'" said 16-year-old Gary MacLeod, one of the boys. "We thought at first he was drunk."
Officials said Ozolins, who speaks some English, told them he was a Latvian and had wanted to leave the Soviet Union since his father was deported to Siberia in 1949. His ship, the Kapitan Voronin, was in port for repairs.
A representative of the Soviet Embassy in Ottawa arrived in Halifax yesterday and asked to see the seaman. The request was being considered, a spokesman for the Department of Manpower and Immigration said.
The trawler's master, through an interpreter, told reporters the young man was "sick in the head" and should be returned to the ship. The vessel is due to sail on Thursday.""",
gold={"countries": ["SUN", "CAN"],
 "persons": [{"name": "Janis Ozolins", "aliases": ["Ozolins"], "nationality": "SUN"},
             {"name": "Gary MacLeod", "aliases": []}],
 "not_persons": ["Kapitan Voronin"],
 "embassies": [{"sending": "SUN", "host": "CAN", "city": "Ottawa"}],
 "defections": [{"defector": "Janis Ozolins", "from": "SUN", "to": "CAN", "post_host": None, "date": "1967-07-16", "position": "deckhand on a Soviet factory trawler"}],
 "agreements": []}),

dict(id="hist-014", title="East Germans in Prague embassy told they can go west", published="1989-10-01",
source="Wire report", text="""PRAGUE — Thousands of East Germans who have been camping for weeks in the muddy garden of the West German embassy here erupted in cheers on Saturday night when Foreign Minister Hans-Dietrich Genscher told them from the balcony that they would be allowed to leave for the West.
Special trains were to carry them through East German territory to Bavaria, officials said, after talks with East Berlin and the Czechoslovak authorities on the sidelines of the United Nations General Assembly in New York.
Among those waiting was Uwe Kessler, a 31-year-old electrician from Dresden, who climbed the embassy's iron fence on September 19 with his wife and small son after leaving their car, keys still in the ignition, in a side street of the Malá Strana district. "We did not know if we would get out, or when," he said. "We only knew we could not go back."
Some 4,000 people were crowded into the Palais Lobkowicz, the embassy building, and its grounds, sleeping in tents and on staircases. Czechoslovak police had given up trying to stop people climbing over the back wall.
Genscher, who was born in Halle in what is now East Germany, was visibly moved. His announcement was drowned out by shouting before he could finish his sentence.
The East German news agency ADN said the departures were a "humanitarian act" and that those leaving had "excluded themselves from our society." """,
gold={"countries": ["DDR", "DEU", "CSK"],
 "persons": [{"name": "Hans-Dietrich Genscher", "aliases": ["Genscher"], "nationality": "DEU"},
             {"name": "Uwe Kessler", "aliases": [], "nationality": "DDR"}],
 "not_persons": ["Palais Lobkowicz", "Malá Strana", "ADN"],
 "embassies": [{"sending": "DEU", "host": "CSK", "city": "Prague"}],
 "defections": [{"defector": "Uwe Kessler", "from": "DDR", "to": "DEU", "post_host": None, "date": "1989-09-19", "position": "electrician"}],
 "agreements": []}),

dict(id="hist-015", title="Kohl and Gorbachev Sign Friendship Treaty a Year After Wall Opened", published="1990-11-10",
source="Newspaper, Frankfurt (English service)", text="""BONN — Chancellor Helmut Kohl and President Mikhail S. Gorbachev signed a 20-year treaty of good-neighbourliness, partnership and cooperation on Friday, pledging that Germany and the Soviet Union would never again take up arms against each other.
The signing, at the Palais Schaumburg, came exactly one year after the Berlin Wall was opened, and five weeks after German unification. Both leaders spoke of "a new chapter" in relations scarred by two world wars.
Under the treaty, the two governments undertake to hold regular consultations at the highest level and to refrain from the threat or use of force. Neither side will aid an aggressor against the other.
Gorbachev, who arrived in Bonn on Friday morning, also signed an accord on economic cooperation and a troop-stationing accord covering the Soviet soldiers still in eastern Germany, who are due to leave by the end of 1994. Bonn has agreed to pay several billion marks toward the cost of their withdrawal and rehousing.
"Our peoples have learned the hardest lessons of history," Gorbachev said. Kohl called the visit "a historic moment."
The treaty must still be ratified by the Bundestag and the Supreme Soviet.""",
gold={"countries": ["DEU", "SUN"],
 "persons": [{"name": "Helmut Kohl", "aliases": ["Kohl"], "nationality": "DEU"},
             {"name": "Mikhail S. Gorbachev", "aliases": ["Gorbachev"], "nationality": "SUN"}],
 "not_persons": ["Palais Schaumburg"],
 "embassies": [],
 "defections": [],
 "agreements": [{"name": "treaty of good-neighbourliness, partnership and cooperation", "aliases": [],
                 "parties": ["DEU", "SUN"], "date": "1990-11-09", "status": "signed"},
                {"name": "accord on economic cooperation", "aliases": [], "parties": ["DEU", "SUN"], "date": "1990-11-09", "status": "signed"},
                {"name": "troop-stationing accord", "aliases": [], "parties": ["DEU", "SUN"], "date": "1990-11-09", "status": "signed"}]}),

dict(id="hist-016", title="In Riga, the 'Corner House' keeps its cellars open", published="2023-06-14",
source="Travel and culture feature", text="""RIGA — The queue on Brīvības iela begins before ten in the morning. Visitors come to see the cellars of the Corner House, the grey Art Nouveau building on the corner with Stabu iela that served as the headquarters of the Soviet security police in Latvia for half a century.
Guides lead groups down to the narrow cells and the courtyard where, the museum says, executions were carried out. The building's letterbox, where residents of Soviet-era Riga were encouraged to drop denunciations of their neighbours, still hangs by the door.
"People walked on the other side of the street," said Inese Kalniņa, a guide whose grandmother was held here in 1951. "There was a joke that it was the tallest building in Riga, because from its basement you could see Siberia."
Latvia regained its independence in 1991, and the building stood empty for years before the museum opened in 2014. This week, which marks the anniversary of the mass deportations of June 1941, the museum has extended its opening hours.
Officials said they were still trying to raise money to restore the upper floors, which house the archive rooms. The Latvian government has contributed, and a private donor in Sweden has paid for new lighting.""",
gold={"countries": ["SUN", "LVA", "SWE"],
 "persons": [{"name": "Inese Kalniņa", "aliases": [], "nationality": "LVA"}],
 "not_persons": ["Corner House", "Brīvības iela", "Stabu iela"],
 "embassies": [],
 "defections": [],
 "agreements": []}),

dict(id="hist-017", title="Czech Physicist Asks Asylum in Austria During Atom Parley", published="1959-09-26",
source="Wire report", text="""VIENNA, Sept. 25 — A Czechoslovak nuclear physicist attending the general conference of the International Atomic Energy Agency here has asked the Austrian authorities for political asylum, the Interior Ministry announced today.
A ministry spokesman identified him as Dr. Karel Novotný, 38, a senior researcher at a Prague institute. He walked into a police station in the Leopoldstadt district on Thursday evening and said he did not wish to return home.
Dr. Novotný told the police that he hoped eventually to emigrate to the United States, where he has a brother, the spokesman said. For the present he is being housed at a government reception center outside the capital.
The Czechoslovak delegation to the conference issued no statement. A member of the delegation, reached at the Hotel Imperial, said Dr. Novotný had been "unwell" and that the delegation expected him to rejoin it.
Austria has received a steady stream of refugees from its Communist neighbors since the Hungarian uprising of 1956, and officials say each case of this kind is handled under the same procedures.""",
gold={"countries": ["CSK", "AUT", "USA"],
 "persons": [{"name": "Karel Novotný", "aliases": ["Dr. Novotný"], "nationality": "CSK"}],
 "not_persons": ["Hotel Imperial"],
 "embassies": [],
 "defections": [{"defector": "Karel Novotný", "from": "CSK", "to": "AUT", "post_host": None, "date": "1959-09-24", "position": "nuclear physicist, conference delegate"}],
 "agreements": []}),

dict(id="hist-018", title="Aleksandr Gritsenko, chess grandmaster who defected in Holland, dies at 80", published="2016-02-21",
source="Obituary, chess magazine", text="""Aleksandr Gritsenko, the Kiev-born grandmaster whose request for asylum during a tournament in the Netherlands in 1978 cost him a decade of invitations to the world's top events, died on February 17 in Antwerp. He was 80.
Born in Kiev, then the capital of Soviet Ukraine, Gritsenko — who in later years preferred the Ukrainian spelling Oleksandr Hrytsenko — won the Ukrainian championship four times and was a regular second to Soviet title contenders in the 1960s.
In July 1978, after the last round of a tournament in Leeuwarden, he walked into a police station in the city and asked for political asylum. The Dutch government granted it within a week. The Soviet chess federation struck his name from its records, and for years Soviet players were instructed to refuse to shake his hand.
He settled first in Amsterdam and later in Belgium, where he coached juniors and wrote a popular column. His book "The Lonely King", a collection of annotated endgames, was translated into nine languages.
"He never spoke bitterly about it," said his pupil, the Belgian international master Luc Verheyen. "He said the pieces were the same on both sides of the border."
Hrytsenko returned to Kyiv for the first time in 1992, when Ukraine's chess federation made him an honorary member.""",
gold={"countries": ["SUN", "NLD", "BEL", "UKR"],
 "persons": [{"name": "Aleksandr Gritsenko", "aliases": ["Gritsenko", "Oleksandr Hrytsenko", "Hrytsenko"], "nationality": "SUN"},
             {"name": "Luc Verheyen", "aliases": [], "nationality": "BEL"}],
 "not_persons": ["The Lonely King"],
 "embassies": [],
 "defections": [{"defector": "Aleksandr Gritsenko", "from": "SUN", "to": "NLD", "post_host": None, "date": "1978-07", "position": "chess grandmaster"}],
 "agreements": []}),

dict(id="hist-019", title="Test Ban Treaty Signed in Moscow; Atmosphere, Space and Sea Closed to Blasts", published="1963-08-06",
source="Newspaper, New York", text="""MOSCOW, Aug. 5 — The United States, Britain and the Soviet Union signed today a treaty banning nuclear weapons tests in the atmosphere, in outer space and under water.
Secretary of State Dean Rusk, Foreign Secretary Lord Home and Foreign Minister Andrei A. Gromyko put their signatures to the document in St. Catherine's Hall of the Kremlin at 4:30 P.M., as Premier Khrushchev and Secretary General U Thant of the United Nations looked on.
The treaty, which does not cover underground tests, is open to all nations. It will enter into force when the three original parties have deposited their instruments of ratification. President Kennedy will send it to the Senate, where a two-thirds vote is required.
Mr. Khrushchev, in high spirits at a reception afterwards, proposed that the next step should be a non-aggression pact between the NATO and Warsaw Pact countries. Western diplomats said that idea would be studied but that there was no prospect of early agreement on it.
The negotiations, which lasted only ten days, were conducted by W. Averell Harriman for the United States and Lord Hailsham for Britain. Mr. Harriman flew home last week.
France, which is developing its own nuclear force, has said it will not sign.""",
gold={"countries": ["USA", "GBR", "SUN", "FRA"],
 "persons": [{"name": "Dean Rusk", "aliases": [], "nationality": "USA"},
             {"name": "Lord Home", "aliases": [], "nationality": "GBR"},
             {"name": "Andrei A. Gromyko", "aliases": [], "nationality": "SUN"},
             {"name": "Khrushchev", "aliases": ["Mr. Khrushchev"], "nationality": "SUN"},
             {"name": "U Thant", "aliases": []},
             {"name": "Kennedy", "aliases": [], "nationality": "USA"},
             {"name": "W. Averell Harriman", "aliases": ["Mr. Harriman"], "nationality": "USA"},
             {"name": "Lord Hailsham", "aliases": [], "nationality": "GBR"}],
 "not_persons": ["St. Catherine's Hall"],
 "embassies": [],
 "defections": [],
 "agreements": [{"name": "treaty banning nuclear weapons tests in the atmosphere, in outer space and under water", "aliases": [],
                 "parties": ["USA", "GBR", "SUN"], "date": "1963-08-05", "status": "signed"}]}),
]
