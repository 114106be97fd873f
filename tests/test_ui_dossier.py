"""The dossier opened after another one: shown as a new dossier (its widgets are the last one's, reused)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from leerwinkel_desk.domain.enums import Channel
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.store.models import AuditEvent
from leerwinkel_desk.ui.dossier_parts import AUTHOR_COLUMN, COUNTERPART_COLUMN, DETAIL_COLUMN, REQUEST_COLUMN
from test_ui import ctx, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_keys import CTRL, SHIFT, answered, key, open_dossier_by_search


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
