"""Demo data: reproducible to the stored byte, shaped like the GOAL figures, and consistent."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from leerwinkel_desk.demo import DemoSummary, generate_demo
from leerwinkel_desk.domain.calendar import BRUSSELS
from leerwinkel_desk.domain.consent import RELEVANT_FOR
from leerwinkel_desk.domain.enums import ConsentPurpose, Phase, Tier
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.domain.numbers import parse_number
from leerwinkel_desk.domain.rules import PHASE_TRANSITIONS, check_closing, check_phase_allowed
from leerwinkel_desk.domain.text import name_key, phone_key
from leerwinkel_desk.services.context import Actor
from leerwinkel_desk.store.base import Base, UTCDateTime
from leerwinkel_desk.store.engine import Database, open_sqlite
from leerwinkel_desk.store.migrations import upgrade
from leerwinkel_desk.store.models import (
    AuditEvent,
    Client,
    Consent,
    Contact,
    Counsellor,
    Handover,
    LearningRequest,
    NumberSequence,
    Office,
    RequestChange,
)

UNTIL = date(2026, 3, 16)
SHAPE_CLIENTS = 2000


def fresh_database(path: Path) -> Database:
    db = open_sqlite(path)
    upgrade(db, None)
    return db


def stored_rows(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows as SQLite stores them (no type conversion), ordered by primary key."""
    contents = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            order = ", ".join(f'"{c.name}"' for c in table.primary_key.columns)
            rows = conn.exec_driver_sql(f'SELECT * FROM "{table.name}" ORDER BY {order}').fetchall()
            contents[table.name] = [tuple(row) for row in rows]
    return contents


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    db = fresh_database(tmp_path_factory.mktemp("demo") / "demo.db")
    summary = generate_demo(db, clients=SHAPE_CLIENTS, seed=11, until=UNTIL)
    yield db, summary
    db.dispose()


def scalar_rows(db: Database, sql: str) -> list[tuple[object, ...]]:
    with db.read() as session:
        return [tuple(row) for row in session.execute(text(sql))]


# --- reproducibility


def test_same_seed_gives_identical_data_and_another_seed_does_not(tmp_path: Path) -> None:
    contents = []
    for name, seed in (("first", 5), ("second", 5), ("other", 6)):
        db = fresh_database(tmp_path / f"{name}.db")
        generate_demo(db, clients=150, seed=seed, until=UNTIL)
        contents.append(stored_rows(db))
        db.dispose()
    first, second, other = contents
    assert all(first[table] for table in ("client", "learning_request", "contact", "course", "zitdag"))
    assert first == second
    assert first["client"] != other["client"]
    assert first["contact"] != other["contact"]


# --- the shape of the case load


