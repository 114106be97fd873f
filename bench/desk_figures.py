"""What a person waits for at the desk, on the encrypted file: the first window, signing in to a filled
Vandaag, search as you type, the client list's pages, a dossier, a micro-contact, F5 on Vandaag
while the daily backup runs, and the memory with the client list open.

Each scenario is a pair: what the app does (through its window, models and services) and the
baseline doing the same work the plainest way, measured in the same run. `tests/test_bench_scenarios.py`
runs every pair on a small database and checks both sides give the same rows (no timings).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from random import Random

import sqlcipher3.dbapi2 as sqlcipher
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QScrollArea, QTableView, QWidget

from leerwinkel_desk.domain.enums import Channel
from leerwinkel_desk.domain.text import fold
from leerwinkel_desk.services.accounts import HASHER, sign_in
from leerwinkel_desk.services.clients import COLUMNS, collect, name_lookup
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.context import Actor, SystemClock
from leerwinkel_desk.store.backup import DAILY_PREFIX, remove_backup
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.keyring import KeyRing
from leerwinkel_desk.store.location import Location
from leerwinkel_desk.store.paths import backups_dir
from leerwinkel_desk.ui.day_ahead import DayAhead
from leerwinkel_desk.ui.desk import open_desk
from leerwinkel_desk.ui.main_window import MainWindow
from leerwinkel_desk.ui.models import ClientSearchModel
from leerwinkel_desk.ui.pages.today import TodayPage
from measure import Measured, median_seconds, paired, percentile, seconds

LIST_PAGE = ClientSearchModel.PAGE
SEARCH_LIMIT = 20

# --- the first window ----------------------------------------------------------------------------
# Both scripts note the moment the first window of the process is painted (an event filter on the
# application sees its first Paint), print it and leave: the app as a user starts it, and a bare window.
FIRST_PAINT = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType() and watched.window().isVisible():
            print(time.time(), flush=True)
            os._exit(0)
        return False
app = QApplication(sys.argv)
painted = Painted()
app.installEventFilter(painted)
"""
APP_START = FIRST_PAINT + """
from leerwinkel_desk.launcher import main
main(["--db", sys.argv[1]])
"""
BARE_START = FIRST_PAINT + """
from PySide6.QtWidgets import QMainWindow
window = QMainWindow()
window.show()
app.exec()
"""


def time_process(script: str, *args: str) -> float:
    """From launching the process to its first window painted (the child reports that moment)."""
    start = time.time()
    done = subprocess.run([sys.executable, "-c", script, *args], check=True, capture_output=True, text=True,
                          timeout=120)
    return float(done.stdout.split()[-1]) - start


def bench_first_window(path: Path, runs: int = 7) -> Measured:
    """Process start to the sign-in window painted on `path`, vs a bare QMainWindow, in turns."""
    time_process(APP_START, str(path))          # warm the OS file cache once, as a second start would
    time_process(BARE_START)
    app, bare = [], []
    for _ in range(runs):
        app.append(time_process(APP_START, str(path)))
        bare.append(time_process(BARE_START))
    return Measured(statistics.median(app), statistics.median(bare), runs=runs,
                    note="the sign-in painted vs a bare QMainWindow shown")


