"""Commands on the registration exchange format and the monitoring report (docs/exchange-format.md)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from leerwinkel_desk.cli.common import (
    CommandFailed,
    database_location,
    signed_in,
)
from leerwinkel_desk.reports.monitoring_files import report_writer
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.services.import_files import ENCODINGS, Problem
from leerwinkel_desk.services.monitoring import Monitoring, ReportFilter
from leerwinkel_desk.services.monitoring_extract import MonitoringExtract, secret_path
from leerwinkel_desk.services.registration.export import RegistrationExport
from leerwinkel_desk.services.registration.format import FileKind
from leerwinkel_desk.services.registration.importer import RegistrationImport
from leerwinkel_desk.services.registration.report import ImportReport
from leerwinkel_desk.store.durable import write_whole


def add_commands(commands: argparse._SubParsersAction) -> None:
    """The registration exchange format and the monitoring report (docs/exchange-format.md)."""
    load = commands.add_parser(
        "import", help="import registrations: a folder (clients.csv, requests.csv, contacts.csv) "
        "or one file: clients|requests|contacts FILE",
    )
    load.add_argument("target", metavar="DIR|KIND",
                      help="a folder, or the kind of FILE: clients, requests or contacts")
    load.add_argument("file", nargs="?", type=Path, metavar="FILE")
    load.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    load.add_argument("--encoding", choices=ENCODINGS, default="utf-8",
                      help="utf-8 (default, with or without BOM) or cp1252 (older Excel files)")
    export = commands.add_parser("export", help="write clients.csv, requests.csv and contacts.csv")
    export.add_argument("folder", type=Path, metavar="DIR")
    report = commands.add_parser("report", help="the monitoring report over a period")
    monitoring = commands.add_parser(
        "export-monitoring", help="the pseudonymised per-request extract for the central point")
    for command in (report, monitoring):
        command.add_argument("--from", dest="start", required=True, type=date.fromisoformat,
                             metavar="YYYY-MM-DD", help="first opening date (inclusive)")
        command.add_argument("--to", dest="end", required=True, type=date.fromisoformat,
                             metavar="YYYY-MM-DD", help="last opening date (inclusive)")
    report.add_argument("--office", help="office code or name (default: this database's office; with "
                        "--database: every office)")
    report.add_argument("--database", metavar="URL", help="postgresql:// URL of a region reader (`serve "
                        "--region-reader`): the report of every office on the central database, one per office")
    report.add_argument("--loket", help="only requests at this loket")
    report.add_argument("--counsellor", help="only requests owned by this counsellor (login or name)")
    report.add_argument("--format", choices=("json", "csv", "xlsx", "pdf"), default="json")
    report.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help="where to write (json goes to stdout without it)")
    monitoring.add_argument("-o", "--output", required=True, type=Path, metavar="FILE", help="a CSV file (.csv)")


def describe_problem(problem: Problem) -> str:
    """`clients.csv:12: birth_date: '1990-02-30' is not a date (...)`."""
    place = ":".join(str(part) for part in (problem.file, problem.line, problem.column)
                     if part is not None)
    text = problem.code.sentence.format(value=problem.value, detail=problem.detail)
    return f"{place}: {text}"


def print_import_report(report: ImportReport) -> None:
    for problem in report.errors:
        print(f"error: {describe_problem(problem)}", file=sys.stderr)
    if report.more_errors:
        print(f"error: ... and {report.more_errors} more error(s), not listed", file=sys.stderr)
    for problem in report.warnings:
        print(f"warning: {describe_problem(problem)}", file=sys.stderr)
    if report.more_warnings:
        print(f"warning: ... and {report.more_warnings} more warning(s), not listed", file=sys.stderr)
    for name, counts in (("clients", report.clients), ("requests", report.requests),
                         ("contacts", report.contacts)):
        print(f"{name}: {counts.created} new, {counts.updated} updated, "
              f"{counts.unchanged} unchanged, {counts.skipped} skipped")
    for label, names in (("new counsellors (no login until a coordinator activates them)",
                          report.new_counsellors),
                         ("new loketten", report.new_lokets),
                         ("new referring organisations", report.new_organisations)):
        if names:
            print(f"{label}: {', '.join(names)}")
    if report.errors:
        print(f"{len(report.errors) + report.more_errors} error(s): nothing written")
    elif report.dry_run:
        print("dry run: nothing written")
    else:
        print("imported")


def cmd_import(args: argparse.Namespace) -> int:
    if args.file is None:
        folder = Path(args.target)
        if not folder.is_dir():
            raise CommandFailed(f"no folder at {folder}")
        sources = [kind.file_name for kind in FileKind if (folder / kind.file_name).is_file()]
        if not sources:
            raise CommandFailed(f"{folder} has no clients.csv, requests.csv or contacts.csv")
        db, actor = signed_in(database_location(args))
        report = RegistrationImport(db, SystemClock(), actor).import_folder(
            folder, dry_run=args.dry_run, encoding=args.encoding)
    elif args.target in [kind.value for kind in FileKind]:
        if not args.file.is_file():
            raise CommandFailed(f"no file at {args.file}")
        db, actor = signed_in(database_location(args))
        report = RegistrationImport(db, SystemClock(), actor).import_file(
            FileKind(args.target), args.file, dry_run=args.dry_run, encoding=args.encoding)
    else:
        raise CommandFailed("usage: import DIR, or import clients|requests|contacts FILE")
    print_import_report(report)
    return 1 if report.errors else 0


def cmd_export(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    summary = RegistrationExport(db, SystemClock(), actor).export_folder(args.folder)
    print(f"{summary.clients} clients, {summary.requests} requests, {summary.contacts} contacts "
          f"written to {summary.folder}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    if args.format != "json" and args.output is None:
        raise CommandFailed(f"--format {args.format} needs -o FILE")
    wanted = ReportFilter(args.start, args.end, office=args.office, loket=args.loket, counsellor=args.counsellor)
    if args.database:
        return region_report(args, wanted)
    db, actor = signed_in(database_location(args))
    report = Monitoring(db, SystemClock(), actor).report(wanted)
    if args.format == "json":
        text = json.dumps(report.to_json_dict(), ensure_ascii=False, indent=2)
        if args.output is None:
            print(text)
            return 0
        write_whole(args.output, (text + "\n").encode("utf-8"))
    else:
        report_writer(args.format)(report, args.output)
    print(f"report {args.start}..{args.end} written to {args.output}")
    return 0


def region_report(args: argparse.Namespace, wanted: ReportFilter) -> int:
    """The report of every office on the central database (JSON: a list; other formats: a file per office)."""
    from leerwinkel_desk.cli.sync import central_admin
    from leerwinkel_desk.services.monitoring_region import region_reports
    from leerwinkel_desk.store.location import Location

    location = Location.of(args.database)
    if location.url is None or not location.url.startswith(("postgresql://", "postgresql+psycopg://")):
        raise CommandFailed("--database takes the central database's postgresql:// URL")
    central_admin()                             # psycopg: part of the central side's install
    db = location.open()
    try:
        reports = region_reports(db, SystemClock(), wanted)
    finally:
        db.dispose()
    if args.format == "json":
        text = json.dumps([report.to_json_dict() for report in reports], ensure_ascii=False, indent=2)
        if args.output is None:
            print(text)
            return 0
        write_whole(args.output, (text + "\n").encode("utf-8"))
        print(f"{len(reports)} office report(s) {args.start}..{args.end} written to {args.output}")
        return 0
    for report in reports:
        path = args.output.with_name(f"{args.output.stem}-{report.office}{args.output.suffix}")
        report_writer(args.format)(report, path)
        print(f"report of {report.office} {args.start}..{args.end} written to {path}")
    return 0


def cmd_export_monitoring(args: argparse.Namespace) -> int:
    if args.output.suffix and args.output.suffix.lower() != ".csv":     # CSV text under an .xlsx name opens as junk
        raise CommandFailed(f"the extract is a CSV file: give -o a name ending in .csv, not {args.output.suffix}; "
                            "nothing was written")
    db, actor = signed_in(database_location(args))
    summary = MonitoringExtract(db, SystemClock(), actor).write(
        ReportFilter(args.start, args.end), args.output)
    print(f"{summary.requests} requests written to {summary.path} "
          f"(client keys made with {secret_path(db)}: keep it with the backups)")
    return 0



COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": cmd_import,
    "export": cmd_export,
    "report": cmd_report,
    "export-monitoring": cmd_export_monitoring,
}
