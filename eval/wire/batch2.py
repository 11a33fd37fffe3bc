ARTICLES = [
dict(id="wire-010", title="Libyan envoy in Dhaka quits, asks Bangladesh for asylum", published="2011-02-23", source="Wire report",
text="""DHAKA, Feb 23 - Libya's ambassador to Bangladesh announced his resignation on Wednesday and said he had asked the Bangladeshi government for political asylum, joining a lengthening list of Libyan diplomats who have turned their backs on Muammar Gaddafi.
"I resign from representing the regime. I stand with the people," Abdelhamid al-Mahdawi told reporters outside his residence in the Gulshan diplomatic quarter, a green, black and red flag of the pre-Gaddafi monarchy draped over the gate behind him.
Mahdawi, who has served in Dhaka since 2008, said he feared for relatives in Benghazi and would not go home "while the killing goes on". A Bangladeshi foreign ministry official confirmed a request had been received and said it was "being examined".
Libyan ambassadors in several Asian capitals and in Washington have broken with the government since the uprising began last week. On Monday two air force colonels flew their Mirage fighters to Malta rather than bomb protesters, and officials in Valletta said both men had asked for asylum.
The embassy's remaining staff, one of whom answered the telephone on Wednesday, said they had "no instructions" from Tripoli.""",
gold=dict(countries=["LBY","BGD","USA","MLT"],
 persons=[dict(name="Abdelhamid al-Mahdawi", aliases=["Mahdawi"], nationality="LBY"),
          dict(name="Muammar Gaddafi", aliases=[], nationality="LBY")],
 not_persons=["Mirage"],
 embassies=[dict(sending="LBY", host="BGD", city="Dhaka"), dict(sending="LBY", host="USA", city="Washington")],
 defections=[dict(defector="Abdelhamid al-Mahdawi", **{"from":"LBY"}, to="BGD", post_host="BGD", date="2011-02-23", position="ambassador")],
 agreements=[])),

dict(id="wire-011", title="Italy and Yugoslavia settle Trieste frontier in Osimo treaty", published="1975-11-10", source="Wire report",
text="""OSIMO, Italy, Nov. 10 - Italy and Yugoslavia today signed a treaty fixing their common border north and south of Trieste, formally closing a dispute that has soured relations between Rome and Belgrade since the end of the Second World War.
The agreement was signed in a villa outside this small town near Ancona by Foreign Minister Mariano Rumor of Italy and his Yugoslav counterpart, Milos Minic. An accompanying economic accord provides for a free industrial zone straddling the frontier on the Karst plateau.
Under the treaty, the former Zone B of the Free Territory of Trieste, administered by Yugoslavia since 1954, becomes Yugoslav territory, while Italy keeps the city of Trieste and the former Zone A. The settlement supersedes the London memorandum of 1954, signed by Italy, Yugoslavia, Britain and the United States, which had divided the territory on a provisional basis.
Right-wing deputies in Rome denounced the treaty as a "renunciation" and nationalists in Trieste have called a protest march for Saturday. The government is expected to submit the text to Parliament for ratification early next year.
"This is an act of good neighbourliness that looks to the future," Rumor told reporters.""",
gold=dict(countries=["ITA","YUG","GBR","USA"],
 persons=[dict(name="Mariano Rumor", aliases=["Rumor"], nationality="ITA"),
          dict(name="Milos Minic", aliases=[], nationality="YUG")],
 not_persons=[],
 embassies=[], defections=[],
 agreements=[dict(name="Osimo treaty", aliases=["treaty fixing their common border","settlement"], parties=["ITA","YUG"], date="1975-11-10", status="signed"),
             dict(name="economic accord", aliases=["accompanying economic accord"], parties=["ITA","YUG"], date="1975-11-10", status=None),
             dict(name="London memorandum", aliases=[], parties=["ITA","YUG","GBR","USA"], date="1954", status="terminated")])),

dict(id="wire-012", title="East German diplomat in Ethiopia flees to West", published="1983-06-16", source="AP wire",
text="""BONN, June 16 (AP) - An East German diplomat stationed in Ethiopia has fled to West Germany with his family, the government said today.
Dieter Hasselbach, a spokesman for the Ministry for Intra-German Relations, said the man, Hans-Joachim Krueger, 44, a second secretary at the East German Embassy in Addis Ababa, had walked into the West German Embassy there last week with his wife and two children. The family was flown to Frankfurt on Tuesday.
Under West German law East Germans are considered German citizens, and Krueger will not have to apply for asylum, Hasselbach said. He refused to say how the family had been taken out of Ethiopia, whose Marxist government is one of East Berlin's closest allies in Africa.
ADN, the East German news agency, said in a short dispatch that Krueger was being sought for embezzling embassy funds and called on Bonn to hand him over. Officials here dismissed the demand.
Krueger had served in Addis Ababa since 1980, according to a diplomatic list.""",
gold=dict(countries=["DDR","DEU","ETH"],
 persons=[dict(name="Dieter Hasselbach", aliases=["Hasselbach"], nationality="DEU"),
          dict(name="Hans-Joachim Krueger", aliases=["Krueger"], nationality="DDR")],
 not_persons=["ADN"],
 embassies=[dict(sending="DDR", host="ETH", city="Addis Ababa"), dict(sending="DEU", host="ETH", city="Addis Ababa")],
 defections=[dict(defector="Hans-Joachim Krueger", **{"from":"DDR"}, to="DEU", post_host="ETH", date="1983-06", position="second secretary")],
 agreements=[])),

dict(id="wire-013", title="Russian diplomat in Slovenia seeks asylum over Ukraine war", published="2022-06-10", source="Wire report",
text="""LJUBLJANA - A junior Russian diplomat has asked Slovenia for asylum after refusing to carry out what he called "propaganda work" for the war in Ukraine, the Slovenian interior ministry confirmed on Friday.
Kirill Sobolev, 36, a second secretary at the Russian embassy in Ljubljana, handed in his diplomatic passport and lodged an application for international protection in May, ministry spokesman Rok Zupancic said. He declined to give a precise date or to say where Sobolev was living.
"The procedure is confidential and will be carried out according to the law, as for any other applicant," Zupancic told reporters.
In an open letter published on Thursday by the exiled news site Novaya Gazeta Europe, Sobolev said he had been ordered to help organise rallies by Russians living in Slovenia in support of what Moscow calls its "special military operation".
"For twelve years I was proud of my job. Since February 24 I have been ashamed of it," he wrote. "I will not return to a country that is destroying its neighbour and its own future."
Sobolev was accompanied to the police station where he filed his request by a Ljubljana lawyer, Maja Kovac, who said she had met him through mutual friends and agreed to help "because nobody else would". She said he had received no money from any foreign government.
The Russian embassy did not respond to requests for comment. In Moscow, Kremlin spokesman Dmitry Peskov said he was not aware of the case and referred questions to the foreign ministry.
Slovenia, a member of the European Union and NATO, has supported sanctions against Russia and sent weapons to Ukraine. It has received relatively few asylum applications from Russian citizens compared with neighbouring Austria, officials say, and until now none from a serving diplomat.
Sobolev, who joined the foreign ministry after graduating from the Moscow State Institute of International Relations, had been posted in Ljubljana since 2019. His wife and young daughter left Slovenia for Russia in March, according to Kovac, and he does not know when he will see them again.
"He understands what he has lost," she said. "He says he could not have lived with the alternative.\"""",
gold=dict(countries=["RUS","SVN","UKR","AUT"],
 persons=[dict(name="Kirill Sobolev", aliases=["Sobolev"], nationality="RUS"),
          dict(name="Rok Zupancic", aliases=["Zupancic"], nationality="SVN"),
          dict(name="Maja Kovac", aliases=["Kovac"]),
          dict(name="Dmitry Peskov", aliases=[], nationality="RUS")],
 not_persons=["Novaya Gazeta Europe"],
 embassies=[dict(sending="RUS", host="SVN", city="Ljubljana")],
 defections=[dict(defector="Kirill Sobolev", **{"from":"RUS"}, to="SVN", post_host="SVN", date="2022-05", position="second secretary")],
 agreements=[])),

dict(id="wire-014", title="Sudan, South Sudan oil talks collapse without deal", published="2012-01-28", source="Wire report",
text="""ADDIS ABABA, Jan 28 - Talks between Sudan and South Sudan on how much the landlocked new state should pay to export its oil through its northern neighbour broke up on Saturday without agreement, deepening a dispute that has already halted much of the region's crude production.
The African Union mediator, Thabo Mbeki, told reporters after a late-night session that the gap between the two delegations "remains wide" and that he would report to the AU's Peace and Security Council before deciding when to reconvene them.
Juba, which took about three-quarters of the old Sudan's oil output when it became independent last July, began shutting down its wells this week after accusing Khartoum of confiscating crude worth hundreds of millions of dollars. Sudan says it has taken oil only in lieu of unpaid transit fees.
South Sudan's chief negotiator, Garang Deng Akuei, said his government had rejected an AU proposal on fees because it would have left Khartoum "with its hand in our pocket". Sudan's lead negotiator, Omer Siddig Hamdan, accused Juba of "economic suicide" and said the shutdown would hurt its own people first.
Both sides said they were willing to return to the table. China, the biggest buyer of South Sudanese crude, has sent a special envoy to the region.""",
gold=dict(countries=["SDN","SSD","CHN"],
 persons=[dict(name="Thabo Mbeki", aliases=[]),
          dict(name="Garang Deng Akuei", aliases=[], nationality="SSD"),
          dict(name="Omer Siddig Hamdan", aliases=[], nationality="SDN")],
 not_persons=[],
 embassies=[], defections=[], agreements=[])),

dict(id="wire-015", title="Venezuelan military attache in Quito breaks with Maduro", published="2019-02-05", source="Wire report",
text="""QUITO, Feb 5 - Venezuela's military attache in Ecuador has disavowed President Nicolas Maduro and recognised opposition leader Juan Guaido as the country's interim president, becoming the latest Venezuelan official abroad to defect.
In a video recorded in uniform and posted on social media on Monday, Colonel Ramon Eduardo Pacheco Lugo said he no longer recognised "the usurper" and urged fellow officers to "put themselves on the side of the constitution".
Pacheco, who had worked at the Venezuelan embassy in Quito since 2017, said he had asked the Ecuadorean authorities for protection for himself and his family. Ecuador's foreign ministry confirmed it had received the request and said it would be handled "with the urgency the situation demands".
The embassy, still loyal to Caracas, said the colonel had been relieved of his duties several days earlier and described him as "a deserter".
Last month Venezuela's military attache in Washington, Colonel Jose Luis Silva, also broke with Maduro and declared his allegiance to Guaido.""",
gold=dict(countries=["VEN","ECU","USA"],
 persons=[dict(name="Nicolas Maduro", aliases=["Maduro"], nationality="VEN"),
          dict(name="Juan Guaido", aliases=["Guaido"], nationality="VEN"),
          dict(name="Ramon Eduardo Pacheco Lugo", aliases=["Pacheco"], nationality="VEN"),
          dict(name="Jose Luis Silva", aliases=[], nationality="VEN")],
 not_persons=[],
 embassies=[dict(sending="VEN", host="ECU", city="Quito"), dict(sending="VEN", host="USA", city="Washington")],
 defections=[dict(defector="Ramon Eduardo Pacheco Lugo", **{"from":"VEN"}, to="ECU", post_host="ECU", date="2019-02-04", position="military attache"),
             dict(defector="Jose Luis Silva", **{"from":"VEN"}, to=None, post_host="USA", date="2019-01", position="military attache")],
 agreements=[])),

dict(id="wire-016", title="Cold War missile treaty dies as U.S. formally exits", published="2019-08-02", source="Wire report",
text="""WASHINGTON, Aug 2 - The United States formally withdrew from the Intermediate-Range Nuclear Forces Treaty with Russia on Friday, ending a landmark arms control pact that Washington says Moscow has been violating for years.
"Russia is solely responsible for the treaty's demise," Secretary of State Mike Pompeo said in a statement, repeating U.S. charges that a Russian cruise missile, known in the West as the SSC-8, breaches the treaty's range limits. Moscow denies it.
Russia's foreign ministry said the treaty had "ceased to exist" at Washington's initiative.
Signed by President Ronald Reagan and Soviet leader Mikhail Gorbachev in December 1987, the treaty between the United States and the Soviet Union eliminated an entire class of ground-launched missiles with ranges of 500 to 5,500 km and led to the destruction of nearly 2,700 of them.
Its end leaves New START, which expires in February 2021 unless both sides agree to extend it, as the only treaty still limiting the two largest nuclear arsenals. Pompeo has said any future arms control arrangement should also cover China, which has refused to join such talks.""",
gold=dict(countries=["USA","RUS","SUN","CHN"],
 persons=[dict(name="Mike Pompeo", aliases=["Pompeo"], nationality="USA"),
          dict(name="Ronald Reagan", aliases=[], nationality="USA"),
          dict(name="Mikhail Gorbachev", aliases=[], nationality="SUN")],
 not_persons=[],
 embassies=[], defections=[],
 agreements=[dict(name="Intermediate-Range Nuclear Forces Treaty", aliases=[], parties=["USA","SUN"], date="1987-12", status="terminated"),
             dict(name="New START", aliases=[], parties=["USA","RUS"], date=None, status="in_force")])),

dict(id="wire-017", title="Chinese diplomat granted asylum in New Zealand", published="1989-06-23", source="Wire report",
text="""WELLINGTON, June 23 - A Chinese diplomat who walked out of his embassy two weeks ago in protest at the army's assault on demonstrators in Beijing has been granted asylum in New Zealand, Prime Minister David Lange said on Friday.
Liu Jianguo, 33, a third secretary in the embassy's education section, left the mission on the afternoon of June 8 and went to the home of a university lecturer who had taught him English. Lange said the decision to let him stay had been taken "on humanitarian grounds and after careful thought".
The Chinese ambassador, Zhou Qiming, had demanded that Liu be handed back, saying he had "betrayed the motherland". The embassy said on Friday that New Zealand would "bear the consequences".
Liu told a television interviewer that he had watched footage of the killings near Tiananmen Square "and knew I could not go back to writing reports that said nothing happened".
Several hundred Chinese students are studying in New Zealand, and the government announced last week that none would be forced to return home when their visas expire.""",
gold=dict(countries=["CHN","NZL"],
 persons=[dict(name="David Lange", aliases=["Lange"], nationality="NZL"),
          dict(name="Liu Jianguo", aliases=["Liu"], nationality="CHN"),
          dict(name="Zhou Qiming", aliases=[], nationality="CHN")],
 not_persons=["Tiananmen Square"],
 embassies=[dict(sending="CHN", host="NZL", city="Wellington")],
 defections=[dict(defector="Liu Jianguo", **{"from":"CHN"}, to="NZL", post_host="NZL", date="1989-06-08", position="third secretary in the education section")],
 agreements=[])),

dict(id="wire-018", title="Kazakh parliament ratifies power-trade pact with Kyrgyzstan", published="2026-02-12", source="Central Asian wire",
text="""ASTANA, Feb 12 - Kazakhstan's lower house of parliament on Wednesday ratified an agreement with Kyrgyzstan on cross-border electricity trade and the operation of shared water reservoirs, clearing the last legislative hurdle for a deal the two governments signed in October.
Kyrgyzstan's parliament approved the agreement in December. It will enter into force once the two foreign ministries exchange notes, which officials said should happen in March.
Under the deal, Kyrgyzstan will release more water from the Toktogul reservoir in the summer growing season, when Kazakh farmers in the south need it most, and in return receive Kazakh electricity and coal during the winter, when its hydropower output falls.
"For the first time the arrangement is written down for ten years rather than negotiated every spring," Kazakh Deputy Energy Minister Nurlan Sapargaliyev told deputies.
Kyrgyz Energy Minister Almazbek Toktosunov said in Bishkek that Uzbekistan could be invited to join the scheme later but that no talks with Tashkent had yet been held.""",
gold=dict(countries=["KAZ","KGZ","UZB"],
 persons=[dict(name="Nurlan Sapargaliyev", aliases=[], nationality="KAZ"),
          dict(name="Almazbek Toktosunov", aliases=[], nationality="KGZ")],
 not_persons=["Toktogul"],
 embassies=[], defections=[],
 agreements=[dict(name="agreement on cross-border electricity trade and the operation of shared water reservoirs", aliases=["power-trade pact"], parties=["KAZ","KGZ"], date="2025-10", status="signed")])),

dict(id="wire-019", title="Eritrean envoy to Kenya reappears after defection rumours", published="2015-03-11", source="Wire report",
text="""NAIROBI, March 11 - Eritrea's ambassador to Kenya appeared at a diplomatic reception here on Tuesday evening, putting an end to a week of reports on opposition websites that he had fled his post.
Ambassador Tesfamariam Habte shook hands with guests at a function hosted by the Kenyan foreign ministry and told reporters he had been in Asmara for "routine consultations".
"As you can see, I am here, I am well and I am working," he said. "Those who write these stories should find better things to do."
The exile news site Asmarino had reported that the envoy had left the embassy and asked a Western country for protection. Asmarino did not name its sources and later removed the article.
A senior Kenyan official, Joyce Wanjiru, said Nairobi had never been given any reason to believe the ambassador had left his post.
Eritrea, ruled by President Isaias Afwerki since independence, is among the world's most closed countries, and rumours of senior officials abandoning their posts circulate frequently among its diaspora.""",
gold=dict(countries=["ERI","KEN"],
 persons=[dict(name="Tesfamariam Habte", aliases=[], nationality="ERI"),
          dict(name="Joyce Wanjiru", aliases=[], nationality="KEN"),
          dict(name="Isaias Afwerki", aliases=[], nationality="ERI")],
 not_persons=["Asmarino"],
 embassies=[dict(sending="ERI", host="KEN", city="Nairobi")],
 defections=[], agreements=[])),
]
