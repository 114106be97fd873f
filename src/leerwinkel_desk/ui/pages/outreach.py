"""Tweedelijn & signalen: second-line support and signals of the past year, with quick add; an empty list
says how to add the first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.domain.enums import SecondLineKind, SignalKind, SignalTheme
from leerwinkel_desk.domain.errors import DomainError
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.outreach import Outreach, SecondLineRow, SignalRow
from leerwinkel_desk.services.social_map import SocialMap
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.feedback import ErrorLabel
from leerwinkel_desk.ui.models import Column, RowsModel
from leerwinkel_desk.ui.pages.today import EnterTable
from leerwinkel_desk.ui.texts import enum_label, format_date
from leerwinkel_desk.ui.widgets import EnumCombo, keep_rows, scrolling_page

PERIOD_DAYS = 365
PARTNER_CHARS = 18
TABLE_ROWS_AT_LEAST = 4     # each list keeps four rows on a short window; the page scrolls instead


def quick_add(*parts: QWidget | None) -> QHBoxLayout:
    """A line of a quick-add form (None: the room left). Each form takes two lines: on one line it was
    wider than the page on a 1280 px screen at 150 % and widened the window past the screen."""
    line = QHBoxLayout()
    for part in parts:
        if part is None:
            line.addStretch(1)
        else:
            line.addWidget(part, 1 if isinstance(part, QLineEdit) else 0)
    return line


class OutreachPage(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.second_line = RowsModel[SecondLineRow]([
            Column(lambda: QCoreApplication.translate("Outreach", "Datum"), lambda a: format_date(a.held_on)),
            Column(lambda: QCoreApplication.translate("Outreach", "Soort"), lambda a: enum_label(a.kind)),
            Column(lambda: QCoreApplication.translate("Outreach", "Onderwerp"), lambda a: a.topic),
            Column(lambda: QCoreApplication.translate("Outreach", "Min."), lambda a: a.minutes),
            Column(lambda: QCoreApplication.translate("Outreach", "Deelnemers"), lambda a: a.participants),
        ], self)
        self.signals = RowsModel[SignalRow]([
            Column(lambda: QCoreApplication.translate("Outreach", "Datum"), lambda s: format_date(s.raised_on)),
            Column(lambda: QCoreApplication.translate("Outreach", "Soort"), lambda s: enum_label(s.kind)),
            Column(lambda: QCoreApplication.translate("Outreach", "Thema"), lambda s: enum_label(s.theme)),
            Column(lambda: QCoreApplication.translate("Outreach", "Regio"), lambda s: s.region),
            Column(lambda: QCoreApplication.translate("Outreach", "Omschrijving"), lambda s: s.description),
        ], self)
        self.second_line_table = EnterTable(self.tr("Tweedelijnsactiviteiten"), stretch=2)
        self.second_line_table.setModel(self.second_line)
        self.signal_table = EnterTable(self.tr("Signalen"))
        self.signal_table.setModel(self.signals)
        self.second_line_table.set_empty_hint(self.tr(
            "Geen tweedelijnsactiviteiten in het voorbije jaar. Noteer er een hierboven: soort, partner en "
            "onderwerp, dan Toevoegen (Alt+T)."))
        self.signal_table.set_empty_hint(self.tr(
            "Geen signalen in het voorbije jaar. Meld er een hierboven: soort, thema en wat er misloopt, dan "
            "Signaal melden (Alt+M)."))

        self.activity_kind = EnumCombo(SecondLineKind, ((k, enum_label(k)) for k in SecondLineKind))
        self.activity_partner = QComboBox()
        self.activity_partner.addItem(self.tr("(geen partner)"), None)
        for partner in ctx.service(SocialMap).partners():
            self.activity_partner.addItem(partner.name, partner.id)
        self.activity_topic = QLineEdit()
        self.activity_topic.setPlaceholderText(self.tr("onderwerp"))
        self.activity_minutes = QSpinBox()
        self.activity_minutes.setRange(0, 600)
        self.activity_minutes.setSuffix(self.tr(" min"))
        self.activity_participants = QSpinBox()
        self.activity_participants.setRange(0, 500)
        self.activity_participants.setSuffix(self.tr(" deeln."))
        self.add_activity = QPushButton(self.tr("&Toevoegen"))
        self.signal_kind = EnumCombo(SignalKind, ((k, enum_label(k)) for k in SignalKind))
        self.signal_theme = EnumCombo(SignalTheme, ((t, enum_label(t)) for t in SignalTheme))
        self.signal_region = QLineEdit()
        self.signal_region.setPlaceholderText(self.tr("regio"))
        self.signal_text = QLineEdit()
        self.signal_text.setPlaceholderText(self.tr("wat loopt er mis?"))
        self.add_signal = QPushButton(self.tr("Signaal &melden"))
        self.error = ErrorLabel()

        for widget, name in ((self.activity_kind, self.tr("Soort activiteit")),
                             (self.activity_partner, self.tr("Partner")),
                             (self.activity_topic, self.tr("Onderwerp")),
                             (self.activity_minutes, self.tr("Minuten")),
                             (self.activity_participants, self.tr("Deelnemers")),
                             (self.signal_kind, self.tr("Soort signaal")),
                             (self.signal_theme, self.tr("Thema")),
                             (self.signal_region, self.tr("Regio")),
                             (self.signal_text, self.tr("Omschrijving"))):
            widget.setAccessibleName(name)
        self.activity_partner.setSizeAdjustPolicy(      # partner names are long: the quick-add row fits a small screen
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.activity_partner.setMinimumContentsLength(PARTNER_CHARS)
        activity_box = QGroupBox(self.tr("Tweedelijnsdienstverlening"))
        activity_layout = QVBoxLayout(activity_box)
        activity_layout.addLayout(quick_add(self.activity_kind, self.activity_partner, self.activity_topic))
        activity_layout.addLayout(quick_add(self.activity_minutes, self.activity_participants, None,
                                            self.add_activity))
        activity_layout.addWidget(self.second_line_table)
        keep_rows(self.second_line_table, TABLE_ROWS_AT_LEAST)
        signal_box = QGroupBox(self.tr("Signalen naar het beleid"))
        signal_layout = QVBoxLayout(signal_box)
        signal_layout.addLayout(quick_add(self.signal_kind, self.signal_theme, self.signal_region))
        signal_layout.addLayout(quick_add(self.signal_text, self.add_signal))
        signal_layout.addWidget(self.signal_table)
        keep_rows(self.signal_table, TABLE_ROWS_AT_LEAST)
        layout = scrolling_page(self)
        layout.addWidget(activity_box, 1)
        layout.addWidget(signal_box, 1)
        layout.addWidget(self.error)
        self.add_activity.clicked.connect(self.log_activity)
        self.add_signal.clicked.connect(self.raise_signal)
        self.refresh()

    def refresh(self) -> None:
        today = local_today(self._ctx.clock)
        start = today - timedelta(days=PERIOD_DAYS)
        outreach = self._ctx.service(Outreach)
        self.second_line.set_rows(list(reversed(outreach.second_line(start, today))))
        self.signals.set_rows(list(reversed(outreach.signals(start, today))))

    def log_activity(self) -> None:
        self._do(lambda: self._ctx.service(Outreach).log_second_line(
            self.activity_kind.chosen("kind"), self.activity_topic.text(), local_today(self._ctx.clock),
            self.activity_partner.currentData(), self.activity_minutes.value() or None,
            self.activity_participants.value() or None), self.activity_topic)

    def raise_signal(self) -> None:
        self._do(lambda: self._ctx.service(Outreach).raise_signal(
            self.signal_kind.chosen("kind"), self.signal_theme.chosen("theme"), self.signal_text.text(),
            self.signal_region.text() or None), self.signal_text)

    def _do(self, action: Callable[[], object], typed: QLineEdit) -> None:
        """Run the quick add; the typed text is cleared only when it was saved."""
        try:
            action()
        except DomainError as error:
            self.error.show_error(error)
            return
        typed.clear()
        self.error.clear_error()
        self.refresh()
