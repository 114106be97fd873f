"""kill -9 at seeded random moments in a child process using the real services (issue 12, the suite).

Each child repeats one write and prints what it wrote only after the commit; the parent kills it
at a random moment, then opens the file as the app does and checks: integrity, foreign keys and
the audit chain hold (`maintenance.check`), and everything printed is there. RELIABILITY_ITER
raises the number of rounds.
"""

from __future__ import annotations

import random
import signal
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from faults_support import PASSPHRASE, child, iterations, make_office, passphrase_works
from leerwinkel_desk.domain.enums import Role
from leerwinkel_desk.services import maintenance
from leerwinkel_desk.services.accounts import Accounts, sign_in
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.keyring import KeyRing
from leerwinkel_desk.store.models import Client, Contact, Counsellor

PREAMBLE = """
import sys, uuid
from pathlib import Path
from leerwinkel_desk.services.accounts import Accounts, sign_in
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.erasure import Erasures
from leerwinkel_desk.services import maintenance
from leerwinkel_desk.domain.enums import Channel, Role
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.keyring import KeyRing
path = Path({path!r})
db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", {passphrase!r}))
clock = SystemClock()
actor = sign_in(db, clock, "coordinator", {passphrase!r}).actor
def say(*words):
    print(*words, flush=True)
"""

SCENARIOS = {
    "micro-contacts": """
client = Clients(db, clock, actor).create(ClientInput("Kort", "Contact"), duplicates_checked=True)
request = Dispatch(db, clock, actor).answer_now(FirstContact(Channel.PHONE, "vraag", client_id=client.id), "ok")
say("ready")
while True:
    say(Contacts(db, clock, actor).log_micro(request.id, Channel.SMS, "herinnering").id)
""",
    "erasure": """
clients = Clients(db, clock, actor)
ids = [clients.create(ClientInput("Te", f"Wissen{n}"), duplicates_checked=True).id for n in range(60)]
say("ready")
for client_id in ids:
    Erasures(db, clock, actor).erase(client_id)
    say(client_id)
""",
    "account-close": """
accounts = Accounts(db, clock, actor)
say("ready")
for n in range(100):
    row = accounts.open_account(f"collega{n}", f"Collega {n}", Role.COUNSELLOR, "een heel andere zin 42")
    accounts.close_account(row.id)
    say(row.id)
""",
    "import": """
from leerwinkel_desk.services.registration.format import FileKind
from leerwinkel_desk.services.registration.importer import RegistrationImport
csv = path.parent / "clients.csv"
csv.write_text("client_ref,first_name,last_name\\n" + "".join(f"k{n},Jan{n},Peeters{n}\\n" for n in range(3000)))
say("ready")
report = RegistrationImport(db, clock, actor).import_file(FileKind.CLIENTS, csv)
say("imported" if report.ok else "refused")
""",
    "backup-restore": """
backups = maintenance.Backups(db, clock, actor)
first = backups.make(path.parent / "backups" / "first.db")
say("ready")
for n in range(100):
    backups.make(path.parent / "backups" / f"made-{n}.db")
    backups.restore(first)
    say(n)
""",
}


STAYS = "blijft gewoon aan de slag 5"


def _stays_and_pads(path: Path) -> None:
    """A colleague who stays (her key is sealed anew at each close) and 30 MB of free pages, so a
    rekey (every page rewritten: about half a second) is long enough to be killed in."""
    db, actor = opened(path)
    Accounts(db, SystemClock(), actor).open_account("blijver", "Blijver", Role.COUNSELLOR, STAYS)
    raw = db.engine.raw_connection()
    raw.driver_connection.execute("PRAGMA secure_delete = OFF")
    raw.driver_connection.execute("CREATE TABLE padding AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                  "SELECT i + 1 FROM n WHERE i < 30000) SELECT randomblob(1000) AS b FROM n")
    raw.driver_connection.execute("DROP TABLE padding")
    raw.close()
    db.dispose()


