"""The desktop's start: the sign-in (or the first-run wizard) painted first, the rest of the app behind it.

Before the first window only Qt, the sign-in dialog and the language are loaded; the fallback fonts of names in
other scripts (ui/design/fonts.py) are added once it is painted. The main window with
every page, service and mapped table (SQLAlchemy alone costs three bare Qt windows) is imported on a
thread of its own while the person types, and is waited for when the sign-in is submitted. A
start that imported all of it first painted the sign-in at 7-11x a bare window; see README, Benchmarks.
"""

from __future__ import annotations

import gc
import importlib
import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from leerwinkel_desk.ui.design.style import apply_design
from leerwinkel_desk.ui.dialogs.sign_in import SignInDialog
from leerwinkel_desk.ui.i18n import LanguageSwitcher, saved_language
from leerwinkel_desk.ui.label_room import give_labels_room

if TYPE_CHECKING:
    from leerwinkel_desk.services.accounts import SignedIn
    from leerwinkel_desk.store.engine import Database
    from leerwinkel_desk.ui.day_ahead import DayAhead
    from leerwinkel_desk.ui.dialogs.first_run import FirstRunDialog

LAST_LOGIN_KEY = "security/last_login"
OFFICE_STARTED = 75          # exit code of the event loop: the office was set up from the demo, sign in again
SIGNED_OUT = 76              # exit code of the event loop: the person signed out (Afmelden), the sign-in again
DEMO_LOGIN = "coordinator"
BEHIND = ("leerwinkel_desk.ui.desk",)     # imports every page, service and table
log = logging.getLogger(__name__)


class ImportedBehind:
    """Modules imported on a thread of their own, started once the first window is up; `wait` joins it
    (and raises what the import raised)."""

    def __init__(self, modules: tuple[str, ...]) -> None:
        self._modules = modules
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="import-behind", daemon=True)

    def start(self) -> None:
        if not self._thread.is_alive() and self._thread.ident is None:
            self._thread.start()

    def wait(self) -> None:
        self.start()
        self._thread.join()
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        try:
            for module in self._modules:
                importlib.import_module(module)
        except BaseException as error:
            self._error = error


class AfterFirstPaint(QObject):
    """Calls `then` once the first window of the application has been painted: the import thread
    started before would take the interpreter from the painting main thread (a Python thread holds
    the GIL for up to 5 ms at a time)."""

    def __init__(self, app: QApplication, then: Callable[[], None]) -> None:
        super().__init__(app)
        self._app, self._then = app, then
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._app.removeEventFilter(self)
            QTimer.singleShot(0, self._then)        # after this paint and its flush to the screen
            self.deleteLater()
        return False


