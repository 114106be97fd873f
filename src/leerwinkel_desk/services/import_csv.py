"""Import of the registration exchange format: all files checked whole, then written in one transaction.

The run is all or nothing: the files are read and every row is checked first; with any error
nothing is written and the report lists each problem with file, line (the physical line where the
record starts), column and a reason code. A dry run checks the same way and reports what would be
created, without writing.

Keys and idempotence. A ref names a record when it equals the record's `import_ref`, or the text
of its id (what the export writes for records made in the app). Clients and requests found that way
are updated with the non-empty cells of the file (an empty cell is "unknown" and keeps what is
stored); rows equal to what is stored change nothing, so a second import of the same files writes
nothing. New records keep their ref as `import_ref`. Contacts are keyed by
`registration.contact_key`; stored contacts are matched by their stored key or by the key of their
content (so contacts made in the app and exported are found again). Records deleted in the app are
not brought back: their rows are skipped with a `deleted_record` warning.

What is made of the rows:
- clients get a dossier number of the year of the import and the search keys the app keeps;
- requests get a request number of the year they were opened; a request with an outcome is in
  phase `closed`; an open one enters its tier's first phase: dispatch (1), intake (2), trajectory
  (3); an existing request keeps its phase unless the file closes it or changes its tier (then
  the app's rules for the tier decide, as on a tier move); tier, phase and owner changes go to
  the request's history;
- `referrer_type` empty with a `referrer_org` means partner; `self` with an organisation is an error;
- contacts are held contacts without session type or direction;
- unknown counsellors (matched on login, then full name, then both folded), loketten and referring
  organisations (type `other`) are created and listed; new counsellors cannot log in.
- a birth date follows the app's rule (domain.birth_dates): typed day first (`2/4/1990`,
  `02041990`, `2.4.1990`, ...) or ISO, not in the future nor more than 110 years ago;
- text is stored as given; a cell of spaces only counts as empty; codes are read case-insensitively;
  the `'` an export puts before a formula-like cell is taken off again (`registration.restore`),
  only in a file the export marked (its `leerwinkel_export` column): elsewhere `'=x` stays `'=x`.

Reason codes: encoding, csv_syntax, empty_file, missing_column, duplicate_column, cell_count,
required, invalid_code, invalid_date, invalid_datetime, invalid_number, invalid_email,
out_of_range, too_long, duplicate_ref, unknown_ref, required_with, before, not_for_tier,
anonymous_above_tier_1, conflicts_with; warnings: unknown_column, deleted_record.
"""

from __future__ import annotations

import codecs
import csv
import io
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Table, bindparam, insert, or_, select, update
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.birth_dates import FORMATS as BIRTH_DATE_FORMATS
from leerwinkel_desk.domain.birth_dates import birth_date_from, earliest_birth_date
from leerwinkel_desk.domain.enums import (
    Channel,
    ContactKind,
    ContactStatus,
    DutchLevel,
    Gender,
    OrganisationType,
    Outcome,
    Phase,
    Qualification,
    ReferrerType,
    Role,
    SocialStatus,
    Tier,
)
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.domain.ids import uuid7
from leerwinkel_desk.domain.numbers import CLIENT_PREFIX, REQUEST_PREFIX, format_number
from leerwinkel_desk.domain.limits import MAX_MINUTES
from leerwinkel_desk.domain.rules import ENTRY_PHASE, PHASES_PER_TIER
from leerwinkel_desk.domain.text import fold, name_key, phone_key
from leerwinkel_desk.services import audit
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.services.context import BRUSSELS
from leerwinkel_desk.services.numbering import reserve
from leerwinkel_desk.services.registration import (
    COLUMNS,
    EXPORT_MARK,
    REQUIRED,
    TIER_CODES,
    YES_NO,
    FileKind,
    contact_key,
    parse_date,
    parse_moment,
    restore,
)
from leerwinkel_desk.store.models import (
    Client,
    Contact,
    Counsellor,
    LearningRequest,
    Loket,
    PartnerOrganisation,
    RequestChange,
)

Progress = Callable[[int, int], None]
ENCODINGS = ("utf-8", "cp1252")
EARLIEST = date(1900, 1, 1)
CHUNK = 500                     # refs per IN (...) query
WRITE_BATCH = 5000              # rows per executemany between progress reports
PHASE_ORDER = {phase: i for i, phase in enumerate(Phase)}
CLIENT_FIELDS = ("first_name", "last_name", "birth_date", "gender", "phone", "email", "postcode",
                 "municipality", "highest_qualification", "foreign_diploma", "status", "dutch_level")
REQUEST_FIELDS = ("client_id", "opened_on", "tier", "phase", "referrer_type", "referrer_org_id",
                  "topic", "owner_id", "loket_id", "closed_on", "outcome")


@dataclass(frozen=True)
class Problem:
    """One error or warning: where (file, line, column) and why (a reason code with facts)."""

    file: str
    line: int | None
    column: str | None
    code: str
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


