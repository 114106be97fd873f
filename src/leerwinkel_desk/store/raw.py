"""Bare sqlcipher3 connections (autocommit), for checks and maintenance outside SQLAlchemy."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import PoolProxiedConnection

BUSY_TIMEOUT_SECONDS = 60.0
QUIET = "PRAGMA cipher_log_level = NONE"     # SQLCipher's own log would print to stderr


def sqlcipher_key_pragma(key: bytes) -> str:
    """The `PRAGMA key` statement for a raw 256-bit key (no passphrase derivation by SQLCipher)."""
    if len(key) != 32:
        raise ValueError("the database key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def sqlcipher_rekey_pragma(key: bytes) -> str:
    """The `PRAGMA rekey` statement that re-encrypts every page under a raw 256-bit key."""
    return sqlcipher_key_pragma(key).replace("PRAGMA key", "PRAGMA rekey", 1)


class DriverCursor(Protocol):
    def fetchall(self) -> list[tuple[object, ...]]: ...


class DriverConnection(Protocol):
    """What this package uses of a DB-API connection under SQLAlchemy's pool (sqlcipher3 has no types)."""

    def execute(self, sql: str, parameters: Sequence[object] | Mapping[str, object] = ..., /) -> DriverCursor: ...


def driver(raw: PoolProxiedConnection) -> DriverConnection:
    """The driver's own connection under a pooled one, for statements that must bypass SQLAlchemy."""
    connection: DriverConnection | None = raw.driver_connection
    if connection is None:
        raise RuntimeError("the pooled connection is closed")
    return connection


def open_raw(path: Path, key: bytes | None) -> sqlcipher.Connection:
    """A connection to `path` with `key` (None: an unencrypted file), SQLCipher's log silenced."""
    conn = sqlcipher.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    conn.execute(QUIET)
    if key is not None:
        conn.execute(sqlcipher_key_pragma(key))
    return conn
