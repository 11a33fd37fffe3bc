# Articles ind-000 .. ind-012: defection stories (written for diplograph; people and events invented).
A = []

A.append(dict(
    id="ind-000", published="1959-06-18", source="Wire report",
    title="Hungarian air force pilot lands fighter in Austria and asks for asylum",
    text=[
        "VIENNA, June 18 -- A Hungarian air force lieutenant landed a MiG-15 fighter in a hayfield near the Austrian border town of Güssing on Tuesday and asked the Austrian authorities for political asylum, the Interior Ministry said today.",
        "The pilot, identified as Lieutenant Ferenc Dobos, 26, told gendarmes that he had broken away from a training formation over western Hungary and flown at treetop height to stay beneath the radar. \"I did not want to serve a government that shoots its own people,\" he was quoted as saying by an officer who questioned him.",
        "A ministry spokesman, Karl Reisinger, said the request would be examined \"according to the law and to our neutrality\". He would not say where the airman was being held.",
        "Budapest has demanded the return of both the pilot and the aircraft. A note handed to the Austrian legation in Budapest on Wednesday described Dobos as a deserter and the fighter as \"property of the Hungarian People's Republic\".",
        "Austrian officials indicated that the aircraft would be handed back once it had been inspected, but that the lieutenant's fate would be decided separately. Austria's neutrality rests on the 1955 State Treaty it signed with the four wartime occupying powers -- the Soviet Union, the United States, Britain and France -- and which remains in force. Vienna has so far declined to return any of the refugees who crossed its frontier after the 1956 uprising.",
        "Dobos is the second Hungarian airman to land in Austria since the uprising. Captain Imre Varga, a transport pilot, defected to Austria in 1957 when he put down a cargo plane on a farm road outside Graz.",
        "Western diplomats in Vienna said the case was unlikely to strain relations for long. \"Both sides have an interest in keeping this quiet,\" one said.",
    ],
    gold={
        "countries": ["HUN", "AUT", "SUN", "USA", "GBR", "FRA"],
        "persons": [
            {"name": "Ferenc Dobos", "aliases": ["Dobos"], "nationality": "HUN"},
            {"name": "Karl Reisinger", "aliases": [], "nationality": "AUT"},
            {"name": "Imre Varga", "aliases": [], "nationality": "HUN"},
        ],
        "not_persons": ["Güssing", "Graz"],
        "embassies": [{"sending": "AUT", "host": "HUN", "city": "Budapest"}],
        "defections": [
            {"defector": "Ferenc Dobos", "from": "HUN", "to": "AUT", "post_host": None,
             "date": "1959-06-16", "position": "air force lieutenant, MiG-15 pilot"},
            {"defector": "Imre Varga", "from": "HUN", "to": "AUT", "post_host": None,
             "date": "1957", "position": "transport pilot"},
        ],
        "agreements": [
            {"name": "State Treaty", "aliases": ["1955 State Treaty"],
             "parties": ["AUT", "SUN", "USA", "GBR", "FRA"], "date": "1955", "status": "in_force"},
        ],
    }))

