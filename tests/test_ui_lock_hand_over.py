"""Iemand anders aanmelden on the lock screen (Alt+I), by keys on a real encrypted office: a counsellor left the
shared loket laptop with a micro-contact half typed, the desk locked; a colleague ends that session from the lock
screen, as Bestand › Afmelden would, and signs in to a desk of her own. Nothing of the first person's comes on
screen in between (not the hidden form, not a question about its text); what they typed is their draft, offered
back at their next micro-contact on that request; the audit trail says who was signed out, and that it was from
the lock screen."""

from __future__ import annotations

import weakref
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from faults_support import PASSPHRASE, make_office
from leerwinkel_desk import app as app_module
from leerwinkel_desk.domain.enums import Channel, ContactKind, Role
from leerwinkel_desk.services.accounts import Accounts, sign_in
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.drafts import Drafts
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.keyring import KeyRing
from leerwinkel_desk.store.models import AuditEvent, Counsellor
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.dialogs.micro_contact import MicroContactDialog
from leerwinkel_desk.ui.dialogs.new_client import NewClientDialog
from leerwinkel_desk.ui.dialogs.own_passphrase import OwnPassphraseDialog
from leerwinkel_desk.ui.dialogs.sign_in import IdleLock, SignInDialog
from leerwinkel_desk.ui.form_dialog import FormDialog
from leerwinkel_desk.ui.main_window import MainWindow
from leerwinkel_desk.ui.start import SIGNED_OUT
from test_first_run import own_settings_and_log  # noqa: F401 - settings (the last login) in the test's folder
from test_ui import open_window
from test_ui_keys import ALT, CTRL, SHIFT, key, open_dossier_by_search, typed, visible_texts, wait_active

BRAMS = "bram zijn eigen zin 42"
GIVEN = "door de coordinator gekozen 7"     # Sofie's, chosen by the coordinator: she chooses her own first
SOFIES = "sofie haar eigen zin 9"
SECRET = "Brams geheime samenvatting"


@pytest.fixture
def office_file(tmp_path: Path) -> tuple[Path, object]:
    """An encrypted office: the counsellor Bram Claes (his own passphrase) with a client's request answered, and the
    counsellor Sofie Claeys, whose account the coordinator opened with a passphrase she chose."""
    path = make_office(tmp_path / "leerwinkel.db")
    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    boss = Accounts(db, SystemClock(), sign_in(db, SystemClock(), "coordinator", PASSPHRASE).actor)
    boss.open_account("bram.claes", "Bram Claes", Role.COUNSELLOR, GIVEN)
    boss.open_account("sofie.claeys", "Sofie Claeys", Role.COUNSELLOR, GIVEN)
    bram = sign_in(db, SystemClock(), "bram.claes", GIVEN).actor
    Accounts(db, SystemClock(), bram).change_own_passphrase(GIVEN, BRAMS)
    client = Clients(db, SystemClock(), bram).create(ClientInput("Sara", "Idrissi"))
    request = Dispatch(db, SystemClock(), bram).answer_now(FirstContact(Channel.PHONE, "vraag", client_id=client.id),
                                                           "antwoord")
    db.dispose()
    return path, request.id


def lock_by_idle(qtbot, window: MainWindow) -> SignInDialog:
    """The desk's idle lock set to a moment (as Instellingen sets its minutes), then waited for."""
    idle = window.idle_lock or IdleLock(5, window.lock, window)
    if window.idle_lock is None:
        QApplication.instance().installEventFilter(idle)
        window.idle_lock = idle
    idle.set_minutes(0.005)
    qtbot.waitUntil(lambda: window.lock_screen is not None and window.lock_screen.isVisible(), timeout=5000)
    screen = window.lock_screen
    wait_active(qtbot, screen)
    return screen


