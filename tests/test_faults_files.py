"""Files around the live database changed from outside, or by the app's own hand: a backup over the live
file, the file replaced or moved away while an instance runs, a new office where only the database is
missing, a garbled state note, an empty database file. Each is refused or set aside in one clear line,
without a traceback, and nothing is lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from faults_support import ENV, PASSPHRASE, SRC, make_office, passphrase_works
from leerwinkel_desk.domain.errors import DatabaseReplaced
from leerwinkel_desk.store.backup import backup_to, open_raw
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.keyring import KeyRing
from test_faults_disk_full_upgrade import start_desktop
from test_ui import ctx, office, window  # noqa: F401 - the same office and window fixtures
from test_ui_keys import ALT, CTRL, answered, key, open_dossier_by_search, typed, wait_active


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real command line in a process of its own, signed in as the coordinator."""
    return subprocess.run([sys.executable, "-m", "leerwinkel_desk", "--db", str(db), *args], capture_output=True,
                          text=True, timeout=300, env={**os.environ, "PYTHONPATH": SRC, **ENV})


def one_line(err: str) -> str:
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    return err


@pytest.mark.parametrize("target", ["leerwinkel.db", "link", "leerwinkel.db.keys.json", "leerwinkel.db-wal"])
def test_a_backup_over_the_live_database_or_a_file_beside_it_is_refused(tmp_path: Path, target: str) -> None:
    path = make_office(tmp_path / "leerwinkel.db")
    output = tmp_path / target
    if target == "link":
        output = tmp_path / "elders" / "backup.db"
        output.parent.mkdir()
        output.symlink_to(path)
    inode, keys = path.stat().st_ino, Path(f"{path}.keys.json").read_bytes()

    result = cli(path, "backup", "-o", str(output))

    assert result.returncode == 1 and result.stdout == ""
    assert "is the database itself" in one_line(result.stderr) and "Nothing was written" in result.stderr
    assert path.stat().st_ino == inode and Path(f"{path}.keys.json").read_bytes() == keys
    assert not list(tmp_path.glob("*.partial")) and not list(tmp_path.glob("*.manifest.json"))
    assert target != "link" or output.is_symlink()
    assert cli(path, "check").returncode == 0           # the login just audited is in the file still
    assert passphrase_works(path, "coordinator", PASSPHRASE)


def test_a_save_after_another_program_put_a_backup_in_place_of_the_file_is_refused_and_keeps_the_text(
        qtbot, window, db, clock, office) -> None:
    """`cp backups/daily-*.db x && mv x leerwinkel.db` from outside while the app runs: the micro-contact
    is not reported saved into the file no one opens again; the dialog says so and keeps the text."""
    answered(db, clock, office.counsellor, "Sara", "Idrissi")
    assert db.path is not None
    daily = backup_to(db, db.path.parent / "backups" / "daily-2026-12-07.db")
    open_dossier_by_search(qtbot, window, "idrissi")
    put_back = subprocess.run(["sh", "-c", f"cp '{daily}' '{db.path}.x' && mv '{db.path}.x' '{db.path}'"],
                              capture_output=True, text=True, timeout=60)
    assert put_back.returncode == 0, put_back.stderr

    key(qtbot, Qt.Key.Key_M, CTRL)
    dialog = wait_active(qtbot, window.dossier.active_dialog)
    key(qtbot, Qt.Key.Key_W)
    typed(qtbot, "Herinnering gestuurd")
    key(qtbot, Qt.Key.Key_Return)

    assert dialog.isVisible() and dialog.error.isVisible()
    assert "vervangen of verplaatst" in dialog.error.text() and "niets bewaard" in dialog.error.text()
    assert dialog.summary.text() == "Herinnering gestuurd"
    assert window.statusBar().currentMessage() != "Microcontact bewaard"
    conn = open_raw(db.path, None)                          # the file at the path, as the next start opens it
    try:
        assert conn.execute("SELECT count(*) FROM contact WHERE summary = 'Herinnering gestuurd'").fetchone() == (0,)
    finally:
        conn.close()


def test_a_drafts_autosave_into_a_replaced_file_is_told_once_not_as_a_crash(qtbot, window, db, clock, office,
                                                                               crash_handler) -> None:
    """The session form keeps a draft every 1.5 s; once the file was replaced, each autosave is refused:
    its one line is shown once, not the crash message at every autosave."""
    answered(db, clock, office.counsellor, "Sara", "Idrissi")
    assert db.path is not None
    daily = backup_to(db, db.path.parent / "backups" / "daily-2026-12-07.db")
    open_dossier_by_search(qtbot, window, "idrissi")
    messages = crash_handler()
    key(qtbot, Qt.Key.Key_G, CTRL)
    form = wait_active(qtbot, window.dossier.active_dialog)
    key(qtbot, Qt.Key.Key_N, ALT)                               # Alt+N: Notities
    put_back = subprocess.run(["sh", "-c", f"cp '{daily}' '{db.path}.x' && mv '{db.path}.x' '{db.path}'"],
                              capture_output=True, text=True, timeout=60)
    assert put_back.returncode == 0, put_back.stderr
    typed(qtbot, "Wil verpleegkunde studeren")
    qtbot.waitUntil(lambda: bool(messages), timeout=5_000)
    qtbot.wait(3_500)                                           # two more autosaves
    assert form.isVisible() and form.notes.toPlainText() == "Wil verpleegkunde studeren"
    assert len(messages) == 1 and "vervangen of verplaatst" in messages[0] and "onverwachts" not in messages[0]


