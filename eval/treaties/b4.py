ARTICLES = [
{"id":"treaty-030","title":"Four powers give up rights over Germany in Moscow treaty","published":"1990-09-13","source":"Moscow bureau",
"text":"""MOSCOW, Sept. 12 — The victors of the Second World War today gave up the last rights they held over Germany, clearing the way for the two German states to unite in three weeks as a fully sovereign country.
The Treaty on the Final Settlement with Respect to Germany was signed at the Oktyabrskaya Hotel by the foreign ministers of its six signatories — West Germany, East Germany, the United States, the Soviet Union, Britain and France. Lothar de Maizière signed for East Germany because its foreign minister had resigned.
"We have reached the end of the postwar era," said Hans-Dietrich Genscher of West Germany. Secretary of State James A. Baker 3d called the day "the triumph of the right of a people to choose their own future."
The so-called Two Plus Four treaty caps the armed forces of the united Germany at 370,000 and bars the deployment of foreign troops and nuclear weapons on former East German territory. It will come into force once all six states have ratified it. President Mikhail S. Gorbachev, who received the ministers afterward, said he expected the Supreme Soviet to approve it.
Eduard A. Shevardnadze, Douglas Hurd and Roland Dumas also signed. Germany has undertaken to confirm its eastern border with Poland in a separate treaty after unification."""
,"gold":{"countries":["DEU","DDR","USA","SUN","GBR","FRA","POL"],
"persons":[{"name":"Lothar de Maizière","aliases":[],"nationality":"DDR"},{"name":"Hans-Dietrich Genscher","aliases":[],"nationality":"DEU"},{"name":"James A. Baker 3d","aliases":[],"nationality":"USA"},{"name":"Mikhail S. Gorbachev","aliases":[],"nationality":"SUN"},{"name":"Eduard A. Shevardnadze","aliases":[]},{"name":"Douglas Hurd","aliases":[]},{"name":"Roland Dumas","aliases":[]}],
"not_persons":["Oktyabrskaya Hotel"],
"agreements":[{"name":"Treaty on the Final Settlement with Respect to Germany","aliases":["Two Plus Four treaty"],"parties":["DEU","DDR","USA","SUN","GBR","FRA"],"date":"1990-09-12","status":"signed"}]}},

{"id":"treaty-031","title":"Pacific Alliance born under desert stars","published":"2012-06-07","source":"Santiago correspondent",
"text":"""PARANAL, Chile — Under the domes of the Paranal observatory in the Atacama Desert, four presidents signed the framework agreement of the Pacific Alliance on Wednesday, pledging to free the movement of goods, services, capital and people among their countries.
The four signatories — Chile, Colombia, Mexico and Peru — together account for more than a third of Latin America's economic output and share a preference for open markets and trade deals with Asia.
"We are not against anybody. We are in favour of growth," said Chile's president, Sebastián Piñera, who hosted the ceremony with Juan Manuel Santos, Felipe Calderón and Ollanta Humala.
The agreement must still be ratified by the four congresses. Panama and Costa Rica attended as observers and are expected to seek membership.
Analysts noted the contrast with Mercosur, the bloc led by Brazil and Argentina, which has raised tariffs and been slowed by disputes among its members."""
,"gold":{"countries":["CHL","COL","MEX","PER","PAN","CRI","BRA","ARG"],
"persons":[{"name":"Sebastián Piñera","aliases":[],"nationality":"CHL"},{"name":"Juan Manuel Santos","aliases":[]},{"name":"Felipe Calderón","aliases":[]},{"name":"Ollanta Humala","aliases":[]}],
"agreements":[{"name":"Framework Agreement of the Pacific Alliance","aliases":["Pacific Alliance"],"parties":["CHL","COL","MEX","PER"],"date":"2012-06-06","status":"signed"}]}},

{"id":"treaty-032","title":"Kenya–Tanzania air deal lapses, flights in limbo","published":"1999-04-01","source":"Nairobi business desk",
"text":"""NAIROBI — Passengers flying between Nairobi and Dar es Salaam face uncertainty after the air-services agreement between Kenya and Tanzania lapsed at midnight on Wednesday, with the two governments still at odds over how many weekly flights each country's airlines may operate.
The agreement, signed in 1984 a year after the land border reopened, had been extended twice by exchange of letters. Last-minute talks in Arusha on Tuesday failed to produce a third extension.
Nairobi's transport minister, Musa Cherutich, accused his Tanzanian counterpart, Abdallah Kigoda Salum, of "protecting a sick airline at the expense of travellers." Salum, speaking in Dar es Salaam, said Tanzania wanted "fair shares, not charity" and that Kenyan carriers had crowded out Air Tanzania on the route.
Civil aviation officials said existing flights would be allowed to continue for 30 days under temporary permits while negotiations resumed."""
,"gold":{"countries":["KEN","TZA"],
"persons":[{"name":"Musa Cherutich","aliases":[],"nationality":"KEN"},{"name":"Abdallah Kigoda Salum","aliases":["Salum"],"nationality":"TZA"}],
"not_persons":["Air Tanzania"],
"agreements":[{"name":"Kenya–Tanzania air-services agreement","aliases":[],"parties":["KEN","TZA"],"date":"1984","status":"terminated"}]}},

{"id":"treaty-033","title":"Iran, world powers reach nuclear deal in Vienna","published":"2015-07-14","source":"Wire report",
"text":"""VIENNA — Iran and six world powers concluded a long-sought agreement on Tuesday to curb Tehran's nuclear programme in return for the lifting of international sanctions, capping nearly two years of negotiations.
The Joint Comprehensive Plan of Action (JCPOA) was agreed between Iran and the United States, Britain, France, Germany, Russia and China after an all-night session at the Palais Coburg. It limits Iran's enrichment of uranium for at least a decade and gives inspectors wider access.
"This is a historic moment," said Iran's foreign minister, Mohammad Javad Zarif. Secretary of State John Kerry called the JCPOA "the good deal we sought."
Sanctions will be eased only once the International Atomic Energy Agency verifies that Iran has met its commitments, a process expected to take several months. The UN Security Council is to vote on endorsing the deal within days.
Israel's prime minister, Benjamin Netanyahu, denounced it as "a historic mistake for the world." In Tehran, crowds gathered in the streets to celebrate."""
,"gold":{"countries":["IRN","USA","GBR","FRA","DEU","RUS","CHN","ISR"],
"persons":[{"name":"Mohammad Javad Zarif","aliases":[],"nationality":"IRN"},{"name":"John Kerry","aliases":[],"nationality":"USA"},{"name":"Benjamin Netanyahu","aliases":[],"nationality":"ISR"}],
"not_persons":["Palais Coburg"],
"agreements":[{"name":"Joint Comprehensive Plan of Action","aliases":["JCPOA"],"parties":["IRN","USA","GBR","FRA","DEU","RUS","CHN"],"date":"2015-07-14","status":"signed"}]}},

{"id":"treaty-034","title":"Trump pulls US out of Iran deal; Europeans vow to stay","published":"2018-05-09","source":"Washington bureau",
"text":"""WASHINGTON — President Donald Trump announced on Tuesday that the United States was withdrawing from the 2015 nuclear agreement with Iran and would reimpose the sanctions it had lifted, defying appeals from European allies.
"The Iran deal is defective at its core," Trump said at the White House. He signed a memorandum restoring sanctions on Iranian oil exports and banks, with wind-down periods of 90 to 180 days.
The other parties — Britain, France, Germany, Russia and China — said they remained committed to the JCPOA. In a joint statement, Theresa May, Emmanuel Macron and Angela Merkel expressed "regret and concern" and urged Washington not to obstruct the deal's implementation.
Iran's President Hassan Rouhani said his country would stay in the agreement for now and would consult the remaining signatories. "If we achieve the deal's goals in cooperation with other members, it will remain in place," he said in a televised address.
Israel's Benjamin Netanyahu and Saudi Arabia welcomed the move."""
,"gold":{"countries":["USA","IRN","GBR","FRA","DEU","RUS","CHN","ISR","SAU"],
"persons":[{"name":"Donald Trump","aliases":["Trump"],"nationality":"USA"},{"name":"Theresa May","aliases":[]},{"name":"Emmanuel Macron","aliases":[]},{"name":"Angela Merkel","aliases":[]},{"name":"Hassan Rouhani","aliases":[],"nationality":"IRN"},{"name":"Benjamin Netanyahu","aliases":[],"nationality":"ISR"}],
"agreements":[{"name":"Joint Comprehensive Plan of Action","aliases":["JCPOA","Iran deal","nuclear agreement with Iran"],"parties":["IRN","USA","GBR","FRA","DEU","RUS","CHN"],"date":"2015","status":"withdrawn"}]}},

{"id":"treaty-035","title":"Carter, Torrijos sign canal treaties","published":"1977-09-08","source":"Washington bureau",
"text":"""WASHINGTON, Sept. 7 — President Jimmy Carter and Gen. Omar Torrijos Herrera of Panama tonight signed two treaties that would hand the Panama Canal to Panama at the end of the century.
The ceremony, in the Hall of the Americas of the Organization of American States, was attended by leaders or representatives of 26 nations of the hemisphere.
Under the Panama Canal Treaty, the United States would run the waterway with growing Panamanian participation until Dec. 31, 1999. A second pact, the Treaty Concerning the Permanent Neutrality and Operation of the Panama Canal, gives the United States the right to defend the canal's neutrality indefinitely.
The treaties would supersede the 1903 treaty under which the United States has controlled the Canal Zone "as if it were sovereign." They must be approved by two-thirds of the Senate and by Panamanian voters in a plebiscite next month; neither is certain.
"Fairness, and not force, should lie at the heart of our dealings with the nations of the world," Mr. Carter said. General Torrijos, in a speech that surprised some guests with its bluntness, said the new treaties did not satisfy all of his people's aspirations."""
,"gold":{"countries":["USA","PAN"],
"persons":[{"name":"Jimmy Carter","aliases":["Mr. Carter"],"nationality":"USA"},{"name":"Omar Torrijos Herrera","aliases":["Torrijos","General Torrijos"],"nationality":"PAN"}],
"not_persons":["Hall of the Americas"],
"agreements":[{"name":"Panama Canal Treaty","aliases":[],"parties":["USA","PAN"],"date":"1977-09-07","status":"signed"},
{"name":"Treaty Concerning the Permanent Neutrality and Operation of the Panama Canal","aliases":[],"parties":["USA","PAN"],"date":"1977-09-07","status":"signed"},
{"name":"1903 canal treaty","aliases":[],"parties":["USA","PAN"],"date":"1903","status":"in_force"}]}},

{"id":"treaty-036","title":"Bangladesh, Myanmar sea boundary talks fail again","published":"2010-11-25","source":"Dhaka correspondent",
"text":"""DHAKA — Maritime boundary talks between Bangladesh and Myanmar ended on Wednesday without agreement, leaving the two neighbours to argue their case before an international tribunal next year.
Myanmar's delegation proposed drawing the line on the principle of equidistance, which Dhaka says would leave Bangladesh boxed in by its neighbours' claims and cut off from deep-sea gas blocks. Bangladeshi officials countered with a line based on equity; neither side moved.
"It was a polite meeting and a useless one," said a Bangladeshi negotiator, Rear Admiral (retd) Khurshed Alam Chowdhury. His Myanmar counterpart, U Maung Maung Thein, said Naypyidaw remained open to dialogue.
Bangladesh is pursuing a separate claim against India over their maritime frontier. Tensions flared in 2008 when Myanmar navy ships escorted a South Korean survey vessel into waters Dhaka claims, prompting both countries to send warships.
Hearings at the tribunal are expected to open in September."""
,"gold":{"countries":["BGD","MMR","IND","KOR"],
"persons":[{"name":"Khurshed Alam Chowdhury","aliases":[],"nationality":"BGD"},{"name":"Maung Maung Thein","aliases":["U Maung Maung Thein"],"nationality":"MMR"}]}},

{"id":"treaty-037","title":"Working holiday scheme opens between Ireland and New Zealand","published":"2006-07-04","source":"Irish daily",
"text":"""Young people from the Emerald Isle can now spend a year working their way around the Land of the Long White Cloud, and vice versa, after a reciprocal working holiday arrangement came into effect on Saturday.
The scheme, agreed in an exchange of notes signed in Wellington in February, allows up to 1,000 citizens aged 18 to 30 from each country to work for up to twelve months. New Zealand officials said the first visas had been issued within hours.
Declan Ó Floinn, Ireland's ambassador, who is resident at the Irish embassy in Canberra and also accredited to New Zealand, described it as "a formal blessing for a traffic that was already happening informally."
New Zealand's associate immigration minister, Hone Taipari, said the country's farms and vineyards were short of seasonal workers. "Irish hands have picked our apples for generations," he said.
Similar schemes already exist between New Zealand and more than two dozen other countries."""
,"gold":{"countries":["IRL","NZL","AUS"],
"persons":[{"name":"Declan Ó Floinn","aliases":[],"nationality":"IRL"},{"name":"Hone Taipari","aliases":[],"nationality":"NZL"}],
"embassies":[{"sending":"IRL","host":"AUS","city":"Canberra"}],
"agreements":[{"name":"Ireland–New Zealand working holiday arrangement","aliases":[],"parties":["IRL","NZL"],"date":"2006-02","status":"in_force"}]}},

{"id":"treaty-038","title":"Nixon and Brezhnev sign arms limitation accords","published":"1972-05-27","source":"Moscow bureau",
"text":"""MOSCOW, May 26 — President Richard M. Nixon and Leonid I. Brezhnev signed tonight the first agreements between the two nuclear powers to limit their strategic arsenals, in a ceremony in St. Vladimir Hall of the Kremlin that was carried live on American television.
One, a treaty of unlimited duration, restricts each side to two sites for anti-ballistic missile defences. The other, an interim agreement running for five years, freezes the number of intercontinental and submarine-launched ballistic missiles at roughly current levels.
The ABM treaty requires the consent of the Senate; the interim agreement on offensive weapons will be submitted to both houses of Congress. Henry A. Kissinger, the President's national security adviser, told reporters he expected little opposition.
The arms accords crowned a week in which the two governments also signed agreements on environmental protection on Tuesday and on joint space exploration, including a docking of manned spacecraft in 1975, on Wednesday.
Mr. Nixon, toasting his hosts, said the two countries had "begun the process of bringing the arms race under control." Foreign Minister Andrei A. Gromyko said the agreements showed that "peaceful coexistence" was possible."""
,"gold":{"countries":["USA","SUN"],
"persons":[{"name":"Richard M. Nixon","aliases":["Mr. Nixon"],"nationality":"USA"},{"name":"Leonid I. Brezhnev","aliases":[],"nationality":"SUN"},{"name":"Henry A. Kissinger","aliases":[],"nationality":"USA"},{"name":"Andrei A. Gromyko","aliases":[],"nationality":"SUN"}],
"not_persons":["St. Vladimir Hall"],
"agreements":[{"name":"Anti-Ballistic Missile Treaty","aliases":["ABM treaty"],"parties":["USA","SUN"],"date":"1972-05-26","status":"signed"},
{"name":"Interim agreement on strategic offensive arms","aliases":[],"parties":["USA","SUN"],"date":"1972-05-26","status":"signed"},
{"name":"US–Soviet agreement on environmental protection","aliases":[],"parties":["USA","SUN"],"date":"1972-05-23","status":"signed"},
{"name":"US–Soviet agreement on space exploration","aliases":[],"parties":["USA","SUN"],"date":"1972-05-24","status":"signed"}]}},

{"id":"treaty-039","title":"Bush gives notice of ABM treaty withdrawal","published":"2001-12-14","source":"Wire report",
"text":"""WASHINGTON — President George W. Bush said on Thursday that the United States had formally notified Russia of its intention to withdraw from the Anti-Ballistic Missile Treaty, a cornerstone of arms control for three decades, so that it could build a national missile defence.
Under the treaty's terms the withdrawal takes effect six months after notice is given, meaning the ABM treaty will remain in force until mid-June.
"I have concluded the ABM treaty hinders our government's ability to develop ways to protect our people from future terrorist or rogue-state missile attacks," Bush said in the Rose Garden.
President Vladimir Putin called the decision "a mistake" but said it posed no threat to Russia's security, a muted response that reflected his improved relations with Washington since the September attacks.
China, whose small nuclear force would be most affected by an American shield, said it was "concerned." Democrats in Congress accused the administration of abandoning arms control without a replacement."""
,"gold":{"countries":["USA","RUS","CHN"],
"persons":[{"name":"George W. Bush","aliases":["Bush"],"nationality":"USA"},{"name":"Vladimir Putin","aliases":[],"nationality":"RUS"}],
"not_persons":["Rose Garden"],
"agreements":[{"name":"Anti-Ballistic Missile Treaty","aliases":["ABM treaty"],"parties":["USA","RUS"],"date":None,"status":"in_force"}]}},
]
