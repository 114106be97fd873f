"""Small widgets shared by dialogs and pages."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from leerwinkel_desk.domain.errors import InvalidValue

E = TypeVar("E", bound=StrEnum)


class EnumCombo(QComboBox, Generic[E]):
    """A combo box of enum members. Qt stores a StrEnum as a plain string, so `value()` gives the member back."""

    def __init__(self, kind: type[E], choices: Iterable[tuple[E | None, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = kind
        for member, label in choices:
            self.addItem(label, None if member is None else member.value)

    def value(self) -> E | None:
        data = self.currentData()
        return None if data is None else self._kind(data)

    def select(self, member: E | None) -> None:
        self.setCurrentIndex(max(self.findData(None if member is None else member.value), 0))


def passphrase_fields() -> tuple[QLineEdit, QLineEdit]:
    """A passphrase and its repetition, both hidden as they are typed."""
    fields = QLineEdit(), QLineEdit()
    for field in fields:
        field.setEchoMode(QLineEdit.EchoMode.Password)
    return fields


def typed_passphrase(passphrase: QLineEdit, repeat: QLineEdit) -> str:
    """The passphrase typed, if it was typed the same twice (else InvalidValue, `mismatch`)."""
    if passphrase.text() != repeat.text():
        repeat.setFocus()
        raise InvalidValue("passphrase", "mismatch")
    return passphrase.text()


def keep_on_screen(window: QWidget) -> None:
    """A dialog that grew (a wider table, a message) moves left or up to stay whole on its screen."""
    area, frame = window.screen().availableGeometry(), window.frameGeometry()
    x = max(area.left(), min(frame.left(), area.right() - frame.width() + 1))
    y = max(area.top(), min(frame.top(), area.bottom() - frame.height() + 1))
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)           # a window's position is that of its frame