A.append(dict(
    id="ind-001", published="2009-08-14", source="Agence report",
    title="Cuban boxer who vanished in Mexico resurfaces in Miami",
    text=[
        "MIAMI, Aug. 14 -- Yordanis Cárdenas, the Cuban light-heavyweight who vanished from his national team's hotel in Guadalajara last month, has resurfaced in Miami and intends to turn professional, his new promoter said on Thursday.",
        "Cárdenas, 24, a two-time national champion, slipped out of the hotel on July 19 during a regional qualifying tournament, leaving his kit bag and passport behind. He later crossed from Mexico into the United States at Laredo, Texas, and asked for asylum, said the promoter, Luis Bermúdez.",
        "\"He is tired, but he is free,\" Bermúdez told reporters outside a gym in Little Havana. \"He wants to fight for titles, not for somebody's medal table.\"",
        "The Cuban boxing federation said in a statement carried by the Communist Party daily Granma that Cárdenas had \"sold himself for a handful of dollars\". The team's head coach, Rolando Arteaga, was quoted as saying the boxer had shown \"no sign at all\" of wanting to leave.",
        "Havana has lost dozens of athletes to such departures in recent years, and the government of President Raúl Castro has made clear it will not relax the ban on professional sport. Amateur boxers who leave are barred from the national team for life.",
        "Cubans who reach American soil are generally allowed to stay, while those intercepted at sea are sent back under the 1995 migration accord between Washington and Havana, which remains in force.",
        "Bermúdez said Cárdenas would have his first professional bout in the autumn, probably in Las Vegas.",
    ],
    gold={
        "countries": ["CUB", "MEX", "USA"],
        "persons": [
            {"name": "Yordanis Cárdenas", "aliases": ["Cárdenas"], "nationality": "CUB"},
            {"name": "Luis Bermúdez", "aliases": ["Bermúdez"]},
            {"name": "Rolando Arteaga", "aliases": [], "nationality": "CUB"},
            {"name": "Raúl Castro", "aliases": [], "nationality": "CUB"},
        ],
        "not_persons": ["Granma", "Little Havana", "Laredo"],
        "embassies": [],
        "defections": [
            {"defector": "Yordanis Cárdenas", "from": "CUB", "to": "USA", "post_host": None,
             "date": "2009-07-19", "position": "boxer"},
        ],
        "agreements": [
            {"name": "migration accord", "aliases": ["1995 migration accord"],
             "parties": ["USA", "CUB"], "date": "1995", "status": "in_force"},
        ],
    }))

A.append(dict(
    id="ind-002", published="2012-09-12", source="Staff report",
    title="Chinese consular official granted asylum in Canada",
    text=[
        "By Helen Marchetti",
        "VANCOUVER -- A Chinese consular official who walked out of his country's consulate-general in Vancouver in March has been granted asylum in Canada, his lawyer said on Wednesday, in a case likely to test Ottawa's efforts to steady relations with Beijing.",
        "Liang Haoran, 41, was a consul responsible for what Beijing calls overseas Chinese affairs. In a statement released through his lawyer, Margaret Dunleavy, he said he had been instructed to compile reports on students from Tibet and Xinjiang enrolled at Canadian universities, and could no longer do so.",
        "\"My client did what his conscience required,\" Dunleavy told The Globe and Mail. His wife and teenage daughter have also been given protection, she said.",
        "China's foreign ministry spokesman, Qin Bo, said Liang was under investigation for \"economic crimes\" and urged Canada to return him. \"We hope the Canadian side will not shelter a fugitive,\" he said.",
        "The decision comes days after Prime Minister Stephen Harper's government signed a long-negotiated Foreign Investment Promotion and Protection Agreement with China. The treaty, known as FIPA, was signed last week on the sidelines of the APEC summit in Vladivostok and still has to be ratified.",
        "Liang is believed to be the most senior Chinese official to seek protection in Canada in two decades. The best-known earlier case was that of Gao Zhiming, a cultural attaché at the Chinese embassy in Washington who defected to the United States in 1985 and later taught at a university in Ohio.",
        "Immigration officials declined to comment on an individual case.",
    ],
    gold={
        "countries": ["CHN", "CAN", "USA"],
        "persons": [
            {"name": "Helen Marchetti", "aliases": []},
            {"name": "Liang Haoran", "aliases": ["Liang"], "nationality": "CHN"},
            {"name": "Margaret Dunleavy", "aliases": ["Dunleavy"]},
            {"name": "Qin Bo", "aliases": [], "nationality": "CHN"},
            {"name": "Stephen Harper", "aliases": [], "nationality": "CAN"},
            {"name": "Gao Zhiming", "aliases": [], "nationality": "CHN"},
        ],
        "not_persons": ["The Globe and Mail", "APEC", "FIPA"],
        "embassies": [
            {"sending": "CHN", "host": "CAN", "city": "Vancouver"},
            {"sending": "CHN", "host": "USA", "city": "Washington"},
        ],
        "defections": [
            {"defector": "Liang Haoran", "from": "CHN", "to": "CAN", "post_host": "CAN",
             "date": "2012-03", "position": "consul for overseas Chinese affairs"},
            {"defector": "Gao Zhiming", "from": "CHN", "to": "USA", "post_host": "USA",
             "date": "1985", "position": "cultural attaché"},
        ],
        "agreements": [
            {"name": "Foreign Investment Promotion and Protection Agreement", "aliases": ["FIPA"],
             "parties": ["CAN", "CHN"], "date": "2012-09", "status": "signed"},
        ],
    }))

