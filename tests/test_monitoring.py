"""The monitoring report: figures recomputed from the CSV rows by plain Python, and its documents.

A data set of a few thousand requests is generated as exchange files with `random.Random(seed)`,
imported, and every figure of the JSON is recomputed independently from the CSV rows (own date
parsing, own rounding) for several periods and filters. Then the XLSX (openpyxl and LibreOffice),
the PDF (pypdf and pdftoppm), the CSV and the pseudonymised extract are read back.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import os
import shutil
import subprocess
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from math import floor
from pathlib import Path
from random import Random
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from leerwinkel_desk.domain.enums import OrganisationType, SecondLineKind, SignalKind, SignalTheme, Tier
from leerwinkel_desk.domain.errors import InvalidValue, NotFound
from leerwinkel_desk.reports.monitoring_pdf import nl, write_pdf_report
from leerwinkel_desk.reports.monitoring_tables import Share, key_figures, write_csv_report
from leerwinkel_desk.reports.monitoring_xlsx import write_xlsx_report
from leerwinkel_desk.services.context import Actor
from leerwinkel_desk.services.monitoring import Monitoring, ReportFilter
from leerwinkel_desk.services.monitoring_extract import MonitoringExtract, office_secret
from leerwinkel_desk.services.monitoring_report import MonitoringReport, rounded
from leerwinkel_desk.services.office_settings import DEFAULT_COSTS
from leerwinkel_desk.services.offices import create_office
from leerwinkel_desk.services.outreach import Outreach
from leerwinkel_desk.services.registration.importer import RegistrationImport
from leerwinkel_desk.store.engine import Database, open_sqlite
from leerwinkel_desk.store.migrations import upgrade
from leerwinkel_desk.store.models import Client, PartnerOrganisation

BRUSSELS = ZoneInfo("Europe/Brussels")
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
COUNSELLORS = ["An Peeters", "Bram Desmet", "Charlotte Vermeersch", "Dries Wouters",
               "Elif Yilmaz", "Fien De Smet"]
LOKETTEN = ["Loket Sociaal Huis", "Loket Bib Kortrijk", "Werkwinkel Menen", "=Loket Waregem"]
ORGANISATIONS = {"VDAB Kortrijk": OrganisationType.VDAB, "OCMW Menen": OrganisationType.OCMW,
                 "Sociaal Huis Kortrijk": OrganisationType.OCMW, "CAW Zuid-West": OrganisationType.CAW,
                 "Agentschap Inburgering": OrganisationType.INTEGRATION_AGENCY,
                 "CVO Miras": OrganisationType.SCHOOL, "Jeugdhuis": OrganisationType.YOUTH_WORK,
                 "Buurtwerk": OrganisationType.OTHER}
MICRO_CHANNELS = ["phone", "email", "sms", "whatsapp", "facebook", "chat", "letter"]
OUTCOMES = ["answered", "enrolled", "referred_out", "no_choice", "dropped_out"]
TIER_SPELLINGS = {1: ["1", "information"], 2: ["2", "mediation"], 3: ["3", "trajectory"]}


class Clock:
    def now(self) -> datetime:
        return NOW


def date_text(rng: Random, day: date) -> str:
    return day.isoformat() if rng.random() < 0.5 else day.strftime("%d/%m/%Y")


def generate_exchange_files(folder: Path, seed: int, requests: int) -> None:
    """Clients, requests and contacts as an office's spreadsheet would give them."""
    rng = Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    clients = []
    for n in range(requests * 2 // 3):
        born = date(1950, 1, 1) + timedelta(days=rng.randrange(0, 365 * 59))
        clients.append([
            f"CL{n:05d}", rng.choice(["Jan", "Fatima", "Ömer", "Zoë", "Lieve"]),
            rng.choice(["Peeters", "El Idrissi", "Nguyễn", "Van den Broucke"]),
            date_text(rng, born) if rng.random() < 0.9 else "",
            rng.choice(["f", "m", "x", ""]), "", "", "8500", "Kortrijk",
            rng.choice(["none", "primary", "lower_secondary", "secondary", "higher", ""]),
            rng.choice(["yes", "no", "no", "no", ""]),
            rng.choice(["employed", "job_seeker", "leefloon", "student", "other", ""]),
            rng.choice(["A1", "A2", "B1", "B2", "C1", "C2", "native", "native", ""]),
        ])
    request_rows, contact_rows = [], []
    for n in range(requests):
        tier = rng.choices([1, 2, 3], [28, 37, 35])[0]
        anonymous = tier == 1 and rng.random() < 0.3
        opened = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 1000))
        partner = rng.random() < 0.5
        organisation = rng.choice(list(ORGANISATIONS)) if partner and rng.random() < 0.85 else ""
        closed_on, outcome = "", ""
        if rng.random() < 0.85:
            outcome = rng.choice(["answered", "referred_out"] if tier == 1 else OUTCOMES)
            closed = min(opened + timedelta(days=rng.randrange(0, 200)), date(2026, 11, 19))
            closed_on = date_text(rng, closed)
        request_rows.append([
            f"RQ{n:05d}", "" if anonymous else rng.choice(clients)[0], date_text(rng, opened),
            rng.choice(TIER_SPELLINGS[tier]), "partner" if partner else rng.choice(["self", ""]),
            organisation, rng.choice(["boekhouding", "Nederlands", "", "zorg; avond"]),
            rng.choice(COUNSELLORS + [""]), rng.choice(LOKETTEN + [""]), closed_on, outcome])
        sessions = {1: rng.choice([0, 0, 1]), 2: 1, 3: rng.choice([0, 1, 2, 2, 3, 3, 4, 5, 7, 9, 12])}[tier]
        micros = {1: rng.choice([0, 1]), 2: rng.randrange(0, 4), 3: rng.randrange(0, 30)}[tier]
        for kind, total in (("session", sessions), ("micro", micros)):
            for _ in range(total):
                moment = datetime(opened.year, opened.month, opened.day, rng.randrange(7, 24),
                                  rng.randrange(0, 60)) + timedelta(days=rng.randrange(0, 400))
                if moment.date() > date(2026, 11, 19):
                    continue
                channel = (rng.choice(["face_to_face", "face_to_face", "video"]) if kind == "session"
                           else rng.choice(MICRO_CHANNELS))
                at = moment.strftime(rng.choice(["%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M"]))
                minutes = str(rng.randrange(20, 120) if kind == "session" else rng.randrange(1, 15))
                contact_rows.append([f"RQ{n:05d}", at, kind, channel,
                                     minutes if rng.random() < 0.9 else "",
                                     rng.choice(COUNSELLORS + [""]), "",
                                     rng.choice(["", "herinnering", "=1+1", "gebeld;\nok"])])
    for name, header, rows in (
            ("clients.csv", "client_ref;first_name;last_name;birth_date;gender;phone;email;postcode;"
                            "municipality;highest_qualification;foreign_diploma;status;dutch_level",
             clients),
            ("requests.csv", "request_ref;client_ref;opened_on;tier;referrer_type;referrer_org;topic;"
                             "counsellor;loket;closed_on;outcome", request_rows),
            ("contacts.csv", "request_ref;at;kind;channel;minutes;counsellor;loket;summary",
             contact_rows)):
        with (folder / name).open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
            writer.writerow(header.split(";"))
            writer.writerows(rows)


