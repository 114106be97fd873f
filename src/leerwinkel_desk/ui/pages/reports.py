"""Rapporten: the monitoring figures of a period (the full report screen comes with the registration issue)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from leerwinkel_desk.services.offices import overview
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.ui.context import DeskContext


class ReportsPage(QWidget):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.figures = QLabel()
        self.figures.setAccessibleName(self.tr("Kerncijfers"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.figures)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        info = overview(self._ctx.db, self._ctx.actor.office_id)
        open_requests = self._ctx.service(Requests).open_requests(limit=100_000)
        stale = self._ctx.clock.now().date() - timedelta(days=365)
        self.figures.setText(self.tr(
            "Cliënten: {clients}\nOpen leervragen: {open}\nWaarvan langer dan een jaar open: {stale}").format(
            clients=info.clients, open=info.open_requests,
            stale=sum(1 for r in open_requests if r.opened_on < stale)))
