"""`make bench`: speed figures as medians and as ratios to a bare baseline measured in the same run.

Machines here are noisy, so every figure is paired with a baseline doing the same work the
plainest way (raw SQL on a bare sqlcipher3 connection) and reported as a ratio. The
100,000-client demo database is built once and cached in `bench/.cache/`.
Results go to stdout and `bench/results.json`. Budgets are checked by reading, not by tests.
"""

from __future__ import annotations

import hashlib
import json
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from random import Random

import sqlcipher3.dbapi2 as sqlcipher

from leerwinkel_desk.demo import generate_demo
from leerwinkel_desk.domain.text import fold
from leerwinkel_desk.services.clients import Clients
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.services.offices import default_actor, find_office
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.migrations import upgrade

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import figure, median_seconds
from registration_figures import bench_import_contacts, bench_monitoring_report
from ui_figures import bench_cold_start, bench_search_as_you_type, raw_lookup

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
BIG_CLIENTS = 100_000
SEED = 1
UNTIL = date(2026, 11, 1)


def cache_key() -> str:
    """Changes when the schema or the demo generator changes, so a stale cache is never used."""
    digest = hashlib.sha256()
    sources = sorted((HERE.parent / "db" / "versions").glob("*.py"))
    sources += sorted((HERE.parent / "src" / "leerwinkel_desk" / "demo").glob("*.py"))
    for source in sources:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:10]


def big_database() -> Path:
    """The cached 100,000-client demo database (built on first use), with planner statistics."""
    path = CACHE / f"demo-{BIG_CLIENTS}-seed{SEED}-{UNTIL.isoformat()}-{cache_key()}.db"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        print(f"building {path.name} (once, a few minutes)...", flush=True)
        db = open_sqlite(partial)
        upgrade(db, None)
        generate_demo(db, clients=BIG_CLIENTS, seed=SEED, until=UNTIL)
        db.dispose()
        for suffix in ("-wal", "-shm"):
            Path(str(partial) + suffix).unlink(missing_ok=True)
        partial.rename(path)
    db = open_sqlite(path)
    db.optimize()
    db.dispose()
    return path


def count_rows(path: Path) -> int:
    conn = sqlcipher.connect(str(path), isolation_level=None)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'")]
    total = sum(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables)
    conn.close()
    return total


def bare_insert(path: Path, rows: int) -> float:
    """The baseline: the same number of rows through one bare executemany, timed."""
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (id BLOB PRIMARY KEY, a TEXT, b TEXT, c TEXT, d INTEGER, "
                 "e TEXT, f TEXT, g TEXT)")
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO t VALUES (randomblob(16), ?, ?, ?, ?, ?, ?, ?)",
                     (("naam", "straat", "gemeente", i, "x" * 20, "y", "z") for i in range(rows)))
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def bench_demo_generation(clients: int = 2000, runs: int = 3) -> dict[str, object]:
    """Demo generation vs inserting the same number of rows with bare executemany."""
    elapsed, baseline, rows = [], [], 0
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            path = Path(folder) / f"demo{run}.db"
            db = open_sqlite(path)
            upgrade(db, None)
            start = time.perf_counter()
            generate_demo(db, clients=clients, seed=SEED, until=UNTIL)
            elapsed.append(time.perf_counter() - start)
            db.dispose()
            rows = count_rows(path)
            baseline.append(bare_insert(Path(folder) / f"bare{run}.db", rows))
    value = statistics.median(elapsed)
    result = figure("demo generation", "s", value, statistics.median(baseline),
                    f"{clients} clients, {rows} rows; {clients / value:,.0f} clients/s")
    result["clients_per_second"] = round(clients / value)
    return result


def bench_client_lookup(path: Path, runs: int = 30) -> dict[str, object]:
    """Clients.search by name vs the same lookup as one raw SQL statement on a bare connection."""
    db = open_sqlite(path)
    office_id = find_office(db)
    assert office_id is not None
    clients = Clients(db, SystemClock(), default_actor(db, office_id))
    raw = sqlcipher.connect(str(path), isolation_level=None)
    names = [r[0] for r in raw.execute(
        "SELECT last_name FROM client WHERE last_name IS NOT NULL ORDER BY id LIMIT 2000")]
    picks = Random(SEED).sample(names, runs)
    queries = iter(picks * 2)
    value = median_seconds(lambda: clients.search(next(queries), limit=20), runs)
    queries = iter(picks * 2)
    baseline = median_seconds(lambda: raw_lookup(raw, office_id.hex, fold(next(queries)).split()), runs)
    raw.close()
    db.dispose()
    return figure("client lookup by name", "s", value, baseline, f"{BIG_CLIENTS:,} clients")


