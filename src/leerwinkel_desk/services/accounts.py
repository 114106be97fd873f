"""Signing in: passphrases hashed with Argon2id (64 MiB, t=3, p=4, parameters stored in the hash).

A failed sign-in says only that it failed (which of login or passphrase was wrong is not told),
and both outcomes are audited with the account's id, never what was typed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from leerwinkel_desk.domain.enums import Role
from leerwinkel_desk.domain.errors import DomainError, InvalidValue, NotAllowed
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.services.context import Actor, Clock
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.models import Counsellor

HASHER = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)
MIN_PASSPHRASE = 10
DEMO_PASSPHRASE = "leerwinkel-demo"     # the documented passphrase of the demo coordinator


class SignInFailed(DomainError):
    code = "login.failed"


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    full_name: str


def hash_passphrase(passphrase: str) -> str:
    return HASHER.hash(passphrase)


def sign_in(db: Database, clock: Clock, login: str, passphrase: str) -> SignedIn:
    """The person behind `login`, if the passphrase is theirs and they may sign in."""
    now = clock.now()
    with db.write() as session:
        person = session.scalar(select(Counsellor).where(
            Counsellor.login == login.strip(), Counsellor.deleted_at.is_(None)))
        ok, signed = False, None
        if person is not None and person.can_log_in and person.passphrase_hash:
            try:
                ok = HASHER.verify(person.passphrase_hash, passphrase)
            except (VerificationError, InvalidHashError):
                ok, signed = False, None
        if person is not None:
            actor = Actor(person.office_id, person.id, person.role)
            audit.record(session, actor, now, "login" if ok else "login.failed", "counsellor", person.id)
            if ok and HASHER.check_needs_rehash(person.passphrase_hash):
                person.passphrase_hash = hash_passphrase(passphrase)
            signed = SignedIn(actor, person.full_name) if ok else None
    if signed is None:                  # raised after the commit, so the failed attempt stays audited
        raise SignInFailed()
    return signed


class Accounts(UseCase):
    def set_passphrase(self, counsellor_id: uuid.UUID, passphrase: str) -> None:
        """Your own passphrase, or anyone's for a coordinator (accounts are theirs to manage)."""
        if counsellor_id != self._actor.counsellor_id:
            self._require(Permission.MANAGE_OFFICE)
        if len(passphrase) < MIN_PASSPHRASE:
            raise InvalidValue("passphrase", "too_short")
        now = self._now()
        with self._db.write() as session:
            person = self._load(session, Counsellor, counsellor_id)
            if person.role is Role.COORDINATOR and self._actor.role != Role.COORDINATOR:
                raise NotAllowed("account.coordinator")
            person.passphrase_hash = hash_passphrase(passphrase)
            person.can_log_in = True
            self._touch(person, now)
            audit.record(session, self._actor, now, "account.passphrase", "counsellor", person.id,
                         ("passphrase_hash",))
