ARTICLES = [
dict(id="hist-000", title="Soviet Dancer Breaks Away From Troupe at Paris Airport", published="1961-06-17",
source="Wire report", text="""PARIS, June 17 — A young soloist of the Kirov Ballet of Leningrad slipped away from his Soviet escorts at Le Bourget airport yesterday and asked French police to let him stay in France.
Valentin Sorokin, 23, was about to board an aircraft for London with the rest of the company when, witnesses said, he ran the few yards to two airport policemen standing near the bar and said in halting French: "I want to remain."
Two burly men travelling with the troupe tried to pull him back, according to an airline clerk who saw the scuffle. The police took the dancer into a small office, where under French rules he was left alone for several minutes to decide freely. He did not change his mind.
The Interior Ministry said last night that Mr. Sorokin had been granted permission to reside in France while his request for political asylum was examined. He was later driven to an undisclosed address in Paris.
A spokesman at the Soviet Embassy in Paris declined to comment. The company, which had ended a five-week season at the Palais Garnier to enthusiastic notices, continued to London without him.
Friends said the dancer had chafed at restrictions on his movements during the tour. A French acquaintance, Claire Vasseur, who had shown him around the city on his free evenings, was at the airport to see the troupe off. She told reporters she had "no idea" of his intentions and had only come to say goodbye.
Sorokin joined the Kirov at 18 and had danced leading roles in "Giselle" and "Don Quixote" this season.""",
gold={"countries": ["FRA", "SUN"],
 "persons": [{"name": "Valentin Sorokin", "aliases": ["Mr. Sorokin", "Sorokin"], "nationality": "SUN"},
             {"name": "Claire Vasseur", "aliases": [], "nationality": "FRA"}],
 "not_persons": ["Kirov Ballet", "Palais Garnier", "Giselle", "Don Quixote"],
 "embassies": [{"sending": "SUN", "host": "FRA", "city": "Paris"}],
 "defections": [{"defector": "Valentin Sorokin", "from": "SUN", "to": "FRA", "post_host": None, "date": "1961-06-16", "position": "soloist of the Kirov Ballet"}],
 "agreements": []}),

dict(id="hist-001", title="Thirty years on, a nurse remembers the summer she walked out through Hungary", published="2019-11-09",
source="Feature, regional newspaper", text="""Monika Brandes still keeps the tourist visa. It is stamped by the Hungarian border police and dated August 1989, and it is the last document the German Democratic Republic ever issued to her.
Brandes, then a 26-year-old nurse at a hospital in Leipzig, told her colleagues she was going to Lake Balaton for two weeks. She did not go to the lake. Instead she joined hundreds of other East Germans camped near the Austrian border and, on the night of August 19, walked through a gap in the fence during the so-called Pan-European Picnic near Sopron.
"I was terrified the whole time that someone would shout my name," she said in an interview at her home in Kassel. Three days later she was in a reception camp in Giessen, a citizen of West Germany.
Her story is one of thousands being retold this weekend as Germany marks thirty years since the fall of the Berlin Wall on November 9, 1989. Chancellor Angela Merkel was due to attend ceremonies at the Bernauer Strasse memorial.
The wall's collapse set off a chain of events that ended with the treaty on the final settlement with respect to Germany, signed in Moscow in September 1990 by the two German states and the four wartime Allies — the United States, the Soviet Union, Britain and France. The so-called Two Plus Four Treaty came into force in March 1991 and remains the legal foundation of united Germany's borders.
For Brandes the politics came later. "At the time," she said, "I only knew that I could not live behind that wall one more year." """,
gold={"countries": ["DDR", "HUN", "AUT", "DEU", "USA", "SUN", "GBR", "FRA"],
 "persons": [{"name": "Monika Brandes", "aliases": ["Brandes"], "nationality": "DDR"},
             {"name": "Angela Merkel", "aliases": [], "nationality": "DEU"}],
 "not_persons": ["Bernauer Strasse"],
 "embassies": [],
 "defections": [{"defector": "Monika Brandes", "from": "DDR", "to": "DEU", "post_host": None, "date": "1989-08-19", "position": "nurse"}],
 "agreements": [{"name": "treaty on the final settlement with respect to Germany", "aliases": ["Two Plus Four Treaty"],
                 "parties": ["DDR", "DEU", "USA", "SUN", "GBR", "FRA"], "date": "1990-09", "status": "in_force"}]}),

dict(id="hist-002", title="U.N. Aide From Moscow Refuses Order to Go Home", published="1978-04-12",
source="Newspaper, New York", text="""UNITED NATIONS, April 11 — A senior Soviet official of the United Nations Secretariat has refused a summons to return to Moscow and is under the protection of American authorities, diplomats said today.
Gennady V. Lepeshkin, 47, an assistant secretary-general in the department of political and Security Council affairs, failed to appear at his office on Monday. Late that night, according to officials familiar with the case, he telephoned a contact at the State Department and asked for help.
The Soviet Mission to the United Nations, in a terse statement, said Mr. Lepeshkin had been "subjected to crude pressure and provocation" by American intelligence and demanded to see him. The State Department said he was free to meet Soviet representatives if he wished but that "he has so far expressed no such wish."
Mr. Lepeshkin, a career diplomat who served in the Soviet Embassy in Washington in the early 1960's, is the most senior Soviet national ever to break with his government while employed by the world organization. His wife, Nina, flew to Moscow last week with their daughter; it was unclear whether she had known of his plans.
Secretary General Kurt Waldheim said through a spokesman that Mr. Lepeshkin remained a member of the Secretariat "for the time being" and that the matter was being studied by the Legal Counsel.
A friend of the official, a Norwegian translator who asked not to be named, said Mr. Lepeshkin had been "unhappy for years" and spoke often of wanting his daughter to grow up in the West. Whether he would seek permanent residence in the United States was not disclosed.""",
gold={"countries": ["SUN", "USA"],
 "persons": [{"name": "Gennady V. Lepeshkin", "aliases": ["Mr. Lepeshkin"], "nationality": "SUN"},
             {"name": "Nina", "aliases": []},
             {"name": "Kurt Waldheim", "aliases": []}],
 "not_persons": [],
 "embassies": [{"sending": "SUN", "host": "USA", "city": None}, {"sending": "SUN", "host": "USA", "city": "Washington"}],
 "defections": [{"defector": "Gennady V. Lepeshkin", "from": "SUN", "to": "USA", "post_host": "USA", "date": "1978-04-10", "position": "United Nations assistant secretary-general"}],
 "agreements": []}),

dict(id="hist-003", title="Jaroslav Kučera, diplomat who broke with Prague after 1968, dies at 87", published="2008-03-04",
source="Obituary, Canadian daily", text="""Jaroslav Kučera, who resigned as Czechoslovakia's chargé d'affaires in Ottawa in the weeks after Warsaw Pact tanks crushed the Prague Spring, and who went on to teach Slavic literature for three decades, died on Saturday in Toronto. He was 87.
His daughter, Hana Kučerová-Bell, said the cause was heart failure.
Mr. Kučera had arrived at the Czechoslovak embassy in Ottawa in 1966, a loyal if unenthusiastic party member. The reform movement led by Alexander Dubček changed him, friends recalled; he spent the spring and summer of 1968 sending hopeful cables home.
When the Soviet-led invasion came on August 21, he refused to read out a statement from the new leadership justifying it. In October 1968 he handed in his resignation and asked Canada for asylum, becoming one of the first Czechoslovak diplomats to do so. The government in Prague stripped him of his citizenship and in 1970 sentenced him in absentia to twelve years for "desertion".
"He never pretended it was a heroic act," said Peter Harlow, a former colleague at the University of Toronto. "He used to say he simply could not go on lying in two languages."
He became a Canadian citizen in 1974. After the Velvet Revolution he was rehabilitated, and in 1991 President Václav Havel invited him to Prague Castle, where he received an apology on behalf of the state.
He is survived by his daughter and two grandchildren. His wife, Libuše, died in 2001.""",
gold={"countries": ["CSK", "CAN", "SUN"],
 "persons": [{"name": "Jaroslav Kučera", "aliases": ["Mr. Kučera"], "nationality": "CSK"},
             {"name": "Hana Kučerová-Bell", "aliases": []},
             {"name": "Alexander Dubček", "aliases": [], "nationality": "CSK"},
             {"name": "Peter Harlow", "aliases": []},
             {"name": "Václav Havel", "aliases": [], "nationality": "CSK"},
             {"name": "Libuše", "aliases": []}],
 "not_persons": ["Prague Castle"],
 "embassies": [{"sending": "CSK", "host": "CAN", "city": "Ottawa"}],
 "defections": [{"defector": "Jaroslav Kučera", "from": "CSK", "to": "CAN", "post_host": "CAN", "date": "1968-10", "position": "chargé d'affaires"}],
 "agreements": []}),

dict(id="hist-004", title="Files reveal how naval attaché's flight shook Soviet embassy", published="2015-10-23",
source="Newspaper, London", text="""Newly released MI5 files have shed light on one of the least-known defections of the early Cold War: that of a Soviet naval officer who walked out of his country's embassy in Kensington Palace Gardens in the spring of 1954 and was never seen there again.
Captain-Lieutenant Pavel Dubinin, the assistant naval attaché, approached a Metropolitan Police constable outside Kensington High Street station on 27 April 1954 and, according to a handwritten Special Branch note, said simply: "I am Russian officer. I want England."
The papers, opened this week at the National Archives in Kew, show that the Security Service spent six months debriefing him at a country house in Surrey before resettling him under a new name. Officials judged his information on Soviet submarine construction at Leningrad "of the first importance".
Dubinin's departure caused panic inside the embassy. One intercepted report describes the naval attaché, Rear-Admiral Boris Tikhonov, being recalled to Moscow within a fortnight.
The files also record that Dubinin's wife, who had remained in the Soviet Union, was told by the authorities that her husband had died in an accident. A 1961 memo notes that he had asked whether a message could be passed to her. The request was refused.
"It is a very human story buried in the bureaucracy," said Dr Eleanor Whitcombe, a historian of British intelligence at King's College London, who has studied the release. "You see a man who gave up everything, and a service that was never quite sure what to do with him once the debrief was over."
Dubinin died in Hampshire in 1988, the files indicate, still using his adopted name.""",
gold={"countries": ["SUN", "GBR"],
 "persons": [{"name": "Pavel Dubinin", "aliases": ["Dubinin"], "nationality": "SUN"},
             {"name": "Boris Tikhonov", "aliases": [], "nationality": "SUN"},
             {"name": "Eleanor Whitcombe", "aliases": []}],
 "not_persons": ["Kensington Palace Gardens", "King's College London"],
 "embassies": [{"sending": "SUN", "host": "GBR", "city": None}],
 "defections": [{"defector": "Pavel Dubinin", "from": "SUN", "to": "GBR", "post_host": "GBR", "date": "1954-04-27", "position": "assistant naval attaché"}],
 "agreements": []}),

dict(id="hist-005", title="Paris Orders 47 Soviet Officials Out in Spy Case", published="1983-04-06",
source="Wire report", text="""PARIS (AP) — France ordered the expulsion of 47 Soviet diplomats, journalists and trade officials Tuesday, accusing them of a "systematic search" for scientific and military secrets.
It was the largest such expulsion ever carried out by a Western government after Britain's removal of 105 Soviet officials in 1971.
Foreign Ministry spokesman Bernard Lacombe said the Soviet ambassador, Yuli Vorontsov, had been summoned to the Quai d'Orsay and handed a list of names. Those named have been given eight days to leave.
The Soviet Embassy called the accusations "a gross fabrication" and said Moscow reserved the right to respond. Diplomats in Paris expected retaliation against French representatives in the Soviet capital.
Officials declined to say what had prompted the move, though a government source said the case had been "months in preparation" and involved the trade mission and the Aeroflot office as well as the embassy. Le Monde reported that the investigation began with information from a Western intelligence service, but the government would not confirm this.
None of the expelled officials had sought to remain in France, the spokesman said.""",
gold={"countries": ["FRA", "SUN", "GBR"],
 "persons": [{"name": "Bernard Lacombe", "aliases": [], "nationality": "FRA"},
             {"name": "Yuli Vorontsov", "aliases": [], "nationality": "SUN"}],
 "not_persons": ["Quai d'Orsay", "Le Monde"],
 "embassies": [{"sending": "SUN", "host": "FRA", "city": "Paris"}, {"sending": "FRA", "host": "SUN", "city": None}],
 "defections": [],
 "agreements": []}),

dict(id="hist-006", title="Nixon and Brezhnev Sign Pacts Limiting Nuclear Arms", published="1972-05-27",
source="Newspaper, Washington", text="""MOSCOW, May 26 — President Nixon and Leonid I. Brezhnev, the Soviet Communist party leader, signed two agreements tonight in the Kremlin's St. Vladimir Hall that for the first time place limits on the strategic nuclear weapons of the two superpowers.
The first, a treaty on the limitation of anti-ballistic missile systems, restricts each side to two ABM sites with no more than 100 interceptors apiece. The second, an interim agreement on offensive arms, freezes for five years the number of land-based and submarine-launched ballistic missiles.
The ABM Treaty is of unlimited duration but must be approved by the Senate before it takes effect. The interim agreement, an executive accord, requires approval by both houses of Congress.
"This is a beginning," Mr. Nixon said after putting down his pen. Mr. Brezhnev, smiling broadly, embraced him and called the evening "a great victory for the Soviet and American peoples."
The documents were the product of two and a half years of negotiations, known as SALT, conducted alternately in Helsinki and Vienna. Gerard C. Smith, the chief American negotiator, and his Soviet counterpart, Vladimir S. Semyonov, worked until the final hours on wording about submarines.
Senator Henry M. Jackson of Washington warned in a statement from the capital that the offensive freeze would leave the United States at a numerical disadvantage and said he would press for changes.""",
gold={"countries": ["USA", "SUN"],
 "persons": [{"name": "Nixon", "aliases": ["Mr. Nixon"], "nationality": "USA"},
             {"name": "Leonid I. Brezhnev", "aliases": ["Mr. Brezhnev"], "nationality": "SUN"},
             {"name": "Gerard C. Smith", "aliases": [], "nationality": "USA"},
             {"name": "Vladimir S. Semyonov", "aliases": [], "nationality": "SUN"},
             {"name": "Henry M. Jackson", "aliases": [], "nationality": "USA"}],
 "not_persons": ["St. Vladimir Hall", "SALT"],
 "embassies": [],
 "defections": [],
 "agreements": [{"name": "treaty on the limitation of anti-ballistic missile systems", "aliases": ["ABM Treaty"],
                 "parties": ["USA", "SUN"], "date": "1972-05-26", "status": "signed"},
                {"name": "interim agreement on offensive arms", "aliases": ["interim agreement"],
                 "parties": ["USA", "SUN"], "date": "1972-05-26", "status": "signed"}]}),

dict(id="hist-007", title="Cold War missile treaty dies as U.S. completes withdrawal", published="2019-08-02",
source="Wire report", text="""WASHINGTON — The Intermediate-Range Nuclear Forces Treaty, a landmark of the late Cold War, formally ended on Friday after the United States completed its withdrawal, six months after accusing Russia of violating the pact with a new cruise missile.
Secretary of State Mike Pompeo said in a statement that Russia was "solely responsible for the treaty's demise." Moscow has denied the missile, which it calls the 9M729, breaches the accord, and accused Washington of seeking a pretext to build new weapons.
The INF Treaty was signed at the White House on December 8, 1987, by President Ronald Reagan and the Soviet leader Mikhail Gorbachev. It eliminated an entire class of ground-launched missiles with ranges between 500 and 5,500 kilometres, and its on-site inspections became a model for later arms control. Russia assumed the Soviet Union's obligations under the treaty after 1991.
Arms control advocates warned that the collapse left only one major agreement constraining the two largest nuclear arsenals: New START, which expires in February 2021 unless extended.
"We are entering a much more dangerous period," said Lena Marquardt, a researcher at a Stockholm institute that tracks arsenals. NATO Secretary General Jens Stoltenberg said the alliance would respond in a "measured" way and had no intention of deploying new land-based nuclear missiles in Europe.""",
gold={"countries": ["USA", "RUS", "SUN"],
 "persons": [{"name": "Mike Pompeo", "aliases": [], "nationality": "USA"},
             {"name": "Ronald Reagan", "aliases": [], "nationality": "USA"},
             {"name": "Mikhail Gorbachev", "aliases": [], "nationality": "SUN"},
             {"name": "Lena Marquardt", "aliases": []},
             {"name": "Jens Stoltenberg", "aliases": []}],
 "not_persons": ["9M729", "White House"],
 "embassies": [],
 "defections": [],
 "agreements": [{"name": "Intermediate-Range Nuclear Forces Treaty", "aliases": ["INF Treaty"],
                 "parties": ["USA", "SUN", "RUS"], "date": "1987-12-08", "status": "terminated"},
                {"name": "New START", "aliases": [], "parties": ["USA", "RUS"], "date": None, "status": "in_force"}]}),

dict(id="hist-008", title="Soviet Pilot Lands Jet in Japan, Asks Asylum in U.S.", published="1976-09-07",
source="Wire report", text="""TOKYO, Sept. 7 — A Soviet air force lieutenant flew one of his country's most advanced interceptors low over the Sea of Japan and landed it at a civilian airport on the northern island of Hokkaido yesterday, then drew a pistol, fired two shots in the air and demanded to be taken to the Americans.
Japanese officials identified the pilot as Lieut. Yuri Karpenko, 29, of an air defense regiment based near Vladivostok. They said he had asked for political asylum in the United States.
The aircraft, a MiG-25 fighter that Western military analysts know as the Foxbat, overran the runway at Hakodate and came to rest a few yards from a road. Police covered it with tarpaulins and posted guards.
In Washington, a State Department spokesman said that if the request was confirmed "it would be granted." The Japanese Foreign Ministry said the pilot would be handed over once he had been questioned on the immigration violation.
The Soviet Embassy in Tokyo demanded his immediate return, together with the aircraft, and asked for a meeting with him. Japanese officials said a meeting would take place only if the lieutenant agreed.
Defense experts in Tokyo said that the plane, if it could be examined, would give the West its first close look at a machine that had worried NATO planners for a decade.""",
gold={"countries": ["SUN", "JPN", "USA"],
 "persons": [{"name": "Yuri Karpenko", "aliases": [], "nationality": "SUN"}],
 "not_persons": ["MiG-25", "Foxbat"],
 "embassies": [{"sending": "SUN", "host": "JPN", "city": "Tokyo"}],
 "defections": [{"defector": "Yuri Karpenko", "from": "SUN", "to": "USA", "post_host": None, "date": "1976-09-06", "position": "air force lieutenant, fighter pilot"}],
 "agreements": []}),

dict(id="hist-009", title="Horst Wendland, Stasi officer who fled west with secrets, dies at 78", published="2022-05-14",
source="Obituary, German news magazine (English edition)", text="""Horst Wendland, a first lieutenant in East Germany's foreign intelligence service who crossed to the West in January 1979 carrying two suitcases of files that exposed dozens of agents, has died. He was 78.
His death, at a care home near St. Louis, Missouri, was confirmed by his stepson, Michael Ortiz.
Wendland worked for the HVA, the espionage arm of the Ministry for State Security, in a department that ran agents inside West German research laboratories. Disillusioned, and already in contact with the Federal Intelligence Service, he used a forged pass to board a train at Friedrichstrasse station on the evening of January 18 and rode it into West Berlin.
In the weeks that followed, Bonn's security services arrested or neutralised more than fifteen of the spies he identified; several others fled back across the border. Markus Wolf, the HVA chief, later called the betrayal the worst blow his service ever suffered.
East Berlin sentenced Wendland to death in absentia. He was resettled in West Germany, then moved to the United States in the 1980s under a new identity, working for a bank.
"He lived with the fear that they would find him," Ortiz said. "Even after the Wall came down, he checked under his car."
Wendland wrote a memoir, "Im Auftrag", published in 1992.""",
gold={"countries": ["DDR", "DEU", "USA"],
 "persons": [{"name": "Horst Wendland", "aliases": ["Wendland"], "nationality": "DDR"},
             {"name": "Michael Ortiz", "aliases": ["Ortiz"]},
             {"name": "Markus Wolf", "aliases": [], "nationality": "DDR"}],
 "not_persons": ["Im Auftrag", "Friedrichstrasse"],
 "embassies": [],
 "defections": [{"defector": "Horst Wendland", "from": "DDR", "to": "DEU", "post_host": None, "date": "1979-01-18", "position": "first lieutenant, HVA foreign intelligence"}],
 "agreements": []}),
]
