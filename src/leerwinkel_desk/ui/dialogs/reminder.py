"""Ctrl+Shift+R: a short reminder of the next booked session (day, hour, place) for WhatsApp or sms. Enter puts
it on the clipboard and logs the micro-contact in the same step; the text (plain Dutch, like the letters)
can be adjusted first."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit, QRadioButton, QVBoxLayout, QWidget

from leerwinkel_desk.domain.enums import Channel
from leerwinkel_desk.services.reminders import Reminder, Reminders
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.design.components import PlainLabel
from leerwinkel_desk.ui.feedback import ErrorLabel
from leerwinkel_desk.ui.form_dialog import FormDialog
from leerwinkel_desk.ui.operation import Change, OpChanges, perform
from leerwinkel_desk.ui.texts import channel_mnemonic, format_moment


class ReminderDialog(FormDialog):
    def __init__(self, ctx: DeskContext, reminder: Reminder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._reminder = ctx, reminder
        self.setWindowTitle(self.tr("Herinnering kopiëren"))
        self.text = QPlainTextEdit(reminder.text)
        self.text.setAccessibleName(self.tr("Tekst van de herinnering"))
        self.whatsapp = QRadioButton(channel_mnemonic(Channel.WHATSAPP))      # Alt+W, Alt+S: the channel letters
        self.sms = QRadioButton(channel_mnemonic(Channel.SMS))
        self.whatsapp.setChecked(True)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Kopiëren en bijhouden"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(PlainLabel(self.tr("Gesprek van {moment}").format(moment=format_moment(reminder.session.at))))
        layout.addWidget(self.text)
        layout.addWidget(self.whatsapp)
        layout.addWidget(self.sms)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.first_field = buttons.button(QDialogButtonBox.StandardButton.Ok)

    def keeps_typing_elsewhere(self) -> bool:
        return True                 # the text is made again from the booking: closing loses nothing

    def save(self) -> None:
        channel = Channel.WHATSAPP if self.whatsapp.isChecked() else Channel.SMS
        reminder = replace(self._reminder, text=self.text.toPlainText())
        if perform(self._ctx.operations, lambda: self._ctx.service(Reminders).sent(reminder, channel), self.error,
                   OpChanges(Change.TIMELINE | Change.AGENDA, None,
                             self.tr("Herinnering gekopieerd en als microcontact bijgehouden"))):
            QGuiApplication.clipboard().setText(reminder.text)
            self.accept()
