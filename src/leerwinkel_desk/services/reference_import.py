"""Importing the office's reference data from CSV: the training offer (courses with their providers) and the
social map (partners with their contact persons). The formats: docs/reference-import.md; the columns, their
Dutch and English names and the words of their codes: services/reference_format.py (the template file too).

The file is read as the registration import reads one (services/import_files.py: encoding, CSV, header,
cell counts), and its problems are told alike: file, line, column (as the file's header names it) and a
sentence (`ProblemCode`). The encoding is found (import_files.AUTO): UTF-8, or a plain Western cp1252 file,
which the report says with a few of its words (`ReferenceImportReport.sample`) for a person to look at. Every
row is checked first; with any problem nothing is written; a dry run checks the same way and counts what would
be made. The write is one transaction, audited per record made. A name or title follows the app's one rule
(domain.text.kept_name): one line, without bidirectional controls, showing something. A website or a
course's page is an http(s) address (domain.limits.is_web_address). Idempotent: a course whose provider and
title (case and accents ignored) are in the offer already, a partner whose name is on the map already, a
contact already at that partner, are counted as `existing` and left as they are, so the same file imported
twice makes nothing new. `progress(done, total)` is called per row (and may raise to stop: nothing is
written then).
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from leerwinkel_desk.domain.enums import Delivery, DutchLevel, OrganisationType, ProviderType
from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.domain.ids import uuid7
from leerwinkel_desk.domain.limits import check_contact_details, is_web_address
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.domain.text import fold, has_control_character, kept_name, single_line
from leerwinkel_desk.services import audit
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.services.import_files import (
    AUTO,
    ENCODINGS,
    Capped,
    Problem,
    ProblemCode,
    Progress,
    read_table,
)
from leerwinkel_desk.services.reference_format import (
    COURSE_COLUMNS,
    PARTNER_COLUMNS,
    Holds,
    ReferenceColumn,
    column_names,
)
from leerwinkel_desk.services.registration.format import parse_date
from leerwinkel_desk.store.models import Course, PartnerContact, PartnerOrganisation, Provider

CONTACT_PROBLEMS = {"email": ProblemCode.INVALID_EMAIL, "phone": ProblemCode.INVALID_PHONE,
                    "postcode": ProblemCode.INVALID_POSTCODE}
DATES = "YYYY-MM-DD, DD/MM/YYYY"
MAX_AMOUNT = Decimal("99999.99")
ENCODING_CHOICES = (AUTO, *ENCODINGS)
SAMPLE_WORDS = 3            # words with letters beyond ASCII shown of a file read as cp1252
FILLERS = frozenset({"en", "of", "and", "or"})      # `overdag en 's avonds`: between the words of a list


class ReferenceKind(StrEnum):
    COURSES = "courses"
    PARTNERS = "partners"

    @property
    def columns(self) -> tuple[ReferenceColumn, ...]:
        return COURSE_COLUMNS if self is ReferenceKind.COURSES else PARTNER_COLUMNS

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(column.code for column in self.columns if column.required)

    def column(self, code: str) -> ReferenceColumn:
        return next(column for column in self.columns if column.code == code)


@dataclass(frozen=True)
class ReferenceImportReport:
    kind: ReferenceKind
    dry_run: bool
    written: bool
    rows: int
    created: int                    # courses or partners (new providers and contacts: below)
    existing: int
    new_providers: tuple[str, ...] = ()
    new_contacts: int = 0
    problems: tuple[Problem, ...] = ()      # errors: with any, nothing was written
    warnings: tuple[Problem, ...] = ()      # a header cell left empty: its column is ignored
    more_problems: int = 0                  # found beyond the ones listed (import_files.MAX_LISTED)
    encoding: str = "utf-8"                 # as the file was read: utf-8 or cp1252
    sample: tuple[str, ...] = ()            # read as cp1252: a few of its words with letters beyond ASCII

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class _Rows:
    """The checked rows: what each will make, the problems met."""

    file: str
    values: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    problems: Capped = field(default_factory=Capped)


class _Checker:
    """Turns the cells of one row into values by their columns' definitions, noting each problem (its cell kept
    as `Problem.value`: the office's reference data is no one's personal data, the table of problems shows it)."""

    def __init__(self, kind: ReferenceKind, file: str, line: int, cells: Mapping[str, str],
                 problems: list[Problem]) -> None:
        self.kind, self.file, self.line, self.cells, self.problems = kind, file, line, cells, problems

    def problem(self, column: str, code: ProblemCode, detail: str | None = None) -> None:
        self.problems.append(Problem(self.file, self.line, column, code, self.cells.get(column, "")[:80], detail))

    def text(self, column: str) -> str | None:
        """The cell as kept: one line (`single_line`) but for free text; None when empty; refused with a
        control character or longer than its column."""
        definition = self.kind.column(column)
        cell = self.cells.get(column, "")
        if has_control_character(cell):
            self.problem(column, ProblemCode.CONTROL_CHARACTER)
            return None
        value = cell.strip() if definition.holds is Holds.FREE_TEXT else single_line(cell)
        if not value:
            if definition.required:
                self.problem(column, ProblemCode.REQUIRED)
            return None
        if len(value) > definition.limit:
            self.problem(column, ProblemCode.TOO_LONG, str(definition.limit))
        return value

    def name(self, column: str) -> str | None:
        """A name or title by the app's one rule for them (domain.text.kept_name): it shows something."""
        value = self.text(column)
        if value is None:
            return None
        try:
            return kept_name(value, column)
        except InvalidValue:
            self.problem(column, ProblemCode.SHOWS_NOTHING)
            return None

    def web_address(self, column: str) -> str | None:
        value = self.text(column)
        if value is not None and not is_web_address(value):
            self.problem(column, ProblemCode.INVALID_WEB_ADDRESS)
        return value

    def contact(self, column: str, shape: str) -> str | None:
        """An e-mail, phone or postcode (`shape`) in `column`, checked by the rule every form uses
        (domain.limits): `invalid_email`, `invalid_phone` or `invalid_postcode`."""
        value = self.text(column)
        if value is not None:
            try:
                check_contact_details({shape: value})
            except InvalidValue:
                self.problem(column, CONTACT_PROBLEMS[shape])
        return value

    def code(self, column: str) -> str | None:
        """The value of the column's choice the cell names by its code or one of its Dutch words."""
        value = self.text(column)
        if value is None:
            return None
        definition = self.kind.column(column)
        found = next((choice.value for choice in definition.choices if fold(value) in choice.keys()), None)
        if found is None:
            self.problem(column, ProblemCode.INVALID_CODE, definition.described_choices())
        return found

    def number(self, column: str) -> int | None:
        value = self.text(column)
        if value is None:
            return None
        low, high = self.kind.column(column).low, self.kind.column(column).high
        if not (value.isascii() and value.isdigit()):
            self.problem(column, ProblemCode.INVALID_NUMBER, f"{low}..{high}")
            return None
        if not low <= int(value) <= high:
            self.problem(column, ProblemCode.OUT_OF_RANGE, f"{low}..{high}")
        return int(value)

    def amount(self, column: str) -> Decimal | None:
        value = self.text(column)
        if value is None:
            return None
        try:
            amount = Decimal(value.replace("€", "").replace(" ", "").replace(",", "."))
        except InvalidOperation:
            amount = Decimal("NaN")
        if not amount.is_finite():
            self.problem(column, ProblemCode.INVALID_AMOUNT, f"0..{MAX_AMOUNT}")
            return None
        if amount < 0 or amount > MAX_AMOUNT:
            self.problem(column, ProblemCode.OUT_OF_RANGE, f"0..{MAX_AMOUNT}")
        return amount.quantize(Decimal("0.01"))

    def day(self, column: str) -> date | None:
        value = self.text(column)
        if value is None:
            return None
        try:
            return parse_date(value)
        except ValueError:
            self.problem(column, ProblemCode.INVALID_DATE, DATES)
            return None

    def words(self, column: str) -> set[str]:
        """The values of the choices the cell names, one after the other: codes or Dutch words, separated by
        spaces, `,`, `|` or `en` (`'s avonds, modulair`; `evening modular`). Each is taken as the longest
        choice's words that follow, so a choice of several words (`in het weekend`) is one."""
        definition = self.kind.column(column)
        by_words = {tuple(key.split()): choice.value for choice in definition.choices for key in choice.keys()}
        longest = max(len(words) for words in by_words)
        tokens = fold(self.cells.get(column, "")).split()
        found: set[str] = set()
        at = 0
        while at < len(tokens):
            size = next((size for size in range(min(longest, len(tokens) - at), 0, -1)
                         if tuple(tokens[at:at + size]) in by_words), 0)
            if size:
                found.add(by_words[tuple(tokens[at:at + size])])
                at += size
            elif tokens[at] in FILLERS:
                at += 1
            else:
                self.problem(column, ProblemCode.INVALID_CODE, definition.described_choices())
                return found
        return found


