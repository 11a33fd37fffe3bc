from b1 import A,P,G,E,DF,AG
ITEMS=[]
ITEMS.append((A('cw-010','Soviet Seaman Swims Ashore at Halifax','1965-12-02','Wire report (CP-Reuter)','''
HALIFAX, Nova Scotia, Dec. 2 -- A young radio operator from a Soviet fishing trawler slipped over the side in Halifax harbour on Monday night and swam nearly 300 yards through icy water to ask for asylum in Canada.
Anatoly Fyodorovich Rudnev, 24, was found shivering on a pier near the naval dockyard by a watchman, who wrapped him in a blanket and called the police. He had been aboard the Kapitan Voronin, a stern trawler that put in for repairs last week after storm damage on the Grand Banks.
Immigration officials confirmed today that Rudnev had applied to stay. "He will be treated like any other applicant, which is to say fairly," said Raymond Tremblay, the Minister of Citizenship and Immigration, in Ottawa.
The Soviet Embassy in Ottawa asked yesterday for consular access to the seaman, saying he was "a sick boy" who should be returned to his ship. The Kapitan Voronin sailed this morning without him.
'''),G(['CAN','SUN'],[P('Anatoly Fyodorovich Rudnev',['Rudnev'],'SUN'),P('Raymond Tremblay',[],'CAN')],['Kapitan Voronin'],
[E('SUN','CAN','Ottawa')],[DF('Anatoly Fyodorovich Rudnev','SUN','CAN',None,'1965-11-29','radio operator on a fishing trawler')])))

ITEMS.append((A('cw-011','Czech Diplomat and Family Given Asylum in Britain','1966-05-17','Newspaper report','''
By our Diplomatic Correspondent
A second secretary at the Czechoslovak Embassy in London, who is believed by Western security services to have been a senior officer of the Czechoslovak intelligence service, the StB, has been granted political asylum in Britain with his wife and two children.
The Home Office confirmed last night that Mr. Ladislav Brázda, 41, and his wife, Věra Brázdová, had left their flat in Kensington on Friday evening and had since been "under the protection of the appropriate authorities". It declined to say where the family was staying.
The Czechoslovak Embassy called the affair a "crude provocation" and said Mr. Brázda had embezzled embassy funds. A note from Prague was handed to the Foreign Office yesterday afternoon demanding access to the family.
Diplomatic observers here noted that Brázda, who had served in London since 1963, was responsible for contacts with British trade unionists and Labour back-benchers. It was being suggested in Whitehall yesterday that his information could prove "of considerable interest".
'''),G(['CSK','GBR'],[P('Ladislav Brázda',['Brázda'],'CSK'),P('Věra Brázdová',[],'CSK')],[],
[E('CSK','GBR','London')],[DF('Ladislav Brázda','CSK','GBR','GBR','1966-05-13','second secretary; StB intelligence officer'),DF('Věra Brázdová','CSK','GBR','GBR','1966-05-13')])))

ITEMS.append((A('cw-012',"Stalin's Daughter Asks U.S. Asylum; Now in Switzerland",'1967-03-10','Wire report (AP)','''
GENEVA, March 10 (AP) -- Svetlana Alliluyeva, the only daughter of the late Soviet dictator Joseph Stalin, arrived in Switzerland today, four days after she walked into the United States Embassy in New Delhi and asked for asylum in America.
Mrs. Alliluyeva, 41, had gone to India in December to scatter the ashes of her companion, Brajesh Singh, an Indian Communist who died in Moscow last autumn. She had been staying at the Soviet Embassy in the Indian capital and was due to fly home on Tuesday.
Instead, on Monday evening, she took a taxi to the American compound, where, according to an embassy official, she presented her Soviet passport and said simply: "I have come for help." Ambassador Chester Bowles was informed within the hour. She left for Rome on a Qantas flight the same night, escorted by a U.S. diplomat.
The Swiss Federal Political Department said she had been granted a tourist visa for three months and would "rest" in the country before deciding on her future. Her request to settle in the United States is still under consideration in Washington.
Soviet officials in New Delhi have made no comment. India's Foreign Ministry said it had not been consulted.
'''),G(['SUN','USA','IND','CHE'],[P('Svetlana Alliluyeva',['Mrs. Alliluyeva'],'SUN'),P('Joseph Stalin',['Stalin'],'SUN'),P('Brajesh Singh',[],'IND'),P('Chester Bowles',[],'USA')],[],
[E('USA','IND','New Delhi'),E('SUN','IND','New Delhi')],[DF('Svetlana Alliluyeva','SUN','USA',None,'1967-03-06')])))

