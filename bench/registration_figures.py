"""Registration figures for `make bench`: importing 100,000 contacts and the one-year monitoring report.

The import is compared with the csv module merely parsing the same file (and with a bare
executemany of the same rows); the report with the same aggregates written by hand in SQL.
"""

from __future__ import annotations

import csv
import shutil
import statistics
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from random import Random

import sqlcipher3.dbapi2 as sqlcipher

from leerwinkel_desk.domain.ids import uuid7
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.services.monitoring import Monitoring, ReportFilter
from leerwinkel_desk.services.offices import create_office, default_actor, find_office
from leerwinkel_desk.services.registration.format import FileKind, contact_key, parse_moment
from leerwinkel_desk.services.registration.importer import RegistrationImport
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.migrations import upgrade
from measure import figure, median_seconds

SEED = 1

REPORT_START, REPORT_END = date(2025, 11, 1), date(2026, 10, 31)   # the year before UNTIL
IMPORT_CONTACTS = 100_000
IMPORT_REQUESTS = 5_000

# The same aggregates as services/monitoring.py, written by hand for SQLite.
RAW_REPORT = {
    "requests": """
        SELECT tier, outcome, referrer_type, client_id IS NULL, count(*) FROM learning_request r
        WHERE {scope} GROUP BY 1, 2, 3, 4""",
    "clients": """
        SELECT count(DISTINCT r.client_id),
               count(DISTINCT r.client_id) FILTER (WHERE c.highest_qualification
                                                   IN ('none', 'primary', 'lower_secondary')),
               count(DISTINCT r.client_id) FILTER (WHERE c.status = 'job_seeker'),
               count(DISTINCT r.client_id) FILTER (WHERE c.status = 'leefloon'),
               count(DISTINCT r.client_id) FILTER (WHERE c.foreign_diploma = 1
                                                   OR c.dutch_level IN ('A1', 'A2', 'B1')),
               count(DISTINCT r.client_id) FILTER (WHERE
                   CAST(strftime('%Y', r.opened_on) AS INTEGER)
                   - CAST(strftime('%Y', c.birth_date) AS INTEGER)
                   - (strftime('%m-%d', r.opened_on) < strftime('%m-%d', c.birth_date))
                   BETWEEN 17 AND 25 AND c.status IS NOT NULL
                   AND c.status NOT IN ('employed', 'student'))
        FROM learning_request r JOIN client c ON c.id = r.client_id WHERE {scope}""",
    "sessions_per_trajectory": """
        SELECT sessions, count(*) FROM (
            SELECT count(*) AS sessions FROM learning_request r
            JOIN contact ON contact.request_id = r.id AND contact.deleted_at IS NULL
                 AND contact.status = 'held' AND contact.kind = 'session'
            WHERE {scope} AND r.tier = 'trajectory' GROUP BY r.id)
        GROUP BY sessions""",
    "contacts": """
        SELECT r.tier, contact.kind, contact.channel,
               CASE WHEN substr(contact.at, 12, 2) >= '22' THEN substr(contact.at, 1, 13)
                    ELSE substr(contact.at, 1, 7) END,
               count(*), count(contact.minutes), coalesce(sum(contact.minutes), 0)
        FROM learning_request r
        JOIN contact ON contact.request_id = r.id AND contact.deleted_at IS NULL
             AND contact.status = 'held'
        WHERE {scope} GROUP BY 1, 2, 3, 4""",
    "referrers": """
        SELECT p.org_type, count(*) FROM learning_request r
        LEFT JOIN partner_organisation p ON p.id = r.referrer_org_id
        WHERE {scope} AND r.referrer_type = 'partner' GROUP BY 1""",
    "second_line": """
        SELECT kind, count(*), coalesce(sum(participants), 0), coalesce(sum(minutes), 0)
        FROM second_line_activity WHERE office_id = :office AND deleted_at IS NULL
        AND held_on BETWEEN :start AND :end GROUP BY 1""",
    "signals": """
        SELECT theme, count(*) FROM signal WHERE office_id = :office AND deleted_at IS NULL
        AND raised_on BETWEEN :start AND :end GROUP BY 1""",
}
RAW_SCOPE = ("r.office_id = :office AND r.deleted_at IS NULL "
             "AND r.opened_on BETWEEN :start AND :end")


def bench_monitoring_report(path: Path, runs: int = 5) -> dict[str, object]:
    """The one-year monitoring report vs the same aggregates as hand-written SQL."""
    db = open_sqlite(path)
    office_id = find_office(db)
    assert office_id is not None
    monitoring = Monitoring(db, SystemClock(), default_actor(db, office_id))
    wanted = ReportFilter(REPORT_START, REPORT_END)
    raw = sqlcipher.connect(str(path), isolation_level=None)
    params = {"office": office_id.hex, "start": REPORT_START.isoformat(),
              "end": REPORT_END.isoformat()}

    def bare() -> object:
        return [raw.execute(sql.format(scope=RAW_SCOPE), params).fetchall()
                for sql in RAW_REPORT.values()]

    report = monitoring.report(wanted)                       # warm both caches alike
    bare()
    value = median_seconds(lambda: monitoring.report(wanted), runs)
    baseline = median_seconds(bare, runs)
    raw.close()
    db.dispose()
    return figure("monitoring report, one year", "s", value, baseline,
                  f"{report.requests_total:,} requests, "
                  f"{report.sessions_count + report.micro_count:,} contacts")


