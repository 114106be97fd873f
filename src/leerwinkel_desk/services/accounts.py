"""Accounts and signing in: passphrases hashed with Argon2id (64 MiB, t=3, p=4, stored in the hash).

A failed sign-in says only that it failed (which of login or passphrase was wrong is not told),
and both outcomes are audited with the account's id, never what was typed. On an encrypted
database each account also has an entry in the key file: opening an account or changing a
passphrase gives them a key pair the database key is sealed to; closing an account removes the
entry and rekeys the database for everyone still open, so a former colleague can no longer open
the current file, even with a copy of their old key entry.

The key file and the database are two files, so their writes are ordered to leave exactly one
passphrase working after a crash or a full disk at any point: a new account's or a closed
account's key entry changes after the commit (the rekey: see `_rekey_without_closed`); a new
passphrase is wrapped beside the old one first, the hash committed next (it decides who signs
in), the old wrapping dropped last or at the next sign-in.

A passphrase a coordinator chose for someone else (a new account, a new passphrase set in Gebruikers or with
`account passphrase`) is marked with who chose it (`passphrase_given_by`): `sign_in` says so (`SignedIn.
passphrase_given`), and the desk and the commands let that person do nothing before they chose their own
(`Accounts.change_own_passphrase`, which everyone can do at any time, giving the current passphrase). So only
the person knows the passphrase the audit trail names them by. The first coordinator, a passphrase set with
the recovery key and one chosen when a laptop joins the office are the person's own. A passphrase, its mark
and its key entry belong to the laptop they were set on (never synchronised: store/sync_capture.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.enums import Phase, Role
from leerwinkel_desk.domain.errors import DomainError, InvalidValue, NotAllowed, NotFound
from leerwinkel_desk.domain.logins import check_login
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.services.context import Actor, Clock
from leerwinkel_desk.services.offices import office_staff
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.keyring import KeyRing, WrongPassphrase, new_database_key, wrap
from leerwinkel_desk.store.models import Counsellor, LearningRequest
from leerwinkel_desk.store.sync_capture import muted

HASHER = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)
MIN_PASSPHRASE = 10
MIN_STRENGTH = 3        # zxcvbn's score 0-4: 3 is "safely unguessable" (about 10^8 guesses and more)
DEMO_PASSPHRASE = "leerwinkel-demo"     # the documented passphrase of the demo coordinator


class SignInFailed(DomainError):
    code = "login.failed"


class AccountClosed(SignInFailed):
    """The right passphrase of an account that may no longer sign in (closed here or by the office): said as
    such only to whoever typed the passphrase, so it tells a stranger nothing."""

    code = "login.closed"

    def __init__(self, person_id: uuid.UUID | None = None) -> None:
        super().__init__()
        self.person_id = person_id


@dataclass(frozen=True)
class AccountRow:
    id: uuid.UUID
    login: str
    full_name: str
    role: Role
    can_log_in: bool        # allowed to, and has a passphrase
    passphrase_given: bool = False      # chosen by a coordinator: they choose their own at their next sign-in


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    full_name: str
    passphrase_given: bool = False      # chosen by a coordinator: the person chooses their own before anything else
    reopened: bool = False      # closed here by the office, opened again there: asked at this sign-in (sync now)


def hash_passphrase(passphrase: str) -> str:
    return HASHER.hash(passphrase)


def sign_in(db: Database, clock: Clock, login: str, passphrase: str,
            ask_office: Callable[[uuid.UUID], bool] | None = None) -> SignedIn:
    """The person behind `login`, if the passphrase is theirs and they may sign in. With a passphrase a
    coordinator chose (`SignedIn.passphrase_given`) the person chooses their own first, and only that is
    audited as their sign-in (`Accounts.change_own_passphrase`); a refused or cancelled choice leaves no `login`.

    The passphrase is checked against the stored hash also when it has just unwrapped the database
    key (a second Argon2id, about 120 ms of the sign-in; issue 17 weighed dropping it). Kept: the
    unwrap proves only that a wrapping in the key file opens with it, while the hash decides who
    may sign in now. A changed passphrase leaves the old wrapping beside the new one until the next
    sign-in settles it, a key file restored with a backup holds the passphrases of then, and an
    account barred from signing in (`can_log_in`) keeps its entry until the rekey: without the
    check, each of these would let the old passphrase or the barred person in.

    The right passphrase of an account barred here (closed by the office: `closed_by_office`, or its closed row
    pulled; a close made on this laptop took the hash, so no passphrase matches) asks `ask_office` (on an enrolled
    laptop: the sync service, with the laptop's own key, sync/client.py `opened_again`) whether the office opened
    it again; when it did, the account opens here too (`reopened_by_office`) and the sign-in goes on
    (`SignedIn.reopened`: the caller syncs, so what waited goes up). Offline, or still closed: AccountClosed.
    """
    try:
        return _sign_in(db, clock, login, passphrase)
    except AccountClosed as closed:
        if ask_office is None or closed.person_id is None or not ask_office(closed.person_id):
            raise
        reopened_by_office(db, closed.person_id)
    return replace(_sign_in(db, clock, login, passphrase), reopened=True)


def _sign_in(db: Database, clock: Clock, login: str, passphrase: str) -> SignedIn:
    now = clock.now()
    with db.write() as session:
        person = _account(session, login)
        ok, signed, closed, person_id = False, None, False, None
        if person is not None:
            person_id = person.id
            matches = _passphrase_of(person, passphrase)
            ok, closed = matches and person.can_log_in, matches and not person.can_log_in
            actor = Actor(person.office_id, person.id, person.role)
            given = ok and person.passphrase_given_by is not None
            if not given:       # with a given one the person is signed in once they chose their own
                audit.record(session, actor, now, "login" if ok else "login.failed", "counsellor", person.id)
            if ok and person.passphrase_hash and HASHER.check_needs_rehash(person.passphrase_hash):
                person.passphrase_hash = hash_passphrase(passphrase)
            signed = SignedIn(actor, person.full_name, given) if ok else None
    if signed is None:                  # raised after the commit, so the failed attempt stays audited
        raise AccountClosed(person_id) if closed else SignInFailed()
    keys = _keys(db)
    if keys is not None:
        if keys.ring.has_pending(login.strip()):
            keys.ring.settle(login.strip(), passphrase)   # a passphrase change cut short: keep what signed in
        keys.ring.upgrade(login.strip(), keys.key, passphrase)
        _rekey_without_closed(db, keys)
    return signed


def _passphrase_of(person: Counsellor, passphrase: str) -> bool:
    """Whether `passphrase` is the one the account's hash was made from (the check of every sign-in)."""
    if not person.passphrase_hash:
        return False
    try:
        return bool(HASHER.verify(person.passphrase_hash, passphrase))
    except (VerificationError, InvalidHashError):
        return False


def _account(session: Session, login: str) -> Counsellor | None:
    return session.scalar(select(Counsellor).where(Counsellor.login == login.strip(), Counsellor.deleted_at.is_(None)))


def signing_in_as(db: Database, login: str) -> Actor | None:
    """Who `login` names while `sign_in` still checks the passphrase (None: no account that may sign
    in), for work read ahead during the check (ui/day_ahead.py); it decides nothing and records nothing."""
    with db.read() as session:
        person = _account(session, login)
        if person is None or not person.can_log_in or not person.passphrase_hash:
            return None
        return Actor(person.office_id, person.id, person.role)


def sign_in_again(db: Database, clock: Clock, login: str, passphrase: str,
                  ask_office: Callable[[uuid.UUID], bool] | None = None) -> SignedIn:
    """The lock screen's sign-in: when another instance gave the database a new key meanwhile (it
    closed an account), the passphrase first takes the new key from the key file. `ask_office`: as `sign_in`."""
    keys = _keys(db) if db.key_changed() else None      # the key file read only when it changed
    if keys is not None:
        try:
            db.use_key(keys.ring.unlock(login.strip(), passphrase))
        except WrongPassphrase:
            raise SignInFailed() from None      # the database cannot record the attempt: not readable
    return sign_in(db, clock, login, passphrase, ask_office)


def _rekey_without_closed(db: Database, keys: _Keys) -> None:
    """When an account closed (or a close was cut short): a new database key, sealed to everyone
    still open, so a copy of a closed colleague's key entry (an old backup's key file) opens
    nothing current. Ordered for a crash at any point: the new key staged beside the old in the
    key file, the database rekeyed in one transaction, then the old key and closed entries
    dropped; `unlock` meanwhile gives whichever key opens the file, and the next sign-in redoes
    a rekey cut short. Postponed while an open colleague's entry is still of the first format
    (it becomes a key pair at their next sign-in): their key cannot be sealed without them."""
    ring = keys.ring
    with db.read() as session:
        closed = set(session.scalars(select(Counsellor.login).where(
            Counsellor.login.in_(list(ring.entries)),
            (Counsellor.can_log_in.is_(False)) | Counsellor.deleted_at.is_not(None))))
    keep = set(ring.entries) - closed
    if closed:
        for login in closed:
            ring.revoke(login)
    if not ring.rekey_due() or set(ring.unsealable()) & keep:
        return
    new_key = new_database_key()
    ring.stage_rekey(keys.key, new_key, keep)
    db.rekey(new_key)
    ring.settle_rekey(keep)


@dataclass(frozen=True)
class _Keys:
    """The key file of an encrypted local database and the database key it holds."""

    ring: KeyRing
    key: bytes


def _keys(db: Database) -> _Keys | None:
    """The key file and key of an encrypted local database; None for PostgreSQL or an unencrypted file."""
    return _Keys(KeyRing.load(db.path), db.key) if db.path is not None and db.key is not None else None


def give_passphrase(db: Database, actor: Actor, now: datetime, counsellor_id: uuid.UUID, login: str,
                    passphrase: str, action: str, given_by: uuid.UUID | None = None) -> None:
    """A checked new `passphrase` for the account (it may sign in from now on), audited as `action` by
    `actor`; on an encrypted database it opens the key from then on (see the module's ordering). `given_by`:
    the coordinator who chose it for someone else (committed with the hash: the person chooses their own at
    the next sign-in); None for the person's own."""
    new_hash = hash_passphrase(passphrase)
    keys = _keys(db)
    if keys is not None:    # 1. the new wrapping beside the old: either passphrase opens the key
        keys.ring.stage(login, wrap(login, keys.key, passphrase))
    with db.write() as session:   # 2. the hash decides which of the two signs in
        person = session.get(Counsellor, counsellor_id)
        if person is None:
            raise NotFound("counsellor", counsellor_id)
        person.passphrase_hash = new_hash
        person.passphrase_given_by = given_by
        person.can_log_in = True
        person.updated_at, person.updated_by = now, actor.counsellor_id
        audit.record(session, actor, now, action, "counsellor", person.id, ("passphrase_hash",))
    if keys is not None:    # 3. only the new wrapping left (else done at the next sign-in)
        try:
            keys.ring.settle(login, passphrase)
        except OSError:
            pass


def check_passphrase(passphrase: str, about: Sequence[str] = ()) -> None:
    """The rule for a passphrase, also for forms before saving: at least MIN_PASSPHRASE characters
    (InvalidValue "too_short") and hard to guess by zxcvbn's estimate, also from `about` (the
    login, the name: InvalidValue "weak"), so `1111111111` or `wachtwoord123` is refused."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidValue("passphrase", "too_short")
    from zxcvbn import zxcvbn  # its dictionaries load in a tenth of a second: only when asked

    if zxcvbn(passphrase[:100], user_inputs=[part for part in about if part])["score"] < MIN_STRENGTH:
        raise InvalidValue("passphrase", "weak")


LOGOUT_ACTION = "logout"
LOGOUT_FROM_LOCK_ACTION = "logout.lock"


class Accounts(UseCase):
    """The people who may sign in: a coordinator opens and closes accounts; everyone sets their own passphrase."""

    def accounts(self) -> list[AccountRow]:
        self._require(Permission.MANAGE_OFFICE)
        with self._db.read() as session:
            return [AccountRow(c.id, c.login, c.full_name, c.role, c.can_log_in and c.passphrase_hash is not None,
                               c.passphrase_given_by is not None)
                    for c in office_staff(session, self._actor.office_id)]

    def signed_out(self, from_lock: bool) -> None:
        """The person acting signed out: by Bestand › Afmelden (`logout`), or a colleague ended their session
        from the lock screen (`logout.lock`, still as theirs: the colleague is not signed in yet)."""
        with self._db.write() as session:
            audit.record(session, self._actor, self._now(), LOGOUT_FROM_LOCK_ACTION if from_lock else LOGOUT_ACTION,
                         "counsellor", self._actor.counsellor_id)

    def account_id(self, login: str) -> uuid.UUID:
        """The account with `login`: your own, or anyone's for a coordinator."""
        with self._db.read() as session:
            found = session.scalar(select(Counsellor.id).where(
                Counsellor.office_id == self._actor.office_id, Counsellor.login == login.strip(),
                Counsellor.deleted_at.is_(None)))
        if found != self._actor.counsellor_id:
            self._require(Permission.MANAGE_OFFICE)
        if found is None:
            raise InvalidValue("login", "unknown")
        return found

    def open_account(self, login: str, full_name: str, role: Role, passphrase: str) -> AccountRow:
        """A new colleague who can sign in (and unlock the database) with `passphrase`."""
        self._require(Permission.MANAGE_OFFICE)
        login, full_name = check_login(login), full_name.strip()
        if not full_name:
            raise InvalidValue("full_name", "required")
        check_passphrase(passphrase, (login, full_name))
        now = self._now()
        with self._db.write() as session:
            if session.scalar(select(Counsellor.id).where(Counsellor.login == login)) is not None:
                raise InvalidValue("login", "taken")
            person = self._new(Counsellor(login=login, full_name=full_name, role=role, can_log_in=True,
                                          passphrase_hash=hash_passphrase(passphrase),
                                          passphrase_given_by=self._actor.counsellor_id), now)
            session.add(person)
            session.flush()
            audit.record(session, self._actor, now, "account.open", "counsellor", person.id,
                         ("login", "full_name", "role", "passphrase_hash"))
            person_id = person.id
        keys = _keys(self._db)
        if keys is not None:    # after the commit: a failed commit leaves no key entry for no one
            keys.ring.grant(login, keys.key, passphrase)
        return AccountRow(person_id, login, full_name, role, True, True)

    def set_passphrase(self, counsellor_id: uuid.UUID, passphrase: str) -> None:
        """Your own passphrase, or anyone's for a coordinator (accounts are theirs to manage); one set for
        someone else is marked as given by you, and they choose their own at their next sign-in."""
        if counsellor_id != self._actor.counsellor_id:
            self._require(Permission.MANAGE_OFFICE)
        now = self._now()
        with self._db.read() as session:
            person = self._load(session, Counsellor, counsellor_id)
            if person.role is Role.COORDINATOR and self._actor.role != Role.COORDINATOR:
                raise NotAllowed("account.coordinator")
            login = person.login
            check_passphrase(passphrase, (login, person.full_name))
        own = counsellor_id == self._actor.counsellor_id
        give_passphrase(self._db, self._actor, now, counsellor_id, login, passphrase, "account.passphrase",
                        given_by=None if own else self._actor.counsellor_id)

    def change_own_passphrase(self, current: str, new: str) -> None:
        """The signed-in person's own new passphrase, any role: `current` is checked as a sign-in checks it
        (a wrong one is audited as a failed sign-in, `login.failed`, and refused as InvalidValue
        "current_passphrase" "wrong"); `new` follows `check_passphrase` and differs from `current` (InvalidValue
        "passphrase" "unchanged": a coordinator who chose it would still know it). Only this person's key entry
        is wrapped anew (the database keeps its key), in the module's crash-safe order; audited as
        `account.passphrase` by the person themself, and no longer marked as given by someone else. Replacing a
        given passphrase completes that sign-in: its `login` is audited now (`sign_in` did not)."""
        me, now = self._actor.counsellor_id, self._now()
        if me is None:
            raise NotAllowed("account.own")         # a system task has no passphrase
        with self._db.read() as session:        # Argon2id outside a write: others' saves never wait for it
            person = self._load(session, Counsellor, me)
            login, full_name, given = person.login, person.full_name, person.passphrase_given_by is not None
            right = _passphrase_of(person, current)
        if not right:
            with self._db.write() as session:
                audit.record(session, self._actor, now, "login.failed", "counsellor", me)
            raise InvalidValue("current_passphrase", "wrong")
        if new == current:
            raise InvalidValue("passphrase", "unchanged")
        check_passphrase(new, (login, full_name))
        give_passphrase(self._db, self._actor, now, me, login, new, "account.passphrase")
        if given:                       # the sign-in with the given passphrase is complete only now
            with self._db.write() as session:
                audit.record(session, self._actor, now, "login", "counsellor", me)

    def open_requests(self, counsellor_id: uuid.UUID) -> int:
        """How many requests not closed this colleague is the counsellor of (a close leaves them theirs until a
        coordinator gives each to someone else: `Requests.reassign`), said before their account is closed."""
        self._require(Permission.MANAGE_OFFICE)
        with self._db.read() as session:
            return int(session.scalar(select(func.count()).select_from(LearningRequest).where(
                LearningRequest.office_id == self._actor.office_id, LearningRequest.owner_id == counsellor_id,
                LearningRequest.deleted_at.is_(None), LearningRequest.phase != Phase.CLOSED)) or 0)

    def close_account(self, counsellor_id: uuid.UUID) -> None:
        """A colleague who leaves: no sign-in any more and no key entry; their history stays theirs."""
        self._require(Permission.MANAGE_OFFICE)
        if counsellor_id == self._actor.counsellor_id:
            raise InvalidValue("account", "own_account")     # the office never locks itself out
        now = self._now()
        with self._db.write() as session:
            person = self._load(session, Counsellor, counsellor_id)
            close_in(session, self._actor, person, now)
            login = person.login
        keys = _keys(self._db)
        if keys is not None:        # after the commit: a failure here leaves no open account without a key
            keys.ring.revoke(login)
            _rekey_without_closed(self._db, keys)


def close_in(session: Session, actor: Actor, person: Counsellor, at: datetime) -> None:
    """The close itself, inside the caller's write transaction (also used by restore): no sign-in,
    no passphrase hash, audited."""
    person.can_log_in = False
    person.passphrase_hash = person.passphrase_given_by = None
    person.updated_at, person.updated_by = at, actor.counsellor_id
    audit.record(session, actor, at, "account.close", "counsellor", person.id, ("can_log_in", "passphrase_hash"))


def closed_by_office(db: Database, counsellor_id: uuid.UUID) -> None:
    """The sync service refused a token for this person: the office closed their account (on another laptop).
    Here too, at once, before a pull brings the office's row: they may no longer sign in (a sign-in with their
    passphrase says the account was closed, `AccountClosed`), and their open session here locks (ui/sync_panel.py).
    Not captured: the office has the close already, and the person may not send anything more.

    Nothing of the others is touched: their data, queued changes and drafts stay. When a colleague still holds
    an entry in the key file, the closed person's entry goes and the database gets a new key, as a close here
    does; when they hold the only one, it stays (removing it leaves a file nobody opens: their changes not yet
    sent, refused from them now, are lost for good even if the account is opened again). A coordinator who
    wants that laptop emptied revokes it with a wipe (sync/client.py).

    What the closed person made here stays queued and goes up only once the office opens the account again
    (`sign_in` then asks the service and `reopened_by_office` lets them in): the laptop is in the hands of the
    person the office shut out, who holds its key and could make "earlier" work at will, and device clocks prove
    nothing, so what it sends as them after the close is trusted only when a coordinator decided so again."""
    with db.connect_for_write() as conn, conn.begin(), muted(conn):
        conn.execute(update(Counsellor).where(Counsellor.id == counsellor_id).values(can_log_in=False))
    keys = _keys(db)
    if keys is not None:
        with db.read() as session:
            login = session.scalar(select(Counsellor.login).where(Counsellor.id == counsellor_id))
        if login in keys.ring.entries and set(keys.ring.entries) - {login}:
            _rekey_without_closed(db, keys)


def reopened_by_office(db: Database, counsellor_id: uuid.UUID) -> None:
    """The sync service gave this person a token again (sync/client.py `opened_again`): the office opened the
    account that `closed_by_office` (or the office's pulled row) barred here, so they may sign in here again with
    the passphrase they have on this laptop (a passphrase never leaves the laptop it was set on). Not captured:
    the office's row says so already, and the next pull brings it whole; their queued changes then go up."""
    with db.connect_for_write() as conn, conn.begin(), muted(conn):
        conn.execute(update(Counsellor).where(Counsellor.id == counsellor_id, Counsellor.deleted_at.is_(None),
                                              Counsellor.passphrase_hash.is_not(None)).values(can_log_in=True))


def settle_closes(db: Database) -> None:
    """The key file made to match the accounts (after a restore): closed accounts' entries gone and
    the database rekeyed if one was due, as at sign-in."""
    keys = _keys(db)
    if keys is not None:
        _rekey_without_closed(db, keys)
