"""Fresh set, part 3: agreement articles fr-012 .. fr-017 and negatives fr-018, fr-019."""

ARTICLES = []


def add(**kw):
    ARTICLES.append(kw)


add(id="fr-012", published="2024-07-08", source="Southeast Asia desk",
    title="Thailand and Vietnam sign extradition treaty",
    text="""
BANGKOK, July 8 -- Thailand and Vietnam signed a bilateral extradition treaty on Monday, ending more than a decade of negotiations and opening the way for the return of suspects in fraud and trafficking cases.
The Treaty on Extradition between the Kingdom of Thailand and the Socialist Republic of Vietnam was signed at Government House by Thai Foreign Minister Pakorn Suthiwong and his Vietnamese counterpart, Tran Quoc Hung, in the presence of both prime ministers. It must now be ratified by the two parliaments before it can enter into force.
"Criminals will no longer be able to hide by crossing a border," Pakorn told reporters. Tran said the extradition pact would "strengthen trust between Hanoi and Bangkok."
The treaty covers offences punishable by at least one year in prison in both countries, but excludes political offences. Rights groups said the exception was too narrow. "We have seen dissidents handed over under informal arrangements before," said Sunai Kittisak of the Asian Rights Forum, citing the case of a Vietnamese blogger who was sent back from Thailand in 2019.
The two countries already cooperate under a mutual legal assistance agreement signed in 2013, which has been in force since 2015 and lets prosecutors share evidence. Officials said the number of requests under that agreement had tripled since 2020, mostly in cases involving online scam centres in Cambodia and Myanmar.
Parliament is expected to debate the Hanoi–Bangkok treaty before the end of the year.
""",
    gold={
        "countries": ["THA", "VNM", "KHM", "MMR"],
        "persons": [
            {"name": "Pakorn Suthiwong", "aliases": ["Pakorn"], "nationality": "THA"},
            {"name": "Tran Quoc Hung", "aliases": ["Tran"], "nationality": "VNM"},
            {"name": "Sunai Kittisak", "aliases": []},
        ],
        "not_persons": ["Government House", "Asian Rights Forum"],
        "embassies": [],
        "defections": [],
        "agreements": [
            {"name": "Treaty on Extradition between the Kingdom of Thailand and the Socialist Republic of Vietnam",
             "aliases": ["bilateral extradition treaty", "extradition pact", "Hanoi–Bangkok treaty"],
             "parties": ["THA", "VNM"], "date": "2024-07-08", "status": "signed"},
            {"name": "mutual legal assistance agreement", "aliases": [],
             "parties": ["THA", "VNM"], "date": "2013", "status": "in_force"},
        ],
    })

add(id="fr-013", published="2025-01-02", source="Energy desk",
    title="Russian gas transit through Ukraine ends as 2019 agreement expires",
    text="""
KYIV, Jan. 2 -- Russian gas stopped flowing through Ukraine to Europe on New Year's Day after the 2019 gas transit agreement between Moscow and Kyiv expired at midnight and was not renewed.
The five-year deal, concluded in December 2019 after talks brokered by the European Commission, had guaranteed transit of at least 40 billion cubic metres a year in its first year. Ukraine's energy minister, Oleksandr Marchuk, said on Wednesday that Kyiv would "not allow Russia to earn billions on our blood."
The expiry of the transit agreement ends more than five decades of gas deliveries from Russia across Ukrainian territory. Slovakia and Austria were the last major buyers. Austria had already stopped receiving Russian gas in November in a dispute over payments.
Slovak prime minister Robert Fico, who visited Moscow last month, has threatened to cut electricity exports to Ukraine in retaliation and called the decision "sabotage." His economy minister, Marek Dulla, said Bratislava would seek compensation from Brussels. "We will not pay for someone else's war," he said.
Moldova's breakaway region of Transnistria, which depends on Russian gas passed through Ukraine, cut heating to households on Wednesday. Chisinau has declared a state of emergency in the energy sector.
Hungary will continue to receive Russian gas through the TurkStream pipeline under Budapest's 15-year supply contract with Gazprom, signed in 2021.
Analysts said European prices had risen only slightly. "The market priced this in months ago," said Ingrid Solheim, an energy analyst in Oslo.
""",
    gold={
        "countries": ["RUS", "UKR", "SVK", "AUT", "MDA", "HUN"],
        "persons": [
            {"name": "Oleksandr Marchuk", "aliases": [], "nationality": "UKR"},
            {"name": "Robert Fico", "aliases": [], "nationality": "SVK"},
            {"name": "Marek Dulla", "aliases": [], "nationality": "SVK"},
            {"name": "Ingrid Solheim", "aliases": []},
        ],
        "not_persons": ["Gazprom", "TurkStream", "European Commission", "Transnistria"],
        "embassies": [],
        "defections": [],
        "agreements": [
            {"name": "2019 gas transit agreement", "aliases": ["five-year deal", "transit agreement"],
             "parties": ["RUS", "UKR"], "date": "2019-12", "status": "terminated"},
        ],
    })

