"""Erasure: the person's data leaves every table, the index, letters and the file; a restore erases again."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from casework_fixtures import (
    CLI_ENV,
    CLI_PASSPHRASE,
    build_office,
    let_coordinator_sign_in,
    person_with_every_free_text,
)
from leerwinkel_desk.domain.enums import Channel, Phase, ReferralReason, Tier
from leerwinkel_desk.domain.errors import NotAllowed
from leerwinkel_desk.reports.letters import PdfLetters
from leerwinkel_desk.services import maintenance
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.drafts import Drafts
from leerwinkel_desk.services.erasure import Erasures
from leerwinkel_desk.services.letters import Letters
from leerwinkel_desk.services.monitoring import Monitoring, ReportFilter
from leerwinkel_desk.services.offices import create_office
from leerwinkel_desk.services.referrals import Referrals
from leerwinkel_desk.services.registration.importer import RegistrationImport
from leerwinkel_desk.store.location import Location
from leerwinkel_desk.store.models import (
    Client,
    Contact,
    Erasure,
    Handover,
    LearningRequest,
    OptionConsidered,
    ReferralOut,
    RequestChange,
)
from sync_support import erased_bytes_left

CANARY = "Qwyxanthe"


@pytest.fixture
def person(db, clock, coordinator):
    office = build_office(db, clock, coordinator)
    an = office.counsellor
    client = Clients(db, clock, an).create(ClientInput(CANARY, f"{CANARY}son", phone="0499887766",
                                                       email=f"{CANARY.lower()}@example.be"))
    request = Dispatch(db, clock, an).answer_now(
        FirstContact(Channel.FACE_TO_FACE, f"{CANARY} wil lasser worden", client_id=client.id),
        f"Info over lassen voor {CANARY}")
    Contacts(db, clock, an).log_micro(request.id, Channel.SMS, f"Bericht aan {CANARY}")
    Drafts(db, clock, an).save("session", request.id, {"notes": f"{CANARY} twijfelt"}, client.id)
    letter = Letters(db, clock, an, PdfLetters()).print_summary(client.id)
    return office, client, request, letter


def file_bytes(db) -> bytes:
    return b"".join(Path(str(db.path) + suffix).read_bytes() for suffix in ("", "-wal")
                    if Path(str(db.path) + suffix).exists())


def test_erasure_removes_the_person_everywhere_and_keeps_the_counts(db, clock, person) -> None:
    office, client, request, letter = person
    period = ReportFilter(clock.now().date(), clock.now().date())
    before = Monitoring(db, clock, office.coordinator).report(period).to_json_dict()
    assert CANARY.encode() in file_bytes(db)             # the scan below would see it
    with pytest.raises(NotAllowed):
        Erasures(db, clock, office.counsellor).erase(client.id)
    erased = Erasures(db, clock, office.coordinator).erase(client.id)
    assert erased.letters_removed == 1 and not letter.path.exists()
    assert Clients(db, clock, office.coordinator).search(CANARY) == []
    with db.read() as s:
        stored = s.get(Client, client.id)
        assert stored.first_name is None and stored.phone is None and stored.deleted_at is not None
        assert s.scalar(select(func.count()).select_from(LearningRequest)) == 1      # still counted
        assert s.scalar(select(Contact.summary).where(Contact.request_id == request.id)) is None
        assert s.scalar(select(Erasure.client_id)) == client.id
    assert Drafts(db, clock, office.counsellor).load("session", request.id) is None
    after = Monitoring(db, clock, office.coordinator).report(period).to_json_dict()
    assert after["requests"] == before["requests"]
    assert CANARY.encode() not in file_bytes(db) and CANARY.lower().encode() not in file_bytes(db)
    assert maintenance.check(db).ok


def test_a_person_once_referred_out_is_erased_too(db, clock, person) -> None:
    """A referral's reason must hold a text: the erasure set it to NULL and failed for anyone ever referred
    to a partner. It is emptied now, and the referral (a partner, a date: counted) stays."""
    office, client, request, _letter = person
    with db.write() as s:
        row = s.get(LearningRequest, request.id)
        row.tier, row.phase, row.outcome, row.closed_on = Tier.MEDIATION, Phase.CHOICE, None, None
    Referrals(db, clock, office.coordinator).refer_out(request.id, office.vdab_id, ReferralReason.OTHER,
                                                       f"{CANARY} zoekt werk")
    Erasures(db, clock, office.coordinator).erase(client.id)
    with db.read() as s:
        assert s.scalar(select(ReferralOut.reason).where(ReferralOut.request_id == request.id)) == ""
    assert CANARY.encode() not in file_bytes(db) and maintenance.check(db).ok


def test_backup_erase_restore_keeps_the_person_erased(db, clock, person, tmp_path) -> None:
    office, client, _request, _letter = person
    backup = maintenance.backup(db, tmp_path / "before.db")
    Erasures(db, clock, office.coordinator).erase(client.id)
    assert maintenance.restore(db, backup) == 1
    assert Clients(db, clock, office.coordinator).search(CANARY) == []
    with db.read() as s:
        assert s.get(Client, client.id).first_name is None
    assert CANARY.encode() not in file_bytes(db)


def test_cli_erase(db, clock, person) -> None:
    office, client, _request, _letter = person
    let_coordinator_sign_in(db, clock, office.coordinator)
    db.dispose()
    done = subprocess.run([sys.executable, "-m", "leerwinkel_desk", "--db", str(db.path), "erase",
                           client.dossier_no], capture_output=True, text=True, timeout=120, env=CLI_ENV)
    assert done.returncode == 0, done.stderr
    assert CANARY.encode() not in file_bytes(db)


def test_retention_previews_then_anonymises_requests_closed_long_ago(db, clock, person) -> None:
    from datetime import timedelta

    from leerwinkel_desk.services.retention import Retention

    office, client, request, _letter = person
    other = Clients(db, clock, office.counsellor).create(ClientInput("Recent", "Client"))
    Dispatch(db, clock, office.counsellor).answer_now(
        FirstContact(Channel.PHONE, "oude vraag", client_id=other.id), "antwoord")
    retention = Retention(db, clock, office.coordinator)
    assert retention.preview().requests == ()
    clock.at += timedelta(days=365 * 5 + 30)
    Dispatch(db, clock, office.counsellor).answer_now(        # the other client came back recently
        FirstContact(Channel.PHONE, "nieuwe vraag", client_id=other.id), "antwoord")
    plan = retention.preview()
    assert request.request_no in plan.requests and plan.clients == (client.id,)
    with pytest.raises(NotAllowed):
        Retention(db, clock, office.counsellor).apply()
    retention.apply()
    with db.read() as s:
        assert s.get(LearningRequest, request.id).question is None
        assert s.get(Client, client.id).first_name is None
        assert s.get(Client, other.id).first_name == "Recent"
    assert retention.preview().requests == () and CANARY.encode() not in file_bytes(db)


def test_the_office_period_is_applied_at_every_start_after_the_daily_backup(db, clock, person) -> None:
    from datetime import timedelta

    from leerwinkel_desk.domain.errors import InvalidValue
    from leerwinkel_desk.services.retention import Retention
    from leerwinkel_desk.services.start_of_day import start_of_day
    from leerwinkel_desk.store.models import AuditEvent

    office, client, request, _letter = person
    retention = Retention(db, clock, office.coordinator)
    assert retention.period() == 5
    with pytest.raises(NotAllowed):
        Retention(db, clock, office.counsellor).set_period(2)
    with pytest.raises(InvalidValue):
        retention.set_period(0)
    assert retention.set_period(2) == 2 and retention.period() == 2
    first = start_of_day(db, clock, office.counsellor)               # nothing is old enough yet
    assert first.backup is not None and first.retention.requests == ()
    for _two_months in range(12):                                    # the office at work (a start every 2 months)
        clock.at += timedelta(days=60)
        assert start_of_day(db, clock, office.counsellor).retention.requests == ()
    clock.at += timedelta(days=365 * 2 + 30 - 12 * 60)
    assert request.request_no in retention.preview().requests        # what the next start will take
    later = start_of_day(db, clock, office.counsellor)               # whoever signs in: the office's policy
    assert later.backup is not None and later.backup != first.backup
    assert request.request_no in later.retention.requests and later.retention.clients == (client.id,)
    with db.read() as s:
        assert s.get(LearningRequest, request.id).question is None
        assert s.get(Client, client.id).first_name is None
        assert s.scalar(select(AuditEvent.action).order_by(AuditEvent.seq.desc()).limit(1)) == "retention.auto"
    assert CANARY.encode() not in file_bytes(db)
    assert CANARY.encode() in later.backup.read_bytes()       # the day's backup still has it (an unencrypted test file)
    assert start_of_day(db, clock, office.counsellor).retention.requests == ()


def test_a_restore_keeps_the_audit_events_made_since_the_backup(db, clock, person, tmp_path) -> None:
    from leerwinkel_desk.services.dossier import Dossiers
    from leerwinkel_desk.store.models import AuditEvent

    office, client, _request, _letter = person
    backup = maintenance.backup(db, tmp_path / "before.db")
    Dossiers(db, clock, office.counsellor).header(client.id)                 # looked at after the backup
    Erasures(db, clock, office.coordinator).erase(client.id)
    with db.read() as s:
        since = [(e.id, e.action, e.actor_id) for e in s.scalars(
            select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(2))][::-1]
    assert [action for _, action, _ in since] == ["client.view", "client.erase"]
    maintenance.restore(db, backup)
    with db.read() as s:
        after = [(e.id, e.action, e.actor_id) for e in s.scalars(select(AuditEvent).order_by(AuditEvent.seq))]
    assert after[-3:-1] == since                                   # kept, in their order, with their ids
    assert after[-1][1] == "client.erase" and after[-1][2] is None  # the erasure applied again, by the system
    assert maintenance.check(db).ok                                # and the chain holds
    with pytest.raises(FileNotFoundError):
        maintenance.restore(db, tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()                 # looking for its events made no file


def test_cli_retention_keeps_a_new_period_after_showing_what_it_takes(db, clock, person) -> None:
    from leerwinkel_desk.services.retention import Retention

    office, _client, _request, _letter = person
    let_coordinator_sign_in(db, clock, office.coordinator)
    db.dispose()

    def retention(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "leerwinkel_desk", "--db", str(db.path), "retention", *args],
                              capture_output=True, text=True, timeout=120, env=CLI_ENV)

    refused = retention("--save")
    assert refused.returncode == 1 and "--save needs --years" in refused.stderr
    saved = retention("--years", "3", "--save")
    assert saved.returncode == 0, saved.stderr
    assert "retention period: 3 years" in saved.stdout and "would be anonymised" in saved.stdout
    assert Retention(db, clock, office.coordinator).period() == 3
    with db.write() as s:                               # closed long ago: a period of 4 years takes it
        s.execute(text("UPDATE learning_request SET closed_on = '2020-01-15'"))
    db.dispose()
    asked = retention("--years", "4", "--save")
    assert asked.returncode == 1 and asked.stderr.strip() == (
        "error: a period of 4 years anonymises 1 request(s) and erases 1 client(s) whole at the next start (only a "
        "backup undoes it); nothing saved. Add --yes to save it")
    assert Retention(db, clock, office.coordinator).period() == 3
    assert retention("--years", "4", "--save", "--yes").returncode == 0
    assert Retention(db, clock, office.coordinator).period() == 4


def test_every_client_of_one_import_can_be_erased(db, clock, coordinator, tmp_path) -> None:
    """Keys made in one millisecond share their first hex digits: the erased marker must not."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "clients.csv").write_text("client_ref;first_name;last_name\r\n"
                                        + "".join(f"K-{n};Naam{n};Achternaam{n}\r\n" for n in range(9)),
                                        encoding="utf-8")
    assert RegistrationImport(db, clock, coordinator).import_folder(folder).errors == ()
    with db.read() as s:
        ids = sorted(s.scalars(select(Client.id)))
    assert len({i.hex[:17] for i in ids}) < len(ids)      # made in one millisecond: what the marker met
    for client_id in ids:
        Erasures(db, clock, coordinator).erase(client_id)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Client).where(Client.dossier_no.like("X-%"))) == 9


