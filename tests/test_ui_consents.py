"""A client's consent, withdrawn and shared, met the way a counsellor meets it: keys sent to the window, then
what the screen shows and what the database holds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from leerwinkel_desk.domain.consent import Recipient
from leerwinkel_desk.domain.enums import ConsentMethod, ConsentPurpose, DataItem
from leerwinkel_desk.domain.errors import ConsentMissing
from leerwinkel_desk.reports.letters import PdfLetters
from leerwinkel_desk.services.consents import Consents
from leerwinkel_desk.services.letters import Letters
from leerwinkel_desk.store.models import AuditEvent, Consent, Handover
from leerwinkel_desk.ui.dialogs.sharing import HandoverDialog
from test_ui import ctx, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_keys import ALT, CTRL, SHIFT, answered, key, open_dossier_by_search, typed, wait_active
from test_ui_menus import open_menu

ITEMS = frozenset({DataItem.IDENTITY, DataItem.QUESTION})


def shown(dialog) -> list[tuple[str, ...]]:
    """The rows of the withdrawal's table, as the screen shows them."""
    model = dialog.model
    return [tuple(model.shown_text(row, column) for column in range(model.columnCount()))
            for row in range(model.rowCount())]


def test_a_consent_is_withdrawn_by_keys_and_nothing_is_shared_under_it_after(
        qtbot, window, db, clock, office) -> None:
    """GDPR art. 7(3): nothing in the app withdrew a consent. Alt+D, K (Toestemming intrekken…) lists the
    consents in force; the one chosen is withdrawn after a question, audited; the header and the timeline
    say so at once, and no handover or letter to that recipient can be made any more."""
    from leerwinkel_desk.ui.dialogs.sharing import WithdrawConsentDialog

    an = office.counsellor
    client, request = answered(db, clock, an, "Amina", "Haddad")
    consents = Consents(db, clock, an)
    school = consents.grant(client.id, Recipient(office.school_id), ConsentPurpose.WARM_HANDOVER, ITEMS,
                            ConsentMethod.SIGNED_FORM, request_id=request.id)
    consents.grant(client.id, Recipient(office.vdab_id), ConsentPurpose.REFERRAL, ITEMS, ConsentMethod.SPOKEN)
    letters = Letters(db, clock, an, PdfLetters())
    assert letters.preview_handover(request.id, Recipient(office.school_id))          # allowed until withdrawn
    open_dossier_by_search(qtbot, window, "haddad")
    dossier = window.dossier
    assert "CVO Miras" in dossier.card.caption.text() and "VDAB Kortrijk" in dossier.card.caption.text()

    menu = open_menu(qtbot, Qt.Key.Key_D)
    qtbot.keyClick(menu, Qt.Key.Key_K)                              # Toestemming intre&kken…
    qtbot.waitUntil(lambda: isinstance(dossier.active_dialog, WithdrawConsentDialog), timeout=3000)
    dialog = wait_active(qtbot, dossier.active_dialog)
    today = clock.now().strftime("%d/%m/%Y")
    assert sorted(shown(dialog)) == [("CVO Miras", "Warme overdracht", today, "onbepaald"),
                                     ("VDAB Kortrijk", "Doorverwijzing", today, "onbepaald")]
    assert QApplication.focusWidget() is dialog.consents
    if dialog.chosen().id != school.id:
        key(qtbot, Qt.Key.Key_Down)
    assert dialog.chosen().id == school.id
    key(qtbot, Qt.Key.Key_Return)                                   # Intrekken…: asked first
    qtbot.waitUntil(lambda: dialog.confirm_box is not None, timeout=3000)
    assert "CVO Miras" in wait_active(qtbot, dialog.confirm_box).text()
    key(qtbot, Qt.Key.Key_Return)                                   # Enter keeps it: nothing withdrawn
    qtbot.waitUntil(lambda: dialog.confirm_box is None, timeout=3000)
    with db.read() as s:
        assert s.scalars(select(Consent.withdrawn_at).where(Consent.id == school.id)).one() is None
    wait_active(qtbot, dialog)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.confirm_box is not None, timeout=3000)
    wait_active(qtbot, dialog.confirm_box)
    key(qtbot, Qt.Key.Key_I, ALT)                                   # &Intrekken
    qtbot.waitUntil(lambda: dossier.active_dialog is None, timeout=3000)

    with db.read() as s:
        withdrawn = {c.id: c.withdrawn_at for c in s.scalars(select(Consent))}
        audited = s.scalars(select(AuditEvent).where(AuditEvent.action == "consent.withdraw")).all()
    assert withdrawn[school.id] is not None
    assert [v for k, v in withdrawn.items() if k != school.id] == [None]
    assert [(e.record_id, e.actor_id) for e in audited] == [(school.id, an.counsellor_id)]
    caption = dossier.card.caption.text()
    assert "CVO Miras" not in caption and "VDAB Kortrijk" in caption
    assert "ingetrokken" in window.statusBar().currentMessage()
    rows_shown = [" | ".join(dossier.timeline_model.shown_text(row, column)
                             for column in range(dossier.timeline_model.columnCount()))
                  for row in range(dossier.timeline_model.rowCount())]
    assert any("Toestemming ingetrokken" in row and "CVO Miras" in row for row in rows_shown), rows_shown

    # the handover to the school: nothing can be shared, nothing is recorded
    key(qtbot, Qt.Key.Key_H, CTRL | SHIFT)
    handover = wait_active(qtbot, dossier.active_dialog)
    assert isinstance(handover, HandoverDialog)
    handover.recipient.select(Recipient(office.school_id))
    assert handover.recipient.organisation.currentText() == "CVO Miras"
    assert handover.items.count() == 0 and handover.no_consent.isVisible()
    assert not handover.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    key(qtbot, Qt.Key.Key_Escape)
    with db.read() as s:
        assert s.scalars(select(Handover)).all() == []
    # nor a letter to it
    with pytest.raises(ConsentMissing):
        letters.preview_handover(request.id, Recipient(office.school_id))

    # nothing left to withdraw but the referral; once that goes too, the key says so instead of a dialog
    key(qtbot, Qt.Key.Key_V, CTRL | SHIFT)
    qtbot.waitUntil(lambda: isinstance(dossier.active_dialog, WithdrawConsentDialog), timeout=3000)
    dialog = wait_active(qtbot, dossier.active_dialog)
    assert [row[0] for row in shown(dialog)] == ["VDAB Kortrijk"]
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dossier.active_dialog is None, timeout=3000)
    Consents(db, clock, an).withdraw(next(c.id for c in Consents(db, clock, an).standing(client.id)))
    key(qtbot, Qt.Key.Key_V, CTRL | SHIFT)
    assert dossier.active_dialog is None
    assert "geen toestemming in voege" in dossier.notice.text()


