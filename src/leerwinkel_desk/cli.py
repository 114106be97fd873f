"""The command line: the same services as the app, for scripting and support (after calibredb).

`leerwinkel-desk [--db PATH] COMMAND ...`. Each command is a thin wrapper over `services/`;
errors are one clear line on stderr and a non-zero exit code. The PDF, XLSX and demo-data
modules are imported by the commands that use them, so the desktop app, which starts through
this parser, does not wait for them.
"""

from __future__ import annotations

import argparse
import errno
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from leerwinkel_desk import __version__
from leerwinkel_desk.domain.enums import Channel, ContactKind, Role, SessionType, Tier
from leerwinkel_desk.domain.birth_dates import MAX_AGE_YEARS, birth_date_from
from leerwinkel_desk.domain.errors import ConsentMissing, DomainError, InvalidValue, PossibleDuplicates
from leerwinkel_desk.reports.monitoring_files import report_writer
from leerwinkel_desk.services import maintenance, offices
from leerwinkel_desk.services.clients import ClientInput, Clients
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.context import Actor, SystemClock, local_today
from leerwinkel_desk.services.dossier import Dossiers
from leerwinkel_desk.services.erasure import Erasures
from leerwinkel_desk.services.export_csv import RegistrationExport
from leerwinkel_desk.services.import_csv import ENCODINGS, ImportReport, Problem, RegistrationImport
from leerwinkel_desk.services.letters import Letters
from leerwinkel_desk.services.monitoring import Monitoring, ReportFilter
from leerwinkel_desk.services.monitoring_extract import MonitoringExtract, secret_path
from leerwinkel_desk.services.registration import FileKind
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.services.retention import Retention
from leerwinkel_desk.services.accounts import (DEMO_PASSPHRASE, MIN_PASSPHRASE, Accounts, SignInFailed,
                                               check_passphrase, sign_in)
from leerwinkel_desk.store.engine import Database, close_all, open_database, open_sqlite
from leerwinkel_desk.store.durable import sync_folder
from leerwinkel_desk.store.file_guard import FileUnusable, closed_state
from leerwinkel_desk.store.keyring import KeyFileUnusable, KeyRing, WrongPassphrase, key_file, new_database_key
from leerwinkel_desk.store.location import NetworkShareRefused, refuse_network_share
from leerwinkel_desk.store.migrations import SchemaTooNew, current_revision, head_revision, upgrade
from leerwinkel_desk.store.paths import backups_dir, default_database_path


