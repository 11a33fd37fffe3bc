ARTICLES = [
{"id": "spmil-020", "title": "Cameroonian athletes who vanished from Games village have claimed asylum, lawyer says", "published": "2022-08-10", "source": "UK national newspaper, online",
"text": """Five members of Cameroon's team at the Commonwealth Games in Birmingham who went missing from the athletes' village over the weekend have lodged asylum claims with the Home Office, a solicitor acting for them said on Wednesday.
West Midlands Police had issued appeals for information after team officials reported on Sunday that athletes had failed to attend their events or return to their rooms. The force said on Tuesday that it was "no longer treating the matter as a missing persons inquiry."
The solicitor, Danielle Ashworth, named four of the five. They are the weightlifter Rose-Marie Ngo Mbock, 26; two boxers, Arnaud Tchakounté and Ibrahim Njoya, both 23; and the table-tennis player Clarisse Etoundi, 19. The fifth, a wrestler, has asked that his name be withheld because his parents live in the Anglophone north-west, where fighting between separatists and the army has killed thousands.
"These are young people who have seen what happens to those who speak out at home," Ashworth said. "They did not come here to disappear. They came to compete, and then they made a choice."
Cameroon's chef de mission, Jean-Baptiste Owona, said in a statement that the athletes had "betrayed the trust of the nation" and that their families would be "informed accordingly."
It is not the first time. At the 2018 Games on Australia's Gold Coast, several Cameroonian athletes disappeared and later sought protection there. Immigration lawyers say the Games' visa arrangements, which allow team members six months' stay, make the event an obvious route out.
The Home Office said it did not comment on individual cases."""
,"gold": {"countries": ["CMR", "GBR", "AUS"],
 "persons": [
  {"name": "Danielle Ashworth", "aliases": ["Ashworth"]},
  {"name": "Rose-Marie Ngo Mbock", "aliases": [], "nationality": "CMR"},
  {"name": "Arnaud Tchakounté", "aliases": [], "nationality": "CMR"},
  {"name": "Ibrahim Njoya", "aliases": [], "nationality": "CMR"},
  {"name": "Clarisse Etoundi", "aliases": [], "nationality": "CMR"},
  {"name": "Jean-Baptiste Owona", "aliases": [], "nationality": "CMR"}],
 "not_persons": ["Home Office", "West Midlands Police", "Gold Coast"],
 "embassies": [],
 "defections": [
  {"defector": "Rose-Marie Ngo Mbock", "from": "CMR", "to": "GBR", "post_host": None, "date": "2022-08", "position": "weightlifter, Cameroon Commonwealth Games team"},
  {"defector": "Arnaud Tchakounté", "from": "CMR", "to": "GBR", "post_host": None, "date": "2022-08", "position": "boxer, Cameroon Commonwealth Games team"},
  {"defector": "Ibrahim Njoya", "from": "CMR", "to": "GBR", "post_host": None, "date": "2022-08", "position": "boxer, Cameroon Commonwealth Games team"},
  {"defector": "Clarisse Etoundi", "from": "CMR", "to": "GBR", "post_host": None, "date": "2022-08", "position": "table-tennis player, Cameroon Commonwealth Games team"}],
 "agreements": []}},

{"id": "spmil-021", "title": "Federal air force pilot flies MiG to Austria, pledges loyalty to Croatia", "published": "1991-10-26", "source": "Wire report",
"text": """KLAGENFURT, Austria, Oct. 25 — A Yugoslav air force pilot flew his MiG-21 fighter out of the country on Friday and landed at the airport here, telling Austrian officials that he would not bomb his own people and wished to join the defence forces of Croatia.
Austrian Defence Ministry officials identified the pilot as Major Zdravko Matijević, 35, a Croat based at the federal air force's Bihać base in Bosnia. He left on what was logged as a reconnaissance mission over western Slavonia, they said, and turned north instead.
The aircraft was impounded. Matijević was questioned by the Austrian authorities and asked to be allowed to travel to Zagreb, which officials said they would not prevent. "He is not asking for asylum in Austria. He is asking to go home — to a home that he says is now a different country," a ministry spokesman, Helmut Kogler, said.
Belgrade demanded the immediate return of the plane and the pilot, whom the army newspaper Narodna Armija described as a deserter.
The defection came as fighting intensified around Vukovar and Dubrovnik and as the three-month moratorium agreed at Brioni in July expired. Under that accord, Slovenia and Croatia had frozen their declarations of independence in return for a halt to federal army operations; Croatian leaders said this week that it no longer binds them.
European Community mediators are to resume talks in The Hague next week."""
,"gold": {"countries": ["YUG", "AUT", "HRV", "SVN"],
 "persons": [
  {"name": "Zdravko Matijević", "aliases": ["Matijević"], "nationality": "YUG"},
  {"name": "Helmut Kogler", "aliases": [], "nationality": "AUT"}],
 "not_persons": ["Narodna Armija", "MiG-21"],
 "embassies": [],
 "defections": [
  {"defector": "Zdravko Matijević", "from": "YUG", "to": "HRV", "post_host": None, "date": "1991-10-25", "position": "major, Yugoslav air force pilot"}],
 "agreements": [
  {"name": "Brioni accord", "aliases": ["three-month moratorium"], "parties": ["YUG", "SVN", "HRV"], "date": "1991-07", "status": "terminated"}]}},

{"id": "spmil-022", "title": "Lithuania expels Belarusian military attaché", "published": "2023-05-16", "source": "Baltic news agency",
"text": """VILNIUS — Lithuania on Tuesday declared the Belarusian defence attaché persona non grata and gave him five days to leave, accusing him of activities "incompatible with diplomatic status."
The Foreign Ministry did not name the officer or detail the accusations. A ministry official said the decision had been taken on the recommendation of the State Security Department and was "linked to the security of the border region."
The Belarusian embassy in Vilnius, already reduced to a handful of staff, called the move "another unfriendly step" and said Minsk would respond "symmetrically." Lithuania's own embassy in Minsk has operated with only a chargé d'affaires since 2021.
Defence Minister Arvydas Anušauskas told reporters that Lithuania was "not going to wait for provocations to turn into something worse," but declined to say whether the attaché had been linked to the Wagner mercenaries who had been reported in Belarus.
Relations between the neighbours have been frozen since the disputed 2020 presidential election in Belarus and deteriorated further after Minsk allowed Russian troops to use its territory to invade Ukraine."""
,"gold": {"countries": ["LTU", "BLR", "RUS", "UKR"],
 "persons": [
  {"name": "Arvydas Anušauskas", "aliases": [], "nationality": "LTU"}],
 "not_persons": ["State Security Department", "Wagner"],
 "embassies": [{"sending": "BLR", "host": "LTU", "city": "Vilnius"}, {"sending": "LTU", "host": "BLR", "city": "Minsk"}],
 "defections": [],
 "agreements": []}},

{"id": "spmil-023", "title": "Soviet cellist leaves touring orchestra in Birmingham", "published": "1967-10-16", "source": "British regional daily (archive)",
"text": """A cellist with the Moscow Radio Symphony Orchestra, which played to a full house at Birmingham Town Hall on Saturday night, walked into a police station in the city a few hours after the concert and asked to be allowed to stay in Britain.
The Home Office confirmed yesterday that Mr. Igor Zavadsky, aged 33, had "made an application to remain" and that it was being considered. He is understood to have been taken to London.
Members of the orchestra said Zavadsky left the hall by a side door while the others were boarding the coach back to their hotel. The orchestra's administrator, Mr. Boris Kapustin, described him as "a sick man who needs the care of his own doctors."
Officials of the Soviet Embassy in London asked to see the musician yesterday. A Home Office spokesman said it was "a matter for Mr. Zavadsky whether he wishes to receive them." He has so far declined.
The orchestra, under its chief conductor Gennady Rozhdestvensky, continues its tour in Manchester tonight with a cello section of seven instead of eight.
Defections by Soviet performers abroad remain rare but have drawn enormous attention since Rudolf Nureyev broke away from the Kirov Ballet at Le Bourget airport in Paris in 1961 and asked for French protection."""
,"gold": {"countries": ["SUN", "GBR", "FRA"],
 "persons": [
  {"name": "Igor Zavadsky", "aliases": ["Zavadsky"], "nationality": "SUN"},
  {"name": "Boris Kapustin", "aliases": [], "nationality": "SUN"},
  {"name": "Gennady Rozhdestvensky", "aliases": []},
  {"name": "Rudolf Nureyev", "aliases": []}],
 "not_persons": ["Moscow Radio Symphony Orchestra", "Home Office", "Kirov Ballet", "Birmingham Town Hall"],
 "embassies": [{"sending": "SUN", "host": "GBR", "city": "London"}],
 "defections": [
  {"defector": "Igor Zavadsky", "from": "SUN", "to": "GBR", "post_host": None, "date": "1967-10-14", "position": "cellist, Moscow Radio Symphony Orchestra"},
  {"defector": "Rudolf Nureyev", "from": "SUN", "to": "FRA", "post_host": None, "date": "1961", "position": "dancer, Kirov Ballet"}],
 "agreements": []}},

{"id": "spmil-024", "title": "Russia-North Korea defence treaty takes effect", "published": "2024-12-05", "source": "Foreign affairs desk",
"text": """MOSCOW — A treaty that commits Russia and North Korea to come to each other's aid if either is attacked came into force on Wednesday, after the two sides exchanged instruments of ratification in Moscow, the Russian Foreign Ministry said.
The Comprehensive Strategic Partnership Treaty was signed in Pyongyang in June during a rare visit by Vladimir Putin. Its fourth article obliges each party to provide "military and other assistance with all means at its disposal" if the other is in a state of war.
The treaty revives, in some respects, a 1961 pact between Pyongyang and the Soviet Union that also contained a mutual defence clause. That agreement lapsed after the Soviet collapse and was replaced in 2000 by a looser friendship treaty with no such commitment.
North Korea's only other alliance, the 1961 treaty of friendship with China, remains in force, and analysts said Beijing was watching the new arrangement with unease.
"For the first time since the Cold War, North Korea has two treaty allies, and one of them is at war," said Lee Soo-jin, a researcher at a Seoul institute.
Western and South Korean officials say thousands of North Korean troops have been sent to Russia's Kursk region, where Ukrainian forces have held ground since August. Neither Moscow nor Pyongyang has confirmed the deployment."""
,"gold": {"countries": ["RUS", "PRK", "SUN", "CHN", "KOR", "UKR"],
 "persons": [
  {"name": "Vladimir Putin", "aliases": [], "nationality": "RUS"},
  {"name": "Lee Soo-jin", "aliases": []}],
 "not_persons": [],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Comprehensive Strategic Partnership Treaty", "aliases": [], "parties": ["RUS", "PRK"], "date": "2024-06", "status": "in_force"},
  {"name": "1961 Soviet-North Korean mutual defence pact", "aliases": [], "parties": ["SUN", "PRK"], "date": "1961", "status": "terminated"},
  {"name": "2000 friendship treaty", "aliases": [], "parties": ["RUS", "PRK"], "date": "2000", "status": None},
  {"name": "treaty of friendship with China", "aliases": [], "parties": ["PRK", "CHN"], "date": "1961", "status": "in_force"}]}},

