"""Registration figures for `make bench`: importing 100,000 contacts and the one-year monitoring report,
both on encrypted files.

The import is compared with a bare `executemany` of the same rows into the real contact table of an
encrypted copy of the same file; the report with one pass in SQL over the rows it reads (the
requests in scope, their clients and their contacts).
"""

from __future__ import annotations

import csv
import os
import shutil
import statistics
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from random import Random

import sqlcipher3.dbapi2 as sqlcipher

from databases import BenchDatabase
from leerwinkel_desk.domain.ids import uuid7
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.services.monitoring import Monitoring, ReportFilter
from leerwinkel_desk.services.offices import create_office, default_actor, find_office
from leerwinkel_desk.services.registration.format import FileKind, contact_key, parse_moment
from leerwinkel_desk.services.registration.importer import RegistrationImport
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.migrations import upgrade
from leerwinkel_desk.store.raw import open_raw
from measure import Measured, paired

SEED = 1

REPORT_START, REPORT_END = date(2025, 11, 1), date(2026, 10, 31)   # the year before UNTIL
IMPORT_CONTACTS = 100_000
IMPORT_REQUESTS = 5_000

# One pass over the rows the report reads: the requests of the year, their clients, their held contacts.
ONE_PASS = """
    SELECT count(*), count(DISTINCT r.id), count(DISTINCT r.client_id), count(c.id), coalesce(sum(c.minutes), 0),
           count(cl.birth_date)
    FROM learning_request r
    LEFT JOIN client cl ON cl.id = r.client_id
    LEFT JOIN contact c ON c.request_id = r.id AND c.deleted_at IS NULL AND c.status = 'held'
    WHERE r.office_id = :office AND r.deleted_at IS NULL AND r.opened_on BETWEEN :start AND :end"""


def one_pass(raw: sqlcipher.Connection, office: uuid.UUID, start: date, end: date) -> tuple[int, ...]:
    """The baseline: (rows, requests, clients, contacts, minutes, birth dates) in one statement."""
    return raw.execute(ONE_PASS, {"office": office.hex, "start": start.isoformat(), "end": end.isoformat()}).fetchone()


def bench_monitoring_report(bench: BenchDatabase, runs: int = 5) -> Measured:
    """The one-year monitoring report of every office vs one pass in SQL over the same rows."""
    db = open_sqlite(bench.path, bench.key)
    office_id = find_office(db)
    assert office_id is not None
    monitoring = Monitoring(db, SystemClock(), default_actor(db, office_id))
    wanted = ReportFilter(REPORT_START, REPORT_END)
    raw = bench.raw()
    report = monitoring.report(wanted)
    value, baseline = paired(lambda: monitoring.report(wanted),
                             lambda: one_pass(raw, office_id, REPORT_START, REPORT_END), runs)
    raw.close()
    db.dispose()
    return Measured(value, baseline, runs=runs, note=f"{report.requests_total:,} requests, "
                    f"{report.sessions_count + report.micro_count:,} contacts")


def import_files(folder: Path, contacts: int = IMPORT_CONTACTS, requests: int = IMPORT_REQUESTS) -> None:
    """5,000 requests and 100,000 contacts as an office's export would give them."""
    rng = Random(SEED)
    with (folder / "requests.csv").open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(["request_ref", "opened_on", "tier", "counsellor", "loket"])
        writer.writerows([f"R{i:05d}", "2025-01-02", "1", f"Begeleider {i % 12}", "Loket"]
                         for i in range(requests))
    with (folder / "contacts.csv").open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(["request_ref", "at", "kind", "channel", "minutes", "counsellor",
                         "loket", "summary"])
        writer.writerows([
            f"R{i % requests:05d}",
            f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
            f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
            rng.choice(["session", "micro", "micro", "micro"]),
            rng.choice(["phone", "email", "sms", "whatsapp"]), rng.randint(1, 90),
            f"Begeleider {rng.randrange(12)}", rng.choice(["Loket", ""]),
            rng.choice(["", "herinnering gestuurd", "gebeld; komt dinsdag", f"bericht {i}"]),
        ] for i in range(contacts))


def contact_count(path: Path, key: bytes) -> int:
    conn = open_raw(path, key)
    try:
        return conn.execute("SELECT count(*) FROM contact").fetchone()[0]
    finally:
        conn.close()


def bare_contacts(path: Path, key: bytes, contacts_csv: Path) -> float:
    """The baseline: the same contact rows, already in stored form, through one executemany into the
    real contact table of the encrypted file."""
    conn = open_raw(path, key)
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


def bench_import_contacts(runs: int = 3, contacts: int = IMPORT_CONTACTS,
                          requests: int = IMPORT_REQUESTS) -> Measured:
    """Importing 100,000 contacts (on 5,000 imported requests) into an encrypted file vs a bare
    executemany of the same rows into an encrypted copy of the same file, in turns."""
    elapsed, bare = [], []
    key = os.urandom(32)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        import_files(folder, contacts, requests)
        template = folder / "template.db"
        db = open_sqlite(template, key)
        upgrade(db, None)
        actor = create_office(db, SystemClock(), "Bench", "BEN", "coordinator", "Coördinator")
        assert RegistrationImport(db, SystemClock(), actor).import_file(
            FileKind.REQUESTS, folder / "requests.csv").ok
        db.dispose()
        for run in range(runs):
            copy = folder / f"run{run}.db"
            shutil.copy(template, copy)
            db = open_sqlite(copy, key)
            importer = RegistrationImport(db, SystemClock(), default_actor(db, actor.office_id))
            start = time.perf_counter()
            report = importer.import_file(FileKind.CONTACTS, folder / "contacts.csv")
            elapsed.append(time.perf_counter() - start)
            assert report.ok and report.contacts.created == contacts
            db.dispose()
            bare_copy = folder / f"bare{run}.db"
            shutil.copy(template, bare_copy)
            bare.append(bare_contacts(bare_copy, key, folder / "contacts.csv"))
            assert contact_count(copy, key) == contact_count(bare_copy, key) == contacts
            copy.unlink()
            bare_copy.unlink()
    return Measured(statistics.median(elapsed), statistics.median(bare), runs=runs,
                    note=f"{contacts:,} contacts vs executemany of the same rows, both encrypted")