# --- the figures recomputed from the CSV rows ---------------------------------------------------


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as source:
        return list(csv.DictReader(source, delimiter=";"))


def day_of(text: str) -> date:
    for style in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, style).date()
        except ValueError:
            pass
    raise ValueError(text)


def local_month(text: str) -> str:
    for style in ("%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M"):
        try:
            return datetime.strptime(text, style).strftime("%Y-%m")
        except ValueError:
            pass
    raise ValueError(text)


def half_up(numerator: int, denominator: int) -> float:
    if denominator == 0:
        return 0.0
    return floor(Fraction(numerator, denominator) * 100 + Fraction(1, 2)) / 100


def age(born: date, on: date) -> int:
    years = on.year - born.year
    return years - 1 if (on.month, on.day) < (born.month, born.day) else years


@dataclass
class Expected:
    spec: dict
    extras: dict


def expected(folder: Path, start: date, end: date, loket: str | None = None,
             counsellor: str | None = None) -> Expected:
    clients = {row["client_ref"]: row for row in read_rows(folder / "clients.csv")}
    requests = [row for row in read_rows(folder / "requests.csv")
                if start <= day_of(row["opened_on"]) <= end
                and (loket is None or row["loket"] == loket)
                and (counsellor is None or row["counsellor"] == counsellor)]
    tiers = {row["request_ref"]: {"1": 1, "information": 1, "2": 2, "mediation": 2}.get(row["tier"], 3)
             for row in requests}
    contacts: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in read_rows(folder / "contacts.csv"):
        if row["request_ref"] in tiers:
            contacts[row["request_ref"]].append(row)
    every = [c for rows in contacts.values() for c in rows]
    trajectories = [ref for ref, tier in tiers.items() if tier == 3]
    sessions_per = [sum(c["kind"] == "session" for c in contacts[ref]) for ref in trajectories]
    buckets = {"0-1": 0, "2-3": 0, "4-8": 0, "9+": 0}
    for n in sessions_per:
        buckets["0-1" if n <= 1 else "2-3" if n <= 3 else "4-8" if n <= 8 else "9+"] += 1
    sessions = [c for c in every if c["kind"] == "session"]
    timed = [int(c["minutes"]) for c in sessions if c["minutes"]]
    micro = Counter(c["channel"] for c in every if c["kind"] == "micro")
    outcomes = Counter(row["outcome"] or "open" for row in requests)
    closed_trajectories = [row for row in requests if tiers[row["request_ref"]] == 3 and row["outcome"]]
    spec = {
        "period": {"from": start.isoformat(), "to": end.isoformat()},
        "requests": {
            "total": len(requests),
            "by_tier": {"information": sum(t == 1 for t in tiers.values()),
                        "mediation": sum(t == 2 for t in tiers.values()),
                        "trajectory": len(trajectories)},
            "anonymous": sum(not row["client_ref"] for row in requests),
            "referred_by_partner": sum(row["referrer_type"] == "partner" for row in requests),
        },
        "clients": {"distinct": len({row["client_ref"] for row in requests if row["client_ref"]})},
        "trajectories": {
            "count": len(trajectories), "sessions_avg": half_up(sum(sessions_per), len(trajectories)),
            "sessions_buckets": buckets,
            "contacts_avg": half_up(sum(len(contacts[ref]) for ref in trajectories), len(trajectories)),
        },
        "sessions": {"count": len(sessions), "avg_minutes": half_up(sum(timed), len(timed))},
        "micro_contacts": {"count": sum(micro.values()), "by_channel": dict(micro)},
        "outcomes": {name: outcomes[name] for name in [*OUTCOMES, "open"]},
        "enrolment_rate_trajectories": half_up(
            sum(row["outcome"] == "enrolled" for row in closed_trajectories), len(closed_trajectories)),
    }
    groups: dict[str, set[str]] = defaultdict(set)
    for row in requests:
        client = clients.get(row["client_ref"])
        if client is None:
            continue
        ref = row["client_ref"]
        if client["highest_qualification"] in ("none", "primary", "lower_secondary"):
            groups["low_qualified"].add(ref)
        if client["status"] == "job_seeker":
            groups["job_seekers"].add(ref)
        if client["status"] == "leefloon":
            groups["leefloon"].add(ref)
        if client["foreign_diploma"] == "yes" or client["dutch_level"] in ("A1", "A2", "B1"):
            groups["newcomers"].add(ref)
        if (client["birth_date"] and 17 <= age(day_of(client["birth_date"]), day_of(row["opened_on"])) <= 25
                and client["status"] not in ("", "employed", "student")):
            groups["neet_17_25"].add(ref)
    referrers = Counter(ORGANISATIONS[row["referrer_org"]].value if row["referrer_org"] else "unspecified"
                        for row in requests if row["referrer_type"] == "partner")
    minutes = Counter()
    for ref, rows in contacts.items():
        minutes[tiers[ref]] += sum(int(c["minutes"]) for c in rows if c["minutes"])
    by_month: dict[str, Counter] = defaultdict(Counter)
    for c in every:
        by_month[local_month(c["at"])][c["channel"]] += 1
    extras = {
        "target_groups": {g: len(groups[g]) for g in
                          ("low_qualified", "job_seekers", "leefloon", "newcomers", "neet_17_25")},
        "referrers_by_org_type": {t: n for t, n in referrers.items()},
        "minutes_by_tier": {"information": minutes[1], "mediation": minutes[2],
                            "trajectory": minutes[3]},
        "cost_by_tier": {"information": 16.0 * spec["requests"]["by_tier"]["information"],
                         "mediation": 42.0 * spec["requests"]["by_tier"]["mediation"],
                         "trajectory": 114.0 * len(trajectories)},
        "contacts_by_month": {m: dict(c) for m, c in sorted(by_month.items())},
    }
    return Expected(spec, extras)