A.append(dict(
    id="ind-003", published="2014-02-19", source="News agency",
    title="Finland grants asylum to Iranian diplomat",
    text=[
        "HELSINKI -- Finland has granted asylum to an Iranian diplomat who left his post at the Iranian embassy in Helsinki in November, the Finnish Immigration Service confirmed on Wednesday.",
        "Kaveh Jafarzadeh, 38, had served as first secretary in charge of consular affairs since he was posted to Helsinki in 2011. Before that he spent three years in Stockholm as an attaché, according to colleagues.",
        "In an interview with the public broadcaster Yle, Jafarzadeh said he had been asked to collect information on Iranian exiles living in Finland and on their relatives back home. \"I was a diplomat, not an informer,\" he said. \"When I refused, I understood that going home would mean prison.\"",
        "Tehran reacted angrily. Foreign ministry spokesman Hossein Alavi accused unnamed European services of \"luring\" the diplomat and said the Islamic Republic would \"draw the necessary conclusions\". Iran has not recalled its ambassador.",
        "The Finnish foreign ministry said the asylum decision was taken by independent officials and was not a political statement. Finland has tried to keep channels to Tehran open while the nuclear talks continue.",
        "Jafarzadeh is the second Iranian diplomat in Europe to break with the government in recent years. Farhad Rezaei, a press attaché at the embassy in Brussels, resigned in 2010 and was granted asylum in Belgium after saying he could no longer defend the crackdown that followed the disputed presidential election.",
        "Jafarzadeh said he hoped to bring his mother to Finland but did not expect Iranian authorities to let her leave.",
    ],
    gold={
        "countries": ["FIN", "IRN", "SWE", "BEL"],
        "persons": [
            {"name": "Kaveh Jafarzadeh", "aliases": ["Jafarzadeh"], "nationality": "IRN"},
            {"name": "Hossein Alavi", "aliases": [], "nationality": "IRN"},
            {"name": "Farhad Rezaei", "aliases": [], "nationality": "IRN"},
        ],
        "not_persons": ["Yle", "Finnish Immigration Service"],
        "embassies": [
            {"sending": "IRN", "host": "FIN", "city": "Helsinki"},
            {"sending": "IRN", "host": "SWE", "city": "Stockholm"},
            {"sending": "IRN", "host": "BEL", "city": "Brussels"},
        ],
        "defections": [
            {"defector": "Kaveh Jafarzadeh", "from": "IRN", "to": "FIN", "post_host": "FIN",
             "date": "2013-11", "position": "first secretary for consular affairs"},
            {"defector": "Farhad Rezaei", "from": "IRN", "to": "BEL", "post_host": "BEL",
             "date": "2010", "position": "press attaché"},
        ],
        "agreements": [],
    }))

