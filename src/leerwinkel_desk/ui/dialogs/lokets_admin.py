"""Ctrl+Shift+J (coordinators): the lokets and the zitdag schedule ("every second Tuesday at the OCMW, 9-12")."""

from __future__ import annotations

import uuid
from datetime import date, time

from PySide6.QtCore import QTime, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QSpinBox, QTimeEdit, QWidget

from leerwinkel_desk.domain.calendar import parse_typed_date
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.services.agenda import Agenda, ZitdagRow
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.offices import LoketPlace, LoketRow, OfficeSetup
from leerwinkel_desk.services.social_map import SocialMap
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.date_field import DateField
from leerwinkel_desk.ui.dialogs.reference_base import ReferenceDialog, text_or_none
from leerwinkel_desk.ui.texts import format_date, weekday_label
from leerwinkel_desk.ui.widgets import choose_data, python_time, show_placeholder

ONE_DATE = -1           # the day combo's entry for a single zitdag on a date


class LoketsDialog(ReferenceDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._setup = ctx.service(OfficeSetup)
        self.setWindowTitle(self.tr("Loketten en zitdagen"))
        self.name, self.municipality = QLineEdit(), QLineEdit()
        self.street, self.postcode, self.directions = QLineEdit(), QLineEdit(), QLineEdit()
        show_placeholder(self.directions, self.tr("bv. bus 1, halte Station; ingang links, 1e verdieping"))
        self.host = QComboBox()
        self.host.addItem(self.tr("(in het eigen kantoor)"), None)
        for partner in ctx.service(SocialMap).partners():
            self.host.addItem(partner.name, partner.id)
        self.form.addRow(self.tr("N&aam"), self.name)
        self.form.addRow(self.tr("&Straat en nummer"), self.street)
        self.form.addRow(self.tr("Post&code"), self.postcode)
        self.form.addRow(self.tr("&Gemeente"), self.municipality)
        self.form.addRow(self.tr("&Hoe er te komen"), self.directions)
        self.form.addRow(self.tr("&Partner ter plaatse"), self.host)
        self.zitdagen_button = QPushButton(self.tr("&Zitdagen…"))
        self.extra_buttons.insertWidget(3, self.zitdagen_button)
        self.zitdagen_button.clicked.connect(
            lambda: self.open_child(lambda: ZitdagenDialog(self._ctx, self, loket_id=self.chosen)))
        self.first_field = self.name
        self.reload()

    def rows(self) -> list[LoketRow]:
        return self._setup.lokets()

    def label(self, row: LoketRow) -> str:
        return row.name + (f" ({row.municipality})" if row.municipality else "")

    def fill(self, row: LoketRow | None) -> None:
        self.name.setText(row.name if row else "")
        self.municipality.setText(row.municipality or "" if row else "")
        self.street.setText(row.street or "" if row else "")
        self.postcode.setText(row.postcode or "" if row else "")
        self.directions.setText(row.directions or "" if row else "")
        choose_data(self.host, row.host_partner_id if row else None)

    def store(self) -> LoketRow:
        values = (self.name.text(), text_or_none(self.municipality.text()), self.host.currentData(),
                  LoketPlace(self.street.text(), self.postcode.text(), self.directions.text()))
        if self.chosen is None:
            return self._setup.add_loket(*values)
        return self._setup.update_loket(self.chosen, *values, loaded=self.loaded)

    def retire(self, row_id: uuid.UUID) -> None:
        self._setup.retire_loket(row_id)

    def saved_text(self) -> str:
        return self.tr("Loket bewaard: {name}").format(name=self.name.text().strip())

    def focus_fields(self) -> dict[str, QWidget]:
        return {"name": self.name, "municipality": self.municipality, "street": self.street, "postcode": self.postcode,
                "directions": self.directions}


ZITDAG_LIST_CHARS = 60     # two lines: "loket: every 2 weeks on Tuesday 09:00-12:00", "counsellor · from … until …"
FIELD_LEAST_CHARS = 18     # on a narrow screen (150 %) the form's choices give way (elided) to the list's lines
FIRST_HOURS = (QTime(9, 0), QTime(12, 0))       # a new zitdag's hours until others are chosen
FIRST_SLOT_MINUTES = 60


def zitdag_start(text: str, _today: date) -> date:
    """The Vanaf field: the first day of a recurring zitdag, or the day of a single one (required)."""
    day = parse_typed_date(text, "valid_from")
    if day is None:
        raise InvalidValue("valid_from", "required")
    return day


class ZitdagenDialog(ReferenceDialog):
    """A zitdag chosen in the list is changed by Bewaren (services.agenda.Agenda.change_zitdag: a zitdag already
    held changes from today on, its past stays as it was); Nieuwe zitdag (Alt+N) empties the form for one to add;
    Uit dienst ends the chosen one after today. Opened from a chosen loket, a new zitdag starts on that loket."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None, loket_id: uuid.UUID | None = None) -> None:
        super().__init__(ctx, parent, ZITDAG_LIST_CHARS)
        self._agenda = ctx.service(Agenda)
        self._first_loket = loket_id
        self.setWindowTitle(self.tr("Zitdagen"))
        self.new_button.setText(self.tr("&Nieuwe zitdag"))
        self.items.setAlternatingRowColors(True)        # each zitdag's two lines read together
        setup = ctx.service(OfficeSetup)
        self._lokets = {loket.id: loket.name for loket in setup.lokets(include_retired=True)}
        self._staff = {person.id: person.full_name for person in setup.counsellors()}
        self.loket = QComboBox()
        for loket in setup.lokets():
            self.loket.addItem(loket.name, loket.id)
        self.counsellor = QComboBox()
        for person in setup.counsellors():
            if person.can_log_in:           # a closed account is named on its zitdagen, given no new ones
                self.counsellor.addItem(person.full_name, person.id)
        self.weekday = QComboBox()
        for day in range(7):
            self.weekday.addItem(weekday_label(day), day)
        self.weekday.addItem(self.tr("één keer, op een datum"), ONE_DATE)
        for combo in (self.loket, self.counsellor, self.weekday):
            combo.setMinimumWidth(self.fontMetrics().averageCharWidth() * FIELD_LEAST_CHARS)
        self.on_date = DateField(lambda: local_today(ctx.clock), zitdag_start, placeholder=self.tr("dd/mm/jjjj"))
        self.on_date.message.setWordWrap(True)      # within the form's width: it scrolls up and down only
        self.every = QSpinBox()
        self.every.setRange(1, 8)
        self.every.valueChanged.connect(lambda weeks: self.every.setSuffix(
            self.tr(" week") if weeks == 1 else self.tr(" weken")))          # "1 week", "2 weken"
        self.every.setSuffix(self.tr(" week"))
        self.starts, self.ends = QTimeEdit(), QTimeEdit()
        self.slot = QSpinBox()
        self.slot.setRange(10, 240)
        self.slot.setSingleStep(5)
        self.form.addRow(self.tr("&Loket"), self.loket)
        self.form.addRow(self.tr("Be&geleider"), self.counsellor)
        self.form.addRow(self.tr("&Weekdag"), self.weekday)
        self.form.addRow(self.tr("Om de … w&eken"), self.every)
        self.form.addRow(self.tr("&Vanaf (of de datum)"), self.on_date)
        self.form.addRow(self.tr("&Tijd van"), self.starts)
        self.form.addRow(self.tr("Tijd t&ot"), self.ends)
        self.form.addRow(self.tr("&Duur van een gesprek (min)"), self.slot)
        self.first_field = self.loket
        self.reload()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The list's lines whole where the form can give way beside them: at 150 % on 1280×720 the form took
        what it liked and every line of the list was cut."""
        layout = self.layout()
        if layout is not None:
            margins = layout.contentsMargins()
            spare = event.size().width() - self.widest_line() - layout.spacing() * 2 - margins.left() \
                - margins.right()
            self.form_area.setMaximumWidth(max(self.form_area.minimumWidth(), spare))
        super().resizeEvent(event)

    def rows(self) -> list[ZitdagRow]:
        return self._agenda.schedule()

    def label(self, row: ZitdagRow) -> str:
        """Two lines: where, when and the hours; whose, and the period where it has a start or an end."""
        if row.on_date is not None:
            when = format_date(row.on_date)
        elif row.every_weeks > 1:
            when = self.tr("om de {n} weken {day}").format(n=row.every_weeks, day=weekday_label(row.weekday or 0))
        else:
            when = self.tr("elke {day}").format(day=weekday_label(row.weekday or 0))
        whose = [self._staff.get(row.counsellor_id, "")]
        if row.on_date is None and row.valid_from is not None:
            whose.append(self.tr("vanaf {day}").format(day=format_date(row.valid_from)))
        if row.on_date is None and row.valid_until is not None:
            whose.append(self.tr("tot en met {day}").format(day=format_date(row.valid_until)))
        return (f"{self._lokets.get(row.loket_id, row.loket_name)}: {when} {row.starts:%H:%M}-{row.ends:%H:%M}\n"
                + " · ".join(whose))

    def fill(self, row: ZitdagRow | None) -> None:
        """The chosen zitdag, or (None) a new one's first values: the loket it was opened from, today."""
        choose_data(self.loket, row.loket_id if row else self._first_loket)
        offered = {self.counsellor.itemData(i) for i in range(self.counsellor.count())}
        if row is not None and row.counsellor_id not in offered:       # a closed account: named, not someone else
            self.counsellor.addItem(self._staff.get(row.counsellor_id, ""), row.counsellor_id)
        choose_data(self.counsellor, row.counsellor_id if row else None)
        weekday = None if row is None else ONE_DATE if row.weekday is None else row.weekday
        self.weekday.setCurrentIndex(max(self.weekday.findData(weekday), 0))
        self.every.setValue(row.every_weeks if row else 1)
        self.on_date.set_value((row.on_date or row.valid_from if row else None) or local_today(self._ctx.clock))
        self.on_date.check()                        # a refusal said under it belongs to what was there
        starts, ends = (QTime(row.starts.hour, row.starts.minute), QTime(row.ends.hour, row.ends.minute)) if row \
            else FIRST_HOURS
        self.starts.setTime(starts)
        self.ends.setTime(ends)
        self.slot.setValue(row.slot_minutes if row else FIRST_SLOT_MINUTES)

    def store(self) -> ZitdagRow:
        """A new zitdag, or the chosen one changed (from today on, when it was held already)."""
        day = self.on_date.value()
        single = self.weekday.currentData() == ONE_DATE
        start, end = python_time(self.starts.time()), python_time(self.ends.time())
        values = dict(loket_id=self.loket.currentData(), counsellor_id=self.counsellor.currentData(),
                      starts=time(start.hour, start.minute), ends=time(end.hour, end.minute),
                      weekday=None if single else self.weekday.currentData(), on_date=day if single else None,
                      slot_minutes=self.slot.value(), valid_from=None if single else day,
                      every_weeks=1 if single else self.every.value())
        if self.chosen is None:
            return self._agenda.add_zitdag(**values)
        return self._agenda.change_zitdag(self.chosen, **values, loaded=self.loaded)

    def save(self) -> None:
        """An impossible date is said under its field, as typed; the chosen zitdag stays chosen."""
        if not self.on_date.check():
            self.error.clear_error()        # the one line that counts now is the date's
            self.on_date.setFocus()
            QTimer.singleShot(0, self.fit_form)
            return
        super().save()

    def retire(self, row_id: uuid.UUID) -> None:
        self._agenda.end_zitdag(row_id)

    def saved_text(self) -> str:
        return self.tr("Zitdag bewaard")

    def focus_fields(self) -> dict[str, QWidget]:
        return {"loket_id": self.loket, "counsellor_id": self.counsellor, "weekday": self.weekday,
                "every_weeks": self.every, "valid_from": self.on_date, "on_date": self.on_date, "starts": self.starts,
                "ends": self.ends, "slot_minutes": self.slot}