# --- fixtures -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Actor, Path]]:
    """A database with the generated data imported (organisation types set on the social map)."""
    folder = tmp_path_factory.mktemp("monitoring")
    generate_exchange_files(folder / "files", seed=20261120, requests=3000)
    db = open_sqlite(folder / "db" / "leerwinkel.db")
    upgrade(db, None)
    actor = create_office(db, Clock(), "Leerwinkel Regio Kortrijk", "LWK", "coordinator", "Coördinator")
    report = RegistrationImport(db, Clock(), actor).import_folder(folder / "files")
    assert report.ok, report.errors[:5]
    with db.write() as session:
        for name, org_type in ORGANISATIONS.items():
            session.execute(update(PartnerOrganisation).where(PartnerOrganisation.name == name)
                            .values(org_type=org_type))
    outreach = Outreach(db, Clock(), actor)
    outreach.log_second_line(SecondLineKind.INFO_SESSION, "Aanbod CVO", date(2025, 3, 4),
                             minutes=90, participants=12)
    outreach.log_second_line(SecondLineKind.QUESTION, "Vraag VDAB", date(2025, 5, 6), minutes=15)
    outreach.log_second_line(SecondLineKind.QUESTION, "Buiten periode", date(2023, 5, 6))
    outreach.raise_signal(SignalKind.BARRIER, SignalTheme.BENEFITS, "Leefloon stopt bij opleiding")
    outreach.raise_signal(SignalKind.GAP, SignalTheme.OFFER, "Geen avondaanbod zorg")
    yield db, actor, folder / "files"
    db.dispose()


