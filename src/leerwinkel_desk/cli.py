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
from collections.abc import Callable
from dataclasses import replace
from datetime import date, time
from decimal import Decimal
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from leerwinkel_desk import __version__
from leerwinkel_desk.domain.birth_dates import MAX_AGE_YEARS, birth_date_from
from leerwinkel_desk.domain.enums import (
    Channel,
    ContactKind,
    Delivery,
    DutchLevel,
    Exemption,
    OrganisationType,
    ProviderType,
    ReferralReason,
    Role,
    SessionType,
    Tier,
)
from leerwinkel_desk.domain.errors import ConsentMissing, DomainError, InvalidValue, PossibleDuplicates
from leerwinkel_desk.reports.monitoring_files import report_writer
from leerwinkel_desk.services import maintenance, offices
from leerwinkel_desk.services.accounts import (
    DEMO_PASSPHRASE,
    MIN_PASSPHRASE,
    Accounts,
    SignInFailed,
    check_passphrase,
    sign_in,
)
from leerwinkel_desk.services.agenda import Agenda
from leerwinkel_desk.services.agenda_feed import AgendaFeed
from leerwinkel_desk.services.catalogue import Catalogue, CourseInput
from leerwinkel_desk.services.clients import Clients
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.context import Actor, SystemClock, local_today
from leerwinkel_desk.services.contributions import Contributions
from leerwinkel_desk.services.dossier import Dossiers
from leerwinkel_desk.services.erasure import Erasures
from leerwinkel_desk.services.letters import Letters
from leerwinkel_desk.services.monitoring import Monitoring, ReportFilter
from leerwinkel_desk.services.monitoring_extract import MonitoringExtract, secret_path
from leerwinkel_desk.services.office_setup import create_office_database
from leerwinkel_desk.services.referrals import Referrals
from leerwinkel_desk.services.registration.export import RegistrationExport
from leerwinkel_desk.services.registration.format import FileKind
from leerwinkel_desk.services.registration.importer import RegistrationImport
from leerwinkel_desk.services.registration.reading import ENCODINGS
from leerwinkel_desk.services.registration.report import ImportReport, Problem
from leerwinkel_desk.services.reminders import Reminders
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.services.retention import Retention
from leerwinkel_desk.services.social_map import PartnerRow, SocialMap
from leerwinkel_desk.store.engine import Database, close_all
from leerwinkel_desk.store.file_guard import FileUnusable
from leerwinkel_desk.store.keyring import KeyFileUnusable, WrongPassphrase
from leerwinkel_desk.store.location import DatabaseExists, Location
from leerwinkel_desk.store.migrations import SchemaTooNew, current_revision, head_revision
from leerwinkel_desk.store.network_share import NetworkShareRefused
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
    add_referral_commands(commands)
    add_reference_commands(commands)
    add_registration_commands(commands)
    add_self_test_command(commands)
    return parser


def add_referral_commands(commands: argparse._SubParsersAction) -> None:
    refer = commands.add_parser("refer-out", help="refer the client of a request to a partner of the social map")
    refer.add_argument("request_no", metavar="REQUEST_NO")
    refer.add_argument("--partner", required=True, metavar="NAME", help="the partner organisation (part of its name)")
    refer.add_argument("--reason", required=True, choices=[r.value for r in ReferralReason])
    refer.add_argument("--note", required=True, metavar="TEXT", help="the reason in words")
    refer.add_argument("--contact", metavar="NAME", help="a contact person at the partner")
    close = commands.add_parser("close-loop", help="record whether the referred client arrived at the partner")
    close.add_argument("request_no", metavar="REQUEST_NO")
    arrived = close.add_mutually_exclusive_group(required=True)
    arrived.add_argument("--arrived", action="store_true")
    arrived.add_argument("--not-arrived", action="store_true")
    close.add_argument("--partner", metavar="NAME", help="which open referral, when the request has several")
    close.add_argument("--note", metavar="TEXT")
    commands.add_parser("open-loops", help="referrals whose outcome is not known yet (no client names)")
    feed = commands.add_parser("agenda-export", help="the signed-in person's booked sessions and zitdagen as .ics "
                                                     "(no client names); default: agenda/LOGIN.ics by the database")
    feed.add_argument("-o", "--output", type=Path, metavar="FILE")
    remind = commands.add_parser("remind", help="print the reminder of a request's next booked session and log "
                                                "it as a micro-contact")
    remind.add_argument("request_no", metavar="REQUEST_NO")
    remind.add_argument("--channel", choices=[Channel.WHATSAPP.value, Channel.SMS.value], default=Channel.WHATSAPP.value)
    rate = commands.add_parser("contribution-rate", help="show, or set (coordinator), the office's hourly amount "
                                                         "a tier-3 client contributes")
    rate.add_argument("amount", nargs="?", type=Decimal, metavar="EUR", help="e.g. 5.00")
    pay = commands.add_parser("contribution", help="record the client contribution of a trajectory (the "
                                                   "office's hourly amount; the client's status exempts by itself)")
    pay.add_argument("request_no", metavar="REQUEST_NO")
    pay.add_argument("--hours", required=True, type=Decimal)
    pay.add_argument("--exemption", choices=[e.value for e in Exemption],
                     help="another ground of exemption than the client's status gives")
    pay.add_argument("--career-voucher", action="store_true", help="paid with loopbaancheques")
    pay.add_argument("--receipt", type=Path, metavar="FILE", help="also write the receipt for the client (PDF)")


