"""The menus Dossier and Beheer, by keys: every action of the open dossier and of the office is found there
with its key, also those the dossier's bar has no room for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from leerwinkel_desk.ui.i18n import LanguageSwitcher
from leerwinkel_desk.ui.menu_bar import MNEMONIC
from test_first_run import mnemonic
from test_ui import ctx, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_erasure import unblock_a_question
from test_ui_keys import ALT, CTRL, answered, key, open_dossier_by_search, wait_active


def open_menu(qtbot, letter) -> QMenu:
    key(qtbot, letter, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
    return QApplication.activePopupWidget()


def test_erasing_a_client_is_reached_by_keys_from_the_menu_dossier(qtbot, window, db, clock, office) -> None:
    """"Wissen (AVG)…" had no key and sat behind the dossier bar's », which Tab does not reach: a keyboard
    user could not erase a client. Alt+D opens the menu Dossier; its last item erases (a coordinator: see
    test_ui_erasure.py)."""
    answered(db, clock, office.counsellor, "Wout", "Peeters")
    window.resize(1280, 680)
    open_dossier_by_search(qtbot, window, "wout")
    menu = open_menu(qtbot, Qt.Key.Key_D)
    texts = [MNEMONIC.sub(r"\1", action.text()) for action in menu.actions()]
    assert texts[:2] == ["Gegevens wijzigen", "Microcontact"] and texts[-1] == "Wissen (AVG)…"
    assert "Leervraag afsluiten" in texts and "Afsluiten" not in texts      # not the same words as quitting
    unblock_a_question()
    qtbot.keyClick(menu, Qt.Key.Key_Up)                         # from the top, up: the last item
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    # a counsellor is told at once that a coordinator erases (the number was asked first, then refused)
    qtbot.waitUntil(lambda: "alleen een coördinator" in window.dossier.notice.text(), timeout=3000)
    assert QApplication.activeModalWidget() is None


def test_the_offices_actions_are_in_the_menu_beheer_and_a_dossier_key_without_a_dossier_says_so(
        qtbot, window) -> None:
    menu = open_menu(qtbot, Qt.Key.Key_E)
    texts = [MNEMONIC.sub(r"\1", action.text()) for action in menu.actions()]
    assert {"Instellingen", "Importeren en exporteren", "Gebruikers", "Beheer van de gegevens"} <= set(texts)
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    key(qtbot, Qt.Key.Key_M, CTRL)                                  # Microcontact, with no dossier open
    assert "Open eerst een dossier" in window.statusBar().currentMessage()


def test_each_item_of_the_menus_dossier_and_beheer_has_its_own_underlined_letter(qtbot, window) -> None:
    """The items had no underlined letter: a menu opened with Alt+D was walked with the arrows, one by one.
    Each now has a letter of its own within its menu, in Dutch and in English (where Office opens with Alt+O,
    its own first letter: it was Alt+E)."""
    languages = LanguageSwitcher(QApplication.instance())
    try:
        for language, today, office_key in (("nl", "Vandaag", Qt.Key.Key_E), ("en", "Today", Qt.Key.Key_O)):
            assert languages.use(language)              # the menu Beheer is Office in English
            qtbot.waitUntil(lambda t=today: window.nav.item(0).text().startswith(t), timeout=5000)   # made again
            wait_active(qtbot, window)                  # offscreen, a menu of the language before stayed active
            for menu_key in (Qt.Key.Key_D, office_key):
                menu = open_menu(qtbot, menu_key)
                letters = [mnemonic(action.text()) for action in menu.actions()]
                assert None not in letters, (language, [a.text() for a in menu.actions()])
                assert len(set(letters)) == len(letters), (language, [a.text() for a in menu.actions()])
                qtbot.keyClick(menu, Qt.Key.Key_Escape)
                qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=3000)
    finally:
        languages.use("nl")
