"""The dossier's header card says what holds now: the consents in force as soon as one is recorded (not after
F5), and as 'Begeleider' the counsellor who guides the client, never whoever last answered a phone question."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from leerwinkel_desk.domain.enums import Channel, Outcome, Phase, Tier
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.store.models import Consent
from test_ui import ctx, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_keys import ALT, CTRL, SHIFT, answered, key, open_dossier_by_search, reopen_as, typed, wait_active


def test_a_consent_recorded_shows_in_the_header_at_once_and_its_error_goes_once_an_item_is_ticked(
        qtbot, window, db, clock, office) -> None:
    an = office.counsellor
    _client, request = answered(db, clock, an, "Sofie", "Vermeersch")
    reopen_as(db, request.id, Tier.MEDIATION, Phase.CHOICE, an)
    open_dossier_by_search(qtbot, window, "vermeersch")
    caption = window.dossier.card.caption
    assert "Geen toestemming in voege" in caption.text()
    key(qtbot, Qt.Key.Key_C, CTRL | SHIFT)                      # Toestemming
    dialog = wait_active(qtbot, window.dossier.active_dialog)
    typed(qtbot, "CVO Miras")                                   # the organisation comes first
    key(qtbot, Qt.Key.Key_B, ALT)                               # Bewaren, with nothing ticked
    qtbot.waitUntil(dialog.error.isVisible, timeout=3000)       # a mnemonic clicks its button animated
    assert "Kies minstens één gegeven" in dialog.error.text()
    assert QApplication.focusWidget() is dialog.items           # the field the message names
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Space)                                # an item ticked: the problem is put right
    assert dialog.items.item(1).checkState() == Qt.CheckState.Checked
    assert not dialog.error.isVisible()
    key(qtbot, Qt.Key.Key_B, ALT)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)
    with db.read() as s:
        assert s.scalars(select(Consent.recipient_org_id)).one() == office.school_id
    assert "Toestemming in voege" in caption.text() and "CVO Miras" in caption.text()      # without F5
    assert "Geen toestemming" not in caption.text()


def test_the_begeleider_is_the_counsellor_who_guided_not_the_info_officer_who_answered_later(
        qtbot, window, db, clock, office) -> None:
    an, info = office.counsellor, office.info_officer
    client, guided = answered(db, clock, an, "Sofie", "Vermeersch")
    reopen_as(db, guided.id, Tier.TRAJECTORY, Phase.CHOICE, an)
    clock.at += timedelta(days=3)                               # later she phones with a short question
    phone_call = Dispatch(db, clock, info).answer_now(
        FirstContact(Channel.PHONE, "Tot wanneer is het kantoor open?", client_id=client.id), "Tot 17 uur")
    open_dossier_by_search(qtbot, window, "vermeersch")
    caption = window.dossier.card.caption
    assert "Begeleider: An Peeters" in caption.text() and "Ilse Info" not in caption.text()
    assert window.dossier.select_request(guided.id)
    key(qtbot, Qt.Key.Key_A, CTRL | SHIFT)                      # Afsluiten: every request is closed now
    closing = wait_active(qtbot, window.dossier.active_dialog)
    closing.outcome.select(Outcome.ENROLLED)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)
    requests = window.dossier.header.requests
    assert all(r.closed_on is not None for r in requests)
    assert (requests[0].id, requests[0].owner_id) == (phone_call.id, info.counsellor_id)     # the latest
    assert "Begeleider: An Peeters" in caption.text() and "Ilse Info" not in caption.text()


def test_a_client_only_ever_answered_at_tier_one_has_no_begeleider(qtbot, window, db, clock, office) -> None:
    answered(db, clock, office.info_officer, "Sofie", "Vermeersch")
    open_dossier_by_search(qtbot, window, "vermeersch")
    assert "Begeleider: niemand" in window.dossier.card.caption.text()

