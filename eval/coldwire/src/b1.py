def A(i,title,pub,src,text): return {'id':i,'title':title,'published':pub,'source':src,'text':text.strip()}
def P(name,aliases=(),nat=None):
    d={'name':name,'aliases':list(aliases)}
    if nat: d['nationality']=nat
    return d
def G(countries,persons=(),not_persons=(),embassies=(),defections=(),agreements=()):
    return {'countries':list(countries),'persons':list(persons),'not_persons':list(not_persons),'embassies':list(embassies),'defections':list(defections),'agreements':list(agreements)}
def E(s,h,city=None):
    d={'sending':s,'host':h}
    if city: d['city']=city
    return d
def DF(who,fr,to,post,date,pos=None):
    d={'defector':who,'from':fr,'to':to,'post_host':post,'date':date}
    if pos: d['position']=pos
    return d
def AG(name,aliases,parties,date,status):
    return {'name':name,'aliases':list(aliases),'parties':list(parties),'date':date,'status':status}

ITEMS=[]
ITEMS.append((A('cw-000','Soviet Envoy Seeks Asylum in Australia','1954-04-14','Wire report (AP)','''
CANBERRA, April 14 (AP) -- A junior Soviet diplomat has asked Australia for political asylum, the Government announced here today, in what officials described as the first case of its kind in this country.
Mikhail Ignatyevich Surkov, 38, a third secretary at the Soviet Embassy, left his apartment in the suburb of Forrest on Saturday afternoon and did not return. By Monday night, according to a statement read in the House of Representatives, he was in the care of the Australian security service and had formally requested permission to remain.
"Mr. Surkov has told us he does not wish to go back," said Harold Beasley, the Minister for External Affairs. "His request is being considered with every sympathy." Beasley would not say where the diplomat was being held or whether he had brought any papers with him.
The Soviet Embassy, in a note delivered yesterday, accused Australian authorities of "kidnapping" Surkov and demanded that he be handed over to his colleagues within 24 hours. Moscow radio tonight repeated the charge.
Surkov arrived in Canberra in the autumn of 1951. Neighbours described him as a quiet man who kept a vegetable garden and spoke careful, formal English.
'''),G(['AUS','SUN'],[P('Mikhail Ignatyevich Surkov',['Surkov'],'SUN'),P('Harold Beasley',['Beasley'],'AUS')],['Forrest'],
[E('SUN','AUS','Canberra')],[DF('Mikhail Ignatyevich Surkov','SUN','AUS','AUS','1954-04-10','third secretary')])))

ITEMS.append((A('cw-001','Czech Trade Official Turns Up in Munich','1955-09-20','Wire report (Reuter)','''
VIENNA, Sept. 20 (Reuter) -- A member of the Czechoslovak trade mission here who vanished last week has surfaced in Munich and asked the West German authorities for asylum, a Bavarian police spokesman said today.
He was identified as Jaroslav Kubeš, 44, who handled timber and glass contracts for the mission on the Prinz-Eugen-Strasse. Austrian police had been asked by the Czechoslovaks on Friday to search for him after he failed to appear at his office on Thursday morning.
According to the Bavarian account, Kubeš had left Vienna on Thursday and crossed into Germany near Salzburg by train that same night, carrying only a briefcase, and presented himself to the frontier police at Freilassing. He was then taken to Munich for questioning.
A Czechoslovak official in Vienna said Kubeš was wanted at home for "serious irregularities in his accounts" and that Prague would ask for his extradition. The Austrian Interior Ministry said it considered the matter closed, since the man was no longer on Austrian soil.
'''),G(['AUT','CSK','DEU'],[P('Jaroslav Kubeš',['Kubeš'],'CSK')],['Prinz-Eugen-Strasse'],
[E('CSK','AUT','Vienna')],[DF('Jaroslav Kubeš','CSK','DEU','AUT','1955-09-15','trade mission official')])))

ITEMS.append((A('cw-002','Nagy Renounces Warsaw Pact; Soviet Tanks Ring Budapest','1956-11-03','Newspaper report','''
BUDAPEST, Nov. 2 -- Hungary stood tonight on the edge of open conflict with the Soviet Union, two days after its Premier, Imre Nagy, told the nation that his Government was withdrawing from the Warsaw Treaty and declaring the country neutral.
Mr. Nagy made the announcement in a broadcast on Thursday evening, shortly after summoning the Soviet Ambassador, Yuri Andropov, to protest against the movement of fresh Soviet armoured units across the eastern frontier. He cabled the same night to the Secretary General of the United Nations, asking that the question of Hungarian neutrality be placed before the General Assembly.
The treaty, signed in Warsaw in May of last year by the Soviet Union, Poland, Czechoslovakia, East Germany, Romania, Bulgaria, Albania and Hungary, binds its members to a unified military command under a Soviet marshal. No member has tried to leave it before.
Diplomats here said the Premier appeared to have in mind a status like Austria's, which has kept foreign troops off its soil since last year. "Neutrality is the wish of the whole people," a spokesman at the Parliament building said.
There was no word today from Moscow. Travellers arriving from the east reported long columns of tanks on the road from Szolnok.
'''),G(['HUN','SUN','POL','CSK','DDR','ROU','BGR','ALB','AUT'],[P('Imre Nagy',['Nagy'],'HUN'),P('Yuri Andropov',['Andropov'],'SUN')],[],
[E('SUN','HUN','Budapest')],[],[AG('Warsaw Treaty',['Warsaw Pact'],['SUN','POL','CSK','DDR','ROU','BGR','ALB','HUN'],'1955-05','withdrawn')])))

