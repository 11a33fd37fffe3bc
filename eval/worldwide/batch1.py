ARTICLES = []
def A(id, title, published, source, text, gold):
    ARTICLES.append(dict(id=id, title=title, published=published, source=source, text=text, gold=gold))

A("world-000", "Ethiopian Diplomat at U.N. Seeks Asylum in U.S.", "1991-06-12", "Wire report",
"""UNITED NATIONS, June 12 — A diplomat at Ethiopia's mission to the United Nations has asked the United States for political asylum, the second member of the mission's staff to break with Addis Ababa since the government of Mengistu Haile Mariam collapsed last month, officials said Wednesday.
Tesfaye Woldemichael, 44, a first secretary who followed the work of the General Assembly's economic committee, filed his request with the Immigration and Naturalization Service on Monday, according to his lawyer, Daniel Strong.
"He does not know who is in charge at home this week, and he does not want to find out at the airport," Mr. Strong said in a telephone interview from his office in lower Manhattan.
Mr. Tesfaye, who has lived in Queens with his wife and three children since 1988, did not return messages left at his home. A colleague at the mission, speaking on condition of anonymity, said the first secretary had stopped coming to work in late May, shortly after a driver attached to the mission also disappeared.
Colonel Mengistu fled to Zimbabwe on May 21 as rebel columns closed in on the capital, ending 14 years of rule. A transitional administration led by the rebel Ethiopian People's Revolutionary Democratic Front has since taken over the ministries, but many of the country's missions abroad have received no instructions at all, diplomats here said.
A State Department spokesman declined to discuss the case, citing privacy rules that cover asylum applications.""",
dict(countries=["ETH","USA","ZWE"],
 persons=[dict(name="Tesfaye Woldemichael", aliases=["Tesfaye"], nationality="ETH"),
          dict(name="Daniel Strong", aliases=["Strong"]),
          dict(name="Mengistu Haile Mariam", aliases=["Mengistu"], nationality="ETH")],
 not_persons=[],
 embassies=[dict(sending="ETH", host="USA", city="New York")],
 defections=[dict(defector="Tesfaye Woldemichael", **{"from":"ETH"}, to="USA", post_host="USA", date="1991-06-10", position="first secretary at the mission to the United Nations"),
             dict(defector="Mengistu Haile Mariam", **{"from":"ETH"}, to="ZWE", post_host=None, date="1991-05-21", position="head of government")],
 agreements=[]))

A("world-001", "Cuban trade counsellor asks Madrid for asylum", "1994-09-19", "European newspaper, foreign desk",
"""MADRID — The commercial counsellor at the Cuban embassy here has requested political asylum in Spain, the Interior Ministry confirmed yesterday, in the most senior break from Havana's diplomatic corps in Europe this year.
Rogelio Castañeda de la Fuente, 51, presented himself at a police station in the Chamartín district last Thursday accompanied by his wife, a ministry spokeswoman, Inmaculada Ortiz, said. She would not say where the couple were staying.
Castañeda had spent four years in Madrid negotiating sugar and tobacco sales and, more recently, trying to persuade Spanish hotel chains to invest on the island. Colleagues described him as a party loyalist who had grown despondent over shortages at home, where the loss of its old Eastern-bloc subsidies has left the economy in free fall.
The embassy issued a brief statement accusing him of "abandoning his post to escape accounts he owed to the Cuban state" and said his departure would have no effect on commercial ties.
Those ties are considerable. Spain is Cuba's largest trading partner in the West, and Spanish companies still hold much of the debt that was rescheduled under a 1986 accord between Madrid and Havana — an agreement that officials on both sides said last year they wanted to revisit.
The defection comes weeks after the summer's mass exodus of rafters, which ended only when Havana agreed to tighten its coastal controls. Spanish officials said they did not expect the case to affect a visit by a Cuban trade delegation planned for November.""",
dict(countries=["ESP","CUB"],
 persons=[dict(name="Rogelio Castañeda de la Fuente", aliases=["Castañeda"], nationality="CUB"),
          dict(name="Inmaculada Ortiz", aliases=[])],
 not_persons=[],
 embassies=[dict(sending="CUB", host="ESP", city="Madrid")],
 defections=[dict(defector="Rogelio Castañeda de la Fuente", **{"from":"CUB"}, to="ESP", post_host="ESP", date="1994-09-15", position="commercial counsellor")],
 agreements=[dict(name="1986 debt rescheduling accord", aliases=[], parties=["ESP","CUB"], date="1986", status=None)]))

