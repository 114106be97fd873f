"""The ReportLab `LetterRenderer` that `services.letters.Letters` is given: letterhead plus document."""

from __future__ import annotations

from importlib.resources.abc import Traversable

from leerwinkel_desk.reports.access_report import access_report_pdf
from leerwinkel_desk.reports.appointment_card import appointment_card_pdf
from leerwinkel_desk.reports.client_summary import client_summary_pdf
from leerwinkel_desk.reports.handover_letter import handover_letter_pdf
from leerwinkel_desk.reports.letterhead import Letterhead, letterhead_folder, load_letterhead
from leerwinkel_desk.reports.receipt import contribution_receipt_pdf
from leerwinkel_desk.reports.recovery_sheet import recovery_sheet_pdf
from leerwinkel_desk.services.appointment_card import AppointmentCard, CardSize
from leerwinkel_desk.services.contributions import Receipt
from leerwinkel_desk.services.dossier import AccessRequest
from leerwinkel_desk.services.letter_content import HandoverData, OfficeHeading, SummaryData
from leerwinkel_desk.services.letters import office_letterhead_folder
from leerwinkel_desk.services.recovery import RecoverySheet
from leerwinkel_desk.store.engine import Database


class PdfLetters:
    """Renders letters under each office's letterhead (loaded once per office and its details)."""

    def __init__(self, letterheads: Traversable | None = None, office_folder: Traversable | None = None) -> None:
        self._folder = letterheads or letterhead_folder()
        self._office_folder = office_folder
        self._loaded: dict[OfficeHeading, Letterhead] = {}

    @classmethod
    def for_database(cls, db: Database) -> PdfLetters:
        """The app's letterheads, overridden by the office's own in `letterhead/` next to the database."""
        return cls(office_folder=office_letterhead_folder(db))

    def letterhead(self, office: OfficeHeading) -> Letterhead:
        if office not in self._loaded:
            self._loaded[office] = load_letterhead(office, self._folder, self._office_folder)
        return self._loaded[office]

    def summary(self, data: SummaryData) -> bytes:
        return client_summary_pdf(data, self.letterhead(data.office))

    def handover(self, data: HandoverData) -> bytes:
        return handover_letter_pdf(data, self.letterhead(data.office))

    def access_report(self, request: AccessRequest) -> bytes:
        """The readable answer to an access request (not filed: the person takes it with the JSON)."""
        return access_report_pdf(request, self.letterhead(request.office))

    def receipt(self, receipt: Receipt) -> bytes:
        """The receipt of a client contribution, for the client to take home (not filed)."""
        return contribution_receipt_pdf(receipt, self.letterhead(receipt.office))

    def recovery_sheet(self, sheet: RecoverySheet) -> bytes:
        """The office's recovery key to print and lock away (never filed, never stored)."""
        return recovery_sheet_pdf(sheet, self.letterhead(sheet.office))

    def appointment_card(self, card: AppointmentCard, size: CardSize = CardSize.A6) -> bytes:
        """The client's appointment card (A6 or A5; not filed: the client takes it)."""
        return appointment_card_pdf(card, self.letterhead(card.office), size)
