"""Correcting a client's details from the dossier (Ctrl+E): identity, contact, situation, the intake's notes.

The identity fields and the duplicates panel are the new-client form's (dialogs.client_form).
Details the form does not show are kept as they are. Enter saves from a one-line field or a
choice, Ctrl+Enter from anywhere (also from a multi-line field, where Enter starts a new line).
The intake's notes are casework: a role without it sees them but cannot change them.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.domain.enums import DutchLevel, Gender, Qualification, SocialStatus
from leerwinkel_desk.domain.permissions import Permission, allowed
from leerwinkel_desk.services.clients import ClientDetails, ClientRow, Clients
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.dialogs.client_form import ClientIdentity
from leerwinkel_desk.ui.feedback import ErrorLabel
from leerwinkel_desk.ui.form_dialog import FormDialog
from leerwinkel_desk.ui.operation import Change, OpChanges, perform, taking_stored
from leerwinkel_desk.ui.texts import dutch_level_label, gender_label, qualification_label, status_label
from leerwinkel_desk.ui.widgets import EnumCombo, note_field

TEXT_LINES = ("street", "postcode", "municipality")
NOTES = ("study_history", "practical_barriers", "support_network")
NOTE_LINES = 3


class ClientDetailsDialog(FormDialog):
    def __init__(self, ctx: DeskContext, client_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._client_id = ctx, client_id
        self.saved: ClientRow | None = None
        self._stored = ctx.service(Clients).editable(client_id)
        stored = self._stored
        self.setWindowTitle(self.tr("Gegevens van {name} wijzigen").format(
            name=f"{stored.first_name} {stored.last_name}".strip()))
        self.identity = ClientIdentity(ctx, self, self.tr("Dit is iemand &anders: toch bewaren"),
                                       stored, client_id)
        unknown = self.tr("onbekend")
        self.gender = EnumCombo(Gender, [(None, unknown), *((g, gender_label(g)) for g in Gender)])
        self.street, self.postcode, self.municipality = QLineEdit(), QLineEdit(), QLineEdit()
        self.status = EnumCombo(SocialStatus, [(None, unknown), *((s, status_label(s)) for s in SocialStatus)])
        self.dutch_level = EnumCombo(DutchLevel, [(None, unknown),
                                                  *((d, dutch_level_label(d)) for d in DutchLevel)])
        self.highest_qualification = EnumCombo(Qualification, [
            (None, unknown), *((q, qualification_label(q)) for q in Qualification)])
        self.foreign_diploma = QComboBox()
        for text, value in ((unknown, None), (self.tr("ja"), True), (self.tr("nee"), False)):
            self.foreign_diploma.addItem(text, value)
        self.study_history, self.practical_barriers, self.support_network = (note_field() for _ in NOTES)
        self.difficult_school_past = QCheckBox(self.tr("Moeizaam &schoolverleden"))
        self.weak_network = QCheckBox(self.tr("&Zwak netwerk"))
        self._fill(stored)

        person = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
            *self.identity.rows(), (self.tr("Ges&lacht"), self.gender), (self.tr("St&raat"), self.street),
            (self.tr("&Postcode"), self.postcode), (self.tr("Ge&meente"), self.municipality)]
        situation = QFormLayout()
        situation_rows: list[tuple[str, QWidget]] = [
            (self.tr("Stat&us"), self.status), (self.tr("Ne&derlands"), self.dutch_level),
            (self.tr("&Hoogste diploma"), self.highest_qualification),
            (self.tr("Buitenlands dipl&oma"), self.foreign_diploma),
            (self.tr("Stud&ieverleden"), self.study_history),
            (self.tr("Pra&ktische drempels"), self.practical_barriers),
            (self.tr("Net&werk"), self.support_network)]
        for form, form_rows in ((person, rows), (situation, situation_rows)):
            for label, widget in form_rows:
                widget.setAccessibleName(label.replace("&", ""))
                form.addRow(label, widget)
        flags = QHBoxLayout()
        flags.addWidget(self.difficult_school_past)
        flags.addWidget(self.weak_network)
        situation.addRow("", flags)
        for name in NOTES:
            note: QPlainTextEdit = getattr(self, name)
            note.setFixedHeight(note.fontMetrics().lineSpacing() * NOTE_LINES + 12)
        casework = allowed(ctx.actor.role, Permission.CASEWORK)
        for widget in (*(getattr(self, n) for n in NOTES), self.difficult_school_past, self.weak_network):
            widget.setEnabled(casework)

        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Bewaren (Ctrl+Enter)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addLayout(person)
        columns.addSpacing(16)
        columns.addLayout(situation)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.identity.panel)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.first_field = self.identity.first_name

    def _fill(self, stored: ClientDetails) -> None:
        for name in TEXT_LINES:
            getattr(self, name).setText(getattr(stored, name) or "")
        for name in NOTES:
            getattr(self, name).setPlainText(getattr(stored, name) or "")
        self.gender.select(stored.gender)
        self.status.select(stored.status)
        self.dutch_level.select(stored.dutch_level)
        self.highest_qualification.select(stored.highest_qualification)
        self.foreign_diploma.setCurrentIndex(self.foreign_diploma.findData(stored.foreign_diploma))
        self.difficult_school_past.setChecked(stored.difficult_school_past)
        self.weak_network.setChecked(stored.weak_network)

    def details(self) -> ClientDetails:
        """The details as the form now holds them (what it does not show, as stored)."""
        return replace(
            self._stored, **self.identity.values(),
            street=self.street.text() or None, postcode=self.postcode.text() or None,
            municipality=self.municipality.text() or None,
            study_history=self.study_history.toPlainText() or None,
            practical_barriers=self.practical_barriers.toPlainText() or None,
            support_network=self.support_network.toPlainText() or None,
            gender=self.gender.value(), status=self.status.value(), dutch_level=self.dutch_level.value(),
            highest_qualification=self.highest_qualification.value(),
            foreign_diploma=self.foreign_diploma.currentData(),
            difficult_school_past=self.difficult_school_past.isChecked(),
            weak_network=self.weak_network.isChecked())

    def save(self) -> None:
        """Save what the person changed since the form opened; a refused value, a likely duplicate, or a field
        someone else saved meanwhile (another window: what is stored now is said, and saving again overwrites
        it) is said in the form, and what was typed stays. Fields changed elsewhere and not here are kept."""
        if not self.identity.ready():
            return
        self.identity.refresh_duplicates()
        done = perform(self._ctx.operations, taking_stored(lambda: self._ctx.service(Clients).update(
                self._client_id, self.details(), duplicates_checked=self.identity.confirm_other.isChecked(),
                loaded=self._stored), self._took_stored),
            self.error, OpChanges(Change.CLIENT, self._client_id, self.tr("Gegevens van de cliënt bewaard")),
            focus=self._focus_fields())
        if done is not None:
            self.saved = done.value
            self.accept()

    def _took_stored(self, stored: dict[str, Any]) -> None:
        """Someone else saved these fields meanwhile: what is stored now is what this form starts from (the
        next save overwrites it knowingly); the focus goes to the first of them the form shows."""
        self._stored = replace(self._stored, **stored)
        widget = next((w for name, w in self._focus_fields().items() if name in stored), None)
        if widget is not None:
            widget.setFocus()

    def _focus_fields(self) -> dict[str, QWidget]:
        """The fields by the service's names, where a refusal puts the focus."""
        return {**self.identity.fields(), "street": self.street, "postcode": self.postcode,
                "municipality": self.municipality, **{name: getattr(self, name) for name in NOTES}}
