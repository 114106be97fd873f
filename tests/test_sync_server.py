"""The sync service on a real PostgreSQL: row-level security as the service role, enrolment, tokens, revocation,
versions. The service runs under uvicorn on 127.0.0.1; laptops are real SQLCipher files."""

from __future__ import annotations

import uuid

import httpx
import psycopg
import pytest
from sqlalchemy import text

from casework_fixtures import build_office
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.erasure import Erasures
from leerwinkel_desk.services.offices import create_office
from leerwinkel_desk.store.engine import open_url
from leerwinkel_desk.store.migrations import SCHEMA_HEAD
from leerwinkel_desk.store.sync_central import office_tables
from leerwinkel_desk.sync.client import SyncRefused
from leerwinkel_desk.sync.server.admin import administrator_code, libpq_url, privileged, rows_as
from leerwinkel_desk.sync.wire import PROTOCOL, PROTOCOL_HEADER, SCHEMA_HEADER, SCHEMA_PREVIOUS
from sync_support import central, client, first_laptop, laptop, outbox_count, service  # noqa: F401

pytestmark = pytest.mark.postgres


def test_every_table_with_an_office_has_forced_row_security_and_a_policy(central) -> None:
    owner = open_url(central.owner_url)
    with owner.engine.connect() as conn:
        tables = office_tables(conn)
        forced = dict(conn.execute(text(
            "SELECT relname, relforcerowsecurity AND relrowsecurity FROM pg_class WHERE relkind = 'r'")).all())
        policies = {row[0] for row in conn.execute(text("SELECT tablename FROM pg_policies WHERE policyname = "
                                                        "'office_scope'"))}
        with_office = {row[0] for row in conn.execute(text(
            "SELECT table_name FROM information_schema.columns WHERE column_name = 'office_id' "
            "AND table_schema = 'public'"))}
    owner.dispose()
    assert with_office and with_office <= set(tables)
    assert {"client", "sync_row", "sync_device", "erasure", "audit_event"} <= with_office
    assert [t for t in tables if not forced.get(t) or t not in policies] == []


def test_the_service_role_owns_nothing_bypasses_nothing_and_the_owner_is_refused(central) -> None:
    assert privileged(central.service_url) is None
    assert privileged(central.owner_url) == "superuser"


def test_enrol_sync_and_scope_across_two_offices(central, service, tmp_path, clock) -> None:
    first = laptop(tmp_path / "a.db")
    coordinator = create_office(first, clock, "Leerwinkel Kortrijk", "LWK", "coordinator", "Coördinator K")
    build_office(first, clock, coordinator)
    other = laptop(tmp_path / "other.db")
    other_coordinator = create_office(other, clock, "Leerwinkel Gent", "LWG", "coord", "Coördinator G")
    for db, actor, code in ((first, coordinator, "LWK"), (other, other_coordinator, "LWG")):
        sync = client(db, service)
        sync.enrol(administrator_code(central.owner_url, code), f"laptop {code}")
        assert outbox_count(db) > 0                     # the office's first laptop seeds its rows
        result = sync.sync(actor)
        assert result.rejected == 0 and outbox_count(db) == 0
        sync.close()
    rows = rows_as(central.service_url, coordinator.office_id, "SELECT office_id FROM client "
                   "UNION ALL SELECT office_id FROM counsellor UNION ALL SELECT id FROM office")
    assert rows and {row["office_id"] for row in rows} == {coordinator.office_id}
    assert rows_as(central.service_url, None, "SELECT id FROM counsellor") == []     # no office set: nothing
    counted = rows_as(central.owner_url, None, "SELECT count(DISTINCT office_id) AS n FROM counsellor")
    assert counted[0]["n"] >= 2                                                        # the owner sees both

    second = laptop(tmp_path / "b.db")                  # a new, empty laptop joins Kortrijk
    sync = client(first, service)
    sync.sign_in(coordinator.counsellor_id)
    code = sync.new_code()
    joining = client(second, service)
    joining.enrol(code, "laptop b")
    joining.sync()
    with second.read() as session:
        offices = session.execute(text("SELECT code FROM office")).scalars().all()
        counsellors = session.execute(text("SELECT count(*) FROM counsellor")).scalar()
        passphrases = session.execute(text("SELECT count(*) FROM counsellor "
                                           "WHERE passphrase_hash IS NOT NULL")).scalar()
    assert offices == ["LWK"] and counsellors == 4 and passphrases == 0
    with pytest.raises(SyncRefused) as used:
        client(laptop(tmp_path / "c.db"), service).enrol(code, "laptop c")
    assert used.value.code == "code_unknown"                                         # one time only

    devices = sync.devices()
    assert len(devices) == 2
    joined = next(d for d in devices if d["name"] == "laptop b")
    sync.revoke(uuid.UUID(joined["id"]), wipe=True)
    path = second.path
    with pytest.raises(SyncRefused) as revoked:
        joining.sync()
    assert revoked.value.code == "revoked" and not path.exists()                     # locked and wiped


