"""Ctrl+I: import and export (coordinators). The registration import, the registration export, the
pseudonymised monitoring extract, and the CSV import of the training offer and of the social map. Each runs
in the background with a progress bar and a Stop button; an import is first checked whole (a dry run shown
as a table of problems, each sentence wrapped whole, and counts) and written only when the person confirms.

For the training offer and the social map the tab Kolommen lists the file's columns with what each holds, and
*Voorbeeldbestand bewaren…* saves a file to fill in: both from the importer's own definition of the columns
(services/reference_format.py). A file that is not UTF-8 is read as Windows-1252 when it is a plain Western
text (services/import_files.py); the check says so with a few of its words, to look at before importing."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.monitoring import ReportFilter
from leerwinkel_desk.services.monitoring_extract import ExtractSummary, MonitoringExtract
from leerwinkel_desk.services.reference_format import Holds, Need, ReferenceColumn, template
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
PROBLEM_COLUMN, VALUE_COLUMN = 3, 4     # of the problems table: the sentence; the cell (reference data only)
VALUE_SHARE = 0.25                      # the most of the table's width the cells found take; the sentence the rest


class Transfer(StrEnum):
    REGISTRATIONS_IN = "registrations_in"
    REGISTRATIONS_OUT = "registrations_out"
    EXTRACT = "extract"
    COURSES_IN = "courses_in"
    PARTNERS_IN = "partners_in"

    @property
    def imports(self) -> bool:
        return self in (Transfer.REGISTRATIONS_IN, Transfer.COURSES_IN, Transfer.PARTNERS_IN)

    @property
    def reference(self) -> ReferenceKind | None:
        return {Transfer.COURSES_IN: ReferenceKind.COURSES, Transfer.PARTNERS_IN: ReferenceKind.PARTNERS}.get(self)


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
        wrapping_table(self.problems, PROBLEM_COLUMN)
        self.problems.horizontalHeader().setSectionResizeMode(VALUE_COLUMN, QHeaderView.ResizeMode.Interactive)
        self.template_button = QPushButton(self.tr("&Voorbeeldbestand bewaren…"))
        self.columns_intro = PlainLabel()
        self.columns_intro.setWordWrap(True)
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels([self.tr("Kolom"), self.tr("Nodig"), self.tr("Wat erin staat")])
        self.columns.setAccessibleName(self.tr("Kolommen van het bestand"))
        wrapping_table(self.columns, 2)
        columns_page = QWidget()
        columns_layout = QVBoxLayout(columns_page)
        columns_layout.addWidget(self.columns_intro)
        columns_layout.addWidget(self.columns, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.problems, self.tr("Problemen"))
        self.tabs.addTab(columns_page, self.tr("&Kolommen"))
        for column in (0, 1):
            self.columns.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.error = ErrorLabel()
        actions = QHBoxLayout()
        for button in (self.start_button, self.confirm_button, self.stop_button):
            actions.addWidget(button)
        actions.addWidget(self.progress, 1)
        actions.addStretch()
        actions.addWidget(self.template_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.what.currentIndexChanged.connect(self.kind_changed)
        self.place.textEdited.connect(lambda _text: self.forget_check())
        self.choose.clicked.connect(self.choose_place)
        self.start_button.clicked.connect(self.start)
        self.confirm_button.clicked.connect(self.confirm)
        self.stop_button.clicked.connect(self.stop)
        self.template_button.clicked.connect(self.ask_template_place)
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
        reference = kind.reference
        self.template_button.setVisible(reference is not None)
        self.tabs.setTabVisible(1, reference is not None)
        if reference is not None:
            self.show_columns(reference)
            self.tabs.setCurrentIndex(1)            # nothing checked yet: what the file should hold
        else:
            self.tabs.setCurrentIndex(0)
        self.forget_check()
        self._busy(False)

    def show_columns(self, kind: ReferenceKind) -> None:
        """The file's columns as the importer defines them: the name to give each, what it holds."""
        self.columns_intro.setText(self.tr(
            "Eén rij per {what}, met een kopregel. De kolommen in elke volgorde, met hun naam of hun code; "
            "alleen de verplichte moeten er zijn. Een puntkomma of komma ertussen; UTF-8 zoals Excel het als "
            "'CSV UTF-8' bewaart, of een ouder Excel-bestand. Een bestand om in te vullen: Voorbeeldbestand "
            "bewaren (Alt+V).").format(what=self.tr("opleiding") if kind is ReferenceKind.COURSES
                                       else self.tr("partner of contactpersoon")))
        self.columns.setRowCount(len(kind.columns))
        for row, column in enumerate(kind.columns):
            others = ", ".join((*column.dutch[1:], column.code))
            cells = (column.name, need_text(column.need),
                     self.tr("{holds}\nOok als kolom: {others}").format(holds=holds_text(column), others=others))
            for place, text in enumerate(cells):
                self.columns.setItem(row, place, QTableWidgetItem(text))
        # the names as wide as the longest one, the need on a line or two: what each holds keeps the rest
        metrics, padding = self.columns.fontMetrics(), 2 * self.columns.fontMetrics().averageCharWidth() + 8
        self.columns.setColumnWidth(0, max(metrics.horizontalAdvance(c.name) for c in kind.columns) + padding)
        self.columns.setColumnWidth(1, max(metrics.horizontalAdvance(word) for word in (
            need_text(Need.REQUIRED), need_text(Need.OPTIONAL))) + padding)

    def ask_template_place(self) -> None:
        kind = self.kind().reference
        if kind is None:
            return
        name = (self.tr("opleidingsaanbod-voorbeeld.csv") if kind is ReferenceKind.COURSES
                else self.tr("sociale-kaart-voorbeeld.csv"))
        self.file_dialog = ask_save_file(self, self.tr("Voorbeeldbestand bewaren"), name, "csv",
                                         lambda path: self.save_template(kind, path))

    def save_template(self, kind: ReferenceKind, path: Path) -> None:
        """The file to fill in, saved; the place to import from is then that file."""
        try:
            path.write_bytes(template(kind.columns))
        except OSError:
            self.summary.setText(self.tr("Het voorbeeldbestand kon niet bewaard worden als {path}: kies een andere "
                                         "map.").format(path=path))
            return
        self.place.setText(str(path))
        self.forget_check()
        self.summary.setText(self.tr("Voorbeeldbestand bewaard als {path}. Vul het aan in Excel (de voorbeeldregel "
                                     "vervangen of wissen), bewaar het als CSV en kijk het dan na (Alt+N).").format(
            path=path))

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
        which = kind.reference or ReferenceKind.PARTNERS
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
        read_as = self.read_as(report)
        if not report.ok:
            found = (self.tr("1 probleem") if self.problems.rowCount() == 1
                     else self.tr("{n} problemen").format(n=self.problems.rowCount()))
            self.summary.setText(" ".join(part for part in (self.tr(
                "Nagekeken: {found}. Er werd niets geïmporteerd; verbeter het bestand en kijk opnieuw "
                "na.").format(found=found), read_as) if part))
            self.tabs.setCurrentIndex(0)
            self.problems.setFocus()
            return
        self.checked = path
        self.summary.setText(" ".join(part for part in (self.tr("Nagekeken, zonder fouten. {counts}").format(
            counts=self.counts(report)), read_as, self.tr("Nu importeren?")) if part))
        self.confirm_button.setEnabled(True)
        self.confirm_button.setFocus()

    def read_as(self, report: ImportReport | ReferenceImportReport) -> str:
        """A file read as Windows-1252 (not UTF-8), said with a few of its words to look at."""
        if not isinstance(report, ReferenceImportReport) or report.encoding == "utf-8":
            return ""
        words = ", ".join(f"‘{word}’" for word in report.sample)
        return self.tr("Het bestand is geen UTF-8: het werd gelezen als Windows-1252 (een ouder Excel-bestand). "
                       "Staan de letters met accenten juist, bv. {words}? Zo niet: bewaar het in Excel als "
                       "'CSV UTF-8' en kijk opnieuw na.").format(words=words) if words else self.tr(
            "Het bestand is geen UTF-8: het werd gelezen als Windows-1252 (een ouder Excel-bestand).")

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
        for column in range(PROBLEM_COLUMN):
            self.problems.resizeColumnToContents(column)
        if reference:           # the cell found at most a quarter of the width: the sentence keeps the rest
            self.problems.setColumnWidth(VALUE_COLUMN, min(self.problems.sizeHintForColumn(VALUE_COLUMN),
                                                           int(self.problems.viewport().width() * VALUE_SHARE)))

    def reject(self) -> None:
        if self._stop is not None and self.stop_button.isVisible():
            self.stop()                     # Escape while it runs stops it; the window stays open
            return
        super().reject()



