"""The office's settings on the command line (`office-settings`), the twin of the Settings dialog's office tabs:
shown, or changed (coordinator): the letterhead, the indicative cost per tier, the backup folder (a removable
drive too: a backup is written there and read back first). The hourly contribution (`contribution-rate`) and
the retention period (`retention --save`) keep their own commands."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from leerwinkel_desk.cli.common import database_location, signed_in
from leerwinkel_desk.domain.enums import Tier
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.services.office_settings import ADDRESS_FIELDS, OfficeSettings, checked_address, checked_costs

TIER_OPTIONS = {Tier.INFORMATION: "cost_tier1", Tier.MEDIATION: "cost_tier2", Tier.TRAJECTORY: "cost_tier3"}


def add_commands(commands: argparse._SubParsersAction) -> None:
    office = commands.add_parser("office-settings", help="show, or set (coordinator), the letterhead, the "
                                 "indicative cost per tier and the backup folder")
    for name in ADDRESS_FIELDS:
        office.add_argument(f"--{name}", metavar="TEXT", help="'' empties it" if name != "name" else None)
    for tier, option in TIER_OPTIONS.items():
        office.add_argument(f"--{option.replace('_', '-')}", dest=option, type=Decimal, metavar="EUR",
                            help=f"indicative cost per request at tier {tier.level}")
    folder = office.add_mutually_exclusive_group()
    folder.add_argument("--backup-folder", type=Path, metavar="DIR", help="a second copy of each daily backup")
    folder.add_argument("--no-backup-folder", action="store_true")


def cmd_office_settings(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    settings = OfficeSettings(db, SystemClock(), actor)
    current = settings.current()
    given = {name: getattr(args, name) for name in ADDRESS_FIELDS if getattr(args, name) is not None}
    address = replace(current.address, **given)
    costs = {tier: getattr(args, option) for tier, option in TIER_OPTIONS.items() if getattr(args, option) is not None}
    if given:                       # a refused value saves nothing of the command: each checked first,
        checked_address(address)
    checked_costs(costs)
    if args.backup_folder is not None or args.no_backup_folder:     # and the folder, tried by writing, first
        made = settings.set_backup_folder(None if args.no_backup_folder else args.backup_folder)
        if made is not None:
            print(f"backup written and read back: {made}")
    if given:
        settings.set_address(address)
    if costs:
        settings.set_costs(costs)
    shown = settings.current()
    for name in ADDRESS_FIELDS:
        print(f"{name}: {getattr(shown.address, name) or ''}")
    for tier in Tier:
        print(f"cost tier {tier.level}: {shown.costs[tier]:.2f} EUR")
    print(f"backup folder: {shown.backup_folder or 'none'}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"office-settings": cmd_office_settings}