class ShownForms(QObject):
    """Every form that is shown while it watches (a hidden form of the locked person shown again, for a frame)."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, FormDialog | QMessageBox):
            self.shown.append(type(watched).__name__)
        return False


def read_office(path: Path, request_id) -> tuple[dict | None, list[tuple[str, str]]]:
    """Bram's micro-contact draft on the request, and the sign-ins and sign-outs as (action, login)."""
    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    try:
        with db.read() as session:
            logins = dict(session.execute(select(Counsellor.id, Counsellor.login)).all())
            events = [(action, logins.get(actor, "")) for action, actor in session.execute(
                select(AuditEvent.action, AuditEvent.actor_id)
                .where(AuditEvent.action.in_(["login", "logout", "logout.lock", "account.passphrase"]))
                .order_by(AuditEvent.seq)).all()]
        bram = sign_in(db, SystemClock(), "bram.claes", BRAMS).actor      # audited after the events were read
        return Drafts(db, SystemClock(), bram).load("micro_contact", request_id), events
    finally:
        db.dispose()


def test_a_colleague_signs_in_from_the_lock_screen_and_nothing_of_the_first_desk_shows(
        qtbot, office_file, monkeypatch) -> None:
    """Bram types a micro-contact's line, the desk locks. Escape on the lock screen does nothing; Alt+I (Iemand
    anders aanmelden) ends his session without a question and without his form coming back: the sign-in is
    empty, for anyone; his line is his draft. Sofie signs in, chooses her own passphrase (hers was given) and has
    her own Vandaag. Bram's next Ctrl+M on the request starts from his draft."""
    path, request_id = office_file
    rounds: list[dict] = []
    watcher = ShownForms()
    forms: list[weakref.ref] = []
    escaped: list[bool] = []

    def sign_in_by_keys(dialog: SignInDialog) -> int:
        QApplication.instance().removeEventFilter(watcher)     # from the lock to the next sign-in
        dialog.show()
        wait_active(qtbot, dialog)
        on_screen = [text for widget in QApplication.topLevelWidgets() if widget.isVisible()
                     for text in visible_texts(widget)]
        rounds.append({"login": dialog.login.text(), "focus": dialog.focusWidget() is dialog.login,
                       "reason": dialog.reason.text() if dialog.reason.isVisible() else "",
                       "secret_on_screen": any(SECRET in text for text in on_screen),
                       "form_left": any(form() is not None for form in forms)})
        login, passphrase = [("bram.claes", BRAMS), ("sofie.claeys", GIVEN), ("bram.claes", BRAMS)][len(rounds) - 1]
        dialog.login.clear()
        qtbot.keyClicks(dialog.login, login)
        qtbot.keyClicks(dialog.passphrase, passphrase)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.signed_in is not None, timeout=20_000)
        return dialog.result()

    def choose_by_keys(dialog: OwnPassphraseDialog) -> int:
        dialog.show()
        wait_active(qtbot, dialog)
        for text in (SOFIES, SOFIES):
            typed(qtbot, text)
            key(qtbot, Qt.Key.Key_Tab)
        dialog.passphrase.setFocus()
        key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
        return dialog.result()

    def brams_desk(window: MainWindow) -> None:
        open_dossier_by_search(qtbot, window, "idrissi")
        key(qtbot, Qt.Key.Key_M, CTRL)
        form = wait_active(qtbot, window.dossier.active_dialog)
        assert isinstance(form, MicroContactDialog)
        forms.append(weakref.ref(form))
        key(qtbot, Qt.Key.Key_W)
        typed(qtbot, SECRET)
        screen = lock_by_idle(qtbot, window)
        assert not form.isVisible() and screen.login.text() == "bram.claes"
        QApplication.instance().installEventFilter(watcher)
        key(qtbot, Qt.Key.Key_Escape)                           # the lock screen stays
        escaped.append(window.lock_screen is screen and screen.isVisible())
        try:
            key(qtbot, Qt.Key.Key_I, ALT)                       # Iemand anders aanmelden
            qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible(), timeout=10_000)
        except BaseException:
            loops[-1].exit(0)                                   # no hand-over: the run ends, the test fails
            raise

    def sofies_desk(window: MainWindow) -> None:
        page = window.pages["today"]
        qtbot.waitUntil(lambda: page.day is not None, timeout=20_000)
        rounds[-1]["desk"] = (window.ctx.login, window.user_label.text(), page.isVisible())
        window.close()
        QApplication.exit(0)

    def the_desk(window: MainWindow) -> None:
        window.start_of_day_jobs.wait()
        (brams_desk if len(rounds) == 1 else sofies_desk)(window)

    def desk_by_keys() -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        loop = QEventLoop()
        loops.append(loop)
        QTimer.singleShot(0, lambda: the_desk(window))
        return loop.exec()

    loops: list[QEventLoop] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: loops[-1].exit(code)))
    monkeypatch.setattr(SignInDialog, "exec", sign_in_by_keys)
    monkeypatch.setattr(OwnPassphraseDialog, "exec", choose_by_keys)
    monkeypatch.setattr(QApplication, "exec", staticmethod(desk_by_keys))
    try:
        assert app_module.run_desktop(str(path)) == 0
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert escaped == [True]
    assert len(rounds) == 2
    after = rounds[1]                                           # the sign-in after Iemand anders aanmelden
    assert (after["login"], after["focus"]) == ("", True)
    assert after["reason"] == "U bent afgemeld. Een collega kan nu aanmelden."
    assert not after["secret_on_screen"] and not after["form_left"]
    assert watcher.shown == []                                  # no form, no question came on screen meanwhile
    assert rounds[1]["desk"] == ("sofie.claeys", "Gebruiker: Sofie Claeys", True)
    draft, events = read_office(path, request_id)
    assert draft == {"channel": "whatsapp", "summary": SECRET, "minutes": 0}
    assert events[-4:] == [("login", "bram.claes"), ("logout.lock", "bram.claes"),
                           ("account.passphrase", "sofie.claeys"), ("login", "sofie.claeys")]