A("world-002", "ANALYSIS: The quiet drain from Pyongyang's missions abroad", "2024-07-17", "Analysis, Asia desk",
"""SEOUL — When North Korea's diplomats disappear, they rarely do it loudly. There is no press conference, no statement. A family misses a flight home; a desk at an embassy goes empty; months later, if at all, Seoul's Unification Ministry confirms that someone has "entered the South."
The pattern has quickened since the country's borders reopened after the pandemic and diplomats who had been stranded abroad for three years were finally ordered home. Many did not want to go.
Kim Song Hyok, a third secretary at the embassy in Vientiane, is one of the few whose case has been made public. He and his wife reached Seoul last autumn after what South Korean officials described only as "a long journey through a third country." Laos has a small North Korean presence and a government that has, in the past, returned defectors to China.
Another case remains murky. Jo Yong-nam, a trade representative attached to the North Korean consulate in the Chinese city of Shenyang, vanished with his wife and teenage son in March. A person familiar with the matter said the family was believed to be in a third country awaiting passage; the ministry would neither confirm nor deny it.
"Trade officials are under enormous pressure to earn hard currency, and when they fail, they know what waits for them," said Park Hyun-joo, a researcher at a Seoul think tank who has interviewed several former diplomats. "Leaving is often less a political decision than a calculation about survival."
The most prominent precedent is still Thae Yong-ho, the former deputy ambassador in London who defected with his family in 2016 and later won a seat in the National Assembly. His memoir circulated widely in Seoul, and, analysts say, among North Korean officials abroad as well.
The departures come as relations between the two Koreas sit at their lowest point in years. Seoul suspended the 2018 inter-Korean military agreement in full last month after a string of balloon launches from the North, removing the last formal limits on activity along the border.
For Pyongyang, each loss is an embarrassment and a security risk. For Seoul, officials say, each arrival is also a source of rare insight into a government that has grown more isolated than ever.""",
dict(countries=["PRK","KOR","LAO","CHN","GBR"],
 persons=[dict(name="Kim Song Hyok", aliases=[], nationality="PRK"),
          dict(name="Jo Yong-nam", aliases=[], nationality="PRK"),
          dict(name="Park Hyun-joo", aliases=[]),
          dict(name="Thae Yong-ho", aliases=[], nationality="PRK")],
 not_persons=[],
 embassies=[dict(sending="PRK", host="LAO", city="Vientiane"),
            dict(sending="PRK", host="CHN", city="Shenyang"),
            dict(sending="PRK", host="GBR", city="London")],
 defections=[dict(defector="Kim Song Hyok", **{"from":"PRK"}, to="KOR", post_host="LAO", date="2023", position="third secretary"),
             dict(defector="Jo Yong-nam", **{"from":"PRK"}, to=None, post_host="CHN", date="2024-03", position="trade representative"),
             dict(defector="Thae Yong-ho", **{"from":"PRK"}, to="KOR", post_host="GBR", date="2016", position="deputy ambassador")],
 agreements=[dict(name="2018 inter-Korean military agreement", aliases=[], parties=["KOR","PRK"], date="2018", status="suspended")]))

A("world-003", "Myanmar diplomat in Tokyo breaks with junta, seeks to stay in Japan", "2021-04-08", "Wire report",
"""TOKYO — A second secretary at Myanmar's embassy in Tokyo has left her post and asked Japanese authorities to let her remain in the country, saying she could not serve the military government that seized power on Feb. 1.
The diplomat, who like many Burmese uses a single name, Zarni, handed back her diplomatic passport on Tuesday and then addressed a small gathering of protesters outside the Shinagawa mission. Her lawyer, Kenji Morita, said she had applied to the immigration bureau for refugee status.
"I joined the foreign service to represent the people of Myanmar, not the people who are shooting them," Zarni said, reading from a statement in Burmese and then in halting Japanese.
Her former employer did not respond to requests for comment. The embassy has been run by a deputy chief of mission since the ambassador was recalled in March.
Japan, Myanmar's largest bilateral aid donor, has condemned the killings of protesters but has stopped short of imposing sanctions. Foreign Minister Toshimitsu Motegi said last week that Tokyo would consider "emergency measures" for Myanmar nationals who feared returning home, including extending their stays.
More than 580 people have been killed by security forces since the coup, according to a rights monitoring group. Several hundred Myanmar diplomats and civil servants abroad have joined the civil disobedience movement, though most have done so anonymously.""",
dict(countries=["MMR","JPN"],
 persons=[dict(name="Zarni", aliases=[], nationality="MMR"),
          dict(name="Kenji Morita", aliases=[]),
          dict(name="Toshimitsu Motegi", aliases=[], nationality="JPN")],
 not_persons=[],
 embassies=[dict(sending="MMR", host="JPN", city="Tokyo")],
 defections=[dict(defector="Zarni", **{"from":"MMR"}, to="JPN", post_host="JPN", date="2021-04-06", position="second secretary")],
 agreements=[]))