def _course_values(check: _Checker) -> dict[str, Any]:
    schedule, support = check.words("schedule"), check.words("support")
    qualification = check.text("qualification")
    provider_type, delivery, dutch = check.code("provider_type"), check.code("delivery"), check.code("dutch_level")
    return {
        "provider": check.name("provider"), "provider_type": provider_type and ProviderType(provider_type),
        "title": check.name("title"), "eqf_level": check.number("eqf_level"),
        "recognised_qualification": qualification is not None, "qualification_name": qualification,
        "duration_hours": check.number("duration_hours"), "duration_text": check.text("duration_text"),
        "daytime": "daytime" in schedule or not schedule, "evenings": "evenings" in schedule,
        "weekends": "weekends" in schedule, "modular": "modular" in schedule,
        "delivery": Delivery(delivery) if delivery else Delivery.ON_SITE,
        "municipality": check.text("municipality"), "postcode": check.text("postcode"),
        "cost_eur": check.amount("cost_eur"), "dutch_level_required": dutch and DutchLevel(dutch),
        "entry_requirements": check.text("entry_requirements"), "next_start": check.day("next_start"),
        "url": check.web_address("url"),
        **{choice.value: choice.value in support for choice in ReferenceKind.COURSES.column("support").choices},
    }


def _partner_values(check: _Checker) -> dict[str, Any]:
    org_type = check.code("type")
    return {
        "name": check.name("name"), "org_type": org_type and OrganisationType(org_type),
        **{name: check.text(name) for name in ("street", "municipality", "notes", "contact_function")},
        "website": check.web_address("website"), "contact_name": check.name("contact_name"),
        **{name: check.contact(name, name.removeprefix("contact_")) for name in (
            "postcode", "phone", "email", "contact_phone", "contact_email")},
    }


