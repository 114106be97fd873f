"""Wires the layers: parse the command line, open and upgrade the database, then the CLI or the window."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from leerwinkel_desk import cli
from leerwinkel_desk.services.accounts import DEMO_PASSPHRASE, SignedIn, SignInFailed, sign_in
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.keyring import KeyRing, WrongPassphrase
from leerwinkel_desk.store.location import NetworkShareRefused, refuse_network_share
from leerwinkel_desk.store.migrations import SchemaTooNew

if TYPE_CHECKING:
    from leerwinkel_desk.ui.dialogs.first_run import NewOffice

FIRST_START_DEMO_CLIENTS = 300


def main(argv: list[str] | None = None) -> int:
    args = cli.build_parser().parse_args(argv)
    if args.command:
        return cli.run(args)
    return run_desktop(cli.database_location(args))


def run_desktop(location: str) -> int:
    """Sign in and open the main window; on first start, an encrypted database with demo data."""
    from leerwinkel_desk.ui.main_window import run_main_window, show_startup_error

    path = Path(location).expanduser()
    local = "://" not in location
    try:
        if local:
            refuse_network_share(path.resolve().parent)
    except NetworkShareRefused as error:
        return show_startup_error("network_share", f"{error.path} ({error.filesystem})")

    def open_as(login: str, passphrase: str) -> tuple[Database, SignedIn]:
        key = None
        ring = KeyRing.load(path.resolve()) if local else None
        if ring is not None and ring.exists():
            try:
                key = ring.unlock(login, passphrase)
            except WrongPassphrase as error:
                raise SignInFailed() from error
        try:
            db = cli.open_upgraded(location, key)
        except SchemaTooNew as error:
            sys.exit(show_startup_error("schema_too_new", error.revision))
        return db, sign_in(db, SystemClock(), login, passphrase)

    first_run = None
    if local and not path.exists():
        first_run = (lambda: create_demo_database(path), lambda office: create_office_database(path, office))
    return run_main_window(open_as, first_run)


def create_office_database(path: Path, office: NewOffice) -> None:
    """First start, for real: the office, its first coordinator and the database key."""
    cli.create_office_database(path, office.name, office.code, office.login, office.full_name,
                               office.passphrase).dispose()


def create_demo_database(path: Path) -> None:
    """First start, to explore: an encrypted database with demo data and the documented demo accounts.

    All or nothing: a failure (a full disk) leaves no half-made database behind.
    """
    from leerwinkel_desk.demo import generate_demo

    with cli.new_encrypted(path, dict.fromkeys(cli.DEMO_ACCOUNT_LOGINS, DEMO_PASSPHRASE)) as db:
        generate_demo(db, clients=FIRST_START_DEMO_CLIENTS, seed=1, until=date.today())
        db.optimize()
    db.dispose()


if __name__ == "__main__":
    sys.exit(main())
