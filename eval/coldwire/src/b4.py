from b1 import A,P,G,E,DF,AG
ITEMS=[]
ITEMS.append((A('cw-030','Czech Spy in Copenhagen Granted Asylum','1985-10-16','Wire report (Reuter)','''
COPENHAGEN, Oct. 16 (Reuter) -- A Czechoslovak diplomat who Danish officials say worked for his country's intelligence service has been granted political asylum in Denmark, the Justice Ministry confirmed yesterday.
Karel Hořejší, 40, a commercial attache at the Czechoslovak Embassy, disappeared with his wife last month. Danish newspapers reported that he had been living under police protection at a military base in Jutland since then and had given the security police "a very full account" of the StB's operations in Scandinavia.
The embassy has demanded his return, saying he is wanted in Prague for fraud.
Hořejší is the latest in a string of Eastern bloc intelligence officers to change sides this year. Oleg Gordievsky, the KGB officer who had been named to head the Soviet station in London, was spirited out of the Soviet Union to Britain in July, and Vitaly Yurchenko, a senior KGB official, vanished during a visit to Italy on Aug. 1 and is now in the United States.
Western security officials say the cases together amount to the worst setback for the Eastern services in Europe for a generation.
'''),G(['DNK','CSK','SUN','GBR','ITA','USA'],[P('Karel Hořejší',['Hořejší'],'CSK'),P('Oleg Gordievsky',[],'SUN'),P('Vitaly Yurchenko',[],'SUN')],[],
[E('CSK','DNK','Copenhagen'),E('SUN','GBR','London')],
[DF('Karel Hořejší','CSK','DNK','DNK','1985-09','commercial attache; StB officer'),DF('Oleg Gordievsky','SUN','GBR',None,'1985-07','KGB officer'),DF('Vitaly Yurchenko','SUN','USA',None,'1985-08-01','senior KGB official')])))

ITEMS.append((A('cw-031','U.S. Suspends ANZUS Obligations to New Zealand','1986-08-12','Wire report (AP)','''
SAN FRANCISCO, Aug. 12 (AP) -- The United States formally suspended its security obligations to New Zealand under the 35-year-old ANZUS treaty yesterday, ending a defence partnership that had survived two world crises but not Wellington's ban on nuclear-armed and nuclear-powered ships.
Secretary of State George Shultz announced the step after two days of talks here with Australia's Foreign Minister, Bill Hayden, and Defence Minister Kim Beazley. The alliance between the United States and Australia, Shultz said, remains "in full force and effect."
The treaty, signed in San Francisco in September 1951, binds the three Pacific nations to consult and act together in the event of an attack on any of them. New Zealand has not withdrawn from it; Prime Minister David Lange said in Wellington that his Government still considered itself a member "and would honour our part of it."
"We part as friends, but we part," Shultz told reporters.
'''),G(['USA','NZL','AUS'],[P('George Shultz',['Shultz'],'USA'),P('Bill Hayden',[],'AUS'),P('Kim Beazley',[],'AUS'),P('David Lange',[],'NZL')],[],
[],[],[AG('ANZUS treaty',[],['USA','NZL','AUS'],'1951-09','suspended')])))

ITEMS.append((A('cw-032','East German Trumpeter Stays Behind in Hamburg','1987-05-28','Newspaper report','''
HAMBURG -- When the East German radio dance orchestra's bus pulled out of the car park of the Congress Centre on Sunday night, the second trumpet chair was empty.
Uwe Matthes, 29, had packed his instrument and a change of shirts into a sports bag during the interval and walked to the nearest police station, where he explained, in the words of one officer, that he "would rather play in a cellar in Hamburg than in a palace in Leipzig."
Matthes has asked to be received as a citizen of the Federal Republic, which under West German law he already is. The authorities at the Giessen reception centre say he is one of about 70 East Germans who have used officially approved trips to the West to stay there so far this year.
The orchestra's manager, Rainer Gotthold, told the Hamburger Abendblatt that the other musicians were "shocked and disappointed."
Friends recall that Matthes had been a great admirer of Wolf Biermann, the songwriter whom East Berlin stripped of his citizenship while he was on a concert tour in Cologne in 1976 and who has lived in Hamburg ever since.
'''),G(['DDR','DEU'],[P('Uwe Matthes',['Matthes'],'DDR'),P('Rainer Gotthold',[]),P('Wolf Biermann',[])],['Hamburger Abendblatt'],
[],[DF('Uwe Matthes','DDR','DEU',None,'1987-05-24','trumpeter, radio dance orchestra')])))

