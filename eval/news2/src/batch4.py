ARTS=[
dict(id='news-030', title='Soviet pilot lands MiG-25 in Japan, asks for U.S. asylum', published='1976-09-07', source='Wire report',
text="""TOKYO, Sept. 6 -- A Soviet Air Force pilot flew one of the most advanced Soviet jet fighters, a MiG-25, to northern Japan today and asked for political asylum in the United States, Japanese officials said.
The pilot, identified as Lieut. Viktor Ivanovich Belenko, 29, landed at the civilian airport at Hakodate on the island of Hokkaido shortly before 2 P.M., overshooting the runway and coming to a halt in a field. Witnesses said he climbed out, fired two warning shots into the air with a pistol to keep onlookers away from the aircraft and asked that the plane be covered.
Japanese police took him into custody. A Foreign Ministry spokesman said Lieutenant Belenko had "expressed the wish to go to the United States" and that the request would be handled "in a humanitarian manner, in consultation with the American Government."
In Washington, the State Department said the United States would grant asylum if Lieutenant Belenko confirmed his request.
The Soviet Embassy in Tokyo demanded to see the pilot and asked that both he and the aircraft be returned immediately. Embassy officials said the pilot had made an emergency landing after losing his way.
Western military specialists said the aircraft, which NATO calls the Foxbat, had never before been examined at close quarters by Western experts. Japanese officials would not say how long it would remain at Hakodate.""",
gold=dict(countries=['SUN','JPN','USA'],
 persons=[dict(name='Viktor Ivanovich Belenko',aliases=['Lieutenant Belenko','Lieut. Viktor Ivanovich Belenko'],nationality='SUN')],
 not_persons=['Foxbat','NATO'],
 embassies=[dict(sending='SUN',host='JPN',city='Tokyo')],
 defections=[dict(defector='Viktor Ivanovich Belenko',**{'from':'SUN'},to='USA',post_host=None,date='1976-09-06',position='air force pilot (lieutenant)')],
 agreements=[])),

dict(id='news-031', title='After a decade of false starts, India and Australia settle for a smaller trade deal', published='2022-04-04', source='Analysis, business and economy',
text="""It was signed over a video link, with two ministers in two capitals holding up identical leather folders to the camera. But the India-Australia Economic Cooperation and Trade Agreement, concluded on Saturday, is the first trade agreement India has signed with a developed economy in more than a decade, and officials on both sides were determined to make an occasion of it.
"This is a watershed moment," India's commerce minister, Piyush Goyal, said from New Delhi. In Canberra, his Australian counterpart, Dan Tehan, said the deal would open "the biggest door of opportunity" Australian exporters had seen in years. Prime Ministers Narendra Modi and Scott Morrison watched the ceremony and traded compliments.
What is in it
Under the agreement, Australia will remove tariffs on almost all Indian goods over time, including textiles, leather, jewellery and sports equipment. India will cut or eliminate duties on about 85 per cent of Australian exports by value, including coal, sheep meat, wool and, with restrictions, wine. A quota system will cover some agricultural products.
There are provisions on services and on the mobility of workers: Indian chefs and yoga instructors will get special visa allocations, and Australian universities will find it easier to recognise Indian qualifications. Double taxation of Indian software firms' offshore income in Australia, a long-running irritant, will end.
What is not
Dairy, wheat and sugar -- all politically sensitive in India -- are excluded. So is much of what was once meant to be a far broader pact.
The two countries began negotiating a Comprehensive Economic Cooperation Agreement in 2011. The talks stalled in 2015, mainly over agriculture and the movement of professionals. Saturday's arrangement is explicitly described as an "interim" step; both governments say they intend to conclude the comprehensive agreement eventually, though neither has set a date.
"Everyone has learned that you cannot do it all at once with India," said Priyanka Raman, a trade economist in Melbourne. "The choice was between a smaller deal now or a perfect deal never."
The geopolitics
Few doubt that strategy helped. Both countries are members of the Quad grouping with the United States and Japan, and both have had bruising experiences with China. Beijing imposed punitive tariffs on Australian barley, wine and other goods in 2020 after Canberra called for an inquiry into the origins of the coronavirus. India's relations with China have been frozen since a deadly border clash the same year.
"Diversification is the word you hear in every meeting," said one Australian official involved in the talks. "This is partly about trade, and partly about not being dependent on one customer."
India, for its part, pulled out in 2019 of negotiations on the Regional Comprehensive Economic Partnership, the huge Asian trade pact that China and 14 other countries went on to sign in 2020, arguing that it would have been swamped by Chinese imports. The deal with Australia is part of an effort to show that New Delhi is not against trade as such, only against trade on terms it considers unfair. It is also negotiating with Britain, Canada and the European Union.
What happens next
The agreement still needs to be ratified. In Australia, that requires scrutiny by a parliamentary committee and implementing legislation, which may be complicated by a federal election expected in May. Business groups are urging rapid approval.
Farmers were cautiously positive. Wine producers, who lost most of their Chinese market two years ago, said India could never replace it but was "a very welcome start".
For Indian exporters, the test will be whether tariff cuts translate into sales. "A signed document is a beginning, not an outcome," Raman said.""",
gold=dict(countries=['IND','AUS','CHN','JPN','USA','GBR','CAN'],
 persons=[dict(name='Piyush Goyal',aliases=[],nationality='IND'),dict(name='Dan Tehan',aliases=[],nationality='AUS'),
          dict(name='Narendra Modi',aliases=[],nationality='IND'),dict(name='Scott Morrison',aliases=[],nationality='AUS'),
          dict(name='Priyanka Raman',aliases=['Raman'])],
 not_persons=['Quad'],
 embassies=[], defections=[],
 agreements=[dict(name='India-Australia Economic Cooperation and Trade Agreement',aliases=[],parties=['IND','AUS'],date='2022-04-02',status='signed'),
             dict(name='Comprehensive Economic Cooperation Agreement',aliases=[],parties=['IND','AUS'],date=None,status=None),
             dict(name='Regional Comprehensive Economic Partnership',aliases=[],parties=['CHN'],date='2020',status='signed')])),

dict(id='news-032', title='Through the back door of the steppe: one woman\'s long road from Hoeryong to Seoul', published='2000-07-11', source='Feature, weekend edition',
text="""SEOUL -- The first thing Choi Mi-ran bought with her resettlement money was a rice cooker. The second was a map of Mongolia, which now hangs, framed, above the television in her small apartment in a new housing block on the southern edge of the city.
"My son asks why we keep it," she says. "I tell him it is the map of the door we came through."
Ms. Choi, 36, grew up in Hoeryong, a North Korean town on the Tumen River, across the water from China. In the famine years of the mid-1990s she watched neighbours die of hunger and her husband disappear into a labour camp after he was caught selling copper wire. In the autumn of 1998 she waded across the river one night with her eight-year-old son on her back.
For the next year and a half they lived in the Korean-Chinese villages of Yanbian, in northeastern China, moving from farm to farm. She worked in kitchens and fields for no wages, in exchange for a place to sleep. Twice police came to the village; twice neighbours hid them.
She knew what capture would mean. Under a border protocol signed by China and North Korea in 1986, which officials in both countries say remains in force, Chinese authorities treat North Koreans who cross illegally as economic migrants rather than refugees and send them back. Those returned face interrogation and, often, prison.
The route out was provided by a network of South Korean church activists. In February a pastor from Seoul, Park Young-ho, arranged for Ms. Choi and her son to be taken by train to Inner Mongolia, and from there on foot across the frontier at night. "We walked for eleven hours," she says. "He kept telling the boy that we were playing a game."
Mongolian border troops picked them up the next morning. Mongolia, which maintains diplomatic relations with both Koreas, has quietly allowed such North Koreans to be transferred to the South, and after six weeks in a holding facility outside Ulan Bator the two were flown to Seoul in early April.
Mr. Park, who has helped dozens of North Koreans make similar journeys, asked that the details of the route not be published. Several of his associates have been arrested in China.
Ms. Choi has since been through the government's resettlement programme, which teaches new arrivals how to use a bank card, a subway ticket machine and a mobile phone. She works in a factory canteen and studies for a cook's licence in the evenings.
The number of North Koreans reaching the South remains small -- a few hundred last year -- but officials expect it to grow. Last month's summit in Pyongyang between Kim Dae-jung and Kim Jong-il raised hopes of a thaw, but Ms. Choi says she does not expect the border to open soon.
"They shook hands on television," she says. "On the river, nothing has changed.\"""",
gold=dict(countries=['PRK','KOR','CHN','MNG'],
 persons=[dict(name='Choi Mi-ran',aliases=['Ms. Choi'],nationality='PRK'),dict(name='Park Young-ho',aliases=['Mr. Park'],nationality='KOR'),
          dict(name='Kim Dae-jung',aliases=[],nationality='KOR'),dict(name='Kim Jong-il',aliases=[],nationality='PRK')],
 not_persons=[],
 embassies=[],
 defections=[dict(defector='Choi Mi-ran',**{'from':'PRK'},to='KOR',post_host=None,date='1998',position=None)],
 agreements=[dict(name='border protocol',aliases=[],parties=['CHN','PRK'],date='1986',status='in_force')])),

dict(id='news-033', title='Chinese consular official in Sydney seeks protection', published='2005-06-06', source='Wire report',
text="""SYDNEY, June 6 -- A Chinese diplomat who walked out of his country's consulate-general in Sydney has gone into hiding after Australian officials declined his request for political asylum, his supporters said on Monday.
Liang Weiming, 37, a first secretary responsible for monitoring Chinese community groups, left the consulate with his wife and six-year-old daughter on May 26 and went to the immigration department the following day. He says he was told that his case would be handled through the normal protection-visa process, under which applicants are assessed as refugees, rather than by a grant of political asylum.
"I am not asking for a favour. I am asking not to be sent back to a prison," Mr. Liang told a rally organised by Chinese dissidents outside Parliament House in Canberra on Saturday.
Foreign Minister Alexander Downer said the government was following "the proper procedures" and denied that relations with Beijing had influenced the decision. China's embassy in Canberra said Mr. Liang had been dismissed for personal reasons and should return home to face investigation.
His case was taken up over the weekend by a second Chinese defector, Hao Jiming, a former police officer from Tianjin who said he had sought asylum in Australia in February after arriving on a tourist visa. Mr. Hao told reporters that he could confirm Mr. Liang's account of Chinese intelligence activity among exiles in Australia.
Opposition politicians have called for a parliamentary inquiry.""",
gold=dict(countries=['CHN','AUS'],
 persons=[dict(name='Liang Weiming',aliases=['Mr. Liang'],nationality='CHN'),dict(name='Alexander Downer',aliases=[],nationality='AUS'),
          dict(name='Hao Jiming',aliases=['Mr. Hao'],nationality='CHN')],
 not_persons=['Parliament House'],
 embassies=[dict(sending='CHN',host='AUS',city='Sydney'),dict(sending='CHN',host='AUS',city='Canberra')],
 defections=[dict(defector='Liang Weiming',**{'from':'CHN'},to='AUS',post_host='AUS',date='2005-05-26',position='first secretary, consulate-general in Sydney'),
             dict(defector='Hao Jiming',**{'from':'CHN'},to='AUS',post_host=None,date='2005-02',position='former police officer')],
 agreements=[])),

dict(id='news-034', title='Q&A: What the Belfast agreement actually says', published='1998-05-20', source='Explainer, UK politics',
text="""On Friday, voters on both sides of the Irish border will be asked to endorse the agreement reached in Belfast on Good Friday, April 10. Here are the essentials.
Who signed it?
The agreement was concluded after marathon talks chaired by the former United States senator George Mitchell. It has two parts: a multi-party agreement among most of Northern Ireland's political parties, and a treaty between the British and Irish governments, signed by Tony Blair and Bertie Ahern. The Ulster Unionist leader David Trimble and the SDLP leader John Hume were central to the deal; Sinn Fein, led by Gerry Adams, took part and has urged a Yes vote. The Democratic Unionist Party walked out of the talks and is campaigning against.
What does it do?
It creates a Northern Ireland Assembly elected by proportional representation, with power shared between unionists and nationalists; a North-South Ministerial Council; and a British-Irish Council linking London, Dublin and the devolved administrations. Prisoners belonging to organisations observing a ceasefire could be released within two years.
What about the border?
Northern Ireland stays in the United Kingdom as long as a majority there wishes. The Irish government will propose amending Articles 2 and 3 of its constitution, which lay claim to the whole island. The new British-Irish treaty is intended to replace the Anglo-Irish Agreement signed at Hillsborough in 1985, which unionists have always opposed.
What happens if people vote No?
In theory the process stops. In practice, ministers in both capitals say they would look for a way to salvage it.""",
gold=dict(countries=['GBR','IRL','USA'],
 persons=[dict(name='George Mitchell',aliases=[],nationality='USA'),dict(name='Tony Blair',aliases=[],nationality='GBR'),
          dict(name='Bertie Ahern',aliases=[],nationality='IRL'),dict(name='David Trimble',aliases=[]),
          dict(name='John Hume',aliases=[]),dict(name='Gerry Adams',aliases=[])],
 not_persons=['Sinn Fein','SDLP','Democratic Unionist Party','Ulster Unionist'],
 embassies=[], defections=[],
 agreements=[dict(name='agreement reached in Belfast on Good Friday',aliases=['British-Irish treaty'],parties=['GBR','IRL'],date='1998-04-10',status='signed'),
             dict(name='Anglo-Irish Agreement',aliases=[],parties=['GBR','IRL'],date='1985',status=None)])),

dict(id='news-035', title='Embassies move staff out of Tokyo as nuclear fears grow', published='2011-03-18', source='Wire report',
text="""TOKYO, March 18 -- Several foreign governments have moved diplomats and their families out of Tokyo or closed their embassies temporarily, citing uncertainty over the damaged Fukushima Daiichi nuclear power plant, 240 kilometres north of the capital.
Germany and Austria have transferred most embassy operations to Osaka, in western Japan, while Switzerland and Finland have advised non-essential staff to leave the country. France chartered aircraft to fly its citizens home and offered seats to other Europeans.
"This is a precautionary step. Our consular services continue to function," said Katrin Lehmann, a spokeswoman for the German embassy, speaking by telephone from Osaka.
The United States has not moved its embassy but authorised the voluntary departure of dependants of its diplomats and recommended that Americans within 80 kilometres of the plant evacuate. Britain said it was chartering flights from Tokyo to Hong Kong.
Japanese officials have insisted that radiation levels in Tokyo remain far below any danger threshold. Chief Cabinet Secretary Yukio Edano told reporters he understood foreign governments' concerns but asked them "to base their decisions on scientific facts."
Some diplomats privately said the moves risked sending a signal of panic. "We are guests here," one Asian ambassador said. "We do not pack our bags the moment our host is in trouble.\"""",
gold=dict(countries=['JPN','DEU','AUT','CHE','FIN','FRA','USA','GBR'],
 persons=[dict(name='Katrin Lehmann',aliases=[],nationality='DEU'),dict(name='Yukio Edano',aliases=[],nationality='JPN')],
 not_persons=['Fukushima Daiichi'],
 embassies=[dict(sending='DEU',host='JPN',city='Tokyo'),dict(sending='AUT',host='JPN',city='Tokyo'),dict(sending='USA',host='JPN',city='Tokyo'),
            dict(sending='CHE',host='JPN'),dict(sending='FIN',host='JPN')],
 defections=[], agreements=[])),

dict(id='news-036', title='U.S. sergeant turns up in East Berlin; Reds say he asked for asylum', published='1962-10-15', source='Wire report',
text="""BERLIN, Oct. 15 -- An American Army sergeant missing from his unit in West Germany since Friday has surfaced in East Berlin, where the Communist authorities announced today that he had been granted asylum.
The East German news agency said Sgt. Harold E. Pruett, 24, of Hazard, Ky., had crossed into the "capital of the German Democratic Republic" of his own free will and had asked to remain "in protest against the war preparations of the United States." It published a photograph of him shaking hands with an official.
Army spokesmen in Heidelberg confirmed that Sergeant Pruett, a radio technician with a signal battalion stationed near Kaiserslautern, had been absent without leave since Friday and had not been seen since he drove off in a borrowed car. They said he had "no access to classified information of significance."
His mother, Mrs. Ida Pruett, reached by telephone in Kentucky, said she could not believe her son would leave of his own choice. "Somebody got hold of that boy," she said.
He is the fourth American serviceman to go over to the East since the Berlin Wall went up in August of last year. United States officials have asked the Soviet authorities in East Berlin for access to him.""",
gold=dict(countries=['USA','DDR','DEU','SUN'],
 persons=[dict(name='Harold E. Pruett',aliases=['Sergeant Pruett','Sgt. Harold E. Pruett'],nationality='USA'),dict(name='Ida Pruett',aliases=['Mrs. Ida Pruett'],nationality='USA')],
 not_persons=[],
 embassies=[],
 defections=[dict(defector='Harold E. Pruett',**{'from':'USA'},to='DDR',post_host='DEU',date='1962-10-12',position='Army sergeant, radio technician')],
 agreements=[])),

dict(id='news-037', title='Japan-Philippines troop access pact takes effect', published='2025-09-12', source='Wire brief',
text="""MANILA, Sept 12 -- A reciprocal access agreement allowing Japanese and Philippine forces to train on each other's territory entered into force on Thursday, the two governments said, as both countries seek closer security ties in the face of Chinese assertiveness in the South China Sea.
The pact was signed in Manila in July last year by Japan's then-foreign minister, Yoko Kamikawa, and Philippine Defence Secretary Gilberto Teodoro. It is the first such arrangement Tokyo has concluded in Asia.
"This gives real substance to a partnership that has been growing for years," Teodoro said in a statement.
The Philippines already hosts American troops under a visiting forces agreement with the United States that dates to 1998 and remains in force, despite a move by then-President Rodrigo Duterte to scrap it in 2020. Manila also has a status-of-forces agreement with Australia.
China's foreign ministry said countries in the region should not "bring in outside forces" to stir up tensions.""",
gold=dict(countries=['JPN','PHL','CHN','USA','AUS'],
 persons=[dict(name='Yoko Kamikawa',aliases=[],nationality='JPN'),dict(name='Gilberto Teodoro',aliases=['Teodoro'],nationality='PHL'),
          dict(name='Rodrigo Duterte',aliases=[],nationality='PHL')],
 not_persons=[],
 embassies=[], defections=[],
 agreements=[dict(name='reciprocal access agreement',aliases=[],parties=['JPN','PHL'],date='2024-07',status='in_force'),
             dict(name='visiting forces agreement',aliases=[],parties=['PHL','USA'],date='1998',status='in_force'),
             dict(name='status-of-forces agreement',aliases=[],parties=['PHL','AUS'],date=None,status='in_force')])),

dict(id='news-038', title='The chess player who took off her headscarf, and the country that lost her', published='2023-01-19', source='Feature, culture and sport',
text="""When Shirin Mahdavi sat down for the first round of the world rapid championship in Almaty in late December, she had already made up her mind. She had played in a headscarf for eleven years, at every international tournament, as the rules of the Iranian federation required. This time she left it in her hotel room.
Photographs of her bare-headed at the board circulated on Persian-language social media within hours. By the second day, she said, a relative in Tehran had called to warn her that she should not come home.
She did not. Ms. Mahdavi, 25, a woman grandmaster who has represented Iran at three Olympiads, flew from Kazakhstan to Spain, where she had friends from the tournament circuit, and has since been given residence there. The Spanish interior ministry confirmed this week that her application had been approved but gave no details.
"I did not do it to become a symbol," she said in a video interview from a flat in Valencia. "I did it because I could no longer pretend. Every game I played with the scarf, I felt I was losing something before I moved a piece."
The gesture came at a charged moment. Iran has been convulsed since September by protests that began after the death in custody of Mahsa Amini, a young woman arrested by the morality police. A number of Iranian athletes have competed without hijabs or declined to sing the national anthem in solidarity.
Iran's chess federation said Ms. Mahdavi had "violated the regulations" and would be dropped from the national squad. A federation official, Hamid Nouri, told a state news agency that "a player who chooses to live abroad cannot represent the Islamic Republic."
Chess has already lost one star to exile. Alireza Firouzja, the prodigy who is now among the strongest players in the world, left Iran in 2019 after the federation ordered players not to face Israeli opponents, and later took French citizenship.
Ms. Mahdavi says she hopes to play for Spain one day. For now she is teaching children in a local club. "They do not care about any of this," she says. "They only want to know how to stop the Scholar's Mate.\"""",
gold=dict(countries=['IRN','KAZ','ESP','ISR','FRA'],
 persons=[dict(name='Shirin Mahdavi',aliases=['Ms. Mahdavi'],nationality='IRN'),dict(name='Mahsa Amini',aliases=[],nationality='IRN'),
          dict(name='Hamid Nouri',aliases=[],nationality='IRN'),dict(name='Alireza Firouzja',aliases=[],nationality='IRN')],
 not_persons=["Scholar's Mate"],
 embassies=[],
 defections=[dict(defector='Shirin Mahdavi',**{'from':'IRN'},to='ESP',post_host=None,date='2022-12',position='chess player, woman grandmaster'),
             dict(defector='Alireza Firouzja',**{'from':'IRN'},to='FRA',post_host=None,date='2019',position='chess player')],
 agreements=[])),

dict(id='news-039', title="Ghana's first envoy presents credentials at White House", published='1957-06-14', source='Wire brief',
text="""WASHINGTON, June 14 -- Daniel A. Chapman, the first ambassador of the new state of Ghana, presented his credentials to President Eisenhower at the White House today.
Mr. Chapman, 48, a former schoolmaster and until recently secretary to the Cabinet in Accra, will also serve as Ghana's permanent representative to the United Nations. He told reporters that his country wanted "friendship with all and enmity towards none" and hoped to attract American investment for the planned Volta River hydroelectric scheme.
President Eisenhower expressed the hope that Ghana, which gained its independence from Britain on March 6, would be "an example to the peoples of Africa." Prime Minister Kwame Nkrumah is expected to visit the United States next year.
The Ghanaian embassy will occupy temporary offices on Massachusetts Avenue until a permanent chancery is found.""",
gold=dict(countries=['GHA','USA','GBR'],
 persons=[dict(name='Daniel A. Chapman',aliases=['Mr. Chapman'],nationality='GHA'),dict(name='Eisenhower',aliases=['President Eisenhower'],nationality='USA'),
          dict(name='Kwame Nkrumah',aliases=[],nationality='GHA')],
 not_persons=['White House','Volta River'],
 embassies=[dict(sending='GHA',host='USA',city='Washington')],
 defections=[], agreements=[])),
]
