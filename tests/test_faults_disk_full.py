"""A full disk during each write path of the command line: one clear line, nothing half-written,
the file sound, and the same command succeeds once space is back (issue 12, the suite)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from faults_support import PASSPHRASE, fill_disk, make_office, run_cli, small_disk
from leerwinkel_desk.domain.enums import Channel
from leerwinkel_desk.reports.letters import PdfLetters
from leerwinkel_desk.services import maintenance
from leerwinkel_desk.services.accounts import sign_in
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.letters import Letters
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.store.durable import disk_full
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.keyring import KeyRing

COMMANDS = {
    "log-contact": lambda numbers: ("log-contact", numbers[1], "--channel", "phone", "--summary", "x" * 500),
    "backup": lambda numbers: ("backup", "-o", "{disk}/backups/manual.db"),
    "print": lambda numbers: ("print", "summary", numbers[0], "-o", "{disk}/brief.pdf"),
    "erase": lambda numbers: ("erase", numbers[0]),
    "export": lambda numbers: ("export", "{disk}/export"),
}


def some_work(path: Path) -> tuple[str, str]:
    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    actor = sign_in(db, SystemClock(), "coordinator", PASSPHRASE).actor
    clients = Clients(db, SystemClock(), actor)
    for number in range(200):
        clients.create(ClientInput("Jan", f"Peeters{number}", email=f"jan{number}@example.be"),
                       duplicates_checked=True)
    client = clients.create(ClientInput("Vol", "Schijf"))
    request = Dispatch(db, SystemClock(), actor).answer_now(
        FirstContact(Channel.PHONE, "vraag " * 50, client_id=client.id), "antwoord")
    Letters(db, SystemClock(), actor, PdfLetters.for_database(db)).print_summary(client.id)
    db.dispose()
    return client.dossier_no, request.request_no


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_full_disk_gives_one_line_and_the_retry_succeeds(tmp_path: Path, command: str, monkeypatch,
                                                           capsys) -> None:
    with small_disk(tmp_path / "disk", "12m") as disk:
        path = make_office(disk / "leerwinkel.db")
        args = [arg.format(disk=disk) for arg in COMMANDS[command](some_work(path))]
        for leave in (0, 3_000, 30_000, 300_000):
            filler = fill_disk(disk, leave)
            code, out, err = run_cli(monkeypatch, capsys, path, *args)
            filler.unlink()
            if code == 0:
                break               # there was enough room: it went through whole
            assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
            assert "disk is full" in err, err
            assert not [p for p in disk.rglob("*") if p.name.endswith((".partial", ".part"))]
        db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
        report = maintenance.check(db)
        db.dispose()
        assert report.ok, report.problems
        if code != 0:               # space is back: the same command succeeds
            code, out, err = run_cli(monkeypatch, capsys, path, *args)
            assert code == 0, err


def test_an_access_export_to_a_full_stick_leaves_neither_file(tmp_path: Path, monkeypatch, capsys) -> None:
    """Room for the JSON but not the PDF: "nothing was saved" held the person's whole JSON on the stick."""
    path = make_office(tmp_path / "leerwinkel.db")
    client_no, _request_no = some_work(path)
    with small_disk(tmp_path / "stick", "1m") as stick:
        fill_disk(stick, 20_000)
        code, _out, err = run_cli(monkeypatch, capsys, path, "export-client", client_no, "-o", str(stick / "x.json"),
                                  "--pdf", str(stick / "x.pdf"))
        assert code == 1 and "disk is full" in err and len(err.strip().splitlines()) == 1, err
        assert sorted(p.name for p in stick.iterdir()) == ["filler"]


def micro_contacts(path: Path) -> int:
    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    try:
        with db.read() as session:
            return int(session.execute(text("SELECT count(*) FROM contact WHERE kind = 'micro'")).scalar_one())
    finally:
        db.dispose()


def test_a_disk_full_once_signed_in_refuses_the_micro_contact_whole_and_the_retry_logs_it(
        tmp_path: Path, monkeypatch, capsys) -> None:
    """The `log-contact` case above never gets as far as the write on a full disk (the open's check, or the
    sign-in's audit event, meets it first): here the disk fills once the command signed in and read the request,
    so the micro-contact's own Core statements (services/contacts.py `Contacts._add`) meet it."""
    with small_disk(tmp_path / "disk", "12m") as disk:
        path = make_office(disk / "leerwinkel.db")
        _dossier_no, request_no = some_work(path)
        leave: list[int] = []
        read_request, add = Requests.by_number, Contacts._add
        refused: list[bool] = []

        def then_the_disk_fills(self: Requests, number: str) -> object:
            found = read_request(self, number)
            if leave:
                fill_disk(disk, leave.pop())
            return found

        def adding(self: Contacts, *args: object, **kwargs: object) -> object:
            try:
                return add(self, *args, **kwargs)
            except Exception as error:
                refused.append(disk_full(error))
                raise

        monkeypatch.setattr(Requests, "by_number", then_the_disk_fills)
        monkeypatch.setattr(Contacts, "_add", adding)
        args = ("log-contact", request_no, "--channel", "whatsapp", "--summary", "Herinnering " * 40)
        before = micro_contacts(path)
        for room in (0, 3_000, 30_000):
            leave.append(room)
            code, out, err = run_cli(monkeypatch, capsys, path, *args)
            (disk / "filler").unlink(missing_ok=True)
            if code == 0:
                break
            assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
            assert "disk is full" in err and "Herinnering" not in err, err
            assert micro_contacts(path) == before
            db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
            report = maintenance.check(db)
            db.dispose()
            assert report.ok, report.problems
        assert refused and all(refused), "the micro-contact's own write met the full disk"
        if code != 0:
            code, out, err = run_cli(monkeypatch, capsys, path, *args)       # room again: it is logged
            assert code == 0, err
        assert micro_contacts(path) == before + 1
        db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
        report = maintenance.check(db)
        db.dispose()
        assert report.ok, report.problems
