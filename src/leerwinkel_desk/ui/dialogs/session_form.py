"""The session form (intake, mediation, trajectory): structured fields and notes, autosaved as a draft.

Studieverleden, Praktische drempels and Netwerk are the client's (Ctrl+E shows the same fields): the form starts
from what the dossier knows, says so, and a change made here is saved there (emptied: emptied), so nothing known is
typed again or overwritten unseen. A session recorded on a request whose intake is booked for a later day offers
to take that booking (held earlier than planned), so it does not linger as "Gepland: intake".

Wanneer (Alt+E, its time Alt+O) is when the conversation took place: now, to the minute, unless the counsellor gives
the day and time (a zitdag at the OCMW written up the next morning); the moments allowed are
domain/contact_moments.py's. A booking held earlier than planned is held at that moment. A session booked for today
(or missed earlier) keeps its booked moment: the field shows it, greyed, and says so."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.domain.calendar import local_date
from leerwinkel_desk.domain.contact_moments import check_took_place
from leerwinkel_desk.domain.enums import ContactStatus, Phase, SessionType, Tier
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.services.clients import Clients
from leerwinkel_desk.services.contacts import ContactRow, Contacts
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.drafts import Drafts
from leerwinkel_desk.services.offices import OfficeSetup
from leerwinkel_desk.services.requests import IntakeInput, RequestRow, Requests
from leerwinkel_desk.store.durable import disk_full, write_refused
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.date_field import MomentField
from leerwinkel_desk.ui.design.components import PlainLabel, StatusMessage, Tone
from leerwinkel_desk.ui.feedback import ErrorLabel
from leerwinkel_desk.ui.form_dialog import FormDialog
from leerwinkel_desk.ui.operation import Change, OpChanges, perform, taking_stored
from leerwinkel_desk.ui.screen_fit import fitting_size
from leerwinkel_desk.ui.texts import format_moment
from leerwinkel_desk.ui.widgets import EnumCombo, choose_data, note_field, scroll_area

LOG = logging.getLogger(__name__)
FORM = "session"
AUTOSAVE_MS = 1500
CLIENT_FIELDS = ("study_history", "practical_barriers", "support_network")    # the client's record (Ctrl+E)
TEXT_FIELDS = ("summary", "notes", "question", *CLIENT_FIELDS)


def session_type_for(request: RequestRow) -> SessionType:
    """The kind of conversation the request is at: aftercare, a trajectory session, or the intake."""
    if request.phase is Phase.AFTERCARE:
        return SessionType.AFTERCARE
    return SessionType.TRAJECTORY if request.tier is Tier.TRAJECTORY else SessionType.INTAKE


class SessionFormDialog(FormDialog):
    """What was typed is saved as a draft every moment and on every close; Ctrl+Enter saves the session."""

    def __init__(self, ctx: DeskContext, request_id: uuid.UUID, client_id: uuid.UUID | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._request_id, self._client_id = ctx, request_id, client_id
        self._saved = False
        self.setWindowTitle(self.tr("Gesprek registreren"))
        self.resize(fitting_size(self, QSize(640, 600)))
        self.session_type = EnumCombo(SessionType, (
            (SessionType.INTAKE, self.tr("Intake en informatiebemiddeling")),
            (SessionType.TRAJECTORY, self.tr("Trajectgesprek")),
            (SessionType.AFTERCARE, self.tr("Nazorg"))))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 600)
        self.minutes.setValue(60)
        self.minutes.setSuffix(self.tr(" min"))
        self.loket = QComboBox()
        self.loket.addItem(self.tr("(geen loket)"), None)
        for loket in ctx.service(OfficeSetup).lokets():
            self.loket.addItem(loket.name, loket.id)
        self.summary = QLineEdit()
        self.notes, self.question, self.study_history, self.practical_barriers, self.support_network = (
            note_field() for _ in range(5))
        request = ctx.service(Requests).get(request_id)
        self.session_type.select(session_type_for(request))
        self.moment = MomentField(ctx.clock.now)
        self.booked = self.held_booking()       # held at its booked moment: shown, not chosen here
        self.booked_note = PlainLabel(self.tr("Het geboekte gesprek: het blijft op zijn geboekte moment."))
        self.booked_note.setVisible(self.booked is not None)
        if self.booked is not None:
            self.moment.set_value(self.booked.at)
            self.moment.setEnabled(False)
        self.early = self.early_booking()       # the intake booked for a later day, when none is due today
        self.take_early = QCheckBox(self)
        self.take_early.setVisible(self.early is not None)
        if self.early is not None:
            self.take_early.setText(self.tr(
                "Dit is de geboekte &intake van {moment}: al gehouden, vroeger dan gepland").format(
                moment=format_moment(self.early.at)))
            self.take_early.setChecked(self.session_type.value() is SessionType.INTAKE)
        self.known = PlainLabel(self.tr(
            "Studieverleden, praktische drempels en netwerk: wat het dossier al weet (ook bij Ctrl+E). "
            "Een wijziging hier wordt bij de gegevens van de cliënt bewaard."))
        self.known.setWordWrap(True)
        self.known.setVisible(client_id is not None)
        form = QFormLayout()
        if self.early is not None:
            form.addRow(self.take_early)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("Wann&eer"), self.moment), ("", self.booked_note),
            (self.tr("&Soort gesprek"), self.session_type), (self.tr("&Duur"), self.minutes),
            (self.tr("&Loket"), self.loket), (self.tr("Sa&menvatting"), self.summary),
            (self.tr("&Notities"), self.notes), (self.tr("Leer&vraag"), self.question),
            ("", self.known),
            (self.tr("S&tudieverleden"), self.study_history),
            (self.tr("&Praktische drempels"), self.practical_barriers),
            (self.tr("Net&werk"), self.support_network),
        ]
        for label, widget in rows:
            if label:
                widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        self._prefilled: dict[str, str] = {}   # texts the form starts with: no typing to keep as a draft
        self._start_from_booking(request)
        self._start_from_client(client_id)
        self.first_field = self.summary         # the kind follows the request: the summary is typed first
        self.draft_bar = QWidget()
        bar = QHBoxLayout(self.draft_bar)
        self.draft_label = PlainLabel(self.tr("Er is een niet-bewaard concept van dit gesprek."))
        self.restore_button = QPushButton(self.tr("Concept &herstellen"))
        self.discard_button = QPushButton(self.tr("Concept we&ggooien"))
        for widget in (self.draft_label, self.restore_button, self.discard_button):
            bar.addWidget(widget)
        self.draft_bar.hide()
        self.draft_note = StatusMessage()       # an autosave that failed, in one line (never a dialog)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Bewaren (Ctrl+Enter)"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_bar)
        layout.addWidget(scroll_area(form), 1)      # the fields scroll on a short screen; the buttons stay
        layout.addWidget(self.draft_note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self._pending_draft = ctx.service(Drafts).load(FORM, request_id)
        if self._pending_draft:
            self.draft_bar.show()
        self.restore_button.clicked.connect(self.restore_draft)
        self.discard_button.clicked.connect(self.discard_draft)
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self._autosave.start()
        self._last_saved_payload: dict[str, Any] | None = None

    def held_booking(self) -> ContactRow | None:
        """The session booked for today (or missed earlier) that this form writes down as held, if any."""
        today = local_today(self._ctx.clock)
        planned = [c for c in self._ctx.service(Contacts).timeline(self._request_id)
                   if c.status is ContactStatus.PLANNED and local_date(c.at) <= today]
        return planned[-1] if planned else None

    def early_booking(self) -> ContactRow | None:
        """The intake booked for a later day (the first), when no session is booked for today or missed earlier:
        the one this form may take as held today, earlier than planned."""
        today = local_today(self._ctx.clock)
        contacts = self._ctx.service(Contacts).timeline(self._request_id)
        if any(c.status is ContactStatus.PLANNED and local_date(c.at) <= today for c in contacts):
            return None
        return next((c for c in contacts if c.status is ContactStatus.PLANNED
                     and c.session_type is SessionType.INTAKE and local_date(c.at) > today), None)

    def _start_from_booking(self, request: RequestRow) -> None:
        """The booked session's length and loket (its 90 minutes were shown as 60), and the question the
        person asked when it was booked, in Leervraag, to be sharpened in the conversation."""
        booked = self.booked or self.early
        if booked is not None:
            if booked.minutes:
                self.minutes.setValue(booked.minutes)
            choose_data(self.loket, booked.loket_id)     # a UUID: Qt's findData never found it
        if request.question and request.question.strip():
            self.question.setPlainText(request.question)
            self._prefilled["question"] = request.question

    def _start_from_client(self, client_id: uuid.UUID | None) -> None:
        """Studieverleden, Praktische drempels and Netwerk as the client's record holds them."""
        if client_id is None:
            return
        known = self._ctx.service(Clients).editable(client_id)
        for name in CLIENT_FIELDS:
            value = getattr(known, name) or ""
            self._set_text(name, value)
            self._prefilled[name] = value

    def payload(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: self._text(name) for name in TEXT_FIELDS}
        values["session_type"] = self.session_type.chosen("session_type").value
        values["minutes"] = self.minutes.value()
        if self.moment.isEnabled() and self.moment.chosen():
            values["at"] = self.moment.typed()      # the moment given; untouched, it is when the form opens
        return values

    def has_typing(self) -> bool:
        return any(self._text(name).strip() and self._text(name) != self._prefilled.get(name)
                   for name in TEXT_FIELDS)

    def save_draft(self) -> bool:
        """Keep what was typed; runs on a timer and whenever the form closes without saving. Returns whether
        what was typed is kept as a draft now.

        A draft that cannot be written (a full disk, a database busy elsewhere) is said in one line in the form,
        never in a dialog that would take the typing away, and written at the next tick: the text stays in the
        form meanwhile."""
        if self._saved or not self.has_typing():
            return False
        payload = self.payload()
        if payload != self._last_saved_payload:
            try:
                self._ctx.service(Drafts).save(FORM, self._request_id, payload, self._client_id)
            except Exception as problem:
                if not write_refused(problem):
                    raise
                self._draft_failed(problem)
                return False
            self._last_saved_payload = payload
            self.draft_note.setText("")
        return True

    def _draft_failed(self, problem: Exception) -> None:
        if self.draft_note.text():
            return                                  # said once until a draft is written again
        LOG.warning("a draft could not be saved (%s); tried again at the next autosave", type(problem).__name__)
        self.draft_note.show_message(
            self.tr("Het concept kon niet bewaard worden: de schijf is vol. Uw tekst blijft staan; het wordt "
                    "opnieuw geprobeerd.") if disk_full(problem) else
            self.tr("Het concept kon nu niet bewaard worden. Uw tekst blijft staan; het wordt opnieuw geprobeerd."),
            Tone.WARNING)

    def restore_draft(self) -> None:
        """The draft's texts; a client's field the draft left empty keeps what the dossier knows (a draft typed
        before the form showed it would otherwise empty it at the save)."""
        if self._pending_draft:
            for name in TEXT_FIELDS:
                value = str(self._pending_draft.get(name, ""))
                if name not in CLIENT_FIELDS or value.strip():
                    self._set_text(name, value)
            self.minutes.setValue(int(self._pending_draft.get("minutes", 60)))
            self.session_type.select(SessionType(self._pending_draft.get("session_type", "trajectory")))
            if isinstance(self._pending_draft.get("at"), dict) and self.moment.isEnabled():
                self.moment.restore(self._pending_draft["at"])
        self.draft_bar.hide()

    def discard_draft(self) -> None:
        self._ctx.service(Drafts).discard(FORM, self._request_id)
        self._pending_draft = None
        self.draft_bar.hide()

    def save(self) -> None:
        """Record the session (and the intake facts); on an error the typed text stays. A day refused is said under
        Wanneer, as it is when the field is left."""
        if self.moment.isEnabled() and not self.moment.check():
            self.error.clear_error()                # the one line that counts now is the day's
            self.moment.setFocus()
            self.save_draft()
            return
        if perform(self._ctx.operations, taking_stored(self._record, self._took_stored), self.error,
                   OpChanges(Change.REQUESTS | Change.TIMELINE | Change.AGENDA, self._client_id,
                             self.tr("Gesprek bewaard")),
                   {"summary": self.summary, "minutes": self.minutes, "at": self.moment}) is None:
            self.save_draft()
            return
        self._saved = True
        self._autosave.stop()
        try:
            self._ctx.service(Drafts).discard(FORM, self._request_id)
        except Exception as problem:                # the session is saved; its draft goes at a later discard
            if not write_refused(problem):
                raise
            LOG.warning("a saved session's draft could not be discarded (%s)", type(problem).__name__)
        self.accept()

    def keeps_typing_elsewhere(self) -> bool:
        return True                             # Escape keeps what was typed as a draft

    def keeps_drafts(self) -> bool:
        return True

    def _record(self) -> None:
        if not (self._text("summary").strip() or self._text("notes").strip()):
            raise InvalidValue("summary", "required")        # an empty form is no session
        now = self._ctx.clock.now()
        at = self.moment.value() if self.moment.isEnabled() else now     # greyed: a booking keeps its moment
        check_took_place(at, now)                   # before the intake facts are written: all or nothing
        question = self._text("question")
        intake = IntakeInput(
            question=question if question and question != self._prefilled.get("question") else None,   # as asked
            study_history=self._changed("study_history"),        # the client's record: what changed
            practical_barriers=self._changed("practical_barriers"),
            support_network=self._changed("support_network"))
        if any(v is not None for v in vars(intake).values()):
            self._ctx.service(Requests).record_intake(self._request_id, intake, loaded=dict(self._prefilled))
        contacts = self._ctx.service(Contacts)
        booked = self.held_booking()
        if booked is not None:      # the session booked for today (or missed earlier) took place: not a second one
            contacts.hold_session(booked.id, self.minutes.value(),
                                  self._text("summary") or None, self._text("notes") or None)
        elif self.early is not None and self.take_early.isChecked():     # the booked intake, held earlier
            contacts.hold_early(self.early.id, at, self.minutes.value(), self.loket.currentData(),
                                self._text("summary") or None, self._text("notes") or None)
        else:
            contacts.record_session(
                self._request_id, at, self.minutes.value(), self.session_type.chosen("session_type"),
                self.loket.currentData(), self._text("summary") or None, self._text("notes") or None)

    def reject(self) -> None:
        if self._keeps_unsaved_text():
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._keeps_unsaved_text():
            event.ignore()
            return
        super().closeEvent(event)

    def _keeps_unsaved_text(self) -> bool:
        """Whether the form stays open on Escape or a close because what was typed could not be kept as a draft
        (a full disk): closing would lose it. Said in the form's line; the next autosave tries again."""
        if self._saved or not self.has_typing() or self.save_draft():
            return False
        self.draft_note.show_message(self.tr(
            "Het concept kon niet bewaard worden, dus het formulier blijft open: zo gaat uw tekst niet verloren. "
            "Maak ruimte vrij en sluit dan opnieuw, of bewaar het gesprek."), Tone.WARNING)
        return True

    def _took_stored(self, stored: dict[str, Any]) -> None:
        """Someone else saved these texts (the question, the client's notes) meanwhile: what is stored now is
        what the form starts from (the next save overwrites it knowingly); the focus goes to the first."""
        for name, value in stored.items():
            self._prefilled[name] = value or ""
        if (first := next(iter(stored), None)) in TEXT_FIELDS:
            getattr(self, first).setFocus()

    def _changed(self, name: str) -> str | None:
        """A client's field as typed when it differs from what the dossier knew ("" when emptied), else None."""
        text = self._text(name)
        return None if text.strip() == self._prefilled.get(name, "").strip() else text

    def _text(self, name: str) -> str:
        widget = getattr(self, name)
        return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()

    def _set_text(self, name: str, value: str) -> None:
        widget = getattr(self, name)
        if isinstance(widget, QLineEdit):
            widget.setText(value)
        else:
            widget.setPlainText(value)
