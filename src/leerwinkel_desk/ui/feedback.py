"""Showing service errors next to the form they belong to, in words, never as a traceback."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from leerwinkel_desk.domain.errors import DomainError
from leerwinkel_desk.ui.texts import error_text


class ErrorLabel(QLabel):
    """A red-and-marked line under a form; the text itself says what is wrong (not colour alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #a40000; font-weight: bold;")
        self.setAccessibleName(self.tr("Foutmelding"))
        self.hide()

    def show_error(self, error: DomainError) -> None:
        self.setText("⚠ " + error_text(error))
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()
