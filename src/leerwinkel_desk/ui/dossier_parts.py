"""The parts of the dossier screen: the header card's words, a request as a card, and the timeline table."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QToolTip,
    QWidget,
)

from leerwinkel_desk.domain.enums import ContactKind, ContactStatus, Phase, SessionType, Tier
from leerwinkel_desk.domain.rules import PHASE_PATH
from leerwinkel_desk.services.consents import ConsentRow
from leerwinkel_desk.services.dossier import DossierHeader, TimelineEntry
from leerwinkel_desk.services.requests import RequestRow
from leerwinkel_desk.ui.design.components import MARKS, Badge, Card, ElidedLabel, PhaseStepper, text_label
from leerwinkel_desk.ui.design.icons import channel_icon, kind_icon
from leerwinkel_desk.ui.design.style import Space, polish
from leerwinkel_desk.ui.models import Column, RowsModel
from leerwinkel_desk.ui.texts import (
    change_field_label,
    channel_label,
    contact_status_label,
    dutch_level_label,
    format_date,
    format_moment,
    outcome_label,
    phase_label,
    purpose_label,
    status_label,
    tier_label,
    timeline_detail,
    timeline_kind_label,
)
from leerwinkel_desk.ui.widgets import compact_rows, rich_tip

VISIBLE_CARDS = 2           # the requests list shows two cards whole (and a third's top when there are more)
TIER_BADGES = {Tier.INFORMATION: "tier1", Tier.MEDIATION: "tier2", Tier.TRAJECTORY: "tier3"}
WHAT_COLUMN = 1
CHANNEL_COLUMN = 2
REQUEST_COLUMN = 4          # shown when the entries are of more than one request
COUNTERPART_COLUMN = 5      # shown when an entry names someone it was with
DETAIL_COLUMN = 6           # the free text, which takes the room the other columns leave
AUTHOR_COLUMN = 7
DETAIL_SHARE = 0.25         # of the timeline's width for the free text, once the short columns have their room
DETAIL_LEAST = 0.15         # and at least (110 points at 150 % on 1280 px): a quarter cut every column there, the
                            # moment's time, the request's number, the author and channel to "An Pe…", "Pers…"
SHORT_COLUMNS = (WHAT_COLUMN, CHANNEL_COLUMN, AUTHOR_COLUMN)    # whole before the free text has its quarter
GIVE_WAY = (COUNTERPART_COLUMN,)    # with whom: empty in most rows, a partner's long name (whole in its tooltip)


def idle_columns(entries: list[TimelineEntry]) -> set[int]:
    """The timeline's columns that would tell nothing in this dossier and take the free text's room (at
    150 % on a 1280 px screen it was cut to a word): the request when every entry is of the same one,
    'Met' when no entry names anyone."""
    idle = set()
    if len({entry.request_no for entry in entries if entry.request_no}) <= 1:
        idle.add(REQUEST_COLUMN)
    if not any(entry.counterpart for entry in entries):
        idle.add(COUNTERPART_COLUMN)
    return idle


def request_steps(request: RequestRow, reached: frozenset[Phase] | None = None) -> list[tuple[str, str]]:
    """The phases of the request's tier, each done, current or todo (aftercare follows a closed path). A phase
    before the current one that its history (`reached`) does not have was passed by: skipped, not done (a
    request closed at its intake showed Keuze and Warme overdracht as passed, one handed over from Keuze
    Opvolging). Without a history (an imported request) every phase before the current one is done."""
    steps = PHASE_PATH[request.tier]
    position = steps.index(request.phase) if request.phase in steps else len(steps)

    def state(i: int, phase: Phase) -> str:
        if i == position:
            return "current"
        if i > position:
            return "todo"
        return "done" if reached is None or phase in reached or phase is Phase.CLOSED else "skipped"

    shown = [(phase_label(phase), state(i, phase)) for i, phase in enumerate(steps)]
    if request.phase is Phase.AFTERCARE:
        shown.append((phase_label(Phase.AFTERCARE), "current"))
    return shown


def request_state(request: RequestRow) -> str:
    """The request's state in words: its outcome once closed; while open, the enrolment once confirmed
    (Ingeschreven, Ctrl+Shift+I: the follow-up ends there), else "Lopend"."""
    if request.outcome is None and request.enrolled_on is not None:
        return QCoreApplication.translate("Dossier", "Ingeschreven op {date}").format(
            date=format_date(request.enrolled_on))
    return outcome_label(request.outcome)


def stepper(request: RequestRow, reached: frozenset[Phase] | None = None) -> str:
    """The steps in words: ✓ done, ● current, ○ to come, – skipped (meaning not carried by colour)."""
    return "  ›  ".join(f"{MARKS[state]} {name}" for name, state in request_steps(request, reached))


def header_facts(header: DossierHeader) -> str:
    c = header.client
    age = QCoreApplication.translate("Dossier", "{age} jaar")
    status = QCoreApplication.translate("Dossier", "Status: {s}")
    dutch = QCoreApplication.translate("Dossier", "Nederlands: {level}")
    facts = [age.format(age=header.age) if header.age is not None else "",
             status.format(s=status_label(c.status)) if c.status else "",
             dutch.format(level=dutch_level_label(c.dutch_level)) if c.dutch_level else "",
             c.phone or "", c.email or ""]
    return "   ·   ".join(f for f in facts if f)


def header_flags(header: DossierHeader) -> list[str]:
    return [flag for flag, on in (
        (QCoreApplication.translate("Dossier", "⚑ moeizaam schoolverleden"), header.difficult_school_past),
        (QCoreApplication.translate("Dossier", "⚑ zwak netwerk"), header.weak_network)) if on]


def header_caption(header: DossierHeader, staff: dict[uuid.UUID, str], consents: list[ConsentRow],
                   partners: dict[uuid.UUID, str], today: date) -> str:
    """Who guides the client (`DossierHeader.guided_by`), and the consents in force (to whom, until when)."""
    names = ", ".join(name for name in (staff.get(owner, "") for owner in header.guided_by()) if name) \
        or QCoreApplication.translate("Dossier", "niemand")
    owner = QCoreApplication.translate("Dossier", "Begeleider: {names}").format(names=names)
    in_force = []
    for consent in consents:
        if consent.withdrawn_at is None and consent.given_on <= today and (consent.expires_on or today) >= today:
            recipient = consent.recipient.name or partners.get(consent.recipient.org_id or uuid.UUID(int=0), "")
            until = (QCoreApplication.translate("Dossier", " tot {date}").format(date=format_date(consent.expires_on))
                     if consent.expires_on else "")
            in_force.append(f"{purpose_label(consent.purpose)}{' · ' + recipient if recipient else ''}{until}")
    consents_text = (QCoreApplication.translate("Dossier", "Toestemming in voege: {list}").format(
        list="; ".join(in_force)) if in_force else QCoreApplication.translate("Dossier", "Geen toestemming in voege"))
    return f"{owner}   ·   {consents_text}"


def request_subject(request: RequestRow) -> str:
    """What a request is about on its card: its topic, else the question as the person asked it (one line)."""
    if request.topic:
        return request.topic
    return f"“{' '.join(request.question.split())}”" if request.question and request.question.strip() else ""


class RequestCard(Card):
    """A learning request: number, tier badge (colour and words), state, topic, and its phase stepper.

    The number and the badge are always whole; the words after them are cut with … where the card is
    narrow (at 150 % on a 1280 px screen) and then shown whole as their tooltip."""

    def __init__(self, request: RequestRow, owner: str, reached: frozenset[Phase] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body.setContentsMargins(Space.M, Space.S, Space.M, Space.S)
        top = QHBoxLayout()
        top.setSpacing(Space.S)
        self.number = text_label("subtitle", request.request_no)
        self.badge = Badge(tier_label(request.tier), TIER_BADGES[request.tier])
        state = request_state(request)
        since = QCoreApplication.translate("Dossier", "sinds {date}").format(date=format_date(request.opened_on))
        words = [state, request_subject(request), since, owner]
        self.words = ElidedLabel("   ·   ".join(w for w in words if w), "muted")
        top.addWidget(self.number)
        top.addWidget(self.badge)
        top.addWidget(self.words, 1)
        self.body.addLayout(top)
        self.stepper = PhaseStepper()
        self.stepper.set_steps(request_steps(request, reached))
        self.body.addWidget(self.stepper)

    def set_current(self, current: bool) -> None:
        polish(self, current=current)


def no_request_text() -> str:
    """What a dossier without a learning request says, in its empty list and when an action needs one."""
    return QCoreApplication.translate(
        "Dossier", "Nog geen leervraag. Begin er een met Ctrl+N (Nieuw contact), dan Alt+G voor deze cliënt: "
                   "een vraag beantwoorden of een intake boeken.")


class RequestCards(QListWidget):
    """The requests as cards, one selected (the actions work on it); each item keeps its words as text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown = 0                 # the height of the cards shown whole (see fit_height)
        self._room: int | None = None   # the height the dossier has for them (see DossierView.fit_requests)
        self.setObjectName("requests")
        self.setSpacing(2)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)        # the cards follow the list's width
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.currentRowChanged.connect(self._mark_current)
        self.fit_height()

    def clear(self) -> None:
        super().clear()
        self.fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrower or wider: the cards follow (Qt lays a top-to-bottom list out again only when its height
        changes, and this list's height is fixed, so a card stayed as wide as the widest window it had)."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()

    def add_request(self, request: RequestRow, owner: str, reached: frozenset[Phase] | None = None) -> None:
        item = QListWidgetItem(f"{request.request_no}   [{tier_label(request.tier)}]   "
                               f"{request_state(request)}   {format_date(request.opened_on)}\n"
                               f"{stepper(request, reached)}")
        item.setData(Qt.ItemDataRole.UserRole, request)
        item.setForeground(QBrush(Qt.GlobalColor.transparent))    # the card shows it
        card = RequestCard(request, owner, reached)
        card.ensurePolished()           # its height as the style sheet draws it (also before the list was shown)
        item.setSizeHint(QSize(0, card.sizeHint().height()))
        self.addItem(item)
        self.setItemWidget(item, card)
        self.fit_height()

    def fit_height(self, room: int | None = None) -> None:
        """As high as whole cards (more scroll): as many as fit the `room` the dossier has for them, at
        least one and up to VISIBLE_CARDS, with a third's top where that fits too and there are more; no
        empty room under one card. Where the window is short (a 1280×720 screen at 150 %) that is one card:
        two made the window taller than the screen, and a height between (the layout's share) sliced one."""
        self.ensurePolished()           # its frame as the style sheet draws it
        if room is not None:
            self._room = room
        frame = 2 * self.frameWidth()
        heights = [self.item(i).sizeHint().height() + 2 * self.spacing() for i in range(self.count())]
        room = self._room if self._room is not None else sum(heights) + frame    # not laid out yet: all
        whole = 1
        while whole < min(VISIBLE_CARDS, len(heights)) and sum(heights[:whole + 1]) + frame <= room:
            whole += 1
        shown = sum(heights[:whole]) or self.fontMetrics().height() * 2
        if whole == VISIBLE_CARDS < len(heights) and shown + heights[0] // 3 + frame <= room:
            shown += heights[0] // 3
        if shown + frame != self._shown:
            self._shown = shown + frame
            self.setFixedHeight(self._shown)
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._shown)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Empty (a client without a request yet): the list says so and how to start one, instead of a blank."""
        super().paintEvent(event)
        if self.count() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect().adjusted(Space.M, 0, -Space.M, 0),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap), no_request_text())

    def _mark_current(self, row: int) -> None:
        for i in range(self.count()):
            card = self.itemWidget(self.item(i))
            if isinstance(card, RequestCard):
                card.set_current(i == row)


def entry_description(entry: TimelineEntry, staff: dict[uuid.UUID, str]) -> str:
    """The timeline's description of an entry: what was typed, or for a session written down with notes
    only, its notes (on one line; Enter shows them whole); a request's step from what to what, and why."""
    if entry.kind == "change":
        step = " → ".join(change_value(entry.code, value, staff) for value in (entry.before, entry.after)
                          if value is not None)
        if entry.outcome is not None:           # the closing: how the request ended
            step = QCoreApplication.translate("Dossier", "{step} (resultaat: {outcome})").format(
                step=step, outcome=outcome_label(entry.outcome))
        return f"{step}: {entry.detail}" if entry.detail else step
    if not entry.detail and entry.notes:
        return " ".join(entry.notes.split())
    return timeline_detail(entry.kind, entry.detail, entry.code)


