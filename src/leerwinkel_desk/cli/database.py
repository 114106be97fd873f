"""Commands on the database as a whole: demo, init, check, backup, restore, version and accounts."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from leerwinkel_desk import __version__
from leerwinkel_desk.cli.common import (
    NEW_PASSPHRASE_VARIABLE,
    PASSPHRASE_VARIABLE,
    USER_VARIABLE,
    CommandFailed,
    credentials,
    database_key,
    database_location,
    new_passphrase,
    open_existing,
    signed_in,
)
from leerwinkel_desk.domain.enums import (
    Role,
)
from leerwinkel_desk.domain.errors import BackupFolderUnusable, BackupUnusable, InvalidValue, OpenElsewhere
from leerwinkel_desk.services import maintenance
from leerwinkel_desk.services.accounts import (
    DEMO_PASSPHRASE,
    MIN_PASSPHRASE,
    Accounts,
    check_passphrase,
)
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.services.office_setup import create_office_database, first_recovery_key
from leerwinkel_desk.store.backup import BackupOverLive
from leerwinkel_desk.store.file_guard import FileUnusable
from leerwinkel_desk.store.location import Location
from leerwinkel_desk.store.migrations import current_revision, head_revision


def add_commands(commands: argparse._SubParsersAction) -> None:
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
    init.add_argument("--recovery-sheet", type=Path, metavar="PDF",
                      help="also make the office's recovery key and write its sheet to print here")
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
        "passphrase", help=f"a new passphrase for LOGIN (from {NEW_PASSPHRASE_VARIABLE} or a prompt); a colleague's "
                           "(coordinator) is chosen again by them at their next sign-in; your own LOGIN: yours")
    change.add_argument("login")


def cmd_demo(args: argparse.Namespace) -> int:
    location = database_location(args)
    fresh = location.is_new()
    from leerwinkel_desk.demo import DEMO_ACCOUNT_LOGINS, create_demo_database, generate_demo, holds_only_demo

    until = args.until or date.today()
    if fresh:       # a new demo database is encrypted, like every real one; made whole or not at all
        summary = create_demo_database(location, clients=args.clients, seed=args.seed, until=until)
        where = str(location.path)
    else:
        db = location.open_upgraded(database_key(location))
        if not holds_only_demo(db):
            raise CommandFailed("this database holds an office's own data; the demo goes into a file of its own "
                                "(--db with a new file name)")
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
    if args.recovery_sheet is not None:
        from leerwinkel_desk.cli.recovery import write_sheet

        write_sheet(db, first_recovery_key(db, SystemClock()), args.recovery_sheet)
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
    try:
        print(maintenance.Backups(db, SystemClock(), actor).make(args.output))
    except BackupOverLive as error:
        raise CommandFailed(f"{args.output} is the database itself (or a file kept beside it); a backup goes "
                            "to another file. Nothing was written") from error
    except BackupFolderUnusable as error:
        raise CommandFailed(str(error)) from error
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    location = database_location(args)
    if location.path is None:
        raise CommandFailed("restore works on a local database file")
    try:
        return _restore(args, location)
    except BackupFolderUnusable as error:
        raise CommandFailed(str(error).replace("Nothing was written", "Nothing was restored")) from error
    except OpenElsewhere as error:
        raise CommandFailed("the database is open in another instance of the app (a desk signed in, or a command "
                            "running); close it first, then restore again. Nothing was restored") from error


def _restore(args: argparse.Namespace, location: Location) -> int:
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
        restored = maintenance.Backups(db, SystemClock(), actor).restore(args.file)
    except BackupUnusable as error:
        raise CommandFailed(f"backup refused, nothing restored: {error.detail}") from error
    print(f"restored {args.file} into {db.describe()}; the data as it was before is kept as {restored.kept}"
          + (f"; {restored.erased_again} person(s) erased after the backup erased again"
             if restored.erased_again else "")
          + (f"; the damaged file is kept as {kept}" if kept else ""))
    return 0


def cmd_version(args: argparse.Namespace) -> int:
    """The app's version and its schema, always, without signing in; the database's schema when it can be read
    without asking: a plain file, or an encrypted one with LEERWINKEL_USER and LEERWINKEL_PASSPHRASE set. The
    schema of an encrypted file is inside it (SQLCipher encrypts every page), so without them the line says
    `needs sign-in` rather than prompting: the version is asked for where nobody is at hand to sign in."""
    location = database_location(args)
    print(f"leerwinkel-desk {__version__}, schema {head_revision()}, database {database_schema(location)}")
    return 0


def database_schema(location: Location) -> str:
    if not location.found():
        return "-"
    if location.key_ring() is not None and not all(os.environ.get(name) for name in (USER_VARIABLE,
                                                                                     PASSPHRASE_VARIABLE)):
        return f"needs sign-in (encrypted: set {USER_VARIABLE} and {PASSPHRASE_VARIABLE} to read its schema)"
    try:
        db = location.open(database_key(location))
    except CommandFailed as failed:
        return f"not read ({failed})"
    try:
        return current_revision(db) or "-"
    finally:
        db.dispose()


def cmd_account(args: argparse.Namespace) -> int:
    location = database_location(args)
    if not location.found():
        raise CommandFailed(f"no database at {location}")
    login, passphrase = credentials()
    own = args.action == "passphrase" and args.login.strip() == login.strip()
    db, actor = signed_in(location, (login, passphrase), choosing_own_passphrase=own)
    accounts = Accounts(db, SystemClock(), actor)
    if own:                 # your own: the one you signed in with is the current one (services/accounts.py)
        accounts.change_own_passphrase(passphrase, new_passphrase())
        print(f"{args.login}: your own passphrase is set (on this computer)")
        return 0
    if args.action == "list":
        for row in accounts.accounts():
            given = " (chooses their own passphrase at the next sign-in)" if row.passphrase_given else ""
            print(f"{row.login}\t{row.full_name}\t{row.role}\t"
                  f"{'can sign in' if row.can_log_in else 'closed'}{given}")
        return 0
    if args.action == "open":
        accounts.open_account(args.login, args.name, Role(args.role), new_passphrase())
        print(f"{args.login}: account opened; the passphrase also unlocks the database, and {args.login} chooses "
              "their own at the first sign-in")
        return 0
    person_id = accounts.account_id(args.login)
    if args.action == "close":
        accounts.close_account(person_id)
        print(f"{args.login}: account closed; its key to the database is removed")
    else:
        accounts.set_passphrase(person_id, new_passphrase())
        print(f"{args.login}: new passphrase set; {args.login} chooses their own at the next sign-in")
    return 0



COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "init": cmd_init,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "version": cmd_version,
    "account": cmd_account,
}
