"""A client's identity and contact fields, with the people it may already be shown right under them.

One home for the new-client dialog and the dialog that corrects a client's details: the same
fields, labels and mnemonics (V, N, G, T, E), the birth date typed as people write it
(ui.date_field), and the likely duplicates looked up once typing pauses, in a table whose
columns fit their content (a name too long for the screen is elided, whole in its tooltip).
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import TypedDict

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.services.clients import ClientInput, Clients, DuplicateCandidate
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.date_field import DateField
from leerwinkel_desk.ui.design.components import PlainLabel
from leerwinkel_desk.ui.models import Column, RowsModel
from leerwinkel_desk.ui.screen_fit import keep_on_screen
from leerwinkel_desk.ui.texts import format_date
from leerwinkel_desk.ui.widgets import compact_rows, hold_a_row

DUPLICATE_CHECK_DELAY_MS = 250      # look up duplicates once typing pauses
DUPLICATE_ROWS_SHOWN = 4
SCREEN_SPARE = 100                  # px of the screen's width left for the dialog's margins and frame
NAME_COLUMN = 1
IDENTITY = ("first_name", "last_name", "birth_date", "phone", "email")


def reason_label(reason: str) -> str:
    return {
        "name": QCoreApplication.translate("ClientIdentity", "naam"),
        "birth_date": QCoreApplication.translate("ClientIdentity", "geboortedatum"),
        "phone": QCoreApplication.translate("ClientIdentity", "telefoon"),
        "email": QCoreApplication.translate("ClientIdentity", "e-mail"),
    }.get(reason, reason)


def duplicate_columns() -> list[Column[DuplicateCandidate]]:
    return [
        Column(lambda: QCoreApplication.translate("ClientIdentity", "Dossier"), lambda d: d.client.dossier_no),
        Column(lambda: QCoreApplication.translate("ClientIdentity", "Naam"),
               lambda d: f"{d.client.first_name or ''} {d.client.last_name or ''}".strip()),
        Column(lambda: QCoreApplication.translate("ClientIdentity", "Geboren"),
               lambda d: format_date(d.client.birth_date)),
        Column(lambda: QCoreApplication.translate("ClientIdentity", "Zelfde"),
               lambda d: ", ".join(reason_label(r) for r in d.reasons)),
    ]



class Identity(TypedDict):
    """Who the client is, as the identity fields hold it (the first fields of ClientInput)."""

    first_name: str
    last_name: str
    birth_date: date | None
    phone: str | None
    email: str | None

class DuplicatesTable(QTableView):
    """The likely duplicates: as soon as the list has the focus a row is current (the first), the arrows move,
    and Enter (or a double click) chooses that person (`chosen`, the row) instead of saving the form."""

    chosen = Signal(int)

    def __init__(self, choosable: bool) -> None:
        super().__init__()
        self._choosable = choosable             # else Enter is the form's (the correction saves)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)         # Tab goes on to the next field, as in every list of the app
        self.doubleClicked.connect(lambda index: self.chosen.emit(index.row()))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        hold_a_row(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (self._choosable and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.currentIndex().isValid()):
            self.chosen.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class ClientIdentity(QObject):
    """The identity fields of one form and the duplicates panel (`panel`) its dialog places.

    For a correction, `original` is what is stored and `client_id` the client itself: the
    duplicates are looked up only once the name or birth date differs from what is stored,
    and never list the client being corrected. With `choosable`, Enter in that list chooses the person
    (`duplicate_chosen`) instead of saving.
    """

    duplicate_chosen = Signal(object)       # the ClientRow of the likely duplicate chosen

    def __init__(self, ctx: DeskContext, parent: QWidget, confirm_text: str,
                 original: ClientInput | None = None, client_id: uuid.UUID | None = None,
                 choosable: bool = False) -> None:
        super().__init__(parent)
        self._ctx, self._original, self._client_id = ctx, original, client_id
        self.first_name, self.last_name = QLineEdit(), QLineEdit()
        self.birth_date = DateField(lambda: local_today(ctx.clock))
        self.phone, self.email = QLineEdit(), QLineEdit()
        if original is not None:
            for name in ("first_name", "last_name", "phone", "email"):
                getattr(self, name).setText(getattr(original, name) or "")
            self.birth_date.set_value(original.birth_date)
        self.duplicates_title = PlainLabel(self.tr("Mogelijk al geregistreerd (Enter op een rij: die cliënt):")
                                           if choosable else self.tr("Mogelijk al geregistreerd:"))
        self.duplicates_model = RowsModel(duplicate_columns(), self)
        self.duplicates = DuplicatesTable(choosable)
        self.duplicates.setModel(self.duplicates_model)
        self.duplicates.chosen.connect(lambda row: self.duplicate_chosen.emit(self.duplicates_model.row_at(row).client))
        self.duplicates.setAccessibleName(self.tr("Mogelijke dubbels"))
        self.duplicates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.duplicates.setWordWrap(False)
        self.duplicates.verticalHeader().hide()
        compact_rows(self.duplicates)
        self.confirm_other = QCheckBox(confirm_text)
        self.panel = QWidget()
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.duplicates_title, self.duplicates, self.confirm_other):
            layout.addWidget(widget)
        self.panel.hide()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DUPLICATE_CHECK_DELAY_MS)
        self._debounce.timeout.connect(self.refresh_duplicates)
        for edit in (self.first_name, self.last_name, self.phone, self.email):
            edit.textChanged.connect(self._debounce.start)
        self.birth_date.changed.connect(self._debounce.start)

    def rows(self) -> list[tuple[str, QWidget]]:
        """The form rows, label (with its mnemonic) and field, for the dialog's form layout."""
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Voornaam"), self.first_name), (self.tr("&Naam"), self.last_name),
            (self.tr("&Geboortedatum"), self.birth_date), (self.tr("&Telefoon"), self.phone),
            (self.tr("&E-mail"), self.email)]
        for label, widget in rows:
            widget.setAccessibleName(label.replace("&", ""))
        return rows

    def fields(self) -> dict[str, QWidget]:
        """Each field by the name a refusal gives it: a refused phone number puts the cursor in Telefoon."""
        return {"first_name": self.first_name, "last_name": self.last_name, "birth_date": self.birth_date,
                "phone": self.phone, "email": self.email}

    def ready(self) -> bool:
        """False (with the reason under the field, and the cursor in it) while the birth date is refused."""
        if self.birth_date.check():
            return True
        self.birth_date.setFocus()
        return False

    def values(self) -> Identity:
        """The identity as typed (after `ready`: the birth date is one, or empty)."""
        return {"first_name": self.first_name.text(), "last_name": self.last_name.text(),
                "birth_date": self.birth_date.value(), "phone": self.phone.text() or None,
                "email": self.email.text() or None}

    def typed_so_far(self) -> ClientInput:
        return ClientInput(self.first_name.text(), self.last_name.text(), self.birth_date.value_so_far(),
                           phone=self.phone.text() or None, email=self.email.text() or None)

    def refresh_duplicates(self) -> None:
        """Show who this might already be, as soon as a name, birth date, phone or e-mail is typed."""
        data = self.typed_so_far()
        if self._original is not None and all(
                (getattr(data, n) or None) == (getattr(self._original, n) or None)
                for n in ("first_name", "last_name", "birth_date")):
            candidates: list[DuplicateCandidate] = []       # a correction: only a new name or birth date
        elif data.first_name.strip() or data.last_name.strip() or data.phone or data.email:
            candidates = [c for c in self._ctx.service(Clients).likely_duplicates(data)
                          if c.client.id != self._client_id]
        else:
            return
        self.duplicates_model.set_rows(candidates)
        self._fit_duplicates()
        self.panel.setVisible(bool(candidates))

    def _fit_duplicates(self) -> None:
        """Every column as wide as its content, the table as wide as them all (up to the screen's
        width); the name column takes what is left and elides what does not fit."""
        view, header = self.duplicates, self.duplicates.horizontalHeader()
        widths = [max(view.sizeHintForColumn(i), header.sectionSizeHint(i))
                  for i in range(self.duplicates_model.columnCount())]
        screen = view.screen().availableGeometry().width()
        view.setMinimumWidth(min(sum(widths) + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width(),
                                 screen - SCREEN_SPARE))
        for i in range(len(widths)):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch if i == NAME_COLUMN
                                        else QHeaderView.ResizeMode.ResizeToContents)
        rows = min(self.duplicates_model.rowCount(), DUPLICATE_ROWS_SHOWN)
        view.setFixedHeight(header.sizeHint().height() + rows * view.verticalHeader().defaultSectionSize()
                            + 2 * view.frameWidth())
        QTimer.singleShot(0, lambda: keep_on_screen(self.panel.window()))

