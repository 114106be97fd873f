"""Importing the registration exchange format: all files checked whole, then written in one transaction.

The run is all or nothing: the files are read and every row is checked first; with any error
nothing is written and the report lists each problem with file, line (the physical line where the
record starts), column and a reason code. A dry run checks the same way and reports what would be
created, without writing.

Keys and idempotence. A ref names a record when it equals the record's `import_ref`, or the text
of its id (what the export writes for records made in the app). Clients and requests found that way
are updated with the non-empty cells of the file (an empty cell is "unknown" and keeps what is
stored); rows equal to what is stored change nothing, so a second import of the same files writes
nothing. New records keep their ref as `import_ref`. Contacts are keyed by
`format.contact_key`; stored contacts are matched by their stored key or by the key of their
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
  the `'` an export puts before a formula-like cell is taken off again (`spreadsheet.csv_text_restored`).

The problems and their codes, each with its sentence: `report.ProblemCode`.
"""

from __future__ import annotations

from pathlib import Path

from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.domain.permissions import Permission
from leerwinkel_desk.services.common import UseCase
from leerwinkel_desk.services.import_files import ENCODINGS, Capped, Problem, Progress
from leerwinkel_desk.services.registration.format import FileKind
from leerwinkel_desk.services.registration.planning import Planner
from leerwinkel_desk.services.registration.reading import Sheet, read_sheet
from leerwinkel_desk.services.registration.report import ImportReport, Ticker
from leerwinkel_desk.services.registration.writing import write_plan


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
        errors, warnings = Capped(), Capped()
        sheets: dict[FileKind, Sheet | None] = {
            kind: read_sheet(kind, path, encoding, errors, warnings) for kind, path in sources}
        rows = sum(len(s.rows) for s in sheets.values() if s is not None)
        ticker = Ticker(progress, rows if dry_run else 2 * rows)
        now = self._now()
        with self._db.read() if dry_run else self._db.write() as session:
            plan = Planner(session, self._actor.office_id, now, self._today(), errors, warnings,
                            ticker).plan(sheets)
            written = not errors and not dry_run
            if written:
                write_plan(plan, session, self._actor.counsellor_id, now, self._today(), ticker)
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
            more_errors=errors.more, more_warnings=warnings.more,
        )
