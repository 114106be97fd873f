"""Merging duplicate clients (coordinators): both records side by side, the survivor chosen, undo at hand."""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.services.client_merges import ClientMerges
from leerwinkel_desk.services.clients import Clients
from leerwinkel_desk.ui.client_picker import ClientPicker
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.design.components import PlainLabel
from leerwinkel_desk.ui.enter_keys import enter_by_part
from leerwinkel_desk.ui.feedback import ErrorLabel
from leerwinkel_desk.ui.operation import Change, OpChanges, perform
from leerwinkel_desk.ui.screen_fit import fitting_size
from leerwinkel_desk.ui.texts import enum_label, format_date


def shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, StrEnum):
        return enum_label(value)
    return str(value)


class MergeDialog(QDialog):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Dubbele cliënten samenvoegen"))
        self.resize(fitting_size(self, QSize(820, 620)))
        self.left, self.right = ClientPicker(ctx), ClientPicker(ctx)
        self.left.setAccessibleName(self.tr("Eerste cliënt"))
        self.right.setAccessibleName(self.tr("Tweede cliënt"))
        self.keep_left = QRadioButton(self.tr("Deze &bewaren"))
        self.keep_right = QRadioButton(self.tr("Deze b&ewaren"))
        self.keep_left.setChecked(True)
        self.compare = QTableWidget()
        self.compare.setAccessibleName(self.tr("Beide dossiers naast elkaar"))
        self.merge_button = QPushButton(self.tr("&Samenvoegen"))
        self.merges = QListWidget()
        self.merges.setAccessibleName(self.tr("Recente samenvoegingen"))
        self.undo_button = QPushButton(self.tr("&Ongedaan maken"))
        self.error = ErrorLabel()
        pickers = QGridLayout()
        pickers.addWidget(self.left, 0, 0)
        pickers.addWidget(self.right, 0, 1)
        pickers.addWidget(self.keep_left, 1, 0)
        pickers.addWidget(self.keep_right, 1, 1)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.merges, 1)
        undo_row.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.compare, 1)
        layout.addWidget(self.merge_button)
        layout.addWidget(self.error)
        layout.addWidget(PlainLabel(self.tr("Recente samenvoegingen:")))
        layout.addLayout(undo_row)
        for picker in (self.left, self.right):
            picker.completer().activated.connect(lambda _text: self.refresh_comparison())
        self.finished.connect(lambda _result: self.left.searches.settle())
        self.finished.connect(lambda _result: self.right.searches.settle())
        self.merge_button.clicked.connect(self.merge)
        self.undo_button.clicked.connect(self.undo)
        enter_by_part(self)             # Enter in a name merges nothing: Samenvoegen is Alt+S, after the comparison
        self.refresh_merges()

    def refresh_comparison(self) -> None:
        clients = self._ctx.service(Clients)
        chosen = [p.client for p in (self.left, self.right)]
        details = [clients.details(c.id) if c else {} for c in chosen]
        fields = list(details[0] or details[1])
        self.compare.clear()
        self.compare.setColumnCount(2)
        self.compare.setRowCount(len(fields))
        self.compare.setVerticalHeaderLabels(fields)
        self.compare.setHorizontalHeaderLabels([self.tr("Eerste"), self.tr("Tweede")])
        for row, name in enumerate(fields):
            for column, record in enumerate(details):
                self.compare.setItem(row, column, QTableWidgetItem(shown(record.get(name))))

    def merge(self) -> None:
        left, right = self.left.client, self.right.client
        if left is None or right is None:
            return
        survivor, merged = (left, right) if self.keep_left.isChecked() else (right, left)
        if perform(self._ctx.operations, lambda: self._ctx.service(ClientMerges).merge(survivor.id, merged.id),
                   self.error, OpChanges(Change.DOSSIER | Change.AGENDA, None, self.tr("Cliënten samengevoegd"))):
            self.refresh_merges()

    def refresh_merges(self) -> None:
        clients = self._ctx.service(Clients)
        self.merges.clear()
        for merge in self._ctx.service(ClientMerges).recent_merges():
            kept, gone = clients.get(merge.survivor_id), clients.details(merge.merged_id)
            item = QListWidgetItem(f"{gone['dossier_no']} → {kept.dossier_no}")
            item.setData(Qt.ItemDataRole.UserRole, str(merge.id))
            self.merges.addItem(item)

    def undo(self) -> None:
        item = self.merges.currentItem()
        if item is None:
            return
        merge_id = uuid.UUID(item.data(Qt.ItemDataRole.UserRole))
        if perform(self._ctx.operations, lambda: self._ctx.service(ClientMerges).undo_merge(merge_id), self.error,
                   OpChanges(Change.DOSSIER | Change.AGENDA, None, self.tr("Samenvoeging ongedaan gemaakt"))):
            self.refresh_merges()
