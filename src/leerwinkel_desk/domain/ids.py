"""Client-generated, time-ordered primary keys (UUIDv7, RFC 9562)."""

from __future__ import annotations

import os
import time
import uuid
from random import Random


def uuid7(unix_ms: int | None = None, rng: Random | None = None) -> uuid.UUID:
    """A UUIDv7: 48 bits of Unix milliseconds, then 74 random bits.

    Keys sort by creation time, so B-tree inserts stay at the end of the index, and any
    laptop can create rows offline without asking a server. Pass `unix_ms` and `rng` to
    generate reproducible keys (demo data).
    """
    ms = int(time.time() * 1000) if unix_ms is None else unix_ms
    rand = rng.getrandbits(74) if rng is not None else int.from_bytes(os.urandom(10), "big") >> 6
    rand_a = rand >> 62                      # 12 bits
    rand_b = rand & ((1 << 62) - 1)          # 62 bits
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76 | rand_a << 64
    value |= 0b10 << 62 | rand_b
    return uuid.UUID(int=value)


def uuid7_millis(value: uuid.UUID) -> int:
    """The Unix milliseconds a UUIDv7 was made at."""
    return value.int >> 80
