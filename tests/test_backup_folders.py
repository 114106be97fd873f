"""The folders backups go to, on real files: a backup folder shared by two installations (each keeps its
own copies and rotation), a drive that is not plugged in (nothing is made on the local disk), `backups`
that is a file (logged, without a path)."""

from __future__ import annotations

import logging
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from casework_fixtures import CLI_PASSPHRASE, let_coordinator_sign_in
from conftest import FixedClock
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.services import maintenance
from leerwinkel_desk.services.accounts import sign_in
from leerwinkel_desk.services.context import Actor, SystemClock
from leerwinkel_desk.services.office_settings import OfficeSettings, second_copy
from leerwinkel_desk.services.offices import create_office
from leerwinkel_desk.store import backup as store_backup
from leerwinkel_desk.store.engine import Database
from leerwinkel_desk.store.location import Location

DAY = date(2026, 12, 7)


@pytest.fixture
def other_office(tmp_path: Path, clock: FixedClock):
    """A second installation: its own encrypted database, another office."""
    db = Location.of(tmp_path / "elders" / "leerwinkel.db").create({"coordinator": CLI_PASSPHRASE})
    actor = create_office(db, clock, "Leerwinkel Elders", "LWE", "coordinator", "Coördinator Elders")
    yield db, actor
    db.dispose()


def copies(db: Database, actor: Actor, day: date) -> Path | None:
    return second_copy(db, actor.office_id, day)


def test_two_installations_sharing_a_backup_folder_each_keep_their_own_copies(
        db, clock, coordinator, other_office, tmp_path: Path) -> None:
    other, elsewhere = other_office
    shared = tmp_path / "gedeeld"
    shared.mkdir()
    OfficeSettings(db, clock, coordinator).set_backup_folder(shared)
    OfficeSettings(other, clock, elsewhere).set_backup_folder(shared)
    ours, theirs = copies(db, coordinator, DAY), copies(other, elsewhere, DAY)
    assert ours is not None and theirs is not None             # the second office's copy was "None"
    assert ours.parent != theirs.parent and ours.parent.parent == theirs.parent.parent == shared
    assert store_backup.read_back(ours, db.key) == [] and store_backup.read_back(theirs, other.key) == []
    for n in range(1, 20):                                     # each rotates its own 14
        copies(db, coordinator, DAY + timedelta(days=n))
    copies(other, elsewhere, DAY + timedelta(days=1))
    assert len(list(ours.parent.glob("daily-*.db"))) == 14
    assert sorted(p.name for p in theirs.parent.glob("daily-*.db")) == [
        f"daily-{DAY}.db", f"daily-{DAY + timedelta(days=1)}.db"]
    assert store_backup.read_back(theirs, other.key) == []


def test_copies_made_before_each_installation_had_its_own_folder_go_to_their_own(
        db, clock, coordinator, other_office, tmp_path: Path) -> None:
    other, elsewhere = other_office
    shared = tmp_path / "gedeeld"
    shared.mkdir()
    old_ours = store_backup.daily_backup(db, shared, DAY - timedelta(days=2))        # the layout before
    old_theirs = store_backup.daily_backup(other, shared, DAY - timedelta(days=1))
    assert old_ours is not None and old_theirs is not None
    OfficeSettings(db, clock, coordinator).set_backup_folder(shared)
    ours = copies(db, coordinator, DAY)
    assert ours is not None and not old_ours.exists() and old_theirs.exists()
    moved = ours.parent / old_ours.name
    assert store_backup.read_back(moved, db.key) == [] and store_backup.manifest_file(moved).exists()
    OfficeSettings(other, clock, elsewhere).set_backup_folder(shared)
    theirs = copies(other, elsewhere, DAY)
    assert theirs is not None and not old_theirs.exists()
    moved = theirs.parent / old_theirs.name                   # an encrypted one: its key file goes with it
    assert store_backup.read_back(moved, other.key) == [] and store_backup.key_file(moved).exists()
    assert sorted(p.name for p in shared.iterdir() if p.is_file()) == []


def test_a_backups_link_to_a_drive_that_is_not_plugged_in_writes_nothing_on_the_local_disk(
        db, tmp_path: Path) -> None:
    usb = tmp_path / "media" / "usb"                          # the drive's mount point: gone with the drive
    backups = db.path.parent / "backups"
    shutil.rmtree(backups, ignore_errors=True)
    backups.symlink_to(usb / "backups")
    with pytest.raises(OSError):
        maintenance.daily_backup(db, DAY)
    assert not (tmp_path / "media").exists()
    with pytest.raises(OSError):
        maintenance.backup(db, backups / "manual-20261207T090000Z.db")
    assert not (tmp_path / "media").exists()


def test_the_empty_mount_point_of_a_backup_drive_that_is_not_plugged_in_gets_no_copy(
        db, clock, coordinator, tmp_path: Path) -> None:
    usb = tmp_path / "media" / "usb"
    usb.mkdir(parents=True)
    OfficeSettings(db, clock, coordinator).set_backup_folder(usb)
    assert copies(db, coordinator, DAY) is not None
    shutil.rmtree(usb)
    usb.mkdir()                                               # unplugged: the mount point's empty local folder
    assert copies(db, coordinator, DAY + timedelta(days=1)) is None
    assert list(usb.iterdir()) == []


def test_a_backup_folder_whose_drive_is_gone_is_refused_and_not_made(db, clock, coordinator, tmp_path) -> None:
    gone = tmp_path / "media" / "usb" / "leerwinkel"
    with pytest.raises(InvalidValue) as refused:
        OfficeSettings(db, clock, coordinator).set_backup_folder(gone)
    assert refused.value.reason == "not_writable" and not (tmp_path / "media").exists()


def test_backups_that_is_a_file_is_logged_without_a_path(qtbot, db, clock, coordinator, tmp_path, caplog) -> None:
    from leerwinkel_desk.ui.desk import open_desk

    let_coordinator_sign_in(db, clock, coordinator)
    backups = db.path.parent / "backups"
    shutil.rmtree(backups, ignore_errors=True)
    backups.write_text("not a folder")
    caplog.set_level(logging.INFO)
    window = open_desk(db, sign_in(db, SystemClock(), "coordinator", CLI_PASSPHRASE), "coordinator")
    try:
        window.start_of_day_jobs.wait()
        qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("⚠ De dagelijkse back-up"),
                        timeout=10_000)
    finally:
        window.close()
        window.deleteLater()
    logged = [r.getMessage() for r in caplog.records if "start of day" in r.getMessage()]
    assert len(logged) == 1 and "FileExistsError" in logged[0]
    assert str(tmp_path) not in caplog.text
