"""Demo data: fills a database with the realistic, reproducible case load of one leerwinkel.

The same (clients, seed, until) on an empty database always gives the same rows, keys included:
every random choice comes from one `random.Random(seed)` and every key and time stamp is derived
from generated moments, never from the wall clock. Rows go in with Core bulk inserts inside one
write transaction. The figures follow the GOAL experiments (see domain.md).
"""

from __future__ import annotations

import uuid
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from itertools import accumulate
from random import Random
from typing import Any, Generic, TypeVar

from argon2.low_level import Type as Argon2Type
from argon2.low_level import hash_secret as argon2_hash
from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.enums import (
    Channel,
    ConsentMethod,
    ConsentPurpose,
    ContactKind,
    ContactStatus,
    DataItem,
    Delivery,
    Direction,
    DutchLevel,
    Exemption,
    Gender,
    HandoverMode,
    OrganisationType,
    Outcome,
    Phase,
    ProviderType,
    Qualification,
    ReferralReason,
    ReferrerType,
    Role,
    SecondLineKind,
    SessionType,
    SignalKind,
    SignalTheme,
    SocialStatus,
    Tier,
)
from leerwinkel_desk.domain.consent import RELEVANT_FOR
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.domain.fees import contribution
from leerwinkel_desk.domain.ids import uuid7
from leerwinkel_desk.domain.numbers import CLIENT_PREFIX, REQUEST_PREFIX, format_number
from leerwinkel_desk.domain.text import fold, name_key, phone_key
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.accounts import DEMO_PASSPHRASE, HASHER
from leerwinkel_desk.services.context import BRUSSELS
from leerwinkel_desk.services.numbering import reserve
from leerwinkel_desk.store.base import Base
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.models import (
    Client,
    Consent,
    Contact,
    Contribution,
    Counsellor,
    Course,
    Handover,
    LearningRequest,
    Loket,
    Office,
    OptionConsidered,
    PartnerContact,
    PartnerOrganisation,
    Provider,
    ReferralOut,
    RequestChange,
    SecondLineActivity,
    Signal,
    SignalRequest,
    Zitdag,
)

T = TypeVar("T")

HISTORY_DAYS = 730                  # the case load covers about two years ending at `until`
OPENING_MINUTE = 8 * 60 + 30        # office hours, Brussels wall clock
CLOSING_MINUTE = 17 * 60
DEMO_ACCOUNTS = 4                    # the coordinator, two information officers, the first counsellor
PLANNING_HORIZON_DAYS = 35          # how far ahead open requests have a planned session
BOOKING_SEARCH_DAYS = 21            # after this a fully booked counsellor is double-booked
ROWS_PER_FLUSH = 20_000
ANONYMOUS_SHARE = 0.10              # anonymous tier-1 requests on top of the clients' requests
PARTNER_REFERRAL_SHARE = 0.5
HOURLY_CONTRIBUTION = Decimal("5.00")   # demo value: the real amount is set by the government
CLIENTS_PER_COUNSELLOR = 600       # enough zitdag slots that double bookings stay rare
CLIENTS_PER_INFO_OFFICER = 5000
MAX_COUNSELLORS = 200
MAX_INFO_OFFICERS = 10
OFFICE_NAME = "Leerwinkel Regio Kortrijk"
OFFICE_CODE = "LWK"
MAIL_DOMAIN = "leerwinkel-kortrijk.be"


class _Weighted(Generic[T]):
    """A fixed population with weights; one draw costs one call to the generator."""

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cumulative = list(accumulate(weight for _, weight in pairs))

    def pick(self, rng: Random) -> T:
        return self.items[bisect_right(self.cumulative, rng.random() * self.cumulative[-1])]


# --- the population the service reaches -------------------------------------------------------


NEWCOMER_DUTCH_LEVELS = _Weighted([(DutchLevel.A1, 15), (DutchLevel.A2, 30), (DutchLevel.B1, 30),
                                   (DutchLevel.B2, 17), (DutchLevel.C1, 8)])


@dataclass(frozen=True)
class _Origin:
    women: tuple[str, ...]
    men: tuple[str, ...]
    surnames: tuple[str, ...]
    native_share: float             # share who grew up speaking Dutch
    dutch_levels: _Weighted[DutchLevel] = NEWCOMER_DUTCH_LEVELS     # of those who did not
    gendered_surnames: bool = False     # Polish -ski/-cki become -ska/-cka for women


