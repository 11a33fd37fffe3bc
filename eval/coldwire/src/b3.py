from b1 import A,P,G,E,DF,AG
ITEMS=[]
ITEMS.append((A('cw-020','35 Leaders Sign Helsinki Accord','1975-08-01','Wire report (AP)','''
HELSINKI, Aug. 1 (AP) -- Leaders of 33 European nations, the United States and Canada signed today the Final Act of the Conference on Security and Cooperation in Europe, a 40,000-word document that recognizes the postwar frontiers of Europe and pledges respect for human rights.
President Gerald Ford, Soviet Communist party chief Leonid Brezhnev, Chancellor Helmut Schmidt of West Germany and East Germany's Erich Honecker signed one after another in the alphabetical order of their countries' French names, sitting a few feet apart in Finlandia Hall. Prime Minister Harold Wilson signed for Britain and President Valery Giscard d'Estaing for France. Yugoslavia's President Josip Broz Tito, 83, walked to the table unaided.
The host, President Urho Kekkonen of Finland, called the ceremony "a moment without precedent in the history of our continent."
The Final Act is not a treaty and is not legally binding. Its critics in the West say it hands Moscow the recognition of its wartime conquests in return for promises on the free movement of people and ideas that it has no intention of keeping.
Albania, which boycotted the conference from the start, was the only European country not represented.
'''),G(['USA','CAN','SUN','DEU','DDR','GBR','FRA','YUG','FIN','ALB'],
[P('Gerald Ford',[],'USA'),P('Leonid Brezhnev',[],'SUN'),P('Helmut Schmidt',[],'DEU'),P('Erich Honecker',[],'DDR'),P('Harold Wilson',[],'GBR'),P("Valery Giscard d'Estaing",[],'FRA'),P('Josip Broz Tito',[],'YUG'),P('Urho Kekkonen',[],'FIN')],[],
[],[],[AG('Final Act of the Conference on Security and Cooperation in Europe',['Final Act','Helsinki Accord'],['USA','CAN','SUN','DEU','DDR','GBR','FRA','YUG','FIN'],'1975-08-01','signed')])))

ITEMS.append((A('cw-021','Japan to Return Dismantled MiG to Soviets','1976-10-29','Wire report (Reuter)','''
TOKYO, Oct. 29 (Reuter) -- Japan will hand back the Soviet MiG-25 jet fighter flown to Hakodate last month by a defecting pilot, but only in pieces and only after the Russians pay the cost of shipping, the Foreign Ministry said yesterday.
The plane has been taken apart and examined by Japanese and American experts at the Hyakuri air base north of Tokyo since Lieutenant Viktor Belenko landed it on a civilian runway on Sept. 6. Belenko, who asked for asylum in the United States within hours of landing, was flown to America three days later.
Moscow has demanded the return of both the aircraft and the pilot, and has accused Japan of "hostile acts". Soviet officials have also hinted that Japanese fishing boats detained near the Kurile Islands might be released faster if the matter were settled.
A Foreign Ministry official, Masao Kurihara, said the crates would be loaded aboard a Soviet freighter at Hitachi port "in the middle of next month". Japan, he said, regarded the case as closed.
'''),G(['JPN','SUN','USA'],[P('Viktor Belenko',['Belenko'],'SUN'),P('Masao Kurihara',[],'JPN')],[],
[],[DF('Viktor Belenko','SUN','USA',None,'1976-09-06','air force pilot (lieutenant)')])))

ITEMS.append((A('cw-022','Vienna Force Talks Resume Without Progress','1977-03-15','Newspaper report','''
VIENNA, March 14 -- East-West negotiations on reducing troops in Central Europe resumed here today for their 11th round, and the opening speeches suggested that neither side has moved since December.
The talks, which began in October 1973, bring together the Western allies and the Soviet Union and its East European allies with forces in the area. The West wants the East to accept that it has about 150,000 more ground troops in the zone than it admits to; the East insists that the figures it tabled are correct.
Stanley Resor, the chief American delegate, told reporters after the plenary session in the Hofburg that "the data problem is the key that unlocks everything else." His Soviet counterpart, Nikolai Tarasov, said Western figures were "fantasies of Western general staffs."
Diplomats from West Germany, whose territory would see the largest cuts on the Western side, said privately that they did not expect an agreement this year. The Polish and Czechoslovak delegations are pressing for a freeze on troop levels in the meantime, an idea the West has rejected.
'''),G(['USA','SUN','DEU','POL','CSK'],[P('Stanley Resor',[],'USA'),P('Nikolai Tarasov',[],'SUN')],[],[],[],[])))

