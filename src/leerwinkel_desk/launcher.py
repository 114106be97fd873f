"""The `leerwinkel-desk` entry point: one command line; a command runs in `cli/`, none opens the app.

`self-test` is the one command that needs the window too, so `app.py` runs it. A plain start
(no command, at most `--db PATH`) goes to the app without building the parser, which imports every
command and the layers under them: the sign-in is painted first (ui/start.py).
"""

from __future__ import annotations

import sys

from leerwinkel_desk import app


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    target = desktop_start(argv)
    if target is None:
        from leerwinkel_desk import cli

        args = cli.build_parser().parse_args(argv)
        if args.command == "self-test":
            return app.self_test()
        if args.command:
            return cli.run(args)
        target = args.db or ""
    return app.open_desktop(target)


def desktop_start(argv: list[str]) -> str | None:
    """The database of a plain desktop start, read without the parser: "" for the default one, the
    PATH of `--db PATH`; None for anything else (a command, help, a mistake: the parser's to tell)."""
    if not argv:
        return ""
    if len(argv) == 2 and argv[0] == "--db" and argv[1]:
        return argv[1]
    return None
