"""The app's log: rotating, in the data folder's logs/, and an uncaught error without its message."""

from __future__ import annotations

import logging
import logging.handlers
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
