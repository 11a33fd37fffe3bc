ITEMS = []
def add(id, title, published, source, text, gold):
    ITEMS.append(dict(id=id, title=title, published=published, source=source, text=text.strip(), gold=gold))

add("reg-020", "Uganda's man in Mombasa flies to London", "1977-03-04", "Coast provincial weekly, Mombasa", """
The consulate of the Republic of Uganda on Nkrumah Road was shut on Wednesday and Thursday, its brass plate polished as usual but its door locked, after its head, Mr Yusuf Kironde Ssempala, left Kenya for London at the weekend.
Mr Ssempala, Consul of the Republic of Uganda at Mombasa and, until last year, Principal Assistant Secretary in the Ministry of Commerce in Kampala, boarded a British Airways flight at Embakasi on Sunday night with his wife and four children. The British High Commission in Nairobi on Thursday confirmed that he had been granted asylum in the United Kingdom.
His departure follows the death last month of the Anglican Archbishop of Uganda, Janani Luwum, which the government of President Idi Amin has attributed to a motor accident. Mr Ssempala, a churchwarden at Mombasa's Memorial Cathedral, was said by friends to have known the Archbishop since their schooldays.
Staff at the consulate, which handles Uganda's transit cargo through the port, told the Coast Weekly they had received no instructions. A clerk said: "We come, we sit, we go home. The telephone to Kampala does not answer."
The Uganda High Commission in Nairobi said Mr Ssempala had been "recalled for consultations" several weeks ago and had "chosen the side of imperialists".
Lorry drivers at the Kilindini gates said Ugandan-bound consignments were being cleared by the Kenyan customs without the consulate's usual stamp.
""", {
 "countries": ["UGA", "KEN", "GBR"],
 "persons": [
  {"name": "Yusuf Kironde Ssempala", "aliases": ["Mr Ssempala"], "nationality": "UGA"},
  {"name": "Janani Luwum", "aliases": [], "nationality": "UGA"},
  {"name": "Idi Amin", "aliases": [], "nationality": "UGA"}],
 "not_persons": ["Coast Weekly", "British Airways", "Memorial Cathedral"],
 "embassies": [
  {"sending": "UGA", "host": "KEN", "city": "Mombasa"},
  {"sending": "UGA", "host": "KEN", "city": "Nairobi"},
  {"sending": "GBR", "host": "KEN", "city": "Nairobi"}],
 "defections": [
  {"defector": "Yusuf Kironde Ssempala", "from": "UGA", "to": "GBR", "post_host": "KEN", "date": "1977-02-27", "position": "Consul at Mombasa"}],
 "agreements": []})

add("reg-021", "Vietnam's first trade attaché in Perth sets sights on rock lobster", "1995-08-17", "Western Australian regional business weekly", """
Nguyễn Thị Thu Hằng has been in Perth for five weeks, and she has already eaten more rock lobster than in her previous 38 years combined.
"It is research," laughed the newly arrived Trade Attaché and Head of the Trade Office of the Socialist Republic of Vietnam in Western Australia, who opened the office in a converted shopfront on Hay Street last month. "If I am to sell our shrimp here, I must understand what your people already like."
Vietnam's embassy in Canberra has had a commercial section since 1991, but Mrs Hằng's post is the first Vietnamese government trade office outside the national capital. She says Western Australian wheat, live cattle and mining equipment are the obvious exports north; seafood, cashews, rattan furniture and, one day, she hopes, coffee will travel the other way.
Local exporters are interested. Geraldton fisherman and processor Neville Brand said he had met her twice. "She knows the price of a kilo of lobster in Ho Chi Minh City to the cent," he said. "That's more than some of my buyers in Tokyo know."
Others are more cautious about payment risk and bureaucracy. "We're told it's getting easier," said one grain trader who asked not to be named. "We'll believe it when the letters of credit clear."
Mrs Hằng, who studied economics in Hanoi and Moscow, brought her husband and nine-year-old son with her. The son, she reports, now barracks for the West Coast Eagles.
""", {
 "countries": ["VNM", "AUS"],
 "persons": [
  {"name": "Nguyễn Thị Thu Hằng", "aliases": ["Mrs Hằng"], "nationality": "VNM"},
  {"name": "Neville Brand", "aliases": []}],
 "not_persons": ["West Coast Eagles"],
 "embassies": [
  {"sending": "VNM", "host": "AUS", "city": "Perth"},
  {"sending": "VNM", "host": "AUS", "city": "Canberra"}],
 "defections": [],
 "agreements": []})

