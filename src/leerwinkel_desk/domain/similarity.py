"""How alike two names are: edit distance with a tolerance that grows with the word's length."""

from __future__ import annotations


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, stopping early once it exceeds `limit` (returns limit + 1 then)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def typo_tolerance(word: str) -> int:
    """One typo in a short word, two in a long one; none in very short words."""
    if len(word) < 4:
        return 0
    return 1 if len(word) < 8 else 2


def word_matches(query_word: str, name_words: list[str]) -> int | None:
    """The smallest distance of a query word to a name word (prefix counts as 0), or None."""
    best: int | None = None
    tolerance = typo_tolerance(query_word)
    for word in name_words:
        if word.startswith(query_word):
            return 0
        distance = edit_distance(query_word, word[: len(query_word) + tolerance], tolerance)
        distance = min(distance, edit_distance(query_word, word, tolerance))
        if distance <= tolerance and (best is None or distance < best):
            best = distance
    return best


def name_distance(query_words: list[str], name_words: list[str]) -> int | None:
    """Sum of per-word distances when every query word matches some name word, else None."""
    total = 0
    for query_word in query_words:
        distance = word_matches(query_word, name_words)
        if distance is None:
            return None
        total += distance
    return total
