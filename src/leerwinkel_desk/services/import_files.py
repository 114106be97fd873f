"""Reading an import's CSV file, and the problems an import reports: the one home for the registration import
(services/registration/) and the reference import (services/reference_import.py), so both read a file alike.

A file is UTF-8 (a BOM is dropped) or, when asked for, cp1252; at most MAX_FILE_MB. The reference import asks
for AUTO: UTF-8 when the file is valid UTF-8, else cp1252 only when the file looks like a plain Western
Windows text (`_looks_like_cp1252`), else refused: a guess must never turn letters into others unseen, so the
report says when a file was read as cp1252 (`Table.encoding`) and the app shows words of it to look at. A file
is split as RFC 4180 CSV (strict: a stray quote is an error, as is a cell over csv's field limit) by `;` or
`,`, whichever recognises more of the header's column names. The header's names are compared without case and
spaces at their ends (and, given `names`, folded: domain.text.fold); a name twice, or a required one missing,
makes the file unusable; an unknown one is a warning (or, `unknown_refused`, an error, its rows still checked).
Blank lines are skipped; a row with fewer cells than the header, or more that are not empty, is an error.
Every problem names its file, line (where the record starts) and column.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from leerwinkel_desk.domain.text import fold

Progress = Callable[[int, int], None]     # (done, total)

ENCODINGS = ("utf-8", "cp1252")
AUTO = "auto"               # UTF-8, or a plain Western cp1252 file; refused when it is neither (see above)
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
    ENCODING_UNSURE = ("encoding_unsure", "neither UTF-8 nor a plain Western (Windows-1252) text (bytes {value}); "
                       "save it from Excel as CSV UTF-8")
    CSV_SYNTAX = "csv_syntax", "not valid CSV: {detail}"
    TOO_LARGE = ("too_large", "larger than the limit of {detail} MB for one file; split it into smaller files "
                 "and import them one after the other")
    EMPTY_FILE = "empty_file", "the file is empty"
    UTF16 = ("utf16", "UTF-16 (Excel's 'Unicode text'), not a CSV file: save it in Excel as 'CSV UTF-8 (comma "
             "delimited)'")
    MISSING_COLUMN = "missing_column", "required column missing"
    NO_HEADER = ("no_header", "the first line names none of this file's columns: is its header row missing? (the "
                 "line is not shown: it may hold a person's data)")
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
    NOT_A_COLUMN = "not_a_column", "not a column of this file (a typo?)"
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
    encoding: str                   # as it was read: utf-8 or cp1252


def read_table(path: Path, columns: Sequence[str], required: Sequence[str], encoding: str, errors: list[Problem],
               warnings: list[Problem], unknown_refused: bool = False,
               names: Mapping[str, str] | None = None, found: dict[str, str] | None = None) -> Table | None:
    """The file decoded and parsed (see above), or None (with the reasons in `errors`) if it cannot be read,
    is larger than MAX_FILE_BYTES (refused before it is read) or its header is unusable. A row of a wrong
    width is reported in `errors` and left out of the rows. `names` gives other names of the columns (folded,
    to the column), such as their Dutch ones; `found` is filled with each column found, as the header names it
    (an unusable header's too)."""
    name = path.name
    if path.stat().st_size > MAX_FILE_BYTES:
        errors.append(Problem(name, None, None, ProblemCode.TOO_LARGE, detail=str(MAX_FILE_MB)))
        return None
    decoded = _decode(path.read_bytes(), encoding, name, errors)
    if decoded is None:
        return None
    text, encoding = decoded
    first_line = text.split("\n", 1)[0].split("\r", 1)[0]
    known = set(columns)

    def column_of(header: str) -> str | None:
        column = header.strip().casefold()
        if column in known:
            return column
        return names.get(fold(header)) if names else None

    def recognised(delimiter: str) -> tuple[int, int]:
        try:
            header = next(csv.reader([first_line], delimiter=delimiter), [])
        except csv.Error:           # a header cell over csv's field limit: reported below, with its line
            header = []
        return sum(column_of(n) is not None for n in header), first_line.count(delimiter)

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
    if not any(column_of(raw) for raw in header):       # a first row of data, not a header: never quoted
        errors.append(Problem(name, header_line, None, ProblemCode.NO_HEADER))
        return None
    index: dict[str, int] = {}
    shown: dict[str, str] = {} if found is None else found
    usable = True
    for position, raw in enumerate(header):
        column = column_of(raw)
        if column is None:
            if unknown_refused and raw.strip():     # an error, but the rows are still checked
                errors.append(Problem(name, header_line, raw.strip(), ProblemCode.NOT_A_COLUMN))
            else:
                warnings.append(Problem(name, header_line, raw.strip() or f"#{position + 1}",
                                        ProblemCode.UNKNOWN_COLUMN))
        elif column in index:
            errors.append(Problem(name, header_line, column, ProblemCode.DUPLICATE_COLUMN))
            usable = False
        else:
            index[column] = position
            shown[column] = raw.strip()
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
    return Table(name, header_line, index, rows, encoding)


def _decode(data: bytes, encoding: str, name: str, errors: list[Problem]) -> tuple[str, str] | None:
    """The text and the encoding it was read in: UTF-8 (a BOM is dropped), cp1252 when asked for, or for AUTO
    whichever of the two the file is (`_looks_like_cp1252`); None, with the reason in `errors`, for neither."""
    start = data[:64]       # UTF-16 (Excel's "Unicode text"): its BOM, or text with every other byte zero
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or 0 < len(start) <= 3 * start.count(0):
        errors.append(Problem(name, 1, None, ProblemCode.UTF16))        # not "try cp1252"
        return None
    has_bom = data.startswith(codecs.BOM_UTF8)
    if encoding == "cp1252" and has_bom:
        errors.append(Problem(name, 1, None, ProblemCode.ENCODING, data[:3].hex(" "), encoding))
        return None
    body = data[len(codecs.BOM_UTF8):] if has_bom else data
    try:
        return body.decode("utf-8" if encoding == AUTO else encoding), "utf-8" if encoding == AUTO else encoding
    except UnicodeDecodeError as error:
        if encoding == AUTO and not has_bom and _looks_like_cp1252(body):
            return body.decode("cp1252"), "cp1252"
        before = body[:error.start]
        line = 1 + before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n")
        errors.append(Problem(name, line, None,
                              ProblemCode.ENCODING_UNSURE if encoding == AUTO else ProblemCode.ENCODING,
                              body[error.start:error.end].hex(" "), "utf-8" if encoding == AUTO else encoding))
        return None


# A UTF-8 letter: in a file that is not UTF-8 as a whole, a part of it is (two files pasted together, or a
# file saved twice): cp1252 would turn that part's letters into two or three others (`Ã©` for `é`).
_UTF8_LETTER = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# what a Western text holds beside letters, in cp1252's upper half: currency, quotes, dashes, the dots of an
# ellipsis, a bullet, degrees, squared (m²), halves, the no-break space, ...
_WESTERN_SIGNS = frozenset("€‘’‚“”„–—…•«»°·²³½¼¾§©®™´\xa0")
_NEVER_AFTER_A_LETTER = frozenset("‘‚“„«•")     # an opening quote, a bullet: there it is another code page's letter
_NEVER_AFTER_SMALL = frozenset("ŠŒŽŸ")           # capitals of cp1252's 0x80-0x9F: `CafŽ` is a Mac's `Café`


def _looks_like_cp1252(body: bytes) -> bool:
    """Whether a file that is not UTF-8 reads as a plain Western Windows text (an older Excel's CSV): no NUL
    (UTF-16), no byte cp1252 leaves undefined, no part that is UTF-8, and beyond ASCII only letters (upper and
    lower case, not `ƒ`) and the signs above, in a plausible place. A DOS or Mac file fails on its accented
    letters (DOS `é` is cp1252's `‚`, a Mac `ë` its `‘` after a letter, a Mac `é` its `Ž` after a small
    letter); a Central European file (cp1250) can pass, its `ł` read as `³`: so the report says the file was
    read as cp1252, and the app shows words of it to look at before anything is written."""
    if b"\x00" in body or _UTF8_LETTER.search(body):
        return False
    try:
        text = body.decode("cp1252")
    except UnicodeDecodeError:
        return False
    previous = " "
    for ch in text:
        if ord(ch) > 0x7F:
            letter = unicodedata.category(ch) in ("Lu", "Ll") and ch != "ƒ"
            if not (letter or ch in _WESTERN_SIGNS):
                return False
            if (ch in _NEVER_AFTER_A_LETTER and previous.isalpha()) or (ch in _NEVER_AFTER_SMALL
                                                                         and previous.islower()):
                return False
        previous = ch
    return True
