import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
ITEMS = []

ITEMS.append((A("mix-040", "Cuban consul in Miami breaks with Castro regime", "1960-10-20", "Wire report",
"""MIAMI, Oct. 19 — The Cuban Consul General here, Rafael Echevarría Soto, resigned today and said he would ask the United States for political asylum, charging that Premier Fidel Castro had "handed the revolution to the Communists."
Señor Echevarría, 52, a lawyer who was appointed by the Castro Government in February of last year, read a statement to reporters on the steps of the consulate on Biscayne Boulevard and then left in a friend's automobile. He said his wife and two sons were already in Florida.
He is the fourth Cuban consular official in the United States to quit in two months. The Cuban Embassy in Washington issued a statement describing him as "a deserter in the service of the monopolies."
State Department officials said any request for asylum would be considered sympathetically."""),
G(["CUB","USA"],
  [P("Rafael Echevarría Soto", ["Señor Echevarría", "Echevarría"], "CUB"), P("Fidel Castro", ["Castro"], "CUB")],
  [], [E("CUB","USA","Miami"), E("CUB","USA","Washington")],
  [D("Rafael Echevarría Soto","CUB","USA","USA","1960-10-19","consul general")], [])))

ITEMS.append((A("mix-041", "Niger revokes military accord with United States", "2024-03-18", "Wire report",
"""NIAMEY — Niger's military government said it was revoking "with immediate effect" a 2012 agreement that allowed U.S. troops and civilian defence staff to operate in the country, a blow to Washington's counter-terrorism strategy in the Sahel.
Government spokesman Colonel Amadou Abdramane said on state television on Saturday night that the status-of-forces accord had been "imposed unilaterally" and violated the constitution. He accused a visiting U.S. delegation of a "condescending attitude."
About 1,000 American military personnel are stationed in Niger, many at a drone base near Agadez built at a cost of more than $100 million.
The junta, which seized power last July, has already expelled French forces and drawn closer to Russia."""),
G(["NER","USA","FRA","RUS"],
  [P("Amadou Abdramane", [], "NER")],
  [], [], [],
  [AG("status-of-forces accord", ["2012 agreement"], ["NER","USA"], "2012", "terminated")])))

ITEMS.append((A("mix-042", "Ugandan minister denounces Amin from London", "1977-06-02", "Wire report",
"""LONDON, June 1 — Uganda's Minister of Health, Eriya Kasaija, who failed to return home after attending the World Health Assembly in Geneva, surfaced here today and accused President Idi Amin of personally ordering the murder of thousands of his countrymen.
Dr. Kasaija, 49, told a news conference that he had flown to Britain last week with his wife and had been granted permission to remain. "I am not in exile by choice," he said. "I am in exile because I wish to live."
The Uganda High Commission in London said the minister had been dismissed and would face charges if he returned. Kampala radio described him as "a coward and a liar."
British officials declined to comment on his status."""),
G(["UGA","GBR"],
  [P("Eriya Kasaija", ["Dr. Kasaija"], "UGA"), P("Idi Amin", [], "UGA")],
  [], [E("UGA","GBR","London")],
  [D("Eriya Kasaija","UGA","GBR",None,"1977-05","Minister of Health")], [])))

