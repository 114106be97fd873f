"""Ctrl+P met as a counsellor meets it: a handover letter shares what was decided and says so before it is
made, a refusal or another choice takes the preview away, and a letter is saved where she keeps her files
(never the program's working directory), the next one where she saved the last. Keys to the window, then
what the screen shows, the PDF read back with pypdf, and what the database holds."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QLineEdit
from sqlalchemy import select

from leerwinkel_desk.domain.consent import Recipient
from leerwinkel_desk.domain.enums import DataItem, HandoverMode
from leerwinkel_desk.services.consents import Consents
from leerwinkel_desk.services.handovers import Handovers
from leerwinkel_desk.store.models import Handover, Letter
from leerwinkel_desk.ui.dialogs.printing import PrintDialog
from leerwinkel_desk.ui.i18n import LanguageSwitcher
from test_letters import QUESTION, STUDY_HISTORY, grant, open_case
from test_ui import ctx, english_translations, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_file_dialogs import documents  # noqa: F401 - Documents at home, started from elsewhere
from test_ui_keys import ALT, CTRL, SHIFT, key, open_dossier_by_search, typed, wait_active

CONSENTED = frozenset({DataItem.IDENTITY, DataItem.QUESTION, DataItem.STUDY_HISTORY, DataItem.DUTCH_LEVEL})


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def print_dialog(qtbot, window) -> PrintDialog:
    key(qtbot, Qt.Key.Key_P, CTRL)
    dialog = wait_active(qtbot, window.dossier.active_dialog)
    assert isinstance(dialog, PrintDialog)
    return dialog


def preview(qtbot, dialog: PrintDialog) -> None:
    """Alt+V (Voorbeeld maken: a mnemonic clicks a moment after the key), then until it is made or refused."""
    with qtbot.waitSignal(dialog.make_button.clicked, timeout=2000):
        key(qtbot, Qt.Key.Key_V, ALT)
    qtbot.waitUntil(dialog.make_button.isEnabled, timeout=15000)


def save_as(qtbot, dialog, path: Path | None = None) -> QFileDialog:
    """Alt+D, then Enter in the file dialog (after typing `path` in its name field, if given)."""
    dialog.file_dialog = None
    wait_active(qtbot, dialog)
    key(qtbot, Qt.Key.Key_D, ALT)                                   # Alt+D: Opslaan als PDF
    qtbot.waitUntil(lambda: dialog.file_dialog is not None, timeout=3000)
    files = wait_active(qtbot, dialog.file_dialog)
    folder = Path(files.directory().absolutePath())
    if path is not None:
        key(qtbot, Qt.Key.Key_B, ALT)                               # Alt+B: Bestandsnaam
        assert QApplication.focusWidget() is files.findChild(QLineEdit, "fileNameEdit")
        key(qtbot, Qt.Key.Key_A, CTRL)
        typed(qtbot, str(path))
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not files.isVisible(), timeout=3000)
    return folder


def test_the_letter_shares_what_the_handover_shared_and_says_so_before_printing(qtbot, window, db, clock, office,
                                                                               documents) -> None:
    """The tester's case: consent for naam, leervraag, studieverleden and niveau Nederlands; 'Niveau
    Nederlands' unticked at the handover (Hoe = Brief); the letter printed 'Niveau Nederlands B2' anyway."""
    case = open_case(db, clock, office)
    school = Recipient(office.school_id)
    grant(db, clock, office, case, CONSENTED, school)
    Handovers(db, clock, office.counsellor).hand_over(case.request_id, school, HandoverMode.LETTER,
                                                      CONSENTED - {DataItem.DUTCH_LEVEL})
    open_dossier_by_search(qtbot, window, "amrani")
    dialog = print_dialog(qtbot, window)
    key(qtbot, Qt.Key.Key_B, ALT)                                   # Alt+B: Brief warme overdracht aan
    qtbot.waitUntil(dialog.handover_choice.isChecked, timeout=2000)
    assert dialog.recipient.organisation.currentText() == "CVO Miras"
    preview(qtbot, dialog)
    shown = pdf_text(dialog.pdf)
    assert "Fatima El Amrani" in shown and QUESTION in shown and STUDY_HISTORY in shown
    assert "Niveau Nederlands" not in shown and "B2" not in shown
    assert "Gedeelde gegevens naam en geboortedatum, leervraag, studieverleden Over" in shown
    # what goes out was on the screen before anything was made: the handover's items, nothing to tick
    assert dialog.shares.isVisible()
    assert "warme overdracht van" in dialog.shares.text()
    assert dialog.shares.text().endswith("Naam en geboortedatum, Leervraag, Studieverleden.")
    assert not [box for box in dialog.findChildren(QCheckBox) if box.isVisible()]
    saved = documents / "overdracht.pdf"
    assert save_as(qtbot, dialog, saved) == documents
    qtbot.waitUntil(saved.exists, timeout=10000)
    text = pdf_text(saved.read_bytes())
    assert "Niveau Nederlands" not in text and "niveau Nederlands" not in text and "B2" not in text
    with db.read() as s:
        letter, handover = s.scalars(select(Letter)).one(), s.scalars(select(Handover)).one()
    assert sorted(letter.shared_items) == sorted(handover.shared_items) == ["identity", "question", "study_history"]


