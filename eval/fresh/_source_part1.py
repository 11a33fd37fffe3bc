"""Fresh set, part 1: defection articles fr-000 .. fr-011 (texts and gold kept together)."""

ARTICLES = []


def add(**kw):
    ARTICLES.append(kw)


add(id="fr-000", published="2024-05-03", source="Wire report",
    title="Chinese consular official seeks asylum in Australia",
    text="""
CANBERRA, May 3 -- A Chinese consular official has sought political asylum in Australia after walking into a police station in western Sydney on Tuesday and asking for protection, officials said on Friday.
The man, identified by colleagues as Liang Haoran, 38, was a third secretary in the education section of the Chinese consulate-general in Sydney. He had served in the post for two years and was due to be recalled at the end of the month.
Home Affairs spokeswoman Rebecca Thornton confirmed that "a foreign national" had lodged a protection claim but declined to name him. "Every application is assessed on its merits," she said.
The Chinese embassy in Canberra said in a statement that Liang was "under investigation for financial irregularities" and urged Australia to hand him over. Embassy spokesman Zhou Wei said Beijing would "not tolerate any interference in the internal affairs of China."
Liang's lawyer, Daniel Okafor, said his client had been told to monitor Chinese students at two universities and had refused. "He feared what would happen to him when he got home," Okafor said.
The case echoes that of Wu Jianming, a consular officer in the same mission who defected in 2005 and is now living in Melbourne. Wu told local radio on Thursday that Liang should expect "years of waiting and a great deal of pressure."
Relations between Canberra and Beijing have improved since 2022, when ministerial contacts resumed, and trade restrictions on Australian barley and wine have since been lifted. Analysts said the government would try to keep the case quiet.
"Neither side wants this to become a diplomatic crisis," said Helen Marsh, a China specialist at the Australian National University. She noted that New Zealand had received a similar request last year and had handled it without public comment.
""",
    gold={
        "countries": ["AUS", "CHN", "NZL"],
        "persons": [
            {"name": "Liang Haoran", "aliases": ["Liang"], "nationality": "CHN"},
            {"name": "Rebecca Thornton", "aliases": [], "nationality": "AUS"},
            {"name": "Zhou Wei", "aliases": [], "nationality": "CHN"},
            {"name": "Daniel Okafor", "aliases": ["Okafor"]},
            {"name": "Wu Jianming", "aliases": ["Wu"], "nationality": "CHN"},
            {"name": "Helen Marsh", "aliases": []},
        ],
        "not_persons": ["Home Affairs", "Australian National University"],
        "embassies": [
            {"sending": "CHN", "host": "AUS", "city": "Sydney"},
            {"sending": "CHN", "host": "AUS", "city": "Canberra"},
        ],
        "defections": [
            {"defector": "Liang Haoran", "from": "CHN", "to": "AUS", "post_host": "AUS",
             "date": "2024-04-30", "position": "third secretary, consulate-general in Sydney"},
            {"defector": "Wu Jianming", "from": "CHN", "to": "AUS", "post_host": "AUS",
             "date": "2005", "position": "consular officer"},
        ],
        "agreements": [],
    })

add(id="fr-001", published="1971-09-14", source="Wire report",
    title="Bulgarian trade official stays in Austria",
    text="""
VIENNA, Sept. 14 -- A senior Bulgarian trade official did not board the flight home to Sofia on Saturday and has applied for political asylum in Austria, the Interior Ministry said today.
Todor Kirov, 44, the commercial counsellor at the Bulgarian embassy in Vienna, left his flat early on Saturday morning with his wife and their teenage son. Colleagues who came to drive him to the airport found the door locked.
An Interior Ministry spokesman, Dr. Franz Lechner, said the family was being housed "at a safe location" and that Kirov had asked to travel on to the United States. "The Austrian government will examine the request in accordance with Austrian law," he said.
The Bulgarian ambassador, Stefan Mladenov, called at the Foreign Ministry on Monday to demand access to the family. Sofia's official news agency said Kirov had embezzled embassy funds and described him as "a common criminal." Austrian officials said they had seen no evidence of this.
Kirov is the second Bulgarian diplomat to break with the Zhivkov government this year. In March, Petar Danailov, a press attaché in Bonn, sought asylum in West Germany. Western diplomats say both men had been questioned by Soviet security officers who flew in from Moscow earlier in the year.
Austria, neutral since 1955, has received a steady stream of refugees from Eastern Europe, most of them from Hungary and Czechoslovakia. Officials privately worry that high-profile cases such as this one could strain relations with its Communist neighbours.
The Bulgarian embassy declined to comment.
""",
    gold={
        "countries": ["BGR", "AUT", "USA", "DEU", "SUN", "HUN", "CSK"],
        "persons": [
            {"name": "Todor Kirov", "aliases": ["Kirov"], "nationality": "BGR"},
            {"name": "Franz Lechner", "aliases": ["Dr. Franz Lechner"], "nationality": "AUT"},
            {"name": "Stefan Mladenov", "aliases": [], "nationality": "BGR"},
            {"name": "Zhivkov", "aliases": [], "nationality": "BGR"},
            {"name": "Petar Danailov", "aliases": [], "nationality": "BGR"},
        ],
        "not_persons": [],
        "embassies": [
            {"sending": "BGR", "host": "AUT", "city": "Vienna"},
            {"sending": "BGR", "host": "DEU", "city": "Bonn"},
        ],
        "defections": [
            {"defector": "Todor Kirov", "from": "BGR", "to": "AUT", "post_host": "AUT",
             "date": "1971-09-11", "position": "commercial counsellor"},
            {"defector": "Petar Danailov", "from": "BGR", "to": "DEU", "post_host": "DEU",
             "date": "1971-03", "position": "press attaché"},
        ],
        "agreements": [],
    })