def test_versions_on_every_request(central, service, tmp_path) -> None:
    for protocol, schema, status in ((PROTOCOL, SCHEMA_HEAD, 403), (PROTOCOL - 1, SCHEMA_PREVIOUS, 403),
                                     (PROTOCOL - 2, SCHEMA_HEAD, 426), (PROTOCOL, "0003", 426)):
        answer = httpx.post(f"{service.url}/v1/enrol", headers={PROTOCOL_HEADER: str(protocol), SCHEMA_HEADER: schema},
                            json={"code": "XXXX-XXXX-XXXX", "name": "x", "public_key": "00" * 32})
        assert answer.status_code == status, (protocol, schema)
    assert answer.json()["error"] == "update_required"


def test_a_laptop_silent_longer_than_the_offices_maximum_is_revoked_when_it_comes_back(central, service, tmp_path,
                                                                                       clock) -> None:
    a, _ = first_laptop(central, service, tmp_path / "a.db", clock)
    with psycopg.connect(libpq_url(central.owner_url)) as conn:
        conn.execute("UPDATE sync_office SET max_offline_days = 30 WHERE office_id = %s", [a.actor.office_id])
        conn.execute("UPDATE sync_device SET last_seen_at = now() - interval '31 days' WHERE office_id = %s",
                     [a.actor.office_id])
    with pytest.raises(SyncRefused) as refused:
        a.sync.sync(a.actor)
    assert refused.value.code == "revoked" and refused.value.facts.get("offline_too_long")
    revoked = rows_as(central.owner_url, None, f"SELECT revoked_at FROM sync_device WHERE office_id = "
                      f"'{a.actor.office_id}'")
    assert revoked[0]["revoked_at"] is not None


def test_a_laptop_of_another_office_cannot_take_an_erasure_before_the_office(central, service, tmp_path,
                                                                            clock) -> None:
    """Its erasure of a client it cannot see was stored under its own office, and the office's own erasure of
    that client was then silently not registered (ON CONFLICT DO NOTHING)."""
    kortrijk, office = first_laptop(central, service, tmp_path / "k.db", clock)
    gent, _ = first_laptop(central, service, tmp_path / "g.db", clock)
    client_id = Clients(kortrijk.db, clock, office.counsellor).create(ClientInput("Noor", "Janssens")).id
    kortrijk.sync.sync(kortrijk.actor)
    with gent.db.write() as session:                     # a crafted erasure of Kortrijk's client
        session.execute(text("INSERT INTO erasure (id, office_id, client_id, erased_at, erased_by) "
                             "VALUES (:id, :office, :client, :at, NULL)"),
                        {"id": uuid.uuid4().hex, "office": gent.actor.office_id.hex, "client": client_id.hex,
                         "at": "2026-12-07 10:00:00.000000"})
    assert gent.sync.sync(gent.actor).rejected == 1
    Erasures(kortrijk.db, clock, kortrijk.actor).erase(client_id)
    assert kortrijk.sync.sync(kortrijk.actor).rejected == 0
    erasures = rows_as(central.owner_url, None, f"SELECT office_id FROM erasure WHERE client_id = '{client_id}'")
    assert [row["office_id"] for row in erasures] == [kortrijk.actor.office_id]
    names = rows_as(central.owner_url, None, f"SELECT first_name FROM client WHERE id = '{client_id}'")
    assert names == [{"first_name": None}]


