"""A failed command in one line: what went wrong with a file or the database, never its values."""

from __future__ import annotations

import errno

from leerwinkel_desk.store.file_guard import FileUnusable
from leerwinkel_desk.store.paths import backups_dir

RESTORE_HINT = "to go back to a backup: leerwinkel-desk restore BACKUP (backups are in {backups})"


FILE_PROBLEMS = {
    "damaged": "{path} is damaged, or is not a Leerwinkel Desk database that this key opens; "
               "nothing was changed. " + RESTORE_HINT,
    "wal_set_aside": "the file {path}-wal did not belong to the database (another database's, or an old "
                     "copy) and was set aside as {aside}; the database itself is unchanged. If recent work "
                     "is missing, " + RESTORE_HINT,
    "not_a_file": "{path} is not a database file; nothing was changed",
    "no_space": "the disk is full: {path} could not be checked; nothing was changed. Free some space "
                "and try again",
    "read_only": "{path} or its folder is read-only; nothing was changed",
    "unreadable": "{path} could not be read (the disk, or the file's permissions); nothing was changed",
}


DEBUG_VARIABLE = "LEERWINKEL_DEBUG"


SQLITE_PROBLEMS = (      # SQLite's own words -> one line; the statement and its values never shown
    ("disk is full", "the disk is full; nothing was saved. Free some space and try again"),
    ("database is locked", "the database stayed locked by another program; nothing was saved. Try again"),
    ("readonly", "the database is read-only here; nothing was saved"),
    ("malformed", "the database is damaged; nothing was saved. " + RESTORE_HINT),
    ("not a database", "the database is damaged; nothing was saved. " + RESTORE_HINT),
)


def storage_problem(error: Exception) -> str:
    """One line for a failed read or write of a file, without SQL, values or file contents."""
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
            return "the disk is full; nothing was saved. Free some space and try again"
        return f"{error.strerror or 'cannot use the file'}: {error.filename or ''}".rstrip(": ")
    orig = getattr(error, "orig", error)        # SQLAlchemy's wrapper, or the driver's own error
    text = str(orig).lower()
    for words, line in SQLITE_PROBLEMS:
        if words in text:
            return line.format(backups="the backups folder next to the database")
    return f"the database could not be read or written ({type(orig).__name__}); nothing was saved"


def file_problem(error: FileUnusable) -> str:
    """One line about a database file that cannot be used (and what to do), no personal data."""
    return FILE_PROBLEMS[error.reason].format(path=error.path, aside=error.aside,
                                              backups=backups_dir(error.path))

