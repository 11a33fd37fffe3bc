"""Blind set, part 1: defection articles bl-000 .. bl-010 (texts and gold kept together)."""

ARTICLES = [
# ---------------------------------------------------------------- bl-000
dict(
id="bl-000", published="1978-09-04", source="Continental Press Service (archive copy)",
title="Polish airline captain flies his airliner to West Berlin and asks to stay",
text="""BERLIN, Sept. 4 -- A Polish airline captain landed his aircraft at Tempelhof airport in West Berlin late on Friday and asked for political asylum, West German officials said on Monday.
The pilot, Captain Zbigniew Wrona, 41, had been flying a LOT Polish Airlines Tupolev with 52 passengers from Gdansk to Katowice. Shortly after take-off he told controllers that he was turning west. The aircraft crossed East German airspace without clearance and came down at Tempelhof, which is run by the United States Air Force.
American military police took Wrona off the aircraft. A U.S. spokesman in Berlin, Major Dennis Halloran, said the passengers had been offered the choice of staying in the West; all but three chose to go home and were taken back to Poland by bus on Saturday.
Wrona was flown to Frankfurt on Sunday. The Interior Ministry in Bonn confirmed that he had requested asylum in the Federal Republic and that his application would be examined "in the normal way".
Warsaw reacted angrily. The Polish embassy in Cologne handed a note to the Foreign Office demanding that the captain be returned to face charges of air piracy, and the official news agency PAP called him "a criminal who gambled with fifty lives".
Colleagues described the pilot as a quiet man who had flown for LOT since 1962. His wife, Halina, and their two children remain in Gdansk. In a brief statement read by his lawyer, Wolfgang Reinhold, he said he had acted "for freedom, not for money" and had planned the flight for several months.
It was the first time a Polish airliner had been taken to West Berlin by its own crew. In late August an East German waiter hijacked a LOT flight to Tempelhof using a toy pistol.""",
gold=dict(
    countries=["POL", "DEU", "DDR", "USA"],
    persons=[
        dict(name="Zbigniew Wrona", aliases=["Wrona"], nationality="POL"),
        dict(name="Dennis Halloran", aliases=[], nationality="USA"),
        dict(name="Halina", aliases=[]),
        dict(name="Wolfgang Reinhold", aliases=[]),
    ],
    not_persons=["Tupolev", "Tempelhof", "LOT Polish Airlines", "PAP"],
    embassies=[dict(sending="POL", host="DEU", city="Cologne")],
    defections=[
        dict(defector="Zbigniew Wrona", **{"from": "POL"}, to="DEU", post_host=None, date="1978-09-01",
             position="airline captain"),
    ],
    agreements=[],
)),
# ---------------------------------------------------------------- bl-001
dict(
id="bl-001", published="1990-07-10", source="Mediterranean Wire",
title="Albanian diplomat asks Italy for asylum as crisis at Tirana embassies deepens",
text="""ROME, July 10 - An Albanian diplomat has asked Italy for political asylum, the Foreign Ministry in Rome said on Tuesday, as thousands of his compatriots remained camped inside Western embassies in Tirana.
Ilir Dervishi, 37, a second secretary at the Albanian embassy in Rome, left the building on Saturday evening and did not return. On Monday he presented himself at a police station in the capital with his wife and asked for protection, according to a ministry spokesman, Paolo Ferretti.
"Mr Dervishi has requested political asylum, and his request will be considered with the greatest care," Ferretti told reporters. He said the diplomat had had no contact with his own mission since.
The Albanian embassy issued a short statement accusing "foreign services" of luring an employee away and demanding that Italy hand him over. There was no comment from the government of Ramiz Alia.
The case comes at an awkward moment for the Italian government. More than 800 Albanians have been sheltering inside the Italian embassy in Tirana since last week, and several thousand more are crowded into the West German, French and Greek missions in the city. Albanian authorities have said the refugees may leave the country, and ferries were being prepared in the port of Brindisi to bring some of them across the Adriatic.
Dervishi had served in Rome since 1987 and earlier worked in his foreign ministry's Western Europe department, colleagues said. An Italian official who knew him described him as fluent in Italian and "visibly unhappy" since the spring.
He is believed to be the most senior Albanian diplomat to break with the regime since Vasil Kota, a counsellor at the Albanian embassy in Paris, sought asylum in France in 1974.""",
gold=dict(
    countries=["ALB", "ITA", "DEU", "FRA", "GRC"],
    persons=[
        dict(name="Ilir Dervishi", aliases=["Dervishi"], nationality="ALB"),
        dict(name="Paolo Ferretti", aliases=["Ferretti"], nationality="ITA"),
        dict(name="Ramiz Alia", aliases=[], nationality="ALB"),
        dict(name="Vasil Kota", aliases=[], nationality="ALB"),
    ],
    not_persons=[],
    embassies=[
        dict(sending="ALB", host="ITA", city="Rome"),
        dict(sending="ITA", host="ALB", city="Tirana"),
        dict(sending="DEU", host="ALB", city="Tirana"),
        dict(sending="FRA", host="ALB", city="Tirana"),
        dict(sending="GRC", host="ALB", city="Tirana"),
        dict(sending="ALB", host="FRA", city="Paris"),
    ],
    defections=[
        dict(defector="Ilir Dervishi", **{"from": "ALB"}, to="ITA", post_host="ITA", date="1990-07-07",
             position="second secretary"),
        dict(defector="Vasil Kota", **{"from": "ALB"}, to="FRA", post_host="FRA", date="1974",
             position="counsellor"),
    ],
    agreements=[],
)),
# ---------------------------------------------------------------- bl-002
dict(
id="bl-002", published="2019-06-18", source="Capitol Ledger",
title="Saudi diplomat applies for asylum in U.S., lawyer says",
text="""WASHINGTON - A mid-ranking Saudi diplomat has applied for political asylum in the United States, his lawyer said on Monday, in a rare public break by a member of the kingdom's foreign service.
Turki bin Saad al-Harbi, who handled consular affairs as a second secretary at the Saudi embassy in Washington, stopped reporting for work earlier this month, according to the lawyer, Rebecca Holt. Holt said her client had been told to fly back to Riyadh for "consultations" and feared he would be detained on arrival.
"He is not a political activist. He is a civil servant who refused to take part in things he considered wrong," Holt said, declining to elaborate. She said Harbi had filed his application with U.S. Citizenship and Immigration Services and was living with relatives in Virginia.
The Saudi embassy did not respond to requests for comment. A State Department spokeswoman, Megan Torres, said the department did not discuss individual asylum cases.
Relations between Washington and Riyadh have been strained since the killing of the journalist Jamal Khashoggi inside the Saudi consulate in Istanbul last October. Several Saudi nationals, among them students and a former intelligence officer, have sought protection abroad since then.
The last comparable case in the United States came in 2012, when Mohammed al-Ghamdi, a first secretary at the Saudi consulate-general in New York, sought asylum and later gave interviews criticising the royal court.
Al-Harbi, 39, joined the foreign ministry in 2008 and had been posted to Washington since 2016. He previously worked at the kingdom's embassy in Ottawa, Holt said.""",
gold=dict(
    countries=["SAU", "USA", "TUR", "CAN"],
    persons=[
        dict(name="Turki bin Saad al-Harbi", aliases=["Harbi", "Al-Harbi"], nationality="SAU"),
        dict(name="Rebecca Holt", aliases=["Holt"]),
        dict(name="Megan Torres", aliases=[], nationality="USA"),
        dict(name="Jamal Khashoggi", aliases=[], nationality="SAU"),
        dict(name="Mohammed al-Ghamdi", aliases=[], nationality="SAU"),
    ],
    not_persons=[],
    embassies=[
        dict(sending="SAU", host="USA", city="Washington"),
        dict(sending="SAU", host="USA", city="New York"),
        dict(sending="SAU", host="TUR", city="Istanbul"),
        dict(sending="SAU", host="CAN", city="Ottawa"),
    ],
    defections=[
        dict(defector="Turki bin Saad al-Harbi", **{"from": "SAU"}, to="USA", post_host="USA", date="2019-06",
             position="second secretary"),
        dict(defector="Mohammed al-Ghamdi", **{"from": "SAU"}, to="USA", post_host="USA", date="2012",
             position="first secretary"),
    ],
    agreements=[],
)),
# ---------------------------------------------------------------- bl-003
dict(
id="bl-003", published="2021-04-12", source="Southeast Asia Monitor",
title="Myanmar's military attaché in Washington defies junta's recall",
text="""The attaché, a 44-year-old colonel who had served in Washington since 2019, told colleagues last week that he would not go back. On Thursday he sent a letter to Naypyitaw refusing orders to return home and declaring his loyalty to the civilian government ousted in the February 1 coup.
The officer, Colonel Zaw Min Htet, is the most senior member of Myanmar's armed forces abroad known to have broken with the military regime. In the letter, which was shared with the Monitor by a relative, he wrote that he "cannot serve men who shoot children in the street".
Zaw Min Htet has asked to remain in the United States and is staying with friends in Maryland, a person close to him said. His post at the Myanmar embassy in Washington, where he handled defence liaison with the Pentagon, has been left vacant.
The State Department said it was aware of the case. "We do not comment on individual immigration matters," said a spokeswoman, Karen Whitfield. Washington has imposed sanctions on the generals who seized power and on two military-owned conglomerates.
The junta, led by Senior General Min Aung Hlaing, has ordered the recall of a number of diplomats since the coup. In London last week, Myanmar's ambassador, who had called for the release of Aung San Suu Kyi, was locked out of his own embassy by his deputy, who sided with the generals.
The colonel's wife and daughter remain in Yangon. Friends said he had worried for weeks about what might happen to them, but had decided that he could no longer take orders from the army that killed more than 700 protesters.
The embassy did not answer calls on Monday.""",
gold=dict(
    countries=["MMR", "USA", "GBR"],
    persons=[
        dict(name="Zaw Min Htet", aliases=[], nationality="MMR"),
        dict(name="Karen Whitfield", aliases=[], nationality="USA"),
        dict(name="Min Aung Hlaing", aliases=[], nationality="MMR"),
        dict(name="Aung San Suu Kyi", aliases=[], nationality="MMR"),
    ],
    not_persons=["Pentagon"],
    embassies=[
        dict(sending="MMR", host="USA", city="Washington"),
        dict(sending="MMR", host="GBR", city="London"),
    ],
    defections=[
        dict(defector="Zaw Min Htet", **{"from": "MMR"}, to="USA", post_host="USA", date="2021-04-08",
             position="military attaché"),
    ],
    agreements=[],
)),
# ---------------------------------------------------------------- bl-004
dict(
id="bl-004", published="2019-11-25", source="La Voz del Istmo",
title="Nicaraguan boxer asks Costa Rica for refuge after tournament",
text="""SAN JOSÉ, Costa Rica (Nov 25) - Nicaraguan boxer Marvin Obando Téllez, a bronze medallist at last year's Central American Games, has asked Costa Rica for refuge after slipping away from his team during a regional tournament, the Costa Rican migration agency said on Monday.
Obando, 22, was last seen by teammates at the squad's hotel in San José on Saturday night. He did not come back for the Sunday morning weigh-in, and the team flew home without him.
The immigration directorate confirmed that a Nicaraguan citizen had "presented a request for refugee status" on Sunday and was "under the protection of the Costa Rican state". A spokeswoman, Daniela Quesada, would not confirm his name, but Obando's sister, Karla Obando, told a Managua radio station that her brother had called to say he was safe.
"He had been threatened since he posted in support of the students," she said, referring to last year's protests against President Daniel Ortega's government, in which more than 300 people were killed.
Managua's sports institute accused the boxer of "abandoning the national team" and said he would be expelled from the federation. The national coach, Ernesto Lacayo, said he had "no idea" of any plan. "He trained hard, he ate with the others, he said nothing," Lacayo said.
Tens of thousands of Nicaraguans have crossed the border into Costa Rica since the crackdown, according to the UN refugee agency.
Obando is the second Nicaraguan athlete to stay behind abroad this year. In June, the weightlifter Jairo Centeno failed to return from a tournament in Mexico and later received asylum in the United States.""",
gold=dict(
    countries=["NIC", "CRI", "MEX", "USA"],
    persons=[
        dict(name="Marvin Obando Téllez", aliases=["Obando"], nationality="NIC"),
        dict(name="Daniela Quesada", aliases=[], nationality="CRI"),
        dict(name="Karla Obando", aliases=[], nationality="NIC"),
        dict(name="Daniel Ortega", aliases=[], nationality="NIC"),
        dict(name="Ernesto Lacayo", aliases=["Lacayo"], nationality="NIC"),
        dict(name="Jairo Centeno", aliases=[], nationality="NIC"),
    ],
    not_persons=[],
    embassies=[],
    defections=[
        dict(defector="Marvin Obando Téllez", **{"from": "NIC"}, to="CRI", post_host=None, date="2019-11-23",
             position="boxer"),
        dict(defector="Jairo Centeno", **{"from": "NIC"}, to="USA", post_host=None, date="2019-06",
             position="weightlifter"),
    ],
    agreements=[],
)),
# ---------------------------------------------------------------- bl-005
dict(
id="bl-005", published="1965-06-21", source="Agence Continentale, Paris bureau (archive)",
title="Kirov soloist breaks away at Le Bourget, asks France for asylum",
text="""PARIS, June 21 - A soloist of the Leningrad Kirov Ballet broke away from his Soviet escorts at Le Bourget airport on Saturday and asked French police for asylum, four years after Rudolf Nureyev made the same dash at the same airport.
The dancer, Gennady Sokolin, 24, was due to fly home with the company after a three-week season at the Palais Garnier. As the troupe passed through passport control, witnesses said, he ran towards two gendarmes and shouted in French, "I want to stay."
Two men from the Soviet embassy in Paris tried to pull him back but were separated from him by police. Sokolin was taken to an office where, under French practice, he was left alone for several minutes to reflect. He then signed a request for political asylum.
The Interior Ministry said on Sunday that he had been given a temporary residence permit while his case was examined. A ministry official, Jean-Claude Vernet, said the young man had "expressed his wish freely and without any pressure".
Moscow protested in a note delivered on Sunday evening, describing the dancer as the victim of "a provocation organised by hostile circles". The company's artistic director, Konstantin Sergeyev, flew home with the rest of the troupe on a later flight.
Nureyev, who fled in June 1961 and now dances with the Royal Ballet, sent a telegram of welcome, according to friends of both men.
Sokolin grew up in Kharkov and joined the Kirov in 1959 after training at the Leningrad choreographic school. Colleagues said he had spoken for months of wanting to work with Western choreographers.""",
gold=dict(
    countries=["SUN", "FRA"],
    persons=[
        dict(name="Gennady Sokolin", aliases=["Sokolin"], nationality="SUN"),
        dict(name="Rudolf Nureyev", aliases=["Nureyev"], nationality="SUN"),
        dict(name="Jean-Claude Vernet", aliases=[], nationality="FRA"),
        dict(name="Konstantin Sergeyev", aliases=[], nationality="SUN"),
    ],
    not_persons=["Kirov Ballet", "Kirov", "Palais Garnier", "Le Bourget", "Royal Ballet"],
    embassies=[dict(sending="SUN", host="FRA", city="Paris")],
    defections=[
        dict(defector="Gennady Sokolin", **{"from": "SUN"}, to="FRA", post_host=None, date="1965-06-19",
             position="ballet soloist"),
        dict(defector="Rudolf Nureyev", **{"from": "SUN"}, to="FRA", post_host=None, date="1961-06",
             position="dancer"),
    ],
    agreements=[],
)),
]
