"""The client's appointment card on the command line (`appointment-card`), the twin of Ctrl+Shift+P."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from leerwinkel_desk.cli.common import CommandFailed, database_location, signed_in
from leerwinkel_desk.services.appointment_card import AppointmentCards, CardLanguage, CardSize
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.store.durable import write_whole


def add_commands(commands: argparse._SubParsersAction) -> None:
    card = commands.add_parser("appointment-card", help="the client's card of a request's next booked session "
                               "(A6 or A5 PDF, plain Dutch, the key sentence also in en, fr or ar)")
    card.add_argument("request_no", metavar="REQUEST")
    card.add_argument("-o", "--output", required=True, type=Path, metavar="PDF")
    card.add_argument("--size", choices=[s.value for s in CardSize], default=CardSize.A6.value)
    card.add_argument("--language", choices=[c.value for c in CardLanguage], help="the key sentence also in")


def cmd_appointment_card(args: argparse.Namespace) -> int:
    from leerwinkel_desk.reports.letters import PdfLetters  # ReportLab: when needed

    db, actor = signed_in(database_location(args))
    clock = SystemClock()
    request = Requests(db, clock, actor).by_number(args.request_no)
    card = AppointmentCards(db, clock, actor).for_request(
        request.id, CardLanguage(args.language) if args.language else None)
    if card is None:
        raise CommandFailed(f"{args.request_no} has no booked session from now on")
    write_whole(args.output, PdfLetters.for_database(db).appointment_card(card, CardSize(args.size)))
    print(f"appointment card written to {args.output}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"appointment-card": cmd_appointment_card}
