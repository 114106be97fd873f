"""Commands on a trajectory's follow-up: referrals out and their loops, the agenda feed, reminders, contributions."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from leerwinkel_desk.cli.common import (
    CommandFailed,
    database_location,
    partner_named,
    signed_in,
)
from leerwinkel_desk.domain.enums import (
    Channel,
    Exemption,
    ReferralReason,
    Role,
)
from leerwinkel_desk.services.agenda_feed import AgendaFeed
from leerwinkel_desk.services.context import SystemClock
from leerwinkel_desk.services.contributions import Contributions
from leerwinkel_desk.services.referrals import Referrals
from leerwinkel_desk.services.reminders import Reminders
from leerwinkel_desk.services.requests import Requests
from leerwinkel_desk.services.social_map import SocialMap
from leerwinkel_desk.store.durable import write_whole


def add_commands(commands: argparse._SubParsersAction) -> None:
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
    remind.add_argument("--channel", choices=[Channel.WHATSAPP.value, Channel.SMS.value],
                        default=Channel.WHATSAPP.value)
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

        write_whole(args.receipt, PdfLetters.for_database(db).receipt(contributions.receipt(row.id)))
        print(f"receipt written to {args.receipt}")
    return 0



COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "refer-out": cmd_refer_out,
    "close-loop": cmd_close_loop,
    "open-loops": cmd_open_loops,
    "remind": cmd_remind,
    "agenda-export": cmd_agenda_export,
    "contribution-rate": cmd_contribution_rate,
    "contribution": cmd_contribution,
}
