"""The database key and who can unlock it: a random SQLCipher key, sealed to each person's key pair.

The key file (`<database>.keys.json`, next to the database) holds per login, as age's recipients
do: an X25519 public key; its private key encrypted with AES-GCM under a key derived from that
person's passphrase (Argon2id, 64 MiB, t=3, p=4); and the database key sealed to the public key
(ECIES: an ephemeral X25519 key, HKDF-SHA256, AES-GCM). So anyone holding the database key can
give a new key to everyone (`reseal`, when an account closes and the database is rekeyed)
without their passphrases. An entry of the first format (the database key wrapped directly by
the passphrase) still opens and becomes a key pair at that person's next sign-in (`upgrade`).

During a rekey each entry carries the new key as well (`next`) until `settle_rekey`; `unlock`
then gives the one of the two that opens the database file. A wrong passphrase changes nothing.

A recovery key (printed at the office's set-up, as BitLocker and KeePassXC do) is one more recipient
(`recovery`): 160 random bits written as 8 groups of 4 letters and digits (base32), from which an
X25519 key pair is derived (HKDF-SHA256; the code itself is random enough for no slow hash). The
database key is sealed to its public key like to a person's, and a rekey seals the new key to it too,
so the printed sheet keeps opening the database after colleagues leave. A new recovery key waits beside
the current one (`recovery_pending`, both open the database) until its sheet is written, and only then
replaces it (`settle_recovery`): a crash or a closed dialog in between leaves the printed key working.
One left waiting by a process that is gone (killed, a power cut) never got its sheet: the next opening
drops it (`drop_unsheeted_recovery`, from store/location.py) and notes the day it was made
(`recovery_dropped`) until a new one is made, so a coordinator is told that no sheet of that day opens
anything.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal, TypedDict

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from leerwinkel_desk.store.durable import write_whole
from leerwinkel_desk.store.file_guard import opening_key
from leerwinkel_desk.store.sealed_files import derived_files_key

FORMAT = 2
SEAL_INFO = b"leerwinkel database key sealed to a person v1"
RECOVERY: Literal["recovery"] = "recovery"   # the recovery key's public key and the database key sealed to it
RECOVERY_PENDING: Literal["recovery_pending"] = "recovery_pending"  # a new one whose sheet is not written yet
RECOVERY_DROPPED: Literal["recovery_dropped"] = "recovery_dropped"  # the day of one dropped without a sheet
RECOVERY_INFO = b"leerwinkel recovery key v1"
RECOVERY_BYTES = 20             # 160 bits: 32 base32 characters, printed as 8 groups of 4
RAW = (serialization.Encoding.Raw, serialization.PublicFormat.Raw)


class Kdf(TypedDict):
    type: str
    memory_kib: int
    iterations: int
    lanes: int


KDF: Kdf = {"type": "argon2id", "memory_kib": 64 * 1024, "iterations": 3, "lanes": 4}


class Kept(TypedDict):
    """A secret wrapped with AES-GCM under the database key."""
    nonce: str
    wrapped: str


class Sealed(Kept):
    """The database key sealed to a public key: `Kept` under a key agreed with an ephemeral one."""
    ephemeral: str


class Locked(Kept):
    """A secret (a private key; in the first format the database key) wrapped under a passphrase."""
    kdf: Kdf
    salt: str


class Wrapping(TypedDict, total=False):
    """A login's entry: one passphrase's way to the database key, a key pair (`public`, `private`,
    `sealed`, during a rekey `next`) or in the first format the `Locked` fields themselves; and,
    while a new passphrase waits for the database to commit, the other one (`pending`, one level)."""
    public: str
    private: Locked
    sealed: Sealed
    next: Sealed
    kdf: Kdf
    salt: str
    nonce: str
    wrapped: str
    pending: Wrapping


KeptName = Literal["files", "former"]
# secrets kept wrapped under the database key (see `_kept`): their slot and, during a rekey, the next one
KEPT: tuple[tuple[KeptName, Literal["files_next", "former_next"]], ...] = (
    ("files", "files_next"), ("former", "former_next"))


class Recovery(TypedDict, total=False):
    """The recovery key's public key and the database key sealed to it (`next` during a rekey); the day it
    was made (ISO), as its sheet shows it."""
    public: str
    sealed: Sealed
    next: Sealed
    made_on: str


class Extra(TypedDict, total=False):
    """The key file beside the accounts: whether a rekey is due, the recovery key, and the KEPT secrets."""
    rekey_due: bool
    recovery: Recovery
    recovery_pending: Recovery
    recovery_dropped: str
    files: list[Kept]
    former: list[Kept]
    files_next: list[Kept]
    former_next: list[Kept]


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


def _derive(passphrase: str, salt: bytes, kdf: Kdf) -> bytes:
    return hash_secret_raw(passphrase.encode("utf-8"), salt, time_cost=kdf["iterations"],
                           memory_cost=kdf["memory_kib"], parallelism=kdf["lanes"], hash_len=32,
                           type=Type.ID)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass
class KeyRing:
    path: Path
    entries: dict[str, Wrapping]
    extra: Extra = field(default_factory=lambda: Extra())

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
            extra = Extra()
            if "rekey_due" in data:
                extra["rekey_due"] = bool(data["rekey_due"])
            for slot, staged in KEPT:
                for name in (slot, staged):
                    if name in data:
                        extra[name] = data[name]
            for recovery in (RECOVERY, RECOVERY_PENDING):
                if recovery in data:
                    extra[recovery] = data[recovery]
            if RECOVERY_DROPPED in data:
                extra[RECOVERY_DROPPED] = str(data[RECOVERY_DROPPED])
            for entry in entries.values():
                for wrapping in (entry, *([entry["pending"]] if "pending" in entry else [])):
                    _wrapping_parts(wrapping.get("private", wrapping))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            raise KeyFileUnusable(path, "damaged") from None
        return cls(path, entries, extra)

    def exists(self) -> bool:
        return self.path.exists()

    def unlock(self, login: str, passphrase: str) -> bytes:
        """The database key, if `passphrase` opens the login's wrapping (or its pending one).

        In a rekey cut short (entries carry a `next` key) the key that opens the file is given.
        """
        entry = self.entries.get(login)
        if entry is None:
            _derive(passphrase, b"\0" * 16, KDF)    # same time for an unknown login
            raise WrongPassphrase()
        for wrapping in (entry, entry.get("pending")):
            if wrapping is not None:
                keys = _open(wrapping, login, passphrase)
                if keys:
                    return keys[0] if len(keys) == 1 else opening_key(self.database, keys)
        raise WrongPassphrase()

    def stage_recovery(self, key: bytes, code: str, made_on: date) -> None:
        """A new recovery key `code` beside the current one (replacing one staged earlier), written at once:
        both open the database until `settle_recovery` or `drop_recovery` (or, its process gone,
        `drop_unsheeted_recovery`). The note of one dropped earlier goes: a new one is under way."""
        staged = _recovery_recipient(key, code)
        staged["made_on"] = made_on.isoformat()
        self.extra[RECOVERY_PENDING] = staged
        self.extra.pop(RECOVERY_DROPPED, None)
        self._save()

    def settle_recovery(self, code: str) -> bool:
        """The staged recovery key `code` replaces the current one (its sheet is written); False when `code`
        is not the one staged (then nothing changes)."""
        pending = self.extra.get(RECOVERY_PENDING)
        if not isinstance(pending, dict) or not _is_recovery(pending, code):
            return False
        self.extra[RECOVERY] = self.extra.pop(RECOVERY_PENDING)
        self._save()
        return True

    def drop_recovery(self, code: str) -> None:
        """The staged recovery key `code` goes (its sheet was never written); the current one stays."""
        pending = self.extra.get(RECOVERY_PENDING)
        if isinstance(pending, dict) and _is_recovery(pending, code):
            del self.extra[RECOVERY_PENDING]
            self._save()

    def recovery_staged(self) -> bool:
        return isinstance(self.extra.get(RECOVERY_PENDING), dict)

    def drop_unsheeted_recovery(self) -> date | None:
        """The staged recovery key goes, when the process that staged it is gone (the caller knows: no process
        has the database open) and so its sheet was never written; the current one stays. Noted with the
        day it was made (`recovery_dropped`); returns that day (None when none was staged; an entry of a
        version that did not note it: the day it is dropped)."""
        pending = self.extra.pop(RECOVERY_PENDING, None)
        if not isinstance(pending, dict):
            return None
        made_on = _day(pending.get("made_on")) or date.today()
        self.extra[RECOVERY_DROPPED] = made_on.isoformat()
        self._save()
        return made_on

    def recovery_dropped(self) -> date | None:
        """The day of the new recovery key last dropped without its sheet, until a newer one is made."""
        return _day(self.extra.get(RECOVERY_DROPPED))

    def has_recovery(self) -> bool:
        return bool(self._recoveries())

    def unlock_with_recovery(self, code: str) -> bytes:
        """The database key, if `code` is the office's recovery key or the one staged (WrongPassphrase otherwise)."""
        try:
            pair = _recovery_pair(code)
            public = pair.public_key().public_bytes(*RAW)
            found = [recovery for recovery in self._recoveries() if base64.b64decode(recovery["public"]) == public]
            if not found:
                raise WrongPassphrase()
            keys = [_unseal(found[0][part], pair) for part in ("next", "sealed") if part in found[0]]
        except (InvalidTag, ValueError, KeyError, TypeError):
            raise WrongPassphrase() from None
        return keys[0] if len(keys) == 1 else opening_key(self.database, keys)

    def _recoveries(self) -> list[Recovery]:
        """The recovery key's recipient and the one staged beside it, as far as there are."""
        return [found for slot in (RECOVERY, RECOVERY_PENDING) if isinstance(found := self.extra.get(slot), dict)]

    @property
    def database(self) -> Path:
        return Path(str(self.path).removesuffix(".keys.json"))

    def upgrade(self, login: str, key: bytes, passphrase: str) -> None:
        """An entry of the first format becomes a key pair (at sign-in, the passphrase just checked)."""
        entry = self.entries.get(login)
        if entry is not None and "public" not in entry and "pending" not in entry:
            self.grant(login, key, passphrase)

    def unsealable(self) -> list[str]:
        """Logins whose entry is of the first format: no new key can be given them without their passphrase."""
        return sorted(login for login, entry in self.entries.items()
                      if any("public" not in w for w in (entry, entry.get("pending")) if w is not None))

    def stage_rekey(self, key: bytes, new_key: bytes, keep: set[str]) -> None:
        """Step 1 of a rekey: `new_key` sealed beside the current `key` for each login in `keep`;
        the kept secrets (the files keys with a fresh one, the former keys with `key`) wrapped
        under `new_key` beside those under `key`."""
        files, former = self.files_keys(key), self.former_keys(key)
        for (name, staged), now, then in zip(KEPT, (files, former), ([*files, os.urandom(32)], [key, *former]),
                                             strict=True):
            self.extra[name] = [_aead_seal(key, secret) for secret in now]
            self.extra[staged] = [_aead_seal(new_key, secret) for secret in then]
        for login in keep & self.entries.keys():
            entry = self.entries[login]
            for wrapping in (entry, entry.get("pending")):
                if wrapping is not None:
                    wrapping["next"] = _seal(new_key, base64.b64decode(wrapping["public"]))
        for recovery in self._recoveries():
            recovery["next"] = _seal(new_key, base64.b64decode(recovery["public"]))
        self._save()

    def settle_rekey(self, keep: set[str]) -> None:
        """Step 3, after the database is rekeyed: the new key becomes the only key; others' entries go."""
        self.entries = {login: entry for login, entry in self.entries.items() if login in keep}
        for name, staged in KEPT:
            self.extra[name] = self.extra.pop(staged, self.extra.get(name, []))
        self.extra.pop("rekey_due", None)
        for entry in self.entries.values():
            for wrapping in (entry, entry.get("pending")):
                if wrapping is not None and "next" in wrapping:
                    wrapping["sealed"] = wrapping.pop("next")
        for recovery in self._recoveries():
            if "next" in recovery:
                recovery["sealed"] = recovery.pop("next")
        self._save()

    def rekey_staged(self) -> bool:
        return any("next" in entry for entry in self.entries.values())

    def grant(self, login: str, key: bytes, passphrase: str) -> None:
        """Let `login` open the database with `passphrase` (a new person), written at once."""
        self.entries[login] = wrap(login, key, passphrase)
        self._save()

    def stage(self, login: str, wrapping: Wrapping) -> None:
        """A new passphrase's wrapping next to the current one, before the database commits it.

        Until `settle`, both passphrases open the key; the passphrase hash in the database (old
        or new, whichever committed) decides who signs in, so exactly one of them works.
        """
        current = self.entries.get(login)
        staged = wrapping.copy()
        if current is not None:
            staged["pending"] = _without_pending(current)
        self.entries[login] = staged
        self._save()

    def settle(self, login: str, passphrase: str) -> None:
        """Keep only the wrapping that `passphrase` (the one the database accepted) opens."""
        entry = self.entries.get(login)
        if entry is None or "pending" not in entry:
            return
        for wrapping in (_without_pending(entry), entry["pending"]):
            if _open(wrapping, login, passphrase):
                self.entries[login] = wrapping.copy()
                self._save()
                return

    def has_pending(self, login: str) -> bool:
        return "pending" in self.entries.get(login, {})

    def revoke(self, login: str) -> None:
        """`login`'s entry gone; the database is to be rekeyed (a copy of the entry still opens it)."""
        self.entries.pop(login, None)
        self.extra["rekey_due"] = True
        self._save()

    def rekey_due(self) -> bool:
        return bool(self.extra.get("rekey_due")) or self.rekey_staged()

    def files_keys(self, database_key: bytes) -> list[bytes]:
        """The keys of the sealed files, oldest first (the last seals new files). Before the first
        rekey only the one derived from the database key; each rekey adds a fresh one, kept in
        this file wrapped under the database key, so files sealed earlier still open."""
        return self._kept("files", database_key) or [derived_files_key(database_key)]

    def former_keys(self, database_key: bytes) -> list[bytes]:
        """The database keys before each rekey, newest first, wrapped under the current key: the
        backups made before a close open with them (for whoever holds the current key only)."""
        return self._kept("former", database_key)

    def _kept(self, name: KeptName, database_key: bytes) -> list[bytes]:
        """Secrets kept wrapped under the database key (under the new key while a rekey is staged)."""
        for slot in name, dict(KEPT)[name]:
            try:
                if wrapped_secrets := self.extra.get(slot):
                    return [_aead_open(database_key, wrapped) for wrapped in wrapped_secrets]
            except (InvalidTag, ValueError, KeyError, TypeError):
                continue
        return []

    def _save(self) -> None:
        """Written next to the file, synced, and renamed into place: never half a key file."""
        write_whole(self.path, json.dumps({"format": FORMAT, "accounts": self.entries, **self.extra}, indent=2,
                                          sort_keys=True).encode("utf-8"))