add("reg-022", "Bulgarian consulate official leaves Thessaloniki for America", "1988-11-10", "Northern Greek daily (translated from Greek)", """
THESSALONIKI — The commercial attaché of the Bulgarian consulate-general in Thessaloniki, who was reported missing by his own consulate ten days ago, has been granted asylum in the United States and left Greece on Tuesday, police sources said.
Stoyan Petkov Gadzhev, 44, disappeared on October 31 after telling colleagues he was going to the International Trade Fair grounds to meet a Greek tobacco buyer. The consulate asked the Greek police to search for him the following day, suggesting he might have been "the victim of a crime".
In fact, according to officials at the Ministry of Public Order, Gadzhev had gone directly to the American consulate-general on Nikis Avenue and requested political asylum. He spent the next week at an undisclosed address in Halkidiki while his case was considered, and was flown from Makedonia airport to Athens and then on to New York on Tuesday.
The Bulgarian consul-general, Mr Ivan Dimitrov Kalchev, called on the Greek authorities on Wednesday to "explain how a diplomat of a friendly neighbouring state could be spirited away". A foreign ministry spokesman in Athens replied that Greece had "acted entirely in accordance with international law and the wishes of the person concerned".
Tobacco merchants in the city said Gadzhev was an affable negotiator who spoke excellent Greek and had been in the post since 1985.
""", {
 "countries": ["BGR", "GRC", "USA"],
 "persons": [
  {"name": "Stoyan Petkov Gadzhev", "aliases": ["Gadzhev"], "nationality": "BGR"},
  {"name": "Ivan Dimitrov Kalchev", "aliases": [], "nationality": "BGR"}],
 "not_persons": ["International Trade Fair", "Makedonia airport"],
 "embassies": [
  {"sending": "BGR", "host": "GRC", "city": "Thessaloniki"},
  {"sending": "USA", "host": "GRC", "city": "Thessaloniki"}],
 "defections": [
  {"defector": "Stoyan Petkov Gadzhev", "from": "BGR", "to": "USA", "post_host": "GRC", "date": "1988-10-31", "position": "commercial attaché, consulate-general"}],
 "agreements": []})

add("reg-023", "Iraqi UN diplomat from Forest Hills asks for asylum", "1996-06-07", "Queens community weekly", """
Neighbours on 71st Avenue knew him as the polite man who shovelled the sidewalk for the widow next door and whose two daughters sold Girl Scout cookies door to door. They did not know, until federal agents and a State Department car appeared on the block last week, that he was a second secretary at Iraq's mission to the United Nations.
Hamid Jabbar al-Obeidi, 39, has asked the United States for political asylum, according to a lawyer for the family and a State Department official who spoke on condition of anonymity. He left the mission on East 79th Street on Friday, May 31, and has not returned.
"He told me once that he liked America because nobody here asks you what your cousin thinks," said Rose Castellano, 78, the widow. "I thought he was joking."
Iraq's ambassador to the United Nations accused Washington of "kidnapping" the diplomat to embarrass Baghdad ahead of a Security Council vote on the oil-for-food program. A spokesman for the U.S. mission declined to comment on the specific case.
The family has moved out of the rented house. A "For Rent" sign was up by Wednesday.
Al-Obeidi had handled the mission's correspondence with the sanctions committee and was, colleagues at other missions said, one of the few Iraqi diplomats in New York who socialised with Westerners.
""", {
 "countries": ["IRQ", "USA"],
 "persons": [
  {"name": "Hamid Jabbar al-Obeidi", "aliases": ["Al-Obeidi"], "nationality": "IRQ"},
  {"name": "Rose Castellano", "aliases": []}],
 "not_persons": ["Girl Scout", "Security Council"],
 "embassies": [
  {"sending": "IRQ", "host": "USA", "city": "New York"}],
 "defections": [
  {"defector": "Hamid Jabbar al-Obeidi", "from": "IRQ", "to": "USA", "post_host": "USA", "date": "1996-05-31", "position": "second secretary, UN mission"}],
 "agreements": []})