add(id="fr-002", published="2023-07-10", source="Sports desk",
    title="Cuban shortstop who left team in Mexico resurfaces in Dominican Republic",
    text="""
Yunieski Carbonell, the Cuban national team's starting shortstop, is now living in the Dominican Republic, his agent confirmed on Sunday, almost four weeks after he failed to return to the team hotel during a tournament in Mexico.
Carbonell, 24, slipped away last month from the squad's hotel in Monterrey a few hours before a game. Team officials reported him missing the next morning and the Cuban delegation flew home without him.
"He wants to play at the highest level and to help his family," said his agent, Luis Echevarría, who works out of Santo Domingo. "He is safe, he is training, and he has already worked out for three major league clubs." Echevarría said Carbonell intends to establish residency in the Dominican Republic so that he can sign with a Major League Baseball team as a free agent.
The Cuban Baseball Federation said in a statement that Carbonell had "abandoned the delegation" and "betrayed the people who formed him." The team's manager, Armando Quintero, told state television that the player had been "seduced by traffickers."
Havana has lost dozens of players in recent years. The most prominent, pitcher Osmany Reyes, defected to the United States in 2015. Last year, five members of the under-23 squad left during a tournament in Taiwan.
A 2018 agreement between Major League Baseball and the Cuban federation that would have allowed players to sign with American teams without defecting was cancelled by the Trump administration in 2019.
Mexican immigration authorities said they had no record of Carbonell leaving the country legally.
""",
    gold={
        "countries": ["CUB", "DOM", "MEX", "USA", "TWN"],
        "persons": [
            {"name": "Yunieski Carbonell", "aliases": ["Carbonell"], "nationality": "CUB"},
            {"name": "Luis Echevarría", "aliases": ["Echevarría"]},
            {"name": "Armando Quintero", "aliases": [], "nationality": "CUB"},
            {"name": "Osmany Reyes", "aliases": [], "nationality": "CUB"},
            {"name": "Trump", "aliases": [], "nationality": "USA"},
        ],
        "not_persons": ["Major League Baseball", "Cuban Baseball Federation"],
        "embassies": [],
        "defections": [
            {"defector": "Yunieski Carbonell", "from": "CUB", "to": "DOM", "post_host": None,
             "date": "2023-06", "position": "baseball player (shortstop)"},
            {"defector": "Osmany Reyes", "from": "CUB", "to": "USA", "post_host": None,
             "date": "2015", "position": "baseball pitcher"},
        ],
        "agreements": [],
    })

