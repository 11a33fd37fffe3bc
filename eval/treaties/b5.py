ARTICLES = [
{"id":"treaty-040","title":"Afghan diplomat in Delhi turns up in Bonn","published":"1982-06-09","source":"New Delhi correspondent",
"text":"""NEW DELHI — An Afghan diplomat who vanished from his post here last Friday has surfaced in Bonn, where he has asked the West German authorities for asylum, officials in both capitals said yesterday.
Abdul Wahid Sarwari, 35, a second secretary at the Afghan embassy on Shantipath, was last seen leaving his office in the afternoon. Indian officials said he had left the country on a flight to Frankfurt the same evening on his own passport.
A West German Interior Ministry spokesman confirmed on Tuesday that an Afghan national "formerly in diplomatic service" had applied for asylum and was being questioned. Friends said Sarwari had been a schoolteacher before the Soviet intervention and had grown disillusioned with the government of Babrak Karmal.
The affair is an embarrassment for Kabul, whose cultural minister signed a cultural exchange programme with India in New Delhi earlier this month, covering scholarships, film weeks and visiting dance troupes. Sarwari had helped organise the visit.
An Indian journalist, Rajiv Menon, said he had driven Sarwari to the airport at his request "without knowing what he intended." The Afghan embassy said Sarwari had been dismissed for "moral offences.\""""
,"gold":{"countries":["AFG","IND","DEU","SUN"],
"persons":[{"name":"Abdul Wahid Sarwari","aliases":["Sarwari"],"nationality":"AFG"},{"name":"Babrak Karmal","aliases":[],"nationality":"AFG"},{"name":"Rajiv Menon","aliases":[],"nationality":"IND"}],
"not_persons":["Shantipath"],
"embassies":[{"sending":"AFG","host":"IND","city":"New Delhi"}],
"defections":[{"defector":"Abdul Wahid Sarwari","from":"AFG","to":"DEU","post_host":"IND","date":"1982-06-04","position":"second secretary"}],
"agreements":[{"name":"Afghan-Indian cultural exchange programme","aliases":[],"parties":["AFG","IND"],"date":"1982-06","status":"signed"}]}},

{"id":"treaty-041","title":"US exit from Open Skies treaty takes effect","published":"2020-11-23","source":"Wire report",
"text":"""The United States formally left the Treaty on Open Skies on Sunday, six months after giving notice, ending its participation in a pact that allowed unarmed surveillance flights over the territory of its members.
Secretary of State Mike Pompeo said Russia had "flagrantly and continuously violated" the treaty by restricting flights over Kaliningrad and near its border with Georgia. Washington's two OC-135B observation aircraft are expected to be retired.
The treaty, signed in Helsinki in 1992, remains in force for its other 34 members, among them Russia, Germany and France. European governments had urged the administration to reconsider, arguing that the flights offered smaller countries a rare window on military movements.
Maria Zakharova, the Russian Foreign Ministry spokeswoman, said Moscow was studying whether to remain in the treaty and wanted guarantees that the remaining members would not pass the data they collect to the United States.
Open Skies is the third arms-control agreement Washington has left under President Donald Trump, after the Iran nuclear deal and the INF treaty."""
,"gold":{"countries":["USA","RUS","GEO","DEU","FRA","IRN"],
"persons":[{"name":"Mike Pompeo","aliases":[],"nationality":"USA"},{"name":"Maria Zakharova","aliases":[],"nationality":"RUS"},{"name":"Donald Trump","aliases":[],"nationality":"USA"}],
"not_persons":["OC-135B"],
"agreements":[{"name":"Treaty on Open Skies","aliases":["Open Skies"],"parties":["USA","RUS","DEU","FRA"],"date":"1992","status":"withdrawn"},
{"name":"Iran nuclear deal","aliases":[],"parties":["USA","IRN"],"date":None,"status":"withdrawn"},
{"name":"INF treaty","aliases":[],"parties":["USA"],"date":None,"status":"withdrawn"}]}},

{"id":"treaty-042","title":"Guatemala suspends fishing pact with Belize after arrests","published":"1997-02-19","source":"Central America desk",
"text":"""GUATEMALA CITY — Guatemala on Tuesday suspended a 1991 arrangement that lets its fishermen work the waters of southern Belize, after Belizean coastguards detained 14 Guatemalans near the Sapodilla Cayes over the weekend.
The Foreign Ministry said the suspension would last "until the detained compatriots are released and their boats returned," and that Guatemalan patrol boats would escort fishing vessels from Puerto Barrios in the meantime.
In Belmopan, Belize's deputy foreign minister, Andrea Gill-Castillo, said the men had been fishing in a marine reserve closed to all boats and would be dealt with by the courts. "The agreement does not give anyone the right to empty a protected area," she said.
The arrangement, concluded the year Guatemala recognised Belize as an independent state, was meant to ease tensions over Guatemala's long-standing territorial claim. Fishermen on both sides say it has been loosely enforced for years.
A Guatemalan spokesman, Óscar Rodas Melgar, said the government hoped the suspension would be brief."""
,"gold":{"countries":["GTM","BLZ"],
"persons":[{"name":"Andrea Gill-Castillo","aliases":[],"nationality":"BLZ"},{"name":"Óscar Rodas Melgar","aliases":[],"nationality":"GTM"}],
"not_persons":["Sapodilla Cayes"],
"agreements":[{"name":"Guatemala–Belize fishing arrangement","aliases":[],"parties":["GTM","BLZ"],"date":"1991","status":"suspended"}]}},

{"id":"treaty-043","title":"Zambia recalls envoy from London over arms for Pretoria","published":"1971-07-21","source":"Africa correspondent",
"text":"""LUSAKA, July 20 — Zambia today recalled its High Commissioner in London for consultations, in protest against the British Government's decision to sell helicopters to South Africa.
President Kenneth Kaunda told a rally in Lusaka that Britain had "chosen the side of apartheid" and that Zambia would review "every aspect" of its relations with the Heath Government. He did not say whether Zambia would leave the Commonwealth, as some of his ministers have urged.
The High Commissioner, Mainza Chona Mwanakatwe, is expected to fly home tomorrow. The British High Commission in Lusaka said it had received no formal note.
Mr. Edward Heath's Government has argued that Britain is bound to supply South Africa with weapons for the defence of the sea routes around the Cape, a position rejected by most African members of the Commonwealth.
Tanzania and Uganda are expected to take similar steps, diplomats said."""
,"gold":{"countries":["ZMB","GBR","ZAF","TZA","UGA"],
"persons":[{"name":"Kenneth Kaunda","aliases":[],"nationality":"ZMB"},{"name":"Mainza Chona Mwanakatwe","aliases":[],"nationality":"ZMB"},{"name":"Edward Heath","aliases":["Heath","Mr. Edward Heath"],"nationality":"GBR"}],
"embassies":[{"sending":"ZMB","host":"GBR","city":"London"},{"sending":"GBR","host":"ZMB","city":"Lusaka"}]}},

{"id":"treaty-044","title":"Sahel juntas bind themselves in confederation","published":"2024-07-07","source":"Wire report",
"text":"""NIAMEY — The military rulers of Niger, Mali and Burkina Faso signed a treaty on Saturday creating a confederation of their three countries, cementing their break with the rest of West Africa.
General Abdourahamane Tiani, Colonel Assimi Goïta and Captain Ibrahim Traoré signed the text at the close of their first joint summit in the Nigerien capital. The confederation will coordinate foreign policy, pool defence resources and, eventually, launch a joint investment bank.
It builds on the Liptako-Gourma Charter, the mutual defence pact the three governments signed last September, under which an attack on one is treated as an attack on all.
The three countries announced in January that they would quit ECOWAS, the regional bloc that had threatened military intervention after the coup in Niamey a year ago. They have expelled French troops and turned to Russia for security assistance.
"Our peoples have irrevocably turned their backs on ECOWAS," Tiani told the summit."""
,"gold":{"countries":["NER","MLI","BFA","FRA","RUS"],
"persons":[{"name":"Abdourahamane Tiani","aliases":["Tiani"],"nationality":"NER"},{"name":"Assimi Goïta","aliases":[],"nationality":"MLI"},{"name":"Ibrahim Traoré","aliases":[],"nationality":"BFA"}],
"agreements":[{"name":"Confederation treaty of Niger, Mali and Burkina Faso","aliases":[],"parties":["NER","MLI","BFA"],"date":"2024-07-06","status":"signed"},
{"name":"Liptako-Gourma Charter","aliases":[],"parties":["NER","MLI","BFA"],"date":"2023-09","status":"signed"}]}},

{"id":"treaty-045","title":"NAFTA takes effect as rebels strike in Chiapas","published":"1994-01-02","source":"Mexico City bureau",
"text":"""MEXICO CITY — The North American Free Trade Agreement took effect on Saturday, creating the world's largest free-trade zone, but the celebration in Mexico was overshadowed by an armed uprising in the southern state of Chiapas.
NAFTA, signed by the leaders of the United States, Canada and Mexico in December 1992, will eliminate most tariffs among the three countries over 15 years. President Carlos Salinas de Gortari has staked his reputation on the pact, describing it as Mexico's ticket to the first world.
Hours after the agreement came into force, several hundred masked guerrillas calling themselves the Zapatista National Liberation Army seized San Cristóbal de las Casas and three other towns. Their spokesman, who called himself Subcomandante Marcos, said NAFTA was "a death sentence for the Indians of Mexico."
In Washington, President Bill Clinton, who pushed the agreement through Congress in November over the objections of labour unions, said it would create jobs on both sides of the border. Canadian Prime Minister Jean Chrétien, who had promised during his campaign to renegotiate parts of the deal, let it proceed after winning side assurances."""
,"gold":{"countries":["MEX","USA","CAN"],
"persons":[{"name":"Carlos Salinas de Gortari","aliases":[],"nationality":"MEX"},{"name":"Subcomandante Marcos","aliases":[]},{"name":"Bill Clinton","aliases":[],"nationality":"USA"},{"name":"Jean Chrétien","aliases":[],"nationality":"CAN"}],
"not_persons":["Zapatista National Liberation Army"],
"agreements":[{"name":"North American Free Trade Agreement","aliases":["NAFTA"],"parties":["USA","CAN","MEX"],"date":"1992-12","status":"in_force"}]}},

{"id":"treaty-046","title":"Last US–Russia arms treaty expires with nothing to replace it","published":"2026-02-06","source":"Wire report",
"text":"""For the first time in more than half a century, no treaty limits the nuclear arsenals of the United States and Russia. New START expired at midnight on Thursday, sixteen years after it was signed in Prague, with no successor agreement and no formal talks under way.
Russia suspended its participation in 2023, halting data exchanges and inspections, but both sides had said they continued to respect the treaty's central limit of 1,550 deployed strategic warheads.
Kremlin spokesman Dmitry Peskov said on Friday that Moscow was prepared to keep within those limits for another year "if Washington does the same," an offer he said had not been answered. The White House said any future framework must also cover China's fast-growing arsenal.
"We are now in uncharted territory," said Helena Borchgrevink, an arms-control researcher at the Norwegian Institute of International Affairs in Oslo. "The numbers will not jump overnight, but the predictability is gone."
Beijing has repeatedly refused to join trilateral talks, arguing that its arsenal is a fraction of the other two."""
,"gold":{"countries":["USA","RUS","CHN"],
"persons":[{"name":"Dmitry Peskov","aliases":[],"nationality":"RUS"},{"name":"Helena Borchgrevink","aliases":[]}],
"not_persons":["Norwegian Institute of International Affairs"],
"agreements":[{"name":"New START","aliases":[],"parties":["USA","RUS"],"date":"2010","status":"terminated"}]}},

{"id":"treaty-047","title":"Nine states sign Lusaka declaration to cut dependence on Pretoria","published":"1980-04-02","source":"Southern Africa correspondent",
"text":"""LUSAKA, April 1 — Leaders of nine southern African states today signed a declaration pledging to reduce their economic dependence on South Africa by building their own transport, energy and communications links.
The nine signatories — Angola, Botswana, Lesotho, Malawi, Mozambique, Swaziland, Tanzania, Zambia and Zimbabwe — set up a Southern African Development Coordination Conference to pursue the goals of the document, titled "Southern Africa: Toward Economic Liberation" and known here as the Lusaka Declaration.
Zimbabwe, which becomes independent on April 18, was represented by its Prime Minister-elect, Robert Mugabe, who received the longest applause of the day. President Sir Seretse Khama of Botswana presided, and President Kenneth Kaunda was the host.
"The chains of dependence are not made of iron but of railway lines and power cables," Sir Seretse said. "We intend to lay our own."
South African officials dismissed the meeting as a political gesture, noting that most of the nine still send their exports through South African ports."""
,"gold":{"countries":["AGO","BWA","LSO","MWI","MOZ","SWZ","TZA","ZMB","ZWE","ZAF"],
"persons":[{"name":"Robert Mugabe","aliases":[],"nationality":"ZWE"},{"name":"Seretse Khama","aliases":["Sir Seretse Khama","Sir Seretse"],"nationality":"BWA"},{"name":"Kenneth Kaunda","aliases":[],"nationality":"ZMB"}],
"not_persons":["Southern African Development Coordination Conference"],
"agreements":[{"name":"Lusaka Declaration","aliases":["Southern Africa: Toward Economic Liberation"],"parties":["AGO","BWA","LSO","MWI","MOZ","SWZ","TZA","ZMB","ZWE"],"date":"1980-04-01","status":"signed"}]}},

{"id":"treaty-048","title":"Sudan oil talks collapse, summit called off","published":"2012-04-05","source":"Wire report",
"text":"""Negotiations between Sudan and South Sudan over oil transit fees broke down in Addis Ababa on Wednesday, and a planned summit between the two presidents was shelved, mediators said.
Pagan Amum, Juba's chief negotiator, accused Khartoum of bombing South Sudanese oilfields while its delegation sat at the table. "You cannot talk about pipelines with one hand and drop bombs with the other," he said.
Sudan's delegation head, Idris Abdel Gadir, said South Sudan's demands were "not serious" and that its army had attacked positions in South Kordofan. South Sudan shut down its oil production in January in a row over how much it should pay to export crude through Sudan's pipelines to Port Sudan.
The African Union mediator, former South African president Thabo Mbeki, said he would consult both governments before proposing a new round. Diplomats said the prospect of a deal before the rainy season was remote."""
,"gold":{"countries":["SDN","SSD","ZAF"],
"persons":[{"name":"Pagan Amum","aliases":[],"nationality":"SSD"},{"name":"Idris Abdel Gadir","aliases":[],"nationality":"SDN"},{"name":"Thabo Mbeki","aliases":[],"nationality":"ZAF"}]}},

{"id":"treaty-049","title":"Delhi and Moscow renew 1971 friendship treaty","published":"1991-08-10","source":"New Delhi correspondent",
"text":"""NEW DELHI — India and the Soviet Union yesterday extended their Treaty of Peace, Friendship and Cooperation for another 20 years, on the twentieth anniversary of its signing.
The renewal was sealed by an exchange of protocols between Foreign Minister Madhavsinh Solanki and Alexander Bessmertnykh, his Soviet counterpart, who arrived on Thursday for a two-day visit. Officials said the treaty, which includes a clause on mutual consultation in the event of a threat to either party, would remain in force unchanged.
The Indo-Soviet treaty was signed in New Delhi on August 9, 1971, by Sardar Swaran Singh and Andrei Gromyko, months before India's war with Pakistan over what became Bangladesh. Western governments saw it at the time as a tilt away from India's non-alignment.
"Circumstances change, friends remain," Mr. Bessmertnykh told reporters, brushing aside questions about Moscow's economic troubles and its warming relations with Washington.
Indian officials said talks on rupee-rouble trade and arms supplies would continue in September."""
,"gold":{"countries":["IND","SUN","PAK","BGD","USA"],
"persons":[{"name":"Madhavsinh Solanki","aliases":[],"nationality":"IND"},{"name":"Alexander Bessmertnykh","aliases":["Mr. Bessmertnykh"],"nationality":"SUN"},{"name":"Sardar Swaran Singh","aliases":[]},{"name":"Andrei Gromyko","aliases":[]}],
"agreements":[{"name":"Treaty of Peace, Friendship and Cooperation","aliases":["Indo-Soviet treaty"],"parties":["IND","SUN"],"date":"1971-08-09","status":"in_force"}]}},
]
