"""The `leerwinkel-desk` entry point: one command line; a command runs in `cli/`, none opens the app.

`self-test` is the one command that needs the window too, so `app.py` runs it.
"""

from __future__ import annotations

from leerwinkel_desk import app, cli
from leerwinkel_desk.store.location import Location


def main(argv: list[str] | None = None) -> int:
    args = cli.build_parser().parse_args(argv)
    if args.command == "self-test":
        return app.self_test()
    if args.command:
        return cli.run(args)
    return app.open_desktop(Location.of(args.db))
