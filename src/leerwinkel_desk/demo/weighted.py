"""Weighted draws: a fixed population with weights, picked with one call to the seeded generator."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate
from random import Random
from typing import Generic, TypeVar

T = TypeVar("T")


class Weighted(Generic[T]):
    """A fixed population with weights; one draw costs one call to the generator."""

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cumulative = list(accumulate(weight for _, weight in pairs))

    def pick(self, rng: Random) -> T:
        return self.items[bisect_right(self.cumulative, rng.random() * self.cumulative[-1])]