def test_a_write_after_the_file_was_moved_away_is_refused_and_a_read_still_works(tmp_path: Path) -> None:
    path = make_office(tmp_path / "leerwinkel.db")
    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    try:
        with db.write() as session:
            session.connection().exec_driver_sql("CREATE TABLE t (x)")
        moved = subprocess.run(["mv", str(path), str(tmp_path / "elders.db")], capture_output=True, timeout=60)
        assert moved.returncode == 0
        with pytest.raises(DatabaseReplaced), db.write() as session:
            session.connection().exec_driver_sql("INSERT INTO t VALUES (1)")
        with pytest.raises(DatabaseReplaced), db.write_statements():
            pass
        with db.read() as session:
            assert session.connection().exec_driver_sql("SELECT count(*) FROM t").scalar() == 0
    finally:
        db.dispose()


def test_init_where_only_the_database_is_missing_refuses_and_keeps_the_key_file(tmp_path: Path) -> None:
    path = make_office(tmp_path / "leerwinkel.db")
    keys = Path(f"{path}.keys.json")
    before = keys.read_bytes()
    path.unlink()

    result = cli(path, "init", "--office", "Leerwinkel Nieuw", "--user", "coord")

    assert result.returncode == 1 and result.stdout == ""
    assert "of an earlier database" in one_line(result.stderr) and "nothing was created" in result.stderr
    assert keys.read_bytes() == before and not path.exists() and not list(tmp_path.glob("*.partial*"))


def garble_state(path: Path) -> Path:
    """`printf 'open \\xe9' > leerwinkel.db.state`: the state note next to the database, not ASCII any more."""
    state = Path(f"{path}.state")
    done = subprocess.run(["sh", "-c", f"printf 'open \\351' > '{state}'"], capture_output=True, timeout=60)
    assert done.returncode == 0 and state.read_bytes() == b"open \xe9"
    return state


def test_a_garbled_state_note_is_read_as_missing_by_the_command_line(tmp_path: Path) -> None:
    path = make_office(tmp_path / "leerwinkel.db")
    state = garble_state(path)

    for command in (("check",), ("account", "list")):
        result = cli(path, *command)
        assert result.returncode == 0 and result.stderr == "", result.stderr

    assert state.read_text(encoding="ascii").startswith("closed")        # noted anew at the clean close


def test_a_garbled_state_note_does_not_keep_anyone_from_signing_in(tmp_path: Path) -> None:
    path = make_office(tmp_path / "leerwinkel.db")
    garble_state(path)

    code, out, err = start_desktop(path, tmp_path / "home")

    assert code == 0 and out.splitlines() == ["started"], (out, err)
    assert "Traceback" not in err


def emptied(path: Path) -> None:
    """`: > leerwinkel.db`: the database file left with no bytes (a failed copy, a sync tool, a full disk)."""
    done = subprocess.run(["sh", "-c", f": > '{path}'"], capture_output=True, timeout=60)
    assert done.returncode == 0 and path.stat().st_size == 0


def test_an_empty_database_file_is_damaged_left_untouched_and_a_backup_restores_it(tmp_path: Path) -> None:
    path = make_office(tmp_path / "leerwinkel.db")
    backup = tmp_path / "backups" / "manual-1.db"
    assert cli(path, "backup", "-o", str(backup)).returncode == 0
    emptied(path)

    for command in (("check",), ("account", "list")):
        result = cli(path, *command)
        assert result.returncode == 1 and result.stdout == ""
        assert "is damaged" in one_line(result.stderr) and "leerwinkel-desk restore BACKUP" in result.stderr
        assert path.stat().st_size == 0 and not Path(f"{path}-wal").exists()

    restored = cli(path, "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert [aside.stat().st_size for aside in tmp_path.glob("leerwinkel.db.damaged-*")] == [0]    # kept, not deleted
    assert cli(path, "check").returncode == 0 and passphrase_works(path, "coordinator", PASSPHRASE)


def test_an_empty_database_file_at_sign_in_says_damaged_and_writes_nothing(tmp_path: Path) -> None:
    path = make_office(tmp_path / "leerwinkel.db")
    emptied(path)

    code, out, err = start_desktop(path, tmp_path / "home")

    assert code == 1 and "Traceback" not in err
    assert out.startswith("message: De databank") and "beschadigd" in out and "laatste goede back-up" in out
    assert path.stat().st_size == 0 and not Path(f"{path}-wal").exists()
