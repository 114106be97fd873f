"""Consent and warm handover: record what the client agreed to; hand over exactly that, or nothing; and the
client's withdrawal of a consent (GDPR art. 7(3)), after which nothing is shared under it."""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.domain.consent import Recipient
from leerwinkel_desk.domain.enums import ConsentMethod, ConsentPurpose, DataItem, HandoverMode
from leerwinkel_desk.services.catalogue import Catalogue
from leerwinkel_desk.services.consents import ConsentRow, Consents
from leerwinkel_desk.services.context import local_today
from leerwinkel_desk.services.handovers import Handovers
from leerwinkel_desk.services.options import Options
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.services.social_map import SocialMap
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.date_field import DayBox
from leerwinkel_desk.ui.design.components import PlainLabel
from leerwinkel_desk.ui.feedback import ErrorLabel, ask_first
from leerwinkel_desk.ui.form_dialog import FormDialog
from leerwinkel_desk.ui.models import Column, RowsModel
from leerwinkel_desk.ui.operation import Change, OpChanges, perform
from leerwinkel_desk.ui.screen_fit import fitting_size
from leerwinkel_desk.ui.texts import data_item_label, format_date, method_label, mode_label, purpose_label
from leerwinkel_desk.ui.widgets import EnumCombo, compact_rows, fit_columns, python_date, show_placeholder

DEFAULT_CONSENT_DAYS = 365


