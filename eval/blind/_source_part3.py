"""Blind set, part 3: agreement articles bl-011 .. bl-017 and negatives bl-018 .. bl-019."""

ARTICLES = [
# ---------------------------------------------------------------- bl-011
dict(
id="bl-011", published="2024-01-15", source="Nusantara Ledger",
title="Indonesia-Kazakhstan visa waiver takes effect",
text="""JAKARTA - Citizens of Indonesia and Kazakhstan can now travel between the two countries without a visa for stays of up to 30 days, after a visa-waiver agreement signed last year entered into force on Sunday.
The Agreement on Visa Exemption for Holders of Ordinary Passports was signed in Astana in May 2023 by Indonesia's deputy foreign minister, Arif Santoso, and Kazakhstan's first deputy foreign minister, Daulet Sarsenbayev, on behalf of their governments. Both parliaments ratified it in the autumn.
"This is a short agreement with a large meaning," Santoso said at a ceremony at Soekarno-Hatta airport on Sunday, where the first visa-free passengers from Almaty were greeted with garlands.
Kazakhstan's ambassador in Jakarta, Serik Bekov, said the two governments expected tourist arrivals in both directions to double within two years, and that a direct air link would open in March. The Indonesian embassy in Astana has already stopped issuing tourist visas to Kazakh citizens, he added.
The new visa-free deal builds on the 2009 agreement on diplomatic and service passports, which remains in force and already allowed officials of the two countries to travel without visas.
Tour operators in Bali said they had seen a rise in bookings from Central Asia since the ratification was announced. Kazakh travel agencies expect Indonesian pilgrims to use Almaty as a stopover on routes to the Middle East.""",
gold=dict(
    countries=["IDN", "KAZ"],
    persons=[
        dict(name="Arif Santoso", aliases=["Santoso"], nationality="IDN"),
        dict(name="Daulet Sarsenbayev", aliases=[], nationality="KAZ"),
        dict(name="Serik Bekov", aliases=[], nationality="KAZ"),
    ],
    not_persons=["Soekarno-Hatta"],
    embassies=[
        dict(sending="KAZ", host="IDN", city="Jakarta"),
        dict(sending="IDN", host="KAZ", city="Astana"),
    ],
    defections=[],
    agreements=[
        dict(name="Agreement on Visa Exemption for Holders of Ordinary Passports",
             aliases=["visa-waiver agreement", "visa-free deal"],
             parties=["IDN", "KAZ"], date="2023-05", status="in_force"),
        dict(name="2009 agreement on diplomatic and service passports", aliases=[],
             parties=["IDN", "KAZ"], date="2009", status="in_force"),
    ],
)),
# ---------------------------------------------------------------- bl-012
dict(
id="bl-012", published="2024-05-22", source="East African Standard-Bearer",
title="Kenya and UAE sign defence cooperation pact",
text="""NAIROBI, May 22 - Kenya and the United Arab Emirates signed a defence cooperation pact on Tuesday covering training, intelligence sharing and joint maritime patrols off the Somali coast, officials said.
The Defence Cooperation Agreement was signed in Nairobi by Kenya's Defence Cabinet Secretary, Joseph Kiprono, and the UAE's Minister of State for Defence Affairs, Saif al-Kaabi. It replaces a 2013 memorandum of understanding on military training that expired in December.
"This pact takes our partnership from the classroom to the sea," Kiprono said after the ceremony. Al-Kaabi said Abu Dhabi would fund a new coast guard training centre in Mombasa.
The agreement must still be approved by the National Assembly, where opposition MPs have complained about the secrecy of earlier security deals. The chairman of the defence committee, Peter Odhiambo, said hearings would begin next month.
Analysts said the Nairobi-Abu Dhabi accord reflects the Gulf state's growing footprint in East Africa, where it already has security ties with Somalia and Ethiopia. "Kenya wants money and equipment; the Emirates want a reliable partner on the Indian Ocean," said Wanjiru Maina, a researcher at a Nairobi think tank.
Kenya's closest military relationships remain with Western partners. The United States funds much of its counter-terrorism work, and the UK-Kenya defence cooperation agreement, which entered into force in 2022, governs the presence of British troops at training areas near Nanyuki.
Kiprono said the new pact with the Emiratis would not affect those arrangements.""",
gold=dict(
    countries=["KEN", "ARE", "SOM", "ETH", "USA", "GBR"],
    persons=[
        dict(name="Joseph Kiprono", aliases=["Kiprono"], nationality="KEN"),
        dict(name="Saif al-Kaabi", aliases=["Al-Kaabi"], nationality="ARE"),
        dict(name="Peter Odhiambo", aliases=[], nationality="KEN"),
        dict(name="Wanjiru Maina", aliases=[]),
    ],
    not_persons=[],
    embassies=[],
    defections=[],
    agreements=[
        dict(name="Defence Cooperation Agreement",
             aliases=["defence cooperation pact", "Nairobi-Abu Dhabi accord"],
             parties=["KEN", "ARE"], date="2024-05-21", status="signed"),
        dict(name="memorandum of understanding on military training", aliases=[],
             parties=["KEN", "ARE"], date="2013", status="terminated"),
        dict(name="UK-Kenya defence cooperation agreement", aliases=[],
             parties=["GBR", "KEN"], date=None, status="in_force"),
    ],
)),
# ---------------------------------------------------------------- bl-013
dict(
id="bl-013", published="2023-12-14", source="Caucasus Review",
title="Armenia and Azerbaijan swap prisoners under first direct deal",
text="""Armenia and Azerbaijan exchanged prisoners on Wednesday under a deal the two governments announced last week, in what both sides called a step towards a lasting peace.
Azerbaijan released 32 Armenian servicemen and Armenia freed two Azerbaijani soldiers at a crossing point on the border, officials in both capitals said. The handover was facilitated by the International Committee of the Red Cross; its regional delegate, Ariane Lemaire, said it had "gone smoothly".
The prisoner-exchange deal was set out in a joint statement issued on December 7 by the office of Prime Minister Nikol Pashinyan and the administration of President Ilham Aliyev. In it, the two sides agreed to the swap "guided by humanitarian values", and Yerevan dropped its objection to Baku hosting next year's UN climate summit.
"For the first time we reached an agreement without intermediaries," said Elnur Mammadli, an adviser to Aliyev. Pashinyan told parliament the exchange showed that "direct talks can produce results".
Previous steps between the neighbours were brokered by Russia, the European Union or the United States. Moscow oversaw the November 2020 ceasefire statement, signed by Pashinyan, Aliyev and President Vladimir Putin, that ended the 44-day war over Nagorno-Karabakh. That arrangement lapsed after Azerbaijan's lightning offensive in September, and Russian peacekeepers are now leaving the region.
Negotiators are still working on the text of a peace treaty, which both leaders have said they hope to sign next year. Dozens of Armenians detained in Azerbaijan, including former Karabakh officials, were not part of the exchange.""",
gold=dict(
    countries=["ARM", "AZE", "RUS", "USA"],
    persons=[
        dict(name="Ariane Lemaire", aliases=[]),
        dict(name="Nikol Pashinyan", aliases=["Pashinyan"], nationality="ARM"),
        dict(name="Ilham Aliyev", aliases=["Aliyev"], nationality="AZE"),
        dict(name="Elnur Mammadli", aliases=[], nationality="AZE"),
        dict(name="Vladimir Putin", aliases=[], nationality="RUS"),
    ],
    not_persons=["Nagorno-Karabakh"],
    embassies=[],
    defections=[],
    agreements=[
        dict(name="prisoner-exchange deal", aliases=["joint statement"],
             parties=["ARM", "AZE"], date="2023-12-07", status=None),
        dict(name="November 2020 ceasefire statement", aliases=[],
             parties=["ARM", "AZE", "RUS"], date="2020-11", status="terminated"),
    ],
)),
# ---------------------------------------------------------------- bl-014
dict(
id="bl-014", published="2017-05-20", source="Andean Business Daily",
title="Ecuador's investment treaty with the United States comes to an end",
text="""QUITO - Ecuador's bilateral investment treaty with the United States ceased to have effect on Thursday, one of a dozen such pacts that President Rafael Correa's government has cancelled in the last weeks of his term.
The Treaty Concerning the Encouragement and Reciprocal Protection of Investment, signed in Washington in August 1993, allowed American companies to take disputes with Quito to international arbitration. Chevron and Occidental Petroleum both used it to bring multibillion-dollar claims that Correa called "an assault on our sovereignty".
The Ecuador-Finland investment treaty, signed in April 2001, also ended this week. Trade Minister Juan Carlos Peñaherrera said the government had given the required notice to each partner and that all 12 terminations would be complete by the end of the month.
"These treaties were written for the investor, not for the state," Peñaherrera told reporters. "Ecuador will negotiate new instruments on different terms."
Lawyers warned that the effect would be slow. Under so-called survival clauses, investments made before termination remain protected for another ten years. "Nothing changes overnight for existing projects," said María José Andrade, an arbitration specialist in Guayaquil.
Correa's successor, Lenín Moreno, who takes office on May 24, has said he wants to attract foreign capital but has not said whether he will seek new investment agreements. Business groups urged him to open talks quickly with Washington and with European governments.""",
gold=dict(
    countries=["ECU", "USA", "FIN"],
    persons=[
        dict(name="Rafael Correa", aliases=["Correa"], nationality="ECU"),
        dict(name="Juan Carlos Peñaherrera", aliases=["Peñaherrera"], nationality="ECU"),
        dict(name="María José Andrade", aliases=[]),
        dict(name="Lenín Moreno", aliases=[], nationality="ECU"),
    ],
    not_persons=["Chevron", "Occidental Petroleum"],
    embassies=[],
    defections=[],
    agreements=[
        dict(name="Treaty Concerning the Encouragement and Reciprocal Protection of Investment",
             aliases=["bilateral investment treaty with the United States"],
             parties=["ECU", "USA"], date="1993-08", status="terminated"),
        dict(name="Ecuador-Finland investment treaty", aliases=[],
             parties=["ECU", "FIN"], date="2001-04", status="terminated"),
    ],
)),
# ---------------------------------------------------------------- bl-015
dict(
id="bl-015", published="2025-04-28", source="Central Asia Wire",
title="Kyrgyz-Tajik border treaty enters into force",
text="""BISHKEK, April 28 - The treaty fixing the frontier between Kyrgyzstan and Tajikistan entered into force on Friday, after the two governments exchanged instruments of ratification at a ceremony on the border near Batken.
The Treaty on the Kyrgyz-Tajik State Border was signed in Bishkek on March 13 by Presidents Sadyr Japarov and Emomali Rahmon on behalf of their states. It settles the line of the entire 980-kilometre frontier, parts of which erupted into deadly fighting in 2021 and 2022.
"For the first time in thirty years, every village knows which country it belongs to," said Askar Mamytov, a spokesman for the Kyrgyz cabinet.
On March 31 Japarov, Rahmon and Uzbek President Shavkat Mirziyoyev met in Khujand and signed the Khujand Declaration, which fixes the point where the borders of the three states meet and commits them to "eternal friendship".
The border treaty follows the Kyrgyz-Uzbek border agreement, concluded in November 2022, which has been in force since the following spring and included a disputed exchange of land around the Kempir-Abad reservoir.
Residents of border villages were cautious. "We have heard promises before. Now we want the roads and the water channels opened," said Gulnara Toktosunova, a schoolteacher in the Batken region, where several hundred families lost their homes in the 2022 clashes.
Under the treaty, several roads that cross from one country's territory to the other will be placed under joint management, and some disputed pastures will be swapped.""",
gold=dict(
    countries=["KGZ", "TJK", "UZB"],
    persons=[
        dict(name="Sadyr Japarov", aliases=["Japarov"], nationality="KGZ"),
        dict(name="Emomali Rahmon", aliases=["Rahmon"], nationality="TJK"),
        dict(name="Askar Mamytov", aliases=[], nationality="KGZ"),
        dict(name="Shavkat Mirziyoyev", aliases=[], nationality="UZB"),
        dict(name="Gulnara Toktosunova", aliases=[]),
    ],
    not_persons=["Kempir-Abad", "Batken"],
    embassies=[],
    defections=[],
    agreements=[
        dict(name="Treaty on the Kyrgyz-Tajik State Border", aliases=["border treaty"],
             parties=["KGZ", "TJK"], date="2025-03-13", status="in_force"),
        dict(name="Khujand Declaration", aliases=[],
             parties=["KGZ", "TJK", "UZB"], date="2025-03-31", status="signed"),
        dict(name="Kyrgyz-Uzbek border agreement", aliases=[],
             parties=["KGZ", "UZB"], date="2022-11", status="in_force"),
    ],
)),
# ---------------------------------------------------------------- bl-016
dict(
id="bl-016", published="2024-09-10", source="Southern Africa Resources Report",
title="Namibia suspends nuclear cooperation agreement with China",
text="""WINDHOEK - Namibia has suspended its nuclear cooperation agreement with China, freezing plans for a Chinese-built research reactor and a uranium conversion plant, the Ministry of Mines and Energy said on Monday.
The Agreement on Cooperation in the Peaceful Uses of Nuclear Energy, signed by the two governments on 14 June 2016, had been the legal basis for both projects. Mines Minister Tjiuee Kambonde told reporters that the pact was "on hold pending a full review of its financial terms" and that no new work would be approved until the review was complete.
The Chinese embassy in Windhoek said it regretted the decision and hoped the Sino-Namibian accord would "soon return to normal operation". Chinese state companies own the country's two largest uranium mines.
Kambonde said Namibia's older uranium accord with Russia, signed in 2007, remained in force and was not affected.
The suspension comes as regional cooperation on the metal is fraying. Botswana withdrew in March from the Southern African uranium transport agreement it signed with Namibia and South Africa in 2019, which governs shipments of uranium oxide to the port of Walvis Bay. Windhoek and Pretoria say the agreement still applies between them.
"Windhoek wants better terms, not a divorce," said Helena Shikongo, an energy analyst at a think tank in the capital. "Beijing is the biggest buyer of Namibian uranium, and both sides know it."
Namibia is the world's third-largest uranium producer after Kazakhstan and Canada.""",
gold=dict(
    countries=["NAM", "CHN", "RUS", "BWA", "ZAF", "KAZ", "CAN"],
    persons=[
        dict(name="Tjiuee Kambonde", aliases=["Kambonde"], nationality="NAM"),
        dict(name="Helena Shikongo", aliases=[]),
    ],
    not_persons=["Walvis Bay"],
    embassies=[dict(sending="CHN", host="NAM", city="Windhoek")],
    defections=[],
    agreements=[
        dict(name="Agreement on Cooperation in the Peaceful Uses of Nuclear Energy",
             aliases=["nuclear cooperation agreement", "Sino-Namibian accord"],
             parties=["NAM", "CHN"], date="2016-06-14", status="suspended"),
        dict(name="uranium accord with Russia", aliases=[],
             parties=["NAM", "RUS"], date="2007", status="in_force"),
        dict(name="Southern African uranium transport agreement", aliases=[],
             parties=["BWA", "NAM", "ZAF"], date="2019", status="withdrawn"),
    ],
)),
# ---------------------------------------------------------------- bl-017
dict(
id="bl-017", published="2025-11-12", source="Mekong Observer",
title="Thailand suspends peace declaration with Cambodia after landmine blast",
text="""BANGKOK - Thailand said on Monday it was suspending the peace declaration it signed with Cambodia last month, after two Thai soldiers were wounded by a landmine on the disputed border.
The joint declaration, signed in Kuala Lumpur on October 26 by Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet and witnessed by U.S. President Donald Trump and Malaysian Prime Minister Anwar Ibrahim, committed the two neighbours to withdraw heavy weapons from the frontier and clear mines together.
"The declaration is suspended until Cambodia shows sincerity," a Thai government spokesman, Chaiwat Srisuk, said. Anutin, visiting the wounded soldiers in Sisaket province, said Thailand "will not be fooled twice".
Thai officials stressed that the ceasefire agreement reached on July 28, which ended five days of fighting that killed more than 40 people and displaced some 300,000, remained in force. Troops on both sides were ordered to hold their positions.
Phnom Penh denied laying new mines and said the devices were left over from decades of civil war. "Cambodia remains committed to peace and to every word of the Kuala Lumpur accord," said government spokesman Sok Vannara.
The suspension also puts on hold the release of 18 Cambodian soldiers held by Thailand since July, which was to have been carried out under the declaration.
Trump, who has taken credit for ending the fighting, had threatened in July to halt trade talks with both countries unless they stopped shooting. The White House did not immediately comment.""",
gold=dict(
    countries=["THA", "KHM", "USA", "MYS"],
    persons=[
        dict(name="Anutin Charnvirakul", aliases=["Anutin"], nationality="THA"),
        dict(name="Hun Manet", aliases=[], nationality="KHM"),
        dict(name="Donald Trump", aliases=["Trump"], nationality="USA"),
        dict(name="Anwar Ibrahim", aliases=[], nationality="MYS"),
        dict(name="Chaiwat Srisuk", aliases=[], nationality="THA"),
        dict(name="Sok Vannara", aliases=[], nationality="KHM"),
    ],
    not_persons=["Sisaket", "White House"],
    embassies=[],
    defections=[],
    agreements=[
        dict(name="joint declaration", aliases=["peace declaration", "Kuala Lumpur accord"],
             parties=["THA", "KHM"], date="2025-10-26", status="suspended"),
        dict(name="ceasefire agreement", aliases=[],
             parties=["THA", "KHM"], date="2025-07-28", status="in_force"),
    ],
)),
# ---------------------------------------------------------------- bl-018
dict(
id="bl-018", published="2022-02-08", source="Fintech Weekly Europe",
title="App defect locks Dutch bank customers out for a day",
text="""A defect in the latest update of a popular mobile banking app left tens of thousands of customers in the Netherlands unable to log in for most of Monday, the company behind it said.
The fault, in version 8.2 of the Kasso app made by the Amsterdam-based fintech Lumio, caused the app to reject valid fingerprints and face scans after the update was installed overnight. Users who tried to reset their codes were locked out for 24 hours.
"We shipped a defect that our tests should have caught, and we are sorry," chief technology officer Sanne de Vries wrote on the company's blog. A fix was pushed to app stores late on Monday evening.
The outage is the second embarrassment for Lumio this year. In January its head of security, Bart Hendriks, defected to Finvest, a Belgian rival, taking three senior engineers with him. Lumio has gone to court to enforce the non-compete agreement in his contract, and a hearing is set for March.
The Dutch central bank said it had asked Lumio for a report on the incident. "Banking apps are now critical infrastructure, and customers must be able to rely on them," a spokesman said.
Tom Jansen, an analyst at a consumer group, said the company had grown quickly without building up its testing. "Start-ups love to move fast. Banks cannot afford to break things," he said.
Lumio said no money had been lost and no data had been exposed.""",
gold=dict(
    countries=["NLD", "BEL"],
    persons=[
        dict(name="Sanne de Vries", aliases=[], nationality="NLD"),
        dict(name="Bart Hendriks", aliases=[]),
        dict(name="Tom Jansen", aliases=[]),
    ],
    not_persons=["Kasso", "Lumio", "Finvest"],
    embassies=[],
    defections=[],
    agreements=[],
)),
# ---------------------------------------------------------------- bl-019
dict(
id="bl-019", published="2023-07-03", source="Río de la Plata Sports",
title="Ferreyra defects from River to Boca in derby-day bombshell",
text="""BUENOS AIRES - Uruguayan midfielder Matías Ferreyra has defected from River Plate to their bitter rivals Boca Juniors, the clubs confirmed on Monday, in the most contentious transfer in the Argentine game for a decade.
The 26-year-old, who captained River to the league title last season, signed a four-year contract at La Bombonera on Sunday after Boca paid the release clause in his deal. River fans burned shirts bearing his name outside the Monumental stadium, and the club's supporters' groups called him "a traitor who crossed to the enemy".
River coach Hernán Castell said he had learned of the move from the television. "I will not speak about people who have left. We have a game on Wednesday," he said.
Boca president Ricardo Lamberti welcomed the player at a packed news conference. "Matías chose the biggest club in the world. He did not flee from anyone; he came home to the team he supported as a boy in Montevideo," Lamberti said.
Ferreyra's agent, Pablo Ibarra, said the player had received threats on social media and asked for calm. "This is football, not a war. He changed shirts, not countries," Ibarra said.
Only a handful of players have moved directly between the two clubs in the professional era. The last high-profile switch came in 2011, when a young defender left Boca for River and needed police protection for months.
Ferreyra is expected to make his debut for Boca in the Copa Libertadores later this month.""",
gold=dict(
    countries=["URY", "ARG"],
    persons=[
        dict(name="Matías Ferreyra", aliases=["Ferreyra", "Matías"], nationality="URY"),
        dict(name="Hernán Castell", aliases=[]),
        dict(name="Ricardo Lamberti", aliases=["Lamberti"]),
        dict(name="Pablo Ibarra", aliases=["Ibarra"]),
    ],
    not_persons=["River Plate", "Boca Juniors", "La Bombonera", "Monumental", "Copa Libertadores"],
    embassies=[],
    defections=[],
    agreements=[],
)),
]
