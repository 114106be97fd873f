"""The office's recovery key: when every coordinator's passphrase is lost, the printed key still opens the
database and gives a coordinator a new passphrase (as BitLocker's and KeePassXC's recovery keys do).

Made at the office's set-up (the first-run wizard, `init`) or again later by a coordinator; the key itself
is never stored, only the database key sealed to it (store/keyring.py). A new key replaces the printed one
all or nothing: `propose` stages it beside the old one (both open the database), its sheet is written, and
only then `put_in_use` lets the old one go; a sheet never written (`drop`) leaves the old key working. The
app killed meanwhile leaves the new one staged: the next opening (the sign-in, any command) drops it, and
`dropped_unsheeted` tells the coordinators' screen so until a new key is made. Both putting a key in use and
using it are audited; using it names the coordinator whose passphrase was set.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from leerwinkel_desk.domain.enums import Role
from leerwinkel_desk.domain.errors import DomainError, InvalidValue
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.services.accounts import SignedIn, check_passphrase, give_passphrase
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.services.context import Actor, Clock
from leerwinkel_desk.services.letter_content import OfficeHeading, office_heading
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.keyring import KeyRing, WrongPassphrase, new_recovery_code
from leerwinkel_desk.store.location import Location
from leerwinkel_desk.store.models import Counsellor


class RecoveryFailed(DomainError):
    """The recovery key does not open this database, or the login is not one of its coordinators."""

    code = "recovery.failed"

    def __init__(self) -> None:
        super().__init__("this recovery key does not open the database, or the login is not a coordinator's")


@dataclass(frozen=True)
class RecoverySheet:
    """What the printed sheet shows: never anything that opens the database but the key itself."""

    office: OfficeHeading
    code: str
    made_on: date
    database: str


@dataclass(frozen=True)
class RecoveryPrint:
    """A new recovery key and its sheet (a PDF) to print, as the set-up hands them to the screen."""

    code: str
    pdf: bytes


@dataclass(frozen=True)
class DroppedKey:
    """A new recovery key dropped without its sheet: the day it was made (its sheet's date, if one was printed
    after all) and whether an earlier key is still in use (none where the office never had one)."""

    made_on: date
    earlier_in_use: bool


class RecoveryKeys(UseCase):
    """A coordinator's new recovery key for this database, in use once its sheet is written."""

    def propose(self) -> RecoverySheet:
        """A new recovery key staged beside the current one (which keeps working), with what its sheet shows."""
        ring = self._ring()
        code, today = new_recovery_code(), self._today()
        ring.stage_recovery(self._key(), code, today)
        with self._db.read() as session:
            office = office_heading(session, self._actor.office_id)
        return RecoverySheet(office, code, today, ring.database.name)

    def put_in_use(self, code: str) -> None:
        """Its sheet is written: the proposed key `code` replaces the earlier one (which no longer opens the
        database); audited. InvalidValue ("recovery", "not_staged") when `code` is no longer the key proposed
        (a newer one was proposed since): nothing changes."""
        if not self._ring().settle_recovery(code):
            raise InvalidValue("recovery", "not_staged")
        self._audit_office("recovery.create")

    def drop(self, code: str) -> None:
        """The proposed key `code` goes without a sheet: the earlier one stays the office's recovery key."""
        self._ring().drop_recovery(code)

    def in_use(self) -> bool:
        """Whether a recovery key opens the database (none in an office set up without one, the demo)."""
        return self._ring().has_recovery()

    def dropped_unsheeted(self) -> DroppedKey | None:
        """A new key the app was stopped with before its sheet was saved (dropped at the next opening,
        store/location.py), until a newer one is made; None for a database without a key file."""
        self._require(Permission.MANAGE_OFFICE)
        ring = KeyRing.load(self._db.path) if self._db.path is not None and self._db.key is not None else None
        made_on = ring.recovery_dropped() if ring is not None else None
        return DroppedKey(made_on, ring.has_recovery()) if ring is not None and made_on is not None else None

    def _ring(self) -> KeyRing:
        self._require(Permission.MANAGE_OFFICE)
        if self._db.path is None or self._db.key is None:
            raise InvalidValue("database", "not_encrypted")
        return KeyRing.load(self._db.path)

    def _key(self) -> bytes:
        assert self._db.key is not None, "checked by _ring"
        return self._db.key


def unlock_with_recovery(location: Location, code: str) -> bytes:
    """The database key the recovery key `code` opens (RecoveryFailed otherwise)."""
    ring = location.key_ring()
    if ring is None or not ring.has_recovery():
        raise RecoveryFailed()
    try:
        return ring.unlock_with_recovery(code)
    except WrongPassphrase:
        raise RecoveryFailed() from None


def recover_coordinator(db: Database, clock: Clock, login: str, passphrase: str) -> SignedIn:
    """Once the recovery key opened `db`: the coordinator `login` gets `passphrase` and is signed in.
    Audited as `account.recover` by that coordinator."""
    with db.read() as session:
        person = session.scalar(select(Counsellor).where(
            Counsellor.login == login.strip(), Counsellor.deleted_at.is_(None)))
        if person is None or person.role is not Role.COORDINATOR:
            raise RecoveryFailed()
        actor = Actor(person.office_id, person.id, person.role)
        full_name, person_id, person_login = person.full_name, person.id, person.login
    check_passphrase(passphrase, (person_login, full_name))
    give_passphrase(db, actor, clock.now(), person_id, person_login, passphrase, "account.recover")
    return SignedIn(actor, full_name)