def test_without_a_handover_the_counsellor_ticks_what_the_letter_shares(qtbot, window, db, clock, office,
                                                                        documents) -> None:
    case = open_case(db, clock, office)
    grant(db, clock, office, case, CONSENTED | {DataItem.SOCIAL_STATUS}, Recipient(office.school_id))
    open_dossier_by_search(qtbot, window, "amrani")
    dialog = print_dialog(qtbot, window)
    key(qtbot, Qt.Key.Key_B, ALT)
    qtbot.waitUntil(dialog.handover_choice.isChecked, timeout=2000)
    boxes = [box for box in dialog.findChildren(QCheckBox) if box.isVisible()]
    assert [box.text() for box in boxes] == ["Naam en geboortedatum", "Leervraag", "Studieverleden",
                                             "Niveau Nederlands"]             # consented and for the school
    assert not any(box.isChecked() for box in boxes)                        # nothing goes unless chosen
    assert "vink aan wat de brief deelt" in dialog.shares.text()
    preview(qtbot, dialog)                                                  # nothing ticked: refused
    assert dialog.error.isVisible() and "Kies minstens één gegeven" in dialog.error.text()
    assert dialog.pdf is None and dialog.pages.count() == 0
    key(qtbot, Qt.Key.Key_G, ALT)                                           # Alt+G: Gegevens in de brief
    assert QApplication.focusWidget() is boxes[0]
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Space)
    assert dialog.shares.text().endswith("De brief deelt: Naam en geboortedatum, Leervraag.")
    assert not dialog.error.isVisible()
    preview(qtbot, dialog)
    shown = pdf_text(dialog.pdf)
    assert "Fatima El Amrani" in shown and QUESTION in shown
    assert STUDY_HISTORY not in shown and "B2" not in shown and "leefloon" not in shown.lower()
    save_as(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.letter is not None, timeout=10000)
    with db.read() as s:
        assert s.scalars(select(Letter.shared_items)).one() == ["identity", "question"]
    assert (documents / "brief.pdf").read_bytes() == dialog.letter.pdf


def test_another_recipient_or_a_refusal_takes_the_preview_away(qtbot, window, db, clock, office) -> None:
    """After the CVO letter's preview, Organisatie set to one without consent and Voorbeeld pressed: the red
    'geen geldige toestemming' showed with the CVO letter for the client still under it."""
    case = open_case(db, clock, office)
    consent = grant(db, clock, office, case, CONSENTED, Recipient(office.school_id))
    Handovers(db, clock, office.counsellor).hand_over(case.request_id, Recipient(office.school_id),
                                                      HandoverMode.CALL, frozenset({DataItem.QUESTION}))
    open_dossier_by_search(qtbot, window, "amrani")
    dialog = print_dialog(qtbot, window)
    key(qtbot, Qt.Key.Key_B, ALT)
    preview(qtbot, dialog)
    assert dialog.pages.count() >= 1 and dialog.save_button.isEnabled()
    key(qtbot, Qt.Key.Key_O, ALT)                                           # Alt+O: Organisatie
    key(qtbot, Qt.Key.Key_A, CTRL)
    typed(qtbot, "VDAB Kortrijk")
    assert dialog.pages.count() == 0 and dialog.pdf is None                 # gone as soon as it changed
    assert "Geen geldige toestemming" in dialog.shares.text()
    preview(qtbot, dialog)
    assert dialog.error.isVisible() and "toestemming" in dialog.error.text()
    assert dialog.pages.count() == 0 and not dialog.save_button.isEnabled()
    key(qtbot, Qt.Key.Key_O, ALT)
    key(qtbot, Qt.Key.Key_A, CTRL)
    typed(qtbot, "CVO Miras")
    preview(qtbot, dialog)
    assert dialog.pages.count() >= 1 and not dialog.error.isVisible()
    Consents(db, clock, office.counsellor).withdraw(consent.id)             # meanwhile, the client withdraws
    preview(qtbot, dialog)                                                  # the same choice, refused now
    assert dialog.error.isVisible() and "toestemming" in dialog.error.text()
    assert dialog.pages.count() == 0 and dialog.pdf is None and not dialog.print_button.isEnabled()


