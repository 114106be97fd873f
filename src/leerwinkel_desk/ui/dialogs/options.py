"""Options and choice: pick courses from the catalogue with filters, compare them side by side, mark the choice,
take out an option added by mistake.

Typing in the search, Down and Up move the list's current row: Als optie toevoegen (Alt+O) adds the row shown
as current. Delete in the comparison (or Optie verwijderen, Alt+R) asks first, then removes its option."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QRegularExpression, QSize, Qt
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.domain.enums import Delivery
from leerwinkel_desk.domain.errors import DomainError, InvalidValue
from leerwinkel_desk.domain.rules import check_option_removable
from leerwinkel_desk.services.catalogue import Catalogue, CourseFilter, CourseRow
from leerwinkel_desk.services.options import OptionRow, Options
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.design.components import PlainLabel
from leerwinkel_desk.ui.feedback import ErrorLabel, ask_first
from leerwinkel_desk.ui.form_dialog import FormDialog
from leerwinkel_desk.ui.models import Column, RowsModel
from leerwinkel_desk.ui.operation import Change, OpChanges, perform
from leerwinkel_desk.ui.screen_fit import fitting_size
from leerwinkel_desk.ui.texts import dutch_level_label, format_date, format_euro
from leerwinkel_desk.ui.widgets import arrows_move_list, compact_rows, fit_columns, refit_columns, rich_tip

# what "max. €" takes: euro, `,` or `.` as the decimal sign, up to cents (letters never reach the filter)
MAX_COST = QRegularExpression(r"[0-9]{0,6}([.,][0-9]{0,2})?")


def course_columns() -> list[Column[CourseRow]]:
    return [
        Column(lambda: QCoreApplication.translate("Courses", "Opleiding"), lambda c: c.title),
        Column(lambda: QCoreApplication.translate("Courses", "Aanbieder"), lambda c: c.provider_name),
        Column(lambda: QCoreApplication.translate("Courses", "Niveau"), lambda c: c.eqf_level),
        Column(lambda: QCoreApplication.translate("Courses", "Gemeente"), lambda c: c.municipality),
        Column(lambda: QCoreApplication.translate("Courses", "Kostprijs"), lambda c: format_euro(c.cost_eur)),
        Column(lambda: QCoreApplication.translate("Courses", "Start"), lambda c: format_date(c.next_start)),
    ]


def compare_rows() -> list[tuple[str, Callable[[CourseRow], object]]]:
    """The attributes an adult weighs (docs/domain.md), in the order the comparison shows them."""
    yes, no = QCoreApplication.translate("Courses", "ja"), QCoreApplication.translate("Courses", "nee")
    return [
        (QCoreApplication.translate("Courses", "Aanbieder"), lambda c: c.provider_name),
        (QCoreApplication.translate("Courses", "Niveau (EQF)"), lambda c: c.eqf_level or ""),
        (QCoreApplication.translate("Courses", "Erkend diploma"), lambda c: yes if c.recognised_qualification else no),
        (QCoreApplication.translate("Courses", "Duur"),
         lambda c: c.duration_text or (f"{c.duration_hours} u" if c.duration_hours else "")),
        (QCoreApplication.translate("Courses", "'s Avonds"), lambda c: yes if c.evenings else no),
        (QCoreApplication.translate("Courses", "Weekend"), lambda c: yes if c.weekends else no),
        (QCoreApplication.translate("Courses", "Online/hybride"),
         lambda c: yes if c.delivery is not Delivery.ON_SITE else no),
        (QCoreApplication.translate("Courses", "Plaats"), lambda c: c.municipality or ""),
        (QCoreApplication.translate("Courses", "Kostprijs"), lambda c: format_euro(c.cost_eur)),
        (QCoreApplication.translate("Courses", "Opleidingscheques"), lambda c: yes if c.training_vouchers else no),
        (QCoreApplication.translate("Courses", "Opleidingsverlof"), lambda c: yes if c.educational_leave else no),
        (QCoreApplication.translate("Courses", "Vrijstelling inschrijvingsgeld"),
         lambda c: yes if c.fee_exemption else no),
        (QCoreApplication.translate("Courses", "Niveau Nederlands"),
         lambda c: dutch_level_label(c.dutch_level_required) if c.dutch_level_required else ""),
        (QCoreApplication.translate("Courses", "Start"), lambda c: format_date(c.next_start)),
    ]


class OptionsDialog(FormDialog):
    def __init__(self, ctx: DeskContext, request_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._request_id = ctx, request_id
        self.setWindowTitle(self.tr("Opties en keuze"))
        self.resize(fitting_size(self, QSize(980, 700)))
        self.filter_text = QLineEdit()
        self.filter_text.setPlaceholderText(self.tr("zoek opleiding, aanbieder of gemeente"))
        self.filter_text.setAccessibleName(self.tr("Zoek in het opleidingsaanbod"))
        self.evenings = QCheckBox(self.tr("'s &avonds"))
        self.online = QCheckBox(self.tr("o&nline/hybride"))
        self.max_cost = QLineEdit()
        self.max_cost.setPlaceholderText(self.tr("max. €"))
        self.max_cost.setAccessibleName(self.tr("Maximale kostprijs"))
        self.max_cost.setValidator(QRegularExpressionValidator(MAX_COST, self.max_cost))
        filters = QHBoxLayout()
        for widget in (self.filter_text, self.evenings, self.online, self.max_cost):
            filters.addWidget(widget)
        self.courses = RowsModel(course_columns(), self)
        self.course_view = QTableView()
        self.course_view.setModel(self.courses)
        self.course_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.course_view.setAccessibleName(self.tr("Opleidingen"))
        compact_rows(self.course_view)
        fit_columns(self.course_view, stretch=0)
        self.add_button = QPushButton(self.tr("Als &optie toevoegen"))
        self.free_text = QLineEdit()
        self.free_text.setPlaceholderText(self.tr("of een optie buiten het aanbod"))
        self.free_text.setAccessibleName(self.tr("Vrije optie"))
        self.add_free_button = QPushButton(self.tr("&Vrije optie toevoegen"))
        self.compare = QTableWidget()
        self.compare.setAccessibleName(self.tr("Vergelijking van de opties"))
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)     # it shows; it keeps nothing
        fit_columns(self.compare, follow_rows=False, stretch=None)
        self.choose_button = QPushButton(self.tr("Als &keuze markeren"))
        self.remove_button = QPushButton(self.tr("Optie ve&rwijderen"))
        self.confirm_box: QMessageBox | None = None
        self.options: list[OptionRow] = []          # as the comparison shows them, one per column
        self.mark_as_search(self.filter_text, self.max_cost)     # looking up courses is no work to lose
        for table in (self.course_view, self.compare):     # Tab leaves a table; the arrows move inside it
            table.setTabKeyNavigation(False)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.course_view, 2)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.free_text, 1)
        add_row.addWidget(self.add_free_button)
        layout.addLayout(add_row)
        layout.addWidget(PlainLabel(self.tr("Besproken opties naast elkaar:")))
        layout.addWidget(self.compare, 2)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.choose_button, 1)
        choice_row.addWidget(self.remove_button)
        layout.addLayout(choice_row)
        layout.addWidget(self.error)
        for widget in (self.filter_text, self.max_cost):
            widget.textChanged.connect(self.refresh_courses)
        for box in (self.evenings, self.online):
            box.toggled.connect(self.refresh_courses)
        self.add_button.clicked.connect(self.add_selected_course)
        self.add_free_button.clicked.connect(self.add_free_option)
        self.choose_button.clicked.connect(self.choose_current)
        self.remove_button.clicked.connect(self.ask_remove_current)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.compare)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)          # only while the comparison has the focus
        delete.activated.connect(self.ask_remove_current)
        arrows_move_list(self.filter_text, self.course_view)
        self.max_cost.inputRejected.connect(
            lambda: self.error.show_error(InvalidValue("max_cost_eur", "format"), self.max_cost))
        self.refresh_courses()
        self.refresh_options()

    def refresh_courses(self) -> None:
        try:
            max_cost = Decimal(self.max_cost.text().replace(",", ".")) if self.max_cost.text().strip() else None
        except ArithmeticError:
            max_cost = None
        self.courses.set_rows(self._ctx.service(Catalogue).courses(CourseFilter(
            text=self.filter_text.text(), evenings=self.evenings.isChecked(),
            delivery=frozenset({Delivery.ONLINE, Delivery.HYBRID}) if self.online.isChecked() else frozenset(),
            max_cost_eur=max_cost)))
        if self.courses.rowCount():
            self.course_view.selectRow(0)

    def refresh_options(self) -> None:
        """The comparison read anew; the option whose column was current stays current (marked as the choice,
        Delete then refuses it at once instead of asking which option is meant)."""
        before, row = self.current_option(), max(self.compare.currentRow(), 0)
        current = self.options[before].id if before is not None else None
        self.options = self._ctx.service(Options).for_request(self._request_id)
        catalogue = self._ctx.service(Catalogue)
        courses = [catalogue.course(o.course_id) if o.course_id else None for o in self.options]
        rows = compare_rows()
        self.compare.clear()
        self.compare.setColumnCount(len(self.options))
        self.compare.setRowCount(len(rows))
        titles = [(self.tr("★ keuze: ") if o.chosen_on else "")
                  + (o.label or self.tr("eigen optie (tekst gewist na de bewaartermijn)"))   # services/erasure.py
                  for o in self.options]
        self.compare.setHorizontalHeaderLabels(titles)
        for column, title in enumerate(titles):
            if (header := self.compare.horizontalHeaderItem(column)) is not None:
                header.setToolTip(rich_tip(title))
        self.compare.setVerticalHeaderLabels([title for title, _ in rows])
        for column, course in enumerate(courses):
            for row, (_title, value) in enumerate(rows):
                text = str(value(course)) if course is not None else ""
                self.compare.setItem(row, column, QTableWidgetItem(text))
        refit_columns(self.compare)
        for column, option in enumerate(self.options):
            if option.id == current:
                self.compare.setCurrentCell(row, column)

    def add_selected_course(self) -> None:
        index = self.course_view.currentIndex()
        if index.isValid() and self._do(lambda: self._ctx.service(Options).consider(
                self._request_id, course_id=self.courses.row_at(index.row()).id)):
            self.show_added()

    def add_free_option(self) -> None:
        """Added from the field; left empty, the sentence says what to type and the field gets the focus."""
        if self._do(lambda: self._ctx.service(Options).consider(self._request_id, free_text=self.free_text.text()),
                    focus={"option": self.free_text}):
            self.free_text.clear()          # added: nothing left unsaved in it
            self.show_added()

    def show_added(self) -> None:
        """The comparison scrolled to the option just added (the last: they stand in the order discussed), so
        the person sees what Alt+O or Alt+V added; which column is current stays as it was."""
        if self.compare.columnCount():
            self.compare.updateGeometries()         # the scroll range of the new widths, before scrolling in it
            self.compare.scrollTo(self.compare.model().index(0, self.compare.columnCount() - 1))

    def current_option(self) -> int | None:
        """The column of the comparison's current cell, or the only option's; None when none is (or none is there)."""
        column = self.compare.currentColumn()
        if not 0 <= column < len(self.options) and len(self.options) == 1:
            column = 0
        return column if 0 <= column < len(self.options) else None

    def choose_current(self) -> None:
        """The option of the comparison's current column, or the only option; otherwise it says what to select."""
        column = self.current_option()
        if column is not None:
            self._do(lambda: self._ctx.service(Requests).choose(self.options[column].id))
            return
        self.error.show_message(self.tr("Kies eerst in de vergelijking de optie die de cliënt kiest (een cel in "
                                        "haar kolom), dan Als keuze markeren.") if self.options else
                                self.tr("Er is nog geen optie om te kiezen: voeg eerst een opleiding of een vrije "
                                        "optie toe."))

    def ask_remove_current(self) -> None:
        """Asked first (Enter or Escape keeps it), then the option of the current column out of the comparison;
        the client's choice is refused at once with what to do instead."""
        column = self.current_option()
        if column is None:
            self.error.show_message(self.tr("Kies eerst in de vergelijking de optie die weg moet (een cel in haar "
                                            "kolom), dan Optie verwijderen.") if self.options else
                                    self.tr("Er is nog geen besproken optie om te verwijderen."))
            return
        option = self.options[column]
        try:
            check_option_removable(option.chosen_on is not None)
        except DomainError as refused:
            self.error.show_error(refused)
            return
        question = self.tr("‘{option}’ uit de besproken opties halen? Ze staat dan niet meer in de vergelijking "
                           "en niet meer in de samenvatting voor de cliënt.").format(
            option=option.label or self.tr("eigen optie"))
        self.confirm_box = ask_first(self, self.windowTitle(), question, self.tr("&Verwijderen"),
                                     self.tr("Niet verwijderen"), lambda: self.remove(option.id, column),
                                     do_by_default=False)
        self.confirm_box.finished.connect(self._confirm_closed)

    def _confirm_closed(self, _result: int) -> None:
        self.confirm_box = None

    def remove(self, option_id: uuid.UUID, column: int) -> None:
        """Removed (and audited) by the service; the comparison keeps the focus on the option beside it."""
        if self._do(lambda: self._ctx.service(Options).remove(option_id)) and self.options:
            self.compare.setCurrentCell(0, min(column, len(self.options) - 1))

    def _do(self, action: Callable[[], object], focus: dict[str, QWidget] | None = None) -> bool:
        if perform(self._ctx.operations, action, self.error,
                   OpChanges(Change.REQUESTS | Change.TIMELINE, None, self.tr("Opties bijgewerkt")), focus):
            self.refresh_options()
            return True
        return False