def test_the_planner_statistics_keep_no_value_the_person_had_before(db, clock, person) -> None:
    office, client, _request, _letter = person
    before = "vroeger.adres@example.be"
    Clients(db, clock, office.counsellor).update(client.id, ClientInput(CANARY, f"{CANARY}son", email=before))
    with db.write() as s:
        s.execute(text("ANALYZE"))                      # as the start of day's optimize does
        assert s.scalar(text("SELECT count(*) FROM sqlite_stat4 WHERE instr(sample, :v) > 0"),
                        {"v": before.encode()}) > 0
    Clients(db, clock, office.counsellor).update(client.id, ClientInput(CANARY, f"{CANARY}son",
                                                                        email="nu.adres@example.be"))
    Erasures(db, clock, office.coordinator).erase(client.id)
    with db.read() as s:
        assert s.scalar(text("SELECT count(*) FROM sqlite_stat4 WHERE instr(sample, :v) > 0"),
                        {"v": before.encode()}) == 0


WORD = "Vrijtekstq"


@pytest.fixture
def encrypted(tmp_path, clock):
    """A real office file (SQLCipher), its office set up."""
    db = Location.of(tmp_path / "office" / "leerwinkel.db").create({"coordinator": CLI_PASSPHRASE})
    office = build_office(db, clock, create_office(db, clock, "Leerwinkel Test", "LWT", "coordinator", "Coördinator"))
    yield db, office
    db.dispose()