A("world-004", "New envoys, old border: Tashkent and Dushanbe keep talking", "2002-11-14", "Local newspaper (Tashkent, English edition)",
"""Tajikistan's new ambassador, Saidmurod Nazarov, presented his credentials at the Oqsaroy on Tuesday, and within hours was sitting across a table from Deputy Foreign Minister Bakhtiyor Rahimov to discuss the question that has dominated relations between the two neighbours for a decade: the border.
Neither side said much afterwards. A foreign ministry statement spoke of "a constructive exchange of views" on demarcation, the visa regime introduced two years ago and the mines that Uzbek forces laid along stretches of the frontier in 2000. Mr. Nazarov, a former deputy prime minister, told reporters only that "good neighbours solve problems by talking."
Relations have been prickly. Dushanbe has repeatedly complained that the mines have killed Tajik shepherds, while Tashkent insists the frontier must be protected against militants. Families divided by the line still queue for hours at the crossings near Bekobod.
Diplomats from both countries said no document was expected before next spring. "There is nothing on paper yet, and there will not be until the experts finish their maps," said one official at the Tajik embassy on Tarobiy Street, who asked not to be named.
The embassy itself is moving. Staff said the consular section, which handles hundreds of visa applications a week, will reopen in a larger building in the Mirobod district next month.""",
dict(countries=["TJK","UZB"],
 persons=[dict(name="Saidmurod Nazarov", aliases=["Nazarov"], nationality="TJK"),
          dict(name="Bakhtiyor Rahimov", aliases=[], nationality="UZB")],
 not_persons=["Oqsaroy"],
 embassies=[dict(sending="TJK", host="UZB", city="Tashkent")],
 defections=[], agreements=[]))

A("world-005", "Eritrean diplomat who fled Nairobi post applies for refugee status in Canada", "2018-09-20", "Diaspora news site",
"""An Eritrean diplomat who walked away from her post in Nairobi last month is now in Toronto and has applied for refugee status, according to a Canadian advocacy group that is assisting her.
Senait Habtemariam, who served as a first secretary at the Eritrean embassy in the Kenyan capital, left in mid-August, telling colleagues she was travelling to a conference. She did not return. The group, Voices for Eritrea, said in a statement that she had arrived in Canada "after a difficult journey" and was "safe and being supported by her community."
Elsa Tesfay-Berhe, the group's coordinator, said Ms. Senait had refused an order to return to Asmara, where, she said, officials who fall out of favour can be detained indefinitely without charge.
The timing is striking. Eritrea and Ethiopia are in the midst of an extraordinary thaw. In July, President Isaias Afwerki and Ethiopia's prime minister, Abiy Ahmed, signed a joint declaration of peace and friendship in Asmara, formally ending two decades of "no war, no peace." On Sunday the two leaders signed a further peace agreement in Jeddah, and border crossings have reopened for the first time since 1998.
Many Eritreans abroad had hoped the rapprochement would bring an end to indefinite national service and open the country's politics. So far, there is little sign of either.
"Peace with Ethiopia is welcome," Ms. Tesfay-Berhe said. "But peace at the border has not meant freedom at home."
The 2000 Algiers agreement, which ended the border war but was never fully implemented, remains the legal basis for the demarcation that both governments now say they will complete.
Ethiopia's foreign ministry spokesman, Alemayehu Bekele, said this week that Addis Ababa would not comment on "internal Eritrean matters." The Eritrean embassy in Nairobi did not respond to a request for comment.""",
dict(countries=["ERI","KEN","CAN","ETH"],
 persons=[dict(name="Senait Habtemariam", aliases=["Senait"], nationality="ERI"),
          dict(name="Elsa Tesfay-Berhe", aliases=["Tesfay-Berhe"]),
          dict(name="Isaias Afwerki", aliases=[], nationality="ERI"),
          dict(name="Abiy Ahmed", aliases=[], nationality="ETH"),
          dict(name="Alemayehu Bekele", aliases=[], nationality="ETH")],
 not_persons=[],
 embassies=[dict(sending="ERI", host="KEN", city="Nairobi")],
 defections=[dict(defector="Senait Habtemariam", **{"from":"ERI"}, to="CAN", post_host="KEN", date="2018-08", position="first secretary")],
 agreements=[dict(name="joint declaration of peace and friendship", aliases=[], parties=["ERI","ETH"], date="2018-07", status="signed"),
             dict(name="Jeddah peace agreement", aliases=[], parties=["ERI","ETH"], date="2018-09-16", status="signed"),
             dict(name="Algiers agreement", aliases=["2000 Algiers agreement"], parties=["ERI","ETH"], date="2000", status=None)]))

