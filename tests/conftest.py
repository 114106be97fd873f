"""Shared fixtures: real temporary SQLite databases, a fixed clock, and a real PostgreSQL server."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from leerwinkel_desk.services import accounts
from leerwinkel_desk.services.context import Actor
from leerwinkel_desk.services.offices import create_office
from leerwinkel_desk.store import keyring
from leerwinkel_desk.store.engine import Database, open_sqlite, open_url
from leerwinkel_desk.store.migrations import upgrade

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":      # the UI tests run on the laptop screen counsellors have
    _SCREEN = Path(tempfile.gettempdir()) / (     # one per pytest-xdist worker: never read half written
        f"leerwinkel-test-screen-1280x720-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}.json")
    _SCREEN.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 720}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

T0 = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


@dataclass
class FixedClock:
    at: datetime = T0

    def now(self) -> datetime:
        return self.at


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


PRODUCTION_ARGON2 = (accounts.HASHER, keyring.KDF)
TEST_ARGON2 = (PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1),
               {"type": "argon2id", "memory_kib": 8 * 1024, "iterations": 1, "lanes": 1})


@pytest.fixture(autouse=True, scope="session")
def light_argon2_for_test_accounts() -> Iterator[None]:
    """Passphrases set by the tests are hashed and wrapped with light Argon2id parameters (8 MiB,
    one pass: milliseconds, against most of a second on the 2-core machine). The parameters travel
    in each hash and key entry, so signing in and unlocking those accounts is light too, also in a
    child process (which then hashes the passphrase again with its own, production parameters). The
    production parameters themselves are tested with `production_argon2` (test_accounts.py)."""
    accounts.HASHER, keyring.KDF = TEST_ARGON2
    yield
    accounts.HASHER, keyring.KDF = PRODUCTION_ARGON2


@pytest.fixture
def production_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's own Argon2id parameters for this test (see `light_argon2_for_test_accounts`)."""
    monkeypatch.setattr(accounts, "HASHER", PRODUCTION_ARGON2[0])
    monkeypatch.setattr(keyring, "KDF", PRODUCTION_ARGON2[1])


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_sqlite(tmp_path / "leerwinkel.db")
    upgrade(database, tmp_path / "backups")
    yield database
    database.dispose()


@pytest.fixture
def coordinator(db: Database, clock: FixedClock) -> Actor:
    return create_office(db, clock, "Leerwinkel Test", "LWT", "coordinator", "Coördinator Test")


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A real PostgreSQL server for the whole test run, started and stopped by the suite.

    Its data lives in a folder of its own, outside pytest's numbered temp folders, which
    another pytest run on the same machine may clean up while this one is still running.
    """
    import shutil
    import subprocess
    import tempfile

    import pgserver

    folder = Path(tempfile.mkdtemp(prefix="leerwinkel-pg-"))
    try:
        for attempt in range(3):        # pgserver waits 10 s for pg_ctl; a loaded machine can be slower
            try:
                server = pgserver.get_server(folder / f"data{attempt}", cleanup_mode="stop")
                break
            except subprocess.TimeoutExpired:
                if attempt == 2:
                    raise
        try:
            yield server.get_uri()
        finally:
            server.cleanup()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_db(postgres_url: str) -> Iterator[Database]:
    """A fresh, empty PostgreSQL database per test (created from the server's maintenance db)."""
    import uuid

    from sqlalchemy import text

    name = f"lw_{uuid.uuid4().hex[:12]}"
    admin = open_url(postgres_url)
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin.engine.url.set(database=name).render_as_string(hide_password=False)
    database = open_url(url)
    yield database
    database.dispose()
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'DROP DATABASE "{name}"'))
    admin.dispose()



@pytest.fixture(autouse=True)
def own_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each test's Qt settings (the language, the last login, the folder a file dialog remembers) in a folder of
    its own, never the user's: once a test ran the launcher, which names the app, every later `QSettings()` in
    the process read and wrote ~/.config/Leerwinkel/Leerwinkel Desk.conf (a language left English there by a
    real window turned the Dutch screens of every test after it English). A test may point them elsewhere."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("qt-settings")))


@pytest.fixture(autouse=True)
def no_window_left_open() -> Iterator[None]:
    """Each test starts without the windows another test left behind: a main window a test did not
    close still reacts to "the key changed" and would lock over the next test's windows, and a
    sign-in left shown takes the keyboard. Hidden, not closed (a close could ask a question)."""
    yield
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() or hasattr(widget, "lock_for_new_key"):
            widget.hide()
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def crash_handler(tmp_path: Path) -> Iterator[Callable[[], list[str]]]:
    """Installs the app's crash handler, as app.py does, with its log in `tmp_path / "logs"`, when the test
    calls it (in the test's body: pytest-qt sets its own hook after the fixtures) and returns the messages it
    would show. Afterwards Python's hook is back and the log handler is removed and closed, so the next test
    that installs one writes a log of its own."""
    import logging
    import sys

    from leerwinkel_desk.ui.crash import LOG_NAME, install_crash_handler

    previous = sys.excepthook

    def install() -> list[str]:
        messages: list[str] = []
        install_crash_handler(tmp_path / "logs", messages.append)
        return messages

    try:
        yield install
    finally:
        sys.excepthook = previous
        logger = logging.getLogger(LOG_NAME)
        for handler in logger.handlers[:]:
            logger.removeHandler(handler)
            handler.close()
