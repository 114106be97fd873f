"""Setting up an office's own database: `init` on the command line, the first-run wizard, the self-test."""

from __future__ import annotations

from leerwinkel_desk.domain.logins import check_login
from leerwinkel_desk.services.accounts import Accounts
from leerwinkel_desk.services.context import Clock
from leerwinkel_desk.services.offices import create_office, default_actor, find_office
from leerwinkel_desk.services.recovery import RecoveryKeys, RecoverySheet
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.location import Location


def create_office_database(location: Location, clock: Clock, *, office: str, code: str, login: str,
                           full_name: str, passphrase: str) -> Database:
    """A new encrypted database with its office and first coordinator, opened with its key.

    All or nothing: if any step fails, the files made so far are removed again (Location.build);
    DatabaseExists when a file is already there; InvalidValue before anything is made when the login is
    no plain word (domain/logins.py).
    """
    login = check_login(login)
    with location.build({login: passphrase}) as db:
        actor = create_office(db, clock, office, code, login, full_name)
        assert actor.counsellor_id is not None, "create_office acts as the coordinator it made"
        Accounts(db, clock, actor).set_passphrase(actor.counsellor_id, passphrase)
    return location.open(db.key)


def first_recovery_key(db: Database, clock: Clock) -> RecoverySheet:
    """The recovery key offered at set-up, made as the office's first coordinator (audited as theirs)."""
    office_id = find_office(db)
    if office_id is None:
        raise ValueError("no office in this database yet")
    keys = RecoveryKeys(db, clock, default_actor(db, office_id))
    sheet = keys.propose()
    keys.put_in_use(sheet.code)         # no earlier key to keep: in use before its sheet is offered
    return sheet
