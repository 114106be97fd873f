"""Printing a client summary, a warm-handover letter or an earlier letter again: preview, Qt's print dialog,
or save as PDF."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QStandardPaths, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.domain.errors import DomainError
from leerwinkel_desk.services.letters import LetterKind, LetterRow, Letters, PrintedLetter
from leerwinkel_desk.store.durable import write_whole
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.dialogs.sharing import RecipientPicker
from leerwinkel_desk.ui.feedback import ErrorLabel
from leerwinkel_desk.ui.operation import Change, OpChanges, perform
from leerwinkel_desk.ui.screen_fit import fitting_size
from leerwinkel_desk.ui.texts import format_moment
from leerwinkel_desk.ui.worker import Progress

PREVIEW_SCALE = 1.2          # 72 dpi PDF points to screen pixels
PRINT_DPI = 300


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
                                 f"  ({row.file_name})", row)
        self.again_choice.setEnabled(self.earlier.count() > 0)
        self.earlier.setEnabled(self.earlier.count() > 0)
        self.earlier.activated.connect(lambda _index: self.again_choice.setChecked(True))
        self.recipient = RecipientPicker(ctx)
        if request_id is not None:
            try:            # start from the recipient the client consented to, if there is one
                self.recipient.select(self._letters().default_recipient(request_id))
            except DomainError:
                pass
        self.make_button = QPushButton(self.tr("&Voorbeeld maken"))
        self.print_button = QPushButton(self.tr("&Afdrukken…"))
        self.save_button = QPushButton(self.tr("Opslaan als P&DF…"))
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        self.status = QLabel()
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
        layout.addWidget(self.again_choice)
        layout.addWidget(self.earlier)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.preview, 1)
        self.make_button.clicked.connect(self.make)
        for choice in (self.summary_choice, self.handover_choice, self.again_choice):
            choice.toggled.connect(self.choice_changed)
        self.recipient.organisation.editTextChanged.connect(self.choice_changed)
        self.recipient.person.currentIndexChanged.connect(self.choice_changed)
        self.earlier.currentIndexChanged.connect(self.choice_changed)
        self.print_button.clicked.connect(self.ask_printer)
        self.save_button.clicked.connect(self.ask_file)

    def _letters(self) -> Letters:
        from leerwinkel_desk.reports.letters import PdfLetters  # ReportLab: loaded when first needed

        return Letters(self._ctx.db, self._ctx.clock, self._ctx.actor, PdfLetters.for_database(self._ctx.db))

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
            request_id, recipient = self._request_id, self.recipient.recipient()
            assert request_id is not None, "the handover letter is offered on a request only"

            def work(_progress: Progress) -> PrintedLetter | bytes:
                return letters.preview_handover(request_id, recipient)
        self.make_button.setEnabled(False)
        self.error.clear_error()
        self.status.setText(self.tr("Voorbeeld wordt gemaakt…"))
        self._ctx.jobs.run(work, self.show_letter, self.show_failure)

    def show_failure(self, error: Exception) -> None:
        self.make_button.setEnabled(True)
        self.status.clear()
        if isinstance(error, DomainError):
            self.error.show_error(error)
        else:
            raise error

    def show_letter(self, shown: PrintedLetter | bytes) -> None:
        """A preview (bytes, not filed) or a filed letter shown again."""
        self.letter = shown if isinstance(shown, PrintedLetter) else None
        self.pdf = shown.pdf if isinstance(shown, PrintedLetter) else shown
        while (item := self.pages.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        for image in page_images(self.pdf, PREVIEW_SCALE):
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages.addWidget(page)
        self.status.setText(self.tr("Voorbeeld: nog niet bewaard in het dossier") if self.letter is None
                            else self.tr("Eerder bewaard als {name}").format(name=self.letter.file_name))
        for button in (self.make_button, self.print_button, self.save_button):
            button.setEnabled(True)

    def choice_changed(self) -> None:
        """Another letter or recipient: the preview shown no longer is what would print."""
        self.letter, self.pdf = None, None
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        if self.pages.count():
            self.status.setText(self.tr("Gewijzigd: maak het voorbeeld opnieuw"))

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
            work = partial(letters.print_handover, self._request_id, self.recipient.recipient())
        done = perform(self._ctx.operations, work, self.error, lambda letter: OpChanges(
            Change.TIMELINE, self._client_id, self.tr("Brief bewaard in het dossier als {name}").format(
                name=letter.file_name)))
        if done is None:
            return None
        self.letter, self.pdf = done.value, done.value.pdf
        self.status.setText(self.tr("Bewaard in het dossier als {name}").format(name=self.letter.file_name))
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
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Opslaan als PDF"),
                                              str(Path(folder) / self._suggested_name()), self.tr("PDF (*.pdf)"))
        if name:
            self.save_to(Path(name))

    def _suggested_name(self) -> str:
        return self.letter.file_name if self.letter is not None else self.tr("brief.pdf")

    def save_to(self, path: Path) -> None:
        """The filed PDF itself, byte for byte (filed now if this is its first print or save)."""
        letter = self.filed()
        if letter is not None:
            write_whole(path, letter.pdf)
