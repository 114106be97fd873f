"""Vandaag: the zitdag plan, sessions booked, follow-ups due or overdue, referrals whose outcome is not
known yet (open loops), requests quiet for 30 days."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QSizePolicy, QTableView, QVBoxLayout, QWidget

from leerwinkel_desk.domain.enums import ContactKind
from leerwinkel_desk.services.agenda import DayAgenda
from leerwinkel_desk.services.contacts import ContactRow
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.offices import OfficeSetup
from leerwinkel_desk.services.referrals import OpenLoop
from leerwinkel_desk.services.requests import FollowUpRow, RequestRow, Requests
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.day_ahead import DayAhead, DayLists, lists_of_the_day, office_wide
from leerwinkel_desk.ui.design.components import Badge, EmptyState, PlainLabel, text_label
from leerwinkel_desk.ui.design.icons import icon, kind_icon
from leerwinkel_desk.ui.design.style import Space
from leerwinkel_desk.ui.models import Column, RowsModel
from leerwinkel_desk.ui.texts import (
    format_date,
    format_moment,
    phase_label,
    referral_reason_text,
    session_type_label,
    tier_label,
)
from leerwinkel_desk.ui.widgets import compact_rows, first_field, fit_columns, hold_a_row, scrolling_page

PERSON_COLUMN, PARTNER_COLUMN, REASON_COLUMN = 1, 2, 3     # of the referrals without an outcome
REASON_SHARE = 0.25     # of that table's width at least for the reason: a long partner's name left it '…' at 150 %


class EnterTable(QTableView):
    """A table whose Enter key (and double click) opens the row's dossier. The arrows move in it and Tab
    moves on to the next control, as in every list of the app (a table does not keep Tab).

    Enter works as soon as the list has the focus: it always has a current row then, its first unless the
    person was on another (`key`, when given, tells a row again after its list was read anew: F5, back from a
    dossier, the day loaded after the list took the focus). Qt makes a first row current only the first time a
    view takes the focus, and never after its model is reset, so Enter did nothing until an arrow key."""

    activated_row = Signal(int)

    def __init__(self, name: str, stretch: int = -1, share: float = 0.0, give_way: tuple[int, ...] = (),
                 key: Callable[[Any], object] | None = None) -> None:
        super().__init__()
        self.empty_hint: PlainLabel | None = None   # what to do, shown in the list while it has no rows
        self._key = key                             # how a row is told again after its list was read anew
        self._was_on: object = None                 # the row the person was on (its key)
        self._stretch = stretch                     # the free-text column that takes the room left
        self._share, self._give_way = share, give_way      # its least part of the width, and who gives way
        self.setAccessibleName(name)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        compact_rows(self)
        self.doubleClicked.connect(lambda index: self.activated_row.emit(index.row()))

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Columns fit their contents whenever rows are replaced or added; the current row is kept (`RowsModel`)."""
        super().setModel(model)
        fit_columns(self, stretch=self._stretch, share=self._share, give_way=self._give_way)
        if isinstance(model, RowsModel):
            model.modelAboutToBeReset.connect(lambda: self._remember_current(model))
            model.modelReset.connect(lambda: self._restore_current(model))
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
                signal.connect(self._place_empty_hint)

    def set_empty_hint(self, text: str) -> None:
        """One plain line in the list, shown while it has no rows: what to do to fill it (a new office's
        lists were bare tables without a word)."""
        if self.empty_hint is None:
            self.empty_hint = text_label("muted")
            self.empty_hint.setParent(self.viewport())
            self.empty_hint.setWordWrap(True)
            self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_hint.setText(text)
        self._place_empty_hint()

    def _place_empty_hint(self) -> None:
        """Shown, described and laid out only while the list is empty: a page of rows fetched or a keystroke
        searched does no text layout for a hidden line (the page at row 90,000 took 0.1 ms more)."""
        hint, model = self.empty_hint, self.model()
        if hint is None:
            return
        empty = model is None or model.rowCount() == 0
        description = hint.text() if empty else ""
        if self.accessibleDescription() != description:
            self.setAccessibleDescription(description)
        hint.setVisible(empty and bool(hint.text()))
        if hint.isVisibleTo(self):
            room = self.viewport().rect().adjusted(Space.L, Space.L, -Space.L, -Space.L)
            hint.setGeometry(room.left(), room.top(), room.width(),
                             min(room.height(), hint.heightForWidth(room.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_empty_hint()

    def _remember_current(self, model: RowsModel[Any]) -> None:
        current = self.currentIndex()
        self._was_on = (self._key(model.row_at(current.row())) if current.isValid() and self._key is not None
                        else None)

    def _restore_current(self, model: RowsModel[Any]) -> None:
        """The row the person was on when it is still there, else the first row when the list has the focus."""
        key = self._key or id
        keys = [key(model.row_at(row)) for row in range(model.rowCount())]
        if self._was_on is not None and self._was_on in keys:
            self.setCurrentIndex(model.index(keys.index(self._was_on), 0))
        elif keys and self.hasFocus():
            self.setCurrentIndex(model.index(0, 0))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        hold_a_row(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class WorkSection(QWidget):
    """A list of the day: icon, title, how many, what Enter does, then its table (hidden when empty)."""

    def __init__(self, icon_name: str, title: str, hint: str, table: EnterTable) -> None:
        super().__init__()
        self.table = table
        self.rows = 0
        self.count = Badge("", "neutral")
        self.empty = text_label("muted")
        mark = PlainLabel()
        mark.setPixmap(icon(icon_name, "accent").pixmap(QSize(18, 18)))
        head = self.head = QHBoxLayout()
        head.setSpacing(Space.S)
        head.addWidget(mark)
        head.addWidget(text_label("strong", title))
        head.addWidget(self.count)
        head.addWidget(self.empty)
        head.addStretch(1)
        head.addWidget(text_label("caption", hint))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(Space.XS)
        layout.addLayout(head)
        layout.addWidget(table, 1)

    def set_count(self, rows: int, loaded: bool) -> None:
        self.rows = rows
        self.count.setText(str(rows))
        self.count.setVisible(loaded and rows > 0)
        self.empty.setText(self.tr("niets") if loaded and rows == 0 else "")
        self.table.setVisible(rows > 0 or not loaded)
        policy = QSizePolicy.Policy.Expanding if self.table.isVisibleTo(self) else QSizePolicy.Policy.Maximum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, policy)
        self.fit_rows()

    def fit_rows(self) -> None:
        """No higher than its rows (and a scroll bar when the columns are wider than the room). At that height
        it has no vertical scroll bar, so its columns have the whole width (the bar's width kept aside
        counted a stretched column as cut and left a bar's height of blank under the rows)."""
        header, frame = self.table.horizontalHeader().sizeHint().height(), 2 * self.table.frameWidth()
        cut = self.table.horizontalHeader().length() > self.width() - frame
        bar = self.table.horizontalScrollBar().sizeHint().height() if cut else 0
        row = self.table.verticalHeader().defaultSectionSize()
        self.table.setMaximumHeight(header + frame + max(1, self.rows) * row + bar)
        self.setMaximumHeight(self.head.sizeHint().height() + Space.XS + self.table.maximumHeight()
                              if self.table.isVisibleTo(self) else self.head.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_rows()                 # wider or narrower: the columns may fit now, or no longer


class TodayPage(QWidget):
    """The day of the signed-in person: who comes, whom to follow up, who went quiet; their own work first."""

    open_work = Signal(uuid.UUID, uuid.UUID, str)      # client, request, the dossier action (see section_texts)
    no_dossier = Signal(object)         # Enter on an anonymous question: the window says why nothing opens
    close_loop = Signal(uuid.UUID)      # an anonymous question's referral: its outcome noted without a dossier

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None, ahead: DayAhead | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ahead = ahead                         # the first day read while the sign-in was checked
        self.day: DayAgenda | None = None           # the day shown, once it is loaded
        self.plan = PlainLabel()
        self.plan.setWordWrap(True)
        self.plan.setAccessibleName(self.tr("Zitdagen vandaag"))
        self.sessions = RowsModel[ContactRow]([
            Column(lambda: QCoreApplication.translate("Today", "Uur"), lambda c: format_moment(c.at)[-5:]),
            Column(lambda: QCoreApplication.translate("Today", "Persoon"),
                   lambda c: self._person(self._client_of(c))),
            Column(lambda: QCoreApplication.translate("Today", "Gesprek"),
                   lambda c: session_type_label(c.session_type) if c.session_type else "",
                   lambda _c: kind_icon(ContactKind.SESSION.value)),
            Column(lambda: QCoreApplication.translate("Today", "Leervraag"), lambda c: self._number(c.request_id)),
            Column(lambda: QCoreApplication.translate("Today", "Loket"), lambda c: self._lokets.get(c.loket_id, "")),
            Column(lambda: QCoreApplication.translate("Today", "Duur"), lambda c: c.minutes),
            Column(lambda: QCoreApplication.translate("Today", "Begeleider"),
                   lambda c: self._staff.get(c.counsellor_id, "")),
        ], self)
        self.follow_ups = RowsModel[FollowUpRow]([
            Column(lambda: QCoreApplication.translate("Today", "Tegen"), lambda f: format_date(f.due)),
            Column(lambda: QCoreApplication.translate("Today", "Toestand"), self._lateness),
            Column(lambda: QCoreApplication.translate("Today", "Persoon"), lambda f: self._person(f.client_id)),
            Column(lambda: QCoreApplication.translate("Today", "Te doen"), self._due_work),
            Column(lambda: QCoreApplication.translate("Today", "Leervraag"), lambda f: f.request_no),
            Column(lambda: QCoreApplication.translate("Today", "Begeleider"),
                   lambda f: self._staff.get(f.owner_id, "")),
        ], self)
        self.loops = RowsModel[OpenLoop]([
            Column(lambda: QCoreApplication.translate("Today", "Sinds"), lambda o: format_date(o.referral.referred_on)),
            Column(lambda: QCoreApplication.translate("Today", "Persoon"), lambda o: o.person or self._person(None)),
            Column(lambda: QCoreApplication.translate("Today", "Partner"), lambda o: o.partner_name,
                   lambda _o: kind_icon("referral")),
            Column(lambda: QCoreApplication.translate("Today", "Reden"),
                   lambda o: referral_reason_text(o.referral.reason_code, o.referral.reason)),
            Column(lambda: QCoreApplication.translate("Today", "Leervraag"), lambda o: o.request_no),
            Column(lambda: QCoreApplication.translate("Today", "Begeleider"),
                   lambda o: self._staff.get(o.owner_id, "")),
        ], self)
        self.quiet = RowsModel[RequestRow]([
            Column(lambda: QCoreApplication.translate("Today", "Persoon"), lambda r: self._person(r.client_id)),
            Column(lambda: QCoreApplication.translate("Today", "Onderwerp"), lambda r: r.topic),
            Column(lambda: QCoreApplication.translate("Today", "Leervraag"), lambda r: r.request_no),
            Column(lambda: QCoreApplication.translate("Today", "Niveau"), lambda r: tier_label(r.tier)),
            Column(lambda: QCoreApplication.translate("Today", "Fase"), lambda r: phase_label(r.phase)),
            Column(lambda: QCoreApplication.translate("Today", "Sinds"), lambda r: format_date(r.opened_on)),
            Column(lambda: QCoreApplication.translate("Today", "Begeleider"),
                   lambda r: self._staff.get(r.owner_id, "")),
        ], self)
        self.tables = {
            "sessions": EnterTable(self.tr("Geboekte gesprekken"), stretch=2, key=lambda c: c.id),
            "follow_ups": EnterTable(self.tr("Opvolging te doen"), stretch=3, key=lambda f: f.request_id),
            "loops": EnterTable(self.tr("Doorverwijzingen zonder uitkomst"), stretch=REASON_COLUMN, share=REASON_SHARE,
                                give_way=(PARTNER_COLUMN, PERSON_COLUMN), key=lambda o: o.referral.id),
            "quiet": EnterTable(self.tr("Al 30 dagen geen contact"), stretch=1, key=lambda r: r.id),
        }
        whole_office = office_wide(ctx.actor)
        self.title = text_label("title", self.tr("Vandaag"))
        self.plan.setProperty("role", "muted")
        self.sections: dict[str, WorkSection] = {}
        self.nothing = EmptyState("mood-smile")
        self.nothing.set_text(self.tr("Niets gepland en niets op te volgen vandaag"),
                              self.tr("Nieuwe contacten noteert u met Ctrl+N; een cliënt zoekt u met Ctrl+K."))
        self.nothing.hide()
        layout = scrolling_page(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(Space.S)
        layout.addWidget(self.title)
        layout.addWidget(self.plan)
        models: tuple[RowsModel[Any], ...] = (self.sessions, self.follow_ups, self.loops, self.quiet)
        for key, (title, hint, icon_name, action), model in zip(self.tables, self.section_texts(), models,
                                                                 strict=True):
            if key == "follow_ups":
                layout.addWidget(text_label("subtitle", self.tr("Te doen")))
            table = self.tables[key]
            table.setModel(model)
            table.setIconSize(QSize(16, 16))
            table.setColumnHidden(model.columnCount() - 1, not whole_office)    # whose it is: office-wide only
            table.activated_row.connect(lambda row, m=model, a=action: self._open(m.row_at(row), a))
            section = WorkSection(icon_name, title, hint, table)
            self.sections[key] = section
            model.modelReset.connect(self._show_counts)
            layout.addWidget(section, 10)
        layout.addWidget(self.nothing, 10)
        layout.addStretch(1)                # short lists keep to their rows; what is left stays below
        self._numbers: dict[uuid.UUID, RequestRow] = {}
        self._people: dict[uuid.UUID, str] = {}
        # keyed also by None: a row without a loket or a counsellor shows nothing
        setup = ctx.service(OfficeSetup)
        self._lokets: dict[uuid.UUID | None, str] = {x.id: x.name for x in setup.lokets(include_retired=True)}
        self._staff: dict[uuid.UUID | None, str] = {x.id: x.full_name for x in setup.counsellors()}
        self.refresh()

    def refresh(self) -> None:
        """Load the day in the background (office-wide it is a large query); show it when ready. The
        first time, the day read ahead during the sign-in (ui/day_ahead.py) when there is one."""
        ahead, self._ahead = self._ahead, None
        db, clock, actor = self._ctx.db, self._ctx.clock, self._ctx.actor
        today = local_today(clock)
        self.plan.setText(self.tr("Vandaag wordt geladen…"))
        self._ctx.jobs.run(lambda _progress: (ahead and ahead.take(actor, today)) or lists_of_the_day(db, clock, actor),
                           self.show_lists, self.show_failure)

    def show_lists(self, lists: DayLists) -> None:
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
            return self.tr("Opvolgcontact: {topic} · fase {phase}").format(topic=row.topic,
                                                                           phase=phase_label(row.phase))
        return self.tr("Opvolgcontact · fase {phase}").format(phase=phase_label(row.phase))

    def _number(self, request_id: uuid.UUID) -> str:
        request = self._numbers.get(request_id)
        return request.request_no if request else ""

    def section_texts(self) -> list[tuple[str, str, str, str]]:
        """Per list: its title, what Enter does on a row, its icon and the dossier action Enter starts."""
        return [(self.tr("Geboekte gesprekken"), self.tr("Enter: het gesprek invullen"), "calendar-event", "session"),
                (self.tr("Opvolging: vandaag en te laat"), self.tr("Enter: het opvolgcontact noteren"), "clock",
                 "micro"),
                (self.tr("Doorverwijzingen: kwam de cliënt aan?"), self.tr("Enter: de uitkomst noteren"), "share-3",
                 "loop"),
                (self.tr("Al 30 dagen geen contact"), self.tr("Enter: contact opnemen (microcontact)"),
                 "message-circle", "micro")]

    def _show_counts(self) -> None:
        """Each list says how many rows it has; an empty one folds to its title; a day without any says so.

        The focus stays on the page: a list that had it and folds away (hidden, Qt hands the focus on; with
        every list folded for a moment it landed in the search field) hands it to the first list shown, its
        first row current (EnterTable), or to the page itself until the next list is read."""
        focused = QApplication.focusWidget()
        had_focus = focused is not None and (focused is self or self.isAncestorOf(focused))
        for key, section in self.sections.items():
            section.set_count(section.table.model().rowCount(), self.day is not None or key == "loops")
        self.nothing.setVisible(self.day is not None and all(
            s.table.model().rowCount() == 0 for s in self.sections.values()))
        focused = QApplication.focusWidget()
        if had_focus and (focused is self or not (focused is not None and self.isAncestorOf(focused))):
            (first_field(self) or self).setFocus(Qt.FocusReason.OtherFocusReason)

    def _open(self, row: object, action: str) -> None:
        """Enter on a row: the person's dossier on that request, with the form the row asks for."""
        referral = getattr(row, "referral", None)             # an open loop: the request it was referred from
        request_id = getattr(row, "request_id", None) or (referral.request_id if referral else row.id)  # type: ignore[attr-defined]
        client_id = getattr(row, "client_id", None)
        if client_id is None and request_id is not None:
            client_id = self._ctx.service(Requests).get(request_id).client_id
        if client_id is not None and request_id is not None:
            self.open_work.emit(client_id, request_id, action)
        elif action == "loop" and client_id is None and request_id is not None:
            self.close_loop.emit(request_id)        # it had no dossier to note it in, and stayed on Vandaag
        else:
            self.no_dossier.emit(client_id)
