"""How alike two names are: edit distance with a tolerance that grows with the word's length."""

from __future__ import annotations

from functools import lru_cache


def edit_distance(a: str, b: str, limit: int) -> int:
    """Edit distance where swapping two neighbouring letters is one typo, as are a letter added, left out
    or changed (optimal string alignment); stops early once it exceeds `limit` (returns limit + 1 then)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb and ca != cb:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        if min(current) > limit and (i == len(a) or min(previous) > limit):
            return limit + 1
        before, previous = previous, current
    return previous[-1]


def typo_tolerance(word: str) -> int:
    """One typo in a short word, two in a long one; none in very short words."""
    if len(word) < 4:
        return 0
    return 1 if len(word) < 8 else 2


def swapped_neighbours(word: str) -> list[str]:
    """The word with one pair of neighbouring letters swapped, each way it can be, for a word long enough
    to allow a typo: the slip that trigrams can miss (`nwoak` shares no three letters with `nowak`)."""
    if typo_tolerance(word) == 0:
        return []
    return sorted({word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)} - {word})


def word_matches(query_word: str, name_words: list[str]) -> int | None:
    """The smallest distance of a query word to a name word (prefix counts as 0), or None."""
    best: int | None = None
    for word in name_words:
        distance = word_distance(query_word, word)
        if distance is not None and (best is None or distance < best):
            best = distance
    return best


@lru_cache(maxsize=8192)
def word_distance(query_word: str, word: str) -> int | None:
    """How far a typed word is from a name's word, as typed so far (a beginning counts as 0), or None
    when it is more than its tolerance away. Names repeat their words: each pair is worked out once."""
    if word.startswith(query_word):
        return 0
    tolerance = typo_tolerance(query_word)
    beginnings = {word[:length] for length in range(len(query_word) - tolerance, len(query_word) + tolerance + 1)}
    distance = min(edit_distance(query_word, part, tolerance) for part in beginnings | {word})
    return distance if distance <= tolerance else None


def name_distance(query_words: list[str], name_words: list[str]) -> int | None:
    """Sum of per-word distances when every query word matches some name word, else None."""
    total = 0
    for query_word in query_words:
        distance = word_matches(query_word, name_words)
        if distance is None:
            return None
        total += distance
    return total
