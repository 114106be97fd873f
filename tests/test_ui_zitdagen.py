"""Beheer > Loketten en zitdagen (Ctrl+Shift+J), Alt+Z, by keys: the form whole at 150 % on 1280×720, its error
lines whole; a zitdag that takes the hours of one the counsellor already has, an impossible date and a closed
account are refused; opened from a loket, a new zitdag starts there. Bewaren changes the chosen zitdag (one held
already from today on, its past kept), a refused save keeps it chosen, and the form fits after a save."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QFormLayout, QWidget
from sqlalchemy import func, select

from conftest import FixedClock
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.offices import OfficeSetup
from leerwinkel_desk.store.models import AuditEvent, Counsellor, Zitdag
from test_ui import ctx, office  # noqa: F401 - the same office fixtures
from test_ui_backups import answer_box
from test_ui_dossier import NARROW
from test_ui_keys import ALT, CTRL, SHIFT, key, typed, wait_active
from test_ui_routes import child_of, confirmed_by_alt_u, coordinator_window, replace_text  # noqa: F401 - fixture


def zitdagen_of(qtbot, window, loket: str | None = None):
    """Ctrl+Shift+J; the loket chosen in its list (Alt+1, Down) when named; Alt+Z."""
    key(qtbot, Qt.Key.Key_J, CTRL | SHIFT)
    lokets = wait_active(qtbot, window.active_dialog)
    if loket is not None:
        key(qtbot, Qt.Key.Key_1, ALT)
        while lokets.items.currentItem() is None or not lokets.items.currentItem().text().startswith(loket):
            key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Z, ALT)
    return lokets, child_of(qtbot, lokets)


def whole_in(area, widget: QWidget) -> bool:
    """`widget` wholly within the visible width of the scroll area it is in (nothing cut at the right)."""
    viewport = area.viewport()
    left = widget.mapTo(viewport, QPoint(0, 0)).x()
    return left >= 0 and left + widget.width() <= viewport.width()


def hour_to(qtbot, field, hour: int) -> None:
    """Up or Down in a time field (its hours have the cursor) until it reads `hour`:00."""
    while field.time().hour() != hour:
        key(qtbot, Qt.Key.Key_Up if field.time().hour() < hour else Qt.Key.Key_Down)


def zitdagen_count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Zitdag).where(Zitdag.valid_until.is_(None)))


def test_at_150_percent_the_zitdag_form_and_its_error_show_whole(qtbot, coordinator_window, db) -> None:
    """At 150 % on 1280×720 the list took the room and the form showed 'Lo', 'Begelei', 'Week' without fields;
    the list now gives way, every label and field is whole, and so is the error under the form."""
    _lokets, days = zitdagen_of(qtbot, coordinator_window)
    days.resize(*NARROW)                                               # the dialog maximised on that screen
    qtbot.waitUntil(lambda: days.width() == NARROW[0])
    area = days.form_area
    for row in range(days.form.rowCount()):
        label = days.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        field = days.form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
        assert label.width() >= label.sizeHint().width(), label.text()           # 'Begelei' was cut
        assert whole_in(area, label) and whole_in(area, field), label.text()
    days.resize(NARROW[0], 240)                                        # shorter: the real fonts are taller
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)   # the form scrolls up and down
    key(qtbot, Qt.Key.Key_O, ALT)                                      # Alt+O: Tijd tot, before the start
    hour_to(qtbot, days.ends, 8)
    before = zitdagen_count(db)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(days.error.isVisible, timeout=3000)
    assert days.error.text() == "⚠ Tijd tot: Het einde ligt voor het begin."
    shown_at = QRect(days.error.mapTo(days, QPoint(0, 0)), days.error.size())
    assert days.rect().contains(shown_at)                             # not scrolled below the dialog's edge
    assert days.error.visibleRegion().boundingRect() == days.error.rect()
    qtbot.waitUntil(lambda: days.error.height() >= days.error.heightForWidth(days.error.width()))
    assert zitdagen_count(db) == before


def test_a_zitdag_again_or_in_the_same_hours_an_impossible_date_and_a_closed_account_are_refused(
        qtbot, coordinator_window, db, clock, office) -> None:
    kantoor = OfficeSetup(db, clock, office.coordinator).add_loket("Kantoor Kortrijk", "Kortrijk")
    with db.write() as s:                                               # Bram's account was closed
        s.get(Counsellor, office.colleague.counsellor_id).can_log_in = False
    _lokets, days = zitdagen_of(qtbot, coordinator_window, "Loket Sociaal Huis")
    assert days.loket.currentText() == "Loket Sociaal Huis"            # opened from it: starts there
    offered = [days.counsellor.itemText(i) for i in range(days.counsellor.count())]
    assert "An Peeters" in offered and "Bram Desmet" not in offered
    # An sits at the Loket Sociaal Huis 9-12 on the weekday of the day after tomorrow (the fixture)
    weekday = (clock.now() + timedelta(days=2)).weekday()
    key(qtbot, Qt.Key.Key_G, ALT)
    while days.counsellor.currentText() != "An Peeters":
        key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_W, ALT)
    while days.weekday.currentData() != weekday:
        key(qtbot, Qt.Key.Key_Down)
    before = zitdagen_count(db)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(days.error.isVisible, timeout=3000)
    assert days.error.text() == "⚠ Tijd van: Deze zitdag bestaat al: zelfde begeleider, loket, dag en uren."
    assert zitdagen_count(db) == before

    key(qtbot, Qt.Key.Key_L, ALT)                                      # at another loket, 11-13: the same hours
    while days.loket.currentText() != "Kantoor Kortrijk":
        key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_T, ALT)
    hour_to(qtbot, days.starts, 11)
    key(qtbot, Qt.Key.Key_O, ALT)
    hour_to(qtbot, days.ends, 13)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "al een zitdag in deze uren" in days.error.text(), timeout=3000)
    assert zitdagen_count(db) == before

    key(qtbot, Qt.Key.Key_V, ALT)                                      # Vanaf: a day February never has
    replace_text(qtbot, "31/02/2026")
    key(qtbot, Qt.Key.Key_Return)
    message = days.on_date.message
    qtbot.waitUntil(message.isVisible, timeout=3000)
    assert message.text() == "⚠ Geen bestaande datum: typ de dag eerst, bv. 02/04/1990 of 02041990."
    assert days.on_date.edit.text() == "31/02/2026"                  # as typed, not 03/03 nor 07/02
    assert zitdagen_count(db) == before

    key(qtbot, Qt.Key.Key_T, ALT)                                      # 12-13 at the office, a week on: taken
    hour_to(qtbot, days.starts, 12)
    key(qtbot, Qt.Key.Key_V, ALT)
    replace_text(qtbot, (local_today(clock) + timedelta(days=7)).strftime("%d/%m/%Y"))
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: zitdagen_count(db) == before + 1, timeout=3000)
    assert not message.isVisible()
    with db.read() as s:
        added = s.scalars(select(Zitdag).where(Zitdag.loket_id == kantoor.id)).one()
    assert (added.counsellor_id, added.weekday, added.starts, added.ends, added.valid_from) == (
        office.counsellor.counsellor_id, weekday, time(12), time(13), local_today(clock) + timedelta(days=7))


def test_the_agenda_refuses_a_zitdag_of_a_closed_account_and_lets_alternate_weeks_share_a_weekday(
        db, clock, office) -> None:
    """Every second week at one loket and the weeks between at another do not clash; a closed account gets none."""
    agenda, today = Agenda(db, clock, office.coordinator), local_today(clock)
    bram = office.colleague.counsellor_id
    kantoor = OfficeSetup(db, clock, office.coordinator).add_loket("Kantoor Kortrijk", "Kortrijk")
    agenda.add_zitdag(office.loket_id, bram, time(9), time(12), weekday=1, valid_from=today, every_weeks=2)
    agenda.add_zitdag(kantoor.id, bram, time(9), time(12), weekday=1, valid_from=today + timedelta(weeks=1),
                      every_weeks=2)
    with pytest.raises(InvalidValue) as refused:
        agenda.add_zitdag(kantoor.id, bram, time(11), time(14), weekday=1)            # every week: meets both
    assert (refused.value.field, refused.value.reason) == ("starts", "overlap")
    a_tuesday = today + timedelta(days=(1 - today.weekday()) % 7 + 7)
    with pytest.raises(InvalidValue) as refused:                                      # one of their days
        agenda.add_zitdag(kantoor.id, bram, time(9), time(12), on_date=a_tuesday)
    assert refused.value.reason == "overlap"
    with db.write() as s:
        s.get(Counsellor, bram).can_log_in = False
    with pytest.raises(InvalidValue) as refused:
        agenda.add_zitdag(kantoor.id, bram, time(14), time(16), weekday=3)
    assert (refused.value.field, refused.value.reason) == ("counsellor_id", "closed")


def brams_zitdagen(db) -> list[Zitdag]:
    with db.read() as s:
        bram = s.scalar(select(Counsellor.id).where(Counsellor.login == "bram.desmet"))
        return list(s.scalars(select(Zitdag).where(Zitdag.counsellor_id == bram).order_by(Zitdag.created_at)))


def zitdag_events(db) -> list[tuple[str, str | None]]:
    with db.read() as s:
        return [(e.action, e.fields) for e in s.scalars(select(AuditEvent).where(
            AuditEvent.entity == "zitdag").order_by(AuditEvent.seq))]


def typed_time(qtbot, mnemonic, text: str) -> None:
    """A time field typed over, come to by its Alt key from another field (Vanaf), its hours selected."""
    key(qtbot, Qt.Key.Key_V, ALT)
    key(qtbot, mnemonic, ALT)
    typed(qtbot, text)


def test_bewaren_changes_the_chosen_zitdag_and_a_refused_save_keeps_it_chosen(qtbot, coordinator_window, db,
                                                                               clock, office) -> None:
    """A weekly zitdag from today typed 09:16-12:00 could not be corrected: Bewaren always added one, which
    clashed with the typo ("al een zitdag in deze uren"), and the refused save forgot the chosen one, so Uit
    dienst did nothing. Now Bewaren changes the chosen zitdag (audited as zitdag.update), a refusal keeps it
    chosen with what was typed, Uit dienst then ends it, and the list says from when; Nieuwe zitdag (Alt+N)
    empties the form for another."""
    today = local_today(clock)
    _lokets, days = zitdagen_of(qtbot, coordinator_window, "Loket Sociaal Huis")
    key(qtbot, Qt.Key.Key_G, ALT)
    while days.counsellor.currentText() != "Bram Desmet":
        key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_W, ALT)
    while days.weekday.currentData() != today.weekday():
        key(qtbot, Qt.Key.Key_Down)
    typed_time(qtbot, Qt.Key.Key_T, "0916")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(brams_zitdagen(db)) == 1, timeout=3000)
    added = brams_zitdagen(db)[0]
    assert (added.starts, added.ends, added.valid_from) == (time(9, 16), time(12), today)
    assert days.state.text().startswith("Wijzigen: Loket Sociaal Huis: elke vrijdag 09:16-12:00")

    typed_time(qtbot, Qt.Key.Key_T, "0900")                             # the typo corrected, and the afternoon
    typed_time(qtbot, Qt.Key.Key_O, "1600")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: brams_zitdagen(db)[0].starts == time(9), timeout=3000)
    assert not days.error.isVisible()
    [changed] = brams_zitdagen(db)                                      # that zitdag, not a second one
    assert (changed.id, changed.starts, changed.ends, changed.valid_until) == (added.id, time(9), time(16), None)
    assert zitdag_events(db)[-2:] == [("zitdag.create", "counsellor_id,ends,loket_id,starts"),
                                      ("zitdag.update", "ends,starts")]
    assert [(z.starts, z.ends) for z in Agenda(db, clock, office.coordinator).zitdagen(
        today, office.colleague.counsellor_id)] == [(time(9), time(16))]            # Vandaag's, today
    assert days.items.currentItem().text() == (f"Loket Sociaal Huis: elke vrijdag 09:00-16:00\n"
                                               f"Bram Desmet · vanaf {today:%d/%m/%Y}")

    typed_time(qtbot, Qt.Key.Key_O, "0800")                             # refused: kept chosen, as typed
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(days.error.isVisible, timeout=3000)
    assert days.error.text() == "⚠ Tijd tot: Het einde ligt voor het begin."
    assert days.chosen == added.id and days.items.currentItem().text().startswith("Loket Sociaal Huis: elke vrijdag")
    assert days.ends.time().hour() == 8 and days.state.text().startswith("Wijzigen: ")
    key(qtbot, Qt.Key.Key_U, ALT)                                       # Uit dienst still works
    confirmed_by_alt_u(qtbot, days, "Loket Sociaal Huis: elke vrijdag 09:00-16:00")
    qtbot.waitUntil(lambda: brams_zitdagen(db)[0].valid_until == today, timeout=3000)
    ended = next(days.items.item(i).text() for i in range(days.items.count())
                 if "Bram Desmet" in days.items.item(i).text())
    assert ended.endswith(f"Bram Desmet · vanaf {today:%d/%m/%Y} · tot en met {today:%d/%m/%Y}")

    wait_active(qtbot, days)
    key(qtbot, Qt.Key.Key_N, ALT)                                       # Nieuwe zitdag: an empty form
    assert days.chosen is None and days.state.text() == "Nieuw"
    assert (days.starts.time().hour(), days.ends.time().hour(), days.on_date.edit.text()) == (
        9, 12, today.strftime("%d/%m/%Y"))


def lines_whole(days) -> None:
    metrics, room = days.items.fontMetrics(), days.items.viewport().width()
    for row in range(days.items.count()):
        for line in days.items.item(row).text().splitlines():
            assert metrics.horizontalAdvance(line) < room, line


def bram_chosen(qtbot, days) -> None:
    key(qtbot, Qt.Key.Key_G, ALT)
    while days.counsellor.currentText() != "Bram Desmet":
        key(qtbot, Qt.Key.Key_Down)


def test_after_zitdag_bewaard_the_form_fits_and_escape_asks_nothing(qtbot, coordinator_window, db) -> None:
    """At 1280×720, once a zitdag was saved the form scrolled ("Wijzigen: …" took two lines, "Duur van een
    gesprek" half hidden), the list's lines were cut, and Escape asked "Wat u typte is nog niet bewaard" (the
    time field's own line stayed modified). Now the dialog grows to hold its form, each line of the list shows
    whole, and only typing after the save is asked about."""
    window = coordinator_window
    _lokets, days = zitdagen_of(qtbot, window, "Loket Sociaal Huis")
    bram_chosen(qtbot, days)
    typed_time(qtbot, Qt.Key.Key_T, "1300")
    typed_time(qtbot, Qt.Key.Key_O, "1500")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Zitdag bewaard", timeout=3000)
    area = days.form_area
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() == 0, timeout=3000)     # nothing scrolled away
    slot = days.slot.mapTo(area.viewport(), QPoint(0, days.slot.height()))
    assert 0 < slot.y() <= area.viewport().height()
    assert days.frameGeometry().bottom() < days.screen().availableGeometry().bottom()
    lines_whole(days)
    days.resize(*NARROW)                                                # at 150 %: the same
    qtbot.waitUntil(lambda: days.width() == NARROW[0])
    lines_whole(days)
    assert area.verticalScrollBar().maximum() == 0

    answers: list[str] = []
    answer_box(qtbot, answers, Qt.Key.Key_Escape)                       # Verder typen
    typed_time(qtbot, Qt.Key.Key_O, "1600")                              # typed after the save: asked
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(answers) == 1, timeout=3000)
    assert answers[0].startswith("Wat u typte is nog niet bewaard")
    wait_active(qtbot, days)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: brams_zitdagen(db)[0].ends == time(16), timeout=3000)
    answer_box(qtbot, answers, Qt.Key.Key_Escape)
    key(qtbot, Qt.Key.Key_Escape)                                       # saved: closes without a question
    qtbot.waitUntil(lambda: not days.isVisible(), timeout=3000)
    qtbot.wait(400)
    assert len(answers) == 1


def test_a_zitdag_held_before_today_changes_from_today_on_and_its_past_stays(db, clock, office) -> None:
    """A zitdag whose days were held already is not rewritten (Vandaag of a past day, the agenda of then): it
    ends yesterday and the changed one starts today; every second week keeps its weeks. One not held yet is
    changed where it is, passing over itself in the clash check; nothing changed writes nothing; a single day
    past or a zitdag ended cannot be changed."""
    today, bram = local_today(clock), office.colleague.counsellor_id
    month_ago = FixedClock(clock.at - timedelta(days=28))
    then = Agenda(db, month_ago, office.coordinator)
    weekly = then.add_zitdag(office.loket_id, bram, time(9), time(12), weekday=today.weekday(),
                             valid_from=today - timedelta(days=28))
    fortnight = then.add_zitdag(office.loket_id, bram, time(13), time(16), weekday=1,
                                valid_from=today - timedelta(days=17), every_weeks=2)
    past_day = then.add_zitdag(office.loket_id, bram, time(9), time(12), on_date=today - timedelta(days=3))
    agenda = Agenda(db, clock, office.coordinator)
    last_week = today - timedelta(days=7)
    before = len(zitdag_events(db))

    changed = agenda.change_zitdag(weekly.id, office.loket_id, bram, time(9), time(16), weekday=today.weekday(),
                                   valid_from=weekly.valid_from)
    assert changed.id != weekly.id and (changed.valid_from, changed.valid_until) == (today, None)
    assert [(z.starts, z.ends) for z in agenda.zitdagen(last_week, bram)] == [(time(9), time(12))]   # as it was
    assert [(z.starts, z.ends) for z in agenda.zitdagen(today, bram)] == [(time(9), time(16))]
    with db.read() as s:
        assert s.get(Zitdag, weekly.id).valid_until == today - timedelta(days=1)
    assert zitdag_events(db)[before:] == [("zitdag.update", "valid_until"),
                                          ("zitdag.create", "counsellor_id,ends,loket_id,starts")]

    tuesdays = [today + timedelta(days=d) for d in range(70) if (today + timedelta(days=d)).weekday() == 1]
    held_on = [day for day in tuesdays if agenda.zitdagen(day, bram)]
    later = agenda.change_zitdag(fortnight.id, office.loket_id, bram, time(13), time(15), weekday=1,
                                 valid_from=fortnight.valid_from, every_weeks=2)
    assert [day for day in tuesdays if agenda.zitdagen(day, bram)] == held_on and len(held_on) == 5
    assert later.valid_from == held_on[0]

    before = len(zitdag_events(db))                                     # the same again: nothing written
    assert agenda.change_zitdag(later.id, office.loket_id, bram, time(13), time(15), weekday=1,
                                valid_from=later.valid_from, every_weeks=2) == later
    assert len(zitdag_events(db)) == before

    soon = agenda.add_zitdag(office.loket_id, bram, time(9), time(12), weekday=3, valid_from=today + timedelta(7))
    moved = agenda.change_zitdag(soon.id, office.loket_id, bram, time(10), time(13), weekday=3,
                                 valid_from=soon.valid_from)           # its own hours overlap: not a clash
    assert (moved.id, moved.starts, moved.ends) == (soon.id, time(10), time(13))
    assert zitdag_events(db)[-1] == ("zitdag.update", "ends,starts")

    with pytest.raises(InvalidValue) as refused:
        agenda.change_zitdag(past_day.id, office.loket_id, bram, time(10), time(12), on_date=past_day.on_date)
    assert (refused.value.field, refused.value.reason) == ("on_date", "past")
    with pytest.raises(InvalidValue) as refused:
        agenda.change_zitdag(weekly.id, office.loket_id, bram, time(9), time(11), weekday=today.weekday())
    assert (refused.value.field, refused.value.reason) == ("valid_from", "ended")
