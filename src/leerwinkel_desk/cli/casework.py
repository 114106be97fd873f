"""Commands on clients and their cases: search, contacts, corrections, erasure, access requests, letters, retention."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from leerwinkel_desk.cli.common import (
    CommandFailed,
    database_location,
    signed_in,
)
from leerwinkel_desk.domain.birth_dates import MAX_AGE_YEARS, birth_date_from
from leerwinkel_desk.domain.enums import (
    Channel,
    ContactKind,
    SessionType,
    Tier,
)
from leerwinkel_desk.domain.errors import ConsentMissing, InvalidValue, PossibleDuplicates
from leerwinkel_desk.services.clients import Clients
from leerwinkel_desk.services.contacts import Contacts
from leerwinkel_desk.services.context import SystemClock, local_today
from leerwinkel_desk.services.dossier import Dossiers
from leerwinkel_desk.services.erasure import Erasures
from leerwinkel_desk.services.letters import Letters
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.services.retention import Retention
from leerwinkel_desk.services.retention_hold import Hold
from leerwinkel_desk.store.durable import write_together, write_whole


def add_commands(commands: argparse._SubParsersAction) -> None:
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
    action.add_argument("--apply", action="store_true", help="anonymise what the preview shows, now (while the "
                                                              "automatic run is held for the date, with --yes)")
    action.add_argument("--save", action="store_true", help="make --years the office's period (one that takes "
                                                             "anything at the next start needs --yes)")
    retention.add_argument("--yes", action="store_true",
                           help="with --save or --apply: yes, take what the preview shows")
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


def cmd_retention(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    retention = Retention(db, SystemClock(), actor)
    if args.save:
        if args.years is None:
            raise CommandFailed("--save needs --years N")
        takes = retention.preview(args.years)
        if (takes.requests or takes.clients) and not args.yes:
            raise CommandFailed(f"a period of {args.years} years anonymises {len(takes.requests)} request(s) and "
                                f"erases {len(takes.clients)} client(s) whole at the next start (only a backup "
                                "undoes it); nothing saved. Add --yes to save it")
        retention.set_period(args.years)
        print(f"retention period: {args.years} years; applied at every start of the app")
    hold = retention.held()
    if hold is not None:
        print(held_text(hold))
        if args.apply and not args.yes:
            takes = retention.preview(args.years)
            raise CommandFailed(f"with today's date, {hold.today}, this anonymises {len(takes.requests)} request(s) "
                                f"and erases {len(takes.clients)} client(s) whole (only a backup undoes it); nothing "
                                "done. Check the computer's date, then add --yes to apply it (the app applies the "
                                "period itself again from then on)")
    plan = retention.apply(args.years) if args.apply else retention.preview(args.years)
    verb = "anonymised" if args.apply else "would be anonymised"
    print(f"closed before {plan.cutoff}: {len(plan.requests)} request(s) {verb}, "
          f"{len(plan.clients)} client(s) erased whole")
    for number in plan.requests:
        print(number)
    return 0


def held_text(hold: Hold) -> str:
    """The automatic retention held, in one line with its dates (the desk's status bar says it in Dutch)."""
    where = "long after" if hold.ahead else "before"
    return (f"the retention period is held since {hold.since}: this computer's date, {hold.today}, lies {where} "
            f"the last day it was trusted, {hold.trusted}; nothing is taken at a start until it is applied by hand")


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
    before = clients.editable(client.id)
    birth_date = before.birth_date
    if args.birth_date is not None:
        try:
            birth_date = birth_date_from(args.birth_date, local_today(clock))
        except InvalidValue as error:
            raise CommandFailed(f"--birth-date {args.birth_date!r} {BIRTH_DATE_REFUSED[error.reason]}") from error
    details = replace(  # each option given replaces the stored value
        before, birth_date=birth_date,
        first_name=before.first_name if args.first_name is None else args.first_name,
        last_name=before.last_name if args.last_name is None else args.last_name,
        phone=before.phone if args.phone is None else args.phone,
        email=before.email if args.email is None else args.email)
    try:
        clients.update(client.id, details, duplicates_checked=args.not_a_duplicate)
    except PossibleDuplicates as error:
        raise CommandFailed(f"{client.dossier_no}: the new details look like {', '.join(error.dossier_numbers)}, "
                            "already registered; check them, or repeat with --not-a-duplicate") from error
    changed = [name for name in ("first_name", "last_name", "birth_date", "phone", "email")
               if (getattr(before, name) or None) != (getattr(details, name) or None)]
    print(f"{client.dossier_no}: " + (f"changed {', '.join(sorted(changed))}" if changed else "nothing changed"))
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
    files = [(args.output, access_request_json(request).encode("utf-8"))]
    if args.pdf is not None:
        files.append((args.pdf, PdfLetters.for_database(db).access_report(request)))
    write_together(files)                               # both, or neither (a full disk at the PDF)
    print(f"{client.dossier_no}: dossier written to {args.output}" + (f" and {args.pdf}" if args.pdf else ""))
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    db, actor = signed_in(database_location(args))
    clock = SystemClock()
    from leerwinkel_desk.reports.fonts import SUBSTITUTE, substituted
    from leerwinkel_desk.reports.letters import PdfLetters

    letters = Letters(db, clock, actor, PdfLetters.for_database(db))
    if args.document == "again":
        letter = letters.by_file_name(args.number)
        write_whole(args.output, letters.reprint(letter.id))
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
    write_whole(args.output, row.pdf)
    print(f"{args.number}: {row.kind} letter filed as {row.file_name}, written to {args.output}")
    if count := substituted(row.pdf):
        print(f"warning: {count} character(s) of the letter no font can print (an emoji, say) show as {SUBSTITUTE}; "
              "change the text in the dossier if needed", file=sys.stderr)
    return 0



COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "search": cmd_search,
    "log-contact": cmd_log_contact,
    "export-client": cmd_export_client,
    "erase": cmd_erase,
    "edit-client": cmd_edit_client,
    "retention": cmd_retention,
    "print": cmd_print,
}