add(id="fr-003", published="2022-10-20", source="Caucasus correspondent",
    title="FSB border officer crosses into Georgia and asks for protection",
    text="""
TBILISI, Oct. 20 -- An officer of Russia's Federal Security Service has crossed into Georgia and asked the authorities for protection, Georgia's interior ministry said on Thursday.
Captain Artyom Shelestov, 31, who served with the FSB border directorate in North Ossetia, walked across the Upper Lars checkpoint on Sunday in civilian clothes, carrying his service identity card and a laptop. He presented himself to Georgian border police and said he wanted to apply for refugee status.
"The person is in a safe place and his application is being considered under Georgian law," said ministry spokeswoman Nino Gelashvili. She would not say whether foreign intelligence services had been allowed to question him.
In a video posted on Telegram, Shelestov said he had refused to take part in the round-up of men called up under President Vladimir Putin's mobilisation order. "I did not join the service to hunt my own neighbours," he said.
Tens of thousands of Russian men have crossed into Georgia since the mobilisation was announced on September 21. Most entered legally; Shelestov is the first serving FSB officer known to have sought asylum there.
Moscow has had no embassy in Tbilisi since the 2008 war. Its interests are represented by a section of the Swiss embassy, whose staff, Georgian officials said, had asked for consular access to the officer. The request was refused.
Opposition politician Giorgi Beridze urged the government to resist any pressure. "If Tbilisi sends him back, we are handing him to his executioners," he said.
Russian state media did not report the case.
""",
    gold={
        "countries": ["RUS", "GEO", "CHE"],
        "persons": [
            {"name": "Artyom Shelestov", "aliases": ["Shelestov", "Captain Artyom Shelestov"], "nationality": "RUS"},
            {"name": "Nino Gelashvili", "aliases": [], "nationality": "GEO"},
            {"name": "Vladimir Putin", "aliases": [], "nationality": "RUS"},
            {"name": "Giorgi Beridze", "aliases": [], "nationality": "GEO"},
        ],
        "not_persons": ["Telegram", "Upper Lars", "Federal Security Service"],
        "embassies": [
            {"sending": "CHE", "host": "GEO", "city": "Tbilisi"},
        ],
        "defections": [
            {"defector": "Artyom Shelestov", "from": "RUS", "to": "GEO", "post_host": None,
             "date": "2022-10-16", "position": "FSB border directorate captain"},
        ],
        "agreements": [],
    })

add(id="fr-004", published="2019-06-14", source="Horn of Africa desk",
    title="Eritrean consul in Jeddah granted sanctuary in Sweden",
    text="""
STOCKHOLM, June 14 -- Eritrea's consul in Jeddah, who vanished from his post in March, has been granted sanctuary in Sweden, his family and Swedish officials said this week.
Tesfay Gebremedhin, 52, had served for six years at the Eritrean consulate in the Saudi port city, where he handled passports and the collection of the 2 percent "diaspora tax" levied by Asmara on its citizens abroad. He failed to return from what colleagues believed was a short family visit, and was not heard from again until he surfaced in Stockholm in April.
The Swedish Migration Agency confirmed on Wednesday that a man of his name had been given a residence permit on protection grounds, but would not discuss the details.
Tesfay told a Swedish radio station that he had been ordered to compile lists of Eritreans in Saudi Arabia who had criticised President Isaias Afwerki. "I could not keep sending names to people I knew would be punished," he said.
His departure comes less than a year after Eritrea and Ethiopia signed the Joint Declaration of Peace and Friendship in July 2018, ending two decades of hostility. Many Eritreans had hoped the peace declaration would bring an end to indefinite national service, but the government has made no such move.
The Eritrean information minister, Tekle Habte, wrote on Twitter that the consul was "a thief who has run off with public money."
Saba Mehari, a Stockholm-based activist, said at least a dozen Eritrean diplomats had left their posts since 2010. "They know the system from inside," she said.
""",
    gold={
        "countries": ["ERI", "SWE", "SAU", "ETH"],
        "persons": [
            {"name": "Tesfay Gebremedhin", "aliases": ["Tesfay"], "nationality": "ERI"},
            {"name": "Isaias Afwerki", "aliases": [], "nationality": "ERI"},
            {"name": "Tekle Habte", "aliases": [], "nationality": "ERI"},
            {"name": "Saba Mehari", "aliases": []},
        ],
        "not_persons": ["Swedish Migration Agency", "Twitter"],
        "embassies": [
            {"sending": "ERI", "host": "SAU", "city": "Jeddah"},
        ],
        "defections": [
            {"defector": "Tesfay Gebremedhin", "from": "ERI", "to": "SWE", "post_host": "SAU",
             "date": "2019-03", "position": "consul in Jeddah"},
        ],
        "agreements": [
            {"name": "Joint Declaration of Peace and Friendship", "aliases": ["peace declaration"],
             "parties": ["ERI", "ETH"], "date": "2018-07", "status": "signed"},
        ],
    })

