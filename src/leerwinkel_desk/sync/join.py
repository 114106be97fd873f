"""A new laptop joins an existing office: an empty encrypted file, enrolled with a coordinator's code, the
office's first sync, and a passphrase for the one colleague the code was made for.

The coordinator makes the code for a login (`device enrol --for LOGIN`, the devices dialog); the service
keeps the code bound to that login and finds it only together with it, while the account may still sign
in (sync/server/devices.py). So a code lets exactly one person set a passphrase on exactly one new laptop:
passphrase hashes never leave the laptop they were set on, and this is how the joining person gets theirs.
The key file is made as `init` makes the first coordinator's (store/location.py `build`): the file is
built under `<path>.partial` and moved into place only when all went well, so a failure (wrong code,
service unreachable, ...) leaves nothing behind.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from leerwinkel_desk.services.accounts import check_passphrase, give_passphrase
from leerwinkel_desk.services.context import Actor, Clock
from leerwinkel_desk.store.durable import disk_full
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.location import Location
from leerwinkel_desk.store.models import Counsellor
from leerwinkel_desk.sync.client import SyncClient, SyncRefused


def join_office(path: Path, server_url: str, code: str, login: str, passphrase: str, device_name: str,
                clock: Clock) -> int:
    """Make the laptop's file at `path` for `login` and fill it with the office; returns the rows received.

    Raises DatabaseExists (something is at `path`), InvalidValue (a weak passphrase), Unreachable, or
    SyncRefused (code_unknown: unknown, used, expired or made for another login; login_unknown; disk_full: the
    disk filled once the service had taken the code, so nothing was kept and the code is used up). A disk
    full before that (the new file not made) is the storage's own error: the code can still be used.
    """
    login = login.strip()
    check_passphrase(passphrase, (login,))
    with Location.of(path).build({login: passphrase}) as db:
        try:
            return _enrol_and_fill(db, server_url, code, login, passphrase, device_name, clock)
        except Exception as error:
            if disk_full(error):        # the enrolment's write is the first: the service had the code by then
                raise SyncRefused("disk_full") from None
            raise


def _enrol_and_fill(db: Database, server_url: str, code: str, login: str, passphrase: str, device_name: str,
                    clock: Clock) -> int:
    sync = SyncClient(db, server_url)
    try:
        sync.enrol(code, device_name, login)
        received = sync.sync().pulled
    finally:
        sync.close()
    with db.read() as session:
        person = session.scalar(select(Counsellor).where(
            Counsellor.login == login, Counsellor.deleted_at.is_(None), Counsellor.can_log_in))
        if person is None:
            raise SyncRefused("login_unknown")
        actor = Actor(person.office_id, person.id, person.role)
    give_passphrase(db, actor, clock.now(), person.id, login, passphrase, "account.join")
    return received
