"""Reading an exchange file: decoding its bytes, splitting it into records, converting and checking each cell."""

from __future__ import annotations

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
from leerwinkel_desk.domain.text import has_control_character, kept_name, single_line
from leerwinkel_desk.services.import_files import Problem, ProblemCode, read_table
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
)
from leerwinkel_desk.services.registration.report import Ticker
from leerwinkel_desk.services.spreadsheet import csv_text_restored
from leerwinkel_desk.store.base import table_of
from leerwinkel_desk.store.models import Client, Contact, Counsellor, LearningRequest, Loket, PartnerOrganisation

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
    """The file read as every import reads one (`import_files.read_table`), or None (with the reason in
    `errors`); the cells of a file of the export lose the formula `'` again (`spreadsheet.csv_text_restored`)."""
    table = read_table(path, (*COLUMNS[kind], EXPORT_MARK), REQUIRED[kind], encoding, errors, warnings)
    if table is None:
        return None
    exported = table.index.pop(EXPORT_MARK, None) is not None     # a file of the export: its cells carry `'`
    rows = ([(line, [csv_text_restored(cell) for cell in cells]) for line, cells in table.rows] if exported
            else table.rows)
    return Sheet(kind, table.name, table.index, rows)


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


def _name(column: Column[Any]) -> Convert:
    """A name (a client's, a counsellor's, a loket's, an organisation's) by the app's one rule for names
    (domain.text.kept_name, as every write through the ORM keeps one): no control character, one line without
    bidirectional controls, showing something; then checked against its column's length."""
    checked = _text(column)

    def convert(cell: str) -> str:
        if has_control_character(cell):
            raise _Bad(ProblemCode.CONTROL_CHARACTER)
        try:
            kept = kept_name(cell, column.key)
        except InvalidValue:
            raise _Bad(ProblemCode.SHOWS_NOTHING) from None
        return str(checked(kept))
    return convert


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
    name = _name(table_of(Counsellor).c.full_name)
    loket = _name(table_of(Loket).c.name)
    return {
        FileKind.CLIENTS: {
            "client_ref": ref, "first_name": _name(client.first_name),
            "last_name": _name(client.last_name), "birth_date": _birth_date(today),
            "gender": _enum_codes(Gender), "phone": _line(client.phone), "email": _email,
            "postcode": _line(client.postcode), "municipality": _line(client.municipality),
            "highest_qualification": _enum_codes(Qualification), "foreign_diploma": _code(YES_NO),
            "status": _enum_codes(SocialStatus), "dutch_level": _enum_codes(DutchLevel),
        },
        FileKind.REQUESTS: {
            "request_ref": ref, "client_ref": ref, "opened_on": _date(today),
            "tier": _code(TIER_CODES), "referrer_type": _enum_codes(ReferrerType),
            "referrer_org": _name(table_of(PartnerOrganisation).c.name),
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
