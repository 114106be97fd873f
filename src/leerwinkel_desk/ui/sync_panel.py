"""Synchronisation in the window: the state on the status bar, "Nu synchroniseren" (F9) in the background,
the conflict inbox (Shift+F9) and, for coordinators, the office's laptops (Ctrl+F9).

A sync runs on the background thread (`ctx.jobs`), never on the window's: typing goes on while
it talks to the service. It also runs by itself every few minutes while the laptop is enrolled;
when the service cannot be reached the changes simply stay queued.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.store.durable import disk_full
from leerwinkel_desk.sync import inbox, state
from leerwinkel_desk.sync.inbox import InboxItem
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.design.components import PlainLabel
from leerwinkel_desk.ui.enter_keys import enter_by_part
from leerwinkel_desk.ui.feedback import ask_first
from leerwinkel_desk.ui.models import Column, RowsModel
from leerwinkel_desk.ui.operation import Change, OpChanges
from leerwinkel_desk.ui.pages.today import EnterTable
from leerwinkel_desk.ui.screen_fit import fitting_size
from leerwinkel_desk.ui.texts import format_moment

BACKGROUND_MINUTES = 5


def _client(ctx: DeskContext) -> Any:
    """A client for the desk's background work, stopped when the desk closes (`SyncController.stop`)."""
    from leerwinkel_desk.sync.client import SyncClient  # httpx loads when a sync first runs

    return SyncClient(ctx.db, stop=ctx.sync_stop)


def conflicts_text(count: int) -> str:
    """"1 conflict", "3 conflicten" (as maintenance.requests_text counts requests)."""
    return (QCoreApplication.translate("Sync", "{n} conflict") if count == 1
            else QCoreApplication.translate("Sync", "{n} conflicten")).format(n=count)



def not_enrolled_text() -> str:
    """Why this laptop cannot sync yet and who does what about it, said alike by F9 and Ctrl+F9 (F9 sent people
    to Ctrl+F9, which sent them back: a laptop is enrolled with the server's code, on the command line)."""
    return QCoreApplication.translate(
        "Sync", "Deze laptop is nog niet ingeschreven bij de synchronisatieserver van het kantoor. De beheerder "
        "van de server schrijft hem in met een eenmalige code (leerwinkel-desk device enrol, zie de handleiding); "
        "daarna toont Ctrl+F9 de laptops van het kantoor.")

def account_closed_text(pending: int) -> str:
    """Why the desk locked: the office closed the signed-in person's account (sync/client.py, `person_closed`), what
    becomes of the `pending` changes this laptop has not sent, and how the lock opens again (services/accounts.py
    `sign_in`: the right passphrase asks the service whether the office opened the account again)."""
    closed = QCoreApplication.translate(
        "Sync", "Uw account werd afgesloten door een coördinator van het kantoor. Leerwinkel Desk is vergrendeld; "
        "wat u typte is bewaard.")
    if pending == 1:
        unsent = QCoreApplication.translate(
            "Sync", "1 wijziging van deze laptop is nog niet verstuurd: ze blijft hier en bereikt het kantoor alleen "
            "als een coördinator uw account weer opent.")
    elif pending:
        unsent = QCoreApplication.translate(
            "Sync", "{n} wijzigingen van deze laptop zijn nog niet verstuurd: ze blijven hier en bereiken het kantoor "
            "alleen als een coördinator uw account weer opent.").format(n=pending)
    else:
        unsent = QCoreApplication.translate("Sync", "Al uw wijzigingen waren verstuurd.")
    again = QCoreApplication.translate(
        "Sync", "Opende een coördinator het weer, ontgrendel dan met uw wachtwoordzin terwijl de laptop de "
        "synchronisatieserver bereikt. Klopt de afsluiting niet, vraag het dan aan een coördinator.")
    return f"{closed} {unsent} {again}"


