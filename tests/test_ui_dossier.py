"""The dossier opened after another one: shown as a new dossier (its widgets are the last one's, reused)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from leerwinkel_desk.domain.enums import Channel, Phase, Tier
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.store.models import AuditEvent
from leerwinkel_desk.ui.dossier_parts import (
    AUTHOR_COLUMN,
    COUNTERPART_COLUMN,
    DETAIL_COLUMN,
    DETAIL_LEAST,
    REQUEST_COLUMN,
)
from test_ui import ctx, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_keys import CTRL, SHIFT, answered, key, open_dossier_by_search, reopen_as


def test_the_next_dossier_opens_at_its_top_with_nothing_selected_and_no_message_left(qtbot, window, db, clock,
                                                                                     office) -> None:
    an = office.counsellor
    wout, request = answered(db, clock, an, "Wout", "Peeters")
    contacts = Contacts(db, clock, an)
    for n in range(40):
        contacts.log_micro(request.id, Channel.SMS, f"bericht {n}", at=clock.now() - timedelta(hours=n + 1))
    noor, _ = answered(db, clock, an, "Noor", "Jacobs")
    clock.at += timedelta(minutes=1)
    Dispatch(db, clock, an).answer_now(FirstContact(Channel.EMAIL, "nog een vraag", client_id=noor.id), "b")
    open_dossier_by_search(qtbot, window, "wout")
    first = window.dossier
    key(qtbot, Qt.Key.Key_R, CTRL | SHIFT)                    # nothing booked: said under the actions
    assert "geen geboekt gesprek" in first.notice.text()
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is first.timeline
    key(qtbot, Qt.Key.Key_PageDown)
    key(qtbot, Qt.Key.Key_PageDown)
    assert first.timeline.verticalScrollBar().value() > 0 and first.timeline.selectionModel().hasSelection()

    open_dossier_by_search(qtbot, window, "jacobs")
    dossier = window.dossier
    assert dossier is first                                   # the same widgets, another client's dossier
    assert dossier.client_id == noor.id and dossier.name_label.text() == "Noor Jacobs"
    shown = [str(dossier.timeline_model.index(r, 6).data()) for r in range(dossier.timeline_model.rowCount())]
    assert not any(text.startswith("bericht") for text in shown)         # nothing of Wout's timeline left
    assert not dossier.notice.isVisible() and dossier.notice.text() == ""
    assert dossier.timeline.verticalScrollBar().value() == 0
    assert not dossier.timeline.selectionModel().hasSelection()
    assert QApplication.focusWidget() is dossier.requests
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dossier.timeline
    with db.read() as s:                                      # each opening audited as its own view
        views = s.scalars(select(AuditEvent.subject_client_id).where(AuditEvent.action == "client.view")).all()
    assert sorted(map(str, views)) == sorted(map(str, (wout.id, noor.id)))

    assert dossier.requests.count() == 2 and dossier.requests.currentRow() == 0
    key(qtbot, Qt.Key.Key_Backtab, SHIFT)                     # back from the timeline to the requests
    assert QApplication.focusWidget() is dossier.requests
    key(qtbot, Qt.Key.Key_Down)                               # the older request selected
    assert dossier.requests.currentRow() == 1
    open_dossier_by_search(qtbot, window, "jacobs")           # opened again: as a new view, the first one
    assert window.dossier is dossier and dossier.requests.currentRow() == 0


def test_the_timeline_shows_the_request_and_met_columns_only_when_they_tell_something(qtbot, window, db, clock,
                                                                                       office) -> None:
    """The free text gets the room of columns that would repeat one value (at 150 % on a 1280 px screen it
    was cut to a word): the request column with entries of one request only, 'Met' when nobody is named."""
    an = office.counsellor
    answered(db, clock, an, "Wout", "Peeters")
    noor, _ = answered(db, clock, an, "Noor", "Jacobs")
    clock.at += timedelta(minutes=1)
    Dispatch(db, clock, an).answer_now(FirstContact(Channel.EMAIL, "nog een vraag", client_id=noor.id), "b")
    open_dossier_by_search(qtbot, window, "wout")
    timeline = window.dossier.timeline
    assert timeline.isColumnHidden(REQUEST_COLUMN) and timeline.isColumnHidden(COUNTERPART_COLUMN)
    assert not timeline.isColumnHidden(DETAIL_COLUMN) and not timeline.isColumnHidden(AUTHOR_COLUMN)
    open_dossier_by_search(qtbot, window, "jacobs")           # two requests: which one each entry is of
    assert window.dossier.timeline is timeline and not timeline.isColumnHidden(REQUEST_COLUMN)
    assert timeline.isColumnHidden(COUNTERPART_COLUMN)
    open_dossier_by_search(qtbot, window, "wout")
    assert timeline.isColumnHidden(REQUEST_COLUMN)


NARROW = (837, 432)         # the window's room on a 1280×720 screen at 150 % (853×480 points, minus the frame)


def test_at_150_percent_the_tier_badge_and_the_free_text_keep_their_room(qtbot, window, db, clock, office) -> None:
    """On a 1280 px screen at 150 % the request card cut its tier badge ("2 · Informatiebemiddel") and the
    timeline gave the free text about 80 points, its title painted as ")mschrij…": the badge is whole
    (the words after it give way, whole in their tooltip), the free text keeps its share of the table
    (DETAIL_LEAST where the short columns need the rest, see test_ui_fit) and its whole title, also after
    the window is made narrower or wider."""
    an = office.counsellor
    _client, request = answered(db, clock, an, "Wout", "Peeters")
    reopen_as(db, request.id, Tier.MEDIATION, Phase.INTAKE)
    contacts = Contacts(db, clock, an)
    for n in range(30):
        contacts.log_micro(request.id, Channel.FACEBOOK, f"Bericht via Facebook: vraagt naar de opleiding {n}",
                           at=clock.now() - timedelta(hours=n + 1))
    window.resize(*NARROW)
    open_dossier_by_search(qtbot, window, "wout")
    dossier = window.dossier
    card = dossier.requests.itemWidget(dossier.requests.item(0))

    def room_kept() -> None:
        assert card.badge.text() == "2 · Informatiebemiddeling"
        assert card.badge.width() >= card.badge.sizeHint().width()
        assert card.number.width() >= card.number.sizeHint().width()
        header = dossier.timeline.horizontalHeader()
        assert header.sectionSize(DETAIL_COLUMN) >= round(header.viewport().width() * DETAIL_LEAST)
        assert header.sectionSize(DETAIL_COLUMN) >= header.sectionSizeHint(DETAIL_COLUMN)     # its title whole
        assert header.length() <= header.viewport().width()               # nothing pushed off the right
        assert QFontInfo(header.font()).bold()          # titles measured in the bold they are drawn in

    qtbot.waitUntil(lambda: window.nav.width() < 100 and card.width() < 800)    # the navigation as icons
    room_kept()
    window.resize(NARROW[0] - 200, NARROW[1])           # narrower still: the words after the badge give way
    qtbot.waitUntil(lambda: card.width() < 600)
    room_kept()
    assert card.words.is_cut() and card.words.text().endswith("…")
    assert card.words.toolTip() == card.words.whole and "Lopend" in card.words.whole
    window.resize(1264, 672)                            # the same window on the screen at 100 %
    qtbot.waitUntil(lambda: card.width() > 900)
    room_kept()
    assert not card.words.is_cut() and card.words.toolTip() == ""
    header = dossier.timeline.horizontalHeader()
    wanneer = header.sectionSize(0)
    window.resize(*NARROW)                              # narrower again: the columns are fitted anew
    qtbot.waitUntil(lambda: window.nav.width() < 100 and card.width() < 800)
    room_kept()
    assert header.sectionSize(0) == wanneer             # the moment stays whole: 'Door' gave way first


def test_the_timeline_shows_the_enrolment_and_the_result_of_the_closing(qtbot, window, db, clock, office) -> None:
    an = office.counsellor
    client, request = answered(db, clock, an, "Lotte", "Maes")
    reopen_as(db, request.id, Tier.TRAJECTORY, Phase.FOLLOW_UP, an)
    open_dossier_by_search(qtbot, window, "maes")
    dossier = window.dossier
    key(qtbot, Qt.Key.Key_I, CTRL | SHIFT)                      # Ingeschreven
    today = clock.now().date().strftime("%d/%m/%Y")
    qtbot.waitUntil(lambda: any(e.kind == "change" and e.code == "enrolled_on" for e in dossier.timeline_entries()),
                    timeout=3000)
    row = next(i for i, e in enumerate(dossier.timeline_entries()) if e.code == "enrolled_on")
    model = dossier.timeline_model
    assert model.index(row, 1).data() == "Inschrijving"
    assert model.index(row, DETAIL_COLUMN).data() == f"Ingeschreven op {today}"
    key(qtbot, Qt.Key.Key_A, CTRL | SHIFT)                      # Afsluiten: Ingeschreven chosen already
    form = dossier.active_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form, timeout=3000)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dossier.active_dialog is None, timeout=3000)
    closing = [model.index(i, DETAIL_COLUMN).data() for i, e in enumerate(dossier.timeline_entries())
               if e.code == "phase" and e.after == Phase.CLOSED.value]
    assert closing == ["Opvolging → Afgesloten (resultaat: Ingeschreven)",     # the last closing, newest first
                       "Aanmelding → Afgesloten"]                              # (the question answered at first)
