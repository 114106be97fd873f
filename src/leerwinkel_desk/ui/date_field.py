"""Date fields people can type into as they write dates, the day first: a free one (`DateField`: a birth date,
with or without separators), a day chosen in its sections or a calendar (`DayBox`: periods, due dates), and the
moment a contact took place (`MomentField`: a DateField and the time)."""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import suppress
from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate, QTime, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.domain.birth_dates import birth_date_from
from leerwinkel_desk.domain.calendar import BRUSSELS, local_date, parse_typed_date
from leerwinkel_desk.domain.contact_moments import contact_day_from
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.ui.design.components import PlainLabel
from leerwinkel_desk.ui.error_texts import error_text
from leerwinkel_desk.ui.feedback import ErrorLabel
from leerwinkel_desk.ui.screen_fit import keep_on_screen
from leerwinkel_desk.ui.texts import format_date

TYPED_WITH_SEPARATORS = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}")     # 2/4/1990: a whole date
PLACEHOLDER_MARGIN = 16                          # px around the placeholder, so it shows whole
Rule = Callable[[str, date], date | None]        # what was typed and today -> the date, None, or InvalidValue


class DateField(QWidget):
    """A plain line edit for a date (`02041990`, `2/4/1990`, `02/04/1990`, `2-4-1990`, `2.4.1990`).

    Empty means unknown, which the placeholder says. Tab leaves it like any other field. When
    it is left, a date it takes is shown as dd/mm/jjjj; one the rule refuses (by default the
    birth-date rule of domain.birth_dates) is said right under it, and what was typed stays.
    `today` gives the local date the rule measures against.
    """

    changed = Signal()          # the text changed: for look-ups that follow the typing

    def __init__(self, today: Callable[[], date], rule: Rule = birth_date_from,
                 parent: QWidget | None = None, placeholder: str | None = None) -> None:
        super().__init__(parent)
        self._today, self._rule = today, rule
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("dd/mm/jjjj (leeg: onbekend)") if placeholder is None else placeholder)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(self.edit.placeholderText())
                                  + PLACEHOLDER_MARGIN)
        self.message = ErrorLabel()
        self.message.setWordWrap(False)         # one line under the field; the form widens to hold it
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(self.edit.focusPolicy())    # a label's mnemonic focuses only a focusable buddy
        self.edit.editingFinished.connect(self.check)
        self.edit.textChanged.connect(self._typed)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def value(self) -> date | None:
        """The date typed, None when empty; InvalidValue when the rule refuses what was typed."""
        return self._rule(self.edit.text(), self._today())

    def value_so_far(self) -> date | None:
        """The date typed if it is one already (for look-ups while typing), else None."""
        try:
            return self.value()
        except InvalidValue:
            return None

    def set_value(self, value: date | None) -> None:
        self.edit.setText(format_date(value))

    def check(self) -> bool:
        """Say under the field why what was typed is refused; show a date taken as dd/mm/jjjj."""
        try:
            value = self.value()
        except InvalidValue as error:
            self.message.setText("⚠ " + error_text(error, name_the_field=False))
            self.message.show()
            QTimer.singleShot(0, self, lambda: keep_on_screen(self.window()))    # not once the form is gone
            return False
        self.message.clear_error()
        if value is not None and self.edit.text() != format_date(value):
            self.edit.setText(format_date(value))
        return True

    def _typed(self) -> None:
        if self.message.isVisible():
            with suppress(InvalidValue):
                self.value()
                self.message.clear_error()      # corrected: the refusal goes as soon as it is right
        self.changed.emit()