def free_texts_of(db, request_id) -> dict[str, list]:
    """What the request's linked records hold in their free-text columns."""
    with db.read() as s:
        return {
            "options": sorted((o.course_id is None, o.free_text, o.note) for o in s.scalars(
                select(OptionConsidered).where(OptionConsidered.request_id == request_id))),
            "referrals": [(r.reason, r.loop_note) for r in s.scalars(
                select(ReferralOut).where(ReferralOut.request_id == request_id))],
            "handovers": list(s.scalars(select(Handover.note).where(Handover.request_id == request_id))),
            "reasons": [r for r in s.scalars(select(RequestChange.reason).where(
                RequestChange.request_id == request_id)) if r is not None],
            "contacts": [t for c in s.scalars(select(Contact).where(Contact.request_id == request_id))
                         for t in (c.summary, c.notes) if t is not None],
        }


def test_a_person_with_every_kind_of_free_text_is_erased_from_an_encrypted_file(encrypted, clock) -> None:
    """An option typed as free text (no course) must hold a text (CHECK course_or_text): the erasure set it to
    NULL and failed with an IntegrityError for anyone with such an option (29 in the demo). A tier move's or a
    reassignment's reason was left as typed. Now every free text goes, the options stay (counted, the choice
    kept), the typed one as an empty text."""
    db, office = encrypted
    person = person_with_every_free_text(db, clock, office, WORD)
    assert erased_bytes_left(db, [WORD]) == [WORD]              # the scan below would see it
    Erasures(db, clock, office.coordinator).erase(person.client_id)
    assert free_texts_of(db, person.request_id) == {
        "options": [(False, None, None), (True, "", None)], "referrals": [("", None)], "handovers": [None],
        "reasons": [], "contacts": []}
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(OptionConsidered).where(
            OptionConsidered.chosen_on.is_not(None))) == 1       # the choice made is still known
    assert erased_bytes_left(db, [WORD, WORD.lower()]) == []
    assert maintenance.check(db).ok


