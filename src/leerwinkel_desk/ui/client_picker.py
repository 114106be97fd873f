"""A field to choose a registered client by typing a name or dossier number (Nieuw contact, merging duplicates).

Its list shows exactly what the client search found (`Clients.search`: accents and case ignored, words in any
order, a dossier number's digits), never filtered again on the exact letters typed: Qt's own filtering dropped
"Sébastien Dubois" for "Sebastien". Each suggestion carries the birth date, so three people of one name can be
told apart before one is chosen."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from leerwinkel_desk.services.clients import ClientRow, Clients
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.settled_search import SettledSearch
from leerwinkel_desk.ui.texts import format_date

SUGGESTIONS = 15            # what the list holds: a name more common than this wants more letters typed
SEARCH_FROM = 2             # letters typed before the search looks


def picker_text(client: ClientRow) -> str:
    """How a client stands in the list and, once chosen, in the field: number, name, °birth date when known."""
    name = f"{client.dossier_no} {client.first_name or ''} {client.last_name or ''}".rstrip()
    return f"{name}  °{format_date(client.birth_date)}" if client.birth_date else name


class ClientPicker(QLineEdit):
    """Type a name or dossier number; pick from what the search finds (Down, Enter; Down opens the list again
    once closed). `picked` says who."""

    picked = Signal(object)         # the ClientRow chosen

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.client: ClientRow | None = None
        self._matches: dict[str, ClientRow] = {}
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)  # the search's answer
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.textEdited.connect(self._search)
        self.searches = SettledSearch(ctx)
        completer.activated.connect(self.pick)
        completer.activated.connect(lambda _text: self.searches.settle())
        self.editingFinished.connect(self.searches.settle)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Down opens the list of what was found again once it was closed (Escape, a refusal said)."""
        popup = self.completer().popup()
        if (event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and popup is not None and not popup.isVisible() and self._names.rowCount()):
            self.completer().complete()
            return
        super().keyPressEvent(event)

    def pick(self, text: str) -> None:
        self.client = self._matches.get(text)
        if self.client is not None:
            self.picked.emit(self.client)

    def _search(self, text: str) -> None:
        rows = self._ctx.service(Clients).search(text, limit=SUGGESTIONS) if len(text.strip()) >= SEARCH_FROM else []
        self.searches.listed(text, rows)
        self._matches = {picker_text(r): r for r in rows}
        self._names.setStringList(list(self._matches))
