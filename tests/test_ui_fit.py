"""At 150 % on a 1280×720 screen (the window's room about 837×432 points): what was cut there, driven by keys
and read off the screen as it shows."""

from __future__ import annotations

import html
from datetime import time, timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QStyleOptionViewItem, QToolTip

from leerwinkel_desk.demo.office_data import PARTNERS
from leerwinkel_desk.domain.enums import (
    Channel,
    OrganisationType,
    Phase,
    ReferralReason,
    SecondLineKind,
    SessionType,
    SignalKind,
    SignalTheme,
    Tier,
)
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.outreach import Outreach
from leerwinkel_desk.services.referrals import Referrals
from leerwinkel_desk.services.social_map import SocialMap
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.dossier_parts import COUNTERPART_COLUMN, DETAIL_COLUMN, REQUEST_COLUMN
from leerwinkel_desk.ui.pages.today import PARTNER_COLUMN, REASON_COLUMN
from leerwinkel_desk.ui.screen_fit import FRAME_ALLOWANCE
from test_ui import ctx, office, open_window, press  # noqa: F401 - fixtures
from test_ui_dossier import NARROW
from test_ui_keys import answered, key, open_dossier_by_search, reopen_as
from test_ui_pages import go_to

LONG_PARTNER = "Centrum voor Basiseducatie Leerpunt Zuid-West-Vlaanderen – campus Kortrijk"


def test_at_150_percent_a_long_status_message_shows_whole_and_the_zitdag_says_whose(qtbot, ctx, db, clock,
                                                                                     office) -> None:
    """The status bar's facts (who, the zitdag, the database, the sync) left a message about 100 points:
    'Dagelijks' of the start of day's report. A message now has the bar's room, on a second line where one is
    too short, the facts aside while it shows; 'Loket vandaag' is the signed-in person's own zitdag, once for a
    morning and an afternoon at the same loket."""
    for starts, ends in ((time(9), time(12)), (time(13, 30), time(16))):
        Agenda(db, clock, office.coordinator).add_zitdag(office.loket_id, office.counsellor.counsellor_id, starts,
                                                         ends, weekday=clock.now().weekday())
    window = open_window(qtbot, ctx)
    window.resize(*NARROW)
    qtbot.waitUntil(lambda: window.nav.width() < 100)
    assert window.loket_label.text() == "Uw zitdag vandaag: Loket Sociaal Huis"
    press(qtbot, window, Qt.Key.Key_F9)                 # not enrolled: a message of 80 characters
    bar = window.statusBar()
    message = bar.currentMessage()
    assert message.startswith("Deze laptop is nog niet ingeschreven") and "device enrol" in message
    shown = [label for label in bar.findChildren(QLabel) if label.isVisible() and label.text() == message]
    assert len(shown) == 1
    label = shown[0]
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))      # every line of it
    assert label.fontMetrics().horizontalAdvance(message) > label.width() / 2 or label.width() > 400
    assert label.mapTo(window, label.rect().bottomRight()).y() < window.height()
    assert not window.user_label.isVisible() and not window.loket_label.isVisible()
    assert window.sync_label.isVisible()


def test_at_150_percent_a_referral_shows_its_reason_beside_a_long_partner_name(qtbot, db, clock, office) -> None:
    """Vandaag's referrals gave the partner's long name its width and left the reason '…', its title too."""
    partner = SocialMap(db, clock, office.coordinator).add_partner(LONG_PARTNER, OrganisationType.SCHOOL, "Kortrijk")
    _client, request = answered(db, clock, office.counsellor, "Tom", "Claes")
    reopen_as(db, request.id, Tier.MEDIATION, Phase.CHOICE, office.counsellor)
    Referrals(db, clock, office.counsellor).refer_out(request.id, partner.id, ReferralReason.SCHOOL, "studiekeuze")
    window = open_window(qtbot, DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator Test"))
    window.resize(*NARROW)
    qtbot.waitUntil(lambda: window.nav.width() < 100)
    page = go_to(qtbot, window, 0)
    qtbot.waitUntil(lambda: page.loops.rowCount() == 1, timeout=10000)
    table = page.tables["loops"]
    header = table.horizontalHeader()
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)

    def needs(column: int) -> int:
        return table.itemDelegate().sizeHint(option, page.loops.index(0, column)).width()

    assert page.loops.index(0, REASON_COLUMN).data() == "begeleiding door de school"
    qtbot.waitUntil(lambda: needs(REASON_COLUMN) <= header.sectionSize(REASON_COLUMN))
    assert header.sectionSizeHint(REASON_COLUMN) <= header.sectionSize(REASON_COLUMN)      # "Reden", not "…"
    assert needs(PARTNER_COLUMN) > header.sectionSize(PARTNER_COLUMN)           # the name gives way (its tooltip)
    assert header.length() <= table.viewport().width() + 1                      # and nothing beyond the edge


