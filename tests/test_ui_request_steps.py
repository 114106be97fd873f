"""The steps a request takes from the dossier by keys, as the counsellor meets them: the enrolment leaves a
trace on its card, the closing starts from the outcome that fits, a move up to tier 3 is asked first, and the
choice among the options acts on the option there is."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from leerwinkel_desk.domain.enums import Outcome, Phase, SessionType, Tier
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.options import Options
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.ui.texts import format_date
from test_ui import ctx, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_keys import ALT, CTRL, SHIFT, answered, key, open_dossier_by_search, reopen_as, typed, wait_active


def test_ingeschreven_shows_on_the_card_and_the_closing_starts_from_it(qtbot, window, db, clock, office) -> None:
    an = office.counsellor
    _client, request = answered(db, clock, an, "Sara", "Idrissi")
    reopen_as(db, request.id, Tier.TRAJECTORY, Phase.FOLLOW_UP, an)
    open_dossier_by_search(qtbot, window, "idrissi")
    dossier = window.dossier
    assert "Lopend" in dossier.requests.item(0).text()
    key(qtbot, Qt.Key.Key_I, CTRL | SHIFT)                      # Ingeschreven
    enrolled = Requests(db, clock, an).get(request.id).enrolled_on
    assert enrolled is not None
    shown = f"Ingeschreven op {format_date(enrolled)}"
    assert shown in dossier.requests.item(0).text()             # the card says it, not only the status bar
    card = dossier.requests.itemWidget(dossier.requests.item(0))
    assert shown in card.words.toolTip() or shown in card.words.text()

    key(qtbot, Qt.Key.Key_A, CTRL | SHIFT)                      # Afsluiten: starts from the enrolment
    closing = wait_active(qtbot, dossier.active_dialog)
    assert closing.outcome.value() is Outcome.ENROLLED
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not closing.isVisible(), timeout=3000)
    assert Requests(db, clock, an).get(request.id).outcome is Outcome.ENROLLED
    wait_active(qtbot, window)
    key(qtbot, Qt.Key.Key_T, CTRL | SHIFT)                      # closed: said plainly, nothing asked
    assert dossier.confirm_box is None and not dossier.error.isVisible()
    assert "is afgesloten" in dossier.notice.text()


def test_the_closing_of_a_trajectory_without_enrolment_asks_for_the_outcome(qtbot, window, db, clock,
                                                                            office) -> None:
    an = office.counsellor
    _client, request = answered(db, clock, an, "Tom", "Claes")
    reopen_as(db, request.id, Tier.TRAJECTORY, Phase.CHOICE, an)
    open_dossier_by_search(qtbot, window, "claes")
    key(qtbot, Qt.Key.Key_A, CTRL | SHIFT)
    closing = wait_active(qtbot, window.dossier.active_dialog)
    assert closing.outcome.value() is None and "kies" in closing.outcome.currentText()
    key(qtbot, Qt.Key.Key_Return)                               # nothing chosen: asked for, nothing closed
    assert closing.isVisible() and "Resultaat" in closing.error.text()
    assert Requests(db, clock, an).get(request.id).phase is Phase.CHOICE
    key(qtbot, Qt.Key.Key_R, ALT)
    key(qtbot, Qt.Key.Key_Down)                                 # the first outcome: Beantwoord
    key(qtbot, Qt.Key.Key_Down)                                 # then Ingeschreven
    assert closing.outcome.value() is Outcome.ENROLLED


def answer_box(qtbot, dossier, button_text: str | None) -> str:
    """The question before the move: its text; then the button named pressed by its key (None: Escape)."""
    qtbot.waitUntil(lambda: dossier.confirm_box is not None and dossier.confirm_box.isVisible(), timeout=3000)
    box = wait_active(qtbot, dossier.confirm_box)
    text = box.text()
    if button_text is None:
        key(qtbot, Qt.Key.Key_Escape)
    else:
        assert box.defaultButton().text() == button_text
        key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dossier.confirm_box is None, timeout=3000)
    return text


def test_naar_traject_asks_first_and_at_tier_3_says_so_plainly(qtbot, window, db, clock, office) -> None:
    an = office.counsellor
    _client, request = answered(db, clock, an, "Nina", "Wouters")
    reopen_as(db, request.id, Tier.MEDIATION, Phase.DISPATCH, an)
    open_dossier_by_search(qtbot, window, "wouters")
    dossier = window.dossier
    key(qtbot, Qt.Key.Key_T, CTRL | SHIFT)
    asked = answer_box(qtbot, dossier, None)                    # Escape: it stays where it is
    assert "naar niveau 3" in asked and "intake is nog niet gehouden" in asked
    assert Requests(db, clock, an).get(request.id).tier is Tier.MEDIATION
    Contacts(db, clock, an).record_session(request.id, clock.now() - timedelta(hours=1), 60, SessionType.INTAKE,
                                           summary="Intake")
    wait_active(qtbot, window)
    key(qtbot, Qt.Key.Key_T, CTRL | SHIFT)
    asked = answer_box(qtbot, dossier, "&Naar traject")         # Enter: moved
    assert "naar niveau 3" in asked and "nog niet gehouden" not in asked          # the intake was held
    moved = Requests(db, clock, an).get(request.id)
    assert moved.tier is Tier.TRAJECTORY and moved.phase is Phase.TRAJECTORY
    assert "3 · Begeleidingstraject" in dossier.requests.item(0).text()
    wait_active(qtbot, window)
    key(qtbot, Qt.Key.Key_T, CTRL | SHIFT)                      # again: said plainly, no question, no error
    assert dossier.confirm_box is None and not dossier.error.isVisible()
    assert "al een begeleidingstraject" in dossier.notice.text() and dossier.notice.isVisible()


def test_als_keuze_markeren_acts_on_the_only_option_or_says_what_to_select(qtbot, window, db, clock,
                                                                          office) -> None:
    an = office.counsellor
    _client, request = answered(db, clock, an, "Omar", "Haddad")
    reopen_as(db, request.id, Tier.MEDIATION, Phase.INTAKE, an)
    options = Options(db, clock, an)
    first = options.consider(request.id, course_id=office.course_ids[0])
    open_dossier_by_search(qtbot, window, "haddad")
    key(qtbot, Qt.Key.Key_O, CTRL)
    dialog = wait_active(qtbot, window.dossier.active_dialog)
    assert dialog.compare.currentColumn() == -1
    key(qtbot, Qt.Key.Key_K, ALT)                               # one option: that one is chosen
    qtbot.waitUntil(lambda: options.for_request(request.id)[0].chosen_on is not None, timeout=3000)
    assert Requests(db, clock, an).get(request.id).phase is Phase.CHOICE
    assert dialog.compare.horizontalHeaderItem(0).text().startswith("★")

    options.consider(request.id, course_id=office.course_ids[1])
    key(qtbot, Qt.Key.Key_Escape)                               # closed and opened again: two, none selected
    qtbot.waitUntil(lambda: window.dossier.active_dialog is None, timeout=3000)
    key(qtbot, Qt.Key.Key_O, CTRL)
    dialog = wait_active(qtbot, window.dossier.active_dialog)
    assert dialog.compare.columnCount() == 2 and dialog.compare.currentColumn() == -1
    key(qtbot, Qt.Key.Key_K, ALT)                               # two and none selected: says what to select
    qtbot.waitUntil(dialog.error.isVisible, timeout=3000)
    assert "Kies eerst in de vergelijking" in dialog.error.text() and dialog.error.isVisible()
    chosen = {o.id for o in options.for_request(request.id) if o.chosen_on is not None}
    assert chosen == {first.id}


def test_closing_opties_after_a_search_asks_nothing(qtbot, window, db, clock, office) -> None:
    an = office.counsellor
    _client, request = answered(db, clock, an, "Lotte", "Maes")
    reopen_as(db, request.id, Tier.MEDIATION, Phase.INTAKE, an)
    open_dossier_by_search(qtbot, window, "maes")
    key(qtbot, Qt.Key.Key_O, CTRL)
    dialog = wait_active(qtbot, window.dossier.active_dialog)
    dialog.filter_text.setFocus()
    typed(qtbot, "boek")
    asked: list[str] = []

    def answer() -> None:                                       # on the old code: the question came
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.Discard).click()

    QTimer.singleShot(300, answer)
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert asked == []


def test_a_request_closed_at_its_intake_shows_the_phases_it_never_reached_as_skipped(qtbot, window, db, clock,
                                                                                    office) -> None:
    an = office.counsellor
    _client, request = answered(db, clock, an, "Lina", "Wouters")
    reopen_as(db, request.id, Tier.MEDIATION, Phase.INTAKE, an)
    open_dossier_by_search(qtbot, window, "wouters")
    dossier = window.dossier
    key(qtbot, Qt.Key.Key_A, CTRL | SHIFT)                      # Leervraag afsluiten, from the intake
    closing = wait_active(qtbot, dossier.active_dialog)
    key(qtbot, Qt.Key.Key_R, ALT)
    for _ in range(closing.outcome.findData(Outcome.DROPPED_OUT)):
        key(qtbot, Qt.Key.Key_Down)
    assert closing.outcome.value() is Outcome.DROPPED_OUT
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not closing.isVisible(), timeout=3000)
    assert Requests(db, clock, an).get(request.id).phase is Phase.CLOSED

    card = dossier.requests.itemWidget(dossier.requests.item(0))
    assert card.stepper.steps == [("Aanmelding", "done"), ("Intake", "done"), ("Keuze", "skipped"),
                                  ("Warme overdracht", "skipped"), ("Afgesloten", "current")]
    assert "– Keuze" in card.stepper.accessibleDescription()
    shown = [(dossier.timeline_model.index(row, 1).data(), dossier.timeline_model.index(row, 6).data())
             for row in range(dossier.timeline_model.rowCount())]
    assert ("Fase", "Intake → Afgesloten (resultaat: Afgehaakt)") in shown     # the step and its result
    assert ("Fase", "Aanmelding → Afgesloten") in shown         # and the tier-1 answer's before it


def test_a_trajectory_handed_over_from_keuze_shows_opvolging_passed_by(qtbot, window, db, clock, office) -> None:
    """Keuze straight to Warme overdracht: the stepper ticked Opvolging as done, a phase the request never had."""
    from leerwinkel_desk.ui.texts import phase_label

    an = office.counsellor
    _client, request = answered(db, clock, an, "Mira", "Janssens")
    reopen_as(db, request.id, Tier.TRAJECTORY, Phase.INTAKE, an)
    requests = Requests(db, clock, an)
    for phase in (Phase.TRAJECTORY, Phase.CHOICE, Phase.HANDOVER):
        requests.set_phase(request.id, phase)
    open_dossier_by_search(qtbot, window, "janssens")
    card = window.dossier.requests.itemWidget(window.dossier.requests.item(0))
    assert dict(card.stepper.steps) == {
        phase_label(Phase.DISPATCH): "done", phase_label(Phase.INTAKE): "done",
        phase_label(Phase.TRAJECTORY): "done", phase_label(Phase.CHOICE): "done",
        phase_label(Phase.FOLLOW_UP): "skipped", phase_label(Phase.HANDOVER): "current",
        phase_label(Phase.CLOSED): "todo"}
    assert f"– {phase_label(Phase.FOLLOW_UP)}" in card.stepper.accessibleDescription()
