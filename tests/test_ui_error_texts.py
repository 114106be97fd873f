"""What the forms say when a value is refused, met by keys: a value of the wrong form is said for its kind of
field (an amount is no address), a text too long says how long it may be, the error under a long form is
scrolled into view with the field at fault focused; and the client search says when it found nobody and finds
a dossier number typed without its leading zeros."""

from __future__ import annotations

import ast
from pathlib import Path

import shiboken6
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea, QWidget

from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.domain.limits import CONTACT_SHAPES
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.office_settings import COST_COLUMNS
from leerwinkel_desk.ui.error_texts import error_text
from test_ui import ctx, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_keys import ALT, CTRL, SHIFT, answered, key, open_dossier_by_search, typed, wait_active
from test_ui_routes import coordinator_window, replace_text  # noqa: F401 - the coordinator's window

SOURCE = Path(__file__).resolve().parents[1] / "src" / "leerwinkel_desk"
# a word each kind's sentence must hold: it says what such a value looks like
KIND_WORDS = {"amount": "bedrag", "date": "datum", "phone": "telefoonnummer", "email": "e-mailadres",
              "postcode": "postcode", "address": "adres", "web_address": "webadres", "case_number": "nummer",
              "whole_number": "getal"}


def fields_refused_as_format() -> set[str]:
    """Every field some code of the app refuses with `InvalidValue(field, "format")`, read from the source."""
    found = set()
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            called = getattr(node.func, "id", getattr(node.func, "attr", "")) if isinstance(node, ast.Call) else ""
            if (called == "InvalidValue" and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)
                    and node.args[1].value == "format"):
                if isinstance(node.args[0], ast.Constant):
                    found.add(node.args[0].value)
                    continue
                assert path.name in ("limits.py", "office_settings.py"), f"{path}: a field named by a constant"
                # check_contact_details: each field it checks, by name; checked_costs: each tier's cost column
                found |= set(CONTACT_SHAPES) if path.name == "limits.py" else set(COST_COLUMNS.values())
    return found


# refused only where no form is (the command line, the start before any window): said there in their own words
NOT_IN_A_FORM = {("database", "not_encrypted"), ("database", "not_local"), ("encoding", "unsupported"),
                 ("office", "several"), ("monitoring_key", "no_database_folder")}


def reasons_refused() -> set[tuple[str, str]]:
    """Every (field, reason) some code of the app refuses with `InvalidValue("field", "reason")`, from the source."""
    found = set()
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            called = getattr(node.func, "id", getattr(node.func, "attr", "")) if isinstance(node, ast.Call) else ""
            if called == "InvalidValue" and len(node.args) >= 2 and all(
                    isinstance(arg, ast.Constant) for arg in node.args[:2]):
                found.add((node.args[0].value, node.args[1].value))
    return found


def test_every_refusal_a_form_can_meet_is_said_in_words(qapp) -> None:
    """None falls through to 'De actie kon niet worden uitgevoerd (value.invalid)': an empty free option did."""
    refused = reasons_refused()
    assert {("option", "course_or_text"), ("summary", "required")} <= refused and NOT_IN_A_FORM <= refused
    unsaid = sorted(pair for pair in refused - NOT_IN_A_FORM if "value.invalid" in error_text(InvalidValue(*pair)))
    assert unsaid == []


def test_every_field_refused_as_format_gets_a_sentence_of_its_own_kind(qapp) -> None:
    from leerwinkel_desk.ui.error_texts import FORMAT_KINDS

    refused = fields_refused_as_format()
    assert {"cost_eur", "email", "number"} <= refused            # the course's price, a client's e-mail, a number
    sentences = {}
    for field in refused | set(FORMAT_KINDS):
        kind = FORMAT_KINDS.get(field)
        assert kind in KIND_WORDS, f"{field}: which kind of value does it hold?"
        text = error_text(InvalidValue(field, "format"), name_the_field=False)
        assert KIND_WORDS[kind] in text.lower(), (field, text)
        sentences.setdefault(kind, set()).add(text)
    assert all(len(texts) == 1 for texts in sentences.values())          # one sentence per kind
    assert len({next(iter(texts)) for texts in sentences.values()}) == len(KIND_WORDS)   # and each its own
    assert "adres" not in error_text(InvalidValue("cost_eur", "format"))
    assert error_text(InvalidValue("cost_eur", "format")).startswith("Prijs: Dit is geen bedrag")


