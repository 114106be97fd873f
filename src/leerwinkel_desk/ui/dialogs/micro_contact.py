"""Ctrl+M: log a micro-contact in seconds. A letter picks the channel, type one line, Enter (from the minutes
too, keypad Enter and Ctrl+Enter as well: Bewaren is the default button).

The letters are every form's channel letters (`channel_key` in ui/texts.py: T for telefoon, B for brief in
Dutch; P for phone, L for letter in English), so a letter picks the same channel here as in Nieuw contact.

Wanneer (Alt+E, its time Alt+O) shows now; left as it is, the micro-contact is logged at the moment it is saved, as
ever (no key more). Yesterday afternoon's call is given its day and time (domain/contact_moments.py's moments).
"""

from __future__ import annotations

import uuid
from typing import Any

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
from leerwinkel_desk.services.drafts import Drafts
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.date_field import MomentField
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
DRAFT_FORM = "micro_contact"    # the session form's drafts are "session"
MIN_WIDTH_CHARS = 70            # room for the channels in four columns and a one-line summary


class MicroContactDialog(FormDialog):
    """First key: the channel's letter. Then the line. Enter saves, Escape cancels.

    What was typed is kept as a draft when the desk locks or crashes, or a colleague signs the person out from
    the lock screen (ui/crash.py keep_open_work); the next micro-contact on the request starts from it, said in
    a line. It is dropped once the form closes (saved, or thrown away on Escape)."""

    def __init__(self, ctx: DeskContext, request_id: uuid.UUID, parent: QWidget | None = None,
                 client_id: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._request_id, self._client_id = ctx, request_id, client_id
        self.channel: Channel | None = None
        self._drafted = False                   # a draft of this form is kept: dropped when it closes
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
        self.moment = MomentField(ctx.clock.now)
        self.moment.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("&Samenvatting"), self.summary)
        form.addRow(self.tr("&Minuten (optioneel)"), self.minutes)
        form.addRow(self.tr("Wann&eer"), self.moment)
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
        self.draft_note = PlainLabel(self.tr("Uw concept van dit microcontact is teruggezet."))
        self.draft_note.hide()
        layout.addWidget(self.draft_note)
        layout.addWidget(self.hint)
        layout.addLayout(letters)
        layout.addWidget(self.channel_label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.finished.connect(self._drop_draft)
        self._start_from_draft(ctx.service(Drafts).load(DRAFT_FORM, request_id))

    def _start_from_draft(self, draft: dict[str, Any] | None) -> None:
        if not draft or draft.get("channel") not in {channel.value for channel in MICRO_CHANNELS}:
            return
        self._drafted = True
        self._choose(Channel(draft["channel"]))
        self.summary.setText(str(draft.get("summary", "")))
        self.summary.setModified(True)          # Escape asks before it throws the draft away
        self.minutes.setValue(int(draft.get("minutes") or 0))
        if isinstance(draft.get("at"), dict):
            self.moment.restore(draft["at"])
        self.draft_note.show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        (self.summary if self.channel is not None else self).setFocus()

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        if visible and self.channel is not None:    # a draft taken up: typing goes on at the end of its line
            self.summary.end(False)                 # (QDialog's show selected it all, as a Tab into it does)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        letter = event.text().upper()
        if self.channel is None and letter in self.letters and not event.modifiers():
            self._choose(self.letters[letter])
            self.summary.setFocus()
            self.error.clear_error()
            return
        super().keyPressEvent(event)           # Enter: the default button, Bewaren

    def _choose(self, channel: Channel) -> None:
        self.channel = channel
        self.channel_label.setText(self.tr("Kanaal: {name}").format(name=channel_label(channel)))
        self.summary.setEnabled(True)
        self.minutes.setEnabled(True)
        self.moment.setEnabled(True)

    def keeps_drafts(self) -> bool:
        return True

    def has_typing(self) -> bool:
        return self.channel is not None and bool(self.summary.text().strip())

    def save_draft(self) -> bool:
        """Keep the channel, the line, the minutes and a moment given as this person's draft of a micro-contact on
        the request."""
        if self.channel is None or not self.has_typing():
            return False
        draft: dict[str, Any] = {
            "channel": self.channel.value, "summary": self.summary.text(), "minutes": self.minutes.value()}
        if self.moment.chosen():
            draft["at"] = self.moment.typed()
        self._ctx.service(Drafts).save(DRAFT_FORM, self._request_id, draft, self._client_id)
        self._drafted = True
        return True

    def _drop_draft(self, _result: int) -> None:
        if self._drafted:
            self._drafted = False
            self._ctx.service(Drafts).discard(DRAFT_FORM, self._request_id)

    def save(self) -> None:
        if self.channel is None:                # Enter or Bewaren before a letter: said, not ignored
            self.error.show_error(InvalidValue("", "channel_letter"))
            return
        if not self.moment.check():             # a day refused: said under Wanneer, as when it is left
            self.error.clear_error()
            self.moment.setFocus()
            return
        channel = self.channel
        if perform(self._ctx.operations, lambda: self._ctx.service(Contacts).log_micro(
                self._request_id, channel, self.summary.text(), minutes=self.minutes.value() or None,
                at=self.moment.value() if self.moment.chosen() else None),      # untouched: now, when saved
                self.error, OpChanges(Change.TIMELINE | Change.AGENDA, None, self.tr("Microcontact bewaard")),
                {"summary": self.summary, "minutes": self.minutes, "at": self.moment}):
            self.accept()
