"""The audit trail for coordinators: filter by action, person, dossier and period; everything in words (the
action, the kind of record, the fields' labels), never a value."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from leerwinkel_desk.domain.errors import DomainError
from leerwinkel_desk.services.audit_trail import AuditFilter, AuditRow, AuditTrail
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.offices import OfficeSetup
from leerwinkel_desk.ui.audit_words import action_label, action_labels, fields_label
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.date_field import DayBox
from leerwinkel_desk.ui.feedback import ErrorLabel
from leerwinkel_desk.ui.models import Column, RowsModel
from leerwinkel_desk.ui.pages.today import EnterTable
from leerwinkel_desk.ui.screen_fit import fitting_size
from leerwinkel_desk.ui.texts import format_moment, record_label
from leerwinkel_desk.ui.widgets import python_date


def record_text(event: AuditRow) -> str:
    """The kind of record in words, and for a colleague's account whose it is: "Medewerker: Jan Janssens"."""
    kind = record_label(event.entity)
    if event.record_person is None:
        return kind
    return QCoreApplication.translate("Audit", "{record}: {person}").format(record=kind, person=event.record_person)


class AuditDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Audittrail"))
        self.resize(fitting_size(self, QSize(1000, 640)))
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Actie"))
        self.action.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.action.setMinimumContentsLength(22)
        self.action.addItem(self.tr("alle acties"), "")
        for code, words in sorted(action_labels().items(), key=lambda item: item[1].casefold()):
            self.action.addItem(words, code)
        choices = self.action.view()                   # the list that opens shows the longest in full
        choices.setMinimumWidth(choices.sizeHintForColumn(0) + choices.verticalScrollBar().sizeHint().width()
                                + 2 * choices.frameWidth())
        self.dossier = QLineEdit()
        self.dossier.setPlaceholderText(self.tr("dossiernummer"))
        self.dossier.setAccessibleName(self.tr("Dossier"))
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Persoon"))
        self.person.addItem(self.tr("iedereen"), None)
        for person in ctx.service(OfficeSetup).counsellors():
            self.person.addItem(person.full_name, person.id)
        today = local_today(ctx.clock)
        self.start, self.end = DayBox(today - timedelta(days=30)), DayBox(today)
        self.model = RowsModel[AuditRow]([
            Column(lambda: QCoreApplication.translate("Audit", "Nr."), lambda e: e.seq),
            Column(lambda: QCoreApplication.translate("Audit", "Wanneer"), lambda e: format_moment(e.at)),
            Column(lambda: QCoreApplication.translate("Audit", "Wie"),
                   lambda e: e.actor or QCoreApplication.translate("Audit", "het programma")),
            Column(lambda: QCoreApplication.translate("Audit", "Actie"), lambda e: action_label(e.action)),
            Column(lambda: QCoreApplication.translate("Audit", "Gegeven"), record_text),
            Column(lambda: QCoreApplication.translate("Audit", "Dossier"), lambda e: e.dossier_no or ""),
            Column(lambda: QCoreApplication.translate("Audit", "Velden"), lambda e: fields_label(e.fields)),
        ], self)
        self.table = EnterTable(self.tr("Gebeurtenissen"))
        self.table.setModel(self.model)
        self.error = ErrorLabel()
        filters = QHBoxLayout()
        for widget in (self.action, self.person, self.dossier, self.start, self.end):
            filters.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self.action.currentIndexChanged.connect(self.refresh)
        self.dossier.textChanged.connect(self.refresh)
        self.person.currentIndexChanged.connect(self.refresh)
        self.start.dateChanged.connect(self.refresh)
        self.end.dateChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        try:
            rows = self._ctx.service(AuditTrail).events(AuditFilter(
                self.action.currentData(), python_date(self.start.date()), python_date(self.end.date()),
                self.person.currentData(), dossier_no=self.dossier.text().strip().upper()))
        except DomainError as error:
            self.error.show_error(error)
            return
        self.error.clear_error()
        self.model.set_rows(rows)