def _day(text: object) -> date | None:
    try:
        return date.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


def new_recovery_code() -> str:
    """A fresh recovery key as printed: 8 groups of 4 characters (A-Z, 2-7), e.g. `K7QD-...`."""
    text = base64.b32encode(os.urandom(RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def _recovery_recipient(key: bytes, code: str) -> Recovery:
    """The recovery key `code`'s public key with `key` sealed to it."""
    public = _recovery_pair(code).public_key().public_bytes(*RAW)
    return {"public": _b64(public), "sealed": _seal(key, public)}


def _is_recovery(recipient: Recovery, code: str) -> bool:
    """Whether `recipient` is the recovery key `code`'s."""
    try:
        return base64.b64decode(recipient["public"]) == _recovery_pair(code).public_key().public_bytes(*RAW)
    except (ValueError, KeyError, TypeError):
        return False


def _recovery_pair(code: str) -> X25519PrivateKey:
    """The key pair of a recovery key as typed: any case, spaces and dashes ignored, 0/1/8 read as O/I/B
    (ValueError when it is not 32 base32 characters)."""
    cleaned = "".join(code.split()).replace("-", "").upper().translate(str.maketrans("018", "OIB"))
    raw = base64.b32decode(cleaned) if len(cleaned) == 32 else b""
    if len(raw) != RECOVERY_BYTES:
        raise ValueError("recovery key")
    return X25519PrivateKey.from_private_bytes(
        HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=RECOVERY_INFO).derive(raw))


def wrap(login: str, key: bytes, passphrase: str) -> Wrapping:
    """A new key pair for `login`: the private key wrapped under `passphrase` (Argon2id, then
    AES-GCM), the database key sealed to the public key."""
    private = X25519PrivateKey.generate()
    public = private.public_key().public_bytes(*RAW)
    salt, nonce = os.urandom(16), os.urandom(12)
    wrapped = AESGCM(_derive(passphrase, salt, KDF)).encrypt(
        nonce, private.private_bytes_raw(), login.encode("utf-8"))
    return {"public": _b64(public), "sealed": _seal(key, public),
            "private": {"kdf": KDF.copy(), "salt": _b64(salt), "nonce": _b64(nonce), "wrapped": _b64(wrapped)}}


def _aead_seal(key: bytes, secret: bytes) -> Kept:
    nonce = os.urandom(12)
    return {"nonce": _b64(nonce), "wrapped": _b64(AESGCM(key).encrypt(nonce, secret, b"kept secret"))}


def _aead_open(key: bytes, wrapped: Kept) -> bytes:
    return AESGCM(key).decrypt(base64.b64decode(wrapped["nonce"], validate=True),
                               base64.b64decode(wrapped["wrapped"], validate=True), b"kept secret")


def _seal_key(shared: bytes, ephemeral: bytes, public: bytes) -> AESGCM:
    return AESGCM(HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + public,
                       info=SEAL_INFO).derive(shared))