def database_location(args: argparse.Namespace) -> Location:
    return Location.of(args.db)


USER_VARIABLE, PASSPHRASE_VARIABLE = "LEERWINKEL_USER", "LEERWINKEL_PASSPHRASE"
NEW_PASSPHRASE_VARIABLE = "LEERWINKEL_NEW_PASSPHRASE"


def credentials() -> tuple[str, str]:
    """Login and passphrase from LEERWINKEL_USER / LEERWINKEL_PASSPHRASE, or asked at a prompt."""
    login, passphrase = os.environ.get(USER_VARIABLE), os.environ.get(PASSPHRASE_VARIABLE)
    if login and passphrase:
        return login, passphrase
    if not sys.stdin.isatty():
        raise CommandFailed(f"this database is encrypted: set {USER_VARIABLE} and {PASSPHRASE_VARIABLE}")
    return login or input("Gebruiker: "), passphrase or getpass.getpass("Wachtwoordzin: ")


WRONG_CREDENTIALS = "wrong user name or passphrase; nothing was opened or changed"


def database_key(location: Location, login_passphrase: tuple[str, str] | None = None) -> bytes | None:
    """The SQLCipher key of an encrypted local database, unlocked with the person's passphrase."""
    ring = location.key_ring()
    if ring is None:
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


def open_existing(location: Location) -> Database:
    if not location.found():
        raise CommandFailed(f"no database at {location}")
    return location.open(database_key(location))


def cmd_demo(args: argparse.Namespace) -> int:
    location = database_location(args)
    fresh = location.is_new()
    from leerwinkel_desk.demo import DEMO_ACCOUNT_LOGINS, create_demo_database, generate_demo

    until = args.until or date.today()
    if fresh:       # a new demo database is encrypted, like every real one; made whole or not at all
        summary = create_demo_database(location, clients=args.clients, seed=args.seed, until=until)
        where = str(location.path)
    else:
        db = location.open_upgraded(database_key(location))
        summary = generate_demo(db, clients=args.clients, seed=args.seed, until=until)
        db.optimize()
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
    if location.path is None:
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
    db = create_office_database(location, SystemClock(), office=args.office, code=args.code, login=args.user,
                                full_name=args.name or args.user, passphrase=passphrase)
    print(f"{db.describe()}: office {args.office}, coordinator {args.user}; encrypted")
    return 0


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
    if location.path is None:
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
    if location.found():
        revision = current_revision(location.open(database_key(location)))
    print(f"leerwinkel-desk {__version__}, schema {head_revision()}, database {revision or '-'}")
    return 0


def signed_in(location: Location) -> tuple[Database, Actor]:
    """The database opened by the person whose login and passphrase were given, acting as them."""
    if not location.found():
        raise CommandFailed(f"no database at {location}")
    login_passphrase = credentials()
    db = location.open(database_key(location, login_passphrase))
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


