"""Files an older version made readable by every account (0644, folders 0755) are made the owner's only when
the app or a command opens the database (store/owner_only.py): the database, its -wal and -shm (as a killed
older version left them), its key file and state, the backups, the filed letters and the app's folders.
Nothing else: not a file of someone else's beside it, never through a link, not the folder of a database put
elsewhere; and a change refused is one line in the log, the start goes on. Real files, real modes, a real
kill -9; under the usual umask 022."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from leerwinkel_desk.services import maintenance
from leerwinkel_desk.services.office_setup import create_office_database
from leerwinkel_desk.store.keyring import key_file
from leerwinkel_desk.store.location import Location
from leerwinkel_desk.store.models import Counsellor
from leerwinkel_desk.store.paths import default_database_path
from leerwinkel_desk.store.sealed_files import SealedFiles
from test_private_outputs import mode, usual_umask  # noqa: F401  (the umask 022 of most desktops, autouse)

PASSPHRASE = "de coordinator van leerwinkel oost"


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The platform's data folder of this test (XDG_DATA_HOME), for the app here and the commands it runs."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg"


def as_an_older_version_left_it(clock) -> tuple[Path, bytes]:
    """The office's database in the default data folder with a backup and a filed letter, every file 0644 and
    every folder 0755; then opened by a process that, as an older version did, does not tighten anything,
    which writes and is killed (kill -9): its -wal and -shm stay, made with the database file's 0644."""
    location = Location.of(None)
    db = create_office_database(location, clock, office="Leerwinkel Oost", code="LWO", login="katrien",
                                full_name="Katrien Maes", passphrase=PASSPHRASE)
    path, key = db.path, db.key
    assert path is not None and key is not None and path == default_database_path()
    maintenance.daily_backup(db, date(2026, 11, 19))
    SealedFiles(path.parent / "letters", None).write("2026-0001-brief.pdf", b"%PDF a letter")
    db.dispose()
    assert mode(path.parent / "backups") == mode(path.parent / "letters") == 0o700     # made so by this version
    for place in [path.parent, *path.parent.rglob("*")]:
        if place.name != "logs" and not place.is_symlink():
            place.chmod(0o755 if place.is_dir() else 0o644)
    child = subprocess.Popen([sys.executable, "-c", f"""
import sys, time
from leerwinkel_desk.services.offices import OfficeSetup, default_actor, find_office
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.domain.enums import Role
from leerwinkel_desk.store.engine import open_sqlite
db = open_sqlite({str(path)!r}, bytes.fromhex({key.hex()!r}))
OfficeSetup(db, SystemClock(), default_actor(db, find_office(db))).add_counsellor("oud", "Oude Versie", Role.COUNSELLOR)
print("written", flush=True)
time.sleep(600)
"""], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "written"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    for left in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        assert left.exists() and mode(left) == 0o644, left.name
    return path, key


def test_the_open_makes_what_an_older_version_left_the_owners_only_and_nothing_else(
        data_home: Path, tmp_path: Path, clock) -> None:
    path, key = as_an_older_version_left_it(clock)
    data = path.parent
    someone_elses = data / "notities.txt"
    someone_elses.write_text("niet van de app")
    outside = tmp_path / "elders.txt"
    outside.write_text("buiten de datamap")
    (data / f"{path.name}.notities").symlink_to(outside)                   # named like the app's, but a link
    (data / "backups" / "elders.db").symlink_to(outside)
    for made in (someone_elses, outside):
        made.chmod(0o644)
    mine = [path, Path(f"{path}-wal"), Path(f"{path}-shm"), key_file(path), *(data / "backups").iterdir(),
            *(data / "letters").iterdir()]
    mine = [made for made in mine if not made.is_symlink()]
    assert len([made for made in mine if made.parent.name == "backups"]) == 3     # the backup, its keys, manifest

    db = Location.of(None).open(key)          # as the app's sign-in and every command open it
    try:
        assert {made.name: mode(made) for made in mine} == {made.name: 0o600 for made in mine}
        assert {folder.name: mode(folder) for folder in (data, data / "backups", data / "letters")} == {
            folder.name: 0o700 for folder in (data, data / "backups", data / "letters")}
        assert mode(someone_elses) == mode(outside) == 0o644                  # not its own; a link not followed
        assert (data / f"{path.name}.notities").is_symlink() and (data / "backups" / "elders.db").is_symlink()
        with db.read() as s:                                                  # the killed write, from its WAL
            assert s.scalar(select(Counsellor.full_name).where(Counsellor.login == "oud")) == "Oude Versie"
    finally:
        db.dispose()


def test_a_database_put_elsewhere_keeps_its_folder_as_the_person_set_it(tmp_path: Path, clock) -> None:
    folder = tmp_path / "gedeeld"
    location = Location.of(folder / "kantoor.db")
    db = create_office_database(location, clock, office="Leerwinkel Oost", code="LWO", login="katrien",
                                full_name="Katrien Maes", passphrase=PASSPHRASE)
    key = db.key
    db.dispose()
    folder.chmod(0o755)
    for made in (folder / "kantoor.db", key_file(folder / "kantoor.db")):
        made.chmod(0o644)
    location.open(key).dispose()
    assert mode(folder) == 0o755
    assert mode(folder / "kantoor.db") == mode(key_file(folder / "kantoor.db")) == 0o600


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "leerwinkel_desk", *args], capture_output=True, text=True,
                          timeout=300, stdin=subprocess.DEVNULL,
                          env={**os.environ, "LEERWINKEL_USER": "katrien", "LEERWINKEL_PASSPHRASE": PASSPHRASE})


def test_a_command_tightens_too_and_a_change_refused_is_one_line_without_a_path_the_command_goes_on(
        data_home: Path, clock) -> None:
    """The refusal is real: an immutable file (chattr +i), whose mode not even root may change."""
    path, _key = as_an_older_version_left_it(clock)
    backup = next(made for made in (path.parent / "backups").iterdir() if made.suffix == ".db")
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(backup)]).returncode != 0:
        pytest.skip("no immutable files here (chattr +i needs root on ext4/xfs/btrfs)")
    try:
        done = cli("check")
        assert done.returncode == 0, done.stderr
        lines = done.stderr.splitlines()
        assert len(lines) == 1 and "could not be made the owner's only (PermissionError)" in lines[0], lines
        assert str(data_home) not in done.stderr and backup.name not in done.stderr
        assert mode(backup) == 0o644
        assert mode(path) == mode(key_file(path)) == 0o600 and mode(path.parent) == 0o700
    finally:
        subprocess.run(["chattr", "-i", str(backup)], check=True)