class RegistrationImport(UseCase):
    """Migrating registrations into the office (coordinators only)."""

    def import_folder(self, folder: Path, dry_run: bool = False, encoding: str = "utf-8",
                      progress: Progress | None = None) -> ImportReport:
        """Import `clients.csv`, `requests.csv` and `contacts.csv` of a folder (those present)."""
        sources = [(kind, folder / kind.file_name) for kind in FileKind
                   if (folder / kind.file_name).is_file()]
        if not sources:
            raise InvalidValue("folder", "no_exchange_files")
        return self._run(sources, dry_run, encoding, progress)

    def import_file(self, kind: FileKind, path: Path, dry_run: bool = False,
                    encoding: str = "utf-8", progress: Progress | None = None) -> ImportReport:
        """Import one file of the given kind; the refs it names must be in the database."""
        return self._run([(kind, path)], dry_run, encoding, progress)

    def _run(self, sources: list[tuple[FileKind, Path]], dry_run: bool, encoding: str,
             progress: Progress | None) -> ImportReport:
        self._require(Permission.REPORTS)
        if encoding not in ENCODINGS:
            raise InvalidValue("encoding", "unsupported")
        errors: list[Problem] = _Capped()
        warnings: list[Problem] = _Capped()
        sheets: dict[FileKind, _Sheet | None] = {
            kind: _read_sheet(kind, path, encoding, errors, warnings) for kind, path in sources}
        rows = sum(len(s.rows) for s in sheets.values() if s is not None)
        ticker = _Ticker(progress, rows if dry_run else 2 * rows)
        now = self._now()
        with self._db.read() if dry_run else self._db.write() as session:
            plan = _Planner(session, self._actor.office_id, now, self._today(), errors, warnings,
                            ticker).plan(sheets)
            written = not errors and not dry_run
            if written:
                plan.write(session, self._actor.counsellor_id, now, self._today(), ticker)
        ticker.finish()
        order = {path.name: position for position, (_, path) in enumerate(sources)}

        def by_place(problem: Problem) -> tuple[int, int]:
            return order.get(problem.file, len(order)), problem.line or 0

        return ImportReport(
            files=tuple(path.name for _, path in sources), dry_run=dry_run, written=written,
            errors=tuple(sorted(errors, key=by_place)),
            warnings=tuple(sorted(warnings, key=by_place)), clients=plan.counts(FileKind.CLIENTS),
            requests=plan.counts(FileKind.REQUESTS), contacts=plan.counts(FileKind.CONTACTS),
            new_counsellors=plan.counsellors.new_names(), new_lokets=plan.lokets.new_names(),
            new_organisations=plan.organisations.new_names(),
            more_errors=errors.more, more_warnings=warnings.more,   # type: ignore[attr-defined]
        )


class _Capped(list):
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


# --- reading a file ----------------------------------------------------------------------------


@dataclass
class _Sheet:
    """A file read and split into records: the header's column positions and the data rows."""

    kind: FileKind
    name: str
    index: dict[str, int]
    rows: list[tuple[int, list[str]]]
    failed_refs: set[str] = field(default_factory=set)    # refs of rows with a bad cell


def _read_sheet(kind: FileKind, path: Path, encoding: str, errors: list[Problem],
                warnings: list[Problem]) -> _Sheet | None:
    """The file decoded and parsed, or None (with the reason in `errors`) if it cannot be read."""
    name = path.name
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
        errors.append(Problem(name, start, None, "csv_syntax", detail=str(error)))
        return None
    if not records:
        errors.append(Problem(name, None, None, "empty_file"))
        return None
    header_line, header = records[0]
    index: dict[str, int] = {}
    usable = True
    exported = False
    for position, raw in enumerate(header):
        column = raw.strip().casefold()
        if column == EXPORT_MARK:
            exported = True
        elif column not in known:
            warnings.append(Problem(name, header_line, raw.strip() or f"#{position + 1}",
                                    "unknown_column"))
        elif column in index:
            errors.append(Problem(name, header_line, column, "duplicate_column"))
            usable = False
        else:
            index[column] = position
    for column in REQUIRED[kind]:
        if column not in index:
            errors.append(Problem(name, header_line, column, "missing_column"))
            usable = False
    if not usable:
        return None
    width = len(header)
    rows = []
    for line, cells in records[1:]:
        if not "".join(cells).strip():
            continue                                    # a blank line, or only delimiters
        if len(cells) != width and (len(cells) < width or "".join(cells[width:]).strip()):
            errors.append(Problem(name, line, None, "cell_count", str(len(cells)), str(width)))
            continue
        rows.append((line, [restore(cell) for cell in cells] if exported else cells))
    return _Sheet(kind, name, index, rows)


def _decode(data: bytes, encoding: str, name: str, errors: list[Problem]) -> str | None:
    """UTF-8 (a BOM is dropped) or, when asked for, cp1252; never a guess."""
    has_bom = data.startswith(codecs.BOM_UTF8)
    if encoding == "cp1252" and has_bom:
        errors.append(Problem(name, 1, None, "encoding", data[:3].hex(" "), encoding))
        return None
    body = data[len(codecs.BOM_UTF8):] if has_bom else data
    try:
        return body.decode(encoding)
    except UnicodeDecodeError as error:
        before = body[:error.start]
        line = 1 + before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n")
        errors.append(Problem(name, line, None, "encoding",
                              body[error.start:error.end].hex(" "), encoding))
        return None


# --- checking cells ----------------------------------------------------------------------------


class _Bad(Exception):
    def __init__(self, code: str, detail: str | None = None) -> None:
        super().__init__(code)
        self.code, self.detail = code, detail