def opened(path: Path):
    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    return db, sign_in(db, SystemClock(), "coordinator", PASSPHRASE).actor


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_kill_9_at_random_moments_leaves_a_sound_file_with_every_committed_write(
        tmp_path: Path, scenario: str) -> None:
    rng = random.Random(f"kill-{scenario}")
    path = make_office(tmp_path / "leerwinkel.db")
    if scenario == "account-close":
        _stays_and_pads(path)
    for _round in range(iterations(1)):
        process = child(PREAMBLE.format(path=str(path), passphrase=PASSPHRASE) + SCENARIOS[scenario])
        ready = process.stdout.readline()
        assert ready.strip() == "ready", process.stderr.read()
        time.sleep(rng.uniform(0.05, 2.0))
        process.send_signal(signal.SIGKILL)
        printed = process.stdout.read().split()
        process.wait()

        db, _actor = opened(path)
        report = maintenance.check(db)
        assert report.ok, report.problems
        with db.read() as session:
            if scenario == "micro-contacts":
                stored = {str(i) for i in session.scalars(select(Contact.id))}
                assert set(printed) <= stored
            elif scenario == "erasure":
                for client_id in printed:
                    client = session.scalars(
                        select(Client).where(Client.id == __import__("uuid").UUID(client_id))).one()
                    assert client.last_name is None and client.deleted_at is not None
            elif scenario == "import":          # all or nothing
                imported = session.scalar(select(func.count()).select_from(Client).where(
                    Client.import_ref.is_not(None)))
                assert imported == (3000 if printed == ["imported"] else imported) and imported in (0, 3000)
            elif scenario == "account-close":
                closed = session.scalar(select(func.count()).select_from(Counsellor).where(
                    Counsellor.login.like("collega%"), Counsellor.can_log_in.is_(False)))
                assert closed >= len(printed)
                keys = KeyRing.load(path).entries
                assert not any(login.startswith("collega") and login in keys for login in
                               session.scalars(select(Counsellor.login).where(Counsellor.can_log_in.is_(False))))
                assert not KeyRing.load(path).rekey_due()     # the coordinator's sign-in finished it
                assert passphrase_works(path, "blijver", STAYS)   # never locked out by a rekey cut short
        for backup in (tmp_path / "backups").glob("*.db"):
            problems = maintenance.check(open_sqlite(backup, db.key)).problems
            assert not [p for p in problems if not p.startswith("schema")], (backup.name, problems)
        db.dispose()


def test_kill_9_during_the_upgrade_of_a_filled_database_leaves_the_old_or_the_new_schema(tmp_path: Path) -> None:
    from datetime import date

    from alembic import command

    from leerwinkel_desk.demo import generate_demo
    from leerwinkel_desk.store.backup import integrity_problems, open_raw
    from leerwinkel_desk.store.migrations import alembic_config, current_revision, head_revision, upgrade

    path = tmp_path / "leerwinkel.db"
    db = open_sqlite(path)
    upgrade(db, None)
    generate_demo(db, clients=1500, seed=4, until=date(2026, 11, 1))
    config = alembic_config(db)
    raw = db.engine.raw_connection()
    raw.driver_connection.execute("PRAGMA foreign_keys = OFF")    # the downgrade recreates the office table
    raw.close()
    with db.connect_for_write() as conn:
        with conn.begin():
            config.attributes["connection"] = conn
            command.downgrade(config, "0001")       # a laptop still on the first release
    db.dispose()
    rng = random.Random("kill-upgrade")
    for _round in range(iterations(1)):
        process = child(f"""
from pathlib import Path
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.migrations import upgrade
db = open_sqlite(Path({str(path)!r}))
print("ready", flush=True)
upgrade(db, Path({str(tmp_path / "backups")!r}))
print("upgraded", flush=True)
""")
        assert process.stdout.readline().strip() == "ready", process.stderr.read()
        time.sleep(rng.uniform(0.0, 1.5))
        process.send_signal(signal.SIGKILL)
        printed = process.stdout.read().split()
        process.wait()
        db = open_sqlite(path)
        assert current_revision(db) in ({"0001", head_revision()} if not printed else {head_revision()})
        raw = open_raw(path, None)
        assert integrity_problems(raw) == []
        raw.close()
        db.dispose()
    db = open_sqlite(path)
    upgrade(db, tmp_path / "backups")                  # the next start finishes it
    assert maintenance.check(db).ok
    db.dispose()
