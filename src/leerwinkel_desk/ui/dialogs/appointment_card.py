"""Ctrl+Shift+P in a dossier: the client's appointment card of the request's next booked session, A6 or A5,
with the key sentence also in English, French or Arabic if wanted, saved as a PDF to print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from leerwinkel_desk.domain.calendar import BRUSSELS
from leerwinkel_desk.domain.errors import NotFound
from leerwinkel_desk.services.appointment_card import AppointmentCards, CardLanguage, CardSize
from leerwinkel_desk.services.contacts import ContactRow
from leerwinkel_desk.services.requests import RequestRow
from leerwinkel_desk.store.durable import write_whole
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.design.components import PlainLabel
from leerwinkel_desk.ui.file_dialogs import ask_save_file
from leerwinkel_desk.ui.form_dialog import FormDialog
from leerwinkel_desk.ui.operation import perform_later
from leerwinkel_desk.ui.texts import format_date, format_time_of_day


class AppointmentCardDialog(FormDialog):
    """The size and the second language; Save asks where the PDF goes, then makes it in the background."""

    def __init__(self, ctx: DeskContext, request: RequestRow, booked: ContactRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._request = ctx, request
        self.saved_to: Path | None = None
        self.setWindowTitle(self.tr("Afsprakenkaart"))
        self.appointment = PlainLabel(self.tr("Volgende afspraak: {day} om {time}").format(
            day=format_date(booked.at.astimezone(BRUSSELS).date()), time=format_time_of_day(booked.at)))
        self.card_size = QComboBox()
        self.card_size.addItem(self.tr("A6 (klein, voor in de portefeuille)"), CardSize.A6.value)
        self.card_size.addItem(self.tr("A5 (groot, beter leesbaar)"), CardSize.A5.value)
        self.language = QComboBox()
        self.language.addItem(self.tr("alleen Nederlands"), None)
        for language, name in ((CardLanguage.ENGLISH, "English"), (CardLanguage.FRENCH, "Français"),
                               (CardLanguage.ARABIC, "العربية")):
            self.language.addItem(name, language.value)
        form = QFormLayout()
        form.addRow(self.appointment)
        form.addRow(self.tr("&Formaat"), self.card_size)
        form.addRow(self.tr("&Ook in"), self.language)
        self.lay_out(form, self.tr("Als PDF &bewaren…"))
        self.first_field = self.card_size

    def save(self) -> None:
        name = self.tr("{number}-afspraak.pdf").format(number=self._request.request_no)
        ask_save_file(self, self.tr("Afsprakenkaart bewaren"), name, "pdf", self.write)

    def write(self, path: Path) -> None:
        from leerwinkel_desk.reports.letters import PdfLetters  # ReportLab: when needed

        cards, renderer = self._ctx.service(AppointmentCards), PdfLetters.for_database(self._ctx.db)
        language = CardLanguage(self.language.currentData()) if self.language.currentData() else None
        size, request_id = CardSize(self.card_size.currentData()), self._request.id

        def work() -> Path:
            card = cards.for_request(request_id, language)
            if card is None:                        # the session was held or moved meanwhile
                raise NotFound("booked_session", request_id)
            write_whole(path, renderer.appointment_card(card, size))
            return path

        def done(saved: Path) -> None:
            self.saved_to = saved
            self.accept()

        self.setEnabled(False)
        perform_later(self._ctx.operations, self._ctx.jobs, work, self.error, None, done,
                      lambda: self.setEnabled(True))
