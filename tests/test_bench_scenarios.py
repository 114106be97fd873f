"""Every scenario `make bench` times, run once on a small encrypted demo database: the app's side and its
baseline give the same rows (no timings here; bench/ measures them on the large files)."""

from __future__ import annotations

import sys
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import text

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import databases  # noqa: E402 - the bench folder is no package
import desk_figures as desk  # noqa: E402
import letter_figures  # noqa: E402
import registration_figures as registration  # noqa: E402
from leerwinkel_desk.demo import create_demo_database  # noqa: E402
from leerwinkel_desk.domain.text import fold  # noqa: E402
from leerwinkel_desk.services.accounts import DEMO_PASSPHRASE  # noqa: E402
from leerwinkel_desk.services.context import SystemClock, local_today  # noqa: E402
from leerwinkel_desk.services.monitoring import Monitoring, ReportFilter  # noqa: E402
from leerwinkel_desk.services.offices import default_actor, find_office  # noqa: E402
from leerwinkel_desk.services.start_of_day import StartOfDay, start_of_day  # noqa: E402
from leerwinkel_desk.store.engine import open_sqlite  # noqa: E402
from leerwinkel_desk.store.keyring import KeyRing  # noqa: E402
from leerwinkel_desk.store.location import Location  # noqa: E402
from leerwinkel_desk.ui.main_window import MainWindow  # noqa: E402
from test_ui import press  # noqa: E402

LOGIN = databases.LOGIN
CLIENTS = 400
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> databases.BenchDatabase:
    """A small encrypted demo database with the bench's fixture (a 200-contact dossier, a request to log on)."""
    path = tmp_path_factory.mktemp("bench") / "demo.db"
    create_demo_database(Location.of(path), clients=CLIENTS, seed=1, until=databases.UNTIL)
    key = KeyRing.load(path).unlock(LOGIN, DEMO_PASSPHRASE)
    db = open_sqlite(path, key)
    ids = databases.add_fixture(db)
    db.dispose()
    return databases.BenchDatabase(1, path, key, 0.0, uuid.UUID(ids["dossier_client"]), uuid.UUID(ids["micro_request"]))


@pytest.fixture
def window(small: databases.BenchDatabase) -> Iterator[MainWindow]:
    signed_in = desk.sign_in_to_vandaag(small.path, LOGIN, DEMO_PASSPHRASE)
    signed_in.start_of_day_jobs.wait()
    yield signed_in
    desk.close_desk(signed_in)


@pytest.fixture
def raw(small: databases.BenchDatabase):
    conn = small.raw()
    yield conn
    conn.close()


def test_sign_in_fills_vandaag_and_the_baseline_is_the_argon2id_work(window, small, raw) -> None:
    page = desk.today_page(window)
    assert page.day is not None and page.day.on == local_today(SystemClock())     # Brussels' day, not UTC's
    stored = raw.execute("SELECT passphrase_hash FROM counsellor WHERE login = ?", (LOGIN,)).fetchone()[0]
    desk.argon2_work(small.path, LOGIN, DEMO_PASSPHRASE, stored)        # raises if either derivation fails


def test_search_keystrokes_list_what_the_raw_lookup_finds(window, raw) -> None:
    office = window.ctx.actor.office_id.hex
    for name in desk.typing_sequences(raw, 3):
        for length in (1, 2, 3, len(name)):
            typed = name[:length]
            desk.keystroke(window, typed)
            shown = [window.search_results.row_at(i).id.hex for i in range(window.search_results.rowCount())]
            assert shown == [row[0] for row in desk.raw_lookup(raw, office, fold(typed).split())], typed


def test_client_list_pages_by_key_are_the_raw_pages_and_the_offset_order(window, raw) -> None:
    office = window.ctx.actor.office_id.hex
    assert desk.first_page(window) == desk.LIST_PAGE
    model = window.pages["clients"].model
    assert [model.row_at(i).id.hex for i in range(desk.LIST_PAGE)] == \
        [row[0] for row in desk.raw_list_page(raw, office, None)]
    model = desk.list_model_at(window, CLIENTS)             # scrolled to the end: every client once, in order
    everyone = [row[0] for row in raw.execute(
        "SELECT id FROM client WHERE office_id = ? AND deleted_at IS NULL AND merged_into_id IS NULL "
        "ORDER BY name_key, id", (office,))]
    assert [model.row_at(i).id.hex for i in range(model.rowCount())] == everyone
    deep = 150
    last = model.row_at(deep - 1)
    desk.scrolled_to(window, model, deep)
    assert model.rowCount() == deep
    page = desk.next_page(model)
    assert [i.hex for i in page] == [row[0] for row in desk.raw_list_page(raw, office, (last.name_key, last.id.hex))]
    assert [i.hex for i in page] == everyone[deep:deep + desk.LIST_PAGE]


@contextmanager
def paints_of(widget: QWidget) -> Iterator[list[QEvent.Type]]:
    """The paint events `widget` receives meanwhile."""
    seen: list[QEvent.Type] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is widget and event.type() == QEvent.Type.Paint:
                seen.append(event.type())
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    try:
        yield seen
    finally:
        widget.removeEventFilter(watch)