def laptop_revoked_text(pending: int | None) -> str:
    """Why the desk locked for good: a coordinator revoked this laptop, and what becomes of the `pending` changes it
    never sent (None: it was wiped as well, nothing of the office is left on it to count)."""
    if pending is None:
        return QCoreApplication.translate(
            "Sync", "Deze laptop werd ingetrokken door een coördinator van het kantoor, en alles van het kantoor dat "
            "Leerwinkel Desk erop bewaarde, is gewist. Wat nog niet verstuurd was, komt nooit aan. Sluit Leerwinkel "
            "Desk.")
    revoked = QCoreApplication.translate(
        "Sync", "Deze laptop werd ingetrokken door een coördinator van het kantoor: hij synchroniseert niet meer en "
        "Leerwinkel Desk blijft hier vergrendeld.")
    if pending == 1:
        unsent = QCoreApplication.translate(
            "Sync", "1 wijziging van deze laptop werd nooit verstuurd en komt nooit bij het kantoor aan.")
    elif pending:
        unsent = QCoreApplication.translate(
            "Sync", "{n} wijzigingen van deze laptop werden nooit verstuurd en komen nooit bij het kantoor aan."
        ).format(n=pending)
    else:
        unsent = QCoreApplication.translate("Sync", "Alle wijzigingen van deze laptop waren verstuurd.")
    then = QCoreApplication.translate(
        "Sync", "Werk verder op een laptop van het kantoor die wel synchroniseert; klopt dit niet, vraag het dan aan "
        "een coördinator.")
    return f"{revoked} {unsent} {then}"


