"""The smaller points of issue 12 (9): weak passphrases, huge header lines, unbounded error lists,
a killed first demo and killed backups."""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import pytest

from faults_support import child, iterations, make_office, run_cli
from leerwinkel_desk.domain.enums import Role
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.services import maintenance
from leerwinkel_desk.services.accounts import Accounts, check_passphrase
from leerwinkel_desk.services.context import SystemClock


@pytest.mark.parametrize("weak", ["1111111111", "wachtwoord123", "azertyuiop", "coordinator1"])
def test_a_weak_passphrase_is_refused(db, clock, coordinator, weak: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        check_passphrase(weak, ("coordinator", "Coördinator Test"))
    assert refused.value.reason == "weak"
    with pytest.raises(InvalidValue):
        Accounts(db, clock, coordinator).open_account("bram", "Bram", Role.COUNSELLOR, weak)
    check_passphrase("een lange wachtwoordzin", ("coordinator",))      # a real one passes


def test_init_refuses_a_weak_passphrase_in_one_line(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("LEERWINKEL_PASSPHRASE", "1111111111")
    from leerwinkel_desk.launcher import main

    code = main(["--db", str(tmp_path / "x.db"), "init", "--office", "Leerwinkel", "--user", "katrien"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "easy to guess" in err
    assert not (tmp_path / "x.db").exists()


def test_a_header_line_over_128_kb_is_one_problem_with_file_and_line(tmp_path: Path, monkeypatch,
                                                                     capsys) -> None:
    path = make_office(tmp_path / "leerwinkel.db")
    csv = tmp_path / "clients.csv"
    csv.write_text("client_ref;first_name;" + "x" * 200_000 + "\nk1;Jan;Peeters\n", encoding="utf-8")
    code, out, err = run_cli(monkeypatch, capsys, path, "import", "clients", str(csv))
    assert code == 1 and "Traceback" not in err
    assert "clients.csv:1: not valid CSV" in err and "nothing written" in out


def test_a_junk_import_lists_a_bounded_number_of_errors_and_counts_the_rest(
        tmp_path: Path, monkeypatch, capsys) -> None:
    path = make_office(tmp_path / "leerwinkel.db")
    csv = tmp_path / "clients.csv"
    csv.write_text("client_ref,first_name,last_name,birth_date\n"
                   + "".join(f"k{n},Jan,Peeters,niet-{n}\n" for n in range(1_500)), encoding="utf-8")
    code, out, err = run_cli(monkeypatch, capsys, path, "import", "clients", str(csv))
    lines = err.splitlines()
    assert code == 1 and len(lines) == 1_001
    assert lines[-1] == "error: ... and 500 more error(s), not listed"
    assert "1500 error(s): nothing written" in out


def test_a_killed_first_demo_leaves_no_half_made_database(tmp_path: Path) -> None:
    rng = random.Random(9)
    path = tmp_path / "demo" / "leerwinkel.db"
    path.parent.mkdir()             # a slow machine may kill the child before it made the folder
    for _round in range(iterations(2)):
        process = child(f"""
from leerwinkel_desk.launcher import main
main(["--db", {str(path)!r}, "demo", "--clients", "3000"])
""")
        time.sleep(rng.uniform(1.0, 3.0))
        process.kill()
        process.communicate()
        assert not path.exists() or not Path(f"{path}.partial").exists()
        if path.exists():           # it finished before the kill: whole, and opens
            break
        assert sorted(p.name for p in path.parent.iterdir() if not p.name.startswith("leerwinkel.db.partial")) == []
    finished = child(f"""
from leerwinkel_desk.launcher import main
raise SystemExit(main(["--db", {str(path)!r}, "demo", "--clients", "50"]))
""") if not path.exists() else None
    if finished is not None:
        out, err = finished.communicate(timeout=300)
        assert finished.returncode == 0, err
    assert sorted(p.name for p in path.parent.iterdir() if p.suffix != ".state") == [
        "leerwinkel.db", "leerwinkel.db.keys.json"]


def test_the_start_tidies_what_killed_backups_and_key_writes_left(tmp_path: Path) -> None:
    from faults_support import PASSPHRASE
    from leerwinkel_desk.services.accounts import sign_in
    from leerwinkel_desk.store.engine import open_sqlite
    from leerwinkel_desk.store.keyring import KeyRing

    path = make_office(tmp_path / "leerwinkel.db")
    backups = tmp_path / "backups"
    backups.mkdir()
    left = [backups / "daily-2026-12-01.db.partial", tmp_path / "leerwinkel.db.keys.json.partial",
            tmp_path / ".leerwinkel-verify-abc"]
    left[0].write_bytes(b"half a backup")
    left[1].write_text("{", encoding="utf-8")
    left[2].mkdir()
    fresh = backups / "daily-2026-12-02.db.partial"      # another instance (open now) may be writing it
    fresh.write_bytes(b"being written")
    hour_ago = time.time() - 3600
    for made in left:
        os.utime(made, (hour_ago, hour_ago))
    other = child(f"""
import sys
from pathlib import Path
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.keyring import KeyRing
path = Path({str(path)!r})
db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", {PASSPHRASE!r}))
print("open", flush=True)
sys.stdin.readline()
""")
    assert other.stdout is not None and other.stdout.readline().strip() == "open"
    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    sign_in(db, SystemClock(), "coordinator", PASSPHRASE)
    assert maintenance.tidy_leftovers(db, SystemClock().now()) == 3
    assert not any(p.exists() for p in left) and fresh.exists()
    other.communicate(input="\n", timeout=60)
    assert maintenance.tidy_leftovers(db, SystemClock().now()) == 1     # no other instance: it goes, however new
    db.dispose()


def test_manual_and_pre_upgrade_backups_follow_the_office_retention(db, clock, coordinator) -> None:
    from leerwinkel_desk.services.retention import Retention
    from leerwinkel_desk.services.start_of_day import start_of_day

    Retention(db, clock, coordinator).set_period(2)
    folder = db.path.parent / "backups"
    old = [maintenance.backup(db, folder / name) for name in ("manual-20231101T090000Z.db", "before-0003-x.db")]
    recent = maintenance.backup(db, folder / "manual-20261101T090000Z.db")
    three_years_ago = clock.now().timestamp() - 3 * 365.25 * 86400
    for backup in old:
        os.utime(backup, (three_years_ago, three_years_ago))
    start_of_day(db, clock, coordinator)
    assert not any(p.name.startswith(("manual-2023", "before-")) for p in folder.iterdir())
    assert recent.exists() and recent.with_name(recent.name + ".manifest.json").exists()