PERIODS = [(date(2024, 1, 1), date(2026, 12, 31)), (date(2025, 1, 1), date(2025, 12, 31)),
           (date(2024, 6, 15), date(2024, 6, 15)), (date(2030, 1, 1), date(2030, 12, 31))]


@pytest.mark.parametrize(("start", "end"), PERIODS)
def test_report_equals_figures_computed_from_the_csv_rows(office, start: date, end: date) -> None:
    db, actor, files = office
    report = Monitoring(db, Clock(), actor).report(ReportFilter(start, end))
    want = expected(files, start, end)
    assert report.to_json_dict(extras=False) == want.spec
    extras = report.to_json_dict()["extras"]
    assert extras["target_groups"] == want.extras["target_groups"]
    assert {k: v for k, v in extras["referrers_by_org_type"].items() if v} == \
        want.extras["referrers_by_org_type"]
    assert extras["minutes_by_tier"] == want.extras["minutes_by_tier"]
    assert extras["cost_by_tier"] == want.extras["cost_by_tier"]
    assert extras["contacts_by_month"] == want.extras["contacts_by_month"]


@pytest.mark.parametrize(("loket", "counsellor"), [("=Loket Waregem", None), (None, "Dries Wouters"),
                                                   ("Loket Sociaal Huis", "An Peeters")])
