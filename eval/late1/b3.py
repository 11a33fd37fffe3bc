from h import *
ARTS = []
ARTS.append(dict(id="late1-020", title="The man who walked out of the Bosphorus", published="1999-09-18", source="Weekend magazine feature",
text="""The restaurant he chooses in Alexandria, Virginia, is Greek, not Bulgarian. "Bulgarian food in America is a sad thing," says Todor Kirilov, stirring his coffee. "It tastes like exile."
Kirilov is 71 now, white-haired and heavier than the lean young man in the 1960s photographs he keeps in a manila envelope. In those pictures he wears the narrow ties of a junior diplomat. In fact he was a captain in Bulgarian state security, assigned under cover as an attaché at the Bulgarian consulate-general in Istanbul, where his real job was recruiting sailors and merchants who passed through the straits.
For six years he did it well. Then, on a wet evening in September 1971, he left the consulate at the usual hour, walked past his tram stop and kept going until he reached the American consulate on Meşrutiyet Street. He rang the bell and asked for "someone who deals with visas of a special kind."
The man who came down, an officer Kirilov knows only as Richard Hale, spent the night with him in a back office. Within three days Kirilov was on a military flight out of Turkey; within a month he was living under another name in a town outside Washington.
He has never entirely explained why. He mentions a boss who humiliated him, a promotion denied, a growing certainty that "the whole thing was a lie told by people who did not believe it themselves." His wife, Elena, stayed in Sofia. She divorced him by letter in 1973.
Kirilov watched from a distance as his country's services did worse things. He knew, he says, people who knew Georgi Markov, the writer who left for the West in 1969 and settled in London, where he was killed in 1978 with a poisoned pellet fired from an umbrella. "After that I stopped sitting with my back to the door," Kirilov says. "For about ten years."
He worked for a time as a consultant, then as a translator, and in 1994 published a slim memoir, Ivan Ivanovich Goes West, which sold poorly in English and rather well, to his amusement, in a pirated Bulgarian edition.
Since the fall of the old regime he has been back to Sofia twice. The second time, in 1997, he stood outside his old office at the security headquarters and found that it had become a bank. "I was a traitor to that state," he says. "The state is gone. I am still here. You tell me who won." """,
gold=G(["BGR","USA","TUR","GBR"],
 [P("Todor Kirilov",["Kirilov"],"BGR"), P("Richard Hale",[],"USA"), P("Elena",[]), P("Georgi Markov",["Markov"],"BGR")],
 ["Ivan Ivanovich Goes West"], [E("BGR","TUR","Istanbul"), E("USA","TUR","Istanbul")],
 [D("Todor Kirilov","BGR","USA","TUR","1971-09","state security captain under cover as attaché at the consulate-general in Istanbul"),
  D("Georgi Markov","BGR","GBR",None,"1969","writer")], [])))

ARTS.append(dict(id="late1-021", title="Moscow and Baku carve up Caspian seabed", published="2002-09-25", source="Energy trade newsletter",
text="""Russia and Azerbaijan signed an agreement in Moscow on Monday dividing the seabed of their adjacent sectors of the Caspian Sea, the latest step in a piecemeal carve-up that has left Iran and Turkmenistan increasingly isolated.
Presidents Vladimir Putin and Heydar Aliyev signed the accord after talks in the Kremlin. It draws a median line between the two countries' coasts, with each side free to develop oil and gas deposits on its own side, while leaving the waters above the seabed in common use for shipping and fishing.
The formula copies the one Moscow agreed with Kazakhstan in 1998, a treaty that set the pattern for the so-called "modified median line" approach now favoured by the three northern littoral states. Oil companies, which have been reluctant to invest in fields whose ownership might later be disputed, welcomed the clarity.
Tehran has refused to accept any bilateral division, insisting that the five Caspian states agree a single convention together, or else divide the sea into equal 20 percent shares. Turkmenistan is locked in a separate dispute with Azerbaijan over the Kyapaz field, which Ashgabat calls Serdar.
"The bilateral deals are facts on the water," said Anatoly Shevchenko, an energy analyst in Moscow. "Iran can protest, but it cannot drill in the Russian sector."
A summit of all five Caspian leaders in Ashgabat in April ended without agreement.""",
gold=G(["RUS","AZE","IRN","TKM","KAZ"],
 [P("Vladimir Putin",["Putin"],"RUS"), P("Heydar Aliyev",["Aliyev"],"AZE"), P("Anatoly Shevchenko",["Shevchenko"])],
 ["Kyapaz","Serdar"], [],
 [], [A("agreement dividing the seabed of adjacent sectors of the Caspian Sea",["the accord"],["RUS","AZE"],"2002-09-23","signed"),
      A("1998 Russia-Kazakhstan Caspian seabed treaty",["treaty"],["RUS","KAZ"],"1998",None)])))

