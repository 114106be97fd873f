"""Reading an exchange file: decoding its bytes, splitting it into records, converting and checking each cell."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Column, String

from leerwinkel_desk.domain.birth_dates import FORMATS as BIRTH_DATE_FORMATS
from leerwinkel_desk.domain.birth_dates import birth_date_from, earliest_birth_date
from leerwinkel_desk.domain.calendar import BRUSSELS
from leerwinkel_desk.domain.enums import (
    Channel,
    ContactKind,
    DutchLevel,
    Gender,
    Outcome,
    Qualification,
    ReferrerType,
    SocialStatus,
)
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.domain.limits import MAX_MINUTES, is_email_shaped
from leerwinkel_desk.domain.text import has_control_character, single_line
from leerwinkel_desk.services.registration.format import (
    COLUMNS,
    EXPORT_MARK,
    ONE_OF,
    REQUIRED,
    TIER_CODES,
    YES_NO,
    FileKind,
    parse_date,
    parse_moment,
    restore,
)
from leerwinkel_desk.services.registration.report import Problem, ProblemCode, Ticker
from leerwinkel_desk.store.base import table_of
from leerwinkel_desk.store.models import Client, Contact, Counsellor, LearningRequest, Loket, PartnerOrganisation

ENCODINGS = ("utf-8", "cp1252")
MAX_FILE_MB = 50          # one file's limit (docs/exchange-format.md): a file is read whole and every cell
MAX_FILE_BYTES = MAX_FILE_MB * 1_000_000   # kept to check the rows against each other; that takes about 25
                                           # times the file's size (200 MB took 4.9 GB), a laptop has 8 GB
EARLIEST = date(1900, 1, 1)


# --- reading a file ----------------------------------------------------------------------------


@dataclass
class Sheet:
    """A file read and split into records: the header's column positions and the data rows."""

    kind: FileKind
    name: str
    index: dict[str, int]
    rows: list[tuple[int, list[str]]]
    failed_refs: set[str] = field(default_factory=set)    # refs of rows with a bad cell


def read_sheet(kind: FileKind, path: Path, encoding: str, errors: list[Problem],
                warnings: list[Problem]) -> Sheet | None:
    """The file decoded and parsed, or None (with the reason in `errors`) if it cannot be read or is larger
    than MAX_FILE_BYTES (refused before it is read)."""
    name = path.name
    if path.stat().st_size > MAX_FILE_BYTES:
        errors.append(Problem(name, None, None, ProblemCode.TOO_LARGE, detail=str(MAX_FILE_MB)))
        return None
    text = _decode(path.read_bytes(), encoding, name, errors)
    if text is None:
        return None
    first_line = text.split("\n", 1)[0].split("\r", 1)[0]
    known = set(COLUMNS[kind])

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
    exported = False                    # a file of the export: its cells carry the formula `'`
    for position, raw in enumerate(header):
        column = raw.strip().casefold()
        if column == EXPORT_MARK:
            exported = True
        elif column not in known:
            warnings.append(Problem(name, header_line, raw.strip() or f"#{position + 1}",
                                    ProblemCode.UNKNOWN_COLUMN))
        elif column in index:
            errors.append(Problem(name, header_line, column, ProblemCode.DUPLICATE_COLUMN))
            usable = False
        else:
            index[column] = position
    for column in REQUIRED[kind]:
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
        rows.append((line, [restore(cell) for cell in cells] if exported else cells))
    return Sheet(kind, name, index, rows)


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


# --- checking cells ----------------------------------------------------------------------------


class _Bad(Exception):
    def __init__(self, code: ProblemCode, detail: str | None = None) -> None:
        super().__init__(code)
        self.code, self.detail = code, detail


Convert = Callable[[str], Any]


def _text(column: Column[Any]) -> Convert:
    limit = column.type.length if isinstance(column.type, String) else None
    if limit is None:
        raise TypeError(f"{column.name}: a text cell is checked against a column of a set length")

    def convert(cell: str) -> str:
        if len(cell) > limit:
            raise _Bad(ProblemCode.TOO_LONG, str(limit))
        if has_control_character(cell):
            raise _Bad(ProblemCode.CONTROL_CHARACTER)
        return cell
    return convert


def _line(column: Column[Any]) -> Convert:
    """A client's one-line text, cleaned as the app keeps it (`single_line`: no controls that turn the text
    after it around, no line breaks), then checked against its column's length."""
    checked = _text(column)
    return lambda cell: checked(single_line(cell))


def _code(values: Mapping[str, Any]) -> Convert:
    lookup = {key.casefold(): value for key, value in values.items()}
    allowed = ", ".join(values)

    def convert(cell: str) -> Any:
        try:
            return lookup[cell.strip().casefold()]
        except KeyError:
            raise _Bad(ProblemCode.INVALID_CODE, allowed) from None
    return convert


def _enum_codes(enum_cls: type[StrEnum]) -> Convert:
    return _code({member.value: member for member in enum_cls})


