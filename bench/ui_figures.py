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

from leerwinkel_desk.domain.text import fold
from leerwinkel_desk.services.clients import COLUMNS, LIVE, WHOLE_WORD
from measure import figure, percentile

APP_START = """
import os, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from leerwinkel_desk.services.offices import find_office
from leerwinkel_desk.store.location import Location
from leerwinkel_desk.ui.main_window import MainWindow, build_context
db = Location.of(sys.argv[1]).open_upgraded()
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

    from leerwinkel_desk.services.offices import find_office
    from leerwinkel_desk.store.location import Location
    from leerwinkel_desk.ui.main_window import MainWindow, build_context

    app = QApplication.instance() or QApplication(sys.argv)
    db = Location.of(path).open_upgraded()
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
    """The lookup as plain SQL statements: trigram index for words of 3+ letters, name-key range
    otherwise, two letters as a whole word first (the app's WHOLE_WORD statement, completed by
    the range when it finds fewer than a page); other short words must appear in the name too."""
    long_words = [w for w in words if len(w) >= 3]
    short_words = [w for w in words if len(w) < 3]
    first = None if long_words else short_words.pop(0)
    params: dict[str, object] = {"office": office, **{f"short{n}": f"%{w}%" for n, w in enumerate(short_words)}}
    also = "".join(f" AND {{key}} LIKE :short{n}" for n in range(len(short_words)))
    live = LIVE + also.format(key="c.name_key")
    if first is None:
        params["match"] = " ".join(f'"{w}"' for w in long_words)
        return conn.execute(f"SELECT {COLUMNS} FROM client_name_fts f CROSS JOIN client c ON c.id = f.client_id "
                            f"WHERE client_name_fts MATCH :match AND {live} ORDER BY c.name_key, c.id LIMIT 20",
                            params).fetchall()
    params.update(first=first, after=first + "\U0010ffff", word=f'" {first}" OR "{first} "',
                  padded=f" {first} ", cut=60)
    starts = f"SELECT {COLUMNS} FROM client c WHERE c.name_key >= :first AND c.name_key < :after AND {live}"
    if len(first) < 2:
        return conn.execute(f"{starts} ORDER BY c.name_key, c.id LIMIT 20", params).fetchall()
    whole = WHOLE_WORD.format(columns=COLUMNS, live=live, also=also.format(key="name_key"))
    found = conn.execute(whole, params).fetchall()
    if len(found) < 20:
        found = conn.execute(whole, {**params, "cut": -1}).fetchall()
        found += conn.execute(f"{starts} AND instr(' ' || c.name_key || ' ', :padded) = 0 "
                              f"ORDER BY c.name_key, c.id LIMIT {20 - len(found)}", params).fetchall()
    return found[:20]