def index_of(combo: QComboBox, value: object) -> int:
    """The row whose data equals `value` (findData compares Python objects by identity)."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


class RecipientPicker(QWidget):
    """A partner organisation of the social map and, optionally, one person there.

    A name typed that is not on the social map (a school counsellor the office has not
    registered yet) is a recipient by that name alone: consent and handover match it exactly.
    """

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation.setAccessibleName(self.tr("Organisatie"))
        for partner in ctx.service(SocialMap).partners():
            self.organisation.addItem(partner.name, partner.id)
        self.organisation.setCurrentIndex(-1)       # nobody until chosen: never the map's first entry
        line = self.organisation.lineEdit()
        assert line is not None, "an editable combo box has its line edit"
        show_placeholder(line, self.tr("organisatie van de sociale kaart of een naam"), self.organisation)
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Persoon"))
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("&Organisatie"), self.organisation)
        layout.addRow(self.tr("&Persoon"), self.person)
        self._loaded_for: object = ...
        self.organisation.editTextChanged.connect(self._load_people)
        self._load_people()

    def select(self, recipient: Recipient) -> None:
        """Propose `recipient`, its name selected: what the person types next replaces it (it was appended to)."""
        index = index_of(self.organisation, recipient.org_id) if recipient.org_id is not None else -1
        if index >= 0:
            self.organisation.setCurrentIndex(index)
            self.person.setCurrentIndex(max(index_of(self.person, recipient.contact_id), 0))
        elif recipient.name:
            self.organisation.setEditText(recipient.name)
        line = self.organisation.lineEdit()
        assert line is not None, "an editable combo box has its line edit"
        line.selectAll()

    def partner_id(self) -> uuid.UUID | None:
        """The partner whose name is in the field (typed or chosen), or None for a name off the map."""
        index = self.organisation.findText(self.organisation.currentText().strip(),
                                           Qt.MatchFlag.MatchFixedString)
        return self.organisation.itemData(index) if index >= 0 else None

    def recipient(self) -> Recipient:
        org_id = self.partner_id()
        if org_id is None:
            return Recipient(None, None, self.organisation.currentText().strip() or None)
        return Recipient(org_id, self.person.currentData(),
                         self.person.currentText() if self.person.currentData() else self.organisation.currentText())

    def _load_people(self) -> None:
        org_id = self.partner_id()
        if org_id == self._loaded_for:
            return
        self._loaded_for = org_id
        self.person.clear()
        self.person.addItem(self.tr("(de organisatie)"), None)
        if org_id is not None:
            for contact in self._ctx.service(SocialMap).contacts(org_id):
                self.person.addItem(contact.full_name, contact.id)
        self.person.setEnabled(org_id is not None)


def fill_items(widget: QListWidget, items: list[DataItem], checked: frozenset[DataItem]) -> None:
    """A checklist of data items, in the order of DataItem."""
    widget.clear()
    for item in items:
        entry = QListWidgetItem(data_item_label(item))
        entry.setData(Qt.ItemDataRole.UserRole, item.value)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Checked if item in checked else Qt.CheckState.Unchecked)
        widget.addItem(entry)


def checked_items(widget: QListWidget) -> frozenset[DataItem]:
    return frozenset(DataItem(widget.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(widget.count())
                     if widget.item(i).checkState() == Qt.CheckState.Checked)


class ConsentDialog(FormDialog):
    def __init__(self, ctx: DeskContext, client_id: uuid.UUID, request_id: uuid.UUID | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._client_id, self._request_id = ctx, client_id, request_id
        self.setWindowTitle(self.tr("Toestemming registreren"))
        self.recipient = RecipientPicker(ctx)
        self.purpose = EnumCombo(ConsentPurpose, ((p, purpose_label(p)) for p in ConsentPurpose))
        self.items = QListWidget()
        fill_items(self.items, list(DataItem), frozenset())
        self.items.setAccessibleName(self.tr("Gegevens die gedeeld mogen worden"))
        self.method = EnumCombo(ConsentMethod, ((m, method_label(m)) for m in ConsentMethod))
        self.expires = DayBox(local_today(ctx.clock) + timedelta(days=DEFAULT_CONSENT_DAYS))
        self._preselect_chosen_school()
        form = QFormLayout()
        form.addRow(self.tr("Ontvanger"), self.recipient)
        form.addRow(self.tr("&Doel"), self.purpose)
        form.addRow(self.tr("&Gegevens"), self.items)
        form.addRow(self.tr("&Hoe gegeven"), self.method)
        form.addRow(self.tr("Geldig &tot"), self.expires)
        self.lay_out(form, self.tr("&Bewaren"))

    def _preselect_chosen_school(self) -> None:
        """The provider of the option the client chose (by its name on the social map), or nobody."""
        if self._request_id is None:
            return
        chosen = [o for o in self._ctx.service(Options).for_request(self._request_id) if o.chosen_on]
        if chosen and chosen[-1].course_id is not None:
            provider = self._ctx.service(Catalogue).course(chosen[-1].course_id).provider_name
            index = self.recipient.organisation.findText(provider, Qt.MatchFlag.MatchFixedString)
            self.recipient.select(Recipient(self.recipient.organisation.itemData(index), None, provider)
                                  if index >= 0 else Recipient(None, None, provider))

    def save(self) -> None:
        expires = self.expires.date()
        if perform(self._ctx.operations, lambda: self._ctx.service(Consents).grant(
                self._client_id, self.recipient.recipient(), self.purpose.chosen("purpose"),
                checked_items(self.items), self.method.chosen("method"),
                expires_on=python_date(expires), request_id=self._request_id), self.error,
                OpChanges(Change.CONSENTS | Change.TIMELINE, self._client_id, self.tr("Toestemming geregistreerd")),
                {"data_items": self.items, "recipient": self.recipient.organisation, "expires_on": self.expires}):
            self.accept()


class HandoverDialog(FormDialog):
    """Shows exactly which items will be shared; without a matching consent it cannot proceed."""

    def __init__(self, ctx: DeskContext, request_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._request_id = ctx, request_id
        self.setWindowTitle(self.tr("Warme overdracht"))
        self.recipient = RecipientPicker(ctx)
        self.mode = EnumCombo(HandoverMode, ((m, mode_label(m)) for m in HandoverMode))
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Gegevens die gedeeld worden"))
        self.no_consent = PlainLabel(self.tr("⚠ Geen geldige toestemming voor deze ontvanger: "
                                              "er kan niets gedeeld worden. Registreer eerst de toestemming."))
        self.no_consent.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Ontvanger"), self.recipient)
        form.addRow(self.tr("&Hoe"), self.mode)
        form.addRow(self.tr("Wordt &gedeeld"), self.items)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Overdracht &registreren"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.no_consent)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.recipient.organisation.editTextChanged.connect(self.refresh)
        self.recipient.person.currentIndexChanged.connect(self.refresh)
        self._preselect_consented_recipient()
        self.refresh()

    def _preselect_consented_recipient(self) -> None:
        """Start from the recipient of the client's newest active warm-handover consent."""
        client_id = self._ctx.service(Requests).get(self._request_id).client_id
        if client_id is None:
            return
        today = local_today(self._ctx.clock)
        consents = [c for c in self._ctx.service(Consents).for_client(client_id)
                    if c.purpose is ConsentPurpose.WARM_HANDOVER and c.withdrawn_at is None
                    and (c.expires_on is None or c.expires_on >= today)]
        if consents:
            self.recipient.select(consents[-1].recipient)

    def refresh(self) -> None:
        allowed = self._ctx.service(Handovers).shareable(self._request_id, self.recipient.recipient())
        fill_items(self.items, [item for item in DataItem if item in allowed], allowed)
        self.no_consent.setVisible(not allowed)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(allowed))

    def save(self) -> None:
        if perform(self._ctx.operations, lambda: self._ctx.service(Handovers).hand_over(
                self._request_id, self.recipient.recipient(), self.mode.chosen("mode"), checked_items(self.items)),
                self.error, OpChanges(Change.REQUESTS | Change.TIMELINE, None, self.tr("Overdracht geregistreerd")),
                {"items": self.items, "recipient": self.recipient.organisation}):
            self.accept()