def wrapping_table(table: QTableWidget, sentence_column: int) -> None:
    """A read-only table of sentences: `sentence_column` takes the width left and wraps its words, and each row
    is as high as its text (a sentence cut with … at 1280 × 720 told half of what was wrong)."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(sentence_column, QHeaderView.ResizeMode.Stretch)


def need_text(need: Need) -> str:
    return {
        Need.REQUIRED: QCoreApplication.translate("TransferDialog", "verplicht"),
        Need.OPTIONAL: QCoreApplication.translate("TransferDialog", "mag leeg"),
        Need.FOR_NEW_PROVIDER: QCoreApplication.translate("TransferDialog", "verplicht voor een nieuwe aanbieder"),
    }[need]


def holds_text(column: ReferenceColumn) -> str:
    """What a column's cells hold, in words, from the importer's definition of it."""
    holds = column.holds
    texts = {
        Holds.NAME: QCoreApplication.translate("TransferDialog", "een naam, op één regel"),
        Holds.TEXT: QCoreApplication.translate("TransferDialog", "tekst op één regel, hoogstens {limit} tekens"),
        Holds.FREE_TEXT: QCoreApplication.translate("TransferDialog", "tekst"),
        Holds.WHOLE_NUMBER: QCoreApplication.translate("TransferDialog", "een geheel getal van {low} tot {high}"),
        Holds.AMOUNT: QCoreApplication.translate("TransferDialog", "een bedrag in euro, bv. 350,50"),
        Holds.DATE: QCoreApplication.translate("TransferDialog", "een datum, bv. 01/09/2027 of 2027-09-01"),
        Holds.CODE: QCoreApplication.translate("TransferDialog", "één van: {choices}"),
        Holds.WORDS: QCoreApplication.translate(
            "TransferDialog", "een of meer van: {choices}; met komma's ertussen"),
        Holds.WEB_ADDRESS: QCoreApplication.translate("TransferDialog", "een webadres, bv. www.voorbeeld.be"),
        Holds.PHONE: QCoreApplication.translate("TransferDialog", "een telefoonnummer, bv. 056 12 34 56"),
        Holds.EMAIL: QCoreApplication.translate("TransferDialog", "een e-mailadres"),
        Holds.POSTCODE: QCoreApplication.translate("TransferDialog", "een Belgische postcode (4 cijfers)"),
    }
    text = texts[holds].format(limit=column.limit, low=column.low, high=column.high,
                               choices=column.described_choices())
    if column.code in ("provider", "name"):
        text += " " + QCoreApplication.translate(
            "TransferDialog", "(rijen met dezelfde naam horen bij één aanbieder of partner; een nieuwe wordt "
                              "gemaakt)")
    elif column.code == "qualification":
        text += " " + QCoreApplication.translate("TransferDialog", "(ingevuld: een erkend diploma)")
    elif column.code == "contact_name":
        text += " " + QCoreApplication.translate("TransferDialog", "(een nieuwe contactpersoon bij de partner)")
    return text