def add_reference_commands(commands: argparse._SubParsersAction) -> None:
    """The office's reference data (coordinators): the social map, the training offer, lokets and zitdagen."""
    partner = commands.add_parser("partner", help="partners on the social map: add, edit, retire")
    actions = partner.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add")
    add.add_argument("name")
    add.add_argument("--type", required=True, choices=[t.value for t in OrganisationType])
    edit = actions.add_parser("edit", help="options not given stay as they are")
    edit.add_argument("name")
    edit.add_argument("--rename", metavar="NAME")
    edit.add_argument("--type", choices=[t.value for t in OrganisationType])
    for sub in (add, edit):
        for option in ("municipality", "phone", "email"):
            sub.add_argument(f"--{option}")
    actions.add_parser("retire", help="no longer offered; records that named it keep it").add_argument("name")
    contact = commands.add_parser("contact", help="contact persons at a partner: add, retire")
    actions = contact.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add")
    add.add_argument("partner")
    add.add_argument("name")
    for option in ("function", "phone", "email"):
        add.add_argument(f"--{option}")
    retire = actions.add_parser("retire")
    retire.add_argument("partner")
    retire.add_argument("name")
    provider = commands.add_parser("provider", help="training providers: add, retire")
    actions = provider.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add")
    add.add_argument("name")
    add.add_argument("--type", required=True, choices=[t.value for t in ProviderType])
    add.add_argument("--municipality")
    add.add_argument("--website")
    actions.add_parser("retire").add_argument("name")
    course = commands.add_parser("course", help="courses of the training offer, with their facts: add, retire")
    actions = course.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add")
    add.add_argument("title")
    add.add_argument("--provider", required=True, metavar="NAME")
    add.add_argument("--level", type=int, metavar="EQF")
    add.add_argument("--duration", metavar="TEXT", help="e.g. '2 school years'")
    add.add_argument("--delivery", choices=[d.value for d in Delivery], default=Delivery.ON_SITE.value)
    add.add_argument("--municipality")
    add.add_argument("--cost", type=Decimal, metavar="EUR")
    add.add_argument("--dutch", choices=[d.value for d in DutchLevel], help="Dutch level required")
    add.add_argument("--requirements", metavar="TEXT", help="entry requirements")
    add.add_argument("--start", type=date.fromisoformat, metavar="YYYY-MM-DD", help="next start")
    for flag in COURSE_FLAGS:
        add.add_argument(f"--{flag.replace('_', '-')}", action="store_true")
    add.add_argument("--not-daytime", action="store_true", help="no daytime classes")
    actions.add_parser("retire").add_argument("title")
    loket = commands.add_parser("loket", help="lokets: add, retire")
    actions = loket.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add")
    add.add_argument("name")
    add.add_argument("--municipality")
    add.add_argument("--host", metavar="PARTNER", help="the partner whose premises host it")
    actions.add_parser("retire").add_argument("name")
    zitdag = commands.add_parser("zitdag", help="the zitdag schedule: add, end, list")
    actions = zitdag.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add")
    add.add_argument("loket")
    add.add_argument("--counsellor", required=True, metavar="LOGIN")
    add.add_argument("--starts", required=True, type=time.fromisoformat, metavar="HH:MM")
    add.add_argument("--ends", required=True, type=time.fromisoformat, metavar="HH:MM")
    when = add.add_mutually_exclusive_group(required=True)
    when.add_argument("--weekday", type=int, choices=range(7), help="0 = Monday")
    when.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD", help="one day only")
    add.add_argument("--every-weeks", type=int, default=1, help="2: every second week, counted from --from")
    add.add_argument("--from", dest="valid_from", type=date.fromisoformat, metavar="YYYY-MM-DD")
    add.add_argument("--slot", type=int, default=60, metavar="MINUTES")
    actions.add_parser("list")
    actions.add_parser("end", help="the zitdag stops after today").add_argument("number", type=int,
                                                                                 help="its number in `zitdag list`")


COURSE_FLAGS = ("recognised_qualification", "evenings", "weekends", "modular", "training_vouchers",
                "educational_leave", "fee_exemption")


def one_named(rows: list, name: str, text: Callable[[object], str], kind: str):  # noqa: ANN001, ANN201
    """The one row whose name is `name` (case ignored), else the one that contains it."""
    exact = [r for r in rows if text(r).casefold() == name.strip().casefold()]
    found = exact or [r for r in rows if name.strip().casefold() in text(r).casefold()]
    if len(found) != 1:
        raise CommandFailed(f"{len(found)} {kind}s match {name!r}" + (": " + "; ".join(map(text, found)) if found else ""))
    return found[0]