def test_the_bare_table_paints_the_cells_the_client_list_shows(window) -> None:
    desk.first_page(window)
    table = window.pages["clients"].table
    bare = desk.bare_table(window)
    try:
        shown = [[table.model().index(r, c).data() or "" for c in range(6)] for r in range(desk.LIST_PAGE)]
        assert [[bare.model().index(r, c).data() for c in range(6)] for r in range(desk.LIST_PAGE)] == shown
        assert (bare.viewport().size(), bare.rowHeight(0)) == (table.viewport().size(), table.rowHeight(0))
        assert desk.bare_table_repaint(window, 3) > 0
    finally:
        bare.close()


def test_the_dossier_shows_every_row_the_raw_queries_read(window, small, raw) -> None:
    rows = desk.raw_dossier(raw, small.dossier_client)
    assert len(rows["contacts"]) == databases.DOSSIER_CONTACTS
    loops = sum(1 for r in rows["referrals"] if r[[d[0] for d in raw.execute(
        "SELECT * FROM referral_out LIMIT 0").description].index("loop_closed_on")] is not None)
    timeline = sum(len(rows[k]) for k in ("contacts", "referrals", "contributions", "handovers", "consents",
                                          "letters", "changes")) + loops
    assert desk.open_dossier(window, small.dossier_client) == timeline
    with paints_of(desk.dossier_canvas(window)) as painted:
        desk.dossier_repaint(window, 3)
    assert len(painted) >= 3                                # the figure times paintings, not an idle loop


def test_a_micro_contact_and_its_baseline_each_add_one_contact(window, small, raw) -> None:
    def count() -> int:
        return raw.execute("SELECT count(*) FROM contact WHERE request_id = ?",
                           (small.micro_request.hex,)).fetchone()[0]

    before = count()
    contacts = window.ctx.service(desk.Contacts)
    desk.log_micro_contact(contacts, small.micro_request)
    assert count() == before + 1
    desk.raw_micro_contact(raw, window.ctx.actor, small.micro_request)
    assert count() == before + 2
    raw.execute("DELETE FROM contact WHERE summary = ?", (desk.RAW_SUMMARY,))


def test_f5_on_vandaag_is_answered_while_the_start_of_day_work_runs(small, qtbot, monkeypatch) -> None:
    """The start-of-day work (here held up as a long backup would) never queues ahead of F5 (fails when it
    shares the user's lane)."""
    release, started = threading.Event(), threading.Event()

    def slow_start_of_day(*args: object) -> StartOfDay:
        started.set()
        release.wait(30)
        return start_of_day(*args)

    monkeypatch.setattr("leerwinkel_desk.ui.main_window.start_of_day", slow_start_of_day)
    shown = desk.sign_in_to_vandaag(small.path, LOGIN, DEMO_PASSPHRASE)
    try:
        assert started.wait(10)
        page = desk.today_page(shown)
        page.day = None
        press(qtbot, shown.nav, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: page.day is not None, timeout=10_000)
    finally:
        release.set()
        desk.close_desk(shown)


def test_the_retention_check_reads_its_index(small) -> None:
    db = open_sqlite(small.path, small.key)
    try:
        with db.read() as session:
            plan = " ".join(str(row[-1]) for row in session.execute(text(
                "EXPLAIN QUERY PLAN SELECT request_no FROM learning_request WHERE office_id = :o "
                "AND phase = 'closed' AND closed_on < :cut"), {"o": "00", "cut": "2020-01-01"}))
    finally:
        db.dispose()
    assert "ix_learning_request_office_phase_closed" in plan


def test_the_report_and_its_one_pass_read_the_same_requests(small, raw) -> None:
    db = open_sqlite(small.path, small.key)
    try:
        office = find_office(db)
        assert office is not None
        actor = default_actor(db, office)
        report = Monitoring(db, SystemClock(), actor).report(
            ReportFilter(registration.REPORT_START, registration.REPORT_END))
        rows, requests, *_ = registration.one_pass(raw, actor.office_id, registration.REPORT_START,
                                                   registration.REPORT_END)
    finally:
        db.dispose()
    assert requests == report.requests_total > 0 and rows >= requests


def test_the_import_and_its_executemany_write_the_same_rows() -> None:
    measured = registration.bench_import_contacts(runs=1, contacts=300, requests=20)   # asserts both wrote 300
    assert measured.value > 0 and measured.baseline > 0


def test_the_handover_letter_and_the_hello_are_pdfs() -> None:
    measured = letter_figures.bench_handover_letter(runs=1)
    assert "pages" in measured.note and measured.value > 0


def test_the_first_window_scripts_paint_a_window(small) -> None:
    assert desk.time_process(desk.BARE_START) > 0
    assert desk.time_process(desk.APP_START, str(small.path)) > 0      # the sign-in painted


def test_the_memory_script_signs_in_and_opens_the_client_list(small) -> None:
    here = str(BENCH)
    assert desk.rss_of("app", str(small.path), LOGIN, DEMO_PASSPHRASE, here) > desk.rss_of("bare") > 0
