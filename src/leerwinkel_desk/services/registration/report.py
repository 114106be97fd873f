"""What an import reports: each problem with its place and its code, the code's sentence, the counts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

Progress = Callable[[int, int], None]     # (done, total)


class ProblemCode(StrEnum):
    """Why a file, row or cell was refused (an error) or passed over (a warning: UNKNOWN_COLUMN,
    DELETED_RECORD), with the sentence that tells it: `{detail}` is the fact that goes with the code (what
    was expected, the line it clashes with). The sentences never quote the cell (`Problem.value`): a
    file, line and column find it, and a message pasted into a ticket or a terminal's scrollback must
    not carry a person's birth date, e-mail or circumstances. Only the cell count and the unreadable
    bytes of ENCODING are told (`{value}`)."""

    sentence: str

    def __new__(cls, code: str, sentence: str) -> ProblemCode:
        member = str.__new__(cls, code)
        member._value_ = code
        member.sentence = sentence
        return member

    ENCODING = ("encoding", "not readable as {detail} (bytes {value}); for an older Excel file try "
                "--encoding cp1252")
    CSV_SYNTAX = "csv_syntax", "not valid CSV: {detail}"
    TOO_LARGE = ("too_large", "larger than the limit of {detail} MB for one file; split it into smaller files "
                 "and import them one after the other")
    EMPTY_FILE = "empty_file", "the file is empty"
    MISSING_COLUMN = "missing_column", "required column missing"
    DUPLICATE_COLUMN = "duplicate_column", "column appears twice"
    CELL_COUNT = "cell_count", "{value} cells where the header has {detail}"
    REQUIRED = "required", "required, but empty"
    INVALID_CODE = "invalid_code", "not one of: {detail}"
    INVALID_DATE = "invalid_date", "not a date ({detail})"
    INVALID_DATETIME = "invalid_datetime", "not a date and time ({detail})"
    INVALID_NUMBER = "invalid_number", "not a whole number ({detail})"
    INVALID_EMAIL = "invalid_email", "not an e-mail address"
    OUT_OF_RANGE = "out_of_range", "out of range ({detail})"
    TOO_LONG = "too_long", "longer than {detail} characters"
    CONTROL_CHARACTER = ("control_character", "holds a control character (such as NUL) that cannot be saved; "
                         "only line breaks and tabs can")
    DUPLICATE_REF = "duplicate_ref", "already used on line {detail}"
    UNKNOWN_REF = "unknown_ref", "not in the files nor in the database"
    REQUIRED_WITH = "required_with", "required when {detail} is filled in"
    BEFORE = "before", "before {detail}"
    NOT_FOR_TIER = "not_for_tier", "not an outcome of tier {detail}"
    ANONYMOUS_ABOVE_TIER_1 = "anonymous_above_tier_1", "a request without client_ref can only be tier 1"
    CONFLICTS_WITH = "conflicts_with", "does not go with {detail} 'self'"
    UNKNOWN_COLUMN = "unknown_column", "unknown column, ignored"
    DELETED_RECORD = "deleted_record", "deleted in the app; row skipped"


@dataclass(frozen=True)
class Problem:
    """One error or warning: where (file, line, column) and why (a reason code with facts)."""

    file: str
    line: int | None
    column: str | None
    code: ProblemCode
    value: str | None = None
    detail: str | None = None


@dataclass(frozen=True)
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0


MAX_LISTED = 1000     # problems of one kind listed in a report; the others are counted


@dataclass(frozen=True)
class ImportReport:
    """What an import found and did (or, in a dry run or with errors, would have done)."""

    files: tuple[str, ...]
    dry_run: bool
    written: bool
    errors: tuple[Problem, ...]
    warnings: tuple[Problem, ...]
    clients: Counts
    requests: Counts
    contacts: Counts
    new_counsellors: tuple[str, ...]
    new_lokets: tuple[str, ...]
    new_organisations: tuple[str, ...]

    more_errors: int = 0                    # found beyond the MAX_LISTED ones listed
    more_warnings: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


class Capped(list[Problem]):
    """A list of problems that keeps the first MAX_LISTED and only counts the others (`more`):
    a file of junk must not fill the memory with a million messages nobody reads."""

    def __init__(self) -> None:
        super().__init__()
        self.more = 0

    def append(self, problem: Problem) -> None:
        if len(self) < MAX_LISTED:
            super().append(problem)
        else:
            self.more += 1


class Ticker:
    """Reports the progress of an import to `progress` every STEP rows, and once at the end."""

    STEP = 2000

    def __init__(self, progress: Progress | None, total: int) -> None:
        self._progress, self.total, self.done, self._next = progress, total, 0, self.STEP

    def tick(self, count: int = 1) -> None:
        self.done += count
        if self._progress is not None and self.done >= self._next:
            self._next = self.done + self.STEP
            self._progress(min(self.done, self.total), self.total)

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(self.total, self.total)