add(id="fr-005", published="2021-04-12", source="Central Asia service",
    title="Turkmen diplomat from Ankara embassy applies for refugee status in Germany",
    text="""
A diplomat at Turkmenistan's embassy in Ankara has applied for refugee status in Germany, two months after he left Turkey with his family, a monitoring group said on Monday.
Merdan Annayev, 41, a first secretary responsible for Turkmen citizens working in Turkey, crossed into Bulgaria by bus in February and travelled on to Berlin, where he lodged his asylum claim at a reception centre, according to the Vienna-based group Turkmen Open Voice.
Annayev had been told to help the Turkish police trace Turkmen migrants whose passports had expired and who had signed petitions criticising President Gurbanguly Berdimuhamedov. "I was asked to send people back to prison," he said in a statement released by the group.
Ashgabat has not commented. The Turkmen embassy in Berlin said it had "no information" about the case.
Some 100,000 Turkmens are thought to live in Turkey, many of them without valid documents. Consular services have become a means of control, said Ogulgerek Nurmuradova, a researcher who studies the diaspora. "When your passport expires, you depend on the embassy for everything," she said.
Annayev is one of very few Turkmen officials known to have broken with the government. A former deputy foreign minister, Batyr Orazov, fled to Sweden in 2002 and is now living in Stockholm.
A spokeswoman for Germany's Federal Office for Migration and Refugees said it did not comment on individual applications. German officials have long been cautious about the gas-rich country, whose policy of "permanent neutrality" limits contacts with Western governments.
Turkey's foreign ministry said only that Annayev had left the country legally.
""",
    gold={
        "countries": ["TKM", "TUR", "DEU", "BGR", "SWE"],
        "persons": [
            {"name": "Merdan Annayev", "aliases": ["Annayev"], "nationality": "TKM"},
            {"name": "Gurbanguly Berdimuhamedov", "aliases": [], "nationality": "TKM"},
            {"name": "Ogulgerek Nurmuradova", "aliases": []},
            {"name": "Batyr Orazov", "aliases": [], "nationality": "TKM"},
        ],
        "not_persons": ["Turkmen Open Voice", "Federal Office for Migration and Refugees"],
        "embassies": [
            {"sending": "TKM", "host": "TUR", "city": "Ankara"},
            {"sending": "TKM", "host": "DEU", "city": "Berlin"},
        ],
        "defections": [
            {"defector": "Merdan Annayev", "from": "TKM", "to": "DEU", "post_host": "TUR",
             "date": "2021-02", "position": "first secretary"},
            {"defector": "Batyr Orazov", "from": "TKM", "to": "SWE", "post_host": None,
             "date": "2002", "position": "former deputy foreign minister"},
        ],
        "agreements": [],
    })

add(id="fr-006", published="2019-02-25", source="Andean bureau",
    title="Venezuelan lieutenant colonel crosses into Colombia and switches sides",
    text="""
CÚCUTA, Colombia, Feb. 25 -- A Venezuelan National Guard lieutenant colonel crossed the Simón Bolívar bridge into Colombia on Saturday and announced that he had switched allegiance to the opposition leader Juan Guaidó, Colombian officials said.
Lieutenant Colonel Rafael Echenique Mora, 46, commanded a National Guard detachment in the border town of San Antonio del Táchira. He walked across in uniform amid the clashes over humanitarian aid convoys, handed his sidearm to Colombian police and asked for protection.
"He is under the protection of the Colombian state," said Andrés Felipe Guzmán, director of the migration agency Migración Colombia. Guzmán said more than 60 members of the Venezuelan security forces had crossed over during the same week; they are not being named.
In a video recorded on the Colombian side, Echenique said: "I am not going to fire on my own people." Venezuela's defence minister, Vladimir Padrino López, called the deserters "mercenaries bought with dollars."
Caracas broke off diplomatic relations with Bogotá on Saturday and ordered the staff of the Colombian embassy in Caracas to leave within 24 hours. President Nicolás Maduro also ordered the closure of Venezuela's consulate in Cúcuta.
Echenique is not the first senior officer to leave. Major Hugo Parra, a former aide at the military academy, fled to Brazil in 2017 and later moved to Spain.
The United States, which recognises Guaidó as interim president, said it would support Colombia in hosting the arrivals.
""",
    gold={
        "countries": ["VEN", "COL", "BRA", "ESP", "USA"],
        "persons": [
            {"name": "Rafael Echenique Mora", "aliases": ["Echenique"], "nationality": "VEN"},
            {"name": "Juan Guaidó", "aliases": ["Guaidó"], "nationality": "VEN"},
            {"name": "Andrés Felipe Guzmán", "aliases": ["Guzmán"], "nationality": "COL"},
            {"name": "Vladimir Padrino López", "aliases": [], "nationality": "VEN"},
            {"name": "Nicolás Maduro", "aliases": [], "nationality": "VEN"},
            {"name": "Hugo Parra", "aliases": [], "nationality": "VEN"},
        ],
        "not_persons": ["Simón Bolívar", "Migración Colombia", "San Antonio del Táchira"],
        "embassies": [
            {"sending": "COL", "host": "VEN", "city": "Caracas"},
            {"sending": "VEN", "host": "COL", "city": "Cúcuta"},
        ],
        "defections": [
            {"defector": "Rafael Echenique Mora", "from": "VEN", "to": "COL", "post_host": None,
             "date": "2019-02-23", "position": "National Guard lieutenant colonel"},
            {"defector": "Hugo Parra", "from": "VEN", "to": "BRA", "post_host": None,
             "date": "2017", "position": "major, former aide at the military academy"},
        ],
        "agreements": [],
    })