ITEMS.append((A('cw-033','Soviet Systems Scientist Asks U.S. Asylum','1988-12-09','Wire report (Reuter)','''
WASHINGTON, Dec. 9 (Reuter) -- A Soviet computer scientist who had been working at an international research institute near Vienna has asked for political asylum in the United States, the State Department said today.
Dr. Aleksandr Mikhailovich Lysenkov, 47, had been assigned by the Soviet Academy of Sciences to a two-year posting at the International Institute for Applied Systems Analysis at Laxenburg, Austria. He flew to Washington on Monday with a tourist visa obtained in Vienna last month and asked immigration officers at Dulles airport for asylum as soon as he landed.
A State Department spokesman, Charles Redman, said the request had been received "and will be dealt with in the usual way." He noted that the case had not come up during President Mikhail Gorbachev's brief visit to New York this week, which was cut short by the earthquake in Soviet Armenia.
Colleagues at the institute, which was set up in 1972 to bring together scientists from East and West, said Lysenkov had worked on models of energy demand. One said he had appeared "depressed" after a visit home in the autumn.
'''),G(['SUN','USA','AUT'],[P('Aleksandr Mikhailovich Lysenkov',['Lysenkov'],'SUN'),P('Charles Redman',[],'USA'),P('Mikhail Gorbachev',[],'SUN')],[],
[],[DF('Aleksandr Mikhailovich Lysenkov','SUN','USA','AUT','1988-12-05','computer scientist at IIASA')])))

ITEMS.append((A('cw-034','Hungary Lets East Germans Go; Thousands Cross Into Austria','1989-09-11','Wire report (Reuter)','''
HEGYESHALOM, Hungary, Sept. 11 (Reuter) -- Thousands of East Germans streamed across the Hungarian border into Austria today after Hungary suspended a 20-year-old agreement with East Germany under which it was bound to stop them from leaving for the West.
Foreign Minister Gyula Horn announced the decision on television last night, saying Hungary could not be "a prison for the citizens of another country." From midnight, East Germans with valid documents would be allowed to leave for any country willing to accept them.
The agreement, signed in 1969, obliged each side to prevent the other's citizens from travelling to third countries without permission. East Berlin called the move "a violation of treaty obligations" and an intervention in its internal affairs.
By mid-morning the queue of Trabants and Wartburgs at this crossing stretched back several kilometres. Most drivers were heading for Passau in Bavaria, where West German officials set up a reception centre.
"I never thought I would see this," said Thomas Richter, a 26-year-old mechanic from Leipzig, who arrived in Passau with his girlfriend this afternoon. "Yesterday I was a prisoner."
Bonn welcomed the Hungarian decision as "an act of humanity."
'''),G(['HUN','DDR','AUT','DEU'],[P('Gyula Horn',[],'HUN'),P('Thomas Richter',[],'DDR')],['Trabants','Wartburgs'],
[],[DF('Thomas Richter','DDR','DEU',None,'1989-09-11','mechanic')],[AG('travel agreement between Hungary and East Germany',[],['HUN','DDR'],'1969','suspended')])))

ITEMS.append((A('cw-035','Germany Is One Again','1990-10-03','Newspaper report','''
BERLIN, Oct. 3 -- At the stroke of midnight, as the black, red and gold flag rose before the Reichstag and a crowd of a million people sang the national anthem, the German Democratic Republic ceased to exist and its five states became part of the Federal Republic.
The Unification Treaty, signed in East Berlin on Aug. 31 by the two German governments, took effect at midnight. Chancellor Helmut Kohl, President Richard von Weizsaecker and the last East German Prime Minister, Lothar de Maiziere, stood together on the steps of the old parliament building.
The external aspects of unity were settled last month in Moscow, where the two German states and the four wartime Allies -- the United States, the Soviet Union, Britain and France -- signed the Treaty on the Final Settlement With Respect to Germany on Sept. 12. That treaty restores full sovereignty to Germany, but it still awaits ratification, most importantly by the Supreme Soviet.
Last week East Germany completed its withdrawal from the Soviet-led Warsaw Pact, signing a protocol with the alliance's military command.
"Today we have regained the unity of our fatherland," Mr. Kohl said.
'''),G(['DEU','DDR','USA','SUN','GBR','FRA'],[P('Helmut Kohl',['Kohl'],'DEU'),P('Richard von Weizsaecker',[],'DEU'),P('Lothar de Maiziere',[],'DDR')],[],
[],[],[AG('Unification Treaty',[],['DEU','DDR'],'1990-08-31','in_force'),AG('Treaty on the Final Settlement With Respect to Germany',[],['DEU','DDR','USA','SUN','GBR','FRA'],'1990-09-12','signed'),AG('Warsaw Pact',[],['SUN','DDR'],None,'withdrawn')])))

