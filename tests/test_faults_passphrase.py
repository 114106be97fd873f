"""A passphrase change under a full disk and kill -9 at every step: exactly one of old/new works (issue 12, 3);
a person's own change of a passphrase a coordinator chose too, and whichever works says whether it was given."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from faults_support import PASSPHRASE, child, fill_disk, iterations, make_office, passphrase_works, small_disk
from leerwinkel_desk.domain.enums import Role
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.accounts import Accounts, sign_in
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.store.engine import open_sqlite
from leerwinkel_desk.store.keyring import KeyRing

NEW = "een heel andere zin 42"
GIVEN = "door de coördinator gekozen 7"


def change(path: Path, old: str, new: str) -> None:
    key = KeyRing.load(path).unlock("coordinator", old)
    db = open_sqlite(path, key)
    try:
        actor = sign_in(db, SystemClock(), "coordinator", old).actor
        Accounts(db, SystemClock(), actor).set_passphrase(actor.counsellor_id, new)
    finally:
        db.dispose()


def exactly_one(path: Path, old: str, new: str) -> str:
    """The one of `old`, `new` that works (fails when both or neither do)."""
    works = [p for p in (old, new) if passphrase_works(path, "coordinator", p)]
    assert len(works) == 1, f"{len(works)} passphrases work"
    return works[0]


def test_a_full_disk_during_a_passphrase_change_leaves_exactly_one_working(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "3m") as disk:
        path = make_office(disk / "leerwinkel.db")
        current, other = PASSPHRASE, NEW
        for leave in (0, 2_000, 8_000, 40_000, 70_000, 200_000):
            filler = fill_disk(disk, leave)
            try:
                change(path, current, other)
            except Exception:
                pass
            filler.unlink()
            works = exactly_one(path, current, other)
            if works == other:
                current, other = other, current
        change(path, current, other)            # space is back: the change goes through
        assert exactly_one(path, current, other) == other


def test_kill_9_at_random_moments_of_a_passphrase_change_leaves_exactly_one_working(tmp_path: Path) -> None:
    path = make_office(tmp_path / "leerwinkel.db")
    rng = random.Random(12)
    current, other = PASSPHRASE, NEW
    for _round in range(iterations(4)):
        process = child(f"""
from pathlib import Path
import sys
sys.path.insert(0, {str(Path(__file__).parent)!r})
from test_faults_passphrase import change
change(Path({str(path)!r}), {current!r}, {other!r})
""")
        time.sleep(rng.uniform(0.3, 2.5))
        process.kill()
        process.communicate()
        works = exactly_one(path, current, other)
        if works == other:
            current, other = other, current


def change_own(path: Path, login: str, current: str, new: str) -> None:
    """`login`'s own change (Bestand › Wachtwoordzin wijzigen…, or at the sign-in after a given one)."""
    key = KeyRing.load(path).unlock(login, current)
    db = open_sqlite(path, key)
    try:
        actor = sign_in(db, SystemClock(), login, current).actor
        Accounts(db, SystemClock(), actor).change_own_passphrase(current, new)
    finally:
        db.dispose()


def test_kill_9_during_ones_own_change_of_a_given_passphrase_leaves_the_given_or_the_own_one(tmp_path: Path) -> None:
    """Killed at random moments while Bram replaces the passphrase the coordinator chose (its key entry staged,
    the hash and its mark committed, the old wrapping dropped): exactly one of the two opens the key and signs
    in, and the sign-in says it was given exactly when the given one is the one that works (the mark is
    committed with the hash). When his own came through, the coordinator sets the given one again."""
    path = make_office(tmp_path / "leerwinkel.db")

    def give() -> None:
        db = open_sqlite(path, KeyRing.load(path).unlock("coordinator", PASSPHRASE))
        try:
            accounts = Accounts(db, SystemClock(), sign_in(db, SystemClock(), "coordinator", PASSPHRASE).actor)
            if "bram" in KeyRing.load(path).entries:
                accounts.set_passphrase(accounts.account_id("bram"), GIVEN)
            else:
                accounts.open_account("bram", "Bram Claes", Role.COUNSELLOR, GIVEN)
        finally:
            db.dispose()

    give()
    rng = random.Random(7)
    for _round in range(iterations(4)):
        process = child(f"""
from pathlib import Path
import sys
sys.path.insert(0, {str(Path(__file__).parent)!r})
from test_faults_passphrase import change_own
change_own(Path({str(path)!r}), "bram", {GIVEN!r}, {NEW!r})
""")
        time.sleep(rng.uniform(0.3, 3.2))      # the child takes about 3 s here: to the old wrapping dropped
        process.kill()
        process.communicate()
        works = [p for p in (GIVEN, NEW) if passphrase_works(path, "bram", p)]
        assert len(works) == 1, f"{len(works)} passphrases work"
        db = open_sqlite(path, KeyRing.load(path).unlock("bram", works[0]))
        try:
            assert sign_in(db, SystemClock(), "bram", works[0]).passphrase_given == (works[0] == GIVEN)
        finally:
            db.dispose()
        if works[0] == NEW:
            give()


@pytest.mark.parametrize("crash_after", ["stage", "commit"])
def test_a_change_cut_short_is_settled_at_the_next_sign_in(tmp_path: Path, crash_after: str,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_office(tmp_path / "leerwinkel.db")

    def stop(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    record = audit.record

    def fail_the_commit(session, actor, at, action, *args, **kwargs) -> None:
        if action == "account.passphrase":
            stop()
        record(session, actor, at, action, *args, **kwargs)

    if crash_after == "stage":
        monkeypatch.setattr(audit, "record", fail_the_commit)
    else:
        monkeypatch.setattr(KeyRing, "settle", stop)
    with pytest.raises(OSError) if crash_after == "stage" else _nothing():
        change(path, PASSPHRASE, NEW)
    monkeypatch.undo()
    survivor = PASSPHRASE if crash_after == "stage" else NEW
    assert KeyRing.load(path).has_pending("coordinator")
    assert exactly_one(path, PASSPHRASE, NEW) == survivor
    assert not KeyRing.load(path).has_pending("coordinator")     # the sign-in kept only its wrapping


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *_exc: object) -> None:
        return None
