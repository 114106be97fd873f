"""The command line, run as a real process: demo, check, backup, restore, version."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from leerwinkel_desk import __version__
from leerwinkel_desk.services.accounts import DEMO_PASSPHRASE
from leerwinkel_desk.store.engine import sqlcipher_key_pragma
from leerwinkel_desk.store.keyring import KeyRing, WrongPassphrase
from leerwinkel_desk.store.migrations import head_revision

DEMO_ENV = {**os.environ, "LEERWINKEL_USER": "coordinator", "LEERWINKEL_PASSPHRASE": DEMO_PASSPHRASE}


def connect(path: Path, isolation_level: str | None = "") -> sqlcipher.Connection:
    """A bare connection to an encrypted demo database, its key unlocked as the demo coordinator."""
    key = KeyRing.load(path.resolve()).unlock("coordinator", DEMO_PASSPHRASE)
    conn = sqlcipher.connect(str(path), isolation_level=isolation_level)
    conn.execute(sqlcipher_key_pragma(key))
    return conn


def cli(db: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "leerwinkel_desk", "--db", str(db), *args],
        capture_output=True, text=True, timeout=300, env=DEMO_ENV if env is None else env,
    )


def table_digest(path: Path, skip: tuple[str, ...] = ()) -> str:
    """A digest of every row of every table (but `skip`), in key order: equal digests mean equal data."""
    conn = connect(path)
    digest = hashlib.sha256()
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
              if r[0] not in skip]
    for table in tables:
        for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
            digest.update(repr(row).encode())
    conn.close()
    return digest.hexdigest()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "x.db"
    result = cli(path, "demo", "--clients", "2000", "--seed", "1", "--until", "2026-11-01")
    assert result.returncode == 0, result.stderr
    assert "2000 clients" in result.stdout
    return path


def test_demo_then_check_exits_zero(demo_db: Path) -> None:
    result = cli(demo_db, "check")
    assert result.returncode == 0, result.stderr
    assert f"schema {head_revision()}" in result.stdout and result.stdout.rstrip().endswith("ok")


def test_same_seed_gives_the_same_data(demo_db: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.db"
    assert cli(again, "demo", "--clients", "2000", "--seed", "1", "--until", "2026-11-01").returncode == 0
    planner = ("sqlite_stat1", "sqlite_stat4")     # the query planner's samples, not the office's data
    assert table_digest(again, planner) == table_digest(demo_db, planner)


def test_check_reports_a_broken_foreign_key_and_exits_one(demo_db: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.db"
    assert cli(demo_db, "backup", "-o", str(broken)).returncode == 0
    conn = connect(broken, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE contact SET request_id = 'ffffffffffffffffffffffffffffffff' "
                 "WHERE rowid = (SELECT min(rowid) FROM contact)")
    conn.close()
    result = cli(broken, "check")
    assert result.returncode == 1
    assert "foreign key: contact" in result.stderr


def test_check_of_a_file_that_is_no_database_fails_clearly(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    result = cli(junk, "check")
    assert result.returncode == 1 and "error:" in result.stderr and "Traceback" not in result.stderr
    missing = cli(tmp_path / "missing.db", "check")
    assert missing.returncode == 1 and "no database at" in missing.stderr
    assert not (tmp_path / "missing.db").exists()


def test_backup_and_restore_round_trip(demo_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    backup = tmp_path / "backup.db"
    assert cli(demo_db, "backup", "-o", str(copy)).returncode == 0
    assert cli(copy, "backup", "-o", str(backup)).returncode == 0
    conn = connect(copy, isolation_level=None)
    conn.execute("UPDATE client SET first_name = 'Gewijzigd'")
    conn.close()
    assert table_digest(copy) != table_digest(demo_db)
    result = cli(copy, "restore", str(backup))
    assert result.returncode == 0, result.stderr
    assert table_digest(copy, skip=("audit_event",)) == table_digest(demo_db, skip=("audit_event",))
    conn = connect(copy)
    trail = conn.execute("SELECT a.action, c.login FROM audit_event a JOIN counsellor c ON c.id = a.actor_id "
                         "ORDER BY a.seq DESC LIMIT 3").fetchall()
    conn.close()
    # the events since the backup stay: the backup's own record (written after the copy) and the
    # restore's sign-in, then the restore itself (which kept the data it replaced)
    assert trail == [("backup.restore", "coordinator"), ("login", "coordinator"), ("backup.create", "coordinator")]
    assert "the data as it was before is kept as" in result.stdout
    kept = sorted((tmp_path / "backups").glob("before-restore-*.db"))
    assert len(kept) == 1
    restored_again = cli(copy, "restore", str(kept[0]))             # the data before the restore comes back
    assert restored_again.returncode == 0, restored_again.stderr
    conn = connect(copy)
    assert {name for (name,) in conn.execute("SELECT DISTINCT first_name FROM client")} == {"Gewijzigd"}
    conn.close()


def test_restore_refuses_a_damaged_backup_and_keeps_the_database(demo_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    assert cli(demo_db, "backup", "-o", str(copy)).returncode == 0
    damaged = tmp_path / "damaged.db"
    data = bytearray((tmp_path / "copy.db").read_bytes())
    data[4096 * 3: 4096 * 3 + 2048] = b"\x00" * 2048
    damaged.write_bytes(bytes(data))
    before = table_digest(copy, skip=("audit_event",))
    result = cli(copy, "restore", str(damaged))
    assert result.returncode == 1 and "nothing restored" in result.stderr
    assert table_digest(copy, skip=("audit_event",)) == before
    conn = connect(copy)
    assert conn.execute("SELECT action FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone() == ("login",)
    conn.close()


def test_version(demo_db: Path) -> None:
    result = cli(demo_db, "version")
    assert result.returncode == 0
    assert f"schema {head_revision()}, database {head_revision()}" in result.stdout


def test_search_prints_number_name_and_birth_date(demo_db: Path) -> None:
    conn = connect(demo_db)
    dossier_no, first, last = conn.execute(
        "SELECT dossier_no, first_name, last_name FROM client ORDER BY dossier_no LIMIT 1").fetchone()
    conn.close()
    result = cli(demo_db, "search", last)
    assert result.returncode == 0, result.stderr
    assert any(line.startswith(dossier_no) and f"{first} {last}" in line
               for line in result.stdout.splitlines())
    assert cli(demo_db, "search", '"NEAR(%_').returncode == 0


def test_log_contact_adds_a_micro_contact(demo_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    assert cli(demo_db, "backup", "-o", str(copy)).returncode == 0
    conn = connect(copy)
    request_no, request_id = conn.execute(
        "SELECT request_no, id FROM learning_request ORDER BY request_no LIMIT 1").fetchone()
    before = conn.execute("SELECT count(*) FROM contact WHERE request_id = ?", (request_id,)).fetchone()[0]
    conn.close()
    result = cli(copy, "log-contact", request_no, "--channel", "whatsapp", "--summary", "Herinnering")
    assert result.returncode == 0, result.stderr
    conn = connect(copy)
    rows = conn.execute("SELECT kind, channel, summary FROM contact WHERE request_id = ? "
                        "ORDER BY created_at DESC", (request_id,)).fetchall()
    conn.close()
    assert len(rows) == before + 1 and rows[0] == ("micro", "whatsapp", "Herinnering")
    bad = cli(copy, "log-contact", request_no, "--channel", "sms", "--minutes", "900", "--summary", "x")
    assert bad.returncode == 1 and "minutes" in bad.stderr
    assert cli(copy, "log-contact", "LV-1999-000001", "--channel", "sms", "--summary", "x").returncode == 1


REFERRING_COLUMNS = ("client_id", "subject_client_id", "survivor_id", "merged_id")


def test_export_client_contains_every_record_about_the_person(demo_db: Path, tmp_path: Path) -> None:
    conn = connect(demo_db)
    client_id, dossier_no = conn.execute(
        "SELECT c.id, c.dossier_no FROM client c JOIN learning_request r ON r.client_id = c.id "
        "JOIN consent k ON k.client_id = c.id GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1").fetchone()
    out = tmp_path / "dossier.json"
    result = cli(demo_db, "export-client", dossier_no, "-o", str(out))
    assert result.returncode == 0, result.stderr
    exported = out.read_text(encoding="utf-8")
    request_ids = [r[0] for r in conn.execute(
        "SELECT id FROM learning_request WHERE client_id = ?", (client_id,))]
    expected: list[str] = []
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                         "AND name NOT LIKE 'client_name_fts%' AND name != 'draft'")]
    for table in tables:
        columns = [c[1] for c in conn.execute(f'PRAGMA table_info("{table}")')]
        if "id" not in columns:
            continue
        for column in columns:
            if column in REFERRING_COLUMNS:
                expected += [r[0] for r in conn.execute(f'SELECT id FROM "{table}" WHERE "{column}" = ?', (client_id,))]
            if column == "request_id" and request_ids:
                marks = ",".join("?" * len(request_ids))
                expected += [r[0] for r in conn.execute(
                    f'SELECT id FROM "{table}" WHERE request_id IN ({marks})', request_ids)]
    conn.close()
    assert len(expected) > 20
    missing = [i for i in expected if str(uuid.UUID(hex=i)) not in exported]
    assert missing == []


def test_a_demo_database_is_encrypted_and_refuses_a_wrong_passphrase(demo_db: Path) -> None:
    raw = demo_db.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    before = {p.name: p.read_bytes() for p in demo_db.parent.iterdir() if p.is_file()}
    for attempt in range(5):
        wrong = {**DEMO_ENV, "LEERWINKEL_PASSPHRASE": f"fout-{attempt}"}
        result = cli(demo_db, "check", env=wrong)
        assert result.returncode == 1 and "wrong user name or passphrase" in result.stderr
    assert cli(demo_db, "check", env={**DEMO_ENV, "LEERWINKEL_USER": "niemand"}).returncode == 1
    after = {p.name: p.read_bytes() for p in demo_db.parent.iterdir() if p.is_file()}
    assert after == before                           # nothing changed, nothing new


def test_init_creates_an_encrypted_database_its_coordinator_can_open(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.db"
    env = {**os.environ, "LEERWINKEL_USER": "katrien", "LEERWINKEL_PASSPHRASE": "een lange wachtwoordzin"}
    result = cli(path, "init", "--office", "Leerwinkel Oost", "--code", "LWO", "--user", "katrien", env=env)
    assert result.returncode == 0, result.stderr
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert cli(path, "check", env=env).returncode == 0
    assert cli(path, "init", "--office", "X", "--user", "katrien", env=env).returncode == 1  # exists


def test_version_of_a_new_office_needs_no_sign_in(tmp_path: Path) -> None:
    """`version` on a brand-new (encrypted) office stopped with "this database is encrypted: set
    LEERWINKEL_USER..." (exit 1). It prints the app's version and schema without signing in; the database's
    schema, inside the encrypted file, is read only with the sign-in given, and otherwise said to need it."""
    path = tmp_path / "nieuw.db"
    boss = {**os.environ, "LEERWINKEL_USER": "katrien", "LEERWINKEL_PASSPHRASE": "een lange wachtwoordzin"}
    assert cli(path, "init", "--office", "Leerwinkel Oost", "--user", "katrien", env=boss).returncode == 0
    nobody = {k: v for k, v in os.environ.items() if k not in ("LEERWINKEL_USER", "LEERWINKEL_PASSPHRASE")}
    asked = cli(path, "version", env=nobody)
    assert asked.returncode == 0, asked.stderr
    assert asked.stdout == (f"leerwinkel-desk {__version__}, schema {head_revision()}, database needs sign-in "
                            "(encrypted: set LEERWINKEL_USER and LEERWINKEL_PASSPHRASE to read its schema)\n")
    signed = cli(path, "version", env=boss)
    assert signed.returncode == 0 and f"database {head_revision()}\n" in signed.stdout
    wrong = cli(path, "version", env={**boss, "LEERWINKEL_PASSPHRASE": "niet de goede zin"})
    assert wrong.returncode == 0 and wrong.stdout.startswith(f"leerwinkel-desk {__version__}, schema ")
    assert "database not read (wrong user name or passphrase" in wrong.stdout
    nowhere = cli(tmp_path / "geen.db", "version", env=nobody)
    assert nowhere.returncode == 0 and nowhere.stdout.endswith("database -\n")


def test_accounts_opened_and_closed_gain_and_lose_the_key(tmp_path: Path) -> None:
    path = tmp_path / "kantoor.db"
    boss = {**os.environ, "LEERWINKEL_USER": "katrien", "LEERWINKEL_PASSPHRASE": "een lange wachtwoordzin"}
    assert cli(path, "init", "--office", "Leerwinkel Oost", "--user", "katrien", env=boss).returncode == 0
    opened = cli(path, "account", "open", "an.peeters", "--name", "An Peeters", "--role", "counsellor",
                 env={**boss, "LEERWINKEL_NEW_PASSPHRASE": "ans eigen lange zin"})
    assert opened.returncode == 0, opened.stderr
    for login in ("jan janssens", "<jan>"):                          # a login is a plain word (domain/logins.py)
        odd = cli(path, "account", "open", login, "--name", "Jan Janssens", "--role", "counsellor",
                  env={**boss, "LEERWINKEL_NEW_PASSPHRASE": "jans eigen lange zin"})
        assert odd.returncode == 1 and odd.stderr.count("\n") == 1 and "login: not_a_word" in odd.stderr, odd.stderr
    odd_init = cli(tmp_path / "ander.db", "init", "--office", "Leerwinkel West", "--user", "kat rien", env=boss)
    assert odd_init.returncode == 1 and "not_a_word" in odd_init.stderr and not list(tmp_path.glob("ander.db*"))
    an = {**os.environ, "LEERWINKEL_USER": "an.peeters", "LEERWINKEL_PASSPHRASE": "ans eigen lange zin"}
    assert ("an.peeters\tAn Peeters\tcounsellor\tcan sign in (chooses their own passphrase at the next sign-in)"
            in cli(path, "account", "list", env=boss).stdout)
    given = cli(path, "search", "x", env=an)        # the coordinator chose it: An chooses her own first
    assert given.returncode == 1 and "account passphrase an.peeters" in given.stderr, given.stderr
    changed = cli(path, "account", "passphrase", "an.peeters",
                  env={**an, "LEERWINKEL_NEW_PASSPHRASE": "ans nieuwe lange zin"})
    assert changed.returncode == 0, changed.stderr
    assert cli(path, "search", "x", env=an).returncode == 1                      # the old one is gone
    an["LEERWINKEL_PASSPHRASE"] = "ans nieuwe lange zin"
    assert cli(path, "search", "x", env=an).returncode == 0
    assert "an.peeters\tAn Peeters\tcounsellor\tcan sign in\n" in cli(path, "account", "list", env=boss).stdout
    refused = cli(path, "account", "open", "bram", "--name", "Bram", "--role", "counsellor",
                  env={**an, "LEERWINKEL_NEW_PASSPHRASE": "brams lange zin"})
    assert refused.returncode == 1 and "permission.denied" in refused.stderr
    assert cli(path, "account", "close", "an.peeters", env=boss).returncode == 0
    assert "an.peeters" not in json.loads(path.with_name("kantoor.db.keys.json").read_text())["accounts"]
    closed = cli(path, "search", "x", env=an)
    assert closed.returncode == 1 and "wrong user name or passphrase" in closed.stderr
    with pytest.raises(WrongPassphrase):
        KeyRing.load(path.resolve()).unlock("an.peeters", "ans nieuwe lange zin")
    assert cli(path, "account", "close", "katrien", env=boss).returncode == 1    # never your own
    assert cli(path, "search", "x", env=boss).returncode == 0


def test_zitdag_change_keeps_the_past_of_a_held_zitdag_and_refuses_in_one_line(demo_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    assert cli(demo_db, "backup", "-o", str(copy)).returncode == 0
    before = cli(copy, "zitdag", "list").stdout.splitlines()
    number, *_ = next(line for line in before if "an.peeters" in line and "weekday 2" in line
                      and "13:30-16:30" in line).split("\t")
    changed = cli(copy, "zitdag", "change", number, "--starts", "13:00")
    assert changed.returncode == 0, changed.stderr
    assert f"zitdag {number} changed from " in changed.stdout
    after = cli(copy, "zitdag", "list").stdout.splitlines()
    assert len(after) == len(before)                    # the old one ended yesterday, the new one listed
    line = after[int(number) - 1].split("\t")
    assert line[3:] == ["13:00-16:30", "an.peeters"] and "weekday 2 every 1 week(s) from " in line[2]
    conn = connect(copy)
    held = conn.execute("SELECT valid_from, valid_until FROM zitdag WHERE weekday = 2 AND starts = '13:30:00.000000' "
                        "AND counsellor_id = (SELECT id FROM counsellor WHERE login = 'an.peeters')").fetchall()
    conn.close()
    assert len(held) == 1 and held[0][1] is not None     # its past kept: it ends the day before the change
    refused = cli(copy, "zitdag", "change", number, "--starts", "18:00", "--ends", "17:00")
    assert refused.returncode == 1 and refused.stderr.strip() == "error: value.invalid: ends: before_start"
    unknown = cli(copy, "zitdag", "change", str(len(after) + 1), "--starts", "13:00")
    assert unknown.stderr.strip() == f"error: no zitdag number {len(after) + 1}; see `zitdag list`"


def test_text_that_is_not_utf8_is_refused_in_one_line(demo_db: Path) -> None:
    """Bytes of another encoding (Python keeps them as lone surrogates) gave 'unexpected UnicodeEncodeError'."""
    result = subprocess.run([os.fsencode(sys.executable), b"-m", b"leerwinkel_desk", b"--db", os.fsencode(demo_db),
                             b"edit-client", b"LW-2026-000004", b"--first-name", b"Ja\xffn"],
                            capture_output=True, text=True, timeout=300, env=DEMO_ENV)
    assert result.returncode == 1 and result.stderr == (
        "error: the text given for first-name is not valid (the terminal sent bytes that are not UTF-8); "
        "nothing was done\n")
