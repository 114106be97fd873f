"""Showing service errors next to the form they belong to, in words, never as a traceback."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from leerwinkel_desk.domain.errors import DomainError
from leerwinkel_desk.ui.design.components import StatusMessage, Tone
from leerwinkel_desk.ui.design.style import Space
from leerwinkel_desk.ui.error_texts import error_text


class ErrorLabel(StatusMessage):
    """A red-and-marked line under a form; the text itself says what is wrong (not colour alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Foutmelding"))
        self.setProperty("tone", Tone.DANGER.value)      # red even where a text is set directly
        self._watched: list[SignalInstance] = []
        self.hide()

    def show_error(self, error: DomainError, field: QWidget | None = None) -> None:
        """Show `error`; once the person changes `field` (the one it names), it goes: the problem is being
        put right, and saving again checks anew (a ticked item left "Kies minstens één gegeven" in red)."""
        self._unwatch()
        self.show_text(error_text(error))
        bring_into_view(self, field)
        if field is not None:
            self._watched = changed_signals(field)
            for signal in self._watched:
                signal.connect(self.clear_error)

    def show_text(self, text: str) -> None:
        """Show `text` (a refusal said in words of its own), the window grown to hold it where it can."""
        self.show_message(text, Tone.DANGER)
        self.show()
        make_room(self)

    def clear_error(self) -> None:
        self._unwatch()
        self.clear()
        self.hide()

    def _unwatch(self) -> None:
        for signal in self._watched:
            signal.disconnect(self.clear_error)
        self._watched = []


def changed_signals(field: QWidget) -> list[SignalInstance]:
    """The signals a change to `field` sends (typed, ticked, chosen); none for other widgets."""
    if isinstance(field, QLineEdit):
        return [field.textChanged]          # typed, or a client chosen from a list
    if isinstance(field, QPlainTextEdit | QTextEdit):
        return [field.textChanged]
    if isinstance(field, QListWidget):
        return [field.itemChanged]
    if isinstance(field, QComboBox):
        return [field.currentIndexChanged, *([field.editTextChanged] if field.isEditable() else [])]
    if isinstance(field, QSpinBox | QDoubleSpinBox):
        return [field.valueChanged]
    if isinstance(field, QDateTimeEdit):
        return [field.dateTimeChanged]
    if isinstance(field, QAbstractButton):
        return [field.toggled]
    changed = getattr(field, "changed", None)       # a field of several parts that says so (a moment: day and time)
    return [changed] if isinstance(changed, SignalInstance) else []


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


def bring_into_view(message: QWidget, field: QWidget | None) -> None:
    """A form that scrolls (a short screen, `ui/widgets.scroll_area`) scrolls its message into view, then the
    field it names, so that both show where they fit: an error under a long form was below the fold, and
    Enter seemed to do nothing. Once the message has its place (the form's layout settles after this event)."""
    def reveal() -> None:
        for shown in (message, field):
            area = scrolled_by(shown) if shown is not None else None
            if area is not None and shown is not None and shown.isVisible():
                area.ensureWidgetVisible(shown, 0, Space.S)

    if scrolled_by(message) is not None or (field is not None and scrolled_by(field) is not None):
        QTimer.singleShot(0, message, reveal)       # dropped with the message's form


def scrolled_by(widget: QWidget) -> QScrollArea | None:
    """The scroll area `widget` lies in, if any."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and (inside := parent.widget()) is not None \
                and inside.isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


def message_box(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None = None) -> QMessageBox:
    """A message box whose text shows as written (a name in it never read as HTML): every box of the app."""
    box = QMessageBox(icon, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def ask_first(parent: QWidget, title: str, question: str, do: str, keep: str, then: Callable[[], None], *,
              do_by_default: bool, icon: QMessageBox.Icon = QMessageBox.Icon.Question,
              otherwise: Callable[[], None] | None = None) -> QMessageBox:
    """A question before a step, window-modal (no nested event loop): the `do` button runs `then`, `keep`
    (also Escape) changes nothing, or runs `otherwise` (the rest of a save the step was part of); Enter presses
    `do` when `do_by_default`, else `keep`. Opened; returned so that its caller can follow it (its `finished`)
    and a test can find it."""
    box = message_box(icon, title, question, parent)
    do_button = box.addButton(do, QMessageBox.ButtonRole.AcceptRole)
    keep_button = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(do_button if do_by_default else keep_button)
    box.setEscapeButton(keep_button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: then() if button is do_button
                              else otherwise() if button is keep_button and otherwise is not None else None)
    box.open()
    return box