def test_at_150_percent_the_dossier_timeline_shows_more_than_two_rows(qtbot, db, clock, office) -> None:
    """Under the dossier's header, request card, actions and the title "Tijdlijn", Qt's default row of 30 points
    left the timeline one whole row at 150 % on a 1280×720 screen. Rows are now a line of text and a little
    air, the title is gone (the column titles say what it is) and the parts above give way before the
    timeline shows fewer than three rows, without making the window taller than the screen's room."""
    _client, request = answered(db, clock, office.counsellor, "Wout", "Peeters")
    contacts = Contacts(db, clock, office.counsellor)
    for n in range(30):
        contacts.log_micro(request.id, Channel.PHONE, f"Belde terug over de opleiding {n}",
                           at=clock.now() - timedelta(hours=n + 1))
    window = open_window(qtbot, DeskContext(db, clock, office.counsellor, "Leerwinkel Test", "An Test"))
    window.resize(*NARROW)
    qtbot.waitUntil(lambda: window.nav.width() < 100)
    open_dossier_by_search(qtbot, window, "wout")
    timeline = window.dossier.timeline
    qtbot.waitUntil(lambda: timeline.viewport().height() > 0)
    assert timeline.model().rowCount() > 30
    row = timeline.rowHeight(0)
    assert row <= max(timeline.fontMetrics().height(), 16) + 10
    assert timeline.viewport().height() // row >= 3
    assert window.height() <= NARROW[1]


