"""The first contact in one form: answer it at tier 1 (anonymous if the person wishes) or book an intake.

A new contact starts with nobody, also from an open dossier: the caller is often not the client whose dossier
happens to be open, and a stranger's question filed in someone else's dossier is a data-protection incident.
That client is offered instead, one key away (Alt+G); the heading, the Cliënt field and Anoniem always agree."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.domain.enums import Channel, Outcome
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.services.agenda import Agenda, Slot
from leerwinkel_desk.services.clients import ClientRow
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.offices import OfficeSetup
from leerwinkel_desk.services.requests import RequestRow
from leerwinkel_desk.services.social_map import SocialMap
from leerwinkel_desk.ui.client_picker import ClientPicker, picker_text
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.design.components import PlainLabel
from leerwinkel_desk.ui.dialogs.new_client import NewClientDialog
from leerwinkel_desk.ui.feedback import ErrorLabel
from leerwinkel_desk.ui.form_dialog import FormDialog
from leerwinkel_desk.ui.operation import Change, OpChanges, perform
from leerwinkel_desk.ui.screen_fit import fitting_size
from leerwinkel_desk.ui.texts import format_moment
from leerwinkel_desk.ui.widgets import ChannelCombo, note_field, scroll_area

SLOT_DAYS = 21
DISPATCH_CHANNELS = (Channel.PHONE, Channel.FACE_TO_FACE, Channel.EMAIL, Channel.CHAT,
                     Channel.WEBSITE, Channel.WHATSAPP, Channel.SMS, Channel.FACEBOOK)


def split_name(typed: str) -> tuple[str, str]:
    """A name typed in one field as first name and last name: the first word, then the rest ("Jan De Smet":
    Jan, De Smet). A dossier number or phone (digits) is no name: nothing."""
    words = typed.split()
    if not words or any(character.isdigit() for character in typed):
        return "", ""
    return words[0], " ".join(words[1:])


def full_name(client: ClientRow) -> str:
    return f"{client.first_name or ''} {client.last_name or ''}".strip()


class DispatchDialog(FormDialog):
    """Aanmelding en dispatching. Ctrl+B answers now, Ctrl+I books the intake; `offered` (the open dossier's
    client) is chosen only by Alt+G, never beforehand."""

    def __init__(self, ctx: DeskContext, offered: ClientRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.result_request: RequestRow | None = None
        self._client: ClientRow | None = None
        self._offered = offered
        self._partners = {p.name: p for p in ctx.service(SocialMap).partners()}
        self.setWindowTitle(self.tr("Nieuw contact"))
        self.resize(fitting_size(self, QSize(620, 640)))

        self.channel = ChannelCombo(DISPATCH_CHANNELS)      # a letter picks the channel, as in Ctrl+M
        self.question = note_field()
        self.question.setMaximumHeight(110)
        self.topic = QLineEdit()
        self.anonymous = QCheckBox(self.tr("&Anoniem (enkel bij een informatievraag)"))
        self.client_field = ClientPicker(ctx)
        self.client_field.setPlaceholderText(self.tr("naam of dossiernummer (nieuwe cliënt: Ctrl+Shift+N)"))
        self.client_field.picked.connect(self.choose_client)
        self.new_client_dialog: NewClientDialog | None = None
        register = QAction(self)                # the main window's Ctrl+Shift+N, here: back with the client chosen
        register.setShortcut(QKeySequence("Ctrl+Shift+N"))
        register.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        register.triggered.connect(self.register_new_client)
        self.addAction(register)
        self.offer = QPushButton(self.tr("&Gebruik de cliënt van het open dossier"))   # named in the heading:
        self.offer.setVisible(offered is not None)                  # a long name would widen the form past the screen
        self.offer.setAutoDefault(False)        # Enter answers (Beantwoorden), never chooses a client
        self.offer.clicked.connect(lambda: self.choose_client(offered) if offered is not None else None)
        self.finished.connect(lambda _result: self.client_field.searches.settle())
        self.partner = QLineEdit()
        self.partner.setPlaceholderText(self.tr("zelf gekomen — of typ een partner"))
        partner_completer = QCompleter(sorted(self._partners), self)
        partner_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        partner_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.partner.setCompleter(partner_completer)
        self.partner_contact = QComboBox()
        self.partner.textChanged.connect(self._load_partner_contacts)
        self._load_partner_contacts("")
        self.loket = QComboBox()
        self.loket.addItem(self.tr("(geen loket)"), None)
        setup = ctx.service(OfficeSetup)
        for loket in setup.lokets():
            self.loket.addItem(loket.name, loket.id)
        # each free moment names who and where (keyed also by None: a counsellor or loket gone shows nothing)
        self._loket_names: dict[uuid.UUID | None, str] = {x.id: x.name for x in setup.lokets(include_retired=True)}
        self._staff: dict[uuid.UUID | None, str] = {x.id: x.full_name for x in setup.counsellors()}

        self.whose = PlainLabel()                   # whose contact this is, in words, before anything is typed
        self.whose.setWordWrap(True)
        self.whose.setAccessibleName(self.tr("Voor wie"))
        form = QFormLayout()
        for label, widget in ((self.tr("&Vraag"), self.question), (self.tr("&Kanaal"), self.channel),
                              (self.tr("&Onderwerp"), self.topic), (self.tr("&Cliënt"), self.client_field),
                              ("", self.offer), ("", self.anonymous), (self.tr("&Doorverwezen door"), self.partner),
                              (self.tr("Contact&persoon"), self.partner_contact),
                              (self.tr("&Loket"), self.loket)):
            if label:
                widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)

        answer_box = QGroupBox(self.tr("Niveau 1: meteen beantwoorden"))
        self.answer = QLineEdit()
        self.answer.setAccessibleName(self.tr("Antwoord"))
        self.answer_minutes = QSpinBox()
        self.answer_minutes.setRange(0, 600)
        self.answer_minutes.setValue(15)
        self.answer_minutes.setAccessibleName(self.tr("Minuten"))
        self.answer_button = QPushButton(self.tr("&Beantwoorden (Ctrl+B)"))
        self.answer_button.setShortcut("Ctrl+B")
        answer_form = QFormLayout(answer_box)
        answer_form.addRow(self.tr("An&twoord"), self.answer)
        answer_form.addRow(self.tr("&Minuten"), self.answer_minutes)
        answer_form.addRow(self.answer_button)

        intake_box = QGroupBox(self.tr("Niveau 2-3: intake boeken"))
        self.slot = QComboBox()
        self.slot.setAccessibleName(self.tr("Vrij moment"))
        self.slot.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.slot.setMinimumContentsLength(24)      # a long loket's name is cut in the field, whole in its list
        self.slot.setPlaceholderText(self.tr("geen vrij moment in de komende drie weken"))
        self.book_button = QPushButton(self.tr("&Intake boeken (Ctrl+I)"))
        self.book_button.setShortcut("Ctrl+I")
        intake_row = QHBoxLayout(intake_box)
        intake_row.addWidget(self.slot, 1)
        intake_row.addWidget(self.book_button)
        self._fill_slots()
        self.loket.currentIndexChanged.connect(self._fill_slots)     # a loket chosen: only its free moments

        self.error = ErrorLabel()
        parts = QVBoxLayout()
        parts.setContentsMargins(0, 0, 0, 0)
        parts.addWidget(self.whose)
        parts.addLayout(form)
        parts.addWidget(answer_box)
        parts.addWidget(intake_box)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll_area(parts), 1)     # scrolls on a short screen (1280×720 at 150 %)
        layout.addWidget(self.error)
        self.answer_button.clicked.connect(self.answer_now)
        self.book_button.clicked.connect(self.book_intake)
        self.anonymous.setChecked(True)
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.client_field.textEdited.connect(self._forget_client_if_changed)
        self._show_whose()
        self.first_field = self.question        # the question is typed first; the channel is chosen after

    def choose_client(self, client: ClientRow) -> None:
        """This client's contact: named in the heading and the Cliënt field, no longer anonymous."""
        self._client = client
        self.client_field.setText(picker_text(client))
        self.anonymous.setChecked(False)
        self._show_whose()

    def register_new_client(self) -> None:
        """Ctrl+Shift+N: the new-client form over this one, the name typed at Cliënt filled in; once it is saved
        the new client is this contact's, and nothing typed here is lost."""
        if self.new_client_dialog is not None:
            return
        dialog = NewClientDialog(self._ctx, self, split_name(self.client_field.text()) if self._client is None
                                 else ("", ""), for_contact=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._new_client_closed(dialog))
        self.new_client_dialog = dialog
        dialog.open()                           # window-modal over this form, without a nested event loop

    def _new_client_closed(self, dialog: NewClientDialog) -> None:
        self.new_client_dialog = None
        chosen = dialog.created or dialog.existing      # registered, or a likely duplicate it was after all
        if chosen is not None:
            self.error.clear_error()
            self.choose_client(chosen)
        self.activateWindow()                   # the keyboard comes back here (not every window manager does it)

    def _anonymous_toggled(self, anonymous: bool) -> None:
        """Anonymous is nobody's: the client chosen is let go, so the field does not name them any more."""
        if anonymous and self._client is not None:
            self._client = None
            self.client_field.clear()
        self._show_whose()

    def _show_whose(self) -> None:
        client, offered = self._client, self._offered
        if client is not None:
            whose = self.tr("Voor cliënt: {name} ({number})").format(name=full_name(client), number=client.dossier_no)
        elif offered is not None:
            whose = self.tr("Voor: nog geen cliënt (anoniem of een nieuwe beller). Het open dossier is van "
                            "{name} ({number}): {key} als de vraag van die cliënt is.").format(
                name=full_name(offered), number=offered.dossier_no, key=QKeySequence.mnemonic(
                    self.offer.text()).toString(QKeySequence.SequenceFormat.NativeText))
        else:
            whose = self.tr("Voor: nog geen cliënt (anoniem of een nieuwe beller)")
        self.whose.setText(whose)
        self.offer.setEnabled(self._offered is not None and (client is None or client.id != self._offered.id))

    def _forget_client_if_changed(self, text: str) -> None:
        """Typing over the chosen client's name unlinks them: the contact is never filed on a guess."""
        if self._client is not None and text != picker_text(self._client):
            self._client = None
            self._show_whose()

    def first_contact(self) -> FirstContact:
        """The contact as the form holds it; a name typed at Cliënt but never chosen from the list is refused
        (InvalidValue "not_chosen"), never dropped: the question would be saved anonymous without a word."""
        partner = self._partners.get(self.partner.text())
        client = self._client
        if client is None and self.client_field.text().strip():
            raise InvalidValue("client", "not_chosen")
        return FirstContact(
            self.channel.chosen("channel"), self.question.toPlainText(), self.topic.text() or None,
            client.id if client else None, partner.id if partner else None,
            self.partner_contact.currentData(), self.loket.currentData())

    def answer_now(self) -> None:
        self._run(lambda: self._ctx.service(Dispatch).answer_now(
            self.first_contact(), self.answer.text(), self.answer_minutes.value() or None))

    def book_intake(self) -> None:
        slot: Slot | None = self.slot.currentData()
        if slot is None:
            return
        self._run(lambda: self._ctx.service(Dispatch).book_intake(self.first_contact(), slot))

    def _run(self, action: Callable[[], RequestRow]) -> None:
        done = perform(self._ctx.operations, action, self.error,
                       lambda request: OpChanges(Change.REQUESTS | Change.TIMELINE | Change.AGENDA, request.client_id,
                                                 self.saved_text(request)),
                       {"question": self.question, "answer": self.answer, "minutes": self.answer_minutes,
                        "client": self.client_field})
        if done is not None:
            self.result_request = done.value
            self.accept()

    def saved_text(self, request: RequestRow) -> str:
        """What Ctrl+B (answered) or Ctrl+I (intake booked) saved, for the status bar."""
        if request.outcome is Outcome.ANSWERED:
            return self.tr("Bewaard: vraag {number} beantwoord en afgesloten.").format(number=request.request_no)
        return self.tr("Bewaard: intake geboekt voor leervraag {number}.").format(number=request.request_no)

    def _load_partner_contacts(self, name: str) -> None:
        self.partner_contact.clear()
        self.partner_contact.addItem(self.tr("(niemand in het bijzonder)"), None)
        partner = self._partners.get(name)
        if partner is not None:
            for contact in self._ctx.service(SocialMap).contacts(partner.id):
                self.partner_contact.addItem(contact.full_name, contact.id)

    def _fill_slots(self) -> None:
        """The free moments of the coming SLOT_DAYS days, at the loket chosen (at every loket when none is),
        each with who and where: "07/12/2026 10:30 · Bram Vermeulen · Loket Werkwinkel". The intake is
        booked with that counsellor at that loket, so nothing is chosen without being shown."""
        agenda = self._ctx.service(Agenda)
        today = local_today(self._ctx.clock)
        loket_id = self.loket.currentData()
        self.slot.clear()
        for offset in range(SLOT_DAYS):
            for slot in agenda.free_slots(today + timedelta(days=offset), loket_id):
                if slot.at > self._ctx.clock.now():
                    self.slot.addItem(self.slot_text(slot), slot)
        self.slot.setCurrentIndex(0 if self.slot.count() else -1)    # with a placeholder, Qt would show none

    def slot_text(self, slot: Slot) -> str:
        return " · ".join(part for part in (format_moment(slot.at), self._staff.get(slot.counsellor_id, ""),
                                            self._loket_names.get(slot.loket_id, "")) if part)

