"""The command line: the same services as the app, for scripting and support (after calibredb).

`leerwinkel-desk [--db PATH] COMMAND ...`. Each command is a thin wrapper over `services/`;
errors are one clear line on stderr and a non-zero exit code (`cli/problems.py`). The commands
live in one module per group (`COMMAND_GROUPS`), each with `add_commands(subparsers)` and its
`COMMANDS`; what they share is in `cli/common.py`. The PDF, XLSX and demo-data modules are
imported by the commands that use them. A plain desktop start does not build this parser at all
(launcher.py), so its sign-in paints before the commands and the layers under them are imported.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from sqlalchemy.exc import DBAPIError

from leerwinkel_desk.cli import (
    appointment,
    casework,
    database,
    office_settings,
    recovery,
    reference,
    reference_import,
    referrals,
    registration,
    sync,
)
from leerwinkel_desk.cli.common import CommandFailed
from leerwinkel_desk.cli.problems import DEBUG_VARIABLE, file_problem, storage_problem
from leerwinkel_desk.domain.errors import DatabaseReplaced, DomainError, KeyChanged
from leerwinkel_desk.store.engine import close_all
from leerwinkel_desk.store.file_guard import FileUnusable
from leerwinkel_desk.store.keyring import KeyFileUnusable
from leerwinkel_desk.store.location import DatabaseExists
from leerwinkel_desk.store.migrations import SchemaTooNew
from leerwinkel_desk.store.network_share import NetworkShareRefused
from leerwinkel_desk.store.paths import backups_dir, default_database_path

COMMAND_GROUPS = (database, casework, referrals, reference, registration, recovery, reference_import,
                  appointment, office_settings, sync)
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    name: command for group in COMMAND_GROUPS for name, command in group.COMMANDS.items()
}


def build_parser() -> argparse.ArgumentParser:
    """The one parser of `leerwinkel-desk`: without a command the desktop app opens (launcher.py)."""
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
    for group in COMMAND_GROUPS:
        group.add_commands(commands)
    # `self-test`: is this installation whole? (run by app.py, which adds the window)
    commands.add_parser("self-test", help="check this installation: a temporary encrypted database, the "
                        "migrations, a letter and the main window offscreen; exit 0, or 1 with one line")
    return parser


def not_text(args: argparse.Namespace) -> str | None:
    """The first text option that holds bytes no UTF-8 decodes (Python keeps them as lone surrogates, which no
    database or file takes), as the command line names it; None when all are text. Paths may hold any bytes."""
    for name, value in vars(args).items():
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return name.replace("_", "-")
    return None


def run(args: argparse.Namespace) -> int:
    """Run the command named in `args`; failures become one line on stderr and exit code 1."""
    garbled = not_text(args)
    if garbled is not None:
        print(f"error: the text given for {garbled} is not valid (the terminal sent bytes that are not UTF-8); "
              "nothing was done", file=sys.stderr)
        return 1
    try:
        return COMMANDS[args.command](args)
    except SchemaTooNew as error:
        print(f"error: this database was written by a newer Leerwinkel Desk (schema "
              f"{error.revision}); update the app", file=sys.stderr)
    except KeyChanged:
        print("error: the database got a new key meanwhile (an account was closed in another instance); "
              "nothing was saved. Run the command again", file=sys.stderr)
    except DatabaseReplaced:
        print("error: another program replaced or moved the database file while this command ran; nothing "
              "was saved. Run the command again", file=sys.stderr)
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
    except Exception as error:  # any error: the CLI's last line of defence
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