# --- signing in to Vandaag -------------------------------------------------------------------------
def wait_for(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    app = QApplication.instance()
    deadline = time.perf_counter() + timeout
    while not condition():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not finish in time")
        time.sleep(0.0005)


def today_page(window: MainWindow) -> TodayPage:
    page = window.pages["today"]
    assert isinstance(page, TodayPage)
    return page


def make_todays_backup(path: Path, key: bytes) -> None:
    """Today's daily backup, made now if it is not there (the first start of a day makes it; the
    sign-in figure measures the starts after that one)."""
    from leerwinkel_desk.services.maintenance import daily_backup
    from leerwinkel_desk.store.engine import open_sqlite

    db = open_sqlite(path, key)
    try:
        daily_backup(db, date.today())
    finally:
        db.dispose()


def sign_in_to_vandaag(path: Path, login: str, passphrase: str) -> MainWindow:
    """What the app does from the sign-in's OK to a filled Vandaag (app.py's `open_as`, ui/start.py's
    `authenticate`, ui/desk.py): the key unwrapped by the passphrase, the file opened (and upgraded),
    Vandaag's day read ahead while the passphrase is checked, the main window shown with that day."""
    location = Location.of(path)
    ring = location.key_ring()
    assert ring is not None
    ahead = DayAhead(SystemClock())
    db = location.open_upgraded(ring.unlock(login, passphrase))
    ahead.start(db, login)
    window = open_desk(db, sign_in(db, SystemClock(), login, passphrase), login, day_ahead=ahead)
    wait_for(lambda: today_page(window).day is not None)
    return window


def close_desk(window: MainWindow) -> None:
    """The window closed once its start-of-day work is done, its database let go."""
    window.start_of_day_jobs.wait()
    window.ctx.jobs.wait()
    QApplication.instance().processEvents()
    db = window.ctx.db
    window.close()
    window.deleteLater()
    QApplication.instance().processEvents()
    db.dispose()


def argon2_work(path: Path, login: str, passphrase: str, stored_hash: str) -> None:
    """The baseline: the two Argon2id derivations a sign-in must do (the key unwrap, the hash check)."""
    KeyRing.load(path).unlock(login, passphrase)
    HASHER.verify(stored_hash, passphrase)


def bench_sign_in(path: Path, login: str, passphrase: str, stored_hash: str, runs: int = 9) -> Measured:
    """Sign-in submitted to Vandaag filled, vs the Argon2id work it must do (budget: + 250 ms).

    Nine of each in turns: Argon2id computes its lanes on threads, and on two shared cores a median of
    five moved by a tenth either way (one run's ratio grew 1.21x from 1x to 3x, three runs after it 0.96-1.03x)."""
    times, base = [], []
    close_desk(sign_in_to_vandaag(path, login, passphrase))    # the daily backup of today, made once (then skipped)
    for _ in range(runs):
        start = time.perf_counter()
        window = sign_in_to_vandaag(path, login, passphrase)
        times.append(time.perf_counter() - start)
        close_desk(window)                          # untimed: the start-of-day work finished first
        base.append(seconds(lambda: argon2_work(path, login, passphrase, stored_hash)))
    value, baseline = statistics.median(times), statistics.median(base)
    return Measured(value, baseline, runs=runs, note=f"over the Argon2id work: {(value - baseline) * 1000:.0f} ms",
                    extra={"over_baseline": value - baseline})


# --- search as you type ----------------------------------------------------------------------------
def typing_sequences(raw: sqlcipher.Connection, count: int = 12) -> list[str]:
    """Realistic queries: the last names of random clients, typed one letter at a time."""
    names = [r[0] for r in raw.execute(
        "SELECT last_name FROM client WHERE last_name IS NOT NULL ORDER BY id LIMIT 5000")]
    return Random(7).sample(names, min(count, len(names)))


def raw_lookup(conn: sqlcipher.Connection, office: str, words: list[str]) -> list[tuple]:
    """The app's name lookup as plain SQL on a bare connection: the statements of `name_lookup` (the
    word index's range for the text typed; only while fewer than a page, the words in any order, then
    inside a word), each person once, the first SEARCH_LIMIT."""
    return collect(name_lookup(words, office), SEARCH_LIMIT, lambda sql, params: conn.execute(sql, params).fetchall(),
                   lambda row: row[0])[:SEARCH_LIMIT]


def keystroke(window: MainWindow, text: str) -> None:
    """One letter more in the search field: textChanged -> search -> the result list updated and shown."""
    window.search.setText(text)
    QApplication.instance().processEvents()


def bench_search(window: MainWindow, raw: sqlcipher.Connection) -> Measured:
    """Keystroke to updated result list, vs the same lookup in raw SQL, keystroke by keystroke."""
    office = window.ctx.actor.office_id.hex
    ui_times, raw_times, from_before = [], [], []
    names = typing_sequences(raw)
    for measured in (False, True):      # a first pass warms both connections' page caches alike
        for name in names:
            window.search.clear()                   # untimed, with the repaint it asks for: the page under
            QApplication.instance().processEvents()     # the list is shown again before the next name is typed
            for length in range(1, len(name) + 1):
                listed_before = window._listed
                ui = seconds(lambda n=name[:length]: keystroke(window, n))
                bare = seconds(lambda n=name[:length]: raw_lookup(raw, office, fold(n).split()))
                if measured:
                    ui_times.append(ui)
                    raw_times.append(bare)
                    from_before.append(listed_before is not None and window._listed.rows is listed_before.rows)
    window.search.clear()
    ratios = [u / r for u, r in zip(ui_times, raw_times, strict=True)]
    queried = [ratio for ratio, answered in zip(ratios, from_before, strict=True) if not answered]
    p95 = percentile(ui_times, 95)
    return Measured(statistics.median(ui_times), statistics.median(raw_times), runs=len(ui_times),
                    note=f"{len(ui_times)} keystrokes; median of per-keystroke ratios "
                         f"{statistics.median(ratios):.2f} ({len(queried)} that query: "
                         f"{statistics.median(queried):.2f}); p95 {p95 * 1000:.1f} ms vs raw "
                         f"{percentile(raw_times, 95) * 1000:.1f} ms",
                    extra={"p95": p95, "baseline_p95": percentile(raw_times, 95),
                           "median_keystroke_ratio": statistics.median(ratios),
                           "keystrokes_answered_from_the_list_before": len(ratios) - len(queried),
                           "median_ratio_of_keystrokes_that_query": statistics.median(queried)})


# --- the client list -------------------------------------------------------------------------------
def raw_list_page(raw: sqlcipher.Connection, office: str, after: tuple[str, str] | None) -> list[tuple]:
    """The baseline: the same page of the client list in raw SQL (by name, after a row's key)."""
    where = "c.office_id = :office AND c.deleted_at IS NULL AND c.merged_into_id IS NULL"
    params: dict[str, object] = {"office": office}
    if after is not None:
        where += " AND (c.name_key > :name OR (c.name_key = :name AND c.id > :id))"
        params.update(name=after[0], id=after[1])
    return raw.execute(f"SELECT {COLUMNS} FROM client c WHERE {where} ORDER BY c.name_key, c.id "
                       f"LIMIT {LIST_PAGE}", params).fetchall()


def list_model_at(window: MainWindow, row: int) -> ClientSearchModel:
    """The client list open (Ctrl+2), scrolled until `row` rows are loaded."""
    window.show_page(1)
    model = window.pages["clients"].model
    assert isinstance(model, ClientSearchModel)
    while model.rowCount() < row and model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return model


def first_page(window: MainWindow) -> int:
    """The client list's first page, as clearing its search (or F5 on the list) loads it."""
    model = window.pages["clients"].model if "clients" in window.pages else list_model_at(window, 0)
    model.set_query("")
    QApplication.instance().processEvents()
    return model.rowCount()


def scrolled_to(window: MainWindow, model: ClientSearchModel, at: int) -> None:
    """Untimed, before each deep page: the rows after row `at` dropped again and the list scrolled to
    its end, where the person waits for the next page (the model reset this takes is no wait of theirs;
    the view asks for no page meanwhile)."""
    model.set_rows(model._rows[:at])
    model._more = False
    window.pages["clients"].table.scrollToBottom()
    QApplication.instance().processEvents()
    model._more = True


def next_page(model: ClientSearchModel) -> list[uuid.UUID]:
    """The page after the rows loaded, as scrolling to the end of the list asks for it, shown."""
    at = model.rowCount()
    model.fetchMore(QModelIndex())
    QApplication.instance().processEvents()
    return [model.row_at(i).id for i in range(at, model.rowCount())]


def bare_table(window: MainWindow) -> QTableView:
    """The client list's cells without the app: a bare QTableView over Qt's own (C++) item model holding the
    texts the list shows, as large as the list, its rows and columns as high and wide, shown."""
    table = window.pages["clients"].table
    model = table.model()
    assert isinstance(model, ClientSearchModel)
    texts = QStandardItemModel(model.rowCount(), model.columnCount())
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            texts.setItem(row, column, QStandardItem(model.shown_text(row, column)))
    bare = QTableView()
    bare.setModel(texts)
    bare.verticalHeader().hide()
    bare.verticalHeader().setDefaultSectionSize(table.rowHeight(0))
    for column in range(model.columnCount()):
        bare.setColumnWidth(column, table.columnWidth(column))
    bare.resize(table.size())
    bare.show()
    QApplication.instance().processEvents()
    return bare


def bare_table_repaint(window: MainWindow, runs: int) -> float:
    """What Qt alone takes to repaint the first page's cells (median seconds): the part of the figure no query
    and no model can shorten."""
    bare = bare_table(window)

    def repaint() -> None:
        bare.viewport().update()
        QApplication.instance().processEvents()

    painted = median_seconds(repaint, runs)
    bare.close()
    bare.deleteLater()
    return painted


def bench_list_pages(window: MainWindow, raw: sqlcipher.Connection, deep: int,
                     runs: int = 9) -> tuple[Measured, Measured]:
    office = window.ctx.actor.office_id.hex
    first = paired(lambda: first_page(window), lambda: raw_list_page(raw, office, None), runs)
    painting = bare_table_repaint(window, runs)
    model = list_model_at(window, deep)
    last = model.row_at(deep - 1)
    deep_pair = paired(lambda: next_page(model), lambda: raw_list_page(raw, office, (last.name_key, last.id.hex)),
                       runs, before=lambda: scrolled_to(window, model, deep))
    first_page(window)
    return (Measured(*first, runs=runs, extra={"bare_table_repaint": painting},
                     note=f"{LIST_PAGE} rows, by name; Qt alone repaints the same cells in "
                          f"{painting * 1000:.1f} ms ({painting / first[1]:.1f}× the raw fetch)"),
            Measured(*deep_pair, runs=runs, note=f"{LIST_PAGE} rows after row {deep:,}, by key"))


# --- the dossier -------------------------------------------------------------------------------------
DOSSIER_ROWS = {
    "client": "SELECT * FROM client WHERE id = :client",
    "requests": "SELECT * FROM learning_request WHERE client_id = :client AND deleted_at IS NULL "
                "ORDER BY opened_on DESC, id DESC",
    "contacts": "SELECT c.* FROM contact c JOIN learning_request r ON r.id = c.request_id "
                "WHERE r.client_id = :client AND r.deleted_at IS NULL AND c.deleted_at IS NULL",
    "referrals": "SELECT x.* FROM referral_out x JOIN learning_request r ON r.id = x.request_id "
                 "WHERE r.client_id = :client AND x.deleted_at IS NULL",
    "contributions": "SELECT x.* FROM contribution x JOIN learning_request r ON r.id = x.request_id "
                     "WHERE r.client_id = :client AND x.deleted_at IS NULL",
    "handovers": "SELECT x.* FROM handover x JOIN learning_request r ON r.id = x.request_id "
                 "WHERE r.client_id = :client AND x.deleted_at IS NULL",
    "consents": "SELECT * FROM consent WHERE client_id = :client AND deleted_at IS NULL",
    "letters": "SELECT * FROM letter WHERE client_id = :client AND deleted_at IS NULL",
    "changes": "SELECT x.* FROM request_change x JOIN learning_request r ON r.id = x.request_id "
               "WHERE r.client_id = :client AND r.deleted_at IS NULL AND x.field IN ('tier', 'phase', 'owner') "
               "AND x.old_value IS NOT NULL",
}


def raw_dossier(raw: sqlcipher.Connection, client_id: uuid.UUID) -> dict[str, list[tuple]]:
    """The baseline: every row a dossier shows, in raw SQL."""
    return {name: raw.execute(sql, {"client": client_id.hex}).fetchall() for name, sql in DOSSIER_ROWS.items()}


def open_dossier(window: MainWindow, client_id: uuid.UUID) -> int:
    """The dossier opened from the list (header, requests, the timeline), painted; its timeline's length."""
    window.open_dossier(client_id)
    QApplication.instance().processEvents()
    assert window.dossier is not None
    return window.dossier.timeline_model.rowCount()


def dossier_canvas(window: MainWindow) -> QWidget:
    """What the open dossier paints on: its scrolling page's contents (the view itself is covered by the scroll
    area, and Qt sends a widget covered by opaque children no paint of its own)."""
    assert window.dossier is not None
    area = window.dossier.findChild(QScrollArea)
    return area.widget() if area is not None and area.widget() is not None else window.dossier


def dossier_repaint(window: MainWindow, runs: int) -> float:
    """The open dossier painted again as it stands, nothing read (median seconds): the part of opening it that
    is painting its header, cards, actions and timeline rows."""
    dossier = dossier_canvas(window)

    def repaint() -> None:
        dossier.update()
        QApplication.instance().processEvents()

    return median_seconds(repaint, runs)


def bench_dossier(window: MainWindow, raw: sqlcipher.Connection, client_id: uuid.UUID, runs: int = 9) -> Measured:
    rows = sum(len(r) for r in raw_dossier(raw, client_id).values())
    pair = paired(lambda: open_dossier(window, client_id), lambda: raw_dossier(raw, client_id), runs)
    entries = open_dossier(window, client_id)
    painting = dossier_repaint(window, runs)
    window.show_page(0)
    return Measured(*pair, runs=runs, extra={"repaint": painting},
                    note=f"{entries} timeline entries, {rows} rows; painting it again as it stands takes "
                         f"{painting * 1000:.1f} ms ({painting / pair[1]:.1f}× the raw fetch)")


# --- a micro-contact ---------------------------------------------------------------------------------
RAW_SUMMARY = "bench: raw insert"
RAW_CONTACT = ("INSERT INTO contact (id, office_id, request_id, kind, direction, status, channel, at, "
               "counsellor_id, summary, created_at, updated_at) VALUES (?, ?, ?, 'micro', 'outbound', 'held', "
               "'whatsapp', ?, ?, ?, ?, ?)")


def raw_micro_contact(raw: sqlcipher.Connection, actor: Actor, request: uuid.UUID) -> None:
    """The baseline: one raw INSERT of a contact row and its COMMIT."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    raw.execute("BEGIN IMMEDIATE")
    raw.execute(RAW_CONTACT, (uuid.uuid4().hex, actor.office_id.hex, request.hex, stamp,
                              actor.counsellor_id.hex if actor.counsellor_id else None, RAW_SUMMARY, stamp, stamp))
    raw.execute("COMMIT")


def log_micro_contact(contacts: Contacts, request: uuid.UUID) -> None:
    """What Ctrl+M's OK does: the service validates, writes the contact and its audit event, commits."""
    contacts.log_micro(request, Channel.WHATSAPP, "herinnering gestuurd")


def bench_micro_contact(db: Database, raw: sqlcipher.Connection, actor: Actor, request: uuid.UUID,
                        runs: int = 31) -> Measured:
    """Contacts.log_micro (validation, the row, its audit event, the commit) vs a raw INSERT + COMMIT.

    31 of each: both sides wait for a FULL fsync, whose time on the shared disk swings more than the
    work around it (15 gave 2.2-3.4x for the same code in one hour); the median of more commits is
    nearer what logging one takes most of the time."""
    contacts = Contacts(db, SystemClock(), actor)
    pair = paired(lambda: log_micro_contact(contacts, request), lambda: raw_micro_contact(raw, actor, request), runs)
    raw.execute("DELETE FROM contact WHERE summary = ?", (RAW_SUMMARY,))    # the baseline's rows go again
    return Measured(*pair, runs=runs, note="service with audit + commit vs raw INSERT + COMMIT (full sync)")


# --- F5 on Vandaag while the daily backup runs ---------------------------------------------------
def f5_on_vandaag(window: MainWindow) -> float:
    """F5 on Vandaag until its lists are filled again; seconds."""
    window.show_page(0)
    page = today_page(window)
    page.day = None
    start = time.perf_counter()
    window.refresh()
    wait_for(lambda: page.day is not None)
    return time.perf_counter() - start


def start_backup(window: MainWindow) -> list[bool]:
    """Today's daily backup removed, then the start-of-day work begun as at a start; `[True]` once done."""
    from leerwinkel_desk.services.context import local_today
    from leerwinkel_desk.services.start_of_day import start_of_day

    db = window.ctx.db
    assert db.path is not None
    remove_backup(backups_dir(db.path) / f"{DAILY_PREFIX}{local_today(window.ctx.clock).isoformat()}.db")
    done: list[bool] = []
    window.start_of_day_jobs.run(lambda _progress: start_of_day(db, window.ctx.clock, window.ctx.actor),
                                 lambda _result: done.append(True), lambda error: done.append(True))
    return done


def bench_f5_during_backup(window: MainWindow, presses: int = 5, every: float = 1.0) -> Measured:
    """F5 on Vandaag pressed every `every` seconds while the start-of-day work makes the daily backup
    (one backup: on a large file it takes minutes), vs the same F5 when idle, before and after it."""
    idle = [f5_on_vandaag(window) for _ in range(presses + 1)][1:]
    start = time.perf_counter()
    done = start_backup(window)
    busy = []
    while len(busy) < presses and not done:
        time.sleep(every)
        if not done:
            busy.append(f5_on_vandaag(window))
    assert busy, "the backup was over before F5: nothing measured"
    wait_for(lambda: bool(done), timeout=3600)
    backup = time.perf_counter() - start
    idle += [f5_on_vandaag(window) for _ in range(presses)]      # before and after: the load drifts
    return Measured(statistics.median(busy), statistics.median(idle), runs=len(busy),
                    note=f"{len(busy)} F5 presses during the start-of-day work (its backup took {backup:.0f} s)",
                    extra={"backup_seconds": backup})


# --- memory ---------------------------------------------------------------------------------------------
MEMORY = """
import sys
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication(sys.argv)
def rss():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) * 1024
if sys.argv[1] == "bare":
    from PySide6.QtWidgets import QMainWindow
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
else:
    sys.path.insert(0, sys.argv[5])
    from pathlib import Path
    from desk_figures import sign_in_to_vandaag
    window = sign_in_to_vandaag(Path(sys.argv[2]), sys.argv[3], sys.argv[4])
    window.start_of_day_jobs.wait()
    window.show_page(1)
    window.search.setText(window.search.text())
    app.processEvents()
print(rss(), flush=True)
"""


def rss_of(*args: str) -> float:
    done = subprocess.run([sys.executable, "-c", MEMORY, *args], check=True, capture_output=True, text=True,
                          timeout=600)
    return float(done.stdout.split()[-1])


def bench_memory(path: Path, login: str, passphrase: str) -> Measured:
    """Resident memory with Vandaag loaded and the client list open, vs a bare window (MB)."""
    here = str(Path(__file__).resolve().parent)
    app = rss_of("app", str(path), login, passphrase, here) / 2**20
    bare = rss_of("bare") / 2**20
    return Measured(app, bare, unit="MB", runs=1, note="signed in, Vandaag, then the client list open")