def _import_files(folder: Path) -> None:
    """5,000 requests and 100,000 contacts as an office's export would give them."""
    rng = Random(SEED)
    with (folder / "requests.csv").open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(["request_ref", "opened_on", "tier", "counsellor", "loket"])
        writer.writerows([f"R{i:05d}", "2025-01-02", "1", f"Begeleider {i % 12}", "Loket"]
                         for i in range(IMPORT_REQUESTS))
    with (folder / "contacts.csv").open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(["request_ref", "at", "kind", "channel", "minutes", "counsellor",
                         "loket", "summary"])
        writer.writerows([
            f"R{i % IMPORT_REQUESTS:05d}",
            f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
            f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
            rng.choice(["session", "micro", "micro", "micro"]),
            rng.choice(["phone", "email", "sms", "whatsapp"]), rng.randint(1, 90),
            f"Begeleider {rng.randrange(12)}", rng.choice(["Loket", ""]),
            rng.choice(["", "herinnering gestuurd", "gebeld; komt dinsdag", f"bericht {i}"]),
        ] for i in range(IMPORT_CONTACTS))


def _bare_contacts(path: Path, contacts_csv: Path) -> float:
    """The baseline: the same contact rows, already in stored form, through one executemany."""
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    office = conn.execute("SELECT id FROM office").fetchone()[0]
    requests = dict(conn.execute("SELECT import_ref, id FROM learning_request"))
    counsellors = dict(conn.execute("SELECT full_name, id FROM counsellor"))
    loket = conn.execute("SELECT id FROM loket").fetchone()[0]
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    with contacts_csv.open(encoding="utf-8-sig", newline="") as source:
        reader = csv.reader(source, delimiter=";")
        next(reader)
        rows = []
        for n, (ref, at, kind, channel, minutes, counsellor, at_loket, summary) in enumerate(reader):
            moment = parse_moment(at)
            rows.append((uuid7().hex, office, requests[ref], kind, None, "held", channel, None,
                         moment.strftime("%Y-%m-%d %H:%M:%S.%f"), int(minutes),
                         loket if at_loket else None, counsellors[counsellor], summary or None,
                         None, contact_key(ref, moment, kind, channel, summary, n), stamp, None,
                         stamp, None, None))
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(f"INSERT INTO contact VALUES ({', '.join('?' * 20)})", rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _parse_only(contacts_csv: Path) -> float:
    """The baseline: the csv module merely parsing the file."""
    start = time.perf_counter()
    with contacts_csv.open(encoding="utf-8-sig", newline="") as source:
        for _ in csv.reader(source, delimiter=";"):
            pass
    return time.perf_counter() - start


def bench_import_contacts(runs: int = 3) -> dict[str, object]:
    """Importing 100,000 contacts (on 5,000 imported requests) vs csv parsing and executemany."""
    elapsed, parsed, bare = [], [], []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        _import_files(folder)
        template = folder / "template.db"
        db = open_sqlite(template)
        upgrade(db, None)
        actor = create_office(db, SystemClock(), "Bench", "BEN", "coordinator", "Coördinator")
        assert RegistrationImport(db, SystemClock(), actor).import_file(
            FileKind.REQUESTS, folder / "requests.csv").ok
        db.dispose()
        for run in range(runs):
            copy = folder / f"run{run}.db"
            shutil.copy(template, copy)
            db = open_sqlite(copy)
            importer = RegistrationImport(db, SystemClock(), default_actor(db, actor.office_id))
            start = time.perf_counter()
            report = importer.import_file(FileKind.CONTACTS, folder / "contacts.csv")
            elapsed.append(time.perf_counter() - start)
            assert report.ok and report.contacts.created == IMPORT_CONTACTS
            db.dispose()
            parsed.append(_parse_only(folder / "contacts.csv"))
            bare_copy = folder / f"bare{run}.db"
            shutil.copy(template, bare_copy)
            bare.append(_bare_contacts(bare_copy, folder / "contacts.csv"))
    value, bare_median = statistics.median(elapsed), statistics.median(bare)
    result = figure("import 100,000 contacts", "s", value, statistics.median(parsed),
                    f"vs csv parsing; {bare_median:.2f} s for a bare executemany of the "
                    f"same rows ({value / bare_median:.2f}x)")
    result["bare_executemany_median"] = round(bare_median, 6)
    result["ratio_to_executemany"] = round(value / bare_median, 2)
    return result

