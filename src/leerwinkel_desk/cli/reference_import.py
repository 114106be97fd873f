"""Commands importing the office's reference data from CSV (docs/reference-import.md): `import-courses` and
`import-partners`, the twins of Ctrl+I's training offer and social map imports. Exit 1 with the problems
listed one per line as the registration import lists them (`file:line:column: sentence`; nothing written)
when the file has any; a header with a column it does not know is followed by the columns it knows. A file
read as cp1252 (not UTF-8) says so, with a few of its words to look at. `--template FILE` writes a file to
fill in (services/reference_format.py) instead of importing one."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from leerwinkel_desk.cli.common import CommandFailed, database_location, signed_in
from leerwinkel_desk.cli.registration import describe_problem
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.services.import_files import AUTO, Problem, ProblemCode
from leerwinkel_desk.services.reference_format import template
from leerwinkel_desk.services.reference_import import (
    ENCODING_CHOICES,
    ReferenceImport,
    ReferenceImportReport,
    ReferenceKind,
)


def add_commands(commands: argparse._SubParsersAction) -> None:
    for name, what in (("import-courses", "the training offer: one course a row"),
                       ("import-partners", "the social map: one partner or contact person a row")):
        command = commands.add_parser(name, help=f"import {what} from CSV (docs/reference-import.md)")
        command.add_argument("file", type=Path, metavar="FILE")
        command.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
        command.add_argument("--encoding", choices=ENCODING_CHOICES, default=AUTO,
                             help="auto (default: UTF-8 with or without BOM, or a plain Western cp1252 file), "
                                  "utf-8 or cp1252 (older Excel files)")
        command.add_argument("--template", action="store_true",
                             help="write a file to fill in at FILE (Dutch header, one example row) instead")


def _run(kind: ReferenceKind, args: argparse.Namespace) -> int:
    if args.template:
        if args.file.exists():
            raise CommandFailed(f"{args.file} exists already; nothing was written")
        args.file.write_bytes(template(kind.columns))
        print(f"wrote {args.file}: the columns of {kind.value} with one example row")
        return 0
    if not args.file.is_file():
        raise CommandFailed(f"no file at {args.file}")
    db, actor = signed_in(database_location(args))
    report = ReferenceImport(db, SystemClock(), actor).import_file(kind, args.file, dry_run=args.dry_run,
                                                                   encoding=args.encoding)
    for problem in report.problems:
        print(f"error: {told(problem)}", file=sys.stderr)
    if report.more_problems:
        print(f"error: ... and {report.more_problems} more error(s), not listed", file=sys.stderr)
    for problem in report.warnings:
        print(f"warning: {told(problem)}", file=sys.stderr)
    if any(p.code in (ProblemCode.NOT_A_COLUMN, ProblemCode.MISSING_COLUMN) for p in report.problems):
        print("the columns: " + ", ".join(f"{c.name} ({c.code})" for c in kind.columns), file=sys.stderr)
    if report.encoding != "utf-8":
        print(f"note: {args.file.name} is not UTF-8; read as {report.encoding} (an older Excel file): are these "
              f"words right? {', '.join(report.sample) or '(no letters beyond ASCII)'}", file=sys.stderr)
    print(summary(report))
    return 0 if report.ok else 1


def told(problem: Problem) -> str:
    """The problem as the registration import tells one; an unknown column with the nearest one's name."""
    hint = f"; did you mean '{problem.detail}'?" if problem.code is ProblemCode.NOT_A_COLUMN and problem.detail \
        else ""
    return describe_problem(problem) + hint


def summary(report: ReferenceImportReport) -> str:
    state = "checked (dry run)" if report.dry_run else ("imported" if report.written else "nothing imported")
    if report.kind is ReferenceKind.COURSES:
        counts = (f"{report.created} new courses, {report.existing} already in the offer, "
                  f"{len(report.new_providers)} new providers")
    else:
        counts = (f"{report.created} new partners, {report.existing} already on the map, "
                  f"{report.new_contacts} new contacts")
    return f"{state}: {report.rows} rows; {counts}; {len(report.problems) + report.more_problems} problem(s)"


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import-courses": lambda args: _run(ReferenceKind.COURSES, args),
    "import-partners": lambda args: _run(ReferenceKind.PARTNERS, args),
}
