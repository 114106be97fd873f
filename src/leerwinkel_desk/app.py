"""Wires the layers: parse the command line, open and upgrade the database, then the CLI or the window."""

from __future__ import annotations

import logging
import platform
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from leerwinkel_desk import __version__, cli
from leerwinkel_desk.log import log_error, start_logging
from leerwinkel_desk.services.accounts import DEMO_PASSPHRASE, SignedIn, SignInFailed, sign_in
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.store.engine import Database, close_all
from leerwinkel_desk.store.file_guard import FileUnusable
from leerwinkel_desk.store.keyring import KeyFileUnusable, KeyRing, WrongPassphrase
from leerwinkel_desk.store.location import NetworkShareRefused, refuse_network_share
from leerwinkel_desk.store.migrations import SchemaTooNew
from leerwinkel_desk.store.paths import default_database_path, demo_database_path

if TYPE_CHECKING:
    from leerwinkel_desk.ui.dialogs.first_run import NewOffice

FIRST_START_DEMO_CLIENTS = 300
log = logging.getLogger(__name__)


def main(argv: list[str] | None = None) -> int:
    args = cli.build_parser().parse_args(argv)
    if args.command == "self-test":
        return self_test()
    location = cli.database_location(args)
    if not args.command:
        local = "://" not in location
        start_logging((Path(location).expanduser() if local else default_database_path()).parent / "logs")
        log.info("start: leerwinkel-desk %s, Python %s, %s", __version__, platform.python_version(),
                 platform.platform())
        try:
            return run_desktop(location)
        finally:
            close_all()         # a clean close: the WAL merged and removed, noted for the next start
    return cli.run(args)


def self_test() -> int:
    """`leerwinkel-desk self-test`: database, migrations, a letter, the window; exit 0 or one clear line."""
    step = "database"
    with tempfile.TemporaryDirectory(prefix="leerwinkel-self-test-", ignore_cleanup_errors=True) as folder:
        try:
            db, actor, checked = cli.self_test_database(Path(folder))
            step = "window"
            from leerwinkel_desk.ui.self_test import show_main_window

            shown = show_main_window(db, actor.office_id)
            db.dispose()
        except Exception as error:  # noqa: BLE001 - the one line is the point of a self-test
            print(f"self-test failed ({step}): {type(error).__name__}: {error}", file=sys.stderr)
            return 1
    print(f"self-test ok: leerwinkel-desk {__version__}, {checked}, {shown}")
    return 0


def run_desktop(location: str) -> int:
    """Sign in and open the main window; on first start, the wizard: the office, or the demo beside it.

    The demo is a database of its own (`demo/` in the data folder); once the office's database
    exists, the app opens that one. Setting up the office from the demo restarts the sign-in.
    """
    from leerwinkel_desk.ui.main_window import run_main_window, show_startup_error
    from leerwinkel_desk.ui.menu_bar import OFFICE_STARTED, offer_office_setup

    office_path = Path(location).expanduser()
    local = "://" not in location
    try:
        if local:
            refuse_network_share(office_path.resolve().parent)
    except NetworkShareRefused as error:
        return show_startup_error("network_share", f"{error.path} ({error.filesystem})")
    demo_path = demo_database_path(office_path)

    def current() -> Path:
        return demo_path if not office_path.exists() and demo_path.exists() else office_path

    def open_as(login: str, passphrase: str) -> tuple[Database, SignedIn]:
        path, key = current(), None
        try:
            ring = KeyRing.load(path.resolve()) if local else None
        except KeyFileUnusable as error:
            sys.exit(show_startup_error("key_file", str(error.path)))
        if ring is not None and ring.exists():
            try:
                key = ring.unlock(login, passphrase)
            except WrongPassphrase as error:
                raise SignInFailed() from error
        try:
            db = cli.open_upgraded(str(path) if local else location, key)
        except SchemaTooNew as error:
            log.warning("the database has schema %s, newer than this app", error.revision)
            sys.exit(show_startup_error("schema_too_new", error.revision))
        except FileUnusable as error:
            sys.exit(show_startup_error(error.reason, str(error.aside or error.path)))
        except Exception as error:
            log_error(log, "the database could not be opened or upgraded", error)
            raise
        signed = sign_in(db, SystemClock(), login, passphrase)
        log.info("signed in to the %s database", "demo" if path == demo_path else "office")
        return db, signed

    offer_office_setup(create_office_database)
    while True:
        first_run = None
        if local and not current().exists():
            log.info("first start: the wizard")
            first_run = (lambda: create_demo_database(demo_path),
                         lambda office: create_office_database(office_path, office))
        code = run_main_window(open_as, first_run)
        if code != OFFICE_STARTED:
            log.info("stop (exit code %s)", code)
            return code
        log.info("the office's database was set up from the demo: sign in again")


def create_office_database(path: Path, office: NewOffice) -> None:
    """First start, for real: the office, its first coordinator and the database key."""
    log.info("setting up the office's database")
    cli.create_office_database(path, office.name, office.code, office.login, office.full_name,
                               office.passphrase).dispose()


def create_demo_database(path: Path) -> None:
    """First start, to explore: an encrypted database with demo data and the documented demo accounts.

    All or nothing: a failure (a full disk) or a killed process leaves no half-made database behind.
    """
    from leerwinkel_desk.demo import generate_demo

    log.info("making the demo database")
    with cli.new_encrypted(path, dict.fromkeys(cli.DEMO_ACCOUNT_LOGINS, DEMO_PASSPHRASE)) as db:
        generate_demo(db, clients=FIRST_START_DEMO_CLIENTS, seed=1, until=date.today())
        db.optimize()


if __name__ == "__main__":
    sys.exit(main())
