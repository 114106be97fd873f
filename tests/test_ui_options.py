"""The dossier's Opties (Ctrl+O) by keys, as walker8 met it: Down in the search moves the row Alt+O adds, an option
added by mistake comes out again (asked first; the client's choice refused) and so leaves the client summary, and
the free option and "max. €" say what they take. What the screen shows, the database holds, the PDF read back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from leerwinkel_desk.domain.enums import ProviderType
from leerwinkel_desk.services.catalogue import Catalogue, CourseInput
from leerwinkel_desk.services.options import Options
from leerwinkel_desk.store.models import AuditEvent, Course, OptionConsidered
from leerwinkel_desk.ui.dialogs.options import OptionsDialog
from test_letters import open_case
from test_ui import ctx, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_file_dialogs import documents  # noqa: F401 - Documents at home, started from elsewhere
from test_ui_keys import ALT, CTRL, key, open_dossier_by_search, typed, wait_active
from test_ui_printing import pdf_text, preview, print_dialog, save_as


def options_dialog(qtbot, window) -> OptionsDialog:
    key(qtbot, Qt.Key.Key_O, CTRL)
    dialog = wait_active(qtbot, window.dossier.active_dialog)
    assert isinstance(dialog, OptionsDialog)
    return dialog


def headers(dialog: OptionsDialog) -> list[str]:
    return [dialog.compare.horizontalHeaderItem(c).text() for c in range(dialog.compare.columnCount())]


def mnemonic(qtbot, letter, button) -> None:
    """Alt+letter on a button: a mnemonic clicks a moment after the key."""
    with qtbot.waitSignal(button.clicked, timeout=2000):
        key(qtbot, letter, ALT)


def titles(dialog: OptionsDialog) -> list[str]:
    return [dialog.courses.row_at(r).title for r in range(dialog.courses.rowCount())]


def considered(db) -> list[tuple[str | None, bool]]:
    """Each option's course title (None: free text) and whether it was removed, in the order they were added."""
    with db.read() as s:
        return [(title, deleted is not None) for title, deleted in s.execute(
            select(Course.title, OptionConsidered.deleted_at)
            .outerjoin(Course, Course.id == OptionConsidered.course_id)
            .order_by(OptionConsidered.created_at, OptionConsidered.id))]


def tab_to(qtbot, widget, backwards: bool = False) -> None:
    """Tab (Shift+Tab) until `widget` has the focus, as a person would."""
    for _ in range(12):
        if QApplication.focusWidget() is widget:
            return
        key(qtbot, Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab,
            Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier)
    assert QApplication.focusWidget() is widget


def test_down_and_up_in_the_search_move_the_row_that_alt_o_adds(qtbot, window, db, clock, office) -> None:
    catalogue = Catalogue(db, clock, office.coordinator)
    syntra = catalogue.add_provider("Syntra West", ProviderType.SYNTRA, "Kortrijk")
    for title in ("Bakker", "Slager", "Traiteur"):
        catalogue.add_course(CourseInput(syntra.id, title, municipality="Kortrijk"))
    open_case(db, clock, office)
    open_dossier_by_search(qtbot, window, "amrani")
    dialog = options_dialog(qtbot, window)
    assert QApplication.focusWidget() is dialog.filter_text
    typed(qtbot, "syntra")
    assert titles(dialog) == ["Bakker", "Slager", "Traiteur"]
    key(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is dialog.filter_text                    # typing goes on there
    assert dialog.course_view.currentIndex().row() == 1
    assert dialog.course_view.selectionModel().isRowSelected(1)                # shown as the current row
    mnemonic(qtbot, Qt.Key.Key_O, dialog.add_button)
    assert headers(dialog)[-1] == "Slager"
    assert considered(db)[-1] == ("Slager", False)

    tab_to(qtbot, dialog.filter_text, backwards=True)
    for arrow in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down):           # stops at the last row
        key(qtbot, arrow)
    assert dialog.course_view.currentIndex().row() == 2
    for arrow in (Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_Up):                 # and at the first
        key(qtbot, arrow)
    assert dialog.course_view.currentIndex().row() == 0
    mnemonic(qtbot, Qt.Key.Key_O, dialog.add_button)
    assert headers(dialog)[-1] == "Bakker"
    assert [title for title, _removed in considered(db)][-2:] == ["Slager", "Bakker"]

    tab_to(qtbot, dialog.filter_text, backwards=True)
    for _ in range(4):                                                          # the filters, then the list
        key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.course_view
    key(qtbot, Qt.Key.Key_Up)                                                   # on its first row: back to the field
    assert QApplication.focusWidget() is dialog.filter_text


