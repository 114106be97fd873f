"""Rapporten: the monitoring figures of a period with charts read at a glance, and exports."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.domain.enums import Outcome, Tier
from leerwinkel_desk.domain.errors import DomainError
from leerwinkel_desk.domain.permissions import Permission, allowed
from leerwinkel_desk.reports.monitoring_files import report_writer
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.monitoring import Monitoring, ReportFilter
from leerwinkel_desk.services.monitoring_report import MonitoringReport
from leerwinkel_desk.services.offices import OfficeSetup
from leerwinkel_desk.ui.charts import BarChart
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.date_field import DayBox
from leerwinkel_desk.ui.design.components import PlainLabel
from leerwinkel_desk.ui.design.style import Space
from leerwinkel_desk.ui.feedback import ErrorLabel
from leerwinkel_desk.ui.file_dialogs import ask_save_file
from leerwinkel_desk.ui.texts import (
    channel_label,
    format_date,
    format_month,
    format_number,
    outcome_label,
    tier_label,
)
from leerwinkel_desk.ui.widgets import python_date, scrolling_page

MONTHS_SHOWN = 12
MIN_COMBO_CHARS = 14


class ReportsPage(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.report: MonitoringReport | None = None
        today, chosen = local_today(ctx.clock), ctx.report_period
        self.start, self.end = DayBox(chosen.start or today - timedelta(days=365)), DayBox(chosen.end or today)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self.keep_period)
        self.start.setAccessibleName(self.tr("Van"))
        self.end.setAccessibleName(self.tr("Tot en met"))
        setup = ctx.service(OfficeSetup)
        self.loket = QComboBox()
        self.loket.setAccessibleName(self.tr("Loket"))
        self.loket.addItem(self.tr("alle loketten"), None)
        for loket in setup.lokets():
            self.loket.addItem(loket.name, loket.name)
        self.counsellor = QComboBox()
        self.counsellor.setAccessibleName(self.tr("Begeleider"))
        self.counsellor.addItem(self.tr("alle begeleiders"), None)
        for person in setup.counsellors():
            self.counsellor.addItem(person.full_name, person.login)
        self.compute_button = QPushButton(self.tr("&Berekenen"))
        self.export_buttons = {kind: QPushButton(label) for kind, label in (
            ("xlsx", self.tr("Export &XLSX")), ("pdf", self.tr("Export &PDF")), ("csv", self.tr("Export CS&V")))}
        self.status = PlainLabel()
        self.status.setWordWrap(True)       # a period still running says so in a sentence (`running_text`)
        self.figures = PlainLabel()
        self.figures.setAccessibleName(self.tr("Kerncijfers"))
        self.figures.setWordWrap(True)
        self.funnel = BarChart(self.tr("Trechter: leervragen per niveau"))
        self.sessions = BarChart(self.tr("Gesprekken per traject"), "sessions")
        self.months = BarChart(self.tr("Contacten per maand"), "contacts")
        self.months_note = PlainLabel()     # the contacts of the counted requests outside the period, in words
        self.months_note.setWordWrap(True)
        self.months_note.setAccessibleName(self.tr("Contacten buiten de periode"))
        self.months_note.hide()
        self.outcomes = BarChart(self.tr("Resultaten"), "outcomes")
        self.channels = BarChart(self.tr("Microcontacten per kanaal"), "contacts")
        self.error = ErrorLabel()
        for combo in (self.loket, self.counsellor):        # long names must not widen the window
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(MIN_COMBO_CHARS)
        filters = QHBoxLayout()                             # what to count, then what to do with it
        for label, widget in ((self.tr("Van"), self.start), (self.tr("tot en met"), self.end)):
            filters.addWidget(PlainLabel(label))
            filters.addWidget(widget)
        filters.addStretch(1)
        whose = QHBoxLayout()               # a line of its own: one line was wider than a 1280 px screen at 150 %
        for part in (self.loket, self.counsellor, self.compute_button):
            whose.addWidget(part)
        whose.addStretch(1)
        exports = QHBoxLayout()
        exports.addStretch(1)
        for button in self.export_buttons.values():
            button.setEnabled(False)
            exports.addWidget(button)
        charts = QGridLayout()
        charts.setSpacing(Space.S)
        for index, chart in enumerate((self.funnel, self.sessions, self.outcomes)):
            charts.addWidget(chart, 0, index)
        charts.addWidget(self.months, 1, 0, 1, 2)
        charts.addWidget(self.channels, 1, 2)
        charts.addWidget(self.months_note, 2, 0, 1, 3)
        self.contents = QWidget()           # all of it, for those who may see the office's figures
        self.not_allowed = PlainLabel(self.tr(
                 "De cijfers van het kantoor zijn voor coördinatoren. Uw eigen werk ziet u op Vandaag (Ctrl+1) "
                 "en bij Aanvragen (Ctrl+3); vraag uw coördinator naar de cijfers van uw leervragen."))
        self.not_allowed.setWordWrap(True)
        self.not_allowed.setAccessibleName(self.tr("Rapporten"))
        page = scrolling_page(self)         # the charts scroll on a short screen
        page.addWidget(self.not_allowed)
        page.addWidget(self.contents, 1)
        page.addStretch(0)                  # the sentence at the top when the contents are hidden
        self.may_see = allowed(ctx.actor.role, Permission.REPORTS)
        self.contents.setVisible(self.may_see)
        self.not_allowed.setVisible(not self.may_see)
        layout = QVBoxLayout(self.contents)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(whose)
        layout.addLayout(exports)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.figures)
        layout.addLayout(charts, 1)
        self.compute_button.clicked.connect(self.compute)
        for kind, button in self.export_buttons.items():
            button.clicked.connect(lambda _checked=False, k=kind: self.ask_export(k))
        self.file_dialog: QFileDialog | None = None
        self.refresh()

    def keep_period(self) -> None:
        """The chosen period outlives the page (ui/context.py ReportPeriod)."""
        self._ctx.report_period.start = python_date(self.start.date())
        self._ctx.report_period.end = python_date(self.end.date())

    def wanted(self) -> ReportFilter:
        return ReportFilter(python_date(self.start.date()), python_date(self.end.date()),
                            loket=self.loket.currentData(), counsellor=self.counsellor.currentData())

    def compute(self) -> None:
        """The report runs in the background: a year of an office is hundreds of thousands of rows."""
        monitoring, wanted = self._ctx.service(Monitoring), self.wanted()
        self.compute_button.setEnabled(False)
        self.status.setText(self.tr("Cijfers worden berekend…"))
        self._ctx.jobs.run(lambda _progress: monitoring.report(wanted), self.show_report, self.show_failure)

    def show_failure(self, error: Exception) -> None:
        self.compute_button.setEnabled(True)
        self.status.clear()
        if not isinstance(error, DomainError):
            raise error
        self.error.show_error(error)

    def show_report(self, report: MonitoringReport) -> None:
        self.report = report
        self.compute_button.setEnabled(True)
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self.error.clear_error()
        period = self.tr("Periode {start} tot en met {end}").format(
            start=format_date(report.period_from), end=format_date(report.period_to))
        self.status.setText(" ".join((period, self.running_text(report))).strip())

        whole = format_number
        self.figures.setText(self.tr(
            "Leervragen: {total} (anoniem {anonymous}, via partner {partner}) · cliënten: {clients} · "
            "trajecten: {trajectories}, gemiddeld {sessions} gesprekken en {contacts} contacten · "
            "gesprekken: {session_count} van gemiddeld {minutes} min · microcontacten: {micro} · "
            "ingeschreven na traject: {rate}").format(
            total=whole(report.requests_total), anonymous=whole(report.anonymous),
            partner=whole(report.referred_by_partner), clients=whole(report.clients_distinct),
            trajectories=whole(report.trajectories), sessions=format_number(report.sessions_avg, 1),
            contacts=format_number(report.contacts_avg, 1), session_count=whole(report.sessions_count),
            minutes=format_number(report.session_avg_minutes, 1), micro=whole(report.micro_count),
            rate=self.tr("{percent} %").format(percent=format_number(report.enrolment_rate_trajectories * 100, 1))
            if report.enrolment_rate_applies else self.tr("n.v.t. (nog geen traject afgesloten)")))
        self.funnel.set_bars([(tier_label(t), report.by_tier[t]) for t in Tier])
        self.sessions.set_bars([(bucket, n) for bucket, n in report.sessions_buckets.items()])
        self.show_months(report)
        self.channels.set_bars(sorted(((channel_label(c), n) for c, n in report.micro_by_channel.items()),
                                      key=lambda bar: -bar[1]))
        self.outcomes.set_bars([(outcome_label(Outcome(key)) if key != "open" else outcome_label(None), n)
                                for key, n in report.outcomes.items()])

    def running_text(self, report: MonitoringReport) -> str:
        """For a period not over on the day it was counted: that its figures still grow (its last months in the
        chart look like a drop), as the PDF says it (reports/monitoring_pdf.py `running_sentence`)."""
        counted = report.counted_on
        if not report.running or counted is None:
            return ""
        if report.not_begun:
            return self.tr("— de periode is nog niet begonnen (geteld op {day}).").format(day=format_date(counted))
        return self.tr("— de periode loopt nog: geteld op {day}, dus {month} is nog niet om en de cijfers groeien "
                       "nog.").format(day=format_date(counted), month=format_month(f"{counted:%Y-%m}"))

    def show_months(self, report: MonitoringReport) -> None:
        """The contacts per month of the period (its last MONTHS_SHOWN months), as the PDF draws them; the
        contacts of the counted requests outside the period are said under the charts, in words."""
        period = report.period_months()
        months = period[-MONTHS_SHOWN:]
        span = {"first": format_month(months[0]), "last": format_month(months[-1])}
        self.months.set_title(
            self.tr("Contacten per maand, {first} tot en met {last}").format(**span) if len(months) == len(period)
            else self.tr("Contacten per maand: de laatste {count} van de periode, {first} tot en met {last}").format(
                count=len(months), **span))
        self.months.set_bars([(format_month(month), report.contacts_in_month(month)) for month in months])
        before, after = report.contacts_outside_period()
        parts = []
        if hidden := sum(report.contacts_in_month(month) for month in period[:-MONTHS_SHOWN]):
            parts.append(self.tr("{count} contacten in de eerdere maanden van de periode").format(
                count=format_number(hidden)))
        if before:
            parts.append(self.tr("{count} contacten vóór de periode").format(count=format_number(before)))
        if after:
            parts.append(self.tr("{count} contacten na de periode").format(count=format_number(after)))
        lines = [self.tr("Niet in de grafiek per maand: {parts}.").format(parts="; ".join(parts))] if parts else []
        if before or after:     # the cohort rule (services/monitoring.py), where it shows
            lines.append(self.tr(
                "Geteld worden de leervragen die in de periode geopend werden, met al hun contacten, ook die "
                "buiten de periode: die tellen mee in de kerncijfers hierboven en staan per maand in de exports."))
        self.months_note.setText(" ".join(lines))
        self.months_note.setVisible(bool(parts))

    def ask_export(self, kind: str) -> None:
        if self.report is None:
            return
        self.file_dialog = ask_save_file(
            self, self.tr("Rapport bewaren"), f"monitoring-{self.report.period_from}-{self.report.period_to}.{kind}",
            kind, lambda path: self.export(kind, path))

    def export(self, kind: str, path: Path) -> None:
        """Write the report file in the background; the button says when it is done."""
        report = self.report
        if report is None:
            return
        self.status.setText(self.tr("Export wordt gemaakt…"))
        self._ctx.jobs.run(lambda _progress: report_writer(kind)(report, path),
                           lambda _done: self.status.setText(self.tr("Bewaard: {path}").format(path=path)),
                           self.show_failure)

    def refresh(self) -> None:
        if self.may_see:
            self.compute()

