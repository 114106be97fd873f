"""The app's log: from the first line of a start, rotating, and never with personal data.

One folder per installation, `logs/` beside the office's database (the data folder), so a
crash in the first-run wizard, at sign-in or in a migration is kept too. The folder is 0700 and
its files 0600, the owner's only, as the rest of the data folder (store/owner_only.py). Only events the app
writes itself go in, and an error is logged as its type and where it happened: never its
message or any value, since those can carry names or notes.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import cast

from leerwinkel_desk.store.owner_only import OWNER_FILE, make_owner_only_folder, tighten_folder

LOG_FILE = "leerwinkel-desk.log"
MAX_BYTES, KEPT_FILES = 1_000_000, 5


def exception_lines(kind: type[BaseException], tb: TracebackType | None) -> list[str]:
    """The exception's type and where it happened; never its message or any variable's value."""
    frames = traceback.extract_tb(tb)
    return [f"{kind.__module__}.{kind.__qualname__}"] + [
        f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]


def log_error(logger: logging.Logger, what: str, error: BaseException) -> None:
    """`what` failed: logged with the error's type and frames only."""
    logger.error("%s\n%s", what, "\n".join(exception_lines(type(error), error.__traceback__)))


def current_log() -> Path | None:
    """The log file this process writes, once start_logging ran."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


class OwnerOnlyRotatingLog(RotatingFileHandler):
    """A rotating log whose files are the owner's only (0600) from their first byte, as the data folder's are
    (store/owner_only.py): a new file is made so, and a rotated one keeps its mode (it is renamed)."""

    def _open(self) -> TextIOWrapper:
        return cast(TextIOWrapper, open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors,
                                        opener=lambda path, flags: os.open(path, flags, OWNER_FILE)))


def owner_only_log(file: Path, max_bytes: int = 0, kept: int = 0) -> OwnerOnlyRotatingLog:
    """The handler of `file` in its folder, made the owner's only (0700) if missing; a folder and files an older
    version left readable by others (0755, 0644) lose those rights first. OSError when it cannot be written."""
    file.parent.parent.mkdir(parents=True, exist_ok=True)
    make_owner_only_folder(file.parent)
    tighten_folder(file.parent)
    return OwnerOnlyRotatingLog(file, maxBytes=max_bytes, backupCount=kept, encoding="utf-8")


def start_logging(folder: Path) -> Path | None:
    """Log to `folder/leerwinkel-desk.log` (1 MB, 5 older files kept); uncaught errors are logged too.

    Returns the log file, or None when the folder cannot be written (the app runs on without a log).
    """
    if current_log() is not None:
        return current_log()
    try:
        handler = owner_only_log(folder / LOG_FILE, MAX_BYTES, KEPT_FILES)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)   # a line per plugin at every upgrade
    previous = sys.excepthook

    def log_uncaught(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        logging.getLogger("leerwinkel_desk").critical("uncaught error\n%s", "\n".join(exception_lines(kind, tb)))
        previous(kind, error, tb)

    sys.excepthook = log_uncaught
    return folder / LOG_FILE