A("world-006", "Belarusian trade diplomat seeks asylum in Lithuania", "2020-11-03", "Baltic news agency",
"""VILNIUS — A Belarusian diplomat responsible for trade at his country's embassy in Vilnius has applied for asylum in Lithuania, the Migration Department confirmed on Tuesday, weeks after the disputed August election plunged Belarus into its deepest political crisis since independence.
Andrei Karpovich, a counsellor who oversaw cross-border freight and dairy exports, submitted his application at the end of September, according to Vytautas Baranauskas, a spokesman for Lithuania's foreign ministry. "The application is being examined in the ordinary way," Baranauskas said, declining to say whether Karpovich had been granted temporary protection in the meantime.
In a short video posted on Telegram, Karpovich said he had been asked to sign a letter of support for Alexander Lukashenko, who claimed a sixth term with 80 percent of the vote, and had refused. "After that there was only one direction to go," he said.
Lithuania has become a hub for the Belarusian opposition. Sviatlana Tsikhanouskaya, who ran against Lukashenko and says she won the election, fled to Vilnius the day after the vote and has since met European leaders from an office in the Lithuanian capital.
Minsk has responded by recalling its ambassador from Vilnius "for consultations" and demanding that Lithuania cut its diplomatic staff in Minsk. The Belarusian embassy called Karpovich's statement "a provocation" and said he had been dismissed in absentia.
Lukashenko, meanwhile, has leaned ever more heavily on Moscow, invoking the 1999 Union State treaty with Russia, signed when he was still seen in the West as a manageable eccentric, to request security assistance if needed.""",
dict(countries=["BLR","LTU","RUS"],
 persons=[dict(name="Andrei Karpovich", aliases=["Karpovich"], nationality="BLR"),
          dict(name="Vytautas Baranauskas", aliases=["Baranauskas"], nationality="LTU"),
          dict(name="Alexander Lukashenko", aliases=["Lukashenko"], nationality="BLR"),
          dict(name="Sviatlana Tsikhanouskaya", aliases=[], nationality="BLR")],
 not_persons=["Telegram"],
 embassies=[dict(sending="BLR", host="LTU", city="Vilnius"),
            dict(sending="LTU", host="BLR", city="Minsk")],
 defections=[dict(defector="Andrei Karpovich", **{"from":"BLR"}, to="LTU", post_host="LTU", date="2020-09", position="trade counsellor"),
             dict(defector="Sviatlana Tsikhanouskaya", **{"from":"BLR"}, to="LTU", post_host=None, date="2020-08", position="opposition presidential candidate")],
 agreements=[dict(name="Union State treaty", aliases=["1999 Union State treaty"], parties=["BLR","RUS"], date="1999", status="signed")]))