class DayBox(QDateEdit):
    """A day as dd/mm/yyyy with a calendar, typed whole from its day however the field was reached.

    Qt's own sections went wrong three ways: Shift+Tab landed in the year, and so did digits typed over a
    Ctrl+A (01012027 became 07/12/00001012027); and each part was checked against the date shown, so 31122025
    typed over a November date gave 30/12/2025, and 29022024 over a date of 2025 gave 28/02/2024, silently.
    What is typed from the day on is read as a whole date (`parse_typed_date`, every date field's way); a day
    that does not exist (31/02) is not taken: the box sounds and keeps the day it showed before the typing.
    """

    def __init__(self, day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self._typed: str | None = None          # what was typed from the day on, while typing a whole date
        self._before = self.date()
        if day is not None:
            self.set_day(day)

    def set_day(self, day: date) -> None:
        self.setDate(QDate(day.year, day.month, day.day))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._start_typing()

    def _start_typing(self) -> None:
        self.setSelectedSection(QDateEdit.Section.DaySection)
        self._typed, self._before = "", self.date()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text, edit = event.text(), self.lineEdit()
        if text.isdigit() and edit.hasSelectedText() and edit.selectedText() == edit.text():
            self._start_typing()                # all selected: a new date from its day
        if self._typed is None or not text or text not in "0123456789/-.":
            self._typed = None                  # arrows, Tab, a calendar: Qt's own way from here
            super().keyPressEvent(event)
            return
        self._typed += text
        super().keyPressEvent(event)
        if len(self._typed.replace("/", "").replace("-", "").replace(".", "")) < len("ddmmyyyy") and not (
                TYPED_WITH_SEPARATORS.fullmatch(self._typed)):
            return
        typed, self._typed = self._typed, None
        try:
            day = parse_typed_date(typed, "date")
        except InvalidValue:
            day = None
        wanted = QDate(day.year, day.month, day.day) if day is not None else None
        if wanted is None or not self.minimumDate() <= wanted <= self.maximumDate():
            QApplication.beep()                 # not a day, or one the box does not take (before today)
            self.setDate(self._before)
        else:
            self.setDate(wanted)


class MomentField(QWidget):
    """When a contact took place: its day, typed as in every date field (`DateField`, refused as soon as it is left
    when it lies ahead or too far back: domain/contact_moments.py), `om` its time (hh:mm). It starts at the moment
    the form opened, to the minute, so the usual case, now, needs no key at all; `chosen()` says whether the person
    changed it. A refusal of the day is said in one line under both (the form's width, wrapped)."""

    changed = Signal()          # the day typed or the time changed: a refusal said for them goes

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self.day = DateField(lambda: local_date(self._now()), contact_day_from, placeholder=self.tr("dd/mm/jjjj"))
        self.day.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.day.setAccessibleName(self.tr("Datum"))
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Uur"))
        self.time_label = PlainLabel(self.tr("&om"))
        self.time_label.setBuddy(self.time)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.day, self.time_label, self.time):
            row.addWidget(widget)
        row.addStretch(1)
        day_layout = self.day.layout()
        if day_layout is not None:              # the day's refusal under the whole row, not squeezed under the day
            day_layout.removeWidget(self.day.message)
        self.day.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.day.message)
        self.setFocusProxy(self.day)
        self.setFocusPolicy(self.day.focusPolicy())     # a label's mnemonic focuses only a focusable buddy
        self.set_value(now())
        self._start = self._shown()
        self.day.changed.connect(self.changed)
        self.time.timeChanged.connect(self.changed)

    def value(self) -> datetime:
        """The moment shown (UTC); InvalidValue when its day is refused (not a date, ahead, too far back)."""
        day = contact_day_from(self.day.edit.text(), local_date(self._now()))
        shown = self.time.time()
        return datetime.combine(day, time(shown.hour(), shown.minute()), BRUSSELS).astimezone(UTC)

    def set_value(self, moment: datetime) -> None:
        """Show `moment` as its day and time in Belgium, to the minute."""
        local = moment.astimezone(BRUSSELS)
        self.day.set_value(local.date())
        self.time.setTime(QTime(local.hour, local.minute))
        self.day.message.clear_error()

    def chosen(self) -> bool:
        """Whether the person changed the moment the field started with."""
        return self._shown() != self._start

    def typed(self) -> dict[str, str]:
        """The day as typed and the time (hh:mm), as a draft keeps them."""
        day, at = self._shown()
        return {"day": day, "time": at}

    def restore(self, typed: dict[str, str]) -> None:
        """What `typed` gave, as it was typed (a day the rule refuses too: said when the field is checked)."""
        self.day.edit.setText(str(typed.get("day", "")))
        at = QTime.fromString(str(typed.get("time", "")), "HH:mm")
        if at.isValid():
            self.time.setTime(at)

    def check(self) -> bool:
        """Say under the field why its day is refused; True when it is taken."""
        return self.day.check()

    def _shown(self) -> tuple[str, str]:
        return self.day.edit.text(), self.time.time().toString("HH:mm")