class SyncController(QObject):
    """The window's sync: its status line, a sync now or in the background, one at a time. `account_closed`
    (with the reason to show) when the service said the office closed the signed-in person's account: the
    window locks, and the lock screen no longer lets them in (services/accounts.py `closed_by_office`) until
    the office opened it again. `revoked` (the reason) when it said a coordinator revoked this laptop: the window
    locks for good (ui/main_window.py `lock_revoked`), and after a wipe (`wiped`) nothing reads the file again."""

    status_changed = Signal(str)
    finished = Signal(str)
    account_closed = Signal(str)
    revoked = Signal(str)

    def __init__(self, ctx: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.running = False
        self.wiped = False                  # the office's copy on this laptop is gone: the file is not read again
        self._timer = QTimer(self)
        self._timer.setInterval(BACKGROUND_MINUTES * 60_000)
        self._timer.timeout.connect(lambda: self.sync_now(quiet=True))
        if state.status(ctx.db).enrolled:
            self._timer.start()

    def enrolled(self) -> bool:
        return not self.wiped and state.status(self._ctx.db).enrolled

    def status_text(self) -> str:
        if self.wiped:
            return self.tr("Sync: laptop ingetrokken en gewist")
        now = state.status(self._ctx.db)
        if not now.enrolled:
            return self.tr("Sync: niet ingesteld")
        if now.locked:
            return self.tr("Sync: laptop ingetrokken")
        if self.running:
            return self.tr("Sync: bezig…")
        if now.incomplete:                      # a first sync stopped half-way: the office's data is not all here
            return self.tr("Sync: eerste synchronisatie onvolledig, F9 gaat verder")
        last = format_moment(now.last_sync_at) if now.last_sync_at else self.tr("nog nooit")
        return self.tr("Sync: {last} · {pending} te versturen · {conflicts}").format(
            last=last, pending=now.pending, conflicts=conflicts_text(now.conflicts))

    def stop(self) -> None:
        """The desk closes: a sync under way (or the laptops' list, a code, a revocation asked of the service) ends
        within moments, as one the network failed (sync/stop.py), and none starts any more."""
        self._timer.stop()
        self._ctx.sync_stop.set()

    def sync_now(self, quiet: bool = False) -> None:
        """Push and pull on the background thread; the window stays free."""
        if self.running or self._ctx.sync_stop.is_set():
            return
        if self.wiped:
            if not quiet:
                self.finished.emit(laptop_revoked_text(None))
            return
        if not self.enrolled():
            if not quiet:
                self.finished.emit(not_enrolled_text())
            return
        self.running = True
        self.status_changed.emit(self.status_text())
        actor = self._ctx.actor

        def work(_progress: Any) -> Any:
            client = _client(self._ctx)
            try:
                return client.sync(actor)
            finally:
                client.close()

        self._ctx.jobs.run(work, self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.running = False
        self._ctx.operations.changed.emit(OpChanges(Change.DOSSIER | Change.AGENDA | Change.REFERENCE))
        self.status_changed.emit(self.status_text())
        message = self.tr("Gesynchroniseerd: {pushed} verstuurd, {pulled} ontvangen").format(
            pushed=result.pushed, pulled=result.pulled)
        if result.conflicts:
            message += self.tr("; {conflicts} te beslissen (Shift+F9)").format(
                conflicts=conflicts_text(result.conflicts))
        self.finished.emit(message)

    def _failed(self, error: Exception) -> None:
        self.running = False
        code = getattr(error, "code", "") if type(error).__name__ == "SyncRefused" else ""   # not SQLAlchemy's
        if code == "revoked":
            self._timer.stop()
            self.wiped = self.wiped or bool(getattr(error, "facts", {}).get("wipe"))
        self.status_changed.emit(self.status_text())
        if type(error).__name__ == "Stopped":       # the desk closing stopped it: nothing to tell
            return
        if disk_full(error):
            text = self.tr("De schijf is vol: wat de synchronisatie ontving is niet bewaard; de wijzigingen "
                           "blijven klaarstaan. Maak ruimte vrij en synchroniseer opnieuw (F9).")
        elif type(error).__name__ == "Unavailable":
            text = self.tr("De synchronisatieserver is nu niet beschikbaar. Probeer het later opnieuw; de wijzigingen "
                           "blijven klaarstaan.")
        elif type(error).__name__ == "Unreachable":
            text = self.tr("De synchronisatieserver is niet bereikbaar; de wijzigingen blijven klaarstaan.")
        elif code == "update_required":
            text = self.tr("De synchronisatieserver vraagt een nieuwere versie van Leerwinkel Desk; niets gaat "
                           "verloren.")
        elif code == "revoked":
            text = laptop_revoked_text(None if self.wiped else state.status(self._ctx.db).pending)
            self.revoked.emit(text)
        elif code == "person_closed":
            text = account_closed_text(state.status(self._ctx.db).pending)
            self.account_closed.emit(text)
        else:
            text = self.tr("De synchronisatie lukte niet ({code}); de wijzigingen blijven klaarstaan.").format(
                code=code or type(error).__name__)
        self.finished.emit(text)


class ConflictInboxDialog(QDialog):
    """What the service kept differently, in words (ui/conflict_inbox.py): whom each item is about, which field,
    what happened, both values with their authors and local times; Enter (or hovering) shows an item whole.
    A field's two values: keep mine or take theirs; anything else is only acknowledged as read."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        from leerwinkel_desk.ui.conflict_inbox import InboxTable, inbox_columns

        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Conflicten"))
        self.resize(fitting_size(self, QSize(1240, 520)))
        self.model = RowsModel[InboxItem](inbox_columns(), self)
        self.table = InboxTable(self.model)
        self.empty = PlainLabel(self.tr("Geen conflicten."))
        self.detail = PlainLabel()                  # what happened to the current item, and what the buttons do
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keep_mine = QPushButton(self.tr("&Mijn versie houden"))
        self.take_theirs = QPushButton(self.tr("&Hun versie nemen"))
        self.read = QPushButton(self.tr("&Gelezen"))
        self.keep_mine.clicked.connect(lambda: self._resolve(True))
        self.take_theirs.clicked.connect(lambda: self._resolve(False))
        self.read.clicked.connect(lambda: self._resolve(False))
        buttons = QHBoxLayout()
        for button in (self.keep_mine, self.take_theirs, self.read):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        enter_by_part(self)                 # Enter shows the item whole; keeping or taking is Alt+M or Alt+H
        self.load()

    def _current(self) -> InboxItem | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        from leerwinkel_desk.ui.conflict_inbox import happened

        item = self._current()
        choosable = item is not None and item.choosable
        self.keep_mine.setEnabled(choosable)
        self.take_theirs.setEnabled(choosable)
        self.read.setEnabled(item is not None and not choosable)
        if item is None:
            self.detail.clear()
            return
        hint = (self.tr("Alt+M houdt uw versie, Alt+H neemt de andere; Enter toont alles.") if choosable
                else self.tr("Alt+G zet het bij wat gelezen is; Enter toont alles."))
        self.detail.setText(f"{happened(item.kind, item.reason)[1]} {hint}")

    def load(self) -> None:
        self.model.set_rows(inbox.open_items(self._ctx.db))
        self.empty.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.setFocus()
        self._show_current()

    def _resolve(self, keep_mine: bool) -> None:
        item = self._current()
        if item is None:
            return
        row = self.table.currentIndex().row()
        inbox.resolve(self._ctx.db, item.id, keep_mine, self._ctx.clock.now(), self._ctx.actor)
        self._ctx.operations.changed.emit(OpChanges(Change.DOSSIER, None, self.tr("Conflict beslist")))
        self.load()
        if self.model.rowCount():           # on to the next item, where the settled one was
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))


def seen_at(moment: str | None) -> str:
    """When the server last saw a laptop, in Belgian time as every moment on screen (it travels as UTC text:
    the list showed "2026-12-07 14:20")."""
    if not moment:
        return ""
    seen = datetime.fromisoformat(moment)
    return format_moment(seen if seen.tzinfo else seen.replace(tzinfo=UTC))


def device_person(device: dict[str, Any]) -> str:
    """Whom a laptop was joined for, by name and login (sync/server/devices.py `list_devices`); empty when the
    service does not know yet (nothing of it arrived)."""
    if not device.get("person"):
        return ""
    return f"{device['person']} ({device['person_login']})"


def device_state(device: dict[str, Any]) -> str:
    """A laptop's state in words: revoked, active, or a join that never finished (the service holds no `joined_at`:
    killed, cut off or abandoned before its first sync was done; sync/server/devices.py)."""
    if device["revoked_at"]:
        return QCoreApplication.translate("Sync", "ingetrokken")
    if not device.get("joined_at"):
        return QCoreApplication.translate("Sync", "aansluiten nooit afgerond")
    return QCoreApplication.translate("Sync", "actief")


class DevicesDialog(QDialog):
    """The office's laptops (coordinators): a one-time code for a colleague's new laptop, which only that
    colleague can join with (sync/join.py), revoke one (and wipe it), remove one whose join never finished."""

    loaded = Signal(object)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Laptops van het kantoor"))
        self.resize(fitting_size(self, QSize(900, 420)))
        self.model = RowsModel[dict]([
            Column(lambda: self.tr("Naam"), lambda d: d["name"]),
            Column(lambda: self.tr("Persoon"), device_person),
            Column(lambda: self.tr("Toestand"), device_state),
            Column(lambda: self.tr("Laatst gezien"), lambda d: seen_at(d["last_seen_at"])),
        ], self)
        self.table = EnterTable(self.tr("Laptops"), stretch=0)
        self.table.setModel(self.model)
        self.message = PlainLabel(self.tr("Laptops worden geladen…"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setWordWrap(True)              # what a laptop that never finished its join means
        self.code_button = QPushButton(self.tr("&Code voor een nieuwe laptop"))
        from leerwinkel_desk.services.offices import OfficeSetup

        self.for_whom = QComboBox()
        for person in ctx.service(OfficeSetup).counsellors():
            if person.can_log_in:           # a closed account joins no laptop (the service would refuse it too)
                self.for_whom.addItem(f"{person.full_name} ({person.login})", person.login)
        for_whom = PlainLabel(self.tr("&Voor wie"))
        for_whom.setBuddy(self.for_whom)
        self.for_whom.setAccessibleName(self.tr("Voor wie"))
        self.revoke_button = QPushButton(self.tr("&Intrekken"))
        self.wipe = QCheckBox(self.tr("Ook de gegevens op die laptop &wissen"))
        self.remove_button = QPushButton(self.tr("Ve&rwijderen"))
        self.remove_button.setEnabled(False)            # only a laptop whose join never finished
        self.code_button.clicked.connect(self.make_code)
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.confirm_box: QMessageBox | None = None
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        for widget in (for_whom, self.for_whom, self.code_button, self.revoke_button, self.wipe, self.remove_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        enter_by_part(self, {self.code_button: (self.for_whom,)})     # never Intrekken or Verwijderen by Enter
        self._background(lambda client: client.devices(), self._show)

    def _background(self, call: Any, done: Any) -> None:
        actor = self._ctx.actor

        def work(_progress: Any) -> Any:
            client = _client(self._ctx)
            try:
                client.sign_in(actor.counsellor_id)
                return call(client)
            finally:
                client.close()

        self._ctx.jobs.run(work, done, self._failed)

    def _show(self, devices: list[dict], current: str | None = None) -> None:
        """The laptops listed, the one with id `current` chosen (the one just revoked), else the first."""
        self.model.set_rows(devices)
        self.message.setText(self.tr("1 laptop") if len(devices) == 1
                             else self.tr("{n} laptops").format(n=len(devices)))
        if devices:
            ids = [device["id"] for device in devices]
            self.table.setCurrentIndex(self.model.index(ids.index(current) if current in ids else 0, 0))
            self.table.setFocus()
        self._show_current()
        self.loaded.emit(devices)

    def _current(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        """A laptop whose join never finished can be removed, and the line below says what that means."""
        device = self._current()
        unfinished = device is not None and not device["revoked_at"] and not device.get("joined_at")
        self.remove_button.setEnabled(unfinished)
        if unfinished and device is not None:
            self.message.setText(self.tr(
                "{name} begon aan te sluiten maar raakte nooit klaar: de eerste synchronisatie werd nooit afgerond. "
                "Opnieuw aansluiten met dezelfde code gaat verder; staat die laptop er niet meer, verwijder hem dan "
                "(Alt+R).").format(name=device["name"]))

    def remove(self) -> None:
        device = self._current()
        if device is None or not self.remove_button.isEnabled():
            return
        removed = uuid.UUID(device["id"])
        self._background(lambda client: (client.remove(removed), client.devices())[1], self._show)

    def _failed(self, error: Exception) -> None:
        self.message.setText(self.tr("De synchronisatieserver antwoordde niet zoals verwacht ({code}).").format(
            code=getattr(error, "code", type(error).__name__)))

    def make_code(self) -> None:
        login = self.for_whom.currentData()
        server = state.get(self._ctx.db, "server_url") or ""        # what the colleague's laptop types too
        self._background(lambda client: client.new_code(login), lambda code: self.message.setText(
            self.tr("Eenmalige code voor {login} (24 uur geldig, alleen voor die login): {code}\nAdres van de "
                    "server: {server}").format(login=login, code=code, server=server)))

    def ask_revoke(self) -> None:
        """Asked first, naming the laptop, its person and when it was last seen, saying that what it did not send
        never arrives and whether its copy is wiped; Enter and Escape keep it (Annuleren)."""
        device = self._current()
        if device is None or self.confirm_box is not None:
            return
        wipe = self.wipe.isChecked()
        person = device_person(device)
        question = (self.tr("De laptop \"{name}\" van {person} intrekken?").format(name=device["name"], person=person)
                    if person else self.tr("De laptop \"{name}\" intrekken? Van wie hij is, weet de server nog niet."
                                           ).format(name=device["name"]))
        question += " " + self.tr(
            "Laatst gesynchroniseerd: {seen}. Hij kan dan niet meer synchroniseren en vergrendelt bij zijn volgende "
            "contact met de server; wat hij nog niet verstuurde, komt nooit bij het kantoor aan.").format(
            seen=seen_at(device["last_seen_at"]) or self.tr("nooit"))
        question += " " + (self.tr("Daarbij wist hij alles van het kantoor dat Leerwinkel Desk erop bewaart.") if wipe
                           else self.tr("Zijn gegevens worden niet gewist: ze blijven versleuteld op die laptop "
                                        "(vink \"Ook de gegevens op die laptop wissen\" aan om ze te wissen)."))
        self.confirm_box = ask_first(self, self.windowTitle(), question, self.tr("Laptop &intrekken"),
                                     self.tr("Annuleren"), lambda: self.revoke(device["id"], wipe),
                                     do_by_default=False, icon=QMessageBox.Icon.Warning)
        self.confirm_box.finished.connect(self._confirm_closed)

    def _confirm_closed(self, _result: int) -> None:
        self.confirm_box = None

    def revoke(self, device_id: str, wipe: bool) -> None:
        """Revoked (and wiped at its next contact when `wipe`); the list shown again with that laptop chosen."""
        device = uuid.UUID(device_id)
        self._background(lambda client: (client.revoke(device, wipe), client.devices())[1],
                         lambda devices: self._show(devices, device_id))