ITEMS.append((A('cw-013','Prague Trade Envoy in Frankfurt Refuses to Go Home','1968-09-05','Wire report (Reuter)','''
FRANKFURT, Sept. 5 (Reuter) -- The deputy head of the Czechoslovak trade mission here said yesterday he would not return to Prague "while foreign tanks stand in its streets," and asked the West German Government for asylum.
Dr. Zdeněk Pokorný, 38, an economist and a supporter of the reform programme of the Communist party leader, Alexander Dubček, told reporters he had reached his decision after Moscow forced the Czechoslovak leadership to accept the stationing of Soviet troops. The Soviet Union and four of its allies invaded Czechoslovakia on Aug. 21.
"I have nothing against my own Government. It is not my own Government any more," Pokorný said.
A spokesman for the Interior Ministry in Bonn said the request would be handled "quickly and sympathetically." The trade mission, which opened last year, is Czechoslovakia's only official representation in West Germany.
Several hundred Czechoslovak tourists who were in the West at the time of the invasion have also asked to stay, officials said.
'''),G(['CSK','DEU','SUN'],[P('Zdeněk Pokorný',['Pokorný'],'CSK'),P('Alexander Dubček',[],'CSK')],[],
[E('CSK','DEU','Frankfurt')],[DF('Zdeněk Pokorný','CSK','DEU','DEU','1968-09-04','deputy head of the trade mission')])))

ITEMS.append((A('cw-014','Brandt Cabinet Clears Way to Sign Nuclear Treaty','1969-11-22','Newspaper report','''
BONN, Nov. 21 -- Chancellor Willy Brandt's Cabinet decided today that West Germany would sign the treaty on the non-proliferation of nuclear weapons, ending three years of bitter debate that helped bring down the last coalition.
Conrad Ahlers, the Government spokesman, said the signature would be affixed in Washington, London and Moscow "in the course of next week." Ratification by the Bundestag would follow later, he said, once Bonn was satisfied about safeguards for its civilian nuclear industry.
The treaty was opened for signature on July 1 of last year, when it was signed by the United States, Britain and the Soviet Union. East Germany signed in Moscow the same day. It has not yet entered into force: that requires ratification by the three depositary powers and forty other states.
Foreign Minister Walter Scheel told reporters that the decision was "a signal to the East" and would help the talks on a renunciation-of-force agreement that Bonn hopes to open with Moscow before Christmas.
The Christian Democratic opposition criticised the decision, arguing that Bonn was giving away a bargaining chip for nothing.
'''),G(['DEU','USA','GBR','SUN','DDR'],[P('Willy Brandt',['Brandt'],'DEU'),P('Conrad Ahlers',[],'DEU'),P('Walter Scheel',[],'DEU')],[],
[],[],[AG('Treaty on the Non-Proliferation of Nuclear Weapons',['non-proliferation treaty'],['USA','GBR','SUN','DDR'],'1968-07-01','signed')])))

ITEMS.append((A('cw-015','Kirov Dancer Stays in Denmark','1970-07-07','Wire report (Reuter)','''
COPENHAGEN, July 7 (Reuter) -- Yevgeny Lapshin, a 27-year-old soloist with the Kirov Ballet of Leningrad, has been granted asylum in Denmark, the Justice Ministry announced last night.
Lapshin slipped away from the company's hotel on Sunday, hours before he was to dance Albrecht in the final performance of a two-week season at the Royal Theatre. A Danish friend drove him to police headquarters.
"He is a private person who wants to dance. He does not want to make politics," said a ministry spokesman.
Konstantin Mikhalyov, the Kirov's administrative director, told Danish reporters before the company left for Leningrad yesterday that the dancer had been "led astray by bad company." The Soviet Embassy sent a protest note to the Foreign Ministry.
Lapshin is the second Kirov star to remain in the West. Rudolf Nureyev left the same company in 1961, when he broke away from his minders at a Paris airport and asked French police for protection.
'''),G(['SUN','DNK','FRA'],[P('Yevgeny Lapshin',['Lapshin'],'SUN'),P('Konstantin Mikhalyov',[],'SUN'),P('Rudolf Nureyev',[],'SUN')],['Kirov Ballet','Kirov','Albrecht'],
[E('SUN','DNK','Copenhagen')],[DF('Yevgeny Lapshin','SUN','DNK',None,'1970-07-05','soloist, Kirov Ballet'),DF('Rudolf Nureyev','SUN','FRA',None,'1961','dancer, Kirov Ballet')])))

