"""Blind set, part 2: defection articles bl-006 .. bl-010."""

ARTICLES = [
# ---------------------------------------------------------------- bl-006
dict(
id="bl-006", published="1995-08-21", source="Levant Correspondent Service",
title="Iraqi missile scientist crosses into Jordan two weeks after Kamel brothers",
text="""AMMAN, Aug 21 - An Iraqi metallurgist who worked on Baghdad's missile programme crossed the border into Jordan on Saturday and asked for protection, two weeks after the flight of Saddam Hussein's son-in-law Hussein Kamel shook the Iraqi leadership.
Jordanian officials identified the scientist as Dr. Salim Abd al-Karim al-Rubaie, 46, a senior engineer at a state establishment in Taji, north of Baghdad. He drove through the Trebil crossing with his wife and three children on a pass issued for a family visit and presented himself to Jordanian intelligence officers in Ruwaished.
Information Minister Marwan Haddad said al-Rubaie was "a guest of Jordan" and would be allowed to stay. He said the scientist had asked to be interviewed by the United Nations Special Commission, the body charged with dismantling Iraq's weapons of mass destruction.
Hussein Kamel, who ran Iraq's weapons industries for a decade, fled to Amman on August 7 with his brother Saddam Kamel and their wives, who are Saddam's daughters. King Hussein granted the party asylum and has since said publicly that the Iraqi people deserve "a better life".
Baghdad has accused the brothers of treason and embezzlement. State radio on Sunday did not mention al-Rubaie by name but warned that "those who betray the homeland will find no refuge anywhere".
Western diplomats in Amman said several lower-ranking officials were believed to be preparing to follow, and that Washington had promised Jordan support against any Iraqi retaliation. Rolf Ekeus, the head of the commission, is expected in Amman later this week to question the new arrivals.""",
gold=dict(
    countries=["IRQ", "JOR", "USA"],
    persons=[
        dict(name="Salim Abd al-Karim al-Rubaie", aliases=["al-Rubaie"], nationality="IRQ"),
        dict(name="Saddam Hussein", aliases=["Saddam"], nationality="IRQ"),
        dict(name="Hussein Kamel", aliases=[], nationality="IRQ"),
        dict(name="Marwan Haddad", aliases=[], nationality="JOR"),
        dict(name="Saddam Kamel", aliases=[], nationality="IRQ"),
        dict(name="Hussein", aliases=[], nationality="JOR"),
        dict(name="Rolf Ekeus", aliases=[]),
    ],
    not_persons=["Trebil", "Ruwaished"],
    embassies=[],
    defections=[
        dict(defector="Salim Abd al-Karim al-Rubaie", **{"from": "IRQ"}, to="JOR", post_host=None,
             date="1995-08-19", position="metallurgist"),
        dict(defector="Hussein Kamel", **{"from": "IRQ"}, to="JOR", post_host=None, date="1995-08-07"),
        dict(defector="Saddam Kamel", **{"from": "IRQ"}, to="JOR", post_host=None, date="1995-08-07"),
    ],
    agreements=[],
)),
# ---------------------------------------------------------------- bl-007
dict(
id="bl-007", published="2023-03-15", source="Low Countries Review",
title="Rwandan embassy official granted refugee status in Belgium",
text="""A Rwandan diplomat who walked out of his country's embassy in Brussels last autumn has been granted refugee status in Belgium, according to documents seen by this newspaper.
The official, a 51-year-old first counsellor responsible for relations with the diaspora, left the embassy in November last year and has not been seen in public since. Belgium's asylum office approved his application on 2 March, his lawyer, Sophie Vandamme, confirmed.
He is Théoneste Mugabo, who joined the foreign service in 2004 and was posted to Brussels in 2019. Mugabo told the Belgian authorities he had been asked to monitor opposition figures living in Belgium and the Netherlands and had refused, Vandamme said.
Kigali dismissed the case. "This individual was recalled for disciplinary reasons and chose to abscond," said a government spokeswoman, Clarisse Uwase. She accused "certain circles in Europe" of sheltering people hostile to President Paul Kagame.
The Belgian foreign ministry declined to discuss an individual case. A spokesman, Pieter De Wolf, said relations with Rwanda remained "frank and open", but noted Belgium's concern over Kigali's role in the fighting in the east of the Democratic Republic of Congo.
Mugabo is not the first Rwandan official to break with the government while serving abroad. In 2014 Jean-Bosco Kayitare, then defence attaché at the Rwandan embassy in Pretoria, sought asylum in South Africa, a case that soured relations between the two countries for several years.
Vandamme said her client feared for his relatives in Rwanda and would not give interviews.""",
gold=dict(
    countries=["RWA", "BEL", "NLD", "COD", "ZAF"],
    persons=[
        dict(name="Théoneste Mugabo", aliases=["Mugabo"], nationality="RWA"),
        dict(name="Sophie Vandamme", aliases=["Vandamme"]),
        dict(name="Clarisse Uwase", aliases=[], nationality="RWA"),
        dict(name="Paul Kagame", aliases=[], nationality="RWA"),
        dict(name="Pieter De Wolf", aliases=[], nationality="BEL"),
        dict(name="Jean-Bosco Kayitare", aliases=[], nationality="RWA"),
    ],
    not_persons=[],
    embassies=[
        dict(sending="RWA", host="BEL", city="Brussels"),
        dict(sending="RWA", host="ZAF", city="Pretoria"),
    ],
    defections=[
        dict(defector="Théoneste Mugabo", **{"from": "RWA"}, to="BEL", post_host="BEL", date="2022-11",
             position="first counsellor"),
        dict(defector="Jean-Bosco Kayitare", **{"from": "RWA"}, to="ZAF", post_host="ZAF", date="2014",
             position="defence attaché"),
    ],
    agreements=[],
)),
# ---------------------------------------------------------------- bl-008
dict(
id="bl-008", published="2016-10-05", source="Steppe & Silk Road News",
title="Former Tajik deputy minister surfaces in Istanbul, seeks protection",
text="""ISTANBUL, Oct 5 - A former Tajik deputy minister who vanished from Dushanbe last month has surfaced in Turkey, where he said on Wednesday that he had applied for international protection and would not return home.
Davron Nazarov, who was deputy minister of energy until a reshuffle in June, told a small group of reporters that he had flown to Istanbul on September 14 on a tourist visa. He has since settled in the city with his wife and two sons.
"I was told that a criminal case was being prepared against me because I refused to sign certain contracts," Nazarov said. He denied any links to the banned Islamic Renaissance Party.
Tajikistan's prosecutor-general's office said last week that Nazarov was wanted for abuse of office and that it would seek his extradition through Interpol. Turkish officials did not comment.
Dushanbe has pursued critics abroad with growing vigour since it outlawed the Islamic Renaissance Party last year. The party's leader, Muhiddin Kabiri, fled Tajikistan in 2015 and now lives in Europe. Several activists have been detained in Russia and sent back to Tajikistan.
A human rights lawyer, Aziza Rahimova, who represents several Tajik exiles in Turkey, said Ankara had so far declined to hand anyone over. "Turkey is a safe place for now, but the pressure from Dushanbe is constant," she said.
Nazarov, 48, studied engineering and worked for years at the state power utility Barki Tojik before joining the government of President Emomali Rahmon in 2012.""",
gold=dict(
    countries=["TJK", "TUR", "RUS"],
    persons=[
        dict(name="Davron Nazarov", aliases=["Nazarov"], nationality="TJK"),
        dict(name="Muhiddin Kabiri", aliases=[], nationality="TJK"),
        dict(name="Aziza Rahimova", aliases=[]),
        dict(name="Emomali Rahmon", aliases=[], nationality="TJK"),
    ],
    not_persons=["Barki Tojik", "Interpol"],
    embassies=[],
    defections=[
        dict(defector="Davron Nazarov", **{"from": "TJK"}, to="TUR", post_host=None, date="2016-09-14",
             position="former deputy minister of energy"),
        dict(defector="Muhiddin Kabiri", **{"from": "TJK"}, to=None, post_host=None, date="2015",
             position="leader of the Islamic Renaissance Party"),
    ],
    agreements=[],
)),
# ---------------------------------------------------------------- bl-009
dict(
id="bl-009", published="2018-12-03", source="Planalto Journal",
title="Cuban doctor stays behind in Brazil as Havana recalls its medics",
text="""BRASÍLIA - When the buses came to take the Cuban doctors of Cabrobó to the airport last month, Yanet Ruiz Pedroso was not among them.
The 34-year-old family physician, who had treated patients in the interior of Pernambuco since 2016 under the Mais Médicos programme, broke with the Cuban medical mission on November 22 and has since requested asylum in Brazil, her lawyer said on Monday.
Havana announced on November 14 that it was pulling its more than 8,000 doctors out of the programme after President-elect Jair Bolsonaro said Cuban professionals would have to revalidate their diplomas and be allowed to bring their families. Bolsonaro also promised asylum to any Cuban doctor who asked for it.
Ruiz, who left a teenage son in Camagüey, said she feared punishment if she went back: under Cuban rules, doctors who abandon a mission can be barred from entering the country for eight years. "I am not a traitor. I just want to keep working with my patients," she said.
Her lawyer, Marcelo Tavares, said at least 150 other Cuban doctors had stayed in Brazil, though most had not yet applied for protection.
The Cuban health ministry said those who remained had "given in to pressure" and blamed the end of the programme on "contemptuous statements" by the incoming government.
The Cuban embassy in Brasília did not respond to questions. Brazil's justice ministry, which handles refugee claims, said it had received "several" applications from Cuban nationals this month but gave no details.""",
gold=dict(
    countries=["CUB", "BRA"],
    persons=[
        dict(name="Yanet Ruiz Pedroso", aliases=["Ruiz"], nationality="CUB"),
        dict(name="Jair Bolsonaro", aliases=["Bolsonaro"], nationality="BRA"),
        dict(name="Marcelo Tavares", aliases=[]),
    ],
    not_persons=["Mais Médicos", "Cabrobó"],
    embassies=[dict(sending="CUB", host="BRA", city="Brasília")],
    defections=[
        dict(defector="Yanet Ruiz Pedroso", **{"from": "CUB"}, to="BRA", post_host=None, date="2018-11-22",
             position="family physician"),
    ],
    agreements=[],
)),
# ---------------------------------------------------------------- bl-010
dict(
id="bl-010", published="2020-08-20", source="Baltic Newswire",
title="Belarusian state TV presenter who quit on air is granted protection in Lithuania",
text="""VILNIUS, Aug 20 (Baltic Newswire) - A news presenter at Belarusian state television who quit on air in protest at the crackdown on demonstrators has crossed the border into Lithuania and been granted protection, the Lithuanian interior ministry said on Thursday.
Alena Marchuk, 31, a host of the evening bulletin on the state channel Belarus 1, left Minsk by car last Friday, two days after reading a statement in which she refused to "lie to the viewers any longer". She entered Lithuania at the Medininkai checkpoint that evening, the ministry said.
"Lithuania has issued her a humanitarian visa and she is safe," said a ministry spokeswoman, Jurgita Kazlauskienė.
Marchuk's cameraman, Ihar Savich, who walked out with her, took a different route. He crossed into Poland three days later and has asked for asylum there, according to the Belarusian Association of Journalists.
Dozens of employees of the state broadcaster have stopped work since the disputed August 9 election, which the authorities say President Alexander Lukashenko won with 80 percent of the vote. The opposition candidate, Sviatlana Tsikhanouskaya, fled to Lithuania on August 11 after being held for hours at the election commission.
Vilnius has become a hub for exiled Belarusians. Foreign Minister Linas Linkevičius said on Thursday that Lithuania would "not abandon those who tell the truth".
Lukashenko has accused Poland and Lithuania of orchestrating the protests, and on Wednesday ordered troops to the western border.""",
gold=dict(
    countries=["BLR", "LTU", "POL"],
    persons=[
        dict(name="Alena Marchuk", aliases=["Marchuk"], nationality="BLR"),
        dict(name="Jurgita Kazlauskienė", aliases=[], nationality="LTU"),
        dict(name="Ihar Savich", aliases=[], nationality="BLR"),
        dict(name="Alexander Lukashenko", aliases=["Lukashenko"], nationality="BLR"),
        dict(name="Sviatlana Tsikhanouskaya", aliases=[], nationality="BLR"),
        dict(name="Linas Linkevičius", aliases=[], nationality="LTU"),
    ],
    not_persons=["Belarus 1", "Medininkai"],
    embassies=[],
    defections=[
        dict(defector="Alena Marchuk", **{"from": "BLR"}, to="LTU", post_host=None, date="2020-08-14",
             position="news presenter"),
        dict(defector="Ihar Savich", **{"from": "BLR"}, to="POL", post_host=None, date="2020-08-17",
             position="cameraman"),
        dict(defector="Sviatlana Tsikhanouskaya", **{"from": "BLR"}, to="LTU", post_host=None,
             date="2020-08-11", position="opposition candidate"),
    ],
    agreements=[],
)),
]