Convert = Callable[[str], Any]


def _text(column: Column[Any]) -> Convert:
    limit = column.type.length  # type: ignore[attr-defined]

    def convert(cell: str) -> str:
        if len(cell) > limit:
            raise _Bad("too_long", str(limit))
        return cell
    return convert


def _code(values: Mapping[str, Any]) -> Convert:
    lookup = {key.casefold(): value for key, value in values.items()}
    allowed = ", ".join(values)

    def convert(cell: str) -> Any:
        try:
            return lookup[cell.strip().casefold()]
        except KeyError:
            raise _Bad("invalid_code", allowed) from None
    return convert


def _enum_codes(enum_cls: type[StrEnum]) -> Convert:
    return _code({member.value: member for member in enum_cls})


def _date(today: date) -> Convert:
    def convert(cell: str) -> date:
        try:
            value = parse_date(cell)
        except ValueError:
            raise _Bad("invalid_date", "YYYY-MM-DD, DD/MM/YYYY") from None
        if not EARLIEST <= value <= today:
            raise _Bad("out_of_range", f"{EARLIEST.isoformat()}..{today.isoformat()}")
        return value
    return convert


def _birth_date(today: date) -> Convert:
    """The app's own birth-date rule (domain.birth_dates), reported as the file's other dates are."""
    def convert(cell: str) -> date | None:
        try:
            return birth_date_from(cell, today)
        except InvalidValue as error:
            if error.reason == "not_a_date":
                raise _Bad("invalid_date", BIRTH_DATE_FORMATS) from None
            raise _Bad("out_of_range", f"{earliest_birth_date(today).isoformat()}..{today.isoformat()}") from None
    return convert


def _moment(today: date) -> Convert:
    first = datetime.combine(EARLIEST, time(0), BRUSSELS).astimezone(UTC)
    after = datetime.combine(today + timedelta(days=1), time(0), BRUSSELS).astimezone(UTC)

    def convert(cell: str) -> datetime:
        try:
            value = parse_moment(cell)
        except ValueError:
            raise _Bad("invalid_datetime", "YYYY-MM-DD HH:MM, DD/MM/YYYY HH:MM") from None
        if not first <= value < after:
            raise _Bad("out_of_range", f"{EARLIEST.isoformat()}..{today.isoformat()}")
        return value
    return convert


def _minutes(cell: str) -> int:
    text = cell.strip()
    if not (text.isascii() and text.isdigit()):
        raise _Bad("invalid_number", f"0..{MAX_MINUTES}")
    value = int(text)
    if not 0 <= value <= MAX_MINUTES:
        raise _Bad("out_of_range", f"0..{MAX_MINUTES}")
    return value


def _email(cell: str) -> str:
    cell = _text(Client.__table__.c.email)(cell)
    if "@" not in cell.strip(" @") or " " in cell.strip():     # the app's own rule (clients.py)
        raise _Bad("invalid_email")
    return cell


def _specs(today: date) -> dict[FileKind, dict[str, Convert]]:
    client, request, contact = (m.__table__.c for m in (Client, LearningRequest, Contact))
    ref = _text(client.import_ref)
    name = _text(Counsellor.__table__.c.full_name)
    loket = _text(Loket.__table__.c.name)
    return {
        FileKind.CLIENTS: {
            "client_ref": ref, "first_name": _text(client.first_name),
            "last_name": _text(client.last_name), "birth_date": _birth_date(today),
            "gender": _enum_codes(Gender), "phone": _text(client.phone), "email": _email,
            "postcode": _text(client.postcode), "municipality": _text(client.municipality),
            "highest_qualification": _enum_codes(Qualification), "foreign_diploma": _code(YES_NO),
            "status": _enum_codes(SocialStatus), "dutch_level": _enum_codes(DutchLevel),
        },
        FileKind.REQUESTS: {
            "request_ref": ref, "client_ref": ref, "opened_on": _date(today),
            "tier": _code(TIER_CODES), "referrer_type": _enum_codes(ReferrerType),
            "referrer_org": _text(PartnerOrganisation.__table__.c.name),
            "topic": _text(request.topic), "counsellor": name, "loket": loket,
            "closed_on": _date(today), "outcome": _enum_codes(Outcome),
        },
        FileKind.CONTACTS: {
            "request_ref": ref, "at": _moment(today), "kind": _enum_codes(ContactKind),
            "channel": _enum_codes(Channel), "minutes": _minutes, "counsellor": name,
            "loket": loket, "summary": _text(contact.summary),
        },
    }


def _converted(sheet: _Sheet, spec: dict[str, Convert], errors: list[Problem],
               ticker: _Ticker) -> Iterator[tuple[int, dict[str, Any], list[str]]]:
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
        for column in required:
            if values[column] is None and not (cells[sheet.index[column]].strip()):
                errors.append(Problem(sheet.name, line, column, "required"))
                good = False
        if good:
            yield line, values, cells
        else:
            sheet.failed_refs.add(cells[ref_position])


# --- names of counsellors, loketten and partners -----------------------------------------------


