import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
ITEMS = []

ITEMS.append((A("mix-000", "Soviet grandmaster asks Dutch for asylum after Amsterdam tournament", "1976-11-14", "Wire report",
"""AMSTERDAM, Nov. 14 — Arkady Vlasenko, one of the Soviet Union's leading chess grandmasters, has asked the Netherlands for political asylum, Dutch Justice Ministry officials said today.
The 41-year-old player, who finished third in an invitational tournament here that ended on Friday, did not return to the team's hotel that evening. On Saturday morning he presented himself at a police station in the city centre, accompanied by Jan-Willem Hoekstra, a board member of the Dutch chess federation who had acted as his interpreter during the event.
"He told us plainly that he would not go back," Mr. Hoekstra said in a telephone interview. "I only drove him there. The decision was his."
A ministry spokesman said the request would be examined "in the normal way" and that Mr. Vlasenko had been given temporary permission to remain in the country. The Soviet delegation left for Moscow on an Aeroflot flight Saturday afternoon without him.
There was no immediate comment from the Soviet Embassy in The Hague. Mr. Vlasenko, a native of Kharkov, had been permitted to play abroad regularly since 1969. Friends said he had complained privately of restrictions on his travel after a poor result in last year's national championship."""),
G(["SUN","NLD"],
  [P("Arkady Vlasenko", ["Vlasenko"], "SUN"), P("Jan-Willem Hoekstra", ["Hoekstra"], "NLD")],
  [],
  [E("SUN","NLD","The Hague")],
  [D("Arkady Vlasenko","SUN","NLD",None,"1976-11-13","chess grandmaster")])))

ITEMS.append((A("mix-001", "Analysis: With New START frozen, the last guardrail bends", "2023-02-22", "Analysis, international desk",
"""When Vladimir Putin told Russia's Federal Assembly on Tuesday that Moscow was "suspending its participation" in New START, he was careful to add a qualifier: Russia was not withdrawing. The distinction matters, but perhaps less than the Kremlin would like.
The treaty, signed in Prague in April 2010 by Presidents Barack Obama and Dmitry Medvedev, caps each side's deployed strategic warheads at 1,550 and — more importantly for arms-control specialists — provides for on-site inspections and regular data exchanges between Washington and Moscow. Those inspections have not taken place since the pandemic, and Russia refused to let them resume last year.
"Suspension is a legal grey zone," said Ingrid Solheim, a researcher at a Scandinavian peace institute. "There is no such mechanism in the text. What it really means is that the verification machinery stops, and once it stops it is very hard to restart."
The United States called the move "deeply unfortunate and irresponsible." Secretary of State Antony Blinken said Washington remained ready to talk.
The treaty was extended for five years in 2021 and is due to expire in February 2026, with no successor in sight. It is the last surviving pillar of a framework that once included the Intermediate-Range Nuclear Forces Treaty, signed in 1987 by Ronald Reagan and Mikhail Gorbachev on behalf of the United States and the Soviet Union. That agreement collapsed in 2019 after Washington accused Moscow of violating it.
China, whose arsenal is growing fastest of the three, has so far declined any invitation to join trilateral talks."""),
G(["RUS","USA","SUN","CHN"],
  [P("Vladimir Putin", ["Putin"], "RUS"), P("Barack Obama", [], "USA"), P("Dmitry Medvedev", [], "RUS"),
   P("Ingrid Solheim", ["Solheim"]), P("Antony Blinken", [], "USA"), P("Ronald Reagan", [], "USA"), P("Mikhail Gorbachev", [], "SUN")],
  [], [], [],
  [AG("New START", [], ["USA","RUS"], "2010-04", "suspended"),
   AG("Intermediate-Range Nuclear Forces Treaty", [], ["USA","SUN"], "1987", "terminated")])))

ITEMS.append((A("mix-002", "Estonia reopens its embassy in Kyiv", "2022-05-03", "Baltic news agency",
"""Estonia has resumed work at its embassy in Kyiv, the foreign ministry in Tallinn said on Tuesday, becoming one of the first European Union members to send diplomats back to the Ukrainian capital since February.
Ambassador Kaimo Kuusk and a small team returned over the weekend. The mission had operated from the western city of Lviv and, for several weeks, from Poland.
"Our presence is a signal that we stand with Ukraine," Foreign Minister Eva-Maria Liimets told reporters. She said consular services would be limited at first.
Latvia and Lithuania have announced similar plans. The United States has said it is reviewing security conditions before any return of its own staff."""),
G(["EST","UKR","POL","LVA","LTU","USA"],
  [P("Kaimo Kuusk", [], "EST"), P("Eva-Maria Liimets", ["Liimets"], "EST")],
  [], [E("EST","UKR","Kyiv")], [], [])))

