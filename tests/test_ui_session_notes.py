"""A session's notes are read back in the counsellor's own dossier: in the timeline where the session has no
summary, and whole (with the summary) on Enter; never in a repr that could reach a log."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolTip

from leerwinkel_desk.domain.enums import Phase, SessionType, Tier
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.dossier import Dossiers
from leerwinkel_desk.ui.dossier_parts import DETAIL_COLUMN
from leerwinkel_desk.ui.main_window import MainWindow
from test_ui import ctx, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_keys import ALT, CTRL, answered, key, open_dossier_by_search, reopen_as, typed, wait_active


def test_notes_typed_without_a_summary_show_in_the_timeline_and_whole_on_enter(qtbot, window: MainWindow, db, clock,
                                                                                office) -> None:
    an = office.counsellor
    client, request = answered(db, clock, an, "Geert", "Vercruysse")
    reopen_as(db, request.id, Tier.TRAJECTORY, Phase.TRAJECTORY, an)
    Contacts(db, clock, an).record_session(request.id, clock.now() - timedelta(days=1), 50, SessionType.TRAJECTORY,
                                           summary="Opties overlopen", notes="Vindt avondles haalbaar")
    clock.at += timedelta(minutes=5)
    open_dossier_by_search(qtbot, window, "vercruysse")
    key(qtbot, Qt.Key.Key_G, CTRL)                                        # Gesprek
    form = wait_active(qtbot, window.dossier.active_dialog)
    key(qtbot, Qt.Key.Key_N, ALT)                                         # Notities; Samenvatting stays empty
    typed(qtbot, "Twijfelt tussen boekhouden en zorg.")
    key(qtbot, Qt.Key.Key_Return)
    typed(qtbot, "Moeder ziek; belt terug na 15/12.")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None)
    assert form.summary.text() == ""

    dossier = window.dossier
    timeline, model = dossier.timeline, dossier.timeline_model
    details = [model.index(row, DETAIL_COLUMN).data() for row in range(model.rowCount())]
    assert details[0] == "Twijfelt tussen boekhouden en zorg. Moeder ziek; belt terug na 15/12."   # on one line
    assert "Opties overlopen" in details                                  # a summary stays what the row shows
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is timeline
    assert timeline.currentIndex().row() == 0                             # the newest: the session just saved
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QToolTip.isVisible() and "Moeder ziek" in QToolTip.text(), timeout=2000)
    assert "Notities:<br>Twijfelt tussen boekhouden en zorg.<br>Moeder ziek; belt terug na 15/12." in QToolTip.text()
    yesterday = details.index("Opties overlopen")
    for _ in range(yesterday):
        key(qtbot, Qt.Key.Key_Down)                                       # the session of yesterday: both
    assert timeline.currentIndex().row() == yesterday
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Vindt avondles haalbaar" in QToolTip.text(), timeout=2000)
    assert "Opties overlopen<br>Notities:<br>Vindt avondles haalbaar" in QToolTip.text()

    entries = Dossiers(db, clock, an).timeline(client.id)
    assert "Vindt avondles haalbaar" in [e.notes for e in entries]
    assert not any("Moeder ziek" in repr(e) or "avondles" in repr(e) for e in entries)   # a repr is no place for notes


def test_tab_leaves_each_field_of_several_lines_as_every_other_field(qtbot, window: MainWindow, db, clock,
                                                                     office) -> None:
    """Tab typed a tab character into the session form's notes, question and client fields instead of going on."""
    an = office.counsellor
    _client, request = answered(db, clock, an, "Geert", "Vercruysse")
    reopen_as(db, request.id, Tier.TRAJECTORY, Phase.TRAJECTORY, an)
    open_dossier_by_search(qtbot, window, "vercruysse")
    key(qtbot, Qt.Key.Key_G, CTRL)                                        # Gesprek
    form = wait_active(qtbot, window.dossier.active_dialog)
    for field in (form.notes, form.question, form.study_history, form.practical_barriers, form.support_network):
        field.setFocus()
        qtbot.waitUntil(lambda field=field: QApplication.focusWidget() is field)
        typed(qtbot, "tekst")
        key(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not field and "\t" not in field.toPlainText()
