"""blind2 articles b2-006 .. b2-010 (defections). Text and gold together."""

ARTICLES = [
dict(
title="East German border policeman leaps the wire into West Berlin",
published="1961-08-16", source="Berlin bureau",
text="""BERLIN, Aug. 16 — A 19-year-old East German border policeman leaped over a coil of barbed wire into West Berlin on Tuesday, two days after the Communist authorities began sealing the city's sector boundary.
Klaus-Dieter Wendt had been posted at the corner of Bernauer Strasse with orders to stop anyone trying to cross. Shortly after 4 p.m., witnesses said, he looked around, threw away his cigarette, ran at the wire and jumped, dropping his submachine gun as he landed. West Berlin police hurried him into a waiting car.
Werner Lüdtke, a spokesman for the West Berlin police, said the young man had asked to be taken to West Germany and would be flown to a reception camp in the Federal Republic within days. "He told us he did not want to shoot at his own people," Lüdtke said.
Wendt, who comes from a village in Saxony, was the second member of the East German security forces known to have crossed since the border was closed early on Sunday. On Monday a transport police sergeant, Horst Kerber, slipped through a gap near the Brandenburg Gate and fled to the West.
The East German news agency ADN said on Wednesday that "a handful of provocateurs" had been lured away by Western agents. The government of Walter Ulbricht has said the barrier is needed to stop the flight of skilled workers, more than 150,000 of whom have left for the West this year.
In Bonn, a government spokesman said Chancellor Konrad Adenauer would address the crisis on Thursday. The Soviet Union, whose troops surround the city, has backed the closure.""",
gold={
 "countries": ["DDR", "DEU", "SUN"],
 "persons": [
  {"name": "Klaus-Dieter Wendt", "aliases": ["Wendt"], "nationality": "DDR"},
  {"name": "Werner Lüdtke", "aliases": ["Lüdtke"]},
  {"name": "Horst Kerber", "aliases": [], "nationality": "DDR"},
  {"name": "Walter Ulbricht", "aliases": [], "nationality": "DDR"},
  {"name": "Konrad Adenauer", "aliases": [], "nationality": "DEU"}],
 "not_persons": ["Bernauer Strasse", "Brandenburg Gate", "ADN"],
 "embassies": [],
 "defections": [
  {"defector": "Klaus-Dieter Wendt", "from": "DDR", "to": "DEU", "post_host": None, "date": "1961-08-15", "position": "border policeman"},
  {"defector": "Horst Kerber", "from": "DDR", "to": None, "post_host": None, "date": "1961-08-14", "position": "transport police sergeant"}],
 "agreements": []}),

dict(
title="Five Cameroon athletes vanish from Commonwealth Games village",
published="2018-04-17", source="Pacific Newswire",
text="""GOLD COAST, Australia, April 17 (Pacific Newswire) - Five members of Cameroon's Commonwealth Games team have disappeared from the athletes' village, team officials said on Tuesday, and Australian police believe at least two of them intend to seek asylum.
The first to go was weightlifter Arlette Bikoula, 24, who left her room on April 9, the day before her event, and did not come back. Boxer Christian Ndongo Mvondo followed on Thursday, failing to appear for his quarter-final bout. Three more athletes, whose names were not released, had left by the time the Games closed on Sunday.
"We have informed the Australian authorities and we are cooperating fully," said Simon Essomba, the team's chef de mission. He said the athletes had taken their passports and that their visas remained valid until mid-May.
A Brisbane lawyer who works with African migrants said Ndongo had contacted him last week. "He says he cannot go back. He says he will ask for protection here," said the lawyer, Grant Hollis. Bikoula was believed to be staying with relatives in Sydney.
Cameroon, which is fighting separatists in its English-speaking regions, has seen athletes vanish at several recent competitions. At the 2006 Games in Melbourne, more than a dozen athletes from Sierra Leone and Bangladesh disappeared.
A spokeswoman for the Department of Home Affairs said that anyone who overstayed a visa would be located and that asylum claims would be assessed on their merits. The Cameroonian sports ministry in Yaoundé said the missing athletes had "betrayed the nation".""",
gold={
 "countries": ["CMR", "AUS", "SLE", "BGD"],
 "persons": [
  {"name": "Arlette Bikoula", "aliases": ["Bikoula"], "nationality": "CMR"},
  {"name": "Christian Ndongo Mvondo", "aliases": ["Ndongo"], "nationality": "CMR"},
  {"name": "Simon Essomba", "aliases": [], "nationality": "CMR"},
  {"name": "Grant Hollis", "aliases": []}],
 "not_persons": ["Pacific Newswire"],
 "embassies": [],
 "defections": [
  {"defector": "Arlette Bikoula", "from": "CMR", "to": "AUS", "post_host": None, "date": "2018-04-09", "position": "weightlifter"},
  {"defector": "Christian Ndongo Mvondo", "from": "CMR", "to": "AUS", "post_host": None, "date": "2018-04-12", "position": "boxer"}],
 "agreements": []}),

dict(
title="Yemeni embassy employee in Riyadh flees to Germany",
published="2011-04-05", source="Staff correspondent",
text="""An employee of the Yemeni embassy in Riyadh has fled to Germany and asked for asylum there, saying he was ordered to compile lists of Yemeni students in Saudi Arabia who had joined protests against President Ali Abdullah Saleh.
He spoke to this newspaper by telephone from a reception centre near Frankfurt. He said he had worked for nine years in the embassy's cultural office, which pays the grants of Yemeni students at Saudi universities. Last month, he said, he was handed a list of names and told to report which of them had posted messages in support of the protests in Sana'a and Taiz. He refused, was suspended, and feared arrest if he went home.
He obtained a visa through a relative and took a flight from Riyadh to Frankfurt ten days ago, applying for protection on arrival. He asked to be identified only as Nabil al-Hakimi, a name by which he is known to colleagues.
The embassy did not respond to requests for comment. A Saudi official said the kingdom does not interfere in the internal affairs of diplomatic missions.
The account given by al-Hakimi could not be independently verified, but it matches reports from students in Riyadh and Jeddah who say they have been questioned by embassy staff. Several Yemeni diplomats abroad have resigned in protest since February, among them the ambassador to the Arab League.
Saleh, who has ruled Yemen for 32 years, has offered to step down by the end of the year under a plan drawn up by the Gulf Cooperation Council, which the opposition has rejected.""",
gold={
 "countries": ["YEM", "SAU", "DEU"],
 "persons": [
  {"name": "Nabil al-Hakimi", "aliases": ["al-Hakimi"], "nationality": "YEM"},
  {"name": "Ali Abdullah Saleh", "aliases": ["Saleh"], "nationality": "YEM"}],
 "not_persons": ["Taiz"],
 "embassies": [{"sending": "YEM", "host": "SAU", "city": "Riyadh"}],
 "defections": [
  {"defector": "Nabil al-Hakimi", "from": "YEM", "to": "DEU", "post_host": "SAU", "date": "2011-03-26", "position": "employee of the embassy's cultural office"}],
 "agreements": []}),

dict(
title="Libyan diplomat in Malta defects to Britain",
published="1984-05-08", source="Mediterranean correspondent",
text="""VALLETTA, May 8 — A Libyan diplomat has asked Britain for political asylum after walking into the British High Commission in Valletta on Saturday, the Maltese government said on Tuesday.
Faraj Ali Zentani, 36, was the second-ranking official at the Libyan People's Bureau, as Colonel Muammar Gaddafi's government calls its embassies. He arrived at the High Commission with a briefcase shortly before noon and remained there overnight before being driven to Luqa airport under police escort and flown to London on Sunday.
A British spokesman confirmed only that "a Libyan national" had arrived in Britain and was being interviewed by immigration officials.
The case comes less than three weeks after a policewoman was shot dead outside the Libyan People's Bureau in London, leading Britain to break off relations with Tripoli. Malta, which has close economic ties with Libya, said it had played no part in the diplomat's decision and regretted that he had not approached the Maltese authorities first.
Friends of Zentani in Valletta said he had been warned that he would be recalled to Tripoli as part of a purge of officials suspected of sympathy for exiled opposition groups. Several Libyan dissidents living abroad have been killed since 1980.
Zentani is the first Libyan diplomat to defect since 1981, when Salah Omar Ferjani, a commercial counsellor at the Libyan embassy in Rome, fled to the United States with his family. Ferjani later testified before a committee of the US Congress on the activities of Libyan agents in Europe.
The Libyan People's Bureau in Valletta issued a statement calling Zentani "a thief and a stray dog".""",
gold={
 "countries": ["LBY", "GBR", "MLT", "ITA", "USA"],
 "persons": [
  {"name": "Faraj Ali Zentani", "aliases": ["Zentani"], "nationality": "LBY"},
  {"name": "Muammar Gaddafi", "aliases": [], "nationality": "LBY"},
  {"name": "Salah Omar Ferjani", "aliases": ["Ferjani"], "nationality": "LBY"}],
 "not_persons": ["Luqa"],
 "embassies": [{"sending": "LBY", "host": "MLT", "city": "Valletta"},
               {"sending": "GBR", "host": "MLT", "city": "Valletta"},
               {"sending": "LBY", "host": "GBR", "city": "London"},
               {"sending": "LBY", "host": "ITA", "city": "Rome"}],
 "defections": [
  {"defector": "Faraj Ali Zentani", "from": "LBY", "to": "GBR", "post_host": "MLT", "date": "1984-05-05", "position": "second-ranking official at the People's Bureau"},
  {"defector": "Salah Omar Ferjani", "from": "LBY", "to": "USA", "post_host": "ITA", "date": "1981", "position": "commercial counsellor"}],
 "agreements": []}),

dict(
title="Afghan diplomat seeks US asylum in New Delhi",
published="1980-02-12", source="South Asia wire",
text="""NEW DELHI, Feb 12 — A second secretary at the Afghan embassy here walked into the United States embassy on Saturday and asked for asylum, Indian officials said today. He is the first Afghan diplomat known to have defected since Soviet troops entered Afghanistan in December.
The diplomat, whom the Ministry of External Affairs identified as Mohammad Nasim Kohistani, 33, had served in New Delhi since 1978. He was accompanied by his wife and infant son. American officials declined to comment, but an Indian official said the family was still inside the embassy compound in Chanakyapuri and that Washington had asked for their safe passage to the airport.
The Afghan embassy called Kohistani a "traitor and agent of imperialism" and demanded that India hand him over. Indian spokesman R. K. Mehra said the government would not allow "any foreign mission to use force on Indian soil," but he gave no indication of whether the family would be allowed to leave.
Kohistani, a graduate of Kabul University, was appointed by the government of Hafizullah Amin, who was killed when Soviet forces seized Kabul on December 27. Diplomats said he had feared a purge under Babrak Karmal, the Moscow-installed president, who has recalled several envoys appointed by his predecessor.
More than 400,000 Afghans have fled to Pakistan since the 1978 coup, according to Pakistani estimates.""",
gold={
 "countries": ["AFG", "USA", "IND", "SUN", "PAK"],
 "persons": [
  {"name": "Mohammad Nasim Kohistani", "aliases": ["Kohistani"], "nationality": "AFG"},
  {"name": "R. K. Mehra", "aliases": [], "nationality": "IND"},
  {"name": "Hafizullah Amin", "aliases": [], "nationality": "AFG"},
  {"name": "Babrak Karmal", "aliases": [], "nationality": "AFG"}],
 "not_persons": ["Chanakyapuri", "Kabul University"],
 "embassies": [{"sending": "AFG", "host": "IND", "city": "New Delhi"},
               {"sending": "USA", "host": "IND", "city": "New Delhi"}],
 "defections": [
  {"defector": "Mohammad Nasim Kohistani", "from": "AFG", "to": "USA", "post_host": "IND", "date": "1980-02-09", "position": "second secretary"}],
 "agreements": []}),
]
