"""Word lists for the benchmark corpus generator (``make_corpus.py``).

Pedigree: country names, demonyms and capitals are public general knowledge (English-language
news usage; ISO 3166-1 alpha-3 codes, checked against pycountry by ``tests/test_bench_corpus.py``).
Person names are invented: common given names and family names of each naming culture, combined
at random, so no generated person is meant to be a real one. Outlets, agreement names, quotes and
filler sentences are written for this file. Nothing here is taken from any evaluation corpus.
"""

from __future__ import annotations

#: ISO3, short name (with "the" where news English uses it), demonym, capital, naming culture.
COUNTRIES: tuple[tuple[str, str, str, str, str], ...] = (
    ("PRK", "North Korea", "North Korean", "Pyongyang", "korean"),
    ("KOR", "South Korea", "South Korean", "Seoul", "korean"),
    ("RUS", "Russia", "Russian", "Moscow", "east_slavic"),
    ("UKR", "Ukraine", "Ukrainian", "Kyiv", "east_slavic"),
    ("BLR", "Belarus", "Belarusian", "Minsk", "east_slavic"),
    ("BGR", "Bulgaria", "Bulgarian", "Sofia", "south_slavic"),
    ("SRB", "Serbia", "Serbian", "Belgrade", "south_slavic"),
    ("POL", "Poland", "Polish", "Warsaw", "central_european"),
    ("CZE", "the Czech Republic", "Czech", "Prague", "central_european"),
    ("HUN", "Hungary", "Hungarian", "Budapest", "central_european"),
    ("ROU", "Romania", "Romanian", "Bucharest", "central_european"),
    ("CHN", "China", "Chinese", "Beijing", "chinese"),
    ("JPN", "Japan", "Japanese", "Tokyo", "japanese"),
    ("VNM", "Vietnam", "Vietnamese", "Hanoi", "vietnamese"),
    ("THA", "Thailand", "Thai", "Bangkok", "thai"),
    ("IDN", "Indonesia", "Indonesian", "Jakarta", "malay"),
    ("MYS", "Malaysia", "Malaysian", "Kuala Lumpur", "malay"),
    ("PHL", "the Philippines", "Filipino", "Manila", "hispanic"),
    ("USA", "the United States", "American", "Washington", "anglo"),
    ("GBR", "the United Kingdom", "British", "London", "anglo"),
    ("CAN", "Canada", "Canadian", "Ottawa", "anglo"),
    ("AUS", "Australia", "Australian", "Canberra", "anglo"),
    ("IRL", "Ireland", "Irish", "Dublin", "anglo"),
    ("FRA", "France", "French", "Paris", "french"),
    ("BEL", "Belgium", "Belgian", "Brussels", "french"),
    ("DEU", "Germany", "German", "Berlin", "german"),
    ("AUT", "Austria", "Austrian", "Vienna", "german"),
    ("CHE", "Switzerland", "Swiss", "Bern", "german"),
    ("NLD", "the Netherlands", "Dutch", "Amsterdam", "dutch"),
    ("SWE", "Sweden", "Swedish", "Stockholm", "nordic"),
    ("NOR", "Norway", "Norwegian", "Oslo", "nordic"),
    ("DNK", "Denmark", "Danish", "Copenhagen", "nordic"),
    ("FIN", "Finland", "Finnish", "Helsinki", "nordic"),
    ("ESP", "Spain", "Spanish", "Madrid", "hispanic"),
    ("PRT", "Portugal", "Portuguese", "Lisbon", "lusophone"),
    ("BRA", "Brazil", "Brazilian", "Brasília", "lusophone"),
    ("MEX", "Mexico", "Mexican", "Mexico City", "hispanic"),
    ("ARG", "Argentina", "Argentine", "Buenos Aires", "hispanic"),
    ("CHL", "Chile", "Chilean", "Santiago", "hispanic"),
    ("COL", "Colombia", "Colombian", "Bogotá", "hispanic"),
    ("PER", "Peru", "Peruvian", "Lima", "hispanic"),
    ("VEN", "Venezuela", "Venezuelan", "Caracas", "hispanic"),
    ("CUB", "Cuba", "Cuban", "Havana", "hispanic"),
    ("ITA", "Italy", "Italian", "Rome", "italian"),
    ("GRC", "Greece", "Greek", "Athens", "greek"),
    ("TUR", "Turkey", "Turkish", "Ankara", "turkish"),
    ("IRN", "Iran", "Iranian", "Tehran", "persian"),
    ("AFG", "Afghanistan", "Afghan", "Kabul", "persian"),
    ("IRQ", "Iraq", "Iraqi", "Baghdad", "arabic"),
    ("SYR", "Syria", "Syrian", "Damascus", "arabic"),
    ("JOR", "Jordan", "Jordanian", "Amman", "arabic"),
    ("LBN", "Lebanon", "Lebanese", "Beirut", "arabic"),
    ("EGY", "Egypt", "Egyptian", "Cairo", "arabic"),
    ("SAU", "Saudi Arabia", "Saudi", "Riyadh", "arabic"),
    ("QAT", "Qatar", "Qatari", "Doha", "arabic"),
    ("MAR", "Morocco", "Moroccan", "Rabat", "arabic"),
    ("DZA", "Algeria", "Algerian", "Algiers", "arabic"),
    ("TUN", "Tunisia", "Tunisian", "Tunis", "arabic"),
    ("IND", "India", "Indian", "New Delhi", "south_asian"),
    ("PAK", "Pakistan", "Pakistani", "Islamabad", "south_asian"),
    ("BGD", "Bangladesh", "Bangladeshi", "Dhaka", "south_asian"),
    ("NPL", "Nepal", "Nepali", "Kathmandu", "south_asian"),
    ("NGA", "Nigeria", "Nigerian", "Abuja", "west_african"),
    ("GHA", "Ghana", "Ghanaian", "Accra", "west_african"),
    ("SEN", "Senegal", "Senegalese", "Dakar", "west_african"),
    ("KEN", "Kenya", "Kenyan", "Nairobi", "east_african"),
    ("ETH", "Ethiopia", "Ethiopian", "Addis Ababa", "east_african"),
    ("ZAF", "South Africa", "South African", "Pretoria", "southern_african"),
)

