"""A new laptop joins an existing office: an empty encrypted file, enrolled with a coordinator's code, the
office's first sync, and a passphrase for the one colleague the code was made for.

The coordinator makes the code for a login (`device enrol --for LOGIN`, the devices dialog); the service
keeps the code bound to that login and finds it only together with it, while the account may still sign
in (sync/server/devices.py). So a code lets exactly one person set a passphrase on exactly one new laptop:
passphrase hashes never leave the laptop they were set on, and this is how the joining person gets theirs.
The key file is made as `init` makes the first coordinator's (store/location.py `build`): the file is
built under `<path>.partial` and moved into place only when all went well, so the app never opens a half
joined office as if it were the office.

A join stopped half-way (the process killed, the power or the network gone, the disk full) is taken up again
by the same join: the same code, login and server, and the same passphrase to open the half-made file. The
laptop named its device and kept its key there before it asked the service (sync/client.py `enrol`), so the
service answers the same enrolment again instead of "code used", and the office's first pull goes on from the
page it reached. A failure before the service could know of the join (a refused code, a server not reached),
or a refusal later on, leaves nothing; a retry with another passphrase finds the half-made file closed to it and
starts again, and the service lets the same code take the unfinished device's place. The service is told the
join is finished as its last step, once everything is in the file (else at the laptop's next sync), so a
coordinator sees a laptop that never got there as "never finished" and can remove it (ui/sync_panel.py).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from leerwinkel_desk.services.accounts import check_passphrase, give_passphrase
from leerwinkel_desk.services.context import Actor, Clock
from leerwinkel_desk.store.durable import disk_full
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.location import Location
from leerwinkel_desk.store.models import Counsellor
from leerwinkel_desk.sync import state
from leerwinkel_desk.sync.client import ENROLLING, SyncClient, SyncRefused, Unreachable
from leerwinkel_desk.sync.wire import enrolment_code_hash

log = logging.getLogger(__name__)
JOINING = "joining"         # in the half-made file: the server, login and code of the join it is


class JoinStopped(Exception):
    """The join stopped after the service had (or may have had) the code: the half-made file is kept beside the
    real one, and the same join (the same code, login and passphrase) goes on where it stopped. `reason`:
    "unreachable", "unavailable", "disk_full", or the kind of error."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def join_office(path: Path, server_url: str, code: str, login: str, passphrase: str, device_name: str,
                clock: Clock) -> int:
    """Make the laptop's file at `path` for `login` and fill it with the office; returns the rows received.

    Raises DatabaseExists (something is at `path`), InvalidValue (a weak passphrase), Unreachable (nothing was
    sent), SyncRefused (code_unknown: unknown, used, expired, made for another login, or its unfinished device
    removed; login_unknown; ...: nothing is kept) or JoinStopped (run the same join again to go on). A disk full
    before the service was asked (the new file not made) is the storage's own error: the code can still be used.
    """
    login = login.strip()
    check_passphrase(passphrase, (login,))
    this_join = json.dumps({"server_url": server_url, "login": login, "code": enrolment_code_hash(code, login)})
    with Location.of(path).build({login: passphrase}, resume=lambda db: state.get(db, JOINING) == this_join,
                                 keep=JoinStopped) as db:
        if state.get(db, JOINING) is None:
            with db.write() as session:
                state.put(session, **{JOINING: this_join})
        try:
            received = _enrol_and_fill(db, server_url, code, login, passphrase, device_name, clock)
        except Exception as error:
            if isinstance(error, SyncRefused) or not _known_to_service(db):
                raise
            raise JoinStopped(_why(error)) from error
    return received


def _enrol_and_fill(db: Database, server_url: str, code: str, login: str, passphrase: str, device_name: str,
                    clock: Clock) -> int:
    sync = SyncClient(db, server_url)
    try:
        if state.get(db, "device_id") is None:        # not enrolled yet, or the answer never kept: (again) asked
            sync.enrol(code, device_name, login)
        received = sync.sync(confirm_join=False).pulled
        with db.read() as session:
            person = session.scalar(select(Counsellor).where(
                Counsellor.login == login, Counsellor.deleted_at.is_(None), Counsellor.can_log_in))
            if person is None:
                raise SyncRefused("login_unknown")
            actor = Actor(person.office_id, person.id, person.role)
        give_passphrase(db, actor, clock.now(), person.id, login, passphrase, "account.join")
        _finished(sync)
    finally:
        sync.close()
    return received


def _finished(sync: SyncClient) -> None:
    """All here: the service is told the join is finished, the last step before the file goes in its place. Not
    reached or refused: said at the laptop's next sync (sync/client.py `confirm_join`); it works meanwhile."""
    try:
        sync.confirm_join()
    except (SyncRefused, Unreachable) as error:
        log.warning("the service was not told the join finished (%s); the next sync tells it",
                    getattr(error, "code", type(error).__name__))


def _known_to_service(db: Database) -> bool:
    """Whether the service may hold this join: the enrolment was sent (its answer lost) or answered."""
    try:
        return state.get(db, "device_id") is not None or state.get(db, ENROLLING) is not None
    except DBAPIError:          # the file cannot even be read: nothing to go on with
        return False


def _why(error: Exception) -> str:
    if disk_full(error):
        return "disk_full"
    if isinstance(error, Unreachable):
        return "unavailable" if type(error).__name__ == "Unavailable" else "unreachable"
    return type(error).__name__