A("world-007", "Nicaraguan OAS diplomat resigns, requests U.S. asylum", "2022-06-09", "Washington-based Spanish-language weekly (English edition)",
"""WASHINGTON — An alternate representative at Nicaragua's mission to the Organization of American States resigned on Tuesday and has requested asylum in the United States, becoming the latest official to break ranks with the government of Daniel Ortega.
Francisco Javier Obando de la Rocha, 39, sent a letter to the OAS secretariat saying he could "no longer lend my name to a government that imprisons its opponents." His attorney said the asylum application was filed the same afternoon.
Obando de la Rocha had worked at the mission on F Street since 2019. Before that he was a lecturer in international law in León and a volunteer at the Fundación Violeta Barrios de Chamorro, the press-freedom foundation that Managua shut down last year.
His departure follows that of his former superior. Arturo McFields, who headed the mission until March, was fired after he denounced the government during a session of the Permanent Council, calling Nicaragua a dictatorship.
The foreign ministry in Managua described Obando de la Rocha as "a traitor who sold himself," in a statement read on state television.
Nicaragua notified the OAS last November that it would leave the organisation, a process that takes two years. Ortega's government has since expelled the OAS office from the country.""",
dict(countries=["NIC","USA"],
 persons=[dict(name="Francisco Javier Obando de la Rocha", aliases=["Obando de la Rocha"], nationality="NIC"),
          dict(name="Daniel Ortega", aliases=["Ortega"], nationality="NIC"),
          dict(name="Arturo McFields", aliases=[], nationality="NIC")],
 not_persons=["Fundación Violeta Barrios de Chamorro"],
 embassies=[dict(sending="NIC", host="USA", city="Washington")],
 defections=[dict(defector="Francisco Javier Obando de la Rocha", **{"from":"NIC"}, to="USA", post_host="USA", date="2022-06-07", position="alternate representative to the OAS")],
 agreements=[]))

A("world-008", "Vietnamese Diplomat in East Berlin Seeks Asylum in the West", "1990-09-05", "Wire report",
"""BONN, Sept. 5 — A second secretary at Vietnam's embassy in East Berlin has applied for political asylum in West Germany, officials in Bonn said Wednesday, in what appeared to be the first defection by a Vietnamese diplomat since the Berlin Wall opened.
Nguyen Thi Thu Ha, 36, who was responsible for the welfare of tens of thousands of Vietnamese contract workers in East Germany, crossed into West Berlin on Aug. 28 and registered at a reception center, according to an Interior Ministry spokesman.
Her lawyer, Klaus-Dieter Brandt, said Ms. Ha feared punishment for having sided with workers who refused to return home after losing their jobs in East German factories. Most of them came under a 1980 labor agreement between Hanoi and East Berlin that is now all but defunct.
The Vietnamese Embassy said Ms. Ha had been "relieved of her functions" in August.
The case lands on Bonn's desk at an awkward time. The treaty on German unification, signed in East Berlin last Friday, takes effect on Oct. 3, when the East German state will cease to exist and its diplomatic relationships will lapse. West German officials said the status of the roughly 60,000 Vietnamese workers who remain was among the unresolved questions.""",
dict(countries=["VNM","DDR","DEU"],
 persons=[dict(name="Nguyen Thi Thu Ha", aliases=["Ha"], nationality="VNM"),
          dict(name="Klaus-Dieter Brandt", aliases=[])],
 not_persons=[],
 embassies=[dict(sending="VNM", host="DDR", city="East Berlin")],
 defections=[dict(defector="Nguyen Thi Thu Ha", **{"from":"VNM"}, to="DEU", post_host="DDR", date="1990-08-28", position="second secretary")],
 agreements=[dict(name="1980 labor agreement", aliases=[], parties=["VNM","DDR"], date="1980", status=None),
             dict(name="treaty on German unification", aliases=[], parties=["DEU","DDR"], date="1990-08-31", status="signed")]))

A("world-009", "Istanbul consulate rumours unfounded, Baghdad says", "2015-12-03", "Regional newspaper (Gulf), English edition",
"""Iraq's foreign ministry on Wednesday dismissed reports that a vice-consul at its consulate in Istanbul had sought asylum in Europe, saying the official was on leave at home in Basra and would return to his post after the Arbaeen pilgrimage.
The vice-consul, Haider Abd al-Amir, appeared briefly on an Iraqi television channel to confirm it. "I am in my house with my family. Whoever wrote this has too much free time," he said.
The story had circulated on social media since the weekend, fuelled by the consulate's backlog. Thousands of Iraqis who fled the fighting in Anbar and Nineveh now live in Turkey, and many have waited months to renew passports. A ministry spokesman, Ahmed Jamal, said two additional consular officers would be sent to Istanbul this month and that the mission would open on Saturdays until the queue was cleared.
Turkish officials declined to comment on what they called an internal Iraqi matter.""",
dict(countries=["IRQ","TUR"],
 persons=[dict(name="Haider Abd al-Amir", aliases=[], nationality="IRQ"),
          dict(name="Ahmed Jamal", aliases=[], nationality="IRQ")],
 not_persons=[],
 embassies=[dict(sending="IRQ", host="TUR", city="Istanbul")],
 defections=[], agreements=[]))
