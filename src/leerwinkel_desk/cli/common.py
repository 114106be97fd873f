"""What the commands share: where the database is, the person's credentials, opening it signed in."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from leerwinkel_desk.services import maintenance
from leerwinkel_desk.services.accounts import (
    AccountClosed,
    SignInFailed,
    sign_in,
)
from leerwinkel_desk.services.context import Actor, SystemClock
from leerwinkel_desk.services.social_map import PartnerRow, SocialMap
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.keyring import WrongPassphrase
from leerwinkel_desk.store.location import Location
from leerwinkel_desk.sync.state import office_asker, status


class CommandFailed(Exception):
    """A command could not do its work; the message is printed as is."""


def database_location(args: argparse.Namespace) -> Location:
    return Location.of(args.db)


USER_VARIABLE, PASSPHRASE_VARIABLE = "LEERWINKEL_USER", "LEERWINKEL_PASSPHRASE"


NEW_PASSPHRASE_VARIABLE = "LEERWINKEL_NEW_PASSPHRASE"


def credentials() -> tuple[str, str]:
    """Login and passphrase from LEERWINKEL_USER / LEERWINKEL_PASSPHRASE, or asked at a prompt."""
    login, passphrase = os.environ.get(USER_VARIABLE), os.environ.get(PASSPHRASE_VARIABLE)
    if login and passphrase:
        return login, passphrase
    if not sys.stdin.isatty():
        raise CommandFailed(f"this database is encrypted: set {USER_VARIABLE} and {PASSPHRASE_VARIABLE}")
    return login or input("Gebruiker: "), passphrase or getpass.getpass("Wachtwoordzin: ")


WRONG_CREDENTIALS = "wrong user name or passphrase; nothing was opened or changed"
LAPTOP_REVOKED = ("this laptop was revoked by a coordinator; it is locked: nothing is read or written here any more "
                  "(what it did not send never reaches the office)")
ACCOUNT_CLOSED = ("this account was closed by a coordinator of the office: it cannot sign in now (once a coordinator "
                  "opens it again, the same passphrase signs in here while the sync service can be reached, and the "
                  "changes not yet sent go up)")


def database_key(location: Location, login_passphrase: tuple[str, str] | None = None) -> bytes | None:
    """The SQLCipher key of an encrypted local database, unlocked with the person's passphrase."""
    ring = location.key_ring()
    if ring is None:
        return None
    try:
        return ring.unlock(*(login_passphrase or credentials()))
    except WrongPassphrase as error:
        raise CommandFailed(WRONG_CREDENTIALS) from error


def new_passphrase() -> str:
    """A new passphrase (someone else's, or your own): from LEERWINKEL_NEW_PASSPHRASE or typed twice."""
    passphrase = os.environ.get(NEW_PASSPHRASE_VARIABLE)
    if passphrase:
        return passphrase
    if not sys.stdin.isatty():
        raise CommandFailed(f"set {NEW_PASSPHRASE_VARIABLE}, or run the command at a prompt")
    passphrase = getpass.getpass("Nieuwe wachtwoordzin: ")
    if getpass.getpass("Nog eens: ") != passphrase:
        raise CommandFailed("the two passphrases differ; nothing was changed")
    return passphrase


def open_existing(location: Location) -> Database:
    if not location.found():
        raise CommandFailed(f"no database at {location}")
    return location.open(database_key(location))


def given_passphrase_text(login: str) -> str:
    return (f"a coordinator chose this passphrase: choose your own first with `leerwinkel-desk account passphrase "
            f"{login}` (the new one from {NEW_PASSPHRASE_VARIABLE} or typed twice); nothing else was done")


def signed_in(location: Location, login_passphrase: tuple[str, str] | None = None, *,
              choosing_own_passphrase: bool = False) -> tuple[Database, Actor]:
    """The database opened by the person whose login and passphrase were given, acting as them.

    A person whose passphrase a coordinator chose may do nothing but choose their own
    (`choosing_own_passphrase`, `account passphrase` with their own login), as the desk asks it first."""
    if not location.found():
        raise CommandFailed(f"no database at {location}")
    login_passphrase = login_passphrase or credentials()
    db = location.open(database_key(location, login_passphrase))
    try:
        signed = sign_in(db, SystemClock(), *login_passphrase, ask_office=office_asker(db))
        if status(db).locked:               # as the desk, which locks for good (ui/main_window.py lock_revoked)
            raise CommandFailed(LAPTOP_REVOKED)
        if signed.passphrase_given and not choosing_own_passphrase:
            raise CommandFailed(given_passphrase_text(login_passphrase[0].strip()))
        tidy(db)
        return db, signed.actor
    except BaseException as error:      # closed again: a damaged file's open must not be shared by the next
        db.dispose()
        if isinstance(error, AccountClosed):
            raise CommandFailed(ACCOUNT_CLOSED) from error
        if isinstance(error, SignInFailed):
            raise CommandFailed(WRONG_CREDENTIALS) from error
        raise



def tidy(db: Database) -> None:
    """What killed writes left beside the database removed, as the app does at its start
    (`maintenance.tidy_leftovers`): a command run after a crash finds the room they took. A file that cannot
    be removed stays for the next start; the command goes on."""
    try:
        maintenance.tidy_leftovers(db, SystemClock().now())
    except OSError:
        pass


def partner_named(social_map: SocialMap, name: str) -> PartnerRow:
    """The one partner whose name holds the words typed (case and accents ignored)."""
    found = social_map.partners(name)
    exact = [p for p in found if p.name.casefold() == name.strip().casefold()]
    if len(exact) == 1 or len(found) == 1:
        return (exact or found)[0]
    if not found:
        raise CommandFailed(f"no partner on the social map is called {name!r}")
    raise CommandFailed(f"{len(found)} partners match {name!r}: " + "; ".join(p.name for p in found))
