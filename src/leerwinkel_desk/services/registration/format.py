"""The registration exchange format, version 1 (docs/exchange-format.md): files, columns, codes, cells.

What the import and the export agree on, so that an export imports back to the same content:

- the three files and their columns, in the order the export writes them;
- the value codes (tiers also as `1`/`2`/`3`, codes read case-insensitively);
- dates `YYYY-MM-DD` or `DD/MM/YYYY`, date-times with ` HH:MM` in Brussels local time (stored UTC);
  a date alone where a date-time is asked means 00:00 local time;
- formula neutralising: the files are opened in spreadsheets as much as they are read by programs,
  so a cell that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, tab or
  CR) is written with a `'` in front, by the rule every spreadsheet file of the app follows
  (`services/spreadsheet.py`: `csv_text`). The export marks its files so with a last, empty column
  `EXPORT_MARK`; in a file with that column the import takes exactly that `'` off again
  (`csv_text_restored`), and from no other cell: export -> import -> export gives the same bytes. A
  file without it (another program's, typed by hand) is read as written: `'=x` stays `'=x`;
- the key of an imported contact (`Contact.import_key`): the SHA-256, in hex, of the request ref,
  the moment in UTC to the minute (`2026-03-02T09:15Z`), kind, channel, summary (empty when there is
  none) and an occurrence number (0 for the first contact with these same five values on that
  request, 1 for the next...), joined by the unit separator U+001F. It depends on what the contact
  says, not on how the file spells it (date style, delimiter, column order).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from enum import StrEnum
from hashlib import sha256
from pathlib import Path

from leerwinkel_desk.domain.calendar import BRUSSELS
from leerwinkel_desk.domain.enums import Tier
from leerwinkel_desk.services.spreadsheet import write_csv

EXPORT_MARK = "leerwinkel_export"     # the column that says: cells carry the formula `'` (see above)


class FileKind(StrEnum):
    CLIENTS = "clients"
    REQUESTS = "requests"
    CONTACTS = "contacts"

    @property
    def file_name(self) -> str:
        return f"{self.value}.csv"


COLUMNS: dict[FileKind, tuple[str, ...]] = {
    FileKind.CLIENTS: (
        "client_ref", "first_name", "last_name", "birth_date", "gender", "phone", "email",
        "postcode", "municipality", "highest_qualification", "foreign_diploma", "status",
        "dutch_level",
    ),
    FileKind.REQUESTS: (
        "request_ref", "client_ref", "opened_on", "tier", "referrer_type", "referrer_org", "topic",
        "counsellor", "loket", "closed_on", "outcome",
    ),
    FileKind.CONTACTS: (
        "request_ref", "at", "kind", "channel", "minutes", "counsellor", "loket", "summary",
    ),
}

REQUIRED: dict[FileKind, tuple[str, ...]] = {          # columns every file has; their cells are filled in
    FileKind.CLIENTS: ("client_ref", "first_name", "last_name"),
    FileKind.REQUESTS: ("request_ref", "opened_on", "tier"),
    FileKind.CONTACTS: ("request_ref", "at", "kind", "channel"),
}

# of these, one cell is enough: a person known by one name only (as the app registers them) has a first or
# a last name, and the export writes the other empty
ONE_OF: dict[FileKind, tuple[str, ...]] = {FileKind.CLIENTS: ("first_name", "last_name")}

TIER_CODES: dict[str, Tier] = {
    **{str(tier.level): tier for tier in Tier},
    **{tier.value: tier for tier in Tier},
}
YES_NO: dict[str, bool] = {"yes": True, "no": False}

_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_BELGIAN_DATE = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")
_TIME = re.compile(r"([0-9]{1,2}):([0-9]{2})")


def parse_date(text: str) -> date:
    """`YYYY-MM-DD` or `DD/MM/YYYY`; ValueError for anything else, impossible days included."""
    text = text.strip()
    if len(text) == 10 and text[4] == "-" and text[7] == "-" and text.isascii():
        return date.fromisoformat(text)                 # the common case, in C
    if match := _ISO_DATE.fullmatch(text):
        year, month, day = match.groups()
    elif match := _BELGIAN_DATE.fullmatch(text):
        day, month, year = match.groups()
    else:
        raise ValueError(text)
    return date(int(year), int(month), int(day))


def parse_moment(text: str) -> datetime:
    """A local date-time (or a date, meaning 00:00) in Europe/Brussels, returned in UTC."""
    text = text.strip()
    if len(text) == 16 and text[4] == "-" and text[7] == "-" and text[10] == " " \
            and text[13] == ":" and text.isascii():     # the common case, in C
        return datetime.fromisoformat(text).replace(tzinfo=BRUSSELS).astimezone(UTC)
    day_text, _, time_text = text.partition(" ")
    day = parse_date(day_text)
    hour = minute = 0
    if time_text:
        match = _TIME.fullmatch(time_text.strip())
        if match is None:
            raise ValueError(text)
        hour, minute = int(match[1]), int(match[2])
    local = datetime(day.year, day.month, day.day, hour, minute, tzinfo=BRUSSELS)
    return local.astimezone(UTC)


def format_date(value: date | None) -> str:
    return "" if value is None else value.isoformat()


def format_moment(value: datetime) -> str:
    """The local wall time in Brussels, to the minute, as the files carry it."""
    return value.astimezone(BRUSSELS).strftime("%Y-%m-%d %H:%M")


def contact_key(request_ref: str, at: datetime, kind: str, channel: str, summary: str | None,
                occurrence: int) -> str:
    """The stable import key of a contact (see the module documentation)."""
    if at.tzinfo is not UTC:
        at = at.astimezone(UTC)
    moment = f"{at.year:04d}-{at.month:02d}-{at.day:02d}T{at.hour:02d}:{at.minute:02d}Z"
    text = "\x1f".join((request_ref, moment, kind, channel, summary or "", str(occurrence)))
    return sha256(text.encode("utf-8")).hexdigest()


def write_export(path: Path, header: Iterable[str], rows: Iterable[Iterable[str]]) -> None:
    """One registration file as the export writes it: `spreadsheet.write_csv`, marked by EXPORT_MARK."""
    write_csv(path, (*header, EXPORT_MARK), ((*row, "") for row in rows))