def test_report_filters_by_loket_and_counsellor(office, loket: str | None,
                                                counsellor: str | None) -> None:
    db, actor, files = office
    start, end = date(2024, 1, 1), date(2026, 12, 31)
    report = Monitoring(db, Clock(), actor).report(ReportFilter(start, end, loket=loket,
                                                                counsellor=counsellor))
    assert report.to_json_dict(extras=False) == expected(files, start, end, loket, counsellor).spec
    assert report.requests_total > 0


def test_json_keys_are_exactly_the_spec(office) -> None:
    db, actor, _ = office
    document = Monitoring(db, Clock(), actor).report(
        ReportFilter(date(2025, 1, 1), date(2025, 12, 31))).to_json_dict()
    assert list(document) == ["period", "requests", "clients", "trajectories", "sessions",
                              "micro_contacts", "outcomes", "enrolment_rate_trajectories", "extras"]
    assert list(document["requests"]) == ["total", "by_tier", "anonymous", "referred_by_partner"]
    assert list(document["requests"]["by_tier"]) == ["information", "mediation", "trajectory"]
    assert list(document["trajectories"]) == ["count", "sessions_avg", "sessions_buckets",
                                              "contacts_avg"]
    assert list(document["trajectories"]["sessions_buckets"]) == ["0-1", "2-3", "4-8", "9+"]
    assert list(document["sessions"]) == ["count", "avg_minutes"]
    assert list(document["micro_contacts"]) == ["count", "by_channel"]
    assert list(document["outcomes"]) == [*OUTCOMES, "open"]
    assert isinstance(document["trajectories"]["sessions_avg"], float)
    assert isinstance(document["enrolment_rate_trajectories"], float)
    json.dumps(document)


def test_empty_period_gives_zeros(office) -> None:
    db, actor, _ = office
    document = Monitoring(db, Clock(), actor).report(
        ReportFilter(date(2030, 1, 1), date(2030, 1, 31))).to_json_dict(extras=False)
    assert document["trajectories"] == {"count": 0, "sessions_avg": 0.0, "contacts_avg": 0.0,
                                        "sessions_buckets": {"0-1": 0, "2-3": 0, "4-8": 0, "9+": 0}}
    assert document["micro_contacts"] == {"count": 0, "by_channel": {}}
    assert document["sessions"] == {"count": 0, "avg_minutes": 0.0}
    assert document["enrolment_rate_trajectories"] == 0.0
    # the documents do not print a rate of 0 % without a single trajectory with an outcome
    report = Monitoring(db, Clock(), actor).report(ReportFilter(date(2030, 1, 1), date(2030, 1, 31)))
    rates = [row[1] for row in key_figures(report).rows if row[2] == "enrolment_rate_trajectories"]
    assert rates == ["n.v.t."] and report.to_json_dict()["extras"]["trajectories_with_outcome"] == 0


def test_second_line_signals_and_configurable_costs(office) -> None:
    db, actor, _ = office
    costs = {Tier.INFORMATION: Decimal("20"), Tier.MEDIATION: Decimal("50.5"),
             Tier.TRAJECTORY: Decimal("130")}
    report = Monitoring(db, Clock(), actor).report(
        ReportFilter(date(2025, 1, 1), date(2026, 12, 31)), costs=costs)
    assert report.second_line[SecondLineKind.INFO_SESSION].activities == 1
    assert report.second_line[SecondLineKind.INFO_SESSION].participants == 12
    assert report.second_line[SecondLineKind.QUESTION].minutes == 15
    assert report.signals_by_theme[SignalTheme.BENEFITS] == 1
    assert report.signals_by_theme[SignalTheme.OFFER] == 1
    assert report.cost_by_tier[Tier.MEDIATION] == Decimal("50.5") * report.by_tier[Tier.MEDIATION]
    assert DEFAULT_COSTS[Tier.TRAJECTORY] == Decimal(114)


def test_unknown_filter_names_and_reversed_periods_are_refused(office) -> None:
    db, actor, _ = office
    monitoring = Monitoring(db, Clock(), actor)
    with pytest.raises(NotFound):
        monitoring.report(ReportFilter(date(2025, 1, 1), date(2025, 2, 1), loket="Nergens"))
    with pytest.raises(NotFound):
        monitoring.report(ReportFilter(date(2025, 1, 1), date(2025, 2, 1), office="XYZ"))
    with pytest.raises(InvalidValue):
        monitoring.report(ReportFilter(date(2025, 2, 1), date(2025, 1, 1)))


