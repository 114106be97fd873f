"""Ctrl+I: import and export (coordinators). The registration import, the registration export, the
pseudonymised monitoring extract, and the CSV import of the training offer and of the social map. Each runs
in the background with a progress bar and a Stop button; an import is first checked whole (a dry run shown
as a table of problems and counts) and written only when the person confirms."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.monitoring import ReportFilter
from leerwinkel_desk.services.monitoring_extract import ExtractSummary, MonitoringExtract
from leerwinkel_desk.services.reference_import import ReferenceImport, ReferenceImportReport, ReferenceKind
from leerwinkel_desk.services.registration.export import ExportSummary, RegistrationExport
from leerwinkel_desk.services.registration.importer import RegistrationImport
from leerwinkel_desk.services.registration.report import ImportReport
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.date_field import DayBox
from leerwinkel_desk.ui.design.components import PlainLabel
from leerwinkel_desk.ui.feedback import ErrorLabel
from leerwinkel_desk.ui.file_dialogs import ask_folder, ask_open_file, ask_save_file
from leerwinkel_desk.ui.operation import Change, OpChanges, Progress, perform_with_progress
from leerwinkel_desk.ui.screen_fit import fitting_size
from leerwinkel_desk.ui.texts import import_problem_text
from leerwinkel_desk.ui.widgets import python_date

PREFERRED_SIZE = QSize(860, 600)
VALUE_COLUMN = 4            # of the problems table: the cell, shown for reference data only


class Transfer(StrEnum):
    REGISTRATIONS_IN = "registrations_in"
    REGISTRATIONS_OUT = "registrations_out"
    EXTRACT = "extract"
    COURSES_IN = "courses_in"
    PARTNERS_IN = "partners_in"

    @property
    def imports(self) -> bool:
        return self in (Transfer.REGISTRATIONS_IN, Transfer.COURSES_IN, Transfer.PARTNERS_IN)


class TransferDialog(QDialog):
    """What to import or export, where, and (for the extract) which period; the outcome as a table."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._stop: threading.Event | None = None
        self.checked: Path | None = None          # the file or folder whose dry run was clean
        self.setWindowTitle(self.tr("Importeren en exporteren"))
        self.resize(fitting_size(self, PREFERRED_SIZE))
        self.what = QComboBox()
        for kind, label in self.labels().items():
            self.what.addItem(label, kind.value)
        self.place = QLineEdit()
        self.choose = QPushButton(self.tr("Kie&zen…"))
        self.file_dialog: QFileDialog | None = None
        today, chosen = local_today(ctx.clock), ctx.report_period      # the report's period, once one was chosen
        self.start_date = DayBox(chosen.start or today - timedelta(days=365))
        self.end_date = DayBox(chosen.end or today)
        place_row = QHBoxLayout()
        place_row.addWidget(self.place, 1)
        place_row.addWidget(self.choose)
        self.period = QWidget()
        period_row = QHBoxLayout(self.period)
        period_row.setContentsMargins(0, 0, 0, 0)
        period_row.addWidget(self.start_date)
        period_row.addWidget(PlainLabel(self.tr("tot en met")))
        period_row.addWidget(self.end_date)
        period_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Wat"), self.what)
        place_label = PlainLabel(self.tr("&Bestand of map"))
        place_label.setBuddy(self.place)
        form.addRow(place_label, place_row)
        self.period_label = PlainLabel(self.tr("&Periode"))
        self.period_label.setBuddy(self.start_date)
        form.addRow(self.period_label, self.period)
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.confirm_button = QPushButton(self.tr("Nu &importeren"))
        self.stop_button = QPushButton(self.tr("&Stoppen"))
        self.progress = QProgressBar()
        self.summary = PlainLabel()
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 5)
        self.problems.setHorizontalHeaderLabels([self.tr("Bestand"), self.tr("Regel"), self.tr("Kolom"),
                                                 self.tr("Probleem"), self.tr("Waarde")])
        self.problems.setAccessibleName(self.tr("Problemen"))
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.verticalHeader().hide()
        self.error = ErrorLabel()
        actions = QHBoxLayout()
        for button in (self.start_button, self.confirm_button, self.stop_button):
            actions.addWidget(button)
        actions.addWidget(self.progress, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.what.currentIndexChanged.connect(self.kind_changed)
        self.place.textEdited.connect(lambda _text: self.forget_check())
        self.choose.clicked.connect(self.choose_place)
        self.start_button.clicked.connect(self.start)
        self.confirm_button.clicked.connect(self.confirm)
        self.stop_button.clicked.connect(self.stop)
        self.kind_changed()
        self.what.setFocus()

    def labels(self) -> dict[Transfer, str]:
        return {Transfer.REGISTRATIONS_IN: self.tr("Registraties importeren (map met clients.csv, requests.csv, "
                                                   "contacts.csv)"),
                Transfer.REGISTRATIONS_OUT: self.tr("Registraties exporteren (naar een map)"),
                Transfer.EXTRACT: self.tr("Monitoring-extract (gepseudonimiseerd, CSV)"),
                Transfer.COURSES_IN: self.tr("Opleidingsaanbod importeren (CSV)"),
                Transfer.PARTNERS_IN: self.tr("Sociale kaart importeren (CSV)")}

    def kind(self) -> Transfer:
        return Transfer(self.what.currentData())

    def kind_changed(self) -> None:
        kind = self.kind()
        self.period.setVisible(kind is Transfer.EXTRACT)
        self.period_label.setVisible(kind is Transfer.EXTRACT)
        self.start_button.setText(self.tr("&Nakijken") if kind.imports else self.tr("&Exporteren"))
        self.confirm_button.setVisible(kind.imports)
        self.forget_check()
        self._busy(False)

    def forget_check(self) -> None:
        """Another file or kind: what was checked no longer stands for it."""
        self.checked = None
        self.confirm_button.setEnabled(False)
        self.problems.setRowCount(0)
        self.summary.clear()

    def choose_place(self) -> None:
        kind, start = self.kind(), self.place.text()
        if kind in (Transfer.REGISTRATIONS_IN, Transfer.REGISTRATIONS_OUT):
            self.file_dialog = ask_folder(self, self.tr("Map kiezen"), "registrations", self.place_chosen, start)
        elif kind is Transfer.EXTRACT:
            self.file_dialog = ask_save_file(self, self.tr("Extract bewaren"), "monitoring-extract.csv", "csv",
                                             self.place_chosen, start)
        else:
            self.file_dialog = ask_open_file(self, self.tr("CSV-bestand kiezen"), "csv", self.place_chosen, start)

    def place_chosen(self, path: Path) -> None:
        self.place.setText(str(path))
        self.forget_check()

    def target(self) -> Path | None:
        text = self.place.text().strip()
        if not text:
            self.summary.setText(self.tr("Kies eerst een bestand of map."))
            self.place.setFocus()
            return None
        return Path(text).expanduser()

    def start(self) -> None:
        """An import is checked (a dry run); an export is written."""
        path, kind = self.target(), self.kind()
        if path is None:
            return
        self.forget_check()
        if kind.imports:
            self._run(self._import_work(kind, path, dry_run=True), lambda report: self.show_check(path, report),
                      None)
        elif kind is Transfer.REGISTRATIONS_OUT:
            export = self._ctx.service(RegistrationExport)
            self._run(lambda progress: export.export_folder(path, progress), self.show_export, None)
        else:
            extract, wanted = self._ctx.service(MonitoringExtract), ReportFilter(
                python_date(self.start_date.date()), python_date(self.end_date.date()))
            self._run(lambda progress: extract.write(wanted, path, progress=progress), self.show_extract, None)

    def confirm(self) -> None:
        """The checked file written: the same file, checked again in the same transaction."""
        if self.checked is None:
            return
        kind, path = self.kind(), self.checked
        self._run(self._import_work(kind, path, dry_run=False), self.show_imported,
                  OpChanges(Change.DOSSIER | Change.AGENDA | Change.REFERENCE, None, self.tr("Import klaar")))

    def _import_work(self, kind: Transfer, path: Path, dry_run: bool) -> Callable[[Progress], object]:
        if kind is Transfer.REGISTRATIONS_IN:
            registrations, folder = self._ctx.service(RegistrationImport), path if path.is_dir() else path.parent
            return lambda progress: registrations.import_folder(folder, dry_run=dry_run, progress=progress)
        reference = self._ctx.service(ReferenceImport)
        which = ReferenceKind.COURSES if kind is Transfer.COURSES_IN else ReferenceKind.PARTNERS
        return lambda progress: reference.import_file(which, path, dry_run, progress)

    def _run(self, work: Callable[[Progress], object], done: Callable[..., None], changes: OpChanges | None) -> None:
        self._stop = threading.Event()
        self._busy(True)

        def finished(result: object) -> None:
            self._busy(False)
            done(result)

        perform_with_progress(self._ctx.operations, self._ctx.jobs, work, self.error, changes, finished,
                              lambda: self._busy(False), self.show_progress, self._stop)

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def stop(self) -> None:
        if self._stop is not None:
            self._stop.set()
            self.summary.setText(self.tr("Wordt gestopt…"))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)            # busy without a count until the work tells one
        self.stop_button.setVisible(busy)
        for widget in (self.start_button, self.what, self.place, self.choose):
            widget.setEnabled(not busy)
        if busy:
            self.confirm_button.setEnabled(False)
            self.stop_button.setFocus()

    # --- the outcomes -------------------------------------------------------------------------
    def show_check(self, path: Path, report: ImportReport | ReferenceImportReport) -> None:
        self.fill_problems(report)
        if not report.ok:
            found = (self.tr("1 probleem") if self.problems.rowCount() == 1
                     else self.tr("{n} problemen").format(n=self.problems.rowCount()))
            self.summary.setText(self.tr("Nagekeken: {found}. Er werd niets geïmporteerd; verbeter het bestand "
                                         "en kijk opnieuw na.").format(found=found))
            self.problems.setFocus()
            return
        self.checked = path
        self.summary.setText(self.tr("Nagekeken, zonder fouten. {counts} Nu importeren?").format(
            counts=self.counts(report)))
        self.confirm_button.setEnabled(True)
        self.confirm_button.setFocus()

    def show_imported(self, report: ImportReport | ReferenceImportReport) -> None:
        self.fill_problems(report)
        self.checked = None
        if report.written:
            self.summary.setText(self.tr("Geïmporteerd. {counts}").format(counts=self.counts(report)))
        else:
            self.summary.setText(self.tr("Niet geïmporteerd: het bestand veranderde sinds het nakijken."))

    def show_export(self, summary: ExportSummary) -> None:
        self.summary.setText(self.tr("Geëxporteerd naar {folder}: {clients} cliënten, {requests} leervragen, "
                                     "{contacts} contacten.").format(folder=summary.folder, clients=summary.clients,
                                                                     requests=summary.requests,
                                                                     contacts=summary.contacts))

    def show_extract(self, summary: ExtractSummary) -> None:
        self.summary.setText(self.tr("Extract bewaard als {path}: {n} leervragen, zonder namen.").format(
            path=summary.path, n=summary.requests))

    def counts(self, report: ImportReport | ReferenceImportReport) -> str:
        if isinstance(report, ReferenceImportReport):
            if report.kind is ReferenceKind.COURSES:
                return self.tr("Opleidingen: {new} nieuw, {old} al in het aanbod; nieuwe aanbieders: "
                               "{providers}.").format(new=report.created, old=report.existing,
                                                      providers=", ".join(report.new_providers) or "-")
            return self.tr("Partners: {new} nieuw, {old} al op de kaart; {contacts} nieuwe contactpersonen.").format(
                new=report.created, old=report.existing, contacts=report.new_contacts)
        counted = self.tr("Cliënten: {c} nieuw, {cu} bijgewerkt; leervragen: {r} nieuw, {ru} bijgewerkt; contacten: "
                          "{k} nieuw.").format(c=report.clients.created, cu=report.clients.updated,
                                               r=report.requests.created, ru=report.requests.updated,
                                               k=report.contacts.created)
        # what the import added to the office besides its casework, by name: "OCMW Kortrijk" became an
        # organisation beside Sociaal Huis Kortrijk without a word
        made = [(self.tr("Nieuwe doorverwijzende organisaties: {names}."), report.new_organisations),
                (self.tr("Nieuwe loketten: {names}."), report.new_lokets),
                (self.tr("Nieuwe begeleiders: {names}."), report.new_counsellors)]
        return " ".join([counted, *(text.format(names=", ".join(names)) for text, names in made if names)])

    def fill_problems(self, report: ImportReport | ReferenceImportReport) -> None:
        reference = isinstance(report, ReferenceImportReport)
        problems = (*report.problems, *report.warnings) if isinstance(report, ReferenceImportReport) \
            else (*report.errors, *report.warnings)
        rows = [(p.file, "" if p.line is None else str(p.line), p.column or "",
                 import_problem_text(p.code.value, p.value or "", p.detail or ""),
                 (p.value or "") if reference and p.column else "") for p in problems]
        # the training offer's and the social map's cells are shown; a person's never (a screenshot sent
        # for help must not carry a birth date or circumstances): file, line and column find them
        self.problems.setColumnHidden(VALUE_COLUMN, not reference)
        self.problems.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.problems.setItem(row, column, QTableWidgetItem(text))
        self.problems.resizeColumnsToContents()

    def reject(self) -> None:
        if self._stop is not None and self.stop_button.isVisible():
            self.stop()                     # Escape while it runs stops it; the window stays open
            return
        super().reject()