class CommandFailed(Exception):
    """A command could not do its work; the message is printed as is."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leerwinkel-desk",
        description="Leerwinkel Desk: case management for learning-career counsellors. "
        "Without a command the desktop app opens.",
    )
    parser.add_argument(
        "--db", metavar="PATH",
        help=f"database file or postgresql:// URL (default: {default_database_path()})",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill the database with realistic demo data")
    demo.add_argument("--clients", type=int, default=500, help="number of clients (default 500)")
    demo.add_argument("--seed", type=int, default=1, help="random seed: same seed, same data")
    demo.add_argument(
        "--until", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
        help="last day of the two years of generated history (default: today)",
    )
    init = commands.add_parser("init", help="create a new encrypted database with its first coordinator")
    init.add_argument("--office", required=True, help="name of the office (leerwinkel)")
    init.add_argument("--code", default="LW", help="short office code (default LW)")
    init.add_argument("--user", required=True, help="login of the first coordinator")
    init.add_argument("--name", help="full name of the first coordinator")
    commands.add_parser("check", help="integrity, foreign-key and schema check (exit 1 on trouble)")
    backup = commands.add_parser("backup", help="write a consistent copy of the database")
    backup.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    restore = commands.add_parser("restore", help="replace the database by a checked backup")
    restore.add_argument("file", type=Path, metavar="FILE")
    commands.add_parser("version", help="app version and schema revision")
    account = commands.add_parser("account", help="colleagues who may sign in (coordinator)")
    account_actions = account.add_subparsers(dest="action", metavar="ACTION", required=True)
    account_actions.add_parser("list", help="logins, names, roles and who can sign in")
    open_ = account_actions.add_parser(
        "open", help=f"a new colleague; their passphrase from {NEW_PASSPHRASE_VARIABLE} or a prompt")
    open_.add_argument("login")
    open_.add_argument("--name", required=True, help="full name")
    open_.add_argument("--role", required=True, choices=[r.value for r in Role])
    close = account_actions.add_parser("close", help="no sign-in and no key to the database any more")
    close.add_argument("login")
    change = account_actions.add_parser(
        "passphrase", help=f"a new passphrase for LOGIN (from {NEW_PASSPHRASE_VARIABLE} or a prompt)")
    change.add_argument("login")

    search = commands.add_parser("search", help="find clients by name, dossier number, phone or e-mail")
    search.add_argument("text", nargs="+")
    search.add_argument("--limit", type=int, default=50)
    log = commands.add_parser("log-contact", help="log a micro-contact or a session on a request")
    log.add_argument("request_no", metavar="REQUEST_NO")
    log.add_argument("--channel", required=True, choices=[c.value for c in Channel])
    log.add_argument("--kind", choices=[k.value for k in ContactKind], default=ContactKind.MICRO.value)
    log.add_argument("--minutes", type=int)
    log.add_argument("--summary", default="")
    retention = commands.add_parser(
        "retention", help="preview (or --apply) the anonymisation of requests closed long ago; "
                          "the app applies the office's period at every start")
    retention.add_argument("--years", type=int, help="retention period (default: the office's, 5 years new)")
    action = retention.add_mutually_exclusive_group()
    action.add_argument("--apply", action="store_true", help="anonymise what the preview shows, now")
    action.add_argument("--save", action="store_true", help="make --years the office's period")
    edit = commands.add_parser("edit-client", help="correct a client's name, birth date or contact data "
                                                   "(options not given stay as they are)")
    edit.add_argument("client_no", metavar="CLIENT_NO")
    for option in ("first-name", "last-name", "phone", "email"):
        edit.add_argument(f"--{option}", metavar="TEXT")
    edit.add_argument("--birth-date", metavar="DATE",
                      help="day first: 02/04/1990, 2/4/1990, 2-4-1990, 2.4.1990 or 02041990; '' = unknown")
    edit.add_argument("--not-a-duplicate", action="store_true",
                      help="save although the new name or birth date looks like someone already registered")
    erase = commands.add_parser("erase", help="erase a person's data everywhere (GDPR; cannot be undone)")
    erase.add_argument("client_no", metavar="CLIENT_NO")
    export = commands.add_parser("export-client", help="the full dossier of one person as JSON "
                                                       "(GDPR access request), optionally also as a readable PDF")
    export.add_argument("client_no", metavar="CLIENT_NO")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    export.add_argument("--pdf", type=Path, metavar="FILE", help="the same, readable, as PDF")
    print_ = commands.add_parser("print", help="print a letter as PDF (it is also filed on the case)")
    documents = print_.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    summary = documents.add_parser("summary", help="the summary for the client to take home")
    summary.add_argument("number", metavar="CLIENT_NO")
    summary.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    handover = documents.add_parser("handover", help="the warm-handover letter (needs the client's consent)")
    handover.add_argument("number", metavar="REQUEST_NO")
    handover.add_argument("--to", metavar="RECIPIENT",
                          help="partner organisation or person on the social map "
                          "(default: the recipient of the newest active warm-handover consent)")
    handover.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    again = documents.add_parser("again", help="an earlier letter, byte for byte as it was filed")
    again.add_argument("number", metavar="LETTER", help="its file name, e.g. LW-2026-000123-handover-1")
    again.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    add_registration_commands(commands)
    add_self_test_command(commands)
    return parser


def database_location(args: argparse.Namespace) -> str:
    return args.db or str(default_database_path())


USER_VARIABLE, PASSPHRASE_VARIABLE = "LEERWINKEL_USER", "LEERWINKEL_PASSPHRASE"
NEW_PASSPHRASE_VARIABLE = "LEERWINKEL_NEW_PASSPHRASE"
DEMO_ACCOUNT_LOGINS = ("coordinator", "an.peeters", "sofie.claeys")


def credentials() -> tuple[str, str]:
    """Login and passphrase from LEERWINKEL_USER / LEERWINKEL_PASSPHRASE, or asked at a prompt."""
    login, passphrase = os.environ.get(USER_VARIABLE), os.environ.get(PASSPHRASE_VARIABLE)
    if login and passphrase:
        return login, passphrase
    if not sys.stdin.isatty():
        raise CommandFailed(f"this database is encrypted: set {USER_VARIABLE} and {PASSPHRASE_VARIABLE}")
    return login or input("Gebruiker: "), passphrase or getpass.getpass("Wachtwoordzin: ")


WRONG_CREDENTIALS = "wrong user name or passphrase; nothing was opened or changed"


def database_key(location: str, login_passphrase: tuple[str, str] | None = None) -> bytes | None:
    """The SQLCipher key of an encrypted local database, unlocked with the person's passphrase."""
    if "://" in location:
        return None
    ring = KeyRing.load(Path(location).expanduser().resolve())
    if not ring.exists():
        return None
    try:
        return ring.unlock(*(login_passphrase or credentials()))
    except WrongPassphrase as error:
        raise CommandFailed(WRONG_CREDENTIALS) from error