def recipient_text(recipient: Recipient, partners: dict[uuid.UUID, str]) -> str:
    """A consent's recipient as the counsellor knows it: the person and their organisation, or the name typed."""
    organisation = partners.get(recipient.org_id) if recipient.org_id is not None else None
    name = recipient.name or organisation or ""
    return f"{name} ({organisation})" if organisation and name != organisation else name


class WithdrawConsentDialog(QDialog):
    """The client withdraws a consent: the ones still standing (recipient, purpose, since, until), the one
    chosen withdrawn after a question (Enter or Escape there keeps it; Alt+I withdraws). From then on no
    handover and no letter is made under it; what was shared before stays shared."""

    def __init__(self, ctx: DeskContext, client_id: uuid.UUID, consents: list[ConsentRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._client_id = ctx, client_id
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Toestemming intrekken"))
        self.resize(fitting_size(self, QSize(680, 360)))
        self._partners = ctx.service(SocialMap).partner_names()
        self.model = RowsModel[ConsentRow]([
            Column(lambda: self.tr("Ontvanger"), lambda c: recipient_text(c.recipient, self._partners)),
            Column(lambda: self.tr("Doel"), lambda c: purpose_label(c.purpose)),
            Column(lambda: self.tr("Sinds"), lambda c: format_date(c.given_on)),
            Column(lambda: self.tr("Tot"), lambda c: format_date(c.expires_on) if c.expires_on
                   else self.tr("onbepaald")),
        ], self)
        self.model.set_rows(consents)
        self.consents = QTableView()
        self.consents.setModel(self.model)
        self.consents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.consents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consents.setTabKeyNavigation(False)        # Tab goes on to the buttons
        self.consents.setAccessibleName(self.tr("Toestemmingen in voege"))
        self.consents.verticalHeader().hide()
        compact_rows(self.consents)
        fit_columns(self.consents, stretch=0)
        self.consents.selectRow(0)
        listed = PlainLabel(self.tr("&Toestemmingen in voege"))
        listed.setBuddy(self.consents)
        after = PlainLabel(self.tr("Na het intrekken wordt er niets meer mee gedeeld: geen overdracht en geen brief. "
                                    "Wat al gedeeld werd, blijft gedeeld."))
        after.setWordWrap(True)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.withdraw_button = QPushButton(self.tr("&Intrekken…"))
        self.withdraw_button.setDefault(True)
        buttons.addButton(self.withdraw_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.withdraw_button.clicked.connect(self.ask_withdraw)
        layout = QVBoxLayout(self)
        layout.addWidget(listed)
        layout.addWidget(self.consents, 1)
        layout.addWidget(after)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.consents.setFocus()

    def chosen(self) -> ConsentRow | None:
        index = self.consents.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def ask_withdraw(self) -> None:
        """Asked first, naming the consent: withdrawing cannot be undone (the client gives a new one)."""
        consent = self.chosen()
        if consent is None:
            return
        question = self.tr("De toestemming voor {recipient} ({purpose}, sinds {since}) intrekken? Er wordt daarna "
                           "niets meer mee gedeeld; om opnieuw te delen geeft de cliënt een nieuwe toestemming.")
        question = question.format(recipient=recipient_text(consent.recipient, self._partners),
                                   purpose=purpose_label(consent.purpose), since=format_date(consent.given_on))
        self.confirm_box = ask_first(self, self.windowTitle(), question, self.tr("&Intrekken"),
                                     self.tr("Niet intrekken"), lambda: self.withdraw(consent.id),
                                     do_by_default=False)
        self.confirm_box.finished.connect(self._confirm_closed)

    def _confirm_closed(self, _result: int) -> None:
        self.confirm_box = None

    def withdraw(self, consent_id: uuid.UUID) -> None:
        """Withdrawn (and audited) by the service; the dossier's header and timeline follow at once."""
        if perform(self._ctx.operations, lambda: self._ctx.service(Consents).withdraw(consent_id), self.error,
                   OpChanges(Change.CONSENTS | Change.TIMELINE, self._client_id, self.tr("Toestemming ingetrokken"))):
            self.accept()