def test_brams_draft_comes_back_in_his_next_micro_contact_and_goes_once_saved(qtbot, office_file) -> None:
    """The draft a hand-over kept: Ctrl+M on the request starts from it (the channel, the line, said in a line
    above), Enter saves it as the micro-contact and the draft is gone."""
    path, request_id = office_file
    db = open_sqlite(path, KeyRing.load(path).unlock("bram.claes", BRAMS))
    signed = sign_in(db, SystemClock(), "bram.claes", BRAMS)
    Drafts(db, SystemClock(), signed.actor).save("micro_contact", request_id,
                                                 {"channel": "whatsapp", "summary": SECRET, "minutes": 5})
    window = open_window(qtbot, DeskContext(db, SystemClock(), signed.actor, "Leerwinkel Test", signed.full_name,
                                            "bram.claes"))
    try:
        open_dossier_by_search(qtbot, window, "idrissi")
        key(qtbot, Qt.Key.Key_M, CTRL)
        form = wait_active(qtbot, window.dossier.active_dialog)
        assert form.draft_note.isVisible() and form.summary.hasFocus()
        assert (form.channel, form.summary.text(), form.minutes.value()) == (Channel.WHATSAPP, SECRET, 5)
        typed(qtbot, " en verstuurd")
        key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=5000)
        assert Drafts(db, SystemClock(), signed.actor).load("micro_contact", request_id) is None
        assert [c.summary for c in Contacts(db, SystemClock(), signed.actor).timeline(request_id)
                if c.kind is ContactKind.MICRO][-1] == SECRET + " en verstuurd"
    finally:
        window.close()
        db.dispose()


