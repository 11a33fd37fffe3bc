ARTICLES = [
dict(id="wire-030", title="Carter and Torrijos sign Panama Canal treaties", published="1977-09-08", source="Wire report",
text="""WASHINGTON, Sept. 8 - President Carter and Gen. Omar Torrijos Herrera, Panama's head of government, signed two treaties last night that would hand the Panama Canal to Panama by the end of the century.
The ceremony in the Hall of the Americas at the Organization of American States was attended by representatives of 26 nations of the hemisphere, among them Gen. Jorge Videla of Argentina and Gen. Augusto Pinochet of Chile, whose presence drew protests outside.
The first document, the Panama Canal Treaty, provides for joint operation of the waterway until Dec. 31, 1999, when Panama would take full control. The second, a treaty on the permanent neutrality of the canal, gives the United States the right to defend the canal's neutrality indefinitely.
Together they would replace the Hay-Bunau-Varilla Treaty of 1903, under which the United States obtained rights "in perpetuity" over the Canal Zone.
"This agreement thus opens the way to a new era of cooperation," Mr. Carter said. General Torrijos, speaking in Spanish, said the treaties did not satisfy all Panamanians' aspirations but were "a step toward full sovereignty."
Neither treaty can take effect until it is approved by two-thirds of the United States Senate, where opponents led by conservative Republicans say they have enough votes to block it, and by Panamanian voters in a plebiscite expected next month.""",
gold=dict(countries=["USA","PAN","ARG","CHL"],
 persons=[dict(name="Carter", aliases=["Mr. Carter","President Carter"], nationality="USA"),
          dict(name="Omar Torrijos Herrera", aliases=["General Torrijos","Gen. Omar Torrijos Herrera"], nationality="PAN"),
          dict(name="Jorge Videla", aliases=[], nationality="ARG"),
          dict(name="Augusto Pinochet", aliases=[], nationality="CHL")],
 not_persons=["Hay-Bunau-Varilla Treaty"],
 embassies=[], defections=[],
 agreements=[dict(name="Panama Canal Treaty", aliases=[], parties=["USA","PAN"], date="1977-09-07", status="signed"),
             dict(name="treaty on the permanent neutrality of the canal", aliases=[], parties=["USA","PAN"], date="1977-09-07", status="signed"),
             dict(name="Hay-Bunau-Varilla Treaty", aliases=[], parties=["USA","PAN"], date="1903", status=None)])),

dict(id="wire-031", title="Czechoslovak diplomat in Vienna flees to West Germany, Austria says", published="1986-11-14", source="Wire report",
text="""VIENNA, Nov. 14 - A second secretary at the Czechoslovak Embassy in Vienna has crossed into West Germany and asked for political asylum there, the Austrian Interior Ministry said today.
A ministry spokesman, Franz Leitner, said the diplomat, Miroslav Hrubes, 35, had left his apartment in the city's 13th district early on Wednesday and driven to the Bavarian border near Salzburg, where he presented himself to the West German border police. His wife and daughter are believed to be in Prague.
"Austrian authorities were not involved and were informed only afterward by our German colleagues," Leitner said, in an apparent effort to avoid friction with Prague, Austria's neighbour and an important trading partner.
In Bonn, the government spokesman, Friedhelm Ost, confirmed that a Czechoslovak citizen with a diplomatic passport had applied for asylum and said the application would be handled "in the customary manner." He declined further comment.
The Czechoslovak Embassy said Mr. Hrubes had been due to return home at the end of the month and accused "certain circles" of organizing a provocation. The official news agency CTK did not report the case.
Mr. Hrubes worked in the embassy's economic section and was responsible for contacts with Austrian state companies, according to the Austrian diplomatic list. Austrian newspapers reported that he had been under investigation at home for unspecified irregularities, but that could not be confirmed.
Walter Strasser, an Austrian engineer who described himself as a friend, told the newspaper Kurier that he had driven Mr. Hrubes's car back to Vienna from the border on Wednesday afternoon at the diplomat's request. "He asked me to return it to the embassy, and that is what I did," Mr. Strasser said. "I did not know what he intended."
The defection is the first by a Czechoslovak diplomat in Austria in several years and comes as the two countries try to improve relations, strained since 1968 by the flow of Czechoslovak refugees to Austria and by incidents along their fortified frontier.
Last year they signed an agreement on small border traffic that allows residents of frontier districts to cross more easily, and Foreign Minister Peter Jankowitsch is scheduled to visit Prague in December. Austrian officials said today that the visit would go ahead.
Diplomats in Vienna said the case would be watched closely in Prague, where the authorities have in recent months tightened checks on officials travelling to the West. Mr. Hrubes is the son of a retired army officer, according to the newspaper Die Presse, and had studied at the University of Economics in Prague before joining the foreign service in 1976.""",
gold=dict(countries=["CSK","AUT","DEU"],
 persons=[dict(name="Franz Leitner", aliases=["Leitner"], nationality="AUT"),
          dict(name="Miroslav Hrubes", aliases=["Mr. Hrubes","Hrubes"], nationality="CSK"),
          dict(name="Friedhelm Ost", aliases=[], nationality="DEU"),
          dict(name="Walter Strasser", aliases=["Mr. Strasser"], nationality="AUT"),
          dict(name="Peter Jankowitsch", aliases=[], nationality="AUT")],
 not_persons=["CTK","Kurier","Die Presse"],
 embassies=[dict(sending="CSK", host="AUT", city="Vienna")],
 defections=[dict(defector="Miroslav Hrubes", **{"from":"CSK"}, to="DEU", post_host="AUT", date="1986-11-12", position="second secretary in the economic section")],
 agreements=[dict(name="agreement on small border traffic", aliases=[], parties=["AUT","CSK"], date="1985", status="signed")])),

dict(id="wire-032", title="Ghana expels Burkinabe embassy attache", published="2017-03-09", source="West African wire",
text="""ACCRA, March 9 - Ghana has declared an attache at the Burkina Faso embassy persona non grata and given him 48 hours to leave, accusing him of activities "incompatible with his diplomatic status", the foreign ministry said on Thursday.
The ministry did not describe the activities, but a senior security official said the attache, Issouf Sawadogo, had been photographed repeatedly near a military installation in the north of the country.
"Ghana values its relations with Burkina Faso, a friendly neighbour, and this decision concerns one individual," ministry spokesman Kwabena Owusu-Ansah told reporters.
In Ouagadougou, the Burkinabe foreign ministry summoned Ghana's ambassador and expressed "surprise and regret". It did not say whether it would retaliate.
Sawadogo arrived in Accra in 2015 as a defence attache's assistant, according to diplomats. He could not be reached for comment.""",
gold=dict(countries=["GHA","BFA"],
 persons=[dict(name="Issouf Sawadogo", aliases=["Sawadogo"], nationality="BFA"),
          dict(name="Kwabena Owusu-Ansah", aliases=[], nationality="GHA")],
 not_persons=[],
 embassies=[dict(sending="BFA", host="GHA", city="Accra"), dict(sending="GHA", host="BFA", city="Ouagadougou")],
 defections=[], agreements=[])),

dict(id="wire-033", title="Black Sea grain deal extended for 120 days", published="2022-11-17", source="Wire report",
text="""ISTANBUL/KYIV, Nov 17 - The deal that has allowed Ukraine to ship grain from its Black Sea ports despite the war has been extended for 120 days, officials said on Thursday, a day before it was due to expire.
United Nations Secretary-General Antonio Guterres welcomed "the agreement by all parties to continue" the Black Sea Grain Initiative, which he said had helped bring down global food prices.
The initiative was signed in Istanbul in July by Russia and Ukraine in separate documents with Turkey and the United Nations. It created a joint coordination centre in Istanbul where inspectors check ships leaving Odesa, Chornomorsk and Pivdennyi.
Ukraine's infrastructure minister, Oleksandr Kubrakov, said more than 11 million tonnes of food had been exported under the arrangement. Russia, which briefly suspended its participation last month after a drone attack on its fleet in Sevastopol, had complained that its own food and fertiliser exports still faced obstacles.
Turkish President Tayyip Erdogan, who helped broker the deal, said talks would continue on adding more ports.""",
gold=dict(countries=["UKR","RUS","TUR"],
 persons=[dict(name="Antonio Guterres", aliases=[]),
          dict(name="Oleksandr Kubrakov", aliases=[], nationality="UKR"),
          dict(name="Tayyip Erdogan", aliases=[], nationality="TUR")],
 not_persons=[],
 embassies=[], defections=[],
 agreements=[dict(name="Black Sea Grain Initiative", aliases=["grain deal"], parties=["RUS","UKR","TUR"], date="2022-07", status="in_force")])),

dict(id="wire-034", title="Ugandan diplomat in Bonn asks for asylum", published="1977-03-03", source="Reuter wire",
text="""BONN, March 3 (Reuter) - A Ugandan diplomat has asked for political asylum in West Germany, saying he feared for his life if he obeyed an order to return to Kampala, officials said today.
The Interior Ministry said Godfrey Kiwanuka Mukasa, a counsellor at the Ugandan Embassy here, made his request on Monday. It gave no other details.
In a statement distributed to news agencies, Mr. Mukasa said he had been summoned home after the death last month of Archbishop Janani Luwum, which the Ugandan government says was a car accident, and that "no one summoned in this way comes back."
President Idi Amin has accused unnamed exiles and foreign powers of plotting against him. A Ugandan embassy official said Mr. Mukasa had "abandoned his duties" and should be regarded as a criminal.
Several hundred Ugandans are known to have fled to Kenya since the archbishop's death.""",
gold=dict(countries=["UGA","DEU","KEN"],
 persons=[dict(name="Godfrey Kiwanuka Mukasa", aliases=["Mr. Mukasa"], nationality="UGA"),
          dict(name="Janani Luwum", aliases=["Archbishop Janani Luwum"], nationality="UGA"),
          dict(name="Idi Amin", aliases=[], nationality="UGA")],
 not_persons=[],
 embassies=[dict(sending="UGA", host="DEU", city="Bonn")],
 defections=[dict(defector="Godfrey Kiwanuka Mukasa", **{"from":"UGA"}, to="DEU", post_host="DEU", date="1977-02-28", position="counsellor")],
 agreements=[])),

dict(id="wire-035", title="Trump pulls United States out of Iran nuclear deal", published="2018-05-09", source="Wire report",
text="""WASHINGTON, May 9 - President Donald Trump has withdrawn the United States from the 2015 nuclear agreement with Iran and ordered the reimposition of sanctions that had been lifted under it, defying appeals from European allies who spent months trying to persuade him to stay.
"The Iran deal is defective at its core," Trump said at the White House on Tuesday, calling it "a horrible, one-sided deal that should have never, ever been made".
The Joint Comprehensive Plan of Action was reached in Vienna in July 2015 between Iran and six powers - the United States, Britain, France, Germany, Russia and China. It curbed Iran's uranium enrichment in return for the lifting of international sanctions, and U.N. inspectors have repeatedly certified that Tehran is complying.
The leaders of Britain, France and Germany - Theresa May, Emmanuel Macron and Angela Merkel - said in a joint statement that they "regret" the decision and that their countries remained committed to the agreement.
Iranian President Hassan Rouhani said Iran would stay in the deal for now and would negotiate with the other signatories. "If we achieve the deal's goals in cooperation with other members of the deal, it will remain in place," he said in a televised address. But he warned that he had told Iran's atomic energy organisation to prepare to resume enrichment "without limits" if talks failed.
Russia's foreign ministry said it was "deeply disappointed", and China said it regretted the decision.
Israeli Prime Minister Benjamin Netanyahu, who last week presented what he said were Iranian nuclear archives smuggled out of Tehran, praised Trump for a "courageous" decision. Saudi Arabia also welcomed it.
Under the U.S. decision, sanctions on Iran's oil sector and central bank will be reimposed after a wind-down period of up to 180 days, and foreign companies doing business there could face penalties. European officials said they would look at ways to protect their firms, but conceded that many would pull out of Iran anyway rather than risk losing access to the American market.
Oil prices rose about 2 percent in Asian trading on Wednesday.
Trump said he was ready to negotiate "a new and lasting deal" with Iran, but gave no details of what such an agreement would include. Iran's supreme leader, Ayatollah Ali Khamenei, said on Wednesday he did not trust the three European countries either and demanded "real guarantees" from them.
Trump's national security adviser, John Bolton, told reporters that the sanctions would apply to existing contracts and that European companies would have to wind down their business in Iran "within six months".""",
gold=dict(countries=["USA","IRN","GBR","FRA","DEU","RUS","CHN","ISR","SAU"],
 persons=[dict(name="Donald Trump", aliases=["Trump"], nationality="USA"),
          dict(name="Theresa May", aliases=[], nationality="GBR"),
          dict(name="Emmanuel Macron", aliases=[], nationality="FRA"),
          dict(name="Angela Merkel", aliases=[], nationality="DEU"),
          dict(name="Hassan Rouhani", aliases=["Rouhani"], nationality="IRN"),
          dict(name="Benjamin Netanyahu", aliases=[], nationality="ISR"),
          dict(name="Ali Khamenei", aliases=["Ayatollah Ali Khamenei"], nationality="IRN"),
          dict(name="John Bolton", aliases=[], nationality="USA")],
 not_persons=[],
 embassies=[], defections=[],
 agreements=[dict(name="Joint Comprehensive Plan of Action", aliases=["Iran nuclear deal","Iran deal","2015 nuclear agreement"], parties=["IRN","USA","GBR","FRA","DEU","RUS","CHN"], date="2015-07", status="withdrawn")])),

dict(id="wire-036", title="Afghan embassy official in Oslo granted asylum", published="2021-09-21", source="Nordic wire",
text="""OSLO, Sept 21 - A consular officer at Afghanistan's embassy in Oslo who refused to work for the Taliban has been granted asylum in Norway along with his wife and four children, the Norwegian Directorate of Immigration said on Tuesday.
Farid Ahmad Noori applied in late August, days after the Islamist movement swept into Kabul, directorate spokeswoman Siri Halvorsen said. Such cases are normally confidential, but Noori had agreed to the information being released.
"My name is on lists. My brother has already been visited," Noori said in an interview with the broadcaster NRK. "There is no Afghanistan to go back to - there is only the Taliban."
The embassy itself continues to operate under staff appointed by the former government of President Ashraf Ghani, who fled the country on August 15 and later surfaced in the United Arab Emirates. No country has yet recognised the Taliban administration.
Norway's foreign ministry said the embassy's status was "unchanged for now".""",
gold=dict(countries=["AFG","NOR","ARE"],
 persons=[dict(name="Farid Ahmad Noori", aliases=["Noori"], nationality="AFG"),
          dict(name="Siri Halvorsen", aliases=[], nationality="NOR"),
          dict(name="Ashraf Ghani", aliases=[], nationality="AFG")],
 not_persons=["NRK"],
 embassies=[dict(sending="AFG", host="NOR", city="Oslo")],
 defections=[dict(defector="Farid Ahmad Noori", **{"from":"AFG"}, to="NOR", post_host="NOR", date="2021-08", position="consular officer"),
             dict(defector="Ashraf Ghani", **{"from":"AFG"}, to="ARE", post_host=None, date="2021-08-15", position="President")],
 agreements=[])),

dict(id="wire-037", title="Bolivia, Chile end sea-access talks without breakthrough", published="2026-03-18", source="Wire report",
text="""BRASILIA, March 18 - Two days of talks between Bolivia and Chile on the landlocked country's long-standing demand for access to the Pacific ended on Tuesday without agreement, though both sides said they would keep talking.
Bolivian Foreign Minister Carla Mamani Quispe said the meeting, held behind closed doors at a hotel in Brasilia, had been "frank and respectful" but that Chile had not moved on the central question of sovereignty. "We did not come to negotiate our dignity," she said.
Chile's foreign minister, Rodrigo Echeverria Lagos, said his government was ready to discuss ports, customs, railways and the shared Silala waters, "but not Chile's borders". He pointed out that the International Court of Justice ruled in 2018 that Santiago had no obligation to negotiate over the coast Bolivia lost in the War of the Pacific in the 19th century.
The two countries have not had full diplomatic relations since 1978 and are represented by consulates general in each other's capitals.
No date was set for the next round.""",
gold=dict(countries=["BOL","CHL"],
 persons=[dict(name="Carla Mamani Quispe", aliases=[], nationality="BOL"),
          dict(name="Rodrigo Echeverria Lagos", aliases=[], nationality="CHL")],
 not_persons=[],
 embassies=[dict(sending="BOL", host="CHL", city="Santiago"), dict(sending="CHL", host="BOL", city=None)],
 defections=[], agreements=[])),

dict(id="wire-038", title="Reagan grants asylum to second Polish ambassador", published="1981-12-24", source="Wire report",
text="""WASHINGTON, Dec. 24 - The United States granted political asylum yesterday to Poland's ambassador to Japan, the second senior Polish envoy in five days to break with the military government in Warsaw.
Zdzislaw Rurarz, 51, an economist who had served in Tokyo since 1976, went to the American Embassy there early Wednesday with his wife and daughter and asked for protection, the State Department said. They were flown to the United States last night.
Mr. Rurarz's defection followed that of Romuald Spasowski, Poland's ambassador in Washington, who asked for asylum last Saturday and was received at the White House on Tuesday by President Reagan. Mr. Spasowski, a career diplomat whose father was a well-known Communist philosopher, said he could not serve a regime that had "declared war on its own nation."
"These two men have chosen freedom," Mr. Reagan said in a statement. "They speak for millions of their countrymen who cannot speak for themselves."
The Polish Embassy in Washington, now run by a charge d'affaires, called Mr. Spasowski "a traitor" and said a Warsaw court had stripped him of his rank. The Polish press agency said Mr. Rurarz had been dismissed days before his defection, an assertion that could not be confirmed.
Gen. Wojciech Jaruzelski declared martial law on Dec. 13, interning thousands of members of the Solidarity union and cutting telephone links with the outside world.
In Tokyo, the Japanese Foreign Ministry said it had been informed by the American Embassy after the family had already left Japanese territory and that it did not regard the matter as a diplomatic problem between Japan and Poland. The Polish Embassy in Tokyo had no comment.
Administration officials said that both men had been interviewed by the State Department and the Central Intelligence Agency, and that neither had brought classified documents. Mr. Spasowski was said to have been weighing his decision for months; Mr. Rurarz, officials said, had made his up "in a matter of days" after the crackdown.""",
gold=dict(countries=["USA","POL","JPN"],
 persons=[dict(name="Zdzislaw Rurarz", aliases=["Mr. Rurarz"], nationality="POL"),
          dict(name="Romuald Spasowski", aliases=["Mr. Spasowski"], nationality="POL"),
          dict(name="Reagan", aliases=["President Reagan","Mr. Reagan"], nationality="USA"),
          dict(name="Wojciech Jaruzelski", aliases=["Gen. Wojciech Jaruzelski"], nationality="POL")],
 not_persons=["Solidarity"],
 embassies=[dict(sending="POL", host="JPN", city="Tokyo"), dict(sending="USA", host="JPN", city="Tokyo"), dict(sending="POL", host="USA", city="Washington")],
 defections=[dict(defector="Zdzislaw Rurarz", **{"from":"POL"}, to="USA", post_host="JPN", date="1981-12-23", position="ambassador to Japan"),
             dict(defector="Romuald Spasowski", **{"from":"POL"}, to="USA", post_host="USA", date="1981-12-19", position="ambassador in Washington")],
 agreements=[])),

dict(id="wire-039", title="Japan-Philippines troop access pact takes effect", published="2025-09-11", source="Wire report",
text="""MANILA, Sept 11 - A defence pact allowing Japanese and Philippine forces to deploy on each other's territory for joint exercises entered into force on Thursday, deepening security ties between two U.S. allies at odds with China in the South China Sea.
The Reciprocal Access Agreement was signed in Manila in July last year by the two countries' defence and foreign ministers, including Philippine Defence Secretary Gilberto Teodoro and then-Japanese Foreign Minister Yoko Kamikawa. The Philippine Senate ratified it in December and Japan's Diet approved it in June.
"This is not aimed at any third country. It is aimed at keeping the peace," Teodoro said in a statement. Beijing has said such arrangements "should not target or harm the interests of third parties".
It is Manila's third visiting forces arrangement, after the Visiting Forces Agreement with the United States, signed in 1998, and a status-of-forces pact with Australia signed in 2007 and in force since 2012.""",
gold=dict(countries=["JPN","PHL","CHN","USA","AUS"],
 persons=[dict(name="Gilberto Teodoro", aliases=["Teodoro"], nationality="PHL"),
          dict(name="Yoko Kamikawa", aliases=[], nationality="JPN")],
 not_persons=[],
 embassies=[], defections=[],
 agreements=[dict(name="Reciprocal Access Agreement", aliases=[], parties=["JPN","PHL"], date="2024-07", status="in_force"),
             dict(name="Visiting Forces Agreement", aliases=[], parties=["PHL","USA"], date="1998", status="signed"),
             dict(name="status-of-forces pact with Australia", aliases=[], parties=["PHL","AUS"], date="2007", status="in_force")])),
]