A.append(dict(
    id="ind-004", published="2019-12-20", source="Wire report",
    title="Four Eritrean youth footballers seek asylum in Uganda",
    text=[
        "KAMPALA, Dec 20 -- Four players from Eritrea's under-20 football squad have sought asylum in Uganda after they did not return from a training session on Wednesday evening, police and tournament officials said on Friday.",
        "The players slipped away from the team hotel in the capital hours before the side was due to fly home from a regional youth championship. Among them are the captain, midfielder Filmon Tesfay, and the goalkeeper, Yonas Habte, according to a team list seen by reporters. The names of the other two have not been released.",
        "\"They reported themselves to the refugee office on Thursday morning and their claims are being processed like any other,\" said Patrick Onyango, a spokesman for the Uganda Police Force. He said the four were safe and would not be forced to return.",
        "The Eritrean embassy in Kampala said in a short statement that the players had been \"misled by human traffickers\" and called on Ugandan authorities to hand them over.",
        "Eritrean sporting delegations have a long record of disappearing abroad. In 2009 a dozen members of the senior national team failed to board their flight home from Nairobi and later obtained asylum in Kenya, and similar cases have followed in Botswana and Tanzania.",
        "Human rights groups say young Eritreans flee mainly to escape an open-ended national service that the government of President Isaias Afwerki has refused to limit. Tens of thousands live in camps in neighbouring Ethiopia and Sudan.",
        "The remaining members of the squad left Entebbe on Thursday.",
    ],
    gold={
        "countries": ["ERI", "UGA", "KEN", "BWA", "TZA", "ETH", "SDN"],
        "persons": [
            {"name": "Filmon Tesfay", "aliases": [], "nationality": "ERI"},
            {"name": "Yonas Habte", "aliases": [], "nationality": "ERI"},
            {"name": "Patrick Onyango", "aliases": [], "nationality": "UGA"},
            {"name": "Isaias Afwerki", "aliases": [], "nationality": "ERI"},
        ],
        "not_persons": ["Uganda Police Force", "Entebbe"],
        "embassies": [{"sending": "ERI", "host": "UGA", "city": "Kampala"}],
        "defections": [
            {"defector": "Filmon Tesfay", "from": "ERI", "to": "UGA", "post_host": None,
             "date": "2019-12-18", "position": "footballer, team captain"},
            {"defector": "Yonas Habte", "from": "ERI", "to": "UGA", "post_host": None,
             "date": "2019-12-18", "position": "footballer, goalkeeper"},
        ],
        "agreements": [],
    }))

A.append(dict(
    id="ind-005", published="2019-02-25", source="Wire report",
    title="Venezuelan officers switch sides and cross into Colombia",
    text=[
        "CÚCUTA, Colombia -- A major in Venezuela's National Guard and two sergeants ran across the Simón Bolívar bridge into Colombia on Saturday, the latest members of the security forces to switch sides and recognise opposition leader Juan Guaidó as interim president.",
        "Major Ronald Peñaloza, 34, was filmed by Colombian television shedding his helmet as he reached the Colombian end of the bridge. \"I am not going to fire on my own people for Nicolás Maduro,\" he said later at a migration office, where he formally asked for protection.",
        "Colombia's migration agency said more than 150 Venezuelan soldiers and police officers had fled to Colombia since Saturday, when Maduro's forces blocked convoys of humanitarian aid at the border. Trucks that tried to enter from the Brazilian side were also turned back.",
        "Felipe Arango, a Colombian migration official, said the deserters were being housed in hotels away from the frontier for their own safety. President Iván Duque called on \"every Venezuelan in uniform\" to follow them.",
        "The highest-ranking officer to break with Maduro so far is Colonel Alberto Ledezma, the military attaché at the Venezuelan embassy in Washington, who disowned the government in January and has since been granted asylum in the United States.",
        "Caracas called the deserters \"traitors paid by Bogotá\". Defence Minister Vladimir Padrino López said the armed forces remained loyal.",
        "Colombia, which is still implementing its 2016 peace agreement with the FARC guerrillas, has taken in more than a million Venezuelan migrants in the last three years.",
    ],
    gold={
        "countries": ["VEN", "COL", "BRA", "USA"],
        "persons": [
            {"name": "Ronald Peñaloza", "aliases": [], "nationality": "VEN"},
            {"name": "Juan Guaidó", "aliases": [], "nationality": "VEN"},
            {"name": "Nicolás Maduro", "aliases": ["Maduro"], "nationality": "VEN"},
            {"name": "Felipe Arango", "aliases": [], "nationality": "COL"},
            {"name": "Iván Duque", "aliases": [], "nationality": "COL"},
            {"name": "Alberto Ledezma", "aliases": [], "nationality": "VEN"},
            {"name": "Vladimir Padrino López", "aliases": [], "nationality": "VEN"},
        ],
        "not_persons": ["Simón Bolívar bridge", "FARC", "National Guard"],
        "embassies": [{"sending": "VEN", "host": "USA", "city": "Washington"}],
        "defections": [
            {"defector": "Ronald Peñaloza", "from": "VEN", "to": "COL", "post_host": None,
             "date": "2019-02-23", "position": "National Guard major"},
            {"defector": "Alberto Ledezma", "from": "VEN", "to": "USA", "post_host": "USA",
             "date": "2019-01", "position": "military attaché"},
        ],
        "agreements": [],
    }))

