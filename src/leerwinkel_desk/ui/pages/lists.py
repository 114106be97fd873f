"""The list pages: clients (lazy, searchable), open learning requests, social map and catalogue."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from leerwinkel_desk.domain.enums import OrganisationType
from leerwinkel_desk.services.catalogue import Catalogue, CourseFilter
from leerwinkel_desk.services.clients import Clients
from leerwinkel_desk.services.requests import ListedRequest, Requests
from leerwinkel_desk.services.social_map import PartnerRow, SocialMap
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.dialogs.options import course_columns
from leerwinkel_desk.ui.dossier_parts import request_state
from leerwinkel_desk.ui.models import ClientSearchModel, Column, RowsModel
from leerwinkel_desk.ui.pages.today import EnterTable
from leerwinkel_desk.ui.texts import enum_label, format_date, phase_label, tier_label
from leerwinkel_desk.ui.widgets import EnumCombo, down_to_list


class ClientsPage(QWidget):
    """All clients, loaded a page at a time; typing filters through the search service."""

    open_client = Signal(uuid.UUID)
    new_client = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoek op naam, dossiernummer, telefoon of e-mail"))
        self.search.setAccessibleName(self.tr("Cliënten zoeken"))
        self.new_button = QPushButton(self.tr("&Nieuwe cliënt (Ctrl+Shift+N)"))
        self.model = ClientSearchModel(ctx.service(Clients), self)
        self.table = EnterTable(self.tr("Cliënten"), stretch=2)
        self.table.setModel(self.model)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(self.model.set_query)
        down_to_list(self.search, self.table)
        self.table.activated_row.connect(lambda row: self.open_client.emit(self.model.row_at(row).id))
        self.new_button.clicked.connect(self.new_client.emit)
        self.model.set_query("")

    def refresh(self) -> None:
        self.model.set_query(self.search.text())


class RequestsPage(QWidget):
    """Open learning requests of the signed-in counsellor (or all, for coordinators)."""

    open_client = Signal(uuid.UUID)
    no_dossier = Signal(object)         # Enter on an anonymous question: the window says why nothing opens

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = RowsModel[ListedRequest]([
            Column(lambda: QCoreApplication.translate("Requests", "Leervraag"), lambda r: r.request.request_no),
            Column(lambda: QCoreApplication.translate("Requests", "Cliënt"),
                   lambda r: r.client_name or QCoreApplication.translate("Requests", "anoniem")),
            Column(lambda: QCoreApplication.translate("Requests", "Niveau"), lambda r: tier_label(r.request.tier)),
            Column(lambda: QCoreApplication.translate("Requests", "Fase"), lambda r: phase_label(r.request.phase)),
            Column(lambda: QCoreApplication.translate("Requests", "Geopend"),
                   lambda r: format_date(r.request.opened_on)),
            Column(lambda: QCoreApplication.translate("Requests", "Stand"), lambda r: request_state(r.request)),
            Column(lambda: QCoreApplication.translate("Requests", "Begeleider"), lambda r: r.owner_name),
            Column(lambda: QCoreApplication.translate("Requests", "Onderwerp"), lambda r: r.request.topic),
        ], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)     # "claeys" finds Claeys
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter"))
        self.filter.setAccessibleName(self.tr("Leervragen filteren"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = EnterTable(self.tr("Open leervragen"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.activated_row.connect(self._open)
        down_to_list(self.filter, self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        owner = None if self._ctx.actor.role == "coordinator" else self._ctx.actor.counsellor_id
        self.model.set_rows(self._ctx.service(Requests).open_requests(owner))

    def _open(self, proxy_row: int) -> None:
        request = self.model.row_at(self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()).request
        if request.client_id is not None:
            self.open_client.emit(request.client_id)
        else:
            self.no_dossier.emit(None)


class SocialMapPage(QWidget):
    manage = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.manage_button = QPushButton(self.tr("&Beheren… (Ctrl+Shift+S)"))
        self.manage_button.clicked.connect(self.manage.emit)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Zoek partner of gemeente"))
        self.filter.setAccessibleName(self.tr("Sociale kaart doorzoeken"))
        self.kind = EnumCombo(OrganisationType, [(None, self.tr("alle soorten")),
                                                 *((t, enum_label(t)) for t in OrganisationType)])
        self.kind.setAccessibleName(self.tr("Soort organisatie"))
        self.model = RowsModel[PartnerRow]([
            Column(lambda: QCoreApplication.translate("SocialMap", "Organisatie"), lambda p: p.name),
            Column(lambda: QCoreApplication.translate("SocialMap", "Soort"), lambda p: enum_label(p.org_type)),
            Column(lambda: QCoreApplication.translate("SocialMap", "Gemeente"), lambda p: p.municipality),
            Column(lambda: QCoreApplication.translate("SocialMap", "Telefoon"), lambda p: p.phone),
            Column(lambda: QCoreApplication.translate("SocialMap", "E-mail"), lambda p: p.email),
        ], self)
        self.table = EnterTable(self.tr("Partners"), stretch=0)
        self.table.setModel(self.model)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.kind)
        top.addWidget(self.manage_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.filter.textChanged.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        down_to_list(self.filter, self.table)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self._ctx.service(SocialMap).partners(self.filter.text(), self.kind.value()))


class CataloguePage(QWidget):
    manage = Signal()

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.manage_button = QPushButton(self.tr("&Beheren… (Ctrl+Shift+O)"))
        self.manage_button.clicked.connect(self.manage.emit)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Zoek opleiding, aanbieder of gemeente"))
        self.filter.setAccessibleName(self.tr("Opleidingsaanbod doorzoeken"))
        self.model = RowsModel(course_columns(), self)
        self.table = EnterTable(self.tr("Opleidingen"), stretch=0)
        self.table.setModel(self.model)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.manage_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.filter.textChanged.connect(self.refresh)
        down_to_list(self.filter, self.table)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self._ctx.service(Catalogue).courses(CourseFilter(text=self.filter.text())))