ARTS.append(dict(id="late1-022", title="'The day I stopped being the regime's voice in Yerevan'", published="2016-03-14", source="Interview, French weekly (translated)",
text="""In July 2012, Bassam Haddad was the consul at Syria's embassy in Yerevan, a genial figure at receptions who could quote Armenian poets. Within a week he had left the embassy, crossed into Georgia and flown to Paris, where he applied for asylum. France granted it the following year. He now teaches Arabic in Lyon. He spoke to us on the fifth anniversary of the uprising.
What made you leave when you did?
Houla. After the massacre in Houla they sent us a cable with the official version and told us to distribute it. I read it twice and I knew I could not stand in front of anyone and say those words.
Were you the first at your embassy?
At mine, yes. But I was not alone. My friend Louay Mikati, a counsellor in our embassy in Nicosia, had left a month earlier. He is in Germany now. We had spoken by telephone and never said anything directly, of course. When he went, I understood it was possible.
Did the embassy try to stop you?
The ambassador called my wife and told her I was sick and needed to come home for treatment. That was the message: come home. I did not answer.
Do you have regrets?
I have regrets that I served so long. Bashar al-Assad is still in his palace, and I am teaching verbs to students in Lyon. But every month, someone writes to me and says, "You gave me courage." I keep those letters.
Do you think you will go back?
To Syria? Yes. To that embassy? Never.
— Interview conducted by Claire Montfort""",
gold=G(["SYR","ARM","GEO","FRA","CYP","DEU"],
 [P("Bassam Haddad",[],"SYR"), P("Louay Mikati",[],"SYR"), P("Bashar al-Assad",[],"SYR"), P("Claire Montfort",[])],
 ["Houla"], [E("SYR","ARM","Yerevan"), E("SYR","CYP","Nicosia")],
 [D("Bassam Haddad","SYR","FRA","ARM","2012-07","consul"),
  D("Louay Mikati","SYR","DEU","CYP","2012-06","counsellor")], [])))

ARTS.append(dict(id="late1-023", title="France recalls ambassador to Italy in row over 'yellow vests' meeting", published="2019-02-08", source="Wire report",
text="""PARIS — France recalled its ambassador to Italy on Thursday, the first such move between the two founding members of the European Union since the Second World War, after months of what the French Foreign Ministry called "repeated accusations, unfounded attacks and outrageous statements" by Italian leaders.
The trigger was a meeting this week near Paris between Italian Deputy Prime Minister Luigi Di Maio and leaders of France's "yellow vest" protest movement. Di Maio, whose Five Star Movement shares power in Rome with Matteo Salvini's League, posted photographs of the encounter and wrote that "the wind of change has crossed the Alps."
"Having disagreements is one thing, manipulating the relationship for electoral purposes is another," the ministry said. Ambassador Christian Masset was called back to Paris "for consultations."
Salvini said he did not want to quarrel with anyone but would be happy to meet President Emmanuel Macron to discuss "the French police sending migrants back over the border." Di Maio said the meeting had been a party matter and that the Italian government respected France.
Diplomats in Rome noted that the last time France withdrew its envoy from Italy was in 1940, when Mussolini declared war. A French official said the ambassador was expected to return "when conditions allow," but gave no date.""",
gold=G(["FRA","ITA"],
 [P("Luigi Di Maio",["Di Maio"],"ITA"), P("Matteo Salvini",["Salvini"],"ITA"), P("Christian Masset",["Masset"],"FRA"), P("Emmanuel Macron",["Macron"],"FRA"), P("Mussolini",[],"ITA")],
 ["Five Star Movement","League"], [E("FRA","ITA")], [], [])))