{"id": "spmil-025", "title": "Venezuelan soldiers abandon posts, cross into Colombia", "published": "2019-02-25", "source": "Latin America wire",
"text": """CÚCUTA, Colombia — More than 60 members of Venezuela's security forces have crossed into Colombia since Saturday, Colombian migration authorities said on Monday, many of them running across the border bridges as the standoff over humanitarian aid turned violent.
Among the first was Sergeant Jorge Luis Carrasquel of the National Guard, who was filmed sprinting across the Simón Bolívar International Bridge on Saturday afternoon with his rifle held above his head, then handing it to Colombian police. In a video recorded shortly afterward he said he recognised the opposition leader Juan Guaidó as Venezuela's interim president.
Two other guardsmen who crossed with him were named by Colombian officials as Corporal Yohan Rivas and Private Ender Parra.
On Sunday a lieutenant, Wilmer Antonio Moya, crossed at the Francisco de Paula Santander bridge with his wife and two children. A Colombian army captain, Andrés Felipe Rengifo, who escorted the family away from the bridge, said the officer had been "shaking like a leaf."
Colombia said the deserters would receive temporary protection and be housed by the United Nations refugee agency. Caracas called them "traitors bought with dollars."
The government of Nicolás Maduro closed the bridges on Saturday to block trucks carrying U.S.-donated food and medicine."""
,"gold": {"countries": ["VEN", "COL", "USA"],
 "persons": [
  {"name": "Jorge Luis Carrasquel", "aliases": [], "nationality": "VEN"},
  {"name": "Juan Guaidó", "aliases": [], "nationality": "VEN"},
  {"name": "Yohan Rivas", "aliases": [], "nationality": "VEN"},
  {"name": "Ender Parra", "aliases": [], "nationality": "VEN"},
  {"name": "Wilmer Antonio Moya", "aliases": [], "nationality": "VEN"},
  {"name": "Andrés Felipe Rengifo", "aliases": [], "nationality": "COL"},
  {"name": "Nicolás Maduro", "aliases": [], "nationality": "VEN"}],
 "not_persons": ["Simón Bolívar International Bridge", "Francisco de Paula Santander bridge"],
 "embassies": [],
 "defections": [
  {"defector": "Jorge Luis Carrasquel", "from": "VEN", "to": "COL", "post_host": None, "date": "2019-02-23", "position": "sergeant, National Guard"},
  {"defector": "Yohan Rivas", "from": "VEN", "to": "COL", "post_host": None, "date": "2019-02-23", "position": "corporal, National Guard"},
  {"defector": "Ender Parra", "from": "VEN", "to": "COL", "post_host": None, "date": "2019-02-23", "position": "private, National Guard"},
  {"defector": "Wilmer Antonio Moya", "from": "VEN", "to": "COL", "post_host": None, "date": "2019-02-24", "position": "lieutenant"}],
 "agreements": []}},