def test_the_option_added_shows_whole_at_the_end_of_a_full_comparison(qtbot, window, db, clock, office) -> None:
    case = open_case(db, clock, office)
    for n in range(1, 9):
        Options(db, clock, office.counsellor).consider(case.request_id, free_text=f"Eigen plan nummer {n} van haar")
    open_dossier_by_search(qtbot, window, "amrani")
    dialog = options_dialog(qtbot, window)
    typed(qtbot, "zorg")
    mnemonic(qtbot, Qt.Key.Key_O, dialog.add_button)
    header, last = dialog.compare.horizontalHeader(), dialog.compare.columnCount() - 1
    assert headers(dialog)[last] == "Zorgkundige"
    assert header.length() > header.viewport().width()                         # more than the table shows
    assert header.sectionSize(last) >= header.sectionSizeHint(last)             # its title whole, not "…"
    assert 0 <= header.sectionViewportPosition(last)                             # scrolled to: in sight
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= header.viewport().width()


def test_an_option_added_by_mistake_is_removed_asked_first_and_leaves_the_summary(
        qtbot, window, db, clock, office, documents) -> None:
    case = open_case(db, clock, office)              # Boekhouden (the client's choice) and Zorgkundige
    open_dossier_by_search(qtbot, window, "amrani")
    before = print_dialog(qtbot, window)
    preview(qtbot, before)
    save_as(qtbot, before, documents / "voor.pdf")
    qtbot.waitUntil((documents / "voor.pdf").exists, timeout=10000)
    assert "Zorgkundige" in pdf_text((documents / "voor.pdf").read_bytes())
    wait_active(qtbot, before)
    key(qtbot, Qt.Key.Key_Escape)
    wait_active(qtbot, window)

    dialog = options_dialog(qtbot, window)
    assert headers(dialog) == ["★ keuze: Boekhouden", "Zorgkundige"]
    mnemonic(qtbot, Qt.Key.Key_R, dialog.remove_button)   # Optie verwijderen, no column chosen: it says which
    assert dialog.error.text().endswith("Kies eerst in de vergelijking de optie die weg moet (een cel in haar "
                                        "kolom), dan Optie verwijderen.")
    tab_to(qtbot, dialog.compare)
    assert dialog.compare.currentColumn() == 0
    key(qtbot, Qt.Key.Key_Delete)                     # the client's choice: refused at once, nothing asked
    assert dialog.confirm_box is None
    assert "Dit is de keuze van de cliënt: die blijft in de vergelijking." in dialog.error.text()
    key(qtbot, Qt.Key.Key_Right)
    for keep in (Qt.Key.Key_Return, Qt.Key.Key_Escape):        # asked first: Enter or Escape keeps it
        key(qtbot, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: dialog.confirm_box is not None, timeout=3000)
        box = wait_active(qtbot, dialog.confirm_box)
        assert "‘Zorgkundige’ uit de besproken opties halen?" in box.text()
        key(qtbot, keep)
        qtbot.waitUntil(lambda: dialog.confirm_box is None, timeout=3000)
        assert headers(dialog) == ["★ keuze: Boekhouden", "Zorgkundige"]
        assert considered(db) == [("Boekhouden", False), ("Zorgkundige", False)]
        wait_active(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.compare
    key(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: dialog.confirm_box is not None, timeout=3000)
    wait_active(qtbot, dialog.confirm_box)
    mnemonic(qtbot, Qt.Key.Key_V, dialog.confirm_box.buttons()[0])     # Verwijderen
    qtbot.waitUntil(lambda: dialog.confirm_box is None, timeout=3000)
    assert headers(dialog) == ["★ keuze: Boekhouden"]
    assert not dialog.error.isVisible()
    assert considered(db) == [("Boekhouden", False), ("Zorgkundige", True)]
    with db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "option.remove")).one()
        removed = s.scalars(select(OptionConsidered).where(OptionConsidered.deleted_at.is_not(None))).one()
        assert (event.entity, event.record_id, event.subject_client_id, event.fields) == (
            "option_considered", removed.id, case.client_id, "deleted_at")
        assert event.at == removed.deleted_at
    wait_active(qtbot, dialog)
    mnemonic(qtbot, Qt.Key.Key_R, dialog.remove_button)   # the only one left is the choice: refused, it stays
    assert dialog.confirm_box is None and "Dit is de keuze van de cliënt" in dialog.error.text()
    assert considered(db) == [("Boekhouden", False), ("Zorgkundige", True)]
    key(qtbot, Qt.Key.Key_Escape)
    wait_active(qtbot, window)

    after = print_dialog(qtbot, window)
    preview(qtbot, after)
    save_as(qtbot, after, documents / "na.pdf")
    qtbot.waitUntil((documents / "na.pdf").exists, timeout=10000)
    summary = pdf_text((documents / "na.pdf").read_bytes())
    assert "Boekhouden" in summary and "Zorgkundige" not in summary and "Dagonderwijs: moeilijk." not in summary