add(id="fr-014", published="2024-03-18", source="Southern Cone desk",
    title="Paraguay suspends Yacyretá electricity accord with Argentina",
    text="""
ASUNCIÓN, March 18 -- Paraguay suspended its 2021 electricity tariff accord with Argentina on Monday, saying Buenos Aires owed more than $100 million for power from the jointly owned Yacyretá dam.
The Yacyretá Tariff Accord was signed in Encarnación in August 2021 by Paraguay's then foreign minister, Federico Acosta, and his Argentine counterpart, Marta Ugarte. It fixed the price Argentina pays for Paraguay's unused share of the dam's output. Paraguay's pact with Argentina was meant to run until 2026.
"We cannot go on subsidising our neighbour's electricity," Foreign Minister Hugo Benítez Ortiz told reporters. The suspension takes effect immediately and will last until the debt is settled, Benítez said.
Argentina's foreign ministry said the debt was "being processed" and called the decision "disproportionate." President Javier Milei's government, which is cutting spending sharply, has delayed payments to several foreign creditors this year.
The tariff accord is the second bilateral deal Paraguay has suspended in a year. In June it suspended a 2019 river navigation agreement with Bolivia after a dispute over dredging, and that agreement remains suspended.
Energy analysts noted that the much larger 1973 Itaipú Treaty with Brazil remains in force, though its financial annex is under renegotiation. "Itaipú is where the real money is," said Gustavo Riquelme, an economist in Asunción.
""",
    gold={
        "countries": ["PRY", "ARG", "BOL", "BRA"],
        "persons": [
            {"name": "Federico Acosta", "aliases": [], "nationality": "PRY"},
            {"name": "Marta Ugarte", "aliases": [], "nationality": "ARG"},
            {"name": "Hugo Benítez Ortiz", "aliases": ["Benítez"], "nationality": "PRY"},
            {"name": "Javier Milei", "aliases": [], "nationality": "ARG"},
            {"name": "Gustavo Riquelme", "aliases": []},
        ],
        "not_persons": ["Yacyretá", "Itaipú"],
        "embassies": [],
        "defections": [],
        "agreements": [
            {"name": "Yacyretá Tariff Accord",
             "aliases": ["2021 electricity tariff accord", "tariff accord"],
             "parties": ["PRY", "ARG"], "date": "2021-08", "status": "suspended"},
            {"name": "river navigation agreement", "aliases": ["2019 river navigation agreement"],
             "parties": ["PRY", "BOL"], "date": "2019", "status": "suspended"},
            {"name": "Itaipú Treaty", "aliases": ["1973 Itaipú Treaty"],
             "parties": ["PRY", "BRA"], "date": "1973", "status": "in_force"},
        ],
    })

add(id="fr-015", published="2023-06-12", source="Central America desk",
    title="Nicaragua withdraws from Gulf of Fonseca fisheries convention",
    text="""
TEGUCIGALPA, June 12 -- Nicaragua has withdrawn from the Gulf of Fonseca Fisheries Convention, the three-country agreement that has regulated fishing in the shared bay since 2011, its government announced on Sunday.
In a note to the Honduran foreign ministry, which acts as depositary, Managua said the convention "serves the interests of others" and accused Honduran patrol boats of harassing Nicaraguan fishermen. The withdrawal takes effect in six months.
Honduras and El Salvador said the fisheries convention remained in force between them. "The convention does not depend on one signatory," said Honduran Foreign Minister Claudia Mejía.
The treaty was signed in Tegucigalpa in October 2011 by the presidents of the three countries, who hailed it as a model for managing a bay that had been the subject of a case at the International Court of Justice. Under the Fonseca convention, each country sets catch quotas for shrimp and snapper and shares patrol data.
Salvadoran fishing associations welcomed the reaffirmation. "For us nothing changes," said Julio Alvarado, who heads a Salvadoran fishing cooperative in La Unión.
Nicaragua has left several regional bodies in recent years. It also announced in April that it would not renew its 2017 coast guard cooperation memorandum with Honduras, which expired last month.
El Salvador and Honduras said on Monday they would expand joint patrols under a separate 2019 security agreement, which remains in force.
""",
    gold={
        "countries": ["NIC", "HND", "SLV"],
        "persons": [
            {"name": "Claudia Mejía", "aliases": [], "nationality": "HND"},
            {"name": "Julio Alvarado", "aliases": [], "nationality": "SLV"},
        ],
        "not_persons": ["International Court of Justice", "La Unión"],
        "embassies": [],
        "defections": [],
        "agreements": [
            {"name": "Gulf of Fonseca Fisheries Convention",
             "aliases": ["fisheries convention", "Fonseca convention"],
             "parties": ["NIC", "HND", "SLV"], "date": "2011-10", "status": "withdrawn"},
            {"name": "coast guard cooperation memorandum",
             "aliases": ["2017 coast guard cooperation memorandum"],
             "parties": ["NIC", "HND"], "date": "2017", "status": "terminated"},
            {"name": "2019 security agreement", "aliases": [],
             "parties": ["SLV", "HND"], "date": "2019", "status": "in_force"},
        ],
    })