def _date(today: date) -> Convert:
    def convert(cell: str) -> date:
        try:
            value = parse_date(cell)
        except ValueError:
            raise _Bad(ProblemCode.INVALID_DATE, "YYYY-MM-DD, DD/MM/YYYY") from None
        if not EARLIEST <= value <= today:
            raise _Bad(ProblemCode.OUT_OF_RANGE, f"{EARLIEST.isoformat()}..{today.isoformat()}")
        return value
    return convert


def _birth_date(today: date) -> Convert:
    """The app's own birth-date rule (domain.birth_dates), reported as the file's other dates are."""
    def convert(cell: str) -> date | None:
        try:
            return birth_date_from(cell, today)
        except InvalidValue as error:
            if error.reason == "not_a_date":
                raise _Bad(ProblemCode.INVALID_DATE, BIRTH_DATE_FORMATS) from None
            raise _Bad(ProblemCode.OUT_OF_RANGE,
                       f"{earliest_birth_date(today).isoformat()}..{today.isoformat()}") from None
    return convert


def _moment(today: date) -> Convert:
    first = datetime.combine(EARLIEST, time(0), BRUSSELS).astimezone(UTC)
    after = datetime.combine(today + timedelta(days=1), time(0), BRUSSELS).astimezone(UTC)

    def convert(cell: str) -> datetime:
        try:
            value = parse_moment(cell)
        except ValueError:
            raise _Bad(ProblemCode.INVALID_DATETIME, "YYYY-MM-DD HH:MM, DD/MM/YYYY HH:MM") from None
        if not first <= value < after:
            raise _Bad(ProblemCode.OUT_OF_RANGE, f"{EARLIEST.isoformat()}..{today.isoformat()}")
        return value
    return convert


def _minutes(cell: str) -> int:
    text = cell.strip()
    if not (text.isascii() and text.isdigit()):
        raise _Bad(ProblemCode.INVALID_NUMBER, f"0..{MAX_MINUTES}")
    value = int(text)
    if not 0 <= value <= MAX_MINUTES:
        raise _Bad(ProblemCode.OUT_OF_RANGE, f"0..{MAX_MINUTES}")
    return value


def _email(cell: str) -> str:
    cell = _line(table_of(Client).c.email)(cell)
    if not is_email_shaped(cell):
        raise _Bad(ProblemCode.INVALID_EMAIL)
    return cell


def cell_specs(today: date) -> dict[FileKind, dict[str, Convert]]:
    client, request, contact = (table_of(m).c for m in (Client, LearningRequest, Contact))
    ref = _text(client.import_ref)
    name = _text(table_of(Counsellor).c.full_name)
    loket = _text(table_of(Loket).c.name)
    return {
        FileKind.CLIENTS: {
            "client_ref": ref, "first_name": _line(client.first_name),
            "last_name": _line(client.last_name), "birth_date": _birth_date(today),
            "gender": _enum_codes(Gender), "phone": _line(client.phone), "email": _email,
            "postcode": _line(client.postcode), "municipality": _line(client.municipality),
            "highest_qualification": _enum_codes(Qualification), "foreign_diploma": _code(YES_NO),
            "status": _enum_codes(SocialStatus), "dutch_level": _enum_codes(DutchLevel),
        },
        FileKind.REQUESTS: {
            "request_ref": ref, "client_ref": ref, "opened_on": _date(today),
            "tier": _code(TIER_CODES), "referrer_type": _enum_codes(ReferrerType),
            "referrer_org": _text(table_of(PartnerOrganisation).c.name),
            "topic": _text(request.topic), "counsellor": name, "loket": loket,
            "closed_on": _date(today), "outcome": _enum_codes(Outcome),
        },
        FileKind.CONTACTS: {
            "request_ref": ref, "at": _moment(today), "kind": _enum_codes(ContactKind),
            "channel": _enum_codes(Channel), "minutes": _minutes, "counsellor": name,
            "loket": loket, "summary": _text(contact.summary),
        },
    }


def converted(sheet: Sheet, spec: dict[str, Convert], errors: list[Problem],
               ticker: Ticker) -> Iterator[tuple[int, dict[str, Any], list[str]]]:
    """Each row with its cells converted (None = empty); rows with a bad cell are reported, not given."""
    present = [(column, sheet.index[column], convert) for column, convert in spec.items()
               if column in sheet.index]
    required = REQUIRED[sheet.kind]
    ref_position = sheet.index[required[0]]
    for line, cells in sheet.rows:
        ticker.tick()
        values: dict[str, Any] = dict.fromkeys(spec)
        good = True
        for column, position, convert in present:
            cell = cells[position]
            if not cell or cell.isspace():
                continue
            try:
                values[column] = convert(cell)
            except _Bad as bad:
                errors.append(Problem(sheet.name, line, column, bad.code, cell, bad.detail))
                good = False
        one_of = ONE_OF.get(sheet.kind, ())
        for column in required:
            if column in one_of and any(cells[sheet.index[other]].strip() for other in one_of):
                continue
            if values[column] is None and not (cells[sheet.index[column]].strip()):
                errors.append(Problem(sheet.name, line, column, ProblemCode.REQUIRED))
                good = False
        if good:
            yield line, values, cells
        else:
            sheet.failed_refs.add(cells[ref_position])