def _seal(key: bytes, public: bytes) -> Sealed:
    """`key` sealed to an X25519 public key (anyone may seal; only the private key opens)."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(*RAW)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    nonce = os.urandom(12)
    return {"ephemeral": _b64(ephemeral_public), "nonce": _b64(nonce),
            "wrapped": _b64(_seal_key(shared, ephemeral_public, public).encrypt(nonce, key, None))}


def _unseal(sealed: Sealed, private: X25519PrivateKey) -> bytes:
    ephemeral = base64.b64decode(sealed["ephemeral"], validate=True)
    public = private.public_key().public_bytes(*RAW)
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
    return _seal_key(shared, ephemeral, public).decrypt(
        base64.b64decode(sealed["nonce"], validate=True), base64.b64decode(sealed["wrapped"], validate=True), None)


def _without_pending(entry: Wrapping) -> Wrapping:
    """A copy of the entry without its pending wrapping."""
    wrapping = entry.copy()
    wrapping.pop("pending", None)
    return wrapping


def _open(wrapping: Wrapping, login: str, passphrase: str) -> list[bytes]:
    """The database keys this wrapping gives with `passphrase`: [next, current] during a rekey."""
    if "public" not in wrapping:                        # the first format: the key itself
        key = _unwrap(wrapping, login, passphrase)
        return [key] if key is not None else []
    private = _unwrap(wrapping["private"], login, passphrase)
    if private is None:
        return []
    pair = X25519PrivateKey.from_private_bytes(private)
    try:
        return [_unseal(sealed, pair) for sealed in (wrapping.get("next"), wrapping.get("sealed"))
                if sealed is not None]
    except (InvalidTag, ValueError, KeyError, TypeError):
        raise WrongPassphrase() from None


def _wrapping_parts(wrapping: Locked | Wrapping) -> tuple[Kdf, bytes, bytes, bytes]:
    """The parts of a `Locked` secret as read from the key file, checked (ValueError, KeyError, TypeError)."""
    kdf = wrapping["kdf"]
    if not isinstance(kdf, dict) or not {"memory_kib", "iterations", "lanes"} <= kdf.keys():
        raise ValueError("kdf")
    return (kdf, base64.b64decode(wrapping["salt"], validate=True),
            base64.b64decode(wrapping["nonce"], validate=True),
            base64.b64decode(wrapping["wrapped"], validate=True))


def _unwrap(wrapping: Locked | Wrapping, login: str, passphrase: str) -> bytes | None:
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