{"id": "spmil-026", "title": "North Korean soldier walks across central front; Seoul keeps 2018 pact on ice", "published": "2024-08-20", "source": "Korea news service",
"text": """SEOUL — A North Korean soldier crossed the military demarcation line in the central section of the border on Tuesday morning and was taken into custody by South Korean troops, the Joint Chiefs of Staff said.
The soldier, described as a staff sergeant in his early twenties, walked across the line and through a gap in the minefields in the early hours and was spotted by thermal cameras. Officials declined to give his name, his unit or his reasons, saying only that he "expressed his intention to defect" and that no shots were fired.
Crossings directly over the heavily fortified frontier are rare; most escapees travel through China. This was the second in a month, after a soldier crossed the western front in July.
The defection came at a tense moment. Seoul fully suspended the September 2018 inter-Korean military agreement in June, allowing loudspeaker broadcasts and live-fire drills near the border to resume, after months in which the North sent balloons loaded with rubbish south. Pyongyang had declared last November that it would no longer be bound by the deal.
"The agreement is suspended, not dead," said Col. Lee Sung-jun, a JCS spokesman, when asked whether the crossing would affect military posture. "But our readiness is at its highest."
A defence ministry official said the soldier was in good health and would be handed to the National Intelligence Service for questioning."""
,"gold": {"countries": ["PRK", "KOR", "CHN"],
 "persons": [
  {"name": "Lee Sung-jun", "aliases": [], "nationality": "KOR"}],
 "not_persons": ["Joint Chiefs of Staff", "JCS", "National Intelligence Service"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "inter-Korean military agreement", "aliases": [], "parties": ["KOR", "PRK"], "date": "2018-09", "status": "suspended"}]}},