class _Names:
    """Finds a counsellor, loket or organisation by the name a file gives, or plans a new one."""

    def __init__(self, *groups: list[tuple[uuid.UUID, str]]) -> None:
        """Each group is a kind of name (logins, then full names); earlier groups win, then the
        oldest record; the exact spelling wins over the folded one."""
        self._exact: dict[str, uuid.UUID] = {}
        self._folded: dict[str, uuid.UUID] = {}
        ordered = [sorted(group, key=lambda r: r[0]) for group in groups]
        for group in ordered:
            for row_id, text in group:
                self._exact.setdefault(text, row_id)
        for group in ordered:
            for row_id, text in group:
                self._folded.setdefault(fold(text) or text, row_id)
        self.new: dict[str, tuple[uuid.UUID, str]] = {}          # folded name -> (id, as given)

    def resolve(self, text: str | None) -> uuid.UUID | None:
        if text is None:
            return None
        found = self._exact.get(text)
        if found is None:
            key = fold(text) or text
            found = self._folded.get(key)
            if found is None:
                if key not in self.new:
                    self.new[key] = (uuid7(), text)
                found = self.new[key][0]
            self._exact[text] = found
        return found

    def new_names(self) -> tuple[str, ...]:
        return tuple(text for _, text in self.new.values())


# --- planning and writing ----------------------------------------------------------------------


@dataclass
class _Existing:
    """A stored client or request found by ref, with the fields an import may change."""

    id: uuid.UUID
    deleted: bool
    values: dict[str, Any]


@dataclass
class _Work:
    """Rows to insert and to update for one kind, and the counts for the report."""

    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    unchanged: int = 0
    skipped: int = 0


class _Ticker:
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