def test_typing_over_the_organisation_a_handover_proposes_replaces_it(qtbot, window, db, clock, office) -> None:
    """The handover proposed the consented school with its name not selected: typing another name appended
    to it ("CVO MirasVDAB Kortrijk"). Typing now replaces it, as in a field filled in for the person."""
    an = office.counsellor
    client, request = answered(db, clock, an, "Jonas", "Wuyts")
    Consents(db, clock, an).grant(client.id, Recipient(office.school_id), ConsentPurpose.WARM_HANDOVER, ITEMS,
                                  ConsentMethod.SIGNED_FORM, request_id=request.id)
    Consents(db, clock, an).grant(client.id, Recipient(office.vdab_id), ConsentPurpose.WARM_HANDOVER,
                                  frozenset({DataItem.IDENTITY}), ConsentMethod.SIGNED_FORM, request_id=request.id)
    open_dossier_by_search(qtbot, window, "wuyts")
    key(qtbot, Qt.Key.Key_H, CTRL | SHIFT)
    handover = wait_active(qtbot, window.dossier.active_dialog)
    organisation = handover.recipient.organisation
    assert organisation.currentText() in ("CVO Miras", "VDAB Kortrijk")      # the newest consent's recipient
    other = "VDAB Kortrijk" if organisation.currentText() == "CVO Miras" else "CVO Miras"
    assert QApplication.focusWidget() is organisation                    # typing starts there
    typed(qtbot, other)
    assert organisation.currentText() == other
    assert handover.items.count() > 0 and not handover.no_consent.isVisible()
