"""Erasing a client (GDPR), a coordinator's step that cannot be undone: the dialog says in plain words what goes,
what stays (the anonymised requests, for the figures), what the app cannot reach (copies saved outside it,
letters already sent) and which of the client's work still to do the erasure ends (services/erasure.py's
`work_ended`). The dossier number is typed to confirm; a wrong one keeps the dialog open and says nothing
was erased."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from leerwinkel_desk.domain.enums import Outcome
from leerwinkel_desk.services.clients import ClientRow
from leerwinkel_desk.services.erasure import ErasureOutlook, Erasures
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.design.components import Tone, text_label
from leerwinkel_desk.ui.feedback import ErrorLabel, make_room
from leerwinkel_desk.ui.form_dialog import FormDialog
from leerwinkel_desk.ui.texts import outcome_label


class EraseDialog(FormDialog):
    """What the erasure does, then the dossier number typed; `erase(number, error)` erases (True: done)."""

    def __init__(self, ctx: DeskContext, client: ClientRow, erase: Callable[[str, ErrorLabel], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._number, self._erase = client.dossier_no, erase
        self.setWindowTitle(self.tr("Cliënt wissen (AVG)"))
        name = " ".join(part for part in (client.first_name, client.last_name) if part) or client.dossier_no
        self.explanation = text_label("", "\n\n".join(self.paragraphs(name, ctx.service(Erasures).outlook(client.id))))
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)     # a name is never read as markup
        self.explanation.setWordWrap(True)
        self.number = QLineEdit()
        self.number.setAccessibleName(self.tr("Dossiernummer ter bevestiging"))
        self.first_field = self.number
        form = QFormLayout()
        form.addRow(self.explanation)
        form.addRow(self.tr("&Dossiernummer"), self.number)
        self.lay_out(form, self.tr("&Wissen"))
        self.number.textChanged.connect(self.error.clear_error)      # a new try: the last one's line goes
        self.setMinimumWidth(560)

    def paragraphs(self, name: str, outlook: ErasureOutlook) -> list[str]:
        """What goes, what stays, what the app cannot reach, the work that ends (only what there is), what to type."""
        texts = [
            self.tr("U wist alle persoonsgegevens van {name} ({number}): naam, geboortedatum, contactgegevens, "
                    "situatie, wat er getypt is in gesprekken en doorverwijzingen, de brieven in de app en de "
                    "concepten. Dit kan niet ongedaan worden gemaakt.").format(name=name, number=self._number),
            self.tr("Wat blijft: de leervragen en contacten, anoniem (zonder naam en zonder getypte tekst), zodat de "
                    "monitoringcijfers blijven kloppen."),
            self.tr("Wat dit niet wist: kopieën buiten de app, zoals een inzagemap of bewaarde pdf's, en brieven die "
                    "al naar partners zijn verstuurd. Die wist of vraagt u zelf terug."),
        ]
        ended = []
        if outlook.open_requests:
            ended.append(self.tr("• open leervragen: {n}. Ze worden afgesloten als ‘{dropped}’ (een bevestigde "
                                 "inschrijving blijft ‘{enrolled}’, een vraag van niveau 1 ‘{answered}’).").format(
                n=outlook.open_requests, dropped=outcome_label(Outcome.DROPPED_OUT),
                enrolled=outcome_label(Outcome.ENROLLED), answered=outcome_label(Outcome.ANSWERED)))
        if outlook.booked_sessions:
            ended.append(self.tr("• geboekte gesprekken: {n}. Ze worden geannuleerd; laat het de cliënt weten.")
                         .format(n=outlook.booked_sessions))
        if outlook.open_loops:
            ended.append(self.tr("• doorverwijzingen zonder uitkomst: {n}. Ze blijven zonder uitkomst en verdwijnen "
                                 "van Vandaag.").format(n=outlook.open_loops))
        if ended:
            texts.append("\n".join([self.tr("⚠ Lopend werk dat hiermee stopt:"), *ended]))
        texts.append(self.tr("Typ het dossiernummer {number} om te bevestigen.").format(number=self._number))
        return texts

    def save(self) -> None:
        if self.number.text().strip().upper() != self._number:
            self.error.show_message(self.tr("Dat is niet het dossiernummer {number}: er is niets gewist.").format(
                number=self._number), Tone.DANGER)
            self.error.show()
            make_room(self.error)
            self.number.setFocus()
            self.number.selectAll()
            return
        if self._erase(self._number, self.error):
            self.accept()
