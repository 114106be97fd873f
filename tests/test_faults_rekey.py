"""Closing an account rekeys the database (issue 12, defect 5): a closed colleague's passphrase and
their old key entry (a backup's key file made before the close) open nothing current; everyone
else still signs in without having given their passphrase to the coordinator; sealed letters
filed before the close still open; a key file of the first format becomes key pairs at sign-in."""

from __future__ import annotations

import base64
import json
import os
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from faults_support import PASSPHRASE, child, make_office, passphrase_works, run_cli
from leerwinkel_desk.domain.enums import Role
from leerwinkel_desk.services import maintenance
from leerwinkel_desk.services.accounts import Accounts, SignInFailed, sign_in
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.services.letters import filed_letters
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.file_guard import fast_problem
from leerwinkel_desk.store.keyring import KDF, KeyRing, _derive, key_file

AN, BRAM = ("an.peeters", "ans eigen lange zin 7"), ("bram.claes", "brams heel andere zin 9")


def office_of_three(tmp_path: Path):
    path = make_office(tmp_path / "leerwinkel.db")
    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    accounts = Accounts(db, SystemClock(), sign_in(db, SystemClock(), "coordinator", PASSPHRASE).actor)
    for login, passphrase in (AN, BRAM):
        accounts.open_account(login, login.title(), Role.COUNSELLOR, passphrase)
    return path, db, accounts


def test_a_closed_colleague_s_old_key_entry_opens_nothing_current(tmp_path: Path) -> None:
    path, db, accounts = office_of_three(tmp_path)
    filed_letters(db).write("voor-de-sluiting.pdf", b"%PDF- een brief")
    old_key_file = tmp_path / "backup.keys.json"
    shutil.copyfile(key_file(path), old_key_file)          # a backup's key file, made before the close
    before = db.key

    accounts.close_account(accounts.account_id(BRAM[0]))

    assert db.key != before and fast_problem(path, before) is not None     # the old key opens nothing
    old_entry_key = KeyRing(old_key_file, json.loads(old_key_file.read_text())["accounts"]).unlock(*BRAM)
    assert old_entry_key == before and fast_problem(path, old_entry_key) is not None
    assert BRAM[0] not in KeyRing.load(path).entries
    assert fast_problem(path, db.key) is None
    assert filed_letters(db).read("voor-de-sluiting.pdf") == b"%PDF- een brief"   # sealed before, still opens
    filed_letters(db).write("na-de-sluiting.pdf", b"%PDF- nog een")
    db.dispose()

    assert passphrase_works(path, *AN) and passphrase_works(path, "coordinator", PASSPHRASE)
    assert not passphrase_works(path, *BRAM)
    again = open_sqlite(path, KeyRing.load(path).unlock(*AN))
    assert filed_letters(again).read("na-de-sluiting.pdf") == b"%PDF- nog een"
    again.dispose()


def _first_format(login: str, key: bytes, passphrase: str) -> dict[str, object]:
    """A key entry as the first release wrote it: the database key wrapped by the passphrase."""
    salt, nonce = os.urandom(16), os.urandom(12)
    wrapped = AESGCM(_derive(passphrase, salt, KDF)).encrypt(nonce, key, login.encode("utf-8"))
    return {"kdf": dict(KDF), **{name: base64.b64encode(value).decode() for name, value in
                                 (("salt", salt), ("nonce", nonce), ("wrapped", wrapped))}}


def test_a_first_format_key_file_becomes_key_pairs_at_sign_in_and_then_the_rekey_follows(tmp_path: Path) -> None:
    path, db, accounts = office_of_three(tmp_path)
    ring = KeyRing.load(path)
    ring.entries = {login: _first_format(login, db.key, passphrase)     # type: ignore[arg-type]
                    for login, passphrase in (("coordinator", PASSPHRASE), AN, BRAM)}
    ring._save()
    before = db.key
    sign_in(db, SystemClock(), "coordinator", PASSPHRASE)
    assert "public" in KeyRing.load(path).entries["coordinator"]          # upgraded at sign-in

    accounts.close_account(accounts.account_id(BRAM[0]))
    assert db.key == before                # An's key cannot be sealed without her: the rekey waits
    assert BRAM[0] not in KeyRing.load(path).entries and KeyRing.load(path).rekey_due()
    db.dispose()

    assert passphrase_works(path, *AN)     # her sign-in upgrades her entry, then rekeys
    assert fast_problem(path, before) is not None
    assert not KeyRing.load(path).rekey_due()
    assert passphrase_works(path, "coordinator", PASSPHRASE) and passphrase_works(path, *AN)


