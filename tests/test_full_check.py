"""The whole-file check after an open (store/file_guard.py `FullCheck`): a file closed while it still reads
stops it and is not taken for checked; a second open of the same file shares it, writes included."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.file_guard import FileUnusable

KEY = bytes(range(32))
BLOBS = 64          # of 1 MiB: the check reads for a while (a quarter of a second or more)


@pytest.fixture
def large(tmp_path: Path) -> Path:
    """An encrypted file of about 48 MiB, closed cleanly, then touched: its next open reads it whole."""
    path = tmp_path / "groot.db"
    db = open_sqlite(path, KEY)
    with db.write() as session:
        session.execute(text("CREATE TABLE blob (data BLOB)"))
        session.execute(text(f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {BLOBS}) "
                             "INSERT INTO blob SELECT randomblob(1048576) FROM n"))
    db.dispose()
    os.utime(path)          # no longer exactly as the app left it
    return path


def test_closing_a_file_stops_its_check_and_leaves_it_unchecked(large: Path) -> None:
    for _ in range(5):          # on a busy machine the check may be over before the close: again
        os.utime(large)
        db = open_sqlite(large, KEY)
        check = db.full_check
        assert check is not None
        db.dispose()
        if not check.finished:
            break                                           # closed while it still read
    assert not check.finished, "the check was over before the close each time: the file is too small for this test"
    assert not any(t.name == "leerwinkel-full-check" for t in threading.enumerate())     # stopped, not reading
    assert not check.passed                                 # and it verified nothing
    again = open_sqlite(large, KEY)
    assert again.full_check is not None
    assert not again.full_check.finished                    # not noted as checked: the next open reads it whole
    again.full_check.require_sound()
    assert again.full_check.passed                          # the next open read it whole
    again.dispose()


def test_a_second_open_of_a_file_shares_its_check_and_its_writes_wait_for_it(large: Path) -> None:
    """Damage in the middle of the file, which only the whole read finds: a second open of the file while
    the first still checks it used to skip the check, and its writes went ahead on the damaged file."""
    size = large.stat().st_size
    with large.open("r+b") as file:
        file.seek(size // 2 + 100)
        byte = file.read(1)
        file.seek(size // 2 + 100)
        file.write(bytes([byte[0] ^ 0x55]))
    first = open_sqlite(large, KEY)
    second = open_sqlite(large, KEY)
    try:
        with pytest.raises(FileUnusable) as refused, second.write() as session:
            session.execute(text("CREATE TABLE note (x)"))
        assert refused.value.reason == "damaged"
    finally:
        second.dispose()
        first.dispose()
