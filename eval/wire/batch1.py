ARTICLES = [
dict(id="wire-000", title="Soviet trade official seeks asylum in Sweden", published="1976-03-12", source="Reuter wire",
text="""STOCKHOLM, March 11 (Reuter) - A Soviet trade official attached to the embassy here has asked for political asylum in Sweden, the Foreign Ministry said tonight.
A ministry spokesman, Gunnar Lindqvist, said the man, Yuri Alekseyevich Melnikov, 41, an assistant in the Soviet trade mission, walked into a police station in the suburb of Solna on Tuesday with his wife and asked for protection.
"His application is being considered in the normal way," Lindqvist said. He declined to say where the couple was being housed or whether Swedish security police had questioned them.
The Soviet embassy said in a brief statement that Melnikov had been "provoked by hostile elements" and demanded that its consul be allowed to see him. Western diplomats said the embassy had also delivered a protest note to the ministry.
Melnikov is the first Soviet official to seek asylum in Sweden in five years.""",
gold=dict(countries=["SUN","SWE"],
 persons=[dict(name="Yuri Alekseyevich Melnikov", aliases=["Melnikov"], nationality="SUN"),
          dict(name="Gunnar Lindqvist", aliases=["Lindqvist"], nationality="SWE")],
 not_persons=[],
 embassies=[dict(sending="SUN", host="SWE", city="Stockholm")],
 defections=[dict(defector="Yuri Alekseyevich Melnikov", **{"from":"SUN"}, to="SWE", post_host="SWE", date="1976-03-09", position="assistant in the Soviet trade mission")],
 agreements=[])),

dict(id="wire-001", title="Myanmar diplomat who defied junta granted protection in Australia", published="2021-09-14", source="Australian wire service",
text="""CANBERRA - A Myanmar diplomat who refused to serve the military junta after February's coup has been granted a protection visa allowing him and his family to stay in Australia, his lawyer said on Tuesday.
Zaw Min Htut, until April a counsellor at Myanmar's embassy in Canberra, publicly denounced the generals that month and applied to Australian authorities for asylum days later, saying he expected to be arrested if he flew back to Yangon.
"He is relieved and he is grateful," said the lawyer, Rebecca Thornton. "But he is also thinking about the colleagues who could not do what he did."
The Department of Home Affairs said it did not comment on individual cases.
Myanmar's military, led by Senior General Min Aung Hlaing, has ordered envoys who joined the civil disobedience movement to come home and has cancelled several of their passports. At least a dozen diplomats around the world have broken with the junta since the coup.
Zaw Min Htut told reporters in April that he could not "represent people who shoot children in the street".""",
gold=dict(countries=["MMR","AUS"],
 persons=[dict(name="Zaw Min Htut", aliases=[], nationality="MMR"),
          dict(name="Rebecca Thornton", aliases=[]),
          dict(name="Min Aung Hlaing", aliases=[], nationality="MMR")],
 not_persons=[],
 embassies=[dict(sending="MMR", host="AUS", city="Canberra")],
 defections=[dict(defector="Zaw Min Htut", **{"from":"MMR"}, to="AUS", post_host="AUS", date="2021-04", position="counsellor")],
 agreements=[])),

dict(id="wire-002", title="Japan and China sign peace and friendship treaty", published="1978-08-12", source="AP wire",
text="""PEKING, Aug. 12 (AP) - Japan and China signed a treaty of peace and friendship here today, ending six years of on-and-off negotiations that had stalled mainly over Chinese insistence on a clause opposing "hegemony," a word Moscow regards as aimed at itself.
Foreign Minister Sunao Sonoda of Japan and his Chinese counterpart, Huang Hua, put their names to the document in the Great Hall of the People as Vice Premier Teng Hsiao-ping looked on. Officials of both sides raised glasses of mao-tai afterward.
The treaty still has to be ratified by the Japanese Diet and by China's National People's Congress. Japanese officials said they hoped instruments of ratification could be exchanged in Tokyo by autumn.
The Soviet Union, which has repeatedly warned Tokyo against accepting the antihegemony language, had no immediate comment. Tass, the official Soviet press agency, carried a two-line report without comment.
Japan and China restored diplomatic relations in September 1972 in a joint communique signed by Prime Minister Kakuei Tanaka and Premier Chou En-lai, which called for a peace treaty to be concluded. Sonoda told Japanese reporters the new treaty "is not directed against any third country.\"""",
gold=dict(countries=["JPN","CHN","SUN"],
 persons=[dict(name="Sunao Sonoda", aliases=["Sonoda"], nationality="JPN"),
          dict(name="Huang Hua", aliases=[], nationality="CHN"),
          dict(name="Teng Hsiao-ping", aliases=[], nationality="CHN"),
          dict(name="Kakuei Tanaka", aliases=[], nationality="JPN"),
          dict(name="Chou En-lai", aliases=[], nationality="CHN")],
 not_persons=["Tass"],
 embassies=[],
 defections=[],
 agreements=[dict(name="treaty of peace and friendship", aliases=["peace treaty"], parties=["JPN","CHN"], date="1978-08-12", status="signed"),
             dict(name="joint communique", aliases=[], parties=["JPN","CHN"], date="1972-09", status="signed")])),

dict(id="wire-003", title="Estonia expels Russian embassy counsellor", published="2024-05-17", source="Baltic wire",
text="""TALLINN - Estonia on Thursday ordered a counsellor at the Russian embassy to leave the country within 72 hours, accusing him of "deliberately and continuously" undermining the country's security.
The foreign ministry named the diplomat as Dmitri Zhdanov and said the Russian charge d'affaires had been summoned and handed a note. Kadri Lepik, a ministry spokeswoman, declined to describe what Zhdanov was alleged to have done, saying only that the decision "was based on information from the security authorities".
The Russian embassy called the move "another hostile step" and said Moscow would respond "in due course".
Estonia has cut the number of Russian diplomats allowed in Tallinn several times since Russia's full-scale invasion of Ukraine in 2022, and neighbouring Latvia and Lithuania have taken similar steps. Estonian officials say Russia's mission now has fewer than a dozen accredited staff, down from more than forty.
Zhdanov, who arrived in Tallinn in 2021, was responsible for what the embassy describes as "compatriot affairs".""",
gold=dict(countries=["EST","RUS","UKR","LVA","LTU"],
 persons=[dict(name="Dmitri Zhdanov", aliases=["Zhdanov"], nationality="RUS"),
          dict(name="Kadri Lepik", aliases=[], nationality="EST")],
 not_persons=[],
 embassies=[dict(sending="RUS", host="EST", city="Tallinn")],
 defections=[], agreements=[])),

dict(id="wire-004", title="Cuban diplomat asks Spain for asylum", published="1983-10-07", source="UPI wire",
text="""MADRID, Oct. 7 (UPI) - A Cuban diplomat who vanished from his post last week has asked for political asylum in Spain, the Interior Ministry said Friday.
The ministry identified him as Orlando Rafael Quintana Ferrer, 38, a third secretary in charge of cultural affairs at the Cuban Embassy in Madrid. Embassy colleagues told Spanish reporters he had been booked on an Iberia flight to Havana's Jose Marti International Airport last Saturday but never arrived at Barajas.
A Cuban Embassy spokesman, Hector Pardo, at first said Quintana was "on leave," then accused Spanish police of having "kidnapped" him. The Interior Ministry rejected that, saying Quintana had walked into a police station on Monday with a handwritten request for asylum and had not been detained.
"He is free to go wherever he wishes, including back to his embassy," a ministry official said. "He has told us he does not wish to."
Quintana is the second Cuban official to seek refuge in Spain this year. In March Elena Marrero, a commercial attache at the same embassy, asked for asylum; her case is still under review.
A Spanish diplomat said the affair could complicate a trade mission to Havana planned for next month.""",
gold=dict(countries=["CUB","ESP"],
 persons=[dict(name="Orlando Rafael Quintana Ferrer", aliases=["Quintana"], nationality="CUB"),
          dict(name="Hector Pardo", aliases=[], nationality="CUB"),
          dict(name="Elena Marrero", aliases=[], nationality="CUB")],
 not_persons=["Iberia","Jose Marti International Airport"],
 embassies=[dict(sending="CUB", host="ESP", city="Madrid")],
 defections=[dict(defector="Orlando Rafael Quintana Ferrer", **{"from":"CUB"}, to="ESP", post_host="ESP", date="1983-10-03", position="third secretary in charge of cultural affairs"),
             dict(defector="Elena Marrero", **{"from":"CUB"}, to="ESP", post_host="ESP", date="1983-03", position="commercial attache")],
 agreements=[])),

dict(id="wire-005", title="India holds Indus Waters Treaty in abeyance after Kashmir attack", published="2025-04-24", source="Wire report",
text="""NEW DELHI, April 24 - India has placed the Indus Waters Treaty with Pakistan "in abeyance with immediate effect", the first time New Delhi has suspended the 65-year-old water-sharing pact, which survived three wars between the neighbours.
Foreign Secretary Vikram Misri announced the step late on Wednesday after a meeting of the Cabinet Committee on Security chaired by Prime Minister Narendra Modi. It followed Tuesday's attack on tourists near Pahalgam in Kashmir, in which 26 people were killed. India blames militants backed from across the border; Islamabad denies any role.
Brokered by the World Bank and signed in Karachi in September 1960, the treaty gives India the use of the three eastern rivers of the Indus basin and Pakistan most of the water of the three western ones. Analysts noted that India lacks the storage to hold back the western rivers' flow for now.
New Delhi also shut the Attari land crossing and declared the defence advisers at the Pakistani High Commission in New Delhi persona non grata, giving them a week to leave.
Pakistan's National Security Committee responded on Thursday that any attempt to stop or divert water belonging to Pakistan "will be considered as an Act of War". It said Islamabad could exercise its right to hold all bilateral agreements with India in abeyance, "including but not limited to" the 1972 Simla Agreement.""",
gold=dict(countries=["IND","PAK"],
 persons=[dict(name="Vikram Misri", aliases=[], nationality="IND"),
          dict(name="Narendra Modi", aliases=[], nationality="IND")],
 not_persons=[],
 embassies=[dict(sending="PAK", host="IND", city="New Delhi")],
 defections=[],
 agreements=[dict(name="Indus Waters Treaty", aliases=["water-sharing pact"], parties=["IND","PAK"], date="1960-09", status="suspended"),
             dict(name="Simla Agreement", aliases=[], parties=["IND","PAK"], date="1972", status=None)])),

dict(id="wire-006", title="North Korean diplomat posted in Laos reaches South Korea", published="2016-07-01", source="Seoul wire",
text="""SEOUL, July 1 - A North Korean diplomat who had been stationed in Laos has arrived in South Korea with his wife and teenage son, the Unification Ministry said Thursday.
Ministry spokeswoman Park Soo-jin told a briefing only that a "North Korean official working abroad" had entered the South "recently" via a third country, which she declined to name, and was being questioned by the authorities, as is routine for new arrivals.
Lawmakers briefed by the National Intelligence Service later identified the man as Kang Myong-sik, 47, a first secretary who handled trade at the North's embassy in Vientiane. They said he had left his post in May after being told to return to Pyongyang.
North Korea has made no comment. It usually accuses Seoul of abducting or luring away its citizens when such cases come to light.
Defections by serving North Korean diplomats are rare, though not unheard of. The most senior North Korean ever to defect, the ideologue Hwang Jang-yop, walked into the South Korean consulate in Beijing in 1997 and reached Seoul two months later.
Kang is believed to have come under pressure to raise foreign currency for the regime, one lawmaker said.""",
gold=dict(countries=["PRK","KOR","LAO","CHN"],
 persons=[dict(name="Park Soo-jin", aliases=[], nationality="KOR"),
          dict(name="Kang Myong-sik", aliases=["Kang"], nationality="PRK"),
          dict(name="Hwang Jang-yop", aliases=[], nationality="PRK")],
 not_persons=[],
 embassies=[dict(sending="PRK", host="LAO", city="Vientiane"), dict(sending="KOR", host="CHN", city="Beijing")],
 defections=[dict(defector="Kang Myong-sik", **{"from":"PRK"}, to="KOR", post_host="LAO", date="2016-05", position="first secretary handling trade"),
             dict(defector="Hwang Jang-yop", **{"from":"PRK"}, to="KOR", post_host=None, date="1997", position="ideologue")],
 agreements=[])),

dict(id="wire-007", title="U.S. and Russia extend New START for five years", published="2021-02-03", source="Wire report",
text="""WASHINGTON - The United States and Russia have extended the New START treaty for five years, Secretary of State Antony Blinken said on Wednesday, preserving the last remaining pact that limits the two countries' nuclear arsenals two days before it was due to expire.
"Extending the New START Treaty ensures we have verifiable limits on Russian ICBMs, submarine-launched ballistic missiles, and heavy bombers until February 5, 2026," Blinken said in a statement.
Russia's foreign ministry said the two sides had exchanged diplomatic notes completing the procedures, after President Vladimir Putin signed a ratification law rushed through parliament last week.
Signed in Prague in 2010 by Barack Obama and Dmitry Medvedev, the treaty caps each side at 1,550 deployed strategic warheads and allows on-site inspections, which have been paused during the pandemic.
Arms-control advocates had feared the treaty would go the way of the 1987 Intermediate-Range Nuclear Forces Treaty, signed with the Soviet Union, which collapsed in 2019 after Washington withdrew. The previous administration also pulled the United States out of the Open Skies Treaty last November.""",
gold=dict(countries=["USA","RUS","SUN"],
 persons=[dict(name="Antony Blinken", aliases=["Blinken"], nationality="USA"),
          dict(name="Vladimir Putin", aliases=[], nationality="RUS"),
          dict(name="Barack Obama", aliases=[]),
          dict(name="Dmitry Medvedev", aliases=[])],
 not_persons=[],
 embassies=[], defections=[],
 agreements=[dict(name="New START", aliases=["New START Treaty"], parties=["USA","RUS"], date="2010", status="in_force"),
             dict(name="Intermediate-Range Nuclear Forces Treaty", aliases=[], parties=["USA","SUN"], date="1987", status="terminated"),
             dict(name="Open Skies Treaty", aliases=[], parties=["USA"], date=None, status="withdrawn")])),

dict(id="wire-008", title="Iranian diplomat in Finland quits, seeks asylum", published="2010-02-05", source="Reuters wire",
text="""HELSINKI, Feb 5 (Reuters) - An Iranian diplomat in Finland has resigned in protest at Tehran's crackdown on opposition supporters and applied for asylum, Finnish authorities confirmed on Friday.
The Finnish Immigration Service said it had received an application on Wednesday from Mehrdad Ghaffari, a first secretary at the Iranian embassy in Helsinki, but gave no further details.
In a statement e-mailed to Persian-language websites abroad, Ghaffari said he could "no longer represent a government that beats and kills its own citizens in the streets".
He is at least the second Iranian diplomat in the Nordic countries to break ranks since last June's disputed presidential election. Last month Hossein Rahbari, a consul at the embassy in Oslo, quit his post and was granted asylum by Norway.
The Iranian embassy in Helsinki said Ghaffari had already been recalled "for administrative irregularities" before he announced his resignation, and called his statement "a fabrication written by others".""",
gold=dict(countries=["IRN","FIN","NOR"],
 persons=[dict(name="Mehrdad Ghaffari", aliases=["Ghaffari"], nationality="IRN"),
          dict(name="Hossein Rahbari", aliases=[], nationality="IRN")],
 not_persons=[],
 embassies=[dict(sending="IRN", host="FIN", city="Helsinki"), dict(sending="IRN", host="NOR", city="Oslo")],
 defections=[dict(defector="Mehrdad Ghaffari", **{"from":"IRN"}, to="FIN", post_host="FIN", date="2010-02-03", position="first secretary"),
             dict(defector="Hossein Rahbari", **{"from":"IRN"}, to="NOR", post_host="NOR", date="2010-01", position="consul")],
 agreements=[])),

dict(id="wire-009", title="Missing Bulgarian diplomat found in Lagos clinic", published="1997-09-19", source="AFP wire",
text="""LAGOS, Sept 19 (AFP) - A Bulgarian diplomat reported missing for four days has turned up in a private clinic in Lagos, recovering from a severe bout of malaria, his embassy said on Friday, dismissing newspaper reports that he had defected.
Stefan Kolev, 52, an attache at the Bulgarian embassy, had not been seen since Monday, when he left the mission in his own car. His wife, Rumyana Koleva, alerted colleagues when he failed to come home, and the embassy asked Nigerian police for help.
Two Lagos tabloids reported on Thursday that Kolev had "fled to the West". In fact, the embassy said, he had collapsed with a high fever and been admitted to St. Nicholas Hospital on Lagos Island, where staff did not know who he was until he regained consciousness.
"He is not a defector, he is a patient," the charge d'affaires, Petar Iliev, told AFP. "Mr Kolev will return to work as soon as the doctors allow it."
A Nigerian foreign ministry official said the government had received no request from Kolev for any kind of protection.""",
gold=dict(countries=["BGR","NGA"],
 persons=[dict(name="Stefan Kolev", aliases=["Kolev"], nationality="BGR"),
          dict(name="Rumyana Koleva", aliases=[]),
          dict(name="Petar Iliev", aliases=[], nationality="BGR")],
 not_persons=["St. Nicholas Hospital"],
 embassies=[dict(sending="BGR", host="NGA", city="Lagos")],
 defections=[], agreements=[])),
]
