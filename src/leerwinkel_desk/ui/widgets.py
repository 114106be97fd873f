"""Small widgets shared by dialogs and pages."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from leerwinkel_desk.domain.errors import InvalidValue

E = TypeVar("E", bound=StrEnum)
WIDEST_COLUMN_CHARS = 45        # a column wider than this many average characters is cut with …


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


class ElidedTextTips(QStyledItemDelegate):
    """Cells paint as usual (cut with … when too long); hovering a cut cell shows its whole text.

    It also refits the columns of its view when the rows change (a child of the view, so the
    connection ends with the view).
    """

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view

    @Slot()
    def refit(self) -> None:
        refit_columns(self._view)

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,  # noqa: N802
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if text and self.sizeHint(option, index).width() > option.rect.width():
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)


def fit_columns(view: QTableView, follow_rows: bool = True) -> None:
    """Every column as wide as its title and its texts, up to WIDEST_COLUMN_CHARS characters.

    Longer texts end in … and show whole as a tooltip; the last column takes the width left over.
    With `follow_rows` the widths follow the model's rows as they are replaced or added (a
    QTableWidget, filled cell by cell, calls `refit_columns` once it is filled instead).
    """
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    tips = ElidedTextTips(view)
    view.setItemDelegate(tips)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setResizeContentsPrecision(50)      # measure the first rows, not thousands
    refit_columns(view)
    model: QAbstractItemModel | None = view.model()
    if model is not None and follow_rows:
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
            signal.connect(tips.refit)


def refit_columns(view: QTableView) -> None:
    """The widths of `fit_columns` again, for a table filled cell by cell (QTableWidget)."""
    view.resizeColumnsToContents()
    widest = view.fontMetrics().averageCharWidth() * WIDEST_COLUMN_CHARS
    for column in range(view.horizontalHeader().count()):
        if view.columnWidth(column) > widest:
            view.setColumnWidth(column, widest)
