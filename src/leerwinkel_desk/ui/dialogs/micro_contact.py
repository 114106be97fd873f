"""Ctrl+M: log a micro-contact in seconds. A letter picks the channel, type one line, Enter (from the minutes
too, keypad Enter and Ctrl+Enter as well: Bewaren is the default button).

The letters are every form's channel letters (`channel_key` in ui/texts.py: T for telefoon, B for brief in
Dutch; P for phone, L for letter in English), so a letter picks the same channel here as in Nieuw contact.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.domain.enums import Channel
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.design.components import IconText, PlainLabel
from leerwinkel_desk.ui.design.icons import channel_icon
from leerwinkel_desk.ui.feedback import ErrorLabel
from leerwinkel_desk.ui.form_dialog import FormDialog
from leerwinkel_desk.ui.operation import Change, OpChanges, perform
from leerwinkel_desk.ui.texts import channel_key, channel_label
from leerwinkel_desk.ui.widgets import show_placeholder

MICRO_CHANNELS = (Channel.WHATSAPP, Channel.SMS, Channel.PHONE, Channel.EMAIL, Channel.FACEBOOK,
                  Channel.CHAT, Channel.VIDEO, Channel.LETTER)
HINT_COLUMNS = 4
MIN_WIDTH_CHARS = 70            # room for the channels in four columns and a one-line summary


class MicroContactDialog(FormDialog):
    """First key: the channel's letter. Then the line. Enter saves, Escape cancels."""

    def __init__(self, ctx: DeskContext, request_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._request_id = ctx, request_id
        self.channel: Channel | None = None
        self.setWindowTitle(self.tr("Microcontact"))
        layout = QVBoxLayout(self)
        self.letters = {channel_key(channel): channel for channel in MICRO_CHANNELS}
        self.hint = PlainLabel(self.tr("Kies het kanaal met een letter:"))
        letters = QGridLayout()              # each letter beside its channel, never wrapped apart
        for index, (letter, channel) in enumerate(self.letters.items()):
            letters.addWidget(IconText(channel_icon(channel), f"<b>{letter}</b>&nbsp;&nbsp;{channel_label(channel)}",
                                       rich=True),
                              index // HINT_COLUMNS, index % HINT_COLUMNS)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * MIN_WIDTH_CHARS)
        self.channel_label = PlainLabel(self.tr("Kanaal: —"))
        self.channel_label.setAccessibleName(self.tr("Gekozen kanaal"))
        self.summary = QLineEdit()
        self.summary.setAccessibleName(self.tr("Wat werd er gezegd of gestuurd"))
        show_placeholder(self.summary, self.tr("Eén regel, bv. herinnering afspraak gestuurd"))
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Bewaren (Enter)"))      # no mnemonic: the letters choose channels
        self.save_button.setDefault(True)       # Enter in any field (keypad Enter too) and Ctrl+Enter press it
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren (Esc)"))
        for button in buttons.buttons():
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)     # a click leaves the letters with the form
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.hint)
        layout.addLayout(letters)
        layout.addWidget(self.channel_label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        letter = event.text().upper()
        if self.channel is None and letter in self.letters and not event.modifiers():
            self.channel = self.letters[letter]
            self.channel_label.setText(self.tr("Kanaal: {name}").format(name=channel_label(self.channel)))
            self.summary.setEnabled(True)
            self.minutes.setEnabled(True)
            self.summary.setFocus()
            self.error.clear_error()
            return
        super().keyPressEvent(event)           # Enter: the default button, Bewaren

    def save(self) -> None:
        if self.channel is None:                # Enter or Bewaren before a letter: said, not ignored
            self.error.show_error(InvalidValue("", "channel_letter"))
            return
        channel = self.channel
        if perform(self._ctx.operations, lambda: self._ctx.service(Contacts).log_micro(
                self._request_id, channel, self.summary.text(), minutes=self.minutes.value() or None),
                self.error, OpChanges(Change.TIMELINE | Change.AGENDA, None, self.tr("Microcontact bewaard")),
                {"summary": self.summary, "minutes": self.minutes}):
            self.accept()
