"""Reference data: how requests run: tiers, outcomes, session counts, messages, referrals, signals.

The shares follow the GOAL experiments (see docs/domain.md).
"""

from __future__ import annotations

from leerwinkel_desk.demo.weighted import Weighted
from leerwinkel_desk.domain.enums import (
    Channel,
    ConsentMethod,
    DataItem,
    Direction,
    HandoverMode,
    OrganisationType,
    Outcome,
    ReferralReason,
    SecondLineKind,
    SessionType,
    SignalKind,
    SignalTheme,
    Tier,
)

ANONYMOUS_SHARE = 0.10              # anonymous tier-1 requests on top of the clients' requests
PARTNER_REFERRAL_SHARE = 0.5

CLIENT_TIERS = Weighted([   # so that with the anonymous tier-1 requests the shares are 28/37/35
    (Tier.INFORMATION, 0.28 * (1 + ANONYMOUS_SHARE) - ANONYMOUS_SHARE),
    (Tier.MEDIATION, 0.37 * (1 + ANONYMOUS_SHARE)),
    (Tier.TRAJECTORY, 0.35 * (1 + ANONYMOUS_SHARE)),
])
REQUESTS_PER_CLIENT = Weighted([(1, 82), (2, 14), (3, 4)])
# An intake is always booked at tier 2 (a trajectory starts after it); some start as a tier-1 question.
STARTS_AS_QUESTION = {Tier.MEDIATION: 0.15, Tier.TRAJECTORY: 0.05}
FIRST_CHANNELS = {
    True: Weighted([(Channel.PHONE, 40), (Channel.EMAIL, 25), (Channel.CHAT, 10),
                    (Channel.FACE_TO_FACE, 20), (Channel.WEBSITE, 5)]),
    False: Weighted([(Channel.PHONE, 40), (Channel.EMAIL, 20), (Channel.WEBSITE, 15),
                     (Channel.FACE_TO_FACE, 25)]),
}   # keyed by "tier 1"
OUTCOMES = {
    Tier.INFORMATION: Weighted([(Outcome.ANSWERED, 86), (Outcome.REFERRED_OUT, 14)]),
    Tier.MEDIATION: Weighted([(Outcome.ANSWERED, 45), (Outcome.ENROLLED, 28),
                              (Outcome.REFERRED_OUT, 16), (Outcome.NO_CHOICE, 11)]),
    # GOAL: 74 % of the clients who started a trajectory enrolled in some course
    Tier.TRAJECTORY: Weighted([(Outcome.ENROLLED, 74), (Outcome.NO_CHOICE, 9),
                               (Outcome.DROPPED_OUT, 7), (Outcome.REFERRED_OUT, 6),
                               (Outcome.ANSWERED, 4)]),
}
# GOAL: mean 2.2; 39 % needed 2-3, 16 % 4-8, a few more than 8. Long trajectories are more often
# still open at `until`, so the closed ones come out slightly shorter than these weights.
SESSIONS_PER_TRAJECTORY = Weighted([
    (1, 43), (2, 23), (3, 16), (4, 7.5), (5, 4.5), (6, 2.8), (7, 1.6), (8, 1.1),
    (9, 0.3), (10, 0.2), (11, 0.1), (12, 0.1),
])
SATISFACTION = Weighted([(5, 55), (4, 38), (3, 4), (2, 2), (1, 1)])
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
    "newcomer": Weighted([(OrganisationType.INTEGRATION_AGENCY, 40), (OrganisationType.OCMW, 20),
                          (OrganisationType.VDAB, 20), (OrganisationType.CAW, 6),
                          (OrganisationType.OTHER, 6), (OrganisationType.JOB_SHOP, 8)]),
    "leefloon": Weighted([(OrganisationType.OCMW, 55), (OrganisationType.CAW, 12),
                          (OrganisationType.VDAB, 15), (OrganisationType.JOB_SHOP, 10),
                          (OrganisationType.OTHER, 8)]),
    "job_seeker": Weighted([(OrganisationType.VDAB, 55), (OrganisationType.JOB_SHOP, 25),
                            (OrganisationType.OCMW, 8), (OrganisationType.CAW, 4),
                            (OrganisationType.OTHER, 8)]),
    "young": Weighted([(OrganisationType.YOUTH_WORK, 35), (OrganisationType.CLB, 20),
                       (OrganisationType.VDAB, 25), (OrganisationType.CAW, 10),
                       (OrganisationType.PRISON_EDUCATION, 3), (OrganisationType.OTHER, 7)]),
    "other": Weighted([(OrganisationType.VDAB, 25), (OrganisationType.JOB_SHOP, 12),
                       (OrganisationType.OCMW, 12), (OrganisationType.CAW, 10),
                       (OrganisationType.SCHOOL, 15), (OrganisationType.PRISON_EDUCATION, 6),
                       (OrganisationType.OTHER, 20)]),
}
# referral out: where to, and why
Referral = tuple[OrganisationType, ReferralReason, str]
USUAL_REFERRALS: list[tuple[Referral, float]] = [
    ((OrganisationType.VDAB, ReferralReason.WORK,
      "Vraag gaat over werk zoeken, niet over leren: naar de VDAB-bemiddelaar"), 30),
    ((OrganisationType.INTEGRATION_AGENCY, ReferralReason.DUTCH,
      "Nederlands nog te zwak voor het gekozen aanbod: eerst NT2 via inburgering"), 22),
    ((OrganisationType.CAW, ReferralReason.WELFARE,
      "Schulden en huisvesting gaan eerst: doorverwezen naar het CAW"), 14),
    ((OrganisationType.OCMW, ReferralReason.INCOME, "Vraag naar financiële steun tijdens de opleiding"), 14),
    ((OrganisationType.JOB_SHOP, ReferralReason.APPLYING, "Hulp bij cv en sollicitatiebrief"), 12),
    ((OrganisationType.CLB, ReferralReason.YOUTH, "Jongere onder 18: doorverwezen naar het CLB"), 4),
    ((OrganisationType.SCHOOL, ReferralReason.SCHOOL,
      "Vragen over vrijstellingen: naar de trajectbegeleider van de school"), 4),
    ((OrganisationType.SCHOOL, ReferralReason.EVC,
      "Jaren ervaring zonder diploma: EVC-traject bij het opleidingscentrum"), 2),
]
DIPLOMA_RECOGNITION: Referral = (OrganisationType.RECOGNITION, ReferralReason.DIPLOMA,
                                 "Buitenlands diploma eerst laten erkennen: aanvraag bij NARIC-Vlaanderen")
REFERRALS_OUT = Weighted(USUAL_REFERRALS)
# a client with a foreign diploma: its recognition comes first for some
FOREIGN_DIPLOMA_REFERRALS_OUT = Weighted([*USUAL_REFERRALS, (DIPLOMA_RECOGNITION, 30)])
# a question about recognition itself (the theme `recognition`)
RECOGNITION_REFERRALS_OUT = Weighted([
    (DIPLOMA_RECOGNITION, 60),
    ((OrganisationType.SCHOOL, ReferralReason.EVC,
      "Ervaring laten erkennen (EVC): naar de trajectbegeleider van het opleidingscentrum"), 25),
    ((OrganisationType.INTEGRATION_AGENCY, ReferralReason.DUTCH,
      "Nederlands nog te zwak voor de erkenning en de opleiding: eerst NT2 via inburgering"), 15),
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
CONSENT_METHODS = Weighted([(ConsentMethod.SPOKEN, 45), (ConsentMethod.SIGNED_FORM, 40),
                            (ConsentMethod.DIGITAL, 15)])
HANDOVER_MODES = Weighted([(HandoverMode.CALL, 55), (HandoverMode.MEETING, 30), (HandoverMode.LETTER, 15)])
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
