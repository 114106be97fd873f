"""Synchronisation in the window: the state on the status bar, "Nu synchroniseren" (F9) in the background,
the conflict inbox (Shift+F9) and, for coordinators, the office's laptops (Ctrl+F9).

A sync runs on the background thread (`ctx.jobs`), never on the window's: typing goes on while
it talks to the service. It also runs by itself every few minutes while the laptop is enrolled;
when the service cannot be reached the changes simply stay queued.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.store.durable import disk_full
from leerwinkel_desk.sync import inbox, state
from leerwinkel_desk.sync.inbox import InboxItem
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.models import Column, RowsModel
from leerwinkel_desk.ui.operation import Change, OpChanges
from leerwinkel_desk.ui.pages.today import EnterTable
from leerwinkel_desk.ui.screen_fit import fitting_size
from leerwinkel_desk.ui.texts import format_moment

BACKGROUND_MINUTES = 5


def _client(ctx: DeskContext) -> Any:
    from leerwinkel_desk.sync.client import SyncClient  # httpx loads when a sync first runs

    return SyncClient(ctx.db)



def not_enrolled_text() -> str:
    """Why this laptop cannot sync yet and who does what about it, said alike by F9 and Ctrl+F9 (F9 sent people
    to Ctrl+F9, which sent them back: a laptop is enrolled with the server's code, on the command line)."""
    return QCoreApplication.translate(
        "Sync", "Deze laptop is nog niet ingeschreven bij de synchronisatieserver van het kantoor. De beheerder "
        "van de server schrijft hem in met een eenmalige code (leerwinkel-desk device enrol, zie de handleiding); "
        "daarna toont Ctrl+F9 de laptops van het kantoor.")

def account_closed_text() -> str:
    """Why the desk locked: the office closed the signed-in person's account (sync/client.py, `person_closed`)."""
    return QCoreApplication.translate(
        "Sync", "Uw account werd afgesloten door een coördinator van het kantoor. Leerwinkel Desk is vergrendeld en "
        "aanmelden kan hier niet meer; wat u typte is bewaard. Klopt dat niet, vraag het dan aan een coördinator.")


class SyncController(QObject):
    """The window's sync: its status line, a sync now or in the background, one at a time. `account_closed`
    (with the reason to show) when the service said the office closed the signed-in person's account: the
    window locks, and the lock screen no longer lets them in (services/accounts.py `closed_by_office`)."""

    status_changed = Signal(str)
    finished = Signal(str)
    account_closed = Signal(str)

    def __init__(self, ctx: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.running = False
        self._timer = QTimer(self)
        self._timer.setInterval(BACKGROUND_MINUTES * 60_000)
        self._timer.timeout.connect(lambda: self.sync_now(quiet=True))
        if state.status(ctx.db).enrolled:
            self._timer.start()

    def enrolled(self) -> bool:
        return state.status(self._ctx.db).enrolled

    def status_text(self) -> str:
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
        return self.tr("Sync: {last} · {pending} te versturen · {conflicts} conflicten").format(
            last=last, pending=now.pending, conflicts=now.conflicts)

    def sync_now(self, quiet: bool = False) -> None:
        """Push and pull on the background thread; the window stays free."""
        if self.running:
            return
        if not state.status(self._ctx.db).enrolled:
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
            message += self.tr("; {n} conflicten te beslissen (Shift+F9)").format(n=result.conflicts)
        self.finished.emit(message)

    def _failed(self, error: Exception) -> None:
        self.running = False
        self.status_changed.emit(self.status_text())
        code = getattr(error, "code", "") if type(error).__name__ == "SyncRefused" else ""   # not SQLAlchemy's
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
            text = self.tr("Deze laptop is ingetrokken door een coördinator.")
        elif code == "person_closed":
            text = account_closed_text()
            self.account_closed.emit(text)
        else:
            text = self.tr("De synchronisatie lukte niet ({code}); de wijzigingen blijven klaarstaan.").format(
                code=code or type(error).__name__)
        self.finished.emit(text)


class ConflictInboxDialog(QDialog):
    """What the service kept differently: both values, both authors and times; keep mine or take theirs."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Conflicten"))
        self.resize(fitting_size(self, QSize(1000, 480)))
        self.model = RowsModel[InboxItem]([
            Column(lambda: self.tr("Wat"), lambda i: f"{i.table} · {i.field or ''}"),
            Column(lambda: self.tr("Soort"), self._kind),
            Column(lambda: self.tr("Mijn versie"), lambda i: "" if i.mine is None else str(i.mine)),
            Column(lambda: self.tr("Op de server"), lambda i: "" if i.theirs is None else str(i.theirs)),
            Column(lambda: self.tr("Ik, op"), lambda i: i.my_at or ""),
            Column(lambda: self.tr("Zij, op"), lambda i: i.their_at or ""),
            Column(lambda: self.tr("Door"), lambda i: self._author(i.their_author)),
        ], self)
        self.table = EnterTable(self.tr("Conflicten"), stretch=2)
        self.table.setModel(self.model)
        self.empty = QLabel(self.tr("Geen conflicten."))
        self.keep_mine = QPushButton(self.tr("&Mijn versie houden"))
        self.take_theirs = QPushButton(self.tr("&Hun versie nemen"))
        self.keep_mine.clicked.connect(lambda: self._resolve(True))
        self.take_theirs.clicked.connect(lambda: self._resolve(False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.take_theirs)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.load()

    def _kind(self, item: InboxItem) -> str:
        kinds = {"conflict": self.tr("tegelijk gewijzigd"), "rejected": self.tr("geweigerd"),
                 "deleted_edited": self.tr("verwijderd terwijl gewijzigd"),
                 "parent_deleted": self.tr("onder een verwijderd dossier")}
        return f"{kinds.get(item.kind, item.kind)} ({item.reason})" if item.reason else kinds.get(item.kind, item.kind)

    def _author(self, author: str | None) -> str:
        if not author:
            return ""
        names = {person.id.hex: person.full_name for person in self._people()}
        return names.get(author.replace("-", ""), "")

    def _people(self) -> list[Any]:
        from leerwinkel_desk.services.offices import OfficeSetup

        return list(self._ctx.service(OfficeSetup).counsellors())

    def load(self) -> None:
        self.model.set_rows(inbox.open_items(self._ctx.db))
        self.empty.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.setFocus()

    def _resolve(self, keep_mine: bool) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        item = self.model.row_at(index.row())
        inbox.resolve(self._ctx.db, item.id, keep_mine, self._ctx.clock.now())
        self._ctx.operations.changed.emit(OpChanges(Change.DOSSIER, None, self.tr("Conflict beslist")))
        self.load()


class DevicesDialog(QDialog):
    """The office's laptops (coordinators): a one-time code for a colleague's new laptop, which only that
    colleague can join with (sync/join.py), revoke one (and wipe it)."""

    loaded = Signal(object)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Laptops van het kantoor"))
        self.resize(fitting_size(self, QSize(900, 420)))
        self.model = RowsModel[dict]([
            Column(lambda: self.tr("Naam"), lambda d: d["name"]),
            Column(lambda: self.tr("Toestand"), lambda d: self.tr("ingetrokken") if d["revoked_at"] else self.tr(
                "actief")),
            Column(lambda: self.tr("Laatst gezien"), lambda d: (d["last_seen_at"] or "")[:16]),
        ], self)
        self.table = EnterTable(self.tr("Laptops"), stretch=0)
        self.table.setModel(self.model)
        self.message = QLabel(self.tr("Laptops worden geladen…"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_button = QPushButton(self.tr("&Code voor een nieuwe laptop"))
        from leerwinkel_desk.services.offices import OfficeSetup

        self.for_whom = QComboBox()
        for person in ctx.service(OfficeSetup).counsellors():
            self.for_whom.addItem(f"{person.full_name} ({person.login})", person.login)
        for_whom = QLabel(self.tr("&Voor wie"))
        for_whom.setBuddy(self.for_whom)
        self.for_whom.setAccessibleName(self.tr("Voor wie"))
        self.revoke_button = QPushButton(self.tr("&Intrekken"))
        self.wipe = QCheckBox(self.tr("Ook de gegevens op die laptop &wissen"))
        self.code_button.clicked.connect(self.make_code)
        self.revoke_button.clicked.connect(self.revoke)
        buttons = QHBoxLayout()
        for widget in (for_whom, self.for_whom, self.code_button, self.revoke_button, self.wipe):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
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

    def _show(self, devices: list[dict]) -> None:
        self.model.set_rows(devices)
        self.message.setText(self.tr("{n} laptops").format(n=len(devices)))
        if devices:
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.setFocus()
        self.loaded.emit(devices)

    def _failed(self, error: Exception) -> None:
        self.message.setText(self.tr("De synchronisatieserver antwoordde niet zoals verwacht ({code}).").format(
            code=getattr(error, "code", type(error).__name__)))

    def make_code(self) -> None:
        login = self.for_whom.currentData()
        self._background(lambda client: client.new_code(login), lambda code: self.message.setText(
            self.tr("Eenmalige code voor {login} (24 uur geldig, alleen voor die login): {code}").format(
                login=login, code=code)))

    def revoke(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        device = uuid.UUID(self.model.row_at(index.row())["id"])
        wipe = self.wipe.isChecked()
        self._background(lambda client: (client.revoke(device, wipe), client.devices())[1], self._show)