class _Planner:
    """Checks converted rows against each other and the database, and plans the writes."""

    def __init__(self, session: Session, office_id: uuid.UUID, now: datetime, today: date,
                 errors: list[Problem], warnings: list[Problem], ticker: _Ticker) -> None:
        self.session, self.office_id, self.now = session, office_id, now
        self.errors, self.warnings, self.ticker = errors, warnings, ticker
        self.specs = _specs(today)
        self.work = {kind: _Work() for kind in FileKind}
        self.changes: list[dict[str, Any]] = []
        self.client_ids: dict[str, uuid.UUID] = {}           # ref -> id, this run's clients
        self.request_ids: dict[str, tuple[uuid.UUID, uuid.UUID | None]] = {}  # ref -> id, client
        counsellors = session.execute(select(Counsellor.id, Counsellor.login, Counsellor.full_name)
                                      .where(Counsellor.office_id == office_id)).all()
        self.logins = {login.casefold() for _, login, _ in counsellors}
        # a login names a counsellor before any full name does
        self.counsellors = _Names([(i, login) for i, login, _ in counsellors],
                                  [(i, full) for i, _, full in counsellors])
        self.lokets = _Names([(r.id, r.name) for r in session.execute(
            select(Loket.id, Loket.name).where(Loket.office_id == office_id))])
        self.organisations = _Names([(r.id, r.name) for r in session.execute(
            select(PartnerOrganisation.id, PartnerOrganisation.name)
            .where(PartnerOrganisation.office_id == office_id))])
        self.failed_refs: dict[FileKind, set[str]] = {}

    def counts(self, kind: FileKind) -> Counts:
        work = self.work[kind]
        return Counts(len(work.inserts), len(work.updates), work.unchanged, work.skipped)

    def plan(self, sheets: Mapping[FileKind, _Sheet | None]) -> _Planner:
        unreadable = {kind for kind, sheet in sheets.items() if sheet is None}
        self.failed_refs = {kind: sheet.failed_refs for kind, sheet in sheets.items() if sheet}
        if (sheet := sheets.get(FileKind.CLIENTS)) is not None:
            self.plan_clients(sheet)
        if (sheet := sheets.get(FileKind.REQUESTS)) is not None:
            self.plan_requests(sheet, check_clients=FileKind.CLIENTS not in unreadable)
        if (sheet := sheets.get(FileKind.CONTACTS)) is not None:
            self.plan_contacts(sheet, check_requests=FileKind.REQUESTS not in unreadable)
        return self

    # clients

    def plan_clients(self, sheet: _Sheet) -> None:
        rows = self.unique_rows(sheet, "client_ref")
        existing = self.find(Client, [values["client_ref"] for _, values, _ in rows],
                             [getattr(Client, f) for f in CLIENT_FIELDS])
        work = self.work[FileKind.CLIENTS]
        for line, values, _ in rows:
            ref = values["client_ref"]
            given = {f: values[f] for f in CLIENT_FIELDS if values[f] is not None}
            found = existing.get(ref)
            if found is None:
                client_id = uuid7()
                work.inserts.append({"id": client_id, "import_ref": ref,
                                     **dict.fromkeys(CLIENT_FIELDS), **given})
            elif found.deleted:
                self.deleted(sheet, line, "client_ref", ref, work)
                continue
            else:
                client_id = found.id
                changed = {f: v for f, v in given.items() if found.values[f] != v}
                if changed:
                    work.updates.append({"id": client_id, **found.values, **changed,
                                         "_fields": sorted(changed)})
                else:
                    work.unchanged += 1
            self.client_ids[ref] = client_id

    # requests

    def plan_requests(self, sheet: _Sheet, check_clients: bool) -> None:
        rows = self.unique_rows(sheet, "request_ref")
        existing = self.find(LearningRequest, [v["request_ref"] for _, v, _ in rows],
                             [getattr(LearningRequest, f) for f in REQUEST_FIELDS])
        stored_clients = self.find(Client, [v["client_ref"] for _, v, _ in rows
                                            if v["client_ref"] is not None
                                            and v["client_ref"] not in self.client_ids],
                                   [Client.merged_into_id])
        failed_clients = self.failed_refs.get(FileKind.CLIENTS, set())
        work = self.work[FileKind.REQUESTS]
        for line, values, cells in rows:
            ref = values["request_ref"]
            found = existing.get(ref)
            if found is not None and found.deleted:
                self.deleted(sheet, line, "request_ref", ref, work)
                continue
            client_id = self.client_for(sheet, line, values["client_ref"], stored_clients,
                                        check_clients, failed_clients)
            if client_id is False:
                sheet.failed_refs.add(ref)
                continue
            given = {
                "client_id": client_id, "opened_on": values["opened_on"], "tier": values["tier"],
                "referrer_type": values["referrer_type"] or (
                    ReferrerType.PARTNER if values["referrer_org"] is not None else None),
                "referrer_org_id": self.organisations.resolve(values["referrer_org"]),
                "topic": values["topic"], "owner_id": self.counsellors.resolve(values["counsellor"]),
                "loket_id": self.lokets.resolve(values["loket"]),
                "closed_on": values["closed_on"], "outcome": values["outcome"],
            }
            given = {k: v for k, v in given.items() if v is not None}
            stored = found.values if found is not None else {
                **dict.fromkeys(REQUEST_FIELDS), "referrer_type": ReferrerType.SELF}
            merged = {**stored, **given}
            if not self.consistent(sheet, line, values, cells, merged):
                sheet.failed_refs.add(ref)
                continue
            merged["phase"] = _phase(stored, merged)
            request_id = found.id if found is not None else uuid7()
            self.request_ids[ref] = (request_id, merged["client_id"])
            if found is None:
                work.inserts.append({"id": request_id, "import_ref": ref, **merged})
                continue
            changed = sorted(f for f in REQUEST_FIELDS if merged[f] != stored[f])
            if not changed:
                work.unchanged += 1
                continue
            work.updates.append({"id": request_id, **merged, "_fields": changed})
            for name, column in (("tier", "tier"), ("phase", "phase"), ("owner", "owner_id")):
                if merged[column] != stored[column] and merged[column] is not None:
                    self.changes.append({
                        "request_id": request_id, "field": name,
                        "old_value": None if stored[column] is None else str(stored[column]),
                        "new_value": str(merged[column])})

    def client_for(self, sheet: _Sheet, line: int, ref: str | None, stored: dict[str, _Existing],
                   check: bool, failed: set[str]) -> uuid.UUID | None | bool:
        """The client a request belongs to (None: anonymous), or False when the ref is no good.

        A ref whose own row was bad, or that can't be checked because its file could not be
        read, is not reported again here.
        """
        if ref is None:
            return None
        if ref in self.client_ids:
            return self.client_ids[ref]
        found = stored.get(ref)
        if found is None or found.deleted:
            if check and ref not in failed:
                self.errors.append(Problem(sheet.name, line, "client_ref",
                                           "unknown_ref" if found is None else "deleted_record", ref))
            return False
        return found.values["merged_into_id"] or found.id

    def consistent(self, sheet: _Sheet, line: int, values: dict[str, Any], cells: list[str],
                   merged: dict[str, Any]) -> bool:
        """Checks across the columns of one request (on the stored values overlaid by the file's)."""
        found: list[tuple[str, str, str | None]] = []
        tier, outcome, closed_on = merged["tier"], merged["outcome"], merged["closed_on"]
        if merged["client_id"] is None and tier is not Tier.INFORMATION:
            found.append(("tier", "anonymous_above_tier_1", None))
        if outcome is not None and closed_on is None:
            found.append(("closed_on", "required_with", "outcome"))
        if closed_on is not None and outcome is None:
            found.append(("outcome", "required_with", "closed_on"))
        if closed_on is not None and closed_on < merged["opened_on"]:
            found.append(("closed_on", "before", "opened_on"))
        if tier is Tier.INFORMATION and outcome not in (None, Outcome.ANSWERED, Outcome.REFERRED_OUT):
            found.append(("outcome", "not_for_tier", "1"))
        if values["referrer_type"] is ReferrerType.SELF and values["referrer_org"] is not None:
            found.append(("referrer_org", "conflicts_with", "referrer_type"))
        for column, code, detail in found:
            position = sheet.index.get(column)
            self.errors.append(Problem(sheet.name, line, column, code,
                                       None if position is None else cells[position], detail))
        return not found

    # contacts

    def plan_contacts(self, sheet: _Sheet, check_requests: bool) -> None:
        rows = list(_converted(sheet, self.specs[FileKind.CONTACTS], self.errors, self.ticker))
        outside = {v["request_ref"] for _, v, _ in rows if v["request_ref"] not in self.request_ids}
        failed_requests = self.failed_refs.get(FileKind.REQUESTS, set())
        stored_requests = self.find(LearningRequest, sorted(outside), [LearningRequest.client_id])
        requests: dict[str, tuple[uuid.UUID, uuid.UUID | None]] = dict(self.request_ids)
        for ref, found in stored_requests.items():
            if not found.deleted:
                requests[ref] = (found.id, found.values["client_id"])
        known = self.stored_contacts(requests)
        seen: dict[tuple[Any, ...], int] = {}
        work = self.work[FileKind.CONTACTS]
        for line, values, _ in rows:
            ref = values["request_ref"]
            target = requests.get(ref)
            if target is None:
                if ref in stored_requests:
                    self.deleted(sheet, line, "request_ref", ref, work)
                elif check_requests and ref not in failed_requests:
                    self.errors.append(Problem(sheet.name, line, "request_ref", "unknown_ref", ref))
                continue
            content = (ref, values["at"], values["kind"], values["channel"],
                       values["summary"] or "")                     # `at` is to the minute
            occurrence = seen.get(content, 0)
            seen[content] = occurrence + 1
            key = contact_key(*content, occurrence)
            given = {"minutes": values["minutes"],
                     "counsellor_id": self.counsellors.resolve(values["counsellor"]),
                     "loket_id": self.lokets.resolve(values["loket"])}
            match = known.get(key)
            if match is None:
                work.inserts.append({"request_id": target[0], "client_id": target[1],
                                     "kind": values["kind"], "channel": values["channel"],
                                     "at": values["at"], "summary": values["summary"],
                                     "import_key": key, **given})
                continue
            if match.deleted:
                self.deleted(sheet, line, "request_ref", ref, work)
                continue
            changed = {f: v for f, v in given.items() if v is not None and match.values[f] != v}
            if changed:
                work.updates.append({"id": match.id, **match.values, **changed,
                                     "_request": target, "_fields": sorted(changed)})
            else:
                work.unchanged += 1

    def stored_contacts(self, requests: dict[str, tuple[uuid.UUID, uuid.UUID | None]]) -> dict[str, _Existing]:
        """Stored contacts of the requests named, by stored key and by the key of their content."""
        new_ids = {w["id"] for w in self.work[FileKind.REQUESTS].inserts}
        refs = {request_id: ref for ref, (request_id, _) in requests.items()
                if request_id not in new_ids}
        found: dict[str, _Existing] = {}
        seen: dict[tuple[Any, ...], int] = {}
        ids = sorted(refs)
        for start in range(0, len(ids), CHUNK):
            rows = self.session.execute(
                select(Contact.id, Contact.request_id, Contact.at, Contact.kind, Contact.channel,
                       Contact.summary, Contact.import_key, Contact.deleted_at, Contact.status,
                       Contact.minutes, Contact.counsellor_id, Contact.loket_id)
                .where(Contact.request_id.in_(ids[start:start + CHUNK]))
                .order_by(Contact.request_id, Contact.at, Contact.id))
            for row in rows:
                existing = _Existing(row.id, row.deleted_at is not None, {
                    "minutes": row.minutes, "counsellor_id": row.counsellor_id,
                    "loket_id": row.loket_id})
                if row.import_key is not None:
                    found.setdefault(row.import_key, existing)
                if row.deleted_at is None and row.status is ContactStatus.HELD:
                    content = (refs[row.request_id], row.at.replace(second=0, microsecond=0),
                               row.kind.value, row.channel.value, row.summary or "")
                    occurrence = seen.get(content, 0)
                    seen[content] = occurrence + 1
                    found.setdefault(contact_key(*content, occurrence), existing)
        return found

    # shared

    def unique_rows(self, sheet: _Sheet, ref_column: str) -> list[tuple[int, dict[str, Any], list[str]]]:
        """The good rows of a file; a ref repeated on a later line (good or bad) is reported there."""
        position = sheet.index[ref_column]
        first: dict[str, int] = {}
        for line, cells in sheet.rows:
            first.setdefault(cells[position], line)
        rows = []
        for line, values, cells in _converted(sheet, self.specs[sheet.kind], self.errors,
                                              self.ticker):
            ref = values[ref_column]
            if first[ref] != line:
                self.errors.append(Problem(sheet.name, line, ref_column, "duplicate_ref", ref,
                                           str(first[ref])))
                continue
            rows.append((line, values, cells))
        return rows

    def find(self, model: type[Client] | type[LearningRequest], refs: list[str],
             columns: list[Any]) -> dict[str, _Existing]:
        """Stored records of this office named by these refs (import_ref or id), tombstones too.

        A ref that is some record's `import_ref` names that record before one whose id it spells.
        """
        wanted = sorted(set(refs))
        by_id: dict[uuid.UUID, str] = {}
        for ref in wanted:
            try:
                by_id[uuid.UUID(ref)] = ref
            except ValueError:
                pass
        ids = sorted(by_id)
        found: dict[str, _Existing] = {}
        by_ref: dict[str, _Existing] = {}
        for start in range(0, max(len(wanted), len(ids)), CHUNK):
            query = select(model.id, model.import_ref, model.deleted_at, *columns).where(
                model.office_id == self.office_id,
                or_(model.import_ref.in_(wanted[start:start + CHUNK]),
                    model.id.in_(ids[start:start + CHUNK])))
            for row in self.session.execute(query):
                mapping = row._mapping
                existing = _Existing(row.id, row.deleted_at is not None,
                                     {c.key: mapping[c.key] for c in columns})
                if row.import_ref is not None:
                    by_ref[row.import_ref] = existing
                if row.id in by_id:
                    found[by_id[row.id]] = existing
        wanted_set = set(wanted)
        found.update((ref, existing) for ref, existing in by_ref.items() if ref in wanted_set)
        return found

    def deleted(self, sheet: _Sheet, line: int, column: str, ref: str, work: _Work) -> None:
        self.warnings.append(Problem(sheet.name, line, column, "deleted_record", ref))
        work.skipped += 1

    # writing

    def write(self, session: Session, by: uuid.UUID | None, now: datetime, today: date,
              ticker: _Ticker) -> None:
        writer = _Writer(session, self.office_id, by, now, ticker)
        writer.names(self.counsellors, self.lokets, self.organisations, self.logins)
        clients = self.work[FileKind.CLIENTS]
        first = reserve(session, self.office_id, CLIENT_PREFIX, today.year, len(clients.inserts)) \
            if clients.inserts else 0
        for offset, row in enumerate(clients.inserts):
            row["dossier_no"] = format_number(CLIENT_PREFIX, today.year, first + offset)
        writer.clients(clients)
        requests = self.work[FileKind.REQUESTS]
        years: dict[int, list[dict[str, Any]]] = {}
        for row in requests.inserts:
            years.setdefault(row["opened_on"].year, []).append(row)
        for year, rows in sorted(years.items()):
            first = reserve(session, self.office_id, REQUEST_PREFIX, year, len(rows))
            for offset, row in enumerate(rows):
                row["request_no"] = format_number(REQUEST_PREFIX, year, first + offset)
        writer.requests(requests, self.changes)
        writer.contacts(self.work[FileKind.CONTACTS])
        writer.audit()