def test_typing_no_draft_keeps_is_asked_about_without_showing_it(qtbot, tmp_path, monkeypatch) -> None:
    """A new client's name half typed cannot be kept as a draft: Alt+I asks over the lock screen, naming no text;
    Terug (the default, Escape too) keeps the lock as it was; Weggooien en aanmelden (Alt+A) ends the session, the
    form never shown again. Bestand › Afmelden is audited too (`logout`)."""
    path = make_office(tmp_path / "leerwinkel.db")
    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    signed = sign_in(db, SystemClock(), "coordinator", PASSPHRASE)
    window = MainWindow(DeskContext(db, SystemClock(), signed.actor, "Leerwinkel Test", signed.full_name,
                                    "coordinator"))            # not the test's to close: Afmelden deletes it
    window.show()
    wait_active(qtbot, window)
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(exits.append))      # no app loop runs under pytest-qt
    key(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    form = wait_active(qtbot, window.active_dialog)
    assert isinstance(form, NewClientDialog)
    typed(qtbot, "Fatima")
    screen = lock_by_idle(qtbot, window)
    watcher = ShownForms()
    QApplication.instance().installEventFilter(watcher)
    asked: list[str] = []

    def answer(button_key: Qt.Key) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            qtbot.keyClick(box, button_key, ALT if button_key == Qt.Key.Key_A else Qt.KeyboardModifier.NoModifier)

    try:
        QTimer.singleShot(300, lambda: answer(Qt.Key.Key_Escape))
        key(qtbot, Qt.Key.Key_I, ALT)
        qtbot.waitUntil(lambda: len(asked) == 1, timeout=5000)
        assert window.lock_screen is screen and screen.isVisible() and not form.isVisible() and exits == []
        wait_active(qtbot, screen)
        QTimer.singleShot(300, lambda: answer(Qt.Key.Key_A))
        key(qtbot, Qt.Key.Key_I, ALT)
        qtbot.waitUntil(lambda: exits == [SIGNED_OUT], timeout=5000)
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert asked[0] == asked[1] == ("Coördinator heeft in 1 formulier getypt wat niet als concept bewaard kan "
                                    "worden. Wie nu aanmeldt, gooit dat weg.")
    assert watcher.shown == ["QMessageBox", "QMessageBox"]      # the question twice, never the form
    assert not shiboken6.isValid(window) or not window.isVisible()
    assert not shiboken6.isValid(form) or not form.isVisible()
    with db.read() as session:
        assert session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq.desc())).first() == "logout.lock"
    db.dispose()


@pytest.mark.parametrize("how", ["menu", "lock"])
def test_in_the_apps_own_event_loop_the_sign_in_comes_back_after_afmelden(qtbot, tmp_path, how: str) -> None:
    """The app's real loop, not a test's (QApplication.exec as the app runs it): Ctrl+Shift+Q, or the idle lock
    and Alt+I, and the sign-in is asked again, empty. The quit Qt posts for the desk's window, the last one
    closed, ended the next sign-in's loop at once: the app stopped instead of asking who signs in next."""
    path = make_office(tmp_path / "leerwinkel.db")
    steps: list[str] = []
    seen: list[tuple[str, str]] = []

    def next_step() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, SignInDialog) and w.isVisible() and w.signed_in is None), None)
        desk = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)
        if dialog is not None and dialog.parent() is None and QApplication.activeWindow() is dialog:
            if not steps:                                       # the first sign-in, by keys
                steps.append("signed in")
                dialog.login.clear()
                qtbot.keyClicks(dialog.login, "coordinator")
                qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
                qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
            elif steps[-1] != "asked again":                    # after Afmelden: the sign-in again
                steps.append("asked again")
                seen.append((dialog.login.text(), dialog.reason.text()))
                dialog.done(0)                                  # nobody signs in: the app ends
        elif desk is not None and steps == ["signed in"] and QApplication.activeWindow() is desk:
            steps.append("desk")
            if how == "menu":
                qtbot.keyClick(desk, Qt.Key.Key_Q, CTRL | SHIFT)
            else:
                desk.idle_lock.set_minutes(0.005)
        elif how == "lock" and steps == ["signed in", "desk"] and desk is not None and desk.lock_screen is not None \
                and QApplication.activeWindow() is desk.lock_screen:
            steps.append("locked")
            qtbot.keyClick(desk.lock_screen.passphrase, Qt.Key.Key_I, ALT)

    ticks = QTimer()
    ticks.timeout.connect(next_step)
    ticks.start(200)
    hang = QTimer()                                             # a hang ends as a failure, not a stuck run
    hang.setSingleShot(True)
    hang.timeout.connect(lambda: QApplication.exit(99))
    hang.start(60_000)
    try:
        code = app_module.run_desktop(str(path))
    finally:
        ticks.stop()
        hang.stop()
    assert steps[-1] == "asked again" and code == 0
    assert seen == [("", "U bent afgemeld. Een collega kan nu aanmelden.")]