ITEMS.append((A('cw-036','Bush and Gorbachev Sign START','1991-07-31','Wire report (AP)','''
MOSCOW, July 31 (AP) -- President George Bush and President Mikhail Gorbachev today signed the Strategic Arms Reduction Treaty, the first agreement ever to cut the long-range nuclear arsenals of the two superpowers.
The two leaders used pens made from the metal of scrapped missiles to sign the 700-page document in St. Vladimir's Hall of the Kremlin. It took nine years to negotiate and will reduce strategic warheads on each side by about 30 per cent over seven years.
The treaty still has to be ratified by the U.S. Senate and the Supreme Soviet.
The ceremony came a month after the Warsaw Pact, founded in 1955, was formally dissolved at a meeting in Prague by the Soviet Union, Poland, Czechoslovakia, Hungary, Romania and Bulgaria. "The cold war is behind us," Gorbachev said.
'''),G(['USA','SUN','POL','CSK','HUN','ROU','BGR'],[P('George Bush',['Bush'],'USA'),P('Mikhail Gorbachev',['Gorbachev'],'SUN')],[],
[],[],[AG('Strategic Arms Reduction Treaty',['START'],['USA','SUN'],'1991-07-31','signed'),AG('Warsaw Pact',[],['SUN','POL','CSK','HUN','ROU','BGR'],'1955','terminated')])))

ITEMS.append((A('cw-037','Czech Airliner Crew Flies to Frankfurt; 9 Passengers Stay','1953-08-07','Wire report (AP)','''
FRANKFURT, Aug. 7 (AP) -- Nine passengers of a Czechoslovak airliner flown to the American air base at Rhein-Main on Wednesday by its own crew have asked to remain in the West, U.S. officials said today. The other 17 are being sent home by bus.
The DC-3, on a domestic flight from Brno to Prague, was turned west over Pilsen by its pilot, Captain Vladimír Pospíšil, and the radio operator, Jan Kalina. Both men have asked for political asylum in West Germany, officials said.
Pospíšil told reporters at the base that he and Kalina had planned the flight for months and had waited for a day when no security guard was aboard. "We flew low and we prayed," he said.
Prague radio tonight called the two airmen "bandits" and demanded the return of the aircraft and of all its passengers. American officials said the plane would be returned once it had been inspected.
'''),G(['CSK','DEU','USA'],[P('Vladimír Pospíšil',['Pospíšil'],'CSK'),P('Jan Kalina',['Kalina'],'CSK')],[],
[],[DF('Vladimír Pospíšil','CSK','DEU',None,'1953-08-05','airline pilot'),DF('Jan Kalina','CSK','DEU',None,'1953-08-05','airliner radio operator')])))

ITEMS.append((A('cw-038','U.S. Expels Soviet Attache on Spy Charge','1957-01-22','Wire report (AP)','''
WASHINGTON, Jan. 22 (AP) -- The State Department today ordered an assistant military attache at the Soviet Embassy to leave the United States within 48 hours, accusing him of trying to buy classified information on guided missiles.
Lieutenant Colonel Nikolai Dubrovin was declared persona non grata in a note handed to the Soviet Ambassador, Georgi Zarubin. The department's press officer, Lincoln White, said Dubrovin had offered an employee of an aircraft company in Baltimore $3,000 for documents. The employee reported the approach to the Federal Bureau of Investigation.
Asked whether the colonel had been given an opportunity to stay in the United States, White said: "He has shown no interest in that whatever."
It was the third expulsion of a Soviet diplomat from Washington since the end of the war. The Soviet Embassy said it would reply "at the appropriate time."
'''),G(['USA','SUN'],[P('Nikolai Dubrovin',['Dubrovin'],'SUN'),P('Georgi Zarubin',[],'SUN'),P('Lincoln White',['White'],'USA')],[],
[E('SUN','USA','Washington')],[],[])))

ITEMS.append((A('cw-039','Yugoslav Pilot Lands Jet in Italy','1960-05-12','Wire report (Reuter)','''
ROME, May 12 (Reuter) -- A Yugoslav air force lieutenant landed his jet trainer at the American-Italian air base at Aviano, in northern Italy, on Tuesday and asked for political asylum, the Italian Defence Ministry said today.
The pilot, Dragan Kovačević, 26, was on a training flight from Zagreb when he turned west over the Adriatic coast. He landed with only a few minutes' fuel left.
The Yugoslav Embassy in Rome has demanded the return of the aircraft and the pilot. Italian officials said the aircraft would be sent back, but that the lieutenant's request would be examined "according to our laws and traditions."
The incident comes as Moscow and Washington trade accusations over the American U-2 reconnaissance plane shot down over the Soviet Union on May 1. Its pilot, Francis Gary Powers, is being held in Moscow and is expected to go on trial.
'''),G(['YUG','ITA','USA','SUN'],[P('Dragan Kovačević',[],'YUG'),P('Francis Gary Powers',[],'USA')],['U-2'],
[E('YUG','ITA','Rome')],[DF('Dragan Kovačević','YUG','ITA',None,'1960-05-10','air force pilot (lieutenant)')])))
