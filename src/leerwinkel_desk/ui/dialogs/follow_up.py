"""Starting or renewing a request's follow-up (Ctrl+Shift+F): the counsellor sees the date the next follow-up
contact was due (overdue or not) and what happens to the phase, and chooses the new date (FOLLOW_UP_DAYS from
today proposed). Nothing changes before Enter: an overdue follow-up leaves Vandaag only by a contact or by a
date chosen here, never by pressing a key."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFormLayout, QWidget

from leerwinkel_desk.domain.enums import Phase
from leerwinkel_desk.domain.rules import follow_up_due_from, phase_of_follow_up
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.requests import RequestRow, Requests
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.date_field import DayBox
from leerwinkel_desk.ui.design.components import text_label
from leerwinkel_desk.ui.form_dialog import FormDialog
from leerwinkel_desk.ui.operation import Change, OpChanges, perform
from leerwinkel_desk.ui.texts import format_date, phase_label


class FollowUpDialog(FormDialog):
    """The next follow-up contact's date, chosen; the phase moves only forward (`phase_of_follow_up`)."""

    def __init__(self, ctx: DeskContext, request_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._request_id = ctx, request_id
        request = ctx.service(Requests).get(request_id)     # as stored now: a contact just noted moved its date
        self.setWindowTitle(self.tr("Opvolgen"))
        today = local_today(ctx.clock)
        self.due = DayBox()
        self.due.setMinimumDate(_qdate(today))
        self.due.set_day(follow_up_due_from(today))
        self.due.setAccessibleName(self.tr("Volgend opvolgcontact op"))
        self.situation = text_label("", self.situation_text(request, today))     # one sentence a line
        form = QFormLayout()
        form.addRow(self.situation)
        form.addRow(self.tr("Volgend &contact op"), self.due)
        self.lay_out(form, self.tr("&Opvolgen"))
        self.first_field = self.due

    def situation_text(self, request: RequestRow, today: date) -> str:
        """Where the follow-up stands now and what saving does to the phase, in a line or two."""
        lines = []
        if request.follow_up and request.follow_up_due is not None:
            late = (today - request.follow_up_due).days
            if late > 0:
                lines.append((self.tr("Het opvolgcontact stond gepland op {date}: 1 dag te laat.") if late == 1 else
                              self.tr("Het opvolgcontact stond gepland op {date}: {days} dagen te laat.")).format(
                    date=format_date(request.follow_up_due), days=late))
            else:
                lines.append(self.tr("Het volgende opvolgcontact staat gepland op {date}.").format(
                    date=format_date(request.follow_up_due)))
        phase = phase_of_follow_up(request.tier, request.phase)
        if phase is not request.phase:
            lines.append(self.tr("De leervraag gaat naar de fase {phase}.").format(phase=phase_label(phase)))
        elif phase is not Phase.FOLLOW_UP:
            lines.append(self.tr("De leervraag blijft in de fase {phase}.").format(phase=phase_label(phase)))
        return "\n".join(lines)

    def save(self) -> None:
        chosen = self.due.date()
        due = date(chosen.year(), chosen.month(), chosen.day())
        if perform(self._ctx.operations, lambda: self._ctx.service(Requests).start_follow_up(self._request_id, due),
                   self.error, OpChanges(Change.REQUESTS | Change.TIMELINE | Change.AGENDA, None,
                                         self.tr("Opvolging tot {date}").format(date=format_date(due))),
                   {"follow_up_due": self.due}):
            self.accept()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
