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

FORMAT = 1
KDF = {"type": "argon2id", "memory_kib": 64 * 1024, "iterations": 3, "lanes": 4}


class WrongPassphrase(Exception):
    """The login is unknown or the passphrase does not open the key (which of the two is not told)."""


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
            return cls(path, {})
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(path, dict(data["accounts"]))

    def exists(self) -> bool:
        return self.path.exists()

    def unlock(self, login: str, passphrase: str) -> bytes:
        entry = self.entries.get(login)
        if entry is None:
            _derive(passphrase, b"\0" * 16, KDF)    # same time for an unknown login
            raise WrongPassphrase()
        kdf = entry["kdf"]
        kek = _derive(passphrase, base64.b64decode(entry["salt"]), kdf)  # type: ignore[arg-type]
        try:
            return AESGCM(kek).decrypt(base64.b64decode(entry["nonce"]),  # type: ignore[arg-type]
                                       base64.b64decode(entry["wrapped"]),  # type: ignore[arg-type]
                                       login.encode("utf-8"))
        except InvalidTag as error:
            raise WrongPassphrase() from error

    def grant(self, login: str, key: bytes, passphrase: str) -> None:
        """Let `login` open the database with `passphrase` (new person or new passphrase)."""
        salt, nonce = os.urandom(16), os.urandom(12)
        wrapped = AESGCM(_derive(passphrase, salt, KDF)).encrypt(nonce, key, login.encode("utf-8"))
        self.entries[login] = {"kdf": dict(KDF), "salt": _b64(salt), "nonce": _b64(nonce),
                               "wrapped": _b64(wrapped)}
        self._save()

    def revoke(self, login: str) -> None:
        self.entries.pop(login, None)
        self._save()

    def _save(self) -> None:
        """Written next to the file and renamed into place: never half a key file."""
        partial = self.path.with_name(self.path.name + ".partial")
        partial.write_text(json.dumps({"format": FORMAT, "accounts": self.entries}, indent=2,
                                      sort_keys=True), encoding="utf-8")
        os.chmod(partial, 0o600)
        os.replace(partial, self.path)