@pytest.mark.parametrize(("numerator", "denominator", "result"), [
    (0, 0, 0.0), (1, 3, 0.33), (2, 3, 0.67), (17, 8, 2.13), (1, 8, 0.13), (5, 1000, 0.01),
    (4, 1000, 0.0), (49, 20, 2.45), (1, 1, 1.0)])
def test_averages_round_half_up_to_two_decimals(numerator: int, denominator: int,
                                                result: float) -> None:
    assert rounded(numerator, denominator) == result == half_up(numerator, denominator)


# --- the documents --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def year_report(office) -> MonitoringReport:
    db, actor, _ = office
    return Monitoring(db, Clock(), actor).report(
        ReportFilter(date(2025, 1, 1), date(2025, 12, 31), loket="=Loket Waregem"))


def test_xlsx_has_one_sheet_per_table_with_numbers_dates_and_frozen_headers(
        year_report: MonitoringReport, tmp_path: Path) -> None:
    path = tmp_path / "rapport.xlsx"
    write_xlsx_report(year_report, path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Kerncijfers", "Trappen", "Sessies per traject", "Microcontacten",
                               "Uitkomsten", "Contacten per maand", "Toeleiders", "Doelgroepen",
                               "Tweedelijn", "Signalen", "Doorverwijzingen", "Bijdragen", "Vrijstellingen"]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert all(sheet.column_dimensions[c].width >= 8 for c in "AB")
        assert sheet["A1"].font.bold
    figures = {row[2].value: row[1] for row in book["Kerncijfers"].iter_rows(min_row=2)}
    assert figures["period.from"].value == datetime(2025, 1, 1) and figures["period.from"].is_date
    assert figures["requests.total"].value == year_report.requests_total
    assert figures["requests.total"].data_type == "n"
    assert figures["trajectories.sessions_avg"].value == year_report.sessions_avg
    assert figures["enrolment_rate_trajectories"].number_format == "0.0%"
    loket = figures["extras.filters.loket"]
    assert (loket.value, loket.data_type) == ("=Loket Waregem", "s")
    months = list(book["Contacten per maand"].iter_rows(min_row=2, values_only=True))
    assert all(isinstance(row[0], datetime) and row[0].day == 1 for row in months)
    assert sum(row[-1] for row in months) == year_report.sessions_count + year_report.micro_count
    tiers = list(book["Trappen"].iter_rows(min_row=2, values_only=True))
    assert [row[1] for row in tiers] == [year_report.by_tier[t] for t in Tier]
    assert [row[5] for row in tiers] == [float(year_report.cost_by_tier[t]) for t in Tier]
    assert book["Trappen"]["F2"].number_format == '"€" #,##0.00'
    assert book["Trappen"]["F2"].data_type == "n"