def bench_handover_letter(runs: int = 15) -> dict[str, object]:
    """The warm-handover letter PDF vs a one-page "hello" PDF in the same embedded font, same run.

    The letter: three pages, every section a school may receive, the office logo. The plain
    Helvetica "hello" (no embedded font) is reported too; the budget is <= 5x and < 200 ms.
    """
    from datetime import UTC, datetime
    from decimal import Decimal
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    from leerwinkel_desk.domain.enums import ConsentMethod, DataItem, Delivery, DutchLevel, Qualification, Role, Tier
    from leerwinkel_desk.reports.fonts import REGULAR
    from leerwinkel_desk.reports.letters import PdfLetters
    from leerwinkel_desk.services.letter_content import (
        ConsentReference,
        CounsellorContact,
        CourseFacts,
        HandoverData,
        Identity,
        LearningQuestion,
        OfficeHeading,
        OptionFacts,
        RecipientHeading,
        SessionHeld,
        StudyHistory,
        TrajectorySummary,
    )

    at = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
    course = CourseFacts("CVO Miras", "Kortrijk", Delivery.HYBRID, False, True, False, True, 480,
                         None, Decimal("180"), True, True, False, DutchLevel.B1,
                         "Een gesprek met de trajectbegeleider van de school.", date(2027, 2, 1),
                         True, "Boekhouder", 5)
    options = (OptionFacts("Boekhouden", course, "Avondles past bij haar werk.", date(2026, 11, 20)),
               OptionFacts("Zorgkundige", course, "Dagonderwijs: moeilijk met werk.", None))
    sessions = tuple(SessionHeld(at, 60, "Loket Sociaal Huis", "Studieverleden, interesses en "
                                 "praktische drempels besproken; opties vergeleken.") for _ in range(3))
    data = HandoverData(
        OfficeHeading("LWB", "Leerwinkel Bench", "Doorniksestraat 12", "8500", "Kortrijk",
                      "056 12 34 56", "info@leerwinkel.be", "www.leerwinkel.be"),
        at, "LW-2026-000123", "LV-2026-000456",
        RecipientHeading("CVO Miras", "Karel Vandenberghe", "studiebegeleider", None, "8500", "Kortrijk"),
        ConsentReference(date(2026, 11, 20), ConsentMethod.SIGNED_FORM, date(2027, 5, 20)),
        frozenset(DataItem) - {DataItem.SOCIAL_STATUS, DataItem.SUPPORT_NETWORK},
        CounsellorContact("An Peeters", Role.COUNSELLOR, "0470 11 22 33", "an@leerwinkel.be"),
        Identity("Çağrı", "Nguyễn", date(1990, 3, 4)), None,
        LearningQuestion("Boekhouden", "Een diploma boekhouden, liefst 's avonds. " * 4),
        StudyHistory(Qualification.LOWER_SECONDARY, True, "Secundair in Turkije, niet afgewerkt. " * 6),
        DutchLevel.B2, "Kinderopvang op woensdagavond.", options, options[0],
        TrajectorySummary(Tier.TRAJECTORY, date(2026, 10, 1), sessions),
    )
    renderer = PdfLetters()
    renderer.handover(data)      # fonts, styles, letterhead and its encoded logo: once per process

    def hello(font: str) -> bytes:
        out = BytesIO()
        canvas = Canvas(out, invariant=True)
        canvas.setFont(font, 12)
        canvas.drawString(72, 770, "hello")
        canvas.showPage()
        canvas.save()
        return out.getvalue()

    value = median_seconds(lambda: renderer.handover(data), runs)
    baseline = median_seconds(lambda: hello(REGULAR), runs)
    helvetica = median_seconds(lambda: hello("Helvetica"), runs)
    pages = renderer.handover(data).count(b"/Type /Page\n")
    result = figure("handover letter PDF", "s", value, baseline,
                    f"{pages} pages vs hello in DejaVu Sans; vs Helvetica hello "
                    f"{helvetica * 1000:.2f} ms, ratio {value / helvetica:.0f}")
    result["helvetica_hello_median"] = round(helvetica, 6)
    return result


def main() -> int:
    big = big_database()
    results = [bench_demo_generation(), bench_client_lookup(big), bench_handover_letter()]
    results += [bench_import_contacts(), bench_monitoring_report(big)]
    results += [bench_cold_start(big), *bench_search_as_you_type(big)]
    (HERE / "results.json").write_text(json.dumps(
        {"python": sys.version.split()[0], "sqlite": sqlcipher.sqlite_version, "figures": results},
        indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