add(id="fr-016", published="1980-01-01", source="Washington bureau",
    title="U.S.-Taiwan defense treaty lapses at midnight",
    text="""
WASHINGTON, Jan. 1 -- The Mutual Defense Treaty between the United States and the Republic of China, which for a quarter of a century committed American forces to the defense of Taiwan, expired at midnight, one year after President Carter gave notice of its termination.
The treaty was signed in Washington on Dec. 2, 1954, by Secretary of State John Foster Dulles and the Nationalist Foreign Minister, George Yeh. Its end was the price of the joint communiqué on the establishment of diplomatic relations that Washington and Peking issued in December 1978. Under that communiqué the United States recognized the Government of the People's Republic of China as the sole legal government of China.
"The security of the people on Taiwan remains a matter of grave concern," said a State Department spokesman, Harold Ames, who noted that the Taiwan Relations Act, passed by Congress in April, allows continued arms sales.
The American Embassy in Taipei closed a year ago; its functions were taken over by the American Institute in Taiwan, a private corporation staffed by diplomats on leave. The United States Embassy in Peking opened on March 1.
Senator Barry Goldwater, who sued to block the termination, lost his case in the Supreme Court last month. "A President cannot tear up a treaty on his own," Goldwater said today.
In Taipei, Premier Sun Yun-suan said the island would "rely on its own strength." The Soviet Union, which has denounced the normalization as an anti-Soviet alliance, made no comment.
""",
    gold={
        "countries": ["USA", "TWN", "CHN", "SUN"],
        "persons": [
            {"name": "Carter", "aliases": ["President Carter"], "nationality": "USA"},
            {"name": "John Foster Dulles", "aliases": [], "nationality": "USA"},
            {"name": "George Yeh", "aliases": [], "nationality": "TWN"},
            {"name": "Harold Ames", "aliases": [], "nationality": "USA"},
            {"name": "Barry Goldwater", "aliases": ["Goldwater", "Senator Barry Goldwater"], "nationality": "USA"},
            {"name": "Sun Yun-suan", "aliases": [], "nationality": "TWN"},
        ],
        "not_persons": ["American Institute in Taiwan", "Taiwan Relations Act", "Supreme Court"],
        "embassies": [
            {"sending": "USA", "host": "TWN", "city": "Taipei"},
            {"sending": "USA", "host": "CHN", "city": "Peking"},
        ],
        "defections": [],
        "agreements": [
            {"name": "Mutual Defense Treaty", "aliases": [],
             "parties": ["USA", "TWN"], "date": "1954-12-02", "status": "terminated"},
            {"name": "joint communiqué on the establishment of diplomatic relations",
             "aliases": [], "parties": ["USA", "CHN"], "date": "1978-12", "status": None},
        ],
    })

add(id="fr-017", published="2024-02-20", source="Africa desk",
    title="Mozambique-Madagascar maritime boundary treaty enters into force",
    text="""
MAPUTO, Feb. 20 -- A treaty fixing the maritime boundary between Mozambique and Madagascar entered into force on Monday, when the two governments exchanged instruments of ratification in Maputo.
The Treaty on the Delimitation of the Maritime Boundary in the Mozambique Channel was signed in September 2022 by President Filipe Nyusi and President Andry Rajoelina, each acting for his country. Madagascar's National Assembly approved it in December.
The channel treaty draws a median line through waters where both countries have offered exploration blocks to oil and gas companies. Until now, an overlap of about 9,000 square kilometres had deterred investors.
"Today our children inherit a border instead of a dispute," Mozambique's foreign minister, Celso Mabunda, said at the ceremony. His Malagasy counterpart, Hery Randrianarisoa, said the boundary deal showed that "African states can settle their borders peacefully, by law."
The agreement does not cover the waters around the Îles Éparses, small islands administered by France that Madagascar also claims. Paris and Antananarivo have held talks on the islands since 2019 without result.
Analysts said the boundary treaty could speed up licensing rounds in both countries. Mozambique's own 2009 boundary agreement with Tanzania, which extended their river frontier out to sea, has been in force since 2011.
"The investors' question was always: whose water is it?" said Lucas Ferrão of the Centro de Estudos Costeiros, a research group.
""",
    gold={
        "countries": ["MOZ", "MDG", "FRA", "TZA"],
        "persons": [
            {"name": "Filipe Nyusi", "aliases": [], "nationality": "MOZ"},
            {"name": "Andry Rajoelina", "aliases": [], "nationality": "MDG"},
            {"name": "Celso Mabunda", "aliases": [], "nationality": "MOZ"},
            {"name": "Hery Randrianarisoa", "aliases": [], "nationality": "MDG"},
            {"name": "Lucas Ferrão", "aliases": []},
        ],
        "not_persons": ["Îles Éparses", "Centro de Estudos Costeiros", "National Assembly"],
        "embassies": [],
        "defections": [],
        "agreements": [
            {"name": "Treaty on the Delimitation of the Maritime Boundary in the Mozambique Channel",
             "aliases": ["channel treaty", "boundary deal", "boundary treaty"],
             "parties": ["MOZ", "MDG"], "date": "2022-09", "status": "in_force"},
            {"name": "2009 boundary agreement", "aliases": [],
             "parties": ["MOZ", "TZA"], "date": "2009", "status": "in_force"},
        ],
    })