ARTS.append(dict(id="late1-024", title="Test-ban treaty signed in Kremlin", published="1963-08-06", source="Wire report",
text="""MOSCOW, Aug. 6 — The United States, Britain and the Soviet Union signed a treaty in the Kremlin yesterday banning nuclear tests in the atmosphere, in outer space and under water.
Secretary of State Dean Rusk, Foreign Secretary Lord Home and Foreign Minister Andrei A. Gromyko signed the document at a long table in St. Catherine's Hall as Premier Khrushchev looked on, smiling broadly. The Secretary General of the United Nations, U Thant, attended as a guest.
Underground tests are not covered. The treaty will be open for signature by all other states, and officials said that dozens were expected to sign within weeks. France and Communist China have both made clear they will not.
Mr. Khrushchev told guests at a reception afterward that the treaty was "a good beginning" and proposed a non-aggression pact between the NATO and Warsaw Pact countries as a next step. Western officials were noncommittal.
The treaty must now be ratified by the United States Senate, where some senators have questioned whether it will allow the Soviet Union to catch up in weapons development. President Kennedy is expected to send it to the Senate this week.""",
gold=G(["USA","GBR","SUN","FRA","CHN"],
 [P("Dean Rusk",["Rusk"],"USA"), P("Lord Home",[],"GBR"), P("Andrei A. Gromyko",["Gromyko"],"SUN"), P("Khrushchev",["Premier Khrushchev","Mr. Khrushchev"],"SUN"), P("U Thant",[]), P("Kennedy",["President Kennedy"],"USA")],
 ["NATO","Warsaw Pact","St. Catherine's Hall"], [],
 [], [A("treaty banning nuclear tests in the atmosphere, in outer space and under water",["test-ban treaty","the treaty"],["USA","GBR","SUN"],"1963-08-05","signed")])))

ARTS.append(dict(id="late1-025", title="Afghan accords signed; Soviet pullout to start May 15", published="1988-04-15", source="Wire report",
text="""GENEVA, April 14 — Afghanistan and Pakistan signed agreements here today providing for the withdrawal of Soviet troops from Afghanistan, and the United States and the Soviet Union signed as guarantors, ending six years of United Nations-sponsored negotiations.
The ceremony at the Palais des Nations lasted less than half an hour. Secretary of State George P. Shultz and Foreign Minister Eduard A. Shevardnadze sat on either side of the Afghan Foreign Minister, Abdul Wakil, and Pakistan's Minister of State for Foreign Affairs, Zain Noorani, while Secretary General Javier Pérez de Cuéllar presided.
Under the accords, the Soviet Union is to begin withdrawing its estimated 115,000 troops on May 15 and complete the pullout within nine months. Afghanistan and Pakistan pledge not to interfere in each other's internal affairs, and provision is made for the voluntary return of more than three million refugees living in Pakistan.
Diego Cordovez, the U.N. mediator who shuttled between Islamabad and Kabul for years, called the signing "a day of hope."
The agreements do not end the war. The Afghan guerrilla alliance based in Peshawar, which was not a party to the talks, denounced them and vowed to fight on against the Kabul government. Washington and Moscow have agreed only on what officials call "positive symmetry," meaning each may continue to supply its side with arms.
Mr. Noorani, whose government has refused to recognize the Kabul regime, said Pakistan's signature did not amount to recognition.""",
gold=G(["AFG","PAK","USA","SUN"],
 [P("George P. Shultz",["Shultz"],"USA"), P("Eduard A. Shevardnadze",["Shevardnadze"],"SUN"), P("Abdul Wakil",["Wakil"],"AFG"), P("Zain Noorani",["Noorani","Mr. Noorani"],"PAK"),
  P("Javier Pérez de Cuéllar",["Pérez de Cuéllar"]), P("Diego Cordovez",["Cordovez"])],
 ["Palais des Nations"], [],
 [], [A("Geneva accords on Afghanistan",["the accords","the agreements"],["AFG","PAK","USA","SUN"],"1988-04-14","signed")])))