ITEMS.append((A("mix-003", "The counselor who walked away from Bucharest", "2021-01-19", "Feature, weekend magazine",
"""SEOUL — For most of his career Kang Myong-chol was the kind of diplomat who never appeared in newspapers. He spoke fluent Romanian, handled trade files no one else wanted, and by the autumn of 2019 had risen to become counselor at North Korea's embassy in Bucharest.
Then, one Sunday in November of that year, he did not turn up for the weekly self-criticism session. Nor did his wife and teenage son. Colleagues searched the apartment the family rented near the embassy compound and found it neatly tidied, passports gone.
It took more than a year for the rest of the story to emerge. South Korea's Unification Ministry confirmed this month that Kang arrived in the country in early 2020 and has been living under government protection since. Officials declined to say how he travelled or which governments assisted.
In his first interview, given on condition that his current address not be disclosed, Mr. Kang said the decision had been building for years. "When you work abroad you see what the outside world is," he said. "Then you go home on leave and you see Pyongyang again. After a while you cannot hold the two pictures together."
Pyongyang has not commented. Romanian officials said only that they had been informed of the diplomat's departure by the North Korean side at the time.
Kang, 48, is the most senior North Korean diplomat known to have defected since Thae Yong-ho, the deputy ambassador in London, reached Seoul in 2016. Thae is now a member of South Korea's parliament.
Asked whether he feared for relatives left behind, Kang paused for a long time. "Every one of us thinks about that every day," he said. "It is the price."""),
G(["PRK","ROU","KOR","GBR"],
  [P("Kang Myong-chol", ["Kang"], "PRK"), P("Thae Yong-ho", ["Thae"], "PRK")],
  [], [E("PRK","ROU","Bucharest"), E("PRK","GBR","London")],
  [D("Kang Myong-chol","PRK","KOR","ROU","2019-11","counselor"),
   D("Thae Yong-ho","PRK","KOR","GBR","2016","deputy ambassador")], [])))

ITEMS.append((A("mix-004", "Test ban treaty takes effect", "1963-10-11", "Wire report",
"""WASHINGTON, Oct. 10 — The treaty banning nuclear weapons tests in the atmosphere, in outer space and under water went into effect today as the United States, Britain and the Soviet Union completed the exchange of ratification instruments.
The treaty was signed in Moscow on Aug. 5 by Secretary of State Dean Rusk, Foreign Secretary Lord Home and Soviet Foreign Minister Andrei A. Gromyko. The Senate approved it last month by a vote of 80 to 19.
More than 100 other governments have signed the pact or indicated they will do so. France and Communist China have refused.
President Kennedy, in a brief statement, called the agreement "a first step, and only a first step" toward easing the danger of war. Underground tests are not covered."""),
G(["USA","GBR","SUN","FRA","CHN"],
  [P("Dean Rusk", [], "USA"), P("Lord Home", [], "GBR"), P("Andrei A. Gromyko", [], "SUN"), P("Kennedy", [], "USA")],
  [], [], [],
  [AG("treaty banning nuclear weapons tests in the atmosphere, in outer space and under water", ["test ban treaty"], ["USA","GBR","SUN"], "1963-08-05", "in_force")])))

ITEMS.append((A("mix-005", "Two Eritrean players stay behind in Kampala as squad flies home", "2019-12-22", "Regional sports wire",
"""KAMPALA — Two members of Eritrea's national football team failed to board the squad's flight home after the regional CECAFA tournament and have applied for asylum in Uganda, officials said on Sunday.
Defender Yonas Tesfamariam and striker Filmon Berhane left the team hotel late on Thursday night, a day after Eritrea lost its semi-final. Ugandan police said both men later reported to the Office of the Prime Minister, which handles refugee registration.
"They are adults and they have followed the procedure," said Douglas Asiimwe, a senior refugee official. "Their cases will be handled like any other."
Eritrean sports officials did not respond to requests for comment.
It is far from the first such case. Eritrean footballers have disappeared during tournaments in Kenya, Tanzania and Botswana over the past decade, and the team has at times been forced to withdraw from competitions for lack of players.
Some observers had hoped the pattern would ease after Asmara signed a peace agreement with Ethiopia in Jeddah in September last year, ending two decades of hostility. The border reopened briefly, but national service — indefinite for many conscripts — has not been reformed, and rights groups say the flow of young people leaving the country has continued."""),
G(["ERI","UGA","ETH","KEN","TZA","BWA"],
  [P("Yonas Tesfamariam", [], "ERI"), P("Filmon Berhane", [], "ERI"), P("Douglas Asiimwe", ["Asiimwe"], "UGA")],
  [], [],
  [D("Yonas Tesfamariam","ERI","UGA",None,"2019-12-19","footballer, defender"),
   D("Filmon Berhane","ERI","UGA",None,"2019-12-19","footballer, striker")],
  [AG("peace agreement", [], ["ERI","ETH"], "2018-09", "signed")])))