def test_letters_are_saved_in_documents_then_where_the_last_one_went(qtbot, window, db, clock, office,
                                                                     documents, tmp_path) -> None:
    open_case(db, clock, office)
    open_dossier_by_search(qtbot, window, "amrani")
    dialog = print_dialog(qtbot, window)
    preview(qtbot, dialog)
    assert save_as(qtbot, dialog) == documents                              # not the working directory
    qtbot.waitUntil(lambda: dialog.letter is not None, timeout=10000)
    assert (documents / "brief.pdf").exists()
    assert not any(Path.cwd().iterdir())
    kept = documents.parent / "Dossiers"
    kept.mkdir()
    save_as(qtbot, dialog, kept / "samenvatting.pdf")
    qtbot.waitUntil((kept / "samenvatting.pdf").exists, timeout=10000)
    wait_active(qtbot, dialog)
    key(qtbot, Qt.Key.Key_Escape)
    wait_active(qtbot, window)
    again = print_dialog(qtbot, window)                                     # the next letter: where the last went
    preview(qtbot, again)
    assert save_as(qtbot, again) == kept
    qtbot.waitUntil(lambda: again.letter is not None, timeout=10000)
    assert (kept / "brief.pdf").exists()
    wait_active(qtbot, again)
    key(qtbot, Qt.Key.Key_Escape)
    wait_active(qtbot, window)
    window.file_dialog = None
    key(qtbot, Qt.Key.Key_X, CTRL | SHIFT)                                  # another kind of file: Documents
    qtbot.waitUntil(lambda: window.file_dialog is not None, timeout=3000)
    agenda = wait_active(qtbot, window.file_dialog)
    assert Path(agenda.directory().absolutePath()) == documents
    key(qtbot, Qt.Key.Key_Escape)
    assert not any(Path.cwd().iterdir()) and not list(tmp_path.glob("program/**/*.pdf"))


def test_a_filed_letter_is_named_in_the_apps_language(qtbot, window, db, clock, office, documents,
                                                      english_translations) -> None:
    """The dossier files it under its kind's code (`…-summary-1.pdf`, the command line's name); the screen shows
    and Opslaan als PDF proposes it with the kind in the app's language, and the dossier number only."""
    case = open_case(db, clock, office)
    open_dossier_by_search(qtbot, window, "amrani")
    dialog = print_dialog(qtbot, window)
    preview(qtbot, dialog)
    save_as(qtbot, dialog)                                                  # files it: the first save is brief.pdf
    qtbot.waitUntil(lambda: dialog.letter is not None, timeout=10000)
    with db.read() as s:
        assert s.scalars(select(Letter.file_name)).one() == f"{case.dossier_no}-summary-1.pdf"
    dutch = f"{case.dossier_no}-samenvatting-1.pdf"
    assert dialog.status.text() == f"Bewaard in het dossier als {dutch}"
    save_as(qtbot, dialog)                                                  # proposed: the letter's own name
    qtbot.waitUntil((documents / dutch).exists, timeout=10000)
    wait_active(qtbot, dialog)
    key(qtbot, Qt.Key.Key_Escape)
    wait_active(qtbot, window)
    switcher = LanguageSwitcher(QApplication.instance())
    try:
        assert switcher.use("en")
        again = print_dialog(qtbot, window)
        assert again.earlier.currentText().endswith(f"({case.dossier_no}-summary-1.pdf)")   # the earlier letters
        wait_active(qtbot, again)
        key(qtbot, Qt.Key.Key_Escape)
    finally:
        switcher.use("nl")
