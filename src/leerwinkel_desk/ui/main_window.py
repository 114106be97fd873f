"""The main window counsellors keep open all day: navigation, global search, dossiers, shortcuts.

Longer than most modules on purpose: the window's one table of shortcuts and the route each key
opens (about forty, thin methods over dialogs and pages) stay together, so every key of the app is
read in one place. The desk's opening after the sign-in is in `ui/desk.py`, the menu bar in
`ui/menu_bar.py`.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Protocol, TypeVar, runtime_checkable

import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, QModelIndex, QObject, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from leerwinkel_desk.domain.errors import DiskFull, DomainError, KeyChanged, NotFound
from leerwinkel_desk.domain.numbers import CLIENT_PREFIX, format_number
from leerwinkel_desk.domain.permissions import Permission, allowed
from leerwinkel_desk.log import log_error
from leerwinkel_desk.services.accounts import Accounts, SignedIn, sign_in_again
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.agenda_feed import AgendaFeed
from leerwinkel_desk.services.backup_health import problem_of
from leerwinkel_desk.services.clients import ClientRow, Clients, Listed
from leerwinkel_desk.services.context import SystemClock, local_today
from leerwinkel_desk.services.erasure import Erasures
from leerwinkel_desk.services.offices import OfficeSetup, default_actor, office_name
from leerwinkel_desk.services.start_of_day import StartOfDay, StartOfDayFailed, Step, start_of_day
from leerwinkel_desk.store.durable import disk_full, write_refused
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.sync.state import LaptopRevoked, office_asker
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.crash import keep_open_work, typing_without_drafts
from leerwinkel_desk.ui.day_ahead import DayAhead
from leerwinkel_desk.ui.design.components import PlainLabel
from leerwinkel_desk.ui.design.fonts import use_shipped_fonts
from leerwinkel_desk.ui.design.icons import page_icon
from leerwinkel_desk.ui.design.style import Space, apply_design, current_palette
from leerwinkel_desk.ui.dialogs.accounts import AccountsDialog
from leerwinkel_desk.ui.dialogs.audit import AuditDialog
from leerwinkel_desk.ui.dialogs.catalogue_admin import CoursesDialog
from leerwinkel_desk.ui.dialogs.dispatch import DispatchDialog
from leerwinkel_desk.ui.dialogs.lokets_admin import LoketsDialog
from leerwinkel_desk.ui.dialogs.maintenance import (
    MaintenanceDialog,
    clients_text,
    held_text,
    problem_text,
    requests_text,
)
from leerwinkel_desk.ui.dialogs.merge import MergeDialog
from leerwinkel_desk.ui.dialogs.new_client import NewClientDialog
from leerwinkel_desk.ui.dialogs.own_passphrase import OwnPassphraseDialog
from leerwinkel_desk.ui.dialogs.referral import CloseLoopDialog
from leerwinkel_desk.ui.dialogs.settings import SettingsDialog
from leerwinkel_desk.ui.dialogs.sign_in import IdleLock, SignInDialog
from leerwinkel_desk.ui.dialogs.social_map_admin import PartnersDialog
from leerwinkel_desk.ui.dialogs.transfer import TransferDialog
from leerwinkel_desk.ui.dossier import DossierView
from leerwinkel_desk.ui.error_texts import error_text
from leerwinkel_desk.ui.file_dialogs import ask_save_file
from leerwinkel_desk.ui.i18n import SETTINGS_KEY, LanguageSwitcher, saved_language
from leerwinkel_desk.ui.menu_bar import install_menu_bar
from leerwinkel_desk.ui.message_bar import MessageBar
from leerwinkel_desk.ui.models import LabelsModel
from leerwinkel_desk.ui.operation import Change, OpChanges
from leerwinkel_desk.ui.pages.lists import CataloguePage, ClientsPage, RequestsPage, SocialMapPage
from leerwinkel_desk.ui.pages.outreach import OutreachPage
from leerwinkel_desk.ui.pages.reports import ReportsPage
from leerwinkel_desk.ui.pages.today import TodayPage
from leerwinkel_desk.ui.screen_fit import ScreenBound, fitting_size
from leerwinkel_desk.ui.session_lock import KeyChangeWatcher
from leerwinkel_desk.ui.settled_search import SettledSearch
from leerwinkel_desk.ui.start import SIGNED_OUT
from leerwinkel_desk.ui.sync_panel import ConflictInboxDialog, DevicesDialog, SyncController, not_enrolled_text
from leerwinkel_desk.ui.texts import format_date
from leerwinkel_desk.ui.widgets import first_field, rich_tip
from leerwinkel_desk.ui.worker import BackgroundJobs, Progress

PREFERRED_SIZE = QSize(1280, 800)
SEARCH_LIMIT = 20
RESULTS_HEIGHT = 220
STATUS_MS = 8000
DAY_CHECK_MS = 60_000       # how often an open desk looks whether the local day changed (new_day)
WORK_CHECK_MS = 50          # how often a closing desk looks whether its background work ended
NAV_WIDTH = 240
NAV_ICONS_BELOW = 1000          # a narrower window (a 1280 px screen at 150 % leaves 853 points) shows icons only

log = logging.getLogger(__name__)


@runtime_checkable
class Refreshing(Protocol):
    """A page whose rows can be read again (after an operation, or F5)."""

    def refresh(self) -> None: ...


D = TypeVar("D", bound=QDialog)


def search_label(row: ClientRow) -> str:
    return (f"{row.dossier_no}   {row.first_name or ''} {row.last_name or ''}   "
            f"{format_date(row.birth_date)}   {row.phone or ''}")


def after_the_mark_upper(text: str) -> str:
    """A "⚠ " line that starts a sentence: its first letter after the mark in capitals."""
    return text[:2] + text[2:3].upper() + text[3:]


class MainWindow(QMainWindow):
    """One window: navigation on the left, the page or dossier on the right, search on top."""

    def __init__(self, ctx: DeskContext, languages: LanguageSwitcher | None = None,
                 day_ahead: DayAhead | None = None) -> None:
        super().__init__()
        app = QApplication.instance()
        assert isinstance(app, QApplication), "the window lives in a widgets application"
        apply_design(app)                            # once per application; tests and screenshots too
        use_shipped_fonts(app)                       # names in every script (done after the sign-in's paint)
        self.ctx = ctx
        self._languages = languages
        self._day_ahead = day_ahead                 # Vandaag's first day, read during the sign-in (ui/desk.py)
        self.dossier: DossierView | None = None
        self.active_dialog: QWidget | None = None
        self.file_dialog: QWidget | None = None         # the file dialog open now (Ctrl+Shift+X)
        self.lock_screen: SignInDialog | None = None
        self._hidden_by_lock: list[QWidget] = []      # what the lock hid, shown again only when it unlocks
        self.laptop_revoked = False             # locked for good: the lock screen lets nobody in (lock_revoked)
        self.idle_lock: IdleLock | None = None       # set by run_main_window; the settings change its minutes
        self.start_of_day_jobs = BackgroundJobs(self, low_priority=True)    # see begin_day
        self._day: date | None = None           # the local day whose start-of-day work was begun (begin_day)
        self._day_timer: QTimer | None = None
        self._finishing = False                 # waiting for the background work before the desk ends
        self.resize(fitting_size(self, PREFERRED_SIZE))
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_results = LabelsModel[ClientRow](search_label, self)
        self._searches = SettledSearch(ctx)
        self._listed: Listed | None = None      # what the search listed for the text before this letter
        self.results_view = QListView()     # floats over the page under the search field (see place_results)
        self.results_view.setModel(self.search_results)
        self.results_view.setUniformItemSizes(True)      # one line per client: no size hint per row
        self.results_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.results_view.setAutoFillBackground(True)    # opaque: the page under it is not repainted
        self.results_view.hide()
        self.no_results = PlainLabel()      # floats where the list would: a search that found nobody says so
        self.no_results.setWordWrap(True)
        self.no_results.setAutoFillBackground(True)
        self.no_results.setMargin(Space.S)
        self.no_results.hide()
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(NAV_WIDTH)
        self._nav_icons_only: bool | None = None        # decided by the window's width (fit_navigation)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self._slots: list[tuple[str, QWidget]] = []
        self.user_label, self.loket_label, self.db_label, self.sync_label = (PlainLabel() for _ in range(4))
        bar = MessageBar()
        self.setStatusBar(bar)
        for label in (self.user_label, self.loket_label, self.db_label):
            bar.add_fact(label)                 # aside while a message shows: it gets the room
        bar.addPermanentWidget(self.sync_label)
        central = QWidget()
        top = QVBoxLayout(central)
        top.setContentsMargins(Space.S, Space.S, Space.S, 0)
        top.setSpacing(Space.S)
        top.addWidget(self.search)
        self.results_view.setParent(central)            # not in the layout: showing it moves nothing
        self.no_results.setParent(central)
        body = QHBoxLayout()
        body.setSpacing(Space.M)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        top.addLayout(body, 1)
        self.setCentralWidget(central)
        self._central = central
        self.search.textChanged.connect(self.run_search)
        self.search.returnPressed.connect(self.open_first_result)
        self.search.installEventFilter(self)
        self.results_view.installEventFilter(self)
        self.results_view.activated.connect(lambda index: self.open_dossier(self.search_results.row_at(index.row()).id))
        self.nav.currentRowChanged.connect(self.show_page)
        ctx.operations.changed.connect(self.on_changed)
        self.sync = SyncController(ctx, self)
        self.sync.status_changed.connect(self.sync_label.setText)
        self.sync.finished.connect(lambda message: self.statusBar().showMessage(message, STATUS_MS))
        self.sync.account_closed.connect(lambda reason: self.lock(reason, final=True))   # not one more moment
        self.sync.revoked.connect(self.lock_revoked)
        KeyChangeWatcher(ctx.db, self).key_changed.connect(self.lock_for_new_key)
        ctx.operations.key_changed.connect(self.lock_for_new_key)
        self._actions: list[QAction] = []
        self.build()
        ScreenBound(self)                       # no page or message makes it larger than the screen

    # --- building and translating ----------------------------------------------------------
    def nav_titles(self) -> list[tuple[str, str]]:
        return [("today", self.tr("Vandaag")), ("clients", self.tr("Cliënten")),
                ("requests", self.tr("Aanvragen")), ("social_map", self.tr("Sociale kaart")),
                ("catalogue", self.tr("Opleidingsaanbod")), ("reports", self.tr("Rapporten")),
                ("outreach", self.tr("Tweedelijn & signalen"))]

    def build(self) -> None:
        """(Re)create every label, page and action in the current language (and colour scheme)."""
        self._scheme = current_palette()
        current = max(self.nav.currentRow(), 0)
        open_client = self.dossier.client_id if self.dossier else None
        self.setWindowTitle(self.tr("Leerwinkel Desk — {office}").format(office=self.ctx.office_name))
        self.search.setPlaceholderText(self.tr("Zoek cliënt: naam, dossiernummer, telefoon of e-mail (Ctrl+K)"))
        self.search.setAccessibleName(self.tr("Cliënt zoeken"))
        self.results_view.setAccessibleName(self.tr("Zoekresultaten"))
        self.nav.setAccessibleName(self.tr("Navigatie"))
        while (widget := self.stack.widget(0)) is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.dossier = None
        self.nav.blockSignals(True)
        self.nav.clear()
        self._factories: dict[str, Callable[[], QWidget]] = {
            "today": lambda: TodayPage(self.ctx, ahead=self._day_ahead), "clients": lambda: ClientsPage(self.ctx),
            "requests": lambda: RequestsPage(self.ctx), "social_map": lambda: SocialMapPage(self.ctx),
            "catalogue": lambda: CataloguePage(self.ctx), "reports": lambda: ReportsPage(self.ctx),
            "outreach": lambda: OutreachPage(self.ctx),
        }
        self.pages = {}
        self._slots = []
        for number, (key, title) in enumerate(self.nav_titles(), 1):
            item = QListWidgetItem(page_icon(key), f"{title}   (Ctrl+{number})")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text())
            self.nav.addItem(item)
            slot = QWidget()                       # the page is made the first time it is shown
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self._slots.append((key, slot))
            self.stack.addWidget(slot)
        self.nav.blockSignals(False)
        self._nav_icons_only = None
        self.fit_navigation()
        self.show_page(current)
        self.user_label.setText(self.tr("Gebruiker: {name}").format(name=self.ctx.user_name))
        lokets = self.ctx.service(Agenda).zitdagen(local_today(self.ctx.clock), self.ctx.actor.counsellor_id)
        mine = ", ".join(dict.fromkeys(z.loket_name for z in lokets))      # a morning and an afternoon: once
        self.loket_label.setText(self.tr("Uw zitdag vandaag: {loket}").format(loket=mine) if mine
                                 else self.tr("Vandaag geen zitdag voor u"))
        where = self.ctx.db.describe()          # the file's name on the bar (room for messages), all of it on hover
        self.db_label.setText(self.tr("Databank: {path}").format(
            path=self.ctx.db.path.name if self.ctx.db.path is not None else where))
        self.db_label.setToolTip(rich_tip(where))
        self.sync_label.setText(self.sync.status_text())
        self.build_actions()
        install_menu_bar(self, self.ctx)
        if open_client is not None:
            self.open_dossier(open_client)

    def build_actions(self) -> None:
        for action in self._actions:          # a language switch makes them again: the old ones go for good
            self.removeAction(action)
            action.deleteLater()
        self._actions = []
        general: list[tuple[str, str, Callable[[], None]]] = [
            ("Ctrl+K", self.tr("Zoeken"), self.focus_search),
            ("Ctrl+N", self.tr("Nieuw contact"), self.new_contact),
            ("Ctrl+Shift+N", self.tr("Nieuwe cliënt"), self.new_client),
            ("F5", self.tr("Vernieuwen"), self.refresh),
            ("Ctrl+Shift+L", self.tr("Taal wisselen"), self.toggle_language),
        ]
        # the menu Dossier, in this order; each its own underlined letter there (Alt+D, then the letter)
        dossier: list[tuple[str, str, Callable[[DossierView], None]]] = [
            ("Ctrl+E", self.tr("&Gegevens wijzigen"), DossierView.edit_details),
            ("Ctrl+M", self.tr("&Microcontact"), DossierView.log_micro_contact),
            ("Ctrl+G", self.tr("Ge&sprek"), DossierView.record_session),
            ("Ctrl+Shift+T", self.tr("&Naar traject"), DossierView.to_trajectory),
            ("Ctrl+O", self.tr("&Opties"), DossierView.weigh_options),
            ("Ctrl+Shift+C", self.tr("&Toestemming"), DossierView.record_consent),
            ("Ctrl+Shift+V", self.tr("Toestemming intre&kken…"), DossierView.withdraw_consent),
            ("Ctrl+Shift+H", self.tr("O&verdracht"), DossierView.hand_over),
            ("Ctrl+D", self.tr("&Doorverwijzen"), DossierView.refer_out),
            ("Ctrl+Shift+D", self.tr("Doorve&rwijzing opgevolgd"), DossierView.close_loop),
            ("Ctrl+Shift+R", self.tr("&Herinnering kopiëren"), DossierView.copy_reminder),
            ("Ctrl+Shift+K", self.tr("&Bijdrage"), DossierView.record_contribution),
            ("Ctrl+Shift+F", self.tr("O&pvolgen"), DossierView.start_follow_up),
            ("Ctrl+Shift+I", self.tr("&Ingeschreven"), DossierView.confirm_enrolment),
            ("Ctrl+Shift+A", self.tr("&Leervraag afsluiten"), DossierView.close_request),
            ("Ctrl+P", self.tr("&Afdrukken"), DossierView.print_documents),
            ("Ctrl+Shift+P", self.tr("A&fsprakenkaart"), DossierView.print_appointment_card),
            ("Ctrl+Shift+W", self.tr("Toe&wijzen"), DossierView.reassign),
            ("Ctrl+Shift+E", self.tr("In&zage (AVG)"), DossierView.ask_access_export),
            ("", self.tr("Wiss&en (AVG)…"), DossierView.ask_erase),      # no key: it cannot be undone
        ]
        office: list[tuple[str, str, Callable[[], None]]] = [          # the menu Beheer, in this order
            ("Ctrl+,", self.tr("&Instellingen"), self.open_settings),
            ("Ctrl+I", self.tr("I&mporteren en exporteren"), self.transfer),
            ("Ctrl+Shift+X", self.tr("&Agenda exporteren (.ics)"), self.export_agenda),
            ("Ctrl+Shift+M", self.tr("&Cliënten samenvoegen"), self.merge_clients),
            ("Ctrl+Shift+S", self.tr("&Sociale kaart beheren"), self.manage_social_map),
            ("Ctrl+Shift+O", self.tr("&Opleidingsaanbod beheren"), self.manage_catalogue),
            ("Ctrl+Shift+J", self.tr("&Loketten en zitdagen"), self.manage_lokets),
            ("Ctrl+Shift+G", self.tr("&Gebruikers"), self.manage_accounts),
            ("Ctrl+Shift+U", self.tr("A&udittrail"), self.browse_audit),
            ("Ctrl+Shift+B", self.tr("&Beheer van de gegevens"), self.care_for_data),
            ("F9", self.tr("&Nu synchroniseren"), self.sync.sync_now),
            ("Shift+F9", self.tr("Con&flicten"), self.open_conflicts),
            ("Ctrl+F9", self.tr("Laptops van het &kantoor"), self.manage_devices),
        ]
        bindings = list(general)
        for number in range(1, len(self.nav_titles()) + 1):
            def show(_checked: bool = False, index: int = number - 1) -> None:     # triggered(bool)
                self.show_page(index)
                self.focus_page()

            title = self.nav_titles()[number - 1][1].replace("&", "&&")     # its own '&', not a mnemonic
            bindings.append((f"Ctrl+{number}", title, show))
        self.menu_actions = {
            "dossier": [self._bind(keys, text, lambda _checked=False, a=act: self.on_dossier(a))
                        for keys, text, act in dossier],
            "office": [self._bind(keys, text, slot) for keys, text, slot in office]}
        for keys, text, slot in bindings:
            self._bind(keys, text, slot)

    def _bind(self, keys: str, text: str, slot: Callable[..., None]) -> QAction:
        """An action of the window, its key working wherever the focus is in it (none: from its menu only)."""
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        self._actions.append(action)
        return action

    def fit_navigation(self) -> None:
        """A narrow window's navigation shows its icons only, each title and key in its tooltip (and read
        out as the item's accessible text), so that the page keeps the room for its columns."""
        icons_only = self.width() < NAV_ICONS_BELOW
        if icons_only == self._nav_icons_only:
            return
        self._nav_icons_only = icons_only
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            whole = str(item.data(Qt.ItemDataRole.AccessibleTextRole))
            item.setText("" if icons_only else whole)
            item.setToolTip(whole if icons_only else "")
        width = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() if icons_only else NAV_WIDTH
        self.nav.setFixedWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_navigation()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.build()
        elif (event.type() == QEvent.Type.ApplicationPaletteChange
              and getattr(self, "_scheme", None) not in (None, current_palette())):
            self.build()                # the system turned dark or light: icons and pages in the new colours
        super().changeEvent(event)

    # --- navigation and search -------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page for a navigation entry, made on first use so start-up stays fast."""
        if key not in self.pages:
            page = self._factories[key]()
            self.pages[key] = page
            slot_layout = dict(self._slots)[key].layout()
            assert slot_layout is not None, "each slot is made with its layout"
            slot_layout.addWidget(page)
            if hasattr(page, "open_client"):
                page.open_client.connect(self.open_dossier)
            if hasattr(page, "open_work"):
                page.open_work.connect(self.open_work)
            if hasattr(page, "no_dossier"):
                page.no_dossier.connect(self.say_no_dossier)
            if hasattr(page, "close_loop"):
                page.close_loop.connect(self.close_anonymous_loop)
            if hasattr(page, "new_client"):
                page.new_client.connect(self.new_client)
            if hasattr(page, "manage"):
                page.manage.connect({"social_map": self.manage_social_map,
                                     "catalogue": self.manage_catalogue}[key])
        return self.pages[key]

    def show_page(self, index: int) -> None:
        self.results_view.hide()                    # the search list floats: it does not follow to a page
        self.no_results.hide()
        self.settle_search()
        key, slot = self._slots[index]
        fresh = key not in self.pages
        page = self.page(key)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(index)
        self.nav.blockSignals(False)
        self.stack.setCurrentWidget(slot)
        if not fresh and hasattr(page, "refresh"):
            page.refresh()

    def focus_page(self) -> None:
        """The typing goes to the page just shown (Ctrl+3 left it in the search above the pages); to the page
        itself while it has nothing to type in or move through yet (Vandaag's lists, being read, hand the focus
        on to the first list shown)."""
        slot = self.stack.currentWidget()
        field = first_field(slot) if slot is not None else None
        if field is None:
            field = next((self.pages.get(key) for key, shown in self._slots if shown is slot), None)
        if field is not None:
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def run_search(self, text: str) -> None:
        """Search as you type; the search is audited once it is settled (see `settle_search`)."""
        self._listed = self.ctx.service(Clients).listed(text, SEARCH_LIMIT, before=self._listed)
        rows = self._listed.rows
        self._searches.listed(text, rows)
        same = rows == [self.search_results.row_at(i) for i in range(self.search_results.rowCount())]
        if not same:
            self.search_results.replace_rows(rows)  # a letter more often finds the same people: no repaint
            if self.results_view.currentIndex().isValid():
                self.results_view.setCurrentIndex(QModelIndex())    # Enter opens the first of the new people
        self.say_found_nothing(text if not rows else "")
        if not rows:
            self.results_view.hide()
        elif not same or not self.results_view.isVisible():     # the same people: the list stays as it is
            self.place_results()
            self.results_view.show()
            self.results_view.raise_()

    def say_found_nothing(self, text: str) -> None:
        """Under the search field, a line when `text` found nobody (hidden for an empty text or a found one)."""
        if not text.strip():
            self.no_results.hide()
            return
        # the example in this office's numbers: this year's (a fixed LW-2025-… named a year and a number a new
        # office never had)
        example = format_number(CLIENT_PREFIX, local_today(self.ctx.clock).year, 54)
        self.no_results.setText(self.tr(
            "Niets gevonden voor ‘{text}’. Zoek op een deel van de naam, het dossiernummer (zoals {example}, of "
            "alleen 54), het telefoonnummer of het e-mailadres.").format(text=text.strip(), example=example))
        self.place_results()
        self.no_results.show()
        self.no_results.raise_()

    def place_results(self) -> None:
        """The result list just under the search field, as wide as it, at most RESULTS_HEIGHT high."""
        field = self.search.geometry()
        rows = self.search_results.rowCount()
        height = min(RESULTS_HEIGHT, rows * max(self.results_view.sizeHintForRow(0), 1)
                     + 2 * self.results_view.frameWidth())
        self.results_view.setGeometry(field.left(), field.bottom() + 1, field.width(), height)
        self.no_results.setGeometry(field.left(), field.bottom() + 1, field.width(),
                                    self.no_results.heightForWidth(field.width()))

    def settle_search(self) -> bool:
        """The search that listed people is done (a result opened, the list cleared or left): one
        audit event (`Clients.searched`), never one per letter typed. False when the disk was full."""
        return self._searches.settle()

    def open_first_result(self) -> None:
        index = self.results_view.currentIndex()
        row = index.row() if index.isValid() else 0
        if self.search_results.rowCount():
            self.open_dossier(self.search_results.row_at(row).id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            if self.results_view.isVisible() or self.no_results.isVisible():
                self.place_results()             # the window was resized: the list follows the field
        if watched is self.search and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Down and self.search_results.rowCount():
                self.results_view.setFocus()
                self.results_view.setCurrentIndex(self.search_results.index(0, 0))
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.search.clear()
                return True
        if watched is self.results_view and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            self.search.clear()                         # Escape in the list: back to an empty search field
            self.search.setFocus()
            return True
        return super().eventFilter(watched, event)

    def open_dossier(self, client_id: uuid.UUID) -> bool:
        """The client's dossier on screen. A client without one any more (erased, or merged away since the list
        was read) is said in one line in the status bar, and False returned."""
        try:
            if not self.settle_search():            # audited before the dossier's own view
                raise DiskFull()
            if self.dossier is None:
                self.dossier = DossierView(self.ctx, client_id)
                self.dossier.erased.connect(lambda: self.show_page(1))
                self.stack.addWidget(self.dossier)
            else:
                self.dossier.show_client(client_id)     # its widgets serve the next client's dossier
        except NotFound:
            self.say_no_dossier(client_id)
            return False
        except Exception as problem:                # opening is audited (`client.view`): on a full disk it is not
            if not isinstance(problem, DiskFull) and not disk_full(problem):
                raise
            self.statusBar().showMessage(self.tr(
                "De schijf is vol: het dossier gaat niet open, want wie een dossier opent, wordt eerst in het "
                "auditlogboek bewaard. Maak ruimte vrij en probeer opnieuw."), STATUS_MS)
            return False
        self.stack.setCurrentWidget(self.dossier)
        self.nav.clearSelection()
        self.search.clear()
        self.dossier.requests.setFocus()
        return True

    def close_anonymous_loop(self, request_id: uuid.UUID) -> None:
        """An anonymous question's referral: whether the person arrived, noted from Vandaag (there is no dossier
        to note it in, so the row stayed there for good)."""
        self._open_dialog(CloseLoopDialog(self.ctx, request_id, self), lambda _dialog: None)

    def say_no_dossier(self, client_id: uuid.UUID | None) -> None:
        """Why a row opens no dossier: an anonymous question, an erased client, or one merged or removed."""
        if client_id is None:
            text = self.tr("Een anonieme vraag heeft geen dossier om te openen.")
        elif self.ctx.service(Erasures).was_erased(client_id):
            text = self.tr("Deze cliënt is gewist (AVG): er is geen dossier meer om te openen.")
        else:
            text = self.tr("Dit dossier bestaat niet meer (samengevoegd of verwijderd).")
        self.statusBar().showMessage(text, STATUS_MS)

    def open_work(self, client_id: uuid.UUID, request_id: uuid.UUID, action: str) -> None:
        """From Vandaag: the dossier on that request, and the form the row asks for."""
        if self.open_dossier(client_id) and self.dossier is not None and self.dossier.select_request(request_id):
            self.on_dossier({"session": DossierView.record_session, "micro": DossierView.log_micro_contact,
                             "loop": DossierView.close_loop}[action])

    def on_dossier(self, action: Callable[[DossierView], None]) -> None:
        """A dossier's action (its key or the menu Dossier) on the dossier on screen; without one, said."""
        if self.dossier is not None and self.stack.currentWidget() is self.dossier:
            action(self.dossier)
            self.active_dialog = self.dossier.active_dialog
        else:
            self.statusBar().showMessage(self.tr("Open eerst een dossier: zoek de cliënt met Ctrl+K."), STATUS_MS)

    def on_changed(self, changes: OpChanges) -> None:
        """After any operation: confirm it in the status bar; the page on screen reads its rows again
        (a dossier on screen refreshes itself from the same announcement)."""
        if changes.message:
            self.statusBar().showMessage(changes.message, STATUS_MS)
        self._listed = None                     # the next letter searches again
        if changes.what & (Change.AGENDA | Change.REFERENCE):      # the subscribed .ics files follow
            feed = self.ctx.service(AgendaFeed)
            self.ctx.jobs.run(lambda _progress: feed.refresh(), lambda _paths: None, self.report_failure)
        self.sync_label.setText(self.sync.status_text())      # changes waiting to go up
        current = self.stack.currentWidget()
        if current is not self.dossier and changes.what & (Change.AGENDA | Change.REQUESTS | Change.REFERENCE):
            self._refresh_page(current)

    def _refresh_page(self, current: QWidget | None) -> None:
        """The page on screen reads its rows again, if it has rows (a page not made yet has none)."""
        for key, slot in self._slots:
            if slot is current and isinstance(page := self.pages.get(key), Refreshing):
                page.refresh()

    def refresh(self) -> None:
        self.new_day()
        current = self.stack.currentWidget()
        if current is self.dossier and self.dossier is not None:
            self.dossier.reload()
            return
        self._refresh_page(current)

    # --- dialogs started from the window ---------------------------------------------------
    def new_contact(self) -> None:
        """A new contact starts with nobody (anonymous-capable); the client of the dossier on screen is offered."""
        on_screen = self.dossier is not None and self.stack.currentWidget() is self.dossier
        offered = self.dossier.header.client if on_screen and self.dossier and self.dossier.header else None
        self._open_dialog(DispatchDialog(self.ctx, offered, self),
                          lambda d: d.result_request.client_id if d.result_request else None)

    def new_client(self) -> None:
        self._open_dialog(NewClientDialog(self.ctx, self),      # the new client, or the duplicate chosen instead
                          lambda d: chosen.id if (chosen := d.created or d.existing) else None)

    def _open_dialog(self, dialog: D, client_of: Callable[[D], uuid.UUID | None]) -> None:
        """Open `dialog`; once saved, open the client it was about (`client_of`). What it saved was announced
        as an operation: the status bar says so and the page on screen refreshes (`on_changed`)."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = dialog

        def finished(result: int) -> None:
            self.active_dialog = None
            self.activateWindow()               # the keyboard comes back (not every window manager does it)
            client_id = client_of(dialog) if result == dialog.DialogCode.Accepted.value else None
            if client_id:
                self.open_dossier(client_id)

        dialog.finished.connect(finished)
        dialog.open()

    def care_for_data(self) -> None:
        self._manage(Permission.MANAGE_OFFICE, lambda: MaintenanceDialog(self.ctx, self))

    def transfer(self) -> None:
        self._manage(Permission.REPORTS, lambda: TransferDialog(self.ctx, self))

    def open_settings(self) -> None:
        self._open_dialog(SettingsDialog(self.ctx, self._languages, self.idle_lock, self), lambda _dialog: None)

    def manage_accounts(self) -> None:
        self._manage(Permission.MANAGE_OFFICE, lambda: AccountsDialog(self.ctx, self))

    def change_own_passphrase(self) -> None:
        """Bestand › Wachtwoordzin wijzigen…: the signed-in person's own, whatever their role."""
        accounts = self.ctx.service(Accounts)
        dialog = OwnPassphraseDialog(accounts.change_own_passphrase, self.ctx.jobs, parent=self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(self.tr(
            "Uw wachtwoordzin is gewijzigd: vanaf nu meldt u zich daarmee aan op deze computer."), STATUS_MS))
        self._open_dialog(dialog, lambda _dialog: None)

    def export_agenda(self) -> None:
        """Ctrl+Shift+X: the signed-in counsellor's booked sessions and zitdagen as an .ics file (no client
        names), saved where chosen; the subscribable copy in the data folder is refreshed with it."""
        counsellor = self.ctx.actor.counsellor_id
        if counsellor is None:
            return
        self.file_dialog = ask_save_file(self, self.tr("Agenda exporteren"), "leerwinkel-agenda.ics", "ics",
                                         lambda path: self.save_agenda(counsellor, path))

    def save_agenda(self, counsellor: uuid.UUID, path: Path) -> None:
        feed = self.ctx.service(AgendaFeed)

        def work(_progress: Progress) -> tuple[Path, Path]:
            return feed.write(counsellor, path), feed.write(counsellor)

        def saved(paths: tuple[Path, Path]) -> None:
            self.statusBar().showMessage(self.tr("Agenda bewaard in {file}; om op te abonneren: {feed}").format(
                file=paths[0], feed=paths[1]), STATUS_MS)

        self.ctx.jobs.run(work, saved, self.report_failure)

    def report_failure(self, error: Exception) -> None:
        """A background job refused (a typed error): one line in the status bar; anything else is a crash."""
        if not isinstance(error, DomainError | OSError):
            raise error
        self.statusBar().showMessage(self.tr("⚠ Dit kon niet: {reason}").format(
            reason=error_text(error) if isinstance(error, DomainError) else error.strerror), STATUS_MS)

    def manage_social_map(self) -> None:
        self._manage(Permission.MANAGE_PARTNERS, lambda: PartnersDialog(self.ctx, self))

    def manage_catalogue(self) -> None:
        self._manage(Permission.MANAGE_CATALOGUE, lambda: CoursesDialog(self.ctx, self))

    def manage_lokets(self) -> None:
        self._manage(Permission.MANAGE_OFFICE, lambda: LoketsDialog(self.ctx, self))

    def _manage(self, permission: Permission, make: Callable[[], QDialog]) -> None:
        """The office's data and its care are a coordinator's work; others are told so at once, instead of a
        form that refuses its save (Gebruikers, the audit trail, backups and merges opened for a counsellor)."""
        if not allowed(self.ctx.actor.role, permission):
            self.statusBar().showMessage(self.tr("Alleen een coördinator beheert deze gegevens."), STATUS_MS)
            return
        self._open_dialog(make(), lambda _dialog: None)

    def open_conflicts(self) -> None:
        """Shift+F9: the conflict inbox (what the office's server kept differently)."""
        if not self.sync.enrolled():
            self.statusBar().showMessage(self.tr("Deze laptop synchroniseert niet: er zijn geen conflicten."),
                                         STATUS_MS)
            return
        self._open_dialog(ConflictInboxDialog(self.ctx, self), lambda _dialog: None)

    def manage_devices(self) -> None:
        """Ctrl+F9: the office's laptops (coordinators of an enrolled laptop)."""
        if not self.sync.enrolled():
            self.statusBar().showMessage(not_enrolled_text(), STATUS_MS)
            return
        self._manage(Permission.MANAGE_OFFICE, lambda: DevicesDialog(self.ctx, self))

    def browse_audit(self) -> None:
        self._manage(Permission.MANAGE_OFFICE, lambda: AuditDialog(self.ctx, self))

    def merge_clients(self) -> None:
        self._manage(Permission.MERGE_CLIENTS, lambda: MergeDialog(self.ctx, self))

    def lock_for_new_key(self) -> None:
        """Another instance gave the database a new key: sign in again to take it (nothing typed is lost)."""
        self.lock(self.tr("Een coördinator gaf de databank een nieuwe sleutel (een account werd afgesloten). "
                          "Meld u opnieuw aan; wat u typte is bewaard."))

    def lock_revoked(self, reason: str) -> None:
        """A coordinator revoked this laptop (learned at a sync, or before the desk opened): locked for good, saying
        `reason` (what happened, how many changes never went up); no passphrase opens it again and nothing that
        writes is offered, only closing the app. Also over a lock already shown (idle): its reason replaced."""
        self.laptop_revoked = True
        if self.lock_screen is None:
            self.lock(reason)
        assert self.lock_screen is not None, "lock() shows it"
        self.lock_screen.reason.setText(reason)
        self.lock_screen.reason.show()
        self.lock_screen.offer_leaving(self.leave_locked, only=True)

    def leave_locked(self) -> None:
        """The lock's "Leerwinkel Desk sluiten" (locked by the office): the app ends once its background work did
        (what was typed was kept as drafts when it locked). Not `quit`: that closes the windows first, and the lock
        screen refuses to close."""
        self.finish_background_work()
        QApplication.exit(0)

    def _unlock_as(self, login: str, passphrase: str) -> SignedIn:
        """The lock screen's check: nobody on a revoked laptop; else the same person's passphrase (asking the
        service when the office had closed their account: services/accounts.py `sign_in`)."""
        if self.laptop_revoked:
            raise LaptopRevoked()
        return sign_in_again(self.ctx.db, self.ctx.clock, login, passphrase, office_asker(self.ctx.db))

    def lock(self, reason: str = "", final: bool = False) -> None:
        """Idle: keep what was typed as drafts, hide the data, ask the passphrase of the same person. `final`: locked
        by the office (the account closed, the laptop revoked): the lock also offers to close the app."""
        if self.lock_screen is not None:
            return
        keep_open_work(self)
        self.ctx.db.let_go_reader()               # no connection kept for the lists while the data is hidden
        active, focused = QApplication.activeWindow(), QApplication.focusWidget()     # where the typing went
        hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not self]
        for widget in hidden:                     # dialogs too: hidden, not closed, so their text stays
            widget.hide()
        self._central.hide()
        signed = SignedIn(self.ctx.actor, self.ctx.user_name)
        self._hidden_by_lock = hidden
        self.lock_screen = SignInDialog(self._unlock_as, self.ctx.login, signed, self, reason=reason,
                                        hand_over=self.sign_out_from_lock)
        if final:
            self.lock_screen.offer_leaving(self.leave_locked)
        self.lock_screen.setModal(True)

        def unlocked() -> None:
            self._hidden_by_lock = []
            reopened = self.lock_screen is not None and self.lock_screen.signed_in is not None \
                and self.lock_screen.signed_in.reopened
            self.lock_screen = None
            self._central.show()
            for widget in hidden:
                if shiboken6.isValid(widget):
                    widget.show()
            # the typing goes on where it was (the micro-contact's summary came back with no focus:
            # the next letters typed went nowhere)
            if active is not None and shiboken6.isValid(active) and active.isVisible():
                active.raise_()
                active.activateWindow()
            if focused is not None and shiboken6.isValid(focused) and focused.isVisible():
                focused.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
            if reopened:        # closed by the office and opened again: what waited here goes up now
                self.sync.sync_now()
            self.new_day()

        self.lock_screen.accepted.connect(unlocked)
        self.lock_screen.open()

    def sign_out(self) -> None:
        """Bestand › Afmelden: the desk closes as a lock begins (what was typed in a session kept as a draft)
        and the sign-in comes back for whoever signs in next (ui/start.py, in a new window). A form still open
        is closed as closing it by hand does (typed text is asked about first, a session kept as a draft); one
        that stays open (Verder typen) keeps the person signed in. The background work of the desk ends first,
        then the window goes with everything it held (pages, models, the dossier, the search)."""
        for form in [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]:
            form.close()
            if shiboken6.isValid(form) and form.isVisible():
                return
        keep_open_work(self)
        self.ctx.service(Accounts).signed_out(from_lock=False)
        self._end_desk()

    def sign_out_from_lock(self) -> None:
        """The lock screen's Iemand anders aanmelden (Alt+I): the locked person's session ends as Afmelden ends
        it, for the colleague at the laptop, and nothing of it comes on screen again. What was typed in a form
        that keeps drafts (a session, a micro-contact) is kept as the person's draft; the forms the lock hid are
        never shown again (no question of theirs: it would show the text), but deleted with the window. Typing no
        draft can keep (a new client half typed, a draft the full disk refused) is counted, never shown: the
        colleague is asked whether to throw it away (Terug, the default, keeps the lock as it was)."""
        screen = self.lock_screen
        if screen is None:
            return
        _kept, unsaved = keep_open_work(self)
        lost = unsaved + typing_without_drafts(self)
        if lost and not self._throw_away_asked(screen, lost):
            return
        try:
            self.ctx.service(Accounts).signed_out(from_lock=True)
        except Exception as refused:            # a new key from elsewhere, a full disk: the hand-over goes on
            if not (isinstance(refused, KeyChanged) or write_refused(refused)):
                raise
            log_error(log, "the sign-out from the lock screen could not be audited", refused)
        log.info("signed out from the lock screen (%d form(s) with typing thrown away)", lost)
        self.lock_screen = None
        screen.done(QDialog.DialogCode.Rejected.value)     # not `accepted`: nothing hidden comes back
        for widget in self._hidden_by_lock:
            if shiboken6.isValid(widget):
                widget.deleteLater()                # hidden as they are, without a close and its questions
        self._hidden_by_lock = []
        self._end_desk()

    def _throw_away_asked(self, screen: SignInDialog, forms: int) -> bool:
        """Over the lock screen, without what was typed: may typing that cannot be kept be thrown away?"""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Iemand anders aanmelden"), self.tr(
            "{name} heeft in {forms} getypt wat niet als concept bewaard kan worden. Wie nu aanmeldt, gooit dat "
            "weg.").format(name=self.ctx.user_name, forms=self.tr("1 formulier") if forms == 1
                          else self.tr("{n} formulieren").format(n=forms)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, screen)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Weggooien en &aanmelden"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("&Terug"))
        return box.exec() == QMessageBox.StandardButton.Discard

    def _end_desk(self) -> None:
        """Afmelden's end, from the menu or from the lock screen (drafts kept, the sign-out audited): the desk's
        work waited for, the window gone and the sign-in asked again (ui/start.py)."""
        self.settle_search()
        self.statusBar().showMessage(self.tr("Afmelden…"))
        self.finish_background_work()
        self.ctx.db.let_go_reader()
        self.close()
        self.deleteLater()
        QApplication.exit(SIGNED_OUT)           # after close: the quit of the last window must not win

    def closeEvent(self, event: QCloseEvent) -> None:
        """Afsluiten (Ctrl+Q, the window's ×): the desk's background work ends first, with the window still
        on screen. The app closes the file cleanly next (app.py); a job still running then (the start-of-day
        backup and retention, a sync) opened the file again after that close was noted, and the next start set
        its writes aside with the WAL, as one that did not belong to the file. A close asked while Afmelden (or
        the lock's Sluiten) waits for that work is left to it. (One asked during this close's own wait never
        comes here: Qt answers it as closing already.)"""
        if self._finishing:
            event.ignore()
            return
        self.finish_background_work()
        super().closeEvent(event)

    def finish_background_work(self) -> None:
        """Before the desk ends and its file is let go: a sync under way is stopped (it ends within moments, as one
        the network failed: its changes stay queued for the next sync; sync/stop.py), and every job of this desk
        is waited for (a report; the start-of-day backup and retention, never cut short: half a backup is worse
        than a short wait). The window repaints meanwhile and its status bar says what it waits for; keys and
        clicks wait until it is over. Before, the wait blocked the window's thread: a sync waiting on a service
        that hung held a frozen window for the 60 seconds of its request."""
        if self._finishing:
            return
        self._finishing = True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._say_waiting()                 # said first: the sync's stop is often over before the next look
            self.sync.stop()
            if self._day_timer is not None:
                self._day_timer.stop()          # no start-of-day work begins while the desk closes
            self._wait_for_background_work()
            self.ctx.jobs.wait()                # ended already; or the wait was cut (the app told to quit)
            self.start_of_day_jobs.wait()
        finally:
            QApplication.restoreOverrideCursor()
            self._finishing = False

    def _say_waiting(self) -> bool:
        """What the closing desk waits for, in the status bar (a job's own message replaced); False: nothing."""
        waiting = self._waiting_for()
        if waiting is not None and self.statusBar().currentMessage() != waiting:
            self.statusBar().showMessage(waiting)
        return waiting is not None

    def _wait_for_background_work(self) -> None:
        """An event loop of its own until the jobs ended, looking every `WORK_CHECK_MS` and saying what it waits
        for. Without user input: a key pressed meanwhile (F9, a form) would start work the close then waits for."""
        if self._waiting_for() is None:
            return
        loop = QEventLoop()
        check = QTimer()
        check.setInterval(WORK_CHECK_MS)
        check.timeout.connect(lambda: None if self._say_waiting() else loop.quit())
        check.start()
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        check.stop()

    def _waiting_for(self) -> str | None:
        """What a closing desk still waits for, in the status bar's words; None once its jobs ended."""
        if self.ctx.jobs.busy and self.sync.running:
            return self.tr("Even wachten: de synchronisatie wordt gestopt; de wijzigingen blijven klaarstaan…")
        if self.start_of_day_jobs.busy:
            return self.tr("Even wachten: de dagelijkse back-up en de bewaartermijn worden afgerond…")
        if self.ctx.jobs.busy:
            return self.tr("Even wachten: het werk op de achtergrond wordt afgerond…")
        return None

    def begin_day(self) -> None:
        """The start-of-day work (backup, retention, planner statistics) on its own low-priority lane, once the
        user's lane did what it was given (Vandaag's day at the opening), never ahead of the user's jobs: at the
        opening of the desk (ui/desk.py) and again when the local day changes while it is open (`new_day`)."""
        self._day = local_today(self.ctx.clock)
        ctx = self.ctx

        def after_the_day(_progress: Progress) -> StartOfDay:
            ctx.jobs.wait_idle()
            return start_of_day(ctx.db, ctx.clock, ctx.actor)

        self.start_of_day_jobs.run(after_the_day, self.report_start_of_day, self.report_start_of_day_failed)
        if self._day_timer is None:
            self._day_timer = QTimer(self)
            self._day_timer.timeout.connect(self.new_day)
            self._day_timer.start(DAY_CHECK_MS)

    def new_day(self) -> None:
        """A desk left open past midnight (Brussels) made no backup and ran no retention for the new day: its
        start-of-day work begins again at the first F5, unlock or check of the minute (the timer: also while it is
        locked, the night through) on the new day. Never on a laptop locked for good."""
        if self._day is not None and not self.laptop_revoked and local_today(self.ctx.clock) != self._day:
            self.begin_day()

    def report_start_of_day(self, done: StartOfDay) -> None:
        """What the start-up work did, in the status bar (counts only). Its retention may have erased someone
        the search listed: the next letter searches again."""
        self._listed = None
        parts = [self.tr("Dagelijkse back-up gemaakt")] if done.backup else []
        if done.second_copy:
            parts.append(self.tr("kopie in de back-upmap nagelezen"))
        if done.retention.requests or done.retention.clients:
            retention = done.retention
            parts.append(self.tr("bewaartermijn: {requests} geanonimiseerd, {clients} gewist").format(
                requests=requests_text(len(retention.requests)), clients=clients_text(len(retention.clients))))
        failed = ""
        if done.second_copy_failed is not None:     # the day's backup is there; until the copy works again: said
            failed = self.tr("⚠ de kopie in de back-upmap is mislukt ({why}); zie Beheer van de gegevens "
                             "(Ctrl+Shift+B)").format(why=problem_text(done.second_copy_failed))
            parts.append(failed if parts else after_the_mark_upper(failed))
        if done.held is not None:   # every day until a coordinator applies the period by hand: said, and kept
            self.statusBar().showMessage(" ".join((held_text(done.held), after_the_mark_upper(failed))).strip(), 0)
        elif parts:
            self.statusBar().showMessage("; ".join(parts), 0 if done.second_copy_failed is not None else 10_000)

    def report_start_of_day_failed(self, error: Exception) -> None:
        """In the status bar, which part failed in words, and in the log (the part, the error's type and where:
        a `backups` that is a file, a backup drive gone; never a path or a value)."""
        step = error.step if isinstance(error, StartOfDayFailed) else None
        cause = error.__cause__ if isinstance(error, StartOfDayFailed) and error.__cause__ is not None else error
        log_error(log, f"start of day: the {step or 'start-up work'} failed", cause)
        if step is Step.RETENTION:
            text = self.tr("⚠ De bewaartermijn kon niet worden toegepast (de dagelijkse back-up is wel gemaakt)")
        else:
            text = self.tr("⚠ De dagelijkse back-up is mislukt ({why}); de bewaartermijn is daarom niet toegepast. "
                           "Zie Beheer van de gegevens (Ctrl+Shift+B)").format(why=problem_text(problem_of(cause)))
        self.statusBar().showMessage(text, 0)

    def toggle_language(self) -> None:
        settings = QSettings()
        language = "en" if saved_language(settings) == "nl" else "nl"
        if self._languages is not None and self._languages.use(language):
            settings.setValue(SETTINGS_KEY, language)


def build_context(db: Database, office_id: uuid.UUID) -> DeskContext:
    """A context acting as the office's first coordinator (screenshots and benchmarks, no sign-in)."""
    actor = default_actor(db, office_id)
    person = next((c for c in OfficeSetup(db, SystemClock(), actor).counsellors() if c.id == actor.counsellor_id),
                  None)
    return DeskContext(db, SystemClock(), actor, office_name(db, office_id),
                       person.full_name if person else actor.role, person.login if person else "")