def change_value(field: str | None, value: str, staff: dict[uuid.UUID, str]) -> str:
    """A request's tier, phase or counsellor as its history keeps it (a code, an id), in words. A code this
    version does not know (a newer colleague's, through sync) is shown as it is."""
    try:
        if field == "tier":
            return tier_label(Tier(value))
        if field == "phase":
            return phase_label(Phase(value))
        if field == "enrolled_on":
            return QCoreApplication.translate("Dossier", "Ingeschreven op {date}").format(
                date=format_date(date.fromisoformat(value)))
        return staff.get(uuid.UUID(value), "")
    except ValueError:
        return value


def entry_whole(entry: TimelineEntry) -> str:
    """An entry's description as Enter shows it whole: the summary, then the session's notes as written."""
    summary = timeline_detail(entry.kind, entry.detail, entry.code)
    if not entry.notes:
        return summary
    notes = QCoreApplication.translate("Dossier", "Notities:") + "\n" + entry.notes
    return f"{summary}\n{notes}" if summary else notes


def session_word(kind: SessionType | None) -> str:
    """A session's type in one word, after "Gepland:" and the like in the timeline's narrow "Wat" column."""
    words = {
        SessionType.INFORMATION: QCoreApplication.translate("Dossier", "informatiegesprek"),
        SessionType.INTAKE: QCoreApplication.translate("Dossier", "intake"),
        SessionType.TRAJECTORY: QCoreApplication.translate("Dossier", "trajectgesprek"),
        SessionType.AFTERCARE: QCoreApplication.translate("Dossier", "nazorggesprek"),
    }
    return words[kind] if kind is not None else QCoreApplication.translate("Dossier", "gesprek")