ITEMS.append((A("mix-043", "Analysis: Reagan lets SALT II go, and the unwritten rules with it", "1986-05-28", "News analysis, Washington bureau",
"""WASHINGTON, May 27 — For seven years, two Presidents who despised the second strategic arms limitation treaty nevertheless obeyed it. Today President Reagan announced that he would not do so much longer.
In a written statement released while he was travelling, Mr. Reagan said that future decisions on the size and shape of American strategic forces would be based "on the nature and magnitude of the threat posed by Soviet strategic forces, and not on standards contained in the SALT structure." The statement amounted to a declaration that the United States no longer regarded itself as bound by the treaty's limits.
The treaty, signed by President Carter and Leonid I. Brezhnev in Vienna on June 18, 1979, was never ratified. Mr. Carter withdrew it from Senate consideration after the Soviet invasion of Afghanistan in December of that year. But both Washington and Moscow had pledged informally not to "undercut" it, and until today both had broadly done so, even as each accused the other of cheating at the margins.
Administration officials gave three reasons. They cited Soviet encryption of missile test data, which the treaty restricts; the deployment of a second new type of intercontinental missile, the SS-25, which Washington regards as prohibited; and what one senior official called "the simple fact that restraint has been a one-way street."
The immediate consequence is modest. The United States will dismantle two older Poseidon submarines this summer, as it would have done anyway, keeping within the limits for now. But when the 131st B-52 bomber is fitted to carry cruise missiles later this year, the country will exceed the treaty's ceiling on launchers with multiple warheads for the first time.
"This is a decision that can be reversed right up until that bomber rolls out," said a State Department official who favoured continued compliance. "But nobody here expects it to be."
The reaction abroad was swift and largely negative. Officials in Bonn, London and Rome, who had urged the Administration in private to keep observing the limits, expressed "regret," and the West German Foreign Minister, Hans-Dietrich Genscher, said the decision "sends the wrong signal at the wrong time." The Canadian Government said it had been consulted but not persuaded.
In Moscow, the Foreign Ministry spokesman, Gennadi I. Gerasimov, said the Soviet Union would "take the necessary practical steps" to protect its security and would consider itself free of its own obligations if the United States exceeded the limits.
Within the Administration the decision marks a victory for Defense Secretary Caspar W. Weinberger and his assistant, Richard N. Perle, who have long argued that SALT II legitimised a Soviet build-up. Secretary of State George P. Shultz had argued for staying within the limits at least until the next summit with Mikhail S. Gorbachev, whose date has still not been fixed.
Arms control advocates warned that the decision would put pressure on another agreement, the 1972 treaty limiting antiballistic missile defences, which the Administration has been reinterpreting to allow testing for its space-based defence programme. "First they walk away from the ceilings, then they walk away from the ABM treaty," said Paul C. Warnke, who negotiated SALT II under Mr. Carter. "There is a pattern."
Administration officials insisted that they remained committed to deep reductions through the talks under way in Geneva, and said the President's decision should be seen as a spur to those negotiations rather than a substitute for them.
Whether Moscow will see it that way is another question. Soviet negotiators at the Geneva talks, which resumed this month, have said little in public. Privately, Western diplomats said, they have been warning for weeks that a decision to abandon SALT II would make their own position harder to hold in internal debates.
Mr. Reagan, for his part, appeared untroubled. Asked by reporters in Washington earlier this month whether he worried about an arms race, he replied, "We're already in one. We just haven't been running.\""""),
G(["USA","SUN","AFG","DEU","GBR","ITA","CAN"],
  [P("Reagan", ["Mr. Reagan"], "USA"), P("Carter", ["Mr. Carter"], "USA"), P("Leonid I. Brezhnev", [], "SUN"),
   P("Hans-Dietrich Genscher", [], "DEU"), P("Gennadi I. Gerasimov", [], "SUN"), P("Caspar W. Weinberger", [], "USA"),
   P("Richard N. Perle", [], "USA"), P("George P. Shultz", [], "USA"), P("Mikhail S. Gorbachev", [], "SUN"), P("Paul C. Warnke", [], "USA")],
  ["Poseidon"], [], [],
  [AG("second strategic arms limitation treaty", ["SALT II"], ["USA","SUN"], "1979-06-18", "withdrawn"),
   AG("treaty limiting antiballistic missile defences", ["ABM treaty"], ["USA","SUN"], "1972", None)])))

ITEMS.append((A("mix-044", "Chile summons Argentine ambassador over minister's Patagonia remarks", "2026-10-08", "Wire report",
"""SANTIAGO — Chile's foreign ministry summoned Argentina's ambassador on Wednesday to protest remarks by an Argentine cabinet minister about the southern border region, the latest flare-up between the neighbours.
Ambassador Federico Ibarguren was received by Deputy Foreign Minister Catalina Huenchumilla, who conveyed Chile's "profound displeasure," the ministry said. The Argentine minister, Gastón Zabala, had told a radio station that Chilean maps of the Southern Ice Field were "fantasy."
Buenos Aires said the comments reflected a personal view. Officials on both sides played down any risk to a planned visit by Chile's president to Argentina next month, and Huenchumilla told reporters afterward that the meeting had been "frank but cordial." Relations between the two governments have cooled this year over fishing permits and a stalled gas pipeline project, but trade between them has continued to grow."""),
G(["CHL","ARG"],
  [P("Federico Ibarguren", [], "ARG"), P("Catalina Huenchumilla", [], "CHL"), P("Gastón Zabala", [], "ARG")],
  [], [E("ARG","CHL",None)], [], [])))

ITEMS.append((A("mix-045", "Putin declares Minsk peace deals dead", "2022-02-23", "Wire report",
"""MOSCOW — President Vladimir Putin said on Tuesday that the Minsk agreements, the framework meant to end the war in eastern Ukraine, "no longer exist," a day after he recognised the independence of two separatist regions in the Donbas.
"What is there to fulfil?" Putin told reporters. He blamed Kyiv, which he said had long ago "killed" the accords.
The agreements, the second of which was signed in the Belarusian capital in February 2015 by representatives of Ukraine, Russia, the Organization for Security and Co-operation in Europe and the separatist leaders, were brokered by France and Germany. They provided for a ceasefire, the withdrawal of heavy weapons and special status for the separatist areas.
Ukrainian President Volodymyr Zelensky said there was no reason for Kyiv to break off diplomatic relations with Moscow "for now." Western governments began announcing sanctions."""),
G(["RUS","UKR","FRA","DEU"],
  [P("Vladimir Putin", ["Putin"], "RUS"), P("Volodymyr Zelensky", [], "UKR")],
  [], [], [],
  [AG("Minsk agreements", ["Minsk peace deals"], ["UKR","RUS"], "2015-02", "terminated")])))

