"""The client dossier: header, learning requests with tier badge and phase stepper, and one timeline."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.domain.enums import Phase, Tier
from leerwinkel_desk.domain.errors import DomainError
from leerwinkel_desk.services.dossier import DossierHeader, Dossiers, TimelineEntry
from leerwinkel_desk.services.erasure import Erasures
from leerwinkel_desk.services.requests import RequestRow, Requests
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.dialogs.client_details import ClientDetailsDialog
from leerwinkel_desk.ui.dialogs.closing import CloseRequestDialog
from leerwinkel_desk.ui.dialogs.micro_contact import MicroContactDialog
from leerwinkel_desk.ui.dialogs.options import OptionsDialog
from leerwinkel_desk.ui.dialogs.printing import PrintDialog
from leerwinkel_desk.ui.dialogs.session_form import SessionFormDialog
from leerwinkel_desk.ui.dialogs.sharing import ConsentDialog, HandoverDialog
from leerwinkel_desk.ui.feedback import ErrorLabel
from leerwinkel_desk.ui.models import Column, RowsModel
from leerwinkel_desk.ui.texts import (
    channel_label,
    format_date,
    format_moment,
    outcome_label,
    phase_label,
    status_label,
    tier_label,
    timeline_kind_label,
)

STEPS: dict[Tier, list[Phase]] = {
    Tier.INFORMATION: [Phase.DISPATCH, Phase.CLOSED],
    Tier.MEDIATION: [Phase.DISPATCH, Phase.INTAKE, Phase.CHOICE, Phase.CLOSED],
    Tier.TRAJECTORY: [Phase.DISPATCH, Phase.INTAKE, Phase.TRAJECTORY, Phase.CHOICE, Phase.FOLLOW_UP,
                      Phase.HANDOVER, Phase.CLOSED],
}
FOLLOW_UP_DAYS = 14


def stepper(request: RequestRow) -> str:
    """The phases of the request's tier: ✓ done, ● current, ○ to come (meaning not carried by colour)."""
    steps = STEPS[request.tier]
    current = request.phase if request.phase in steps else None
    position = steps.index(current) if current else len(steps)
    marks = []
    for i, phase in enumerate(steps):
        mark = "✓" if i < position else ("●" if i == position else "○")
        marks.append(f"{mark} {phase_label(phase)}")
    if request.phase is Phase.AFTERCARE:
        marks.append(f"● {phase_label(Phase.AFTERCARE)}")
    return "  ›  ".join(marks)


def timeline_columns() -> list[Column[TimelineEntry]]:
    return [
        Column(lambda: QCoreApplication.translate("Timeline", "Wanneer"), lambda e: format_moment(e.at)),
        Column(lambda: QCoreApplication.translate("Timeline", "Wat"), lambda e: timeline_kind_label(e.kind)),
        Column(lambda: QCoreApplication.translate("Timeline", "Kanaal"), lambda e: channel_label(e.channel) if e.channel else ""),
        Column(lambda: QCoreApplication.translate("Timeline", "Min."), lambda e: e.minutes),
        Column(lambda: QCoreApplication.translate("Timeline", "Leervraag"), lambda e: e.request_no),
        Column(lambda: QCoreApplication.translate("Timeline", "Met"), lambda e: e.counterpart),
        Column(lambda: QCoreApplication.translate("Timeline", "Omschrijving"), lambda e: e.detail),
    ]