def new_passphrase() -> str:
    """A passphrase for someone else's account: from LEERWINKEL_NEW_PASSPHRASE or typed twice."""
    passphrase = os.environ.get(NEW_PASSPHRASE_VARIABLE)
    if passphrase:
        return passphrase
    if not sys.stdin.isatty():
        raise CommandFailed(f"set {NEW_PASSPHRASE_VARIABLE}, or run the command at a prompt")
    passphrase = getpass.getpass("Nieuwe wachtwoordzin: ")
    if getpass.getpass("Nog eens: ") != passphrase:
        raise CommandFailed("the two passphrases differ; nothing was changed")
    return passphrase


def open_keyed(location: str) -> Database:
    return open_database(location, database_key(location))


def create_encrypted(path: Path, accounts: dict[str, str]) -> Database:
    """A new encrypted database whose key each of `accounts` (login -> passphrase) can unlock."""
    path = path.expanduser().resolve()
    if path.exists():
        raise CommandFailed(f"{path} already exists")
    path.parent.mkdir(parents=True, exist_ok=True)
    refuse_network_share(path.parent)           # before any file is written there
    key = new_database_key()
    ring = KeyRing.load(path)
    for login, passphrase in accounts.items():
        ring.grant(login, key, passphrase)
    db = open_sqlite(path, key)
    upgrade(db, None)
    return db


def open_upgraded(location: str, key: bytes | None = None) -> Database:
    """Open the database and bring its schema to this version (backup first, all or nothing)."""
    db = open_database(location, key if key is not None else database_key(location))
    upgrade(db, backups_dir(db.path) if db.path else None)
    db.optimize()
    return db


def open_existing(location: str) -> Database:
    if "://" not in location and not Path(location).expanduser().is_file():
        raise CommandFailed(f"no database at {location}")
    return open_keyed(location)


def cmd_demo(args: argparse.Namespace) -> int:
    location = database_location(args)
    fresh = "://" not in location and not Path(location).expanduser().exists()
    from leerwinkel_desk.demo import DemoSummary, generate_demo

    def fill(db: Database) -> DemoSummary:
        summary = generate_demo(db, clients=args.clients, seed=args.seed, until=args.until or date.today())
        db.optimize()
        return summary

    if fresh:       # a new demo database is encrypted, like every real one; made whole or not at all
        with new_encrypted(Path(location), dict.fromkeys(DEMO_ACCOUNT_LOGINS, DEMO_PASSPHRASE)) as db:
            summary = fill(db)
        where = str(Path(location).expanduser().resolve())
    else:
        db = open_upgraded(location)
        summary = fill(db)
        where = db.describe()
    print(f"demo: {summary.clients} clients, {summary.requests} requests, "
          f"{summary.contacts} contacts in {where}")
    if fresh:
        print(f"encrypted; sign in as {', '.join(DEMO_ACCOUNT_LOGINS)} with the passphrase "
              f"{DEMO_PASSPHRASE!r}")
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    """A new, encrypted database with its office and first coordinator."""
    location = database_location(args)
    if "://" in location:
        raise CommandFailed("init creates a local database file")
    passphrase = os.environ.get(PASSPHRASE_VARIABLE)
    if not passphrase:
        if not sys.stdin.isatty():
            raise CommandFailed(f"set {PASSPHRASE_VARIABLE}, or run init at a prompt")
        passphrase = getpass.getpass("Wachtwoordzin: ")
        if getpass.getpass("Nog eens: ") != passphrase:
            raise CommandFailed("the two passphrases differ; nothing was created")
    try:
        check_passphrase(passphrase, (args.user, args.name or "", args.office))
    except InvalidValue as error:
        raise CommandFailed(f"a passphrase has at least {MIN_PASSPHRASE} characters" if error.reason == "too_short"
                            else "this passphrase is easy to guess; take a few unusual words") from error
    db = create_office_database(Path(location), args.office, args.code, args.user, args.name or args.user,
                                passphrase)
    print(f"{db.describe()}: office {args.office}, coordinator {args.user}; encrypted")
    return 0


