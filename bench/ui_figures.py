"""Desktop figures for `make bench`: cold start, search-as-you-type and the lazy client list.

Each is paired with a bare baseline measured in the same run: a bare PySide6 QMainWindow
started the same way, and the same lookup as one raw SQL statement.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path
from random import Random

import sqlcipher3.dbapi2 as sqlcipher
from measure import figure, percentile

from leerwinkel_desk.domain.text import fold

APP_START = """
import os, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from leerwinkel_desk.cli import open_upgraded
from leerwinkel_desk.services.offices import find_office
from leerwinkel_desk.ui.main_window import MainWindow, build_context
db = open_upgraded(sys.argv[1])
window = MainWindow(build_context(db, find_office(db)))
window.show()
app.processEvents()
print(time.time(), flush=True)
os._exit(0)
"""

BARE_START = """
import os, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
app.processEvents()
print(time.time(), flush=True)
os._exit(0)
"""


def time_process(script: str, *args: str) -> float:
    """From launching the process to its window painted (the child reports that moment)."""
    start = time.time()
    done = subprocess.run([sys.executable, "-c", script, *args], check=True, capture_output=True, text=True)
    return float(done.stdout.split()[-1]) - start


def bench_cold_start(path: Path, runs: int = 5) -> dict[str, object]:
    """Process start to a shown main window on `path`, vs a bare QMainWindow (budget <= 2x, < 1.5 s)."""
    time_process(APP_START, str(path))          # warm the OS file cache once, as a second start would
    app = statistics.median(time_process(APP_START, str(path)) for _ in range(runs))
    bare = statistics.median(time_process(BARE_START) for _ in range(runs))
    return figure("cold start to main window", "s", app, bare, "100,000 clients vs bare QMainWindow")


def typing_sequences(path: Path, count: int = 12) -> list[str]:
    """Realistic queries: the last names of random clients, typed one letter at a time."""
    conn = sqlcipher.connect(str(path))
    names = [r[0] for r in conn.execute(
        "SELECT last_name FROM client WHERE last_name IS NOT NULL ORDER BY id LIMIT 5000")]
    conn.close()
    return Random(7).sample(names, count)


def bench_search_as_you_type(path: Path) -> list[dict[str, object]]:
    """Keystroke to updated result list in the main window, vs the same lookups in raw SQL
    (budget <= 2x, p95 < 50 ms), and opening the client list (lazily: one page of rows)."""
    from PySide6.QtWidgets import QApplication

    from leerwinkel_desk.cli import open_upgraded
    from leerwinkel_desk.services.offices import find_office
    from leerwinkel_desk.ui.main_window import MainWindow, build_context

    app = QApplication.instance() or QApplication(sys.argv)
    db = open_upgraded(str(path))
    office_id = find_office(db)
    window = MainWindow(build_context(db, office_id))
    window.show()
    app.processEvents()
    raw = sqlcipher.connect(str(path), isolation_level=None)

    def keystroke(text: str) -> float:
        start = time.perf_counter()
        window.search.setText(text)                         # textChanged -> search -> model reset
        app.processEvents()
        return time.perf_counter() - start

    def raw_keystroke(text: str) -> float:
        start = time.perf_counter()
        raw_lookup(raw, office_id.hex, fold(text).split())
        return time.perf_counter() - start

    ui_times, raw_times = [], []
    for measured in (False, True):      # a first pass warms both connections' page caches alike
        for name in typing_sequences(path):
            window.search.clear()
            for length in range(1, len(name) + 1):
                ui, bare = keystroke(name[:length]), raw_keystroke(name[:length])
                if measured:
                    ui_times.append(ui)
                    raw_times.append(bare)
    raw.close()
    list_start = time.perf_counter()
    window.show_page(1)
    app.processEvents()
    list_open = time.perf_counter() - list_start
    loaded = window.pages["clients"].model.rowCount()
    window.close()
    db.dispose()
    typing = figure("search-as-you-type, per keystroke", "s", statistics.median(ui_times),
                    statistics.median(raw_times), f"{len(ui_times)} keystrokes; p95 "
                    f"{percentile(ui_times, 95) * 1000:.1f} ms vs raw {percentile(raw_times, 95) * 1000:.1f} ms")
    typing["p95"] = round(percentile(ui_times, 95), 6)
    typing["baseline_p95"] = round(percentile(raw_times, 95), 6)
    listing = figure("client list opens", "s", list_open, statistics.median(raw_times),
                     f"{loaded} of 100,000 rows loaded (lazy); baseline: one raw lookup")
    listing["rows_loaded"] = loaded
    return [typing, listing]


def raw_lookup(conn: sqlcipher.Connection, office: str, words: list[str]) -> list[tuple]:
    """The lookup as one SQL statement: trigram index for words of 3+ letters, name-key range
    otherwise; shorter words must appear in the name too."""
    long_words = [w for w in words if len(w) >= 3]
    short_words = [w for w in words if len(w) < 3]
    columns = ("c.id, c.dossier_no, c.first_name, c.last_name, c.birth_date, c.phone, c.email, "
               "c.municipality, c.status, c.dutch_level, c.merged_into_id")     # what the list shows
    if long_words:
        sql = (f"SELECT {columns} FROM client_name_fts f CROSS JOIN client c ON c.id = f.client_id "
               "WHERE client_name_fts MATCH ?")
        args: list[str] = [" ".join(f'"{w}"' for w in long_words)]
    else:
        sql = f"SELECT {columns} FROM client c WHERE c.name_key >= ? AND c.name_key < ?"
        args = [short_words[0], short_words[0] + "\U0010ffff"]
        short_words = short_words[1:]
    for word in short_words:
        sql += " AND c.name_key LIKE ?"
        args.append(f"%{word}%")
    sql += (" AND c.office_id = ? AND c.deleted_at IS NULL AND c.merged_into_id IS NULL "
            "ORDER BY c.name_key, c.id LIMIT 20")
    return conn.execute(sql, [*args, office]).fetchall()
