"""Showing service errors next to the form they belong to, in words, never as a traceback."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from leerwinkel_desk.domain.errors import DomainError


class ErrorLabel(QLabel):
    """A red-and-marked line under a form; the text itself says what is wrong (not colour alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #a40000; font-weight: bold;")
        self.setAccessibleName(self.tr("Foutmelding"))
        self.hide()

    def show_error(self, error: DomainError) -> None:
        from leerwinkel_desk.ui.texts import error_text  # not before the first window: see ui/start.py

        self.setText("⚠ " + error_text(error))
        self.show()
        make_room(self)

    def clear_error(self) -> None:
        self.clear()
        self.hide()


def make_room(shown: QWidget) -> None:
    """A dialog grows to show a text that just appeared whole (a wrapped line needs its height)."""
    window = shown.window()
    layout = window.layout()
    if not isinstance(window, QDialog) or layout is None:
        return
    layout.activate()
    width = max(window.width(), layout.minimumSize().width())
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    if needed > window.height() or width > window.width():
        window.resize(width, max(needed, window.height()))
