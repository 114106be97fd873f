"""The list pages: clients (lazy, searchable), learning requests (the open ones, or all), social map and
catalogue. An empty list says in one line what to do to fill it, with only the keys the signed-in role may
use (EnterTable.set_empty_hint); a filter that finds nothing says that instead."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from leerwinkel_desk.domain.enums import OrganisationType
from leerwinkel_desk.domain.permissions import Permission, allowed
from leerwinkel_desk.services.catalogue import Catalogue, CourseFilter
from leerwinkel_desk.services.clients import Clients
from leerwinkel_desk.services.requests import ListedRequest, Requests
from leerwinkel_desk.services.social_map import PartnerRow, SocialMap
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.day_ahead import office_wide
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
        self._imports = allowed(ctx.actor.role, Permission.REPORTS)      # the registration import, Ctrl+I
        self.search.textChanged.connect(self.set_query)
        down_to_list(self.search, self.table)
        self.table.activated_row.connect(lambda row: self.open_client.emit(self.model.row_at(row).id))
        self.new_button.clicked.connect(self.new_client.emit)
        self.set_query("")

    def refresh(self) -> None:
        self.set_query(self.search.text())

    def set_query(self, text: str) -> None:
        self.model.set_query(text)
        if text.strip():
            hint = self.tr("Niemand gevonden voor ‘{text}’.").format(text=text.strip())
        elif self._imports:
            hint = self.tr("Nog geen cliënten. Registreer er een met Ctrl+Shift+N, noteer een eerste contact met "
                           "Ctrl+N, of lees registraties in met Ctrl+I.")
        else:
            hint = self.tr("Nog geen cliënten. Registreer er een met Ctrl+Shift+N of noteer een eerste contact "
                           "met Ctrl+N.")
        self.table.set_empty_hint(hint)


class RequestsPage(QWidget):
    """Learning requests of the signed-in counsellor (or all, for coordinators): the open ones, or with the
    closed ones too (Alt+A), which the page says."""

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
        self.with_closed = QCheckBox(self.tr("Ook &afgesloten leervragen tonen"))
        self.table = EnterTable(self.tr("Leervragen"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.activated_row.connect(self._open)
        down_to_list(self.filter, self.table)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.with_closed)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.filter.textChanged.connect(lambda _text: self.say_empty())
        self.with_closed.toggled.connect(lambda _on: self.refresh())
        self.refresh()

    def whole_office(self) -> bool:
        return office_wide(self._ctx.actor)

    def refresh(self) -> None:
        owner = None if self.whole_office() else self._ctx.actor.counsellor_id
        self.model.set_rows(self._ctx.service(Requests).listed_requests(owner, self.with_closed.isChecked()))
        self.say_empty()

    def say_empty(self) -> None:
        """What the list holds, said where it is empty: whose requests, open or all, and the key for the rest."""
        if self.filter.text().strip():
            hint = self.tr("Geen leervraag gevonden voor ‘{text}’.").format(text=self.filter.text().strip())
        elif self.with_closed.isChecked():
            hint = (self.tr("Nog geen leervragen in het kantoor. Een nieuwe vraag noteert u met Ctrl+N.")
                    if self.whole_office() else
                    self.tr("U hebt nog geen leervragen. Een nieuwe vraag noteert u met Ctrl+N."))
        else:
            hint = (self.tr("Geen lopende leervragen in het kantoor. Een nieuwe vraag noteert u met Ctrl+N; ook de "
                            "afgesloten (beantwoorde) leervragen tonen: Alt+A.") if self.whole_office() else
                    self.tr("U hebt geen lopende leervragen. Een nieuwe vraag noteert u met Ctrl+N; ook de "
                            "afgesloten (beantwoorde) leervragen tonen: Alt+A."))
        self.table.set_empty_hint(hint)

    def _open(self, proxy_row: int) -> None:
        request = self.model.row_at(self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()).request
        if request.client_id is not None:
            self.open_client.emit(request.client_id)
        else:
            self.no_dossier.emit(None)


PARTNER_NAME_COLUMN, PARTNER_KIND_COLUMN, PARTNER_EMAIL_COLUMN = 0, 1, 4     # of the social map's list
PARTNER_NAME_SHARE = 0.3    # of its width at least for the name: at 150 % on 1280 px the kinds and e-mail addresses
                            # kept theirs whole and left the names 119 points ("Agentschap Inte…", "CAW Zuid-West-…")


class SocialMapPage(QWidget):
    """The partners of the social map, filtered by words or kind. Where the width is short (150 % on a 1280 px
    screen) the name keeps PARTNER_NAME_SHARE of it and the kind, then the e-mail address give way first,
    each cut text whole in its tooltip."""

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
        self.table = EnterTable(self.tr("Partners"), stretch=PARTNER_NAME_COLUMN, share=PARTNER_NAME_SHARE,
                                give_way=(PARTNER_KIND_COLUMN, PARTNER_EMAIL_COLUMN))
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
        if self.filter.text().strip() or self.kind.value() is not None:
            hint = self.tr("Geen partner gevonden met deze zoekterm of soort.")
        elif allowed(self._ctx.actor.role, Permission.MANAGE_PARTNERS):
            hint = self.tr("Nog geen partners. Voeg er een toe met Ctrl+Shift+S of lees ze in met Ctrl+I.")
        else:
            hint = self.tr("Nog geen partners op de sociale kaart: een coördinator voegt ze toe.")
        self.table.set_empty_hint(hint)


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
        if self.filter.text().strip():
            hint = self.tr("Geen opleiding gevonden voor ‘{text}’.").format(text=self.filter.text().strip())
        elif allowed(self._ctx.actor.role, Permission.MANAGE_CATALOGUE):
            hint = self.tr("Nog geen opleidingen in het aanbod. Voeg er een toe met Ctrl+Shift+O of lees ze in met "
                           "Ctrl+I.")
        else:
            hint = self.tr("Nog geen opleidingen in het aanbod: een coördinator voegt ze toe.")
        self.table.set_empty_hint(hint)