ITEMS.append((A("mix-006", "Soviet journalist in Tokyo was KGB officer, U.S. says after defection", "1979-11-02", "Wire report",
"""TOKYO, Nov. 2 — A Soviet correspondent who vanished from his Tokyo apartment last week has been granted asylum in the United States, and American officials said today that he was a major in the K.G.B.
Stanislav Y. Lebedinsky, 38, had worked in Japan for four years as bureau chief of the Moscow weekly Novoye Vremya. According to a Japanese police source, he telephoned an American acquaintance on the evening of Oct. 24, met him in the lobby of a downtown hotel and was driven away. He left Japan two days later on a military flight.
Hiroshi Takeuchi, a spokesman for the Japanese Foreign Ministry, said the Government had "confirmed Mr. Lebedinsky's wish to go to the United States" before allowing him to leave. He said Japan regarded the matter as closed.
The Soviet Embassy has protested, saying the journalist was "kidnapped by the special services of a third country." Embassy officials demanded a meeting with him, which Japanese authorities said he had declined.
Western diplomats said Mr. Lebedinsky had been responsible for cultivating Japanese politicians and businessmen, and that his debriefing could prove valuable."""),
G(["SUN","JPN","USA"],
  [P("Stanislav Y. Lebedinsky", ["Lebedinsky"], "SUN"), P("Hiroshi Takeuchi", [], "JPN")],
  ["Novoye Vremya"], [E("SUN","JPN",None)],
  [D("Stanislav Y. Lebedinsky","SUN","USA","JPN","1979-10-24","bureau chief of Novoye Vremya; KGB major")], [])))

ITEMS.append((A("mix-007", "India puts Indus Waters Treaty 'in abeyance' after Pahalgam attack", "2025-04-24", "Wire report",
"""NEW DELHI — India said it would hold the Indus Waters Treaty with Pakistan "in abeyance" with immediate effect, the sharpest step it has taken against its neighbour in years, after gunmen killed 26 people at a tourist site in Kashmir.
Foreign Secretary Vikram Misri announced the decision late on Wednesday after a meeting of the cabinet committee on security. He said the suspension would last "until Pakistan credibly and irrevocably abjures its support for cross-border terrorism."
The treaty, signed in 1960 with the World Bank as a signatory, divides the six rivers of the Indus basin between the two countries and had survived three wars. Pakistan depends on the western rivers it was allotted for most of its irrigation.
Islamabad said any attempt to stop or divert water would be considered "an act of war." India also closed the main land border crossing and ordered the defence advisers at Pakistan's High Commission in New Delhi to leave."""),
G(["IND","PAK"],
  [P("Vikram Misri", ["Misri"], "IND")],
  [], [E("PAK","IND","New Delhi")], [],
  [AG("Indus Waters Treaty", [], ["IND","PAK"], "1960", "suspended")])))

ITEMS.append((A("mix-008", "France orders 47 Soviet diplomats out", "1983-04-06", "Wire report",
"""PARIS, April 5 — The French Government today ordered the expulsion of 47 Soviet diplomats, journalists and trade officials on charges of espionage, the largest such action in the country's history.
The Foreign Ministry said those expelled had been engaged in "the systematic search for technological and scientific information, particularly in the military field." The Soviet Ambassador, Yuli M. Vorontsov, was summoned to the Quai d'Orsay and handed the list.
The Soviet Embassy called the accusations "groundless and provocative" and hinted at retaliation. Officials here did not rule out that Moscow would expel French diplomats in response.
The move comes at a delicate moment. President François Mitterrand has taken a firmer line toward the Soviet Union than his predecessors, and has strongly backed the deployment of new American missiles in West Germany."""),
G(["FRA","SUN","USA","DEU"],
  [P("Yuli M. Vorontsov", ["Vorontsov"], "SUN"), P("François Mitterrand", [], "FRA")],
  ["Quai d'Orsay"], [E("SUN","FRA","Paris")], [], [])))

ITEMS.append((A("mix-009", "From Santiago de Cuba to the Astros: Rosabal's long road", "2016-03-08", "Sports feature",
"""KISSIMMEE, Fla. — Yoandy Rosabal Quiñones still keeps the hotel key card.
The right-hander was 22 and the most promising arm on the Cuban national team when the squad came to Houston last July for a five-game exhibition series. On the night before the final game he walked out through a service corridor, climbed into a car driven by a cousin he had not seen in nine years, and did not look back.
"I was shaking the whole time," Rosabal said through an interpreter on Monday, sitting in the shade of the Astros' spring training complex. "Not because I was afraid of being caught. Because I knew I could not see my mother again for a long time."
He applied for asylum in the United States shortly afterward and, after months of paperwork and a showcase in front of two dozen scouts, signed a minor league contract worth a reported $1.2 million in January. His agent, Bartolo Céspedes, said the asylum case was still pending.
Cuban officials called his departure an act of "disloyalty" at the time. Since the two governments restored diplomatic relations in 2015, talks have continued on a formal arrangement that would let Cuban players sign with major league clubs without leaving home — an arrangement that, for Rosabal, comes too late.
"Maybe the next kid won't need the back door," he said."""),
G(["CUB","USA"],
  [P("Yoandy Rosabal Quiñones", ["Rosabal"], "CUB"), P("Bartolo Céspedes", [], None)],
  [], [],
  [D("Yoandy Rosabal Quiñones","CUB","USA",None,"2015-07","pitcher, Cuban national team")], [])))
