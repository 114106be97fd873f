"""Erasure leaves no copy anywhere SQLite keeps one: planner statistics, free pages, the search
index's shadow tables, the WAL, later backups (issue 12, 4). The file is unencrypted here, so a
byte scan sees every page, used or free."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import text

from casework_fixtures import build_office
from leerwinkel_desk.domain.enums import Channel
from leerwinkel_desk.services import maintenance
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.erasure import Erasures

CANARY = "Zwyrbelkanarie"


def every_byte(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_after_erasure_no_file_holds_the_person(db, clock, coordinator) -> None:
    office = build_office(db, clock, coordinator)
    clients = Clients(db, clock, office.counsellor)
    for number in range(10):        # a few others: the statistics keep a sample of every row
        clients.create(ClientInput(f"Ander{number}", f"Mens{number}", email=f"mens{number}@example.be",
                                   phone=f"04701234{number:02d}"), duplicates_checked=True)
    person = clients.create(ClientInput(f"{CANARY}voor", f"{CANARY}achter", email=f"{CANARY.lower()}@example.be",
                                        phone="0499 88 77 66", street=f"{CANARY}straat 9"),
                            duplicates_checked=True)
    request = Dispatch(db, clock, office.counsellor).answer_now(
        FirstContact(Channel.PHONE, f"{CANARY} vraagt", client_id=person.id), f"{CANARY} antwoord")
    Contacts(db, clock, office.counsellor).log_micro(request.id, Channel.SMS, f"{CANARY} bericht")
    raw = db.engine.raw_connection()        # what the app's start does on a grown file (optimize)
    raw.driver_connection.execute("ANALYZE")
    raw.close()
    with db.read() as session:
        stat4 = session.execute(text("SELECT count(*) FROM sqlite_stat4 WHERE instr(lower(sample), :c)"),
                                {"c": CANARY.lower().encode()}).scalar()
    assert stat4 and CANARY.lower().encode() in Path(db.path).read_bytes() + Path(f"{db.path}-wal").read_bytes()
    reading, erased = threading.Event(), threading.Event()

    def read_meanwhile() -> None:     # another connection with a read open: the WAL must still go
        reader = db.engine.raw_connection()
        reader.driver_connection.execute("BEGIN")
        reader.driver_connection.execute("SELECT count(*) FROM client").fetchall()
        reading.set()
        erased.wait(timeout=0.5)      # ends on its own, as a colleague's list view does
        reader.driver_connection.execute("COMMIT")
        reader.close()

    thread = threading.Thread(target=read_meanwhile)
    thread.start()
    reading.wait()
    Erasures(db, clock, office.coordinator).erase(person.id)
    erased.set()
    thread.join()
    maintenance.backup(db, db.path.parent / "backups" / "after.db")

    for name, content in every_byte(db.path.parent).items():
        lowered = content.lower()
        assert CANARY.lower().encode() not in lowered, name
        assert "kanarie".encode("utf-16-le") not in lowered, name
        assert b"0499887766" not in content and b"+32499887766" not in content, name
    assert maintenance.check(db).ok