CUT = {     # where the close's process dies (os._exit, as kill -9 would leave it)
    "staged": "Database.rekey = lambda self, key: os._exit(0)",
    "rekeyed-in-wal": """
def cut(self, key):
    self.engine.dispose()
    conn = self.engine.raw_connection().driver_connection
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute(sqlcipher_rekey_pragma(key))
    os._exit(0)
Database.rekey = cut""",
    "rekeyed": "KeyRing.settle_rekey = lambda self, keep: os._exit(0)",
}


@pytest.mark.parametrize("moment", sorted(CUT))
def test_a_close_cut_short_at_each_step_leaves_the_old_or_the_new_key_never_neither(
        tmp_path: Path, moment: str) -> None:
    path, db, accounts = office_of_three(tmp_path)
    before, bram = db.key, accounts.account_id(BRAM[0])
    db.dispose()
    process = child(f"""
import os
from pathlib import Path
from leerwinkel_desk.services.accounts import Accounts, SignInFailed, sign_in
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.store.engine import Database, open_sqlite
from leerwinkel_desk.store.keyring import KeyRing
from leerwinkel_desk.store.raw import sqlcipher_rekey_pragma
import uuid
{CUT[moment]}
path = Path({str(path)!r})
db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", {PASSPHRASE!r}))
actor = sign_in(db, SystemClock(), "coordinator", {PASSPHRASE!r}).actor
Accounts(db, SystemClock(), actor).close_account(uuid.UUID({str(bram)!r}))
""")
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    assert KeyRing.load(path).rekey_staged()
    assert passphrase_works(path, *AN)              # the old or the new key, whichever the file has
    assert passphrase_works(path, "coordinator", PASSPHRASE)   # (a sign-in also redoes the rekey)
    assert not KeyRing.load(path).rekey_due() and fast_problem(path, before) is not None
    db = open_sqlite(path, KeyRing.load(path).unlock(*AN))
    assert maintenance.check(db).ok
    db.dispose()


def test_a_backup_made_before_a_close_is_restored_under_the_current_key(tmp_path: Path) -> None:
    from leerwinkel_desk.services.clients import ClientInput, Clients

    path, db, accounts = office_of_three(tmp_path)
    actor = sign_in(db, SystemClock(), "coordinator", PASSPHRASE).actor
    Clients(db, SystemClock(), actor).create(ClientInput("Voor", "Desluiting"), duplicates_checked=True)
    backup = maintenance.Backups(db, SystemClock(), actor).make(tmp_path / "backups" / "voor.db")
    before = db.key
    accounts.close_account(accounts.account_id(BRAM[0]))
    accounts.close_account(accounts.account_id(AN[0]))       # two rekeys since the backup

    maintenance.Backups(db, SystemClock(), actor).restore(backup)
    assert maintenance.check(db).ok and fast_problem(path, db.key) is None
    assert fast_problem(path, before) is not None            # restored, still under the current key
    db.dispose()
    assert passphrase_works(path, "coordinator", PASSPHRASE) and not passphrase_works(path, *BRAM)


