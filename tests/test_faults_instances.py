"""Two app instances on one file: the second is told the file is open elsewhere, neither is
disturbed, and a WAL that is live in the other instance is never treated as a stray one (issue 12)."""

from __future__ import annotations

from pathlib import Path

from faults_support import PASSPHRASE, child, make_office
from leerwinkel_desk.services.accounts import sign_in
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.keyring import KeyRing

HOLD_OPEN = """
import sys
from pathlib import Path
from leerwinkel_desk.services.accounts import sign_in
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.keyring import KeyRing
path = Path({path!r})
db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", {passphrase!r}))
actor = sign_in(db, SystemClock(), "coordinator", {passphrase!r}).actor
raw = db.engine.raw_connection()
raw.driver_connection.execute("PRAGMA wal_autocheckpoint = 0")   # its frames stay in the WAL
raw.close()
Clients(db, SystemClock(), actor).create(ClientInput("Eerste", "Venster"))
print("open", db.opened_elsewhere, flush=True)
sys.stdin.readline()                          # held open until the second instance is done
Clients(db, SystemClock(), actor).create(ClientInput("Nog", "Eerste"))
"""


def test_the_second_instance_is_told_and_both_keep_working(tmp_path: Path) -> None:
    path = make_office(tmp_path / "leerwinkel.db")
    first = child(HOLD_OPEN.format(path=str(path), passphrase=PASSPHRASE))
    assert first.stdout.readline().split() == ["open", "False"]
    second = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    assert second.opened_elsewhere
    actor = sign_in(second, SystemClock(), "coordinator", PASSPHRASE).actor
    clients = Clients(second, SystemClock(), actor)
    assert [c.last_name for c in clients.search("Venster")] == ["Venster"]   # the live WAL is read, not set aside
    clients.create(ClientInput("Tweede", "Venster"))
    _out, err = first.communicate(input="\n", timeout=60)
    assert first.returncode == 0, err
    second.dispose()
    assert not list(tmp_path.glob("*set-aside*"))
    third = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    assert not third.opened_elsewhere
    third.dispose()
