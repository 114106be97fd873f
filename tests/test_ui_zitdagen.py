"""Beheer > Loketten en zitdagen (Ctrl+Shift+J), Alt+Z, by keys: the form whole at 150 % on 1280×720, its error
lines whole; a zitdag that takes the hours of one the counsellor already has, an impossible date and a closed
account are refused; opened from a loket, a new zitdag starts there."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QFormLayout, QWidget
from sqlalchemy import func, select

from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.offices import OfficeSetup
from leerwinkel_desk.store.models import Counsellor, Zitdag
from test_ui import ctx, office  # noqa: F401 - the same office fixtures
from test_ui_dossier import NARROW
from test_ui_keys import ALT, CTRL, SHIFT, key, wait_active
from test_ui_routes import child_of, coordinator_window, replace_text  # noqa: F401 - fixture


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