@contextmanager
def new_encrypted(path: Path, accounts: dict[str, str]) -> Iterator[Database]:
    """A new encrypted database to fill in the `with` block, moved to `path` only when the block succeeds.

    It is built as `<path>.partial` (with its key file), so a failure, or a process killed halfway
    (a first demo), leaves no half-made database under the real name; the next try clears it.
    """
    path = path.expanduser().resolve()
    if path.exists():
        raise CommandFailed(f"{path} already exists")
    building = path.with_name(path.name + ".partial")
    _remove_database_files(building)
    db = create_encrypted(building, accounts)
    try:
        yield db
    except BaseException:
        db.dispose()
        _remove_database_files(building)
        raise
    db.dispose()
    os.replace(key_file(building), key_file(path))
    os.replace(building, path)
    _remove_database_files(building)           # what is left of it: the note of its clean close
    sync_folder(path.parent)


def _remove_database_files(path: Path) -> None:
    for made in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), key_file(path), closed_state(path)):
        made.unlink(missing_ok=True)


def create_office_database(path: Path, office: str, code: str, login: str, full_name: str,
                           passphrase: str) -> Database:
    """A new encrypted database with its office and first coordinator (init, and the first-run wizard).

    All or nothing: if any step fails, the files made so far are removed again.
    """
    with new_encrypted(path, {login: passphrase}) as db:
        actor = offices.create_office(db, SystemClock(), office, code, login, full_name)
        Accounts(db, SystemClock(), actor).set_passphrase(actor.counsellor_id, passphrase)
    return open_sqlite(path, db.key)


def cmd_check(args: argparse.Namespace) -> int:
    db = open_existing(database_location(args))
    report = maintenance.check(db)
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(f"{db.describe()}: schema {report.revision} (app {report.head}), "
          f"{'ok' if report.ok else f'{len(report.problems)} problem(s)'}")
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    print(maintenance.Backups(db, SystemClock(), actor).make(args.output))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    location = database_location(args)
    if "://" in location:
        raise CommandFailed("restore works on a local database file")
    kept = None
    try:
        db, actor = signed_in(location)
    except FileUnusable as error:       # a damaged database: the backup replaces the file itself
        if error.reason != "damaged":
            raise
        try:
            kept = maintenance.restore_over_unusable(error.path, database_key(location), args.file)
        except FileNotFoundError as missing:
            raise CommandFailed(f"no backup at {missing}") from missing
        except ValueError as damaged:
            raise CommandFailed("backup is damaged too, nothing restored") from damaged
        db, actor = signed_in(location)
    try:
        again = maintenance.Backups(db, SystemClock(), actor).restore(args.file)
    except FileNotFoundError as error:
        raise CommandFailed(f"no backup at {error}") from error
    except ValueError as error:
        raise CommandFailed(f"backup is damaged, nothing restored: {error}") from error
    print(f"restored {args.file} into {db.describe()}"
          + (f"; {again} person(s) erased after the backup erased again" if again else "")
          + (f"; the damaged file is kept as {kept}" if kept else ""))
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    retention = Retention(db, SystemClock(), actor)
    if args.save:
        if args.years is None:
            raise CommandFailed("--save needs --years N")
        retention.set_period(args.years)
        print(f"retention period: {args.years} years; applied at every start of the app")
    plan = retention.apply(args.years) if args.apply else retention.preview(args.years)
    verb = "anonymised" if args.apply else "would be anonymised"
    print(f"closed before {plan.cutoff}: {len(plan.requests)} request(s) {verb}, "
          f"{len(plan.clients)} client(s) erased whole")
    for number in plan.requests:
        print(number)
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    client = Clients(db, SystemClock(), actor).by_number(args.client_no)
    erased = Erasures(db, SystemClock(), actor).erase(client.id)
    print(f"{args.client_no.upper()}: erased ({erased.letters_removed} letter(s) removed); "
          "the statistics keep counting the tombstone")
    return 0


