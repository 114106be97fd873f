"""Client-generated, time-ordered primary keys (UUIDv7, RFC 9562)."""

from __future__ import annotations

import os
import threading
import time
import uuid
from random import Random

_RANDOM_BITS = 74
_RANDOM_MASK = (1 << _RANDOM_BITS) - 1


class _Monotonic:
    """Keys made in one process sort in the order they were made, also within one millisecond.

    RFC 9562 section 6.2 method 3: when the clock has not moved on, the previous key's random
    part is incremented (and the millisecond borrowed from the future if it overflows).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last = (0, 0)

    def next(self, now_ms: int) -> tuple[int, int]:
        with self._lock:
            last_ms, last_rand = self._last
            if now_ms > last_ms:
                ms, rand = now_ms, int.from_bytes(os.urandom(10), "big") >> 6
            else:
                ms, rand = last_ms, last_rand + 1 + (int.from_bytes(os.urandom(2), "big") & 0xFF)
                if rand > _RANDOM_MASK:
                    ms, rand = last_ms + 1, int.from_bytes(os.urandom(10), "big") >> 7
            self._last = (ms, rand)
            return ms, rand


_MONOTONIC = _Monotonic()


def _pack(ms: int, rand: int) -> uuid.UUID:
    rand_a = rand >> 62                      # 12 bits
    rand_b = rand & ((1 << 62) - 1)          # 62 bits
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76 | rand_a << 64
    value |= 0b10 << 62 | rand_b
    return uuid.UUID(int=value)


def uuid7(unix_ms: int | None = None, rng: Random | None = None) -> uuid.UUID:
    """A UUIDv7: 48 bits of Unix milliseconds, then 74 random bits.

    Keys sort by creation time, so B-tree inserts stay at the end of the index, and any
    laptop can create rows offline without asking a server. Without arguments, keys of this
    process are strictly increasing. With `unix_ms` and `rng`, keys are reproducible (demo data).
    """
    if rng is not None:
        ms = int(time.time() * 1000) if unix_ms is None else unix_ms
        return _pack(ms, rng.getrandbits(_RANDOM_BITS))
    if unix_ms is not None:
        return _pack(unix_ms, int.from_bytes(os.urandom(10), "big") >> 6)
    return _pack(*_MONOTONIC.next(int(time.time() * 1000)))


def uuid7_millis(value: uuid.UUID) -> int:
    """The Unix milliseconds a UUIDv7 was made at."""
    return value.int >> 80