add("reg-024", "Missing Tongan weightlifter found at cousin's house in Lae", "2015-07-14", "Papua New Guinea daily, sports pages", """
The Tongan weightlifter who failed to return to the Pacific Games village on Saturday was found safe on Monday at the home of a cousin in Lae and has flown home to Nuku'alofa, Tonga's chef de mission said.
Vailea Taufa, 20, who competed in the women's 75kg division last week, had told teammates she was going to church. When she did not reappear by the evening curfew, team officials alerted the Royal Papua New Guinea Constabulary.
"There was no drama. She wanted to see her family, and she did not think to tell us," said the chef de mission, 'Ofa Fusitu'a Vake, a former national rugby player. "She has apologised to everyone, and her mother has apologised to everyone twice."
Police spokesman Superintendent Dominic Kakas said there had been "no suggestion of anything sinister" and that the athlete had been in regular contact with relatives.
Games organisers said that apart from this incident, no athlete had been reported missing. At previous Pacific Games a handful of competitors have stayed on in host countries after the closing ceremony, a pattern that led some governments to demand guarantees from their teams.
Taufa's cousin, Lupe, who works at the Lae market, said the weightlifter had spent the weekend "eating and sleeping and eating". Tonga finished with three medals in weightlifting.
""", {
 "countries": ["TON", "PNG"],
 "persons": [
  {"name": "Vailea Taufa", "aliases": ["Taufa"], "nationality": "TON"},
  {"name": "'Ofa Fusitu'a Vake", "aliases": [], "nationality": "TON"},
  {"name": "Dominic Kakas", "aliases": []},
  {"name": "Lupe", "aliases": []}],
 "not_persons": ["Royal Papua New Guinea Constabulary"],
 "embassies": [],
 "defections": [],
 "agreements": []})