@pytest.mark.skipif(shutil.which("libreoffice") is None,
                    reason="LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
def test_xlsx_opens_in_libreoffice_with_the_same_figures(year_report: MonitoringReport,
                                                         tmp_path: Path) -> None:
    path = tmp_path / "rapport.xlsx"
    write_xlsx_report(year_report, path)
    # CSV export filter: `;`, `"`, UTF-8, from line 1, raw values, every sheet to its own file
    result = subprocess.run(
        ["libreoffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
         "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1",
         "--outdir", str(tmp_path / "csv"), str(path)],
        capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader((tmp_path / "csv" / "rapport-Kerncijfers.csv").open(encoding="utf-8"),
                           delimiter=";"))
    figures = {key: value for _, value, key in rows[1:]}
    assert figures["requests.total"] == str(year_report.requests_total)
    assert float(figures["trajectories.sessions_avg"]) == year_report.sessions_avg
    assert float(figures["sessions.avg_minutes"]) == year_report.session_avg_minutes
    assert figures["extras.filters.loket"] == "=Loket Waregem"
    assert figures["enrolment_rate_trajectories"].endswith("%")
    tiers = list(csv.reader((tmp_path / "csv" / "rapport-Trappen.csv").open(encoding="utf-8"),
                            delimiter=";"))
    assert [int(row[1]) for row in tiers[1:]] == [year_report.by_tier[t] for t in Tier]


def test_pdf_report_has_the_key_figures_and_charts(year_report: MonitoringReport,
                                                   tmp_path: Path) -> None:
    path = tmp_path / "rapport.pdf"
    write_pdf_report(year_report, path)
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Monitoringrapport" in text and "=Loket Waregem" in text
    for figure in (year_report.requests_total, year_report.trajectories, year_report.sessions_count,
                   year_report.micro_count, year_report.sessions_avg, year_report.contacts_avg,
                   year_report.session_avg_minutes, Share(year_report.enrolment_rate_trajectories)):
        assert nl(figure) in text, figure
    for label in ("Trechter van de trappen", "Trajecten naar aantal sessies", "Uitkomsten",
                  "Contacten per maand en kanaal", "2-3 sessies", "Beantwoord", "WhatsApp"):
        assert label in text
    again = tmp_path / "again.pdf"
    write_pdf_report(year_report, again)
    assert again.read_bytes() == path.read_bytes()


def test_a_period_still_running_says_so_where_its_figures_are_read(office, tmp_path: Path) -> None:
    """Counted on 20/11/2026, the year 2026 is not over: November looks like a drop in the chart. The PDF says
    so under its title, every document has the day it was counted among the key figures; a finished year says
    only that day, and a period not begun says that."""
    db, actor, _ = office
    monitoring = Monitoring(db, Clock(), actor)
    running, done, ahead = (monitoring.report(ReportFilter(date(year, 1, 1), date(year, 12, 31)))
                            for year in (2026, 2025, 2030))
    assert (running.counted_on, running.running, done.running, ahead.running) == (date(2026, 11, 20), True,
                                                                                  False, True)

    def pdf_text(report: MonitoringReport, name: str) -> str:
        write_pdf_report(report, tmp_path / name)
        return " ".join(" ".join(page.extract_text() for page in PdfReader(tmp_path / name).pages).split())

    assert ("De periode loopt nog: geteld op 20/11/2026, dus nov 2026 is nog niet om en de cijfers groeien nog."
            in pdf_text(running, "running.pdf"))
    finished = pdf_text(done, "done.pdf")
    assert "loopt nog" not in finished and "Geteld op 20/11/2026" in finished
    assert "De periode is nog niet begonnen (geteld op 20/11/2026)." in pdf_text(ahead, "ahead.pdf")
    assert {row[0]: row[1] for row in key_figures(done).rows}["Geteld op"] == date(2026, 11, 20)


@pytest.mark.skipif(shutil.which("pdftoppm") is None,
                    reason="pdftoppm is not installed (apt-get install poppler-utils)")
def test_pdf_report_renders_with_coloured_charts(year_report: MonitoringReport,
                                                 tmp_path: Path) -> None:
    from PIL import Image

    write_pdf_report(year_report, tmp_path / "rapport.pdf")
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(tmp_path / "rapport.pdf"),
                    str(tmp_path / "page")], check=True, timeout=120)
    first = Image.open(sorted(tmp_path.glob("page-*.png"))[0]).convert("RGB")
    colours = first.getcolors(maxcolors=1 << 24)
    accent = sum(n for n, (r, g, b) in colours if abs(r - 11) + abs(g - 110) + abs(b - 117) < 30)
    orange = sum(n for n, (r, g, b) in colours if abs(r - 224) + abs(g - 122) + abs(b - 31) < 30)
    assert accent > 500 and orange > 500          # the funnel and the bar charts are drawn