ITEMS.append((A('cw-016','Belgrade Protests to Stockholm Over Emigre Activity','1971-02-18','Wire report (Reuter)','''
STOCKHOLM, Feb. 18 (Reuter) -- Yugoslavia has lodged a strong protest with the Swedish Government over what it called the "unchecked terrorist activity" of Croatian nationalist emigres in this country, following last week's occupation of its consulate in Gothenburg.
The Yugoslav Ambassador, Dušan Marković, handed a note to Sven Ekström, the head of the political department of the Foreign Ministry, yesterday afternoon. It asked Sweden to expel "known ringleaders" and to provide round-the-clock police protection for the embassy here and the consulate.
Two men who seized the Gothenburg consulate for several hours on Feb. 10 and held the consul and a typist at gunpoint were arrested and are awaiting trial. Swedish officials said there was no question of extraditing them to Yugoslavia.
Mr. Ekström told reporters the Government took the safety of diplomats "very seriously" but that Sweden could not expel people for their opinions. Some 30,000 Yugoslav citizens live and work in Sweden.
'''),G(['YUG','SWE'],[P('Dušan Marković',[],'YUG'),P('Sven Ekström',['Ekström'],'SWE')],[],
[E('YUG','SWE','Stockholm'),E('YUG','SWE','Gothenburg')],[],[])))

ITEMS.append((A('cw-017','Czech Rower Seeks Asylum as Games End','1972-09-12','Wire report (AP)','''
MUNICH, Sept. 12 (AP) -- A member of the Czechoslovak Olympic rowing team and a team masseur have asked for political asylum in West Germany, Bavarian authorities said today.
Jan Šťastný, 22, who rowed in the eights, left the Olympic village on Sunday afternoon with a sports bag and did not come back. The masseur, whose name was withheld at his request because his family is still in Czechoslovakia, went with him.
"They came to us together and they were quite determined," said Josef Wimmer, a spokesman for the Bavarian Interior Ministry. The two are being housed at the Zirndorf reception camp near Nuremberg.
The Games ended on Monday, overshadowed by the killing of 11 Israeli team members by Arab guerrillas last week. Czechoslovak team officials left for Prague this morning and declined to comment.
'''),G(['CSK','DEU','ISR'],[P('Jan Šťastný',['Šťastný'],'CSK'),P('Josef Wimmer',[])],[],
[],[DF('Jan Šťastný','CSK','DEU',None,'1972-09-10','Olympic rower')])))

ITEMS.append((A('cw-018','Basic Treaty Between the Two Germanys Takes Effect','1973-06-26','Newspaper report','''
BONN -- The Basic Treaty regulating relations between West and East Germany has been in force since last Thursday, when the two governments exchanged notes in Bonn, and officials on both sides are already arguing about what it means.
The treaty, signed in East Berlin last December by Egon Bahr for the Federal Republic and Michael Kohl for the German Democratic Republic, commits the two states to "normal, good-neighbourly relations" and to respect each other's independence. It stops short of full diplomatic recognition, which Chancellor Willy Brandt's Government has always refused.
The Bavarian state government under Alfons Goppel has challenged the treaty before the Federal Constitutional Court in Karlsruhe, arguing that it abandons the goal of reunification written into the Basic Law. A ruling is expected next month. If the court finds against the Government, officials concede, Bonn will face "an extremely awkward situation."
Meanwhile refugees continue to arrive. Since the signing, West German figures show, more than 4,000 East Germans have reached the Federal Republic, most of them pensioners allowed to leave legally.
Both German states are expected to be admitted to the United Nations in September.
'''),G(['DEU','DDR'],[P('Egon Bahr',[],'DEU'),P('Michael Kohl',[],'DDR'),P('Willy Brandt',[],'DEU'),P('Alfons Goppel',[],'DEU')],[],
[],[],[AG('Basic Treaty',[],['DEU','DDR'],'1972-12','in_force')])))

ITEMS.append((A('cw-019','Soviet Trade Aide in Tokyo Flown to U.S.','1974-04-09','Wire report (Reuter)','''
TOKYO, April 9 (Reuter) -- A Soviet trade official who American sources say was a major in the KGB has been flown to the United States after asking for asylum at the U.S. Embassy here, the Japanese Foreign Ministry said today.
Oleg Vasilyevich Bykov, 39, an assistant trade representative at the Soviet trade mission in Tokyo, walked into the embassy compound in Akasaka on Saturday morning. He left Japan on a U.S. military flight from Yokota air base the same evening, before Japanese officials could interview him.
Hiroshi Tanaka, a Foreign Ministry spokesman, said Japan had "expressed its regret" to the American ambassador that it had been informed only after the fact. Japan, he said, had no objection in principle to Bykov's choice.
The Soviet Embassy demanded a meeting with the defector. A Soviet diplomat said Bykov had left behind his wife and a 10-year-old daughter, who had been sent back to Moscow on Sunday.
'''),G(['JPN','SUN','USA'],[P('Oleg Vasilyevich Bykov',['Bykov'],'SUN'),P('Hiroshi Tanaka',[],'JPN')],[],
[E('SUN','JPN','Tokyo'),E('USA','JPN','Tokyo')],[DF('Oleg Vasilyevich Bykov','SUN','USA','JPN','1974-04-06','assistant trade representative; KGB major')])))
