ARTS=[
dict(id='news-020', title='Test ban treaty signed in Kremlin ceremony', published='1963-08-06', source='Wire report',
text="""MOSCOW, Aug. 5 -- The United States, Britain and the Soviet Union today signed a treaty banning nuclear weapons tests in the atmosphere, in outer space and under water, the first agreement of its kind since the atomic age began.
Secretary of State Dean Rusk, Foreign Secretary Lord Home and Foreign Minister Andrei A. Gromyko put their names to the document in St. Catherine's Hall of the Kremlin, while Premier Nikita S. Khrushchev looked on, smiling broadly. The acting Secretary General of the United Nations, U Thant, attended as a guest.
"This is a good beginning," Mr. Khrushchev told the assembled diplomats at a reception afterwards. Mr. Rusk said the treaty would not end the arms race "but it is a step away from the edge."
Underground tests are not covered, a gap that reflects the failure of the three powers to agree on a system of on-site inspection. The treaty will enter into force when the three original signatories have ratified it; other nations will be invited to join.
France, which is developing its own nuclear force, has said it will not sign. Communist China denounced the agreement last week as "a big fraud to fool the people of the world."
In Washington, President Kennedy is expected to send the treaty to the Senate within days, where approval by a two-thirds majority is required.""",
gold=dict(countries=['USA','GBR','SUN','FRA','CHN'],
 persons=[dict(name='Dean Rusk',aliases=['Mr. Rusk'],nationality='USA'),dict(name='Lord Home',aliases=[],nationality='GBR'),
          dict(name='Andrei A. Gromyko',aliases=[],nationality='SUN'),dict(name='Nikita S. Khrushchev',aliases=['Mr. Khrushchev'],nationality='SUN'),
          dict(name='U Thant',aliases=[]),dict(name='Kennedy',aliases=['President Kennedy'],nationality='USA')],
 not_persons=["St. Catherine's Hall"],
 embassies=[], defections=[],
 agreements=[dict(name='treaty banning nuclear weapons tests in the atmosphere, in outer space and under water',aliases=[],parties=['USA','GBR','SUN'],date='1963-08-05',status='signed')])),

dict(id='news-021', title='Czechoslovak "diplomat" in Vienna asks Austria for asylum', published='1985-03-23', source='Wire report',
text="""VIENNA, March 23 -- A second secretary at the Czechoslovak Embassy in Vienna has asked for political asylum in Austria, the Interior Ministry said today.
The ministry identified him as Pavel Benes, 38, and said he had approached the authorities earlier this month together with his wife. Officials declined to give details, but Austrian newspapers reported that Mr. Benes was in fact a major in the StB, the Czechoslovak state security service, working under diplomatic cover.
Interior Minister Karl Blecha said the request was being examined "in accordance with Austrian law and the Geneva Convention", and that the couple were under police protection. Western intelligence sources suggested Mr. Benes might eventually be resettled in the United States, but Austrian officials said no such decision had been taken.
The Czechoslovak Embassy said one of its staff members was "missing" and asked the Austrian authorities to help find him.
Austria, which shares a long border with Czechoslovakia, has received thousands of Czechoslovak refugees since 1968, but defections by serving diplomats are rare. The last known case, that of a trade official, took place in 1979.""",
gold=dict(countries=['CSK','AUT','USA'],
 persons=[dict(name='Pavel Benes',aliases=['Mr. Benes'],nationality='CSK'),dict(name='Karl Blecha',aliases=[],nationality='AUT')],
 not_persons=['StB','Geneva Convention'],
 embassies=[dict(sending='CSK',host='AUT',city='Vienna')],
 defections=[dict(defector='Pavel Benes',**{'from':'CSK'},to='AUT',post_host='AUT',date='1985-03',position='second secretary (StB major under diplomatic cover)')],
 agreements=[])),

dict(id='news-022', title="Oil for doctors: the Cuban physicians slipping away from Venezuela", published='2016-06-14', source='Feature, Latin America correspondent',
text="""CUCUTA, Colombia -- Yanelis Ferrer Quintana kept her white coat. It is folded in a plastic bag in the corner of a rented room in Miami, a souvenir of nearly three years in a clinic in the Venezuelan state of Zulia, where she treated as many as 60 patients a day and was never allowed to keep her own passport.
Dr. Ferrer, 34, is one of hundreds of Cuban medical professionals who have abandoned their posts in Venezuela in recent years. In January she took a bus to the border town of San Antonio del Tachira, walked across the Simon Bolivar bridge into Colombia and, on her second day in Cucuta, joined the queue of Cubans outside a lawyer's office that specialises in applications to a United States parole programme for Cuban doctors.
"Some of the others had been waiting for months," she said by telephone. "I was lucky." Her application was processed at the American embassy in Bogota, and she landed in Miami in May.
The doctors are in Venezuela under a comprehensive cooperation agreement signed in Caracas in 2000 by Fidel Castro and Hugo Chavez, under which Venezuela supplies Cuba with oil on preferential terms and Havana sends teachers, sports trainers and above all doctors. Officials in both countries say the agreement remains in force and has saved thousands of lives.
But Cuban doctors who have left describe long hours, constant surveillance by political minders and wages of a few dollars a month, the bulk of their salaries retained by the Cuban state. Leaving is treated in Havana as desertion; those who do so are typically barred from returning to Cuba for eight years.
Colombian officials say they do not keep separate figures for Cuban medical personnel crossing the border. Lawyers in Cucuta estimate that several hundred came through last year alone.
Venezuela's economic collapse has made the work harder. Clinics run short of medicines, and several doctors said they now spend much of their time on political tasks, such as registering patients for government programmes.
Dr. Ferrer says she does not regret going, or leaving. "I went to Venezuela to be a doctor," she said. "At the end I was a doctor only on paper.\"""",
gold=dict(countries=['CUB','VEN','COL','USA'],
 persons=[dict(name='Yanelis Ferrer Quintana',aliases=['Dr. Ferrer'],nationality='CUB'),
          dict(name='Fidel Castro',aliases=[],nationality='CUB'),dict(name='Hugo Chavez',aliases=[],nationality='VEN')],
 not_persons=['Simon Bolivar bridge'],
 embassies=[dict(sending='USA',host='COL',city='Bogota')],
 defections=[dict(defector='Yanelis Ferrer Quintana',**{'from':'CUB'},to='USA',post_host='VEN',date='2016-01',position='doctor in Cuban medical mission')],
 agreements=[dict(name='comprehensive cooperation agreement',aliases=[],parties=['CUB','VEN'],date='2000',status='in_force')])),

dict(id='news-023', title='Denmark to close embassy in Ouagadougou as aid priorities shift', published='2023-08-30', source='Wire report',
text="""COPENHAGEN, Aug 30 -- Denmark will close its embassy in Burkina Faso by the end of next year, the foreign ministry said on Wednesday, citing the deteriorating security situation and a reorganisation of its development work in West Africa.
Mette Skovgaard, the minister for development cooperation, told reporters that Danish staff in Ouagadougou had been working under "increasingly difficult conditions" since the military takeover last year. Some programmes would continue through non-governmental organisations, she said, while others would be wound down.
Denmark has had a diplomatic presence in Burkina Faso since the 1990s and was for years one of its largest bilateral donors. The ministry said it would open a new mission in Senegal's capital, Dakar, to cover the region.
The Burkinabe foreign ministry said it "took note" of the decision. A spokesman, Idrissa Kabore, said his government had not been consulted in advance.
Denmark last year also scaled back its presence in neighbouring Mali.""",
gold=dict(countries=['DNK','BFA','SEN','MLI'],
 persons=[dict(name='Mette Skovgaard',aliases=[],nationality='DNK'),dict(name='Idrissa Kabore',aliases=[],nationality='BFA')],
 not_persons=[],
 embassies=[dict(sending='DNK',host='BFA',city='Ouagadougou'),dict(sending='DNK',host='SEN',city='Dakar'),dict(sending='DNK',host='MLI')],
 defections=[], agreements=[])),

dict(id='news-024', title='Polish seaman leaves ship at Gothenburg, asks to stay in Sweden', published='1955-07-18', source='Wire report',
text="""GOTHENBURG, Sweden, July 18 -- A young Polish sailor jumped from the deck of a Polish freighter into the harbour here on Saturday night and swam to a Swedish fishing boat, police said today. He has asked for political asylum.
The seaman, Jan Wisniewski, 23, a stoker aboard the freighter Jaroslaw Dabrowski, told police he had decided to escape "the moment I saw the lights of a free country." He was taken to hospital suffering from exposure but was reported in good condition.
The fishermen who pulled him from the water, brothers Sven and Olof Karlsson, said he had been in the sea for about twenty minutes. "He said only one word in Swedish, 'police,'" Sven Karlsson said.
The captain of the Jaroslaw Dabrowski, which sailed for Gdynia this morning after unloading coal, asked the Swedish authorities to hand the man over, saying he was wanted for "theft of ship's property". The request was refused. The Polish Legation in Stockholm has made a formal protest.
Swedish officials said Wisniewski would be questioned by the Aliens Commission, which decides such cases, but that asylum was usually granted to seamen who could show they would face persecution at home.
Sweden has received a steady trickle of refugees from across the Baltic since the war. In the most dramatic case, a Polish air force pilot, Lieutenant Franciszek Jarecki, flew his jet fighter to the Danish island of Bornholm in March 1953 and was granted asylum there.""",
gold=dict(countries=['POL','SWE','DNK'],
 persons=[dict(name='Jan Wisniewski',aliases=['Wisniewski'],nationality='POL'),
          dict(name='Sven Karlsson',aliases=[],nationality='SWE'),dict(name='Olof Karlsson',aliases=[],nationality='SWE'),
          dict(name='Franciszek Jarecki',aliases=['Lieutenant Franciszek Jarecki'],nationality='POL')],
 not_persons=['Jaroslaw Dabrowski','Aliens Commission'],
 embassies=[dict(sending='POL',host='SWE',city='Stockholm')],
 defections=[dict(defector='Jan Wisniewski',**{'from':'POL'},to='SWE',post_host=None,date='1955-07-16',position='ship stoker'),
             dict(defector='Franciszek Jarecki',**{'from':'POL'},to='DNK',post_host=None,date='1953-03',position='air force pilot')],
 agreements=[])),

dict(id='news-025', title='"The sea is not a sentiment, it is a right": an old negotiator on Bolivia, Chile and 1904', published='2009-10-12', source='Interview, Sunday magazine',
text="""Ernesto Quiroga Salinas was 31 when he stood on the windswept border post of Charana in February 1975 and watched two generals embrace. One was Hugo Banzer, Bolivia's president; the other was Augusto Pinochet of Chile. The declaration they signed that day promised to seek a solution to Bolivia's landlocked status, and the young diplomat, who had drafted parts of it, believed he was witnessing history.
"I was. Just not the history I expected," he says now, in his apartment in La Paz, surrounded by maps.
Quiroga, now 65 and long retired from the foreign ministry, spent the next three years shuttling between La Paz and Santiago. The talks foundered on a Chilean offer of a corridor along the border with Peru, in exchange for territory elsewhere. Peru, which under a 1929 treaty with Chile must be consulted on any transfer of former Peruvian land, proposed an alternative that neither side accepted. In 1978 Bolivia broke off diplomatic relations with Chile, and the Charana understanding died with them.
The root of it all, he says, is the Treaty of Peace and Friendship of 1904, by which Bolivia recognised Chilean sovereignty over the coastal province it had lost in the War of the Pacific. Chile regards the treaty as settled and in force. Many Bolivians regard it as signed under duress.
"The treaty exists. I never pretended otherwise," Quiroga says. "But the sea is not a sentiment, it is a right, and rights do not expire."
He is sceptical about President Evo Morales's talk of taking the issue to an international court. "Courts can tell you what a treaty says. They cannot give you a port."
Asked what he would tell a young diplomat today, he laughs. "Learn the maps. And do not believe embraces.\"""",
gold=dict(countries=['BOL','CHL','PER'],
 persons=[dict(name='Ernesto Quiroga Salinas',aliases=['Quiroga'],nationality='BOL'),dict(name='Hugo Banzer',aliases=[],nationality='BOL'),
          dict(name='Augusto Pinochet',aliases=[],nationality='CHL'),dict(name='Evo Morales',aliases=[],nationality='BOL')],
 not_persons=['Charana'],
 embassies=[], defections=[],
 agreements=[dict(name='Charana understanding',aliases=[],parties=['BOL','CHL'],date='1975-02',status='terminated'),
             dict(name='1929 treaty',aliases=[],parties=['PER','CHL'],date='1929',status=None),
             dict(name='Treaty of Peace and Friendship',aliases=[],parties=['BOL','CHL'],date='1904',status='in_force')])),

dict(id='news-026', title='Russian diplomat in Oslo quits over war, seeks Norwegian protection', published='2022-06-20', source='Wire report',
text="""OSLO, June 20 -- A counsellor at the Russian embassy in Oslo has resigned in protest against the war in Ukraine and asked Norway for protection, Norwegian media reported on Monday.
Konstantin Vereshchagin, 46, who handled economic affairs at the embassy, sent his resignation letter to the ambassador last Thursday and left the building the same day, according to the broadcaster NRK. "I can no longer represent a state that is doing this to a neighbouring people," he wrote in the letter, which was seen by the broadcaster.
The Norwegian Directorate of Immigration said it did not comment on individual cases. The foreign ministry confirmed that it was "aware of the situation".
The Russian embassy said in a statement that Mr. Vereshchagin had been "dismissed" and accused Western services of a "provocation".
He is the second Russian diplomat known to have quit over the invasion. In May, Boris Bondarev, a counsellor at Russia's mission to the United Nations in Geneva, resigned with a scathing public letter and has remained in Switzerland under police protection.
Norway, which shares a short Arctic border with Russia, expelled three Russian diplomats in April on espionage grounds.""",
gold=dict(countries=['RUS','NOR','UKR','CHE'],
 persons=[dict(name='Konstantin Vereshchagin',aliases=['Mr. Vereshchagin'],nationality='RUS'),dict(name='Boris Bondarev',aliases=[],nationality='RUS')],
 not_persons=['NRK','Norwegian Directorate of Immigration'],
 embassies=[dict(sending='RUS',host='NOR',city='Oslo'),dict(sending='RUS',host='CHE',city='Geneva')],
 defections=[dict(defector='Konstantin Vereshchagin',**{'from':'RUS'},to='NOR',post_host='NOR',date='2022-06-16',position='counsellor for economic affairs'),
             dict(defector='Boris Bondarev',**{'from':'RUS'},to='CHE',post_host='CHE',date='2022-05',position='counsellor at mission to the UN in Geneva')],
 agreements=[])),

dict(id='news-027', title='Rolando Arencibia, Cuban ace who walked out in Monterrey, dies at 51', published='2014-08-16', source='Obituary, sports section',
text="""Rolando Arencibia, a right-handed pitcher who was among the first Cuban national-team players to defect in the post-Soviet era and who later pitched parts of four seasons in the major leagues, died on Thursday in Tampa, Fla. He was 51.
His wife, Mayra, said the cause was pancreatic cancer.
Arencibia was the ace of Cuba's staff at a tournament in Monterrey, Mexico, in July 1991 when he left the team hotel before dawn with a single bag. A cousin drove him to Nuevo Laredo, and he crossed into Texas later that day, telling border officials he wanted asylum. Cuban officials called him a traitor; his name was removed from the record books of the Cuban league for nearly two decades.
"He used to say the hardest part wasn't the border," said his former agent, Dennis Kaplan. "It was knowing what they would say about him at home."
He signed with the St. Louis Cardinals and made his major league debut in 1993. A sore shoulder ended his career in 1997. He later coached in the Tampa Bay area and ran a baseball academy for teenagers.
Arencibia's path became a familiar one. His nephew, Yoandy Arencibia, left Cuba on a speedboat in 2012 and is now an infielder in the minor leagues with a Florida-based club.
Besides his wife and nephew, he is survived by two daughters and a sister who still lives in Cienfuegos.""",
gold=dict(countries=['CUB','MEX','USA'],
 persons=[dict(name='Rolando Arencibia',aliases=['Arencibia'],nationality='CUB'),dict(name='Mayra',aliases=[]),
          dict(name='Dennis Kaplan',aliases=[]),dict(name='Yoandy Arencibia',aliases=[],nationality='CUB')],
 not_persons=['St. Louis Cardinals'],
 embassies=[],
 defections=[dict(defector='Rolando Arencibia',**{'from':'CUB'},to='USA',post_host=None,date='1991-07',position='national team pitcher'),
             dict(defector='Yoandy Arencibia',**{'from':'CUB'},to='USA',post_host=None,date='2012',position='baseball player')],
 agreements=[])),

dict(id='news-028', title='Sadat and Begin sign peace treaty on White House lawn', published='1979-03-27', source='Wire report',
text="""WASHINGTON, March 26 -- Egypt and Israel signed a peace treaty today, formally ending 31 years of war between them, in a ceremony on the North Lawn of the White House.
President Anwar el-Sadat and Prime Minister Menachem Begin signed the documents in Arabic, Hebrew and English, and President Carter added his signature as a witness. The three men then clasped hands before some 1,500 guests.
"Peace has come," Mr. Carter said. Mr. Sadat called it "a historic turning point of great significance for all peace-loving nations." Mr. Begin, recalling the wars in which Israel had fought Egypt, said: "No more war, no more bloodshed."
The treaty provides for Israel's phased withdrawal from the Sinai Peninsula over three years and for the establishment of normal diplomatic relations, including the exchange of ambassadors, after the first stage of withdrawal. It builds on the Camp David accords that the two leaders signed last September after thirteen days of talks with Mr. Carter at the presidential retreat in Maryland.
The Arab reaction was swift. Demonstrators marched in Damascus and Baghdad, and the Palestine Liberation Organization called for attacks on American interests. Saudi Arabia, a major financial backer of Egypt, said it would consult with other Arab states. Arab foreign ministers are due to meet in Baghdad tomorrow to consider sanctions against Cairo.""",
gold=dict(countries=['EGY','ISR','USA','SYR','IRQ','SAU'],
 persons=[dict(name='Anwar el-Sadat',aliases=['Mr. Sadat','Sadat'],nationality='EGY'),dict(name='Menachem Begin',aliases=['Mr. Begin','Begin'],nationality='ISR'),
          dict(name='Carter',aliases=['President Carter','Mr. Carter'],nationality='USA')],
 not_persons=['Palestine Liberation Organization','White House'],
 embassies=[], defections=[],
 agreements=[dict(name='peace treaty',aliases=[],parties=['EGY','ISR'],date='1979-03-26',status='signed'),
             dict(name='Camp David accords',aliases=[],parties=['EGY','ISR'],date='1978-09',status='signed')])),

dict(id='news-029', title='Turkmen embassy parades diplomat it says never left', published='2015-04-09', source='Wire report',
text="""ANKARA, April 9 -- Turkmenistan's embassy in Ankara on Thursday presented to journalists a diplomat who opposition websites had reported was seeking asylum in Turkey, in an apparent effort to quash the story.
Dovletgeldi Ataev, a first secretary, sat beside the ambassador at a hastily arranged press conference and read a short statement saying he had "never had any intention" of leaving his post and had been on leave visiting relatives in Ashgabat.
"I am here, I am working, and I am proud to serve my country," he said. He did not take questions.
The reports, which first appeared on an exile website based in Europe last week, said Ataev had contacted Turkish authorities after being recalled. Turkey's foreign ministry said it had received no asylum application from any Turkmen diplomat.
Turkmenistan, one of the world's most closed states, tightly controls travel by its officials. Human-rights groups say several lower-ranking Turkmen staff have quietly overstayed postings abroad in recent years, though such cases rarely become public.
The ambassador, Berdymurat Redjepov, said the website had "insulted a loyal servant of the state.\"""",
gold=dict(countries=['TKM','TUR'],
 persons=[dict(name='Dovletgeldi Ataev',aliases=['Ataev'],nationality='TKM'),dict(name='Berdymurat Redjepov',aliases=[],nationality='TKM')],
 not_persons=[],
 embassies=[dict(sending='TKM',host='TUR',city='Ankara')],
 defections=[], agreements=[])),
]