class DossierView(QWidget):
    """One client's dossier. Actions work on the selected learning request."""

    erased = Signal()

    def __init__(self, ctx: DeskContext, client_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self.client_id = ctx, client_id
        self.header: DossierHeader | None = None
        self.active_dialog: QDialog | None = None
        self.name_label = QLabel()
        self.name_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.name_label.setAccessibleName(self.tr("Cliënt"))
        self.facts_label = QLabel()
        self.facts_label.setWordWrap(True)
        self.requests = QListWidget()
        self.requests.setAccessibleName(self.tr("Leervragen"))
        self.requests.setMaximumHeight(150)
        self.timeline_model = RowsModel(timeline_columns(), self)
        self.timeline = QTableView()
        self.timeline.setModel(self.timeline_model)
        self.timeline.setAccessibleName(self.tr("Tijdlijn"))
        self.timeline.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.timeline.horizontalHeader().setStretchLastSection(True)
        self.timeline.verticalHeader().hide()
        self.timeline.setWordWrap(False)
        self.error = ErrorLabel()
        self.notice = QLabel()                   # what a background action just did
        self.actions_bar = QToolBar()          # overflows into a » menu on narrow or scaled screens
        self.actions_bar.setAccessibleName(self.tr("Acties op de leervraag"))
        self.actions_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for label, slot in self.action_list():
            self.actions_bar.addAction(label, slot)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.requests)
        layout.addWidget(self.actions_bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(self.timeline, 1)
        self.reload()

    def action_list(self) -> list[tuple[str, Callable[[], None]]]:
        """Every action with its shortcut shown in the label (the main window binds the keys)."""
        return [
            (self.tr("Gegevens wijzigen (Ctrl+E)"), self.edit_details),
            (self.tr("Microcontact (Ctrl+M)"), self.log_micro_contact),
            (self.tr("Gesprek (Ctrl+G)"), self.record_session),
            (self.tr("Naar traject (Ctrl+Shift+T)"), self.to_trajectory),
            (self.tr("Opties (Ctrl+O)"), self.weigh_options),
            (self.tr("Toestemming (Ctrl+Shift+C)"), self.record_consent),
            (self.tr("Overdracht (Ctrl+Shift+H)"), self.hand_over),
            (self.tr("Opvolgen (Ctrl+Shift+F)"), self.start_follow_up),
            (self.tr("Ingeschreven (Ctrl+Shift+I)"), self.confirm_enrolment),
            (self.tr("Afsluiten (Ctrl+Shift+A)"), self.close_request),
            (self.tr("Afdrukken (Ctrl+P)"), self.print_documents),
            (self.tr("Inzage (AVG)… (Ctrl+Shift+E)"), self.ask_access_export),
            (self.tr("Wissen (AVG)…"), self.ask_erase),
        ]

    def reload(self) -> None:
        dossiers = self._ctx.service(Dossiers)
        self.header = dossiers.header(self.client_id)
        c = self.header.client
        self.name_label.setText(f"{c.first_name or ''} {c.last_name or ''} · {c.dossier_no}")
        facts = [self.tr("{age} jaar").format(age=self.header.age) if self.header.age is not None else "",
                 self.tr("Status: {s}").format(s=status_label(c.status)) if c.status else "",
                 self.tr("Nederlands: {level}").format(level=c.dutch_level.value) if c.dutch_level else "",
                 self.tr("⚑ moeizaam schoolverleden") if self.header.difficult_school_past else "",
                 self.tr("⚑ zwak netwerk") if self.header.weak_network else "",
                 c.phone or "", c.email or ""]
        self.facts_label.setText("   ·   ".join(f for f in facts if f))
        selected = self.selected_request()
        self.requests.clear()
        for request in self.header.requests:
            item = QListWidgetItem(
                f"{request.request_no}   [{tier_label(request.tier)}]   {outcome_label(request.outcome)}"
                f"   {format_date(request.opened_on)}\n{stepper(request)}")
            item.setData(Qt.ItemDataRole.UserRole, request)
            self.requests.addItem(item)
        if self.requests.count():
            keep = [i for i in range(self.requests.count())
                    if selected and self.requests.item(i).data(Qt.ItemDataRole.UserRole).id == selected.id]
            self.requests.setCurrentRow(keep[0] if keep else 0)
        self.timeline_model.set_rows(dossiers.timeline(self.client_id))
        self.timeline.resizeColumnsToContents()

    def selected_request(self) -> RequestRow | None:
        item = self.requests.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def timeline_entries(self) -> list[TimelineEntry]:
        return [self.timeline_model.row_at(i) for i in range(self.timeline_model.rowCount())]

    # --- actions -------------------------------------------------------------------------
    def edit_details(self) -> None:
        """Correct the client's own details; the header shows them once saved."""
        self._dialog(lambda _request: ClientDetailsDialog(self._ctx, self.client_id, self), per_request=False)

    def log_micro_contact(self) -> None:
        self._dialog(lambda r: MicroContactDialog(self._ctx, r.id, self))

    def record_session(self) -> None:
        self._dialog(lambda r: SessionFormDialog(self._ctx, r.id, self.client_id, self))

    def weigh_options(self) -> None:
        self._dialog(lambda r: OptionsDialog(self._ctx, r.id, self), always_reload=True)

    def record_consent(self) -> None:
        self._dialog(lambda r: ConsentDialog(self._ctx, self.client_id, r.id, self))

    def hand_over(self) -> None:
        self._dialog(lambda r: HandoverDialog(self._ctx, r.id, self))

    def close_request(self) -> None:
        self._dialog(lambda r: CloseRequestDialog(self._ctx, r.id, self))

    def ask_access_export(self) -> None:
        """An access request: the whole dossier as JSON and as a readable PDF, in a folder chosen."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Inzage bewaren in map"))
        if folder:
            self.export_access(Path(folder))

    def export_access(self, folder: Path) -> None:
        """Made in the background (ReportLab); the export is audited by the service."""
        from leerwinkel_desk.reports.access_report import save_access_request   # ReportLab: when needed
        from leerwinkel_desk.reports.letters import PdfLetters

        dossiers, client_id = self._ctx.service(Dossiers), self.client_id
        renderer = PdfLetters.for_database(self._ctx.db)

        def work(_progress):  # noqa: ANN001, ANN202 - a background job
            request = dossiers.access_request(client_id)
            return save_access_request(request, renderer.access_report(request), folder)

        def saved(paths: tuple[Path, Path]) -> None:
            self.notice.setText(self.tr("Inzage bewaard: {json} en {pdf}").format(
                json=paths[0].name, pdf=paths[1].name))

        def failed(error: Exception) -> None:
            if not isinstance(error, DomainError):
                raise error
            self.error.show_error(error)

        self.error.clear_error()
        self.notice.setText(self.tr("Inzage wordt gemaakt…"))
        self._ctx.jobs.run(work, saved, failed)

    def ask_erase(self) -> None:
        """Erasure cannot be undone: the counsellor types the dossier number to confirm."""
        number = self.header.client.dossier_no if self.header else ""
        typed, ok = QInputDialog.getText(
            self, self.tr("Cliënt wissen"),
            self.tr("Alle gegevens van deze persoon worden gewist; dit kan niet ongedaan worden.\n"
                    "Typ het dossiernummer {number} om te bevestigen.").format(number=number))
        if ok:
            self.erase(typed)

    def erase(self, confirmation: str) -> bool:
        if self.header is None or confirmation.strip().upper() != self.header.client.dossier_no:
            return False
        try:
            self._ctx.service(Erasures).erase(self.client_id)
        except DomainError as error:
            self.error.show_error(error)
            return False
        self.erased.emit()
        return True

    def print_documents(self) -> None:
        request = self.selected_request()
        dialog = PrintDialog(self._ctx, self.client_id, request.id if request else None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = dialog
        dialog.finished.connect(lambda _result: self.reload())
        dialog.open()

    def to_trajectory(self) -> None:
        self._service_step(lambda r: self._ctx.service(Requests).move_tier(r.id, Tier.TRAJECTORY))

    def start_follow_up(self) -> None:
        due = self._ctx.clock.now().date() + timedelta(days=FOLLOW_UP_DAYS)
        self._service_step(lambda r: self._ctx.service(Requests).start_follow_up(r.id, due))

    def confirm_enrolment(self) -> None:
        today = self._ctx.clock.now().date()
        self._service_step(lambda r: self._ctx.service(Requests).confirm_enrolment(r.id, today))

    def _dialog(self, make: Callable[[RequestRow | None], QDialog], always_reload: bool = False,
                per_request: bool = True) -> None:
        request = self.selected_request()
        if request is None and per_request:
            return
        dialog = make(request)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = dialog

        def finished(result: int) -> None:
            self.active_dialog = None
            if result == QDialog.DialogCode.Accepted.value or always_reload:
                self.reload()

        dialog.finished.connect(finished)
        dialog.open()                   # window-modal, without a nested event loop

    def _service_step(self, step: Callable[[RequestRow], object]) -> None:
        request = self.selected_request()
        if request is None:
            return
        try:
            step(request)
        except DomainError as error:
            self.error.show_error(error)
            return
        self.error.clear_error()
        self.reload()
