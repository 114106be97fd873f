"""Wires the layers: parse the command line, open and upgrade the database, then the CLI or the window."""

from __future__ import annotations

import sys
from datetime import date

from leerwinkel_desk import cli
from leerwinkel_desk.services import offices
from leerwinkel_desk.store.location import NetworkShareRefused
from leerwinkel_desk.store.migrations import SchemaTooNew

FIRST_START_DEMO_CLIENTS = 300


def main(argv: list[str] | None = None) -> int:
    args = cli.build_parser().parse_args(argv)
    if args.command:
        return cli.run(args)
    return run_desktop(cli.database_location(args))


def run_desktop(location: str) -> int:
    """Open the main window on the database; on first start, fill it with demo data."""
    from leerwinkel_desk.ui.main_window import run_main_window, show_startup_error

    try:
        db = cli.open_upgraded(location)
    except SchemaTooNew as error:
        return show_startup_error("schema_too_new", error.revision)
    except NetworkShareRefused as error:
        return show_startup_error("network_share", f"{error.path} ({error.filesystem})")
    office_id = offices.find_office(db)
    if office_id is None:
        from leerwinkel_desk.services.demo import generate_demo

        office_id = generate_demo(
            db, clients=FIRST_START_DEMO_CLIENTS, seed=1, until=date.today()
        ).office_id
        db.optimize()
    return run_main_window(db, office_id)


if __name__ == "__main__":
    sys.exit(main())
