"""Commands on the recovery key: make a new one with its sheet (coordinator), and use it when every
coordinator's passphrase is lost (`recover`): the twins of Gebruikers › herstelsleutel and of the
sign-in's 'Wachtwoordzin vergeten'. `init --recovery-sheet` offers the first one at set-up."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from leerwinkel_desk.cli.common import CommandFailed, database_location, new_passphrase, signed_in
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.services.recovery import RecoveryKeys, RecoverySheet, recover_coordinator, unlock_with_recovery
from leerwinkel_desk.store.durable import write_whole
from leerwinkel_desk.store.engine import Database

RECOVERY_VARIABLE = "LEERWINKEL_RECOVERY_KEY"


def add_commands(commands: argparse._SubParsersAction) -> None:
    make = commands.add_parser("recovery-key", help="make a new recovery key (coordinator; the previous one "
                               "stops working) and write its sheet to print")
    make.add_argument("--sheet", required=True, type=Path, metavar="PDF", help="where to write the sheet")
    recover = commands.add_parser("recover", help="with the printed recovery key (LEERWINKEL_RECOVERY_KEY or a "
                                  "prompt): a coordinator's new passphrase (LEERWINKEL_NEW_PASSPHRASE or a prompt)")
    recover.add_argument("--login", required=True, help="the coordinator whose passphrase is set")


def write_sheet(db: Database, sheet: RecoverySheet, target: Path) -> None:
    """The sheet as a PDF at `target`, and the key on the terminal (to write down if printing fails)."""
    from leerwinkel_desk.reports.letters import PdfLetters  # ReportLab: when needed

    write_whole(target, PdfLetters.for_database(db).recovery_sheet(sheet))
    print(f"recovery key: {sheet.code}")
    print(f"sheet written to {target}: print it and keep it locked away; delete the file")


def cmd_recovery_key(args: argparse.Namespace) -> int:
    """The new key is put in use only once its sheet is written (a failed write leaves the old one)."""
    db, actor = signed_in(database_location(args))
    keys = RecoveryKeys(db, SystemClock(), actor)
    sheet = keys.propose()
    try:
        write_sheet(db, sheet, args.sheet)
    except BaseException:
        keys.drop(sheet.code)
        raise
    keys.put_in_use(sheet.code)
    return 0


def recovery_code() -> str:
    code = os.environ.get(RECOVERY_VARIABLE)
    if code:
        return code
    if not sys.stdin.isatty():
        raise CommandFailed(f"set {RECOVERY_VARIABLE}, or run recover at a prompt")
    return getpass.getpass("Herstelsleutel: ")


def cmd_recover(args: argparse.Namespace) -> int:
    location = database_location(args)
    if not location.found():
        raise CommandFailed(f"no database at {location}")
    db = location.open_upgraded(unlock_with_recovery(location, recovery_code()))
    try:
        signed = recover_coordinator(db, SystemClock(), args.login, new_passphrase())
    finally:
        db.dispose()
    print(f"new passphrase set for {args.login} ({signed.full_name}); the use of the recovery key is audited")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "recovery-key": cmd_recovery_key,
    "recover": cmd_recover,
}