ARTS.append(dict(id="late1-026", title="Missing North Korean envoy in Rome believed to be seeking refuge", published="2019-01-04", source="Wire report",
text="""SEOUL — North Korea's acting ambassador to Italy disappeared with his wife in early November and is believed to be seeking asylum in a Western country, South Korean lawmakers said on Thursday after a briefing by the National Intelligence Service.
Kim Tae-song, 48, had run the embassy in Rome since the previous ambassador was expelled by Italy in 2017 over Pyongyang's nuclear tests. His term was due to end in late November. He and his wife, Ri Sun-ok, left the embassy compound without notice and have not been seen since, according to Lee Jae-hoon, a member of the parliamentary intelligence committee.
"He had been in contact with the authorities of a third country before leaving," Lee said, adding that the couple were under protection in a "safe location." He declined to name the country.
Italy's Foreign Ministry said it had no record of an asylum application. Officials in Rome would not comment further.
Kim is the son and son-in-law of senior officials, which would make him among the most prominent diplomats to abandon the North. The embassy in Rome also handles relations with the U.N. food agencies based in the city, a key channel for food aid.
Two years ago, the deputy ambassador in London fled to Seoul with his family, a defection that Pyongyang has never publicly acknowledged except to call him a criminal. South Korea's unification ministry said on Thursday it had no information on whether Kim intended to come to the South.""",
gold=G(["PRK","ITA","KOR","GBR"],
 [P("Kim Tae-song",["Kim"],"PRK"), P("Ri Sun-ok",[],"PRK"), P("Lee Jae-hoon",["Lee"],"KOR")],
 ["National Intelligence Service"], [E("PRK","ITA","Rome"), E("PRK","GBR","London")],
 [D("Kim Tae-song","PRK",None,"ITA","2018-11","acting ambassador"),
  D("Ri Sun-ok","PRK",None,"ITA","2018-11")], [])))

ARTS.append(dict(id="late1-027", title="Miroslav Hrubý, hockey star who fled Czechoslovakia, dies at 56", published="2011-05-03", source="Canadian newspaper obituary",
text="""Miroslav Hrubý, the smooth-skating centre who slipped away from the Czechoslovak national team with his younger brother in the summer of 1981 and went on to become a fan favourite in Quebec City, has died. He was 56.
His brother Jiří said he died on Sunday at his home in Lévis, Que., after a long illness.
The brothers were in Innsbruck, Austria, in August 1981 for a pre-season tournament when, with the help of Gilles Pelletier, a scout for the Quebec Nordiques, they left their hotel in the back of a rented Peugeot. Pelletier had arranged for Canadian immigration papers to be waiting in Vienna. Three days later they landed in Montreal.
"We did not take a suitcase, because a suitcase would have told the team manager," Jiří Hrubý recalled in 2006. "We took our sticks and a toothbrush."
In Prague, the sports authorities stripped both brothers of their honours and their parents lost their jobs. Miroslav scored 41 goals in his first NHL season and was a fixture of the Nordiques' top line until a knee injury ended his career in 1989. He never won the Stanley Cup, a fact he said bothered reporters more than it bothered him.
After the Velvet Revolution he returned often to the Czech Republic and helped fund a youth rink in his hometown of Kladno.
He is survived by his wife, Dana, his brother, and three children.""",
gold=G(["CSK","AUT","CAN","CZE"],
 [P("Miroslav Hrubý",["Miroslav"],"CSK"), P("Jiří Hrubý",["Jiří"],"CSK"), P("Gilles Pelletier",["Pelletier"],"CAN"), P("Dana",[])],
 ["Quebec Nordiques","Nordiques","Stanley Cup","Peugeot"], [],
 [D("Miroslav Hrubý","CSK","CAN",None,"1981-08","ice hockey player, national team centre"),
  D("Jiří Hrubý","CSK","CAN",None,"1981-08","ice hockey player")], [])))