def entry_what(entry: TimelineEntry) -> str:
    """The "Wat" of a timeline row. A held session says which conversation it was ("Intake", "Trajectgesprek",
    "Informatiegesprek"; how it took place is the Kanaal column's, so never "Gesprek" twice); one not held says
    so (a booked intake read as a held "Gesprek" of 90 minutes): "Gepland: intake", "Geannuleerd: …",
    "Niet gekomen: …". A request's step names what changed (Fase, Niveau, Begeleider)."""
    if entry.kind == "change":
        return change_field_label(entry.code or "")
    if entry.kind != ContactKind.SESSION.value:
        return timeline_kind_label(entry.kind)
    word = session_word(entry.session_type)
    if entry.status in (None, ContactStatus.HELD):
        return f"{word[:1].upper()}{word[1:]}"
    state = contact_status_label(entry.status)
    return f"{state[:1].upper()}{state[1:]}: {word}"


def entry_minutes(entry: TimelineEntry) -> int | None:
    """The minutes spent: none for a session that did not take place (a booked one's length is not time spent)."""
    return entry.minutes if entry.status in (None, ContactStatus.HELD) else None


def timeline_columns(staff: dict[uuid.UUID, str]) -> list[Column[TimelineEntry]]:
    return [
        Column(lambda: QCoreApplication.translate("Dossier", "Wanneer"), lambda e: format_moment(e.at)),
        Column(lambda: QCoreApplication.translate("Dossier", "Wat"), entry_what, lambda e: kind_icon(e.kind)),
        Column(lambda: QCoreApplication.translate("Dossier", "Kanaal"),
               lambda e: channel_label(e.channel) if e.channel else "", lambda e: channel_icon(e.channel)),
        Column(lambda: QCoreApplication.translate("Dossier", "Min."), entry_minutes),
        Column(lambda: QCoreApplication.translate("Dossier", "Leervraag"), lambda e: e.request_no),
        Column(lambda: QCoreApplication.translate("Dossier", "Met"), lambda e: e.counterpart),
        Column(lambda: QCoreApplication.translate("Dossier", "Omschrijving"), lambda e: entry_description(e, staff)),
        Column(lambda: QCoreApplication.translate("Dossier", "Door"),
               lambda e: staff.get(e.author_id, "") if e.author_id else ""),
    ]


class TimelineView(QTableView):
    """The timeline; Enter shows the selected entry whole (as hovering a cut cell does); Tab moves on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)
        compact_rows(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid():
            self.show_whole(current)
            return
        super().keyPressEvent(event)

    def whole_text(self, index: QModelIndex) -> str:
        """The entry's heading (what, when, how, who, with whom), then its description whole (a session's
        notes too)."""
        model = self.model()
        cell = [str(model.index(index.row(), c).data() or "") for c in range(model.columnCount())]
        heading = "  ·  ".join(t for t in (cell[1], cell[0], cell[2], cell[AUTHOR_COLUMN], cell[5]) if t)
        entry = model.row_at(index.row()) if isinstance(model, RowsModel) else None
        body = entry_whole(entry) if entry is not None and entry.notes else cell[DETAIL_COLUMN]
        return f"{heading}\n{body}"

    def show_whole(self, index: QModelIndex) -> None:
        rect = self.visualRect(index.siblingAtColumn(DETAIL_COLUMN))
        QToolTip.showText(self.viewport().mapToGlobal(rect.bottomLeft()), rich_tip(self.whole_text(index)), self)