def test_csv_report_lists_every_table(year_report: MonitoringReport, tmp_path: Path) -> None:
    path = tmp_path / "rapport.csv"
    write_csv_report(year_report, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfKerncijfers\r\n")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    figures = {row[2]: row[1] for row in rows if len(row) == 3}
    assert figures["requests.total"] == str(year_report.requests_total)
    assert figures["period.from"] == "2025-01-01"
    assert figures["extras.filters.loket"] == "'=Loket Waregem"
    assert ["Signalen per thema"] in rows


# --- the pseudonymised extract --------------------------------------------------------------------


def test_pseudonymised_extract_has_the_figures_and_no_identities(office, tmp_path: Path) -> None:
    db, actor, files = office
    wanted = ReportFilter(date(2025, 1, 1), date(2025, 12, 31))
    out = tmp_path / "extract.csv"
    summary = MonitoringExtract(db, Clock(), actor).write(wanted, out)
    key_file = db.path.parent / "monitoring.key"
    assert os.stat(key_file).st_mode & 0o777 == 0o600
    secret = office_secret(key_file)
    report = Monitoring(db, Clock(), actor).report(wanted)

    data = out.read_bytes()
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert summary.requests == len(rows) == report.requests_total
    assert [row["request_key"] for row in rows] == sorted(row["request_key"] for row in rows)
    text = data.decode("utf-8-sig")
    for needle in ("Peeters", "Nguyễn", "CL0", "RQ0", "Kortrijk", "herinnering", "Loket", "An "):
        assert needle not in text
    assert sum(int(row["sessions"]) for row in rows) == report.sessions_count
    assert sum(int(row["micro_contacts"]) for row in rows) == report.micro_count
    for channel, n in report.micro_by_channel.items():
        assert sum(int(row[f"micro_{channel.value}"]) for row in rows) == n
    assert len({row["client_key"] for row in rows if row["client_key"]}) == report.clients_distinct
    for group, n in report.target_groups.items():
        assert len({row["client_key"] for row in rows if row[group] == "1"}) == n
    assert sum(row["outcome"] == "enrolled" for row in rows) == report.outcomes["enrolled"]

    with db.read() as session:
        client_id = session.scalar(select(Client.id).where(
            Client.import_ref == a_client_with_a_request_in(files, wanted)))
    expected_key = hmac.new(secret, b"client:" + client_id.bytes, hashlib.sha256).hexdigest()
    assert any(row["client_key"] == expected_key for row in rows)

    again = tmp_path / "again.csv"
    MonitoringExtract(db, Clock(), actor).write(wanted, again)
    assert again.read_bytes() == data                     # same secret, same keys


def a_client_with_a_request_in(files: Path, wanted: ReportFilter) -> str:
    return next(row["client_ref"] for row in read_rows(files / "requests.csv")
                if row["client_ref"] and wanted.start <= day_of(row["opened_on"]) <= wanted.end)


def test_the_office_secret_file_is_made_once_and_only_for_its_owner(tmp_path: Path) -> None:
    path = tmp_path / "monitoring.key"
    secret = office_secret(path)
    assert len(secret) == 32 and office_secret(path) == secret
    assert os.stat(path).st_mode & 0o777 == 0o600
    path.write_text("not hex")
    with pytest.raises(InvalidValue):
        office_secret(path)


@pytest.mark.postgres
def test_import_and_report_on_postgresql(pg_db: Database, tmp_path: Path) -> None:
    """The same bulk import (through the dialect's own bind processors) and report on PostgreSQL."""
    upgrade(pg_db, None)
    actor = create_office(pg_db, Clock(), "Leerwinkel", "LWK", "coordinator", "Coördinator")
    generate_exchange_files(tmp_path / "files", seed=4, requests=400)
    importer = RegistrationImport(pg_db, Clock(), actor)
    assert importer.import_folder(tmp_path / "files").ok
    again = importer.import_folder(tmp_path / "files")
    assert again.contacts.created == again.contacts.updated == 0
    start, end = date(2024, 1, 1), date(2026, 12, 31)
    report = Monitoring(pg_db, Clock(), actor).report(ReportFilter(start, end))
    want = expected(tmp_path / "files", start, end)
    assert report.to_json_dict(extras=False) == want.spec
    assert report.to_json_dict()["extras"]["contacts_by_month"] == want.extras["contacts_by_month"]
    assert report.to_json_dict()["extras"]["target_groups"] == want.extras["target_groups"]