def _phase(stored: dict[str, Any], merged: dict[str, Any]) -> Phase:
    """The phase after the import (see the module documentation)."""
    tier, current = merged["tier"], stored["phase"]
    if current is None:
        return Phase.CLOSED if merged["outcome"] is not None else ENTRY_PHASE[tier]
    if merged["outcome"] is not None and stored["outcome"] is None:
        return current if current in (Phase.CLOSED, Phase.AFTERCARE) else Phase.CLOSED
    if tier != stored["tier"] and current not in (Phase.CLOSED, Phase.AFTERCARE) and (
            current not in PHASES_PER_TIER[tier]
            or PHASE_ORDER[current] < PHASE_ORDER[ENTRY_PHASE[tier]]):
        return ENTRY_PHASE[tier]
    return current


class _Writer:
    """Bulk Core statements inside the caller's transaction; audit events in the same one."""

    def __init__(self, session: Session, office_id: uuid.UUID, by: uuid.UUID | None,
                 now: datetime, ticker: _Ticker) -> None:
        self.connection = session.connection()
        self.office_id, self.by, self.now, self.ticker = office_id, by, now, ticker
        self.stamps = {"office_id": office_id, "created_at": now, "created_by": by,
                       "updated_at": now, "updated_by": by, "deleted_at": None}
        self.events: list[dict[str, Any]] = []

    def event(self, action: str, entity: str, record_id: uuid.UUID | None,
              fields: list[str] | tuple[str, ...], client_id: uuid.UUID | None) -> None:
        self.events.append({"id": uuid7(), "office_id": self.office_id, "at": self.now,
                            "actor_id": self.by, "action": action, "entity": entity,
                            "record_id": record_id, "subject_client_id": client_id,
                            "fields": ",".join(sorted(fields)) or None})

    def insert(self, table: Table, rows: list[dict[str, Any]], tick: bool = True,
               same: dict[str, Any] | None = None) -> None:
        """One executemany of the Core insert per batch, with the columns' own bind processors.

        The values go through exactly the conversions SQLAlchemy applies (the bind processor of
        each column type's implementation for this dialect), called directly: the stamps once, the rest per value.
        That skips the per-row bookkeeping of `Connection.execute`, which costs more than the
        insert itself at 100,000 rows. `same` holds values shared by every row (stamps too); a
        shared None is left out of the statement (the column, which has no default, is NULL),
        because the driver binds a None far more slowly than a text or a number.
        """
        if not rows:
            return
        dialect = self.connection.dialect
        shared = {k: v for k, v in {**{k: v for k, v in self.stamps.items() if k in table.c},
                                    **(same or {})}.items()
                  if v is not None or table.c[k].default is not None}
        keys = [*(k for k in rows[0] if k not in shared), *shared]
        compiled = insert(table).compile(dialect=dialect, column_keys=keys)
        names = list(compiled.positiontup or ()) if compiled.positional else list(compiled.params)
        processors = {name: table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
                      for name in names}
        template = [shared.get(name) if processors[name] is None or shared.get(name) is None
                    else processors[name](shared[name]) for name in names]
        varying = [(position, name, processors[name]) for position, name in enumerate(names)
                   if name not in shared]

        def values(row: dict[str, Any]) -> tuple[Any, ...]:
            out = template.copy()
            for position, name, process in varying:
                value = row[name]
                out[position] = value if value is None or process is None else process(value)
            return tuple(out)

        sql = str(compiled)
        for start in range(0, len(rows), WRITE_BATCH):
            batch = rows[start:start + WRITE_BATCH]
            params: list[Any] = [values(row) for row in batch]
            if not compiled.positional:
                params = [dict(zip(names, p, strict=True)) for p in params]
            self.connection.exec_driver_sql(sql, params)
            if tick:
                self.ticker.tick(len(batch))

    def update(self, table: Table, rows: list[dict[str, Any]], columns: tuple[str, ...]) -> None:
        if not rows:
            return
        statement = update(table).where(table.c.id == bindparam("_id")).values(
            {c: bindparam(c) for c in (*columns, "updated_at", "updated_by")})
        params = [{"_id": r["id"], **{c: r[c] for c in columns},
                   "updated_at": self.now, "updated_by": self.by} for r in rows]
        for start in range(0, len(params), WRITE_BATCH):
            self.connection.execute(statement, params[start:start + WRITE_BATCH])
            self.ticker.tick(len(params[start:start + WRITE_BATCH]))

    def names(self, counsellors: _Names, lokets: _Names, organisations: _Names,
              logins: set[str]) -> None:
        rows = []
        for row_id, text in counsellors.new.values():
            login = _free_login(text, logins)
            rows.append({"id": row_id, "login": login, "full_name": text, "role": Role.COUNSELLOR,
                         "email": None, "phone": None, "can_log_in": False})
            self.event("counsellor.import", "counsellor", row_id, ("full_name", "login", "role"), None)
        self.insert(Counsellor.__table__, rows, tick=False)
        rows = []
        for row_id, text in organisations.new.values():
            rows.append({"id": row_id, "name": text, "org_type": OrganisationType.OTHER,
                         **dict.fromkeys(("street", "postcode", "municipality", "phone", "email",
                                          "website", "notes"))})
            self.event("partner.import", "partner_organisation", row_id, ("name", "org_type"), None)
        self.insert(PartnerOrganisation.__table__, rows, tick=False)
        rows = []
        for row_id, text in lokets.new.values():
            rows.append({"id": row_id, "name": text, "host_partner_id": None, "street": None,
                         "postcode": None, "municipality": None, "active": True})
            self.event("loket.import", "loket", row_id, ("name",), None)
        self.insert(Loket.__table__, rows, tick=False)

    def clients(self, work: _Work) -> None:
        rows = []
        for row in work.inserts:
            rows.append({**row, **_client_keys(row)})
            self.event("client.import", "client", row["id"],
                       [f for f in CLIENT_FIELDS if row[f] is not None], row["id"])
        self.insert(Client.__table__, rows, same={
            **dict.fromkeys(("street", "personal_situation", "study_history", "practical_barriers",
                             "support_network", "interests", "merged_into_id")),
            "difficult_school_past": False, "weak_network": False})
        for row in work.updates:
            row.update(_client_keys(row))
            self.event("client.import", "client", row["id"], row["_fields"], row["id"])
        self.update(Client.__table__, work.updates,
                    (*CLIENT_FIELDS, "name_key", "phone_key", "email_key"))

    def requests(self, work: _Work, changes: list[dict[str, Any]]) -> None:
        for row in work.inserts:
            self.event("request.import", "learning_request", row["id"],
                       [f for f in REQUEST_FIELDS if row[f] is not None], row["client_id"])
        self.insert(LearningRequest.__table__, work.inserts, same={
            **dict.fromkeys(("referrer_contact_id", "first_channel", "question", "satisfaction",
                             "follow_up_due", "enrolled_on")), "follow_up": False})
        for row in work.updates:
            self.event("request.import", "learning_request", row["id"], row["_fields"],
                       row["client_id"])
        self.update(LearningRequest.__table__, work.updates, REQUEST_FIELDS)
        self.insert(RequestChange.__table__, [
            {"id": uuid7(), "office_id": self.office_id, "at": self.now, "by": self.by,
             "reason": None, **change} for change in changes], tick=False)

    def contacts(self, work: _Work) -> None:
        per_request: dict[uuid.UUID, uuid.UUID | None] = {}
        for row in work.inserts:
            per_request[row["request_id"]] = row.pop("client_id")
            row["id"] = uuid7()
        self.insert(Contact.__table__, work.inserts, same={
            "session_type": None, "status": ContactStatus.HELD, "direction": None, "notes": None})
        for row in work.updates:
            per_request[row["_request"][0]] = row["_request"][1]
        self.update(Contact.__table__, work.updates, ("minutes", "counsellor_id", "loket_id"))
        for request_id, client_id in per_request.items():
            self.event("contact.import", "learning_request", request_id, ("contacts",), client_id)

    def audit(self) -> None:
        audit.append(self.connection, self.events)


def _client_keys(row: dict[str, Any]) -> dict[str, Any]:
    """The search keys the client register keeps (as services/clients.py does)."""
    return {"name_key": name_key(row["first_name"], row["last_name"]),
            "phone_key": phone_key(row["phone"]) or None,
            "email_key": row["email"].strip().casefold() if row["email"] else None}


def _free_login(full_name: str, taken: set[str]) -> str:
    """A login for a counsellor created by an import: the folded name with dots, made unique."""
    base = (fold(full_name).replace(" ", ".") or "counsellor")[:90]
    login, number = base, 1
    while login.casefold() in taken:
        number += 1
        login = f"{base}.{number}"
    taken.add(login.casefold())
    return login

