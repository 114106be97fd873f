"""Printing a client summary, a warm-handover letter or an earlier letter again: preview, Qt's print dialog,
or save as PDF.

A handover letter shares exactly what was decided, and the dialog says what before anything is made:
what the warm handover to that recipient shared, or else what the counsellor ticks of what the client
consented to. Nothing is ticked beforehand: the counsellor chooses each item that goes on paper (the
service refuses more than the consent, or than the handover, allows). A preview shown is always the
letter that would print now: another choice, recipient or item, or a refusal, takes it away. A letter with
characters no shipped font can print (an emoji) shows `�` in their place, and the preview says so before
anything is printed or filed (reports/fonts.py)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.domain.calendar import local_date
from leerwinkel_desk.domain.enums import DataItem
from leerwinkel_desk.domain.errors import DomainError
from leerwinkel_desk.services.letters import HandoverItems, LetterKind, LetterRow, Letters, PrintedLetter
from leerwinkel_desk.store.durable import write_whole
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.design.components import PlainLabel, StatusMessage, Tone
from leerwinkel_desk.ui.dialogs.sharing import RecipientPicker
from leerwinkel_desk.ui.feedback import ErrorLabel
from leerwinkel_desk.ui.file_dialogs import ask_save_file
from leerwinkel_desk.ui.operation import Change, OpChanges, perform
from leerwinkel_desk.ui.screen_fit import fitting_size
from leerwinkel_desk.ui.texts import data_item_label, format_date, format_moment, letter_file_name
from leerwinkel_desk.ui.worker import Progress

PREVIEW_SCALE = 1.2          # 72 dpi PDF points to screen pixels
PRINT_DPI = 300
ITEM_COLUMNS = 4             # the data items to tick, four to a row: the preview keeps its room on a laptop


def page_images(pdf: bytes, scale: float) -> list[QImage]:
    """Every page of a PDF as an image (PDFium renders; Qt shows and prints)."""
    import pypdfium2  # here, not at the top: only printing needs it, and start-up stays fast

    document = pypdfium2.PdfDocument(pdf)
    try:
        images = []
        for page in document:
            bitmap = page.render(scale=scale)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes()
            images.append(QImage(data, pil.width, pil.height, pil.width * 3,
                                 QImage.Format.Format_RGB888).copy())
        return images
    finally:
        document.close()


class PrintDialog(QDialog):
    """Produce (and file) the letter in the background, then preview, print or save it."""

    def __init__(self, ctx: DeskContext, client_id: uuid.UUID, request_id: uuid.UUID | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._client_id, self._request_id = ctx, client_id, request_id
        self.letter: PrintedLetter | None = None
        self.pdf: bytes | None = None
        self.setWindowTitle(self.tr("Afdrukken"))
        self.resize(fitting_size(self, QSize(820, 900)))
        self.summary_choice = QRadioButton(self.tr("&Samenvatting voor de cliënt"))
        self.handover_choice = QRadioButton(self.tr("&Brief warme overdracht aan:"))
        self.again_choice = QRadioButton(self.tr("Eerder gemaakte brief opnieu&w:"))
        self.summary_choice.setChecked(True)
        self.handover_choice.setEnabled(request_id is not None)
        self.earlier = QComboBox()
        self.earlier.setAccessibleName(self.tr("Eerder gemaakte brieven"))
        for row in reversed(self._letters().for_client(client_id)):          # the newest first
            kind = self.tr("samenvatting") if row.kind is LetterKind.SUMMARY else self.tr("warme overdracht")
            self.earlier.addItem(f"{format_moment(row.produced_at)}  {kind}  {row.recipient_name or ''}"
                                 f"  ({letter_file_name(row)})", row)
        self.again_choice.setEnabled(self.earlier.count() > 0)
        self.earlier.setEnabled(self.earlier.count() > 0)
        self.earlier.activated.connect(lambda _index: self.again_choice.setChecked(True))
        self.recipient = RecipientPicker(ctx)
        if request_id is not None:
            try:            # start from the recipient the client consented to, if there is one
                self.recipient.select(self._letters().default_recipient(request_id))
            except DomainError:
                pass
        self.items_box = QGroupBox(self.tr("&Gegevens in de brief"))      # Alt+G: to the first item to tick
        self.items_grid = QGridLayout()
        self.item_boxes: dict[DataItem, QCheckBox] = {}
        self.shares = PlainLabel()
        self.shares.setWordWrap(True)
        in_box = QVBoxLayout(self.items_box)
        in_box.addLayout(self.items_grid)
        in_box.addWidget(self.shares)
        self._shareable: HandoverItems | None = None
        self.file_dialog: QWidget | None = None
        self._choices = 0            # changes of letter, recipient or item so far: a preview answers one of them
        self.make_button = QPushButton(self.tr("&Voorbeeld maken"))
        self.print_button = QPushButton(self.tr("&Afdrukken…"))
        self.save_button = QPushButton(self.tr("Opslaan als P&DF…"))
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        self.status = PlainLabel()
        self.unprintable = StatusMessage()       # characters the letter shows as �, said before it is printed
        self.pages = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.pages)
        self.preview = QScrollArea()
        self.preview.setWidget(holder)
        self.preview.setWidgetResizable(True)
        self.preview.setAccessibleName(self.tr("Voorbeeld"))
        self.error = ErrorLabel()
        buttons = QHBoxLayout()
        for button in (self.make_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_choice)
        layout.addWidget(self.handover_choice)
        layout.addWidget(self.recipient)
        layout.addWidget(self.items_box)
        again = QHBoxLayout()                  # one row: the preview keeps its room on a laptop at 150 %
        again.addWidget(self.again_choice)
        again.addWidget(self.earlier, 1)
        layout.addLayout(again)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.unprintable)
        layout.addWidget(self.error)
        layout.addWidget(self.preview, 1)
        self.make_button.clicked.connect(self.make)
        for choice in (self.summary_choice, self.handover_choice, self.again_choice):
            choice.toggled.connect(self.choice_changed)
        self.recipient.organisation.editTextChanged.connect(self.choice_changed)
        self.recipient.person.currentIndexChanged.connect(self.choice_changed)
        self.earlier.currentIndexChanged.connect(self.choice_changed)
        self.handover_choice.toggled.connect(self.refresh_items)
        self.recipient.organisation.editTextChanged.connect(self.refresh_items)
        self.recipient.person.currentIndexChanged.connect(self.refresh_items)
        self.print_button.clicked.connect(self.ask_printer)
        self.save_button.clicked.connect(self.ask_file)
        self.refresh_items()

    def _letters(self) -> Letters:
        from leerwinkel_desk.reports.letters import PdfLetters  # ReportLab: loaded when first needed

        return Letters(self._ctx.db, self._ctx.clock, self._ctx.actor, PdfLetters.for_database(self._ctx.db))

    def refresh_items(self) -> None:
        """What a handover letter to the recipient chosen would share: what the handover to them shared, or
        the items the client consented to, to tick (none ticked beforehand)."""
        shown = self.handover_choice.isChecked() and self._request_id is not None
        self.items_box.setVisible(shown)
        if not shown or self._request_id is None:
            return
        shareable = self._letters().handover_items(self._request_id, self.recipient.recipient())
        if shareable == self._shareable:
            return
        self._shareable = shareable
        for box in self.item_boxes.values():
            self.items_grid.removeWidget(box)
            box.deleteLater()
        choosable = [] if shareable.handed_over is not None else [i for i in DataItem if i in shareable.allowed]
        self.item_boxes = {item: QCheckBox(data_item_label(item)) for item in choosable}
        for number, box in enumerate(self.item_boxes.values()):
            self.items_grid.addWidget(box, number // ITEM_COLUMNS, number % ITEM_COLUMNS)
            box.toggled.connect(self.items_changed)
            box.show()                              # added to a dialog already shown
        self.show_shares()

    def items_changed(self) -> None:
        self.choice_changed()
        self.show_shares()

    def chosen_items(self) -> frozenset[DataItem]:
        """The items the handover letter shares: the handover's, or those ticked."""
        if self._shareable is None:
            return frozenset()
        if self._shareable.handed_over is not None:
            return self._shareable.handed_over
        return frozenset(item for item, box in self.item_boxes.items() if box.isChecked())

    def show_shares(self) -> None:
        """In words, before anything is made: what the letter will share, and why that."""
        shareable, items = self._shareable, self.chosen_items()
        named = ", ".join(data_item_label(item) for item in DataItem if items and item in items)
        handed_over_on = format_date(local_date(shareable.handed_over_at)) if shareable and shareable.handed_over_at \
            else ""
        if shareable is None:
            text = ""
        elif shareable.handed_over is not None and shareable.handed_over <= shareable.allowed:
            text = self.tr("De brief deelt wat bij de warme overdracht van {date} beslist werd: {items}.").format(
                date=handed_over_on, items=named)
        elif shareable.handed_over is not None:
            text = self.tr("Bij de warme overdracht van {date} werd gedeeld: {items}. De toestemming daarvoor "
                           "geldt niet meer: de brief kan het niet delen.").format(
                date=handed_over_on, items=named)
        elif not shareable.allowed:
            text = self.tr("Geen geldige toestemming voor deze ontvanger: de brief kan niets delen.")
        elif named:
            text = self.tr("Nog geen warme overdracht aan deze ontvanger. De brief deelt: {items}.").format(
                items=named)
        else:
            text = self.tr("Nog geen warme overdracht aan deze ontvanger: vink aan wat de brief deelt (alleen wat "
                           "de cliënt toestond).")
        self.shares.setText(text)

    def make(self) -> None:
        """The preview, made in the background. It files nothing: only printing or saving files the
        letter on the case (once); an earlier letter is shown as it was filed."""
        letters = self._letters()
        if self.again_choice.isChecked():
            earlier = self.earlier.currentData()

            def work(_progress: Progress) -> PrintedLetter | bytes:
                return letters.reprinted(earlier)
        elif self.summary_choice.isChecked():
            client_id = self._client_id

            def work(_progress: Progress) -> PrintedLetter | bytes:
                return letters.preview_summary(client_id)
        else:
            request_id, recipient, items = self._request_id, self.recipient.recipient(), self.chosen_items()
            assert request_id is not None, "the handover letter is offered on a request only"

            def work(_progress: Progress) -> PrintedLetter | bytes:
                return letters.preview_handover(request_id, recipient, items)
        self.make_button.setEnabled(False)
        self.error.clear_error()
        self.status.setText(self.tr("Voorbeeld wordt gemaakt…"))
        asked = self._choices
        self._ctx.jobs.run(work, lambda shown: self.show_letter(shown) if asked == self._choices else self.outdated(),
                           lambda error: self.show_failure(error) if asked == self._choices else self.outdated())

    def outdated(self) -> None:
        """A preview asked for before the choice changed: not shown, it is not what would print."""
        self.make_button.setEnabled(True)
        self.status.setText(self.tr("Gewijzigd: maak het voorbeeld opnieuw"))

    def show_failure(self, error: Exception) -> None:
        """A refusal takes the preview away: what was shown before is not what was asked for."""
        self.make_button.setEnabled(True)
        self.status.clear()
        self.clear_preview()
        if isinstance(error, DomainError):
            self.error.show_error(error)
        else:
            raise error

    def show_letter(self, shown: PrintedLetter | bytes) -> None:
        """A preview (bytes, not filed) or a filed letter shown again."""
        self.clear_preview()
        self.letter = shown if isinstance(shown, PrintedLetter) else None
        self.pdf = shown.pdf if isinstance(shown, PrintedLetter) else shown
        for image in page_images(self.pdf, PREVIEW_SCALE):
            page = PlainLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages.addWidget(page)
        self.status.setText(self.tr("Voorbeeld: nog niet bewaard in het dossier") if self.letter is None
                            else self.tr("Eerder bewaard als {name}").format(name=letter_file_name(self.letter)))
        self.show_unprintable(self.pdf)
        for button in (self.make_button, self.print_button, self.save_button):
            button.setEnabled(True)

    def show_unprintable(self, pdf: bytes) -> None:
        """Say how many characters the letter shows as � because no shipped font can print them."""
        from leerwinkel_desk.reports.fonts import SUBSTITUTE, substituted

        count = substituted(pdf)
        self.unprintable.show_message(self.tr(
            "Niet alle tekens kunnen gedrukt worden: {count}× staat er {mark} in de plaats (een emoji, of een "
            "schrift zonder lettertype). Pas de tekst in het dossier aan als dat nodig is.").format(
            count=count, mark=SUBSTITUTE) if count else "", Tone.WARNING)

    def choice_changed(self) -> None:
        """Another letter, recipient or item: the preview shown no longer is what would print, so it goes (and a
        refusal of the choice before with it)."""
        self._choices += 1
        if self.pages.count():
            self.status.setText(self.tr("Gewijzigd: maak het voorbeeld opnieuw"))
        self.clear_preview()
        self.error.clear_error()

    def clear_preview(self) -> None:
        """No pages shown and nothing to print or save until a preview is made again."""
        self.letter, self.pdf = None, None
        self.unprintable.setText("")
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        while (item := self.pages.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()

    def filed(self) -> PrintedLetter | None:
        """The letter on the case: filed now (the first time it is printed or saved), or None if refused."""
        if self.letter is not None:
            return self.letter
        letters = self._letters()
        work: Callable[[], PrintedLetter]
        if self.again_choice.isChecked():
            earlier: LetterRow = self.earlier.currentData()
            work = partial(letters.reprinted, earlier)
        elif self.summary_choice.isChecked():
            work = partial(letters.print_summary, self._client_id)
        else:
            assert self._request_id is not None, "the handover letter is offered on a request only"
            work = partial(letters.print_handover, self._request_id, self.recipient.recipient(), self.chosen_items())
        done = perform(self._ctx.operations, work, self.error, lambda letter: OpChanges(
            Change.TIMELINE, self._client_id, self.tr("Brief bewaard in het dossier als {name}").format(
                name=letter_file_name(letter))))
        if done is None:
            return None
        self.letter, self.pdf = done.value, done.value.pdf
        self.status.setText(self.tr("Bewaard in het dossier als {name}").format(name=letter_file_name(self.letter)))
        return self.letter

    def ask_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted.value and self.filed():
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Each page of the filed letter, rendered at printer resolution, fills the printable area."""
        letter = self.filed()
        if letter is None:
            return
        painter = QPainter(printer)
        try:
            for number, image in enumerate(page_images(letter.pdf, PRINT_DPI / 72)):
                if number:
                    printer.newPage()
                area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
                target = image.size().scaled(area.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF(area.topLeft(), target.toSizeF()), image)
        finally:
            painter.end()

    def ask_file(self) -> None:
        self.file_dialog = ask_save_file(self, self.tr("Opslaan als PDF"), self._suggested_name(), "pdf", self.save_to)

    def _suggested_name(self) -> str:
        return letter_file_name(self.letter) if self.letter is not None else self.tr("brief.pdf")

    def save_to(self, path: Path) -> None:
        """The filed PDF itself, byte for byte (filed now if this is its first print or save)."""
        letter = self.filed()
        if letter is not None:
            write_whole(path, letter.pdf)
