"""The desktop app: the window on the database, its first start, and the installation's self-test.

`launcher.py` parses the command line and comes here when no command is given. Where the
database is and how it opens, upgrades or is made comes from `store/location.py`, the office's
and the demo's new databases from `services/office_setup.py` and `demo/`.

A plain desktop start paints the sign-in before the layers are imported (ui/start.py imports them
behind it): so this module imports them where it uses them, and takes the database as text.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from leerwinkel_desk import __version__
from leerwinkel_desk.log import log_error, start_logging
from leerwinkel_desk.store.network_share import NetworkShareRefused, refuse_network_share
from leerwinkel_desk.store.paths import default_database_path, demo_database_path, local_path

if TYPE_CHECKING:
    from leerwinkel_desk.services.accounts import SignedIn
    from leerwinkel_desk.services.context import Actor
    from leerwinkel_desk.services.recovery import RecoveryPrint
    from leerwinkel_desk.store.engine import Database
    from leerwinkel_desk.ui.dialogs.first_run import Joining, NewOffice

FIRST_START_DEMO_CLIENTS = 300
log = logging.getLogger(__name__)


def open_desktop(target: str) -> int:
    """The desktop app on the database at `target`, a path or a server's URL ("" for the default
    file); the wizard first when there is none yet."""
    text = target or str(default_database_path())
    start_logging((local_path(text) or default_database_path()).parent / "logs")
    log.info("start: leerwinkel-desk %s, Python %s, %s", __version__, platform.python_version(),
             f"{platform.system()} {platform.release()} {platform.machine()}")     # platform(): a subprocess
    try:
        return run_desktop(text)
    finally:
        from leerwinkel_desk.store.engine import close_all

        close_all()         # a clean close: the WAL merged and removed, noted for the next start


def self_test() -> int:
    """`leerwinkel-desk self-test`: database, migrations, a letter, the window; exit 0 or one clear line."""
    step = "database"
    with tempfile.TemporaryDirectory(prefix="leerwinkel-self-test-", ignore_cleanup_errors=True) as folder:
        try:
            db, actor, checked = self_test_database(Path(folder))
            step = "window"
            from leerwinkel_desk.ui.self_test import show_main_window

            shown = show_main_window(db, actor.office_id)
            db.dispose()
        except Exception as error:  # any error: the one line is the point of a self-test
            print(f"self-test failed ({step}): {type(error).__name__}: {error}", file=sys.stderr)
            return 1
    print(f"self-test ok: leerwinkel-desk {__version__}, {checked}, {shown}")
    return 0


SELF_TEST_LOGIN = "zelftest"


class SelfTestFailed(Exception):
    """Something the self-test checks is not right; the message says what."""


def self_test_database(folder: Path) -> tuple[Database, Actor, str]:
    """The self-test without a window, in `folder`: the open database, its coordinator, what was checked.

    A new encrypted database with an office (which runs every migration), opened again with the
    key unwrapped by the passphrase, and a client summary rendered with the shipped fonts (the
    fallbacks too: the name has Ge'ez and Chinese letters), templates and letterhead. Raises on the
    first thing that is not right.
    """
    from leerwinkel_desk.reports.letters import PdfLetters
    from leerwinkel_desk.services import office_setup
    from leerwinkel_desk.services.accounts import sign_in
    from leerwinkel_desk.services.clients import ClientInput, Clients
    from leerwinkel_desk.services.context import SystemClock
    from leerwinkel_desk.services.letters import Letters
    from leerwinkel_desk.store.keyring import KeyRing
    from leerwinkel_desk.store.location import Location
    from leerwinkel_desk.store.migrations import current_revision, head_revision

    passphrase = "zelftest " + os.urandom(8).hex()
    path = folder / "zelftest.db"
    location = Location.of(path)
    office_setup.create_office_database(location, SystemClock(), office="Zelftest", code="ZT",
                                        login=SELF_TEST_LOGIN, full_name="Zelftest",
                                        passphrase=passphrase).dispose()
    if path.read_bytes().startswith(b"SQLite format 3"):
        raise SelfTestFailed("the new database is not encrypted")
    db = location.open_upgraded(KeyRing.load(path.resolve()).unlock(SELF_TEST_LOGIN, passphrase))
    revision, head = current_revision(db), head_revision()
    if revision != head:
        raise SelfTestFailed(f"database at schema {revision}, the migrations end at {head}")
    actor = sign_in(db, SystemClock(), SELF_TEST_LOGIN, passphrase).actor
    client = Clients(db, SystemClock(), actor).create(ClientInput("Zelf", "Test ሰላም 李"))   # Ge'ez and Chinese
    pdf = Letters(db, SystemClock(), actor, PdfLetters.for_database(db)).print_summary(client.id).pdf
    if not pdf.startswith(b"%PDF") or not all(font in pdf for font in (b"DejaVu", b"NotoSansEthiopic",
                                                                          b"DroidSansFallback")):
        raise SelfTestFailed("the client summary is not a PDF with the DejaVu and fallback fonts")
    return db, actor, f"encrypted database at schema {revision}, a letter of {len(pdf) // 1024} kB"


def run_desktop(target: str) -> int:
    """Sign in and open the main window; on first start, the wizard: the office, or the demo beside it.

    `target` is the office's database (a path, or a server's URL). The demo is a database of its own
    (`demo/` in the data folder); once the office's database exists, the app opens that one. Setting
    up the office from the demo restarts the sign-in. Until the sign-in is submitted only paths are
    looked at: the layers are imported meanwhile (ui/start.py).
    """
    from leerwinkel_desk.ui.start import OFFICE_STARTED, run_main_window, show_startup_error

    office_path = local_path(target)
    try:
        if office_path is not None:
            refuse_network_share(office_path.parent)
    except NetworkShareRefused as error:
        return show_startup_error("network_share", f"{error.path} ({error.filesystem})")
    demo_path = demo_database_path(office_path) if office_path is not None else None

    def current() -> str:
        """The demo's database while the office has none yet and the demo exists; else the office's."""
        if office_path is not None and demo_path is not None and not office_path.exists() and demo_path.exists():
            return str(demo_path)
        return target

    def open_as(login: str, passphrase: str, opened: Callable[[Database], None]) -> tuple[Database, SignedIn]:
        """The file opened with the key `passphrase` unwraps, `opened(db)`, then the passphrase checked."""
        from leerwinkel_desk.services.accounts import SignInFailed, sign_in
        from leerwinkel_desk.services.context import SystemClock
        from leerwinkel_desk.store.file_guard import FileUnusable
        from leerwinkel_desk.store.keyring import KeyFileUnusable, WrongPassphrase
        from leerwinkel_desk.store.location import Location
        from leerwinkel_desk.store.migrations import SchemaTooNew
        from leerwinkel_desk.sync.state import office_asker
        from leerwinkel_desk.ui.menu_bar import offer_office_setup

        offer_office_setup(create_office_database)
        where, key = Location.of(current()), None
        try:
            ring = where.key_ring()
        except KeyFileUnusable as error:
            sys.exit(show_startup_error("key_file", str(error.path)))
        if ring is not None:
            try:
                key = ring.unlock(login, passphrase)
            except WrongPassphrase as error:
                raise SignInFailed() from error
        try:
            db = where.open_upgraded(key)
        except SchemaTooNew as error:
            log.warning("the database has schema %s, newer than this app", error.revision)
            sys.exit(show_startup_error("schema_too_new", error.revision))
        except FileUnusable as error:
            sys.exit(show_startup_error(error.reason, str(error.aside or error.path)))
        except Exception as error:
            log_error(log, "the database could not be opened or upgraded", error)
            raise
        opened(db)
        signed = sign_in(db, SystemClock(), login, passphrase, ask_office=office_asker(db))
        log.info("signed in to the %s database", "demo" if where.text == str(demo_path) else "office")
        return db, signed

    def recover_as(login: str, code: str, passphrase: str) -> tuple[Database, SignedIn]:
        """The recovery key opens the database; the coordinator `login` gets a new passphrase."""
        from leerwinkel_desk.services.context import SystemClock
        from leerwinkel_desk.services.recovery import recover_coordinator, unlock_with_recovery
        from leerwinkel_desk.store.location import Location

        where = Location.of(current())
        db = where.open_upgraded(unlock_with_recovery(where, code))
        try:
            signed = recover_coordinator(db, SystemClock(), login, passphrase)
        except BaseException:
            db.dispose()
            raise
        log.info("a coordinator's passphrase was set with the recovery key")
        return db, signed

    while True:
        first_run = None
        if office_path is not None and not Path(current()).exists():
            log.info("first start: the wizard")
            first_run = (lambda: create_demo_database(demo_database_path(office_path)),
                         lambda office: create_office_database(office_path, office),
                         lambda joining: join_office_database(office_path, joining))
        code = run_main_window(open_as, first_run, recover_as)
        if code != OFFICE_STARTED:
            log.info("stop (exit code %s)", code)
            return code
        log.info("the office's database was set up from the demo: sign in again")


def create_office_database(path: Path, office: NewOffice) -> RecoveryPrint | None:
    """First start, for real: the office, its first coordinator and the database key; with
    `office.recovery`, the recovery key and its sheet to print."""
    from leerwinkel_desk.services import office_setup
    from leerwinkel_desk.services.context import SystemClock
    from leerwinkel_desk.services.recovery import RecoveryPrint
    from leerwinkel_desk.store.location import Location

    log.info("setting up the office's database")
    db = office_setup.create_office_database(Location.of(path), SystemClock(), office=office.name, code=office.code,
                                             login=office.login, full_name=office.full_name,
                                             passphrase=office.passphrase)
    try:
        if not office.recovery:
            return None
        from leerwinkel_desk.reports.letters import PdfLetters

        sheet = office_setup.first_recovery_key(db, SystemClock())
        return RecoveryPrint(sheet.code, PdfLetters.for_database(db).recovery_sheet(sheet))
    finally:
        db.dispose()


def join_office_database(path: Path, joining: Joining) -> int:
    """First start on a colleague's new laptop: the office's data, fetched with the code made for them."""
    import socket

    from leerwinkel_desk.services.context import SystemClock
    from leerwinkel_desk.sync.join import join_office

    log.info("joining an office")
    return join_office(path, joining.server_url, joining.code, joining.login, joining.passphrase,
                       socket.gethostname(), SystemClock())


def create_demo_database(path: Path) -> None:
    """First start, to explore: an encrypted database with demo data and the documented demo accounts.

    All or nothing: a failure (a full disk) or a killed process leaves no half-made database behind.
    """
    from leerwinkel_desk import demo
    from leerwinkel_desk.store.location import Location

    log.info("making the demo database")
    demo.create_demo_database(Location.of(path), clients=FIRST_START_DEMO_CLIENTS, seed=1, until=date.today())
