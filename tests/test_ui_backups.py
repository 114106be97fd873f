"""Backups in the app (Ctrl+Shift+B), driven by keys: a restore is asked first and keeps the data it replaces."""

from __future__ import annotations

import os
import time
from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.store.paths import backups_dir
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.dialogs.maintenance import MaintenanceDialog
from test_ui import english_translations, office, open_window  # noqa: F401 - fixtures
from test_ui_keys import CTRL, SHIFT, key, wait_active

ALT = Qt.KeyboardModifier.AltModifier


def answer_box(qtbot, answers: list[str], key_code, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """The question box that is about to open answered with a key, as the person would (its text kept)."""
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            answers.append(f"{box.text()}\n{box.informativeText()}")
            qtbot.keyClick(box, key_code, modifiers)
    QTimer.singleShot(300, answer)


def test_a_restore_is_asked_first_and_keeps_what_it_replaces(qtbot, db, clock, office) -> None:
    """"Terugzetten…" replaced the whole database at once, with nothing asked and no copy of what was there: a
    daily backup picked by mistake lost the day's work. Now it asks (Escape keeps everything), and a yes first
    backs the data up as "vóór een herstel", from which the day's work comes back."""
    window = open_window(qtbot, DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator Test"))
    key(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
    dialog = wait_active(qtbot, window.active_dialog)
    assert isinstance(dialog, MaintenanceDialog)
    key(qtbot, Qt.Key.Key_M, ALT)                               # Back-up &maken
    qtbot.waitUntil(lambda: dialog.backups.count() == 1)
    assert "Back-up met de hand" in dialog.backups.item(0).text()
    Clients(db, clock, office.counsellor).create(ClientInput("Later", "Ingevoerd"))
    dialog.backups.setFocus()
    key(qtbot, Qt.Key.Key_Home)
    answers: list[str] = []
    answer_box(qtbot, answers, Qt.Key.Key_Escape)
    key(qtbot, Qt.Key.Key_T, ALT)                               # &Terugzetten…
    qtbot.waitUntil(lambda: len(answers) == 1)
    assert "terugzetten" in answers[0] and "vóór een herstel" in answers[0]
    assert Clients(db, clock, office.counsellor).search("Later Ingevoerd")      # Escape: nothing restored
    assert dialog.backups.count() == 1

    wait_active(qtbot, dialog)
    dialog.backups.setFocus()
    answer_box(qtbot, answers, Qt.Key.Key_T, ALT)               # &Terugzetten
    key(qtbot, Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: "Teruggezet" in dialog.status.text())
    assert Clients(db, clock, office.counsellor).search("Later Ingevoerd") == []
    labels = [dialog.backups.item(i).text() for i in range(dialog.backups.count())]
    assert len(labels) == 2 and "Vóór een herstel" in labels[0]

    wait_active(qtbot, dialog)
    dialog.backups.setFocus()
    key(qtbot, Qt.Key.Key_Home)                                 # the newest: what was there before
    answer_box(qtbot, answers, Qt.Key.Key_T, ALT)
    key(qtbot, Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: len(answers) == 3)
    qtbot.waitUntil(lambda: bool(Clients(db, clock, office.counsellor).search("Later Ingevoerd")))


def test_restoring_with_no_backup_chosen_says_so(qtbot, db, clock, office) -> None:
    """"Terugzetten…" with no backup in the list (or none chosen) did nothing at all."""
    window = open_window(qtbot, DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator Test"))
    key(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
    dialog = wait_active(qtbot, window.active_dialog)
    assert dialog.backups.count() == 0
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "Kies eerst" in dialog.status.text() and dialog.backups.hasFocus()


def test_a_damaged_or_foreign_backup_is_refused_in_one_line(qtbot, db, clock, office) -> None:
    """Restoring a damaged backup (or another installation's) from the app ended in the crash dialog: the
    store's ValueError was no typed error. Now one line, and nothing changed (no 'vóór een herstel' either)."""
    folder = backups_dir(db.path)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "manual-20260101T080000Z.db").write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)
    window = open_window(qtbot, DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator Test"))
    key(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
    dialog = wait_active(qtbot, window.active_dialog)
    dialog.backups.setFocus()
    key(qtbot, Qt.Key.Key_Home)
    answers: list[str] = []
    answer_box(qtbot, answers, Qt.Key.Key_T, ALT)
    key(qtbot, Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: "kan niet teruggezet worden" in dialog.error.text(), timeout=5000)
    assert len(answers) == 1 and not dialog.status.text().startswith("Teruggezet")
    assert [p.name for p in folder.glob("before-restore-*")] == []


def test_a_retention_period_that_erases_at_the_next_start_is_asked_first(qtbot, db, clock, office,
                                                                          english_translations) -> None:
    """"Als bewaartermijn instellen" kept a period in one keystroke right under a preview announcing who the next
    start erases. Now it asks, naming how many requests and clients; Enter keeps the period there was. The
    period reads "1 jaar" / "1 year" (it said "1 years")."""
    from datetime import timedelta

    from conftest import FixedClock
    from leerwinkel_desk.domain.enums import Channel
    from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
    from leerwinkel_desk.services.retention import Retention
    from leerwinkel_desk.ui.dialogs.maintenance import years_box
    from leerwinkel_desk.ui.i18n import LanguageSwitcher

    two_years_ago = FixedClock(clock.at - timedelta(days=800))
    for name in ("Oud", "Ouder"):
        client = Clients(db, two_years_ago, office.counsellor).create(ClientInput(name, "Dossier"))
        Dispatch(db, two_years_ago, office.counsellor).answer_now(
            FirstContact(Channel.PHONE, "Een oude vraag", client_id=client.id), "Beantwoord")
    window = open_window(qtbot, DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator Test"))
    key(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
    dialog = wait_active(qtbot, window.active_dialog)
    assert isinstance(dialog, MaintenanceDialog) and dialog.years.text() == "5 jaar"
    dialog.years.setFocus()
    key(qtbot, Qt.Key.Key_A, CTRL)
    key(qtbot, Qt.Key.Key_1)
    assert dialog.years.text() == "1 jaar"
    key(qtbot, Qt.Key.Key_V, ALT)                               # &Voorbeeld
    qtbot.waitUntil(lambda: "anonimiseert 2 leervragen en wist 2 cliënten volledig" in dialog.preview_text.text())
    answers: list[str] = []
    answer_box(qtbot, answers, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_B, ALT)                               # Als &bewaartermijn instellen
    qtbot.waitUntil(lambda: len(answers) == 1)
    assert "op 1 jaar zetten" in answers[0]
    assert "2 leervragen geanonimiseerd en 2 cliënten volledig gewist" in answers[0]
    assert Retention(db, clock, office.coordinator).period() == 5            # Enter: the period there was
    wait_active(qtbot, dialog)
    dialog.years.setFocus()
    answer_box(qtbot, answers, Qt.Key.Key_I, ALT)               # &Instellen
    key(qtbot, Qt.Key.Key_B, ALT)
    qtbot.waitUntil(lambda: "Bewaartermijn ingesteld op 1 jaar." in dialog.status.text())
    assert Retention(db, clock, office.coordinator).period() == 1

    switcher = LanguageSwitcher(QApplication.instance())
    try:
        assert switcher.use("en")
        assert [years_box(n).text() for n in (1, 2)] == ["1 year", "2 years"]
    finally:
        switcher.use("nl")


def test_an_empty_backup_is_refused_by_its_name_and_leaves_nothing(qtbot, db, clock, office) -> None:
    """An empty `manual-….db` (an interrupted copy by hand) passed integrity_check; its staging copy then failed
    to open, FileUnusable reached the crash dialog, and a 0-byte `.restoring.partial` stayed beside the
    database. Now one line names the backup as empty, and nothing is left behind."""
    folder = backups_dir(db.path)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "manual-20260101T080000Z.db").touch()
    window = open_window(qtbot, DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator Test"))
    key(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
    dialog = wait_active(qtbot, window.active_dialog)
    dialog.backups.setFocus()
    key(qtbot, Qt.Key.Key_Home)
    answers: list[str] = []
    answer_box(qtbot, answers, Qt.Key.Key_T, ALT)               # &Terugzetten
    key(qtbot, Qt.Key.Key_T, ALT)                               # &Terugzetten…
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    line = dialog.error.text()
    assert "manual-20260101T080000Z.db" in line and "leeg" in line and "geen back-up" in line, line
    assert len(answers) == 1 and not dialog.status.text().startswith("Teruggezet")
    assert sorted(p.name for p in db.path.parent.glob(f"{db.path.name}.*partial*")) == []
    assert [p.name for p in folder.glob("before-restore-*")] == []


def test_backups_made_in_the_same_minute_read_apart(qtbot, db, clock, office) -> None:
    """Four backups made by hand in one minute read as four lines "14:36   Back-up met de hand"."""
    window = open_window(qtbot, DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator Test"))
    folder = backups_dir(db.path)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "daily-2026-01-01.db").write_bytes(b"")
    os.utime(folder / "daily-2026-01-01.db", (1767254400, 1767254400))      # another day: read to the minute
    key(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
    dialog = wait_active(qtbot, window.active_dialog)
    for made in range(4):
        key(qtbot, Qt.Key.Key_M, ALT)                           # Back-up &maken
        qtbot.waitUntil(lambda made=made: dialog.backups.count() == made + 2)
        time.sleep(1.05)                                        # the next one a second later, as by hand
    labels = [dialog.backups.item(i).text() for i in range(dialog.backups.count())]
    manual = [label for label in labels if "Back-up met de hand" in label]
    minutes = {label[:16] for label in manual}
    if len(minutes) == 1:                                       # in one minute (most runs): told apart
        assert len(set(manual)) == 4, labels
    assert all(label.count(":") == 2 for label in manual if sum(m[:16] == label[:16] for m in manual) > 1)
    daily = next(label for label in labels if "Dagelijkse" in label)
    assert daily.count(":") == 1, daily                         # alone in its minute: no seconds


def test_enter_in_the_list_or_the_period_makes_no_backup(qtbot, db, clock, office) -> None:
    """Enter on a backup in the list (or in the retention period) pressed "Back-up maken": Qt made the first
    button after the focus the dialog's default. Now Enter in the list does nothing, in the period it shows the
    preview (the button of that part), and no button is the dialog's default."""
    window = open_window(qtbot, DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator Test"))
    key(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
    dialog = wait_active(qtbot, window.active_dialog)
    key(qtbot, Qt.Key.Key_M, ALT)                               # Back-up &maken
    qtbot.waitUntil(lambda: dialog.backups.count() == 1)
    assert [button.text() for button in dialog.findChildren(QPushButton) if button.isDefault()] == []
    clock.at += timedelta(minutes=1)                            # a backup now would be a second file
    dialog.backups.setFocus()
    key(qtbot, Qt.Key.Key_Home)
    key(qtbot, Qt.Key.Key_Return)
    while QApplication.focusWidget() is not dialog.years:         # Tab on to the period
        key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.preview_text.text().startswith("Afgesloten vóór"), timeout=3000)
    assert dialog.backups.count() == 1 and len(list(backups_dir(db.path).glob("manual-*.db"))) == 1


def test_the_restore_s_result_line_wraps_within_the_dialog(qtbot, db, clock, office) -> None:
    """After a restore at 1280×720 its result line (the backup, the copy kept, the persons erased again) stretched
    "Beheer van de gegevens" past the screen's edge, its close button out of view. Now the line wraps."""
    window = open_window(qtbot, DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator Test"))
    key(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
    dialog = wait_active(qtbot, window.active_dialog)
    key(qtbot, Qt.Key.Key_M, ALT)                               # Back-up &maken
    qtbot.waitUntil(lambda: dialog.backups.count() == 1)
    width = dialog.width()
    dialog.backups.setFocus()
    key(qtbot, Qt.Key.Key_Home)
    answers: list[str] = []
    answer_box(qtbot, answers, Qt.Key.Key_T, ALT)               # &Terugzetten
    key(qtbot, Qt.Key.Key_T, ALT)                               # &Terugzetten…
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Teruggezet"), timeout=5000)
    qtbot.wait(200)                                             # laid out anew
    assert dialog.width() == width
    assert dialog.screen().availableGeometry().contains(dialog.frameGeometry())
    status = dialog.status
    qtbot.waitUntil(lambda: status.height() >= status.heightForWidth(status.width()))     # every line of it
    assert status.fontMetrics().horizontalAdvance(status.text()) > status.width()        # on more than one


def test_a_full_backup_stick_fails_the_second_copy_alone_and_ctrl_shift_b_says_since_when(
        qtbot, db, clock, office, tmp_path) -> None:
    """A full USB stick as the backup folder (a real full tmpfs): the daily backup was made, but the second copy's
    failure stopped the start of the day there, "De dagelijkse back-up is mislukt; de bewaartermijn is daarom niet
    toegepast", every day, and only in a passing status line. Now the second copy fails alone (the retention
    period is applied), and Ctrl+Shift+B says since when it fails, why, and the last good ones."""
    from faults_support import fill_disk, small_disk
    from leerwinkel_desk.services.office_settings import OfficeSettings
    from leerwinkel_desk.services.start_of_day import start_of_day

    with small_disk(tmp_path / "stick", "4m") as stick:
        OfficeSettings(db, clock, office.coordinator).set_backup_folder(stick)
        fill_disk(stick, 0)
        done = start_of_day(db, clock, office.coordinator)
        assert done.backup is not None and done.second_copy is None
        assert done.second_copy_failed == "no_room"
        window = open_window(qtbot, DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator Test"))
        window.report_start_of_day(done)
        assert "kopie in de back-upmap is mislukt" in window.statusBar().currentMessage()
        key(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
        dialog = wait_active(qtbot, window.active_dialog)
        day = clock.now().astimezone().strftime("%d/%m/%Y")
        assert f"Laatste dagelijkse back-up: {day}" in dialog.health.text()
        assert f"De kopie in de back-upmap (Instellingen, Ctrl+,) mislukt sinds {day}" in dialog.health.text()
        assert "vol" in dialog.health.text() and "Laatste goede kopie: nog geen" in dialog.health.text()
        dialog.close()
        window.close()


def test_a_backups_folder_that_is_a_file_is_said_in_words(qtbot, db, clock, office) -> None:
    """`backups` replaced by a file: Ctrl+Shift+B showed an empty list with no warning, and "Back-up maken" the
    generic "Er ging iets onverwachts mis". Now both say the folder is a file and what to do."""
    from leerwinkel_desk.services.start_of_day import StartOfDayFailed, start_of_day

    folder = backups_dir(db.path)
    if folder.is_dir():
        for made in folder.iterdir():
            made.unlink()
        folder.rmdir()
    folder.write_bytes(b"geen map")
    try:
        start_of_day(db, clock, office.coordinator)
    except StartOfDayFailed:
        pass
    window = open_window(qtbot, DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator Test"))
    key(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
    dialog = wait_active(qtbot, window.active_dialog)
    assert "De dagelijkse back-up mislukt sinds" in dialog.health.text()
    assert "geen map maar een bestand" in dialog.health.text()
    key(qtbot, Qt.Key.Key_M, ALT)                               # Back-up &maken
    qtbot.waitUntil(lambda: "geen map maar een bestand" in dialog.error.text(), timeout=5000)
    assert "onverwachts" not in dialog.error.text()
    assert folder.read_bytes() == b"geen map"


def test_a_damaged_database_is_told_to_a_counsellor_in_words_they_can_follow(qtbot) -> None:
    """The start-up message for a damaged database told a counsellor to run `leerwinkel-desk restore BESTAND`.
    Now it says what to do in words (close it, ask the coordinator or IT to put back the last good backup, what
    is lost), and keeps the command for the IT person."""
    from leerwinkel_desk.ui.start import show_startup_error

    shown: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            qtbot.keyClick(box, Qt.Key.Key_Return)
        else:
            QTimer.singleShot(100, read_and_close)

    QTimer.singleShot(100, read_and_close)
    assert show_startup_error("damaged", "/data/leerwinkel.db") == 1
    assert "Vraag de coördinator of de IT-verantwoordelijke" in shown[0]
    assert "laatste goede back-up terug te zetten" in shown[0]
    assert "Voor de IT-verantwoordelijke" in shown[0] and "leerwinkel-desk restore BESTAND" in shown[0]
