"""The pages as a person reads them: words instead of codes, whole texts, names on Vandaag, Flemish figures.

Driven by keys to the main window (navigation list, Ctrl+K, Ctrl+N, mnemonics); asserts what the
screen shows and what the database holds.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QWidget,
)
from sqlalchemy import select

from conftest import FixedClock
from leerwinkel_desk.demo import generate_demo
from leerwinkel_desk.domain import enums
from leerwinkel_desk.domain.enums import Channel, DutchLevel, Phase, Tier
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.dispatch import Dispatch, FirstContact
from leerwinkel_desk.services.letters import LetterKind
from leerwinkel_desk.services.options import Options
from leerwinkel_desk.services.requests import RequestRow, Requests
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.migrations import upgrade
from leerwinkel_desk.store.models import Consent, Handover, LearningRequest, Letter
from leerwinkel_desk.ui.charts import BAR_MIN, BarChart, shown_label
from leerwinkel_desk.ui.context import DeskContext
from leerwinkel_desk.ui.design.style import Space
from leerwinkel_desk.ui.i18n import LanguageSwitcher
from leerwinkel_desk.ui.main_window import MainWindow, build_context
from leerwinkel_desk.ui.models import ClientSearchModel
from leerwinkel_desk.ui.texts import enum_label
from test_ui import active, ctx, english_translations, office, open_window, press, window  # noqa: F401 - fixtures

PAGES = 7
CEFR = {DutchLevel.A1, DutchLevel.A2, DutchLevel.B1, DutchLevel.B2, DutchLevel.C1, DutchLevel.C2}
ON_SCREEN = [kind for kind in vars(enums).values()
             if isinstance(kind, type) and issubclass(kind, StrEnum) and kind.__module__ == enums.__name__]
ON_SCREEN.append(LetterKind)


def go_to(qtbot, window: MainWindow, index: int) -> QWidget:
    """The page at `index` of the navigation, reached with the arrow keys in the navigation list."""
    window.nav.setFocus()
    press(qtbot, window.nav, Qt.Key.Key_Home)
    for _ in range(index):
        press(qtbot, window.nav, Qt.Key.Key_Down)
    key = window.nav_titles()[index][0]
    assert window.stack.currentWidget() is dict(window._slots)[key]
    return window.pages[key]


def open_by_search(qtbot, window: MainWindow, text: str) -> None:
    press(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, text)
    press(qtbot, window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.dossier is not None and window.stack.currentWidget() is window.dossier)


def shown_texts(widget: QWidget) -> set[str]:
    """Every text a person can read in `widget`: cells and titles of tables, combo items, labels, bars."""
    texts: set[str] = set()
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:                   # a list model (completers): one column
            columns = 1
        for column in range(columns):
            texts.add(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            for row in range(min(model.rowCount(QModelIndex()), 300)):
                texts.add(str(model.index(row, column).data() or ""))
    for combo in widget.findChildren(QComboBox):
        texts.update(combo.itemText(i) for i in range(combo.count()))
    texts.update(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))
    for chart in widget.findChildren(BarChart):
        texts.update(label for label, _ in chart.bars)
    return texts


# --- defect 11: codes in words ----------------------------------------------------------------


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_code_a_person_may_see_has_its_own_words(qtbot, language, english_translations) -> None:
    switcher = LanguageSwitcher(QApplication.instance())
    assert switcher.use(language)
    try:
        for kind in ON_SCREEN:
            for member in kind:
                label = enum_label(member)
                assert label.strip(), (kind.__name__, member)
                assert label != member.value or member in CEFR, (language, kind.__name__, member)
        assert enum_label(enums.OrganisationType.JOB_SHOP) == ("Werkwinkel" if language == "nl" else "Job shop")
    finally:
        switcher.use("nl")


def raw_codes() -> set[str]:
    return {member.value for kind in ON_SCREEN for member in kind if enum_label(member) != member.value}


def test_no_page_and_no_timeline_shows_a_code(qtbot, tmp_path: Path) -> None:
    until = date(2026, 3, 16)
    db = open_sqlite(tmp_path / "demo.db")
    upgrade(db, None)
    try:
        office_id = generate_demo(db, clients=150, seed=4, until=until).office_id
        clock = FixedClock(datetime(2026, 3, 16, 9, 30, tzinfo=UTC))
        ctx = replace(build_context(db, office_id), clock=clock)
        window = open_window(qtbot, ctx)
        codes = raw_codes()
        for index in range(PAGES):
            page = go_to(qtbot, window, index)
            if hasattr(page, "day"):
                qtbot.waitUntil(lambda p=page: p.day is not None, timeout=20000)
            if hasattr(page, "report"):
                qtbot.waitUntil(lambda p=page: p.report is not None, timeout=20000)
            shown = shown_texts(page)
            assert not shown & codes, (window.nav_titles()[index][1], shown & codes)
        with db.read() as s:
            numbers = set()
            for model in (Handover, Consent, Letter):
                request_ids = select(model.request_id).where(model.request_id.is_not(None)).limit(3)
                numbers.update(s.scalars(select(LearningRequest.client_id).where(
                    LearningRequest.id.in_(request_ids), LearningRequest.client_id.is_not(None))))
            dossier_numbers = [Clients(db, clock, ctx.actor).get(c).dossier_no for c in numbers]
        assert dossier_numbers
        kinds_seen: set[str] = set()
        for number in dossier_numbers:
            open_by_search(qtbot, window, number)
            timeline = window.dossier.timeline
            kinds_seen.update(e.kind for e in window.dossier.timeline_entries())
            shown = shown_texts(timeline) | shown_texts(window.dossier)
            assert not shown & codes, (number, shown & codes)
            assert not [t for t in shown if re.search(r"\b[a-z]+_[a-z_]+\b", t)], number
        assert {"handover", "consent"} <= kinds_seen
        window.close()
    finally:
        db.dispose()


def test_tweedelijn_and_the_social_map_show_their_kinds_in_words(qtbot, window: MainWindow, db, clock,
                                                                   office) -> None:
    from leerwinkel_desk.services.outreach import Outreach
    from leerwinkel_desk.services.social_map import SocialMap

    SocialMap(db, clock, office.coordinator).add_partner("Werkwinkel Kortrijk", enums.OrganisationType.JOB_SHOP,
                                                         "Kortrijk")
    outreach = Outreach(db, clock, office.counsellor)
    outreach.log_second_line(enums.SecondLineKind.INFO_SESSION, "Leerrechten", clock.now().date())
    outreach.raise_signal(enums.SignalKind.BARRIER, enums.SignalTheme.COST, "Inschrijvingsgeld te hoog")
    social = go_to(qtbot, window, 3)
    rows = {social.model.index(r, 0).data(): social.model.index(r, 1).data() for r in range(social.model.rowCount())}
    assert rows["Werkwinkel Kortrijk"] == "Werkwinkel"
    page = go_to(qtbot, window, 6)
    assert page.second_line.index(0, 1).data() == "Infosessie voor partnerpersoneel"
    assert (page.signals.index(0, 1).data(), page.signals.index(0, 2).data()) == ("Drempel", "Kostprijs")
    assert page.signal_theme.itemText(0) == "Aanbod"


# --- defect 10: whole texts ------------------------------------------------------------------------


def fits(view: QAbstractItemView, column: int) -> bool:
    return view.columnWidth(column) >= view.sizeHintForColumn(column)


def test_the_client_list_shows_whole_names_and_numbers(qtbot, window: MainWindow, db, clock, office) -> None:
    clients = Clients(db, clock, office.counsellor)
    for first, last in (("Anne-Sophie", "Vandenbroucke-Van de Wiele"), ("Mohammed", "El Ouali"), ("Lê", "Đỗ")):
        clients.create(ClientInput(first, last, phone="0470 12 34 56"), duplicates_checked=True)
    page = go_to(qtbot, window, 1)
    table = page.table
    assert page.model.rowCount() == 3
    for column in range(page.model.columnCount()):
        assert fits(table, column), page.model.headerData(column, Qt.Orientation.Horizontal)
    header = table.horizontalHeader()
    assert header.sectionSize(5) < header.sectionSize(2)        # Naam gets the room, not Telefoon


def test_the_client_list_keeps_its_columns_as_pages_come_and_fits_them_to_a_new_search(
        qtbot, window: MainWindow, db, clock, office) -> None:
    """Columns fit once per query: a page appended as the list scrolls keeps the widths (Qt measured every
    row around the end again), the search that lists the long name fits them to it, titles included."""
    clients = Clients(db, clock, office.counsellor)
    for n in range(ClientSearchModel.PAGE):
        clients.create(ClientInput("Ann", f"Aa{n:03d}"), duplicates_checked=True)
    clients.create(ClientInput("Bartholomeus-Maximiliaan", "Zz"), duplicates_checked=True)   # the next page
    page = go_to(qtbot, window, 1)
    table, model = page.table, page.model
    assert model.rowCount() == ClientSearchModel.PAGE
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles[:3] == ["Dossier", "Voornaam", "Naam"]
    widths = [table.columnWidth(c) for c in range(model.columnCount())]
    table.setFocus()
    press(qtbot, table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)     # to the end: the next page
    qtbot.waitUntil(lambda: model.rowCount() == ClientSearchModel.PAGE + 1)
    assert [table.columnWidth(c) for c in range(model.columnCount())] == widths
    assert not fits(table, 1)                                   # the long first name waits for its search
    qtbot.keyClicks(page.search, "Bartholomeus")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert all(fits(table, c) for c in range(model.columnCount()))
    assert table.horizontalHeader().sectionSizeHint(1) <= table.columnWidth(1)


def test_long_text_is_cut_with_an_ellipsis_and_shown_whole_as_tooltip(qtbot, window: MainWindow, db, clock,
                                                                        office) -> None:
    from leerwinkel_desk.services.outreach import Outreach

    long = "Geen avondopleiding boekhouden in de regio; " * 6
    Outreach(db, clock, office.counsellor).raise_signal(enums.SignalKind.GAP, enums.SignalTheme.OFFER, long,
                                                        "Zuid-West-Vlaanderen")
    page = go_to(qtbot, window, 6)
    table = page.signal_table
    assert all(fits(table, c) for c in range(4))                 # date, kind, theme, region: whole
    assert table.columnWidth(4) < table.sizeHintForColumn(4)     # the long description: cut with …
    assert table.textElideMode() == Qt.TextElideMode.ElideRight
    delegate = table.itemDelegate()
    assert type(delegate).__name__ == "ElidedTextTips"


def test_the_options_comparison_is_readable_with_the_star_of_the_choice(qtbot, window: MainWindow, db, clock,
                                                                        office) -> None:
    request = intake_for(db, clock, office, "Fatima", "El Amrani")
    open_by_search(qtbot, window, "El Amrani")
    press(qtbot, window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    dialog = active(qtbot, window.dossier.active_dialog)
    dialog.course_view.setFocus()
    press(qtbot, dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)           # Als &optie toevoegen
    qtbot.waitUntil(lambda: dialog.compare.columnCount() == 1)                     # (a mnemonic clicks after a blink)
    dialog.course_view.setFocus()
    press(qtbot, dialog.course_view, Qt.Key.Key_Down)
    press(qtbot, dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.compare.columnCount() == 2)
    qtbot.keyClicks(dialog.free_text, "Tweedekansonderwijs via afstandsleren in Gent")
    press(qtbot, dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)           # &Vrije optie toevoegen
    qtbot.waitUntil(lambda: dialog.compare.columnCount() == 3)
    dialog.compare.setFocus()
    dialog.compare.setCurrentCell(0, 0)
    press(qtbot, dialog.compare, Qt.Key.Key_Right)
    press(qtbot, dialog, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)           # Als &keuze markeren
    qtbot.waitUntil(lambda: dialog.compare.horizontalHeaderItem(1).text().startswith("★ "))
    assert "€ 180,00" in [dialog.compare.item(r, 0).text() for r in range(dialog.compare.rowCount())]
    chosen = [o for o in Options(db, clock, office.counsellor).for_request(request.id) if o.chosen_on]
    assert len(chosen) == 1
    header = dialog.compare.horizontalHeader()
    metrics = QFontMetrics(header.font())
    titles = [dialog.compare.horizontalHeaderItem(c).text() for c in range(3)]
    assert titles[1].startswith("★ keuze: ")
    for column, title in enumerate(titles):
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title), title
        assert fits(dialog.compare, column)


def intake_for(db, clock, office, first: str, last: str) -> RequestRow:
    client = Clients(db, clock, office.counsellor).create(ClientInput(first, last), duplicates_checked=True)
    slot = Agenda(db, clock, office.info_officer).free_slots(clock.now().date() + timedelta(days=2))[0]
    return Dispatch(db, clock, office.info_officer).book_intake(
        FirstContact(Channel.PHONE, "Wil een opleiding", "Boekhouden", client_id=client.id), slot)


def label_fits(label: QLabel) -> bool:
    """The whole text of a word-wrapped label is inside it, and the label is inside its window."""
    inside = label.rect().translated(label.mapTo(label.window(), label.rect().topLeft()))
    return label.height() >= label.heightForWidth(label.width()) and label.window().rect().contains(inside)


def test_the_sign_in_error_is_shown_whole(qtbot, db, clock, office) -> None:
    from leerwinkel_desk.services.accounts import sign_in
    from leerwinkel_desk.ui.dialogs.sign_in import SignInDialog

    dialog = SignInDialog(lambda login, passphrase: sign_in(db, clock, login, passphrase), "an.peeters")
    qtbot.addWidget(dialog)
    dialog.show()
    active(qtbot, dialog)
    qtbot.keyClicks(dialog.passphrase, "verkeerde wachtwoordzin")
    press(qtbot, dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible)
    qtbot.waitUntil(lambda: label_fits(dialog.error))
    assert "Aanmelden mislukt" in dialog.error.text()


def test_the_micro_contact_channel_hint_is_shown_whole(qtbot, window: MainWindow, db, clock, office) -> None:
    intake_for(db, clock, office, "Fatima", "El Amrani")
    open_by_search(qtbot, window, "El Amrani")
    press(qtbot, window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = active(qtbot, window.dossier.active_dialog)
    for letter, name in (("W", "WhatsApp"), ("E", "E-mail"), ("V", "Videogesprek"), ("B", "Brief")):
        label, = [label for label in dialog.findChildren(QLabel) if name in label.text()]
        assert letter in label.text() and not label.wordWrap(), label.text()          # letter and name together
        assert label.width() >= label.sizeHint().width(), label.text()                # on one line, whole


def test_at_150_percent_a_form_label_keeps_its_last_letter(qtbot, window: MainWindow) -> None:
    from PySide6.QtGui import QFontMetricsF

    from leerwinkel_desk.ui.label_room import LabelRoom

    room = LabelRoom()
    QApplication.instance().installEventFilter(room)          # as give_labels_room does at a fractional scale
    try:
        press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        dialog = active(qtbot, window.active_dialog)
        label, = [label for label in dialog.findChildren(QLabel) if label.text() == "&Telefoon"]
        assert label.contentsRect().width() >= QFontMetricsF(label.font()).horizontalAdvance("Telefoon") + 2
    finally:
        QApplication.instance().removeEventFilter(room)


# --- defect 14: Vandaag names the people ---------------------------------------------------------


def follow_up_for(db, clock, office, client: str, days_late: int) -> RequestRow:
    first, last = client.split(" ", 1)
    request = intake_for(db, clock, office, first, last)
    option = Options(db, clock, office.counsellor).consider(request.id, free_text="Boekhouden bij CVO")
    requests = Requests(db, clock, office.counsellor)
    requests.move_tier(request.id, Tier.TRAJECTORY)
    requests.choose(option.id)
    return requests.start_follow_up(request.id, clock.now().date() - timedelta(days=days_late))


def test_vandaag_names_the_person_and_what_is_due_own_work_first(qtbot, db, clock, office) -> None:
    mine = follow_up_for(db, clock, office, "Fatima El Amrani", 3)
    colleague = follow_up_for(db, clock, office, "Jan Peeters", 5)
    Requests(db, clock, office.coordinator).reassign(colleague.id, office.coordinator.counsellor_id, "verlof An")
    Requests(db, clock, office.coordinator).reassign(mine.id, office.coordinator.counsellor_id, "verlof An")
    Requests(db, clock, office.coordinator).reassign(colleague.id, office.colleague.counsellor_id, "verdeling")
    window = open_window(qtbot, DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator Test"))
    page = go_to(qtbot, window, 0)
    qtbot.waitUntil(lambda: "geladen" not in page.plan.text(), timeout=10000)
    rows = [[page.follow_ups.index(r, c).data() for c in range(page.follow_ups.columnCount())]
            for r in range(page.follow_ups.rowCount())]
    assert [row[2] for row in rows] == ["Fatima El Amrani", "Jan Peeters"]       # my own first, then Bram's
    assert rows[0][1] == "⚠ 3 dagen te laat" and rows[1][1] == "⚠ 5 dagen te laat"
    assert rows[0][3] == "Opvolgcontact: Boekhouden · fase Opvolging"
    assert rows[1][5] == "Bram Desmet"
    assert not page.tables["follow_ups"].isColumnHidden(5)


def test_a_counsellor_sees_her_booked_sessions_by_name(qtbot, window: MainWindow, db, clock, office) -> None:
    intake_for(db, clock, office, "Fatima", "El Amrani")
    clock.at = clock.at + timedelta(days=2)
    page = go_to(qtbot, window, 0)
    press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "geladen" not in page.plan.text() and page.sessions.rowCount() == 1, timeout=10000)
    assert page.sessions.index(0, 1).data() == "Fatima El Amrani"
    assert page.sessions.index(0, 2).data() == "Intake en informatiebemiddeling"
    assert page.tables["sessions"].isColumnHidden(page.sessions.columnCount() - 1)    # her own: no name column


def test_ctrl_b_on_vandaag_confirms_in_the_status_bar(qtbot, window: MainWindow, db) -> None:
    go_to(qtbot, window, 0)
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = active(qtbot, window.active_dialog)
    qtbot.keyClicks(dialog.question, "Waar kan ik Nederlands leren?")
    qtbot.keyClicks(dialog.answer, "Huis van het Nederlands")
    press(qtbot, dialog.answer, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.active_dialog is None)                           # (the button clicks after a blink)
    with db.read() as s:
        number = s.scalars(select(LearningRequest.request_no)).one()
    qtbot.waitUntil(lambda: number in window.statusBar().currentMessage())
    assert "beantwoord" in window.statusBar().currentMessage()


# --- defect 17: reports ----------------------------------------------------------------------------


def coordinator_window(qtbot, db, clock, office) -> MainWindow:
    return open_window(qtbot, DeskContext(db, clock, office.coordinator, "Leerwinkel Test", "Coördinator Test"))


def answered(db, clock, office, count: int) -> None:
    dispatch = Dispatch(db, clock, office.counsellor)
    for n in range(count):
        clock.at = clock.at - timedelta(days=40)
        dispatch.answer_now(FirstContact(Channel.PHONE, f"vraag {n}"), "antwoord")


def test_report_figures_use_the_flemish_comma_and_one_colour_per_series(qtbot, db, clock, office,
                                                                        english_translations) -> None:
    now = clock.at
    answered(db, clock, office, 4)
    clock.at = now
    window = coordinator_window(qtbot, db, clock, office)
    page = go_to(qtbot, window, 5)
    qtbot.waitUntil(lambda: page.report is not None, timeout=15000)
    assert "gemiddeld 0,0 gesprekken" in page.figures.text()
    assert not re.search(r"\d\.\d", page.figures.text())
    assert "\u00a0min" in page.figures.text()                    # "65,5 / min" wrapped apart
    # no trajectory closed yet: no rate of 0 %, and an empty chart says there is nothing to count
    assert "ingeschreven na traject: n.v.t. (nog geen traject afgesloten)" in page.figures.text()
    nothing = BarChart("Microcontacten per kanaal", "contacts")          # an office without one yet
    nothing.set_bars([])
    nothing.resize(300, 200)
    assert nothing.accessibleDescription() == "Niets in deze periode."
    empty, line = nothing.grab().toImage(), nothing.fontMetrics().height()
    below_title = range(Space.S + round(1.5 * line), Space.S + 3 * line)
    assert any(QColor(empty.pixel(x, y)).lightness() < 160 for x in range(empty.width()) for y in below_title), \
        "the empty card writes its line under the title"
    metrics = page.channels.fontMetrics()
    for label in ("WhatsApp", "Facebook", "2 · Informatiebemiddeling"):     # cut in exactly their own width
        assert shown_label(metrics, label, metrics.horizontalAdvance(label)) == label
    twelve = BarChart("Contacten per maand", "contacts")
    twelve.set_bars([(f"maand {n}", n) for n in range(12)])
    assert twelve.minimumHeight() >= 12 * (BAR_MIN + Space.XS) + twelve.fontMetrics().height()   # december whole
    page.months.resize(600, 300)
    image = page.months.grab().toImage()
    colours = {}
    for x in range(0, image.width(), 2):
        for y in range(0, image.height(), 2):
            colour = QColor(image.pixel(x, y))
            if colour.saturation() > 120:
                colours[colour.name()] = colours.get(colour.name(), 0) + 1
    assert len(page.months.bars) == 12 and sum(n for _, n in page.months.bars) == 4    # the period's months
    assert [name for name, n in colours.items() if n > 20] == [page.months.colour.name()]
    switcher = LanguageSwitcher(QApplication.instance())
    try:
        assert switcher.use("en")
        qtbot.waitUntil(lambda: window.nav.item(0).text().startswith("Today"))
        page = go_to(qtbot, window, 5)
        qtbot.waitUntil(lambda: page.report is not None, timeout=15000)
        assert "0.0 sessions" in page.figures.text()
    finally:
        switcher.use("nl")


def test_a_counsellor_is_told_what_she_may_see_instead_of_empty_charts(qtbot, window: MainWindow) -> None:
    page = go_to(qtbot, window, 5)
    assert any("coördinatoren" in text and "Vandaag (Ctrl+1)" in text for text in shown_texts(page))
    assert not any(chart.isVisible() for chart in page.findChildren(BarChart))
    assert not page.error.isVisible()


def test_the_export_dialog_speaks_dutch_and_opens_in_documents(qtbot, db, clock, office, tmp_path,
                                                               monkeypatch) -> None:
    documents = tmp_path / "home" / "Documents"
    documents.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qt-settings"))
    QSettings().clear()                     # no folder remembered from an earlier run: Documents it is
    answered(db, clock, office, 2)
    switcher = LanguageSwitcher(QApplication.instance())
    assert switcher.use("nl")
    window = coordinator_window(qtbot, db, clock, office)
    page = go_to(qtbot, window, 5)
    qtbot.waitUntil(lambda: page.report is not None, timeout=15000)
    press(qtbot, window, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)            # Export &XLSX
    qtbot.waitUntil(lambda: page.file_dialog is not None)
    dialog = page.file_dialog
    assert isinstance(dialog, QFileDialog) and dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    active(qtbot, dialog)
    assert Path(dialog.directory().absolutePath()) == documents
    texts = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
    buttons = {b.text().replace("&", "") for b in dialog.findChild(QDialogButtonBox).buttons()}
    assert {"Map:", "Bestandsnaam:", "Bestandstype:"} <= texts and buttons == {"Opslaan", "Annuleren"}
    assert not {"Look in:", "Files of type:", "File name:"} & texts
    press(qtbot, dialog, Qt.Key.Key_Return)
    saved = documents / f"monitoring-{page.report.period_from}-{page.report.period_to}.xlsx"
    qtbot.waitUntil(saved.exists, timeout=15000)
    qtbot.waitUntil(lambda: "Bewaard" in page.status.text(), timeout=15000)


def test_the_requests_list_names_the_client_the_counsellor_and_an_enrolment(qtbot, db, clock, office) -> None:
    """Aanvragen (Ctrl+3) named neither the client nor the counsellor (each request had to be opened to see
    whose it was), and a confirmed enrolment still read "Lopend"."""
    client = Clients(db, clock, office.counsellor).create(ClientInput("Nora", "Peeters"))
    request = Dispatch(db, clock, office.counsellor).answer_now(
        FirstContact(Channel.PHONE, "vraag", client_id=client.id), "antwoord")
    with db.write() as s:
        row = s.get(LearningRequest, request.id)
        row.tier, row.phase, row.outcome, row.closed_on = Tier.TRAJECTORY, Phase.FOLLOW_UP, None, None
        row.owner_id = office.counsellor.counsellor_id
    Requests(db, clock, office.counsellor).confirm_enrolment(request.id, clock.now().date())
    window = coordinator_window(qtbot, db, clock, office)
    page = go_to(qtbot, window, 2)
    press(qtbot, window, Qt.Key.Key_F5)                                 # F5: the list read again
    shown = {tuple(page.model.index(r, c).data() for c in range(page.model.columnCount()))
             for r in range(page.model.rowCount())}
    mine = [row for row in shown if row[0] == request.request_no]
    assert len(mine) == 1
    titles = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    cells = dict(zip(titles, mine[0], strict=True))
    assert cells["Cliënt"] == "Nora Peeters" and cells["Begeleider"]
    assert cells["Stand"].startswith("Ingeschreven op ")