def test_an_option_typed_as_free_text_reads_as_erased_words_once_the_retention_period_took_them(
        encrypted, clock) -> None:
    """The retention period anonymises an old request of a client who stays: its typed option keeps "" (the
    check wants a text); the access export and the letters say the words were erased, not an empty line."""
    from datetime import timedelta

    from leerwinkel_desk.domain.enums import Outcome
    from leerwinkel_desk.reports.access_report import Words
    from leerwinkel_desk.reports.course_facts import option_label
    from leerwinkel_desk.services.dossier import Dossiers
    from leerwinkel_desk.services.letter_content import OptionFacts
    from leerwinkel_desk.services.options import Options
    from leerwinkel_desk.services.requests import Requests
    from leerwinkel_desk.services.retention import Retention

    db, office = encrypted
    person = person_with_every_free_text(db, clock, office, WORD)
    Requests(db, clock, office.colleague).close(person.request_id, Outcome.ENROLLED)
    clock.at += timedelta(days=365 * 5 + 30)
    Dispatch(db, clock, office.counsellor).answer_now(              # the client came back: kept
        FirstContact(Channel.PHONE, "Nieuwe vraag", client_id=person.client_id), "Antwoord")
    assert Retention(db, clock, office.coordinator).apply().clients == ()
    typed = [o for o in Options(db, clock, office.coordinator).for_request(person.request_id) if not o.course_id]
    assert [o.label for o in typed] == [""] and typed[0].chosen_on is not None
    dossier = Dossiers(db, clock, office.coordinator).export(person.client_id)
    option = next(o for r in dossier["requests"] for o in r["options"] if o["course_id"] is None)
    referral = next(x for r in dossier["requests"] for x in r["referrals"])
    words = Words(dossier)
    assert (words.field("free_text"), "(gewist)") in words.shown(option)
    assert (words.field("reason"), "(gewist)") in words.shown(referral)
    assert option_label(OptionFacts("", None, None, None)) == "Eigen optie (tekst gewist na de bewaartermijn)"
    assert free_texts_of(db, person.request_id) == {
        "options": [(False, None, None), (True, "", None)], "referrals": [("", None)], "handovers": [None],
        "reasons": [], "contacts": []}
    assert maintenance.check(db).ok