def test_the_free_option_empty_takes_the_focus_and_max_cost_takes_only_an_amount(
        qtbot, window, db, clock, office) -> None:
    open_case(db, clock, office)
    open_dossier_by_search(qtbot, window, "amrani")
    dialog = options_dialog(qtbot, window)
    mnemonic(qtbot, Qt.Key.Key_V, dialog.add_free_button)     # Vrije optie toevoegen, nothing typed
    assert dialog.error.text().endswith("Typ eerst de vrije optie, of kies een opleiding in de lijst en voeg die toe.")
    assert QApplication.focusWidget() is dialog.free_text
    typed(qtbot, "VDAB: opleiding lasser")
    mnemonic(qtbot, Qt.Key.Key_V, dialog.add_free_button)
    assert headers(dialog)[-1] == "VDAB: opleiding lasser"
    assert not dialog.error.isVisible()

    tab_to(qtbot, dialog.max_cost, backwards=True)
    typed(qtbot, "VDAB: opleiding")                   # letters never get in; it says what it takes
    assert dialog.max_cost.text() == ""
    assert dialog.error.text().endswith("Maximale kostprijs: Dit is geen bedrag: typ een getal in euro, zoals "
                                        "12,50 (zonder letters of €-teken).")
    typed(qtbot, "150")
    assert not dialog.error.isVisible()               # an amount typed: the sentence goes
    assert dialog.max_cost.text() == "150"
    assert titles(dialog) == ["Zorgkundige"]          # Boekhouden costs € 180; no price known: kept
    key(qtbot, Qt.Key.Key_Backspace)
    key(qtbot, Qt.Key.Key_Backspace)
    typed(qtbot, "80,5")
    assert dialog.max_cost.text() == "180,5"
    assert titles(dialog) == ["Boekhouden", "Zorgkundige"]
    typed(qtbot, "55")                                # cents at most
    assert dialog.max_cost.text() == "180,55"


def test_the_choice_moved_to_the_right_option_frees_the_wrong_one(qtbot, window, db, clock, office) -> None:
    """The sentence's way out: Alt+K on the right option (its column stays current), then the old choice goes."""
    open_case(db, clock, office)                     # Boekhouden marked as the choice by mistake
    open_dossier_by_search(qtbot, window, "amrani")
    dialog = options_dialog(qtbot, window)
    tab_to(qtbot, dialog.compare)
    key(qtbot, Qt.Key.Key_Right)
    mnemonic(qtbot, Qt.Key.Key_K, dialog.choose_button)       # Als keuze markeren: Zorgkundige
    assert headers(dialog) == ["Boekhouden", "★ keuze: Zorgkundige"]
    assert dialog.compare.currentColumn() == 1                # still the option marked
    tab_to(qtbot, dialog.compare, backwards=True)
    key(qtbot, Qt.Key.Key_Delete)                             # the choice now: refused at once
    assert dialog.confirm_box is None and "Dit is de keuze van de cliënt" in dialog.error.text()
    key(qtbot, Qt.Key.Key_Left)
    key(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: dialog.confirm_box is not None, timeout=3000)
    wait_active(qtbot, dialog.confirm_box)
    mnemonic(qtbot, Qt.Key.Key_V, dialog.confirm_box.buttons()[0])
    qtbot.waitUntil(lambda: dialog.confirm_box is None, timeout=3000)
    assert headers(dialog) == ["★ keuze: Zorgkundige"]
    assert considered(db) == [("Boekhouden", True), ("Zorgkundige", False)]