{"id": "spmil-027", "title": "Chinese military attaché in Canberra seeks protection, sources say", "published": "2006-04-12", "source": "Australian broadsheet",
"text": """An officer attached to the Chinese Embassy in Canberra has asked the Australian Government for protection, becoming the most senior Chinese military official known to have sought asylum in this country, according to sources familiar with the case.
Lieutenant-Colonel Han Zhiqiang, an assistant defence attaché who has been in Canberra since 2004, is said to have left his residence in the suburb of O'Malley with his wife and daughter on the weekend and contacted the Department of Immigration the following morning. He is believed to have been moved interstate.
The Department of Immigration declined to comment, as did the Department of Defence. A spokesman for the Chinese Embassy, Wang Lei, said he had "no information" about "rumours of this kind."
The case is certain to recall last year's defection of Chen Yonglin, a political consul at the Chinese Consulate-General in Sydney, who walked out of his post and was eventually granted a protection visa after initial bungling by officials.
Diplomats in Canberra said Beijing was likely to press quietly for Han's return but was unlikely to make the matter public while it was negotiating uranium sales. Earlier cases have shown the cost of being seen to yield: the tennis player Hu Na, who asked for asylum in the United States in 1982, caused a year-long chill in Sino-American sporting exchanges.
Opposition defence spokesman Robert McClelland said the Government should "resist any pressure" from Beijing."""
,"gold": {"countries": ["CHN", "AUS", "USA"],
 "persons": [
  {"name": "Han Zhiqiang", "aliases": ["Han"], "nationality": "CHN"},
  {"name": "Wang Lei", "aliases": [], "nationality": "CHN"},
  {"name": "Chen Yonglin", "aliases": [], "nationality": "CHN"},
  {"name": "Hu Na", "aliases": [], "nationality": "CHN"},
  {"name": "Robert McClelland", "aliases": [], "nationality": "AUS"}],
 "not_persons": ["Department of Immigration", "Department of Defence"],
 "embassies": [{"sending": "CHN", "host": "AUS", "city": "Canberra"}, {"sending": "CHN", "host": "AUS", "city": "Sydney"}],
 "defections": [
  {"defector": "Han Zhiqiang", "from": "CHN", "to": "AUS", "post_host": "AUS", "date": "2006-04", "position": "assistant defence attaché"},
  {"defector": "Chen Yonglin", "from": "CHN", "to": "AUS", "post_host": "AUS", "date": "2005", "position": "political consul, Consulate-General in Sydney"},
  {"defector": "Hu Na", "from": "CHN", "to": "USA", "post_host": None, "date": "1982", "position": "tennis player"}],
 "agreements": []}},

