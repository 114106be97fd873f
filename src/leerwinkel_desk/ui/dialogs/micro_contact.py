"""Ctrl+M: log a micro-contact in seconds. A letter picks the channel, type one line, Enter."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from leerwinkel_desk.domain.enums import Channel
from leerwinkel_desk.domain.errors import DomainError
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.feedback import ErrorLabel
from leerwinkel_desk.ui.texts import channel_label

CHANNEL_KEYS = {
    Qt.Key.Key_W: Channel.WHATSAPP, Qt.Key.Key_S: Channel.SMS, Qt.Key.Key_T: Channel.PHONE,
    Qt.Key.Key_E: Channel.EMAIL, Qt.Key.Key_F: Channel.FACEBOOK, Qt.Key.Key_C: Channel.CHAT,
    Qt.Key.Key_V: Channel.VIDEO, Qt.Key.Key_B: Channel.LETTER,
}
KEY_LETTERS = {Qt.Key.Key_W: "W", Qt.Key.Key_S: "S", Qt.Key.Key_T: "T", Qt.Key.Key_E: "E",
               Qt.Key.Key_F: "F", Qt.Key.Key_C: "C", Qt.Key.Key_V: "V", Qt.Key.Key_B: "B"}


class MicroContactDialog(QDialog):
    """First key: the channel's letter. Then the line. Enter saves, Escape cancels."""

    def __init__(self, ctx: DeskContext, request_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._request_id = ctx, request_id
        self.channel: Channel | None = None
        self.setWindowTitle(self.tr("Microcontact"))
        layout = QVBoxLayout(self)
        hint = "   ".join(f"{KEY_LETTERS[k]} {channel_label(c)}" for k, c in CHANNEL_KEYS.items())
        self.hint = QLabel(self.tr("Kies het kanaal met een letter:") + "\n" + hint)
        self.hint.setWordWrap(True)
        self.channel_label = QLabel(self.tr("Kanaal: —"))
        self.channel_label.setAccessibleName(self.tr("Gekozen kanaal"))
        self.summary = QLineEdit()
        self.summary.setAccessibleName(self.tr("Wat werd er gezegd of gestuurd"))
        self.summary.setPlaceholderText(self.tr("Eén regel, bv. herinnering afspraak gestuurd"))
        self.summary.setEnabled(False)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 600)
        self.minutes.setSpecialValueText(self.tr("niet ingevuld"))
        self.minutes.setAccessibleName(self.tr("Minuten"))
        self.minutes.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("&Samenvatting"), self.summary)
        form.addRow(self.tr("&Minuten (optioneel)"), self.minutes)
        self.error = ErrorLabel()
        for widget in (self.hint, self.channel_label):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.summary.returnPressed.connect(self.save)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if self.channel is None and event.key() in CHANNEL_KEYS and not event.modifiers():
            self.channel = CHANNEL_KEYS[event.key()]
            self.channel_label.setText(self.tr("Kanaal: {name}").format(name=channel_label(self.channel)))
            self.summary.setEnabled(True)
            self.minutes.setEnabled(True)
            self.summary.setFocus()
            return
        super().keyPressEvent(event)

    def save(self) -> None:
        if self.channel is None:
            return
        try:
            self._ctx.service(Contacts).log_micro(
                self._request_id, self.channel, self.summary.text(),
                minutes=self.minutes.value() or None)
        except DomainError as error:
            self.error.show_error(error)
            return
        self.accept()