def _cp1252_sample(rows: list[tuple[int, list[str]]]) -> tuple[str, ...]:
    """The first few different words with letters beyond ASCII: what a person looks at to see the guess right."""
    seen: list[str] = []
    for _line, cells in rows:
        for cell in cells:
            for word in cell.split():
                if not word.isascii() and word not in seen:
                    seen.append(word[:40])
                    if len(seen) == SAMPLE_WORDS:
                        return tuple(seen)
    return tuple(seen)


class _Shown:
    """The columns as the file names them: a column found by its header's name; one not there (missing,
    required for a new provider) by its Dutch name when the file's header is Dutch, else by its code. An
    unknown name gets the nearest column's name as a hint (`Titels`: `Titel`)."""

    def __init__(self, kind: ReferenceKind, found: dict[str, str]) -> None:
        self.kind, self.found = kind, found
        self.dutch = any(fold(name) != fold(code) for code, name in self.found.items())

    def __call__(self, problem: Problem) -> Problem:
        column = problem.column
        if problem.code is ProblemCode.NOT_A_COLUMN and column:
            return replace(problem, detail=self.nearest(column))
        if column in self.found:
            return replace(problem, column=self.found[column])
        if column and any(c.code == column for c in self.kind.columns):
            return replace(problem, column=self.kind.column(column).name if self.dutch else column)
        return problem

    def nearest(self, name: str) -> str | None:
        every = {fold(said): said for c in self.kind.columns for said in ((c.code,) + c.dutch)}
        close = difflib.get_close_matches(fold(name), every, n=1, cutoff=0.75)
        return every[close[0]] if close else None


