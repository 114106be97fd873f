"""Small widgets shared by dialogs and pages."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from datetime import date, time
from enum import StrEnum
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QDir,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QTime,
    QUrl,
    Slot,
)
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
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
STRETCH_PROPERTY = "stretchColumn"
FIT_ROWS = 50                   # a column fits the texts of the first rows shown, not of thousands
MEASURED_TEXTS = 8              # of which the longest (in characters) are measured in the font


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

    def chosen(self, field: str) -> E:
        """The member chosen, for a field that needs one: InvalidValue(`field`, "required") when none is."""
        member = self.value()
        if member is None:
            raise InvalidValue(field, "required")
        return member

    def select(self, member: E | None) -> None:
        self.setCurrentIndex(max(self.findData(None if member is None else member.value), 0))


def python_date(value: QDate) -> date:
    """A QDate as a date (PySide's `toPython` is typed as any object)."""
    return date(value.year(), value.month(), value.day())


def python_time(value: QTime) -> time:
    """A QTime as a time to the second."""
    return time(value.hour(), value.minute(), value.second())


def choose_data(combo: QComboBox, value: object) -> None:
    """Select the item whose data equals `value` (a UUID: Qt's findData compares Python objects by identity),
    else the first item."""
    combo.setCurrentIndex(next((i for i in range(combo.count()) if combo.itemData(i) == value), 0))


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

    It also refits the columns of its view when the rows are replaced (a child of the view, so the
    connection ends with the view).
    """

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view

    @Slot()
    def refit(self) -> None:
        refit_columns(self._view)

    @Slot(QModelIndex, int, int)
    def rows_added(self, _parent: QModelIndex, first: int, _last: int) -> None:
        """The first rows of an empty table fit the columns; a page appended after others keeps them."""
        if first == 0:
            refit_columns(self._view)

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if text and self.sizeHint(option, index).width() > option.rect.width():
                QToolTip.showText(event.globalPos(), rich_tip(text), view)
                return True
        return super().helpEvent(event, view, option, index)


def rich_tip(text: str) -> str:
    """A tooltip that wraps a long text (Qt wraps rich text only)."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def fit_columns(view: QTableView, follow_rows: bool = True, stretch: int = -1) -> None:
    """Every column as wide as its title and its texts, up to WIDEST_COLUMN_CHARS characters.

    Longer texts end in … and show whole as a tooltip. The `stretch` column (the free text; the
    last when negative) takes the width the others leave, so the free text gets the room.
    With `follow_rows` the widths follow the model's rows when they are replaced (a new query,
    a sort) or first come in, not when a page is appended to them: a column keeps its width as
    the list scrolls (a QTableWidget, filled cell by cell, calls `refit_columns` once it is filled).
    """
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)   # a cut title keeps its start
    tips = ElidedTextTips(view)
    view.setItemDelegate(tips)
    view.setProperty(STRETCH_PROPERTY, stretch)
    refit_columns(view)
    model: QAbstractItemModel | None = view.model()
    if model is not None and follow_rows:
        for signal in (model.modelReset, model.layoutChanged):
            signal.connect(tips.refit)
        model.rowsInserted.connect(tips.rows_added)


def refit_columns(view: QTableView) -> None:
    """The widths of `fit_columns` again, for a table filled cell by cell (QTableWidget).

    The stretch column is not measured (it takes the room left), and a mode or width is set only
    where it changes: each change lays the header out again and repaints it.
    """
    header = view.horizontalHeader()
    count = header.count()
    wanted = view.property(STRETCH_PROPERTY)
    stretch = (-1 if wanted is None else int(wanted)) % count if count else 0
    widest = view.fontMetrics().averageCharWidth() * WIDEST_COLUMN_CHARS
    for column in range(count):
        if column == stretch:
            continue
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        width = min(widest, max(header.sectionSizeHint(column), content_width(view, column)))
        if header.sectionSize(column) != width:
            view.setColumnWidth(column, width)
    if count and header.sectionResizeMode(stretch) != QHeaderView.ResizeMode.Stretch:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def content_width(view: QTableView, column: int) -> int:
    """How wide the column's widest text among the first FIT_ROWS rows shown is drawn, as Qt's
    `sizeHintForColumn` measures it (padding, icon, grid line), asking the delegate for that one
    cell only: the longest texts are measured in the view's font and the widest is the one (Qt
    asked every cell for about ten roles, 2,600 calls of `data()` per fit of the client list)."""
    model = view.model()
    if model is None:
        return 0
    top = max(0, view.rowAt(0))
    shown = getattr(model, "shown_text", None)      # RowsModel: the text without a call through Qt
    texts = [(shown(row, column) if shown is not None else str(model.index(row, column).data() or ""), row)
             for row in range(top, min(model.rowCount(), top + FIT_ROWS))]
    if not texts:
        return 0
    metrics = view.fontMetrics()
    longest = sorted(texts, key=lambda text: len(text[0]), reverse=True)[:MEASURED_TEXTS]
    index = model.index(max(longest, key=lambda text: metrics.horizontalAdvance(text[0]))[1], column)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    hint = view.itemDelegateForIndex(index).sizeHint(option, index).width()
    return hint + 1 if view.showGrid() else hint


def ask_save_file(parent: QWidget, title: str, file_name: str, kind: str,
                  chosen: Callable[[Path], None]) -> QFileDialog:
    """Qt's own save dialog in the app's language, opening in the user's documents.

    Its labels and places are set here, in the app's words: Qt's Dutch translation leaves some
    English ("Look in", "Files of type", "Computer"). Window-modal without a nested event loop;
    `chosen` gets the path once the person saves.
    """
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = documents if documents and QDir(documents).exists() else QDir.homePath()
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    for label, text in ((QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("FileDialog", "Map:")),
                        (QFileDialog.DialogLabel.FileName, QCoreApplication.translate("FileDialog", "&Bestandsnaam:")),
                        (QFileDialog.DialogLabel.FileType, QCoreApplication.translate("FileDialog", "Bestands&type:")),
                        (QFileDialog.DialogLabel.Accept, QCoreApplication.translate("FileDialog", "&Opslaan")),
                        (QFileDialog.DialogLabel.Reject, QCoreApplication.translate("FileDialog", "Annuleren"))):
        dialog.setLabelText(label, text)
    dialog.setSidebarUrls([QUrl.fromLocalFile(path) for path in dict.fromkeys((folder, QDir.homePath()))])
    dialog.setNameFilter(file_kind_filter(kind))
    dialog.setDirectory(folder)
    dialog.selectFile(file_name)
    dialog.setDefaultSuffix(kind)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda name: chosen(Path(name)))
    dialog.open()
    return dialog


def file_kind_filter(kind: str) -> str:
    """The file dialog's filter for a kind of file the app writes, in words."""
    return {
        "xlsx": QCoreApplication.translate("FileDialog", "Excel-werkmap (*.xlsx)"),
        "pdf": QCoreApplication.translate("FileDialog", "PDF-document (*.pdf)"),
        "csv": QCoreApplication.translate("FileDialog", "CSV-bestand (*.csv)"),
    }[kind]
