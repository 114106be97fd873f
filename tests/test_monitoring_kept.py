"""The monitoring report from the figures kept by triggers (store/report_figures.py) equals the report
counted from the rows in one pass, after every kind of write: services, imports, raw statements, deletes
and undeletes, merges and their undoing, an erasure, a request removed for good before or after its
contacts (as a sync pull with foreign keys off may), and contacts late in the evening at a month's end.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from random import Random
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Connection, select, text, update

from conftest import FixedClock
from leerwinkel_desk.domain.enums import Channel, Phase, SessionType, Tier
from leerwinkel_desk.services import maintenance, monitoring
from leerwinkel_desk.services.client_merges import ClientMerges
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.context import Actor
from leerwinkel_desk.services.erasure import Erasures
from leerwinkel_desk.services.monitoring import Monitoring, ReportFilter
from leerwinkel_desk.services.monitoring_report import MonitoringReport
from leerwinkel_desk.services.offices import create_office
from leerwinkel_desk.services.registration.format import FileKind
from leerwinkel_desk.services.registration.importer import RegistrationImport
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.store import report_figures
from leerwinkel_desk.store.engine import Database, open_sqlite
from leerwinkel_desk.store.migrations import upgrade
from leerwinkel_desk.store.models import LearningRequest, PartnerOrganisation
from leerwinkel_desk.store.sync_capture import FULL_PULL, start_capture, synced_tables
from test_monitoring import ORGANISATIONS, Clock, generate_exchange_files

PERIODS = [(date(2024, 1, 1), date(2026, 12, 31)), (date(2025, 1, 1), date(2025, 12, 31)),
           (date(2024, 3, 15), date(2025, 3, 14)), (date(2025, 6, 30), date(2025, 6, 30))]


def reports(db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch,
            wanted: ReportFilter) -> tuple[MonitoringReport, MonitoringReport]:
    """The report from the kept figures and the report counted from the rows, of the same filter."""
    service = Monitoring(db, Clock(), actor)
    kept = service.report(wanted)
    with monkeypatch.context() as patched:
        patched.setattr(monitoring._Figures, "kept", lambda self: False)
        counted = service.report(wanted)
    return kept, counted


def assert_kept_equals_counted(db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    with db.read() as session:
        assert report_figures.differences(session.connection()) == dict.fromkeys(report_figures._NOT_ZERO, 0)
    for start, end in PERIODS:
        kept, counted = reports(db, actor, monkeypatch, ReportFilter(start, end))
        assert kept.to_json_dict() == counted.to_json_dict(), (start, end)
        assert kept == counted


@pytest.fixture()
def office(tmp_path: Path) -> Iterator[tuple[Database, Actor, Path]]:
    generate_exchange_files(tmp_path / "files", seed=20261206, requests=700)
    db = open_sqlite(tmp_path / "leerwinkel.db")
    upgrade(db, None)
    actor = create_office(db, Clock(), "Leerwinkel Regio Kortrijk", "LWK", "coordinator", "Coördinator")
    assert RegistrationImport(db, Clock(), actor).import_folder(tmp_path / "files").ok
    with db.write() as session:
        for name, org_type in ORGANISATIONS.items():
            session.execute(update(PartnerOrganisation).where(PartnerOrganisation.name == name)
                            .values(org_type=org_type))
    yield db, actor, tmp_path
    db.dispose()


def ids(db: Database, query: str) -> list[str]:
    with db.read() as session:
        return [row[0] for row in session.execute(text(query))]


def raw(db: Database, *statements: str) -> None:
    with db.engine.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)


def test_the_report_from_kept_figures_equals_the_report_counted_from_the_rows_after_every_write(
        office, monkeypatch: pytest.MonkeyPatch) -> None:
    db, actor, folder = office
    assert_kept_equals_counted(db, actor, monkeypatch)
    rng = Random(7)
    requests = ids(db, "SELECT id FROM learning_request ORDER BY id")
    contacts = ids(db, "SELECT id FROM contact WHERE status = 'held' ORDER BY id")
    clients = ids(db, "SELECT id FROM client ORDER BY id")

    # services: contacts logged and held, late in the evening at a month's end too (written up the next day: a
    # contact is given a moment at most 92 days back, domain/contact_moments.py)
    for n, at in enumerate((datetime(2025, 3, 31, 22, 30, tzinfo=UTC), datetime(2025, 10, 31, 22, 10, tzinfo=UTC),
                            datetime(2025, 10, 31, 23, 15, tzinfo=UTC), datetime(2025, 6, 30, 21, 59, tzinfo=UTC),
                            datetime(2025, 12, 31, 23, 0, tzinfo=UTC))):
        service = Contacts(db, FixedClock(at + timedelta(days=1)), actor)
        service.log_micro(uuid.UUID(requests[n]), Channel.SMS, f"laat {n}", at=at)
        service.record_session(uuid.UUID(requests[n + 10]), at, 45, SessionType.INTAKE)
    with db.read() as session:
        trajectory = session.scalars(select(LearningRequest.id).where(
            LearningRequest.tier == Tier.TRAJECTORY, LearningRequest.deleted_at.is_(None),
            LearningRequest.phase != Phase.CLOSED)).first()
    assert trajectory is not None
    Requests(db, Clock(), actor).move_tier(trajectory, Tier.MEDIATION, "test")
    assert_kept_equals_counted(db, actor, monkeypatch)

    # raw statements on contacts: edited, cancelled, deleted, undeleted, moved to another request, removed
    picked = rng.sample(contacts, 60)
    raw(db, *(f"UPDATE contact SET minutes = {rng.choice(['NULL', '5', '90'])} WHERE id = '{c}'" for c in picked[:10]),
        *(f"UPDATE contact SET channel = 'phone', at = '2025-09-30 22:30:00.000000' WHERE id = '{c}'"
          for c in picked[10:15]),
        *(f"UPDATE contact SET status = 'cancelled' WHERE id = '{c}'" for c in picked[15:20]),
        *(f"UPDATE contact SET deleted_at = '2026-01-01 10:00:00.000000' WHERE id = '{c}'" for c in picked[20:30]),
        *(f"UPDATE contact SET deleted_at = NULL WHERE id = '{c}'" for c in picked[20:25]),
        *(f"UPDATE contact SET request_id = '{rng.choice(requests)}' WHERE id = '{c}'" for c in picked[30:40]),
        *(f"UPDATE contact SET kind = 'session', channel = 'face_to_face' WHERE id = '{c}'" for c in picked[40:45]),
        *(f"DELETE FROM contact WHERE id = '{c}'" for c in picked[45:50]))
    assert_kept_equals_counted(db, actor, monkeypatch)

    # raw statements on requests, clients, partners, referrals and contributions
    picked = rng.sample(requests[20:], 40)
    raw(db, *(f"UPDATE learning_request SET opened_on = '2025-0{n % 9 + 1}-1{n % 9}' WHERE id = '{r}'"
              for n, r in enumerate(picked[:8])),
        *(f"UPDATE learning_request SET deleted_at = '2026-02-02 10:00:00.000000' WHERE id = '{r}'"
          for r in picked[8:16]),
        *(f"UPDATE learning_request SET deleted_at = NULL WHERE id = '{r}'" for r in picked[8:11]),
        *(f"UPDATE learning_request SET outcome = 'enrolled', tier = 'trajectory' WHERE id = '{r}'"
          for r in picked[16:20]),
        *(f"UPDATE learning_request SET referrer_type = 'partner', referrer_org_id = "
          f"(SELECT id FROM partner_organisation ORDER BY id LIMIT 1) WHERE id = '{r}'" for r in picked[20:24]),
        *(f"UPDATE learning_request SET client_id = NULL WHERE id = '{r}'" for r in picked[24:26]),
        *(f"UPDATE learning_request SET client_id = '{rng.choice(clients)}' WHERE id = '{r}'" for r in picked[26:30]),
        *(f"UPDATE client SET status = 'job_seeker', birth_date = '2005-06-01', dutch_level = 'A2' WHERE id = '{c}'"
          for c in rng.sample(clients, 10)),
        "UPDATE partner_organisation SET org_type = 'caw' WHERE id = (SELECT id FROM partner_organisation "
        "ORDER BY id LIMIT 1 OFFSET 1)",
        "UPDATE referral_out SET loop_closed_on = '2025-05-05', happened = 1 WHERE rowid % 3 = 0",
        "UPDATE referral_out SET deleted_at = '2026-01-01 10:00:00.000000' WHERE rowid % 7 = 0",
        "UPDATE contribution SET hours = 1.33, amount = 6.65, paid_by = 'client' WHERE rowid % 3 = 0",
        "UPDATE contribution SET exemption = 'leefloon', paid_by = 'exempt', amount = 0 WHERE rowid % 5 = 0",
        "UPDATE contribution SET request_id = (SELECT id FROM learning_request ORDER BY id LIMIT 1) "
        "WHERE rowid % 11 = 0",
        "DELETE FROM contribution WHERE rowid % 13 = 0")
    assert_kept_equals_counted(db, actor, monkeypatch)

    # a merge, its undoing, another merge, an erasure
    merges = ClientMerges(db, Clock(), actor)
    first = merges.merge(uuid.UUID(clients[0]), uuid.UUID(clients[1]))
    assert_kept_equals_counted(db, actor, monkeypatch)
    merges.undo_merge(first.id)
    merges.merge(uuid.UUID(clients[2]), uuid.UUID(clients[3]))
    Erasures(db, Clock(), actor).erase(uuid.UUID(clients[4]))
    assert_kept_equals_counted(db, actor, monkeypatch)

    # a second import of contacts, and requests removed for good before or after their contacts (foreign
    # keys deferred, as a sync pull may apply deletes in any order)
    (folder / "more").mkdir()
    refs = ids(db, "SELECT import_ref FROM learning_request WHERE import_ref IS NOT NULL ORDER BY import_ref")
    (folder / "more" / "contacts.csv").write_text(
        "request_ref;at;kind;channel;minutes;counsellor;loket;summary\r\n" + "".join(
            f"{rng.choice(refs)};2025-{rng.randint(1, 12):02d}-28 23:{n % 60:02d};micro;email;3;;;nog {n}\r\n"
            for n in range(40)), encoding="utf-8-sig")
    assert RegistrationImport(db, Clock(), actor).import_file(FileKind.CONTACTS, folder / "more" / "contacts.csv").ok
    with db.read() as session:
        others = [name for (name,) in session.execute(text(
            "SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table' "
            "AND c.name = 'request_id' AND m.name NOT IN ('contact', 'sync_outbox') AND m.name NOT LIKE 'report_%'"))]
    gone = ids(db, "SELECT r.id FROM learning_request r "
               "WHERE EXISTS (SELECT 1 FROM contact c WHERE c.request_id = r.id) "
               + "".join(f"AND NOT EXISTS (SELECT 1 FROM {name} x WHERE x.request_id = r.id) " for name in others)
               + "ORDER BY r.id LIMIT 2")
    raw(db, "PRAGMA defer_foreign_keys = ON",
        f"DELETE FROM learning_request WHERE id = '{gone[0]}'", f"DELETE FROM contact WHERE request_id = '{gone[0]}'",
        f"DELETE FROM contact WHERE request_id = '{gone[1]}'", f"DELETE FROM learning_request WHERE id = '{gone[1]}'")
    assert_kept_equals_counted(db, actor, monkeypatch)


def test_the_figures_are_made_again_from_the_rows_and_a_drift_is_found(office) -> None:
    db, _actor, _folder = office
    with db.write() as session:
        conn = session.connection()
        conn.exec_driver_sql(f"UPDATE {report_figures.REQUESTS} SET contacts = contacts + 1 "
                             f"WHERE request_id = (SELECT min(request_id) FROM {report_figures.REQUESTS})")
    assert [p for p in maintenance.check(db).problems if p.startswith("report figures")] == [
        f"report figures: 2 row(s) of {report_figures.REQUESTS} differ from the rows they count",
        f"report figures: 2 row(s) of {report_figures.DAYS} differ from the rows they count"]
    with db.write() as session:
        report_figures.rebuild(session.connection())
    assert maintenance.check(db).ok


def test_the_brussels_month_of_a_stored_moment_in_sql_is_the_calendars(office) -> None:
    db, _actor, _folder = office
    moments = [datetime(year, month, 1, tzinfo=UTC) + timedelta(hours=hour) - timedelta(days=1)
               for year in range(2019, 2032) for month in range(1, 13) for hour in range(20, 26)]
    with db.read() as session:
        conn: Connection = session.connection()
        found = [conn.exec_driver_sql(f"SELECT {report_figures.brussels_month('t.at')} FROM (SELECT ? AS at) t", (
            moment.strftime("%Y-%m-%d %H:%M:%S.%f"),)).scalar_one() for moment in moments]
    assert found == [moment.astimezone(ZoneInfo("Europe/Brussels")).strftime("%Y-%m") for moment in moments]


def test_a_report_filtered_by_loket_or_counsellor_counts_from_the_rows(office, monkeypatch) -> None:
    db, actor, _folder = office
    calls: list[bool] = []
    original = monitoring._Figures.from_kept
    monkeypatch.setattr(monitoring._Figures, "from_kept",
                        lambda self, tally: calls.append(True) or original(self, tally))
    Monitoring(db, Clock(), actor).report(ReportFilter(date(2025, 1, 1), date(2025, 12, 31),
                                                       loket="Werkwinkel Menen"))
    assert calls == []
    Monitoring(db, Clock(), actor).report(ReportFilter(date(2025, 1, 1), date(2025, 12, 31)))
    assert calls == [True]


def test_the_kept_figures_are_never_captured_for_sync(office) -> None:
    db, actor, _folder = office
    with db.write() as session:
        assert not [t for t in synced_tables(session.connection()) if t.startswith("report_")]
        start_capture(session.connection())
    request = uuid.UUID(ids(db, "SELECT id FROM learning_request WHERE deleted_at IS NULL ORDER BY id LIMIT 1")[0])
    Contacts(db, Clock(), actor).log_micro(request, Channel.SMS, "vastgelegd")
    tables = ids(db, "SELECT DISTINCT tbl FROM sync_outbox ORDER BY tbl")
    assert "contact" in tables and not [t for t in tables if t.startswith("report_")]
    assert ids(db, f"SELECT request_id FROM {report_figures.REQUESTS} WHERE request_id = '{request.hex}'")


def test_a_clients_earlier_requests_are_looked_up_by_the_clients_index_in_a_file_without_statistics(db) -> None:
    """A laptop's new file has no planner statistics: the lookup took the office's index there and read every
    earlier request of the office per request (a first sync into 100,000 clients slowed to 300 rows a second)."""
    with db.read() as session:
        conn = session.connection()
        assert not conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first()
        fill = next(s for s in report_figures.REBUILD if s.startswith(f"INSERT INTO {report_figures.REQUESTS}"))
        plan = [row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {fill}")]
    earlier = [step for step in plan if step.startswith("SEARCH q ")]
    assert len(earlier) == 2 and all("ix_learning_request_client_id (client_id=?)" in step for step in earlier), plan


def test_while_a_full_pull_is_under_way_the_figures_wait_and_its_finish_makes_them_again(office) -> None:
    db, actor, _folder = office
    request = uuid.UUID(ids(db, "SELECT id FROM learning_request WHERE deleted_at IS NULL ORDER BY id LIMIT 1")[0])
    with db.write() as session:
        session.execute(text("INSERT INTO sync_state (key, value) VALUES (:key, 'null')"), {"key": FULL_PULL})
    Contacts(db, Clock(), actor).log_micro(request, Channel.SMS, "tijdens een volledige pull")
    raw(db, "UPDATE learning_request SET deleted_at = '2026-12-01 10:00:00' WHERE id = (SELECT id FROM "
        f"learning_request WHERE deleted_at IS NULL AND id != '{request.hex}' ORDER BY id LIMIT 1)")
    with db.read() as session:
        assert report_figures.differences(session.connection())[report_figures.REQUESTS] > 0     # not kept meanwhile
    with db.write() as session:
        report_figures.rebuild(session.connection())
        session.execute(text("DELETE FROM sync_state WHERE key = :key"), {"key": FULL_PULL})
    Contacts(db, Clock(), actor).log_micro(request, Channel.SMS, "daarna weer bijgehouden")
    with db.read() as session:
        assert report_figures.differences(session.connection()) == dict.fromkeys(report_figures._NOT_ZERO, 0)
