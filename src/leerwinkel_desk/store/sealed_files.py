"""Files kept next to the database (the filed letters), sealed when the database has a key.

An encrypted database must not leave its personal data in plaintext beside it, so each file of
an encrypted database is written as `<name>.sealed`: AES-GCM under the newest of the database's
files keys (the first derived from the database key by HKDF-SHA256, one more added at each
rekey and kept in the key file: see store/keyring.py; the file names which), a fresh nonce per
file, the file's name bound in as associated data (a sealed file renamed to another letter's
name does not open). Files of a database without a
key (tests, a server database) stay plain `<name>`. Writes go to a partial file renamed into
place, so a crash never leaves half a file under the real name.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from leerwinkel_desk.store.durable import private_file
from leerwinkel_desk.store.owner_only import make_owner_only_folder

SEALED_SUFFIX = ".sealed"
PARTIAL_SUFFIX = ".part"
MAGIC = b"LWSEALED1\n"         # sealed with the first files key
MAGIC_KEYED = b"LWSEALED2\n"   # then one byte: the index of the files key
NONCE_BYTES = 12


class DamagedFile(Exception):
    """A sealed file that does not open with this database's key (altered, renamed or foreign)."""


def derived_files_key(database_key: bytes) -> bytes:
    """The first files key, derived from the database key (the one before any rekey)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"leerwinkel sealed files v1").derive(database_key)


class SealedFiles:
    """One folder of files, sealed when `files_keys` (oldest first) are given."""

    def __init__(self, folder: Path, files_keys: list[bytes] | None) -> None:
        self.folder = folder
        self._ciphers = [AESGCM(key) for key in files_keys or []]

    @property
    def sealed(self) -> bool:
        return bool(self._ciphers)

    def path(self, name: str) -> Path:
        """Where the file called `name` is kept on disk."""
        return self.folder / (name + SEALED_SUFFIX if self.sealed else name)

    def exists(self, name: str) -> bool:
        return (self.folder / name).exists() or (self.folder / (name + SEALED_SUFFIX)).exists()

    def write(self, name: str, content: bytes) -> Path:
        self.folder.parent.mkdir(parents=True, exist_ok=True)
        make_owner_only_folder(self.folder)
        target = self.path(name)
        if self._ciphers:
            nonce, index = os.urandom(NONCE_BYTES), len(self._ciphers) - 1
            content = MAGIC_KEYED + bytes([index]) + nonce + self._ciphers[index].encrypt(
                nonce, content, name.encode("utf-8"))
        with private_file(target, partial=target.with_name(target.name + PARTIAL_SUFFIX)) as out:
            out.write(content)                  # owner only; a full disk leaves no half file behind
        return target

    def read(self, name: str) -> bytes:
        """The content of `name` (FileNotFoundError when it is not there, DamagedFile when it does not open)."""
        sealed = self.folder / (name + SEALED_SUFFIX)
        if not sealed.exists():
            return (self.folder / name).read_bytes()     # written before the database had a key
        data = sealed.read_bytes()
        if data.startswith(MAGIC):
            index, data = 0, data[len(MAGIC):]
        elif data.startswith(MAGIC_KEYED) and len(data) > len(MAGIC_KEYED):
            index, data = data[len(MAGIC_KEYED)], data[len(MAGIC_KEYED) + 1:]
        else:
            raise DamagedFile(name)
        if index >= len(self._ciphers):
            raise DamagedFile(name)
        try:
            return self._ciphers[index].decrypt(data[:NONCE_BYTES], data[NONCE_BYTES:], name.encode("utf-8"))
        except InvalidTag:
            raise DamagedFile(name) from None

    def names(self) -> list[str]:
        """The names of the files kept here (sealed or plain), without what writing left half-done."""
        if not self.folder.is_dir():
            return []
        return sorted({p.name.removesuffix(SEALED_SUFFIX) for p in self.folder.iterdir()
                       if p.is_file() and not p.name.endswith(PARTIAL_SUFFIX)})

    def partial_files(self) -> list[Path]:
        """Files a killed write left half-done (never under a real name)."""
        return sorted(self.folder.glob(f"*{PARTIAL_SUFFIX}")) if self.folder.is_dir() else []

    def remove(self, name: str) -> None:
        """Gone in either form."""
        (self.folder / name).unlink(missing_ok=True)
        (self.folder / (name + SEALED_SUFFIX)).unlink(missing_ok=True)