{"id": "spmil-028", "title": "U.S. quits Iran nuclear deal; Europeans vow to stay", "published": "2018-05-09", "source": "Wire report",
"text": """WASHINGTON — President Donald Trump on Tuesday pulled the United States out of the 2015 nuclear agreement with Iran and ordered the reimposition of sanctions, defying appeals from European allies who said the deal was working.
The agreement, formally the Joint Comprehensive Plan of Action, was concluded in Vienna by Iran and six powers — the United States, Britain, France, Germany, Russia and China — and limited Iran's enrichment of uranium in return for the lifting of economic sanctions.
Within hours, the leaders of Britain, France and Germany issued a joint statement saying they remained committed to the accord. Russia's foreign ministry said it was "deeply disappointed," and China said it would keep working with the other parties.
In Tehran, officials said Iran would stay in the deal for now if the remaining signatories could guarantee its economic benefits. "If we achieve the deal's goals in cooperation with the other members, it will remain," one senior official said.
"This is a sad day for arms control," said Sophie Lindqvist, a former European diplomat who worked on the talks. "Everyone else is still at the table. One chair is empty."
International inspectors have certified Iran's compliance with the deal in eleven consecutive reports."""
,"gold": {"countries": ["USA", "IRN", "GBR", "FRA", "DEU", "RUS", "CHN"],
 "persons": [
  {"name": "Donald Trump", "aliases": [], "nationality": "USA"},
  {"name": "Sophie Lindqvist", "aliases": []}],
 "not_persons": [],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Joint Comprehensive Plan of Action", "aliases": ["Iran nuclear deal", "2015 nuclear agreement"], "parties": ["IRN", "USA", "GBR", "FRA", "DEU", "RUS", "CHN"], "date": "2015", "status": "withdrawn"}]}},

{"id": "spmil-029", "title": "Czechoslovak junior hockey star turns up in Toronto", "published": "1987-12-31", "source": "Canadian sports daily",
"text": """TORONTO — Three days after he slipped away from the Czechoslovak junior team at a Christmas tournament in West Germany, 18-year-old defenceman Pavel Horák was sitting in a Maple Leaf Gardens office on Wednesday, wearing a borrowed blue-and-white sweater and smiling shyly at the cameras.
Horák left the team hotel in Füssen on Sunday night with a man he described only as "a friend from hockey," and was driven to Munich, where he boarded a flight to Canada. Immigration officials at Pearson airport admitted him on a minister's permit, and the Leafs, who drafted him in the fifth round last June, said they expected him to apply for permanent residence.
"At home I would play for Dukla Jihlava until I am thirty and then maybe they let me go," he said through an interpreter. "Here I can play now."
Czechoslovak officials in Füssen said Horák had "abandoned his team and his country" and would be banned for life.
His route has become a familiar one. In August 1980 Peter Šťastný and Anton Šťastný, brothers on the Slovan Bratislava club, walked out during a tournament in Innsbruck and went to Quebec City to join the Nordiques; a third brother, Marián Šťastný, followed a year later. All three became NHL stars.
West German police said they had no record of any request for assistance."""
,"gold": {"countries": ["CSK", "DEU", "CAN"],
 "persons": [
  {"name": "Pavel Horák", "aliases": ["Horák"], "nationality": "CSK"},
  {"name": "Peter Šťastný", "aliases": []},
  {"name": "Anton Šťastný", "aliases": []},
  {"name": "Marián Šťastný", "aliases": []}],
 "not_persons": ["Maple Leaf Gardens", "Dukla Jihlava", "Slovan Bratislava", "Nordiques", "Pearson"],
 "embassies": [],
 "defections": [
  {"defector": "Pavel Horák", "from": "CSK", "to": "CAN", "post_host": None, "date": "1987-12-27", "position": "defenceman, Czechoslovak junior hockey team"},
  {"defector": "Peter Šťastný", "from": "CSK", "to": "CAN", "post_host": None, "date": "1980-08", "position": "hockey player, Slovan Bratislava"},
  {"defector": "Anton Šťastný", "from": "CSK", "to": "CAN", "post_host": None, "date": "1980-08", "position": "hockey player, Slovan Bratislava"},
  {"defector": "Marián Šťastný", "from": "CSK", "to": "CAN", "post_host": None, "date": "1981", "position": "hockey player"}],
 "agreements": []}},
]
