"""Reading an import's CSV file, and the problems an import reports: the one home for the registration import
(services/registration/) and the reference import (services/reference_import.py), so both read a file alike.

A file is UTF-8 (a BOM is dropped) or, when asked for, cp1252, never a guess; at most MAX_FILE_MB. It is split
as RFC 4180 CSV (strict: a stray quote is an error, as is a cell over csv's field limit) by `;` or `,`,
whichever recognises more of the header's column names. The header's names are compared without case and
spaces at their ends; a name twice, or a required one missing, makes the file unusable; an unknown one is a
warning (or, `unknown_refused`, an error, its rows still checked). Blank lines are skipped; a row with fewer
cells than the header, or more that are not empty, is an error. Every problem names its file, line (where the
record starts) and column.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

Progress = Callable[[int, int], None]     # (done, total)

ENCODINGS = ("utf-8", "cp1252")
MAX_FILE_MB = 50          # one file's limit (docs/exchange-format.md): a file is read whole and every cell
MAX_FILE_BYTES = MAX_FILE_MB * 1_000_000   # kept to check the rows against each other; that takes about 25
                                           # times the file's size (200 MB took 4.9 GB), a laptop has 8 GB


class ProblemCode(StrEnum):
    """Why a file, row or cell of an import (registrations or reference data) was refused (an error) or passed
    over (a warning: UNKNOWN_COLUMN, DELETED_RECORD), with the sentence that tells it: `{detail}` is the fact
    that goes with the code (what was expected, the line it clashes with). The sentences never quote the cell
    (`Problem.value`): a file, line and column find it, and a message pasted into a ticket or a terminal's
    scrollback must not carry a person's birth date, e-mail or circumstances. Only the cell count and the
    unreadable bytes of ENCODING are told (`{value}`)."""

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
    INVALID_PHONE = "invalid_phone", "not a phone number (digits, e.g. 056 12 34 56)"
    INVALID_POSTCODE = "invalid_postcode", "not a Belgian postcode (4 digits)"
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
    NOT_A_COLUMN = "not_a_column", "not a column of this file (a typo?); see the documented columns"
    SHOWS_NOTHING = "shows_nothing", "shows nothing: only invisible characters (such as a zero-width space)"
    INVALID_WEB_ADDRESS = "invalid_web_address", "not a web address (http:// or https://)"
    INVALID_AMOUNT = "invalid_amount", "not an amount in euro ({detail})"
    PROVIDER_TYPE_REQUIRED = "provider_type_required", "required for a provider not in the offer yet"
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


MAX_LISTED = 1000     # problems of one kind listed in a report; the others are counted


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


@dataclass
class Table:
    """A file read and split into records: the header's line, its columns' positions and the data rows."""

    name: str
    header_line: int
    index: dict[str, int]
    rows: list[tuple[int, list[str]]]


def read_table(path: Path, columns: Sequence[str], required: Sequence[str], encoding: str, errors: list[Problem],
               warnings: list[Problem], unknown_refused: bool = False) -> Table | None:
    """The file decoded and parsed (see above), or None (with the reasons in `errors`) if it cannot be read,
    is larger than MAX_FILE_BYTES (refused before it is read) or its header is unusable. A row of a wrong
    width is reported in `errors` and left out of the rows."""
    name = path.name
    if path.stat().st_size > MAX_FILE_BYTES:
        errors.append(Problem(name, None, None, ProblemCode.TOO_LARGE, detail=str(MAX_FILE_MB)))
        return None
    text = _decode(path.read_bytes(), encoding, name, errors)
    if text is None:
        return None
    first_line = text.split("\n", 1)[0].split("\r", 1)[0]
    known = set(columns)

    def recognised(delimiter: str) -> tuple[int, int]:
        try:
            names = next(csv.reader([first_line], delimiter=delimiter), [])
        except csv.Error:           # a header cell over csv's field limit: reported below, with its line
            names = []
        return sum(n.strip().casefold() in known for n in names), first_line.count(delimiter)

    reader = csv.reader(io.StringIO(text, newline=""), delimiter=max((";", ","), key=recognised),
                        strict=True)
    records: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            records.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as error:
        errors.append(Problem(name, start, None, ProblemCode.CSV_SYNTAX, detail=str(error)))
        return None
    if not records:
        errors.append(Problem(name, None, None, ProblemCode.EMPTY_FILE))
        return None
    header_line, header = records[0]
    index: dict[str, int] = {}
    usable = True
    for position, raw in enumerate(header):
        column = raw.strip().casefold()
        if column not in known:
            if unknown_refused and column:      # an error, but the rows are still checked
                errors.append(Problem(name, header_line, raw.strip(), ProblemCode.NOT_A_COLUMN))
            else:
                warnings.append(Problem(name, header_line, raw.strip() or f"#{position + 1}",
                                        ProblemCode.UNKNOWN_COLUMN))
        elif column in index:
            errors.append(Problem(name, header_line, column, ProblemCode.DUPLICATE_COLUMN))
            usable = False
        else:
            index[column] = position
    for column in required:
        if column not in index:
            errors.append(Problem(name, header_line, column, ProblemCode.MISSING_COLUMN))
            usable = False
    if not usable:
        return None
    width = len(header)
    rows = []
    for line, cells in records[1:]:
        if not "".join(cells).strip():
            continue                                    # a blank line, or only delimiters
        if len(cells) != width and (len(cells) < width or "".join(cells[width:]).strip()):
            errors.append(Problem(name, line, None, ProblemCode.CELL_COUNT, str(len(cells)), str(width)))
            continue
        rows.append((line, cells))
    return Table(name, header_line, index, rows)


def _decode(data: bytes, encoding: str, name: str, errors: list[Problem]) -> str | None:
    """UTF-8 (a BOM is dropped) or, when asked for, cp1252; never a guess."""
    has_bom = data.startswith(codecs.BOM_UTF8)
    if encoding == "cp1252" and has_bom:
        errors.append(Problem(name, 1, None, ProblemCode.ENCODING, data[:3].hex(" "), encoding))
        return None
    body = data[len(codecs.BOM_UTF8):] if has_bom else data
    try:
        return body.decode(encoding)
    except UnicodeDecodeError as error:
        before = body[:error.start]
        line = 1 + before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n")
        errors.append(Problem(name, line, None, ProblemCode.ENCODING,
                              body[error.start:error.end].hex(" "), encoding))
        return None
