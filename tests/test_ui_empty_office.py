"""A brand-new office, as a tester set one up from the installed wheel: the lists Cliënten, Aanvragen, Sociale
kaart, Opleidingsaanbod and Tweedelijn were bare tables without a word. Each empty list now says in one line
what to do, with only the keys the signed-in role may use; Aanvragen says it lists the open requests and
shows the closed ones too with Alt+A (an answered question was nowhere to be found); the search's "Niets
gevonden" names a number of this office's form and year, not LW-2025-000054. By keys, on real databases."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from leerwinkel_desk.domain.enums import Phase, Role
from leerwinkel_desk.domain.numbers import format_number
from leerwinkel_desk.services.context import Actor, local_today
from leerwinkel_desk.services.offices import OfficeSetup, create_office
from leerwinkel_desk.ui.context import DeskContext
from test_ui import open_window
from test_ui_keys import ALT, CTRL, answered, key, typed

PAGES = {2: "clients", 3: "requests", 4: "social_map", 5: "catalogue", 7: "outreach"}


@pytest.fixture
def new_office(db, clock):
    """The office and its first coordinator only, as the first start makes them."""
    return create_office(db, clock, "Leerwinkel Nieuw", "LWN", "coordinator", "Els Coördinator")


def page_by_keys(qtbot, window, number: int):
    key(qtbot, getattr(Qt.Key, f"Key_{number}"), CTRL)
    qtbot.waitUntil(lambda: PAGES[number] in window.pages and window.pages[PAGES[number]].isVisible(),
                    timeout=3000)
    return window.pages[PAGES[number]]


def hint_of(table) -> str:
    """The line the empty list shows, "" when it shows none."""
    hint = table.empty_hint
    return hint.text() if hint is not None and hint.isVisible() else ""


def test_every_empty_list_of_a_new_office_says_what_to_do_with_the_coordinators_keys(qtbot, db, clock,
                                                                                      new_office) -> None:
    window = open_window(qtbot, DeskContext(db, clock, new_office, "Leerwinkel Nieuw", "Els Coördinator"))
    clients = page_by_keys(qtbot, window, 2)
    assert hint_of(clients.table) == ("Nog geen cliënten. Registreer er een met Ctrl+Shift+N, noteer een eerste "
                                      "contact met Ctrl+N, of lees registraties in met Ctrl+I.")
    assert clients.table.accessibleDescription() == hint_of(clients.table)     # a screen reader hears it too
    typed(qtbot, "Zzyzx")                                             # the focus is in the search field
    qtbot.waitUntil(lambda: hint_of(clients.table) == "Niemand gevonden voor ‘Zzyzx’.", timeout=3000)
    requests = page_by_keys(qtbot, window, 3)
    assert hint_of(requests.table) == ("Geen lopende leervragen in het kantoor. Een nieuwe vraag noteert u met "
                                       "Ctrl+N; ook de afgesloten (beantwoorde) leervragen tonen: Alt+A.")
    assert requests.with_closed.isVisible() and requests.with_closed.text() == "Ook &afgesloten leervragen tonen"
    social_map = page_by_keys(qtbot, window, 4)
    assert hint_of(social_map.table) == ("Nog geen partners. Voeg er een toe met Ctrl+Shift+S of lees ze in met "
                                         "Ctrl+I.")
    catalogue = page_by_keys(qtbot, window, 5)
    assert hint_of(catalogue.table) == ("Nog geen opleidingen in het aanbod. Voeg er een toe met Ctrl+Shift+O of "
                                        "lees ze in met Ctrl+I.")
    outreach = page_by_keys(qtbot, window, 7)
    assert hint_of(outreach.second_line_table).startswith("Geen tweedelijnsactiviteiten in het voorbije jaar. "
                                                           "Noteer er een hierboven")
    assert hint_of(outreach.signal_table).startswith("Geen signalen in het voorbije jaar. Meld er een hierboven")
    for table in (clients.table, requests.table, social_map.table, catalogue.table, outreach.signal_table):
        hint = table.empty_hint
        assert hint is not None and hint.height() >= hint.heightForWidth(hint.width())      # whole, not cut


def test_a_counsellor_is_told_only_what_she_may_do(qtbot, db, clock, new_office) -> None:
    an = OfficeSetup(db, clock, new_office).add_counsellor("an.peeters", "An Peeters", Role.COUNSELLOR)
    counsellor = Actor(new_office.office_id, an.id, Role.COUNSELLOR)
    window = open_window(qtbot, DeskContext(db, clock, counsellor, "Leerwinkel Nieuw", "An Peeters"))
    assert hint_of(page_by_keys(qtbot, window, 2).table) == (
        "Nog geen cliënten. Registreer er een met Ctrl+Shift+N of noteer een eerste contact met Ctrl+N.")
    assert hint_of(page_by_keys(qtbot, window, 3).table).startswith("U hebt geen lopende leervragen.")
    assert hint_of(page_by_keys(qtbot, window, 4).table) == (
        "Nog geen partners op de sociale kaart: een coördinator voegt ze toe.")
    assert hint_of(page_by_keys(qtbot, window, 5).table) == (
        "Nog geen opleidingen in het aanbod: een coördinator voegt ze toe.")


def test_an_answered_question_is_found_on_aanvragen_with_the_closed_ones(qtbot, db, clock, new_office) -> None:
    _client, question = answered(db, clock, new_office, "Lotte", "Maes")           # tier 1: answered and closed
    assert question.phase is Phase.CLOSED
    window = open_window(qtbot, DeskContext(db, clock, new_office, "Leerwinkel Nieuw", "Els Coördinator"))
    requests = page_by_keys(qtbot, window, 3)
    assert requests.model.rowCount() == 0 and hint_of(requests.table).startswith("Geen lopende leervragen")
    key(qtbot, Qt.Key.Key_A, ALT)                                      # Alt+A: ook afgesloten
    qtbot.waitUntil(lambda: requests.model.rowCount() == 1, timeout=3000)
    assert requests.with_closed.isChecked() and hint_of(requests.table) == ""
    assert requests.model.row_at(0).request.request_no == question.request_no
    assert requests.model.row_at(0).client_name == "Lotte Maes"
    key(qtbot, Qt.Key.Key_A, ALT)                                      # and back to the open ones
    qtbot.waitUntil(lambda: requests.model.rowCount() == 0, timeout=3000)


def test_the_search_that_finds_nobody_names_a_number_of_this_office_and_year(qtbot, db, clock,
                                                                              new_office) -> None:
    window = open_window(qtbot, DeskContext(db, clock, new_office, "Leerwinkel Nieuw", "Els Coördinator"))
    key(qtbot, Qt.Key.Key_K, CTRL)
    typed(qtbot, "Zzyzx")
    qtbot.waitUntil(window.no_results.isVisible, timeout=3000)
    example = format_number("LW", local_today(clock).year, 54)
    assert example == "LW-2026-000054" and f"(zoals {example}, of alleen 54)" in window.no_results.text()
    assert "2025" not in window.no_results.text()