def test_summary_counts_what_was_written(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    with db.read() as session:
        assert summary.clients == SHAPE_CLIENTS == session.scalar(select(func.count()).select_from(Client))
        assert summary.requests == session.scalar(select(func.count()).select_from(LearningRequest))
        assert summary.contacts == session.scalar(select(func.count()).select_from(Contact))
        assert summary.office_id == session.scalar(select(Office.id))
    assert summary.planned_sessions > 0 and summary.consents > 0 and summary.signals > 0


def test_tier_shares_follow_the_blueprint(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    counts = dict(scalar_rows(db, "SELECT tier, count(*) FROM learning_request GROUP BY tier"))
    total = sum(counts.values())
    assert counts["information"] / total == pytest.approx(0.28, abs=0.03)
    assert counts["mediation"] / total == pytest.approx(0.37, abs=0.03)
    assert counts["trajectory"] / total == pytest.approx(0.35, abs=0.03)
    per_client = scalar_rows(db, "SELECT count(*) FROM learning_request WHERE client_id IS NOT NULL")[0][0]
    anonymous = scalar_rows(db, "SELECT count(*) FROM learning_request WHERE client_id IS NULL")[0][0]
    assert 1.1 <= per_client / SHAPE_CLIENTS <= 1.3
    assert anonymous / per_client == pytest.approx(0.10, abs=0.02)
    partner_share = scalar_rows(db, "SELECT avg(referrer_type = 'partner') FROM learning_request "
                                    "WHERE client_id IS NOT NULL")[0][0]
    assert partner_share == pytest.approx(0.5, abs=0.05)


def test_trajectories_look_like_goal(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    rows = scalar_rows(db, """
        SELECT r.id, r.outcome,
               sum(c.kind = 'session' AND c.status = 'held'), count(c.id)
        FROM learning_request r JOIN contact c ON c.request_id = r.id
        WHERE r.tier = 'trajectory' AND r.phase = 'closed'
        GROUP BY r.id""")
    sessions = [row[2] for row in rows]
    n = len(sessions)
    assert n > 400
    assert sum(sessions) / n == pytest.approx(2.2, abs=0.3)
    assert sum(2 <= s <= 3 for s in sessions) / n == pytest.approx(0.39, abs=0.06)
    assert sum(4 <= s <= 8 for s in sessions) / n == pytest.approx(0.16, abs=0.06)
    assert sum(s > 8 for s in sessions) / n < 0.02
    assert sum(row[3] for row in rows) / n == pytest.approx(22, abs=4)
    assert sum(row[1] == "enrolled" for row in rows) / n == pytest.approx(0.74, abs=0.06)
    minutes = scalar_rows(db, """
        SELECT avg(c.minutes) FROM contact c JOIN learning_request r ON r.id = c.request_id
        WHERE r.tier = 'trajectory' AND c.kind = 'session' AND c.status = 'held'""")[0][0]
    assert minutes == pytest.approx(65, abs=8)


def test_tiers_one_and_two_are_one_conversation(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    tier_one = scalar_rows(db, """
        SELECT count(c.id), avg(c.minutes) FROM learning_request r JOIN contact c ON c.request_id = r.id
        WHERE r.tier = 'information' AND r.phase = 'closed' GROUP BY r.id""")
    assert all(count == 1 for count, _ in tier_one)
    assert sum(m for _, m in tier_one) / len(tier_one) == pytest.approx(26, abs=4)
    intakes = scalar_rows(db, """
        SELECT count(c.id), avg(c.minutes) FROM learning_request r JOIN contact c ON c.request_id = r.id
        WHERE r.tier = 'mediation' AND r.phase = 'closed' AND c.kind = 'session' AND c.status = 'held'
        GROUP BY r.id""")
    assert all(count == 1 for count, _ in intakes)
    assert sum(m for _, m in intakes) / len(intakes) == pytest.approx(69, abs=6)


def test_recent_work_is_still_open_with_sessions_planned(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.read() as session:
        planned = session.execute(select(Contact.counsellor_id, Contact.at, Contact.kind)
                                  .where(Contact.status == "planned")).all()
        open_trajectories = session.scalar(select(func.count()).select_from(LearningRequest).where(
            LearningRequest.tier == Tier.TRAJECTORY, LearningRequest.phase != Phase.CLOSED))
        follow_ups = session.execute(select(LearningRequest.follow_up_due, LearningRequest.phase)
                                     .where(LearningRequest.follow_up.is_(True))).all()
    assert planned and all(kind == "session" for _, _, kind in planned)
    assert all(at.astimezone(BRUSSELS).date() >= UNTIL for _, at, _ in planned)
    assert min(at.astimezone(BRUSSELS).date() for _, at, _ in planned) <= date(2026, 3, 18)
    assert len({(who, at) for who, at, _ in planned}) == len(planned), "a counsellor planned twice at once"
    assert open_trajectories > 0
    assert follow_ups and all(phase in (Phase.FOLLOW_UP, Phase.HANDOVER) for _, phase in follow_ups)
    assert any(due < UNTIL for due, _ in follow_ups), "some follow-ups should be overdue"


# --- consistency


def test_database_is_sound_and_numbers_agree(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    assert scalar_rows(db, "PRAGMA foreign_key_check") == []
    assert scalar_rows(db, "PRAGMA integrity_check") == [("ok",)]
    with db.read() as session:
        clients = session.execute(select(Client.dossier_no, Client.created_at)).all()
        requests = session.execute(select(LearningRequest.request_no, LearningRequest.opened_on)).all()
        sequences = {(s.prefix, s.year): s.last_value for s in session.scalars(select(NumberSequence))}
    assert len({no for no, _ in clients}) == len(clients)
    issued: Counter[tuple[str, int]] = Counter()
    highest: dict[tuple[str, int], int] = {}
    for number, year in [(no, at.astimezone(BRUSSELS).year) for no, at in clients] + \
                        [(no, opened.year) for no, opened in requests]:
        assert re.fullmatch(r"L[WV]-\d{4}-\d{6}", number)
        prefix, number_year, seq = parse_number(number)
        assert number_year == year
        issued[(prefix, year)] += 1
        highest[(prefix, year)] = max(highest.get((prefix, year), 0), seq)
    assert sequences == highest == dict(issued)     # no gaps, nothing handed out twice


def test_every_moment_is_aware_utc(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.read() as session:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, UTCDateTime)]
            if not columns:
                continue
            for row in session.execute(select(*columns)):
                for value in row:
                    assert value is None or (isinstance(value, datetime) and value.utcoffset() is not None
                                             and value.utcoffset().total_seconds() == 0), table.name


def test_contacts_happen_on_weekdays_in_office_hours(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.read() as session:
        moments = session.scalars(select(Contact.at)).all()
    for at in moments:
        local = at.astimezone(BRUSSELS)
        assert local.weekday() < 5
        assert (8, 30) <= (local.hour, local.minute) <= (17, 0)


def test_search_keys_are_those_of_the_domain(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.read() as session:
        clients = session.execute(select(
            Client.first_name, Client.last_name, Client.name_key, Client.phone, Client.phone_key,
            Client.email, Client.email_key)).all()
    for first, last, key, phone, key_phone, email, key_email in clients:
        assert key == name_key(first, last)
        assert key_phone == (phone_key(phone) if phone else None)
        assert key_email == (email.casefold() if email else None)
    assert any(c.first_name != c.first_name.encode("ascii", "ignore").decode() for c in clients), \
        "names with diacritics expected"


def test_histories_follow_the_rules(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.read() as session:
        requests = {r.id: r for r in session.scalars(select(LearningRequest))}
        changes = session.scalars(select(RequestChange).order_by(RequestChange.request_id,
                                                                 RequestChange.at)).all()
    history: dict[object, list[RequestChange]] = {}
    for change in changes:
        history.setdefault(change.request_id, []).append(change)
    for request_id, request in requests.items():
        tier: Tier | None = None
        phase = Phase.DISPATCH
        owner: str | None = None
        for step in history[request_id]:
            if step.field == "tier":
                assert step.old_value == (tier and tier.value)
                tier = Tier(step.new_value)
            elif step.field == "phase":
                if step.old_value == Phase.REFERRAL_IN and phase is Phase.DISPATCH and tier is not None:
                    phase = Phase.REFERRAL_IN       # the referral in, registered together with dispatch
                assert step.old_value == phase.value
                assert Phase(step.new_value) in PHASE_TRANSITIONS[phase]
                phase = Phase(step.new_value)
                check_phase_allowed(tier, phase)
            else:       # a tier-1 question is owned by whoever answers it, without a history step
                assert owner is None or step.old_value == owner
                assert step.old_value is None or step.reason, "a new owner needs a reason"
                owner = step.new_value
        assert (tier, phase) == (request.tier, request.phase)
        # moving up a tier brings its entry phase along, as Requests.move_tier does
        assert not (request.tier is Tier.MEDIATION and request.phase is Phase.DISPATCH)
        assert not (request.tier is Tier.TRAJECTORY and request.phase in (Phase.DISPATCH, Phase.INTAKE))
        if request.owner_id is not None and owner is not None:
            assert str(request.owner_id) == owner
        if request.tier is not Tier.INFORMATION:
            assert request.owner_id is not None and request.client_id is not None
        if request.phase is Phase.CLOSED:
            assert request.outcome is not None and request.closed_on is not None
            check_closing(request.tier, request.outcome)
            assert not request.follow_up
        else:
            assert request.outcome is None and request.closed_on is None and request.satisfaction is None


def test_handovers_share_only_what_was_consented(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.read() as session:
        consents = {c.id: c for c in session.scalars(select(Consent))}
        handovers = session.scalars(select(Handover)).all()
    assert handovers
    for handover in handovers:
        consent = consents[handover.consent_id]
        assert handover.shared_items and set(handover.shared_items) <= set(consent.data_items)
        assert {i for i in handover.shared_items} <= {i.value for i in RELEVANT_FOR[consent.purpose]}
        assert handover.shared_items == sorted(handover.shared_items)
        assert handover.at.astimezone(BRUSSELS).date() >= consent.given_on
        assert handover.request_id == consent.request_id
    assert {c.purpose for c in consents.values()} <= set(ConsentPurpose)


def test_one_audit_event_for_the_generation(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    with db.read() as session:
        events = session.execute(select(AuditEvent.action, AuditEvent.entity, AuditEvent.record_id)).all()
    assert events == [("demo.generate", "office", summary.office_id)]


# --- an office that already exists


def test_adds_to_the_existing_office_and_reuses_its_set_up(db: Database, coordinator: Actor) -> None:
    first = generate_demo(db, clients=40, seed=3, until=UNTIL)
    with db.read() as session:
        staff = session.scalar(select(func.count()).select_from(Counsellor))
        logins = session.scalars(select(Counsellor.login).where(Counsellor.role == "coordinator")).all()
    second = generate_demo(db, clients=30, seed=3, until=UNTIL)
    assert first.office_id == second.office_id == coordinator.office_id
    assert logins == ["coordinator"], "the office's own coordinator stays the only one"
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Office)) == 1
        assert session.scalar(select(func.count()).select_from(Client)) == 70
        assert session.scalar(select(func.count()).select_from(Counsellor)) == staff
        numbers = session.scalars(select(Client.dossier_no)).all()
        sequences = {(s.prefix, s.year): s.last_value for s in session.scalars(select(NumberSequence))}
    assert len(set(numbers)) == 70
    highest: dict[tuple[str, int], int] = {}
    for number in numbers:
        prefix, year, seq = parse_number(number)
        highest[(prefix, year)] = max(highest.get((prefix, year), 0), seq)
    assert all(sequences[key] == value for key, value in highest.items())
    assert scalar_rows(db, "PRAGMA foreign_key_check") == []


def test_refuses_a_negative_number_of_clients(tmp_path: Path) -> None:
    db = fresh_database(tmp_path / "x.db")
    with pytest.raises(InvalidValue):
        generate_demo(db, clients=-1, seed=1, until=UNTIL)
    db.dispose()


def test_nothing_is_stamped_after_the_moment_of_generation(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    generated_at = datetime(UNTIL.year, UNTIL.month, UNTIL.day, 12, tzinfo=BRUSSELS).astimezone(UTC)
    with db.read() as session:
        newest = [session.scalar(select(func.max(t.c[stamp])))
                  for t in Base.metadata.sorted_tables for stamp in ("created_at", "updated_at")
                  if stamp in t.c]
    assert max(at for at in newest if at is not None) <= generated_at


def test_newcomers_are_referred_for_diploma_recognition_to_naric_and_some_clients_for_evc(
        demo: tuple[Database, DemoSummary]) -> None:
    """The demo shows the recognition reasons as a counsellor meets them: a foreign diploma to NARIC-Vlaanderen
    (clients who have one), competences (EVC/EVK) to a training provider."""
    db, _ = demo
    referred = scalar_rows(db, """
        SELECT r.reason_code, p.org_type, p.name, coalesce(c.foreign_diploma, -1), count(*)
        FROM referral_out r JOIN partner_organisation p ON p.id = r.partner_id
        JOIN learning_request q ON q.id = r.request_id LEFT JOIN client c ON c.id = q.client_id
        WHERE r.reason_code IN ('diploma', 'evc') GROUP BY 1, 2, 3, 4""")
    diploma = [row for row in referred if row[0] == "diploma"]
    evc = [row for row in referred if row[0] == "evc"]
    assert diploma and {(kind, name) for _, kind, name, _, _ in diploma} == {("recognition", "NARIC-Vlaanderen")}
    assert sum(n for *_, foreign, n in diploma if foreign == 1) > sum(n for *_, foreign, n in diploma if foreign == 0)
    assert evc and {kind for _, kind, _, _, _ in evc} == {"school"}