class ReferenceImport(UseCase):
    """The training offer and the social map from CSV (coordinators)."""

    def import_file(self, kind: ReferenceKind, path: Path, dry_run: bool = False,
                    progress: Progress | None = None, encoding: str = AUTO) -> ReferenceImportReport:
        self._require(Permission.MANAGE_CATALOGUE if kind is ReferenceKind.COURSES else Permission.MANAGE_PARTNERS)
        if encoding not in ENCODING_CHOICES:
            raise InvalidValue("encoding", "unsupported")
        checked, warnings, found = _Rows(path.name), Capped(), dict[str, str]()
        table = read_table(path, [column.code for column in kind.columns], kind.required, encoding,
                           checked.problems, warnings, unknown_refused=True, names=column_names(kind.columns),
                           found=found)
        rows = table.rows if table is not None else []
        index = table.index if table is not None else {}
        make = _course_values if kind is ReferenceKind.COURSES else _partner_values
        total = len(rows) if dry_run else 2 * len(rows)
        for done, (line, row) in enumerate(rows, 1):
            cells = {column: row[position] for column, position in index.items()}
            checked.values.append((line, make(_Checker(kind, path.name, line, cells, checked.problems))))
            if progress is not None:
                progress(done, total)
        now = self._now()
        with self._db.read() if dry_run or checked.problems else self._db.write() as session:
            if kind is ReferenceKind.COURSES:
                counts = self._courses(session, checked, dry_run or bool(checked.problems), now, progress, total)
            else:
                counts = self._partners(session, checked, dry_run or bool(checked.problems), now, progress, total)
        written = not dry_run and not checked.problems

        def by_place(problem: Problem) -> tuple[int, int]:
            return problem.line or 0, index.get(problem.column or "", len(index))

        shown = _Shown(kind, found)
        read_as = table.encoding if table is not None else "utf-8"
        return ReferenceImportReport(kind, dry_run, written, len(rows), *counts,
                                     problems=tuple(map(shown, sorted(checked.problems, key=by_place))),
                                     warnings=tuple(map(shown, warnings)), more_problems=checked.problems.more,
                                     encoding=read_as, sample=_cp1252_sample(rows) if read_as == "cp1252" else ())

    def _courses(self, session: Session, checked: _Rows, check_only: bool, now: Any, progress: Progress | None,
                 total: int) -> tuple[int, int, tuple[str, ...], int]:
        office = self._actor.office_id
        providers = {fold(p.name): p for p in session.scalars(select(Provider).where(
            Provider.office_id == office, Provider.deleted_at.is_(None), Provider.retired_on.is_(None)))}
        offered = {(c.provider_id, fold(c.title)) for c in session.scalars(select(Course).where(
            Course.office_id == office, Course.deleted_at.is_(None), Course.retired_on.is_(None)))}
        created = existing = 0
        new_providers: list[str] = []
        for done, (line, values) in enumerate(checked.values, len(checked.values) + 1):
            name, provider_type = values.pop("provider"), values.pop("provider_type")
            if name is None or values["title"] is None:
                continue
            provider = providers.get(fold(name))
            if provider is None:
                if provider_type is None:
                    checked.problems.append(Problem(checked.file, line, "provider_type",
                                                    ProblemCode.PROVIDER_TYPE_REQUIRED, name))
                    continue
                provider = Provider(id=uuid7(), name=name, provider_type=provider_type,
                                    municipality=values["municipality"])
                providers[fold(name)] = provider
                new_providers.append(name)
                if not check_only:
                    session.add(self._new(provider, now))
                    session.flush()
                    audit.record(session, self._actor, now, "provider.import", "provider", provider.id, ("name",))
            if (provider.id, fold(values["title"])) in offered:
                existing += 1
                continue
            offered.add((provider.id, fold(values["title"])))
            created += 1
            if not check_only:
                course = self._new(Course(provider_id=provider.id, **values), now)
                session.add(course)
                session.flush()
                audit.record(session, self._actor, now, "course.import", "course", course.id, ("title",))
            if progress is not None and not check_only:
                progress(done, total)
        if checked.problems and not check_only:
            session.rollback()
        return created, existing, tuple(new_providers), 0

    def _partners(self, session: Session, checked: _Rows, check_only: bool, now: Any, progress: Progress | None,
                  total: int) -> tuple[int, int, tuple[str, ...], int]:
        office = self._actor.office_id
        partners = {fold(p.name): p for p in session.scalars(select(PartnerOrganisation).where(
            PartnerOrganisation.office_id == office, PartnerOrganisation.deleted_at.is_(None)))}
        known_contacts = {(c.partner_id, fold(c.full_name)) for c in session.scalars(select(PartnerContact).where(
            PartnerContact.office_id == office, PartnerContact.deleted_at.is_(None)))}
        created = existing = contacts = 0
        seen: set[str] = set()
        for done, (_line, values) in enumerate(checked.values, len(checked.values) + 1):
            if values["name"] is None or values["org_type"] is None:
                continue
            contact = {key.removeprefix("contact_"): values.pop(key) for key in list(values) if
                       key.startswith("contact_")}
            partner = partners.get(fold(values["name"]))
            if partner is None:
                partner = PartnerOrganisation(id=uuid7(), **values)
                partners[fold(values["name"])] = partner
                seen.add(fold(values["name"]))
                created += 1
                if not check_only:
                    session.add(self._new(partner, now))
                    session.flush()
                    audit.record(session, self._actor, now, "partner.import", "partner_organisation", partner.id,
                                 ("name", "org_type"))
            elif fold(values["name"]) not in seen:
                seen.add(fold(values["name"]))
                existing += 1
            if contact["name"] and (partner.id, fold(contact["name"])) not in known_contacts:
                known_contacts.add((partner.id, fold(contact["name"])))
                contacts += 1
                if not check_only:
                    person = self._new(PartnerContact(partner_id=partner.id, full_name=contact["name"],
                                                      function=contact["function"], phone=contact["phone"],
                                                      email=contact["email"]), now)
                    session.add(person)
                    session.flush()
                    audit.record(session, self._actor, now, "partner_contact.import", "partner_contact", person.id,
                                 ("full_name",))
            if progress is not None and not check_only:
                progress(done, total)
        return created, existing, (), contacts