def ancestors(widget: QWidget) -> list[QWidget]:
    found, parent = [], widget.parentWidget()
    while parent is not None:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def fully_in_view(widget: QWidget) -> bool:
    """Whether `widget` shows whole: in the visible part of the scroll area it lies in, or in its window."""
    area = next((parent for parent in ancestors(widget) if isinstance(parent, QScrollArea)), None)
    room = area.viewport() if area is not None else widget.window()
    place = QRect(widget.mapTo(room, widget.rect().topLeft()), widget.size())
    return widget.isVisible() and room.rect().contains(place)


def test_a_wrong_price_says_it_is_no_amount_in_view_with_the_price_focused(qtbot, coordinator_window) -> None:
    window = coordinator_window
    key(qtbot, Qt.Key.Key_O, CTRL | SHIFT)                           # Opleidingsaanbod beheren
    form = wait_active(qtbot, window.active_dialog)
    key(qtbot, Qt.Key.Key_1, ALT)                                    # the courses in use
    key(qtbot, Qt.Key.Key_Down)                                      # a course
    assert form.chosen is not None
    key(qtbot, Qt.Key.Key_P, ALT)                                    # Prijs
    replace_text(qtbot, "-12,5abc")
    assert not any(isinstance(parent, QScrollArea) for parent in ancestors(form.error))   # under the form's scroll
    key(qtbot, Qt.Key.Key_Return)
    assert form.error.isVisible()
    assert form.error.text() == ("⚠ Prijs: Dit is geen bedrag: typ een getal in euro, zoals 12,50 "
                                 "(zonder letters of €-teken).")
    qtbot.waitUntil(lambda: fully_in_view(form.error), timeout=2000)
    assert fully_in_view(form.cost)
    assert QApplication.focusWidget() is form.cost


def test_a_micro_contact_too_long_says_how_long_it_may_be(qtbot, window, db, clock, office) -> None:
    answered(db, clock, office.counsellor, "Sara", "Idrissi")
    open_dossier_by_search(qtbot, window, "idrissi")
    key(qtbot, Qt.Key.Key_M, CTRL)
    form = wait_active(qtbot, window.dossier.active_dialog)
    key(qtbot, Qt.Key.Key_W)                                         # WhatsApp
    QApplication.clipboard().setText("x" * 501)
    key(qtbot, Qt.Key.Key_V, CTRL)
    key(qtbot, Qt.Key.Key_Return)
    assert form.isVisible() and "hoogstens 500 tekens" in form.error.text()
    assert QApplication.focusWidget() is form.summary


def test_the_question_before_throwing_typing_away_has_a_letter_for_each_answer(qtbot, window, db) -> None:
    key(qtbot, Qt.Key.Key_N, CTRL)
    dialog = wait_active(qtbot, window.active_dialog)
    typed(qtbot, "Een vraag die ik toch weggooi")
    seen: list[list[str]] = []

    def answer_by_alt_letter() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(sorted(button.text() for button in box.buttons()))
            qtbot.keyClick(box, Qt.Key.Key_W, ALT)                 # Weggooien
            QTimer.singleShot(500, lambda: shiboken6.isValid(box) and box.reject())  # the old box: no letter, no hang

    QTimer.singleShot(200, answer_by_alt_letter)
    key(qtbot, Qt.Key.Key_Escape)
    assert seen == [["&Weggooien", "Verder &typen"]]
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def test_the_search_finds_a_number_without_its_zeros_and_says_when_it_found_nobody(
        qtbot, window, db, clock, office) -> None:
    sara = Clients(db, clock, office.counsellor).create(ClientInput("Sara", "Idrissi"))
    assert sara.dossier_no == "LW-2026-000001"
    key(qtbot, Qt.Key.Key_K, CTRL)
    typed(qtbot, "LW-2026-1")
    qtbot.waitUntil(window.results_view.isVisible, timeout=3000)
    assert window.search_results.row_at(0).id == sara.id and not window.no_results.isVisible()
    key(qtbot, Qt.Key.Key_A, CTRL)
    typed(qtbot, "LW-2026-54")
    assert window.search_results.rowCount() == 0 and not window.results_view.isVisible()
    assert window.no_results.isVisible() and "Niets gevonden voor ‘LW-2026-54’" in window.no_results.text()
    assert window.no_results.geometry().top() >= window.search.geometry().bottom()     # under the field
    key(qtbot, Qt.Key.Key_Escape)                                    # an empty search says nothing
    assert not window.no_results.isVisible()