add("reg-025", "With the Indus treaty in abeyance, Sialkot farmers fear the Chenab", "2025-05-20", "Pakistani regional daily, Punjab edition", """
SIALKOT — Muhammad Aslam Bajwa has grown rice on the same eleven acres near the Marala headworks for thirty-two years, and in all that time he says he never once thought about a treaty.
He thinks about it now. India announced last month that it was holding the Indus Waters Treaty "in abeyance" after the killing of tourists at Pahalgam, and in early May the flow of the Chenab at Marala dropped sharply for several days as Indian engineers flushed sediment from upstream dams.
The treaty, signed in Karachi on September 19, 1960, by Prime Minister Jawaharlal Nehru of India and President Ayub Khan of Pakistan after nine years of negotiations brokered by the World Bank, gave India the three eastern rivers and Pakistan the Indus, Jhelum and Chenab. It survived three wars.
Islamabad has said that any attempt to stop or divert Pakistan's share of the water would be treated as "an act of war". New Delhi says its decision stands until Pakistan "credibly and irrevocably abjures" support for cross-border terrorism.
"When the water fell, we ran to the canal like children," Bajwa said. "It came back after three days. But now we know it can stop."
Engineers at the Punjab irrigation department said the Indian side had no storage capacity to hold back the Chenab for long. That has not reassured growers. At the grain market in Daska, commission agent Rana Tariq Mehmood said several farmers had delayed buying nursery seedlings for the coming kharif season.
""", {
 "countries": ["PAK", "IND"],
 "persons": [
  {"name": "Muhammad Aslam Bajwa", "aliases": ["Bajwa"]},
  {"name": "Jawaharlal Nehru", "aliases": [], "nationality": "IND"},
  {"name": "Ayub Khan", "aliases": [], "nationality": "PAK"},
  {"name": "Rana Tariq Mehmood", "aliases": []}],
 "not_persons": ["World Bank", "Marala headworks"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Indus Waters Treaty", "aliases": ["treaty"], "parties": ["IND", "PAK"], "date": "1960-09-19", "status": "suspended"}]})

add("reg-026", "Kazungula: a bridge, a border post and a long wait ends", "2021-05-12", "Botswana regional weekly, Chobe district", """
KASANE — For Tshepo, a 41-year-old lorry driver from Francistown who uses only his first name on the road, the old Kazungula ferry meant sleeping four nights in his cab in the queue. On Monday he crossed the Zambezi in eleven minutes.
The Kazungula Bridge, a 923-metre curved span linking Botswana and Zambia, was opened on Monday by the presidents of the two countries, who met midway over the river. The project was built under an agreement between Botswana and Zambia signed in 2007, with loans from the African Development Bank and Japan's aid agency.
Alongside the bridge, the two governments have set up a one-stop border post, under a bilateral agreement concluded in 2019, where officers from both countries clear travellers and cargo in a single building on each side.
The bridge stops just short of the point where the borders of Zimbabwe and Namibia also meet the river, a quirk that long fuelled arguments between the four neighbours about whether Botswana and Zambia even shared a border.
"Before, this was the most expensive kilometre in Africa," said Kebaabetswe Moilwa, who runs a tyre shop on the Kazungula road. "Drivers waited, they bought tyres, they bought food. Now they will pass. We must find another business."
At the Zambian end, the district commissioner of Kazungula, Mrs Namakau Mwiya Sitali, said her district expected traders from Livingstone and Sesheke to use the crossing to reach Botswana's markets. "The bridge does not only carry copper," she said. "It carries tomatoes."
""", {
 "countries": ["BWA", "ZMB", "ZWE", "NAM", "JPN"],
 "persons": [
  {"name": "Tshepo", "aliases": []},
  {"name": "Kebaabetswe Moilwa", "aliases": []},
  {"name": "Namakau Mwiya Sitali", "aliases": []}],
 "not_persons": ["African Development Bank", "Kazungula Bridge"],
 "embassies": [],
 "defections": [],
 "agreements": [
  {"name": "Kazungula Bridge agreement", "aliases": [], "parties": ["BWA", "ZMB"], "date": "2007", "status": "signed"},
  {"name": "Kazungula one-stop border post agreement", "aliases": [], "parties": ["BWA", "ZMB"], "date": "2019", "status": "signed"}]})

add("reg-027", "Cook from Libyan People's Bureau asks for refuge", "1986-04-25", "Maltese daily (English edition)", """
VALLETTA — A cook employed at the Libyan People's Bureau in Balzan has been flown to Italy after asking the Maltese police for protection, the Commissioner of Police confirmed yesterday.
The man, Salem Abu Ajila, 33, a Libyan national who had worked in the bureau's kitchen for two years, walked into the Birkirkara police station on Monday evening. He told officers he had been ordered to return to Tripoli following last week's American air raids on Libya and feared he would be conscripted.
Commissioner Lawrence Pullicino said the cook had asked not to remain in Malta "for his own safety". He was taken on Wednesday morning to Luqa airport and put on a flight to Rome, where Italian officials said he had lodged an application for political asylum.
A spokesman for the People's Bureau, the name Libya gives to its embassies, said the cook had been "dismissed for theft" a week earlier and that his claims were lies. He said the bureau would ask Valletta to explain its "interference in the affairs of a friendly neighbour".
Malta and Libya are bound by a treaty of friendship and co-operation signed in 1984, and the government has been careful to keep its distance from the American action.
A baker in Balzan who supplied the bureau's bread, Ġużeppi Cassar, said Abu Ajila had "always paid, always smiled". "He liked pastizzi. That is all I know."
""", {
 "countries": ["LBY", "MLT", "ITA", "USA"],
 "persons": [
  {"name": "Salem Abu Ajila", "aliases": ["Abu Ajila"], "nationality": "LBY"},
  {"name": "Lawrence Pullicino", "aliases": []},
  {"name": "Ġużeppi Cassar", "aliases": []}],
 "not_persons": ["People's Bureau"],
 "embassies": [
  {"sending": "LBY", "host": "MLT", "city": "Balzan"}],
 "defections": [
  {"defector": "Salem Abu Ajila", "from": "LBY", "to": "ITA", "post_host": "MLT", "date": "1986-04-21", "position": "cook at the People's Bureau"}],
 "agreements": [
  {"name": "Malta–Libya treaty of friendship and co-operation", "aliases": [], "parties": ["MLT", "LBY"], "date": "1984", "status": "signed"}]})

add("reg-028", "Ethiopian student on Havana scholarship stays in Madrid", "1983-09-02", "Madrid evening paper (translated from Spanish)", """
MADRID — An Ethiopian student returning home from five years of study in Cuba left the transit lounge at Barajas airport on Tuesday and asked the Spanish police for political asylum.
Tesfaye Gebremariam, 22, was one of about forty young Ethiopians travelling on an Aeroflot-connecting Cubana flight after completing secondary and technical education on the Isle of Youth, where thousands of African children have been schooled at the Cuban government's expense.
Police at the airport said he approached officers at the passport control booth holding a handwritten note in Spanish: "No quiero volver. Pido asilo." He was taken to the Interior Ministry's office in the city, where his application was formally registered.
A fellow student, Dawit, who had been seated beside him, said through an interpreter before re-boarding the plane that he knew nothing of his friend's plans. "He said he was going to the toilet," Dawit said.
An official at the Ethiopian embassy in Madrid said the students were "the children of the revolution" and that Tesfaye had been "misled by enemies". He asked that he be returned to Addis Ababa.
The Spanish Commission for Refugee Aid said it would assist him. Tesfaye told the police he had an older brother who left Ethiopia for Sudan in 1979.
""", {
 "countries": ["ETH", "CUB", "ESP", "SDN"],
 "persons": [
  {"name": "Tesfaye Gebremariam", "aliases": ["Tesfaye"], "nationality": "ETH"},
  {"name": "Dawit", "aliases": []}],
 "not_persons": ["Aeroflot", "Cubana", "Spanish Commission for Refugee Aid"],
 "embassies": [
  {"sending": "ETH", "host": "ESP", "city": "Madrid"}],
 "defections": [
  {"defector": "Tesfaye Gebremariam", "from": "ETH", "to": "ESP", "post_host": None, "date": "1983-08-30", "position": "state scholarship student"}],
 "agreements": []})

add("reg-029", "Lappeenranta's shops wait for customers who cannot come", "2024-02-06", "South Karelia regional daily (translated from Finnish)", """
LAPPEENRANTA — The Russian-language signs are still in the window of Päivi Lehtonen's clothing shop on Valtakatu, but she has stopped expecting anyone to read them.
Finland closed all of its land crossings with Russia at the end of November, saying Moscow was deliberately steering asylum seekers from third countries towards the border. The government extended the closure last month and the interior minister, Mari Rantanen, has said it will last "as long as necessary".
For a city that once counted on Russian shoppers from St Petersburg, barely 200 kilometres away, for a third of its retail sales, the closure has completed a collapse that began with the pandemic and deepened after the invasion of Ukraine.
"Before 2020 there were Saturdays when I did not sit down once," Lehtonen said. "Now I sit down all day."
The city's business services director, Jaakko Hirvonen, said the number of retail jobs in Lappeenranta had fallen by around 800 since 2019. Some shops have reinvented themselves for Finnish and Baltic tourists; others have simply closed.
At the Nuijamaa crossing, twenty minutes' drive away, the barrier is down and the duty-free shop dark. A border guard said the only traffic was an occasional reindeer.
The Kremlin has denied Finland's accusations and called the closure "a mistake".
""", {
 "countries": ["FIN", "RUS", "UKR"],
 "persons": [
  {"name": "Päivi Lehtonen", "aliases": ["Lehtonen"]},
  {"name": "Mari Rantanen", "aliases": [], "nationality": "FIN"},
  {"name": "Jaakko Hirvonen", "aliases": []}],
 "not_persons": ["Kremlin", "Valtakatu"],
 "embassies": [],
 "defections": [],
 "agreements": []})
