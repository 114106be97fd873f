"""The client dossier: header, learning requests with tier badge and phase stepper, and one timeline."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QTableView,
    QToolBar,
    QWidget,
)

from leerwinkel_desk.domain.enums import Phase, Tier
from leerwinkel_desk.domain.errors import DomainError, NotFound
from leerwinkel_desk.domain.permissions import Permission, allowed
from leerwinkel_desk.domain.rules import phase_of_follow_up
from leerwinkel_desk.services.consents import Consents
from leerwinkel_desk.services.contacts import ContactRow, Contacts
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.contributions import Contributions
from leerwinkel_desk.services.dossier import DossierHeader, Dossiers, TimelineEntry
from leerwinkel_desk.services.erasure import Erasures
from leerwinkel_desk.services.offices import OfficeSetup
from leerwinkel_desk.services.reminders import Reminders
from leerwinkel_desk.services.requests import RequestRow, Requests
from leerwinkel_desk.services.social_map import SocialMap
from leerwinkel_desk.store.durable import write_whole
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.design.components import HeaderCard, StatusMessage
from leerwinkel_desk.ui.design.style import Space
from leerwinkel_desk.ui.dialogs.appointment_card import AppointmentCardDialog
from leerwinkel_desk.ui.dialogs.client_details import ClientDetailsDialog
from leerwinkel_desk.ui.dialogs.closing import CloseRequestDialog
from leerwinkel_desk.ui.dialogs.contribution import ContributionDialog
from leerwinkel_desk.ui.dialogs.erasure import EraseDialog
from leerwinkel_desk.ui.dialogs.follow_up import FollowUpDialog
from leerwinkel_desk.ui.dialogs.micro_contact import MicroContactDialog
from leerwinkel_desk.ui.dialogs.options import OptionsDialog
from leerwinkel_desk.ui.dialogs.printing import PrintDialog
from leerwinkel_desk.ui.dialogs.reassign import ReassignDialog
from leerwinkel_desk.ui.dialogs.referral import CloseLoopDialog, ReferralDialog
from leerwinkel_desk.ui.dialogs.reminder import ReminderDialog
from leerwinkel_desk.ui.dialogs.session_form import SessionFormDialog
from leerwinkel_desk.ui.dialogs.sharing import ConsentDialog, HandoverDialog, WithdrawConsentDialog
from leerwinkel_desk.ui.dossier_parts import (
    COUNTERPART_COLUMN,
    DETAIL_COLUMN,
    DETAIL_LEAST,
    DETAIL_SHARE,
    GIVE_WAY,
    REQUEST_COLUMN,
    SHORT_COLUMNS,
    RequestCards,
    TimelineView,
    header_caption,
    header_facts,
    header_flags,
    idle_columns,
    no_request_text,
    timeline_columns,
)
from leerwinkel_desk.ui.feedback import ErrorLabel, ask_first
from leerwinkel_desk.ui.file_dialogs import ask_folder, ask_save_file
from leerwinkel_desk.ui.models import RowsModel
from leerwinkel_desk.ui.operation import Change, OpChanges, perform
from leerwinkel_desk.ui.widgets import fit_columns, keep_rows, scrolling_page
from leerwinkel_desk.ui.worker import Progress

TIMELINE_ROWS_AT_LEAST = 3      # the header and the request cards give way before the timeline shows fewer rows
HEADER_SHOWS = Change.CLIENT | Change.REQUESTS | Change.CONSENTS   # the client, who guides which request, consents


class DossierView(QWidget):
    """One client's dossier. Actions work on the selected learning request."""

    erased = Signal()

    def __init__(self, ctx: DeskContext, client_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self.client_id = ctx, client_id
        self.header: DossierHeader | None = None
        self.active_dialog: QDialog | None = None
        self.file_dialog: QWidget | None = None         # the file or folder dialog opened last (receipt, inzage)
        self.confirm_box: QMessageBox | None = None      # the question before a request moves up to tier 3
        self._closed = False                        # its client was erased or merged away (see on_changed)
        self._staff: dict[uuid.UUID, str] = {}     # the names of the people this dossier names (see name_staff)
        self._partners: dict[uuid.UUID, str] = {}
        self.card = HeaderCard()
        self.name_label, self.facts_label = self.card.title, self.card.facts
        self.name_label.setAccessibleName(self.tr("Cliënt"))
        self.requests = RequestCards()
        self.requests.setAccessibleName(self.tr("Leervragen"))
        self.timeline_model = RowsModel(timeline_columns(self._staff), self)
        self.timeline = TimelineView()
        self.timeline.setModel(self.timeline_model)
        self.timeline.setAccessibleName(self.tr("Tijdlijn"))
        self.timeline.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.timeline.verticalHeader().hide()
        self.timeline.setIconSize(QSize(16, 16))
        fit_columns(self.timeline, stretch=DETAIL_COLUMN, share=DETAIL_SHARE, give_way=GIVE_WAY,
                    least_share=DETAIL_LEAST, short=SHORT_COLUMNS)
        self.error = ErrorLabel()
        self.notice = StatusMessage()            # what a background action just did
        self.actions_bar = QToolBar()          # overflows into a » menu on narrow or scaled screens
        self.actions_bar.setAccessibleName(self.tr("Acties op de leervraag"))
        self.actions_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for label, slot in self.action_list():
            self.actions_bar.addAction(label, slot)
        self._layout = scrolling_page(self, fill=True)     # a window too short for it scrolls, never grows
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(Space.S)
        self._layout.addWidget(self.card)
        self._layout.addWidget(self.requests)
        self._layout.addWidget(self.actions_bar)
        self._layout.addWidget(self.notice)
        self._layout.addWidget(self.error)
        self._layout.addWidget(self.timeline, 1)
        keep_rows(self.timeline, TIMELINE_ROWS_AT_LEAST)
        for part in (self.card, self.notice, self.error):
            part.installEventFilter(self)       # shown, hidden or higher: the request cards' room changes
        self.show_client(client_id)
        ctx.operations.changed.connect(self.on_changed)

    def show_client(self, client_id: uuid.UUID) -> None:
        """This client's dossier, in the widgets the last one used (building them again took most of an
        opening): as a new view shows it, scrolled to the top, nothing selected, no message left over."""
        dossiers = self._ctx.service(Dossiers)
        header = dossiers.header(client_id, audit_view=True)     # the one audited view, committed first
        entries = dossiers.timeline(client_id)
        self.client_id, self._closed = client_id, False
        self._staff.clear()                     # the timeline's columns read names from this same dict
        self.name_staff([*(request.owner_id for request in header.requests),
                         *(entry.author_id for entry in entries)])      # in one read
        self._partners = self._ctx.service(SocialMap).partner_names()
        self.notice.setText("")
        self.error.clear_error()
        self.timeline.scrollToTop()
        self.requests.clear()                   # the first request selected, as in a dossier just opened
        self.show_header(header)
        self.show_timeline(entries)
        self.timeline.horizontalScrollBar().setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_requests()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Resize):
            self.fit_requests()
        return False

    def fit_requests(self) -> None:
        """The request cards get the height the page has left above the timeline's least rows, in whole
        cards: a box layout shares out room by the pixel, and at 150 % on a 1280×720 screen the list was
        1.2 cards high, the second card sliced."""
        width, spacing = self.width(), self._layout.spacing()
        used = self.timeline.minimumHeight() + spacing
        for part in (self.card, self.actions_bar, self.notice, self.error):
            if part.isVisibleTo(self):
                used += (part.heightForWidth(width) if part.hasHeightForWidth() else part.sizeHint().height()) + spacing
        self.requests.fit_height(self.height() - used)

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
            (self.tr("Doorverwijzen (Ctrl+D)"), self.refer_out),
            (self.tr("Doorverwijzing opgevolgd (Ctrl+Shift+D)"), self.close_loop),
            (self.tr("Bijdrage (Ctrl+Shift+K)"), self.record_contribution),
            (self.tr("Herinnering (Ctrl+Shift+R)"), self.copy_reminder),
            (self.tr("Opvolgen (Ctrl+Shift+F)"), self.start_follow_up),
            (self.tr("Ingeschreven (Ctrl+Shift+I)"), self.confirm_enrolment),
            (self.tr("Afsluiten (Ctrl+Shift+A)"), self.close_request),
            (self.tr("Afdrukken (Ctrl+P)"), self.print_documents),
            (self.tr("Toewijzen… (Ctrl+Shift+W)"), self.reassign),
            (self.tr("Inzage (AVG)… (Ctrl+Shift+E)"), self.ask_access_export),
            (self.tr("Wissen (AVG)…"), self.ask_erase),
        ]

    def on_changed(self, changes: OpChanges) -> None:
        """After an operation: read again only what it changed, without auditing another view."""
        if self._closed or not changes.concerns(self.client_id):
            return
        self.error.clear_error()                # an earlier refusal may hold no more (a sync made it hers)
        try:
            if changes.what & HEADER_SHOWS:
                self.load_header()
            if changes.what & Change.TIMELINE:
                self.load_timeline()
        except NotFound:                        # erased, merged away or restored out: the dossier closes
            self._closed = True
            self.erased.emit()

    def reload(self) -> None:
        """F5: the whole dossier read again (a refresh, not a new view in the audit trail)."""
        self.error.clear_error()
        self.load_header()
        self.load_timeline()

    def name_staff(self, ids: Iterable[uuid.UUID | None]) -> None:
        """The names of these people known (a removed colleague's as ""), read once per dossier."""
        missing = {person for person in ids if person is not None and person not in self._staff}
        if missing:
            self._staff.update(dict.fromkeys(missing, "") | self._ctx.service(OfficeSetup).staff_names(missing))

    def load_header(self) -> None:
        """The header read again (after a change: not another view in the audit trail)."""
        self.show_header(self._ctx.service(Dossiers).header(self.client_id, audit_view=False))

    def show_header(self, header: DossierHeader) -> None:
        self.header = header
        self.name_staff(request.owner_id for request in self.header.requests)
        c = self.header.client
        self.name_label.setText(f"{c.first_name or ''} {c.last_name or ''}")
        self.card.set_badges([(c.dossier_no, "neutral")] + [(flag, "flag") for flag in header_flags(self.header)])
        self.facts_label.setText(header_facts(self.header))
        consents = self._ctx.service(Consents).for_client(self.client_id)
        self.card.caption.setText(header_caption(self.header, self._staff, consents, self._partners,
                                                 local_today(self._ctx.clock)))
        selected = self.selected_request()
        self.requests.clear()
        for request in self.header.requests:
            self.requests.add_request(request, self._staff.get(request.owner_id, "") if request.owner_id else "",
                                      self.header.reached.get(request.id))
        if self.requests.count():
            keep = [i for i in range(self.requests.count())
                    if selected and self.requests.item(i).data(Qt.ItemDataRole.UserRole).id == selected.id]
            self.requests.setCurrentRow(keep[0] if keep else 0)

    def load_timeline(self) -> None:
        self.show_timeline(self._ctx.service(Dossiers).timeline(self.client_id))

    def show_timeline(self, entries: list[TimelineEntry]) -> None:
        self.name_staff(entry.author_id for entry in entries)
        idle = idle_columns(entries)
        for column in (REQUEST_COLUMN, COUNTERPART_COLUMN):
            self.timeline.setColumnHidden(column, column in idle)
        self.timeline_model.set_rows(entries)

    def selected_request(self) -> RequestRow | None:
        item = self.requests.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def chosen_request(self) -> RequestRow | None:
        """The request an action works on; a client without any is told in one line how to start one (the
        action did nothing and said nothing)."""
        request = self.selected_request()
        if request is None:
            self.error.clear_error()
            self.notice.setText(no_request_text())
        return request

    def select_request(self, request_id: uuid.UUID) -> bool:
        """Make the request with this id the selected one (False when it is not in this dossier)."""
        for i in range(self.requests.count()):
            if self.requests.item(i).data(Qt.ItemDataRole.UserRole).id == request_id:
                self.requests.setCurrentRow(i)
                return True
        return False

    def timeline_entries(self) -> list[TimelineEntry]:
        return [self.timeline_model.row_at(i) for i in range(self.timeline_model.rowCount())]

    # --- actions -------------------------------------------------------------------------
    def edit_details(self) -> None:
        """Correct the client's own details; the header shows them once saved."""
        self._open(ClientDetailsDialog(self._ctx, self.client_id, self))

    def log_micro_contact(self) -> None:
        self._dialog(lambda r: MicroContactDialog(self._ctx, r.id, self, client_id=r.client_id))

    def record_session(self) -> None:
        self._dialog(lambda r: SessionFormDialog(self._ctx, r.id, self.client_id, self))

    def weigh_options(self) -> None:
        self._dialog(lambda r: OptionsDialog(self._ctx, r.id, self))

    def record_consent(self) -> None:
        self._dialog(lambda r: ConsentDialog(self._ctx, self.client_id, r.id, self))

    def withdraw_consent(self) -> None:
        """The client withdraws a consent. Not behind `_dialog`'s check: it is the client's right, whoever guides
        the request the consent was given on (the service decides who may record it); none standing is said so."""
        consents = self._ctx.service(Consents).standing(self.client_id)
        self.error.clear_error()
        if not consents:
            self.notice.setText(self.tr("Deze cliënt heeft geen toestemming in voege om in te trekken."))
            return
        self.notice.setText("")
        self._open(WithdrawConsentDialog(self._ctx, self.client_id, consents, self))

    def hand_over(self) -> None:
        self._dialog(lambda r: HandoverDialog(self._ctx, r.id, self))

    def refer_out(self) -> None:
        self._dialog(lambda r: ReferralDialog(self._ctx, r.id, self))

    def close_loop(self) -> None:
        self._dialog(lambda r: CloseLoopDialog(self._ctx, r.id, self))

    def copy_reminder(self) -> None:
        """The reminder of the request's next booked session; said so when nothing is booked."""
        request = self.chosen_request()
        if request is None:
            return
        found = perform(self._ctx.operations, lambda: self._ctx.service(Reminders).for_request(request.id),
                        self.error, None)
        if found is not None and found.value is None:
            self.notice.setText(self.tr("Er is geen geboekt gesprek om aan te herinneren."))
        elif found is not None and found.value is not None:
            reminder = found.value
            self._dialog(lambda _r: ReminderDialog(self._ctx, reminder, self))

    def print_appointment_card(self) -> None:
        """The card of the request's next booked session; said so when nothing is booked."""
        request = self.chosen_request()
        if request is None:
            return
        found = perform(self._ctx.operations, lambda: self._ctx.service(Contacts).next_booked(request.id),
                        self.error, None)
        if found is not None and found.value is None:
            self.notice.setText(self.tr("Er is geen geboekt gesprek voor een afsprakenkaart."))
        elif found is not None and found.value is not None:
            booked = found.value
            self._dialog(lambda r: self._card_dialog(r, booked))

    def _card_dialog(self, request: RequestRow, booked: ContactRow) -> QDialog:
        dialog = AppointmentCardDialog(self._ctx, request, booked, self)
        dialog.accepted.connect(lambda: self.notice.setText(
            self.tr("Afsprakenkaart bewaard: {file}").format(file=dialog.saved_to.name)) if dialog.saved_to else None)
        return dialog

    def record_contribution(self) -> None:
        self._dialog(self._contribution_dialog)

    def _contribution_dialog(self, request: RequestRow) -> QDialog:
        """Once saved, the receipt is asked for when the counsellor kept its box ticked."""
        dialog = ContributionDialog(self._ctx, request.id, self)

        def ask_receipt() -> None:
            if dialog.saved and dialog.receipt.isChecked():
                self.ask_receipt(dialog.saved.id, request.request_no)

        dialog.accepted.connect(ask_receipt)
        return dialog

    def ask_receipt(self, contribution_id: uuid.UUID, request_no: str) -> None:
        """Where to save the receipt: the folder last used for a PDF, else Documents (it opened in the home
        folder, and a blocking dialog of its own)."""
        name = self.tr("{number}-ontvangstbewijs.pdf").format(number=request_no)
        self.file_dialog = ask_save_file(self, self.tr("Ontvangstbewijs bewaren"), name, "pdf",
                                         lambda path: self.save_receipt(contribution_id, path))

    def save_receipt(self, contribution_id: uuid.UUID, path: Path) -> None:
        """Made in the background (ReportLab): the receipt of a contribution, for the client."""
        from leerwinkel_desk.reports.letters import PdfLetters  # ReportLab: when needed

        contributions, renderer = self._ctx.service(Contributions), PdfLetters.for_database(self._ctx.db)

        def work(_progress: Progress) -> Path:
            write_whole(path, renderer.receipt(contributions.receipt(contribution_id)))
            return path

        self._background(work, lambda saved: self.notice.setText(
            self.tr("Ontvangstbewijs bewaard: {file}").format(file=saved.name)),
            self.tr("Ontvangstbewijs wordt gemaakt…"))

    def reassign(self) -> None:
        """Not behind `_dialog`'s check: a counsellor may read whose it is; the service decides who may move it."""
        request = self.chosen_request()
        if request is not None:
            self._open(ReassignDialog(self._ctx, request, self))

    def close_request(self) -> None:
        self._dialog(lambda r: CloseRequestDialog(self._ctx, r.id, self))

    def ask_access_export(self) -> None:
        """An access request: the whole dossier as JSON and as a readable PDF, in a folder chosen."""
        self.file_dialog = ask_folder(self, self.tr("Inzage bewaren in map"), "access", self.export_access)

    def export_access(self, folder: Path) -> None:
        """Made in the background (ReportLab); the export is audited by the service."""
        from leerwinkel_desk.reports.access_report import save_access_request  # ReportLab: when needed
        from leerwinkel_desk.reports.letters import PdfLetters

        dossiers, client_id = self._ctx.service(Dossiers), self.client_id
        renderer = PdfLetters.for_database(self._ctx.db)

        def work(_progress: Progress) -> tuple[Path, Path]:
            request = dossiers.access_request(client_id)
            return save_access_request(request, renderer.access_report(request), folder)

        def saved(paths: tuple[Path, Path]) -> None:
            self.notice.setText(self.tr("Inzage bewaard: {json} en {pdf}").format(
                json=paths[0].name, pdf=paths[1].name))

        self._background(work, saved, self.tr("Inzage wordt gemaakt…"))

    def _background(self, work: Callable, saved: Callable, busy: str) -> None:
        """Slow work for the dossier (a PDF) on the background thread; a refusal shown under the actions."""
        def failed(error: Exception) -> None:
            if not isinstance(error, DomainError):
                raise error
            self.error.show_error(error)

        self.error.clear_error()
        self.notice.setText(busy)
        self._ctx.jobs.run(work, saved, failed)

    def ask_erase(self) -> None:
        """Erasure cannot be undone: a coordinator reads what it does and ends, and types the dossier number to
        confirm (ui/dialogs/erasure.py). Anyone else is told at once that a coordinator does it."""
        if self.header is None:
            return
        self.error.clear_error()
        if not allowed(self._ctx.actor.role, Permission.ERASE):
            self.notice.setText(self.tr("Een cliënt wissen (AVG) kan alleen een coördinator: vraag het aan een "
                                        "coördinator van uw kantoor."))
            return
        self.notice.setText("")
        self._open(EraseDialog(self._ctx, self.header.client, self.erase, self))

    def erase(self, confirmation: str, error: ErrorLabel | None = None) -> bool:
        """Erase this client once `confirmation` is their dossier number; a refusal is shown in `error`."""
        if self.header is None or confirmation.strip().upper() != self.header.client.dossier_no:
            return False
        if perform(self._ctx.operations, lambda: self._ctx.service(Erasures).erase(self.client_id),
                   error or self.error, OpChanges(Change.AGENDA | Change.REQUESTS, self.client_id,
                                                  self.tr("De cliënt is gewist"))) is None:
            return False
        self.erased.emit()
        return True

    def print_documents(self) -> None:
        request = self.selected_request()       # the client's summary prints without a request
        self._open(PrintDialog(self._ctx, self.client_id, request.id if request else None, self))

    def to_trajectory(self) -> None:
        """Up to tier 3 after a question (Enter or Alt+N moves it, Escape keeps it where it is); a request
        already at tier 3, or closed, is said so under the actions, as a fact and not as an error."""
        request = self.chosen_request()
        if request is None:
            return
        self.error.clear_error()
        self.notice.setText("")
        if request.phase is Phase.CLOSED:
            self.notice.setText(self.tr("Leervraag {number} is afgesloten: haar niveau verandert niet meer.").format(
                number=request.request_no))
            return
        if request.tier is Tier.TRAJECTORY:
            self.notice.setText(self.tr("Leervraag {number} is al een begeleidingstraject (niveau 3).").format(
                number=request.request_no))
            return
        question = self.tr("Leervraag {number} naar niveau 3 (begeleidingstraject) brengen?").format(
            number=request.request_no)
        if not self._ctx.service(Contacts).intake_held(request.id):
            question += "\n" + self.tr("De intake is nog niet gehouden.")
        self.confirm_box = ask_first(self, self.tr("Naar traject"), question, self.tr("&Naar traject"),
                                     self.tr("Annuleren"), lambda: self._move_to_trajectory(request),
                                     do_by_default=True)
        self.confirm_box.finished.connect(self._confirm_closed)

    def _move_to_trajectory(self, request: RequestRow) -> None:
        perform(self._ctx.operations, lambda: self._ctx.service(Requests).move_tier(request.id, Tier.TRAJECTORY),
                self.error, OpChanges(Change.REQUESTS | Change.TIMELINE | Change.AGENDA, self.client_id,
                                      self.tr("Naar niveau 3 (traject) gebracht")))

    def _confirm_closed(self, _result: int) -> None:
        self.confirm_box = None
        self.window().activateWindow()  # the keyboard comes back to the dossier

    def start_follow_up(self) -> None:
        """The next follow-up contact's date, chosen in a form; where a follow-up has no place (before the
        choice, below tier 3, closed) the rule's refusal is said under the actions and no form opens."""
        request = self.chosen_request()
        if request is None:
            return
        self.notice.setText("")
        self.error.clear_error()
        try:
            phase_of_follow_up(request.tier, request.phase)
        except DomainError as refused:
            self.error.show_error(refused)
            return
        self._dialog(lambda r: FollowUpDialog(self._ctx, r.id, self))

    def confirm_enrolment(self) -> None:
        today = local_today(self._ctx.clock)
        self._service_step(lambda r: self._ctx.service(Requests).confirm_enrolment(r.id, today),
                           self.tr("Inschrijving bevestigd"))

    def _dialog(self, make: Callable[[RequestRow], QDialog]) -> None:
        """A form on the selected request, opened only when the person may work on it: a colleague's
        trajectory is refused with the real reason before anything is typed."""
        request = self.chosen_request()
        if request is None:
            return
        if perform(self._ctx.operations, lambda: self._ctx.service(Requests).check_may_work(request.id),
                   self.error, None) is None:
            return
        self._open(make(request))

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()                   # window-modal, without a nested event loop

    def _dialog_closed(self, _result: int) -> None:
        self.active_dialog = None       # what it saved was announced as an operation (on_changed)
        self.window().activateWindow()  # the keyboard comes back here (not every window manager does it)

    def _service_step(self, step: Callable[[RequestRow], object], done: str) -> None:
        request = self.chosen_request()
        if request is not None:
            self.notice.setText("")         # a message of an earlier action would be read as this one's
            perform(self._ctx.operations, lambda: step(request), self.error,
                    OpChanges(Change.REQUESTS | Change.TIMELINE | Change.AGENDA, self.client_id, done))