#: Per culture: (male given names, female given names, family names, family name first?).
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], bool]] = {
    "korean": (("Chol Min", "Yong Ho", "Song Il", "Myong Su", "Gwang Nam", "Hyok Jin", "Tae Sung"),
               ("Ok Sun", "Hui Jong", "Mi Rae", "Su Yon", "Eun Ha"),
               ("Kim", "Pak", "Choe", "Jang", "Han", "Yun", "Kang", "Jo", "Ryu"), True),
    "east_slavic": (("Aleksei", "Dmitri", "Sergei", "Nikolai", "Igor", "Pavel", "Oleg", "Viktor"),
                    ("Yelena", "Irina", "Natalia", "Olga", "Svetlana", "Tatiana"),
                    ("Volkov", "Sokolov", "Morozov", "Lebedev", "Kozlov", "Novikov", "Orlov", "Belov"),
                    False),
    "south_slavic": (("Georgi", "Stoyan", "Ivan", "Petar", "Dimitar", "Nikola", "Milan"),
                     ("Mariya", "Desislava", "Radka", "Jelena", "Milica"),
                     ("Petrov", "Dimitrov", "Stoyanov", "Kolev", "Todorov", "Angelov", "Jovanović"), False),
    "central_european": (("Tomasz", "Piotr", "Marek", "Jan", "András", "Mihai", "Andrei"),
                         ("Agnieszka", "Katarzyna", "Petra", "Zsófia", "Ioana"),
                         ("Kowalski", "Nowak", "Dvořák", "Novotný", "Horváth", "Popescu", "Ionescu"), False),
    "chinese": (("Wei", "Jun", "Lei", "Hao", "Jianguo", "Zhiqiang", "Guoming"),
                ("Yan", "Fang", "Lihua", "Jing", "Xiuying"),
                ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou"), True),
    "japanese": (("Hiroshi", "Takeshi", "Kenji", "Daisuke", "Makoto", "Shinji"),
                 ("Yuko", "Akiko", "Naomi", "Haruka", "Emi"),
                 ("Tanaka", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Sato", "Mori"), False),
    "vietnamese": (("Van Minh", "Duc Anh", "Quang Huy", "Thanh Son"),
                   ("Thi Lan", "Thi Mai", "Ngoc Anh"),
                   ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu"), True),
    "thai": (("Somchai", "Anan", "Kittisak", "Prasert"), ("Siriporn", "Malee", "Nanthana"),
             ("Srisuk", "Chaiyaporn", "Wongsawat", "Rattanakul"), False),
    "malay": (("Budi", "Agus", "Hafiz", "Rizal", "Arif"), ("Dewi", "Siti", "Nurul", "Putri"),
              ("Santoso", "Wijaya", "Hidayat", "Kusuma", "Rahman", "Ismail"), False),
    "anglo": (("James", "Thomas", "Richard", "Daniel", "Michael", "Graham", "Patrick"),
              ("Sarah", "Emily", "Catherine", "Helen", "Rachel", "Fiona"),
              ("Whitfield", "Harrington", "Caldwell", "Pemberton", "Ashworth", "Fletcher", "Hollis"), False),
    "french": (("Jean-Luc", "Olivier", "Mathieu", "Pierre", "Laurent", "Thierry"),
               ("Claire", "Sophie", "Camille", "Élodie", "Isabelle"),
               ("Marchand", "Lefèvre", "Dubois", "Girard", "Moreau", "Rousseau", "Fontaine"), False),
    "german": (("Klaus", "Jürgen", "Matthias", "Stefan", "Andreas", "Tobias"),
               ("Katrin", "Ulrike", "Anja", "Sabine", "Heike"),
               ("Brandt", "Hoffmann", "Keller", "Vogel", "Krüger", "Lindner", "Baumann"), False),
    "dutch": (("Jeroen", "Pieter", "Maarten", "Bram"), ("Sanne", "Lotte", "Femke"),
              ("de Vries", "van Dijk", "Bakker", "Visser", "Smit", "de Jong"), False),
    "nordic": (("Lars", "Henrik", "Erik", "Magnus", "Mikko", "Jonas"), ("Ingrid", "Astrid", "Sigrid", "Aino"),
               ("Lindqvist", "Johansson", "Halvorsen", "Nyström", "Berg", "Virtanen"), False),
    "hispanic": (("Carlos", "Javier", "Miguel", "Andrés", "Luis", "Rodrigo", "Emilio"),
                 ("María", "Lucía", "Carmen", "Isabel", "Valentina", "Paula"),
                 ("García", "Fernández", "López", "Martínez", "Rojas", "Castillo", "Herrera", "Navarro"),
                 False),
    "lusophone": (("João", "Pedro", "Rafael", "Tiago", "Gustavo"), ("Ana", "Beatriz", "Mariana", "Inês"),
                  ("Silva", "Souza", "Oliveira", "Pereira", "Costa", "Almeida"), False),
    "italian": (("Marco", "Giuseppe", "Luca", "Alessandro", "Stefano"), ("Giulia", "Francesca", "Chiara"),
                ("Rossi", "Bianchi", "Ferrari", "Esposito", "Romano", "Conti"), False),
    "greek": (("Nikos", "Giorgos", "Dimitris", "Yannis", "Kostas"), ("Eleni", "Katerina", "Sofia"),
              ("Papadopoulos", "Georgiou", "Nikolaidis", "Vlachos", "Antoniou"), False),
    "turkish": (("Mehmet", "Emre", "Murat", "Burak", "Serkan"), ("Elif", "Zeynep", "Ayşe", "Derya"),
                ("Yılmaz", "Demir", "Kaya", "Aydın", "Öztürk", "Çelik"), False),
    "persian": (("Reza", "Mehdi", "Hossein", "Dariush", "Farid"), ("Maryam", "Shirin", "Parisa", "Azadeh"),
                ("Rahimi", "Karimi", "Tehrani", "Ahmadi", "Moradi", "Sadeghi"), False),
    "arabic": (("Khalid", "Omar", "Youssef", "Tariq", "Samir", "Karim", "Hassan"),
               ("Layla", "Nadia", "Rania", "Salma", "Huda"),
               ("al-Masri", "Haddad", "Nasser", "Khoury", "Mansour", "Saleh", "Barakat"), False),
    "south_asian": (("Rajesh", "Arjun", "Vikram", "Sanjay", "Imran", "Farhan"),
                    ("Priya", "Anjali", "Sunita", "Ayesha"),
                    ("Sharma", "Iyer", "Chaudhry", "Qureshi", "Menon", "Banerjee"), False),
    "west_african": (("Oluwaseun", "Chinedu", "Kwame", "Kofi", "Emeka", "Mamadou", "Ousmane"),
                     ("Ngozi", "Adaeze", "Ama", "Aminata", "Funmilayo"),
                     ("Adeyemi", "Okonkwo", "Mensah", "Boateng", "Okafor", "Diallo", "Ndiaye"), False),
    "east_african": (("Joseph", "Peter", "Tesfaye", "Dawit", "Samuel"),
                     ("Grace", "Wanjiku", "Meron", "Achieng"),
                     ("Kamau", "Otieno", "Njoroge", "Abebe", "Mwangi", "Girma"), False),
    "southern_african": (("Thabo", "Sipho", "Mandla", "Themba"), ("Nomvula", "Lerato", "Zanele"),
                         ("Ndlovu", "Dlamini", "Mokoena", "Nkosi", "Khumalo"), False),
}

POSITIONS = (
    "counselor for political affairs", "second secretary", "first secretary", "third secretary",
    "military attaché", "trade attaché", "cultural attaché", "deputy ambassador", "acting ambassador",
    "consul general", "press officer", "minister-counselor", "economic counselor", "defence attaché",
)

OUTLETS = (
    "Eastern Wire", "The Meridian Post", "Daily Ledger", "Continental Herald", "The Morning Gazette",
    "Northbound News", "Global Desk", "The Evening Courier", "Harborview Times", "Capital Observer",
)

AGREEMENT_WORDS = ("Accord", "Agreement", "Treaty", "Convention", "Declaration", "Protocol", "Pact")
AGREEMENT_THEMES = (
    "Partnership", "Friendship and Cooperation", "Fisheries", "Energy Transit", "Border", "Water Sharing",
    "Free Trade", "Civil Aviation", "Mutual Legal Assistance", "Nuclear Safety", "Cultural Exchange",
)
AGREEMENT_PLACES = ("Northern Corridor", "Silver Coast", "Meridian", "Three Rivers", "Highland", "Lakeside",
                    "Eastern Gate", "Amber Road", "Cedar Valley")
AGREEMENT_DESCRIPTIONS = (
    "a bilateral trade agreement", "an extradition treaty",
    "a memorandum of understanding on energy cooperation",
    "a visa waiver agreement", "a defence cooperation pact", "a border demarcation treaty",
    "an agreement on the avoidance of double taxation", "a cultural exchange programme",
    "an air services agreement", "a maritime boundary agreement",
)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

SPOKESPEOPLE = ("a foreign ministry spokesperson", "a government spokesman", "a senior official",
                "an intelligence official who asked not to be named", "the ministry's press office",
                "a diplomat familiar with the matter")

QUOTES = (
    "We do not comment on individual cases, and we ask for the family's privacy to be respected",
    "This is a matter for the competent authorities, and they are handling it",
    "Our position has not changed, and we remain open to dialogue",
    "The door to negotiation is still open, but trust has to be rebuilt step by step",
    "Nobody in this building was surprised, to be honest",
    "We expect our partners to honour the commitments they have made",
    "It is too early to say what this means for relations between our two countries",
    "The government will respond at a time and in a manner of its own choosing",
)

ANALYST_ROLES = ("a professor of international relations", "a former ambassador", "a security analyst",
                 "a researcher at a policy institute", "a veteran foreign correspondent")

SPORTS = ("football", "basketball", "volleyball", "handball", "rugby", "cricket", "hockey")
WEATHER = ("heavy rain", "an early heatwave", "dense fog", "strong winds", "a late snowfall",
           "a week of storms", "unseasonal frost")
GOODS = ("wheat", "steel", "natural gas", "electronics", "coffee", "textiles", "fertiliser", "copper")