def application() -> QApplication:
    """The application with the design applied (also to one made before, as by tests and the bench)."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication), "the desktop app is a widgets application"
    give_labels_room(app)
    apply_design(app)
    app.setApplicationName("Leerwinkel Desk")
    app.setOrganizationName("Leerwinkel")
    return app


def run_main_window(open_as: Callable[[str, str, Callable[[Database], None]], tuple[Database, SignedIn]],
                    first_run: FirstRunDialog.Makers | None = None,
                    recover_as: Callable[[str, str, str], tuple[Database, SignedIn]] | None = None) -> int:
    """Sign in (which opens the database), then the main window, locked after idle time.

    `open_as(login, passphrase, opened)` calls `opened(db)` once the file is open, before the passphrase
    is checked: Vandaag's day is read meanwhile (ui/day_ahead.py).

    With `first_run` (no database on this computer yet) the first-run wizard comes first; with
    `recover_as` the sign-in offers the recovery key (login, key, new passphrase).

    Someone whose passphrase a coordinator chose chooses their own before the desk opens (cancelled: not signed
    in, the sign-in again). Afmelden ends the desk (`SIGNED_OUT`): its window is deleted, the file closed, and
    the sign-in comes back with no login filled in, for a new desk of whoever signs in.
    """
    app = application()
    languages = LanguageSwitcher(app)
    settings = QSettings()
    languages.use(saved_language(settings))
    behind = ImportedBehind(BEHIND)

    def after_first_paint() -> None:
        behind.start()
        from leerwinkel_desk.ui.design.fonts import use_shipped_fonts  # here: the sign-in paints without it

        use_shipped_fonts(app)          # ~20 ms (3.3 MB of CJK): after the paint, while the import runs

    AfterFirstPaint(app, after_first_paint)
    if first_run is not None:
        from leerwinkel_desk.ui.dialogs.first_run import FirstRunDialog

        wizard = FirstRunDialog(first_run[0], first_run[1], make_join=first_run[2])
        if wizard.exec() != QDialog.DialogCode.Accepted.value:
            return 0
        settings.setValue(LAST_LOGIN_KEY, wizard.login)
    opened: list[tuple[Database, DayAhead | None]] = []

    def authenticate(login: str, passphrase: str) -> SignedIn:
        behind.wait()
        from leerwinkel_desk.services.context import SystemClock
        from leerwinkel_desk.ui.day_ahead import DayAhead

        ahead = DayAhead(SystemClock())
        files: list[Database] = []

        def opened_file(db: Database) -> None:
            files.append(db)
            ahead.start(db, login)

        try:
            db, signed = open_as(login, passphrase, opened_file)
        except BaseException:
            ahead.drop()
            for file in files:      # refused after the key opened it: the file and its key let go, not kept open
                file.dispose()
            raise
        opened.append((db, ahead))
        return signed

    def recover(login: str, code: str, passphrase: str) -> SignedIn:
        assert recover_as is not None, "offered only when given"
        behind.wait()
        db, signed = recover_as(login, code, passphrase)
        opened.append((db, None))
        return signed

    login, notice = str(settings.value(LAST_LOGIN_KEY, "")), ""     # none yet (made or joined by the CLI): typed
    while True:
        sign = SignInDialog(authenticate, login, recover=recover if recover_as is not None else None, reason=notice)
        if sign.exec() != QDialog.DialogCode.Accepted.value or sign.signed_in is None:
            return 0
        (db, ahead), signed = opened.pop(), sign.signed_in
        login = sign.login.text().strip()
        if signed.passphrase_given and not chose_own_passphrase(db, signed, sign.passphrase.text()):
            if ahead is not None:
                ahead.drop()
            db.dispose()            # not signed in: the file and its key let go, as a refused sign-in's
            log.info("a passphrase given by a coordinator was not replaced: not signed in")
            notice = QCoreApplication.translate(
                "Startup", "U bent niet aangemeld: kies eerst een eigen wachtwoordzin. Meld u opnieuw aan met de "
                "wachtwoordzin die u kreeg.")
            continue
        signed = replace(signed, passphrase_given=False)        # their own from here on
        settings.setValue(LAST_LOGIN_KEY, login)
        from leerwinkel_desk.ui.desk import start_desk

        window = start_desk(db, signed, login, languages, ahead)
        if window is None:          # revoked with a wipe as they signed in: said, nothing left to open
            return 0
        code = app.exec()
        # Afmelden and the office set up from the demo close the desk's window before they end its loop: the quit Qt
        # posted for the last window closed is no one's. Delivered later, it ended the next sign-in's loop at once
        # (the app stopped instead of asking who signs in next).
        QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
        if code != SIGNED_OUT:
            return code
        del window                  # the desk went (MainWindow.sign_out): its pages and models with it
        QCoreApplication.sendPostedEvents()         # the results of its last jobs handled, and their handlers let go
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        db.dispose()
        log.info("signed out: the sign-in again")
        login, notice = "", QCoreApplication.translate("Startup", "U bent afgemeld. Een collega kan nu aanmelden.")
        settings.setValue(LAST_LOGIN_KEY, "")       # the next start names nobody either


def chose_own_passphrase(db: Database, signed: SignedIn, given: str) -> bool:
    """Before the desk opens for someone whose passphrase a coordinator chose: their own, typed twice
    (ui/dialogs/own_passphrase.py); False when they cancelled (then they are not signed in)."""
    from leerwinkel_desk.services.accounts import Accounts
    from leerwinkel_desk.services.context import SystemClock
    from leerwinkel_desk.ui.dialogs.own_passphrase import OwnPassphraseDialog
    from leerwinkel_desk.ui.worker import BackgroundJobs

    jobs = BackgroundJobs()
    accounts = Accounts(db, SystemClock(), signed.actor)
    dialog = OwnPassphraseDialog(accounts.change_own_passphrase, jobs, current=given)
    return dialog.exec() == QDialog.DialogCode.Accepted.value


def show_startup_error(code: str, detail: str) -> int:
    """A clear message when the app cannot open the database; exit code 1."""
    application()
    messages = {
        "schema_too_new": QCoreApplication.translate(
            "Startup",
            "Deze databank werd gemaakt door een nieuwere versie van Leerwinkel Desk "
            "(schema {detail}). Installeer de nieuwste versie; de databank is niet gewijzigd.",
        ),
        "network_share": QCoreApplication.translate(
            "Startup",
            "De databank staat op een netwerkschijf ({detail}). Daar kan SQLite de bestanden niet "
            "veilig vergrendelen, dus Leerwinkel Desk opent ze niet. Bewaar de databank op de eigen "
            "schijf van deze computer; kantoren delen gegevens via synchronisatie.",
        ),
        "damaged": QCoreApplication.translate(
            "Startup",
            "De databank {detail} is beschadigd, of het is geen databank van Leerwinkel Desk die deze "
            "sleutel opent. Er is niets gewijzigd.\n\n"
            "Wat nu? Sluit dit venster en werk niet verder op deze computer. Vraag de coördinator of de "
            "IT-verantwoordelijke van uw kantoor om de laatste goede back-up terug te zetten: de app maakt er "
            "elke dag één, in de map „backups” naast de databank. Wat sinds die back-up werd ingevoerd, moet "
            "daarna opnieuw worden ingevoerd.\n\n"
            "Voor de IT-verantwoordelijke: sluit Leerwinkel Desk overal waar deze databank open is en voer uit: "
            "leerwinkel-desk restore BESTAND (een back-up uit die map; het beschadigde bestand blijft "
            "bewaard naast de databank).",
        ),
        "wal_set_aside": QCoreApplication.translate(
            "Startup",
            "Naast de databank lag een logbestand (-wal) dat er niet bij hoort: van een andere databank "
            "of een oude kopie. Het is opzijgezet als {detail}; de databank zelf is ongewijzigd. Start "
            "opnieuw. Ontbreekt er recent werk, zet dan een back-up terug: Beheer van de gegevens › Terugzetten.",
        ),
        "not_a_file": QCoreApplication.translate(
            "Startup", "{detail} is geen databankbestand. Er is niets gewijzigd."),
        "no_space": QCoreApplication.translate(
            "Startup",
            "De schijf is vol: de databank {detail} kon niet nagekeken of bijgewerkt worden. Er is niets gewijzigd. "
            "Maak ruimte vrij en start opnieuw.",
        ),
        "key_file": QCoreApplication.translate(
            "Startup",
            "Het sleutelbestand {detail} ontbreekt of is beschadigd. Er is niets geopend of gewijzigd. "
            "Naast elke reservekopie in de map backups ligt een kopie (NAAM.db.keys.json).",
        ),
        "unreadable": QCoreApplication.translate(
            "Startup", "De databank {detail} kon niet gelezen worden (de schijf of de rechten op het bestand). "
            "Er is niets gewijzigd."),
        "read_only": QCoreApplication.translate(
            "Startup", "De databank {detail} of haar map is alleen-lezen. Er is niets gewijzigd."),
    }
    QMessageBox.critical(None, "Leerwinkel Desk", messages[code].format(detail=detail))
    return 1