ITEMS.append((A('cw-023','East German Trade Counsellor From Stockholm Surfaces in Bonn','1978-05-23','Wire report (Reuter)','''
BONN, May 23 (Reuter) -- The commercial counsellor of the East German Embassy in Stockholm, who disappeared earlier this month, has asked for asylum in the Federal Republic, the West German Interior Ministry confirmed today.
Horst Pfeiffer, 51, had served in the Swedish capital since 1974 and was responsible for East Germany's purchases of Swedish steel and machine tools. Swedish police were asked by his embassy to look for him on May 9.
A ministry spokesman said Pfeiffer was in "a safe place" and was talking to officials of the Office for the Protection of the Constitution, the counter-intelligence service. He would not confirm press reports that Pfeiffer had travelled from Sweden via Denmark on a forged West German passport.
In East Berlin, the official news agency ADN said Pfeiffer had stolen embassy funds and was "a common criminal."
He is the most senior Eastern European official to break with his Government since Arkady Shevchenko, the Soviet under-secretary general at the United Nations, sought asylum in the United States last month.
'''),G(['DEU','DDR','SWE','SUN','USA','DNK'],[P('Horst Pfeiffer',['Pfeiffer'],'DDR'),P('Arkady Shevchenko',[],'SUN')],['ADN'],
[E('DDR','SWE','Stockholm')],[DF('Horst Pfeiffer','DDR','DEU','SWE','1978-05','commercial counsellor'),DF('Arkady Shevchenko','SUN','USA',None,'1978-04','under-secretary general at the United Nations')])))

ITEMS.append((A('cw-024','Bolshoi Dancer Defects; Wife Chooses to Fly Home','1979-08-25','Newspaper report','''
NEW YORK, Aug. 24 -- A Soviet airliner that had been held at Kennedy International Airport for nearly three days took off for Moscow tonight with the wife of the Bolshoi Ballet dancer Gennady Vetrov aboard, after she told American officials she was leaving of her own free will.
Vetrov, 29, who danced the title role in "Spartacus" during the company's summer season at the Metropolitan Opera House, asked for political asylum on Wednesday, slipping away from the company's hotel with the help of a friend, the violinist Mark Feldman, who drove him to an immigration office in lower Manhattan.
His wife, Marina Ilyina, a soloist in the company's corps de ballet, was hurried to the airport by Soviet officials the next morning. The State Department, uncertain whether she was being taken home against her will, ordered the Aeroflot jet to remain on the ground.
After a meeting on a mobile lounge between the plane and the terminal today, a State Department spokesman, Hodding Carter, said Miss Ilyina had been "calm and composed" and had declared that she wanted to go back to her mother in Moscow. "We are satisfied," he said.
Vetrov, reached by telephone, said: "She has made her choice. I have made mine."
'''),G(['SUN','USA'],[P('Gennady Vetrov',['Vetrov'],'SUN'),P('Marina Ilyina',['Miss Ilyina'],'SUN'),P('Mark Feldman',[]),P('Hodding Carter',[],'USA')],['Spartacus'],
[],[DF('Gennady Vetrov','SUN','USA',None,'1979-08-22','dancer, Bolshoi Ballet')])))

ITEMS.append((A('cw-025','Carter Shelves SALT II; Limits Still Observed','1980-01-30','Newspaper report','''
WASHINGTON, Jan. 29 -- The strategic arms limitation treaty that President Jimmy Carter and the Soviet leader, Leonid Brezhnev, signed in Vienna last June is, in the words of one Administration official, "in the deep freeze," but both Washington and Moscow are still observing its limits.
Mr. Carter asked the Senate on Jan. 3 to postpone its debate on ratification of the treaty, known as SALT II, after the Soviet invasion of Afghanistan. Senate leaders agreed, and no vote is now expected before the presidential election in November.
State Department officials said today that the United States would continue to abide by the terms of the treaty as long as the Soviet Union did, just as both countries respected the interim agreement on offensive weapons signed in Moscow in 1972 after it expired in October 1977.
"Neither side wants to be the first to break out," said a senior official. "That is a very thin thread, but it is a thread."
The Soviet news agency Tass said today that "the American side bears full responsibility" for the treaty's fate.
'''),G(['USA','SUN','AFG'],[P('Jimmy Carter',['Carter'],'USA'),P('Leonid Brezhnev',[],'SUN')],['Tass'],
[],[],[AG('SALT II',['strategic arms limitation treaty'],['USA','SUN'],'1979-06','signed'),AG('interim agreement on offensive weapons',[],['USA','SUN'],'1972','terminated')])))

