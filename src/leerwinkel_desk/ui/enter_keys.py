"""Enter in a dialog of several parts, each with its own action (Gebruikers: a new colleague and the chosen
colleague; Beheer van de gegevens: the backups and the retention period): it presses the button of the part it
is typed in, or the button that has the focus, or nothing; never another part's button.

Qt's trap: every QPushButton in a QDialog is `autoDefault`, and a dialog with no default button marked makes the
first of them after the focus its default when it opens (QDialog::setVisible); Enter in any field then presses it.
In Gebruikers that was "Wachtwoordzin instellen" for the colleague chosen in the table (often the coordinator):
Enter in the new colleague's fields set the chosen one's passphrase, or said it was shorter than 10 characters.
A form with one save button (ui/form_dialog.py) marks that button default instead, which Enter rightly presses.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPushButton, QWidget

from leerwinkel_desk.ui.form_dialog import ENTER_KEYS


class _EnterByPart(QObject):
    """The event filter behind `enter_by_part`: Enter on a button presses it, in a part's field its button."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.buttons: dict[QObject, QPushButton] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in ENTER_KEYS
                and event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier):
            return False
        button = watched if isinstance(watched, QPushButton) else self.buttons.get(watched)
        if button is None or _choosing(watched):
            return False                    # Enter chooses in an open list of suggestions
        if button.isEnabled() and button.isVisible():
            button.click()
        return True


def _choosing(field: QObject) -> bool:
    """Is a list of suggestions open under `field` (its completer's, or an editable combo's)?"""
    completer = field.completer() if isinstance(field, QLineEdit | QComboBox) else None
    popup = completer.popup() if completer is not None else None
    return popup is not None and popup.isVisible()


def enter_by_part(dialog: QDialog, parts: Mapping[QPushButton, Iterable[QWidget]] | None = None) -> None:
    """No push button of `dialog` is its default: Enter presses the button that has the focus, or the button of
    the part (`parts`: each button with the fields of its part) whose field has the focus, else nothing. Call it
    once every button of the dialog exists."""
    keys = _EnterByPart(dialog)
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)
        button.installEventFilter(keys)
    for button, fields in (parts or {}).items():
        for field in fields:
            keys.buttons[field] = button
            field.installEventFilter(keys)
            line = field.lineEdit() if isinstance(field, QComboBox) else None
            if line is not None:                        # an editable combo's line takes the keys
                keys.buttons[line] = button
                line.installEventFilter(keys)