FLEMISH = _Origin(
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
ORIGINS: _Weighted[_Origin] = _Weighted([
    (FLEMISH, 52),
    (_Origin(  # French-speaking Belgians living in Flanders
        women=("Amélie", "Hélène", "Aurélie", "Mélanie", "Sophie", "Élodie"),
        men=("François", "Jérôme", "Cédric", "Frédéric", "Sébastien", "Loïc"),
        surnames=("Dubois", "Lambert", "Leroy", "Dupont", "Lemaire", "Mertens", "Renard"),
        native_share=0.2,
        dutch_levels=_Weighted([(DutchLevel.A2, 10), (DutchLevel.B1, 35), (DutchLevel.B2, 35),
                                (DutchLevel.C1, 20)]),
    ), 3),
    (_Origin(
        women=("Fatima", "Khadija", "Naïma", "Soukaina", "Salma", "Imane", "Hajar", "Meryem", "Ikram"),
        men=("Mohamed", "Youssef", "Saïd", "Karim", "Hamza", "Bilal", "Ayoub", "Mustafa", "Anouar"),
        surnames=("El Amrani", "Benali", "El Idrissi", "Bouzid", "Aït Taleb", "Azzouzi", "El Khattabi",
                  "Boukhari", "Ouali", "Ben Haddou", "Chaïbi"),
        native_share=0.55,
    ), 8),
    (_Origin(
        women=("Ayşe", "Elif", "Zeynep", "Gülşen", "Büşra", "Özlem", "Çiğdem", "Hatice", "Fatma"),
        men=("Mehmet", "Ahmet", "Çağrı", "Murat", "Emre", "Hüseyin", "Oğuz", "Serkan", "Burak"),
        surnames=("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Doğan", "Koç",
                  "Güneş", "Arslan", "Kılıç"),
        native_share=0.5,
    ), 7),
    (_Origin(
        women=("Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Żaneta", "Ewa", "Magdalena"),
        men=("Łukasz", "Paweł", "Krzysztof", "Tomasz", "Michał", "Wojciech", "Grzegorz"),
        surnames=("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Lewandowski", "Kamiński",
                  "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski"),
        native_share=0.05,
        gendered_surnames=True,
    ), 4),
    (_Origin(
        women=("Ioana", "Andreea", "Elena", "Mădălina", "Ștefania", "Alina", "Cristina"),
        men=("Ionuț", "Andrei", "Mihai", "Florin", "Răzvan", "Bogdan", "Costel"),
        surnames=("Popescu", "Ionescu", "Constantin", "Stoica", "Munteanu", "Dumitrescu",
                  "Rădulescu", "Țurcanu", "Lungu"),
        native_share=0.05,
    ), 4),
    (_Origin(
        women=("Olena", "Iryna", "Oksana", "Yuliia", "Kateryna", "Nataliia", "Tetiana"),
        men=("Oleksandr", "Andrii", "Serhii", "Dmytro", "Vasyl", "Mykola", "Bohdan"),
        surnames=("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko",
                  "Boiko", "Moroz", "Savchenko"),
        native_share=0.0,
        dutch_levels=_Weighted([(DutchLevel.A1, 35), (DutchLevel.A2, 35), (DutchLevel.B1, 22),
                                (DutchLevel.B2, 8)]),
    ), 4),
    (_Origin(
        women=("Rasha", "Lina", "Hiba", "Nour", "Rania", "Ghada", "Amal"),
        men=("Ahmad", "Mohammad", "Khaled", "Omar", "Ammar", "Fadi", "Yazan"),
        surnames=("Al-Hassan", "Haddad", "Al-Khatib", "Darwish", "Al-Masri", "Khoury", "Saleh",
                  "Al-Ahmad", "Hamdan"),
        native_share=0.05,
    ), 4),
    (_Origin(
        women=("Zahra", "Maryam", "Fatemeh", "Shabnam", "Parwana", "Freshta"),
        men=("Ali", "Hamid", "Farid", "Naveed", "Sayed", "Mohammad", "Rahmatullah"),
        surnames=("Ahmadi", "Hussaini", "Rahimi", "Karimi", "Noori", "Sultani", "Hakimi", "Amiri"),
        native_share=0.05,
    ), 4),
    (_Origin(
        women=("Grâce", "Bénédicte", "Merveille", "Rachel", "Chantal", "Nadège", "Esther"),
        men=("Patrick", "Jean-Pierre", "Dieudonné", "Christian", "Héritier", "Junior", "Ézéchiel"),
        surnames=("Mukendi", "Kabeya", "Tshibangu", "Mbuyi", "Ilunga", "Kalonji", "Lukusa",
                  "Nkongolo", "Mulumba"),
        native_share=0.3,
        dutch_levels=_Weighted([(DutchLevel.A1, 10), (DutchLevel.A2, 25), (DutchLevel.B1, 35),
                                (DutchLevel.B2, 20), (DutchLevel.C1, 10)]),
    ), 3),
    (_Origin(
        women=("Senait", "Helen", "Mebrat", "Selam", "Yodit", "Saba"),
        men=("Yonas", "Dawit", "Tesfay", "Robel", "Filmon", "Merhawi"),
        surnames=("Tesfamariam", "Gebremedhin", "Habte", "Kidane", "Tekle", "Woldu", "Ghebreyesus"),
        native_share=0.0,
        dutch_levels=_Weighted([(DutchLevel.A1, 30), (DutchLevel.A2, 40), (DutchLevel.B1, 25),
                                (DutchLevel.B2, 5)]),
    ), 2),
    (_Origin(
        women=("Thị Lan", "Thị Hương", "Thị Mai", "Ngọc Anh"),
        men=("Văn Minh", "Văn Hùng", "Đức Anh", "Quang Huy"),
        surnames=("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng"),
        native_share=0.3,
    ), 1),
    (_Origin(
        women=("Arta", "Blerta", "Valbona", "Drita"),
        men=("Arben", "Driton", "Besnik", "Fatmir"),
        surnames=("Berisha", "Krasniqi", "Gashi", "Morina", "Shala"),
        native_share=0.6,
    ), 1),
    (_Origin(
        women=("Giulia", "Francesca", "Rosaria"),
        men=("Giuseppe", "Salvatore", "Antonio"),
        surnames=("Russo", "Esposito", "Lo Bue", "Di Stefano"),
        native_share=0.85,
    ), 1),
])

MUNICIPALITIES: _Weighted[tuple[str, str]] = _Weighted([
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
AREA_CODES = {"8000": "050", "8200": "050", "8800": "051", "8870": "051", "8900": "057",
              "9000": "09", "9600": "055", "9700": "055"}
STREETS = ("Kerkstraat", "Stationsstraat", "Molenstraat", "Doorniksesteenweg", "Meensesteenweg",
           "Gentsesteenweg", "Brugsesteenweg", "Overleiestraat", "Veldstraat", "Nieuwstraat",
           "Schoolstraat", "Dorpsstraat", "Beekstraat", "Kapelstraat", "Hoogstraat", "Vlasstraat",
           "Spinnerijstraat", "Leiestraat", "Sint-Janslaan", "Groeningelaan", "Kasteelstraat",
           "Plaats", "Marktstraat", "Bloemenstraat", "Olmstraat", "Zandstraat", "Pijpstraat",
           "Lindenlaan", "Ieperstraat", "Rijselstraat")
MAIL_PROVIDERS = _Weighted([("gmail.com", 45), ("hotmail.com", 18), ("outlook.com", 8),
                            ("telenet.be", 14), ("skynet.be", 4), ("yahoo.com", 4),
                            ("hotmail.be", 5), ("live.be", 2)])

QUALIFICATIONS = {
    True: _Weighted([(Qualification.NONE, 4), (Qualification.PRIMARY, 10),
                     (Qualification.LOWER_SECONDARY, 30), (Qualification.SECONDARY, 42),
                     (Qualification.HIGHER, 14)]),
    False: _Weighted([(Qualification.NONE, 14), (Qualification.PRIMARY, 18),
                      (Qualification.LOWER_SECONDARY, 18), (Qualification.SECONDARY, 28),
                      (Qualification.HIGHER, 22)]),
}   # keyed by "grew up speaking Dutch"
STATUSES = {
    True: _Weighted([(SocialStatus.EMPLOYED, 34), (SocialStatus.JOB_SEEKER, 36),
                     (SocialStatus.LEEFLOON, 10), (SocialStatus.STUDENT, 6), (SocialStatus.OTHER, 14)]),
    False: _Weighted([(SocialStatus.EMPLOYED, 20), (SocialStatus.JOB_SEEKER, 35),
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
class _Theme:
    topics: tuple[str, ...]
    questions: tuple[str, ...]
    interest: str
    free_options: tuple[str, ...] = ()


THEMES: dict[str, _Theme] = {
    "nt2": _Theme(
        ("Nederlands leren", "Nederlands op een hoger niveau"),
        ("Ik wil beter Nederlands leren om te kunnen werken.",
         "Welke les Nederlands past bij mij na de inburgering?",
         "Kan ik 's avonds Nederlands leren naast mijn werk?"),
        "Beter Nederlands spreken, meer contact met Vlamingen.",
        ("Oefenen via taalcafé en vrijwilligerswerk",)),
    "basic": _Theme(
        ("Lezen en schrijven verbeteren", "Leren werken met de computer", "Rekenen opfrissen"),
        ("Ik wil beter leren lezen en schrijven.",
         "Ik kan niet goed met een computer werken en wil dat leren.",
         "Ik wil mijn kinderen kunnen helpen met huiswerk."),
        "Zelfstandig papieren en computer leren gebruiken."),
    "diploma": _Theme(
        ("Diploma secundair onderwijs behalen", "Tweedekansonderwijs"),
        ("Ik heb geen diploma secundair. Kan ik dat nog halen?",
         "Hoe lang duurt tweedekansonderwijs en kan dat naast mijn werk?",
         "Ik wil mijn diploma halen via de examencommissie."),
        "Een diploma halen om verder te kunnen studeren.",
        ("Examencommissie secundair onderwijs (zelfstudie)",)),
    "care": _Theme(
        ("Omscholing naar de zorg", "Opleiding zorgkundige", "Verpleegkunde studeren"),
        ("Ik wil zorgkundige worden maar ik heb geen diploma secundair. Kan dat?",
         "Kan ik verpleegkunde studeren naast mijn job?",
         "Ik werk als poetshulp in een woonzorgcentrum en wil verzorgende worden."),
        "Werken met mensen, zorg voor ouderen."),
    "childcare": _Theme(
        ("Werken in de kinderopvang",),
        ("Welke opleiding heb ik nodig om in een crèche te werken?",
         "Ik wil onthaalouder worden, wat moet ik kunnen?"),
        "Werken met kinderen."),
    "admin": _Theme(
        ("Boekhouden en administratie", "Administratief bediende worden"),
        ("Ik wil boekhouden leren, liefst in het weekend.",
         "Welke opleiding is er voor onthaal en administratie?"),
        "Administratie, cijfers en orde."),
    "tech": _Theme(
        ("Technische opleiding", "Opleiding lasser", "Rijbewijs C en logistiek"),
        ("Ik wil lasser worden. Waar kan ik dat leren?",
         "Kan ik als werkzoekende gratis een opleiding elektriciteit volgen?",
         "Ik wil vrachtwagenchauffeur worden, hoe begin ik?"),
        "Techniek, sleutelen en met de handen werken.",
        ("Werkplekleren via een individuele beroepsopleiding (IBO)",)),
    "hospitality": _Theme(
        ("Horeca en voeding", "Opleiding kok of bakker"),
        ("Ik kookte in mijn land in een restaurant. Hoe kan ik hier kok worden?",
         "Ik wil een eigen bakkerij starten, welke opleiding moet ik volgen?"),
        "Koken en gastvrijheid."),
    "ict": _Theme(
        ("Informatica en programmeren",),
        ("Ik wil leren programmeren, kan dat online?",
         "Welke IT-opleiding geeft snel kans op werk?"),
        "Computers en digitale technologie."),
    "teaching": _Theme(
        ("Leerkracht worden als zij-instromer",),
        ("Ik ben ingenieur en wil leerkracht worden. Welke opleiding heb ik nodig?",),
        "Kennis doorgeven aan jongeren."),
    "higher": _Theme(
        ("Hoger onderwijs starten", "Terug gaan studeren aan hogeschool of universiteit"),
        ("Kan ik op mijn 35ste nog een bachelor beginnen?",
         "Welke studies aan de hogeschool kan ik combineren met een gezin?"),
        "Verder studeren, een bachelor halen."),
    "recognition": _Theme(
        ("Erkenning buitenlands diploma", "Ervaring laten erkennen (EVC)"),
        ("Mijn diploma uit Syrië: wordt dat hier erkend?",
         "Ik heb tien jaar ervaring als kapper maar geen diploma. Kan dat erkend worden?"),
        "Eigen diploma en ervaring laten meetellen.",
        ("Diplomagelijkschakeling aanvragen bij NARIC-Vlaanderen",
         "EVC-procedure: ervaringsbewijs aanvragen")),
    "leisure": _Theme(
        ("Iets leren in de vrije tijd", "Kunst en creativiteit"),
        ("Ik zoek een creatieve cursus in de buurt.", "Waar kan ik leren fietsen als volwassene?"),
        "Creatief bezig zijn, nieuwe mensen leren kennen."),
}
THEMES_FOR_NATIVE_SPEAKERS = _Weighted([
    ("nt2", 2), ("basic", 10), ("diploma", 20), ("care", 16), ("childcare", 6), ("admin", 10),
    ("tech", 14), ("hospitality", 6), ("ict", 6), ("teaching", 3), ("higher", 5),
    ("recognition", 2), ("leisure", 5),
])
THEMES_FOR_NEWCOMERS = _Weighted([
    ("nt2", 34), ("basic", 6), ("diploma", 7), ("care", 12), ("childcare", 5), ("admin", 3),
    ("tech", 10), ("hospitality", 6), ("ict", 3), ("teaching", 1), ("higher", 4),
    ("recognition", 12), ("leisure", 2),
])


# --- staff, social map, lokets, catalogue -----------------------------------------------------

COORDINATOR = ("coordinator", "Katrien Vandenbussche")
INFO_OFFICERS = (("sofie.claeys", "Sofie Claeys"), ("yasmina.elamrani", "Yasmina El Amrani"))
COUNSELLORS = (
    ("an.peeters", "An Peeters"), ("pieter.desmet", "Pieter Desmet"),
    ("fatma.yildiz", "Fatma Yıldız"), ("bram.vermeulen", "Bram Vermeulen"),
    ("lies.vandamme", "Lies Vandamme"), ("jonas.dewitte", "Jonas De Witte"),
    ("naima.benali", "Naïma Benali"), ("tom.verhaeghe", "Tom Verhaeghe"),
)

# (type, name, street, postcode, municipality, mail domain, (contact name, function)...)
PARTNERS: tuple[tuple[OrganisationType, str, str, str, str, str, tuple[tuple[str, str], ...]], ...] = (
    (OrganisationType.VDAB, "VDAB Kortrijk", "Beneluxpark 23", "8500", "Kortrijk", "vdab.be",
     (("Els Vandewalle", "jobcoach"), ("Ruben Callens", "trajectbegeleider"),
      ("Hatice Arslan", "bemiddelaar werk en taal"))),
    (OrganisationType.VDAB, "VDAB Menen", "Ieperstraat 40", "8930", "Menen", "vdab.be",
     (("Sven Dewulf", "bemiddelaar"), ("Ilse Vanhee", "trajectbegeleider"))),
    (OrganisationType.JOB_SHOP, "Werkwinkel Kortrijk", "Wandelweg 12", "8500", "Kortrijk",
     "werkwinkelkortrijk.be", (("Marijke Deleu", "consulent"), ("Yannick Verbeke", "jobcoach"))),
    (OrganisationType.JOB_SHOP, "Werkwinkel Waregem", "Stationsplein 4", "8790", "Waregem",
     "werkwinkelwaregem.be", (("Evelien Vanhoucke", "consulent"),)),
    (OrganisationType.OCMW, "Sociaal Huis Kortrijk", "Budastraat 27", "8500", "Kortrijk",
     "sociaalhuiskortrijk.be", (("Sarah Vandeputte", "maatschappelijk werker"),
                                ("Karim Ouahbi", "trajectbegeleider activering"))),
    (OrganisationType.OCMW, "Sociaal Huis Menen", "Grote Markt 19", "8930", "Menen",
     "sociaalhuismenen.be", (("Liesbeth Dewitte", "maatschappelijk werker"),)),
    (OrganisationType.OCMW, "Sociaal Huis Harelbeke", "Marktstraat 51", "8530", "Harelbeke",
     "sociaalhuisharelbeke.be", (("Wendy Verstraete", "maatschappelijk werker"),)),
    (OrganisationType.OCMW, "OCMW Wevelgem", "Vanackerestraat 8", "8560", "Wevelgem",
     "ocmwwevelgem.be", (("Frederik Lambrecht", "maatschappelijk werker"),)),
    (OrganisationType.INTEGRATION_AGENCY, "Agentschap Integratie en Inburgering Kortrijk",
     "Kortrijkstraat 14", "8500", "Kortrijk", "integratie-inburgering.be",
     (("Leen Desmedt", "trajectbegeleider inburgering"), ("Abdelkader Ziani", "NT2-consulent"),
      ("Oksana Petrenko", "sociaal tolk en begeleider"))),
    (OrganisationType.CLB, "Vrij CLB Kortrijk", "Groeningestraat 33", "8500", "Kortrijk",
     "vclbkortrijk.be", (("Tine Vandekerckhove", "CLB-medewerker"),)),
    (OrganisationType.CAW, "CAW Zuid-West-Vlaanderen", "Minister Vanden Peereboomlaan 42", "8500",
     "Kortrijk", "cawzwvl.be",
     (("Joris Vanlerberghe", "hulpverlener"), ("Nadia Bouzidi", "jongerenbegeleider"))),
    (OrganisationType.SCHOOL, "CVO Groeninge", "Beverlaai 3", "8500", "Kortrijk", "cvogroeninge.be",
     (("Annelies Vandaele", "studiebegeleider"), ("Dirk Vanmaele", "trajectbegeleider"))),
    (OrganisationType.SCHOOL, "Centrum voor Basiseducatie Leiedal", "Groeningekaai 8", "8500",
     "Kortrijk", "cbeleiedal.be", (("Hilde Coucke", "coördinator instroom"),)),
    (OrganisationType.SCHOOL, "Hogeschool Leiedal – campus Kortrijk", "Doorniksesteenweg 145", "8500",
     "Kortrijk", "hogeschoolleiedal.be", (("Veerle Bossuyt", "studietrajectbegeleider"),)),
    (OrganisationType.SCHOOL, "SYNTRA West – campus Kortrijk", "Pres. Kennedypark 5", "8500",
     "Kortrijk", "syntrawest.be", (("Kristof Vandenbulcke", "cursistenbegeleider"),)),
    (OrganisationType.YOUTH_WORK, "Jongerenpunt Overleie", "Overleiestraat 61", "8500", "Kortrijk",
     "jongerenpunt.be", (("Niels Debruyne", "straathoekwerker"), ("Aïcha Tahiri", "jongerenwerker"))),
    (OrganisationType.PRISON_EDUCATION, "Gevangenis Brugge – onderwijs en opleiding", "Legeweg 200",
     "8200", "Brugge", "gevangenisbrugge.be", (("Bart Vantomme", "onderwijscoördinator"),)),
    (OrganisationType.OTHER, "Bibliotheek Kortrijk", "Leiestraat 30", "8500", "Kortrijk",
     "bibliotheekkortrijk.be", (("Greet Depoorter", "bibliothecaris"),)),
    (OrganisationType.OTHER, "Bibliotheek Menen", "Ieperstraat 2", "8930", "Menen",
     "bibliotheekmenen.be", (("Wouter Lagae", "bibliotheekmedewerker"),)),
    (OrganisationType.OTHER, "Buurtwerk Overleie", "Sint-Amandsplein 3", "8500", "Kortrijk",
     "buurtwerk-overleie.be", (("Inge Messiaen", "buurtwerker"),)),
)
OFFICE_LOKET = ("Leerwinkel Kortrijk – kantoor", "Groeningelaan 15", "8500", "Kortrijk")
HOSTED_LOKETS = (     # (loket name, host partner name)
    ("Loket Werkwinkel Kortrijk", "Werkwinkel Kortrijk"),
    ("Loket Sociaal Huis Menen", "Sociaal Huis Menen"),
    ("Loket Sociaal Huis Harelbeke", "Sociaal Huis Harelbeke"),
    ("Loket Agentschap Integratie en Inburgering", "Agentschap Integratie en Inburgering Kortrijk"),
    ("Loket Bibliotheek Kortrijk", "Bibliotheek Kortrijk"),
)
MORNING = (9 * 60, 12 * 60)
AFTERNOON = (13 * 60 + 30, 16 * 60 + 30)
SESSION_SLOT_MINUTES = 90

# key: (type, name, street, postcode, municipality, website)
PROVIDERS: dict[str, tuple[ProviderType, str, str, str, str, str]] = {
    "cbe": (ProviderType.CBE, "Centrum voor Basiseducatie Leiedal", "Groeningekaai 8", "8500",
            "Kortrijk", "www.cbeleiedal.be"),
    "ligo": (ProviderType.LIGO, "Ligo Midden-West-Vlaanderen", "Zuidstraat 11", "8800", "Roeselare",
             "www.ligo.be"),
    "cvo": (ProviderType.CVO, "CVO Groeninge", "Beverlaai 3", "8500", "Kortrijk", "www.cvogroeninge.be"),
    "cvo2": (ProviderType.CVO, "CVO Leie en Mandel", "Holstraat 40", "8790", "Waregem",
             "www.cvoleieenmandel.be"),
    "hs": (ProviderType.UNIVERSITY_COLLEGE, "Hogeschool Leiedal – campus Kortrijk",
           "Doorniksesteenweg 145", "8500", "Kortrijk", "www.hogeschoolleiedal.be"),
    "univ": (ProviderType.UNIVERSITY, "Universitaire Campus Kortrijk", "Etienne Sabbelaan 53", "8500",
             "Kortrijk", "www.universiteitkortrijk.be"),
    "vdab": (ProviderType.VDAB, "VDAB Competentiecentrum Kortrijk", "Beneluxpark 25", "8500",
             "Kortrijk", "www.vdab.be"),
    "syntra": (ProviderType.SYNTRA, "SYNTRA West – campus Kortrijk", "Pres. Kennedypark 5", "8500",
               "Kortrijk", "www.syntrawest.be"),
    "vormingplus": (ProviderType.VORMINGPLUS, "Vormingplus Midden- en West-Vlaanderen", "Sint-Jorisstraat 71",
                    "8500", "Kortrijk", "www.vormingplusmwvl.be"),
    "dko": (ProviderType.DKO, "Kunstacademie Leiedal", "Houtmarkt 4", "8500", "Kortrijk",
            "www.kunstacademieleiedal.be"),
    "music": (ProviderType.DKO, "Muziekacademie Harelbeke", "Eilandstraat 6", "8530", "Harelbeke",
              "www.muziekacademieharelbeke.be"),
    "socio": (ProviderType.SOCIO_CULTURAL, "Ontmoetingshuis De Schakel", "Rijselsestraat 110", "8930",
              "Menen", "www.deschakel-menen.be"),
    "build": (ProviderType.SECTOR_FUND, "Opleidingsfonds Bouw West-Vlaanderen", "Kortrijksesteenweg 300",
              "8530", "Harelbeke", "www.opleidingsfondsbouw.be"),
    "office": (ProviderType.SECTOR_FUND, "Sectorfonds Bedienden – opleidingen", "Bedrijvenpark 2",
               "8560", "Wevelgem", "www.sectorfondsbedienden.be"),
    "private": (ProviderType.PRIVATE, "Groeninge Academy", "Ringlaan 18", "8520", "Kuurne",
                "www.groeningeacademy.be"),
}

# (provider, theme, title, EQF level, qualification, hours, duration text, schedule letters
#  [d]ay [e]venings [w]eekends [m]odular, delivery, cost in euro, Dutch needed, entry requirements)
CATALOGUE: tuple[tuple[str, str, str, int | None, str | None, int | None, str, str, Delivery, str,
                       DutchLevel | None, str | None], ...] = (
    ("cbe", "nt2", "Nederlands tweede taal – alfabetisering", 1, None, 240,
     "1 schooljaar, 3 halve dagen per week", "d", Delivery.ON_SITE, "0", None,
     "Voor wie weinig of niet naar school ging"),
    ("cbe", "nt2", "Nederlands tweede taal – Richtgraad 1 (A1-A2)", 2, "Certificaat NT2 Richtgraad 1",
     240, "2 modules van 120 lestijden", "dem", Delivery.ON_SITE, "0", None, None),
    ("cbe", "basic", "Lezen en schrijven in het Nederlands", 1, None, 120, "1 semester", "dm",
     Delivery.ON_SITE, "0", DutchLevel.A2, None),
    ("cbe", "basic", "Rekenen en wiskunde (basis)", 1, "Deelcertificaat wiskunde basiseducatie", 120,
     "1 semester", "dm", Delivery.ON_SITE, "0", DutchLevel.A2, None),
    ("cbe", "basic", "Digitale vaardigheden: computer, smartphone en e-mail", 1,
     "Certificaat ICT basiseducatie", 60, "10 lessen", "dem", Delivery.HYBRID, "0", DutchLevel.A2, None),
    ("cbe", "diploma", "Voorbereiding tweedekansonderwijs (Nederlands en wiskunde)", 2, None, 160,
     "1 semester", "dem", Delivery.ON_SITE, "0", DutchLevel.A2, None),
    ("ligo", "nt2", "Nederlands op de werkvloer (beroepsgericht NT2)", 2, None, 80, "8 weken", "dm",
     Delivery.ON_SITE, "0", DutchLevel.A1, None),
    ("ligo", "basic", "Maatschappelijke oriëntatie: wegwijs in Vlaanderen", 1, None, 40, "10 lessen",
     "d", Delivery.ON_SITE, "0", None, None),
    ("cvo", "nt2", "Nederlands tweede taal – Richtgraad 2 (B1)", 3, "Certificaat NT2 Richtgraad 2", 240,
     "2 semesters", "dem", Delivery.ON_SITE, "75.00", DutchLevel.A2, "Instaptoets NT2"),
    ("cvo", "nt2", "Nederlands tweede taal – Richtgraad 3 (B2)", 4, "Certificaat NT2 Richtgraad 3", 240,
     "2 semesters", "em", Delivery.HYBRID, "75.00", DutchLevel.B1, "Instaptoets NT2"),
    ("cvo", "nt2", "Nederlands tweede taal – Richtgraad 4 (C1)", 5, "Certificaat NT2 Richtgraad 4", 120,
     "1 semester", "e", Delivery.HYBRID, "75.00", DutchLevel.B2, "Instaptoets NT2"),
    ("cvo", "diploma", "Secundair onderwijs (TSO/BSO) tweedekansonderwijs", 4,
     "Diploma secundair onderwijs", 1400, "2 tot 3 jaar, modulair", "dem", Delivery.HYBRID, "350.00",
     DutchLevel.B1, "Minstens 18 jaar"),
    ("cvo", "diploma", "Algemeen secundair onderwijs (ASO) tweedekansonderwijs", 4,
     "Diploma secundair onderwijs", 1600, "2 jaar", "em", Delivery.HYBRID, "380.00", DutchLevel.B1,
     "Minstens 18 jaar"),
    ("cvo", "care", "Zorgkundige", 4, "Certificaat zorgkundige", 1200, "2 jaar", "dem", Delivery.ON_SITE,
     "420.00", DutchLevel.B1, "Toelatingsgesprek en medisch attest"),
    ("cvo", "care", "Logistiek assistent in de zorg", 3, "Certificaat logistiek assistent", 400,
     "1 schooljaar", "dm", Delivery.ON_SITE, "160.00", DutchLevel.A2, None),
    ("cvo", "childcare", "Begeleider in de kinderopvang", 4, "Certificaat begeleider kinderopvang", 800,
     "1,5 jaar", "dem", Delivery.ON_SITE, "300.00", DutchLevel.B1, None),
    ("cvo", "admin", "Boekhouden", 5, "Certificaat boekhouden", 480, "2 jaar, 2 avonden per week", "ewm",
     Delivery.HYBRID, "240.00", DutchLevel.B1, None),
    ("cvo", "admin", "Medewerker onthaal en administratie", 4, "Certificaat onthaalmedewerker", 360,
     "1 schooljaar", "dem", Delivery.ON_SITE, "180.00", DutchLevel.B1, None),
    ("cvo", "hospitality", "Kok", 4, "Certificaat kok", 800, "2 jaar", "em", Delivery.ON_SITE, "420.00",
     DutchLevel.A2, None),
    ("cvo", "teaching", "Educatieve graduaatsopleiding secundair onderwijs", 5,
     "Graduaat in het onderwijs", 1440, "2 jaar (90 studiepunten)", "ewm", Delivery.HYBRID, "720.00",
     DutchLevel.C1, "Diploma secundair en relevante ervaring"),
    ("cvo2", "nt2", "Nederlands tweede taal – Richtgraad 2 (B1)", 3, "Certificaat NT2 Richtgraad 2",
     240, "2 semesters", "de", Delivery.ON_SITE, "75.00", DutchLevel.A2, "Instaptoets NT2"),
    ("cvo2", "diploma", "Secundair onderwijs (TSO/BSO) tweedekansonderwijs", 4,
     "Diploma secundair onderwijs", 1400, "2 tot 3 jaar, modulair", "em", Delivery.ON_SITE, "350.00",
     DutchLevel.B1, "Minstens 18 jaar"),
    ("cvo2", "care", "Polyvalent verzorgende", 4, "Certificaat verzorgende", 1000, "1,5 jaar", "dm",
     Delivery.ON_SITE, "360.00", DutchLevel.B1, "Medisch attest"),
    ("cvo2", "tech", "Elektrotechnisch installateur residentieel", 4, "Certificaat installateur", 600,
     "2 jaar, avondonderwijs", "e", Delivery.ON_SITE, "300.00", DutchLevel.A2, None),
    ("hs", "care", "Bachelor verpleegkunde", 6, "Bachelor in de verpleegkunde", None,
     "4 jaar (240 studiepunten), ook als werktraject", "dem", Delivery.HYBRID, "1200.00", DutchLevel.B2,
     "Diploma secundair onderwijs"),
    ("hs", "care", "Graduaat verpleegkunde (HBO5)", 5, "Graduaat in de verpleegkunde", None,
     "3 jaar (180 studiepunten)", "dm", Delivery.ON_SITE, "900.00", DutchLevel.B2,
     "Diploma secundair onderwijs of toelatingsproef"),
    ("hs", "childcare", "Bachelor pedagogie van het jonge kind", 6, "Bachelor in de pedagogie", None,
     "3 jaar (180 studiepunten)", "dem", Delivery.HYBRID, "1100.00", DutchLevel.B2,
     "Diploma secundair onderwijs"),
    ("hs", "teaching", "Bachelor kleuteronderwijs (werktraject)", 6, "Bachelor in het onderwijs", None,
     "3 jaar, avond en online", "em", Delivery.HYBRID, "1100.00", DutchLevel.C1,
     "Diploma secundair onderwijs"),
    ("hs", "ict", "Graduaat programmeren", 5, "Graduaat programmeren", None, "2 jaar (120 studiepunten)",
     "dem", Delivery.HYBRID, "800.00", DutchLevel.B2, "Diploma secundair onderwijs"),
    ("hs", "ict", "Bachelor toegepaste informatica", 6, "Bachelor toegepaste informatica", None,
     "3 jaar (180 studiepunten)", "d", Delivery.ON_SITE, "1100.00", DutchLevel.B2,
     "Diploma secundair onderwijs"),
    ("hs", "admin", "Graduaat accounting administration", 5, "Graduaat accounting administration",
     None, "2 jaar (120 studiepunten)", "em", Delivery.HYBRID, "800.00", DutchLevel.B2,
     "Diploma secundair onderwijs"),
    ("univ", "higher", "Voorbereidingsjaar Nederlands voor anderstaligen (hoger onderwijs)", None,
     "Attest taalniveau B2", 400, "1 academiejaar", "d", Delivery.ON_SITE, "600.00", DutchLevel.B1,
     "Diploma secundair onderwijs (ook buitenlands)"),
    ("univ", "higher", "Bachelor handelswetenschappen", 6, "Bachelor handelswetenschappen", None,
     "3 jaar (180 studiepunten)", "d", Delivery.ON_SITE, "1100.00", DutchLevel.B2,
     "Diploma secundair onderwijs"),
    ("univ", "higher", "Bachelor psychologie", 6, "Bachelor psychologie", None,
     "3 jaar (180 studiepunten)", "d", Delivery.ON_SITE, "1100.00", DutchLevel.C1,
     "Diploma secundair onderwijs"),
    ("vdab", "tech", "Lasser MIG/MAG", 3, "Certificaat lasser", 400, "12 weken voltijds", "d",
     Delivery.ON_SITE, "0", DutchLevel.A2, "Technische interesse, fysiek werk aankunnen"),
    ("vdab", "tech", "Heftruckchauffeur", 2, "Attest heftruck", 40, "1 week", "d", Delivery.ON_SITE, "0",
     DutchLevel.A2, None),
    ("vdab", "tech", "CNC-operator", 4, "Certificaat CNC-operator", 480, "14 weken", "d", Delivery.ON_SITE,
     "0", DutchLevel.A2, "Basis wiskunde"),
    ("vdab", "tech", "Onderhoudstechnicus", 4, "Certificaat onderhoudstechnicus", 560, "16 weken", "d",
     Delivery.ON_SITE, "0", DutchLevel.B1, "Basiskennis elektriciteit"),
    ("vdab", "tech", "Vrachtwagenchauffeur (rijbewijs C/CE)", 3, "Rijbewijs C/CE en vakbekwaamheid",
     320, "10 weken", "d", Delivery.ON_SITE, "0", DutchLevel.A2, "Rijbewijs B"),
    ("vdab", "tech", "Magazijnmedewerker", 2, "Attest magazijnmedewerker", 160, "5 weken", "d",
     Delivery.ON_SITE, "0", DutchLevel.A1, None),
    ("vdab", "care", "Zorgkundige (VDAB-opleiding)", 4, "Certificaat zorgkundige", 1100,
     "1 jaar voltijds", "d", Delivery.ON_SITE, "0", DutchLevel.B1, "Werkzoekend ingeschreven"),
    ("vdab", "hospitality", "Keukenmedewerker", 2, "Attest keukenmedewerker", 200, "6 weken", "d",
     Delivery.ON_SITE, "0", DutchLevel.A1, None),
    ("vdab", "admin", "Office-assistent", 3, "Attest office-assistent", 240, "8 weken", "dm",
     Delivery.HYBRID, "0", DutchLevel.B1, None),
    ("vdab", "ict", "Webdeveloper", 5, "Certificaat webdeveloper", 600, "5 maanden", "dm", Delivery.ONLINE,
     "0", DutchLevel.B1, "Selectieproef logisch denken"),
    ("vdab", "childcare", "Begeleider kinderopvang (duaal)", 4, "Certificaat begeleider kinderopvang",
     700, "9 maanden, deels op de werkvloer", "d", Delivery.ON_SITE, "0", DutchLevel.B1, None),
    ("syntra", "hospitality", "Bakker", 4, "Diploma bakker (ondernemerschapsopleiding)", 400,
     "2 jaar, 1 avond en zaterdag", "ew", Delivery.ON_SITE, "890.00", DutchLevel.A2, None),
    ("syntra", "hospitality", "Kapper", 4, "Diploma kapper (ondernemerschapsopleiding)", 480, "2 jaar",
     "ew", Delivery.ON_SITE, "1150.00", DutchLevel.A2, None),
    ("syntra", "tech", "Elektricien residentieel", 4, "Diploma elektricien", 400, "2 jaar, avonden",
     "e", Delivery.ON_SITE, "980.00", DutchLevel.A2, None),
    ("syntra", "tech", "Sanitair installateur", 4, "Diploma sanitair installateur", 360, "2 jaar", "ew",
     Delivery.ON_SITE, "960.00", DutchLevel.A2, None),
    ("syntra", "tech", "Schilder-decorateur", 4, "Diploma schilder-decorateur", 320, "1,5 jaar", "ew",
     Delivery.ON_SITE, "870.00", DutchLevel.A2, None),
    ("syntra", "admin", "Bedrijfsbeheer", 5, "Getuigschrift bedrijfsbeheer", 120, "1 schooljaar", "em",
     Delivery.HYBRID, "650.00", DutchLevel.B1, None),
    ("vormingplus", "basic", "Fietsles voor volwassenen", None, None, 12, "6 lessen", "d",
     Delivery.ON_SITE, "10.00", None, None),
    ("vormingplus", "nt2", "Praatgroep Nederlands: oefenen in een groep", None, None, 20, "10 weken",
     "de", Delivery.ON_SITE, "15.00", DutchLevel.A2, None),
    ("vormingplus", "basic", "Digitaal sterk: itsme, online bankieren en overheidsportalen", None, None,
     8, "4 lessen", "d", Delivery.ON_SITE, "10.00", DutchLevel.A2, None),
    ("vormingplus", "leisure", "Sterk in je vel: werken aan zelfvertrouwen", None, None, 16, "8 weken",
     "e", Delivery.ON_SITE, "40.00", DutchLevel.B1, None),
    ("dko", "leisure", "Beeldende kunst voor volwassenen", None, None, 160, "1 schooljaar", "ew",
     Delivery.ON_SITE, "330.00", None, None),
    ("dko", "leisure", "Woordkunst-drama", None, None, 120, "1 schooljaar", "e", Delivery.ON_SITE,
     "330.00", DutchLevel.B1, None),
    ("music", "leisure", "Gitaar voor volwassenen", None, None, 60, "1 schooljaar", "e",
     Delivery.ON_SITE, "330.00", None, None),
    ("socio", "nt2", "Taalcafé Nederlands", None, None, 30, "wekelijks, doorlopend", "de",
     Delivery.ON_SITE, "0", DutchLevel.A1, None),
    ("socio", "leisure", "Naaiatelier en ontmoeting", None, None, 40, "doorlopend", "d",
     Delivery.ON_SITE, "20.00", None, None),
    ("build", "tech", "VCA Basisveiligheid", 2, "VCA-attest", 16, "2 dagen", "dw", Delivery.ON_SITE, "0",
     DutchLevel.A2, None),
    ("office", "admin", "Excel voor gevorderden", None, None, 18, "6 online sessies", "em",
     Delivery.ONLINE, "0", DutchLevel.B1, "Werknemer in een bediendenfunctie"),
    ("private", "diploma", "Voorbereiding examencommissie secundair onderwijs", None, None, 200,
     "Zelfstudie met begeleiding", "ewm", Delivery.ONLINE, "540.00", DutchLevel.B1, None),
    ("private", "hospitality", "Schoonheidsspecialiste", 4, "Certificaat schoonheidsspecialiste", 300,
     "1 jaar", "ew", Delivery.ON_SITE, "1450.00", DutchLevel.A2, None),
)
THEME_BY_TITLE = {row[2]: row[1] for row in CATALOGUE}
LEAVE_PROVIDERS = (ProviderType.CVO, ProviderType.SYNTRA, ProviderType.UNIVERSITY_COLLEGE,
                   ProviderType.UNIVERSITY, ProviderType.CBE)
VOUCHER_PROVIDERS = (ProviderType.CVO, ProviderType.SYNTRA, ProviderType.UNIVERSITY_COLLEGE,
                     ProviderType.UNIVERSITY, ProviderType.PRIVATE)


# --- how requests run ----------------------------------------------------------------------

CLIENT_TIERS = _Weighted([   # so that with the anonymous tier-1 requests the shares are 28/37/35
    (Tier.INFORMATION, 0.28 * (1 + ANONYMOUS_SHARE) - ANONYMOUS_SHARE),
    (Tier.MEDIATION, 0.37 * (1 + ANONYMOUS_SHARE)),
    (Tier.TRAJECTORY, 0.35 * (1 + ANONYMOUS_SHARE)),
])
REQUESTS_PER_CLIENT = _Weighted([(1, 82), (2, 14), (3, 4)])
# An intake is always booked at tier 2 (a trajectory starts after it); some start as a tier-1 question.
STARTS_AS_QUESTION = {Tier.MEDIATION: 0.15, Tier.TRAJECTORY: 0.05}
FIRST_CHANNELS = {
    True: _Weighted([(Channel.PHONE, 40), (Channel.EMAIL, 25), (Channel.CHAT, 10),
                     (Channel.FACE_TO_FACE, 20), (Channel.WEBSITE, 5)]),
    False: _Weighted([(Channel.PHONE, 40), (Channel.EMAIL, 20), (Channel.WEBSITE, 15),
                      (Channel.FACE_TO_FACE, 25)]),
}   # keyed by "tier 1"
OUTCOMES = {
    Tier.INFORMATION: _Weighted([(Outcome.ANSWERED, 86), (Outcome.REFERRED_OUT, 14)]),
    Tier.MEDIATION: _Weighted([(Outcome.ANSWERED, 45), (Outcome.ENROLLED, 28),
                               (Outcome.REFERRED_OUT, 16), (Outcome.NO_CHOICE, 11)]),
    Tier.TRAJECTORY: _Weighted([(Outcome.ENROLLED, 52), (Outcome.NO_CHOICE, 14),
                                (Outcome.DROPPED_OUT, 14), (Outcome.REFERRED_OUT, 11),
                                (Outcome.ANSWERED, 9)]),
}
# GOAL: mean 2.2; 39 % needed 2-3, 16 % 4-8, a few more than 8. Long trajectories are more often
# still open at `until`, so the closed ones come out slightly shorter than these weights.
SESSIONS_PER_TRAJECTORY = _Weighted([
    (1, 43), (2, 23), (3, 16), (4, 7.5), (5, 4.5), (6, 2.8), (7, 1.6), (8, 1.1),
    (9, 0.3), (10, 0.2), (11, 0.1), (12, 0.1),
])
SATISFACTION = _Weighted([(5, 55), (4, 38), (3, 4), (2, 2), (1, 1)])
SATISFACTION_ASKED = {Tier.INFORMATION: 0.10, Tier.MEDIATION: 0.30, Tier.TRAJECTORY: 0.45}

TIER_UP_REASONS = {
    Tier.MEDIATION: "Vraag vraagt een intakegesprek",
    Tier.TRAJECTORY: "Meerdere gesprekken nodig om tot een keuze te komen",
}
HANDED_TO_COUNSELLOR = "Doorgegeven aan een leerloopbaanbegeleider voor de intake"
OWNER_CHANGE_REASONS = ("Begeleider langdurig afwezig", "Begeleider uit dienst",
                        "Klant vroeg zelf een andere begeleider")

# referral in: which partners send whom
REFERRERS_BY_PROFILE = {
    "newcomer": _Weighted([(OrganisationType.INTEGRATION_AGENCY, 40), (OrganisationType.OCMW, 20),
                           (OrganisationType.VDAB, 20), (OrganisationType.CAW, 6),
                           (OrganisationType.OTHER, 6), (OrganisationType.JOB_SHOP, 8)]),
    "leefloon": _Weighted([(OrganisationType.OCMW, 55), (OrganisationType.CAW, 12),
                                      (OrganisationType.VDAB, 15), (OrganisationType.JOB_SHOP, 10),
                                      (OrganisationType.OTHER, 8)]),
    "job_seeker": _Weighted([(OrganisationType.VDAB, 55), (OrganisationType.JOB_SHOP, 25),
                                        (OrganisationType.OCMW, 8), (OrganisationType.CAW, 4),
                                        (OrganisationType.OTHER, 8)]),
    "young": _Weighted([(OrganisationType.YOUTH_WORK, 35), (OrganisationType.CLB, 20),
                        (OrganisationType.VDAB, 25), (OrganisationType.CAW, 10),
                        (OrganisationType.PRISON_EDUCATION, 3), (OrganisationType.OTHER, 7)]),
    "other": _Weighted([(OrganisationType.VDAB, 25), (OrganisationType.JOB_SHOP, 12),
                        (OrganisationType.OCMW, 12), (OrganisationType.CAW, 10),
                        (OrganisationType.SCHOOL, 15), (OrganisationType.PRISON_EDUCATION, 6),
                        (OrganisationType.OTHER, 20)]),
}
# referral out: where to, and why
REFERRALS_OUT = _Weighted([
    ((OrganisationType.VDAB, ReferralReason.WORK,
      "Vraag gaat over werk zoeken, niet over leren: naar de VDAB-bemiddelaar"), 30),
    ((OrganisationType.INTEGRATION_AGENCY, ReferralReason.DUTCH,
      "Nederlands nog te zwak voor het gekozen aanbod: eerst NT2 via inburgering"), 22),
    ((OrganisationType.CAW, ReferralReason.WELFARE, "Schulden en huisvesting gaan eerst: doorverwezen naar het CAW"), 14),
    ((OrganisationType.OCMW, ReferralReason.INCOME, "Vraag naar financiële steun tijdens de opleiding"), 14),
    ((OrganisationType.JOB_SHOP, ReferralReason.APPLYING, "Hulp bij cv en sollicitatiebrief"), 12),
    ((OrganisationType.CLB, ReferralReason.YOUTH, "Jongere onder 18: doorverwezen naar het CLB"), 4),
    ((OrganisationType.SCHOOL, ReferralReason.SCHOOL,
      "Vragen over vrijstellingen: naar de trajectbegeleider van de school"), 4),
])
LOOP_NOTES = {True: ("Klant is er langsgeweest.", "Partner bevestigt eerste gesprek.",
                     "Klant vertelt dat het contact goed verliep."),
              False: ("Klant is niet gegaan.", "Geen contact opgenomen met de partner.")}

REGISTRATION_SUMMARIES = ("Aanmelding: vraag genoteerd, intake ingepland",
                          "Aanmelding: eerste verkenning, afspraak gemaakt")
DESK_REGISTRATION_SUMMARY = "Intake bevestigd na aanmelding aan de balie"
ANSWER_SUMMARIES = ("Info gegeven over aanbod en inschrijving", "Vraag beantwoord, folder meegegeven",
                    "Overzicht opleidingen en kostprijs doorgegeven", "Uitgelegd waar en wanneer inschrijven")
REMINDER_SUMMARY = "Herinnering afspraak gestuurd"
OPTIONS_MAIL_SUMMARY = "Overzicht besproken opleidingen gemaild"
ORIENTATION_MESSAGES: tuple[tuple[Channel, Direction, str], ...] = (   # before the choice
    (Channel.SMS, Direction.OUTBOUND, REMINDER_SUMMARY),
    (Channel.WHATSAPP, Direction.OUTBOUND, REMINDER_SUMMARY),
    (Channel.WHATSAPP, Direction.INBOUND, "Vraagt of de afspraak later kan"),
    (Channel.SMS, Direction.INBOUND, "Bevestigt afspraak"),
    (Channel.PHONE, Direction.OUTBOUND, "Afspraak verplaatst op vraag van klant"),
    (Channel.PHONE, Direction.OUTBOUND, "Geen antwoord, voicemail ingesproken"),
    (Channel.EMAIL, Direction.OUTBOUND, "Info over opleidingscheques doorgestuurd"),
    (Channel.EMAIL, Direction.OUTBOUND, "Uurrooster en kostprijs van de opleidingen doorgestuurd"),
    (Channel.EMAIL, Direction.OUTBOUND, OPTIONS_MAIL_SUMMARY),
    (Channel.EMAIL, Direction.INBOUND, "Stuurt kopie van diploma door"),
    (Channel.WHATSAPP, Direction.INBOUND, "Foto van attest doorgestuurd"),
    (Channel.FACEBOOK, Direction.INBOUND, "Bericht via Facebook: vraag over lesuren"),
    (Channel.WHATSAPP, Direction.OUTBOUND, "Adres en uur van de infosessie doorgestuurd"),
    (Channel.PHONE, Direction.OUTBOUND, "Samen online ingeschreven voor infosessie"),
    (Channel.SMS, Direction.OUTBOUND, "Gevraagd of de infosessie doorging"),
    (Channel.PHONE, Direction.OUTBOUND, "Kort nagebeld na de infosessie van de school"),
    (Channel.PHONE, Direction.INBOUND, "Belt met vraag over kinderopvang tijdens de les"),
    (Channel.PHONE, Direction.INBOUND, "Twijfelt tussen twee opleidingen, volgende keer bespreken"),
)
ENROLMENT_MESSAGES: tuple[tuple[Channel, Direction, str], ...] = (    # after the choice
    (Channel.EMAIL, Direction.OUTBOUND, "Link naar inschrijvingsformulier gemaild"),
    (Channel.WHATSAPP, Direction.OUTBOUND, "Lijst met documenten voor inschrijving gestuurd"),
    (Channel.FACEBOOK, Direction.OUTBOUND, "Herinnering: inschrijvingen sluiten vrijdag"),
    (Channel.WHATSAPP, Direction.INBOUND, "Laat weten dat de toelatingsproef gelukt is"),
    (Channel.WHATSAPP, Direction.INBOUND, "Stuurt foto van inschrijvingsbewijs"),
    (Channel.PHONE, Direction.INBOUND, "Vraag over vrijstelling van inschrijvingsgeld"),
    (Channel.EMAIL, Direction.INBOUND, "Vraagt attest voor de VDAB-bemiddelaar"),
    (Channel.EMAIL, Direction.OUTBOUND, "Contactgegevens studiebegeleider doorgegeven"),
    (Channel.PHONE, Direction.OUTBOUND, "Kort nagebeld: gaat goed, wacht op antwoord school"),
    (Channel.PHONE, Direction.OUTBOUND, "Geen antwoord, voicemail ingesproken"),
    (Channel.SMS, Direction.OUTBOUND, "Gevraagd hoe de eerste lesweek ging"),
)
SESSION_NOTES = {
    SessionType.INTAKE: ("Vraag verhelderd, schoolloopbaan en situatie in kaart gebracht.",
                         "Opties overlopen; klant denkt na over haalbaarheid.",
                         "Praktische drempels besproken: vervoer en kinderopvang."),
    SessionType.TRAJECTORY: ("Interesses verkend met beroepenkaarten.",
                             "Opleidingen vergeleken op uurrooster en kostprijs.",
                             "Competentieportfolio aangevuld.", "Combinatie werk en opleiding besproken.",
                             "Infosessie school voorbereid."),
}
CONSENT_METHODS = _Weighted([(ConsentMethod.SPOKEN, 45), (ConsentMethod.SIGNED_FORM, 40),
                             (ConsentMethod.DIGITAL, 15)])
HANDOVER_MODES = _Weighted([(HandoverMode.CALL, 55), (HandoverMode.MEETING, 30), (HandoverMode.LETTER, 15)])
OPTIONAL_SHARED_ITEMS = (DataItem.CONTACT_DETAILS, DataItem.STUDY_HISTORY, DataItem.DUTCH_LEVEL,
                         DataItem.PRACTICAL_BARRIERS, DataItem.SUPPORT_NETWORK, DataItem.OPTIONS)

SECOND_LINE_TOPICS = {
    SecondLineKind.INFO_SESSION: (
        "Infosessie aanbod volwassenenonderwijs voor trajectbegeleiders VDAB",
        "Vorming 'Leervragen herkennen' voor maatschappelijk werkers",
        "Toelichting opleidingscheques en Vlaams opleidingsverlof",
        "Diplomagelijkschakeling: stappen en kosten, voor het team inburgering",
        "Leerwinkel voorstellen aan het team van de werkwinkel",
        "Uitkering en opleiding combineren: wat mag wel en niet?"),
    SecondLineKind.QUESTION: (
        "Vraag van jobcoach over erkenning buitenlands diploma",
        "Maatschappelijk werker vraagt naar behoud leefloon tijdens opleiding",
        "Vraag van CLB-medewerker over tweedekansonderwijs voor 18-jarige",
        "Trajectbegeleider vraagt naar avondaanbod zorgkundige",
        "Vraag van straathoekwerker over aanbod voor jongeren zonder diploma",
        "Onderwijscoördinator gevangenis vraagt naar afstandsonderwijs"),
}
SIGNALS: tuple[tuple[SignalKind, SignalTheme, str], ...] = (
    (SignalKind.GAP, SignalTheme.OFFER,
     "Geen avondaanbod zorgkundige in de regio; werkende cursisten haken af."),
    (SignalKind.BARRIER, SignalTheme.BENEFITS,
     "Klanten met leefloon vrezen hun uitkering te verliezen bij een dagopleiding."),
    (SignalKind.BARRIER, SignalTheme.MOBILITY,
     "Opleiding lasser enkel bereikbaar met de wagen; geen bus vóór 8 uur."),
    (SignalKind.BARRIER, SignalTheme.CHILDCARE, "Geen flexibele kinderopvang tijdens de lesuren NT2."),
    (SignalKind.GAP, SignalTheme.LANGUAGE, "Wachtlijst NT2 Richtgraad 2 loopt op tot vier maanden."),
    (SignalKind.BARRIER, SignalTheme.RECOGNITION,
     "Kosten en doorlooptijd van diplomagelijkschakeling ontmoedigen nieuwkomers."),
    (SignalKind.BARRIER, SignalTheme.COST,
     "Inschrijvingsgeld hoger onderwijs te hoog voor werkenden met een laag loon."),
    (SignalKind.GAP, SignalTheme.SCHEDULE, "Weinig modulair aanbod boekhouden in het weekend."),
    (SignalKind.BARRIER, SignalTheme.DIGITAL,
     "Online inschrijven vraagt itsme; klanten zonder smartphone haken af."),
    (SignalKind.GAP, SignalTheme.OFFER, "Geen duaal traject logistiek voor anderstaligen met Nederlands A2."),
    (SignalKind.BARRIER, SignalTheme.OTHER,
     "Toelatingsproeven gebruiken moeilijke schooltaal, ook voor praktijkopleidingen."),
)
SIGNAL_REGIONS = ("Zuid-West-Vlaanderen", "Kortrijk", "Menen", "Waregem", "Harelbeke")


# --- the generator -------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoSummary:
    """What one generation added: the office and the number of rows per kind."""

    office_id: uuid.UUID
    clients: int
    requests: int
    contacts: int
    planned_sessions: int
    referrals_out: int
    options_considered: int
    consents: int
    handovers: int
    contributions: int
    second_line_activities: int
    signals: int


def generate_demo(db: Database, clients: int, seed: int, until: date) -> DemoSummary:
    """Add `clients` demo clients with their requests and casework over the two years up to `until`.

    On a database without an office the demo office, its staff, lokets, social map and catalogue
    are made first; otherwise the single office's own are used (and completed where missing).
    """
    if clients < 0:
        raise InvalidValue("clients", "negative")
    with db.write() as session:
        return _Generator(session, clients, seed, until).run()


def _at(day: date, minute: int) -> datetime:
    """A Brussels wall-clock moment (aware)."""
    return datetime(day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=BRUSSELS)


def _minute_of(moment: datetime) -> int:
    return moment.hour * 60 + moment.minute


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def _next_weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


class _BulkWriter:
    """Buffers rows per table and inserts them with executemany, parent tables first."""

    def __init__(self, session: Session) -> None:
        self._connection = session.connection()
        self._buffers: dict[Table, list[dict[str, Any]]] = {t: [] for t in Base.metadata.sorted_tables}
        self._pending = 0
        self.counts: dict[str, int] = {t.name: 0 for t in Base.metadata.sorted_tables}

    def add(self, table: Table, row: dict[str, Any]) -> None:
        self._buffers[table].append(row)
        self._pending += 1
        self.counts[table.name] += 1

    def flush_if_full(self) -> None:
        """Call only between complete cases, so no child row goes in before its parent."""
        if self._pending >= ROWS_PER_FLUSH:
            self.flush()

    def flush(self) -> None:
        for table, rows in self._buffers.items():
            if rows:
                self._connection.execute(insert(table), rows)
                rows.clear()
        self._pending = 0


@dataclass(frozen=True)
class _SessionDay:
    """A weekly zitdag, in Brussels wall-clock minutes."""

    loket_id: uuid.UUID
    starts: int
    ends: int
    slot: int


@dataclass(frozen=True)
class _Partner:
    id: uuid.UUID
    org_type: OrganisationType
    name: str
    contact_ids: tuple[uuid.UUID, ...]


@dataclass(frozen=True)
class _CourseChoice:
    id: uuid.UUID
    theme: str | None
    provider_name: str


@dataclass
class _OfficeRefs:
    """What the case load refers to: the office's staff, lokets, partners and catalogue."""

    office_id: uuid.UUID
    coordinator_id: uuid.UUID | None
    info_officers: list[uuid.UUID]
    counsellors: list[uuid.UUID]
    office_loket_id: uuid.UUID
    week_schedule: dict[uuid.UUID, list[list[_SessionDay]]]    # counsellor -> weekday -> days
    partners: list[_Partner]
    partners_by_type: dict[OrganisationType, list[_Partner]]
    partner_by_name: dict[str, _Partner]
    courses: list[_CourseChoice]
    courses_by_theme: dict[str, list[_CourseChoice]]


@dataclass(slots=True)
class _ClientFacts:
    """What later requests need to know about a client."""

    id: uuid.UUID
    status: SocialStatus | None
    dutch_level: DutchLevel | None
    newcomer: bool
    young: bool
    needs_follow_up: bool
    theme: str
    owner_id: uuid.UUID | None = None


@dataclass(slots=True)
class _PlannedRequest:
    opened_at: datetime
    tier: Tier
    client: _ClientFacts | None
    registered_by: uuid.UUID


@dataclass(slots=True)
class _Case:
    """One request while its history is being generated; only what happened by `now` is kept."""

    id: uuid.UUID
    plan: _PlannedRequest
    theme: str
    first_channel: Channel
    referrer: _Partner | None
    referrer_contact_id: uuid.UUID | None
    tier: Tier | None = None
    phase: Phase | None = None
    owner_id: uuid.UUID | None = None
    loket_id: uuid.UUID | None = None
    last_change_at: datetime | None = None
    in_future: bool = False
    updated_at: datetime | None = None
    updated_by: uuid.UUID | None = None
    closed_at: datetime | None = None
    outcome: Outcome | None = None
    has_planned_session: bool = False
    held_session_minutes: list[int] = field(default_factory=list)
    held_session_days: list[date] = field(default_factory=list)
    first_held_session_at: datetime | None = None
    chosen_provider: str | None = None
    choice_at: datetime | None = None
    follow_up_started: bool = False


class _Generator:
    def __init__(self, session: Session, clients: int, seed: int, until: date) -> None:
        self.session = session
        self.client_count = clients
        self.seed = seed
        self.until = until
        self.now = _at(until, 12 * 60)
        self.last_opening = self.now - timedelta(minutes=5)    # room for the first steps of a request
        self.start = _at(until - timedelta(days=HISTORY_DAYS), OPENING_MINUTE)
        self.founded = self.start - timedelta(days=60)      # the demo office and its set-up
        self.writer = _BulkWriter(session)
        self.rng = Random(seed)
        self.booked: set[tuple[uuid.UUID, date, int]] = set()         # zitdag slots given out
        self.planned_at: set[tuple[uuid.UUID | None, datetime]] = set()  # no counsellor planned twice at once
        self.planned_sessions = 0
        self.client_request_days: list[date] = []     # opening day of each client's request, in order
        self.client_request_ids: list[uuid.UUID] = []

    # --- keys and moments

    def new_id(self, moment: datetime) -> uuid.UUID:
        return uuid7(round(moment.timestamp() * 1000), self.rng)

    def stamps(self, created: datetime, by: uuid.UUID | None,
               updated: datetime | None = None, updated_by: uuid.UUID | None = None) -> dict[str, Any]:
        return {
            "created_at": _utc(created), "created_by": by,
            "updated_at": _utc(updated or created), "updated_by": updated_by or by, "deleted_at": None,
        }

    def moment_between(self, first: datetime, last: datetime) -> datetime | None:
        """A random weekday moment in office hours, after `first` and not after `last`."""
        span = (last.date() - first.date()).days
        if span < 0:
            return None
        for _ in range(50):
            day = first.date() + timedelta(days=self.rng.randint(0, span))
            if day.weekday() >= 5:
                continue
            low = max(OPENING_MINUTE, _minute_of(first) + 1) if day == first.date() else OPENING_MINUTE
            high = min(CLOSING_MINUTE, _minute_of(last)) if day == last.date() else CLOSING_MINUTE
            if low <= high:
                return _at(day, self.rng.randint(low, high))
        return None

    def end_of(self, day: date) -> datetime:
        """The end of an office day, or now if that day is today."""
        return min(_at(day, CLOSING_MINUTE), self.now)

    def moment_after(self, moment: datetime, min_days: int, max_days: int) -> datetime:
        """An office-hours moment some days after `moment` (never before it)."""
        day = _next_weekday(moment.date() + timedelta(days=self.rng.randint(min_days, max_days)))
        later = _at(day, self.rng.randint(OPENING_MINUTE, CLOSING_MINUTE))
        return later if later > moment else moment + timedelta(minutes=self.rng.randint(5, 30))

    # --- the whole run

    def run(self) -> DemoSummary:
        existing = sum(self.session.scalar(select(func.count()).select_from(model)) or 0
                       for model in (Client, LearningRequest))
        if existing:
            # more data on top of earlier data: another stream (str seeds go through SHA-512,
            # not hash()), so no key of an earlier run comes back
            self.rng = Random(f"{self.seed}+{existing}")
        office_id = self.ensure_office()
        self.refs = refs = self.load_refs(office_id)
        plans = self.write_clients()
        self.write_requests(plans)
        self.write_second_line()
        self.write_signals()
        self.writer.flush()
        audit.append(self.session, [{
            "id": self.new_id(self.now), "office_id": office_id, "at": _utc(self.now),
            "actor_id": refs.coordinator_id, "action": "demo.generate", "entity": "office",
            "record_id": office_id, "subject_client_id": None, "fields": None,
        }])
        counts = self.writer.counts
        return DemoSummary(
            office_id=office_id, clients=counts["client"], requests=counts["learning_request"],
            contacts=counts["contact"], planned_sessions=self.planned_sessions,
            referrals_out=counts["referral_out"], options_considered=counts["option_considered"],
            consents=counts["consent"], handovers=counts["handover"],
            contributions=counts["contribution"],
            second_line_activities=counts["second_line_activity"], signals=counts["signal"],
        )

    # --- office and reference data

    def ensure_office(self) -> uuid.UUID:
        """The single office, made (or completed) with staff, social map, catalogue, lokets and zitdagen."""
        office_ids = self.session.scalars(select(Office.id).order_by(Office.id)).all()
        if len(office_ids) > 1:
            raise InvalidValue("office", "several")
        if office_ids:
            office_id = office_ids[0]
        else:
            office_id = self.new_id(self.founded)
            self.writer.add(Office.__table__, {
                "id": office_id, "name": OFFICE_NAME, "code": OFFICE_CODE, "street": OFFICE_LOKET[1],
                "postcode": OFFICE_LOKET[2], "municipality": OFFICE_LOKET[3],
                "phone": "056 24 16 80", "email": f"info@{MAIL_DOMAIN}", "website": f"www.{MAIL_DOMAIN}",
                "created_at": _utc(self.founded), "updated_at": _utc(self.founded),
            })
        if not self.count_owned(Counsellor, office_id, Counsellor.role == Role.COUNSELLOR):
            self.seed_staff(office_id)
        if not self.count_owned(PartnerOrganisation, office_id):
            self.seed_social_map(office_id)
        if not self.count_owned(Course, office_id):
            self.seed_catalogue(office_id)
        self.writer.flush()
        if not self.count_owned(Loket, office_id, Loket.active.is_(True)):
            self.seed_lokets(office_id)
            self.writer.flush()
        self.seed_missing_zitdagen(office_id)
        self.writer.flush()
        return office_id

    def count_owned(self, model: Any, office_id: uuid.UUID, *where: Any) -> int:
        return self.session.scalar(
            select(func.count()).select_from(model)
            .where(model.office_id == office_id, model.deleted_at.is_(None), *where)
        ) or 0

    def seed_staff(self, office_id: uuid.UUID) -> None:
        taken = set(self.session.scalars(select(Counsellor.login).where(Counsellor.office_id == office_id)))
        wanted_counsellors = min(MAX_COUNSELLORS, max(4, round(self.client_count / CLIENTS_PER_COUNSELLOR)))
        wanted_officers = min(MAX_INFO_OFFICERS, max(2, round(self.client_count / CLIENTS_PER_INFO_OFFICER)))
        staff = [(COORDINATOR[0], COORDINATOR[1], Role.COORDINATOR)]
        staff += [(login, name, Role.INFO_OFFICER) for login, name in INFO_OFFICERS[:wanted_officers]]
        staff += [(login, name, Role.COUNSELLOR) for login, name in COUNSELLORS[:wanted_counsellors]]
        logins = taken | {login for login, _, _ in staff}
        for role, missing in ((Role.INFO_OFFICER, wanted_officers - len(INFO_OFFICERS)),
                              (Role.COUNSELLOR, wanted_counsellors - len(COUNSELLORS))):
            for _ in range(missing):
                login, full_name = self.invented_colleague(logins)
                logins.add(login)
                staff.append((login, full_name, role))
        for index, (login, full_name, role) in enumerate(staff):
            if login in taken:
                continue
            joined = self.founded + timedelta(minutes=index)
            self.writer.add(Counsellor.__table__, {
                "id": self.new_id(joined), "office_id": office_id, "login": login,
                "full_name": full_name, "role": role, "email": f"{login}@{MAIL_DOMAIN}",
                "phone": self.mobile_number(), "can_log_in": True, **self.stamps(joined, None),
                "passphrase_hash": self.demo_passphrase_hash(login) if index < DEMO_ACCOUNTS else None,
            })

    def demo_passphrase_hash(self, login: str) -> str:
        """The documented demo passphrase, hashed with a salt from the seed (same seed, same bytes).

        Its own random stream, so the rest of the demo data does not depend on it.
        """
        salt = Random(f"{self.seed}/salt/{login}").randbytes(16)
        return argon2_hash(DEMO_PASSPHRASE.encode(), salt, time_cost=HASHER.time_cost,
                           memory_cost=HASHER.memory_cost, parallelism=HASHER.parallelism,
                           hash_len=HASHER.hash_len, type=Argon2Type.ID).decode()

    def invented_colleague(self, taken: set[str]) -> tuple[str, str]:
        origin = ORIGINS.pick(self.rng)
        first = self.rng.choice(origin.women + origin.men)
        last = self.rng.choice(origin.surnames)
        base = f"{fold(first).replace(' ', '')}.{fold(last).replace(' ', '')}"
        login, suffix = base, 2
        while login in taken:
            login, suffix = f"{base}{suffix}", suffix + 1
        return login, f"{first} {last}"

    def seed_social_map(self, office_id: uuid.UUID) -> None:
        for index, (org_type, name, street, postcode, municipality, domain, people) in enumerate(PARTNERS):
            made = self.founded + timedelta(hours=1, minutes=index)
            partner_id = self.new_id(made)
            self.writer.add(PartnerOrganisation.__table__, {
                "id": partner_id, "office_id": office_id, "name": name, "org_type": org_type,
                "street": street, "postcode": postcode, "municipality": municipality,
                "phone": self.landline(postcode), "email": f"info@{domain}", "website": f"www.{domain}",
                "notes": None, **self.stamps(made, None),
            })
            for full_name, function in people:
                first, _, last = full_name.partition(" ")
                self.writer.add(PartnerContact.__table__, {
                    "id": self.new_id(made), "office_id": office_id, "partner_id": partner_id,
                    "full_name": full_name, "function": function, "phone": self.mobile_number(),
                    "email": f"{fold(first).replace(' ', '')}.{fold(last).replace(' ', '')}@{domain}",
                    **self.stamps(made, None),
                })

    def seed_lokets(self, office_id: uuid.UUID) -> None:
        partners = self.session.execute(
            select(PartnerOrganisation.id, PartnerOrganisation.name, PartnerOrganisation.street,
                   PartnerOrganisation.postcode, PartnerOrganisation.municipality)
            .where(PartnerOrganisation.office_id == office_id).order_by(PartnerOrganisation.id)
        ).all()
        by_name = {row.name: row for row in partners}
        made = self.founded + timedelta(hours=2)
        name, street, postcode, municipality = OFFICE_LOKET
        lokets = [(name, None, street, postcode, municipality)]
        lokets += [(loket_name, host.id, host.street, host.postcode, host.municipality)
                   for loket_name, host_name in HOSTED_LOKETS if (host := by_name.get(host_name))]
        for name, host_id, street, postcode, municipality in lokets:
            self.writer.add(Loket.__table__, {
                "id": self.new_id(made), "office_id": office_id, "name": name, "host_partner_id": host_id,
                "street": street, "postcode": postcode, "municipality": municipality, "active": True,
                **self.stamps(made, None),
            })

    def seed_missing_zitdagen(self, office_id: uuid.UUID) -> None:
        """Weekly zitdagen for every counsellor who has none: two days at the office, two half days out."""
        lokets = self.session.execute(
            select(Loket.id, Loket.host_partner_id)
            .where(Loket.office_id == office_id, Loket.active.is_(True)).order_by(Loket.id)
        ).all()
        office_lokets = [row.id for row in lokets if row.host_partner_id is None] or [lokets[0].id]
        hosted = [row.id for row in lokets if row.host_partner_id is not None] or office_lokets
        with_days = set(self.session.scalars(
            select(Zitdag.counsellor_id).where(Zitdag.office_id == office_id, Zitdag.weekday.is_not(None))
        ))
        counsellors = self.session.scalars(
            select(Counsellor.id).where(Counsellor.office_id == office_id, Counsellor.role == Role.COUNSELLOR)
            .order_by(Counsellor.id)
        ).all()
        made = self.founded + timedelta(hours=3)
        for index, counsellor_id in enumerate(counsellors):
            if counsellor_id in with_days:
                continue
            office = office_lokets[0]
            days = [(office, index % 5, MORNING), (office, index % 5, AFTERNOON),
                    (office, (index + 2) % 5, MORNING), (office, (index + 2) % 5, AFTERNOON),
                    (hosted[index % len(hosted)], (index + 1) % 5, MORNING),
                    (hosted[(index + 2) % len(hosted)], (index + 3) % 5, AFTERNOON)]
            for loket_id, weekday, (starts, ends) in days:
                self.writer.add(Zitdag.__table__, {
                    "id": self.new_id(made), "office_id": office_id, "loket_id": loket_id,
                    "counsellor_id": counsellor_id, "weekday": weekday, "on_date": None,
                    "starts": time(starts // 60, starts % 60), "ends": time(ends // 60, ends % 60),
                    "slot_minutes": SESSION_SLOT_MINUTES, "valid_from": self.founded.date(),
                    "valid_until": None, **self.stamps(made, None),
                })

    def seed_catalogue(self, office_id: uuid.UUID) -> None:
        made = self.founded + timedelta(hours=4)
        provider_ids: dict[str, tuple[uuid.UUID, ProviderType, str, str]] = {}
        for key, (provider_type, name, street, postcode, municipality, website) in PROVIDERS.items():
            provider_id = self.new_id(made)
            provider_ids[key] = (provider_id, provider_type, postcode, municipality)
            self.writer.add(Provider.__table__, {
                "id": provider_id, "office_id": office_id, "name": name, "provider_type": provider_type,
                "street": street, "postcode": postcode, "municipality": municipality,
                "phone": self.landline(postcode), "website": website, **self.stamps(made, None),
            })
        starts = [_next_weekday(date(year, month, 1)) for year in (self.until.year, self.until.year + 1)
                  for month in (2, 9)]
        upcoming = [day for day in starts if day > self.until]
        upcoming.append(_next_weekday(self.until + timedelta(days=30)))
        for (provider_key, _theme, title, eqf, qualification, hours, duration_text, schedule, delivery,
             cost, dutch, entry) in CATALOGUE:
            provider_id, provider_type, postcode, municipality = provider_ids[provider_key]
            recognised = qualification is not None and eqf is not None
            self.writer.add(Course.__table__, {
                "id": self.new_id(made), "office_id": office_id, "provider_id": provider_id,
                "title": title, "eqf_level": eqf, "recognised_qualification": recognised,
                "qualification_name": qualification, "duration_hours": hours,
                "duration_text": duration_text, "daytime": "d" in schedule, "evenings": "e" in schedule,
                "weekends": "w" in schedule, "modular": "m" in schedule, "delivery": delivery,
                "municipality": municipality, "postcode": postcode, "cost_eur": Decimal(cost),
                "training_vouchers": recognised and provider_type in VOUCHER_PROVIDERS,
                "educational_leave": (recognised and provider_type in LEAVE_PROVIDERS
                                      and (hours is None or hours >= 32)),
                "fee_exemption": provider_type in (ProviderType.CVO, ProviderType.CBE),
                "dutch_level_required": dutch, "entry_requirements": entry,
                "next_start": self.rng.choice(upcoming), "url": None, **self.stamps(made, None),
            })

    def load_refs(self, office_id: uuid.UUID) -> _OfficeRefs:
        session = self.session
        staff = session.execute(
            select(Counsellor.id, Counsellor.role)
            .where(Counsellor.office_id == office_id, Counsellor.deleted_at.is_(None))
            .order_by(Counsellor.id)
        ).all()
        counsellors = [row.id for row in staff if row.role == Role.COUNSELLOR]
        info_officers = [row.id for row in staff if row.role == Role.INFO_OFFICER] or counsellors
        coordinator = next((row.id for row in staff if row.role == Role.COORDINATOR), None)
        lokets = session.execute(
            select(Loket.id, Loket.host_partner_id)
            .where(Loket.office_id == office_id, Loket.active.is_(True)).order_by(Loket.id)
        ).all()
        office_loket_id = next((row.id for row in lokets if row.host_partner_id is None), lokets[0].id)
        week_schedule: dict[uuid.UUID, list[list[_SessionDay]]] = {
            c: [[] for _ in range(7)] for c in counsellors}
        for row in session.execute(
            select(Zitdag.counsellor_id, Zitdag.loket_id, Zitdag.weekday, Zitdag.starts, Zitdag.ends,
                   Zitdag.slot_minutes)
            .where(Zitdag.office_id == office_id, Zitdag.weekday.is_not(None), Zitdag.deleted_at.is_(None))
            .order_by(Zitdag.id)
        ):
            if row.counsellor_id in week_schedule and row.weekday < 5:
                week_schedule[row.counsellor_id][row.weekday].append(_SessionDay(
                    row.loket_id, row.starts.hour * 60 + row.starts.minute,
                    row.ends.hour * 60 + row.ends.minute, row.slot_minutes))
        contacts: dict[uuid.UUID, list[uuid.UUID]] = {}
        for row in session.execute(
            select(PartnerContact.partner_id, PartnerContact.id)
            .where(PartnerContact.office_id == office_id, PartnerContact.deleted_at.is_(None))
            .order_by(PartnerContact.id)
        ):
            contacts.setdefault(row.partner_id, []).append(row.id)
        partners = [
            _Partner(row.id, row.org_type, row.name, tuple(contacts.get(row.id, ())))
            for row in session.execute(
                select(PartnerOrganisation.id, PartnerOrganisation.org_type, PartnerOrganisation.name)
                .where(PartnerOrganisation.office_id == office_id, PartnerOrganisation.deleted_at.is_(None))
                .order_by(PartnerOrganisation.id)
            )
        ]
        partners_by_type: dict[OrganisationType, list[_Partner]] = {}
        for partner in partners:
            partners_by_type.setdefault(partner.org_type, []).append(partner)
        courses = [
            _CourseChoice(row.id, THEME_BY_TITLE.get(row.title), row.name)
            for row in session.execute(
                select(Course.id, Course.title, Provider.name)
                .join(Provider, Course.provider_id == Provider.id)
                .where(Course.office_id == office_id, Course.deleted_at.is_(None))
                .order_by(Course.id)
            )
        ]
        courses_by_theme: dict[str, list[_CourseChoice]] = {}
        for course in courses:
            if course.theme is not None:
                courses_by_theme.setdefault(course.theme, []).append(course)
        return _OfficeRefs(
            office_id=office_id, coordinator_id=coordinator, info_officers=info_officers,
            counsellors=counsellors or info_officers, office_loket_id=office_loket_id,
            week_schedule=week_schedule, partners=partners, partners_by_type=partners_by_type,
            partner_by_name={p.name: p for p in partners}, courses=courses,
            courses_by_theme=courses_by_theme,
        )

    # --- contact details

    def mobile_number(self) -> str:
        rng = self.rng
        prefix = f"4{rng.choice((6, 7, 7, 8, 9))}{rng.randint(0, 9)}"
        digits = f"{prefix} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        return f"+32 {digits}" if rng.random() < 0.3 else f"0{digits}"

    def landline(self, postcode: str | None) -> str:
        area = AREA_CODES.get(postcode or "", "056")
        rng = self.rng
        if len(area) == 2:
            return f"{area} {rng.randint(200, 399)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        return f"{area} {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"

    # --- clients

    def write_clients(self) -> list[_PlannedRequest]:
        """Write the clients in order of registration; return every request to open, oldest first."""
        rng = self.rng
        moments = sorted(self.moment_between(self.start, self.last_opening) or self.last_opening
                         for _ in range(self.client_count))
        dossier_numbers = self.reserve_numbers(CLIENT_PREFIX, [m.year for m in moments])
        plans: list[_PlannedRequest] = []
        for registered_at, dossier_no in zip(moments, dossier_numbers, strict=True):
            registered_by = rng.choice(self.refs.info_officers)
            client_plans = self.plan_client_requests(registered_at, registered_by)
            facts = self.write_client(registered_at, registered_by, dossier_no,
                                      max(p.tier.level for p in client_plans))
            for plan in client_plans:
                plan.client = facts
            plans.extend(client_plans)
            self.writer.flush_if_full()
        for _ in range(round(ANONYMOUS_SHARE * len(plans))):
            opened = self.moment_between(self.start, self.last_opening) or self.last_opening
            plans.append(_PlannedRequest(opened, Tier.INFORMATION, None, rng.choice(self.refs.info_officers)))
        plans.sort(key=lambda plan: plan.opened_at)    # stable: ties keep generation order
        return plans

    def plan_client_requests(self, registered_at: datetime,
                             registered_by: uuid.UUID) -> list[_PlannedRequest]:
        plans = [_PlannedRequest(registered_at, CLIENT_TIERS.pick(self.rng), None, registered_by)]
        opened = registered_at
        for _ in range(REQUESTS_PER_CLIENT.pick(self.rng) - 1):
            opened = self.moment_after(opened, 45, 400)
            if opened > self.last_opening:
                break
            plans.append(_PlannedRequest(opened, CLIENT_TIERS.pick(self.rng), None,
                                         self.rng.choice(self.refs.info_officers)))
        return plans

    def reserve_numbers(self, prefix: str, years: list[int]) -> list[str]:
        """Consecutive numbers per year for moments already in time order."""
        per_year: dict[int, int] = {}
        for year in years:
            per_year[year] = per_year.get(year, 0) + 1
        next_seq = {year: reserve(self.session, self.refs.office_id, prefix, year, count)
                    for year, count in per_year.items()}
        numbers = []
        for year in years:
            numbers.append(format_number(prefix, year, next_seq[year]))
            next_seq[year] += 1
        return numbers

    def write_client(self, registered_at: datetime, registered_by: uuid.UUID, dossier_no: str,
                     highest_tier: int) -> _ClientFacts:
        rng = self.rng
        origin = ORIGINS.pick(rng)
        native = rng.random() < origin.native_share
        gender = Gender.X if rng.random() < 0.01 else rng.choice((Gender.F, Gender.M))
        women = gender is Gender.F or (gender is Gender.X and rng.random() < 0.5)
        first_name = rng.choice(origin.women if women else origin.men)
        last_name = rng.choice(origin.surnames)
        if women and origin.gendered_surnames and last_name.endswith(("ski", "cki", "dzki")):
            last_name = last_name[:-1] + "a"
        age = 18 + int(rng.betavariate(1.6, 2.6) * 48)
        birth_date = registered_at.date() - timedelta(days=age * 365 + rng.randint(0, 364))
        qualification = QUALIFICATIONS[native].pick(rng)
        foreign_diploma = (not native and qualification in (Qualification.SECONDARY, Qualification.HIGHER)
                           and rng.random() < 0.7)
        status = STATUSES[native].pick(rng)
        if age <= 25 and rng.random() < 0.25:
            status = SocialStatus.STUDENT if rng.random() < 0.3 else SocialStatus.JOB_SEEKER
        dutch_level = DutchLevel.NATIVE if native else origin.dutch_levels.pick(rng)
        difficult_school_past = qualification in LOW_QUALIFIED and rng.random() < 0.45
        weak_network = rng.random() < (0.2 if native else 0.5)
        theme = (THEMES_FOR_NATIVE_SPEAKERS if native else THEMES_FOR_NEWCOMERS).pick(rng)
        if theme == "recognition" and not foreign_diploma and rng.random() < 0.7:
            theme = "diploma"
        postcode, municipality = MUNICIPALITIES.pick(rng)
        if rng.random() < 0.88:
            phone: str | None = self.mobile_number()
        else:
            phone = self.landline(postcode) if rng.random() < 0.5 else None
        email = self.email_address(first_name, last_name, birth_date) if rng.random() < 0.72 else None
        had_intake = highest_tier >= 2
        known = had_intake or rng.random() < 0.5       # tier-1 clients often give only a name and a number
        study_history = None
        if had_intake:
            study_history = rng.choice(STUDY_HISTORIES[qualification])
            study_history += FOREIGN_DIPLOMA_NOTE if foreign_diploma else ""
        client_id = self.new_id(registered_at)
        self.writer.add(Client.__table__, {
            "id": client_id, "office_id": self.refs.office_id, "dossier_no": dossier_no,
            "first_name": first_name, "last_name": last_name,
            "birth_date": birth_date if known else None, "gender": gender if known else None,
            "phone": phone, "email": email,
            "street": f"{rng.choice(STREETS)} {rng.randint(1, 180)}" if known else None,
            "postcode": postcode if known else None, "municipality": municipality if known else None,
            "highest_qualification": qualification if known else None,
            "foreign_diploma": foreign_diploma if known else None,
            "status": status if known else None, "dutch_level": dutch_level if known else None,
            "personal_situation": rng.choice(PERSONAL_SITUATIONS) if had_intake else None,
            "study_history": study_history,
            "practical_barriers": (rng.choice(PRACTICAL_BARRIERS)
                                   if had_intake and rng.random() < 0.7 else None),
            "support_network": rng.choice(SUPPORT_NETWORKS) if had_intake and rng.random() < 0.7 else None,
            "interests": THEMES[theme].interest if had_intake else None,
            "difficult_school_past": difficult_school_past if had_intake else False,
            "weak_network": weak_network if had_intake else False,
            "name_key": name_key(first_name, last_name), "phone_key": phone_key(phone) if phone else None,
            "email_key": email.casefold() if email else None, "merged_into_id": None, "import_ref": None,
            **self.stamps(registered_at, registered_by),
        })
        return _ClientFacts(
            id=client_id, status=status, dutch_level=dutch_level, newcomer=not native, young=age <= 25,
            needs_follow_up=had_intake and (difficult_school_past or weak_network), theme=theme,
        )

    def email_address(self, first_name: str, last_name: str, birth_date: date) -> str:
        first = fold(first_name).replace(" ", "")
        last = fold(last_name).replace(" ", "")
        local = self.rng.choice((f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}",
                                 f"{first}.{last}{birth_date.year % 100:02d}", f"{first}{birth_date.year}"))
        return f"{local}@{MAIL_PROVIDERS.pick(self.rng)}"

    # --- requests

    def write_requests(self, plans: list[_PlannedRequest]) -> None:
        numbers = self.reserve_numbers(REQUEST_PREFIX, [plan.opened_at.year for plan in plans])
        for plan, request_no in zip(plans, numbers, strict=True):
            self.write_case(plan, request_no)
            self.writer.flush_if_full()

    def write_case(self, plan: _PlannedRequest, request_no: str) -> None:
        rng = self.rng
        client = plan.client
        referrer = self.pick_referrer(client) if client and rng.random() < PARTNER_REFERRAL_SHARE else None
        theme = client.theme if client and rng.random() < 0.8 else THEMES_FOR_NATIVE_SPEAKERS.pick(rng)
        case = _Case(
            id=self.new_id(plan.opened_at), plan=plan, theme=theme,
            first_channel=FIRST_CHANNELS[plan.tier is Tier.INFORMATION].pick(rng),
            referrer=referrer,
            referrer_contact_id=(rng.choice(referrer.contact_ids)
                                 if referrer and referrer.contact_ids else None),
        )
        opened, dispatcher = plan.opened_at, plan.registered_by
        starts_as_question = plan.tier is Tier.INFORMATION or rng.random() < STARTS_AS_QUESTION[plan.tier]
        self.change(case, opened, "tier", Tier.INFORMATION if starts_as_question else Tier.MEDIATION,
                    dispatcher)
        # a request is registered at dispatch; a partner's referral shows as the step before it
        case.phase = Phase.REFERRAL_IN if referrer else Phase.DISPATCH
        if referrer:
            self.change(case, opened, "phase", Phase.DISPATCH, dispatcher)
        if starts_as_question:
            case.owner_id = dispatcher      # a tier-1 question belongs to whoever answers it
        if plan.tier is Tier.INFORMATION:
            self.run_information(case, opened)
        else:
            self.run_guidance(case, opened)
        self.write_request_row(case, request_no)

    def pick_referrer(self, client: _ClientFacts) -> _Partner | None:
        if client.newcomer and client.dutch_level in (DutchLevel.A1, DutchLevel.A2, DutchLevel.B1):
            profile = "newcomer"
        elif client.young and self.rng.random() < 0.5:
            profile = "young"
        elif client.status in (SocialStatus.LEEFLOON, SocialStatus.JOB_SEEKER):
            profile = str(client.status)
        else:
            profile = "other"
        return self.partner_of_type(REFERRERS_BY_PROFILE[profile].pick(self.rng))

    def partner_of_type(self, org_type: OrganisationType) -> _Partner | None:
        candidates = self.refs.partners_by_type.get(org_type) or self.refs.partners
        return self.rng.choice(candidates) if candidates else None

    def change(self, case: _Case, at: datetime, field_name: str, new: Any, by: uuid.UUID | None,
               reason: str | None = None) -> None:
        """Record a tier, phase or owner change if it happened before now (one second after the last).

        Whether it happened is decided on the whole-minute moment asked for, so steps taken together
        (a tier and the phase it brings) stay together; after one step in the future, all are.
        """
        case.in_future = case.in_future or at >= self.now
        if case.last_change_at is not None and at <= case.last_change_at:
            at = case.last_change_at + timedelta(seconds=1)
        case.last_change_at = at
        if case.in_future:
            return
        old = {"tier": case.tier, "phase": case.phase, "owner": case.owner_id}[field_name]
        if field_name == "tier":
            case.tier = new
        elif field_name == "phase":
            case.phase = new
        else:
            case.owner_id = new
        self.writer.add(RequestChange.__table__, {
            "id": self.new_id(at), "office_id": self.refs.office_id, "request_id": case.id,
            "at": _utc(at), "by": by, "field": field_name,
            "old_value": None if old is None else str(old), "new_value": str(new), "reason": reason,
        })
        self.touch(case, at, by)

    def touch(self, case: _Case, at: datetime, by: uuid.UUID | None) -> None:
        if case.updated_at is None or at > case.updated_at:
            case.updated_at, case.updated_by = at, by

    def close(self, case: _Case, at: datetime, outcome: Outcome, by: uuid.UUID | None) -> None:
        self.change(case, at, "phase", Phase.CLOSED, by)
        if case.phase is Phase.CLOSED:
            case.closed_at, case.outcome = case.last_change_at, outcome

    def contact(self, case: _Case, at: datetime, kind: ContactKind, channel: Channel,
                counsellor_id: uuid.UUID | None, *, minutes: int | None = None,
                direction: Direction | None = None, session_type: SessionType | None = None,
                loket_id: uuid.UUID | None = None, summary: str | None = None,
                booked_at: datetime | None = None, status: ContactStatus = ContactStatus.HELD) -> bool:
        """Log a contact that happened by now, or the next planned session; True if it was held."""
        if at <= self.now:
            held = status is ContactStatus.HELD
            created = at
        elif (kind is ContactKind.SESSION and not case.has_planned_session
              and at <= self.now + timedelta(days=PLANNING_HORIZON_DAYS)
              and (counsellor_id, at) not in self.planned_at):
            self.planned_at.add((counsellor_id, at))
            case.has_planned_session, held, status = True, False, ContactStatus.PLANNED
            created = min(booked_at or case.plan.opened_at, self.now)
            minutes = None
            self.planned_sessions += 1
        else:
            return False
        notes = None
        if kind is ContactKind.SESSION and held and session_type in SESSION_NOTES and self.rng.random() < 0.5:
            notes = self.rng.choice(SESSION_NOTES[session_type])
        self.writer.add(Contact.__table__, {
            "id": self.new_id(created), "office_id": self.refs.office_id, "request_id": case.id,
            "kind": kind, "session_type": session_type, "status": status, "channel": channel,
            "direction": direction, "at": _utc(at), "minutes": minutes,
            "loket_id": loket_id, "counsellor_id": counsellor_id, "summary": summary, "notes": notes,
            "import_key": None, **self.stamps(created, counsellor_id),
        })
        self.touch(case, created, counsellor_id)
        if held and kind is ContactKind.SESSION and minutes is not None:
            case.held_session_minutes.append(minutes)
            case.held_session_days.append(at.date())
            case.first_held_session_at = case.first_held_session_at or at
        return held

    # tier 1: one short contact

    def run_information(self, case: _Case, dispatched: datetime) -> None:
        rng = self.rng
        channel = case.first_channel
        answerer = case.plan.registered_by
        if channel in (Channel.EMAIL, Channel.WEBSITE):
            answered = self.moment_between(dispatched, dispatched + timedelta(days=2)) or dispatched
        else:
            answered = dispatched
        minutes = min(75, max(5, round(rng.gauss(26, 10))))
        outcome = OUTCOMES[Tier.INFORMATION].pick(rng)
        summary = rng.choice(ANSWER_SUMMARIES)
        referral = REFERRALS_OUT.pick(rng) if outcome is Outcome.REFERRED_OUT else None
        if referral:
            summary = f"Doorverwezen: {referral[2]}"
        if channel is Channel.FACE_TO_FACE:
            case.loket_id = self.refs.office_loket_id
            held = self.contact(case, answered, ContactKind.SESSION, channel, answerer, minutes=minutes,
                                direction=Direction.INBOUND, session_type=SessionType.INFORMATION,
                                loket_id=case.loket_id, summary=summary)
        else:
            held = self.contact(case, answered, ContactKind.MICRO,
                                Channel.EMAIL if channel is Channel.WEBSITE else channel, answerer,
                                minutes=minutes, direction=Direction.INBOUND, summary=summary)
        if held:
            if referral:
                self.refer_out(case, answered, referral, answerer)
            self.close(case, answered + timedelta(minutes=minutes), outcome, answerer)

    # tiers 2 and 3: an intake at a loket, for tier 3 followed by a trajectory

    def run_guidance(self, case: _Case, dispatched: datetime) -> None:
        rng = self.rng
        plan, client = case.plan, case.plan.client
        assert client is not None
        dispatcher = plan.registered_by
        if client.owner_id is None or rng.random() < 0.1:
            client.owner_id = rng.choice(self.refs.counsellors)
        owner = client.owner_id
        if case.tier is Tier.INFORMATION:       # the question turned out to need an intake
            self.change(case, dispatched, "tier", Tier.MEDIATION, dispatcher, TIER_UP_REASONS[Tier.MEDIATION])
            self.change(case, dispatched, "phase", Phase.INTAKE, dispatcher)
            self.change(case, dispatched, "owner", owner, dispatcher, HANDED_TO_COUNSELLOR)
        else:
            self.change(case, dispatched, "phase", Phase.INTAKE, dispatcher)
            self.change(case, dispatched, "owner", owner, dispatcher)
        if case.first_channel is Channel.FACE_TO_FACE:
            self.contact(case, dispatched, ContactKind.MICRO, Channel.SMS, dispatcher,
                         direction=Direction.OUTBOUND, summary=DESK_REGISTRATION_SUMMARY)
        else:
            self.contact(case, dispatched, ContactKind.MICRO,
                         Channel.EMAIL if case.first_channel is Channel.WEBSITE else case.first_channel,
                         dispatcher, minutes=rng.randint(4, 12), direction=Direction.INBOUND,
                         summary=rng.choice(REGISTRATION_SUMMARIES))
        intake_at, loket_id = self.book(owner, dispatched.date() + timedelta(days=rng.randint(2, 14)))
        case.loket_id = loket_id
        if rng.random() < 0.6:
            reminder = self.moment_between(intake_at - timedelta(days=2), intake_at)
            if reminder and reminder > dispatched:
                self.contact(case, reminder, ContactKind.MICRO, rng.choice((Channel.SMS, Channel.WHATSAPP)),
                             owner, direction=Direction.OUTBOUND, summary=REMINDER_SUMMARY)
        minutes = self.session_minutes(69 if plan.tier is Tier.MEDIATION else 68)
        self.contact(case, intake_at, ContactKind.SESSION, Channel.FACE_TO_FACE, owner, minutes=minutes,
                     session_type=SessionType.INTAKE, loket_id=loket_id, booked_at=dispatched)
        intake_end = intake_at + timedelta(minutes=minutes)
        if plan.tier is Tier.MEDIATION:
            self.finish_mediation(case, intake_end, owner)
        else:
            self.run_trajectory(case, intake_end, owner)

    def session_minutes(self, mean: int) -> int:
        return min(150, max(30, 5 * round(self.rng.gauss(mean, 16) / 5)))

    def book(self, counsellor_id: uuid.UUID, earliest: date) -> tuple[datetime, uuid.UUID]:
        """The first free slot of the counsellor's zitdagen from `earliest`, double-booking when full."""
        week = self.refs.week_schedule.get(counsellor_id)
        if not week or not any(week):
            week = [[_SessionDay(self.refs.office_loket_id, MORNING[0], AFTERNOON[1], SESSION_SLOT_MINUTES)]
                    for _ in range(5)] + [[], []]
        fallback: tuple[date, _SessionDay] | None = None
        for offset in range(BOOKING_SEARCH_DAYS):
            day = earliest + timedelta(days=offset)
            for session_day in week[day.weekday()]:
                last_start = session_day.ends - session_day.slot
                for minute in range(session_day.starts, last_start + 1, session_day.slot):
                    key = (counsellor_id, day, minute)
                    if key not in self.booked:
                        self.booked.add(key)
                        return _at(day, minute), session_day.loket_id
                fallback = fallback or (day, session_day)
        assert fallback is not None, "every schedule has a weekday zitdag, so three weeks hold one"
        day, session_day = fallback
        slots = max(1, (session_day.ends - session_day.starts) // session_day.slot)
        minute = session_day.starts + session_day.slot * self.rng.randrange(slots)
        return _at(day, minute), session_day.loket_id

    def finish_mediation(self, case: _Case, intake_end: datetime, owner: uuid.UUID) -> None:
        """One intake answers it: options mailed, then a choice, an answer, a referral or no choice."""
        rng = self.rng
        outcome = OUTCOMES[Tier.MEDIATION].pick(rng)
        if outcome is Outcome.ENROLLED:
            choice_at = self.moment_after(intake_end, 1, 14)
            self.change(case, choice_at, "phase", Phase.CHOICE, owner)
            self.consider_options(case, rng.randint(1, 3), choice_at)
            closing = self.moment_after(choice_at, 7, 30)
            if rng.random() < 0.1:
                closing = self.moment_after(self.hand_over(case, choice_at, owner), 0, 7)
        elif outcome is Outcome.REFERRED_OUT:
            self.refer_out(case, intake_end, REFERRALS_OUT.pick(rng), owner)
            closing = self.moment_after(intake_end, 0, 2)
        elif outcome is Outcome.ANSWERED:
            self.consider_options(case, rng.randint(1, 3), None)
            closing = self.moment_after(intake_end, 0, 3)
        else:
            self.consider_options(case, rng.randint(1, 2), None)
            closing = self.moment_after(intake_end, 14, 45)
        if outcome is not Outcome.REFERRED_OUT and rng.random() < 0.7:
            mail = self.moment_between(intake_end, min(closing, intake_end + timedelta(days=3)))
            if mail:
                self.contact(case, mail, ContactKind.MICRO, Channel.EMAIL, owner, minutes=rng.randint(5, 15),
                             direction=Direction.OUTBOUND, summary=OPTIONS_MAIL_SUMMARY)
        self.close(case, closing, outcome, owner)

    def run_trajectory(self, case: _Case, intake_end: datetime, owner: uuid.UUID) -> None:
        rng = self.rng
        client = case.plan.client
        assert client is not None
        self.change(case, intake_end, "tier", Tier.TRAJECTORY, owner, TIER_UP_REASONS[Tier.TRAJECTORY])
        self.change(case, intake_end, "phase", Phase.TRAJECTORY, owner)
        sessions = SESSIONS_PER_TRAJECTORY.pick(rng)
        owner_changes_after = rng.randint(2, sessions - 1) if sessions >= 3 and rng.random() < 0.04 else None
        last_end = intake_end
        for number in range(2, sessions + 1):
            if number - 1 == owner_changes_after:
                new_owner = rng.choice([c for c in self.refs.counsellors if c != owner] or [owner])
                self.change(case, last_end, "owner", new_owner, self.refs.coordinator_id,
                            rng.choice(OWNER_CHANGE_REASONS))
                owner = client.owner_id = new_owner
            booked_at = last_end
            at, loket_id = self.book(owner, last_end.date() + timedelta(days=rng.randint(7, 24)))
            if rng.random() < 0.07:
                missed = rng.choice((ContactStatus.NO_SHOW, ContactStatus.CANCELLED))
                self.contact(case, at, ContactKind.SESSION, Channel.FACE_TO_FACE, owner,
                             session_type=SessionType.TRAJECTORY, loket_id=loket_id, booked_at=booked_at,
                             status=missed)
                booked_at = at
                at, loket_id = self.book(owner, at.date() + timedelta(days=rng.randint(5, 14)))
            minutes = self.session_minutes(64)
            self.contact(case, at, ContactKind.SESSION, Channel.FACE_TO_FACE, owner, minutes=minutes,
                         session_type=SessionType.TRAJECTORY, loket_id=loket_id, booked_at=booked_at)
            last_end = at + timedelta(minutes=minutes)
        outcome = OUTCOMES[Tier.TRAJECTORY].pick(rng)
        closing = self.conclude_trajectory(case, last_end, outcome, owner)
        self.write_micro_contacts(case, sessions, min(closing, self.now), owner)
        self.close(case, closing, outcome, owner)
        self.set_contribution(case, owner)

    def conclude_trajectory(self, case: _Case, last_end: datetime, outcome: Outcome,
                            owner: uuid.UUID) -> datetime:
        """Choice, follow-up and handover as the outcome needs them; returns the closing moment."""
        rng = self.rng
        client = case.plan.client
        assert client is not None
        option_count = rng.randint(2, 5)
        if outcome is Outcome.REFERRED_OUT:
            self.consider_options(case, rng.randint(1, 2), None)
            self.refer_out(case, last_end, REFERRALS_OUT.pick(rng), owner)
            return self.moment_after(last_end, 0, 5)
        if outcome in (Outcome.NO_CHOICE, Outcome.DROPPED_OUT):
            self.consider_options(case, option_count, None)
            return self.moment_after(last_end, 10, 40 if outcome is Outcome.NO_CHOICE else 60)
        choice_at = case.choice_at = self.moment_after(last_end, 0, 10)
        self.change(case, choice_at, "phase", Phase.CHOICE, owner)
        chosen = outcome is Outcome.ENROLLED or rng.random() < 0.5
        self.consider_options(case, option_count, choice_at if chosen else None)
        if outcome is Outcome.ANSWERED:
            return self.moment_after(choice_at, 0, 5)
        latest = choice_at
        if client.needs_follow_up or rng.random() < 0.3:
            latest = self.moment_after(choice_at, 1, 5)
            self.change(case, latest, "phase", Phase.FOLLOW_UP, owner)
            case.follow_up_started = case.phase is Phase.FOLLOW_UP
        if rng.random() < 0.45:
            latest = self.hand_over(case, latest, owner)
        if case.referrer and case.referrer_contact_id and rng.random() < 0.3:
            latest = self.inform_referrer(case, latest, owner)
        return self.moment_after(latest, 7, 40)

    def write_micro_contacts(self, case: _Case, sessions: int, last: datetime, owner: uuid.UUID) -> None:
        """Messages and short calls around the sessions: together about 22 contacts per trajectory."""
        rng = self.rng
        count = round(rng.uniform(0.6, 1.4) * (9 + 4.3 * sessions))
        moments = [self.moment_between(case.plan.opened_at, last) for _ in range(count)]
        for at in sorted(m for m in moments if m is not None):
            after_choice = case.choice_at is not None and at > case.choice_at
            messages = ENROLMENT_MESSAGES if after_choice else ORIENTATION_MESSAGES
            channel, direction, summary = rng.choice(messages)
            if channel is Channel.PHONE:
                minutes: int | None = rng.randint(2, 12)
            elif channel is Channel.EMAIL:
                minutes = rng.randint(2, 10) if rng.random() < 0.6 else None
            else:
                minutes = rng.randint(1, 3) if rng.random() < 0.4 else None
            self.contact(case, at, ContactKind.MICRO, channel, owner, minutes=minutes,
                         direction=direction, summary=summary)

    def consider_options(self, case: _Case, count: int, chosen_at: datetime | None) -> None:
        """Options weighed during the held sessions; the first is the one chosen (if any)."""
        rng = self.rng
        if not case.held_session_days or not self.refs.courses:
            return
        count = min(count, len(self.refs.courses))
        themed = self.refs.courses_by_theme.get(case.theme, [])
        picks = rng.sample(themed, min(count, len(themed)))
        while len(picks) < count:
            extra = rng.choice(self.refs.courses)
            if extra not in picks:
                picks.append(extra)
        free_options = THEMES[case.theme].free_options
        options: list[tuple[_CourseChoice | None, str | None]] = [(course, None) for course in picks]
        if free_options and rng.random() < 0.3:
            options.insert(rng.randint(0, len(options)), (None, rng.choice(free_options)))
        chosen_on = chosen_at.date() if chosen_at and chosen_at <= self.now else None
        for index, (course, free_text) in enumerate(options):
            considered_on = rng.choice(case.held_session_days)
            made = self.end_of(considered_on)
            chosen = index == 0 and chosen_on is not None
            self.writer.add(OptionConsidered.__table__, {
                "id": self.new_id(made), "office_id": self.refs.office_id, "request_id": case.id,
                "course_id": course.id if course else None, "free_text": free_text,
                "note": None, "considered_on": considered_on, "chosen_on": chosen_on if chosen else None,
                **self.stamps(made, case.owner_id, max(made, chosen_at) if chosen and chosen_at else made),
            })
        if chosen_on and options[0][0] is not None:
            case.chosen_provider = options[0][0].provider_name

    def refer_out(self, case: _Case, at: datetime, referral: tuple[OrganisationType, ReferralReason, str],
                  by: uuid.UUID | None) -> None:
        rng = self.rng
        org_type, reason_code, reason = referral
        partner = self.partner_of_type(org_type)
        if partner is None or at > self.now:
            return
        loop_closed_on = happened = loop_note = None
        closes_on = at.date() + timedelta(days=rng.randint(14, 60))
        if closes_on <= self.until and rng.random() < 0.75:
            loop_closed_on, happened = closes_on, rng.random() < 0.8
            loop_note = rng.choice(LOOP_NOTES[happened])
        self.writer.add(ReferralOut.__table__, {
            "id": self.new_id(at), "office_id": self.refs.office_id, "request_id": case.id,
            "partner_id": partner.id,
            "partner_contact_id": rng.choice(partner.contact_ids) if partner.contact_ids else None,
            "reason_code": reason_code, "reason": reason, "referred_on": at.date(), "loop_closed_on": loop_closed_on,
            "happened": happened, "loop_note": loop_note,
            **self.stamps(at, by, self.end_of(loop_closed_on) if loop_closed_on else at),
        })

    def hand_over(self, case: _Case, after: datetime, owner: uuid.UUID) -> datetime:
        """Consent at the choice, then a warm handover to the school's study counsellor."""
        rng = self.rng
        provider_name = case.chosen_provider
        school = self.refs.partner_by_name.get(provider_name or "")
        recipient_contact = rng.choice(school.contact_ids) if school and school.contact_ids else None
        items = [DataItem.IDENTITY, DataItem.QUESTION, DataItem.CHOICE]
        items += [item for item in OPTIONAL_SHARED_ITEMS if rng.random() < 0.4]
        handed_at = self.moment_after(after, 3, 20)
        self.share(case, after, handed_at, owner, school, recipient_contact,
                   provider_name or "studiebegeleider van de school", ConsentPurpose.WARM_HANDOVER, items)
        self.change(case, handed_at, "phase", Phase.HANDOVER, owner)
        return handed_at

    def inform_referrer(self, case: _Case, after: datetime, owner: uuid.UUID) -> datetime:
        """With consent, the partner counsellor who referred the client hears how it went."""
        items = [DataItem.IDENTITY, DataItem.QUESTION, DataItem.TRAJECTORY_SUMMARY, DataItem.CHOICE]
        assert case.referrer is not None
        informed_at = self.moment_after(after, 1, 10)
        self.share(case, after, informed_at, owner, case.referrer, case.referrer_contact_id,
                   case.referrer.name, ConsentPurpose.PARTNER_FOLLOW_UP, items)
        return informed_at

    def share(self, case: _Case, given_at: datetime, handed_at: datetime, owner: uuid.UUID,
              recipient: _Partner | None, recipient_contact_id: uuid.UUID | None, recipient_name: str,
              purpose: ConsentPurpose, items: list[DataItem]) -> None:
        """A consent for `items` and, if it happened by now, a handover sharing the relevant part."""
        rng = self.rng
        client = case.plan.client
        if given_at > self.now or client is None:
            return
        consent_id = self.new_id(given_at)
        consent_items = sorted(items)
        self.writer.add(Consent.__table__, {
            "id": consent_id, "office_id": self.refs.office_id, "client_id": client.id,
            "request_id": case.id, "recipient_org_id": recipient.id if recipient else None,
            "recipient_contact_id": recipient_contact_id, "recipient_name": recipient_name,
            "purpose": purpose, "data_items": [item.value for item in consent_items],
            "method": CONSENT_METHODS.pick(rng), "given_on": given_at.date(),
            "expires_on": given_at.date() + timedelta(days=365), "withdrawn_at": None,
            **self.stamps(given_at, owner),
        })
        if handed_at > self.now:
            return
        shared = [item for item in consent_items if item in RELEVANT_FOR[purpose]
                  and (item in (DataItem.IDENTITY, DataItem.CHOICE) or rng.random() < 0.8)]
        self.writer.add(Handover.__table__, {
            "id": self.new_id(handed_at), "office_id": self.refs.office_id, "request_id": case.id,
            "consent_id": consent_id, "recipient_org_id": recipient.id if recipient else None,
            "recipient_contact_id": recipient_contact_id, "recipient_name": recipient_name,
            "mode": HANDOVER_MODES.pick(rng), "at": _utc(handed_at),
            "shared_items": [item.value for item in shared], "note": None,
            **self.stamps(handed_at, owner),
        })

    def set_contribution(self, case: _Case, owner: uuid.UUID) -> None:
        """The tier-3 contribution for the hours held, with social correction or career voucher."""
        client = case.plan.client
        if not case.held_session_minutes or client is None or case.first_held_session_at is None:
            return
        exemption = {SocialStatus.JOB_SEEKER: Exemption.JOB_SEEKER,
                     SocialStatus.LEEFLOON: Exemption.LEEFLOON}.get(client.status)  # type: ignore[arg-type]
        if exemption is None and client.newcomer and client.dutch_level in (DutchLevel.A1, DutchLevel.A2):
            exemption = Exemption.INTEGRATION
        career_voucher = (exemption is None and client.status is SocialStatus.EMPLOYED
                          and self.rng.random() < 0.35)
        hours = (Decimal(sum(case.held_session_minutes)) / 60).quantize(Decimal("0.01"))
        fee = contribution(Tier.TRAJECTORY, hours, HOURLY_CONTRIBUTION, exemption, career_voucher)
        made = case.first_held_session_at
        last_day = case.held_session_days[-1]
        self.writer.add(Contribution.__table__, {
            "id": self.new_id(made), "office_id": self.refs.office_id, "request_id": case.id,
            "hourly_rate": HOURLY_CONTRIBUTION, "hours": hours, "exemption": exemption,
            "career_voucher": career_voucher, "amount": fee.amount, "paid_by": fee.paid_by,
            **self.stamps(made, owner, max(made, self.end_of(last_day))),
        })

    def write_request_row(self, case: _Case, request_no: str) -> None:
        rng = self.rng
        plan = case.plan
        theme = THEMES[case.theme]
        closed = case.closed_at is not None
        satisfaction = None
        if closed and case.tier is not None and rng.random() < SATISFACTION_ASKED[case.tier]:
            satisfaction = SATISFACTION.pick(rng)
        follow_up = case.follow_up_started and not closed
        # the next follow-up contact is due around `until`; some are overdue
        follow_up_due = self.until + timedelta(days=rng.randint(-21, 28)) if follow_up else None
        client = plan.client
        if client is not None:
            self.client_request_days.append(plan.opened_at.date())
            self.client_request_ids.append(case.id)
        self.writer.add(LearningRequest.__table__, {
            "id": case.id, "office_id": self.refs.office_id, "request_no": request_no,
            "client_id": client.id if client else None, "tier": case.tier, "phase": case.phase,
            "owner_id": case.owner_id,
            "referrer_type": ReferrerType.PARTNER if case.referrer else ReferrerType.SELF,
            "referrer_org_id": case.referrer.id if case.referrer else None,
            "referrer_contact_id": case.referrer_contact_id, "loket_id": case.loket_id,
            "first_channel": case.first_channel, "topic": rng.choice(theme.topics),
            "question": rng.choice(theme.questions), "opened_on": plan.opened_at.date(),
            "closed_on": case.closed_at.date() if case.closed_at else None, "outcome": case.outcome,
            "satisfaction": satisfaction, "follow_up": follow_up, "follow_up_due": follow_up_due,
            "enrolled_on": case.closed_at.date() if case.outcome is Outcome.ENROLLED else None,
            "import_ref": None,
            **self.stamps(plan.opened_at, plan.registered_by, case.updated_at, case.updated_by),
        })

    # --- work beyond the client

    def write_second_line(self) -> None:
        """Each week about one info session or partner question per 2000 clients (at least one)."""
        rng = self.rng
        per_week = max(1, round(self.client_count / 2000))
        week = self.start
        while week < self.now:
            for _ in range(sum(rng.random() < 0.5 for _ in range(2 * per_week))):
                held = self.moment_between(week, min(week + timedelta(days=6), self.now))
                if held is None:
                    continue
                kind = SecondLineKind.INFO_SESSION if rng.random() < 0.4 else SecondLineKind.QUESTION
                partner = rng.choice(self.refs.partners) if self.refs.partners else None
                by = rng.choice(self.refs.counsellors)
                info_session = kind is SecondLineKind.INFO_SESSION
                self.writer.add(SecondLineActivity.__table__, {
                    "id": self.new_id(held), "office_id": self.refs.office_id, "kind": kind,
                    "partner_id": partner.id if partner else None, "counsellor_id": by,
                    "topic": rng.choice(SECOND_LINE_TOPICS[kind]), "held_on": held.date(),
                    "minutes": rng.choice((90, 120, 150)) if info_session else rng.randint(10, 40),
                    "participants": rng.randint(6, 25) if info_session else 1,
                    **self.stamps(held, by),
                })
            week += timedelta(days=7)
        self.writer.flush_if_full()

    def write_signals(self) -> None:
        """Gaps and barriers seen in the case load, each linked to a few requests where it showed."""
        rng = self.rng
        for _ in range(max(6, self.client_count // 150) if self.client_request_ids else 0):
            kind, theme, description = rng.choice(SIGNALS)
            raised = self.moment_between(self.start + timedelta(days=60), self.now) or self.now
            seen_before = bisect_right(self.client_request_days, raised.date())
            if seen_before == 0:
                continue
            by = rng.choice(self.refs.counsellors)
            signal_id = self.new_id(raised)
            self.writer.add(Signal.__table__, {
                "id": signal_id, "office_id": self.refs.office_id, "kind": kind, "theme": theme,
                "region": rng.choice(SIGNAL_REGIONS), "description": description,
                "raised_on": raised.date(), "counsellor_id": by, **self.stamps(raised, by),
            })
            for index in rng.sample(range(seen_before), min(seen_before, rng.randint(1, 6))):
                self.writer.add(SignalRequest.__table__, {
                    "id": self.new_id(raised), "office_id": self.refs.office_id, "signal_id": signal_id,
                    "request_id": self.client_request_ids[index], **self.stamps(raised, by),
                })
