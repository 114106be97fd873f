"""Starting the desktop app: the first-run wizard, sign-in, the main window (locked after idle time or
when the screen locks) and the start-of-day work in the background; the messages when the database
cannot be opened."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from leerwinkel_desk.services.accounts import SignedIn
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.services.offices import office_name
from leerwinkel_desk.services.start_of_day import start_of_day
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.crash import install_crash_handler
from leerwinkel_desk.ui.design.style import apply_design
from leerwinkel_desk.ui.dialogs.first_run import DEMO_LOGIN, FirstRunDialog
from leerwinkel_desk.ui.dialogs.sign_in import DEFAULT_IDLE_MINUTES, IDLE_MINUTES_KEY, IdleLock, SignInDialog
from leerwinkel_desk.ui.i18n import LanguageSwitcher, saved_language
from leerwinkel_desk.ui.main_window import MainWindow
from leerwinkel_desk.ui.session_lock import SessionLockWatcher
from leerwinkel_desk.ui.widgets import give_labels_room

LAST_LOGIN_KEY = "security/last_login"


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv)
        give_labels_room(app)
        apply_design(app)
    assert isinstance(app, QApplication), "the desktop app is a widgets application"
    app.setApplicationName("Leerwinkel Desk")
    app.setOrganizationName("Leerwinkel")
    return app


def run_main_window(open_as: Callable[[str, str], tuple[Database, SignedIn]],
                    first_run: FirstRunDialog.Makers | None = None,
                    recover_as: Callable[[str, str, str], tuple[Database, SignedIn]] | None = None) -> int:
    """Sign in (which opens the database), then the main window, locked after idle time.

    With `first_run` (no database on this computer yet) the first-run wizard comes first; with
    `recover_as` the sign-in offers the recovery key (login, key, new passphrase).
    """
    app = _application()
    languages = LanguageSwitcher(app)
    settings = QSettings()
    languages.use(saved_language(settings))
    if first_run is not None:
        wizard = FirstRunDialog(*first_run)
        if wizard.exec() != QDialog.DialogCode.Accepted.value:
            return 0
        settings.setValue(LAST_LOGIN_KEY, wizard.login)
    opened: list[Database] = []

    def authenticate(login: str, passphrase: str) -> SignedIn:
        db, signed = open_as(login, passphrase)
        opened.append(db)
        return signed

    def recover(login: str, code: str, passphrase: str) -> SignedIn:
        assert recover_as is not None, "offered only when given"
        db, signed = recover_as(login, code, passphrase)
        opened.append(db)
        return signed

    sign = SignInDialog(authenticate, str(settings.value(LAST_LOGIN_KEY, DEMO_LOGIN)),
                        recover=recover if recover_as is not None else None)
    if sign.exec() != QDialog.DialogCode.Accepted.value or sign.signed_in is None:
        return 0
    db, signed = opened[-1], sign.signed_in
    settings.setValue(LAST_LOGIN_KEY, sign.login.text())
    if db.path is not None:
        install_crash_handler(db.path.parent / "logs")
    clock = SystemClock()
    ctx = DeskContext(db, clock, signed.actor, office_name(db, signed.actor.office_id), signed.full_name,
                      sign.login.text())
    window = MainWindow(ctx, languages)
    idle = IdleLock(float(str(settings.value(IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES))), window.lock, window)
    window.idle_lock = idle
    app.installEventFilter(idle)
    window.show()
    if db.opened_elsewhere:         # both work safely; each sees what the other saved
        window.statusBar().addPermanentWidget(QLabel(QCoreApplication.translate(
            "Startup", "De databank is ook elders open (een tweede venster of een collega-programma).")))
    SessionLockWatcher(window).locked.connect(window.lock)      # screen locked, laptop closed
    ctx.jobs.run(lambda _progress: start_of_day(db, ctx.clock, ctx.actor), window.report_start_of_day,
                 window.report_start_of_day_failed)
    return app.exec()


def show_startup_error(code: str, detail: str) -> int:
    """A clear message when the app cannot open the database; exit code 1."""
    _application()
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
            "sleutel opent. Er is niets gewijzigd. Herstel een reservekopie (map backups naast de "
            "databank) met: leerwinkel-desk restore BESTAND",
        ),
        "wal_set_aside": QCoreApplication.translate(
            "Startup",
            "Naast de databank lag een logbestand (-wal) dat er niet bij hoort: van een andere databank "
            "of een oude kopie. Het is opzijgezet als {detail}; de databank zelf is ongewijzigd. Start "
            "opnieuw. Ontbreekt er recent werk, herstel dan een reservekopie: Beheer van de gegevens › Herstellen.",
        ),
        "not_a_file": QCoreApplication.translate(
            "Startup", "{detail} is geen databankbestand. Er is niets gewijzigd."),
        "no_space": QCoreApplication.translate(
            "Startup",
            "De schijf is vol: de databank {detail} kon niet nagekeken worden. Er is niets gewijzigd. "
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
