"""The monitoring report as labelled tables of typed values, and its CSV file.

The XLSX, the PDF and the CSV all print these tables, so they show the same figures as the JSON.
Cells are plain values: `int`, `float` (an average), `Share` (a fraction shown as a percentage),
`Decimal` (euros), `date`, `Month` (a month, as its first day) or `str`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from leerwinkel_desk.domain.enums import (
    Channel,
    Exemption,
    OrganisationType,
    Outcome,
    ReferralReason,
    SecondLineKind,
    SignalTheme,
    Tier,
)
from leerwinkel_desk.domain.fees import PaidBy
from leerwinkel_desk.services.monitoring_report import UNSPECIFIED, MonitoringReport, rounded
from leerwinkel_desk.services.spreadsheet import csv_file, csv_text


class Share(float):
    """A fraction (0..1) that is shown as a percentage."""


class Month(date):
    """A calendar month, held as its first day."""


Cell = int | float | Decimal | date | str
NOT_APPLICABLE = "n.v.t."    # a rate without a denominator (no trajectory with an outcome yet)
DECIMAL_COMMA = ","         # in the CSV, whose separator is `;` (spreadsheet.CSV_DELIMITER)


@dataclass(frozen=True)
class Table:
    name: str                       # a sheet name: at most 31 characters
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


TIER_LABELS = {Tier.INFORMATION: "1 Informatieverstrekking", Tier.MEDIATION: "2 Informatiebemiddeling",
               Tier.TRAJECTORY: "3 Begeleidingstraject"}
OUTCOME_LABELS = {Outcome.ANSWERED.value: "Beantwoord", Outcome.ENROLLED.value: "Ingeschreven",
                  Outcome.REFERRED_OUT.value: "Doorverwezen", Outcome.NO_CHOICE.value: "Geen keuze",
                  Outcome.DROPPED_OUT.value: "Afgehaakt", "open": "Lopend"}
CHANNEL_LABELS = {Channel.FACE_TO_FACE: "Persoonlijk", Channel.PHONE: "Telefoon",
                  Channel.EMAIL: "E-mail", Channel.SMS: "Sms", Channel.WHATSAPP: "WhatsApp",
                  Channel.FACEBOOK: "Facebook", Channel.CHAT: "Chat", Channel.VIDEO: "Video",
                  Channel.LETTER: "Brief", Channel.WEBSITE: "Website"}
ORGANISATION_LABELS = {
    OrganisationType.VDAB.value: "VDAB", OrganisationType.JOB_SHOP.value: "Werkwinkel",
    OrganisationType.OCMW.value: "OCMW / sociaal huis",
    OrganisationType.INTEGRATION_AGENCY.value: "Agentschap Integratie en Inburgering",
    OrganisationType.CLB.value: "CLB", OrganisationType.CAW.value: "CAW",
    OrganisationType.SCHOOL.value: "School", OrganisationType.YOUTH_WORK.value: "Jeugdwerk",
    OrganisationType.PRISON_EDUCATION.value: "Onderwijs in de gevangenis",
    OrganisationType.RECOGNITION.value: "Diplomaerkenning (NARIC)",
    OrganisationType.OTHER.value: "Andere", UNSPECIFIED: "Niet opgegeven"}
GROUP_LABELS = {"low_qualified": "Laaggeschoold (hoogstens lager secundair)",
                "job_seekers": "Werkzoekend", "leefloon": "Leefloon",
                "newcomers": "Nieuwkomer (buitenlands diploma of Nederlands onder B2)",
                "neet_17_25": "NEET 17-25 jaar"}
SECOND_LINE_LABELS = {SecondLineKind.INFO_SESSION: "Infosessie voor partnerpersoneel",
                      SecondLineKind.QUESTION: "Vraag van een partnerbegeleider"}
THEME_LABELS = {SignalTheme.OFFER: "Opleidingsaanbod", SignalTheme.COST: "Kostprijs",
                SignalTheme.BENEFITS: "Uitkeringen", SignalTheme.MOBILITY: "Mobiliteit",
                SignalTheme.CHILDCARE: "Kinderopvang", SignalTheme.LANGUAGE: "Taal",
                SignalTheme.RECOGNITION: "Erkenning (diploma, EVC)",
                SignalTheme.SCHEDULE: "Uurrooster", SignalTheme.DIGITAL: "Digitaal",
                SignalTheme.OTHER: "Andere"}

REASON_LABELS = {ReferralReason.WORK.value: "Werk zoeken", ReferralReason.DUTCH.value: "Nederlands nog te zwak",
                 ReferralReason.WELFARE.value: "Welzijn, schulden of wonen",
                 ReferralReason.INCOME.value: "Financiële steun",
                 ReferralReason.APPLYING.value: "Cv en solliciteren",
                 ReferralReason.YOUTH.value: "Jongere onder 18",
                 ReferralReason.SCHOOL.value: "Begeleiding door de school",
                 ReferralReason.DIPLOMA.value: "Diplomagelijkschakeling",
                 ReferralReason.EVC.value: "Erkenning van competenties (EVC/EVK)",
                 ReferralReason.OTHER.value: "Andere reden", UNSPECIFIED: "Niet opgegeven"}
PAYER_LABELS = {PaidBy.CLIENT: "Cliënt betaalt", PaidBy.CAREER_VOUCHER: "Loopbaancheques",
                PaidBy.EXEMPT: "Vrijgesteld (sociale correctie)", PaidBy.FREE: "Gratis (trap 1-2)"}
EXEMPTION_LABELS = {Exemption.JOB_SEEKER: "Werkzoekend", Exemption.LEEFLOON: "Leefloon",
                    Exemption.INTEGRATION: "Inburgeringstraject", Exemption.DETAINEE: "Gedetineerd",
                    Exemption.INCOME_SUPPORT: "Andere vervangingsuitkering", Exemption.DISABILITY: "Handicap"}


def key_figures(report: MonitoringReport) -> Table:
    rows: list[tuple[Cell, ...]] = [
        ("Periode van", report.period_from, "period.from"),
        ("Periode tot en met", report.period_to, "period.to"),
        ("Kantoor", report.office_title, ""),
        ("Kantoorcode", report.office, "extras.filters.office"),
    ]
    if report.loket is not None:
        rows.append(("Loket", report.loket, "extras.filters.loket"))
    if report.counsellor is not None:
        rows.append(("Begeleider", report.counsellor, "extras.filters.counsellor"))
    if report.counted_on is not None:         # a period still running counts on: when these figures were
        rows.append(("Geteld op", report.counted_on, ""))
    rows += [
        ("Aanvragen", report.requests_total, "requests.total"),
        ("Anonieme aanvragen", report.anonymous, "requests.anonymous"),
        ("Toegeleid door een partner", report.referred_by_partner, "requests.referred_by_partner"),
        ("Unieke cliënten", report.clients_distinct, "clients.distinct"),
        ("Trajecten", report.trajectories, "trajectories.count"),
        ("Gemiddeld aantal sessies per traject", report.sessions_avg, "trajectories.sessions_avg"),
        ("Gemiddeld aantal contacten per traject", report.contacts_avg,
         "trajectories.contacts_avg"),
        ("Sessies", report.sessions_count, "sessions.count"),
        ("Gemiddelde duur van een sessie (minuten)", report.session_avg_minutes,
         "sessions.avg_minutes"),
        ("Microcontacten", report.micro_count, "micro_contacts.count"),
        ("Inschrijvingsgraad trajecten", Share(report.enrolment_rate_trajectories)
         if report.enrolment_rate_applies else NOT_APPLICABLE, "enrolment_rate_trajectories"),
    ]
    return Table("Kerncijfers", "Kerncijfers", ("Cijfer", "Waarde", "Sleutel"), tuple(rows))


def tiers(report: MonitoringReport) -> Table:
    return Table("Trappen", "Aanvragen, tijd en indicatieve kost per trap",
                 ("Trap", "Aanvragen", "Minuten", "Minuten per aanvraag", "Kost per aanvraag (€)",
                  "Indicatieve kost (€)"),
                 tuple((TIER_LABELS[tier], report.by_tier[tier], report.minutes_by_tier[tier],
                        rounded(report.minutes_by_tier[tier], report.by_tier[tier]),
                        report.cost_per_request[tier], report.cost_by_tier[tier])
                       for tier in Tier))


def all_tables(report: MonitoringReport) -> list[Table]:
    """Every table of the report, in the order the documents print them."""
    groups_base = report.clients_distinct
    months = [(Month(int(m[:4]), int(m[5:7]), 1), counts)
              for m, counts in report.contacts_by_month.items()]
    channels = [c for c in Channel if any(c in counts for _, counts in months)]
    return [
        key_figures(report),
        tiers(report),
        Table("Sessies per traject", "Trajecten naar aantal sessies", ("Sessies", "Trajecten"),
              tuple(report.sessions_buckets.items())),
        Table("Microcontacten", "Microcontacten per kanaal", ("Kanaal", "Microcontacten"),
              tuple((CHANNEL_LABELS[c], n) for c, n in report.micro_by_channel.items())),
        Table("Uitkomsten", "Uitkomsten van de aanvragen", ("Uitkomst", "Aanvragen"),
              tuple((OUTCOME_LABELS[o], n) for o, n in report.outcomes.items())),
        Table("Contacten per maand", "Contacten per maand en kanaal (alle contacten van de getelde aanvragen)",
              ("Maand", *(CHANNEL_LABELS[c] for c in channels), "Totaal"),
              tuple((month, *(counts.get(c, 0) for c in channels), sum(counts.values()))
                    for month, counts in months)),
        Table("Toeleiders", "Toegeleid door partners, per soort organisatie",
              ("Soort organisatie", "Aanvragen"),
              tuple((ORGANISATION_LABELS[t], n) for t, n in report.referrers_by_org_type.items())),
        Table("Doelgroepen", "Bereikte doelgroepen (unieke cliënten)",
              ("Doelgroep", "Cliënten", "Aandeel"),
              tuple((GROUP_LABELS[g], n, Share(rounded(n * 100, groups_base) / 100))
                    for g, n in report.target_groups.items())),
        Table("Tweedelijn", "Tweedelijnsdienstverlening",
              ("Soort", "Activiteiten", "Deelnemers", "Minuten"),
              tuple((SECOND_LINE_LABELS[k], f.activities, f.participants, f.minutes)
                    for k, f in report.second_line.items())),
        Table("Signalen", "Signalen per thema", ("Thema", "Signalen"),
              tuple((THEME_LABELS[t], n) for t, n in report.signals_by_theme.items())),
        Table("Doorverwijzingen", "Doorverwezen naar partners, per reden",
              ("Reden", "Doorverwijzingen", "Opgevolgd", "Aangekomen"),
              tuple((REASON_LABELS[r], f.count, f.loops_closed, f.arrived)
                    for r, f in report.referrals_by_reason.items())),
        Table("Bijdragen", "Bijdragen van cliënten, per betaler",
              ("Betaler", "Bijdragen", "Uren", "Bedrag (€)"),
              tuple((PAYER_LABELS[p], f.count, f.hours, f.amount)
                    for p, f in report.contributions_by_payer.items())),
        Table("Vrijstellingen", "Vrijgestelde bijdragen, per grond", ("Grond", "Bijdragen"),
              tuple((EXEMPTION_LABELS[e], n) for e, n in report.exemptions.items())),
    ]


def plain(cell: Cell) -> str:
    """A cell as CSV text: ISO dates, `YYYY-MM` months, fractions as fractions, and a decimal comma (`2,52`,
    `12,50`): the file is separated by `;` for Excel in Flanders, which reads `2.52` there as a date or
    text. (The registration exchange files hold no decimals: their format is fixed apart.)"""
    if isinstance(cell, Month):
        return f"{cell.year:04d}-{cell.month:02d}"
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, Decimal):
        return f"{cell:.2f}".replace(".", DECIMAL_COMMA)
    if isinstance(cell, float):
        return str(cell).replace(".", DECIMAL_COMMA)
    return csv_text(cell) if isinstance(cell, str) else str(cell)


def write_csv_report(report: MonitoringReport, path: Path) -> None:
    """All tables in one CSV (`spreadsheet.csv_file`, decimal commas): a title line, a header, rows, a blank
    line. Text cells never read as formulas (`spreadsheet.csv_text`); numbers stay numbers."""
    with csv_file(path) as writer:
        for table in all_tables(report):
            writer.writerow([csv_text(table.title)])
            writer.writerow([csv_text(title) for title in table.header])
            writer.writerows([plain(cell) for cell in row] for row in table.rows)
            writer.writerow([])