ITEMS.append((A('cw-026','Soviet Chess Master Asks to Stay in West Germany','1981-06-19','Wire report (AP)','''
DORTMUND, West Germany, June 19 (AP) -- A Soviet international master who had just finished fourth in a chess tournament here walked into a police station on Tuesday evening and asked for political asylum, the city authorities said today.
Lev Zakharchenko, 31, from Kiev, told police he had "no future" in Soviet chess because he had refused to sign a letter condemning Viktor Korchnoi, the Soviet-born grandmaster who sought asylum in the Netherlands after a tournament in Amsterdam in 1976.
Korchnoi, now living in Switzerland, is to challenge the Soviet world champion, Anatoly Karpov, for the title in Merano, Italy, in October.
A spokesman for the North Rhine-Westphalia Interior Ministry said Zakharchenko's request would be considered in the normal way. Soviet team officials left Dortmund for Moscow on Wednesday.
'''),G(['DEU','SUN','NLD','CHE'],[P('Lev Zakharchenko',['Zakharchenko'],'SUN'),P('Viktor Korchnoi',['Korchnoi'],'SUN'),P('Anatoly Karpov',[],'SUN')],[],
[],[DF('Lev Zakharchenko','SUN','DEU',None,'1981-06-16','chess international master'),DF('Viktor Korchnoi','SUN','NLD',None,'1976','chess grandmaster')])))

ITEMS.append((A('cw-027','Czech Crop-Duster Pilot Flies Family to Austria','1982-11-04','Wire report (Reuter)','''
VIENNA, Nov. 4 (Reuter) -- A Czechoslovak agricultural pilot flew his wife and two small sons across the border in a crop-spraying aircraft on Tuesday, skimming the treetops to avoid radar, and landed in a potato field in Upper Austria, the Interior Ministry said today.
The pilot, Miroslav Krejčí, 34, told Austrian gendarmes he had planned the escape for two years. His family had been hidden in the plane's chemical hopper, which he had scrubbed out for the purpose.
The single-engined Zlin Z-37, known to its pilots as the "Bumblebee", came down near Freistadt, about 15 kilometres inside Austria. Nobody was hurt.
Krejčí has applied for asylum. The ministry said the aircraft would be returned to Czechoslovakia, as is the usual practice.
It was the third such flight across the Austrian border this year.
'''),G(['CSK','AUT'],[P('Miroslav Krejčí',['Krejčí'],'CSK')],['Zlin Z-37'],
[],[DF('Miroslav Krejčí','CSK','AUT',None,'1982-11-02','agricultural pilot')])))

ITEMS.append((A('cw-028','Soviet Military Attache in Rome Defects','1983-09-14','Wire report (AP)','''
ROME, Sept. 14 (AP) -- An assistant military attache at the Soviet Embassy here, described by Italian sources as an officer of the GRU, Soviet military intelligence, has defected and is believed to have been flown to the United States, government sources said today.
Lieutenant Colonel Yuri Alekseyevich Panin, 42, was last seen by his colleagues on Sunday afternoon, when he left the embassy compound on Via Gaeta for what he said was a walk with his dog. The dog was found wandering in the Villa Borghese gardens that evening.
Defence Minister Giovanni Spadolini declined to comment, saying only that "the competent services" were dealing with the matter. An American Embassy spokesman said he had "nothing to say on the subject."
The Soviet Embassy has not commented publicly, but Italian diplomats said it had asked the Foreign Ministry for help in finding "a missing member of staff."
The defection comes at a time of acute strain between Moscow and Washington after the Soviet destruction of a South Korean airliner on Sept. 1.
'''),G(['ITA','SUN','USA','KOR'],[P('Yuri Alekseyevich Panin',[],'SUN'),P('Giovanni Spadolini',[],'ITA')],['Villa Borghese'],
[E('SUN','ITA','Rome'),E('USA','ITA','Rome')],[DF('Yuri Alekseyevich Panin','SUN','USA','ITA','1983-09-11','assistant military attache; GRU officer')])))

ITEMS.append((A('cw-029','No Asylum Bids Yet as Romanians Compete Alone','1984-07-27','Wire report (AP)','''
LOS ANGELES, July 27 (AP) -- Immigration officials say they have received no requests for political asylum from any of the athletes at the Olympic Games, which open tomorrow, and the only Eastern European team that came is not expected to provide any.
Romania, alone among the Soviet Union's East European allies, defied the Moscow-led boycott and sent 127 athletes. The Soviet Union and 13 other countries, including East Germany and Cuba, are staying away, citing concern for the safety of their teams.
"We have a procedure ready, but frankly the phones have been very quiet," said Raymond Ortega, a spokesman for the Immigration and Naturalization Service in Los Angeles.
Ion Dumitrescu, the deputy head of the Romanian delegation, told reporters at the Olympic village in Westwood that his athletes "came here to win medals, not to go shopping for a new country." He said all would go home on Aug. 13.
Romania's presence has been one of the talking points of the Games. The crowd is expected to give its team one of the loudest welcomes at the opening ceremony.
'''),G(['USA','ROU','SUN','DDR','CUB'],[P('Raymond Ortega',[],'USA'),P('Ion Dumitrescu',[],'ROU')],[],[],[],[])))