def test_a_restore_from_before_a_close_keeps_the_account_closed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """The real `restore` of a backup made while Bram could still sign in: he stays closed (no
    sign-in, listed as closed), his old key entry (the backup's key file) opens nothing current."""
    from sqlalchemy import select

    from leerwinkel_desk.store.models import AuditEvent

    path, db, accounts = office_of_three(tmp_path)
    actor = sign_in(db, SystemClock(), "coordinator", PASSPHRASE).actor
    backup = maintenance.Backups(db, SystemClock(), actor).make(tmp_path / "backups" / "voor.db")
    accounts.close_account(accounts.account_id(BRAM[0]))
    db.dispose()

    code, out, err = run_cli(monkeypatch, capsys, path, "restore", str(backup))
    assert code == 0, err

    old_key = KeyRing.load(backup).unlock(*BRAM)                # what a copy of his old entry gives
    assert fast_problem(path, old_key) is not None
    db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
    try:
        with pytest.raises(SignInFailed):                        # also with the database key in hand
            sign_in(db, SystemClock(), *BRAM)
        accounts = Accounts(db, SystemClock(), sign_in(db, SystemClock(), "coordinator", PASSPHRASE).actor)
        assert {a.login: a.can_log_in for a in accounts.accounts()}[BRAM[0]] is False
        with db.read() as session:
            closes = session.scalars(select(AuditEvent.action).where(AuditEvent.action == "account.close")).all()
        assert len(closes) == 2                                  # the close itself, kept, and its re-application
        assert maintenance.check(db).ok
    finally:
        db.dispose()
    assert passphrase_works(path, *AN) and not passphrase_works(path, *BRAM)


def test_canary_scan_after_a_close_no_file_holds_the_closed_colleague_s_keys(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file the app writes after the close (database, WAL, key file, backups, letters, temp):
    no copy of the old database key, of the closed colleague's key pair or passphrase; and what
    is written after it does not open with what their old key entry gives (the old key and the
    files keys wrapped under it)."""
    import tempfile

    from leerwinkel_desk.store.sealed_files import DamagedFile, SealedFiles

    scanned = tmp_path / "scanned"
    (scanned / "tmp").mkdir(parents=True)
    monkeypatch.setattr(tempfile, "tempdir", str(scanned / "tmp"))
    path, db, accounts = office_of_three(scanned)
    actor = sign_in(db, SystemClock(), "coordinator", PASSPHRASE).actor
    old_ring = KeyRing.load(path)
    old_key, bram = db.key, old_ring.entries[BRAM[0]]
    old_files_keys = old_ring.files_keys(old_key)       # type: ignore[arg-type]

    accounts.close_account(accounts.account_id(BRAM[0]))
    filed_letters(db).write("na.pdf", b"%PDF- na de sluiting")
    after = maintenance.Backups(db, SystemClock(), actor).make(scanned / "backups" / "na.db")
    files = {p: p.read_bytes() for p in scanned.rglob("*") if p.is_file()}   # the WAL while in use
    db.dispose()
    files |= {p: p.read_bytes() for p in scanned.rglob("*") if p.is_file()}

    assert {"leerwinkel.db-wal", "leerwinkel.db.keys.json", "na.db.keys.json",
            "na.pdf.sealed"} <= {p.name for p in files}
    private = bram["private"]["wrapped"]                                   # type: ignore[index]
    needles = [old_key, old_key.hex().encode(), old_key.hex().upper().encode(), base64.b64encode(old_key),
               bram["public"].encode(), base64.b64decode(bram["public"]), private.encode(),   # type: ignore[union-attr,arg-type]
               BRAM[1].encode(), BRAM[1].encode("utf-16-le")]
    leaks = sorted({p.name for p, content in files.items() for needle in needles if needle in content})
    assert leaks == []
    assert fast_problem(after, old_key) is not None and fast_problem(path, old_key) is not None
    with pytest.raises(DamagedFile):
        SealedFiles(path.parent / "letters", old_files_keys).read("na.pdf")


def test_key_entries_are_wrapped_with_the_app_s_argon2id_parameters(tmp_path: Path, production_argon2) -> None:
    path = make_office(tmp_path / "leerwinkel.db")
    entry = json.loads(key_file(path).read_text(encoding="utf-8"))["accounts"]["coordinator"]
    assert entry["private"]["kdf"] == {"type": "argon2id", "memory_kib": 64 * 1024, "iterations": 3, "lanes": 4}
    assert passphrase_works(path, "coordinator", PASSPHRASE)