BIRTH_DATE_REFUSED = {
    "not_a_date": "is not a date: type the day first, e.g. 02/04/1990 or 02041990",
    "future": "lies in the future",
    "too_old": f"lies more than {MAX_AGE_YEARS} years ago",
}


def cmd_edit_client(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    clock = SystemClock()
    clients = Clients(db, clock, actor)
    client = clients.by_number(args.client_no)
    changes: dict[str, object] = {name: value for name in ("first_name", "last_name", "phone", "email")
                                  if (value := getattr(args, name)) is not None}
    if args.birth_date is not None:
        try:
            changes["birth_date"] = birth_date_from(args.birth_date, local_today(clock))
        except InvalidValue as error:
            raise CommandFailed(f"--birth-date {args.birth_date!r} {BIRTH_DATE_REFUSED[error.reason]}") from error
    before = clients.editable(client.id)
    try:
        clients.update(client.id, replace(before, **changes), duplicates_checked=args.not_a_duplicate)
    except PossibleDuplicates as error:
        raise CommandFailed(f"{client.dossier_no}: the new details look like {', '.join(error.dossier_numbers)}, "
                            "already registered; check them, or repeat with --not-a-duplicate") from error
    changed = [name for name, value in changes.items() if (getattr(before, name) or None) != (value or None)]
    print(f"{client.dossier_no}: " + (f"changed {', '.join(sorted(changed))}" if changed else "nothing changed"))
    return 0


def cmd_version(args: argparse.Namespace) -> int:
    location = database_location(args)
    revision = None
    if "://" in location or Path(location).expanduser().is_file():
        revision = current_revision(open_keyed(location))
    print(f"leerwinkel-desk {__version__}, schema {head_revision()}, database {revision or '-'}")
    return 0


def signed_in(location: str) -> tuple[Database, Actor]:
    """The database opened by the person whose login and passphrase were given, acting as them."""
    if "://" not in location and not Path(location).expanduser().is_file():
        raise CommandFailed(f"no database at {location}")
    login_passphrase = credentials()
    db = open_database(location, database_key(location, login_passphrase))
    try:
        return db, sign_in(db, SystemClock(), *login_passphrase).actor
    except SignInFailed as error:
        raise CommandFailed(WRONG_CREDENTIALS) from error


def cmd_account(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    accounts = Accounts(db, SystemClock(), actor)
    if args.action == "list":
        for row in accounts.accounts():
            print(f"{row.login}\t{row.full_name}\t{row.role}\t"
                  f"{'can sign in' if row.can_log_in else 'closed'}")
        return 0
    if args.action == "open":
        accounts.open_account(args.login, args.name, Role(args.role), new_passphrase())
        print(f"{args.login}: account opened; the passphrase also unlocks the database")
        return 0
    person_id = accounts.account_id(args.login)
    if args.action == "close":
        accounts.close_account(person_id)
        print(f"{args.login}: account closed; its key to the database is removed")
    else:
        accounts.set_passphrase(person_id, new_passphrase())
        print(f"{args.login}: new passphrase set")
    return 0




def cmd_search(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    clients = Clients(db, SystemClock(), actor)
    rows = clients.search(" ".join(args.text), limit=args.limit)
    clients.searched(" ".join(args.text))         # one audit event, with the kind of search only
    for row in rows:
        born = row.birth_date.strftime("%d/%m/%Y") if row.birth_date else "-"
        print(f"{row.dossier_no}\t{row.first_name or ''} {row.last_name or ''}\t{born}")
    return 0


def cmd_log_contact(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    clock = SystemClock()
    request = Requests(db, clock, actor).by_number(args.request_no)
    contacts = Contacts(db, clock, actor)
    if args.kind == ContactKind.MICRO:
        row = contacts.log_micro(request.id, Channel(args.channel), args.summary,
                                 minutes=args.minutes)
    else:
        if args.minutes is None:
            raise CommandFailed("a session needs --minutes")
        session_type = SessionType.TRAJECTORY if request.tier is Tier.TRAJECTORY else SessionType.INTAKE
        row = contacts.record_session(request.id, clock.now(), args.minutes, session_type,
                                      summary=args.summary or None, channel=Channel(args.channel))
    print(f"{request.request_no}: {row.kind} {row.channel} logged")
    return 0


def cmd_export_client(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    from leerwinkel_desk.reports.access_report import access_request_json
    from leerwinkel_desk.reports.letters import PdfLetters

    client = Clients(db, SystemClock(), actor).by_number(args.client_no)
    request = Dossiers(db, SystemClock(), actor).access_request(client.id)
    args.output.write_text(access_request_json(request), encoding="utf-8")
    if args.pdf is not None:
        args.pdf.write_bytes(PdfLetters.for_database(db).access_report(request))
    print(f"{client.dossier_no}: dossier written to {args.output}" + (f" and {args.pdf}" if args.pdf else ""))
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    clock = SystemClock()
    from leerwinkel_desk.reports.letters import PdfLetters

    letters = Letters(db, clock, actor, PdfLetters.for_database(db))
    if args.document == "again":
        letter = letters.by_file_name(args.number)
        args.output.write_bytes(letters.reprint(letter.id))
        print(f"{letter.file_name}: the filed letter written again to {args.output}")
        return 0
    if args.document == "summary":
        row = letters.print_summary(Clients(db, clock, actor).by_number(args.number).id)
    else:
        request = Requests(db, clock, actor).by_number(args.number)
        try:
            recipient = (letters.recipient_named(args.to) if args.to
                         else letters.default_recipient(request.id))
            row = letters.print_handover(request.id, recipient)
        except ConsentMissing as error:
            raise CommandFailed(f"{request.request_no}: no active warm-handover consent of the client "
                                f"covers a letter to {args.to or 'anyone'}; nothing printed") from error
    args.output.write_bytes(row.pdf)
    print(f"{args.number}: {row.kind} letter filed as {row.file_name}, written to {args.output}")
    return 0


def add_registration_commands(commands: argparse._SubParsersAction) -> None:
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
    report.add_argument("--office", help="office code or name (default: this database's office)")
    report.add_argument("--loket", help="only requests at this loket")
    report.add_argument("--counsellor", help="only requests owned by this counsellor (login or name)")
    report.add_argument("--format", choices=("json", "csv", "xlsx", "pdf"), default="json")
    report.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help="where to write (json goes to stdout without it)")
    monitoring.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")


def add_self_test_command(commands: argparse._SubParsersAction) -> None:
    """`self-test`: is this installation whole? (run by app.py, which adds the window)."""
    commands.add_parser("self-test", help="check this installation: a temporary encrypted database, the "
                        "migrations, a letter and the main window offscreen; exit 0, or 1 with one line")


SELF_TEST_LOGIN = "zelftest"


def self_test_database(folder: Path) -> tuple[Database, Actor, str]:
    """The self-test without a window, in `folder`: the open database, its coordinator, what was checked.

    A new encrypted database with an office (which runs every migration), opened again with the
    key unwrapped by the passphrase, and a client summary rendered with the shipped fonts,
    templates and letterhead. Raises on the first thing that is not right.
    """
    passphrase = "zelftest " + os.urandom(8).hex()
    path = folder / "zelftest.db"
    create_office_database(path, "Zelftest", "ZT", SELF_TEST_LOGIN, "Zelftest", passphrase).dispose()
    if path.read_bytes().startswith(b"SQLite format 3"):
        raise CommandFailed("the new database is not encrypted")
    db = open_upgraded(str(path), KeyRing.load(path.resolve()).unlock(SELF_TEST_LOGIN, passphrase))
    revision, head = current_revision(db), head_revision()
    if revision != head:
        raise CommandFailed(f"database at schema {revision}, the migrations end at {head}")
    actor = sign_in(db, SystemClock(), SELF_TEST_LOGIN, passphrase).actor
    from leerwinkel_desk.reports.letters import PdfLetters

    client = Clients(db, SystemClock(), actor).create(ClientInput("Zelf", "Test"))
    pdf = Letters(db, SystemClock(), actor, PdfLetters.for_database(db)).print_summary(client.id).pdf
    if not pdf.startswith(b"%PDF") or b"DejaVu" not in pdf:
        raise CommandFailed("the client summary is not a PDF with the DejaVu fonts")
    return db, actor, f"encrypted database at schema {revision}, a letter of {len(pdf) // 1024} kB"


PROBLEMS = {
    "encoding": "not readable as {detail} (bytes {value}); for an older Excel file try "
                "--encoding cp1252",
    "csv_syntax": "not valid CSV: {detail}",
    "empty_file": "the file is empty",
    "missing_column": "required column missing",
    "duplicate_column": "column appears twice",
    "cell_count": "{value} cells where the header has {detail}",
    "required": "required, but empty",
    "invalid_code": "{value!r} is not one of: {detail}",
    "invalid_date": "{value!r} is not a date ({detail})",
    "invalid_datetime": "{value!r} is not a date and time ({detail})",
    "invalid_number": "{value!r} is not a whole number ({detail})",
    "invalid_email": "{value!r} is not an e-mail address",
    "out_of_range": "{value!r} is out of range ({detail})",
    "too_long": "longer than {detail} characters",
    "duplicate_ref": "{value!r} was already used on line {detail}",
    "unknown_ref": "{value!r} is not in the files nor in the database",
    "required_with": "required when {detail} is filled in",
    "before": "{value!r} is before {detail}",
    "not_for_tier": "{value!r} is not an outcome of tier {detail}",
    "anonymous_above_tier_1": "a request without client_ref can only be tier 1",
    "conflicts_with": "{value!r} does not go with {detail} 'self'",
    "unknown_column": "unknown column, ignored",
    "deleted_record": "{value!r} was deleted in the app; row skipped",
}


def describe_problem(problem: Problem) -> str:
    """`clients.csv:12: birth_date: '1990-02-30' is not a date (...)`."""
    place = ":".join(str(part) for part in (problem.file, problem.line, problem.column)
                     if part is not None)
    text = PROBLEMS.get(problem.code, problem.code).format(value=problem.value,
                                                          detail=problem.detail)
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
    db, actor = signed_in(database_location(args))
    report = Monitoring(db, SystemClock(), actor).report(ReportFilter(
        args.start, args.end, office=args.office, loket=args.loket, counsellor=args.counsellor))
    if args.format == "json":
        text = json.dumps(report.to_json_dict(), ensure_ascii=False, indent=2)
        if args.output is None:
            print(text)
            return 0
        args.output.write_text(text + "\n", encoding="utf-8")
    else:
        report_writer(args.format)(report, args.output)
    print(f"report {args.start}..{args.end} written to {args.output}")
    return 0


def cmd_export_monitoring(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    summary = MonitoringExtract(db, SystemClock(), actor).write(
        ReportFilter(args.start, args.end), args.output)
    print(f"{summary.requests} requests written to {summary.path} "
          f"(client keys made with {secret_path(db)}: keep it with the backups)")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "init": cmd_init,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "version": cmd_version,
    "account": cmd_account,
    "search": cmd_search,
    "log-contact": cmd_log_contact,
    "export-client": cmd_export_client,
    "erase": cmd_erase,
    "edit-client": cmd_edit_client,
    "retention": cmd_retention,
    "import": cmd_import,
    "export": cmd_export,
    "report": cmd_report,
    "export-monitoring": cmd_export_monitoring,
    "print": cmd_print,
}


RESTORE_HINT = "to go back to a backup: leerwinkel-desk restore BACKUP (backups are in {backups})"
FILE_PROBLEMS = {
    "damaged": "{path} is damaged, or is not a Leerwinkel Desk database that this key opens; "
               "nothing was changed. " + RESTORE_HINT,
    "wal_set_aside": "the file {path}-wal did not belong to the database (another database's, or an old "
                     "copy) and was set aside as {aside}; the database itself is unchanged. If recent work "
                     "is missing, " + RESTORE_HINT,
    "not_a_file": "{path} is not a database file; nothing was changed",
    "no_space": "the disk is full: {path} could not be checked; nothing was changed. Free some space "
                "and try again",
    "read_only": "{path} or its folder is read-only; nothing was changed",
    "unreadable": "{path} could not be read (the disk, or the file's permissions); nothing was changed",
}


DEBUG_VARIABLE = "LEERWINKEL_DEBUG"
SQLITE_PROBLEMS = (      # SQLite's own words -> one line; the statement and its values never shown
    ("disk is full", "the disk is full; nothing was saved. Free some space and try again"),
    ("database is locked", "the database stayed locked by another program; nothing was saved. Try again"),
    ("readonly", "the database is read-only here; nothing was saved"),
    ("malformed", "the database is damaged; nothing was saved. " + RESTORE_HINT),
    ("not a database", "the database is damaged; nothing was saved. " + RESTORE_HINT),
)


def storage_problem(error: Exception) -> str:
    """One line for a failed read or write of a file, without SQL, values or file contents."""
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
            return "the disk is full; nothing was saved. Free some space and try again"
        return f"{error.strerror or 'cannot use the file'}: {error.filename or ''}".rstrip(": ")
    orig = getattr(error, "orig", error)        # SQLAlchemy's wrapper, or the driver's own error
    text = str(orig).lower()
    for words, line in SQLITE_PROBLEMS:
        if words in text:
            return line.format(backups="the backups folder next to the database")
    return f"the database could not be read or written ({type(orig).__name__}); nothing was saved"


def file_problem(error: FileUnusable) -> str:
    """One line about a database file that cannot be used (and what to do), no personal data."""
    return FILE_PROBLEMS[error.reason].format(path=error.path, aside=error.aside,
                                              backups=backups_dir(error.path))


def run(args: argparse.Namespace) -> int:
    """Run the command named in `args`; failures become one line on stderr and exit code 1."""
    try:
        return COMMANDS[args.command](args)
    except SchemaTooNew as error:
        print(f"error: this database was written by a newer Leerwinkel Desk (schema "
              f"{error.revision}); update the app", file=sys.stderr)
    except DomainError as error:
        print(f"error: {error.code}: {error}", file=sys.stderr)
    except NetworkShareRefused as error:
        print(f"error: the database folder {error.path} is on a network share ({error.filesystem}); "
              "SQLite cannot lock files there safely. Keep the database on this computer's own disk; "
              "offices share data through sync.", file=sys.stderr)
    except FileUnusable as error:
        print(f"error: {file_problem(error)}", file=sys.stderr)
    except KeyFileUnusable as error:
        print(f"error: the key file {error.path} is {error.reason}; nothing was opened or changed. A copy "
              f"lies beside every backup in {backups_dir(error.path)} (NAME.db.keys.json)", file=sys.stderr)
    except CommandFailed as error:
        print(f"error: {error}", file=sys.stderr)
    except (DBAPIError, OSError) as error:
        print(f"error: {storage_problem(error)}", file=sys.stderr)
    except Exception as error:  # noqa: BLE001 - the CLI's last line of defence
        if os.environ.get(DEBUG_VARIABLE):
            raise
        if type(error).__module__.startswith("sqlcipher3"):    # a raw connection's (backup, check)
            print(f"error: {storage_problem(error)}", file=sys.stderr)
            return 1
        print(f"error: unexpected {type(error).__name__} (its text may hold personal data and is not "
              f"shown; set {DEBUG_VARIABLE}=1 to see it)", file=sys.stderr)
    finally:
        close_all()
    return 1