ITEMS.append((A('cw-003','East Berlin Physicist Flees to West','1958-06-11','Wire report (AP)','''
BERLIN, June 11 (AP) -- One of East Germany's leading nuclear physicists has fled to the West with his wife, officials at the Marienfelde refugee reception camp said today.
Dr. Klaus-Dieter Wendt, 46, who headed a laboratory of the Academy of Sciences in East Berlin, crossed into the western sectors on Sunday by subway, carrying nothing but a raincoat and a textbook. His wife, Ingrid Wendt, a chemist, followed by a different route an hour later.
The couple was flown to Frankfurt yesterday. A spokesman for the Ministry for All-German Affairs in Bonn said Dr. Wendt had been offered a post with an institute of the Max Planck Society in Goettingen and that he had "indicated his interest."
Wendt is the 11th East German scientist of professorial rank to flee this year, according to West German figures. East Berlin's official news agency ADN did not mention his departure.
A colleague who spoke to reporters at the camp, asking not to be named, said Wendt had been under pressure to join the Socialist Unity party and had been refused permission to attend a conference in Geneva this spring.
'''),G(['DDR','DEU'],[P('Klaus-Dieter Wendt',['Wendt'],'DDR'),P('Ingrid Wendt',[],'DDR')],['Max Planck Society','ADN'],
[],[DF('Klaus-Dieter Wendt','DDR','DEU',None,'1958-06-08','nuclear physicist, head of Academy of Sciences laboratory'),DF('Ingrid Wendt','DDR','DEU',None,'1958-06-08','chemist')])))

ITEMS.append((A('cw-004','Bonn Denies Soviet Trade Aide Sought Asylum','1959-03-26','Wire report (AP)','''
BONN, March 26 (AP) -- The West German Foreign Office today flatly denied newspaper reports that a senior Soviet trade official had asked for political asylum in the Federal Republic.
The reports, published yesterday by two Hamburg dailies, named Pavel Grigoryevich Zotov, the trade counsellor at the Soviet Embassy, and said he had "gone over" after a quarrel with his ambassador.
"There is not a word of truth in it," said Karl-Heinz Brandes, a Foreign Office spokesman. "No such request was made, and none is pending."
Mr. Zotov himself settled the matter last night by appearing, smiling and in evening dress, at a reception the embassy gave at Rolandseck for a visiting delegation of Soviet engineers. He told a West German guest that he had read about his own defection "with great interest" and was looking forward to his home leave in Moscow in May.
Embassy officials said they would protest to the Bonn Government about what they called a provocation.
'''),G(['DEU','SUN'],[P('Pavel Grigoryevich Zotov',['Zotov'],'SUN'),P('Karl-Heinz Brandes',[],'DEU')],[],
[E('SUN','DEU','Bonn')],[],[])))

ITEMS.append((A('cw-005','Czech Cellist Quits Orchestra in Amsterdam','1961-05-19','Wire report (Reuter)','''
AMSTERDAM, May 19 (Reuter) -- A cellist with the Czech Philharmonic Orchestra, which is touring Western Europe, has left the company here and asked the Netherlands for political asylum, the Dutch Justice Ministry said today.
The musician, Miloš Vondráček, 29, walked out of the orchestra's hotel near the Concertgebouw on Wednesday morning, a few hours before a rehearsal, and went to a police station. He told officers he wanted "to play what I like and live where I like."
The orchestra's conductor, Jiří Holeček, said at a press conference that Vondráček had been "a fine player under strain" and expressed hope he would reconsider. The orchestra went on without him to Brussels, where it is due to play tomorrow night, and later to Paris.
A Justice Ministry official said Vondráček would be allowed to stay while his application was examined. Dutch authorities have received similar requests from three Czechoslovak citizens this year.
'''),G(['NLD','CSK'],[P('Miloš Vondráček',['Vondráček'],'CSK'),P('Jiří Holeček',['Holeček'])],[],
[],[DF('Miloš Vondráček','CSK','NLD',None,'1961-05-17','cellist, Czech Philharmonic Orchestra')])))

