"""The conflict inbox (Shift+F9) read by a counsellor, driven by keys: two real laptops (SQLCipher files) against the
service on 127.0.0.1 and a real PostgreSQL leave a's inbox with a value a later arrival replaced, fields changed
on both laptops (one of them several lines long) and an edit of a client deleted meanwhile; the dialog says
whom each is about, which field by its label, what happened in words, values and local times as the app
writes them, and shows an item whole on Enter. No internal name, code, id or UTC time reaches the screen."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolTip
from sqlalchemy import text

from leerwinkel_desk.domain.enums import Channel
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.sync.inbox import open_items
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.sync_panel import ConflictInboxDialog
from sync_support import central, first_laptop, joined_laptop, row, service  # noqa: F401
from test_sync_conflict_people import offline_round
from test_ui import active, open_window, press

pytestmark = pytest.mark.postgres
WAIT = 60_000
CODE = re.compile(r"\b[a-z]+_[a-z_]+\b|[0-9a-f]{32}|\d\d:\d\d:\d\d|\.\d{6}|\b(client|learning_request|conflict|"
                  r"overwritten|rejected|deleted)\b")


def local(wire: str) -> str:
    """A moment as it travelled (UTC), as a Flemish counsellor reads it."""
    moment = datetime.fromisoformat(wire).replace(tzinfo=UTC).astimezone(ZoneInfo("Europe/Brussels"))
    return moment.strftime("%d/%m/%Y %H:%M")


def edit(db, sql: str, **params: object) -> None:
    with db.write() as session:
        session.execute(text(sql), params)


def test_the_inbox_says_whom_which_field_and_what_happened_in_words_and_enter_shows_an_item_whole(
        qtbot, central, service, tmp_path, clock) -> None:
    a, built = first_laptop(central, service, tmp_path / "a.db", clock)
    b = joined_laptop(a, service, tmp_path / "b.db")
    made = Clients(a.db, clock, built.counsellor).create(ClientInput("Lotte", "Verbeke", phone="+32 470 00 00 01"))
    request = Dispatch(a.db, clock, built.counsellor).answer_now(
        FirstContact(Channel.PHONE, "Welke opleiding?", client_id=made.id), "Uitgelegd")
    gone = Clients(a.db, clock, built.counsellor).create(ClientInput("Jonas", "Wouters"), duplicates_checked=True)
    a.sync.sync()
    b.sync.sync()
    # round 1: a's phone and follow-up date arrive first, b's later (they win); b deletes Jonas meanwhile
    Clients(a.db, clock, built.counsellor).update(made.id, ClientInput("Lotte", "Verbeke", phone="+32 470 10 10 10"))
    edit(a.db, "UPDATE learning_request SET follow_up_due = '2027-01-11' WHERE id = :id", id=request.id.hex)
    a.sync.sync()
    Clients(b.db, clock, built.colleague).update(made.id, ClientInput("Lotte", "Verbeke", phone="+32 470 20 20 20"))
    edit(b.db, "UPDATE learning_request SET follow_up_due = '2027-02-22', topic = 'Koken' WHERE id = :id",
         id=request.id.hex)
    edit(b.db, "UPDATE client SET personal_situation = 'Alleenstaande moeder.' WHERE id = :id", id=made.id.hex)
    edit(b.db, "UPDATE client SET deleted_at = '2026-11-21 10:00:00.000000' WHERE id = :id", id=gone.id.hex)
    b.sync.sync()
    # round 2: a, not having seen b's, changes the topic and the situation (several lines) and Jonas's street
    edit(a.db, "UPDATE learning_request SET topic = 'Lassen' WHERE id = :id", id=request.id.hex)
    edit(a.db, "UPDATE client SET personal_situation = :text WHERE id = :id", id=made.id.hex,
         text="Werkt 's nachts in de haven.\nZoekt een opleiding overdag.")
    edit(a.db, "UPDATE client SET street = 'Stationsstraat 1' WHERE id = :id", id=gone.id.hex)
    a.sync.sync()
    items = {(i.table, i.field): i for i in open_items(a.db)}
    assert set(items) == {("client", "phone"), ("learning_request", "follow_up_due"), ("learning_request", "topic"),
                          ("client", "personal_situation"), ("client", None)}
    dossier = made.dossier_no
    number = row(a.db, "SELECT request_no FROM learning_request WHERE id = :id", id=request.id.hex)[0]

    window = open_window(qtbot, DeskContext(a.db, clock, built.counsellor, "Leerwinkel", "An Peeters"))
    press(qtbot, window, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    dialog = active(qtbot, window.active_dialog)
    assert isinstance(dialog, ConflictInboxDialog) and dialog.model.rowCount() == 5
    model = dialog.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Over", "Gegeven", "Wat gebeurde", "Mijn versie", "Op de server", "Ik, op", "Zij, op", "Door"]
    shown = {model.data(model.index(r, 1)): [model.data(model.index(r, c)) for c in range(model.columnCount())]
             for r in range(model.rowCount())}
    assert set(shown) == {"Telefoon", "Opvolgen tegen", "Onderwerp", "Persoonlijke situatie", "Cliënt"}
    assert shown["Telefoon"][:5] == [f"{dossier} Lotte Verbeke", "Telefoon", "Vervangen door een latere wijziging",
                                     "+32 470 10 10 10", "+32 470 20 20 20"]
    assert shown["Telefoon"][7] == "Bram Desmet"
    assert shown["Telefoon"][6] == local(items[("client", "phone")].their_at)        # local time, to the minute
    assert shown["Telefoon"][5] == local(items[("client", "phone")].my_at)
    assert shown["Opvolgen tegen"][:5] == [f"{number} · {dossier} Lotte Verbeke", "Opvolgen tegen",
                                           "Vervangen door een latere wijziging", "11/01/2027", "22/02/2027"]
    assert shown["Onderwerp"][2:5] == ["Ook elders gewijzigd", "Lassen", "Koken"]
    assert shown["Persoonlijke situatie"][2:5] == [
        "Ook elders gewijzigd", "Werkt 's nachts in de haven. …", "Alleenstaande moeder."]
    assert shown["Cliënt"][:5] == [f"{gone.dossier_no} Jonas Wouters", "Cliënt", "Niet bewaard: intussen verwijderd",
                                   "Straat en nummer: Stationsstraat 1", ""]
    for texts in shown.values():
        for cell in texts:
            assert not CODE.search(cell), cell                 # no internal name, code, id or UTC time

    situation = next(r for r in range(model.rowCount()) if model.data(model.index(r, 1)) == "Persoonlijke situatie")
    assert dialog.table.hasFocus() and dialog.table.currentIndex().row() == 0
    for _ in range(situation):
        press(qtbot, dialog.table, Qt.Key.Key_Down)
    assert dialog.detail.text().startswith("Een collega wijzigde dit veld intussen op een andere laptop.")
    press(qtbot, dialog.table, Qt.Key.Key_Return)                                   # the item whole
    qtbot.waitUntil(QToolTip.isVisible)
    whole = html.unescape(QToolTip.text())
    assert "Werkt 's nachts in de haven.<br>Zoekt een opleiding overdag." in whole
    assert "Alleenstaande moeder." in whole and "Bram Desmet" in whole and f"{dossier} Lotte Verbeke" in whole
    assert not CODE.search(whole.replace("<br>", " "))

    refused = next(r for r in range(model.rowCount()) if model.data(model.index(r, 1)) == "Cliënt")
    dialog.table.setFocus()
    for _ in range(abs(refused - situation)):
        press(qtbot, dialog.table, Qt.Key.Key_Down if refused > situation else Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: not QToolTip.isVisible())        # never another item's whole
    press(qtbot, dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "Straat en nummer: Stationsstraat 1" in html.unescape(QToolTip.text())
    assert not dialog.keep_mine.isEnabled() and dialog.read.isEnabled()          # nothing to choose: read
    assert "Alt+G" in dialog.detail.text()
    press(qtbot, dialog, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)             # &Gelezen
    qtbot.waitUntil(lambda: model.rowCount() == 4)
    qtbot.waitUntil(lambda: not QToolTip.isVisible())        # the item read is gone, and its whole with it
    phone = next(r for r in range(model.rowCount()) if model.data(model.index(r, 1)) == "Telefoon")
    dialog.table.setFocus()
    while dialog.table.currentIndex().row() != phone:
        press(qtbot, dialog.table, Qt.Key.Key_Down if dialog.table.currentIndex().row() < phone else Qt.Key.Key_Up)
    assert dialog.keep_mine.isEnabled()
    press(qtbot, dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)             # &Mijn versie houden
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    assert row(a.db, "SELECT phone FROM client WHERE id = :id", id=made.id.hex)[0] == "+32 470 10 10 10"
    assert QApplication.activeWindow() is dialog


def test_every_reason_the_service_gives_has_words_of_its_own_and_every_field_it_can_name_a_label(qapp) -> None:
    """Each code the service puts in an inbox item (sync/server/*.py: `Rejected(...)`, the kinds and reasons of its
    items, the domain rules' codes, a parent table's name) reads as words of its own, never the code; anything
    else (a database constraint's name) as a general sentence without it. Every column a person can meet as an
    item's field has its form label (ui/error_texts.py field_label)."""
    from pathlib import Path

    from leerwinkel_desk.domain.errors import ConsentMissing, InvalidValue, TransitionNotAllowed
    from leerwinkel_desk.store.base import Base
    from leerwinkel_desk.sync.server import devices, merges, notices, push, rules
    from leerwinkel_desk.sync.server.app import pulled_tables
    from leerwinkel_desk.sync.wire import APPEND_ONLY
    from leerwinkel_desk.ui.conflict_inbox import UNSHOWN, happened
    from leerwinkel_desk.ui.error_texts import field_label
    from leerwinkel_desk.ui.texts import record_label

    sources = "".join(Path(str(module.__file__)).read_text() for module in (push, rules, merges, notices, devices))
    refused = set(re.findall(r'Rejected\("([a-z_.]+)"\)', sources))
    told = set(re.findall(r'_item\([a-z]+, "([a-z_]+)", "([a-z_.]+)"', sources))
    told |= set(re.findall(r'"kind": "([a-z_]+)",[^}]*"reason": "([a-z_.]+)"', sources))
    told |= {("overwritten", reason) for reason in notices.REASONS}       # a notice: a later arrival, a kept value
    assert {"deleted", "erased", "number_outside_block"} <= refused
    assert {("conflict", "changed_elsewhere"), ("conflict", "merged"), ("overwritten", "later_arrival"),
            ("overwritten", "kept_elsewhere"), ("deleted_edited", "edited_elsewhere")} <= told
    codes = refused | {TransitionNotAllowed.code, ConsentMissing.code, InvalidValue.code, "client.already_merged"}
    general = happened("rejected", "uq_client_dossier_no")
    assert not any("uq_" in words or "dossier_no" in words for words in general)
    for kind, reason in {("rejected", code) for code in codes} | told:
        words = happened(kind, reason)
        assert words != general, (kind, reason)
        assert not any(reason in text or kind in text for text in words), (kind, reason)
    for table in (t for t in Base.metadata.tables.values() if "deleted_at" in t.columns):
        short, sentence = happened("parent_deleted", table.name)
        assert record_label(table.name).lower() in sentence
        assert "_" not in table.name or table.name not in sentence + short      # 'contact' is a word too
    for table in pulled_tables():
        if table in APPEND_ONLY - {"contact"}:
            continue                         # never an item's field: they never conflict, and are never edited
        for name in Base.metadata.tables[table].columns.keys():
            assert name in UNSHOWN or field_label(name), (table, name)


def test_each_version_names_the_colleague_who_made_it_and_keeping_mine_tells_the_one_overruled(
        qtbot, central, service, tmp_path, clock) -> None:
    """Katrien (a, the coordinator) and An (b) both offline: katrien's Intake -> Keuze meets An's Traject. Katrien's
    inbox names An, and the moment An made it, beside An's version ("Door", Enter); kept by Alt+M, the request's
    history gets the step Traject -> Keuze. An's inbox names katrien beside katrien's phone (not An herself), An's
    own edit at the moment An made it, and tells her that katrien kept her phase over An's."""
    a, built = first_laptop(central, service, tmp_path / "a.db", clock)
    b = joined_laptop(a, service, tmp_path / "b.db")
    made, request, start = offline_round(a, b, built, clock)
    [phase] = open_items(a.db)
    window = open_window(qtbot, DeskContext(a.db, clock, built.coordinator, "Leerwinkel", "Coördinator"))
    press(qtbot, window, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    dialog = active(qtbot, window.active_dialog)
    assert isinstance(dialog, ConflictInboxDialog) and dialog.model.rowCount() == 1
    cells = [dialog.model.data(dialog.model.index(0, c)) for c in range(dialog.model.columnCount())]
    assert cells[1:5] == ["Fase", "Ook elders gewijzigd", "Keuze", "Traject"]
    assert cells[5:] == [local(phase.my_at), local(phase.their_at), "An Peeters"]     # An's, when An made it
    assert cells[6] == local(f"{start + timedelta(minutes=5):%Y-%m-%d %H:%M:%S}")
    press(qtbot, dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(QToolTip.isVisible)
    whole = html.unescape(QToolTip.text())
    assert f"Op de server (An Peeters, {local(phase.their_at)}):" in whole
    assert f"Mijn versie (Coördinator, {local(phase.my_at)}):" in whole
    press(qtbot, dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)             # &Mijn versie houden
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    steps = [(s.old_value, s.new_value, s.by) for s in Requests(a.db, clock, built.coordinator).history(request.id)
             if s.field == "phase"]
    assert steps[-2:] == [("intake", "trajectory", built.counsellor.counsellor_id),
                          ("trajectory", "choice", built.coordinator.counsellor_id)]
    press(qtbot, dialog, Qt.Key.Key_Escape)
    a.sync.sync(built.coordinator)
    b.sync.sync(built.counsellor)

    window_b = open_window(qtbot, DeskContext(b.db, clock, built.counsellor, "Leerwinkel", "An Peeters"))
    press(qtbot, window_b, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    inbox_b = active(qtbot, window_b.active_dialog)
    assert isinstance(inbox_b, ConflictInboxDialog) and inbox_b.model.rowCount() == 2
    shown = {inbox_b.model.data(inbox_b.model.index(r, 1)): [
        inbox_b.model.data(inbox_b.model.index(r, c)) for c in range(inbox_b.model.columnCount())]
        for r in range(inbox_b.model.rowCount())}
    assert shown["Telefoon"][2:5] == ["Vervangen door een latere wijziging", "0470 44 44 44", "0470 55 66 77"]
    assert shown["Telefoon"][5] == local(f"{start + timedelta(minutes=5):%Y-%m-%d %H:%M:%S}")   # made, not arrived
    assert shown["Telefoon"][7] == "Coördinator"                                   # katrien's phone, not An's
    assert shown["Fase"][2:5] == ["Vervangen: collega hield eigen versie", "Traject", "Keuze"]
    assert shown["Fase"][7] == "Coördinator"
    for texts in shown.values():
        for cell in texts:
            assert not CODE.search(cell), cell
