"""Reference data: the people a Kortrijk leerwinkel reaches and what they ask about.

Names by origin, places, schooling, social status and the themes of their questions, with the
weights the demo draws them by (the shares follow the GOAL experiments, see docs/domain.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from leerwinkel_desk.demo.weighted import Weighted
from leerwinkel_desk.domain.enums import DutchLevel, Qualification, SocialStatus

# --- the population the service reaches -------------------------------------------------------


NEWCOMER_DUTCH_LEVELS = Weighted([(DutchLevel.A1, 15), (DutchLevel.A2, 30), (DutchLevel.B1, 30),
                                  (DutchLevel.B2, 17), (DutchLevel.C1, 8)])


@dataclass(frozen=True)
class Origin:
    women: tuple[str, ...]
    men: tuple[str, ...]
    surnames: tuple[str, ...]
    native_share: float             # share who grew up speaking Dutch
    dutch_levels: Weighted[DutchLevel] = NEWCOMER_DUTCH_LEVELS     # of those who did not
    gendered_surnames: bool = False     # Polish -ski/-cki become -ska/-cka for women


FLEMISH = Origin(
    women=("Céline", "Lotte", "Marie", "Sarah", "Ine", "Elke", "Kaat", "Lien", "Febe", "Joke",
           "Hannelore", "Ann", "Nathalie", "Chloë", "Noémie", "Zoë", "Griet", "Katrien", "Jolien",
           "Eline", "Ellen", "Sien", "Nele", "Valérie"),
    men=("Pieter", "Jens", "Bram", "Wout", "Thijs", "Kobe", "Stijn", "Dries", "Geert", "Filip",
         "Jeroen", "Senne", "Rémi", "Gaëtan", "Arne", "Lander", "Bart", "Kurt", "Jelle", "Wim",
         "Koen", "Michiel", "Seppe", "Matthias"),
    surnames=("Peeters", "Janssens", "Maes", "Vandenberghe", "Desmet", "Vermeulen", "De Smet",
              "Claeys", "Vandamme", "Verhaeghe", "Decock", "Deprez", "Du Bois", "Vanhoutte",
              "D'hondt", "Van de Velde", "Lefèvre", "Debaene", "Vercruysse", "Goethals",
              "Callewaert", "Demeulenaere", "Coussens", "Degryse", "Verschuere", "Van Eeckhout",
              "Dewaele", "Vanneste", "Vandewiele", "Dejonghe", "Verhelst", "Deconinck",
              "Ghekiere", "Vanoverbeke", "Lemaître", "Vandendriessche"),
    native_share=1.0,
)
ORIGINS: Weighted[Origin] = Weighted([
    (FLEMISH, 52),
    (Origin(  # French-speaking Belgians living in Flanders
        women=("Amélie", "Hélène", "Aurélie", "Mélanie", "Sophie", "Élodie"),
        men=("François", "Jérôme", "Cédric", "Frédéric", "Sébastien", "Loïc"),
        surnames=("Dubois", "Lambert", "Leroy", "Dupont", "Lemaire", "Mertens", "Renard"),
        native_share=0.2,
        dutch_levels=Weighted([(DutchLevel.A2, 10), (DutchLevel.B1, 35), (DutchLevel.B2, 35),
                               (DutchLevel.C1, 20)]),
    ), 3),
    (Origin(
        women=("Fatima", "Khadija", "Naïma", "Soukaina", "Salma", "Imane", "Hajar", "Meryem", "Ikram"),
        men=("Mohamed", "Youssef", "Saïd", "Karim", "Hamza", "Bilal", "Ayoub", "Mustafa", "Anouar"),
        surnames=("El Amrani", "Benali", "El Idrissi", "Bouzid", "Aït Taleb", "Azzouzi", "El Khattabi",
                  "Boukhari", "Ouali", "Ben Haddou", "Chaïbi"),
        native_share=0.55,
    ), 8),
    (Origin(
        women=("Ayşe", "Elif", "Zeynep", "Gülşen", "Büşra", "Özlem", "Çiğdem", "Hatice", "Fatma"),
        men=("Mehmet", "Ahmet", "Çağrı", "Murat", "Emre", "Hüseyin", "Oğuz", "Serkan", "Burak"),
        surnames=("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Doğan", "Koç",
                  "Güneş", "Arslan", "Kılıç"),
        native_share=0.5,
    ), 7),
    (Origin(
        women=("Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Żaneta", "Ewa", "Magdalena"),
        men=("Łukasz", "Paweł", "Krzysztof", "Tomasz", "Michał", "Wojciech", "Grzegorz"),
        surnames=("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Lewandowski", "Kamiński",
                  "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski"),
        native_share=0.05,
        gendered_surnames=True,
    ), 4),
    (Origin(
        women=("Ioana", "Andreea", "Elena", "Mădălina", "Ștefania", "Alina", "Cristina"),
        men=("Ionuț", "Andrei", "Mihai", "Florin", "Răzvan", "Bogdan", "Costel"),
        surnames=("Popescu", "Ionescu", "Constantin", "Stoica", "Munteanu", "Dumitrescu",
                  "Rădulescu", "Țurcanu", "Lungu"),
        native_share=0.05,
    ), 4),
    (Origin(
        women=("Olena", "Iryna", "Oksana", "Yuliia", "Kateryna", "Nataliia", "Tetiana"),
        men=("Oleksandr", "Andrii", "Serhii", "Dmytro", "Vasyl", "Mykola", "Bohdan"),
        surnames=("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko",
                  "Boiko", "Moroz", "Savchenko"),
        native_share=0.0,
        dutch_levels=Weighted([(DutchLevel.A1, 35), (DutchLevel.A2, 35), (DutchLevel.B1, 22),
                               (DutchLevel.B2, 8)]),
    ), 4),
    (Origin(
        women=("Rasha", "Lina", "Hiba", "Nour", "Rania", "Ghada", "Amal"),
        men=("Ahmad", "Mohammad", "Khaled", "Omar", "Ammar", "Fadi", "Yazan"),
        surnames=("Al-Hassan", "Haddad", "Al-Khatib", "Darwish", "Al-Masri", "Khoury", "Saleh",
                  "Al-Ahmad", "Hamdan"),
        native_share=0.05,
    ), 4),
    (Origin(
        women=("Zahra", "Maryam", "Fatemeh", "Shabnam", "Parwana", "Freshta"),
        men=("Ali", "Hamid", "Farid", "Naveed", "Sayed", "Mohammad", "Rahmatullah"),
        surnames=("Ahmadi", "Hussaini", "Rahimi", "Karimi", "Noori", "Sultani", "Hakimi", "Amiri"),
        native_share=0.05,
    ), 4),
    (Origin(
        women=("Grâce", "Bénédicte", "Merveille", "Rachel", "Chantal", "Nadège", "Esther"),
        men=("Patrick", "Jean-Pierre", "Dieudonné", "Christian", "Héritier", "Junior", "Ézéchiel"),
        surnames=("Mukendi", "Kabeya", "Tshibangu", "Mbuyi", "Ilunga", "Kalonji", "Lukusa",
                  "Nkongolo", "Mulumba"),
        native_share=0.3,
        dutch_levels=Weighted([(DutchLevel.A1, 10), (DutchLevel.A2, 25), (DutchLevel.B1, 35),
                               (DutchLevel.B2, 20), (DutchLevel.C1, 10)]),
    ), 3),
    (Origin(
        women=("Senait", "Helen", "Mebrat", "Selam", "Yodit", "Saba"),
        men=("Yonas", "Dawit", "Tesfay", "Robel", "Filmon", "Merhawi"),
        surnames=("Tesfamariam", "Gebremedhin", "Habte", "Kidane", "Tekle", "Woldu", "Ghebreyesus"),
        native_share=0.0,
        dutch_levels=Weighted([(DutchLevel.A1, 30), (DutchLevel.A2, 40), (DutchLevel.B1, 25),
                               (DutchLevel.B2, 5)]),
    ), 2),
    (Origin(
        women=("Thị Lan", "Thị Hương", "Thị Mai", "Ngọc Anh"),
        men=("Văn Minh", "Văn Hùng", "Đức Anh", "Quang Huy"),
        surnames=("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng"),
        native_share=0.3,
    ), 1),
    (Origin(
        women=("Arta", "Blerta", "Valbona", "Drita"),
        men=("Arben", "Driton", "Besnik", "Fatmir"),
        surnames=("Berisha", "Krasniqi", "Gashi", "Morina", "Shala"),
        native_share=0.6,
    ), 1),
    (Origin(
        women=("Giulia", "Francesca", "Rosaria"),
        men=("Giuseppe", "Salvatore", "Antonio"),
        surnames=("Russo", "Esposito", "Lo Bue", "Di Stefano"),
        native_share=0.85,
    ), 1),
])

MUNICIPALITIES: Weighted[tuple[str, str]] = Weighted([
    (("8500", "Kortrijk"), 30), (("8501", "Heule"), 4), (("8501", "Bissegem"), 2),
    (("8510", "Marke"), 3), (("8510", "Bellegem"), 1), (("8511", "Aalbeke"), 1),
    (("8520", "Kuurne"), 4), (("8530", "Harelbeke"), 7), (("8531", "Bavikhove"), 1),
    (("8540", "Deerlijk"), 2), (("8550", "Zwevegem"), 4), (("8560", "Wevelgem"), 5),
    (("8560", "Gullegem"), 2), (("8560", "Moorsele"), 1), (("8570", "Anzegem"), 2),
    (("8580", "Avelgem"), 2), (("8587", "Spiere-Helkijn"), 0.5), (("8930", "Menen"), 8),
    (("8930", "Lauwe"), 2), (("8930", "Rekkem"), 1), (("8940", "Wervik"), 3),
    (("8790", "Waregem"), 5), (("8860", "Lendelede"), 1), (("8770", "Ingelmunster"), 1),
    (("8870", "Izegem"), 2), (("8800", "Roeselare"), 3), (("8880", "Ledegem"), 1),
    (("8890", "Moorslede"), 1), (("8900", "Ieper"), 1.5), (("8700", "Tielt"), 1),
    (("8780", "Oostrozebeke"), 0.5), (("8710", "Wielsbeke"), 1), (("8980", "Zonnebeke"), 0.5),
    (("9000", "Gent"), 1), (("8000", "Brugge"), 1), (("9700", "Oudenaarde"), 0.5),
    (("9600", "Ronse"), 0.5),
])
AREA_CODES = {"1210": "02", "8000": "050", "8200": "050", "8800": "051", "8870": "051", "8900": "057",
              "9000": "09", "9600": "055", "9700": "055"}
STREETS = ("Kerkstraat", "Stationsstraat", "Molenstraat", "Doorniksesteenweg", "Meensesteenweg",
           "Gentsesteenweg", "Brugsesteenweg", "Overleiestraat", "Veldstraat", "Nieuwstraat",
           "Schoolstraat", "Dorpsstraat", "Beekstraat", "Kapelstraat", "Hoogstraat", "Vlasstraat",
           "Spinnerijstraat", "Leiestraat", "Sint-Janslaan", "Groeningelaan", "Kasteelstraat",
           "Plaats", "Marktstraat", "Bloemenstraat", "Olmstraat", "Zandstraat", "Pijpstraat",
           "Lindenlaan", "Ieperstraat", "Rijselstraat")
MAIL_PROVIDERS = Weighted([("gmail.com", 45), ("hotmail.com", 18), ("outlook.com", 8),
                           ("telenet.be", 14), ("skynet.be", 4), ("yahoo.com", 4),
                           ("hotmail.be", 5), ("live.be", 2)])

QUALIFICATIONS = {
    True: Weighted([(Qualification.NONE, 4), (Qualification.PRIMARY, 10),
                    (Qualification.LOWER_SECONDARY, 30), (Qualification.SECONDARY, 42),
                    (Qualification.HIGHER, 14)]),
    False: Weighted([(Qualification.NONE, 14), (Qualification.PRIMARY, 18),
                     (Qualification.LOWER_SECONDARY, 18), (Qualification.SECONDARY, 28),
                     (Qualification.HIGHER, 22)]),
}   # keyed by "grew up speaking Dutch"
STATUSES = {
    True: Weighted([(SocialStatus.EMPLOYED, 34), (SocialStatus.JOB_SEEKER, 36),
                    (SocialStatus.LEEFLOON, 10), (SocialStatus.STUDENT, 6), (SocialStatus.OTHER, 14)]),
    False: Weighted([(SocialStatus.EMPLOYED, 20), (SocialStatus.JOB_SEEKER, 35),
                     (SocialStatus.LEEFLOON, 28), (SocialStatus.STUDENT, 3), (SocialStatus.OTHER, 14)]),
}
LOW_QUALIFIED = (Qualification.NONE, Qualification.PRIMARY, Qualification.LOWER_SECONDARY)

PERSONAL_SITUATIONS = (
    "Alleenstaande moeder van twee kinderen.", "Woont samen, drie schoolgaande kinderen.",
    "Sinds twee jaar in België, woont bij familie.", "Werkt deeltijds als poetshulp met dienstencheques.",
    "Na een burn-out op zoek naar een nieuwe richting.", "Werkt in ploegen in een voedingsbedrijf.",
    "Jonge twintiger, woont nog thuis, geen werk sinds school.", "Erkend vluchteling, woont alleen.",
    "Mantelzorger voor een zieke ouder.", "Ontslagen na herstructurering, 25 jaar dezelfde job.",
    "Werkt als magazijnier met een tijdelijk contract.", "Gescheiden, co-ouderschap week om week.",
)
STUDY_HISTORIES = {
    Qualification.NONE: ("Geen schoolloopbaan afgemaakt.", "Enkele jaren lagere school in het thuisland."),
    Qualification.PRIMARY: ("Lagere school afgewerkt, daarna gestopt.", "Getuigschrift basisonderwijs."),
    Qualification.LOWER_SECONDARY: ("Tot 16 jaar BSO verzorging, geen diploma.",
                                    "Derde graad BSO niet afgemaakt.",
                                    "Tweede graad TSO elektriciteit, gestopt zonder getuigschrift."),
    Qualification.SECONDARY: ("Diploma secundair onderwijs ASO.", "Diploma TSO boekhouden-informatica.",
                              "Diploma BSO verkoop, zevende jaar afgewerkt."),
    Qualification.HIGHER: ("Bachelor behaald.", "Universitair diploma economie.", "Graduaat marketing."),
}
FOREIGN_DIPLOMA_NOTE = " Diploma behaald in het land van herkomst, nog niet erkend."
PRACTICAL_BARRIERS = (
    "Geen rijbewijs, afhankelijk van De Lijn.", "Kinderopvang 's avonds is een probleem.",
    "Werkt in ploegen, enkel modulair aanbod haalbaar.", "Beperkt budget, schulden in afbetaling.",
    "Geen laptop thuis.", "Gezondheidsproblemen, maximaal halftijds.",
    "Verliest mogelijk uitkering bij een dagopleiding.",
)
SUPPORT_NETWORKS = (
    "Zus helpt met kinderopvang.", "Weinig netwerk in België.",
    "Begeleid door maatschappelijk werker van het sociaal huis.", "Partner steunt de opleidingsplannen.",
    "Trajectbegeleider bij VDAB.", "Buren helpen met papierwerk.", "Ouders wonen dichtbij.",
)


# --- what people ask ----------------------------------------------------------------------


@dataclass(frozen=True)
class Theme:
    topics: tuple[str, ...]
    questions: tuple[str, ...]
    interest: str
    free_options: tuple[str, ...] = ()


THEMES: dict[str, Theme] = {
    "nt2": Theme(
        ("Nederlands leren", "Nederlands op een hoger niveau"),
        ("Ik wil beter Nederlands leren om te kunnen werken.",
         "Welke les Nederlands past bij mij na de inburgering?",
         "Kan ik 's avonds Nederlands leren naast mijn werk?"),
        "Beter Nederlands spreken, meer contact met Vlamingen.",
        ("Oefenen via taalcafé en vrijwilligerswerk",)),
    "basic": Theme(
        ("Lezen en schrijven verbeteren", "Leren werken met de computer", "Rekenen opfrissen"),
        ("Ik wil beter leren lezen en schrijven.",
         "Ik kan niet goed met een computer werken en wil dat leren.",
         "Ik wil mijn kinderen kunnen helpen met huiswerk."),
        "Zelfstandig papieren en computer leren gebruiken."),
    "diploma": Theme(
        ("Diploma secundair onderwijs behalen", "Tweedekansonderwijs"),
        ("Ik heb geen diploma secundair. Kan ik dat nog halen?",
         "Hoe lang duurt tweedekansonderwijs en kan dat naast mijn werk?",
         "Ik wil mijn diploma halen via de examencommissie."),
        "Een diploma halen om verder te kunnen studeren.",
        ("Examencommissie secundair onderwijs (zelfstudie)",)),
    "care": Theme(
        ("Omscholing naar de zorg", "Opleiding zorgkundige", "Verpleegkunde studeren"),
        ("Ik wil zorgkundige worden maar ik heb geen diploma secundair. Kan dat?",
         "Kan ik verpleegkunde studeren naast mijn job?",
         "Ik werk als poetshulp in een woonzorgcentrum en wil verzorgende worden."),
        "Werken met mensen, zorg voor ouderen."),
    "childcare": Theme(
        ("Werken in de kinderopvang",),
        ("Welke opleiding heb ik nodig om in een crèche te werken?",
         "Ik wil onthaalouder worden, wat moet ik kunnen?"),
        "Werken met kinderen."),
    "admin": Theme(
        ("Boekhouden en administratie", "Administratief bediende worden"),
        ("Ik wil boekhouden leren, liefst in het weekend.",
         "Welke opleiding is er voor onthaal en administratie?"),
        "Administratie, cijfers en orde."),
    "tech": Theme(
        ("Technische opleiding", "Opleiding lasser", "Rijbewijs C en logistiek"),
        ("Ik wil lasser worden. Waar kan ik dat leren?",
         "Kan ik als werkzoekende gratis een opleiding elektriciteit volgen?",
         "Ik wil vrachtwagenchauffeur worden, hoe begin ik?"),
        "Techniek, sleutelen en met de handen werken.",
        ("Werkplekleren via een individuele beroepsopleiding (IBO)",)),
    "hospitality": Theme(
        ("Horeca en voeding", "Opleiding kok of bakker"),
        ("Ik kookte in mijn land in een restaurant. Hoe kan ik hier kok worden?",
         "Ik wil een eigen bakkerij starten, welke opleiding moet ik volgen?"),
        "Koken en gastvrijheid."),
    "ict": Theme(
        ("Informatica en programmeren",),
        ("Ik wil leren programmeren, kan dat online?",
         "Welke IT-opleiding geeft snel kans op werk?"),
        "Computers en digitale technologie."),
    "teaching": Theme(
        ("Leerkracht worden als zij-instromer",),
        ("Ik ben ingenieur en wil leerkracht worden. Welke opleiding heb ik nodig?",),
        "Kennis doorgeven aan jongeren."),
    "higher": Theme(
        ("Hoger onderwijs starten", "Terug gaan studeren aan hogeschool of universiteit"),
        ("Kan ik op mijn 35ste nog een bachelor beginnen?",
         "Welke studies aan de hogeschool kan ik combineren met een gezin?"),
        "Verder studeren, een bachelor halen."),
    "recognition": Theme(
        ("Erkenning buitenlands diploma", "Ervaring laten erkennen (EVC)"),
        ("Mijn diploma uit Syrië: wordt dat hier erkend?",
         "Ik heb tien jaar ervaring als kapper maar geen diploma. Kan dat erkend worden?"),
        "Eigen diploma en ervaring laten meetellen.",
        ("Diplomagelijkschakeling aanvragen bij NARIC-Vlaanderen",
         "EVC-procedure: ervaringsbewijs aanvragen")),
    "leisure": Theme(
        ("Iets leren in de vrije tijd", "Kunst en creativiteit"),
        ("Ik zoek een creatieve cursus in de buurt.", "Waar kan ik leren fietsen als volwassene?"),
        "Creatief bezig zijn, nieuwe mensen leren kennen."),
}
THEMES_FOR_NATIVE_SPEAKERS = Weighted([
    ("nt2", 2), ("basic", 10), ("diploma", 20), ("care", 16), ("childcare", 6), ("admin", 10),
    ("tech", 14), ("hospitality", 6), ("ict", 6), ("teaching", 3), ("higher", 5),
    ("recognition", 2), ("leisure", 5),
])
THEMES_FOR_NEWCOMERS = Weighted([
    ("nt2", 34), ("basic", 6), ("diploma", 7), ("care", 12), ("childcare", 5), ("admin", 3),
    ("tech", 10), ("hospitality", 6), ("ict", 3), ("teaching", 1), ("higher", 4),
    ("recognition", 12), ("leisure", 2),
])