ITEMS.append((A('cw-006','Border Policeman Leaps Wire Into West Berlin','1961-08-24','Wire report (AP)','''
BERLIN, Aug. 24 (AP) -- A 19-year-old East German border policeman vaulted a coil of barbed wire in the Bernauer Strasse on Tuesday afternoon and ran into West Berlin, the fourth member of the Communist security forces to flee since the border was sealed on Aug. 13.
Corporal Hans-Juergen Ketzler threw down his submachine gun as he jumped. West Berlin police Sergeant Horst Ribbeck, who had been watching from a doorway, pulled him into a waiting car. "He was shaking like a leaf," Ribbeck said later.
Ketzler was flown to Hanover yesterday and told West German officials he had fled because he could not bring himself to shoot at people trying to cross. He has applied for recognition as a refugee.
American military police reinforced their patrols along the sector line today after East German workers, watched by Soviet officers, began replacing parts of the wire with concrete blocks.
'''),G(['DDR','DEU','USA','SUN'],[P('Hans-Juergen Ketzler',['Ketzler'],'DDR'),P('Horst Ribbeck',['Ribbeck'])],[],
[],[DF('Hans-Juergen Ketzler','DDR','DEU',None,'1961-08-22','border policeman (corporal)')])))

ITEMS.append((A('cw-007','Soviet Chess Aide Asks Swedish Asylum','1962-02-13','Wire report (Reuter)','''
STOCKHOLM, Feb. 13 (Reuter) -- A member of the Soviet delegation at the international chess tournament at Saltsjoebaden, near here, has asked Sweden for political asylum, police said today.
Arkady Semyonovich Linnik, 34, a master who had come to the tournament as a second to Grandmaster Boris Yermolin, failed to return to the team's hotel on Saturday night. He telephoned the Swedish Chess Federation on Sunday and was put in touch with the authorities.
"He was very calm and he knew exactly what he wanted," said Gunnar Lindqvist, an official of the federation. "He said he had been thinking about this for years."
Yermolin, who leads the tournament with one round to play, declined to comment when approached by reporters outside the playing hall. Soviet officials said Linnik was ill.
Linnik had been listed to play later this year in the Alekhine Memorial in Moscow. Swedish authorities said a decision on his request could take several weeks.
'''),G(['SUN','SWE'],[P('Arkady Semyonovich Linnik',['Linnik'],'SUN'),P('Boris Yermolin',['Yermolin'],'SUN'),P('Gunnar Lindqvist',[])],['Alekhine Memorial'],
[],[DF('Arkady Semyonovich Linnik','SUN','SWE',None,'1962-02-10','chess master, second to a grandmaster')])))

ITEMS.append((A('cw-008','Three Powers Sign Test Ban in Kremlin','1963-08-06','Newspaper report','''
MOSCOW, Aug. 5 -- The foreign ministers of the United States, Britain and the Soviet Union signed a treaty here this afternoon banning nuclear weapon tests in the atmosphere, in outer space and under water.
Secretary of State Dean Rusk, Lord Home and Andrei Gromyko put their names to the document in St. Catherine's Hall of the Kremlin while Premier Nikita Khrushchev looked on. U Thant, the Secretary General of the United Nations, was among the guests.
The treaty, initialled by the three chief negotiators on July 25 after twelve days of talks, does not cover underground explosions. It will come into force when ratified by the three original signers, and it will be open to every other nation to join.
The United States Senate is expected to begin hearings on ratification this month. In Washington, officials predicted approval by a comfortable margin in the autumn.
France, which is building its own nuclear force, has said it will not sign. Peking radio tonight denounced the treaty as "a big fraud" designed to preserve the nuclear monopoly of the great powers.
"This is a good beginning," Mr. Khrushchev said at a reception afterwards.
'''),G(['USA','GBR','SUN','FRA','CHN'],[P('Dean Rusk',['Rusk'],'USA'),P('Lord Home',[],'GBR'),P('Andrei Gromyko',['Gromyko'],'SUN'),P('Nikita Khrushchev',['Khrushchev'],'SUN'),P('U Thant',[])],[],
[],[],[AG('Treaty banning nuclear weapon tests in the atmosphere, in outer space and under water',['test ban treaty'],['USA','GBR','SUN'],'1963-08-05','signed')])))

ITEMS.append((A('cw-009','Soviets Say Missing Gymnast Went Shopping','1964-10-08','Wire report (AP)','''
TOKYO, Oct. 8 (AP) -- Soviet Olympic officials today angrily dismissed reports that one of their gymnasts had sought asylum in Japan, and produced her at a press conference to prove it.
Galina Surovtseva, 20, who had not been seen at the Olympic village since Tuesday evening, sat beside team leader Semyon Kholodov and said she had spent the day "looking at the shops on the Ginza with friends from the Moscow team" and had lost track of time.
Reports in two Tokyo newspapers yesterday said she had approached Japanese police for protection. Takeshi Mori, a spokesman for the Metropolitan Police Board, said no such request had been received.
Kholodov said the reports were "the usual provocation before every Olympics." The Games open on Saturday.
Miss Surovtseva is expected to compete in the team event next week.
'''),G(['JPN','SUN'],[P('Galina Surovtseva',['Miss Surovtseva'],'SUN'),P('Semyon Kholodov',['Kholodov'],'SUN'),P('Takeshi Mori',[])],[],[],[],[])))
