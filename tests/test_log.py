"""The app's log: rotating, in the data folder's logs/, and an uncaught error without its message."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

import pytest

from leerwinkel_desk.log import KEPT_FILES, MAX_BYTES, current_log, start_logging


@pytest.fixture
def fresh_log(monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", lambda *_args: None)
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        root.removeHandler(handler)
        handler.close()


def test_an_uncaught_error_is_logged_by_its_type_and_place_never_its_message(tmp_path: Path, fresh_log) -> None:
    log_file = start_logging(tmp_path / "logs")
    assert log_file == current_log() == tmp_path / "logs" / "leerwinkel-desk.log"
    assert start_logging(tmp_path / "elsewhere") == log_file            # once per process
    handler = next(h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler))
    assert (handler.maxBytes, handler.backupCount) == (MAX_BYTES, KEPT_FILES) == (1_000_000, 5)
    try:
        raise ValueError("Fatima El Amrani, geboren 12/03/1990")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    text = log_file.read_text(encoding="utf-8")
    assert "CRITICAL leerwinkel_desk: uncaught error" in text and "builtins.ValueError" in text
    assert "test_log.py" in text and "Fatima" not in text and "1990" not in text


def test_the_log_is_its_owners_only_new_rotated_and_left_by_an_older_version(tmp_path: Path, fresh_log) -> None:
    """Under the usual umask 022: a log made by this version is 0600 in a 0700 `logs/`, its rotated files too;
    a folder and log an older version left readable by all (0755, 0644) are the owner's only once it starts
    again. The log carries event names and error types, but they tell who worked when: no one else's to read."""
    from test_private_outputs import mode

    before = os.umask(0o022)
    try:
        fresh = start_logging(tmp_path / "data" / "logs")
        assert fresh is not None
        logging.getLogger("leerwinkel_desk").info("a first line")
        assert (mode(fresh.parent), mode(fresh)) == (0o700, 0o600)
        handler = next(h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler))
        handler.doRollover()                                # the 1 MB reached
        logging.getLogger("leerwinkel_desk").info("a line in the next file")
        assert [mode(file) for file in sorted(fresh.parent.iterdir())] == [0o600, 0o600]
        logging.getLogger().removeHandler(handler)
        handler.close()

        older = tmp_path / "older" / "logs"                 # as an older version left it
        older.mkdir(parents=True)
        for name in ("leerwinkel-desk.log", "leerwinkel-desk.log.1"):
            (older / name).write_text("2026-11-20 INFO start\n", encoding="utf-8")
            (older / name).chmod(0o644)
        older.chmod(0o755)
        assert start_logging(older) == older / "leerwinkel-desk.log"
        assert [mode(place) for place in (older, *sorted(older.iterdir()))] == [0o700, 0o600, 0o600]
    finally:
        os.umask(before)