A.append(dict(
    id="ind-006", published="2012-09-05", source="Wire report",
    title="Syrian pilot flies fighter jet to Jordan, granted asylum",
    text=[
        "AMMAN, Sept 5 -- A Syrian air force colonel flew his MiG-23 fighter to an air base in northern Jordan on Tuesday and was granted political asylum hours later, Jordanian officials said.",
        "The pilot, Colonel Rami Haj Younes, took off from a base near Deraa on what was meant to be a ground-attack mission and turned south instead, a Jordanian security source said. He landed at the King Hussein Air Base in Mafraq with his fuel almost gone.",
        "\"The government has decided to grant the pilot asylum at his own request,\" Information Minister Tareq al-Masri told reporters. The aircraft would stay in Jordan for now, he said.",
        "Damascus state television called the colonel a deserter and said the plane had been \"lost during a training flight\".",
        "He is the second Syrian pilot to bring his jet to the kingdom; a colonel landed a MiG-21 at the same base in June. The most senior diplomat to abandon President Bashar al-Assad so far is Khaled Abboud, Syria's ambassador to Algeria, who fled to Qatar with his family in August.",
        "Turkish officials said separately that a Syrian brigadier general had crossed into Turkey overnight, bringing the number of generals sheltering there to more than 30.",
        "Amman has tried to avoid a direct confrontation with its northern neighbour while absorbing more than 180,000 refugees. Its 1994 peace treaty with Israel has long made Jordan a delicate partner for Damascus.",
    ],
    gold={
        "countries": ["SYR", "JOR", "DZA", "QAT", "TUR", "ISR"],
        "persons": [
            {"name": "Rami Haj Younes", "aliases": [], "nationality": "SYR"},
            {"name": "Tareq al-Masri", "aliases": [], "nationality": "JOR"},
            {"name": "Bashar al-Assad", "aliases": [], "nationality": "SYR"},
            {"name": "Khaled Abboud", "aliases": [], "nationality": "SYR"},
        ],
        "not_persons": ["King Hussein Air Base", "Mafraq", "Deraa"],
        "embassies": [{"sending": "SYR", "host": "DZA"}],
        "defections": [
            {"defector": "Rami Haj Younes", "from": "SYR", "to": "JOR", "post_host": None,
             "date": "2012-09-04", "position": "air force colonel, MiG-23 pilot"},
            {"defector": "Khaled Abboud", "from": "SYR", "to": "QAT", "post_host": "DZA",
             "date": "2012-08", "position": "ambassador to Algeria"},
        ],
        "agreements": [
            {"name": "peace treaty", "aliases": ["1994 peace treaty"],
             "parties": ["JOR", "ISR"], "date": "1994", "status": None},
        ],
    }))