def test_two_laptops_of_one_office_sharing_a_backup_folder_each_keep_their_own_copy(central, service, tmp_path,
                                                                                    clock) -> None:
    """The office's share holds the second copy of each laptop's daily backup, each in a folder of its own and
    encrypted with its own laptop's key: the laptop that comes second on a day makes its copy too (it found the
    other's `daily-<day>.db` and made none), and a wipe of one leaves the other's copy."""
    from datetime import date

    from leerwinkel_desk.services.office_settings import OfficeSettings, second_copy
    from leerwinkel_desk.services.wipe import wipe_office_copy
    from leerwinkel_desk.store import backup as store_backup
    from sync_support import joined_laptop, quiet

    share = tmp_path / "share"
    share.mkdir()
    first, _office = first_laptop(central, service, tmp_path / "a.db", clock)
    OfficeSettings(first.db, clock, first.actor).set_backup_folder(share)
    second = joined_laptop(first, service, tmp_path / "b.db")
    quiet([first, second])
    today = date(2026, 12, 7)
    copies = [second_copy(laptop.db, first.actor.office_id, today) for laptop in (first, second)]
    assert all(copies) and copies[0] != copies[1] and copies[0].parent.parent == copies[1].parent.parent
    for made, own, other in ((copies[0], first.db, second.db), (copies[1], second.db, first.db)):
        assert store_backup.read_back(made, own.key) == [] and store_backup.read_back(made, other.key) != []
    assert second_copy(second.db, first.actor.office_id, today) is None             # once a day each
    wipe_office_copy(second.db)
    assert not copies[1].exists() and copies[0].exists()


