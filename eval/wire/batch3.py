ARTICLES = [
dict(id="wire-020", title="Soviet counselor at U.N. mission asks for U.S. asylum", published="1978-04-12", source="Wire report (New York bureau)",
text="""UNITED NATIONS, N.Y., April 12 - A senior Soviet diplomat at the Soviet Mission to the United Nations has asked for political asylum in the United States, the State Department confirmed today, in what officials described as the most significant defection from the Soviet diplomatic service in years.
The diplomat, Gennady Pavlovich Volkov, 46, a counselor who specialized in disarmament questions, left the mission's apartment building in the Riverdale section of the Bronx on Sunday afternoon and did not return. A department spokesman, Walter Kimball, said Mr. Volkov had "made his wishes known to the appropriate authorities" and was in a safe place.
"He is under no constraint of any kind," Mr. Kimball said. "If he wishes to meet representatives of his government, that can be arranged, and he will be free to decide whether to do so."
The Soviet delegation reacted angrily. Its chief, Ambassador Oleg Troyanovsky, told reporters outside the Security Council chamber that Mr. Volkov had been "subjected to crude pressure" by American intelligence agencies and demanded a face-to-face meeting with him without American officials present. The Soviet Embassy in Washington delivered a note to the State Department on Tuesday making the same demand.
Colleagues described Mr. Volkov as a cheerful, well-read man who had spent eight years in New York across two tours and spoke fluent English and French. He had been expected to return to Moscow in the summer. His wife, Lyudmila, flew home on an Aeroflot flight from Kennedy Airport on Monday night accompanied by two mission security officers; it was not clear whether she had known of her husband's plans.
A spokesman for Secretary General Kurt Waldheim said the case was "a bilateral matter" and that Mr. Volkov was not a member of the international Secretariat.
American officials would not say whether Mr. Volkov had worked for Soviet intelligence or had brought documents with him. One official, who asked not to be identified, said he was the highest-ranking Soviet diplomat to seek refuge in the West since an intelligence officer defected in London in 1971.
Under American practice, a defector who asks for asylum is questioned at length before being given a new identity. Officials indicated that Mr. Volkov's debriefing could last months.
At the mission on East 67th Street, where a small crowd of reporters gathered this afternoon, Soviet staff drew the curtains and declined to answer questions. A Soviet diplomat who would give only his first name said Mr. Volkov's colleagues were "shocked and saddened" and hoped he would "come to his senses"."""  ,
gold=dict(countries=["SUN","USA"],
 persons=[dict(name="Gennady Pavlovich Volkov", aliases=["Volkov","Mr. Volkov"], nationality="SUN"),
          dict(name="Walter Kimball", aliases=["Mr. Kimball"], nationality="USA"),
          dict(name="Oleg Troyanovsky", aliases=[], nationality="SUN"),
          dict(name="Lyudmila", aliases=[]),
          dict(name="Kurt Waldheim", aliases=[])],
 not_persons=["Aeroflot","Kennedy Airport"],
 embassies=[dict(sending="SUN", host="USA", city="New York"), dict(sending="SUN", host="USA", city="Washington")],
 defections=[dict(defector="Gennady Pavlovich Volkov", **{"from":"SUN"}, to="USA", post_host="USA", date="1978-04-09", position="counselor specializing in disarmament at the Soviet Mission to the United Nations")],
 agreements=[])),

dict(id="wire-021", title="Putin suspends Russian participation in New START", published="2023-02-21", source="Wire report",
text="""MOSCOW, Feb 21 - President Vladimir Putin said on Tuesday that Russia was suspending its participation in New START, the last major arms control treaty with the United States, accusing the West of wanting to inflict a "strategic defeat" on Moscow in Ukraine.
"I am forced to announce today that Russia is suspending its participation," Putin said towards the end of a nearly two-hour state-of-the-nation address, stressing that Moscow was not withdrawing from the treaty altogether.
The 2010 treaty limits the number of strategic nuclear warheads that Russia and the United States can deploy and provides for mutual inspections, which have not taken place since 2020. It was extended for five years in 2021 and is due to expire in February 2026.
U.S. Secretary of State Antony Blinken called the decision "deeply unfortunate and irresponsible" and said Washington remained ready to talk about strategic arms limitation "at any time with Russia, irrespective of anything else going on in the world".
NATO Secretary-General Jens Stoltenberg urged Moscow to reconsider. Russia's foreign ministry said later that it would continue to observe the treaty's numerical caps and to notify Washington of ballistic missile launches.""",
gold=dict(countries=["RUS","USA","UKR"],
 persons=[dict(name="Vladimir Putin", aliases=["Putin"], nationality="RUS"),
          dict(name="Antony Blinken", aliases=[], nationality="USA"),
          dict(name="Jens Stoltenberg", aliases=[])],
 not_persons=[],
 embassies=[], defections=[],
 agreements=[dict(name="New START", aliases=[], parties=["RUS","USA"], date="2010", status="suspended")])),

dict(id="wire-022", title="Belarusian sprinter takes refuge in Polish embassy in Tokyo", published="2021-08-02", source="Wire report",
text="""TOKYO - A Belarusian Olympic sprinter who says her team tried to force her onto a plane home after she criticised coaches entered the Polish embassy in Tokyo on Monday and was given a humanitarian visa, Polish officials said.
Krystsina Tsimanouskaya, 24, had been due to run in the women's 200 metres heats. On Sunday evening team officials took her to Haneda airport, where she approached Japanese police and refused to board a flight home to Minsk.
"I will not return to Belarus," she told reporters on Sunday night. She said she feared she would be punished, and possibly jailed, because of an Instagram post in which she complained that she had been entered in the 4x400m relay without being asked.
Poland's deputy foreign minister, Marcin Przydacz, wrote on Twitter that she had received a humanitarian visa. "Poland will do whatever is necessary to help her to continue her sporting career," he said. The Czech Republic had also offered her a visa.
She spent Sunday night in an airport hotel under police protection before being driven to the embassy on Monday morning. Her husband, Arseni Zdanevich, has left Belarus for Ukraine, a friend said, and the couple hopes to be reunited in Poland.
The Belarusian Olympic Committee, long headed by President Alexander Lukashenko and now by his son, said coaches had withdrawn her from the Games "on doctors' advice" because of her "emotional and psychological state".
International Olympic Committee spokesman Mark Adams said the IOC had spoken to Tsimanouskaya on Sunday and again on Monday and had asked the Belarusian committee for a written report. "She is safe, and she is in the hands of the Japanese authorities," he told a briefing.
Lukashenko has ruled Belarus since 1994. His security forces have arrested tens of thousands of people since protests erupted after an election last August that his opponents say was rigged, and many athletes who supported the protests have been dropped from national teams.
Polish officials said they expected Tsimanouskaya to fly to Warsaw later this week.""",
gold=dict(countries=["BLR","JPN","POL","CZE","UKR"],
 persons=[dict(name="Krystsina Tsimanouskaya", aliases=["Tsimanouskaya"], nationality="BLR"),
          dict(name="Marcin Przydacz", aliases=[], nationality="POL"),
          dict(name="Arseni Zdanevich", aliases=[]),
          dict(name="Alexander Lukashenko", aliases=["Lukashenko"], nationality="BLR"),
          dict(name="Mark Adams", aliases=[])],
 not_persons=["Instagram","Twitter"],
 embassies=[dict(sending="POL", host="JPN", city="Tokyo")],
 defections=[dict(defector="Krystsina Tsimanouskaya", **{"from":"BLR"}, to="POL", post_host=None, date="2021-08-01", position="Olympic sprinter"),
             dict(defector="Arseni Zdanevich", **{"from":"BLR"}, to="UKR", post_host=None, date=None, position=None)],
 agreements=[])),

dict(id="wire-023", title="Starmer scraps Rwanda deportation scheme", published="2024-07-08", source="Wire report",
text="""LONDON, July 8 - Britain's new government has abandoned the plan to send asylum seekers to Rwanda, Prime Minister Keir Starmer confirmed, calling the policy "dead and buried before it started".
Starmer, whose Labour Party won a landslide in Thursday's election, told his first news conference on Saturday that the scheme had been a "gimmick" that deterred no one. No flights had taken off under the UK-Rwanda treaty, which the previous Conservative government signed in Kigali in December after the Supreme Court ruled an earlier version unlawful.
Officials said on Monday that the Home Office would stop processing removals to Rwanda and that the treaty, which came into force in April, would be wound up.
Rwanda, which has received 240 million pounds from Britain, said it had "fulfilled its side of the agreement" and noted that it was under no obligation to return money. Former prime minister Rishi Sunak had made "stop the boats" one of his five key pledges.
The decision leaves European governments watching a different model: Italy's agreement with Albania, signed last November, under which migrants rescued at sea will be held in centres on Albanian soil.""",
gold=dict(countries=["GBR","RWA","ITA","ALB"],
 persons=[dict(name="Keir Starmer", aliases=["Starmer"], nationality="GBR"),
          dict(name="Rishi Sunak", aliases=[], nationality="GBR")],
 not_persons=[],
 embassies=[], defections=[],
 agreements=[dict(name="UK-Rwanda treaty", aliases=["Rwanda deportation scheme"], parties=["GBR","RWA"], date="2023-12", status="terminated"),
             dict(name="Italy's agreement with Albania", aliases=[], parties=["ITA","ALB"], date="2023-11", status="signed")])),

dict(id="wire-024", title="Iraqi diplomat in Amman seeks British asylum", published="1996-02-16", source="Wire report",
text="""AMMAN, Feb 16 - An Iraqi diplomat in Jordan has asked Britain for political asylum, British officials said on Friday, the latest in a string of defections that have embarrassed the government of President Saddam Hussein.
Salah Abdul-Rahman al-Obeidi, a first secretary at the Iraqi embassy in Amman, went to the British embassy on Wednesday with his wife and three children, the officials said. They declined to say whether the family was still in Jordan.
The Iraqi embassy said Obeidi had been dismissed two weeks ago for "conduct unbecoming a diplomat" and accused him of stealing money.
Jordan has become the main refuge for Iraqis fleeing Saddam's rule since August, when his son-in-law Hussein Kamel al-Majid, who ran Iraq's weapons programmes, fled to Amman with his brother and their wives, Saddam's daughters. King Hussein gave them asylum and has since become openly critical of Baghdad.
Jordanian officials said they had not been asked to intervene in Obeidi's case and would not stand in his way.""",
gold=dict(countries=["IRQ","JOR","GBR"],
 persons=[dict(name="Saddam Hussein", aliases=["Saddam"], nationality="IRQ"),
          dict(name="Salah Abdul-Rahman al-Obeidi", aliases=["Obeidi"], nationality="IRQ"),
          dict(name="Hussein Kamel al-Majid", aliases=[], nationality="IRQ"),
          dict(name="King Hussein", aliases=[], nationality="JOR")],
 not_persons=[],
 embassies=[dict(sending="IRQ", host="JOR", city="Amman"), dict(sending="GBR", host="JOR", city="Amman")],
 defections=[dict(defector="Salah Abdul-Rahman al-Obeidi", **{"from":"IRQ"}, to="GBR", post_host="JOR", date="1996-02-14", position="first secretary"),
             dict(defector="Hussein Kamel al-Majid", **{"from":"IRQ"}, to="JOR", post_host=None, date="1995-08", position="ran Iraq's weapons programmes")],
 agreements=[])),

dict(id="wire-025", title="France expels 47 Soviet diplomats and officials", published="1983-04-06", source="Wire report",
text="""PARIS, April 6 - France has ordered 47 Soviet diplomats, journalists and trade officials to leave the country, accusing them of industrial and military espionage, in the largest expulsion of Soviet officials from a Western country in more than a decade.
The government spokesman, Max Gallo, said on Tuesday evening that those expelled had engaged in "a systematic search for scientific, technical and technological information, particularly in the military field". They were given a week to go.
The Soviet ambassador, Yuli Vorontsov, was summoned to the Quai d'Orsay to be told of the decision. Most of those named work at the embassy on the Boulevard Lannes and at the Soviet trade mission; several are correspondents for Soviet news organisations.
Moscow called the accusations "absurd" and warned of consequences for Franco-Soviet relations. The official press agency Tass said the French government had "yielded to pressure from across the Atlantic".
Britain expelled 105 Soviet officials in 1971, the only larger action of its kind.""",
gold=dict(countries=["FRA","SUN","GBR"],
 persons=[dict(name="Max Gallo", aliases=[], nationality="FRA"),
          dict(name="Yuli Vorontsov", aliases=[], nationality="SUN")],
 not_persons=["Tass","Quai d'Orsay"],
 embassies=[dict(sending="SUN", host="FRA", city="Paris")],
 defections=[], agreements=[])),

dict(id="wire-026", title="Israel and Jordan sign peace treaty in the desert", published="1994-10-26", source="Wire report",
text="""ARAVA CROSSING, Israel-Jordan border, Oct 26 - Israel and Jordan signed a peace treaty on Wednesday under a blazing sun in the Arava desert, formally ending a state of war that had existed between them since 1948.
Prime Ministers Yitzhak Rabin of Israel and Abdul-Salam al-Majali of Jordan put their signatures to the treaty as King Hussein, President Bill Clinton and some 5,000 guests looked on. Hundreds of balloons were released into the sky when the ceremony ended.
"It is time for us to lower our voices and to heal," Rabin said. King Hussein called it "peace with dignity".
Jordan becomes the second Arab country to make peace with Israel, after Egypt signed its treaty with the Jewish state in 1979.
The treaty settles border disputes along the Arava and in the Jordan Valley, allocates water from the Jordan and Yarmouk rivers and commits both sides to prevent attacks on each other from their territory. Some land farmed by Israelis is recognised as Jordanian but leased back to Israel.
It builds on the Washington Declaration, signed at the White House by Rabin and King Hussein in July, which ended the state of belligerency and opened the way for talks on the details.
Clinton, who flew in from Cairo and was to go on to Damascus, praised the two leaders' "courage". Syria, which has yet to reach agreement with Israel on the Golan Heights, criticised the treaty, while some Muslim clerics complained that it gave Jordan a special role in Jerusalem's holy sites.
The treaty must be approved by the Israeli Knesset and the Jordanian parliament, which officials in both countries expect to do within weeks.""",
gold=dict(countries=["ISR","JOR","USA","EGY","SYR"],
 persons=[dict(name="Yitzhak Rabin", aliases=["Rabin"], nationality="ISR"),
          dict(name="Abdul-Salam al-Majali", aliases=[], nationality="JOR"),
          dict(name="King Hussein", aliases=[], nationality="JOR"),
          dict(name="Bill Clinton", aliases=["Clinton"], nationality="USA")],
 not_persons=[],
 embassies=[], defections=[],
 agreements=[dict(name="Israel-Jordan peace treaty", aliases=["peace treaty"], parties=["ISR","JOR"], date="1994-10-26", status="signed"),
             dict(name="Washington Declaration", aliases=[], parties=["ISR","JOR"], date="1994-07", status="signed"),
             dict(name="Egypt-Israel peace treaty", aliases=[], parties=["EGY","ISR"], date="1979", status="signed")])),

dict(id="wire-027", title="Lao diplomat in Paris refuses to serve new regime", published="1975-12-04", source="AFP wire",
text="""PARIS, Dec. 4 (AFP) - A diplomat at the Laotian embassy in Paris has asked France for political asylum, a day after the abolition of the monarchy in Vientiane, the Interior Ministry said tonight.
Khamphanh Sisouk, 39, first secretary, informed the ministry on Wednesday that he would not serve the newly proclaimed Lao People's Democratic Republic. He is the first Laotian diplomat known to have broken with the Pathet Lao since it took full power.
"I was a servant of the Kingdom. The Kingdom no longer exists," he told AFP by telephone from the Paris suburb where he lives with his family.
King Savang Vatthana abdicated on Tuesday, and Prince Souphanouvong, the so-called "Red Prince", was named president. The embassy in Paris, where the royal flag was still flying this morning, made no comment.
Tens of thousands of Laotians have crossed the Mekong into Thailand since the spring.""",
gold=dict(countries=["LAO","FRA","THA"],
 persons=[dict(name="Khamphanh Sisouk", aliases=[], nationality="LAO"),
          dict(name="Savang Vatthana", aliases=["King Savang Vatthana"], nationality="LAO"),
          dict(name="Souphanouvong", aliases=["Prince Souphanouvong"], nationality="LAO")],
 not_persons=["Pathet Lao"],
 embassies=[dict(sending="LAO", host="FRA", city="Paris")],
 defections=[dict(defector="Khamphanh Sisouk", **{"from":"LAO"}, to="FRA", post_host="FRA", date="1975-12-03", position="first secretary")],
 agreements=[])),

dict(id="wire-028", title="Seoul fully suspends 2018 military pact with Pyongyang", published="2024-06-04", source="Wire report",
text="""SEOUL, June 4 - South Korea on Tuesday suspended in full a 2018 military agreement with North Korea aimed at reducing tensions along their heavily armed border, clearing the way for live-fire drills and loudspeaker broadcasts near the frontier.
The cabinet approved the step at an emergency meeting and President Yoon Suk Yeol signed it into effect hours later. It follows weeks in which the North has floated hundreds of balloons carrying rubbish and manure across the border and jammed GPS signals.
The Comprehensive Military Agreement was signed on September 19, 2018, during a summit in Pyongyang between then-president Moon Jae-in and North Korean leader Kim Jong Un, alongside the broader Pyongyang Joint Declaration. It banned hostile acts in a buffer zone along the border and set up a no-fly zone.
Seoul had already suspended part of the pact last November after the North launched a spy satellite; Pyongyang responded by saying it would no longer be bound by any of it.
"The agreement has been reduced to a dead letter," a defence ministry official said. "We cannot let it tie only our hands.\"""",
gold=dict(countries=["KOR","PRK"],
 persons=[dict(name="Yoon Suk Yeol", aliases=[], nationality="KOR"),
          dict(name="Moon Jae-in", aliases=[], nationality="KOR"),
          dict(name="Kim Jong Un", aliases=[], nationality="PRK")],
 not_persons=[],
 embassies=[], defections=[],
 agreements=[dict(name="Comprehensive Military Agreement", aliases=["2018 military agreement","pact"], parties=["KOR","PRK"], date="2018-09-19", status="suspended"),
             dict(name="Pyongyang Joint Declaration", aliases=[], parties=["KOR","PRK"], date="2018-09-19", status="signed")])),

dict(id="wire-029", title="Nicaraguan consul in Costa Rica seeks asylum", published="2022-05-19", source="Wire report",
text="""SAN JOSE, May 19 - A Nicaraguan consular official in Costa Rica has resigned and asked for asylum there, saying he could no longer serve the government of President Daniel Ortega, Costa Rican migration officials said on Thursday.
Jorge Luis Mairena Solis, the deputy consul general in San Jose, submitted his request on May 11, the General Directorate of Migration said in a statement. His wife and two children have joined him.
In a letter published by the Nicaraguan news site Confidencial, which operates from exile in Costa Rica, Mairena said he was ashamed of "serving a dictatorship that holds more than 180 political prisoners".
The Nicaraguan embassy called him a traitor. Ortega's wife and vice-president, Rosario Murillo, has in the past described officials who break ranks as "unpatriotic".
In March, Arturo McFields, Nicaragua's ambassador to the Organization of American States, denounced the government during a session of the body's Permanent Council in Washington and was fired the same day. He has remained in the United States.
More than 150,000 Nicaraguans have sought refuge in Costa Rica since 2018.""",
gold=dict(countries=["NIC","CRI","USA"],
 persons=[dict(name="Daniel Ortega", aliases=["Ortega"], nationality="NIC"),
          dict(name="Jorge Luis Mairena Solis", aliases=["Mairena"], nationality="NIC"),
          dict(name="Rosario Murillo", aliases=[], nationality="NIC"),
          dict(name="Arturo McFields", aliases=[], nationality="NIC")],
 not_persons=["Confidencial"],
 embassies=[dict(sending="NIC", host="CRI", city="San Jose"), dict(sending="NIC", host="USA", city="Washington")],
 defections=[dict(defector="Jorge Luis Mairena Solis", **{"from":"NIC"}, to="CRI", post_host="CRI", date="2022-05-11", position="deputy consul general"),
             dict(defector="Arturo McFields", **{"from":"NIC"}, to="USA", post_host="USA", date="2022-03", position="ambassador to the Organization of American States")],
 agreements=[])),
]