ARTS.append(dict(id="late1-028", title="Medvedev signs ceasefire plan; Russian troops stay put", published="2008-08-17", source="Wire report",
text="""MOSCOW — President Dmitry Medvedev signed a French-brokered ceasefire agreement with Georgia on Saturday, a day after his Georgian counterpart, Mikheil Saakashvili, put his name to the same six-point plan in Tbilisi in the presence of U.S. Secretary of State Condoleezza Rice.
The plan, negotiated by President Nicolas Sarkozy of France, who holds the rotating European Union presidency, commits both sides to end hostilities, give free access for humanitarian aid and pull forces back to the positions they held before fighting erupted in South Ossetia on Aug. 7.
But Russian troops showed no sign of leaving. Armoured columns remained around the Georgian city of Gori and at checkpoints on the main east-west highway, and Russian officials cited a clause allowing their peacekeepers to take "additional security measures" pending an international mechanism.
"The signature is a beginning. It is not the end," Rice said in Tbilisi on Friday, calling on Moscow to withdraw "now."
Saakashvili, speaking to reporters after signing, said Georgia would "never reconcile" itself to the loss of any territory and accused Russia of wanting to topple his government.
Medvedev said in televised remarks that Russia would respond "crushingly" to any new attack on Russian citizens.""",
gold=G(["RUS","GEO","FRA","USA"],
 [P("Dmitry Medvedev",["Medvedev"],"RUS"), P("Mikheil Saakashvili",["Saakashvili"],"GEO"), P("Condoleezza Rice",["Rice"],"USA"), P("Nicolas Sarkozy",["Sarkozy"],"FRA")],
 [], [],
 [], [A("six-point ceasefire plan",["French-brokered ceasefire agreement","the plan"],["RUS","GEO"],"2008-08-16","signed")])))

ARTS.append(dict(id="late1-029", title="Latvia expels Russian diplomat after arrest of ministry official", published="2006-09-22", source="Baltic wire service",
text="""RIGA — Latvia on Friday ordered a Russian diplomat to leave the country within 48 hours after the arrest of a Defence Ministry official accused of passing classified documents to Moscow.
The Foreign Ministry said the diplomat, Igor Zubov, a first secretary at the Russian Embassy in Riga, had engaged in "activities incompatible with his status." Foreign Minister Artis Pabriks told reporters the decision was "not directed against the Russian people" but that Latvia "will not be a playground for foreign services."
The official arrested on Tuesday, Andris Kalniņš, 52, worked in the ministry's procurement department. Prosecutors say he met Zubov at least six times over two years and received cash payments. He faces up to 20 years in prison if convicted.
Moscow's Foreign Ministry called the expulsion "an unfriendly act" and said Russia reserved the right to respond. A Latvian diplomat in Moscow could be asked to leave, officials in Riga acknowledged.
Kalniņš's lawyer said his client denied the charges.""",
gold=G(["LVA","RUS"],
 [P("Igor Zubov",["Zubov"],"RUS"), P("Artis Pabriks",["Pabriks"],"LVA"), P("Andris Kalniņš",["Kalniņš"],"LVA")],
 [], [E("RUS","LVA","Riga"), E("LVA","RUS","Moscow")], [], [])))
