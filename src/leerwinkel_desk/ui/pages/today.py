"""Vandaag: the zitdag plan, sessions booked, follow-ups due or overdue, referrals whose outcome is not
known yet (open loops), requests quiet for 30 days."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from leerwinkel_desk.domain.enums import Role
from leerwinkel_desk.services.agenda import DAY_ROWS, Agenda, DayAgenda
from leerwinkel_desk.services.contacts import ContactRow
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.offices import OfficeSetup
from leerwinkel_desk.services.referrals import OpenLoop, Referrals
from leerwinkel_desk.services.requests import FollowUpRow, RequestRow, Requests
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.models import Column, RowsModel
from leerwinkel_desk.ui.texts import (
    enum_label,
    format_date,
    format_moment,
    phase_label,
    session_type_label,
    tier_label,
)
from leerwinkel_desk.ui.widgets import fit_columns


class EnterTable(QTableView):
    """A table whose Enter key (and double click) opens the row's dossier."""

    activated_row = Signal(int)

    def __init__(self, name: str, stretch: int = -1) -> None:
        super().__init__()
        self._stretch = stretch                     # the free-text column that takes the room left
        self.setAccessibleName(name)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.doubleClicked.connect(lambda index: self.activated_row.emit(index.row()))

    def setModel(self, model: QAbstractItemModel) -> None:  # noqa: N802 - Qt API
        """Columns fit their contents whenever rows are replaced or added."""
        super().setModel(model)
        fit_columns(self, stretch=self._stretch)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class TodayPage(QWidget):
    """The day of the signed-in person: who comes, whom to follow up, who went quiet; their own work first."""

    open_client = Signal(uuid.UUID)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.day: DayAgenda | None = None           # the day shown, once it is loaded
        self.plan = QLabel()
        self.plan.setWordWrap(True)
        self.plan.setAccessibleName(self.tr("Zitdagen vandaag"))
        self.sessions = RowsModel[ContactRow]([
            Column(lambda: QCoreApplication.translate("Today", "Uur"), lambda c: format_moment(c.at)[-5:]),
            Column(lambda: QCoreApplication.translate("Today", "Persoon"), lambda c: self._person(self._client_of(c))),
            Column(lambda: QCoreApplication.translate("Today", "Gesprek"),
                   lambda c: session_type_label(c.session_type) if c.session_type else ""),
            Column(lambda: QCoreApplication.translate("Today", "Leervraag"), lambda c: self._number(c.request_id)),
            Column(lambda: QCoreApplication.translate("Today", "Loket"), lambda c: self._lokets.get(c.loket_id, "")),
            Column(lambda: QCoreApplication.translate("Today", "Duur"), lambda c: c.minutes),
            Column(lambda: QCoreApplication.translate("Today", "Begeleider"), lambda c: self._staff.get(c.counsellor_id, "")),
        ], self)
        self.follow_ups = RowsModel[FollowUpRow]([
            Column(lambda: QCoreApplication.translate("Today", "Tegen"), lambda f: format_date(f.due)),
            Column(lambda: QCoreApplication.translate("Today", "Toestand"), self._lateness),
            Column(lambda: QCoreApplication.translate("Today", "Persoon"), lambda f: self._person(f.client_id)),
            Column(lambda: QCoreApplication.translate("Today", "Te doen"), self._due_work),
            Column(lambda: QCoreApplication.translate("Today", "Leervraag"), lambda f: f.request_no),
            Column(lambda: QCoreApplication.translate("Today", "Begeleider"), lambda f: self._staff.get(f.owner_id, "")),
        ], self)
        self.loops = RowsModel[OpenLoop]([
            Column(lambda: QCoreApplication.translate("Today", "Sinds"), lambda o: format_date(o.referral.referred_on)),
            Column(lambda: QCoreApplication.translate("Today", "Persoon"), lambda o: o.person or self._person(None)),
            Column(lambda: QCoreApplication.translate("Today", "Partner"), lambda o: o.partner_name),
            Column(lambda: QCoreApplication.translate("Today", "Reden"),
                   lambda o: enum_label(o.referral.reason_code) if o.referral.reason_code else o.referral.reason),
            Column(lambda: QCoreApplication.translate("Today", "Leervraag"), lambda o: o.request_no),
            Column(lambda: QCoreApplication.translate("Today", "Begeleider"), lambda o: self._staff.get(o.owner_id, "")),
        ], self)
        self.quiet = RowsModel[RequestRow]([
            Column(lambda: QCoreApplication.translate("Today", "Persoon"), lambda r: self._person(r.client_id)),
            Column(lambda: QCoreApplication.translate("Today", "Onderwerp"), lambda r: r.topic),
            Column(lambda: QCoreApplication.translate("Today", "Leervraag"), lambda r: r.request_no),
            Column(lambda: QCoreApplication.translate("Today", "Niveau"), lambda r: tier_label(r.tier)),
            Column(lambda: QCoreApplication.translate("Today", "Fase"), lambda r: phase_label(r.phase)),
            Column(lambda: QCoreApplication.translate("Today", "Sinds"), lambda r: format_date(r.opened_on)),
            Column(lambda: QCoreApplication.translate("Today", "Begeleider"), lambda r: self._staff.get(r.owner_id, "")),
        ], self)
        self.tables = {
            "sessions": EnterTable(self.tr("Geboekte gesprekken"), stretch=2),
            "follow_ups": EnterTable(self.tr("Opvolging te doen"), stretch=3),
            "loops": EnterTable(self.tr("Doorverwijzingen zonder uitkomst"), stretch=3),
            "quiet": EnterTable(self.tr("Al 30 dagen geen contact"), stretch=1),
        }
        office_wide = self._office_wide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.plan)
        for key, title, model in (("sessions", self.tr("Geboekte gesprekken"), self.sessions),
                                  ("follow_ups", self.tr("Opvolging: vandaag en te laat"), self.follow_ups),
                                  ("loops", self.tr("Doorverwijzingen: kwam de cliënt aan? (Ctrl+Shift+D in het dossier)"),
                                   self.loops),
                                  ("quiet", self.tr("Al 30 dagen geen contact"), self.quiet)):
            layout.addWidget(QLabel(f"<b>{title}</b>"))
            table = self.tables[key]
            table.setModel(model)
            table.setColumnHidden(model.columnCount() - 1, not office_wide)    # whose it is: office-wide only
            table.activated_row.connect(lambda row, m=model: self._open(m.row_at(row)))
            layout.addWidget(table, 1)
        self._numbers: dict[uuid.UUID, RequestRow] = {}
        self._people: dict[uuid.UUID, str] = {}
        self._lokets = {loket.id: loket.name for loket in ctx.service(OfficeSetup).lokets(include_retired=True)}
        self._staff = {person.id: person.full_name for person in ctx.service(OfficeSetup).counsellors()}
        self.refresh()

    def _office_wide(self) -> bool:
        return self._ctx.actor.role == Role.COORDINATOR

    def refresh(self) -> None:
        """Load the day in the background (office-wide it is a large query); show it when ready."""
        counsellor = None if self._office_wide() else self._ctx.actor.counsellor_id
        today = local_today(self._ctx.clock)
        agenda, referrals = self._ctx.service(Agenda), self._ctx.service(Referrals)
        self.plan.setText(self.tr("Vandaag wordt geladen…"))
        self._ctx.jobs.run(lambda _progress: (agenda.day(counsellor, today),
                                              referrals.open_loops(counsellor, limit=DAY_ROWS)),
                           self.show_lists, self.show_failure)

    def show_lists(self, lists: tuple[DayAgenda, list[OpenLoop]]) -> None:
        day, loops = lists
        self.show_day(day)
        me = self._ctx.actor.counsellor_id
        self.loops.set_rows(sorted(loops, key=lambda o: o.owner_id != me))

    def show_failure(self, _error: Exception) -> None:
        self.plan.setText(self.tr("Vandaag kon niet geladen worden. Druk F5 om opnieuw te proberen."))

    def show_day(self, agenda: DayAgenda) -> None:
        today = agenda.on
        self._numbers, self._people = agenda.session_requests, agenda.people
        plan = list(dict.fromkeys(f"{z.loket_name} {z.starts:%H:%M}-{z.ends:%H:%M}" for z in agenda.zitdagen))
        self.plan.setText(self.tr("Zitdagen vandaag ({day}): {plan}").format(
            day=format_date(today), plan="; ".join(plan) or self.tr("geen")))
        self.day = agenda                  # before the rows: their texts read the day
        me = self._ctx.actor.counsellor_id
        self.sessions.set_rows(sorted(agenda.sessions, key=lambda c: c.counsellor_id != me))
        self.follow_ups.set_rows(sorted(agenda.follow_ups, key=lambda f: f.owner_id != me))
        self.quiet.set_rows(sorted(agenda.quiet_requests, key=lambda r: r.owner_id != me))

    def _client_of(self, contact: ContactRow) -> uuid.UUID | None:
        request = self._numbers.get(contact.request_id)
        return request.client_id if request else None

    def _person(self, client_id: uuid.UUID | None) -> str:
        if client_id is None:
            return self.tr("anoniem")
        return self._people.get(client_id) or self.tr("(naam gewist)")

    def _lateness(self, row: FollowUpRow) -> str:
        days = (self.day.on - row.due).days if self.day else 0
        if not row.overdue or days <= 0:
            return self.tr("vandaag")
        if days == 1:
            return self.tr("⚠ 1 dag te laat")
        return self.tr("⚠ {days} dagen te laat").format(days=days)

    def _due_work(self, row: FollowUpRow) -> str:
        """What the follow-up is about: the request's topic and the phase it is in."""
        if row.topic:
            return self.tr("Opvolgcontact: {topic} · fase {phase}").format(topic=row.topic, phase=phase_label(row.phase))
        return self.tr("Opvolgcontact · fase {phase}").format(phase=phase_label(row.phase))

    def _number(self, request_id: uuid.UUID) -> str:
        request = self._numbers.get(request_id)
        return request.request_no if request else ""

    def _open(self, row: object) -> None:
        request_id = getattr(row, "request_id", None) or getattr(row, "id", None)
        client_id = getattr(row, "client_id", None)
        if client_id is None and request_id is not None:
            client_id = self._ctx.service(Requests).get(request_id).client_id
        if client_id is not None:
            self.open_client.emit(client_id)