add(id="fr-018", published="2024-09-17", source="Business desk",
    title="E-bike maker recalls 40,000 bicycles over battery defect",
    text="""
Hansa Mobility, the German e-bike maker, is recalling about 40,000 bicycles sold in Europe and South Korea after finding a manufacturing defect in battery packs supplied by a Chinese subcontractor.
The company said on Tuesday that a faulty seal in some packs could let water in and, in rare cases, cause the battery to overheat. Four fires have been reported, in the Netherlands and Austria; no one was injured.
"Safety comes first. We will replace every affected pack free of charge," said chief executive Katrin Vogler. Owners can check their frame number on the company's website.
The recall covers models built between March 2022 and June 2023 at the company's plant in Poland. The defective packs came from a single production line at the supplier, which the company did not name.
The announcement is another blow for the firm, which lost its chief engineer, Tomasz Wójcik, to a Dutch rival in the spring. Industry newsletters described his move as a defection, and Hansa has since taken him to court, arguing that he broke a non-compete agreement.
Hansa also said it would end its distribution deal with the retailer Daon Outdoor after the recall, which will cost it an estimated 30 million euros. The company's shares fell 6 percent in Frankfurt.
Consumer groups in South Korea asked regulators to check whether other brands used the same supplier. "Battery quality is not a detail," said Park Ji-woo, a spokeswoman for one of the groups.
""",
    gold={
        "countries": ["DEU", "KOR", "CHN", "NLD", "AUT", "POL"],
        "persons": [
            {"name": "Katrin Vogler", "aliases": []},
            {"name": "Tomasz Wójcik", "aliases": []},
            {"name": "Park Ji-woo", "aliases": []},
        ],
        "not_persons": ["Hansa Mobility", "Hansa", "Daon Outdoor"],
        "embassies": [],
        "defections": [],
        "agreements": [],
    })

add(id="fr-019", published="2023-10-16", source="Kuala Lumpur correspondent",
    title="Opposition MP crosses the floor in budget vote",
    text="""
KUALA LUMPUR, Oct. 16 -- An opposition member of parliament crossed the floor on Monday to vote for the government's budget, the first real test of Malaysia's anti-hopping law since it came into force last year.
Azman Rahim, who represents a rural constituency in Kedah, said he had "switched allegiance to the people, not to a party" and would remain a member of his party. His party's leadership said he had defected in all but name and asked the Speaker to declare his seat vacant.
Under the law, a lawmaker loses his seat if he leaves his party, but not if he is expelled or simply votes against the party line. Legal scholars said the case could end up before the Federal Court.
"This is exactly the loophole we warned about," said Lim Wei Chen, a political scientist at Universiti Malaya. "You can now sit on one side and vote with the other."
Prime Minister Anwar Ibrahim welcomed the vote, saying it showed that his coalition's "unity agreement" was attracting support beyond its own ranks. The pact between the parties in his government was signed after the November 2022 election.
Azman's colleagues accused him of angling for a government post. He denied it.
The floor-crossing echoed the turmoil of 2020, when a wave of party-hopping brought down the government of Mahathir Mohamad and prompted calls for the new law, which was modelled partly on rules in India and Singapore.
""",
    gold={
        "countries": ["MYS", "IND", "SGP"],
        "persons": [
            {"name": "Azman Rahim", "aliases": ["Azman"], "nationality": "MYS"},
            {"name": "Lim Wei Chen", "aliases": []},
            {"name": "Anwar Ibrahim", "aliases": [], "nationality": "MYS"},
            {"name": "Mahathir Mohamad", "aliases": [], "nationality": "MYS"},
        ],
        "not_persons": ["Universiti Malaya", "Federal Court", "Kedah"],
        "embassies": [],
        "defections": [],
        "agreements": [],
    })
