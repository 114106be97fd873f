"""Hostile text: names typed with `<b>…</b>` or `<script>` in them show as typed, never as HTML (a QLabel guesses
HTML: 'Account Jan Janssens <script> geopend.' read 'Account Jan Janssens', a contact `Els <b>Vet</b>` was bold).
Read as a person reads the screen: Qt's accessibility gives the text a label draws (its HTML tags gone)."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QWidget

from leerwinkel_desk.domain.enums import OrganisationType
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.offices import OfficeSetup
from leerwinkel_desk.services.social_map import SocialMap
from leerwinkel_desk.ui.context import DeskContext
from test_ui import ctx, office, open_window  # noqa: F401 - the same office fixtures
from test_ui_keys import ALT, CTRL, SHIFT, key, open_dossier_by_search, typed, wait_active
from test_ui_routes import child_of

BOLD, SCRIPT = "Els <b>Vet</b>", "Jan Janssens <script>"


def shown(label: QLabel) -> str:
    """The text the label draws, as a screen reader reads it (its own accessible name set aside)."""
    name = label.accessibleName()
    label.setAccessibleName("")
    try:
        return QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)
    finally:
        label.setAccessibleName(name)


def readable(window: QWidget) -> list[str]:
    """What every visible label of `window` draws; a label that draws other than its text fails here."""
    texts = []
    for label in [w for w in (window, *window.findChildren(QLabel)) if isinstance(w, QLabel) and w.isVisible()]:
        assert shown(label) == label.text().replace("&", ""), label.text()      # (a mnemonic's & is not drawn)
        texts.append(shown(label))
    return texts


def somewhere(texts: list[str], part: str) -> bool:
    return any(part in text for text in texts)


def test_typed_names_show_as_typed_in_the_dossier_vandaag_and_the_message_bar(qtbot, db, clock, office) -> None:
    lokets = OfficeSetup(db, clock, office.coordinator)
    zuid = lokets.add_loket("Loket <b>Zuid</b>", "Kortrijk")
    Agenda(db, clock, office.coordinator).add_zitdag(zuid.id, office.counsellor.counsellor_id, time(13),
                                                     time(16), weekday=clock.now().weekday())
    Clients(db, clock, office.counsellor).create(ClientInput(BOLD, "Janssens <script>"))
    window = open_window(qtbot, DeskContext(db, clock, office.counsellor, "Leerwinkel Test", SCRIPT))
    assert somewhere(readable(window), "Uw zitdag vandaag: Loket <b>Zuid</b>")       # Vandaag's status line
    assert somewhere(readable(window), SCRIPT)                                       # who is signed in
    open_dossier_by_search(qtbot, window, "janssens")
    qtbot.waitUntil(lambda: somewhere(readable(window), BOLD), timeout=3000)         # the dossier's header
    assert somewhere(readable(window), "Janssens <script>")
    window.statusBar().showMessage(f"Account {SCRIPT} geopend.")                     # the message bar
    assert somewhere(readable(window), f"Account {SCRIPT} geopend.")


def test_typed_names_show_as_typed_in_the_admin_dialogs_and_their_questions(qtbot, db, clock, office) -> None:
    social = SocialMap(db, clock, office.coordinator)
    partner = social.add_partner(BOLD, OrganisationType.SCHOOL, "Kortrijk")
    social.add_contact(partner.id, SCRIPT, "onthaal <i>")
    window = open_window(qtbot, DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator"))
    key(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    form = wait_active(qtbot, window.active_dialog)
    typed(qtbot, "CVO <script>")                                        # a new partner: the message bar says it
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Partner bewaard: CVO <script>", timeout=3000)
    assert somewhere(readable(window), "Partner bewaard: CVO <script>")
    key(qtbot, Qt.Key.Key_1, ALT)
    while form.items.currentItem() is None or not form.items.currentItem().text().startswith(BOLD):
        key(qtbot, Qt.Key.Key_Down)
    assert somewhere(readable(form), f"Wijzigen: {BOLD} — ")           # was 'Wijzigen: Els Vet', in bold
    key(qtbot, Qt.Key.Key_C, ALT)                                       # its contact persons
    people = child_of(qtbot, form)
    key(qtbot, Qt.Key.Key_1, ALT)
    key(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: people.chosen is not None, timeout=3000)
    assert somewhere(readable(people), f"Wijzigen: {SCRIPT} — onthaal <i>")
    key(qtbot, Qt.Key.Key_U, ALT)                                       # retiring asks first, naming the person
    qtbot.waitUntil(lambda: people.confirm_box is not None and people.confirm_box.isVisible(), timeout=3000)
    box = people.confirm_box
    assert somewhere(readable(box), f"{SCRIPT} — onthaal <i> uit dienst nemen?")
    wait_active(qtbot, box)
    key(qtbot, Qt.Key.Key_Escape)                                       # kept in service
    qtbot.waitUntil(lambda: people.confirm_box is None or not box.isVisible(), timeout=3000)
    assert [c.full_name for c in social.contacts(partner.id)] == [SCRIPT]
