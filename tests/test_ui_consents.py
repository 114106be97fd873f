"""A client's consent, withdrawn and shared, met the way a counsellor meets it: keys sent to the window, then
what the screen shows and what the database holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from leerwinkel_desk.domain.consent import Recipient
from leerwinkel_desk.domain.enums import ConsentMethod, ConsentPurpose, DataItem
from leerwinkel_desk.services.consents import Consents
from test_ui import ctx, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_keys import CTRL, SHIFT, answered, key, open_dossier_by_search, typed, wait_active

ITEMS = frozenset({DataItem.IDENTITY, DataItem.QUESTION})


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