def cmd_partner(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    social_map = SocialMap(db, SystemClock(), actor)
    if args.action == "add":
        row = social_map.add_partner(args.name, OrganisationType(args.type), args.municipality, args.phone, args.email)
        print(f"partner added: {row.name}")
        return 0
    row = partner_named(social_map, args.name)
    if args.action == "retire":
        social_map.retire_partner(row.id)
        print(f"partner retired: {row.name}")
        return 0
    row = social_map.update_partner(
        row.id, args.rename or row.name, OrganisationType(args.type) if args.type else row.org_type,
        *(getattr(args, option) if getattr(args, option) is not None else getattr(row, option)
          for option in ("municipality", "phone", "email")))
    print(f"partner changed: {row.name}")
    return 0


def cmd_contact(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    social_map = SocialMap(db, SystemClock(), actor)
    partner = partner_named(social_map, args.partner)
    if args.action == "add":
        row = social_map.add_contact(partner.id, args.name, args.function, args.phone, args.email)
        print(f"contact person added at {partner.name}: {row.full_name}")
    else:
        row = one_named(social_map.contacts(partner.id), args.name, lambda c: c.full_name, "contact person")
        social_map.retire_contact(row.id)
        print(f"contact person retired at {partner.name}: {row.full_name}")
    return 0


def cmd_provider(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    catalogue = Catalogue(db, SystemClock(), actor)
    if args.action == "add":
        row = catalogue.add_provider(args.name, ProviderType(args.type), args.municipality, args.website)
        print(f"provider added: {row.name}")
    else:
        row = one_named(catalogue.providers(), args.name, lambda p: p.name, "provider")
        catalogue.retire_provider(row.id)
        print(f"provider retired: {row.name} (and its courses leave the offer)")
    return 0


def cmd_course(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    catalogue = Catalogue(db, SystemClock(), actor)
    if args.action == "retire":
        row = one_named(catalogue.courses(), args.title, lambda c: c.title, "course")
        catalogue.retire_course(row.id)
        print(f"course retired: {row.title}")
        return 0
    provider = one_named(catalogue.providers(), args.provider, lambda p: p.name, "provider")
    row = catalogue.add_course(CourseInput(
        provider.id, args.title, eqf_level=args.level, duration_text=args.duration, daytime=not args.not_daytime,
        delivery=Delivery(args.delivery), municipality=args.municipality, cost_eur=args.cost,
        dutch_level_required=DutchLevel(args.dutch) if args.dutch else None, entry_requirements=args.requirements,
        next_start=args.start, **{flag: getattr(args, flag) for flag in COURSE_FLAGS}))
    print(f"course added: {row.title} ({row.provider_name})")
    return 0


def cmd_loket(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    clock = SystemClock()
    setup = offices.OfficeSetup(db, clock, actor)
    if args.action == "add":
        host = partner_named(SocialMap(db, clock, actor), args.host).id if args.host else None
        row = setup.add_loket(args.name, args.municipality, host)
        print(f"loket added: {row.name}")
    else:
        row = one_named(setup.lokets(), args.name, lambda x: x.name, "loket")
        setup.retire_loket(row.id)
        print(f"loket retired: {row.name}")
    return 0


def cmd_zitdag(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    clock = SystemClock()
    agenda, setup = Agenda(db, clock, actor), offices.OfficeSetup(db, clock, actor)
    staff = {person.id: person.login for person in setup.counsellors()}
    schedule = agenda.schedule()
    if args.action == "list":
        for number, z in enumerate(schedule, 1):
            when = z.on_date.isoformat() if z.on_date else f"weekday {z.weekday} every {z.every_weeks} week(s)" + (
                f" from {z.valid_from.isoformat()}" if z.valid_from else "")
            print(f"{number}\t{z.loket_name}\t{when}\t{z.starts:%H:%M}-{z.ends:%H:%M}\t{staff.get(z.counsellor_id, '')}")
        return 0
    if args.action == "end":
        if not 1 <= args.number <= len(schedule):
            raise CommandFailed(f"no zitdag number {args.number}; see `zitdag list`")
        agenda.end_zitdag(schedule[args.number - 1].id)
        print(f"zitdag {args.number} ends after today")
        return 0
    loket = one_named(setup.lokets(), args.loket, lambda x: x.name, "loket")
    counsellor = next((person_id for person_id, login in staff.items() if login == args.counsellor), None)
    if counsellor is None:
        raise CommandFailed(f"no colleague with login {args.counsellor!r}")
    valid_from = args.valid_from or (local_today(clock) if args.weekday is not None and args.every_weeks > 1 else None)
    agenda.add_zitdag(loket.id, counsellor, args.starts, args.ends, weekday=args.weekday, on_date=args.date,
                      slot_minutes=args.slot, valid_from=valid_from, every_weeks=args.every_weeks)
    print(f"zitdag added at {loket.name}")
    return 0


def partner_named(social_map: SocialMap, name: str) -> PartnerRow:
    """The one partner whose name holds the words typed (case and accents ignored)."""
    found = social_map.partners(name)
    exact = [p for p in found if p.name.casefold() == name.strip().casefold()]
    if len(exact) == 1 or len(found) == 1:
        return (exact or found)[0]
    if not found:
        raise CommandFailed(f"no partner on the social map is called {name!r}")
    raise CommandFailed(f"{len(found)} partners match {name!r}: " + "; ".join(p.name for p in found))


def cmd_refer_out(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    clock = SystemClock()
    request = Requests(db, clock, actor).by_number(args.request_no)
    social_map = SocialMap(db, clock, actor)
    partner = partner_named(social_map, args.partner)
    contact = None
    if args.contact:
        people = [c for c in social_map.contacts(partner.id) if args.contact.casefold() in c.full_name.casefold()]
        if len(people) != 1:
            raise CommandFailed(f"{len(people)} contact persons at {partner.name} match {args.contact!r}")
        contact = people[0].id
    Referrals(db, clock, actor).refer_out(request.id, partner.id, ReferralReason(args.reason), args.note, contact)
    print(f"{request.request_no}: referred to {partner.name} ({args.reason}); the loop is open")
    return 0


def cmd_close_loop(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    clock = SystemClock()
    request = Requests(db, clock, actor).by_number(args.request_no)
    referrals = Referrals(db, clock, actor)
    open_ = [r for r in referrals.for_request(request.id) if r.loop_closed_on is None]
    if args.partner:
        partner = partner_named(SocialMap(db, clock, actor), args.partner)
        open_ = [r for r in open_ if r.partner_id == partner.id]
    if len(open_) != 1:
        raise CommandFailed(f"{request.request_no} has {len(open_)} open referrals"
                            + (" there" if args.partner else "") + "; name one with --partner")
    referrals.close_loop(open_[0].id, args.arrived, args.note)
    print(f"{request.request_no}: loop closed, client {'arrived' if args.arrived else 'did not arrive'}")
    return 0


def cmd_open_loops(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    owner = None if actor.role == Role.COORDINATOR else actor.counsellor_id
    for loop in Referrals(db, SystemClock(), actor).open_loops(owner):
        referral = loop.referral
        print(f"{referral.referred_on.isoformat()}\t{loop.request_no}\t{loop.partner_name}\t"
              f"{referral.reason_code or '-'}")
    return 0


def cmd_agenda_export(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    if actor.counsellor_id is None:
        raise CommandFailed("this account has no agenda")
    path = AgendaFeed(db, SystemClock(), actor).write(actor.counsellor_id, args.output)
    print(f"agenda written to {path}")
    return 0


def cmd_remind(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    clock = SystemClock()
    request = Requests(db, clock, actor).by_number(args.request_no)
    reminders = Reminders(db, clock, actor)
    reminder = reminders.for_request(request.id)
    if reminder is None:
        raise CommandFailed(f"{request.request_no} has no booked session to remind of; nothing logged")
    reminders.sent(reminder, Channel(args.channel))
    print(reminder.text)
    return 0


def cmd_contribution_rate(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    contributions = Contributions(db, SystemClock(), actor)
    if args.amount is not None:
        contributions.set_office_rate(args.amount)
    rate = contributions.office_rate()
    print(f"hourly contribution: {rate:.2f} EUR" if rate is not None else "hourly contribution: not set")
    return 0


def cmd_contribution(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    clock = SystemClock()
    request = Requests(db, clock, actor).by_number(args.request_no)
    contributions = Contributions(db, clock, actor)
    row = contributions.record(request.id, args.hours, exemption=Exemption(args.exemption) if args.exemption else None,
                               career_voucher=args.career_voucher)
    grounds = f" ({row.exemption})" if row.exemption else ""
    print(f"{request.request_no}: {row.hours} h at {row.hourly_rate:.2f} EUR = {row.amount:.2f} EUR, "
          f"paid by {row.paid_by}{grounds}")
    if args.receipt is not None:
        from leerwinkel_desk.reports.letters import PdfLetters

        args.receipt.write_bytes(PdfLetters.for_database(db).receipt(contributions.receipt(row.id)))
        print(f"receipt written to {args.receipt}")
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
    "refer-out": cmd_refer_out,
    "close-loop": cmd_close_loop,
    "open-loops": cmd_open_loops,
    "remind": cmd_remind,
    "agenda-export": cmd_agenda_export,
    "contribution-rate": cmd_contribution_rate,
    "contribution": cmd_contribution,
    "partner": cmd_partner,
    "contact": cmd_contact,
    "provider": cmd_provider,
    "course": cmd_course,
    "loket": cmd_loket,
    "zitdag": cmd_zitdag,
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
    except (CommandFailed, DatabaseExists) as error:
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