ITEMS.append((A("mix-046", "Myanmar's deputy military attaché in Washington quits, seeks asylum", "2021-10-14", "Wire report",
"""WASHINGTON — A deputy military attaché at Myanmar's embassy in Washington has resigned in protest against the military coup and applied for asylum in the United States, he said in an interview on Wednesday, becoming the most senior officer abroad to break with the junta.
Lieutenant Colonel Thet Naing Oo said he left the embassy in late September after being ordered to monitor Burmese students who had joined protests outside the mission. "I joined the army to protect the people," he said. "Now the army is shooting them."
The embassy did not respond to requests for comment. Since the February coup, dozens of Myanmar diplomats in Europe and Asia have joined a civil disobedience movement, though most have remained in their host countries without seeking protection.
A U.S. State Department spokesperson declined to comment on individual asylum cases."""),
G(["MMR","USA"],
  [P("Thet Naing Oo", [], "MMR")],
  [], [E("MMR","USA","Washington")],
  [D("Thet Naing Oo","MMR","USA","USA","2021-09","deputy military attaché")], [])))

ITEMS.append((A("mix-047", "Seoul pulls back from ending intelligence pact with Tokyo hours before deadline", "2019-11-23", "Wire report",
"""SEOUL — South Korea said on Friday it would not let its military intelligence-sharing pact with Japan expire, reversing course just six hours before the agreement was due to lapse at midnight.
The General Security of Military Information Agreement, known as GSOMIA, was signed in November 2016 and is renewed automatically each year unless either side gives notice. Seoul had announced in August that it would end the pact in retaliation for Japanese export curbs on materials vital to its chip industry.
A senior presidential official said South Korea was "conditionally suspending" the notice of termination and that the pact would remain effective while talks on the export dispute went on. Japan said it would hold trade talks with Seoul.
Washington, which had lobbied hard for the deal to survive, welcomed the decision."""),
G(["KOR","JPN","USA"],
  [], ["GSOMIA"], [], [],
  [AG("General Security of Military Information Agreement", ["GSOMIA"], ["KOR","JPN"], "2016-11", "in_force")])))

ITEMS.append((A("mix-048", "Nile dam talks end without a deal, Egypt says", "2023-12-20", "Wire report",
"""CAIRO — The latest round of talks between Egypt, Ethiopia and Sudan over Ethiopia's giant dam on the Blue Nile ended without agreement, Egypt's irrigation ministry said on Tuesday, accusing Addis Ababa of rejecting every compromise offered.
The ministry said Egypt would "closely monitor" the filling and operation of the dam and reserved the right to defend its water security. Ethiopia's foreign ministry said Cairo had maintained a "colonial-era mentality" and that it remained open to dialogue.
The four rounds held since August were meant to produce a binding deal on filling and operating the reservoir. Sudan, consumed by civil war, played a minor role."""),
G(["EGY","ETH","SDN"],
  [], [], [], [], [])))

ITEMS.append((A("mix-049", "Iraqi weapons chemist flees to Jordan with family", "1995-09-12", "Wire report",
"""AMMAN, Sept. 11 — A senior Iraqi chemist who worked on Baghdad's weapons programmes has fled to Jordan with his wife and four children and asked for protection, Jordanian officials said today, a month after two of President Saddam Hussein's sons-in-law made the same journey.
The scientist, Dr. Salman al-Janabi, 51, crossed the desert border at Karameh late on Saturday in a private car, the officials said. He was described as a department head at the Military Industrialization Commission, the agency that oversaw Iraq's chemical and missile work.
"He is a guest of Jordan, like the others," said a palace official, Marwan Qasem. He said King Hussein had agreed to let him stay.
United Nations weapons inspectors, who have been interviewing the earlier defectors, are expected to seek access to Dr. Janabi. Iraqi officials have called him a thief who stole state funds.
There was no immediate comment from the Iraqi Embassy in Amman."""),
G(["IRQ","JOR"],
  [P("Salman al-Janabi", ["Dr. Janabi"], "IRQ"), P("Saddam Hussein", [], "IRQ"), P("Marwan Qasem", [], "JOR"), P("King Hussein", [], "JOR")],
  [], [E("IRQ","JOR","Amman")],
  [D("Salman al-Janabi","IRQ","JOR",None,"1995-09-09","department head, Military Industrialization Commission")], [])))