def test_a_laptop_revoked_with_a_wipe_keeps_nothing_of_the_office(central, service, tmp_path, clock, monkeypatch,
                                                                   capsys) -> None:
    """An's laptop (joined with her passphrase) made its daily backup and a second copy in the office's backup
    folder, filed a letter and wrote her agenda file. Revoked with a wipe, its next contact removes all of it: the
    database, its key file, the backups and their key files (which opened with An's passphrase), the sealed
    letters and the agenda; each file overwritten first (a hard link taken before reads only zeros). What is not
    the app's stays."""
    import os
    from datetime import date

    from leerwinkel_desk import cli
    from leerwinkel_desk.reports.letters import PdfLetters
    from leerwinkel_desk.services.accounts import sign_in
    from leerwinkel_desk.services.agenda_feed import AgendaFeed
    from leerwinkel_desk.services.letters import Letters
    from leerwinkel_desk.services.maintenance import daily_backup
    from leerwinkel_desk.services.office_settings import office_folder, second_copy
    from leerwinkel_desk.store.engine import close_all
    from leerwinkel_desk.store.location import Location
    from leerwinkel_desk.store.models import Office
    from leerwinkel_desk.store.sync_capture import muted
    from leerwinkel_desk.sync.join import join_office

    passphrase = "an leert elke dag iets bij in kortrijk"
    (tmp_path / "a").mkdir()
    first, _office = first_laptop(central, service, tmp_path / "a" / "a.db", clock)
    first.sync.sign_in(first.actor.counsellor_id)
    data, drive = tmp_path / "an", tmp_path / "usb"
    data.mkdir()
    drive.mkdir()
    path = data / "leerwinkel.db"
    join_office(path, service.url, first.sync.new_code("an.peeters"), "an.peeters", passphrase, "laptop-an", clock)
    close_all()
    db = Location.of(path).open(Location.of(path).key_ring().unlock("an.peeters", passphrase))
    an = sign_in(db, clock, "an.peeters", passphrase).actor
    made = Clients(db, clock, an).create(ClientInput("Wies", "Geheimers"))
    Letters(db, clock, an, PdfLetters()).print_summary(made.id)
    AgendaFeed(db, clock, an).write(an.counsellor_id)
    daily_backup(db, date(2026, 12, 7))
    with db.connect_for_write() as conn, conn.begin(), muted(conn):
        conn.execute(text("UPDATE office SET backup_folder = :folder"), {"folder": str(drive)})
    with db.read() as session:
        office_folder(drive, session.get(Office, an.office_id)).mkdir()    # made as the office set the folder
    assert second_copy(db, an.office_id, date(2026, 12, 7)) is not None
    (data / "notities.txt").write_text("van An zelf")
    (drive / "iets anders.txt").write_text("niet van de app")
    witness = tmp_path / "getuige.db"
    os.link(data / "backups" / "daily-2026-12-07.db", witness)
    made_by_app = sorted(p.relative_to(tmp_path).as_posix() for p in (*data.rglob("*"), *drive.rglob("*"))
                         if p.is_file())
    assert {"an/leerwinkel.db.keys.json", "an/backups/daily-2026-12-07.db.keys.json",
            "an/agenda/an.peeters.ics"} <= set(made_by_app) and any("letters/" in p for p in made_by_app)
    assert any(p.startswith("usb/") and p.endswith(".db.keys.json") for p in made_by_app)

    devices = first.sync.devices()
    laptop_an = next(d for d in devices if d["name"] == "laptop-an")
    first.sync.revoke(uuid.UUID(laptop_an["id"]), wipe=True)
    db.dispose()
    monkeypatch.setenv("LEERWINKEL_USER", "an.peeters")
    monkeypatch.setenv("LEERWINKEL_PASSPHRASE", passphrase)
    assert cli.run(cli.build_parser().parse_args(["--db", str(path), "sync"])) == 1
    assert capsys.readouterr().err == ("error: this laptop was revoked by a coordinator, and everything of the office "
                                       "Leerwinkel Desk kept on it (the database, its key file, its backups and the "
                                       "filed letters) was wiped\n")
    left = sorted(p.relative_to(tmp_path).as_posix() for p in (*data.rglob("*"), *drive.rglob("*")) if p.is_file())
    assert left == ["an/notities.txt", "usb/iets anders.txt"]
    assert witness.stat().st_size > 0 and set(witness.read_bytes()) == {0}


def test_a_pushed_name_with_a_bidi_override_or_that_shows_nothing_is_refused(central, service, tmp_path,
                                                                             clock) -> None:
    """The laptops keep a name by the one rule for names (domain.text.kept_name); what a laptop pushes passes
    it again on the server (a laptop of an older version, or rows written around the ORM), as control
    characters: a partner "Partner\u202egnp" showed as "Partnerpng", a client named by zero-width characters
    was a blank line in every list. Both go back to the laptop's inbox; a name with a joiner between letters
    arrives."""
    kortrijk, office = first_laptop(central, service, tmp_path / "k.db", clock)
    with kortrijk.db.write() as session:                 # written around the ORM, as an older laptop kept them
        for name in ("Partner\u202egnp", "\u200b\u200b", "\u0915\u094d\u200d\u0937 Huis"):
            session.execute(text("INSERT INTO partner_organisation (id, office_id, name, org_type, created_at, "
                                 "updated_at) VALUES (:id, :office, :name, 'other', :at, :at)"),
                            {"id": uuid.uuid4().hex, "office": kortrijk.actor.office_id.hex, "name": name,
                             "at": "2026-12-07 10:00:00.000000"})
    assert kortrijk.sync.sync(kortrijk.actor).rejected == 2
    names = {row["name"] for row in rows_as(central.owner_url, None, "SELECT name FROM partner_organisation")}
    assert "\u0915\u094d\u200d\u0937 Huis" in names and not {"Partner\u202egnp", "\u200b\u200b"} & names