def test_a_list_of_the_day_fitted_to_its_rows_leaves_no_blank_under_them(qtbot, db, clock, office) -> None:
    """Vandaag's lists are as high as their rows. The room of a vertical scroll bar (which such a list never
    shows) was kept aside in judging whether the columns fit, so a stretched column counted as cut and a
    horizontal bar's height was left blank under the rows."""
    partner = SocialMap(db, clock, office.coordinator).add_partner("VDAB Kortrijk", OrganisationType.VDAB, "Kortrijk")
    _client, request = answered(db, clock, office.counsellor, "Tom", "Claes")
    reopen_as(db, request.id, Tier.MEDIATION, Phase.CHOICE, office.counsellor)
    Referrals(db, clock, office.counsellor).refer_out(request.id, partner.id, ReferralReason.WORK, "werk zoeken")
    window = open_window(qtbot, DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator Test"))
    window.resize(1280, 680)
    page = go_to(qtbot, window, 0)
    qtbot.waitUntil(lambda: page.loops.rowCount() == 1, timeout=10000)
    table = page.tables["loops"]
    qtbot.waitUntil(lambda: table.isVisible() and table.viewport().height() == table.rowHeight(0))
    assert not table.horizontalScrollBar().isVisible()


def test_at_150_percent_the_second_line_and_signal_lists_keep_four_rows(qtbot, db, clock, office) -> None:
    """Tweedelijn & signalen at 150 % on a 1280×720 screen: each list was squeezed to about one and a half
    rows under its quick-add fields. Each keeps four rows; the page scrolls instead, and Tab into a list
    brings it into view."""
    outreach = Outreach(db, clock, office.coordinator)
    for n in range(6):
        outreach.log_second_line(SecondLineKind.QUESTION, f"vraag van een jobcoach {n}", clock.now().date())
        outreach.raise_signal(SignalKind.GAP, SignalTheme.OFFER, f"geen avondaanbod {n}", "Kortrijk")
    window = open_window(qtbot, DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator Test"))
    window.resize(*NARROW)
    qtbot.waitUntil(lambda: window.nav.width() < 100)
    page = go_to(qtbot, window, len(window.nav_titles()) - 1)
    for table in (page.second_line_table, page.signal_table):
        assert table.model().rowCount() == 6
        qtbot.waitUntil(lambda t=table: t.viewport().height() >= 4 * t.rowHeight(0))
    assert window.height() <= NARROW[1]
    page.add_signal.setFocus()
    press(qtbot, page.add_signal, Qt.Key.Key_Tab)           # where a key typed goes: the focused button
    table = page.signal_table
    assert table.hasFocus()
    shown = table.horizontalHeader().height() + 2 * table.rowHeight(0)     # its titles and first rows in view
    qtbot.waitUntil(lambda: table.visibleRegion().boundingRect().height() >= shown)
    assert page.findChild(QScrollArea).verticalScrollBar().value() > 0



def noella_with_three_requests(db, clock, office) -> None:
    """A client of three requests (their numbers in the timeline), referred to a partner of a long name (the
    "Met" column), with sessions face to face and calls (the "Kanaal" column), as the demo's dossiers are."""
    an = office.counsellor
    client, request = answered(db, clock, an, "Noella", "Vandenberghe")
    for topic in ("Boekhouden", "Zorgkundige"):
        Dispatch(db, clock, an).answer_now(FirstContact(Channel.PHONE, topic, client_id=client.id), "Uitgelegd")
    reopen_as(db, request.id, Tier.MEDIATION, Phase.CHOICE, an)
    partner = SocialMap(db, clock, office.coordinator).add_partner(LONG_PARTNER, OrganisationType.SCHOOL, "Kortrijk")
    Referrals(db, clock, an).refer_out(request.id, partner.id, ReferralReason.SCHOOL, "studiekeuze")
    contacts = Contacts(db, clock, an)
    for n in range(8):
        contacts.record_session(request.id, clock.now() - timedelta(days=n + 1, hours=3), 45, SessionType.INFORMATION,
                                summary=f"Overliep de opleidingen in de buurt, deel {n}")
        contacts.log_micro(request.id, Channel.PHONE, f"Belde terug over de inschrijving {n}",
                           at=clock.now() - timedelta(days=n + 1, hours=1))


def test_at_150_percent_a_refusal_over_a_dossier_left_the_window_within_the_screen(qtbot, db, clock, office) -> None:
    """A dossier opened, Vandaag (Ctrl+1), then a dossier's key there (Ctrl+Shift+P): the refusal "Open eerst
    een dossier…" was measured three lines high at the width its hidden label last had, and over the
    dossier's least height that made the window taller than the screen for good, its status bar, and every
    later message, below the screen's edge. The message shows in the window, and the window keeps its height."""
    noella_with_three_requests(db, clock, office)
    window = open_window(qtbot, DeskContext(db, clock, office.counsellor, "Leerwinkel Test", "An Test"))
    window.resize(*NARROW)
    qtbot.waitUntil(lambda: window.nav.width() < 100)
    open_dossier_by_search(qtbot, window, "noella")
    qtbot.wait(100)                                     # a person's pause between keys
    key(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(100)
    key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    bar = window.statusBar()
    assert bar.currentMessage().startswith("Open eerst een dossier")
    qtbot.wait(200)                                     # the layouts have had their turn
    assert window.height() <= NARROW[1]
    assert bar.message.isVisible()
    assert bar.message.mapTo(window, bar.message.rect().bottomLeft()).y() < window.height()
    assert window.minimumSizeHint().height() <= NARROW[1]          # and no page or dossier could make it taller


def test_a_page_that_needs_more_than_the_screen_leaves_the_window_on_it(qtbot, db, clock, office) -> None:
    """The guard: whatever a page asks for, the window is never made larger than its screen's room (here the
    test screen's), so the status bar and its messages stay in sight."""
    window = open_window(qtbot, DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator Test"))
    room = window.screen().availableGeometry().size() - FRAME_ALLOWANCE
    window.resize(room.width(), room.height() - 100)
    page = go_to(qtbot, window, 0)
    page.setMinimumHeight(room.height() + 400)          # a page that wants more than the screen has
    press(qtbot, window, Qt.Key.Key_F9)                 # and a message in the status bar
    qtbot.wait(50)
    assert window.statusBar().currentMessage()
    assert window.height() <= room.height()
    bar = window.statusBar().message
    assert bar.mapTo(window, bar.rect().bottomLeft()).y() < window.height()


def test_at_150_percent_the_dossiers_timeline_keeps_its_short_columns_whole(qtbot, db, clock, office) -> None:
    """At 150 % on a 1280×720 screen the timeline cut almost every column to keep a quarter of its width for
    the free text and a partner's long name whole in "Met": "07/12/2026 2…", "LV-2026-000…", "An Pe…",
    "Doorverwi…", "Pers…". The moment, what, channel, minutes, request and author now show whole for the
    rows as they come; "Met" (empty in most rows) and the free text take what is left, whole in their
    tooltip. The request cards above show whole: one here, not one and a slice of the next."""
    noella_with_three_requests(db, clock, office)
    window = open_window(qtbot, DeskContext(db, clock, office.counsellor, "Leerwinkel Test", "An Test"))
    window.resize(*NARROW)
    qtbot.waitUntil(lambda: window.nav.width() < 100)
    open_dossier_by_search(qtbot, window, "noella")
    dossier = window.dossier
    table = dossier.timeline
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: table.isVisible() and header.viewport().width() > 0)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    model = table.model()
    kept = [column for column in range(model.columnCount())
            if column not in (COUNTERPART_COLUMN, DETAIL_COLUMN) and not header.isSectionHidden(column)]
    assert not header.isSectionHidden(REQUEST_COLUMN) and not header.isSectionHidden(COUNTERPART_COLUMN)

    def cut() -> list[str]:
        return [str(model.index(row, column).data()) for row in range(min(model.rowCount(), 12)) for column in kept
                if table.itemDelegate().sizeHint(option, model.index(row, column)).width()
                > header.sectionSize(column)]

    cards = dossier.requests
    assert cards.count() == 3
    card = cards.item(0).sizeHint().height() + 2 * cards.spacing()
    for size, whole in ((NARROW, 1), ((1264, 672), 2)):        # 150 % and 100 % on a 1280×720 screen
        window.resize(*size)
        qtbot.waitUntil(lambda n=whole: not cut() and cards.viewport().height() // card == n, timeout=3000)
        assert header.sectionSize(DETAIL_COLUMN) >= header.sectionSizeHint(DETAIL_COLUMN)    # its title whole
        assert header.length() <= header.viewport().width()
        shows = cards.viewport().height()               # whole cards (and a third's top where two fit)
        assert shows == card or shows == 2 * card + card // 3, (shows, card)
        assert table.viewport().height() >= 3 * table.rowHeight(0)
        assert window.height() <= size[1]
    assert header.sectionSize(DETAIL_COLUMN) >= header.viewport().width() // 4     # at 100 % a quarter, as before


def test_at_150_percent_the_social_map_shows_the_partners_names_and_a_cut_text_whole_on_hover(qtbot, db, clock,
                                                                                             office) -> None:
    """The social map of the demo at 150 % on a 1280×720 screen: the kinds and e-mail addresses kept their
    longest texts whole and left the names 119 points, 15 of 24 cut ("Agentschap Inte…", "CAW Zuid-West-…").
    The name keeps a share of the width; the kind and the e-mail address give way, and a text cut anywhere
    shows whole when the pointer rests on it."""
    social = SocialMap(db, clock, office.coordinator)
    for kind, name, _street, _postcode, town, domain, _people in PARTNERS:
        social.add_partner(name, kind, town, "056 86 67 38", f"info@{domain}")
    window = open_window(qtbot, DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator Test"))
    window.resize(*NARROW)
    qtbot.waitUntil(lambda: window.nav.width() < 100)
    page = go_to(qtbot, window, 3)
    table, model = page.table, page.model
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: table.isVisible() and header.viewport().width() > 0)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)

    def cut(column: int) -> list[str]:
        return [str(model.index(row, column).data()) for row in range(model.rowCount())
                if table.itemDelegate().sizeHint(option, model.index(row, column)).width() > header.sectionSize(column)]

    names = cut(0)
    assert model.rowCount() == len(PARTNERS) + 3
    assert len(names) <= 4, names                                       # the longest only, as "Gevangenis Brugge – …"
    assert not {"CAW Zuid-West-Vlaanderen", "Bibliotheek Kortrijk", "Jongerenpunt Overleie"} & set(names)
    assert cut(2) == [] and cut(3) == []                               # the municipality and the phone whole
    assert header.length() <= table.viewport().width() + 1             # and nothing beyond the edge
    for column in range(model.columnCount()):                          # hovering a cut text shows it whole
        for text in cut(column)[:2]:
            row = next(r for r in range(model.rowCount()) if model.index(r, column).data() == text)
            table.scrollTo(model.index(row, column))
            spot = table.visualRect(model.index(row, column)).center()
            QApplication.sendEvent(table.viewport(), QHelpEvent(QEvent.Type.ToolTip, spot,
                                                                table.viewport().mapToGlobal(spot)))
            assert QToolTip.isVisible() and html.unescape(QToolTip.text()) == f"<qt>{text}</qt>"
            QToolTip.hideText()
