"""The database key and who can unlock it: a random SQLCipher key, wrapped once per passphrase.

The key file (`<database>.keys.json`, next to the database) holds, per login, the key encrypted
with AES-GCM under a key derived from that person's passphrase (Argon2id, 64 MiB, t=3, p=4).
A new counsellor or a new passphrase adds or replaces one entry; the database itself is never
re-encrypted, and a removed entry can no longer open it. A wrong passphrase changes nothing.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from leerwinkel_desk.store.durable import write_whole

FORMAT = 1
KDF = {"type": "argon2id", "memory_kib": 64 * 1024, "iterations": 3, "lanes": 4}


class WrongPassphrase(Exception):
    """The login is unknown or the passphrase does not open the key (which of the two is not told)."""


class KeyFileUnusable(Exception):
    """The key file of an encrypted database is missing (`reason` "missing") or unreadable ("damaged")."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(reason)
        self.path, self.reason = path, reason


SQLITE_HEADER = b"SQLite format 3\0"


def key_file(database: Path) -> Path:
    return Path(str(database) + ".keys.json")


def new_database_key() -> bytes:
    return os.urandom(32)


def _derive(passphrase: str, salt: bytes, kdf: dict) -> bytes:
    return hash_secret_raw(passphrase.encode("utf-8"), salt, time_cost=kdf["iterations"],
                           memory_cost=kdf["memory_kib"], parallelism=kdf["lanes"], hash_len=32,
                           type=Type.ID)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass
class KeyRing:
    path: Path
    entries: dict[str, dict[str, object]]

    @classmethod
    def load(cls, database: Path) -> KeyRing:
        path = key_file(database)
        if not path.exists():
            if database.is_file() and _encrypted(database):
                raise KeyFileUnusable(path, "missing")
            return cls(path, {})
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data["accounts"], dict):
                raise TypeError("accounts")
            entries = dict(data["accounts"])
            for entry in entries.values():
                for wrapping in (entry, *([entry["pending"]] if "pending" in entry else [])):
                    _wrapping_parts(wrapping)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            raise KeyFileUnusable(path, "damaged") from None
        return cls(path, entries)

    def exists(self) -> bool:
        return self.path.exists()

    def unlock(self, login: str, passphrase: str) -> bytes:
        """The database key, if `passphrase` opens the login's wrapping (or its pending one)."""
        entry = self.entries.get(login)
        if entry is None:
            _derive(passphrase, b"\0" * 16, KDF)    # same time for an unknown login
            raise WrongPassphrase()
        for wrapping in (entry, entry.get("pending")):
            if wrapping is not None:
                key = _unwrap(wrapping, login, passphrase)   # type: ignore[arg-type]
                if key is not None:
                    return key
        raise WrongPassphrase()

    def grant(self, login: str, key: bytes, passphrase: str) -> None:
        """Let `login` open the database with `passphrase` (a new person), written at once."""
        self.entries[login] = wrap(login, key, passphrase)
        self._save()

    def stage(self, login: str, wrapping: dict[str, object]) -> None:
        """A new passphrase's wrapping next to the current one, before the database commits it.

        Until `settle`, both passphrases open the key; the passphrase hash in the database (old
        or new, whichever committed) decides who signs in, so exactly one of them works.
        """
        current = self.entries.get(login)
        self.entries[login] = {**wrapping, "pending": {k: v for k, v in current.items() if k != "pending"}} \
            if current is not None else dict(wrapping)
        self._save()

    def settle(self, login: str, passphrase: str) -> None:
        """Keep only the wrapping that `passphrase` (the one the database accepted) opens."""
        entry = self.entries.get(login)
        if entry is None or "pending" not in entry:
            return
        current = {k: v for k, v in entry.items() if k != "pending"}
        pending = entry["pending"]
        for wrapping in (current, pending):
            if _unwrap(wrapping, login, passphrase) is not None:   # type: ignore[arg-type]
                self.entries[login] = dict(wrapping)               # type: ignore[arg-type]
                self._save()
                return

    def has_pending(self, login: str) -> bool:
        return "pending" in self.entries.get(login, {})

    def revoke(self, login: str) -> None:
        self.entries.pop(login, None)
        self._save()

    def _save(self) -> None:
        """Written next to the file, synced, and renamed into place: never half a key file."""
        write_whole(self.path, json.dumps({"format": FORMAT, "accounts": self.entries}, indent=2,
                                          sort_keys=True).encode("utf-8"))


def wrap(login: str, key: bytes, passphrase: str) -> dict[str, object]:
    """The database key wrapped for `login` under `passphrase` (Argon2id, then AES-GCM)."""
    salt, nonce = os.urandom(16), os.urandom(12)
    wrapped = AESGCM(_derive(passphrase, salt, KDF)).encrypt(nonce, key, login.encode("utf-8"))
    return {"kdf": dict(KDF), "salt": _b64(salt), "nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def _wrapping_parts(wrapping: dict[str, object]) -> tuple[dict, bytes, bytes, bytes]:
    kdf = wrapping["kdf"]
    if not isinstance(kdf, dict) or not {"memory_kib", "iterations", "lanes"} <= kdf.keys():
        raise ValueError("kdf")
    return (kdf, base64.b64decode(wrapping["salt"], validate=True),  # type: ignore[arg-type]
            base64.b64decode(wrapping["nonce"], validate=True),      # type: ignore[arg-type]
            base64.b64decode(wrapping["wrapped"], validate=True))    # type: ignore[arg-type]


def _unwrap(wrapping: dict[str, object], login: str, passphrase: str) -> bytes | None:
    kdf, salt, nonce, wrapped = _wrapping_parts(wrapping)
    try:
        return AESGCM(_derive(passphrase, salt, kdf)).decrypt(nonce, wrapped, login.encode("utf-8"))
    except InvalidTag:
        return None


def _encrypted(database: Path) -> bool:
    """Whether the file does not start as a plain SQLite file (SQLCipher leaves no header in clear)."""
    try:
        with database.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) not in (SQLITE_HEADER, b"")
    except OSError:
        return False
