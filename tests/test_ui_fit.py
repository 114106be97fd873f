"""At 150 % on a 1280×720 screen (the window's room about 837×432 points): what was cut there, driven by keys
and read off the screen as it shows."""

from __future__ import annotations

from datetime import time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QStyleOptionViewItem

from leerwinkel_desk.domain.enums import (
    Channel,
    OrganisationType,
    Phase,
    ReferralReason,
    SecondLineKind,
    SignalKind,
    SignalTheme,
    Tier,
)
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.outreach import Outreach
from leerwinkel_desk.services.referrals import Referrals
from leerwinkel_desk.services.social_map import SocialMap
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.pages.today import PARTNER_COLUMN, REASON_COLUMN
from test_ui import ctx, office, open_window, press  # noqa: F401 - fixtures
from test_ui_dossier import NARROW
from test_ui_keys import answered, open_dossier_by_search, reopen_as
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

